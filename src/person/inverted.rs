//! Names written surname first with a comma, as registers and sign-up sheets sort them:
//! "BOUZID, Soraya" in a table cell, "- HÉBERT, Alix (liste A)" in a list.
//!
//! Why: the first name alone is what the lexicon knows, so a name found that way lost its
//! surname ("BOUZID, Soraya" was found as "Soraya"), and a surname found alone lost its first
//! name ("MUNTEANU, Bożena" as "MUNTEANU"); the comma parts them where a space would have
//! joined them. The pair is taken whole only when it is a whole cell: the surname in capitals
//! opens a cell, a line or a list item, and the first name ends one. In running text a word in
//! capitals before a comma is a heading or a shout ("ATTENTION, Marie a appelé"), and the
//! first name goes on with the sentence.

/// At most this many bytes of capitals before the comma ("GOMES MAGALHÃES", "DE LESTRANGE").
const MAX_SURNAME_BYTES: usize = 40;

/// At most this many words in the surname.
const MAX_SURNAME_WORDS: usize = 3;

/// The span of the name found at `start..end` of `text` widened to a whole "SURNAME,
/// Firstname" cell: across the comma before it when it is the first name, then across the
/// comma after it when it is the surname (see [`start_with_surname`], [`end_with_first_name`]).
#[inline]
pub(super) fn whole_cell(text: &str, start: usize, end: usize) -> (usize, usize) {
    let start = start_with_surname(text, start, end);
    (start, end_with_first_name(text, start, end))
}

/// Where the name really starts when the name found at `start..end` of `text` is the first
/// name of "SURNAME, Firstname" making up a whole cell: the surname's start, else `start`.
/// Most names have no ", " before them: told by two bytes before anything else is read.
#[inline]
fn start_with_surname(text: &str, start: usize, end: usize) -> usize {
    let bytes = text.as_bytes();
    if start < 2 || &bytes[start - 2..start] != b", " {
        return start;
    }
    // A full name after the comma is the next of a list ("Présents : KO, Marie Dupont").
    if bytes[start..end].contains(&b' ') {
        return start;
    }
    surname_before(text, start - 2, end).unwrap_or(start)
}

/// Where the name really ends when the name found at `start..end` of `text` is the surname in
/// capitals of "SURNAME, Firstname" making up a whole cell: the first name's end, else `end`.
#[inline]
fn end_with_first_name(text: &str, start: usize, end: usize) -> usize {
    let bytes = text.as_bytes();
    if bytes.get(end) != Some(&b',') || bytes.get(end + 1) != Some(&b' ') {
        return end;
    }
    first_name_after(text, start, end).unwrap_or(end)
}

/// The start of the surname in capitals that ends at `comma` (the comma of ", " before the
/// first name ending at `end`), when it opens a cell and the first name ends one.
#[inline(never)]
fn surname_before(text: &str, comma: usize, end: usize) -> Option<usize> {
    if !ends_cell(text.as_bytes(), end) {
        return None;
    }
    let head = &text[..comma];
    let mut start = comma;
    for (i, c) in head.char_indices().rev() {
        if comma - i > MAX_SURNAME_BYTES {
            return None;
        }
        if is_capital(c) || matches!(c, '-' | '\'' | '’' | ' ') {
            start = i;
        } else {
            break;
        }
    }
    // A run of spaces parts the surname from a cell before it ("DUPONT   BODIN, Jean").
    let start = text[start..comma]
        .rfind("  ")
        .map_or(start, |at| start + at + 2);
    // The spaces the walk took in before the surname part it from the cell before; a dash
    // before them opens a list item ("- HÉBERT, Alix").
    let run = &text[start..comma];
    let start = start + run.len() - run.trim_start_matches([' ', '-', '\'', '’']).len();
    (start < comma && is_surname(&text[start..comma]) && opens_cell(text.as_bytes(), start))
        .then_some(start)
}

/// The end of the first name after ", " that follows the surname in capitals at
/// `start..comma`, when the surname opens a cell and the first name ends one.
#[inline(never)]
fn first_name_after(text: &str, start: usize, comma: usize) -> Option<usize> {
    // The bytes around first: most names before a comma open no cell ("Marie Dupont, DRH").
    if !opens_cell(text.as_bytes(), start) || !is_surname(&text[start..comma]) {
        return None;
    }
    let from = comma + 2;
    let mut chars = text[from..].char_indices();
    let (_, first) = chars.next()?;
    if !is_capital(first) {
        return None;
    }
    let mut end = from + first.len_utf8();
    let mut letters = 1;
    let mut after_hyphen = false;
    for (i, c) in chars {
        let ok = if after_hyphen {
            is_capital(c)
        } else {
            c.is_lowercase() && c.is_alphabetic() || c == '-' && letters >= 2
        };
        if !ok {
            break;
        }
        after_hyphen = c == '-';
        letters += usize::from(c != '-');
        end = from + i + c.len_utf8();
    }
    (letters >= 2 && !after_hyphen && ends_cell(text.as_bytes(), end)).then_some(end)
}

fn is_capital(c: char) -> bool {
    c.is_uppercase() && c.is_alphabetic()
}

/// One to [`MAX_SURNAME_WORDS`] words in capitals of two letters or more, one of them with a
/// vowel (or a letter outside ASCII): "NB" or "RDC" before a comma are notes and codes.
fn is_surname(run: &str) -> bool {
    let mut words = 0;
    for word in run.split(' ') {
        words += 1;
        let letters = word.chars().filter(|c| c.is_alphabetic()).count();
        if words > MAX_SURNAME_WORDS
            || letters < 2
            || !word
                .chars()
                .all(|c| is_capital(c) || matches!(c, '-' | '\'' | '’'))
            || word.starts_with(['-', '\'', '’'])
        {
            return false;
        }
    }
    run.chars()
        .any(|c| matches!(c, 'A' | 'E' | 'I' | 'O' | 'U' | 'Y') || !c.is_ascii())
}

/// Whether `at` opens a cell, a line or a list item: the text's or a line's start, a tab, a
/// `|` or `;` separator, a run of spaces (aligned columns), a label's colon, or a dash or star
/// opening a line.
fn opens_cell(bytes: &[u8], at: usize) -> bool {
    let before = &bytes[..at];
    let spaces = before.iter().rev().take_while(|&&b| b == b' ').count();
    let rest = &before[..at - spaces];
    match rest.last() {
        None | Some(b'\n' | b'\r' | b'\t' | b'|' | b';') => true,
        Some(_) if spaces >= 2 => true,
        // The value of a label ("Mère : BRIAND, Ambre").
        Some(b':') => spaces == 1,
        Some(b'-' | b'*') if spaces == 1 => {
            let line = &rest[..rest.len() - 1];
            let indent = line.iter().rev().take_while(|&&b| b == b' ').count();
            matches!(line[..line.len() - indent].last(), None | Some(b'\n'))
        }
        _ => false,
    }
}

/// Whether `at` ends a cell: the text's or a line's end, a tab, a `;` or `|` separator, a run
/// of spaces, or a space before `|`, `/` (a second name in the cell), `(` or a dash (a note).
fn ends_cell(bytes: &[u8], at: usize) -> bool {
    match bytes.get(at) {
        None | Some(b'\n' | b'\r' | b'\t' | b';' | b'|') => true,
        Some(b' ') => match bytes.get(at + 1..) {
            // A dash after it: what follows is a note on the name ("BRIAND, Ambre — droits").
            Some([0xE2, 0x80, 0x93 | 0x94, ..]) => true,
            Some(rest) => matches!(
                rest.first(),
                None | Some(b' ' | b'|' | b'/' | b'(' | b'\n' | b'\r')
            ),
            None => true,
        },
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::person::tests::names;

    /// (text, the name found's span as `start..end` of the first name, where it starts).
    #[test]
    fn surname_before_first_name() {
        let table: &[(&str, &str, Option<&str>)] = &[
            (
                "| B334 | BOUZID, Soraya | T1 |",
                "Soraya",
                Some("BOUZID, Soraya"),
            ),
            ("A152;DOS REIS, Odete;T1", "Odete", Some("DOS REIS, Odete")),
            ("LÊ, Huy\ttrompette", "Huy", Some("LÊ, Huy")),
            ("- HÉBERT, Alix (liste A)", "Alix", Some("HÉBERT, Alix")),
            (
                "12/08   BODIN, François-Xavier   F.-X. B.",
                "François-Xavier",
                Some("BODIN, François-Xavier"),
            ),
            (
                "KAPLAN, Zozan / Ornella Santoro",
                "Zozan",
                Some("KAPLAN, Zozan"),
            ),
            (
                "Mère : BRIAND, Ambre — droits de visite",
                "Ambre",
                Some("BRIAND, Ambre"),
            ),
            ("Objet : URGENT, Marie a appelé", "Marie", None),
            ("Présents : KO, Marie Dupont", "Marie Dupont", None),
            // Running text: the first name goes on with the sentence.
            ("ATTENTION, Marie a appelé", "Marie", None),
            // The capitals open no cell.
            ("Voir M. DUPONT, Marie\n", "Marie", None),
            ("Jean DUPONT, Marie\n", "Marie", None),
            // A code, not a surname: no vowel.
            ("RDC, Marie\n", "Marie", None),
            // Four words in capitals: a heading.
            ("LISTE DES SALLES LIBRES, Marie\n", "Marie", None),
            ("Marie\n", "Marie", None),
            ("RENAUD   BODIN, Jean\n", "Jean", Some("BODIN, Jean")),
        ];
        for &(text, first, expected) in table {
            let start = text.find(first).unwrap();
            let end = start + first.len();
            let got = start_with_surname(text, start, end);
            let want = expected.map_or(start, |name| text.find(name).unwrap());
            assert_eq!(got, want, "{text:?}");
        }
    }

    /// (text, surname found, the name it becomes).
    #[test]
    fn first_name_after_surname() {
        let table: &[(&str, &str, &str)] = &[
            ("MUNTEANU, Bożena\tBureau 2", "MUNTEANU", "MUNTEANU, Bożena"),
            ("| BÙI, Thắng | 12 |", "BÙI", "BÙI, Thắng"),
            ("- CHARLES, Marie-Ange\n", "CHARLES", "CHARLES, Marie-Ange"),
            ("MUNTEANU, Bożena et les autres", "MUNTEANU", "MUNTEANU"),
            ("MUNTEANU, bureau 2\n", "MUNTEANU", "MUNTEANU"),
            ("MUNTEANU, B.\n", "MUNTEANU", "MUNTEANU"),
            ("Voir MUNTEANU, Bożena\n", "MUNTEANU", "MUNTEANU"),
            ("MUNTEANU, Marie-\n", "MUNTEANU", "MUNTEANU"),
        ];
        for &(text, surname, expected) in table {
            let start = text.find(surname).unwrap();
            let end = end_with_first_name(text, start, start + surname.len());
            assert_eq!(&text[start..end], expected, "{text:?}");
        }
    }

    /// (text, names found): the whole "SURNAME, Firstname" cell is one name.
    #[test]
    fn regression_inverted_name_cell_lost_its_surname() {
        let table: &[(&str, &[&str])] = &[
            (
                "| Chambre | Résident | École |\n| B334 | BOUZID, Soraya | École d'infirmiers |\n",
                &["BOUZID, Soraya"],
            ),
            ("- HÉBERT, Alix (liste A)\n", &["HÉBERT, Alix"]),
            (
                "ATTENTION, Marie Dupont a appelé ce matin.",
                &["Marie Dupont"],
            ),
        ];
        for &(text, expected) in table {
            assert_eq!(names(text), expected, "{text:?}");
        }
    }
}
