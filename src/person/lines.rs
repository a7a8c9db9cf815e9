//! The last line break in a short stretch of text, sixteen bytes at a time.
//!
//! Why: the PERSON detector looks for the line break before every run of capitalised words
//! (in the bytes since the last run, about fifty on business text) and for the lines above
//! every run at a line start. `memchr::memrchr` cost about 54 instructions a call there
//! (97,000 calls on the 3 MB mixed corpus), most of them in getting to its vector loop; the
//! loop here is inline and costs a few instructions a block.

/// Bytes per block.
const BLOCK: usize = 16;

/// The offset in `bytes` of the last `\n` of `bytes[from..end]`: what
/// `memchr::memrchr(b'\n', &bytes[from..end]).map(|i| from + i)` gives.
#[inline]
pub(super) fn last_newline(bytes: &[u8], from: usize, end: usize) -> Option<usize> {
    let hay = &bytes[from..end];
    #[cfg(all(target_arch = "x86_64", target_feature = "sse2"))]
    if hay.len() >= BLOCK {
        // SAFETY: SSE2 is enabled for this build (the `cfg` above): it is part of every
        // x86-64 target. The function reads `hay` through 16-byte slices of it.
        return unsafe { last_newline_sse2(hay) }.map(|i| from + i);
    }
    by_byte(hay).map(|i| from + i)
}

/// The last `\n` of `hay`, byte by byte: stretches shorter than a block, other targets, and
/// the reference in tests.
#[inline]
fn by_byte(hay: &[u8]) -> Option<usize> {
    hay.iter().rposition(|&b| b == b'\n')
}

/// The last `\n` of `hay` (at least [`BLOCK`] bytes): blocks from the end, then the block at
/// the start for the bytes left (those after them already searched, masked out).
#[cfg(all(target_arch = "x86_64", target_feature = "sse2"))]
#[target_feature(enable = "sse2")]
#[inline]
unsafe fn last_newline_sse2(hay: &[u8]) -> Option<usize> {
    let mut end = hay.len();
    while end >= BLOCK {
        // SAFETY: as for `last_newline`.
        let mask = unsafe { newline_mask(&hay[end - BLOCK..end]) };
        if mask != 0 {
            return Some(end - BLOCK + 31 - mask.leading_zeros() as usize);
        }
        end -= BLOCK;
    }
    if end > 0 {
        // SAFETY: as for `last_newline`; `hay` holds a block.
        let mask = unsafe { newline_mask(&hay[..BLOCK]) } & ((1 << end) - 1);
        if mask != 0 {
            return Some(31 - mask.leading_zeros() as usize);
        }
    }
    None
}

/// Bit `i` set when `block[i]` is `\n`; `block` holds [`BLOCK`] bytes.
#[cfg(all(target_arch = "x86_64", target_feature = "sse2"))]
#[target_feature(enable = "sse2")]
#[inline]
unsafe fn newline_mask(block: &[u8]) -> u32 {
    use std::arch::x86_64::{_mm_loadu_si128, _mm_movemask_epi8};
    debug_assert_eq!(block.len(), BLOCK);
    // SAFETY: `block` holds the 16 bytes read (callers pass slices of BLOCK bytes); `loadu`
    // has no alignment requirement.
    let v = unsafe { _mm_loadu_si128(block.as_ptr().cast()) };
    _mm_movemask_epi8(crate::sse2::eq(v, b'\n')) as u32
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every stretch of texts of every length up to 70, with line breaks at every position
    /// and at none, gives `memrchr`'s answer (and the byte loop's).
    #[test]
    fn last_newline_is_memrchr() {
        let mut rng = crate::test_rng::TestRng(11);
        let mut texts: Vec<Vec<u8>> = vec![Vec::new(), vec![b'\n'; 40], vec![b'x'; 70]];
        for len in 0..70 {
            for _ in 0..4 {
                texts.push(
                    (0..len)
                        .map(|_| [b'a', b'\n', b' ', 0xC3, 0xA9][rng.below(5)])
                        .collect(),
                );
            }
            let mut one = vec![b'a'; len];
            if len > 0 {
                one[rng.below(len)] = b'\n';
            }
            texts.push(one);
        }
        for text in &texts {
            for from in 0..=text.len() {
                for end in from..=text.len() {
                    let want = memchr::memrchr(b'\n', &text[from..end]).map(|i| from + i);
                    assert_eq!(last_newline(text, from, end), want, "{text:?} {from} {end}");
                    assert_eq!(by_byte(&text[from..end]).map(|i| from + i), want);
                }
            }
        }
    }
}
