//! Initials after a name: "Chanthy K.", "Tahina A.", "Hiwet M.".
//!
//! Why: collection lists, org charts, agendas and review signatures write colleagues as a
//! first name and the initial of the surname. The initial and its full stop belong to the
//! name (masking "Chanthy" and leaving "K." keeps part of who it is), but the run of
//! capitalised words cannot tell them: an initial is read as one only before another
//! capitalised word ("K. Subramaniam"), "M" is the civility "M.", and "A" or "Y" are words.
//! After a name, a single capital letter and a full stop that nothing capitalised follows is
//! that name's initial: a civility or an initial that opens a name always has the name after
//! it.

/// Where a name found at `start..end` of `text` ends once a trailing initial is taken in:
/// the full stop of a one-letter last word ("Chanthy K" → "Chanthy K."), or " X." after it
/// ("Tahina" → "Tahina A."); `end` when there is none.
pub(super) fn end_with_initial(text: &str, start: usize, end: usize) -> usize {
    let bytes = text.as_bytes();
    if bytes.get(end) == Some(&b'.') {
        // The name's last word is one capital letter: its full stop.
        return if last_word_is_letter(&text[start..end]) && ends_initial(bytes, end + 1) {
            end + 1
        } else {
            end
        };
    }
    if bytes.get(end) != Some(&b' ') {
        return end;
    }
    // Most names are followed by a lower-case word: told by its first byte.
    let width = match bytes.get(end + 1) {
        Some(b) if b.is_ascii_uppercase() => 1,
        Some(&b) if b >= 0xC3 => match text[end + 1..].chars().next() {
            Some(c) if c.is_uppercase() => c.len_utf8(),
            _ => return end,
        },
        _ => return end,
    };
    let dot = end + 1 + width;
    if bytes.get(dot) == Some(&b'.') && ends_initial(bytes, dot + 1) {
        dot + 1
    } else {
        end
    }
}

/// Whether the word `text[start..end]`, the last of a run after a capitalised word, is the
/// initial of that word's surname ("Kannan T.", "Gulalai B. :"): one capital letter, its full
/// stop, then what ends a name ([`ends_initial`]) and no number. A first name and an initial
/// is how rotas, logs, chats and team sheets write people, known to the lexicon or not; a
/// letter that numbers a part of a text is followed by its number ("Article L. 1234-5").
pub(super) fn closes_name(text: &str, start: usize, end: usize) -> bool {
    let mut letters = text[start..end].chars();
    if !(letters.next().is_some_and(char::is_uppercase) && letters.next().is_none()) {
        return false;
    }
    let bytes = text.as_bytes();
    if bytes.get(end) != Some(&b'.') || !ends_initial(bytes, end + 1) {
        return false;
    }
    let rest = &bytes[end + 1..];
    let rest = rest.strip_prefix(b" ").unwrap_or(rest);
    !rest.first().is_some_and(u8::is_ascii_digit)
}

/// Whether `name` ends with a word of one capital letter after a space ("Chanthy K").
fn last_word_is_letter(name: &str) -> bool {
    let mut rev = name.chars().rev();
    rev.next().is_some_and(char::is_uppercase) && rev.next() == Some(' ')
}

/// Whether what follows a full stop at `at - 1` ends the name there: the end of the text or
/// of the line, a punctuation mark, or a blank that no capital letter follows (a capital would
/// make the letter a civility or an initial before a name: "M. Dupont", "K. Subramaniam").
fn ends_initial(bytes: &[u8], at: usize) -> bool {
    match bytes.get(at) {
        // A closing quote or bracket: a CSV cell ("Tovo R.",), a list in brackets.
        None | Some(b'\n' | b'\r' | b',' | b';' | b')' | b':' | b'/' | b'"' | b']') => true,
        // A dash after the blank ("Tovo R. — 06 …") is what a list says of the name; another
        // non-ASCII letter may be a capital ("É").
        Some(b' ' | b'\t') => match bytes.get(at + 1..at + 4) {
            Some([0xE2, 0x80, 0x93 | 0x94]) => true,
            _ => !bytes
                .get(at + 1)
                .is_some_and(|&b| b.is_ascii_uppercase() || b >= 0x80),
        },
        // U+00A0 before "»" or ":"; a closing quote.
        Some(0xC2) => bytes.get(at + 1) == Some(&0xA0),
        Some(_) => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::person::tests::names;

    /// (text, name found) → the name with its initial.
    #[test]
    fn initials_after_a_name() {
        let table: &[(&str, &str, &str)] = &[
            ("Merci à Ioana K.", "Ioana K", "Ioana K."),
            ("Merci à Ioana B., Sami", "Ioana", "Ioana B."),
            ("clôture par Ioana M.\nSuite", "Ioana", "Ioana M."),
            ("Ioana B. : 15 €", "Ioana", "Ioana B."),
            ("Régie : Ioana B. — ioana@example.org", "Ioana", "Ioana B."),
            ("Ioana B. Élodie", "Ioana", "Ioana"),
            ("\"Ioana B.\",12/03/2026", "Ioana", "Ioana B."),
            ("\"Ioana K\",12/03/2026", "Ioana K", "Ioana K"),
            ("[Ioana B.]", "Ioana", "Ioana B."),
            ("avec Ioana Đ. (compta)", "Ioana", "Ioana Đ."),
            // A capitalised word after the full stop: the letter opens a name, or is a
            // civility.
            ("Ioana M. Dupont", "Ioana", "Ioana"),
            ("Ioana K. Il est parti", "Ioana", "Ioana"),
            // No full stop, a word, a lower-case letter, letters glued to the stop.
            ("Ioana B et Sami", "Ioana", "Ioana"),
            ("Ioana Bo. Fin", "Ioana", "Ioana"),
            ("Ioana b. fin", "Ioana", "Ioana"),
            ("Ioana B.C. fin", "Ioana", "Ioana"),
            ("Ioana K.x", "Ioana K", "Ioana K"),
            ("Ioana", "Ioana", "Ioana"),
            ("Ioana ", "Ioana", "Ioana"),
        ];
        for &(text, name, want) in table {
            let start = text.find(name).unwrap();
            let end = end_with_initial(text, start, start + name.len());
            assert_eq!(&text[start..end], want, "{text:?}");
        }
    }

    /// (text, the letter's word) → whether it closes a name.
    #[test]
    fn a_letter_and_its_full_stop_close_a_name() {
        let table: &[(&str, &str, bool)] = &[
            ("Tovo R. : absent", "R", true),
            ("Tovo R.", "R", true),
            ("(Tovo R.)", "R", true),
            ("Tovo Ž., puis", "Ž", true),
            // A number after it, a capitalised word, no full stop, two letters.
            ("Article L. 1234-5", "L", false),
            ("Tovo R. Il vient", "R", false),
            ("Tovo R : absent", "R", false),
            ("Tovo Ra. : absent", "Ra", false),
            ("Tovo r. : absent", "r", false),
        ];
        for &(text, letter, want) in table {
            let start = text.find(letter).unwrap();
            let got = closes_name(text, start, start + letter.len());
            assert_eq!(got, want, "{text:?}");
        }
    }

    /// End to end: a capitalised word and an initial are a name with no other evidence, the
    /// lexicon knowing the word or not; a noun that numbers its parts with a letter is not.
    #[test]
    fn a_word_and_an_initial_are_a_name() {
        let table: &[(&str, &[&str])] = &[
            ("12/03 — Tsiory V. : devoirs faits.\n", &["Tsiory V."]),
            ("Relu (Ouzna K.) ; envoyé.\n", &["Ouzna K."]),
            (
                "Yovan Q. : bonjour, encore là ?\nYovan : oui\n",
                &["Yovan Q.", "Yovan"],
            ),
            ("Gardien : Ferhat D.\n", &["Ferhat D."]),
            // Parts of a text, places, companies, acronyms, laws.
            ("Voir Annexe B.\n", &[]),
            ("Rendez-vous Zone C. Merci.\n", &[]),
            ("Prendre Vitamine D.\n", &[]),
            ("Selon Article L. 1234-5 du code.\n", &[]),
            ("Diplôme : BTS A.\n", &[]),
            ("Livré par Garage B.\n", &[]),
            ("Mur en pierre de taille, couleur rose.\n", &[]),
            ("Au 12 rue Victor Hugo, Saint-Martin.\n", &[]),
            ("Huile d'olive, Saint-Martin B.\n", &[]),
        ];
        for (text, want) in table {
            assert_eq!(names(text), *want, "{text:?}");
        }
    }

    /// End to end: the initial is part of the name, whatever rule found it; a civility and an
    /// initial before a surname stay where they were.
    #[test]
    fn names_keep_their_initials() {
        let table: &[(&str, &[&str])] = &[
            (
                "Participants : Ludivine R., Kévin T.\n",
                &["Ludivine R.", "Kévin T."],
            ),
            ("Clôturé par Kévin M.\n", &["Kévin M."]),
            ("Merci à Kévin A. pour le gâteau.\n", &["Kévin A."]),
            ("Bonjour M. Dupont,\n", &["Dupont"]),
            ("Signé : K. Subramanian\n", &["K. Subramanian"]),
            // The issue's negatives stay out.
            ("Mur en pierre de taille, couleur rose.\n", &[]),
            ("Au 12 rue Victor Hugo, Saint-Martin.\n", &[]),
        ];
        for (text, want) in table {
            assert_eq!(names(text), *want, "{text:?}");
        }
    }
}
