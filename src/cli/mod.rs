//! The subcommands of the `caviard` binary, one module each. The library never prints; these
//! modules compute their output, and `main` writes it (or an error) and picks the exit code.

pub mod alloc;
pub mod audit;
pub mod check;
pub mod common;
pub mod policy;
pub mod redact;
pub mod restore;
pub mod routing;
pub mod scan;
pub mod vault;
pub mod watch;

/// What a subcommand produced: the bytes for stdout and the exit code.
#[derive(Debug)]
pub struct Outcome {
    pub output: Vec<u8>,
    pub code: u8,
}

impl From<Vec<u8>> for Outcome {
    fn from(output: Vec<u8>) -> Outcome {
        Outcome { output, code: 0 }
    }
}
