//! What every subcommand shares: rule options, reading inputs whole, building the engine.

use std::io::{self, Read};
use std::path::PathBuf;

use anyhow::{Context, Result};
use clap::Args;

use caviard::{Engine, EngineBuilder};

#[derive(Args, Debug, Clone)]
pub struct RuleArgs {
    /// Add the rules of a pattern file (TOML, as in patterns/); may be repeated.
    #[arg(long = "patterns", value_name = "FILE", global = true)]
    pub patterns: Vec<PathBuf>,
    /// Do not use the embedded default rules (only --patterns files).
    #[arg(long, global = true)]
    pub no_default_patterns: bool,
    /// Do not detect names of people (PERSON).
    #[arg(long, global = true)]
    pub no_person: bool,
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

pub fn build_engine(rules: &RuleArgs) -> Result<Engine> {
    let mut builder = EngineBuilder::new().person(!rules.no_person);
    if rules.no_default_patterns {
        builder = builder.no_default_patterns();
    }
    for path in &rules.patterns {
        builder = builder.patterns_file(path)?;
    }
    Ok(builder.build()?)
}
