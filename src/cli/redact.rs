//! `caviard redact`: the text with each finding replaced, everything else unchanged.

use std::path::PathBuf;

use anyhow::{bail, Context, Result};
use clap::{Args, ValueEnum};

use caviard::{HashKey, Masker, Pseudonyms, Session, Style, Vault};

use super::common::{build_engine, read_inputs, Input, RuleArgs};
use super::vault::{open, parse_duration, OpenVault, VaultArgs};

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
    #[command(flatten)]
    pub vault: VaultArgs,
    /// With a vault: forget the values unused for this long (e.g. 24h, 30d).
    #[arg(long, value_name = "DURATION", value_parser = parse_duration)]
    pub ttl: Option<u64>,
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
    /// Realistic fake values of the same format (valid checksums), restorable with a vault.
    Fake,
}

pub fn style_of(args: &RedactArgs) -> Result<Style> {
    Ok(match args.style {
        StyleArg::Fake => bail!("internal error: --style fake has no Style"),
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

pub fn run(args: &RedactArgs) -> Result<Vec<u8>> {
    if args.vault.is_set() || args.style == StyleArg::Fake {
        return run_session(args);
    }
    if args.ttl.is_some() {
        bail!("--ttl needs a vault: --vault FILE or --session NAME");
    }
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

/// Redaction that numbers from a vault (and records into it) or makes fake values.
fn run_session(args: &RedactArgs) -> Result<Vec<u8>> {
    let pseudonyms = match args.style {
        StyleArg::Placeholder => Pseudonyms::Placeholders,
        StyleArg::Fake => Pseudonyms::Fakes,
        other => bail!(
            "--style {}: a vault records placeholders or fake values only (--style placeholder or fake)",
            other.to_possible_value().map_or_else(String::new, |v| v.get_name().to_string())
        ),
    };
    let engine = build_engine(&args.rules)?;
    // Read everything before taking the vault's lock: a slow writer must not block others.
    let inputs = read_inputs(&args.files)?;
    let Some(mut open) = open(&args.vault, true)? else {
        if args.ttl.is_some() {
            bail!("--ttl needs a vault: --vault FILE or --session NAME");
        }
        // --style fake without a vault: fakes from a random secret, not restorable.
        let mut session = Session::new(Vault::new()?, pseudonyms);
        return Ok(redact_all(&engine, &inputs, &mut session));
    };
    if let Some(ttl) = args.ttl {
        open.vault.set_ttl(Some(ttl));
        open.vault.expire(caviard::vault::now());
    }
    let OpenVault { file, key, vault } = open;
    let mut session = Session::new(vault, pseudonyms);
    let out = redact_all(&engine, &inputs, &mut session);
    // Saved before anything is written: an answer never holds placeholders the vault lacks.
    file.save(&session.into_vault(), &key)?;
    Ok(out)
}

fn redact_all(engine: &caviard::Engine, inputs: &[Input], session: &mut Session) -> Vec<u8> {
    let mut out = Vec::with_capacity(inputs.iter().map(|i| i.bytes.len()).sum());
    for input in inputs {
        let (text, _) = engine.redact_bytes(&input.bytes, session);
        out.extend_from_slice(&text);
    }
    out
}
