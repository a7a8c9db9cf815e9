//! Large inputs: scanning in pieces on several threads, and redacting a stream of any size in
//! bounded memory. Both give the same findings as scanning the whole text at once, because
//! each piece is scanned with the text around it (a look-back for context words, an overlap
//! for findings that cross its end) and keeps only the findings that start inside it.
//!
//! The guarantee holds for findings shorter than [`ChunkConfig::overlap`] and context windows
//! shorter than [`ChunkConfig::lookback`] (the built-in rules use at most 64 bytes of context);
//! detectors that look at the whole text at once (a name found once is found again elsewhere)
//! see one piece at a time.

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

/// One block of the stream, scanned: `buf` holds the look-back (text already written, kept
/// for context words) then the block's own text up to `cut`, then read-ahead past it.
struct Block {
    buf: Vec<u8>,
    lookback: usize,
    /// End of the block's own text, moved past the last finding when one crosses it.
    cut: usize,
    findings: Vec<Finding>,
}

/// Redacts `reader` into `writer` block by block, in memory bounded by about three times
/// `cfg.block` whatever the input size (a single line longer than a block is cut at a
/// character boundary, with the overlap guarding findings across the cut). `progress` is
/// called with the number of bytes read so far.
///
/// With more than one thread in the rayon pool, the stream is a pipeline: while the pool
/// scans a block, the calling thread masks and writes the block before it, so the other
/// cores are not idle during the serial part (masking numbers values in order of
/// appearance, so it stays in block order on one thread). The output, the findings and the
/// calls to `on_findings` are the same either way; with one thread, nothing overlaps.
pub fn redact_stream(
    engine: &Engine,
    masker: &mut Masker,
    mut reader: impl Read,
    mut writer: impl Write,
    cfg: &ChunkConfig,
    mut progress: impl FnMut(u64),
    mut on_findings: impl FnMut(&[u8], &[Finding]),
) -> io::Result<StreamStats> {
    let pipelined = rayon::current_num_threads() > 1;
    let mut stats = StreamStats::default();
    let capacity = cfg.block + cfg.overlap + cfg.lookback;
    let mut eof = false;
    let mut buf = Vec::with_capacity(capacity);
    fill(
        &mut reader,
        &mut buf,
        0,
        cfg,
        &mut eof,
        &mut stats,
        &mut progress,
    )?;
    let mut current = scan_block(engine, buf, 0, eof, cfg);
    let mut spare = Vec::with_capacity(capacity);
    let mut out = Vec::with_capacity(cfg.block + cfg.block / 4);
    let mut emit = |block: &Block, stats: &mut StreamStats| -> io::Result<()> {
        out.clear();
        masker.write_masked(
            &block.buf[block.lookback..block.cut],
            &block.findings,
            block.lookback,
            &mut out,
        );
        on_findings(&block.buf, &block.findings);
        writer.write_all(&out)?;
        stats.bytes_out += out.len() as u64;
        stats.findings += block.findings.len() as u64;
        Ok(())
    };
    loop {
        // The next block starts with the look-back: the bytes before the cut, however many
        // blocks they came in (a block shorter than the look-back must not shorten it).
        let keep_from =
            char_start(&current.buf, current.cut.saturating_sub(cfg.lookback)).min(current.cut);
        let mut next = std::mem::take(&mut spare);
        next.clear();
        next.extend_from_slice(&current.buf[keep_from..]);
        let lookback = current.cut - keep_from;
        if eof && next.len() <= lookback {
            emit(&current, &mut stats)?;
            break;
        }
        if let Err(e) = fill(
            &mut reader,
            &mut next,
            lookback,
            cfg,
            &mut eof,
            &mut stats,
            &mut progress,
        ) {
            // What was read before the error still leaves, redacted.
            emit(&current, &mut stats)?;
            return Err(e);
        }
        let scanned = if pipelined {
            let mut scanned = None;
            let mut written = Ok(());
            rayon::in_place_scope(|scope| {
                let slot = &mut scanned;
                let eof = eof;
                scope.spawn(move |_| *slot = Some(scan_block(engine, next, lookback, eof, cfg)));
                written = emit(&current, &mut stats);
            });
            written?;
            scanned.expect("the scope waits for the scan")
        } else {
            emit(&current, &mut stats)?;
            scan_block(engine, next, lookback, eof, cfg)
        };
        spare = std::mem::replace(&mut current, scanned).buf;
    }
    writer.flush()?;
    Ok(stats)
}

/// Reads into `buf` up to a block past the look-back plus the overlap, so that the cut leaves
/// the overlap behind.
fn fill(
    reader: &mut impl Read,
    buf: &mut Vec<u8>,
    lookback: usize,
    cfg: &ChunkConfig,
    eof: &mut bool,
    stats: &mut StreamStats,
    progress: &mut impl FnMut(u64),
) -> io::Result<()> {
    let want = lookback + cfg.block + cfg.overlap;
    if !*eof && buf.len() < want {
        let missing = (want - buf.len()) as u64;
        let n = reader.take(missing).read_to_end(buf)? as u64;
        stats.bytes_in += n;
        progress(stats.bytes_in);
        *eof = n < missing;
    }
    Ok(())
}

/// Cuts the block held in `buf` after its look-back and scans it on the pool.
fn scan_block(
    engine: &Engine,
    buf: Vec<u8>,
    lookback: usize,
    eof: bool,
    cfg: &ChunkConfig,
) -> Block {
    let cut = if eof {
        buf.len()
    } else {
        cut_near(&buf, lookback, buf.len() - cfg.overlap).max(lookback + 1)
    };
    let findings = engine.scan_range_chunked(&buf, lookback..cut, cfg);
    // A finding that crosses the cut is written whole now.
    let cut = findings.last().map_or(cut, |f| f.span.end.max(cut));
    Block {
        buf,
        lookback,
        cut,
        findings,
    }
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

    /// The pipelined stream (blocks scanned on the pool while the one before is masked and
    /// written) and the sequential one (a pool of one thread) give the whole-text redaction
    /// and the same calls to `on_findings`, in order, whatever the block size.
    #[test]
    fn pipelined_and_sequential_streams_equal_whole_redaction() {
        let engine = Engine::default();
        let text = tricky_text();
        for style in [Style::Placeholder, Style::Partial] {
            let mut whole_masker = Masker::new(style.clone());
            let (whole, findings) = engine.redact_bytes(text.as_bytes(), &mut whole_masker);
            let values: Vec<&[u8]> = findings.iter().map(|f| f.text(&text).as_bytes()).collect();
            for threads in [1, 2, 3] {
                let pool = rayon::ThreadPoolBuilder::new()
                    .num_threads(threads)
                    .build()
                    .unwrap();
                for (piece, block) in [(64, 64), (100, 300), (50, 1000), (1 << 20, 1 << 20)] {
                    let mut masker = Masker::new(style.clone());
                    let mut out = Vec::new();
                    let mut seen: Vec<Vec<u8>> = Vec::new();
                    let mut calls = 0;
                    let stats = pool
                        .install(|| {
                            redact_stream(
                                &engine,
                                &mut masker,
                                SlowReader(text.as_bytes(), 13),
                                &mut out,
                                &small(piece, block),
                                |_| {},
                                |buf, found| {
                                    calls += 1;
                                    seen.extend(
                                        found
                                            .iter()
                                            .map(|f| buf[f.span.start..f.span.end].to_vec()),
                                    );
                                },
                            )
                        })
                        .unwrap();
                    let what = format!("{style:?} threads {threads} piece {piece} block {block}");
                    assert_eq!(stats.bytes_in, text.len() as u64, "{what}");
                    assert_eq!(stats.bytes_out, out.len() as u64, "{what}");
                    assert_eq!(stats.findings, findings.len() as u64, "{what}");
                    assert!(out == whole, "{what}");
                    assert_eq!(seen, values, "{what}");
                    // One call per block: as many as the blocks that fit in the text.
                    assert!(calls >= text.len() / (block + 256), "{what}");
                }
            }
        }
    }

    /// A read error stops the pipelined stream after writing, redacted, what came before it.
    #[test]
    fn read_error_writes_the_blocks_before_it() {
        struct FailAfter<'a>(&'a [u8]);
        impl Read for FailAfter<'_> {
            fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
                if self.0.is_empty() {
                    return Err(io::Error::other("disk gone"));
                }
                let n = buf.len().min(self.0.len());
                buf[..n].copy_from_slice(&self.0[..n]);
                self.0 = &self.0[n..];
                Ok(n)
            }
        }
        let engine = Engine::default();
        let text = tricky_text();
        let pool = rayon::ThreadPoolBuilder::new()
            .num_threads(2)
            .build()
            .unwrap();
        let mut masker = Masker::new(Style::Placeholder);
        let mut out = Vec::new();
        let result = pool.install(|| {
            redact_stream(
                &engine,
                &mut masker,
                FailAfter(text.as_bytes()),
                &mut out,
                &small(100, 1000),
                |_| {},
                |_, _| {},
            )
        });
        assert!(result.is_err());
        let mut whole_masker = Masker::new(Style::Placeholder);
        let (whole, _) = engine.redact_bytes(text.as_bytes(), &mut whole_masker);
        assert!(!out.is_empty() && out.len() < whole.len());
        assert!(
            whole.starts_with(&out),
            "only a prefix of the redacted text is written"
        );
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
