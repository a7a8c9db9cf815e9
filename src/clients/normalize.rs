//! The folded view of a text that client names are matched against: lower case, accents
//! stripped, every run of whitespace (NBSP, line breaks, hyphens and dashes included) folded to
//! one space, `’` folded to `'`, `&` spelt `et`. It is built in one pass, with a compact map
//! from folded offsets back to the original byte offsets, so that findings point into the
//! original text.

/// One stretch of the folded text. In a linear stretch folded byte `norm + k` comes from
/// original byte `orig + k`; in a fixed one every byte comes from the character at `orig`.
/// A new stretch starts only where that relation breaks (an accented letter folded to one
/// byte, a folded run of spaces…), so for French text the map is a small fraction of the text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Stretch {
    norm: usize,
    orig: usize,
    linear: bool,
}

/// The folded text and its offset map. Reused from call to call: `fold` clears it first, so a
/// scan allocates only when a text is larger than every text before it.
#[derive(Debug, Default)]
pub struct Folded {
    pub text: Vec<u8>,
    stretches: Vec<Stretch>,
    /// The original length, which the folded end maps to.
    orig_len: usize,
}

/// What an ASCII byte becomes.
const COPY: u8 = 0;
const UPPER: u8 = 1;
const SPACE: u8 = 2;
const AMPERSAND: u8 = 3;

const ASCII_CLASS: [u8; 128] = {
    let mut t = [COPY; 128];
    let mut b = b'A';
    while b <= b'Z' {
        t[b as usize] = UPPER;
        b += 1;
    }
    t[b' ' as usize] = SPACE;
    t[b'\t' as usize] = SPACE;
    t[b'\n' as usize] = SPACE;
    t[b'\r' as usize] = SPACE;
    t[0x0b] = SPACE;
    t[0x0c] = SPACE;
    t[b'-' as usize] = SPACE;
    t[b'&' as usize] = AMPERSAND;
    t
};

/// ASCII folding of U+00C0..=U+017F, two bytes per character (a second byte of `b' '` means
/// none). `*` marks a character kept as it is (×, ÷).
const LATIN: &[u8; 384] = b"\
a a a a a a aec e e e e i i i i \
d n o o o o o * o u u u u y thss\
a a a a a a aec e e e e i i i i \
d n o o o o o * o u u u u y thy \
a a a a a a c c c c c c c c d d \
d d e e e e e e e e e e g g g g \
g g g g h h h h i i i i i i i i \
i i ijijj j k k k l l l l l l l \
l l l n n n n n n n n n o o o o \
o o oeoer r r r r r s s s s s s \
s s t t t t t t u u u u u u u u \
u u u u w w y y y z z z z z z s ";

/// Where a character of the original text goes in the folded text.
enum Fold {
    /// Nothing (soft hyphen, zero-width characters, combining accents).
    Drop,
    Space,
    Bytes([u8; 2], usize),
    Char(char),
}

fn fold_char(c: char) -> Fold {
    match c {
        '\u{c0}'..='\u{17f}' => {
            let i = (c as usize - 0xc0) * 2;
            let pair = [LATIN[i], LATIN[i + 1]];
            match pair {
                [b'*', _] => Fold::Char(c),
                [a, b' '] => Fold::Bytes([a, 0], 1),
                _ => Fold::Bytes(pair, 2),
            }
        }
        '\u{a0}'
        | '\u{85}'
        | '\u{1680}'
        | '\u{2000}'..='\u{200a}'
        | '\u{2028}'
        | '\u{2029}'
        | '\u{202f}'
        | '\u{205f}'
        | '\u{3000}' => Fold::Space,
        // Hyphens and dashes join or separate words like spaces do.
        '\u{2010}'..='\u{2015}' | '\u{2212}' => Fold::Space,
        '\u{2018}' | '\u{2019}' | '\u{02bc}' | '\u{2032}' => Fold::Bytes([b'\'', 0], 1),
        '\u{ad}' | '\u{200b}'..='\u{200d}' | '\u{2060}' | '\u{feff}' => Fold::Drop,
        '\u{300}'..='\u{36f}' => Fold::Drop,
        _ => {
            let mut lower = c.to_lowercase();
            match (lower.next(), lower.next()) {
                (Some(l), None) => Fold::Char(l),
                _ => Fold::Char(c),
            }
        }
    }
}

impl Folded {
    /// Folds `text` into `self`, replacing what was there.
    pub fn fold(&mut self, text: &str) {
        self.text.clear();
        self.stretches.clear();
        self.orig_len = text.len();
        self.text.reserve(text.len());
        let bytes = text.as_bytes();
        // `next_orig` is the original offset that the next folded byte would map to if the
        // current stretch went on; a stretch starts whenever the real offset differs.
        let mut next_orig = usize::MAX;
        let mut last_space = true;
        let mut i = 0;
        while i < bytes.len() {
            let b = bytes[i];
            if b < 0x80 && (ASCII_CLASS[b as usize] <= UPPER || b == b' ' && !last_space) {
                // A run of ASCII letters, digits, punctuation and single spaces, copied in one
                // go: the common case (a whole line of plain French), and one stretch at most.
                let mut j = i + 1;
                while j < bytes.len() {
                    let c = bytes[j];
                    let same = c < 0x80
                        && (ASCII_CLASS[c as usize] <= UPPER || c == b' ' && bytes[j - 1] != b' ');
                    if !same {
                        break;
                    }
                    j += 1;
                }
                if i != next_orig {
                    self.stretches.push(Stretch {
                        norm: self.text.len(),
                        orig: i,
                        linear: true,
                    });
                }
                let from = self.text.len();
                self.text.extend_from_slice(&bytes[i..j]);
                self.text[from..].make_ascii_lowercase();
                next_orig = j;
                last_space = bytes[j - 1] == b' ';
                i = j;
                continue;
            }
            if b < 0x80 {
                match ASCII_CLASS[b as usize] {
                    COPY => {
                        self.push_linear(&mut next_orig, i, b);
                        last_space = false;
                    }
                    UPPER => {
                        self.push_linear(&mut next_orig, i, b | 0x20);
                        last_space = false;
                    }
                    SPACE => {
                        if !last_space {
                            self.push_linear(&mut next_orig, i, b' ');
                            last_space = true;
                        }
                    }
                    _ => {
                        // `&`: spelt "et", as a word of its own.
                        if !last_space {
                            self.push_linear(&mut next_orig, i, b' ');
                        }
                        self.stretches.push(Stretch {
                            norm: self.text.len(),
                            orig: i,
                            linear: false,
                        });
                        self.text.extend_from_slice(b"et");
                        next_orig = usize::MAX;
                        self.push_linear(&mut next_orig, i + 1, b' ');
                        last_space = true;
                    }
                }
                i += 1;
                continue;
            }
            // Non-ASCII: decode one character (the input is valid UTF-8).
            let c = text[i..].chars().next().unwrap_or('\u{fffd}');
            let len = c.len_utf8();
            match fold_char(c) {
                Fold::Drop => {}
                Fold::Space => {
                    if !last_space {
                        self.push_linear(&mut next_orig, i, b' ');
                        last_space = true;
                    }
                }
                Fold::Bytes(pair, n) => {
                    for (k, &fb) in pair[..n].iter().enumerate() {
                        self.push_linear(&mut next_orig, i + k, fb);
                    }
                    last_space = false;
                }
                Fold::Char(f) => {
                    let mut buf = [0u8; 4];
                    for (k, &fb) in f.encode_utf8(&mut buf).as_bytes().iter().enumerate() {
                        self.push_linear(&mut next_orig, i + k, fb);
                    }
                    last_space = false;
                }
            }
            i += len;
        }
    }

    #[inline]
    fn push_linear(&mut self, next_orig: &mut usize, orig: usize, byte: u8) {
        if orig != *next_orig {
            self.stretches.push(Stretch {
                norm: self.text.len(),
                orig,
                linear: true,
            });
        }
        self.text.push(byte);
        *next_orig = orig + 1;
    }

    /// The original offset of folded offset `norm`: for a character boundary of the folded
    /// text, the boundary of the original character it comes from; the folded end maps to
    /// the original end.
    pub fn original(&self, norm: usize) -> usize {
        if norm >= self.text.len() {
            return self.orig_len;
        }
        let i = self.stretches.partition_point(|s| s.norm <= norm);
        match i.checked_sub(1).map(|k| self.stretches[k]) {
            Some(s) if s.linear => s.orig + (norm - s.norm),
            Some(s) => s.orig,
            None => norm,
        }
    }

    /// How many map entries the last fold needed (for tests and measurements).
    pub fn stretch_count(&self) -> usize {
        self.stretches.len()
    }
}

/// Folds a name from a client list: the same folding as the text, without the map.
pub fn fold_name(name: &str, scratch: &mut Folded) -> String {
    scratch.fold(name);
    String::from_utf8_lossy(&scratch.text).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn folded(text: &str) -> (String, Folded) {
        let mut f = Folded::default();
        f.fold(text);
        (String::from_utf8(f.text.clone()).unwrap(), f)
    }

    #[test]
    fn folding_table() {
        let cases = [
            ("Lefèvre", "lefevre"),
            ("LEFÈVRE", "lefevre"),
            ("Cœur  de\u{a0}Lion", "coeur de lion"),
            ("Dupont\n\r\n & Fils", "dupont et fils"),
            ("Dupont&Fils", "dupont et fils"),
            ("l’Oréal", "l'oreal"),
            ("Saint-Étienne", "saint etienne"),
            ("Straße", "strasse"),
            ("Łódź", "lodz"),
            ("e\u{301}cole", "ecole"),
            ("ΣΑΣ", "σασ"),
            ("a\u{ad}b", "ab"),
        ];
        for (text, want) in cases {
            assert_eq!(folded(text).0, want, "{text:?}");
        }
    }

    /// Every folded word start and end maps back to the original word's start and end.
    #[test]
    fn offsets_map_back_to_the_original() {
        let text = "Été:  Transports LEFÈVRE &\u{a0}Fils — Cœur’s été";
        let (norm, f) = folded(text);
        let check = |word_norm: &str, word_orig: &str| {
            let ns = norm.find(word_norm).unwrap();
            let os = text.find(word_orig).unwrap();
            assert_eq!(f.original(ns), os, "{word_norm}");
            assert_eq!(
                f.original(ns + word_norm.len()),
                os + word_orig.len(),
                "{word_norm}"
            );
        };
        check("ete:", "Été:");
        check("transports", "Transports");
        check("lefevre", "LEFÈVRE");
        check("lefevre et fils", "LEFÈVRE &\u{a0}Fils");
        check("coeur's", "Cœur’s");
        assert_eq!(f.original(norm.len()), text.len());
        assert!(f.stretch_count() < text.len());
    }

    #[test]
    fn plain_ascii_needs_one_stretch() {
        let (_, f) = folded("plain ascii text, nothing to fold");
        assert_eq!(f.stretch_count(), 1);
    }
}
