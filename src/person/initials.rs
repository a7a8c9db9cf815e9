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

/// Whether the letter whose full stop is at `dot` numbers a part of a text rather than
/// closing a name: a number follows it ("Article L. 1234-5", "Annexe B.2").
pub(super) fn numbers_a_part(bytes: &[u8], dot: usize) -> bool {
    let rest = bytes.get(dot + 1..).unwrap_or_default();
    let rest = rest.strip_prefix(b" ").unwrap_or(rest);
    rest.first().is_some_and(u8::is_ascii_digit)
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

/// Where the full stop of an initial right after a word ending at `end` is (" S." in
/// "Benoît S."), when that full stop ends the name ([`ends_initial`]). A first name and
/// the initial of the surname write a colleague, a guest, a passenger in lists, rotas and
/// registers; a word and a letter are rarely anything else once nothing capitalised follows
/// ("Zone B. Parking" does not end there).
pub(super) fn initial_after(bytes: &[u8], end: usize) -> Option<usize> {
    if bytes.get(end) != Some(&b' ') {
        return None;
    }
    let dot = match bytes.get(end + 1) {
        Some(b) if b.is_ascii_uppercase() => end + 2,
        // Two-byte capitals ("Ö", "É", "Ž"), not "×".
        Some(0xC3..=0xDF) => {
            let letter = bytes
                .get(end + 1..end + 3)
                .and_then(|l| std::str::from_utf8(l).ok());
            if !letter.is_some_and(|l| l.chars().all(char::is_uppercase)) {
                return None;
            }
            end + 3
        }
        _ => return None,
    };
    (bytes.get(dot) == Some(&b'.') && ends_initial(bytes, dot + 1)).then_some(dot)
}

/// Whether the one-letter word `bytes[start..end]` is an "M" that closes two initials: after
/// another capital letter, a full stop and a space, with its own full stop ending the name
/// ("Visa : E. M.", "…;E. M.;"). "M." is otherwise the civility, which a name always follows.
/// Out of line: most "M" are civilities, told by the first test.
#[inline(never)]
pub(super) fn closing_m(bytes: &[u8], start: usize, end: usize) -> bool {
    end == start + 1
        && bytes[start] == b'M'
        && start >= 3
        && bytes[start - 2..start] == *b". "
        && bytes[start - 3].is_ascii_uppercase()
        && (start == 3 || !bytes[start - 4].is_ascii_alphanumeric())
        && bytes.get(end) == Some(&b'.')
        && ends_initial(bytes, end + 1)
}

/// Whether the text before byte `end` ends with an "M." that [`closing_m`] closes two
/// initials with ("Le témoin : B. M.    L'OPJ"): no civility of the words after it.
#[inline(never)]
pub(super) fn closing_m_before(bytes: &[u8], end: usize) -> bool {
    end >= 2 && bytes[end - 2..end] == *b"M." && closing_m(bytes, end - 2, end - 1)
}

/// Whether `name` is two initials alone, each a capital letter and its full stop, one space
/// apart: "B. N.", "É. M.".
///
/// Why: a visa column, a checker's initials beside each row, "Visa RH : F. R." write the person
/// as initials alone; they name someone as much as "Fanny R." does. Letters alone with no
/// full stop ("I", "E-E") stay no name. Masking them is safe: the partial mask of such a value
/// would be the value itself, and the masker writes any mask that shows another finding's
/// value as written with every letter hidden (`mask::Guard`), so "B. N." comes out "*. *.".
/// Three letters or more are rather an abbreviation spaced out ("T. T. C.").
pub(super) fn initials_alone(name: &str) -> bool {
    let mut count = 0;
    let mut rest = name;
    loop {
        let mut chars = rest.chars();
        let (Some(letter), Some('.')) = (chars.next(), chars.next()) else {
            return false;
        };
        if !letter.is_uppercase() {
            return false;
        }
        count += 1;
        rest = chars.as_str();
        match rest.strip_prefix(' ') {
            Some(next) => rest = next,
            None => return rest.is_empty() && count == 2,
        }
    }
}

/// The initials of the names found in a text: for each name of two capitalised words or
/// more, the first letters of its first and last ones, folded to `a`..=`z`, in both orders
/// (a register writes "EZE Emeka" and the margin "E. E."; a deed "Efia Sarpong" and its
/// paraph "E. S."). 26 × 26 bits.
///
/// Why: deeds, minutes and attendance sheets have each party initial the pages ("paraphes"),
/// the margin of a register signed by initials: two initials alone that are those of a name
/// of the same text are that person. Two letters that are no one's initials there ("S. A.",
/// "T. T." of an abbreviation) stay out.
pub(super) struct NameInitials([u64; 11]);

impl NameInitials {
    /// The initials of the names `spans` of `text`.
    pub(super) fn of(text: &str, spans: impl Iterator<Item = (usize, usize)>) -> NameInitials {
        let mut bits = [0u64; 11];
        for (start, end) in spans {
            let Some((first, last)) = first_and_last_letters(&text[start..end]) else {
                continue;
            };
            for pair in [(first, last), (last, first)] {
                let bit = usize::from(pair.0) * 26 + usize::from(pair.1);
                bits[bit / 64] |= 1 << (bit % 64);
            }
        }
        NameInitials(bits)
    }

    /// Whether `pair`, two initials alone ("E. S.", see [`initials_alone`]), are those of a
    /// name found.
    pub(super) fn holds(&self, pair: &str) -> bool {
        let mut letters = pair.chars().filter(|c| c.is_alphabetic());
        let (Some(first), Some(last)) = (
            letters.next().and_then(letter_rank),
            letters.next().and_then(letter_rank),
        ) else {
            return false;
        };
        let bit = usize::from(first) * 26 + usize::from(last);
        self.0[bit / 64] & 1 << (bit % 64) != 0
    }
}

/// The rank in `a`..=`z` of the letter `c` once folded ("É" → 4).
fn letter_rank(c: char) -> Option<u8> {
    super::fold_letter(c).map(|l| l - b'a')
}

/// The ranks of the first letters of the first and the last capitalised words of `name`
/// ("Marie-Laure de Saint-Exupéry" → M, S; "Mamitiana R." → M, R); `None` for one word.
fn first_and_last_letters(name: &str) -> Option<(u8, u8)> {
    let mut capitals = name
        .split([' ', '\u{a0}'])
        .filter_map(|w| w.chars().next())
        .filter(|c| c.is_uppercase());
    let first = capitals.next()?;
    let last = capitals.next_back()?;
    Some((letter_rank(first)?, letter_rank(last)?))
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

    /// (text, the letter) → whether a word before it ends with it: the letter's full stop
    /// ends the name ([`initial_after`]) and numbers nothing ([`numbers_a_part`]).
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
            let word_end = text.find(letter).unwrap() - 1;
            let bytes = text.as_bytes();
            let got = initial_after(bytes, word_end).is_some_and(|dot| !numbers_a_part(bytes, dot));
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

    /// (candidate name, whether it is initials alone).
    #[test]
    fn initials_alone_name_someone() {
        let table: &[(&str, bool)] = &[
            ("B. N.", true),
            ("É. M.", true),
            ("É. M. K.", false),
            ("Ø. L.", true),
            ("B.", false),
            ("B. N", false),
            ("B.N.", false),
            ("B.  N.", false),
            ("b. n.", false),
            ("E-E", false),
            ("I", false),
            ("BN. K.", false),
            ("B. N. ", false),
            ("", false),
        ];
        for &(name, expected) in table {
            assert_eq!(initials_alone(name), expected, "{name:?}");
        }
    }

    /// (text after a word, where the initial's full stop is).
    #[test]
    fn initial_right_after_a_word() {
        let table: &[(&str, Option<usize>)] = &[
            (" S.", Some(2)),
            (" S.;06 12", Some(2)),
            (" Ö. (compta)", Some(3)),
            (" M.\n", Some(2)),
            (" S. Martin", None),
            (" S", None),
            (" s.", None),
            (" SA.", None),
            ("  S.", None),
            (" ×.", None),
            ("", None),
        ];
        for &(after, expected) in table {
            assert_eq!(initial_after(after.as_bytes(), 0), expected, "{after:?}");
        }
    }

    /// End to end: a first name, even one that is also a word, or any word opening its line,
    /// item or cell, then an initial that ends the name; things with a letter inside a
    /// sentence stay out.
    #[test]
    fn word_then_initial_is_a_name() {
        let table: &[(&str, &[&str])] = &[
            ("Rendez-vous avec Benoît S. demain\n", &["Benoît S."]),
            (
                "- Oyelaran T.\n- Chidozie M.\n",
                &["Oyelaran T.", "Chidozie M."],
            ),
            (
                "12h15  4     Kwabena O.         06 12 34 56 78\n",
                &["Kwabena O."],
            ),
            ("DUPONT;orge;Valentin B.;12\n", &["Valentin B."]),
            ("Accès par la Zone B. côté quai.\n", &[]),
            ("Voir l'annexe B. et la Vitamine C.\n", &[]),
            ("Parking Zone B. Entrée nord\n", &[]),
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

    /// (text, byte of the "M", whether it closes two initials).
    #[test]
    fn m_closing_two_initials() {
        let table: &[(&str, bool)] = &[
            ("Visa : E. M.", true),
            ("DUPONT;orge;E. M.;12", true),
            ("Visa : E. M. (RH)", true),
            ("Visa : E. M. Dupont", false),
            ("Voir E. M. et Cie", true),
            ("Voir LE. M.", false),
            ("Voir E.M.", false),
            ("Voir E. M", false),
            ("Voir E. Ma.", false),
            ("Bonjour M. Dupont", false),
            ("M.", false),
        ];
        for &(text, expected) in table {
            let start = text.rfind('M').unwrap();
            let end = start + 1;
            assert_eq!(closing_m(text.as_bytes(), start, end), expected, "{text:?}");
        }
    }

    /// End to end: initials alone after a label of people or in their column are a name; the
    /// civility "M." still opens one.
    #[test]
    fn initials_alone_are_names() {
        let table: &[(&str, &[&str])] = &[
            ("Visa : E. M.\n", &["E. M."]),
            ("Visa RH : L. K.\n", &["L. K."]),
            ("Visa du responsable : T. M.\n", &["T. M."]),
            ("Signé : A. B., le 3 mars\n", &["A. B."]),
            ("Bonjour M. Dupont,\n", &["Dupont"]),
            ("Tarif : T. T. C.\n", &[]),
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

    /// (names found, two initials) → whether they are those of one of the names, in either
    /// order, accents folded.
    #[test]
    fn initials_of_the_names_found() {
        let table: &[(&[&str], &str, bool)] = &[
            (&["Ondine Valcourt"], "O. V.", true),
            (&["Ondine Valcourt"], "V. O.", true),
            (&["ÉTIENNE Basile"], "E. B.", true),
            (&["Basile Étienne"], "B. É.", true),
            (&["Inès-Maud de Saint-Aubry"], "I. S.", true),
            (&["Solène K."], "S. K.", true),
            (&["Ondine Valcourt", "Basile Ferrand"], "B. F.", true),
            // No name with those initials, a name of one word, a first and a middle word.
            (&["Ondine Valcourt"], "O. B.", false),
            (&["Valcourt"], "V. V.", false),
            (&["Ondine Marie Valcourt"], "O. M.", false),
            (&[], "S. A.", false),
            (&["Ondine Valcourt"], "O.", false),
        ];
        for &(names, pair, expected) in table {
            let text = names.join("\n");
            let mut spans = Vec::new();
            let mut at = 0;
            for name in names {
                spans.push((at, at + name.len()));
                at += name.len() + 1;
            }
            let known = NameInitials::of(&text, spans.into_iter());
            assert_eq!(known.holds(pair), expected, "{names:?} {pair:?}");
        }
    }

    /// End to end: the paraphs of a deed and the initials in a register's margin are the
    /// people of the text whose initials they are; letters that are no one's stay out.
    #[test]
    fn paraphs_and_margin_initials_are_the_names_they_abbreviate() {
        let table: &[(&str, &[&str])] = &[
            (
                "Entre Madame Ondine Valcourt et Monsieur Basile Ferrand.\n\
                 O. V.   B. F.   (paraphes)\n",
                &["Ondine Valcourt", "Basile Ferrand", "O. V.", "B. F."],
            ),
            (
                "Associé          Parts   Visa\n\
                 M. Loïc Guennec  120     L. G.\n",
                &["Loïc Guennec", "L. G."],
            ),
            // No name of the text has those initials.
            (
                "Entre Madame Ondine Valcourt et Monsieur Basile Ferrand.\n\
                 S. A.   T. T.\n",
                &["Ondine Valcourt", "Basile Ferrand"],
            ),
            (
                "Mur en pierre de taille, couleur rose, huile d'olive.\nP. T.\n",
                &[],
            ),
            ("Au 12 rue Victor Hugo, Saint-Martin.\nV. H.\n", &[]),
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
