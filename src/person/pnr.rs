//! Travellers written the way booking systems write them: "KERBRAT/JULIEN MR", "LE
//! FLOCH/ANNE CLAIRE MRS", "FARAH/PARISA CHD".
//!
//! Why: passenger manifests, e-tickets, boarding passes, hotel and travel-agency bookings copy
//! the name field of airline reservations: the surname in capitals, a slash, the given names
//! in capitals, then a title of the booking system. The slash splits the run of capitalised
//! words and nothing before the name gives context (a sequence number, a seat); the title
//! after it is what says a person is named, as a civility does before a name. Capitals on both
//! sides of a slash with no such title after them ("ALLER/RETOUR", "HT/TTC", "CDG/ORY") are
//! not joined: they stay two runs, judged as before.

/// Set on the first word after the slash of such a name (on tokens, never stored in the
/// table): the run it joins holds a traveller's name, read as after a civility.
pub(super) const GIVEN: u16 = 1 << 9;

/// The booking systems' titles after the given names: adult man, woman, unmarried woman, boy,
/// child, infant.
const TITLES: [&[u8]; 7] = [b"MR", b"MRS", b"MS", b"MISS", b"MSTR", b"CHD", b"INF"];

/// At most this many given names before the title ("MADI/SAID OMAR MR").
const MAX_GIVEN: usize = 3;

/// Whether a word in capitals that starts right after `/` (the previous word in capitals
/// ends just before it) and ends at `end` of `bytes` is the first given name of a traveller:
/// up to [`MAX_GIVEN`] words in capitals, each one space after the other, then a title
/// ([`TITLES`]) that no letter follows. Out of line: few words follow a slash.
#[inline(never)]
pub(super) fn title_follows(bytes: &[u8], end: usize) -> bool {
    let mut at = end;
    for _ in 0..MAX_GIVEN {
        if bytes.get(at) != Some(&b' ') {
            return false;
        }
        let word_start = at + 1;
        let word_end = word_start
            + bytes[word_start..]
                .iter()
                .take_while(|&&b| b.is_ascii_uppercase() || b == b'-' || b >= 0x80)
                .count();
        let word = &bytes[word_start..word_end];
        // A lower-case letter glued on: not a word in capitals ("JULIEN Mrs").
        if word.is_empty() || bytes.get(word_end).is_some_and(u8::is_ascii_lowercase) {
            return false;
        }
        if TITLES.contains(&word) {
            return true;
        }
        // Non-ASCII bytes were taken in to read accented capitals ("RAPHAËL"): a lower-case
        // accented letter ("é", 0xC3 0xA0..) makes it no word in capitals.
        if word
            .windows(2)
            .any(|w| w[0] == 0xC3 && (0xA0..=0xBF).contains(&w[1]))
        {
            return false;
        }
        at = word_end;
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::person::tests::names;

    /// (text after the given name's first word, whether a title follows).
    #[test]
    fn titles_after_given_names() {
        let table: &[(&str, bool)] = &[
            (" MR      14C", true),
            (" MRS, siège 12B", true),
            (" CHD", true),
            (" CLAIRE MRS   4C", true),
            (" SAID OMAR MR", true),
            (" HÉLÈNE MS", true),
            (" MRSA", false),
            (" Mrs", false),
            (" MR.", true),
            ("", false),
            (" TTC", false),
            (" A B C MR", false),
            (" été MR", false),
            ("/MR", false),
        ];
        for &(after, expected) in table {
            let text = format!("X{after}");
            assert_eq!(title_follows(text.as_bytes(), 1), expected, "{after:?}");
        }
    }

    /// (text, names found): the whole traveller with the slash, never the title; capitals
    /// around a slash with no title stay as before.
    #[test]
    fn travellers_in_booking_form() {
        let table: &[(&str, &[&str])] = &[
            (
                "SEQ  NOM                 SIEGE\n001  KERGOAT/YANNICK MR   12A\n002  ABEBE/TSEHAY MRS     12B\n",
                &["KERGOAT/YANNICK", "ABEBE/TSEHAY"],
            ),
            ("Passager : LE GOFF/MARIE ANNE MRS, siège 4C", &["LE GOFF/MARIE ANNE"]),
            ("003  OKONKWO/CHIDI CHD   9F", &["OKONKWO/CHIDI"]),
            ("Billet AF 057 2412345678 — TRAORE/AMINATA MS", &["TRAORE/AMINATA"]),
            ("Tarif ALLER/RETOUR en classe ECO", &[]),
            ("Montants HT/TTC arrondis", &[]),
            ("Vol CDG/ORY annulé", &[]),
            ("Offre TGV/INF non cumulable", &[]),
            ("Pierre de taille, couleur rose, huile d'olive", &[]),
            ("Livraison rue Victor Hugo à Saint-Martin", &[]),
        ];
        for &(text, expected) in table {
            assert_eq!(names(text), expected, "{text:?}");
        }
    }
}
