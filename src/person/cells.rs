//! Table cells: where a run of capitalised words fills a cell of a table row, and what the
//! header of its column says.
//!
//! Why: appointment lists, visitor logs, shortlists and the exports of HR, CRM or booking
//! tools put names in columns, with no sentence around them and often no name the lexicon
//! knows ("RATSIMBA Mamy", "Sneha Pillai"). What tells a reader that they are people is the
//! header of the column ("Patient", "Nom Prénom", "Candidat", "Personne visitée"), as a label
//! before a colon does on a form. Cells are separated by tabs (pasted spreadsheets, exports),
//! `|` (Markdown and text tables), `;` or `,` with no blank after it (CSV); a table is a block of lines that hold the
//! separator, its header the block's first line. Reports printed from payroll, race-timing
//! or directory software align their columns with runs of spaces instead: there a cell is
//! what lies between two such runs, a table is a block of lines that hold one, and a cell
//! belongs to the header cell that starts at the same character column.

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

/// Blanks that separate two cells of a row aligned by spaces: one space separates words.
const GAP: usize = 2;

/// Whether `bytes[start..end]` may fill a cell of a row aligned by spaces: a gap of
/// [`GAP`] spaces or more after it and the line's start or a gap before it, or a gap before
/// it and the line's end after it. A few byte reads: prose has one space around its words.
#[inline]
pub(super) fn may_fill_aligned_cell(bytes: &[u8], start: usize, end: usize) -> bool {
    // Most runs are followed by one space and a word, or a punctuation mark: told by two
    // bytes, without the call.
    let gap_after = bytes.get(end) == Some(&b' ') && bytes.get(end + 1) == Some(&b' ');
    if !gap_after && !matches!(bytes.get(end), None | Some(b'\n' | b'\r')) {
        return false;
    }
    may_fill_aligned_cell_in_full(bytes, start, end)
}

/// [`may_fill_aligned_cell`] past its first test.
#[inline(never)]
fn may_fill_aligned_cell_in_full(bytes: &[u8], start: usize, end: usize) -> bool {
    let spaces_after = bytes[end..].iter().take_while(|&&b| b == b' ').count();
    let after_end = matches!(bytes.get(end + spaces_after), None | Some(b'\n' | b'\r'));
    if spaces_after < GAP && !after_end {
        return false;
    }
    let spaces_before = bytes[..start]
        .iter()
        .rev()
        .take_while(|&&b| b == b' ')
        .count();
    let before_start = start == spaces_before || bytes[start - spaces_before - 1] == b'\n';
    if spaces_before >= GAP && !before_start {
        // A gap before: a cell when a gap or the line's end follows.
        return true;
    }
    before_start && !after_end && spaces_after >= GAP
}

/// Whether a gap of [`GAP`] spaces stands right before `start`: the words before are another
/// cell of a row aligned by spaces, no context of the run at `start` ("Salarié    Ville").
#[inline]
pub(super) fn after_gap(bytes: &[u8], start: usize) -> bool {
    start >= GAP && bytes[start - GAP..start].iter().all(|&b| b == b' ')
}

/// The later field that `value`, the text of a form line from the colon after its first
/// label up to a run, holds, as where its label starts and where its colon is: a gap of
/// [`GAP`] spaces or a tab after some text, then the label and its colon ("Salariée :
/// KOUASSI Awa    Poste : Cariste"). The run then fills that field: its label, not the first
/// one, says what the run is. A colon after a digit ("10:30") is a time, no label's.
pub(super) fn next_field(value: &[u8]) -> Option<(usize, usize)> {
    // Most values hold no colon: told by one search.
    let colon = memchr::memrchr(b':', value)?;
    if colon > 0 && value[colon - 1].is_ascii_digit() {
        return None;
    }
    let body = value[..colon].iter().position(|&b| !blank(b))?;
    let head = &value[body..colon];
    let tab = memchr::memrchr(b'\t', head).map(|i| i + 1);
    let spaces = head
        .windows(GAP)
        .rposition(|w| w.iter().all(|&b| b == b' '));
    let gap = tab.max(spaces.map(|i| i + GAP))?;
    let label = gap + head[gap..].iter().take_while(|&&b| blank(b)).count();
    (label < head.len()).then_some((body + label, colon))
}

/// Whether `line` holds a gap of [`GAP`] spaces or more between two non-blank characters: a
/// row of a table aligned by spaces.
pub(super) fn has_gap(line: &str) -> bool {
    let body = line.trim_matches([' ', '\t', '\r']);
    body.as_bytes()
        .windows(GAP)
        .any(|w| w.iter().all(|&b| b == b' '))
}

/// The cells of a line aligned by spaces: each cell's text and the character column it
/// starts at.
pub(super) fn aligned_cells(line: &str) -> impl Iterator<Item = (usize, &str)> {
    let mut column = 0;
    let mut rest = line.trim_end_matches([' ', '\r']);
    std::iter::from_fn(move || {
        let body = rest.trim_start_matches(' ');
        column += rest.len() - body.len();
        if body.is_empty() {
            return None;
        }
        let len = body.find("  ").unwrap_or(body.len());
        let cell = &body[..len];
        let at = column;
        column += cell.chars().count();
        rest = &body[len..];
        Some((at, cell))
    })
}

/// The header cell of an aligned table whose character column is `column`.
pub(super) fn aligned_cell_at(header: &str, column: usize) -> Option<&str> {
    aligned_cells(header)
        .find(|&(at, _)| at >= column)
        .filter(|&(at, _)| at == column)
        .map(|(_, cell)| cell)
}

/// The header cell over the cell of `row` that starts at character `column`, when the header
/// starts no cell there: the cell of the same rank, if the two lines hold as many cells, three
/// or more. Typed tables often shift a column's values off its title ("N° RG        Demandeur"
/// over "20/06938  DURAND PAUL"), each line still one cell per column.
pub(super) fn aligned_cell_by_rank<'h>(
    header: &'h str,
    row: &str,
    column: usize,
) -> Option<&'h str> {
    let rank = aligned_cells(row).position(|(at, _)| at == column)?;
    let cells = aligned_cells(row).count();
    (cells >= 3 && aligned_cells(header).count() == cells)
        .then(|| aligned_cells(header).nth(rank).map(|(_, cell)| cell))
        .flatten()
}

/// Whether a folded header row aligned by spaces holds a first-name column.
pub(super) fn has_aligned_first_name_column(folded_row: &str) -> bool {
    aligned_cells(folded_row).any(|(_, c)| matches!(c, "prenom" | "prenoms" | "prenom usuel"))
}

/// Whether `bytes[start..end]` may fill a cell of a table row: only blanks between it and a
/// separator, a line break or an end of the text on both sides, and a separator on one side
/// at least. A few byte reads: most runs of prose fail at the first byte after them.
#[inline]
pub(super) fn may_fill_cell(bytes: &[u8], start: usize, end: usize) -> bool {
    let after = bytes[end..].iter().copied().find(|&b| !blank(b));
    let before = || bytes[..start].iter().rev().copied().find(|&b| !blank(b));
    let after_sep = match after {
        None | Some(b'\n') => false,
        Some(b',') if csv_comma(bytes, end) => true,
        // Two people in one cell ("KOVALENKO Yaroslav / Ioana Petrescu"): the separator is
        // on the other side.
        Some(b'/') => return before().is_some_and(|b| SEPARATORS.contains(&b)),
        Some(b) if SEPARATORS.contains(&b) => true,
        Some(_) => return false,
    };
    match before() {
        None | Some(b'\n') => after_sep,
        Some(b',') => start > 0 && csv_comma(bytes, start - 1),
        Some(b'/') => after_sep && after != Some(b','),
        Some(b) => SEPARATORS.contains(&b),
    }
}

/// Whether the bytes right after `end` may close a cell as [`may_fill_cell`] reads it: a
/// separator, a line break, '/', a CSV comma or the end of the text, or a blank before one of
/// those or before another blank. A necessary condition of [`may_fill_cell`] read from two
/// bytes, for callers that ask of every name of a text: most names are followed by a blank
/// and a word, ", ", " (", " <" or a full stop, in no cell.
#[inline]
pub(super) fn may_close_cell(bytes: &[u8], end: usize) -> bool {
    match bytes.get(end) {
        None | Some(b'\t' | b'|' | b';' | b'\n' | b'\r' | b'/') => true,
        Some(b',') => csv_comma(bytes, end),
        Some(b' ') => matches!(
            bytes.get(end + 1),
            None | Some(b' ' | b'\r' | b'\t' | b'|' | b';' | b'\n' | b',' | b'/')
        ),
        _ => false,
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

/// Whether `bytes[i]` is a comma that separates the cells of a CSV row: no blank after it
/// ("KAZADI,Mbuyi,U15"), where a comma of prose has one ("Paris, Lyon").
#[inline]
pub(super) fn csv_comma(bytes: &[u8], i: usize) -> bool {
    bytes[i] == b',' && !bytes.get(i + 1).is_some_and(|&b| blank(b))
}

/// How many `sep` bytes `line` holds outside double quotes (CSV quotes a cell that holds
/// the separator: `"1447,00"`).
fn count_outside_quotes(line: &[u8], sep: u8) -> usize {
    let mut quoted = false;
    let mut count = 0;
    for &b in line {
        quoted ^= b == b'"';
        count += usize::from(b == sep && !quoted);
    }
    count
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

/// Whether the word at `start` opens its line, a bulleted item or a cell of a row: nothing
/// but blanks before it on its line, or a bullet ("- ", "* ", "• "), a tab, `;`, `|` or a
/// quote before it, a comma glued to it (a CSV field), or two blanks or more (an aligned
/// column).
pub(super) fn opens_line_or_cell(bytes: &[u8], start: usize) -> bool {
    let before = &bytes[..start];
    let Some(k) = before.iter().rev().position(|&b| b != b' ') else {
        return true;
    };
    let at = before.len() - 1 - k;
    k >= 2
        || match before[at] {
            b'\n' | b'\r' | b'\t' | b';' | b'|' | b'"' => true,
            b',' => k == 0,
            b'-' | b'*' if k == 1 => opens_line(before, at),
            0xA2 if k == 1 && at >= 2 && before[at - 2..at] == [0xE2, 0x80] => {
                opens_line(before, at - 2)
            }
            _ => false,
        }
}

/// Whether only blanks stand before byte `at` on its line (a bullet's place). A loop, not a
/// call back into [`opens_line_or_cell`]: a line of "- - - …" would nest one call per
/// dash.
fn opens_line(bytes: &[u8], at: usize) -> bool {
    bytes[..at]
        .iter()
        .rev()
        .find(|&&b| b != b' ' && b != b'\t')
        .is_none_or(|&b| b == b'\n' || b == b'\r')
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
        Some(b) if SEPARATORS.contains(&b) || b == b',' => b,
        _ => bytes[end..].iter().copied().find(|&b| !blank(b))?,
    };
    Some((sep, count_outside_quotes(&bytes[line_start..start], sep)))
}

/// The other cells of the column of the cell that `start..end` fills, in the rows of its block
/// (the lines around it with as many cells, at most `reach` each way), each as its byte range
/// trimmed, given to `each`; `false` when `start..end` is not all of a cell of a row split by
/// `|`, a tab or `;`, or when its row opens the block (a header).
pub(super) fn column_cells(
    text: &str,
    start: usize,
    end: usize,
    reach: usize,
    mut each: impl FnMut(usize, usize),
) -> bool {
    let bytes = text.as_bytes();
    let line_start = memchr::memrchr(b'\n', &bytes[..start]).map_or(0, |i| i + 1);
    let Some((sep, index)) = cell_of(text, line_start, start, end) else {
        return false;
    };
    let row = line_at(text, line_start);
    if sep == b',' || nth_cell(row, sep, index) != Some(&text[start..end]) {
        return false;
    }
    // The row's cells are counted once, not once a line walked over ([`same_cells`]).
    let row_seps = count_outside_quotes(row.as_bytes(), sep);
    let cell_of_line = |line: &str| {
        if count_outside_quotes(line.as_bytes(), sep) != row_seps {
            return false;
        }
        if let Some(cell) = nth_cell(line, sep, index) {
            let at = cell.as_ptr() as usize - text.as_ptr() as usize;
            each(at, at + cell.len());
        }
        true
    };
    walk_column(text, line_start, row.len(), reach, cell_of_line)
}

/// [`column_cells`] for a table aligned by spaces: the cells of the same rank in the lines
/// of the block around the row of `start..end` (lines that hold a gap, [`has_gap`]), each
/// given to `each`; `false` when `start..end` is not all of a cell of its row or its row
/// opens the block (a header). Ranks, not character columns: typed schedules and registers do not pad their
/// cells ("09h45  Anne Roy  plasma" over "11h00  Cheikh Diouara  1er don"). A row that has no
/// cell of the run's rank, or another count of cells and the cell elsewhere, ends the walk,
/// as a line with no gap does.
pub(super) fn aligned_column_cells(
    text: &str,
    start: usize,
    end: usize,
    reach: usize,
    mut each: impl FnMut(usize, usize),
) -> bool {
    let line_start = memchr::memrchr(b'\n', &text.as_bytes()[..start]).map_or(0, |i| i + 1);
    let row = line_at(text, line_start);
    let Some(rank) = aligned_cells(row).position(|(_, cell)| {
        cell.as_ptr() as usize - text.as_ptr() as usize == start && cell.len() == end - start
    }) else {
        return false;
    };
    let cells = aligned_cells(row).count();
    let column = text[line_start..start].chars().count();
    let cell_of_line = |line: &str| {
        if !has_gap(line) {
            return false;
        }
        match aligned_cells(line).nth(rank) {
            // The same rank in a row of as many cells, or at the same character column: a
            // row whose first cells hold a single space between words is read by neither.
            Some((at, cell)) if at == column || aligned_cells(line).count() == cells => {
                let at = cell.as_ptr() as usize - text.as_ptr() as usize;
                each(at, at + cell.len());
                true
            }
            _ => false,
        }
    };
    // The block's first line is its header.
    walk_column(text, line_start, row.len(), reach, cell_of_line)
}

/// The walk of [`column_cells`] and [`aligned_column_cells`] from the row at `line_start`
/// (`row_len` bytes): up to `reach` lines above, then below, while `cell_of_line` reads a
/// cell of the column in the line; `false` when no line above does (the row opens its block:
/// a header, or a table of one row), before any line below is read.
fn walk_column(
    text: &str,
    line_start: usize,
    row_len: usize,
    reach: usize,
    mut cell_of_line: impl FnMut(&str) -> bool,
) -> bool {
    let mut at = line_start;
    for _ in 0..reach {
        match line_above(text, at) {
            Some(above) if cell_of_line(line_at(text, above)) => at = above,
            _ => break,
        }
    }
    if at == line_start {
        return false;
    }
    let mut at = line_start + row_len;
    for _ in 0..reach {
        if at >= text.len() {
            break;
        }
        let line = line_at(text, at + 1);
        if !cell_of_line(line) {
            break;
        }
        at += 1 + line.len();
    }
    true
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
    count_outside_quotes(header.as_bytes(), sep) == count_outside_quotes(row.as_bytes(), sep)
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
    header_of_block(text, row_start, sep, memo, |line| {
        memchr::memchr(sep, line.as_bytes()).is_some()
    })
}

/// The header row of the table aligned by spaces whose row starts at `row_start`: as
/// [`header_of`], the block being the lines that hold a gap ([`has_gap`]).
pub(super) fn aligned_header_of(
    text: &str,
    row_start: usize,
    memo: &mut ColumnMemo,
) -> Option<usize> {
    header_of_block(text, row_start, b' ', memo, has_gap)
}

/// [`header_of`] for the blocks of lines that `in_block` tells, remembered under `sep`.
fn header_of_block(
    text: &str,
    row_start: usize,
    sep: u8,
    memo: &mut ColumnMemo,
    in_block: impl Fn(&str) -> bool,
) -> Option<usize> {
    let mut top = row_start;
    let mut header = None;
    for _ in 0..MAX_ROWS {
        if memo.sep == sep && memo.row == Some(top) && top != row_start {
            header = memo.header;
            break;
        }
        match line_above(text, top) {
            Some(above) if in_block(line_at(text, above)) => {
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
    /// (the value after a form line's first label, up to a run) → whether another field
    /// opens in it.
    #[test]
    fn later_fields_of_a_form_line() {
        let table: &[(&str, Option<&str>)] = &[
            (" KOUASSI Awa    Poste : ", Some("Poste ")),
            (" KOUASSI Awa\tService : ", Some("Service ")),
            (" Rémi Talon   Prénom(s) : ", Some("Prénom(s) ")),
            (" Rémi Talon  \t Date d'entrée : ", Some("Date d'entrée ")),
            // One space, a time, no colon, nothing between the gap and the colon.
            (" Rémi Talon Poste : ", None),
            (" Rémi Talon    arrivé 10:", None),
            (" Rémi Talon, Awa Diop  ", None),
            (" Rémi Talon    : ", None),
            ("    Poste : ", None),
            (" ", None),
            ("", None),
        ];
        for &(value, want) in table {
            let got = super::next_field(value.as_bytes()).map(|(s, e)| &value[s..e]);
            assert_eq!(got, want, "{value:?}");
        }
    }

    /// (header, row, the row's cell) → the header cell over it.
    #[test]
    fn cells_shifted_off_their_titles_match_by_rank() {
        let table: &[(&str, &str, &str, Option<&str>)] = &[
            (
                "N°    Nom          Ville",
                "1  DURAND PAUL  Lyon",
                "DURAND PAUL",
                Some("Nom"),
            ),
            (
                "N°    Nom          Ville",
                "1  DURAND PAUL  Lyon",
                "Lyon",
                Some("Ville"),
            ),
            // Other counts of cells, or two columns only: no header.
            (
                "N°    Nom          Ville",
                "1  DURAND PAUL",
                "DURAND PAUL",
                None,
            ),
            ("Nom          Ville", "DURAND PAUL  Lyon", "Lyon", None),
        ];
        for &(header, row, cell, want) in table {
            let column = row[..row.find(cell).unwrap()].chars().count();
            assert_eq!(aligned_cell_by_rank(header, row, column), want, "{row:?}");
        }
    }

    use super::*;

    #[test]
    fn words_that_open_a_line_or_cell() {
        let table: &[(&str, bool)] = &[
            ("Youa", true),
            ("x\nYoua", true),
            ("x\n  Youa", true),
            ("9:00\tYoua", true),
            ("Salle;Youa", true),
            ("| Youa", true),
            ("\"Youa", true),
            ("Salle,Youa", true),
            ("Ville         Youa", true),
            ("couturière, Youa", false),
            ("avec Youa", false),
            ("- Youa", true),
            ("  • Youa", true),
            ("x\n* Youa", true),
            ("Voir - Youa", false),
            ("x - - Youa", false),
        ];
        for &(text, want) in table {
            let start = text.find("Youa").unwrap();
            assert_eq!(opens_line_or_cell(text.as_bytes(), start), want, "{text:?}");
        }
    }

    /// A line of a million bullets is read in one step back, with no call per bullet.
    #[test]
    fn a_long_line_of_bullets() {
        let text = format!("{}Youa", "- ".repeat(1 << 20));
        assert!(!opens_line_or_cell(text.as_bytes(), text.len() - 4));
    }
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
            // Comma-separated exports, a quoted decimal comma in a row; the categories of
            // the next column are no list going on after the name.
            (
                "Nom,Prénom,Catégorie,Montant,Référent\n\
                 OKAFOR,Nnamdi,Senior,\"40,00\",Adaeze Okonjo\n\
                 Volkova,Irina,Loisir,\"20,00\",I. Petrescu\n",
                &[
                    "OKAFOR",
                    "Nnamdi",
                    "Adaeze Okonjo",
                    "Volkova",
                    "Irina",
                    "I. Petrescu",
                ],
            ),
            (
                "Patient;Motif\nTsegaye Amanuel;Vétéran\n",
                &["Tsegaye Amanuel"],
            ),
            // Two people in one cell of a booking; a route between two towns is no one.
            (
                "Chambre | Occupant(s) | Type\n12 | Irina Volkova / OKAFOR Nnamdi | Twin\n",
                &["Irina Volkova", "OKAFOR Nnamdi"],
            ),
            ("Trajet | Tarif\nLyon / Saint-Martin | 40 €\n", &[]),
            // Prose commas have a blank after them.
            ("Nom, Ville, Pays\nLyon, Paris, France\n", &[]),
            // The negatives, in cells.
            (
                "Patient\tMatériau\nx\tpierre de taille\nx\tcouleur rose\n",
                &[],
            ),
            // A column of rooms named after people (regression: "Molière" under "salle").
            (
                "salle;date;organisateur\nColette;12/05/2026;Hugo Perrin\n\
                 Salle Curie;13/05/2026;Odile Garnier\n",
                &["Hugo Perrin", "Odile Garnier"],
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
                &["GARNIER", "Odile", "PERRIN", "Hugo"],
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
            ("OKAFOR,Nnamdi,Senior", "Nnamdi", Some((b',', 1))),
            ("\"1,5\",x,Irina Volkova", "Irina Volkova", Some((b',', 2))),
            ("Lyon, Irina Volkova, Paris", "Irina Volkova", None),
            (
                "101 | Irina Volkova / OKAFOR Nnamdi | Twin",
                "Irina Volkova",
                Some((b'|', 1)),
            ),
            (
                "101 | Irina Volkova / OKAFOR Nnamdi | Twin",
                "OKAFOR Nnamdi",
                Some((b'|', 1)),
            ),
            ("entrée / Irina Volkova / sortie", "Irina Volkova", None),
            ("Irina Volkova / OKAFOR Nnamdi", "Irina Volkova", None),
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

    /// (text, the run, the other cells of its aligned column, nearest first upwards, then
    /// downwards; `None` when it has none).
    #[test]
    fn aligned_columns_by_rank() {
        let table: &[(&str, &str, Option<&[&str]>)] = &[
            // Unpadded rows of as many cells: by rank.
            (
                "08h30  Marie Dupont  plasma\n09h15  Tokunbo Oyelaran  sang total\n\
                 10h00  Kévin Techer  plaquettes\n",
                "Tokunbo Oyelaran",
                Some(&["Marie Dupont", "Kévin Techer"]),
            ),
            // Rows of other counts of cells: by the character column.
            (
                "Lot  Titulaire     Durée    État\nB-4  DURAND Paul   15 ans   échue\n\
                 C-8  TABOU MARC    30 ans\n",
                "TABOU MARC",
                Some(&["DURAND Paul", "Titulaire"]),
            ),
            // A row whose first cells hold one space between words is not read by rank.
            (
                "id  Nom  Outil\nab  Marie Dupont  Jira\nlongidentifiant Kévin Techer  Jira\n",
                "Marie Dupont",
                Some(&["Nom"]),
            ),
            // The header opens the block: no column of its own.
            ("Heure  Patient\n08h30  Marie Dupont\n", "Patient", None),
            // A run that is part of a cell only.
            ("Heure  Patient\n08h30  Marie Dupont\n", "Dupont", None),
        ];
        for &(text, run, want) in table {
            let start = text.find(run).unwrap();
            let mut got = Vec::new();
            let found = aligned_column_cells(text, start, start + run.len(), 8, |s, e| {
                got.push(&text[s..e]);
            });
            assert_eq!(found.then_some(got), want.map(<[&str]>::to_vec), "{text:?}");
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

    /// Tables aligned by spaces: a column headed by a label of people, "Nom" over surnames
    /// in capitals; a column of clubs, products or places stays out.
    #[test]
    fn aligned_columns_name_their_cells() {
        let table: &[(&str, &[&str])] = &[
            (
                "Mat.   Salarié               Brut\n\
                 00412  VOLKOVA IRINA         2100\n\
                 00413  Tsegaye Amanuel       1980\n",
                &["VOLKOVA IRINA", "Tsegaye Amanuel"],
            ),
            (
                "Point                 Porteur           Durée\n\
                 Budget                Ioana B.          20 min\n",
                &["Ioana B."],
            ),
            (
                "N°   Nom                     Poste\n\
                 1    KAZADI Mbuyi            pivot\n",
                &["KAZADI Mbuyi"],
            ),
            // A club beside a name; "Nom" over products; a town under "Ville".
            (
                "Pl.  Nom Prénom            Club\n\
                 1    OKONJO Adaeze         RC Lyon\n",
                &["OKONJO Adaeze"],
            ),
            (
                "Nom             Prix\n\
                 Chaise Design   40 €\n\
                 Table Basse     90 €\n",
                &[],
            ),
            (
                "Salarié         Ville\n\
                 x               Montreuil\n",
                &[],
            ),
            // Signatures side by side: no header gives the column to anything else.
            (
                "Le bailleur            Le locataire\n\
                 Tsegaye AMANUEL        Irina VOLKOVA\n",
                &["Tsegaye AMANUEL", "Irina VOLKOVA"],
            ),
            // The negatives, in aligned cells.
            (
                "Salarié        Matériau\n\
                 x              pierre de taille\n\
                 x              couleur rose\n",
                &[],
            ),
            (
                "Salarié        Adresse\n\
                 x              rue Victor Hugo\n",
                &[],
            ),
        ];
        for (text, want) in table {
            assert_eq!(names(text), *want, "{text:?}");
        }
    }

    /// (line, run) → whether the run may fill a cell of a row aligned by spaces.
    #[test]
    fn aligned_cells_of_runs() {
        let table: &[(&str, &str, bool)] = &[
            ("00412  VOLKOVA Irina    2100", "VOLKOVA Irina", true),
            ("VOLKOVA Irina    2100", "VOLKOVA Irina", true),
            ("  VOLKOVA Irina    2100", "VOLKOVA Irina", true),
            ("00412  VOLKOVA Irina", "VOLKOVA Irina", true),
            ("00412  VOLKOVA Irina  \r\nx", "VOLKOVA Irina", true),
            // Prose, a line alone, one space on a side.
            ("Appeler Irina Volkova demain.", "Irina Volkova", false),
            ("Irina Volkova", "Irina Volkova", false),
            ("  Irina Volkova", "Irina Volkova", false),
            ("avec Irina Volkova    2100", "Irina Volkova", false),
            ("00412  Irina Volkova 2100", "Irina Volkova", false),
        ];
        for &(text, run, want) in table {
            let start = text.find(run).unwrap();
            let end = start + run.len();
            assert_eq!(
                may_fill_aligned_cell(text.as_bytes(), start, end),
                want,
                "{text:?}"
            );
        }
        let cells: Vec<_> = aligned_cells("Pl.  Nom Prénom   Club  ").collect();
        assert_eq!(cells, [(0, "Pl."), (5, "Nom Prénom"), (18, "Club")]);
        assert_eq!(aligned_cell_at("Mat.   Salarié   Brut", 7), Some("Salarié"));
        assert_eq!(aligned_cell_at("Mat.   Salarié   Brut", 8), None);
        assert_eq!(aligned_cell_at("Mat.   Salarié", 30), None);
        assert!(has_gap("  a  b"));
        assert!(!has_gap("  a b  "));
        assert!(has_aligned_first_name_column("nom   prenom   service"));
        assert!(!has_aligned_first_name_column("nom prenom   service"));
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
