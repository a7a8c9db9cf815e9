//! Writes a deterministic corpus of French business documents and prints what was planted.
//!
//! ```text
//! cargo run --release --example gen_corpus -- --bytes 52428800 --seed 1 \
//!     --out target/corpus/mixed-50MB.txt [--prose] [--labeled] \
//!     [--clients 100000 --clients-out target/corpus/clients-100k.txt]
//! ```
//!
//! `--clients N --clients-out FILE` also writes a client list of N company names, one per line;
//! the corpus's CLIENT mentions are drawn from its first entries, so that the list finds them.
//!
//! Prints the planted counts per kind as JSON on stdout (an empty object with `--prose`).
//! `--labeled` marks every planted value inline as `⟦KIND|value⟧`, the format of the
//! evaluation harness (`cargo run --release --example eval -- eval/corpus`).

#[path = "../benches/corpus/mod.rs"]
mod corpus;

use std::process::ExitCode;

fn usage() -> ExitCode {
    eprintln!(
        "usage: gen_corpus --bytes N [--seed S] --out FILE [--prose] [--labeled] \
         [--clients N --clients-out FILE]"
    );
    ExitCode::from(2)
}

fn main() -> ExitCode {
    let mut bytes: Option<usize> = None;
    let mut seed = 1u64;
    let mut out: Option<String> = None;
    let mut prose = false;
    let mut labeled = false;
    let mut clients: Option<usize> = None;
    let mut clients_out: Option<String> = None;
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--bytes" => match args.next().and_then(|v| v.parse().ok()) {
                Some(v) => bytes = Some(v),
                None => return usage(),
            },
            "--seed" => match args.next().and_then(|v| v.parse().ok()) {
                Some(v) => seed = v,
                None => return usage(),
            },
            "--out" => match args.next() {
                Some(v) => out = Some(v),
                None => return usage(),
            },
            "--clients" => match args.next().and_then(|v| v.parse().ok()) {
                Some(v) => clients = Some(v),
                None => return usage(),
            },
            "--clients-out" => match args.next() {
                Some(v) => clients_out = Some(v),
                None => return usage(),
            },
            "--prose" => prose = true,
            "--labeled" => labeled = true,
            _ => return usage(),
        }
    }
    let (Some(bytes), Some(out)) = (bytes, out) else {
        return usage();
    };
    let (text, planted) = if prose {
        (corpus::generate_prose(bytes, seed), Default::default())
    } else {
        let c = corpus::generate(bytes, seed);
        let text = if labeled { with_labels(&c) } else { c.text };
        (text, c.planted)
    };
    let path = std::path::Path::new(&out);
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        if let Err(e) = std::fs::create_dir_all(dir) {
            eprintln!("gen_corpus: {}: {e}", dir.display());
            return ExitCode::from(2);
        }
    }
    if let Err(e) = std::fs::write(path, &text) {
        eprintln!("gen_corpus: {out}: {e}");
        return ExitCode::from(2);
    }
    match (clients, clients_out) {
        (Some(n), Some(file)) => {
            let mut list = corpus::client_list(n, seed).join("\n");
            list.push('\n');
            if let Err(e) = std::fs::write(&file, list) {
                eprintln!("gen_corpus: {file}: {e}");
                return ExitCode::from(2);
            }
        }
        (None, None) => {}
        _ => return usage(),
    }
    let fields: Vec<String> = planted
        .iter()
        .map(|(kind, n)| format!("\"{kind}\": {n}"))
        .collect();
    println!("{{{}}}", fields.join(", "));
    ExitCode::SUCCESS
}

/// The corpus text with each planted value written as `⟦KIND|value⟧`.
fn with_labels(c: &corpus::Corpus) -> String {
    let mut out = String::with_capacity(c.text.len() + c.spans.len() * 16);
    let mut at = 0;
    for p in &c.spans {
        out.push_str(&c.text[at..p.start]);
        out.push('⟦');
        out.push_str(p.kind);
        out.push('|');
        out.push_str(&c.text[p.start..p.end]);
        out.push('⟧');
        at = p.end;
    }
    out.push_str(&c.text[at..]);
    out
}
