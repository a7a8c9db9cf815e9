//! The `caviard` command: reads text, writes it redacted (or lists what it found).
//!
//! Exit codes: 0 success, 2 error (nothing unredacted is written). A broken pipe on stdout
//! ends the run quietly with 0, as the reader chose to stop.

use std::io::{self, Read, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::{bail, Context, Result};
use clap::{Args, Parser, Subcommand, ValueEnum};

use caviard::{Engine, EngineBuilder, Finding, HashKey, Masker, Style};

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
    redact: RedactArgs,
}

#[derive(Subcommand, Debug)]
enum Command {
    /// Write the text with each finding replaced; everything else is unchanged, byte for byte.
    Redact(RedactArgs),
    /// List the findings: `path:line:column kind masked-value`, or JSON Lines.
    Scan(ScanArgs),
}

#[derive(Args, Debug, Clone)]
struct RuleArgs {
    /// Add the rules of a pattern file (TOML, as in patterns/); may be repeated.
    #[arg(long = "patterns", value_name = "FILE", global = true)]
    patterns: Vec<PathBuf>,
    /// Do not use the embedded default rules (only --patterns files).
    #[arg(long, global = true)]
    no_default_patterns: bool,
}

#[derive(Args, Debug, Clone)]
struct RedactArgs {
    /// Files to redact, in order; standard input when none is given.
    #[arg(value_name = "FILE")]
    files: Vec<PathBuf>,
    /// How findings are written.
    #[arg(long, value_enum, default_value_t = StyleArg::Placeholder)]
    style: StyleArg,
    /// With --style hash: the environment variable that holds the key (at least 16 bytes).
    #[arg(long, value_name = "VAR")]
    key_env: Option<String>,
    #[command(flatten)]
    rules: RuleArgs,
}

#[derive(Args, Debug, Clone)]
struct ScanArgs {
    /// Files to scan; standard input when none is given.
    #[arg(value_name = "FILE")]
    files: Vec<PathBuf>,
    #[arg(long, value_enum, default_value_t = Format::Text)]
    format: Format,
    #[command(flatten)]
    rules: RuleArgs,
}

#[derive(ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
enum StyleArg {
    /// [IBAN_1]: typed, numbered, the same value gets the same number.
    Placeholder,
    /// [IBAN].
    Label,
    /// The shape with a few characters kept: FR76 **** … ***6 189, 06 ** ** ** 78.
    Partial,
    /// [IBAN#3fa29c01bd12]: keyed HMAC-SHA-256, the same across documents (needs --key-env).
    Hash,
}

#[derive(ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
enum Format {
    Text,
    Json,
}

/// One input: a file or standard input, read whole before anything is written.
struct Input {
    path: Option<PathBuf>,
    bytes: Vec<u8>,
}

impl Input {
    fn display(&self) -> String {
        self.path
            .as_ref()
            .map_or_else(|| "<stdin>".to_string(), |p| p.display().to_string())
    }
}

fn read_inputs(files: &[PathBuf]) -> Result<Vec<Input>> {
    if files.is_empty() {
        let mut bytes = Vec::new();
        io::stdin()
            .lock()
            .read_to_end(&mut bytes)
            .context("reading standard input")?;
        return Ok(vec![Input { path: None, bytes }]);
    }
    files
        .iter()
        .map(|path| {
            let bytes = std::fs::read(path).with_context(|| format!("reading {}", path.display()))?;
            Ok(Input {
                path: Some(path.clone()),
                bytes,
            })
        })
        .collect()
}

fn build_engine(rules: &RuleArgs) -> Result<Engine> {
    let mut builder = EngineBuilder::new();
    if rules.no_default_patterns {
        builder = builder.no_default_patterns();
    }
    for path in &rules.patterns {
        builder = builder.patterns_file(path)?;
    }
    Ok(builder.build()?)
}

fn style_of(args: &RedactArgs) -> Result<Style> {
    Ok(match args.style {
        StyleArg::Placeholder => Style::Placeholder,
        StyleArg::Label => Style::Label,
        StyleArg::Partial => Style::Partial,
        StyleArg::Hash => {
            let Some(var) = &args.key_env else {
                bail!("--style hash needs a key: --key-env VAR, VAR holding at least 16 bytes");
            };
            let value = std::env::var_os(var)
                .with_context(|| format!("--key-env: the variable {var} is not set"))?;
            let bytes = value.into_encoded_bytes();
            match HashKey::new(bytes) {
                Some(key) => Style::Hash(key),
                None => bail!("--key-env: the key in {var} is shorter than 16 bytes"),
            }
        }
    })
}

fn redact(args: &RedactArgs) -> Result<Vec<u8>> {
    let style = style_of(args)?;
    let engine = build_engine(&args.rules)?;
    let inputs = read_inputs(&args.files)?;
    let mut masker = Masker::new(style);
    let mut out = Vec::with_capacity(inputs.iter().map(|i| i.bytes.len()).sum());
    for input in &inputs {
        let (text, _) = engine.redact_bytes(&input.bytes, &mut masker);
        out.extend_from_slice(&text);
    }
    Ok(out)
}

fn scan(args: &ScanArgs) -> Result<Vec<u8>> {
    let engine = build_engine(&args.rules)?;
    let inputs = read_inputs(&args.files)?;
    let mut out = Vec::new();
    let mut masker = Masker::new(Style::Partial);
    for input in &inputs {
        let findings = engine.scan_bytes(&input.bytes);
        write_findings(&mut out, input, &findings, args.format, &mut masker)?;
    }
    Ok(out)
}

#[derive(serde::Serialize)]
struct JsonFinding<'a> {
    kind: &'a str,
    start: usize,
    end: usize,
    text: &'a str,
    rule: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    path: Option<String>,
}

fn write_findings(
    out: &mut Vec<u8>,
    input: &Input,
    findings: &[Finding],
    format: Format,
    masker: &mut Masker,
) -> Result<()> {
    let bytes = &input.bytes;
    let (mut line, mut line_start, mut pos) = (1usize, 0usize, 0usize);
    for f in findings {
        // Findings lie inside valid UTF-8 runs, so their text is valid.
        let text = std::str::from_utf8(&bytes[f.span.start..f.span.end])
            .context("internal error: a finding outside valid UTF-8")?;
        match format {
            Format::Json => {
                let record = JsonFinding {
                    kind: f.kind.as_str(),
                    start: f.span.start,
                    end: f.span.end,
                    text,
                    rule: &f.rule,
                    path: input.path.as_ref().map(|p| p.display().to_string()),
                };
                serde_json::to_writer(&mut *out, &record)?;
                out.push(b'\n');
            }
            Format::Text => {
                for i in memchr::memchr_iter(b'\n', &bytes[pos..f.span.start]) {
                    line += 1;
                    line_start = pos + i + 1;
                }
                pos = f.span.start;
                let column = String::from_utf8_lossy(&bytes[line_start..f.span.start])
                    .chars()
                    .count()
                    + 1;
                let mut masked = String::new();
                masker.mask_into(f, text, &mut masked);
                writeln!(
                    out,
                    "{}:{line}:{column} {} {}",
                    input.display(),
                    f.kind,
                    masked.replace('\n', "\\n")
                )?;
            }
        }
    }
    Ok(())
}

fn run(cli: Cli) -> Result<Vec<u8>> {
    match &cli.command {
        None => redact(&cli.redact),
        Some(Command::Redact(args)) => redact(args),
        Some(Command::Scan(args)) => scan(args),
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
