//! The embedded TOML files (`patterns/*.toml`), also as JSON made by `build.rs`.
//!
//! Parsing the embedded rule and marker files with the TOML parser was a tenth of the
//! instructions of a `caviard redact` run on a 4 KB prompt. The same data as JSON deserialises
//! into the same structs (same serde attributes: defaults, `deny_unknown_fields`) with
//! serde_json, several times cheaper. Callers look their TOML text up here and fall back to
//! the TOML parser when it is not found (a user file) or, defensively, when the JSON does not
//! deserialise: the TOML parser then gives its usual error. `tests` check that both
//! readings agree for every embedded file.

/// (TOML text, the same document as JSON, the JSON without the rules' examples), for every
/// `patterns/*.toml` that parsed at build time.
const EMBEDDED: &[(&str, &str, &str)] = include!(concat!(env!("OUT_DIR"), "/precompiled.rs"));

mod hir;

/// (regex, its parsed form as written by `hir::encode`), for every regex of the embedded
/// files that parsed at build time.
const HIRS: &[(&str, &[u32])] = include!(concat!(env!("OUT_DIR"), "/precompiled_hir.rs"));

/// The parsed form of each regex, if every one is an embedded rule's regex: the same HIR as
/// `regex_syntax::Parser::new().parse`, built without parsing.
pub(crate) fn hirs<S: AsRef<str>>(regexes: &[S]) -> Option<Vec<regex_syntax::hir::Hir>> {
    regexes
        .iter()
        .map(|regex| {
            let regex = regex.as_ref();
            let (_, code) = HIRS.iter().find(|(r, _)| *r == regex)?;
            hir::decode(code)
        })
        .collect()
}

/// The embedded file whose TOML text is `toml_source`, if it is one.
fn embedded(toml_source: &str) -> Option<&'static (&'static str, &'static str, &'static str)> {
    EMBEDDED
        .iter()
        .find(|(toml, _, _)| std::ptr::eq(*toml, toml_source))
        .or_else(|| EMBEDDED.iter().find(|(toml, _, _)| *toml == toml_source))
}

/// The JSON form of `toml_source`, when it is the text of an embedded file.
pub(crate) fn json_for(toml_source: &str) -> Option<&'static str> {
    embedded(toml_source).map(|(_, json, _)| *json)
}

/// Deserialises an embedded file from its JSON form, if it has one that deserialises.
pub(crate) fn read<T: serde::de::DeserializeOwned>(toml_source: &str) -> Option<T> {
    serde_json::from_str(json_for(toml_source)?).ok()
}

/// As [`read`], from the JSON without the rules' examples.
pub(crate) fn read_lean<T: serde::de::DeserializeOwned>(toml_source: &str) -> Option<T> {
    serde_json::from_str(embedded(toml_source)?.2).ok()
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

    /// Every embedded regex is precompiled, and decodes to the very HIR the parser gives.
    #[test]
    fn every_embedded_regex_decodes_to_its_parsed_hir() {
        let mut checked = 0;
        for (origin, source) in crate::rules::BUILTIN_FILES {
            for def in crate::rules::parse_file(origin, source).expect("parses") {
                let regex = def.spec.regex.as_str();
                let parsed = regex_syntax::Parser::new().parse(regex).expect("parses");
                let decoded = hirs(&[regex]).unwrap_or_else(|| panic!("{origin}: {regex}"));
                assert_eq!(decoded, vec![parsed], "{origin}: {}", def.spec.id);
                checked += 1;
            }
        }
        assert!(checked > 40, "only {checked} regexes");
        assert!(hirs(&["[0-9]{4} (user pattern)"]).is_none());
    }

    /// Each kind of HIR node survives the round trip, captures and look-arounds included.
    #[test]
    fn every_kind_of_node_round_trips() {
        for regex in [
            "",
            "a",
            "(?i)straße",
            "(?-u:[\\x00-\\xff])",
            "^a$|(?m)^b$|\\bword\\b",
            "(?<name>x){2,5}?(y)*z+?",
            "[^a-z]|[\\p{Greek}&&\\p{Ll}]",
            "a{0}",
            "(?:)|b",
        ] {
            let parsed = regex_syntax::ParserBuilder::new()
                .utf8(false)
                .build()
                .parse(regex)
                .expect("parses");
            let mut code = Vec::new();
            hir::encode(&parsed, &mut code);
            assert_eq!(hir::decode(&code), Some(parsed), "{regex}");
        }
        assert_eq!(hir::decode(&[]), None);
        // A concatenation of three with nothing before it.
        assert_eq!(hir::decode(&[7, 3]), None);
    }

    /// The lean JSON is the full one without the examples, and they are all of what it
    /// leaves out.
    #[test]
    fn the_lean_json_lacks_only_the_examples() {
        for (origin, source) in crate::rules::BUILTIN_FILES {
            let mut full = crate::rules::parse_file(origin, source).expect("parses");
            let lean = crate::rules::parse_source_lean(origin, source).expect("parses");
            assert!(full.iter().all(|d| !d.spec.examples.positive.is_empty()));
            for def in &mut full {
                def.spec.examples = Default::default();
            }
            assert_eq!(format!("{full:?}"), format!("{lean:?}"), "{origin}");
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
