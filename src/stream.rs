//! Large inputs: scanning in pieces on several threads, and redacting a stream of any size in
//! bounded memory. Both give the same findings as scanning the whole text at once, because
//! each piece is scanned with the text around it (a look-back for context words, an overlap
//! for findings that cross its end) and keeps only the findings that start inside it.
//!
//! The guarantee holds for findings shorter than [`ChunkConfig::overlap`] and context windows
//! shorter than [`ChunkConfig::lookback`] (the built-in rules use at most 64 bytes of context);
//! detectors that look at the whole text at once (a name found once is found again elsewhere)
//! see one piece at a time, and the partial style's check that no mask shows a value found
//! elsewhere (an e-mail's domain naming a masked person) sees one block at a time.

use std::io::{self, Read, Write};
use std::ops::Range;

use rayon::prelude::*;

use crate::engine::Engine;
use crate::finding::Finding;
use crate::mask::Masker;

/// How large inputs are cut.
#[derive(Clone, Debug)]
pub struct ChunkConfig {
    /// Bytes read and processed at a time by [`redact_stream`] (memory is about twice this):
    /// 8 MiB keeps a whole run under 100 MB with a large client list loaded.
    pub block: usize,
    /// Bytes scanned by each thread; pieces end on a line break when one is near.
    pub piece: usize,
    /// Bytes scanned past a piece's end, so that a finding crossing it is seen whole.
    pub overlap: usize,
    /// Bytes scanned before a piece's start, for context words ("SIREN : …").
    pub lookback: usize,
}

impl Default for ChunkConfig {
    fn default() -> ChunkConfig {
        ChunkConfig {
            block: 8 << 20,
            piece: 1 << 20,
            overlap: 64 << 10,
            lookback: 1 << 10,
        }
    }
}

/// The first byte of a UTF-8 character at or before `i` (never splits a character).
fn char_start(bytes: &[u8], mut i: usize) -> usize {
    let floor = i.saturating_sub(3);
    while i > floor && i < bytes.len() && (bytes[i] & 0xC0) == 0x80 {
        i -= 1;
    }
    i
}

/// Where to end a piece that should end near `target`: after the last line break in the
/// second half of the piece, or at a character boundary.
fn cut_near(bytes: &[u8], from: usize, target: usize) -> usize {
    if target >= bytes.len() {
        return bytes.len();
    }
    let half = from + (target - from) / 2;
    match memchr::memrchr(b'\n', &bytes[half..target]) {
        Some(i) => half + i + 1,
        None => char_start(bytes, target),
    }
}

/// Scans `bytes[own]` with its surroundings and keeps the findings that start inside `own`.
fn scan_piece(engine: &Engine, bytes: &[u8], own: Range<usize>, cfg: &ChunkConfig) -> Vec<Finding> {
    let from = char_start(bytes, own.start.saturating_sub(cfg.lookback));
    let to = char_start(bytes, (own.end + cfg.overlap).min(bytes.len()));
    let to = if own.end + cfg.overlap >= bytes.len() {
        bytes.len()
    } else {
        to
    };
    let mut findings = engine.scan_bytes(&bytes[from..to]);
    findings.retain_mut(|f| {
        f.span.start += from;
        f.span.end += from;
        own.contains(&f.span.start)
    });
    findings
}

impl Engine {
    /// Scans `bytes` in pieces on the current rayon pool. Same findings as
    /// [`Engine::scan_bytes`], under the conditions of the module docs.
    pub fn scan_chunked(&self, bytes: &[u8], cfg: &ChunkConfig) -> Vec<Finding> {
        self.scan_range_chunked(bytes, 0..bytes.len(), cfg)
    }

    fn scan_range_chunked(
        &self,
        bytes: &[u8],
        own: Range<usize>,
        cfg: &ChunkConfig,
    ) -> Vec<Finding> {
        let piece = cfg.piece.max(1);
        let mut pieces = Vec::with_capacity((own.end - own.start) / piece + 1);
        let mut start = own.start;
        while start < own.end {
            let end = cut_near(bytes, start, (start + piece).min(own.end)).max(start + 1);
            let end = end.min(own.end);
            pieces.push(start..end);
            start = end;
        }
        let per_piece: Vec<Vec<Finding>> = pieces
            .into_par_iter()
            .map(|range| scan_piece(self, bytes, range, cfg))
            .collect();
        let mut findings: Vec<Finding> = Vec::new();
        for piece in per_piece {
            for f in piece {
                // A finding that crossed the previous piece's end owns its bytes.
                if findings
                    .last()
                    .is_some_and(|last| last.span.end > f.span.start)
                {
                    continue;
                }
                findings.push(f);
            }
        }
        findings
    }
}

/// What a stream redaction did.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct StreamStats {
    pub bytes_in: u64,
    pub bytes_out: u64,
    pub findings: u64,
}

/// Redacts `reader` into `writer` block by block, in memory bounded by about twice
/// `cfg.block` whatever the input size (a single line longer than a block is cut at a
/// character boundary, with the overlap guarding findings across the cut). `progress` is
/// called with the number of bytes read so far.
pub fn redact_stream(
    engine: &Engine,
    masker: &mut Masker,
    mut reader: impl Read,
    mut writer: impl Write,
    cfg: &ChunkConfig,
    mut progress: impl FnMut(u64),
    mut on_findings: impl FnMut(&[u8], &[Finding]),
) -> io::Result<StreamStats> {
    let mut stats = StreamStats::default();
    // buf = look-back (already written) + pending text.
    let mut buf: Vec<u8> = Vec::with_capacity(cfg.block + cfg.overlap + cfg.lookback);
    let mut lookback = 0;
    let mut eof = false;
    let mut out = Vec::with_capacity(cfg.block + cfg.block / 4);
    while !eof || buf.len() > lookback {
        // Fill to a block past the overlap, so that the cut leaves the overlap behind.
        let want = lookback + cfg.block + cfg.overlap;
        if !eof && buf.len() < want {
            let missing = (want - buf.len()) as u64;
            let n = (&mut reader).take(missing).read_to_end(&mut buf)? as u64;
            stats.bytes_in += n;
            progress(stats.bytes_in);
            eof = n < missing;
        }
        let cut = if eof {
            buf.len()
        } else {
            cut_near(&buf, lookback, buf.len() - cfg.overlap).max(lookback + 1)
        };
        let findings = engine.scan_range_chunked(&buf, lookback..cut, cfg);
        // A finding that crosses the cut is written whole now.
        let cut = findings.last().map_or(cut, |f| f.span.end.max(cut));
        out.clear();
        masker.write_masked(&buf[lookback..cut], &findings, lookback, &mut out);
        on_findings(&buf, &findings);
        writer.write_all(&out)?;
        stats.bytes_out += out.len() as u64;
        stats.findings += findings.len() as u64;
        // The look-back is the bytes before the cut, however many blocks they came in: a
        // block shorter than the look-back must not shorten it.
        let keep_from = char_start(&buf, cut.saturating_sub(cfg.lookback)).min(cut);
        buf.drain(..keep_from);
        lookback = cut - keep_from;
    }
    writer.flush()?;
    Ok(stats)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::mask::Style;

    fn small(piece: usize, block: usize) -> ChunkConfig {
        ChunkConfig {
            block,
            piece,
            overlap: 256,
            lookback: 128,
        }
    }

    /// Findings placed so that many cross piece and block boundaries.
    fn tricky_text() -> String {
        let items = [
            "FR76 3000 6000 0112 3456 7890 189",
            "SIREN 732829320",
            "06 12 34 56 78",
            "jean.dupont@exemple.fr",
            "1 85 05 78 006 084 91",
            "2001:db8::1",
            "4532 0151 1283 0366",
            "BIC BNPAFRPP",
        ];
        let mut text = String::new();
        for i in 0..400 {
            text.push_str(items[i % items.len()]);
            text.push_str(match i % 5 {
                0 => " ; ",
                1 => "\n",
                2 => " — é ",
                3 => ", puis ",
                _ => "\u{a0}; ",
            });
        }
        text
    }

    #[test]
    fn chunked_scan_equals_whole_scan() {
        let engine = Engine::default();
        let text = tricky_text();
        let whole = engine.scan_bytes(text.as_bytes());
        assert_eq!(whole.len(), 400);
        for piece in [7, 33, 100, 1000, 1 << 20] {
            let chunked = engine.scan_chunked(text.as_bytes(), &small(piece, 512));
            assert_eq!(chunked, whole, "piece {piece}");
        }
    }

    #[test]
    fn stream_equals_whole_redaction() {
        let engine = Engine::default();
        let text = tricky_text();
        let mut whole_masker = Masker::new(Style::Placeholder);
        let (whole, _) = engine.redact_bytes(text.as_bytes(), &mut whole_masker);
        for (piece, block) in [(64, 64), (100, 300), (50, 1000), (1 << 20, 1 << 20)] {
            let mut masker = Masker::new(Style::Placeholder);
            let mut out = Vec::new();
            // A reader that hands out a few bytes at a time, like a pipe.
            let reader = SlowReader(text.as_bytes(), 13);
            let stats = redact_stream(
                &engine,
                &mut masker,
                reader,
                &mut out,
                &small(piece, block),
                |_| {},
                |_, _| {},
            )
            .unwrap();
            assert_eq!(stats.bytes_in, text.len() as u64);
            assert_eq!(
                String::from_utf8_lossy(&out),
                String::from_utf8_lossy(&whole),
                "piece {piece} block {block}"
            );
        }
    }

    /// The partial style hides an e-mail's domain when it names a person masked elsewhere in
    /// the input: the stream, which masks a block at a time, decides as the whole text does
    /// when the block holds the text, however small the pieces it is scanned in.
    #[test]
    fn stream_equals_whole_partial_redaction_within_a_block() {
        let engine = Engine::default();
        let mut text = String::new();
        for i in 0..40 {
            text.push_str(match i % 4 {
                0 => "Bonjour M. Dupont,\n",
                1 => "écrire à j.dupont@dupont-avocats.fr ou à aide@exemple.fr ;\n",
                2 => "Mme Lefèvre, contact@atelier-lefevre.fr, 06 12 34 56 78\n",
                _ => "FR76 3000 6000 0112 3456 7890 189 — réf. 42\n",
            });
        }
        let mut whole_masker = Masker::new(Style::Partial);
        let (whole, _) = engine.redact_bytes(text.as_bytes(), &mut whole_masker);
        let whole = String::from_utf8(whole).unwrap();
        assert!(whole.contains("*.******@******-*******.**"), "{whole}");
        assert!(whole.contains("a***@exemple.fr"), "{whole}");
        for piece in [64, 300, 1 << 20] {
            let mut masker = Masker::new(Style::Partial);
            let mut out = Vec::new();
            redact_stream(
                &engine,
                &mut masker,
                SlowReader(text.as_bytes(), 13),
                &mut out,
                &small(piece, 1 << 20),
                |_| {},
                |_, _| {},
            )
            .unwrap();
            assert_eq!(String::from_utf8_lossy(&out), whole, "piece {piece}");
        }
    }

    #[test]
    fn long_line_without_newline_is_cut_safely() {
        let engine = Engine::default();
        let text = "x ".repeat(3000) + "FR76 3000 6000 0112 3456 7890 189 " + &"é".repeat(2000);
        let mut m1 = Masker::new(Style::Placeholder);
        let (whole, _) = engine.redact_bytes(text.as_bytes(), &mut m1);
        let mut m2 = Masker::new(Style::Placeholder);
        let mut out = Vec::new();
        redact_stream(
            &engine,
            &mut m2,
            text.as_bytes(),
            &mut out,
            &small(100, 200),
            |_| {},
            |_, _| {},
        )
        .unwrap();
        assert_eq!(out, whole);
    }

    struct SlowReader<'a>(&'a [u8], usize);

    impl Read for SlowReader<'_> {
        fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
            let n = self.1.min(buf.len()).min(self.0.len());
            buf[..n].copy_from_slice(&self.0[..n]);
            self.0 = &self.0[n..];
            Ok(n)
        }
    }
}
