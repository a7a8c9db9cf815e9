//! The prefix tables of the anchored digit automaton (see [`super::anchored`]): which first
//! one, two and three bytes can begin a match. They depend only on the set of patterns, so
//! `build.rs` (which includes this file) computes them for the embedded rules, and an engine
//! with exactly those digit rules takes them as they are ([`precomputed`]).

use regex_automata::hybrid::dfa::{Builder, Cache, DFA};
use regex_automata::nfa::thompson;
use regex_automata::util::{start, syntax};
use regex_automata::{Anchored, MatchKind};

/// `pair` entries that need no third byte: no match begins so.
pub const DEAD: u32 = u32::MAX;
/// `pair` entries that need no third byte: a match may end within these two bytes.
pub const ALIVE: u32 = u32::MAX - 1;

/// The NFA settings of the anchored automaton.
pub fn thompson_config(nfa_size_limit: usize) -> thompson::Config {
    thompson::Config::new().nfa_size_limit(Some(nfa_size_limit))
}

/// The builder of the anchored automaton: one lazy DFA over all patterns, reporting every
/// match.
pub fn builder(nfa_size_limit: usize, cache_capacity: usize) -> Builder {
    let mut builder = DFA::builder();
    builder
        .syntax(syntax::Config::new().unicode(true).utf8(true))
        .thompson(thompson_config(nfa_size_limit))
        .configure(
            DFA::config()
                .match_kind(MatchKind::All)
                .cache_capacity(cache_capacity)
                .skip_cache_capacity_check(true),
        );
    builder
}

/// The DFA's equivalence class of each byte, and the number of classes (end-of-input
/// excluded: bytes never map to it).
pub fn classes(dfa: &DFA) -> ([u8; 256], usize) {
    let mut classes = [0u8; 256];
    for (byte, class) in classes.iter_mut().enumerate() {
        *class = dfa.byte_classes().get(byte as u8);
    }
    (classes, dfa.byte_classes().alphabet_len() - 1)
}

/// Which first one, two and three bytes leave the anchored DFA alive: `(first, pair,
/// third)` as [`super::anchored::AnchoredPass`] keeps them. Each table is a few thousand
/// transitions: a fifth of a 4 KB prompt's instructions when they were computed at start.
#[allow(clippy::type_complexity)]
pub fn tables(
    dfa: &DFA,
    cache: &mut Cache,
    classes: &[u8; 256],
    alphabet: usize,
) -> Result<(Vec<bool>, Vec<u32>, Vec<bool>), String> {
    let err = |e: regex_automata::hybrid::CacheError| e.to_string();
    let begin = dfa
        .start_state(cache, &start::Config::new().anchored(Anchored::Yes))
        .map_err(|e| e.to_string())?;
    // One representative byte per class.
    let mut representative = vec![None; alphabet];
    for byte in 0..=255u8 {
        let class = usize::from(classes[usize::from(byte)]);
        representative[class].get_or_insert(byte);
    }
    let bytes: Vec<(usize, u8)> = representative
        .iter()
        .enumerate()
        .filter_map(|(class, byte)| byte.map(|b| (class, b)))
        .collect();
    let mut first = vec![false; alphabet];
    let mut pair = vec![DEAD; alphabet * alphabet];
    let mut third = Vec::new();
    for &(a, byte_a) in &bytes {
        let after_a = dfa.next_state(cache, begin, byte_a).map_err(err)?;
        if after_a.is_dead() {
            continue;
        }
        first[a] = true;
        for &(b, byte_b) in &bytes {
            let after_b = dfa.next_state(cache, after_a, byte_b).map_err(err)?;
            let entry = &mut pair[a * alphabet + b];
            if after_b.is_dead() {
                continue;
            }
            if after_a.is_match() || after_b.is_match() {
                // A match ends within the first two bytes: the third says nothing.
                *entry = ALIVE;
                continue;
            }
            let row = third.len() / alphabet;
            *entry = u32::try_from(row).map_err(|e| e.to_string())?;
            third.resize(third.len() + alphabet, false);
            for &(c, byte_c) in &bytes {
                let after_c = dfa.next_state(cache, after_b, byte_c).map_err(err)?;
                third[row * alphabet + c] = !after_c.is_dead();
            }
        }
    }
    // State IDs are valid only until the cache is cleared. It is far larger than these
    // few hundred states, but should it ever be cleared here, the tables could be wrong:
    // then they say "maybe" everywhere and every position is walked.
    if cache.clear_count() > 0 {
        first.fill(true);
        pair.fill(ALIVE);
        third.clear();
    }
    Ok((first, pair, third))
}

/// Prefix tables computed by `build.rs` for one set of patterns.
#[allow(dead_code)] // Not used by build.rs.
pub struct Precomputed {
    /// The patterns, sorted, without duplicates.
    pub patterns: &'static [&'static str],
    pub classes: [u8; 256],
    pub first: &'static [bool],
    pub pair: &'static [u32],
    pub third: &'static [bool],
}
