//! The normalised form of a short value ([`super::normalize_into`]) written on the stack,
//! for [`super::Masker::number`], which only hashes it.
//!
//! Numbering runs once per value met for the first time (a fifth of a business text's
//! findings: names, e-mail addresses, identifiers), and pushing the form a character at a
//! time into a `String` cost about 500 instructions a value and a mispredicted branch at
//! most word ends. Here ASCII bytes go through a table with no branch on what they are, and
//! the Latin-1 letters of French names ("é", "È") through one test. Anything else (other
//! characters, phone numbers, values longer than [`SHORT`]) says `None`: the caller takes
//! [`super::normalize_into`], which gives the same bytes (checked in the test build at each
//! call, and by `short_forms_are_the_normalised_forms`).

use crate::kind::Kind;

/// The longest value written here, in bytes: a name of people, most e-mail addresses, an
/// IBAN with its spaces. The form is never longer than the value (ASCII and the Latin-1
/// letters keep their length or drop out), and the buffer holds two bytes more, so that the
/// loops below write one byte past the form's end without a test.
pub(super) const SHORT: usize = 64;

/// A normalised form: its bytes are `.0[..len]`.
pub(super) struct Form(pub(super) [u8; SHORT + 2], pub(super) usize);

impl Form {
    pub(super) fn bytes(&self) -> &[u8] {
        &self.0[..self.1]
    }
}

/// What an ASCII byte becomes in a form: alphanumerics lower-cased (`LOWER`) or upper-cased
/// (`UPPER`), anything else 0 (a separator).
const fn alnum_table(upper: bool) -> [u8; 128] {
    let mut table = [0u8; 128];
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        table[b] = if c.is_ascii_digit() {
            c
        } else if c.is_ascii_alphabetic() {
            if upper {
                c.to_ascii_uppercase()
            } else {
                c.to_ascii_lowercase()
            }
        } else {
            0
        };
        b += 1;
    }
    table
}

const LOWER: [u8; 128] = alnum_table(false);
const UPPER: [u8; 128] = alnum_table(true);

/// The form of the value `bytes` of kind `kind`, or `None` where [`super::normalize_into`]
/// must write it. The bytes taken are valid UTF-8 whatever `bytes` is (ASCII, and C3 before
/// a continuation byte or the two no-break spaces): a form of bytes that are not says `None`.
pub(super) fn form(kind: &Kind, bytes: &[u8]) -> Option<Form> {
    if bytes.len() > SHORT {
        return None;
    }
    let mut out = [0u8; SHORT + 2];
    let len = match kind {
        Kind::Person | Kind::Client | Kind::PostalAddress | Kind::DateOfBirth => {
            words(bytes, &mut out)?
        }
        Kind::Email | Kind::Secret | Kind::Custom(_) => {
            if !bytes.is_ascii() {
                return None;
            }
            for (o, b) in out.iter_mut().zip(bytes) {
                *o = b.to_ascii_lowercase();
            }
            bytes.len()
        }
        Kind::Phone => return None,
        _ => identifier(bytes, &mut out)?,
    };
    Some(Form(out, len))
}

/// Names and addresses: alphanumerics lower-cased, each run of other characters one space
/// between two of them.
fn words(bytes: &[u8], out: &mut [u8; SHORT + 2]) -> Option<usize> {
    let mut n = 0;
    // Whether a separator came since the last alphanumeric (none yet at the start).
    let mut pending = false;
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        let letter = if b < 0x80 {
            i += 1;
            LOWER[usize::from(b)]
        } else if b == 0xC3 {
            // U+00C0..U+00FF: letters but × (C3 97) and ÷ (C3 B7); upper case up to C3 9E,
            // whose lower case is 0x20 further, but ß (C3 9F) and ÿ are lower case already.
            let s = *bytes.get(i + 1)?;
            if s & 0xC0 != 0x80 {
                return None;
            }
            i += 2;
            if s == 0x97 || s == 0xB7 {
                0
            } else {
                let code = 0xC0 + (s & 0x3F);
                let lower = if code <= 0xDE { code + 0x20 } else { code };
                // At most as long as what was read: two bytes for two.
                out[n] = b' ';
                n += usize::from(pending && n != 0);
                out[n] = 0xC3;
                out[n + 1] = 0x80 | (lower & 0x3F);
                n += 2;
                pending = false;
                continue;
            }
        } else {
            return None;
        };
        // A space is written only where a separator byte wrote nothing: `n` stays at most
        // `i`, and the two writes stay inside the buffer.
        let alnum = letter != 0;
        out[n] = b' ';
        n += usize::from(alnum & pending & (n != 0));
        out[n] = letter;
        n += usize::from(alnum);
        pending = !alnum;
    }
    Some(n)
}

/// Identifiers: alphanumerics upper-cased, nothing else; the no-break spaces that separate
/// groups of digits in French text (U+00A0, U+202F) are passed over.
fn identifier(bytes: &[u8], out: &mut [u8; SHORT + 2]) -> Option<usize> {
    let mut n = 0;
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        if b < 0x80 {
            let c = UPPER[usize::from(b)];
            out[n] = c;
            n += usize::from(c != 0);
            i += 1;
        } else if bytes[i..].starts_with(b"\xC2\xA0") {
            i += 2;
        } else if bytes[i..].starts_with("\u{202f}".as_bytes()) {
            i += 3;
        } else {
            return None;
        }
    }
    Some(n)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every value written here is written as `normalize_into` writes it; the values it
    /// leaves are those it must leave.
    #[test]
    fn short_forms_are_the_normalised_forms() {
        let mut values: Vec<String> = [
            "Marie Dupont",
            "  Hélène LEFÈVRE-Müller ",
            "ÉLODIE × ÷ Ærø ßÿ",
            "Ωmega İstanbul",
            "12 rue d'Alésia\n75014 PARIS",
            "Jean-Pierre  DUBOIS.",
            "FR76 3000 6000 0112 3456 7890 189",
            "fr76\u{a0}3000\u{202f}6000-0112",
            "J.Dupont@Exemple.FR",
            "+33 6 12 34 56 78",
            "é1ü2€3 n°4",
            "",
            " ",
            "\u{10348}x",
        ]
        .iter()
        .map(|v| v.to_string())
        .collect();
        for c in ('\0'..='\u{24f}').chain(['\u{2019}', '\u{a0}', '\u{202f}', 'Ω', 'ﬁ']) {
            values.push(format!("a{c}b {c}"));
            values.push(format!("{c}"));
        }
        // Lengths around the buffer's: all alphanumerics, all separators, alternating.
        for len in SHORT - 2..=SHORT + 2 {
            values.push("a".repeat(len));
            values.push(" ".repeat(len));
            values.push("a ".repeat(len).chars().take(len).collect());
            values.push("é".repeat(len / 2));
        }
        let mut normalised = String::new();
        for value in &values {
            for kind in Kind::BUILTIN.iter().chain([&Kind::Custom("ACME".into())]) {
                crate::mask::normalize_into(kind, value, &mut normalised);
                let form = form(kind, value.as_bytes());
                if let Some(form) = &form {
                    assert_eq!(form.bytes(), normalised.as_bytes(), "{kind} {value:?}");
                }
                // The values left to `normalize_into`: phones, long values, characters
                // other than ASCII, the Latin-1 letters and the no-break spaces.
                let expected = *kind != Kind::Phone
                    && value.len() <= SHORT
                    && match kind {
                        Kind::Person | Kind::Client | Kind::PostalAddress | Kind::DateOfBirth => {
                            value
                                .chars()
                                .all(|c| c < '\u{100}' && (c.is_ascii() || c >= '\u{c0}'))
                        }
                        Kind::Email | Kind::Secret | Kind::Custom(_) => value.is_ascii(),
                        _ => value
                            .chars()
                            .all(|c| c.is_ascii() || matches!(c, '\u{a0}' | '\u{202f}')),
                    };
                assert_eq!(form.is_some(), expected, "{kind} {value:?}");
            }
        }
    }

    /// Bytes that are not valid UTF-8 have no form (they are numbered as `number` numbers
    /// what `from_utf8` makes of them), whatever the kind: every one- and two-byte string
    /// and the bytes of a few values cut anywhere.
    #[test]
    fn only_valid_utf8_has_a_form() {
        let mut cases: Vec<Vec<u8>> = Vec::new();
        for a in 0..=u8::MAX {
            cases.push(vec![a]);
            for b in 0..=u8::MAX {
                cases.push(vec![a, b]);
            }
        }
        for value in ["Hélène Müller", "fr76\u{a0}3000\u{202f}6000", "ÉLODIE ×"] {
            let bytes = value.as_bytes();
            for from in 0..bytes.len() {
                for to in from..=bytes.len() {
                    cases.push(bytes[from..to].to_vec());
                }
            }
        }
        for bytes in &cases {
            for kind in Kind::BUILTIN.iter().chain([&Kind::Custom("ACME".into())]) {
                if form(kind, bytes).is_some() {
                    assert!(std::str::from_utf8(bytes).is_ok(), "{kind} {bytes:?}");
                }
            }
        }
    }
}
