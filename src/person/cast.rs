//! Cast lists of plays and films: a role beside the actor who plays it.
//!
//! Why: a theatre programme or a film call sheet pairs each role with its actor ("Suzanne
//! ........ Léa Martin", "Valère : Ana Costa", "Ana Costa — Mariane", "Mathilde — Ana Costa
//! — 07h45"). Roles are often first names of the lexicon, and one alone on its side of the
//! line reads as a person. The actor's side is a full name (two capitalised words or
//! more), the role's side one word; and the block is headed as a cast ("Distribution",
//! "COMÉDIENS (rôle — comédien)", "Personnages"), so that "Marie : Jean Dupont" in a list of
//! pairs elsewhere keeps both names.

use super::fold_into;

/// How many lines above a cast line its block's heading may be.
const MAX_LINES_UP: usize = 16;

/// Words of a cast block's heading, folded.
const HEADINGS: &[&str] = &[
    "distribution",
    "role",
    "roles",
    "personnage",
    "personnages",
    "comedien",
    "comediens",
    "comediennes",
    "casting",
    "interpretes",
];

/// Whether the one-word run `start..end` of `text` is a role paired with its actor on a line
/// of a cast block (see the module documentation).
pub(super) fn role_beside_actor(text: &str, start: usize, end: usize) -> bool {
    let bytes = text.as_bytes();
    // Most names are told by the bytes beside them: a separator after, or the line's end
    // after and a separator before (the last bytes of "—", "–", "…" are 0x94, 0x93, 0xA6).
    let next = bytes[end..].iter().find(|&&b| b != b' ' && b != b'\t');
    let previous = bytes[..start]
        .iter()
        .rev()
        .find(|&&b| b != b' ' && b != b'\t');
    let separator_after = matches!(next, Some(b'.' | b':' | b'-' | 0xE2));
    let line_ends = matches!(next, None | Some(b'\n' | b'\r'));
    let separator_before = matches!(previous, Some(b'.' | b':' | b'-' | 0x94 | 0x93 | 0xA6));
    if !(separator_after || line_ends && separator_before) {
        return false;
    }
    let line_start = memchr::memrchr(b'\n', &bytes[..start]).map_or(0, |i| i + 1);
    let line_end = memchr::memchr(b'\n', &bytes[end..]).map_or(bytes.len(), |i| end + i);
    let before = text[line_start..start].trim();
    let after = text[end..line_end].trim();
    let paired = if before.is_empty() {
        // "Suzanne ........ Léa Martin", "Mathilde — Ana Costa — 07h45".
        after_separator(after).is_some_and(full_name_first)
    } else {
        // "Ana Costa — Mariane".
        (after.is_empty() || after_separator(after).is_some())
            && before_separator(before).is_some_and(full_name_last)
    };
    paired && headed_as_cast(text, line_start)
}

/// Separators between a role and its actor: dot leaders, a colon, dashes.
fn separator(c: char) -> bool {
    matches!(c, '.' | '…' | ':' | '—' | '–' | '-')
}

/// `side` without the separator that opens it, or `None` when no separator opens it.
fn after_separator(side: &str) -> Option<&str> {
    let rest = side.trim_start_matches(separator);
    (rest.len() < side.len()).then(|| rest.trim_start())
}

/// `side` without the separator that ends it, or `None` when no separator ends it.
fn before_separator(side: &str) -> Option<&str> {
    let rest = side.trim_end_matches(separator);
    (rest.len() < side.len()).then(|| rest.trim_end())
}

/// Whether a capitalised word opens `word`.
fn capitalised(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase)
}

/// Whether `side` opens with a full name: two capitalised words or more before anything else
/// ("Léa Martin", "Léa MARTIN — 07h45").
fn full_name_first(side: &str) -> bool {
    side.split_whitespace()
        .take_while(|w| capitalised(w))
        .count()
        >= 2
}

/// Whether `side` ends with a full name: two capitalised words or more.
fn full_name_last(side: &str) -> bool {
    side.split_whitespace()
        .rev()
        .take_while(|w| capitalised(w))
        .count()
        >= 2
}

/// Whether the first line of the block (lines up to a blank one) that holds the line at
/// `line_start`, another line than it, names a cast.
fn headed_as_cast(text: &str, line_start: usize) -> bool {
    let bytes = text.as_bytes();
    let mut end = line_start;
    let mut heading = None;
    for _ in 0..MAX_LINES_UP {
        if end == 0 {
            break;
        }
        let start = memchr::memrchr(b'\n', &bytes[..end - 1]).map_or(0, |i| i + 1);
        let line = &text[start..end - 1];
        if line.trim().is_empty() {
            break;
        }
        heading = Some(line);
        end = start;
    }
    let Some(heading) = heading else {
        return false;
    };
    let mut folded = String::new();
    fold_into(heading, &mut folded);
    folded
        .split(|c: char| !c.is_ascii_lowercase())
        .any(|w| HEADINGS.contains(&w))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::person::tests::names;

    #[test]
    fn pair_shapes() {
        let table: &[(&str, bool)] = &[
            ("........ Léa Martin", true),
            (": Ana Costa", true),
            ("— Ana Costa — 07h45", true),
            (": Ana", false),
            ("et Ana Costa", false),
            ("", false),
        ];
        for &(after, want) in table {
            assert_eq!(
                after_separator(after).is_some_and(full_name_first),
                want,
                "{after:?}"
            );
        }
        assert!(before_separator("Ana Costa —").is_some_and(full_name_last));
        assert!(!before_separator("Ana —").is_some_and(full_name_last));
        assert!(!before_separator("Ana Costa").is_some_and(full_name_last));
    }

    /// Roles in cast lists, and the actors and crew beside them (regression: a programme's
    /// and a call sheet's roles with first names read as people).
    #[test]
    fn roles_of_a_cast_are_no_people() {
        let table: &[(&str, &[&str])] = &[
            (
                "LES FOURBERIES\n\nDistribution\nSylvestre ........ Léa Martin\n\
                 Hyacinte : Ana Costa\nKévin Techer — Zerbinette\n",
                &["Léa Martin", "Ana Costa", "Kévin Techer"],
            ),
            (
                "COMÉDIENS (rôle — comédien — PAT)\nJulie — Odile Garnier — 07h45\n",
                &["Odile Garnier"],
            ),
            // No cast heading: a list of pairs keeps both people.
            (
                "Binômes\nJulie : Odile Garnier\nOdile Garnier — Hugo\n",
                &["Julie", "Odile Garnier", "Odile Garnier", "Hugo"],
            ),
            // A heading line alone is no block.
            (
                "Distribution : Julie — Odile Garnier\n",
                &["Julie", "Odile Garnier"],
            ),
            ("Le mur est en pierre de taille, couleur rose.", &[]),
        ];
        for (text, expected) in table {
            assert_eq!(names(text), *expected, "{text:?}");
        }
    }
}
