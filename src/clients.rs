//! CLIENT: the company's own client list, matched as people write names.
//!
//! A list is a text file, one name per line (blank lines and `#` comments ignored), or a
//! column of a CSV file. Matching is case-, accent-, whitespace- and apostrophe-insensitive,
//! whole words only, and the legal form is optional: "Transports Lefèvre & Fils SAS" listed
//! matches "TRANSPORTS LEFEVRE et Fils", and a legal form written after (or before) the name
//! is part of the finding.
//!
//! # How it scales
//!
//! Each name is folded ([`normalize`]) and stripped of its legal form once, at load. The index
//! is a hash table of the 64-bit hashes of the folded names ([`index`]), with a bit set over
//! the hashes of the names and of their prefixes that end a word (a name ends here, a longer
//! one goes on), plus a filter of the names' first words ([`starts`]; a name of several words is
//! filed under its first two words). A scan folds the text once into a reused per-thread
//! buffer with a compact offset map, finds its words sixty-four bytes at a time and asks the
//! filter about each; only where a name may begin does
//! the walk go on, hashing byte by byte and asking the bit set (and the hash table where a name
//! may end) at each word end until no name goes on. The longest name found is confirmed on the
//! original text: Unicode word boundaries (UAX #29, with the French elision `l'`/`d'` as a
//! boundary and a hyphen between letters as none, so that "Martin" does not match in
//! "Saint-Martin"), and capitalisation for weak names (see below).
//!
//! This replaces an Aho-Corasick automaton, which matched the same way but took 25 s to build
//! for 1,000,000 names (aho-corasick 1.1, contiguous NFA, anchored): the hash index builds in a
//! fraction of that and answers an anchored longest match with one lookup per word. A 64-bit
//! hash collision could in theory report a name that is not listed; with a million names and
//! megabytes of text the odds are below one in a million.
//!
//! # Weak names
//!
//! A name made only of very short words (three letters or fewer) or of common French words
//! ("Orange", "Total", "Le Petit Marché") is matched only where the text capitalises it as a
//! name: capitalised, and not at the start of a sentence or a line, where a capital proves
//! nothing ("Total HT : …"), unless a verb that takes a company as subject follows ("Orange a
//! renouvelé son contrat"). The loader reports each such entry as a [`ClientWarning`], by line
//! number only.

mod index;
mod normalize;
mod starts;

use std::cell::RefCell;
use std::collections::HashSet;
use std::hash::{BuildHasherDefault, Hasher};
use std::path::Path;
use std::sync::{Arc, OnceLock};

use unicode_segmentation::UnicodeSegmentation;

use crate::engine::{Detection, Detector, EngineBuilder};
use crate::error::{Error, Result};
use crate::finding::Span;
use crate::kind::Kind;

pub use normalize::Folded;

/// The rule id reported for client findings.
pub const CLIENT_RULE: &str = "client-list";

/// Client findings outrank any other finding of the same span (a client named like a person).
const CLIENT_PRIORITY: i32 = 30;

/// Entries longer than this (in bytes, folded) are ignored with a warning.
const MAX_NAME_LEN: usize = 256;

/// A client list file may not be larger than this.
const MAX_LIST_BYTES: u64 = 1 << 30;

/// Legal forms, folded and without dots: optional in the text, stripped from entries.
const LEGAL_FORMS: &[&str] = &[
    "sarl", "sas", "sasu", "sa", "eurl", "sci", "snc", "ei", "eirl", "selarl", "selas", "selafa",
    "scop", "scp", "scm", "scs", "sca", "gie", "sem", "spa", "scea", "earl", "gaec", "sccv", "sel",
    "selasu", "gmbh", "ltd", "inc", "llc", "bv",
];

/// Why an entry of the list deserves the user's attention.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum WarningReason {
    /// Only short words: matched only where capitalised.
    Short,
    /// Only common words: matched only where capitalised.
    CommonWord,
    /// Nothing left once folded (punctuation only, or a bare legal form): ignored.
    Empty,
    /// Longer than the limit: ignored.
    TooLong,
}

/// A remark about one entry of the list. It names the line, never the entry itself, so that
/// warnings can go to logs without carrying client names.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ClientWarning {
    /// 1-based line (of the file, or position in the iterator; for a CSV, the record number).
    pub line: usize,
    pub reason: WarningReason,
}

impl std::fmt::Display for ClientWarning {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let what = match self.reason {
            WarningReason::Short => {
                "very short name: matched only where capitalised inside a sentence"
            }
            WarningReason::CommonWord => {
                "common word: matched only where capitalised inside a sentence"
            }
            WarningReason::Empty => "nothing left to match once folded: ignored",
            WarningReason::TooLong => "name longer than 256 bytes: ignored",
        };
        write!(f, "line {}: {what}", self.line)
    }
}

/// A loaded client list: the detector for the CLIENT kind. Cheap to share (an `Arc` inside).
#[derive(Clone, Debug)]
pub struct ClientList {
    inner: Arc<Inner>,
    warnings: Vec<ClientWarning>,
}

#[derive(Debug)]
struct Inner {
    /// Hashes of the folded names, with their weakness.
    index: index::NameIndex,
    /// Two bits per slot of a hash: a longer name goes on from this prefix ([`GOES_ON`]), a
    /// name ends here ([`ENDS_NAME`]). The walk asks them at each word end, and the hash table
    /// only when a name may end. Every name's first word is such a prefix, so the first check
    /// at a word start is also the filter that skips words no name starts with. Both bits of a
    /// slot share a cache line, and the set is sized to the list (16 slots per prefix, at most
    /// 1 in 16 false hits), so that a short list stays in cache.
    walk: starts::SlotBits,
    /// Where a walk may start ([`starts`]): the names of one word ([`starts::FIRST`]), and the
    /// first words of the longer names ([`starts::PAIR`]), by their word keys.
    first_words: starts::SlotBits,
    /// The pairs of the first two words of the names of several words.
    pairs: starts::PairBits,
    names: usize,
}

impl Inner {
    /// The [`GOES_ON`] and [`ENDS_NAME`] bits of the slot of `hash`.
    #[inline]
    fn walk_bits(&self, hash: u64) -> u8 {
        self.walk.get(hash)
    }
}

/// The flags of a prefix of a name: a name ends here; a longer name goes on from here; that
/// name is weak. The first two are also the bits of a slot of [`Inner::walk`].
const ENDS_NAME: u8 = 1;
const GOES_ON: u8 = 2;
const WEAK: u8 = 4;

/// How many walk starts ahead of the walk [`Inner::prefetch_walk`] runs: a walk takes a few
/// hundred nanoseconds, about the time a line takes to come from memory.
const PREFETCH_AHEAD: usize = 4;

/// How many word ends of a walk [`Inner::prefetch_walk`] prepares: the names of the lists
/// have two or three words, and a walk from "de" that finds nothing ("de la facture") reads
/// three.
const PREFETCH_WORDS: usize = 3;

thread_local! {
    /// The folded text and the walks' scratch of a thread's scans, reused: grown from empty at
    /// each scan, the walk starts' vector cost a reallocation and a copy of itself each time
    /// it doubled.
    static FOLDED: RefCell<(Folded, WalkScratch)> = RefCell::new(Default::default());
}

/// The common words, looked up for each word of each entry of a list: hashed with FNV-1a
/// rather than SipHash, which cost a tenth of loading a list. The set is built from embedded
/// words, and the words looked up come from the user's own list.
type CommonWords = HashSet<String, BuildHasherDefault<FnvHasher>>;

#[derive(Default)]
struct FnvHasher(u64);

impl Hasher for FnvHasher {
    fn write(&mut self, bytes: &[u8]) {
        let start = if self.0 == 0 { FNV_START } else { self.0 };
        self.0 = bytes.iter().fold(start, |h, &b| fnv_step(h, b));
    }

    fn finish(&self) -> u64 {
        finish(self.0)
    }
}

/// The common words (folded), with the ambiguous first names of the lexicon.
fn common_words() -> &'static CommonWords {
    static WORDS: OnceLock<CommonWords> = OnceLock::new();
    WORDS.get_or_init(|| {
        let mut scratch = Folded::default();
        include_str!("clients/common_words.txt")
            .lines()
            .chain(include_str!("../data/lexicon/ambiguous.txt").lines())
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .map(|l| normalize::fold_name(l, &mut scratch))
            .collect()
    })
}

fn is_word_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b >= 0x80
}

/// [`is_word_byte`] as a table, for the walk over every byte of a text.
const WORD_BYTES: [bool; 256] = {
    let mut table = [false; 256];
    let mut b = 0;
    while b < 256 {
        table[b] = (b as u8).is_ascii_alphanumeric() || b >= 0x80;
        b += 1;
    }
    table
};

const FNV_START: u64 = 0xcbf2_9ce4_8422_2325;

/// One step of FNV-1a: names and text are hashed byte by byte, so that the hash of every
/// prefix is at hand while walking the text.
#[inline]
fn fnv_step(h: u64, b: u8) -> u64 {
    (h ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01b3)
}

/// FNV-1a, with a final mix so that every bit depends on every byte (the index uses the low
/// bits, the walk's bit set the high ones): the high half folded into the low, one
/// multiplication, whose high bits depend on every bit, folded back into the low. Asked at
/// every word end of every walk, where the two rounds of a 64-bit finaliser cost twice this.
#[inline]
fn finish(h: u64) -> u64 {
    let z = (h ^ (h >> 32)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    z ^ (z >> 29)
}

/// [`prefetch`] into the second-level cache only: for a table read whole ahead of a scan
/// ([`starts::SlotBits::warm`]), which would push the scan's own lines out of the first.
#[inline(always)]
fn prefetch_l2<T>(value: &T) {
    #[cfg(target_arch = "x86_64")]
    // SAFETY: as in [`prefetch`]: every x86-64 processor has SSE, and a prefetch reads
    // nothing the program sees and never faults.
    unsafe {
        use std::arch::x86_64::{_mm_prefetch, _MM_HINT_T1};
        _mm_prefetch::<_MM_HINT_T1>(std::ptr::from_ref(value).cast());
    }
    #[cfg(not(target_arch = "x86_64"))]
    let _ = value;
}

/// Asks the memory for the cache line of `value`, so that a later read finds it there: the
/// walks read their tables at hashed places, and a read that misses the caches stalls the walk
/// for longer than the rest of its work ([`Inner::prefetch_walk`]).
#[inline(always)]
pub(crate) fn prefetch<T>(value: &T) {
    #[cfg(target_arch = "x86_64")]
    // SAFETY: every x86-64 processor has SSE, which `_mm_prefetch` asks for; a prefetch only
    // hints the cache, reads nothing the program sees and never faults, and `value` is a
    // reference, so its address is valid anyway.
    unsafe {
        use std::arch::x86_64::{_mm_prefetch, _MM_HINT_T0};
        _mm_prefetch::<_MM_HINT_T0>(std::ptr::from_ref(value).cast());
    }
    #[cfg(not(target_arch = "x86_64"))]
    let _ = value;
}

/// The last byte of the next word of `norm` after `p` (the last byte of a word), before
/// `limit`, with `h` carried over the bytes up to it; `p` is `limit` or more when no word ends
/// before `limit`. Walks and their prefetches step from word end to word end by it.
#[inline(always)]
fn next_word_end(norm: &[u8], mut p: usize, limit: usize, mut h: u64) -> (usize, u64) {
    p += 1;
    while p < limit {
        let b = norm[p];
        h = fnv_step(h, b);
        if WORD_BYTES[usize::from(b)]
            && !norm.get(p + 1).is_some_and(|&n| WORD_BYTES[usize::from(n)])
        {
            break;
        }
        p += 1;
    }
    (p, h)
}

fn strip_dots(word: &str) -> String {
    word.chars().filter(|&c| c != '.').collect()
}

fn is_legal_form(word: &str) -> bool {
    let bare = strip_dots(word);
    LEGAL_FORMS.contains(&bare.as_str())
}

/// Whether a whitespace-separated token of an entry is a legal form ("SARL", "S.A.S.",
/// "(SAS)"): its letters, digits and dots, lower-cased and without the dots. Asked for one or
/// two tokens of every entry, so an ASCII token (nearly all) is compared in place: lower-casing
/// and collecting it into new strings was a third of what loading a list cost.
fn is_legal_token(token: &str) -> bool {
    if !token.is_ascii() {
        let t = token.trim_matches(|c: char| !(c.is_alphanumeric() || c == '.'));
        // Lower-casing never shortens a text nor makes a dot: a token of more characters
        // (dots aside) than the longest legal form cannot become one.
        if t.chars().filter(|&c| c != '.').count() > LONGEST_LEGAL_FORM {
            return false;
        }
        return is_legal_form(&t.to_lowercase());
    }
    // ASCII: letters and digits are the ASCII ones, and lower-casing is `to_lowercase`. The
    // bytes are packed into a word, to be compared with the packed legal forms.
    let kept = |b: &u8| b.is_ascii_alphanumeric() || *b == b'.';
    let bytes = token.as_bytes();
    let Some(first) = bytes.iter().position(kept) else {
        return false;
    };
    let last = bytes.iter().rposition(kept).unwrap_or(first);
    let mut packed = 0u64;
    let mut n = 0;
    for &b in bytes[first..=last].iter().filter(|&&b| b != b'.') {
        if n == LONGEST_LEGAL_FORM {
            return false;
        }
        packed |= u64::from(b.to_ascii_lowercase()) << (8 * n);
        n += 1;
    }
    n > 0 && PACKED_LEGAL_FORMS.binary_search(&packed).is_ok()
}

/// [`LEGAL_FORMS`], each packed into a word as [`is_legal_token`] packs a token, sorted.
const PACKED_LEGAL_FORMS: [u64; LEGAL_FORMS.len()] = {
    let mut packed = [0u64; LEGAL_FORMS.len()];
    let mut i = 0;
    while i < LEGAL_FORMS.len() {
        let form = LEGAL_FORMS[i].as_bytes();
        assert!(!form.is_empty() && form.len() <= 8);
        let mut k = 0;
        while k < form.len() {
            packed[i] |= (form[k] as u64) << (8 * k);
            k += 1;
        }
        i += 1;
    }
    // Insertion sort, at compile time.
    let mut i = 1;
    while i < packed.len() {
        let mut k = i;
        while k > 0 && packed[k - 1] > packed[k] {
            let t = packed[k];
            packed[k] = packed[k - 1];
            packed[k - 1] = t;
            k -= 1;
        }
        i += 1;
    }
    packed
};

/// The length of the longest of [`LEGAL_FORMS`] (all ASCII).
const LONGEST_LEGAL_FORM: usize = crate::longest_len(LEGAL_FORMS);

/// The first letters of [`LEGAL_FORMS`], bit `k` for the `k`-th letter of the alphabet.
const LEGAL_FIRST_LETTERS: u32 = {
    let mut mask = 0u32;
    let mut i = 0;
    while i < LEGAL_FORMS.len() {
        let first = LEGAL_FORMS[i].as_bytes()[0];
        assert!(first.is_ascii_lowercase());
        mask |= 1 << (first - b'a');
        i += 1;
    }
    mask
};

/// Whether `token`, lower-cased and with the dots at its end dropped when `trim_dots`, is one
/// of `words` (ASCII, lower case). In place for an ASCII token, as [`is_legal_token`].
fn lower_is(token: &str, trim_dots: bool, words: &[&str]) -> bool {
    if !token.is_ascii() {
        let lower = token.to_lowercase();
        let lower = if trim_dots {
            lower.trim_end_matches('.')
        } else {
            &lower
        };
        return words.contains(&lower);
    }
    let t = if trim_dots {
        token.trim_end_matches('.')
    } else {
        token
    };
    words.iter().any(|w| w.eq_ignore_ascii_case(t))
}

/// Pushes the tokens of `name` that `split_whitespace` gives. An ASCII name is split on
/// bytes: `split_whitespace` decodes every character, and in ASCII its whitespace is these
/// six bytes.
fn push_tokens<'n>(name: &'n str, tokens: &mut Vec<&'n str>) {
    if !name.is_ascii() {
        tokens.extend(name.split_whitespace());
        return;
    }
    let whitespace = |b: &u8| matches!(b, b' ' | b'\t' | b'\n' | 0x0b | 0x0c | b'\r');
    let mut at = 0;
    for piece in name.as_bytes().split(whitespace) {
        if !piece.is_empty() {
            tokens.push(&name[at..at + piece.len()]);
        }
        at += piece.len() + 1;
    }
}

/// The part of an entry that must appear in the text, folded into `scratch`: legal forms and
/// "et Cie" stripped from the end (and from the start when the rest still names the client),
/// punctuation trimmed. Legal forms are whole whitespace-separated tokens of the entry, so a
/// hyphenated surname ("Guengard-Sa") keeps its last part. `None` when nothing is left.
fn match_key<'s>(name: &str, scratch: &'s mut Folded) -> Option<&'s str> {
    let base = name.as_ptr() as usize;
    let mut tokens: Vec<&str> = Vec::with_capacity(8);
    push_tokens(name, &mut tokens);
    let legal = is_legal_token;
    loop {
        let n = tokens.len();
        if n >= 2 && legal(tokens[n - 1]) {
            tokens.pop();
        } else if n >= 3
            && lower_is(tokens[n - 2], false, &["et", "&"])
            && lower_is(tokens[n - 1], true, &["cie", "compagnie", "co"])
        {
            tokens.truncate(n - 2);
        } else {
            break;
        }
    }
    let span = |tokens: &[&str]| {
        let first = tokens[0].as_ptr() as usize - base;
        let last = tokens[tokens.len() - 1];
        &name[first..last.as_ptr() as usize - base + last.len()]
    };
    if tokens.len() >= 2 && legal(tokens[0]) {
        scratch.fold(span(&tokens[1..]));
        let rest = std::str::from_utf8(&scratch.text).unwrap_or("");
        if weakness(key_words(rest)).is_none() {
            tokens.remove(0);
        }
    }
    if tokens.is_empty() || (tokens.len() == 1 && legal(tokens[0])) {
        return None;
    }
    scratch.fold(span(&tokens));
    let folded = std::str::from_utf8(&scratch.text).ok()?;
    let key = folded.trim_matches(|c: char| !c.is_alphanumeric());
    (!key.is_empty()).then_some(key)
}

fn weakness<'w>(words: impl IntoIterator<Item = &'w str>) -> Option<WarningReason> {
    let common = common_words();
    let mut all_short = true;
    for w in words {
        // The ASCII letters and digits are the only alphanumeric characters of an ASCII word.
        let (letters, chars) = if w.is_ascii() {
            let letters = w.bytes().filter(u8::is_ascii_alphanumeric).count();
            (letters, w.len())
        } else {
            let letters = w.chars().filter(|c| c.is_alphanumeric()).count();
            (letters, w.chars().count())
        };
        if letters > 3 {
            all_short = false;
            let known = common.contains(w)
                || (letters != chars
                    && common.contains(
                        &w.chars()
                            .filter(|c| c.is_alphanumeric())
                            .collect::<String>(),
                    ));
            if !known {
                return None;
            }
        }
    }
    Some(if all_short {
        WarningReason::Short
    } else {
        WarningReason::CommonWord
    })
}

/// What one entry adds to the index.
#[derive(Default)]
struct Prepared {
    /// (hash, flags) to OR into the index.
    entries: Vec<(u64, u8)>,
    /// (word key, [`starts::FIRST`] or [`starts::PAIR`]) of the first word.
    first_words: Vec<(u64, u8)>,
    /// Pair keys of the first two words.
    pairs: Vec<(u64, u8)>,
    warnings: Vec<ClientWarning>,
    names: usize,
}

impl Prepared {
    fn add(&mut self, line: usize, name: &str, scratch: &mut Folded) {
        let name = name.trim();
        if name.is_empty() || name.starts_with('#') {
            return;
        }
        let Some(key) = match_key(name, scratch) else {
            self.warnings.push(ClientWarning {
                line,
                reason: WarningReason::Empty,
            });
            return;
        };
        if key.len() > MAX_NAME_LEN {
            self.warnings.push(ClientWarning {
                line,
                reason: WarningReason::TooLong,
            });
            return;
        }
        let mut flags = ENDS_NAME;
        if let Some(reason) = weakness(key_words(key)) {
            flags |= WEAK;
            self.warnings.push(ClientWarning { line, reason });
        }
        let bytes = key.as_bytes();
        // Every prefix that ends a word is marked, so that a scan stops as soon as the text
        // leaves every name.
        let mut h = FNV_START;
        for (i, &b) in bytes.iter().enumerate() {
            h = fnv_step(h, b);
            let word = |b: u8| WORD_BYTES[usize::from(b)];
            let ends_word = word(b) && bytes.get(i + 1).is_none_or(|&n| !word(n));
            if ends_word && i + 1 < bytes.len() {
                self.entries.push((finish(h), GOES_ON));
            }
        }
        self.entries.push((finish(h), flags));
        self.names += 1;
        self.add_start(bytes);
    }

    /// Files the name under its word when it has one, or under its first two words ([`starts`]).
    /// A key that starts with no word byte cannot match, as a walk starts at a word.
    fn add_start(&mut self, key: &[u8]) {
        let word_end = |from: usize| {
            key[from..]
                .iter()
                .position(|&b| !WORD_BYTES[usize::from(b)])
                .map_or(key.len(), |n| from + n)
        };
        let first_end = word_end(0);
        if first_end == 0 {
            return;
        }
        let first = starts::word_key(key, 0, first_end);
        let second = key[first_end..]
            .iter()
            .position(|&b| WORD_BYTES[usize::from(b)])
            .map(|n| first_end + n);
        if let Some(s) = second {
            let next = starts::word_key(key, s, word_end(s));
            self.first_words.push((first, starts::PAIR));
            self.pairs
                .push((starts::pair_key(first, next), starts::FIRST));
        } else {
            self.first_words.push((first, starts::FIRST));
        }
    }
}

impl ClientList {
    /// Builds the list from names, one per item; items that are blank or start with `#` are
    /// skipped (so the lines of a text file can be passed as they are).
    pub fn from_names<I, S>(names: I) -> Result<ClientList>
    where
        I: IntoIterator<Item = S>,
        S: AsRef<str> + Sync,
    {
        use rayon::prelude::*;
        // Folding and hashing run in parallel over chunks; the index is filled after, in order.
        const CHUNK: usize = 8192;
        let names: Vec<S> = names.into_iter().collect();
        let parts: Vec<Prepared> = names
            .par_chunks(CHUNK)
            .enumerate()
            .map(|(chunk, items)| {
                let mut scratch = Folded::default();
                let mut part = Prepared::default();
                part.first_words.reserve(items.len());
                for (k, name) in items.iter().enumerate() {
                    part.add(chunk * CHUNK + k + 1, name.as_ref(), &mut scratch);
                }
                part
            })
            .collect();
        let names_total: usize = parts.iter().map(|p| p.names).sum();
        let mut index = index::NameIndex::with_capacity(names_total);
        // The filters of the starts are asked at every word of a text, the walk's set only
        // where one lets a walk through: they get more room for fewer false walks.
        let walk = starts::SlotBits::new(parts.iter().flat_map(|p| p.entries.iter()), 16);
        let first_words =
            starts::SlotBits::new(parts.iter().flat_map(|p| p.first_words.iter()), 32);
        let pairs = starts::PairBits::new(parts.iter().flat_map(|p| p.pairs.iter()), 32);
        let mut warnings = Vec::new();
        let mut count = 0;
        for part in parts {
            for (hash, flags) in part.entries {
                if flags & ENDS_NAME != 0 {
                    index.insert(hash, flags & WEAK != 0);
                }
            }
            warnings.extend(part.warnings);
            count += part.names;
        }
        Ok(ClientList {
            inner: Arc::new(Inner {
                index,
                walk,
                first_words,
                pairs,
                names: count,
            }),
            warnings,
        })
    }

    /// Reads a text file: one name per line, blank lines and `#` comments ignored.
    pub fn from_text_file(path: impl AsRef<Path>) -> Result<ClientList> {
        let text = read_list(path.as_ref())?;
        ClientList::from_names(lines_of(&text))
    }

    /// Reads the column named `column` of a CSV file with a header row. The delimiter is `;`
    /// when the header holds more semicolons than commas (as French spreadsheets write), else `,`.
    /// Warnings number records from 1 (the first record after the header).
    pub fn from_csv_file(path: impl AsRef<Path>, column: &str) -> Result<ClientList> {
        let path = path.as_ref();
        let text = read_list(path)?;
        let header = text.lines().next().unwrap_or("");
        let delimiter = if header.matches(';').count() > header.matches(',').count() {
            b';'
        } else {
            b','
        };
        let fail = |message: String| Error::Config(format!("{}: {message}", path.display()));
        let mut reader = csv::ReaderBuilder::new()
            .delimiter(delimiter)
            .flexible(true)
            .from_reader(text.as_bytes());
        let headers = reader
            .headers()
            .map_err(|e| fail(format!("reading the CSV header: {e}")))?;
        let index = headers
            .iter()
            .position(|h| h.trim().trim_start_matches('\u{feff}') == column)
            .ok_or_else(|| fail(format!("no column named `{column}` in the CSV header")))?;
        let mut names = Vec::new();
        for record in reader.records() {
            let record = record.map_err(|e| fail(format!("reading the CSV: {e}")))?;
            names.push(record.get(index).unwrap_or("").to_string());
        }
        ClientList::from_names(names)
    }

    /// The remarks about the list's entries, in line order.
    pub fn warnings(&self) -> &[ClientWarning] {
        &self.warnings
    }

    /// How many names are matched.
    pub fn len(&self) -> usize {
        self.inner.names
    }

    pub fn is_empty(&self) -> bool {
        self.inner.names == 0
    }
}

/// The lines of `text`, as `str::lines` gives them, found by one `memchr` pass: a list holds
/// a name per line, and finding each line break with its own search cost more than folding
/// the name.
fn lines_of(text: &str) -> Vec<&str> {
    let mut lines = Vec::new();
    let mut start = 0;
    for end in memchr::memchr_iter(b'\n', text.as_bytes()) {
        let line = &text[start..end];
        lines.push(line.strip_suffix('\r').unwrap_or(line));
        start = end + 1;
    }
    if start < text.len() {
        lines.push(&text[start..]);
    }
    lines
}

/// The words of a folded key: its pieces between single spaces, as `split(' ')` gives them,
/// split on bytes.
fn key_words(key: &str) -> impl Iterator<Item = &str> + '_ {
    let mut at = 0;
    key.as_bytes().split(|&b| b == b' ').map(move |piece| {
        let word = &key[at..at + piece.len()];
        at += piece.len() + 1;
        word
    })
}

fn read_list(path: &Path) -> Result<String> {
    let io = |source| Error::Io {
        path: path.to_path_buf(),
        source,
    };
    let meta = std::fs::metadata(path).map_err(io)?;
    if meta.len() > MAX_LIST_BYTES {
        return Err(Error::Config(format!(
            "{}: client list larger than {MAX_LIST_BYTES} bytes",
            path.display()
        )));
    }
    let bytes = std::fs::read(path).map_err(io)?;
    String::from_utf8(bytes).map_err(|_| {
        Error::Config(format!(
            "{}: the client list is not valid UTF-8 (save it as UTF-8)",
            path.display()
        ))
    })
}

fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '’' | 'ʼ')
}

fn is_hyphen(c: char) -> bool {
    matches!(c, '-' | '\u{2010}' | '\u{2011}')
}

/// Whether `i` separates two words, by UAX #29 with two French adjustments: an apostrophe
/// separates ("l'Orange", "d'Orange"), a hyphen between letters joins ("Saint-Martin").
///
/// Inlined, the two-byte ASCII cases at its head: it runs at both ends of each name found
/// and after the legal forms (32,000 calls per scan of the client bench text), nearly all
/// settled there, where the call cost more than the answer. The rest is
/// [`is_word_boundary_beyond_ascii`], out of line.
#[inline]
fn is_word_boundary(text: &str, i: usize) -> bool {
    // Two ASCII bytes, neither a hyphen (whose answer looks one character further): settled
    // on the bytes, without decoding characters.
    let bytes = text.as_bytes();
    if let (Some(&b), Some(&a)) = (i.checked_sub(1).and_then(|k| bytes.get(k)), bytes.get(i)) {
        if b.is_ascii() && a.is_ascii() && b != b'-' && a != b'-' {
            if b == b'\'' || a == b'\'' {
                return true;
            }
            let separator = |c: u8| {
                !c.is_ascii_alphanumeric() && !matches!(c, b'.' | b',' | b':' | b';' | b'_')
            };
            match (b.is_ascii_alphanumeric(), a.is_ascii_alphanumeric()) {
                (true, true) => return false,
                (true, false) if separator(a) => return true,
                (false, true) if separator(b) => return true,
                _ => {}
            }
        }
    }
    is_word_boundary_beyond_ascii(text, i)
}

/// [`is_word_boundary`] where its two-byte ASCII cases do not settle it: decodes the
/// characters on both sides.
#[inline(never)]
fn is_word_boundary_beyond_ascii(text: &str, i: usize) -> bool {
    let before = text[..i].chars().next_back();
    let after = text[i..].chars().next();
    let (Some(b), Some(a)) = (before, after) else {
        return true;
    };
    if is_apostrophe(b) || is_apostrophe(a) {
        return true;
    }
    if is_hyphen(b) {
        let b2 = text[..i - b.len_utf8()].chars().next_back();
        return !b2.is_some_and(char::is_alphanumeric);
    }
    if is_hyphen(a) {
        let a2 = text[i + a.len_utf8()..].chars().next();
        return !a2.is_some_and(char::is_alphanumeric);
    }
    // The common cases, settled as UAX #29 would: two letters or digits (ASCII or Latin) are
    // one word (WB5, WB8-WB10); a letter or digit next to ASCII whitespace or punctuation
    // other than the mid-word marks `.,:;'_` is not (WB3a-WB3b, WB999).
    let word = |c: char| {
        c.is_ascii_alphanumeric() || ('\u{c0}'..='\u{24f}').contains(&c) && c.is_alphabetic()
    };
    let separator = |c: char| {
        c.is_ascii()
            && !c.is_ascii_alphanumeric()
            && !matches!(c, '.' | ',' | ':' | ';' | '\'' | '_')
    };
    match (word(b), word(a)) {
        (true, true) => return false,
        (true, false) if separator(a) => return true,
        (false, true) if separator(b) => return true,
        _ => {}
    }
    // Punctuation after or before a letter: `,` and `;` join only digits (WB11-WB12); `.` and
    // `:` join two letters (WB6-WB7), so the character beyond decides.
    let letter = |c: char| c.is_ascii_alphabetic() || !c.is_ascii() && word(c);
    if letter(b) && matches!(a, ',' | ';') || letter(a) && matches!(b, ',' | ';') {
        return true;
    }
    let beyond = if letter(b) && matches!(a, '.' | ':') {
        Some(text[i + 1..].chars().next())
    } else if letter(a) && matches!(b, '.' | ':') {
        Some(text[..i - 1].chars().next_back())
    } else {
        None
    };
    match beyond {
        Some(None) => return true,
        Some(Some(x)) if x.is_ascii() => return !x.is_ascii_alphabetic(),
        _ => {}
    }
    uax29_boundary(text, i)
}

/// Whether `i` is a word boundary by UAX #29, read on a small window: its rules look at most
/// a few characters away.
fn uax29_boundary(text: &str, i: usize) -> bool {
    let mut lo = i.saturating_sub(16);
    while !text.is_char_boundary(lo) {
        lo -= 1;
    }
    let mut hi = (i + 16).min(text.len());
    while !text.is_char_boundary(hi) {
        hi += 1;
    }
    text[lo..hi]
        .split_word_bound_indices()
        .any(|(k, _)| lo + k == i)
}

/// Whether every significant word of `found` starts with a capital: the words of more than
/// three letters, or all of them when none is that long.
fn capitalised(found: &str) -> bool {
    let words: Vec<&str> = found
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    let long = words.iter().any(|w| w.chars().count() > 3);
    words
        .iter()
        .filter(|w| !long || w.chars().count() > 3)
        .all(|w| w.chars().next().is_some_and(char::is_uppercase))
}

/// Whether `i` begins a sentence or a line, where a capital says nothing about a name
/// ("Total HT : …", "Orange et citron").
fn starts_sentence(text: &str, i: usize) -> bool {
    let before = text[..i].trim_end_matches([
        ' ', '\t', '\u{a0}', '\u{202f}', '"', '«', '(', '-', '*', '•',
    ]);
    match before.chars().next_back() {
        None => true,
        // "M. Martin", "Dr. Orange": a dot after a short capitalised abbreviation.
        Some('.') => {
            let word = before[..before.len() - 1]
                .rsplit(|c: char| !c.is_alphabetic())
                .next()
                .unwrap_or("");
            let abbreviation = (1..=3).contains(&word.chars().count())
                && word.chars().next().is_some_and(char::is_uppercase);
            !abbreviation
        }
        Some(c) => matches!(c, '\n' | '\r' | '!' | '?' | '…'),
    }
}

/// Verbs whose subject, at the start of a sentence, is the client and not the word: "Orange a
/// renouvelé son contrat", "Total nous demande…", but not "Orange et citron", "Total HT".
const COMPANY_VERBS: &str = "a accepte annule attend commande confirme conteste demande doit \
    m'a n'a nous ont paie paye propose rappelle refuse relance renouvelle règle réclame signe \
    souhaite va veut vient vous";

/// Whether `rest` (the text after a client's name) starts with one of [`COMPANY_VERBS`].
fn company_verb(rest: &str) -> bool {
    let rest = rest.trim_start_matches([' ', '\u{a0}', '\u{202f}']);
    let word_end = rest
        .find(|c: char| !(c.is_alphabetic() || c == '\'' || c == '’'))
        .unwrap_or(rest.len());
    if word_end == 0 || word_end == rest.len() && rest.len() > 12 {
        return false;
    }
    let word = rest[..word_end].replace('’', "'");
    COMPANY_VERBS.split_whitespace().any(|v| v == word)
}

/// A legal form as written in a text: upper case ("SARL", "S.A.R.L."), or title case for the
/// longer ones ("Sarl"). Returns its length in bytes.
///
/// Inlined, the test of the first byte: most words around a name ("a", "client", "chez")
/// start with a letter that no legal form starts with, and are turned away on that byte
/// (24,000 of the 32,000 calls per scan of the client bench text), where the call cost more
/// than the answer. The rest is [`legal_form_after_first`], out of line.
#[inline]
fn legal_form_at(rest: &str) -> Option<usize> {
    if rest.as_bytes().first().is_some_and(|&b| {
        b.is_ascii_alphabetic() && LEGAL_FIRST_LETTERS & (1 << (b.to_ascii_lowercase() - b'a')) == 0
    }) {
        return None;
    }
    legal_form_after_first(rest)
}

/// [`legal_form_at`] once its first byte may start a legal form.
#[inline(never)]
fn legal_form_after_first(rest: &str) -> Option<usize> {
    // On bytes: the token is ASCII letters and dots, and a character outside them (ASCII or
    // not) ends it at its first byte. This runs after every client found.
    let bytes = rest.as_bytes();
    let len = bytes
        .iter()
        .position(|&b| !(b.is_ascii_alphabetic() || b == b'.'))
        .unwrap_or(bytes.len());
    let mut token = &bytes[..len];
    while let [head @ .., b'.'] = token {
        token = head;
    }
    let dotted = token.contains(&b'.');
    let token_len = if dotted && bytes.get(token.len()) == Some(&b'.') {
        token.len() + 1
    } else {
        token.len()
    };
    // The token without its dots, in a stack buffer.
    let mut buf = [0u8; 8];
    let mut n = 0;
    for &b in token.iter().filter(|&&b| b != b'.') {
        *buf.get_mut(n)? = b;
        n += 1;
    }
    let bare = &buf[..n];
    // Compared packed, as in `is_legal_token`: the forms are lower-case ASCII letters.
    let packed = bare.iter().enumerate().fold(0u64, |p, (k, b)| {
        p | u64::from(b.to_ascii_lowercase()) << (8 * k)
    });
    if bare.is_empty() || PACKED_LEGAL_FORMS.binary_search(&packed).is_err() {
        return None;
    }
    let upper = bare.iter().all(|b| b.is_ascii_uppercase());
    let title = bare.len() >= 4 && bare[1..].iter().all(|b| b.is_ascii_lowercase());
    let mixed_known = matches!(bare, b"GmbH" | b"Ltd" | b"Inc");
    ((upper || title || mixed_known) && bare.len() >= 2).then_some(token_len)
}

/// "et Cie", "& Cie", "& Co", "et Compagnie" at the start of `rest`: its length.
fn company_suffix_at(rest: &str) -> Option<usize> {
    let (conj, after) = if let Some(r) = rest.strip_prefix('&') {
        (1, r)
    } else if let Some(r) = rest.strip_prefix("et") {
        (2, r)
    } else {
        return None;
    };
    let spaces = after.len() - after.trim_start_matches([' ', '\u{a0}']).len();
    if spaces == 0 && conj == 2 {
        return None;
    }
    let word = &after[spaces..];
    for (suffix, needs_amp) in [
        ("Compagnie", false),
        ("Cie.", false),
        ("Cie", false),
        ("cie", false),
        ("Co.", true),
        ("Co", true),
    ] {
        if word.starts_with(suffix) && (!needs_amp || conj == 1) {
            return Some(conj + spaces + suffix.len());
        }
    }
    None
}

/// Extends a client span over a legal form or "et Cie" written after it, and over a legal
/// form written before it ("SARL Dupont").
fn extend_over_legal_forms(text: &str, span: Span) -> Span {
    let mut end = span.end;
    for _ in 0..2 {
        let rest = &text[end..];
        let after_comma = rest.strip_prefix(',').unwrap_or(rest);
        let gap_rest = after_comma.trim_start_matches([' ', '\u{a0}', '\u{202f}']);
        let gap = rest.len() - gap_rest.len();
        if gap == 0 || gap > 4 {
            break;
        }
        let extra = legal_form_at(gap_rest).or_else(|| company_suffix_at(gap_rest));
        match extra {
            Some(n) if is_word_boundary(text, end + gap + n) => end += gap + n,
            _ => break,
        }
    }
    let mut start = span.start;
    let before = text[..start].trim_end_matches([' ', '\u{a0}', '\u{202f}']);
    let gap = start - before.len();
    if (1..=3).contains(&gap) {
        let word_start = before
            .char_indices()
            .rev()
            .find(|&(_, c)| !(c.is_ascii_alphabetic() || c == '.'))
            .map_or(0, |(i, c)| i + c.len_utf8());
        if word_start < before.len()
            && legal_form_at(&before[word_start..]) == Some(before.len() - word_start)
            && is_word_boundary(text, word_start)
        {
            start = word_start;
        }
    }
    Span { start, end }
}

impl Inner {
    /// Confirms a folded match on the original text; the finding's span if it holds.
    fn confirm(
        &self,
        text: &str,
        folded: &Folded,
        start: usize,
        end: usize,
        weak: bool,
        stretch_hint: &mut usize,
    ) -> Option<Span> {
        if folded.text.get(end).is_some_and(|&b| is_word_byte(b)) {
            return None;
        }
        let (s, e) = folded.original_span_from(stretch_hint, start, end);
        if s >= e || !text.is_char_boundary(s) || !text.is_char_boundary(e) {
            return None;
        }
        if !is_word_boundary(text, s) || !is_word_boundary(text, e) {
            return None;
        }
        if weak
            && (!capitalised(&text[s..e]) || starts_sentence(text, s) && !company_verb(&text[e..]))
        {
            return None;
        }
        Some(extend_over_legal_forms(text, Span { start: s, end: e }))
    }

    fn detect_in(
        &self,
        text: &str,
        folded: &Folded,
        scratch: &mut WalkScratch,
        out: &mut Vec<Detection>,
    ) {
        let rule: Arc<str> = Arc::from(CLIENT_RULE);
        // The hint of the text before means nothing in this one.
        scratch.stretch_hint = 0;
        starts::walk_starts(
            &folded.text,
            &self.first_words,
            &self.pairs,
            &mut scratch.starts,
        );
        // Client findings do not overlap: after a match, walks from words before its end are
        // skipped. The starts come in the order in which a scan that walked word by word
        // would walk them (from a [`starts::PAIR`] word, found at the word after it, before from
        // that word), so skipping by start is what that scan did: it skipped the words before
        // the end, and a [`starts::PAIR`] word skipped there led to no walk.
        let mut resume = 0;
        let starts = std::mem::take(&mut scratch.starts);
        // At most one finding a walk: room for them at once, where pushing them one by one
        // grew `out` (the engine's detections, already long) and copied it several times.
        out.reserve(starts.len());
        // Where the offset map's prefetches have got to ([`Folded::original_ahead`]).
        let mut map_cursor = 0;
        // The first word ends of the next walks, found by their prefetches: the walk of start
        // `k` takes on from `ahead[k % AHEAD_RING]`.
        let mut ahead = [WalkPrefixes::default(); AHEAD_RING];
        for (k, &(start, end)) in starts.iter().enumerate().take(PREFETCH_AHEAD) {
            self.prefetch_walk(&folded.text, k, start, end, &mut ahead[k % AHEAD_RING]);
        }
        for (k, &(start, end)) in starts.iter().enumerate() {
            // Two stages: the text of a walk comes first, for its hashes to be taken without
            // waiting when its tables are asked for, a few walks later.
            if let Some(&(far, _)) = starts.get(k + 2 * PREFETCH_AHEAD) {
                self.prefetch_text(text, folded, &mut map_cursor, far);
            }
            let next = k + PREFETCH_AHEAD;
            if let Some(&(next_start, next_end)) = starts.get(next) {
                let slot = &mut ahead[next % AHEAD_RING];
                self.prefetch_walk(&folded.text, next, next_start, next_end, slot);
            }
            if start < resume {
                continue;
            }
            let known = ahead[k % AHEAD_RING].of_walk(k);
            if let Some(found) =
                self.walk_from(text, folded, start, end, known, scratch, &rule, out)
            {
                resume = found;
            }
        }
        scratch.starts = starts;
    }

    /// Asks the memory for the folded text of a walk from `start` (the length of a name of
    /// a few words: its first line and the line 40 bytes on), and for the stretch of the
    /// offset map and the original text that its confirmation will read. All three were last
    /// read by the fold, megabytes of text before, and are gone from the caches.
    #[inline(always)]
    fn prefetch_text(&self, text: &str, folded: &Folded, map_cursor: &mut usize, start: usize) {
        for at in [start, start + 40] {
            if let Some(byte) = folded.text.get(at) {
                prefetch(byte);
            }
        }
        if let Some(byte) = folded
            .original_ahead(map_cursor, start)
            .and_then(|at| text.as_bytes().get(at))
        {
            prefetch(byte);
        }
    }

    /// Asks the memory for what the walk from the word `start..first_end` of `norm` will read
    /// of the tables at its first [`PREFETCH_WORDS`] word ends: the slot of each prefix in the
    /// walk's bit set and in the index. Those reads land at hashed places of tables of
    /// megabytes, and by wall clock most of a walk's time went to waiting for them (the loads
    /// of [`Inner::walk_bits`] and [`index::NameIndex::get`] took two thirds of the samples
    /// of `walk_from`); asked [`PREFETCH_AHEAD`] walks early, they are in cache when the walk
    /// comes. Hashing the words twice costs less than one of those misses.
    /// The word ends it steps over are kept in `into`, for walk number `walk`, which takes
    /// them on without hashing its first words again.
    #[inline(always)]
    fn prefetch_walk(
        &self,
        norm: &[u8],
        walk: usize,
        start: usize,
        first_end: usize,
        into: &mut WalkPrefixes,
    ) {
        into.walk = None;
        let Some(first) = norm.get(start..first_end).filter(|w| !w.is_empty()) else {
            return;
        };
        let mut h = first.iter().fold(FNV_START, |h, &b| fnv_step(h, b));
        let limit = norm.len().min(start + MAX_NAME_LEN);
        let mut p = first_end - 1;
        let mut len = 0;
        for word in 1..=PREFETCH_WORDS {
            let hash = finish(h);
            self.walk.prefetch(hash);
            self.index.prefetch(hash);
            into.ends[len] = (p, h);
            len += 1;
            if word == PREFETCH_WORDS {
                break;
            }
            (p, h) = next_word_end(norm, p, limit, h);
            if p >= limit {
                break;
            }
        }
        (into.walk, into.len) = (Some(walk), len);
    }

    /// [`Self::walk_names`] from the word `start..first_end` of the folded text, on from the
    /// word ends `known` (the first ones of the walk, with their hashes) if there are any.
    /// Out of line: few words get here, and the scan over every word stays small.
    #[allow(clippy::too_many_arguments)]
    #[inline(never)]
    fn walk_from(
        &self,
        text: &str,
        folded: &Folded,
        start: usize,
        first_end: usize,
        known: &[(usize, u64)],
        scratch: &mut WalkScratch,
        rule: &Arc<str>,
        out: &mut Vec<Detection>,
    ) -> Option<usize> {
        let own;
        let known = if known.is_empty() {
            let hash = folded.text[start..first_end]
                .iter()
                .fold(FNV_START, |h, &b| fnv_step(h, b));
            own = [(first_end - 1, hash)];
            &own[..]
        } else {
            known
        };
        let walk = Walk {
            text,
            folded,
            word_start: start,
            known,
        };
        self.walk_names(&walk, scratch, rule, out)
    }

    /// Walks on from a word start whose first word some name starts with, asking the bit set
    /// at each word end while some name still goes on, and reports the longest name that holds
    /// on the original text; its folded end, if any.
    fn walk_names(
        &self,
        walk: &Walk,
        scratch: &mut WalkScratch,
        rule: &Arc<str>,
        out: &mut Vec<Detection>,
    ) -> Option<usize> {
        let norm = walk.folded.text.as_slice();
        let WalkScratch {
            ends, stretch_hint, ..
        } = scratch;
        // Names found at this word start, shortest first: (folded end, weak).
        ends.clear();
        let limit = norm.len().min(walk.word_start + MAX_NAME_LEN);
        // `known` is not empty ([`Self::walk_from`]).
        let (mut p, mut h) = walk.known.first().copied().unwrap_or_default();
        let mut taken = 1;
        loop {
            // `p` ends a word, and `h` is the hash of the text up to it.
            let hash = finish(h);
            let bits = self.walk_bits(hash);
            if bits & ENDS_NAME != 0 {
                if let Some(weak) = self.index.get(hash) {
                    ends.push((p + 1, weak));
                }
            }
            if bits & GOES_ON == 0 {
                break;
            }
            (p, h) = match walk.known.get(taken) {
                Some(&known) => known,
                None => next_word_end(norm, p, limit, h),
            };
            taken += 1;
            if p >= limit {
                break;
            }
        }
        // The longest name that holds on the original text wins.
        for &(end, weak) in ends.iter().rev() {
            if let Some(span) = self.confirm(
                walk.text,
                walk.folded,
                walk.word_start,
                end,
                weak,
                stretch_hint,
            ) {
                out.push(Detection {
                    kind: Kind::Client,
                    span,
                    rule: rule.clone(),
                    priority: CLIENT_PRIORITY,
                });
                return Some(end);
            }
        }
        None
    }
}

/// What the walks of one scan reuse: the names found at a word start, and where the last
/// search of the offset map ended ([`Folded::original_span_from`]): walks go forward through
/// the text, and so do the ends they map back.
#[derive(Default)]
struct WalkScratch {
    ends: Vec<(usize, bool)>,
    stretch_hint: usize,
    /// The words where walks may start ([`starts::walk_starts`]).
    starts: Vec<(usize, usize)>,
}

/// Where [`Inner::walk_names`] starts: the word start, and the first word ends from it (at
/// least one), each as its last byte and the hash of the text up to it.
struct Walk<'t> {
    text: &'t str,
    folded: &'t Folded,
    word_start: usize,
    known: &'t [(usize, u64)],
}

/// The first word ends of a walk, found by its prefetch ([`Inner::prefetch_walk`]), as
/// [`Walk`] takes them, and the number of the walk they are for.
#[derive(Clone, Copy, Default)]
struct WalkPrefixes {
    walk: Option<usize>,
    len: usize,
    ends: [(usize, u64); PREFETCH_WORDS],
}

impl WalkPrefixes {
    /// The word ends kept for walk number `walk`; none if they are another walk's.
    fn of_walk(&self, walk: usize) -> &[(usize, u64)] {
        if self.walk == Some(walk) {
            &self.ends[..self.len.min(PREFETCH_WORDS)]
        } else {
            &[]
        }
    }
}

/// How many walks' [`WalkPrefixes`] [`Inner::detect_in`] keeps: those of the walk and of the
/// [`PREFETCH_AHEAD`] next.
const AHEAD_RING: usize = PREFETCH_AHEAD + 1;

impl EngineBuilder {
    /// Adds a client list: its names are found as CLIENT.
    pub fn clients(self, list: ClientList) -> EngineBuilder {
        self.detector(list)
    }

    /// Adds the client list of a text file (one name per line). Its warnings are dropped:
    /// load it with [`ClientList::from_text_file`] to see them.
    pub fn clients_file(self, path: impl AsRef<Path>) -> Result<EngineBuilder> {
        Ok(self.clients(ClientList::from_text_file(path)?))
    }

    /// Adds a client list given as names. Its warnings are dropped: build it with
    /// [`ClientList::from_names`] to see them.
    pub fn client_names<I, S>(self, names: I) -> Result<EngineBuilder>
    where
        I: IntoIterator<Item = S>,
        S: AsRef<str> + Sync,
    {
        Ok(self.clients(ClientList::from_names(names)?))
    }
}

impl Detector for ClientList {
    fn detect(&self, text: &str, out: &mut Vec<Detection>) {
        if self.inner.names == 0 {
            return;
        }
        let fallback = |out: &mut Vec<Detection>| {
            let mut folded = Folded::default();
            folded.fold(text);
            self.inner
                .detect_in(text, &folded, &mut WalkScratch::default(), out);
        };
        // One folding buffer and scratch per thread, reused; fresh ones if they are already
        // borrowed.
        let reused = FOLDED.try_with(|cell| match cell.try_borrow_mut() {
            Ok(mut reused) => {
                let (folded, scratch) = &mut *reused;
                folded.fold(text);
                self.inner.detect_in(text, folded, scratch, out);
                true
            }
            Err(_) => false,
        });
        if reused != Ok(true) {
            fallback(out);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(list: &[&str], text: &str) -> Vec<String> {
        let clients = ClientList::from_names(list).unwrap();
        let mut out = Vec::new();
        clients.detect(text, &mut out);
        out.iter()
            .map(|d| text[d.span.start..d.span.end].to_string())
            .collect()
    }

    #[test]
    fn ascii_shortcut_of_word_boundaries_agrees_with_uax29() {
        let chars: Vec<char> = (0x20u8..0x7f)
            .map(char::from)
            .chain([
                '\n', '\t', '\r', 'é', 'À', 'ß', 'ÿ', 'Œ', 'ž', '×', '÷', '\u{a0}', '’',
            ])
            .collect();
        for &b in &chars {
            for &a in &chars {
                for (x, y) in [
                    ("a", "b"),
                    (" ", " "),
                    ("1", "."),
                    (".", "1"),
                    ("é", "ü"),
                    ("\u{301}", "\u{301}"),
                    ("\u{200d}", "\u{200d}"),
                ] {
                    let text = format!("{x}{b}{a}{y}");
                    let i = x.len() + b.len_utf8();
                    if is_apostrophe(b) || is_apostrophe(a) || is_hyphen(b) || is_hyphen(a) {
                        continue;
                    }
                    assert_eq!(
                        is_word_boundary(&text, i),
                        uax29_boundary(&text, i),
                        "{text:?} at {i}"
                    );
                }
            }
        }
    }

    #[test]
    fn matching_table() {
        let list = [
            "Transports Lefèvre & Fils SAS",
            "Martin",
            "Orange",
            "Boulangerie L'Épi d'Or",
            "SCI du Moulin Vert",
            "Dupont et Cie",
        ];
        let cases: &[(&str, &[&str])] = &[
            (
                "chez Transports Lefèvre & Fils SAS.",
                &["Transports Lefèvre & Fils SAS"],
            ),
            (
                "chez TRANSPORTS LEFEVRE ET FILS",
                &["TRANSPORTS LEFEVRE ET FILS"],
            ),
            (
                "chez transports  lefevre\n& fils, merci",
                &["transports  lefevre\n& fils"],
            ),
            (
                "Transports\u{a0}Lefèvre et Fils S.A.S. a payé",
                &["Transports\u{a0}Lefèvre et Fils S.A.S."],
            ),
            ("M. Martin et Mme Martinez", &["Martin"]),
            ("une martingale", &[]),
            ("à Saint-Martin", &[]),
            ("chez MARTIN SARL facture", &["MARTIN SARL"]),
            ("la SARL Martin", &["SARL Martin"]),
            ("martin2 et 2martin", &[]),
            ("le client Orange a payé", &["Orange"]),
            ("Orange et citron. Total HT : 12 €\nTotal TTC", &[]),
            // At a sentence start, a verb makes the word its subject: the client.
            ("Orange a renouvelé son contrat.", &["Orange"]),
            ("Merci. Orange nous demande un devis", &["Orange"]),
            ("Orange est une couleur", &[]),
            ("une orange pressée", &[]),
            ("chez ORANGE", &["ORANGE"]),
            ("d'Orange", &["Orange"]),
            ("Boulangerie l’Épi d’Or", &["Boulangerie l’Épi d’Or"]),
            ("la SCI du Moulin Vert", &["SCI du Moulin Vert"]),
            ("Dupont & Cie livre", &["Dupont & Cie"]),
            ("Dupont livre", &["Dupont"]),
            ("Dupontel", &[]),
            ("éSARL Dupont", &["Dupont"]),
            ("é SARL Dupont", &["SARL Dupont"]),
        ];
        for (text, want) in cases {
            assert_eq!(&found(&list, text), want, "{text:?}");
        }
    }

    #[test]
    fn warnings_name_lines_not_entries() {
        let list = ClientList::from_names([
            "# comment",
            "Orange",
            "",
            "Axa",
            "SARL",
            "Transports Dupont",
            "Le Petit Marché",
        ])
        .unwrap();
        let got: Vec<(usize, WarningReason)> =
            list.warnings().iter().map(|w| (w.line, w.reason)).collect();
        assert_eq!(
            got,
            vec![
                (2, WarningReason::CommonWord),
                (4, WarningReason::Short),
                (5, WarningReason::Empty),
                (7, WarningReason::CommonWord),
            ]
        );
        assert!(!list.warnings()[0].to_string().contains("Orange"));
        assert_eq!(list.len(), 4);
    }

    #[test]
    fn lines_and_words_are_those_of_the_std_splits() {
        let mut texts: Vec<String> = ["", "\n", "a", "a\n", "a\r\n", "a\r", "\r\n\r\n", "a\n\nb\r"]
            .iter()
            .map(|t| t.to_string())
            .collect();
        let mut rng = crate::test_rng::TestRng(0x5851_f42d_4c95_7f2d);
        for len in 0..64 {
            texts.push(
                (0..len)
                    .map(|_| rng.pick(&['a', 'é', ' ', '\r', '\n']))
                    .collect(),
            );
        }
        for text in &texts {
            assert_eq!(lines_of(text), text.lines().collect::<Vec<_>>(), "{text:?}");
            assert_eq!(
                key_words(text).collect::<Vec<_>>(),
                text.split(' ').collect::<Vec<_>>(),
                "{text:?}"
            );
        }
    }

    /// Every ASCII byte, alone and between words: the byte split is `split_whitespace`.
    #[test]
    fn tokens_are_those_of_split_whitespace() {
        for b in 0..=0x7fu8 {
            let c = char::from(b);
            for name in [
                format!("{c}"),
                format!("a{c}b"),
                format!("{c}{c}ab{c}"),
                format!("Dupont{c}{c}SARL {c}"),
            ] {
                let mut tokens = Vec::new();
                push_tokens(&name, &mut tokens);
                assert_eq!(
                    tokens,
                    name.split_whitespace().collect::<Vec<_>>(),
                    "{name:?}"
                );
            }
        }
        let mut tokens = Vec::new();
        push_tokens("Café\u{a0}de\u{2003}Flore  SARL", &mut tokens);
        assert_eq!(tokens, ["Café", "de", "Flore", "SARL"]);
    }

    #[test]
    fn keys_strip_legal_forms() {
        let key = |s: &str| {
            let mut scratch = Folded::default();
            match_key(s, &mut scratch).map(str::to_string)
        };
        assert_eq!(
            key("Transports Lefèvre & Fils SAS").as_deref(),
            Some("transports lefevre et fils")
        );
        assert_eq!(key("Dupont S.A.R.L.").as_deref(), Some("dupont"));
        assert_eq!(key("Dupont, SARL").as_deref(), Some("dupont"));
        assert_eq!(key("SARL Dupont Frères").as_deref(), Some("dupont freres"));
        assert_eq!(key("EURL Orange").as_deref(), Some("eurl orange"));
        assert_eq!(key("Dupont et Cie").as_deref(), Some("dupont"));
        assert_eq!(key("L'Oréal SA").as_deref(), Some("l'oreal"));
        assert_eq!(key("--").as_deref(), None);
        assert_eq!(
            key("Horlogerie Guengard-Sa EURL").as_deref(),
            Some("horlogerie guengard sa")
        );
        assert_eq!(key("Dupont & Cie.").as_deref(), Some("dupont"));
    }

    /// The definitions that [`is_legal_token`] and [`lower_is`] compute without allocating.
    fn plain_legal(token: &str) -> bool {
        let t = token.trim_matches(|c: char| !(c.is_alphanumeric() || c == '.'));
        is_legal_form(&t.to_lowercase())
    }

    /// [`legal_form_at`] as it was written first, comparing with every form in turn.
    fn plain_legal_form_at(rest: &str) -> Option<usize> {
        let len = rest
            .find(|c: char| !(c.is_ascii_alphabetic() || c == '.'))
            .unwrap_or(rest.len());
        let token = rest[..len].trim_end_matches('.');
        let token_len = if token.contains('.') && rest[token.len()..].starts_with('.') {
            token.len() + 1
        } else {
            token.len()
        };
        let bare: Vec<u8> = token.bytes().filter(|&b| b != b'.').collect();
        if bare.is_empty()
            || bare.len() > 8
            || !LEGAL_FORMS
                .iter()
                .any(|f| f.as_bytes().eq_ignore_ascii_case(&bare))
        {
            return None;
        }
        let upper = bare.iter().all(|b| b.is_ascii_uppercase());
        let title = bare.len() >= 4 && bare[1..].iter().all(|b| b.is_ascii_lowercase());
        let mixed_known = matches!(&bare[..], b"GmbH" | b"Ltd" | b"Inc");
        ((upper || title || mixed_known) && bare.len() >= 2).then_some(token_len)
    }

    fn plain_lower_is(token: &str, trim_dots: bool, words: &[&str]) -> bool {
        let lower = token.to_lowercase();
        let lower = if trim_dots {
            lower.trim_end_matches('.')
        } else {
            &lower
        };
        words.contains(&lower)
    }

    #[test]
    fn legal_tokens_agree_with_the_plain_definition() {
        let mut tokens: Vec<String> = [
            "",
            ".",
            "SA",
            "S.A.",
            "(SAS)",
            "SAS,",
            "s.a.r.l.",
            "SARLU",
            "Sàrl",
            "SÀRL",
            "\u{212a}",
            "GmbH",
            "E.I.R.L.",
            "SELASU",
            "SELASUX",
            "S.E.L.A.S.U.",
            "ET",
            "&",
            "Cie.",
            "CIE..",
            "Compagnie",
            "Co",
            "cо",
            "İnc",
            "ltd.",
            "«SCI»",
            "SCI-",
            "-",
            "123",
            "Dupont",
            "Lefèvre",
        ]
        .iter()
        .map(|t| t.to_string())
        .collect();
        for form in LEGAL_FORMS {
            tokens.push(form.to_uppercase());
            tokens.push(form.chars().flat_map(|c| [c, '.']).collect());
            tokens.push(format!("{form}é"));
            tokens.push(format!("({form})"));
        }
        for t in &tokens {
            assert_eq!(is_legal_token(t), plain_legal(t), "{t:?}");
            for rest in [t.clone(), format!("{t} a signé"), format!("{t}, Paris")] {
                assert_eq!(legal_form_at(&rest), plain_legal_form_at(&rest), "{rest:?}");
            }
            for (trim, words) in [
                (false, &["et", "&"][..]),
                (true, &["cie", "compagnie", "co"][..]),
            ] {
                assert_eq!(
                    lower_is(t, trim, words),
                    plain_lower_is(t, trim, words),
                    "{t:?}"
                );
            }
        }
    }

    /// The scan by its definition: a walk from every word of the folded text, no filter.
    fn detect_from_every_word(list: &ClientList, text: &str) -> Vec<Detection> {
        let inner = &list.inner;
        let mut folded = Folded::default();
        folded.fold(text);
        let rule: Arc<str> = Arc::from(CLIENT_RULE);
        let (mut ends, mut out) = (WalkScratch::default(), Vec::new());
        let norm = folded.text.as_slice();
        let mut i = 0;
        while i < norm.len() {
            if !is_word_byte(norm[i]) || i > 0 && is_word_byte(norm[i - 1]) {
                i += 1;
                continue;
            }
            let mut first_end = i;
            while first_end < norm.len() && is_word_byte(norm[first_end]) {
                first_end += 1;
            }
            let found =
                inner.walk_from(text, &folded, i, first_end, &[], &mut ends, &rule, &mut out);
            i = found.map_or(first_end, |end| end.max(first_end));
        }
        out
    }

    fn same_as_walking_from_every_word(list: &ClientList, text: &str) {
        let mut filtered = Vec::new();
        list.detect(text, &mut filtered);
        let spans = |d: &[Detection]| d.iter().map(|d| d.span).collect::<Vec<_>>();
        assert_eq!(
            spans(&filtered),
            spans(&detect_from_every_word(list, text)),
            "{text:?}"
        );
    }

    /// Names of several words are filed under their first two words: the
    /// filter must still let every walk through that finds a name, in any order and spacing.
    #[test]
    fn the_start_filter_loses_no_name() {
        let names = [
            "Le Petit Fournil",
            "Le",
            "De La Rue SA",
            "La Poste",
            "D'Artagnan Conseil",
            "L’Atelier du Bois",
            "Et Compagnie",
            "Transports Lefèvre & Fils SAS",
            "Martin",
            "Boulangerie Martin-Durand",
            "Le Martin",
            "Des Champs Élysées Immobilier",
            "Un Deux Trois",
            "The Very Long Company Name Of Many Words Ltd",
            "Extraordinairement Longue",
        ];
        let list = ClientList::from_names(names).unwrap();
        let pieces = [
            "le",
            "Le",
            "LE",
            "petit",
            "Petit",
            "fournil",
            "de",
            "De",
            "la",
            "La",
            "rue",
            "Rue",
            "SA",
            "poste",
            "Poste",
            "d'",
            "D’",
            "artagnan",
            "conseil",
            "l'",
            "L’",
            "atelier",
            "du",
            "bois",
            "et",
            "&",
            "compagnie",
            "transports",
            "Lefèvre",
            "LEFEVRE",
            "fils",
            "SAS",
            "martin",
            "Martin",
            "-",
            "durand",
            "boulangerie",
            "des",
            "champs",
            "élysées",
            "immobilier",
            "un",
            "deux",
            "trois",
            "the",
            "very",
            "long",
            "company",
            "name",
            "of",
            "many",
            "words",
            "Ltd",
            "extraordinairement",
            "longue",
            "Longue",
            ",",
            ".",
            "\n",
        ];
        let gaps = [" ", "  ", "\u{a0}", "\n", "", "-", " & "];
        let mut rng = crate::test_rng::TestRng(0xc1_1e47);
        for _ in 0..3000 {
            let mut text = String::new();
            for _ in 0..rng.below(40) {
                text.push_str(rng.pick(&pieces));
                text.push_str(rng.pick(&gaps));
            }
            same_as_walking_from_every_word(&list, &text);
        }
        // Texts of several chunks of the word scan (4 KiB each), whose inner chunks read the
        // words' keys without bounds checks, with words across the chunks' edges.
        for _ in 0..20 {
            let mut text = String::new();
            while text.len() < 13_000 {
                text.push_str(rng.pick(&pieces));
                text.push_str(rng.pick(&gaps));
            }
            same_as_walking_from_every_word(&list, &text);
        }
        for name in names {
            for text in [
                name.to_string(),
                format!("Bonjour, {name} a confirmé."),
                format!("chez {} et {name}", name.to_lowercase()),
                name.replace(' ', "\n"),
            ] {
                same_as_walking_from_every_word(&list, &text);
            }
        }
    }

    proptest::proptest! {
        #[test]
        fn legal_tokens_agree_with_the_plain_definition_on_any_token(
            token in "[sSaArRlLéÉ.()İ\u{212a}ecoiECOI&-]{0,9}"
        ) {
            proptest::prop_assert_eq!(is_legal_token(&token), plain_legal(&token));
            let words = ["cie", "compagnie", "co"];
            proptest::prop_assert_eq!(
                lower_is(&token, true, &words),
                plain_lower_is(&token, true, &words)
            );
        }

        #[test]
        fn no_panic_and_spans_on_char_boundaries(
            text in "[a-zé’'& \u{a0}\n.SARLéÉçC-]{0,40}(Dupont|Lefèvre|SARL|S.A.|et Cie|é)?[a-zé’'& \n.SAé-]{0,20}"
        ) {
            let list = ClientList::from_names(["Dupont", "Lefèvre & Fils", "é", "Orange"]).unwrap();
            let mut out = Vec::new();
            list.detect(&text, &mut out);
            for d in &out {
                proptest::prop_assert!(d.span.start < d.span.end && d.span.end <= text.len());
                proptest::prop_assert!(text.is_char_boundary(d.span.start) && text.is_char_boundary(d.span.end));
            }
        }
    }

    #[test]
    fn no_panic_on_odd_text() {
        let list = ClientList::from_names(["Lefèvre", "É", "a b"]).unwrap();
        for text in [
            "",
            "é",
            "\u{301}",
            "Lefèvre\u{301}",
            "&&&",
            "a\u{a0}\u{a0}b",
            "ŉ",
            "a b",
        ] {
            let mut out = Vec::new();
            list.detect(text, &mut out);
            for d in &out {
                assert!(text.is_char_boundary(d.span.start) && text.is_char_boundary(d.span.end));
            }
        }
    }
}
