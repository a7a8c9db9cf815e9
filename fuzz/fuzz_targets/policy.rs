//! The policy file (`caviard.toml`) parser on arbitrary TOML: never panics, errors are one
//! clean line; a policy that parses reads back from `policy show` and classifies texts
//! consistently.
#![no_main]

use arbitrary::Arbitrary;
use caviard_fuzz::checks;
use libfuzzer_sys::fuzz_target;

#[derive(Arbitrary)]
struct PolicyInput {
    /// How `source` becomes a file: see `checks::policy_file`.
    mode: u8,
    level: u8,
    source: String,
}

/// Prints a ready-to-paste reproduction for `tests/`.
impl std::fmt::Debug for PolicyInput {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "checks::check_policy({:?}, checks::POLICY_TEXT);",
            self.file()
        )
    }
}

impl PolicyInput {
    fn file(&self) -> String {
        checks::policy_file(self.mode, self.level, &self.source)
    }
}

fuzz_target!(|input: PolicyInput| {
    checks::check_policy(&input.file(), checks::POLICY_TEXT);
});
