//! The subcommands of the `caviard` binary, one module each. The library never prints; these
//! modules compute their output, and `main` writes it (or an error) and picks the exit code.

pub mod common;
pub mod redact;
pub mod scan;
pub mod watch;
