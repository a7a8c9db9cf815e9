//! The client list's cost by wall clock, robust to a VM whose speed drifts: scans of one text
//! with the default engine and with a client list, alternated in one process, each timed;
//! prints the minimum and median of each and their ratios, by wall clock and, on Linux, by
//! the CPU time of the process's threads.
//!
//! ```text
//! cargo run --release --example clients_interleaved -- TEXT ROUNDS LIST
//! ```
//!
//! criterion (`cargo bench --bench clients`) times the two engines in separate groups,
//! seconds apart, and on this VM the speed moves between groups by more than the list costs.
//! On a machine shared with other work, a scan's wall time also counts the time its thread
//! waited for a core; its CPU time does not, and moves far less from run to run.

use caviard::{ClientList, Engine};
use std::time::Instant;

/// Nanoseconds that the process's threads have run, from `/proc/self/task/*/schedstat` (its
/// first field), or `None` where there is no such file.
fn cpu_ns() -> Option<u64> {
    let mut total = 0;
    for task in std::fs::read_dir("/proc/self/task").ok()? {
        let stat = std::fs::read_to_string(task.ok()?.path().join("schedstat")).ok()?;
        total += stat.split_whitespace().next()?.parse::<u64>().ok()?;
    }
    Some(total)
}

/// Minimum and median of `v`, sorted in place.
fn min_median(v: &mut [f64]) -> (f64, f64) {
    v.sort_by(f64::total_cmp);
    (v[0], v[v.len() / 2])
}

fn report(what: &str, plain: &mut [f64], with: &mut [f64]) {
    let (plain_min, plain_median) = min_median(plain);
    let (with_min, with_median) = min_median(with);
    println!(
        "{what}: no list: min {plain_min:.1} ms, median {plain_median:.1} ms | list: min \
         {with_min:.1} ms, median {with_median:.1} ms | ratio: min {:.2}, median {:.2}",
        with_min / plain_min,
        with_median / plain_median
    );
}

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
    // Wall and CPU milliseconds of each scan, without and with the list.
    let mut times: [[Vec<f64>; 2]; 2] = Default::default();
    for _ in 0..rounds.max(1) {
        for (k, engine) in [&plain, &with].into_iter().enumerate() {
            let (t, cpu) = (Instant::now(), cpu_ns());
            std::hint::black_box(engine.scan(&text));
            times[0][k].push(t.elapsed().as_secs_f64() * 1e3);
            if let (Some(before), Some(after)) = (cpu, cpu_ns()) {
                times[1][k].push(after.saturating_sub(before) as f64 / 1e6);
            }
        }
    }
    let [[wall_plain, wall_with], [cpu_plain, cpu_with]] = &mut times;
    report("wall", wall_plain, wall_with);
    if cpu_plain.len() == wall_plain.len() && cpu_with.len() == wall_with.len() {
        report("cpu", cpu_plain, cpu_with);
    }
}
