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
//! are sets of threads from one start only: few, quickly all cached. A byte table says which
//! bytes can begin a match at all, so most positions cost one lookup.

use std::panic::{RefUnwindSafe, UnwindSafe};
use std::sync::Arc;

use regex_automata::hybrid::dfa::{Cache, DFA};
use regex_automata::nfa::thompson;
use regex_automata::util::pool::{Pool, PoolGuard};
use regex_automata::util::{start, syntax};
use regex_automata::{Anchored, MatchKind};

type CacheFn = Box<dyn Fn() -> Cache + Send + Sync + UnwindSafe + RefUnwindSafe>;

/// One lazy DFA over several patterns, searched anchored, reporting all matches.
pub(super) struct AnchoredPass {
    dfa: Arc<DFA>,
    caches: Pool<Cache, CacheFn>,
    /// `can_start[b]`: some pattern's match can begin with byte `b`.
    can_start: [bool; 256],
}

impl std::fmt::Debug for AnchoredPass {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("AnchoredPass").finish_non_exhaustive()
    }
}

/// A match found by [`AnchoredPass::matches_at`]: which pattern, where it ends.
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
        let dfa = DFA::builder()
            .syntax(syntax::Config::new().unicode(true).utf8(true))
            .thompson(thompson::Config::new().nfa_size_limit(Some(nfa_size_limit)))
            .configure(
                DFA::config()
                    .match_kind(MatchKind::All)
                    .cache_capacity(cache_capacity)
                    .skip_cache_capacity_check(true),
            )
            .build_many(patterns)
            .map_err(|e| e.to_string())?;
        let dfa = Arc::new(dfa);
        let mut cache = dfa.create_cache();
        let mut can_start = [false; 256];
        let begin = dfa
            .start_state(&mut cache, &start::Config::new().anchored(Anchored::Yes))
            .map_err(|e| e.to_string())?;
        for (byte, slot) in can_start.iter_mut().enumerate() {
            let next = dfa
                .next_state(&mut cache, begin, byte as u8)
                .map_err(|e| e.to_string())?;
            *slot = !next.is_dead();
        }
        let for_pool = Arc::clone(&dfa);
        let create: CacheFn = Box::new(move || for_pool.create_cache());
        Ok(AnchoredPass {
            dfa,
            caches: Pool::new(create),
            can_start,
        })
    }

    /// Whether some match may begin with this byte: the cheap test before a scan.
    #[inline]
    pub(super) fn can_start(&self, byte: u8) -> bool {
        self.can_start[usize::from(byte)]
    }

    /// Whether a match may start at `at`, from the automaton's first two steps: most word
    /// starts inside a digit window ("le", "du", "Commande") die there, for the price of two
    /// table lookups instead of a search. Conservative: true when unsure.
    #[inline]
    pub(super) fn may_match_at(
        &self,
        cache: &mut Cache,
        bytes: &[u8],
        at: usize,
        limit: usize,
    ) -> bool {
        let Some(s0) = self.start(cache) else {
            return true;
        };
        let Ok(s1) = self.dfa.next_state(cache, s0, bytes[at]) else {
            return true;
        };
        if s1.is_dead() {
            return false;
        }
        if at + 1 >= limit {
            return true;
        }
        match self.dfa.next_state(cache, s1, bytes[at + 1]) {
            Ok(s2) => !s2.is_dead(),
            Err(_) => true,
        }
    }

    /// This thread's lazy-DFA cache: taken once per text, not once per position.
    pub(super) fn cache(&self) -> PoolGuard<'_, Cache, CacheFn> {
        self.caches.get()
    }

    /// Appends to `out` every match that starts at `at` and ends by `limit`, in order of end.
    /// Returns false if the lazy DFA gave up (it is configured not to): the caller then falls
    /// back to the general search.
    ///
    /// A hand-written walk of the lazy DFA rather than `try_search_overlapping_fwd`: the
    /// engine calls this at every possible start of every digit window, and the general
    /// search's set-up costs more than the few bytes most calls scan.
    pub(super) fn matches_at(
        &self,
        cache: &mut Cache,
        hay: &str,
        at: usize,
        limit: usize,
        out: &mut Vec<End>,
    ) -> bool {
        let bytes = hay.as_bytes();
        let Some(mut sid) = self.start(cache) else {
            return false;
        };
        let mut i = at;
        while i < limit {
            sid = match self.dfa.next_state(cache, sid, bytes[i]) {
                Ok(next) => next,
                Err(_) => return false,
            };
            if sid.is_tagged() {
                if sid.is_match() {
                    // Matches are reported one byte late: this one ends before byte `i`.
                    self.push_matches(cache, sid, i, out);
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
            Some(&b) => self.dfa.next_state(cache, sid, b),
            None => self.dfa.next_eoi_state(cache, sid),
        };
        match last {
            Ok(sid) => {
                if sid.is_match() {
                    self.push_matches(cache, sid, limit, out);
                }
                true
            }
            Err(_) => false,
        }
    }

    /// The anchored start state. No pattern looks behind, so it is the same everywhere.
    #[inline]
    fn start(&self, cache: &mut Cache) -> Option<regex_automata::hybrid::LazyStateID> {
        let anchored = start::Config::new().anchored(Anchored::Yes);
        self.dfa.start_state(cache, &anchored).ok()
    }

    fn push_matches(
        &self,
        cache: &Cache,
        sid: regex_automata::hybrid::LazyStateID,
        end: usize,
        out: &mut Vec<End>,
    ) {
        for k in 0..self.dfa.match_len(cache, sid) {
            out.push(End {
                pattern: self.dfa.match_pattern(cache, sid, k).as_usize(),
                end,
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_pattern_and_every_end_is_reported() {
        let pass = AnchoredPass::new(&["[0-9]{2}", "[0-9]{2,4}", "[a-z]+"], 1 << 20, 1 << 20)
            .expect("compiles");
        let mut out = Vec::new();
        assert!(pass.matches_at(&mut pass.cache(), "x 12345 y", 2, 9, &mut out));
        let mut got: Vec<(usize, usize)> = out.iter().map(|e| (e.pattern, e.end)).collect();
        got.sort();
        assert_eq!(got, vec![(0, 4), (1, 4), (1, 5), (1, 6)]);
        assert!(pass.can_start(b'7') && pass.can_start(b'q'));
        assert!(!pass.can_start(b' ') && !pass.can_start(b'Q'));
    }

    #[test]
    fn the_limit_bounds_the_matches() {
        let pass = AnchoredPass::new(&["[0-9]+"], 1 << 20, 1 << 20).expect("compiles");
        let mut out = Vec::new();
        assert!(pass.matches_at(&mut pass.cache(), "123456", 0, 3, &mut out));
        assert_eq!(out.last().map(|e| e.end), Some(3));
    }
}
