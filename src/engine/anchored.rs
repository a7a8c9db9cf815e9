//! Every match of every rule that starts at one position, in one anchored scan.
//!
//! The digit-anchored rules (IBAN, SIRET, phones, cards…) used to run as one unanchored
//! leftmost-first search per digit window. On business text dense with numbers that was slow
//! for two reasons: the unanchored lazy DFA kept building new states (each state is a set of
//! threads started at many earlier positions, and varied text keeps producing new sets), and
//! every rejected candidate (an order number that is not a SIREN) cost a reverse search plus one
//! anchored retry per other rule.
//!
//! Here a finding can only start where its rule's boundary allows (checked in code), so the
//! engine tries each such position once: an anchored scan with `MatchKind::All` reports every
//! (rule, end) pair starting there, and the engine confirms them longest first. Anchored states
//! are sets of threads from one start only: few, quickly all cached. Tables over the DFA's
//! byte classes say which first byte, and which pair of first bytes, can begin a match at all,
//! so most positions cost one or two lookups and never enter the DFA.

use std::panic::{RefUnwindSafe, UnwindSafe};
use std::sync::{Arc, Mutex};

use regex_automata::hybrid::dfa::{Cache, DFA};
use regex_automata::hybrid::LazyStateID;
use regex_automata::nfa::thompson;
use regex_automata::util::pool::{Pool, PoolGuard};
use regex_automata::util::start;
use regex_automata::Anchored;

use super::prefix::{self, ALIVE, DEAD};
use super::starts::Openers;

type CacheFn = Box<dyn Fn() -> Cache + Send + Sync + UnwindSafe + RefUnwindSafe>;

/// One lazy DFA over several patterns, searched anchored, reporting all matches.
pub(super) struct AnchoredPass {
    dfa: Arc<DFA>,
    caches: Pool<Cache, CacheFn>,
    /// The DFA's equivalence class of each byte.
    classes: [u8; 256],
    /// Number of byte classes (the DFA's alphabet, end-of-input excluded).
    alphabet: usize,
    /// `first_byte[b]`: some pattern's match can begin with byte `b`.
    first_byte: [bool; 256],
    /// The punctuation among those first bytes, for the block-wise scan.
    openers: Option<Openers>,
    /// `pair[a * alphabet + b]` for a first byte of class `a` and a second of class `b`:
    /// [`DEAD`] when no match begins so, [`ALIVE`] when one may end within these two bytes,
    /// else the row of `third` for the third byte.
    pair: Vec<u32>,
    /// `third[row * alphabet + c]`: some match can begin with that pair then a byte of
    /// class `c`.
    third: Vec<bool>,
    /// `pair` and `third` as one lookup chain without branches, for
    /// [`AnchoredPass::may_match_inside`]: `rows[a * alphabet + b]` is a row of `rows_third`,
    /// whose row 0 is all false ([`DEAD`]), row 1 all true ([`ALIVE`]), and row `r + 2`
    /// the row `r` of `third`.
    rows: Vec<u32>,
    rows_third: Vec<bool>,
}

impl std::fmt::Debug for AnchoredPass {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("AnchoredPass").finish_non_exhaustive()
    }
}

/// The `rows` and `rows_third` tables of [`AnchoredPass`], from `pair` and `third`.
fn branchless_rows(pair: &[u32], third: &[bool], alphabet: usize) -> (Vec<u32>, Vec<bool>) {
    let rows = pair
        .iter()
        .map(|&entry| match entry {
            DEAD => 0,
            ALIVE => 1,
            row => row + 2,
        })
        .collect();
    let mut rows_third = vec![false; alphabet];
    rows_third.extend(std::iter::repeat_n(true, alphabet));
    rows_third.extend_from_slice(third);
    (rows, rows_third)
}

/// A match found by [`Walker::matches_at`]: which pattern, where it ends.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) struct End {
    pub pattern: usize,
    pub end: usize,
}

impl AnchoredPass {
    pub(super) fn new(
        patterns: &[&str],
        nfa_size_limit: usize,
        cache_capacity: usize,
    ) -> Result<AnchoredPass, String> {
        let builder = prefix::builder(nfa_size_limit, cache_capacity);
        let thompson = prefix::thompson_config(nfa_size_limit);
        // The embedded rules' regexes were parsed at build time, with the same syntax
        // settings; the NFA is then compiled as `build_many` does (no captures in a DFA).
        let dfa = match crate::precompiled::hirs(patterns) {
            Some(hirs) => thompson::Compiler::new()
                .configure(thompson.which_captures(thompson::WhichCaptures::None))
                .build_many_from_hir(&hirs)
                .map_err(|e| e.to_string())
                .and_then(|nfa| builder.build_from_nfa(nfa).map_err(|e| e.to_string())),
            None => builder.build_many(patterns).map_err(|e| e.to_string()),
        }?;
        let dfa = Arc::new(dfa);
        let (classes, alphabet) = prefix::classes(&dfa);
        let (first, pair, third, warm) = match precomputed(patterns, &classes) {
            Some((first, pair, third)) => (first, pair, third, None),
            None => {
                let mut cache = dfa.create_cache();
                let (first, pair, third) = prefix::tables(&dfa, &mut cache, &classes, alphabet)?;
                (first, pair, third, Some(cache))
            }
        };
        let mut first_byte = [false; 256];
        for (slot, &class) in first_byte.iter_mut().zip(classes.iter()) {
            *slot = first[usize::from(class)];
        }
        let openers = Openers::new(|b| first_byte[usize::from(b)]);
        let (rows, rows_third) = branchless_rows(&pair, &third, alphabet);
        // When the tables were computed here, the first walker gets the cache they filled:
        // the states near the start, which every walk enters, are then built once, not twice.
        let warm = Mutex::new(warm);
        let for_pool = Arc::clone(&dfa);
        let create: CacheFn = Box::new(move || {
            let warm = warm.lock().ok().and_then(|mut w| w.take());
            warm.unwrap_or_else(|| for_pool.create_cache())
        });
        Ok(AnchoredPass {
            dfa,
            caches: Pool::new(create),
            classes,
            alphabet,
            first_byte,
            openers,
            pair,
            third,
            rows,
            rows_third,
        })
    }

    /// Whether some match may begin with this byte: the cheap test before a scan.
    #[inline]
    pub(super) fn can_start(&self, byte: u8) -> bool {
        self.first_byte[usize::from(byte)]
    }

    /// See [`Openers`]: `None` when the starts must be tested byte by byte.
    pub(super) fn openers(&self) -> Option<Openers> {
        self.openers
    }

    /// Whether a match may start at `at`, from its first three bytes (those before
    /// `limit`): most word starts inside a digit window ("le", "des", "Commande") are settled
    /// here, without entering the DFA. Conservative: true when unsure.
    #[inline]
    pub(super) fn may_match_at(&self, bytes: &[u8], at: usize, limit: usize) -> bool {
        let class = |i: usize| usize::from(self.classes[usize::from(bytes[i])]);
        if !self.can_start(bytes[at]) {
            return false;
        }
        let a = class(at);
        if at + 1 >= limit {
            return true;
        }
        match self.pair[a * self.alphabet + class(at + 1)] {
            DEAD => false,
            ALIVE => true,
            _ if at + 2 >= limit => true,
            row => self.third[row as usize * self.alphabet + class(at + 2)],
        }
    }

    /// [`AnchoredPass::may_match_at`] for a position with two more bytes before the limit,
    /// in table lookups only. The block-wise start scan asks it of every candidate of a
    /// block before returning any: a branch on each answer mispredicted about as often as
    /// not, and cost more than the lookups.
    #[inline]
    pub(super) fn may_match_inside(&self, bytes: &[u8], at: usize) -> bool {
        let class = |i: usize| usize::from(self.classes[usize::from(bytes[i])]);
        let row = self.rows[class(at) * self.alphabet + class(at + 1)] as usize;
        self.first_byte[usize::from(bytes[at])]
            & self.rows_third[row * self.alphabet + class(at + 2)]
    }

    /// A walker with this thread's lazy-DFA cache: taken once per text, not once per
    /// position.
    pub(super) fn walker(&self) -> Walker<'_> {
        Walker {
            dfa: &self.dfa,
            cache: self.caches.get(),
            start: None,
            matched: if self.dfa.pattern_len() <= 64 {
                vec![MatchMemo::empty(); MATCH_MEMO_SLOTS]
            } else {
                Vec::new()
            },
        }
    }
}

/// Slots of [`Walker::matched`]: the match states a text's walks meet are a few hundred.
const MATCH_MEMO_SLOTS: usize = 256;

/// The patterns a match state reports, as bits, with the state and the cache generation it
/// belongs to.
#[derive(Clone, Copy)]
struct MatchMemo {
    sid: LazyStateID,
    generation: usize,
    patterns: u64,
}

impl MatchMemo {
    /// No state of any generation: `clear_count` never gets there.
    fn empty() -> MatchMemo {
        MatchMemo {
            sid: LazyStateID::default(),
            generation: usize::MAX,
            patterns: 0,
        }
    }
}

/// The slot of `sid` in [`Walker::matched`]. The lazy DFA does not give its state IDs out
/// as numbers, but hashes one as its `u32`: this hasher keeps that number.
fn memo_slot(sid: LazyStateID) -> usize {
    use std::hash::{Hash, Hasher};
    #[derive(Default)]
    struct Raw(u64);
    impl Hasher for Raw {
        fn write(&mut self, bytes: &[u8]) {
            for &b in bytes {
                self.0 = self.0.rotate_left(8) ^ u64::from(b);
            }
        }
        fn write_u32(&mut self, n: u32) {
            self.0 = u64::from(n);
        }
        fn finish(&self) -> u64 {
            self.0
        }
    }
    let mut raw = Raw::default();
    sid.hash(&mut raw);
    // State IDs are multiples of the row length: a multiplicative hash spreads them.
    (raw.finish().wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 56) as usize % MATCH_MEMO_SLOTS
}

/// Walks the anchored DFA from many positions of one text.
pub(super) struct Walker<'a> {
    dfa: &'a DFA,
    cache: PoolGuard<'a, Cache, CacheFn>,
    /// The anchored start state and the cache generation it belongs to: no pattern looks
    /// behind, so it is the same everywhere, until the cache is cleared.
    start: Option<(LazyStateID, usize)>,
    /// The patterns of the match states met, by [`memo_slot`] (empty when the rules are
    /// more than 64): read from the lazy DFA's state pattern by pattern, they cost the walks
    /// of the mixed corpus, which pass 65,000 match states, 6.4M instructions.
    matched: Vec<MatchMemo>,
}

impl Walker<'_> {
    #[inline]
    fn start(&mut self) -> Option<LazyStateID> {
        let generation = self.cache.clear_count();
        if let Some((sid, g)) = self.start {
            if g == generation {
                return Some(sid);
            }
        }
        let anchored = start::Config::new().anchored(Anchored::Yes);
        let sid = self.dfa.start_state(&mut self.cache, &anchored).ok()?;
        self.start = Some((sid, self.cache.clear_count()));
        Some(sid)
    }

    /// One transition, through the cached table when it is known.
    #[inline]
    fn step(&mut self, sid: LazyStateID, byte: u8) -> Option<LazyStateID> {
        if !sid.is_tagged() {
            let next = self.dfa.next_state_untagged(&self.cache, sid, byte);
            if !next.is_unknown() {
                return Some(next);
            }
        }
        self.dfa.next_state(&mut self.cache, sid, byte).ok()
    }

    /// Appends to `out`, for every pattern with a match that starts at `at` and ends by
    /// `limit`, its longest such match: the engine confirms the longest first, and keeping
    /// only that one spares recording (then sorting away) every shorter end on the way.
    /// Returns false if the lazy DFA gave up (it is configured not to): the caller then falls
    /// back to the general search.
    ///
    /// A hand-written walk of the lazy DFA rather than `try_search_overlapping_fwd`: the
    /// engine calls this at every possible start of every digit window, and the general
    /// search's set-up costs more than the few bytes most calls scan.
    pub(super) fn matches_at(
        &mut self,
        hay: &str,
        at: usize,
        limit: usize,
        out: &mut Vec<End>,
    ) -> bool {
        let bytes = hay.as_bytes();
        let Some(mut sid) = self.start() else {
            return false;
        };
        let mut i = at;
        while i < limit {
            let Some(next) = self.step(sid, bytes[i]) else {
                return false;
            };
            sid = next;
            if sid.is_tagged() {
                if sid.is_match() {
                    // Matches are reported one byte late: this one ends before byte `i`.
                    self.push_matches(sid, i, out);
                } else if sid.is_dead() {
                    return true;
                } else if sid.is_quit() {
                    return false;
                }
            }
            i += 1;
        }
        // The byte after the limit (or the end of the text) settles a match ending there.
        let last = match bytes.get(limit) {
            Some(&b) => self.dfa.next_state(&mut self.cache, sid, b),
            None => self.dfa.next_eoi_state(&mut self.cache, sid),
        };
        match last {
            Ok(sid) => {
                if sid.is_match() {
                    self.push_matches(sid, limit, out);
                }
                true
            }
            Err(_) => false,
        }
    }

    /// Ends come in increasing order along the walk: a later one replaces its pattern's.
    /// The caller sorts the ends by pattern: they come here in pattern order, or in the
    /// state's order when the patterns are too many for the memo.
    fn push_matches(&mut self, sid: LazyStateID, end: usize, out: &mut Vec<End>) {
        let mut record = |pattern: usize| match out.iter_mut().find(|e| e.pattern == pattern) {
            Some(e) => e.end = end,
            None => out.push(End { pattern, end }),
        };
        if self.matched.is_empty() {
            for k in 0..self.dfa.match_len(&self.cache, sid) {
                record(self.dfa.match_pattern(&self.cache, sid, k).as_usize());
            }
            return;
        }
        let generation = self.cache.clear_count();
        let slot = memo_slot(sid);
        let memo = self.matched[slot];
        let mut patterns = if memo.sid == sid && memo.generation == generation {
            memo.patterns
        } else {
            let patterns = (0..self.dfa.match_len(&self.cache, sid)).fold(0u64, |bits, k| {
                bits | 1 << self.dfa.match_pattern(&self.cache, sid, k).as_usize()
            });
            self.matched[slot] = MatchMemo {
                sid,
                generation,
                patterns,
            };
            patterns
        };
        while patterns != 0 {
            record(patterns.trailing_zeros() as usize);
            patterns &= patterns - 1;
        }
    }
}

/// The tables of the embedded digit rules, or `None` when `build.rs` could not make them.
static PRECOMPUTED: Option<prefix::Precomputed> =
    include!(concat!(env!("OUT_DIR"), "/prefix_tables.rs"));

/// The precomputed tables, when `patterns` are the embedded digit rules (in any order) and
/// the automaton has the same byte classes: `(first, pair, third)` as [`prefix::tables`]
/// gives them.
#[allow(clippy::type_complexity)]
fn precomputed(patterns: &[&str], classes: &[u8; 256]) -> Option<(Vec<bool>, Vec<u32>, Vec<bool>)> {
    let known = PRECOMPUTED.as_ref()?;
    if known.classes != *classes || patterns.len() < known.patterns.len() {
        return None;
    }
    let mut sorted = patterns.to_vec();
    sorted.sort_unstable();
    sorted.dedup();
    if sorted != known.patterns {
        return None;
    }
    Some((
        known.first.to_vec(),
        known.pair.to_vec(),
        known.third.to_vec(),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_pattern_is_reported_with_its_longest_end() {
        let pass = AnchoredPass::new(&["[0-9]{2}", "[0-9]{2,4}", "[a-z]+"], 1 << 20, 1 << 20)
            .expect("compiles");
        let mut out = Vec::new();
        assert!(pass.walker().matches_at("x 12345 y", 2, 9, &mut out));
        let mut got: Vec<(usize, usize)> = out.iter().map(|e| (e.pattern, e.end)).collect();
        got.sort();
        assert_eq!(got, vec![(0, 4), (1, 6)]);
        assert!(pass.can_start(b'7') && pass.can_start(b'q'));
        assert!(!pass.can_start(b' ') && !pass.can_start(b'Q'));
    }

    #[test]
    fn the_limit_bounds_the_matches() {
        let pass = AnchoredPass::new(&["[0-9]+"], 1 << 20, 1 << 20).expect("compiles");
        let mut out = Vec::new();
        assert!(pass.walker().matches_at("123456", 0, 3, &mut out));
        assert_eq!(out.last().map(|e| e.end), Some(3));
    }

    /// The regexes of an engine's digit rules, in the order build.rs saw them.
    fn embedded_digit_patterns(engine: &crate::Engine) -> Vec<&str> {
        let digits = engine.inner.digits.as_ref().expect("digit rules");
        digits
            .pass
            .patterns
            .iter()
            .rev()
            .map(String::as_str)
            .collect()
    }

    /// An engine with the embedded digit rules takes the tables build.rs computed for them,
    /// and they are the tables computed at run time.
    #[test]
    fn the_embedded_digit_rules_take_the_precomputed_tables() {
        let engine = crate::Engine::default();
        let patterns = embedded_digit_patterns(&engine);
        let pass = AnchoredPass::new(&patterns, 1 << 25, 1 << 25).expect("compiles");
        assert!(precomputed(&patterns, &pass.classes).is_some());
        let mut cache = pass.dfa.create_cache();
        let (first, pair, third) =
            prefix::tables(&pass.dfa, &mut cache, &pass.classes, pass.alphabet).expect("tables");
        assert_eq!(pair, pass.pair);
        assert_eq!(third, pass.third);
        for b in 0..=255u8 {
            assert_eq!(
                first[usize::from(pass.classes[usize::from(b)])],
                pass.can_start(b)
            );
        }
        // Other patterns compute their own.
        assert!(precomputed(&patterns[1..], &pass.classes).is_none());
    }

    /// The lookup chain without branches answers as `may_match_at` for every three bytes
    /// (one byte of each class stands for its class), on the embedded digit rules and on
    /// patterns where some pairs are alive or dead outright.
    #[test]
    fn may_match_inside_is_may_match_at_away_from_the_limit() {
        let engine = crate::Engine::default();
        let embedded = embedded_digit_patterns(&engine);
        let small = ["FR[0-9]{2}", "[0-9]{2}( ?[0-9]{2}){4}", "é[a-z]", "x", "ab"];
        for patterns in [&embedded[..], &small[..]] {
            let pass = AnchoredPass::new(patterns, 1 << 25, 1 << 25).expect("compiles");
            let mut representatives = Vec::new();
            for b in 0..=255u8 {
                let class = pass.classes[usize::from(b)];
                if !representatives
                    .iter()
                    .any(|&r: &u8| pass.classes[usize::from(r)] == class)
                {
                    representatives.push(b);
                }
            }
            // Every byte as the first (the first-byte table is per byte), classes after it.
            let mut seen = [0usize; 2];
            for a in 0..=255u8 {
                for &b in &representatives {
                    for &c in &representatives {
                        let text = [a, b, c, b'9'];
                        let expected = pass.may_match_at(&text, 0, 4);
                        assert_eq!(pass.may_match_inside(&text, 0), expected, "{text:?}");
                        seen[usize::from(expected)] += 1;
                    }
                }
            }
            assert!(seen[0] > 0 && seen[1] > 0, "{seen:?}");
        }
    }

    /// The walks report the same ends with the match-state memo as without it (its slots
    /// shared by many states, one walker over many texts), on the embedded digit rules.
    #[test]
    fn the_match_memo_reports_what_the_states_hold() {
        let engine = crate::Engine::default();
        let patterns = embedded_digit_patterns(&engine);
        let pass = AnchoredPass::new(&patterns, 1 << 25, 1 << 25).expect("compiles");
        let (mut memo, mut direct) = (pass.walker(), pass.walker());
        direct.matched.clear();
        assert!(!memo.matched.is_empty());
        let pieces = [
            "06 12 34 56 78",
            "+33 6 12 34 56 78",
            "FR76 3000 6000 0112 3456 7890 189",
            "732 829 320 00074",
            "4970 1012 3456 7890",
            "1 85 05 78 006 084 36",
            "192.168.1.20",
            "fe80::1ff:fe23:4567:890a",
            "FR 40 303 265 045",
            "0033 1 23 45 67 89",
            "12:34:56",
            "2023",
            "16/08/2023",
            "1 250,00 €",
            "\n",
            "-",
            " ",
            "A",
            "é",
        ];
        let mut rng = crate::test_rng::TestRng(11);
        let mut walks = 0;
        for _ in 0..300 {
            let text = rng.pieces(&pieces, 8);
            for at in (0..text.len()).filter(|&i| text.is_char_boundary(i)) {
                let (mut a, mut b) = (Vec::new(), Vec::new());
                let walked = memo.matches_at(&text, at, text.len(), &mut a);
                assert_eq!(walked, direct.matches_at(&text, at, text.len(), &mut b));
                a.sort_by_key(|e| e.pattern);
                b.sort_by_key(|e| e.pattern);
                assert_eq!(a, b, "{text:?} at {at}");
                walks += usize::from(!a.is_empty());
            }
        }
        assert!(walks > 1000, "{walks}");
    }

    /// The prefix tables agree with walking the DFA, on every pair of bytes that matter.
    #[test]
    fn the_prefix_tables_agree_with_the_automaton() {
        let patterns = ["FR[0-9]{2}", "[0-9]{2}( ?[0-9]{2}){4}", "é[a-z]", "x"];
        let pass = AnchoredPass::new(&patterns, 1 << 20, 1 << 20).expect("compiles");
        let mut walker = pass.walker();
        for a in 0..=255u8 {
            for b in 0..=255u8 {
                let text = [a, b, b'9', b'9'];
                let hay = String::from_utf8_lossy(&text);
                if hay.as_bytes() != text {
                    continue;
                }
                let mut out = Vec::new();
                assert!(walker.matches_at(&hay, 0, 4, &mut out));
                if !out.is_empty() {
                    assert!(pass.may_match_at(&text, 0, 4), "{a} {b}");
                }
            }
        }
        assert!(!pass.may_match_at(b"FX99", 0, 4));
        assert!(!pass.may_match_at(b"FRx9", 0, 4), "the third byte kills it");
        assert!(
            pass.may_match_at(b"FRx9", 0, 2),
            "unless it is past the limit"
        );
        assert!(pass.may_match_at(b"FR99", 0, 4));
        assert!(pass.may_match_at(b"x", 0, 1));
    }
}
