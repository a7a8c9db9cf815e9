//! The hashes of the folded names, asked where a walk may end a name: an open-addressing
//! table of one word a name, probed linearly from a place taken from the hash.
//!
//! A `HashMap<u64, u8>` kept its control bytes and its entries in two arrays, so that a
//! lookup read two cache lines at hashed places, both missed on a list of any size; here the
//! hash and the name's weakness share one word, and the probe reads one line. At most half
//! the slots are used, so a probe is short, and 1,000,000 names take 16 MiB where the map
//! took about 35.

/// Bit 1 of every stored word: a used slot is never 0.
const USED: u64 = 2;
/// Bit 0 of a stored word: some name of that hash is weak.
const WEAK: u64 = 1;

/// The names' hashes, with their weakness. Hashes are compared on their 62 high bits (the two
/// low ones hold [`USED`] and [`WEAK`]): a text hash taken for a name's costs the same odds
/// as a 64-bit collision, below one in a million for a million names and megabytes of text.
#[derive(Debug)]
pub(super) struct NameIndex {
    /// A power of two of slots, at least twice the names.
    slots: Vec<u64>,
}

impl NameIndex {
    /// An empty index with room for `names` names.
    pub(super) fn with_capacity(names: usize) -> NameIndex {
        let len = names.saturating_mul(2).next_power_of_two().max(16);
        NameIndex {
            slots: vec![0; len],
        }
    }

    /// Files the name of hash `hash`; a hash filed twice is weak if either name is.
    ///
    /// At most the `names` of [`NameIndex::with_capacity`] distinct hashes may be filed: the
    /// table then has a free slot, where a probe ends.
    pub(super) fn insert(&mut self, hash: u64, weak: bool) {
        let (key, mask) = (stored(hash), self.slots.len() - 1);
        let mut i = place(hash, mask);
        loop {
            let slot = &mut self.slots[i];
            if *slot == 0 {
                *slot = key | u64::from(weak);
                return;
            }
            if *slot & !WEAK == key {
                *slot |= u64::from(weak);
                return;
            }
            i = (i + 1) & mask;
        }
    }

    /// Asks the memory for the line where [`NameIndex::get`] will start probing for `hash`.
    #[inline(always)]
    pub(super) fn prefetch(&self, hash: u64) {
        if let Some(slot) = self.slots.get(place(hash, self.slots.len() - 1)) {
            super::prefetch(slot);
        }
    }

    /// Whether a name of hash `hash` is filed, and then whether it is weak.
    #[inline]
    pub(super) fn get(&self, hash: u64) -> Option<bool> {
        let (key, mask) = (stored(hash), self.slots.len() - 1);
        let mut i = place(hash, mask);
        loop {
            // `i` is masked to the table's length, a power of two.
            let slot = *self.slots.get(i)?;
            if slot == 0 {
                return None;
            }
            if slot & !WEAK == key {
                return Some(slot & WEAK != 0);
            }
            i = (i + 1) & mask;
        }
    }
}

/// The word stored for `hash`, weakness aside.
#[inline]
fn stored(hash: u64) -> u64 {
    hash & !(USED | WEAK) | USED
}

/// The first slot probed for `hash`: bits above the two that [`stored`] replaces (the names'
/// hash mixes its high bits into its low ones).
#[inline]
fn place(hash: u64, mask: usize) -> usize {
    (hash >> 2) as usize & mask
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Hashes filed with their weakness, the hash asked, the answer.
    type Case = (&'static [(u64, bool)], u64, Option<bool>);

    const CASES: &[Case] = &[
        (&[], 0x1234_5678_9abc_def0, None),
        (
            &[(0x1234_5678_9abc_def0, false)],
            0x1234_5678_9abc_def0,
            Some(false),
        ),
        (
            &[(0x1234_5678_9abc_def0, true)],
            0x1234_5678_9abc_def0,
            Some(true),
        ),
        // Filed twice: weak if either is.
        (
            &[
                (0x1234_5678_9abc_def0, false),
                (0x1234_5678_9abc_def0, true),
            ],
            0x1234_5678_9abc_def0,
            Some(true),
        ),
        (
            &[
                (0x1234_5678_9abc_def0, true),
                (0x1234_5678_9abc_def0, false),
            ],
            0x1234_5678_9abc_def0,
            Some(true),
        ),
        // Another hash of the same first slot is not it.
        (
            &[(0x1234_5678_9abc_def0, false)],
            0x2234_5678_9abc_def0,
            None,
        ),
        // The hashes 0 and all ones are names like any other.
        (&[(0, false)], 0, Some(false)),
        (&[(u64::MAX, true)], u64::MAX, Some(true)),
        (&[(u64::MAX, true)], 0, None),
        (&[(0, false)], u64::MAX, None),
    ];

    #[test]
    fn answers_for_the_filed_hashes() {
        for (k, &(filed, asked, want)) in CASES.iter().enumerate() {
            let mut index = NameIndex::with_capacity(filed.len());
            for &(hash, weak) in filed {
                index.insert(hash, weak);
            }
            assert_eq!(index.get(asked), want, "case {k}");
        }
    }

    /// A full index (as many names as its capacity, on colliding first slots and at the
    /// table's end, where probes wrap) answers for each name and for none other.
    #[test]
    fn full_index_answers_for_each_name() {
        for names in [1usize, 7, 8, 100, 5_000] {
            let mut index = NameIndex::with_capacity(names);
            let mask = index.slots.len() - 1;
            // Every hash on the last slot but one (`place` is the hash's bits from 2), so
            // that probes run on past the end of the table.
            let hash = |k: usize| ((mask as u64 - 1) << 2) | (k as u64) << 40;
            for k in 0..names {
                index.insert(hash(k), k % 3 == 0);
            }
            for k in 0..names {
                assert_eq!(index.get(hash(k)), Some(k % 3 == 0), "{names} names, {k}");
            }
            assert_eq!(index.get(hash(names)), None, "{names} names");
        }
    }
}
