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

/// Whether to plant a BIC right after an IBAN with no "IBAN"/"BIC"/"SWIFT" word on the line
/// ("Compte à créditer : FR76 … 189 BNPAFRPPXXX"). The BIC rule finds it through
/// `after-kind = "IBAN"`; the recall test `bic_right_after_an_unlabeled_iban` checks it.
pub const PLANT_BIC_AFTER_UNLABELED_IBAN: bool = true;

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

    pub fn pick<T: Copy>(&mut self, items: &[T]) -> T {
        items[self.below(items.len())]
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
    !digits.is_empty() && sum.is_multiple_of(10)
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
    let rem = mod97_alnum(bban.bytes().chain(country.bytes()).chain(*b"00"));
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
            && domain
                .rsplit('.')
                .next()
                .is_some_and(|tld| tld.len() >= 2 && tld.chars().all(char::is_alphabetic))
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
        // Documents are independent: labels at the end of one must not reach into the next.
        if self.recent(BANK_WORDS, 72) || self.recent(COMPANY_WORDS, 72) {
            self.lit(&"-".repeat(72));
            self.lit("\n\n");
        }
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
            let line = self.rng_pick_neutral();
            self.lit(line);
            self.lit("\n");
        }
    }

    fn rng_pick_neutral(&mut self) -> &'static str {
        self.rng.pick(&[
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
            "NEWP" => self.new_person(),
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
                let s = self.rng.pick(SELLERS);
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
                let v = format!(
                    "n° de dossier {}/{:04}",
                    self.rng.range(2019, 2026),
                    self.rng.range(1, 9999)
                );
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
                let w = self.rng.pick(CAPS_WORDS);
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
                let p = self.rng.pick(PRODUCTS);
                self.lit(p);
            }
            "SERVICE" => {
                let p = self.rng.pick(SERVICES);
                self.lit(p);
            }
            "HOST" => {
                let v = format!(
                    "{}-{:02}",
                    self.rng.pick(&[
                        "srv-web",
                        "srv-db",
                        "app",
                        "vpn",
                        "mail",
                        "erp",
                        "ci-runner"
                    ]),
                    self.rng.range(1, 12)
                );
                self.lit(&v);
            }
            "DAY" => {
                let d = self
                    .rng
                    .pick(&["lundi", "mardi", "mercredi", "jeudi", "vendredi"]);
                self.lit(d);
            }
            "LINES" => self.invoice_lines(),
            "LOGLINES" => self.log_lines(),
            "CSVLINES" => self.csv_lines(),
            "CHAT" => self.chat_lines(),
            _ => {
                if let Some(pool) = sentence_pool(name) {
                    let s = self.rng.pick(pool);
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
        let (cc, len, format) = match country {
            Some(c) => *IBAN_COUNTRIES.iter().find(|x| x.0 == c).expect("country"),
            None => {
                if self.rng.chance(55) {
                    IBAN_COUNTRIES[0]
                } else {
                    self.rng.pick(IBAN_COUNTRIES)
                }
            }
        };
        let mut bban = String::with_capacity(32);
        let bban_len = len - 4;
        for spec in format.split(',') {
            let (n, class) = spec.split_at(spec.len() - 1);
            let n: usize = n.parse().expect("bban spec");
            for _ in 0..n {
                let c = match class {
                    "n" => (b'0' + self.rng.digit()) as char,
                    "a" => (b'A' + self.rng.below(26) as u8) as char,
                    // Alphanumeric positions are mostly digits in practice, and account
                    // numbers end with digits (a letters-only last group written after a
                    // separator is the engine's documented blind spot).
                    _ => {
                        if bban.len() + 4 < bban_len && self.rng.chance(8) {
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
        let bank = self.rng.pick(BIC_BANKS);
        let cc = country.unwrap_or_else(|| {
            self.rng
                .pick(&["FR", "FR", "FR", "DE", "BE", "ES", "IT", "LU", "NL", "CH"])
        });
        let loc = self
            .rng
            .pick(&["PP", "PP", "MM", "FF", "XX", "22", "2A", "PC", "BB", "LL"]);
        let mut v = format!("{bank}{cc}{loc}");
        if self.rng.chance(40) {
            v.push_str(self.rng.pick(&["XXX", "XXX", "500", "TRA", "CDL", "A1B"]));
        }
        self.plant("BIC", &v);
    }

    /// IBAN and BIC together, in the layouts people use.
    fn bank_details(&mut self) {
        let layouts = if PLANT_BIC_AFTER_UNLABELED_IBAN { 7 } else { 6 };
        match self.rng.below(layouts) {
            6 => {
                // The BIC right after the IBAN, with no label at all.
                self.expand("Compte à créditer~: ");
                self.iban(None);
                self.lit(" ");
                let cc = self.last_iban_cc();
                self.bic(Some(cc));
            }
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
            _ => format!(
                "FR{key:02} {} {} {}",
                &siren[..3],
                &siren[3..6],
                &siren[6..]
            ),
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
            format!("{sex}{s}{yy:02}{s}{mm:02}{s}{dept}{s}{commune:03}{s}{order:03}{s}{key:02}")
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
            _ => (vec![3, self.rng.pick(&[4u8, 7])], 15),
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
            let sep = self.rng.pick(&[" ", " ", " ", "-", "\u{a0}"]);
            if len == 15 {
                format!("{}{sep}{}{sep}{}", &s[..4], &s[4..10], &s[10..])
            } else {
                format!(
                    "{}{sep}{}{sep}{}{sep}{}",
                    &s[..4],
                    &s[4..8],
                    &s[8..12],
                    &s[12..]
                )
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
            local.push_str(
                self.rng
                    .pick(&["factures", "newsletter", "compta", "rh", "pro"]),
            );
        }
        local
    }

    fn email_domain(&mut self) -> String {
        match self.rng.below(10) {
            0..=3 => self.rng.pick(FREE_MAIL).to_string(),
            4..=6 => format!(
                "{}.{}",
                self.rng.pick(COMPANY_DOMAINS),
                self.rng.pick(&["fr", "fr", "com", "eu", "net"])
            ),
            7 | 8 => format!(
                "{}.{}.{}",
                self.rng.pick(&[
                    "compta",
                    "rh",
                    "mail",
                    "paris",
                    "lyon",
                    "support",
                    "commercial"
                ]),
                self.rng.pick(COMPANY_DOMAINS),
                self.rng.pick(&["fr", "com"])
            ),
            _ => format!(
                "{}.fr",
                self.rng.pick(&[
                    "société-générale-exemple",
                    "crédit-exemple",
                    "hôtellerie-exemple",
                    "éditions-exemple"
                ])
            ),
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
                self.rng.pick(&[
                    "contact",
                    "comptabilite",
                    "factures",
                    "support",
                    "rh",
                    "direction",
                    "commandes",
                    "noreply",
                    "info",
                    "ventes"
                ]),
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
        let lead = self.rng.pick(&[6u64, 6, 6, 7, 1, 1, 2, 3, 4, 5, 9]);
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
            1 => format!(
                "+44 20 {} {:04}",
                self.rng.range(7000, 8999),
                self.rng.below(10_000)
            ),
            2 => format!(
                "+32 2 {} {:02} {:02}",
                self.rng.range(200, 899),
                self.rng.below(100),
                self.rng.below(100)
            ),
            3 => format!(
                "+41 22 {} {:02} {:02}",
                self.rng.range(300, 899),
                self.rng.below(100),
                self.rng.below(100)
            ),
            4 => format!(
                "+34 91 {} {:02} {:02}",
                self.rng.range(100, 899),
                self.rng.below(100),
                self.rng.below(100)
            ),
            _ => format!(
                "+352 {} {:03}",
                self.rng.range(200, 899),
                self.rng.below(1000)
            ),
        };
        self.plant("PHONE", &v);
    }

    fn ipv4(&mut self) {
        let v = match self.rng.below(5) {
            0 => format!("192.168.{}.{}", self.rng.below(256), self.rng.range(1, 254)),
            1 => format!(
                "10.{}.{}.{}",
                self.rng.below(256),
                self.rng.below(256),
                self.rng.range(1, 254)
            ),
            2 => format!(
                "172.{}.{}.{}",
                self.rng.range(16, 31),
                self.rng.below(256),
                self.rng.range(1, 254)
            ),
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
        let role = self.rng.pick(ROLES);
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
                let r = self.rng.pick(ROLES);
                self.lit(r);
                self.lit(")");
            }
        }
    }

    fn address(&mut self, two_lines: bool) {
        let (pc, city) = self.rng.pick(CITIES);
        let num = self.rng.range(1, 148);
        let bis = self.rng.pick(&["", "", "", "", "", " bis", " ter", "B"]);
        let way = self.rng.pick(STREET_TYPES);
        let name = self.rng.pick(STREET_NAMES);
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
        let v = format!(
            "AKIA{}",
            self.random_alnum(16, b"ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")
        );
        self.plant("SECRET", &v);
    }

    fn github_token(&mut self) {
        let v = format!("ghp_{}", self.random_alnum(36, ALNUM));
        self.plant("SECRET", &v);
    }

    fn password_line(&mut self) {
        let n = self.rng.range(14, 28) as usize;
        let value = self.random_alnum(
            n,
            b"ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789!$%*#@&",
        );
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
        let label = self.rng.pick(&[
            "RSA PRIVATE KEY",
            "PRIVATE KEY",
            "EC PRIVATE KEY",
            "OPENSSH PRIVATE KEY",
        ]);
        let nl = if self.crlf { "\r\n" } else { "\n" };
        let mut v = format!("-----BEGIN {label}-----{nl}");
        let lines = self.rng.range(6, 18);
        for i in 0..lines {
            let n = if i + 1 == lines {
                self.rng.range(8, 60) as usize
            } else {
                64
            };
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
            if i > 0 && (digits.len() - i).is_multiple_of(3) {
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
        v.push_str(
            self.rng
                .pick(&["€", "€", "€", "EUR", "€ HT", "€ TTC", "euros"]),
        );
        self.lit(&v);
    }

    fn percent(&mut self) {
        let v = match self.rng.below(3) {
            0 => format!("{}\u{a0}%", self.rng.range(1, 40)),
            1 => format!("{},{}\u{202f}%", self.rng.range(1, 20), self.rng.below(10)),
            _ => format!("{} %", self.rng.pick(&[5, 10, 20, 2])),
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
        let label = self.rng.pick(&[
            "Commande n° ",
            "commande n°\u{a0}",
            "Commande ",
            "N° de commande~: ",
        ]);
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
            let unit = self.rng.range(5, 2_500) * 100 + self.rng.pick(&[0u64, 0, 50, 90, 99]);
            total += qty * unit;
            self.lit("- ");
            self.product_ref();
            self.lit(" ");
            let p = self.rng.pick(PRODUCTS);
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
        let host = format!(
            "srv-{}-{:02}",
            self.rng.pick(&["web", "api", "db", "mail"]),
            self.rng.range(1, 9)
        );
        for _ in 0..n {
            let (h, m, s) = (
                self.rng.range(0, 23),
                self.rng.below(60),
                self.rng.below(60),
            );
            let y = self.rng.range(2023, 2026);
            let (mo, d) = (self.rng.range(1, 12), self.rng.range(1, 28));
            match self.rng.below(8) {
                0 => {
                    {
                        let t = format!("{y}-{mo:02}-{d:02}T{h:02}:{m:02}:{s:02}Z {host} sshd[{}]: Accepted publickey for deploy from ", self.rng.range(1000, 65000));
                        self.lit(&t);
                    };
                    self.ipv4();
                    {
                        let t = format!(" port {} ssh2", self.rng.range(1024, 65535));
                        self.lit(&t);
                    };
                }
                1 => {
                    {
                        let t = format!("{y}-{mo:02}-{d:02}T{h:02}:{m:02}:{s:02}Z {host} sshd[{}]: Failed password for invalid user admin from ", self.rng.range(1000, 65000));
                        self.lit(&t);
                    };
                    self.ip_any();
                    {
                        let t = format!(" port {} ssh2", self.rng.range(1024, 65535));
                        self.lit(&t);
                    };
                }
                2 | 3 => {
                    self.ip_any();
                    let path = self.rng.pick(&[
                        "/api/v1/factures?page=2",
                        "/login",
                        "/clients/export.csv",
                        "/static/app.js",
                        "/api/v2/commandes",
                        "/health",
                    ]);
                    {
                        let t = format!(
                        " - - [{d:02}/{}/{y}:{h:02}:{m:02}:{s:02} +0100] \"GET {path} HTTP/1.1\" {} {} \"-\" \"Mozilla/5.0\"",
                        self.rng.pick(&["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Sep", "Oct", "Nov", "Dec"]),
                        self.rng.pick(&[200, 200, 200, 302, 404, 500]),
                        self.rng.range(120, 90_000)
                    );
                        self.lit(&t);
                    };
                }
                4 => {
                    {
                        let t = format!("[{y}-{mo:02}-{d:02} {h:02}:{m:02}:{s:02}] app.ERROR: Connexion refusée à la base (hôte ");
                        self.lit(&t);
                    };
                    self.ip_any();
                    self.lit(", utilisateur app_factu)");
                }
                5 => {
                    {
                        let t = format!("{} {d} {h:02}:{m:02}:{s:02} {host} postfix/smtpd[{}]: connect from unknown[", self.rng.pick(&["Mar", "Apr", "Oct"]), self.rng.range(1000, 65000));
                        self.lit(&t);
                    };
                    self.ipv4();
                    self.lit("]");
                }
                6 => {
                    {
                        let t = format!(
                            "{} {d} {h:02}:{m:02}:{s:02} {host} postfix/smtp[{}]: 4F2A1C0D3E: to=<",
                            self.rng.pick(&["Mar", "Apr", "Oct"]),
                            self.rng.range(1000, 65000)
                        );
                        self.lit(&t);
                    };
                    self.email_random();
                    self.lit(">, relay=mx.exemple.fr, delay=0.4, status=sent (250 OK)");
                }
                _ => {
                    {
                        let t = format!("{y}-{mo:02}-{d:02} {h:02}:{m:02}:{s:02},{:03} INFO  [worker-{}] Export terminé en {} ms (version ", self.rng.below(1000), self.rng.range(1, 8), self.rng.range(3, 9000));
                        self.lit(&t);
                    };
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
            let p = self.rng.pick(PRODUCTS);
            self.lit(p);
            self.lit(";");
            let cents = self.rng.range(1000, 900_000);
            let a = self.amount_string(cents);
            self.lit(&a);
            self.lit(";");
            let s = self
                .rng
                .pick(&["payée", "en attente", "relancée", "litige"]);
            self.lit(s);
            self.nl();
        }
    }

    fn chat_lines(&mut self) {
        let n = self.rng.range(4, 10);
        for _ in 0..n {
            let time = format!("[{:02}:{:02}] ", self.rng.range(8, 19), self.rng.below(60));
            self.lit(&time);
            let speaker = self.rng.pick(FIRST_F);
            self.lit(speaker);
            self.lit(": ");
            let line = self.rng.pick(CHAT);
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

// ---------------------------------------------------------------------------------------------
// Vocabulary

/// Country, IBAN length, BBAN layout (`5n` digits, `4a` letters, `11c` alphanumerics).
const IBAN_COUNTRIES: &[(&str, usize, &str)] = &[
    ("FR", 27, "5n,5n,11c,2n"),
    ("DE", 22, "18n"),
    ("ES", 24, "20n"),
    ("IT", 27, "1a,10n,12c"),
    ("BE", 16, "12n"),
    ("NL", 18, "4a,10n"),
    ("LU", 20, "3n,13c"),
    ("CH", 21, "5n,12c"),
    ("PT", 25, "21n"),
    ("GB", 22, "4a,14n"),
    ("MC", 27, "5n,5n,11c,2n"),
    ("AT", 20, "16n"),
    ("IE", 22, "4a,14n"),
];

const BIC_BANKS: &[&str] = &[
    "BNPA", "SOGE", "CRLY", "AGRI", "CEPA", "CMCI", "PSST", "CCBP", "DEUT", "COBA", "BBVA", "CAIX",
    "UNCR", "BCIT", "GEBA", "KRED", "ABNA", "INGB", "BCEE", "UBSW", "BARC", "NWBK", "CCFR", "BOUS",
    "AXAB", "QNTO", "NORD",
];

const FIRST_F: &[&str] = &[
    "Marie",
    "Nathalie",
    "Isabelle",
    "Sylvie",
    "Catherine",
    "Sophie",
    "Christine",
    "Sandrine",
    "Valérie",
    "Céline",
    "Élodie",
    "Camille",
    "Léa",
    "Chloé",
    "Manon",
    "Inès",
    "Émilie",
    "Aurélie",
    "Hélène",
    "Françoise",
    "Agnès",
    "Laëtitia",
    "Océane",
    "Margaux",
    "Zoé",
    "Anaïs",
    "Juliette",
    "Pauline",
    "Mélanie",
    "Noémie",
    "Clémence",
    "Gaëlle",
    "Amandine",
    "Lucie",
    "Sarah",
    "Yasmine",
    "Fatima",
    "Claire",
    "Brigitte",
    "Josiane",
];

const FIRST_M: &[&str] = &[
    "Jean",
    "Philippe",
    "Michel",
    "Alain",
    "Patrick",
    "Nicolas",
    "Christophe",
    "Pierre",
    "Frédéric",
    "Sébastien",
    "Stéphane",
    "Laurent",
    "Julien",
    "Thomas",
    "Hugo",
    "Lucas",
    "Théo",
    "Maxime",
    "Antoine",
    "Jérôme",
    "François",
    "Benoît",
    "Loïc",
    "Cédric",
    "Grégoire",
    "Olivier",
    "Mathieu",
    "Rémi",
    "Karim",
    "Mehdi",
    "Yann",
    "Gaël",
    "Bruno",
    "Didier",
    "Thierry",
    "Hervé",
    "Arnaud",
    "Damien",
    "Étienne",
    "Noël",
];

const SURNAMES: &[&str] = &[
    "Martin",
    "Bernard",
    "Dubois",
    "Thomas",
    "Robert",
    "Richard",
    "Petit",
    "Durand",
    "Leroy",
    "Moreau",
    "Simon",
    "Laurent",
    "Lefèvre",
    "Michel",
    "Garcia",
    "David",
    "Bertrand",
    "Roux",
    "Vincent",
    "Fournier",
    "Morel",
    "Girard",
    "André",
    "Lefebvre",
    "Mercier",
    "Dupont",
    "Lambert",
    "Bonnet",
    "François",
    "Martinez",
    "Legrand",
    "Garnier",
    "Faure",
    "Rousseau",
    "Blanc",
    "Guérin",
    "Muller",
    "Henry",
    "Roussel",
    "Nicolas",
    "Perrin",
    "Morin",
    "Mathieu",
    "Clément",
    "Gauthier",
    "Dumont",
    "Lopez",
    "Fontaine",
    "Chevalier",
    "Robin",
    "Masson",
    "Sanchez",
    "Gérard",
    "Nguyen",
    "Boyer",
    "Denis",
    "Lemaire",
    "Duval",
    "Joly",
    "Gautier",
    "Roger",
    "Roche",
    "Roy",
    "Noël",
    "Meyer",
    "Lucas",
    "Meunier",
    "Jean",
    "Perez",
    "Marchand",
    "Dufour",
    "Blanchard",
    "Marie",
    "Barbier",
    "Brun",
    "Dumas",
    "Brunet",
    "Schmitt",
    "Leroux",
    "Colin",
    "Fernandez",
    "Pierre",
    "Renard",
    "Arnaud",
    "Rolland",
    "Caron",
    "Aubert",
    "Giraud",
    "Leclerc",
    "Vidal",
    "Bourgeois",
    "Renaud",
    "Lemoine",
    "Picard",
    "Gaillard",
    "Philippe",
    "Leclercq",
    "Lacroix",
    "Fabre",
    "Dupuis",
    "Olivier",
    "Rodriguez",
    "Da Silva",
    "Hubert",
    "Louis",
    "Charles",
    "Guillot",
    "Rivière",
    "Le Gall",
    "Guillaume",
    "Adam",
    "Rey",
    "Moulin",
    "Gonzalez",
    "Berger",
    "Lecomte",
    "Ménard",
    "Fleury",
    "Deschamps",
    "Carpentier",
    "Julien",
    "Benoît",
    "Paris",
    "Maillard",
    "Marchal",
    "Aubry",
    "Vasseur",
    "Le Roux",
    "Renault",
    "Jacquet",
    "Collet",
    "Prévost",
    "Poirier",
    "Charpentier",
    "Royer",
    "Huet",
    "Baron",
    "Dupuy",
    "Pons",
    "Paul",
    "Laine",
    "Carré",
    "Breton",
    "Rémy",
    "Schneider",
    "Perrot",
    "Guyot",
    "Barré",
    "Marty",
    "Cousin",
    "Bouvier",
    "Lebrun",
    "Texier",
    "Benard",
    "Kieffer",
];

const ACTIVITIES: &[&str] = &[
    "Boulangerie",
    "Garage",
    "Pharmacie",
    "Cabinet",
    "Menuiserie",
    "Plomberie",
    "Transports",
    "Imprimerie",
    "Fromagerie",
    "Boucherie",
    "Librairie",
    "Quincaillerie",
    "Pâtisserie",
    "Carrosserie",
    "Ébénisterie",
    "Cave",
    "Brasserie",
    "Auberge",
    "Hôtel",
    "Clinique",
    "Laboratoire",
    "Atelier",
    "Serrurerie",
    "Jardinerie",
    "Pressing",
    "Opticien",
    "Fleuriste",
    "Agence",
    "Étude",
    "Domaine",
    "Ferme",
    "Maison",
    "Chocolaterie",
    "Conserverie",
    "Tannerie",
    "Verrerie",
    "Scierie",
    "Poissonnerie",
    "Épicerie",
    "Droguerie",
];

const TRADES: &[&str] = &[
    "Transports",
    "Bâtiment",
    "Électricité",
    "Conseil",
    "Informatique",
    "Logistique",
    "Rénovation",
    "Distribution",
    "Nettoyage",
    "Paysages",
    "Expertise",
    "Maintenance",
    "Emballages",
    "Charpente",
    "Couverture",
    "Isolation",
    "Traiteur",
    "Sécurité",
    "Télécom",
    "Mécanique",
    "Industrie",
    "Énergies",
    "Négoce",
    "Immobilier",
];

const FORMS: &[&str] = &["SAS", "SARL", "SA", "EURL", "SASU", "SCOP", "SNC", "& Cie"];

const FAMILY_SUFFIX: &[&str] = &[
    "& Fils",
    "et Associés",
    "Frères",
    "& Cie",
    "Père et Fils",
    "et Filles",
    "Holding",
];

const BRAND_HEADS: &[&str] = &[
    "Nova", "Terra", "Opti", "Alti", "Vita", "Lumi", "Axo", "Hexa", "Multi", "Sigma", "Aqua",
    "Agri", "Proxi", "Inter", "Euro", "Galva", "Pyra", "Cristal", "Domo", "Néo",
];

const BRAND_TAILS: &[&str] = &[
    "lis", "via", "mex", "tec", "pharm", "log", "tel", "concept", "plast", "bat", "form", "stone",
    "nature", "flex", "sud", "nord", "line", "med", "gaz", "vert",
];

const PLACES: &[&str] = &[
    "du Marché",
    "de la Gare",
    "du Port",
    "des Halles",
    "du Centre",
    "de l’Église",
    "du Lac",
    "des Alpes",
    "du Vieux Pont",
    "de la Place",
    "des Remparts",
    "du Moulin",
    "des Vignes",
    "de la Côte",
    "du Château",
    "des Tilleuls",
];

const REGIONS: &[&str] = &[
    "Normandie",
    "Bretagne",
    "Alsace",
    "Provence",
    "Auvergne",
    "Occitanie",
    "Vendée",
    "Savoie",
    "Picardie",
    "Lorraine",
    "Touraine",
    "Anjou",
    "Gascogne",
    "Bourgogne",
    "Champagne",
    "Limousin",
    "Berry",
    "Périgord",
    "Quercy",
    "Artois",
];

/// The companies that write the documents: fixed, and never in the client list.
const SELLERS: &[&str] = &[
    "Lumen Conseil SAS",
    "Ardoise Logiciels SARL",
    "Quartz Ingénierie",
    "Boréal Distribution SA",
    "Hexagone Services SAS",
    "Mistral Informatique",
    "Colibri Formation SARL",
    "Tournesol Énergie SAS",
    "Cèdre Immobilier",
    "Verlaine Traduction SARL",
    "Garance Textile SA",
    "Sémaphore Logistique SAS",
];

const CITIES: &[(&str, &str)] = &[
    ("75011", "Paris"),
    ("75008", "Paris"),
    ("75015", "Paris"),
    ("69003", "Lyon"),
    ("13008", "Marseille"),
    ("31000", "Toulouse"),
    ("33000", "Bordeaux"),
    ("44000", "Nantes"),
    ("59000", "Lille"),
    ("67000", "Strasbourg"),
    ("35000", "Rennes"),
    ("34000", "Montpellier"),
    ("06000", "Nice"),
    ("21000", "Dijon"),
    ("37000", "Tours"),
    ("49100", "Angers"),
    ("76000", "Rouen"),
    ("51100", "Reims"),
    ("63000", "Clermont-Ferrand"),
    ("38000", "Grenoble"),
    ("29200", "Brest"),
    ("64000", "Pau"),
    ("87000", "Limoges"),
    ("80000", "Amiens"),
    ("20000", "Ajaccio"),
    ("97400", "Saint-Denis"),
    ("92100", "Boulogne-Billancourt"),
    ("94300", "Vincennes"),
    ("17000", "La Rochelle"),
    ("74000", "Annecy"),
];

const STREET_TYPES: &[&str] = &[
    "rue",
    "rue",
    "rue",
    "avenue",
    "boulevard",
    "place",
    "impasse",
    "chemin",
    "allée",
    "quai",
    "route",
    "cours",
];

const STREET_NAMES: &[&str] = &[
    "des Lilas",
    "de la République",
    "Victor Hugo",
    "Jean Jaurès",
    "du Général de Gaulle",
    "de la Paix",
    "Pasteur",
    "des Écoles",
    "du Moulin",
    "Gambetta",
    "de Verdun",
    "Voltaire",
    "des Acacias",
    "Saint-Michel",
    "de la Liberté",
    "Émile Zola",
    "des Tanneurs",
    "du Faubourg Saint-Antoine",
    "des Vignes",
    "de l’Église",
    "du 8 Mai 1945",
    "Carnot",
    "des Peupliers",
    "de la Gare",
    "Lamartine",
    "Henri Barbusse",
];

const MONTHS: [&str; 12] = [
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
];

const ROLES: &[&str] = &[
    "Responsable comptable",
    "Directrice administrative et financière",
    "Chargé de clientèle",
    "Gestionnaire paie",
    "Responsable des ressources humaines",
    "Directeur commercial",
    "Assistante de direction",
    "Technicien support",
    "Chef de projet",
    "Contrôleuse de gestion",
    "Acheteur",
    "Juriste",
    "Responsable logistique",
    "Administrateur systèmes",
];

const PRODUCTS: &[&str] = &[
    "Licence annuelle logiciel de gestion",
    "Ramette papier A4 80 g",
    "Cartouche toner noir",
    "Écran 27 pouces",
    "Prestation de conseil (jour)",
    "Formation Excel avancé",
    "Maintenance préventive",
    "Câble RJ45 cat. 6 (5 m)",
    "Fauteuil de bureau ergonomique",
    "Abonnement hébergement cloud",
    "Audit de sécurité",
    "Palette de cartons 60×40",
    "Café en grains 1 kg",
    "Nettoyage des locaux (forfait)",
    "Déplacement technicien",
    "Développement spécifique (jour)",
    "Traduction juridique (page)",
    "Location véhicule utilitaire",
    "Kit de démarrage",
    "Support premium (mois)",
];

const SERVICES: &[&str] = &[
    "la migration de l’ERP",
    "le renouvellement du parc informatique",
    "la refonte du site",
    "l’audit des comptes",
    "la campagne de printemps",
    "le déménagement du dépôt",
    "la formation des nouveaux arrivants",
    "la mise à jour du logiciel de paie",
    "le contrat de maintenance",
    "l’ouverture de l’agence de Lyon",
    "la clôture annuelle",
];

const FREE_MAIL: &[&str] = &[
    "gmail.com",
    "orange.fr",
    "wanadoo.fr",
    "free.fr",
    "laposte.net",
    "sfr.fr",
    "outlook.fr",
    "yahoo.fr",
    "hotmail.fr",
    "icloud.com",
    "proton.me",
];

const COMPANY_DOMAINS: &[&str] = &[
    "lumen-conseil",
    "ardoise-logiciels",
    "quartz-ingenierie",
    "boreal-distribution",
    "hexagone-services",
    "mistral-info",
    "colibri-formation",
    "tournesol-energie",
    "cedre-immo",
    "semaphore-logistique",
    "transports-girard",
    "boulangerie-moreau",
];

const CAPS_WORDS: &[&str] = &[
    "URGENT",
    "CONFIDENTIEL",
    "BUSINESS",
    "IMPORTANT",
    "RAPPEL",
    "ATTENTION",
    "PREMIUM",
    "INTERNE",
    "PROVISOIRE",
    "TRÈS URGENT",
    "NE PAS DIFFUSER",
];

const ALNUM: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
const BASE64: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

const CHAT: &[&str] = &[
    "tu as pu relancer {CLIENT}~?",
    "oui, ils paient le {DATE}",
    "je regarde ça après la réunion de {TIME}",
    "le serveur {HOST} répond de nouveau",
    "qui a la main sur {SERVICE}~?",
    "ok pour moi 👍",
    "le devis est parti ce matin, {AMOUNT} en tout",
    "tu peux m’envoyer la {REF} par mail~?",
    "attention, {CAPS} pour la compta",
    "on passe en {VERSION} ce soir",
    "{CLIENT} a appelé, rappelle-les au {PHONE} stp",
    "je suis joignable au {PHONE} jusqu’à 18h",
    "le client a écrit à {EMAIL_ANY}",
    "c’est noté, merci~!",
];

fn sentence_pool(name: &str) -> Option<&'static [&'static str]> {
    Some(match name {
        "ROLE" => ROLES,
        "S_SUBJECT" => S_SUBJECT,
        "S_MAIL" => S_MAIL,
        "S_HR" => S_HR,
        "S_MEET" => S_MEET,
        "S_DECISION" => S_DECISION,
        "S_TECH" => S_TECH,
        "S_TECH_SUBJECT" => S_TECH_SUBJECT,
        "S_SALES" => S_SALES,
        "S_LEGAL" => S_LEGAL,
        "P_TITLE" => P_TITLE,
        "P_SENT" => P_SENT,
        _ => return None,
    })
}

const S_SUBJECT: &[&str] = &[
    "question sur votre dernière facture",
    "demande de devis pour {SERVICE}",
    "changement de coordonnées",
    "retard de livraison",
    "{CAPS} — document à signer",
    "rendez-vous du {DATE}",
    "suite à notre échange téléphonique",
    "erreur sur le montant facturé",
    "mise à jour de nos conditions",
];

const S_MAIL: &[&str] = &[
    "Je reviens vers vous au sujet de {SERVICE}, dont le lancement est prévu le {DATE_LONG}.",
    "Nous avons bien reçu votre règlement de {AMOUNT}, merci.",
    "Pourriez-vous me confirmer la date de livraison~? Le {DATE} nous arrangerait.",
    "Le montant indiqué ({AMOUNT}) ne correspond pas au devis validé en {=janvier|mars|octobre}.",
    "Je vous transmets en pièce jointe le bon de livraison signé.",
    "Comme convenu au téléphone, je vous envoie les éléments demandés.",
    "Notre comptabilité n’a pas retrouvé la facture {INV}~: pouvez-vous nous la renvoyer~?",
    "La remise de {PCT} évoquée lors de notre rendez-vous n’apparaît pas sur le devis.",
    "Je serai absente du {DATE} au {DATE}~; mon collègue prendra le relais.",
    "Merci de mettre à jour notre adresse de facturation dans votre système.",
    "Nous souhaitons ajouter {QTY} postes supplémentaires à notre abonnement.",
    "Le colis reçu le {DATE} était incomplet~: il manque deux articles.",
    "Pouvez-vous nous faire parvenir une attestation de vigilance à jour~?",
    "Je me permets de vous relancer concernant notre demande du {DATE}.",
    "Pour rappel, notre entrepôt est fermé le {DAY} après-midi.",
    "Merci d’effectuer le virement sur {IBAN} avant le {DATE}.",
    "Le remboursement sera versé sur le compte {IBAN} dans les meilleurs délais.",
];

const S_HR: &[&str] = &[
    "La période d’essai de {NUM} jours est renouvelable une fois.",
    "Le salarié bénéficie de la mutuelle d’entreprise à compter du {DATE}.",
    "Un entretien annuel est prévu le {DATE_LONG}.",
    "Les heures supplémentaires seront rémunérées avec une majoration de {PCT}.",
    "Le télétravail est autorisé {=deux|trois} jours par semaine.",
    "Le solde de congés payés s’élève à {NUM} jours.",
    "Une visite médicale de reprise doit être organisée avant le {DATE}.",
    "Le salaire brut annuel est porté à {AMOUNT} à compter du {DATE}.",
    "Merci de transmettre ces informations au service paie avant la clôture du mois.",
    "Ces informations sont strictement confidentielles.",
];

const S_MEET: &[&str] = &[
    "Point sur {SERVICE}~: le planning est tenu, la recette démarre le {DATE}.",
    "Le budget alloué s’élève à {AMOUNT_BIG}, soit {PCT} de plus que l’an dernier.",
    "{CLIENT} demande un geste commercial suite au retard de livraison.",
    "Le chiffre d’affaires du trimestre atteint {AMOUNT_BIG}.",
    "Le recrutement d’un {ROLE} est validé pour le {DATE_LONG}.",
    "{CLIENT} et {CLIENT} ont renouvelé leur contrat pour {NUM} mois.",
    "Les stocks de {PRODUCT} sont insuffisants pour la fin du mois.",
    "Le taux de litiges clients est descendu à {PCT}.",
    "La migration vers la {VERSION} est reportée au {DATE}.",
];

const S_DECISION: &[&str] = &[
    "relancer {CLIENT} avant le {DATE}",
    "valider le devis de {AMOUNT} pour {SERVICE}",
    "reporter {SERVICE} au trimestre suivant",
    "envoyer le compte rendu à l’ensemble des participants",
    "préparer une offre pour {CLIENT} ({AMOUNT} maximum)",
    "ouvrir un appel d’offres pour {PRODUCT}",
    "mettre à jour la procédure de sauvegarde",
];

const S_TECH_SUBJECT: &[&str] = &[
    "Impossible de se connecter à l’application",
    "Erreur 500 lors de l’export des factures",
    "Lenteurs sur le module de paie",
    "Imprimante réseau hors service",
    "Demande de création de compte",
    "Synchronisation des e-mails bloquée",
];

const S_TECH: &[&str] = &[
    "Le problème apparaît après la mise à jour en {VERSION}.",
    "Nous avons redémarré le service et vidé le cache.",
    "Le certificat du serveur {HOST} avait expiré le {DATE}.",
    "Le disque de {HOST} est rempli à {PCT}.",
    "Merci de nous indiquer l’heure exacte de l’erreur et une capture d’écran.",
    "Le correctif sera déployé ce soir à {TIME}.",
    "La règle de pare-feu bloquait le port 443 depuis le VPN.",
    "Nous clôturons la demande faute de retour sous {NUM} jours.",
];

const S_SALES: &[&str] = &[
    "Le client souhaite un devis pour {QTY} licences supplémentaires.",
    "Intéressé par {SERVICE}, décision attendue avant le {DATE}.",
    "Budget annoncé~: {AMOUNT}, concurrent moins cher de {PCT}.",
    "Mécontent du délai de livraison de la {REF}.",
    "Demande une remise sur le volume (objectif {QTY} unités par mois).",
    "Prochain rendez-vous fixé le {DATE_LONG} à {TIME}.",
];

const S_LEGAL: &[&str] = &[
    "Toute modification fera l’objet d’un avenant signé des deux parties.",
    "Le Prestataire s’engage à respecter la confidentialité des informations transmises.",
    "En cas de litige, les tribunaux de {CITY} seront seuls compétents.",
    "Le contrat est conclu pour une durée de {NUM} mois, renouvelable par tacite reconduction.",
    "Les pénalités de retard sont calculées au taux de {PCT} par mois.",
    "Chaque partie peut résilier le contrat par lettre recommandée avec un préavis de trois mois.",
];

const P_TITLE: &[&str] = &[
    "Rapport d’activité {YEAR}",
    "Lettre aux actionnaires",
    "Perspectives pour le second semestre",
    "Note de conjoncture",
    "Politique d’achats responsables",
    "Bilan de la campagne commerciale",
    "Plan de formation {YEAR}",
    "Synthèse du comité de direction",
];

const P_SENT: &[&str] = &[
    "Le chiffre d’affaires progresse de {PCT} par rapport à l’exercice précédent, porté par la demande en {=Île-de-France|Auvergne-Rhône-Alpes|Nouvelle-Aquitaine}.",
    "La marge brute s’établit à {PCT}, en léger recul du fait de la hausse du coût des matières premières.",
    "Les investissements réalisés en {YEAR} représentent {AMOUNT_BIG}, principalement consacrés à {SERVICE}.",
    "Nous avons poursuivi la modernisation de nos outils avec {SERVICE}.",
    "La trésorerie reste solide et permet d’envisager sereinement les prochains mois.",
    "Le délai moyen de paiement de nos clients a été ramené à {NUM} jours.",
    "Nos équipes ont accompagné plus de {QTY}0 entreprises dans leur transformation.",
    "La part des produits éco-conçus atteint désormais {PCT} de notre catalogue.",
    "L’ouverture de l’agence de {CITY} a permis de renforcer notre présence régionale.",
    "Le comité a approuvé le budget de {AMOUNT_BIG} pour l’exercice à venir.",
    "Les ventes de {PRODUCT} ont dépassé nos prévisions dès le premier trimestre.",
    "La satisfaction client, mesurée en {=mars|juin|novembre}, s’élève à {NUM} sur 30.",
    "Nous restons attentifs à l’évolution des taux et à l’inflation, qui pèsent sur les coûts.",
    "Le plan de formation a concerné {PCT} des collaborateurs, soit une nette progression.",
    "Les frais généraux sont maîtrisés~: ils baissent de {PCT} à périmètre constant.",
    "À compter du {DATE_LONG}, les nouvelles conditions générales de vente s’appliqueront.",
    "Le projet de {SERVICE} entre dans sa phase de déploiement, conformément au calendrier.",
    "La politique d’achats privilégie désormais les fournisseurs situés à moins de {NUM}0 km.",
    "Notre carnet de commandes couvre près de {NUM} semaines d’activité.",
    "Les échanges avec nos partenaires bancaires ont été constructifs et réguliers.",
    "«~Nous voulons rester une entreprise à taille humaine~», rappelle la direction.",
    "L’exercice {YEAR} a été marqué par un environnement économique incertain~; néanmoins, nos résultats progressent.",
    "Le prix moyen du panier passe à {AMOUNT}, contre {AMOUNT} l’an dernier.",
    "La réunion du {DATE} a permis de fixer les priorités~: qualité, délais et service.",
    "Les stocks ont été réduits de {PCT}, ce qui libère de la trésorerie.",
    "Pourquoi ces résultats~? Parce que nos équipes ont su s’adapter rapidement~!",
];

// ---------------------------------------------------------------------------------------------
// Documents: (weight, template). `{NAME}` placeholders, `{=a|b}` alternatives, `~` French
// space. Templates never write a planted value next to another number with a single space.

const PROSE: &[(u32, &str)] = &[
    (
        3,
        "{P_TITLE}\n\n{P_SENT} {P_SENT} {P_SENT}\n\n{P_SENT} {P_SENT}\n",
    ),
    (
        2,
        "{P_TITLE}\n{P_SENT} {P_SENT} {P_SENT} {P_SENT}\n{P_SENT}\n\n{P_SENT} {P_SENT}\n",
    ),
    (1, "{P_SENT}\n{P_SENT} {P_SENT}\n"),
];

const DOCUMENTS: &[(u32, &str)] = &[
    // Invoice.
    (
        8,
        r"{SELLER}
{ADDRESS}
SIRET~: {SIRET} — TVA intracommunautaire~: {VAT}
{=Tél.~: {PHONE}|Contact~: {EMAIL_ANY}}

FACTURE N° {INV}
Date d’émission~: {DATE}{= — échéance~: {DATE}|}

Client~: {CLIENT}
{=À l’attention de {PERSON}
|}{ADDRESS}
{ORDER} du {DATE}

{LINES}
Conditions de paiement~: {=30 jours fin de mois|à réception|45 jours date de facture}. Pénalités de retard~: {=trois fois le taux d’intérêt légal|10 % par an}, indemnité forfaitaire pour frais de recouvrement~: 40 €.
Règlement par virement~:
{BANK}
{SELLER} — {=SAS|SARL} au capital de {=1 000|10 000|37 000|150 000} € — RCS {CITY} {SIREN}",
    ),
    // Client e-mail.
    (
        8,
        r"De~: {FIRST_LAST} <{EMAIL}>
À~: {=Service client|Comptabilité|Support} <{EMAIL_ANY}>
Date~: {DAY} {DATE_LONG} {TIME}
Objet~: {=Re~: |TR~: |}{S_SUBJECT}

{=Bonjour,|Bonjour {HELLO},|Madame, Monsieur,}

{S_MAIL}
{S_MAIL}
{=Vous pouvez me joindre au {PHONE} ou sur mon portable {PHONE}.|Mon numéro~: {PHONE}.|Je suis joignable au {PHONE} en journée.}
{=Je vous remercie par avance.|Bien cordialement,|Cordialement,|Bonne journée,}

{SIGNATURE}",
    ),
    // E-mail with a card pasted by mistake.
    (
        3,
        r"De~: {FIRST_LAST} <{EMAIL}>
À~: {EMAIL_ANY}
Objet~: {=Paiement refusé|Problème de paiement sur votre site|Règlement en ligne impossible}

Bonjour,

{=Mon paiement a été refusé ce matin|Je n’arrive pas à régler mon achat en ligne|Le prélèvement a échoué}. Voici ma carte~: {CARD}{=, expiration {NUM}/{YEAR}.| (exp. 09/27).|.}
{S_MAIL}
Merci de me rappeler au {PHONE}.

{FIRST_LAST}",
    ),
    // HR note.
    (
        5,
        r"NOTE INTERNE — {=RESSOURCES HUMAINES|SERVICE PAIE|CONFIDENTIEL}
Objet~: {=mise à jour du dossier salarié|entrée en fonction|changement de situation}
Rédigé par~: {PERSON_NEW}, le {DATE}

{PERSON_NEW}, {DOB} à {CITY}, entré(e) dans l’entreprise le {DATE} en qualité de {ROLE}.
N° de sécurité sociale~: {NIR}
Adresse~: {ADDRESS}
Téléphone~: {PHONE}
Salaire versé sur le compte~: {IBAN}
{S_HR}
{S_HR}",
    ),
    // Meeting minutes.
    (
        6,
        r"Compte rendu de réunion — {SERVICE}
Date~: {DATE} à {TIME}, salle {=Voltaire|Rivoli|B204|du 3e étage}
Présents~: {PEOPLE}
Excusé(e)~: {PERSON_NEW}

1. {S_MEET}
2. {S_MEET}
3. Point technique~: le serveur {HOST} ({IP4}) sera migré vers {IP6} le {DATE}.
4. {S_MEET}

Décisions~:
- {S_DECISION}
- {S_DECISION}
Prochaine réunion le {DATE_LONG}.",
    ),
    // Order confirmation.
    (
        5,
        r"{=Confirmation de votre commande|Votre commande est confirmée|Accusé de réception de commande}
{ORDER}, passée le {DATE_LONG} par {CLIENT}.

Livraison à~:
{PERSON}
{ADDRESS}
{=Contact livraison~: {PHONE}|Téléphone~: {PHONE}}

{LINES}
Paiement~: carte {MASKED}{=, débitée le {DATE}.|.}
Votre colis sera expédié sous {NUM} jours ouvrés ({DOSSIER}).
Pour toute question~: {EMAIL_ANY}",
    ),
    // Support ticket.
    (
        5,
        r"[Ticket {TICKET}] {S_TECH_SUBJECT}
Ouvert par~: {FIRST_LAST} ({EMAIL}) — {CLIENT}
Priorité~: {=normale|haute|{CAPS}}
Version~: {VERSION}

{S_TECH}
Depuis ce matin, l’application ne répond plus depuis le poste {IP4}. {S_TECH}
Le client est joignable au {PHONE}.

--- Réponse de {=l’équipe support|N2} ---
{S_TECH}",
    ),
    // Server log.
    (
        5,
        "=== Extrait de journal {HOST} — {DATE_ISO} ===\n{LOGLINES}",
    ),
    // Contract.
    (
        3,
        r"CONTRAT DE PRESTATION DE SERVICES

Entre les soussignés~:
La société {SELLER}, société par actions simplifiée au capital de {=10 000|50 000|150 000} euros, dont le siège social est situé {ADDRESS_LINE}, immatriculée au registre du commerce et des sociétés de {CITY} sous le numéro {SIREN}, représentée par {PERSON_NEW} en sa qualité de {ROLE},
ci-après «~le Prestataire~»,

Et~:
{CLIENT}, {=SARL|SAS} dont le siège est situé {ADDRESS_LINE}, SIRET {SIRET}, représentée par {PERSON_NEW},
ci-après «~le Client~»,

Article 1 — Objet
Le présent contrat a pour objet {SERVICE}. {S_LEGAL}
Article 2 — Prix
Le prix forfaitaire est fixé à {AMOUNT}, payable {=à 30 jours|en trois échéances}. {S_LEGAL}
Article 3 — Durée
{S_LEGAL}
Fait à {CITY}, le {DATE}, en deux exemplaires.",
    ),
    // Quote.
    (
        4,
        r"DEVIS N° {=D|DV-}{YEAR}-{QTY}{NUM}
{SELLER} — SIRET {SIRET} — N° TVA {VAT}
Émis le {DATE}, valable {=30|60|90} jours.

Destinataire~: {CLIENT}, à l’attention de {PERSON}
Objet~: {SERVICE}

{LINES}
Acompte de {PCT} à la signature.
Bon pour accord, date et signature~:",
    ),
    // Payment reminder.
    (
        5,
        r"Objet~: {=Relance|2e relance|Mise en demeure} — facture {INV} {=impayée|en retard}

{=Madame, Monsieur,|Bonjour,}

Sauf erreur de notre part, la facture {INV} du {DATE}, d’un montant de {AMOUNT}, reste impayée à ce jour.
Nous vous remercions de bien vouloir procéder au règlement sous {NUM} jours par virement sur le compte ci-dessous~:
{BANK}
{=En cas de règlement déjà effectué, merci de ne pas tenir compte de ce courrier.|Passé ce délai, des pénalités de retard seront appliquées.}

{=Le service recouvrement|La comptabilité}
{SELLER} — {PHONE}",
    ),
    // Configuration sent by e-mail.
    (
        1,
        r"De~: {FIRST_LAST} <{EMAIL}>
Objet~: config {=preprod|prod|recette} pour {SERVICE}

Salut,
voici le fichier de conf à déposer sur {HOST}~:

[database]
host = {IP4}
port = 5432
user = app_factu
{PASSWORD}

[aws]
aws_access_key_id = {AWS}
region = eu-west-3

{=Ne le commite pas, stp.|Pense à le supprimer de ta boîte après.|À stocker dans le coffre, pas dans Git.}",
    ),
    // CI log.
    (
        1,
        r"Run {TICKET} — {=pipeline|workflow} {=deploy|build|release}.yml ({VERSION})
$ export GITHUB_TOKEN={GHP}
Cloning into 'app'...
Deploying to {HOST} ({IP})
Done in {NUM}s.",
    ),
    // Bank details.
    (
        3,
        r"RELEVÉ D’IDENTITÉ BANCAIRE
Titulaire du compte~: {PERSON_NEW}
{ADDRESS}
Domiciliation~: {=BNP Paribas|Crédit Agricole|Société Générale|La Banque Postale|Caisse d’Épargne} {CITY}
IBAN~: {IBAN_FR}
BIC~: {BIC}",
    ),
    // Call notes.
    (
        4,
        r"Appel entrant — {DATE} {TIME}
Interlocuteur~: {PERSON_NEW} ({CLIENT})
Rappel demandé au {PHONE}{=, ou sur le standard {PHONE}|}.
Motif~: {S_SALES}
Suite à donner~: {S_DECISION}",
    ),
    // New employee form.
    (
        3,
        r"FICHE DE RENSEIGNEMENTS — NOUVEL ARRIVANT
Nom et prénom~: {PERSON_NEW}
Naissance~: {DOB}, à {CITY}
N° SS~: {NIR}
Adresse personnelle~: {ADDRESS_LINE}
Mobile~: {PHONE}
E-mail personnel~: {EMAIL}
Personne à prévenir~: {PERSON_NEW}, {PHONE}
RIB pour le versement du salaire~: {IBAN_FR}
Poste~: {ROLE} — prise de fonction le {DATE}",
    ),
    // Purchase order to a foreign supplier.
    (
        2,
        r"Purchase order {REF}
Supplier~: {CLIENT}
Please find enclosed our order for {QTY} units of {PRODUCT}.
Payment by wire transfer to IBAN {IBAN} — SWIFT {BIC}
Contact~: {PERSON_NEW}, {PHONE_INTL}, {EMAIL}",
    ),
    // Expense report.
    (
        3,
        r"Note de frais — {=mars|avril|mai|juin} {YEAR}
Salarié~: {PERSON_NEW}
- Train {CITY}–{CITY}~: {AMOUNT}
- Hôtel ({NUM} nuits)~: {AMOUNT}
- Repas client avec {CLIENT}~: {AMOUNT}
- Taxi~: {AMOUNT}
Payé avec la carte société {MASKED}. TVA récupérable~: {PCT}.
Total~: {AMOUNT}",
    ),
    // Newsletter.
    (
        3,
        r"{CAPS} — {=Offre de printemps|Nouveautés|Votre lettre d’information}
{P_SENT} {P_SENT}
{P_SENT}
Pour vous désabonner, écrivez à {EMAIL_ANY}.",
    ),
    // Delivery notice.
    (
        3,
        r"Votre colis arrive {=demain|le {DATE}} entre {TIME} et {TIME}.
N° de suivi~: {=6A|8R|XW}{QTY}{NUM}{NUM}FR
Destinataire~: {PERSON}
{ADDRESS}
En cas d’absence, le livreur vous contactera au {PHONE}.",
    ),
    // Legal footer.
    (
        4,
        r"{SELLER} — {=SAS|SARL} au capital de {=1 000|8 000|20 000|100 000} € — {=RCS|R.C.S.} {CITY} {SIREN} — SIRET {SIRET} — TVA {VAT}
Siège social~: {ADDRESS_LINE} — {=Tél.|Standard} {PHONE} — {EMAIL_ANY}",
    ),
    // Incident report.
    (
        3,
        r"Rapport d’incident {TICKET} — {DATE_ISO}
Impact~: {=indisponibilité de|lenteurs sur} {SERVICE}
Chronologie~:
- {TIME} alerte sur {HOST} ({IP})
- {TIME} bascule vers le nœud secondaire {IP6}
- {TIME} retour à la normale après passage en {VERSION}
Cause~: {S_TECH}
Action corrective~: {S_DECISION}
Rédigé par {PERSON_NEW}",
    ),
    // Accounting export.
    (
        3,
        "Export comptable {=clients|ventes} du {DATE}\n{CSVLINES}",
    ),
    // Sales visit report.
    (
        4,
        r"Compte rendu de visite — {CLIENT}
Rencontré~: {PERSON_NEW}, {ROLE}, le {DATE_LONG}
{S_SALES}
{S_SALES}
Potentiel estimé~: {AMOUNT_BIG} sur {NUM} mois ({PCT} de marge).
Coordonnées~: {PHONE} — {EMAIL}",
    ),
    // Job application.
    (
        2,
        r"De~: {FIRST_LAST} <{EMAIL}>
Objet~: Candidature au poste de {ROLE}

{=Madame, Monsieur,|Bonjour,}
{=Actuellement en poste chez {CLIENT}, je|Je} vous adresse ma candidature pour le poste de {ROLE}. {S_MAIL}
{=Vous trouverez ci-joint mon CV.|Mon CV est en pièce jointe.}
{FIRST_LAST}
{DOB}
{ADDRESS}
{PHONE}",
    ),
    // Transfer order.
    (
        3,
        r"ORDRE DE VIREMENT {=SEPA|INTERNATIONAL}
Donneur d’ordre~: {SELLER}, compte {IBAN_FR}
Bénéficiaire~: {CLIENT}
IBAN du bénéficiaire~: {IBAN}
BIC~: {BIC}
Montant~: {AMOUNT}
Motif~: règlement {INV}
Date d’exécution~: {DATE}",
    ),
    // Team chat.
    (3, "#{=compta|ventes|support|general} — {DATE}\n{CHAT}"),
    // Sick leave.
    (
        2,
        r"Objet~: arrêt de travail de {PERSON_NEW}

{=Bonjour,|Bonjour à tous,}
{=Je vous informe que|Pour information,} {FIRST_LAST} est en arrêt maladie du {DATE} au {DATE}. {=Merci de ne pas le contacter pendant cette période.|Son remplacement est assuré par l’équipe.}
Pour la subrogation, son numéro de sécurité sociale est le {NIR}.
{S_HR}
{NEWP}{SIGNATURE}",
    ),
    // Termination letter.
    (
        2,
        r"{PERSON_NEW}
{ADDRESS}

{CLIENT}
Service résiliation

Objet~: résiliation de mon contrat{= {REF}|}
Madame, Monsieur,
Par la présente, je vous informe de ma décision de résilier mon abonnement à compter du {DATE}.
Je vous prie de cesser tout prélèvement sur mon compte {IBAN}.
{S_MAIL}
{FIRST_LAST}",
    ),
    // Supplier record.
    (
        3,
        r"Fiche fournisseur — {CLIENT}
SIREN~: {SIREN}
SIRET du siège~: {SIRET}
N° TVA intracommunautaire~: {VAT}
Adresse~: {ADDRESS_LINE}
Contact comptable~: {PERSON_NEW} — {PHONE} — {EMAIL}
Coordonnées bancaires~:
{BANK}
Conditions~: {=30 jours fin de mois|60 jours|comptant}",
    ),
    // Private key sent by e-mail.
    (
        1,
        r"De~: {FIRST_LAST} <{EMAIL}>
À~: {EMAIL_ANY}
Objet~: accès {HOST}

Voici la clé pour te connecter à {HOST} ({IP4}), utilisateur deploy~:

{PEM}

{=Supprime ce mail une fois la clé installée.|Je la révoquerai vendredi.}",
    ),
    // .env file.
    (
        1,
        r"# .env {=production|staging}
APP_URL=https://app.{=lumen-conseil|ardoise-logiciels}.fr
DB_HOST={IP4}
{PASSWORD}
MAIL_FROM={EMAIL_ANY}
GITHUB_TOKEN={GHP}
APP_VERSION={VERSION}",
    ),
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn same_seed_same_corpus() {
        let a = generate(300_000, 3);
        let b = generate(300_000, 3);
        assert_eq!(a.text, b.text);
        assert_eq!(a.planted, b.planted);
        assert_ne!(a.text, generate(300_000, 4).text);
        assert_eq!(generate_prose(100_000, 9), generate_prose(100_000, 9));
    }

    #[test]
    fn reaches_the_target_size() {
        for target in [1, 10_000, 250_000] {
            assert!(generate(target, 1).text.len() >= target);
            assert!(generate_prose(target, 1).len() >= target);
        }
    }

    #[test]
    fn every_planted_value_is_valid_and_counted() {
        let c = generate(1_000_000, 7);
        let mut counted: BTreeMap<&str, usize> = BTreeMap::new();
        for p in &c.spans {
            let value = &c.text[p.start..p.end];
            assert!(planted_value_valid(p.kind, value), "{}: {value:?}", p.kind);
            *counted.entry(p.kind).or_insert(0) += 1;
        }
        assert_eq!(counted, c.planted);
        for kind in STRUCTURED.iter().chain(&SOFT) {
            assert!(
                c.planted.get(kind).copied().unwrap_or(0) > 0,
                "{kind} never planted"
            );
        }
    }

    #[test]
    fn planted_values_stand_alone() {
        let c = generate(500_000, 11);
        for p in &c.spans {
            let before: Vec<char> = c.text[..p.start].chars().rev().take(2).collect();
            let after: Vec<char> = c.text[p.end..].chars().take(2).collect();
            let value = &c.text[p.start..p.end];
            assert!(
                !before.first().is_some_and(|c| c.is_alphanumeric()),
                "{value:?} glued before"
            );
            assert!(
                !after.first().is_some_and(|c| c.is_alphanumeric()),
                "{value:?} glued after"
            );
            let spaced_digit = |v: &[char]| {
                v.len() == 2 && matches!(v[0], ' ' | NBSP | NNBSP) && v[1].is_ascii_digit()
            };
            if value.ends_with(|c: char| c.is_ascii_digit()) {
                assert!(!spaced_digit(&after), "{value:?} followed by a number");
            }
            if value.starts_with(|c: char| c.is_ascii_digit() || c == '+') {
                assert!(!spaced_digit(&before), "{value:?} preceded by a number");
            }
        }
    }

    #[test]
    fn prose_plants_nothing() {
        let mut g = Gen::new(5, true);
        while g.out.len() < 300_000 {
            let (_, t) = pick_weighted(&mut g.rng, PROSE);
            g.document(t);
        }
        assert!(g.planted.is_empty());
        assert!(!g.out.contains('@'));
    }

    #[test]
    fn varied_documents() {
        assert!(DOCUMENTS.len() >= 25);
        let c = generate(500_000, 2);
        let mut lines = HashSet::new();
        let all: Vec<&str> = c.text.lines().filter(|l| l.len() > 30).collect();
        lines.extend(all.iter().copied());
        // Mostly distinct lines: not one paragraph repeated.
        assert!(
            lines.len() * 10 > all.len() * 6,
            "{} of {}",
            lines.len(),
            all.len()
        );
        assert!(
            c.text.contains('\u{a0}') && c.text.contains('\u{202f}') && c.text.contains("\r\n")
        );
        assert!(c.text.contains('«') && c.text.contains('’'));
    }

    #[test]
    fn client_list_is_stable_and_distinct() {
        let long = client_list(5000, 1);
        assert_eq!(&long[..1000], &client_list(1000, 1)[..]);
        assert_eq!(long.iter().collect::<HashSet<_>>().len(), 5000);
        assert!(long.iter().all(|n| !SELLERS.contains(&n.as_str())));
    }

    #[test]
    fn checksums_agree_with_known_values() {
        assert!(iban_valid("FR76 3000 6000 0112 3456 7890 189"));
        assert!(!iban_valid("FR76 3000 6000 0112 3456 7890 188"));
        assert!(iban_valid("GB29 NWBK 6016 1331 9268 19"));
        assert!(siren_valid("732 829 320"));
        assert!(siret_valid("732 829 320 00074"));
        assert!(vat_fr_valid("FR44732829320"));
        assert!(nir_valid("1 85 05 78 006 084 91"));
        assert!(nir_valid("1 85 05 2A 006 084 35"));
        assert!(card_valid("4532 0151 1283 0366"));
        assert!(card_valid("3782 822463 10005"));
        assert_eq!(luhn_check_digit(&[7, 3, 2, 8, 2, 9, 3, 2]), 0);
    }
}
