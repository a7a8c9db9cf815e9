//! Where a walk over the folded text may begin: the words of the text, found sixteen bytes at
//! a time, and a filter over the names' first words that answers for most of them with one
//! bit.
//!
//! Hashing every word of a text byte by byte to ask the walk's bit set cost more than the
//! rest of the client scan on business text. Here the words are found with SIMD masks, a
//! word's filter key is read eight bytes at a time, and a walk starts only where the filter
//! allows it.
//!
//! French function words ("le", "de", "la", "du") start many listed names ("Le Petit
//! Fournil", "De Sousa & Fils") and a third of the words of any French text. A name that starts
//! with one of them is filed under its first *two* words instead: the filter marks the
//! function word as [`STOP`], and the pair of it and the next word in a second filter. So "le
//! client" and "de la" cost two lookups, not a walk. A function word that is a whole name on
//! its own is filed as a plain first word ([`FIRST`]), and a walk from a [`FIRST`] word covers
//! every name starting there, so the filter never loses a name.

use super::WORD_BYTES;

/// A name starts with this word: walk from it.
pub(super) const FIRST: u8 = 1;
/// A name starts with this function word and goes on: walk from it if the pair of it and the
/// next word is in the pair filter.
pub(super) const STOP: u8 = 2;

/// Frequent French (and a few English) function words, folded. Only the cost depends on this
/// list: a name starting with any other word is filed under its first word. A `match`, which
/// compiles to a few comparisons: it runs for every name of a list.
pub(super) fn is_stop_word(word: &[u8]) -> bool {
    matches!(
        word,
        b"a" | b"au"
            | b"aux"
            | b"avec"
            | b"c"
            | b"ce"
            | b"ces"
            | b"cette"
            | b"d"
            | b"dans"
            | b"de"
            | b"des"
            | b"du"
            | b"elle"
            | b"en"
            | b"est"
            | b"et"
            | b"il"
            | b"j"
            | b"je"
            | b"l"
            | b"la"
            | b"le"
            | b"les"
            | b"leur"
            | b"m"
            | b"ma"
            | b"mais"
            | b"me"
            | b"mes"
            | b"mon"
            | b"n"
            | b"ne"
            | b"nos"
            | b"notre"
            | b"nous"
            | b"on"
            | b"ou"
            | b"par"
            | b"pas"
            | b"plus"
            | b"pour"
            | b"qu"
            | b"que"
            | b"qui"
            | b"s"
            | b"sa"
            | b"se"
            | b"ses"
            | b"son"
            | b"sur"
            | b"t"
            | b"un"
            | b"une"
            | b"vos"
            | b"votre"
            | b"vous"
            | b"y"
            | b"and"
            | b"of"
            | b"the"
    )
}

/// Two bits per slot of a hash, the slot taken from the hash's high half. Sized to its
/// distinct entries (`slots_per_entry` of them, 16 slots for at most 1 in 16 false hits), at
/// least 4,096 slots.
#[derive(Debug)]
pub(super) struct SlotBits {
    words: Vec<u64>,
    mask: usize,
}

impl SlotBits {
    pub(super) fn new<'a>(
        entries: impl Iterator<Item = &'a (u64, u8)> + Clone,
        slots_per_entry: usize,
    ) -> SlotBits {
        // Sized to the distinct hashes: in a list the same prefixes come back ("transports",
        // "boulangerie"), and a set sized to every entry would be several times too large to
        // stay in cache. Their number is estimated by linear counting (a bitmap of twice the
        // entries, `m ln(m / empty)`), in one pass and without sorting.
        let count = {
            let entries_count = entries.clone().count();
            let m = (entries_count * 2).next_power_of_two().max(64);
            let mut seen = vec![0u64; m / 64];
            for &(hash, _) in entries.clone() {
                let bit = (hash >> 32) as usize & (m - 1);
                seen[bit / 64] |= 1 << (bit % 64);
            }
            let empty: u32 = seen.iter().map(|w| w.count_zeros()).sum();
            let estimate = m as f64 * (m as f64 / f64::from(empty.max(1))).ln();
            (estimate.ceil() as usize).min(entries_count)
        };
        let slots = (count * slots_per_entry)
            .next_power_of_two()
            .clamp(1 << 12, 1 << 28);
        let mut words = vec![0u64; slots / 32];
        for &(hash, flags) in entries {
            let slot = (hash >> 32) as usize & (slots - 1);
            words[slot / 32] |= u64::from(flags & 3) << ((slot % 32) * 2);
        }
        SlotBits {
            words,
            mask: slots - 1,
        }
    }

    #[inline]
    pub(super) fn get(&self, hash: u64) -> u8 {
        let slot = (hash >> 32) as usize & self.mask;
        ((self.words[slot / 32] >> ((slot % 32) * 2)) & 3) as u8
    }
}

/// The filter key of the word `bytes[start..end]` (not empty): its bytes, eight at a time,
/// and its length, mixed. Any function of the word's bytes would do, as long as the list's
/// side and the text's side agree; this one reads a short word in one load.
#[inline]
pub(super) fn word_key(bytes: &[u8], start: usize, end: usize) -> u64 {
    let len = end - start;
    let head = load(bytes, start, len.min(8));
    let key = if len <= 8 {
        head
    } else {
        head ^ load(bytes, end - 8, 8).rotate_left(29) ^ (len as u64).wrapping_mul(0x9e37_79b9)
    };
    mix(key)
}

/// [`word_key`], read from the eight bytes that end at `end`: a word of up to eight bytes is
/// their high bytes, one shift away, where [`word_key`] masks a load from `start` by the
/// length. The text's side asks this for every word; it falls back on [`word_key`] only for
/// a word that ends in the first eight bytes.
#[inline]
pub(super) fn word_key_at_end(bytes: &[u8], start: usize, end: usize) -> u64 {
    let len = end - start;
    let Some(&tail) = bytes.get(..end).and_then(<[u8]>::last_chunk::<8>) else {
        return word_key(bytes, start, end);
    };
    let tail = u64::from_le_bytes(tail);
    let key = if len <= 8 {
        // `len` is at least 1: the shift is at most 56.
        tail >> (8 * (8 - len))
    } else {
        load(bytes, start, 8) ^ tail.rotate_left(29) ^ (len as u64).wrapping_mul(0x9e37_79b9)
    };
    mix(key)
}

/// The key of a function word followed by the word of key `next`.
#[inline]
pub(super) fn pair_key(first: u64, next: u64) -> u64 {
    mix(first.rotate_left(32) ^ next ^ 0x5bd1_e995_5bd1_e995)
}

/// One multiplication: [`SlotBits`] takes its slot from the high half, where every bit of
/// the key counts.
#[inline]
fn mix(z: u64) -> u64 {
    z.wrapping_mul(0x9e37_79b9_7f4a_7c15)
}

/// `n` (at most 8) bytes from `at`, little-endian, the rest zero.
#[inline]
fn load(bytes: &[u8], at: usize, n: usize) -> u64 {
    // `first_chunk` checks the length once; `get(at..at + 8)` also checked the addition.
    if let Some(&eight) = bytes.get(at..).and_then(<[u8]>::first_chunk::<8>) {
        // `n` is at least 1 (words are not empty).
        u64::from_le_bytes(eight) & (u64::MAX >> (64 - 8 * n))
    } else {
        let mut word = [0u8; 8];
        word[..n].copy_from_slice(&bytes[at..at + n]);
        u64::from_le_bytes(word)
    }
}

/// Calls `f(start, end)` for every maximal run of word bytes ([`WORD_BYTES`]) of `bytes`, in
/// order, sixty-four bytes at a time: in a block the `k`-th word end pairs with the `k`-th
/// word start (or, first, with the start of a word that runs in from the block before), so a
/// word costs two bit scans. `f` is called from one place only, so that it is inlined.
///
/// The blocks' masks are found [`MASK_BLOCKS`] at a time, ahead of the words: with AVX2 where
/// the processor has it, in a function of its own (the words' loop, with `f` inlined into
/// it, is compiled for every x86-64 processor).
#[inline(always)]
pub(super) fn for_each_word(bytes: &[u8], mut f: impl FnMut(usize, usize)) {
    #[cfg(all(target_arch = "x86_64", target_feature = "sse2"))]
    let avx2 = std::arch::is_x86_feature_detected!("avx2");
    #[cfg(not(all(target_arch = "x86_64", target_feature = "sse2")))]
    let avx2 = false;
    let mut masks = [0u64; MASK_BLOCKS];
    // Whether a word runs in from the block before, and its start.
    let mut open = false;
    let mut open_start = 0;
    let mut base = 0;
    // A word that ends the text ends in the empty block after it.
    while base < bytes.len() || open {
        let k = (base / 64) % MASK_BLOCKS;
        if k == 0 {
            block_masks(bytes, base, &mut masks, avx2);
        }
        let m = masks[k];
        let shifted = (m << 1) | u64::from(open);
        let mut starts = m & !shifted;
        let mut ends = !m & shifted;
        while ends != 0 {
            let start = if open {
                open = false;
                open_start
            } else {
                let start = base + starts.trailing_zeros() as usize;
                starts &= starts - 1;
                start
            };
            f(start, base + ends.trailing_zeros() as usize);
            ends &= ends - 1;
        }
        if starts != 0 {
            open_start = base + starts.trailing_zeros() as usize;
        }
        open = m >> 63 != 0;
        base += 64;
    }
}

/// How many blocks' masks [`for_each_word`] finds at once (4 KiB of text).
const MASK_BLOCKS: usize = 64;

/// The [`word_mask`] of each block of 64 bytes from `base` on (0 past the text), with AVX2
/// when `avx2` says that the processor has it.
#[inline(never)]
fn block_masks(bytes: &[u8], base: usize, masks: &mut [u64; MASK_BLOCKS], avx2: bool) {
    #[cfg(all(target_arch = "x86_64", target_feature = "sse2"))]
    if avx2 {
        // SAFETY: `avx2` is the processor's answer (`for_each_word`).
        unsafe { block_masks_avx2(bytes, base, masks) };
        return;
    }
    let _ = avx2;
    for (k, m) in masks.iter_mut().enumerate() {
        *m = word_mask(
            bytes
                .get(base + 64 * k..)
                .map_or(&[], |b| &b[..b.len().min(64)]),
        );
    }
}

/// [`block_masks`] with AVX2 for the whole blocks.
#[cfg(all(target_arch = "x86_64", target_feature = "sse2"))]
#[target_feature(enable = "avx2")]
fn block_masks_avx2(bytes: &[u8], base: usize, masks: &mut [u64; MASK_BLOCKS]) {
    for (k, m) in masks.iter_mut().enumerate() {
        let at = base + 64 * k;
        *m = match bytes.get(at..at + 64).map(<&[u8; 64]>::try_from) {
            Some(Ok(full)) => word_mask_avx2(full),
            _ => word_mask(bytes.get(at..).unwrap_or_default()),
        };
    }
}

/// Bit `i` set where `block[i]` is a word byte; `block` holds at most 64 bytes.
#[inline]
fn word_mask(block: &[u8]) -> u64 {
    #[cfg(all(target_arch = "x86_64", target_feature = "sse2"))]
    if let Ok(full) = <&[u8; 64]>::try_from(block) {
        // SAFETY: SSE2 is enabled for this build (the `cfg` above), as on every x86-64
        // target; the function reads the 64 bytes of the array and nothing else.
        return unsafe { word_mask_sse2(full) };
    }
    word_mask_scalar(block)
}

/// [`word_mask`] of a whole block, thirty-two bytes at a time.
#[cfg(all(target_arch = "x86_64", target_feature = "sse2"))]
#[target_feature(enable = "avx2")]
#[inline]
fn word_mask_avx2(block: &[u8; 64]) -> u64 {
    use crate::sse2::avx2::within;
    use std::arch::x86_64::{_mm256_loadu_si256, _mm256_movemask_epi8, _mm256_or_si256};
    let mut m = 0u64;
    for k in 0..2 {
        // SAFETY: bytes 32k..32k+32 lie inside the 64-byte array; `loadu` has no alignment
        // requirement.
        let v = unsafe { _mm256_loadu_si256(block.as_ptr().add(32 * k).cast()) };
        let alnum = _mm256_or_si256(
            within(v, b'0', b'9'),
            _mm256_or_si256(within(v, b'a', b'z'), within(v, b'A', b'Z')),
        );
        // Bytes of 0x80 and above are word bytes: their sign bit.
        let bits = (_mm256_movemask_epi8(alnum) | _mm256_movemask_epi8(v)) as u32;
        m |= u64::from(bits) << (32 * k);
    }
    m
}

/// [`word_mask`] a byte at a time: the definition, and the tail of a text.
fn word_mask_scalar(block: &[u8]) -> u64 {
    block.iter().enumerate().fold(0, |m, (i, &b)| {
        m | u64::from(WORD_BYTES[usize::from(b)]) << i
    })
}

#[cfg(all(target_arch = "x86_64", target_feature = "sse2"))]
#[target_feature(enable = "sse2")]
#[inline]
unsafe fn word_mask_sse2(block: &[u8; 64]) -> u64 {
    use crate::sse2::within;
    use std::arch::x86_64::{_mm_loadu_si128, _mm_movemask_epi8, _mm_or_si128};
    let mut m = 0u64;
    for k in 0..4 {
        // SAFETY: bytes 16k..16k+16 lie inside the 64-byte array; `loadu` has no alignment
        // requirement.
        let v = unsafe { _mm_loadu_si128(block.as_ptr().add(16 * k).cast()) };
        let alnum = _mm_or_si128(
            within(v, b'0', b'9'),
            _mm_or_si128(within(v, b'a', b'z'), within(v, b'A', b'Z')),
        );
        // Bytes of 0x80 and above are word bytes: their sign bit.
        let bits = (_mm_movemask_epi8(alnum) | _mm_movemask_epi8(v)) as u32 & 0xffff;
        m |= u64::from(bits) << (16 * k);
    }
    m
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_rng::TestRng;

    /// The words of `bytes` by the plain definition: maximal runs of word bytes.
    fn plain_words(bytes: &[u8]) -> Vec<(usize, usize)> {
        let mut out = Vec::new();
        let mut i = 0;
        while i < bytes.len() {
            if !WORD_BYTES[usize::from(bytes[i])] {
                i += 1;
                continue;
            }
            let s = i;
            while i < bytes.len() && WORD_BYTES[usize::from(bytes[i])] {
                i += 1;
            }
            out.push((s, i));
        }
        out
    }

    fn words(bytes: &[u8]) -> Vec<(usize, usize)> {
        let mut out = Vec::new();
        for_each_word(bytes, |s, e| out.push((s, e)));
        out
    }

    #[test]
    fn words_are_the_runs_of_word_bytes() {
        // Every byte value at every lane of a block, among word and non-word bytes.
        for b in 0..=255u8 {
            for lane in 0..70 {
                for fill in [b'a', b' ', 0xc3, b'-'] {
                    let mut bytes = vec![fill; 140];
                    bytes[lane] = b;
                    assert_eq!(words(&bytes), plain_words(&bytes), "byte {b:#x} at {lane}");
                }
            }
        }
        // Random texts of every length around the block size, from a small alphabet.
        let alphabet = b"aZ9 -'\n\xc3\xa9&.";
        let mut rng = TestRng(0x5eed_c0de);
        for len in 0..300 {
            let bytes: Vec<u8> = (0..len)
                .map(|_| alphabet[rng.below(alphabet.len())])
                .collect();
            assert_eq!(words(&bytes), plain_words(&bytes), "{bytes:?}");
        }
    }

    /// The blocks' masks, with and without AVX2, are the byte-by-byte ones, past the text's
    /// end (0) included.
    #[test]
    fn block_masks_are_the_bytes_masks() {
        let alphabet = b"aZ9 -'\n\xc3\xa9&.\x7f\x80{@`/:";
        let mut rng = TestRng(0xb10c_3a5c);
        let avx2 = cfg!(all(target_arch = "x86_64", target_feature = "sse2"))
            && std::arch::is_x86_feature_detected!("avx2");
        for len in [0, 1, 63, 64, 65, 4095, 4096, 4097, 9000] {
            let bytes: Vec<u8> = (0..len)
                .map(|_| alphabet[rng.below(alphabet.len())])
                .collect();
            for base in (0..len + 64 * MASK_BLOCKS).step_by(64 * MASK_BLOCKS) {
                let want: Vec<u64> = (0..MASK_BLOCKS)
                    .map(|k| {
                        let at = (base + 64 * k).min(len);
                        word_mask_scalar(&bytes[at..(at + 64).min(len)])
                    })
                    .collect();
                for with_avx2 in [false, avx2] {
                    let mut masks = [1u64; MASK_BLOCKS];
                    block_masks(&bytes, base, &mut masks, with_avx2);
                    assert_eq!(masks.to_vec(), want, "{len} bytes from {base}, {with_avx2}");
                }
            }
        }
    }

    /// The set is sized to the distinct hashes, not to the entries, and answers for each.
    #[test]
    fn sets_are_sized_to_distinct_entries() {
        for (distinct, copies) in [(1usize, 1usize), (1_000, 1), (1_000, 50), (100_000, 3)] {
            let entries: Vec<(u64, u8)> = (0..distinct * copies)
                .map(|i| (mix((i % distinct) as u64 + 1).rotate_left(17), FIRST))
                .collect();
            let bits = SlotBits::new(entries.iter(), 16);
            let slots = bits.mask + 1;
            let wanted = (distinct * 16).next_power_of_two().max(1 << 12);
            assert!(
                slots == wanted || slots == wanted * 2,
                "{distinct}×{copies}: {slots} slots"
            );
            assert!(entries.iter().all(|&(h, _)| bits.get(h) == FIRST));
        }
    }

    /// The text's side reads a word's key from the bytes that end it: the same key as the
    /// list's side, for every word of every length at every place (the first eight bytes,
    /// where it falls back on [`word_key`], included).
    #[test]
    fn keys_read_from_the_end_are_the_keys() {
        let mut rng = TestRng(0x0e4d_5eed);
        let alphabet = b"ab \xc3\xa9'z9";
        for len in 0..80 {
            let bytes: Vec<u8> = (0..len)
                .map(|_| alphabet[rng.below(alphabet.len())])
                .collect();
            for start in 0..len {
                for end in start + 1..=len {
                    assert_eq!(
                        word_key_at_end(&bytes, start, end),
                        word_key(&bytes, start, end),
                        "{bytes:?} {start}..{end}"
                    );
                }
            }
        }
    }

    #[test]
    fn keys_depend_only_on_the_word() {
        // The same word at any place, and at the end of a buffer (the short load), gets the
        // same key; words that differ in a byte or in length get different keys here.
        let words: [&[u8]; 6] = [
            b"le",
            b"transports",
            b"a",
            b"boulangeries",
            b"transportsx",
            b"transportz",
        ];
        let keys: Vec<u64> = words.iter().map(|w| word_key(w, 0, w.len())).collect();
        for (w, &k) in words.iter().zip(&keys) {
            for pad in 0..12 {
                let mut buf = vec![b' '; pad];
                buf.extend_from_slice(w);
                buf.extend_from_slice(b" suite du texte");
                assert_eq!(word_key(&buf, pad, pad + w.len()), k);
                assert_eq!(word_key(&buf[..pad + w.len()], pad, pad + w.len()), k);
            }
        }
        for i in 0..keys.len() {
            for j in i + 1..keys.len() {
                assert_ne!(keys[i], keys[j], "{:?} {:?}", words[i], words[j]);
            }
        }
    }
}
