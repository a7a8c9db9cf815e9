//! `caviard restore`: the model's answer on stdin, with the originals of a vault's
//! placeholders (and fake values) put back, written as it arrives.

use std::io::{self, Read, Write};

use anyhow::{Context, Result};
use clap::{Args, ValueEnum};

use caviard::Restorer;

use super::vault::{open, VaultArgs};

#[derive(Args, Debug, Clone)]
pub struct RestoreArgs {
    #[command(flatten)]
    pub vault: VaultArgs,
    /// How unresolved placeholders are reported on stderr: a sentence, or one JSON object
    /// `{"restored": N, "unresolved": ["[IBAN_9]"]}`.
    #[arg(long, value_enum, default_value_t = ReportFormat::Text)]
    pub format: ReportFormat,
}

#[derive(ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum ReportFormat {
    Text,
    Json,
}

/// Streams stdin to stdout; returns no buffered output (everything is written as it comes).
pub fn run(args: &RestoreArgs) -> Result<Vec<u8>> {
    if !args.vault.is_set() {
        anyhow::bail!("which vault? --vault FILE or --session NAME");
    }
    // The vault is read under a shared lock, then released: restoring does not change it.
    let mut restorer = {
        let open = open(&args.vault, false)?.context("no vault")?;
        Restorer::new(&open.vault)
    };
    let mut stdin = io::stdin().lock();
    let mut stdout = io::stdout().lock();
    let mut buf = vec![0u8; 8192];
    let mut out = Vec::with_capacity(8192);
    loop {
        // `read` returns what the pipe holds now: a streaming model's tokens go out at once.
        let n = match stdin.read(&mut buf) {
            Ok(0) => break,
            Ok(n) => n,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e).context("reading standard input"),
        };
        out.clear();
        restorer.push_into(&buf[..n], &mut out);
        if !write_now(&mut stdout, &out)? {
            return Ok(Vec::new());
        }
    }
    out.clear();
    restorer.finish_into(&mut out);
    if !write_now(&mut stdout, &out)? {
        return Ok(Vec::new());
    }
    report(&restorer, args.format)?;
    Ok(Vec::new())
}

/// Writes and flushes; `false` when the reader has gone (broken pipe: stop quietly).
fn write_now(stdout: &mut impl Write, bytes: &[u8]) -> Result<bool> {
    if bytes.is_empty() {
        return Ok(true);
    }
    match stdout.write_all(bytes).and_then(|()| stdout.flush()) {
        Ok(()) => Ok(true),
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => Ok(false),
        Err(e) => Err(e).context("writing the output"),
    }
}

fn report(restorer: &Restorer, format: ReportFormat) -> Result<()> {
    let unresolved = restorer.unresolved();
    let mut stderr = io::stderr().lock();
    match format {
        ReportFormat::Json => {
            let report = serde_json::json!({
                "restored": restorer.restored(),
                "unresolved": unresolved,
            });
            writeln!(stderr, "{report}")?;
        }
        ReportFormat::Text if !unresolved.is_empty() => {
            writeln!(
                stderr,
                "caviard: restore: {} placeholder(s) not in the vault, left as they are: {}",
                unresolved.len(),
                unresolved.join(", ")
            )?;
        }
        ReportFormat::Text => {}
    }
    Ok(())
}
