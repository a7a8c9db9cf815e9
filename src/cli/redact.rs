//! `caviard redact`: the text with each finding replaced, everything else unchanged.

use std::path::PathBuf;

use anyhow::{bail, Context, Result};
use clap::{Args, ValueEnum};

use caviard::{HashKey, Masker, Style};

use super::common::{build_engine, read_inputs, RuleArgs};

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
    style_from(args.style, args.key_env.as_deref())
}

/// The masking style chosen by `--style` (and `--key-env` for `hash`); shared by the
/// commands that redact.
pub fn style_from(style: StyleArg, key_env: Option<&str>) -> Result<Style> {
    Ok(match style {
        StyleArg::Placeholder => Style::Placeholder,
        StyleArg::Label => Style::Label,
        StyleArg::Partial => Style::Partial,
        StyleArg::Hash => {
            let Some(var) = key_env else {
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

pub fn run(args: &RedactArgs) -> Result<Vec<u8>> {
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
