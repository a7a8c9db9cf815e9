//! Reference codes and number plates: capitalised letters that open an identifier.
//!
//! Why: business text writes file references, order numbers and French number plates as
//! letters joined to digits by a hyphen or a slash ("Réf. : SIG-2026-1701", "Nos réf. :
//! SOW/299", "Mercedes Sprinter AM-105-PV"). The letters read as a capitalised word, shaped
//! like an acronym or a short name, and the words before a plate are a vehicle's make and
//! model, some of which are first names ("Mercedes"). A person's name is never written glued
//! to digits: such letters are part of the code, and the capitalised words just before it
//! (one blank between) designate a thing.

/// Set on a token whose word opens a code (never stored in the lexicon's table).
pub(super) const CODE: u16 = 1 << 8;

/// Whether the bytes right after a word (`after`) go on with a code: a hyphen or a slash,
/// then a digit ("-2026", "/299").
#[inline]
pub(super) fn opens_code(after: &[u8]) -> bool {
    matches!(after, [b'-' | b'/', d, ..] if d.is_ascii_digit())
}

/// Whether the bytes right after a word (`after`) make it a file's name or a host's: a full
/// stop, then one to four lower-case letters or digits that end the token ("GOVERNANCE.md",
/// "README.txt", "Dupont.fr"). A name is never written glued to an extension; a sentence's
/// full stop has a blank or a capital after it.
#[inline(never)]
pub(super) fn file_extension(after: &[u8]) -> bool {
    let [b'.', rest @ ..] = after else {
        return false;
    };
    let n = rest
        .iter()
        .take(5)
        .take_while(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
        .count();
    (1..=4).contains(&n)
        && !rest.get(n).is_some_and(|&b| {
            b.is_ascii_alphanumeric() || matches!(b, b'@' | b'_' | b'-') || b >= 0x80
        })
}

/// Whether the gap between a run's last word and the code after it is one blank: the words
/// designate what the code numbers ("Volvo FH BJ-179-NZ").
#[inline]
pub(super) fn designates(gap: &[u8]) -> bool {
    gap == b" "
}

/// Whether `word` is an English month's abbreviation followed by a day number, as log lines
/// and Git dates write them ("Date:   Thu Jul 27 18:32:34 2026", "[Jan  3 08:12:01]"): a
/// date, where "Jul", "Jan" and "Mar" are first names too.
pub(super) fn log_month(word: &str, after: &[u8]) -> bool {
    const MONTHS: [&str; 12] = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    let day = match after {
        [b' ', b' ', d, ..] | [b' ', d, ..] => d,
        _ => return false,
    };
    day.is_ascii_digit() && MONTHS.contains(&word)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::person::tests::names;

    #[test]
    fn code_openings() {
        let table: &[(&str, bool)] = &[
            ("-2026-1701", true),
            ("/299/D", true),
            ("-105-PV", true),
            ("-Marie", false),
            ("-", false),
            ("", false),
            (" 2026", false),
            ("/ 12", false),
        ];
        for &(after, want) in table {
            assert_eq!(opens_code(after.as_bytes()), want, "{after:?}");
        }
    }

    #[test]
    fn file_extensions() {
        let table: &[(&str, bool)] = &[
            (".md)", true),
            (".txt", true),
            (".fr ", true),
            (".md\n", true),
            (". Il", false),
            (".\n", false),
            (".", false),
            (".dupont@exemple.fr", false),
            (".docx2026", false),
            (".html", true),
            (".ﬁn", false),
            (" md", false),
        ];
        for &(after, want) in table {
            assert_eq!(file_extension(after.as_bytes()), want, "{after:?}");
        }
    }

    /// End to end: a word in capitals glued to an extension is a file (regression: a
    /// governance file's name read as a person after "voir").
    #[test]
    fn file_names_are_no_names() {
        let table: &[(&str, &[&str])] = &[
            ("Revue obligatoire (voir GOVERNANCE.md).\n", &[]),
            (
                "Voir MAINTAINERS.txt avec Kévin Techer.\n",
                &["Kévin Techer"],
            ),
            ("Voir Kévin Techer. Il arrive.\n", &["Kévin Techer"]),
        ];
        for (text, expected) in table {
            assert_eq!(names(text), *expected, "{text:?}");
        }
    }

    #[test]
    fn log_months() {
        let table: &[(&str, &str, bool)] = &[
            ("Jul", " 27 18:32:34 2026", true),
            ("Jan", "  3 08:12:01", true),
            ("Jul", " a écrit", false),
            ("Jul", ", 27", false),
            ("Julie", " 27", false),
            ("JUL", " 27", false),
            ("Mar", "", false),
        ];
        for &(word, after, want) in table {
            assert_eq!(
                log_month(word, after.as_bytes()),
                want,
                "{word:?} {after:?}"
            );
        }
    }

    /// Regression: "Jul" in Git dates read as a first name; people beside dates stay.
    #[test]
    fn log_dates_are_not_people() {
        let table: &[(&str, &[&str])] = &[
            (
                "commit 4f2a9c1\nAuthor: Hugo Perrin <h.perrin@exemple.fr>\n\
                 Date:   Mon Jul 13 09:12:44 2026 +0200\n",
                &["Hugo Perrin"],
            ),
            ("Vu avec Jul hier.", &["Jul"]),
        ];
        for (text, want) in table {
            assert_eq!(names(text), *want, "{text:?}");
        }
    }

    /// Regression: a reference's letters ("SIG-…") and a vehicle's make and model before its
    /// plate ("Mercedes Sprinter AM-105-PV") were taken for names.
    #[test]
    fn codes_and_what_they_number_are_not_people() {
        let table: &[(&str, &[&str])] = &[
            ("Réf. à rappeler : TAM-2025-0042\n", &[]),
            ("Nos réf. : KOR/118/B — M. Dupont\n", &["Dupont"]),
            ("Véhicule : Mercedes Vito GH-512-KL\n", &[]),
            (
                "Chauffeur\tVéhicule\nMarie Lenoir\tRenault Trafic EF-207-AB\n",
                &["Marie Lenoir"],
            ),
            // A name before a code with more than a blank between them stays a name; so do
            // the people around the code.
            (
                "Dossier suivi par Mme Nguyen — réf. ADM-2024-77\n",
                &["Nguyen"],
            ),
            ("Marie Lenoir  AB-123-CD\n", &["Marie Lenoir"]),
            (
                "Rendez-vous avec Hugo Perrin, dossier TRX-88.\n",
                &["Hugo Perrin"],
            ),
            // The negatives.
            (
                "pierre de taille, couleur rose, Saint-Martin, rue Victor Hugo\n",
                &[],
            ),
        ];
        for (text, want) in table {
            assert_eq!(names(text), *want, "{text:?}");
        }
    }
}
