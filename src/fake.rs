//! Fake values for `--style fake`: realistic stand-ins that keep the format of the original
//! (grouping, separators, case) and its checksum validity (IBAN mod 97, Luhn, VAT key, NIR
//! key), so that a model reads them as ordinary data. Drawn from a deterministic generator
//! seeded per vault and per value; the session checks that a fake never equals a real value.

use std::collections::HashSet;
use std::sync::OnceLock;

use hmac::{Hmac, Mac};
use sha2::{Digest, Sha256};

use crate::kind::Kind;
use crate::validate::{self, compute};

const FAKE_FIRST_NAMES: &str = include_str!("../data/fake/prenoms.txt");
const FAKE_SURNAMES: &str = include_str!("../data/fake/noms.txt");
const FIRST_NAMES: &str = include_str!("../data/lexicon/prenoms.txt");

/// A deterministic byte stream: SHA-256 of a seed and a counter.
pub(crate) struct FakeRng {
    seed: [u8; 32],
    counter: u64,
    block: [u8; 32],
    pos: usize,
}

impl FakeRng {
    /// The generator for one value of one kind, attempt `attempt`, under a vault secret.
    pub(crate) fn new(secret: &[u8; 32], kind: &Kind, normalized: &str, attempt: u32) -> FakeRng {
        let mut mac = Hmac::<Sha256>::new_from_slice(secret).expect("HMAC takes any key length");
        mac.update(b"caviard-fake\0");
        mac.update(kind.as_str().as_bytes());
        mac.update(b"\0");
        mac.update(normalized.as_bytes());
        mac.update(&attempt.to_le_bytes());
        FakeRng {
            seed: mac.finalize().into_bytes().into(),
            counter: 0,
            block: [0; 32],
            pos: 32,
        }
    }

    fn byte(&mut self) -> u8 {
        if self.pos == 32 {
            let mut h = Sha256::new();
            h.update(self.seed);
            h.update(self.counter.to_le_bytes());
            self.block = h.finalize().into();
            self.counter += 1;
            self.pos = 0;
        }
        self.pos += 1;
        self.block[self.pos - 1]
    }

    /// A number in `0..n` (n > 0), without modulo bias worth speaking of (32 bits drawn).
    fn below(&mut self, n: u32) -> u32 {
        let v = u32::from_le_bytes([self.byte(), self.byte(), self.byte(), self.byte()]);
        ((u64::from(v) * u64::from(n)) >> 32) as u32
    }

    fn digit(&mut self) -> u8 {
        self.below(10) as u8
    }

    fn pick<'a>(&mut self, list: &[&'a str]) -> &'a str {
        list[self.below(list.len() as u32) as usize]
    }
}

/// A fake value of `kind` shaped like `value`, or `None` when no valid fake could be made.
pub(crate) fn fake(kind: &Kind, value: &str, rng: &mut FakeRng) -> Option<String> {
    let fake = match kind {
        Kind::Iban => iban(value, rng),
        Kind::Siren => reshape(value, &digits_to_ascii(&luhn_digits(rng, 9, &[]))),
        Kind::Siret => siret(value, rng),
        Kind::VatFr => vat_fr(value, rng),
        Kind::Nir => nir(value, rng),
        Kind::CreditCard => card(value, rng),
        Kind::Phone => phone(value, rng),
        Kind::Email => Some(email(value, rng)),
        Kind::IpAddress => Some(ip(value, rng)),
        Kind::Person | Kind::Client => Some(name(value, rng)),
        Kind::PostalAddress => Some(address(value, rng)),
        Kind::DateOfBirth => Some(date(value, rng)),
        Kind::Bic => bic(value, rng),
        Kind::Secret => Some(secret(value, rng)),
        Kind::Custom(_) => Some(scramble(value, rng, 0)),
    }?;
    let valid = match kind {
        Kind::Iban => validate::iban(&fake),
        Kind::Siren => validate::siren(&fake),
        Kind::Siret => validate::siret(&fake),
        Kind::VatFr => validate::vat_fr(&fake),
        Kind::Nir => validate::nir(&fake),
        Kind::CreditCard => validate::credit_card(&fake),
        Kind::Bic => validate::bic(&fake),
        _ => !fake.is_empty(),
    };
    valid.then_some(fake)
}

/// Lays `chars` into the alphanumeric positions of `template`, keeping its separators and the
/// case of its letters. `None` when the counts differ.
fn reshape(template: &str, chars: &[u8]) -> Option<String> {
    let mut out = String::with_capacity(template.len());
    let mut next = chars.iter();
    for c in template.chars() {
        if c.is_alphanumeric() {
            let &n = next.next()?;
            let n = n as char;
            out.push(if c.is_lowercase() {
                n.to_ascii_lowercase()
            } else {
                n
            });
        } else {
            out.push(c);
        }
    }
    next.next().is_none().then_some(out)
}

fn alnum_upper(value: &str) -> Vec<u8> {
    value
        .chars()
        .filter(|c| c.is_ascii_alphanumeric())
        .map(|c| c.to_ascii_uppercase() as u8)
        .collect()
}

fn digits_to_ascii(d: &[u8]) -> Vec<u8> {
    d.iter().map(|&x| b'0' + x).collect()
}

fn iban(value: &str, rng: &mut FakeRng) -> Option<String> {
    let a = alnum_upper(value);
    if a.len() < 5 || value.chars().filter(|c| c.is_alphanumeric()).count() != a.len() {
        return None;
    }
    let country = std::str::from_utf8(&a[..2]).ok()?;
    let bban: Vec<u8> = a[4..]
        .iter()
        .map(|&c| {
            if c.is_ascii_digit() {
                b'0' + rng.digit()
            } else {
                b'A' + rng.below(26) as u8
            }
        })
        .collect();
    let bban = String::from_utf8(bban).ok()?;
    let check = compute::iban_check_digits(country, &bban);
    let all = format!("{country}{check:02}{bban}");
    reshape(value, all.as_bytes())
}

/// `len` digits: `prefix`, random digits (never a leading zero), then a Luhn check digit.
fn luhn_digits(rng: &mut FakeRng, len: usize, prefix: &[u8]) -> Vec<u8> {
    let mut d: Vec<u8> = prefix.to_vec();
    while d.len() < len - 1 {
        let x = rng.digit();
        d.push(if d.is_empty() && x == 0 { 1 } else { x });
    }
    let check = compute::luhn_check_digit(&d);
    d.push(check);
    d
}

fn siret(value: &str, rng: &mut FakeRng) -> Option<String> {
    let siren = luhn_digits(rng, 9, &[]);
    let mut d = siren.clone();
    for _ in 0..4 {
        d.push(rng.digit());
    }
    let all = luhn_digits(rng, 14, &d);
    reshape(value, &digits_to_ascii(&all))
}

fn vat_fr(value: &str, rng: &mut FakeRng) -> Option<String> {
    let siren = luhn_digits(rng, 9, &[]);
    let n = siren.iter().fold(0u64, |acc, &x| acc * 10 + u64::from(x));
    let key = compute::vat_fr_key(n);
    let mut all = format!("FR{key:02}").into_bytes();
    all.extend(digits_to_ascii(&siren));
    reshape(value, &all)
}

fn nir(value: &str, rng: &mut FakeRng) -> Option<String> {
    let a = alnum_upper(value);
    let sex = if a.first() == Some(&b'2') { 2 } else { 1 };
    let year = rng.below(100);
    let month = 1 + rng.below(12);
    let mut department = 1 + rng.below(95);
    if department == 20 {
        department = 21;
    }
    let commune = 1 + rng.below(989);
    let order = 1 + rng.below(999);
    let first13 = format!("{sex}{year:02}{month:02}{department:02}{commune:03}{order:03}");
    let key = compute::nir_key(&first13);
    reshape(value, format!("{first13}{key:02}").as_bytes())
}

fn card(value: &str, rng: &mut FakeRng) -> Option<String> {
    let d: Vec<u8> = value
        .bytes()
        .filter(u8::is_ascii_digit)
        .map(|b| b - b'0')
        .collect();
    if d.len() < 13 {
        return None;
    }
    // The issuer prefix stays (it says Visa or Mastercard, not whose card).
    let keep = if d[0] == 2 { 4 } else { 2 };
    let all = luhn_digits(rng, d.len(), &d[..keep]);
    reshape(value, &digits_to_ascii(&all))
}

fn phone(value: &str, rng: &mut FakeRng) -> Option<String> {
    let t = value.trim_start();
    // Keep the country code and the first digit of the national number (mobile or not).
    let keep = if t.starts_with("+33") {
        3
    } else if t.starts_with("0033") {
        5
    } else if t.starts_with('+') {
        3
    } else {
        2
    };
    let d: Vec<u8> = value.bytes().filter(u8::is_ascii_digit).collect();
    if d.len() <= keep {
        return None;
    }
    let mut all = d[..keep].to_vec();
    while all.len() < d.len() {
        all.push(b'0' + rng.digit());
    }
    // Only digits are alphanumeric in a phone number; reshape keeps "+", spaces, dots, "(0)".
    reshape(value, &all)
}

fn ascii_fold(s: &str) -> String {
    s.chars()
        .filter_map(|c| {
            let folded = match c {
                'à' | 'â' | 'ä' | 'á' | 'ã' => 'a',
                'ç' => 'c',
                'é' | 'è' | 'ê' | 'ë' => 'e',
                'î' | 'ï' | 'í' => 'i',
                'ô' | 'ö' | 'ó' => 'o',
                'ù' | 'û' | 'ü' | 'ú' => 'u',
                'ÿ' => 'y',
                c if c.is_ascii_alphanumeric() => c.to_ascii_lowercase(),
                c if c.is_alphabetic() => return None,
                _ => return None,
            };
            Some(folded.to_ascii_lowercase())
        })
        .collect()
}

fn email(value: &str, rng: &mut FakeRng) -> String {
    let local = value.rsplit_once('@').map_or(value, |(l, _)| l);
    let first = ascii_fold(rng.pick(fake_first_names()));
    let last = ascii_fold(rng.pick(fake_surnames()));
    let local = if local.contains('.') {
        format!("{first}.{last}")
    } else if local.contains('_') {
        format!("{first}_{last}")
    } else if local.contains('-') {
        format!("{first}-{last}")
    } else {
        format!("{}{last}", &first[..first.len().min(1)])
    };
    // Domains reserved for examples (RFC 2606): a fake address never reaches anyone.
    let domain = rng.pick(&["example.com", "example.org", "example.net"]);
    format!("{local}@{domain}")
}

fn ip(value: &str, rng: &mut FakeRng) -> String {
    // Documentation ranges (RFC 5737, RFC 3849): never a real host.
    let v4 = |rng: &mut FakeRng| {
        let net = rng.pick(&["192.0.2", "198.51.100", "203.0.113"]);
        format!("{net}.{}", 1 + rng.below(254))
    };
    if !value.contains(':') {
        return v4(rng);
    }
    let upper = value.chars().any(|c| c.is_ascii_uppercase());
    let mut out = if value.contains('.') {
        format!("::ffff:{}", v4(rng))
    } else {
        let groups = value.split(':').filter(|g| !g.is_empty()).count();
        let compressed = value.contains("::");
        // 2001:db8::/32, with as many groups as the original (at most 8 in all).
        let random = if compressed {
            groups.saturating_sub(2).clamp(1, 5)
        } else {
            6
        };
        let tail: Vec<String> = (0..random)
            .map(|_| format!("{:x}", rng.below(0x10000)))
            .collect();
        let sep = if compressed { "::" } else { ":" };
        format!("2001:db8{sep}{}", tail.join(":"))
    };
    if upper {
        out = out.to_ascii_uppercase();
    }
    out
}

/// The one-word names of a list ("Le Roux" or "Marie-Claire" would change a name's shape).
fn list(text: &'static str) -> Vec<&'static str> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && l.chars().all(char::is_alphabetic))
        .collect()
}

fn fake_first_names() -> &'static [&'static str] {
    static LIST: OnceLock<Vec<&'static str>> = OnceLock::new();
    LIST.get_or_init(|| list(FAKE_FIRST_NAMES))
}

fn fake_surnames() -> &'static [&'static str] {
    static LIST: OnceLock<Vec<&'static str>> = OnceLock::new();
    LIST.get_or_init(|| list(FAKE_SURNAMES))
}

fn is_first_name(word: &str) -> bool {
    static SET: OnceLock<HashSet<String>> = OnceLock::new();
    SET.get_or_init(|| {
        FIRST_NAMES
            .lines()
            .map(|l| l.trim().to_lowercase())
            .collect()
    })
    .contains(&word.to_lowercase())
}

/// Words that are part of a name's shape, not of its identity: kept as they are.
const KEPT_WORDS: &[&str] = &[
    "m",
    "mme",
    "mlle",
    "mr",
    "mrs",
    "ms",
    "monsieur",
    "madame",
    "mademoiselle",
    "dr",
    "docteur",
    "me",
    "maître",
    "maitre",
    "pr",
    "professeur",
    "de",
    "du",
    "des",
    "la",
    "le",
    "les",
    "d",
    "l",
    "van",
    "von",
    "der",
    "di",
    "da",
    "et",
    "sarl",
    "sas",
    "sasu",
    "sa",
    "eurl",
    "sci",
    "snc",
    "scop",
    "scp",
    "selarl",
    "gie",
    "ei",
    "eirl",
    "cie",
    "fils",
    "frères",
    "freres",
    "associés",
    "associes",
    "groupe",
    "société",
    "societe",
    "ets",
    "établissements",
    "etablissements",
    "rue",
    "avenue",
    "av",
    "boulevard",
    "bd",
    "place",
    "pl",
    "chemin",
    "impasse",
    "allée",
    "allee",
    "route",
    "quai",
    "cours",
    "square",
    "bis",
    "ter",
    "cedex",
    "bp",
    "cs",
    "lieu",
    "dit",
    "résidence",
    "residence",
    "bâtiment",
    "batiment",
    "bât",
    "bat",
    "appartement",
    "apt",
];

/// Writes `fake` in the case pattern of `word`: ALL CAPS, lower case or Capitalised.
fn in_case_of(word: &str, fake: &str) -> String {
    let letters = word.chars().filter(|c| c.is_alphabetic());
    if word.chars().filter(|c| c.is_alphabetic()).count() > 1
        && letters.clone().all(char::is_uppercase)
    {
        fake.to_uppercase()
    } else if word.chars().next().is_some_and(char::is_lowercase) {
        fake.to_lowercase()
    } else {
        fake.to_string()
    }
}

/// Each word of a person's or company's name becomes a frequent first name or surname of the
/// same role and case; titles, particles and legal forms stay; initials stay initials.
fn name(value: &str, rng: &mut FakeRng) -> String {
    let mut out = String::with_capacity(value.len());
    let mut word_start = None;
    let flush = |word: &str, out: &mut String, rng: &mut FakeRng| {
        let lower = word.to_lowercase();
        if word.chars().all(|c| c.is_ascii_digit()) || KEPT_WORDS.contains(&lower.as_str()) {
            out.push_str(word);
        } else if word.chars().count() == 1 {
            let letter = (b'A' + rng.below(26) as u8) as char;
            out.push(letter);
        } else if is_first_name(word) {
            out.push_str(&in_case_of(word, rng.pick(fake_first_names())));
        } else {
            out.push_str(&in_case_of(word, rng.pick(fake_surnames())));
        }
    };
    for (i, c) in value.char_indices() {
        if c.is_alphanumeric() {
            word_start.get_or_insert(i);
        } else {
            if let Some(s) = word_start.take() {
                flush(&value[s..i], &mut out, rng);
            }
            out.push(c);
        }
    }
    if let Some(s) = word_start {
        flush(&value[s..], &mut out, rng);
    }
    // Restore recognises fakes of a few bytes at least: a one-letter name gets a surname.
    // Some surnames are short too ("Guy"): draw until one is long enough.
    for _ in 0..16 {
        if out.len() >= crate::restore::MIN_FAKE_LEN {
            break;
        }
        out = rng.pick(fake_surnames()).to_string();
    }
    out
}

/// Street types and connectors stay, numbers become other numbers (the first two digits of a
/// postal code, the department, stay), proper names become surnames.
fn address(value: &str, rng: &mut FakeRng) -> String {
    let mut out = String::with_capacity(value.len());
    let mut word_start = None;
    let flush = |word: &str, out: &mut String, rng: &mut FakeRng| {
        let lower = word.to_lowercase();
        if word.chars().all(|c| c.is_ascii_digit()) {
            let keep = if word.len() == 5 { 2 } else { 0 };
            for (i, c) in word.chars().enumerate() {
                out.push(if i < keep {
                    c
                } else if i == 0 {
                    (b'1' + rng.below(9) as u8) as char
                } else {
                    (b'0' + rng.digit()) as char
                });
            }
        } else if KEPT_WORDS.contains(&lower.as_str())
            || word.chars().next().is_some_and(char::is_lowercase)
        {
            out.push_str(word);
        } else {
            out.push_str(&in_case_of(word, rng.pick(fake_surnames())));
        }
    };
    for (i, c) in value.char_indices() {
        if c.is_alphanumeric() {
            word_start.get_or_insert(i);
        } else {
            if let Some(s) = word_start.take() {
                flush(&value[s..i], &mut out, rng);
            }
            out.push(c);
        }
    }
    if let Some(s) = word_start {
        flush(&value[s..], &mut out, rng);
    }
    out
}

/// Day, month and year become another plausible date; month names stay.
fn date(value: &str, rng: &mut FakeRng) -> String {
    let mut out = String::with_capacity(value.len());
    let mut numeric_runs = 0;
    let bytes = value.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i].is_ascii_digit() {
            let start = i;
            while i < bytes.len() && bytes[i].is_ascii_digit() {
                i += 1;
            }
            let width = i - start;
            let n = match (width, numeric_runs) {
                (4, _) => 1945 + rng.below(60),
                (_, 0) => 1 + rng.below(28),
                (_, 1) => 1 + rng.below(12),
                _ => rng.below(100),
            };
            numeric_runs += 1;
            out.push_str(&format!("{n:0width$}"));
        } else {
            let len = value[i..].chars().next().map_or(1, char::len_utf8);
            out.push_str(&value[i..i + len]);
            i += len;
        }
    }
    out
}

fn bic(value: &str, rng: &mut FakeRng) -> Option<String> {
    let a = alnum_upper(value);
    if a.len() != 8 && a.len() != 11 {
        return None;
    }
    let mut all = Vec::with_capacity(a.len());
    for _ in 0..4 {
        all.push(b'A' + rng.below(26) as u8);
    }
    all.extend_from_slice(&a[4..6]);
    for _ in 0..2 {
        all.push(b'A' + rng.below(26) as u8);
    }
    if a.len() == 11 {
        if &a[8..] == b"XXX" {
            all.extend_from_slice(b"XXX");
        } else {
            for _ in 0..3 {
                all.push(b'A' + rng.below(26) as u8);
            }
        }
    }
    reshape(value, &all)
}

fn secret(value: &str, rng: &mut FakeRng) -> String {
    // Well-known prefixes (AKIA, ghp_) say which service, not the secret.
    let keep = if value.chars().count() >= 20 { 4 } else { 0 };
    scramble(value, rng, keep)
}

/// Every ASCII letter and digit after the first `keep` characters replaced by a random one of
/// the same class; everything else kept.
fn scramble(value: &str, rng: &mut FakeRng, keep: usize) -> String {
    value
        .chars()
        .enumerate()
        .map(|(i, c)| {
            if i < keep {
                c
            } else if c.is_ascii_digit() {
                (b'0' + rng.digit()) as char
            } else if c.is_ascii_lowercase() {
                (b'a' + rng.below(26) as u8) as char
            } else if c.is_ascii_uppercase() {
                (b'A' + rng.below(26) as u8) as char
            } else {
                c
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fakes(kind: Kind, value: &str) -> Vec<String> {
        (0..20)
            .map(|attempt| {
                let mut rng = FakeRng::new(&[9; 32], &kind, value, attempt);
                fake(&kind, value, &mut rng).unwrap_or_else(|| panic!("no fake for {value}"))
            })
            .collect()
    }

    /// The shape of a value: each alphanumeric as `a` (letter) or `9` (digit), others kept.
    fn shape(s: &str) -> String {
        s.chars()
            .map(|c| {
                if c.is_ascii_digit() {
                    '9'
                } else if c.is_alphabetic() {
                    'a'
                } else {
                    c
                }
            })
            .collect()
    }

    #[test]
    fn identifiers_keep_shape_and_validity() {
        let table = [
            (Kind::Iban, "FR76 3000 6000 0112 3456 7890 189"),
            (Kind::Iban, "DE89370400440532013000"),
            (Kind::Iban, "fr7630006000011234567890189"),
            (Kind::Siren, "732 829 320"),
            (Kind::Siret, "73282932000074"),
            (Kind::VatFr, "FR44 732829320"),
            (Kind::Nir, "1 85 05 78 006 084 91"),
            (Kind::CreditCard, "4532 0151 1283 0366"),
            (Kind::Bic, "BNPAFRPPXXX"),
        ];
        for (kind, value) in table {
            for f in fakes(kind.clone(), value) {
                assert_eq!(shape(&f), shape(value), "{value} -> {f}");
                assert_ne!(f, value);
            }
        }
        let iban = &fakes(Kind::Iban, "FR76 3000 6000 0112 3456 7890 189")[0];
        assert!(iban.starts_with("FR"), "{iban}");
        let lower = &fakes(Kind::Iban, "fr7630006000011234567890189")[0];
        assert!(lower.starts_with("fr"), "{lower}");
    }

    #[test]
    fn contact_data_is_plausible_and_inert() {
        for f in fakes(Kind::Phone, "+33 6 12 34 56 78") {
            assert!(f.starts_with("+33 6 "), "{f}");
            assert_eq!(shape(&f), shape("+33 6 12 34 56 78"));
        }
        for f in fakes(Kind::Phone, "01.23.45.67.89") {
            assert!(f.starts_with("01.") && validate::phone_fr(&f), "{f}");
        }
        for f in fakes(Kind::Email, "jean.dupont@exemple.fr") {
            assert!(validate::email(&f) && f.contains('.'), "{f}");
            assert!(
                f.ends_with("@example.com")
                    || f.ends_with("@example.org")
                    || f.ends_with("@example.net")
            );
        }
        for f in fakes(Kind::IpAddress, "10.1.2.3") {
            assert!(validate::ipv4(&f), "{f}");
        }
        for v6 in ["2001:db8:85a3::8a2e:370:7334", "fe80::1", "::ffff:10.0.0.1"] {
            for f in fakes(Kind::IpAddress, v6) {
                assert!(validate::ipv6(&f), "{v6} -> {f}");
            }
        }
    }

    #[test]
    fn names_keep_their_shape() {
        for f in fakes(Kind::Person, "Mme Marie DUPONT") {
            let words: Vec<&str> = f.split(' ').collect();
            assert_eq!(words.len(), 3, "{f}");
            assert_eq!(words[0], "Mme");
            assert!(is_first_name(words[1]), "{f}");
            assert!(words[2].chars().all(|c| !c.is_lowercase()), "{f}");
        }
        for f in fakes(Kind::Person, "Jean-Pierre Martin") {
            assert!(f.contains('-') && !f.contains("Jean-Pierre Martin"), "{f}");
        }
        for f in fakes(Kind::Client, "Transports Lefèvre & Fils SARL") {
            assert!(f.ends_with(" & Fils SARL"), "{f}");
        }
        for f in fakes(Kind::DateOfBirth, "12/03/1985") {
            let parts: Vec<u32> = f.split('/').map(|p| p.parse().unwrap()).collect();
            assert!(
                parts[0] <= 28 && (1..=12).contains(&parts[1]) && parts[2] >= 1945,
                "{f}"
            );
        }
    }

    #[test]
    fn deterministic_per_secret() {
        let a = fake(
            &Kind::Iban,
            "FR7630006000011234567890189",
            &mut FakeRng::new(&[1; 32], &Kind::Iban, "x", 0),
        );
        let b = fake(
            &Kind::Iban,
            "FR7630006000011234567890189",
            &mut FakeRng::new(&[1; 32], &Kind::Iban, "x", 0),
        );
        let c = fake(
            &Kind::Iban,
            "FR7630006000011234567890189",
            &mut FakeRng::new(&[2; 32], &Kind::Iban, "x", 0),
        );
        assert_eq!(a, b);
        assert_ne!(a, c);
    }
}
