//! Trade words after a name: "Jean Lain Automobiles", "Dupont Immobilier", "Lemoine
//! Traiteur", "LEXIA AVOCATS" name a company, as a legal form after them does ("MARTIN
//! SARL", see [`super::company_marker_after`]).
//!
//! Why a list of its own: a founder's name followed by what the company does is the most
//! common shape of a small French company's name, and the name part is a person's name that
//! the lexicon knows, so without this the whole company is taken for a person. The words are
//! those that stand after such a name, not any trade word: "Garage" or "Atelier" open a name
//! ("Garage Martin") and are handled as place words before it.
//!
//! Speed: this runs only after a name followed by a space and a capitalised word; the word is
//! compared letter by letter with a few dozen entries, with no allocation.

/// Trade words, lower case without accents, that make the capitalised words before them a
/// company's name.
const TRADE_WORDS: &[&str] = &[
    "automobiles",
    "automobile",
    "autos",
    "auto",
    "motors",
    "immobilier",
    "immobiliere",
    "immo",
    "traiteur",
    "transports",
    "transport",
    "avocats",
    "associes",
    "associees",
    "conseil",
    "conseils",
    "consulting",
    "services",
    "distribution",
    "construction",
    "constructions",
    "batiment",
    "renovation",
    "peinture",
    "plomberie",
    "electricite",
    "menuiserie",
    "charpente",
    "couverture",
    "maconnerie",
    "paysages",
    "nettoyage",
    "demenagements",
    "voyages",
    "assurances",
    "patrimoine",
    "expertise",
    "architectes",
    "architecture",
    "notaires",
    "industries",
    "informatique",
    "location",
    "optique",
    "coiffure",
    "ambulances",
    "taxis",
    "habitat",
    "energie",
    "logistique",
    "materiaux",
    "gestion",
    "courtage",
    "holding",
];

/// The longest of [`TRADE_WORDS`] in bytes: a word of more letters is none of them.
const LONGEST: usize = crate::longest_len(TRADE_WORDS);

/// Whether `word` (a capitalised word of the text, as written: "Automobiles", "AVOCATS",
/// "Électricité", "ELECTRICITE") is one of [`TRADE_WORDS`], in any case, with or without
/// its accents.
pub(super) fn trade_word(word: &str) -> bool {
    // An accented letter takes two bytes: a word of more than twice the longest entry's
    // length has more letters than any entry.
    if word.len() > 2 * LONGEST {
        return false;
    }
    TRADE_WORDS
        .iter()
        .any(|t| word.chars().map(plain_lower).eq(t.chars()))
}

/// `c` in lower case without its accent, for the letters of French words; another character
/// as it is.
fn plain_lower(c: char) -> char {
    match c {
        'à' | 'â' | 'ä' | 'À' | 'Â' | 'Ä' => 'a',
        'é' | 'è' | 'ê' | 'ë' | 'É' | 'È' | 'Ê' | 'Ë' => 'e',
        'î' | 'ï' | 'Î' | 'Ï' => 'i',
        'ô' | 'ö' | 'Ô' | 'Ö' => 'o',
        'ù' | 'û' | 'ü' | 'Ù' | 'Û' | 'Ü' => 'u',
        'ç' | 'Ç' => 'c',
        _ => c.to_ascii_lowercase(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::Engine;
    use crate::kind::Kind;

    fn names(text: &str) -> Vec<String> {
        let engine = Engine::builder().no_default_patterns().build().unwrap();
        engine
            .scan(text)
            .iter()
            .filter(|f| f.kind == Kind::Person)
            .map(|f| f.text(text).to_string())
            .collect()
    }

    /// A name followed by a trade word names a company (regression: "Jean Lain Automobiles",
    /// "LEXIA AVOCATS" were people), unless a civility says it is a person.
    #[test]
    fn names_before_a_trade_word_are_companies() {
        let table: &[(&str, &[&str])] = &[
            ("Gérant — Jean Lain Automobiles", &[]),
            (
                "Je soussigné, Marie Dupont, gérante de Jean Lain Automobiles, atteste",
                &["Marie Dupont"],
            ),
            ("LEXIA AVOCATS", &[]),
            ("Facture de Marie Dupont Traiteur reçue.", &[]),
            ("Devis de Jean Dupont Immobilier SAS.", &[]),
            ("Contacter Kévin Techer Électricité.", &[]),
            ("Contacter Kévin Techer ELECTRICITE.", &[]),
            // People stay people.
            ("M. Jean Dupont Immobilier a signé.", &["Jean Dupont"]),
            ("Kévin Techer a appelé.", &["Kévin Techer"]),
            ("Marie Dupont\nConseil en gestion", &["Marie Dupont"]),
            ("Marie Dupont, Conseil", &["Marie Dupont"]),
            (
                "Présents : Marie Dupont, Kévin Techer",
                &["Marie Dupont", "Kévin Techer"],
            ),
        ];
        for (text, expected) in table {
            assert_eq!(names(text), *expected, "{text:?}");
        }
    }

    #[test]
    fn trade_words_in_any_case() {
        let table: &[(&str, bool)] = &[
            ("Automobiles", true),
            ("AUTOMOBILES", true),
            ("Immobilier", true),
            ("Traiteur", true),
            ("AVOCATS", true),
            ("Électricité", true),
            ("ÉLECTRICITÉ", true),
            ("Associés", true),
            // Names and other capitalised words.
            ("Dupont", false),
            ("Marie", false),
            ("Merlin", false),
            ("Garage", false),
            ("ELECTRICITE", true),
            ("Batiment", true),
            ("", false),
            ("Automobilesxxxxxxxxxxxxxxxxxxxxxxxxxx", false),
        ];
        for &(word, want) in table {
            assert_eq!(trade_word(word), want, "{word:?}");
        }
    }
}
