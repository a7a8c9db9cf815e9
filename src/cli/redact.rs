//! `caviard redact`: the text with each finding replaced, everything else unchanged.

use std::io;
use std::path::PathBuf;

use anyhow::{bail, Context, Result};
use clap::{Args, ValueEnum};

use caviard::{
    redact_stream, ChunkConfig, Classification, HashKey, Masker, Pseudonyms, Session, Style, Vault,
};

use super::common::{
    build_engine_with, load_policy, open_inputs, progress_bar, read_inputs, Input, Output, RuleArgs,
};
use super::routing::{limit_code, record, remaining_above, AuditRun, RoutingArgs};
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
    pub routing: RoutingArgs,
    #[command(flatten)]
    pub rules: RuleArgs,
    #[command(flatten)]
    pub vault: VaultArgs,
    /// With a vault: forget the values unused for this long (e.g. 24h, 30d).
    #[arg(long, value_name = "DURATION", value_parser = parse_duration)]
    pub ttl: Option<u64>,
}

impl StyleArg {
    pub fn name(self) -> &'static str {
        match self {
            StyleArg::Placeholder => "placeholder",
            StyleArg::Label => "label",
            StyleArg::Partial => "partial",
            StyleArg::Hash => "hash",
            StyleArg::Fake => "fake",
        }
    }
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
    style_from(args.style, args.key_env.as_deref())
}

/// The masking style chosen by `--style` (and `--key-env` for `hash`); shared by the
/// commands that redact. `fake` needs a vault session and has no `Style`.
pub fn style_from(style: StyleArg, key_env: Option<&str>) -> Result<Style> {
    Ok(match style {
        StyleArg::Fake => bail!("--style fake works with redact only (a vault session)"),
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

/// The run was refused: the redacted text exceeds what `--to`/`--max-level` allows. Nothing
/// is written to stdout; `main` exits with `code` (20, or 30 when the policy blocks).
#[derive(Debug)]
pub struct Refusal {
    pub code: u8,
    pub message: String,
}

impl std::fmt::Display for Refusal {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for Refusal {}

/// Redacts every input. Without a destination limit or an audit trail, the inputs stream
/// through the engine straight to stdout, block by block, in bounded memory, and the
/// returned output is empty. With one, the whole text must be classified before anything
/// may leave: the inputs are read whole and the output is returned for `main` to write.
pub fn run(args: &RedactArgs) -> Result<Vec<u8>> {
    if !args.rules.no_person {
        // The name lexicon is built on a worker thread while this one reads and compiles the
        // rules: on a short text, the first scan would otherwise build it on its critical
        // path.
        rayon::spawn(caviard::PersonDetector::prepare);
    }
    if args.vault.is_set() || args.style == StyleArg::Fake {
        return run_session(args);
    }
    if args.ttl.is_some() {
        bail!("--ttl needs a vault: --vault FILE or --session NAME");
    }
    let style = style_of(args)?;
    let policy = load_policy(&args.rules)?;
    // Never dropped: the process ends with the command, and freeing every automaton one by
    // one was a tenth of the main thread's instructions on a 4 KB prompt.
    let engine = std::mem::ManuallyDrop::new(build_engine_with(&args.rules, &policy)?);
    let limit = args.routing.limit(&policy)?;
    let audit = args.routing.audit_path(&policy);
    if limit.is_none() && audit.is_none() {
        stream(&engine, Masker::new(style), args)?;
        return Ok(Vec::new());
    }
    let inputs = read_inputs(&args.files)?;
    let mut masker = Masker::new(style);
    let mut out = Vec::with_capacity(inputs.iter().map(|i| i.bytes.len()).sum());
    let mut parts = Vec::new();
    for input in &inputs {
        let (text, findings) = engine.redact_bytes(&input.bytes, &mut masker);
        parts.push(policy.classify(&input.bytes, &findings));
        out.extend_from_slice(&text);
    }
    let total = Classification::combine(&parts, &policy);
    let allowed = limit.as_ref().map(|l| l.allows(&total));
    if let Some(path) = audit {
        record(
            path,
            &AuditRun {
                command: "redact",
                policy: &policy,
                classification: &total,
                inputs: inputs.iter().map(|i| i.bytes.as_slice()).collect(),
                output: (allowed != Some(false)).then_some(out.as_slice()),
                style: Some(args.style.name()),
                limit: limit.as_ref(),
                allowed,
            },
        )?;
    }
    if let (Some(limit), Some(false)) = (&limit, allowed) {
        return Err(Refusal {
            code: limit_code(&total, false),
            message: format!(
                "the redacted text is {} (decision {}): {}; {} does not accept it",
                total.residual,
                total.decision,
                remaining_above(&total, limit.max_level),
                limit.describe()
            ),
        }
        .into());
    }
    Ok(out)
}

/// Streams every input through the engine to stdout. Only redacted text is ever written: on
/// a read error the run stops with what was already redacted, and exits 2.
fn stream(engine: &caviard::Engine, mut masker: Masker, args: &RedactArgs) -> Result<()> {
    let sources = open_inputs(&args.files)?;
    let cfg = ChunkConfig::default();
    let mut stdout = Output(io::stdout().lock());
    for source in sources {
        let name = source
            .path
            .as_ref()
            .map_or_else(|| "standard input".to_string(), |p| p.display().to_string());
        let bar = progress_bar(source.len);
        redact_stream(
            engine,
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
    let policy = load_policy(&args.rules)?;
    // Fail closed rather than skip a check: routing limits and the audit trail are not wired
    // to vault sessions yet.
    if args.routing.limit(&policy)?.is_some() || args.routing.audit_path(&policy).is_some() {
        bail!(
            "--to, --max-level and audit trails cannot be combined with --vault, --session or \
             --style fake yet"
        );
    }
    let engine = build_engine_with(&args.rules, &policy)?;
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
