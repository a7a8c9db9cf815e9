//! Precision and recall per kind on a labeled evaluation set.
//!
//! ```text
//! cargo run --release --example eval -- eval/secrets [eval/names …]
//! cargo run --release --example eval -- --clients eval/clients/clients.txt eval/clients
//! ```
//!
//! `--clients FILE` adds a client list (one name per line) to the engine; that file is not
//! scanned as a document even when it lies under a given folder.
//!
//! Each `.txt` file under the given folders is a document in which every expected finding is
//! marked inline as `⟦KIND|value⟧` (the value may span lines). The markup is stripped, the
//! engine scans the plain text, and predictions are compared with the labels by kind:
//! `exact` counts a prediction as right when its kind and span are exactly the label's;
//! `overlap` when its kind matches and its span overlaps the label's.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use caviard::{ClientList, Engine, Span};

const OPEN: &str = "⟦";
const CLOSE: &str = "⟧";

/// A labeled document: the plain text and the expected (kind, span) pairs.
struct Labeled {
    text: String,
    labels: Vec<(String, Span)>,
}

fn parse(path: &Path, source: &str) -> Labeled {
    let mut text = String::with_capacity(source.len());
    let mut labels = Vec::new();
    let mut rest = source;
    while let Some(open) = rest.find(OPEN) {
        text.push_str(&rest[..open]);
        let after = &rest[open + OPEN.len()..];
        let close = after
            .find(CLOSE)
            .unwrap_or_else(|| panic!("{}: unclosed {OPEN}", path.display()));
        let inner = &after[..close];
        let (kind, value) = inner
            .split_once('|')
            .unwrap_or_else(|| panic!("{}: label without KIND|: {inner:?}", path.display()));
        let start = text.len();
        text.push_str(value);
        labels.push((
            kind.to_string(),
            Span {
                start,
                end: text.len(),
            },
        ));
        rest = &after[close + CLOSE.len()..];
    }
    text.push_str(rest);
    Labeled { text, labels }
}

fn files_under(dir: &Path, out: &mut Vec<PathBuf>) {
    let mut entries: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| e.unwrap().path())
        .collect();
    entries.sort();
    for path in entries {
        if path.is_dir() {
            files_under(&path, out);
        } else if path.extension().is_some_and(|e| e == "txt") {
            out.push(path);
        }
    }
}

#[derive(Default)]
struct Counts {
    labels: usize,
    predicted: usize,
    exact: usize,
    overlap_found: usize,
    overlap_right: usize,
}

fn main() {
    let mut args = std::env::args().skip(1);
    let mut dirs: Vec<PathBuf> = Vec::new();
    let mut clients: Option<PathBuf> = None;
    while let Some(arg) = args.next() {
        if arg == "--clients" {
            clients = args.next().map(PathBuf::from);
        } else {
            dirs.push(PathBuf::from(arg));
        }
    }
    if dirs.is_empty() {
        eprintln!("usage: eval [--clients FILE] DIR…");
        std::process::exit(2);
    }
    let engine = match &clients {
        None => Engine::default(),
        Some(path) => Engine::builder()
            .clients(ClientList::from_text_file(path).unwrap_or_else(|e| panic!("{e}")))
            .build()
            .unwrap(),
    };
    let mut files = Vec::new();
    for dir in &dirs {
        files_under(dir, &mut files);
    }
    if let Some(list) = &clients {
        files.retain(|f| f != list);
    }
    let mut per_kind: BTreeMap<String, Counts> = BTreeMap::new();
    let mut misses = Vec::new();
    for path in &files {
        let source = std::fs::read_to_string(path).unwrap();
        let doc = parse(path, &source);
        let findings = engine.scan(&doc.text);
        for (kind, span) in &doc.labels {
            let c = per_kind.entry(kind.clone()).or_default();
            c.labels += 1;
            let same_kind = |f: &&caviard::Finding| f.kind.as_str() == kind;
            if findings.iter().filter(same_kind).any(|f| f.span == *span) {
                c.exact += 1;
            }
            let overlapping: Vec<_> = findings
                .iter()
                .filter(same_kind)
                .filter(|f| f.span.overlaps(span))
                .collect();
            if !overlapping.is_empty() {
                c.overlap_found += 1;
                if !overlapping.iter().any(|f| f.span == *span) {
                    misses.push(format!(
                        "{}: partial {kind} {:?} found as {:?}",
                        path.display(),
                        &doc.text[span.start..span.end],
                        overlapping
                            .iter()
                            .map(|f| f.text(&doc.text))
                            .collect::<Vec<_>>()
                    ));
                }
            } else {
                misses.push(format!(
                    "{}: missed {kind} {:?}",
                    path.display(),
                    &doc.text[span.start..span.end]
                ));
            }
        }
        for f in &findings {
            let c = per_kind.entry(f.kind.to_string()).or_default();
            c.predicted += 1;
            let right = doc
                .labels
                .iter()
                .any(|(k, s)| k == f.kind.as_str() && s.overlaps(&f.span));
            if right {
                c.overlap_right += 1;
            } else {
                misses.push(format!(
                    "{}: false {} {:?} ({})",
                    path.display(),
                    f.kind,
                    f.text(&doc.text),
                    f.rule
                ));
            }
        }
    }
    if std::env::var_os("EVAL_VERBOSE").is_some() {
        for m in &misses {
            println!("{m}");
        }
    }
    println!(
        "{} files; exact = same kind and span, overlap = same kind, spans overlap",
        files.len()
    );
    println!(
        "{:<16} {:>7} {:>9} {:>11} {:>9} {:>11} {:>9}",
        "kind", "labels", "predicted", "P(overlap)", "R(overlap)", "P(exact)", "R(exact)"
    );
    let ratio = |a: usize, b: usize| if b == 0 { 1.0 } else { a as f64 / b as f64 };
    for (kind, c) in &per_kind {
        println!(
            "{:<16} {:>7} {:>9} {:>11.4} {:>9.4} {:>11.4} {:>9.4}",
            kind,
            c.labels,
            c.predicted,
            ratio(c.overlap_right, c.predicted),
            ratio(c.overlap_found, c.labels),
            ratio(c.exact, c.predicted),
            ratio(c.exact, c.labels),
        );
    }
}
