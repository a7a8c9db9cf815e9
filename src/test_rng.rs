//! The tests' source of random inputs: xorshift64, seeded by each test, so that a failure
//! reproduces.

pub(crate) struct TestRng(pub u64);

impl TestRng {
    /// A number below `n`.
    pub(crate) fn below(&mut self, n: usize) -> usize {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        (self.0 % n as u64) as usize
    }

    /// One item of `items`.
    pub(crate) fn pick<T: Copy>(&mut self, items: &[T]) -> T {
        items[self.below(items.len())]
    }

    /// A text of one to `most` pieces drawn from `pieces`.
    pub(crate) fn pieces(&mut self, pieces: &[&str], most: usize) -> String {
        let len = 1 + self.below(most);
        (0..len).map(|_| self.pick(pieces)).collect()
    }
}
