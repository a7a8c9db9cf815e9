//! Hash maps whose keys are already hashes (keyed fingerprints, 64-bit hashes of folded
//! names): hashing them a second time would only cost time.

use std::hash::{BuildHasherDefault, Hasher};

/// Hands a `u64` key to the map as it is.
#[derive(Default)]
pub(crate) struct PassThrough(u64);

impl Hasher for PassThrough {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        // Only `u64` keys are hashed here; fold anything else in rather than lose it.
        for &b in bytes {
            self.0 = (self.0 << 8) | u64::from(b);
        }
    }

    fn write_u64(&mut self, n: u64) {
        self.0 = n;
    }
}

/// The hasher builder of such maps.
pub(crate) type PreHashed = BuildHasherDefault<PassThrough>;
