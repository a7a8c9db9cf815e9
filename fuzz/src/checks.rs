//! What the fuzz targets assert, as functions of plain inputs. Shared by the fuzz binaries
//! (`fuzz/fuzz_targets/*.rs`) and by `tests/fuzz_checks.rs`, which includes this file with
//! `#[path]`: it depends on `caviard` and `std` only.
//!
//! Later targets slot in here the same way: `check_restore(engine, text)` once the vault
//! exists (`restore(redact(x)) == x`), `check_policy(source)` once the policy parser exists.

use std::sync::OnceLock;

use caviard::{Engine, EngineBuilder, Finding, HashKey, Masker, Style};

/// The engine with the default rules, built once per process.
pub fn default_engine() -> &'static Engine {
    static ENGINE: OnceLock<Engine> = OnceLock::new();
    ENGINE.get_or_init(Engine::default)
}

/// The masking styles the targets pick from, by index.
pub fn style(choice: u8) -> Style {
    match choice % 4 {
        0 => Style::Placeholder,
        1 => Style::Label,
        2 => Style::Partial,
        _ => Style::Hash(HashKey::new(*b"fuzzing-key-0123456789").expect("key is long enough")),
    }
}

/// The redaction contract, on text: no panic; findings sorted, disjoint, non-empty and on
/// character boundaries; the output is the input with each finding's span replaced by its
/// mask and every byte outside findings unchanged; and no finding's value survives in the
/// output, unless the kept text itself holds it (the same digits written elsewhere, outside any
/// finding, are legitimately kept). The last check is only meaningful for the default rules,
/// whose values cannot be spelled by a mask; a user rule may match `1` or `IBAN`, which
/// `[IBAN_1]` spells: `values_absent` turns it off for those.
pub fn check_redact(engine: &Engine, text: &str, style_choice: u8, values_absent: bool) {
    let style = style(style_choice);
    let redaction = engine.redact(text, &style);
    let findings = &redaction.findings;
    check_findings_shape(text.len(), findings, |i| text.is_char_boundary(i));
    assert_eq!(
        findings,
        &engine.scan(text),
        "redact and scan disagree on the findings"
    );

    // The output is the input spliced with masks, each mask as the Masker writes it.
    let mut masker = Masker::new(style.clone());
    let mut expected = String::with_capacity(text.len());
    let mut kept = String::with_capacity(text.len());
    let mut masks = Vec::with_capacity(findings.len());
    let mut last = 0;
    for f in findings {
        expected.push_str(&text[last..f.span.start]);
        kept.push_str(&text[last..f.span.start]);
        kept.push('\u{0}');
        let mut mask = String::new();
        masker.mask_into(f, f.text(text), &mut mask);
        expected.push_str(&mask);
        masks.push(mask);
        last = f.span.end;
    }
    expected.push_str(&text[last..]);
    kept.push_str(&text[last..]);
    assert_eq!(
        redaction.text, expected,
        "output is not the input with each finding replaced"
    );

    // The partial style shows characters by design (the last digits of a phone number), and
    // those may spell a short value together with the kept text after them ("+77*****77" then
    // "::7" spells the IPv6 "7::7" found elsewhere): there, the promise is that no mask shows
    // a whole value.
    let partial = style == Style::Partial;
    for f in findings.iter().filter(|_| values_absent) {
        let value = f.text(text);
        assert!(
            !masks.iter().any(|m| m.contains(value)),
            "the value of a {} finding ({}..{}) {:?} is shown by a mask {:?}",
            f.kind,
            f.span.start,
            f.span.end,
            value,
            masks
        );
        assert!(
            partial || !redaction.text.contains(value) || kept.contains(value),
            "the value of a {} finding ({}..{}) survives in the output",
            f.kind,
            f.span.start,
            f.span.end
        );
    }
}

/// The same contract on bytes that may not be valid UTF-8: invalid bytes pass through
/// unchanged, and the findings of the bytes are those of each valid run.
pub fn check_redact_bytes(engine: &Engine, bytes: &[u8], style_choice: u8) {
    let style = style(style_choice);
    let mut masker = Masker::new(style.clone());
    let (out, findings) = engine.redact_bytes(bytes, &mut masker);
    check_findings_shape(bytes.len(), &findings, |_| true);
    assert_eq!(
        findings,
        engine.scan_bytes(bytes),
        "redact_bytes and scan_bytes disagree"
    );
    let mut masker = Masker::new(style);
    let mut expected = Vec::with_capacity(bytes.len());
    let mut last = 0;
    for f in &findings {
        expected.extend_from_slice(&bytes[last..f.span.start]);
        let value = std::str::from_utf8(&bytes[f.span.start..f.span.end])
            .expect("a finding lies within valid UTF-8");
        let mut mask = String::new();
        masker.mask_into(f, value, &mut mask);
        expected.extend_from_slice(mask.as_bytes());
        last = f.span.end;
    }
    expected.extend_from_slice(&bytes[last..]);
    assert!(
        out == expected,
        "redact_bytes output is not the input with each finding replaced"
    );
}

fn check_findings_shape(len: usize, findings: &[Finding], boundary: impl Fn(usize) -> bool) {
    let mut last_end = 0;
    for f in findings {
        assert!(f.span.start < f.span.end, "empty finding");
        assert!(f.span.end <= len, "finding past the end");
        assert!(
            f.span.start >= last_end,
            "findings overlap or are not sorted"
        );
        assert!(
            boundary(f.span.start) && boundary(f.span.end),
            "finding not on character boundaries"
        );
        last_end = f.span.end;
    }
}

/// Pattern files from untrusted hands: parsing and building never panic (errors are fine),
/// and an engine that builds keeps the redaction contract on `text`.
pub fn check_patterns(source: &str, text: &str) {
    let Ok(engine) = EngineBuilder::new()
        .no_default_patterns()
        .patterns_str("fuzz.toml", source)
        .build()
    else {
        return;
    };
    check_redact(&engine, text, 0, false);
    check_redact(&engine, source, 1, false);
}

/// A one-rule pattern file around an arbitrary regex, so that the regex compiler and the
/// search loop see arbitrary patterns rather than mostly TOML syntax errors.
pub fn rule_file_with_regex(regex: &str, boundary: u8, keyword: bool) -> String {
    let boundary = ["word", "number", "none"][usize::from(boundary % 3)];
    let keywords = if keyword {
        "keywords = [\"key\"]\n"
    } else {
        ""
    };
    format!(
        "[[rule]]\nid = \"fuzz\"\nkind = \"FUZZ\"\nregex = {}\nboundary = \"{boundary}\"\n{keywords}",
        toml_basic_string(regex)
    )
}

fn toml_basic_string(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c if c.is_control() => out.push_str(&format!("\\u{:04X}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}
