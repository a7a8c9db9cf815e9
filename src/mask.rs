//! Masking: what a finding becomes in the output. Separate from detection, so that every
//! style sees the same findings.

use std::collections::HashMap;

use hmac::{Hmac, Mac};
use sha2::Sha256;

use crate::finding::Finding;
use crate::kind::Kind;
use crate::prehashed::PreHashed;

/// How findings are written in the output.
#[derive(Clone, PartialEq, Eq)]
pub enum Style {
    /// `[IBAN_1]`: typed, numbered, the same value always gets the same number.
    Placeholder,
    /// `[IBAN]`.
    Label,
    /// The shape kept with a few characters, as banks print them: `FR76 **** … ***6 189`.
    Partial,
    /// `[IBAN#3fa29c01bd12]`: HMAC-SHA-256 of the normalised value under a secret key, the
    /// same in every document, for joins.
    Hash(HashKey),
}

impl std::fmt::Debug for Style {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Style::Placeholder => f.write_str("Placeholder"),
            Style::Label => f.write_str("Label"),
            Style::Partial => f.write_str("Partial"),
            Style::Hash(_) => f.write_str("Hash(<key>)"),
        }
    }
}

/// A key for [`Style::Hash`]. Its bytes are never printed.
#[derive(Clone, PartialEq, Eq)]
pub struct HashKey(Vec<u8>);

impl HashKey {
    /// Refuses keys shorter than 16 bytes: a short key makes the tokens guessable.
    pub fn new(bytes: impl Into<Vec<u8>>) -> Option<HashKey> {
        let bytes = bytes.into();
        (bytes.len() >= 16).then_some(HashKey(bytes))
    }
}

/// What writes the replacement of each finding. [`Masker`] is the in-memory one; a
/// [`crate::Session`] numbers from (and records into) a vault, so that placeholders stay the
/// same across calls and can be restored.
pub trait Mask {
    /// Called once per text, before its findings are masked in order: lets an implementation
    /// see the whole text (a fake value must not equal any real value in it).
    fn prepare(&mut self, _text: &str, _findings: &[Finding]) {}

    /// Appends the replacement of `finding`, whose text is `value`, to `out`.
    fn mask_into(&mut self, finding: &Finding, value: &str, out: &mut String);
}

impl Mask for Masker {
    fn mask_into(&mut self, finding: &Finding, value: &str, out: &mut String) {
        Masker::mask_into(self, finding, value, out)
    }
}

/// How many distinct values a [`Masker`] remembers, all kinds together: about 10 MB. Past
/// that, a new value still gets a new number but a later repeat of it gets another one, so
/// that redacting a stream of any size stays in bounded memory.
pub const REMEMBERED_VALUES: usize = 1 << 19;

/// Fingerprint of a value → its placeholder number.
type NumberOf = HashMap<u64, u32, PreHashed>;

/// Appends `n` in decimal, without the formatting machinery (once per finding).
fn push_decimal(out: &mut String, mut n: u32) {
    let mut digits = [0u8; 10];
    let mut i = digits.len();
    loop {
        i -= 1;
        digits[i] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    for &d in &digits[i..] {
        out.push(char::from(d));
    }
}

/// Writes replacements and remembers which number each value got, so that placeholders are
/// consistent across the calls that share it.
///
/// Values are remembered by a 64-bit keyed fingerprint (SipHash with a key drawn per masker),
/// not as text: a stream holding millions of identifiers does not keep them all in memory,
/// and crafted input cannot aim collisions at an unknown key. Two values sharing a number
/// would need a fingerprint collision: about one chance in 10^8 with half a million values.
#[derive(Debug)]
pub struct Masker {
    style: Style,
    /// Per kind (a handful: a list beats hashing the kind): fingerprint → number, next number.
    numbers: Vec<(Kind, NumberOf, u32)>,
    /// The slot in `numbers` of each built-in kind, plus one (0: none yet), by
    /// [`Kind::builtin_index`]: the list is searched for custom kinds only.
    builtin_slots: [usize; Kind::BUILTIN.len()],
    remembered: usize,
    fingerprint: std::collections::hash_map::RandomState,
    scratch: String,
}

impl Masker {
    pub fn new(style: Style) -> Masker {
        Masker {
            style,
            numbers: Vec::new(),
            builtin_slots: [0; Kind::BUILTIN.len()],
            remembered: 0,
            fingerprint: std::collections::hash_map::RandomState::new(),
            scratch: String::new(),
        }
    }

    pub fn style(&self) -> &Style {
        &self.style
    }

    /// The placeholder number of a value, given or new.
    pub fn number(&mut self, kind: &Kind, value: &str) -> u32 {
        use std::hash::BuildHasher;
        normalize_into(kind, value, &mut self.scratch);
        let fingerprint = self.fingerprint.hash_one(self.scratch.as_str());
        let builtin = kind.builtin_index();
        let known = match builtin {
            Some(i) => self.builtin_slots[i].checked_sub(1),
            None => self.numbers.iter().position(|(k, _, _)| k == kind),
        };
        let slot = match known {
            Some(slot) => slot,
            None => {
                self.numbers.push((kind.clone(), HashMap::default(), 1));
                if let Some(i) = builtin {
                    self.builtin_slots[i] = self.numbers.len();
                }
                self.numbers.len() - 1
            }
        };
        let (_, seen, next) = &mut self.numbers[slot];
        if let Some(&n) = seen.get(&fingerprint) {
            return n;
        }
        let n = *next;
        *next = next.saturating_add(1);
        if self.remembered < REMEMBERED_VALUES {
            seen.insert(fingerprint, n);
            self.remembered += 1;
        }
        n
    }

    /// Writes `bytes` to `out` with each finding replaced. Finding spans are offsets into a
    /// larger buffer of which `bytes` starts at `base`; findings lie inside valid UTF-8.
    pub fn write_masked(
        &mut self,
        bytes: &[u8],
        findings: &[Finding],
        base: usize,
        out: &mut Vec<u8>,
    ) {
        let mut last = 0;
        let mut replacement = String::new();
        for f in findings {
            let (start, end) = (f.span.start - base, f.span.end - base);
            out.extend_from_slice(&bytes[last..start]);
            let value = std::str::from_utf8(&bytes[start..end]).unwrap_or("");
            replacement.clear();
            self.mask_into(f, value, &mut replacement);
            out.extend_from_slice(replacement.as_bytes());
            last = end;
        }
        out.extend_from_slice(&bytes[last..]);
    }

    /// Appends the replacement of `finding`, whose text is `value`, to `out`.
    pub fn mask_into(&mut self, finding: &Finding, value: &str, out: &mut String) {
        use std::fmt::Write;
        let kind = &finding.kind;
        match &self.style {
            Style::Placeholder => {
                let n = self.number(kind, value);
                out.push('[');
                out.push_str(kind.as_str());
                out.push('_');
                push_decimal(out, n);
                out.push(']');
            }
            Style::Label => {
                out.push('[');
                out.push_str(kind.as_str());
                out.push(']');
            }
            Style::Partial => {
                let start = out.len();
                partial_into(kind, value, out);
                // A value too short to hide anything once its kept characters are shown
                // ("1::") would come out whole: mask every letter and digit instead.
                if out[start..] == *value {
                    out.truncate(start);
                    mask_alnum(value, out, |_, _| false);
                }
            }
            Style::Hash(key) => {
                normalize_into(kind, value, &mut self.scratch);
                let mut mac =
                    Hmac::<Sha256>::new_from_slice(&key.0).expect("HMAC takes keys of any length");
                mac.update(kind.as_str().as_bytes());
                mac.update(b"\0");
                mac.update(self.scratch.as_bytes());
                let tag = mac.finalize().into_bytes();
                let _ = write!(out, "[{kind}#{}]", hex::encode(&tag[..6]));
            }
        }
    }
}

/// The form under which two spellings of one value count as the same value: separators and
/// case do not matter for identifiers ("FR76 3000…" = "fr7630006…").
pub fn normalize_into(kind: &Kind, value: &str, out: &mut String) {
    out.clear();
    match kind {
        Kind::Email | Kind::Secret | Kind::Custom(_) => {
            if value.is_ascii() {
                out.push_str(value);
                out.make_ascii_lowercase();
            } else {
                out.extend(value.chars().flat_map(char::to_lowercase))
            }
        }
        Kind::Person | Kind::Client | Kind::PostalAddress | Kind::DateOfBirth => {
            normalize_words_into(value, out)
        }
        Kind::Phone => {
            // +33 6…, 0033 6… and 06… are one number.
            out.extend(value.bytes().filter(u8::is_ascii_digit).map(char::from));
            let skip = if out.starts_with("0033") {
                4
            } else if value.trim_start().starts_with('+') && out.starts_with("33") {
                2
            } else {
                0
            };
            let zeros = out[skip..].bytes().take_while(|&b| b == b'0').count();
            out.drain(..skip + zeros);
        }
        // Identifiers are ASCII but for their separators (NBSP): no Unicode tables for those.
        // Byte by byte, decoding only the non-ASCII characters: this runs once per finding.
        _ => {
            let bytes = value.as_bytes();
            let mut i = 0;
            while let Some(&b) = bytes.get(i) {
                if b.is_ascii() {
                    if b.is_ascii_alphanumeric() {
                        out.push(char::from(b.to_ascii_uppercase()));
                    }
                    i += 1;
                    continue;
                }
                let Some(c) = value[i..].chars().next() else {
                    break;
                };
                if c.is_alphanumeric() {
                    out.extend(c.to_uppercase());
                }
                i += c.len_utf8();
            }
        }
    }
}

/// [`normalize_into`] of names and addresses: the alphanumerics lower-cased, each run of
/// other characters one space. Byte by byte: ASCII and the Latin-1 letters of French names
/// ("é", "È", "ç") without the Unicode tables (once per finding, and PERSON findings are a
/// third of a business text's), the other characters decoded.
fn normalize_words_into(value: &str, out: &mut String) {
    // The space that separates this alphanumeric from the last one, if others came between.
    fn open_word(out: &mut String, pending_space: &mut bool) {
        if std::mem::take(pending_space) && !out.is_empty() {
            out.push(' ');
        }
    }
    let bytes = value.as_bytes();
    let mut pending_space = false;
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        let width = if b < 0x80 {
            if b.is_ascii_alphanumeric() {
                open_word(out, &mut pending_space);
                out.push(char::from(b.to_ascii_lowercase()));
            } else {
                pending_space = true;
            }
            1
        } else if let (0xC3, Some(&s)) = (b, bytes.get(i + 1)) {
            // U+00C0..U+00FF: letters but × (C3 97) and ÷ (C3 B7); upper case up to C3 9E,
            // whose lower case is 0x20 further, but ß (C3 9F) and ÿ are lower case already.
            if s == 0x97 || s == 0xB7 {
                pending_space = true;
            } else {
                open_word(out, &mut pending_space);
                let code = 0xC0 + (s & 0x3F);
                out.push(char::from(if code <= 0xDE { code + 0x20 } else { code }));
            }
            2
        } else {
            let Some(c) = value[i..].chars().next() else {
                break;
            };
            if c.is_alphanumeric() {
                open_word(out, &mut pending_space);
                out.extend(c.to_lowercase());
            } else {
                pending_space = true;
            }
            c.len_utf8()
        };
        i += width;
    }
}

/// Writes `value` with its alphanumerics masked by `*`, except those `keep` chooses by their
/// index among the alphanumerics and their count; separators are kept.
fn mask_alnum(value: &str, out: &mut String, keep: impl Fn(usize, usize) -> bool) {
    let total = value.chars().filter(|c| c.is_alphanumeric()).count();
    let mut i = 0;
    for c in value.chars() {
        if c.is_alphanumeric() {
            out.push(if keep(i, total) { c } else { '*' });
            i += 1;
        } else {
            out.push(c);
        }
    }
}

fn partial_into(kind: &Kind, value: &str, out: &mut String) {
    match kind {
        Kind::Iban => mask_alnum(value, out, |i, n| i < 4 || i + 4 >= n),
        Kind::CreditCard => mask_alnum(value, out, |i, n| i + 4 >= n),
        Kind::Bic => mask_alnum(value, out, |i, _| i < 4),
        Kind::VatFr => mask_alnum(value, out, |i, n| i < 2 || i + 2 >= n),
        Kind::Phone => {
            let t = value.trim_start();
            // Keep the country code and the first digit of the national number.
            let lead = if t.starts_with("+33") {
                3
            } else if t.starts_with("0033") {
                5
            } else if t.starts_with('+') {
                3
            } else {
                2
            };
            mask_alnum(value, out, |i, n| i < lead || i + 2 >= n)
        }
        Kind::Email => match value.rsplit_once('@') {
            Some((local, domain)) => {
                if let Some(first) = local.chars().next() {
                    out.push(first);
                }
                out.push_str("***@");
                out.push_str(domain);
            }
            None => out.push_str("***"),
        },
        Kind::IpAddress => {
            // Keep the first group of an IPv4 or IPv6 address.
            let cut = value.find(['.', ':']).unwrap_or(value.len());
            out.push_str(&value[..cut]);
            for c in value[cut..].chars() {
                out.push(if c.is_ascii_hexdigit() { '*' } else { c });
            }
        }
        Kind::Person | Kind::Client | Kind::PostalAddress => {
            let mut at_word_start = true;
            for c in value.chars() {
                if c.is_alphanumeric() {
                    out.push(if at_word_start { c } else { '*' });
                    at_word_start = false;
                } else {
                    out.push(c);
                    at_word_start = true;
                }
            }
        }
        Kind::Secret => {
            // Well-known prefixes (AKIA, ghp_) say which service, not the secret.
            let n = value.chars().count();
            let keep = if n >= 20 { 4 } else { 0 };
            for (i, c) in value.chars().enumerate() {
                out.push(if i < keep || c == '\n' { c } else { '*' });
            }
        }
        _ => mask_alnum(value, out, |i, n| n > 6 && i + 2 >= n),
    }
}

#[cfg(test)]
mod tests {
    /// The byte-wise identifier arm gives what decoding every character gave.
    #[test]
    fn identifier_normalisation_reads_bytes_as_characters_did() {
        fn by_chars(value: &str) -> String {
            let mut out = String::new();
            for c in value.chars() {
                if c.is_ascii() {
                    if c.is_ascii_alphanumeric() {
                        out.push(c.to_ascii_uppercase());
                    }
                } else if c.is_alphanumeric() {
                    out.extend(c.to_uppercase());
                }
            }
            out
        }
        let values = [
            "FR76 3000 6000 0112 3456 7890 189",
            "fr76\u{a0}3000\u{202f}6000-0112",
            "123 456 789 00012",
            "straße ﬁ Ωmega ǅ 12",
            "é1ü2€3 n°4",
            "",
            "\u{10348}x",
        ];
        let mut out = String::new();
        for value in values {
            for kind in [Kind::Iban, Kind::Siret, Kind::IpAddress] {
                normalize_into(&kind, value, &mut out);
                assert_eq!(out, by_chars(value), "{value:?}");
            }
        }
    }

    use super::*;

    /// The byte loop of names and addresses gives what the loop over characters it replaced
    /// gave, on every character up to U+024F and on mixed values.
    #[test]
    fn words_normalise_as_by_chars() {
        fn by_chars(value: &str) -> String {
            let mut out = String::new();
            let mut pending_space = false;
            for c in value.chars() {
                if c.is_alphanumeric() {
                    if pending_space && !out.is_empty() {
                        out.push(' ');
                    }
                    pending_space = false;
                    out.extend(c.to_lowercase());
                } else {
                    pending_space = true;
                }
            }
            out
        }
        let mut values: Vec<String> = [
            "Marie Dupont",
            "  Hélène LEFÈVRE-Müller ",
            "ÉLODIE × ÷ Ærø ßÿ",
            "Ωmega İstanbul ǅ ﬁ n°4 l’Épée",
            "12 rue d'Alésia\n75014 PARIS",
            "",
            "\u{10348}x…y",
        ]
        .iter()
        .map(|v| v.to_string())
        .collect();
        for c in ('\0'..='\u{24f}').chain(['\u{2019}', '\u{a0}', '\u{202f}', 'Ω', 'ﬁ']) {
            values.push(format!("a{c}b {c}"));
        }
        let mut out = String::new();
        for value in &values {
            for kind in [
                Kind::Person,
                Kind::Client,
                Kind::PostalAddress,
                Kind::DateOfBirth,
            ] {
                normalize_into(&kind, value, &mut out);
                assert_eq!(out, by_chars(value), "{value:?}");
            }
        }
    }

    #[test]
    fn decimals_are_written_in_full() {
        for n in [0, 7, 10, 99, 1234, u32::MAX] {
            let mut out = String::from("x");
            push_decimal(&mut out, n);
            assert_eq!(out, format!("x{n}"));
        }
    }
    use crate::finding::Span;
    use std::sync::Arc;

    fn finding(kind: Kind, value: &str) -> Finding {
        Finding {
            kind,
            span: Span {
                start: 0,
                end: value.len(),
            },
            rule: Arc::from("test"),
        }
    }

    fn masked(style: Style, kind: Kind, value: &str) -> String {
        let mut out = String::new();
        Masker::new(style).mask_into(&finding(kind, value), value, &mut out);
        out
    }

    /// Built-in kinds (found by index) and custom kinds (found by name) each number their
    /// own values, whatever order they come in.
    #[test]
    fn each_kind_numbers_its_own_values() {
        let mut m = Masker::new(Style::Placeholder);
        let acme = Kind::Custom("ACME_ID".into());
        let other = Kind::Custom("OTHER_ID".into());
        let sequence = [
            (&acme, "A-1", 1),
            (&Kind::Iban, "FR76 1", 1),
            (&other, "A-1", 1),
            (&acme, "A-2", 2),
            (&Kind::Iban, "FR76 2", 2),
            (&Kind::Phone, "0612345678", 1),
            (&acme, "a-1", 1),
            (&Kind::Iban, "fr761", 1),
            (&other, "B", 2),
            (&Kind::Phone, "06 12 34 56 78", 1),
        ];
        for (kind, value, expected) in sequence {
            assert_eq!(m.number(kind, value), expected, "{kind} {value}");
        }
        assert_eq!(m.numbers.len(), 4);
    }

    #[test]
    fn numbering_stays_consistent_up_to_the_cap_and_memory_stops_there() {
        let mut m = Masker::new(Style::Placeholder);
        let kind = Kind::Phone;
        assert_eq!(m.number(&kind, "06 12 34 56 78"), 1);
        assert_eq!(
            m.number(&kind, "+33 6 12 34 56 78"),
            1,
            "same number, other spelling"
        );
        assert_eq!(m.number(&Kind::Email, "a@b.fr"), 1, "numbered per kind");
        for i in 0..REMEMBERED_VALUES {
            m.number(&Kind::Iban, &i.to_string());
        }
        assert_eq!(m.remembered, REMEMBERED_VALUES);
        let past = m.number(&Kind::Iban, "not remembered");
        assert_eq!(
            past as usize,
            REMEMBERED_VALUES + 1,
            "numbers go on past the cap"
        );
        assert_ne!(
            m.number(&Kind::Iban, "not remembered"),
            past,
            "past the cap: a new number"
        );
        assert_eq!(
            m.number(&kind, "0612345678"),
            1,
            "values seen before the cap still known"
        );
        assert_eq!(m.remembered, REMEMBERED_VALUES);
    }

    #[test]
    fn partial_table() {
        let table = [
            (
                Kind::Iban,
                "FR76 3000 6000 0112 3456 7890 189",
                "FR76 **** **** **** **** ***0 189",
            ),
            (Kind::Phone, "06 12 34 56 78", "06 ** ** ** 78"),
            (Kind::Phone, "+33 6 12 34 56 78", "+33 6 ** ** ** 78"),
            (Kind::Email, "jean.dupont@exemple.fr", "j***@exemple.fr"),
            (
                Kind::CreditCard,
                "4532 0151 1283 0366",
                "**** **** **** 0366",
            ),
            (Kind::Person, "Marie Dupont", "M**** D*****"),
            (Kind::IpAddress, "192.168.1.10", "192.***.*.**"),
        ];
        for (kind, value, expected) in table {
            assert_eq!(masked(Style::Partial, kind, value), expected, "{value}");
        }
    }

    #[test]
    fn placeholders_are_consistent_after_normalisation() {
        let mut m = Masker::new(Style::Placeholder);
        assert_eq!(
            m.number(&Kind::Iban, "FR76 3000 6000 0112 3456 7890 189"),
            1
        );
        assert_eq!(m.number(&Kind::Iban, "fr7630006000011234567890189"), 1);
        assert_eq!(m.number(&Kind::Iban, "DE89370400440532013000"), 2);
        assert_eq!(m.number(&Kind::Phone, "06 12 34 56 78"), 1);
        assert_eq!(m.number(&Kind::Phone, "+33 6 12 34 56 78"), 1);
        assert_eq!(m.number(&Kind::Phone, "0033612345678"), 1);
    }

    #[test]
    fn hash_is_keyed_and_deterministic() {
        let k1 = HashKey::new(*b"0123456789abcdef").unwrap();
        let k2 = HashKey::new(*b"fedcba9876543210").unwrap();
        let a = masked(
            Style::Hash(k1.clone()),
            Kind::Iban,
            "FR7630006000011234567890189",
        );
        let b = masked(
            Style::Hash(k1),
            Kind::Iban,
            "FR76 3000 6000 0112 3456 7890 189",
        );
        let c = masked(Style::Hash(k2), Kind::Iban, "FR7630006000011234567890189");
        assert_eq!(a, b);
        assert_ne!(a, c);
        assert!(
            a.starts_with("[IBAN#") && a.len() == "[IBAN#".len() + 12 + 1,
            "{a}"
        );
        assert!(HashKey::new(*b"short").is_none());
    }
}
