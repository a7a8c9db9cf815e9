//! The word table of the PERSON lexicon: folded word → flags, built at compile time and read in
//! place at run time.
//!
//! Why: building a hash map of the 110,000 INSEE first names and surnames at start-up took
//! about 67M instructions, 40 % of the whole run of `caviard redact` on a 4 KB prompt. The
//! build script (`build.rs`) includes this very file, folds the lists with [`push_folded`] and
//! lays out an open-addressing table with [`build`]; the binary embeds those bytes, and
//! [`lookup`] probes them with the same [`fx`] hash. One file for both sides, so the folding
//! and the hash used to build the table cannot drift from the ones used to read it.
//!
//! Layout (little-endian): a header `[magic u32, slot count u32, string bytes u32]`, then
//! `slot count` slots of 8 bytes `[string offset u32, length u16, flags u16]` (length 0: empty
//! slot), then the folded words, one after another. The slot count is a power of two, at most
//! half full, probed linearly from `fx(word) & (slots - 1)`.

// Word flags, from the lexicon and the word lists of `person_words.txt`.
/// A first name (INSEE).
pub const FIRST: u16 = 1;
/// A first name that is also a French word.
pub const AMBIG: u16 = 1 << 1;
/// A surname (INSEE).
pub const SURNAME: u16 = 1 << 2;
/// A capitalised word that is not a name on its own (month, city, company): never the start
/// of a name without a civility, never propagated.
pub const STOP: u16 = 1 << 3;
/// Never part of a name (civility, greeting, title, legal form): splits a run of capitalised
/// words in two.
pub const BREAK: u16 = 1 << 4;
/// "de", "Le", "Van", "Da", "Ben": inside a name only.
pub const PARTICLE: u16 = 1 << 5;
/// Shaped like a surname of some origin though no list holds it ("Kowalczyk",
/// "Hovhannisyan", "Rakotondrabe"): see `surname_shape` (never stored in the table).
pub const SHAPE: u16 = 1 << 6;

const MAGIC: u32 = 0x4c45_5831; // "LEX1"
const HEADER: usize = 12;
const SLOT: usize = 8;

/// The entries of one `[section]` of a word list file (`person_words.txt`).
pub fn section<'a>(words: &'a str, name: &'a str) -> impl Iterator<Item = &'a str> + 'a {
    let mut inside = false;
    words.lines().filter_map(move |line| {
        let line = line.trim();
        if let Some(header) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
            inside = header == name;
            return None;
        }
        (inside && !line.is_empty() && !line.starts_with('#')).then_some(line)
    })
}

const FX_SEED: u64 = 0x51_7c_c1_b7_27_22_0a_95;

/// [`fx`] of the single byte `b`, without its loop.
#[inline]
pub fn fx_byte(b: u8) -> u64 {
    u64::from(b).wrapping_mul(FX_SEED)
}

/// FxHash of a short key (the keys are public word lists; no need to resist collisions),
/// eight bytes at a time: the last bytes, fewer than eight, as one more word ([`packed`]),
/// not one by one (most names are shorter than eight bytes: a multiply per byte was most of
/// the hashing).
#[inline]
pub fn fx(bytes: &[u8]) -> u64 {
    let add = |hash: u64, word: u64| (hash.rotate_left(5) ^ word).wrapping_mul(FX_SEED);
    let mut hash = 0;
    let mut chunks = bytes.chunks_exact(8);
    for chunk in &mut chunks {
        hash = add(hash, packed(chunk));
    }
    let rest = chunks.remainder();
    if !rest.is_empty() {
        hash = add(hash, packed(rest));
    }
    hash
}

/// The first eight bytes of `bytes` (all of them when fewer) as a little-endian integer,
/// zero above them: two overlapping loads at most, no loop.
#[inline]
pub fn packed(bytes: &[u8]) -> u64 {
    fn le<const N: usize>(bytes: &[u8]) -> [u8; N] {
        bytes
            .get(..N)
            .and_then(|b| b.try_into().ok())
            .unwrap_or([0; N])
    }
    let n = bytes.len();
    match n {
        0 => 0,
        1 => u64::from(bytes[0]),
        // The last two (four) bytes overlap the first ones: the same bytes at the same
        // places, so or-ing them changes nothing.
        2..=3 => {
            let lo = u64::from(u16::from_le_bytes(le(bytes)));
            let hi = u64::from(u16::from_le_bytes(le(&bytes[n - 2..])));
            lo | hi << (8 * (n - 2))
        }
        4..=7 => {
            let lo = u64::from(u32::from_le_bytes(le(bytes)));
            let hi = u64::from(u32::from_le_bytes(le(&bytes[n - 4..])));
            lo | hi << (8 * (n - 4))
        }
        _ => u64::from_le_bytes(le(bytes)),
    }
}

/// Appends `c` lower-cased and without accents; typographic apostrophes become `'`.
pub fn push_folded(c: char, out: &mut String) {
    if c.is_ascii() {
        out.push(c.to_ascii_lowercase());
        return;
    }
    let base = match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'À' | 'Á' | 'Â' | 'Ã' | 'Ä' | 'Å' | 'ā' | 'Ā' | 'ă'
        | 'ą' | 'Ą' => 'a',
        'ç' | 'Ç' | 'ć' | 'Ć' | 'č' | 'Č' => 'c',
        'è' | 'é' | 'ê' | 'ë' | 'È' | 'É' | 'Ê' | 'Ë' | 'ē' | 'ę' | 'Ę' | 'ě' | 'ė' => {
            'e'
        }
        'ì' | 'í' | 'î' | 'ï' | 'Ì' | 'Í' | 'Î' | 'Ï' | 'ī' | 'ı' | 'İ' => 'i',
        'ñ' | 'Ñ' | 'ń' | 'Ń' | 'ň' => 'n',
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'Ò' | 'Ó' | 'Ô' | 'Õ' | 'Ö' | 'Ø' | 'ō' | 'ő' => {
            'o'
        }
        'ù' | 'ú' | 'û' | 'ü' | 'Ù' | 'Ú' | 'Û' | 'Ü' | 'ū' | 'ů' | 'ű' => 'u',
        'ý' | 'ÿ' | 'Ý' | 'Ÿ' => 'y',
        'ł' | 'Ł' => 'l',
        'ś' | 'Ś' | 'š' | 'Š' | 'ş' | 'Ş' | 'ș' | 'Ș' => 's',
        'ź' | 'Ź' | 'ż' | 'Ż' | 'ž' | 'Ž' => 'z',
        'ř' | 'Ř' => 'r',
        'ț' | 'Ț' | 'ţ' | 'ť' => 't',
        'đ' | 'Đ' | 'ď' => 'd',
        'ğ' | 'Ğ' => 'g',
        '’' | 'ʼ' | '‘' | '`' | '´' => '\'',
        '\u{a0}' | '\u{202f}' | '\u{2009}' => ' ',
        'œ' | 'Œ' => {
            out.push_str("oe");
            return;
        }
        'æ' | 'Æ' => {
            out.push_str("ae");
            return;
        }
        'ß' => {
            out.push_str("ss");
            return;
        }
        _ => {
            out.extend(c.to_lowercase());
            return;
        }
    };
    out.push(base);
}

/// The characters [`fold_table`] describes, as ranges of code points: the two-byte UTF-8
/// characters (Latin-1 and the Latin, Greek and Cyrillic blocks) and General Punctuation,
/// superscripts and currency signs (’, —, NBSP-like spaces, €), the non-ASCII characters of
/// French business text.
#[cfg_attr(not(test), allow(dead_code))]
pub const FOLD_RANGES: [(u32, u32); 2] = [(0x80, 0x800), (0x2000, 0x2100)];
/// A [`fold_table`] entry: [`push_folded`] keeps the character as it is.
pub const FOLD_SAME: u8 = 0;
/// A [`fold_table`] entry: [`push_folded`] makes something else than one ASCII byte of it.
pub const FOLD_OTHER: u8 = 0xFF;

/// What [`push_folded`] does to each character of [`FOLD_RANGES`], one byte each, in order:
/// [`FOLD_SAME`], the ASCII byte it becomes ("é" → `e`, NBSP → space, "’" → `'`), or
/// [`FOLD_OTHER`]. Built by `build.rs` with the very function it describes, so that reading
/// it gives the same fold without the match and the case tables of `push_folded` for every
/// accented letter.
#[cfg_attr(not(test), allow(dead_code))]
pub fn fold_table() -> Vec<u8> {
    let mut table = Vec::new();
    let mut folded = String::new();
    for (from, to) in FOLD_RANGES {
        for cp in from..to {
            let Some(c) = char::from_u32(cp) else {
                table.push(FOLD_OTHER);
                continue;
            };
            folded.clear();
            push_folded(c, &mut folded);
            let mut chars = folded.chars();
            table.push(match (chars.next(), chars.next()) {
                (Some(f), None) if f == c => FOLD_SAME,
                (Some(f), None) if f.is_ascii() => f as u8,
                _ => FOLD_OTHER,
            });
        }
    }
    table
}

/// The folded words of the lists with their flags, merged.
#[cfg_attr(not(test), allow(dead_code))]
pub fn entries(
    prenoms: &str,
    noms: &str,
    ambiguous: &str,
    words: &str,
) -> std::collections::BTreeMap<String, u16> {
    let mut map = std::collections::BTreeMap::new();
    for (source, flag) in [(prenoms, FIRST), (noms, SURNAME), (ambiguous, AMBIG)] {
        for line in source.lines() {
            let line = line.trim();
            if line.is_empty() || line.contains(' ') {
                continue;
            }
            let mut folded = String::with_capacity(line.len());
            for c in line.chars() {
                push_folded(c, &mut folded);
            }
            *map.entry(folded).or_insert(0) |= flag;
        }
    }
    for (list, flag) in [
        ("break", BREAK),
        ("stop", STOP),
        ("capital-particle", PARTICLE),
    ] {
        for w in section(words, list) {
            *map.entry(w.to_string()).or_insert(0) |= flag;
        }
    }
    // The one-word roles and labels that introduce people ("Visiteur", "Gestionnaire",
    // "Patient") are no names themselves: a chat transcript's "Visiteur :" or a column of
    // roles names no one. A word the name lists hold ("Patient" as a surname) or a particle
    // keeps its flags.
    // Their plurals too: a heading or a label over several people ("RESPONSABLES LÉGAUX",
    // "Marraines :") names no one either.
    for list in ["role", "label", "thing-label"] {
        for w in section(words, list) {
            if w.len() < 4 || !w.bytes().all(|b| b.is_ascii_lowercase()) {
                continue;
            }
            let plural = (!w.ends_with(['s', 'x'])).then(|| format!("{w}s"));
            for w in std::iter::once(w.to_string()).chain(plural) {
                let flags = map.entry(w).or_insert(0);
                if *flags & (FIRST | SURNAME | AMBIG | PARTICLE) == 0 {
                    *flags |= STOP;
                }
            }
        }
    }
    map
}

/// Lays out the table described in the module documentation. Words longer than `u16::MAX`
/// bytes, or empty, are left out (no name is either).
#[cfg_attr(not(test), allow(dead_code))]
pub fn build(entries: &std::collections::BTreeMap<String, u16>) -> Vec<u8> {
    let kept: Vec<(&String, u16)> = entries
        .iter()
        .filter(|(w, _)| !w.is_empty() && w.len() <= usize::from(u16::MAX))
        .map(|(w, &f)| (w, f))
        .collect();
    let slots = (kept.len() * 2).next_power_of_two().max(16);
    let mut table = vec![0u8; slots * SLOT];
    let mut strings = Vec::new();
    for (word, flags) in kept {
        let mut i = slot_of(fx(word.as_bytes()), slots);
        while table[i * SLOT + 4..i * SLOT + 6] != [0, 0] {
            i = (i + 1) & (slots - 1);
        }
        let offset = u32::try_from(strings.len()).expect("lexicon under 4 GB");
        table[i * SLOT..i * SLOT + 4].copy_from_slice(&offset.to_le_bytes());
        table[i * SLOT + 4..i * SLOT + 6].copy_from_slice(&(word.len() as u16).to_le_bytes());
        table[i * SLOT + 6..i * SLOT + 8].copy_from_slice(&flags.to_le_bytes());
        strings.extend_from_slice(word.as_bytes());
    }
    let mut blob = Vec::with_capacity(HEADER + table.len() + strings.len());
    blob.extend_from_slice(&MAGIC.to_le_bytes());
    blob.extend_from_slice(&(slots as u32).to_le_bytes());
    blob.extend_from_slice(&(strings.len() as u32).to_le_bytes());
    blob.extend_from_slice(&table);
    blob.extend_from_slice(&strings);
    blob
}

/// The first slot to probe: from the high bits of the hash, which the last multiply of
/// [`fx`] mixes well (its low bits depend only on the low bits of the last word read, so
/// probing from them made long clusters: 13 comparisons per lookup on average).
#[inline]
fn slot_of(hash: u64, slots: usize) -> usize {
    (hash >> 32) as usize & (slots - 1)
}

fn u32_at(blob: &[u8], at: usize) -> Option<u32> {
    Some(u32::from_le_bytes(blob.get(at..at + 4)?.try_into().ok()?))
}

fn u16_at(blob: &[u8], at: usize) -> Option<u16> {
    Some(u16::from_le_bytes(blob.get(at..at + 2)?.try_into().ok()?))
}

/// The flags of a folded word, 0 when the table does not hold it (or is not a table: every
/// read is bounds-checked, so a damaged table gives no flags rather than a panic).
#[inline]
pub fn lookup(blob: &[u8], word: &str) -> u16 {
    lookup_hashed(blob, word, fx(word.as_bytes()))
}

/// [`lookup_hashed`] of a word given as bytes.
#[inline]
pub fn lookup_bytes(blob: &[u8], word: &[u8], hash: u64) -> u16 {
    lookup_checked(blob, word, hash).unwrap_or(0)
}

/// [`lookup`] with `hash`, which must be `fx(word)`, already computed.
#[inline]
pub fn lookup_hashed(blob: &[u8], word: &str, hash: u64) -> u16 {
    lookup_checked(blob, word.as_bytes(), hash).unwrap_or(0)
}

#[inline]
fn lookup_checked(blob: &[u8], word: &[u8], hash: u64) -> Option<u16> {
    if u32_at(blob, 0)? != MAGIC {
        return None;
    }
    let slots = u32_at(blob, 4)? as usize;
    if !slots.is_power_of_two() {
        return None;
    }
    let strings = HEADER + slots * SLOT;
    let mut i = slot_of(hash, slots);
    // The table is at most half full: an empty slot is always reached.
    for _ in 0..slots {
        let at = HEADER + i * SLOT;
        let len = usize::from(u16_at(blob, at + 4)?);
        if len == 0 {
            return None;
        }
        if len == word.len() {
            let offset = strings + u32_at(blob, at)? as usize;
            // Compared byte by byte: most slots differ in the first byte, and a call to
            // `memcmp` for every probe cost more than the rest of the lookup.
            let stored = blob.get(offset..offset + len)?;
            if stored.iter().zip(word).all(|(a, b)| a == b) {
                return u16_at(blob, at + 6);
            }
        }
        i = (i + 1) & (slots - 1);
    }
    None
}

/// Words longer than this many bytes are not remembered by [`WordMemo`].
pub const MEMO_WORD_BYTES: usize = 16;

/// The flags of the folded words met so far, by their bytes: a business text names the same
/// people, months, towns and form labels again and again (115,000 capitalised words on a 3 MB
/// corpus), and each time the table was probed and a word it does not hold checked for a
/// surname's shape, about 80 instructions, where a slot read costs a handful. A word's flags
/// depend on its bytes alone, so that the memo of a thread's last text serves the next (see
/// [`WordMemo::for_text`]).
///
/// One slot per hash (the word's [`fx`]), a new word evicting the one in its slot, the bytes
/// compared in full: a crafted collision can only evict a word, which is then looked up in the
/// table again, never give it another word's flags. A slot is `[first eight bytes, next eight
/// bytes, flags]`, the bytes zero-padded; no folded word holds a zero byte and none is empty,
/// so the zeros of an empty slot match no word.
pub struct WordMemo {
    slots: Vec<[u64; 3]>,
}

/// Bounds of [`WordMemo`]'s size: one slot per [`MEMO_TEXT_BYTES`] of text, as a power of two,
/// so that a 4 KB prompt zeroes 1.5 KiB, not the 96 KiB a 1 MiB piece of a stream takes.
const MIN_MEMO_WORDS: usize = 64;
const MAX_MEMO_WORDS: usize = 4096;
const MEMO_TEXT_BYTES: usize = 256;

impl WordMemo {
    /// A memo for a text of `text_len` bytes, from `slots`, the slots of the thread's last memo
    /// (see `super::scratch`; empty if none). They are kept, words and all, when there are as
    /// many as the text needs or more: a stream's pieces then find the words of the pieces
    /// before (the table's probes miss the cache, a cost the instruction counts do not show:
    /// `classify_ascii` took 2 % of the mixed corpus's wall clock for 0.15 % of its
    /// instructions). Else they are emptied and sized to the text.
    pub fn for_text(text_len: usize, mut slots: Vec<[u64; 3]>) -> WordMemo {
        let len = (text_len / MEMO_TEXT_BYTES)
            .next_power_of_two()
            .clamp(MIN_MEMO_WORDS, MAX_MEMO_WORDS);
        if slots.len() < len || !slots.len().is_power_of_two() {
            slots.clear();
            slots.resize(len, [0; 3]);
        }
        WordMemo { slots }
    }

    /// The memo's slots, for another memo (see [`WordMemo::for_text`]).
    pub fn into_slots(self) -> Vec<[u64; 3]> {
        self.slots
    }

    /// The slot of a word whose [`fx`] is `hash`: its top bits (`fx` ends with a
    /// multiplication, whose low bits mix little).
    #[inline]
    fn slot(&self, hash: u64) -> usize {
        (hash >> (64 - self.slots.len().trailing_zeros())) as usize
    }

    /// The flags remembered for the word `key` (see [`word_key`]) whose [`fx`] is `hash`.
    #[inline]
    pub fn get(&self, key: [u64; 2], hash: u64) -> Option<u16> {
        let slot = self.slots.get(self.slot(hash))?;
        (slot[0] == key[0] && slot[1] == key[1]).then_some(slot[2] as u16)
    }

    /// Remembers the flags of the word `key` whose [`fx`] is `hash`.
    #[inline]
    pub fn insert(&mut self, key: [u64; 2], hash: u64, flags: u16) {
        let slot = self.slot(hash);
        if let Some(s) = self.slots.get_mut(slot) {
            *s = [key[0], key[1], u64::from(flags)];
        }
    }
}

/// `KEY_MASKS[n]`: the masks of the first `n` bytes of a word in its two halves of eight
/// bytes (see [`word_key`]), for `n` up to [`MEMO_WORD_BYTES`].
const KEY_MASKS: [[u64; 2]; MEMO_WORD_BYTES + 1] = {
    let mut masks = [[u64::MAX; 2]; MEMO_WORD_BYTES + 1];
    let mut n = 0;
    while n <= MEMO_WORD_BYTES {
        masks[n] = [bytes_mask(n), bytes_mask(n.saturating_sub(8))];
        n += 1;
    }
    masks
};

/// The mask of the first `k` bytes of a `u64` (all of them from 8 on).
const fn bytes_mask(k: usize) -> u64 {
    if k >= 8 {
        u64::MAX
    } else {
        (1 << (8 * k)) - 1
    }
}

/// The key of a word of at most [`MEMO_WORD_BYTES`] bytes for [`WordMemo`], and its [`fx`],
/// from `buf`, which holds the word's `len` bytes followed by anything: two loads, masked to
/// the word, instead of [`packed`]'s branches on the length.
#[inline]
pub fn word_key(buf: &[u8; MEMO_WORD_BYTES], len: usize) -> ([u64; 2], u64) {
    let half = |from: usize| {
        let mut eight = [0u8; 8];
        eight.copy_from_slice(&buf[from..from + 8]);
        u64::from_le_bytes(eight)
    };
    // The bytes of the word in each half: 8 or fewer, possibly none. Read from a table, not
    // told by a `match` on the length: the lengths of the words of a text vary from one word
    // to the next, and the branches on them were mispredicted about one word in three.
    let [lo_mask, hi_mask] = KEY_MASKS[len.min(MEMO_WORD_BYTES)];
    let lo = half(0) & lo_mask;
    let hi = half(8) & hi_mask;
    // `fx`: one word for eight bytes or fewer, two for up to sixteen.
    let first = lo.wrapping_mul(FX_SEED);
    let hash = if len <= 8 {
        first
    } else {
        (first.rotate_left(5) ^ hi).wrapping_mul(FX_SEED)
    };
    ([lo, hi], hash)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// FxHash as it was written first: eight bytes at a time, then byte by byte; and the
    /// remainder read as one word, which [`fx`] does.
    fn fx_reference(bytes: &[u8]) -> u64 {
        let add = |hash: u64, word: u64| (hash.rotate_left(5) ^ word).wrapping_mul(FX_SEED);
        let mut hash = 0;
        let mut chunks = bytes.chunks_exact(8);
        for chunk in &mut chunks {
            hash = add(hash, u64::from_le_bytes(chunk.try_into().unwrap()));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            let mut word = [0u8; 8];
            word[..rest.len()].copy_from_slice(rest);
            hash = add(hash, u64::from_le_bytes(word));
        }
        hash
    }

    /// Regression: the web chat's "Visiteur :" speaker, a role that introduces people, was
    /// taken for a name. Roles and labels are no names; the people they introduce are, and a
    /// civility still makes one of them a surname.
    #[test]
    fn roles_and_labels_are_no_names() {
        use crate::person::tests::names;
        let table: &[(&str, &[&str])] = &[
            (
                "10:02 Visiteuse : bonjour, je voudrais un devis\n10:03 Hanitra : je regarde\n",
                &["Hanitra"],
            ),
            ("Gestionnaire : Nurlan Abenov\n", &["Nurlan Abenov"]),
            (
                "Patient\tMotif\nTojo Gunawardena\tSuivi\n",
                &["Tojo Gunawardena"],
            ),
            ("M. Chauffeur a appelé.\n", &["Chauffeur"]),
            ("Convive : Tahina\n", &["Tahina"]),
            // Plurals of roles, and sponsors' roles (regression: a heading in capitals over
            // the parents, a "Marraine/parrain :" label in a sponsorship list).
            (
                "RESPONSABLES LÉGAUX\nResponsable 1 : KOVACS Ilona\n",
                &["KOVACS Ilona"],
            ),
            (
                "- Marraine/parrain : GARNIER Odile | filleul(e) : PERRIN Hugo\n",
                &["GARNIER Odile", "PERRIN Hugo"],
            ),
            ("La marraine Odile arrive.\n", &["Odile"]),
            // The negatives.
            (
                "Visiteur : pierre de taille, couleur rose, Saint-Martin\n",
                &[],
            ),
        ];
        for (text, want) in table {
            assert_eq!(names(text), *want, "{text:?}");
        }
    }

    /// Regression: "Chambre : Double Confort" in a hotel booking read as a short field whose
    /// whole value is a name. A label of things introduces a thing; a field of a person, a
    /// civility, a name after another label stay names.
    #[test]
    fn thing_labels_introduce_no_names() {
        use crate::person::tests::names;
        let table: &[(&str, &[&str])] = &[
            (
                "Chambre : Suite Horizon\nOccupants : Nurlan Abenov\n",
                &["Nurlan Abenov"],
            ),
            ("Modèle : Kangoo Express\n", &[]),
            ("Formule : Pack Sérénité\n", &[]),
            ("Semaine 2 : Jiwoo Choi\n", &["Jiwoo Choi"]),
            ("M. Chambre a appelé.\n", &["Chambre"]),
            // A header of codes in an aligned table (regression: "Code CCAM").
            ("Acte                 Code NGAP   Montant\n", &[]),
            // The negatives.
            ("Produit : pierre de taille, couleur rose\n", &[]),
            // A sprint board's "Statut" column: a ticket's state, not a person.
            (
                "Ticket    Assigné                 Statut\n\
                 APP-1375  Damien                  Done\n\
                 APP-2954  Abdoulaye               Done\n",
                &["Damien", "Abdoulaye"],
            ),
            ("Status : Done\n", &[]),
        ];
        for (text, want) in table {
            assert_eq!(names(text), *want, "{text:?}");
        }
    }

    #[test]
    fn packed_reads_and_hashes_match_the_byte_loops() {
        let text: Vec<u8> = (0u8..40)
            .map(|i| i.wrapping_mul(37).wrapping_add(0x61))
            .collect();
        for from in 0..text.len() {
            for to in from..=text.len() {
                let bytes = &text[from..to];
                let mut word = [0u8; 8];
                let n = bytes.len().min(8);
                word[..n].copy_from_slice(&bytes[..n]);
                assert_eq!(packed(bytes), u64::from_le_bytes(word), "{from}..{to}");
                assert_eq!(fx(bytes), fx_reference(bytes), "{from}..{to}");
            }
        }
        for b in 0..=u8::MAX {
            assert_eq!(fx_byte(b), fx(&[b]));
        }
    }

    #[test]
    fn word_keys_are_the_packed_bytes_and_their_hash() {
        let word: Vec<u8> = (0u8..MEMO_WORD_BYTES as u8).map(|i| b'a' + i).collect();
        for len in 1..=MEMO_WORD_BYTES {
            // Whatever follows the word in the buffer is left out.
            let mut buf = [b'#'; MEMO_WORD_BYTES];
            buf[..len].copy_from_slice(&word[..len]);
            let (key, hash) = word_key(&buf, len);
            let w = &word[..len];
            assert_eq!(key, [packed(w), packed(w.get(8..).unwrap_or(&[]))], "{len}");
            assert_eq!(hash, fx(w), "{len}");
        }
    }

    #[test]
    fn a_kept_memo_keeps_its_words_for_a_text_it_is_large_enough_for() {
        let (key, hash) = word_key(b"dupont\0\0\0\0\0\0\0\0\0\0", 6);
        // (slots kept, text length, slots after, whether "dupont" is still remembered)
        let cases: [(usize, usize, usize, bool); 5] = [
            (0, 4096, MIN_MEMO_WORDS, false),
            (MIN_MEMO_WORDS, 1 << 20, MAX_MEMO_WORDS, false),
            (MAX_MEMO_WORDS, 1 << 20, MAX_MEMO_WORDS, true),
            (MAX_MEMO_WORDS, 4096, MAX_MEMO_WORDS, true),
            (MIN_MEMO_WORDS, 100, MIN_MEMO_WORDS, true),
        ];
        for (kept, text_len, after, remembered) in cases {
            let mut memo = WordMemo::for_text(kept * MEMO_TEXT_BYTES, Vec::new());
            assert_eq!(memo.slots.len(), kept.max(MIN_MEMO_WORDS));
            memo.insert(key, hash, SURNAME);
            let slots = if kept == 0 {
                Vec::new()
            } else {
                memo.into_slots()
            };
            let memo = WordMemo::for_text(text_len, slots);
            assert_eq!(memo.slots.len(), after, "{kept} {text_len}");
            let want = remembered.then_some(SURNAME);
            assert_eq!(memo.get(key, hash), want, "{kept} {text_len}");
        }
    }

    #[test]
    fn colliding_words_evict_rather_than_share_flags() {
        let mut memo = WordMemo::for_text(0, Vec::new());
        let key_of = |w: &[u8]| {
            let mut buf = [0u8; MEMO_WORD_BYTES];
            buf[..w.len()].copy_from_slice(w);
            word_key(&buf, w.len())
        };
        let (a, ha) = key_of(b"dupont");
        // Another word in the same slot.
        let other = (0u32..)
            .map(|i| format!("w{i}"))
            .find(|w| {
                let (k, h) = key_of(w.as_bytes());
                k != a && memo.slot(h) == memo.slot(ha)
            })
            .unwrap();
        let (b, hb) = key_of(other.as_bytes());
        assert_eq!(memo.get(a, ha), None);
        memo.insert(a, ha, SURNAME);
        assert_eq!(memo.get(a, ha), Some(SURNAME));
        assert_eq!(memo.get(b, hb), None);
        memo.insert(b, hb, STOP);
        assert_eq!(memo.get(b, hb), Some(STOP));
        assert_eq!(memo.get(a, ha), None);
    }
}
