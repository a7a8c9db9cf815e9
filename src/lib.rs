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
//! # Performance
//!
//! Build one [`Engine`] and reuse it: building compiles every rule into two multi-pattern
//! automata, which costs milliseconds; scanning does not compile anything. The always-on rules
//! run as one leftmost-first pass of a single `regex_automata::meta::Regex` over the text;
//! keyword-gated rules (secrets) run only on the lines where one of their keywords is found by
//! an Aho-Corasick pass. Validators and context checks run on candidates only, and never
//! allocate. Word boundaries are checked in code rather than with Unicode `\b`, which would
//! push the automata off their fast DFA paths. An [`Engine`] is `Send + Sync` and cheap to
//! clone: share one across threads.
//!
//! # Untrusted input
//!
//! Any `&str` or byte slice may be scanned: the regex engines run in time linear in the input
//! (no backtracking, so no catastrophic patterns, even in user rules), nothing panics on any
//! input, and invalid UTF-8 passes through [`Engine::redact_bytes`] unchanged while detection
//! runs on the valid runs around it. User pattern files are bounded (file size, rule count,
//! regex length, compiled automaton size) and refused with an error that names the file, line
//! and rule. Errors never carry a detected value.

#![deny(clippy::print_stdout, clippy::print_stderr)]

mod engine;
mod error;
mod fake;
mod finding;
mod kind;
mod mask;
mod restore;
pub mod rules;
mod session;
pub mod validate;
pub mod vault;

pub use engine::{Detection, Detector, Engine, EngineBuilder, Redaction};
pub use error::{Error, Result};
pub use finding::{Finding, Span};
pub use kind::Kind;
pub use mask::{normalize_into, HashKey, Mask, Masker, Style};
pub use restore::{Restored, Restorer};
pub use session::{Pseudonyms, Session};
pub use vault::{Vault, VaultError, VaultFile, VaultKey};
