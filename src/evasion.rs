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

use crate::engine::keywords::KeywordSet;

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

/// The UTF-8 sequences of the characters [`suspect_at`] looks for behind the lead bytes
/// 0xc2, 0xe2, 0xe3 and 0xef (full-width forms by their first two bytes).
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

/// [`INVISIBLE_OR_WIDE`] searched with the keyword searcher (Teddy): Aho-Corasick's own
/// choice of prefilter for these patterns is a rare-byte one, which their continuation bytes
/// (0x80…) make fire on every '’' and '€'.
/// The bare marker "arobase" rides along (its pattern indices follow those sequences'), so
/// that one pass finds both.
fn invisible_or_wide() -> &'static KeywordSet {
    static SEQUENCES: OnceLock<KeywordSet> = OnceLock::new();
    SEQUENCES.get_or_init(|| {
        let mut patterns = INVISIBLE_OR_WIDE.to_vec();
        patterns.extend(BARE_MARKERS);
        KeywordSet::new(&patterns).expect("fixed sequences build")
    })
}

/// "arobase" written out without brackets, found from its tail (the marker automaton
/// confirms later).
const BARE_MARKERS: [&[u8]; 2] = [b"robase", b"ROBASE"];

/// Where an obfuscation marker may start, by memchr rather than by the marker automaton,
/// whose patterns start with bytes too common ('a') for a fast prefilter: an opening bracket
/// followed by "at", "ar", "po" or "do" (the marker automaton confirms later). The bare
/// "arobase" is found with the invisible characters.
fn marker_candidates(bytes: &[u8]) -> impl Iterator<Item = usize> + '_ {
    memchr::memchr3_iter(b'(', b'[', b'{', bytes).filter(move |&i| {
        let head = bytes.get(i + 1..i + 3).unwrap_or(b"");
        [b"at", b"ar", b"po", b"do"]
            .iter()
            .any(|w| head.eq_ignore_ascii_case(*w))
    })
}

/// The byte ranges (whole lines, with the line before for context words) that hold something
/// the view would change. Empty for most texts, after a few memchr passes.
pub(crate) fn suspect_regions(text: &str) -> Vec<Range<usize>> {
    let bytes = text.as_bytes();
    let mut hits: Vec<usize> = Vec::new();
    hits.extend(memchr::memchr_iter(b'\t', bytes));
    // Lead bytes of Greek and Cyrillic letters: rare in French text, each one suspect.
    hits.extend(memchr::memchr3_iter(0xce, 0xcf, 0xd0, bytes));
    hits.extend(memchr::memchr3_iter(0xd1, 0xd3, 0xd4, bytes));
    hits.extend(memchr::memchr_iter(0xd5, bytes));
    // The invisible and full-width characters share lead bytes with characters French text
    // is full of (NBSP, '’', '€', '«'): they are searched as whole sequences instead.
    let mut found = Vec::new();
    invisible_or_wide().find_all(bytes, &mut found);
    hits.extend(found.iter().filter_map(|h| {
        if h.pattern >= INVISIBLE_OR_WIDE.len() {
            Some(h.start.saturating_sub(1))
        } else {
            suspect_at(bytes, h.start).then_some(h.start)
        }
    }));
    hits.extend(marker_candidates(bytes));
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
/// amounts far more often than identifiers.
fn tab_groups_digits(s: &str, i: usize) -> bool {
    let before = s[..i]
        .bytes()
        .rev()
        .take_while(u8::is_ascii_alphanumeric)
        .count();
    matches!(before, 2 | 4)
        && s.as_bytes()
            .get(i + 1)
            .is_some_and(u8::is_ascii_alphanumeric)
        && s.as_bytes()[..i].last().is_some_and(u8::is_ascii_digit)
}

#[cfg(test)]
mod tests {
    use super::*;

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
