//! Masking: what a finding becomes in the output. Separate from detection, so that every
//! style sees the same findings.

use std::collections::{HashMap, HashSet};

use aho_corasick::AhoCorasick;
use hmac::{Hmac, Mac};
use sha2::Sha256;

use crate::finding::Finding;
use crate::kind::Kind;
use crate::prehashed::PreHashed;

mod short;

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
    /// Called once per input, before [`Mask::prepare`] of its parts (the valid UTF-8 runs of
    /// bytes), with the findings of the whole input: lets a style that shows characters make
    /// sure that no mask shows a value found anywhere in it.
    fn prepare_input(&mut self, _bytes: &[u8], _findings: &[Finding]) {}

    /// Called once per text, before its findings are masked in order: lets an implementation
    /// see the whole text (a fake value must not equal any real value in it).
    fn prepare(&mut self, _text: &str, _findings: &[Finding]) {}

    /// Appends the replacement of `finding`, whose text is `value`, to `out`.
    fn mask_into(&mut self, finding: &Finding, value: &str, out: &mut String);
}

impl Mask for Masker {
    fn prepare_input(&mut self, bytes: &[u8], findings: &[Finding]) {
        Masker::prepare_input(self, bytes, findings)
    }

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

/// The decimal digits of `n`: `digits[start..]` of the pair returned, without the formatting
/// machinery (once per finding).
fn decimal(mut n: u32) -> ([u8; 10], usize) {
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
    (digits, i)
}

/// Appends `n` in decimal.
fn push_decimal(out: &mut String, n: u32) {
    let (digits, start) = decimal(n);
    for &d in &digits[start..] {
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
    /// Partial style: the values of the input being masked, which no mask may show.
    guard: Guard,
    /// The numbers of values met lately, by kind and by their bytes as written: see
    /// [`Recent`]. A power of two long; empty until [`Masker::write_masked_part`] sizes it.
    recent: Vec<Recent>,
    /// The findings [`Masker::write_masked_part`] has masked: what sizes `recent`.
    masked_findings: usize,
}

/// [`Masker::recent`] holds one value per finding masked so far, from [`MIN_RECENT_SLOTS`] to
/// [`MAX_RECENT_SLOTS`] (256 KiB): a prompt or a text of prose with few findings takes 2 KiB,
/// not pages it would never fill (nor the instructions to zero them: sized by the bytes of
/// the text instead, the prose corpus cost 0.2M more), and a text full of names as many as
/// its names need (they come back from anywhere in it, not only from the last few lines).
const MIN_RECENT_SLOTS: usize = 64;
const MAX_RECENT_SLOTS: usize = 8192;

/// How long a value [`Masker::recent`] holds may be: a name of people ("Jean-Pierre
/// Dubois"), a phone number, most e-mail addresses.
const RECENT_BYTES: usize = 24;

/// A value [`Masker::number`] has numbered and remembers for good, as written, with its
/// number: `[kind | len << 8 | number << 32, bytes…]`, the kind being
/// [`Kind::builtin_index`] plus one (0: an empty slot) and the bytes padded with zeros. Words
/// of zeros, so that a large memo is allocated zeroed rather than written.
///
/// Names come back all through a text (a third of a business text's findings are names of
/// people, each found three times on average), and each time cost a normalisation, a SipHash
/// fingerprint and a map lookup: a value found here as written is numbered from its bytes
/// alone. Slots are direct-mapped by a cheap hash of the bytes: a crafted value can only
/// evict another one (which then goes the long way), never take its number, since the bytes
/// are compared in full.
type Recent = [u64; 4];

/// `value`'s bytes as [`Recent`] holds them, and its kind and length as its first word does;
/// `None` for a value too long to be held.
fn recent_key(builtin: usize, value: &[u8]) -> Option<(u64, [u64; 3])> {
    if value.len() > RECENT_BYTES {
        return None;
    }
    let mut padded = [0u8; RECENT_BYTES];
    padded[..value.len()].copy_from_slice(value);
    let word = |i: usize| {
        let mut eight = [0u8; 8];
        eight.copy_from_slice(&padded[i * 8..i * 8 + 8]);
        u64::from_le_bytes(eight)
    };
    let head = (builtin as u64 + 1) | (value.len() as u64) << 8;
    Some((head, [word(0), word(1), word(2)]))
}

/// The slot of a [`recent_key`] among `slots` (a power of two).
fn recent_slot(head: u64, words: &[u64; 3], slots: usize) -> usize {
    let h = (head ^ words[0] ^ words[1].rotate_left(21) ^ words[2].rotate_left(42))
        .wrapping_mul(0x9E37_79B9_7F4A_7C15);
    (h >> (64 - slots.trailing_zeros())) as usize
}

/// What a partial mask must not show. An e-mail's mask keeps its domain
/// (`j***@dupont-avocats.fr`), and that domain may spell a name masked elsewhere
/// ("M. D*****"); such a mask is written with every letter and digit hidden instead.
///
/// Values are kept as 64-bit hashes, not as text: a mask's kept stretches are short (an
/// e-mail's domain is the longest), so each of their substrings is hashed as it grows and
/// looked up, behind a bitmap that turns most of them away. Aho-Corasick automata of the
/// values cost as much to build as the rest of a partial redaction. A hash collision can
/// only hide one mask more, never show a value.
#[derive(Debug, Default)]
struct Guard {
    /// The value of every finding of the input, as written: none may appear anywhere in a
    /// mask. A value holding `*` (which masks write too) is in `starred`, and its longest
    /// stretch without `*` here in `triggers`.
    exact: HashSet<u64, PreHashed>,
    /// One bit per key of `exact` and `triggers` (the key's top bits): most substrings of a
    /// mask stop here.
    bitmap: Vec<u64>,
    /// `64 - log2(bitmap bits)`.
    shift: u32,
    /// The lengths of the shortest and longest value of `exact` or trigger.
    shortest: usize,
    longest: usize,
    triggers: HashSet<u64, PreHashed>,
    /// Rare (a password), searched in a mask only when it holds a trigger.
    starred: Option<AhoCorasick>,
    /// A starred value is made of stars only: every mask is searched.
    search_every_mask: bool,
    /// The capitalised words of the names (PERSON, CLIENT: "Dupont", "Lefèvre"), lower case
    /// and without accents ("lefevre"): none may appear as a whole word of a mask (the
    /// domain's "dupont-avocats", but not "support" for "Port").
    words: HashSet<u64, PreHashed>,
    /// Where every hash starts ([`random_start`]).
    start: u64,
}

/// FNV-1a step: a substring's hash extends by one byte at a time.
fn extend_hash(h: u64, byte: u8) -> u64 {
    (h ^ u64::from(byte)).wrapping_mul(0x0000_0100_0000_01b3)
}

/// A start state drawn per guard: text crafted so that many values share a hash (FNV-1a is
/// no defence by itself) would turn the sets' lookups linear, and it cannot aim at a start it
/// does not know.
fn random_start() -> u64 {
    use std::hash::BuildHasher;
    std::collections::hash_map::RandomState::new().hash_one(0xcbf2_9ce4_8422_2325_u64)
}

/// Spreads FNV's weak low bits before the table uses them.
fn table_key(h: u64) -> u64 {
    (h ^ (h >> 29)).wrapping_mul(0xbf58_476d_1ce4_e5b9)
}

fn hash_bytes(start: u64, bytes: &[u8]) -> u64 {
    table_key(bytes.iter().fold(start, |h, &b| extend_hash(h, b)))
}

/// Whether `b` continues a word: ASCII letters and digits, and every byte of a non-ASCII
/// character (letters, for French text).
fn in_word(b: u8) -> bool {
    b >= 0x80 || b.is_ascii_alphanumeric()
}

/// The hash of a word as [`Guard::words`] holds it: lower case, no accents.
fn folded_word_hash(start: u64, word: &[u8]) -> u64 {
    if !word.is_ascii() {
        if let Ok(w) = std::str::from_utf8(word) {
            return hash_bytes(start, crate::fold::fold_str(w).as_bytes());
        }
    }
    table_key(
        word.iter()
            .fold(start, |h, &b| extend_hash(h, b.to_ascii_lowercase())),
    )
}

/// The words of `bytes` of three bytes or more.
fn long_words(bytes: &[u8]) -> impl Iterator<Item = &[u8]> {
    bytes.split(|&b| !in_word(b)).filter(|w| w.len() >= 3)
}

impl Guard {
    fn of<'a>(findings: impl Iterator<Item = (&'a Kind, &'a str)>) -> Guard {
        let mut guard = Guard {
            shortest: usize::MAX,
            start: random_start(),
            ..Guard::default()
        };
        guard.exact.reserve(findings.size_hint().1.unwrap_or(0));
        let mut starred = Vec::new();
        for (kind, value) in findings {
            if value.contains('*') {
                starred.push(value);
                match value.split('*').max_by_key(|piece| piece.len()) {
                    Some(piece) if !piece.is_empty() => {
                        guard
                            .triggers
                            .insert(hash_bytes(guard.start, piece.as_bytes()));
                        guard.shortest = guard.shortest.min(piece.len());
                        guard.longest = guard.longest.max(piece.len());
                    }
                    _ => guard.search_every_mask = true,
                }
            } else {
                guard
                    .exact
                    .insert(hash_bytes(guard.start, value.as_bytes()));
                guard.shortest = guard.shortest.min(value.len());
                guard.longest = guard.longest.max(value.len());
            }
            if matches!(kind, Kind::Person | Kind::Client) {
                let capitalised = long_words(value.as_bytes()).filter(|w| {
                    std::str::from_utf8(w)
                        .ok()
                        .and_then(|w| w.chars().next())
                        .is_some_and(char::is_uppercase)
                });
                let start = guard.start;
                guard
                    .words
                    .extend(capitalised.map(|w| folded_word_hash(start, w)));
            }
        }
        // About 16 bits per key: a substring that is no value passes one time in 16.
        let keys = guard.exact.len() + guard.triggers.len();
        let bits = (keys * 16).next_power_of_two().clamp(64, 1 << 24);
        guard.shift = 64 - bits.trailing_zeros();
        guard.bitmap = vec![0; bits / 64];
        for &key in guard.exact.iter().chain(&guard.triggers) {
            let bit = (key >> guard.shift) as usize;
            guard.bitmap[bit / 64] |= 1 << (bit % 64);
        }
        if !starred.is_empty() {
            // Without an automaton, no mask may show anything.
            guard.starred = Some(
                AhoCorasick::new(starred)
                    .unwrap_or_else(|_| AhoCorasick::new([""]).expect("the empty pattern builds")),
            );
        }
        guard
    }

    fn shows_a_value(&self, mask: &str) -> bool {
        self.names_a_word(mask.as_bytes())
            || self.spells_a_value(mask)
            || (self.search_every_mask && self.holds_a_starred_value(mask))
    }

    fn holds_a_starred_value(&self, mask: &str) -> bool {
        self.starred.as_ref().is_some_and(|a| a.is_match(mask))
    }

    /// Whether a stretch of the mask between two `*` equals a value (or holds a starred
    /// value's trigger, and the mask the value).
    fn spells_a_value(&self, mask: &str) -> bool {
        if self.longest == 0 {
            return false;
        }
        mask.as_bytes().split(|&b| b == b'*').any(|stretch| {
            (0..(stretch.len() + 1).saturating_sub(self.shortest)).any(|start| {
                let mut h = self.start;
                for &b in stretch[start..].iter().take(self.longest) {
                    h = extend_hash(h, b);
                    let key = table_key(h);
                    let bit = (key >> self.shift) as usize;
                    if self.bitmap[bit / 64] & (1 << (bit % 64)) == 0 {
                        continue;
                    }
                    if self.exact.contains(&key)
                        || (self.triggers.contains(&key) && self.holds_a_starred_value(mask))
                    {
                        return true;
                    }
                }
                false
            })
        })
    }

    /// Whether a word of the mask is a name's word.
    fn names_a_word(&self, mask: &[u8]) -> bool {
        !self.words.is_empty()
            && long_words(mask).any(|w| self.words.contains(&folded_word_hash(self.start, w)))
    }
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
            guard: Guard::default(),
            recent: Vec::new(),
            masked_findings: 0,
        }
    }

    /// The number [`Masker::recent`] holds for `bytes` of the built-in kind `builtin`.
    fn recent_number(&self, builtin: usize, bytes: &[u8]) -> Option<u32> {
        let (head, words) = recent_key(builtin, bytes)?;
        let slot = self
            .recent
            .get(recent_slot(head, &words, self.recent.len()))?;
        (slot[0] & 0xFFFF == head && slot[1..] == words).then_some((slot[0] >> 32) as u32)
    }

    /// Remembers in [`Masker::recent`] that `bytes` of the built-in kind `builtin` is
    /// numbered `number` for good (its fingerprint is in the map), if sized.
    fn remember_recent(&mut self, builtin: usize, bytes: &[u8], number: u32) {
        if self.recent.is_empty() {
            return;
        }
        if let Some((head, words)) = recent_key(builtin, bytes) {
            let i = recent_slot(head, &words, self.recent.len());
            self.recent[i] = [head | u64::from(number) << 32, words[0], words[1], words[2]];
        }
    }

    /// Tells the masker the findings of the input about to be masked (`bytes`, whose offsets
    /// the spans are): the partial style then hides in full a mask that would show one of
    /// their values. Other styles show no characters and ignore it. The values are kept (as
    /// hashes) until the next call.
    pub fn prepare_input(&mut self, bytes: &[u8], findings: &[Finding]) {
        self.prepare_input_at(bytes, findings, 0);
    }

    fn prepare_input_at(&mut self, bytes: &[u8], findings: &[Finding], base: usize) {
        if self.style != Style::Partial {
            return;
        }
        self.guard = Guard::of(findings.iter().filter_map(|f| {
            let span = f.span.start.checked_sub(base)?..f.span.end.checked_sub(base)?;
            Some((&f.kind, std::str::from_utf8(bytes.get(span)?).ok()?))
        }));
    }

    pub fn style(&self) -> &Style {
        &self.style
    }

    /// The placeholder number of a value, given or new.
    pub fn number(&mut self, kind: &Kind, value: &str) -> u32 {
        let fingerprint = match short::form(kind, value.as_bytes()) {
            Some(form) => {
                #[cfg(test)]
                self.check_form(kind, value, &form);
                self.fingerprint_of(form.bytes())
            }
            None => {
                normalize_into(kind, value, &mut self.scratch);
                self.fingerprint_of(self.scratch.as_bytes())
            }
        };
        self.number_of(kind, value.as_bytes(), fingerprint)
    }

    /// [`Masker::number`] of a value given as bytes that are valid UTF-8 (a finding's, in
    /// [`Masker::write_masked_part`]): those that [`short::form`] writes are valid UTF-8 by
    /// what it takes, so they need no check (`from_utf8` cost about 150 instructions and four
    /// mispredicted branches a value, as much as writing the form); the others are checked
    /// and taken as [`Masker::number`] takes them.
    fn number_of_bytes(&mut self, kind: &Kind, raw: &[u8]) -> u32 {
        match short::form(kind, raw) {
            Some(form) => {
                #[cfg(test)]
                self.check_form(kind, std::str::from_utf8(raw).unwrap_or(""), &form);
                let fingerprint = self.fingerprint_of(form.bytes());
                self.number_of(kind, raw, fingerprint)
            }
            None => self.number(kind, std::str::from_utf8(raw).unwrap_or("")),
        }
    }

    /// In the test build, every short form is checked to be `normalize_into`'s.
    #[cfg(test)]
    fn check_form(&mut self, kind: &Kind, value: &str, form: &short::Form) {
        normalize_into(kind, value, &mut self.scratch);
        assert_eq!(form.bytes(), self.scratch.as_bytes());
    }

    /// The number of the value `raw` of kind `kind`, whose normalised form has `fingerprint`.
    fn number_of(&mut self, kind: &Kind, raw: &[u8], fingerprint: u64) -> u32 {
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
        let (n, kept) = match seen.get(&fingerprint) {
            Some(&n) => (n, true),
            None => {
                let n = *next;
                *next = next.saturating_add(1);
                let kept = self.remembered < REMEMBERED_VALUES;
                if kept {
                    seen.insert(fingerprint, n);
                    self.remembered += 1;
                }
                (n, kept)
            }
        };
        // Past the cap a new value is not kept, and its repeats get new numbers: it is not
        // remembered here either.
        if let (Some(i), true) = (builtin, kept) {
            self.remember_recent(i, raw, n);
        }
        n
    }

    /// The fingerprint of a normalised form: one keyed SipHash over its bytes, whichever of
    /// [`short::form`] and [`normalize_into`] wrote them.
    fn fingerprint_of(&self, normalised: &[u8]) -> u64 {
        use std::hash::{BuildHasher, Hasher};
        let mut hasher = self.fingerprint.build_hasher();
        hasher.write(normalised);
        hasher.finish()
    }

    /// Writes `bytes` to `out` with each finding replaced. Finding spans are offsets into a
    /// larger buffer of which `bytes` starts at `base`; findings lie inside valid UTF-8.
    /// `bytes` is one input for [`Masker::prepare_input`]: the partial style's masks show no
    /// value found in it.
    pub fn write_masked(
        &mut self,
        bytes: &[u8],
        findings: &[Finding],
        base: usize,
        out: &mut Vec<u8>,
    ) {
        self.prepare_input_at(bytes, findings, base);
        self.write_masked_part(bytes, findings, base, out);
    }

    /// As [`Masker::write_masked`], for a part of an input already given to
    /// [`Masker::prepare_input`] (a stream block written a piece at a time).
    pub(crate) fn write_masked_part(
        &mut self,
        bytes: &[u8],
        findings: &[Finding],
        base: usize,
        out: &mut Vec<u8>,
    ) {
        let mut last = 0;
        let mut replacement = String::new();
        let placeholder = self.style == Style::Placeholder;
        if placeholder {
            self.masked_findings = self.masked_findings.saturating_add(findings.len());
            let slots = self
                .masked_findings
                .next_power_of_two()
                .clamp(MIN_RECENT_SLOTS, MAX_RECENT_SLOTS);
            if self.recent.len() < slots {
                // A cache: what the smaller one held is dropped.
                self.recent = vec![[0; 4]; slots];
            }
        }
        for f in findings {
            let (start, end) = (f.span.start - base, f.span.end - base);
            out.extend_from_slice(&bytes[last..start]);
            // A placeholder of a built-in kind is written here as `mask_into` writes it, and
            // a value numbered before, as written, needs its bytes alone (see `Recent`).
            if let Some(i) = f.kind.builtin_index().filter(|_| placeholder) {
                let raw = &bytes[start..end];
                let n = match self.recent_number(i, raw) {
                    Some(n) => {
                        // In the test build, the number remembered is the long way's.
                        #[cfg(test)]
                        {
                            let value = std::str::from_utf8(raw).unwrap_or("");
                            normalize_into(&f.kind, value, &mut self.scratch);
                            let fingerprint = self.fingerprint_of(self.scratch.as_bytes());
                            let slot = self.builtin_slots[i] - 1;
                            assert_eq!(self.numbers[slot].1.get(&fingerprint), Some(&n));
                        }
                        n
                    }
                    None => self.number_of_bytes(&f.kind, raw),
                };
                out.push(b'[');
                out.extend_from_slice(f.kind.as_str().as_bytes());
                out.push(b'_');
                let (digits, from) = decimal(n);
                out.extend_from_slice(&digits[from..]);
                out.push(b']');
                last = end;
                continue;
            }
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
                // ("1::") would come out whole, and kept characters may spell another
                // finding's value (an e-mail's domain, a name): mask every letter and digit
                // instead.
                if out[start..] == *value || self.guard.shows_a_value(&out[start..]) {
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
        // Written from their bytes, past the cap: a new value is not remembered there either.
        let text = "FR76 9 FR76 9 0612345678";
        let findings = [
            (0, 6, Kind::Iban),
            (7, 13, Kind::Iban),
            (14, 24, Kind::Phone),
        ]
        .map(|(start, end, kind)| Finding {
            kind,
            span: Span { start, end },
            rule: Arc::from("test"),
        });
        let mut out = Vec::new();
        m.write_masked(text.as_bytes(), &findings, 0, &mut out);
        let (a, b) = (REMEMBERED_VALUES + 3, REMEMBERED_VALUES + 4);
        assert_eq!(
            String::from_utf8(out).unwrap(),
            format!("[IBAN_{a}] [IBAN_{b}] [PHONE_1]")
        );
    }

    /// The placeholders [`Masker::write_masked_part`] writes from the values it remembers as
    /// written ([`Recent`]) are those [`Masker::mask_into`] writes, through the memo's growth,
    /// its evictions, values too long for it and kinds it does not take.
    #[test]
    fn remembered_values_mask_as_mask_into() {
        let mut rng = crate::test_rng::TestRng(7);
        let mut values: Vec<(Kind, String)> = (0..3000)
            .map(|i| (Kind::Person, format!("Nom{i} Prénom")))
            .collect();
        values.extend([
            (Kind::Person, "MARIE DUPONT".to_string()),
            (Kind::Person, "Marie Dupont".to_string()),
            (Kind::Phone, "06 12 34 56 78".to_string()),
            (Kind::Phone, "+33 6 12 34 56 78".to_string()),
            (
                Kind::Email,
                "une-adresse-plus-longue-que-24@exemple.fr".to_string(),
            ),
            (Kind::Custom("ACME_ID".into()), "A-1".to_string()),
            (Kind::Iban, String::new()),
        ]);
        let mut text = String::new();
        let mut findings = Vec::new();
        for _ in 0..20_000 {
            let (kind, value) = &values[rng.below(values.len())];
            text.push_str(" x ");
            let start = text.len();
            text.push_str(value);
            findings.push(Finding {
                kind: kind.clone(),
                span: Span {
                    start,
                    end: text.len(),
                },
                rule: Arc::from("test"),
            });
        }
        let mut long_way = Masker::new(Style::Placeholder);
        let mut want = String::new();
        let mut last = 0;
        for f in &findings {
            want.push_str(&text[last..f.span.start]);
            long_way.mask_into(f, f.text(&text), &mut want);
            last = f.span.end;
        }
        let mut masker = Masker::new(Style::Placeholder);
        let mut got = Vec::new();
        // In pieces, as a stream writes them.
        for (i, piece) in findings.chunks(1000).enumerate() {
            let from = if i == 0 { 0 } else { piece[0].span.start };
            let to = findings
                .get((i + 1) * 1000)
                .map_or(text.len(), |f| f.span.start);
            masker.write_masked_part(&text.as_bytes()[from..to], piece, from, &mut got);
        }
        assert_eq!(String::from_utf8(got).unwrap(), want);
        assert_eq!(masker.recent.len(), MAX_RECENT_SLOTS);
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

    /// The hashed guard answers as the plain definition does: a mask shows a value when it
    /// holds one as written, or holds a name's capitalised word (three bytes or more) as a
    /// whole word, in any case and without accents.
    #[test]
    fn guard_answers_as_the_plain_definition() {
        fn plain(values: &[(Kind, &str)], mask: &str) -> bool {
            let words = |text: &str| -> Vec<String> {
                text.split(|c: char| c.is_ascii() && !c.is_ascii_alphanumeric())
                    .filter(|w| w.len() >= 3)
                    .map(crate::fold::fold_str)
                    .collect()
            };
            values.iter().any(|(kind, value)| {
                mask.contains(value)
                    || (matches!(kind, Kind::Person | Kind::Client)
                        && value
                            .split(|c: char| c.is_ascii() && !c.is_ascii_alphanumeric())
                            .filter(|w| w.len() >= 3 && w.chars().next().unwrap().is_uppercase())
                            .any(|w| words(mask).contains(&crate::fold::fold_str(w))))
            })
        }
        let values = [
            (Kind::Person, "Marie DUPONT"),
            (Kind::Person, "Lefèvre"),
            (Kind::Person, "Port"),
            (Kind::Person, "de la Fontaine"),
            (Kind::Client, "Transports Émile & Fils"),
            (Kind::Email, "j.dupont@exemple.fr"),
            (Kind::IpAddress, "10.1"),
            (Kind::Secret, "pa*ss*word"),
            (Kind::Secret, "x*"),
            (Kind::Person, "EcE"),
        ];
        let masks = [
            "j***@dupont-avocats.fr",
            "j***@DUPONT.fr",
            "j***@dupontel.fr",
            "a***@atelier-lefevre.fr",
            "a***@atelier-lefèvre.fr",
            "a***@support.fr",
            "a***@port.fr",
            "a***@la-fontaine.fr",
            "a***@fontaine.fr",
            "t***@emile.fr",
            "t***@fils.fr",
            "M**** D*****",
            "10.1.*.*",
            "10.*.*.*",
            "pa*ss*word",
            "pa*ss",
            "***x*",
            "x***",
            "E***@A.AAEEcE",
            "E***@A.AAEECE",
            "",
        ];
        let findings = values.iter().map(|(kind, value)| (kind, *value));
        let guard = Guard::of(findings);
        for mask in masks {
            assert_eq!(guard.shows_a_value(mask), plain(&values, mask), "{mask:?}");
        }
        // Every value of the table shows itself.
        for (_, value) in values {
            assert!(guard.shows_a_value(value), "{value:?}");
        }
        assert!(!Guard::default().shows_a_value("j***@dupont.fr"));
    }
}
