//! The `caviard` command: reads text, writes it redacted (or lists what it found).
//!
//! Exit codes: 0 success, 2 error (nothing unredacted is ever written). `check` exits with its
//! decision (0, 10, 20, 30), `redact --to` with 20/30 when it refuses, `audit verify` with 1
//! on a broken chain. A broken pipe on stdout ends the run quietly with the same code, as the
//! reader chose to stop.

mod cli;

use std::io::{self, Write};
use std::process::ExitCode;

use anyhow::{Context, Result};
use clap::{Parser, Subcommand};

/// Keeps freed large blocks for reuse: see the module's docs (page faults at start-up).
#[global_allocator]
static ALLOCATOR: cli::alloc::ReusingAllocator = cli::alloc::ReusingAllocator::new();

#[derive(Parser, Debug)]
#[command(
    name = "caviard",
    version,
    about = "Masks the sensitive data in French/European business text before it goes to an AI model",
    long_about = "Masks the sensitive data in French/European business text (IBAN, SIREN, SIRET, \
VAT, NIR, cards, e-mails, phones, IP addresses…) before it goes to an AI model.\n\n\
With no subcommand, caviard redacts: `caviard < mail.txt | llm`.",
    after_help = "Exit codes: 0 success; 2 error (nothing unredacted is written to stdout); \
redact --to/--max-level: 20 (30 if blocked) when the redacted text may not go there. \
`caviard check --help` lists check's exit codes.",
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
    /// Say how critical the text is (raw and after redaction) and where it may go.
    #[command(after_help = CHECK_HELP)]
    Check(cli::check::CheckArgs),
    /// Show the effective policy.
    Policy(cli::policy::PolicyArgs),
    /// Verify an audit trail.
    Audit(cli::audit::AuditArgs),
    /// Put the originals back into a model's answer (stdin), using a vault; streams.
    Restore(cli::restore::RestoreArgs),
    /// List or clear a vault.
    Vault(cli::vault::VaultCommandArgs),
    /// Guard the clipboard until Ctrl-C: redact (or warn about, or block) sensitive text copied.
    Watch(cli::watch::WatchArgs),
}

const CHECK_HELP: &str = "\
Exit codes (the decision):
  0   cloud           the raw text is public: it may go to a public cloud model as is
  10  cloud-redacted  a public cloud model, after redaction (residual public or internal)
  20  sovereign       residual confidential: an EU-hosted no-training model, or on premise
  20  on-premise      residual secret: on premise only
  30  block           the policy says nowhere
  2   error
With --to DESTINATION or --max-level LEVEL: 0 if the redacted text may go there, else 20
(30 when blocked). Example: caviard check --to chatgpt < prompt.txt && caviard < prompt.txt | llm";

fn run(cli: Cli) -> Result<cli::Outcome> {
    if let Some(threads) = cli.threads {
        rayon::ThreadPoolBuilder::new()
            .num_threads(threads.max(1))
            .build_global()
            .context("starting the worker threads")?;
    }
    Ok(match &cli.command {
        None => cli::redact::run(&cli.redact)?.into(),
        Some(Command::Redact(args)) => cli::redact::run(args)?.into(),
        Some(Command::Scan(args)) => {
            cli::scan::run(args)?;
            Vec::new().into()
        }
        Some(Command::Check(args)) => cli::check::run(args)?,
        Some(Command::Policy(args)) => cli::policy::run(args)?.into(),
        Some(Command::Audit(args)) => cli::audit::run(args)?,
        Some(Command::Restore(args)) => cli::restore::run(args)?.into(),
        Some(Command::Vault(args)) => cli::vault::run(args)?.into(),
        Some(Command::Watch(args)) => cli::watch::run(args)?.into(),
    })
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
    cli::alloc::bound_large_blocks();
    let cli = Cli::parse();
    // Commands that must see the whole text before anything may leave (check, redact --to)
    // return their output; plain redaction streams only redacted text as it goes.
    let outcome = match run(cli) {
        Ok(outcome) => outcome,
        Err(err) if is_broken_pipe(&err) => return ExitCode::SUCCESS,
        Err(err) => {
            if let Some(refusal) = err.downcast_ref::<cli::redact::Refusal>() {
                eprintln!("caviard: refused: {refusal}");
                return ExitCode::from(refusal.code);
            }
            eprintln!("caviard: error: {err:#}");
            return ExitCode::from(2);
        }
    };
    let mut stdout = io::stdout().lock();
    match stdout
        .write_all(&outcome.output)
        .and_then(|()| stdout.flush())
    {
        Ok(()) => ExitCode::from(outcome.code),
        Err(err) if err.kind() == io::ErrorKind::BrokenPipe => ExitCode::from(outcome.code),
        Err(err) => {
            eprintln!("caviard: error: writing the output: {err}");
            ExitCode::from(2)
        }
    }
}
