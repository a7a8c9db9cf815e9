//! What every subcommand shares: rule options, reading inputs whole, building the engine.

use std::fs::File;
use std::io::{self, IsTerminal, Read, Write};
use std::path::{Path, PathBuf};

use anyhow::{Context, Result};
use clap::Args;

use caviard::{ClientList, Engine, EngineBuilder, Policy};

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
    /// The company's client list: a text file, one name per line (or a CSV file with
    /// --clients-column); its names are found as CLIENT.
    #[arg(long, value_name = "FILE", global = true)]
    pub clients: Option<PathBuf>,
    /// Read the client names from this column of the --clients CSV file (header row).
    #[arg(long, value_name = "NAME", global = true, requires = "clients")]
    pub clients_column: Option<String>,
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
    let mut builder = policy.engine_builder(EngineBuilder::new().person(!rules.no_person));
    if rules.no_default_patterns {
        builder = builder.no_default_patterns();
    }
    for path in &rules.patterns {
        builder = builder.patterns_file(path)?;
    }
    // --clients on the command line, else `clients = "path"` in the policy.
    let policy_clients = policy.clients_path().map(PathBuf::from);
    if let Some(path) = rules.clients.as_ref().or(policy_clients.as_ref()) {
        builder = builder.clients(load_clients(path, rules.clients_column.as_deref())?);
    }
    Ok(builder.build()?)
}

/// An input opened for streaming. Every input is opened before anything is written, so that a
/// missing file fails the run with an empty stdout.
pub struct Source {
    pub path: Option<PathBuf>,
    pub reader: Box<dyn Read>,
    /// Size in bytes when known (a regular file).
    pub len: Option<u64>,
}

pub fn open_inputs(files: &[PathBuf]) -> Result<Vec<Source>> {
    if files.is_empty() {
        return Ok(vec![Source {
            path: None,
            reader: Box::new(io::stdin().lock()),
            len: None,
        }]);
    }
    files
        .iter()
        .map(|path| {
            let file = File::open(path).with_context(|| format!("reading {}", path.display()))?;
            let meta = file
                .metadata()
                .with_context(|| format!("reading {}", path.display()))?;
            if meta.is_dir() {
                anyhow::bail!("reading {}: is a directory", path.display());
            }
            Ok(Source {
                path: Some(path.clone()),
                reader: Box::new(file),
                len: meta.is_file().then_some(meta.len()),
            })
        })
        .collect()
}

/// A progress bar on stderr for large files, only when stderr is a terminal.
pub fn progress_bar(len: Option<u64>) -> Option<indicatif::ProgressBar> {
    const SHOW_FROM: u64 = 64 << 20;
    let len = len.filter(|&l| l >= SHOW_FROM)?;
    if !io::stderr().is_terminal() {
        return None;
    }
    let bar = indicatif::ProgressBar::new(len);
    bar.set_style(
        indicatif::ProgressStyle::with_template(
            "{bar:40} {bytes}/{total_bytes} {bytes_per_sec} {eta}",
        )
        .ok()?,
    );
    Some(bar)
}

/// Writes the whole output to stdout at once (for commands that compute it in memory).
pub fn write_stdout(bytes: &[u8]) -> Result<()> {
    let mut stdout = io::stdout().lock();
    stdout
        .write_all(bytes)
        .and_then(|()| stdout.flush())
        .context("writing the output")
}

/// Loads the client list and reports its warnings on stderr, by line number only (never a
/// name, and nothing of the scanned text).
fn load_clients(path: &Path, column: Option<&str>) -> Result<ClientList> {
    const SHOWN: usize = 20;
    let list = match column {
        Some(column) => ClientList::from_csv_file(path, column)?,
        None => ClientList::from_text_file(path)?,
    };
    // An empty list is a mistake (wrong file, wrong column), not "no clients": running on
    // would leave every client name in the output while the user believes them masked.
    if list.is_empty() {
        match column {
            Some(column) => anyhow::bail!(
                "{}: the client list holds no name (column `{column}` is empty)",
                path.display()
            ),
            None => anyhow::bail!(
                "{}: the client list holds no name (one name per line expected)",
                path.display()
            ),
        }
    }
    let warnings = list.warnings();
    for w in warnings.iter().take(SHOWN) {
        eprintln!("caviard: warning: {}: {w}", path.display());
    }
    if warnings.len() > SHOWN {
        eprintln!(
            "caviard: warning: {}: {} more warnings not shown",
            path.display(),
            warnings.len() - SHOWN
        );
    }
    Ok(list)
}

/// Stdout whose errors say that writing the output failed ("No space left on device"), so
/// that they are not taken for a problem with the input. The error kind is kept: a broken
/// pipe is still recognised as one.
pub struct Output<W>(pub W);

impl<W: Write> Write for Output<W> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.0.write(buf).map_err(label_write_error)
    }

    fn flush(&mut self) -> io::Result<()> {
        self.0.flush().map_err(label_write_error)
    }
}

fn label_write_error(e: io::Error) -> io::Error {
    io::Error::new(e.kind(), format!("writing the output: {e}"))
}
