//! Where a walk over the folded text may begin: the words of the text, found sixteen bytes at
//! a time, and a filter over the names' first words that answers for most of them with one
//! bit.
//!
//! Hashing every word of a text byte by byte to ask the walk's bit set cost more than the
//! rest of the client scan on business text. Here the words are found with SIMD masks, a
//! word's filter key is read eight bytes at a time, and a walk starts only where the filter
//! allows it. The words where walks may start are gathered first, a chunk of text at a time,
//! and walked after ([`walk_starts`]): the loop over every word then calls nothing, and keeps
//! its values in registers.
//!
//! A name of several words is filed under its first *two* words: the filter marks its first
//! word as [`PAIR`], and the pair of that word and the next in a second filter. French
//! function words ("le", "de", "la", "du") start many names ("Le Petit Fournil", "De Sousa &
//! Fils") and a third of the words of any French text, and the first words of names ("Sujet",
//! "Bon", "Boulangerie") come back in a text far more often than the names: so "le client" and
//! "bon de commande" cost two lookups, not a walk. A word that is a whole name on its own is
//! filed as a plain first word ([`FIRST`]), and a walk from a [`FIRST`] word covers every name
//! starting there, so the filter never loses a name.

use super::WORD_BYTES;

/// A name starts with this word: walk from it.
pub(super) const FIRST: u8 = 1;
/// A name of several words starts with this word: walk from it if the pair of it and the next
/// word is in the pair filter.
pub(super) const PAIR: u8 = 2;

/// `BITS` bits per slot of a hash (two, or one for a set whose entries carry one flag), the
/// slot taken from the hash's top bits. Sized to its distinct entries (`slots_per_entry` of
/// them, 16 slots for at most 1 in 16 false hits), at least 4,096 slots.
///
/// The pair filter has one flag: at two bits a slot it took twice the memory for the same
/// false hits, and it is read at a hashed place for about a quarter of a text's words (1 MiB
/// for the 100,000 names of the client bench, missing the first-level cache on 7 % of its
/// reads by callgrind's simulation).
#[derive(Debug)]
pub(super) struct SlotBits<const BITS: u32 = 2> {
    words: Vec<u64>,
    /// `64 - log2(slots)`: the slot is the hash shifted right by it, one instruction where a
    /// shift and a mask took four with their copies.
    shift: u32,
    /// `shift + log2(64 / BITS)`: the slot's word is the hash shifted right by it, one shift
    /// of the hash where shifting the slot took a copy and a shift.
    word_shift: u32,
}

impl<const BITS: u32> SlotBits<BITS> {
    /// Slots in a word of the set.
    const PER_WORD: usize = 64 / BITS as usize;
    /// The bits of one slot.
    const MASK: u64 = (1 << BITS) - 1;

    pub(super) fn new<'a>(
        entries: impl Iterator<Item = &'a (u64, u8)> + Clone,
        slots_per_entry: usize,
    ) -> SlotBits<BITS> {
        const { assert!(BITS == 1 || BITS == 2) };
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
        let mut words = vec![0u64; slots / Self::PER_WORD];
        let shift = 64 - slots.trailing_zeros();
        for &(hash, flags) in entries {
            let slot = (hash >> shift) as usize;
            words[slot / Self::PER_WORD] |=
                (u64::from(flags) & Self::MASK) << ((slot % Self::PER_WORD) as u32 * BITS);
        }
        SlotBits {
            words,
            shift,
            word_shift: shift + Self::PER_WORD.trailing_zeros(),
        }
    }

    /// The `BITS` bits of the slot of `hash`. Out of the word loop (the walks, the loading), the
    /// slot's word is taken from the slot: there the second shift of [`SlotBits::get_raw`]
    /// costs its count's copy to the count register, without BMI2.
    #[inline]
    pub(super) fn get(&self, hash: u64) -> u8 {
        let slot = (hash >> self.shift) as usize;
        debug_assert!(slot / Self::PER_WORD < self.words.len());
        // SAFETY: as in [`SlotBits::get_raw`], `slot` is below `slots`.
        let word = unsafe { *self.words.get_unchecked(slot / Self::PER_WORD) };
        (word >> ((slot % Self::PER_WORD) as u32 * BITS) & Self::MASK) as u8
    }

    /// Asks the memory for the word of the slot of `hash`, ahead of [`SlotBits::get`].
    #[inline(always)]
    pub(super) fn prefetch(&self, hash: u64) {
        let slot = (hash >> self.shift) as usize;
        if let Some(word) = self.words.get(slot / Self::PER_WORD) {
            super::prefetch(word);
        }
    }

    /// Asks the memory for the whole set if it fits in what is left of `budget` (bytes),
    /// taken from it, and the scan of `text_len` bytes will read most of its lines: the word
    /// scan reads the filters at hashed places, and by then the rest of the engine's scan has
    /// pushed them out of the caches. Read in order, the lines come at the memory's rate;
    /// read by the scan, each cost a wait. A text has about a word every eight bytes, and
    /// once it has as many words as the set has lines, the scan reads about two thirds of
    /// them; a shorter text (a prompt, a mail) leaves the set alone.
    pub(super) fn warm(&self, text_len: usize, budget: &mut usize) {
        if !warm_pays(
            std::mem::size_of_val(self.words.as_slice()),
            text_len,
            budget,
        ) {
            return;
        }
        for line in self.words.chunks(8) {
            super::prefetch_l2(&line[0]);
        }
    }

    /// [`SlotBits::get`] as a `u64`, which the word loop tests without a conversion.
    #[inline(always)]
    fn get_wide(&self, hash: u64) -> u64 {
        self.get_raw(hash) & Self::MASK
    }

    /// The slot's word shifted down to the slot: its two low bits are the slot's, the rest
    /// are other slots' (the word loop masks them after merging its own bit in).
    #[inline(always)]
    fn get_raw(&self, hash: u64) -> u64 {
        // `shift` is `64 - log2(slots)`, at least 36: `slot < slots`.
        let slot = (hash >> self.shift) as usize;
        let word_index = (hash >> self.word_shift) as usize;
        debug_assert!(word_index == slot / Self::PER_WORD && word_index < self.words.len());
        // SAFETY: `new`, the only place that sets them, makes `words` hold `slots / PER_WORD`
        // words (`slots` a power of two of at least 4,096, `PER_WORD` 32 or 64), `shift`
        // `64 - log2(slots)` and `word_shift` `shift + log2(PER_WORD)` (at most 58), so `slot`
        // is below `slots` and `word_index` is `slot / PER_WORD`, below `slots / PER_WORD`.
        // Asked for every word of a text, where the bounds check and the length it keeps in a
        // register cost a tenth of the word's filtering.
        let word = unsafe { *self.words.get_unchecked(word_index) };
        word >> ((slot % Self::PER_WORD) as u32 * BITS)
    }

    /// How many slots the set has.
    #[cfg(test)]
    fn slots(&self) -> usize {
        1 << (64 - self.shift)
    }
}

/// The pair filter: one bit a slot, the pair's flag ([`FIRST`]).
pub(super) type PairBits = SlotBits<1>;

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
        long_key(head, load(bytes, end - 8, 8), len)
    };
    mix(key)
}

/// The key of a word of more than eight bytes, before [`mix`]: its first eight bytes `head`,
/// its last eight `tail`, and its length.
#[inline(always)]
fn long_key(head: u64, tail: u64, len: usize) -> u64 {
    head ^ tail.rotate_left(29) ^ (len as u64).wrapping_mul(0x9e37_79b9)
}

/// [`word_key`], read from the eight bytes that end at `end`: a word of up to eight bytes is
/// their high bytes, one shift away, where [`word_key`] masks a load from `start` by the
/// length. The text's side asks this for the words of the chunks at the text's two ends
/// (inside, [`key_at`] reads them unchecked); it falls back on [`word_key`] only for a word
/// that ends in the first eight bytes.
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
        long_key(load(bytes, start, 8), tail, len)
    };
    mix(key)
}

/// [`word_key_at_end`] for the scan over every word. With `INTERIOR`, a word of up to eight
/// bytes is read from its start without bounds checks (they and the text's length, kept in
/// a register, cost a tenth of the word's filtering) and cut to its length: with `BMI`, by
/// one `bzhi`, where plain x86-64 shifts the eight bytes that end the word.
///
/// # Safety
///
/// With `INTERIOR`, `8 <= end` and `start + 8 <= bytes.len()`; with `BMI`, the processor has
/// BMI2.
#[inline(always)]
unsafe fn key_at<const INTERIOR: bool, const BMI: bool>(
    bytes: &[u8],
    start: usize,
    end: usize,
) -> u64 {
    let len = end - start;
    if !INTERIOR {
        return word_key_at_end(bytes, start, end);
    }
    debug_assert!(8 <= end && start + 8 <= bytes.len());
    if len > 8 {
        // SAFETY: the eight bytes from `start` and the eight before `end` are in `bytes`
        // (this function's contract); `read_unaligned` has no alignment requirement.
        let (head, tail) = unsafe {
            (
                bytes.as_ptr().add(start).cast::<u64>().read_unaligned(),
                bytes.as_ptr().add(end - 8).cast::<u64>().read_unaligned(),
            )
        };
        return mix(long_key(u64::from_le(head), u64::from_le(tail), len));
    }
    #[cfg(target_arch = "x86_64")]
    if BMI {
        // SAFETY: the eight bytes from `start` are in `bytes` (this function's contract);
        // `read_unaligned` has no alignment requirement.
        let head = unsafe { bytes.as_ptr().add(start).cast::<u64>().read_unaligned() };
        // SAFETY: the processor has BMI2 (this function's contract). `len` is 1 to 8: the
        // word's bytes, as [`word_key`] loads them.
        return mix(unsafe { std::arch::x86_64::_bzhi_u64(u64::from_le(head), 8 * len as u32) });
    }
    // SAFETY: the eight bytes before `end` are in `bytes` (this function's contract, `end`
    // being at most `start + 8`); `read_unaligned` has no alignment requirement.
    let tail = unsafe { bytes.as_ptr().add(end - 8).cast::<u64>().read_unaligned() };
    // `len` is 1 to 8: the shift is at most 56.
    mix(u64::from_le(tail) >> (8 * (8 - len)))
}

/// The key of the pair of a word of key `first` (a [`PAIR`] word) and the word of key `next`.
#[inline]
pub(super) fn pair_key(first: u64, next: u64) -> u64 {
    pair_key_from_seed(pair_seed(first), next)
}

/// The part of [`pair_key`] that depends on the first word only: the word loop computes it
/// once, when it meets a [`PAIR`] word.
#[inline(always)]
fn pair_seed(first: u64) -> u64 {
    first.rotate_left(32) ^ 0x5bd1_e995_5bd1_e995
}

/// [`pair_key`] from the [`pair_seed`] of its first word.
#[inline(always)]
fn pair_key_from_seed(seed: u64, next: u64) -> u64 {
    mix(seed ^ next)
}

/// One multiplication: [`SlotBits`] takes its slot from the top bits, where every bit of
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
/// word costs two bit scans.
///
/// The blocks' masks are found [`MASK_BLOCKS`] at a time, ahead of the words: with AVX2 where
/// the processor has it, in a function of its own (the words' loop is compiled for every
/// x86-64 processor).
#[cfg(test)]
fn for_each_word(bytes: &[u8], mut f: impl FnMut(usize, usize)) {
    let avx2 = has_avx2();
    let mut masks = [0u64; MASK_BLOCKS];
    let mut open = Open::default();
    let mut base = 0;
    // A word that ends the text ends in the empty block after it.
    while base < bytes.len() || open.open {
        block_masks(bytes, base, &mut masks, avx2);
        chunk_words(&masks, base, &mut open, &mut f);
        base += 64 * MASK_BLOCKS;
    }
}

/// Whether the processor has AVX2, for [`block_masks`].
fn has_avx2() -> bool {
    #[cfg(all(target_arch = "x86_64", target_feature = "sse2"))]
    return std::arch::is_x86_feature_detected!("avx2");
    #[cfg(not(all(target_arch = "x86_64", target_feature = "sse2")))]
    false
}

/// A word that runs on past the blocks seen so far: whether there is one, and its start.
#[derive(Clone, Copy, Default)]
struct Open {
    open: bool,
    start: usize,
}

/// The words of the [`MASK_BLOCKS`] blocks from `chunk_base` whose masks are `masks`, as
/// [`for_each_word`] gives them; `open` is carried from chunk to chunk. Blocks past the text
/// have empty masks: they end a word that runs up to the text's end, and give no other.
/// The word scan itself is written out in [`chunk_starts_body`]; this loop is its reference
/// in the tests.
#[cfg(test)]
fn chunk_words(
    masks: &[u64; MASK_BLOCKS],
    chunk_base: usize,
    open: &mut Open,
    f: &mut impl FnMut(usize, usize),
) {
    let Open {
        open: mut is_open,
        start: mut open_start,
    } = *open;
    for (k, &m) in masks.iter().enumerate() {
        let base = chunk_base + 64 * k;
        let shifted = (m << 1) | u64::from(is_open);
        let mut starts = m & !shifted;
        let mut ends = !m & shifted;
        while ends != 0 {
            let start = if is_open {
                is_open = false;
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
        is_open = m >> 63 != 0;
    }
    *open = Open {
        open: is_open,
        start: open_start,
    };
}

/// What [`walk_starts`] carries from chunk to chunk: the open word, and the previous word
/// when it is a [`PAIR`] word, with its [`pair_seed`], start and end.
#[derive(Clone, Copy, Default)]
struct Carry {
    open: Open,
    pending: bool,
    pending_seed: u64,
    pending_start: usize,
    pending_end: usize,
}

/// How many bytes of filters [`walk_starts`] asks for ahead of the scan ([`SlotBits::warm`]):
/// half the second-level cache of the development machine (2 MiB), so that the text and the
/// other tables keep room.
const WARM_BYTES: usize = 1 << 20;

/// Whether [`SlotBits::warm`] reads a set of `bytes` ahead of a scan of `text_len` bytes,
/// with `budget` bytes left (taken from it if so).
fn warm_pays(bytes: usize, text_len: usize, budget: &mut usize) -> bool {
    if bytes > *budget || text_len / 8 < bytes / 64 {
        return false;
    }
    *budget -= bytes;
    true
}

/// At most how many walk starts one chunk gives: two per word end ([`chunk_starts`]), and a
/// chunk of `64 * MASK_BLOCKS` bytes has at most one word end every two bytes, and one more
/// at its start.
const CHUNK_STARTS: usize = 2 * (32 * MASK_BLOCKS + 1);

/// The words of `norm` (the folded text) where a walk may find a name, in text order, into
/// `found`: the words that `first` (the filter of first words) lets through, and the function
/// words followed by a word that the pair filter `pairs` lets through (found at that next
/// word, so before a walk from it).
///
/// The words of each chunk are asked in [`chunk_starts`], a loop with no call in it, so that
/// its values stay in registers; walking as the words went, the calls of the walks spilled
/// them to the stack for every word.
pub(super) fn walk_starts(
    norm: &[u8],
    first: &SlotBits,
    pairs: &PairBits,
    found: &mut Vec<(usize, usize)>,
) {
    walk_starts_with(norm, first, pairs, found, has_bmi());
}

/// Whether the processor has BMI1 and BMI2, for [`chunk_starts_bmi`].
fn has_bmi() -> bool {
    #[cfg(target_arch = "x86_64")]
    return is_x86_feature_detected!("bmi1") && is_x86_feature_detected!("bmi2");
    #[cfg(not(target_arch = "x86_64"))]
    false
}

/// [`walk_starts`], with [`chunk_starts_bmi`] if `bmi` (which only a processor with BMI1 and
/// BMI2 may say).
fn walk_starts_with(
    norm: &[u8],
    first: &SlotBits,
    pairs: &PairBits,
    found: &mut Vec<(usize, usize)>,
    bmi: bool,
) {
    found.clear();
    // The filter read at every word first.
    let mut budget = WARM_BYTES;
    first.warm(norm.len(), &mut budget);
    pairs.warm(norm.len(), &mut budget);
    let avx2 = has_avx2();
    let mut masks = [0u64; MASK_BLOCKS];
    let mut chunk = vec![(0usize, 0usize); CHUNK_STARTS];
    let Ok(chunk) = <&mut [(usize, usize); CHUNK_STARTS]>::try_from(chunk.as_mut_slice()) else {
        return;
    };
    let mut carry = Carry::default();
    let mut base = 0;
    // A word that ends the text ends in the empty block after it.
    while base < norm.len() || carry.open.open {
        block_masks(norm, base, &mut masks, avx2);
        // A chunk with eight bytes of text before it and followed by at least seven more: the
        // eight bytes from the start of any word that ends in it, and the eight that end it,
        // are in the text.
        let interior = base >= 8 && base + 64 * MASK_BLOCKS + 7 <= norm.len();
        let args = (norm, &masks, base, first, pairs);
        let n = match (bmi, interior) {
            #[cfg(target_arch = "x86_64")]
            // SAFETY: with `bmi` the processor has BMI1 and BMI2 (this function's contract).
            (true, true) => unsafe { chunk_starts_bmi::<true>(args, &mut carry, chunk) },
            #[cfg(target_arch = "x86_64")]
            // SAFETY: as above.
            (true, false) => unsafe { chunk_starts_bmi::<false>(args, &mut carry, chunk) },
            (_, true) => chunk_starts::<true>(args, &mut carry, chunk),
            (_, false) => chunk_starts::<false>(args, &mut carry, chunk),
        };
        found.extend_from_slice(&chunk[..n]);
        base += 64 * MASK_BLOCKS;
    }
}

/// What [`chunk_starts`] reads: the folded text, the masks of a chunk, the chunk's start, and
/// the filters of first words and of pairs.
type ChunkArgs<'a> = (
    &'a [u8],
    &'a [u64; MASK_BLOCKS],
    usize,
    &'a SlotBits,
    &'a PairBits,
);

/// [`walk_starts`] for the chunk of `masks` from `base`: the number of starts put in `found`.
/// `INTERIOR` when `base >= 8` and `base + 64 * MASK_BLOCKS + 7 <= norm.len()`.
#[inline(never)]
fn chunk_starts<const INTERIOR: bool>(
    args: ChunkArgs,
    carry: &mut Carry,
    found: &mut [(usize, usize); CHUNK_STARTS],
) -> usize {
    // SAFETY: without `BMI`, the body asks nothing of the processor.
    unsafe { chunk_starts_body::<INTERIOR, false>(args, carry, found) }
}

/// [`chunk_starts`] compiled for processors with BMI1 and BMI2, whose bit scans, lowest-bit
/// clearing and shifts by a variable take one instruction each where plain x86-64 takes two
/// or three: a fifth of the instructions of a word's filtering.
#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "bmi1,bmi2")]
fn chunk_starts_bmi<const INTERIOR: bool>(
    args: ChunkArgs,
    carry: &mut Carry,
    found: &mut [(usize, usize); CHUNK_STARTS],
) -> usize {
    // SAFETY: this function is compiled for BMI2, so the processor has it.
    unsafe { chunk_starts_body::<INTERIOR, true>(args, carry, found) }
}

/// The body of [`chunk_starts`]: [`chunk_words`]'s loop, with what is done with each word
/// written out in it (by macros: a closure was not inlined into [`chunk_starts_bmi`]). Most
/// words pass neither filter and follow no [`PAIR`] word: one test of the filter's bits
/// sends them on to the next word. The word after a [`PAIR`] word is taken at once, where
/// the [`PAIR`] word passed, so that the loop over the words does not test for a pending
/// one; only a [`PAIR`] word that ends a block leaves one, for the next block's first word
/// (which is also where the word that runs in from the block before is taken).
///
/// # Safety
///
/// With `BMI`, the processor has BMI2.
#[inline(always)]
unsafe fn chunk_starts_body<const INTERIOR: bool, const BMI: bool>(
    (norm, masks, base, first, pairs): ChunkArgs,
    carry: &mut Carry,
    found: &mut [(usize, usize); CHUNK_STARTS],
) -> usize {
    let mut n = 0;
    let Carry {
        open: Open {
            open: is_open,
            start: mut open_start,
        },
        mut pending,
        mut pending_seed,
        mut pending_start,
        mut pending_end,
    } = *carry;
    // The key of the word `start..end`.
    macro_rules! key {
        ($start:expr, $end:expr) => {
            // SAFETY: with `INTERIOR`, `base >= 8` and `base + 64 * MASK_BLOCKS + 7 <=
            // norm.len()`, and the words end at bit places of the chunk's blocks, in
            // `base..base + 64 * MASK_BLOCKS`: `8 <= end` and `start + 8 <= norm.len()`.
            // With `BMI`, the processor has BMI2 (this function's contract).
            unsafe { key_at::<INTERIOR, BMI>(norm, $start, $end) }
        };
    }
    // A word `start..end` of key `key` that the filter lets through (`bits`, not 0): a
    // [`FIRST`] word is a walk start; after a [`PAIR`] word the next word of the block is
    // taken here, whatever its bits, and the pair asked; the word after it goes on here if
    // the filter lets it through. A [`PAIR`] word that ends the block is left pending, for
    // the block's first word.
    macro_rules! passed {
        ($block:expr, $starts:expr, $ends:expr, $start:expr, $end:expr, $key:expr, $bits:expr) => {{
            let (mut start, mut end, mut key, mut bits) = ($start, $end, $key, $bits);
            loop {
                if bits & u64::from(FIRST) != 0 {
                    found[n] = (start, end);
                    n += 1;
                    break;
                }
                // A [`PAIR`] word: `bits` is not 0.
                if $ends == 0 {
                    (pending, pending_seed, pending_start, pending_end) =
                        (true, pair_seed(key), start, end);
                    break;
                }
                let next_start = $block + $starts.trailing_zeros() as usize;
                let next_end = $block + $ends.trailing_zeros() as usize;
                $starts &= $starts - 1;
                $ends &= $ends - 1;
                let next_key = key!(next_start, next_end);
                if pairs.get_wide(pair_key(key, next_key)) != 0 {
                    found[n] = (start, end);
                    n += 1;
                }
                bits = first.get_wide(next_key);
                if bits == 0 {
                    break;
                }
                (start, end, key) = (next_start, next_end, next_key);
            }
        }};
    }
    // The top bit of the block before, as a number: whether a word runs in.
    let mut open = u64::from(is_open);
    let mut block = base;
    for &m in masks {
        let shifted = (m << 1) | open;
        let mut starts = m & !shifted;
        let mut ends = !m & shifted;
        // The block's first word, if a word runs in from the block before (and ends at the
        // first end) or a [`PAIR`] word is pending.
        if ends != 0 && (open != 0 || pending) {
            let start = if open != 0 {
                open_start
            } else {
                let start = block + starts.trailing_zeros() as usize;
                starts &= starts - 1;
                start
            };
            let end = block + ends.trailing_zeros() as usize;
            ends &= ends - 1;
            let key = key!(start, end);
            if pending {
                pending = false;
                if pairs.get_wide(pair_key_from_seed(pending_seed, key)) != 0 {
                    found[n] = (pending_start, pending_end);
                    n += 1;
                }
            }
            let bits = first.get_wide(key);
            if bits != 0 {
                passed!(block, starts, ends, start, end, key, bits);
            }
        }
        // Every other end pairs with the start of the same rank.
        while ends != 0 {
            let start = block + starts.trailing_zeros() as usize;
            let end = block + ends.trailing_zeros() as usize;
            starts &= starts - 1;
            ends &= ends - 1;
            let key = key!(start, end);
            let bits = first.get_wide(key);
            if bits != 0 {
                passed!(block, starts, ends, start, end, key, bits);
            }
        }
        if starts != 0 {
            open_start = block + starts.trailing_zeros() as usize;
        }
        open = m >> 63;
        block += 64;
    }
    *carry = Carry {
        open: Open {
            open: open != 0,
            start: open_start,
        },
        pending,
        pending_seed,
        pending_start,
        pending_end,
    };
    n
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

/// [`block_masks`] with AVX2 for the whole blocks: the blocks are taken whole by
/// `chunks_exact`, so a block costs no bounds check, and the rest of the text, if any, ends
/// the chunk.
#[cfg(all(target_arch = "x86_64", target_feature = "sse2"))]
#[target_feature(enable = "avx2")]
fn block_masks_avx2(bytes: &[u8], base: usize, masks: &mut [u64; MASK_BLOCKS]) {
    let mut blocks = bytes.get(base..).unwrap_or_default().chunks_exact(64);
    let mut whole = 0;
    for (m, block) in masks.iter_mut().zip(&mut blocks) {
        if let Ok(block) = <&[u8; 64]>::try_from(block) {
            *m = word_mask_avx2(block);
        }
        whole += 1;
    }
    // Fewer whole blocks than masks: the text ends in this chunk, its last bytes (if any) in
    // the block after the whole ones.
    if let Some((last, after)) = masks.get_mut(whole..).and_then(<[u64]>::split_first_mut) {
        *last = word_mask(blocks.remainder());
        after.fill(0);
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

    /// The walk starts by their definition: the words of the text in turn, a walk from each
    /// word that the filter lets through and from each [`PAIR`] word whose pair with the
    /// next word the pair filter lets through.
    fn plain_starts(norm: &[u8], first: &SlotBits, pairs: &PairBits) -> Vec<(usize, usize)> {
        let mut found = Vec::new();
        let mut pending: Option<(u64, usize, usize)> = None;
        for (start, end) in plain_words(norm) {
            let key = word_key(norm, start, end);
            if let Some((pending_key, s, e)) = pending.take() {
                if pairs.get(pair_key(pending_key, key)) != 0 {
                    found.push((s, e));
                }
            }
            let bits = first.get(key);
            if bits & FIRST != 0 {
                found.push((start, end));
            } else if bits & PAIR != 0 {
                pending = Some((key, start, end));
            }
        }
        found
    }

    /// The chunks' scan, with and without BMI, with and without bounds checks (the chunks
    /// inside a text), gives the starts of the definition, on texts of one to several chunks.
    #[test]
    fn walk_starts_are_those_of_the_definition() {
        let words: [&[u8]; 9] = [
            b"le",
            b"d",
            b"transports",
            b"martin",
            b"a",
            b"boulangeries",
            b"x9",
            b"\xc3\xa9t\xc3\xa9",
            b"zz",
        ];
        let key = |w: &[u8]| word_key(w, 0, w.len());
        let first_entries = [
            (key(b"le"), PAIR),
            (key(b"d"), PAIR | FIRST),
            (key(b"transports"), FIRST),
            (key(b"martin"), FIRST),
            (key(b"boulangeries"), FIRST),
            (key(b"\xc3\xa9t\xc3\xa9"), FIRST),
        ];
        let pair_entries = [
            (pair_key(key(b"le"), key(b"martin")), FIRST),
            (pair_key(key(b"le"), key(b"zz")), FIRST),
        ];
        let first = SlotBits::new(first_entries.iter(), 32);
        let pairs = PairBits::new(pair_entries.iter(), 32);
        let gaps: [&[u8]; 5] = [b" ", b"  ", b"'", b"-", b", "];
        let mut rng = TestRng(0x57a2_75ed);
        let bmi = has_bmi();
        for len in (0..300).chain([4095, 4096, 4103, 4104, 4105, 9000, 13_000]) {
            let mut text = Vec::new();
            while text.len() < len {
                text.extend_from_slice(words[rng.below(words.len())]);
                text.extend_from_slice(gaps[rng.below(gaps.len())]);
            }
            text.truncate(len);
            let want = plain_starts(&text, &first, &pairs);
            for with_bmi in [false, bmi] {
                let mut found = vec![(7, 7)];
                walk_starts_with(&text, &first, &pairs, &mut found, with_bmi);
                assert_eq!(found, want, "{len} bytes, BMI {with_bmi}");
            }
        }
    }

    /// The filters are read ahead of a scan only when the text is long enough for the scan
    /// to read most of their lines, and only as far as the budget goes, in turn.
    #[test]
    fn filters_are_warmed_for_long_texts_within_the_budget() {
        const K: usize = 1024;
        // (set bytes, text bytes, budget before, warmed, budget after)
        let cases = [
            (512 * K, 4096 * K, WARM_BYTES, true, 512 * K),
            (512 * K, 64 * K, WARM_BYTES, true, 512 * K),
            (512 * K, 64 * K - 8, WARM_BYTES, false, WARM_BYTES),
            (512 * K, 4 * K, WARM_BYTES, false, WARM_BYTES),
            (8 * K, 4 * K, WARM_BYTES, true, WARM_BYTES - 8 * K),
            (WARM_BYTES, 100 * WARM_BYTES, WARM_BYTES, true, 0),
            (
                WARM_BYTES + 8,
                100 * WARM_BYTES,
                WARM_BYTES,
                false,
                WARM_BYTES,
            ),
            (512 * K, 4096 * K, 256 * K, false, 256 * K),
            (0, 0, 0, true, 0),
        ];
        for (bytes, text_len, before, warmed, after) in cases {
            let mut budget = before;
            assert_eq!(
                warm_pays(bytes, text_len, &mut budget),
                warmed,
                "{bytes} {text_len} {before}"
            );
            assert_eq!(budget, after, "{bytes} {text_len} {before}");
        }
    }

    /// The set is sized to the distinct hashes, not to the entries, and answers for each,
    /// with two bits a slot and with one (the pair filter, half the words for as many slots).
    #[test]
    fn sets_are_sized_to_distinct_entries() {
        for (distinct, copies) in [(1usize, 1usize), (1_000, 1), (1_000, 50), (100_000, 3)] {
            let entries: Vec<(u64, u8)> = (0..distinct * copies)
                .map(|i| (mix((i % distinct) as u64 + 1).rotate_left(17), FIRST))
                .collect();
            let wanted = (distinct * 16).next_power_of_two().max(1 << 12);
            let two = SlotBits::<2>::new(entries.iter(), 16);
            let one = PairBits::new(entries.iter(), 16);
            for (slots, words, per_word) in [
                (two.slots(), two.words.len(), 32),
                (one.slots(), one.words.len(), 64),
            ] {
                assert!(
                    slots == wanted || slots == wanted * 2,
                    "{distinct}×{copies}: {slots} slots"
                );
                assert_eq!(words * per_word, slots);
            }
            assert!(entries.iter().all(|&(h, _)| two.get(h) == FIRST));
            assert!(entries.iter().all(|&(h, _)| one.get(h) == FIRST));
            assert!(entries.iter().all(|&(h, _)| one.get_wide(h) == 1));
        }
    }

    /// Each slot keeps its own flags: a set of one entry answers for its slot only, whatever
    /// the slot's place in its word, with two bits a slot and with one.
    #[test]
    fn slots_keep_their_own_bits() {
        for slot in [0u64, 1, 31, 32, 33, 63, 64, 4095] {
            // The slot is the hash's top 12 bits: 4,096 slots, the least a set has.
            let hash = slot << 52 | 0x000a_5a5a_5a5a_5a5a;
            let two = SlotBits::<2>::new([(hash, PAIR | FIRST)].iter(), 16);
            let one = PairBits::new([(hash, FIRST)].iter(), 16);
            assert_eq!((two.slots(), one.slots()), (4096, 4096));
            for other in 0..4096u64 {
                let probe = other << 52;
                let (want_two, want_one) = if other == slot { (3, 1) } else { (0, 0) };
                assert_eq!(two.get(probe), want_two, "slot {slot}, probe {other}");
                assert_eq!(two.get_wide(probe), u64::from(want_two));
                assert_eq!(one.get(probe), want_one, "slot {slot}, probe {other}");
                assert_eq!(one.get_wide(probe), u64::from(want_one));
            }
        }
    }

    /// The text's side reads a word's key from the bytes that end it: the same key as the
    /// list's side, for every word of every length at every place (the first eight bytes,
    /// where it falls back on [`word_key`], included), with and without bounds checks.
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
                    let want = word_key(&bytes, start, end);
                    assert_eq!(
                        word_key_at_end(&bytes, start, end),
                        want,
                        "{bytes:?} {start}..{end}"
                    );
                    // SAFETY: `key_at::<false, false>` has no requirement; `INTERIOR` is
                    // asked only where `8 <= end` and `start + 8 <= bytes.len()`, `BMI` only
                    // where the processor has BMI2.
                    assert_eq!(unsafe { key_at::<false, false>(&bytes, start, end) }, want);
                    if 8 <= end && start + 8 <= len {
                        assert_eq!(unsafe { key_at::<true, false>(&bytes, start, end) }, want);
                        if has_bmi() {
                            assert_eq!(unsafe { key_at::<true, true>(&bytes, start, end) }, want);
                        }
                    }
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
