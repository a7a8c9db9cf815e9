//! Lists of names: a line that holds nothing but two or three capitalised words, in a block of
//! such lines most of which are names found otherwise, is a name too.
//!
//! Why: seating plans, guest lists, teams and distribution lists put one person a line, under
//! a heading that is no label ("MARGUERITE", "Équipe B"), and the lexicon misses the names of
//! many origins ("Chenda Nhem", "Nithusan Ratnam"). A reader knows them by their neighbours:
//! the other items of the block are people, and these have the same shape. An item may go
//! on with what the list says of it, in parentheses or after a dash ("Chenda Nhem
//! (Qualité)", "Chenda Nhem — 06 12 …"): its head is what is compared.

/// The bullets of lists beside "-", "•" and "*": squares, triangles, discs, stars and hearts
/// (supporters' walls, newsletters, lists pasted from slides).
pub(super) const DECORATIVE_BULLETS: [char; 6] = ['▪', '►', '●', '◦', '★', '♥'];

/// Whether `rest`, the bytes after a run that goes on a list of names after a comma, is a
/// date in parentheses ("…et Rania Jebali, Reims (23/02/2026).", "…, Vitry-sur-Seine
/// (2/09/2026)"): the run is the place of the event a carnet or a register dates, where the
/// list has ended.
pub(super) fn dated_place(rest: &[u8]) -> bool {
    match rest {
        [b' ', b'(', d, b'/', ..] => d.is_ascii_digit(),
        [b' ', b'(', d, e, b'/', ..] => d.is_ascii_digit() && e.is_ascii_digit(),
        _ => false,
    }
}

/// Lines looked at above and below a candidate, within its block.
pub(super) const REACH: usize = 8;

/// What a neighbouring line is, for the vote of [`Vote`].
#[derive(Clone, Copy, Debug, PartialEq)]
pub(super) enum Item {
    /// A name found by another rule fills the line.
    Name,
    /// Two or three capitalised words alone, no name found: an item of the same shape as the
    /// candidate, which neither supports nor contradicts it ("Chenda Heng" beside "Chenda
    /// Nhem", both unknown), unless such items outnumber the names.
    Same,
    /// Something else: a heading, a sentence, a product.
    Other,
}

/// The items of a block around a candidate line.
#[derive(Default, Debug)]
pub(super) struct Vote {
    names: usize,
    same: usize,
    others: usize,
}

impl Vote {
    pub(super) fn add(&mut self, item: Item) {
        match item {
            Item::Name => self.names += 1,
            Item::Same => self.same += 1,
            Item::Other => self.others += 1,
        }
    }

    /// Two names at least, more names than other items, and as many as items of the same
    /// shape.
    pub(super) fn says_names(&self) -> bool {
        self.names >= 2 && self.names > self.others && self.names >= self.same
    }
}

/// Whether `content` (a line's, see [`content`]) is two or three capitalised words, not all
/// in capitals, and nothing else.
pub(super) fn same_shape(content: &str) -> bool {
    shape(content, 2)
}

/// Whether a table cell holds one to three capitalised words, not all in capitals, and
/// nothing else: a cell of the same shape as a name.
pub(super) fn cell_shape(content: &str) -> bool {
    shape(content, 1)
}

/// Whether `content` is `min` to three capitalised words, not all in capitals.
fn shape(content: &str, min: usize) -> bool {
    let mut words = 0;
    let mut lower = false;
    for word in content.split(' ') {
        words += 1;
        let mut chars = word.chars();
        if words > 3 || !chars.next().is_some_and(char::is_uppercase) {
            return false;
        }
        for c in chars {
            if c.is_lowercase() {
                lower = true;
            } else if !(c.is_uppercase() || c == '-' || c == '\'') {
                return false;
            }
        }
    }
    words >= min && lower
}

/// Whether `rest`, what follows an item's words on its line, is what a list says of the
/// item: a parenthesis ("(Qualité)") or a dash between blanks ("— 06 12 …", "– absente").
pub(super) fn trailer(rest: &str) -> bool {
    let rest = rest.trim_start_matches(' ');
    rest.starts_with('(')
        || rest
            .strip_prefix(['—', '–'])
            .is_some_and(|r| r.starts_with(' '))
}

/// The head of an item's content (see [`content`]): before its [`trailer`], the whole of it
/// when it has none.
pub(super) fn head(content: &str) -> &str {
    let cut = content
        .match_indices([' ', '(', '—', '–'])
        .find(|&(i, _)| content[i..].starts_with(' ') && trailer(&content[i..]))
        .map_or(content.len(), |(i, _)| i);
    content[..cut].trim_end()
}

/// The length of the lead that opens `body` (a line past its indent and bullet), 0 when it
/// has none: a time and the blanks or dash after it ("08h15  ", "9:30 – "), or a short label
/// holding a number before its colon ("poste 4 : ", "Casier B12 (vestiaire) : ").
///
/// Why: rounds, slot grids and allocation registers write one entry a line, the person after
/// the time or the numbered thing they are given ("09h15  AVCI — 3 rue …", "Parcelle 05 : …"),
/// and a reader reads the entries of the block as a list of names whatever leads them. A
/// label with no number ("Objet : ", "Ville : ") is a form's field, not an entry's lead.
pub(super) fn lead(body: &str) -> usize {
    let b = body.as_bytes();
    if !b.first().is_some_and(u8::is_ascii_alphanumeric) {
        return 0;
    }
    time_lead(b).unwrap_or_else(|| label_lead(b))
}

/// [`lead`] of a time: one or two digits, "h" or ":", up to two digits, then blanks, or a
/// blank, a dash and a blank.
fn time_lead(b: &[u8]) -> Option<usize> {
    let digits = |from: usize, max: usize| {
        b[from..]
            .iter()
            .take(max)
            .take_while(|c| c.is_ascii_digit())
            .count()
    };
    let h = digits(0, 2);
    if h == 0 || !matches!(b.get(h), Some(b'h' | b':')) {
        return None;
    }
    let m = digits(h + 1, 2);
    if b.get(h + 1 + m).is_some_and(u8::is_ascii_digit) || b[h] == b':' && m != 2 {
        return None;
    }
    let at = h + 1 + m;
    let blanks = b[at..].iter().take_while(|&&c| c == b' ').count();
    let rest = &b[at + blanks..];
    if blanks >= 1
        && (rest.starts_with(b"-")
            || rest.starts_with("–".as_bytes())
            || rest.starts_with("—".as_bytes()))
    {
        let dash = if rest[0] == b'-' { 1 } else { 3 };
        return (rest.get(dash) == Some(&b' ')).then_some(at + blanks + dash + 1);
    }
    (blanks >= 1 && rest.first().is_some_and(|c| !c.is_ascii_digit())).then_some(at + blanks)
}

/// [`lead`] of a label: at most 32 bytes and four words holding a digit and no comma (not a
/// sentence), then " : " or ": ".
fn label_lead(b: &[u8]) -> usize {
    let Some(colon) = b.iter().take(34).position(|&c| c == b':') else {
        return 0;
    };
    let label = &b[..colon];
    let label = label.strip_suffix(b" ").unwrap_or(label);
    if label.is_empty()
        || label.len() > 32
        || label.iter().filter(|&&c| c == b' ').count() > 3
        || label.contains(&b',')
        || !label.iter().any(u8::is_ascii_digit)
        || b.get(colon + 1) != Some(&b' ')
    {
        return 0;
    }
    colon + 2
}

/// The content of a line: without its indent, a bullet ("- ", "• ", "* "), the [`lead`] of a
/// register's entry when `led` (lines compared with such an entry) and trailing blanks, as
/// the offsets `(start, end)` in `line`.
pub(super) fn content(line: &str, led: bool) -> (usize, usize) {
    let trimmed = line.trim_start_matches([' ', '\t', '\u{a0}']);
    let body = trimmed
        .strip_prefix(['-', '*', '•', '–', '—'])
        .or_else(|| trimmed.strip_prefix(DECORATIVE_BULLETS))
        .map_or(trimmed, |b| b.trim_start_matches([' ', '\u{a0}']));
    let body = if led { &body[lead(body)..] } else { body };
    let start = line.len() - body.len();
    let end = start + body.trim_end_matches([' ', '\t', '\r', '\u{a0}']).len();
    (start, end)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::person::tests::names;

    #[test]
    fn dated_places() {
        let table: &[(&str, bool)] = &[
            (" (23/02/2026).", true),
            (" (2/09/2026)", true),
            (" (06 12 34 56 78)", false),
            (" (1935-2026)", false),
            (" (Qualité)", false),
            ("", false),
        ];
        for &(rest, want) in table {
            assert_eq!(dated_place(rest.as_bytes()), want, "{rest:?}");
        }
    }

    /// End to end: the town that ends a birth notice's line is no third parent (regression:
    /// towns after "Name et Name," read as names going on the list), where a list of names
    /// goes on.
    #[test]
    fn a_dated_place_ends_a_list_of_names() {
        let table: &[(&str, &[&str])] = &[
            (
                "• Wanjiru, chez Oyelaran Tsegaye et Ama Otieno, Montreuil-Bellay (12/03/2026).\n",
                &["Oyelaran Tsegaye", "Ama Otieno"],
            ),
            (
                "Présents : Oyelaran Tsegaye, Ama Otieno, Tsiory Rabe\n",
                &["Oyelaran Tsegaye", "Ama Otieno", "Tsiory Rabe"],
            ),
        ];
        for (text, expected) in table {
            assert_eq!(names(text), *expected, "{text:?}");
        }
    }

    /// Items set apart by a decorative bullet ("♥", "▪", "★") are items of the list as
    /// those set apart by a dash are; the bullet is no part of the name.
    #[test]
    fn items_after_decorative_bullets() {
        let table: &[(&str, &[&str])] = &[
            (
                "Merci à :\nMarie Dupont — 20 €\n♥ Wanjiru Otieno — 25 €\nKévin Techer — 10 €\n",
                &["Marie Dupont", "Wanjiru Otieno", "Kévin Techer"],
            ),
            (
                "▪ Marie Dupont\n▪ Tsegaye Abebe\n▪ Kévin Techer\n",
                &["Marie Dupont", "Tsegaye Abebe", "Kévin Techer"],
            ),
            // Things in such a list; the issue's negatives.
            (
                "★ Pierre de taille\n★ Couleur Rose\n★ Huile d'olive\n★ Saint-Martin\n",
                &[],
            ),
            ("♥ rue Victor Hugo\n", &[]),
        ];
        for (text, want) in table {
            assert_eq!(names(text), *want, "{text:?}");
        }
    }

    /// Cells of a column most of whose other cells are names found otherwise are names; a
    /// column of things, or of words the lexicon knows as words, is not.
    #[test]
    fn cells_among_names_in_their_column() {
        let table: &[(&str, &[&str])] = &[
            (
                "| Jour | Accueil | Caisse |\n|---|---|---|\n| lundi | Tsiory | Rose |\n\
                 | mardi | Kévin Techer | Olive |\n| jeudi | Marie Dupont | Rose |\n",
                &["Tsiory", "Kévin Techer", "Marie Dupont"],
            ),
            (
                "Jour\tAccueil\nlundi\tMarie Dupont\nmardi\tOuzna\nmercredi\tKévin\n",
                &["Marie Dupont", "Ouzna", "Kévin"],
            ),
            // One name in the column: no vote.
            (
                "| Jour | Accueil |\n| lundi | Tsiory |\n| mardi | Kévin Techer |\n\
                 | jeudi | Ouzna |\n",
                &["Kévin Techer"],
            ),
            // A column of products and places beside names.
            (
                "| Nom | Produit | Ville |\n| Marie Dupont | Cafetière | Saint-Martin |\n\
                 | Kévin Techer | Bouilloire | Lyon |\n| Julie Martin | Grille-pain | Nice |\n",
                &["Marie Dupont", "Kévin Techer", "Julie Martin"],
            ),
            // A register typed all in capitals for some rows: "SURNAME FIRSTNAME" of two or
            // three words, among names found in the column.
            (
                "Poste;Agent;Badge\nA1;TSHIMANGA ODRENNE;4411\nA2;DUPONT Marie;4412\n\
                 A3;MARTIN Julie;4413\nA4;LE KERNEC ANAÏG;4414\n",
                &[
                    "TSHIMANGA ODRENNE",
                    "DUPONT Marie",
                    "MARTIN Julie",
                    "LE KERNEC ANAÏG",
                ],
            ),
            // One word in capitals is a status or a category, not a name.
            (
                "Poste;Agent\nA1;VACANT\nA2;DUPONT Marie\nA3;MARTIN Julie\n",
                &["DUPONT Marie", "MARTIN Julie"],
            ),
            // A column aligned by spaces, cells unpadded: read by rank.
            (
                "Créneaux :\n08h30  Marie Dupont  don de plasma\n09h15  Oyelaran Tokunbo  sang\n\
                 10h00  Kévin Techer  plaquettes\n10h45  Thandeka MBEKI  sang\n",
                &[
                    "Marie Dupont",
                    "Oyelaran Tokunbo",
                    "Kévin Techer",
                    "Thandeka MBEKI",
                ],
            ),
            // The issue's negatives in an aligned column of things beside names.
            (
                "Stand  Exposant  Produit\nA1  Marie Dupont  Huile Olive\n\
                 A2  Kévin Techer  Pierre Taille\nA3  Julie Martin  Couleur Rose\n",
                &["Marie Dupont", "Kévin Techer", "Julie Martin"],
            ),
        ];
        for (text, want) in table {
            assert_eq!(names(text), *want, "{text:?}");
        }
    }

    #[test]
    fn votes() {
        let table: &[(&[Item], bool)] = &[
            (&[Item::Name, Item::Name], true),
            (&[Item::Other, Item::Name, Item::Name], true),
            (&[Item::Name], false),
            (&[Item::Other, Item::Name, Item::Same, Item::Name], true),
            (
                &[Item::Same, Item::Name, Item::Same, Item::Name, Item::Same],
                false,
            ),
            (&[Item::Other, Item::Other, Item::Name, Item::Name], false),
            (&[], false),
        ];
        for (items, want) in table {
            let mut vote = Vote::default();
            items.iter().for_each(|&i| vote.add(i));
            assert_eq!(vote.says_names(), *want, "{items:?}");
        }
    }

    #[test]
    fn shapes() {
        let table: &[(&str, bool)] = &[
            ("Chenda Heng", true),
            ("Nzuzi TSHIBANDA", true),
            ("Marc-Antoine D'Arcy", true),
            ("LILAS", false),
            ("DUPONT MARTIN", false),
            ("Chenda", false),
            ("Table 2", false),
            ("Chenda Heng est là", false),
            ("A B C D", false),
        ];
        for &(content, want) in table {
            assert_eq!(same_shape(content), want, "{content:?}");
        }
    }

    #[test]
    fn item_heads() {
        let table: &[(&str, &str)] = &[
            ("Chenda Nhem (Qualité)", "Chenda Nhem"),
            ("Chenda Nhem (Qualité) — en copie", "Chenda Nhem"),
            ("Chenda NHEM — 06 12 00 00 00", "Chenda NHEM"),
            ("Chenda Nhem – absente", "Chenda Nhem"),
            ("Chenda Nhem", "Chenda Nhem"),
            // A hyphen inside a name, a dash glued to a word: no trailer.
            ("Marc-Antoine Nhem", "Marc-Antoine Nhem"),
            ("Chenda Nhem—Heng", "Chenda Nhem—Heng"),
        ];
        for &(content, want) in table {
            assert_eq!(head(content), want, "{content:?}");
        }
    }

    /// Items that go on with what the list says of them; a count after a label.
    #[test]
    fn list_items_with_trailers() {
        let table: &[(&str, &[&str])] = &[
            (
                "Abonnés :\n  Marie Dupont (Finance)\n  Chenda Nhem (Qualité) — en copie\n\
                 Julie Martin (RH)\n  Nithusan Ratnam (RH)\n",
                &[
                    "Marie Dupont",
                    "Chenda Nhem",
                    "Julie Martin",
                    "Nithusan Ratnam",
                ],
            ),
            (
                "Membres (3) :\nChenda Nhem\nNithusan Ratnam\nAdaeze Okonjo\n",
                &["Chenda Nhem", "Nithusan Ratnam", "Adaeze Okonjo"],
            ),
            // The issue's negatives with trailers among names stay out; one name is no list.
            (
                "Marie Dupont (RH)\nJulie Martin (RH)\nKévin Payet (RH)\nCouleur Rose (mat)\n\
                 Saint-Martin (site)\n",
                &["Marie Dupont", "Julie Martin", "Kévin Payet"],
            ),
            ("Marie Dupont (RH)\nChenda Nhem (RH)\n", &["Marie Dupont"]),
        ];
        for (text, want) in table {
            assert_eq!(names(text), *want, "{text:?}");
        }
    }

    #[test]
    fn line_contents() {
        let table: &[(&str, &str)] = &[
            ("  Chenda Nhem", "Chenda Nhem"),
            ("- Chenda Nhem  \r", "Chenda Nhem"),
            ("• Chenda Nhem", "Chenda Nhem"),
            ("Chenda Nhem", "Chenda Nhem"),
            ("   ", ""),
        ];
        for &(line, want) in table {
            let (s, e) = content(line, false);
            assert_eq!(&line[s..e], want, "{line:?}");
        }
    }

    /// Items of a list whose other items are names; lists of things stay out, and so does the
    /// heading of a list of names.
    #[test]
    fn list_items_among_names() {
        let table: &[(&str, &[&str])] = &[
            (
                "LILAS\n  Marie Dupont\n  Chenda Nhem\n  Kévin Payet\n  Julie Martin\n",
                &["Marie Dupont", "Chenda Nhem", "Kévin Payet", "Julie Martin"],
            ),
            (
                "Équipe :\n\nMarie Dupont\nNithusan Ratnam\nJulie Martin\n",
                &["Marie Dupont", "Nithusan Ratnam", "Julie Martin"],
            ),
            // One name is no list; things among names; a blank line ends a block.
            ("Marie Dupont\nChenda Nhem\n", &["Marie Dupont"]),
            (
                "Chaise Design\nTable Basse\nMarie Dupont\nLampe Arc\n",
                &["Marie Dupont"],
            ),
            (
                "Marie Dupont\nJulie Martin\n\nChenda Nhem\n",
                &["Marie Dupont", "Julie Martin"],
            ),
            // A label ends the block: its lines are its value.
            (
                "Marie Dupont\nJulie Martin\nObjet :\nChaise Design\n",
                &["Marie Dupont", "Julie Martin"],
            ),
            // The issue's negatives as items.
            (
                "Marie Dupont\nJulie Martin\nKévin Payet\nSaint-Martin\nCouleur Rose\n",
                &["Marie Dupont", "Julie Martin", "Kévin Payet"],
            ),
        ];
        for (text, want) in table {
            assert_eq!(names(text), *want, "{text:?}");
        }
    }

    /// The lead of a register's entry: a time, or a short label with a number before its
    /// colon; none for a form's field or a sentence.
    #[test]
    fn leads_of_register_entries() {
        let table: &[(&str, &str)] = &[
            ("08h15  Mme Roux — 3 rue X", "08h15  "),
            ("9:30 – Kévin Payet", "9:30 – "),
            ("14h Salle B", "14h "),
            (
                "Casier B12 (vestiaire) : Tiana Rabe",
                "Casier B12 (vestiaire) : ",
            ),
            ("stand 4: Marie Dupont", "stand 4: "),
            // Not leads.
            ("Objet : Réunion", ""),
            ("Ville : Lyon", ""),
            ("14h30 12 rue des Lilas", ""),
            ("123h Marie", ""),
            ("9:3 Marie", ""),
            ("Le 12 mars, le comité a voté : Marie Dupont", ""),
            ("", ""),
        ];
        for &(body, want) in table {
            assert_eq!(&body[..lead(body)], want, "{body:?}");
        }
    }

    /// End to end: the entries of a round, a slot grid or an allocation register are names
    /// when most entries of their block are names found otherwise, after their time or their
    /// numbered thing, in capitals too; not one word alone (not read, for its cost), the
    /// things of such a register, a band with its contact after it, nor the issue's
    /// negatives.
    #[test]
    fn register_entries_after_their_lead() {
        let table: &[(&str, &[&str])] = &[
            (
                "07h30  Mme Roux — 3 rue X — sans sel\n07h45  OKONKWO Chidi — 5 rue Y\n\
                 08h00  M. Petit — 9 rue Z\n08h15  Nithusan Ratnam — 1 rue W\n",
                &["Roux", "OKONKWO Chidi", "Petit", "Nithusan Ratnam"],
            ),
            (
                "Box 1 : Marie Dupont\nBox 2 : Kévin Payet (absent)\nBox 3 : LE GUEN Tiphaine\n\
                 Box 4 : Julie Martin — payé\nBox 5 : Ravindran\n",
                &[
                    "Marie Dupont",
                    "Kévin Payet",
                    "LE GUEN Tiphaine",
                    "Julie Martin",
                ],
            ),
            // Things in the entries' place: the issue's negatives, an acronym, a word.
            (
                "Box 1 : Marie Dupont\nBox 2 : Kévin Payet\nBox 3 : Pierre de taille\n\
                 Box 4 : Huile d'olive\nBox 5 : Saint-Martin\nBox 6 : SNCF\nBox 7 : Réserve\n",
                &["Marie Dupont", "Kévin Payet"],
            ),
            (
                "Box 1 : Marie Dupont\nBox 2 : Kévin Payet\nBox 3 : rue Victor Hugo\n",
                &["Marie Dupont", "Kévin Payet"],
            ),
            // A band whose contact ends the line: the entry is the band's.
            (
                "21h00  Zanzibar (scène B) — contrat au nom de Marie Dupont\n\
                 22h00  Orchestre Vibrato (scène A) — contrat au nom de Kévin Payet\n\
                 23h00  Bal Folk (scène B) — contrat au nom de Julie Martin\n",
                &["Marie Dupont", "Kévin Payet", "Julie Martin"],
            ),
            // One name in the block: no vote.
            (
                "Box 1 : Marie Dupont\nBox 2 : Ravindran\n",
                &["Marie Dupont"],
            ),
        ];
        for (text, want) in table {
            assert_eq!(names(text), *want, "{text:?}");
        }
    }
}
