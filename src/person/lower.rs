//! Names typed in lower case in a column of names: "ntsama", "lebœuf", "jean-marc".
//!
//! Why: club licences, sign-up sheets and exports of web forms keep what people typed, and
//! some type their name without capitals. The scan reads capitalised words only, so such a
//! cell is never met; but in a column whose other cells are names found otherwise, a cell
//! of one or two lower-case words is a name as much as its neighbours are, as a reader sees.
//! Lower-case words that are words (a status, "néant", "rose") are told by the lexicon.

/// Whether `content`, a table cell trimmed, is one or two words of lower-case letters
/// (hyphens and apostrophes inside them), of two letters or more each, one space apart.
pub(super) fn name_shape(content: &str) -> bool {
    if content.is_empty() || content.len() > 48 {
        return false;
    }
    let mut words = 0;
    for word in content.split(' ') {
        words += 1;
        let mut letters = 0;
        let mut chars = word.chars().peekable();
        let mut prev_letter = false;
        while let Some(c) = chars.next() {
            if c.is_lowercase() && c.is_alphabetic() {
                letters += 1;
                prev_letter = true;
            } else if matches!(c, '-' | '\'' | '’') && prev_letter && chars.peek().is_some() {
                prev_letter = false;
            } else {
                return false;
            }
        }
        if words > 2 || letters < 2 || !prev_letter {
            return false;
        }
    }
    true
}

/// The words a form or a register puts where a value is missing or withheld, folded; some
/// are surnames too ("Néant", "Vacant", "Personne"), but typed in lower case in a cell they
/// are the placeholder.
const PLACEHOLDERS: &[&str] = &[
    "absent", "absente", "anonyme", "aucun", "aucune", "idem", "inconnu", "inconnue", "libre",
    "neant", "personne", "vacant", "vacante",
];

/// Whether `folded`, a word folded, is one of [`PLACEHOLDERS`].
pub(super) fn placeholder(folded: &str) -> bool {
    PLACEHOLDERS.contains(&folded)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::person::tests::names;

    /// (cell, whether it has the shape of a name typed in lower case).
    #[test]
    fn lower_case_name_shapes() {
        let table: &[(&str, bool)] = &[
            ("ntsama", true),
            ("lebœuf", true),
            ("jean-marc", true),
            ("n'diaye", true),
            ("wanjiru otieno", true),
            // Capitals, digits, three words, one letter, marks at the edges, blanks.
            ("Ntsama", false),
            ("u17", false),
            ("en attente certificat", false),
            ("a", false),
            ("-ntsama", false),
            ("ntsama-", false),
            ("wanjiru  otieno", false),
            ("", false),
        ];
        for &(cell, expected) in table {
            assert_eq!(name_shape(cell), expected, "{cell:?}");
        }
    }

    /// End to end: lower-case cells of a column of names are names; those of a column of
    /// statuses, and words, are not.
    #[test]
    fn lower_case_cells_of_a_column_of_names() {
        let table: &[(&str, &[&str])] = &[
            (
                "Nom\tPrénom\tStatut\n\
                 OTIENO\tWanjiru\tnouveau\n\
                 ABEBE\tTsegaye\trenouvelé\n\
                 kowalczyk\tewelina\tmutation\n\
                 RAKOTO\tTsiory\tnouveau\n",
                &[
                    "OTIENO",
                    "Wanjiru",
                    "ABEBE",
                    "Tsegaye",
                    "kowalczyk",
                    "ewelina",
                    "RAKOTO",
                    "Tsiory",
                ],
            ),
            (
                "| Nom | Prénom | Couleur |\n|---|---|---|\n\
                 | OTIENO | Wanjiru | rose |\n\
                 | ABEBE | Tsegaye | rose |\n\
                 | néant | rose | rose |\n",
                &["OTIENO", "Wanjiru", "ABEBE", "Tsegaye"],
            ),
            (
                "Pierre de taille\tcouleur rose\nhuile d'olive\tSaint-Martin\n",
                &[],
            ),
            ("Adresse\tVille\n12 rue Victor Hugo\tparis\n", &[]),
        ];
        for (text, want) in table {
            assert_eq!(names(text), *want, "{text:?}");
        }
    }
}
