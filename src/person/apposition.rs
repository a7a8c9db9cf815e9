//! A name set off by a comma after a role: "la formatrice, Thu Trang Mai, fera l'émargement",
//! "Le directeur général des services, Taiano Teriitehau, est chargé…".
//!
//! Why: letters, decrees and announcements introduce a person by their role, then give the
//! name in apposition, often one that no lexicon holds. The comma hides the role from the
//! context reading (a comma otherwise ends a closing or goes on with a list), and a role
//! alone before a comma is as often a list of roles or a heading ("Comptable, Juriste"): a
//! determiner before the role tells the apposition.

/// Whether `head`, the text before a comma (the comma and the blanks before it left out),
/// ends with a determiner, a role and the role's lower-case complement: "la responsable du
/// prêt", "Le directeur général des services", "l'animatrice". `is_role` tells a role
/// word as written (it folds it). Words are read from the end, at most six, by their bytes:
/// most heads before a comma (lists of names, amounts, CSV rows) end with a capitalised
/// word or a digit and are told after one or two words.
pub(super) fn role_before_comma(head: &str, mut is_role: impl FnMut(&str) -> bool) -> bool {
    // The word read just before (nearer the comma): the role if a determiner comes next.
    let mut role: Option<&str> = None;
    // A capitalised word can only be the role itself ("Le Directeur"), right after the
    // determiner.
    let mut capitalised = false;
    for (n, word) in head.rsplit(' ').enumerate() {
        if n >= 6 || word.is_empty() {
            return false;
        }
        if let Some(role) = role {
            if determiner(word) {
                return is_role(role);
            }
        }
        if capitalised || word.bytes().any(|b| b.is_ascii_digit()) {
            return false;
        }
        // "l'animatrice", "L’animatrice": the determiner is glued to the role.
        if let Some(role) = elided(word) {
            return is_role(role);
        }
        capitalised = word.starts_with(char::is_uppercase);
        role = Some(word);
    }
    false
}

fn determiner(word: &str) -> bool {
    [
        "le", "la", "mon", "ma", "ton", "ta", "son", "sa", "notre", "votre", "leur",
    ]
    .iter()
    .any(|d| word.eq_ignore_ascii_case(d))
}

/// The word after an elided article glued to it: "l'animatrice" → "animatrice".
fn elided(word: &str) -> Option<&str> {
    ["l'", "L'", "l\u{2019}", "L\u{2019}"]
        .iter()
        .find_map(|a| word.strip_prefix(a))
        .filter(|rest| !rest.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::person::tests::names;

    #[test]
    fn role_before_a_comma() {
        let roles = ["formatrice", "responsable", "directeur", "animatrice"];
        let table: &[(&str, bool)] = &[
            ("Merci de venir ; la formatrice", true),
            ("La responsable du prêt", true),
            ("Le directeur général des services", true),
            ("Le Directeur", true),
            ("selon l'animatrice", true),
            ("selon L’animatrice", true),
            // No determiner, a list of roles, a capitalised complement, digits, too far.
            ("formatrice", false),
            ("Comptable, Directeur", false),
            ("la responsable du site Lyon", false),
            ("la responsable du lot 3", false),
            ("la responsable de la salle du fond du couloir", false),
            ("la voisine", false),
            ("", false),
        ];
        for &(head, want) in table {
            let got = role_before_comma(head, |w| roles.contains(&w.to_lowercase().as_str()));
            assert_eq!(got, want, "{head:?}");
        }
    }

    /// End to end: the name after the comma, known or not; the negatives stay out.
    #[test]
    fn names_in_apposition_to_a_role() {
        let table: &[(&str, &[&str])] = &[
            (
                "Le jour J, la formatrice, Oyelaran Tsegaye, fera l'appel.\n",
                &["Oyelaran Tsegaye"],
            ),
            ("La responsable du prêt, Wanjiru\n", &["Wanjiru"]),
            ("Comptable, Juriste, Paie\n", &[]),
            (
                "Mur en pierre de taille, couleur rose, huile d'olive.\n",
                &[],
            ),
            ("Au 12 rue Victor Hugo, Saint-Martin.\n", &[]),
        ];
        for (text, want) in table {
            assert_eq!(names(text), *want, "{text:?}");
        }
    }
}
