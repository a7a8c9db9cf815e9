//! The `caviard` command: reads text, writes it redacted (or lists what it found).
//!
//! Exit codes: 0 success, 2 error (nothing unredacted is ever written). A broken pipe on
//! stdout ends the run quietly with 0, as the reader chose to stop.

mod cli;

use std::io;
use std::process::ExitCode;

use anyhow::{Context, Result};
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
    /// Worker threads for large inputs (default: one per core).
    #[arg(long, global = true, value_name = "N")]
    threads: Option<usize>,
}

#[derive(Subcommand, Debug)]
enum Command {
    /// Write the text with each finding replaced; everything else is unchanged, byte for byte.
    Redact(cli::redact::RedactArgs),
    /// List the findings: `path:line:column kind masked-value`, or JSON Lines.
    Scan(cli::scan::ScanArgs),
}

fn run(cli: Cli) -> Result<()> {
    if let Some(threads) = cli.threads {
        rayon::ThreadPoolBuilder::new()
            .num_threads(threads.max(1))
            .build_global()
            .context("starting the worker threads")?;
    }
    match &cli.command {
        None => cli::redact::run(&cli.redact),
        Some(Command::Redact(args)) => cli::redact::run(args),
        Some(Command::Scan(args)) => cli::scan::run(args),
    }
}

/// A closed stdout (`caviard … | head`) is the reader's choice, not an error.
fn is_broken_pipe(err: &anyhow::Error) -> bool {
    err.chain().any(|cause| {
        cause
            .downcast_ref::<io::Error>()
            .is_some_and(|e| e.kind() == io::ErrorKind::BrokenPipe)
    })
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) if is_broken_pipe(&err) => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("caviard: error: {err:#}");
            ExitCode::from(2)
        }
    }
}
