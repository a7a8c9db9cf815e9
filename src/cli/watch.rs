//! `caviard watch`: guards the system clipboard until Ctrl-C, so that what the user pastes
//! into a chat window is already redacted.
//!
//! The loop sleeps between ticks (`--interval`); at each tick it asks the platform's change
//! hint whether the clipboard may have changed (XFixes events on X11, so that an idle watcher
//! reads nothing; elsewhere it reads the clipboard and skips texts whose hash it has seen), and
//! hands new texts to the [`watcher::Watcher`], which decides and acts. Its own writes come
//! back with the hash it remembered, so it never reacts to them.

mod clipboard;
mod level;
mod notify;
mod watcher;

use std::sync::mpsc::{self, RecvTimeoutError};
use std::time::Duration;

use anyhow::{anyhow, Context, Result};
use clap::Args;

use self::clipboard::{change_hint, SystemClipboard};
use self::level::Level;
use self::notify::Notifier;
use self::watcher::{Event, Mode, Settings, Watcher};
use super::common::{build_engine, RuleArgs};
use super::redact::{style_from, StyleArg};

#[derive(Args, Debug, Clone)]
pub struct WatchArgs {
    /// How often to check the clipboard, in milliseconds (10 to 60000).
    #[arg(long, value_name = "MS", default_value_t = 250,
          value_parser = clap::value_parser!(u64).range(10..=60_000))]
    interval: u64,
    /// Act only on texts at least this critical.
    #[arg(long, value_enum, default_value_t = Level::Internal)]
    min_level: Level,
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
    #[command(flatten)]
    rules: RuleArgs,
}

pub fn run(args: &WatchArgs) -> Result<Vec<u8>> {
    let style = style_from(args.style, args.key_env.as_deref())?;
    let engine = build_engine(&args.rules)?;
    check_session()?;
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
        "caviard: watching the clipboard (mode {}, min-level {}, {}, every {} ms); Ctrl-C to stop",
        args.mode.as_str(),
        args.min_level.as_str(),
        hint.describe(),
        args.interval
    );
    let settings = Settings {
        mode: args.mode,
        min_level: args.min_level,
        style,
    };
    let mut watcher = Watcher::new(&engine, settings);
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
        Event::Redacted(_)
            | Event::Warned(..)
            | Event::Blocked(_)
            | Event::CheckFailed { .. }
            | Event::WriteFailed { .. }
    )
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
