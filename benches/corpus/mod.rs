//! A deterministic corpus of realistic French business documents, for benches, recall tests
//! and the `gen_corpus` example.
//!
//! Included with `#[path = "../benches/corpus/mod.rs"] mod corpus;` so that it needs no crate
//! of its own: std only, its own PRNG (splitmix64), the same output for the same seed on every
//! platform.
//!
//! [`generate`] writes varied documents (invoices, e-mails, HR notes, minutes, logs, configs…)
//! built from templates, and plants valid identifiers in them (check digits computed), counting
//! each one in [`Corpus::planted`] and recording its exact span in [`Corpus::spans`]. It also
//! writes look-alikes that a detector must leave alone (invoice and order numbers, amounts,
//! dates, times, postcodes, product references, masked cards, versions, all-caps words); those
//! are not counted. [`generate_prose`] writes business prose with nothing sensitive in it, to
//! measure throughput and false positives on clean text.
//!
//! Every planted value stands alone (a space, punctuation or line break on each side) and is
//! never separated from another number by a single space, so that the expected count is
//! unambiguous.
#![allow(dead_code)]

use std::collections::{BTreeMap, HashSet};

/// A generated corpus and what was planted in it.
pub struct Corpus {
    pub text: String,
    /// How many values of each kind were planted (kinds as `caviard::Kind::as_str` names).
    pub planted: BTreeMap<&'static str, usize>,
    /// Where each planted value is, in the order written.
    pub spans: Vec<Planted>,
}

/// One planted value: its kind and byte span in [`Corpus::text`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Planted {
    pub kind: &'static str,
    pub start: usize,
    pub end: usize,
}

/// Kinds checked by checksums or strict shapes: the engine must find exactly what was planted.
pub const STRUCTURED: [&str; 10] = [
    "IBAN",
    "BIC",
    "SIREN",
    "SIRET",
    "VAT_FR",
    "NIR",
    "CREDIT_CARD",
    "EMAIL",
    "PHONE",
    "IP_ADDRESS",
];

/// Kinds found by dictionaries, context and heuristics.
pub const SOFT: [&str; 5] = [
    "PERSON",
    "CLIENT",
    "POSTAL_ADDRESS",
    "DATE_OF_BIRTH",
    "SECRET",
];

/// How many entries of [`client_list`] the corpus draws its client names from.
pub const CLIENTS_PLANTED_FROM: usize = 1000;

/// Varied French business documents of at least `target_bytes` bytes, with planted identifiers.
pub fn generate(target_bytes: usize, seed: u64) -> Corpus {
    let mut g = Gen::new(seed, false);
    g.out.reserve(target_bytes + 8192);
    while g.out.len() < target_bytes {
        let (_, template) = pick_weighted(&mut g.rng, DOCUMENTS);
        g.document(template);
    }
    Corpus {
        text: g.out,
        planted: g.planted,
        spans: g.spans,
    }
}

/// French business prose of at least `target_bytes` bytes, with nothing sensitive in it.
pub fn generate_prose(target_bytes: usize, seed: u64) -> String {
    let mut g = Gen::new(seed, true);
    g.out.reserve(target_bytes + 8192);
    while g.out.len() < target_bytes {
        let (_, template) = pick_weighted(&mut g.rng, PROSE);
        g.document(template);
    }
    debug_assert!(g.planted.is_empty(), "prose planted {:?}", g.planted);
    g.out
}

/// `n` distinct client names (companies), the same for the same seed; the first entries do
/// not depend on `n`, so `client_list(10_000, s)[..1000] == client_list(1000, s)`.
pub fn client_list(n: usize, seed: u64) -> Vec<String> {
    let mut rng = Rng::new(seed ^ 0xC11E_7000);
    let mut seen = HashSet::with_capacity(n);
    let mut out = Vec::with_capacity(n);
    let mut misses = 0u32;
    while out.len() < n {
        let mut name = match rng.below(7) {
            0 | 1 => format!("{} {}", rng.pick(ACTIVITIES), rng.pick(SURNAMES)),
            2 => format!(
                "{} {} {}",
                rng.pick(SURNAMES),
                rng.pick(TRADES),
                rng.pick(FORMS)
            ),
            3 => format!("{} {}", rng.pick(SURNAMES), rng.pick(FAMILY_SUFFIX)),
            4 => format!(
                "{}{} {}",
                rng.pick(BRAND_HEADS),
                rng.pick(BRAND_TAILS),
                rng.pick(FORMS)
            ),
            5 => format!("{} {}", rng.pick(ACTIVITIES), rng.pick(PLACES)),
            _ => format!(
                "{} {} {}",
                rng.pick(TRADES),
                rng.pick(REGIONS),
                rng.pick(FORMS)
            ),
        };
        if misses > 40 {
            // The simple combinations are exhausted: qualify by city, then number.
            name.push(' ');
            name.push_str(rng.pick(CITIES).1);
            if misses > 80 {
                name.push_str(&format!(" {}", 2 + rng.below(98)));
            }
        }
        if seen.insert(name.clone()) {
            out.push(name);
            misses = 0;
        } else {
            misses += 1;
        }
    }
    out
}

// ---------------------------------------------------------------------------------------------
// PRNG

/// splitmix64: tiny, fast, good enough for test data, and the same everywhere.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) ^ 0xD1B5_4A32_D192_ED03)
    }

    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// Uniform in `0..n` (n > 0).
    pub fn below(&mut self, n: usize) -> usize {
        (((self.next_u64() >> 32) * n as u64) >> 32) as usize
    }

    /// Uniform in `lo..=hi`.
    pub fn range(&mut self, lo: u64, hi: u64) -> u64 {
        lo + self.below((hi - lo + 1) as usize) as u64
    }

    pub fn chance(&mut self, percent: usize) -> bool {
        self.below(100) < percent
    }

    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }

    pub fn digit(&mut self) -> u8 {
        self.below(10) as u8
    }
}

fn pick_weighted<'a>(rng: &mut Rng, items: &'a [(u32, &'static str)]) -> (u32, &'a str) {
    let total: u32 = items.iter().map(|i| i.0).sum();
    let mut r = rng.below(total as usize) as u32;
    for &(w, t) in items {
        if r < w {
            return (w, t);
        }
        r -= w;
    }
    let (w, t) = items[items.len() - 1];
    (w, t)
}

// ---------------------------------------------------------------------------------------------
// Checksums, used both to build valid values and to check them in tests.

/// Luhn over digit values.
pub fn luhn_valid(digits: &[u8]) -> bool {
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
    !digits.is_empty() && sum % 10 == 0
}

/// The digit that completes `prefix` into a Luhn-valid number.
pub fn luhn_check_digit(prefix: &[u8]) -> u8 {
    let mut sum = 0u32;
    for (i, &d) in prefix.iter().rev().enumerate() {
        let mut v = u32::from(d);
        if i % 2 == 0 {
            v *= 2;
            if v > 9 {
                v -= 9;
            }
        }
        sum += v;
    }
    ((10 - sum % 10) % 10) as u8
}

fn mod97_alnum(chars: impl Iterator<Item = u8>) -> u64 {
    let mut rem = 0u64;
    for c in chars {
        rem = if c.is_ascii_digit() {
            (rem * 10 + u64::from(c - b'0')) % 97
        } else {
            (rem * 100 + u64::from(c.to_ascii_uppercase() - b'A' + 10)) % 97
        };
    }
    rem
}

/// ISO 13616 check digits for a country and BBAN.
pub fn iban_check_digits(country: &str, bban: &str) -> u64 {
    let rem = mod97_alnum(
        bban.bytes()
            .chain(country.bytes())
            .chain(*b"00"),
    );
    98 - rem
}

fn alnum_upper(s: &str) -> String {
    s.chars()
        .filter(char::is_ascii_alphanumeric)
        .map(|c| c.to_ascii_uppercase())
        .collect()
}

fn digits_of(s: &str) -> Vec<u8> {
    s.bytes()
        .filter(u8::is_ascii_digit)
        .map(|b| b - b'0')
        .collect()
}

pub fn iban_valid(s: &str) -> bool {
    let c = alnum_upper(s);
    let Some(&(_, len, _)) = IBAN_COUNTRIES.iter().find(|(cc, _, _)| c.starts_with(cc)) else {
        return false;
    };
    c.len() == len && mod97_alnum(c[4..].bytes().chain(c[..4].bytes())) == 1
}

pub fn bic_valid(s: &str) -> bool {
    let b = s.as_bytes();
    (b.len() == 8 || b.len() == 11)
        && b[..6].iter().all(u8::is_ascii_uppercase)
        && b[6..]
            .iter()
            .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit())
}

pub fn siren_valid(s: &str) -> bool {
    let d = digits_of(s);
    d.len() == 9 && luhn_valid(&d)
}

pub fn siret_valid(s: &str) -> bool {
    let d = digits_of(s);
    d.len() == 14 && luhn_valid(&d[..9]) && luhn_valid(&d)
}

pub fn vat_fr_key(siren: u64) -> u64 {
    (12 + 3 * (siren % 97)) % 97
}

pub fn vat_fr_valid(s: &str) -> bool {
    let c = alnum_upper(s);
    if c.len() != 13 || !c.starts_with("FR") || !siren_valid(&c[4..]) {
        return false;
    }
    let (Ok(key), Ok(siren)) = (c[2..4].parse::<u64>(), c[4..].parse::<u64>()) else {
        return false;
    };
    key == vat_fr_key(siren)
}

/// NIR key of the 13 first characters (Corsica's 2A/2B count as 19/18).
pub fn nir_key(first13: &str) -> u64 {
    let n = first13.replace("2A", "19").replace("2B", "18");
    97 - n.parse::<u64>().unwrap_or(0) % 97
}

pub fn nir_valid(s: &str) -> bool {
    let c = alnum_upper(s);
    if c.len() != 15 || !matches!(&c[..1], "1" | "2") {
        return false;
    }
    let month: u32 = c[3..5].parse().unwrap_or(0);
    let dept = &c[5..7];
    let dept_ok = matches!(dept, "2A" | "2B")
        || dept
            .parse::<u32>()
            .is_ok_and(|d| (1..=95).contains(&d) && d != 20);
    dept_ok && (1..=12).contains(&month) && c[13..].parse::<u64>().ok() == Some(nir_key(&c[..13]))
}

pub fn card_valid(s: &str) -> bool {
    let d = digits_of(s);
    let p2 = u32::from(d[0]) * 10 + u32::from(d[1]);
    let p4 = p2 * 100 + u32::from(d[2]) * 10 + u32::from(d[3]);
    let issuer = match d.len() {
        16 => d[0] == 4 || (51..=55).contains(&p2) || (2221..=2720).contains(&p4),
        15 => p2 == 34 || p2 == 37,
        _ => false,
    };
    issuer && luhn_valid(&d)
}

pub fn phone_valid(s: &str) -> bool {
    let d = digits_of(s);
    if s.starts_with('+') || s.starts_with("00") {
        (8..=15).contains(&d.len())
    } else {
        d.len() == 10 && d[0] == 0 && d[1] != 0
    }
}

pub fn email_valid(s: &str) -> bool {
    s.split_once('@').is_some_and(|(local, domain)| {
        !local.is_empty()
            && domain.contains('.')
            && domain.rsplit('.').next().is_some_and(|tld| {
                tld.len() >= 2 && tld.chars().all(char::is_alphabetic)
            })
    })
}

pub fn ip_valid(s: &str) -> bool {
    s.parse::<std::net::IpAddr>().is_ok()
}

/// Checks a planted value of a structured kind; true for the other kinds.
pub fn planted_value_valid(kind: &str, value: &str) -> bool {
    match kind {
        "IBAN" => iban_valid(value),
        "BIC" => bic_valid(value),
        "SIREN" => siren_valid(value),
        "SIRET" => siret_valid(value),
        "VAT_FR" => vat_fr_valid(value),
        "NIR" => nir_valid(value),
        "CREDIT_CARD" => card_valid(value),
        "EMAIL" => email_valid(value),
        "PHONE" => phone_valid(value),
        "IP_ADDRESS" => ip_valid(value),
        _ => !value.is_empty(),
    }
}

// ---------------------------------------------------------------------------------------------
// The generator

const NBSP: char = '\u{a0}';
const NNBSP: char = '\u{202f}';

/// Words that make a detector drop a number written after them (the engine's deny-context):
/// a planted identifier is kept clear of them.
const DENY_WORDS: &[&str] = &[
    "commande",
    "facture",
    "dossier",
    "colis",
    "suivi",
    "ticket",
    "tracking",
    "client n",
    "n° client",
];
/// Words that label a bare number as SIREN/SIRET: a look-alike number is kept clear of them.
const COMPANY_WORDS: &[&str] = &[
    "siren",
    "siret",
    "établissement",
    "etablissement",
    "rcs",
    "r.c.s",
    "immatricul",
    "registre du commerce",
];
/// Words that label an all-caps word as a BIC: look-alike capitals are kept clear of them.
const BANK_WORDS: &[&str] = &["bic", "swift", "iban"];

struct Gen {
    rng: Rng,
    out: String,
    planted: BTreeMap<&'static str, usize>,
    spans: Vec<Planted>,
    prose: bool,
    crlf: bool,
    /// The person last named, reused for e-mail addresses and signatures.
    first: &'static str,
    last: &'static str,
    female: bool,
    clients: Vec<String>,
    /// The country of the IBAN last written, so that the BIC next to it matches.
    last_iban_country: &'static str,
}

impl Gen {
    fn new(seed: u64, prose: bool) -> Gen {
        Gen {
            rng: Rng::new(seed),
            out: String::new(),
            planted: BTreeMap::new(),
            spans: Vec::new(),
            prose,
            crlf: false,
            first: "Marie",
            last: "Dupont",
            female: true,
            last_iban_country: "FR",
            clients: if prose {
                Vec::new()
            } else {
                client_list(CLIENTS_PLANTED_FROM, seed)
            },
        }
    }

    fn document(&mut self, template: &str) {
        self.crlf = self.rng.chance(8);
        self.new_person();
        self.expand(template);
        self.lit("\n\n");
    }

    /// Writes literal text, turning line feeds into CRLF in a CRLF document.
    fn lit(&mut self, s: &str) {
        if !self.crlf {
            self.out.push_str(s);
            return;
        }
        let mut parts = s.split('\n');
        if let Some(first) = parts.next() {
            self.out.push_str(first);
        }
        for part in parts {
            self.out.push_str("\r\n");
            self.out.push_str(part);
        }
    }

    fn nl(&mut self) {
        self.lit("\n");
    }

    /// Writes a planted value and records it.
    fn plant(&mut self, kind: &'static str, value: &str) {
        let start = self.out.len();
        self.out.push_str(value);
        *self.planted.entry(kind).or_insert(0) += 1;
        self.spans.push(Planted {
            kind,
            start,
            end: self.out.len(),
        });
    }

    /// Whether one of `words` (ASCII case-insensitive) occurs in the last `window` bytes.
    fn recent(&self, words: &[&str], window: usize) -> bool {
        let mut from = self.out.len().saturating_sub(window);
        while !self.out.is_char_boundary(from) {
            from -= 1;
        }
        let tail = self.out[from..].to_lowercase();
        words.iter().any(|w| tail.contains(w))
    }

    /// Templates keep labels apart from the numbers they do not label; this is the safety net
    /// that keeps the expected counts exact when random choices bring them close.
    fn clear_of(&mut self, words: &[&str], window: usize) {
        if self.recent(words, window) {
            self.lit("\n");
            self.lit(self.rng_pick_neutral());
            self.lit("\n");
        }
    }

    fn rng_pick_neutral(&mut self) -> &'static str {
        *self.rng.pick(&[
            "Les informations ci-dessous sont données à titre indicatif :",
            "Pour mémoire, voici les éléments transmis par nos services :",
            "Nous restons à votre disposition pour tout renseignement utile :",
        ])
    }

    /// Space before « : ; ! ? » and inside guillemets, as French typography writes it.
    fn french_space(&mut self) {
        match self.rng.below(10) {
            0..=3 => self.out.push(' '),
            4..=7 => self.out.push(NBSP),
            _ => self.out.push(NNBSP),
        }
    }

    /// Separator inside grouped numbers (amounts, identifiers).
    fn group_sep(&mut self) -> char {
        match self.rng.below(10) {
            0..=5 => ' ',
            6..=8 => NBSP,
            _ => NNBSP,
        }
    }

    fn new_person(&mut self) {
        self.female = self.rng.chance(50);
        self.first = if self.female {
            self.rng.pick(FIRST_F)
        } else {
            self.rng.pick(FIRST_M)
        };
        self.last = self.rng.pick(SURNAMES);
    }

    // -----------------------------------------------------------------------------------------
    // Template language: `{NAME}` a placeholder, `{=a|b|c}` one alternative at random (they may
    // nest), `~` a French space before high punctuation.

    fn expand(&mut self, t: &str) {
        let b = t.as_bytes();
        let mut i = 0;
        let mut lit_start = 0;
        while i < b.len() {
            match b[i] {
                b'{' => {
                    self.lit(&t[lit_start..i]);
                    let end = closing_brace(b, i);
                    let inner = &t[i + 1..end];
                    if let Some(alts) = inner.strip_prefix('=') {
                        let alt = pick_alternative(&mut self.rng, alts);
                        self.expand(alt);
                    } else {
                        self.placeholder(inner);
                    }
                    i = end + 1;
                    lit_start = i;
                }
                b'~' => {
                    self.lit(&t[lit_start..i]);
                    self.french_space();
                    i += 1;
                    lit_start = i;
                }
                _ => i += 1,
            }
        }
        self.lit(&t[lit_start..]);
    }

    fn placeholder(&mut self, name: &str) {
        match name {
            // Planted, counted.
            "IBAN" => self.iban(None),
            "IBAN_FR" => self.iban(Some("FR")),
            "BIC" => self.bic(None),
            "BANK" => self.bank_details(),
            "SIREN" => self.siren(true),
            "SIREN_SP" => self.siren(false),
            "SIRET" => self.siret(true),
            "SIRET_SP" => self.siret(false),
            "VAT" => self.vat(),
            "NIR" => self.nir(),
            "CARD" => self.card(),
            "EMAIL" => self.email_of_person(),
            "EMAIL_ANY" => self.email_random(),
            "PHONE" => self.phone_fr(),
            "PHONE_INTL" => self.phone_intl(),
            "IP4" => self.ipv4(),
            "IP6" => self.ipv6(),
            "IP" => {
                if self.rng.chance(70) {
                    self.ipv4()
                } else {
                    self.ipv6()
                }
            }
            "PERSON" => self.person(),
            "PERSON_NEW" => {
                self.new_person();
                self.person()
            }
            "SIGNATURE" => self.signature(),
            "PEOPLE" => self.people(),
            "FIRST_LAST" => {
                let v = format!("{} {}", self.first, self.last);
                self.plant("PERSON", &v);
            }
            "ADDRESS" => self.address(true),
            "ADDRESS_LINE" => self.address(false),
            "DOB" => self.date_of_birth(),
            "AWS" => self.aws_key(),
            "GHP" => self.github_token(),
            "PASSWORD" => self.password_line(),
            "PEM" => self.pem(),
            "CLIENT" => self.client(),
            // Look-alikes and fillers, not counted.
            "HELLO" => {
                let civ = if self.female { "Madame" } else { "Monsieur" };
                self.lit(civ);
            }
            "FIRST" => {
                // A first name alone is part of a greeting, not a planted person.
                let f = self.first;
                self.lit(f);
            }
            "SELLER" => {
                let s = *self.rng.pick(SELLERS);
                self.lit(s);
            }
            "DATE" => self.date(),
            "DATE_LONG" => self.date_long(),
            "DATE_ISO" => self.date_iso(),
            "TIME" => {
                let v = format!("{:02}:{:02}", self.rng.range(7, 19), self.rng.below(4) * 15);
                self.lit(&v);
            }
            "AMOUNT" => self.amount(10, 99_999),
            "AMOUNT_BIG" => self.amount(100_000, 9_999_999),
            "PCT" => self.percent(),
            "QTY" => {
                let v = self.rng.range(1, 48).to_string();
                self.lit(&v);
            }
            "NUM" => {
                let v = self.rng.range(2, 30).to_string();
                self.lit(&v);
            }
            "YEAR" => {
                let v = self.rng.range(2019, 2026).to_string();
                self.lit(&v);
            }
            "INV" => self.invoice_number(),
            "ORDER" => self.order_number(),
            "REF" => self.product_ref(),
            "VERSION" => {
                let v = format!(
                    "v{}.{}.{}",
                    self.rng.range(1, 9),
                    self.rng.below(20),
                    self.rng.below(30)
                );
                self.lit(&v);
            }
            "DOSSIER" => {
                let v = format!("n° de dossier {}/{:04}", self.rng.range(2019, 2026), self.rng.range(1, 9999));
                self.lit(&v);
            }
            "TICKET" => {
                let v = format!("#{}", self.rng.range(10_000, 99_999));
                self.lit(&v);
            }
            "MASKED" => {
                let v = match self.rng.below(3) {
                    0 => format!("**** **** **** {:04}", self.rng.below(10_000)),
                    1 => format!("XXXX XXXX XXXX {:04}", self.rng.below(10_000)),
                    _ => format!("•••• {:04}", self.rng.below(10_000)),
                };
                self.lit(&v);
            }
            "CAPS" => {
                self.clear_of(BANK_WORDS, 72);
                let w = *self.rng.pick(CAPS_WORDS);
                self.lit(w);
            }
            "CITY" => {
                let c = self.rng.pick(CITIES).1;
                self.lit(c);
            }
            "POSTCODE" => {
                let c = self.rng.pick(CITIES).0;
                self.lit(c);
            }
            "PRODUCT" => {
                let p = *self.rng.pick(PRODUCTS);
                self.lit(p);
            }
            "SERVICE" => {
                let p = *self.rng.pick(SERVICES);
                self.lit(p);
            }
            "HOST" => {
                let v = format!(
                    "{}-{:02}",
                    self.rng.pick(&["srv-web", "srv-db", "app", "vpn", "mail", "erp", "ci-runner"]),
                    self.rng.range(1, 12)
                );
                self.lit(&v);
            }
            "DAY" => {
                let d = *self.rng.pick(&["lundi", "mardi", "mercredi", "jeudi", "vendredi"]);
                self.lit(d);
            }
            "LINES" => self.invoice_lines(),
            "LOGLINES" => self.log_lines(),
            "CSVLINES" => self.csv_lines(),
            "CHAT" => self.chat_lines(),
            _ => {
                if let Some(pool) = sentence_pool(name) {
                    let s = *self.rng.pick(pool);
                    self.expand(s);
                } else {
                    panic!("corpus template: unknown placeholder {{{name}}}");
                }
            }
        }
    }

    // -----------------------------------------------------------------------------------------
    // Planted values

    fn iban(&mut self, country: Option<&str>) {
        let &(cc, _, format) = match country {
            Some(c) => IBAN_COUNTRIES.iter().find(|x| x.0 == c).expect("country"),
            None => {
                if self.rng.chance(55) {
                    &IBAN_COUNTRIES[0]
                } else {
                    self.rng.pick(IBAN_COUNTRIES)
                }
            }
        };
        let mut bban = String::with_capacity(32);
        for spec in format.split(',') {
            let (n, class) = spec.split_at(spec.len() - 1);
            let n: usize = n.parse().expect("bban spec");
            for _ in 0..n {
                let c = match class {
                    "n" => (b'0' + self.rng.digit()) as char,
                    "a" => (b'A' + self.rng.below(26) as u8) as char,
                    // Alphanumeric positions are mostly digits in practice.
                    _ => {
                        if self.rng.chance(8) {
                            (b'A' + self.rng.below(26) as u8) as char
                        } else {
                            (b'0' + self.rng.digit()) as char
                        }
                    }
                };
                bban.push(c);
            }
        }
        let check = iban_check_digits(cc, &bban);
        let compact = format!("{cc}{check:02}{bban}");
        let mut value = String::with_capacity(40);
        match self.rng.below(10) {
            0..=2 => value.push_str(&compact),
            n => {
                let sep = match n {
                    3..=6 => ' ',
                    7 => NBSP,
                    8 => NNBSP,
                    _ => '-',
                };
                for (i, c) in compact.chars().enumerate() {
                    if i > 0 && i % 4 == 0 {
                        value.push(sep);
                    }
                    value.push(c);
                }
            }
        }
        if self.rng.chance(5) {
            value = value.to_lowercase();
        }
        self.plant("IBAN", &value);
        self.last_iban_country = cc;
    }

    fn bic(&mut self, country: Option<&str>) {
        let bank = *self.rng.pick(BIC_BANKS);
        let cc = country.unwrap_or_else(|| self.rng.pick(&["FR", "FR", "FR", "DE", "BE", "ES", "IT", "LU", "NL", "CH"]));
        let loc = *self.rng.pick(&["PP", "PP", "MM", "FF", "XX", "22", "2A", "PC", "BB", "LL"]);
        let mut v = format!("{bank}{cc}{loc}");
        if self.rng.chance(40) {
            v.push_str(self.rng.pick(&["XXX", "XXX", "500", "TRA", "CDL", "A1B"]));
        }
        self.plant("BIC", &v);
    }

    /// IBAN and BIC together, in the layouts people use.
    fn bank_details(&mut self) {
        match self.rng.below(6) {
            0 => {
                self.expand("IBAN~: ");
                self.iban(None);
                self.expand("\nBIC~: ");
                let cc = self.last_iban_cc();
                self.bic(Some(cc));
            }
            1 => {
                self.expand("IBAN ");
                self.iban(None);
                self.lit(" – BIC ");
                let cc = self.last_iban_cc();
                self.bic(Some(cc));
            }
            2 => {
                self.expand("IBAN~: ");
                self.iban(None);
                self.expand(" {=/|–|-|,} ");
                let cc = self.last_iban_cc();
                self.bic(Some(cc));
            }
            3 => {
                self.expand("Coordonnées bancaires~: ");
                self.iban(None);
                self.expand(" (code SWIFT ");
                let cc = self.last_iban_cc();
                self.bic(Some(cc));
                self.lit(")");
            }
            4 => {
                self.expand("Titulaire~: {SELLER}\nIBAN~: ");
                self.iban(None);
                self.expand("\nSWIFT~: ");
                let cc = self.last_iban_cc();
                self.bic(Some(cc));
            }
            _ => {
                self.expand("RIB~: ");
                self.iban(Some("FR"));
                self.expand(" — BIC~: ");
                self.bic(Some("FR"));
            }
        }
    }

    fn last_iban_cc(&self) -> &'static str {
        self.last_iban_country
    }

    fn siren_digits(&mut self) -> Vec<u8> {
        let mut d: Vec<u8> = Vec::with_capacity(14);
        d.push(self.rng.range(1, 9) as u8);
        for _ in 0..7 {
            d.push(self.rng.digit());
        }
        d.push(luhn_check_digit(&d));
        d
    }

    fn siren(&mut self, may_be_compact: bool) {
        let d = self.siren_digits();
        let v = if may_be_compact && self.rng.chance(40) {
            digits_string(&d)
        } else {
            self.clear_of(DENY_WORDS, 40);
            let s = self.group_sep();
            format!(
                "{}{s}{}{s}{}",
                digits_string(&d[..3]),
                digits_string(&d[3..6]),
                digits_string(&d[6..])
            )
        };
        self.plant("SIREN", &v);
    }

    fn siret(&mut self, may_be_compact: bool) {
        let mut d = self.siren_digits();
        d.extend([0, 0, 0]);
        d.push(self.rng.range(1, 9) as u8);
        d.push(luhn_check_digit(&d));
        let v = if may_be_compact && self.rng.chance(40) {
            digits_string(&d)
        } else {
            self.clear_of(DENY_WORDS, 40);
            let s = self.group_sep();
            format!(
                "{}{s}{}{s}{}{s}{}",
                digits_string(&d[..3]),
                digits_string(&d[3..6]),
                digits_string(&d[6..9]),
                digits_string(&d[9..])
            )
        };
        self.plant("SIRET", &v);
    }

    fn vat(&mut self) {
        let d = self.siren_digits();
        let siren = digits_string(&d);
        let key = vat_fr_key(siren.parse().expect("digits"));
        let v = match self.rng.below(4) {
            0 | 1 => format!("FR{key:02}{siren}"),
            2 => format!("FR {key:02} {siren}"),
            _ => format!("FR{key:02} {} {} {}", &siren[..3], &siren[3..6], &siren[6..]),
        };
        self.plant("VAT_FR", &v);
    }

    fn nir(&mut self) {
        let sex = if self.female { 2 } else { 1 };
        let yy = self.rng.range(50, 99 + 6) % 100;
        let mm = self.rng.range(1, 12);
        let dept = if self.rng.chance(4) {
            self.rng.pick(&["2A", "2B"]).to_string()
        } else {
            let mut d = self.rng.range(1, 95);
            if d == 20 {
                d = 21;
            }
            format!("{d:02}")
        };
        let commune = self.rng.range(1, 990);
        let order = self.rng.range(1, 999);
        let first13 = format!("{sex}{yy:02}{mm:02}{dept}{commune:03}{order:03}");
        let key = nir_key(&first13);
        let v = if self.rng.chance(40) {
            format!("{first13}{key:02}")
        } else {
            let s = self.group_sep();
            format!(
                "{sex}{s}{yy:02}{s}{mm:02}{s}{dept}{s}{commune:03}{s}{order:03}{s}{key:02}"
            )
        };
        self.plant("NIR", &v);
    }

    fn card(&mut self) {
        let (mut d, len): (Vec<u8>, usize) = match self.rng.below(10) {
            0..=4 => (vec![4], 16),
            5..=6 => (vec![5, self.rng.range(1, 5) as u8], 16),
            7 => {
                let p = self.rng.range(2221, 2720);
                (digits_of(&p.to_string()), 16)
            }
            _ => (vec![3, *self.rng.pick(&[4u8, 7])], 15),
        };
        while d.len() < len - 1 {
            d.push(self.rng.digit());
        }
        d.push(luhn_check_digit(&d));
        let s = digits_string(&d);
        self.clear_of(DENY_WORDS, 40);
        let v = if self.rng.chance(30) {
            s
        } else {
            let sep = *self.rng.pick(&[" ", " ", " ", "-", "\u{a0}"]);
            if len == 15 {
                format!("{}{sep}{}{sep}{}", &s[..4], &s[4..10], &s[10..])
            } else {
                format!("{}{sep}{}{sep}{}{sep}{}", &s[..4], &s[4..8], &s[8..12], &s[12..])
            }
        };
        self.plant("CREDIT_CARD", &v);
    }

    fn email_local(&mut self) -> String {
        let f = ascii_or_accented(&mut self.rng, self.first);
        let l = ascii_or_accented(&mut self.rng, self.last);
        let mut local = match self.rng.below(8) {
            0..=2 => format!("{f}.{l}"),
            3 => format!("{}.{l}", &f[..f.chars().next().map_or(1, char::len_utf8)]),
            4 => format!("{f}-{l}"),
            5 => format!("{f}{l}{}", self.rng.range(1, 99)),
            6 => format!("{f}_{l}"),
            _ => format!("{}{l}", &f[..f.chars().next().map_or(1, char::len_utf8)]),
        };
        if self.rng.chance(8) {
            local.push('+');
            local.push_str(self.rng.pick(&["factures", "newsletter", "compta", "rh", "pro"]));
        }
        local
    }

    fn email_domain(&mut self) -> String {
        match self.rng.below(10) {
            0..=3 => self.rng.pick(FREE_MAIL).to_string(),
            4..=6 => format!("{}.{}", self.rng.pick(COMPANY_DOMAINS), self.rng.pick(&["fr", "fr", "com", "eu", "net"])),
            7 | 8 => format!(
                "{}.{}.{}",
                self.rng.pick(&["compta", "rh", "mail", "paris", "lyon", "support", "commercial"]),
                self.rng.pick(COMPANY_DOMAINS),
                self.rng.pick(&["fr", "com"])
            ),
            _ => format!("{}.fr", self.rng.pick(&["société-générale-exemple", "crédit-exemple", "hôtellerie-exemple", "éditions-exemple"])),
        }
    }

    fn email_of_person(&mut self) {
        let local = self.email_local();
        let domain = self.email_domain();
        let v = format!("{local}@{domain}");
        self.plant("EMAIL", &v);
    }

    fn email_random(&mut self) {
        let v = if self.rng.chance(50) {
            format!(
                "{}@{}",
                self.rng.pick(&["contact", "comptabilite", "factures", "support", "rh", "direction", "commandes", "noreply", "info", "ventes"]),
                self.email_domain()
            )
        } else {
            let (f, l, fe) = (self.first, self.last, self.female);
            self.new_person();
            let local = self.email_local();
            (self.first, self.last, self.female) = (f, l, fe);
            format!("{local}@{}", self.email_domain())
        };
        self.plant("EMAIL", &v);
    }

    fn phone_fr(&mut self) {
        let lead = *self.rng.pick(&[6u64, 6, 6, 7, 1, 1, 2, 3, 4, 5, 9]);
        let rest: Vec<u64> = (0..4).map(|_| self.rng.below(100) as u64).collect();
        let pairs = format!("{:02}{:02}{:02}{:02}", rest[0], rest[1], rest[2], rest[3]);
        let grouped = |sep: &str| {
            format!(
                "{}{sep}{}{sep}{}{sep}{}",
                &pairs[..2],
                &pairs[2..4],
                &pairs[4..6],
                &pairs[6..]
            )
        };
        let v = match self.rng.below(20) {
            0..=6 => format!("0{lead} {}", grouped(" ")),
            7 | 8 => format!("0{lead}.{}", grouped(".")),
            9 => format!("0{lead}-{}", grouped("-")),
            10 | 11 => format!("0{lead}{pairs}"),
            12 | 13 => format!("0{lead}\u{a0}{}", grouped("\u{a0}")),
            14 => format!("0{lead}\u{202f}{}", grouped("\u{202f}")),
            15 | 16 => format!("+33 {lead} {}", grouped(" ")),
            17 => format!("+33 (0){lead} {}", grouped(" ")),
            18 => format!("0033 {lead} {}", grouped(" ")),
            _ => format!("+33{lead}{pairs}"),
        };
        self.plant("PHONE", &v);
    }

    fn phone_intl(&mut self) {
        let v = match self.rng.below(6) {
            0 => format!("+49 30 {}", self.rng.range(1_000_000, 9_999_999)),
            1 => format!("+44 20 {} {:04}", self.rng.range(7000, 8999), self.rng.below(10_000)),
            2 => format!("+32 2 {} {:02} {:02}", self.rng.range(200, 899), self.rng.below(100), self.rng.below(100)),
            3 => format!("+41 22 {} {:02} {:02}", self.rng.range(300, 899), self.rng.below(100), self.rng.below(100)),
            4 => format!("+34 91 {} {:02} {:02}", self.rng.range(100, 899), self.rng.below(100), self.rng.below(100)),
            _ => format!("+352 {} {:03}", self.rng.range(200, 899), self.rng.below(1000)),
        };
        self.plant("PHONE", &v);
    }

    fn ipv4(&mut self) {
        let v = match self.rng.below(5) {
            0 => format!("192.168.{}.{}", self.rng.below(256), self.rng.range(1, 254)),
            1 => format!("10.{}.{}.{}", self.rng.below(256), self.rng.below(256), self.rng.range(1, 254)),
            2 => format!("172.{}.{}.{}", self.rng.range(16, 31), self.rng.below(256), self.rng.range(1, 254)),
            _ => format!(
                "{}.{}.{}.{}",
                self.rng.range(1, 223),
                self.rng.below(256),
                self.rng.below(256),
                self.rng.range(1, 254)
            ),
        };
        self.plant("IP_ADDRESS", &v);
    }

    fn ipv6(&mut self) {
        let v = match self.rng.below(6) {
            0 => {
                let g: Vec<String> = (0..8)
                    .map(|i| {
                        if i == 0 {
                            "2001".to_string()
                        } else {
                            format!("{:04x}", self.rng.below(0x10000))
                        }
                    })
                    .collect();
                g.join(":")
            }
            1 => format!("2001:db8::{:x}", self.rng.range(1, 0xffff)),
            2 => format!(
                "::ffff:{}.{}.{}.{}",
                self.rng.range(1, 223),
                self.rng.below(256),
                self.rng.below(256),
                self.rng.range(1, 254)
            ),
            3 => format!(
                "fe80::{:x}:{:x}:{:x}:{:x}",
                self.rng.range(1, 0xffff),
                self.rng.range(1, 0xffff),
                self.rng.range(1, 0xffff),
                self.rng.range(1, 0xffff)
            ),
            _ => {
                let mut seg = [0u16; 8];
                seg[0] = 0x2001;
                seg[1] = 0x0db8;
                for s in seg.iter_mut().skip(2) {
                    *s = if self.rng.chance(35) {
                        0
                    } else {
                        self.rng.below(0x10000) as u16
                    };
                }
                std::net::Ipv6Addr::from(seg).to_string()
            }
        };
        self.plant("IP_ADDRESS", &v);
    }

    fn person(&mut self) {
        let (f, l) = (self.first, self.last);
        let caps_ok = !self.recent(BANK_WORDS, 72);
        let v = match self.rng.below(7) {
            0 | 1 => format!("{} {f} {l}", if self.female { "Mme" } else { "M." }),
            2 => format!("{} {l}", if self.female { "Madame" } else { "Monsieur" }),
            3 if caps_ok => format!("{} {f}", l.to_uppercase()),
            _ => format!("{f} {l}"),
        };
        self.plant("PERSON", &v);
    }

    fn signature(&mut self) {
        let v = format!("{} {}", self.first, self.last);
        self.plant("PERSON", &v);
        self.nl();
        let role = *self.rng.pick(ROLES);
        self.lit(role);
        self.expand("\n{SELLER}\n{=Tél.~: |Ligne directe~: |Mobile~: |T. }");
        self.phone_fr();
        if self.rng.chance(60) {
            self.nl();
            self.email_of_person();
        }
    }

    fn people(&mut self) {
        let n = self.rng.range(2, 5);
        for i in 0..n {
            if i > 0 {
                self.lit(if i + 1 == n { " et " } else { ", " });
            }
            self.new_person();
            self.person();
            if self.rng.chance(40) {
                self.lit(" (");
                let r = *self.rng.pick(ROLES);
                self.lit(r);
                self.lit(")");
            }
        }
    }

    fn address(&mut self, two_lines: bool) {
        let (pc, city) = *self.rng.pick(CITIES);
        let num = self.rng.range(1, 148);
        let bis = *self.rng.pick(&["", "", "", "", "", " bis", " ter", "B"]);
        let way = *self.rng.pick(STREET_TYPES);
        let name = *self.rng.pick(STREET_NAMES);
        let sep = if two_lines {
            if self.crlf {
                "\r\n"
            } else {
                "\n"
            }
        } else {
            ", "
        };
        let v = format!("{num}{bis} {way} {name}{sep}{pc} {city}");
        self.plant("POSTAL_ADDRESS", &v);
    }

    fn date_of_birth(&mut self) {
        let ne = if self.female { "née le " } else { "né le " };
        self.lit(ne);
        let y = self.rng.range(1955, 2004);
        let m = self.rng.range(1, 12);
        let d = self.rng.range(1, 28);
        let v = match self.rng.below(3) {
            0 => format!("{d:02}/{m:02}/{y}"),
            1 if d == 1 => format!("1er {} {y}", MONTHS[(m - 1) as usize]),
            _ => format!("{d} {} {y}", MONTHS[(m - 1) as usize]),
        };
        self.plant("DATE_OF_BIRTH", &v);
    }

    fn random_alnum(&mut self, n: usize, alphabet: &[u8]) -> String {
        (0..n)
            .map(|_| alphabet[self.rng.below(alphabet.len())] as char)
            .collect()
    }

    fn aws_key(&mut self) {
        let v = format!("AKIA{}", self.random_alnum(16, b"ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"));
        self.plant("SECRET", &v);
    }

    fn github_token(&mut self) {
        let v = format!("ghp_{}", self.random_alnum(36, ALNUM));
        self.plant("SECRET", &v);
    }

    fn password_line(&mut self) {
        let n = self.rng.range(14, 28) as usize;
        let value = self.random_alnum(n, b"ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789!$%*#@&");
        match self.rng.below(4) {
            0 => {
                self.lit("password = \"");
                self.plant("SECRET", &value);
                self.lit("\"");
            }
            1 => {
                self.lit("DB_PASSWORD=");
                self.plant("SECRET", &value);
            }
            2 => {
                self.lit("  password: \"");
                self.plant("SECRET", &value);
                self.lit("\"");
            }
            _ => {
                self.lit("smtp_password = '");
                self.plant("SECRET", &value);
                self.lit("'");
            }
        }
    }

    fn pem(&mut self) {
        let label = *self.rng.pick(&["RSA PRIVATE KEY", "PRIVATE KEY", "EC PRIVATE KEY", "OPENSSH PRIVATE KEY"]);
        let nl = if self.crlf { "\r\n" } else { "\n" };
        let mut v = format!("-----BEGIN {label}-----{nl}");
        let lines = self.rng.range(6, 18);
        for i in 0..lines {
            let n = if i + 1 == lines { self.rng.range(8, 60) as usize } else { 64 };
            v.push_str(&self.random_alnum(n, BASE64));
            v.push_str(nl);
        }
        v.push_str(&format!("-----END {label}-----"));
        self.plant("SECRET", &v);
    }

    fn client(&mut self) {
        let i = self.rng.below(self.clients.len());
        let name = std::mem::take(&mut self.clients[i]);
        self.plant("CLIENT", &name);
        self.clients[i] = name;
    }

    // -----------------------------------------------------------------------------------------
    // Look-alikes and fillers

    fn date(&mut self) {
        let v = format!(
            "{:02}/{:02}/{}",
            self.rng.range(1, 28),
            self.rng.range(1, 12),
            self.rng.range(2022, 2026)
        );
        self.lit(&v);
    }

    fn date_long(&mut self) {
        let d = self.rng.range(1, 28);
        let m = MONTHS[self.rng.below(12)];
        let y = self.rng.range(2022, 2026);
        let v = if d == 1 {
            format!("1er {m} {y}")
        } else {
            format!("{d} {m} {y}")
        };
        self.lit(&v);
    }

    fn date_iso(&mut self) {
        let v = format!(
            "{}-{:02}-{:02}",
            self.rng.range(2022, 2026),
            self.rng.range(1, 12),
            self.rng.range(1, 28)
        );
        self.lit(&v);
    }

    fn amount_string(&mut self, cents: u64) -> String {
        let euros = cents / 100;
        let digits = euros.to_string();
        let sep = self.group_sep();
        let mut grouped = String::with_capacity(digits.len() + 8);
        for (i, c) in digits.chars().enumerate() {
            if i > 0 && (digits.len() - i) % 3 == 0 {
                grouped.push(sep);
            }
            grouped.push(c);
        }
        format!("{grouped},{:02}", cents % 100)
    }

    fn amount(&mut self, lo: u64, hi: u64) {
        let cents = self.rng.range(lo, hi) * 100 + self.rng.below(100) as u64;
        let mut v = self.amount_string(cents);
        let sp = if self.rng.chance(60) { NBSP } else { ' ' };
        v.push(sp);
        v.push_str(self.rng.pick(&["€", "€", "€", "EUR", "€ HT", "€ TTC", "euros"]));
        self.lit(&v);
    }

    fn percent(&mut self) {
        let v = match self.rng.below(3) {
            0 => format!("{}\u{a0}%", self.rng.range(1, 40)),
            1 => format!("{},{}\u{202f}%", self.rng.range(1, 20), self.rng.below(10)),
            _ => format!("{} %", *self.rng.pick(&[5, 10, 20, 2])),
        };
        self.lit(&v);
    }

    fn invoice_number(&mut self) {
        let y = self.rng.range(2022, 2026);
        let v = match self.rng.below(3) {
            0 => format!("FAC-{y}-{:05}", self.rng.range(1, 99_999)),
            1 => format!("{y}-{:04}", self.rng.range(1, 9999)),
            _ => format!("F{y}{:04}", self.rng.range(1, 9999)),
        };
        self.lit(&v);
    }

    /// "Commande n° 458712963": a bare 9–14 digit number that is not a SIREN/SIRET because
    /// nothing labels it so.
    fn order_number(&mut self) {
        self.clear_of(COMPANY_WORDS, 64);
        let len = self.rng.range(9, 14) as usize;
        let mut v = format!("{}", self.rng.range(1, 9));
        while v.len() < len {
            v.push((b'0' + self.rng.digit()) as char);
        }
        let label = *self.rng.pick(&["Commande n° ", "commande n°\u{a0}", "Commande ", "N° de commande~: "]);
        self.expand(label);
        self.lit(&v);
    }

    fn product_ref(&mut self) {
        let v = format!(
            "REF-{}{}-{:04}",
            (b'A' + self.rng.below(26) as u8) as char,
            (b'A' + self.rng.below(26) as u8) as char,
            self.rng.range(1, 9999)
        );
        self.lit(&v);
    }

    fn invoice_lines(&mut self) {
        let n = self.rng.range(2, 7);
        let mut total = 0u64;
        for _ in 0..n {
            let qty = self.rng.range(1, 24);
            let unit = self.rng.range(5, 2_500) * 100 + *self.rng.pick(&[0u64, 0, 50, 90, 99]);
            total += qty * unit;
            self.lit("- ");
            self.product_ref();
            self.lit(" ");
            let p = *self.rng.pick(PRODUCTS);
            self.lit(p);
            let (q, u, t) = (
                qty.to_string(),
                self.amount_string(unit),
                self.amount_string(qty * unit),
            );
            self.expand(" — qté~: ");
            self.lit(&q);
            self.lit(" × ");
            self.lit(&u);
            self.lit(" € = ");
            self.lit(&t);
            self.lit(" €\n");
        }
        let ht = self.amount_string(total);
        let tva = self.amount_string(total / 5);
        let ttc = self.amount_string(total + total / 5);
        self.expand("\nTotal HT~: ");
        self.lit(&ht);
        self.expand("\u{a0}€\nTVA 20\u{a0}%~: ");
        self.lit(&tva);
        self.expand("\u{a0}€\nTotal TTC~: ");
        self.lit(&ttc);
        self.lit("\u{a0}€\n");
    }

    fn log_lines(&mut self) {
        let n = self.rng.range(4, 14);
        let host = format!("srv-{}-{:02}", self.rng.pick(&["web", "api", "db", "mail"]), self.rng.range(1, 9));
        for _ in 0..n {
            let (h, m, s) = (self.rng.range(0, 23), self.rng.below(60), self.rng.below(60));
            let y = self.rng.range(2023, 2026);
            let (mo, d) = (self.rng.range(1, 12), self.rng.range(1, 28));
            match self.rng.below(8) {
                0 => {
                    self.lit(&format!("{y}-{mo:02}-{d:02}T{h:02}:{m:02}:{s:02}Z {host} sshd[{}]: Accepted publickey for deploy from ", self.rng.range(1000, 65000)));
                    self.ipv4();
                    self.lit(&format!(" port {} ssh2", self.rng.range(1024, 65535)));
                }
                1 => {
                    self.lit(&format!("{y}-{mo:02}-{d:02}T{h:02}:{m:02}:{s:02}Z {host} sshd[{}]: Failed password for invalid user admin from ", self.rng.range(1000, 65000)));
                    self.ip_any();
                    self.lit(&format!(" port {} ssh2", self.rng.range(1024, 65535)));
                }
                2 | 3 => {
                    self.ip_any();
                    let path = *self.rng.pick(&["/api/v1/factures?page=2", "/login", "/clients/export.csv", "/static/app.js", "/api/v2/commandes", "/health"]);
                    self.lit(&format!(
                        " - - [{d:02}/{}/{y}:{h:02}:{m:02}:{s:02} +0100] \"GET {path} HTTP/1.1\" {} {} \"-\" \"Mozilla/5.0\"",
                        self.rng.pick(&["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Sep", "Oct", "Nov", "Dec"]),
                        self.rng.pick(&[200, 200, 200, 302, 404, 500]),
                        self.rng.range(120, 90_000)
                    ));
                }
                4 => {
                    self.lit(&format!("[{y}-{mo:02}-{d:02} {h:02}:{m:02}:{s:02}] app.ERROR: Connexion refusée à la base (hôte "));
                    self.ip_any();
                    self.lit(", utilisateur app_factu)");
                }
                5 => {
                    self.lit(&format!("{} {d} {h:02}:{m:02}:{s:02} {host} postfix/smtpd[{}]: connect from unknown[", self.rng.pick(&["Mar", "Apr", "Oct"]), self.rng.range(1000, 65000)));
                    self.ipv4();
                    self.lit("]");
                }
                6 => {
                    self.lit(&format!("{} {d} {h:02}:{m:02}:{s:02} {host} postfix/smtp[{}]: 4F2A1C0D3E: to=<", self.rng.pick(&["Mar", "Apr", "Oct"]), self.rng.range(1000, 65000)));
                    self.email_random();
                    self.lit(">, relay=mx.exemple.fr, delay=0.4, status=sent (250 OK)");
                }
                _ => {
                    self.lit(&format!("{y}-{mo:02}-{d:02} {h:02}:{m:02}:{s:02},{:03} INFO  [worker-{}] Export terminé en {} ms (version ", self.rng.below(1000), self.rng.range(1, 8), self.rng.range(3, 9000)));
                    self.placeholder("VERSION");
                    self.lit(")");
                }
            }
            self.nl();
        }
    }

    fn ip_any(&mut self) {
        if self.rng.chance(75) {
            self.ipv4()
        } else {
            self.ipv6()
        }
    }

    fn csv_lines(&mut self) {
        self.lit("date;client;libellé;montant;statut\n");
        let n = self.rng.range(3, 10);
        for _ in 0..n {
            self.date();
            self.lit(";");
            self.client();
            self.lit(";");
            let p = *self.rng.pick(PRODUCTS);
            self.lit(p);
            self.lit(";");
            let cents = self.rng.range(1000, 900_000);
            let a = self.amount_string(cents);
            self.lit(&a);
            self.lit(";");
            let s = *self.rng.pick(&["payée", "en attente", "relancée", "litige"]);
            self.lit(s);
            self.nl();
        }
    }

    fn chat_lines(&mut self) {
        let n = self.rng.range(4, 10);
        for _ in 0..n {
            let time = format!("[{:02}:{:02}] ", self.rng.range(8, 19), self.rng.below(60));
            self.lit(&time);
            let speaker = *self.rng.pick(FIRST_F);
            self.lit(speaker);
            self.lit(": ");
            let line = *self.rng.pick(CHAT);
            self.expand(line);
            self.nl();
        }
    }
}

fn digits_string(d: &[u8]) -> String {
    d.iter().map(|&x| (b'0' + x) as char).collect()
}

/// The index of the `}` closing the `{` at `open`.
fn closing_brace(b: &[u8], open: usize) -> usize {
    let mut depth = 0;
    for (i, &c) in b.iter().enumerate().skip(open) {
        match c {
            b'{' => depth += 1,
            b'}' => {
                depth -= 1;
                if depth == 0 {
                    return i;
                }
            }
            _ => {}
        }
    }
    panic!("corpus template: unclosed brace");
}

/// One of the `|`-separated alternatives at nesting depth 0.
fn pick_alternative<'a>(rng: &mut Rng, alts: &'a str) -> &'a str {
    let b = alts.as_bytes();
    let mut bars = [0usize; 32];
    let mut n = 0;
    let mut depth = 0;
    for (i, &c) in b.iter().enumerate() {
        match c {
            b'{' => depth += 1,
            b'}' => depth -= 1,
            b'|' if depth == 0 && n < bars.len() => {
                bars[n] = i;
                n += 1;
            }
            _ => {}
        }
    }
    let k = rng.below(n + 1);
    let start = if k == 0 { 0 } else { bars[k - 1] + 1 };
    let end = if k == n { alts.len() } else { bars[k] };
    &alts[start..end]
}

/// Names as written in an e-mail address: accents kept or dropped, lower case.
fn ascii_or_accented(rng: &mut Rng, name: &str) -> String {
    let lower = name.to_lowercase().replace([' ', '\''], "");
    if rng.chance(50) {
        lower
    } else {
        lower
            .chars()
            .map(|c| match c {
                'é' | 'è' | 'ê' | 'ë' => 'e',
                'à' | 'â' => 'a',
                'î' | 'ï' => 'i',
                'ô' => 'o',
                'ù' | 'û' | 'ü' => 'u',
                'ç' => 'c',
                c => c,
            })
            .collect()
    }
}
