//! A folded view of text for lexicon matching: lower case, accents stripped, apostrophes and
//! dashes unified, whitespace runs collapsed. "ARRÊT  Maladie" and "arrêt-maladie" both read
//! "arret maladie", so one Aho-Corasick automaton over folded words matches every spelling.
//! Folded offsets map back to the original bytes through sparse checkpoints, recorded only
//! where a character changes length (accents, collapsed spaces), so plain ASCII costs nothing.

/// Text folded for matching, with the way back to the original offsets.
#[derive(Debug, Default)]
pub(crate) struct Folded {
    pub text: String,
    /// `(folded offset, original offset)` after every character whose folded length differs
    /// from its original length; between two checkpoints the mapping is one to one.
    checkpoints: Vec<(usize, usize)>,
    original_len: usize,
}

impl Folded {
    /// Folds `bytes`; invalid UTF-8 reads as a space (a word separator). ASCII, nearly all
    /// of French business text, takes a byte-at-a-time fast path; only other bytes are
    /// decoded.
    pub fn new(bytes: &[u8]) -> Folded {
        let mut folded = Folded {
            text: String::with_capacity(bytes.len()),
            checkpoints: Vec::new(),
            original_len: bytes.len(),
        };
        let mut in_space = false;
        let mut i = 0;
        while i < bytes.len() {
            // The common case: a run of ASCII bytes that fold to themselves, copied at once.
            let start = i;
            while i < bytes.len() {
                let b = bytes[i];
                let prev_space = if i == start {
                    in_space
                } else {
                    bytes[i - 1] == b' '
                };
                if b >= 0x80 || ASCII_CHANGES[b as usize] || (b == b' ' && prev_space) {
                    break;
                }
                i += 1;
            }
            if i > start {
                let run = std::str::from_utf8(&bytes[start..i]).expect("ASCII is UTF-8");
                folded.text.push_str(run);
                in_space = bytes[i - 1] == b' ';
                if i == bytes.len() {
                    break;
                }
            }
            let b = bytes[i];
            if b < 0x80 {
                match b {
                    b'a'..=b'z' | b'0'..=b'9' => {
                        folded.text.push(b as char);
                        in_space = false;
                    }
                    b'A'..=b'Z' => {
                        folded.text.push((b | 0x20) as char);
                        in_space = false;
                    }
                    b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c | b'-' => {
                        if in_space {
                            folded.dropped(i + 1);
                        } else {
                            folded.text.push(' ');
                            in_space = true;
                        }
                    }
                    b'`' => {
                        folded.text.push('\'');
                        in_space = false;
                    }
                    _ => {
                        folded.text.push(b as char);
                        in_space = false;
                    }
                }
                i += 1;
                continue;
            }
            let end = (i + 4).min(bytes.len());
            let (c, len) = match bytes[i..end].utf8_chunks().next() {
                Some(chunk) if !chunk.valid().is_empty() => {
                    let c = chunk.valid().chars().next().expect("non-empty");
                    (Some(c), c.len_utf8())
                }
                // An invalid sequence: its first byte reads as a separator.
                _ => (None, 1),
            };
            let before = folded.text.len();
            fold_char(c.unwrap_or(' '), &mut folded.text, &mut in_space);
            i += len;
            if folded.text.len() - before != len {
                folded.checkpoint(i);
            }
        }
        folded
    }

    /// Records that the folded text, as it stands, corresponds to `original` bytes.
    fn checkpoint(&mut self, original: usize) {
        let here = self.text.len();
        match self.checkpoints.last_mut() {
            Some(last) if last.0 == here => last.1 = original,
            _ => self.checkpoints.push((here, original)),
        }
    }

    /// A byte of the original was dropped (a collapsed space).
    fn dropped(&mut self, original: usize) {
        self.checkpoint(original);
    }

    /// The original byte offset of a folded offset (the end of the character it falls in
    /// when a character folded to several bytes).
    pub fn original(&self, folded: usize) -> usize {
        let i = self.checkpoints.partition_point(|&(f, _)| f <= folded);
        let (f, o) = if i == 0 {
            (0, 0)
        } else {
            self.checkpoints[i - 1]
        };
        (o + (folded - f)).min(self.original_len)
    }
}

/// ASCII bytes whose folded form differs from themselves (upper case, whitespace other than
/// a single space, dashes, backquote). A space is handled apart: it changes only after
/// another space.
const ASCII_CHANGES: [bool; 128] = {
    let mut t = [false; 128];
    let mut b = b'A';
    while b <= b'Z' {
        t[b as usize] = true;
        b += 1;
    }
    t[b'\t' as usize] = true;
    t[b'\n' as usize] = true;
    t[b'\r' as usize] = true;
    t[0x0b] = true;
    t[0x0c] = true;
    t[b'-' as usize] = true;
    t[b'`' as usize] = true;
    t
};

/// Folds a lexicon word the same way as the text, so both meet in the middle.
pub(crate) fn fold_str(word: &str) -> String {
    let mut out = String::with_capacity(word.len());
    let mut pending_space = false;
    for c in word.trim().chars() {
        fold_char(c, &mut out, &mut pending_space);
    }
    out
}

/// Appends the folded form of `c`. A whitespace run becomes one space; a leading one too.
fn fold_char(c: char, out: &mut String, in_space: &mut bool) {
    let folded: &str = match c {
        'a'..='z' | '0'..='9' => {
            *in_space = false;
            out.push(c);
            return;
        }
        'A'..='Z' => {
            *in_space = false;
            out.push(c.to_ascii_lowercase());
            return;
        }
        // Dashes join words as a space does: "arrêt-maladie", "secret-défense".
        '-' | '\u{2010}'..='\u{2015}' | '\u{2212}' => " ",
        c if c.is_whitespace() => " ",
        // Zero-width characters and combining accents vanish.
        '\u{200b}'..='\u{200d}' | '\u{2060}' | '\u{feff}' | '\u{0300}'..='\u{036f}' => "",
        '\u{2018}' | '\u{2019}' | '\u{02bc}' | '`' | '\u{b4}' => "'",
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'À' | 'Á' | 'Â' | 'Ã' | 'Ä' | 'Å' => "a",
        'ç' | 'Ç' => "c",
        'è' | 'é' | 'ê' | 'ë' | 'È' | 'É' | 'Ê' | 'Ë' => "e",
        'ì' | 'í' | 'î' | 'ï' | 'Ì' | 'Í' | 'Î' | 'Ï' => "i",
        'ñ' | 'Ñ' => "n",
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'Ò' | 'Ó' | 'Ô' | 'Õ' | 'Ö' | 'Ø' => "o",
        'ù' | 'ú' | 'û' | 'ü' | 'Ù' | 'Ú' | 'Û' | 'Ü' => "u",
        'ý' | 'ÿ' | 'Ý' | 'Ÿ' => "y",
        'œ' | 'Œ' => "oe",
        'æ' | 'Æ' => "ae",
        'ß' => "ss",
        c => {
            *in_space = false;
            out.extend(c.to_lowercase());
            return;
        }
    };
    if folded == " " {
        if !*in_space {
            out.push(' ');
        }
        *in_space = true;
    } else if !folded.is_empty() {
        *in_space = false;
        out.push_str(folded);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_case_accents_dashes_and_spaces() {
        let table = [
            ("ARRÊT  Maladie", "arret maladie"),
            ("arrêt-maladie", "arret maladie"),
            ("Secret\u{a0}Défense", "secret defense"),
            ("l’œuvre", "l'oeuvre"),
            ("syndique\u{301}", "syndique"),
            ("RQ\u{200b}TH", "rqth"),
            ("a \n\t b", "a b"),
        ];
        for (text, expected) in table {
            assert_eq!(Folded::new(text.as_bytes()).text, expected, "{text:?}");
            assert_eq!(fold_str(text), expected, "{text:?}");
        }
    }

    #[test]
    fn offsets_map_back_to_the_original() {
        let text = "Élément  très confidentiel";
        let folded = Folded::new(text.as_bytes());
        assert_eq!(folded.text, "element tres confidentiel");
        let start = folded.text.find("confidentiel").unwrap();
        let end = start + "confidentiel".len();
        let (s, e) = (folded.original(start), folded.original(end));
        assert_eq!(&text[s..e], "confidentiel");
        let start = folded.text.find("tres").unwrap();
        let (s, e) = (folded.original(start), folded.original(start + 4));
        assert_eq!(&text[s..e], "très");
    }

    #[test]
    fn invalid_utf8_is_a_separator() {
        let folded = Folded::new(b"arr\xffmaladie");
        assert_eq!(folded.text, "arr maladie");
        assert_eq!(folded.original(4), 4);
    }
}
