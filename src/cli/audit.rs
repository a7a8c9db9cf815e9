//! `caviard audit verify FILE`: checks the hash chain of an audit file. Exit code 0 when it
//! is intact, 1 with the first broken line, 2 on error.

use std::path::PathBuf;

use anyhow::Result;
use clap::{Args, Subcommand};

use caviard::audit::{self, Verification};

use super::Outcome;

#[derive(Args, Debug, Clone)]
pub struct AuditArgs {
    #[command(subcommand)]
    pub command: AuditCommand,
}

#[derive(Subcommand, Debug, Clone)]
pub enum AuditCommand {
    /// Check that no record was edited, inserted or deleted (exit 1 and the first broken
    /// line if one was).
    Verify {
        #[arg(value_name = "FILE")]
        file: PathBuf,
    },
}

pub fn run(args: &AuditArgs) -> Result<Outcome> {
    match &args.command {
        AuditCommand::Verify { file } => Ok(match audit::verify(file)? {
            Verification::Intact { records, last } => Outcome {
                output: format!(
                    "{}: intact, {records} records; sha256 of the last line: {last}\n",
                    file.display()
                )
                .into_bytes(),
                code: 0,
            },
            Verification::Broken { line, reason } => Outcome {
                output: format!("{}: broken at line {line}: {reason}\n", file.display())
                    .into_bytes(),
                code: 1,
            },
        }),
    }
}
