//! Criticity levels for `caviard watch --min-level` and `--mode block`.
//!
//! TEMPORARY: a minimal kind → level table, following the model of the policy issue
//! (public < internal < confidential < secret). When the policy module is merged, replace
//! [`level_of`] and [`Level`] with the policy's classification (which also knows per-rule
//! levels, keywords, the allowlist and the user's `caviard.toml`).

use clap::ValueEnum;

use caviard::{Finding, Kind};

/// How critical a text is; ordered, so that `--min-level` is a comparison.
#[derive(ValueEnum, Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Level {
    /// Nothing sensitive.
    Public,
    /// People, e-mails, phones, client names, postal addresses, company identifiers.
    Internal,
    /// IBAN, cards, NIR, dates of birth.
    Confidential,
    /// Credentials and private keys.
    Secret,
}

impl Level {
    pub fn as_str(self) -> &'static str {
        match self {
            Level::Public => "public",
            Level::Internal => "internal",
            Level::Confidential => "confidential",
            Level::Secret => "secret",
        }
    }
}

/// The level of one kind. To be replaced by the policy's classification when merged.
pub fn level_of(kind: &Kind) -> Level {
    match kind {
        Kind::Secret => Level::Secret,
        Kind::Iban | Kind::CreditCard | Kind::Nir | Kind::DateOfBirth => Level::Confidential,
        Kind::Bic
        | Kind::Siren
        | Kind::Siret
        | Kind::VatFr
        | Kind::Email
        | Kind::Phone
        | Kind::IpAddress
        | Kind::Client
        | Kind::Person
        | Kind::PostalAddress
        | Kind::Custom(_) => Level::Internal,
    }
}

/// The level of a text: that of its most critical finding, `public` when there is none.
pub fn level_of_findings(findings: &[Finding]) -> Level {
    findings
        .iter()
        .map(|f| level_of(&f.kind))
        .max()
        .unwrap_or(Level::Public)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_builtin_kind_is_above_public_and_secrets_are_on_top() {
        for kind in Kind::BUILTIN {
            assert!(level_of(&kind) > Level::Public, "{kind}");
        }
        assert_eq!(level_of(&Kind::Secret), Level::Secret);
        assert_eq!(level_of(&Kind::Iban), Level::Confidential);
        assert_eq!(level_of(&Kind::Person), Level::Internal);
    }

    #[test]
    fn a_text_ranks_as_its_most_critical_finding() {
        use caviard::{Engine, Style};
        let engine = Engine::default();
        let text = "tél. 06 12 34 56 78, IBAN FR76 3000 6000 0112 3456 7890 189";
        let findings = engine.redact(text, &Style::Label).findings;
        assert_eq!(level_of_findings(&findings), Level::Confidential);
        assert_eq!(level_of_findings(&[]), Level::Public);
    }
}
