//! Whether a civility may end the window before a run, told from the raw bytes of its last
//! word, for the runs whose context matters only when it is a civility.
//!
//! Why: a run of one capitalised word that is a stop word and no first name ("Objet",
//! "Total", "Le", "Nous") is a name only after a civility ("M. Petit"): every other context
//! leaves it set aside, and a run of one stop word set aside is never taken up again (see
//! [`super::Scan::segment`]). Such runs are a fifth of all runs of business text (42,000 on
//! the 12 MB mixed corpus, 56 of them after a civility), and each went through the window
//! reading of [`super::Scan::context_before`] (about 870 instructions when not at a line
//! start) to find none. The full reading finds a civility only where the window's last
//! space-separated field, folded and without a leading "(", is a civility, or is one of the
//! particles that may follow one ("Mme de", "M. d'"): this tells where it cannot be, from
//! the bytes, without folding.

use super::{sketch_of, SKETCH_WORDS};

/// The bytes before a run that the window of [`super::Scan::context_before`] reads: at most
/// this many, and none before the line start.
pub(super) const WINDOW: usize = 40;

/// Whether the window before byte `start` of `bytes` may end with a civility, or with a
/// civility and a particle, as [`super::Scan::context_before`] reads it. `civilities` is the
/// bit set of [`super::sketch`]es of the civilities and of the particles (see
/// [`super::Lexicon::civility_sketches`]). `false` only where the full reading finds no
/// civility; any byte that is not ASCII in the last word or the blanks after it answers
/// `true` (but an NBSP, which folds to a space), leaving such windows to the full reading.
#[inline]
pub(super) fn may_end_window(civilities: &[u64; SKETCH_WORDS], bytes: &[u8], start: usize) -> bool {
    let from = start.saturating_sub(WINDOW);
    // The blanks that the folded window's trim takes: ASCII whitespace. A line break ends
    // the window: nothing before the run on its line.
    let mut end = start;
    loop {
        if end == from {
            return false;
        }
        match CLASS[usize::from(bytes[end - 1])] {
            BLANK => end -= 1,
            WORD => break,
            LINE_BREAK => return false,
            // An NBSP, which folds to a space ("« Le").
            _ if nbsp_ends(bytes, from, end) => end -= 2,
            _ => return true,
        }
    }
    // The last word: back to a space (the field's start) or to another blank, which no
    // civility or particle holds. A tab starts the window where there is one (see
    // `Scan::after_last_tab`). A word cut by the window's start is the window's last field.
    let mut begin = end - 1;
    while begin > from && CLASS[usize::from(bytes[begin - 1])] == WORD {
        begin -= 1;
    }
    if begin > from
        && CLASS[usize::from(bytes[begin - 1])] == OTHER
        && !nbsp_ends(bytes, from, begin)
    {
        return true;
    }
    let mut word = &bytes[begin..end];
    while let [b'(', rest @ ..] = word {
        word = rest;
    }
    match (word.first(), word.last()) {
        // "d'", "Mme d'": an elided "de".
        (_, Some(b'\'')) => true,
        (Some(first), Some(last)) => {
            let bit = sketch_of(
                word.len(),
                first.to_ascii_lowercase(),
                last.to_ascii_lowercase(),
            );
            civilities[bit / 64] & (1 << (bit % 64)) != 0
        }
        _ => false,
    }
}

/// Whether `bytes[from..end]` ends with an NBSP.
#[inline]
fn nbsp_ends(bytes: &[u8], from: usize, end: usize) -> bool {
    end - from >= 2 && bytes[end - 2..end] == [0xC2, 0xA0]
}

/// Classes of bytes for [`may_end_window`], one lookup each where a chain of comparisons
/// ran for every byte of the last word.
const WORD: u8 = 0;
const BLANK: u8 = 1;
const LINE_BREAK: u8 = 2;
/// Not ASCII: left to the full reading.
const OTHER: u8 = 3;

const CLASS: [u8; 256] = {
    let mut class = [WORD; 256];
    let mut b = 0x80;
    while b < 256 {
        class[b] = OTHER;
        b += 1;
    }
    class[b' ' as usize] = BLANK;
    class[b'\t' as usize] = BLANK;
    class[b'\r' as usize] = BLANK;
    class[0x0B] = BLANK;
    class[0x0C] = BLANK;
    class[b'\n' as usize] = LINE_BREAK;
    class
};

#[cfg(test)]
mod tests {
    use super::super::{tests::names, LEXICON};
    use super::*;

    /// The gate on the text before a run: `true` where a civility, or a civility and a
    /// particle, may end the window (NBSPs, a parenthesis and an elided "de" as the full
    /// reading folds and trims them), `false` where nothing can.
    #[test]
    fn gate_reads_the_last_word_of_the_window() {
        let cut = format!("M.{}", " ".repeat(WINDOW - 1));
        let kept = format!("M.{}", " ".repeat(WINDOW - 2));
        let table: &[(&str, bool)] = &[
            ("Rendez-vous avec M. ", true),
            ("avec Mme ", true),
            ("avec MME\t", true),
            ("avec\u{a0}M.\u{a0}", true),
            ("courrier (Dr ", true),
            ("Maître ", true),
            ("Mme de ", true),
            ("Mme d'", true),
            ("Mme d\u{2019}", true),
            ("Objet : ", false),
            ("le rapport. ", false),
            ("Objet :\u{a0}", false),
            ("M.\n", false),
            ("", false),
            ("   ", false),
            (&kept, true),
            (&cut, false),
        ];
        for &(before, want) in table {
            let text = format!("{before}Janvier");
            let got = may_end_window(&LEXICON.civility_sketches, text.as_bytes(), before.len());
            assert_eq!(got, want, "{before:?}");
        }
    }

    /// A stop word that is no first name ("Janvier", "Mars") is a name after a civility, with
    /// the blanks and marks the gate reads, and not after anything else.
    #[test]
    fn stop_words_after_a_civility_are_names() {
        let table: &[(&str, &[&str])] = &[
            (
                "Rendez-vous avec\u{a0}M.\u{a0}Janvier demain.",
                &["Janvier"],
            ),
            ("Courrier (Mme Mars) reçu.", &["Mars"]),
            ("Rendez-vous avec Maître Janvier demain.", &["Janvier"]),
            ("Objet : Janvier", &[]),
            ("Le rapport. Mars sera chargé.", &[]),
        ];
        for (text, want) in table {
            assert_eq!(names(text), *want, "{text:?}");
        }
    }
}
