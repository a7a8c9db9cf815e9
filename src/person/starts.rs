//! Where a capitalised word may start, sixty-four bytes at a time.
//!
//! Why: the PERSON detector looks at every capitalised word, and finding them was a byte loop
//! eight bytes at a time that stopped on every non-ASCII byte (French text has an accented
//! letter every thirty bytes or so) and on every upper-case letter glued to the word before
//! ("FR76…", base64 secrets), each sent back to the caller to be passed over: about 15M
//! instructions on a 3 MB corpus. Here each sixteen bytes give a bit mask of exactly the
//! positions the caller wants, in a handful of vector operations (SSE2, which every x86-64
//! processor has; a byte loop elsewhere).
//!
//! A position is kept when its byte is
//! - an upper-case ASCII letter whose previous byte is no ASCII letter, digit or `_` (a word
//!   glued to one is no name: "McDonald", "3M"); a non-ASCII byte before it is kept for the
//!   caller to decode;
//! - the lead byte of a non-ASCII character (0xC0 and above), except those passed over at a
//!   glance: U+0080..U+00BF (0xC2 xx: NBSP, "°", « »), U+2000..U+20FF (0xE2 then 0x80..=0x83:
//!   ’, —, the narrow NBSP, super- and subscripts, the currency signs: "€", 12,500 times in the
//!   3 MB mixed corpus, each decoded and looked up in the Unicode tables by the caller before),
//!   and the Latin-1 characters that are no upper-case letter (0xC3 then a byte outside
//!   0x80..=0x9E, or 0x97: "é", "à", "×").
//!
//! Continuation bytes are never kept. The caller decodes the non-ASCII characters kept, as it
//! did before.
//!
//! Where the processor has AVX2 (most x86-64 processors since 2013), the blocks are
//! thirty-two bytes: the same tests on twice the bytes per vector operation (3.9M
//! instructions less on the 3 MB mixed corpus, 3.5M on prose).
//!
//! The masks of the whole text are made in one pass before the scan ([`Candidates::of`]),
//! which then reads them as bits: see [`Candidates`].

/// Bytes per block of the SSE2 test, and of the padded blocks at the ends of the text.
const BLOCK: usize = 16;

/// Bytes per vector of the AVX2 test.
const WIDE: usize = 32;

/// Bytes per word of the bit set: two vectors of the AVX2 test, four blocks of the SSE2 one.
const UNIT: usize = 2 * WIDE;

/// The candidate positions of a text, one bit a byte (bit `i % 64` of word `i / 64` for byte
/// `i`), found in one pass before the scan.
///
/// Why: the scan asked for the next candidate from where its last word ended, and the blocks
/// were tested as it asked, each search a call that tested one block or a few and returned:
/// `scan_wide_blocks` took 27–29 of the 827 samples PERSON adds to a run on the 12 MB mixed
/// corpus (`perf record -e cpu-clock`), 110 instructions a block. One pass over the text, as
/// [`super::lines`] makes its line breaks, tests each block in a loop with no call and no
/// exit to predict (21–23 samples), and the scan then reads the next candidate from a word of
/// bits. The bits take one byte per eight of text (128 KiB a 1 MiB piece, kept for the
/// thread's next scan).
pub(super) struct Candidates {
    words: Vec<u64>,
}

impl Candidates {
    /// The candidate positions of `bytes`, written in `words` (emptied first: a thread's last
    /// buffer, see [`super::scratch`]); sixty-four bytes at a time where the processor has
    /// AVX2 (most x86-64 processors since 2013), sixteen elsewhere.
    pub(super) fn of(bytes: &[u8], words: Vec<u64>) -> Candidates {
        Candidates::with(bytes, words, has_avx2())
    }

    /// [`Candidates::of`], with the AVX2 test only if `wide` (set only where the processor has
    /// AVX2).
    fn with(bytes: &[u8], words: Vec<u64>, wide: bool) -> Candidates {
        let mut words = super::scratch::with_room(words, bytes.len().div_ceil(UNIT));
        words.resize(bytes.len().div_ceil(UNIT), 0);
        #[cfg(target_arch = "x86_64")]
        if wide {
            // SAFETY: `wide` is set only where the processor has AVX2.
            unsafe { fill_words_avx2(bytes, &mut words) };
            return Candidates { words };
        }
        let _ = wide;
        fill_words(bytes, &mut words);
        Candidates { words }
    }

    /// The buffer of the bits, for another text (see [`Candidates::of`]).
    pub(super) fn into_words(self) -> Vec<u64> {
        self.words
    }

    /// The first candidate position at or after `from`.
    ///
    /// Read from two words at a time: the next capitalised word is most often in the word of
    /// `from` or in the one after, and which of the two held it was a branch mispredicted
    /// about once a word on business text (45,000 times on the 3 MB mixed corpus, callgrind);
    /// the trailing zeros of both words as one number tell it without a branch.
    #[inline]
    pub(super) fn next(&self, from: usize) -> Option<usize> {
        let mut w = from / UNIT;
        let pair = |w: usize, first: u64| {
            u128::from(first) | u128::from(self.words.get(w + 1).copied().unwrap_or(0)) << UNIT
        };
        let mut bits = pair(w, *self.words.get(w)? & u64::MAX << (from % UNIT));
        while bits == 0 {
            w += 2;
            bits = pair(w, *self.words.get(w)?);
        }
        Some(w * UNIT + bits.trailing_zeros() as usize)
    }
}

/// Whether the processor has AVX2.
fn has_avx2() -> bool {
    #[cfg(target_arch = "x86_64")]
    {
        std::arch::is_x86_feature_detected!("avx2")
    }
    #[cfg(not(target_arch = "x86_64"))]
    {
        false
    }
}

/// The byte before position `at`, the sixty-four from it and the one after, when all are in
/// `bytes`.
#[cfg(target_arch = "x86_64")]
#[inline]
fn wide_block(bytes: &[u8], at: usize) -> Option<&[u8; UNIT + 2]> {
    bytes
        .get(at.checked_sub(1)?..at + UNIT + 1)?
        .try_into()
        .ok()
}

/// The byte before position `at`, the sixty-four from it and the one after, spaces standing
/// for those outside `bytes`: the blocks at the ends of the text.
#[cfg(target_arch = "x86_64")]
fn padded_wide_block(bytes: &[u8], at: usize) -> [u8; UNIT + 2] {
    let mut block = [b' '; UNIT + 2];
    for (k, slot) in block.iter_mut().enumerate() {
        if let Some(&b) = (at + k).checked_sub(1).and_then(|p| bytes.get(p)) {
            *slot = b;
        }
    }
    block
}

/// Writes the candidate bits of `bytes` in `words` (one word per sixty-four bytes, as many as
/// `words` holds), sixty-four bytes at a time.
#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "avx2")]
unsafe fn fill_words_avx2(bytes: &[u8], words: &mut [u64]) {
    for (w, word) in words.iter_mut().enumerate() {
        let at = w * UNIT;
        // SAFETY: this function runs only where the processor has AVX2 (its caller checks).
        *word = match wide_block(bytes, at) {
            Some(block) => unsafe { candidate_bits_avx2(block) },
            None => unsafe { padded_bits_avx2(bytes, at) },
        };
    }
}

/// [`candidate_bits_avx2`] of the block at `at` near the ends of `bytes` ([`padded_wide_block`]).
/// Out of line: inlined, its copy of the block on the stack made the loop copy every block
/// there and read it back at another offset, a store the loads could not be forwarded from.
#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "avx2")]
#[inline(never)]
#[cold]
unsafe fn padded_bits_avx2(bytes: &[u8], at: usize) -> u64 {
    // SAFETY: this function runs only where the processor has AVX2 (its caller's caller
    // checks).
    unsafe { candidate_bits_avx2(&padded_wide_block(bytes, at)) }
}

/// [`fill_words_avx2`] sixteen bytes at a time, for processors without AVX2.
fn fill_words(bytes: &[u8], words: &mut [u64]) {
    for (w, word) in words.iter_mut().enumerate() {
        *word = (0..UNIT / BLOCK).fold(0, |bits, k| {
            let at = w * UNIT + k * BLOCK;
            let block = match full_block(bytes, at) {
                Some(block) => candidate_bits(block),
                None => padded_block_bits(bytes, at),
            };
            bits | u64::from(block) << (k * BLOCK)
        });
    }
}

/// [`candidate_bits_sse2`] over sixty-four bytes: bit `i` set when `block[i + 1]` is a
/// candidate.
///
/// Every test runs for every block, with no branch on whether the block holds an upper-case
/// letter or a lead byte: in the pass over the whole text, block after block, those branches
/// would be mispredicted wherever capitals and accents come and go (a block of sixty-four
/// holds both more often than not on business text, less often on prose).
#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "avx2")]
#[inline]
unsafe fn candidate_bits_avx2(block: &[u8; UNIT + 2]) -> u64 {
    use crate::sse2::avx2::{eq, splat, within};
    use std::arch::x86_64::{
        __m256i, _mm256_and_si256, _mm256_andnot_si256, _mm256_cmpgt_epi8, _mm256_loadu_si256,
        _mm256_movemask_epi8, _mm256_or_si256,
    };
    let load = |offset: usize| -> __m256i {
        // SAFETY: `offset` is at most 2 + WIDE, so the 32 bytes read lie inside the 66-byte
        // array; `loadu` has no alignment requirement.
        unsafe { _mm256_loadu_si256(block.as_ptr().add(offset).cast()) }
    };
    // The mask of both halves of sixty-four bytes, each a vector of thirty-two.
    let mask = |low: __m256i, high: __m256i| -> u64 {
        u64::from(_mm256_movemask_epi8(low) as u32)
            | u64::from(_mm256_movemask_epi8(high) as u32) << WIDE
    };
    let or = _mm256_or_si256;
    let and = _mm256_and_si256;
    // `andnot(a, b)`: `b` and not `a`.
    let andnot = _mm256_andnot_si256;
    let (cur_low, cur_high) = (load(1), load(1 + WIDE));
    let upper = mask(within(cur_low, b'A', b'Z'), within(cur_high, b'A', b'Z'));
    // Lead bytes: 0xC0..=0xFF.
    let lead_of = |cur: __m256i| eq(and(cur, splat(0xC0)), 0xC0);
    let lead = mask(lead_of(cur_low), lead_of(cur_high));
    let prev_word = |prev: __m256i| {
        or(
            or(
                within(prev, b'0', b'9'),
                within(or(prev, splat(0x20)), b'a', b'z'),
            ),
            eq(prev, b'_'),
        )
    };
    let after_word = mask(prev_word(load(0)), prev_word(load(WIDE)));
    let passed_over = |cur: __m256i, next: __m256i| {
        // 0x80..=0x9E as signed bytes: below 0x9F (-97), which no ASCII byte is.
        let upper_tail = andnot(eq(next, 0x97), _mm256_cmpgt_epi8(splat(0x9F), next));
        or(
            or(
                eq(cur, 0xC2),
                and(eq(cur, 0xE2), eq(and(next, splat(0xFC)), 0x80)),
            ),
            andnot(upper_tail, eq(cur, 0xC3)),
        )
    };
    let passed = mask(
        passed_over(cur_low, load(2)),
        passed_over(cur_high, load(2 + WIDE)),
    );
    upper & !after_word | lead & !passed
}

/// The byte before position `at`, the sixteen from it and the one after, when all are in
/// `bytes`.
#[inline]
fn full_block(bytes: &[u8], at: usize) -> Option<&[u8; BLOCK + 2]> {
    bytes
        .get(at.checked_sub(1)?..at + BLOCK + 1)?
        .try_into()
        .ok()
}

/// The candidate bits of the sixteen positions from `at`, near the ends of `bytes`: spaces
/// stand for the bytes outside it.
fn padded_block_bits(bytes: &[u8], at: usize) -> u32 {
    let mut block = [b' '; BLOCK + 2];
    for (k, slot) in block.iter_mut().enumerate() {
        if let Some(&b) = (at + k).checked_sub(1).and_then(|p| bytes.get(p)) {
            *slot = b;
        }
    }
    candidate_bits(&block)
}

/// Whether the byte `cur`, between `prev` and `next`, is a candidate (see the module doc).
#[cfg(any(test, not(all(target_arch = "x86_64", target_feature = "sse2"))))]
fn candidate(prev: u8, cur: u8, next: u8) -> bool {
    let upper = cur.is_ascii_uppercase() && !(prev.is_ascii_alphanumeric() || prev == b'_');
    let passed_over = cur == 0xC2
        || cur == 0xE2 && next & 0xFC == 0x80
        || cur == 0xC3 && !((0x80..=0x9E).contains(&next) && next != 0x97);
    upper || cur >= 0xC0 && !passed_over
}

/// Bit `i` set when `block[i + 1]` is a candidate; `block[0]` is the byte before the block,
/// `block[17]` the one after.
#[cfg(all(target_arch = "x86_64", target_feature = "sse2"))]
#[inline]
fn candidate_bits(block: &[u8; BLOCK + 2]) -> u32 {
    // SAFETY: SSE2 is enabled for this build (the `cfg` above): it is part of every x86-64
    // target. The function reads three 16-byte vectors at offsets 0, 1 and 2 of an 18-byte
    // array, nothing else.
    unsafe { candidate_bits_sse2(block) }
}

#[cfg(all(target_arch = "x86_64", target_feature = "sse2"))]
#[target_feature(enable = "sse2")]
#[inline]
unsafe fn candidate_bits_sse2(block: &[u8; BLOCK + 2]) -> u32 {
    use crate::sse2::{eq, splat, within};
    use std::arch::x86_64::{
        __m128i, _mm_and_si128, _mm_andnot_si128, _mm_cmpgt_epi8, _mm_loadu_si128,
        _mm_movemask_epi8, _mm_or_si128,
    };
    let load = |offset: usize| -> __m128i {
        // SAFETY: `offset` is at most 2, so the 16 bytes read lie inside the 18-byte array;
        // `loadu` has no alignment requirement.
        unsafe { _mm_loadu_si128(block.as_ptr().add(offset).cast()) }
    };
    let cur = load(1);
    let or = _mm_or_si128;
    let and = _mm_and_si128;
    // `andnot(a, b)`: `b` and not `a`.
    let andnot = _mm_andnot_si128;
    // Most blocks hold no upper-case letter and no lead byte: two masks tell, and the byte
    // before and after are read only for the others.
    let mut upper = _mm_movemask_epi8(within(cur, b'A', b'Z')) as u32;
    // Lead bytes: 0xC0..=0xFF.
    let lead = _mm_movemask_epi8(eq(and(cur, splat(0xC0)), 0xC0)) as u32;
    if upper != 0 {
        let prev = load(0);
        let prev_word = or(
            or(
                within(prev, b'0', b'9'),
                within(or(prev, splat(0x20)), b'a', b'z'),
            ),
            eq(prev, b'_'),
        );
        upper &= !(_mm_movemask_epi8(prev_word) as u32);
    }
    if lead == 0 {
        return upper;
    }
    let next = load(2);
    // 0x80..=0x9E as signed bytes: below 0x9F (-97), which no ASCII byte is.
    let upper_tail = andnot(eq(next, 0x97), _mm_cmpgt_epi8(splat(0x9F), next));
    let passed_over = or(
        or(
            eq(cur, 0xC2),
            and(eq(cur, 0xE2), eq(and(next, splat(0xFC)), 0x80)),
        ),
        andnot(upper_tail, eq(cur, 0xC3)),
    );
    upper | lead & !(_mm_movemask_epi8(passed_over) as u32)
}

/// [`candidate_bits`] byte by byte, the same tests: what other targets use, and the
/// reference in tests.
#[cfg(any(test, not(all(target_arch = "x86_64", target_feature = "sse2"))))]
fn candidate_bits_by_byte(block: &[u8; BLOCK + 2]) -> u32 {
    (0..BLOCK)
        .filter(|&i| candidate(block[i], block[i + 1], block[i + 2]))
        .fold(0, |bits, i| bits | 1 << i)
}

#[cfg(not(all(target_arch = "x86_64", target_feature = "sse2")))]
#[inline]
fn candidate_bits(block: &[u8; BLOCK + 2]) -> u32 {
    candidate_bits_by_byte(block)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Bytes that matter to some lane test, and their neighbours.
    const PIECES: &[u8] = &[
        b' ', b'@', b'A', b'M', b'Z', b'[', b'`', b'a', b'z', b'{', b'0', b'9', b'/', b':', b'_',
        b'-', 0x7F, 0x80, 0x97, 0x9E, 0x9F, 0xA0, 0xBF, 0xC0, 0xC2, 0xC3, 0xC4, 0xDF, 0xE0, 0xE2,
        0xEF, 0xF0, 0xFF, 0x81, 0x82, 0x83, 0x84, 0xFB, 0xFC,
    ];

    /// The characters passed over by their first two bytes hold no upper-case letter: no
    /// capitalised word starts there.
    #[test]
    fn characters_passed_over_are_no_capitals() {
        let passed = (0x80..0xC0).chain(0x2000..0x2100);
        for c in passed.filter_map(char::from_u32) {
            let mut utf8 = [0u8; 4];
            let bytes = c.encode_utf8(&mut utf8).as_bytes();
            assert!(!candidate(b' ', bytes[0], bytes[1]), "{c:?}");
            assert!(!c.is_uppercase(), "{c:?}");
        }
        // U+2100 on ("ℂ", "ℍ") is looked at.
        assert!(candidate(b' ', 0xE2, 0x84));
    }

    #[test]
    fn sse2_and_byte_masks_agree_in_every_lane() {
        for &prev in PIECES {
            for &cur in PIECES {
                for &next in PIECES {
                    for lane in 0..BLOCK {
                        let mut block = [b' '; BLOCK + 2];
                        block[lane] = prev;
                        block[lane + 1] = cur;
                        block[lane + 2] = next;
                        assert_eq!(
                            candidate_bits(&block),
                            candidate_bits_by_byte(&block),
                            "{prev:#x} {cur:#x} {next:#x} at {lane}"
                        );
                    }
                }
            }
        }
        // Every byte value in every lane, between spaces and between letters.
        for fill in [b' ', b'a', 0xC3] {
            for b in 0..=u8::MAX {
                for lane in 0..BLOCK + 2 {
                    let mut block = [fill; BLOCK + 2];
                    block[lane] = b;
                    assert_eq!(
                        candidate_bits(&block),
                        candidate_bits_by_byte(&block),
                        "{b:#x} at {lane} in {fill:#x}"
                    );
                }
            }
        }
    }

    /// The AVX2 masks are the byte test's in every lane of the sixty-four, on the same pieces
    /// and on every byte value, alone in its block (so that the block-wide tests for an
    /// upper-case letter and a lead byte see it) and among the others.
    #[cfg(target_arch = "x86_64")]
    #[test]
    #[allow(clippy::print_stderr, reason = "a skipped test says so")]
    fn avx2_and_byte_masks_agree_in_every_lane() {
        if !has_avx2() {
            // Nothing to test: without AVX2 the search reads sixteen-byte blocks only.
            eprintln!(
                "SKIPPED avx2_and_byte_masks_agree_in_every_lane: this processor has no AVX2, \
                 so the search runs its SSE2 blocks only (tested above)"
            );
            return;
        }
        let by_byte = |block: &[u8; UNIT + 2]| {
            (0..UNIT)
                .filter(|&i| candidate(block[i], block[i + 1], block[i + 2]))
                .fold(0u64, |bits, i| bits | 1 << i)
        };
        // SAFETY: the processor has AVX2, checked above.
        let avx2 = |block: &[u8; UNIT + 2]| unsafe { candidate_bits_avx2(block) };
        for &prev in PIECES {
            for &cur in PIECES {
                for &next in PIECES {
                    for lane in 0..UNIT {
                        let mut block = [b' '; UNIT + 2];
                        block[lane] = prev;
                        block[lane + 1] = cur;
                        block[lane + 2] = next;
                        assert_eq!(
                            avx2(&block),
                            by_byte(&block),
                            "{prev:#x} {cur:#x} {next:#x} at {lane}"
                        );
                    }
                }
            }
        }
        for fill in [b' ', b'a', b'A', 0xC3] {
            for b in 0..=u8::MAX {
                for lane in 0..UNIT + 2 {
                    let mut block = [fill; UNIT + 2];
                    block[lane] = b;
                    assert_eq!(
                        avx2(&block),
                        by_byte(&block),
                        "{b:#x} at {lane} in {fill:#x}"
                    );
                }
            }
        }
    }

    /// The positions found, from every character boundary, are the first ones the byte test
    /// keeps, read one by one.
    #[test]
    fn candidates_are_the_positions_the_byte_test_keeps() {
        let long = "abc de@[`{ ZAz Émile x\u{a0}é ù 09 _Q ×÷ÀÞßàÿ «°» – — ’ … €\u{202f}: Ωω 語 😀 \
                    McDonald 3M "
            .repeat(4);
        let texts = [
            "",
            "A",
            "a",
            "é",
            "É",
            "abc de@[`{ ZAz Émile x\u{a0}é ù 09 _Q azertyuiopqsdfghjklmWXCVBN,;:! \
             ×÷ÀÞßàÿ «°» – — ’ … €\u{202f}: Ωω Ąą Ǆ ŉ 語 😀 ȺⱥÉtéÉTÉ",
            "FR7630006000011234567890189 McDonald 3M eBay x_Y éA ÉA É×Ý Þ ß\u{a0}A\u{2019}B—C",
            "0123456789abcdefABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789012345678901234567890Élodie",
            // Long enough for several thirty-two-byte blocks, candidates at every offset.
            long.as_str(),
        ];
        for text in texts {
            let bytes = text.as_bytes();
            let at = |p: usize| bytes.get(p).copied().unwrap_or(b' ');
            let keeps = |p: usize| {
                let prev = p.checked_sub(1).map_or(b' ', at);
                candidate(prev, at(p), at(p + 1))
            };
            // Sixteen bytes at a time, sixty-four where the processor can; in a new buffer
            // and in one kept from a longer text, full of bits.
            for wide in [false, has_avx2()] {
                for kept in [Vec::new(), vec![u64::MAX; 64]] {
                    let found = Candidates::with(bytes, kept, wide);
                    for from in (0..=bytes.len()).filter(|&i| text.is_char_boundary(i)) {
                        let expected = (from..bytes.len()).find(|&p| keeps(p));
                        assert_eq!(found.next(from), expected, "{text:?} from {from} {wide}");
                    }
                }
            }
        }
    }
}
