//! `caviard vault list|clear`, and the vault options shared by `redact` and `restore`: which
//! vault file, which key, under which lock.

use std::path::{Path, PathBuf};

use anyhow::{bail, Context, Result};
use clap::{Args, Subcommand};

use caviard::vault::{now, with_suffix};
use caviard::{Vault, VaultFile, VaultKey};

/// The environment variable that may hold the vault key.
pub const KEY_ENV: &str = "CAVIARD_VAULT_KEY";

#[derive(Args, Debug, Clone, Default)]
pub struct VaultArgs {
    /// Vault file: records placeholder -> original so that `caviard restore` can put the
    /// originals back. Encrypted; created with mode 0600.
    #[arg(long, value_name = "FILE", conflicts_with = "session")]
    pub vault: Option<PathBuf>,
    /// A named vault in the user's data directory
    /// ($XDG_DATA_HOME/caviard/sessions/NAME.vault).
    #[arg(long, value_name = "NAME")]
    pub session: Option<String>,
    /// The key file of the vault. Default: the key in $CAVIARD_VAULT_KEY (64 hex digits or
    /// base64 of 32 bytes) if set, else FILE.key next to the vault, created with mode 0600.
    #[arg(long, value_name = "FILE")]
    pub key_file: Option<PathBuf>,
}

impl VaultArgs {
    pub fn is_set(&self) -> bool {
        self.vault.is_some() || self.session.is_some()
    }

    /// The vault file these options name, if any.
    pub fn path(&self) -> Result<Option<PathBuf>> {
        if let Some(path) = &self.vault {
            return Ok(Some(path.clone()));
        }
        let Some(name) = &self.session else {
            return Ok(None);
        };
        let well_formed = !name.is_empty()
            && name.len() <= 64
            && !name.starts_with('.')
            && name
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'_' | b'-'));
        if !well_formed {
            bail!("--session: a name of at most 64 letters, digits, '.', '_' or '-' (not starting with '.')");
        }
        Ok(Some(sessions_dir()?.join(format!("{name}.vault"))))
    }
}

fn sessions_dir() -> Result<PathBuf> {
    let data = dirs::data_dir()
        .context("--session: no user data directory (set XDG_DATA_HOME or use --vault FILE)")?;
    Ok(data.join("caviard").join("sessions"))
}

/// A vault loaded under its lock, with its key, ready to be saved back.
pub struct OpenVault {
    pub file: VaultFile,
    pub key: VaultKey,
    pub vault: Vault,
}

/// Opens the vault the options name, `None` when they name none. `create`: make a new vault
/// (and key file) when there is none, and take the lock exclusively for a load-modify-save
/// cycle; otherwise the vault must exist and the lock is shared.
pub fn open(args: &VaultArgs, create: bool) -> Result<Option<OpenVault>> {
    let Some(path) = args.path()? else {
        if args.key_file.is_some() {
            bail!("--key-file needs a vault: --vault FILE or --session NAME");
        }
        return Ok(None);
    };
    if !create && !path.exists() {
        bail!("{}: no such vault", path.display());
    }
    if create {
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
            create_private_dir(dir)?;
        }
    }
    let file = VaultFile::lock(&path, create)?;
    let is_new = !file.exists();
    let (key, origin) = key(args, &path, is_new)?;
    let mut vault = match file
        .load(&key)
        .with_context(|| format!("opening the vault with the key from {origin}"))?
    {
        Some(vault) => vault,
        None => Vault::new()?,
    };
    vault.expire(now());
    Ok(Some(OpenVault { file, key, vault }))
}

/// The vault key and where it came from (for messages; never the key itself).
fn key(args: &VaultArgs, vault: &Path, is_new: bool) -> Result<(VaultKey, String)> {
    if let Some(path) = &args.key_file {
        let key = VaultKey::load_or_create(path, is_new)?;
        return Ok((key, path.display().to_string()));
    }
    if let Some(value) = std::env::var_os(KEY_ENV) {
        let value = value
            .into_string()
            .map_err(|_| anyhow::anyhow!("{KEY_ENV}: not valid text"))?;
        let key = VaultKey::parse(&value).with_context(|| format!("in {KEY_ENV}"))?;
        return Ok((key, KEY_ENV.to_string()));
    }
    let path = with_suffix(vault, ".key");
    if !is_new && !path.exists() {
        bail!(
            "{}: the vault's key file is missing (set {KEY_ENV} or --key-file if the key is elsewhere)",
            path.display()
        );
    }
    let key = VaultKey::load_or_create(&path, is_new)?;
    Ok((key, path.display().to_string()))
}

fn create_private_dir(dir: &Path) -> Result<()> {
    if dir.is_dir() {
        return Ok(());
    }
    let mut builder = std::fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::DirBuilderExt;
        builder.mode(0o700);
    }
    builder
        .create(dir)
        .with_context(|| format!("creating {}", dir.display()))
}

/// A duration such as `90s`, `30m`, `24h`, `30d` or `2w`, in seconds.
pub fn parse_duration(text: &str) -> Result<u64, String> {
    let text = text.trim();
    let split = text
        .find(|c: char| !c.is_ascii_digit())
        .unwrap_or(text.len());
    let (number, unit) = text.split_at(split);
    let n: u64 = number
        .parse()
        .map_err(|_| format!("{text:?}: expected a number and a unit, e.g. 24h or 30d"))?;
    let scale = match unit {
        "s" => 1,
        "m" | "min" => 60,
        "h" => 3600,
        "d" => 86_400,
        "w" => 7 * 86_400,
        _ => return Err(format!("{text:?}: the unit is one of s, m, h, d, w")),
    };
    if n == 0 {
        return Err("the duration must be positive".to_string());
    }
    n.checked_mul(scale)
        .ok_or_else(|| format!("{text:?}: too long"))
}

#[derive(Args, Debug, Clone)]
pub struct VaultCommandArgs {
    #[command(subcommand)]
    pub action: VaultAction,
}

#[derive(Subcommand, Debug, Clone)]
pub enum VaultAction {
    /// List the placeholders of a vault and their kinds (values only with --reveal).
    List {
        #[command(flatten)]
        vault: VaultArgs,
        /// Also print the original (and fake) values.
        #[arg(long)]
        reveal: bool,
    },
    /// Delete a vault, its lock file and its default key file.
    Clear {
        #[command(flatten)]
        vault: VaultArgs,
    },
}

pub fn run(args: &VaultCommandArgs) -> Result<Vec<u8>> {
    use std::fmt::Write;
    match &args.action {
        VaultAction::List { vault, reveal } => {
            require(vault)?;
            let open = open(vault, false)?.context("no vault")?;
            let mut out = String::new();
            for e in open.vault.entries() {
                let _ = write!(out, "{}\t{}", e.placeholder(), e.kind);
                if *reveal {
                    let _ = write!(out, "\t{}", e.original);
                    if let Some(fake) = &e.fake {
                        let _ = write!(out, "\tfake: {fake}");
                    }
                }
                out.push('\n');
            }
            Ok(out.into_bytes())
        }
        VaultAction::Clear { vault } => {
            require(vault)?;
            let path = vault.path()?.context("no vault")?;
            {
                let _lock = VaultFile::lock(&path, true)?;
                remove_if_exists(&path)?;
                if vault.key_file.is_none() {
                    remove_if_exists(&with_suffix(&path, ".key"))?;
                }
            }
            remove_if_exists(&with_suffix(&path, ".lock"))?;
            Ok(Vec::new())
        }
    }
}

fn require(vault: &VaultArgs) -> Result<()> {
    if !vault.is_set() {
        bail!("which vault? --vault FILE or --session NAME");
    }
    Ok(())
}

fn remove_if_exists(path: &Path) -> Result<()> {
    match std::fs::remove_file(path) {
        Err(e) if e.kind() != std::io::ErrorKind::NotFound => {
            Err(e).with_context(|| format!("removing {}", path.display()))
        }
        _ => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::parse_duration;

    #[test]
    fn durations() {
        assert_eq!(parse_duration("24h"), Ok(86_400));
        assert_eq!(parse_duration("30d"), Ok(30 * 86_400));
        assert_eq!(parse_duration("90s"), Ok(90));
        for bad in ["", "h", "12", "3y", "0s", "-1h"] {
            assert!(parse_duration(bad).is_err(), "{bad:?}");
        }
    }
}
