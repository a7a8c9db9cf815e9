//! The embedded TOML files (`patterns/*.toml`), also as JSON made by `build.rs`.
//!
//! Parsing the embedded rule and marker files with the TOML parser was a tenth of the
//! instructions of a `caviard redact` run on a 4 KB prompt. The same data as JSON deserialises
//! into the same structs (same serde attributes: defaults, `deny_unknown_fields`) with
//! serde_json, several times cheaper. Callers look their TOML text up here and fall back to
//! the TOML parser when it is not found (a user file) or, defensively, when the JSON does not
//! deserialise: the TOML parser then gives its usual error. `tests` check that both
//! readings agree for every embedded file.

/// (TOML text, the same document as JSON), for every `patterns/*.toml` that parsed at build
/// time.
const EMBEDDED: &[(&str, &str)] = include!(concat!(env!("OUT_DIR"), "/precompiled.rs"));

/// The JSON form of `toml_source`, when it is the text of an embedded file.
pub(crate) fn json_for(toml_source: &str) -> Option<&'static str> {
    EMBEDDED
        .iter()
        .find(|(toml, _)| std::ptr::eq(*toml, toml_source))
        .or_else(|| EMBEDDED.iter().find(|(toml, _)| *toml == toml_source))
        .map(|(_, json)| *json)
}

/// Deserialises an embedded file from its JSON form, if it has one that deserialises.
pub(crate) fn read<T: serde::de::DeserializeOwned>(toml_source: &str) -> Option<T> {
    serde_json::from_str(json_for(toml_source)?).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_embedded_file_has_its_json() {
        let files = crate::rules::BUILTIN_FILES
            .iter()
            .chain([&crate::markers::MARKERS_FILE]);
        for (origin, source) in files {
            assert!(json_for(source).is_some(), "{origin} is not precompiled");
        }
    }

    /// Every embedded rule file reads the same from its JSON as from its TOML.
    #[test]
    fn the_json_reads_as_the_toml_does() {
        for (origin, source) in crate::rules::BUILTIN_FILES {
            let from_toml = crate::rules::parse_file(origin, source).expect("parses");
            let from_json = crate::rules::parse_source(origin, source).expect("parses");
            assert_eq!(
                format!("{from_toml:?}"),
                format!("{from_json:?}"),
                "{origin}"
            );
        }
        let (origin, source) = crate::markers::MARKERS_FILE;
        let from_toml = crate::markers::parse_markers(origin, source).expect("parses");
        let from_json: crate::markers::MarkersFile = read(source).expect("reads");
        assert_eq!(
            format!("{from_toml:?}"),
            format!("{:?}", from_json.category)
        );
    }
}
