//! What every subcommand shares: rule options, reading inputs whole, building the engine.

use std::io::{self, Read};
use std::path::{Path, PathBuf};

use anyhow::{Context, Result};
use clap::Args;

use caviard::{Engine, EngineBuilder, Policy};

#[derive(Args, Debug, Clone)]
pub struct RuleArgs {
    /// Add the rules of a pattern file (TOML, as in patterns/); may be repeated.
    #[arg(long = "patterns", value_name = "FILE", global = true)]
    pub patterns: Vec<PathBuf>,
    /// Do not use the embedded default rules (only --patterns files).
    #[arg(long, global = true)]
    pub no_default_patterns: bool,
    /// The policy file (levels, decisions, destinations, allowlist, audit). Default:
    /// ./caviard.toml, else caviard/caviard.toml in the user's config directory.
    #[arg(long, value_name = "FILE", global = true)]
    pub config: Option<PathBuf>,
}

/// One input: a file or standard input, read whole before anything is written.
pub struct Input {
    pub path: Option<PathBuf>,
    pub bytes: Vec<u8>,
}

impl Input {
    pub fn display(&self) -> String {
        self.path
            .as_ref()
            .map_or_else(|| "<stdin>".to_string(), |p| p.display().to_string())
    }
}

pub fn read_inputs(files: &[PathBuf]) -> Result<Vec<Input>> {
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
            let bytes =
                std::fs::read(path).with_context(|| format!("reading {}", path.display()))?;
            Ok(Input {
                path: Some(path.clone()),
                bytes,
            })
        })
        .collect()
}

/// The policy: `--config FILE`, else `./caviard.toml`, else `caviard/caviard.toml` in the
/// user's config directory, else the built-in defaults. A file that exists but cannot be
/// read or parsed is an error, never silently skipped.
pub fn load_policy(rules: &RuleArgs) -> Result<Policy> {
    if let Some(path) = &rules.config {
        return Ok(Policy::load(path)?);
    }
    let mut candidates = vec![PathBuf::from("caviard.toml")];
    if let Some(dir) = dirs::config_dir() {
        candidates.push(dir.join("caviard").join("caviard.toml"));
    }
    for path in candidates {
        if exists(&path)? {
            return Ok(Policy::load(&path)?);
        }
    }
    Ok(Policy::default())
}

fn exists(path: &Path) -> Result<bool> {
    match std::fs::metadata(path) {
        Ok(_) => Ok(true),
        Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(false),
        Err(e) => Err(e).with_context(|| format!("looking for {}", path.display())),
    }
}

/// The engine under the policy found by [`load_policy`] (its allowlist applies).
pub fn build_engine(rules: &RuleArgs) -> Result<Engine> {
    build_engine_with(rules, &load_policy(rules)?)
}

pub fn build_engine_with(rules: &RuleArgs, policy: &Policy) -> Result<Engine> {
    let mut builder = policy.engine_builder(EngineBuilder::new());
    if rules.no_default_patterns {
        builder = builder.no_default_patterns();
    }
    for path in &rules.patterns {
        builder = builder.patterns_file(path)?;
    }
    Ok(builder.build()?)
}
