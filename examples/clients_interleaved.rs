//! The client list's cost by wall clock, robust to a VM whose speed drifts: scans of one text
//! with the default engine and with a client list, alternated in one process, each timed;
//! prints the minimum and median of each and their ratios.
//!
//! ```text
//! cargo run --release --example clients_interleaved -- TEXT ROUNDS LIST
//! ```
//!
//! criterion (`cargo bench --bench clients`) times the two engines in separate groups,
//! seconds apart, and on this VM the speed moves between groups by more than the list costs.

use caviard::{ClientList, Engine};
use std::time::Instant;

fn main() {
    let args: Vec<String> = std::env::args().collect();
    if args.len() != 4 {
        eprintln!("usage: clients_interleaved TEXT ROUNDS LIST");
        std::process::exit(2);
    }
    let text = std::fs::read_to_string(&args[1]).expect("reads the text");
    let rounds: usize = args[2].parse().expect("a number of rounds");
    let list = ClientList::from_text_file(&args[3]).expect("reads the list");
    let plain = Engine::default();
    let with = Engine::builder().clients(list).build().expect("builds");
    let (mut plain_s, mut with_s) = (Vec::new(), Vec::new());
    for _ in 0..rounds.max(1) {
        let t = Instant::now();
        std::hint::black_box(plain.scan(&text));
        plain_s.push(t.elapsed().as_secs_f64() * 1e3);
        let t = Instant::now();
        std::hint::black_box(with.scan(&text));
        with_s.push(t.elapsed().as_secs_f64() * 1e3);
    }
    plain_s.sort_by(f64::total_cmp);
    with_s.sort_by(f64::total_cmp);
    let median = |v: &[f64]| v[v.len() / 2];
    println!(
        "no list: min {:.1} ms, median {:.1} ms | list: min {:.1} ms, median {:.1} ms | \
         ratio: min {:.2}, median {:.2}",
        plain_s[0],
        median(&plain_s),
        with_s[0],
        median(&with_s),
        with_s[0] / plain_s[0],
        median(&with_s) / median(&plain_s)
    );
}
