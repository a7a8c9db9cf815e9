//! Surnames made from a saint's name: "Gina Sainte-Luce", "Antoine de Saint-Exupéry".
//!
//! Why: "Saint-" and "Sainte-" compounds are read as places and saints ("Saint-Martin",
//! "Sainte-Marie") and never start or join a name, so a name found by its first name stopped
//! before its surname ("Judith" of "Judith Saint-Cyr"), and the mask showed the surname. Right
//! after a first name, with "de" between or nothing, such a compound is that person's surname:
//! a place would follow a preposition ("à Saint-Denis"), not a first name.

/// Where a saint's-name surname right after byte `end` ends (" Saint-Cyr", " de
/// Saint-Exupéry", " DE SAINT-AUBIN"), or `end` when none follows.
pub(super) fn surname_end(text: &str, end: usize) -> usize {
    let rest = &text.as_bytes()[end..];
    // Most names end a sentence or a field, or go on with a lower-case word: two bytes tell.
    let Some(rest) = rest
        .strip_prefix(b" ")
        .filter(|r| matches!(r.first(), Some(b'S' | b'd' | b'D')))
    else {
        return end;
    };
    let (skip, rest) = match rest {
        [b'd' | b'D', b'e' | b'E', b' ', tail @ ..] => (4, tail),
        _ => (1, rest),
    };
    let head = rest.iter().take(7).map(u8::to_ascii_lowercase);
    let prefix = if head.clone().take(6).eq(*b"saint-") {
        6
    } else if head.eq(*b"sainte-") {
        7
    } else {
        return end;
    };
    // The saint's name itself: a capital, then letters, hyphens or apostrophes.
    let name = &text[end + skip + prefix..];
    if !name.starts_with(|c: char| c.is_uppercase()) {
        return end;
    }
    let len = name
        .find(|c: char| !(c.is_alphabetic() || c == '-' || c == '\'' || c == '\u{2019}'))
        .unwrap_or(name.len());
    let len = name[..len].trim_end_matches(['-', '\'', '\u{2019}']).len();
    end + skip + prefix + len
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::person::tests::names;

    /// (text, end of the name found) → end of the name with its surname.
    #[test]
    fn saints_surnames_after_a_first_name() {
        let table: &[(&str, usize, &str)] = &[
            ("Wubet Sainte-Luce a signé", 5, "Wubet Sainte-Luce"),
            ("Wubet de Saint-Exupéry,", 5, "Wubet de Saint-Exupéry"),
            ("Wubet DE SAINT-AUBIN", 5, "Wubet DE SAINT-AUBIN"),
            ("Wubet Saint-Fleur-", 5, "Wubet Saint-Fleur"),
            ("Wubet à Saint-Denis", 5, "Wubet"),
            ("Wubet Saint-", 5, "Wubet"),
            ("Wubet saint-martin", 5, "Wubet"),
            ("Wubet Saintilus", 5, "Wubet"),
            ("Wubet de Sainté", 5, "Wubet"),
            ("Wubet", 5, "Wubet"),
        ];
        for &(text, end, want) in table {
            assert_eq!(&text[..surname_end(text, end)], want, "{text:?}");
        }
    }

    /// End to end: a first name takes its saint's-name surname; a place stays a place.
    #[test]
    fn first_names_keep_their_saints_surnames() {
        let table: &[(&str, &[&str])] = &[
            ("Signalé par Judith Saint-Cyr.", &["Judith Saint-Cyr"]),
            (
                "Merci à Antoine de Saint-Exupéry.",
                &["Antoine de Saint-Exupéry"],
            ),
            ("Livraison à Saint-Martin et Sainte-Marie.", &[]),
            ("Judith habite à Saint-Cyr.", &["Judith"]),
            ("Rendez-vous à la Pierre Saint-Martin.", &[]),
            (
                "Mur en pierre de taille, couleur rose, huile d'olive, rue Victor Hugo.",
                &[],
            ),
        ];
        for (text, want) in table {
            assert_eq!(names(text), *want, "{text:?}");
        }
    }
}
