//! The engine finds exactly what the corpus generator planted: every valid identifier of the
//! structured kinds, and none of the look-alikes (invoice and order numbers, amounts, dates,
//! masked cards, versions…). The generator's own unit tests run here too.

#[path = "../benches/corpus/mod.rs"]
mod corpus;

use std::collections::BTreeMap;

use caviard::Engine;

#[test]
fn engine_finds_what_was_planted() {
    let c = corpus::generate(1_000_000, 7);
    let findings = Engine::default().scan(&c.text);

    let mut found: BTreeMap<&str, usize> = BTreeMap::new();
    for f in &findings {
        *found.entry(f.kind.as_str()).or_insert(0) += 1;
    }
    // Findings matched to planted spans exactly, to show what was missed or added.
    let planted_spans: BTreeMap<(usize, usize), &str> =
        c.spans.iter().map(|p| ((p.start, p.end), p.kind)).collect();
    let found_spans: BTreeMap<(usize, usize), &str> = findings
        .iter()
        .map(|f| ((f.span.start, f.span.end), f.kind.as_str()))
        .collect();

    let mut failures = Vec::new();
    for kind in corpus::STRUCTURED {
        let planted = c.planted.get(kind).copied().unwrap_or(0);
        let got = found.get(kind).copied().unwrap_or(0);
        if planted == got {
            continue;
        }
        let missed: Vec<&str> = planted_spans
            .iter()
            .filter(|(span, k)| **k == kind && found_spans.get(span) != Some(&kind))
            .map(|(&(s, e), _)| &c.text[s..e])
            .take(8)
            .collect();
        let extra: Vec<String> = found_spans
            .iter()
            .filter(|(span, k)| **k == kind && planted_spans.get(span) != Some(&kind))
            .map(|(&(s, e), _)| {
                let from = c.text.floor_char_boundary(s.saturating_sub(40));
                let to = c.text.ceil_char_boundary((e + 20).min(c.text.len()));
                format!("{:?} in {:?}", &c.text[s..e], &c.text[from..to])
            })
            .take(8)
            .collect();
        failures.push(format!(
            "{kind}: planted {planted}, found {got} ({:+})\n  missed: {missed:?}\n  extra: {extra:#?}",
            got as i64 - planted as i64
        ));
    }
    for kind in corpus::SOFT {
        eprintln!(
            "{kind}: planted {}, found {} (detector not asserted here)",
            c.planted.get(kind).copied().unwrap_or(0),
            found.get(kind).copied().unwrap_or(0)
        );
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn prose_has_no_findings() {
    let text = corpus::generate_prose(300_000, 7);
    let findings = Engine::default().scan(&text);
    let shown: Vec<String> = findings
        .iter()
        .take(10)
        .map(|f| format!("{}: {:?}", f.kind.as_str(), f.text(&text)))
        .collect();
    assert!(
        findings.is_empty(),
        "{} findings in prose: {shown:?}",
        findings.len()
    );
}

/// The brief lists "a BIC after an IBAN on the same line" as a form to find. The BIC rule
/// looked only for the words BIC/SWIFT/IBAN before the code, so a BIC after an unlabeled IBAN
/// was missed (this test was ignored for two sessions); `after-kind = "IBAN"` now runs the
/// rule right after each IBAN, whose country the BIC must share.
#[test]
fn bic_right_after_an_unlabeled_iban() {
    let text = "Compte à créditer : FR76 3000 6000 0112 3456 7890 189 BNPAFRPPXXX\n";
    let kinds: Vec<String> = Engine::default()
        .scan(text)
        .iter()
        .map(|f| format!("{}:{}", f.kind.as_str(), f.text(text)))
        .collect();
    assert_eq!(
        kinds,
        ["IBAN:FR76 3000 6000 0112 3456 7890 189", "BIC:BNPAFRPPXXX"]
    );
}
