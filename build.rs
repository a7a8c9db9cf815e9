//! Builds at compile time what would otherwise cost every start of `caviard`:
//! - the PERSON lexicon table (see `src/person/table.rs` for why), so that the 110,000 names
//!   cost nothing, and the table that folds names;
//! - the embedded `patterns/*.toml` files converted to JSON (see `src/precompiled.rs`): the
//!   same data, deserialised into the same structs at run time by serde_json, about ten times
//!   cheaper than parsing the TOML (which was a tenth of a 4 KB prompt's run);
//! - the regexes of those files, parsed (see `src/precompiled/hir.rs`);
//! - the prefix tables of the automaton of their digit rules (see `src/engine/prefix.rs`).
//!
//! It also links the `caviard` binary as a fixed-address executable on Linux (see
//! [`link_without_pie`]).

use std::path::PathBuf;

#[allow(dead_code)]
#[path = "src/person/table.rs"]
mod table;

#[path = "src/precompiled/hir.rs"]
mod hir;

#[path = "src/engine/prefix.rs"]
mod prefix;

const LISTS: [&str; 4] = [
    "data/lexicon/prenoms.txt",
    "data/lexicon/noms.txt",
    "data/lexicon/ambiguous.txt",
    "data/lexicon/person_words.txt",
];

fn main() {
    println!("cargo:rerun-if-changed=src/person/table.rs");
    println!("cargo:rerun-if-changed=src/precompiled/hir.rs");
    println!("cargo:rerun-if-changed=src/engine/prefix.rs");
    link_without_pie();
    let mut texts = Vec::new();
    for list in LISTS {
        println!("cargo:rerun-if-changed={list}");
        let text = std::fs::read_to_string(list).unwrap_or_else(|e| panic!("{list}: {e}"));
        texts.push(text);
    }
    let entries = table::entries(&texts[0], &texts[1], &texts[2], &texts[3]);
    let blob = table::build(&entries);
    let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    std::fs::write(out.join("person_lexicon.bin"), blob).expect("write the lexicon table");
    std::fs::write(out.join("person_fold.bin"), table::fold_table()).expect("write the fold table");
    patterns_as_json(&out);
}

/// Writes each `patterns/*.toml` as `$OUT_DIR/patterns/<name>.json` (and `<name>.lean.json`,
/// without the rules' examples), and `$OUT_DIR/precompiled.rs`: the table of (TOML text, JSON
/// text, lean JSON text) that `src/precompiled.rs` includes. A file that does not parse is left out with a warning: the run-time TOML parser
/// then reads it, and reports the error as it would for a user file.
fn patterns_as_json(out: &std::path::Path) {
    println!("cargo:rerun-if-changed=patterns");
    let dir = out.join("patterns");
    std::fs::create_dir_all(&dir).expect("create $OUT_DIR/patterns");
    let mut paths: Vec<PathBuf> = std::fs::read_dir("patterns")
        .expect("read patterns/")
        .map(|entry| entry.expect("read patterns/").path())
        .filter(|path| path.extension().is_some_and(|e| e == "toml"))
        .collect();
    paths.sort();
    let manifest = PathBuf::from(std::env::var_os("CARGO_MANIFEST_DIR").expect("cargo sets it"));
    let mut table = String::from("&[\n");
    let mut regexes: Vec<String> = Vec::new();
    let mut digit_regexes: Vec<String> = Vec::new();
    for path in paths {
        println!("cargo:rerun-if-changed={}", path.display());
        let source = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path:?}: {e}"));
        let value: toml::Value = match toml::from_str(&source) {
            Ok(value) => value,
            Err(e) => {
                println!("cargo:warning={}: not precompiled: {e}", path.display());
                continue;
            }
        };
        let rules = value.get("rule").and_then(toml::Value::as_array);
        for rule in rules.into_iter().flatten() {
            if let Some(regex) = rule.get("regex").and_then(toml::Value::as_str) {
                if !regexes.iter().any(|r| r == regex) {
                    regexes.push(regex.to_string());
                }
                // The engine's digit pass: digit-anchored rules without keywords.
                let keywords = rule.get("keywords").and_then(toml::Value::as_array);
                let anchor = rule.get("anchor").and_then(toml::Value::as_str);
                if anchor == Some("digit") && keywords.is_none_or(|k| k.is_empty()) {
                    digit_regexes.push(regex.to_string());
                }
            }
        }
        let json = serde_json::to_string(&value).expect("TOML values convert to JSON");
        let name = path.file_stem().expect("a .toml file has a stem");
        let json_path = dir.join(name).with_extension("json");
        std::fs::write(&json_path, json).expect("write the JSON");
        let lean = serde_json::to_string(&without_examples(value)).expect("converts to JSON");
        let lean_path = dir.join(name).with_extension("lean.json");
        std::fs::write(&lean_path, lean).expect("write the JSON");
        table.push_str(&format!(
            "    (include_str!({:?}), include_str!({:?}), include_str!({:?})),\n",
            manifest.join(&path),
            json_path,
            lean_path
        ));
    }
    table.push_str("]\n");
    std::fs::write(out.join("precompiled.rs"), table).expect("write precompiled.rs");
    regexes_as_hir(out, &regexes);
    digit_prefix_tables(out, digit_regexes);
}

/// The file without its rules' `examples`: about half of the text, which only the tests read
/// (see `rules::parse_source_lean`).
fn without_examples(mut value: toml::Value) -> toml::Value {
    if let Some(rules) = value.get_mut("rule").and_then(toml::Value::as_array_mut) {
        for rule in rules {
            if let Some(table) = rule.as_table_mut() {
                table.remove("examples");
            }
        }
    }
    value
}

/// Writes `$OUT_DIR/prefix_tables.rs`: the prefix tables of the embedded digit rules'
/// anchored automaton (`Some(Precomputed { … })`), or `None` if it does not build. The engine
/// checks the patterns and the byte classes before it takes them.
fn digit_prefix_tables(out: &std::path::Path, mut patterns: Vec<String>) {
    patterns.sort_unstable();
    patterns.dedup();
    // The limits the engine gives (engine.rs: NFA_SIZE_LIMIT * 4, HYBRID_CACHE).
    let built = prefix::builder(32 << 20, 32 << 20).build_many(&patterns);
    let code = match built {
        Ok(dfa) if !patterns.is_empty() => {
            let (classes, alphabet) = prefix::classes(&dfa);
            let mut cache = dfa.create_cache();
            match prefix::tables(&dfa, &mut cache, &classes, alphabet) {
                Ok((first, pair, third)) => format!(
                    "Some(prefix::Precomputed {{ patterns: &{patterns:?}, classes: {classes:?}, \
                     first: &{first:?}, pair: &{pair:?}, third: &{third:?} }})"
                ),
                Err(e) => {
                    println!("cargo:warning=digit prefix tables not precomputed: {e}");
                    "None".to_string()
                }
            }
        }
        Ok(_) => "None".to_string(),
        Err(e) => {
            println!("cargo:warning=digit prefix tables not precomputed: {e}");
            "None".to_string()
        }
    };
    std::fs::write(out.join("prefix_tables.rs"), code).expect("write prefix_tables.rs");
}

/// Writes `$OUT_DIR/precompiled_hir.rs`: the table of (regex, its HIR as the program of
/// `src/precompiled/hir.rs`), parsed as the engine parses (the `regex-syntax` defaults:
/// Unicode, UTF-8). A regex that does not parse is left out: the engine then parses it, and
/// reports the error as usual.
fn regexes_as_hir(out: &std::path::Path, regexes: &[String]) {
    let mut table = String::from("&[\n");
    for regex in regexes {
        let Ok(parsed) = regex_syntax::Parser::new().parse(regex) else {
            println!("cargo:warning=regex not precompiled: {regex:?}");
            continue;
        };
        let mut code = Vec::new();
        hir::encode(&parsed, &mut code);
        let words: Vec<String> = code.iter().map(u32::to_string).collect();
        table.push_str(&format!("    ({regex:?}, &[{}]),\n", words.join(",")));
    }
    table.push_str("]\n");
    std::fs::write(out.join("precompiled_hir.rs"), table).expect("write precompiled_hir.rs");
}

/// `CAVIARD_NO_PIE=1` at build time links `caviard` on Linux as a position-dependent
/// executable (`-no-pie`): a position-independent one has the dynamic loader apply about
/// 14,000 relocations at every start (0.5M instructions) and copies the pages they write (the
/// tables of pointers in `.data.rel.ro`), a tenth of what `caviard --version` costs. Not the
/// default: it gives up the address randomisation of the binary's own code, and a tool that
/// holds secrets keeps that hardening unless its user chooses otherwise. Only the final link
/// of the binaries changes.
fn link_without_pie() {
    println!("cargo:rerun-if-env-changed=CAVIARD_NO_PIE");
    let os = std::env::var("CARGO_CFG_TARGET_OS").unwrap_or_default();
    let env = std::env::var("CARGO_CFG_TARGET_ENV").unwrap_or_default();
    if os == "linux" && env == "gnu" && std::env::var_os("CAVIARD_NO_PIE").is_some() {
        println!("cargo:rustc-link-arg-bins=-no-pie");
    }
}
