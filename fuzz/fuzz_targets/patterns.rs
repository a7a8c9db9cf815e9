//! The pattern-file parser and the engine build on arbitrary TOML and regexes: never panics
//! (errors are fine); an engine that builds keeps the redaction contract.
#![no_main]

use arbitrary::Arbitrary;
use caviard_fuzz::checks;
use libfuzzer_sys::fuzz_target;

#[derive(Arbitrary)]
struct PatternsInput {
    /// True: `source` is a whole pattern file. False: it is the regex of a one-rule file.
    whole_file: bool,
    boundary: u8,
    keyword: bool,
    source: String,
}

/// Prints a ready-to-paste reproduction for `tests/`.
impl std::fmt::Debug for PatternsInput {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "checks::check_patterns({:?}, TEXT);", self.file())
    }
}

impl PatternsInput {
    fn file(&self) -> String {
        if self.whole_file {
            self.source.clone()
        } else {
            checks::rule_file_with_regex(&self.source, self.boundary, self.keyword)
        }
    }
}

/// Text the built rules run on, beside the source itself.
const TEXT: &str = "Facture 2024-118, key: abc123, IBAN FR76 3000 6000 0112 3456 7890 189, \
tél. 06 12 34 56 78, jean.dupont@exemple.fr, aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa b\n\u{a0}é€";

fuzz_target!(|input: PatternsInput| {
    checks::check_patterns(&input.file(), TEXT);
});
