//! Restore: the model's answer with each placeholder (and fake value) of a vault turned back
//! into the original, streaming.
//!
//! Models mangle placeholders: they drop or change the brackets (`IBAN_1`, `<IBAN_1>`,
//! `{IBAN_1}`, `{{IBAN_1}}`, `\[IBAN\_1\]` in Markdown), change the case (`iban_1`), put
//! Markdown around (`**[PERSON_1]**`) or glue punctuation and elisions to them
//! (`d'[CLIENT_1]`, `CLIENT_1's`). The [`Restorer`] accepts all of these, and nothing else:
//! a bare token is replaced only when it stands alone (no letter, digit or `_` glued to it) and
//! names a kind and number of this vault; an unknown number (`[IBAN_99]`) is left as it is and
//! reported.
//!
//! `[[IBAN_1]]` restores to `[FR76 …]`: the outer brackets may be the user's own, written
//! around a value (`[FR76 …]` redacts to `[[IBAN_1]]`), and must come back with it.
//!
//! Streaming: [`Restorer::push`] writes out everything that can no longer be part of a
//! placeholder or fake value, and holds back only a possible partial one (`[PER` waiting for
//! `SON_1]`): at most a placeholder's length (64 bytes) or the longest fake value. The output
//! does not depend on how the input is cut: one byte at a time gives the same bytes as all at
//! once.

use std::collections::HashMap;

use crate::kind::Kind;
use crate::vault::Vault;

/// The longest `KIND_N` token considered (kind names are at most 32 bytes).
const MAX_TOKEN: usize = 64;

/// Brackets a model may put around a placeholder, longest first; "" is the bare form.
/// Not `[[`…`]]`: the user's own brackets around a value look just like it (see the module
/// docs).
const BRACKETS: [(&[u8], &[u8]); 6] = [
    (b"{{", b"}}"),
    (b"\\[", b"\\]"),
    (b"[", b"]"),
    (b"{", b"}"),
    (b"<", b">"),
    (b"", b""),
];

/// The fake values that share their first two bytes.
#[derive(Debug, Clone, Default)]
struct FakeGroup {
    /// Whether they start with a word character (then they must not follow one).
    starts_word: bool,
    /// (fake, original, ends with a word character), longest first.
    fakes: Vec<(Vec<u8>, String, bool)>,
}

/// Fakes shorter than this are not restored: too likely to be ordinary text.
pub(crate) const MIN_FAKE_LEN: usize = 4;

/// What a vault knows, in the form the restorer looks it up.
#[derive(Debug, Clone, Default)]
struct Table {
    /// Upper-case kind names that may appear bare: the vault's kinds and the built-in ones.
    kinds: Vec<String>,
    /// (upper-case kind, number) → original.
    placeholders: HashMap<(String, u32), String>,
    /// Per first byte: 0 no fake value starts with it, 1 some do, 2 some do and all of them
    /// start with a word character (so none can follow a word character).
    fake_first: Vec<u8>,
    /// Fake values grouped by their first two bytes (sorted, for a binary search), longest
    /// first within a group.
    fakes: Vec<([u8; 2], FakeGroup)>,
}

impl Table {
    fn new(vault: &Vault) -> Table {
        let mut table = Table {
            kinds: Kind::BUILTIN
                .iter()
                .map(|k| k.as_str().to_string())
                .collect(),
            ..Table::default()
        };
        for e in vault.entries() {
            let kind = e.kind.as_str().to_string();
            if !table.kinds.contains(&kind) {
                table.kinds.push(kind.clone());
            }
            table
                .placeholders
                .insert((kind, e.number), e.original.clone());
            if let Some(fake) = e.fake.as_ref().filter(|f| f.len() >= MIN_FAKE_LEN) {
                let bytes = fake.as_bytes();
                let key = [bytes[0], bytes[1]];
                let group = match table.fakes.iter_mut().find(|(k, _)| *k == key) {
                    Some((_, group)) => group,
                    None => {
                        table.fakes.push((key, FakeGroup::default()));
                        &mut table.fakes.last_mut().expect("just pushed").1
                    }
                };
                group.starts_word = fake.chars().next().is_some_and(is_word);
                group.fakes.push((
                    bytes.to_vec(),
                    e.original.clone(),
                    fake.chars().next_back().is_some_and(is_word),
                ));
            }
        }
        table.fake_first = vec![0; 256];
        for (key, group) in &mut table.fakes {
            let flag = &mut table.fake_first[usize::from(key[0])];
            *flag = match (*flag, group.starts_word) {
                (0 | 2, true) => 2,
                _ => 1,
            };
            group
                .fakes
                .sort_by(|a, b| b.0.len().cmp(&a.0.len()).then_with(|| a.0.cmp(&b.0)));
        }
        table.fakes.sort_by_key(|(key, _)| *key);
        table
    }
}

/// The restored text and what could not be restored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Restored {
    pub text: String,
    /// Placeholders that look like this vault's but are not in it (`[IBAN_99]`), in order of
    /// first appearance, each once.
    pub unresolved: Vec<String>,
    /// How many placeholders and fake values were replaced.
    pub restored: usize,
}

/// Restores a stream: feed it with [`Restorer::push`], end with [`Restorer::finish`].
#[derive(Debug, Clone)]
pub struct Restorer {
    table: Table,
    pending: Vec<u8>,
    /// Whether the input character before `pending` is a word character.
    prev_word: bool,
    unresolved: Vec<String>,
    restored: usize,
}

enum Step<'t> {
    /// Copy this many bytes unchanged; whether they are a word character.
    Keep(usize, bool),
    /// Replace this many bytes with an original.
    Replace(usize, &'t str),
    /// Keep this many bytes and report them: a placeholder this vault does not know.
    Unresolved(usize, String),
    /// The bytes so far could still be the start of a placeholder or fake value.
    NeedMore,
}

/// A placeholder token found at some position.
struct Token {
    len: usize,
    kind: String,
    number: u32,
    bracketed: bool,
    /// The kind was written in upper case (`[FOO_1]`, not `[Foo_1]`).
    upper: bool,
}

impl Restorer {
    pub fn new(vault: &Vault) -> Restorer {
        Restorer {
            table: Table::new(vault),
            pending: Vec::new(),
            prev_word: false,
            unresolved: Vec::new(),
            restored: 0,
        }
    }

    /// Takes the next piece of input, returns the output that is final already.
    pub fn push(&mut self, input: &[u8]) -> Vec<u8> {
        let mut out = Vec::with_capacity(input.len() + 16);
        self.push_into(input, &mut out);
        out
    }

    /// As [`Restorer::push`], appending to `out`.
    pub fn push_into(&mut self, input: &[u8], out: &mut Vec<u8>) {
        self.pending.extend_from_slice(input);
        self.run(false, out);
    }

    /// The end of input: writes what was held back.
    pub fn finish(&mut self) -> Vec<u8> {
        let mut out = Vec::new();
        self.finish_into(&mut out);
        out
    }

    pub fn finish_into(&mut self, out: &mut Vec<u8>) {
        self.run(true, out);
        self.pending.clear();
        self.prev_word = false;
    }

    /// Placeholders seen that this vault does not know, each once, in order.
    pub fn unresolved(&self) -> &[String] {
        &self.unresolved
    }

    /// How many placeholders and fake values were replaced so far.
    pub fn restored(&self) -> usize {
        self.restored
    }

    fn run(&mut self, last: bool, out: &mut Vec<u8>) {
        let buf = std::mem::take(&mut self.pending);
        let mut i = 0;
        // Kept bytes are copied in runs, from `copied` to `i`.
        let mut copied = 0;
        while i < buf.len() {
            match step(&self.table, &buf, i, self.prev_word, last) {
                Step::NeedMore => break,
                Step::Keep(len, word) => {
                    self.prev_word = word;
                    i += len;
                }
                Step::Replace(len, original) => {
                    out.extend_from_slice(&buf[copied..i]);
                    copied = i + len;
                    out.extend_from_slice(original.as_bytes());
                    self.restored += 1;
                    self.prev_word = ends_with_word_char(&buf[i..i + len]);
                    i += len;
                }
                Step::Unresolved(len, name) => {
                    if !self.unresolved.contains(&name) {
                        self.unresolved.push(name);
                    }
                    self.prev_word = ends_with_word_char(&buf[i..i + len]);
                    i += len;
                }
            }
        }
        out.extend_from_slice(&buf[copied..i]);
        self.pending = buf;
        self.pending.drain(..i);
    }
}

fn is_word(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

fn ends_with_word_char(bytes: &[u8]) -> bool {
    let tail = &bytes[bytes.len().saturating_sub(4)..];
    (0..tail.len())
        .find_map(|k| std::str::from_utf8(&tail[k..]).ok())
        .and_then(|s| s.chars().next_back())
        .is_some_and(is_word)
}

/// The character at `buf[i..]`: `Ok(Some((char, len)))`, `Ok(None)` for an invalid byte (a
/// one-byte non-character), `Err(())` when the buffer ends inside it.
#[allow(clippy::result_unit_err)]
fn char_at(buf: &[u8], i: usize, last: bool) -> Result<Option<(char, usize)>, ()> {
    let b = buf[i];
    let len = match b {
        0x00..=0x7f => return Ok(Some((b as char, 1))),
        0xc2..=0xdf => 2,
        0xe0..=0xef => 3,
        0xf0..=0xf4 => 4,
        _ => return Ok(None),
    };
    if i + len > buf.len() {
        // Only a valid prefix is worth waiting for.
        let valid_prefix = buf[i + 1..].iter().all(|&c| (0x80..0xc0).contains(&c));
        return if last || !valid_prefix {
            Ok(None)
        } else {
            Err(())
        };
    }
    Ok(std::str::from_utf8(&buf[i..i + len])
        .ok()
        .and_then(|s| s.chars().next())
        .map(|c| (c, len)))
}

/// Whether a token ends at `end`: the next character is not a word character (a bare token
/// glued to a word is not a placeholder). `Err` when more input is needed to know.
fn ends_here(buf: &[u8], end: usize, last: bool) -> Result<bool, ()> {
    if end >= buf.len() {
        return if last { Ok(true) } else { Err(()) };
    }
    Ok(!char_at(buf, end, last)?.is_some_and(|(c, _)| is_word(c)))
}

fn step<'t>(table: &'t Table, buf: &[u8], i: usize, prev_word: bool, last: bool) -> Step<'t> {
    match fake_at(table, buf, i, prev_word, last) {
        Err(()) => return Step::NeedMore,
        Ok(Some((len, original))) => return Step::Replace(len, original),
        Ok(None) => {}
    }
    match token_at(table, buf, i, prev_word, last) {
        Err(()) => return Step::NeedMore,
        Ok(Some(t)) => {
            if let Some(original) = table.placeholders.get(&(t.kind.clone(), t.number)) {
                return Step::Replace(t.len, original);
            }
            // Report what is surely meant as a placeholder: a known kind, or an upper-case
            // bracketed one (`[CONTRACT_7]`); leave `Covid_19` alone.
            if table.kinds.contains(&t.kind) || (t.bracketed && t.upper) {
                return Step::Unresolved(t.len, format!("[{}_{}]", t.kind, t.number));
            }
        }
        Ok(None) => {}
    }
    match char_at(buf, i, last) {
        Err(()) => Step::NeedMore,
        Ok(Some((c, len))) => Step::Keep(len, is_word(c)),
        Ok(None) => Step::Keep(1, false),
    }
}

/// A fake value of the vault at `i`, standing alone.
fn fake_at<'t>(
    table: &'t Table,
    buf: &[u8],
    i: usize,
    prev_word: bool,
    last: bool,
) -> Result<Option<(usize, &'t str)>, ()> {
    match table.fake_first.get(usize::from(buf[i])) {
        None | Some(0) => return Ok(None),
        Some(2) if prev_word => return Ok(None),
        _ => {}
    }
    let rest = &buf[i..];
    if rest.len() < 2 {
        return if last { Ok(None) } else { Err(()) };
    }
    let key = [rest[0], rest[1]];
    let Ok(at) = table.fakes.binary_search_by(|(k, _)| k.cmp(&key)) else {
        return Ok(None);
    };
    let group = &table.fakes[at].1;
    if prev_word && group.starts_word {
        return Ok(None);
    }
    for (fake, original, ends_word) in &group.fakes {
        if rest.len() < fake.len() {
            if !last && fake.starts_with(rest) {
                return Err(());
            }
            continue;
        }
        if rest.starts_with(fake) && (!ends_word || ends_here(buf, i + fake.len(), last)?) {
            return Ok(Some((fake.len(), original)));
        }
    }
    Ok(None)
}

/// A placeholder token at `i`, bracketed or bare.
fn token_at(
    table: &Table,
    buf: &[u8],
    i: usize,
    prev_word: bool,
    last: bool,
) -> Result<Option<Token>, ()> {
    let first = buf[i];
    let may_start =
        matches!(first, b'[' | b'{' | b'<' | b'\\') || (first.is_ascii_alphabetic() && !prev_word);
    if !may_start {
        return Ok(None);
    }
    // No opener starts with a letter: a word start can only be the bare form.
    let forms = if first.is_ascii_alphabetic() {
        &BRACKETS[BRACKETS.len() - 1..]
    } else {
        &BRACKETS[..BRACKETS.len() - 1]
    };
    for &(open, close) in forms {
        let bracketed = !open.is_empty();
        let mut j = i;
        if bracketed {
            let rest = &buf[i..];
            if rest.len() < open.len() && open.starts_with(rest) && !last {
                return Err(());
            }
            if !rest.starts_with(open) {
                continue;
            }
            j += open.len();
            j = skip_space(buf, j, last)?;
        } else if prev_word || !first.is_ascii_alphabetic() {
            continue;
        }
        let Some((end, kind, number, upper)) = core_at(table, buf, j, bracketed, last)? else {
            continue;
        };
        if bracketed {
            let k = skip_space(buf, end, last)?;
            let rest = &buf[k.min(buf.len())..];
            if rest.len() < close.len() && close.starts_with(rest) && !last {
                return Err(());
            }
            if !rest.starts_with(close) {
                continue;
            }
            return Ok(Some(Token {
                len: k + close.len() - i,
                kind,
                number,
                bracketed,
                upper,
            }));
        }
        if !ends_here(buf, end, last)? {
            return Ok(None);
        }
        return Ok(Some(Token {
            len: end - i,
            kind,
            number,
            bracketed,
            upper,
        }));
    }
    Ok(None)
}

/// Skips one space inside brackets (`[ IBAN_1 ]`).
fn skip_space(buf: &[u8], j: usize, last: bool) -> Result<usize, ()> {
    match buf.get(j) {
        None if !last => Err(()),
        Some(b' ') => Ok(j + 1),
        _ => Ok(j),
    }
}

/// `KIND_N` at `j` (Markdown may escape the underscores: `IBAN\_1`): its end, the upper-case
/// kind, the number and whether the kind was written in upper case.
fn core_at(
    table: &Table,
    buf: &[u8],
    j: usize,
    bracketed: bool,
    last: bool,
) -> Result<Option<(usize, String, u32, bool)>, ()> {
    if !buf.get(j).is_some_and(u8::is_ascii_alphabetic) {
        return if buf.get(j).is_none() && !last {
            Err(())
        } else {
            Ok(None)
        };
    }
    let mut word = [0u8; MAX_TOKEN];
    let mut n = 0;
    let mut upper = true;
    let mut k = j;
    let mut complete = false;
    while k < buf.len() {
        let b = buf[k];
        let (c, len) = if b.is_ascii_alphanumeric() || b == b'_' {
            (b, 1)
        } else if b == b'\\' {
            match buf.get(k + 1) {
                Some(b'_') => (b'_', 2),
                None if !last => return Err(()),
                _ => {
                    complete = true;
                    break;
                }
            }
        } else {
            complete = true;
            break;
        };
        if n == MAX_TOKEN {
            return Ok(None);
        }
        upper &= !c.is_ascii_lowercase();
        word[n] = c.to_ascii_uppercase();
        n += 1;
        k += len;
    }
    let word = &word[..n];
    if !complete && !last {
        return if viable_prefix(table, word, bracketed) {
            Err(())
        } else {
            Ok(None)
        };
    }
    let Some(sep) = word.iter().rposition(|&b| b == b'_') else {
        return Ok(None);
    };
    let (kind, digits) = (&word[..sep], &word[sep + 1..]);
    if kind.is_empty()
        || digits.is_empty()
        || digits.len() > 9
        || digits[0] == b'0'
        || !digits.iter().all(u8::is_ascii_digit)
    {
        return Ok(None);
    }
    let number = digits
        .iter()
        .fold(0u32, |acc, &d| acc * 10 + u32::from(d - b'0'));
    let kind = String::from_utf8_lossy(kind).into_owned();
    if !bracketed && !table.kinds.contains(&kind) {
        return Ok(None);
    }
    Ok(Some((k, kind, number, upper)))
}

/// Whether an unfinished word can still become a placeholder token.
fn viable_prefix(table: &Table, word: &[u8], bracketed: bool) -> bool {
    if bracketed {
        return true;
    }
    table.kinds.iter().any(|kind| {
        let kind = kind.as_bytes();
        if word.len() <= kind.len() {
            kind.starts_with(word)
        } else {
            word.starts_with(kind)
                && word[kind.len()] == b'_'
                && word[kind.len() + 1..].iter().all(u8::is_ascii_digit)
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn vault() -> Vault {
        let mut v = Vault::with_secret([5; 32]);
        v.record(&Kind::Iban, "FR76 3000 6000 0112 3456 7890 189", "X1", 0);
        v.record(&Kind::Person, "Marie Lefèvre", "marie lefevre", 0);
        let c = v.record(&Kind::Client, "Transports Lefèvre", "transports lefevre", 0);
        v.set_fake(c, "Garnier Logistique".to_string());
        v.record(
            &Kind::CreditCard,
            "4532 0151 1283 0366",
            "4532015112830366",
            0,
        );
        v
    }

    fn restore(text: &str) -> (String, Vec<String>) {
        let mut r = Restorer::new(&vault());
        let mut out = r.push(text.as_bytes());
        out.extend(r.finish());
        (String::from_utf8(out).unwrap(), r.unresolved().to_vec())
    }

    #[test]
    fn mangled_placeholders_table() {
        let iban = "FR76 3000 6000 0112 3456 7890 189";
        let table = [
            ("[IBAN_1]", iban.to_string()),
            ("IBAN_1", iban.to_string()),
            ("<IBAN_1>", iban.to_string()),
            ("{IBAN_1}", iban.to_string()),
            ("{{IBAN_1}}", iban.to_string()),
            // The outer brackets may be the user's (`[FR76 …]` redacts to `[[IBAN_1]]`).
            ("[[IBAN_1]]", format!("[{iban}]")),
            ("[ IBAN_1 ]", iban.to_string()),
            ("\\[IBAN\\_1\\]", iban.to_string()),
            ("iban_1", iban.to_string()),
            ("Iban_1.", format!("{iban}.")),
            ("**[PERSON_1]**", "**Marie Lefèvre**".to_string()),
            ("`PERSON_1`", "`Marie Lefèvre`".to_string()),
            ("d'[CLIENT_1]", "d'Transports Lefèvre".to_string()),
            ("d’CLIENT_1,", "d’Transports Lefèvre,".to_string()),
            ("[CLIENT_1]'s", "Transports Lefèvre's".to_string()),
            ("(CREDIT_CARD_1)", "(4532 0151 1283 0366)".to_string()),
            ("Garnier Logistique!", "Transports Lefèvre!".to_string()),
            ("[IBAN_1", format!("[{iban}")),
            ("[[IBAN_1]", format!("[{iban}")),
            // Not placeholders of this vault, or not standing alone: untouched.
            ("IBAN_10", "IBAN_10".to_string()),
            ("IBAN_1x", "IBAN_1x".to_string()),
            ("xIBAN_1", "xIBAN_1".to_string()),
            ("éIBAN_1", "éIBAN_1".to_string()),
            ("IBAN_1é", "IBAN_1é".to_string()),
            ("IBAN_01", "IBAN_01".to_string()),
            ("IBAN 1", "IBAN 1".to_string()),
            ("Garnier Logistiques", "Garnier Logistiques".to_string()),
            (
                "un IBAN, le [IBAN] et [IBAN_]",
                "un IBAN, le [IBAN] et [IBAN_]".to_string(),
            ),
            ("covid_19 Bonjour_2", "covid_19 Bonjour_2".to_string()),
        ];
        for (input, expected) in table {
            assert_eq!(restore(input).0, expected, "{input:?}");
        }
    }

    #[test]
    fn unknown_placeholders_are_kept_and_reported_once() {
        let (text, unresolved) =
            restore("[IBAN_99] puis iban_99, [CONTRACT_7] et Covid_19, [IBAN_1].");
        assert!(text.starts_with("[IBAN_99] puis iban_99, [CONTRACT_7] et Covid_19, FR76"));
        assert_eq!(unresolved, ["[IBAN_99]", "[CONTRACT_7]"]);
    }

    #[test]
    fn streaming_holds_back_only_possible_placeholders() {
        let mut r = Restorer::new(&vault());
        assert_eq!(r.push(b"Bonjour "), b"Bonjour ");
        assert_eq!(r.push(b"[PER"), b"");
        assert_eq!(r.push(b"SON_1] a "), "Marie Lefèvre a ".as_bytes());
        // A word that cannot start a kind name goes out at once.
        assert_eq!(r.push(b"zut"), b"zut");
        assert_eq!(r.push(b" "), b" ");
        assert_eq!(r.push(b"IBAN_1"), b"");
        assert_eq!(r.push(b"0 "), b"IBAN_10 ");
        assert_eq!(r.push(b"Garnier"), b"");
        assert_eq!(r.push(b" Lo"), b"");
        assert_eq!(r.push(b"gistique."), "Transports Lefèvre.".as_bytes());
        assert_eq!(r.push(b"[IBAN_1"), b"");
        assert_eq!(r.finish(), b"[FR76 3000 6000 0112 3456 7890 189");
    }

    #[test]
    fn one_byte_at_a_time_equals_all_at_once() {
        let text = "Réponse : **[PERSON_1]** doit payer sur <iban_1> (d’CLIENT_1) — \
                    Garnier Logistique, [IBAN_99], \\[IBAN\\_1\\] 😀 IBAN_1";
        let whole = restore(text);
        let mut r = Restorer::new(&vault());
        let mut out = Vec::new();
        for b in text.as_bytes() {
            r.push_into(std::slice::from_ref(b), &mut out);
        }
        r.finish_into(&mut out);
        assert_eq!(String::from_utf8(out).unwrap(), whole.0);
        assert_eq!(r.unresolved(), whole.1);
    }

    #[test]
    fn invalid_utf8_passes_through() {
        let mut r = Restorer::new(&vault());
        let mut out = r.push(b"a\xff\xe2\x82 [IBAN_1] \xf0");
        out.extend(r.finish());
        let mut expected = b"a\xff\xe2\x82 ".to_vec();
        expected.extend_from_slice(b"FR76 3000 6000 0112 3456 7890 189 \xf0");
        assert_eq!(out, expected);
    }
}
