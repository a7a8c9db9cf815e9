//! `caviard scan`: the findings, as `path:line:column kind masked` or JSON Lines.

use std::io::Write;
use std::path::PathBuf;

use anyhow::{Context, Result};
use clap::{Args, ValueEnum};

use caviard::{ChunkConfig, Finding, Masker, Style};

use super::common::{build_engine, read_inputs, write_stdout, Input, RuleArgs};

#[derive(Args, Debug, Clone)]
pub struct ScanArgs {
    /// Files to scan; standard input when none is given.
    #[arg(value_name = "FILE")]
    pub files: Vec<PathBuf>,
    #[arg(long, value_enum, default_value_t = Format::Text)]
    pub format: Format,
    #[command(flatten)]
    pub rules: RuleArgs,
}

#[derive(ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    Text,
    Json,
}

pub fn run(args: &ScanArgs) -> Result<()> {
    let engine = build_engine(&args.rules)?;
    let inputs = read_inputs(&args.files)?;
    let mut out = Vec::new();
    let mut masker = Masker::new(Style::Partial);
    let cfg = ChunkConfig::default();
    for input in &inputs {
        let findings = engine.scan_chunked(&input.bytes, &cfg);
        masker.prepare_input(&input.bytes, &findings);
        write_findings(&mut out, input, &findings, args.format, &mut masker)?;
    }
    write_stdout(&out)
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
