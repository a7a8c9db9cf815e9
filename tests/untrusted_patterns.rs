//! Pattern files from untrusted hands: size limits refused with a clear error, and no
//! catastrophic backtracking (the regex engines run in time linear in the input).

use std::process::Command;

use caviard::rules::{MAX_KEYWORDS_PER_RULE, MAX_REGEX_LEN, MAX_RULES_PER_FILE};
use caviard::{Engine, EngineBuilder, Style};

fn build(source: &str) -> Result<Engine, String> {
    EngineBuilder::new()
        .no_default_patterns()
        .patterns_str("user.toml", source)
        .build()
        .map_err(|e| e.to_string())
}

fn rule(id: &str, regex: &str) -> String {
    format!("[[rule]]\nid = \"{id}\"\nkind = \"REF\"\nregex = '{regex}'\nboundary = \"none\"\n")
}

#[test]
fn regex_longer_than_the_limit_is_refused() {
    let long = "a".repeat(MAX_REGEX_LEN + 1);
    let err = build(&rule("long", &long)).unwrap_err();
    assert!(err.contains("user.toml") && err.contains("`long`"), "{err}");
    assert!(err.contains(&MAX_REGEX_LEN.to_string()), "{err}");
    assert!(build(&rule("ok", &"a".repeat(MAX_REGEX_LEN))).is_ok());
}

#[test]
fn too_many_rules_are_refused() {
    let many: String = (0..=MAX_RULES_PER_FILE)
        .map(|i| rule(&format!("r{i}"), "x[0-9]"))
        .collect();
    let err = build(&many).unwrap_err();
    assert!(
        err.contains(&format!("more than {MAX_RULES_PER_FILE} rules")),
        "{err}"
    );
}

#[test]
fn too_many_keywords_are_refused() {
    let words: Vec<String> = (0..=MAX_KEYWORDS_PER_RULE)
        .map(|i| format!("\"k{i}\""))
        .collect();
    let source = format!(
        "{}keywords = [{}]\n",
        rule("kw", "k[0-9]+"),
        words.join(", ")
    );
    let err = build(&source).unwrap_err();
    assert!(err.contains("keywords"), "{err}");
}

/// A regex whose automaton would be huge is refused by the compiled-size limit, quickly and
/// with the rule named, instead of exhausting memory.
#[test]
fn regex_with_a_huge_automaton_is_refused() {
    let err = build(&rule("huge", r"\w{1000}")).unwrap_err();
    assert!(err.contains("`huge`") && err.contains("bad regex"), "{err}");
}

/// Patterns that make backtracking engines exponential run in linear time here: on 1 MB of
/// input they simply return (no timing assertion; a backtracking engine would not finish).
#[test]
fn pathological_patterns_complete_on_a_megabyte() {
    let input = "a".repeat(1 << 20);
    for regex in ["(a*)*b", "(a|a)*c", "(a+)+$x", "(?:a|aa)*b"] {
        let engine = build(&rule("patho", regex)).unwrap();
        let r = engine.redact(&input, &Style::Label);
        assert!(r.findings.is_empty(), "{regex}");
        assert_eq!(r.text.len(), input.len());
    }
    // And one that matches: the findings cover the whole run.
    let engine = build(&rule("patho", "(a|a)*c")).unwrap();
    let text = format!("{}c", "a".repeat(1 << 20));
    assert_eq!(engine.scan(&text).len(), 1);
}

/// The CLI refuses a pattern file larger than 4 MiB before reading it.
#[test]
fn pattern_file_too_large_is_refused_by_the_cli() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("big.toml");
    std::fs::write(&path, "#".repeat((4 << 20) + 1)).unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_caviard"))
        .args(["redact", "--patterns"])
        .arg(&path)
        .stdin(std::process::Stdio::null())
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert!(
        stderr.contains("big.toml") && stderr.contains("larger than"),
        "{stderr}"
    );
    assert!(out.stdout.is_empty());
}
