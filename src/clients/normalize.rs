//! The folded view of a text that client names are matched against: lower case, accents
//! stripped, every run of whitespace (NBSP, line breaks, hyphens and dashes included) folded to
//! one space, `’` folded to `'`, `&` spelt `et`. It is built in one pass, with a compact map
//! from folded offsets back to the original byte offsets, so that findings point into the
//! original text.

/// One stretch of the folded text. In a linear stretch folded byte `norm + k` comes from
/// original byte `orig + k`; in a fixed one every byte comes from the character at `orig`.
/// A new stretch starts only where that relation breaks (an accented letter folded to one
/// byte, a folded run of spaces…), so for French text the map is a small fraction of the text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Stretch {
    norm: usize,
    orig: usize,
    linear: bool,
}

/// The folded text and its offset map. Reused from call to call: `fold` clears it first, so a
/// scan allocates only when a text is larger than every text before it.
#[derive(Debug, Default)]
pub struct Folded {
    pub text: Vec<u8>,
    stretches: Vec<Stretch>,
    /// The original length, which the folded end maps to.
    orig_len: usize,
}

/// What an ASCII byte becomes.
const COPY: u8 = 0;
const UPPER: u8 = 1;
const SPACE: u8 = 2;
const AMPERSAND: u8 = 3;

const ASCII_CLASS: [u8; 128] = {
    let mut t = [COPY; 128];
    let mut b = b'A';
    while b <= b'Z' {
        t[b as usize] = UPPER;
        b += 1;
    }
    t[b' ' as usize] = SPACE;
    t[b'\t' as usize] = SPACE;
    t[b'\n' as usize] = SPACE;
    t[b'\r' as usize] = SPACE;
    t[0x0b] = SPACE;
    t[0x0c] = SPACE;
    t[b'-' as usize] = SPACE;
    t[b'&' as usize] = AMPERSAND;
    t
};

/// ASCII folding of U+00C0..=U+017F, two bytes per character (a second byte of `b' '` means
/// none). `*` marks a character kept as it is (×, ÷).
const LATIN: &[u8; 384] = b"\
a a a a a a aec e e e e i i i i \
d n o o o o o * o u u u u y thss\
a a a a a a aec e e e e i i i i \
d n o o o o o * o u u u u y thy \
a a a a a a c c c c c c c c d d \
d d e e e e e e e e e e g g g g \
g g g g h h h h i i i i i i i i \
i i ijijj j k k k l l l l l l l \
l l l n n n n n n n n n o o o o \
o o oeoer r r r r r s s s s s s \
s s t t t t t t u u u u u u u u \
u u u u w w y y y z z z z z z s ";

/// What a byte of a plain run becomes: upper case to lower case, the whitespace and hyphens of
/// [`ASCII_CLASS`] to a space, the rest unchanged.
const PLAIN_FOLD: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut b = 0;
    while b < 256 {
        t[b] = match ASCII_CLASS[b & 0x7f] {
            _ if b >= 0x80 => b as u8,
            UPPER => b as u8 | 0x20,
            SPACE => b' ',
            _ => b as u8,
        };
        b += 1;
    }
    t
};

/// Whether an original byte folds to a space ([`SPACE`] in [`ASCII_CLASS`]).
fn is_space_class(b: u8) -> bool {
    b < 0x80 && ASCII_CLASS[usize::from(b)] == SPACE
}

/// Appends the run of plain bytes from `from` (at least 1), folded, to `out`, and returns
/// where it ends. Plain bytes are ASCII bytes that fold to one byte at the same place:
/// themselves, their lower case, or a space for a whitespace byte or hyphen after a byte that
/// does not fold to a space (a second one is dropped). Thirty-two bytes at a time where the
/// processor has AVX2, sixteen where it has SSE2: the scalar loops (finding the run's end,
/// then folding it) were most of what the client list cost on a business corpus, and the
/// SSE2 blocks, with a run every forty bytes or so of French, still a quarter of it.
///
/// With AVX2 the run also goes on over the accented letters of U+00C0..=U+00FF that fold to
/// one ASCII letter ("é", "À", "ç"), two bytes folded to one, each followed by a new linear
/// stretch pushed to `stretches` (see [`avx2::fold_blocks`]): the folded text and the map are
/// those that the caller's letter-by-letter loop makes, which each of those letters used to
/// stop the blocks for.
///
/// # Safety
///
/// With `AVX2`, the processor must have AVX2 (without, any call is safe).
#[inline(always)]
unsafe fn fold_plain_run<const AVX2: bool>(
    bytes: &[u8],
    from: usize,
    out: &mut Vec<u8>,
    stretches: &mut Vec<Stretch>,
) -> usize {
    #[allow(unused_mut)]
    let mut j = from;
    #[cfg(all(target_arch = "x86_64", target_feature = "sse2"))]
    if let Some(&before) = j.checked_sub(1).and_then(|k| bytes.get(k)) {
        // Whether the byte before the block folds to a space: read once, then carried from
        // block to block (the last lane's bit), cheaper than classing that byte again.
        let mut space_before = is_space_class(before);
        if AVX2 {
            // SAFETY: with `AVX2` the processor has AVX2 (this function's contract).
            match unsafe { avx2::fold_blocks(bytes, j, space_before, out, stretches) } {
                Ok(end) => return end,
                Err((next, space)) => (j, space_before) = (next, space),
            }
        }
        while let Some(block) = bytes.get(j..j + 16) {
            let Ok(block) = <&[u8; 16]>::try_from(block) else {
                break;
            };
            let (stops, folded, last_space) = plain_block(block, space_before);
            if stops != 0 {
                let n = stops.trailing_zeros() as usize;
                // All sixteen bytes, then the tail cut: a copy of a fixed size is a few moves,
                // one of `n` bytes a call to `memcpy`.
                let len = out.len();
                out.extend_from_slice(&folded);
                out.truncate(len + n);
                return j + n;
            }
            out.extend_from_slice(&folded);
            space_before = last_space;
            j += 16;
        }
    }
    #[cfg(not(all(target_arch = "x86_64", target_feature = "sse2")))]
    let _ = stretches;
    fold_plain_run_scalar(bytes, j, out)
}

/// The ASCII letter that the character `0xc3`, `0x80 + k` (U+00C0 + k) folds to, or 0 where
/// it folds to something else (×, ÷, æ, ß, þ): [`LATIN`]'s first 64 characters, looked up
/// by the continuation byte's low six bits.
const C3_LETTER: [u8; 64] = {
    let mut t = [0u8; 64];
    let mut k = 0;
    while k < 64 {
        let (letter, second) = (LATIN[2 * k], LATIN[2 * k + 1]);
        if second == b' ' && letter != b'*' {
            t[k] = letter;
        }
        k += 1;
    }
    t
};

/// [`fold_plain_run`] thirty-two bytes at a time, as [`plain_block_sse2`] does sixteen.
#[cfg(all(target_arch = "x86_64", target_feature = "sse2"))]
mod avx2 {
    use super::{Stretch, C3_LETTER};
    use crate::sse2::avx2::{eq, splat, within};
    use std::arch::x86_64::{
        __m256i, _mm256_and_si256, _mm256_andnot_si256, _mm256_loadu_si256, _mm256_movemask_epi8,
        _mm256_or_si256, _mm256_storeu_si256,
    };

    /// Folds whole blocks of the plain run from `j` (`space_before`: whether the byte before
    /// `j` folds to a space) into `out`: `Ok` with the run's end if it ends in one, `Err` with
    /// where the blocks stopped and the same flag for the byte before, when fewer than
    /// thirty-two bytes are left.
    ///
    /// A letter `0xc3 xx` that folds to one ASCII letter goes on the run when the byte after
    /// it is in the block and goes on the run too: see [`fold_letters`]. The bytes of the
    /// text are valid UTF-8 (a lead byte `0xc3` is followed by a continuation byte).
    ///
    /// Not compiled for AVX2 itself but inlined, always, into [`super::Folded::fold_avx2`]
    /// (through `fold_plain_run`), where its intrinsics are: as a function of its own, with
    /// the letters, it was no longer inlined, and its call and set-up cost about 45
    /// instructions a run, more than the letters saved on a business corpus.
    ///
    /// # Safety
    ///
    /// The processor must have AVX2.
    #[inline(always)]
    pub(super) unsafe fn fold_blocks(
        bytes: &[u8],
        mut j: usize,
        mut space_before: bool,
        out: &mut Vec<u8>,
        stretches: &mut Vec<Stretch>,
    ) -> Result<usize, (usize, bool)> {
        while let Some(block) = bytes.get(j..j + 32) {
            let Ok(block) = <&[u8; 32]>::try_from(block) else {
                break;
            };
            let mut buf = [0u8; 32];
            // SAFETY: the processor has AVX2 (this function's contract); the load reads the
            // 32 bytes of `block`, the store writes the 32 of `buf` (no alignment required).
            let (cur, folded, space_bits, stop_bits, high) = unsafe {
                let cur = _mm256_loadu_si256(block.as_ptr().cast());
                // As in `plain_block_sse2`: the space class, a second space-class byte, `&`
                // and the bytes of 0x80 and above stop the run.
                let spaces = _mm256_or_si256(
                    within(cur, b'\t', b'\r'),
                    _mm256_or_si256(eq(cur, b' '), eq(cur, b'-')),
                );
                let space_bits = _mm256_movemask_epi8(spaces) as u32;
                let second_space = space_bits & (space_bits << 1 | u32::from(space_before));
                let high = _mm256_movemask_epi8(cur) as u32;
                let stop_bits = second_space | _mm256_movemask_epi8(eq(cur, b'&')) as u32 | high;
                let lowered =
                    _mm256_or_si256(cur, _mm256_and_si256(within(cur, b'A', b'Z'), splat(0x20)));
                let folded = _mm256_or_si256(
                    _mm256_andnot_si256(spaces, lowered),
                    _mm256_and_si256(spaces, splat(b' ')),
                );
                _mm256_storeu_si256(buf.as_mut_ptr().cast(), folded);
                (cur, folded, space_bits, stop_bits, high)
            };
            if stop_bits != 0 {
                // The letters `0xc3 xx` (a lead byte whose next byte, in the block, is a
                // continuation byte) do not stop the run; the first other stop does. Looked
                // for only when the first stop is such a lead byte: most runs of a business
                // text end at something else (a line break after a space, `’`, a no-break
                // space, `€`).
                let first = stop_bits.trailing_zeros() as usize;
                let (end, letters) = if block[first & 31] == 0xc3 {
                    // SAFETY: the processor has AVX2 (this function's contract).
                    let leads = unsafe { _mm256_movemask_epi8(eq(cur, 0xc3)) } as u32;
                    let pairs = leads & high >> 1;
                    let stops = stop_bits & !(pairs | pairs << 1);
                    let end = stops.trailing_zeros() as usize;
                    (end, pairs & ((1u64 << end) - 1) as u32)
                } else {
                    (first, 0)
                };
                if letters == 0 {
                    // All thirty-two bytes, then the tail cut: a copy of a fixed size is a
                    // few moves, one of `end` bytes a call to `memcpy`.
                    let len = out.len();
                    out.extend_from_slice(&buf);
                    out.truncate(len + end);
                    return Ok(j + end);
                }
                // SAFETY: the processor has AVX2 (this function's contract).
                let end = unsafe { fold_letters(block, folded, letters, end, j, out, stretches) };
                if end < 32 {
                    return Ok(j + end);
                }
            } else {
                out.extend_from_slice(&buf);
            }
            space_before = space_bits >> 31 != 0;
            j += 32;
        }
        Err((j, space_before))
    }

    /// Writes the block's part of the run to `out`: `folded[..end]` (`end`: the block's
    /// first stop other than a letter, or 32), with the letters at the lanes of `letters`
    /// (lead bytes `0xc3` before `end`, at least one) folded to their one byte, each followed
    /// by a new linear stretch from the byte after it, as the caller's letter loop does.
    /// Returns where the run ends in the block, 32 if it goes on.
    ///
    /// A letter is taken only when the byte after it is in the block and before `end`, so
    /// that something is written after it (the stretch is pushed before it is needed, as
    /// the letter loop pushes it when a plain byte follows); otherwise, or when it folds to
    /// something else ("ae" for `æ`), the run ends at its lead byte and the caller's loop
    /// takes it. French has such a letter every few words: each cost a stop of the blocks,
    /// the letter loop and a new run, about 75 instructions.
    ///
    /// # Safety
    ///
    /// The processor must have AVX2 (inlined, as [`fold_blocks`] is).
    #[inline(always)]
    unsafe fn fold_letters(
        block: &[u8; 32],
        folded: __m256i,
        mut letters: u32,
        mut end: usize,
        j: usize,
        out: &mut Vec<u8>,
        stretches: &mut Vec<Stretch>,
    ) -> usize {
        // The folded bytes between letters are moved thirty-two at a time, from an array wide
        // enough for any lane, straight into `out`'s spare capacity: at most 32 bytes are
        // written past the last letter, 64 past the block's start.
        let mut from = [0u8; 64];
        // SAFETY: the processor has AVX2 (this function's contract); the store writes the
        // first 32 bytes of `from`, with no alignment requirement.
        unsafe { _mm256_storeu_si256(from.as_mut_ptr().cast(), folded) };
        out.reserve(64);
        let base = out.len();
        // SAFETY: `base` is within the allocation (its length), which has 64 bytes more.
        let to = unsafe { out.as_mut_ptr().add(base) };
        // SAFETY: AVX2, as above; `to` has 64 bytes of capacity, and `storeu` no alignment
        // requirement.
        unsafe { _mm256_storeu_si256(to.cast(), folded) };
        // Room for the block's stretches at once (a letter is two bytes: at most sixteen), so
        // that each is written without a test of the capacity and the length kept in a
        // register, not stored back for each letter.
        stretches.reserve(16);
        let pushed = stretches.len();
        // Each letter taken drops a byte (its lead byte): the folded byte of lane `q` after
        // `taken` letters goes to `q - taken`.
        let mut taken = 0;
        while letters != 0 {
            let p = letters.trailing_zeros() as usize & 31;
            let letter = C3_LETTER[usize::from(block[(p + 1) & 31] & 0x3f)];
            if letter == 0 || p + 2 >= end {
                end = p;
                break;
            }
            // `p < 30`, and `taken <= p / 2` (the letters before `p` take two lanes each):
            // `w < 30`, and every offset below is under 64.
            let w = p - taken;
            // SAFETY: `w < 31`: within the 64 bytes of capacity at `to`.
            unsafe { *to.add(w) = letter };
            // SAFETY: AVX2, as above; `from[p + 2..p + 34]` is in the array (`p + 2 < 32`),
            // and `to + w + 1` has 32 bytes of capacity (`w + 1 < 32`); unaligned load and
            // store.
            unsafe {
                let next = _mm256_loadu_si256(from.as_ptr().add((p + 2) & 31).cast());
                _mm256_storeu_si256(to.add(w + 1).cast(), next);
            }
            debug_assert!(pushed + taken < stretches.capacity());
            // SAFETY: at most sixteen letters are taken (one every two lanes of 32), and the
            // vector had room for sixteen more than its length before the first: `pushed +
            // taken` is within its capacity.
            unsafe {
                stretches.as_mut_ptr().add(pushed + taken).write(Stretch {
                    norm: base + w + 1,
                    orig: j + p + 2,
                    linear: true,
                });
            }
            taken += 1;
            letters &= letters - 1;
        }
        // SAFETY: the stretches up to `pushed + taken` were written above, within the
        // capacity.
        unsafe { stretches.set_len(pushed + taken) };
        // SAFETY: the bytes up to `base + end - taken` (at most `base + 32`) were written
        // above: the block's first part in full, each part after a letter 32 bytes long.
        unsafe { out.set_len(base + end - taken) };
        end
    }
}

/// [`fold_plain_run`] a byte at a time: the definition, and the tail of a text.
fn fold_plain_run_scalar(bytes: &[u8], mut j: usize, out: &mut Vec<u8>) -> usize {
    while j < bytes.len() {
        let c = bytes[j];
        let plain = c < 0x80
            && (ASCII_CLASS[usize::from(c)] <= UPPER
                || ASCII_CLASS[usize::from(c)] == SPACE && j > 0 && !is_space_class(bytes[j - 1]));
        if !plain {
            break;
        }
        out.push(PLAIN_FOLD[usize::from(c)]);
        j += 1;
    }
    j
}

/// For the 16 bytes of `block` (`space_before`: whether the byte before folds to a space):
/// one bit per byte that ends a plain run (see [`fold_plain_run`]), the bytes folded as in a
/// plain run, and whether the last byte folds to a space.
#[cfg(all(target_arch = "x86_64", target_feature = "sse2"))]
#[inline]
fn plain_block(block: &[u8; 16], space_before: bool) -> (u32, [u8; 16], bool) {
    // SAFETY: SSE2 is enabled for this build (the `cfg` above): it is part of every x86-64
    // target. The function reads a 16-byte array and writes one, nothing else.
    unsafe { plain_block_sse2(block, space_before) }
}

#[cfg(all(target_arch = "x86_64", target_feature = "sse2"))]
#[target_feature(enable = "sse2")]
#[inline]
unsafe fn plain_block_sse2(block: &[u8; 16], space_before: bool) -> (u32, [u8; 16], bool) {
    use crate::sse2::{eq, splat, within};
    use std::arch::x86_64::{
        __m128i, _mm_and_si128, _mm_andnot_si128, _mm_loadu_si128, _mm_movemask_epi8, _mm_or_si128,
        _mm_storeu_si128,
    };
    // SAFETY: the 16 bytes of the array; `loadu` has no alignment requirement.
    let cur: __m128i = unsafe { _mm_loadu_si128(block.as_ptr().cast()) };
    // The bytes that fold to a space: tab, line feed, vertical tab, form feed, carriage
    // return, space and hyphen. Bytes of 0x80 and above are outside every class, and stop a
    // run by their sign bit below.
    let spaces = _mm_or_si128(
        within(cur, b'\t', b'\r'),
        _mm_or_si128(eq(cur, b' '), eq(cur, b'-')),
    );
    // A space-class byte after another stops the run: on the mask's bits, with the byte
    // before the block for the first lane.
    let space_bits = _mm_movemask_epi8(spaces) as u32;
    let second_space = space_bits & (space_bits << 1 | u32::from(space_before));
    let stop_bits =
        second_space | (_mm_movemask_epi8(eq(cur, b'&')) | _mm_movemask_epi8(cur)) as u32;
    let lowered = _mm_or_si128(cur, _mm_and_si128(within(cur, b'A', b'Z'), splat(0x20)));
    // `andnot(a, b)`: `b` and not `a`.
    let folded = _mm_or_si128(
        _mm_andnot_si128(spaces, lowered),
        _mm_and_si128(spaces, splat(b' ')),
    );
    let mut out = [0u8; 16];
    // SAFETY: `out` has 16 bytes; `storeu` has no alignment requirement.
    unsafe { _mm_storeu_si128(out.as_mut_ptr().cast(), folded) };
    (stop_bits, out, space_bits & 0x8000 != 0)
}

/// The ASCII letter that the two-byte character at `at` folds to, if it is one of U+00C0 to
/// U+017F that [`fold_char`] folds to a single ASCII byte ("é" to "e"): read from
/// [`LATIN`] without decoding the character. `bytes` is valid UTF-8.
#[inline]
fn latin_letter(bytes: &[u8], at: usize) -> Option<u8> {
    let lead = *bytes.get(at)?;
    if !(0xc3..=0xc5).contains(&lead) {
        return None;
    }
    // A lead byte of a two-byte character: its continuation byte follows (valid UTF-8).
    let next = *bytes.get(at + 1)?;
    let k = ((usize::from(lead & 0x1f) << 6 | usize::from(next & 0x3f)) - 0xc0) * 2;
    let (letter, second) = (LATIN[k], LATIN[k + 1]);
    (second == b' ' && letter != b'*').then_some(letter)
}

/// Where a character of the original text goes in the folded text.
enum Fold {
    /// Nothing (soft hyphen, zero-width characters, combining accents).
    Drop,
    Space,
    Bytes([u8; 2], usize),
    Char(char),
}

fn fold_char(c: char) -> Fold {
    match c {
        '\u{c0}'..='\u{17f}' => {
            let i = (c as usize - 0xc0) * 2;
            let pair = [LATIN[i], LATIN[i + 1]];
            match pair {
                [b'*', _] => Fold::Char(c),
                [a, b' '] => Fold::Bytes([a, 0], 1),
                _ => Fold::Bytes(pair, 2),
            }
        }
        '\u{a0}'
        | '\u{85}'
        | '\u{1680}'
        | '\u{2000}'..='\u{200a}'
        | '\u{2028}'
        | '\u{2029}'
        | '\u{202f}'
        | '\u{205f}'
        | '\u{3000}' => Fold::Space,
        // Hyphens and dashes join or separate words like spaces do.
        '\u{2010}'..='\u{2015}' | '\u{2212}' => Fold::Space,
        '\u{2018}' | '\u{2019}' | '\u{02bc}' | '\u{2032}' => Fold::Bytes([b'\'', 0], 1),
        '\u{ad}' | '\u{200b}'..='\u{200d}' | '\u{2060}' | '\u{feff}' => Fold::Drop,
        '\u{300}'..='\u{36f}' => Fold::Drop,
        _ => {
            let mut lower = c.to_lowercase();
            match (lower.next(), lower.next()) {
                (Some(l), None) => Fold::Char(l),
                _ => Fold::Char(c),
            }
        }
    }
}

/// Whether the processor has AVX2, BMI1 and BMI2, for [`Folded::fold_avx2`].
#[cfg(all(target_arch = "x86_64", target_feature = "sse2"))]
fn has_avx2_bmi() -> bool {
    std::arch::is_x86_feature_detected!("avx2")
        && std::arch::is_x86_feature_detected!("bmi1")
        && std::arch::is_x86_feature_detected!("bmi2")
}

impl Folded {
    /// Folds `text` into `self`, replacing what was there.
    pub fn fold(&mut self, text: &str) {
        #[cfg(all(target_arch = "x86_64", target_feature = "sse2"))]
        if has_avx2_bmi() {
            // SAFETY: the processor has AVX2, BMI1 and BMI2, checked just above.
            unsafe { self.fold_avx2(text) };
            return;
        }
        // SAFETY: without AVX2, `fold_with` asks nothing of the processor.
        unsafe { self.fold_with::<false>(text) };
    }

    /// [`Self::fold`] compiled for AVX2, its plain runs folded thirty-two bytes at a time: the
    /// whole fold, so that the blocks are inlined into it (called out of line from a fold
    /// compiled without AVX2, their call cost a third of what they saved). With BMI1 and BMI2
    /// too (every processor with AVX2 has them), whose shifts and masks by a variable take one
    /// instruction where plain x86-64 takes three.
    #[cfg(all(target_arch = "x86_64", target_feature = "sse2"))]
    #[target_feature(enable = "avx2,bmi1,bmi2")]
    fn fold_avx2(&mut self, text: &str) {
        // SAFETY: this function runs only where the processor has AVX2 (its target feature).
        unsafe { self.fold_with::<true>(text) };
    }

    /// The body of [`Self::fold`].
    ///
    /// # Safety
    ///
    /// With `AVX2`, the processor must have AVX2.
    #[inline(always)]
    unsafe fn fold_with<const AVX2: bool>(&mut self, text: &str) {
        self.text.clear();
        self.stretches.clear();
        self.orig_len = text.len();
        self.text.reserve(text.len());
        let bytes = text.as_bytes();
        // `next_orig` is the original offset that the next folded byte would map to if the
        // current stretch went on; a stretch starts whenever the real offset differs.
        let mut next_orig = usize::MAX;
        let mut last_space = true;
        let mut i = 0;
        while i < bytes.len() {
            let b = bytes[i];
            let class = ASCII_CLASS[usize::from(b & 0x7f)];
            if b < 0x80 && (class <= UPPER || class == SPACE && !last_space) {
                // A run of ASCII letters, digits, punctuation and single spaces (line breaks
                // and hyphens included), folded in one go: the common case (a line of plain
                // French), and one stretch at most.
                if i != next_orig {
                    self.stretches.push(Stretch {
                        norm: self.text.len(),
                        orig: i,
                        linear: true,
                    });
                }
                self.text.push(PLAIN_FOLD[usize::from(b)]);
                // SAFETY: with `AVX2` the processor has AVX2 (this function's contract).
                let mut j = unsafe {
                    fold_plain_run::<AVX2>(bytes, i + 1, &mut self.text, &mut self.stretches)
                };
                next_orig = j;
                // An accented letter that folds to one ASCII letter ("é", "À") goes on the run:
                // its byte continues the stretch, and the run after it starts a new one. Taken
                // apart, each cost a character decoding and a new run, and French has one every
                // few words.
                while let Some(letter) = latin_letter(bytes, j) {
                    self.text.push(letter);
                    let after = j + 2;
                    if !bytes
                        .get(after)
                        .is_some_and(|&c| c < 0x80 && ASCII_CLASS[usize::from(c)] != AMPERSAND)
                    {
                        // As `push_linear` leaves it: the letter's byte mapped to `j`.
                        next_orig = j + 1;
                        j = after;
                        break;
                    }
                    // A plain run follows (after a letter, a space-class byte is plain too).
                    self.stretches.push(Stretch {
                        norm: self.text.len(),
                        orig: after,
                        linear: true,
                    });
                    // SAFETY: as above.
                    j = unsafe {
                        fold_plain_run::<AVX2>(bytes, after, &mut self.text, &mut self.stretches)
                    };
                    next_orig = j;
                }
                // After a letter, the byte before `j` is its last byte, not of the space class.
                last_space = is_space_class(bytes[j - 1]);
                i = j;
                continue;
            }
            if b < 0x80 {
                match ASCII_CLASS[b as usize] {
                    COPY => {
                        self.push_linear(&mut next_orig, i, b);
                        last_space = false;
                    }
                    UPPER => {
                        self.push_linear(&mut next_orig, i, b | 0x20);
                        last_space = false;
                    }
                    SPACE => {
                        if !last_space {
                            self.push_linear(&mut next_orig, i, b' ');
                            last_space = true;
                        }
                    }
                    _ => {
                        // `&`: spelt "et", as a word of its own.
                        if !last_space {
                            self.push_linear(&mut next_orig, i, b' ');
                        }
                        self.stretches.push(Stretch {
                            norm: self.text.len(),
                            orig: i,
                            linear: false,
                        });
                        self.text.extend_from_slice(b"et");
                        next_orig = usize::MAX;
                        self.push_linear(&mut next_orig, i + 1, b' ');
                        last_space = true;
                    }
                }
                i += 1;
                continue;
            }
            // Non-ASCII: decode one character (the input is valid UTF-8).
            let c = text[i..].chars().next().unwrap_or('\u{fffd}');
            let len = c.len_utf8();
            match fold_char(c) {
                Fold::Drop => {}
                Fold::Space => {
                    if !last_space {
                        self.push_linear(&mut next_orig, i, b' ');
                        last_space = true;
                    }
                }
                Fold::Bytes(pair, n) => {
                    for (k, &fb) in pair[..n].iter().enumerate() {
                        self.push_linear(&mut next_orig, i + k, fb);
                    }
                    last_space = false;
                }
                Fold::Char(f) => {
                    let mut buf = [0u8; 4];
                    for (k, &fb) in f.encode_utf8(&mut buf).as_bytes().iter().enumerate() {
                        self.push_linear(&mut next_orig, i + k, fb);
                    }
                    last_space = false;
                }
            }
            i += len;
        }
    }

    #[inline]
    fn push_linear(&mut self, next_orig: &mut usize, orig: usize, byte: u8) {
        if orig != *next_orig {
            self.stretches.push(Stretch {
                norm: self.text.len(),
                orig,
                linear: true,
            });
        }
        self.text.push(byte);
        *next_orig = orig + 1;
    }

    /// The original offset of folded offset `norm`: for a character boundary of the folded
    /// text, the boundary of the original character it comes from; the folded end maps to
    /// the original end.
    pub fn original(&self, norm: usize) -> usize {
        let i = self.stretches.partition_point(|s| s.norm <= norm);
        self.original_in(norm, i)
    }

    /// [`Self::original`] of `start` and of `end` (`start <= end`). The end's stretch is
    /// looked for from the start's, forward: the two ends of a name lie a few stretches apart,
    /// and French text has a stretch every few words, so a second binary search cost more.
    pub fn original_span(&self, start: usize, end: usize) -> (usize, usize) {
        let i = self.stretches.partition_point(|s| s.norm <= start);
        let mut k = i;
        while self.stretches.get(k).is_some_and(|s| s.norm <= end) {
            k += 1;
        }
        (self.original_in(start, i), self.original_in(end, k))
    }

    /// [`Self::original_span`], with the start's stretch looked for from `hint` forward (at
    /// steps that double, then by halves) and `hint` left there for the next call: a scan
    /// confirms its names in text order, a few stretches apart, where a binary search over
    /// the whole map took seventeen steps. Any `hint` gives the same answer; one past the
    /// start's stretch costs a binary search.
    pub fn original_span_from(&self, hint: &mut usize, start: usize, end: usize) -> (usize, usize) {
        let stretches = self.stretches.as_slice();
        let mut i = (*hint).min(stretches.len());
        if i > 0 && stretches[i - 1].norm > start {
            i = stretches.partition_point(|s| s.norm <= start);
        } else {
            // Every stretch before `i` starts at or before `start`.
            let mut step = 1;
            while stretches.get(i + step - 1).is_some_and(|s| s.norm <= start) {
                i += step;
                step *= 2;
            }
            let bound = (i + step - 1).min(stretches.len());
            i += stretches[i..bound].partition_point(|s| s.norm <= start);
        }
        *hint = i;
        let mut k = i;
        while stretches.get(k).is_some_and(|s| s.norm <= end) {
            k += 1;
        }
        (self.original_in(start, i), self.original_in(end, k))
    }

    /// [`Self::original`] of `norm`, with its stretch found by `cursor`, which only moves
    /// forward; `None` for a `norm` before the cursor's stretch. Walks come in text order, so
    /// the walks' prefetches read the map once, in order, which
    /// the processor's own prefetcher follows, where the searches of
    /// [`Self::original_span_from`] read it at scattered places, each read a miss.
    pub(super) fn original_ahead(&self, cursor: &mut usize, norm: usize) -> Option<usize> {
        let stretches = self.stretches.as_slice();
        let mut i = *cursor;
        while stretches.get(i).is_some_and(|s| s.norm <= norm) {
            i += 1;
        }
        *cursor = i;
        if i > 0 && stretches.get(i - 1).is_none_or(|s| s.norm > norm) {
            return None;
        }
        Some(self.original_in(norm, i))
    }

    /// [`Self::original`] of `norm`, given the number of stretches that start at or before it.
    fn original_in(&self, norm: usize, stretches_before: usize) -> usize {
        if norm >= self.text.len() {
            return self.orig_len;
        }
        match stretches_before.checked_sub(1).map(|k| self.stretches[k]) {
            Some(s) if s.linear => s.orig + (norm - s.norm),
            Some(s) => s.orig,
            None => norm,
        }
    }

    /// How many map entries the last fold needed (for tests and measurements).
    pub fn stretch_count(&self) -> usize {
        self.stretches.len()
    }
}

/// Folds a name from a client list: the same folding as the text, without the map.
pub fn fold_name(name: &str, scratch: &mut Folded) -> String {
    scratch.fold(name);
    String::from_utf8_lossy(&scratch.text).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn folded(text: &str) -> (String, Folded) {
        let mut f = Folded::default();
        f.fold(text);
        (String::from_utf8(f.text.clone()).unwrap(), f)
    }

    #[test]
    fn folding_table() {
        let cases = [
            ("Lefèvre", "lefevre"),
            ("LEFÈVRE", "lefevre"),
            ("Cœur  de\u{a0}Lion", "coeur de lion"),
            ("Dupont\n\r\n & Fils", "dupont et fils"),
            ("Dupont&Fils", "dupont et fils"),
            ("l’Oréal", "l'oreal"),
            ("Saint-Étienne", "saint etienne"),
            ("Straße", "strasse"),
            ("Łódź", "lodz"),
            ("e\u{301}cole", "ecole"),
            ("ΣΑΣ", "σασ"),
            ("a\u{ad}b", "ab"),
        ];
        for (text, want) in cases {
            assert_eq!(folded(text).0, want, "{text:?}");
        }
    }

    /// Every folded word start and end maps back to the original word's start and end.
    #[test]
    fn offsets_map_back_to_the_original() {
        let text = "Été:  Transports LEFÈVRE &\u{a0}Fils — Cœur’s été";
        let (norm, f) = folded(text);
        let check = |word_norm: &str, word_orig: &str| {
            let ns = norm.find(word_norm).unwrap();
            let os = text.find(word_orig).unwrap();
            assert_eq!(f.original(ns), os, "{word_norm}");
            assert_eq!(
                f.original(ns + word_norm.len()),
                os + word_orig.len(),
                "{word_norm}"
            );
        };
        check("ete:", "Été:");
        check("transports", "Transports");
        check("lefevre", "LEFÈVRE");
        check("lefevre et fils", "LEFÈVRE &\u{a0}Fils");
        check("coeur's", "Cœur’s");
        assert_eq!(f.original(norm.len()), text.len());
        assert!(f.stretch_count() < text.len());
    }

    /// Every byte value at every lane, after each kind of byte, and random texts of the bytes
    /// that matter, at every start: the SIMD run and its folding are the scalar ones.
    #[test]
    fn plain_run_agrees_with_the_byte_loop() {
        let check = |bytes: &[u8]| {
            for from in 1..=bytes.len() {
                let (mut simd, mut scalar) = (Vec::new(), Vec::new());
                let end = fold_plain_run_scalar(bytes, from, &mut scalar);
                // SAFETY: without AVX2, `fold_plain_run` asks nothing of the processor.
                let mut stretches = Vec::new();
                let sse2 =
                    unsafe { fold_plain_run::<false>(bytes, from, &mut simd, &mut stretches) };
                assert_eq!(sse2, end, "{bytes:?} from {from}");
                assert_eq!(simd, scalar, "{bytes:?} from {from}");
                assert!(stretches.is_empty());
                // The AVX2 run also takes letters `0xc3 xx` (checked against the whole fold
                // below): compared here where it has none to take.
                let letter = bytes[from..].contains(&0xc3);
                #[cfg(all(target_arch = "x86_64", target_feature = "sse2"))]
                if std::arch::is_x86_feature_detected!("avx2") && !letter {
                    simd.clear();
                    // SAFETY: the processor has AVX2, checked just above.
                    let avx2 =
                        unsafe { fold_plain_run::<true>(bytes, from, &mut simd, &mut stretches) };
                    assert!(stretches.is_empty());
                    assert_eq!(avx2, end, "{bytes:?} from {from}");
                    assert_eq!(simd, scalar, "{bytes:?} from {from}");
                }
            }
        };
        for b in 0..=255u8 {
            for lane in 0..40 {
                for before in [b'a', b' ', b'-', b'\n', b'Q', 0xc3] {
                    let mut bytes = vec![b'a'; 48];
                    bytes[lane] = before;
                    bytes[lane + 1] = b;
                    check(&bytes);
                }
            }
        }
        let alphabet = b"aZ9. \t\n\r\x0b\x0c\x08\x0e-&@[`{\x7f\x80\xc3\xa9";
        let mut rng = crate::test_rng::TestRng(0x9e37_79b9_7f4a_7c15);
        for len in 0..200 {
            let bytes: Vec<u8> = (0..len).map(|_| rng.pick(alphabet)).collect();
            check(&bytes);
        }
    }

    /// The whole fold with the AVX2 blocks, which take the letters `0xc3 xx` into the run,
    /// and without (the SSE2 blocks, which stop at them and leave them to the letter loop):
    /// the same folded text and the same map, stretch for stretch. Every letter of U+00C0 to
    /// U+00FF at every lane of a block, before every kind of character and the text's end,
    /// and random texts of every Latin-1 letter, with other characters of the map.
    #[test]
    fn avx2_letters_fold_as_the_letter_loop() {
        #[cfg(all(target_arch = "x86_64", target_feature = "sse2"))]
        if has_avx2_bmi() {
            let (mut avx2, mut sse2) = (Folded::default(), Folded::default());
            let mut check = |text: &str| {
                // SAFETY: the processor has AVX2, BMI1 and BMI2, checked above; without,
                // nothing is asked.
                unsafe {
                    avx2.fold_avx2(text);
                    sse2.fold_with::<false>(text);
                }
                assert_eq!(avx2.text, sse2.text, "{text:?}");
                assert_eq!(avx2.stretches, sse2.stretches, "{text:?}");
                assert_eq!(avx2.orig_len, sse2.orig_len);
            };
            let after = [
                "b", "B", " ", "  ", "\n", "-", "&", ".", "é", "É", "×", "æ", "ß", "œ", "\u{a0}",
                "\u{ad}", "\u{2019}", "\u{301}", "\u{200b}", "Σ", "€", "",
            ];
            for c in '\u{c0}'..='\u{ff}' {
                for lane in 0..70 {
                    for next in after {
                        for before in ["a", " "] {
                            let head = "a".repeat(lane);
                            let tail = "z".repeat(70 - lane);
                            check(&format!("{head}{before}{c}{next}{tail}"));
                            check(&format!("{head}{before}{c}{next}"));
                            check(&format!("{head}{before}{c}{c}{next}{tail}"));
                        }
                    }
                }
            }
            // Blocks full of letters: sixteen in one block of thirty-two bytes, the most
            // there can be, at every lane.
            for lane in 0..40 {
                for count in [15, 16, 17, 33, 40] {
                    for letters in ["é", "éÀ", "çÉà"] {
                        let run: String = letters.chars().cycle().take(count).collect();
                        check(&format!("{}{run}z", "a".repeat(lane)));
                        check(&format!("{} {run} {}", "a".repeat(lane), "z".repeat(40)));
                    }
                }
            }
            let latin: Vec<char> = ('\u{c0}'..='\u{ff}').collect();
            let other: Vec<char> = "aZq9.,'  \t\n\r-&œß\u{a0}\u{ad}\u{2019}\u{301}Σ€x"
                .chars()
                .collect();
            let mut rng = crate::test_rng::TestRng(0x5eed_c3c3_a9a9_0001);
            for len in (0..400).chain([1000, 5000]) {
                for rate in [2, 6, 30] {
                    let text: String = (0..len)
                        .map(|_| {
                            if rng.below(rate) == 0 {
                                rng.pick(&latin)
                            } else {
                                rng.pick(&other)
                            }
                        })
                        .collect();
                    check(&text);
                }
            }
        }
    }

    /// The folding defined a character at a time: the folded bytes, each with the original
    /// offset it maps back to.
    fn fold_by_char(text: &str) -> (Vec<u8>, Vec<usize>) {
        let mut out: Vec<(u8, usize)> = Vec::new();
        let mut last_space = true;
        for (i, c) in text.char_indices() {
            let class = if c.is_ascii() {
                ASCII_CLASS[usize::from(c as u8)]
            } else {
                COPY
            };
            let fold = match (c.is_ascii(), class) {
                (true, SPACE) => Fold::Space,
                (true, AMPERSAND) => {
                    if !last_space {
                        out.push((b' ', i));
                    }
                    out.extend([(b'e', i), (b't', i), (b' ', i + 1)]);
                    last_space = true;
                    continue;
                }
                (true, _) => Fold::Bytes([(c as u8).to_ascii_lowercase(), 0], 1),
                (false, _) => fold_char(c),
            };
            match fold {
                Fold::Drop => {}
                Fold::Space => {
                    if !last_space {
                        out.push((b' ', i));
                        last_space = true;
                    }
                }
                Fold::Bytes(pair, n) => {
                    out.extend(pair[..n].iter().enumerate().map(|(k, &b)| (b, i + k)));
                    last_space = false;
                }
                Fold::Char(f) => {
                    let mut buf = [0u8; 4];
                    let bytes = f.encode_utf8(&mut buf).as_bytes();
                    out.extend(bytes.iter().enumerate().map(|(k, &b)| (b, i + k)));
                    last_space = false;
                }
            }
        }
        out.into_iter().unzip()
    }

    /// Random texts of the characters that matter: the folded text and the offset of every
    /// folded byte are those of the character-at-a-time definition.
    #[test]
    fn fold_agrees_with_the_character_definition() {
        let alphabet: Vec<char> = "aZq9.,'  \t\n\r-&éÉœß\u{a0}\u{ad}\u{2019}\u{301}Σ€x"
            .chars()
            .collect();
        let mut rng = crate::test_rng::TestRng(0x2545_f491_4f6c_dd1d);
        let mut folded = Folded::default();
        for len in 0..300 {
            let text: String = (0..len).map(|_| rng.pick(&alphabet)).collect();
            folded.fold(&text);
            let (want, orig) = fold_by_char(&text);
            assert_eq!(folded.text, want, "{text:?}");
            for (k, &at) in orig.iter().enumerate() {
                assert_eq!(folded.original(k), at, "{text:?} at folded {k}");
            }
            assert_eq!(folded.original(want.len()), text.len());
            for start in 0..=want.len() {
                for end in start..=want.len() {
                    assert_eq!(
                        folded.original_span(start, end),
                        (folded.original(start), folded.original(end)),
                        "{text:?} at folded {start}..{end}"
                    );
                    // From any hint, before, at or after the start's stretch.
                    for from in [0, start / 2, start, end, usize::MAX] {
                        let mut hint = from;
                        assert_eq!(
                            folded.original_span_from(&mut hint, start, end),
                            folded.original_span(start, end),
                            "{text:?} at folded {start}..{end} from {from}"
                        );
                    }
                }
            }
        }
        // A scan's hint, carried from start to start in text order.
        for len in [0, 1, 40, 300] {
            let text: String = (0..len).map(|_| rng.pick(&alphabet)).collect();
            folded.fold(&text);
            let mut hint = 0;
            for start in 0..=folded.text.len() {
                let end = (start + 7).min(folded.text.len());
                assert_eq!(
                    folded.original_span_from(&mut hint, start, end),
                    folded.original_span(start, end),
                    "{text:?} at folded {start}..{end}"
                );
            }
        }
        // The forward cursor of the walks' prefetches, asked at growing offsets (by steps of
        // 0 to 9 bytes), then once before the offset it has got to.
        for len in [0, 1, 40, 300] {
            let text: String = (0..len).map(|_| rng.pick(&alphabet)).collect();
            folded.fold(&text);
            let (mut cursor, mut norm) = (0, 0);
            while norm <= folded.text.len() + 3 {
                let want = folded.original(norm);
                assert_eq!(
                    folded.original_ahead(&mut cursor, norm),
                    Some(want),
                    "{text:?} at folded {norm}"
                );
                norm += rng.below(10);
            }
            for back in 0..=folded.text.len() {
                let mut cursor = 0;
                folded.original_ahead(&mut cursor, folded.text.len());
                let again = folded.original_ahead(&mut cursor, back);
                assert!(
                    again.is_none_or(|at| at == folded.original(back)),
                    "{text:?} back at folded {back}"
                );
            }
        }
        // Every character of the Latin table and around it, alone, in a word, after a space and
        // before a combining accent and a non-Latin letter.
        for c in '\u{a0}'..='\u{24f}' {
            for text in [
                c.to_string(),
                format!("Ab{c}cd"),
                format!("a {c}{c}-x"),
                format!("{c}\u{301}Σ"),
            ] {
                folded.fold(&text);
                let (want, orig) = fold_by_char(&text);
                assert_eq!(folded.text, want, "{text:?}");
                for (k, &at) in orig.iter().enumerate() {
                    assert_eq!(folded.original(k), at, "{text:?} at folded {k}");
                }
            }
        }
    }

    /// Long plain runs (the blocks of 32 and 16 bytes), broken now and then by an accented
    /// letter, a double space, `&` or a character of the map, at every place in a block.
    #[test]
    fn long_plain_runs_fold_as_by_character() {
        let plain: Vec<char> = "abcdefghijklmnopqrstuvwxyzAZ09 .,-'\n".chars().collect();
        let rare: Vec<char> = "é  &\u{a0}\u{2019}Σ-\t".chars().collect();
        let mut rng = crate::test_rng::TestRng(0x1f0d_4a11_b10c_5eed);
        let mut folded = Folded::default();
        for len in 0..400 {
            for rate in [8, 40, 1000] {
                let text: String = (0..len)
                    .map(|_| {
                        if rng.below(rate) == 0 {
                            rng.pick(&rare)
                        } else {
                            rng.pick(&plain)
                        }
                    })
                    .collect();
                folded.fold(&text);
                let (want, orig) = fold_by_char(&text);
                assert_eq!(folded.text, want, "{text:?}");
                for (k, &at) in orig.iter().enumerate() {
                    assert_eq!(folded.original(k), at, "{text:?} at folded {k}");
                }
            }
        }
    }

    #[test]
    fn plain_ascii_needs_one_stretch() {
        let (_, f) = folded("plain ascii text, nothing to fold");
        assert_eq!(f.stretch_count(), 1);
    }
}
