//! Large inputs: scanning in pieces on several threads, and redacting a stream of any size in
//! bounded memory. Both give the same findings as scanning the whole text at once, because
//! each piece is scanned with the text around it (a look-back for context words, an overlap
//! for findings that cross its end) and keeps only the findings that start inside it.
//!
//! The guarantee holds for findings shorter than [`ChunkConfig::overlap`] and context windows
//! shorter than [`ChunkConfig::lookback`] (the built-in rules use at most 64 bytes of context);
//! detectors that look at the whole text at once (a name found once is found again elsewhere)
//! see one piece at a time, and the partial style's check that no mask shows a value found
//! elsewhere (an e-mail's domain naming a masked person) sees one block at a time. PERSON also
//! reads context further back than the look-back in documents built of lines (a list's label
//! up to 12 lines up, a table's header up to 64 lines up, a list's neighbours 8 lines each
//! way): near a piece's start it sees only the look-back's part of them.

use std::io::{self, Read, Write};
use std::ops::Range;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{mpsc, Arc, Mutex};

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
        self.scan_range_chunked(bytes, 0..bytes.len(), cfg, Vec::new())
    }

    /// The findings of `bytes[own]`, gathered into `spare` when it has room for them (see
    /// [`merge`]).
    fn scan_range_chunked(
        &self,
        bytes: &[u8],
        own: Range<usize>,
        cfg: &ChunkConfig,
        spare: Vec<Finding>,
    ) -> Vec<Finding> {
        merge(
            scan_pieces(self, bytes, &pieces(bytes, own, cfg), cfg),
            spare,
        )
    }
}

/// Cuts `bytes[own]` into pieces of about `cfg.piece` bytes.
fn pieces(bytes: &[u8], own: Range<usize>, cfg: &ChunkConfig) -> Vec<Range<usize>> {
    let piece = cfg.piece.max(1);
    let mut pieces = Vec::with_capacity((own.end - own.start) / piece + 1);
    let mut start = own.start;
    while start < own.end {
        let end = cut_near(bytes, start, (start + piece).min(own.end)).max(start + 1);
        let end = end.min(own.end);
        pieces.push(start..end);
        start = end;
    }
    pieces
}

/// Scans each piece on the pool, in parallel; the findings of each, in piece order.
fn scan_pieces(
    engine: &Engine,
    bytes: &[u8],
    pieces: &[Range<usize>],
    cfg: &ChunkConfig,
) -> Vec<Vec<Finding>> {
    pieces
        .par_iter()
        .map(|range| scan_piece(engine, bytes, range.clone(), cfg))
        .collect()
}

/// The findings of consecutive pieces, in order, as one list: `spare` (the list of the block
/// before, done with) when it has room for them all.
fn merge(per_piece: Vec<Vec<Finding>>, mut spare: Vec<Finding>) -> Vec<Finding> {
    // Gathered into the first piece's list, sized once and each piece's list freed as it is
    // copied: a block's findings are megabytes on a dense text, a second copy or a doubled
    // capacity would count in the stream's peak memory. Such a list is mapped afresh (blocks
    // of 1 MiB or more are, see `src/cli/alloc.rs`) and each of its pages faulted in as it
    // was written (about 1,000 for an 8 MiB block of business text, a third of its findings
    // names of people): the block before's list, already mapped, takes them instead.
    let total = per_piece.iter().map(Vec::len).sum::<usize>();
    let mut pieces = per_piece.into_iter();
    let mut findings = if spare.capacity() >= total {
        spare.clear();
        spare
    } else {
        drop(spare);
        pieces.next().unwrap_or_default()
    };
    findings.reserve_exact(total - findings.len());
    for piece in pieces {
        findings.extend(piece);
    }
    let mut last_end: Option<usize> = None;
    findings.retain(|f| {
        // A finding that crossed the previous piece's end owns its bytes.
        if last_end.is_some_and(|end| end > f.span.start) {
            return false;
        }
        last_end = Some(f.span.end);
        true
    });
    findings
}

/// The end of the last finding [`merge`] would keep from these pieces.
fn last_kept_end(per_piece: &[Vec<Finding>]) -> Option<usize> {
    let mut last = None;
    for f in per_piece.iter().flatten() {
        if last.is_some_and(|end| end > f.span.start) {
            continue;
        }
        last = Some(f.span.end);
    }
    last
}

/// What a stream redaction did.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct StreamStats {
    pub bytes_in: u64,
    pub bytes_out: u64,
    pub findings: u64,
}

/// Redacts `reader` into `writer` block by block, in memory bounded by about three times
/// `cfg.block` whatever the input size (a single line longer than a block is cut at a
/// character boundary, with the overlap guarding findings across the cut). `progress` is
/// called with the number of bytes read so far.
///
/// With more than one thread in the rayon pool, the stream is a pipeline, so that no core
/// waits: the calling thread reads, masks and writes (masking numbers values in order of
/// appearance, so it stays in block order on one thread) while the pool scans. A block's
/// scan starts with the pieces whose findings may cross its end, which tell where the next
/// block starts; the next block is then read and queued behind the rest of this one, and
/// this one is masked and written while the next is scanned. The blocks, their pieces, the
/// output and the calls to `on_findings` are the same as with one thread, where nothing
/// overlaps. Called from inside a pool, the calling worker waits on the others.
pub fn redact_stream(
    engine: &Engine,
    masker: &mut Masker,
    reader: impl Read,
    writer: impl Write,
    cfg: &ChunkConfig,
    progress: impl FnMut(u64),
    on_findings: impl FnMut(&[u8], &[Finding]),
) -> io::Result<StreamStats> {
    let mut source = Source {
        reader,
        put_back: Vec::new(),
        eof: false,
        bytes_in: 0,
        progress,
    };
    let mut sink = Sink {
        masker,
        writer,
        on_findings,
        out: Vec::with_capacity(cfg.block + cfg.block / 4),
        stats: StreamStats::default(),
    };
    if rayon::current_num_threads() > 1 {
        pipelined(engine, &mut source, &mut sink, cfg)?;
    } else {
        sequential(engine, &mut source, &mut sink, cfg)?;
    }
    sink.writer.flush()?;
    Ok(StreamStats {
        bytes_in: source.bytes_in,
        ..sink.stats
    })
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

/// The reading end of a stream.
struct Source<R, P> {
    reader: R,
    /// Bytes read ahead for a block that had to be cut again, read again before `reader`.
    put_back: Vec<u8>,
    /// The last read got less than it asked for.
    eof: bool,
    bytes_in: u64,
    progress: P,
}

impl<R: Read, P: FnMut(u64)> Source<R, P> {
    /// Reads into `buf` up to a block past the look-back plus the overlap, so that the cut
    /// leaves the overlap behind.
    fn fill(&mut self, buf: &mut Vec<u8>, lookback: usize, cfg: &ChunkConfig) -> io::Result<()> {
        let want = lookback + cfg.block + cfg.overlap;
        if self.eof || buf.len() >= want {
            return Ok(());
        }
        let missing = want - buf.len();
        let again = self.put_back.len().min(missing);
        buf.extend_from_slice(&self.put_back[..again]);
        self.put_back.drain(..again);
        let mut n = again;
        if n < missing {
            n += (&mut self.reader)
                .take((missing - n) as u64)
                .read_to_end(buf)?;
        }
        self.bytes_in += n as u64;
        (self.progress)(self.bytes_in);
        self.eof = n < missing;
        Ok(())
    }

    /// Undoes the read that left `eof` at `eof_before` and got `bytes`.
    fn unread(&mut self, bytes: &[u8], eof_before: bool) {
        self.put_back.splice(..0, bytes.iter().copied());
        self.bytes_in -= bytes.len() as u64;
        self.eof = eof_before;
    }
}

/// The writing end of a stream.
struct Sink<'m, W, F> {
    masker: &'m mut Masker,
    writer: W,
    on_findings: F,
    out: Vec<u8>,
    stats: StreamStats,
}

impl<W: Write, F: FnMut(&[u8], &[Finding])> Sink<'_, W, F> {
    /// Masks and writes a block's own text about a piece at a time: the masked copy of a
    /// whole block would cost as much memory again as the block.
    fn emit(
        &mut self,
        buf: &[u8],
        own: Range<usize>,
        findings: &[Finding],
        cfg: &ChunkConfig,
    ) -> io::Result<()> {
        (self.on_findings)(buf, findings);
        // The partial style's masks must show no value of the whole block, not just of the
        // piece they are written with.
        self.masker.prepare_input(buf, findings);
        let (mut from, mut first) = (own.start, 0);
        while from < own.end {
            // Segments end between findings: after the one that crosses the target, if any.
            let target = from.saturating_add(cfg.piece.max(1)).min(own.end);
            let last = first + findings[first..].partition_point(|f| f.span.start < target);
            let end = match last.checked_sub(1).map(|i| findings[i].span.end) {
                Some(end) if last > first && end > target => end,
                _ => target,
            };
            self.out.clear();
            self.masker.write_masked_part(
                &buf[from..end],
                &findings[first..last],
                from,
                &mut self.out,
            );
            self.writer.write_all(&self.out)?;
            self.stats.bytes_out += self.out.len() as u64;
            (from, first) = (end, last);
        }
        self.stats.findings += findings.len() as u64;
        Ok(())
    }
}

/// Where the block after the one cut at `cut` in `buf` starts: the look-back is the bytes
/// before the cut, however many blocks they came in (a block shorter than the look-back must
/// not shorten it).
fn keep_from(buf: &[u8], cut: usize, cfg: &ChunkConfig) -> usize {
    char_start(buf, cut.saturating_sub(cfg.lookback)).min(cut)
}

/// The start of the next block, copied into `next`, and its look-back.
fn carry(buf: &[u8], cut: usize, mut next: Vec<u8>, cfg: &ChunkConfig) -> (Vec<u8>, usize) {
    let from = keep_from(buf, cut, cfg);
    next.clear();
    next.extend_from_slice(&buf[from..]);
    (next, cut - from)
}

/// Where the block held in `buf` after its look-back ends, before findings move it.
fn plan_cut(buf: &[u8], lookback: usize, eof: bool, cfg: &ChunkConfig) -> usize {
    if eof {
        buf.len()
    } else {
        cut_near(buf, lookback, buf.len() - cfg.overlap).max(lookback + 1)
    }
}

/// Cuts the block held in `buf` after its look-back and scans it on the pool.
fn scan_block(
    engine: &Engine,
    buf: Vec<u8>,
    lookback: usize,
    eof: bool,
    cfg: &ChunkConfig,
    spare: Vec<Finding>,
) -> Block {
    let cut = plan_cut(&buf, lookback, eof, cfg);
    let findings = engine.scan_range_chunked(&buf, lookback..cut, cfg, spare);
    // A finding that crosses the cut is written whole now.
    let cut = findings.last().map_or(cut, |f| f.span.end.max(cut));
    Block {
        buf,
        lookback,
        cut,
        findings,
    }
}

/// One block after the other: read, scan, mask, write, in one buffer.
fn sequential(
    engine: &Engine,
    source: &mut Source<impl Read, impl FnMut(u64)>,
    sink: &mut Sink<impl Write, impl FnMut(&[u8], &[Finding])>,
    cfg: &ChunkConfig,
) -> io::Result<()> {
    let mut buf = Vec::with_capacity(cfg.block + cfg.overlap + cfg.lookback);
    let mut lookback = 0;
    let mut findings = Vec::new();
    loop {
        source.fill(&mut buf, lookback, cfg)?;
        let block = scan_block(engine, buf, lookback, source.eof, cfg, findings);
        sink.emit(&block.buf, block.lookback..block.cut, &block.findings, cfg)?;
        let from = keep_from(&block.buf, block.cut, cfg);
        lookback = block.cut - from;
        findings = block.findings;
        buf = block.buf;
        buf.drain(..from);
        if source.eof && buf.len() <= lookback {
            return Ok(());
        }
    }
}

/// What a block's scan on the pool tells the thread that reads and writes.
enum Scanned {
    /// The pieces at the block's end are scanned: unless a finding from an earlier piece
    /// overlaps theirs, the block ends at `cut` and the next one starts with `carry`.
    Tail {
        id: usize,
        cut: usize,
        carry: Vec<u8>,
        lookback: usize,
    },
    Whole(Whole),
    Panicked(Box<dyn std::any::Any + Send>),
}

/// A block scanned whole.
struct Whole {
    job: Arc<Job>,
    /// End of the block's own text, moved past the last finding when one crosses it.
    cut: usize,
    findings: Vec<Finding>,
}

/// A block being scanned on the pool, one task per piece. No task waits for another (a
/// worker waiting inside the pool would run the next block's tasks on its stack and hold
/// this block back until they are done): the task that finishes the last of the pieces at
/// the block's end tells where the next block starts, and the one that finishes the last
/// piece gathers the findings.
struct Job {
    id: usize,
    buf: Vec<u8>,
    lookback: usize,
    /// Where the block ends before findings move it.
    cut: usize,
    pieces: Vec<Range<usize>>,
    /// The pieces from this one on are those whose findings may cross the cut.
    tail: usize,
    found: Mutex<Vec<Vec<Finding>>>,
    /// The finding list of a block written already, for this one's (see [`merge`]).
    spare: Arc<Mutex<Vec<Finding>>>,
    tail_left: AtomicUsize,
    left: AtomicUsize,
    tx: mpsc::Sender<Scanned>,
}

impl Job {
    fn found(&self) -> std::sync::MutexGuard<'_, Vec<Vec<Finding>>> {
        lock(&self.found)
    }

    fn scan(self: &Arc<Job>, engine: &Engine, cfg: &ChunkConfig, piece: usize) {
        let found = scan_piece(engine, &self.buf, self.pieces[piece].clone(), cfg);
        self.found()[piece] = found;
        if piece >= self.tail && self.tail_left.fetch_sub(1, Ordering::AcqRel) == 1 {
            self.send_tail(cfg);
        }
        if self.left.fetch_sub(1, Ordering::AcqRel) == 1 {
            self.send_whole();
        }
    }

    fn send_tail(&self, cfg: &ChunkConfig) {
        let end = last_kept_end(&self.found()[self.tail..]);
        let cut = end.map_or(self.cut, |end| end.max(self.cut));
        let from = keep_from(&self.buf, cut, cfg);
        // The receiver is gone only when the stream already failed.
        let _ = self.tx.send(Scanned::Tail {
            id: self.id,
            cut,
            carry: self.buf[from..].to_vec(),
            lookback: cut - from,
        });
    }

    fn send_whole(self: &Arc<Job>) {
        let spare = std::mem::take(&mut *lock(&self.spare));
        let findings = merge(std::mem::take(&mut *self.found()), spare);
        // A finding that crosses the cut is written whole now.
        let cut = findings
            .last()
            .map_or(self.cut, |f| f.span.end.max(self.cut));
        let _ = self.tx.send(Scanned::Whole(Whole {
            job: Arc::clone(self),
            cut,
            findings,
        }));
    }
}

/// `mutex` locked, whether or not a task panicked holding it (the panic reaches the stream
/// through [`Scanned::Panicked`]).
fn lock<T>(mutex: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    mutex
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner)
}

/// Cuts block `id` into pieces and queues one task per piece on the pool, the pieces at
/// its end first (tasks queued from outside the pool run first in, first out).
#[allow(clippy::too_many_arguments)]
fn queue_block<'s>(
    scope: &rayon::Scope<'s>,
    engine: &'s Engine,
    cfg: &'s ChunkConfig,
    tx: &mpsc::Sender<Scanned>,
    spare: &Arc<Mutex<Vec<Finding>>>,
    id: usize,
    buf: Vec<u8>,
    lookback: usize,
    eof: bool,
) {
    let cut = plan_cut(&buf, lookback, eof, cfg);
    let pieces = pieces(&buf, lookback..cut, cfg);
    let n = pieces.len();
    // Findings of the other pieces end within their overlap, before the cut.
    let tail = pieces
        .iter()
        .position(|p| p.end + cfg.overlap > cut)
        .unwrap_or(n)
        .min(n.saturating_sub(1));
    let job = Arc::new(Job {
        id,
        buf,
        lookback,
        cut,
        tail,
        found: Mutex::new(vec![Vec::new(); n]),
        spare: Arc::clone(spare),
        tail_left: AtomicUsize::new(n - tail),
        left: AtomicUsize::new(n),
        pieces,
        tx: tx.clone(),
    });
    if n == 0 {
        job.send_tail(cfg);
        job.send_whole();
    }
    for piece in (tail..n).chain(0..tail) {
        let job = Arc::clone(&job);
        scope.spawn(move |_| {
            let scan = std::panic::AssertUnwindSafe(|| job.scan(engine, cfg, piece));
            if let Err(payload) = std::panic::catch_unwind(scan) {
                let _ = job.tx.send(Scanned::Panicked(payload));
            }
        });
    }
}

/// Messages from the scans, taken by block as they are needed, whatever order they came in.
struct Inbox {
    rx: mpsc::Receiver<Scanned>,
    tails: Vec<(usize, usize, Vec<u8>, usize)>,
    wholes: Vec<Whole>,
}

impl Inbox {
    fn receive(&mut self) -> io::Result<()> {
        match self.rx.recv() {
            Ok(Scanned::Tail {
                id,
                cut,
                carry,
                lookback,
            }) => self.tails.push((id, cut, carry, lookback)),
            Ok(Scanned::Whole(whole)) => self.wholes.push(whole),
            Ok(Scanned::Panicked(payload)) => std::panic::resume_unwind(payload),
            Err(_) => return Err(io::Error::other("the scanning threads stopped")),
        }
        Ok(())
    }

    /// Where block `id` ends and the next starts, as its last pieces tell: (cut, carry,
    /// look-back).
    fn tail(&mut self, id: usize) -> io::Result<(usize, Vec<u8>, usize)> {
        loop {
            if let Some(i) = self.tails.iter().position(|t| t.0 == id) {
                let (_, cut, carry, lookback) = self.tails.swap_remove(i);
                return Ok((cut, carry, lookback));
            }
            self.receive()?;
        }
    }

    /// Block `id`, scanned whole (its tail message, if not taken yet, is dropped).
    fn whole(&mut self, id: usize) -> io::Result<Whole> {
        loop {
            if let Some(i) = self.wholes.iter().position(|w| w.job.id == id) {
                self.tails.retain(|t| t.0 != id);
                return Ok(self.wholes.swap_remove(i));
            }
            self.receive()?;
        }
    }
}

/// The buffer of a block done with, to read another into (a new one if a task still holds
/// it, which it lets go of right after its last use).
fn reuse(job: Arc<Job>, capacity: usize) -> Vec<u8> {
    Arc::try_unwrap(job).map_or_else(|_| Vec::with_capacity(capacity), |job| job.buf)
}

/// What was done about the block after the current one.
enum Ahead {
    /// There is none: the stream ended. The buffer is kept for reuse.
    End(Vec<u8>),
    /// Read and queued for scanning; the bytes it read start at `read_from`.
    Queued {
        read_from: usize,
        eof_before: bool,
    },
    Failed(io::Error),
}

/// Reads and queues the block after the current one, or finds there is none.
fn read_ahead(
    source: &mut Source<impl Read, impl FnMut(u64)>,
    mut next: Vec<u8>,
    lookback: usize,
    cfg: &ChunkConfig,
    queue: impl FnOnce(Vec<u8>, usize, bool),
) -> Ahead {
    if source.eof && next.len() <= lookback {
        return Ahead::End(next);
    }
    let (read_from, eof_before) = (next.len(), source.eof);
    if let Err(e) = source.fill(&mut next, lookback, cfg) {
        return Ahead::Failed(e);
    }
    queue(next, lookback, source.eof);
    Ahead::Queued {
        read_from,
        eof_before,
    }
}

#[cfg(test)]
thread_local! {
    /// Tests: treat every guess of where a block ends as wrong, to run the path that undoes it.
    static DOUBT_EVERY_TAIL: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Reads, masks and writes on the calling thread while the pool scans (see
/// [`redact_stream`]).
fn pipelined(
    engine: &Engine,
    source: &mut Source<impl Read, impl FnMut(u64)>,
    sink: &mut Sink<impl Write, impl FnMut(&[u8], &[Finding])>,
    cfg: &ChunkConfig,
) -> io::Result<()> {
    let capacity = cfg.block + cfg.overlap + cfg.lookback;
    let (tx, rx) = mpsc::channel();
    let mut inbox = Inbox {
        rx,
        tails: Vec::new(),
        wholes: Vec::new(),
    };
    rayon::in_place_scope(|scope| {
        let spare_findings = Arc::new(Mutex::new(Vec::new()));
        let queue = |id: usize| {
            let (tx, spare) = (&tx, &spare_findings);
            move |buf: Vec<u8>, lookback: usize, eof: bool| {
                queue_block(scope, engine, cfg, tx, spare, id, buf, lookback, eof);
            }
        };
        let mut buf = Vec::with_capacity(capacity);
        source.fill(&mut buf, 0, cfg)?;
        queue(0)(buf, 0, source.eof);
        let mut spare = Vec::with_capacity(capacity);
        let mut id = 0;
        loop {
            let (guess, carried, lookback) = inbox.tail(id)?;
            spare.clear();
            spare.extend_from_slice(&carried);
            let mut ahead = read_ahead(source, spare, lookback, cfg, queue(id + 1));
            let Whole { job, cut, findings } = inbox.whole(id)?;
            #[cfg(test)]
            let guess = guess + usize::from(DOUBT_EVERY_TAIL.get());
            if guess != cut && !matches!(ahead, Ahead::Failed(_)) {
                // A finding from an earlier piece moved the end: the next block read ahead
                // starts at the wrong place. Put its bytes back and read it again.
                let spare = match ahead {
                    Ahead::Queued {
                        read_from,
                        eof_before,
                    } => {
                        let wrong = inbox.whole(id + 1)?.job;
                        source.unread(&wrong.buf[read_from..], eof_before);
                        reuse(wrong, capacity)
                    }
                    Ahead::End(spare) => spare,
                    Ahead::Failed(_) => unreachable!("excluded above"),
                };
                let (next, lookback) = carry(&job.buf, cut, spare, cfg);
                ahead = read_ahead(source, next, lookback, cfg, queue(id + 1));
            }
            let written = sink.emit(&job.buf, job.lookback..cut, &findings, cfg);
            *lock(&spare_findings) = findings;
            if let Ahead::Failed(e) = ahead {
                // What was read before the error still leaves, redacted.
                written?;
                return Err(e);
            }
            written?;
            match ahead {
                Ahead::End(_) => return Ok(()),
                _ => {
                    spare = reuse(job, capacity);
                    id += 1;
                }
            }
        }
    })
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

    /// A block's findings are gathered into the spare list when it has room for them all (the
    /// same allocation, nothing of what it held left), else into the first piece's; the list
    /// is the same either way.
    #[test]
    fn merge_gathers_into_a_spare_list_with_room() {
        let engine = Engine::default();
        let text = tricky_text();
        let per_piece = || {
            scan_pieces(
                &engine,
                text.as_bytes(),
                &[0..900, 900..1800],
                &small(64, 512),
            )
        };
        let want = merge(per_piece(), Vec::new());
        assert!(want.len() > 10);
        let old = engine.scan_bytes(&text.as_bytes()[2000..]);
        // (spare capacity, whether the spare's allocation is kept)
        let cases = [
            (0, false),
            (want.len() - 1, false),
            (want.len(), true),
            (4 * want.len(), true),
        ];
        for (capacity, kept) in cases {
            let mut spare = Vec::with_capacity(capacity);
            spare.extend(old.iter().take(capacity).cloned());
            let at = spare.as_ptr();
            let merged = merge(per_piece(), spare);
            assert_eq!(merged, want, "{capacity}");
            assert_eq!(merged.as_ptr() == at, kept, "{capacity}");
        }
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

    /// The pipelined stream (blocks scanned on the pool while the one before is masked and
    /// written) and the sequential one (a pool of one thread) give the whole-text redaction
    /// and the same calls to `on_findings`, in order, whatever the block size; also when
    /// every block read ahead is undone and read again (`DOUBT_EVERY_TAIL`).
    #[test]
    fn pipelined_and_sequential_streams_equal_whole_redaction() {
        let engine = Engine::default();
        let text = tricky_text();
        for style in [Style::Placeholder, Style::Partial] {
            let mut whole_masker = Masker::new(style.clone());
            let (whole, findings) = engine.redact_bytes(text.as_bytes(), &mut whole_masker);
            let values: Vec<&[u8]> = findings.iter().map(|f| f.text(&text).as_bytes()).collect();
            for (threads, doubt) in [(1, false), (2, false), (3, false), (2, true)] {
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
                            DOUBT_EVERY_TAIL.set(doubt);
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
                    let what = format!(
                        "{style:?} threads {threads} doubt {doubt} piece {piece} block {block}"
                    );
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
