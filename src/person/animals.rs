//! Animals' names: pets in veterinary records, kennels, pet-sitting and car-rental notes.
//!
//! Why: pets get people's first names ("Luna", "Max", "Bella", "Oscar"), and a word of the
//! lexicon alone on its side of a line is taken for a person. The text says it is an animal
//! right beside the name: the species in brackets after it ("Luna (chienne)", "Max (chat,
//! 4 ans)"), the species word before it ("son chien « Rex »", "le chiot Filou"), or a label
//! ("Animal : Olga"). Such a word is remembered, and its other mentions in the text, alone,
//! are the animal too ("Olga boite depuis 3 jours").
//!
//! A chat's virtual assistant gets a first name the same way ("Ariane (assistant virtuel) :
//! Bonjour ! Je suis Ariane"): its kind in brackets says so ([`bot_after`]).

/// Species and kinds of pets, lower-case ASCII ("nac": *nouveaux animaux de compagnie*).
const SPECIES: &[&str] = &[
    "chien",
    "chienne",
    "chiot",
    "chat",
    "chatte",
    "chaton",
    "nac",
    "lapin",
    "lapine",
    "furet",
    "hamster",
    "cobaye",
    "chinchilla",
    "tortue",
    "perroquet",
    "perruche",
    "oiseau",
    "cheval",
    "jument",
    "poney",
    "ane",
    "anesse",
];

/// Whether the one-word name ending at byte `end` is followed by a software agent's kind in
/// brackets: "Ariane (assistant virtuel)", "Max (chatbot)", "Léa (IA)". A chat transcript's
/// bot has a first name; a human assistant ("Marie (assistante) :") has no "virtuel".
pub(super) fn bot_after(bytes: &[u8], end: usize) -> bool {
    let Some(rest) = in_brackets_after(bytes, end) else {
        return false;
    };
    let starts =
        |p: &str| rest.len() >= p.len() && rest[..p.len()].eq_ignore_ascii_case(p.as_bytes());
    [
        "assistant virtuel",
        "assistante virtuelle",
        "agent virtuel",
        "agent conversationnel",
    ]
    .iter()
    .any(|p| starts(p))
        || ["chatbot)", "bot)", "robot)", "ia)", "ai)"]
            .iter()
            .any(|p| starts(p))
}

/// The text inside a bracket that opens right after byte `end`, glued or after one space
/// ("Luna (chienne)", "Ariane(IA)"): what [`bot_after`] and [`species_after`] read.
fn in_brackets_after(bytes: &[u8], end: usize) -> Option<&[u8]> {
    match bytes.get(end..)? {
        [b' ', b'(', rest @ ..] | [b'(', rest @ ..] => Some(rest),
        _ => None,
    }
}

/// Whether `word` (any case, ASCII or accented) is a species of [`SPECIES`].
fn species(word: &[u8]) -> bool {
    if word.len() > 10 || word.len() < 3 {
        return false;
    }
    let mut lower = [0u8; 10];
    for (l, &b) in lower.iter_mut().zip(word) {
        *l = b.to_ascii_lowercase();
    }
    let lower = &lower[..word.len()];
    SPECIES.iter().any(|s| s.as_bytes() == lower)
}

/// Whether the one-word name ending at byte `end` is followed by its species in brackets:
/// "Luna (chienne)", "Max (chat, 4 ans)", "Ulysse (NAC)".
pub(super) fn species_after(bytes: &[u8], end: usize) -> bool {
    let Some(rest) = in_brackets_after(bytes, end) else {
        return false;
    };
    let len = rest
        .iter()
        .take(11)
        .position(|b| !b.is_ascii_alphabetic())
        .unwrap_or(rest.len().min(11));
    matches!(rest.get(len), Some(b')' | b',' | b' ')) && species(&rest[..len])
}

/// Whether the text before the one-word name starting at byte `start` says it is an animal:
/// the label "Animal :" ("Nom de l'animal :"), or a species word, with or without an
/// opening quote ("son chien « Rex »", "la chienne Luna"). "chat" bare is left out: it is
/// also a chat window ("sur le chat Teams").
pub(super) fn animal_before(bytes: &[u8], start: usize) -> bool {
    let before = &bytes[start.saturating_sub(24)..start];
    let mut end = before.len();
    let trim = |end: &mut usize| {
        while *end > 0 && matches!(before[*end - 1], b' ' | b'\t') {
            *end -= 1;
        }
    };
    trim(&mut end);
    // "« " (C2 AB), a straight or typographic quote.
    let quoted = if before[..end].ends_with("«".as_bytes()) {
        end -= 2;
        true
    } else if before[..end].ends_with(b"\"") {
        end -= 1;
        true
    } else {
        false
    };
    let colon = !quoted && end > 0 && before[end - 1] == b':';
    if colon {
        end -= 1;
    }
    trim(&mut end);
    let word_start = before[..end]
        .iter()
        .rposition(|b| !b.is_ascii_alphabetic())
        .map_or(0, |i| i + 1);
    let word = &before[word_start..end];
    if colon {
        return word.eq_ignore_ascii_case(b"animal");
    }
    // A word cut by the window's start may be the end of a longer one.
    if word_start == 0 && start > before.len() {
        return false;
    }
    species(word) && (quoted || !word.eq_ignore_ascii_case(b"chat"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::person::tests::names;

    #[test]
    fn species_beside_a_name() {
        let after: &[(&str, bool)] = &[
            (" (chienne) — Mme Roche", true),
            ("(chat, 4 ans)", true),
            (" (NAC) — boiterie", true),
            (" (Chien croisé)", true),
            (" (stagiaire)", false),
            (" (chienne", false),
            (" (chiens)", false),
            (" chien", false),
            ("", false),
        ];
        for &(rest, want) in after {
            assert_eq!(species_after(rest.as_bytes(), 0), want, "{rest:?}");
        }
        let before: &[(&str, bool)] = &[
            ("Animal : ", true),
            ("Nom de l'animal :", true),
            ("son chien « ", true),
            ("le chiot ", true),
            ("notre chat \"", true),
            ("sur le chat ", false),
            ("Responsable : ", false),
            ("Chien", true),
            ("", false),
        ];
        for &(text, want) in before {
            assert_eq!(animal_before(text.as_bytes(), text.len()), want, "{text:?}");
        }
    }

    /// Regression: a chat's virtual assistant, with a first name, read as a person.
    #[test]
    fn virtual_assistants_are_no_people() {
        let table: &[(&str, &[&str])] = &[
            (
                "09:12 Noémie (assistant virtuel) : Bonjour ! Je suis Noémie.\n\
                 09:13 Hugo Perrin : bonjour\n",
                &["Hugo Perrin"],
            ),
            ("10:02 Noémie (IA) : Bonjour.\n", &[]),
            ("10:02 Noémie (assistante) : Bonjour.\n", &["Noémie"]),
            ("Stagiaire : Noémie (Bordeaux)\n", &["Noémie"]),
        ];
        for (text, expected) in table {
            assert_eq!(names(text), *expected, "{text:?}");
        }
    }

    /// Pets with people's first names, and their owners beside them (regression: a
    /// veterinary record's pets, read as people, with the mentions after the first one).
    #[test]
    fn pets_are_no_people() {
        let table: &[(&str, &[&str])] = &[
            (
                "09:15  Bianca (chienne) — Mme Roche — vaccin\n\
                 Appel : Mme Roche rappelle pour Bianca.\n",
                &["Roche", "Roche"],
            ),
            (
                "Animal : Hector    Race : Beagle\nHector boite depuis lundi. Marie Lenoir\n",
                &["Marie Lenoir"],
            ),
            (
                "Propriétaire : Sophie Marchal, son chien « Gaston ».",
                &["Sophie Marchal"],
            ),
            ("Objet : consultation de Noémie (chatte)", &[]),
            ("Nous attendons Noémie et Hugo demain.", &["Noémie", "Hugo"]),
            ("Stagiaire : Noémie (stagiaire)", &["Noémie"]),
            ("Mme Luna Martin viendra avec son chien.", &["Luna Martin"]),
        ];
        for (text, expected) in table {
            assert_eq!(names(text), *expected, "{text:?}");
        }
    }
}
