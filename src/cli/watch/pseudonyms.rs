//! Where the replacements written by `caviard watch` come from: a fresh numbering for each
//! text, or a session (`--vault`/`--session`) so that placeholders are consistent across
//! everything copied and `--restore` can put the originals back.

use anyhow::{Context, Result};

use caviard::{Finding, Masker, Pseudonyms, Session, Style, Vault};

use super::super::vault::{open, OpenVault, VaultArgs};

pub enum Pseudonymizer {
    /// No vault: each text is numbered afresh (`[IBAN_1]` in every text), nothing is kept.
    PerText(Style),
    /// One session in memory for the whole run: `--style fake` without a vault (fakes
    /// consistent while it runs, never restorable afterwards), and the tests (which also use
    /// it with placeholders).
    Memory(Box<Session>),
    /// A vault file, taken under its lock only while one text is redacted or the vault is
    /// read for `--restore`, so that `caviard restore` and `caviard redact` share it while the
    /// watcher runs.
    File {
        args: VaultArgs,
        pseudonyms: Pseudonyms,
        ttl: Option<u64>,
    },
}

impl Pseudonymizer {
    /// Opens (and creates if needed) the vault at start, so that a wrong key or an unusable
    /// vault is an error before anything is watched.
    pub fn file(args: VaultArgs, pseudonyms: Pseudonyms, ttl: Option<u64>) -> Result<Self> {
        let OpenVault { file, key, vault } = open_for_writing(&args, ttl)?;
        file.save(&vault, &key)?;
        Ok(Pseudonymizer::File {
            args,
            pseudonyms,
            ttl,
        })
    }

    /// Whether it writes fake values: the text may then hold fakes of the session, which are
    /// not new findings.
    pub fn makes_fakes(&self) -> bool {
        match self {
            Pseudonymizer::PerText(_) => false,
            Pseudonymizer::Memory(_) => true,
            Pseudonymizer::File { pseudonyms, .. } => *pseudonyms == Pseudonyms::Fakes,
        }
    }

    /// `text` with each of `findings` replaced. With a vault file, the new values are saved
    /// in it before this returns: the clipboard never holds a placeholder the vault lacks.
    /// Errors name the vault and the reason, never a value.
    pub fn redact(&mut self, text: &str, findings: &[Finding]) -> Result<String, String> {
        match self {
            Pseudonymizer::PerText(style) => Ok(caviard::mask_findings(
                text,
                findings,
                &mut Masker::new(style.clone()),
            )),
            Pseudonymizer::Memory(session) => {
                Ok(caviard::mask_findings(text, findings, &mut **session))
            }
            Pseudonymizer::File {
                args,
                pseudonyms,
                ttl,
            } => {
                let redact = || -> Result<String> {
                    let OpenVault { file, key, vault } = open_for_writing(args, *ttl)?;
                    let mut session = Session::new(vault, *pseudonyms);
                    let out = caviard::mask_findings(text, findings, &mut session);
                    file.save(&session.into_vault(), &key)?;
                    Ok(out)
                };
                redact().map_err(|e| format!("{e:#}"))
            }
        }
    }

    /// The session's vault as it is now, `None` without a session.
    pub fn vault(&mut self) -> Result<Option<Vault>, String> {
        match self {
            Pseudonymizer::PerText(_) => Ok(None),
            Pseudonymizer::Memory(session) => Ok(Some(session.vault().clone())),
            Pseudonymizer::File { args, .. } => {
                // Read under a shared lock, released at once: restoring does not change it.
                let read =
                    || -> Result<Vault> { Ok(open(args, false)?.context("no vault")?.vault) };
                read().map(Some).map_err(|e| format!("{e:#}"))
            }
        }
    }
}

/// The vault under its exclusive lock, created if needed, expired under `--ttl`.
fn open_for_writing(args: &VaultArgs, ttl: Option<u64>) -> Result<OpenVault> {
    let mut open = open(args, true)?.context("no vault")?;
    if let Some(ttl) = ttl {
        open.vault.set_ttl(Some(ttl));
        open.vault.expire(caviard::vault::now());
    }
    Ok(open)
}
