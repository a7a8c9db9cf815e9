//! Typed errors that name the rule, file and line, so the CLI can report them and fail closed.

use std::path::PathBuf;

/// Everything that can go wrong while building an engine or reading its inputs.
/// No variant ever carries a detected value.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("{origin}: {message}")]
    PatternFile { origin: String, message: String },
    #[error("{origin}: rule `{rule}`: {message}")]
    Rule {
        origin: String,
        rule: String,
        message: String,
    },
    #[error("{path}: {source}")]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("{0}")]
    Config(String),
    /// A policy file error; `location` is "file: line L, column C" when known.
    #[error("{location}: {message}")]
    Policy { location: String, message: String },
}

pub type Result<T, E = Error> = std::result::Result<T, E>;
