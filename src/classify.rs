//! Criticity and routing: how sensitive a text is, before and after redaction, and where it
//! may go. The names here (levels, decisions) are part of the interface: they appear in
//! policy files, in `caviard check` output and in audit records.
//!
//! ```
//! use caviard::{Criticity, Decision, Engine, Policy};
//!
//! let engine = Engine::default();
//! let policy = Policy::default();
//! let c = engine.classify("Virement sur FR76 3000 6000 0112 3456 7890 189 svp.", &policy);
//! assert_eq!(c.raw, Criticity::Confidential);       // an IBAN
//! assert_eq!(c.residual, Criticity::Public);         // masked, it no longer counts
//! assert_eq!(c.decision, Decision::CloudRedacted);
//!
//! let c = engine.classify("Mme Roux est en arrêt maladie jusqu'au 14 mars.", &policy);
//! assert_eq!(c.residual, Criticity::Confidential);   // the marker survives redaction
//! assert_eq!(c.decision, Decision::Sovereign);
//! ```

use std::collections::{BTreeMap, HashMap, HashSet};
use std::fmt;
use std::str::FromStr;
use std::sync::Arc;

use serde::{Deserialize, Serialize};

use crate::engine::Engine;
use crate::finding::{Finding, Span};
use crate::kind::Kind;
use crate::mask::normalize_into;
use crate::policy::{GroupSource, Policy};

/// How sensitive a text is. Ordered: `public < internal < confidential < secret`.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
#[serde(rename_all = "lowercase")]
pub enum Criticity {
    /// Nothing sensitive.
    #[default]
    Public,
    /// People, e-mails, phones, client names, postal addresses, company identifiers.
    Internal,
    /// Bank and card numbers, NIR, dates of birth, RGPD special categories, business secrets,
    /// files listing many people.
    Confidential,
    /// Credentials and private keys, classified information.
    Secret,
}

impl Criticity {
    pub const ALL: [Criticity; 4] = [
        Criticity::Public,
        Criticity::Internal,
        Criticity::Confidential,
        Criticity::Secret,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Criticity::Public => "public",
            Criticity::Internal => "internal",
            Criticity::Confidential => "confidential",
            Criticity::Secret => "secret",
        }
    }
}

impl fmt::Display for Criticity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for Criticity {
    type Err = String;
    fn from_str(s: &str) -> Result<Criticity, String> {
        Criticity::ALL
            .into_iter()
            .find(|c| c.as_str() == s)
            .ok_or_else(|| {
                format!("unknown level `{s}` (expected public, internal, confidential or secret)")
            })
    }
}

/// Where a text may go. Ordered from the most open to the most closed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Decision {
    /// Nothing sensitive: a public cloud model, as is.
    Cloud,
    /// A public cloud model, once redacted.
    CloudRedacted,
    /// Only an EU-hosted model under a no-training contract, or on premise.
    Sovereign,
    /// On premise only.
    OnPremise,
    /// Nowhere.
    Block,
}

impl Decision {
    pub const ALL: [Decision; 5] = [
        Decision::Cloud,
        Decision::CloudRedacted,
        Decision::Sovereign,
        Decision::OnPremise,
        Decision::Block,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Decision::Cloud => "cloud",
            Decision::CloudRedacted => "cloud-redacted",
            Decision::Sovereign => "sovereign",
            Decision::OnPremise => "on-premise",
            Decision::Block => "block",
        }
    }
}

impl fmt::Display for Decision {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// What raised the level: a kind of finding, a marker category, the policy's keywords, or a
/// file listing many people. Never a value.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(tag = "source", rename_all = "kebab-case")]
pub enum Source {
    /// Findings of one kind confirmed by one rule; masked by redaction.
    Finding { kind: Kind, rule: Arc<str> },
    /// Words of a marker category (`health`, `business-secret`, `classified`…); they stay.
    Marker { category: Arc<str> },
    /// Words or patterns of the policy's `[keywords.LEVEL]`; they stay.
    Keyword,
    /// More than `threshold` distinct people (PERSON findings): a personal-data file. Masking
    /// the names removes it.
    PersonalDataFile { threshold: usize },
}

/// One reason for a level, with how many times it occurred and how many of those remain in
/// the redacted text.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Reason {
    #[serde(flatten)]
    pub source: Source,
    pub level: Criticity,
    pub count: usize,
    /// Occurrences still present after redaction (markers and keywords outside findings).
    pub remaining: usize,
}

/// The criticity of a text and where it may go.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Classification {
    /// The level of the text as given.
    pub raw: Criticity,
    /// The level of what remains after redaction (in any style: every style masks every
    /// finding, so the residual level does not depend on it).
    pub residual: Criticity,
    pub decision: Decision,
    /// Sorted: highest level first.
    pub reasons: Vec<Reason>,
}

impl Classification {
    /// Builds a classification from its reasons under `policy`'s decisions.
    pub fn from_reasons(mut reasons: Vec<Reason>, policy: &Policy) -> Classification {
        reasons.sort_by(|a, b| b.level.cmp(&a.level).then_with(|| a.source.cmp(&b.source)));
        let raw = reasons
            .iter()
            .filter(|r| r.count > 0)
            .map(|r| r.level)
            .max()
            .unwrap_or_default();
        let residual = reasons
            .iter()
            .filter(|r| r.remaining > 0)
            .map(|r| r.level)
            .max()
            .unwrap_or_default();
        Classification {
            raw,
            residual,
            decision: policy.decide(raw, residual),
            reasons,
        }
    }

    /// The classification of several texts sent together: reasons add up, levels take the
    /// maximum.
    pub fn combine(parts: &[Classification], policy: &Policy) -> Classification {
        let mut merged: BTreeMap<(Source, Criticity), (usize, usize)> = BTreeMap::new();
        for part in parts {
            for r in &part.reasons {
                let e = merged.entry((r.source.clone(), r.level)).or_insert((0, 0));
                e.0 += r.count;
                e.1 += r.remaining;
            }
        }
        let reasons = merged
            .into_iter()
            .map(|((source, level), (count, remaining))| Reason {
                source,
                level,
                count,
                remaining,
            })
            .collect();
        Classification::from_reasons(reasons, policy)
    }

    /// Findings per kind, summed over rules.
    pub fn counts_per_kind(&self) -> BTreeMap<String, usize> {
        let mut out = BTreeMap::new();
        for r in &self.reasons {
            if let Source::Finding { kind, .. } = &r.source {
                *out.entry(kind.to_string()).or_default() += r.count;
            }
        }
        out
    }
}

impl Policy {
    /// Classifies a text from its findings (as returned by [`Engine::scan_bytes`] on the same
    /// bytes, so that the engine runs once for both redaction and classification).
    pub fn classify(&self, text: &[u8], findings: &[Finding]) -> Classification {
        // Counted in flat tables first (few distinct rules, groups indexed by number), so
        // that a text with many findings or markers costs no map operation per occurrence.
        // Keyed by the rule's `Arc` address: findings of one rule share it. Two entries for
        // one rule (a detector allocating its id per detection) merge below.
        let mut per_rule: HashMap<(usize, &Kind), (&Finding, usize)> = HashMap::new();
        let mut people = HashSet::new();
        let mut scratch = String::new();
        for f in findings {
            let key = (Arc::as_ptr(&f.rule) as *const u8 as usize, &f.kind);
            per_rule.entry(key).or_insert((f, 0)).1 += 1;
            if f.kind == Kind::Person {
                if let Ok(value) = std::str::from_utf8(&text[f.span.start..f.span.end]) {
                    normalize_into(&f.kind, value, &mut scratch);
                    if !people.contains(scratch.as_str()) {
                        people.insert(scratch.clone());
                    }
                }
            }
        }
        // (source, level) → (count, remaining after redaction)
        let mut per_source: BTreeMap<(Source, Criticity), (usize, usize)> = BTreeMap::new();
        for (f, n) in per_rule.into_values() {
            let level = self.level_of(&f.kind, &f.rule);
            let source = Source::Finding {
                kind: f.kind.clone(),
                rule: f.rule.clone(),
            };
            per_source.entry((source, level)).or_default().0 += n;
        }
        let threshold = self.config().thresholds.personal_data_file;
        if people.len() > threshold {
            per_source.insert(
                (
                    Source::PersonalDataFile { threshold },
                    Criticity::Confidential,
                ),
                (people.len(), 0),
            );
        }
        let mut per_group: Vec<(usize, usize)> = Vec::new();
        for (group, span) in self.find_words(text) {
            if per_group.len() <= group {
                per_group.resize(group + 1, (0, 0));
            }
            per_group[group].0 += 1;
            if !overlaps_any(findings, span) {
                per_group[group].1 += 1;
            }
        }
        for (group, (count, remaining)) in per_group.into_iter().enumerate() {
            if count == 0 {
                continue;
            }
            let key = match self.group(group) {
                GroupSource::Marker { category, level } => (
                    Source::Marker {
                        category: category.clone(),
                    },
                    *level,
                ),
                GroupSource::Keyword { level } => (Source::Keyword, *level),
            };
            let entry = per_source.entry(key).or_default();
            entry.0 += count;
            entry.1 += remaining;
        }
        let reasons = per_source
            .into_iter()
            .map(|((source, level), (count, remaining))| Reason {
                source,
                level,
                count,
                remaining,
            })
            .collect();
        Classification::from_reasons(reasons, self)
    }
}

/// Whether `span` overlaps one of `findings` (sorted by position, disjoint).
fn overlaps_any(findings: &[Finding], span: Span) -> bool {
    let i = findings.partition_point(|f| f.span.end <= span.start);
    findings.get(i).is_some_and(|f| f.span.overlaps(&span))
}

impl Engine {
    /// The criticity of `text` and its routing decision under `policy`. Build the engine with
    /// [`Policy::engine_builder`] so that the policy's allowlist applies to its findings.
    pub fn classify(&self, text: &str, policy: &Policy) -> Classification {
        let findings = self.scan(text);
        policy.classify(text.as_bytes(), &findings)
    }

    /// As [`Engine::classify`], for bytes that may not be valid UTF-8.
    pub fn classify_bytes(&self, bytes: &[u8], policy: &Policy) -> Classification {
        let findings = self.scan_bytes(bytes);
        policy.classify(bytes, &findings)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_policy_is_shared_across_threads() {
        fn send_sync<T: Send + Sync>() {}
        send_sync::<Policy>();
        send_sync::<Classification>();
    }

    #[test]
    fn levels_and_decisions_are_ordered_and_named() {
        assert!(Criticity::Public < Criticity::Internal);
        assert!(Criticity::Internal < Criticity::Confidential);
        assert!(Criticity::Confidential < Criticity::Secret);
        for c in Criticity::ALL {
            assert_eq!(c.as_str().parse::<Criticity>(), Ok(c));
            assert_eq!(
                serde_json::to_string(&c).unwrap(),
                format!("\"{}\"", c.as_str())
            );
        }
        for d in Decision::ALL {
            assert_eq!(
                serde_json::to_string(&d).unwrap(),
                format!("\"{}\"", d.as_str())
            );
        }
        assert!("top".parse::<Criticity>().is_err());
    }

    #[test]
    fn reasons_serialise_without_values() {
        let r = Reason {
            source: Source::Finding {
                kind: Kind::Iban,
                rule: Arc::from("iban"),
            },
            level: Criticity::Confidential,
            count: 2,
            remaining: 0,
        };
        assert_eq!(
            serde_json::to_string(&r).unwrap(),
            r#"{"source":"finding","kind":"IBAN","rule":"iban","level":"confidential","count":2,"remaining":0}"#
        );
    }

    fn classify(text: &str) -> Classification {
        Engine::default().classify(text, &Policy::default())
    }

    #[test]
    fn raw_and_residual_levels() {
        let table = [
            (
                "Réunion jeudi 14 h en salle B.",
                Criticity::Public,
                Criticity::Public,
                Decision::Cloud,
            ),
            (
                "Écrire à compta@exemple.fr ou au 06 12 34 56 78.",
                Criticity::Internal,
                Criticity::Public,
                Decision::CloudRedacted,
            ),
            (
                "IBAN FR76 3000 6000 0112 3456 7890 189",
                Criticity::Confidential,
                Criticity::Public,
                Decision::CloudRedacted,
            ),
            (
                "Arrêt maladie de paul@exemple.fr du 3 au 10 mars.",
                Criticity::Confidential,
                Criticity::Confidential,
                Decision::Sovereign,
            ),
            (
                "Note DIFFUSION RESTREINTE",
                Criticity::Secret,
                Criticity::Secret,
                Decision::OnPremise,
            ),
        ];
        for (text, raw, residual, decision) in table {
            let c = classify(text);
            assert_eq!(
                (c.raw, c.residual, c.decision),
                (raw, residual, decision),
                "{text}"
            );
        }
    }

    #[test]
    fn a_marker_inside_a_finding_is_masked_with_it() {
        // The marker word is part of an e-mail address: masking the address removes it.
        let c = classify("Écrire à confidentiel@exemple.fr");
        assert_eq!(c.raw, Criticity::Confidential);
        assert_eq!(c.residual, Criticity::Public);
    }

    #[test]
    fn combine_adds_counts_and_takes_the_maximum() {
        let policy = Policy::default();
        let a = classify("IBAN FR76 3000 6000 0112 3456 7890 189");
        let b = classify("Arrêt maladie, IBAN FR76 3000 6000 0112 3456 7890 189");
        let c = Classification::combine(&[a, b], &policy);
        assert_eq!(c.raw, Criticity::Confidential);
        assert_eq!(c.residual, Criticity::Confidential);
        assert_eq!(c.counts_per_kind().get("IBAN"), Some(&2));
    }
}
