//! What `check` and `redact` share about routing: the destination or level asked for, whether
//! a classification fits it, the exit codes, and the audit record.

use std::path::{Path, PathBuf};

use anyhow::{Context, Result};
use clap::Args;

use caviard::{audit, Classification, Criticity, Decision, Policy, Source};

/// `--to`, `--max-level` and `--audit`.
#[derive(Args, Debug, Clone, Default)]
pub struct RoutingArgs {
    /// A destination of the policy (`[destinations.NAME] max-level = "…"`); built in:
    /// public-cloud (internal), sovereign-cloud (confidential), on-premise (secret).
    #[arg(long, value_name = "DESTINATION")]
    pub to: Option<String>,
    /// The highest residual level allowed: public, internal, confidential or secret.
    #[arg(long, value_name = "LEVEL", conflicts_with = "to")]
    pub max_level: Option<Criticity>,
    /// Append a record of this run to this audit file (overrides `audit` in the policy).
    #[arg(long, value_name = "FILE")]
    pub audit: Option<PathBuf>,
}

/// The limit a run must respect, if any.
#[derive(Debug, Clone)]
pub struct Limit {
    pub destination: Option<String>,
    pub max_level: Criticity,
}

impl RoutingArgs {
    /// Resolves `--to` against the policy (an unknown destination is an error).
    pub fn limit(&self, policy: &Policy) -> Result<Option<Limit>> {
        Ok(match (&self.to, self.max_level) {
            (Some(name), _) => Some(Limit {
                destination: Some(name.clone()),
                max_level: policy.destination(name)?,
            }),
            (None, Some(max_level)) => Some(Limit {
                destination: None,
                max_level,
            }),
            (None, None) => None,
        })
    }

    /// `--audit`, else the policy's `audit`.
    pub fn audit_path<'a>(&'a self, policy: &'a Policy) -> Option<&'a Path> {
        self.audit
            .as_deref()
            .or(policy.config().audit.as_deref().map(Path::new))
    }
}

impl Limit {
    /// A text may go when its residual level fits and the policy does not block it.
    pub fn allows(&self, c: &Classification) -> bool {
        c.decision != Decision::Block && c.residual <= self.max_level
    }

    pub fn describe(&self) -> String {
        match &self.destination {
            Some(name) => format!("{name} (max-level {})", self.max_level),
            None => format!("max-level {}", self.max_level),
        }
    }
}

/// `check`'s exit code for a decision: 0 cloud, 10 cloud-redacted, 20 sovereign or
/// on-premise, 30 block.
pub fn decision_code(decision: Decision) -> u8 {
    match decision {
        Decision::Cloud => 0,
        Decision::CloudRedacted => 10,
        Decision::Sovereign | Decision::OnPremise => 20,
        Decision::Block => 30,
    }
}

/// The exit code when a limit was given: 0 allowed, 30 blocked, 20 otherwise.
pub fn limit_code(c: &Classification, allowed: bool) -> u8 {
    match (allowed, c.decision) {
        (true, _) => 0,
        (false, Decision::Block) => 30,
        (false, _) => 20,
    }
}

/// The reasons still present after redaction above `max`, as "marker health ×2" — never a
/// value.
pub fn remaining_above(c: &Classification, max: Criticity) -> String {
    let parts: Vec<String> = c
        .reasons
        .iter()
        .filter(|r| r.remaining > 0 && r.level > max)
        .map(|r| format!("{} ×{}", describe_source(&r.source), r.remaining))
        .collect();
    if parts.is_empty() {
        "the policy blocks it".to_string()
    } else {
        parts.join(", ")
    }
}

pub fn describe_source(source: &Source) -> String {
    match source {
        Source::Finding { kind, rule } => format!("{kind} (rule {rule})"),
        Source::Marker { category } => format!("marker {category}"),
        Source::Keyword => "policy keywords".to_string(),
        Source::PersonalDataFile { threshold } => {
            format!("personal-data file (more than {threshold} people)")
        }
    }
}

/// What a run records in the audit trail.
pub struct AuditRun<'a> {
    pub command: &'a str,
    pub policy: &'a Policy,
    pub classification: &'a Classification,
    pub inputs: Vec<&'a [u8]>,
    pub output: Option<&'a [u8]>,
    pub style: Option<&'a str>,
    pub limit: Option<&'a Limit>,
    pub allowed: Option<bool>,
}

pub fn record(path: &Path, run: &AuditRun<'_>) -> Result<()> {
    let event = audit::Event {
        command: run.command,
        policy: run.policy,
        classification: run.classification,
        inputs: &run.inputs,
        output: run.output,
        style: run.style,
        destination: run.limit.and_then(|l| l.destination.as_deref()),
        max_level: run.limit.map(|l| l.max_level),
        allowed: run.allowed,
    };
    audit::append(path, &event)
        .with_context(|| format!("writing the audit record to {}", path.display()))
}
