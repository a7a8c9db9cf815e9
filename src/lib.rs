//! caviard finds the sensitive data in French and European business text — bank and company
//! identifiers, personal data, secrets — and masks it before the text goes to an AI model.
//!
//! ```
//! use caviard::{Engine, Style};
//!
//! let engine = Engine::default();
//! let text = "Merci de virer sur FR76 3000 6000 0112 3456 7890 189, tél. 06 12 34 56 78.";
//! let redaction = engine.redact(text, &Style::Placeholder);
//! assert_eq!(redaction.text, "Merci de virer sur [IBAN_1], tél. [PHONE_1].");
//! assert_eq!(redaction.findings[0].kind.as_str(), "IBAN");
//! ```
//!
//! Rules are data: `patterns/*.toml`, embedded at compile time and extendable with user files
//! through [`EngineBuilder::patterns_file`]. Each rule is a regex confirmed by an optional
//! validator (checksums such as mod-97 or Luhn), context words and a boundary check.
//!
//! # Criticity and routing
//!
//! [`Engine::classify`] tells how sensitive a text is ([`Criticity`]: public, internal,
//! confidential, secret), before and after redaction, and where it may go ([`Decision`]),
//! under a [`Policy`] (`caviard.toml`: levels per kind and rule, decisions, destinations,
//! allowlist, the company's keywords). Markers — RGPD special categories, business-secret and
//! classification markings ([`markers`]) — are words, not values: they survive redaction. The
//! [`audit`] module keeps a hash-chained trail of runs without any detected value.
//!
//! # Performance
//!
//! Build one [`Engine`] and reuse it: the embedded rules are compiled when a text first needs
//! them (user pattern files when the engine is built, so that their errors show at once), and
//! never again. Digit-anchored rules (IBAN, SIRET, phones, cards…) run only in windows around
//! digits: their possible starts are found sixteen bytes at a time, and each gets one anchored
//! walk of a lazy DFA that reports every rule matching there. Keyword-gated rules (e-mails,
//! addresses, secrets…) run only on the lines holding one of their keywords, found by one
//! Aho-Corasick (Teddy) pass; the remaining rules run as one pass of a multi-pattern
//! `regex_automata::meta::Regex`. Validators and context checks run on candidates only. Word
//! boundaries are checked in code rather than with Unicode `\b`, which would push the automata
//! off their fast DFA paths. An [`Engine`] is `Send + Sync` and cheap to clone: share one
//! across threads. Measured figures are in the README.
//!
//! # Untrusted input
//!
//! Any `&str` or byte slice may be scanned: the regex engines run in time linear in the input
//! (no backtracking, so no catastrophic patterns, even in user rules), nothing panics on any
//! input, and invalid UTF-8 passes through [`Engine::redact_bytes`] unchanged while detection
//! runs on the valid runs around it. User pattern files are bounded (file size, rule count,
//! regex length, compiled automaton size) and refused with an error that names the file, line
//! and rule. Errors never carry a detected value. The only `unsafe` code is SIMD byte
//! classification (the digit windows' starts, the PERSON detector's search for capitalised
//! words, the client list's folding of plain ASCII runs and its search for word starts in SSE2,
//! and the evasion prescan in SSE2 or, where the processor has it, AVX2, checked at run time),
//! which reads nothing but fixed-size arrays (16, 17, 18, 34 and 64 bytes) and writes only
//! 16-byte arrays. The
//! `caviard` binary (not this library) adds its global allocator, `src/cli/alloc.rs`: the system
//! allocator, keeping freed blocks of the NFA compiler's 320 KB table for the next compile and
//! mapping a new one's pages in one `madvise`.
//!
//! The limits, for user pattern files: 4 MiB per file ([`EngineBuilder::patterns_file`]),
//! [`rules::MAX_RULES_PER_FILE`] rules, [`rules::MAX_REGEX_LEN`] bytes per regex,
//! [`rules::MAX_KEYWORDS_PER_RULE`] keywords per rule, and a compiled size bound on each regex.
//! Patterns that are exponential for backtracking engines, such as `(a*)*b` or `(a|a)*c`, run
//! here in linear time (`tests/untrusted_patterns.rs` runs them on a megabyte of input).
//!
//! Text written to evade detection is normalised before it is scanned — zero-width characters
//! dropped, full-width forms and Cyrillic/Greek look-alikes folded to ASCII, "(at)" and
//! "(point)" read as "@" and "." — on the lines that hold such characters only, and each
//! finding is mapped back to the original bytes: the output outside findings is unchanged.

#![deny(clippy::print_stdout, clippy::print_stderr)]

mod allow;
pub mod audit;
mod classify;
pub mod clients;
mod engine;
mod error;
mod evasion;
mod fake;
mod finding;
mod fold;
mod kind;
pub mod markers;
mod mask;
mod person;
pub mod policy;
mod precompiled;
mod prehashed;
mod restore;
pub mod rules;
mod session;
#[cfg(all(target_arch = "x86_64", target_feature = "sse2"))]
mod sse2;
mod stream;
#[cfg(test)]
mod test_rng;
pub mod validate;
pub mod vault;

/// The length in bytes of the longest of `words`: the bound of the scans that compare a text's
/// words with a fixed table (legal forms, company markers, key names), worked out from the
/// table itself so that it follows the table's edits.
pub(crate) const fn longest_len(words: &[&str]) -> usize {
    let mut longest = 0;
    let mut i = 0;
    while i < words.len() {
        if words[i].len() > longest {
            longest = words[i].len();
        }
        i += 1;
    }
    longest
}

pub use classify::{Classification, Criticity, Decision, Reason, Source};
pub use clients::{ClientList, ClientWarning, WarningReason};
pub use engine::{mask_findings, Detection, Detector, Engine, EngineBuilder, Redaction};
pub use error::{Error, Result};
pub use finding::{Finding, Span};
pub use kind::Kind;
pub use mask::{normalize_into, HashKey, Mask, Masker, Style};
pub use person::PersonDetector;
pub use policy::{Policy, PolicyConfig};
pub use restore::{Restored, Restorer};
pub use session::{Pseudonyms, Session};
pub use stream::{redact_stream, ChunkConfig, StreamStats};
pub use vault::{Vault, VaultError, VaultFile, VaultKey};
