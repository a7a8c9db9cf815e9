//! The engine: rules compiled once into two multi-pattern automata, one pass over the text,
//! validators on candidates only, overlaps resolved once.

use std::ops::Range;
use std::path::Path;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, OnceLock};

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, AhoCorasickKind};
use regex_automata::meta::{self, Regex};
use regex_automata::nfa::thompson::WhichCaptures;
use regex_automata::util::captures::Captures;
use regex_automata::util::syntax;
use regex_automata::{Anchored, Input, MatchKind, PatternID};

use crate::allow::Allowlist;
use crate::error::{Error, Result};
use crate::evasion;
use crate::finding::{Finding, Span};
use crate::kind::Kind;
use crate::mask::{Mask, Masker, Style};
use crate::rules::{self, Anchor, Boundary, RuleDef};
use crate::validate::Validator;

mod anchored;
mod direct;
mod group;
pub(crate) mod keywords;
mod prefix;
mod shape;
mod starts;

use self::anchored::{AnchoredPass, End, Walker};
use self::group::GroupAt;
use self::keywords::KeywordSet;
use self::shape::Shape;
use self::starts::{digit_bits, Starts, BLOCK};

/// How far a multi-line rule (a PEM block) may reach from its keyword.
const MULTILINE_REACH: usize = 1 << 20;

/// A compiled rule: what the search loop needs to confirm a candidate.
#[derive(Debug)]
struct Rule {
    id: Arc<str>,
    kind: Kind,
    validator: Option<Validator>,
    context: Option<Words>,
    deny_context: Option<Words>,
    context_before: usize,
    context_after: usize,
    boundary: Boundary,
    group: Option<usize>,
    priority: i32,
    /// Placeholder substrings and whole-value pattern: a candidate they match is rejected.
    allow_values: Option<Words>,
    allow_regex: Option<WholeValue>,
    keyword_at_word_start: bool,
    line_needs: Option<Words>,
    keyword_in_assignment: bool,
    /// For some embedded secret rules: where the group stands in a match, read without a
    /// capture search (see [`group`]).
    group_at: Option<GroupAt>,
}

/// A rule's word list (context, deny-context, allow-values, line-needs) as an ASCII
/// case-insensitive automaton. An embedded rule's is compiled the first time a candidate of
/// that rule needs it: most texts never need most of them, and building the 180 of them at
/// start-up was a tenth of a short prompt's run. A user rule's is compiled at once, so that
/// a bad list fails at start.
#[derive(Debug)]
struct Words {
    words: Vec<String>,
    ac: OnceLock<AhoCorasick>,
    /// When the words are at most three single bytes other than letters (`line-needs = ["=",
    /// ":"]`), those bytes: searched with memchr, many times cheaper than the automaton on
    /// the thousands of keyword lines a config file or a log makes.
    bytes: Option<Vec<u8>>,
    /// Work the direct search may still do before the automaton is built (see
    /// [`direct`]); zero for a user rule's list, compiled at once, and for one holding an
    /// empty word.
    direct_budget: AtomicUsize,
}

/// About what building one list's automaton costs, in the units of [`Words::direct_cost`].
const DIRECT_BUDGET: usize = 150_000;

impl Words {
    fn new(words: &[String], eager: bool) -> Result<Option<Words>, String> {
        if words.is_empty() {
            return Ok(None);
        }
        let single = |w: &String| w.len() == 1 && !w.as_bytes()[0].is_ascii_alphabetic();
        let bytes = (words.len() <= 3 && words.iter().all(single))
            .then(|| words.iter().map(|w| w.as_bytes()[0]).collect());
        let direct = !eager && words.iter().all(|w| !w.is_empty());
        let set = Words {
            words: words.to_vec(),
            ac: OnceLock::new(),
            bytes,
            direct_budget: AtomicUsize::new(if direct { DIRECT_BUDGET } else { 0 }),
        };
        if eager {
            let _ = set.ac.set(build_ac(&set.words)?);
        }
        Ok(Some(set))
    }

    fn get(&self) -> &AhoCorasick {
        self.ac.get_or_init(|| {
            build_ac(&self.words)
                .expect("the embedded rules compile (tests/rule_examples.rs builds them all)")
        })
    }

    /// Whether `hay` holds one of the words (ASCII case-insensitive).
    fn found_in(&self, hay: &[u8]) -> bool {
        match self.bytes.as_deref() {
            Some(&[a]) => memchr::memchr(a, hay).is_some(),
            Some(&[a, b]) => memchr::memchr2(a, b, hay).is_some(),
            Some(&[a, b, c]) => memchr::memchr3(a, b, c, hay).is_some(),
            _ if self.search_directly(hay) => direct::any(&self.words, hay),
            _ => self.get().is_match(hay),
        }
    }

    /// Whether one of the words stands in `window` as context: see [`has_word`].
    fn stands_in(&self, window: &[u8]) -> bool {
        if !self.search_directly(window) {
            return has_word(self.get(), window);
        }
        let mut from = 0;
        while let Some((start, end)) = direct::first(&self.words, window, from) {
            if !is_mask_name(window, start, end) {
                return true;
            }
            from = end;
        }
        false
    }

    /// Whether to search `hay` without the automaton: while it is not built and the direct
    /// searches so far cost less than building it would.
    fn search_directly(&self, hay: &[u8]) -> bool {
        if self.ac.get().is_some() {
            return false;
        }
        let cost = self.direct_cost(hay);
        self.direct_budget
            .fetch_update(Ordering::Relaxed, Ordering::Relaxed, |left| {
                left.checked_sub(cost)
            })
            .is_ok()
    }

    /// Roughly the instructions of one direct search: a `memchr2` per word, 16 bytes a step.
    fn direct_cost(&self, hay: &[u8]) -> usize {
        self.words.len() * (24 + hay.len() / 8)
    }
}

/// A rule's `allow-regex`, compiled like [`Words`]: at first use for an embedded rule.
///
/// It is searched anchored on one candidate value at a time, so it needs no literal
/// prefilter. A value of up to [`COLD_TEXT`] bytes is searched without lazy DFA, as a short
/// text's keyword lines are: no reverse automaton to compile and no DFA states to build for
/// a few dozen bytes. A longer value gets the lazy DFA, built when one first comes, so that
/// its search stays at DFA speed.
#[derive(Debug)]
struct WholeValue {
    pattern: String,
    /// For values of up to [`COLD_TEXT`] bytes.
    short: OnceLock<Regex>,
    /// For longer values.
    long: OnceLock<Regex>,
}

impl WholeValue {
    fn new(pattern: &str, eager: bool) -> Result<WholeValue, String> {
        let whole = WholeValue {
            pattern: format!("(?:{pattern})$"),
            short: OnceLock::new(),
            long: OnceLock::new(),
        };
        if eager {
            let _ = whole.short.set(whole.build(false)?);
        }
        Ok(whole)
    }

    fn build(&self, lazy_dfa: bool) -> Result<Regex, String> {
        Regex::builder()
            .syntax(syntax::Config::new().unicode(true).utf8(true))
            .configure(
                Regex::config()
                    .nfa_size_limit(Some(NFA_SIZE_LIMIT))
                    // Searches are anchored: a literal prefilter would never run.
                    .auto_prefilter(false)
                    .hybrid(lazy_dfa)
                    .dfa(lazy_dfa),
            )
            .build(&self.pattern)
            .map_err(|e| e.to_string())
    }

    /// The regex to search a value of `len` bytes with.
    fn get(&self, len: usize) -> &Regex {
        let (slot, lazy_dfa) = if len <= COLD_TEXT {
            (&self.short, false)
        } else {
            (&self.long, true)
        };
        slot.get_or_init(|| {
            self.build(lazy_dfa)
                .expect("the embedded rules compile (tests/rule_examples.rs builds them all)")
        })
    }

    /// Whether the whole of `value` matches.
    fn matches_whole(&self, value: &str) -> bool {
        let input = Input::new(value).anchored(Anchored::Yes);
        self.get(value.len())
            .search(&input)
            .is_some_and(|m| m.end() == value.len())
    }
}

impl Rule {
    /// Whether a keyword hit at `start..end`, on `line`, lets this rule run there. (The
    /// secret rules run the same tests in `run_secrets`, sharing work between rules.)
    fn keyword_hit_counts(
        &self,
        bytes: &[u8],
        start: usize,
        end: usize,
        line: Range<usize>,
    ) -> bool {
        if self.keyword_at_word_start && glued_before(bytes, start) {
            return false;
        }
        if self.keyword_in_assignment && !assignment_follows(bytes, start, end, line.end) {
            return false;
        }
        self.line_needs
            .as_ref()
            .is_none_or(|needs| needs.found_in(&bytes[line]))
    }
}

/// The keyword hits of the gated rules in `bytes`; `None` when no gated rule can match
/// (no keyword, and no one-byte keyword to look for).
fn gated_keyword_hits(gated: &GatedPass, bytes: &[u8]) -> Option<Vec<keywords::Hit>> {
    let mut found = Vec::new();
    if let Some(keywords) = &gated.keywords {
        keywords.find_all(bytes, &mut found);
    }
    (!found.is_empty() || !gated.bytes.is_empty()).then_some(found)
}

/// The line holding `start..end`, without its line break.
fn line_around(bytes: &[u8], start: usize, end: usize) -> Range<usize> {
    let line_start = memchr::memrchr(b'\n', &bytes[..start]).map_or(0, |i| i + 1);
    let line_end = memchr::memchr(b'\n', &bytes[end..]).map_or(bytes.len(), |i| end + i);
    line_start..line_end
}

/// Whether the keyword hit `start..end` is part of a key name that an assignment follows (see
/// `keyword-in-assignment` in [`rules`]): past the hit and the rest of the name (ASCII
/// letters, digits, `_.-(`), at most a closing quote and a `]`, then spaces (tab, space,
/// no-break spaces), a `:` or `=` must come before `line_end`. The hit's own bytes count as
/// name, up to a `:` or `=` it holds (`SharedAccessKey=`).
fn assignment_follows(bytes: &[u8], start: usize, end: usize, line_end: usize) -> bool {
    let hit_end = end.min(line_end);
    let sign = bytes[start..hit_end]
        .iter()
        .position(|&b| matches!(b, b':' | b'='));
    match sign {
        Some(at) => assignment_follows_from(bytes, start + at, false, line_end),
        None => assignment_follows_from(bytes, hit_end, true, line_end),
    }
}

/// [`assignment_follows`] past the hit's bytes: from `i`, where the hit's name part ends
/// (its end, or a `:` or `=` it holds: then `in_name` is false and the name ends there).
/// `run_secrets` knows that place from the keyword itself, and skips the hit's bytes: a
/// third of this test's cost on a log, where it runs on most keyword hits.
fn assignment_follows_from(bytes: &[u8], mut i: usize, in_name: bool, line_end: usize) -> bool {
    if in_name {
        while i < line_end && NAME_BYTE[usize::from(bytes[i])] {
            i += 1;
        }
    }
    if i < line_end && matches!(bytes[i], b'"' | b'\'') {
        i += 1;
    }
    if i < line_end && bytes[i] == b']' {
        i += 1;
    }
    loop {
        match &bytes[i..line_end] {
            [b' ' | b'\t', ..] => i += 1,
            [0xC2, 0xA0, ..] => i += 2,
            [0xE2, 0x80, 0xAF, ..] => i += 3,
            [b':' | b'=', ..] => return true,
            _ => return false,
        }
    }
}

/// The bytes that continue a key name past its keyword in [`assignment_follows`]: ASCII
/// letters and digits, `_`, `.`, `-`, `(`.
static NAME_BYTE: [bool; 256] = {
    let mut table = [false; 256];
    let mut b = 0;
    while b < 256 {
        let c = b as u8;
        table[b] = c.is_ascii_alphanumeric() || matches!(c, b'_' | b'.' | b'-' | b'(');
        b += 1;
    }
    table
};

/// Whether a letter or digit (any script) ends just before `at`.
fn glued_before(bytes: &[u8], at: usize) -> bool {
    let head = &bytes[..at];
    let from = at.saturating_sub(4);
    // The last character before `at`, decoded from at most its four bytes.
    (from..at)
        .find_map(|i| std::str::from_utf8(&head[i..]).ok())
        .and_then(|s| s.chars().next_back())
        .is_some_and(char::is_alphanumeric)
}

/// One multi-pattern automaton and, per pattern, the rule it stands for.
///
/// The automaton of embedded rules is compiled the first time a text needs it: a prompt with
/// no secret keyword never pays for the secret rules, and a short command starts fast. Rules
/// from user files are compiled when the engine is built, so that a bad pattern is an error
/// at start, never in the middle of a stream.
#[derive(Debug)]
struct Pass {
    regex: OnceLock<Regex>,
    /// A pass searched only on keyword lines first gets this one: the same patterns with no
    /// lazy DFA, which costs a third less to build (no reverse automaton) and searches a few
    /// lines faster than a lazy DFA that must first build its states. On a long text, or
    /// past [`COLD_TEXT`] bytes searched, the pass builds `regex`. Both find the same
    /// matches: the meta regex's engines all report the same leftmost-first matches.
    cold: OnceLock<Regex>,
    /// Bytes searched with `cold` so far.
    cold_searched: AtomicUsize,
    patterns: Vec<String>,
    rules: Vec<usize>,
    /// True when some pattern of this pass reports a capture group rather than the whole match.
    has_groups: bool,
    /// Searched over whole texts (not only keyword lines): worth a literal prefilter.
    whole_text: bool,
    /// The patterns parsed at build time (`None` for user patterns), decoded by the first
    /// compile and kept for a second one (`cold`, then `regex`) and until the engine is
    /// dropped: freeing them after each compile was work on the first scan's critical path,
    /// or a worker thread woken up to do it beside the two that scan a prompt.
    hirs: OnceLock<Option<Vec<regex_syntax::hir::Hir>>>,
}

/// The digit-anchored rules. Within each digit window they are tried at each position where
/// a finding may start (see [`anchored`]); the general leftmost-first pass serves rules that
/// report a capture group, and stands in should the anchored automaton ever give up.
#[derive(Debug)]
struct DigitPass {
    pass: Pass,
    /// Compiled on first use, like [`Pass`]; `None` when some rule reports a group.
    anchored: OnceLock<Option<AnchoredPass>>,
    /// The loosest start boundary among the rules: positions it refuses are never tried.
    loosest: Boundary,
}

/// Keyword-gated rules (addresses, dates of birth, e-mails, BICs, user rules with keywords):
/// each runs alone, only on the lines holding one of its own keywords. One automaton over all
/// of them would run every rule on every keyword line, and its lazy DFA, a product of all the
/// rules, kept building states on varied text.
#[derive(Debug)]
struct GatedPass {
    /// Keywords of two bytes or more.
    keywords: Option<KeywordSet>,
    /// Per keyword pattern: the rules (indices into `rules`) it gates.
    owners: Vec<Vec<usize>>,
    /// Keywords of one byte ("@"), found with memchr: a one-byte pattern would take
    /// Aho-Corasick off its SIMD prefilter. At most three, with the rules each gates.
    bytes: Vec<(u8, Vec<usize>)>,
    rules: Vec<GatedRule>,
}

/// One keyword-gated rule and its own automaton.
#[derive(Debug)]
struct GatedRule {
    /// Index into the engine's rules.
    rule: usize,
    /// A keyword opens a multi-line block.
    multiline: bool,
    /// How many lines after the keyword's line the rule may reach.
    lines_after: usize,
    /// The rule filters its keyword hits (word start, line needs).
    filtered: bool,
    pass: Pass,
}

/// A candidate that passed its checks, before overlaps are resolved.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Candidate {
    start: usize,
    end: usize,
    rule: usize,
}

/// A confirmed candidate from any detector, before overlaps are resolved.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Detection {
    pub kind: Kind,
    pub span: Span,
    /// The id of the rule or detector that confirmed it, reported as the finding's `rule`.
    pub rule: Arc<str>,
    /// Ranks overlapping detections of equal length: the higher wins.
    pub priority: i32,
}

/// Finds what regex rules cannot express: dictionaries (client lists), names in context.
/// Detectors run on the same text as the rules, and their detections go through the same
/// overlap resolution and masking.
pub trait Detector: Send + Sync + std::fmt::Debug {
    /// Appends the confirmed detections found in `text`. Must never panic, whatever the input.
    fn detect(&self, text: &str, out: &mut Vec<Detection>);

    /// Builds now what the first [`Detector::detect`] would build (a lexicon's tables), so
    /// that the engine can have it done on another core while it compiles its automata.
    /// Default: nothing.
    fn warm_up(&self) {}
}

/// Builds an [`Engine`] from the embedded rules and any user pattern files.
#[derive(Debug, Default)]
pub struct EngineBuilder {
    skip_builtin: bool,
    sources: Vec<(String, String)>,
    detectors: Vec<Box<dyn Detector>>,
    /// Leaves out the PERSON detector, which is on by default.
    no_person: bool,
    allow: Vec<String>,
}

impl EngineBuilder {
    pub fn new() -> EngineBuilder {
        EngineBuilder::default()
    }

    /// Leaves out the embedded default rules (only the added pattern files are used).
    pub fn no_default_patterns(mut self) -> EngineBuilder {
        self.skip_builtin = true;
        self
    }

    /// Adds the rules of a pattern file given as text; `origin` names it in errors.
    pub fn patterns_str(mut self, origin: impl Into<String>, source: impl Into<String>) -> Self {
        self.sources.push((origin.into(), source.into()));
        self
    }

    /// Adds a detector that runs beside the rules.
    pub fn detector(mut self, detector: impl Detector + 'static) -> EngineBuilder {
        self.detectors.push(Box::new(detector));
        self
    }

    /// Turns the built-in PERSON detector (names of people, on by default) on or off.
    pub fn person(mut self, on: bool) -> EngineBuilder {
        self.no_person = !on;
        self
    }

    /// Values never reported (the company's own SIRET, its support e-mail), compared with
    /// findings after normalisation, whatever their kind. See [`crate::Policy`].
    pub fn allow(mut self, values: impl IntoIterator<Item = String>) -> EngineBuilder {
        self.allow.extend(values);
        self
    }

    /// Adds the rules of a pattern file read from disk.
    pub fn patterns_file(self, path: impl AsRef<Path>) -> Result<EngineBuilder> {
        let path = path.as_ref();
        const MAX_PATTERN_FILE: u64 = 4 << 20;
        let meta = std::fs::metadata(path).map_err(|source| Error::Io {
            path: path.to_path_buf(),
            source,
        })?;
        if meta.len() > MAX_PATTERN_FILE {
            return Err(Error::PatternFile {
                origin: path.display().to_string(),
                message: format!("pattern file larger than {MAX_PATTERN_FILE} bytes"),
            });
        }
        let source = std::fs::read_to_string(path).map_err(|source| Error::Io {
            path: path.to_path_buf(),
            source,
        })?;
        Ok(self.patterns_str(path.display().to_string(), source))
    }

    pub fn build(self) -> Result<Engine> {
        let mut defs = Vec::new();
        // Whether each rule is one of the embedded ones (tested by the suite), whose automata
        // may wait until a text needs them.
        let mut embedded = Vec::new();
        if !self.skip_builtin {
            for (origin, source) in rules::BUILTIN_FILES {
                let parsed = rules::parse_source_lean(origin, source)?;
                embedded.resize(embedded.len() + parsed.len(), true);
                defs.extend(parsed);
            }
        }
        for (origin, source) in &self.sources {
            let parsed = rules::parse_source_lean(origin, source)?;
            let same = rules::BUILTIN_FILES.iter().any(|(_, b)| b == source);
            embedded.resize(embedded.len() + parsed.len(), same);
            defs.extend(parsed);
        }
        let mut detectors = self.detectors;
        if !self.no_person {
            detectors.push(Box::new(crate::person::PersonDetector::new()));
        }
        let mut engine = Engine::compile(defs, &embedded, detectors, Allowlist::new(&self.allow))?;
        if let Some(inner) = Arc::get_mut(&mut engine.inner) {
            inner.sources = Sources {
                builtin: !self.skip_builtin,
                added: self.sources,
            };
        }
        Ok(engine)
    }
}

/// The pattern files an engine was built from.
#[derive(Debug, Default)]
struct Sources {
    builtin: bool,
    added: Vec<(String, String)>,
}

/// The redaction engine. Build it once ([`Engine::builder`] or [`Engine::default`]) and share
/// it: it is `Send + Sync`, and cloning it only clones an `Arc`.
#[derive(Clone, Debug)]
pub struct Engine {
    inner: Arc<Inner>,
}

#[derive(Debug)]
struct Inner {
    /// The rules as read, embedded ones without their examples ([`rules::parse_source_lean`]).
    defs: Vec<RuleDef>,
    /// The files `defs` were read from, read again with the examples by
    /// [`Engine::rule_defs`].
    sources: Sources,
    defs_with_examples: OnceLock<Vec<RuleDef>>,
    rules: Vec<Rule>,
    /// Rules whose matches hold digits: run only in windows around the digits of the text.
    digits: Option<DigitPass>,
    /// Rules with neither keywords nor a digit anchor: one pass over the whole text.
    always: Option<Pass>,
    gated: Option<GatedPass>,
    secrets: Option<SecretRules>,
    /// Rules with `after-kind`, each compiled alone, run right after findings of that kind.
    followers: Vec<(Kind, Pass)>,
    detectors: Vec<Box<dyn Detector>>,
    allow: Allowlist,
}

/// Whether a BIC (letters 5–6) belongs to the country of the IBAN (letters 1–2) it follows:
/// without a label, that is what tells a bank code from a capitalised word ("… 189 BUSINESS"
/// reads as a BIC of Niger). French overseas IBANs carry FR banks.
fn same_country(iban: &str, bic: &str) -> bool {
    let (Some(iban), Some(bic)) = (iban.get(..2), bic.get(4..6)) else {
        return false;
    };
    const FRENCH: [&str; 12] = [
        "GP", "MQ", "GF", "RE", "YT", "PM", "BL", "MF", "NC", "PF", "WF", "MC",
    ];
    iban.eq_ignore_ascii_case(bic)
        || bic == "FR" && FRENCH.iter().any(|c| iban.eq_ignore_ascii_case(c))
}

/// How far after a finding an `after-kind` rule looks for its match to start.
const AFTER_KIND_GAP: usize = 8;

/// Keyword-gated rules of the secret tier, each compiled alone: one Aho-Corasick pass finds
/// their keywords, and on each line holding a keyword only the rules owning that keyword run.
/// One automaton for all of them would be run on every such line and, holding thirty long
/// patterns, be far slower than the few small ones a line needs.
#[derive(Debug)]
struct SecretRules {
    keywords: KeywordSet,
    /// The keyword patterns of `keywords`.
    words: Vec<String>,
    /// Per rule: its keywords, in every case variant searched.
    variants_of: Vec<Vec<String>>,
    /// Per keyword pattern: the rules (indices into `passes`) that may run on its line.
    /// Worked out at the keyword's first hit: for all keywords at once, the overlap tests
    /// were a tenth of a 4 KB prompt's run, and a text hits few keywords.
    owners: Vec<OnceLock<Owners>>,
    passes: Vec<Pass>,
    multiline: Vec<bool>,
    /// Per rule: for the embedded assignment rules, the value shape a line must hold after a
    /// `:` or `=` for the rule's search to run there (see [`shape`]).
    shapes: Vec<Option<Shape>>,
    /// Per rule: its keyword filters (at word start, in an assignment).
    filters: Vec<(bool, bool)>,
}

/// The rules a hit of one keyword pattern may let run (see [`SecretRules::owners`]).
#[derive(Debug)]
struct Owners {
    /// Every one, in rule order.
    all: Vec<Owner>,
    /// The direct ones only, in the same order.
    direct: Vec<Owner>,
    /// The bytes (offset from the hit's start, value) that [`SecretRules::own_keyword_over`]
    /// tests first for the indirect ones. Where none is there, no indirect owner can run and
    /// the hit visits only `direct`: the same rules in the same order, without the overlap
    /// tests that were close to half of the visits of a hit's owners on the secrets bench
    /// text ("pass" and "secret" share an edge `s`, "pass" and "sk-ant-" too).
    probes: Vec<(isize, u8)>,
    /// Where in the keyword a `:` or `=` stands, if one does (`sig=`): the end of the key
    /// name's part inside a hit, for [`assignment_follows_from`].
    sign: Option<usize>,
    /// For [`Engine::run_secrets`] when the rules are at most [`MASK_RULES`]: the direct
    /// owners as bits of their rule (pass) index, those of them whose keyword must stand in
    /// an assignment, those whose keyword must start a word, and the indirect owners. A hit
    /// then costs a few mask operations instead of a visit of each owner: on the secrets
    /// bench's text, 44,000 hits made 165,000 visits, most of them to learn that the rule
    /// had already searched the line or that no assignment follows the hit.
    direct_bits: u64,
    assign_bits: u64,
    word_bits: u64,
    indirect: Vec<Owner>,
}

impl Owners {
    /// The owners a hit at `start` must visit: `direct` where no probe byte is there.
    fn at(&self, bytes: &[u8], start: usize) -> &[Owner] {
        if self.probed(bytes, start) {
            &self.all
        } else {
            &self.direct
        }
    }

    /// Whether one of the probe bytes is there: only then may an indirect owner run.
    fn probed(&self, bytes: &[u8], start: usize) -> bool {
        self.probes.iter().any(|&(shift, byte)| {
            start
                .checked_add_signed(shift)
                .and_then(|i| bytes.get(i))
                .is_some_and(|&b| b == byte)
        })
    }
}

/// Where the first of some bytes stands at or after a place in the text, remembered for the
/// next line to ask: the `line-needs` of a rule (`<`, a quote, `=`) are looked for on every
/// keyword line, and a memchr over each line cost more than the rest of the line's visit.
/// Lines come in text order, so one search answers every line before the byte's next place
/// (all of a config file's lines, for a `<` it never holds), and the text is searched about
/// once per rule in all.
#[derive(Clone, Copy, Debug)]
struct NextByte {
    /// Where the last search started, and the first of the bytes at or after it (the text's
    /// length when none); `from` is `usize::MAX` before the first search.
    from: usize,
    at: usize,
}

impl Default for NextByte {
    fn default() -> NextByte {
        NextByte {
            from: usize::MAX,
            at: 0,
        }
    }
}

impl NextByte {
    /// Whether one of `one_of` (one to three bytes) stands in `bytes[line]`: the answer of
    /// `memchr` over the line, from the remembered place when it is still good.
    fn on(&mut self, bytes: &[u8], one_of: &[u8], line: Range<usize>) -> bool {
        // No byte stands in `from..at`: past `line.start`, `at` is still the first one.
        if !(self.from <= line.start && line.start <= self.at) {
            let rest = &bytes[line.start..];
            let found = match *one_of {
                [a] => memchr::memchr(a, rest),
                [a, b] => memchr::memchr2(a, b, rest),
                [a, b, c] => memchr::memchr3(a, b, c, rest),
                _ => rest.iter().position(|b| one_of.contains(b)),
            };
            self.from = line.start;
            self.at = found.map_or(bytes.len(), |i| line.start + i);
        }
        self.at < line.end
    }
}

/// The most secret rules [`Engine::run_secrets`] tracks as bits of one `u64`; with more, it
/// visits each owner of each hit.
const MASK_RULES: usize = 64;

/// A rule a keyword hit may let run.
#[derive(Clone, Debug)]
struct Owner {
    pass: usize,
    /// The hit is one of the rule's own keywords. Otherwise the rule's keyword only overlaps
    /// the hit's (leftmost-first reports one of two overlapping hits, "secret" in
    /// "secretoken" hides "token"): the rule runs if one of its keywords is found overlapping
    /// the hit, a check on a few bytes that spares the many lines where the overlap is only
    /// possible ("TOKEN" and "A3T" share a "T").
    direct: bool,
    /// When not direct: the rule's keywords that can overlap the hit, each with its offset
    /// from the hit's start.
    over: Vec<Over>,
    /// The rule's index among the engine's rules, and what `run_secrets` asks of it on each
    /// hit, copied here so that the loop over a hit's owners reads one place.
    rule: usize,
    multiline: bool,
    word_start: bool,
    in_assignment: bool,
    shape: Option<Shape>,
}

/// A keyword of a rule that may stand over another keyword's hit.
#[derive(Clone, Debug)]
struct Over {
    word: Box<[u8]>,
    /// Its offset from the hit's start.
    shift: isize,
    /// The index in `word` of a byte outside the hit, if any (else 0): the bytes over the hit
    /// agree with it by construction, so only such a byte can rule the placement out. Most
    /// overlaps share one edge byte ("pass" and "secret" share the `s` of "passecret"), and
    /// testing the first byte, inside the hit, let them all through to memcmp.
    probe: usize,
}

impl Over {
    fn new(word: &[u8], hit_len: usize, shift: isize) -> Over {
        let probe = if shift < 0 {
            0
        } else {
            // `shift` < `hit_len`: the two overlap.
            (hit_len - shift.unsigned_abs()).min(word.len().saturating_sub(1))
        };
        Over {
            word: Box::from(word),
            shift,
            probe,
        }
    }
}

impl SecretRules {
    /// Where one of rule `owner`'s keywords stands over `hit` within `line`, if it does.
    fn own_keyword_over(
        owner: &Owner,
        bytes: &[u8],
        hit: &keywords::Hit,
        line: Range<usize>,
    ) -> Option<(usize, usize)> {
        owner.over.iter().find_map(|over| {
            let word = &over.word;
            let start = hit.start.checked_add_signed(over.shift)?;
            let end = start + word.len();
            // One byte outside the hit rules out most placements, without a call to memcmp.
            let fits = start >= line.start
                && end <= line.end
                && bytes[start + over.probe] == word[over.probe];
            (fits && bytes[start..end] == **word).then_some((start, end))
        })
    }

    fn compile(defs: &[RuleDef], embedded: &[bool], ids: &[usize]) -> Result<Option<SecretRules>> {
        if ids.is_empty() {
            return Ok(None);
        }
        let mut passes = Vec::with_capacity(ids.len());
        let mut multiline = Vec::with_capacity(ids.len());
        let mut shapes = Vec::with_capacity(ids.len());
        let mut filters = Vec::with_capacity(ids.len());
        for &i in ids {
            let spec = &defs[i].spec;
            filters.push((spec.keyword_at_word_start, spec.keyword_in_assignment));
            passes.push(compile_pass(defs, embedded, &[i], false)?.expect("one rule"));
            multiline.push(defs[i].spec.multiline);
            shapes.push(
                Shape::of_rule(&defs[i].spec.id).filter(|_| embedded[i] && !defs[i].spec.multiline),
            );
        }
        // Key names ("password", "token") also match UPPER and Capitalised; token prefixes
        // ("ghp_", "AKIA", "eyJ") only as written. Few patterns keep the keyword search on
        // Aho-Corasick's SIMD path (at most 128 patterns). The key names come first, the
        // literal prefixes after: grouped so, the sets searched give Teddy fewer false
        // candidates (measured: a sixth less keyword search on the secrets bench text).
        // The order only decides which of two keywords starting at one byte is reported,
        // and either brings the rules of both (see `Owner`).
        let mut words: Vec<String> = Vec::new();
        let mut literals: Vec<String> = Vec::new();
        let mut variants_of: Vec<Vec<String>> = vec![Vec::new(); ids.len()];
        for (n, &i) in ids.iter().enumerate() {
            for word in &defs[i].spec.keywords {
                let mut variants = vec![word.clone()];
                let key_name = word.bytes().all(|b| b.is_ascii_lowercase() || b == b' ');
                if key_name {
                    let low = word.to_ascii_lowercase();
                    let mut capitalised = low.clone();
                    if let Some(first) = capitalised.get_mut(..1) {
                        first.make_ascii_uppercase();
                    }
                    variants.push(word.to_ascii_uppercase());
                    variants.push(capitalised);
                }
                for variant in variants {
                    if !variants_of[n].contains(&variant) {
                        variants_of[n].push(variant.clone());
                    }
                    let group = if key_name { &mut words } else { &mut literals };
                    if !group.contains(&variant) {
                        group.push(variant);
                    }
                }
            }
        }
        literals.retain(|w| !words.contains(w));
        words.append(&mut literals);
        let keywords =
            KeywordSet::new(&words).map_err(|e| Error::Config(format!("keywords: {e}")))?;
        Ok(Some(SecretRules {
            keywords,
            owners: words.iter().map(|_| OnceLock::new()).collect(),
            words,
            variants_of,
            passes,
            multiline,
            shapes,
            filters,
        }))
    }

    /// The rules a hit of keyword pattern `pattern` may let run: its own rules, and those of
    /// every keyword that can stand over it in the same text (leftmost-first reports one of
    /// two overlapping hits).
    fn owners(&self, pattern: usize) -> &Owners {
        self.owners[pattern].get_or_init(|| {
            let word = &self.words[pattern];
            let all: Vec<Owner> = self
                .variants_of
                .iter()
                .enumerate()
                .filter_map(|(n, variants)| {
                    let owner = |direct, over| Owner {
                        pass: n,
                        direct,
                        over,
                        rule: self.passes[n].rules[0],
                        multiline: self.multiline[n],
                        word_start: self.filters[n].0,
                        in_assignment: self.filters[n].1,
                        shape: self.shapes[n],
                    };
                    if variants.contains(word) {
                        return Some(owner(true, Vec::new()));
                    }
                    let over: Vec<Over> = variants
                        .iter()
                        .flat_map(|other| {
                            overlaps(word.as_bytes(), other.as_bytes())
                                .map(move |shift| Over::new(other.as_bytes(), word.len(), shift))
                        })
                        .collect();
                    (!over.is_empty()).then(|| owner(false, over))
                })
                .collect();
            let direct = all.iter().filter(|o| o.direct).cloned().collect();
            let mut probes: Vec<(isize, u8)> = Vec::new();
            for over in all.iter().flat_map(|o| &o.over) {
                let probe = (over.shift + over.probe as isize, over.word[over.probe]);
                if !probes.contains(&probe) {
                    probes.push(probe);
                }
            }
            let sign = word.bytes().position(|b| matches!(b, b':' | b'='));
            let bits = |keep: fn(&Owner) -> bool| {
                all.iter()
                    .filter(|o| o.direct && o.pass < MASK_RULES && keep(o))
                    .fold(0u64, |bits, o| bits | 1 << o.pass)
            };
            let direct_bits = bits(|_| true);
            let assign_bits = bits(|o| o.in_assignment);
            let word_bits = bits(|o| o.word_start);
            let indirect = all.iter().filter(|o| !o.direct).cloned().collect();
            Owners {
                all,
                direct,
                probes,
                sign,
                direct_bits,
                assign_bits,
                word_bits,
                indirect,
            }
        })
    }
}

/// Each shift at which `other`, placed `shift` bytes after the start of `word`, overlaps it
/// and agrees with it byte for byte: where both can be found in one text, overlapping.
fn overlaps<'a>(word: &'a [u8], other: &'a [u8]) -> impl Iterator<Item = isize> + 'a {
    let (w, o) = (word.len() as isize, other.len() as isize);
    (1 - o..w).filter(move |&shift| {
        (shift.max(0)..(shift + o).min(w)).all(|i| word[i as usize] == other[(i - shift) as usize])
    })
}

impl Default for Engine {
    /// The engine with the embedded default rules. Panics only if the embedded rules are
    /// broken, which the test suite rules out.
    fn default() -> Engine {
        EngineBuilder::new()
            .build()
            .expect("embedded default rules compile")
    }
}

/// How far before its first digit a digit-anchored match may start ("GB29", "+33 (0)1",
/// "fe80::…").
const DIGIT_LOOKBEHIND: usize = 12;
/// The longest run of non-digits inside a digit-anchored match ("…2345 MTLC AST0…").
const DIGIT_GAP: usize = 12;
/// How far after its last digit a digit-anchored match may end (an IBAN's letters, an IPv6
/// address's last groups: "…:a4b5:cead").
const DIGIT_TRAIL: usize = 12;

/// Position of the first ASCII digit in `bytes[from..to]`, sixteen bytes at a time: most
/// business prose has few digits, and this is what lets it be skipped at memory speed.
fn find_digit(bytes: &[u8], from: usize, to: usize) -> Option<usize> {
    let mut i = from;
    while i + BLOCK <= to {
        let digits = digit_bits(bytes[i..i + BLOCK].try_into().expect("a block"));
        if digits != 0 {
            return Some(i + digits.trailing_zeros() as usize);
        }
        i += BLOCK;
    }
    while i + 8 <= to {
        let x = u64::from_le_bytes(bytes[i..i + 8].try_into().expect("8 bytes"));
        let digits = digit_mask(x);
        if digits != 0 {
            return Some(i + (digits.trailing_zeros() / 8) as usize);
        }
        i += 8;
    }
    (i..to).find(|&j| bytes[j].is_ascii_digit())
}

/// Bit 7 of each byte of `x` set where that byte is an ASCII digit.
#[inline]
fn digit_mask(x: u64) -> u64 {
    const LOW7: u64 = 0x7f7f_7f7f_7f7f_7f7f;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let v = x & LOW7;
    // High bit of each byte: v >= b'0', and not v >= b':', and the byte is ASCII.
    let at_least_zero = v.wrapping_add(0x5050_5050_5050_5050);
    let past_nine = v.wrapping_add(0x4646_4646_4646_4646);
    at_least_zero & !past_nine & !x & HIGH
}

/// The last digit of the cluster that begins with the digit at `first`: digits follow each
/// other with fewer than `merge` bytes between them. Sixteen bytes at a time: in number-dense
/// text a cluster runs for kilobytes.
fn cluster_end(bytes: &[u8], first: usize, merge: usize) -> usize {
    debug_assert!(merge > BLOCK);
    let mut last = first;
    let mut i = first + 1;
    loop {
        let limit = (last + 1 + merge).min(bytes.len());
        if i >= limit {
            return last;
        }
        let digits = match bytes.get(i..i + BLOCK) {
            Some(block) => digit_bits(block.try_into().expect("a block")),
            None => {
                let mut block = [b' '; BLOCK];
                block[..bytes.len() - i].copy_from_slice(&bytes[i..]);
                digit_bits(&block)
            }
        };
        // Lanes at or past the limit do not count, unless a digit before it stretches the
        // limit past the whole block (`merge` is longer than a block): then they all do.
        // Selected, not branched on: whether a block holds a digit is a coin toss in
        // business text, and the end of a cluster no longer runs byte by byte.
        let in_limit = ((1u64 << (limit - i).min(BLOCK)) - 1) as u32;
        // The highest digit lane; `i - 1` (never used) when there is none.
        let top = (i + 31).wrapping_sub(digits.leading_zeros() as usize);
        last = if digits & in_limit != 0 { top } else { last };
        i += BLOCK;
    }
}

/// [`cluster_end`] byte by byte: the definition, the reference in tests.
#[cfg(test)]
fn cluster_end_by_byte(bytes: &[u8], first: usize, merge: usize) -> usize {
    let mut last = first;
    let mut i = first + 1;
    while i < (last + 1 + merge).min(bytes.len()) {
        if bytes[i].is_ascii_digit() {
            last = i;
        }
        i += 1;
    }
    last
}

/// The windows of `hay` where digit-anchored rules can match: each cluster of digits, widened
/// by the look-behind and trail, on char boundaries. Digits closer than the trail and the
/// look-behind together (more than `DIGIT_GAP`) share a cluster, so that one window's trail
/// never cuts into the next one's look-behind and no match is split between windows.
fn digit_windows(hay: &str) -> impl Iterator<Item = Range<usize>> + '_ {
    const MERGE: usize = 1 + DIGIT_TRAIL + DIGIT_LOOKBEHIND;
    const _: () = assert!(MERGE > DIGIT_GAP);
    let bytes = hay.as_bytes();
    let mut pos = 0;
    std::iter::from_fn(move || {
        let first = find_digit(bytes, pos, bytes.len())?;
        let last = cluster_end(bytes, first, MERGE);
        let start = floor_char_boundary(hay, first.saturating_sub(DIGIT_LOOKBEHIND).max(pos));
        let start = start.max(pos);
        let end = ceil_char_boundary(hay, last + 1 + DIGIT_TRAIL);
        pos = end;
        Some(start..end)
    })
}

/// Text before and after a candidate, for context words.
fn window(hay: &str, start: usize, end: usize, before: usize, after: usize) -> &[u8] {
    let bytes = hay.as_bytes();
    &bytes[start.saturating_sub(before)..(end + after).min(bytes.len())]
}

/// Whether one of the words stands in `window`, other than as the kind name of a placeholder
/// left by an earlier redaction (`[SIREN_1]`, `[IBAN]`, `[IBAN#3fa2…]`): a mask is not
/// context, or redacting a redacted text would find what the first pass did not.
fn has_word(words: &AhoCorasick, window: &[u8]) -> bool {
    words
        .find_iter(window)
        .any(|m| !is_mask_name(window, m.start(), m.end()))
}

/// Whether `window[start..end]` is the kind name in a mask: `[` before, `_`, `]` or `#` after.
fn is_mask_name(window: &[u8], start: usize, end: usize) -> bool {
    let opened = start > 0 && window[start - 1] == b'[';
    let closed = matches!(window.get(end), Some(b'_' | b']' | b'#'));
    opened && closed
}

/// ASCII letters, digits and `_`: the bytes that glue a position to the word before it.
#[inline]
fn is_ascii_word_byte(b: u8) -> bool {
    const TABLE: [bool; 256] = {
        let mut table = [false; 256];
        let mut b = 0;
        while b < 256 {
            table[b] = (b as u8).is_ascii_alphanumeric() || b == b'_' as usize;
            b += 1;
        }
        table
    };
    TABLE[usize::from(b)]
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

/// Separators that group digits in numbers as people write them.
fn is_group_separator(c: char) -> bool {
    matches!(c, ' ' | '\u{a0}' | '\u{202f}' | '.' | '-' | ',')
}

fn char_before(hay: &str, i: usize) -> Option<char> {
    hay[..i].chars().next_back()
}

fn char_after(hay: &str, i: usize) -> Option<char> {
    hay[i..].chars().next()
}

/// Whether the text at `start` (a char boundary) may begin a finding under `boundary`. The
/// digit rules ask this at most positions of a window: when the byte before is ASCII (nearly
/// always) it is answered without decoding characters.
#[inline]
fn start_boundary_ok(hay: &str, start: usize, boundary: Boundary) -> bool {
    let bytes = hay.as_bytes();
    if start > 0 && boundary != Boundary::None && bytes[start - 1].is_ascii() {
        let b = bytes[start - 1];
        if b.is_ascii_alphanumeric() || b == b'_' {
            return false;
        }
        if boundary == Boundary::Word {
            return true;
        }
        match b {
            b'+' => return false,
            // A group separator: see below; decoded only if the byte before it is not ASCII.
            b' ' | b'.' | b'-' | b',' => {
                if !starts_with_digit(hay, start) || start < 2 {
                    return true;
                }
                if bytes[start - 2].is_ascii() {
                    return !bytes[start - 2].is_ascii_digit();
                }
            }
            _ => return true,
        }
    }
    match boundary {
        Boundary::None => true,
        Boundary::Word => !char_before(hay, start).is_some_and(is_word_char),
        Boundary::Number => match char_before(hay, start) {
            None => true,
            // "++33…", "+123 456 789": a mandate reference or a signed number.
            Some(c) if is_word_char(c) || c == '+' => false,
            // A digit group before the separator makes this a fragment of a longer number,
            // unless this candidate starts with a letter (an IBAN's country code): a number
            // cannot continue into letters, so "… 000 FR76 …" starts a new IBAN.
            Some(c) if is_group_separator(c) && starts_with_digit(hay, start) => {
                let before = start - c.len_utf8();
                !char_before(hay, before).is_some_and(|d| d.is_ascii_digit())
            }
            Some(_) => true,
        },
    }
}

/// [`start_boundary_ok`], with its answer selected rather than branched on when the byte
/// before `start` is ASCII: asked of every candidate start of a block, where the branches
/// on the byte before ("12 345", "+33", "n°") mispredicted about once a call.
#[inline]
fn start_boundary_ok_selecting(hay: &str, start: usize, boundary: Boundary) -> bool {
    let bytes = hay.as_bytes();
    if start == 0 || boundary == Boundary::None || !bytes[start - 1].is_ascii() {
        return start_boundary_ok(hay, start, boundary);
    }
    let before = bytes[start - 1];
    let glued = is_ascii_word_byte(before);
    let separator = (before == b' ') | (before == b'.') | (before == b'-') | (before == b',');
    // Past a separator, a digit after a digit continues a number: a fragment, not a start.
    // A non-ASCII byte two back is no digit either: the general path decodes it to the same.
    let two_back = if start >= 2 { bytes[start - 2] } else { b' ' };
    let fragment = separator & starts_with_digit(hay, start) & two_back.is_ascii_digit();
    let number = boundary == Boundary::Number;
    !glued & !(number & ((before == b'+') | fragment))
}

fn starts_with_digit(hay: &str, start: usize) -> bool {
    hay.as_bytes().get(start).is_some_and(u8::is_ascii_digit)
}

fn end_boundary_ok(hay: &str, end: usize, boundary: Boundary) -> bool {
    match boundary {
        Boundary::None => true,
        Boundary::Word => !char_after(hay, end).is_some_and(is_word_char),
        Boundary::Number => {
            match char_after(hay, end) {
                None => return true,
                Some(c) if is_word_char(c) => return false,
                Some(c) if is_group_separator(c) => {
                    let after = end + c.len_utf8();
                    if char_after(hay, after).is_some_and(|d| d.is_ascii_digit()) {
                        return false;
                    }
                }
                Some(_) => {}
            }
            !followed_by_currency(&hay[end..])
        }
    }
}

/// "123 456 789 €", "… 789 EUR", "… 789 euros": an amount, not an identifier.
///
/// On bytes: past the spaces (' ', NBSP, narrow NBSP), `€`, `$`, `£`, or "eur" or "usd" in
/// any case. Every number candidate asks this; the `char` patterns decoded each character.
fn followed_by_currency(rest: &str) -> bool {
    let mut rest = rest.as_bytes();
    loop {
        rest = match rest {
            [b' ', tail @ ..] | [0xc2, 0xa0, tail @ ..] | [0xe2, 0x80, 0xaf, tail @ ..] => tail,
            _ => break,
        };
    }
    match rest {
        [b'$', ..] | [0xe2, 0x82, 0xac, ..] | [0xc2, 0xa3, ..] => true,
        [a, b, c, ..] => {
            let head = [*a, *b, *c];
            head.eq_ignore_ascii_case(b"eur") || head.eq_ignore_ascii_case(b"usd")
        }
        _ => false,
    }
}

/// [`followed_by_currency`] on characters: the definition, the reference in tests.
#[cfg(test)]
fn followed_by_currency_by_char(rest: &str) -> bool {
    let rest = rest.trim_start_matches([' ', '\u{a0}', '\u{202f}']);
    let head = &rest.as_bytes()[..rest.len().min(4)];
    rest.starts_with('€')
        || rest.starts_with('$')
        || rest.starts_with('£')
        || head.len() >= 3 && head[..3].eq_ignore_ascii_case(b"eur")
        || head.len() >= 3 && head[..3].eq_ignore_ascii_case(b"usd")
}

/// Where to resume after a candidate whose start is glued to a word: past that word.
fn skip_word(hay: &str, start: usize) -> usize {
    let mut end = start;
    for c in hay[start..].chars() {
        if end > start && !is_word_char(c) {
            break;
        }
        end += c.len_utf8();
    }
    end
}

#[derive(Clone, Copy)]
enum Verdict {
    Accept(Candidate),
    /// The start is glued to a word: no rule can start here.
    RejectStart,
    /// A reported group (a value after its key name) was refused: the search resumes at the
    /// value, which another rule may still recognise (`HF_TOKEN = "hf_…"`).
    RejectValue(usize),
    Reject,
}

impl Engine {
    pub fn builder() -> EngineBuilder {
        EngineBuilder::new()
    }

    fn compile(
        defs: Vec<RuleDef>,
        embedded: &[bool],
        detectors: Vec<Box<dyn Detector>>,
        allow: Allowlist,
    ) -> Result<Engine> {
        let mut seen = std::collections::HashSet::new();
        for def in &defs {
            if !seen.insert(def.spec.id.as_str()) {
                return Err(Error::Rule {
                    origin: def.origin.clone(),
                    rule: def.spec.id.clone(),
                    message: "duplicate rule id".into(),
                });
            }
        }
        let mut rules = Vec::with_capacity(defs.len());
        for (def, &embedded) in defs.iter().zip(embedded) {
            rules.push(compile_rule(def, embedded)?);
        }
        let (keyed, ungated): (Vec<usize>, Vec<usize>) =
            (0..defs.len()).partition(|&i| !defs[i].spec.keywords.is_empty());
        // Secret rules are many, keyword-gated and mostly long: each runs alone, only on the
        // lines holding one of its own keywords (see `SecretRules`).
        let (secret_ids, gated_ids): (Vec<usize>, Vec<usize>) = keyed
            .into_iter()
            .partition(|&i| defs[i].spec.priority >= rules::SECRET_TIER);
        let secrets = SecretRules::compile(&defs, embedded, &secret_ids)?;
        let (digit_ids, always_ids): (Vec<usize>, Vec<usize>) = ungated
            .into_iter()
            .partition(|&i| defs[i].spec.anchor == Anchor::Digit);
        let digits = match compile_pass(&defs, embedded, &digit_ids, false)? {
            None => None,
            Some(pass) => Some(DigitPass::compile(&defs, embedded, pass)?),
        };
        let always = compile_pass(&defs, embedded, &always_ids, true)?;
        let gated = if gated_ids.is_empty() {
            None
        } else {
            // Keywords match as written, in lower case, UPPER case and Capitalised, as separate
            // patterns under leftmost-first semantics: that keeps Aho-Corasick on its SIMD
            // (Teddy) prefilter, several times faster than ASCII case folding.
            let mut words: Vec<String> = Vec::new();
            let mut owners: Vec<Vec<usize>> = Vec::new();
            let mut bytes: Vec<(u8, Vec<usize>)> = Vec::new();
            let mut gated_rules = Vec::with_capacity(gated_ids.len());
            for (k, &i) in gated_ids.iter().enumerate() {
                let spec = &defs[i].spec;
                for word in &spec.keywords {
                    if let [b] = word.as_bytes() {
                        let known = bytes.iter().position(|(x, _)| x == b);
                        if known.is_some() || bytes.len() < 3 && !b.is_ascii_alphabetic() {
                            match known {
                                Some(at) if !bytes[at].1.contains(&k) => bytes[at].1.push(k),
                                Some(_) => {}
                                None => bytes.push((*b, vec![k])),
                            }
                            continue;
                        }
                    }
                    let lower = word.to_ascii_lowercase();
                    let mut capitalised = lower.clone();
                    if let Some(first) = capitalised.get_mut(..1) {
                        first.make_ascii_uppercase();
                    }
                    // As written too: "eyJ", "AIza", "AccountKey" are neither of the three.
                    for variant in [word.clone(), word.to_ascii_uppercase(), capitalised, lower] {
                        // A keyword of several rules serves each of them.
                        match words.iter().position(|w| *w == variant) {
                            Some(at) => {
                                if !owners[at].contains(&k) {
                                    owners[at].push(k);
                                }
                            }
                            None => {
                                words.push(variant);
                                owners.push(vec![k]);
                            }
                        }
                    }
                }
                gated_rules.push(GatedRule {
                    rule: i,
                    multiline: spec.multiline,
                    lines_after: spec.lines_after,
                    filtered: spec.keyword_at_word_start
                        || !spec.line_needs.is_empty()
                        || spec.keyword_in_assignment,
                    pass: compile_pass(&defs, embedded, &[i], false)?.expect("one rule"),
                });
            }
            let keywords = if words.is_empty() {
                None
            } else {
                Some(
                    KeywordSet::longest_first(&words)
                        .map_err(|e| Error::Config(format!("keywords: {e}")))?,
                )
            };
            Some(GatedPass {
                keywords,
                owners,
                bytes,
                rules: gated_rules,
            })
        };
        let mut followers = Vec::new();
        for (i, def) in defs.iter().enumerate() {
            if let Some(kind) = def.spec.after_kind.as_deref().and_then(Kind::parse) {
                let pass = compile_pass(&defs, embedded, &[i], false)?.expect("one rule");
                followers.push((kind, pass));
            }
        }
        Ok(Engine {
            inner: Arc::new(Inner {
                defs,
                sources: Sources::default(),
                defs_with_examples: OnceLock::new(),
                rules,
                digits,
                always,
                gated,
                secrets,
                followers,
                detectors,
                allow,
            }),
        })
    }

    /// Compiles now every automaton that would otherwise wait for the first text needing it:
    /// for long-running processes (the clipboard watcher) and for measurements.
    pub fn prepare(&self) {
        let inner = &self.inner;
        if let Some(digits) = &inner.digits {
            let _ = digits.anchored();
            digits.pass.force();
        }
        if let Some(pass) = &inner.always {
            pass.force();
        }
        if let Some(gated) = &inner.gated {
            gated.rules.iter().for_each(|g| g.pass.force());
        }
        if let Some(secrets) = &inner.secrets {
            secrets.passes.iter().for_each(Pass::force);
            (0..secrets.owners.len()).for_each(|p| {
                secrets.owners(p);
            });
        }
        inner.followers.iter().for_each(|(_, pass)| pass.force());
        inner.rules.iter().for_each(Rule::force);
    }

    /// The rules this engine runs, as they were read, with their examples.
    pub fn rule_defs(&self) -> &[RuleDef] {
        let inner = &self.inner;
        if !inner
            .defs
            .iter()
            .any(|d| d.spec.examples.positive.is_empty())
        {
            return &inner.defs;
        }
        inner.defs_with_examples.get_or_init(|| {
            let builtin = rules::BUILTIN_FILES
                .iter()
                .filter(|_| inner.sources.builtin);
            let added = inner
                .sources
                .added
                .iter()
                .map(|(o, s)| (o.as_str(), s.as_str()));
            let defs: Vec<RuleDef> = builtin
                .copied()
                .chain(added)
                .flat_map(|(origin, source)| {
                    rules::parse_source(origin, source).expect("these files were read before")
                })
                .collect();
            // Engines made by `Engine::compile` alone have no sources: their rules as read.
            if defs.len() == inner.defs.len() {
                defs
            } else {
                inner.defs.clone()
            }
        })
    }

    /// Finds every confirmed finding in `text`, sorted by position, never overlapping.
    pub fn scan(&self, text: &str) -> Vec<Finding> {
        let mut candidates = Vec::new();
        self.collect(text, &mut candidates);
        // Room for the detectors' findings too: PERSON reserves one per 256 bytes of text, and
        // a list collected to the candidates' number was grown there, which copied every
        // candidate into a block twice as large (about 0.3M instructions and the new block's
        // page faults per 1 MiB piece of a stream).
        let mut detections: Vec<Detection> =
            Vec::with_capacity(candidates.len().saturating_add(text.len() / 256));
        detections.extend(candidates.into_iter().map(|c| self.detection(c)));
        for detector in &self.inner.detectors {
            detector.detect(text, &mut detections);
        }
        self.scan_evasions(text, &mut detections);
        let mut findings = resolve(detections);
        if !self.inner.allow.is_empty() {
            let mut scratch = String::new();
            findings.retain(|f| !self.inner.allow.allows(f, f.text(text), &mut scratch));
        }
        findings
    }

    /// Scans bytes that may not be valid UTF-8: detection runs on each valid run, and offsets
    /// refer to the original bytes.
    pub fn scan_bytes(&self, bytes: &[u8]) -> Vec<Finding> {
        let mut findings = Vec::new();
        for (base, valid) in valid_runs(bytes) {
            let found = self.scan(valid);
            // Nearly all text is one valid run at 0: its findings are the list, with no copy
            // into another (a stream's piece of business text has about 10,000 of them).
            if base == 0 && findings.is_empty() {
                findings = found;
                continue;
            }
            findings.extend(found.into_iter().map(|mut f| {
                f.span.start += base;
                f.span.end += base;
                f
            }));
        }
        findings
    }

    /// Replaces each finding in `text` according to `style`; everything else is unchanged.
    pub fn redact(&self, text: &str, style: &Style) -> Redaction {
        let mut masker = Masker::new(style.clone());
        self.redact_with(text, &mut masker)
    }

    /// As [`Engine::redact`], numbering placeholders with `masker`, so that the same value
    /// gets the same placeholder across several calls.
    /// Any [`Mask`] does: a [`Masker`], or a [`crate::Session`] backed by a vault.
    pub fn redact_with<M: Mask + ?Sized>(&self, text: &str, masker: &mut M) -> Redaction {
        let findings = self.scan(text);
        Redaction {
            text: mask_findings(text, &findings, masker),
            findings,
        }
    }

    /// Redacts bytes that may not be valid UTF-8: invalid bytes pass through unchanged,
    /// detection runs on the valid runs, offsets refer to the original bytes.
    pub fn redact_bytes<M: Mask + ?Sized>(
        &self,
        bytes: &[u8],
        masker: &mut M,
    ) -> (Vec<u8>, Vec<Finding>) {
        // Every run is scanned before any is masked: the masker sees the whole input's
        // findings first (`Mask::prepare_input`), as the streamed path sees a block's.
        let mut findings = Vec::new();
        let runs: Vec<(usize, &str, Range<usize>)> = valid_runs(bytes)
            .map(|(base, valid)| {
                let first = findings.len();
                findings.extend(self.scan(valid).into_iter().map(|mut f| {
                    f.span.start += base;
                    f.span.end += base;
                    f
                }));
                (base, valid, first..findings.len())
            })
            .collect();
        masker.prepare_input(bytes, &findings);
        let mut out = Vec::with_capacity(bytes.len());
        let mut text = String::new();
        let mut copied = 0;
        for (base, valid, found) in runs {
            // The invalid bytes between two valid runs pass through unchanged.
            out.extend_from_slice(&bytes[copied..base]);
            copied = base + valid.len();
            text.clear();
            mask_text(valid, &findings[found], base, masker, &mut text);
            out.extend_from_slice(text.as_bytes());
        }
        (out, findings)
    }

    /// Scans the normalised view of the lines written to evade detection (zero-width
    /// characters, full-width digits, look-alike letters, "(at)"), and adds what it finds,
    /// mapped back to the original bytes. Does nothing, after a few memchr passes, on text
    /// that holds none of those characters.
    fn scan_evasions(&self, text: &str, detections: &mut Vec<Detection>) {
        for region in evasion::suspect_regions(text) {
            let Some(view) = evasion::View::build(&text[region.clone()]) else {
                continue;
            };
            let mut candidates = Vec::new();
            self.collect(&view.text, &mut candidates);
            let mut found: Vec<Detection> =
                candidates.into_iter().map(|c| self.detection(c)).collect();
            for detector in &self.inner.detectors {
                detector.detect(&view.text, &mut found);
            }
            for mut d in found {
                let span = view.to_original(d.span.start, d.span.end);
                d.span = Span {
                    start: region.start + span.start,
                    end: region.start + span.end,
                };
                detections.push(d);
            }
        }
    }

    fn detection(&self, c: Candidate) -> Detection {
        let rule = &self.inner.rules[c.rule];
        Detection {
            kind: rule.kind.clone(),
            span: Span {
                start: c.start,
                end: c.end,
            },
            rule: rule.id.clone(),
            priority: rule.priority,
        }
    }

    fn collect(&self, hay: &str, out: &mut Vec<Candidate>) {
        // A text without digits needs no digit automaton: not even built.
        let mut windows = digit_windows(hay).peekable();
        let has_digits = windows.peek().is_some();
        let digits = self.inner.digits.as_ref().filter(|_| has_digits);
        // The first text to need the digit automaton builds it: most of a short prompt's run.
        // The keyword-gated rules (which build their own automata as they go) then run beside
        // it, on a second core when one is free (measured on a 4 KB prompt, two cores: median
        // wall time 7.0 -> 6.4 ms; same instruction count). The secret rules and the
        // detectors' tables (the PERSON lexicon) go on the digit side, the lighter one, which
        // runs the digit rules and then takes the gated rules the other side has not started
        // (one rule at a time). The gated candidates are kept apart and added in the usual
        // order (secrets, digits, always-on rules, gated rules in rule order), so that the
        // result is the same as one after the other.
        let mut gated_aside = None;
        let joined = match (digits, &self.inner.gated) {
            (Some(digits), Some(gated)) if digits.anchored.get().is_none() => Some((digits, gated)),
            _ => None,
        };
        match joined {
            Some((digits, gated)) => {
                // The keyword-gated rules compile their automata as they go (most of the
                // keyword side's work): the digit side, once done, takes the rules left.
                let found = gated_keyword_hits(gated, hay.as_bytes()).unwrap_or_default();
                let next = AtomicUsize::new(if found.is_empty() && gated.bytes.is_empty() {
                    gated.rules.len()
                } else {
                    0
                });
                let (mut mine, theirs) = rayon::join(
                    || {
                        if let Some(secrets) = &self.inner.secrets {
                            self.run_secrets(secrets, hay, out);
                        }
                        self.run_digits(digits, hay, windows, out);
                        self.inner.detectors.iter().for_each(|d| d.warm_up());
                        self.take_gated_rules(gated, hay, &found, &next)
                    },
                    || self.take_gated_rules(gated, hay, &found, &next),
                );
                mine.extend(theirs);
                mine.sort_unstable_by_key(|&(k, _)| k);
                gated_aside = Some(mine.into_iter().flat_map(|(_, c)| c).collect::<Vec<_>>());
            }
            None => {
                if let Some(secrets) = &self.inner.secrets {
                    self.run_secrets(secrets, hay, out);
                }
                if let Some(digits) = digits {
                    self.run_digits(digits, hay, windows, out);
                }
            }
        }
        if let Some(pass) = &self.inner.always {
            self.run_pass(pass, hay, 0..hay.len(), out);
        }
        match gated_aside {
            Some(mut found) => out.append(&mut found),
            None => {
                if let Some(gated) = &self.inner.gated {
                    self.run_gated_rules(gated, hay, out);
                }
            }
        }
        if !self.inner.followers.is_empty() {
            self.run_followers(hay, out);
        }
    }

    /// Runs the digit rules in the digit windows of `hay`.
    fn run_digits(
        &self,
        digits: &DigitPass,
        hay: &str,
        windows: impl Iterator<Item = Range<usize>>,
        out: &mut Vec<Candidate>,
    ) {
        match digits.anchored() {
            Some(anchored) => {
                let mut walker = anchored.walker();
                let mut ends = Vec::new();
                for window in windows {
                    self.run_anchored(digits, anchored, &mut walker, hay, window, out, &mut ends);
                }
            }
            None => {
                for window in windows {
                    self.run_pass(&digits.pass, hay, window, out);
                }
            }
        }
    }

    /// Runs the `after-kind` rules right after the candidates of their kind: a match must
    /// start within [`AFTER_KIND_GAP`] bytes of separators (spaces, punctuation) after one, on
    /// its line, and needs no context word.
    fn run_followers(&self, hay: &str, out: &mut Vec<Candidate>) {
        let bytes = hay.as_bytes();
        let found = out.len();
        for (kind, pass) in &self.inner.followers {
            for c in 0..found {
                let end = out[c].end;
                if self.inner.rules[out[c].rule].kind != *kind {
                    continue;
                }
                let gap = bytes[end..]
                    .iter()
                    .take(AFTER_KIND_GAP)
                    .take_while(|&&b| {
                        matches!(b, b' ' | b'\t' | b',' | b';' | b'-' | b'/' | b'(' | b':')
                    })
                    .count();
                if gap == 0 {
                    continue;
                }
                let start = end + gap;
                let line_end =
                    memchr::memchr(b'\n', &bytes[start..]).map_or(hay.len(), |i| start + i);
                let input = Input::new(hay)
                    .span(start..line_end)
                    .anchored(Anchored::Yes);
                pass.searching(line_end - start, hay.len());
                let Some(m) = pass.regex().search(&input) else {
                    continue;
                };
                let bic_after_iban = *kind == Kind::Iban
                    && self.inner.rules[pass.rules[m.pattern().as_usize()]].kind == Kind::Bic;
                if bic_after_iban && !same_country(&hay[out[c].start..end], &hay[m.range()]) {
                    continue;
                }
                if let Verdict::Accept(candidate) =
                    self.confirm(pass, m.pattern(), hay, m.start(), m.end(), None, true)
                {
                    out.push(candidate);
                }
            }
        }
    }

    /// Runs each secret rule on the lines holding one of its keywords, once per line.
    ///
    /// Each hit's owners are worked out as bits (see [`Owners::direct_bits`]): the rules
    /// already settled on the line (searched there, or ruled out by what the line lacks) are
    /// masked out first, then those whose keyword filters fail at this hit. The rules left
    /// are handled in rule order, as a visit of each owner would: same searches, same order.
    #[inline(never)]
    fn run_secrets(&self, secrets: &SecretRules, hay: &str, out: &mut Vec<Candidate>) {
        if secrets.passes.len() > MASK_RULES {
            return self.run_secrets_by_owner(secrets, hay, out);
        }
        let bytes = hay.as_bytes();
        // Per rule: how far the text has already been searched.
        let mut done = vec![0usize; secrets.passes.len()];
        let mut hits = Vec::new();
        secrets.keywords.find_all(bytes, &mut hits);
        let mut line = 0..0;
        // The single-line rules whose search of `line` is done: `done` reaches its end.
        let mut settled = 0u64;
        // Per rule: where the next of its one-byte `line-needs` stands.
        let mut next_needed = vec![NextByte::default(); secrets.passes.len()];
        for hit in hits {
            if !(line.start <= hit.start && hit.end <= line.end) {
                line = line_around(bytes, hit.start, hit.end);
                settled = 0;
            }
            let (line_start, line_end) = (line.start, line.end);
            let owners = secrets.owners(hit.pattern);
            let mut run = owners.direct_bits & !settled;
            if run & owners.word_bits != 0 && glued_before(bytes, hit.start) {
                run &= !owners.word_bits;
            }
            if run & owners.assign_bits != 0
                && !match owners.sign {
                    Some(at) => assignment_follows_from(bytes, hit.start + at, false, line_end),
                    None => assignment_follows_from(bytes, hit.end, true, line_end),
                }
            {
                run &= !owners.assign_bits;
            }
            if !owners.indirect.is_empty() && owners.probed(bytes, hit.start) {
                for owner in &owners.indirect {
                    let bit = 1u64 << owner.pass;
                    if settled & bit == 0
                        && SecretRules::own_keyword_over(owner, bytes, &hit, line.clone())
                            .is_some_and(|(s, e)| {
                                self.inner.rules[owner.rule].keyword_hit_counts(
                                    bytes,
                                    s,
                                    e,
                                    line.clone(),
                                )
                            })
                    {
                        run |= bit;
                    }
                }
            }
            while run != 0 {
                let n = run.trailing_zeros() as usize;
                run &= run - 1;
                let bit = 1u64 << n;
                let multiline = secrets.multiline[n];
                let end = if multiline {
                    floor_char_boundary(hay, hit.start.saturating_add(MULTILINE_REACH))
                } else {
                    line_end
                };
                let start = line_start.max(done[n]);
                if start >= end {
                    continue;
                }
                // What the line lacks, no other hit on it brings: the rule is done there.
                let rule = &self.inner.rules[secrets.passes[n].rules[0]];
                let lacks = |needs: &Words| match needs.bytes.as_deref() {
                    Some(one_of) => !next_needed[n].on(bytes, one_of, line.clone()),
                    None => !needs.found_in(&bytes[line.clone()]),
                };
                if rule.line_needs.as_ref().is_some_and(lacks) {
                    done[n] = done[n].max(line_end);
                    if !multiline {
                        settled |= bit;
                    }
                    continue;
                }
                done[n] = self.search_secret_rule(
                    &secrets.passes[n],
                    secrets.shapes[n],
                    hay,
                    start..end,
                    multiline,
                    line_end,
                    out,
                );
                if !multiline {
                    settled |= bit;
                }
            }
        }
    }

    /// [`Self::run_secrets`] for more than [`MASK_RULES`] rules: each owner of each hit is
    /// visited in turn.
    fn run_secrets_by_owner(&self, secrets: &SecretRules, hay: &str, out: &mut Vec<Candidate>) {
        let bytes = hay.as_bytes();
        // Per rule: how far the text has already been searched.
        let mut done = vec![0usize; secrets.passes.len()];
        let mut hits = Vec::new();
        secrets.keywords.find_all(bytes, &mut hits);
        let mut line = 0..0;
        for hit in hits {
            if !(line.start <= hit.start && hit.end <= line.end) {
                line = line_around(bytes, hit.start, hit.end);
            }
            let (line_start, line_end) = (line.start, line.end);
            // Whether an assignment follows this hit: asked once, by the first rule needing it.
            let mut assigned: Option<bool> = None;
            let owners = secrets.owners(hit.pattern);
            for owner in owners.at(bytes, hit.start) {
                let n = owner.pass;
                let end = if owner.multiline {
                    floor_char_boundary(hay, hit.start.saturating_add(MULTILINE_REACH))
                } else {
                    line_end
                };
                // A rule that already searched this line has nothing more to do here: test
                // that first, the hit filter costs more.
                let start = line_start.max(done[n]);
                if start >= end {
                    continue;
                }
                let counts = if owner.direct {
                    if owner.word_start && glued_before(bytes, hit.start) {
                        continue;
                    }
                    if owner.in_assignment
                        && !*assigned.get_or_insert_with(|| match owners.sign {
                            Some(at) => {
                                assignment_follows_from(bytes, hit.start + at, false, line_end)
                            }
                            None => assignment_follows_from(bytes, hit.end, true, line_end),
                        })
                    {
                        continue;
                    }
                    // What the line lacks, no other hit on it brings: the rule is done there.
                    let lacks = |needs: &Words| !needs.found_in(&bytes[line.clone()]);
                    if self.inner.rules[owner.rule]
                        .line_needs
                        .as_ref()
                        .is_some_and(lacks)
                    {
                        done[n] = done[n].max(line_end);
                        continue;
                    }
                    true
                } else {
                    SecretRules::own_keyword_over(owner, bytes, &hit, line.clone()).is_some_and(
                        |(s, e)| {
                            self.inner.rules[owner.rule].keyword_hit_counts(
                                bytes,
                                s,
                                e,
                                line.clone(),
                            )
                        },
                    )
                };
                if !counts {
                    continue;
                }
                done[n] = self.search_secret_rule(
                    &secrets.passes[n],
                    owner.shape,
                    hay,
                    start..end,
                    owner.multiline,
                    line_end,
                    out,
                );
            }
        }
    }

    /// Searches one secret rule's `pass` over `range` (from the hit's line start, or where
    /// the rule's last search stopped, to the line's end or the multi-line reach) for
    /// [`Self::run_secrets`] and [`Self::run_secrets_by_owner`], which differ only in how
    /// they pick the rules of a hit; returns how far the text is now searched for the rule.
    #[inline]
    #[allow(clippy::too_many_arguments)]
    fn search_secret_rule(
        &self,
        pass: &Pass,
        shape: Option<Shape>,
        hay: &str,
        range: Range<usize>,
        multiline: bool,
        line_end: usize,
        out: &mut Vec<Candidate>,
    ) -> usize {
        // A line with no value of the rule's shape holds no match: searching it would find
        // nothing and leave the rule done to the line's end.
        if shape.is_some_and(|shape| !shape.may_match(hay.as_bytes(), range.clone())) {
            return range.end;
        }
        // A multi-line block opens on its keyword's line: past the first block, the search
        // stops, and the next keyword takes over. Searching on to the end of the reach (a
        // mebibyte) after each PEM key cost more than the whole scan of a business corpus
        // holding a few.
        let resume_before = if multiline { line_end } else { range.end };
        self.run_pass_until(pass, hay, range, resume_before, out)
    }

    /// Runs each keyword-gated rule on the lines holding one of its keywords.
    fn run_gated_rules(&self, gated: &GatedPass, hay: &str, out: &mut Vec<Candidate>) {
        let Some(found) = gated_keyword_hits(gated, hay.as_bytes()) else {
            return;
        };
        let mut hits = Vec::new();
        for k in 0..gated.rules.len() {
            self.run_gated_rule(gated, k, &found, hay, &mut hits, out);
        }
    }

    /// Runs the gated rules that `next` hands out, one at a time, until none is left: two
    /// threads share the rules this way on a short text's first scan, each compiling the
    /// automata of the rules it takes. Each rule's candidates come back with its index, to
    /// be put in rule order (that of [`Engine::run_gated_rules`]).
    fn take_gated_rules(
        &self,
        gated: &GatedPass,
        hay: &str,
        found: &[keywords::Hit],
        next: &AtomicUsize,
    ) -> Vec<(usize, Vec<Candidate>)> {
        let mut taken = Vec::new();
        let mut hits = Vec::new();
        loop {
            let k = next.fetch_add(1, Ordering::Relaxed);
            if k >= gated.rules.len() {
                return taken;
            }
            let mut out = Vec::new();
            self.run_gated_rule(gated, k, found, hay, &mut hits, &mut out);
            if !out.is_empty() {
                taken.push((k, out));
            }
        }
    }

    /// Runs gated rule `k` on the lines of its keyword hits among `found` (and of its
    /// one-byte keywords). `hits` is scratch space.
    fn run_gated_rule(
        &self,
        gated: &GatedPass,
        k: usize,
        found: &[keywords::Hit],
        hay: &str,
        hits: &mut Vec<(usize, usize)>,
        out: &mut Vec<Candidate>,
    ) {
        let bytes = hay.as_bytes();
        let g = &gated.rules[k];
        let rule = &self.inner.rules[g.rule];
        hits.clear();
        hits.extend(
            found
                .iter()
                .filter(|h| gated.owners[h.pattern].contains(&k))
                .filter(|h| {
                    !g.filtered
                        || rule.keyword_hit_counts(
                            bytes,
                            h.start,
                            h.end,
                            line_around(bytes, h.start, h.end),
                        )
                })
                .map(|h| (h.start, h.end)),
        );
        let keyword_hits = hits.len();
        for (b, owners) in &gated.bytes {
            if owners.contains(&k) {
                hits.extend(memchr::memchr_iter(*b, bytes).map(|i| (i, i + 1)));
            }
        }
        if hits.len() > keyword_hits && !hits.is_sorted() {
            hits.sort_unstable();
        }
        let with_reach = hits
            .iter()
            .map(|&(s, e)| (s, e, g.multiline, g.lines_after));
        self.run_gated(&g.pass, hay, with_reach, out);
    }

    /// Runs a gated pass on the lines holding keyword hits (`start`, `end`, opens a
    /// multi-line block, how many more lines the rule reaches), merging adjacent lines into
    /// one region.
    fn run_gated(
        &self,
        pass: &Pass,
        hay: &str,
        hits: impl Iterator<Item = (usize, usize, bool, usize)>,
        out: &mut Vec<Candidate>,
    ) {
        let bytes = hay.as_bytes();
        let mut region: Option<Range<usize>> = None;
        for (hit_start, hit_end, multiline, reach) in hits {
            // A hit inside the current region adds nothing, unless its rule reaches further
            // lines than the region does.
            if reach == 0 && region.as_ref().is_some_and(|r| hit_end <= r.end) {
                continue;
            }
            let line = line_around(bytes, hit_start, hit_end);
            let start = line.start;
            let end = if multiline {
                floor_char_boundary(hay, hit_start.saturating_add(MULTILINE_REACH))
            } else {
                let mut end = line.end;
                for _ in 0..reach {
                    if end >= hay.len() {
                        break;
                    }
                    end =
                        memchr::memchr(b'\n', &bytes[end + 1..]).map_or(hay.len(), |i| end + 1 + i);
                }
                end
            };
            match &mut region {
                Some(r) if start <= r.end => r.end = r.end.max(end),
                _ => {
                    if let Some(r) = region.take() {
                        self.run_pass(pass, hay, r, out);
                    }
                    region = Some(start..end);
                }
            }
        }
        if let Some(r) = region {
            self.run_pass(pass, hay, r, out);
        }
    }

    /// The search loop: leftmost-first match, confirm, and if that fails try the other
    /// patterns anchored at the same start before moving on.
    fn run_pass(&self, pass: &Pass, hay: &str, range: Range<usize>, out: &mut Vec<Candidate>) {
        let end = range.end;
        self.run_pass_until(pass, hay, range, end, out);
    }

    /// As [`Self::run_pass`], but the search goes on only while it resumes before
    /// `resume_before`; returns where it stopped: the text before that is searched.
    fn run_pass_until(
        &self,
        pass: &Pass,
        hay: &str,
        range: Range<usize>,
        resume_before: usize,
        out: &mut Vec<Candidate>,
    ) -> usize {
        // Created at the first match: most keyword lines have none, and allocating the slots
        // on each was a tenth of what a secret rule cost there.
        let mut caps: Option<Captures> = None;
        pass.searching(range.len(), hay.len());
        let mut at = range.start;
        while at < range.end {
            if at >= resume_before {
                return at;
            }
            let input = Input::new(hay).span(at..range.end);
            let Some(m) = pass.regex().search(&input) else {
                break;
            };
            if pass.has_groups && caps.is_none() {
                caps = Some(pass.regex().create_captures());
            }
            let (start, end) = (m.start(), m.end());
            let verdict = self.confirm(pass, m.pattern(), hay, start, end, caps.as_mut(), false);
            match verdict {
                Verdict::Accept(c) => {
                    out.push(c);
                    // A reported group (the value after a key name) may itself be a more
                    // specific finding (`api_key = "AKIA…"`): search again from the value.
                    at = if c.start > start {
                        c.start
                    } else {
                        end.max(start + 1)
                    };
                    continue;
                }
                Verdict::RejectStart => {
                    at = skip_word(hay, start);
                    continue;
                }
                Verdict::RejectValue(_) => {}
                Verdict::Reject => {
                    if let Some(c) =
                        self.retry_first_line(pass, m.pattern(), hay, start, end, caps.as_mut())
                    {
                        out.push(c);
                        at = c.end;
                        continue;
                    }
                }
            }
            let resume = match verdict {
                Verdict::RejectValue(value_start) => value_start,
                _ => end,
            };
            let mut best: Option<(Candidate, usize)> = None;
            for other in 0..pass.rules.len() {
                if other == m.pattern().as_usize() {
                    continue;
                }
                let pid = PatternID::new_unchecked(other);
                let input = Input::new(hay)
                    .span(start..range.end)
                    .anchored(Anchored::Pattern(pid));
                let Some(m2) = pass.regex().search(&input) else {
                    continue;
                };
                let accepted =
                    match self.confirm(pass, pid, hay, start, m2.end(), caps.as_mut(), false) {
                        Verdict::Accept(c) => Some((c, m2.end())),
                        _ => self
                            .retry_first_line(pass, pid, hay, start, m2.end(), caps.as_mut())
                            .map(|c| (c, c.end)),
                    };
                if let Some((c, match_end)) = accepted {
                    if best.is_none_or(|(_, e)| match_end > e) {
                        best = Some((c, match_end));
                    }
                }
            }
            match best {
                Some((c, match_end)) => {
                    out.push(c);
                    at = if c.start > start { c.start } else { match_end };
                }
                // Resume after the rejected match, not inside it: a suffix of a rejected
                // token ("b::c" in "a::b::c") is not a finding either.
                None => at = resume.max(start + char_after(hay, start).map_or(1, char::len_utf8)),
            }
        }
        range.end
    }

    /// The digit rules over one window: at each position where a finding may start, every
    /// rule's longest match there (one anchored scan) is confirmed. As in [`Self::run_pass`],
    /// the first-listed rule is tried first, then the longest confirmed of the others; a
    /// match that crossed a line break is tried again within its first line; after a rejected
    /// match the search resumes past it.
    #[allow(clippy::too_many_arguments)]
    fn run_anchored(
        &self,
        digits: &DigitPass,
        anchored: &AnchoredPass,
        walker: &mut Walker<'_>,
        hay: &str,
        range: Range<usize>,
        out: &mut Vec<Candidate>,
        ends: &mut Vec<End>,
    ) {
        let bytes = hay.as_bytes();
        // Every boundary but `None` refuses a start glued to an ASCII letter, digit or `_`:
        // the inside of words, most of a window, is passed over sixteen bytes at a time.
        let glue_refused = digits.loosest != Boundary::None;
        let mut starts = anchored
            .openers()
            .filter(|_| glue_refused)
            .map(|openers| Starts::new(openers, range.start));
        let mut at = range.start;
        let end = range.end;
        let may_start = |p: usize| {
            if p + 2 < end {
                anchored.may_match_inside(bytes, p)
            } else {
                anchored.may_match_at(bytes, p, end)
            }
        };
        while at < end {
            if let Some(starts) = &mut starts {
                // The starts returned passed `may_match_at` already.
                match starts.next(bytes, at, end, may_start) {
                    Some(p) => at = p,
                    None => return,
                }
            } else if glue_refused && at > 0 && is_ascii_word_byte(bytes[at - 1])
                || !anchored.may_match_at(bytes, at, end)
            {
                at += 1;
                continue;
            }
            if !hay.is_char_boundary(at) || !start_boundary_ok_selecting(hay, at, digits.loosest) {
                at += 1;
                continue;
            }
            ends.clear();
            if !walker.matches_at(hay, at, range.end, ends) {
                self.run_pass(&digits.pass, hay, at..range.end, out);
                return;
            }
            if ends.is_empty() {
                at += 1;
                continue;
            }
            // One end per pattern, its longest: the leftmost-first end of a greedy pattern.
            ends.sort_unstable_by_key(|e| e.pattern);
            let first = ends[0];
            let mut try_one = |e: End| -> Option<Candidate> {
                let pid = PatternID::new_unchecked(e.pattern);
                match self.confirm(&digits.pass, pid, hay, at, e.end, None, false) {
                    Verdict::Accept(c) => Some(c),
                    _ => {
                        let nl = memchr::memchr(b'\n', &bytes[at..e.end])?;
                        let shorter = self.first_line_end(walker, hay, at, at + nl, e)?;
                        match self.confirm(&digits.pass, pid, hay, at, shorter, None, false) {
                            Verdict::Accept(c) => Some(c),
                            _ => None,
                        }
                    }
                }
            };
            let mut accepted = try_one(first);
            if accepted.is_none() {
                for &e in &ends[1..] {
                    if let Some(c) = try_one(e) {
                        if accepted.is_none_or(|b| c.end > b.end) {
                            accepted = Some(c);
                        }
                    }
                }
            }
            match accepted {
                Some(c) => {
                    out.push(c);
                    at = c.end.max(at + 1);
                }
                None => {
                    at = first
                        .end
                        .max(at + char_after(hay, at).map_or(1, char::len_utf8))
                }
            }
        }
    }

    /// The longest match of `e`'s pattern at `at` that ends by `limit` (a line break).
    fn first_line_end(
        &self,
        walker: &mut Walker<'_>,
        hay: &str,
        at: usize,
        limit: usize,
        e: End,
    ) -> Option<usize> {
        let mut ends = Vec::new();
        walker.matches_at(hay, at, limit, &mut ends);
        ends.iter().find(|x| x.pattern == e.pattern).map(|x| x.end)
    }

    /// A rule may let a grouped number continue on the next line (an IBAN split over two
    /// lines). When such a match crossed a line break and failed, the same rule is tried again
    /// within the first line, so that an IBAN at the end of a line is still found when the
    /// next line starts with a word ("…0005 1332\nClient" must not be read as one value).
    fn retry_first_line(
        &self,
        pass: &Pass,
        pid: PatternID,
        hay: &str,
        start: usize,
        end: usize,
        caps: Option<&mut Captures>,
    ) -> Option<Candidate> {
        let nl = memchr::memchr(b'\n', &hay.as_bytes()[start..end])?;
        let input = Input::new(hay)
            .span(start..start + nl)
            .anchored(Anchored::Pattern(pid));
        let m = pass.regex().search(&input)?;
        match self.confirm(pass, pid, hay, start, m.end(), caps, false) {
            Verdict::Accept(c) => Some(c),
            _ => None,
        }
    }

    /// Checks a match against its rule (group, boundaries, allowlists, validator, context).
    /// `context_given`: the rule's context words are not needed, a finding next to the
    /// candidate stands as its context (`after-kind`).
    #[allow(clippy::too_many_arguments)]
    fn confirm(
        &self,
        pass: &Pass,
        pid: PatternID,
        hay: &str,
        start: usize,
        end: usize,
        caps: Option<&mut Captures>,
        context_given: bool,
    ) -> Verdict {
        let rule_index = pass.rules[pid.as_usize()];
        let rule = &self.inner.rules[rule_index];
        let (mut s, mut e) = (start, end);
        if let Some(group) = rule.group {
            let Some(caps) = caps else {
                return Verdict::Reject;
            };
            let located = rule
                .group_at
                .and_then(|at| at.locate(&hay.as_bytes()[start..end]))
                .map(|(a, b)| (start + a, start + b));
            let span = located.or_else(|| {
                let input = Input::new(hay)
                    .span(start..end)
                    .anchored(Anchored::Pattern(pid));
                pass.regex().search_captures(&input, caps);
                caps.get_group(group).map(|span| (span.start, span.end))
            });
            match span {
                Some((a, b)) if a < b => (s, e) = (a, b),
                _ => return Verdict::Reject,
            }
        } else if !start_boundary_ok(hay, s, rule.boundary) {
            return Verdict::RejectStart;
        }
        let reject = if rule.group.is_some() && s > start {
            Verdict::RejectValue(s)
        } else {
            Verdict::Reject
        };
        if !end_boundary_ok(hay, e, rule.boundary) {
            return reject;
        }
        if rule.group.is_some() && !start_boundary_ok(hay, start, rule.boundary) {
            return reject;
        }
        let value = &hay[s..e];
        if rule
            .allow_values
            .as_ref()
            .is_some_and(|words| words.found_in(value.as_bytes()))
        {
            return reject;
        }
        if rule
            .allow_regex
            .as_ref()
            .is_some_and(|re| re.matches_whole(value))
        {
            return reject;
        }
        if let Some(v) = rule.validator {
            if !v.check(value) {
                return reject;
            }
        }
        if let Some(words) = rule.context.as_ref().filter(|_| !context_given) {
            if !words.stands_in(window(hay, s, e, rule.context_before, rule.context_after)) {
                return reject;
            }
        }
        // Deny words label what comes after them ("Commande n° …"): look before only.
        if let Some(words) = &rule.deny_context {
            if words.stands_in(window(hay, s, e, rule.context_before, 0)) {
                return reject;
            }
        }
        Verdict::Accept(Candidate {
            start: s,
            end: e,
            rule: rule_index,
        })
    }
}

/// Overlaps are settled once, here: within each cluster of overlapping detections the secret
/// tier wins (see [`rules::SECRET_TIER`]; within it, the higher priority), then the longest,
/// then the higher priority, then the earlier. The result is sorted and disjoint, as the
/// findings that they are (written as such by [`settle`]: a list of detections collected
/// and then turned into findings took a fresh block of 64 bytes a detection for each 1 MiB
/// piece of a stream, a third of them names of people on business text, and faulted its
/// pages in).
fn resolve(cands: Vec<Detection>) -> Vec<Finding> {
    use std::cmp::Reverse;
    // Each pass and detector appends its detections in order: a stable sort merges those
    // runs instead of sorting from scratch. The keys are sorted, not the detections: a key is
    // half a detection's size, and moving detections was most of the sort (the names of people
    // of a business text doubled its cost). The index ends each key, so that equal detections
    // keep the order they came in.
    let mut order: Vec<(usize, Reverse<usize>, Reverse<i32>, usize)> = cands
        .iter()
        .enumerate()
        .map(|(i, d)| (d.span.start, Reverse(d.span.end), Reverse(d.priority), i))
        .collect();
    order.sort();
    let mut slots: Vec<Option<Detection>> = cands.into_iter().map(Some).collect();
    let mut out = Vec::with_capacity(slots.len());
    let mut cluster: Vec<Detection> = Vec::new();
    let mut cluster_end = 0;
    let mut last_span = None;
    for &(.., i) in &order {
        let Some(c) = slots.get_mut(i).and_then(Option::take) else {
            continue;
        };
        // Of the detections of one span (next to each other), the first is kept.
        if last_span == Some(c.span) {
            continue;
        }
        last_span = Some(c.span);
        if !cluster.is_empty() && c.span.start >= cluster_end {
            settle(&mut cluster, &mut out);
        }
        cluster_end = if cluster.is_empty() {
            c.span.end
        } else {
            cluster_end.max(c.span.end)
        };
        cluster.push(c);
    }
    settle(&mut cluster, &mut out);
    out
}

fn settle(cluster: &mut Vec<Detection>, out: &mut Vec<Finding>) {
    let finding = |d: Detection| Finding {
        kind: d.kind,
        span: d.span,
        rule: d.rule,
    };
    if cluster.len() <= 1 {
        out.extend(cluster.drain(..).map(finding));
        return;
    }
    cluster.sort_by_key(|c| {
        (
            std::cmp::Reverse(c.priority >= rules::SECRET_TIER),
            // Within the secret tier the more specific rule knows the value's extent.
            std::cmp::Reverse(if c.priority >= rules::SECRET_TIER {
                c.priority
            } else {
                0
            }),
            std::cmp::Reverse(c.span.len()),
            std::cmp::Reverse(c.priority),
            c.span.start,
        )
    });
    let first = out.len();
    for c in cluster.drain(..) {
        if !out[first..].iter().any(|o| o.span.overlaps(&c.span)) {
            out.push(finding(c));
        }
    }
    out[first..].sort_by_key(|c| c.span.start);
}

/// The text and what was masked in it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Redaction {
    pub text: String,
    pub findings: Vec<Finding>,
}

/// `text` with each of `findings` (found in it, in order) masked: what
/// [`Engine::redact_with`] writes, for a caller that has the findings already (scanned once,
/// then classified, and masked only if needed).
pub fn mask_findings<M: Mask + ?Sized>(text: &str, findings: &[Finding], masker: &mut M) -> String {
    masker.prepare_input(text.as_bytes(), findings);
    let mut out = String::with_capacity(text.len());
    mask_text(text, findings, 0, masker, &mut out);
    out
}

/// Appends `text` to `out` with each of its findings masked, after [`Mask::prepare`]. The
/// findings' spans are offsets into a larger input of which `text` starts at `base`.
fn mask_text<M: Mask + ?Sized>(
    text: &str,
    findings: &[Finding],
    base: usize,
    masker: &mut M,
    out: &mut String,
) {
    if base == 0 {
        masker.prepare(text, findings);
    } else {
        // `prepare` takes spans into `text`.
        let local: Vec<Finding> = findings
            .iter()
            .map(|f| {
                let mut f = f.clone();
                f.span.start -= base;
                f.span.end -= base;
                f
            })
            .collect();
        masker.prepare(text, &local);
    }
    let mut last = 0;
    for f in findings {
        let span = f.span.start - base..f.span.end - base;
        out.push_str(&text[last..span.start]);
        masker.mask_into(f, &text[span.clone()], out);
        last = span.end;
    }
    out.push_str(&text[last..]);
}

/// The valid UTF-8 runs of `bytes`, with their offsets, closed by an empty run at the end so
/// that trailing invalid bytes are accounted for.
fn valid_runs(bytes: &[u8]) -> impl Iterator<Item = (usize, &str)> {
    let base = bytes.as_ptr() as usize;
    // Nearly all text is valid: a SIMD check of the whole is many times faster than the
    // chunk iterator (or `std::str::from_utf8`, slow on accented text) walking it.
    let (whole, rest) = match simdutf8::basic::from_utf8(bytes) {
        Ok(text) => (Some((0, text)), &bytes[bytes.len()..]),
        Err(_) => (None, bytes),
    };
    whole
        .into_iter()
        .chain(
            rest.utf8_chunks()
                .map(move |chunk| (chunk.valid().as_ptr() as usize - base, chunk.valid())),
        )
        .chain(std::iter::once((bytes.len(), "")))
}

fn ceil_char_boundary(s: &str, mut i: usize) -> usize {
    if i >= s.len() {
        return s.len();
    }
    while !s.is_char_boundary(i) {
        i += 1;
    }
    i
}

fn floor_char_boundary(s: &str, mut i: usize) -> usize {
    if i >= s.len() {
        return s.len();
    }
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

fn build_ac(words: &[String]) -> Result<AhoCorasick, String> {
    // A DFA: context words are searched in a window around every candidate, thousands of
    // times per megabyte, and a DFA walks a window in fewer instructions than the contiguous
    // NFA (2 % of the identifier rules' time on the mixed corpus). Each set is small and
    // built at its first use, so construction stays cheap.
    AhoCorasickBuilder::new()
        .ascii_case_insensitive(true)
        .kind(Some(AhoCorasickKind::DFA))
        .build(words)
        .map_err(|e| e.to_string())
}

fn compile_rule(def: &RuleDef, embedded: bool) -> Result<Rule> {
    let fail = |message: String| Error::Rule {
        origin: def.origin.clone(),
        rule: def.spec.id.clone(),
        message,
    };
    let eager = !embedded;
    let words = |list: &[String], what: &str| {
        Words::new(list, eager).map_err(|e| fail(format!("{what}: {e}")))
    };
    Ok(Rule {
        id: Arc::from(def.spec.id.as_str()),
        kind: def.kind.clone(),
        validator: def.validator,
        context: words(&def.spec.context, "context")?,
        deny_context: words(&def.spec.deny_context, "deny-context")?,
        context_before: def.spec.context_before,
        context_after: def.spec.context_after,
        boundary: def.spec.boundary,
        group: def.spec.group,
        priority: def.spec.priority,
        allow_values: words(&def.spec.allow_values, "allow-values")?,
        keyword_at_word_start: def.spec.keyword_at_word_start,
        line_needs: words(&def.spec.line_needs, "line-needs")?,
        keyword_in_assignment: def.spec.keyword_in_assignment,
        group_at: GroupAt::of_rule(&def.spec.id, def.spec.group).filter(|_| embedded),
        allow_regex: match &def.spec.allow_regex {
            None => None,
            Some(pattern) => Some(
                WholeValue::new(pattern, eager)
                    .map_err(|e| fail(format!("bad allow-regex: {e}")))?,
            ),
        },
    })
}

impl Rule {
    /// Compiles now what waits for first use.
    fn force(&self) {
        for words in [
            &self.context,
            &self.deny_context,
            &self.allow_values,
            &self.line_needs,
        ]
        .into_iter()
        .flatten()
        {
            let _ = words.get();
        }
        if let Some(whole) = &self.allow_regex {
            let _ = whole.get(0);
        }
    }
}

/// Bounds on what one user pattern may cost, so an untrusted file cannot exhaust memory.
const NFA_SIZE_LIMIT: usize = 8 << 20;

/// A keyword-line pass builds its lazy DFA (see [`Pass::cold`]) for a text longer than
/// this, or once it has searched this many bytes: a lazy DFA then pays for itself, while on
/// a prompt it would cost more to build than it saves (a 4 KB prompt: 21.1M -> 17.0M
/// instructions without it; on a 3 MB corpus, going cold for the first 4 KB of keyword lines
/// of each rule cost 7 % more).
const COLD_TEXT: usize = 16 << 10;

/// Lazy DFA cache per pass and per thread.
const HYBRID_CACHE: usize = 32 << 20;

impl DigitPass {
    fn compile(defs: &[RuleDef], embedded: &[bool], pass: Pass) -> Result<DigitPass> {
        let loosest = pass
            .rules
            .iter()
            .map(|&i| defs[i].spec.boundary)
            .min_by_key(|b| match b {
                Boundary::None => 0,
                Boundary::Word => 1,
                Boundary::Number => 2,
            })
            .unwrap_or(Boundary::None);
        let digits = DigitPass {
            pass,
            anchored: OnceLock::new(),
            loosest,
        };
        if digits.pass.rules.iter().any(|&i| !embedded[i]) {
            let anchored = digits.build_anchored()?;
            let _ = digits.anchored.set(anchored);
        }
        Ok(digits)
    }

    fn build_anchored(&self) -> Result<Option<AnchoredPass>> {
        if self.pass.has_groups {
            return Ok(None);
        }
        let patterns: Vec<&str> = self.pass.patterns.iter().map(String::as_str).collect();
        AnchoredPass::new(&patterns, NFA_SIZE_LIMIT * 4, HYBRID_CACHE)
            .map(Some)
            .map_err(|e| Error::Config(format!("compiling the digit rules: {e}")))
    }

    fn anchored(&self) -> Option<&AnchoredPass> {
        self.anchored
            .get_or_init(|| {
                self.build_anchored()
                    .expect("the embedded rules compile (tests/rule_examples.rs builds them all)")
            })
            .as_ref()
    }
}

impl Pass {
    fn regex(&self) -> &Regex {
        if let Some(regex) = self.regex.get() {
            return regex;
        }
        let build = |lazy_dfa| {
            build_combined(self, lazy_dfa)
                .expect("the embedded rules compile (tests/rule_examples.rs builds them all)")
        };
        if self.whole_text {
            return self.regex.get_or_init(|| build(true));
        }
        self.cold.get_or_init(|| build(false))
    }

    /// Called before searching `bytes` bytes of a text of `text_len` bytes: builds the lazy
    /// DFA when the cold regex has done its share (see [`COLD_TEXT`]).
    fn searching(&self, bytes: usize, text_len: usize) {
        if self.whole_text || self.regex.get().is_some() {
            return;
        }
        let before = self.cold_searched.fetch_add(bytes, Ordering::Relaxed);
        if text_len > COLD_TEXT || before.saturating_add(bytes) > COLD_TEXT {
            self.force();
        }
    }

    /// Compiles now what would otherwise wait for a text that needs it.
    fn force(&self) {
        self.regex.get_or_init(|| {
            build_combined(self, true)
                .expect("the embedded rules compile (tests/rule_examples.rs builds them all)")
        });
    }
}

fn compile_pass(
    defs: &[RuleDef],
    embedded: &[bool],
    ids: &[usize],
    whole_text: bool,
) -> Result<Option<Pass>> {
    if ids.is_empty() {
        return Ok(None);
    }
    let syntax = syntax::Config::new().unicode(true).utf8(true);
    // Compile each user pattern alone first, so that an error names its rule.
    for &i in ids.iter().filter(|&&i| !embedded[i]) {
        let def = &defs[i];
        let single = Regex::builder()
            .syntax(syntax)
            .configure(Regex::config().nfa_size_limit(Some(NFA_SIZE_LIMIT)))
            .build(&def.spec.regex)
            .map_err(|e| Error::Rule {
                origin: def.origin.clone(),
                rule: def.spec.id.clone(),
                message: format!("bad regex: {e}"),
            })?;
        if single.is_match("") {
            return Err(Error::Rule {
                origin: def.origin.clone(),
                rule: def.spec.id.clone(),
                message: "regex matches the empty string".into(),
            });
        }
        if let Some(group) = def.spec.group {
            if group == 0 || group >= single.captures_len() {
                return Err(Error::Rule {
                    origin: def.origin.clone(),
                    rule: def.spec.id.clone(),
                    message: format!("group {group} does not exist in the regex"),
                });
            }
        }
    }
    let pass = Pass {
        regex: OnceLock::new(),
        cold: OnceLock::new(),
        cold_searched: AtomicUsize::new(0),
        patterns: ids.iter().map(|&i| defs[i].spec.regex.clone()).collect(),
        rules: ids.to_vec(),
        has_groups: ids.iter().any(|&i| defs[i].spec.group.is_some()),
        whole_text,
        hirs: OnceLock::new(),
    };
    if ids.iter().any(|&i| !embedded[i]) {
        let regex = build_combined(&pass, true)?;
        let _ = pass.regex.set(regex);
    }
    Ok(Some(pass))
}

/// Compiles a pass's patterns into one automaton. Compiling is most of what a short text
/// costs (a 4 KB prompt), so a pass pays only for what its searches use: capture groups only
/// when a rule reports one, and literal prefilters (whose extraction is the dearest part of
/// compiling) only when it searches whole texts; on a keyword's line they would save little.
fn build_combined(pass: &Pass, lazy_dfa: bool) -> Result<Regex> {
    let captures = if pass.has_groups {
        WhichCaptures::All
    } else {
        WhichCaptures::Implicit
    };
    let mut builder = Regex::builder();
    builder
        .syntax(syntax::Config::new().unicode(true).utf8(true))
        .configure(
            meta::Config::new()
                .match_kind(MatchKind::LeftmostFirst)
                .which_captures(captures)
                .auto_prefilter(pass.whole_text)
                // No fully compiled DFA: the meta regex builds one when the rule is small,
                // which cost a 4 KB prompt 7 % of its instructions, and the lazy DFA searches
                // as fast (same instruction count on the 3 MB corpora).
                .dfa(false)
                .hybrid(lazy_dfa)
                .nfa_size_limit(Some(NFA_SIZE_LIMIT * 4))
                // The rules together make many DFA states (grouped numbers, IBAN lengths):
                // a small lazy-DFA cache would be cleared over and over, rebuilding states.
                .hybrid_cache_capacity(HYBRID_CACHE),
        );
    // The embedded rules' regexes were parsed at build time, with the same syntax settings.
    match pass
        .hirs
        .get_or_init(|| crate::precompiled::hirs(&pass.patterns))
    {
        Some(hirs) => builder.build_many_from_hir(hirs),
        None => builder.build_many(&pass.patterns),
    }
    .map_err(|e| Error::Config(format!("compiling the rules together: {e}")))
}

#[cfg(test)]
mod currency_tests {
    use super::*;

    /// The byte version answers as the character one, on every string of up to four pieces
    /// of spaces, currency signs and words (and their prefixes, cut anywhere).
    #[test]
    fn followed_by_currency_answers_as_the_character_version() {
        let pieces = [
            " ",
            "\u{a0}",
            "\u{202f}",
            "\u{2009}",
            "€",
            "$",
            "£",
            "¥",
            "eur",
            "EUR",
            "Euros",
            "usd",
            "UsD",
            "eu",
            "us",
            "e",
            "x",
            "\n",
            "1",
            "é",
            "\u{a0}€",
        ];
        let mut strings = vec![String::new()];
        for _ in 0..4 {
            let longer: Vec<String> = strings
                .iter()
                .flat_map(|s| pieces.iter().map(move |p| format!("{s}{p}")))
                .collect();
            strings.extend(longer);
            strings.dedup();
        }
        let mut currencies = 0;
        for s in &strings {
            for cut in (0..=s.len()).filter(|&i| s.is_char_boundary(i)) {
                let rest = &s[..cut];
                let expected = followed_by_currency_by_char(rest);
                assert_eq!(followed_by_currency(rest), expected, "{rest:?}");
                currencies += usize::from(expected);
            }
        }
        assert!(currencies > 1000, "{currencies}");
    }
}

#[cfg(test)]
mod allow_regex_tests {
    use super::*;

    /// A value is searched without lazy DFA up to `COLD_TEXT` bytes, with it past that: both
    /// builds of every embedded allow-regex give the same answer on short and long values.
    #[test]
    fn both_builds_of_an_allow_regex_answer_alike() {
        let engine = Engine::default();
        let mut values: Vec<String> = [
            "",
            "password",
            "PASSWORD1",
            "Passwd",
            "$HOME",
            "%APPDATA%",
            "...",
            "s3cr3t!",
            "null",
            "None",
            "https://user@host",
            "https://host/x",
            "foo.bar",
            "foo.bar.baz",
            "Abc",
            "ABC_DEF",
            "abc",
            "xxxx",
            "-flag",
            "test_1!",
            "test1x",
            "/etc/passwd",
            "~/.ssh/id",
            "./run",
            "a1b2c3",
            "é",
            "mot-de-passe",
            "n/a",
            "same-origin",
            "Bearer",
            "root",
            "admin",
            "guest",
            "redis",
            "#__",
            "Xk9#mP2$vL",
        ]
        .iter()
        .map(|v| v.to_string())
        .collect();
        for v in values.clone() {
            values.push(v.repeat(COLD_TEXT / v.len().max(1) + 1));
            values.push(format!("{v}{}", "a".repeat(COLD_TEXT)));
            values.push(format!("{}{v}", "x".repeat(COLD_TEXT)));
        }
        let mut checked = 0;
        for rule in &engine.inner.rules {
            let Some(whole) = &rule.allow_regex else {
                continue;
            };
            let (short, long) = (whole.build(false).unwrap(), whole.build(true).unwrap());
            for v in &values {
                let input = Input::new(v.as_str()).anchored(Anchored::Yes);
                assert_eq!(short.search(&input), long.search(&input), "{v:?}");
                let whole_match = long.search(&input).is_some_and(|m| m.end() == v.len());
                assert_eq!(whole.matches_whole(v), whole_match, "{v:?}");
            }
            checked += 1;
        }
        assert!(checked >= 6, "the embedded secret rules have allow-regexes");
    }
}

#[cfg(test)]
mod secret_tier_tests {
    use super::*;

    fn engine(toml: &str) -> Engine {
        EngineBuilder::new()
            .no_default_patterns()
            .patterns_str("test.toml", toml)
            .build()
            .unwrap()
    }

    fn found(engine: &Engine, text: &str) -> Vec<(String, String)> {
        engine
            .scan(text)
            .iter()
            .map(|f| (f.rule.to_string(), f.text(text).to_string()))
            .collect()
    }

    #[test]
    fn the_secret_tier_beats_a_longer_finding() {
        let e = engine(
            "[[rule]]\nid = \"long\"\nkind = \"EMAIL\"\nregex = 'b+@c+'\n\
             [[rule]]\nid = \"pw\"\nkind = \"SECRET\"\nregex = 'a:(b+)@'\ngroup = 1\n\
             boundary = \"none\"\npriority = 100\n",
        );
        assert_eq!(found(&e, "a:bbb@ccc"), [("pw".into(), "bbb".into())]);
    }

    #[test]
    fn allowlisted_values_are_refused_and_the_value_is_searched_again() {
        let e = engine(
            "[[rule]]\nid = \"assign\"\nkind = \"SECRET\"\nregex = 'key=([a-z0-9_]+)'\n\
             group = 1\nkeywords = [\"key=\"]\nallow-values = [\"dummy\", \"tok_\"]\n\
             allow-regex = '[a-z]+'\npriority = 100\n\
             [[rule]]\nid = \"tok\"\nkind = \"SECRET\"\nregex = 'tok_[a-z]+'\n\
             keywords = [\"tok_\"]\npriority = 120\n",
        );
        assert!(found(&e, "key=dummy1").is_empty());
        assert!(found(&e, "key=plain").is_empty());
        assert_eq!(
            found(&e, "key=abc123"),
            [("assign".into(), "abc123".into())]
        );
        // Refused by the generic rule, the value is still searched: it is a known token.
        assert_eq!(found(&e, "key=tok_abc"), [("tok".into(), "tok_abc".into())]);
    }

    #[test]
    fn a_bad_allow_regex_names_its_rule() {
        let err = EngineBuilder::new()
            .no_default_patterns()
            .patterns_str(
                "test.toml",
                "[[rule]]\nid = \"r\"\nkind = \"SECRET\"\nregex = 'a'\nallow-regex = '('\n",
            )
            .build()
            .unwrap_err()
            .to_string();
        assert!(err.contains("allow-regex") && err.contains("r"), "{err}");
    }
}

#[cfg(test)]
mod secret_gate_tests {
    use super::*;

    /// Lines of key names, signs, spaces and quotes, keywords among them.
    fn gate_lines(seed: u64, count: usize) -> Vec<String> {
        const PIECES: &[&str] = &[
            "pass",
            "PASS",
            "Pass",
            "word",
            "sshpass",
            "--pass",
            "secret",
            "SECRET",
            "token",
            "key",
            "Key",
            "sig=",
            "SharedAccessKey=",
            "://",
            "sk-ant-",
            "sk-proj-",
            "eyJ",
            "clé_api",
            "ghp_",
            "AKIA",
            "A3T",
            "_",
            ".",
            "-",
            "(",
            ")",
            " ",
            "\t",
            "\u{a0}",
            "\u{202f}",
            ":",
            "=",
            "=>",
            "\"",
            "'",
            "]",
            "[",
            "x",
            "9",
            "é",
            "s",
            "k",
        ];
        let mut rng = crate::test_rng::TestRng(seed);
        (0..count).map(|_| rng.pieces(PIECES, 16)).collect()
    }

    /// `assignment_follows` as it was, one loop over hit and name bytes alike: the reference
    /// of the faster one.
    fn assignment_follows_reference(
        bytes: &[u8],
        start: usize,
        end: usize,
        line_end: usize,
    ) -> bool {
        let mut i = start;
        while i < line_end {
            let b = bytes[i];
            let in_hit = i < end && b != b':' && b != b'=';
            if in_hit || b.is_ascii_alphanumeric() || matches!(b, b'_' | b'.' | b'-' | b'(') {
                i += 1;
            } else {
                break;
            }
        }
        if i < line_end && matches!(bytes[i], b'"' | b'\'') {
            i += 1;
        }
        if i < line_end && bytes[i] == b']' {
            i += 1;
        }
        loop {
            match &bytes[i..line_end] {
                [b' ' | b'\t', ..] => i += 1,
                [0xC2, 0xA0, ..] => i += 2,
                [0xE2, 0x80, 0xAF, ..] => i += 3,
                [b':' | b'=', ..] => return true,
                _ => return false,
            }
        }
    }

    #[test]
    fn the_assignment_test_answers_as_the_byte_loop_did() {
        let keywords = [
            "pass",
            "PASS",
            "secret",
            "key",
            "Key",
            "sig=",
            "SharedAccessKey=",
            "://",
            "clé_api",
        ];
        let (mut checked, mut follows) = (0, 0);
        for line in gate_lines(0x5eed_a551, 20_000) {
            let bytes = line.as_bytes();
            for keyword in keywords {
                let sign = keyword.bytes().position(|b| matches!(b, b':' | b'='));
                for (start, _) in line.match_indices(keyword) {
                    let end = start + keyword.len();
                    let expected = assignment_follows_reference(bytes, start, end, bytes.len());
                    let from = match sign {
                        Some(at) => assignment_follows_from(bytes, start + at, false, bytes.len()),
                        None => assignment_follows_from(bytes, end, true, bytes.len()),
                    };
                    assert_eq!(
                        assignment_follows(bytes, start, end, bytes.len()),
                        expected,
                        "{line:?} at {start}"
                    );
                    assert_eq!(from, expected, "{line:?} at {start}");
                    checked += 1;
                    follows += usize::from(expected);
                }
            }
        }
        assert!(
            follows > checked / 10 && follows < checked * 9 / 10,
            "{follows} of {checked}"
        );
    }

    #[test]
    fn the_owner_bits_run_the_searches_a_visit_of_each_owner_ran() {
        // The embedded secret rules (with their value shapes) and the same file read as a
        // user's (without), over random keyword lines and lines holding secrets: the same
        // candidates, in the same order, as the visit of each owner of each hit.
        let embedded = Engine::default();
        let user = EngineBuilder::new()
            .no_default_patterns()
            .person(false)
            .patterns_str("mine.toml", include_str!("../patterns/secrets.toml"))
            .build()
            .unwrap();
        let planted = [
            "password = \"Zt8#kq2LmVx9\"",
            "DATABASE_URL=postgres://app:Zt8kq2LmVx9@db:5432/prod",
            "Mot de passe : Bonjour2024!",
            "api_key: 9f2c7a1b5e8d4c6a0b3f",
            "Authorization: Bearer abcdefghijklmnopqrstuvwx",
            "AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYzzzzzzzzzz",
            "Server=x;Password=s3cr3t!;",
            "<password>s3cr3tValue9</password>",
            "mysql -u root -pS3cret9 db",
            "-----BEGIN RSA PRIVATE KEY-----\nMIIEabc\n-----END RSA PRIVATE KEY-----",
            "token_type = \"bearer\"",
            "GITHUB_TOKEN=ghp_abcdefghijklmnopqrstuvwxyz0123456789",
        ];
        let (mut texts, mut found) = (0, 0);
        for (seed, engine) in [(0x0b17_5eed_u64, &embedded), (0x0b17_5eee, &user)] {
            let secrets = engine.inner.secrets.as_ref().expect("secret rules");
            assert!(secrets.passes.len() <= MASK_RULES);
            let lines = gate_lines(seed, 20_000);
            for (k, chunk) in lines.chunks(40).enumerate() {
                let mut text = chunk.join("\n");
                text.push('\n');
                text.push_str(planted[k % planted.len()]);
                text.push_str(if k % 2 == 0 { " " } else { "\n" });
                text.push_str(&chunk[0]);
                let (mut by_bits, mut by_owner) = (Vec::new(), Vec::new());
                engine.run_secrets(secrets, &text, &mut by_bits);
                engine.run_secrets_by_owner(secrets, &text, &mut by_owner);
                assert_eq!(by_bits, by_owner, "{text:?}");
                texts += 1;
                found += by_bits.len();
            }
        }
        assert!(found > texts, "{found} candidates in {texts} texts");
    }

    #[test]
    fn a_hit_skips_its_indirect_owners_only_where_none_stands_over_it() {
        let engine = EngineBuilder::new()
            .no_default_patterns()
            .person(false)
            .patterns_str("secrets.toml", include_str!("../patterns/secrets.toml"))
            .build()
            .unwrap();
        let secrets = engine.inner.secrets.as_ref().expect("secret rules");
        let (mut skipped, mut over) = (0, 0);
        let mut hits = Vec::new();
        for line in gate_lines(0x0be7_5eed, 20_000) {
            let bytes = line.as_bytes();
            secrets.keywords.find_all(bytes, &mut hits);
            for hit in &hits {
                let owners = secrets.owners(hit.pattern);
                let visited = owners.at(bytes, hit.start);
                let stands_over = |o: &&Owner| {
                    !o.direct
                        && SecretRules::own_keyword_over(o, bytes, hit, 0..bytes.len()).is_some()
                };
                let indirect = owners.all.iter().filter(stands_over).count();
                if visited.len() < owners.all.len() {
                    assert_eq!(indirect, 0, "{line:?} at {}", hit.start);
                    skipped += 1;
                }
                over += indirect;
                // The direct owners come in the same order either way.
                let direct = |list: &[Owner]| -> Vec<usize> {
                    list.iter().filter(|o| o.direct).map(|o| o.pass).collect()
                };
                assert_eq!(direct(visited), direct(&owners.all));
            }
        }
        assert!(
            skipped > 1000 && over > 1000,
            "skipped {skipped}, over {over}"
        );
    }

    #[test]
    fn an_assignment_must_follow_the_key_name_holding_the_hit() {
        // (line, keyword, whether an assignment follows it)
        let cases = [
            ("password = \"x\"", "pass", true),
            ("DB_PASSWORD=x", "PASS", true),
            ("  \"client_secret\": \"x\"", "secret", true),
            ("$config['db_pass'] = 'x';", "pass", true),
            ("'password' => 'x',", "pass", true),
            ("mot de passe : x", "pass", true),
            ("mot de passe\u{a0}: x", "pass", true),
            ("mot de passe\u{202f}: x", "pass", true),
            ("AccountKey=abc", "Key", true),
            ("SharedAccessKey=abc", "SharedAccessKey=", true),
            ("clé_api: x", "clé_api", true),
            ("WARN auth: invalid password for user", "pass", false),
            ("Le secret professionnel", "secret", false),
            ("password", "pass", false),
            ("if not user.check_password(password):", "pass", false),
            ("token refreshed, token_type=bearer", "token", false),
        ];
        for (line, keyword, expected) in cases {
            let start = line.find(keyword).expect("keyword in line");
            let got = assignment_follows(line.as_bytes(), start, start + keyword.len(), line.len());
            assert_eq!(got, expected, "{line:?} at {keyword:?}");
        }
    }

    #[test]
    fn keywords_overlap_only_where_their_bytes_agree() {
        let shifts = |a: &str, b: &str| overlaps(a.as_bytes(), b.as_bytes()).collect::<Vec<_>>();
        assert_eq!(shifts("secret", "token"), vec![5]);
        assert_eq!(shifts("TOKEN", "A3T"), vec![-2]);
        assert!(shifts("token", "A3T").is_empty(), "case differs");
        assert_eq!(shifts("sshpass", "pass"), vec![-3, -2, 3]);
        assert_eq!(shifts("pass", "sshpass"), vec![-3, 2, 3]);
        assert_eq!(shifts("key", "eyJ"), vec![1]);
        assert!(shifts("bearer", "AKIA").is_empty());
    }

    #[test]
    fn a_rule_hidden_under_another_keyword_still_runs() {
        // "secret" is found first and hides "token": the token rule must run all the same.
        let engine = EngineBuilder::new()
            .no_default_patterns()
            .patterns_str(
                "t.toml",
                r#"
[[rule]]
id = "tok"
kind = "SECRET"
regex = 'token-[0-9]{4}'
keywords = ["token"]
boundary = "none"
priority = 100
[[rule]]
id = "sec"
kind = "SECRET"
regex = 'secret-[0-9]{4}'
keywords = ["secret"]
priority = 100
"#,
            )
            .build()
            .unwrap();
        let findings = engine.scan("secretoken-1234");
        assert_eq!(findings.len(), 1);
        assert_eq!(&*findings[0].rule, "tok");
    }

    #[test]
    fn every_private_key_block_is_found_however_close_or_far_apart() {
        let engine = EngineBuilder::new()
            .no_default_patterns()
            .person(false)
            .patterns_str("secrets.toml", include_str!("../patterns/secrets.toml"))
            .build()
            .unwrap();
        let block = "-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEAlSJp/WafY3bucYeXN/1fcvjV\n\
                     -----END RSA PRIVATE KEY-----";
        let filler = "Le comité se réunira jeudi.\n".repeat(2000);
        let text = format!("{block}{block}\n{filler}{block}\nfin {block} fin\n");
        let keys = engine
            .scan(&text)
            .iter()
            .filter(|f| &*f.rule == "private-key")
            .map(|f| f.text(&text).len())
            .collect::<Vec<_>>();
        assert_eq!(keys, vec![block.len(); 4]);
    }
}

#[cfg(test)]
mod cold_pass_tests {
    use super::*;

    /// A short text is searched with the keyword-line passes' cold regexes (no lazy DFA); an
    /// engine prepared for a long run uses the lazy DFAs: both find the same, on every
    /// example of every embedded rule and on all of them together.
    #[test]
    fn cold_and_warm_passes_find_the_same() {
        let warm = Engine::default();
        warm.prepare();
        let mut texts: Vec<String> = Vec::new();
        for def in warm.rule_defs() {
            for example in def
                .spec
                .examples
                .positive
                .iter()
                .chain(&def.spec.examples.negative)
            {
                texts.push(example.replace(['⟦', '⟧'], ""));
            }
        }
        texts.push(texts.join("\n"));
        for text in &texts {
            let cold = Engine::default();
            assert_eq!(cold.scan(text), warm.scan(text), "{text}");
            assert!(
                cold.inner.gated.iter().flat_map(|g| &g.rules).all(|g| g
                    .pass
                    .regex
                    .get()
                    .is_none()),
                "a short text built a lazy DFA"
            );
        }
        // Past COLD_TEXT, the lazy DFA is built.
        let cold = Engine::default();
        let long = format!("{}\n12 rue Victor Hugo, 69002 Lyon", "x".repeat(COLD_TEXT));
        assert_eq!(cold.scan(&long), warm.scan(&long));
        assert!(cold.inner.gated.iter().flat_map(|g| &g.rules).any(|g| g
            .pass
            .regex
            .get()
            .is_some()));
    }
}

#[cfg(test)]
mod window_tests {
    use super::*;

    /// The selecting boundary test answers as the general one, for every start after every
    /// two characters of a set with each kind of byte the test looks at.
    #[test]
    fn start_boundary_selecting_is_start_boundary_ok() {
        let chars = [
            "", "7", "0", "a", "Z", "_", " ", ".", "-", ",", "+", "(", "/", "\u{a0}", "\u{202f}",
            "é", "٣",
        ];
        let mut checked = 0;
        for boundary in [Boundary::Word, Boundary::Number, Boundary::None] {
            for a in chars {
                for b in chars {
                    for c in ["7", "F", "+", "é"] {
                        let text = format!("{a}{b}{c}");
                        let start = a.len() + b.len();
                        assert_eq!(
                            start_boundary_ok_selecting(&text, start, boundary),
                            start_boundary_ok(&text, start, boundary),
                            "{text:?} at {start}, {boundary:?}"
                        );
                        checked += 1;
                    }
                }
            }
        }
        assert_eq!(checked, 3 * 17 * 17 * 4);
    }

    /// The block-wise cluster end is the byte-by-byte one, for every digit of texts where
    /// digits come in runs and gaps of every length around the merge distance and the block
    /// size, up to the end of the text.
    #[test]
    fn cluster_end_is_the_byte_by_byte_end() {
        let mut rng = crate::test_rng::TestRng(0x2545_f491_4f6c_dd1d);
        let mut next = move |n: usize| rng.below(n);
        for _ in 0..400 {
            let mut text = Vec::new();
            while text.len() < 40 + next(200) {
                let run = next(5);
                text.extend(std::iter::repeat_n(b'7', run));
                let gap = next(40);
                text.extend(std::iter::repeat_n(b"x \xa0-"[next(4)], gap));
            }
            for merge in [17, 25, 40] {
                for first in (0..text.len()).filter(|&i| text[i].is_ascii_digit()) {
                    assert_eq!(
                        cluster_end(&text, first, merge),
                        cluster_end_by_byte(&text, first, merge),
                        "{:?} from {first}, merge {merge}",
                        String::from_utf8_lossy(&text)
                    );
                }
            }
        }
    }
}
