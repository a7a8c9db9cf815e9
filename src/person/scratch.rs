//! A thread's buffers for its next scan, kept from its last one.
//!
//! Why: a stream is scanned in pieces of about 1 MiB, and each scan allocated its token list
//! (about 1.2 MB written on business text), its set-aside runs, memos and line-break bits
//! afresh. glibc serves a block of 1 MiB or more with `mmap` and unmaps it on `free` (the
//! command fixes that threshold, see `src/cli/alloc.rs`), and trims the freed top of its heap:
//! each piece faulted every page it wrote in again, one at a time. On the 3 MB mixed corpus
//! PERSON took 2,100 of the whole run's 5,450 page faults, which callgrind does not count: a
//! new page cost this project's VM 0.7 µs at best and 4 to 9 µs on average while other
//! processes ran (a probe writing 300 pages). Kept here, emptied, and given to the next scan
//! on the same thread, they are mapped once per thread: 4,440 page faults, and 1.3 ms less
//! of the run's 58 ms. The word memo keeps its words, whose flags hold for any text, the
//! window memo its windows, whose contexts do too (see `super::windows`), and the label memo
//! its labels, held as their own bytes (see `super::LabelKey`).
//!
//! Only buffers up to [`KEEP_BYTES`] are kept: a huge text (a 97 MB line streams as one
//! piece) does not pin its buffers for the thread's life.

use std::cell::Cell;

use super::Tok;

/// The largest buffer kept, in bytes of capacity: a stream's piece is scanned with at most
/// about 1.07 MiB of text (its 1 MiB, the overlap after it and the look-back before), whose
/// token list takes 2.3 MiB (one token reserved per 16 bytes, and an eighth more).
const KEEP_BYTES: usize = 4 << 20;

/// The slots of the window memo (see [`super::windows`]): kept whole, their windows' contexts
/// hold for any text.
pub(super) type WindowSlots = Vec<super::windows::Slot>;

/// The slots of the label memo (see `Scan::label_memo`): kept whole, their labels are their
/// own bytes and their answers hold for any text.
pub(super) type LabelSlots = Vec<Option<(super::LabelKey, bool)>>;

/// The buffers a scan takes and gives back: each one empty when kept but the memos' slots,
/// whose answers hold for any text.
#[derive(Default)]
pub(super) struct Scratch {
    pub(super) toks: Vec<Tok>,
    pub(super) pending: Vec<(usize, usize)>,
    pub(super) words: Vec<[u64; 3]>,
    pub(super) line_words: Vec<u64>,
    pub(super) line_before: Vec<usize>,
    pub(super) starts: Vec<u64>,
    pub(super) windows: WindowSlots,
    pub(super) labels: LabelSlots,
}

thread_local! {
    static KEPT: Cell<Option<Scratch>> = const { Cell::new(None) };
}

/// The buffers the last scan on this thread gave back, or new empty ones.
pub(super) fn take() -> Scratch {
    KEPT.try_with(Cell::take).ok().flatten().unwrap_or_default()
}

/// Keeps `scratch` for the next scan on this thread, each buffer but the memos' emptied,
/// those over [`KEEP_BYTES`] dropped.
pub(super) fn give_back(scratch: Scratch) {
    let Scratch {
        toks,
        pending,
        words,
        line_words,
        line_before,
        starts,
        windows,
        labels,
    } = scratch;
    let kept = Scratch {
        toks: emptied(toks),
        pending: emptied(pending),
        // The word and window memos' slots are kept full: see `WordMemo::for_text` and
        // `WindowMemo::for_text`.
        words: kept_whole(words),
        line_words: emptied(line_words),
        line_before: emptied(line_before),
        starts: emptied(starts),
        windows: kept_whole(windows),
        labels: kept_whole(labels),
    };
    // During the thread's exit the slot may be gone: the buffers are then dropped here.
    let _ = KEPT.try_with(|k| k.set(Some(kept)));
}

/// `v` as it is, or none when it exceeds [`KEEP_BYTES`].
fn kept_whole<T>(v: Vec<T>) -> Vec<T> {
    if v.capacity().saturating_mul(size_of::<T>()) <= KEEP_BYTES {
        v
    } else {
        Vec::new()
    }
}

/// `v` emptied, with room for at least `n` elements. When it has less, a new vector, with an
/// eighth more: growing it would have `realloc` copy its whole old block, though it holds
/// nothing, and the next piece of a stream, often a little longer, would need another.
pub(super) fn with_room<T>(mut v: Vec<T>, n: usize) -> Vec<T> {
    v.clear();
    if v.capacity() >= n {
        return v;
    }
    drop(v);
    Vec::with_capacity(n.saturating_add(n / 8))
}

/// `v` emptied, as a vector of `U`: the same allocation when `T` and `U` have the same size
/// and alignment (the memos' slots differ only by the lifetime of their keys; the standard
/// library collects a vector's `into_iter().map(…)` in place), none when it exceeds
/// [`KEEP_BYTES`].
pub(super) fn emptied<T, U>(mut v: Vec<T>) -> Vec<U> {
    if v.capacity().saturating_mul(size_of::<T>()) > KEEP_BYTES {
        return Vec::new();
    }
    v.clear();
    // No element is left: the closure never runs.
    v.into_iter().filter_map(|_| None).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::{Detection, Detector};
    use crate::person::PersonDetector;

    /// The names `PersonDetector` finds in `text`.
    fn names(text: &str) -> Vec<Detection> {
        let mut out = Vec::new();
        PersonDetector::new().detect(text, &mut out);
        out
    }

    #[test]
    fn a_scan_with_kept_buffers_finds_what_a_first_scan_finds() {
        let letter = "Objet : relance\nDe : Mme Ségolène Karimova\nBonjour Madame Karimova,\n\
                      Réunion avec Jean-Marc Tavernier et Oksana Duval le 12 mars.\n\
                      Présents :\n- Ibrahima Sow\n- Léonie Crête\nCordialement,\nPaul Ortega\n";
        // Long texts and short ones in turn: the buffers a text finds kept are larger than it
        // needs, then smaller, and its memos' slots were filled by another text.
        let texts: Vec<String> = [300, 1, 40, 2, 600, 3]
            .iter()
            .enumerate()
            .map(|(i, &n)| format!("Texte {i}\n{}", letter.repeat(n)))
            .collect();
        let first: Vec<Vec<Detection>> = texts
            .iter()
            .map(|t| {
                let t = t.clone();
                std::thread::spawn(move || names(&t))
                    .join()
                    .unwrap_or_default()
            })
            .collect();
        assert!(first.iter().all(|found| !found.is_empty()));
        let after_others: Vec<Vec<Detection>> = texts.iter().map(|t| names(t)).collect();
        assert_eq!(after_others, first);
    }

    /// A label read by one scan is remembered by the next one on the thread (the test build
    /// checks each remembered answer against the label, see `Scan::person_label`).
    #[test]
    fn labels_are_remembered_from_one_scan_to_the_next() {
        std::thread::spawn(|| {
            names("Présents :\n- Ibrahima Sow\n- Léonie Crête\n");
            let kept = take();
            // The label is read as it stands before its colon: "Présents ".
            let key = super::super::LabelKey::of("Présents ").unwrap();
            assert!(kept.labels.contains(&Some((key, true))));
            give_back(kept);
            // The next scan finds the same names with the label remembered.
            let again = names("Présents :\n- Ibrahima Sow\n- Léonie Crête\n");
            assert_eq!(again.len(), 2);
        })
        .join()
        .unwrap();
    }

    #[test]
    fn emptied_slots_keep_their_allocation() {
        // Slots with a borrow of a text to slots of the same layout that outlive it.
        let text = String::from("De : Objet : avec");
        let mut labels: Vec<Option<(&str, bool)>> = Vec::with_capacity(64);
        labels.push(Some((&text[5..10], false)));
        let at = labels.as_ptr() as usize;
        let kept: Vec<Option<(&'static str, bool)>> = emptied(labels);
        assert_eq!(
            (kept.as_ptr() as usize, kept.capacity(), kept.len()),
            (at, 64, 0)
        );
    }

    #[test]
    fn with_room_keeps_a_vector_large_enough() {
        // (capacity, room asked, capacity after)
        let cases: [(usize, usize, usize); 4] =
            [(0, 0, 0), (100, 80, 100), (100, 100, 100), (100, 800, 900)];
        for (capacity, n, after) in cases {
            let mut v: Vec<u32> = Vec::with_capacity(capacity);
            v.extend((0..7).take(capacity));
            let v = with_room(v, n);
            assert_eq!(
                (v.len(), v.capacity() >= after, v.capacity() < after + 8),
                (0, true, true),
                "{n}"
            );
        }
    }

    #[test]
    fn buffers_over_the_bound_are_not_kept() {
        let cases: [(usize, usize); 4] = [
            (0, 0),
            (1000, 1000),
            (KEEP_BYTES / 8, KEEP_BYTES / 8),
            (KEEP_BYTES / 8 + 1, 0),
        ];
        for (capacity, kept) in cases {
            let mut v: Vec<u64> = Vec::with_capacity(capacity);
            v.extend((0..capacity as u64).take(10));
            let v: Vec<u64> = emptied(v);
            assert_eq!(
                (
                    v.capacity() >= kept,
                    v.capacity() <= kept.max(capacity),
                    v.len()
                ),
                (true, true, 0),
                "{capacity}"
            );
            if kept == 0 {
                assert_eq!(v.capacity(), 0, "{capacity}");
            }
        }
    }
}
