//! Names coordinated with a name: "Rowena et Sylia Taleb", "Akissi YAPI et ADJAKLY Amenan",
//! "Irina Volkova + Daria".
//!
//! Why: updates, minutes, mandates and thanks name people in pairs, one of them often a
//! first name alone or a name no lexicon holds, with no other context; the name found on the
//! other side of "et" is the context a reader uses: what is coordinated with a person is,
//! in business text, another person. Companies and places coordinated with a person ("Martin
//! et Fils", "Lyon et Paris") are told by their words (stop words, trade words, legal forms,
//! places), as everywhere else.

/// The conjunction between two coordinated names, blanks included.
const AND: [u8; 4] = *b" et ";

/// The plus sign of guest lists, crews and rotas ("Irina Volkova + Daria", "Olha +
/// Baraka"): a person and who comes or works with them, blanks included.
const PLUS: [u8; 3] = *b" + ";

/// Whether the four bytes at `at` are [`AND`]: one load and one comparison (every run set
/// aside asks, on both sides).
fn and_at(bytes: &[u8], at: usize) -> bool {
    bytes
        .get(at..at + 4)
        .and_then(|w| <[u8; 4]>::try_from(w).ok())
        .is_some_and(|w| u32::from_ne_bytes(w) == u32::from_ne_bytes(AND))
}

/// Whether the three bytes at `at` are [`PLUS`].
fn plus_at(bytes: &[u8], at: usize) -> bool {
    bytes.get(at..at + 3) == Some(&PLUS[..])
}

/// Where the word after " et " or " + " right after `end` starts in `bytes`, if one does.
/// Told by the byte after the blank first: most names are followed by a punctuation mark,
/// or a blank and another letter.
#[inline]
pub(super) fn after_and(bytes: &[u8], end: usize) -> Option<usize> {
    match bytes.get(end + 1) {
        Some(b'e') if and_at(bytes, end) => Some(end + AND.len()),
        Some(b'+') if plus_at(bytes, end) => Some(end + PLUS.len()),
        _ => None,
    }
}

/// Where the word before " et " or " + " right before `start` ends in `bytes`, if one does.
#[inline]
pub(super) fn before_and(bytes: &[u8], start: usize) -> Option<usize> {
    match bytes.get(start.checked_sub(2)?) {
        Some(b't') => {
            let from = start.checked_sub(AND.len())?;
            and_at(bytes, from).then_some(from)
        }
        Some(b'+') => {
            let from = start.checked_sub(PLUS.len())?;
            plus_at(bytes, from).then_some(from)
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::person::tests::names;

    /// (text, byte after the first word, byte of the second word) → where " et " joins them.
    #[test]
    fn words_joined_by_and() {
        let table: &[(&str, usize, Option<usize>, Option<usize>)] = &[
            ("Ana et Bo", 3, Some(7), None),
            ("Ana et", 3, None, None),
            ("Ana  et Bo", 3, None, None),
            ("Ana, Bo", 3, None, None),
            ("Ana et Bo", 7, None, Some(3)),
            ("et Bo", 3, None, None),
            ("Ana + Bo", 3, Some(6), None),
            ("Ana + Bo", 6, None, Some(3)),
            ("Ana +Bo", 3, None, None),
            ("Ana+ Bo", 3, None, None),
            ("", 0, None, None),
        ];
        for &(text, at, after, before) in table {
            let bytes = text.as_bytes();
            assert_eq!(after_and(bytes, at), after, "{text:?} after {at}");
            assert_eq!(before_and(bytes, at), before, "{text:?} before {at}");
        }
    }

    /// End to end: a word or two coordinated with a name found are a name, on either side;
    /// companies, places, stop words and first names that are also words are not.
    #[test]
    fn names_coordinated_with_a_name() {
        // A second name in each text: the second pass votes only when the first found two.
        let table: &[(&str, &[&str])] = &[
            (
                "Merci ! Tsiory et Nathalie Girard ont tout préparé. Signé : Julien Moreau.\n",
                &["Tsiory", "Nathalie Girard", "Julien Moreau"],
            ),
            (
                "Avec Nathalie Girard et Wanjiru, signé : Julien Moreau.\n",
                &["Nathalie Girard", "Wanjiru", "Julien Moreau"],
            ),
            // No name on the other side; companies, places, acronyms, departments; a first
            // name that is also a word; the negatives.
            (
                "Livraison Tsiory et Rakoto demain. Signé : Julien Moreau.\n",
                &["Julien Moreau"],
            ),
            (
                "Le Crédit Agricole et Nathalie Girard. Signé : Julien Moreau.\n",
                &["Nathalie Girard", "Julien Moreau"],
            ),
            (
                "Visite à Lyon et Nathalie Girard. Signé : Julien Moreau.\n",
                &["Nathalie Girard", "Julien Moreau"],
            ),
            (
                "Rapport SNCF et Nathalie Girard. Signé : Julien Moreau.\n",
                &["Nathalie Girard", "Julien Moreau"],
            ),
            (
                "Avec Nathalie Girard et Marketing. Signé : Julien Moreau.\n",
                &["Nathalie Girard", "Julien Moreau"],
            ),
            (
                "Couleur Rose et Nathalie Girard. Signé : Julien Moreau.\n",
                &["Nathalie Girard", "Julien Moreau"],
            ),
            (
                "Pierre de taille et couleur rose, huile d'olive et Saint-Martin.\n",
                &[],
            ),
            (
                "Rendez-vous rue Victor Hugo et Tsiory, place Saint-Martin.\n",
                &[],
            ),
            // A plus sign joins a guest and who comes with them, a crew's two members.
            (
                "Invités\tRSVP\nNathalie Girard + Wanjiru\tOui\nJulien Moreau\tNon\n",
                &["Nathalie Girard", "Wanjiru", "Julien Moreau"],
            ),
            (
                "Équipe 2 : Nathalie + Tsiory — 08h00\nSigné : Julien Moreau.\n",
                &["Nathalie", "Tsiory", "Julien Moreau"],
            ),
            // A sum, a product and its option, a place.
            (
                "Forfait Nathalie Girard + Option Confort. Signé : Julien Moreau.\n",
                &["Nathalie Girard", "Julien Moreau"],
            ),
            (
                "Julien Moreau + Lyon. Signé : Nathalie Girard.\n",
                &["Julien Moreau", "Nathalie Girard"],
            ),
        ];
        for (text, want) in table {
            assert_eq!(names(text), *want, "{text:?}");
        }
    }
}
