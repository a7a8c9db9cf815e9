//! Family ties before a name: "ma fille Mahsa", "son neveu (Zihao)", "fils de Freddy".
//!
//! Why: care handovers, school and nursery forms, leave requests, obituaries and family
//! trees name relatives by a first name alone, often one no lexicon holds, and the kin noun
//! is the only context. Alone, a kin noun is weak ("le mari Dupont": a name must look like
//! one); with a possessive before it, or a parenthesis or "de" after it, the words that
//! follow are the relative's name, whatever they are.

/// Whether `p` (folded, trimmed, ending with the kin noun) has a possessive determiner just
/// before that noun: "ma fille", "son neveu", "leurs enfants".
pub(super) fn after_possessive(p: &str) -> bool {
    let mut fields = p.rsplit(' ');
    fields.next();
    fields.next().is_some_and(|w| {
        matches!(
            w,
            "mon"
                | "ma"
                | "ton"
                | "ta"
                | "son"
                | "sa"
                | "notre"
                | "votre"
                | "leur"
                | "mes"
                | "tes"
                | "ses"
                | "nos"
                | "vos"
                | "leurs"
        )
    })
}

/// The noun after a comma and a possessive that follow a run: in "Piseth Touch, son fils ;",
/// "Nadège, ses petits-enfants,", "fils" and "petits-enfants". Obituaries and birth notices
/// name each relative and then say whose relative they are; the caller tells a kin noun.
pub(super) fn noun_after_possessive(rest: &str) -> Option<&str> {
    let rest = rest.strip_prefix(", ")?;
    let (possessive, rest) = rest.split_once(' ')?;
    if !matches!(possessive, "son" | "sa" | "ses" | "leur" | "leurs") {
        return None;
    }
    let end = rest
        .find(|c: char| !(c.is_alphabetic() || c == '-'))
        .unwrap_or(rest.len());
    (3..=32).contains(&end).then(|| &rest[..end])
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::person::tests::names;

    #[test]
    fn nouns_after_a_possessive() {
        let table: &[(&str, Option<&str>)] = &[
            (", son fils ;", Some("fils")),
            (", ses petits-enfants,", Some("petits-enfants")),
            (", sa fille", Some("fille")),
            (", leur épouse", Some("épouse")),
            (", le fils", None),
            (" son fils", None),
            (", sa", None),
            ("", None),
        ];
        for &(rest, want) in table {
            assert_eq!(noun_after_possessive(rest), want, "{rest:?}");
        }
    }

    /// End to end: a relative named before ", son fils", known or not (regression: obituary
    /// family lists kept only the known surname, or nothing); a place or a thing before a
    /// possessive and no kin noun stays out.
    #[test]
    fn relatives_named_before_their_tie() {
        let table: &[(&str, &[&str])] = &[
            ("Oyelaran Tsegaye, son fils ;\n", &["Oyelaran Tsegaye"]),
            ("Wanjiru, sa petite-fille,\n", &["Wanjiru"]),
            ("Tsiory, ses enfants et petits-enfants\n", &["Tsiory"]),
            ("Montreuil-Bellay, sa ville natale.\n", &[]),
            ("Couleur rose, sa teinte préférée.\n", &[]),
        ];
        for (text, expected) in table {
            assert_eq!(names(text), *expected, "{text:?}");
        }
    }

    #[test]
    fn possessive_before_the_kin_noun() {
        let table: &[(&str, bool)] = &[
            ("ma fille", true),
            ("famille : sa soeur", true),
            ("leurs enfants", true),
            ("la fille", false),
            ("fille", false),
            ("le mari", false),
            ("sa grande fille", false),
        ];
        for &(p, want) in table {
            assert_eq!(after_possessive(p), want, "{p:?}");
        }
    }

    /// End to end: a relative is named by any capitalised word after a possessive and a kin
    /// noun, in parentheses or not, and after "kin noun de"; the negatives stay out.
    #[test]
    fn relatives_are_named() {
        let table: &[(&str, &[&str])] = &[
            (
                "Suite à la naissance de mon enfant Oyelaran le 3 mars.\n",
                &["Oyelaran"],
            ),
            (
                "Famille : son neveu (Tsegaye) passera demain.\n",
                &["Tsegaye"],
            ),
            ("Déposée par maman (Ewelina) à 8 h.\n", &["Ewelina"]),
            (
                "Témoignage de ma tante Wanjiru Otieno.\n",
                &["Wanjiru Otieno"],
            ),
            ("Il serait un frère de Tsegaye.\n", &["Tsegaye"]),
            (
                "L'inscription de ma fille Ifeoma (CE2) change.\n",
                &["Ifeoma"],
            ),
            // Alone, a kin noun stays weak: an unknown single word is no name.
            ("Le fils Oyelaran viendra.\n", &[]),
            // Not relatives: the negatives, a parenthesis after no kin noun.
            (
                "Mur en pierre de taille, couleur rose, huile d'olive.\n",
                &[],
            ),
            ("Au 12 rue Victor Hugo, Saint-Martin.\n", &[]),
            // A kin noun that is a religious title goes on naming a place.
            ("Au 3 rue Mère Teresa, puis école Sœur Emmanuelle.\n", &[]),
            ("Passez par le boulevard du Père Lachaise.\n", &[]),
            ("Voir la note (Annexe) du dossier.\n", &[]),
            ("Ma fille adore la couleur rose.\n", &[]),
        ];
        for (text, want) in table {
            assert_eq!(names(text), *want, "{text:?}");
        }
    }
}
