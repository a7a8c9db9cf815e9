//! Table cells: where a run of capitalised words fills a cell of a table row, and what the
//! header of its column says.
//!
//! Why: appointment lists, visitor logs, shortlists and the exports of HR, CRM or booking
//! tools put names in columns, with no sentence around them and often no name the lexicon
//! knows ("RATSIMBA Mamy", "Sneha Pillai"). What tells a reader that they are people is the
//! header of the column ("Patient", "Nom Prénom", "Candidat", "Personne visitée"), as a label
//! before a colon does on a form. Cells are separated by tabs (pasted spreadsheets, exports),
//! `|` (Markdown and text tables) or `;` (CSV); a table is a block of lines that hold the
//! separator, its header the block's first line.

/// The characters that separate the cells of a row.
const SEPARATORS: [u8; 3] = [b'\t', b'|', b';'];

/// Lines walked up at most from a row to its header: a table longer than that is read
/// without its header (rows met in order are remembered, see [`ColumnMemo`], so that a long
/// table is walked once, not once per row).
const MAX_ROWS: usize = 64;

/// A header cell longer than this is no column label.
const MAX_HEADER: usize = 40;

/// The blanks around the content of a cell.
fn blank(b: u8) -> bool {
    matches!(b, b' ' | b'\r')
}

/// Whether `bytes[start..end]` may fill a cell of a table row: only blanks between it and a
/// separator, a line break or an end of the text on both sides, and a separator on one side
/// at least. A few byte reads: most runs of prose fail at the first byte after them.
#[inline]
pub(super) fn may_fill_cell(bytes: &[u8], start: usize, end: usize) -> bool {
    let after = bytes[end..].iter().copied().find(|&b| !blank(b));
    let after_sep = match after {
        None | Some(b'\n') => false,
        Some(b) if SEPARATORS.contains(&b) => true,
        Some(_) => return false,
    };
    let before = bytes[..start].iter().rev().copied().find(|&b| !blank(b));
    match before {
        None | Some(b'\n') => after_sep,
        Some(b) => SEPARATORS.contains(&b),
    }
}

/// Whether the gap between two runs is a bare `;` or `,`, with no blank on either side: the
/// field separator of a data row ("DUPONT;Marie;Senior", "MARTIN,Paul,Compta"), not a list of
/// people going on, which prose and lists write with a blank after the mark ("Marie Dupont,
/// Paul Martin"; "Mme Roux ; M. Petit"). The cell after a name is the next column (a
/// category, a department, a town) and takes its context from that column's header.
#[inline]
pub(super) fn field_separator(gap: &[u8]) -> bool {
    matches!(gap, b";" | b",")
}

/// Whether the text before `start` on its line (from `line_start`) ends with a tab, blanks
/// aside, that no label's colon opens ("Nom :\tDUPONT" is a form's field): `start` opens a
/// cell of a table row.
#[inline]
pub(super) fn opens_cell(bytes: &[u8], line_start: usize, start: usize) -> bool {
    let before = &bytes[line_start..start];
    let Some(tab) = before.iter().rposition(|&b| !blank(b)) else {
        return false;
    };
    before[tab] == b'\t'
        && before[..tab]
            .iter()
            .rev()
            .find(|&&b| !blank(b) && b != b'\t')
            .is_some_and(|&b| b != b':')
}

/// The cell that `start..end` fills on the line `line_start..`: the separator of its row and
/// the cell's index in it (from 0), or `None` when it fills no cell.
pub(super) fn cell_of(
    text: &str,
    line_start: usize,
    start: usize,
    end: usize,
) -> Option<(u8, usize)> {
    let bytes = text.as_bytes();
    if !may_fill_cell(bytes, start, end) {
        return None;
    }
    let before = bytes[line_start..start]
        .iter()
        .rev()
        .copied()
        .find(|&b| !blank(b));
    let sep = match before {
        Some(b) if SEPARATORS.contains(&b) => b,
        _ => bytes[end..].iter().copied().find(|&b| !blank(b))?,
    };
    let index = bytes[line_start..start]
        .iter()
        .filter(|&&b| b == sep)
        .count();
    Some((sep, index))
}

/// The line that starts at `line_start`: up to its line break, without it.
pub(super) fn line_at(text: &str, line_start: usize) -> &str {
    let rest = &text[line_start..];
    match memchr::memchr(b'\n', rest.as_bytes()) {
        Some(i) => &rest[..i],
        None => rest,
    }
}

/// The start of the line before the one that starts at `line_start`, if any.
fn line_above(text: &str, line_start: usize) -> Option<usize> {
    if line_start == 0 {
        return None;
    }
    let bytes = text.as_bytes();
    Some(memchr::memrchr(b'\n', &bytes[..line_start - 1]).map_or(0, |i| i + 1))
}

/// Whether two rows have as many cells: a row with more or fewer than its header is not read
/// by the header's columns (a cell may hold the separator, or the row be another block's; the
/// engine's normalised view of a line also turns some tabs into spaces: "09:30\t…").
pub(super) fn same_cells(header: &str, row: &str, sep: u8) -> bool {
    let count = |line: &str| line.bytes().filter(|&b| b == sep).count();
    count(header) == count(row)
}

/// The cell `index` of `line` split by `sep`, trimmed of blanks and of Markdown's `*`.
pub(super) fn nth_cell(line: &str, sep: u8, index: usize) -> Option<&str> {
    let cell = line.split(char::from(sep)).nth(index)?;
    Some(cell.trim_matches([' ', '\t', '\r', '\u{a0}', '*']))
}

/// The header row of the table whose row starts at `row_start` (its separator `sep`): the
/// first line of the block of lines that hold `sep`, `None` when that is the row itself, the
/// block is longer than [`MAX_ROWS`], or the row is one of the rows remembered in `memo`
/// with no header found.
pub(super) fn header_of(
    text: &str,
    row_start: usize,
    sep: u8,
    memo: &mut ColumnMemo,
) -> Option<usize> {
    let mut top = row_start;
    let mut header = None;
    for _ in 0..MAX_ROWS {
        if memo.sep == sep && memo.row == Some(top) && top != row_start {
            header = memo.header;
            break;
        }
        match line_above(text, top) {
            Some(above) if memchr::memchr(sep, line_at(text, above).as_bytes()).is_some() => {
                top = above;
            }
            _ => {
                header = Some(top);
                break;
            }
        }
    }
    memo.sep = sep;
    memo.row = Some(row_start);
    memo.header = header;
    header.filter(|&h| h != row_start)
}

/// The last row whose header [`header_of`] looked for, and what it found.
#[derive(Default)]
pub(super) struct ColumnMemo {
    sep: u8,
    row: Option<usize>,
    header: Option<usize>,
}

/// What a folded header cell says of its column: [`Column::Surname`] for "Nom" alone, which
/// also heads columns of products and companies and names people only beside a "Prénom"
/// column; [`Column::Label`] for a cell that may be a label of people (the caller asks its
/// list of labels); [`Column::Other`] for an empty or long cell.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(super) enum Column {
    Surname,
    Label,
    Other,
}

/// [`Column`] of a folded header cell.
pub(super) fn column_kind(folded: &str) -> Column {
    let label = folded.trim_end_matches(['.', ':', ' ']);
    match label {
        "" => Column::Other,
        _ if label.len() > MAX_HEADER => Column::Other,
        "nom" | "noms" | "nom de famille" => Column::Surname,
        _ => Column::Label,
    }
}

/// Whether a folded header row holds a first-name column ("Prénom"), which makes a "Nom"
/// column one of surnames.
pub(super) fn has_first_name_column(folded_row: &str, sep: u8) -> bool {
    folded_row
        .split(char::from(sep))
        .any(|c| matches!(c.trim(), "prenom" | "prenoms" | "prenom usuel"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::person::tests::names;

    /// Names in the columns of tables headed by a label of people, and what stays out: the
    /// header itself, other columns, "Nom" over products, rows that do not fit the header.
    #[test]
    fn column_headers_name_their_cells() {
        let table: &[(&str, &[&str])] = &[
            (
                "Heure\tPatient\tMotif\n08:30\tTojo Gunawardena\tSuivi tension\n\
                 09:00\tELISSALDE Oier\tRenouvellement\n",
                &["Tojo Gunawardena", "ELISSALDE Oier"],
            ),
            (
                "Date\tNom Prénom\tSociété\tPersonne à contacter\n\
                 12/05\tSneha Pillai\tPoint P\tSolène\n",
                &["Sneha Pillai", "Solène"],
            ),
            (
                "# | Candidat | Source\n1 | SIVAPALAN Jeyanthi | France Travail\n\
                 2 | Wei Zhang | cooptation\n",
                &["SIVAPALAN Jeyanthi", "Wei Zhang"],
            ),
            (
                "Nom;Prénom;Service\nRakotondrabe;Hanitra;Comptabilité\n",
                &["Rakotondrabe", "Hanitra"],
            ),
            // "Nom" alone heads products; a motive, a company, a town are no people.
            ("Nom\tPrix\nChaise Design\t40 €\nTable Basse\t90 €\n", &[]),
            ("Patient\tVille\tMotif\nx\tMontreuil\tConsultation\n", &[]),
            // A row with more cells than its header, a header far above a blank line.
            ("Patient\tMotif\nx\tSuivi\tConsultation\n", &[]),
            ("Patient\tMotif\n\nConsultation\tSuivi\n", &[]),
            // A civility inside a cell; a role in the cell before is no context.
            (
                "Heure\tMotif\tPraticien\n08:30\tSuivi tension\tDr Ahamada\n",
                &["Ahamada"],
            ),
            ("Invité\tMme Gebreyesus\tTable 2\n", &["Gebreyesus"]),
            // A company in a CSV export: its legal form tells it.
            (
                "Date;Client;Montant\n16/05/2024;Multinord SCOP;1 020,88\n",
                &[],
            ),
            // The negatives, in cells.
            (
                "Patient\tMatériau\nx\tpierre de taille\nx\tcouleur rose\n",
                &[],
            ),
        ];
        for (text, want) in table {
            assert_eq!(names(text), *want, "{text:?}");
        }
    }

    /// Regression: a category column after a name in a CSV export ("Vétéran", "Compta") was
    /// read as a list of people going on after the name. A bare `;` or `,` separates fields;
    /// a mark with a blank after it still goes on with a list.
    #[test]
    fn category_cells_after_a_name_are_not_people() {
        let table: &[(&str, &[&str])] = &[
            (
                "nom;prenom;niveau\nGARNIER;Odile;Débutant\nPERRIN;Hugo;Confirmé\n",
                &["GARNIER", "Odile", "PERRIN", "Hugo"],
            ),
            (
                "nom,prenom,pole\nGARNIER,Odile,Logistique\nPERRIN,Hugo,Direction\n",
                &["Odile", "Hugo"],
            ),
            // The first-name column still names its cells; so does a list in prose.
            (
                "nom;prenom;niveau\nTAMBOURA;Nurlan;Expert\n",
                &["TAMBOURA", "Nurlan"],
            ),
            (
                "Présents : Odile Garnier, Nurlan Abenov ; Hugo Perrin\n",
                &["Odile Garnier", "Nurlan Abenov", "Hugo Perrin"],
            ),
            // The negatives in a CSV row.
            (
                "Odile;pierre de taille;couleur rose;Saint-Martin\n",
                &["Odile"],
            ),
        ];
        for (text, want) in table {
            assert_eq!(names(text), *want, "{text:?}");
        }
        for (gap, want) in [(";", true), (",", true), (" ;", false), (", ", false)] {
            assert_eq!(field_separator(gap.as_bytes()), want, "{gap:?}");
        }
    }

    /// (text, run) → whether the run may fill a cell, and its cell.
    #[test]
    fn cells_of_runs() {
        type Case<'a> = (&'a str, &'a str, Option<(u8, usize)>);
        let table: &[Case] = &[
            (
                "08:30\tGARABEDIAN Garnik\tRésultats",
                "GARABEDIAN Garnik",
                Some((b'\t', 1)),
            ),
            ("Heure\tPatient\tMotif", "Heure", Some((b'\t', 0))),
            ("a\tb\tSneha Pillai", "Sneha Pillai", Some((b'\t', 2))),
            ("a\tb\tSneha Pillai \r\nx", "Sneha Pillai", Some((b'\t', 2))),
            (
                "1 | PAYET Ludovic | 4 ans",
                "PAYET Ludovic",
                Some((b'|', 1)),
            ),
            ("| Awa Ndiaye |", "Awa Ndiaye", Some((b'|', 1))),
            ("Dupont;Marie;Comptable", "Marie", Some((b';', 1))),
            // Prose, a line alone, a cell with more than the run, a civility before it.
            ("Appeler Tojo Gunawardena demain.", "Tojo Gunawardena", None),
            ("Tojo Gunawardena", "Tojo Gunawardena", None),
            ("a\tsans porc pour Josette\tb", "Josette", None),
            ("a\tDr Ahamada\tb", "Ahamada", None),
            (
                "pour Josette Delacroix ; végétarien",
                "Josette Delacroix",
                None,
            ),
        ];
        for &(text, run, want) in table {
            let start = text.find(run).unwrap();
            let end = start + run.len();
            let line_start = text[..start].rfind('\n').map_or(0, |i| i + 1);
            assert_eq!(cell_of(text, line_start, start, end), want, "{text:?}");
            assert_eq!(
                may_fill_cell(text.as_bytes(), start, end),
                want.is_some(),
                "{text:?}"
            );
        }
    }

    #[test]
    fn cell_openings() {
        let table: &[(&str, &str, bool)] = &[
            ("Patient\tVille", "Ville", true),
            ("08:30\t Tojo", "Tojo", true),
            ("Nom :\tDUPONT", "DUPONT", false),
            ("Nom :\t\tDUPONT", "DUPONT", false),
            ("\tDupont", "Dupont", false),
            ("Suivi\tDr Ahamada", "Ahamada", false),
            ("avec Marie", "Marie", false),
        ];
        for &(text, run, want) in table {
            let start = text.find(run).unwrap();
            assert_eq!(opens_cell(text.as_bytes(), 0, start), want, "{text:?}");
        }
    }

    #[test]
    fn headers_are_the_first_line_of_the_block() {
        let text = "Planning\n\nHeure\tPatient\n08:30\tA B\n09:00\tC D\n\nNotes\tx";
        let mut memo = ColumnMemo::default();
        let row = |n: &str| text.find(n).unwrap();
        let header = Some(row("Heure"));
        assert_eq!(header_of(text, row("08:30"), b'\t', &mut memo), header);
        // The next row stops at the remembered one.
        assert_eq!(header_of(text, row("09:00"), b'\t', &mut memo), header);
        // The header row has no header; nor has a row whose block is itself.
        assert_eq!(header_of(text, row("Heure"), b'\t', &mut memo), None);
        assert_eq!(header_of(text, row("Notes"), b'\t', &mut memo), None);
        // A fresh memo gives the same answers.
        assert_eq!(
            header_of(text, row("09:00"), b'\t', &mut ColumnMemo::default()),
            header
        );
        assert_eq!(nth_cell("Heure\tPatient\tMotif", b'\t', 1), Some("Patient"));
        assert_eq!(nth_cell("| # | **Candidat** |", b'|', 2), Some("Candidat"));
        assert_eq!(nth_cell("a\tb", b'\t', 5), None);
        assert!(same_cells(
            "Heure\tPatient\tMotif",
            "08:30\tA B\tSuivi",
            b'\t'
        ));
        assert!(!same_cells(
            "Heure\tPatient\tMotif",
            "08:30 A B\tSuivi",
            b'\t'
        ));
    }

    #[test]
    fn column_kinds() {
        let table: &[(&str, Column)] = &[
            ("patient", Column::Label),
            ("nom prenom", Column::Label),
            ("nom", Column::Surname),
            ("nom :", Column::Surname),
            ("", Column::Other),
            (
                "une tres longue cellule d'en-tete de tableau",
                Column::Other,
            ),
        ];
        for &(label, want) in table {
            assert_eq!(column_kind(label), want, "{label:?}");
        }
        assert!(has_first_name_column("nom\tprenom\tservice", b'\t'));
        assert!(!has_first_name_column("nom\tprix\tquantite", b'\t'));
    }
}
