//! Desktop notifications for `caviard watch --notify`, through the platform's own command
//! (`notify-send` on Linux and the BSDs, `osascript` on macOS) rather than a D-Bus library:
//! `notify-send` talks to the same notification service, and the watcher stays free of an
//! async D-Bus stack. Notification texts hold kinds and counts only, never values.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

pub struct Notifier {
    command: Option<PathBuf>,
}

impl Notifier {
    /// The notifier, when `enabled` and the platform has one; otherwise says once on stderr
    /// why there will be no notifications.
    pub fn new(enabled: bool) -> Notifier {
        if !enabled {
            return Notifier { command: None };
        }
        let command = find_in_path(NOTIFIER);
        if command.is_none() {
            eprintln!(
                "caviard: --notify: {}; messages go to stderr only",
                UNAVAILABLE_REASON
            );
        }
        Notifier { command }
    }

    pub fn notify(&mut self, body: &str) {
        let Some(program) = &self.command else {
            return;
        };
        let mut command = Command::new(program);
        add_arguments(&mut command, body);
        let spawned = command
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn();
        match spawned {
            Ok(mut child) => {
                // Reaped in the background: a slow notification service never delays the watcher.
                std::thread::spawn(move || child.wait());
            }
            Err(err) => {
                eprintln!(
                    "caviard: --notify: cannot run {}: {err}; notifications off",
                    program.display()
                );
                self.command = None;
            }
        }
    }
}

#[cfg(target_os = "macos")]
const NOTIFIER: &str = "osascript";
#[cfg(target_os = "macos")]
const UNAVAILABLE_REASON: &str = "osascript not found";

#[cfg(target_os = "macos")]
fn add_arguments(command: &mut Command, body: &str) {
    let quoted = |s: &str| format!("\"{}\"", s.replace('\\', "\\\\").replace('"', "\\\""));
    command.arg("-e").arg(format!(
        "display notification {} with title \"caviard\"",
        quoted(body)
    ));
}

#[cfg(all(unix, not(target_os = "macos")))]
const NOTIFIER: &str = "notify-send";
#[cfg(all(unix, not(target_os = "macos")))]
const UNAVAILABLE_REASON: &str = "notify-send not found (install libnotify-bin or libnotify)";

#[cfg(all(unix, not(target_os = "macos")))]
fn add_arguments(command: &mut Command, body: &str) {
    command
        .arg("--app-name=caviard")
        .arg("--")
        .arg("caviard")
        .arg(body);
}

#[cfg(not(unix))]
const NOTIFIER: &str = "";
#[cfg(not(unix))]
const UNAVAILABLE_REASON: &str = "desktop notifications are not supported on this platform yet";

#[cfg(not(unix))]
fn add_arguments(_command: &mut Command, _body: &str) {}

/// The full path of `program` in `PATH`, if it is there.
fn find_in_path(program: &str) -> Option<PathBuf> {
    if program.is_empty() {
        return None;
    }
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path)
        .map(|dir| dir.join(program))
        .find(|candidate| is_executable(candidate))
}

#[cfg(unix)]
fn is_executable(path: &Path) -> bool {
    use std::os::unix::fs::PermissionsExt;
    path.metadata()
        .is_ok_and(|m| m.is_file() && m.permissions().mode() & 0o111 != 0)
}

#[cfg(not(unix))]
fn is_executable(path: &Path) -> bool {
    path.is_file()
}
