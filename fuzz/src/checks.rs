//! What the fuzz targets assert, as functions of plain inputs. Shared by the fuzz binaries
//! (`fuzz/fuzz_targets/*.rs`) and by `tests/fuzz_checks.rs`, which includes this file with
//! `#[path]`: it depends on `caviard` and `std` only.
//!
//! Four targets: `redact` ([`check_redact`], [`check_redact_bytes`]), `patterns`
//! ([`check_patterns`]), `restore` ([`check_restore`]) and `policy` ([`check_policy`]).

use std::sync::OnceLock;

use caviard::{
    normalize_into, Classification, Engine, EngineBuilder, Finding, HashKey, Masker, Policy,
    Pseudonyms, Session, Source, Style, Vault,
};

/// The engine with the default rules, built once per process.
pub fn default_engine() -> &'static Engine {
    static ENGINE: OnceLock<Engine> = OnceLock::new();
    ENGINE.get_or_init(Engine::default)
}

/// The default engine with a small client list whose names hold what the list's folding
/// rewrites (accents, `&`, hyphens, apostrophes, legal forms), built once per process.
pub fn clients_engine() -> &'static Engine {
    static ENGINE: OnceLock<Engine> = OnceLock::new();
    ENGINE.get_or_init(|| {
        EngineBuilder::new()
            .client_names([
                "Transports Lefèvre & Fils SAS",
                "Boulangerie Dupont-Moreau",
                "L'Atelier d'Émilie",
                "Garage Renard",
                "Orange",
            ])
            .expect("the list loads")
            .build()
            .expect("the engine builds")
    })
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
/// finding, are legitimately kept) or the kind's name spells it (`S` in `[PERSON]`). The last
/// check is only meaningful for the default rules, whose values cannot be spelled by a mask
/// otherwise; a user rule may match `1`, which `[IBAN_1]` spells: `values_absent` turns it off
/// for those.
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

    // The output is the input spliced with masks, each mask as the Masker writes it once
    // told the input's findings.
    let mut masker = Masker::new(style.clone());
    masker.prepare_input(text.as_bytes(), findings);
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
        // A value the kind's name spells (a one-letter PERSON "S" and the label "[PERSON]")
        // is shown by the mask's fixed text, not by the value: nothing is revealed.
        if f.kind.as_str().contains(value) {
            continue;
        }
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
    masker.prepare_input(bytes, &findings);
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

/// Reversible pseudonymisation on arbitrary input. `bytes` holds the prompts of one
/// conversation, separated by NUL bytes (each read as lossy UTF-8), redacted one after the
/// other through one [`Session`] (fake values when `fakes`, else placeholders; the vault's
/// secret is `secret` repeated). Then, with the session's final vault:
///
/// - each redacted prompt is its prompt with each finding replaced by its entry's mask (the
///   fake value, or the placeholder);
/// - restoring it gives the prompt back, each finding written as its value was first seen
///   (two spellings of one value share one entry, and restore writes the first), with one
///   replacement per finding and nothing unresolved. Only for prompts that hold nothing
///   restore acts on already (a prompt quoting `[IBAN_1]` or an earlier prompt's fake value
///   cannot come back as written: restore replaces those too);
/// - restore in chunks (lengths cycled from `split`, each `1 + n`), or one byte at a time,
///   gives the same bytes and the same unresolved list as in one piece, on every redacted
///   prompt and on the whole input itself (arbitrary bytes, as a model's answer); valid UTF-8
///   in gives valid UTF-8 out.
pub fn check_restore(bytes: &[u8], fakes: bool, secret: u8, split: [u8; 4]) {
    let engine = default_engine();
    let pseudonyms = if fakes {
        Pseudonyms::Fakes
    } else {
        Pseudonyms::Placeholders
    };
    let mut session = Session::new(Vault::with_secret([secret; 32]), pseudonyms);
    let prompts: Vec<String> = bytes
        .split(|&b| b == 0)
        .map(|p| String::from_utf8_lossy(p).into_owned())
        .collect();
    let redacted: Vec<_> = prompts
        .iter()
        .map(|p| engine.redact_with(p, &mut session))
        .collect();

    let vault = session.vault();
    let mut normalized = String::new();
    for (prompt, redaction) in prompts.iter().zip(&redacted) {
        check_findings_shape(prompt.len(), &redaction.findings, |i| {
            prompt.is_char_boundary(i)
        });
        let mut masked = String::with_capacity(redaction.text.len());
        let mut expected = String::with_capacity(prompt.len());
        let mut last = 0;
        for f in &redaction.findings {
            let value = f.text(prompt);
            normalize_into(&f.kind, value, &mut normalized);
            let entry = vault
                .by_value(&f.kind, &normalized)
                .unwrap_or_else(|| panic!("a {} finding has no vault entry", f.kind));
            masked.push_str(&prompt[last..f.span.start]);
            expected.push_str(&prompt[last..f.span.start]);
            match (&entry.fake, fakes) {
                (Some(fake), true) => masked.push_str(fake),
                _ => masked.push_str(&entry.placeholder()),
            }
            expected.push_str(&entry.original);
            last = f.span.end;
        }
        masked.push_str(&prompt[last..]);
        expected.push_str(&prompt[last..]);
        assert_eq!(
            redaction.text, masked,
            "the redacted prompt is not the prompt with each finding replaced by its mask"
        );

        if session.restore(prompt).restored == 0 {
            let restored = session.restore(&redaction.text);
            assert_eq!(
                restored.text, expected,
                "restore(redact(x)) is not x (findings written as first seen)"
            );
            assert_eq!(
                restored.restored,
                redaction.findings.len(),
                "restore did not replace each mask exactly once"
            );
            assert!(
                restored.unresolved.is_empty(),
                "restore of a redacted prompt reports unresolved placeholders {:?}",
                restored.unresolved
            );
        }
        check_restore_streaming(&session, redaction.text.as_bytes(), split);
    }
    check_restore_streaming(&session, bytes, split);
}

/// Restore of `input` in one piece, in chunks of lengths cycled from `split`, and one byte
/// at a time: the same bytes, the same unresolved placeholders, the same count.
fn check_restore_streaming(session: &Session, input: &[u8], split: [u8; 4]) {
    let whole = restore_in_chunks(session, input, |_| input.len().max(1));
    let chunked = restore_in_chunks(session, input, |i| 1 + usize::from(split[i % 4]));
    assert!(
        chunked == whole,
        "restore in chunks of {split:?} differs from restore in one piece"
    );
    let bytewise = restore_in_chunks(session, input, |_| 1);
    assert!(
        bytewise == whole,
        "restore one byte at a time differs from restore in one piece"
    );
    if std::str::from_utf8(input).is_ok() {
        assert!(
            std::str::from_utf8(&whole.0).is_ok(),
            "restore of valid UTF-8 is not valid UTF-8"
        );
    }
}

fn restore_in_chunks(
    session: &Session,
    input: &[u8],
    chunk_len: impl Fn(usize) -> usize,
) -> (Vec<u8>, Vec<String>, usize) {
    let mut restorer = session.restorer();
    let mut out = Vec::with_capacity(input.len());
    let mut at = 0;
    let mut i = 0;
    while at < input.len() {
        let end = (at + chunk_len(i)).min(input.len());
        restorer.push_into(&input[at..end], &mut out);
        at = end;
        i += 1;
    }
    restorer.finish_into(&mut out);
    (out, restorer.unresolved().to_vec(), restorer.restored())
}

/// Text the `policy` target classifies, beside the source itself: markers, words a policy
/// may list as keywords, and findings of several kinds.
pub const POLICY_TEXT: &str = "CONFIDENTIEL — projet Orion, PRJ-2041. Arrêt maladie de Mme \
Marie Lefèvre, née le 12/03/1985, IBAN FR76 3000 6000 0112 3456 7890 189, SIREN 732 829 320, \
jean.dupont@exemple.fr, 06 12 34 56 78, usage interne, secret défense.\n\u{a0}é€";

/// The policy file (`caviard.toml`) from untrusted hands. Parsing never panics; an error is
/// one line naming the file. A policy that parses reads back from its own `policy show`
/// output to the same configuration and hash, answers for each of its destinations, and
/// classifies `text` (and the source itself) without panicking, consistently: the residual
/// level is at most the raw one, the decision is the policy's for those levels, reasons come
/// highest level first with no more remaining than counted, every finding is counted once,
/// and bytes classify as the same text does.
pub fn check_policy(source: &str, text: &str) {
    let policy = match Policy::from_toml("fuzz.toml", source) {
        Ok(policy) => policy,
        Err(e) => {
            let message = e.to_string();
            assert!(
                message.starts_with("fuzz.toml: ") && message.len() > "fuzz.toml: ".len(),
                "the error does not name the file: {message:?}"
            );
            assert!(!message.contains('\n'), "multi-line error: {message:?}");
            return;
        }
    };
    let shown = policy.config().to_toml();
    let again = Policy::from_toml("shown.toml", &shown)
        .unwrap_or_else(|e| panic!("`policy show` output does not read back: {e}\n{shown}"));
    assert_eq!(
        again.config(),
        policy.config(),
        "`policy show` output reads back differently"
    );
    assert_eq!(again.sha256(), policy.sha256(), "the policy hash changed");
    for (name, destination) in &policy.config().destinations {
        assert_eq!(
            policy.destination(name).ok(),
            Some(destination.max_level),
            "destination {name:?}"
        );
    }
    let engine = default_engine();
    let mut parts = Vec::new();
    for text in [text, source] {
        let findings = engine.scan(text);
        let c = policy.classify(text.as_bytes(), &findings);
        check_classification(&policy, &c, findings.len());
        assert_eq!(
            engine.classify_bytes(text.as_bytes(), &policy),
            c,
            "bytes and text classify differently"
        );
        parts.push(c);
    }
    let combined = Classification::combine(&parts, &policy);
    check_classification(&policy, &combined, parts.iter().map(finding_count).sum());
    assert_eq!(combined.raw, parts[0].raw.max(parts[1].raw));
    assert_eq!(combined.residual, parts[0].residual.max(parts[1].residual));
}

fn finding_count(c: &Classification) -> usize {
    c.reasons
        .iter()
        .filter(|r| matches!(r.source, Source::Finding { .. }))
        .map(|r| r.count)
        .sum()
}

fn check_classification(policy: &Policy, c: &Classification, findings: usize) {
    assert!(c.residual <= c.raw, "residual level above the raw level");
    assert_eq!(c.decision, policy.decide(c.raw, c.residual));
    assert!(
        c.reasons.windows(2).all(|w| w[0].level >= w[1].level),
        "reasons not sorted by level"
    );
    assert!(
        c.reasons.iter().all(|r| r.remaining <= r.count),
        "more remaining than counted"
    );
    assert_eq!(finding_count(c), findings, "findings not counted once each");
    let max = |f: fn(&caviard::Reason) -> bool| {
        c.reasons
            .iter()
            .filter(|r| f(r))
            .map(|r| r.level)
            .max()
            .unwrap_or_default()
    };
    assert_eq!(c.raw, max(|r| r.count > 0));
    assert_eq!(c.residual, max(|r| r.remaining > 0));
}

/// A policy file around `source`, so that the fuzzer reaches the keyword lexicon, the
/// keyword regexes, the allowlist and the level tables rather than mostly TOML syntax errors:
/// `mode` 0 takes `source` as the whole file; 1, 2, 3 put each of its lines in a list
/// (keyword words, keyword regexes, allowlist); 4 uses each line as a key of `[kinds]`,
/// `[rules]`, `[markers]` or a destination name, in turn. `level` picks the level.
pub fn policy_file(mode: u8, level: u8, source: &str) -> String {
    let level_name = ["public", "internal", "confidential", "secret"][usize::from(level % 4)];
    let keyword_level = ["internal", "confidential", "secret"][usize::from(level % 3)];
    let list = || {
        source
            .lines()
            .map(toml_basic_string)
            .collect::<Vec<_>>()
            .join(", ")
    };
    match mode % 5 {
        0 => source.to_string(),
        1 => format!("[keywords.{keyword_level}]\nwords = [{}]\n", list()),
        2 => format!("[keywords.{keyword_level}]\nregex = [{}]\n", list()),
        3 => format!("allow = [{}]\n", list()),
        _ => {
            let mut tables = [
                String::from("[kinds]\n"),
                String::from("[rules]\n"),
                String::from("[markers]\n"),
                String::new(),
            ];
            for (i, line) in source.lines().enumerate() {
                let key = toml_basic_string(line);
                let entry = if i % 4 == 3 {
                    format!("[destinations.{key}]\nmax-level = \"{level_name}\"\n")
                } else {
                    format!("{key} = \"{level_name}\"\n")
                };
                tables[i % 4].push_str(&entry);
            }
            tables.concat()
        }
    }
}
