//! The `caviard` command: reads text, writes it redacted (or lists what it found).
//!
//! Exit codes: 0 success, 2 error (nothing unredacted is written). A broken pipe on stdout
//! ends the run quietly with 0, as the reader chose to stop.

mod cli;

use std::io::{self, Write};
use std::process::ExitCode;

use anyhow::Result;
use clap::{Parser, Subcommand};

#[derive(Parser, Debug)]
#[command(
    name = "caviard",
    version,
    about = "Masks the sensitive data in French/European business text before it goes to an AI model",
    long_about = "Masks the sensitive data in French/European business text (IBAN, SIREN, SIRET, \
VAT, NIR, cards, e-mails, phones, IP addresses…) before it goes to an AI model.\n\n\
With no subcommand, caviard redacts: `caviard < mail.txt | llm`.",
    after_help = "Exit codes: 0 success; 2 error (nothing unredacted is written to stdout).",
    args_conflicts_with_subcommands = true
)]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
    #[command(flatten)]
    redact: cli::redact::RedactArgs,
}

#[derive(Subcommand, Debug)]
enum Command {
    /// Write the text with each finding replaced; everything else is unchanged, byte for byte.
    Redact(cli::redact::RedactArgs),
    /// List the findings: `path:line:column kind masked-value`, or JSON Lines.
    Scan(cli::scan::ScanArgs),
    /// Guard the clipboard until Ctrl-C: redact (or warn about, or block) sensitive text copied.
    Watch(cli::watch::WatchArgs),
}

fn run(cli: Cli) -> Result<Vec<u8>> {
    match &cli.command {
        None => cli::redact::run(&cli.redact),
        Some(Command::Redact(args)) => cli::redact::run(args),
        Some(Command::Scan(args)) => cli::scan::run(args),
        Some(Command::Watch(args)) => cli::watch::run(args),
    }
}
fn main() -> ExitCode {
    let cli = Cli::parse();
    // Everything is computed before anything is written: on error, stdout stays empty.
    let output = match run(cli) {
        Ok(output) => output,
        Err(err) => {
            eprintln!("caviard: error: {err:#}");
            return ExitCode::from(2);
        }
    };
    let mut stdout = io::stdout().lock();
    match stdout.write_all(&output).and_then(|()| stdout.flush()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) if err.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("caviard: error: writing the output: {err}");
            ExitCode::from(2)
        }
    }
}
