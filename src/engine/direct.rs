//! Word lists searched without an automaton: what a rule's context words cost on a short text.
//!
//! Building the Aho-Corasick DFA of one word list costs about 300,000 instructions; a 4 KB
//! prompt built four of them to look at a few windows of a hundred bytes, a twelfth of its
//! whole run and all of it on the thread that finishes last. Until a list has done about as
//! much work as building its automaton would cost, [`super::Words`] searches it here, one
//! `memchr2` per word, and builds the automaton after that (a large text builds it within its
//! first few hundred candidates, as before).
//!
//! The results are those of the automaton (built ASCII case-insensitive, standard match
//! kind), so that the switch changes nothing but the cost: [`any`] is `is_match`, and
//! [`first`] is the first match of `find_iter` from a position: the match that ends first,
//! and of those the longest (the automaton reports the pattern of the state it is in before
//! those of its failure states). `tests::same_as_the_automaton` checks both against the
//! automaton. Empty words are not searched here (the caller keeps the automaton for them).

/// Whether one of `words` occurs in `hay`, ASCII case-insensitively.
pub(super) fn any(words: &[String], hay: &[u8]) -> bool {
    words
        .iter()
        .any(|w| next_at(w.as_bytes(), hay, 0).is_some())
}

/// The match `find_iter` would report first when searching `hay[from..]`: `(start, end)`.
pub(super) fn first(words: &[String], hay: &[u8], from: usize) -> Option<(usize, usize)> {
    let mut best: Option<(usize, usize)> = None;
    for w in words {
        let w = w.as_bytes();
        let Some(start) = next_at(w, hay, from) else {
            continue;
        };
        let end = start + w.len();
        let better = match best {
            None => true,
            Some((s, e)) => end < e || (end == e && w.len() > e - s),
        };
        if better {
            best = Some((start, end));
        }
    }
    best
}

/// The first start at or after `from` where `word` occurs in `hay`, ASCII case-insensitively.
fn next_at(word: &[u8], hay: &[u8], mut from: usize) -> Option<usize> {
    let (&head, rest) = word.split_first()?;
    let (lower, upper) = (head.to_ascii_lowercase(), head.to_ascii_uppercase());
    while from + word.len() <= hay.len() {
        let last_start = hay.len() - word.len();
        let i = from + memchr::memchr2(lower, upper, &hay[from..=last_start])?;
        if hay[i + 1..i + word.len()].eq_ignore_ascii_case(rest) {
            return Some(i);
        }
        from = i + 1;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use aho_corasick::{AhoCorasick, AhoCorasickKind};
    use proptest::prelude::*;

    fn automaton(words: &[String]) -> AhoCorasick {
        AhoCorasick::builder()
            .ascii_case_insensitive(true)
            .kind(Some(AhoCorasickKind::DFA))
            .build(words)
            .unwrap()
    }

    /// Every match `find_iter` reports, by the direct search.
    fn all_direct(words: &[String], hay: &[u8]) -> Vec<(usize, usize)> {
        let mut out = Vec::new();
        let mut from = 0;
        while let Some((s, e)) = first(words, hay, from) {
            out.push((s, e));
            from = e;
        }
        out
    }

    fn check(words: &[String], hay: &[u8]) {
        let ac = automaton(words);
        let expected: Vec<(usize, usize)> =
            ac.find_iter(hay).map(|m| (m.start(), m.end())).collect();
        assert_eq!(all_direct(words, hay), expected, "{words:?} in {hay:?}");
        assert_eq!(
            super::any(words, hay),
            ac.is_match(hay),
            "{words:?} in {hay:?}"
        );
    }

    #[test]
    fn table() {
        let cases: &[(&[&str], &str)] = &[
            (&["siret", "ret"], "n° SIRET: 123"),
            (&["ab", "b", "abc"], "xxabcab"),
            (&["bcd", "abcde", "c"], "abcdef"),
            (&["tél", "tel"], "Tél. TEL tÉl"),
            (&["iban"], "[IBAN_1] iban"),
            (&["a"], ""),
            (&["abc"], "ab"),
            (&["né le", "née"], "NÉE le 3, Née le 4, né LE 5"),
        ];
        for (words, hay) in cases {
            let words: Vec<String> = words.iter().map(|w| w.to_string()).collect();
            check(&words, hay.as_bytes());
        }
    }

    /// The embedded rules' own lists, on windows of a text that holds many of their words.
    #[test]
    fn embedded_lists() {
        let defs: Vec<_> = crate::rules::BUILTIN_FILES
            .iter()
            .flat_map(|(origin, source)| crate::rules::parse_file(origin, source).unwrap())
            .collect();
        let text = "Le client (SIRET, TVA, IBAN, tél., né le, e-mail, [IBAN_1], [SIREN#ab]) \
                    n° de commande, facture n°, référence, RIB, BIC: code banque; Tél portable \
                    téléphone mobile fax siren siret tva intracom nir sécu carte visa expire";
        for def in &defs {
            for list in [
                &def.spec.context,
                &def.spec.deny_context,
                &def.spec.allow_values,
                &def.spec.line_needs,
            ] {
                if list.is_empty() || list.iter().any(|w| w.is_empty()) {
                    continue;
                }
                let bytes = text.as_bytes();
                for start in (0..bytes.len()).step_by(7) {
                    check(list, &bytes[start..(start + 90).min(bytes.len())]);
                }
            }
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2000))]
        #[test]
        fn same_as_the_automaton(
            words in proptest::collection::vec("[abAB\\[_\\]#é]{1,4}", 1..6),
            hay in "[abcAB\\[_\\]# é]{0,40}",
        ) {
            check(&words, hay.as_bytes());
        }
    }
}
