//! Throughput of `Engine::redact` on the project's own realistic corpus: 10 MB of varied
//! French business documents (benches/corpus, deterministic) and 10 MB of plain prose with
//! nothing sensitive, single-threaded.
//!
//! ```text
//! cargo bench --bench redact
//! ```
//!
//! Two engines: the structured identifiers alone (patterns/identifiers.toml, the core of
//! issue 2) and the full default engine (identifiers, personal data, secrets, names). Each
//! bench first checks its finding counts against what the generator planted, so that a fast
//! wrong answer fails instead of reporting a figure.

#[path = "corpus/mod.rs"]
#[allow(unused_imports)]
mod corpus;

use std::collections::BTreeMap;
use std::hint::black_box;

use caviard::{Engine, EngineBuilder, Style};
use criterion::{criterion_group, criterion_main, Criterion, Throughput};

const SIZE: usize = 10 << 20;

fn identifiers_engine() -> Engine {
    EngineBuilder::new()
        .no_default_patterns()
        .person(false)
        .patterns_str(
            "patterns/identifiers.toml",
            include_str!("../patterns/identifiers.toml"),
        )
        .build()
        .expect("identifier rules compile")
}

fn counts(engine: &Engine, text: &str) -> BTreeMap<String, usize> {
    let mut found = BTreeMap::new();
    for f in engine.scan(text) {
        *found.entry(f.kind.to_string()).or_insert(0) += 1;
    }
    found
}

fn bench(c: &mut Criterion) {
    let mixed = corpus::generate(SIZE, 1);
    let prose = corpus::generate_prose(SIZE, 1);
    let core = identifiers_engine();
    let full = Engine::default();

    // The structured kinds: exactly what was planted, by both engines.
    for (name, engine) in [("identifiers", &core), ("default", &full)] {
        let found = counts(engine, &mixed.text);
        for kind in corpus::STRUCTURED {
            assert_eq!(
                found.get(kind).copied().unwrap_or(0),
                mixed.planted.get(kind).copied().unwrap_or(0),
                "{name} engine, {kind}"
            );
        }
    }
    assert!(counts(&core, &prose).is_empty(), "prose holds nothing");

    let mut group = c.benchmark_group("redact");
    group.sample_size(10);
    for (text_name, text) in [("mixed-10MB", mixed.text.as_str()), ("prose-10MB", &prose)] {
        group.throughput(Throughput::Bytes(text.len() as u64));
        for (engine_name, engine) in [("identifiers", &core), ("default", &full)] {
            group.bench_function(format!("{engine_name}/{text_name}"), |b| {
                b.iter(|| engine.redact(black_box(text), &Style::Placeholder))
            });
        }
    }
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
