//! Speakers and voters that a line's layout names: "09h45  K. Dlamini (EHESS) : « … »",
//! "06/03/2026 — Lan Ying Wu : Toutes nos pensées…", "+1 Zo Rakotomalala", "/docs/
//! @a.ansah   # Akua Ansah".
//!
//! Why: conference programmes and agendas write a talk as a time, the speaker, their
//! institution in parentheses and the title after a colon; online condolence registers,
//! guest books and comment threads open each message with its date and a dash; open-source
//! governance votes on mailing lists write one voter a line after "+1" or "0";
//! CODEOWNERS and MAINTAINERS files name a handle's owner in a comment after it. The names
//! come from every origin, often absent from the lexicon, and the chat rule (a time stamp,
//! then the name and a colon) missed each by a byte or two. Where the shape alone could hold
//! a thing the context is weak (dated lines, votes), or given only when the run has two words
//! that are no stop words or particles (a programme's "14h00  Pause (hall) :" stays out).

/// Whether `rest`, the text after a run, goes on with an affiliation in parentheses and a
/// colon, as a programme's speaker does ("(EHESS) : « … »", "(université de La Réunion)
/// :"), or with " et " and another speaker before such an affiliation ("et R. Bouguerra
/// (Rennes 2) :"). Read within the next 96 bytes of the line.
#[inline(never)]
pub(super) fn affiliation_then_colon(rest: &str) -> bool {
    let line = &rest.as_bytes()[..rest.len().min(96)];
    let line = &line[..memchr::memchr(b'\n', line).unwrap_or(line.len())];
    let after = match line {
        [b' ', b'(', ..] => &line[1..],
        [b' ', b'e', b't', b' ', c, ..] if c.is_ascii_uppercase() || *c >= 0xC3 => line,
        _ => return false,
    };
    let Some(open) = memchr::memchr(b'(', after) else {
        return false;
    };
    let Some(close) = memchr::memchr(b')', &after[open..]).map(|i| open + i) else {
        return false;
    };
    close > open + 1
        && after[close + 1..]
            .iter()
            .find(|&&b| b != b' ' && b != b'\t')
            .is_some_and(|&b| b == b':')
}

/// Whether `p` (the folded text before a run, trimmed) is a date alone and a dash, as a
/// dated register opens its lines: "06/03/2026 —", "12.05.2026 -", "[06/03/2026] –".
pub(super) fn dated_lead(p: &str) -> bool {
    let Some(date) = ["\u{2014}", "\u{2013}", "-"]
        .iter()
        .find_map(|dash| p.strip_suffix(dash))
    else {
        return false;
    };
    let date = date.trim_end().trim_matches(['[', ']']);
    (8..=10).contains(&date.len())
        && date.bytes().filter(|&b| b == b'/' || b == b'.').count() == 2
        && date
            .bytes()
            .all(|b| b.is_ascii_digit() || b == b'/' || b == b'.')
}

/// Whether `p` (the whole line before a run, folded and trimmed) is a vote: "+1", "+0" or
/// "0" ("-1" reads as a bullet and its line as a list item).
pub(super) fn vote(p: &str) -> bool {
    matches!(p, "+1" | "+0" | "0")
}

/// Whether `line`, the bytes of a line before a run, ends with a comment mark after a
/// handle: "/docs/   @a.ansah   #": the comment names the handle's owner.
pub(super) fn comment_after_handle(line: &[u8]) -> bool {
    let Some((b'#', before)) = line.split_last() else {
        return false;
    };
    let before = &before[..before
        .iter()
        .rposition(|&b| b != b' ' && b != b'\t')
        .map_or(0, |i| i + 1)];
    let handle_start = before
        .iter()
        .rposition(|&b| b == b' ' || b == b'\t')
        .map_or(0, |i| i + 1);
    matches!(&before[handle_start..], [b'@', c, ..] if c.is_ascii_alphanumeric())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::person::tests::names;

    #[test]
    fn affiliations_then_colons() {
        let table: &[(&str, bool)] = &[
            (" (EHESS) : « Titre »", true),
            (" (université de Rennes) :", true),
            (" et R. Okonjo (Rennes 2) : « Titre »", true),
            (" (EHESS) — « Titre »", false),
            (" () :", false),
            (" (EHESS)\n: x", false),
            (" et puis (x) :", false),
            (" : « Titre »", false),
            ("", false),
        ];
        for &(rest, want) in table {
            assert_eq!(affiliation_then_colon(rest), want, "{rest:?}");
        }
    }

    #[test]
    fn dated_leads() {
        let table: &[(&str, bool)] = &[
            ("06/03/2026 \u{2014}", true),
            ("12.05.2026 -", true),
            ("[06/03/2026] \u{2013}", true),
            ("06/03/2026", false),
            ("le 06/03/2026 \u{2014}", false),
            ("ref 2026 -", false),
            ("-", false),
        ];
        for &(p, want) in table {
            assert_eq!(dated_lead(p), want, "{p:?}");
        }
    }

    #[test]
    fn votes() {
        let table: &[(&str, bool)] = &[
            ("+1", true),
            ("+0", true),
            ("0", true),
            ("+1 (non contraignant)", false),
            ("+2", false),
            ("10", false),
            ("+1 pour", false),
            ("", false),
        ];
        for &(p, want) in table {
            assert_eq!(vote(p), want, "{p:?}");
        }
    }

    #[test]
    fn comments_after_handles() {
        let table: &[(&str, bool)] = &[
            ("/docs/   @a.ansah   #", true),
            ("*.sql\t@kapanadk #", true),
            ("/docs/   @a.ansah", false),
            ("voir le ticket #", false),
            ("mail a@b #", false),
            ("@ #", false),
            ("#", false),
        ];
        for &(line, want) in table {
            assert_eq!(comment_after_handle(line.as_bytes()), want, "{line:?}");
        }
    }

    /// End to end: speakers of a programme, messages of a dated register, voters, owners in
    /// CODEOWNERS comments; things in the same layouts and the negatives stay out.
    #[test]
    fn speakers_voters_and_owners() {
        let table: &[(&str, &[&str])] = &[
            (
                "  09h45  T. Okonjo (EHESS) : « Les digues »\n",
                &["T. Okonjo"],
            ),
            (
                "  10h30  Wanjiru Otieno et B. Tesfaye (Rennes 2) : « Le créole »\n",
                &["Wanjiru Otieno", "B. Tesfaye"],
            ),
            ("  14h00  Pause (hall) : café\n", &[]),
            (
                "06/03/2026 — Oyelaran Tsegaye : Une pensée émue.\n",
                &["Oyelaran Tsegaye"],
            ),
            ("06/03/2026 — Livraison : reçue.\n", &[]),
            (
                "+1 Oyelaran Tsegaye\n0 Wanjiru Otieno — bravo\n+1 Tsiory Rabe\n",
                &["Oyelaran Tsegaye", "Wanjiru Otieno", "Tsiory Rabe"],
            ),
            ("+1 Merci\n", &[]),
            (
                "/infra/   @w.otieno   # Wanjiru Otieno\n",
                &["Wanjiru Otieno"],
            ),
            ("/infra/   @w.otieno   # TODO\n", &[]),
            (
                "Mur en pierre de taille, couleur rose, huile d'olive.\n",
                &[],
            ),
            ("Au 12 rue Victor Hugo, Saint-Martin.\n", &[]),
        ];
        for (text, expected) in table {
            assert_eq!(names(text), *expected, "{text:?}");
        }
    }
}
