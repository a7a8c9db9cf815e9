//! `caviard watch`: guards the system clipboard until Ctrl-C, so that what the user pastes
//! into a chat window is already redacted.
//!
//! The loop sleeps between ticks (`--interval`); at each tick it asks the platform's change
//! hint whether the clipboard may have changed (XFixes events on X11, so that an idle watcher
//! reads nothing; elsewhere it reads the clipboard and skips texts whose hash it has seen), and
//! hands new texts to the [`watcher::Watcher`], which decides and acts. Its own writes come
//! back with the hash it remembered, so it never reacts to them.
//!
//! Texts are classified under the policy as `caviard check` does ([`assess`]); placeholders
//! come from a fresh numbering per text or from a vault session ([`pseudonyms`]), whose
//! placeholders `--restore` puts back into copied answers.

mod assess;
mod clipboard;
mod notify;
mod pseudonyms;
mod watcher;

use std::path::PathBuf;
use std::sync::mpsc::{self, RecvTimeoutError};
use std::time::Duration;

use anyhow::{anyhow, bail, Context, Result};
use clap::{Args, ValueEnum};

use caviard::{Criticity, Pseudonyms, Session, Vault};

use self::clipboard::{change_hint, SystemClipboard};
use self::notify::Notifier;
use self::pseudonyms::Pseudonymizer;
use self::watcher::{Event, Mode, Settings, Watcher};
use super::common::{build_engine_with, load_policy, RuleArgs};
use super::redact::{style_from, StyleArg};
use super::vault::{parse_duration, VaultArgs};

#[derive(Args, Debug, Clone)]
pub struct WatchArgs {
    /// How often to check the clipboard, in milliseconds (10 to 60000).
    #[arg(long, value_name = "MS", default_value_t = 250,
          value_parser = clap::value_parser!(u64).range(10..=60_000))]
    interval: u64,
    /// Act only on texts at least this critical (public, internal, confidential or secret),
    /// as classified by the policy (--config, caviard.toml).
    #[arg(long, value_name = "LEVEL", default_value_t = Criticity::Internal)]
    min_level: Criticity,
    /// What to do with such a text.
    #[arg(long, value_enum, default_value_t = Mode::Redact)]
    mode: Mode,
    /// Also show a desktop notification (notify-send on Linux, osascript on macOS).
    #[arg(long)]
    notify: bool,
    /// How findings are written in the redacted text.
    #[arg(long, value_enum, default_value_t = StyleArg::Placeholder)]
    style: StyleArg,
    /// With --style hash: the environment variable that holds the key (at least 16 bytes).
    #[arg(long, value_name = "VAR")]
    key_env: Option<String>,
    /// With --vault/--session: put the session's originals back into copied text that names
    /// its placeholders (the model's answer) and holds no new sensitive value.
    #[arg(long)]
    restore: bool,
    #[command(flatten)]
    vault: VaultArgs,
    /// Append a record of each action to this audit file (overrides `audit` in the policy).
    #[arg(long, value_name = "FILE")]
    audit: Option<PathBuf>,
    /// With a vault: forget the values unused for this long (e.g. 24h, 30d).
    #[arg(long, value_name = "DURATION", value_parser = parse_duration)]
    ttl: Option<u64>,
    #[command(flatten)]
    rules: RuleArgs,
}

pub fn run(args: &WatchArgs) -> Result<Vec<u8>> {
    let session = session_style(args)?;
    // Option errors first: the hash style's key.
    let per_text_style = match (session, args.style) {
        (None, StyleArg::Fake) | (Some(_), _) => None,
        (None, style) => Some(style_from(style, args.key_env.as_deref())?),
    };
    let policy = load_policy(&args.rules)?;
    let audit = args
        .audit
        .clone()
        .or_else(|| policy.config().audit.as_ref().map(PathBuf::from));
    let engine = build_engine_with(&args.rules, &policy)?;
    check_session()?;
    let pseudonyms = match (session, per_text_style) {
        (Some(pseudonyms), _) => Pseudonymizer::file(args.vault.clone(), pseudonyms, args.ttl)?,
        (None, Some(style)) => Pseudonymizer::PerText(style),
        // --style fake without a vault: fakes consistent for the whole run, then forgotten.
        (None, None) => {
            Pseudonymizer::Memory(Box::new(Session::new(Vault::new()?, Pseudonyms::Fakes)))
        }
    };
    // One instance for the whole run: on X11 it serves the redacted text it wrote.
    let mut clipboard = SystemClipboard::open().map_err(|err| {
        anyhow!(
            "cannot open the clipboard: {err} (on Wayland the compositor must offer the \
             data-control protocol, or XWayland must be running)"
        )
    })?;
    let (stop_tx, stop_rx) = mpsc::channel();
    ctrlc::set_handler(move || {
        let _ = stop_tx.send(());
    })
    .context("installing the Ctrl-C handler")?;
    // A panic message may quote the text being processed: show only where it happened.
    std::panic::set_hook(Box::new(|info| {
        let place = info
            .location()
            .map_or_else(String::new, |l| format!(" at {}:{}", l.file(), l.line()));
        eprintln!("caviard: internal error{place}");
    }));

    let mut hint = change_hint();
    let mut notifier = Notifier::new(args.notify);
    let interval = Duration::from_millis(args.interval);
    eprintln!(
        "caviard: watching the clipboard (mode {}, min-level {}{}, {}, every {} ms); Ctrl-C to stop",
        args.mode.as_str(),
        args.min_level.as_str(),
        match (args.vault.is_set(), args.restore) {
            (true, true) => ", session, restore",
            (true, false) => ", session",
            _ => "",
        },
        hint.describe(),
        args.interval
    );
    let settings = Settings {
        mode: args.mode,
        min_level: args.min_level,
        restore: args.restore,
    };
    let mut watcher =
        Watcher::new(&engine, &policy, settings, pseudonyms).with_audit(audit, args.style.name());
    loop {
        if hint.maybe_changed() || watcher.needs_retry() {
            let event = watcher.check(&mut clipboard);
            if watcher.take_recovered() {
                eprintln!("caviard: the clipboard is reachable again");
            }
            if let Some(message) = event.message(watcher.settings().mode) {
                eprintln!("caviard: {message}");
                if worth_a_notification(&event) {
                    notifier.notify(&message);
                }
            }
        }
        match stop_rx.recv_timeout(interval) {
            Err(RecvTimeoutError::Timeout) => {}
            Ok(()) | Err(RecvTimeoutError::Disconnected) => break,
        }
    }
    eprintln!("caviard: stopped watching the clipboard");
    Ok(Vec::new())
}

/// Actions and failures the user must see even when the terminal is hidden; outages are
/// reported on stderr only.
fn worth_a_notification(event: &Event) -> bool {
    matches!(
        event,
        Event::Redacted { .. }
            | Event::Unmaskable(..)
            | Event::Warned(..)
            | Event::Blocked { .. }
            | Event::Restored { .. }
            | Event::RestoreRefused { .. }
            | Event::RestoreFailed(_)
            | Event::CheckFailed { .. }
            | Event::SessionFailed { .. }
            | Event::WriteFailed { .. }
            | Event::AuditFailed { .. }
    )
}

/// What a vault session records, `None` without `--vault`/`--session`; refuses the options
/// that need one when there is none.
fn session_style(args: &WatchArgs) -> Result<Option<Pseudonyms>> {
    if !args.vault.is_set() {
        if args.restore {
            bail!("--restore needs a session: --vault FILE or --session NAME");
        }
        if args.ttl.is_some() {
            bail!("--ttl needs a vault: --vault FILE or --session NAME");
        }
        if args.vault.key_file.is_some() {
            bail!("--key-file needs a vault: --vault FILE or --session NAME");
        }
        return Ok(None);
    }
    Ok(Some(match args.style {
        StyleArg::Placeholder => Pseudonyms::Placeholders,
        StyleArg::Fake => Pseudonyms::Fakes,
        other => bail!(
            "--style {}: a vault records placeholders or fake values only (--style placeholder or fake)",
            other.to_possible_value().map_or_else(String::new, |v| v.get_name().to_string())
        ),
    }))
}

/// Without a graphical session there is no clipboard to watch: say so at once rather than let
/// the platform layer time out.
fn check_session() -> Result<()> {
    #[cfg(all(
        unix,
        not(any(target_os = "macos", target_os = "android", target_os = "emscripten"))
    ))]
    {
        let set = |name: &str| std::env::var_os(name).is_some_and(|v| !v.is_empty());
        if !set("DISPLAY") && !set("WAYLAND_DISPLAY") {
            anyhow::bail!(
                "no graphical session: neither DISPLAY nor WAYLAND_DISPLAY is set, and caviard \
                 watch needs the X11 or Wayland clipboard"
            );
        }
    }
    Ok(())
}
