//! The binary's global allocator: the system allocator, keeping a few freed large blocks for
//! the next allocation of the same size.
//!
//! Why: compiling an NFA with a non-ASCII class makes regex-automata allocate a 320,000-byte
//! table and write it in full (`Utf8BoundedMap`, 10,000 entries), and a 4 KB prompt compiles
//! four such NFAs. glibc serves a block that large with `mmap` and gives it back with
//! `munmap` on free, so each compile faulted its 79 pages in again (a third of the prompt's
//! page faults), and each `munmap` in a process with several threads costs a TLB shootdown.
//! A freed block kept here is taken again by the next compile, on any thread, already mapped.
//!
//! Only blocks between [`MIN_KEPT`] and [`MAX_KEPT`] bytes with the system allocator's
//! natural alignment are kept, at most [`SLOTS`] of them (4 MiB at most, held until the
//! process ends), and a kept block is handed out only for a request of exactly its size.
//! Every block, kept or not, is a block of the system allocator: `realloc` and the final
//! `free` go to it unchanged. The library does not set an allocator: this is the command's.

use std::alloc::{GlobalAlloc, Layout, System};
use std::ptr;
use std::sync::atomic::{AtomicPtr, Ordering};

/// glibc's default `mmap` threshold: smaller blocks come from the heap and are reused anyway.
const MIN_KEPT: usize = 128 * 1024;
/// Larger blocks are input buffers and caches, allocated once.
const MAX_KEPT: usize = 1024 * 1024;
/// Blocks kept at once: a prompt's first scan compiles on two threads at a time.
const SLOTS: usize = 4;
/// The alignment `malloc` gives every block (and up to which `System` calls plain `malloc`).
const NATURAL_ALIGN: usize = 16;

pub struct ReusingAllocator {
    /// Freed blocks, null when empty; a kept block's first word holds its size.
    slots: [AtomicPtr<u8>; SLOTS],
}

impl ReusingAllocator {
    pub const fn new() -> ReusingAllocator {
        ReusingAllocator {
            slots: [const { AtomicPtr::new(ptr::null_mut()) }; SLOTS],
        }
    }

    fn keeps(layout: Layout) -> bool {
        (MIN_KEPT..=MAX_KEPT).contains(&layout.size()) && layout.align() <= NATURAL_ALIGN
    }

    /// A kept block of exactly `size` bytes, taken out of its slot.
    fn take(&self, size: usize) -> Option<*mut u8> {
        for slot in &self.slots {
            if slot.load(Ordering::Relaxed).is_null() {
                continue;
            }
            let block = slot.swap(ptr::null_mut(), Ordering::Acquire);
            if block.is_null() {
                continue;
            }
            // SAFETY: `block` was put in the slot by `dealloc` with its size written in its
            // first word (blocks kept are at least MIN_KEPT bytes and 16-aligned), and the
            // swap made this thread its only owner.
            let kept = unsafe { block.cast::<usize>().read() };
            if kept == size {
                return Some(block);
            }
            self.keep_or_free(block, kept);
        }
        None
    }

    /// Puts a block (owned by the caller, its size already written) back in an empty slot,
    /// or frees it when every slot is taken.
    fn keep_or_free(&self, block: *mut u8, size: usize) {
        for slot in &self.slots {
            if slot
                .compare_exchange(ptr::null_mut(), block, Ordering::Release, Ordering::Relaxed)
                .is_ok()
            {
                return;
            }
        }
        // SAFETY: `block` is a live block of the system allocator of `size` bytes with the
        // natural alignment (only such blocks are kept), owned by the caller.
        unsafe {
            System.dealloc(
                block,
                Layout::from_size_align_unchecked(size, NATURAL_ALIGN),
            )
        }
    }
}

// SAFETY: every block handed out is a block of `System` at least as large and as aligned as
// the layout asks (a kept block is handed out only for a request of its exact size and of
// natural alignment, which every `malloc` block has); a kept block belongs to no one else
// (taken out of its slot by an atomic swap); the other calls go to `System` unchanged.
unsafe impl GlobalAlloc for ReusingAllocator {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        if Self::keeps(layout) {
            if let Some(block) = self.take(layout.size()) {
                return block;
            }
        }
        // SAFETY: the caller's contract (a layout of non-zero size) is passed on.
        let block = unsafe { System.alloc(layout) };
        if Self::keeps(layout) && !block.is_null() {
            populate(block, layout.size());
        }
        block
    }

    unsafe fn dealloc(&self, block: *mut u8, layout: Layout) {
        if Self::keeps(layout) {
            // SAFETY: the caller gives the block up; it has at least MIN_KEPT bytes, 16-aligned,
            // so its first word may hold its size while it is kept.
            unsafe { block.cast::<usize>().write(layout.size()) };
            self.keep_or_free(block, layout.size());
            return;
        }
        // SAFETY: the caller's contract is passed on.
        unsafe { System.dealloc(block, layout) }
    }

    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        // Fresh zeroed blocks (`calloc` of new mappings costs no writes); a kept block
        // would have to be cleared.
        // SAFETY: the caller's contract is passed on.
        unsafe { System.alloc_zeroed(layout) }
    }

    unsafe fn realloc(&self, block: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        // SAFETY: every block is a block of `System` (see the impl's comment), and the
        // caller's contract is passed on.
        unsafe { System.realloc(block, layout, new_size) }
    }
}

/// Maps in the whole pages of a new large block at once. The block is most likely the NFA
/// compiler's table, which is written in full at once: one `madvise` costs about half of the
/// 79 page faults it replaces (a 320 KB block: 60-85 µs against 137-192 µs per block, mapped,
/// written and unmapped 2,000 times on the development VM). Where the kernel lacks
/// `MADV_POPULATE_WRITE` (before Linux 5.14) the call fails and the pages fault in as before.
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_freed_large_block_is_handed_out_again_for_the_same_size_only() {
        let alloc = ReusingAllocator::new();
        let layout = Layout::from_size_align(320_000, 8).unwrap();
        let other = Layout::from_size_align(320_016, 8).unwrap();
        unsafe {
            let a = alloc.alloc(layout);
            assert!(!a.is_null());
            a.write_bytes(7, layout.size());
            alloc.dealloc(a, layout);
            let b = alloc.alloc(other);
            assert_ne!(a, b, "a kept block is handed out for its exact size only");
            let c = alloc.alloc(layout);
            assert_eq!(a, c);
            c.write_bytes(1, layout.size());
            alloc.dealloc(b, other);
            alloc.dealloc(c, layout);
            // Small and over-aligned blocks are not kept.
            let small = Layout::from_size_align(4096, 8).unwrap();
            let s = alloc.alloc(small);
            alloc.dealloc(s, small);
            let aligned = Layout::from_size_align(320_000, 4096).unwrap();
            let d = alloc.alloc(aligned);
            assert_eq!(d as usize % 4096, 0);
            alloc.dealloc(d, aligned);
            let kept = alloc
                .slots
                .iter()
                .filter(|s| !s.load(Ordering::Relaxed).is_null())
                .count();
            assert_eq!(kept, 2);
        }
    }

    #[test]
    fn blocks_past_the_slots_are_freed() {
        let alloc = ReusingAllocator::new();
        let layout = Layout::from_size_align(200_000, 16).unwrap();
        unsafe {
            let blocks: Vec<*mut u8> = (0..SLOTS + 3).map(|_| alloc.alloc(layout)).collect();
            for &b in &blocks {
                alloc.dealloc(b, layout);
            }
            let again: Vec<*mut u8> = (0..SLOTS + 3).map(|_| alloc.alloc(layout)).collect();
            let reused = again.iter().filter(|b| blocks.contains(b)).count();
            assert!(reused >= SLOTS, "{reused}");
            for &b in &again {
                alloc.dealloc(b, layout);
            }
        }
    }

    #[test]
    fn threads_share_the_kept_blocks() {
        static SHARED: ReusingAllocator = ReusingAllocator::new();
        let layout = Layout::from_size_align(320_000, 8).unwrap();
        std::thread::scope(|s| {
            for _ in 0..4 {
                s.spawn(|| {
                    for round in 0..200u8 {
                        unsafe {
                            let b = SHARED.alloc(layout);
                            assert!(!b.is_null());
                            b.write_bytes(round, layout.size());
                            assert_eq!(*b.add(layout.size() - 1), round);
                            SHARED.dealloc(b, layout);
                        }
                    }
                });
            }
        });
    }
}
