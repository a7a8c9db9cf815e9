//! `caviard check`: the criticity of the text, raw and after redaction, the routing decision
//! and the reasons (kinds, rules, marker categories and counts — never values). The exit code
//! carries the decision, so that scripts can branch on it.

use std::fmt::Write as _;
use std::path::PathBuf;

use anyhow::Result;
use clap::Args;
use serde::Serialize;

use caviard::{Classification, Criticity, Decision, Reason};

use super::common::{build_engine_with, load_policy, read_inputs, RuleArgs};
use super::routing::{decision_code, describe_source, limit_code, record, AuditRun, RoutingArgs};
use super::scan::Format;
use super::Outcome;

#[derive(Args, Debug, Clone)]
pub struct CheckArgs {
    /// Files to check, as one text sent together; standard input when none is given.
    #[arg(value_name = "FILE")]
    pub files: Vec<PathBuf>,
    #[arg(long, value_enum, default_value_t = Format::Text)]
    pub format: Format,
    #[command(flatten)]
    pub routing: RoutingArgs,
    #[command(flatten)]
    pub rules: RuleArgs,
}

#[derive(Serialize)]
struct JsonReport<'a> {
    raw: Criticity,
    residual: Criticity,
    decision: Decision,
    #[serde(skip_serializing_if = "Option::is_none")]
    destination: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    max_level: Option<Criticity>,
    #[serde(skip_serializing_if = "Option::is_none")]
    allowed: Option<bool>,
    exit_code: u8,
    reasons: &'a [Reason],
    #[serde(skip_serializing_if = "Vec::is_empty")]
    files: Vec<JsonFile<'a>>,
}

#[derive(Serialize)]
struct JsonFile<'a> {
    path: String,
    raw: Criticity,
    residual: Criticity,
    decision: Decision,
    reasons: &'a [Reason],
}

pub fn run(args: &CheckArgs) -> Result<Outcome> {
    let policy = load_policy(&args.rules)?;
    let engine = build_engine_with(&args.rules, &policy)?;
    let limit = args.routing.limit(&policy)?;
    let inputs = read_inputs(&args.files)?;
    let parts: Vec<Classification> = inputs
        .iter()
        .map(|input| engine.classify_bytes(&input.bytes, &policy))
        .collect();
    let total = Classification::combine(&parts, &policy);
    let allowed = limit.as_ref().map(|l| l.allows(&total));
    let code = match allowed {
        Some(allowed) => limit_code(&total, allowed),
        None => decision_code(total.decision),
    };
    if let Some(path) = args.routing.audit_path(&policy) {
        record(
            path,
            &AuditRun {
                command: "check",
                policy: &policy,
                classification: &total,
                inputs: inputs.iter().map(|i| i.bytes.as_slice()).collect(),
                output: None,
                style: None,
                limit: limit.as_ref(),
                allowed,
            },
        )?;
    }
    let with_paths = inputs.iter().any(|i| i.path.is_some());
    let output = match args.format {
        Format::Json => {
            let report = JsonReport {
                raw: total.raw,
                residual: total.residual,
                decision: total.decision,
                destination: limit.as_ref().and_then(|l| l.destination.as_deref()),
                max_level: limit.as_ref().map(|l| l.max_level),
                allowed,
                exit_code: code,
                reasons: &total.reasons,
                files: if with_paths {
                    inputs
                        .iter()
                        .zip(&parts)
                        .map(|(input, c)| JsonFile {
                            path: input.display(),
                            raw: c.raw,
                            residual: c.residual,
                            decision: c.decision,
                            reasons: &c.reasons,
                        })
                        .collect()
                } else {
                    Vec::new()
                },
            };
            let mut out = serde_json::to_vec(&report)?;
            out.push(b'\n');
            out
        }
        Format::Text => {
            let mut out = String::new();
            if inputs.len() > 1 {
                for (input, c) in inputs.iter().zip(&parts) {
                    writeln!(
                        out,
                        "{}: raw {}, residual {}, decision {}",
                        input.display(),
                        c.raw,
                        c.residual,
                        c.decision
                    )?;
                }
                out.push('\n');
            }
            write_text(&mut out, &total)?;
            if let (Some(l), Some(allowed)) = (&limit, allowed) {
                let verdict = if allowed { "allowed" } else { "refused" };
                writeln!(out, "destination: {}: {verdict}", l.describe())?;
            }
            out.into_bytes()
        }
    };
    Ok(Outcome { output, code })
}

fn write_text(out: &mut String, c: &Classification) -> std::fmt::Result {
    writeln!(out, "raw: {}", c.raw)?;
    writeln!(out, "residual: {}", c.residual)?;
    writeln!(out, "decision: {}", c.decision)?;
    if c.reasons.is_empty() {
        return writeln!(out, "reasons: none");
    }
    writeln!(out, "reasons:")?;
    for r in &c.reasons {
        let after = match (r.source.clone(), r.remaining) {
            (caviard::Source::PersonalDataFile { .. }, _) => "names masked".to_string(),
            (_, 0) => "masked".to_string(),
            (_, n) if n == r.count => "stays after redaction".to_string(),
            (_, n) => format!("{n} stay after redaction"),
        };
        let count = match r.source {
            caviard::Source::PersonalDataFile { .. } => format!("{} people", r.count),
            _ => format!("×{}", r.count),
        };
        writeln!(
            out,
            "  {:<12} {:<34} {:>10}  {after}",
            r.level.as_str(),
            describe_source(&r.source),
            count
        )?;
    }
    Ok(())
}
