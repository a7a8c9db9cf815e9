//! `caviard redact`: the text with each finding replaced, everything else unchanged.

use std::io;
use std::path::PathBuf;

use anyhow::{bail, Context, Result};
use clap::{Args, ValueEnum};

use caviard::{redact_stream, ChunkConfig, HashKey, Masker, Style};

use super::common::{build_engine, open_inputs, progress_bar, Output, RuleArgs};

#[derive(Args, Debug, Clone)]
pub struct RedactArgs {
    /// Files to redact, in order; standard input when none is given.
    #[arg(value_name = "FILE")]
    pub files: Vec<PathBuf>,
    /// How findings are written.
    #[arg(long, value_enum, default_value_t = StyleArg::Placeholder)]
    pub style: StyleArg,
    /// With --style hash: the environment variable that holds the key (at least 16 bytes).
    #[arg(long, value_name = "VAR")]
    pub key_env: Option<String>,
    #[command(flatten)]
    pub rules: RuleArgs,
}

#[derive(ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum StyleArg {
    /// [IBAN_1]: typed, numbered, the same value gets the same number.
    Placeholder,
    /// [IBAN].
    Label,
    /// The shape with a few characters kept: FR76 **** … ***6 189, 06 ** ** ** 78.
    Partial,
    /// [IBAN#3fa29c01bd12]: keyed HMAC-SHA-256, the same across documents (needs --key-env).
    Hash,
}

pub fn style_of(args: &RedactArgs) -> Result<Style> {
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

/// Streams every input through the engine to stdout, block by block, in bounded memory.
/// Only redacted text is ever written: on a read error the run stops with what was
/// already redacted, and exits 2.
pub fn run(args: &RedactArgs) -> Result<()> {
    let style = style_of(args)?;
    let engine = build_engine(&args.rules)?;
    let sources = open_inputs(&args.files)?;
    let cfg = ChunkConfig::default();
    let mut masker = Masker::new(style);
    let mut stdout = Output(io::stdout().lock());
    for source in sources {
        let name = source
            .path
            .as_ref()
            .map_or_else(|| "standard input".to_string(), |p| p.display().to_string());
        let bar = progress_bar(source.len);
        redact_stream(
            &engine,
            &mut masker,
            source.reader,
            &mut stdout,
            &cfg,
            |n| {
                if let Some(bar) = &bar {
                    bar.set_position(n);
                }
            },
            |_, _| {},
        )
        .with_context(|| format!("redacting {name}"))?;
        if let Some(bar) = bar {
            bar.finish_and_clear();
        }
    }
    Ok(())
}
