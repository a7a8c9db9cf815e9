//! A bit filter in front of the street check ([`super::Scan::street_context`]).
//!
//! Why: the street check runs before nearly every run of capitalised words (48,000 times on a
//! 3 MB mixed corpus) and looked each of the last words before the run up in the context map,
//! where only a street, school or trade word ("rue", "lycée", "atelier") or a word that may
//! stand between one and a name ("de", "général") lets it go on. This filter holds a bit per
//! [`sketch`] of those words only, so that most other words are passed over without hashing
//! them.

use std::sync::LazyLock;

use super::{sketch, Lexicon, CTX_STREET, CTX_THROUGH, LEXICON, SKETCH_WORDS};

/// A bit per [`sketch`] of every word whose [`Lexicon::word_context`] is a street or a
/// "through" word.
static STREET_SKETCHES: LazyLock<[u64; SKETCH_WORDS]> = LazyLock::new(|| street_sketches(&LEXICON));

fn street_sketches(lex: &Lexicon) -> [u64; SKETCH_WORDS] {
    let mut bits = [0u64; SKETCH_WORDS];
    // A word's `word_context` is the kind of a phrase equal to it, and such a phrase has the
    // word as its last word: a key of the map.
    for &key in lex.context.keys() {
        if matches!(lex.word_context(key), Some(CTX_STREET | CTX_THROUGH)) {
            let bit = sketch(key);
            bits[bit / 64] |= 1 << (bit % 64);
        }
    }
    bits
}

/// Whether `word` (folded) may be a street or "through" word: `false` only when
/// [`Lexicon::word_context`] of it is neither.
pub(super) fn may_be_street_word(word: &str) -> bool {
    let bit = sketch(word);
    STREET_SKETCHES[bit / 64] & (1 << (bit % 64)) != 0
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The filter lets every street and "through" word through, and passes over most other
    /// context words (76 of the 245 share a bit with a street word: the sketch is coarse, but
    /// a finer hash measured slower on the mixed corpus).
    #[test]
    fn street_filter_keeps_every_street_word() {
        let lex = &*LEXICON;
        let (mut kept, mut others, mut others_kept) = (0, 0, 0);
        for &key in lex.context.keys() {
            if matches!(lex.word_context(key), Some(CTX_STREET | CTX_THROUGH)) {
                assert!(may_be_street_word(key), "{key:?}");
                kept += 1;
            } else {
                others += 1;
                others_kept += usize::from(may_be_street_word(key));
            }
        }
        assert!(kept > 100, "{kept}");
        assert!(others_kept * 2 < others, "{others_kept} of {others}");
        for word in [
            "rue", "avenue", "lycee", "atelier", "de", "d'", "general", "place",
        ] {
            assert!(may_be_street_word(word), "{word}");
        }
    }
}
