//! Markers: words that are not values to mask but say what a text is about — RGPD special
//! categories (health, religion, union membership…), business-secret and classification
//! markings. They raise a text's criticity and stay in it after redaction: a note about
//! someone's sick leave is still about sick leave once the name is masked.
//!
//! The word lists are data (`patterns/markers.toml`, embedded). All words, and the policy's
//! extra keywords, are matched by one Aho-Corasick automaton over a folded view of the text
//! (case, accents, dashes and spacing do not matter); word boundaries are checked in code.
//! Each category may list exceptions ("diagnostic immobilier", "dépression tropicale", the
//! e-mail disclaimer "ce message est confidentiel"): a marker inside a matched exception
//! does not count.

use std::sync::OnceLock;

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, AhoCorasickKind, MatchKind};
use serde::Deserialize;

use crate::classify::Criticity;
use crate::error::{Error, Result};
use crate::finding::Span;
use crate::fold::{fold_str, Folded};

/// The embedded marker lexicon.
pub const MARKERS_FILE: (&str, &str) = (
    "patterns/markers.toml",
    include_str!("../patterns/markers.toml"),
);

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct MarkersFile {
    pub(crate) category: Vec<MarkerCategory>,
}

/// One category of markers, as written in `patterns/markers.toml`.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct MarkerCategory {
    /// Reported in reasons and audit records (`health`, `business-secret`…).
    pub id: String,
    /// The level a text holding one of these words reaches, unless the policy says otherwise.
    pub level: Criticity,
    #[serde(default)]
    pub description: String,
    /// Matched whole, folded. A trailing `*` matches any word ending ("hospitalis*").
    pub words: Vec<String>,
    /// Phrases that contain a word of the list but do not mean it.
    #[serde(default)]
    pub except: Vec<String>,
    #[serde(default)]
    pub examples: MarkerExamples,
}

#[derive(Clone, Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MarkerExamples {
    #[serde(default)]
    pub positive: Vec<String>,
    #[serde(default)]
    pub negative: Vec<String>,
}

/// The embedded marker categories, parsed once.
pub fn builtin_categories() -> &'static [MarkerCategory] {
    static CATEGORIES: OnceLock<Vec<MarkerCategory>> = OnceLock::new();
    CATEGORIES.get_or_init(|| {
        let (origin, source) = MARKERS_FILE;
        // From its precompiled form (see `precompiled.rs`): the TOML parser cost every start.
        match crate::precompiled::read::<MarkersFile>(source) {
            Some(file) => file.category,
            None => parse_markers(origin, source)
                .expect("embedded markers parse (checked by the tests)"),
        }
    })
}

pub(crate) fn parse_markers(origin: &str, source: &str) -> Result<Vec<MarkerCategory>> {
    let file: MarkersFile = toml::from_str(source).map_err(|e| Error::PatternFile {
        origin: origin.to_string(),
        message: e.to_string().trim_end().to_string(),
    })?;
    Ok(file.category)
}

/// A word for the lexicon: its group (what it stands for, chosen by the caller), or none for
/// an exception phrase.
#[derive(Clone, Debug)]
pub struct LexiconWord<'a> {
    pub group: Option<usize>,
    pub word: &'a str,
}

/// Where a group's word was found, in original byte offsets.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LexiconHit {
    pub group: usize,
    pub span: Span,
}

#[derive(Clone, Copy, Debug)]
struct Entry {
    group: Option<usize>,
    /// The word ended with `*`: any word ending may follow.
    open_end: bool,
}

/// Many words, matched at once on folded text with word boundaries.
#[derive(Debug)]
pub struct Lexicon {
    automaton: Option<AhoCorasick>,
    entries: Vec<Entry>,
}

impl Lexicon {
    /// Checks that every word folds to something matchable (what [`Lexicon::new`] needs),
    /// without building the automaton.
    pub fn check(words: &[LexiconWord<'_>]) -> Result<()> {
        for w in words {
            let folded = fold_str(w.word.strip_suffix('*').unwrap_or(w.word));
            if folded.is_empty() || folded == " " {
                return Err(Error::Config(format!(
                    "empty word in a lexicon: {:?}",
                    w.word
                )));
            }
        }
        Ok(())
    }

    /// Builds the automaton. Words are folded; empty words are refused.
    pub fn new(words: &[LexiconWord<'_>]) -> Result<Lexicon> {
        let mut patterns = Vec::with_capacity(words.len());
        let mut entries = Vec::with_capacity(words.len());
        for w in words {
            let (body, open_end) = match w.word.strip_suffix('*') {
                Some(body) => (body, true),
                None => (w.word, false),
            };
            let folded = fold_str(body);
            if folded.is_empty() || folded == " " {
                return Err(Error::Config(format!(
                    "empty word in a lexicon: {:?}",
                    w.word
                )));
            }
            patterns.push(folded);
            entries.push(Entry {
                group: w.group,
                open_end,
            });
        }
        let automaton = if patterns.is_empty() {
            None
        } else {
            // A few hundred short words: a full DFA stays small (hundreds of KB with byte
            // classes) and is several times faster than the NFAs. A policy with very many
            // keywords gets the automatic choice (an NFA) instead.
            let kind = (patterns.len() <= 2000).then_some(AhoCorasickKind::DFA);
            Some(
                AhoCorasickBuilder::new()
                    .match_kind(MatchKind::Standard)
                    .kind(kind)
                    .build(&patterns)
                    .map_err(|e| Error::Config(format!("building the lexicon: {e}")))?,
            )
        };
        Ok(Lexicon { automaton, entries })
    }

    /// Every word of a group found in `text`, whole words only, in order. A hit inside a
    /// longer hit (or inside an exception phrase) is dropped: "strictement confidentiel" is
    /// one hit, not two.
    pub fn find(&self, text: &[u8]) -> Vec<LexiconHit> {
        let Some(ac) = &self.automaton else {
            return Vec::new();
        };
        let folded = Folded::new(text);
        let hay = folded.text.as_str();
        // (start, end, group) in folded offsets, whole words only.
        let mut hits: Vec<(usize, usize, Option<usize>)> = Vec::new();
        for m in ac.find_overlapping_iter(hay) {
            let entry = self.entries[m.pattern().as_usize()];
            if !at_word_start(hay, m.start()) || !(entry.open_end || at_word_end(hay, m.end())) {
                continue;
            }
            hits.push((m.start(), m.end(), entry.group));
        }
        hits.sort_unstable_by(|a, b| {
            (a.0, std::cmp::Reverse(a.1)).cmp(&(b.0, std::cmp::Reverse(b.1)))
        });
        let mut out = Vec::new();
        let mut covered_to = 0usize;
        let mut i = 0;
        while i < hits.len() {
            // Hits with the same span: an exception among them cancels them all.
            let (start, end) = (hits[i].0, hits[i].1);
            let mut j = i;
            while j < hits.len() && hits[j].0 == start && hits[j].1 == end {
                j += 1;
            }
            let same = &hits[i..j];
            let inside_longer = i > 0 && covered_to >= end;
            if !inside_longer && same.iter().all(|h| h.2.is_some()) {
                let span = Span {
                    start: folded.original(start),
                    end: folded.original(end),
                };
                let mut groups: Vec<usize> = same.iter().filter_map(|h| h.2).collect();
                groups.dedup();
                out.extend(groups.into_iter().map(|group| LexiconHit { group, span }));
            }
            covered_to = covered_to.max(end);
            i = j;
        }
        out
    }
}

fn at_word_start(hay: &str, i: usize) -> bool {
    !hay[..i]
        .chars()
        .next_back()
        .is_some_and(char::is_alphanumeric)
}

fn at_word_end(hay: &str, i: usize) -> bool {
    !hay[i..].chars().next().is_some_and(char::is_alphanumeric)
}

/// The lexicon words of the embedded categories: group = the category's index.
pub fn category_words(categories: &[MarkerCategory]) -> Vec<LexiconWord<'_>> {
    let mut words = Vec::new();
    for (i, category) in categories.iter().enumerate() {
        words.extend(category.words.iter().map(|w| LexiconWord {
            group: Some(i),
            word: w,
        }));
        words.extend(category.except.iter().map(|w| LexiconWord {
            group: None,
            word: w,
        }));
    }
    words
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lexicon() -> Lexicon {
        Lexicon::new(&category_words(builtin_categories())).unwrap()
    }

    fn categories_in(lexicon: &Lexicon, text: &str) -> Vec<&'static str> {
        let cats = builtin_categories();
        lexicon
            .find(text.as_bytes())
            .into_iter()
            .map(|h| cats[h.group].id.as_str())
            .collect()
    }

    #[test]
    fn embedded_markers_are_well_formed() {
        let cats = builtin_categories();
        // What `Policy::compile` no longer checks at each start.
        Lexicon::check(&category_words(cats)).expect("every embedded marker folds to a word");
        assert!(cats.len() >= 8);
        let mut ids = std::collections::HashSet::new();
        let mut words = std::collections::HashMap::new();
        for c in cats {
            assert!(ids.insert(c.id.as_str()), "duplicate category {}", c.id);
            assert!(
                !c.examples.positive.is_empty() && !c.examples.negative.is_empty(),
                "{}: examples needed",
                c.id
            );
            for w in &c.words {
                if let Some(other) = words.insert(fold_str(w), c.id.as_str()) {
                    panic!("{w:?} is listed in {other} and {}", c.id);
                }
            }
        }
    }

    /// Every category's own examples: each positive holds a marker of that category, no
    /// negative does.
    #[test]
    fn category_examples() {
        let lexicon = lexicon();
        let mut failures = Vec::new();
        for c in builtin_categories() {
            for text in &c.examples.positive {
                if !categories_in(&lexicon, text).contains(&c.id.as_str()) {
                    failures.push(format!("{}: missed {text:?}", c.id));
                }
            }
            for text in &c.examples.negative {
                let found = categories_in(&lexicon, text);
                if !found.is_empty() {
                    failures.push(format!("{}: {text:?} flagged as {found:?}", c.id));
                }
            }
        }
        assert!(failures.is_empty(), "{}", failures.join("\n"));
    }

    #[test]
    fn spans_are_original_offsets() {
        let lexicon = lexicon();
        let text = "Objet : ARRÊT-MALADIE de Mme X";
        let hits = lexicon.find(text.as_bytes());
        assert_eq!(hits.len(), 1);
        assert_eq!(&text[hits[0].span.start..hits[0].span.end], "ARRÊT-MALADIE");
    }

    #[test]
    fn longer_markers_and_exceptions_win() {
        let lexicon = lexicon();
        let table: &[(&str, &[&str])] = &[
            ("Document strictement confidentiel", &["business-secret"]),
            ("CONFIDENTIEL DÉFENSE", &["classified"]),
            ("Arrêt de bus devant l'usine", &[]),
            ("Arrêt maladie du 3 au 10 mars", &["health"]),
            (
                "Ce message et ses pièces jointes sont confidentiels et destinés à leurs seuls destinataires.",
                &[],
            ),
            ("Le diagnostic immobilier est joint.", &[]),
            ("Le diagnostic a été posé en mars.", &["health"]),
            ("Il est syndiqué et en arrêt maladie.", &["union-membership", "health"]),
            ("porte condamnée au 2e étage", &[]),
            ("une condamnation pour vol", &["criminal-record"]),
        ];
        for (text, expected) in table {
            assert_eq!(&categories_in(&lexicon, text), expected, "{text}");
        }
    }

    #[test]
    fn words_must_stand_alone() {
        let lexicon = Lexicon::new(&[
            LexiconWord {
                group: Some(0),
                word: "cancer",
            },
            LexiconWord {
                group: Some(1),
                word: "hospitalis*",
            },
        ])
        .unwrap();
        assert_eq!(lexicon.find(b"anticancereux").len(), 0);
        assert_eq!(lexicon.find(b"cancers").len(), 0);
        assert_eq!(lexicon.find(b"un cancer.").len(), 1);
        assert_eq!(lexicon.find("hospitalisée".as_bytes())[0].group, 1);
        assert_eq!(lexicon.find(b"rehospitalisation").len(), 0);
        assert!(Lexicon::new(&[LexiconWord {
            group: Some(0),
            word: " - "
        }])
        .is_err());
    }
}
