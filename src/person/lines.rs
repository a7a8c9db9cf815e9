//! Where the line breaks of a text are: one bit a byte, found once per text.
//!
//! Why: the PERSON detector looks for the line break before every run of capitalised words
//! (in the bytes since the last run, about fifty on business text) and for the lines above
//! every run at a line start, about 80,000 searches back on the 3 MB mixed corpus. Searched
//! sixteen bytes at a time, each search ended after a number of blocks that no branch
//! predictor could tell (about 90,000 mispredicted branches). A bit set of the text's line
//! breaks, made in one vector pass before the scan, answers each search from one 64-bit word
//! and, for each word, where the last line break before it is (16 bytes per 64 of text in
//! all).
//!
//! The session-12 forward pass that listed the line breaks (dropped) cost more than the
//! searches it saved: it went through `memchr` and pushed every position to a list; this pass
//! is four vector compares a 64-byte word, with no branch but the loop's.

/// Bytes per block of the SSE2 pass.
const BLOCK: usize = 16;

/// The line breaks of a text: bit `i % 64` of word `i / 64` is set when byte `i` is `\n`.
pub(super) struct LineBreaks {
    words: Vec<u64>,
    /// For each word, one past the last line break before its first byte (0: none): the
    /// answer of [`LineBreaks::last_before`] when the word holds none before the offset asked.
    before: Vec<usize>,
}

impl LineBreaks {
    /// The line breaks of `bytes`, written in `words` and `before` (emptied first: a thread's
    /// last buffers, see [`super::scratch`]).
    pub(super) fn of(bytes: &[u8], words: Vec<u64>, before: Vec<usize>) -> LineBreaks {
        let mut words = super::scratch::with_room(words, bytes.len() / 64 + 1);
        #[cfg(target_arch = "x86_64")]
        if std::arch::is_x86_feature_detected!("avx2") {
            // SAFETY: the processor has AVX2, checked just above.
            unsafe { push_words_avx2(bytes, &mut words) };
            return LineBreaks::with_before(words, before);
        }
        push_words(bytes, &mut words);
        LineBreaks::with_before(words, before)
    }

    /// [`LineBreaks::before`] of `words`, in one pass with no branch but the loop's, written
    /// in `before`.
    fn with_before(words: Vec<u64>, before: Vec<usize>) -> LineBreaks {
        let mut last = 0;
        let mut before = super::scratch::with_room(before, words.len());
        before.extend(words.iter().enumerate().map(|(w, &bits)| {
            let above = last;
            last = one_past_last(w, bits, last);
            above
        }));
        LineBreaks { words, before }
    }

    /// The buffers of the line breaks, for another text (see [`LineBreaks::of`]).
    pub(super) fn into_buffers(self) -> (Vec<u64>, Vec<usize>) {
        (self.words, self.before)
    }

    /// The offset of the last `\n` of the text before `pos`: [`LineBreaks::last_in`] from
    /// the text's start, from the word of `pos - 1` and [`LineBreaks::before`], with no
    /// loop. A search back that ended in the word it started from or in one of the words
    /// before, as a run's distance from its line break decides, was mispredicted about
    /// every other run (a third of the context reading's mispredicted branches).
    #[inline]
    pub(super) fn last_before(&self, pos: usize) -> Option<usize> {
        let last = pos.checked_sub(1)?;
        let w = last / 64;
        let bits = self.word(w) & u64::MAX >> (63 - last % 64);
        let above = self.before.get(w).copied().unwrap_or(0);
        one_past_last(w, bits, above).checked_sub(1)
    }

    /// The offset of the last `\n` of `bytes[from..end]` (`bytes` the text of
    /// [`LineBreaks::of`]): what `memchr::memrchr(b'\n', &bytes[from..end]).map(|i| from + i)`
    /// gives. The last one before `end`, if it is not before `from`: no walk back over the
    /// words between them.
    #[inline]
    pub(super) fn last_in(&self, from: usize, end: usize) -> Option<usize> {
        self.last_before(end).filter(|&i| i >= from)
    }

    /// Word `w`; none past the text (callers pass offsets of the text).
    #[inline]
    fn word(&self, w: usize) -> u64 {
        self.words.get(w).copied().unwrap_or(0)
    }
}

/// One past the last line break of word `w` whose bits are `bits`, or `above` (the same for
/// the words before) when it holds none: a select, not a branch.
#[inline]
fn one_past_last(w: usize, bits: u64, above: usize) -> usize {
    // With no bit, `leading_zeros` is 64 and the first value is `w * 64`, not taken.
    let in_word = (w * 64 + 64).wrapping_sub(bits.leading_zeros() as usize);
    if bits != 0 {
        in_word
    } else {
        above
    }
}

/// Pushes the line-break words of `bytes` to `words`, the last one for the bytes left after
/// the whole words (0 if none).
#[inline]
fn push_words(bytes: &[u8], words: &mut Vec<u64>) {
    let chunks = bytes.chunks_exact(64);
    let tail = chunks.remainder();
    words.extend(chunks.map(|chunk| {
        let chunk: &[u8; 64] = chunk.try_into().unwrap_or(&[0; 64]);
        word_bits(chunk)
    }));
    words.push(by_byte_bits(tail));
}

/// [`push_words`] with two AVX2 compares a word, half the SSE2 version's work (the pass costs
/// 0.8M instructions on 3 MB with SSE2).
#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "avx2")]
unsafe fn push_words_avx2(bytes: &[u8], words: &mut Vec<u64>) {
    let chunks = bytes.chunks_exact(64);
    let tail = chunks.remainder();
    words.extend(chunks.map(|chunk| {
        let chunk: &[u8; 64] = chunk.try_into().unwrap_or(&[0; 64]);
        // SAFETY: this function runs only where the processor has AVX2 (its caller checks).
        unsafe { word_bits_avx2(chunk) }
    }));
    words.push(by_byte_bits(tail));
}

/// The line-break bits of sixty-four bytes, with two AVX2 compares.
#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "avx2")]
#[inline]
unsafe fn word_bits_avx2(chunk: &[u8; 64]) -> u64 {
    use std::arch::x86_64::{_mm256_loadu_si256, _mm256_movemask_epi8};
    let half = |offset: usize| {
        // SAFETY: `offset` is 0 or 32: the 32 bytes read lie inside the 64-byte array; `loadu`
        // has no alignment requirement.
        let v = unsafe { _mm256_loadu_si256(chunk.as_ptr().add(offset).cast()) };
        u64::from(_mm256_movemask_epi8(crate::sse2::avx2::eq(v, b'\n')) as u32)
    };
    half(0) | half(32) << 32
}

/// The line-break bits of sixty-four bytes.
#[inline]
fn word_bits(chunk: &[u8; 64]) -> u64 {
    #[cfg(all(target_arch = "x86_64", target_feature = "sse2"))]
    {
        // SAFETY: SSE2 is enabled for this build (the `cfg` above): it is part of every
        // x86-64 target. The function reads `chunk` through 16-byte arrays of it.
        unsafe { word_bits_sse2(chunk) }
    }
    #[cfg(not(all(target_arch = "x86_64", target_feature = "sse2")))]
    {
        by_byte_bits(chunk)
    }
}

/// The line-break bits of at most sixty-four bytes, byte by byte: the text's last bytes,
/// other targets, and the reference in tests.
#[inline]
fn by_byte_bits(bytes: &[u8]) -> u64 {
    bytes
        .iter()
        .take(64)
        .enumerate()
        .fold(0, |bits, (i, &b)| bits | u64::from(b == b'\n') << i)
}

/// [`word_bits`] with four SSE2 compares.
#[cfg(all(target_arch = "x86_64", target_feature = "sse2"))]
#[target_feature(enable = "sse2")]
#[inline]
unsafe fn word_bits_sse2(chunk: &[u8; 64]) -> u64 {
    use std::arch::x86_64::{_mm_loadu_si128, _mm_movemask_epi8};
    let mut bits = 0;
    for (k, block) in chunk.chunks_exact(BLOCK).enumerate() {
        // SAFETY: `block` holds the 16 bytes read; `loadu` has no alignment requirement.
        let v = unsafe { _mm_loadu_si128(block.as_ptr().cast()) };
        let mask = _mm_movemask_epi8(crate::sse2::eq(v, b'\n')) as u32;
        bits |= u64::from(mask) << (k * BLOCK);
    }
    bits
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The vector passes' bits are the byte loop's, for every byte value at every position
    /// (the AVX2 one where the processor has it).
    #[test]
    fn word_bits_are_the_bytes() {
        for fill in [b' ', b'\n', 0x8A] {
            for b in 0..=u8::MAX {
                for at in 0..64 {
                    let mut chunk = [fill; 64];
                    chunk[at] = b;
                    assert_eq!(word_bits(&chunk), by_byte_bits(&chunk), "{b:#x} at {at}");
                    #[cfg(target_arch = "x86_64")]
                    if std::arch::is_x86_feature_detected!("avx2") {
                        // SAFETY: the processor has AVX2, checked just above.
                        let avx2 = unsafe { word_bits_avx2(&chunk) };
                        assert_eq!(avx2, by_byte_bits(&chunk), "{b:#x} at {at}");
                    }
                }
            }
        }
    }

    /// Every stretch of texts of every length up to 200 (words of 64 bytes: stretches within
    /// one word, across two and across four), with line breaks at every position and at none,
    /// gives `memrchr`'s answer; so does every search back from an offset to the text's
    /// start.
    #[test]
    fn last_newline_is_memrchr() {
        let mut rng = crate::test_rng::TestRng(11);
        let mut texts: Vec<Vec<u8>> = vec![Vec::new(), vec![b'\n'; 140], vec![b'x'; 200]];
        for len in (0..70).chain([127, 128, 129, 191, 192, 193, 200]) {
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
            let breaks = LineBreaks::of(text, Vec::new(), Vec::new());
            for from in 0..=text.len() {
                for end in from..=text.len() {
                    let want = memchr::memrchr(b'\n', &text[from..end]).map(|i| from + i);
                    assert_eq!(breaks.last_in(from, end), want, "{text:?} {from} {end}");
                }
                let want = memchr::memrchr(b'\n', &text[..from]);
                assert_eq!(breaks.last_before(from), want, "{text:?} {from}");
            }
        }
    }
}
