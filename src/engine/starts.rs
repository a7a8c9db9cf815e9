//! The positions of a digit window where a digit-anchored match may start, sixteen bytes at
//! a time.
//!
//! A start is refused when the byte before it is an ASCII letter, digit or `_` (it would be
//! glued to the word before), and needs a byte that some rule's match can begin with. Tested
//! byte by byte, that was about seven instructions per byte of every window, and on business
//! text dense with numbers the windows cover nearly everything. Here each sixteen bytes give
//! a bit mask of the word starts (and of the few punctuation bytes a match can begin with,
//! such as `+`) in a handful of vector operations (SSE2, which every x86-64 processor has;
//! a byte loop elsewhere); only those positions are looked at one by one.

/// Bytes per block.
pub(super) const BLOCK: usize = 16;

/// The bytes that may begin a match without being word bytes (`+`, `(`…), when they are
/// few and ASCII; padded with `_`, a word byte, which changes nothing.
#[derive(Clone, Copy, Debug)]
pub(super) struct Openers([u8; 4]);

impl Openers {
    /// `None` when the rules begin with more than four kinds of punctuation or with
    /// non-ASCII bytes: then the caller tests each byte.
    pub(super) fn new(can_start: impl Fn(u8) -> bool) -> Option<Openers> {
        let mut found = [b'_'; 4];
        let mut n = 0;
        for byte in 0..=255u8 {
            if !can_start(byte) || super::is_ascii_word_byte(byte) {
                continue;
            }
            if !byte.is_ascii() || n == found.len() {
                return None;
            }
            found[n] = byte;
            n += 1;
        }
        Some(Openers(found))
    }
}

/// Per byte of `block` (bit `i` for byte `i`): whether it is an ASCII letter, digit or `_`,
/// and whether it is a word byte or an opener.
#[cfg(all(target_arch = "x86_64", target_feature = "sse2"))]
#[inline]
fn masks(block: &[u8; BLOCK], openers: Openers) -> (u32, u32) {
    // SAFETY: SSE2 is enabled for this build (the `cfg` above): it is part of every x86-64
    // target. The function reads nothing but its arguments.
    unsafe { masks_sse2(block, openers) }
}

#[cfg(all(target_arch = "x86_64", target_feature = "sse2"))]
#[target_feature(enable = "sse2")]
fn masks_sse2(block: &[u8; BLOCK], openers: Openers) -> (u32, u32) {
    use std::arch::x86_64::{_mm_cmpeq_epi8, _mm_movemask_epi8, _mm_or_si128, _mm_set1_epi8};
    let v = sse2::load(block);
    let digit = sse2::within(v, b'0', b'9');
    let letter = sse2::within(_mm_or_si128(v, _mm_set1_epi8(0x20)), b'a', b'z');
    let underscore = _mm_cmpeq_epi8(v, _mm_set1_epi8(b'_' as i8));
    let word = _mm_or_si128(_mm_or_si128(digit, letter), underscore);
    let [a, b, c, d] = openers.0.map(|o| _mm_cmpeq_epi8(v, _mm_set1_epi8(o as i8)));
    let opener = _mm_or_si128(_mm_or_si128(a, b), _mm_or_si128(c, d));
    let word_bits = _mm_movemask_epi8(word) as u32;
    let start_bits = _mm_movemask_epi8(_mm_or_si128(word, opener)) as u32;
    (word_bits, start_bits)
}

/// The SSE2 pieces both masks are made of.
#[cfg(all(target_arch = "x86_64", target_feature = "sse2"))]
mod sse2 {
    use std::arch::x86_64::{
        __m128i, _mm_and_si128, _mm_cmpgt_epi8, _mm_set1_epi8, _mm_set_epi64x,
    };

    /// The block as a vector, built from two integers: no pointer, no alignment to care
    /// about.
    #[target_feature(enable = "sse2")]
    pub(super) fn load(block: &[u8; super::BLOCK]) -> __m128i {
        let lo = i64::from_le_bytes(block[..8].try_into().expect("8 bytes"));
        let hi = i64::from_le_bytes(block[8..].try_into().expect("8 bytes"));
        _mm_set_epi64x(hi, lo)
    }

    /// All ones in the lanes of `v` within `lo..=hi` (ASCII bounds). Signed comparisons:
    /// bytes of 0x80 and above are negative, outside every such range.
    #[target_feature(enable = "sse2")]
    pub(super) fn within(v: __m128i, lo: u8, hi: u8) -> __m128i {
        _mm_and_si128(
            _mm_cmpgt_epi8(v, _mm_set1_epi8((lo - 1) as i8)),
            _mm_cmpgt_epi8(_mm_set1_epi8((hi + 1) as i8), v),
        )
    }
}

#[cfg(not(all(target_arch = "x86_64", target_feature = "sse2")))]
#[inline]
fn masks(block: &[u8; BLOCK], openers: Openers) -> (u32, u32) {
    masks_by_byte(block, openers)
}

/// Bit `i` set where byte `i` of `block` is an ASCII digit.
#[cfg(all(target_arch = "x86_64", target_feature = "sse2"))]
#[inline]
pub(super) fn digit_bits(block: &[u8; BLOCK]) -> u32 {
    // SAFETY: as in `masks`.
    unsafe { digit_bits_sse2(block) }
}

#[cfg(all(target_arch = "x86_64", target_feature = "sse2"))]
#[target_feature(enable = "sse2")]
fn digit_bits_sse2(block: &[u8; BLOCK]) -> u32 {
    use std::arch::x86_64::_mm_movemask_epi8;
    _mm_movemask_epi8(sse2::within(sse2::load(block), b'0', b'9')) as u32
}

#[cfg(not(all(target_arch = "x86_64", target_feature = "sse2")))]
#[inline]
pub(super) fn digit_bits(block: &[u8; BLOCK]) -> u32 {
    digit_bits_by_byte(block)
}

#[cfg(any(test, not(all(target_arch = "x86_64", target_feature = "sse2"))))]
fn digit_bits_by_byte(block: &[u8; BLOCK]) -> u32 {
    block
        .iter()
        .enumerate()
        .filter(|(_, b)| b.is_ascii_digit())
        .fold(0, |bits, (i, _)| bits | 1 << i)
}

/// [`masks`] byte by byte: the definition, and what other targets use.
#[cfg(any(test, not(all(target_arch = "x86_64", target_feature = "sse2"))))]
fn masks_by_byte(block: &[u8; BLOCK], openers: Openers) -> (u32, u32) {
    let mut word = 0;
    let mut start = 0;
    for (i, &b) in block.iter().enumerate() {
        if super::is_ascii_word_byte(b) {
            word |= 1 << i;
            start |= 1 << i;
        } else if openers.0.contains(&b) {
            start |= 1 << i;
        }
    }
    (word, start)
}

/// Walks the candidate starts of one window in order. The caller may skip ahead (past a
/// finding) between calls: positions before the `at` it passes are never returned.
pub(super) struct Starts {
    openers: Openers,
    /// The block whose candidates `mask` holds: bytes `base..base + BLOCK`.
    base: usize,
    mask: u32,
    /// The first byte no block has covered yet.
    next: usize,
}

impl Starts {
    pub(super) fn new(openers: Openers, from: usize) -> Starts {
        Starts {
            openers,
            base: from,
            mask: 0,
            next: from,
        }
    }

    /// The first position `p` in `at..end` not glued to a word byte before it and for
    /// which `may_start(p)` holds. `may_start` is asked of every candidate of a block when
    /// the block is read, and its answers are kept as bits: it should be cheap and without
    /// branches of its own, and it must not depend on `at`.
    #[inline]
    pub(super) fn next(
        &mut self,
        bytes: &[u8],
        at: usize,
        end: usize,
        may_start: impl Fn(usize) -> bool,
    ) -> Option<usize> {
        if at > self.base {
            let skip = at - self.base;
            self.mask = if skip >= BLOCK {
                0
            } else {
                self.mask & (u32::MAX << skip)
            };
        }
        self.next = self.next.max(at);
        loop {
            if self.mask != 0 {
                return Some(self.base + self.mask.trailing_zeros() as usize);
            }
            let i = self.next;
            if i >= end {
                return None;
            }
            // The window's last block too, its lanes past `end` masked off: a byte loop there
            // mispredicted a branch or two per byte, at the end of every window.
            let (words, starts) = match bytes.get(i..i + BLOCK) {
                Some(block) => masks(block.try_into().expect("a block"), self.openers),
                None => {
                    let mut block = [b' '; BLOCK];
                    block[..bytes.len() - i].copy_from_slice(&bytes[i..]);
                    masks(&block, self.openers)
                }
            };
            let in_window = match end - i {
                n if n >= BLOCK => u32::MAX,
                n => (1 << n) - 1,
            };
            let glued_first = i > 0 && super::is_ascii_word_byte(bytes[i - 1]);
            let glued = (words << 1) | u32::from(glued_first);
            let mut candidates = starts & !glued & in_window;
            let mut kept = 0;
            while candidates != 0 {
                let lane = candidates.trailing_zeros();
                kept |= u32::from(may_start(i + lane as usize)) << lane;
                candidates &= candidates - 1;
            }
            self.base = i;
            self.mask = kept;
            self.next = i + BLOCK;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn masks_agree_with_the_byte_tests_on_every_byte() {
        let openers = Openers(*b"+(:_");
        for byte in 0..=255u8 {
            for lane in 0..BLOCK {
                let mut block = [b' '; BLOCK];
                block[lane] = byte;
                let (word, start) = masks(&block, openers);
                let is_word = super::super::is_ascii_word_byte(byte);
                let is_start = is_word || b"+(:".contains(&byte);
                assert_eq!(
                    word,
                    u32::from(is_word) << lane,
                    "byte {byte:#x} lane {lane}"
                );
                assert_eq!(
                    start,
                    u32::from(is_start) << lane,
                    "byte {byte:#x} lane {lane}"
                );
                assert_eq!(masks_by_byte(&block, openers), (word, start));
                let digit = digit_bits(&block);
                assert_eq!(digit, u32::from(byte.is_ascii_digit()) << lane);
                assert_eq!(digit_bits_by_byte(&block), digit);
            }
        }
    }

    /// Every candidate start of the byte-by-byte definition, and only those, in order,
    /// whatever the skips the caller makes.
    #[test]
    fn starts_are_the_unglued_positions_that_can_start() {
        let can_start = |b: u8| b.is_ascii_digit() || b == b'+' || b == b'F' || b == b'(';
        let openers = Openers::new(can_start).expect("few openers");
        let long =
            "Tél. : +33 6 12 34 56 78 ; FR76 3000 6000 0112 3456 7890 189 (0)1 23 x9 _7 a+1 "
                .repeat(3);
        let texts: [&[u8]; 6] = [
            long.as_bytes(),
            b"123456789 F F1 xF 1x 11 ++ (( 0123456789abcdef0123456789",
            "é1 Ü2 €3 n°4 \u{a0}5 ’6 «7» ".as_bytes(),
            b"1",
            b"",
            b"abcdefghijklmnopqrstuvwxyz0123456789",
        ];
        for text in texts {
            let expected: Vec<usize> = (0..text.len())
                .filter(|&p| {
                    (p == 0 || !super::super::is_ascii_word_byte(text[p - 1])) && can_start(text[p])
                })
                .collect();
            for from in 0..text.len().min(20) {
                let mut starts = Starts::new(openers, from);
                let mut got = Vec::new();
                let mut at = from;
                while let Some(p) = starts.next(text, at, text.len(), |p| can_start(text[p])) {
                    got.push(p);
                    at = p + 1;
                }
                let want: Vec<usize> = expected.iter().copied().filter(|&p| p >= from).collect();
                assert_eq!(got, want, "{:?} from {from}", String::from_utf8_lossy(text));
            }
            // Skipping ahead (past a finding) drops the positions inside it.
            for step in [2, 5, 17, 40] {
                let mut starts = Starts::new(openers, 0);
                let mut at = 0;
                let mut got = Vec::new();
                while let Some(p) = starts.next(text, at, text.len(), |p| can_start(text[p])) {
                    got.push(p);
                    at = p + step;
                }
                let mut want = Vec::new();
                let mut at = 0;
                while let Some(&p) = expected.iter().find(|&&p| p >= at) {
                    want.push(p);
                    at = p + step;
                }
                assert_eq!(got, want, "{:?} step {step}", String::from_utf8_lossy(text));
            }
        }
    }

    #[test]
    fn too_many_or_non_ascii_openers_fall_back() {
        assert!(Openers::new(|b| b"+(:-.".contains(&b)).is_none());
        assert!(Openers::new(|b| b == 0xc3).is_none());
        assert!(Openers::new(|b| b.is_ascii_alphanumeric()).is_some());
    }
}
