//! PERSON: names of people in French text, with no network and no model.
//!
//! Evidence comes from two places, and a name needs enough of it:
//!
//! - the lexicon ([`data/lexicon`](../data/lexicon/SOURCES.md)): INSEE first names, surnames,
//!   and the first names that are also French words ("Pierre", "Rose", "Olive"), plus word lists
//!   kept here (civilities, titles, months, cities, company words);
//! - the context: a civility ("M. Nguyen"), a greeting ("Bonjour Kévin,"), a sign-off line
//!   ("Cordialement,\nJean-Pierre Dubois"), an e-mail header or a list label ("De : …",
//!   "Présents : …", "Votre conseiller : …", "Pris par : …"), a chat line ("[10:32] Tahina :",
//!   "17/01/2024 09:16 - Yuki Takahashi:", "@Selamawit"), a verb or preposition that
//!   introduces a person ("avec", "de la part de", "contacter", "Traité par", "le bureau
//!   de"…), a job title on the line below a signature.
//!
//! With a civility, a greeting, a header or a sign-off, any capitalised word is a name, known or
//! not, so that names from every origin are caught. Without context, a known first name is a
//! name ("Kévin a rappelé"), a first name followed by a capitalised word is a full name, and an
//! upper-case surname next to a first name is one too ("DUPONT Marie"); a first name that is
//! also a word ("Pierre", "Rose") needs a surname after it. A street, school or hospital type
//! before the words ("rue Victor Hugo", "lycée Marie Curie") rules them out, as a trade word
//! before ("Atelier Marty") or a legal form after ("Lemoine Traiteur SAS") does for companies.
//! Then every name found once is found again everywhere else in the same text ("Mme Techer …
//! Techer").
//!
//! Speed: only capitalised words are looked at (a byte loop skips the rest), each with one hash
//! lookup of its accent-folded form in a reused buffer; context is read only around those
//! words. The name table is built at compile time (`build.rs`, see [`table`]) and read in
//! place: building it at start-up cost 67M instructions, 40 % of a 4 KB prompt's whole run.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::{Arc, LazyLock};

use crate::engine::{Detection, Detector};
use crate::finding::Span;
use crate::kind::Kind;

mod animals;
mod apposition;
mod caps;
mod cast;
mod cells;
mod civility;
mod codes;
mod company;
mod coordination;
mod gate;
mod initials;
mod inverted;
mod kin;
mod lines;
mod lists;
mod lower;
mod pnr;
mod saints;
mod scratch;
mod speakers;
mod starts;
mod street;
mod table;
mod windows;
use table::{fx, packed, push_folded, AMBIG, BREAK, FIRST, PARTICLE, SHAPE, STOP, SURNAME};

/// Civilities, context words, street types, labels, closings, stop words: see the file.
const WORDS: &str = include_str!("../data/lexicon/person_words.txt");

/// The entries of one `[section]` of [`WORDS`].
/// Every section of [`WORDS`] by name, in one pass over the file (the lexicon reads thirteen
/// of them; one pass each was a tenth of a short prompt's instructions).
fn sections() -> FxMap<&'static str, Vec<&'static str>> {
    let mut sections: FxMap<&'static str, Vec<&'static str>> = FxMap::default();
    let mut current: Option<&'static str> = None;
    for line in WORDS.lines() {
        let line = line.trim();
        if let Some(header) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
            current = Some(header);
            sections.entry(header).or_default();
        } else if let Some(name) = current.filter(|_| !line.is_empty() && !line.starts_with('#')) {
            sections.entry(name).or_default().push(line);
        }
    }
    sections
}

/// One capital letter and a full stop before another capitalised word: the initial of a first
/// name ("E. Rousseau"). "M." stays a civility. Set on tokens, never stored in the table.
const INITIAL: u16 = 1 << 7;

// Kinds of the word just before a name (folded, lower case).
const CTX_CIVILITY: u8 = 1;
const CTX_STRONG: u8 = 2;
const CTX_WEAK: u8 = 3;
const CTX_STREET: u8 = 4;
const CTX_VERB: u8 = 6;
/// A title or particle that may stand between a street type and a name ("avenue du Général").
const CTX_THROUGH: u8 = 5;
/// A role or job title ("associée", "conseiller", "Assistante de direction"): weak before a
/// name in prose, strong as a label ("Votre conseiller : Vardan"), and a signature's title.
const CTX_ROLE: u8 = 7;
/// A noun whose "de" complement is a person ("le bureau de Modou"): as [`CTX_VERB`] after
/// "de"/"d'".
const CTX_OF_PERSON: u8 = 8;
/// A document of a person or a company ("le devis de …"): as [`CTX_WEAK`] after "de"/"d'".
const CTX_OF_THING: u8 = 9;
/// A participle whose "à" object is a person ("signalé à Dieumerci"): as [`CTX_VERB`] after
/// "à".
const CTX_TO_PERSON: u8 = 10;
/// A family tie ("fille", "neveu"): as [`CTX_WEAK`] alone, as [`CTX_VERB`] after a possessive
/// ("ma fille Mahsa"), before a parenthesis ("sa sœur (Nivetha)") or "de" ("fils de
/// Freddy"): see [`kin`].
const CTX_KIN: u8 = 11;
/// A label that names a thing ("Véhicule", "Modèle", "Titre"): the value after its colon is
/// that thing, even when it is a first name ("Véhicule : Mercedes Classe A").
const CTX_THING: u8 = 12;

type FxMap<K, V> = HashMap<K, V, BuildHasherDefault<FxHasher>>;

/// The hasher of the small maps below ([`fx`] on the whole key).
#[derive(Default, Clone, Copy)]
struct FxHasher {
    hash: u64,
}

impl Hasher for FxHasher {
    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        self.hash = self.hash.rotate_left(5) ^ fx(bytes);
    }

    /// The end mark of a `str` key: `write(&[i])` without the loop of [`fx`] (the same
    /// value: `fx` of one byte is that byte times its seed).
    #[inline]
    fn write_u8(&mut self, i: u8) {
        self.hash = self.hash.rotate_left(5) ^ table::fx_byte(i);
    }

    #[inline]
    fn finish(&self) -> u64 {
        self.hash
    }
}

/// The word table, built by `build.rs` from the lists (see [`table`]).
static WORD_TABLE: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/person_lexicon.bin"));

/// The context tables, built once per process on first use (small: the word lists of
/// `person_words.txt`); the names themselves are in [`WORD_TABLE`].
struct Lexicon {
    /// Folded last word of a context phrase → (the whole phrase, its kind).
    context: FxMap<&'static str, Vec<(&'static str, u8)>>,
    /// A bit per [`sketch`] of the keys of `context`: most words before a capitalised one
    /// are no context word, and this tells so without hashing them.
    context_sketches: [u64; SKETCH_WORDS],
    labels: FxMap<&'static str, ()>,
    /// A bit per [`sketch`] of the civilities and of [`CIVILITY_PARTICLES`]: see
    /// [`civility::may_end_window`].
    civility_sketches: [u64; SKETCH_WORDS],
    /// The hashes of the trade words: see [`Scan::trade_word`].
    trade_hashes: company::TradeHashes,
    /// Closing phrases ("bien à vous"), by the key [`last_word_keys`] gives their end.
    signoffs: FxMap<&'static str, Vec<&'static str>>,
    /// A bit per [`sketch`] of the keys of `signoffs`.
    signoff_sketches: [u64; SKETCH_WORDS],
    /// The last bytes of the keys of `signoffs`.
    signoff_last: [bool; 256],
    /// A bit per [`tail_bit`] of the last three bytes of the keys of `signoffs` (all of them
    /// three bytes long or more, else every bit is set).
    signoff_tails: [u64; TAIL_WORDS],
    /// The particles that may stand between two capitalised words of a name, [`packed`],
    /// sorted.
    gap_particles: Vec<u64>,
    /// A bit per [`particle_bit`] of `gap_particles`: see [`joinable_gap`].
    gap_particle_bits: [u64; 4],
}

static LEXICON: LazyLock<Lexicon> = LazyLock::new(Lexicon::build);

impl Lexicon {
    fn build() -> Lexicon {
        let sections = sections();
        let section = |name: &str| sections.get(name).into_iter().flatten().copied();
        let mut context: FxMap<&'static str, Vec<(&'static str, u8)>> = FxMap::default();
        for (list, kind) in [
            ("civility", CTX_CIVILITY),
            ("strong-before", CTX_STRONG),
            ("weak-before", CTX_WEAK),
            ("verb-before", CTX_VERB),
            ("street", CTX_STREET),
            // Before "through": "père", "sœur" are kin first (see `street::through`).
            ("kin", CTX_KIN),
            ("through", CTX_THROUGH),
            ("role", CTX_ROLE),
            ("of-person", CTX_OF_PERSON),
            ("of-thing", CTX_OF_THING),
            ("to-person", CTX_TO_PERSON),
            ("thing-label", CTX_THING),
        ] {
            for phrase in section(list) {
                let last = phrase.rsplit(' ').next().unwrap_or(phrase);
                let entry = context.entry(last).or_default();
                if !entry.iter().any(|&(p, _)| p == phrase) {
                    entry.push((phrase, kind));
                }
            }
        }
        // Longest phrases first: "de la part de" before "de".
        for v in context.values_mut() {
            v.sort_by_key(|&(p, _)| std::cmp::Reverse(p.len()));
        }
        let mut context_sketches = [0u64; SKETCH_WORDS];
        for key in context.keys() {
            let bit = sketch(key);
            context_sketches[bit / 64] |= 1 << (bit % 64);
        }
        let mut civility_sketches = [0u64; SKETCH_WORDS];
        for word in section("civility").chain(CIVILITY_PARTICLES) {
            let bit = sketch(word);
            civility_sketches[bit / 64] |= 1 << (bit % 64);
        }
        let mut signoffs: FxMap<&'static str, Vec<&'static str>> = FxMap::default();
        for phrase in section("signoff") {
            let key = phrase.rsplit(' ').next().unwrap_or(phrase);
            signoffs.entry(key).or_default().push(phrase);
        }
        let mut signoff_sketches = [0u64; SKETCH_WORDS];
        let mut signoff_last = [false; 256];
        let mut signoff_tails = [0u64; TAIL_WORDS];
        for key in signoffs.keys() {
            let bit = sketch(key);
            signoff_sketches[bit / 64] |= 1 << (bit % 64);
            if let Some(&last) = key.as_bytes().last() {
                signoff_last[usize::from(last)] = true;
            }
            match *key.as_bytes() {
                [.., a, b, c] => {
                    let bit = tail_bit(a, b, c);
                    signoff_tails[bit / 64] |= 1 << (bit % 64);
                }
                _ => signoff_tails = [u64::MAX; TAIL_WORDS],
            }
        }
        let mut lexicon = Lexicon {
            context,
            context_sketches,
            civility_sketches,
            trade_hashes: company::TradeHashes::new(),
            labels: section("label").map(|l| (l, ())).collect(),
            signoffs,
            signoff_sketches,
            signoff_last,
            signoff_tails,
            gap_particles: {
                let mut packed: Vec<u64> = section("gap-particle")
                    .filter(|p| p.len() <= 8)
                    .map(|p| table::packed(p.as_bytes()))
                    .collect();
                packed.sort_unstable();
                packed
            },
            gap_particle_bits: [0; 4],
        };
        for &p in &lexicon.gap_particles {
            let bit = particle_bit(p);
            lexicon.gap_particle_bits[bit / 64] |= 1 << (bit % 64);
        }
        lexicon
    }

    /// The phrases of `context` whose last word is `word`.
    fn context_phrases(&self, word: &str) -> Option<&Vec<(&'static str, u8)>> {
        let bit = sketch(word);
        if self.context_sketches[bit / 64] & (1 << (bit % 64)) == 0 {
            return None;
        }
        self.context.get(word)
    }

    fn flags(&self, folded: &str) -> u16 {
        table::lookup(WORD_TABLE, folded)
    }

    /// Flags of a token, looking at the parts of compounds the lists do not hold whole;
    /// `hash` is `fx(folded)`. Read as bytes (the word reader's folded compounds need no
    /// UTF-8 check: 5,000 of them cost 0.4M instructions on a 3 MB business text).
    fn classify(&self, folded: &[u8], hash: u64) -> u16 {
        // Both marks are ASCII, and words are short: a byte loop each, instead of a search by
        // character.
        let hyphen = folded.iter().position(|&b| b == b'-');
        if let Some(h) = hyphen {
            // "Saint-Martin", "Sainte-Marie": places and saints, not people.
            if matches!(&folded[..h], b"saint" | b"sainte" | b"st" | b"ste") {
                return STOP;
            }
        }
        let flags = table::lookup_bytes(WORD_TABLE, folded, hash);
        if flags != 0 {
            return flags;
        }
        if hyphen.is_some() {
            let mut all_first = true;
            let mut all_name = true;
            for part in folded.split(|&b| b == b'-') {
                let f = table::lookup_bytes(WORD_TABLE, part, fx(part));
                all_first &= f & FIRST != 0;
                all_name &= f & (FIRST | SURNAME | PARTICLE) != 0;
                // A part that is no name makes the compound none ("REF-BC", "Paris-Nord"):
                // the parts after it are not looked up (all_first is false too).
                if !all_name {
                    return 0;
                }
            }
            return if all_first { FIRST } else { SURNAME };
        }
        // "N'Diaye", "O'Neil", "M'Bappé": the part after the apostrophe.
        if let Some(a) = folded.iter().position(|&b| b == b'\'') {
            let rest = &folded[a + 1..];
            return (table::lookup_bytes(WORD_TABLE, rest, fx(rest)) & SURNAME) | SHAPE;
        }
        if surname_shape(folded) {
            SHAPE
        } else {
            0
        }
    }

    /// [`Lexicon::classify`] of a folded word of ASCII letters only: no hyphen and no
    /// apostrophe, so the table or the shape alone tells.
    fn classify_ascii(&self, word: &[u8], hash: u64) -> u16 {
        match table::lookup_bytes(WORD_TABLE, word, hash) {
            0 if surname_shape(word) => SHAPE,
            flags => flags,
        }
    }

    /// Whether `text` (folded) ends with a closing phrase, as a whole word: the same as
    /// trying [`ends_with_word`] with every phrase, asking only those whose last word can end
    /// `text` (this runs for every line above a capitalised line start).
    fn ends_with_signoff(&self, text: &str) -> bool {
        last_word_keys(text).any(|key| {
            self.signoffs
                .get(key)
                .is_some_and(|phrases| phrases.iter().any(|p| ends_with_word(text, p)))
        })
    }

    /// [`Lexicon::ends_with_signoff`] of `line` (not folded) folded and trimmed of `,.! `.
    /// The line is folded only when its last word, folded alone, may end a closing phrase: this
    /// runs for the line above every capitalised line start, and folding each whole line was
    /// a tenth of PERSON's cost. The last word of the folded line is the folded last word of
    /// the line (see [`raw_last_token`]), so the answer is the same.
    fn line_ends_with_signoff(&self, line: &str, scratch: &mut String) -> bool {
        let trimmed = trim_end_folded_blank(line);
        // The folded last word ends with the last character: an ASCII one must end a key.
        if let Some(&last) = trimmed.as_bytes().last() {
            if last < 0x80 && !self.signoff_last[usize::from(last.to_ascii_lowercase())] {
                return false;
            }
        }
        // Three ASCII bytes at the end are the last three of the folded last word, lower-cased
        // (of every key after a hyphen in it too), or of a word of fewer than three bytes, which
        // is no key: one bit tells most lines that pass the last byte ("-ment", "-tion").
        if let [.., a, b, c] = *trimmed.as_bytes() {
            if (a | b | c) < 0x80 && !self.signoff_tail(a, b, c) {
                #[cfg(test)]
                assert!(
                    !self.line_ends_with_signoff_in_full(trimmed, line, scratch),
                    "{line:?}"
                );
                return false;
            }
        }
        self.line_ends_with_signoff_in_full(trimmed, line, scratch)
    }

    /// Whether the bit of the bytes `a`, `b`, `c` lower-cased is set in `signoff_tails`.
    fn signoff_tail(&self, a: u8, b: u8, c: u8) -> bool {
        let bit = tail_bit(
            a.to_ascii_lowercase(),
            b.to_ascii_lowercase(),
            c.to_ascii_lowercase(),
        );
        self.signoff_tails[bit / 64] & (1 << (bit % 64)) != 0
    }

    /// [`Lexicon::line_ends_with_signoff`] past its byte tests, of the line trimmed.
    fn line_ends_with_signoff_in_full(
        &self,
        trimmed: &str,
        line: &str,
        scratch: &mut String,
    ) -> bool {
        let token = raw_last_token(trimmed);
        if token.is_empty() {
            // The folded line ends with no word: the only key is "", which ends no phrase.
            return false;
        }
        if token.is_ascii() {
            // Folded, an ASCII word is itself in lower case, its hyphens where they are: each
            // key's sketch is told from its length and its first and last bytes lower-cased,
            // and the word is lower-cased only for a key whose sketch bit is set (one in a
            // hundred words): 6,600 folds cost 1.2M instructions on a 3 MB business text.
            let bytes = token.as_bytes();
            let may_close = std::iter::once(0)
                .chain(
                    bytes
                        .iter()
                        .enumerate()
                        .filter(|&(_, &b)| b == b'-')
                        .map(|(i, _)| i + 1),
                )
                .any(|from| {
                    let key = &token[from..];
                    self.signoff_sketch(key.as_bytes()) && {
                        scratch.clear();
                        scratch.push_str(key);
                        scratch.make_ascii_lowercase();
                        self.signoffs.contains_key(scratch.as_str())
                    }
                });
            #[cfg(test)]
            {
                let mut folded = String::new();
                fold_into(token, &mut folded);
                let by_fold = self.signoff_key(&folded)
                    || folded
                        .bytes()
                        .enumerate()
                        .any(|(i, b)| b == b'-' && self.signoff_key(&folded[i + 1..]));
                assert_eq!(may_close, by_fold, "{token:?}");
            }
            if !may_close {
                return false;
            }
            fold_into(line, scratch);
            return self.ends_with_signoff(trim_end_closing_marks(scratch));
        }
        fold_into(token, scratch);
        // The keys `last_word_keys` gives for the folded line: the whole folded word (all of
        // it is word characters) and each part after a hyphen.
        let token = scratch.as_str();
        let may_close = self.signoff_key(token)
            || token
                .bytes()
                .enumerate()
                .any(|(i, b)| b == b'-' && self.signoff_key(&token[i + 1..]));
        if !may_close {
            return false;
        }
        fold_into(line, scratch);
        self.ends_with_signoff(trim_end_closing_marks(scratch))
    }

    /// Whether `word` is the last word of a closing phrase: a bit of [`sketch`] first, which
    /// most words find clear, then the map.
    fn signoff_key(&self, word: &str) -> bool {
        let bit = sketch(word);
        self.signoff_sketches[bit / 64] & (1 << (bit % 64)) != 0 && self.signoffs.contains_key(word)
    }

    /// Whether the bit of [`sketch`] of `ascii` lower-cased (ASCII bytes) is set among the
    /// keys of `signoffs`: `false` says the lower-cased word is no key.
    fn signoff_sketch(&self, ascii: &[u8]) -> bool {
        let bit = sketch_of(
            ascii.len(),
            ascii.first().map_or(0, u8::to_ascii_lowercase),
            ascii.last().map_or(0, u8::to_ascii_lowercase),
        );
        self.signoff_sketches[bit / 64] & (1 << (bit % 64)) != 0
    }

    /// The context kind of a noun or participle and the preposition that `text` (folded,
    /// trimmed) ends with: "le bureau de" and "l'avis d'" give [`CTX_VERB`], "le devis de"
    /// [`CTX_WEAK`], "signalé à" [`CTX_VERB`]. These words are looked up alone, so that the
    /// phrases ending in "de" or "à", the most frequent words before a capitalised one, stay
    /// few.
    fn preposition_context(&self, text: &str) -> Option<u8> {
        let (head, prep) = match last_space(text) {
            Some(i) => (text[..i].trim_end(), &text[i + 1..]),
            None => return None,
        };
        let (head, prep) = match prep {
            "d'" => (head, "de"),
            _ if prep.ends_with("d'") && prep.len() > 2 => (&prep[..prep.len() - 2], "de"),
            "de" | "a" => (head, prep),
            _ => return None,
        };
        // "(article d'Ouzna …)": the parenthesis is no part of the noun.
        let word = last_field(head).trim_start_matches('(');
        match (
            self.context_phrases(word)?
                .iter()
                .find(|&&(p, _)| p == word)?
                .1,
            prep,
        ) {
            (CTX_OF_PERSON | CTX_KIN, "de") | (CTX_TO_PERSON, "a") => Some(CTX_VERB),
            (CTX_OF_THING, "de") => Some(CTX_WEAK),
            _ => None,
        }
    }

    /// [`Lexicon::context_of`] a single word (no space): only a phrase equal to it can end
    /// it.
    fn word_context(&self, word: &str) -> Option<u8> {
        let phrases = self.context_phrases(word)?;
        phrases.iter().find(|&&(p, _)| p == word).map(|&(_, k)| k)
    }

    /// The context kind of the phrase `text` (folded, trimmed) ends with, if any. A
    /// parenthesis opening the last word is no part of it: "(Dr Loganathan)".
    fn context_of(&self, text: &str) -> Option<u8> {
        let phrases = self.context_phrases(last_field(text).trim_start_matches('('))?;
        phrases
            .iter()
            .find(|&&(p, _)| ends_with_word(text, p))
            .map(|&(_, k)| k)
    }
}

/// The last space-separated field of `s` (all of `s` without a space): what
/// `s.rsplit(' ').next()` gives, found with one byte search (this runs for nearly every
/// capitalised word, where splitting by character cost ten times more).
fn last_field(s: &str) -> &str {
    match last_space(s) {
        Some(i) => &s[i + 1..],
        None => s,
    }
}

/// The offset of the last space in `s`. A byte loop: the last word is short, and a vector
/// search costs more to set up than to run here.
fn last_space(s: &str) -> Option<usize> {
    s.bytes().rposition(|b| b == b' ')
}

/// The space-separated fields of `s` from the last one: what `s.rsplit(' ')` gives, empty
/// fields included, with byte searches.
fn fields_back(s: &str) -> impl Iterator<Item = &str> {
    let mut rest = Some(s);
    std::iter::from_fn(move || {
        let r = rest?;
        match last_space(r) {
            Some(i) => {
                rest = Some(&r[..i]);
                Some(&r[i + 1..])
            }
            None => {
                rest = None;
                Some(r)
            }
        }
    })
}

/// How many `u64` the bit set of [`Lexicon::context_sketches`] takes: 4,096 bits for about
/// 400 context words, so that nine words in ten that are none find their bit clear.
const SKETCH_WORDS: usize = 64;

/// A cheap hash of a word, from its length and its first and last bytes, below
/// `SKETCH_WORDS * 64`.
fn sketch(word: &str) -> usize {
    let b = word.as_bytes();
    sketch_of(
        b.len(),
        b.first().copied().unwrap_or(0),
        b.last().copied().unwrap_or(0),
    )
}

/// [`sketch`] of a word of `len` bytes, the first `first` and the last `last` (0 and 0 for
/// the empty word).
fn sketch_of(len: usize, first: u8, last: u8) -> usize {
    let (first, last) = (usize::from(first), usize::from(last));
    (len * 131 + first * 31 + last * 7) % (SKETCH_WORDS * 64)
}

/// Words of the bit set of [`Lexicon::signoff_tails`]: 4,096 bits for about forty keys.
const TAIL_WORDS: usize = 64;

/// The bit of [`Lexicon::signoff_tails`] of the three bytes `a`, `b`, `c` (lower case), below
/// `TAIL_WORDS * 64`.
fn tail_bit(a: u8, b: u8, c: u8) -> usize {
    let x = u32::from(a) | u32::from(b) << 8 | u32::from(c) << 16;
    (x.wrapping_mul(0x9E37_79B1) >> 20) as usize
}

/// [`table::fold_table`], built with the lexicon table by `build.rs`.
static FOLD_TABLE: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/person_fold.bin"));

/// The lower-case ASCII letter `c` folds to as [`fold_into`] folds it ("É", "é" → `e`), read
/// from the same [`FOLD_TABLE`]; `None` for a character that folds to anything else.
fn fold_letter(c: char) -> Option<u8> {
    let cp = c as usize;
    let folded = match cp {
        0..=0x7F => (cp as u8).to_ascii_lowercase(),
        0x80..=0x7FF => *FOLD_TABLE.get(cp - 0x80)?,
        _ => return None,
    };
    folded.is_ascii_lowercase().then_some(folded)
}

/// Folds `s` into `out` (cleared first) as [`push_folded`] does character by character:
/// runs of ASCII are lower-cased eight bytes at a time as they are copied, and the other
/// characters of French text (accented letters, ’, NBSP, —, €) are read from [`FOLD_TABLE`];
/// only the rest go through `push_folded`. Folding the text before a name was a tenth of
/// PERSON's cost when every accented letter went through its match and case tables.
fn fold_into(s: &str, out: &mut String) {
    out.clear();
    // Room for the text and the last group of eight bytes stored whole: most folds then
    // never grow `out`.
    out.reserve(s.len() + 8);
    let bytes = s.as_bytes();
    let mut i = push_ascii_lower(bytes, 0, out);
    while i < bytes.len() {
        let b = bytes[i];
        let (len, entry) = match b {
            0xC2..=0xDF => {
                let cp = (usize::from(b & 0x1F) << 6) | usize::from(bytes[i + 1] & 0x3F);
                (2, FOLD_TABLE.get(cp - 0x80))
            }
            // U+2000..U+20FF: E2 80..83 xx.
            0xE2 if bytes[i + 1] & 0xFC == 0x80 => {
                let cp = (usize::from(bytes[i + 1] & 0x3F) << 6) | usize::from(bytes[i + 2] & 0x3F);
                (3, FOLD_TABLE.get(0x780 + cp))
            }
            _ => (0, None),
        };
        match entry.copied().unwrap_or(table::FOLD_OTHER) {
            table::FOLD_SAME => out.push_str(&s[i..i + len]),
            table::FOLD_OTHER => {
                let c = s[i..].chars().next().unwrap_or(' ');
                push_folded(c, out);
                i = push_ascii_lower(bytes, i + c.len_utf8(), out);
                continue;
            }
            ascii => out.push(char::from(ascii)),
        }
        i = push_ascii_lower(bytes, i + len, out);
    }
}

/// Appends the ASCII bytes of `bytes` from `from` on, up to the first other byte, lower-cased,
/// and returns where they stop. Eight bytes at a time, each eight lower-cased at once and
/// stored whole, then cut back to the ASCII ones: copying each run with `push_str` (a call to
/// `memcpy`) and lower-casing it after cost more (the folds of a 3 MB business text, windows
/// and words: 5.8M instructions then, 4.6M so).
#[inline]
fn push_ascii_lower(bytes: &[u8], from: usize, out: &mut String) -> usize {
    const HIGH: u64 = 0x8080_8080_8080_8080;
    // SAFETY: when this borrow of `out`'s bytes ends, all that was appended to them is ASCII
    // (valid UTF-8 after the valid UTF-8 `out` held): each group of eight bytes is stored whole
    // and at once cut back to its ASCII bytes, with no call in between that could unwind.
    let v = unsafe { out.as_mut_vec() };
    let mut i = from;
    while let Some(chunk) = bytes.get(i..i + 8) {
        let mut eight = [0u8; 8];
        eight.copy_from_slice(chunk);
        let w = u64::from_le_bytes(eight);
        let ascii = match w & HIGH {
            0 => 8,
            high => (high.trailing_zeros() / 8) as usize,
        };
        // Upper-case ASCII letters (0x41..=0x5A) get their 0x20 bit: adding 0x3F to the low
        // seven bits reaches 0x80 from 'A' on, adding 0x25 from '[' on, with no carry out of
        // a byte.
        let low7 = w & !HIGH;
        let upper = low7.wrapping_add(0x3F3F_3F3F_3F3F_3F3F)
            & !low7.wrapping_add(0x2525_2525_2525_2525)
            & !w
            & HIGH;
        v.extend_from_slice(&(w | upper >> 2).to_le_bytes());
        v.truncate(v.len() - (8 - ascii));
        i += ascii;
        if ascii < 8 {
            return i;
        }
    }
    while let Some(&b) = bytes.get(i).filter(|b| b.is_ascii()) {
        v.push(b.to_ascii_lowercase());
        i += 1;
    }
    i
}

/// The possible last words of a phrase that `text` ends with as a whole word: the run of
/// letters, digits, apostrophes and hyphens that ends `text`, and each part of it after a
/// hyphen ("re-merci" may end with "merci", which [`ends_with_word`] accepts after a hyphen).
fn last_word_keys(text: &str) -> impl Iterator<Item = &str> {
    let start = text
        .char_indices()
        .rev()
        .find(|&(_, c)| !(is_letter_or_digit(c) || c == '\'' || c == '-'))
        .map_or(0, |(i, c)| i + c.len_utf8());
    let token = &text[start..];
    std::iter::once(token).chain(token.match_indices('-').map(move |(i, _)| &token[i + 1..]))
}

/// `text.trim_end_matches([',', '.', '!', ' ', '\u{a0}', '\u{202f}', '\u{2009}'])`, by
/// bytes: the characters whose folded forms are `,`, `.`, `!` or a space, so that trimming them
/// from a text trims those from its folded form.
fn trim_end_folded_blank(text: &str) -> &str {
    let mut b = text.as_bytes();
    loop {
        b = match b {
            [rest @ .., b',' | b'.' | b'!' | b' '] => rest,
            [rest @ .., 0xC2, 0xA0] => rest,
            [rest @ .., 0xE2, 0x80, 0xAF | 0x89] => rest,
            _ => break,
        };
    }
    &text[..b.len()]
}

/// `text.trim_end_matches([',', '.', '!', ' '])`, by bytes: the characters are ASCII, so
/// the bytes trimmed are those characters (this runs for the line above every line start).
fn trim_end_closing_marks(text: &str) -> &str {
    let mut b = text.as_bytes();
    while let [rest @ .., b',' | b'.' | b'!' | b' '] = b {
        b = rest;
    }
    &text[..b.len()]
}

/// `line.trim_matches([' ', '\t', '\r', '\u{a0}'])`, by bytes.
#[inline]
fn trim_line(line: &str) -> &str {
    let mut b = line.as_bytes();
    loop {
        b = match b {
            [b' ' | b'\t' | b'\r', rest @ ..] => rest,
            [0xC2, 0xA0, rest @ ..] => rest,
            _ => break,
        };
    }
    let start = line.len() - b.len();
    loop {
        b = match b {
            [rest @ .., b' ' | b'\t' | b'\r'] => rest,
            [rest @ .., 0xC2, 0xA0] => rest,
            _ => break,
        };
    }
    &line[start..start + b.len()]
}

/// Whether the folded form of `c` is made of letters, digits, apostrophes and hyphens, the
/// characters of the words [`last_word_keys`] reads: letters and digits, `'`, `-` and the
/// typographic apostrophes that fold to `'`.
fn folds_into_word(c: char) -> bool {
    is_letter_or_digit(c)
        || matches!(
            c,
            '\'' | '-' | '\u{2019}' | '\u{2bc}' | '\u{2018}' | '\u{b4}'
        )
}

/// The run of characters at the end of `text` (not folded) that [`folds_into_word`]: once
/// folded, the run [`last_word_keys`] starts from in the folded `text`.
fn raw_last_token(text: &str) -> &str {
    let bytes = text.as_bytes();
    let mut start = text.len();
    while let Some(&b) = start.checked_sub(1).and_then(|i| bytes.get(i)) {
        if b < 0x80 {
            if !(b.is_ascii_alphanumeric() || b == b'\'' || b == b'-') {
                break;
            }
            start -= 1;
            continue;
        }
        // U+00C0..U+00FF (C3 80..BF): letters, but for × and ÷.
        if start >= 2 && bytes[start - 2] == 0xC3 && b & 0xC0 == 0x80 {
            if b == 0x97 || b == 0xB7 {
                break;
            }
            start -= 2;
            continue;
        }
        match text[..start].chars().next_back() {
            Some(c) if folds_into_word(c) => start -= c.len_utf8(),
            _ => break,
        }
    }
    &text[start..]
}

/// Whether a candidate name has a word of two letters or more, or is initials alone ("B.
/// N.": [`initials::initials_alone`]). Letters alone ("…; I", "E-E") name no one, and their
/// masks could not hide them: the partial mask of another name keeps the same first letters
/// ("E-EE" → "E-E*").
fn names_someone(name: &str) -> bool {
    let mut run = 0;
    for c in name.chars() {
        if is_letter(c) {
            run += 1;
            if run >= 2 {
                return true;
            }
        } else {
            run = 0;
        }
    }
    initials::initials_alone(name)
}

/// Whether `text` ends with `phrase` as whole words.
fn ends_with_word(text: &str, phrase: &str) -> bool {
    if !ends_with_bytes(text, phrase) {
        return false;
    }
    let head = &text[..text.len() - phrase.len()];
    match head.as_bytes().last() {
        None => true,
        Some(&b) if b < 0x80 => !b.is_ascii_alphanumeric() && b != b'\'',
        Some(_) => head
            .chars()
            .next_back()
            .is_none_or(|c| !is_letter_or_digit(c) && c != '\''),
    }
}

/// `text.ends_with(suffix)`, compared from the last byte: the short words and phrases
/// compared here mostly differ there, and no `memcmp` call is made.
fn ends_with_bytes(text: &str, suffix: &str) -> bool {
    let (t, s) = (text.as_bytes(), suffix.as_bytes());
    s.len() <= t.len() && t.iter().rev().zip(s.iter().rev()).all(|(a, b)| a == b)
}

/// A capitalised word of the text.
#[derive(Clone, Copy, Debug)]
struct Tok {
    start: usize,
    end: usize,
    flags: u16,
    /// All in capitals, at least two letters ("DUPONT").
    caps: bool,
    /// Hash of the folded word, to find it again in the second pass.
    hash: u64,
}

impl Tok {
    /// Whether the word is a name alone, with no context and no word after it: a first name
    /// that is no word, not in capitals, of three bytes or more (see [`Scan::unanchored`]).
    fn alone_is_name(&self) -> bool {
        !self.is(PARTICLE | AMBIG | STOP)
            && self.is(FIRST)
            && !self.caps
            && self.end - self.start >= 3
    }

    fn is(&self, flag: u16) -> bool {
        self.flags & flag != 0
    }

    fn nameish(&self) -> bool {
        self.is(FIRST | SURNAME | SHAPE) || self.caps
    }
}

/// Detects PERSON names; see the module documentation.
#[derive(Debug)]
pub struct PersonDetector {
    civility: Arc<str>,
    context: Arc<str>,
    lexicon: Arc<str>,
    repeat: Arc<str>,
    list: Arc<str>,
}

impl Default for PersonDetector {
    fn default() -> Self {
        PersonDetector::new()
    }
}

/// `WORD_GOES_ON[b]`: whether [`Scan::fast_word`] reads on at the byte `b` after a run of
/// ASCII letters: an ASCII letter, the first byte of a Latin-1 letter, a hyphen.
const WORD_GOES_ON: [bool; 256] = {
    let mut goes_on = [false; 256];
    let mut b = 0;
    while b < 256 {
        goes_on[b] = (b as u8).is_ascii_alphabetic() || b == 0xC3 || b == b'-' as usize;
        b += 1;
    }
    goes_on
};

/// `PLAIN_END[b]`: whether the byte `b` after a word read by [`Scan::fast_word`] ends it with
/// nothing more to tell: an ASCII byte that is neither a hyphen, an apostrophe, a slash (a
/// code's "-2026", "/299"), a digit nor `_` (glued to an identifier). Spaces, commas, full
/// stops and line breaks, after most words: the checks of those other bytes, each a branch
/// for every word (about 110,000 on the 3 MB mixed corpus), ran for them all.
const PLAIN_END: [bool; 256] = {
    let mut plain = [false; 256];
    let mut b = 0;
    while b < 0x80 {
        let c = b as u8;
        plain[b] = !matches!(c, b'-' | b'\'' | b'/' | b'_' | b'0'..=b'9');
        b += 1;
    }
    plain
};

/// Words elided before a vowel ("D'après", "Qu'il", "Aujourd'hui"), unlike the "Floc'h" of
/// "Le Floc'h".
const ELIDED: &[&str] = &[
    "d", "l", "j", "c", "qu", "n", "s", "m", "t", "jusqu", "lorsqu", "puisqu", "quoiqu", "aujourd",
    "presqu",
];

/// Whether `word` opens with an elided word and an apostrophe ("D'après", "C'est"), which is
/// looked for in its first bytes only.
fn elided_prefix(word: &str) -> bool {
    let head = &word.as_bytes()[..word.len().min(9)];
    let Some(i) = head.iter().position(|&b| b == b'\'' || b == 0xE2) else {
        return false;
    };
    let (prefix, rest) = word.split_at(i);
    let rest = rest
        .strip_prefix('\'')
        .or_else(|| rest.strip_prefix('\u{2019}'));
    rest.is_some_and(|r| r.starts_with(char::is_lowercase))
        && ELIDED.iter().any(|e| prefix.eq_ignore_ascii_case(e))
}

/// Legal forms of French companies and "& Fils": the capitalised words just before one name a
/// company.
const COMPANY_MARKERS: &[&str] = &[
    "sarl",
    "sas",
    "sasu",
    "sa",
    "eurl",
    "sci",
    "snc",
    "scea",
    "gaec",
    "earl",
    "selarl",
    "scop",
    "scp",
    "eirl",
    "gie",
    "cie",
    // "Cuisine & Co": a break word (see the word lists), so that no name runs into it.
    "co",
    "fils",
    "freres",
    "fr\u{e8}res",
];

/// The length in bytes of the longest of [`COMPANY_MARKERS`].
const COMPANY_MARKER_BYTES: usize = crate::longest_len(COMPANY_MARKERS);

/// The priority of PERSON detections: below address rules, which own street names.
const PRIORITY: i32 = 1;
/// Most names have at most four capitalised parts ("Marie-Christine de La Tour du Pin").
const MAX_PARTS: usize = 4;
/// How far back (in bytes) context is read.
const LINE_REACH: usize = 256;
/// A token longer than this (in bytes) is not looked up.
const MAX_TOKEN: usize = 48;
/// How many lines above the first line over a line start are read for a label.
const UPPER_LINES: usize = 11;
/// How many labels [`Scan::person_label`] remembers (a power of two).
const LABEL_MEMO: usize = 1024;
/// Bytes of text per slot of [`Scan::label_memo`].
const LABEL_MEMO_BYTES: usize = 1024;
/// The longest label [`Scan::label_memo`] remembers, in bytes (see [`LabelKey`]).
const LABEL_KEY_BYTES: usize = 48;
/// The base-2 logarithm of the slots of [`Scan::found_last`].
const FOUND_SLOTS_LOG2: u32 = 9;
/// The fewest slots a memo gets.
const MIN_MEMO_SLOTS: usize = 64;

/// What [`Scan`] remembers of a text, keyed by pieces of it (labels; for windows before runs
/// see [`windows`]): one
/// slot per hash of the key, a new key evicting the one in its slot. The text is the
/// adversary's, and [`fx`] does not resist crafted collisions: in a hash map they would make
/// every lookup walk the whole map, here they only evict, so a lookup costs one slot at worst.
struct SlotMemo<K, V, const SLOTS: usize> {
    slots: Vec<Option<(K, V)>>,
    /// How many slots the first insert allocates (a power of two, at most `SLOTS`).
    size: usize,
}

impl<K, V, const SLOTS: usize> SlotMemo<K, V, SLOTS> {
    /// A memo for a text of `text_len` bytes: one slot per `bytes_per_slot`, as a power of two
    /// between [`MIN_MEMO_SLOTS`] and `SLOTS`. A 4 KB prompt remembers a few dozen windows:
    /// the full 384 KiB of the window memo cost it 72 more page faults (705 against 569) and
    /// 0.7 ms of its median wall time on the development VM (6.26 against 5.52 ms, of the 5 ms
    /// a prompt may take), for slots it never fills. The slots are allocated in `slots`, a
    /// thread's last memo (see [`scratch`]), kept whole with what it remembers (its keys'
    /// answers hold for any text) unless it has fewer slots than this text's memo would get:
    /// then it is emptied and sized anew at the first insert.
    fn kept_for_text(
        text_len: usize,
        bytes_per_slot: usize,
        mut slots: Vec<Option<(K, V)>>,
    ) -> Self {
        let size = (text_len / bytes_per_slot)
            .next_power_of_two()
            .clamp(MIN_MEMO_SLOTS, SLOTS);
        if slots.len() < size {
            slots.clear();
        }
        SlotMemo { slots, size }
    }
}

/// A key of a [`SlotMemo`]: a piece of the text, with flags.
trait MemoKey: PartialEq {
    fn memo_hash(&self) -> u64;
}

/// A label as [`Scan::label_memo`] holds it: its bytes, not a borrow of the text, so that
/// what the memo remembers outlives the text and is kept for the thread's next scan
/// ([`scratch`]). A stream is scanned in pieces of 1 MiB, and a label read in one piece comes
/// back in the next ("Présents", "Objet", "Tél."): emptied with each piece, the memo read
/// 4,423 labels in full on the 12 MB mixed corpus (about 1,600 instructions and 24
/// mispredicted branches each), kept 3,577 (1,670.1M → 1,666.8M instructions weighted with
/// mispredicts).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
struct LabelKey {
    len: u8,
    bytes: [u8; LABEL_KEY_BYTES],
}

impl LabelKey {
    /// `raw`'s key, or `None` when it is longer than a key holds (such labels are read in full
    /// each time: a label is at most 48 bytes once trimmed, see [`person_label`]).
    fn of(raw: &str) -> Option<LabelKey> {
        let raw = raw.as_bytes();
        if raw.len() > LABEL_KEY_BYTES {
            return None;
        }
        let mut bytes = [0; LABEL_KEY_BYTES];
        bytes[..raw.len()].copy_from_slice(raw);
        Some(LabelKey {
            len: raw.len() as u8,
            bytes,
        })
    }
}

impl MemoKey for LabelKey {
    fn memo_hash(&self) -> u64 {
        fx(&self.bytes[..usize::from(self.len)])
    }
}

impl<K: MemoKey, V: Copy, const SLOTS: usize> SlotMemo<K, V, SLOTS> {
    /// The slot of `key` among `slots` (a power of two, at least 2).
    fn slot(key: &K, slots: usize) -> usize {
        // The top bits: `fx` ends with a multiplication, whose low bits mix little.
        let hash = key.memo_hash().wrapping_mul(0x9e37_79b9_7f4a_7c15);
        (hash >> (64 - slots.trailing_zeros())) as usize
    }

    fn get(&self, key: &K) -> Option<V> {
        if self.slots.is_empty() {
            return None;
        }
        match &self.slots[Self::slot(key, self.slots.len())] {
            Some((k, value)) if k == key => Some(*value),
            _ => None,
        }
    }

    fn insert(&mut self, key: K, value: V) {
        if self.slots.is_empty() {
            self.slots.resize_with(self.size, || None);
        }
        let slot = Self::slot(&key, self.slots.len());
        self.slots[slot] = Some((key, value));
    }
}

/// The remembered [`person_label`] answers, by label.
type LabelMemo = SlotMemo<LabelKey, bool, LABEL_MEMO>;

impl PersonDetector {
    pub fn new() -> PersonDetector {
        PersonDetector {
            civility: Arc::from("person-civility"),
            context: Arc::from("person-context"),
            lexicon: Arc::from("person-lexicon"),
            repeat: Arc::from("person-repeat"),
            list: Arc::from("person-list"),
        }
    }

    /// Builds the name lexicon now, which the first scan that needs it would otherwise do
    /// (about a million instructions). It does not depend on the rules: a program can have
    /// it built on another thread while it builds its engine.
    pub fn prepare() {
        LazyLock::force(&LEXICON);
    }
}

impl Detector for PersonDetector {
    fn warm_up(&self) {
        LazyLock::force(&LEXICON);
    }

    fn detect(&self, text: &str, out: &mut Vec<Detection>) {
        // A listed client ends a name: "Mme Girard de Fromagerie Kowalski" is Mme Girard of
        // the client, not one long name that would hide the client.
        let mut clients: Vec<Span> = out
            .iter()
            .filter(|d| d.kind == Kind::Client)
            .map(|d| d.span)
            .collect();
        clients.sort_unstable_by_key(|s| s.start);
        // About one name in 400 bytes of business text: room for them at once, so that the
        // list is not copied as it grows.
        out.reserve(text.len() / 256);
        let mut scan = Scan::new(text, self, clients, out, scratch::take());
        scan.run();
        scratch::give_back(scan.into_scratch());
    }
}

impl<'t, 'o> Scan<'t, 'o> {
    /// A fresh scan of `text`, the client names already found in it given by their spans.
    fn new(
        text: &'t str,
        det: &'t PersonDetector,
        clients: Vec<Span>,
        out: &'o mut Vec<Detection>,
        kept: scratch::Scratch,
    ) -> Scan<'t, 'o> {
        let scratch::Scratch {
            toks,
            pending,
            words,
            line_words,
            line_before,
            starts,
            windows,
            labels,
        } = kept;
        Scan {
            text,
            lex: &LEXICON,
            det,
            clients,
            // About one capitalised word in 26 bytes of business text, one in 66 of prose:
            // reserved once, so that the token list is not copied as it grows (2.8M
            // instructions on a 3 MB corpus). Pages never written cost no memory.
            toks: scratch::with_room(toks, text.len() / 16 + 16),
            run_start: 0,
            pending: scratch::with_room(pending, text.len() / 32 + 16),
            cell_runs: Vec::new(),
            found: Vec::new(),
            animals: Vec::new(),
            and_names: Vec::new(),
            // A slot's first value has other top bits than the hashes it holds: it is never
            // taken for one.
            found_last: std::array::from_fn(|i| (i as u64 ^ 1) << (64 - FOUND_SLOTS_LOG2)),
            buf: String::with_capacity(64),
            scratch: String::with_capacity(128),
            word: [0; MAX_TOKEN + 16],
            word_memo: table::WordMemo::for_text(text.len(), words),
            breaks: lines::LineBreaks::of(text.as_bytes(), line_words, line_before),
            starts: starts::Candidates::of(text.as_bytes(), starts),
            last_name_end: None,
            line_label_cache: None,
            upper_memo: None,
            label_memo: LabelMemo::kept_for_text(text.len(), LABEL_MEMO_BYTES, labels),
            context_memo: windows::WindowMemo::for_text(text.len(), windows),
            impure: false,
            after: windows::After::Nothing,
            #[cfg(test)]
            memo_hits: 0,
            #[cfg(test)]
            proviso_hits: 0,
            #[cfg(test)]
            plain_windows: 0,
            #[cfg(test)]
            signed_windows: 0,
            lead: None,
            column_memo: cells::ColumnMemo::default(),
            has_tab: memchr::memchr(b'\t', text.as_bytes()).is_some(),
            out_base: out.len(),
            out,
        }
    }

    /// The buffers of this scan, for the next one on the thread ([`scratch`]).
    fn into_scratch(self) -> scratch::Scratch {
        let (line_words, line_before) = self.breaks.into_buffers();
        scratch::Scratch {
            toks: self.toks,
            pending: self.pending,
            words: self.word_memo.into_slots(),
            line_words,
            line_before,
            starts: self.starts.into_words(),
            windows: self.context_memo.into_slots(),
            labels: self.label_memo.slots,
        }
    }
}

/// The state of one `detect` call.
struct Scan<'t, 'o> {
    text: &'t str,
    /// [`LEXICON`], forced once per scan: every capitalised word asks for it, and going
    /// through the `LazyLock` each time cost a check of its state.
    lex: &'static Lexicon,
    det: &'t PersonDetector,
    /// Spans of the client names already found, by start: a name does not run into one.
    clients: Vec<Span>,
    /// Every capitalised word, in order.
    toks: Vec<Tok>,
    /// Where the current run of adjacent capitalised words starts in `toks`.
    run_start: usize,
    /// Token ranges not accepted as names, to look at again in the second pass.
    pending: Vec<(usize, usize)>,
    /// Token ranges that fill a cell of a row split by `|`, tabs or `;`, in order: the
    /// candidates of [`Scan::column_item`], most texts having none.
    cell_runs: Vec<(usize, usize)>,
    /// Hashes of the folded parts of the names found.
    found: Vec<u64>,
    /// Token indices next to a name found across " et ": the first after "NAME et " or the
    /// last before " et NAME", for [`Scan::coordinated_item`]; recorded by [`Scan::accept`].
    and_names: Vec<usize>,
    /// Hashes of the words named as animals or virtual assistants ("Luna (chienne)"): their
    /// other mentions alone are the animal or the assistant too ([`animals`]).
    animals: Vec<u64>,
    /// The hash last pushed to `found` among those of each value of their top bits: a name
    /// comes back all through a text (each is found three times on average), and its words
    /// were pushed each time, then sorted and deduplicated; a word met again in its slot is
    /// not pushed again.
    found_last: [u64; 1 << FOUND_SLOTS_LOG2],
    buf: String,
    /// A second reused buffer, for the lines above a line start.
    scratch: String,
    /// The folded word of [`Scan::fast_word`], sixteen bytes longer for its copies of sixteen
    /// letters at a time: kept here, so that it is not zeroed for every word; only the bytes
    /// written for the word are read.
    word: [u8; MAX_TOKEN + 16],
    /// The flags of the words [`Scan::fast_word`] read, by their folded bytes.
    word_memo: table::WordMemo,
    /// Where the text's line breaks are, for the searches back to the line break before a
    /// run and to the lines above a line start.
    breaks: lines::LineBreaks,
    /// Where a capitalised word may start.
    starts: starts::Candidates,
    last_name_end: Option<usize>,
    /// [`person_label`] of the labels met so far (the same few come back on every form and
    /// e-mail header), at most [`LABEL_MEMO`] of them.
    label_memo: LabelMemo,
    /// The context of the windows before runs met so far (the same few come back all
    /// through a text: "De : ", "Objet : ", "avec ", "M. "), by the window's bytes and
    /// [`window_flags`], with where a particle after a civility starts in it: see
    /// [`Scan::context_before`] and [`windows`]. At most [`windows::MAX_SLOTS`] of them,
    /// kept from the thread's last text.
    context_memo: windows::WindowMemo,
    /// Set by every check of [`Scan::window_context`] that reads more than its window (the
    /// words after the run, the lines above, a line longer than the window): its answer is
    /// then not remembered.
    impure: bool,
    /// What the reading of [`Scan::window_context`] asked of the text after the run, where a
    /// check that found nothing there leaves its answer that of the window (see
    /// [`Scan::reads_after`]).
    after: windows::After,
    /// How many runs took their context from `context_memo` (each checked against the full
    /// reading in the test build).
    #[cfg(test)]
    memo_hits: usize,
    /// Of them, how many with a proviso on the text after the run ([`windows::After`]).
    #[cfg(test)]
    proviso_hits: usize,
    /// How many runs [`Scan::plain_window`] judged without context (each checked against
    /// the full reading in the test build).
    #[cfg(test)]
    plain_windows: usize,
    /// How many of those [`Scan::signed_window`] read.
    #[cfg(test)]
    signed_windows: usize,
    /// `(line start, its first colon, whether a person label ends there)` of the last line
    /// [`Scan::line_label`] found a colon on.
    line_label_cache: Option<(usize, usize, bool)>,
    /// The last walk of [`Scan::upper_lines_context`]: where it started, and at which line it
    /// settled and whether on a person label (`None`: not within [`UPPER_LINES`]). Also set
    /// by [`Scan::line_start_context`] when the line it reads settles a walk from it.
    upper_memo: Option<(usize, Option<(usize, bool)>)>,
    /// Where a name found by [`Scan::left_context`] really starts when a lower-case particle
    /// stands between the civility and it ("Mme de La Tour").
    lead: Option<usize>,
    /// The last table row whose header [`Scan::column_context`] looked for.
    column_memo: cells::ColumnMemo,
    /// Whether the text holds a tab: most texts have none, and then no window is searched
    /// for the tab that would open a table cell in it (about 1M instructions on 3 MB).
    has_tab: bool,
    /// Where this scan's names start in `out` (the detections before are other kinds').
    out_base: usize,
    out: &'o mut Vec<Detection>,
}

/// The flags of a window in [`Scan::context_memo`]: what [`Scan::window_context`] reads
/// besides the window's text.
fn window_flags(whole_line: bool, line_in_window: bool, civility_only: bool) -> u8 {
    u8::from(whole_line) | u8::from(line_in_window) << 1 | u8::from(civility_only) << 2
}

/// The last line break before a position, found by searching only the bytes after the
/// position asked before: runs are judged in order, so that each byte of the text is searched
/// once, instead of up to [`LINE_REACH`] bytes back for every run (a line of prose holds
/// several runs).
#[derive(Clone, Copy, Debug, PartialEq)]
enum Ctx {
    None,
    Weak,
    /// After a verb whose object is a person: even one unknown word is a name.
    Verb,
    Strong,
    Civility,
    Deny,
}

impl<'t> Scan<'t, '_> {
    /// The lexicon, built on the first capitalised word of the first text scanned.
    fn lex(&self) -> &'static Lexicon {
        self.lex
    }

    fn run(&mut self) {
        let text = self.text;
        let bytes = text.as_bytes();
        let mut i = 0;
        while let Some(pos) = self.starts.next(i) {
            let b = bytes[pos];
            if b < 0x80 {
                // An upper-case ASCII letter: a word starts here unless glued to one. The
                // candidates leave out those glued to an ASCII letter, digit or `_`: only a
                // non-ASCII letter before it is left to look at.
                i = if pos > 0 && bytes[pos - 1] >= 0x80 && glued(text, pos) {
                    pos + 1
                } else {
                    self.token(pos)
                };
                continue;
            }
            if b == 0xC3 && pos + 1 < bytes.len() {
                // Latin-1, the bulk of accented French: upper case is 0x80..=0x9E but ×.
                let s = bytes[pos + 1];
                if !(0x80..=0x9E).contains(&s) || s == 0x97 {
                    i = pos + 2;
                    continue;
                }
            }
            let Some(c) = text[pos..].chars().next() else {
                break;
            };
            i = if is_upper(c) && is_letter(c) && !glued(text, pos) {
                self.token(pos)
            } else {
                pos + c.len_utf8()
            };
        }
        self.flush_run();
        self.list_items();
        self.propagate();
    }

    /// Reads the capitalised word at `start`, adds it to the current run or starts a new one;
    /// returns where the word ends.
    fn token(&mut self, start: usize) -> usize {
        let text = self.text;
        let lex = self.lex();
        let (end, flags, caps, hash) = match self.fast_word(start) {
            Some(word) => {
                // Every word read by the shortcut is read again in full in the test build.
                #[cfg(test)]
                assert_eq!(word, self.read_word(start), "at byte {start}");
                word
            }
            None => self.read_word(start),
        };
        let mut tok = Tok {
            start,
            end,
            flags,
            caps,
            hash,
        };
        let joined = match self.toks.get(self.run_start..).and_then(|run| run.last()) {
            Some(prev) => {
                let gap = &text.as_bytes()[prev.end..start];
                joinable_gap(lex, gap)
                    || prev.is(INITIAL) && gap == b". "
                    // "KERGOAT/YANNICK MR": a traveller in booking form ([`pnr`]).
                    || gap == b"/"
                        && prev.caps
                        && caps
                        && pnr::title_follows(text.as_bytes(), end)
                        && {
                            tok.flags |= pnr::GIVEN;
                            true
                        }
            }
            None => false,
        };
        if !joined {
            self.flush_run();
        }
        self.toks.push(tok);
        end
    }

    /// [`Scan::read_word`] for most words: ASCII letters and the letters of Latin-1 that fold
    /// to one ASCII letter ("é", "À", "ç"), with hyphens between them ("Jean-Marc",
    /// "REF-IL"), then neither a letter, an apostrophe nor a hyphen before a non-ASCII
    /// character.
    /// Read, folded and hashed in one loop over the bytes, with no decoding, in a reused
    /// buffer; `None` for any other word, which `read_word` reads.
    fn fast_word(&mut self, start: usize) -> Option<(usize, u16, bool, u64)> {
        let text = self.text;
        let bytes = text.as_bytes();
        let mut caps = true;
        let mut letters = 0;
        let mut i = start;
        let lex = self.lex();
        // The folded word (all ASCII), and its length: see `Scan::word`.
        let word = &mut self.word;
        let mut len = 0;
        // Whether the word holds a hyphen between letters ("REF-IL", "Jean-Marc"): then it is
        // classified as a compound (see `Lexicon::classify`).
        let mut hyphen = false;
        // A hyphen followed by no letter ends the word, as in `token_end` ("REF-IL-0575" reads
        // "REF-IL"): told for ASCII only, a non-ASCII character after it is left to `read_word`.
        let hyphen_ends = |i: usize| match bytes.get(i + 1) {
            None => true,
            Some(&a) => a < 0x80 && !a.is_ascii_alphabetic(),
        };
        loop {
            // Runs of ASCII letters, sixteen bytes at a time where sixteen are left: most words
            // are read in one step, where eight at a time ended after one step or two, and
            // was mispredicted for about a word in five.
            let mut short = true;
            #[cfg(all(target_arch = "x86_64", target_feature = "sse2"))]
            while let Some(chunk) = bytes
                .get(i..i + 16)
                .and_then(|c| <&[u8; 16]>::try_from(c).ok())
            {
                // SAFETY: SSE2 is enabled for this build (the `cfg` above): it is part of
                // every x86-64 target. The function reads the sixteen bytes of `chunk`.
                let (letter_lanes, upper_lanes, lower) = unsafe { letter_lanes_sse2(chunk) };
                // Lanes 16 and up of the complement are set: `n` is at most 16.
                let n = (!letter_lanes).trailing_zeros() as usize;
                if i + n - start > MAX_TOKEN {
                    return None;
                }
                word[len..len + 16].copy_from_slice(&lower);
                caps &= letter_lanes & !upper_lanes & ((1 << n) - 1) == 0;
                len += n;
                letters += n;
                i += n;
                if n < 16 {
                    short = false;
                    break;
                }
            }
            // Eight bytes at a time, lower-cased with `| 0x20`: the last fifteen bytes of the
            // text, and other targets.
            while let Some(chunk) = bytes.get(i..i + 8).filter(|_| short) {
                let mut eight = [0u8; 8];
                eight.copy_from_slice(chunk);
                let w = u64::from_le_bytes(eight);
                let lower = w | 0x2020_2020_2020_2020;
                let low7 = lower & 0x7F7F_7F7F_7F7F_7F7F;
                // High bit of each byte: >= 'a' (0x61), > 'z' (0x7A), ASCII.
                let ge_a = low7.wrapping_add(0x1F1F_1F1F_1F1F_1F1F);
                let gt_z = low7.wrapping_add(0x0505_0505_0505_0505);
                let is_letter = ge_a & !gt_z & !w & 0x8080_8080_8080_8080;
                let not_letter = !is_letter & 0x8080_8080_8080_8080;
                // A chunk that opens with no letter (`n` is 0) goes through the steps below
                // unchanged (the copy is past the word, `caps` reads no byte of it) and ends
                // the loop by the same test as a short run: one branch on the length where a
                // test of its own for 0 was mispredicted after every accented last letter.
                let n = (not_letter.trailing_zeros() / 8) as usize;
                if i + n - start > MAX_TOKEN {
                    return None;
                }
                word[len..len + 8].copy_from_slice(&lower.to_le_bytes());
                // The bits below the high bit of the first byte that is no letter (all of them
                // if none): every high bit of the first `n` bytes, without a branch on `n == 8`.
                let first_n = not_letter.wrapping_sub(1) & !not_letter;
                // Lower-case letters have 0x20 set: moved up to their byte's high bit.
                caps &= (w << 2) & 0x8080_8080_8080_8080 & first_n == 0;
                len += n;
                letters += n;
                i += n;
                if n < 8 {
                    break;
                }
            }
            let Some(&b) = bytes.get(i) else { break };
            // Most often the byte after the ASCII letters ends the word (a space, a sign):
            // told by one test of its class, so that the tests below, which were mispredicted
            // one after the other for these bytes, see only the letters and hyphens.
            if !WORD_GOES_ON[usize::from(b)] {
                break;
            }
            let (folded, upper, width) = if b.is_ascii_alphabetic() {
                (b | 0x20, b.is_ascii_uppercase(), 1)
            } else if b == 0xC3 {
                // U+00C0..U+00FF: upper case up to 0x9E, but × (0x97); ÷ (0xB7) is no letter.
                let s = *bytes.get(i + 1)?;
                if s == 0x97 || s == 0xB7 {
                    break;
                }
                let folded = *FOLD_TABLE.get(0x40 + usize::from(s & 0x3F))?;
                if folded == table::FOLD_SAME || folded >= 0x80 {
                    // "æ", "ß", "ð", "þ": not one ASCII letter once folded.
                    return None;
                }
                (folded, s <= 0x9E, 2)
            } else if b == b'-' && bytes.get(i + 1).is_some_and(u8::is_ascii_alphabetic) {
                // A hyphen between letters: part of the word, not a letter.
                if i + 1 - start > MAX_TOKEN {
                    return None;
                }
                word[len] = b'-';
                len += 1;
                hyphen = true;
                i += 1;
                continue;
            } else {
                break;
            };
            // More than MAX_TOKEN bytes: left to `read_word`.
            if i + width - start > MAX_TOKEN {
                return None;
            }
            word[len] = folded;
            len += 1;
            caps &= upper;
            letters += 1;
            i += width;
        }
        if letters == 0 {
            return None;
        }
        let next = bytes.get(i).copied();
        let caps = caps && letters >= 2;
        // Most words end at a space or an ASCII sign that neither goes on with the word nor
        // opens a code: one lookup tells them, where the tests below ran one after the other
        // for every word (see `PLAIN_END`).
        if !next.is_none_or(|b| PLAIN_END[usize::from(b)]) {
            let ends_word =
                |b: u8| b != b'-' && b != b'\'' && (b < 0x80 || blank_or_sign(&bytes[i..]));
            if next.is_some_and(|b| !(ends_word(b) || b == b'-' && hyphen_ends(i))) {
                return None;
            }
            // Glued to a digit or `_`: see `read_word`.
            if next.is_some_and(|b| b.is_ascii_digit() || b == b'_') {
                return Some((i, BREAK | STOP, caps, 0));
            }
            if codes::opens_code(&bytes[i..]) {
                return Some((i, codes::CODE | BREAK | STOP, caps, 0));
            }
        }
        if letters == 1 {
            if bytes[start] == b'M' {
                // "E. M.;": the last of two initials, not the civility "M.".
                if initials::closing_m(bytes, start, i) {
                    return Some((i, 0, caps, 0));
                }
            } else if !text[..start].ends_with('.')
                && text[i..].starts_with(". ")
                && text[i + 2..].starts_with(|c: char| c.is_uppercase())
            {
                return Some((i, INITIAL, caps, 0));
            }
        }
        // ASCII letters and hyphens: valid UTF-8.
        let classify = |word: &[u8], hash: u64| {
            if hyphen {
                lex.classify(word, hash)
            } else {
                lex.classify_ascii(word, hash)
            }
        };
        let (hash, flags) = match self.word.first_chunk() {
            // Most words: their flags remembered from their last time in the text.
            Some(buf) if len <= table::MEMO_WORD_BYTES => {
                let (key, hash) = table::word_key(buf, len);
                let flags = match self.word_memo.get(key, hash) {
                    Some(flags) => flags,
                    None => {
                        let flags = classify(&buf[..len], hash);
                        self.word_memo.insert(key, hash, flags);
                        flags
                    }
                };
                // In the test build, the hash and the flags are the word's own.
                #[cfg(test)]
                {
                    let word = &self.word[..len];
                    assert_eq!(hash, fx(word));
                    assert_eq!(flags, lex.classify(word, hash));
                }
                (hash, flags)
            }
            _ => {
                let word = &self.word[..len];
                let hash = fx(word);
                (hash, classify(word, hash))
            }
        };
        Some((i, flags, caps, hash))
    }

    /// Reads the capitalised word at `start`: where it ends, its flags, whether it is in
    /// capitals, the hash of its folded form.
    fn read_word(&mut self, start: usize) -> (usize, u16, bool, u64) {
        let text = self.text;
        let TokenEnd {
            end,
            apostrophe,
            letters,
            caps,
        } = token_end(text, start);
        let word = &text[start..end];
        let lex = self.lex();
        // A word glued to a digit or `_` after it ("Dupont0", "Martin2024", "Lefèvre_x") is part
        // of an identifier, never a name: it breaks the run like a BREAK word. (Were it masked,
        // the mask or fake value would be glued to the digit, and restore, which replaces only
        // tokens standing alone, could not give the text back.)
        let glued_after = text[end..]
            .chars()
            .next()
            .is_some_and(|c| is_letter_or_digit(c) || c == '_');
        let initial = word.len() <= 2
            && word != "M"
            && !text[..start].ends_with('.')
            && word.chars().count() == 1
            && text[end..].starts_with(". ")
            && text[end + 2..].starts_with(|c: char| c.is_uppercase());
        // "D'après", "C'est", "L'équipe", "J'ai": an elided word capitalised at the start of a
        // sentence, never a name ("N'Diaye", "O'Brien" go on with a capital).
        let elided = apostrophe && elided_prefix(word);
        let (flags, hash) = if glued_after || elided {
            (BREAK | STOP, 0)
        } else if codes::opens_code(&text.as_bytes()[end..]) {
            (codes::CODE | BREAK | STOP, 0)
        } else if initial {
            (INITIAL, 0)
        } else if initials::closing_m(text.as_bytes(), start, end) {
            (0, 0)
        } else if word.len() <= MAX_TOKEN {
            fold_into(word, &mut self.buf);
            let hash = fx(self.buf.as_bytes());
            (lex.classify(self.buf.as_bytes(), hash), hash)
        } else {
            (0, 0)
        };
        (end, flags, caps && letters >= 2, hash)
    }

    /// Splits the current run at words that are never names, and judges each part.
    #[inline(always)]
    fn flush_run(&mut self) {
        let (from, to) = (self.run_start, self.toks.len());
        // Many runs are one word that is never a name ("Total", "TVA", "SIRET") or a particle
        // alone ("Le", "La": `Scan::segment` trims it away): nothing to judge, told here,
        // before the call to the code that judges, whose entry and exit cost more than this
        // test (32,000 of 91,000 runs on a 3 MB business text).
        if to == from + 1 && self.toks[from].is(BREAK | PARTICLE) {
            self.run_start = to;
            return;
        }
        self.judge_run();
    }

    /// [`Scan::flush_run`] of a run that may hold a part to judge.
    #[inline(never)]
    fn judge_run(&mut self) {
        let (from, to) = (self.run_start, self.toks.len());
        self.run_start = to;
        // Most runs judged are one word, neither a BREAK word nor a particle (`flush_run`
        // passed over those): a segment of itself, judged without the loop over the run's
        // words (which ended after one word or after several and mispredicted about once a
        // run), the trim of its particles or the look for a context word before a particle
        // (about 50 instructions a run; 162,000 of the 215,000 runs of the 12 MB mixed
        // corpus).
        if to == from + 1 {
            #[cfg(test)]
            {
                let start = self.toks[from].start;
                assert_eq!(self.next_break(from, to), to, "at byte {start}");
                assert!(!self.toks[from].is(PARTICLE), "at byte {start}");
            }
            return self.judge_segment(from, to);
        }
        let mut seg_start = from;
        let mut i = self.next_break(from, to);
        loop {
            if seg_start < i {
                if i < to && self.designates(i) {
                    // "Mercedes Sprinter AM-105-PV": a make and model, set aside.
                    self.lead = None;
                    self.pending.push((seg_start, i));
                } else {
                    self.segment(seg_start, i);
                }
            }
            if i >= to {
                break;
            }
            seg_start = i + 1;
            i = self.next_break(seg_start, to);
        }
    }

    /// Whether `toks[i]` opens a code one blank after the word before it: the words before
    /// designate what it numbers ([`codes`]).
    fn designates(&self, i: usize) -> bool {
        let t = self.toks[i];
        t.is(codes::CODE) && codes::designates(&self.text.as_bytes()[self.toks[i - 1].end..t.start])
    }

    /// The first BREAK word of `toks[from..to]`, or `to`.
    fn next_break(&self, from: usize, to: usize) -> usize {
        (from..to).find(|&i| self.toks[i].is(BREAK)).unwrap_or(to)
    }

    /// Judges the capitalised words `toks[a..b]` (adjacent, none of them a BREAK word).
    fn segment(&mut self, a: usize, mut b: usize) {
        while b > a && self.toks[b - 1].is(PARTICLE) {
            b -= 1;
        }
        // Particles alone ("de La"): no name. Past the loop, `toks[b - 1]` is no particle, so
        // one test tells it (the search for a word that is no particle mispredicted at its
        // end about one run in three).
        #[cfg(test)]
        assert_eq!(b == a, !(a..b).any(|i| !self.toks[i].is(PARTICLE)));
        if b == a {
            return;
        }
        // "Avis de Padraig attendu", "Bureau d'Aoife": a context word that opens a sentence is
        // capitalised and joined to the name by its particle; it is context, not name.
        if b - a >= 2 && !self.toks[a].is(PARTICLE) {
            if let Some(ctx) = self.capitalised_context(a) {
                self.pending.push((a, a + 1));
                self.lead = None;
                return self.judge(a + 1, b, ctx);
            }
        }
        self.judge_segment(a, b)
    }

    /// [`Scan::segment`] of `toks[a..b]` past its trailing particles and its capitalised
    /// context word: `toks[b - 1]` is no particle, and no word is a BREAK word. Inlined in
    /// both callers, so that the run of one word of [`Scan::judge_run`] is judged with `b - a`
    /// known.
    #[inline(always)]
    fn judge_segment(&mut self, a: usize, b: usize) {
        let start = self.toks[a].start;
        // A run led by a stop word that is no first name ("Objet", "Total", "Le") is judged
        // without its context unless the context is a civility or a street: see
        // [`Scan::stop_led_context`].
        let first = self.toks[a];
        let ctx = if first.is(STOP) && !first.is(FIRST) {
            // One such word alone is a name only after a civility: where none can end the
            // window, its context is not read ([`civility`]).
            if b - a == 1
                && !civility::may_end_window(
                    &self.lex().civility_sketches,
                    self.text.as_bytes(),
                    start,
                )
            {
                #[cfg(test)]
                assert_ne!(
                    self.stop_led_context(start, b),
                    Ctx::Civility,
                    "at byte {start}"
                );
                self.lead = None;
                Ctx::None
            } else {
                self.stop_led_context(start, b)
            }
        } else {
            match self.left_context(start, b) {
                // "KERGOAT/YANNICK MR": the booking system's title after a traveller's name
                // stands for a civility before it ([`pnr`]).
                Ctx::None if b - a >= 2 && self.toks[a + 1..b].iter().any(|t| t.is(pnr::GIVEN)) => {
                    Ctx::Civility
                }
                Ctx::None => self.column_context(a, b),
                // "Salarié         Ville": the word before is another cell of the row.
                Ctx::Weak | Ctx::Verb if cells::after_gap(self.text.as_bytes(), start) => {
                    self.column_context(a, b)
                }
                // "en cours    Lyes" under "Moniteur": the street type ("cours") that
                // denied the run ends the cell before; the header of the run's own column
                // names people.
                Ctx::Deny if cells::after_gap(self.text.as_bytes(), start) => {
                    match self.column_context(a, b) {
                        Ctx::Strong => Ctx::Strong,
                        _ => Ctx::Deny,
                    }
                }
                ctx => ctx,
            }
        };
        // Most runs are one word with no context that is no name alone (see
        // `Scan::unanchored`; 40,000 of the 56,000 judged on a 3 MB business text): `judge`
        // would set it aside for the second pass, which is done here, without the call.
        if ctx == Ctx::None && b - a == 1 && !first.alone_is_name() && !self.word_and_initial(a, b)
        {
            #[cfg(test)]
            assert!(self.unanchored(a, b).is_none(), "at byte {start}");
            self.lead = None;
            self.pending.push((a, b));
            return;
        }
        self.judge(a, b, ctx)
    }

    /// [`Scan::left_context`] of a run whose first word is a stop word and no first name, up
    /// to what [`Scan::judge`] makes of it: there every context but a civility and a street
    /// ([`Ctx::Deny`]) judges the run alone ([`Scan::unanchored`]), so the labels, lists,
    /// signatures and chat lines that the full reading looks for above the line are not
    /// looked for. The full reading runs only when the words before end with a civility. A
    /// third of the capitalised words of business text lead such runs ("Objet", "Total",
    /// "Date", "Le", "Nous").
    fn stop_led_context(&mut self, start: usize, b: usize) -> Ctx {
        let ctx = self.context_before(start, b, true);
        #[cfg(test)]
        {
            let full = self.context_before(start, b, false);
            let class = |c: &Ctx| match c {
                Ctx::Deny => 0,
                Ctx::Civility => 1,
                _ => 2,
            };
            assert_eq!(class(&ctx), class(&full), "at byte {start}");
        }
        ctx
    }

    /// The context given by the capitalised word `toks[a]` and the particle after it, when
    /// they make a context phrase ("Avis de", "Bureau d'").
    fn capitalised_context(&self, a: usize) -> Option<Ctx> {
        let (t, n) = (self.toks[a], self.toks[a + 1]);
        let gap = &self.text[t.end..n.start];
        if gap.trim().is_empty() || t.end - t.start > 24 {
            return None;
        }
        let mut phrase = String::with_capacity(32);
        fold_into(&self.text[t.start..n.start], &mut phrase);
        let phrase = phrase.trim_end();
        let lex = self.lex();
        match lex
            .preposition_context(phrase)
            .or_else(|| lex.context_of(phrase))
        {
            Some(CTX_VERB) => Some(Ctx::Verb),
            Some(CTX_WEAK | CTX_ROLE | CTX_KIN) => Some(Ctx::Weak),
            Some(CTX_STRONG) => Some(Ctx::Strong),
            _ => None,
        }
    }

    /// [`Ctx::Strong`] for a run that fills a table cell whose column header is a label of
    /// people ("Patient", "Nom Prénom", "Candidat"; "Nom" beside a "Prénom" column), else
    /// [`Ctx::None`]: see [`cells`]. Most runs are told by a few bytes around them. A run in
    /// no cell that a comma, a possessive and a kin noun follow is a relative: [`Ctx::Verb`]
    /// ([`Scan::kin_after`]).
    #[inline(always)]
    fn column_context(&mut self, a: usize, b: usize) -> Ctx {
        let bytes = self.text.as_bytes();
        let last = self.toks[b - 1];
        let mut end = last.end;
        // "Ioana S." fills its cell with the initial's full stop.
        if bytes.get(end) == Some(&b'.') && last.end - last.start == 1 {
            end += 1;
        }
        // Most runs go on with a space and a word, or a punctuation mark: in no cell, told
        // by two bytes.
        let ends_cell =
            |b: Option<&u8>| matches!(b, None | Some(b'\t' | b'|' | b';' | b'/' | b'\n' | b'\r'));
        let comma = bytes.get(end) == Some(&b',');
        if !(ends_cell(bytes.get(end))
            || comma && cells::csv_comma(bytes, end)
            || bytes.get(end) == Some(&b' ')
                && (bytes.get(end + 1) == Some(&b' ') || ends_cell(bytes.get(end + 1))))
        {
            #[cfg(test)]
            {
                let start = self.toks[a].start;
                assert!(!cells::may_fill_cell(bytes, start, end), "at byte {start}");
                assert!(
                    !cells::may_fill_aligned_cell(bytes, start, end),
                    "at byte {start}"
                );
            }
            // "Piseth Touch, son fils ;": in no cell, but a relative named before the tie
            // (told here, where the comma after the run is already known).
            if comma && self.kin_after(b) {
                return Ctx::Verb;
            }
            return Ctx::None;
        }
        let start = self.toks[a].start;
        if cells::may_fill_cell(bytes, start, end) {
            return self.column_context_in_full(a, b, end);
        }
        if cells::may_fill_aligned_cell(bytes, start, end) {
            return self.aligned_column_context(a, b);
        }
        Ctx::None
    }

    /// [`Scan::column_context`] of a run that may fill a cell of a table aligned by spaces:
    /// the header cell that starts at the run's character column.
    #[inline(never)]
    fn aligned_column_context(&mut self, a: usize, b: usize) -> Ctx {
        let text = self.text;
        let start = self.toks[a].start;
        let line_start = memchr::memrchr(b'\n', &text.as_bytes()[..start]).map_or(0, |i| i + 1);
        self.cell_runs.push((a, b));
        let Some(header) = cells::aligned_header_of(text, line_start, &mut self.column_memo) else {
            return Ctx::None;
        };
        let header_line = cells::line_at(text, header);
        let column = text[line_start..start].chars().count();
        let cell = cells::aligned_cell_at(header_line, column).or_else(|| {
            cells::aligned_cell_by_rank(header_line, cells::line_at(text, line_start), column)
        });
        match cell {
            Some(cell) => self.header_cell_context(header_line, cell, None, (a, b)),
            None => Ctx::None,
        }
    }

    /// [`Scan::column_context`] past its byte test: the row's cell, the table's header, the
    /// header cell of the column.
    #[inline(never)]
    fn column_context_in_full(&mut self, a: usize, b: usize, end: usize) -> Ctx {
        let text = self.text;
        let start = self.toks[a].start;
        let line_start = memchr::memrchr(b'\n', &text.as_bytes()[..start]).map_or(0, |i| i + 1);
        let Some((sep, index)) = cells::cell_of(text, line_start, start, end) else {
            return Ctx::None;
        };
        if sep != b',' {
            self.cell_runs.push((a, b));
        }
        let Some(header) = cells::header_of(text, line_start, sep, &mut self.column_memo) else {
            return Ctx::None;
        };
        let header_line = cells::line_at(text, header);
        if !cells::same_cells(header_line, cells::line_at(text, line_start), sep) {
            return Ctx::None;
        }
        let Some(cell) = cells::nth_cell(header_line, sep, index) else {
            return Ctx::None;
        };
        self.header_cell_context(header_line, cell, Some(sep), (a, b))
    }

    /// [`Ctx::Strong`] when `cell`, of the header row `header_line` (its separator `sep`,
    /// `None` when aligned by spaces), heads a column of people, the cell's run being
    /// `toks[a..b]`: "Nom" alone heads people beside a "Prénom" column, or when the run is a
    /// surname in capitals with a first name ("N°  Nom  Poste" over "KAZADI Mbuyi", where
    /// "Nom" over "Chaise Design" names a product, and a club's "US Lyon" has no "Nom").
    fn header_cell_context(
        &mut self,
        header_line: &'t str,
        cell: &'t str,
        sep: Option<u8>,
        (a, b): (usize, usize),
    ) -> Ctx {
        // "Souscription" in a register's "Cédant" column: the operation, not a party.
        let t = self.toks[a];
        if b - a == 1 && !t.is(FIRST | SURNAME) && company::act_noun(&self.text[t.start..t.end]) {
            return Ctx::None;
        }
        let mut folded = std::mem::take(&mut self.scratch);
        fold_into(cell, &mut folded);
        let kind = cells::column_kind(&folded);
        let people = match kind {
            cells::Column::Surname => {
                fold_into(header_line, &mut folded);
                self.mixed_case(a, b)
                    || match sep {
                        Some(sep) => cells::has_first_name_column(&folded, sep),
                        None => cells::has_aligned_first_name_column(&folded),
                    }
            }
            // "salle" over "Molière", "lieu" over "Gymnase Colette": a room or a venue named
            // after someone, whatever its name looks like.
            cells::Column::Label
                if matches!(
                    self.lex()
                        .word_context(folded.trim_end_matches([':', ' ', '.'])),
                    Some(CTX_STREET | CTX_THING)
                ) =>
            {
                self.scratch = folded;
                return Ctx::Deny;
            }
            cells::Column::Label => self.person_label(cell),
            cells::Column::Other => false,
        };
        // "VACANT", "Néant" in a column of agents: the placeholder of a missing value.
        let people = people && {
            b - a > 1 || {
                fold_into(&self.text[t.start..t.end], &mut folded);
                !lower::placeholder(&folded)
            }
        };
        self.scratch = folded;
        if people {
            Ctx::Strong
        } else {
            Ctx::None
        }
    }

    /// Whether a legal form or "& Fils" follows `toks[b - 1]`: see [`company_marker_after`].
    fn legal_form_after(&self, b: usize) -> bool {
        company_marker_after(self.text, self.toks[b - 1].end)
    }

    /// Whether the word before byte `start` on its line is a street, building or trade word
    /// ("Fleuriste Vidal", "Jardinerie Morin"): what follows names a place or a company.
    fn after_place_word(&mut self, start: usize) -> bool {
        self.context_word_before(start) == Some(CTX_STREET)
    }

    /// The context kind of the word just before byte `start` on its line, read alone.
    fn context_word_before(&mut self, start: usize) -> Option<u8> {
        let from = ceil_char_boundary(self.text, start.saturating_sub(32));
        let before = self.text[from..start].trim_end();
        let word_start = before
            .rfind(|c: char| !is_letter(c) && c != '-')
            .map_or(0, |i| {
                i + before[i..].chars().next().map_or(1, char::len_utf8)
            });
        let word = &before[word_start..];
        if word.is_empty() || word.len() > 24 {
            return None;
        }
        self.context_of_word(word)
    }

    /// The context kind of `word` read alone, folded into the scan's buffer.
    #[inline]
    fn context_of_word(&mut self, word: &str) -> Option<u8> {
        let mut folded = std::mem::take(&mut self.buf);
        fold_into(word, &mut folded);
        let kind = self.lex().context_of(&folded);
        self.buf = folded;
        kind
    }

    /// Judges the capitalised words `toks[a..b]` in the context `ctx`.
    fn judge(&mut self, a: usize, b: usize, ctx: Ctx) {
        let civility = matches!(ctx, Ctx::Civility);
        // "LETTRE RECOMMANDÉE AVEC ACCUSÉ DE RÉCEPTION": a heading, whose "avec" introduces
        // no one.
        let ctx = match ctx {
            Ctx::Weak | Ctx::Verb if caps::capitals_before(self.text, self.toks[a].start) => {
                Ctx::None
            }
            ctx => ctx,
        };
        let accepted = match ctx {
            Ctx::Deny => return,
            Ctx::Civility => Some((a, self.extend(a, b, true), self.det.civility.clone())),
            Ctx::Strong => {
                let t = self.toks[a];
                if t.is(STOP) && !t.is(FIRST) {
                    self.unanchored(a, b)
                } else {
                    Some((a, self.extend(a, b, false), self.det.context.clone()))
                }
            }
            Ctx::Verb if !self.toks[a].is(STOP) => {
                Some((a, self.extend(a, b, false), self.det.context.clone()))
            }
            Ctx::Weak | Ctx::Verb => {
                let t = self.toks[a];
                // A known name, an upper-case word, or two capitalised words.
                let parts = (a..b)
                    .filter(|&i| !self.toks[i].is(PARTICLE | STOP))
                    .count();
                let looks = parts >= 2
                    || (a..b).any(|i| {
                        let t = self.toks[i];
                        !t.is(STOP | PARTICLE) && t.nameish()
                    });
                // "voir GOVERNANCE.md": a file's name, in capitals as a name may be.
                if looks
                    && !t.is(STOP)
                    && !codes::file_extension(&self.text.as_bytes()[self.toks[b - 1].end..])
                {
                    Some((a, self.extend(a, b, false), self.det.context.clone()))
                } else {
                    self.unanchored(a, b)
                }
            }
            Ctx::None => self.unanchored(a, b),
        };
        // A name is more than particles and initials ("contacter La Poste" gives no "La").
        let accepted = accepted.filter(|&(first, last, _)| {
            (first..=last).any(|i| !self.toks[i].is(PARTICLE | INITIAL))
                // "MARTIN SARL", "Lemoine Traiteur SAS": a company; "Jean Lain Automobiles",
                // whose trade word the name took in, too.
                && (civility
                    || !(self.legal_form_after(last + 1)
                        || last > first && self.trade_word(self.toks[last])))
                // "coordinateur SPS", "Mme Wang, CPE": an acronym.
                && (civility || first != last || !self.acronym_in_place_of_a_name(first))
                // "gestionnaire ADV", "responsable RH": a role's department.
                && (civility || first != last || !self.department_after_role(first))
                // "Luna (chienne)", "Valère : Ana Costa" in a cast: an animal, a role.
                && (civility || first != last || !self.animal_or_role(first))
                // "Édité par Bruno P.": a participle before its agent.
                && (civility || first != last || !self.participle_before_agent(first))
                // "Laure Marchand, IDE — 02/03", "…, SIE de Rodez": a title after a name,
                // with the place of its office.
                && (civility || !self.title_after_name(first))
        });
        let lead = self.lead.take();
        match accepted {
            Some((first, last, rule)) => {
                let first = self.particle_opening(a, first);
                if first == a {
                    self.lead = lead;
                }
                if first > a {
                    self.pending.push((a, first));
                }
                if last + 1 < b {
                    self.pending.push((last + 1, b));
                }
                self.accept(first, last, rule);
            }
            None => self.pending.push((a, b)),
        }
    }

    /// `first`, or the particle before it that opens the name accepted from `toks[first]`:
    /// "LE BERRE Josette" as registers write surnames in capitals, "El Hadji Kaba", "Van
    /// Damme Lucas". The name rules pass over a run's leading particles, which are mostly an
    /// article ("Le Martin que…" stays without it): one in capitals before a word in
    /// capitals, or one that is no French article, is part of the surname.
    fn particle_opening(&self, a: usize, mut first: usize) -> usize {
        while first > a {
            let (p, t) = (self.toks[first - 1], self.toks[first]);
            if !p.is(PARTICLE) || &self.text[p.end..t.start] != " " {
                break;
            }
            let foreign = matches!(
                &self.text[p.start..p.end],
                "El" | "Al"
                    | "Ben"
                    | "Bin"
                    | "Ibn"
                    | "Ould"
                    | "Van"
                    | "Von"
                    | "Dos"
                    | "Da"
                    | "Di"
                    | "Del"
                    | "Della"
                    | "Ter"
                    | "Ten"
                    | "Der"
                    | "Den"
            );
            if !(p.caps && t.caps || foreign) {
                break;
            }
            first -= 1;
        }
        first
    }

    /// Whether `toks[i]` is a word in capitals that the lexicon does not know, shaped like an
    /// acronym ([`caps::acronym`]). Such a word stood where a name was looked for: a list
    /// goes on after it as after a name ("le coordinateur SPS, Ketevan Sivapalan").
    fn acronym_in_place_of_a_name(&mut self, i: usize) -> bool {
        let t = self.toks[i];
        let acronym =
            t.caps && !t.is(FIRST | SURNAME | SHAPE) && caps::acronym(&self.text[t.start..t.end]);
        if acronym {
            self.last_name_end = Some(t.end);
        }
        acronym
    }

    /// The context that a dated register's line, a vote or a comment after a handle gives
    /// the run `toks[..b]` at `start` ([`speakers`]), `p` being the folded window before it,
    /// trimmed. Out of line: most windows are ruled out by their last byte before the call.
    #[inline(never)]
    fn speaker_layout(
        &mut self,
        p: &str,
        line_start: usize,
        window_start: usize,
        start: usize,
        b: usize,
    ) -> Option<Ctx> {
        let rest = &self.text[start..];
        match *p.as_bytes() {
            // "06/03/2026 — Lan Ying Wu : …".
            [b'0'..=b'9' | b'[', .., b'-' | 0x93 | 0x94] if speakers::dated_lead(p) => {
                self.impure = true;
                // The name's words, then the colon, within the next 48 bytes.
                let mut near = rest.len().min(48);
                while !rest.is_char_boundary(near) {
                    near -= 1;
                }
                let end = rest[..near]
                    .find(|c: char| !(is_letter(c) || matches!(c, ' ' | '-' | '.' | '\'')))?;
                followed_by_colon(&rest[end..]).then_some(Ctx::Weak)
            }
            // "+1 Zo Rakotomalala": a voter, the line's first words.
            [b'+' | b'0', ..] if window_start == line_start && speakers::vote(p) => Some(Ctx::Weak),
            // "/docs/   @a.ansah   # Akua Ansah": the handle's owner.
            [.., b'#'] => {
                self.impure = true;
                let line = &self.text.as_bytes()[line_start..start];
                let line = &line[..end_before_blanks(line)];
                // One word in capitals is rather a note ("# TODO", "# WIP").
                let t = self.toks[b - 1];
                let note = t.start == start && t.caps;
                (!note && speakers::comment_after_handle(line)).then_some(Ctx::Verb)
            }
            _ => None,
        }
    }

    /// Whether a comma, a possessive and a kin noun follow the run `toks[..b]` ("…, son fils",
    /// "…, ses petits-enfants"; [`kin::noun_after_possessive`]).
    #[inline(never)]
    fn kin_after(&mut self, b: usize) -> bool {
        let Some(noun) = kin::noun_after_possessive(near(&self.text[self.toks[b - 1].end..]))
        else {
            return false;
        };
        let mut folded = std::mem::take(&mut self.buf);
        fold_into(noun, &mut folded);
        let kin = matches!(self.lex().word_context(&folded), Some(CTX_KIN)) || folded == "epouse";
        self.buf = folded;
        kin
    }

    /// Whether the run `toks[..b]` that starts at `start` holds two words or more that are no
    /// particle or stop word ("K. Dlamini", "Yang He"): a programme's speaker, where one word
    /// is as often an item of the day ("Pause", "Accueil").
    #[inline(never)]
    fn two_name_words(&self, start: usize, b: usize) -> bool {
        let run = self.toks[..b].iter().rev().take_while(|t| t.start >= start);
        run.filter(|t| !t.is(PARTICLE | STOP)).nth(1).is_some()
    }

    /// Whether the run `toks[..b]` that starts at `start` is one short word in capitals that
    /// no lexicon knows as a name: in "Directeur (BAFD) :", the role holder's qualification.
    #[inline(never)]
    fn qualification_alone(&self, start: usize, b: usize) -> bool {
        let t = self.toks[b - 1];
        t.start == start
            && !t.is(FIRST | SURNAME)
            && caps::short_capitals(&self.text[t.start..t.end])
    }

    /// Whether the one word `toks[i]` is a capitalised past participle that opens its line
    /// and is followed by "par" and a capitalised word: "Édité par Bruno P.", "Validé par
    /// Mme Roche" (a first name of the lexicon, "Edite", once folded).
    fn participle_before_agent(&self, i: usize) -> bool {
        let t = self.toks[i];
        let word = &self.text[t.start..t.end];
        let rest = &self.text[t.end..];
        rest.strip_prefix(" par ")
            .is_some_and(|r| r.starts_with(|c: char| c.is_uppercase()))
            && word
                .trim_end_matches('s')
                .trim_end_matches('e')
                .ends_with('é')
            && self.opens_line(t.start)
    }

    /// Whether the one word `toks[i]`, two to four capitals that are no first name, follows
    /// the name found last and a comma, and goes on with "de" or a dash: a title or an
    /// office signing after the name ("IDE", "DRH", "SIE de Caen"), where a list of names
    /// would go on with a name.
    fn title_after_name(&self, i: usize) -> bool {
        let t = self.toks[i];
        let word = &self.text[t.start..t.end];
        if t.is(FIRST) || !caps::short_capitals(word) {
            return false;
        }
        let after_name = self
            .last_name_end
            .is_some_and(|end| end <= t.start && self.text[end..t.start].trim() == ",");
        let rest = &self.text[t.end..];
        // "Rédacteur : Tsiory Rabe, APS" ending its line: the writer's qualification.
        let ends_line = || {
            let rest = rest.trim_start_matches([' ', '\t', '\r', '.']);
            rest.is_empty() || rest.starts_with('\n')
        };
        after_name && (caps::title_goes_on(rest) || ends_line())
    }

    /// Whether the one word `toks[i]` names an animal or a virtual assistant ([`animals`]:
    /// remembered, with its other mentions), a role beside its actor in a cast list
    /// ([`cast`]), or a month in a log date ([`codes::log_month`]).
    fn animal_or_role(&mut self, i: usize) -> bool {
        let t = self.toks[i];
        if self.animals.contains(&t.hash) {
            return true;
        }
        let bytes = self.text.as_bytes();
        if animals::species_after(bytes, t.end)
            || animals::animal_before(bytes, t.start)
            || animals::bot_after(bytes, t.end)
        {
            self.animals.push(t.hash);
            return true;
        }
        cast::role_beside_actor(self.text, t.start, t.end)
            || codes::log_month(&self.text[t.start..t.end], &bytes[t.end..])
    }

    /// Whether `toks[i]` is a short word in capitals that the lexicon does not know, right
    /// after a role ("gestionnaire ADV", "chargée MOA"): the role's department or team
    /// ([`caps::short_capitals`]), where [`caps::acronym`] keeps pronounceable ones as names.
    fn department_after_role(&mut self, i: usize) -> bool {
        let t = self.toks[i];
        t.caps
            && !t.is(FIRST | SURNAME | SHAPE)
            && caps::short_capitals(&self.text[t.start..t.end])
            && self.context_word_before(t.start) == Some(CTX_ROLE)
    }

    /// Whether the initial `toks[i]` numbers a heading in capitals ("I. DÉSIGNATION DES
    /// LOCAUX"): a Roman numeral that opens its line, before two words in capitals or more
    /// and nothing else in the run.
    fn numbered_heading(&self, i: usize, b: usize) -> bool {
        let words = &self.toks[i + 1..b];
        caps::roman_numeral_at_line_start(self.text, self.toks[i].start)
            && words.iter().all(|t| t.caps || t.is(PARTICLE))
            && words.iter().filter(|t| !t.is(PARTICLE)).count() >= 2
    }

    /// The last token of a name that starts at `a`: up to [`MAX_PARTS`] words, stopping before
    /// a STOP word (after the first word when `any_first`, at once otherwise).
    fn extend(&self, a: usize, b: usize, any_first: bool) -> usize {
        let mut last = a;
        let mut parts = 0;
        for i in a..b {
            let t = self.toks[i];
            if t.is(PARTICLE) {
                continue;
            }
            if t.is(STOP) && (i > a || !any_first) && !(i == a && t.is(FIRST)) {
                break;
            }
            if i > a && self.in_client(t.start) {
                break;
            }
            parts += 1;
            last = i;
            if parts == MAX_PARTS {
                break;
            }
        }
        last
    }

    /// Whether byte `pos` lies inside a listed client's name.
    fn in_client(&self, pos: usize) -> bool {
        let after = self.clients.partition_point(|s| s.start <= pos);
        after > 0 && pos < self.clients[after - 1].end
    }

    /// A name without context: a first name, possibly followed by surnames, or an upper-case
    /// surname followed by a first name.
    fn unanchored(&self, a: usize, b: usize) -> Option<(usize, usize, Arc<str>)> {
        if b - a == 1 {
            // Four runs in five are one word: with no word after it, only a first name that
            // is no word, not in capitals, of three bytes or more, is a name alone.
            let t = self.toks[a];
            let alone = t.alone_is_name() && !caps::after_ordinal(self.text.as_bytes(), t.start)
                || self.word_and_initial(a, b);
            #[cfg(test)]
            assert_eq!(
                alone.then_some((a, a)),
                self.unanchored_in_full(a, b)
                    .map(|(first, last, _)| (first, last)),
                "at byte {}",
                t.start
            );
            return alone.then(|| (a, a, self.det.lexicon.clone()));
        }
        self.unanchored_in_full(a, b)
    }

    /// [`Scan::unanchored`], read word by word for any run.
    fn unanchored_in_full(&self, a: usize, b: usize) -> Option<(usize, usize, Arc<str>)> {
        if let Some(last) = self.mixed_case_line(a, b) {
            return Some((a, last, self.det.lexicon.clone()));
        }
        if self.word_and_initial(a, b) {
            return Some((a, b - 1, self.det.lexicon.clone()));
        }
        for i in a..b {
            let t = self.toks[i];
            if t.is(PARTICLE) || t.is(STOP) && !t.is(FIRST) {
                continue;
            }
            let next = (i + 1..b).find(|&j| !self.toks[j].is(PARTICLE));
            let next = next.map(|j| self.toks[j]).filter(|n| !n.is(STOP));
            // "E. Rousseau": an initial, then a word that looks like a name.
            if t.is(INITIAL) {
                if next.is_some_and(|n| n.nameish()) && !self.numbered_heading(i, b) {
                    return Some((i, self.extend(i, b, true), self.det.lexicon.clone()));
                }
                continue;
            }
            if t.is(FIRST) {
                let weak_first = t.is(AMBIG | STOP);
                // "GALA DE FIN D'ANNÉE", "PRIX D'EXCELLENCE": a first name that is also a
                // word, in capitals, then "de" and another word in capitals is a heading's
                // phrase.
                match next {
                    Some(n)
                        if !weak_first
                            || caps::names_after_capitals(t.caps, n)
                                && !(t.caps && n.caps && particle_between(self.text, t, n)) =>
                    {
                        return Some((i, self.extend(i, b, true), self.det.lexicon.clone()));
                    }
                    None if !weak_first
                        && !t.caps
                        && t.end - t.start >= 3
                        && !caps::after_ordinal(self.text.as_bytes(), t.start) =>
                    {
                        return Some((i, i, self.det.lexicon.clone()));
                    }
                    _ => {}
                }
            }
            // "Bożena Szczepańska", "Hasmik Harutyunyan": a word, then a surname by its shape,
            // with no particle between: in "le déploiement Terraform de Paramanathan" the word
            // before "de" is a thing of the person's.
            if let Some(n) = next {
                if n.is(SHAPE) && !t.is(SHAPE) && !t.caps && !particle_between(self.text, t, n) {
                    return Some((i, self.extend(i, b, true), self.det.lexicon.clone()));
                }
            }
            if t.caps && !t.is(STOP) && (t.is(SURNAME) || has_vowel(&self.text[t.start..t.end])) {
                if let Some(n) = next {
                    // No particle stands between a surname and its first name: "ORCID
                    // d'Oleg Romaniuk" is an acronym and a name; so is a role's acronym
                    // before a name ("CPE André Bonnet", "DRH Anne Roy").
                    if n.is(FIRST)
                        && !n.caps
                        && self.text[t.end..n.start].bytes().all(|c| c == b' ')
                        && (t.is(SURNAME) || !caps::acronym(&self.text[t.start..t.end]))
                    {
                        return Some((i, self.extend(i, b, true), self.det.lexicon.clone()));
                    }
                }
            }
        }
        None
    }

    /// Whether `toks[a..b]` is a capitalised word and the initial of a surname whose full
    /// stop ends the name ("Benoît S.", "Kannan T.", "Wesner S.;"; the letter in the run or,
    /// a civility's "M", after it), a name whether the lexicon knows the word or not: rotas,
    /// logs, chats, registers and team sheets write people so. The word is a first name of
    /// the lexicon (even one that is also a word), or opens its line, item or cell, or is
    /// none of a stop word ("Annexe B.", "Zone C."), a legal form or a trade word ("Garage
    /// B.") before a letter that numbers nothing ("Article L. 1234-5"). Not a word in capitals
    /// ("BTS A."). See [`initials::initial_after`].
    #[inline(always)]
    fn word_and_initial(&self, a: usize, b: usize) -> bool {
        // Most words have no full stop two or three bytes after them: told by two bytes.
        let (bytes, end) = (self.text.as_bytes(), self.toks[a].end);
        (bytes.get(end + 2) == Some(&b'.') || bytes.get(end + 3) == Some(&b'.'))
            && self.word_and_initial_in_full(a, b)
    }

    /// [`Scan::word_and_initial`] past its byte test.
    #[inline(never)]
    fn word_and_initial_in_full(&self, a: usize, b: usize) -> bool {
        let w = self.toks[a];
        let bytes = self.text.as_bytes();
        let Some(dot) = initials::initial_after(bytes, w.end) else {
            return false;
        };
        if !(b - a == 1 || b - a == 2 && self.toks[a + 1].end == dot)
            || w.caps
            || w.is(BREAK | PARTICLE | INITIAL)
        {
            return false;
        }
        if w.end - w.start >= 3
            && (w.is(FIRST) || !w.is(STOP) && cells::opens_line_or_cell(bytes, w.start))
        {
            return true;
        }
        self.text[w.start..w.end].chars().nth(1).is_some()
            && self.plain_name_word(w)
            && !initials::numbers_a_part(bytes, dot)
    }

    /// "GRIGORYAN Vardan", "Xiaoming ZHAO" alone on a line (a list, a signature): an
    /// upper-case surname and a capitalised first name, as French administrations write them,
    /// need no lexicon. Returns the last token of the name.
    fn mixed_case_line(&self, a: usize, b: usize) -> Option<usize> {
        if !self.mixed_case(a, b) {
            return None;
        }
        let (start, end) = (self.toks[a].start, self.toks[b - 1].end);
        // Alone on its line, or in its cell of a table row ("08:30\tELISSALDE Oier\t…"),
        // or of a row aligned by spaces whose header does not give the column to something
        // else ("Club" over "US Lyon"; signatures side by side have no header of their own),
        // or the head of a list item that goes on with what the list says of it ("2. REZAEI
        // Fariba — Titulaire", "- OKAFOR Ada (excusée)"), its capitals no short acronym the
        // lexicon lacks ("UFR Lettres —", "AS Judo Meaux (…)": a body, a club), no word a
        // word as much as a first name ("Couleur ROSE (mat)").
        let bytes = self.text.as_bytes();
        (self.alone_on_line(start, end)
            || cells::may_fill_cell(bytes, start, end)
            || cells::may_fill_aligned_cell(bytes, start, end)
                && !self.aligned_column_of_things(start)
            || matches!(bytes.get(end), Some(b' '))
                && lists::trailer(&self.text[end..])
                && self.opens_line(start)
                && self.toks[a..b].iter().all(|t| {
                    !t.is(AMBIG) && (!t.caps || t.end - t.start >= 4 || t.is(FIRST | SURNAME))
                }))
        .then_some(b - 1)
    }

    /// Whether the header cell of the column aligned by spaces that `start` opens is a label
    /// of something other than people ("Club", "Banque"). Few runs get here (upper-case
    /// words beside capitalised ones, in a cell): the header is looked for afresh.
    #[inline(never)]
    fn aligned_column_of_things(&self, start: usize) -> bool {
        let text = self.text;
        let line_start = memchr::memrchr(b'\n', &text.as_bytes()[..start]).map_or(0, |i| i + 1);
        let mut memo = cells::ColumnMemo::default();
        let Some(header) = cells::aligned_header_of(text, line_start, &mut memo) else {
            return false;
        };
        let column = text[line_start..start].chars().count();
        let Some(cell) = cells::aligned_cell_at(cells::line_at(text, header), column) else {
            return false;
        };
        let mut folded = String::with_capacity(cell.len() + 8);
        fold_into(cell, &mut folded);
        cells::column_kind(&folded) == cells::Column::Label && !person_label(self.lex(), cell)
    }

    /// Whether `toks[a..b]` is an upper-case surname and a capitalised first name, in either
    /// order: see [`Scan::mixed_case_line`].
    fn mixed_case(&self, a: usize, b: usize) -> bool {
        if b - a < 2 || !(a..b).any(|i| self.toks[i].caps) {
            return false;
        }
        let (mut parts, mut caps) = (0, 0);
        let (mut first_caps, mut last_caps) = (None, false);
        for t in &self.toks[a..b] {
            if t.is(PARTICLE) {
                continue;
            }
            let word = &self.text[t.start..t.end];
            if t.is(STOP | INITIAL) || word.chars().count() < 2 || t.caps && !has_vowel(word) {
                return false;
            }
            // "Multinord SCOP" in a CSV cell: a company, by its legal form; "Migration ERP" in
            // a project column: an act and an acronym.
            if t.caps && is_company_marker(word)
                || !t.is(FIRST | SURNAME) && company::act_noun(word)
            {
                return false;
            }
            parts += 1;
            caps += usize::from(t.caps);
            first_caps.get_or_insert(t.caps);
            last_caps = t.caps;
        }
        // The upper-case words together, at one end: "NÍ BHRIAIN Caoimhe", "Nhung TRINH".
        (2..=3).contains(&parts) && caps < parts && first_caps != Some(last_caps)
    }

    /// Whether `start..end` is all that its line holds, but for a bullet and blanks.
    fn alone_on_line(&self, start: usize, end: usize) -> bool {
        let after = self.text[end..].trim_start_matches([' ', '\t', '\r']);
        (after.is_empty() || after.starts_with('\n')) && self.opens_line(start)
    }

    /// Whether only blanks or a bullet stand between the start of its line and `start`.
    /// Whether the word `toks[i]`, a name found, stands before `toks[first]` on its line, a
    /// cell or more before: a family's row ("17h00  OKONKWO  Chidi Okonkwo", "| SAR | Sambath
    /// Sar |"), the pupil's or the child's surname, then the parent's full name, where the
    /// word before the surname is its first name though it opens a cell.
    fn surname_earlier_in_row(&self, first: usize, i: usize) -> bool {
        let bytes = self.text.as_bytes();
        let line_start =
            memchr::memrchr(b'\n', &bytes[..self.toks[first].start]).map_or(0, |k| k + 1);
        self.toks[..first]
            .iter()
            .rev()
            .take(6)
            .take_while(|t| t.start >= line_start)
            .any(|t| t.hash != 0 && t.hash == self.toks[i].hash)
    }

    fn opens_line(&self, start: usize) -> bool {
        let text = self.text;
        // A bullet is a few bytes: no need to look further back for the line start.
        let from = ceil_char_boundary(text, start.saturating_sub(8));
        let before = &text[from..start];
        let before = match before.rfind('\n') {
            Some(i) => &before[i + 1..],
            None if from == 0 => before,
            None => return false,
        };
        before.trim().is_empty() || is_bullet(before)
    }

    fn accept(&mut self, first: usize, last: usize, rule: Arc<str>) {
        let start = self.lead.take().unwrap_or(self.toks[first].start);
        let mut end = initials::end_with_initial(self.text, start, self.toks[last].end);
        // "Judith Saint-Cyr": a first name's surname from a saint's name (see [`saints`]).
        let t = self.toks[last];
        if end == t.end && t.is(FIRST) && !t.is(AMBIG) {
            end = saints::surname_end(self.text, end);
        }
        // "BOUZID, Soraya" making up a cell: the surname or the first name across the comma.
        let (start, end) = inverted::whole_cell(self.text, start, end);
        let span = Span { start, end };
        if !names_someone(&self.text[span.start..span.end]) {
            return;
        }
        for i in first..=last {
            let t = self.toks[i];
            if !t.is(PARTICLE | STOP | INITIAL) && t.end - t.start >= 2 {
                let last = &mut self.found_last[(t.hash >> (64 - FOUND_SLOTS_LOG2)) as usize];
                if *last != t.hash {
                    *last = t.hash;
                    self.found.push(t.hash);
                }
            }
        }
        self.last_name_end = Some(span.end);
        let bytes = self.text.as_bytes();
        if first > 0 && coordination::before_and(bytes, span.start).is_some() {
            self.and_names.push(first - 1);
        }
        if coordination::after_and(bytes, span.end).is_some() {
            self.and_names.push(last + 1);
        }
        self.out.push(Detection {
            kind: Kind::Person,
            span,
            rule,
            priority: PRIORITY,
        });
    }

    /// What the text before a run of capitalised words says about it.
    fn left_context(&mut self, start: usize, b: usize) -> Ctx {
        self.context_before(start, b, false)
    }

    /// Whether the run `toks[..b]` that starts at `start` is one word, no first name, that is
    /// a role or a job ("Médecin", "Délégué", "Gérante"): after a name and a comma it says
    /// what that person is ("Dr Tkachuk, Médecin du travail"), where a list of names would go
    /// on with a name. Out of line: asked only after a name and a comma.
    #[inline(never)]
    fn role_alone(&mut self, start: usize, b: usize) -> bool {
        let t = self.toks[b - 1];
        if t.start != start || t.is(FIRST) {
            return false;
        }
        let text = self.text;
        self.context_of_word(&text[t.start..t.end]) == Some(CTX_ROLE)
    }

    /// [`Scan::left_context`]; with `civility_only`, any context but [`Ctx::Civility`] and
    /// [`Ctx::Deny`] may come out as [`Ctx::None`] (see [`Scan::stop_led_context`]).
    fn context_before(&mut self, start: usize, b: usize, civility_only: bool) -> Ctx {
        self.lead = None;
        let text = self.text;
        let bytes = text.as_bytes();
        // Context is read on the same line, at most LINE_REACH bytes back, so that a text
        // made of one huge line costs no more than one made of short ones.
        let reach = start.saturating_sub(LINE_REACH);
        let (line_start, whole_line) = match self.breaks.last_before(start) {
            Some(nl) if nl >= reach => (nl + 1, true),
            _ if reach == 0 => (0, true),
            _ => (ceil_char_boundary(text, reach), false),
        };
        // A line start: nothing before the run is a civility, a list mark, a cell or a
        // sentence end, and the reading is that of a bulleted line, with no folding, street
        // check or memo to go through first. Told here, once: a third of the runs start a
        // line, in no order a predictor can learn, and the checks below each tested it again
        // (an empty gap, prefix or window), each mispredicting about as often.
        if start == line_start {
            let ctx = if civility_only {
                Ctx::None
            } else {
                self.bulleted_context(true, line_start, start, b)
            };
            #[cfg(test)]
            self.assert_full_reading(
                (line_start, whole_line, start, start, b, civility_only),
                (ctx, None),
            );
            return ctx;
        }
        // A list going on after a name: "Marie Dupont, Kévin Techer et Siobhan".
        if let Some(end) = self.last_name_end {
            if end <= start && end >= line_start {
                let gap = trim_spaces(&bytes[end..start]);
                #[cfg(test)]
                assert_eq!(
                    gap,
                    text[end..start].trim_matches([' ', '\u{a0}']).as_bytes()
                );
                if matches!(gap, b"," | b";" | b"et" | b", et" | b"&" | b"/" | b"ou")
                    && !cells::field_separator(&bytes[end..start])
                    && !(gap == b"," && lists::dated_place(&bytes[self.toks[b - 1].end..]))
                {
                    // "Dr Tkachuk, Médecin du travail": the name's role, not a list.
                    if gap == b"," && self.role_alone(start, b) {
                        return Ctx::None;
                    }
                    return Ctx::Strong;
                }
            }
        }
        // The first words of a table cell: their context is their column (see
        // `Scan::column_context`), not the cell before ("Patient\tVille": no role before a
        // name).
        // A cell opens after a tab: most texts have none.
        let opens_cell = self.has_tab && cells::opens_cell(bytes, line_start, start);
        #[cfg(test)]
        assert_eq!(opens_cell, cells::opens_cell(bytes, line_start, start));
        if opens_cell {
            return Ctx::None;
        }
        if after_sentence_end(&text[line_start..start]) {
            return Ctx::None;
        }
        let window_start =
            ceil_char_boundary(text, start.saturating_sub(civility::WINDOW).max(line_start));
        // What follows depends on the window alone but where a check says otherwise
        // (`impure`): such answers are remembered by window. The window is not empty: it
        // starts after the line's start (see above) and at most 40 bytes before the run.
        let window = &text[window_start..start];
        // The window without the blanks that the folded window trims: what the shortcuts
        // below read, trimmed once for all of them (each trimmed it again).
        let trimmed = &window[..end_before_blanks(window.as_bytes())];
        let shortcut = if self.plain_window(trimmed, window_start) {
            Some(Ctx::None)
        } else if whole_line && window_start == line_start && {
            // A bullet is at most 16 bytes (see `is_bullet`), and ends with one of its signs:
            // most windows are told by these two looks.
            trimmed.len() <= 16 && gate::may_be_bullet(trimmed) && is_bullet(window)
        } {
            // A bullet at the line start ("- ", "• ", "1. "): the full reading finds no street
            // or civility in it and reads the line as bulleted, with no folding, street check
            // or memo first (a bulleted reading is never remembered: it reads the lines
            // above).
            Some(if civility_only {
                Ctx::None
            } else {
                self.bulleted_context(false, line_start, start, b)
            })
        } else {
            None
        };
        let shortcut = shortcut.or_else(|| {
            self.signed_window(
                trimmed,
                line_start,
                whole_line,
                window_start,
                start,
                civility_only,
            )
        });
        if let Some(ctx) = shortcut {
            #[cfg(test)]
            {
                self.assert_full_reading(
                    (
                        line_start,
                        whole_line,
                        window_start,
                        start,
                        b,
                        civility_only,
                    ),
                    (ctx, None),
                );
                self.plain_windows += 1;
            }
            return ctx;
        }
        // The window is at most 40 bytes (see above), which the memo's keys hold: a longer one
        // would be read in full each time.
        let key = windows::WindowKey::of(
            window.as_bytes(),
            window_flags(whole_line, window_start == line_start, civility_only),
        );
        let slot = match key.map(|key| self.context_memo.find(&key)) {
            None => None,
            Some(Err(slot)) => Some(slot),
            Some(Ok((ctx, lead, after))) => {
                // The check that asked of the text after the run ends the reading when it finds
                // what it looks for, before any lead is set.
                let (ctx, lead) = match self.after_holds(after, start, b) {
                    Some(ctx) => (ctx, None),
                    None => (ctx, lead.map(|l| window_start + usize::from(l))),
                };
                #[cfg(test)]
                {
                    self.assert_full_reading(
                        (
                            line_start,
                            whole_line,
                            window_start,
                            start,
                            b,
                            civility_only,
                        ),
                        (ctx, lead),
                    );
                    self.memo_hits += 1;
                    self.proviso_hits += usize::from(after != windows::After::Nothing);
                }
                self.lead = lead;
                return ctx;
            }
        };
        self.impure = false;
        self.after = windows::After::Nothing;
        let ctx = self.window_context(
            line_start,
            whole_line,
            window_start,
            start,
            b,
            civility_only,
        );
        // A lead past the window's first 255 bytes cannot be (the window is at most 40
        // bytes): were it, the answer would not be remembered.
        let lead = self.lead.map(|l| u8::try_from(l - window_start));
        if let (Some(key), Some(slot)) = (key, slot) {
            if !self.impure && !matches!(lead, Some(Err(_))) {
                let value = (ctx, lead.and_then(Result::ok), self.after);
                self.context_memo.insert_at(slot, &key, value);
            }
        }
        ctx
    }

    /// Whether every check of [`Scan::prefix_context`] (and of the civility-only reading) is
    /// sure to find nothing in `window`, told from its last word and its last byte: the window
    /// holds a letter that no bullet or time stamp holds, ends with neither a colon nor a list
    /// mark, and its last word, folded, is neither a context word nor one of the particles,
    /// "et" and "c'est" that the checks look at. Most windows of business text (log lines,
    /// references, amounts, words of prose) are such, and were folded whole, hashed and
    /// looked for in the memo, then read by every check, each finding nothing: a third of
    /// PERSON's cost.
    ///
    /// `window` comes trimmed of its blanks (see [`end_before_blanks`]) and starts at byte
    /// `at` of the text. `false` says nothing: the full reading decides.
    fn plain_window(&mut self, window: &str, at: usize) -> bool {
        let w = window.as_bytes();
        let end = w.len();
        let Some(&last) = end.checked_sub(1).and_then(|i| w.get(i)) else {
            return false;
        };
        // A letter that is not `h` (time stamps hold `h`): then neither `is_bullet` nor
        // `is_timestamp` holds, and the bullet, chat and label checks that follow them never
        // run. `:`, `,`, `;`, `&`, `/`, `@`, `<`, `(` and `#` open checks of their own.
        let letter = |b: u8| b.is_ascii_alphabetic() && b | 0x20 != b'h';
        let plain_last = match last {
            b':' | b',' | b';' | b'&' | b'/' | b'@' | b'<' | b'(' | b'#' => return false,
            // A window that ends with a word is left to the full reading: its last word is
            // most often a context word in prose, and telling it here first measured
            // slower.
            _ if last.is_ascii_alphabetic() => return false,
            0x21..=0x7E => w[..end].iter().any(|&b| letter(b)),
            // Dashes, "°", « », "€" and ’: they fold to themselves (’ to an apostrophe, part
            // of the last word looked at below), and no check looks at them ("N° ", "SIRET :
            // … — TVA", "150 € ", "« Claire »").
            _ if ends_with_plain_sign(&w[..end]) => w[..end].iter().any(|&b| letter(b)),
            // Another non-ASCII character, or a blank that the folded window would trim.
            _ => false,
        };
        if !plain_last {
            return false;
        }
        let from = last_word_start_in(self.text.as_bytes(), at, at + end) - at;
        #[cfg(test)]
        assert_eq!(from, last_word_start(w, end), "at byte {at}");
        let lex = self.lex();
        // A parenthesis opening the last word is no part of it (see `Lexicon::context_of`).
        let plain_word = |word: &str| {
            let word = word.trim_start_matches('(');
            lex.context_phrases(word).is_none()
                && !matches!(word, "de" | "du" | "des" | "la" | "a" | "c'est")
                && !word.ends_with("d'")
                && !ends_with_word(word, "et")
        };
        // The last word is most often a short ASCII one ("12", "n°" is not): folded, it is
        // that word lower-cased, here on the stack, or the word itself when it holds no
        // capital (`fold_into` cost 156 instructions a word).
        let tail = &window[from..end];
        let mut lower = [0u8; 32];
        // Lower-cased and told ASCII in one pass, with no test on its bytes (looking for a
        // capital first, then copying, mispredicted at each loop's end).
        let ascii_folded = if tail.len() > lower.len() {
            None
        } else {
            let lower = &mut lower[..tail.len()];
            let mut any = 0;
            for (l, &b) in lower.iter_mut().zip(tail.as_bytes()) {
                *l = b.to_ascii_lowercase();
                any |= b;
            }
            // SAFETY: `tail` is ASCII (no byte of it has its high bit), and so are its bytes
            // lower-cased: `lower` is valid UTF-8. (`from_utf8` cost 84 instructions a word
            // here.)
            (any < 0x80).then(|| unsafe { std::str::from_utf8_unchecked(lower) })
        };
        if let Some(word) = ascii_folded {
            #[cfg(test)]
            {
                let mut folded = String::new();
                fold_into(tail, &mut folded);
                assert_eq!(word, folded);
            }
            return plain_word(word);
        }
        let mut folded = std::mem::take(&mut self.buf);
        fold_into(&window[from..end], &mut folded);
        let plain = plain_word(&folded);
        self.buf = folded;
        plain
    }

    /// Whether `head`, the text before a comma, ends with a determiner and a role ("la
    /// formatrice"): the name after the comma is in apposition to it (see [`apposition`]).
    fn role_before_comma(&mut self, head: &str) -> bool {
        let lex = self.lex();
        let mut folded = std::mem::take(&mut self.buf);
        let role = apposition::role_before_comma(head, |word| {
            fold_into(word, &mut folded);
            lex.word_context(&folded) == Some(CTX_ROLE)
        });
        self.buf = folded;
        role
    }

    /// The full reading of a window that ends with `;`, `,`, `&` or `/` (CSV rows, lists,
    /// paths: "… SARL;", "Dupont, "), as [`Scan::prefix_context`] gives it, without folding
    /// the window: no street, mention, bullet, speaker or time stamp ends with such a sign, and
    /// no context word holds one, so the reading comes to the sign's own check: a closing
    /// before it ("Cordialement, Marie") or a label that opens the line ("Présents : A, B").
    /// The civility-only reading finds nothing there. Most such windows are met once (the
    /// memo's slots are left to those that come back).
    ///
    /// `window` comes trimmed of its blanks (see [`end_before_blanks`]). `None` says nothing:
    /// the full reading decides.
    fn signed_window(
        &mut self,
        window: &str,
        line_start: usize,
        whole_line: bool,
        window_start: usize,
        start: usize,
        civility_only: bool,
    ) -> Option<Ctx> {
        let w = window.as_bytes();
        let end = w.len();
        if !matches!(w, [.., b';' | b',' | b'&' | b'/']) {
            return None;
        }
        if civility_only {
            return Some(Ctx::None);
        }
        let lex = self.lex();
        // The folded window trimmed, without its sign, trimmed: its last bytes are those of
        // `head` lower-cased where they are ASCII and no blank.
        // Read from the last tab before the sign, as the full reading does (see
        // `Scan::window_context`).
        let head_end = end_before_blanks(&w[..end - 1]);
        let head_start = match self.has_tab {
            true => memchr::memrchr(b'\t', &w[..end - 1]).map_or(0, |i| (i + 1).min(head_end)),
            false => 0,
        };
        let head = &window[head_start..head_end];
        let signoff = match *head.as_bytes() {
            [] => false,
            [.., last]
                if last < 0x80
                    && !(last.is_ascii_alphanumeric() || matches!(last, b'\'' | b'-')) =>
            {
                // No word at the end, but a blank that the folded window's trim would take:
                // left to the full reading.
                if last.is_ascii_whitespace() || last < 0x20 {
                    return None;
                }
                false
            }
            [.., last]
                if last < 0x80 && !lex.signoff_last[usize::from(last.to_ascii_lowercase())] =>
            {
                false
            }
            [.., a, b, c] if (a | b | c) < 0x80 && !lex.signoff_tail(a, b, c) => false,
            _ => {
                let mut folded = std::mem::take(&mut self.buf);
                fold_into(head, &mut folded);
                let signoff = lex.ends_with_signoff(folded.trim_end());
                self.buf = folded;
                signoff
            }
        };
        let strong = signoff
            || whole_line && self.line_label_in(line_start, start, window_start == line_start);
        #[cfg(test)]
        {
            self.signed_windows += 1;
        }
        Some(if strong {
            Ctx::Strong
        } else if w[end - 1] == b',' && self.role_before_comma(head) {
            Ctx::Verb
        } else {
            Ctx::None
        })
    }

    /// In the test build, each shortcut of [`Scan::context_before`] (a line start, a plain
    /// window, a remembered window) is checked against the full reading of its window: `at`
    /// is the reading's arguments, `want` the shortcut's context and lead.
    #[cfg(test)]
    fn assert_full_reading(
        &mut self,
        at: (usize, bool, usize, usize, usize, bool),
        want: (Ctx, Option<usize>),
    ) {
        let (line_start, whole_line, window_start, start, b, civility_only) = at;
        let full = self.window_context(
            line_start,
            whole_line,
            window_start,
            start,
            b,
            civility_only,
        );
        assert_eq!((full, self.lead), want, "at byte {start}");
    }

    /// The start of the words after the last tab of `window_start..start` (blanks before
    /// `start` aside), or `window_start` when it holds none.
    fn after_last_tab(&self, window_start: usize, start: usize) -> usize {
        let bytes = self.text.as_bytes();
        let words_end = window_start + end_before_blanks(&bytes[window_start..start]);
        match memchr::memrchr(b'\t', &bytes[window_start..words_end]) {
            Some(i) => window_start + i + 1,
            None => window_start,
        }
    }

    /// The end of [`Scan::context_before`]: the context that the window
    /// `text[window_start..start]` gives the run `toks[..b]` that starts at `start`.
    fn window_context(
        &mut self,
        line_start: usize,
        whole_line: bool,
        window_start: usize,
        start: usize,
        b: usize,
        civility_only: bool,
    ) -> Ctx {
        // Inside a table cell, the context is read from the cell's start: "Suivi\tDr Ahamada"
        // is read "Dr Ahamada" (a tab is no space: the words before it would hide the
        // civility). A window that the tab ends (a label: "Nom :\tDUPONT") is read whole.
        let window_start = match self.has_tab {
            true => self.after_last_tab(window_start, start),
            false => window_start,
        };
        let mut buf = std::mem::take(&mut self.buf);
        fold_into(&self.text[window_start..start], &mut buf);
        let ctx = if civility_only && !self.may_follow_civility(buf.trim_end(), window_start, start)
        {
            match self.street_context(buf.trim_end()) {
                Ctx::None if thing_value(self.lex(), buf.trim_end()) => Ctx::Deny,
                Ctx::None if employer_after(buf.trim_end()) => Ctx::Deny,
                ctx => ctx,
            }
        } else {
            self.prefix_context(&buf, line_start, whole_line, window_start, start, b)
        };
        self.buf = buf;
        ctx
    }

    /// Whether [`Scan::prefix_context`] could find a civility in the folded text `p` (trimmed)
    /// before `start`: it does only where `p` ends with a civility, or with one and a particle
    /// ("Mme de"). A superset of where it does, as the checks in between are left out.
    fn may_follow_civility(&self, p: &str, window_start: usize, start: usize) -> bool {
        let lex = self.lex();
        let last = last_field(p);
        if CIVILITY_PARTICLES.contains(&last) || last.ends_with("d'") {
            let raw = self.text[window_start..start].trim_end();
            if particle_after_civility(lex, p, raw).is_some() {
                return true;
            }
        }
        lex.context_of(p) == Some(CTX_CIVILITY)
    }

    /// The street check that opens [`Scan::prefix_context`]: [`Ctx::Deny`] after a street,
    /// school or hospital type ("rue Victor Hugo", "avenue du Général Leclerc"), else
    /// [`Ctx::None`].
    fn street_context(&self, p: &str) -> Ctx {
        let ctx = self.street_context_filtered(p, true);
        #[cfg(test)]
        assert!(
            matches!(
                (&ctx, self.street_context_filtered(p, false)),
                (Ctx::Deny, Ctx::Deny) | (Ctx::None, Ctx::None)
            ),
            "{p:?}"
        );
        ctx
    }

    /// [`Scan::street_context`]; with `filtered`, a word that [`street::may_be_street_word`]
    /// rules out ends the walk without a lookup (it would end it after one).
    fn street_context_filtered(&self, p: &str, filtered: bool) -> Ctx {
        let lex = self.lex();
        let mut through_de = false;
        for word in fields_back(p).take(5) {
            // "à l'hôpital Henri Mondor", "de l'école Paul Bert": the article is glued to the
            // type.
            let word = street::without_article(word);
            if filtered && !street::may_be_street_word(word) {
                break;
            }
            match lex.word_context(word) {
                // "à la place de Marie Dupont", "la maison de Jean", "le groupe de Marie
                // Dupont" are not a square, a shop or a company.
                Some(CTX_STREET) if through_de && street::possessive_de(word) => break,
                Some(CTX_STREET) => return Ctx::Deny,
                kind if street::through(kind, word) => through_de |= matches!(word, "de" | "d'"),
                _ => break,
            }
        }
        Ctx::None
    }

    /// Context from the folded text `p` just before a run, on its line.
    fn prefix_context(
        &mut self,
        p: &str,
        line_start: usize,
        whole_line: bool,
        window_start: usize,
        start: usize,
        b: usize,
    ) -> Ctx {
        let text = self.text;
        let lex = self.lex();
        let p = p.trim_end();
        // Street, school, hospital: "rue Victor Hugo", "avenue du Général Leclerc". Nothing
        // before the run on its line (most line starts) is no street.
        if !p.is_empty() && matches!(self.street_context(p), Ctx::Deny) {
            return Ctx::Deny;
        }
        let rest = &text[self.toks[b - 1].end..];
        // A mention in a chat or a comment ("@Selamawit tu peux…"), not an e-mail address.
        let bytes = text.as_bytes();
        if start > 0 && bytes[start - 1] == b'@' {
            self.impure = true;
            if start == 1 || matches!(bytes[start - 2], b' ' | b'\t' | b'\n' | b'(' | b',') {
                return Ctx::Strong;
            }
        }
        let bulleted = p.is_empty() || (gate::may_be_bullet(p) && is_bullet(p));
        if !whole_line && bulleted {
            return Ctx::None;
        }
        if bulleted {
            self.impure = true;
            return self.bulleted_context(p.is_empty(), line_start, start, b);
        }
        // An IRC-style speaker: "<Aoife> salut".
        if p == "<" {
            self.impure = true;
            if rest.starts_with('>') {
                return Ctx::Strong;
            }
        }
        if gate::may_be_timestamp(p) && is_timestamp(p) {
            if let Some(ctx) = self.reads_after(windows::After::Colon, start, b) {
                return ctx;
            }
        }
        // The line before `start` is all in the window: reading it keeps the answer pure.
        let line_in_window = window_start == line_start;
        if let Some(head) = p.strip_suffix(':') {
            // "Véhicule : Mercedes Classe A": the value of a label of things.
            let kind = lex.context_of(head.trim_end());
            if kind == Some(CTX_THING) {
                return Ctx::Deny;
            }
            // "Compagnie mandante : …": the role of an organisation, whose name follows.
            if kind == Some(CTX_ROLE) && company::organisation_in_role(head.trim_end()) {
                return Ctx::Deny;
            }
            if whole_line && self.line_label_in(line_start, start, line_in_window) {
                return Ctx::Strong;
            }
            // A label after a sentence or another field on the same line: "… le rapport.
            // Secrétaire de séance :", "Traduction : oui — traducteur expert :".
            let raw_head = text[line_start.max(window_start)..start]
                .trim_end()
                .trim_end_matches(':');
            if let Some(i) = after_last_field(raw_head) {
                if self.person_label(&raw_head[i..]) {
                    return Ctx::Strong;
                }
            }
            // "Semaine 2 : Jiwoo Choi": capitalised words that are the whole value of a field
            // whose label is no thing ("Objet", "Ville", "Produit" are stop words).
            if whole_line && {
                self.impure |= !line_in_window;
                plain_label(lex, &text[line_start..start])
            } {
                if let Some(ctx) = self.reads_after(windows::After::WholeValue, start, b) {
                    return ctx;
                }
            }
            // "Dossier suivi par : …", "Validé avec : …", "… son conseiller : …".
            return match kind {
                Some(CTX_STRONG | CTX_CIVILITY | CTX_ROLE) => Ctx::Strong,
                Some(CTX_WEAK | CTX_KIN) => Ctx::Weak,
                Some(CTX_VERB) => Ctx::Verb,
                _ => Ctx::None,
            };
        }
        if let Some(head) = p.strip_suffix([',', ';', '&', '/']) {
            let head = head.trim_end();
            if lex.ends_with_signoff(head)
                || (whole_line && self.line_label_in(line_start, start, line_in_window))
            {
                return Ctx::Strong;
            }
            let raw = &text[window_start..start];
            let raw = &raw[..end_before_blanks(raw.as_bytes())];
            return match raw.strip_suffix(',') {
                Some(head)
                    if self.role_before_comma(&head[..end_before_blanks(head.as_bytes())]) =>
                {
                    Ctx::Verb
                }
                _ => Ctx::None,
            };
        }
        if ends_with_word(p, "et")
            && (whole_line && self.line_label_in(line_start, start, line_in_window))
        {
            return Ctx::Strong;
        }
        // "sa sœur (Nivetha)", "déposée par maman (Dorota)": a relative's name in
        // parentheses.
        // "La technicienne (Nhung Kieu) est venue": a role's holder in parentheses, when
        // they hold the run alone.
        if let Some(head) = p.strip_suffix('(') {
            return match lex.context_of(head.trim_end()) {
                Some(CTX_KIN) => Ctx::Verb,
                Some(CTX_ROLE) => {
                    self.impure = true;
                    if rest.starts_with(')') && !self.qualification_alone(start, b) {
                        Ctx::Verb
                    } else {
                        Ctx::None
                    }
                }
                _ => Ctx::None,
            };
        }
        let raw = text[window_start..start].trim_end();
        let last = last_field(p).trim_start_matches('(');
        if CIVILITY_PARTICLES.contains(&last) || last.ends_with("d'") {
            if let Some(lead) = particle_after_civility(lex, p, raw) {
                self.lead = Some(window_start + lead);
                return Ctx::Civility;
            }
            if let Some(kind) = lex.preposition_context(p) {
                return if kind == CTX_VERB {
                    Ctx::Verb
                } else {
                    Ctx::Weak
                };
            }
        }
        // "C'est Rustam qui a les clés": a cleft sentence puts a person forward; "c'est Inès
        // de chez Brico Sud" is how a caller says who they are and for whom they work.
        if last == "c'est" {
            self.impure = true;
            let after = near(rest);
            if after.starts_with(" qui ") || after.starts_with(" de chez ") {
                return Ctx::Verb;
            }
        }
        if employer_after(p) {
            return Ctx::Deny;
        }
        match lex.context_of(p) {
            Some(CTX_CIVILITY) => {
                // "me" and "m" are civilities only when capitalised ("Me Dupont", "M Dupont").
                let word = last;
                let capitalised = raw
                    .get(raw.len().saturating_sub(word.len())..)
                    .is_some_and(|w| w.starts_with(|c: char| c.is_uppercase()));
                // "Le témoin : B. M.    L'OPJ :": the "M." that closes two initials is no
                // civility before the words after it.
                if matches!(word, "me" | "m" | "me." | "pr" | "dr") && !capitalised
                    || word == "m." && initials::closing_m_before(bytes, window_start + raw.len())
                {
                    Ctx::None
                } else {
                    Ctx::Civility
                }
            }
            Some(CTX_STRONG) => Ctx::Strong,
            // "Traité par Vardan", "Relance prévue par Meseret": the agent of a passive verb.
            Some(CTX_WEAK) if last == "par" && agent_of_participle(raw) => Ctx::Verb,
            Some(CTX_WEAK | CTX_ROLE) => Ctx::Weak,
            Some(CTX_KIN) if kin::after_possessive(p) => Ctx::Verb,
            Some(CTX_KIN) => Ctx::Weak,
            Some(CTX_VERB) => Ctx::Verb,
            // Most windows read in full end with a word: no dash, vote or comment mark.
            _ if matches!(
                p.as_bytes().last(),
                Some(b'-' | 0x93 | 0x94 | b'#' | b'0' | b'1')
            ) =>
            {
                self.speaker_layout(p, line_start, window_start, start, b)
                    .unwrap_or(Ctx::None)
            }
            _ => Ctx::None,
        }
    }

    /// The end of [`Scan::prefix_context`] for a run at the start of its line, after a bullet
    /// or nothing (`bare`): the lines above, a chat speaker, a vocative, a job title below.
    fn bulleted_context(&mut self, bare: bool, line_start: usize, start: usize, b: usize) -> Ctx {
        let rest = &self.text[self.toks[b - 1].end..];
        let next = gate::first_after_blanks(rest);
        // A chat speaker: "Tahina (10:32) : …".
        if matches!(next, Some(b'(' | b'[')) && speaker_with_time(rest) {
            return Ctx::Strong;
        }
        // "- Enseignants : M. Diallo", "Excusé(e) : …": a label within a list, not a name
        // that the list's label would make of it (judged alone, as a stop-led run is).
        if caps::sublabel(rest) {
            return Ctx::None;
        }
        let ctx = self.line_start_context(line_start);
        if !matches!(ctx, Ctx::None) {
            return ctx;
        }
        // "Katarzyna : Qui a les clés ?": a chat message without a time stamp.
        if next == Some(b':') && chat_message(rest) {
            return Ctx::Strong;
        }
        // "- Padraig Kavanagh : août", "• Padraig Kavanagh — absent": a list item that opens
        // with a name (two words before a dash: "• Mur — pierre de taille" is a thing).
        if !bare
            && (next == Some(b':') && followed_by_colon(rest)
                || self.toks[b - 1].start != start && followed_by_dash(rest))
        {
            return Ctx::Weak;
        }
        // "Plamedi, tu peux regarder ?": a message that opens by addressing someone. The
        // comma first: it seldom follows, where runs of one word and of several come in no
        // order (6,100 mispredicts for 14,400 line starts of a 3 MB business text).
        if rest.starts_with(',') && bare && self.toks[b - 1].start == start && vocative(rest) {
            return Ctx::Verb;
        }
        // "Selam Woldemariam\nAssistante de direction": a signature with a job title.
        if self.title_below(b) {
            return Ctx::Strong;
        }
        Ctx::None
    }

    /// The context that `after`, asked of the text after the run `toks[..b]` that starts at
    /// `start`, gives it, if it holds there.
    fn after_holds(&self, after: windows::After, start: usize, b: usize) -> Option<Ctx> {
        match after {
            windows::After::Nothing => None,
            windows::After::Colon => {
                let rest = &self.text[self.toks[b - 1].end..];
                let next = gate::first_after_blanks(rest);
                let speaks = (next == Some(b':') && followed_by_colon(rest))
                    // "09h45  K. Dlamini (EHESS) : « … »": a programme's speaker, whose
                    // words must look like a name (the two spaces after a time would
                    // otherwise make the run a cell judged by its column).
                    || (matches!(next, Some(b'(' | b'e'))
                        && speakers::affiliation_then_colon(rest)
                        && self.two_name_words(start, b));
                speaks.then_some(Ctx::Strong)
            }
            windows::After::WholeValue => {
                (self.toks[b - 1].start != start && self.whole_value(b)).then_some(Ctx::Weak)
            }
        }
    }

    /// [`Scan::after_holds`], for the reading of a window: what it asked is remembered with
    /// its answer, which holds for the window only where the check finds nothing (a second
    /// such check, or one that finds, and the answer is not remembered).
    fn reads_after(&mut self, after: windows::After, start: usize, b: usize) -> Option<Ctx> {
        let ctx = self.after_holds(after, start, b);
        if ctx.is_some() || self.after != windows::After::Nothing {
            self.impure = true;
        }
        self.after = after;
        ctx
    }

    /// [`Scan::line_label`], which reads the line up to `start`: more than the window before
    /// the run unless `line_in_window`.
    fn line_label_in(&mut self, line_start: usize, start: usize, line_in_window: bool) -> bool {
        self.impure |= !line_in_window;
        self.line_label(line_start, start)
    }

    /// Whether the line that starts at `line_start` opens with a known label followed by a
    /// colon (within its first 48 bytes) before `start` ("Présents :", "À :", "Cc :"),
    /// remembered for the line, since every capitalised word after the colon asks again.
    fn line_label(&mut self, line_start: usize, start: usize) -> bool {
        if let Some((line, colon, label)) = self.line_label_cache {
            // `colon` is the first colon of the line: the prefix holds one only if it is
            // before `start`.
            if line == line_start {
                return colon < start && label && self.no_later_field(colon + 1, start);
            }
        }
        let prefix = &self.text[line_start..start];
        let Some(colon) = memchr::memchr(b':', prefix.as_bytes()) else {
            return false;
        };
        let label = colon <= 48 && self.person_label(&prefix[..colon]);
        self.line_label_cache = Some((line_start, line_start + colon, label));
        label && self.no_later_field(line_start + colon + 1, start)
    }

    /// Whether the value of a line's first label, `text[from..start]`, leaves the run at
    /// `start` to that label: no later field opens in it ([`cells::next_field`]), or the later
    /// field's label is one of people ("Prénom(s)"), or a plain one no word list knows
    /// ("Valideur"), not a stop word ("Poste", "Service", "Date d'entrée").
    fn no_later_field(&mut self, from: usize, start: usize) -> bool {
        let text = self.text;
        match cells::next_field(&text.as_bytes()[from..start]) {
            None => true,
            Some((label, colon)) => self.later_label(from + label, from + colon),
        }
    }

    /// [`Scan::no_later_field`] of a later field whose label is `text[label..colon]`. Out of
    /// line: few lines hold two fields.
    #[inline(never)]
    fn later_label(&mut self, label: usize, colon: usize) -> bool {
        let text = self.text;
        self.person_label(&text[label..colon]) || plain_label(self.lex(), &text[label..=colon])
    }

    /// [`person_label`], remembered.
    fn person_label(&mut self, raw: &'t str) -> bool {
        let Some(key) = LabelKey::of(raw) else {
            return person_label(self.lex(), raw);
        };
        if let Some(label) = self.label_memo.get(&key) {
            // In the test build, the answer remembered (maybe by an earlier scan) is the one
            // the label gives.
            #[cfg(test)]
            assert_eq!(label, person_label(self.lex(), raw), "{raw:?}");
            return label;
        }
        let label = person_label(self.lex(), raw);
        self.label_memo.insert(key, label);
        label
    }

    /// Whether nothing but blanks or a full stop follows `toks[b - 1]` on its line.
    fn whole_value(&self, b: usize) -> bool {
        let rest = self.text[self.toks[b - 1].end..].trim_start_matches([' ', '\t', '\r', '.']);
        rest.is_empty() || rest.starts_with('\n')
    }

    /// Whether the run ending at `toks[b - 1]` is alone on its line and the next line opens
    /// with a role or job title: a signature ("Selam Woldemariam\nAssistante de direction").
    fn title_below(&self, b: usize) -> bool {
        // The blanks trimmed are ASCII: trimmed by bytes, and the line break looked for as a
        // byte, with no slicing of the text until one is found (this runs for most line
        // starts).
        let end = self.toks[b - 1].end;
        let bytes = self.text.as_bytes();
        // Most runs go on with one space and a word: that space is passed over without a
        // test, and the byte after it settles most runs (the loop over blanks ended after
        // none or one: 4,200 mispredicts for 14,400 line starts of a 3 MB business text).
        let mut i = end + usize::from(bytes.get(end) == Some(&b' '));
        while matches!(bytes.get(i), Some(b' ' | b'\t' | b'\r')) {
            i += 1;
        }
        if bytes.get(i) != Some(&b'\n') {
            return false;
        }
        let next = self.text[i + 1..].trim_start_matches([' ', '\t']);
        // Most lines open with no capital: told before the word is read.
        if !next.starts_with(is_upper) {
            return false;
        }
        let word_end = next
            .find(|c: char| !(is_letter(c) || c == '-'))
            .unwrap_or(next.len());
        if word_end < 2 {
            return false;
        }
        let mut folded = String::with_capacity(word_end + 4);
        fold_into(&next[..word_end], &mut folded);
        self.lex().context_of(&folded) == Some(CTX_ROLE)
    }

    /// Context of a run at the start of a line: a signature under a closing, a bulleted or
    /// plain list under a label ("Présents :"), a chat speaker before a colon.
    fn line_start_context(&mut self, line_start: usize) -> Ctx {
        let text = self.text;
        let lex = self.lex();
        let mut end = line_start.saturating_sub(1);
        let mut blank = 0;
        // The first line above that is not blank (one blank line may stand between).
        loop {
            if end == 0 || line_start == 0 {
                return Ctx::None;
            }
            let from = end.saturating_sub(LINE_REACH);
            // The first line above, read as `Scan::upper_line` reads it: where it settles a
            // walk up from it (a blank, long or label line, the first line of the text), that
            // walk is remembered, so that the walk from a later line start under it stops there
            // instead of reading it again.
            let first = blank == 0;
            let line_end = end;
            let begin = match self.breaks.last_in(from, end) {
                Some(i) => i + 1,
                None if from == 0 => 0,
                // A long line: not a closing, a label or a list item.
                None => {
                    if first {
                        self.settle_upper(line_end, false);
                    }
                    return Ctx::None;
                }
            };
            let line = trim_line(&text[begin..end]);
            end = begin.saturating_sub(1);
            if line.is_empty() {
                if first {
                    self.settle_upper(line_end, false);
                }
                // One blank line may separate a closing from the signature, not a label from
                // its list.
                blank += 1;
                if blank > 1 || begin == 0 {
                    return Ctx::None;
                }
                continue;
            }
            if line.len() > 80 {
                if first {
                    self.settle_upper(line_end, false);
                }
                return Ctx::None;
            }
            // "-- ": the delimiter of an e-mail signature.
            let delimiter = line == "--" || line == "—";
            if delimiter || lex.line_ends_with_signoff(line, &mut self.scratch) {
                return Ctx::Strong;
            }
            if blank > 0 {
                return Ctx::None;
            }
            if let Some(head) = trim_end_closing_marks(line).strip_suffix(':') {
                let label = self.person_label(head);
                self.settle_upper(line_end, label);
                return if label { Ctx::Strong } else { Ctx::None };
            }
            if begin == 0 {
                self.settle_upper(line_end, false);
                return Ctx::None;
            }
            return self.upper_lines_context(end, line_start - 1);
        }
    }

    /// Remembers in [`Scan::upper_memo`] that the walk up from the line that ends at `end`
    /// settles at that line, on a person label or not.
    fn settle_upper(&mut self, end: usize, label: bool) {
        #[cfg(test)]
        assert_eq!(
            self.upper_walk(end, false),
            Some((1, label)),
            "at byte {end}"
        );
        self.upper_memo = Some((end, Some((1, label))));
    }

    /// Above the first line of [`Scan::line_start_context`], only a label counts: what the
    /// first of the next [`UPPER_LINES`] lines up from `from_end` (where a line ends) that
    /// settles it says (a label line, a blank or long line, the start of the text), or
    /// nothing.
    ///
    /// The lines of a block are walked again from every line start under them; the last walk
    /// is remembered ([`Scan::upper_memo`]), so that the walk from a later line start, which
    /// goes through the same lines, stops where that walk started (see [`Scan::upper_walk`]):
    /// a list of n lines costs n steps, not n².
    ///
    /// `below_end` is where the line under `from_end` ends, the first line of
    /// [`Scan::line_start_context`]: that line was read there, and [`Scan::upper_line`] would
    /// pass over it (neither blank nor long, no colon at its end, not the first line). The walk
    /// from `below_end` is therefore one line longer than this one, and that is what is
    /// remembered: the next line start's walk (which starts at `below_end` when its line
    /// follows) then reads no line at all, where it read that line a second time.
    fn upper_lines_context(&mut self, from_end: usize, below_end: usize) -> Ctx {
        let settled = self.upper_walk(from_end, true);
        #[cfg(test)]
        assert_eq!(
            settled,
            self.upper_walk(from_end, false),
            "at byte {from_end}"
        );
        let below = settled
            .map(|(m, label)| (m + 1, label))
            .filter(|&(m, _)| m <= UPPER_LINES);
        #[cfg(test)]
        assert_eq!(
            below,
            self.upper_walk(below_end, false),
            "at byte {below_end}"
        );
        self.upper_memo = Some((below_end, below));
        if settled.is_some_and(|(_, label)| label) {
            Ctx::Strong
        } else {
            Ctx::None
        }
    }

    /// The walk of [`Scan::upper_lines_context`] from `from_end`: the line it settles at (its
    /// number, from 1) and whether on a person label. With `remembered`, the walk stops where
    /// it meets the line where the last walk started ([`Scan::upper_memo`]): that walk settled
    /// at its line m, so this one settles at line m + n - 1 if it met it at its line n (the
    /// lines read are the same), or not within [`UPPER_LINES`] if that is past them. A block
    /// read from every other line start (a list with lines in between that open with no
    /// capital) then costs one step more per line start, not up to `UPPER_LINES`.
    fn upper_walk(&mut self, from_end: usize, remembered: bool) -> Option<(usize, bool)> {
        let mut end = from_end;
        let memo = self.upper_memo.filter(|_| remembered);
        for n in 1..=UPPER_LINES {
            if let Some((memo_end, memo)) = memo {
                if memo_end == end {
                    return memo
                        .map(|(m, label)| (m + n - 1, label))
                        .filter(|&(m, _)| m <= UPPER_LINES);
                }
            }
            if let Some(label) = self.upper_line(&mut end) {
                return Some((n, label));
            }
        }
        None
    }

    /// One line of [`Scan::upper_lines_context`], the one that ends at `*end` (which moves to
    /// the end of the line above): `None` to go on up, `Some(label)` when the line settles
    /// it, `label` telling whether it is a person label.
    fn upper_line(&mut self, end: &mut usize) -> Option<bool> {
        let text = self.text;
        let line_end = *end;
        if line_end == 0 {
            return Some(false);
        }
        let from = line_end.saturating_sub(LINE_REACH);
        let begin = match self.breaks.last_in(from, line_end) {
            Some(i) => i + 1,
            None if from == 0 => 0,
            None => return Some(false),
        };
        let line = trim_line(&text[begin..line_end]);
        *end = begin.saturating_sub(1);
        if line.is_empty() || line.len() > 80 {
            return Some(false);
        }
        // A line that cannot end with a colon once folded and trimmed is passed over.
        if trim_end_folded_blank(line).ends_with(':') {
            if let Some(head) = trim_end_closing_marks(line).strip_suffix(':') {
                return Some(self.person_label(head));
            }
        }
        (begin == 0).then_some(false)
    }

    /// Second pass, before [`Scan::propagate`]: the runs set aside that are items of a list
    /// of names (see [`lists`]) are names; they are no longer pending.
    fn list_items(&mut self) {
        if self.pending.is_empty() || self.out.len() < self.out_base + 2 {
            return;
        }
        let first_pass = self.out.len();
        // Most runs set aside are one word, told by one comparison; an item accepted is
        // left pending as an empty range, which `propagate` passes over (removing it from the
        // list cost a copy of every entry).
        // The runs that fill a cell are met in the order of `pending`: one comparison a run
        // tells whether it is the next of them.
        let cell_runs = std::mem::take(&mut self.cell_runs);
        let mut next_cell = 0;
        let mut name_initials = None;
        // The runs coordinated with a name of the first pass, met in the order of `pending`
        // as the cells are: one comparison a run.
        let mut and_names = std::mem::take(&mut self.and_names);
        and_names.sort_unstable();
        let mut next_and = 0;
        for k in 0..self.pending.len() {
            prefetch_run(&self.toks, &self.pending, k);
            let (a, b) = self.pending[k];
            while cell_runs.get(next_cell).is_some_and(|&(c, _)| c < a) {
                next_cell += 1;
            }
            let in_cell = cell_runs.get(next_cell) == Some(&(a, b));
            // The second letter is no INITIAL when nothing capitalised follows it: told by
            // its length, then by `initials_alone`.
            let two_initials = b - a == 2
                && self.toks[a].is(INITIAL)
                && self.toks[a + 1].end - self.toks[a + 1].start <= 2;
            if two_initials && self.initials_of_a_name(a, first_pass, &mut name_initials)
                || b - a >= 2 && self.list_item(a, b, first_pass)
                || in_cell && self.column_item(a, b, first_pass)
                || {
                    while and_names.get(next_and).is_some_and(|&i| i < a) {
                        next_and += 1;
                    }
                    and_names.get(next_and).is_some_and(|&i| i < b) && self.coordinated_item(a, b)
                }
            {
                self.pending[k] = (a, a);
            }
        }
        if self.has_tab || memchr::memchr2(b'|', b';', self.text.as_bytes()).is_some() {
            self.lower_case_cells(first_pass);
        }
    }

    /// Second pass: the cells typed in lower case of the columns of names of the first pass
    /// ([`lower`]), which the scan never met. A column is walked from its first name met
    /// whose cell no walk has passed yet.
    #[inline(never)]
    fn lower_case_cells(&mut self, first_pass: usize) {
        let text = self.text;
        let bytes = text.as_bytes();
        // The cells of the last walks, a few columns side by side: a name among them was
        // walked over already (a table is walked a few times a column, not once a name).
        let mut walked = [[usize::MAX; 2 * lists::REACH]; 4];
        let mut next_walk = 0;
        let mut found: Vec<(usize, usize)> = Vec::new();
        for k in self.out_base..first_pass {
            let span = self.out[k].span;
            // Most names are in no cell, told by the two bytes after them.
            let fills = cells::may_close_cell(bytes, span.end);
            #[cfg(test)]
            assert!(
                fills || !cells::may_fill_cell(bytes, span.start, span.end),
                "at byte {}",
                span.start
            );
            if !fills
                || !cells::may_fill_cell(bytes, span.start, span.end)
                || walked.iter().any(|w| w.contains(&span.start))
            {
                continue;
            }
            let mut column = [(0, 0); 2 * lists::REACH];
            let mut len = 0;
            if !cells::column_cells(text, span.start, span.end, lists::REACH, |s, e| {
                column[len] = (s, e);
                len += 1;
            }) {
                continue;
            }
            let column = &column[..len];
            walked[next_walk] = [usize::MAX; 2 * lists::REACH];
            for (w, c) in walked[next_walk].iter_mut().zip(column) {
                *w = c.0;
            }
            next_walk = (next_walk + 1) % walked.len();
            if !column.iter().any(|&(s, e)| lower::name_shape(&text[s..e])) {
                continue;
            }
            let names = &self.out[self.out_base..first_pass];
            let is_name = |&(s, e): &(usize, usize)| {
                let i = names.partition_point(|d| d.span.start < s);
                names
                    .get(i)
                    .is_some_and(|d| d.span.start == s && d.span.end == e)
            };
            let mut vote = lists::Vote::default();
            vote.add(lists::Item::Name);
            for cell in column {
                let content = &text[cell.0..cell.1];
                if !content.chars().any(char::is_alphabetic) {
                    continue;
                }
                vote.add(if is_name(cell) {
                    lists::Item::Name
                } else if lists::cell_shape(content) || lower::name_shape(content) {
                    lists::Item::Same
                } else {
                    lists::Item::Other
                });
            }
            if !vote.says_names() {
                continue;
            }
            for &(s, e) in column {
                if lower::name_shape(&text[s..e])
                    && !self.in_client(s)
                    && self.lower_words_are_names(&text[s..e])
                {
                    found.push((s, e));
                }
            }
        }
        found.sort_unstable();
        found.dedup();
        for (start, end) in found {
            self.out.push(Detection {
                kind: Kind::Person,
                span: Span { start, end },
                rule: self.det.list.clone(),
                priority: PRIORITY,
            });
        }
    }

    /// Whether none of the words of `cell` is a word of the language that the lexicon does
    /// not also know as a name ("néant", "rose"; not "rené").
    fn lower_words_are_names(&mut self, cell: &str) -> bool {
        cell.split(' ').all(|word| {
            fold_into(word, &mut self.buf);
            let flags = self.lex().flags(&self.buf);
            !lower::placeholder(&self.buf)
                && flags & AMBIG == 0
                && (flags & (STOP | BREAK) == 0 || flags & (FIRST | SURNAME) != 0)
        })
    }

    /// Whether `toks[a..a + 2]`, two initials set aside in the first pass, are those of a
    /// name of the first pass (`out[self.out_base..first_pass]`), which it then accepts as a
    /// name found again: the paraphs of a deed, the initials in a register's margin
    /// ([`initials::NameInitials`], read from the names once, into `known`, for the first
    /// pair of a text).
    #[inline(never)]
    fn initials_of_a_name(
        &mut self,
        a: usize,
        first_pass: usize,
        known: &mut Option<initials::NameInitials>,
    ) -> bool {
        let start = self.toks[a].start;
        let end = initials::end_with_initial(self.text, start, self.toks[a + 1].end);
        if !initials::initials_alone(&self.text[start..end]) || self.in_client(start) {
            return false;
        }
        let (text, names) = (self.text, &self.out[self.out_base..first_pass]);
        let known = known.get_or_insert_with(|| {
            initials::NameInitials::of(text, names.iter().map(|d| (d.span.start, d.span.end)))
        });
        if !known.holds(&text[start..end]) {
            return false;
        }
        let before = self.out.len();
        self.lead = None;
        self.accept(a, a + 1, self.det.repeat.clone());
        self.out.len() > before
    }

    /// Whether `toks[a..b]`, set aside in the first pass, is coordinated by " et " or " + "
    /// with a name of the first pass on either side ("Rowena et Sylia Taleb"), which it then
    /// accepts: one to three words that may be part of a name, not one word in capitals (an
    /// acronym), no first name that is also a word ([`coordination`]). Asked only of runs
    /// that hold a token of `and_names`, right after or before such a name.
    #[inline(never)]
    fn coordinated_item(&mut self, a: usize, b: usize) -> bool {
        let bytes = self.text.as_bytes();
        let (start, end) = (self.toks[a].start, self.toks[b - 1].end);
        // The name's " et " touches the run itself.
        if coordination::before_and(bytes, start).is_none()
            && coordination::after_and(bytes, end).is_none()
        {
            return false;
        }
        let toks = &self.toks[a..b];
        let parts = toks.iter().filter(|t| !t.is(PARTICLE)).count();
        if !(1..=3).contains(&parts) || toks[0].is(PARTICLE) || parts == 1 && toks[0].caps {
            return false;
        }
        let fits = |t: &Tok| t.is(PARTICLE) || !t.is(AMBIG) && self.plain_name_word(*t);
        if !toks.iter().all(fits) || self.in_client(start) || self.after_place_word(start) {
            return false;
        }
        self.accept_item(a, b)
    }

    /// Accepts `toks[a..b]`, a list item or a table cell that the names around it vote for,
    /// as a name found by the list rule, up to its last word that is no particle; whether a
    /// name was added.
    fn accept_item(&mut self, a: usize, b: usize) -> bool {
        let last = (a..b)
            .rev()
            .find(|&i| !self.toks[i].is(PARTICLE))
            .unwrap_or(a);
        let before = self.out.len();
        self.lead = None;
        self.accept(a, last, self.det.list.clone());
        self.out.len() > before
    }

    /// Whether the bytes before `start` may end a [`lists::lead`]: a blank after a colon, a
    /// blank or a dash, and before those a digit, the "h" of a time or a closing bracket
    /// ("poste 5 : ", "08h15  ", "Parcelle 3 (90 m²) : "). Most labels end with a letter
    /// ("Ville : Lyon"), told here before the line is read.
    fn lead_before(&self, start: usize) -> bool {
        let bytes = self.text.as_bytes();
        if !(start >= 2
            && bytes[start - 1] == b' '
            && matches!(bytes[start - 2], b':' | b' ' | b'-' | 0x93 | 0x94))
        {
            return false;
        }
        let from = start.saturating_sub(8);
        bytes[from..start - 2]
            .iter()
            .rev()
            .find(|&&c| !matches!(c, b' ' | b':' | b'-' | 0x80 | 0x93 | 0x94 | 0xE2))
            .is_some_and(|&c| c.is_ascii_digit() || c == b'h' || c == b')')
    }

    /// Whether `toks[a..b]`, set aside in the first pass, is an item of a list of names,
    /// which it then accepts: two or three capitalised words that may be a name, alone on
    /// their line, most of whose neighbours in their block are names of the first pass
    /// (`out[self.out_base..first_pass]`).
    #[inline(never)]
    fn list_item(&mut self, a: usize, b: usize, first_pass: usize) -> bool {
        // Most runs set aside end in a sentence: told by the byte after them first. An item
        // may go on with what is said of it ("Chenda Nhem (Qualité)", "— absente").
        let bytes = self.text.as_bytes();
        let run_end = self.toks[b - 1].end;
        let after = bytes[run_end..]
            .iter()
            .find(|&&c| !matches!(c, b' ' | b'\t' | b'\r'));
        let alone = matches!(after, None | Some(b'\n'));
        if !(alone || matches!(after, Some(b'(' | 0xE2)) && lists::trailer(&self.text[run_end..])) {
            return false;
        }
        let toks = &self.toks[a..b];
        let parts = toks.iter().filter(|t| !t.is(PARTICLE)).count();
        if !(2..=3).contains(&parts) || toks.first().is_some_and(|t| t.is(PARTICLE)) {
            return false;
        }
        let text = self.text;
        let fits = |t: &Tok| {
            let word = &text[t.start..t.end];
            t.is(PARTICLE) || !t.is(STOP | BREAK | INITIAL) && word.len() >= 2 && has_vowel(word)
        };
        // A first name that is also a word ("Couleur Rose") is no evidence here.
        if !toks.iter().all(fits) || toks.iter().any(|t| t.is(AMBIG)) {
            return false;
        }
        let all_caps = toks.iter().all(|t| t.caps || t.is(PARTICLE));
        let (start, end) = (toks[0].start, toks[toks.len() - 1].end);
        // An entry of a register after its time or numbered thing ([`lists::lead`]) may be in
        // capitals ("09h15  DAO Hanh — …", "poste 5 : LE GUEN Paul (traqueur)"), as registers
        // write surnames. (One word alone is not read: telling the words set aside that may be
        // one cost about 1.2M instructions on the 3 MB mixed corpus.)
        let opens = self.opens_line(start);
        if opens && all_caps || !opens && !self.lead_before(start) || self.in_client(start) {
            return false;
        }
        let line_start = memchr::memrchr(b'\n', &bytes[..start]).map_or(0, |i| i + 1);
        let line_end = memchr::memchr(b'\n', &bytes[end..]).map_or(text.len(), |i| end + i);
        let led = !opens && {
            let (s, _) = lists::content(&text[line_start..line_end], true);
            line_start + s == start
        };
        if !opens && !led {
            return false;
        }
        let mut vote = lists::Vote::default();
        // Up, then down, within the block (a blank line ends it).
        let mut at = line_start;
        for _ in 0..lists::REACH {
            if at == 0 {
                break;
            }
            let above = memchr::memrchr(b'\n', &bytes[..at - 1]).map_or(0, |i| i + 1);
            match self.list_line(above, at - 1, first_pass, led) {
                Some(item) => vote.add(item),
                None => break,
            }
            at = above;
        }
        let mut at = line_end;
        for _ in 0..lists::REACH {
            if at >= text.len() {
                break;
            }
            let below = at + 1;
            let below_end =
                memchr::memchr(b'\n', &bytes[below..]).map_or(text.len(), |i| below + i);
            match self.list_line(below, below_end, first_pass, led) {
                Some(item) => vote.add(item),
                None => break,
            }
            at = below_end;
        }
        if !vote.says_names() {
            return false;
        }
        self.accept_item(a, b)
    }

    /// Whether `toks[a..b]`, set aside in the first pass, fills a cell of a table row split by
    /// `|`, tabs or `;`, or aligned by spaces, whose column holds names of the first pass,
    /// which it then accepts.
    /// Rotas, rolls and schedules put people in columns headed by a task or a day
    /// ("Accueil", "Caisse"), no label of people: a reader knows the unknown names by the
    /// known ones around them, as in a list ([`lists::Vote`]).
    #[inline(never)]
    fn column_item(&mut self, a: usize, b: usize, first_pass: usize) -> bool {
        let text = self.text;
        let toks = &self.toks[a..b];
        let parts = toks.iter().filter(|t| !t.is(PARTICLE)).count();
        if !(1..=3).contains(&parts) || toks[0].is(PARTICLE) {
            return false;
        }
        // A first name that is also a word ("Rose", "Olive"), one word in capitals (a
        // category, a status), a legal form or a trade word are no evidence here; two or
        // three words in capitals are a register's "SURNAME FIRSTNAME".
        let fits = |t: &Tok| {
            t.is(PARTICLE) || !t.is(AMBIG) && (!t.caps || parts >= 2) && self.plain_name_word(*t)
        };
        let (start, end) = (toks[0].start, toks[toks.len() - 1].end);
        if !toks.iter().all(fits) || self.in_client(start) {
            return false;
        }
        let names = &self.out[self.out_base..first_pass];
        let is_name = |&(s, e): &(usize, usize)| {
            let i = names.partition_point(|d| d.span.start < s);
            names
                .get(i)
                .is_some_and(|d| d.kind == Kind::Person && d.span.start == s && d.span.end == e)
        };
        // The column's other cells, on the stack; most columns of business tables hold no
        // name, told before any cell is read further.
        let mut column = [(0, 0); 2 * lists::REACH];
        let mut len = 0;
        let mut add = |s, e| {
            if len < column.len() {
                column[len] = (s, e);
                len += 1;
            }
        };
        let in_table = cells::column_cells(text, start, end, lists::REACH, &mut add)
            || cells::aligned_column_cells(text, start, end, lists::REACH, &mut add);
        let column = &column[..len];
        if !in_table || column.iter().filter(|c| is_name(c)).count() < 2 {
            return false;
        }
        let mut vote = lists::Vote::default();
        for cell in column {
            let content = &text[cell.0..cell.1];
            // Empty cells and rules ("---") say nothing.
            if !content.chars().any(char::is_alphabetic) {
                continue;
            }
            vote.add(if is_name(cell) {
                lists::Item::Name
            } else if lists::cell_shape(content) {
                lists::Item::Same
            } else {
                lists::Item::Other
            });
        }
        if !vote.says_names() {
            return false;
        }
        self.accept_item(a, b)
    }

    /// The line `from..to` as an item of a list: a name of the first pass
    /// (`out[self.out_base..first_pass]`) ends its content and starts in it ("Chenda Nhem",
    /// "M. et Mme Gebreyesus"), or something else; `None` for a line that ends the block.
    /// Beside a register's entry (`led`), the name must start in the item's head: "21h00
    /// Groupe X (scène B) — contrat au nom de Name" is an entry of a band, its contact after.
    fn list_line(
        &self,
        from: usize,
        to: usize,
        first_pass: usize,
        led: bool,
    ) -> Option<lists::Item> {
        let (s, e) = lists::content(&self.text[from..to], led);
        // A blank line ends a block, as a long one (a paragraph) does, and a label ("Objet
        // :"): what follows it is its value.
        if s == e || e - s > 80 || self.text[from + s..from + e].ends_with(':') {
            return None;
        }
        let (s, e) = (from + s, from + e);
        // The item's head, without what is said of it ("Chenda Nhem (Qualité)").
        let content = &self.text[s..e];
        // Most lines hold neither a parenthesis nor a dash (0xE2 opens "—" and "–").
        let h = if memchr::memchr2(b'(', 0xE2, content.as_bytes()).is_some() {
            s + lists::head(content).len()
        } else {
            e
        };
        let names = &self.out[self.out_base..first_pass];
        let i = names.partition_point(|d| d.span.start < s);
        let name = names[i..].iter().take_while(|d| d.span.start < e).any(|d| {
            d.kind == Kind::Person
                && (d.span.end == e || d.span.end == h)
                && (!led || d.span.start < h)
        });
        Some(if name {
            lists::Item::Name
        } else if lists::same_shape(&self.text[s..h]) {
            lists::Item::Same
        } else {
            lists::Item::Other
        })
    }

    /// Second pass: the words of the names found are names wherever else they appear.
    /// Whether `t`, a capitalised word that no list flags, may be part of a name next to a
    /// name found: two letters or more with a vowel, no particle, initial or stop word,
    /// not glued to digits, no legal form or trade word ("Vasseur Holding", "Vasseur
    /// Immobilier": companies). Shop types that no list holds are taken in ("Cave Bouvier").
    fn plain_name_word(&self, t: Tok) -> bool {
        let bytes = self.text.as_bytes();
        let word = &self.text[t.start..t.end];
        !t.is(PARTICLE | STOP | INITIAL | BREAK)
            && t.end - t.start >= 2
            && !bytes.get(t.end).is_some_and(u8::is_ascii_digit)
            && has_vowel(word)
            && !is_company_marker(word)
            && !self.trade_word(t)
            && (t.is(FIRST | SURNAME) || !company::act_noun(word))
    }

    /// [`company::trade_word`] of the word `t`, told first by its hash where it has one
    /// ([`company::TradeHashes`]): most words are none, and are told so with no folding.
    fn trade_word(&self, t: Tok) -> bool {
        let word = &self.text[t.start..t.end];
        // A word read with no hash (a code, an initial) has 0.
        let may = t.hash == 0 || self.lex().trade_hashes.may_hold(t.hash);
        #[cfg(test)]
        assert!(may || !company::trade_word(word), "at byte {}", t.start);
        may && company::trade_word(word)
    }

    fn propagate(&mut self) {
        if self.found.is_empty() || self.pending.is_empty() {
            return;
        }
        self.found.sort_unstable();
        self.found.dedup();
        // A bit per top 16 bits of the hashes found: most words found in no name are ruled
        // out by it, without a binary search.
        let mut found_bits = vec![0u64; 1 << 10];
        for &h in &self.found {
            found_bits[(h >> 54) as usize] |= 1 << ((h >> 48) & 63);
        }
        let found = std::mem::take(&mut self.found);
        let known = |hash: u64| {
            found_bits[(hash >> 54) as usize] & (1 << ((hash >> 48) & 63)) != 0
                && found.binary_search(&hash).is_ok()
        };
        let pending = std::mem::take(&mut self.pending);
        for (k, &(a, b)) in pending.iter().enumerate() {
            prefetch_run(&self.toks, &pending, k);
            let mut i = a;
            while i < b {
                let t = self.toks[i];
                // A word glued to digits ("FR" in "FR0355…", an identifier) is no name. Most
                // words were found in no name: `known` tells so from its bit set, which stays
                // in the cache, before the bytes around the word are read, which the scan of a
                // long text has evicted since (they were read first, and missed the cache for
                // every word set aside: about 6 % of `detect`'s own samples on 12 MB, `perf`).
                let bytes = self.text.as_bytes();
                let glued = || {
                    bytes.get(t.end).is_some_and(u8::is_ascii_digit)
                        || t.start > 0 && bytes[t.start - 1].is_ascii_digit()
                };
                let hit = !t.is(STOP) && known(t.hash) && !glued();
                if !hit {
                    i += 1;
                    continue;
                }
                let mut first = i;
                // A legal form taken for a name ("SCOP") takes in no unknown word.
                let plain_ok = !is_company_marker(&self.text[t.start..t.end]);
                // "Youa Thao" where "Thao" was found: the word before a name found is its
                // first name, known or not, when one space parts them and the word opens no
                // line or cell, where actions and headings stand ("Appeler Tojo Rabe",
                // "Entretien Mawunyo Agbodjan", "Résultats de Lova").
                while first > a {
                    let p = self.toks[first - 1];
                    // "R. Ahmadi" where "Ahmadi" was found: the initial of its first name.
                    if p.is(INITIAL) {
                        first -= 1;
                        break;
                    }
                    let known = known(p.hash);
                    let unknown_first = || {
                        plain_ok
                            && self.plain_name_word(p)
                            && &self.text[p.end..self.toks[first].start] == " "
                            && (!cells::opens_line_or_cell(self.text.as_bytes(), p.start)
                                || self.surname_earlier_in_row(first, i))
                            // "Semble fatiguée. Prévenu Zulmira Morina.": a participle
                            // opening a sentence is what was done.
                            && !(participle(&self.text[p.start..p.end])
                                && self.text[..p.start].trim_end().ends_with(['.', '!', '?']))
                    };
                    if p.is(STOP) || !(p.is(FIRST) || known || unknown_first()) {
                        break;
                    }
                    first -= 1;
                }
                let mut last = i;
                let mut j = i + 1;
                while j < b {
                    let n = self.toks[j];
                    if n.is(PARTICLE) {
                        j += 1;
                        continue;
                    }
                    let known = known(n.hash);
                    // An unknown word right after the name, no particle between ("IYER
                    // Niroshan"; not "Tannerie des Remparts").
                    let unknown_next = || {
                        plain_ok
                            && j == last + 1
                            && &self.text[self.toks[last].end..n.start] == " "
                            && self.plain_name_word(n)
                    };
                    if n.is(STOP) || !(known || n.nameish() || unknown_next()) {
                        break;
                    }
                    last = j;
                    j += 1;
                }
                let start = self.toks[first].start;
                let end = initials::end_with_initial(self.text, start, self.toks[last].end);
                // "MUNTEANU, Bożena" making up a cell, "MUNTEANU" found before ([`inverted`]).
                let (start, end) = inverted::whole_cell(self.text, start, end);
                let span = Span { start, end };
                i = last + 1;
                // "Transports Girard SAS", "Fleuriste Vidal": the name of a company.
                if company_marker_after(self.text, span.end)
                    || self.after_place_word(span.start)
                    || !names_someone(&self.text[span.start..span.end])
                {
                    continue;
                }
                self.out.push(Detection {
                    kind: Kind::Person,
                    span,
                    rule: self.det.repeat.clone(),
                    priority: PRIORITY,
                });
            }
        }
    }
}

/// How many runs set aside ahead of the one judged [`prefetch_run`] asks for.
const PENDING_AHEAD: usize = 8;

/// Asks for the cache line of the first token of `pending[k + PENDING_AHEAD]`, for the second
/// passes over the runs set aside ([`Scan::list_items`], [`Scan::propagate`]): by then the
/// scan of a long text has pushed the tokens out of the caches, and the two loops' reads of
/// them (a test of flags, a bit set lookup of the hash) took about a fifth of `detect`'s own
/// samples on the 12 MB mixed corpus (`perf record -e cpu-clock`), each read waiting for the
/// memory while the loop had little else to do.
#[inline(always)]
fn prefetch_run(toks: &[Tok], pending: &[(usize, usize)], k: usize) {
    if let Some(t) = pending
        .get(k + PENDING_AHEAD)
        .and_then(|&(a, _)| toks.get(a))
    {
        crate::clients::prefetch(t);
    }
}

/// Where the last field of `line` starts: after its last sentence end (". "), dash ("—",
/// "–"), opening parenthesis, or run of two spaces, which sets the fields of a form apart on
/// one line ("1. Nom : ZADI    Prénoms : …"); `None` when it has none. One backward search
/// for the three bytes that open the first three, a byte loop for the spaces.
fn after_last_field(line: &str) -> Option<usize> {
    let b = line.as_bytes();
    // At most a 40-byte window: a plain loop, no searcher to build.
    let gap = b.windows(2).rposition(|w| w == b"  ").map(|i| i + 2);
    let mut end = b.len();
    while let Some(i) = memchr::memrchr3(b'.', 0xE2, b'(', &b[..end]) {
        let field = match b[i] {
            b'(' => i + 1,
            b'.' if b.get(i + 1) == Some(&b' ') => i + 2,
            0xE2 if matches!(b.get(i + 1..i + 3), Some([0x80, 0x93 | 0x94])) => i + 3,
            _ => {
                end = i;
                continue;
            }
        };
        return Some(gap.map_or(field, |g| g.max(field)));
    }
    gap
}

/// Whether the folded text `p` (trimmed) ends with a label of a thing and its colon
/// ("véhicule :"): what follows is that thing ([`CTX_THING`]), whatever it reads as.
fn thing_value(lex: &Lexicon, p: &str) -> bool {
    p.strip_suffix(':')
        .is_some_and(|head| lex.context_of(head.trim_end()) == Some(CTX_THING))
}

/// Whether the folded text `p` (trimmed) ends with "de chez": "Inès de chez Brico Sud",
/// "une cliente de chez Opaline Beauté"; what follows is where someone works, a company,
/// even when it bears a name ("de chez Pierre Fabre").
fn employer_after(p: &str) -> bool {
    p.ends_with("chez") && ends_with_word(p, "de chez")
}

/// Whether `raw`, the text before a colon, labels a person: a listed label ("Présents",
/// "Cc", "Rédigé par"), a role with or without a determiner or a qualifier ("Votre
/// conseiller", "Tutrice désignée", "Responsable hiérarchique"), in inclusive writing or not
/// ("Candidat(e)", "Assisté·e de"), or a participle with "par" ("Pris par", "Traité par").
fn person_label(lex: &Lexicon, raw: &str) -> bool {
    let raw = strip_count(strip_bullet(raw.trim()).trim_end());
    if raw.len() > 48 {
        return false;
    }
    let mut folded = String::with_capacity(raw.len() + 8);
    fold_into(raw, &mut folded);
    if lex.labels.contains_key(folded.as_str()) {
        return true;
    }
    // '·' is the only character with a 0xB7 byte that matters here; another one only costs
    // the replacements below, which change nothing.
    if folded.bytes().any(|b| b == b'(' || b == 0xB7) {
        for mark in ["(e)s", "(es)", "(e)", "(s)", "\u{b7}es", "\u{b7}e"] {
            folded = folded.replace(mark, "");
        }
    }
    let label = strip_determiner(&folded);
    // "Agents", "Visas", "Techniciens": a label of one person in the plural labels several
    // (not "Des", "As": the labels "de", "à").
    let plural_label = |label: &str| {
        lex.labels.contains_key(label)
            || label
                .strip_suffix('s')
                .is_some_and(|one| one.len() >= 3 && lex.labels.contains_key(one))
    };
    if plural_label(label) {
        return true;
    }
    // "Témoins entendus", "Visiteurs reçus": such a label and a participle.
    // Most labels have no head of people: told before the last word is looked for.
    if let Some((head, rest)) = label.split_once(' ') {
        if !rest.contains(' ')
            && plural_label(head)
            && raw
                .rsplit_once(' ')
                .is_some_and(|(_, last)| participle(last))
        {
            return true;
        }
    }
    if label.bytes().filter(|&b| b == b' ').count() >= 4 {
        return false;
    }
    if let Some(before) = raw
        .strip_suffix(" par")
        .or_else(|| raw.strip_suffix(" Par"))
    {
        if participle(last_field(before)) {
            return true;
        }
    }
    let first = label.split(' ').next().unwrap_or(label);
    // "Candidats au conseil syndical", "Formateurs" : a role in the plural.
    lex.context_of(first) == Some(CTX_ROLE)
        || first
            .strip_suffix('s')
            .is_some_and(|one| lex.context_of(one) == Some(CTX_ROLE))
        // "Visa RH", "Signature DRH", "Agents SSIAP": a label and the department it is
        // given for, or the qualification its people hold.
        || raw
            .rsplit_once(' ')
            .is_some_and(|(head, department)| {
                caps::capitals_up_to(department, 6) && person_label(lex, head)
            })
}

/// `label` without the count in parentheses that ends it ("Membres (6)", "Présents (12)").
fn strip_count(label: &str) -> &str {
    label
        .strip_suffix(')')
        .and_then(|l| l.rsplit_once('('))
        .filter(|(_, n)| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
        .map_or(label, |(l, _)| l.trim_end())
}

/// Whether `prefix` (a line up to a name) is a short label before a colon, none of whose
/// words is a stop or break word ("Semaine 2 :", not "Objet :", "Ville :", "Lieu :").
fn plain_label(lex: &Lexicon, prefix: &str) -> bool {
    let Some(label) = prefix.trim_end().strip_suffix(':') else {
        return false;
    };
    let label = strip_bullet(label.trim());
    if label.is_empty() || label.len() > 24 || label.contains(':') {
        return false;
    }
    let mut folded = String::with_capacity(label.len() + 4);
    let mut words = 0;
    for word in label.split_whitespace() {
        words += 1;
        fold_into(word, &mut folded);
        if words > 3 || lex.flags(&folded) & (STOP | BREAK) != 0 {
            return false;
        }
    }
    true
}

/// `label` without a leading possessive or article ("votre conseiller" → "conseiller").
fn strip_determiner(label: &str) -> &str {
    for det in [
        "votre ", "notre ", "vos ", "nos ", "mon ", "ma ", "ton ", "ta ", "son ", "sa ", "le ",
        "la ", "les ", "l'",
    ] {
        if let Some(rest) = label.strip_prefix(det) {
            return rest.trim_start();
        }
    }
    label
}

/// Whether a word of the text (not folded: the accent tells "commandé" from "commande") is
/// shaped like a past participle: "traité(e)(s)", "suivi", "pris", "reçu", "écrit", "ouvert",
/// "peint". Used before "par", whose object is then the agent: a person, or a company that
/// the company words catch.
fn participle(word: &str) -> bool {
    let w = word.trim_end_matches('s');
    let w = w
        .strip_suffix('e')
        .filter(|w| w.ends_with(['é', 'i', 'u', 't']))
        .unwrap_or(w);
    if w.chars().count() < 3 {
        return false;
    }
    w.ends_with(['é', 'É', 'u', 'U'])
        || (w.ends_with(['i', 'I']) && !w.ends_with(['o', 'O']) && !w.ends_with("oi"))
        || w.ends_with("it")
        || w.ends_with("ert")
        || w.ends_with("int")
}

/// `s` without the bullets and indents before a label: list marks, and the branches of a
/// tree drawn with box-drawing characters ("│   ├── responsable paie :"), as org charts and
/// folder listings are.
fn strip_bullet(s: &str) -> &str {
    s.trim_start_matches(|c: char| {
        matches!(c, '-' | '*' | '•' | '–' | '—' | '>' | ' ' | '\t')
            || ('\u{2500}'..='\u{257f}').contains(&c)
    })
}

/// Where `w` ends once the blanks that the folded window trims are trimmed: tabs, spaces,
/// and the characters folded to a space (NBSP, U+202F, U+2009), which French typography puts
/// inside « » and before ":".
fn end_before_blanks(w: &[u8]) -> usize {
    // Most windows end with one space (the one before the run): taken off first without a
    // branch, so that the loop's first test most often ends it.
    let mut end = w.len() - usize::from(w.last() == Some(&b' '));
    loop {
        end = match w[..end] {
            [.., b' ' | b'\t'] => end - 1,
            [.., 0xC2, 0xA0] => end - 2,
            [.., 0xE2, 0x80, 0xAF | 0x89] => end - 3,
            _ => return end,
        };
    }
}

/// Where the last word of `w[..end]` starts, as the folded text splits it: after the last
/// character that folds to a space (a space, NBSP, U+202F, U+2009).
fn last_word_start(w: &[u8], end: usize) -> usize {
    let mut from = end;
    while from > 0 {
        let b = w[from - 1];
        // A tab too: the full reading reads a window from its last tab (see
        // `Scan::window_context`).
        let space = b == b' '
            || b == b'\t'
            || b == 0xA0 && from >= 2 && w[from - 2] == 0xC2
            || matches!(b, 0xAF | 0x89) && from >= 3 && w[from - 3..from - 1] == [0xE2, 0x80];
        if space {
            break;
        }
        from -= 1;
    }
    from
}

/// [`last_word_start`] of `text[lo..end]`, as an offset in `text`: the sixteen bytes before
/// `end` are read at once (those before `lo` left out), and when the bytes after their last
/// space are ASCII that space ends the search (most last words of windows are short and
/// ASCII); otherwise the byte loop decides. The loop's end, after a word of any length,
/// mispredicted about once a window.
#[inline]
fn last_word_start_in(text: &[u8], lo: usize, end: usize) -> usize {
    #[cfg(all(target_arch = "x86_64", target_feature = "sse2"))]
    if end >= 16 {
        // SAFETY: SSE2 is enabled for this build (the `cfg` above): it is part of every
        // x86-64 target. `end - 16..end` lies in `text` (`end >= 16`).
        let (spaces, high) = unsafe { space_and_high_masks(&text[end - 16..end]) };
        // The lanes from `lo` on.
        let keep = 0xFFFF
            & u32::MAX
                .checked_shl((lo + 16).saturating_sub(end) as u32)
                .unwrap_or(0);
        let spaces = spaces & keep;
        // One past the last space's lane (0 without a space): the word's lanes are above.
        let top = 32 - spaces.leading_zeros();
        let word = keep & !((1 << top) - 1);
        if high & word == 0 && (spaces != 0 || lo + 16 > end) {
            return (end - 16 + top as usize).max(lo);
        }
    }
    lo + last_word_start(&text[lo..end], end - lo)
}

/// The lanes of `chunk` that hold an ASCII letter and those that hold an upper-case one, and
/// the sixteen bytes with `0x20` set (the letters lower-cased): what [`Scan::fast_word`] reads
/// sixteen bytes at a time.
#[cfg(all(target_arch = "x86_64", target_feature = "sse2"))]
#[target_feature(enable = "sse2")]
#[inline]
unsafe fn letter_lanes_sse2(chunk: &[u8; 16]) -> (u32, u32, [u8; 16]) {
    use crate::sse2::{splat, within};
    use std::arch::x86_64::{_mm_loadu_si128, _mm_movemask_epi8, _mm_or_si128, _mm_storeu_si128};
    // SAFETY: `chunk` holds the 16 bytes read; `loadu` has no alignment requirement.
    let v = unsafe { _mm_loadu_si128(chunk.as_ptr().cast()) };
    let lower = _mm_or_si128(v, splat(0x20));
    let mut out = [0u8; 16];
    // SAFETY: `out` holds the 16 bytes written; `storeu` has no alignment requirement.
    unsafe { _mm_storeu_si128(out.as_mut_ptr().cast(), lower) };
    (
        _mm_movemask_epi8(within(lower, b'a', b'z')) as u32,
        _mm_movemask_epi8(within(v, b'A', b'Z')) as u32,
        out,
    )
}

/// The lanes of `block` (16 bytes) that hold a space or a tab, and those that hold a byte of 0x80 or
/// above.
#[cfg(all(target_arch = "x86_64", target_feature = "sse2"))]
#[target_feature(enable = "sse2")]
#[inline]
unsafe fn space_and_high_masks(block: &[u8]) -> (u32, u32) {
    use std::arch::x86_64::{_mm_loadu_si128, _mm_movemask_epi8};
    debug_assert_eq!(block.len(), 16);
    // SAFETY: `block` holds the 16 bytes read (the caller passes 16 bytes); `loadu` has no
    // alignment requirement.
    let v = unsafe { _mm_loadu_si128(block.as_ptr().cast()) };
    (
        _mm_movemask_epi8(crate::sse2::eq(v, b' ')) as u32
            | _mm_movemask_epi8(crate::sse2::eq(v, b'\t')) as u32,
        _mm_movemask_epi8(v) as u32,
    )
}

/// Whether `bytes` ends with "–", "—", "°", "«", "»", "€" or "’": the signs that
/// [`Scan::plain_window`] passes over (their lead bytes are never continuation bytes, so
/// the patterns match those characters only).
fn ends_with_plain_sign(bytes: &[u8]) -> bool {
    matches!(
        bytes,
        [.., 0xE2, 0x80, 0x93 | 0x94 | 0x99]
            | [.., 0xC2, 0xB0 | 0xAB | 0xBB]
            | [.., 0xE2, 0x82, 0xAC]
    )
}

fn is_bullet(p: &str) -> bool {
    if p.is_ascii() {
        // A byte a character, the blanks that `trim` takes are these six, and the bullet
        // characters left are the ASCII ones: told by bytes (7,000 windows at line starts on
        // a 3 MB business text, each trimmed and counted by character before).
        let b = p.as_bytes();
        let blank = |c: &u8| matches!(c, b'\t' | b'\n' | 0x0B | 0x0C | b'\r' | b' ');
        let start = b.iter().position(|c| !blank(c)).unwrap_or(b.len());
        let end = b.iter().rposition(|c| !blank(c)).map_or(start, |i| i + 1);
        let bullet = &b[start..end];
        return !bullet.is_empty()
            && bullet.len() <= 4
            && bullet.iter().all(|&c| {
                matches!(c, b'-' | b'*' | b'>' | b'.' | b')' | b' ') || c.is_ascii_digit()
            });
    }
    is_bullet_by_chars(p)
}

/// [`is_bullet`] by characters: what other text than ASCII goes through, and the reference in
/// tests.
fn is_bullet_by_chars(p: &str) -> bool {
    // A bullet ends with one of its characters ("•", "–" and "—" with their last byte): most
    // prefixes end with a letter, and are not counted.
    let last = p.trim_end().as_bytes().last();
    if !last.is_some_and(|b| {
        matches!(
            b,
            b'-' | b'*' | b'>' | b'.' | b')' | b'0'
                ..=b'9'
                | 0xA2
                | 0x93
                | 0x94
                // The last bytes of the decorative bullets: "▪", "►", "●", "◦", "★", "♥".
                | 0xAA
                | 0xBA
                | 0x8F
                | 0xA6
                | 0x85
                | 0xA5
        )
    }) {
        return false;
    }
    let p = p.trim();
    // More than 16 bytes is more than 4 characters: most prefixes are, and are not counted.
    !p.is_empty()
        && p.len() <= 16
        && p.chars().count() <= 4
        && p.chars().all(|c| {
            matches!(c, '-' | '*' | '•' | '–' | '—' | '>' | '.' | ')' | ' ')
                || c.is_ascii_digit()
                || lists::DECORATIVE_BULLETS.contains(&c)
        })
}

/// "[10:32]", "10:32", "14h05 -", and the date and time of exported chats: "17/01/2024 09:16
/// -" (WhatsApp on Android), "[17/01/2024 09:16:12]" (on iPhone), "17/01/2024, 09:16 -": the
/// time stamp of a chat line.
fn is_timestamp(p: &str) -> bool {
    // Both forms end with a digit, ':' or 'h': most prefixes end with a letter.
    if !gate::may_be_timestamp(p) {
        return false;
    }
    is_timestamp_in_full(p)
}

/// [`is_timestamp`] without its look at the last byte: the whole check.
fn is_timestamp_in_full(p: &str) -> bool {
    // `p.trim_matches(['[', ']', '(', ')', '-', ' ', '|'])`, by bytes: the frame characters
    // are ASCII, so the bytes trimmed are those characters (trimmed by character, most windows
    // that end with a digit cost about 230 instructions to find they open with a word).
    let bytes = p.as_bytes();
    let from = bytes
        .iter()
        .position(|&b| !gate::timestamp_frame(b))
        .unwrap_or(bytes.len());
    let to = bytes
        .iter()
        .rposition(|&b| !gate::timestamp_frame(b))
        .map_or(from, |i| i + 1);
    let core = &p[from..to];
    #[cfg(test)]
    assert_eq!(core, p.trim_matches(['[', ']', '(', ')', '-', ' ', '|']));
    if !core.starts_with(|c: char| c.is_ascii_digit()) {
        return false;
    }
    if (4..=8).contains(&core.len()) {
        return core.bytes().any(|b| b == b':' || b == b'h')
            && core
                .bytes()
                .all(|b| b.is_ascii_digit() || b == b':' || b == b'h');
    }
    // A date, then a time: "17/01/2024 09:16", "17/01/2024, 09:16:12", and the French
    // "09h16" that SMS and voicemail exports print ("[03/01/2026 09h00] Name: …").
    let Some((date, time)) = core.split_once(' ') else {
        return false;
    };
    let date = date.trim_end_matches(',');
    let time = time.trim_start();
    (6..=10).contains(&date.len())
        && date.bytes().filter(|&b| b == b'/' || b == b'.').count() == 2
        && date
            .bytes()
            .all(|b| b.is_ascii_digit() || b == b'/' || b == b'.')
        && (4..=8).contains(&time.len())
        && time.starts_with(|c: char| c.is_ascii_digit())
        && time.bytes().filter(|&b| b == b':' || b == b'h').count() >= 1
        && time
            .bytes()
            .all(|b| b.is_ascii_digit() || b == b':' || b == b'h')
}

/// Whether `prefix` (the line up to a capitalised word) ends a sentence: a full stop, "!" or
/// "?" after a lower-case word of three letters or more ("… la semaine. Nous"), which no
/// civility ("M.", "Dr.", "Mme.") or street abbreviation ("av.", "bd.") looks like. Most
/// capitalised words in prose are there, and need no further look.
fn after_sentence_end(prefix: &str) -> bool {
    let p = trim_end_spaces(prefix.as_bytes());
    let Some((&last, before)) = p.split_last() else {
        return false;
    };
    if last == b'!' || last == b'?' {
        return true;
    }
    if last != b'.' {
        return false;
    }
    let letters = before
        .iter()
        .rev()
        .take_while(|b| b.is_ascii_lowercase() || **b >= 0x80)
        .count();
    letters >= 3
        && before.len() > letters
        && !before[before.len() - letters - 1].is_ascii_uppercase()
}

/// `bytes` without the spaces and NBSPs at its end: what `trim_end_matches([' ', '\u{a0}'])`
/// trims from the text, by bytes (C2 A0 is NBSP wherever it ends a text: C2 is a lead byte),
/// without the character search of the `str` method (this runs before most runs).
fn trim_end_spaces(bytes: &[u8]) -> &[u8] {
    // One space taken off first, without a branch: see `end_before_blanks`.
    let mut bytes = &bytes[..bytes.len() - usize::from(bytes.last() == Some(&b' '))];
    loop {
        bytes = match bytes {
            [rest @ .., b' '] => rest,
            [rest @ .., 0xC2, 0xA0] => rest,
            _ => return bytes,
        };
    }
}

/// `bytes` without the spaces and NBSPs at both ends: `trim_matches([' ', '\u{a0}'])`, by
/// bytes.
fn trim_spaces(mut bytes: &[u8]) -> &[u8] {
    loop {
        bytes = match bytes {
            [b' ', rest @ ..] => rest,
            [0xC2, 0xA0, rest @ ..] => rest,
            _ => return trim_end_spaces(bytes),
        };
    }
}

/// " (10:32) :" or " [10:32] :" after a name at the start of a chat line.
fn speaker_with_time(rest: &str) -> bool {
    let rest = near(rest).trim_start_matches([' ', '\u{a0}']);
    if !rest.starts_with(['(', '[']) {
        return false;
    }
    let head = &rest.as_bytes()[..rest.len().min(14)];
    let Some(close) = head.iter().position(|&b| b == b')' || b == b']') else {
        return false;
    };
    is_timestamp(&rest[..=close]) && followed_by_colon(&rest[close + 1..])
}

/// The first few bytes of `rest`, so that looking after a name never scans the whole text.
fn near(rest: &str) -> &str {
    let mut end = rest.len().min(32);
    while !rest.is_char_boundary(end) {
        end -= 1;
    }
    &rest[..end]
}

/// Whether a dash between blanks follows, then a lower-case word ("Padraig Kavanagh —
/// chèque de…"): as a colon does, it sets an item's head apart from what is said of it. An
/// address or a price after the dash ("Brico Sud — 12 rue…", "Option Confort — 40 €") makes
/// the head a place or a product.
fn followed_by_dash(rest: &str) -> bool {
    rest.strip_prefix([' ', '\u{a0}'])
        .and_then(|r| r.strip_prefix(['—', '–']))
        .and_then(|r| r.strip_prefix([' ', '\u{a0}']))
        .and_then(|r| r.chars().next())
        .is_some_and(char::is_lowercase)
}

fn followed_by_colon(rest: &str) -> bool {
    near(rest)
        .trim_start_matches([' ', '\u{a0}'])
        .starts_with(':')
}

/// Whether `word` is a legal form or "Fils", "Frères" ([`COMPANY_MARKERS`]), in any case.
fn is_company_marker(word: &str) -> bool {
    // Most capitalised words are longer than any marker: no comparison with each.
    word.len() <= COMPANY_MARKER_BYTES
        && COMPANY_MARKERS.iter().any(|f| word.eq_ignore_ascii_case(f))
}

/// Whether a legal form, "& Fils" or a trade word ([`company::trade_word`]) comes after byte
/// `end`, at most two capitalised words further ("MARTIN SARL", "Lemoine Traiteur SAS",
/// "Renard Distribution & Cie", "Jean Lain Automobiles"): the words before it name a
/// company.
fn company_marker_after(text: &str, end: usize) -> bool {
    // Each form below opens with a space: most names end a field, a line or a sentence.
    if text.as_bytes().get(end) != Some(&b' ') {
        return false;
    }
    let mut rest = near(&text[end..]);
    for _ in 0..3 {
        let Some(r) = rest
            .strip_prefix(" & ")
            .or_else(|| rest.strip_prefix(" et "))
            .or_else(|| rest.strip_prefix(' '))
        else {
            return false;
        };
        // Most words after a name open with no capital: told before the word is read.
        if !r.starts_with(is_upper) {
            return false;
        }
        let word_end = r.find(|c: char| !is_letter(c)).unwrap_or(r.len());
        let word = &r[..word_end];
        if !word.starts_with(is_upper) {
            return false;
        }
        if is_company_marker(word) {
            return true;
        }
        // "Jean Lain Automobiles", "Dupont Immobilier SAS".
        if company::trade_word(word) {
            return true;
        }
        rest = &r[word_end..];
    }
    false
}

/// Whether `rest` (after a word that opens a line) addresses that word as a person: a comma,
/// then "tu", "vous", a request ("peux-tu", "pourriez-vous"), "merci"… Discourse words that
/// take the same place ("Alors, tu…", "Super, merci") are stop words.
fn vocative(rest: &str) -> bool {
    let Some(after) = near(rest).strip_prefix(',') else {
        return false;
    };
    let after = after.trim_start_matches([' ', '\u{a0}']);
    let end = after
        .find(|c: char| !(is_letter(c) || c == '-'))
        .unwrap_or(after.len());
    let word = &after[..end];
    let elided = after[end..].starts_with(['\'', '\u{2019}']);
    if elided {
        return word == "t";
    }
    [
        "tu",
        "vous",
        "peux-tu",
        "pourrais-tu",
        "pouvez-vous",
        "pourriez-vous",
        "as-tu",
        "avez-vous",
        "sais-tu",
        "savez-vous",
        "est-ce",
        "merci",
        "stp",
        "svp",
        "dis-moi",
        "dites-moi",
    ]
    .iter()
    .any(|w| word.eq_ignore_ascii_case(w))
}

/// Whether `rest` (after words that open a line) is a chat message: a colon, then words that
/// open a spoken sentence ("Qui a les clés ?", "C'est Rustam qui…", "Oui je regarde"), which
/// the value of a form field ("Motif : souhaite…", "Objet : Relance") does not start with.
fn chat_message(rest: &str) -> bool {
    let rest = near(rest).trim_start_matches([' ', '\u{a0}']);
    let Some(after) = rest.strip_prefix(':') else {
        return false;
    };
    let after = after.trim_start_matches([' ', '\u{a0}']);
    // A mention then words opens a message to someone ("Dzifa : @Marc j'ai relancé"); a
    // handle alone is a field's value ("Twitter : @caviard").
    if let Some(handle) = after.strip_prefix('@') {
        let end = handle.find(' ').unwrap_or(handle.len());
        return handle[end..]
            .trim_start_matches(' ')
            .starts_with(char::is_lowercase);
    }
    let end = after.find(|c: char| !is_letter(c)).unwrap_or(after.len());
    let word = &after[..end];
    let elided = after[end..].starts_with(['\'', '\u{2019}']);
    if elided {
        return ["c", "t", "qu"]
            .iter()
            .any(|w| word.eq_ignore_ascii_case(w));
    }
    // Not "je", "nous", "merci", "oui": a ticket's "Cause : Nous avons…", "Action : Merci
    // de…", a form's "Payé : Oui" open the same way.
    [
        "tu", "qui", "quelqu", "salut", "coucou", "moi", "toi", "ah", "oh", "euh", "bah",
    ]
    .iter()
    .any(|w| word.eq_ignore_ascii_case(w))
}

/// Whether `raw` (the text before a name, not folded) ends with a past participle and "par":
/// "Traité par", "Relance prévue par", "Réceptionné par".
fn agent_of_participle(raw: &str) -> bool {
    let Some(before) = raw.strip_suffix("par").or_else(|| raw.strip_suffix("Par")) else {
        return false;
    };
    let before = before.trim_end();
    participle(before.rsplit([' ', '\n', '(']).next().unwrap_or(before))
}

/// The particles that may stand between a civility and a name, as the last word of the
/// window before the name ("Mme de La Tour", "M. du Bellay"; "d'" is told by its apostrophe):
/// see [`particle_after_civility`].
const CIVILITY_PARTICLES: [&str; 5] = ["de", "du", "des", "la", "a"];

/// "Mme de La Tour", "Madame d'Ormesson": the byte offset in `raw` (the window before the
/// name, not folded) where a lower-case particle after a civility starts, if `p` (the same
/// window folded) ends with one.
fn particle_after_civility(lex: &Lexicon, p: &str, raw: &str) -> Option<usize> {
    let (p_rest, raw_rest) = if let Some(r) = p.strip_suffix("d'") {
        let raw_rest = raw
            .strip_suffix("d'")
            .or_else(|| raw.strip_suffix("d\u{2019}"))?;
        (r, raw_rest)
    } else {
        let particle = ["de la", "de", "du", "des"]
            .into_iter()
            .find(|q| ends_with_word(p, q))?;
        (&p[..p.len() - particle.len()], raw.strip_suffix(particle)?)
    };
    let (p_rest, raw_rest) = (p_rest.trim_end(), raw_rest.trim_end());
    if lex.context_of(p_rest) != Some(CTX_CIVILITY) {
        return None;
    }
    // "me" and "m" are civilities only when capitalised ("Me Dupont").
    let word = last_field(raw_rest);
    if word.len() <= 3 && !word.starts_with(|c: char| c.is_uppercase()) {
        return None;
    }
    let gap = &raw[raw_rest.len()..];
    Some(raw_rest.len() + gap.len() - gap.trim_start().len())
}

fn has_vowel(word: &str) -> bool {
    word.chars().any(|c| {
        matches!(c.to_ascii_uppercase(), 'A' | 'E' | 'I' | 'O' | 'U' | 'Y') || !c.is_ascii()
    })
}

/// Endings typical of surnames of some origins: see [`surname_shape`].
const SURNAME_ENDINGS: &[&str] = &[
    "ski", "ska", "cki", "cka", "dzki", "wicz", "czyk", "czak", "enko", "chuk", "yuk", "ishvili",
    "adze", "idze", "yan", "ian", "ova", "eva", "ovic", "evic", "escu", "oglu", "opoulos", "akis",
    "idis", "sson", "aratnam", "alingam", "anathan", "arajah", "rajah", "ingham", "anayagam",
];
/// Beginnings typical of surnames of some origins: see [`surname_shape`].
const SURNAME_BEGINNINGS: &[&str] = &[
    "rakoto", "randria", "andria", "razaf", "ravelo", "rasoa", "ratsim", "rabe", "mc",
];

/// For each last byte of a word, a bit per byte before it (by its low five bits) for which a
/// [`SURNAME_ENDINGS`] entry ends with those two bytes; the same for the first two bytes and
/// [`SURNAME_BEGINNINGS`]. Most words are ruled out by these two lookups, without comparing
/// them with every ending (that was 18M instructions on a 3 MB corpus, for words no list
/// knows).
const SURNAME_END_PAIRS: [u32; 256] = edge_pairs(SURNAME_ENDINGS, true);
const SURNAME_BEGIN_PAIRS: [u32; 256] = edge_pairs(SURNAME_BEGINNINGS, false);

const fn edge_pairs(list: &[&str], at_end: bool) -> [u32; 256] {
    let mut pairs = [0u32; 256];
    let mut i = 0;
    while i < list.len() {
        let w = list[i].as_bytes();
        let (edge, inner) = if at_end {
            (w[w.len() - 1], w[w.len() - 2])
        } else {
            (w[0], w[1])
        };
        pairs[edge as usize] |= 1 << (inner & 31);
        i += 1;
    }
    pairs
}

/// Endings and beginnings typical of surnames of some origins (Polish, Ukrainian, Russian,
/// Armenian, Georgian, Romanian, Greek, Turkish, Nordic, Malagasy, Tamil, Irish, Scottish),
/// for the many surnames that no list holds. Folded input; long words only, so that French
/// words with the same ending rarely qualify.
fn surname_shape(folded: &[u8]) -> bool {
    let n = folded.len();
    if n < 6 {
        return false;
    }
    let pair =
        |pairs: &[u32; 256], edge: u8, inner: u8| pairs[usize::from(edge)] >> (inner & 31) & 1;
    if pair(&SURNAME_END_PAIRS, folded[n - 1], folded[n - 2]) == 0
        && pair(&SURNAME_BEGIN_PAIRS, folded[0], folded[1]) == 0
    {
        return false;
    }
    // Characters: UTF-8 bytes that are no continuation byte.
    let len = folded.iter().filter(|&&b| b & 0xC0 != 0x80).count();
    if len < 6 {
        return false;
    }
    // The last and the first eight bytes (`n` is at least 6: zeros stand for the bytes
    // missing, which no affix holds), each affix compared in one masked comparison instead
    // of a slice comparison and its `memcmp` call.
    let mut last8 = [0u8; 8];
    last8[8 - n.min(8)..].copy_from_slice(&folded[n - n.min(8)..]);
    let mut first8 = [0u8; 8];
    first8[..n.min(8)].copy_from_slice(&folded[..n.min(8)]);
    let (last8, first8) = (u64::from_le_bytes(last8), u64::from_le_bytes(first8));
    SURNAME_ENDINGS_PACKED
        .iter()
        .any(|&(bytes, mask)| last8 & mask == bytes)
        || SURNAME_BEGINNINGS_PACKED
            .iter()
            .zip(SURNAME_BEGINNINGS)
            .any(|(&(bytes, mask), b)| first8 & mask == bytes && (len >= 8 || *b == "mc"))
}

/// [`SURNAME_ENDINGS`] packed for [`surname_shape`]: each ending's bytes at the end of eight
/// little-endian bytes, and the mask of those bytes.
const SURNAME_ENDINGS_PACKED: [(u64, u64); SURNAME_ENDINGS.len()] =
    packed_affixes(SURNAME_ENDINGS, true);
/// [`SURNAME_BEGINNINGS`] packed for [`surname_shape`]: each beginning's bytes at the start
/// of eight little-endian bytes, and the mask of those bytes.
const SURNAME_BEGINNINGS_PACKED: [(u64, u64); SURNAME_BEGINNINGS.len()] =
    packed_affixes(SURNAME_BEGINNINGS, false);

/// The affixes of `list` (two to eight bytes each) as `(bytes, mask)`: at the end of eight
/// little-endian bytes (`at_end`) or at their start.
const fn packed_affixes<const N: usize>(list: &[&str], at_end: bool) -> [(u64, u64); N] {
    let mut packed = [(0u64, 0u64); N];
    let mut i = 0;
    while i < N {
        let w = list[i].as_bytes();
        assert!(w.len() >= 2 && w.len() <= 8);
        let mut bytes = 0u64;
        let mut j = 0;
        while j < w.len() {
            bytes |= (w[j] as u64) << (8 * j);
            j += 1;
        }
        let mask = if w.len() == 8 {
            u64::MAX
        } else {
            (1u64 << (8 * w.len())) - 1
        };
        let shift = if at_end { 8 * (8 - w.len()) } else { 0 };
        packed[i] = (bytes << shift, mask << shift);
        i += 1;
    }
    packed
}

/// Whether `bytes` opens with a non-ASCII character that is neither a letter, a digit nor an
/// apostrophe: NBSP and the narrow and thin spaces (before a colon in French typography:
/// "Objet\u{a0}:"), "°" ("N°"), « », dashes, "…" and "€". A word that ends before one of
/// these ends there for [`token_end`] too, and is not glued to it.
fn blank_or_sign(bytes: &[u8]) -> bool {
    matches!(
        bytes,
        [0xC2, 0xA0 | 0xB0 | 0xAB | 0xBB, ..]
            | [0xE2, 0x80, 0xAF | 0x89 | 0x93 | 0x94 | 0xA6, ..]
            | [0xE2, 0x82, 0xAC, ..]
    )
}

/// Whether a particle stands between the words `t` and `n` of a run, as a word of its own
/// or glued ("Terraform de Paramanathan", "Stade d'Ornano"): more than blanks and hyphens.
fn particle_between(text: &str, t: Tok, n: Tok) -> bool {
    !text.as_bytes()[t.end..n.start]
        .iter()
        .all(|&b| b == b' ' || b == b'-')
}

/// Whether the character before `pos` is part of a word ("McDonald", "3M").
fn glued(text: &str, pos: usize) -> bool {
    match text.as_bytes()[..pos].last() {
        None => false,
        Some(&b) if b < 0x80 => b.is_ascii_alphanumeric() || b == b'_',
        Some(_) => text[..pos]
            .chars()
            .next_back()
            .is_some_and(|c| is_letter_or_digit(c) || c == '_'),
    }
}

/// What [`token_end`] reads of a word.
struct TokenEnd {
    /// Where the word ends.
    end: usize,
    /// Whether the word holds an apostrophe.
    apostrophe: bool,
    /// How many letters it has.
    letters: usize,
    /// Whether all its letters are upper case.
    caps: bool,
}

/// The end of the word at `start`: letters, with inner hyphens and apostrophes. Reads the
/// letters once, decoding only non-ASCII bytes, and counts them on the way.
fn token_end(text: &str, start: usize) -> TokenEnd {
    let bytes = text.as_bytes();
    let char_at = |i: usize| -> Option<char> {
        let b = *bytes.get(i)?;
        if b < 0x80 {
            Some(char::from(b))
        } else {
            text[i..].chars().next()
        }
    };
    let mut word = TokenEnd {
        end: start,
        apostrophe: false,
        letters: 0,
        caps: true,
    };
    let mut i = start;
    while let Some(c) = char_at(i) {
        let next = i + c.len_utf8();
        let (alphabetic, upper) = letter_case(c);
        if alphabetic {
            word.letters += 1;
            word.caps &= upper;
            word.end = next;
            i = next;
            continue;
        }
        if matches!(c, '-' | '\'' | '’') && word.end > start && char_at(next).is_some_and(is_letter)
        {
            word.apostrophe |= c != '-';
            i = next;
            continue;
        }
        break;
    }
    word
}

/// `(c.is_alphabetic(), c.is_uppercase())`, without the Unicode tables for ASCII and Latin-1
/// letters, most of the letters of French text.
#[inline]
fn letter_case(c: char) -> (bool, bool) {
    match c {
        'a'..='z' | '\u{df}'..='\u{f6}' | '\u{f8}'..='\u{ff}' => (true, false),
        'A'..='Z' | '\u{c0}'..='\u{d6}' | '\u{d8}'..='\u{de}' => (true, true),
        _ => (is_letter(c), is_upper(c)),
    }
}

/// `c.is_alphabetic()`, without the Unicode tables for ASCII and the Latin-1 letters: an
/// accented letter asked them (about 300 instructions for "é"), in the checks that read the
/// words around a name.
#[inline]
fn is_letter(c: char) -> bool {
    match c {
        'a'..='z' | 'A'..='Z' | '\u{aa}' | '\u{b5}' | '\u{ba}' => true,
        '\u{c0}'..='\u{d6}' | '\u{d8}'..='\u{f6}' | '\u{f8}'..='\u{ff}' => true,
        // The rest of Latin-1 (NBSP, «, », °, ×), the general punctuation (’, —, the narrow
        // NBSP, …) and the currency signs (€).
        '\0'..='\u{ff}' | '\u{2000}'..='\u{206f}' | '\u{20a0}'..='\u{20cf}' => false,
        _ => c.is_alphabetic(),
    }
}

/// `c.is_uppercase()`, without the Unicode tables for ASCII and Latin-1.
#[inline]
fn is_upper(c: char) -> bool {
    match c {
        'A'..='Z' | '\u{c0}'..='\u{d6}' | '\u{d8}'..='\u{de}' => true,
        '\0'..='\u{ff}' => false,
        _ => c.is_uppercase(),
    }
}

/// `c.is_alphanumeric()`, without the Unicode tables for ASCII and the Latin-1 letters.
#[inline]
fn is_letter_or_digit(c: char) -> bool {
    match c {
        'a'..='z' | 'A'..='Z' | '0'..='9' | '\u{aa}' | '\u{b5}' | '\u{ba}' => true,
        '\u{c0}'..='\u{d6}' | '\u{d8}'..='\u{f6}' | '\u{f8}'..='\u{ff}' => true,
        // "²", "³", "¹", "¼", "½", "¾" are numbers.
        '\u{b2}' | '\u{b3}' | '\u{b9}' | '\u{bc}'..='\u{be}' => true,
        '\0'..='\u{ff}' | '\u{2000}'..='\u{206f}' | '\u{20a0}'..='\u{20cf}' => false,
        _ => c.is_alphanumeric(),
    }
}

/// Whether two capitalised words with `gap` between them belong to one name: a single space,
/// or particles ("de", "de la", "van der", "d'").
fn joinable_gap(lex: &Lexicon, gap: &[u8]) -> bool {
    // Most gaps: one space (joined), or more than a space, two particles and an apostrophe.
    if gap.len() <= 1 || gap.len() > 15 {
        return gap == b" ";
    }
    let rest = match gap {
        [b' ', rest @ ..] | [0xC2, 0xA0, rest @ ..] => rest,
        _ => return false,
    };
    if rest.is_empty() {
        return true;
    }
    if rest.len() > 12 {
        return false;
    }
    // "d'Ormesson": the particle is glued to the next word.
    let (words, glued) = match rest {
        [w @ .., b'\''] | [w @ .., 0xE2, 0x80, 0x99] => match w {
            [before @ .., b'd'] if before.is_empty() || before.ends_with(b" ") => (before, true),
            _ => return false,
        },
        [w @ .., b' '] => (w, false),
        _ => return false,
    };
    let mut count = 0;
    for w in words.split(|&b| b == b' ').filter(|w| !w.is_empty()) {
        let p = packed(w);
        // Most short words between two capitalised ones are no particle ("et", "à", "-", "&"):
        // one bit tells most of them, where each went through the binary search, whose
        // branches turn by the word (`joinable_gap` took 87 of `detect`'s 1,321 own samples
        // on 5 runs of the 12 MB mixed corpus, `perf record -e cpu-clock`).
        let bit = particle_bit(p);
        let maybe = lex.gap_particle_bits[bit / 64] & (1 << (bit % 64)) != 0;
        #[cfg(test)]
        assert!(maybe || w.len() > 8 || lex.gap_particles.binary_search(&p).is_err());
        if w.len() > 8 || !maybe || lex.gap_particles.binary_search(&p).is_err() {
            return false;
        }
        count += 1;
    }
    (glued && count <= 1 || count >= 1) && count <= 2
}

/// The bit of [`Lexicon::gap_particle_bits`] for a word [`packed`] as `p`: its top byte once
/// mixed.
fn particle_bit(p: u64) -> usize {
    (p.wrapping_mul(0x9e37_79b9_7f4a_7c15) >> 56) as usize
}

fn ceil_char_boundary(s: &str, mut i: usize) -> usize {
    while i < s.len() && !s.is_char_boundary(i) {
        i += 1;
    }
    i
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::Engine;

    /// Every concatenation of up to `rounds` of `pieces` (the empty string included), sorted,
    /// each once: the inputs of the exhaustive tests of short prefixes and gaps.
    pub(super) fn concatenations(pieces: &[&str], rounds: usize) -> Vec<String> {
        let mut all = vec![String::new()];
        for _ in 0..rounds {
            let longer: Vec<String> = all
                .iter()
                .flat_map(|c| pieces.iter().map(move |p| format!("{c}{p}")))
                .collect();
            all.extend(longer);
            all.sort();
            all.dedup();
        }
        all
    }

    /// Adds each sample as it is, with a space after and with a space before: the realistic
    /// prefixes the exhaustive tests check beside their short concatenations.
    pub(super) fn push_padded(cases: &mut Vec<String>, samples: &[&str]) {
        for p in samples {
            cases.push(p.to_string());
            cases.push(format!("{p} "));
            cases.push(format!(" {p}"));
        }
    }

    /// The PERSON findings' texts of `text`, default patterns off: the submodules' tests use
    /// it too.
    pub(super) fn names(text: &str) -> Vec<String> {
        let engine = Engine::builder().no_default_patterns().build().unwrap();
        engine
            .scan(text)
            .iter()
            .filter(|f| f.kind == Kind::Person)
            .map(|f| f.text(text).to_string())
            .collect()
    }

    /// Regression (partial spans): a particle in capitals before a surname in capitals, or
    /// one that is no French article, opens the name; a role's acronym before a first name
    /// is no surname; a participle opening a sentence is no first name of the name after it;
    /// a first name the lexicon lacks, in a column beside another, joins its surname found
    /// elsewhere. Not names (regression: false "GALA DE FIN D'ANNÉE"): a heading in capitals
    /// whose first word is a first name that is also a word, then "de" and a word.
    #[test]
    fn partial_spans_of_particles_acronyms_participles_and_cells() {
        let table: &[(&str, &[&str])] = &[
            ("Locataire : LE GUEN Maëlle\n", &["LE GUEN Maëlle"]),
            ("Bénéficiaire : DE LA ROCHE Paul\n", &["DE LA ROCHE Paul"]),
            ("Vu avec El Mahdi Tahiri hier.", &["El Mahdi Tahiri"]),
            ("Le Martin que je connais.", &[]),
            // A heading in capitals: a first name that is also a word, "de", a word.
            ("GALA DE FIN D'ANNÉE — salle des fêtes\n", &[]),
            ("ROSE DE NOËL\n", &[]),
            ("Inscrit : ROSE DUPONT\n", &["ROSE DUPONT"]),
            (
                "Vie scolaire (DRH Juliette Carré) : ras.",
                &["Juliette Carré"],
            ),
            (
                "Mme Okonkwo a appelé. Averti Chidi Okonkwo le soir.",
                &["Okonkwo", "Chidi Okonkwo"],
            ),
            (
                "Heure   Élève       Parent\n17h00   OKONKWO     Chidi Okonkwo\n",
                &["OKONKWO", "Chidi Okonkwo"],
            ),
            (
                "| Heure | Élève | Parent |\n| 17h00 | OKONKWO | Chidi Okonkwo |\n",
                &["OKONKWO", "Chidi Okonkwo"],
            ),
            // A cell of its own, the surname in no cell before it: an action, a heading.
            (
                "Mme Okonkwo viendra.\nSalle 2;Rappel Okonkwo;4\n",
                &["Okonkwo", "Okonkwo"],
            ),
        ];
        for (text, want) in table {
            assert_eq!(names(text), *want, "{text:?}");
        }
    }

    #[test]
    fn names_in_context_and_from_the_lexicon() {
        let table: &[(&str, &[&str])] = &[
            ("Merci de rappeler M. Nguyen demain.", &["Nguyen"]),
            ("J'ai eu Mme Diallo au téléphone.", &["Diallo"]),
            ("Bonjour Kévin,\nvoici le devis.", &["Kévin"]),
            ("Bonjour Siobhan,\nvoici le devis.", &["Siobhan"]),
            ("Cordialement,\nJean-Pierre Dubois", &["Jean-Pierre Dubois"]),
            ("Bien à vous,\n\nAnh Thu Pham\nComptable", &["Anh Thu Pham"]),
            ("De : Marie Dupont <m.dupont@exemple.fr>", &["Marie Dupont"]),
            (
                "Cc : Rija Andrianarivo, Awa Ndiaye",
                &["Rija Andrianarivo", "Awa Ndiaye"],
            ),
            ("Nom : DUPONT Marie", &["DUPONT Marie"]),
            ("Le dossier de Marie DUPONT est complet.", &["Marie DUPONT"]),
            (
                "Convocation de M. DUPONT Jean pour lundi.",
                &["DUPONT Jean"],
            ),
            ("La réunion avec Charles de Gaulle.", &["Charles de Gaulle"]),
            (
                "Signé : Anne-Sophie d'Ormesson",
                &["Anne-Sophie d'Ormesson"],
            ),
            (
                "Présents : Marie Dupont, Kévin Techer, Mme Diallo",
                &["Marie Dupont", "Kévin Techer", "Diallo"],
            ),
            (
                "Le client a appelé de la part de Tiphaine Le Goff.",
                &["Tiphaine Le Goff"],
            ),
            ("Il faut contacter Lefebvre avant vendredi.", &["Lefebvre"]),
            (
                "Mme Techer a signé. Diane Techer viendra. Techer confirme.",
                &["Techer", "Diane Techer", "Techer"],
            ),
            (
                "Voir avec Marie-Christine pour le planning.",
                &["Marie-Christine"],
            ),
            ("Kévin a validé la commande.", &["Kévin"]),
            ("Pierre Durand sera absent.", &["Pierre Durand"]),
            (
                "Présents :\n- Marie Dupont\n- Nguyen Van Thanh\n- Fatou Sow",
                &["Marie Dupont", "Nguyen Van Thanh", "Fatou Sow"],
            ),
            ("[10:32] Tahina : je regarde", &["Tahina"]),
            ("Me Bernard représente la société.", &["Bernard"]),
            ("Dr Kowalczyk recevra le patient.", &["Kowalczyk"]),
        ];
        for (text, expected) in table {
            assert_eq!(names(text), *expected, "{text:?}");
        }
    }

    #[test]
    fn sections_read_in_one_pass_are_the_sections() {
        let sections = sections();
        assert!(sections.len() >= 13, "{}", sections.len());
        for (name, lines) in &sections {
            let one_by_one: Vec<&str> = table::section(WORDS, name).collect();
            assert_eq!(lines, &one_by_one, "[{name}]");
        }
    }

    #[test]
    fn embedded_word_table_is_the_lists() {
        let entries = table::entries(
            include_str!("../data/lexicon/prenoms.txt"),
            include_str!("../data/lexicon/noms.txt"),
            include_str!("../data/lexicon/ambiguous.txt"),
            WORDS,
        );
        assert!(entries.len() > 100_000, "{}", entries.len());
        assert_eq!(
            table::build(&entries),
            WORD_TABLE,
            "build.rs is out of date"
        );
        for (word, &flags) in &entries {
            assert_eq!(table::lookup(WORD_TABLE, word), flags, "{word}");
        }
        assert_eq!(table::lookup(WORD_TABLE, "kevin") & FIRST, FIRST);
        assert_eq!(table::lookup(WORD_TABLE, "dupont") & SURNAME, SURNAME);
        assert_eq!(table::lookup(WORD_TABLE, "xqzwv"), 0);
        assert_eq!(table::lookup(WORD_TABLE, ""), 0);
        // A damaged table reads as empty rather than panicking.
        for cut in [0, 3, 12, 100, WORD_TABLE.len() / 2] {
            let damaged = &WORD_TABLE[..cut];
            for word in ["kevin", "dupont", "xqzwv"] {
                let _ = table::lookup(damaged, word);
            }
        }
    }

    #[test]
    fn not_names() {
        let table: &[&str] = &[
            "Le mur est en pierre de taille.",
            "Pierre de taille et couleur rose pour la façade.",
            "Ajouter de l'huile d'olive.",
            "Livraison à Saint-Martin et Sainte-Marie.",
            "Le siège est au 12 rue Victor Hugo à Lyon.",
            "Inscription au lycée Marie Curie.",
            "Rendez-vous avenue du Général Leclerc.",
            "Le 3 avril, à Paris, Lyon et Nancy.",
            "Lundi, la réunion est annulée.",
            "Rose est une couleur, Olive aussi.",
            "France Travail et Orange ont répondu.",
            "Me contacter avant midi.",
            "Objet : Facture Mars",
            "Total TTC : 1 200 €",
            "Bonjour à tous,",
            // Glued to a digit or `_` after: an identifier (found by the `restore` fuzz
            // target: "M\rMMMMM0" gave "MMMMM" as a name, whose fake value glued to the
            // "0" could not be restored).
            "M. Dupont0 et Mme Martin2024 ont signé.",
            "M\rMMMMM0",
            "Le fichier Lefevre_2024.pdf",
        ];
        for text in table {
            assert_eq!(names(text), Vec::<String>::new(), "{text:?}");
        }
    }

    /// One or more cases per rule: chat exports, form labels, signatures, prepositions.
    #[test]
    fn names_in_chats_forms_and_signatures() {
        let table: &[(&str, &[&str])] = &[
            // Exported chats (WhatsApp on Android, on iPhone), mentions, speakers, a cleft.
            (
                "17/01/2024 09:16 - Yuki Takahashi: Salut tout le monde",
                &["Yuki Takahashi"],
            ),
            (
                "[17/02/2024 15:07:12] Dmytro: @Selamawit tu peux passer ?",
                &["Dmytro", "Selamawit"],
            ),
            ("Katarzyna : Qui a les clés du dépôt ?", &["Katarzyna"]),
            (
                "Ouzna Belkadi : @Tsiory j'ai relancé le fournisseur",
                &["Ouzna Belkadi", "Tsiory"],
            ),
            ("Twitter : @caviard\nLinkedIn : @caviard-fr\n", &[]),
            (
                "identifiant ORCID de Kévin Belkadi : 0000",
                &["Kévin Belkadi"],
            ),
            (
                "Vardan : C'est Rustam qui les a depuis hier",
                &["Vardan", "Rustam"],
            ),
            ("Plamedi, tu peux regarder ?", &["Plamedi"]),
            // Labels: roles, inclusive writing, a participle with "par", after a sentence.
            ("Votre conseiller : Vardan", &["Vardan"]),
            (
                "Tutrice désignée : Fanja Ratsimbazafy.",
                &["Fanja Ratsimbazafy"],
            ),
            ("Candidat(e) : Modou Ndour", &["Modou Ndour"]),
            ("Pris par : Chanthou", &["Chanthou"]),
            ("Ouvert par : Duc Yang", &["Duc Yang"]),
            (
                "Le budget est voté. Secrétaire de séance : Tharshini Maillard.",
                &["Tharshini Maillard"],
            ),
            ("Semaine 2 : Jiwoo Choi", &["Jiwoo Choi"]),
            ("- Padraig Kavanagh : à confirmer", &["Padraig Kavanagh"]),
            // Prose: the agent of a participle, "à" after a participle, "de" after a noun.
            ("Ticket clos. Traité par Vardan.", &["Vardan"]),
            ("Relance prévue par Meseret.", &["Meseret"]),
            ("Carton abîmé, signalé à Dieumerci.", &["Dieumerci"]),
            ("Cachet versé à Tsiory Rabe (GUSO).", &["Tsiory Rabe"]),
            (
                "Merci de m'envoyer les coordonnées de Tsiory Rabe.",
                &["Tsiory Rabe"],
            ),
            // A proxy given to a person.
            ("Absent, il donne pouvoir à Tsiory Rabe.", &["Tsiory Rabe"]),
            ("Procuration à Wanjiru pour la séance.", &["Wanjiru"]),
            ("Contrat au nom de Kaveh Azari.", &["Kaveh Azari"]),
            ("Chèque à l'ordre de Ouzna Belkadi.", &["Ouzna Belkadi"]),
            ("Contrat au nom de Ferme du Lac SARL.", &[]),
            ("Le journal a interrogé Tsiory, 59 ans.", &["Tsiory"]),
            ("(article d'Ouzna Belkadi)", &["Ouzna Belkadi"]),
            // Labels of people at a hearing or a meeting.
            ("Présidente : Tsiory Andrianaivo", &["Tsiory Andrianaivo"]),
            ("Greffière : Ouzna Belkadi", &["Ouzna Belkadi"]),
            (
                "Tarif : 58 € — traductrice experte : Ouzna Belkadi (cour d'appel)",
                &["Ouzna Belkadi"],
            ),
            (
                "Élus présents : Tsiory Rabe, Kaveh Azari",
                &["Tsiory Rabe", "Kaveh Azari"],
            ),
            (
                "Mme Ouzna Belkadi (nom de naissance : RAZAFY), née en 1950",
                &["Ouzna Belkadi", "RAZAFY"],
            ),
            (
                "Personne de confiance : Tsiory Rabe (voisine)",
                &["Tsiory Rabe"],
            ),
            ("Photos : Kaveh Azari — à paraître.", &["Kaveh Azari"]),
            (
                "Remplaçants : Tsiory Rabe, Kaveh Azari",
                &["Tsiory Rabe", "Kaveh Azari"],
            ),
            ("IDE à domicile : Tsiory Rabe, le matin.", &["Tsiory Rabe"]),
            ("Compte de Tsiory Rabe averti.", &["Tsiory Rabe"]),
            ("payer à un certain Tsiory, puis", &["Tsiory"]),
            (
                "Tutrice : Ouzna Belkadi\nNote : 12/20 — O. Belkadi\n",
                &["Ouzna Belkadi", "O. Belkadi"],
            ),
            // Labels of things: their value is that thing.
            ("Véhicule : Mercedes Classe A", &[]),
            ("Modèle : Clio Lina", &[]),
            ("Le bureau de Modou sera libéré.", &["Modou"]),
            ("Avis de Padraig attendu.", &["Padraig"]),
            ("Le bureau d'Aoife est au fond.", &["Aoife"]),
            (
                "Tu peux relire le devis de Caoimhe Kavanagh ?",
                &["Caoimhe Kavanagh"],
            ),
            (
                "Rendez-vous avec son associée Meiling Zhao.",
                &["Meiling Zhao"],
            ),
            ("D'après Claude, le client hésite.", &["Claude"]),
            // Signatures: the "--" delimiter, a closing formula, a job title below.
            (
                "Bien à vous.\n\n--\nModou MBOUP\nChargé de clientèle",
                &["Modou MBOUP"],
            ),
            (
                "Je reste à votre disposition.\n\nKofi Owusu\n",
                &["Kofi Owusu"],
            ),
            (
                "Merci de confirmer avant lundi.\n\nSelam Woldemariam\nAssistante de direction",
                &["Selam Woldemariam"],
            ),
            // Upper-case surname and first name alone on a line; initials; particles.
            (
                "NOM Prénom\nGRIGORYAN Vardan\nDUMITRESCU Cosmin",
                &["GRIGORYAN Vardan", "DUMITRESCU Cosmin"],
            ),
            ("Cordialement\n\nXiaoming ZHAO", &["Xiaoming ZHAO"]),
            (
                "Le dossier est suivi par K. Szczepańska.",
                &["K. Szczepańska"],
            ),
            ("Bonsoir Madame d'Ormesson,", &["d'Ormesson"]),
            ("Le numéro de Mme de La Tour ?", &["de La Tour"]),
            ("À l'attention de M. Le Floc'h", &["Le Floc'h"]),
        ];
        for (text, expected) in table {
            assert_eq!(names(text), *expected, "{text:?}");
        }
    }

    /// Results and candidate lists (session 23): "SURNAME Firstname" heading a numbered or
    /// bulleted item that goes on with a dash or a parenthesis is a name as it is alone on
    /// its line; a short acronym the lexicon lacks before a word is a body or a club.
    #[test]
    fn upper_case_surnames_heading_list_items() {
        let table: &[(&str, &[&str])] = &[
            (
                "Liste A : 12 voix\n   1. OKONJO Adaeze — Titulaire\n   2. TRAN Bich — Suppléante\n",
                &["OKONJO Adaeze", "TRAN Bich"],
            ),
            ("- Ngozi ABARA (excusée)\n", &["Ngozi ABARA"]),
            // A body, a club, a product.
            ("1. IUT Chimie — bâtiment B\n", &[]),
            ("- AS Tennis Vannes (section loisir)\n", &[]),
            ("- Couleur ROSE (mat)\n", &[]),
        ];
        for (text, expected) in table {
            assert_eq!(names(text), *expected, "{text:?}");
        }
    }

    /// Message exports and logs: a date and a French time ("09h15") stamp a chat line as
    /// "09:15" does; a label of one person in the plural, qualified by an acronym, labels
    /// several; a caller introduces themself with "c'est … de chez", and what follows "de
    /// chez" is their employer.
    #[test]
    fn message_exports_plural_labels_and_callers() {
        let table: &[(&str, &[&str])] = &[
            (
                "[14/03/2026 08h40] Tsitohaina Randria: je suis au quai",
                &["Tsitohaina Randria"],
            ),
            ("14/03/2026 17h05 - Wubet: ok pour moi", &["Wubet"]),
            ("[14/03/2026 17:05] Wubet: ok pour moi", &["Wubet"]),
            // A time alone with no speaker's colon, a price, a date and a duration.
            ("14/03/2026 17h05 Réunion annuelle", &[]),
            ("Le 14/03/2026 à 17h05, livraison de Zone B.", &[]),
            (
                "Agents SSIAP : OKONKWO Chidi / TRAN Bich",
                &["OKONKWO Chidi", "TRAN Bich"],
            ),
            ("Techniciens : Ruslan Hakobyan, Efua Mensah", &["Ruslan Hakobyan", "Efua Mensah"]),
            ("Responsables QHSE : Ruslan Hakobyan", &["Ruslan Hakobyan"]),
            // A label of things stays one in the plural; a longer word in capitals is no
            // qualification.
            ("Véhicules : Renault Master", &[]),
            ("Agents ENTREPOSAGE : Zone Nord", &[]),
            (
                "Oui bonjour, c'est Wubet de chez Ferronnerie Roussel, je rappelle.",
                &["Wubet"],
            ),
            ("C'est Paris de chez nous qui décide.", &[]),
            (
                "Un appel de Mme Okafor de chez Hélène Biscuits.",
                &["Okafor"],
            ),
            ("Les flacons de chez Pierre Fabre sont arrivés.", &[]),
            // A founder's name and what the company does.
            ("Demandeur : Wubet Ingénierie, 3 rue Victor Hugo", &[]),
            ("Fournisseur : Martin Solutions", &[]),
            (
                "Mur en pierre de taille, couleur rose, huile d'olive, Saint-Martin, rue Victor Hugo.",
                &[],
            ),
        ];
        for (text, expected) in table {
            assert_eq!(names(text), *expected, "{text:?}");
        }
    }

    /// Prose and forms: a role's holder alone in parentheses, the person whose death is
    /// announced, a label after another field of the same line past a run of spaces.
    #[test]
    fn roles_in_parentheses_mourning_and_fields_on_one_line() {
        let table: &[(&str, &[&str])] = &[
            (
                "Le technicien (Tsitohaina Randria) est passé à 9 h.",
                &["Tsitohaina Randria"],
            ),
            ("La conseillère (Wubet) a rappelé.", &["Wubet"]),
            // A department, a company, more than the holder: no name.
            ("Le technicien (SAV) est passé.", &[]),
            ("Le technicien (Orange Business) est passé.", &[]),
            ("Le technicien (Wubet, en renfort) est passé.", &[]),
            (
                "Nous avons appris le décès de Tsitohaina Randria.",
                &["Tsitohaina Randria"],
            ),
            ("Les obsèques de Wubet auront lieu jeudi.", &["Wubet"]),
            ("Le décès de Saint-Martin", &[]),
            (
                "2. Nom : OKORO    Prénoms : Chidi    Adresse : 3 rue Victor Hugo",
                &["OKORO", "Chidi"],
            ),
            ("Titre : Essai    Ville : Saint-Martin", &[]),
            (
                "Couleur : rose    Finition : huile d'olive    Matériau : pierre de taille",
                &[],
            ),
        ];
        for (text, expected) in table {
            assert_eq!(names(text), *expected, "{text:?}");
        }
    }

    /// "Avec" heads the column of whom an appointment is with, in every table layout, and
    /// labels that person before a colon; the other columns keep their own reading.
    #[test]
    fn with_whom_columns_and_labels() {
        let table: &[(&str, &[&str])] = &[
            (
                "Heure;Prestation;Avec\n09h30;coupe;Tsitohaina\n10h15;couleur;Wubet\n",
                &["Tsitohaina", "Wubet"],
            ),
            (
                "| Heure | Prestation | Avec |\n|---|---|---|\n| 09h30 | huile d'olive | Wubet |\n",
                &["Wubet"],
            ),
            (
                "Heure  Prestation        Avec\n14h00  couleur rose      Tsitohaina\n14h30  pierre de taille  Wubet\n",
                &["Tsitohaina", "Wubet"],
            ),
            ("Rendez-vous le 3 mars. Avec : Wubet", &["Wubet"]),
            // A thing under a column of people stays a thing; a place after "avec" in prose
            // is no label.
            (
                "Heure;Prestation;Avec\n09h30;Saint-Martin;couleur rose\n",
                &[],
            ),
            ("Coupe avec Saint-Martin en fond.", &[]),
        ];
        for (text, expected) in table {
            assert_eq!(names(text), *expected, "{text:?}");
        }
    }

    /// A label of people and a participle ("Témoins entendus :"); an acronym after a
    /// name and a comma, ending the line, is the person's qualification, not a second
    /// person.
    #[test]
    fn labels_with_a_participle_and_titles_ending_a_line() {
        let table: &[(&str, &[&str])] = &[
            (
                "Témoins entendus : Tsitohaina Randria le 02/03/2026",
                &["Tsitohaina Randria"],
            ),
            ("Visiteurs reçus : Wubet Alemu", &["Wubet Alemu"]),
            // A label of things and a participle; a label and an adjective.
            ("Véhicules loués : Renault Master", &[]),
            ("Produits livrés : Renault Master", &[]),
            ("Agents présents : Saint-Martin", &[]),
            (
                "Rédacteur : Tsitohaina Randria, APS\nDate : 03/03/2026",
                &["Tsitohaina Randria"],
            ),
            (
                "Présents : Tsitohaina Randria, Wubet Alemu\n",
                &["Tsitohaina Randria", "Wubet Alemu"],
            ),
        ];
        for (text, expected) in table {
            assert_eq!(names(text), *expected, "{text:?}");
        }
    }

    #[test]
    fn companies_form_fields_and_discourse_words_are_not_names() {
        let table: &[&str] = &[
            // Companies: a trade word before, a legal form or "& Fils" after.
            "Émis par Atelier Bois Massif SARL, représentée par la gérance.",
            "Expéditeur : Garage des Quatre Routes",
            "Repas client avec Atelier Marty.",
            "Relancer Lemoine Traiteur SAS avant lundi.",
            "La facture de MARTIN SARL est payée.",
            "La facture de Auto-École Chevalier reste impayée.",
            "Le magasin Leroy Merlin de Nantes a livré le carrelage.",
            "Commande passée par Renard Distribution & Cie.",
            // Form fields and tickets whose values open like sentences.
            "Cause : Nous avons redémarré le serveur.",
            "Action : Merci de rappeler le client.",
            "Payé : Oui",
            "kind: Secret",
            "Ville : Saint-Denis",
            "NOM Prénom",
            "Envoi par Colissimo.",
            "Colis livré à Pontarlier.",
            "Le bureau de Lyon ferme en août.",
            "Immatriculée au R.C.S. Clermont-Ferrand.",
            // Discourse words before a comma, a cleft with a place, an @ in an address.
            "Alors, tu viens ?",
            "Super, merci !",
            "C'est Paris qui décide.",
            "Écrire à contact@Exemple.fr",
            "Service Achats\nResponsable : voir annuaire",
        ];
        for text in table {
            assert_eq!(names(text), Vec::<String>::new(), "{text:?}");
        }
    }

    #[test]
    fn odd_inputs_do_not_panic() {
        let long = "A".repeat(10_000) + " " + &"É".repeat(5_000);
        let table = [
            "",
            "É",
            "M.",
            "M. ",
            "Bonjour ",
            "De :",
            "\n\nCordialement,\n",
            "A- B' d' Ñ'",
            "Présents :\n-",
            "[10:32]",
            " d'Ormesson",
            "Marie de",
            "Jean-",
            "x\u{a0}Marie\u{a0}de\u{a0}La\u{a0}Tour",
            "ǅemal Ǉubić ΣΊΣΥΦΟΣ Дмитрий",
            long.as_str(),
        ];
        for text in table {
            for d in names(text) {
                assert!(text.contains(&d));
            }
        }
    }

    /// The byte-wise helpers give what the `str` methods they replace give.
    #[test]
    fn byte_helpers_match_the_str_methods() {
        let texts = [
            "",
            " ",
            "de",
            "de ",
            " de",
            "a  b",
            "merci de voir avec m.",
            "l'équipe de",
            "bien à vous",
            "ré-merci",
            "x\u{a0}de",
            "dé",
            "éde",
            "'de",
            "1de",
        ];
        for text in texts {
            assert_eq!(
                last_field(text),
                text.rsplit(' ').next().unwrap(),
                "{text:?}"
            );
            assert_eq!(
                fields_back(text).collect::<Vec<_>>(),
                text.rsplit(' ').collect::<Vec<_>>(),
                "{text:?}"
            );
            for phrase in [
                "",
                "de",
                "a b",
                "voir avec m.",
                "é",
                "merci",
                "de la part de",
            ] {
                let expected = text.ends_with(phrase)
                    && text[..text.len() - phrase.len()]
                        .chars()
                        .next_back()
                        .is_none_or(|c| !c.is_alphanumeric() && c != '\'');
                assert_eq!(
                    ends_with_word(text, phrase),
                    expected,
                    "{text:?} {phrase:?}"
                );
            }
        }
        for b in 0..=u8::MAX {
            assert_eq!(table::fx_byte(b), fx(&[b]));
        }
    }

    /// The fast path for ASCII and Latin-1 words reads each word as the general one does.
    #[test]
    fn fast_words_read_as_the_general_path() {
        let text = "Dupont DUPONT Dupont0 Le Abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyz \
                    Jean-Pierre O'Neil Noël Marie_x Kowalczyk Kévin SAS Saint-Martin Lefèvre Ba. Zed \
                    À É. Dupont M. Dupont N. b X. Y A Ça ÆSIR Ærø Öztürk Ñ' Dupont×2 Lefèvre-Martin \
                    Émile\u{a0}x ÉLODIE Éé_ Éàèìòùâêîôûäëïöüÿçñ Ab\u{2019}c Ðe Þa ÀÀ ÀÀ2 Kévinł Zoé’ \
                    Àbcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvé Abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvé \
                    Abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstué Abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuv. Ab \
                    .A. B Kowalski Hovhannisyan Rakotondrabé L. Éric McDonald DUPONTS DUPONTSX \
                    DUPONTSXY ABCDEFGHIJKLMNOPQ Abcdefgh Abcdefghi Abcdefghijklmnop AbcdefgH AbcdefghÉ \
                    ABCDEFGHÉ ABCDEFGHé Abcdefgh2 Abcdefgh-x Abcdefgh'x Abcdefgh@ Abcdefgh[ Abcdefgh` Abcdefgh{ \
                    N° Objet\u{a0}: HT\u{202f}€ Dupont« Dupont» Dupont– Dupont— Dupont… Dupont€ \
                    Dupont\u{2009}x Dupontª Dupont² Dupont¹ Dupontµ Dupont’s Dupont\u{2019} Dupont‘ \
                    Dupont\u{2010}x Dupont\u{2011}x REF-IL-0575 REF-0575 REF- REF-- A-B-C Ab-c-D \
                    Jean-Éric Jean-é Jean-\u{2019} Ab-1 Ab-_ Ab-. Xy-\u{a0} Saint-Denis-x DUPONT-MARTIN \
                    Abcdefghijklmnopqrstuvwxyz-abcdefghijklmnopqrstuvwxyz Abcdefghijklmnopqrstuvwxyzabcdefghijklmn-x \
                    Abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstu-x Abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuv-x \
                    Ab-\u{e9} Ab-c' Ab-c\u{2019}d Ab-cd2 O'Neil-Dupont Dupont\u{a0} Xy- \
                    ABCDEFGHIJKLMNOp ABCDEFGHIJKLMNOPq ABCDEFGHIJKLMNOPQRSTUVWXYZabcdef \
                    ABCDEFGHIJKLMNOPQRSTUVWXYZABCDEF Abcdefghijklmnopé Abcdefghijklmno-Xy";
        // Words that the text ends with or within sixteen bytes of its end: read eight bytes at
        // a time, or one by one, where the others are read sixteen at a time.
        let ends = [
            "Abcdefghijkl",
            "ABCDEFGHIJKLMNO",
            "ABCDEFGHIJKLMNOp",
            "Abcdefghijklmnopq",
            "ABCDEFGHIJKLMNOPQRSTUVWXYZ",
            "Abcdefghé",
            "ABCDEFGHIJé ",
        ];
        let det = PersonDetector::new();
        let mut fast = 0;
        for text in std::iter::once(text).chain(ends) {
            let mut out = Vec::new();
            let mut scan = scan_of(text, &det, &mut out);
            for (start, c) in text.char_indices() {
                if !c.is_uppercase() {
                    continue;
                }
                if let Some(word) = scan.fast_word(start) {
                    assert_eq!(word, scan.read_word(start), "at {start} of {text:?}");
                    fast += 1;
                }
            }
        }
        assert!(fast >= 50, "{fast}");
    }

    /// Whatever ASCII byte follows a word, and whatever follows that byte, the fast path
    /// reads the word as the general one does: [`PLAIN_END`] passes over the end checks only
    /// where they find nothing.
    #[test]
    fn every_ascii_byte_after_a_word_reads_as_the_general_path() {
        let det = PersonDetector::new();
        let mut fast = 0;
        for b in 0..0x80u8 {
            for word in ["Dupont", "Ab", "A", "Jean-Marc", "Noël"] {
                for after in ["", "1", "x", "-1", "/2", "_", ". B", "\u{a0}"] {
                    let text = format!("{word}{}{after}", char::from(b));
                    let mut out = Vec::new();
                    let mut scan = scan_of(&text, &det, &mut out);
                    if let Some(read) = scan.fast_word(0) {
                        assert_eq!(read, scan.read_word(0), "{text:?}");
                        fast += 1;
                    }
                }
            }
        }
        assert!(fast >= 3000, "{fast}");
    }

    /// Every document of `eval/` (labels and all) and the examples go through the detector,
    /// and with them through the cross-checks of the test build: [`Scan::stop_led_context`]
    /// against the full [`Scan::left_context`].
    #[test]
    fn eval_documents_pass_the_cross_checks() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let mut dirs = vec![root.join("eval"), root.join("examples")];
        let det = PersonDetector::new();
        let mut texts = 0;
        while let Some(dir) = dirs.pop() {
            for entry in std::fs::read_dir(&dir).unwrap() {
                let path = entry.unwrap().path();
                if path.is_dir() {
                    dirs.push(path);
                } else if path.extension().is_some_and(|e| e == "txt") {
                    let text = std::fs::read_to_string(&path).unwrap();
                    let mut out = Vec::new();
                    det.detect(&text, &mut out);
                    texts += 1;
                }
            }
        }
        assert!(texts > 1000, "{texts}");
    }

    /// A fresh scan of `text`, for the tests that look into it.
    fn scan_of<'t, 'o>(
        text: &'t str,
        det: &'t PersonDetector,
        out: &'o mut Vec<Detection>,
    ) -> Scan<'t, 'o> {
        Scan::new(text, det, Vec::new(), out, scratch::Scratch::default())
    }

    /// Nothing before a run is no street (`prefix_context` does not ask), and the signature
    /// check trims the blanks after a run by bytes as `trim_start_matches` does by character.
    #[test]
    fn line_start_shortcuts_match_the_checks() {
        let det = PersonDetector::new();
        let mut out = Vec::new();
        let scan = scan_of("", &det, &mut out);
        assert_eq!(scan.street_context_filtered("", false), Ctx::None);
        assert_eq!(scan.street_context_filtered("", true), Ctx::None);
        let blanks = ["", " ", "\t", "\r", "\u{a0}", " \r", "\t \u{a0}"];
        let lines = [
            "",
            "\n",
            "\nAssistante de direction",
            "\n  Conseiller",
            "x\nAssistante",
        ];
        for before in blanks {
            for after in lines {
                let text = format!("Selam Woldemariam{before}{after}");
                let mut out = Vec::new();
                let mut scan = scan_of(&text, &det, &mut out);
                scan.toks.push(Tok {
                    start: 6,
                    end: 17,
                    flags: 0,
                    caps: false,
                    hash: 0,
                });
                let rest = text[17..].trim_start_matches([' ', '\t', '\r']);
                let expected = rest.strip_prefix('\n').is_some_and(|next| {
                    let next = next.trim_start();
                    next.starts_with("Assistante") || next.starts_with("Conseiller")
                });
                assert_eq!(scan.title_below(1), expected, "{text:?}");
            }
        }
    }

    #[test]
    fn label_memos_are_sized_to_their_text() {
        let size = |len| LabelMemo::kept_for_text(len, LABEL_MEMO_BYTES, Vec::new()).size;
        assert_eq!(size(0), MIN_MEMO_SLOTS);
        assert_eq!(size(1 << 20), LABEL_MEMO);
        assert_eq!(size(usize::MAX / 2), LABEL_MEMO);
        let key = |raw| LabelKey::of(raw).unwrap();
        let mut memo = LabelMemo::kept_for_text(4096, LABEL_MEMO_BYTES, Vec::new());
        assert_eq!(memo.get(&key("De")), None);
        memo.insert(key("De"), true);
        assert_eq!(memo.slots.len(), MIN_MEMO_SLOTS);
        assert_eq!(memo.get(&key("De")), Some(true));
        assert_eq!(memo.get(&key("De ")), None);
        // A memo kept from a scan is kept whole for a text whose memo would be no larger, and
        // emptied for one whose memo would be.
        let kept = LabelMemo::kept_for_text(1000, LABEL_MEMO_BYTES, memo.slots);
        assert_eq!(kept.get(&key("De")), Some(true));
        let larger = LabelMemo::kept_for_text(1 << 20, LABEL_MEMO_BYTES, kept.slots);
        assert_eq!((larger.get(&key("De")), larger.size), (None, LABEL_MEMO));
    }

    #[test]
    fn label_keys_hold_the_whole_label() {
        let cases: &[(&str, Option<usize>)] = &[
            ("", Some(0)),
            ("Présents", Some(9)),
            ("Rédigé par", Some(12)),
            (&"x".repeat(LABEL_KEY_BYTES), Some(LABEL_KEY_BYTES)),
            (&"x".repeat(LABEL_KEY_BYTES + 1), None),
            (&"é".repeat(LABEL_KEY_BYTES / 2 + 1), None),
        ];
        for &(raw, len) in cases {
            let key = LabelKey::of(raw);
            assert_eq!(key.map(|k| usize::from(k.len)), len, "{raw:?}");
            if let Some(k) = key {
                assert_eq!(&k.bytes[..raw.len()], raw.as_bytes());
            }
        }
        // Labels that differ only past a shorter one's end, or by a trailing zero byte, are
        // other keys.
        assert_ne!(LabelKey::of("De"), LabelKey::of("De\0"));
        assert_ne!(LabelKey::of("Cc"), LabelKey::of("Cci"));
    }

    /// The contexts taken from the memo of windows are those the full reading gives (the
    /// test build reads each in full again and compares): every eval and example document in
    /// one text, so that windows come back from one document to the next; and windows that
    /// read past themselves (a label line longer than the window, words after the run, lines
    /// above), which must not be remembered.
    #[test]
    fn remembered_contexts_are_the_full_reading() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let mut dirs = vec![root.join("eval"), root.join("examples")];
        let mut texts = Vec::new();
        while let Some(dir) = dirs.pop() {
            for entry in std::fs::read_dir(&dir).unwrap() {
                let path = entry.unwrap().path();
                if path.is_dir() {
                    dirs.push(path);
                } else if path.extension().is_some_and(|e| e == "txt") {
                    texts.push(std::fs::read_to_string(&path).unwrap());
                }
            }
        }
        texts.sort();
        let crafted = [
            "Suivi par un conseiller très attentif et disponible, Rencontré : Anaïs Roy\n",
            "Rencontré : Anaïs Roy\nRencontré : Objet Roy\n",
            "Semaine 2 : Jiwoo Choi\nSemaine 2 : Jiwoo Choi est là\n",
            "le dossier de M. de La Tour et de Mme de La Tour, avec M. de La Tour\n",
            "C'est Rustam qui a les clés. C'est Rustam. C'est Rustam qui part.\n",
            "voir @Selam et @Selam puis mail@Selam.fr ou @Selam\n",
            "<Aoife> salut\n<Aoife>\n< Aoife\n",
            "[10:32] Tahina : oui\n[10:32] Tahina est là\n",
            "Présents : Marie Dupont, Kévin Techer et Siobhan Kelly, Paul\n",
            "rue Victor Hugo, rue Victor Hugo et place de Marie Curie\n",
        ];
        for _ in 0..3 {
            texts.extend(crafted.iter().map(|t| t.to_string()));
        }
        let text = texts.concat();
        let det = PersonDetector::new();
        let mut out = Vec::new();
        let mut scan = scan_of(&text, &det, &mut out);
        scan.run();
        assert!(scan.memo_hits > 5_000, "{}", scan.memo_hits);
        // Each document alone, on one thread, as a stream's pieces are scanned: the windows
        // of the documents before are remembered (see [`windows`]), and each hit is read in
        // full again.
        let mut kept = scan.into_scratch();
        let mut hits = 0;
        for text in &texts {
            let mut out = Vec::new();
            let mut scan = Scan::new(text, &det, Vec::new(), &mut out, kept);
            scan.run();
            hits += scan.memo_hits;
            kept = scan.into_scratch();
        }
        assert!(hits > 5_000, "{hits}");
        // The crafted lines, alone: each run of the second and third copies read again.
        for line in crafted {
            let text = line.repeat(3);
            let mut out = Vec::new();
            det.detect(&text, &mut out);
        }
    }

    /// A window remembered with a proviso on the text after its run ([`windows::After`])
    /// answers as its full reading does whether the proviso holds there or not (the test build
    /// reads each hit in full again): chat lines with and without a colon after the speaker,
    /// labels whose value is a name alone or goes on, in both orders.
    #[test]
    fn remembered_provisos_are_the_full_reading() {
        let table = [
            "[10:32] Tahina Rabe : oui\n[10:32] Tahina est là\n[10:32] Tahina Rabe : oui\n",
            "[10:32] Tahina est là\n[10:32] Tahina Rabe : oui\n[10:32] Tahina est là\n",
            "Rencontré : Anaïs Roy\nRencontré : Anaïs Roy est là\nRencontré : Anaïs Roy\n",
            "Semaine 2 : Jiwoo Choi est là\nSemaine 2 : Jiwoo Choi\nSemaine 2 : Jiwoo\n",
        ];
        let det = PersonDetector::new();
        for text in table {
            let mut out = Vec::new();
            let mut scan = scan_of(text, &det, &mut out);
            scan.run();
            assert!(scan.proviso_hits >= 1, "{text:?}");
        }
    }

    /// [`is_bullet`] reads ASCII text by bytes: the same answers as by characters, on every
    /// string of up to four of these pieces.
    #[test]
    fn ascii_bullets_by_bytes_as_by_characters() {
        let pieces = [
            "-", "*", ">", ".", ")", " ", "1", "42", "\t", "\n", "\u{b}", "\u{c}", "\r", "a", ":",
            "•", "—", "(",
        ];
        let mut cases = vec![String::new()];
        for _ in 0..4 {
            let longer: Vec<String> = cases
                .iter()
                .flat_map(|c| pieces.iter().map(move |p| format!("{c}{p}")))
                .collect();
            cases.extend(longer);
            cases.sort();
            cases.dedup();
        }
        for case in &cases {
            assert_eq!(is_bullet(case), is_bullet_by_chars(case), "{case:?}");
        }
    }

    #[test]
    fn closing_marks_trim_by_bytes_as_by_characters() {
        let pieces = [",", ".", "!", " ", ":", "é", "a", "\u{a0}", "…", "’", "Ā"];
        let cases = concatenations(&pieces, 4);
        let mut trimmed = 0;
        for text in &cases {
            let by_chars = text.trim_end_matches([',', '.', '!', ' ']);
            assert_eq!(trim_end_closing_marks(text), by_chars, "{text:?}");
            trimmed += usize::from(by_chars.len() < text.len());
        }
        assert!(trimmed > 1_000, "{trimmed}");
    }

    /// [`Scan::plain_window`] answers only where the full reading finds no context: short
    /// windows of the characters its checks look at (bullets, time stamps, labels, lists,
    /// civilities with and without a full stop, particles, "c'est"), then a run; the test build
    /// checks each plain window against the full reading, and every window is met at a line
    /// start and after words.
    #[test]
    fn plain_windows_are_the_full_reading() {
        let alphabet = [
            "-", ".", ")", "(", "[", "]", "1", "0", ":", "h", "H", "x", "é", "\u{a0}", " ", "M.",
            "Mme", "de", "d'", "et", "c'est", "rue", "\"", "+", "|", ";", "*", "’", "—", "–", "°",
            "«", "»", "€", "\u{202f}", "\u{2009}", "\t", "d’", "•", "N", "qu’",
        ];
        let cases = concatenations(&alphabet, 3);
        let mut text = String::new();
        for w in &cases {
            for run in ["Dupont", "Objet", "Marie Curie"] {
                text.push_str(&format!("{w}{run} ici\nsuivi par {w}{run}\n"));
            }
        }
        let det = PersonDetector::new();
        let mut out = Vec::new();
        let mut scan = scan_of(&text, &det, &mut out);
        scan.run();
        assert!(scan.plain_windows > 10_000, "{}", scan.plain_windows);
    }

    /// Windows that end with `;`, `,`, `&` or `/`, after words that end a closing or not,
    /// blanks of every kind, on lines that open with a label or not: the test build checks
    /// each one that [`Scan::signed_window`] reads against its full reading.
    #[test]
    fn signed_windows_are_the_full_reading() {
        let alphabet = [
            ";",
            ",",
            "&",
            "/",
            " ",
            "\u{a0}",
            "\u{202f}",
            "\u{2009}",
            "\t",
            "\r",
            "\u{2002}",
            "\u{85}",
            "Cordialement",
            "bientôt",
            "MERCI",
            "vous",
            "x",
            "é",
            ".",
            "@",
            "rue",
            "12",
            "-",
            "'",
        ];
        let cases = concatenations(&alphabet, 3);
        let mut text = String::new();
        for w in &cases {
            for run in ["Dupont", "Objet", "Marie Curie"] {
                text.push_str(&format!("{w}{run} ici\nPrésents : {w}{run}\n"));
            }
        }
        let det = PersonDetector::new();
        let mut out = Vec::new();
        let mut scan = scan_of(&text, &det, &mut out);
        scan.run();
        assert!(scan.signed_windows > 10_000, "{}", scan.signed_windows);
        // A closing before the sign, a label opening the line.
        assert_eq!(names("Bien à vous, Marie"), ["Marie"]);
        assert_eq!(
            names("Cordialement, Selam Woldemariam"),
            ["Selam Woldemariam"]
        );
        assert_eq!(
            names("Présents : Jiwoo Choi, Padraig Kavanagh"),
            ["Jiwoo Choi", "Padraig Kavanagh"]
        );
    }

    /// Runs after a bullet at a line start, under lines that give a context (a label, a
    /// closing, a signature delimiter) or none: the test build checks each bulleted window,
    /// read at once, against its full reading.
    #[test]
    fn bulleted_windows_are_the_full_reading() {
        let bullets = [
            "-",
            "*",
            "•",
            "–",
            "—",
            ">",
            "1.",
            "2)",
            "10.",
            "- -",
            "-\u{a0}",
            "\t-",
            "1",
            ".",
            ")",
            "-\u{202f}",
            "1.2.",
            "--",
            "- 1.",
            "*)",
        ];
        let above = [
            "Présents :",
            "Cordialement,",
            "Objet : relance",
            "",
            "--",
            "M. Dupont",
        ];
        let mut text = String::new();
        for a in above {
            for bullet in bullets {
                for run in [
                    "Dupont",
                    "Objet",
                    "Marie Curie",
                    "Janvier",
                    "Rue Victor Hugo",
                ] {
                    text.push_str(&format!("{a}\n{bullet} {run} : ok\n{bullet}{run}, tu\n\n"));
                }
            }
        }
        let det = PersonDetector::new();
        let mut out = Vec::new();
        let mut scan = scan_of(&text, &det, &mut out);
        scan.run();
        assert!(scan.plain_windows > 500, "{}", scan.plain_windows);
    }

    /// Runs led by a stop word that is no first name ("Janvier", "Mars", "Paris"): a civility
    /// before them makes them names, with or without a particle; other contexts leave them to
    /// the lexicon (the test build checks each against the full reading of the context).
    #[test]
    fn stop_led_runs_after_a_civility() {
        for (text, expected) in [
            ("Rendez-vous avec M. Janvier demain.", &["Janvier"][..]),
            ("Bonjour Madame Mars,\nmerci.", &["Mars"]),
            ("Courrier de Mme de Noel reçu.", &["de Noel"]),
            ("Dossier suivi par : Mai Lan\n", &["Mai Lan"]),
            ("Le 3 Janvier, rue Mars.", &[]),
            ("- Janvier : bilan\n- Mars : clôture", &[]),
            ("Présents :\nJanvier, Mars\n", &["Janvier"]),
        ] {
            assert_eq!(names(text), expected, "{text:?}");
        }
    }

    /// `is_bullet` as it was before its look at the last byte.
    fn is_bullet_reference(p: &str) -> bool {
        let p = p.trim();
        !p.is_empty()
            && p.len() <= 16
            && p.chars().count() <= 4
            && p.chars().all(|c| {
                matches!(
                    c,
                    '-' | '*'
                        | '•'
                        | '–'
                        | '—'
                        | '>'
                        | '.'
                        | ')'
                        | ' '
                        | '▪'
                        | '►'
                        | '●'
                        | '◦'
                        | '★'
                        | '♥'
                ) || c.is_ascii_digit()
            })
    }

    /// The look at the last byte changes no answer: every string of up to three characters
    /// of an alphabet of the characters that matter, and realistic prefixes.
    #[test]
    fn bullet_and_timestamp_checks_match_the_reference() {
        let alphabet = [
            "-", "*", "•", "–", "—", ">", ".", ")", "(", " ", "\t", "\u{a0}", "1", "0", "9", ":",
            "h", "[", "]", "|", "/", ",", "a", "é", "’", "\u{2022}", "\u{2013}", "x", "♥", "★",
            "●", "▪", "►", "◦", "♣", "€",
        ];
        let mut cases = concatenations(&alphabet, 3);
        let samples = [
            "[10:32]",
            "10:32",
            "14h05 -",
            "17/01/2024 09:16 -",
            "[17/01/2024 09:16:12]",
            "17/01/2024, 09:16 -",
            "12.03.2024 10:00",
            "1.",
            "12)",
            "- ",
            "• ",
            "— ",
            "  -  ",
            "1234",
            "12:34:56:78",
            "de la part de",
            "objet :",
            "10:32 |",
            "(10h32)",
            " 2) ",
        ];
        push_padded(&mut cases, &samples);
        for p in &cases {
            assert_eq!(is_bullet(p), is_bullet_reference(p), "{p:?}");
            assert_eq!(is_timestamp(p), is_timestamp_in_full(p), "{p:?}");
        }
    }

    /// The table-driven fold gives what `push_folded` gives character by character, for
    /// every character up to U+30FF and around the ASCII runs it copies at once.
    #[test]
    fn fold_matches_push_folded() {
        let slow = |s: &str| {
            let mut out = String::new();
            for c in s.chars() {
                push_folded(c, &mut out);
            }
            out
        };
        let mut fast = String::new();
        for cp in 0..0x3100u32 {
            let Some(c) = char::from_u32(cp) else {
                continue;
            };
            for text in [
                c.to_string(),
                format!("Ab{c}"),
                format!("{c}CdEfGhIjKl"),
                format!("x{c}{c}Y z"),
            ] {
                fold_into(&text, &mut fast);
                assert_eq!(fast, slow(&text), "U+{cp:04X}");
            }
        }
        for text in [
            "",
            "Bien à vous,\u{a0}Cordialement — Mme Lefèvre’s ŒUVRE 12 € «ÉTÉ» ß İstanbul Дмитрий 😀",
            "ÀÉÎÕÜ àéîõü ÇçÑñ Ææ Øø Łł Śś Žž",
        ] {
            fold_into(text, &mut fast);
            assert_eq!(fast, slow(text), "{text:?}");
        }
        // Every run of up to twenty ASCII bytes (all of them, eight at a time and fewer),
        // alone and between other characters.
        let ascii: String = (0u8..0x80).map(char::from).collect();
        for from in 0..ascii.len() {
            for len in 0..=20.min(ascii.len() - from) {
                let run = &ascii[from..from + len];
                for text in [
                    run.to_string(),
                    format!("é{run}"),
                    format!("{run}É"),
                    format!("É{run}ü{run}😀{run}"),
                ] {
                    fold_into(&text, &mut fast);
                    assert_eq!(fast, slow(&text), "{text:?}");
                }
            }
        }
    }

    /// Folding keeps the characters of a last word inside it and the others outside, so the
    /// last word of a folded text is the folded last word of the text.
    #[test]
    fn last_fields_start_after_a_sentence_a_dash_or_a_parenthesis() {
        let table: &[(&str, Option<&str>)] = &[
            ("Le budget est voté. Secrétaire", Some("Secrétaire")),
            ("Tarif : 58 € — traductrice", Some("traductrice")),
            ("Tarif – traductrice", Some("traductrice")),
            ("Mme Dupont (nom de naissance", Some("nom de naissance")),
            ("(a) fin. Puis — x (y", Some("y")),
            ("M. Dupont", Some("Dupont")),
            ("1. Nom : OKORO    Prénoms", Some("Prénoms")),
            ("Titre : Essai  (Interprète", Some("Interprète")),
            ("Tarif : 58 €", None),
            ("", None),
        ];
        for &(line, want) in table {
            let got = after_last_field(line).map(|i| line[i..].trim_start());
            assert_eq!(got, want, "{line:?}");
        }
    }

    #[test]
    fn last_words_fold_alone() {
        let in_word = |c: char| c.is_alphanumeric() || c == '\'' || c == '-';
        let mut folded = String::new();
        for cp in 0..=0x10FFFFu32 {
            let Some(c) = char::from_u32(cp) else {
                continue;
            };
            folded.clear();
            push_folded(c, &mut folded);
            let last = folded.chars().next_back().is_some_and(in_word);
            assert_eq!(folds_into_word(c), last, "U+{cp:04X}");
            if last {
                assert!(folded.chars().all(in_word), "U+{cp:04X}");
            }
        }
        let lex = &*LEXICON;
        let mut scratch = String::new();
        for line in [
            "Cordialement,",
            "Bien à vous.",
            "Bien à vous\u{a0}!",
            "Bon week-end !",
            "Re-merci",
            "Merci d’avance",
            "Merci d\u{2019}avance !",
            "l'équipe",
            "xmerci",
            "Salutations distinguées",
            "Sentiments distingués",
            "Cdlt",
            "—",
            "Facture n° 12",
            "merci\t.",
            "ŒUVRE",
        ] {
            let mut whole = String::new();
            fold_into(line, &mut whole);
            assert_eq!(
                lex.line_ends_with_signoff(line, &mut scratch),
                lex.ends_with_signoff(whole.trim_end_matches([',', '.', '!', ' '])),
                "{line:?}"
            );
        }
    }

    /// The last word found from sixteen bytes at once is the byte loop's, for every stretch
    /// of random texts of spaces, NBSP, U+202F, U+2009, accented and ASCII letters, with the
    /// bytes before the stretch read and left out.
    #[test]
    fn last_words_by_blocks_match_the_byte_loop() {
        let pieces = [
            " ", "\u{a0}", "\u{202f}", "\u{2009}", "é", "a", "Z", "°", "-",
        ];
        let mut rng = crate::test_rng::TestRng(17);
        for len in 0..60 {
            for _ in 0..20 {
                let text: String = (0..len).map(|_| pieces[rng.below(pieces.len())]).collect();
                let bytes = text.as_bytes();
                for lo in 0..=bytes.len() {
                    for end in lo..=bytes.len() {
                        assert_eq!(
                            last_word_start_in(bytes, lo, end),
                            lo + last_word_start(&bytes[lo..end], end - lo),
                            "{text:?} {lo} {end}"
                        );
                    }
                }
            }
        }
    }

    #[test]
    fn byte_trims_match_the_str_methods() {
        for text in [
            "",
            " ",
            "\u{a0}",
            "Bien à vous,\u{a0}!\u{202f}.\u{2009}",
            " \t\u{a0}Présents :\r",
            "a\u{a0}b\u{a0}",
            "é ",
            ",.!",
            "x\t",
            "\u{a0} , et \u{a0}",
            "  \u{a0}\u{a0}  ",
            "Â\u{a0}",
            "\u{a0}Â",
        ] {
            assert_eq!(
                trim_end_folded_blank(text),
                text.trim_end_matches([',', '.', '!', ' ', '\u{a0}', '\u{202f}', '\u{2009}']),
                "{text:?}"
            );
            assert_eq!(
                trim_line(text),
                text.trim_matches([' ', '\t', '\r', '\u{a0}']),
                "{text:?}"
            );
            assert_eq!(
                trim_end_spaces(text.as_bytes()),
                text.trim_end_matches([' ', '\u{a0}']).as_bytes(),
                "{text:?}"
            );
            assert_eq!(
                trim_spaces(text.as_bytes()),
                text.trim_matches([' ', '\u{a0}']).as_bytes(),
                "{text:?}"
            );
        }
        for cp in 0..0x3000u32 {
            let Some(c) = char::from_u32(cp) else {
                continue;
            };
            assert_eq!(
                letter_case(c),
                (
                    c.is_alphabetic(),
                    c.is_uppercase() && c.is_alphabetic() || !c.is_alphabetic() && c.is_uppercase()
                ),
                "U+{cp:04X}"
            );
            let text = format!("a{c}b");
            for padded in [format!("{c} {c}\u{a0}"), format!("\u{a0} {c}{c} ")] {
                assert_eq!(
                    trim_spaces(padded.as_bytes()),
                    padded.trim_matches([' ', '\u{a0}']).as_bytes(),
                    "U+{cp:04X}"
                );
            }
            assert_eq!(
                raw_last_token(&text[..text.len() - 1]),
                &text[text
                    .char_indices()
                    .rev()
                    .skip(1)
                    .find(|&(_, c)| !folds_into_word(c))
                    .map_or(0, |(i, c)| i + c.len_utf8())..text.len() - 1],
                "U+{cp:04X}"
            );
        }
    }

    #[test]
    fn embedded_fold_table_is_the_fold() {
        assert_eq!(FOLD_TABLE, table::fold_table().as_slice());
        let (from, to) = table::FOLD_RANGES[0];
        assert_eq!(
            to - from,
            0x780,
            "the second range starts at 0x780 in the table"
        );
    }

    /// Regression (blind3, blind4: "unknown first word dropped when the surname repeats"): a
    /// name found once and met again next to an unknown capitalised word ("Youa Thao" after
    /// "M. Thao") kept only its known part. Actions and headings that open a line, an item
    /// or a cell stay out.
    #[test]
    fn unknown_word_next_to_a_repeated_name() {
        let table: &[(&str, &[&str])] = &[
            (
                "M. Tesfaye est arrivé.\nHier soir Abebe Tesfaye a rappelé.\n",
                &["Tesfaye", "Abebe Tesfaye"],
            ),
            (
                "M. OTIENO est arrivé.\nPuis OTIENO Wanjiru a rappelé.\n",
                &["OTIENO", "OTIENO Wanjiru"],
            ),
            (
                "Mme Tesfaye viendra.\n- Appeler Tesfaye demain\n",
                &["Tesfaye", "Tesfaye"],
            ),
            (
                "Mme Tesfaye viendra.\nSalle B;Entretien Tesfaye;4\n",
                &["Tesfaye", "Tesfaye"],
            ),
            (
                "Mme Tesfaye viendra.\nRésultats de Tesfaye\n",
                &["Tesfaye", "Tesfaye"],
            ),
            // A tool before "de" and a surname by its shape (regression: "le déploiement
            // Ansible de Kanagaratnam" read as one name): the repeated surname alone.
            (
                "M. Kanagaratnam arrive.\nÉchec du rôle Ansible de Kanagaratnam hier.\n",
                &["Kanagaratnam", "Kanagaratnam"],
            ),
            ("Bożena Szczepańska signe.\n", &["Bożena Szczepańska"]),
            // Companies: a legal form or a trade word next to the name.
            (
                "M. Vasseur viendra.\nFacture Vasseur Holding réglée, Vasseur Immobilier aussi.\n",
                &["Vasseur"],
            ),
            // The issue's negatives.
            (
                "Mur en pierre de taille, couleur rose, huile d'olive, rue Victor Hugo.\n",
                &[],
            ),
        ];
        for (text, want) in table {
            assert_eq!(names(text), *want, "{text:?}");
        }
    }

    /// Labels of people: the credits of a show or a film, a library's borrower, an inspector,
    /// a role in the plural. Labels of things stay things.
    #[test]
    fn credits_borrowers_and_plural_roles_label_people() {
        let table: &[(&str, &[&str])] = &[
            ("Mise en scène : Oyelaran Tsegaye\n", &["Oyelaran Tsegaye"]),
            ("Montage et mixage : Wanjiru OTIENO\n", &["Wanjiru OTIENO"]),
            (
                "Lumières : Ewelina Kowal   Costumes : Tsegaye Abebe\n",
                &["Ewelina Kowal", "Tsegaye Abebe"],
            ),
            (
                "Lecteur\tCarte\tTitre\nOTIENO Wanjiru\t5521\tLa Peste\n",
                &["OTIENO Wanjiru"],
            ),
            ("Inspecteur : Tsegaye Abebe\n", &["Tsegaye Abebe"]),
            (
                "Candidats au conseil syndical : Ewelina Kowal, Tsegaye Abebe.\n",
                &["Ewelina Kowal", "Tsegaye Abebe"],
            ),
            // Labels of things; the issue's negatives.
            ("Modèle : Iveco Daily\n", &[]),
            (
                "Pierre de taille, couleur rose, huile d'olive : voir Saint-Martin.\n",
                &[],
            ),
            ("Adresse : 12 rue Victor Hugo\n", &[]),
        ];
        for (text, want) in table {
            assert_eq!(names(text), *want, "{text:?}");
        }
    }

    /// The parties of company, succession, payment and hiring papers label people, before a
    /// colon as over a column; the operation a register writes in a party's column
    /// ("Souscription") and the estate a file is named after ("Succession") are not part of
    /// them.
    #[test]
    fn parties_of_registers_deeds_and_mandates_label_people() {
        let table: &[(&str, &[&str])] = &[
            (
                "Fait le 02/03, la trésorière : Wanjiru Otieno\n",
                &["Wanjiru Otieno"],
            ),
            ("Nom du débiteur : Tsegaye ABEBE\n", &["Tsegaye ABEBE"]),
            ("Mandant : Ewelina Kowal\n", &["Ewelina Kowal"]),
            (
                "Actionnaire              Actions\n\
                 OTIENO                   120\n\
                 KOWALCZYK                 80\n",
                &["OTIENO", "KOWALCZYK"],
            ),
            (
                "| Intérimaire | Poste |\n|---|---|\n| ABEBE TSEGAYE | cariste |\n",
                &["ABEBE TSEGAYE"],
            ),
            (
                "| N° | Cédant | Cessionnaire |\n|---|---|---|\n\
                 | 1 | Souscription | Ewelina Kowal |\n\
                 | 2 | Ewelina Kowal | Tsegaye Abebe |\n",
                &["Ewelina Kowal", "Ewelina Kowal", "Tsegaye Abebe"],
            ),
            (
                "Décès de M. Kervarec.\nRéf. : Succession KERVAREC — dossier 12/AB\n",
                &["Kervarec", "KERVAREC"],
            ),
            // Things and the issue's negatives stay out.
            ("Actionnaire : Holding Kowal SAS\n", &[]),
            (
                "Pierre de taille, couleur rose, huile d'olive : voir Saint-Martin.\n",
                &[],
            ),
            ("Trésorier : voir rue Victor Hugo\n", &[]),
        ];
        for (text, want) in table {
            assert_eq!(names(text), *want, "{text:?}");
        }
    }

    /// A cell of a table aligned by spaces takes its context from its own header, not from a
    /// street type that ends the cell before it ("en cours", "cours" being one); an act and
    /// an acronym in a project column are no surname and first name.
    #[test]
    fn cells_are_read_by_their_own_column() {
        let table: &[(&str, &[&str])] = &[
            (
                "Séance      Statut      Formateur\n\
                 12/03       en cours    Wanjiru\n\
                 19/03       acquis      Wanjiru Otieno\n",
                &["Wanjiru", "Wanjiru Otieno"],
            ),
            // A column of places: the street type still denies the name.
            (
                "Séance      Adresse     Salle\n\
                 12/03       le cours    Molière\n",
                &[],
            ),
            (
                "| Jour | Projet |\n|---|---|\n| Lundi | Migration ERP |\n",
                &[],
            ),
            (
                "| Jour | Agent |\n|---|---|\n| Lundi | Wanjiru OTIENO |\n",
                &["Wanjiru OTIENO"],
            ),
            ("Adresse : 12 cours Victor Hugo\n", &[]),
            (
                "Pierre de taille, couleur rose, huile d'olive : voir Saint-Martin.\n",
                &[],
            ),
        ];
        for (text, want) in table {
            assert_eq!(names(text), *want, "{text:?}");
        }
    }

    /// A label reaches the twelve lines under it, whether each walk up is made afresh or
    /// goes on from the walk of the line before (remembered); blank and long lines end a list.
    /// Org charts drawn as trees: the branches before a role label are no part of it.
    #[test]
    fn role_labels_under_tree_branches() {
        let table: &[(&str, &[&str])] = &[
            (
                "Direction : Ioana Petrescu\n├── directrice financière : Tsegaye Amanuel\n\
                 │   ├── chef d'équipe : Nnamdi Okafor\n│   └── gestionnaire de paie : Ioana B.\n",
                &[
                    "Ioana Petrescu",
                    "Tsegaye Amanuel",
                    "Nnamdi Okafor",
                    "Ioana B.",
                ],
            ),
            (
                "└── responsable logistique : Nnamdi Okafor\n",
                &["Nnamdi Okafor"],
            ),
            // A branch is no label: a place or a thing after it stays out.
            (
                "├── Site : Saint-Martin\n└── Matériau : pierre de taille\n",
                &[],
            ),
        ];
        for (text, want) in table {
            assert_eq!(names(text), *want, "{text:?}");
        }
    }

    /// Remittance slips: an item that opens with a name set apart by a dash, the drawer of a
    /// cheque; a place or a product before a dash stays out.
    #[test]
    fn dash_items_and_cheque_drawers() {
        let table: &[(&str, &[&str])] = &[
            (
                "• Nnamdi Okafor — chèque de Adaeze Okonjo (40 €)\n",
                &["Nnamdi Okafor", "Adaeze Okonjo"],
            ),
            ("- Tsegaye Amanuel – absent\n", &["Tsegaye Amanuel"]),
            ("Reçu un virement de Nnamdi Okafor.\n", &["Nnamdi Okafor"]),
            // An address or a price after the dash; no bullet; the issue's negatives.
            ("1) Brico Sud — 12 rue Danton, 59000 Lille\n", &[]),
            ("• Option Confort — 40 €\n", &[]),
            ("Salle Rouge — étage 2\n", &[]),
            ("• Saint-Martin — couleur rose\n", &[]),
            ("• Mur — pierre de taille, rue Victor Hugo\n", &[]),
        ];
        for (text, want) in table {
            assert_eq!(names(text), *want, "{text:?}");
        }
    }

    #[test]
    fn lists_under_a_label_reach_twelve_lines() {
        let item = |k: usize| {
            format!(
                "Xoq{} Vryn{}",
                char::from(b'a' + k as u8),
                char::from(b'a' + k as u8)
            )
        };
        let list = |items: usize| {
            (1..=items)
                .map(|k| format!("- {}\n", item(k)))
                .collect::<String>()
        };
        // The items past the twelfth are items of a list of names (see `lists`): found, but
        // by that rule, not by the label's.
        let by_label = |text: &str| -> Vec<String> {
            let engine = Engine::builder().no_default_patterns().build().unwrap();
            engine
                .scan(text)
                .iter()
                .filter(|f| f.kind == Kind::Person && &*f.rule != "person-list")
                .map(|f| f.text(text).to_string())
                .collect()
        };
        let text = format!("Présents :\n{}", list(14));
        let expected: Vec<String> = (1..=12).map(item).collect();
        assert_eq!(by_label(&text), expected);
        assert_eq!(names(&text), (1..=14).map(item).collect::<Vec<_>>());
        // Each line start alone, with no walk before it to remember.
        for k in 1..=14 {
            let text = format!("Présents :\n{}- {}\n", list(k - 1), item(k));
            let found = by_label(&text).contains(&item(k));
            assert_eq!(found, k <= 12, "item {k}");
        }
        let more = |from: usize| {
            (from..from + 3)
                .map(|k| format!("- {}\n", item(k)))
                .collect::<String>()
        };
        let blank = format!("Présents :\n{}\n{}", list(3), more(4));
        assert_eq!(names(&blank), (1..=3).map(item).collect::<Vec<_>>());
        let long = format!("Présents :\n{}{}\n{}", list(3), "x".repeat(90), more(4));
        assert_eq!(names(&long), (1..=3).map(item).collect::<Vec<_>>());
        let two = format!(
            "Présents :\n{}Objet :\n{}Excusés :\n{}",
            list(3),
            more(4),
            more(7)
        );
        assert_eq!(
            names(&two),
            (1..=3).chain(7..=9).map(item).collect::<Vec<_>>()
        );
    }

    #[test]
    fn surname_shapes() {
        for (word, shape) in [
            ("kowalski", true),
            ("hovhannisyan", true),
            ("rakotondrabe", true),
            ("mcdonald", true),
            ("rakoto", false),
            ("andrianina", true),
            ("papadopoulos", true),
            ("ski", false),
            ("maison", false),
            ("ecole", false),
            ("evaeva", true),
        ] {
            assert_eq!(surname_shape(word.as_bytes()), shape, "{word}");
        }
    }

    /// The affix comparisons of [`surname_shape`] against its definition by slices, on words
    /// made of the affixes, their parts and other bytes, of every length up to twelve.
    #[test]
    fn surname_shapes_match_the_slice_comparisons() {
        fn by_slices(folded: &[u8]) -> bool {
            let len = folded.iter().filter(|&&b| b & 0xC0 != 0x80).count();
            len >= 6
                && (SURNAME_ENDINGS
                    .iter()
                    .any(|e| folded.ends_with(e.as_bytes()))
                    || SURNAME_BEGINNINGS.iter().any(|b| {
                        folded.starts_with(b.as_bytes()) && len >= 8
                            || *b == "mc" && folded.starts_with(b.as_bytes())
                    }))
        }
        let mut pieces: Vec<String> = vec!["a".into(), "é".into(), "z".into(), "-".into()];
        for affix in SURNAME_ENDINGS.iter().chain(SURNAME_BEGINNINGS) {
            pieces.push((*affix).to_owned());
            pieces.push(affix[1..].to_owned());
            pieces.push(affix[..affix.len() - 1].to_owned());
        }
        let mut checked = 0;
        for first in &pieces {
            for second in &pieces {
                for third in ["", "a", "ov", "éé", "mcx"] {
                    for word in [
                        format!("{first}{second}{third}"),
                        format!("{third}{first}{second}"),
                        format!("{first}{third}{second}"),
                    ] {
                        let word = word.as_bytes();
                        if word.len() >= 6 && word.len() <= 24 {
                            // Past the pair filter of `surname_shape`: its last part.
                            assert_eq!(
                                surname_shape(word),
                                by_slices(word) && {
                                    let n = word.len();
                                    let pair = |pairs: &[u32; 256], edge: u8, inner: u8| {
                                        pairs[usize::from(edge)] >> (inner & 31) & 1
                                    };
                                    pair(&SURNAME_END_PAIRS, word[n - 1], word[n - 2]) != 0
                                        || pair(&SURNAME_BEGIN_PAIRS, word[0], word[1]) != 0
                                },
                                "{:?}",
                                String::from_utf8_lossy(word)
                            );
                            checked += 1;
                        }
                    }
                }
            }
        }
        assert!(checked > 100_000, "{checked}");
    }

    /// The Latin-1 shortcuts of the character classes are the classes, for every character.
    #[test]
    fn character_classes_match_the_standard_ones() {
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            assert_eq!(is_letter(c), c.is_alphabetic(), "{c:?}");
            assert_eq!(is_upper(c), c.is_uppercase(), "{c:?}");
            assert_eq!(is_letter_or_digit(c), c.is_alphanumeric(), "{c:?}");
            assert_eq!(
                letter_case(c),
                (c.is_alphabetic(), c.is_uppercase()),
                "{c:?}"
            );
        }
    }

    #[test]
    fn candidate_search_matches_a_byte_loop() {
        let text = "abc de@[`{ ZAz Émile x\u{a0}é ù 09 _Q azertyuiopqsdfghjklmWXCVBN,;:! \
                    ×÷ÀÞßàÿ «°» – — ’ … €\u{202f}: Ωω Ąą Ǆ ŉ 語 😀 ȺⱥÉtéÉTÉ";
        let bytes = text.as_bytes();
        let candidates = starts::Candidates::of(bytes, Vec::new());
        for from in (0..bytes.len()).filter(|&i| text.is_char_boundary(i)) {
            // The byte loop `run` used, with the characters it passed over by decoding them.
            let mut naive = None;
            let mut j = from;
            while let Some(c) = text[j..].chars().next() {
                // An upper-case ASCII letter glued to an ASCII word byte is passed over too.
                if c.is_ascii_uppercase()
                    && !bytes[..j]
                        .last()
                        .is_some_and(|&p| p.is_ascii_alphanumeric() || p == b'_')
                {
                    naive = Some(j);
                    break;
                }
                if !c.is_ascii() {
                    let b = bytes[j];
                    let lower_latin1 = b == 0xC3 && {
                        let s = bytes[j + 1];
                        !(0x80..=0x9E).contains(&s) || s == 0x97
                    };
                    let passed_over = lower_latin1 || !(c.is_uppercase() && c.is_alphabetic());
                    if !passed_over || !matches!(c, '\u{80}'..='\u{ff}' | '\u{2000}'..='\u{20ff}') {
                        naive = Some(j);
                        break;
                    }
                }
                j += c.len_utf8();
            }
            assert_eq!(candidates.next(from), naive, "from {from}");
        }
    }

    /// [`joinable_gap`] reads bytes; here is the `str` version it replaced, with the particles
    /// searched one by one, and both give the same answer on every gap made of these pieces.
    #[test]
    fn gaps_join_as_the_str_version() {
        fn by_str(particles: &[&str], gap: &str) -> bool {
            if gap.len() <= 1 || gap.len() > 15 {
                return gap == " ";
            }
            let Some(rest) = gap.strip_prefix([' ', '\u{a0}']) else {
                return false;
            };
            if rest.is_empty() {
                return true;
            }
            if rest.len() > 12 {
                return false;
            }
            let (words, glued) = match rest.strip_suffix(['\'', '’']) {
                Some(w) => match w.strip_suffix('d') {
                    Some(before) if before.is_empty() || before.ends_with(' ') => (before, true),
                    _ => return false,
                },
                None => match rest.strip_suffix(' ') {
                    Some(w) => (w, false),
                    None => return false,
                },
            };
            let mut count = 0;
            for w in words.split(' ').filter(|w| !w.is_empty()) {
                if !particles.contains(&w) {
                    return false;
                }
                count += 1;
            }
            (glued && count <= 1 || count >= 1) && count <= 2
        }
        let particles: Vec<&str> = sections()["gap-particle"].clone();
        let lex = &*LEXICON;
        let pieces = [
            " ",
            "\u{a0}",
            "de",
            " la ",
            "van ",
            "der",
            "d",
            "'",
            "’",
            "x",
            "é",
            "dé",
            " ibn",
            "della",
            "y",
            ".",
            "-",
            "ABCDEFGHIJ",
            "de\u{a0}",
            " de ",
            "d'",
            " d’",
        ];
        let gaps = concatenations(&pieces, 4);
        let mut joined = 0;
        for gap in &gaps {
            let expected = by_str(&particles, gap);
            assert_eq!(joinable_gap(lex, gap.as_bytes()), expected, "{gap:?}");
            joined += usize::from(expected);
        }
        assert!(joined > 100, "{joined} of {}", gaps.len());
    }

    /// Git logs name authors after "Author:" and in trailers ending in "-by"; "Entre" opens
    /// a settlement and "& Co" closes a company's name: neither is part of a name.
    #[test]
    fn git_authors_and_trailers_contract_openings_and_companies_and_co() {
        let table: &[(&str, &[&str])] = &[
            (
                "commit 9e1b2c3\nAuthor: Tiavina Rasoanaivo <t.rasoanaivo@exemple.fr>\nDate:   Mon Mar 2 10:00:00 2026 +0100\n",
                &["Tiavina Rasoanaivo"],
            ),
            ("    Signed-off-by: Oyelaran Adebisi <oa@exemple.fr>\n", &["Oyelaran Adebisi"]),
            ("    Reviewed-by: Tamar Jgerenaia <tj@exemple.fr>\n", &["Tamar Jgerenaia"]),
            ("Co-authored-by: Thanh Vuong <tv@exemple.fr>\n", &["Thanh Vuong"]),
            ("Committer: Yerlan Abenov <ya@exemple.fr>\n", &["Yerlan Abenov"]),
            ("    Acked-by: Hemi Parata <hp@exemple.fr>\n", &["Hemi Parata"]),
            // "Entre" opens the sentence, not the name.
            (
                "Entre OKONJO Mariam, d'une part, et la société Bâtir Plus, d'autre part.",
                &["OKONJO Mariam"],
            ),
            // "& Co": a company, whatever label precedes it.
            ("De : Jardins & Co <contact@exemple.fr>\n", &[]),
            ("Fournisseur : Durand & Co.\n", &[]),
            // The issue's negatives.
            ("Mur en pierre de taille, couleur rose, huile d'olive.\n", &[]),
            ("Au 12 rue Victor Hugo, Saint-Martin.\n", &[]),
        ];
        for &(text, want) in table {
            assert_eq!(names(text), want, "{text:?}");
        }
    }

    /// A form line's later field takes the words after its own label, not the line's first
    /// label's; a role after a name and a comma is what the person is, not a second name.
    #[test]
    fn later_fields_and_roles_after_a_name() {
        let table: &[(&str, &[&str])] = &[
            (
                "Salariée : KOUASSI Awa    Poste : Chaudronnier\n",
                &["KOUASSI Awa"],
            ),
            ("Salarié : Rémi Talon\tService : Soudure\n", &["Rémi Talon"]),
            // A later field labelled for people, or by a word no list knows, still labels
            // people.
            (
                "Salarié : Rémi Talon    Témoin : Ingrid Salo\n",
                &["Rémi Talon", "Ingrid Salo"],
            ),
            ("Nom : TALON    Prénom(s) : Rémi\n", &["TALON", "Rémi"]),
            (
                "Demandeur : r.talon (Rémi Talon)    Valideur : Kossivi Amevor\n",
                &["Rémi Talon", "Kossivi Amevor"],
            ),
            // No gap: the first label's list goes on.
            (
                "Présents : Rémi Talon, Ingrid Salo, Kossivi Amevor\n",
                &["Rémi Talon", "Ingrid Salo", "Kossivi Amevor"],
            ),
            (
                "Présents : Rémi Talon (arrivé 10:15), Kossivi Amevor\n",
                &["Rémi Talon", "Kossivi Amevor"],
            ),
            // A role after the name and a comma.
            (
                "sous la responsabilité du Dr Tkachuk, Médecin du travail.\n",
                &["Tkachuk"],
            ),
            ("KOUASSI Awa, Délégué syndical\n", &["KOUASSI Awa"]),
            (
                "Le projet de Rémi Talon, Technicien de maintenance.\n",
                &["Rémi Talon"],
            ),
            // A first name after the comma is the next name.
            ("Présents : Rémi Talon, Ingrid\n", &["Rémi Talon", "Ingrid"]),
            // The issue's negatives.
            (
                "Mur en pierre de taille, couleur rose, huile d'olive.\n",
                &[],
            ),
            ("Au 12 rue Victor Hugo, Saint-Martin.\n", &[]),
        ];
        for &(text, want) in table {
            assert_eq!(names(text), want, "{text:?}");
        }
    }
}
