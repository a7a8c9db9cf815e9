//! Evasion: identifiers written to slip past naive filters — zero-width characters inside a
//! number, full-width digits, Cyrillic look-alike letters in an e-mail, "jean (at) exemple
//! (point) fr", tabs between digit groups.
//!
//! The text itself is never changed. A cheap check finds the lines that hold such characters
//! (most texts hold none, and then nothing more is done); for those lines only, a normalised
//! *view* is built — zero-width characters dropped, full-width forms and look-alikes turned
//! into ASCII, obfuscated "@" and "." restored — with a map from each view byte back to the
//! original bytes. The engine scans the view as it scans any text, and maps each finding back
//! to the original span, which then covers the whole obfuscated value (the zero-width
//! characters inside it, "(at)" and all). Those findings join the ones of the plain scan in the
//! one overlap resolution.

use std::ops::Range;
use std::sync::OnceLock;

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};

/// Words that stand for "@" or "." in obfuscated e-mail addresses.
const AT_MARKERS: &[&str] = &["(at)", "[at]", "{at}", "(arobase)", "[arobase]", "arobase"];
const DOT_MARKERS: &[&str] = &["(point)", "[point]", "{point}", "(dot)", "[dot]", "{dot}"];
/// Bare words for "." after an obfuscated "@": "exemple point fr".
const BARE_DOTS: &[&str] = &["point", "dot"];

fn markers() -> &'static AhoCorasick {
    static MARKERS: OnceLock<AhoCorasick> = OnceLock::new();
    MARKERS.get_or_init(|| {
        AhoCorasickBuilder::new()
            .ascii_case_insensitive(true)
            .match_kind(MatchKind::LeftmostLongest)
            .build(AT_MARKERS.iter().chain(DOT_MARKERS))
            .expect("fixed marker list compiles")
    })
}

/// Characters dropped from the view: zero-width space, non-joiner, joiner, word joiner,
/// byte-order mark, soft hyphen.
fn is_invisible(c: char) -> bool {
    matches!(
        c,
        '\u{200b}' | '\u{200c}' | '\u{200d}' | '\u{2060}' | '\u{feff}' | '\u{ad}'
    )
}

/// The Latin letter a Cyrillic or Greek look-alike stands for, or a full-width form's ASCII.
fn fold(c: char) -> Option<char> {
    Some(match c {
        '\u{ff01}'..='\u{ff5e}' => char::from_u32(c as u32 - 0xfee0)?,
        '\u{3000}' => ' ',
        // Cyrillic.
        'а' => 'a',
        'е' => 'e',
        'о' => 'o',
        'р' => 'p',
        'с' => 'c',
        'у' => 'y',
        'х' => 'x',
        'і' => 'i',
        'ј' => 'j',
        'ѕ' => 's',
        'ԁ' => 'd',
        'һ' => 'h',
        'ӏ' => 'l',
        'А' => 'A',
        'В' => 'B',
        'Е' => 'E',
        'К' => 'K',
        'М' => 'M',
        'Н' => 'H',
        'О' => 'O',
        'Р' => 'P',
        'С' => 'C',
        'Т' => 'T',
        'Х' => 'X',
        'І' => 'I',
        'Ј' => 'J',
        'Ѕ' => 'S',
        // Greek.
        'ο' => 'o',
        'α' => 'a',
        'ν' => 'v',
        'ρ' => 'p',
        'Α' => 'A',
        'Β' => 'B',
        'Ε' => 'E',
        'Ζ' => 'Z',
        'Η' => 'H',
        'Ι' => 'I',
        'Κ' => 'K',
        'Μ' => 'M',
        'Ν' => 'N',
        'Ο' => 'O',
        'Ρ' => 'P',
        'Τ' => 'T',
        'Χ' => 'X',
        'Υ' => 'Y',
        _ => return None,
    })
}

/// Whether the bytes at `i` (a lead byte found by memchr) start a character the view changes.
fn suspect_at(bytes: &[u8], i: usize) -> bool {
    let next = |k: usize| bytes.get(i + k).copied().unwrap_or(0);
    match bytes[i] {
        b'\t' => true,
        // U+00AD soft hyphen.
        0xc2 => next(1) == 0xad,
        // Greek and Cyrillic letters.
        0xce | 0xcf | 0xd0 | 0xd1 | 0xd3 | 0xd4 | 0xd5 => true,
        // U+200B–U+200D, U+2060.
        0xe2 => matches!((next(1), next(2)), (0x80, 0x8b..=0x8d) | (0x81, 0xa0)),
        // U+3000.
        0xe3 => next(1) == 0x80 && next(2) == 0x80,
        // U+FEFF, U+FF01–U+FF5E.
        0xef => matches!(
            (next(1), next(2)),
            (0xbb, 0xbf) | (0xbc, _) | (0xbd, 0x80..=0x9e)
        ),
        _ => false,
    }
}

/// Bytes per block of the prescan's byte loop (the vector versions have their own).
#[cfg(any(test, not(all(target_arch = "x86_64", target_feature = "sse2"))))]
const BLOCK: usize = 16;

/// Where the view may change something, and so where the text needs a second look: the
/// position of a hit (the line it is on is what counts), or `None`. This is the definition;
/// [`candidate_bits`] only narrows the positions it is asked about.
///
/// - a tab, or the lead byte of a Greek or Cyrillic letter (rare in French text, each one
///   suspect);
/// - an invisible or full-width character, by its whole UTF-8 sequence: their lead bytes are
///   shared with characters French text is full of (NBSP, '’', '€', '«');
/// - "robase" or "ROBASE", the bare "arobase" found from its tail (the hit is the byte
///   before; the marker automaton confirms later);
/// - an opening bracket followed by "at", "ar", "po" or "do", any case (the start of
///   "(at)", "[arobase]", "{point}", "(dot)"…).
#[inline]
fn suspect_hit(bytes: &[u8], p: usize) -> Option<usize> {
    let head = |n: usize| bytes.get(p..p + n).unwrap_or(b"");
    match bytes[p] {
        b'\t' | 0xce | 0xcf | 0xd0 | 0xd1 | 0xd3 | 0xd4 | 0xd5 => Some(p),
        0xc2 | 0xe2 | 0xe3 | 0xef => suspect_at(bytes, p).then_some(p),
        b'r' | b'R' => BARE_MARKERS
            .iter()
            .any(|m| head(m.len()) == *m)
            .then(|| p.saturating_sub(1)),
        b'(' | b'[' | b'{' => {
            let word = bytes.get(p + 1..p + 3).unwrap_or(b"");
            [b"at", b"ar", b"po", b"do"]
                .iter()
                .any(|w| word.eq_ignore_ascii_case(*w))
                .then_some(p)
        }
        _ => None,
    }
}

/// "arobase" written out without brackets, found from its tail.
const BARE_MARKERS: [&[u8]; 2] = [b"robase", b"ROBASE"];

/// A superset of the positions of `block[..BLOCK]` where [`suspect_hit`] may find something
/// (bit `i` for byte `i`; the two bytes after the block are there for the pairs that start in
/// its last lanes). Most French text gives an empty mask: one pass of a few vector operations
/// per sixteen bytes, where memchr passes for each lead byte and a Teddy search for the
/// sequences cost several times more.
#[cfg(all(test, target_arch = "x86_64", target_feature = "sse2"))]
fn candidate_bits(block: &[u8; BLOCK + 2]) -> u32 {
    // SAFETY: SSE2 is enabled for this build (the `cfg` above).
    unsafe { sse2::candidate_bits(block) }
}

#[cfg(all(test, not(all(target_arch = "x86_64", target_feature = "sse2"))))]
fn candidate_bits(block: &[u8; BLOCK + 2]) -> u32 {
    candidate_bits_by_byte(block)
}

/// The vector tests of [`candidate_bits`], written once for SSE2 (sixteen lanes, every
/// x86-64 processor) and for AVX2 (thirty-two, taken at run time where the processor has it):
/// only the width and the names of the intrinsics differ.
#[cfg(target_arch = "x86_64")]
macro_rules! vector_prescan {
    ($width:ident, $feature:literal, $lanes:literal, $vec:ident, $load:ident, $set1:ident,
     $cmpeq:ident, $cmpgt:ident, $and:ident, $or:ident, $movemask:ident) => {
        mod $width {
            use std::arch::x86_64::{$and, $cmpeq, $cmpgt, $load, $movemask, $or, $set1, $vec};

            /// Bytes per block.
            pub(super) const LANES: usize = $lanes;

            #[target_feature(enable = $feature)]
            fn eq(v: $vec, b: u8) -> $vec {
                $cmpeq(v, $set1(b as i8))
            }

            /// Signed comparisons: both bounds on the same side of 0x80.
            #[target_feature(enable = $feature)]
            fn within(v: $vec, lo: u8, hi: u8) -> $vec {
                $and(
                    $cmpgt(v, $set1(lo.wrapping_sub(1) as i8)),
                    $cmpgt($set1(hi.wrapping_add(1) as i8), v),
                )
            }

            #[target_feature(enable = $feature)]
            fn lower(v: $vec) -> $vec {
                $or(v, $set1(0x20))
            }

            /// [`super::candidate_bits_by_byte`] for `LANES` bytes at once.
            #[target_feature(enable = $feature)]
            pub(super) fn candidate_bits(block: &[u8; LANES + 2]) -> u32 {
                // SAFETY: the three loads read `LANES` bytes at offsets 0, 1 and 2 of an
                // array of `LANES + 2`; `loadu` has no alignment requirement.
                let (v0, v1, v2) = unsafe {
                    let p = block.as_ptr();
                    (
                        $load(p.cast()),
                        $load(p.add(1).cast()),
                        $load(p.add(2).cast()),
                    )
                };
                let (or, and) = ($or, $and);
                // A tab; Greek and Cyrillic lead bytes (0xd2 among them: `suspect_hit`
                // refuses it).
                let single = or(eq(v0, b'\t'), within(v0, 0xce, 0xd5));
                // Lead bytes of invisible and full-width characters: 0xe3 and 0xef are rare;
                // 0xc2 and 0xe2 are not, and are kept only before a third byte or second byte
                // they can have.
                let soft_hyphen = and(eq(v0, 0xc2), eq(v1, 0xad));
                let zero_width = and(eq(v0, 0xe2), or(within(v2, 0x8b, 0x8d), eq(v2, 0xa0)));
                let wide = or(eq(v0, 0xe3), eq(v0, 0xef));
                let invisible = or(or(soft_hyphen, zero_width), wide);
                // "ro" + "b", any case; a bracket before 'a', 'p' or 'd', any case.
                let robase = and(
                    and(eq(lower(v0), b'r'), eq(lower(v1), b'o')),
                    eq(lower(v2), b'b'),
                );
                let bracket = or(or(eq(v0, b'('), eq(v0, b'[')), eq(v0, b'{'));
                let marker_head = or(
                    or(eq(lower(v1), b'a'), eq(lower(v1), b'p')),
                    eq(lower(v1), b'd'),
                );
                let marker = or(robase, and(bracket, marker_head));
                $movemask(or(or(single, invisible), marker)) as u32
            }

            /// The hits of `bytes` from `from` on, block by block while a whole block (and
            /// the two bytes after it) is left; returns where it stopped.
            #[target_feature(enable = $feature)]
            pub(super) fn scan(bytes: &[u8], from: usize, hits: &mut Vec<usize>) -> usize {
                let mut i = from;
                while i + LANES + 2 <= bytes.len() {
                    let block: &[u8; LANES + 2] =
                        bytes[i..i + LANES + 2].try_into().expect("a block");
                    let mut bits = candidate_bits(block);
                    while bits != 0 {
                        let p = i + bits.trailing_zeros() as usize;
                        hits.extend(super::suspect_hit(bytes, p));
                        bits &= bits - 1;
                    }
                    i += LANES;
                }
                i
            }
        }
    };
}

#[cfg(all(target_arch = "x86_64", target_feature = "sse2"))]
vector_prescan!(
    sse2,
    "sse2",
    16,
    __m128i,
    _mm_loadu_si128,
    _mm_set1_epi8,
    _mm_cmpeq_epi8,
    _mm_cmpgt_epi8,
    _mm_and_si128,
    _mm_or_si128,
    _mm_movemask_epi8
);

#[cfg(target_arch = "x86_64")]
vector_prescan!(
    avx2,
    "avx2",
    32,
    __m256i,
    _mm256_loadu_si256,
    _mm256_set1_epi8,
    _mm256_cmpeq_epi8,
    _mm256_cmpgt_epi8,
    _mm256_and_si256,
    _mm256_or_si256,
    _mm256_movemask_epi8
);

/// [`candidate_bits`] byte by byte, the same tests: what other targets use, and the
/// reference in tests.
#[cfg(any(test, not(all(target_arch = "x86_64", target_feature = "sse2"))))]
fn candidate_bits_by_byte(block: &[u8; BLOCK + 2]) -> u32 {
    let candidate = |b0: u8, b1: u8, b2: u8| {
        let single = b0 == b'\t' || (0xce..=0xd5).contains(&b0);
        let invisible = (b0 == 0xc2 && b1 == 0xad)
            || (b0 == 0xe2 && ((0x8b..=0x8d).contains(&b2) || b2 == 0xa0))
            || b0 == 0xe3
            || b0 == 0xef;
        let robase = b0 | 0x20 == b'r' && b1 | 0x20 == b'o' && b2 | 0x20 == b'b';
        let bracket = matches!(b0, b'(' | b'[' | b'{') && matches!(b1 | 0x20, b'a' | b'p' | b'd');
        single || invisible || robase || bracket
    };
    (0..BLOCK)
        .filter(|&i| candidate(block[i], block[i + 1], block[i + 2]))
        .fold(0, |bits, i| bits | 1 << i)
}

/// Every [`suspect_hit`] of `bytes`, in order: thirty-two bytes at a time where the processor
/// has AVX2 (the check is one load of a flag std keeps), sixteen where it has SSE2, then byte
/// by byte for the last few.
fn suspect_hits(bytes: &[u8], hits: &mut Vec<usize>) {
    #[allow(unused_mut)]
    let mut i = 0;
    #[cfg(target_arch = "x86_64")]
    if std::arch::is_x86_feature_detected!("avx2") {
        // SAFETY: the processor has AVX2, checked just above.
        i = unsafe { avx2::scan(bytes, i, hits) };
    }
    #[cfg(all(target_arch = "x86_64", target_feature = "sse2"))]
    {
        // SAFETY: SSE2 is enabled for this build (the `cfg` above): every x86-64 target has it.
        i = unsafe { sse2::scan(bytes, i, hits) };
    }
    #[cfg(not(all(target_arch = "x86_64", target_feature = "sse2")))]
    while i + BLOCK + 2 <= bytes.len() {
        let block: &[u8; BLOCK + 2] = bytes[i..i + BLOCK + 2].try_into().expect("a block");
        let mut bits = candidate_bits_by_byte(block);
        while bits != 0 {
            let p = i + bits.trailing_zeros() as usize;
            hits.extend(suspect_hit(bytes, p));
            bits &= bits - 1;
        }
        i += BLOCK;
    }
    hits.extend((i..bytes.len()).filter_map(|p| suspect_hit(bytes, p)));
}

/// The byte ranges (whole lines, with the line before for context words) that hold something
/// the view would change. Empty for most texts, after a few memchr passes.
pub(crate) fn suspect_regions(text: &str) -> Vec<Range<usize>> {
    let bytes = text.as_bytes();
    let mut hits: Vec<usize> = Vec::new();
    suspect_hits(bytes, &mut hits);
    if hits.is_empty() {
        return Vec::new();
    }
    hits.sort_unstable();
    let mut regions: Vec<Range<usize>> = Vec::new();
    for hit in hits {
        if regions.last().is_some_and(|r| hit < r.end) {
            continue;
        }
        let line_start = memchr::memrchr(b'\n', &bytes[..hit]).map_or(0, |i| i + 1);
        // One line more before, for context words written on the line above.
        let start = match line_start.checked_sub(1) {
            Some(nl) => memchr::memrchr(b'\n', &bytes[..nl]).map_or(0, |i| i + 1),
            None => 0,
        };
        let end = memchr::memchr(b'\n', &bytes[hit..]).map_or(bytes.len(), |i| hit + i);
        match regions.last_mut() {
            Some(r) if start <= r.end => r.end = r.end.max(end),
            _ => regions.push(start..end),
        }
    }
    regions
}

/// A normalised copy of a region, with the original span of each of its bytes.
#[derive(Debug, Default)]
pub(crate) struct View {
    pub text: String,
    /// Per view byte: the original byte range of the character (or marker) it comes from.
    starts: Vec<usize>,
    ends: Vec<usize>,
}

impl View {
    fn push(&mut self, c: char, orig: Range<usize>) {
        self.text.push(c);
        for _ in 0..c.len_utf8() {
            self.starts.push(orig.start);
            self.ends.push(orig.end);
        }
    }

    /// Drops the spaces at the end of the view, so that "jean (at) exemple" reads "jean@".
    fn trim_spaces(&mut self) {
        while self.text.ends_with(' ') {
            self.text.pop();
            self.starts.pop();
            self.ends.pop();
        }
    }

    /// The original span of the view span `start..end` (both on view character boundaries).
    pub fn to_original(&self, start: usize, end: usize) -> Range<usize> {
        self.starts[start]..self.ends[end - 1]
    }

    /// The normalised view of `region`, or `None` when it would be the region unchanged.
    pub fn build(region: &str) -> Option<View> {
        let mut view = View {
            text: String::with_capacity(region.len()),
            starts: Vec::with_capacity(region.len()),
            ends: Vec::with_capacity(region.len()),
        };
        let marks: Vec<aho_corasick::Match> = markers().find_iter(region).collect();
        let mut next_mark = 0;
        let mut changed = false;
        // After an obfuscated "@": bare "point"/"dot" between words read as ".".
        let mut in_domain = false;
        let mut i = 0;
        while i < region.len() {
            while next_mark < marks.len() && marks[next_mark].start() < i {
                next_mark += 1;
            }
            if let Some(m) = marks.get(next_mark).filter(|m| m.start() == i) {
                let is_at = m.pattern().as_usize() < AT_MARKERS.len();
                let word = &region[m.range()];
                // A bare "arobase" must stand alone, not inside "arobases".
                let standalone = word.starts_with(['(', '[', '{'])
                    || (!char_before(region, m.start()).is_some_and(char::is_alphanumeric)
                        && !char_after(region, m.end()).is_some_and(char::is_alphanumeric));
                let between_words = char_before(region, trim_back(region, m.start()))
                    .is_some_and(char::is_alphanumeric)
                    && char_after(region, skip_spaces(region, m.end()))
                        .is_some_and(char::is_alphanumeric);
                if standalone && between_words {
                    view.trim_spaces();
                    let end = skip_spaces(region, m.end());
                    view.push(if is_at { '@' } else { '.' }, m.start()..end);
                    in_domain |= is_at;
                    changed = true;
                    i = end;
                    continue;
                }
            }
            let c = char_after(region, i).expect("i is on a char boundary inside the region");
            let len = c.len_utf8();
            if in_domain && c == ' ' {
                if let Some(end) = bare_dot(region, i) {
                    view.push('.', i..end);
                    changed = true;
                    i = end;
                    continue;
                }
            }
            if in_domain && !(c.is_alphanumeric() || c == '-' || c == '.') {
                in_domain = false;
            }
            if is_invisible(c) {
                changed = true;
            } else if let Some(folded) = fold(c) {
                view.push(folded, i..i + len);
                changed = true;
            } else if c == '\t' && tab_groups_digits(region, i) {
                view.push(' ', i..i + 1);
                changed = true;
            } else {
                view.push(c, i..i + len);
            }
            i += len;
        }
        view.starts.push(region.len());
        view.ends.push(region.len());
        changed.then_some(view)
    }
}

fn char_before(s: &str, i: usize) -> Option<char> {
    s[..i].chars().next_back()
}

fn char_after(s: &str, i: usize) -> Option<char> {
    s[i..].chars().next()
}

fn skip_spaces(s: &str, i: usize) -> usize {
    i + s[i..].len() - s[i..].trim_start_matches([' ', '\u{a0}']).len()
}

fn trim_back(s: &str, i: usize) -> usize {
    s[..i].trim_end_matches([' ', '\u{a0}']).len()
}

/// At a space after an obfuscated "@": " point fr" → the end of " point " when a word
/// follows.
fn bare_dot(s: &str, i: usize) -> Option<usize> {
    let after = skip_spaces(s, i);
    let word = BARE_DOTS.iter().find(|w| {
        s.get(after..after + w.len())
            .is_some_and(|x| x.eq_ignore_ascii_case(w))
    })?;
    let end = after + word.len();
    if char_after(s, end).is_some_and(char::is_alphanumeric) {
        return None;
    }
    let next = skip_spaces(s, end);
    (next > end && char_after(s, next).is_some_and(char::is_alphanumeric)).then_some(next)
}

/// A tab between digit groups of 2 or 4 ("06→12→34", "FR76→3000"), as people type phone
/// numbers and IBANs; not between 3-digit or longer groups, which are table columns of
/// amounts far more often than identifiers. The group after the tab is one too: at most 4
/// characters, not a capitalised word. A ticket or a date that ends a table cell
/// ("APP-2738→Bug connexion", "12/03/2024→Marie Dupont") is no group: its row, read as a
/// view of its own, would lose the table's header, which tells a "Statut" column's "Done"
/// from a name.
fn tab_groups_digits(s: &str, i: usize) -> bool {
    let before = s[..i]
        .bytes()
        .rev()
        .take_while(u8::is_ascii_alphanumeric)
        .count();
    let after = &s.as_bytes()[i + 1..];
    let group = &after[..after
        .iter()
        .position(|b| !b.is_ascii_alphanumeric())
        .unwrap_or(after.len())];
    let capitalised = group.first().is_some_and(u8::is_ascii_uppercase)
        && group.iter().any(u8::is_ascii_lowercase);
    matches!(before, 2 | 4)
        && (1..=4).contains(&group.len())
        && !capitalised
        && s.as_bytes()[..i].last().is_some_and(u8::is_ascii_digit)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::keywords::KeywordSet;

    /// The prescan's hits as they were found before the one-pass scan: memchr passes for the
    /// single bytes and brackets, a Teddy search for the sequences and the bare marker.
    fn suspect_hits_by_search(bytes: &[u8]) -> Vec<usize> {
        const INVISIBLE_OR_WIDE: [&[u8]; 9] = [
            "\u{ad}".as_bytes(),
            "\u{200b}".as_bytes(),
            "\u{200c}".as_bytes(),
            "\u{200d}".as_bytes(),
            "\u{2060}".as_bytes(),
            "\u{3000}".as_bytes(),
            "\u{feff}".as_bytes(),
            b"\xef\xbc",
            b"\xef\xbd",
        ];
        let mut patterns = INVISIBLE_OR_WIDE.to_vec();
        patterns.extend(BARE_MARKERS);
        let sequences = KeywordSet::new(&patterns).expect("fixed sequences build");
        let mut hits: Vec<usize> = Vec::new();
        hits.extend(memchr::memchr_iter(b'\t', bytes));
        hits.extend(memchr::memchr3_iter(0xce, 0xcf, 0xd0, bytes));
        hits.extend(memchr::memchr3_iter(0xd1, 0xd3, 0xd4, bytes));
        hits.extend(memchr::memchr_iter(0xd5, bytes));
        let mut found = Vec::new();
        sequences.find_all(bytes, &mut found);
        hits.extend(found.iter().filter_map(|h| {
            if h.pattern >= INVISIBLE_OR_WIDE.len() {
                Some(h.start.saturating_sub(1))
            } else {
                suspect_at(bytes, h.start).then_some(h.start)
            }
        }));
        hits.extend(memchr::memchr3_iter(b'(', b'[', b'{', bytes).filter(|&i| {
            let head = bytes.get(i + 1..i + 3).unwrap_or(b"");
            [b"at", b"ar", b"po", b"do"]
                .iter()
                .any(|w| head.eq_ignore_ascii_case(*w))
        }));
        hits.sort_unstable();
        hits
    }

    /// Pieces that make or almost make a hit, and the characters French text is full of.
    const PIECES: [&str; 34] = [
        "\t", "(at", "[Po", "{dO", "(x", "(", "[a", "robase", "ROBASE", "Robase", "rob", "ro",
        "\u{ad}", "\u{a0}", "’", "€", "…", "\u{202f}", "\u{200b}", "\u{200c}", "\u{200d}",
        "\u{2060}", "\u{20a0}", "\u{3000}", "\u{feff}", "Ａ", "ｚ", "ｰ", "α", "д", "Ґ", "ﬁ", "\n",
        "é",
    ];

    proptest::proptest! {
        #[test]
        fn prescan_finds_what_the_searches_found(
            pieces in proptest::collection::vec((0..PIECES.len(), "[a-z0-9 ]{0,5}"), 0..24)
        ) {
            let text: String = pieces.iter().map(|(i, filler)| format!("{}{filler}", PIECES[*i])).collect();
            let mut hits = Vec::new();
            suspect_hits(text.as_bytes(), &mut hits);
            hits.sort_unstable();
            proptest::prop_assert_eq!(hits, suspect_hits_by_search(text.as_bytes()), "{:?}", text);
        }
    }

    /// Every byte value in every lane, with every second byte: the vector tests and the byte
    /// tests agree.
    #[test]
    fn prescan_masks_agree_with_the_byte_tests_on_every_byte() {
        for byte in 0..=255u8 {
            for next in [0x00, b'a', b'O', b'b', 0x80, 0x8b, 0xa0, 0xad, 0xbf] {
                for lane in 0..BLOCK {
                    let mut block = [b' '; BLOCK + 2];
                    block[lane] = byte;
                    block[lane + 1] = next;
                    block[lane + 2] = next;
                    assert_eq!(
                        candidate_bits(&block),
                        candidate_bits_by_byte(&block),
                        "{byte:#x} {next:#x} at {lane}"
                    );
                }
            }
        }
    }

    #[test]
    fn prescan_masks_agree_with_the_byte_test_in_every_lane() {
        let pieces: Vec<&[u8]> = PIECES.iter().map(|p| p.as_bytes()).collect();
        for piece in pieces
            .iter()
            .chain([b"r".as_slice(), b"\xe2\x80\x8b", b"\xef\xbd\x9f"].iter())
        {
            for lane in 0..BLOCK + 2 {
                let mut block = [b' '; BLOCK + 2];
                let n = piece.len().min(block.len() - lane);
                block[lane..lane + n].copy_from_slice(&piece[..n]);
                assert_eq!(
                    candidate_bits(&block),
                    candidate_bits_by_byte(&block),
                    "{piece:?} at {lane}"
                );
                // Every hit the block shows is among the candidates.
                let hits = (0..BLOCK)
                    .filter(|&i| suspect_hit(&block, i).is_some())
                    .fold(0, |bits, i| bits | 1 << i);
                assert_eq!(candidate_bits(&block) & hits, hits, "{piece:?} at {lane}");
            }
        }
    }

    /// The AVX2 blocks give, in their two halves, the bits of the byte tests: every byte
    /// value in every lane of the thirty-two, with every second byte.
    #[test]
    #[cfg(target_arch = "x86_64")]
    #[allow(clippy::print_stderr, reason = "a skipped test says so")]
    fn avx2_prescan_masks_agree_with_the_byte_tests() {
        if !std::arch::is_x86_feature_detected!("avx2") {
            // Nothing to test: without AVX2 the prescan never takes this path.
            eprintln!(
                "SKIPPED avx2_prescan_masks_agree_with_the_byte_tests: this processor has no \
                 AVX2, so the prescan runs its SSE2 blocks only (tested above)"
            );
            return;
        }
        for byte in 0..=255u8 {
            for next in [0x00, b'a', b'O', b'b', 0x80, 0x8b, 0xa0, 0xad, 0xbf] {
                for lane in 0..avx2::LANES {
                    let mut block = [b' '; avx2::LANES + 2];
                    block[lane] = byte;
                    block[lane + 1] = next;
                    block[lane + 2] = next;
                    let low: &[u8; BLOCK + 2] = block[..BLOCK + 2].try_into().expect("18");
                    let high: &[u8; BLOCK + 2] = block[BLOCK..].try_into().expect("18");
                    let expected =
                        candidate_bits_by_byte(low) | candidate_bits_by_byte(high) << BLOCK;
                    // SAFETY: the processor has AVX2, checked above.
                    let got = unsafe { avx2::candidate_bits(&block) };
                    assert_eq!(got, expected, "{byte:#x} {next:#x} at {lane}");
                }
            }
        }
    }

    fn view(s: &str) -> String {
        View::build(s)
            .map(|v| v.text)
            .unwrap_or_else(|| s.to_string())
    }

    #[test]
    fn normalises_what_evades() {
        for (input, expected) in [
            ("06\u{200b}12 34 56 78", "0612 34 56 78"),
            ("０６ １２ ３４", "06 12 34"),
            (
                "jean.dupont (at) exemple (point) fr",
                "jean.dupont@exemple.fr",
            ),
            (
                "jean.dupont arobase exemple point fr",
                "jean.dupont@exemple.fr",
            ),
            ("j\u{43e}hn@ex\u{430}mple.fr", "john@example.fr"),
            ("06\t12\t34\t56\t78", "06 12 34 56 78"),
            ("123\t456\t789", "123\t456\t789"),
            (
                "FR76\t3000\t6000\t0112\t3456\t7890\t189",
                "FR76 3000 6000 0112 3456 7890 189",
            ),
            ("GB29\tNWBK", "GB29 NWBK"),
            // A table's cells: a ticket, a date before a word.
            (
                "APP-2738\tBug connexion\tDone",
                "APP-2738\tBug connexion\tDone",
            ),
            ("12/03/2024\tMarie Dupont", "12/03/2024\tMarie Dupont"),
            ("PRJ-12\tDone", "PRJ-12\tDone"),
            ("les arobases ici", "les arobases ici"),
            ("(at) seul", "(at) seul"),
        ] {
            assert_eq!(view(input), expected, "{input:?}");
        }
    }

    #[test]
    fn maps_view_spans_back_to_the_whole_obfuscated_value() {
        let s = "mail: jean (at) exemple (point) fr !";
        let v = View::build(s).unwrap();
        let start = v.text.find('j').unwrap();
        let end = v.text.find(" !").unwrap();
        assert_eq!(
            &s[v.to_original(start, end)],
            "jean (at) exemple (point) fr"
        );
        let s = "tél 0\u{200b}6 12";
        let v = View::build(s).unwrap();
        let start = v.text.find('0').unwrap();
        assert_eq!(&s[v.to_original(start, v.text.len())], "0\u{200b}6 12");
    }

    #[test]
    fn plain_french_text_has_no_suspect_region() {
        let s = "L’équipe a reçu 1 234,56 € — «merci» — pour l’écrit n° 12.\nÀ bientôt…";
        assert!(suspect_regions(s).is_empty());
        assert!(suspect_regions("les (points) et [dates] (arrivée) {do}").len() == 1);
        assert!(suspect_regions("les (notes) et [prix]").is_empty());
        let s = "prix\u{a0}: 12\u{202f}€ «\u{a0}oui\u{a0}» l’été ‘x’ © ½ ° ≤ → ™ é ü ß œ ☺";
        assert!(suspect_regions(s).is_empty(), "{s}");
        // Every character the view changes makes a region, whatever bytes come around it.
        for c in [
            '\t', '\u{ad}', '\u{200b}', '\u{200c}', '\u{200d}', '\u{2060}', '\u{3000}', '\u{feff}',
            '\u{ff01}', '\u{ff10}', '\u{ff3f}', '\u{ff40}', '\u{ff5e}', 'α', 'ω', 'а', 'я', 'ё',
            'Ӑ', 'Ԁ', 'Ա',
        ] {
            for text in [format!("{c}"), format!("n° 06{c}12"), format!("€{c}€")] {
                assert_eq!(suspect_regions(&text).len(), 1, "{c:?} in {text:?}");
            }
        }
        for c in ['\u{ff5f}', '\u{200a}', '\u{200e}', '\u{205f}'] {
            assert!(suspect_regions(&format!("06{c}12")).is_empty(), "{c:?}");
        }
        let s = "ligne 1\nligne 2\ntél 06\u{200b}12\nligne 4";
        let r = suspect_regions(s);
        assert_eq!(r.len(), 1);
        assert_eq!(&s[r[0].clone()], "ligne 2\ntél 06\u{200b}12");
    }
}
