//! `Engine::redact` and `Engine::redact_bytes` on arbitrary input with the default rules, and
//! `Engine::redact` with a small client list too: never panics, keeps every byte outside
//! findings, leaves no finding's value in the output.
#![no_main]

use arbitrary::Arbitrary;
use caviard_fuzz::checks;
use libfuzzer_sys::fuzz_target;

/// One input. The bytes come last so that a seed file is a 1-byte style followed by a
/// realistic document.
#[derive(Arbitrary)]
struct RedactInput {
    style: u8,
    bytes: Vec<u8>,
}

/// Prints a ready-to-paste reproduction for `tests/`.
impl std::fmt::Debug for RedactInput {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let style = format!("{:?}", checks::style(self.style));
        match std::str::from_utf8(&self.bytes) {
            Ok(text) => write!(
                f,
                "checks::check_redact(checks::default_engine(), {text:?}, {style_choice}, true); \
                 checks::check_redact(checks::clients_engine(), {text:?}, {style_choice}, true); \
                 // {style}",
                style_choice = self.style
            ),
            Err(_) => write!(
                f,
                "checks::check_redact_bytes(checks::default_engine(), b\"{}\", {}); // {style}",
                self.bytes.escape_ascii(),
                self.style
            ),
        }
    }
}

fuzz_target!(|input: RedactInput| {
    let engine = checks::default_engine();
    checks::check_redact_bytes(engine, &input.bytes, input.style);
    let text = String::from_utf8_lossy(&input.bytes);
    checks::check_redact(engine, &text, input.style, true);
    checks::check_redact(checks::clients_engine(), &text, input.style, true);
});
