//! Capitalised words that a label, a list or a context word would take for a name but that
//! are not: acronyms ("coordinateur SPS", "voir avec Mme Wang, CPE", "suivi pour HTA"),
//! a context word in a heading in capitals ("LETTRE RECOMMANDÉE AVEC ACCUSÉ DE RÉCEPTION"),
//! a numbered heading ("I. DÉSIGNATION DES LOCAUX") and a sub-label in a list ("-
//! Enseignants : M. Diallo", "- Représentants des parents : …", "Excusé(e) : …").
//!
//! Why: after a label or in a list any capitalised word is taken for a name, so that names
//! of every origin are caught ("Présents : XIE, Tsehay Kahsay"); business text puts
//! acronyms, roles and headings in the same places. Each check here looks at the word or its
//! line only, with no allocation, and runs only where a name would otherwise be accepted.

/// The pairs of consonants that open names of many origins ("CHEN", "ZHAO", "NGUYEN",
/// "MPIA", "TRAN", "SHAH", "KHAN"): a word in capitals opening with another pair ("CPE",
/// "HTA", "DDEN", "CSE", "TVA") is read as an acronym.
const NAME_ONSETS: &[[u8; 2]] = &[
    *b"BH", *b"BL", *b"BR", *b"CH", *b"CL", *b"CR", *b"CZ", *b"DH", *b"DJ", *b"DR", *b"DZ", *b"FL",
    *b"FR", *b"GH", *b"GL", *b"GN", *b"GR", *b"GW", *b"JH", *b"KH", *b"KL", *b"KN", *b"KR", *b"KW",
    *b"LH", *b"LL", *b"MB", *b"MP", *b"MW", *b"ND", *b"NG", *b"NJ", *b"NK", *b"NT", *b"NZ", *b"PF",
    *b"PH", *b"PL", *b"PR", *b"PS", *b"RH", *b"SC", *b"SH", *b"SK", *b"SL", *b"SM", *b"SN", *b"SP",
    *b"SR", *b"ST", *b"SV", *b"SW", *b"SZ", *b"TH", *b"TJ", *b"TR", *b"TS", *b"TW", *b"TZ", *b"VL",
    *b"VR", *b"WR", *b"XH", *b"ZH", *b"ZW",
];

/// Whether `word`, a word of the text that the lexicon does not know, is shaped like an
/// acronym: two to four ASCII capitals with no vowel ("SPS", "DRH", "RH"), or two consonants
/// first that open no name ("CPE", "HTA"). "ZHAO", "XIE", "NGET", "IYER" are not, nor are two
/// letters with a vowel ("KO", "OH", "JI", "QI": Korean and Chinese surnames the lexicon
/// lacks, so that "AR" and "IT" stay ambiguous) or "NG", the one surname of two consonants.
pub(super) fn acronym(word: &str) -> bool {
    let w = word.as_bytes();
    if !(2..=4).contains(&w.len()) || !w.iter().all(u8::is_ascii_uppercase) || w == b"NG" {
        return false;
    }
    let vowel = |b: u8| matches!(b, b'A' | b'E' | b'I' | b'O' | b'U' | b'Y');
    !w.iter().any(|&b| vowel(b))
        || (w.len() > 2 && !vowel(w[0]) && !vowel(w[1]) && !NAME_ONSETS.contains(&[w[0], w[1]]))
}

/// Whether an ordinal in figures stands right before `start`, one space apart ("2e Étoile",
/// "1re Classe", "3ème Dan", "2nd Degré"): a rank, a level or a grade, not a person, even
/// when the word is a first name. One byte read for most words: the one two bytes before.
pub(super) fn after_ordinal(bytes: &[u8], start: usize) -> bool {
    if start < 3 || bytes[start - 1] != b' ' || !bytes[start - 2].is_ascii_alphabetic() {
        return false;
    }
    let head = &bytes[start.saturating_sub(8)..start - 1];
    let digits_before = |suffix: &[u8]| {
        head.strip_suffix(suffix).is_some_and(|h| {
            h.last().is_some_and(u8::is_ascii_digit)
                && h.iter()
                    .rev()
                    .find(|b| !b.is_ascii_digit())
                    .is_none_or(|&b| b == b' ' || b == b'\n' || b == b'(')
        })
    };
    [
        &b"e"[..],
        b"re",
        b"er",
        b"nd",
        b"nde",
        "ème".as_bytes(),
        b"eme",
    ]
    .iter()
    .any(|s| digits_before(s))
}

/// Whether `word` is two to four ASCII capitals: after a role, where a person would be
/// written with a first name or a civility, such a word the lexicon does not know is a
/// department or a team ("gestionnaire ADV", "chef de projet MOA", "responsable RH").
pub(super) fn short_capitals(word: &str) -> bool {
    capitals_up_to(word, 4)
}

/// Whether `word` is two to `max` ASCII capitals. After a label and before its colon, a
/// qualification's acronym may be longer than a department's ("Agent SSIAP", "Responsable
/// QHSE"): the colon, not the word, says that people follow.
pub(super) fn capitals_up_to(word: &str, max: usize) -> bool {
    (2..=max).contains(&word.len()) && word.bytes().all(|b| b.is_ascii_uppercase())
}

/// Whether `rest`, the text after a short word in capitals, goes on as an office or a
/// title does after a signature's name: "de" and its place ("SIE de Caen", "DRH d'Orange")
/// or a dash ("IDE — 02/03/2026"), or a comma and the date it was signed ("OPJ, le
/// 19/10/2026"), or the office's phone in parentheses ("APJ (06 12 34 56 78)"), not a comma
/// and a name as in a list of names.
pub(super) fn title_goes_on(rest: &str) -> bool {
    let digit_after = |r: &str| r.starts_with(|c: char| c.is_ascii_digit());
    rest.strip_prefix(", le ").is_some_and(digit_after)
        || rest.strip_prefix(" (").is_some_and(digit_after)
        || [
            "de ",
            "d'",
            "d\u{2019}",
            "du ",
            "des ",
            "\u{2014} ",
            "\u{2013} ",
            "- ",
        ]
        .iter()
        .any(|p| rest.strip_prefix(' ').is_some_and(|r| r.starts_with(p)))
}

/// Whether the word just before byte `start` of `text` (spaces between) is written in
/// capitals, two letters or more: a context word in a heading ("… AVEC ACCUSÉ DE
/// RÉCEPTION"), which introduces no person.
pub(super) fn capitals_before(text: &str, start: usize) -> bool {
    let before = text[..start].trim_end_matches(' ');
    let word_start = before
        .char_indices()
        .rev()
        .take_while(|&(_, c)| c.is_alphabetic())
        .last()
        .map_or(before.len(), |(i, _)| i);
    let word = &before[word_start..];
    word.chars().nth(1).is_some() && word.chars().all(char::is_uppercase)
}

/// Whether the single letter at byte `at` of `text`, followed by a full stop, numbers a
/// heading: a Roman numeral ("I.", "V.", "X.") that opens its line.
pub(super) fn roman_numeral_at_line_start(text: &str, at: usize) -> bool {
    matches!(text.as_bytes().get(at), Some(b'I' | b'V' | b'X'))
        && text[..at]
            .bytes()
            .rev()
            .take_while(|&b| b != b'\n')
            .all(|b| b == b' ' || b == b'\t')
}

/// Whether `rest`, the text after the first capitalised words of a line, makes them a label
/// rather than a name: inclusive writing glued to them ("Excusé(e) :"), a complement with
/// "de" before a colon ("Représentants des parents :"; a name's words after "de" are
/// particles of three letters or fewer: "Jean de la Tour :"), or a colon then a civility
/// ("Enseignants : M. Diallo"): the people are after the colon.
pub(super) fn sublabel(rest: &str) -> bool {
    // Most runs that open a line go on with a space and a verb, or a comma: told by their
    // first two bytes (0xC2 opens a no-break space).
    let b = rest.as_bytes();
    let opens = match b.first() {
        Some(b'(' | b':' | 0xC2) => true,
        Some(b' ') => matches!(b.get(1), Some(b':' | b'd' | 0xC2)),
        _ => false,
    };
    if !opens {
        return false;
    }
    let blanks: &[char] = &[' ', '\u{a0}'];
    if let Some(after) = rest.strip_prefix('(') {
        return ["e)s", "es)", "e)", "s)"].iter().any(|m| {
            after
                .strip_prefix(m)
                .is_some_and(|r| r.trim_start_matches(blanks).starts_with(':'))
        });
    }
    let after = rest.trim_start_matches(blanks);
    if let Some(value) = after.strip_prefix(':') {
        return civility_opens(value);
    }
    if after.len() == rest.len() {
        return false;
    }
    // "des parents :", "du bureau :": a complement opened by "de", of two or three words,
    // read word by word (most runs go on with a verb, told by their first word).
    let mut r = after;
    let mut long = false;
    for k in 0..3 {
        let end = r
            .find(|c: char| !(c.is_lowercase() || c == '\'' || c == '-'))
            .unwrap_or(r.len());
        let word = &r[..end];
        if k == 0 {
            if !(matches!(word, "de" | "des" | "du") || word.starts_with("d'")) {
                return false;
            }
            long = word.chars().count() > 5;
        } else {
            if word.is_empty() {
                return false;
            }
            long |= word.chars().count() > 3;
        }
        r = &r[end..];
        let next = r.trim_start_matches(blanks);
        if next.starts_with(':') {
            return long;
        }
        if next.len() == r.len() {
            return false;
        }
        r = next;
    }
    false
}

/// Whether `value` opens with a civility in its usual capitalised form, on the same line.
fn civility_opens(value: &str) -> bool {
    let value = value.trim_start_matches([' ', '\u{a0}']);
    let word = value.split([' ', '\n']).next().unwrap_or("");
    matches!(
        word,
        "M." | "MM." | "Mme" | "Mmes" | "Mlle" | "Dr" | "Pr" | "Me" | "Monsieur" | "Madame"
    )
}

/// Whether the word `n` after a first name that is also a word ("Rose", "Pierre", "Remise")
/// looks like a name: known to the lexicon, shaped like a surname, or in capitals, unless
/// the first name is in capitals too (`first_caps`): in a heading in capitals ("REMISE DE
/// CHÈQUES", "PIERRE DE TAILLE") every word is, and the capitals say nothing.
pub(super) fn names_after_capitals(first_caps: bool, n: super::Tok) -> bool {
    use super::table::{FIRST, SHAPE, SURNAME};
    n.is(FIRST | SURNAME | SHAPE) || n.caps && !first_caps
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::person::tests::names;

    /// (text, the word, whether an ordinal in figures stands before it).
    #[test]
    fn ordinals_before_a_word() {
        let table: &[(&str, &str, bool)] = &[
            ("niveau 2e Étoile", "Étoile", true),
            ("sa 1re Étoile", "Étoile", true),
            ("(3ème Dan)", "Dan", true),
            ("1er Prix", "Prix", true),
            ("2nd Degré", "Degré", true),
            ("2nde Rose", "Rose", true),
            // A word, a code, a street number before the word.
            ("avec Rose", "Rose", false),
            ("A2e Rose", "Rose", false),
            ("2 Rose", "Rose", false),
            ("Rose", "Rose", false),
        ];
        for &(text, word, want) in table {
            let start = text.find(word).unwrap();
            assert_eq!(after_ordinal(text.as_bytes(), start), want, "{text:?}");
        }
        // End to end: a level or a rank that is a first name is no one; a first name after
        // a number that is no ordinal still is.
        let table: &[(&str, &[&str])] = &[
            ("Groupe : niveau 2e Étoile, départ 9 h.\n", &[]),
            ("Il a eu sa 1re Étoile hier.\n", &[]),
            ("Réunion à 10 h avec Étoile.\n", &["Étoile"]),
            (
                "Dossiers 12 Sandrine, 14 Mathilde.\n",
                &["Sandrine", "Mathilde"],
            ),
        ];
        for (text, want) in table {
            assert_eq!(names(text), *want, "{text:?}");
        }
    }

    /// Regression: "gestionnaire ADV" in a phone directory gave "ADV": after a role, short
    /// capitals the lexicon does not know are a department; a surname stays a name.
    #[test]
    fn departments_after_a_role() {
        let table: &[(&str, &[&str])] = &[
            ("Voir avec le responsable MOA demain.\n", &[]),
            ("Poste : chargée SAV, bureau 12\n", &[]),
            ("Voir avec le responsable WU demain.\n", &["WU"]),
            (
                "Voir avec le responsable Nurlan Abenov.\n",
                &["Nurlan Abenov"],
            ),
            ("Voir avec Mme KOA, gestionnaire.\n", &["KOA"]),
        ];
        for (text, want) in table {
            assert_eq!(names(text), *want, "{text:?}");
        }
        for (word, want) in [
            ("ADV", true),
            ("RH", true),
            ("MOAS", true),
            ("DUPONT", false),
        ] {
            assert_eq!(short_capitals(word), want, "{word}");
        }
        assert!(!short_capitals("Adv"));
        assert!(!short_capitals("A"));
    }

    /// Regression: "BORDEREAU DE REMISE DE CHÈQUES" gave "REMISE DE CHÈQUES" ("Remise" is
    /// a first name that is also a word, and every word of a heading is in capitals).
    #[test]
    fn headings_in_capitals_after_a_first_name_that_is_a_word() {
        let table: &[(&str, &[&str])] = &[
            ("BANQUE — BORDEREAU DE REMISE DE CHÈQUES\n", &[]),
            ("NUANCIER — ROSE POUDRÉE\n", &[]),
            // Names stay names: a known surname, a capitalised word after capitals, a first
            // name that is no word.
            ("ROSE NGUYEN\n", &["ROSE NGUYEN"]),
            ("ROSE Diallo\n", &["ROSE Diallo"]),
            ("Rose XIOMARA a signé.\n", &["Rose XIOMARA"]),
            ("MARIE DUPONT\n", &["MARIE DUPONT"]),
            // The negatives.
            ("couleur rose, Saint-Martin, rue Victor Hugo\n", &[]),
        ];
        for (text, want) in table {
            assert_eq!(names(text), *want, "{text:?}");
        }
    }

    #[test]
    fn acronym_shapes() {
        let table: &[(&str, bool)] = &[
            ("CPE", true),
            ("SPS", true),
            ("HTA", true),
            ("RH", true),
            ("DDEN", true),
            ("DRH", true),
            ("CSE", true),
            ("TVA", true),
            // Names absent from the lexicon keep their shape.
            ("ZHAO", false),
            ("XIE", false),
            ("QIAN", false),
            ("NGET", false),
            ("MPIA", false),
            ("IYER", false),
            ("BAIG", false),
            ("TITH", false),
            ("AWAN", false),
            ("KO", false),
            ("OH", false),
            ("QI", false),
            ("NG", false),
            ("AR", false),
            // Not two to four ASCII capitals.
            ("A", false),
            ("SNCFX", false),
            ("Cpe", false),
            ("ÉPS", false),
        ];
        for &(word, want) in table {
            assert_eq!(acronym(word), want, "{word:?}");
        }
    }

    #[test]
    fn sublabel_shapes() {
        let table: &[(&str, bool)] = &[
            ("(e) : le DDEN.", true),
            (" des parents : Yohannes Mehari", true),
            (" : M. Jeyakumar (CP), Vladimir Hrytsenko", true),
            (" : Mme Sylla", true),
            // A name's particles, a value that holds no civility, no colon.
            (" de la Tour : août", false),
            (" : août", false),
            (" : Marie Dupont", false),
            (" a validé la commande.", false),
            (" a dit : M. Dupont viendra", false),
            (" ressort nettement : dix ans chez un concurrent", false),
            (" rappelle les temps forts de l'année : la fête", false),
            (" du bureau : Marie Dupont", true),
            ("\u{a0}du bureau\u{a0}: Mme Dupont", true),
            (" d'entreprise : X", true),
            ("(e)s : Marie Dupont", true),
            ("(ex) : Marie Dupont", false),
            (" :\nM. Dupont", false),
            (" des parents", false),
            (" de Saint-Malo : Marie Dupont", false),
            ("", false),
        ];
        for &(rest, want) in table {
            assert_eq!(sublabel(rest), want, "{rest:?}");
        }
    }

    #[test]
    fn titles_go_on() {
        let table: &[(&str, bool)] = &[
            (" de Caen", true),
            (" d'Orange", true),
            (" — 02/03/2026", true),
            (" - 12 h", true),
            (", Hugo Perrin", false),
            (", le 19/10/2026", true),
            (", le 3 mars", true),
            (" (06 12 34 56 78).", true),
            (" (poste 12)", false),
            (", le Havre", false),
            (", le", false),
            (" Wei", false),
            ("", false),
            (" dela", false),
        ];
        for &(rest, want) in table {
            assert_eq!(title_goes_on(rest), want, "{rest:?}");
        }
    }

    /// Regressions from eval/names-blind2's false findings, and the names beside them.
    #[test]
    fn acronyms_headings_and_sublabels_are_not_names() {
        let table: &[(&str, &[&str])] = &[
            ("Pour la sortie, voir avec Mme Wang, CPE.", &["Wang"]),
            (
                "Garde-corps signalé par le coordinateur SPS, Jun Wu.",
                &["Jun Wu"],
            ),
            (
                "Je vous adresse M. Tshibanda, suivi pour HTA,",
                &["Tshibanda"],
            ),
            ("Voir avec RH — 17/10/2026", &[]),
            // Two letters with a vowel may be a surname the lexicon lacks.
            ("Présents : KO, Marie Dupont", &["KO", "Marie Dupont"]),
            ("Présents : NG, Marie Dupont", &["NG", "Marie Dupont"]),
            ("LETTRE RECOMMANDÉE AVEC ACCUSÉ DE RÉCEPTION", &[]),
            ("I. DÉSIGNATION DES LOCAUX\nLe logement.", &[]),
            (
                "Présents :\n- Enseignants : M. Diallo (CP), Franck Lemaire\n\
                 - Représentants des parents : Marie Dupont, Mourad Benali\n\
                 Excusé(e) : le DDEN.",
                &["Diallo", "Franck Lemaire", "Marie Dupont", "Mourad Benali"],
            ),
            // Names stay names.
            ("Nom de famille : XIE", &["XIE"]),
            ("Présents : ZHAO, Marie Dupont", &["ZHAO", "Marie Dupont"]),
            ("Rendez-vous avec DUPONT Marie.", &["DUPONT Marie"]),
            ("M. NGUYEN a appelé.", &["NGUYEN"]),
            ("Mme DIALLO", &["DIALLO"]),
            ("LE GALL Yann", &["LE GALL Yann"]),
            ("Rendez-vous avec Marie Dupont.", &["Marie Dupont"]),
            (
                "Présents :\n- Padraig Kavanagh : août",
                &["Padraig Kavanagh"],
            ),
            (
                "Présents :\n- Marie Dupont\n- Kévin Techer",
                &["Marie Dupont", "Kévin Techer"],
            ),
            ("E. Rousseau a signé.", &["E. Rousseau"]),
            // A title or an office after a signature's name (regression: a nurse's
            // "IDE — date", a tax office's "SIE de …" read as names going on the list).
            (
                "Relève : Laure Marchand, IDE — 02/03/2026",
                &["Laure Marchand"],
            ),
            ("Cordialement, Hugo Perrin, SIE de Rodez", &["Hugo Perrin"]),
            (
                "Reçue devant Odile Garnier, APJ, le 4 mai 2026",
                &["Odile Garnier"],
            ),
            (
                "Validé par Odile Garnier, DRH d'Orange.",
                &["Odile Garnier"],
            ),
            // A title and its office's phone (regression: "APJ (06…)" after the name of the
            // officer in charge of a case, read as a name going on the list).
            (
                "Dossier suivi par Odile Garnier, APJ (06 12 34 56 78).",
                &["Odile Garnier"],
            ),
            // Names in capitals going on a list stay names.
            (
                "Présents : Marie Dupont, LI, Hugo Perrin",
                &["Marie Dupont", "LI", "Hugo Perrin"],
            ),
            (
                "Présents : Marie Dupont, ZHAO Wei",
                &["Marie Dupont", "ZHAO Wei"],
            ),
            (
                "Présents : Marie Dupont, Mme DIA — excusée",
                &["Marie Dupont", "DIA"],
            ),
            // A qualification in parentheses after a role, a civility's "M." closing two
            // initials (regressions: "(BAFD)" and "L'OPJ" read as names).
            (
                "Directrice (BAFA) : Oyelaran Tsegaye",
                &["Oyelaran Tsegaye"],
            ),
            ("La formatrice (Wanjiru) passe.", &["Wanjiru"]),
            ("Le témoin : E. M.    L'APJ : V. R.", &["E. M.", "V. R."]),
            ("Reçu par M. Oyelaran.", &["Oyelaran"]),
            // A participle before its agent (regression: "Édité par" opening a library
            // export read as the first name "Edite").
            ("Édité par Hugo P. (Koha)", &["Hugo P."]),
            ("Validée par Mme Roche", &["Roche"]),
            ("Appel de Renée Martin par téléphone.", &["Renée Martin"]),
        ];
        for (text, expected) in table {
            assert_eq!(names(text), *expected, "{text:?}");
        }
    }
}
