//! Reversible pseudonymisation on arbitrary input: prompts redacted through one session
//! round-trip through restore, and streaming restore does not depend on how its input is cut.
#![no_main]

use arbitrary::Arbitrary;
use caviard_fuzz::checks;
use libfuzzer_sys::fuzz_target;

/// One input. The bytes come last so that a seed file is 6 header bytes followed by a
/// realistic conversation (prompts separated by NUL bytes).
#[derive(Arbitrary)]
struct RestoreInput {
    fakes: bool,
    secret: u8,
    split: [u8; 4],
    bytes: Vec<u8>,
}

/// Prints a ready-to-paste reproduction for `tests/`.
impl std::fmt::Debug for RestoreInput {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "checks::check_restore(b\"{}\", {}, {}, {:?});",
            self.bytes.escape_ascii(),
            self.fakes,
            self.secret,
            self.split
        )
    }
}

fuzz_target!(|input: RestoreInput| {
    checks::check_restore(&input.bytes, input.fakes, input.secret, input.split);
});
