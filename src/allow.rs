//! The allowlist: values the company never wants flagged (its own public SIRET, its support
//! e-mail). An entry matches a finding of any kind whose value normalises to the same form,
//! so "732 829 320" also allows "732829320".

use std::collections::{HashMap, HashSet};

use crate::finding::Finding;
use crate::kind::Kind;
use crate::mask::normalize_into;

/// Entries normalised once per built-in kind (and once for custom kinds), so that a finding
/// is checked with one normalisation and one hash lookup.
#[derive(Debug, Default)]
pub(crate) struct Allowlist {
    /// Kind name (empty for custom kinds) → normalised allowed values.
    by_kind: HashMap<String, HashSet<String>>,
}

const CUSTOM: &str = "";

impl Allowlist {
    pub fn new(values: &[String]) -> Allowlist {
        let mut by_kind: HashMap<String, HashSet<String>> = HashMap::new();
        let custom = Kind::Custom(std::sync::Arc::from("CUSTOM"));
        let mut scratch = String::new();
        for value in values {
            for kind in Kind::BUILTIN.iter().chain(std::iter::once(&custom)) {
                normalize_into(kind, value, &mut scratch);
                if !scratch.is_empty() {
                    by_kind
                        .entry(key(kind).to_string())
                        .or_default()
                        .insert(scratch.clone());
                }
            }
        }
        Allowlist { by_kind }
    }

    pub fn is_empty(&self) -> bool {
        self.by_kind.is_empty()
    }

    /// Whether `finding`, whose text is `value`, is allowed.
    pub fn allows(&self, finding: &Finding, value: &str, scratch: &mut String) -> bool {
        let Some(set) = self.by_kind.get(key(&finding.kind)) else {
            return false;
        };
        normalize_into(&finding.kind, value, scratch);
        set.contains(scratch.as_str())
    }
}

fn key(kind: &Kind) -> &str {
    match kind {
        Kind::Custom(_) => CUSTOM,
        k => k.as_str(),
    }
}
