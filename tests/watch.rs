#![cfg(all(unix, not(target_os = "macos")))]
//! End-to-end tests of `caviard watch` on a real X11 clipboard: each test starts its own
//! virtual X server (Xvfb) and copies and pastes with xclip, as a user's applications would.
//!
//! Without Xvfb or xclip these tests say so loudly and pass, except in CI (`CI=true`), where
//! they fail: install them with `apt-get install -y xvfb xclip`.

use std::ffi::OsString;
use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, ExitStatus, Stdio};
use std::sync::atomic::{AtomicU32, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

#[path = "support/run.rs"]
mod run;

const IBAN: &str = "FR76 3000 6000 0112 3456 7890 189";
/// A name rule for these tests, so that they do not depend on the name detector being built in.
const PERSON_RULES: &str = r#"
[[rule]]
id = "test-person"
kind = "PERSON"
regex = '(?:M\.|Mme) [A-Z][a-z]+ [A-Z][a-z]+'
boundary = "word"
"#;
/// A secret rule for these tests, in case the built-in secret rules are not there.
const SECRET_RULES: &str = r#"
[[rule]]
id = "test-private-key"
kind = "SECRET"
regex = '-----BEGIN [A-Z ]*PRIVATE KEY-----'
boundary = "none"
"#;
const PRIVATE_KEY: &str = "-----BEGIN OPENSSH PRIVATE KEY-----\n\
b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW\n\
QyNTUxOQAAACDn3Qd1OHTgC5a6f0KyOfgw4hS1vh3X1mRXgn8mXRXq3QAAAJgkGyD3JBsg\n\
-----END OPENSSH PRIVATE KEY-----\n";
/// How long a change may take to show; the watcher runs with `--interval 50`.
const DEADLINE: Duration = Duration::from_secs(1);
/// How long a change may take with a vault session (each redaction saves the vault with an
/// fsync): the one-second target is for the plain clipboard path, not for a loaded disk.
const SESSION_DEADLINE: Duration = Duration::from_secs(3);
/// How long to watch for a change that must not happen.
const QUIET_PERIOD: Duration = Duration::from_millis(600);

fn in_path(program: &str) -> bool {
    std::env::var_os("PATH")
        .is_some_and(|path| std::env::split_paths(&path).any(|dir| dir.join(program).is_file()))
}

/// True when Xvfb and xclip are there. Otherwise: fails in CI, skips loudly elsewhere.
fn x11_tools(test: &str) -> bool {
    let missing: Vec<&str> = ["Xvfb", "xclip"]
        .into_iter()
        .filter(|p| !in_path(p))
        .collect();
    if missing.is_empty() {
        return true;
    }
    if std::env::var("CI").is_ok_and(|v| v == "true") {
        panic!(
            "CI=true and {} not found: the clipboard tests must run in CI \
             (apt-get install -y xvfb xclip)",
            missing.join(" and ")
        );
    }
    // Straight to the process's stderr: the test harness captures `eprintln!` of passing
    // tests, and this banner must be seen.
    let _ = writeln!(
        std::io::stderr(),
        "\n\
         ************************************************************************\n\
         * SKIPPED {test}: {} not found.\n\
         * The clipboard tests of `caviard watch` need them:\n\
         *     apt-get install -y xvfb xclip\n\
         ************************************************************************\n",
        missing.join(" and ")
    );
    false
}

/// A private virtual X server, killed on drop.
struct XServer {
    display: String,
    process: Child,
}

static NEXT_DISPLAY: AtomicU32 = AtomicU32::new(0);

impl XServer {
    fn start() -> XServer {
        // Display numbers from the process id, so that parallel tests and parallel runs of
        // the suite do not collide; taken numbers are skipped.
        let base = 200 + (std::process::id() % 500) * 16;
        for _ in 0..32 {
            let n = base + NEXT_DISPLAY.fetch_add(1, Ordering::Relaxed);
            let socket = PathBuf::from(format!("/tmp/.X11-unix/X{n}"));
            if socket.exists() || Path::new(&format!("/tmp/.X{n}-lock")).exists() {
                continue;
            }
            let mut process = Command::new("Xvfb")
                .arg(format!(":{n}"))
                .args(["-nolisten", "tcp", "-screen", "0", "320x240x24"])
                .stdin(Stdio::null())
                .stdout(Stdio::null())
                .stderr(Stdio::null())
                .spawn()
                .expect("starting Xvfb");
            let deadline = Instant::now() + Duration::from_secs(5);
            while Instant::now() < deadline {
                if let Ok(Some(_)) = process.try_wait() {
                    break; // display taken meanwhile: try the next one
                }
                if socket.exists() {
                    return XServer {
                        display: format!(":{n}"),
                        process,
                    };
                }
                std::thread::sleep(Duration::from_millis(10));
            }
            let _ = process.kill();
            let _ = process.wait();
        }
        panic!("could not start Xvfb on a free display");
    }

    /// Puts `text` on the CLIPBOARD selection with xclip, which serves it until another
    /// client takes the selection (then it exits) or until the returned child is killed.
    fn copy(&self, text: &str, mime: Option<&str>) -> Owner {
        let mut command = Command::new("xclip");
        command.args(["-quiet", "-selection", "clipboard", "-i"]);
        if let Some(mime) = mime {
            command.args(["-t", mime]);
        }
        let mut child = command
            .env("DISPLAY", &self.display)
            .stdin(Stdio::piped())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("starting xclip");
        child
            .stdin
            .take()
            .unwrap()
            .write_all(text.as_bytes())
            .unwrap();
        // xclip owns the selection once it has read its input: wait until a paste sees it.
        let owner = Owner(child);
        if mime.is_none() {
            let seen = wait_until(DEADLINE, || self.paste().is_some());
            assert!(seen, "xclip did not take the clipboard");
        } else {
            std::thread::sleep(Duration::from_millis(100));
        }
        owner
    }

    /// The clipboard text, as a paste would get it; `None` when there is no text.
    fn paste(&self) -> Option<String> {
        let out = Command::new("xclip")
            .args(["-o", "-selection", "clipboard"])
            .env("DISPLAY", &self.display)
            .stderr(Stdio::null())
            .output()
            .expect("running xclip -o");
        out.status
            .success()
            .then(|| String::from_utf8(out.stdout).expect("UTF-8 paste"))
    }
}

impl Drop for XServer {
    fn drop(&mut self) {
        let _ = self.process.kill();
        let _ = self.process.wait();
    }
}

/// An xclip process serving a copy; killed on drop.
struct Owner(Child);

impl Owner {
    fn still_serving(&mut self) -> bool {
        matches!(self.0.try_wait(), Ok(None))
    }
}

impl Drop for Owner {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn wait_until(within: Duration, mut condition: impl FnMut() -> bool) -> bool {
    let deadline = Instant::now() + within;
    loop {
        if condition() {
            return true;
        }
        if Instant::now() >= deadline {
            return false;
        }
        std::thread::sleep(Duration::from_millis(20));
    }
}

/// A running `caviard watch`, its stderr collected line by line.
struct Watch {
    child: Child,
    stderr: Arc<Mutex<Vec<String>>>,
    /// The pattern files, and the working, config and data directories of the watcher.
    dir: tempfile::TempDir,
}

impl Watch {
    fn start(x: &XServer, args: &[&str]) -> Watch {
        Watch::start_with_path(x, args, None)
    }

    /// As `start`, with this `PATH` (to find a fake notify-send, or none).
    fn start_with_path(x: &XServer, args: &[&str], path: Option<OsString>) -> Watch {
        Watch::start_in(x, args, path, tempfile::tempdir().unwrap())
    }

    /// As `start`, in `dir`: its working directory, and where its user config and data
    /// directories are (`--session` vaults go to `dir/data/caviard/sessions`), so that no
    /// `caviard.toml` or vault of the machine is used.
    fn start_in(
        x: &XServer,
        args: &[&str],
        path: Option<OsString>,
        dir: tempfile::TempDir,
    ) -> Watch {
        let person = dir.path().join("person.toml");
        let secret = dir.path().join("secret.toml");
        std::fs::write(&person, PERSON_RULES).unwrap();
        std::fs::write(&secret, SECRET_RULES).unwrap();
        let mut command = Command::new(env!("CARGO_BIN_EXE_caviard"));
        if let Some(path) = path {
            command.env("PATH", path);
        }
        let mut child = command
            .arg("watch")
            .args(["--interval", "50"])
            .arg("--patterns")
            .arg(&person)
            .arg("--patterns")
            .arg(&secret)
            .args(args)
            .env("DISPLAY", &x.display)
            .env_remove("WAYLAND_DISPLAY")
            .env_remove("CAVIARD_VAULT_KEY")
            .env("XDG_CONFIG_HOME", dir.path().join("config"))
            .env("XDG_DATA_HOME", dir.path().join("data"))
            .current_dir(dir.path())
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .expect("starting caviard watch");
        let stderr = Arc::new(Mutex::new(Vec::new()));
        let lines = Arc::clone(&stderr);
        let pipe = child.stderr.take().unwrap();
        std::thread::spawn(move || {
            for line in BufReader::new(pipe).lines() {
                let Ok(line) = line else { break };
                lines.lock().unwrap().push(line);
            }
        });
        let watch = Watch { child, stderr, dir };
        assert!(
            wait_until(Duration::from_secs(5), || watch
                .logged("watching the clipboard")),
            "caviard watch did not start: {:?}",
            watch.lines()
        );
        watch
    }

    fn lines(&self) -> Vec<String> {
        self.stderr.lock().unwrap().clone()
    }

    fn logged(&self, needle: &str) -> bool {
        self.lines().iter().any(|l| l.contains(needle))
    }

    /// Ends it with SIGTERM, as a service manager would, and checks that it ends cleanly.
    fn stop(self) -> Vec<String> {
        self.stop_with("-TERM")
    }

    /// Ends it with a signal (`-TERM`, `-INT` as Ctrl-C) and checks that it ends cleanly.
    fn stop_with(mut self, signal: &str) -> Vec<String> {
        let status = Command::new("kill")
            .args([signal, &self.child.id().to_string()])
            .status()
            .unwrap();
        assert!(status.success());
        let status = wait_exit(&mut self.child, Duration::from_secs(3))
            .expect("caviard watch did not stop on SIGTERM");
        assert!(status.success(), "exit status {status:?}");
        assert!(wait_until(Duration::from_secs(1), || self
            .logged("stopped watching the clipboard")));
        self.lines()
    }
}

impl Drop for Watch {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn wait_exit(child: &mut Child, within: Duration) -> Option<ExitStatus> {
    let deadline = Instant::now() + within;
    loop {
        if let Some(status) = child.try_wait().unwrap() {
            return Some(status);
        }
        if Instant::now() >= deadline {
            return None;
        }
        std::thread::sleep(Duration::from_millis(10));
    }
}

#[test]
fn iban_and_name_are_redacted_within_a_second_and_stay_pasteable() {
    if !x11_tools("iban_and_name_are_redacted_within_a_second_and_stay_pasteable") {
        return;
    }
    let x = XServer::start();
    let watch = Watch::start(&x, &[]);
    let original = format!("Virement sur {IBAN} pour M. Jean Dupont, merci.");
    let mut owner = x.copy(&original, None);
    let redacted = wait_until(DEADLINE, || {
        x.paste().is_some_and(|t| t.contains("[IBAN_1]"))
    });
    let pasted = x.paste();
    assert!(redacted, "not redacted within a second: {pasted:?}");
    let pasted = pasted.unwrap();
    assert!(pasted.contains("[PERSON_1]"), "{pasted}");
    assert!(
        !pasted.contains("3000") && !pasted.contains("Dupont"),
        "{pasted}"
    );
    assert!(pasted.starts_with("Virement sur ") && pasted.ends_with(", merci."));
    // caviard now owns the clipboard and keeps serving the redacted text.
    assert!(wait_until(DEADLINE, || !owner.still_serving()));
    std::thread::sleep(QUIET_PERIOD);
    assert_eq!(x.paste().as_deref(), Some(pasted.as_str()));
    let lines = watch.stop();
    let actions: Vec<&String> = lines.iter().filter(|l| l.contains("redacted")).collect();
    assert_eq!(
        actions,
        ["caviard: clipboard redacted: 1 IBAN, 1 PERSON"],
        "one line, kinds and counts, no values, and no reaction to its own write"
    );
    assert!(!lines
        .iter()
        .any(|l| l.contains("3000") || l.contains("Dupont")));
}

#[test]
fn clean_text_and_images_are_left_untouched() {
    if !x11_tools("clean_text_and_images_are_left_untouched") {
        return;
    }
    let x = XServer::start();
    let watch = Watch::start(&x, &[]);
    let clean = "Bonjour, la réunion est déplacée à 14 h, salle 3.";
    let mut owner = x.copy(clean, None);
    std::thread::sleep(QUIET_PERIOD);
    // Not rewritten: xclip still owns the selection (caviard writing would have taken it).
    assert!(owner.still_serving(), "the clean text was rewritten");
    assert_eq!(x.paste().as_deref(), Some(clean));
    drop(owner);

    // Non-text content: xclip offers only image/png.
    let mut image = x.copy("\u{89}PNG fake image bytes", Some("image/png"));
    std::thread::sleep(QUIET_PERIOD);
    assert!(image.still_serving(), "the image was replaced");
    drop(image);

    // The owner of the clipboard is gone (xclip killed): caviard keeps working.
    let _owner = x.copy(&format!("IBAN {IBAN}"), None);
    assert!(
        wait_until(DEADLINE, || x.paste().as_deref() == Some("IBAN [IBAN_1]")),
        "the watcher stopped working: {:?}",
        watch.lines()
    );
    let lines = watch.stop();
    let actions: Vec<&String> = lines
        .iter()
        .filter(|l| !l.contains("watching") && !l.contains("stopped"))
        .collect();
    assert_eq!(actions, ["caviard: clipboard redacted: 1 IBAN"]);
}

#[test]
fn warn_mode_leaves_the_clipboard_and_prints_the_warning() {
    if !x11_tools("warn_mode_leaves_the_clipboard_and_prints_the_warning") {
        return;
    }
    let x = XServer::start();
    let watch = Watch::start(&x, &["--mode", "warn"]);
    let original = format!("Virement sur {IBAN}.");
    let mut owner = x.copy(&original, None);
    let warning =
        "caviard: warning: the clipboard holds confidential data (left unchanged): 1 IBAN";
    assert!(
        wait_until(DEADLINE, || watch.logged(warning)),
        "{:?}",
        watch.lines()
    );
    std::thread::sleep(QUIET_PERIOD);
    assert!(owner.still_serving());
    assert_eq!(x.paste().as_deref(), Some(original.as_str()));
    let lines = watch.stop();
    assert_eq!(lines.iter().filter(|l| l.contains("warning")).count(), 1);
}

#[test]
fn block_mode_empties_the_clipboard_for_a_private_key() {
    if !x11_tools("block_mode_empties_the_clipboard_for_a_private_key") {
        return;
    }
    let x = XServer::start();
    let watch = Watch::start(&x, &["--mode", "block"]);
    let _owner = x.copy(PRIVATE_KEY, None);
    assert!(
        wait_until(DEADLINE, || x.paste().as_deref() == Some("")),
        "not emptied: {:?}",
        x.paste()
    );
    std::thread::sleep(QUIET_PERIOD);
    assert_eq!(x.paste().as_deref(), Some(""));
    // Other sensitive texts are still redacted in block mode.
    let _owner = x.copy(&format!("IBAN {IBAN}"), None);
    assert!(wait_until(DEADLINE, || x.paste().as_deref() == Some("IBAN [IBAN_1]")));
    let lines = watch.stop();
    assert!(
        lines.contains(
            &"caviard: clipboard emptied (secret, decision on-premise): 1 SECRET".to_string()
        ),
        "{lines:?}"
    );
    assert!(!lines.iter().any(|l| l.contains("b3BlbnNzaC1rZXktdjEAAAAA")));
}

#[test]
fn min_level_confidential_leaves_a_name_alone() {
    if !x11_tools("min_level_confidential_leaves_a_name_alone") {
        return;
    }
    let x = XServer::start();
    let watch = Watch::start(&x, &["--min-level", "confidential"]);
    let mut owner = x.copy("Rendez-vous avec M. Jean Dupont demain.", None);
    std::thread::sleep(QUIET_PERIOD);
    assert!(
        owner.still_serving(),
        "a text below --min-level was rewritten"
    );
    let _owner = x.copy(&format!("M. Jean Dupont, IBAN {IBAN}"), None);
    assert!(wait_until(DEADLINE, || x.paste().as_deref()
        == Some("[PERSON_1], IBAN [IBAN_1]")));
    watch.stop();
}

#[test]
fn notify_calls_notify_send_with_kinds_and_counts_only() {
    if !x11_tools("notify_calls_notify_send_with_kinds_and_counts_only") {
        return;
    }
    use std::os::unix::fs::PermissionsExt;
    let bin = tempfile::tempdir().unwrap();
    let calls = bin.path().join("calls");
    let fake = bin.path().join("notify-send");
    std::fs::write(
        &fake,
        format!(
            "#!/bin/sh\nprintf '%s|' \"$@\" >> '{}'\necho >> '{}'\n",
            calls.display(),
            calls.display()
        ),
    )
    .unwrap();
    std::fs::set_permissions(&fake, std::fs::Permissions::from_mode(0o755)).unwrap();
    let x = XServer::start();
    let path = std::env::var_os("PATH").unwrap_or_default();
    let dirs = std::iter::once(bin.path().to_path_buf()).chain(std::env::split_paths(&path));
    let path = std::env::join_paths(dirs).unwrap();
    let watch = Watch::start_with_path(&x, &["--notify"], Some(path));
    let _owner = x.copy(&format!("Virement sur {IBAN} pour M. Jean Dupont."), None);
    assert!(wait_until(Duration::from_secs(2), || {
        std::fs::read_to_string(&calls).is_ok_and(|c| c.ends_with('\n'))
    }));
    watch.stop();
    assert_eq!(
        std::fs::read_to_string(&calls).unwrap(),
        "--app-name=caviard|--|caviard|clipboard redacted: 1 IBAN, 1 PERSON|\n"
    );
}

#[test]
fn notify_without_a_notifier_says_so_once_and_goes_on() {
    if !x11_tools("notify_without_a_notifier_says_so_once_and_goes_on") {
        return;
    }
    let x = XServer::start();
    // A PATH with no notify-send: only an empty directory.
    let empty = tempfile::tempdir().unwrap();
    let watch = Watch::start_with_path(&x, &["--notify"], Some(empty.path().as_os_str().into()));
    let _owner = x.copy(&format!("IBAN {IBAN}"), None);
    assert!(wait_until(DEADLINE, || x.paste().as_deref() == Some("IBAN [IBAN_1]")));
    let lines = watch.stop();
    let notes: Vec<&String> = lines.iter().filter(|l| l.contains("--notify")).collect();
    assert_eq!(
        notes,
        [
            "caviard: --notify: notify-send not found (install libnotify-bin or libnotify); \
          messages go to stderr only"
        ]
    );
}

/// Runs `caviard watch` expecting it to fail at once; returns its stderr.
fn fails_fast(envs: &[(&str, Option<&str>)]) -> String {
    fails_fast_with(&[], envs)
}

/// As `fails_fast`, with these arguments.
fn fails_fast_with(args: &[&str], envs: &[(&str, Option<&str>)]) -> String {
    let mut command = Command::new(env!("CARGO_BIN_EXE_caviard"));
    command
        .arg("watch")
        .args(args)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    for (name, value) in envs {
        match value {
            Some(v) => command.env(name, v),
            None => command.env_remove(name),
        };
    }
    let started = Instant::now();
    let mut child = command.spawn().unwrap();
    let status = wait_exit(&mut child, Duration::from_secs(2));
    if status.is_none() {
        let _ = child.kill();
    }
    let out = child.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    assert_eq!(
        status.and_then(|s| s.code()),
        Some(2),
        "not an exit 2 within 2 s: {stderr}"
    );
    assert!(started.elapsed() < Duration::from_secs(2));
    assert!(out.stdout.is_empty());
    stderr
}

#[test]
fn no_display_is_a_clear_error_and_exit_2() {
    let stderr = fails_fast(&[("DISPLAY", None), ("WAYLAND_DISPLAY", None)]);
    assert!(
        stderr.contains("error: no graphical session: neither DISPLAY nor WAYLAND_DISPLAY is set"),
        "{stderr}"
    );
}

#[test]
fn an_unreachable_display_is_a_clear_error_and_exit_2() {
    // A display number nothing listens on.
    let n = (0..)
        .map(|i| 4000 + i)
        .find(|n| !Path::new(&format!("/tmp/.X11-unix/X{n}")).exists())
        .unwrap();
    let display = format!(":{n}");
    let stderr = fails_fast(&[("DISPLAY", Some(&display)), ("WAYLAND_DISPLAY", None)]);
    assert!(
        stderr.contains("error: cannot open the clipboard"),
        "{stderr}"
    );
}

/// Runs another caviard command (vault list, restore, redact) with the watcher's directories.
fn caviard(dir: &Path, args: &[&str], stdin: &str, envs: &[(&str, &str)]) -> (i32, String, String) {
    let out = run::with_stdin(
        run::caviard()
            .args(args)
            .env_remove("CAVIARD_VAULT_KEY")
            .env("XDG_CONFIG_HOME", dir.join("config"))
            .env("XDG_DATA_HOME", dir.join("data"))
            .envs(envs.iter().copied())
            .current_dir(dir),
        stdin.as_bytes(),
    );
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn a_session_numbers_every_copy_and_restores_the_answer_once() {
    if !x11_tools("a_session_numbers_every_copy_and_restores_the_answer_once") {
        return;
    }
    let x = XServer::start();
    let watch = Watch::start(&x, &["--session", "devis-42", "--restore"]);
    let dir = watch.dir.path().to_path_buf();
    let prompt = format!("Virement sur {IBAN} pour M. Jean Dupont.");
    let _owner = x.copy(&prompt, None);
    assert!(wait_until(SESSION_DEADLINE, || x
        .paste()
        .is_some_and(|t| t.contains("[IBAN_1]"))));
    let redacted = x.paste().unwrap();
    assert!(
        !redacted.contains("3000") && !redacted.contains("Dupont"),
        "{redacted}"
    );
    // The values are in the session's vault, and `caviard restore` gives the prompt back.
    let (code, list, _) = caviard(&dir, &["vault", "list", "--session", "devis-42"], "", &[]);
    assert_eq!(code, 0);
    assert!(list.contains("[IBAN_1]\tIBAN"), "{list}");
    assert!(list.contains("[PERSON_1]\tPERSON"), "{list}");
    assert!(!list.contains("3000"), "{list}");
    let (code, restored, _) = caviard(&dir, &["restore", "--session", "devis-42"], &redacted, &[]);
    assert_eq!((code, restored.as_str()), (0, prompt.as_str()));

    // The model's answer, with a placeholder mangled as models do: restored in the
    // clipboard, once, and not redacted again.
    let answer = format!("Réponse : {}", redacted.replace("[IBAN_1]", "**IBAN_1**"));
    let mut owner = x.copy(&answer, None);
    let expected = format!("Réponse : {}", prompt.replace(IBAN, &format!("**{IBAN}**")));
    assert!(
        wait_until(SESSION_DEADLINE, || x.paste().as_deref()
            == Some(expected.as_str())),
        "not restored: {:?}",
        x.paste()
    );
    // The old owner (xclip) exits once it has lost the selection, a moment after the new
    // text can be pasted: asked at once, it could still be running (a flaky failure of CI).
    assert!(wait_until(DEADLINE, || !owner.still_serving()));
    std::thread::sleep(QUIET_PERIOD);
    assert_eq!(x.paste().as_deref(), Some(expected.as_str()));

    // Placeholders this session does not know, and lower-case tokens in code: left alone.
    let mut owner = x.copy("Voir [IBAN_7]; person_1 = charger()", None);
    std::thread::sleep(QUIET_PERIOD);
    assert!(owner.still_serving(), "rewritten: {:?}", x.paste());

    // A known placeholder next to a new value: redacted with the session's next number.
    let _owner = x.copy(&format!("Relance [IBAN_1] et {OTHER_IBAN}"), None);
    assert!(
        wait_until(SESSION_DEADLINE, || x.paste().as_deref()
            == Some("Relance [IBAN_1] et [IBAN_2]")),
        "{:?}",
        x.paste()
    );
    let lines = watch.stop();
    let actions: Vec<&String> = lines
        .iter()
        .filter(|l| l.contains("redacted") || l.contains("restored"))
        .collect();
    assert_eq!(
        actions,
        [
            "caviard: clipboard redacted: 1 IBAN, 1 PERSON",
            "caviard: clipboard restored: 2 value(s) of the session put back",
            "caviard: clipboard redacted: 1 IBAN",
        ],
        "{lines:?}"
    );
    assert!(!lines
        .iter()
        .any(|l| l.contains("3000") || l.contains("Dupont") || l.contains("3704")));
}

const OTHER_IBAN: &str = "DE89 3704 0044 0532 0130 00";

#[test]
fn the_policy_file_sets_levels_and_what_block_empties() {
    if !x11_tools("the_policy_file_sets_levels_and_what_block_empties") {
        return;
    }
    let x = XServer::start();
    let dir = tempfile::tempdir().unwrap();
    let config = dir.path().join("strict.toml");
    std::fs::write(
        &config,
        "audit = \"audit.jsonl\"\n\n[kinds]\nPERSON = \"confidential\"\n\n\
         [decisions]\nconfidential = \"on-premise\"\n",
    )
    .unwrap();
    let config = config.to_str().unwrap().to_string();
    let watch = Watch::start_in(
        &x,
        &[
            "--config",
            &config,
            "--mode",
            "block",
            "--min-level",
            "confidential",
        ],
        None,
        dir,
    );
    // A name is confidential under this policy, and confidential texts are on-premise only.
    let _owner = x.copy("Rendez-vous avec M. Jean Dupont demain.", None);
    assert!(
        wait_until(DEADLINE, || x.paste().as_deref() == Some("")),
        "not emptied: {:?}",
        x.paste()
    );
    // An e-mail address stays internal: below --min-level, left alone.
    let mut owner = x.copy("Écrire à compta@exemple.fr", None);
    std::thread::sleep(QUIET_PERIOD);
    assert!(owner.still_serving(), "rewritten: {:?}", x.paste());
    // One audit record per action (relative to the policy file), never a value.
    let trail = watch.dir.path().join("audit.jsonl");
    let records = std::fs::read_to_string(&trail).unwrap();
    assert_eq!(records.lines().count(), 1, "{records}");
    assert!(
        records.contains(r#""command":"watch""#) && records.contains(r#""PERSON":1"#),
        "{records}"
    );
    assert!(!records.contains("Dupont"), "{records}");
    let (code, _, stderr) = caviard(
        watch.dir.path(),
        &["audit", "verify", trail.to_str().unwrap()],
        "",
        &[],
    );
    assert_eq!(code, 0, "{stderr}");
    // Ctrl-C ends it cleanly too.
    let lines = watch.stop_with("-INT");
    assert!(
        lines.contains(
            &"caviard: clipboard emptied (confidential, decision on-premise): 1 PERSON".to_string()
        ),
        "{lines:?}"
    );
}

#[test]
fn session_options_without_a_session_are_refused_at_once() {
    for (args, message) in [
        (
            &["--restore"][..],
            "--restore needs a session: --vault FILE or --session NAME",
        ),
        (&["--ttl", "1h"][..], "--ttl needs a vault"),
        (
            &["--session", "s", "--style", "label"][..],
            "a vault records placeholders or fake values only",
        ),
    ] {
        let stderr = fails_fast_with(args, &[("DISPLAY", Some(":4999"))]);
        assert!(stderr.contains(message), "{args:?}: {stderr}");
    }
}

#[test]
fn a_wrong_vault_key_is_an_error_at_start() {
    let dir = tempfile::tempdir().unwrap();
    let vault = dir.path().join("s.vault");
    let vault = vault.to_str().unwrap();
    let (code, _, stderr) = caviard(
        dir.path(),
        &["redact", "--vault", vault],
        &format!("IBAN {IBAN}"),
        &[],
    );
    assert_eq!(code, 0, "{stderr}");
    let wrong = "ab".repeat(32);
    // DISPLAY is set (nothing listens there): the vault is opened before the clipboard.
    let stderr = fails_fast_with(
        &["--vault", vault],
        &[
            ("DISPLAY", Some(":4999")),
            ("CAVIARD_VAULT_KEY", Some(&wrong)),
        ],
    );
    assert!(stderr.contains("cannot decrypt the vault"), "{stderr}");
    assert!(!stderr.contains("3000"), "{stderr}");
}
