//! What a clipboard text is under the policy (`caviard.toml`, the same classification as
//! `caviard check`): its level for `--min-level`, whether `--mode block` must empty the
//! clipboard, and how to tell the user — kinds, counts and marker categories, never values.

use std::collections::BTreeMap;
use std::fmt;

use caviard::{Classification, Criticity, Decision, Finding, Kind, Policy, Source};

use super::super::routing::describe_source;

/// Whether `--mode block` empties the clipboard for this text, and under which decision: when
/// the decision for the text as copied (its raw level under the policy's `[decisions]`) or
/// after redaction is `on-premise` or `block`. The first catches a private key, which
/// redaction would mask (its residual decision is `cloud-redacted`) but which must not sit
/// in the clipboard at all; the second a classification marking that redaction cannot mask.
pub fn blocking_decision(policy: &Policy, c: &Classification) -> Option<Decision> {
    let as_copied = policy.decide(c.raw, c.raw);
    [as_copied, c.decision]
        .into_iter()
        .filter(|d| matches!(d, Decision::OnPremise | Decision::Block))
        .max()
}

/// The level of findings alone (no markers, no keywords): how sensitive the values are.
pub fn level_of_findings<'f>(
    policy: &Policy,
    findings: impl IntoIterator<Item = &'f Finding>,
) -> Criticity {
    findings
        .into_iter()
        .map(|f| policy.level_of(&f.kind, &f.rule))
        .max()
        .unwrap_or(Criticity::Public)
}

/// What made a text sensitive, as `1 IBAN, 2 PERSON, marker health`.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Summary {
    kinds: BTreeMap<Kind, usize>,
    /// Marker categories, policy keywords, personal-data file.
    others: Vec<String>,
}

impl Summary {
    /// Every reason of the classification.
    pub fn of(c: &Classification) -> Summary {
        Summary::select(c, |_| true)
    }

    /// The kinds of the findings only (what redaction masks).
    pub fn kinds(c: &Classification) -> Summary {
        Summary::select(c, |r| matches!(r.source, Source::Finding { .. }))
    }

    /// The reasons that stay after redaction (markers and keywords outside findings) at or
    /// above `min`.
    pub fn remaining(c: &Classification, min: Criticity) -> Summary {
        Summary::select(c, |r| r.remaining > 0 && r.level >= min)
    }

    fn select(c: &Classification, keep: impl Fn(&caviard::Reason) -> bool) -> Summary {
        let mut summary = Summary::default();
        for r in c.reasons.iter().filter(|r| r.count > 0 && keep(r)) {
            match &r.source {
                Source::Finding { kind, .. } => {
                    *summary.kinds.entry(kind.clone()).or_insert(0) += r.count;
                }
                other => {
                    let label = describe_source(other);
                    if !summary.others.contains(&label) {
                        summary.others.push(label);
                    }
                }
            }
        }
        summary
    }

    pub fn is_empty(&self) -> bool {
        self.kinds.is_empty() && self.others.is_empty()
    }

    #[cfg(test)]
    pub fn from_parts(kinds: &[(Kind, usize)], others: &[&str]) -> Summary {
        Summary {
            kinds: kinds.iter().cloned().collect(),
            others: others.iter().map(|s| s.to_string()).collect(),
        }
    }
}

impl fmt::Display for Summary {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let kinds = self.kinds.iter().map(|(kind, n)| format!("{n} {kind}"));
        let parts: Vec<String> = kinds.chain(self.others.iter().cloned()).collect();
        f.write_str(&parts.join(", "))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use caviard::Engine;

    fn classify(policy: &Policy, text: &str) -> Classification {
        let engine = policy.engine_builder(Engine::builder()).build().unwrap();
        engine.classify(text, policy)
    }

    #[test]
    fn block_follows_the_policy_decisions() {
        let default = Policy::default();
        let table = [
            // A private key: secret as copied (on-premise), masked after redaction.
            (
                "-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW\n-----END OPENSSH PRIVATE KEY-----\n",
                Some(Decision::OnPremise),
            ),
            // A classification marking stays after redaction.
            ("Note DIFFUSION RESTREINTE", Some(Decision::OnPremise)),
            // Confidential: sovereign, not blocked by default.
            ("IBAN FR76 3000 6000 0112 3456 7890 189", None),
            ("Bonjour", None),
        ];
        for (text, expected) in table {
            let c = classify(&default, text);
            assert_eq!(blocking_decision(&default, &c), expected, "{text}");
        }
        let strict =
            Policy::from_toml("t.toml", "[decisions]\nconfidential = \"on-premise\"\n").unwrap();
        let c = classify(&strict, "IBAN FR76 3000 6000 0112 3456 7890 189");
        assert_eq!(blocking_decision(&strict, &c), Some(Decision::OnPremise));
    }

    #[test]
    fn levels_come_from_the_policy() {
        let engine = Engine::default();
        let text = "tél. 06 12 34 56 78, IBAN FR76 3000 6000 0112 3456 7890 189";
        let findings = engine.scan(text);
        let default = Policy::default();
        assert_eq!(
            level_of_findings(&default, &findings),
            Criticity::Confidential
        );
        assert_eq!(level_of_findings(&default, &[]), Criticity::Public);
        let policy = Policy::from_toml("t.toml", "[kinds]\nIBAN = \"internal\"\n").unwrap();
        assert_eq!(level_of_findings(&policy, &findings), Criticity::Internal);
    }

    #[test]
    fn summaries_name_kinds_and_markers_never_values() {
        let policy = Policy::default();
        let c = classify(
            &policy,
            "Arrêt maladie : écrire à paul@exemple.fr ou paul@exemple.fr, IBAN FR76 3000 6000 0112 3456 7890 189",
        );
        assert_eq!(
            Summary::of(&c).to_string(),
            "1 IBAN, 2 EMAIL, marker health"
        );
        assert_eq!(
            Summary::remaining(&c, Criticity::Internal).to_string(),
            "marker health"
        );
        assert!(Summary::remaining(&c, Criticity::Secret).is_empty());
    }
}
