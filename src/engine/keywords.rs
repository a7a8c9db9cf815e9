//! The keyword prefilter: literal words whose presence on a line lets a rule run there.
//!
//! Aho-Corasick finds many literals at memory speed only while it can use its SIMD searcher
//! (Teddy), which takes fewer than 128 patterns and no case folding. The rules' keywords, in
//! the case variants people write them (as written, lower, UPPER, Capitalised), are several
//! hundred: one automaton over all of them falls back to a byte-at-a-time DFA, the slowest
//! part of the whole scan on ordinary prose. So the keywords are split into sets small enough
//! for Teddy, each searched on its own, and their hits merged by position.

use aho_corasick::{packed, AhoCorasick, AhoCorasickBuilder, AhoCorasickKind, MatchKind};

/// Patterns per automaton: well under Teddy's limit, where it still has few false candidates.
/// Each set is a contiguous NFA: with Teddy finding the candidates the automaton only confirms
/// them, and it builds several times faster than a DFA (measured: fewer instructions overall,
/// on a 4 KB prompt and on 3 MB corpora alike).
const CHUNK: usize = 48;

/// One keyword hit: its span and the index of the keyword in the list given to [`Self::new`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Hit {
    pub start: usize,
    pub end: usize,
    pub pattern: usize,
}

/// Patterns per automaton in [`KeywordSet::longest_first`]: Teddy's own limit.
const LONGEST_FIRST_CHUNK: usize = 64;

#[derive(Debug)]
pub(crate) struct KeywordSet {
    /// Each searcher with the index of its first keyword (in `order` when it is not empty).
    sets: Vec<(usize, Searcher)>,
    /// The caller's index of each keyword as searched, when [`Self::longest_first`] reordered
    /// them; empty when they are searched in the caller's order.
    order: Vec<usize>,
}

/// The Teddy searcher itself where the CPU has it: called directly it costs less per hit than
/// through an automaton (measured: a fifth less on the secrets bench text, whose lines are a
/// third keyword lines). Elsewhere, Aho-Corasick. Both report leftmost-first hits.
#[derive(Debug)]
enum Searcher {
    Teddy(packed::Searcher),
    Automaton(AhoCorasick),
}

impl KeywordSet {
    pub(crate) fn new<W: AsRef<[u8]>>(words: &[W]) -> Result<KeywordSet, String> {
        Self::chunked(words, CHUNK, Vec::new())
    }

    /// As [`Self::new`], the keywords searched longest first, 64 to an automaton; hits still
    /// carry the caller's indices. Teddy recognises a candidate by as many leading bytes as
    /// its set's shortest keyword (at most four): sets of long keywords give few false
    /// candidates, and the short ones, which give many, are searched together in one small
    /// set. For the personal-data rules' keywords (street types, birth words, 202 case
    /// variants from 2 to 11 bytes): −6.8 % of a whole `redact` run's instructions on the 3 MB
    /// prose corpus, −1.7 % on the mixed one, −0.9 % on the `eval/` documents, −4.8 % on the
    /// secrets bench's text, against 48 to a set in the rules' order (sizes of 48, and of 32
    /// or 36 to a set, longest first, did less well). Among keywords starting at one byte, a
    /// set reports the longest, then the first given.
    pub(crate) fn longest_first<W: AsRef<[u8]>>(words: &[W]) -> Result<KeywordSet, String> {
        let mut order: Vec<usize> = (0..words.len()).collect();
        order.sort_by_key(|&i| std::cmp::Reverse(words[i].as_ref().len()));
        let sorted: Vec<&[u8]> = order.iter().map(|&i| words[i].as_ref()).collect();
        Self::chunked(&sorted, LONGEST_FIRST_CHUNK, order)
    }

    fn chunked<W: AsRef<[u8]>>(
        words: &[W],
        size: usize,
        order: Vec<usize>,
    ) -> Result<KeywordSet, String> {
        let mut sets = Vec::new();
        for (n, chunk) in words.chunks(size).enumerate() {
            let teddy = packed::Config::new()
                .match_kind(packed::MatchKind::LeftmostFirst)
                .only_teddy(true)
                .builder()
                .extend(chunk)
                .build();
            let searcher = match teddy {
                Some(teddy) => Searcher::Teddy(teddy),
                None => Searcher::Automaton(
                    AhoCorasickBuilder::new()
                        .match_kind(MatchKind::LeftmostFirst)
                        .kind(Some(AhoCorasickKind::ContiguousNFA))
                        .build(chunk)
                        .map_err(|e| e.to_string())?,
                ),
            };
            sets.push((n * size, searcher));
        }
        Ok(KeywordSet { sets, order })
    }

    /// Every hit in `hay`, sorted by start. Within one automaton hits do not overlap (leftmost
    /// first); hits of different automata may, which only means a line is named twice.
    pub(crate) fn find_all(&self, hay: &[u8], out: &mut Vec<Hit>) {
        out.clear();
        let mut merged = Vec::new();
        for (offset, searcher) in &self.sets {
            let hit = |start, end, pattern: aho_corasick::PatternID| {
                let searched = offset + pattern.as_usize();
                Hit {
                    start,
                    end,
                    pattern: self.order.get(searched).copied().unwrap_or(searched),
                }
            };
            let mut next = Vec::new();
            let found = if out.is_empty() { &mut *out } else { &mut next };
            match searcher {
                Searcher::Teddy(teddy) => found.extend(
                    teddy
                        .find_iter(hay)
                        .map(|m| hit(m.start(), m.end(), m.pattern())),
                ),
                Searcher::Automaton(ac) => found.extend(
                    ac.find_iter(hay)
                        .map(|m| hit(m.start(), m.end(), m.pattern())),
                ),
            }
            if next.is_empty() {
                continue;
            }
            // Each searcher's hits come sorted: merging them costs a pass, where sorting the
            // tens of thousands of hits of a config file cost a fifth of the keyword search.
            merged.clear();
            merged.reserve(out.len() + next.len());
            if next.len().saturating_mul(MERGE_RATIO) < out.len() {
                // Few hits to add (a literal prefix's, among a config file's key names):
                // each goes after the run of hits that sort before it, found by bisection,
                // and the runs are copied whole.
                let mut from = 0;
                for y in &next {
                    let to = from + out[from..].partition_point(|x| key(x) <= key(y));
                    merged.extend_from_slice(&out[from..to]);
                    merged.push(*y);
                    from = to;
                }
                merged.extend_from_slice(&out[from..]);
            } else {
                let (mut a, mut b) = (out.iter().peekable(), next.iter().peekable());
                loop {
                    let take_a = match (a.peek(), b.peek()) {
                        (Some(x), Some(y)) => key(x) <= key(y),
                        (Some(_), None) => true,
                        (None, Some(_)) => false,
                        (None, None) => break,
                    };
                    let hit = if take_a { a.next() } else { b.next() };
                    merged.extend(hit.copied());
                }
            }
            std::mem::swap(out, &mut merged);
        }
    }
}

/// When one searcher's hits are fewer than the others' by this factor, they are merged in by
/// bisection (see [`KeywordSet::find_all`]): the merge of 44,000 key-name hits with 1,100
/// literal ones compared every pair, about 1.4M instructions on the secrets bench text.
const MERGE_RATIO: usize = 32;

/// The order of hits: by start, then end, then keyword.
fn key(h: &Hit) -> (usize, usize, usize) {
    (h.start, h.end, h.pattern)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hits_of_every_chunk_come_back_in_order_with_global_indices() {
        let words: Vec<String> = (0..130).map(|i| format!("w{i:03}x")).collect();
        let set = KeywordSet::new(&words).expect("builds");
        assert_eq!(set.sets.len(), 3);
        let hay = b"a w129x b w000x c w050x";
        let mut hits = Vec::new();
        set.find_all(hay, &mut hits);
        let got: Vec<(usize, usize)> = hits.iter().map(|h| (h.start, h.pattern)).collect();
        assert_eq!(got, vec![(2, 129), (10, 0), (18, 50)]);
    }

    #[test]
    fn longest_first_reports_the_callers_indices() {
        // 130 keywords of 3 to 6 bytes, none inside another: three sets, the longest
        // keywords searched in the first, each hit named by its index in `words`.
        let words: Vec<String> = (0..130)
            .map(|i| format!("{}{i:03}", "q".repeat(i % 4)))
            .collect();
        let set = KeywordSet::longest_first(&words).expect("builds");
        assert_eq!(set.sets.len(), 3);
        let hay = words.join(" ");
        let mut hits = Vec::new();
        set.find_all(hay.as_bytes(), &mut hits);
        let mut at = 0;
        let expected: Vec<Hit> = words
            .iter()
            .enumerate()
            .map(|(i, w)| {
                let hit = Hit {
                    start: at,
                    end: at + w.len(),
                    pattern: i,
                };
                at += w.len() + 1;
                hit
            })
            .collect();
        assert_eq!(hits, expected);
    }

    #[test]
    fn a_few_hits_merged_in_by_bisection_come_in_order() {
        // A full first set, one keyword in the second: its hits are merged by bisection,
        // including those starting where a first-set hit does, and at the text's ends.
        let mut words: Vec<String> = (0..CHUNK).map(|i| format!("k{i:02}")).collect();
        words.push("k00x".to_string());
        let set = KeywordSet::new(&words).expect("builds");
        assert_eq!(set.sets.len(), 2);
        let mut hay = String::from("k00x");
        for i in 0..2000 {
            hay.push_str(&format!(" k{:02}", i % CHUNK));
            if i % 97 == 0 {
                hay.push_str(" k00x");
            }
        }
        hay.push_str(" k00x");
        let mut hits = Vec::new();
        set.find_all(hay.as_bytes(), &mut hits);
        let mut expected = Vec::new();
        for (offset, searcher) in &set.sets {
            let Searcher::Teddy(teddy) = searcher else {
                return;
            };
            expected.extend(teddy.find_iter(hay.as_bytes()).map(|m| Hit {
                start: m.start(),
                end: m.end(),
                pattern: offset + m.pattern().as_usize(),
            }));
        }
        expected.sort_by_key(key);
        let second = expected.iter().filter(|h| h.pattern == CHUNK).count();
        assert!(second > 20 && second * MERGE_RATIO < expected.len() - second);
        assert_eq!(hits, expected);
    }

    #[test]
    fn teddy_and_the_automaton_report_the_same_hits() {
        let words: Vec<String> = [
            "pass", "password", "sshpass", "--pass", "token", "secret", "ok",
        ]
        .map(String::from)
        .to_vec();
        let hay = b"sshpass --password=secretoken pass passwordpass ok tokenok ".repeat(20);
        let set = KeywordSet::new(&words).expect("builds");
        let mut hits = Vec::new();
        set.find_all(&hay, &mut hits);
        let ac = AhoCorasickBuilder::new()
            .match_kind(MatchKind::LeftmostFirst)
            .build(&words)
            .expect("builds");
        let expected: Vec<Hit> = ac
            .find_iter(&hay)
            .map(|m| Hit {
                start: m.start(),
                end: m.end(),
                pattern: m.pattern().as_usize(),
            })
            .collect();
        assert_eq!(hits, expected);
    }
}
