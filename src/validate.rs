//! Validators confirm candidates found by the regex pass: checksums, registries and shapes that
//! a regular expression cannot express. They run only on candidates, never on the whole text,
//! and never allocate: digits are gathered into fixed stack buffers.

use std::net::{Ipv4Addr, Ipv6Addr};
use std::str::FromStr;

/// A named check that a candidate must pass. Rules name validators in `patterns/*.toml`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Validator {
    Iban,
    Bic,
    Siren,
    Siret,
    VatFr,
    Nir,
    CreditCard,
    PhoneFr,
    PhoneIntl,
    Email,
    Ipv4,
    Ipv6,
    /// Luhn over the digits, whatever their count.
    Luhn,
    /// Shannon entropy of the candidate, in bits per character, at least this many tenths.
    Entropy(u8),
}

impl Validator {
    /// Every name accepted in a rule's `validator` field (entropy takes a suffix: `entropy:3.5`).
    pub const NAMES: &'static [&'static str] = &[
        "iban",
        "bic",
        "siren",
        "siret",
        "vat-fr",
        "nir",
        "credit-card",
        "phone-fr",
        "phone-intl",
        "email",
        "ipv4",
        "ipv6",
        "luhn",
        "entropy:<bits>",
    ];

    pub fn parse(name: &str) -> Option<Validator> {
        Some(match name {
            "iban" => Validator::Iban,
            "bic" => Validator::Bic,
            "siren" => Validator::Siren,
            "siret" => Validator::Siret,
            "vat-fr" => Validator::VatFr,
            "nir" => Validator::Nir,
            "credit-card" => Validator::CreditCard,
            "phone-fr" => Validator::PhoneFr,
            "phone-intl" => Validator::PhoneIntl,
            "email" => Validator::Email,
            "ipv4" => Validator::Ipv4,
            "ipv6" => Validator::Ipv6,
            "luhn" => Validator::Luhn,
            _ => {
                let bits: f64 = name.strip_prefix("entropy:")?.parse().ok()?;
                if !(0.0..=8.0).contains(&bits) {
                    return None;
                }
                Validator::Entropy((bits * 10.0).round() as u8)
            }
        })
    }

    pub fn check(self, candidate: &str) -> bool {
        match self {
            Validator::Iban => iban(candidate),
            Validator::Bic => bic(candidate),
            Validator::Siren => siren(candidate),
            Validator::Siret => siret(candidate),
            Validator::VatFr => vat_fr(candidate),
            Validator::Nir => nir(candidate),
            Validator::CreditCard => credit_card(candidate),
            Validator::PhoneFr => phone_fr(candidate),
            Validator::PhoneIntl => phone_intl(candidate),
            Validator::Email => email(candidate),
            Validator::Ipv4 => ipv4(candidate),
            Validator::Ipv6 => ipv6(candidate),
            Validator::Luhn => {
                let mut buf = Digits::new();
                buf.collect_digits(candidate) && luhn(buf.as_slice())
            }
            Validator::Entropy(tenths) => shannon_entropy(candidate) * 10.0 >= f64::from(tenths),
        }
    }
}

/// Up to 40 ASCII alphanumerics gathered from a candidate, separators skipped.
struct Digits {
    buf: [u8; 40],
    len: usize,
}

impl Digits {
    fn new() -> Digits {
        Digits {
            buf: [0; 40],
            len: 0,
        }
    }

    /// Gathers ASCII digits; any other alphanumeric fails. False when too long.
    fn collect_digits(&mut self, s: &str) -> bool {
        for b in s.bytes() {
            if b.is_ascii_digit() {
                if self.len == self.buf.len() {
                    return false;
                }
                self.buf[self.len] = b - b'0';
                self.len += 1;
            } else if b.is_ascii_alphabetic() {
                return false;
            }
        }
        true
    }

    /// Gathers ASCII alphanumerics upper-cased, as bytes. False when too long.
    fn collect_alnum(&mut self, s: &str) -> bool {
        for b in s.bytes() {
            if b.is_ascii_alphanumeric() {
                if self.len == self.buf.len() {
                    return false;
                }
                self.buf[self.len] = b.to_ascii_uppercase();
                self.len += 1;
            }
        }
        true
    }

    fn as_slice(&self) -> &[u8] {
        &self.buf[..self.len]
    }
}

/// Luhn over digit values (0–9), as used by SIREN, SIRET and payment cards.
pub fn luhn(digits: &[u8]) -> bool {
    if digits.is_empty() {
        return false;
    }
    let mut sum = 0u32;
    for (i, &d) in digits.iter().rev().enumerate() {
        let mut v = u32::from(d);
        if i % 2 == 1 {
            v *= 2;
            if v > 9 {
                v -= 9;
            }
        }
        sum += v;
    }
    sum.is_multiple_of(10)
}

fn number_mod(digits: &[u8], m: u64) -> u64 {
    digits
        .iter()
        .fold(0u64, |acc, &d| (acc * 10 + u64::from(d)) % m)
}

/// ISO 13616 registry: country code and total IBAN length.
const IBAN_LENGTHS: &[(&[u8; 2], usize)] = &[
    (b"AD", 24),
    (b"AE", 23),
    (b"AL", 28),
    (b"AT", 20),
    (b"AZ", 28),
    (b"BA", 20),
    (b"BE", 16),
    (b"BG", 22),
    (b"BH", 22),
    (b"BI", 27),
    (b"BR", 29),
    (b"BY", 28),
    (b"CH", 21),
    (b"CR", 22),
    (b"CY", 28),
    (b"CZ", 24),
    (b"DE", 22),
    (b"DJ", 27),
    (b"DK", 18),
    (b"DO", 28),
    (b"EE", 20),
    (b"EG", 29),
    (b"ES", 24),
    (b"FI", 18),
    (b"FK", 18),
    (b"FO", 18),
    (b"FR", 27),
    (b"GB", 22),
    (b"GE", 22),
    (b"GI", 23),
    (b"GL", 18),
    (b"GR", 27),
    (b"GT", 28),
    (b"HN", 28),
    (b"HR", 21),
    (b"HU", 28),
    (b"IE", 22),
    (b"IL", 23),
    (b"IQ", 23),
    (b"IS", 26),
    (b"IT", 27),
    (b"JO", 30),
    (b"KW", 30),
    (b"KZ", 20),
    (b"LB", 28),
    (b"LC", 32),
    (b"LI", 21),
    (b"LT", 20),
    (b"LU", 20),
    (b"LV", 21),
    (b"LY", 25),
    (b"MC", 27),
    (b"MD", 24),
    (b"ME", 22),
    (b"MK", 19),
    (b"MN", 20),
    (b"MR", 27),
    (b"MT", 31),
    (b"MU", 30),
    (b"NI", 28),
    (b"NL", 18),
    (b"NO", 15),
    (b"OM", 23),
    (b"PK", 24),
    (b"PL", 28),
    (b"PS", 29),
    (b"PT", 25),
    (b"QA", 29),
    (b"RO", 24),
    (b"RS", 22),
    (b"RU", 33),
    (b"SA", 24),
    (b"SC", 31),
    (b"SD", 18),
    (b"SE", 24),
    (b"SI", 19),
    (b"SK", 24),
    (b"SM", 27),
    (b"SO", 23),
    (b"ST", 25),
    (b"SV", 28),
    (b"TL", 23),
    (b"TN", 24),
    (b"TR", 26),
    (b"UA", 29),
    (b"VA", 22),
    (b"VG", 24),
    (b"XK", 20),
    (b"YE", 30),
];

/// The registered IBAN length of a country, if the country uses IBANs.
pub fn iban_length(country: &[u8]) -> Option<usize> {
    let len = IBAN_LENGTH_BY_CODE[pair_index(country)?];
    (len != 0).then_some(usize::from(len))
}

/// The index of a two-letter upper-case code in a 26 × 26 table.
fn pair_index(code: &[u8]) -> Option<usize> {
    match code {
        [a @ b'A'..=b'Z', b @ b'A'..=b'Z'] => {
            Some(usize::from(a - b'A') * 26 + usize::from(b - b'A'))
        }
        _ => None,
    }
}

/// [`IBAN_LENGTHS`] as a table by code (0: not a registry country): validators run on every
/// candidate, and a search of the list cost more than the checksum.
const IBAN_LENGTH_BY_CODE: [u8; 676] = {
    let mut table = [0u8; 676];
    let mut i = 0;
    while i < IBAN_LENGTHS.len() {
        let (code, len) = IBAN_LENGTHS[i];
        table[(code[0] - b'A') as usize * 26 + (code[1] - b'A') as usize] = len as u8;
        i += 1;
    }
    table
};

/// ISO 13616: registered country and length, check digits 02–98, mod 97 = 1.
pub fn iban(candidate: &str) -> bool {
    let mut d = Digits::new();
    if !d.collect_alnum(candidate) {
        return false;
    }
    let s = d.as_slice();
    if s.len() < 15 || !s[0].is_ascii_alphabetic() || !s[1].is_ascii_alphabetic() {
        return false;
    }
    if iban_length(&s[..2]) != Some(s.len()) || !s[2].is_ascii_digit() || !s[3].is_ascii_digit() {
        return false;
    }
    let check = (s[2] - b'0') * 10 + (s[3] - b'0');
    if !(2..=98).contains(&check) {
        return false;
    }
    let rest = mod97(&s[4..], 0);
    mod97(&s[..4], rest) == 1
}

/// `rem` followed by the digits of `chars` (letters count as two digits, A = 10), mod 97.
/// Reduced only when the accumulator nears 10^16, not after every character: the same
/// remainder for a fraction of the divisions.
fn mod97(chars: &[u8], rem: u64) -> u64 {
    let mut acc = rem;
    for &c in chars {
        acc = if c.is_ascii_digit() {
            acc * 10 + u64::from(c - b'0')
        } else {
            acc * 100 + u64::from(c.wrapping_sub(b'A').wrapping_add(10))
        };
        if acc >= 10_000_000_000_000_000 {
            acc %= 97;
        }
    }
    acc % 97
}

/// ISO 3166-1 alpha-2 codes, concatenated.
const ISO_COUNTRIES: &[u8] =
    b"ADAEAFAGAIALAMAOAQARASATAUAWAXAZBABBBDBEBFBGBHBIBJBLBMBNBOBQBRBSBTBVBWBYBZ\
CACCCDCFCGCHCICKCLCMCNCOCRCUCVCWCXCYCZDEDJDKDMDODZECEEEGEHERESETFIFJFKFMFOFRGAGBGDGEGFGGGHGIGLGMGN\
GPGQGRGSGTGUGWGYHKHMHNHRHTHUIDIEILIMINIOIQIRISITJEJMJOJPKEKGKHKIKMKNKPKRKWKYKZLALBLCLILKLRLSLTLULV\
LYMAMCMDMEMFMGMHMKMLMMMNMOMPMQMRMSMTMUMVMWMXMYMZNANCNENFNGNINLNONPNRNUNZOMPAPEPFPGPHPKPLPMPNPRPSPT\
PWPYQARERORSRURWSASBSCSDSESGSHSISJSKSLSMSNSOSRSSSTSVSXSYSZTCTDTFTGTHTJTKTLTMTNTOTRTTTVTWTZUAUGUMUS\
UYUZVAVCVEVGVIVNVUWFWSXKYEYTZAZMZW";

pub fn is_iso_country(code: &[u8]) -> bool {
    pair_index(code).is_some_and(|i| IS_ISO_COUNTRY[i])
}

/// [`ISO_COUNTRIES`] as a table by code, for the same reason as [`IBAN_LENGTH_BY_CODE`].
const IS_ISO_COUNTRY: [bool; 676] = {
    let mut table = [false; 676];
    let mut i = 0;
    while i < ISO_COUNTRIES.len() {
        table[(ISO_COUNTRIES[i] - b'A') as usize * 26 + (ISO_COUNTRIES[i + 1] - b'A') as usize] =
            true;
        i += 2;
    }
    table
};

/// BIC (ISO 9362): 4 letters, an ISO country, 2 alphanumerics, optional 3-character branch.
pub fn bic(candidate: &str) -> bool {
    let s = candidate.as_bytes();
    (s.len() == 8 || s.len() == 11)
        && s[..6].iter().all(u8::is_ascii_uppercase)
        && s[6..]
            .iter()
            .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit())
        && is_iso_country(&s[4..6])
}

pub fn siren(candidate: &str) -> bool {
    let mut d = Digits::new();
    d.collect_digits(candidate) && d.len == 9 && siren_digits(d.as_slice())
}

fn siren_digits(d: &[u8]) -> bool {
    d.len() == 9 && d.iter().any(|&x| x != 0) && luhn(d)
}

/// The SIREN of La Poste, whose establishments' SIRETs follow a digit-sum rule instead of Luhn.
const LA_POSTE_SIREN: [u8; 9] = [3, 5, 6, 0, 0, 0, 0, 0, 0];

pub fn siret(candidate: &str) -> bool {
    let mut d = Digits::new();
    if !d.collect_digits(candidate) || d.len != 14 {
        return false;
    }
    let s = d.as_slice();
    if s[..9] == LA_POSTE_SIREN {
        let sum: u32 = s.iter().map(|&x| u32::from(x)).sum();
        return sum.is_multiple_of(5) || luhn(s);
    }
    siren_digits(&s[..9]) && luhn(s)
}

/// French VAT number: FR + key + SIREN, the numeric key being (12 + 3 × (SIREN mod 97)) mod 97.
/// Alphanumeric keys (older scheme) are accepted when the SIREN is valid.
pub fn vat_fr(candidate: &str) -> bool {
    let mut d = Digits::new();
    if !d.collect_alnum(candidate) {
        return false;
    }
    let s = d.as_slice();
    if s.len() != 13 || &s[..2] != b"FR" || !s[4..].iter().all(u8::is_ascii_digit) {
        return false;
    }
    let mut siren = [0u8; 9];
    for (dst, &c) in siren.iter_mut().zip(&s[4..]) {
        *dst = c - b'0';
    }
    if !siren_digits(&siren) {
        return false;
    }
    let (k1, k2) = (s[2], s[3]);
    if k1.is_ascii_digit() && k2.is_ascii_digit() {
        let key = u64::from(k1 - b'0') * 10 + u64::from(k2 - b'0');
        key == (12 + 3 * (number_mod(&siren, 97))) % 97
    } else {
        // The old scheme excludes the letters I and O.
        k1.is_ascii_alphanumeric() && k2.is_ascii_alphanumeric() && !matches!(k1, b'I' | b'O')
    }
}

/// French NIR: sex, year, month, department (2A/2B for Corsica), commune, order, key.
pub fn nir(candidate: &str) -> bool {
    let mut d = Digits::new();
    if !d.collect_alnum(candidate) {
        return false;
    }
    let s = d.as_slice();
    if s.len() != 15 {
        return false;
    }
    let mut n = [0u8; 13];
    for (i, &c) in s[..13].iter().enumerate() {
        n[i] = match (i, c) {
            (_, b'0'..=b'9') => c - b'0',
            // Corsica: the letter stands in the department's second character.
            (6, b'A') | (6, b'B') if s[5] == b'2' => 0,
            _ => return false,
        };
    }
    if !s[13].is_ascii_digit() || !s[14].is_ascii_digit() {
        return false;
    }
    if !matches!(n[0], 1 | 2 | 3 | 4 | 7 | 8) {
        return false;
    }
    let month = n[3] * 10 + n[4];
    if !(matches!(month, 1..=12 | 20 | 30..=42) || month >= 50) {
        return false;
    }
    let department = &s[5..7];
    if department == b"00" {
        return false;
    }
    // Corsica's departments count as 19 (2A) and 18 (2B) in the key's computation.
    let value = match s[6] {
        b'A' | b'B' => {
            let mut digits = n;
            digits[5] = 1;
            digits[6] = if s[6] == b'A' { 9 } else { 8 };
            number_mod(&digits, 97)
        }
        _ => number_mod(&n, 97),
    };
    let key = u64::from(s[13] - b'0') * 10 + u64::from(s[14] - b'0');
    key == 97 - value
}

/// Payment card: Luhn, a known issuer prefix and a length that issuer uses.
pub fn credit_card(candidate: &str) -> bool {
    let mut d = Digits::new();
    if !d.collect_digits(candidate) {
        return false;
    }
    let s = d.as_slice();
    let len = s.len();
    if !(13..=19).contains(&len) || !luhn(s) {
        return false;
    }
    let prefix = |n: usize| number_mod(&s[..n], u64::MAX);
    let p2 = prefix(2);
    let p3 = prefix(3);
    let p4 = prefix(4);
    match s[0] {
        // 13-digit Visa numbers are no longer issued; 13-digit references are common.
        4 => matches!(len, 16 | 19),
        5 => (51..=55).contains(&p2) && len == 16 || matches!(p2, 50 | 56..=59) && len >= 12,
        2 => (2221..=2720).contains(&p4) && len == 16,
        3 => {
            matches!(p2, 34 | 37) && len == 15
                || (3528..=3589).contains(&p4) && len >= 16
                || ((300..=305).contains(&p3) || matches!(p2, 36 | 38 | 39)) && len >= 14
        }
        6 => {
            p4 == 6011
                || (644..=649).contains(&p3)
                || p2 == 65
                || p2 == 62
                || (60..=69).contains(&p2)
        }
        _ => false,
    }
}

/// French numbering plan, national (0X…) or international (+33 / 0033, optional "(0)").
pub fn phone_fr(candidate: &str) -> bool {
    let mut d = Digits::new();
    if !d.collect_digits(candidate) {
        return false;
    }
    let s = d.as_slice();
    let international = candidate.starts_with('+') || candidate.starts_with("00");
    let national: &[u8] = if international {
        let rest = if candidate.starts_with('+') {
            s
        } else {
            &s[2..]
        };
        let Some(rest) = rest.strip_prefix(&[3, 3]) else {
            return false;
        };
        // "+33 (0)1 …": the trunk zero written in brackets.
        if rest.len() == 10 && rest[0] == 0 && candidate.contains("(0)") {
            &rest[1..]
        } else {
            rest
        }
    } else {
        match s.strip_prefix(&[0]) {
            Some(rest) => rest,
            None => return false,
        }
    };
    national.len() == 9 && (1..=9).contains(&national[0])
}

/// An international number written with "+": country code then 7 to 14 more digits (E.164).
pub fn phone_intl(candidate: &str) -> bool {
    if !candidate.starts_with('+') {
        return false;
    }
    let mut d = Digits::new();
    d.collect_digits(candidate) && (8..=15).contains(&d.len) && d.buf[0] != 0
}

/// Shape checks beyond the regex: dotted labels, a letter TLD.
pub fn email(candidate: &str) -> bool {
    // Byte by byte, one pass over the domain: this runs on every '@' of a text, and the
    // `str` pattern searchers (split, rsplit, rsplit_once) cost several times more.
    let bytes = candidate.as_bytes();
    let Some(at) = memchr::memrchr(b'@', bytes) else {
        return false;
    };
    let (local, domain) = (&bytes[..at], &bytes[at + 1..]);
    if local.is_empty()
        || local[0] == b'.'
        || local[local.len() - 1] == b'.'
        || local.windows(2).any(|w| w == b"..")
        || domain.len() > 253
    {
        return false;
    }
    let mut labels = 0;
    let (mut label_start, mut last_label_start) = (0, 0);
    for end in memchr::memchr_iter(b'.', domain).chain(std::iter::once(domain.len())) {
        let label = &domain[label_start..end];
        if label.is_empty()
            || label[0] == b'-'
            || label[label.len() - 1] == b'-'
            || label.len() > 63
        {
            return false;
        }
        labels += 1;
        last_label_start = label_start;
        label_start = end + 1;
    }
    // The last label (after a '.', so at a character boundary): letters only, accented
    // ones too.
    let tld = &candidate[at + 1 + last_label_start..];
    labels >= 2
        && tld.len() >= 2
        && if tld.is_ascii() {
            tld.bytes().all(|b| b.is_ascii_alphabetic())
        } else {
            tld.chars().all(char::is_alphabetic)
        }
}

pub fn ipv4(candidate: &str) -> bool {
    // The standard parser already refuses leading zeros and octets above 255.
    Ipv4Addr::from_str(candidate).is_ok()
}

pub fn ipv6(candidate: &str) -> bool {
    // Without "::" and without an IPv4 tail, an address is eight groups, seven colons: the
    // parser refuses anything else, but only after reading it. Most candidates are times of
    // day ("17:11:48", "2024:12:23:37" in logs), which this settles on bytes.
    let bytes = candidate.as_bytes();
    if bytes.iter().filter(|&&b| b == b':').count() != 7
        && !bytes.contains(&b'.')
        && !bytes.windows(2).any(|w| w == b"::")
    {
        return false;
    }
    // At least two non-empty groups: "::", "::1" or "77::" identify no one, and the partial
    // mask, which shows the first group, would show all of such a value (found by fuzzing).
    candidate.contains(':')
        && candidate.split(':').filter(|g| !g.is_empty()).count() >= 2
        && Ipv6Addr::from_str(candidate).is_ok()
}

/// Shannon entropy in bits per byte.
///
/// The terms are summed in byte order, as a walk over all 256 counts would, so the result is
/// the same to the last bit; but only the bytes present are visited (a bit set of them), and
/// each count's term is worked out once: a secret's distinct bytes mostly occur once or
/// twice, and the logarithm of each was most of the entropy check of a 40-byte token.
pub fn shannon_entropy(s: &str) -> f64 {
    if s.is_empty() {
        return 0.0;
    }
    let mut counts = [0u32; 256];
    let mut present = [0u64; 4];
    for b in s.bytes() {
        counts[usize::from(b)] += 1;
        present[usize::from(b >> 6)] |= 1 << (b & 63);
    }
    let len = s.len() as f64;
    let term = |c: u32| {
        let p = f64::from(c) / len;
        -p * p.log2()
    };
    // The terms of counts 1 to 8, once worked out.
    let mut known = [None::<f64>; 8];
    let mut term_of = |c: u32| match known.get_mut(c as usize - 1) {
        Some(slot) => *slot.get_or_insert_with(|| term(c)),
        None => term(c),
    };
    present
        .into_iter()
        .enumerate()
        .flat_map(|(word, mut bits)| {
            std::iter::from_fn(move || {
                let bit = bits.trailing_zeros() as usize;
                (bits != 0).then(|| {
                    bits &= bits - 1;
                    word * 64 + bit
                })
            })
        })
        .map(|b| term_of(counts[b]))
        .sum()
}

/// The entropy as first written, over all 256 counts: the reference of the tests.
#[cfg(test)]
fn shannon_entropy_reference(s: &str) -> f64 {
    if s.is_empty() {
        return 0.0;
    }
    let mut counts = [0u32; 256];
    for b in s.bytes() {
        counts[usize::from(b)] += 1;
    }
    let len = s.len() as f64;
    counts
        .iter()
        .filter(|&&c| c > 0)
        .map(|&c| {
            let p = f64::from(c) / len;
            -p * p.log2()
        })
        .sum()
}

/// Helpers that compute check digits, for tests and generators that need valid numbers.
pub mod compute {
    /// The digit to append so that the whole number passes Luhn.
    pub fn luhn_check_digit(digits: &[u8]) -> u8 {
        (0..10)
            .find(|&c| {
                let mut v = digits.to_vec();
                v.push(c);
                super::luhn(&v)
            })
            .unwrap_or(0)
    }

    /// The two IBAN check digits for a country and BBAN.
    pub fn iban_check_digits(country: &str, bban: &str) -> u8 {
        let mut rem: u64 = 0;
        for c in bban.bytes().chain(country.bytes()).chain(*b"00") {
            let c = c.to_ascii_uppercase();
            rem = if c.is_ascii_digit() {
                (rem * 10 + u64::from(c - b'0')) % 97
            } else {
                (rem * 100 + u64::from(c - b'A' + 10)) % 97
            };
        }
        (98 - rem) as u8
    }

    pub fn vat_fr_key(siren: u64) -> u64 {
        (12 + 3 * (siren % 97)) % 97
    }

    /// The NIR key of its first 13 characters (Corsica's 2A/2B allowed).
    pub fn nir_key(first13: &str) -> u64 {
        let replaced = first13.replace("2A", "19").replace("2B", "18");
        let n: u64 = replaced.parse().unwrap_or(0);
        97 - n % 97
    }
}

#[cfg(test)]
mod tests {
    use super::compute::*;
    use super::*;

    /// The lookup tables say what the lists say, for every pair of bytes.
    #[test]
    fn country_tables_agree_with_the_lists() {
        for a in 0..=255u8 {
            for b in 0..=255u8 {
                let code = [a, b];
                let listed_length = IBAN_LENGTHS
                    .iter()
                    .find(|(cc, _)| cc.as_slice() == code)
                    .map(|&(_, len)| len);
                assert_eq!(iban_length(&code), listed_length, "{code:?}");
                let listed = ISO_COUNTRIES.chunks(2).any(|c| c == code);
                assert_eq!(is_iso_country(&code), listed, "{code:?}");
            }
        }
        assert_eq!(iban_length(b"F"), None);
        assert!(!is_iso_country(b"FRA"));
    }

    fn digits_of(s: &str) -> Vec<u8> {
        s.bytes().map(|b| b - b'0').collect()
    }

    fn with_luhn(prefix: &str) -> String {
        format!("{prefix}{}", luhn_check_digit(&digits_of(prefix)))
    }

    /// Corrupts one digit (changing the checksum) at every position, for negative cases.
    fn corruptions(valid: &str) -> Vec<String> {
        let mut out = Vec::new();
        for (i, b) in valid.bytes().enumerate() {
            if b.is_ascii_digit() {
                let mut v = valid.as_bytes().to_vec();
                v[i] = b'0' + (b - b'0' + 1) % 10;
                out.push(String::from_utf8(v).unwrap());
            }
        }
        out
    }

    #[test]
    fn iban_valid_and_corrupted() {
        let cases = [
            ("FR", "30006000011234567890189"),
            ("DE", "370400440532013000"),
            ("GB", "NWBK60161331926819"),
            ("ES", "21000418450200051332"),
            ("IT", "X0542811101000000123456"),
            ("BE", "539007547034"),
            ("NL", "ABNA0417164300"),
            ("CH", "00762011623852957"),
            ("LU", "0019400644750000"),
            ("MC", "11222000010123456789030"),
            ("PT", "000201231234567890154"),
            ("NO", "86011117947"),
        ];
        for (cc, bban) in cases {
            let check = iban_check_digits(cc, bban);
            let valid = format!("{cc}{check:02}{bban}");
            assert!(iban(&valid), "{valid}");
            assert!(iban(&valid.to_lowercase()), "{valid} lower case");
            let grouped: Vec<String> = valid
                .as_bytes()
                .chunks(4)
                .map(|c| String::from_utf8(c.to_vec()).unwrap())
                .collect();
            assert!(iban(&grouped.join(" ")));
            assert!(iban(&grouped.join("\u{a0}")));
            assert!(iban(&grouped.join("-")));
            for bad in corruptions(&valid) {
                assert!(!iban(&bad), "{bad} should fail");
            }
        }
        // Known public example, and wrong lengths / unknown countries.
        assert!(iban("FR76 3000 6000 0112 3456 7890 189"));
        assert!(!iban("FR76 3000 6000 0112 3456 7890 18"));
        assert!(!iban("QQ76 3000 6000 0112 3456 7890 189"));
        // Check digits 00, 01 and 99 never occur.
        assert!(!iban("FR00 3000 6000 0112 3456 7890 189"));
    }

    #[test]
    fn siren_siret_vat() {
        for prefix in ["73282932", "55208131", "40483304", "12345678", "98765432"] {
            let s = with_luhn(prefix);
            assert!(siren(&s), "{s}");
            assert!(siren(&format!("{} {} {}", &s[..3], &s[3..6], &s[6..])));
            for bad in corruptions(&s) {
                assert!(!siren(&bad), "{bad}");
            }
            let siret_valid = with_luhn(&format!("{s}0001"));
            assert!(siret(&siret_valid), "{siret_valid}");
            for bad in corruptions(&siret_valid) {
                assert!(!siret(&bad), "{bad}");
            }
            let n: u64 = s.parse().unwrap();
            let vat = format!("FR{:02}{s}", vat_fr_key(n));
            assert!(vat_fr(&vat), "{vat}");
            assert!(vat_fr(&format!("FR {:02} {s}", vat_fr_key(n))));
            let wrong = format!("FR{:02}{s}", (vat_fr_key(n) + 1) % 97);
            assert!(!vat_fr(&wrong), "{wrong}");
        }
        assert!(!siren("000000000"));
        // La Poste: SIRET by digit sum, Luhn not required.
        assert!(siret("35600000000048"), "La Poste head office, Luhn-valid");
        assert!(siret("35600000000010"), "digit sum 15, not Luhn-valid");
        assert!(!siret("35600000000011"), "digit sum 16, not Luhn-valid");
    }

    #[test]
    fn nir_valid_and_corrupted() {
        for first13 in [
            "1850578006084",
            "2920375123456",
            "1690899123987",
            "2781275456123",
        ] {
            let key = nir_key(first13);
            let valid = format!("{first13}{key:02}");
            assert!(nir(&valid), "{valid}");
            for bad in corruptions(&valid) {
                assert!(!nir(&bad), "{bad}");
            }
        }
        for first13 in ["185052A006084", "292032B123456"] {
            let valid = format!("{first13}{:02}", nir_key(first13));
            assert!(nir(&valid), "{valid}");
        }
        assert!(nir(&format!(
            "1 85 05 78 006 084 {:02}",
            nir_key("1850578006084")
        )));
        // Implausible sex digit or month.
        let bad_sex = format!("5850578006084{:02}", nir_key("5850578006084"));
        assert!(!nir(&bad_sex));
        let bad_month = format!("1851378006084{:02}", nir_key("1851378006084"));
        assert!(!nir(&bad_month));
    }

    #[test]
    fn cards() {
        for prefix in [
            "453201511283036",
            "555555555555444",
            "222100000000000",
            "37828224631000",
        ] {
            let valid = with_luhn(prefix);
            assert!(credit_card(&valid), "{valid}");
            for bad in corruptions(&valid) {
                assert!(!credit_card(&bad), "{bad}");
            }
        }
        assert!(credit_card("4532 0151 1283 0366"));
        // Luhn-valid but no issuer starts with 9 or 1.
        let no_issuer = with_luhn("912345678901234");
        assert!(!credit_card(&no_issuer));
    }

    #[test]
    fn phones() {
        let table = [
            ("06 12 34 56 78", true),
            ("06.12.34.56.78", true),
            ("06-12-34-56-78", true),
            ("0612345678", true),
            ("+33 6 12 34 56 78", true),
            ("+33 (0)1 23 45 67 89", true),
            ("0033 6 12 34 56 78", true),
            ("+33612345678", true),
            ("00 12 34 56 78", false),
            ("06 12 34 56 7", false),
            ("+44 6 12 34 56 78", false),
        ];
        for (candidate, expected) in table {
            assert_eq!(phone_fr(candidate), expected, "{candidate}");
        }
        assert!(phone_intl("+49 30 1234567"));
        assert!(phone_intl("+44 20 7946 0958"));
        assert!(!phone_intl("+0 12 345"));
    }

    /// The e-mail check as it was written on `str` before the byte version.
    fn email_by_str(candidate: &str) -> bool {
        let Some((local, domain)) = candidate.rsplit_once('@') else {
            return false;
        };
        if local.is_empty()
            || local.starts_with('.')
            || local.ends_with('.')
            || local.contains("..")
            || domain.len() > 253
        {
            return false;
        }
        let mut labels = 0;
        for label in domain.split('.') {
            if label.is_empty()
                || label.starts_with('-')
                || label.ends_with('-')
                || label.len() > 63
            {
                return false;
            }
            labels += 1;
        }
        let tld = domain.rsplit('.').next().unwrap_or("");
        labels >= 2 && tld.len() >= 2 && tld.chars().all(char::is_alphabetic)
    }

    proptest::proptest! {
        #[test]
        fn mod97_agrees_with_a_division_per_character(chars in "[0-9A-Z]{0,40}", rem in 0u64..97) {
            let mut expected = rem;
            for c in chars.bytes() {
                expected = if c.is_ascii_digit() {
                    (expected * 10 + u64::from(c - b'0')) % 97
                } else {
                    (expected * 100 + u64::from(c - b'A' + 10)) % 97
                };
            }
            proptest::prop_assert_eq!(mod97(chars.as_bytes(), rem), expected);
        }

        #[test]
        fn email_check_agrees_with_the_str_version(
            candidate in "[a.@é-]{0,6}(@[a-zé.-]{0,8}){0,2}[.]?[a-zé1]{0,4}"
        ) {
            proptest::prop_assert_eq!(email(&candidate), email_by_str(&candidate), "{:?}", candidate);
        }
    }

    #[test]
    fn email_check_agrees_with_the_str_version_on_edge_cases() {
        let long_label = format!("a@{}.fr", "b".repeat(64));
        let long_domain = format!("a@{}fr", "abcdefgh.".repeat(29));
        for candidate in [
            "",
            "@",
            "a@",
            "@b.fr",
            "a@b.fr",
            "a@.fr",
            "a@b.",
            "a@b..fr",
            "a..b@c.fr",
            "a.@c.fr",
            "a@b@c.fr",
            "a@-b.fr",
            "a@b-.fr",
            "a@b.f",
            "a@b.fr1",
            "a@b.été",
            "a@b.é",
            "élodie.lefèvre@compta.paris.exemple.fr",
            long_label.as_str(),
            long_domain.as_str(),
        ] {
            assert_eq!(email(candidate), email_by_str(candidate), "{candidate:?}");
        }
    }

    #[test]
    fn emails_and_ips() {
        assert!(email("élodie.lefèvre@compta.paris.exemple.fr"));
        assert!(email("a+tag@b.io"));
        assert!(!email("a@b"));
        assert!(!email(".a@b.fr"));
        assert!(!email("a@b.123"));
        assert!(ipv4("192.168.1.10"));
        assert!(!ipv4("192.168.01.10"));
        assert!(!ipv4("256.1.1.1"));
        assert!(ipv6("2001:db8::1"));
        assert!(ipv6("::ffff:192.0.2.1"));
        assert!(ipv6("fe80:0000:0000:0000:0202:b3ff:fe1e:8329"));
        assert!(!ipv6("12:30:45"));
        assert!(!ipv6("00:1A:2B:3C:4D:5E"));
    }

    /// The shortcut before the parser refuses only what the parser refused.
    #[test]
    fn ipv6_answers_as_the_parser_alone() {
        fn parser_alone(candidate: &str) -> bool {
            candidate.contains(':')
                && candidate.split(':').filter(|g| !g.is_empty()).count() >= 2
                && Ipv6Addr::from_str(candidate).is_ok()
        }
        let pieces = [
            "0",
            "1",
            "fe80",
            "db8",
            "ffff",
            "12",
            "a",
            ":",
            ":",
            ":",
            "::",
            ".",
            "192.0.2.1",
            "2001",
            "FFFF",
            "g",
            "1:2:3:4:5:6:7:8",
            "00:1A",
        ];
        let mut rng = crate::test_rng::TestRng(97);
        let mut valid = 0;
        for _ in 0..200_000 {
            let candidate = rng.pieces(&pieces, 16);
            let expected = parser_alone(&candidate);
            assert_eq!(ipv6(&candidate), expected, "{candidate:?}");
            valid += usize::from(expected);
        }
        assert!(valid > 1000, "{valid}");
    }

    #[test]
    fn bic_shape_and_country() {
        assert!(bic("BNPAFRPP"));
        assert!(bic("BNPAFRPPXXX"));
        assert!(bic("DEUTDEFF500"));
        // "BUSINESS" has a BIC's shape (NE is Niger): only context tells it apart.
        assert!(bic("BUSINESS"));
        assert!(!bic("URGENTES"));
        assert!(!bic("ABCDQQPP"));
        assert!(!bic("BNPAFRP"));
    }

    #[test]
    fn entropy() {
        assert!(shannon_entropy("aaaaaaaa") < 0.1);
        // Bit for bit the sum over all 256 counts, on values of every length and spread.
        let mut rng = crate::test_rng::TestRng(0x0e47_2091);
        const PIECES: &[&str] = &[
            "a", "b", "Z", "9", "é", "/", "+", "\u{ff}", "ab", "xyz", "€",
        ];
        for value in ["", "a", "ab", "aab", "\u{0}\u{7f}"]
            .into_iter()
            .map(String::from)
            .chain((0..20_000).map(|_| rng.pieces(PIECES, 60)))
        {
            assert_eq!(
                shannon_entropy(&value).to_bits(),
                shannon_entropy_reference(&value).to_bits(),
                "{value:?}"
            );
        }
        assert!(shannon_entropy("wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY") > 4.0);
        assert_eq!(
            Validator::parse("entropy:3.5"),
            Some(Validator::Entropy(35))
        );
        assert_eq!(Validator::parse("entropy:x"), None);
        assert_eq!(Validator::parse("nope"), None);
    }
}
