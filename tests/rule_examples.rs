//! Every rule ships its own positive and negative examples; this one test checks them all,
//! through the whole engine (validators, context, overlaps), so that a rule cannot be added
//! without examples that pass.

use caviard::rules::parse_example;
use caviard::Engine;

#[test]
fn every_rule_passes_its_examples() {
    let engine = Engine::default();
    let mut failures = Vec::new();
    for def in engine.rule_defs() {
        let id = def.spec.id.as_str();
        if def.spec.examples.positive.is_empty() || def.spec.examples.negative.is_empty() {
            failures.push(format!("{id}: needs positive and negative examples"));
        }
        for example in &def.spec.examples.positive {
            let (text, expected) = parse_example(example);
            let findings = engine.scan(&text);
            let hit = findings.iter().any(|f| {
                &*f.rule == id && expected.is_none_or(|(s, e)| f.span.start == s && f.span.end == e)
            });
            if !hit {
                let got: Vec<String> = findings
                    .iter()
                    .map(|f| format!("{}:{:?}", f.rule, f.text(&text)))
                    .collect();
                failures.push(format!("{id}: missed positive {example:?}; got {got:?}"));
            }
        }
        for example in &def.spec.examples.negative {
            let findings = engine.scan(example);
            if let Some(f) = findings.iter().find(|f| &*f.rule == id) {
                failures.push(format!(
                    "{id}: matched negative {example:?} at {:?}",
                    f.text(example)
                ));
            }
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

/// The embedded rules are compiled on first use: this builds every one of their automata, so
/// that a broken embedded rule fails here rather than in a user's run.
#[test]
fn every_embedded_automaton_compiles() {
    Engine::default().prepare();
    caviard::EngineBuilder::new()
        .person(false)
        .build()
        .expect("builds")
        .prepare();
}
