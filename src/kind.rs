//! The kinds of sensitive data caviard knows. Their names are part of the interface: they appear
//! in placeholders (`[IBAN_1]`), in JSON output and in policy files.

use std::fmt;
use std::sync::Arc;

use serde::{Serialize, Serializer};

/// What a finding is. Built-in kinds are variants; user pattern files may declare their own
/// upper-case kind names, carried as [`Kind::Custom`].
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Kind {
    Iban,
    Bic,
    Siren,
    Siret,
    VatFr,
    Nir,
    CreditCard,
    Email,
    Phone,
    IpAddress,
    Client,
    Person,
    PostalAddress,
    DateOfBirth,
    Secret,
    Custom(Arc<str>),
}

impl Kind {
    /// Every built-in kind, in a stable order.
    pub const BUILTIN: [Kind; 15] = [
        Kind::Iban,
        Kind::Bic,
        Kind::Siren,
        Kind::Siret,
        Kind::VatFr,
        Kind::Nir,
        Kind::CreditCard,
        Kind::Email,
        Kind::Phone,
        Kind::IpAddress,
        Kind::Client,
        Kind::Person,
        Kind::PostalAddress,
        Kind::DateOfBirth,
        Kind::Secret,
    ];

    /// The position of a built-in kind in [`Kind::BUILTIN`], `None` for a custom kind: an
    /// index for tables per kind, where comparing kinds one by one mispredicted.
    pub(crate) fn builtin_index(&self) -> Option<usize> {
        Some(match self {
            Kind::Iban => 0,
            Kind::Bic => 1,
            Kind::Siren => 2,
            Kind::Siret => 3,
            Kind::VatFr => 4,
            Kind::Nir => 5,
            Kind::CreditCard => 6,
            Kind::Email => 7,
            Kind::Phone => 8,
            Kind::IpAddress => 9,
            Kind::Client => 10,
            Kind::Person => 11,
            Kind::PostalAddress => 12,
            Kind::DateOfBirth => 13,
            Kind::Secret => 14,
            Kind::Custom(_) => return None,
        })
    }

    pub fn as_str(&self) -> &str {
        match self {
            Kind::Iban => "IBAN",
            Kind::Bic => "BIC",
            Kind::Siren => "SIREN",
            Kind::Siret => "SIRET",
            Kind::VatFr => "VAT_FR",
            Kind::Nir => "NIR",
            Kind::CreditCard => "CREDIT_CARD",
            Kind::Email => "EMAIL",
            Kind::Phone => "PHONE",
            Kind::IpAddress => "IP_ADDRESS",
            Kind::Client => "CLIENT",
            Kind::Person => "PERSON",
            Kind::PostalAddress => "POSTAL_ADDRESS",
            Kind::DateOfBirth => "DATE_OF_BIRTH",
            Kind::Secret => "SECRET",
            Kind::Custom(name) => name,
        }
    }

    /// Parses a kind name. Unknown names are accepted as custom kinds when they look like one
    /// (`[A-Z][A-Z0-9_]*`, at most 32 bytes), so that a placeholder built from them stays
    /// recognisable; anything else is refused.
    pub fn parse(name: &str) -> Option<Kind> {
        if let Some(kind) = Kind::BUILTIN.iter().find(|k| k.as_str() == name) {
            return Some(kind.clone());
        }
        let bytes = name.as_bytes();
        let well_formed = !bytes.is_empty()
            && bytes.len() <= 32
            && bytes[0].is_ascii_uppercase()
            && bytes
                .iter()
                .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit() || *b == b'_');
        well_formed.then(|| Kind::Custom(Arc::from(name)))
    }
}

impl fmt::Display for Kind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for Kind {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtin_names_round_trip() {
        for kind in Kind::BUILTIN {
            assert_eq!(Kind::parse(kind.as_str()), Some(kind.clone()));
        }
    }

    #[test]
    fn builtin_indexes_are_the_positions_in_builtin() {
        for (i, kind) in Kind::BUILTIN.iter().enumerate() {
            assert_eq!(kind.builtin_index(), Some(i), "{kind}");
        }
        assert_eq!(Kind::Custom("ACME".into()).builtin_index(), None);
    }

    #[test]
    fn custom_names_must_look_like_kinds() {
        assert_eq!(
            Kind::parse("CONTRACT_ID").map(|k| k.to_string()),
            Some("CONTRACT_ID".to_string())
        );
        for bad in [
            "",
            "iban",
            "1ABC",
            "A-B",
            "ABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGH",
        ] {
            assert_eq!(Kind::parse(bad), None, "{bad:?}");
        }
    }
}
