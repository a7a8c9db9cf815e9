//! Where a capitalised word may start, sixteen bytes at a time.
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
//! thirty-two bytes: the same tests on twice the bytes per vector operation. Most blocks hold
//! no candidate, and going over them was most of the search's cost: 3.9M instructions less
//! on the 3 MB mixed corpus, 3.5M on prose.

/// Bytes per block of the SSE2 search, and of the padded blocks at the ends of the text.
const BLOCK: usize = 16;

/// Bytes per vector of the AVX2 search.
const WIDE: usize = 32;

/// Bytes per block of the AVX2 search: two vectors, so that a block's mask has more of the
/// candidates the caller asks for one after the other (whether the next one is still in the
/// block was a branch mispredicted about every other time with blocks of thirty-two bytes).
const UNIT: usize = 2 * WIDE;

/// The candidate positions of a text, found block by block: the bits of the last block read
/// are kept, so that the caller, which asks again from a little further on, does not make
/// the block again.
///
/// [`Candidates::default`] searches sixteen bytes at a time, [`Candidates::new`] thirty-two
/// where the processor can.
#[derive(Default)]
pub(super) struct Candidates {
    /// Where the block in `bits` starts.
    base: usize,
    /// The candidate bits of the block at `base` (bit `i` for `base + i`).
    bits: u64,
    /// How many positions the block in `bits` covers ([`BLOCK`] or [`UNIT`]); 0 before the
    /// first block.
    len: usize,
    /// Whether the search reads [`UNIT`] blocks: set only where the processor has AVX2.
    wide: bool,
}

impl Candidates {
    /// A searcher that reads thirty-two bytes at a time where the processor has AVX2 (one
    /// check, kept by std, per text).
    pub(super) fn new() -> Candidates {
        Candidates {
            wide: has_avx2(),
            ..Candidates::default()
        }
    }

    /// The first candidate position at or after `from`, a character boundary of `bytes`
    /// (valid UTF-8). `from` never goes back between calls on one text.
    #[inline]
    pub(super) fn next(&mut self, bytes: &[u8], from: usize) -> Option<usize> {
        let mut at = from;
        if from >= self.base && from < self.base + self.len {
            // Positions before `from` are done (`from - base` is below 64).
            let bits = self.bits & u64::MAX << (from - self.base);
            if bits != 0 {
                self.bits = bits;
                return Some(self.base + bits.trailing_zeros() as usize);
            }
            at = self.base + self.len;
        }
        let (base, bits, len) = search(bytes, at, self.wide)?;
        self.base = base;
        self.bits = bits;
        self.len = len;
        Some(base + bits.trailing_zeros() as usize)
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

/// The first block from `at` on (blocks of sixteen or, with `wide`, sixty-four positions:
/// `at`, `at + 64`…) that holds a candidate, its bits (not 0) and its length. `wide` only
/// where the processor has AVX2.
#[inline]
fn search(bytes: &[u8], mut at: usize, wide: bool) -> Option<(usize, u64, usize)> {
    if at == 0 && !bytes.is_empty() {
        let bits = padded_block_bits(bytes, 0);
        if bits != 0 {
            return Some((0, u64::from(bits), BLOCK));
        }
        at = BLOCK;
    }
    #[cfg(target_arch = "x86_64")]
    if wide {
        // SAFETY: `wide` is set only where the processor has AVX2 (`Candidates::new`).
        let (next, bits) = unsafe { scan_wide_blocks(bytes, at) };
        if bits != 0 {
            return Some((next, bits, UNIT));
        }
        at = next;
    }
    #[cfg(not(target_arch = "x86_64"))]
    let _ = wide;
    let (at, bits) = scan_blocks(bytes, at);
    if bits != 0 {
        return Some((at, u64::from(bits), BLOCK));
    }
    // The last blocks, with fewer than seventeen bytes from their start.
    let mut at = at;
    while at < bytes.len() {
        let bits = padded_block_bits(bytes, at);
        if bits != 0 {
            return Some((at, u64::from(bits), BLOCK));
        }
        at += BLOCK;
    }
    None
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

/// [`scan_blocks`] sixty-four bytes at a time, while whole blocks are left (then `bits` is 0
/// and the position is where the sixteen-byte search goes on).
#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "avx2")]
unsafe fn scan_wide_blocks(bytes: &[u8], mut at: usize) -> (usize, u64) {
    while let Some(block) = wide_block(bytes, at) {
        // SAFETY: this function runs only where the processor has AVX2 (its callers check).
        let bits = unsafe { candidate_bits_avx2(block) };
        if bits != 0 {
            return (at, bits);
        }
        at += UNIT;
    }
    (at, 0)
}

/// [`candidate_bits_sse2`] over sixty-four bytes: bit `i` set when `block[i + 1]` is a
/// candidate.
///
/// The byte before each upper-case letter and the byte after each lead byte are looked at
/// only when the block holds one. Whether it does is decided once for the sixty-four bytes:
/// decided for each half of thirty-two, these two tests were mispredicted about one time in
/// three (72,000 times on the 3 MB mixed corpus), a block of sixty-four holding a capital and
/// a lead byte more often than not.
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
    let mut upper = mask(within(cur_low, b'A', b'Z'), within(cur_high, b'A', b'Z'));
    // Lead bytes: 0xC0..=0xFF.
    let lead_of = |cur: __m256i| eq(and(cur, splat(0xC0)), 0xC0);
    let lead = mask(lead_of(cur_low), lead_of(cur_high));
    if upper != 0 {
        let prev_word = |prev: __m256i| {
            or(
                or(
                    within(prev, b'0', b'9'),
                    within(or(prev, splat(0x20)), b'a', b'z'),
                ),
                eq(prev, b'_'),
            )
        };
        upper &= !mask(prev_word(load(0)), prev_word(load(WIDE)));
    }
    if lead == 0 {
        return upper;
    }
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
    upper | lead & !passed
}

/// The blocks from `at` (at least 1) on that have their seventeen bytes and the one before in
/// `bytes`: the first that holds a candidate and its bits, or where they end and 0.
#[inline]
fn scan_blocks(bytes: &[u8], at: usize) -> (usize, u32) {
    #[cfg(all(target_arch = "x86_64", target_feature = "sse2"))]
    {
        // SAFETY: SSE2 is enabled for this build (the `cfg` above): it is part of every x86-64
        // target. The function reads the blocks through fixed-size arrays.
        unsafe { scan_blocks_sse2(bytes, at) }
    }
    #[cfg(not(all(target_arch = "x86_64", target_feature = "sse2")))]
    {
        let mut at = at;
        while let Some(block) = full_block(bytes, at) {
            let bits = candidate_bits_by_byte(block);
            if bits != 0 {
                return (at, bits);
            }
            at += BLOCK;
        }
        (at, 0)
    }
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

#[cfg(all(target_arch = "x86_64", target_feature = "sse2"))]
#[target_feature(enable = "sse2")]
unsafe fn scan_blocks_sse2(bytes: &[u8], mut at: usize) -> (usize, u32) {
    while let Some(block) = full_block(bytes, at) {
        // SAFETY: as for `scan_blocks`.
        let bits = unsafe { candidate_bits_sse2(block) };
        if bits != 0 {
            return (at, bits);
        }
        at += BLOCK;
    }
    (at, 0)
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
    /// keeps, read one by one: sixteen bytes at a time, and thirty-two where the processor can.
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
            let mut reused = Candidates::default();
            let mut reused_wide = Candidates::new();
            for from in (0..=bytes.len()).filter(|&i| text.is_char_boundary(i)) {
                let expected = (from..bytes.len()).find(|&p| keeps(p));
                assert_eq!(
                    Candidates::default().next(bytes, from),
                    expected,
                    "{text:?} from {from}"
                );
                assert_eq!(
                    Candidates::new().next(bytes, from),
                    expected,
                    "{text:?} from {from}"
                );
                // The same, asked in order of one searcher (as `run` does).
                assert_eq!(reused.next(bytes, from), expected, "{text:?} from {from}");
                assert_eq!(
                    reused_wide.next(bytes, from),
                    expected,
                    "{text:?} from {from}"
                );
            }
        }
    }
}
