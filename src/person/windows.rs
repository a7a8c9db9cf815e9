//! The memo of [`super::Scan::context_before`]: the context a window before a run gives, by
//! the window's bytes and flags, kept from one text to the next on a thread.
//!
//! Why by its bytes: a window's reading, when it reads nothing outside the window (the scan
//! remembers only those, see `Scan::impure`), depends on the window's bytes, its flags and
//! the lexicon alone, so that it holds for any text. Keyed by a borrow of the text, the memo
//! was emptied at each 1 MiB piece of a stream, and the windows that come back all through a
//! business text ("Contact : ", "Fait à ", a form's labels) were read in full again in every
//! piece: on the 12 MB mixed corpus, 8,595 of the 43,936 full readings were of windows read
//! in an earlier piece (1,002 were of windows evicted within their piece). Held inline, the
//! key is also compared without reading the text where it was first met, which the scan of a
//! long text has evicted from the cache since.
//!
//! One slot per hash, a new window evicting the one in its slot, the bytes compared in full:
//! the text is the adversary's, and a crafted collision can only evict a window, which is
//! then read in full again, never give it another window's context.

use super::table::packed;
use super::Ctx;

/// The longest window remembered, in bytes: the longest [`super::Scan::context_before`]
/// reads.
pub(super) const WINDOW_BYTES: usize = 40;

/// How many windows the memo remembers at most (a power of two). The 3 MB mixed corpus has
/// about 10,000 distinct windows, most of them met once (log lines, references): with 2,048
/// slots they evicted the few that come back all through the text ("De : ", "Fait à "),
/// which were then read again. 8,192 slots of 48 bytes are 384 KiB, allocated at the first
/// window remembered; a shorter text gets fewer (see [`WindowMemo::for_text`]).
pub(super) const MAX_SLOTS: usize = 8192;
/// The fewest slots a memo gets.
const MIN_SLOTS: usize = 64;
/// Bytes of text per slot: a 1 MiB piece of a stream gets all [`MAX_SLOTS`], a 4 KB prompt the
/// fewest (the full memo cost a prompt 72 more page faults and 0.7 ms of its median wall time
/// on the development VM, for slots it never fills).
const TEXT_BYTES_PER_SLOT: usize = 128;

/// A window as the memo holds it: its bytes as five eight-byte words at fixed offsets (the
/// last ones overlapping in a window shorter than 40 bytes, all of it in the first word,
/// zero-padded, in one shorter than 8), then its length, its flags and a bit that no empty
/// slot has. Words at offsets fixed by the length cover every byte, so that two windows of
/// one length have the same words exactly when they have the same bytes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) struct WindowKey {
    words: [u64; 5],
    meta: u64,
}

/// The bit of [`WindowKey::meta`] that says a slot is filled.
const FILLED: u64 = 1 << 16;
/// The bits of a slot's last word that are the key's: length, flags, [`FILLED`].
const KEY_BITS: u64 = 0x1_FFFF;

impl WindowKey {
    /// The key of `window` with `flags`; `None` for a window longer than [`WINDOW_BYTES`].
    pub(super) fn of(window: &[u8], flags: u8) -> Option<WindowKey> {
        let len = window.len();
        if len > WINDOW_BYTES {
            return None;
        }
        let meta = len as u64 | u64::from(flags) << 8 | FILLED;
        let Some(last) = len.checked_sub(8) else {
            return Some(WindowKey {
                words: [packed(window), 0, 0, 0, 0],
                meta,
            });
        };
        // Loads at fixed offsets, no loop: the windows' lengths follow no pattern, and a
        // loop over them mispredicted at its end about once a window.
        let word = |k: usize| {
            window[(8 * k).min(last)..]
                .first_chunk::<8>()
                .map_or(0, |w| u64::from_le_bytes(*w))
        };
        Some(WindowKey {
            words: [word(0), word(1), word(2), word(3), word(4)],
            meta,
        })
    }

    /// The key's hash: FxHash's multiplier over its words.
    fn hash(&self) -> u64 {
        let add = |hash: u64, word: u64| (hash.rotate_left(5) ^ word).wrapping_mul(SEED);
        let hash = self.words.iter().fold(self.meta, |hash, &w| add(hash, w));
        // The top bits make the slot: a last multiplication mixes every bit into them.
        hash.wrapping_mul(0x9e37_79b9_7f4a_7c15)
    }
}

/// FxHash's multiplier.
const SEED: u64 = 0x51_7c_c1_b7_27_22_0a_95;

/// A slot: the key's five words, then its last word with the context remembered above
/// [`KEY_BITS`] (see [`WindowMemo::insert_at`]). All zeros when empty.
pub(super) type Slot = [u64; 6];

/// Whether the slot `s` holds `key`: its six words xor-ed with the key's and or-ed together,
/// with no branch and no call. Compared as a slice, the five words of bytes were a call to
/// `memcmp` for every lookup (7 % of PERSON's added time on the 12 MB mixed corpus, its first
/// load taking the slot's cache miss); compared word by word with `&&`, a branch each
/// (+0.5M instructions on 12 MB, session 23).
#[inline]
fn same_key(s: &Slot, key: &WindowKey) -> bool {
    let [a, b, c, d, e] = key.words;
    ((s[0] ^ a) | (s[1] ^ b) | (s[2] ^ c) | (s[3] ^ d) | (s[4] ^ e) | (s[5] & KEY_BITS ^ key.meta))
        == 0
}

/// What a remembered reading of a window asked of the text after its run, which the window
/// does not hold: its answer is that of the memo only while the check finds nothing there.
/// Two checks of a business text's most common windows ask such a thing, and their windows,
/// not remembered, were read in full each time (on the 12 MB mixed corpus, 7,098 readings of
/// chat time stamps, "[12:37] ", asking for a colon after the speaker's name, and 1,259 of
/// nine labels, "Rencontré : ", asking whether the name is the field's whole value).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum After {
    /// Nothing: the answer holds as it is.
    Nothing,
    /// A colon after the run, or a speaker's affiliation in brackets and a colon after a run
    /// of two name words (a programme's "09h45  K. Dlamini (EHESS) :"): then [`Ctx::Strong`].
    Colon,
    /// The run of several words is the whole value of its field: then [`Ctx::Weak`].
    WholeValue,
}

/// The provisos by their code in a slot (`After as u8`).
const AFTERS: [After; 3] = [After::Nothing, After::Colon, After::WholeValue];

/// The contexts by their code in a slot (`Ctx as u8`).
const CONTEXTS: [Ctx; 6] = [
    Ctx::None,
    Ctx::Weak,
    Ctx::Verb,
    Ctx::Strong,
    Ctx::Civility,
    Ctx::Deny,
];

/// The memo: see the module's documentation.
pub(super) struct WindowMemo {
    slots: Vec<Slot>,
    /// How many slots the memo has, or gets at its first insert (a power of two).
    size: usize,
}

impl WindowMemo {
    /// A memo for a text of `text_len` bytes, from `slots`, the slots of the thread's last memo
    /// (see `super::scratch`; empty if none): kept, windows and all, when there are as many as
    /// the text would get or more, else emptied, to be sized to the text at the first insert.
    pub(super) fn for_text(text_len: usize, mut slots: Vec<Slot>) -> WindowMemo {
        let size = (text_len / TEXT_BYTES_PER_SLOT)
            .next_power_of_two()
            .clamp(MIN_SLOTS, MAX_SLOTS);
        if slots.len() >= size && slots.len().is_power_of_two() {
            return WindowMemo {
                size: slots.len(),
                slots,
            };
        }
        slots.clear();
        WindowMemo { slots, size }
    }

    /// The memo's slots, for the next memo on the thread (see [`WindowMemo::for_text`]).
    pub(super) fn into_slots(self) -> Vec<Slot> {
        self.slots
    }

    /// How many slots the memo has or gets.
    #[cfg(test)]
    pub(super) fn size(&self) -> usize {
        self.size
    }

    /// The slot of `key`.
    pub(super) fn slot(&self, key: &WindowKey) -> usize {
        (key.hash() >> (64 - self.size.trailing_zeros())) as usize
    }

    /// The context, lead and proviso remembered for `key`, or on a miss the slot where it
    /// goes: [`WindowMemo::insert_at`] then stores it without hashing it a second time.
    pub(super) fn find(&self, key: &WindowKey) -> Result<(Ctx, Option<u8>, After), usize> {
        let slot = self.slot(key);
        match self.slots.get(slot) {
            Some(s) if same_key(s, key) => {
                let value = s[5] >> 24;
                let ctx = CONTEXTS[(value & 0xFF) as usize % CONTEXTS.len()];
                let lead = (value & 0x100 != 0).then_some((value >> 16) as u8);
                let after = AFTERS[((value >> 9) & 3) as usize % AFTERS.len()];
                Ok((ctx, lead, after))
            }
            _ => Err(slot),
        }
    }

    /// Remembers `ctx`, `lead` and `after` for `key` at `slot`, which [`WindowMemo::find`]
    /// gave for it.
    pub(super) fn insert_at(
        &mut self,
        slot: usize,
        key: &WindowKey,
        (ctx, lead, after): (Ctx, Option<u8>, After),
    ) {
        #[cfg(test)]
        assert_eq!(slot, self.slot(key));
        if self.slots.is_empty() {
            self.slots.resize(self.size, [0; 6]);
        }
        let value = ctx as u64
            | u64::from(lead.is_some()) << 8
            | (after as u64) << 9
            | u64::from(lead.unwrap_or(0)) << 16;
        if let Some(s) = self.slots.get_mut(slot) {
            let [a, b, c, d, e] = key.words;
            *s = [a, b, c, d, e, key.meta | value << 24];
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn contexts_decode_as_they_encode() {
        for ctx in CONTEXTS {
            assert_eq!(CONTEXTS[ctx as usize], ctx);
        }
        for after in AFTERS {
            assert_eq!(AFTERS[after as usize], after);
        }
    }

    #[test]
    fn memos_are_sized_to_their_text_and_keep_a_larger_one() {
        let size = |len, kept: usize| WindowMemo::for_text(len, vec![[0; 6]; kept]).size();
        let table = [
            (0, 0, MIN_SLOTS),
            (4096, 0, MIN_SLOTS),
            (100_000, 0, 1024),
            (1 << 20, 0, MAX_SLOTS),
            (usize::MAX / 2, 0, MAX_SLOTS),
            // A kept memo as large as the text's or larger is kept whole.
            (4096, MAX_SLOTS, MAX_SLOTS),
            (1 << 20, MAX_SLOTS, MAX_SLOTS),
            // A smaller one is emptied and the text's size taken.
            (1 << 20, 1024, MAX_SLOTS),
        ];
        for (len, kept, want) in table {
            assert_eq!(size(len, kept), want, "{len} {kept}");
        }
    }

    /// The key reads each byte of a window, up to the 40 a window may hold, its length and
    /// its flags: windows one byte apart, or with other flags or another length, have other
    /// keys, and a window is found again where it was stored, with its context and lead.
    #[test]
    fn a_window_is_found_by_its_bytes_and_flags_alone() {
        let text: Vec<u8> = (b'a'..=b'z')
            .chain(b'A'..=b'Z')
            .take(WINDOW_BYTES + 1)
            .collect();
        let mut memo = WindowMemo::for_text(1 << 20, Vec::new());
        for len in 0..=WINDOW_BYTES {
            let window = &text[..len];
            let key = WindowKey::of(window, 3).unwrap();
            assert_ne!(Some(key), WindowKey::of(window, 1), "{len}");
            assert_ne!(Some(key), WindowKey::of(&text[..len + 1], 3), "{len}");
            for i in 0..len {
                let mut other = window.to_vec();
                other[i] = b'-';
                assert_ne!(Some(key), WindowKey::of(&other, 3), "{len} {i}");
            }
            // The same bytes elsewhere (another text): the same key.
            let copy = window.to_vec();
            assert_eq!(Some(key), WindowKey::of(&copy, 3));
            let slot = memo.find(&key).expect_err("not stored yet");
            let lead = (len % 3 == 0).then_some(len as u8);
            let after = AFTERS[len % AFTERS.len()];
            memo.insert_at(slot, &key, (Ctx::Civility, lead, after));
            assert_eq!(memo.find(&key), Ok((Ctx::Civility, lead, after)), "{len}");
            let other = WindowKey::of(window, 1).unwrap();
            assert_eq!(memo.find(&other).ok(), None);
        }
        assert_eq!(WindowKey::of(&[b'a'; WINDOW_BYTES + 1], 0), None);
    }

    /// The branch-free compare agrees with the plain one: a slot holding the key, one word
    /// or one bit off, the value bits above the key's changed, an empty slot.
    #[test]
    fn same_key_reads_as_the_plain_compare() {
        let plain = |s: &Slot, key: &WindowKey| s[..5] == key.words && s[5] & KEY_BITS == key.meta;
        let key = WindowKey::of(b"Fait \xc3\xa0 Paris, le 3 mai, par ", 5).unwrap();
        let [a, b, c, d, e] = key.words;
        let held: Slot = [a, b, c, d, e, key.meta | 0xABCD << 24];
        let mut slots = vec![held, [0; 6]];
        for word in 0..6 {
            for bit in [0, 7, 16, 17, 23, 40, 63] {
                let mut s = held;
                s[word] ^= 1 << bit;
                slots.push(s);
            }
        }
        for s in &slots {
            assert_eq!(same_key(s, &key), plain(s, &key), "{s:x?}");
        }
        assert!(same_key(&held, &key));
    }

    #[test]
    fn colliding_windows_evict_rather_than_chain() {
        // Windows that share a slot: each new one replaces the last, and a lookup reads that
        // one slot only, whatever the text.
        let windows: Vec<String> = (0..100_000).map(|n| format!("fenêtre {n} ")).collect();
        let keys: Vec<WindowKey> = windows
            .iter()
            .map(|w| WindowKey::of(w.as_bytes(), 0).unwrap())
            .collect();
        let mut memo = WindowMemo::for_text(1 << 20, Vec::new());
        let first = keys[0];
        let twin = *keys[1..]
            .iter()
            .find(|k| memo.slot(k) == memo.slot(&first))
            .expect("a window in the same slot");
        let value = (Ctx::None, None, After::Nothing);
        memo.insert_at(memo.slot(&first), &first, value);
        assert_eq!(memo.find(&first), Ok(value));
        let value = (Ctx::Deny, Some(3), After::Colon);
        memo.insert_at(memo.slot(&twin), &twin, value);
        assert_eq!(memo.find(&first), Err(memo.slot(&first)));
        assert_eq!(memo.find(&twin), Ok(value));
        assert_eq!(memo.into_slots().len(), MAX_SLOTS);
    }
}
