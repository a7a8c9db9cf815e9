//! The binary's global allocator: the system allocator, keeping a few freed blocks of the NFA
//! compiler's UTF-8 table for the next compile.
//!
//! Why: compiling an NFA with a non-ASCII class makes regex-automata allocate a 320,000-byte
//! table and write it in full (`Utf8BoundedMap`: 10,000 entries of 32 bytes), and a 4 KB
//! prompt compiles four such NFAs, two on each of two threads. glibc serves the first with
//! `mmap`, then (its threshold raised by the first `munmap`) the others from the threads'
//! heaps, and each faulted its 79 pages in one at a time: a third of the prompt's page faults.
//! Here a freed table is kept and taken again by the next compile, on any thread, already
//! mapped; a new one has its pages mapped by one `madvise` instead of 79 faults.
//!
//! Only blocks of exactly [`TABLE_BYTES`] with the system allocator's natural alignment are
//! kept, at most [`SLOTS`] of them (1.25 MB, held until the process ends). Keeping every
//! block from 128 KiB to 1 MiB was tried: a 40 MB input then allocated 173 buffers of other
//! sizes there, which the `madvise` mapped in full though they were not all written. Every
//! block, kept or not, is a block of the system allocator: `realloc` and the final `free` go
//! to it unchanged. The library sets no allocator: this is the command's.

use std::alloc::{GlobalAlloc, Layout, System};
use std::ptr;
use std::sync::atomic::{AtomicPtr, Ordering};

/// The size of regex-automata's `Utf8BoundedMap` table (0.4: `Utf8BoundedMap::new(10_000)`,
/// 32-byte entries on 64-bit targets). Should it change, nothing breaks: no block is kept,
/// which the test `compiling_a_unicode_class_asks_for_the_table` would show.
const TABLE_BYTES: usize = 320_000;
/// Blocks kept at once: a prompt's first scan compiles on two threads at a time.
const SLOTS: usize = 4;
/// The alignment `malloc` gives every block (and up to which `System` calls plain `malloc`).
const NATURAL_ALIGN: usize = 16;

pub struct ReusingAllocator {
    /// Freed tables, null when empty.
    slots: [AtomicPtr<u8>; SLOTS],
}

impl ReusingAllocator {
    pub const fn new() -> ReusingAllocator {
        ReusingAllocator {
            slots: [const { AtomicPtr::new(ptr::null_mut()) }; SLOTS],
        }
    }

    fn keeps(layout: Layout) -> bool {
        layout.size() == TABLE_BYTES && layout.align() <= NATURAL_ALIGN
    }

    /// A kept table, taken out of its slot (so that this thread is its only owner).
    fn take(&self) -> Option<*mut u8> {
        self.slots.iter().find_map(|slot| {
            if slot.load(Ordering::Relaxed).is_null() {
                return None;
            }
            let block = slot.swap(ptr::null_mut(), Ordering::Acquire);
            (!block.is_null()).then_some(block)
        })
    }
}

// SAFETY: every block handed out is a block of `System` at least as large and as aligned as
// the layout asks (a kept block is handed out only for a request of its exact size and of
// natural alignment, which every `malloc` block has); a kept block belongs to no one else
// (taken out of its slot by an atomic swap); the other calls go to `System` unchanged.
unsafe impl GlobalAlloc for ReusingAllocator {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        if !Self::keeps(layout) {
            // SAFETY: the caller's contract (a layout of non-zero size) is passed on.
            return unsafe { System.alloc(layout) };
        }
        #[cfg(test)]
        tests::TABLES_ASKED.fetch_add(1, Ordering::Relaxed);
        if let Some(block) = self.take() {
            return block;
        }
        // SAFETY: as above.
        let block = unsafe { System.alloc(layout) };
        if !block.is_null() {
            populate(block, layout.size());
        }
        block
    }

    unsafe fn dealloc(&self, block: *mut u8, layout: Layout) {
        if Self::keeps(layout) {
            for slot in &self.slots {
                if slot
                    .compare_exchange(ptr::null_mut(), block, Ordering::Release, Ordering::Relaxed)
                    .is_ok()
                {
                    return;
                }
            }
        }
        // SAFETY: the caller's contract is passed on.
        unsafe { System.dealloc(block, layout) }
    }

    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        // A kept block would have to be cleared: fresh zeroed blocks cost no writes.
        // SAFETY: the caller's contract is passed on.
        unsafe { System.alloc_zeroed(layout) }
    }

    unsafe fn realloc(&self, block: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        // SAFETY: every block is a block of `System` (see the impl's comment), and the
        // caller's contract is passed on.
        unsafe { System.realloc(block, layout, new_size) }
    }
}

/// Maps in the whole pages of a new table at once, as it is about to be written in full: one
/// `madvise` costs about half of the page faults it replaces (a 320 KB block mapped, written
/// and unmapped 2,000 times on the development VM: 60-85 µs with it, 137-192 µs without).
/// Where the kernel lacks `MADV_POPULATE_WRITE` (before Linux 5.14) the call fails and the
/// pages fault in as before.
#[cfg(target_os = "linux")]
fn populate(block: *mut u8, size: usize) {
    const PAGE: usize = 4096;
    let start = (block as usize).next_multiple_of(PAGE);
    let end = (block as usize + size) / PAGE * PAGE;
    if end > start {
        // SAFETY: [start, end) lies inside the block just allocated, which this thread owns;
        // populating its pages for writing changes no byte of it (it only maps them).
        let _ = unsafe {
            rustix::mm::madvise(
                start as *mut std::ffi::c_void,
                end - start,
                rustix::mm::Advice::LinuxPopulateWrite,
            )
        };
    }
}

#[cfg(not(target_os = "linux"))]
fn populate(_block: *mut u8, _size: usize) {}

/// Blocks of 1 MiB or more come from `mmap` and go back to the system when freed. glibc's
/// default threshold rises to the size of each mapped block freed (up to 32 MiB), after which
/// the stream's 8 MiB buffers and its large finding lists come from the threads' heaps, which
/// fragment and keep what they once held: a 5.2 GB pipe on two threads with a 100,000-name
/// client list peaked at 94.2 MiB (98.8 MB), against 100 MB allowed (issue 8), and still
/// rising with the input's size; 72.6 MiB with the threshold fixed at 1 MiB. 1 GB: 85.2 MiB
/// before, 71.2 MiB after (25.7 against 23.4 s, one run each, within the VM's noise). Smaller thresholds cost more: at 256 KiB
/// the same run took 30 s. A short prompt allocates nothing this large (the NFA compiler's
/// tables are 320 KB).
///
/// Fixing that threshold also stops glibc from raising its trim threshold, which then stays
/// at 128 KiB: whenever more than that was free at the top of a heap, `free` gave it back to
/// the system, and the next allocation there faulted each page in again. A stream's piece
/// frees about a megabyte at its end (the engine's detection and finding lists, sized by the
/// findings, a third of which are names of people on business text), and the next piece
/// faulted it in again: on the 12 MB mixed corpus 9,980 page faults with PERSON and 6,440
/// without. Up to [`TRIM_BYTES`] kept free at a heap's top: 7,430 and 6,050 (the same from
/// 8 to 32 MiB; 8,700 at 1 MiB, 8,200 at 2 MiB), the 50 MB corpus's peak RSS 46.6 → 48.0 MB
/// on one thread and 62.5 → 63.5 MB on two.
pub fn bound_large_blocks() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    // SAFETY: `mallopt` only sets tunables of the allocator; called before any thread starts.
    unsafe {
        libc::mallopt(libc::M_MMAP_THRESHOLD, 1 << 20);
        libc::mallopt(libc::M_TRIM_THRESHOLD, TRIM_BYTES);
    }
}

/// The free memory a heap keeps at its top rather than give back (see
/// [`bound_large_blocks`]): one 8 MiB block of a stream, at most, per thread's heap.
#[cfg(all(target_os = "linux", target_env = "gnu"))]
const TRIM_BYTES: i32 = 8 << 20;

#[cfg(test)]
mod tests {
    use super::*;

    fn kept(alloc: &ReusingAllocator) -> usize {
        alloc
            .slots
            .iter()
            .filter(|s| !s.load(Ordering::Relaxed).is_null())
            .count()
    }

    #[test]
    fn a_freed_table_is_handed_out_again_for_its_size_only() {
        let alloc = ReusingAllocator::new();
        let table = Layout::from_size_align(TABLE_BYTES, 8).unwrap();
        let other = Layout::from_size_align(TABLE_BYTES + 16, 8).unwrap();
        unsafe {
            let a = alloc.alloc(table);
            assert!(!a.is_null());
            a.write_bytes(7, TABLE_BYTES);
            alloc.dealloc(a, table);
            assert_eq!(kept(&alloc), 1);
            let b = alloc.alloc(other);
            assert_ne!(a, b, "a kept table is handed out for its exact size only");
            let c = alloc.alloc(table);
            assert_eq!(a, c);
            assert_eq!(kept(&alloc), 0);
            c.write_bytes(1, TABLE_BYTES);
            alloc.dealloc(b, other);
            alloc.dealloc(c, table);
            // Other sizes and over-aligned tables are not kept.
            let aligned = Layout::from_size_align(TABLE_BYTES, 4096).unwrap();
            let d = alloc.alloc(aligned);
            assert_eq!(d as usize % 4096, 0);
            alloc.dealloc(d, aligned);
            assert_eq!(kept(&alloc), 1);
        }
    }

    #[test]
    fn tables_past_the_slots_are_freed() {
        let alloc = ReusingAllocator::new();
        let table = Layout::from_size_align(TABLE_BYTES, 16).unwrap();
        unsafe {
            let blocks: Vec<*mut u8> = (0..SLOTS + 3).map(|_| alloc.alloc(table)).collect();
            for &b in &blocks {
                alloc.dealloc(b, table);
            }
            assert_eq!(kept(&alloc), SLOTS);
            let again: Vec<*mut u8> = (0..SLOTS + 3).map(|_| alloc.alloc(table)).collect();
            let reused = again.iter().filter(|b| blocks.contains(b)).count();
            assert!(reused >= SLOTS, "{reused}");
            for &b in &again {
                alloc.dealloc(b, table);
            }
        }
    }

    #[test]
    fn threads_share_the_kept_tables() {
        static SHARED: ReusingAllocator = ReusingAllocator::new();
        let table = Layout::from_size_align(TABLE_BYTES, 8).unwrap();
        std::thread::scope(|s| {
            for _ in 0..6 {
                s.spawn(|| {
                    for round in 0..200u8 {
                        unsafe {
                            let b = SHARED.alloc(table);
                            assert!(!b.is_null());
                            b.write_bytes(round, TABLE_BYTES);
                            assert_eq!(*b.add(TABLE_BYTES - 1), round);
                            assert_eq!(*b, round);
                            SHARED.dealloc(b, table);
                        }
                    }
                });
            }
        });
    }

    /// Tables asked of any instance (the test binary's global allocator included).
    pub(super) static TABLES_ASKED: std::sync::atomic::AtomicUsize =
        std::sync::atomic::AtomicUsize::new(0);

    /// The size kept is the one regex-automata allocates: compiling a non-ASCII class asks
    /// this binary's allocator for a table (other tests run beside, so only "more" holds).
    #[test]
    fn compiling_a_unicode_class_asks_for_the_table() {
        let before = TABLES_ASKED.load(Ordering::Relaxed);
        let nfa = regex_automata::nfa::thompson::NFA::new("[à-ü]+").unwrap();
        assert!(nfa.states().len() > 1);
        assert!(
            TABLES_ASKED.load(Ordering::Relaxed) > before,
            "no {TABLE_BYTES}-byte table was allocated"
        );
    }
}
