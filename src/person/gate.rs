//! Byte tests in front of the checks of [`super::Scan::prefix_context`]: each is `false` only
//! where the check it stands before is `false` too, and costs a few instructions inline.
//!
//! Why: those checks run for nearly every run of capitalised words (the time-stamp check
//! 24,000 times, the bullet check 29,000 times on a 3 MB mixed corpus), and each, an out of
//! line call that trims by character before looking at one byte, cost about 80 instructions
//! to answer "no". The checks themselves are left as they are, and still run where the gate
//! lets them.

/// Whether [`super::is_timestamp`] may hold for `p`: its own first test (the last byte once
/// the frame characters are trimmed is a digit, ':' or 'h'), by bytes. The frame characters
/// are ASCII, so trimming them by byte trims the same characters.
#[inline]
pub(super) fn may_be_timestamp(p: &str) -> bool {
    let last = p.bytes().rev().find(|&b| !timestamp_frame(b));
    matches!(last, Some(b'0'..=b'9' | b':' | b'h'))
}

/// The characters that may frame a time stamp ("[17/01/2024 09:16:12]", "17/01/2024, 09:16
/// -"), all ASCII: trimmed by byte, they are trimmed by character.
#[inline]
pub(super) fn timestamp_frame(b: u8) -> bool {
    matches!(b, b'[' | b']' | b'(' | b')' | b'-' | b' ' | b'|')
}

/// Whether [`super::is_bullet`] may hold for `p`, which holds no trailing blank (it was
/// trimmed): the last byte is one a bullet ends with. (Checking every byte of `p` as well
/// measured slower: most prefixes that pass end with a bullet or a list number.)
#[inline]
pub(super) fn may_be_bullet(p: &str) -> bool {
    matches!(
        p.as_bytes().last(),
        Some(b'-' | b'*' | b'>' | b'.' | b')' | b'0'..=b'9' | 0xA2 | 0x93 | 0x94)
    )
}

/// The first byte of `rest` after spaces and NBSPs: [`super::speaker_with_time`] needs '('
/// or '[' there, [`super::followed_by_colon`] and [`super::chat_message`] ':' (they trim the
/// same characters, from the first bytes of `rest`).
#[inline]
pub(super) fn first_after_blanks(rest: &str) -> Option<u8> {
    let b = rest.as_bytes();
    // Most runs go on with one space and a word or a sign: that space is passed over without
    // a test (the loop ended after none or one: 8,800 mispredicts for 14,400 line starts of
    // a 3 MB business text).
    let mut i = usize::from(b.first() == Some(&b' '));
    loop {
        match b.get(i) {
            Some(b' ') => i += 1,
            Some(0xC2) if b.get(i + 1) == Some(&0xA0) => i += 2,
            other => return other.copied(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::{
        chat_message, followed_by_colon, is_bullet, is_timestamp, speaker_with_time, vocative,
    };
    use super::*;

    /// Every string of up to three characters of an alphabet of the characters that matter,
    /// and realistic ones: where a gate says no, its check says no.
    #[test]
    fn gates_never_hide_a_check() {
        let alphabet = [
            "-", "*", "•", "–", "—", ">", ".", ")", "(", " ", "\t", "\u{a0}", "1", "0", ":", "h",
            "[", "]", "|", ",", "a", "é", "’", "x", "\u{202f}", "T",
        ];
        let mut cases = super::super::tests::concatenations(&alphabet, 3);
        let samples = [
            "[10:32]",
            "10:32",
            "14h05 -",
            "17/01/2024 09:16 -",
            "[17/01/2024 09:16:12]",
            "17/01/2024, 09:16 -",
            "1.",
            "12)",
            "• ",
            "— ",
            " (10:32) : salut",
            " [10:32] :",
            "\u{a0}(10h32)\u{a0}: oui",
            " : Qui a les clés ?",
            "\u{a0}: tu viens ?",
            ",tu",
            ", tu peux ?",
        ];
        super::super::tests::push_padded(&mut cases, &samples);
        let mut shown = [0usize; 4];
        for p in &cases {
            if is_timestamp(p) {
                assert!(may_be_timestamp(p), "{p:?}");
                shown[0] += 1;
            }
            let trimmed = p.trim_end();
            if is_bullet(trimmed) {
                assert!(may_be_bullet(trimmed), "{p:?}");
                shown[1] += 1;
            }
            let next = first_after_blanks(p);
            if speaker_with_time(p) {
                assert!(matches!(next, Some(b'(' | b'[')), "{p:?}");
                shown[2] += 1;
            }
            if followed_by_colon(p) || chat_message(p) {
                assert_eq!(next, Some(b':'), "{p:?}");
                shown[3] += 1;
            }
            if vocative(p) {
                assert!(p.starts_with(','), "{p:?}");
            }
        }
        // Each check held somewhere, so each gate was put to the test.
        assert!(shown.iter().all(|&n| n > 0), "{shown:?}");
    }
}
