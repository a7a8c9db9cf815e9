//! Fail closed, end to end with the real binary: on every error path, exit 2, a clear message
//! on stderr, nothing on stdout, and the detected values never in the message.

use std::io::{Read, Write};
use std::path::Path;
use std::process::{Command, Output, Stdio};

const IBAN: &str = "FR76 3000 6000 0112 3456 7890 189";
const SECRET_TEXT: &str = "Virement sur FR76 3000 6000 0112 3456 7890 189, tél. 06 12 34 56 78.\n";

#[path = "support/run.rs"]
mod support;

use support::caviard;

fn run(args: &[&str], stdin: &[u8]) -> Output {
    support::with_stdin(caviard().args(args), stdin)
}

/// The failure contract: exit 2, empty stdout, a message naming `expect_in_message`, and
/// none of the values of `SECRET_TEXT` in it.
fn assert_fails_closed(out: &Output, expect_in_message: &str) {
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "stderr: {stderr}");
    assert!(out.stdout.is_empty(), "stdout not empty: {:?}", out.stdout);
    assert!(
        stderr.contains(expect_in_message),
        "message {stderr:?} lacks {expect_in_message:?}"
    );
    assert!(stderr.starts_with("caviard: error:"), "{stderr}");
    for value in [IBAN, "3000 6000", "06 12 34 56 78"] {
        assert!(!stderr.contains(value), "a value leaked in {stderr:?}");
    }
    assert!(!stderr.contains("panicked"), "{stderr}");
}

fn write(dir: &Path, name: &str, content: &str) -> String {
    let path = dir.join(name);
    std::fs::write(&path, content).unwrap();
    path.display().to_string()
}

#[test]
fn missing_file() {
    let dir = tempfile::tempdir().unwrap();
    let missing = dir.path().join("absent.txt").display().to_string();
    for cmd in ["redact", "scan"] {
        let out = run(&[cmd, &missing], b"");
        assert_fails_closed(&out, "absent.txt");
    }
}

/// The first file reads fine and holds values; the second is missing: nothing at all is
/// written, not even the first file redacted.
#[test]
fn later_file_missing_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let first = write(dir.path(), "first.txt", SECRET_TEXT);
    let missing = dir.path().join("second.txt").display().to_string();
    for cmd in ["redact", "scan"] {
        let out = run(&[cmd, &first, &missing], b"");
        assert_fails_closed(&out, "second.txt");
    }
}

/// A path that cannot be read as a file (a directory; permissions do not stop root).
#[test]
fn unreadable_file() {
    let dir = tempfile::tempdir().unwrap();
    let first = write(dir.path(), "first.txt", SECRET_TEXT);
    let sub = dir.path().join("a-directory");
    std::fs::create_dir(&sub).unwrap();
    let out = run(&["redact", &first, &sub.display().to_string()], b"");
    assert_fails_closed(&out, "a-directory");
}

#[test]
fn bad_pattern_files_name_file_and_line_or_rule() {
    let dir = tempfile::tempdir().unwrap();
    let cases = [
        (
            "unknown-key.toml",
            "[[rule]]\nid = \"ref\"\nkind = \"REF\"\nregex = 'R-[0-9]{4}'\ncolour = \"red\"\n",
            vec!["unknown-key.toml", "line 5", "colour"],
        ),
        (
            "bad-regex.toml",
            "[[rule]]\nid = \"ref\"\nkind = \"REF\"\nregex = 'R-[0-9'\n",
            vec!["bad-regex.toml", "`ref`", "regex"],
        ),
        (
            "empty-match.toml",
            "[[rule]]\nid = \"ref\"\nkind = \"REF\"\nregex = '[0-9]*'\n",
            vec!["empty-match.toml", "empty string"],
        ),
        (
            "not-toml.toml",
            "[[rule]\nid = ",
            vec!["not-toml.toml", "line 1"],
        ),
    ];
    for (name, content, expected) in cases {
        let path = write(dir.path(), name, content);
        let out = run(&["redact", "--patterns", &path], SECRET_TEXT.as_bytes());
        for e in &expected {
            assert_fails_closed(&out, e);
        }
    }
    let out = run(
        &["redact", "--patterns", "/nonexistent/rules.toml"],
        SECRET_TEXT.as_bytes(),
    );
    assert_fails_closed(&out, "/nonexistent/rules.toml");
}

#[test]
fn hash_style_without_key() {
    let out = run(&["redact", "--style", "hash"], SECRET_TEXT.as_bytes());
    assert_fails_closed(&out, "--key-env");
    let out = caviard()
        .args([
            "redact",
            "--style",
            "hash",
            "--key-env",
            "CAVIARD_TEST_SHORT_KEY",
        ])
        .env("CAVIARD_TEST_SHORT_KEY", "short")
        .stdin(Stdio::null())
        .output()
        .unwrap();
    assert_fails_closed(&out, "shorter than 16 bytes");
}

/// Invalid UTF-8 is not an error: the bytes pass through unchanged and the valid parts are
/// redacted.
#[test]
fn invalid_utf8_passes_through_and_valid_parts_are_redacted() {
    let mut input = b"avant \xff\xfe ".to_vec();
    input.extend_from_slice(SECRET_TEXT.as_bytes());
    input.extend_from_slice(b"fin \xc3\x28 \xed\xa0\x80");
    let out = run(&["--style", "label"], &input);
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(
        out.stdout,
        b"avant \xff\xfe Virement sur [IBAN], t\xc3\xa9l. [PHONE].\nfin \xc3\x28 \xed\xa0\x80"
    );
    assert!(out.stderr.is_empty());
}

/// The reader stops early (`caviard big.txt | head -c 10`): caviard ends quietly, with no
/// panic message, whether SIGPIPE or EPIPE reaches it.
#[test]
fn broken_pipe_is_quiet() {
    let big = SECRET_TEXT.repeat(20_000); // ~1.4 MB, far more than a pipe buffer.
    let mut child = caviard()
        .args(["redact"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdout = child.stdout.take().unwrap();
    let mut stdin = child.stdin.take().unwrap();
    let writer = std::thread::spawn(move || {
        let _ = stdin.write_all(big.as_bytes());
    });
    let mut head = [0u8; 10];
    stdout.read_exact(&mut head).unwrap();
    assert_eq!(&head, b"Virement s");
    drop(stdout);
    writer.join().unwrap();
    let out = child.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.is_empty(), "stderr: {stderr}");
    assert_eq!(out.status.code(), Some(0));
}

/// The output cannot be written (disk full): exit 2 and a clear message.
#[test]
fn full_disk_for_the_output() {
    if !Path::new("/dev/full").exists() {
        return;
    }
    let full = std::fs::OpenOptions::new()
        .write(true)
        .open("/dev/full")
        .unwrap();
    let mut child = caviard()
        .args(["redact"])
        .stdin(Stdio::piped())
        .stdout(full)
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(SECRET_TEXT.as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert!(stderr.contains("writing the output"), "{stderr}");
    assert!(stderr.contains("No space left"), "{stderr}");
    assert!(
        !stderr.contains(IBAN) && !stderr.contains("panicked"),
        "{stderr}"
    );
}

/// Runs caviard in `dir`, with the config and data directories inside it (so that no
/// caviard.toml, client list or vault of the developer's is read) and no vault key.
fn run_in(dir: &Path, args: &[&str], stdin: &[u8], env: &[(&str, &str)]) -> Output {
    let mut cmd = caviard();
    cmd.args(args)
        .current_dir(dir)
        .env("XDG_CONFIG_HOME", dir.join("xdg"))
        .env("XDG_DATA_HOME", dir.join("data"))
        .env("HOME", dir)
        .env_remove("CAVIARD_VAULT_KEY")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    for (k, v) in env {
        cmd.env(k, v);
    }
    let mut child = cmd.spawn().expect("caviard runs");
    let _ = child.stdin.take().unwrap().write_all(stdin);
    child.wait_with_output().unwrap()
}

/// Every file under `dir`, with its contents: a failed run must leave no new file (an audit
/// record, a vault) and change none.
fn snapshot(dir: &Path) -> Vec<(std::path::PathBuf, Vec<u8>)> {
    let mut out = Vec::new();
    let mut todo = vec![dir.to_path_buf()];
    while let Some(d) = todo.pop() {
        for e in std::fs::read_dir(&d).unwrap() {
            let p = e.unwrap().path();
            if p.is_dir() {
                todo.push(p);
            } else if !p.to_string_lossy().ends_with(".lock") {
                // Lock files are empty and hold nothing; taking the lock may create one.
                out.push((p.clone(), std::fs::read(&p).unwrap_or_default()));
            }
        }
    }
    out.sort();
    out
}

/// A policy file that does not parse (TOML syntax) or names an unknown key, given with
/// `--config` or found in the current directory: every command that reads it stops before
/// reading the text, and writes nothing, not even the audit record the file asks for.
#[test]
fn bad_policy_file_fails_closed() {
    let cases = [
        (
            "audit = \"audit.jsonl\"\n[kinds\nIBAN = \"secret\"\n",
            "line 2, column 7",
        ),
        (
            "audit = \"audit.jsonl\"\nallow = [\"732 829 320\"\n",
            "unclosed array",
        ),
        (
            "audit = \"audit.jsonl\"\nclient = \"c.txt\"\n",
            "unknown field `client`",
        ),
        (
            "audit = \"audit.jsonl\"\n[thresholds]\npersonal-data = 3\n",
            "unknown field `personal-data`",
        ),
        ("audit = \"audit.jsonl\"\n\u{0}", "line 2"),
    ];
    for (policy, reason) in cases {
        let dir = tempfile::tempdir().unwrap();
        let d = dir.path();
        std::fs::create_dir_all(d.join("xdg")).unwrap();
        write(d, "bad.toml", policy);
        // The same file where caviard looks for one by itself.
        write(d, "caviard.toml", policy);
        let before = snapshot(d);
        for args in [
            &["redact", "--config", "bad.toml"][..],
            &["check", "--config", "bad.toml"],
            &["scan", "--config", "bad.toml"],
            &["--config", "bad.toml"],
            &["redact"],
            &["check"],
            &["redact", "--to", "public-cloud"],
        ] {
            let out = run_in(d, args, SECRET_TEXT.as_bytes(), &[]);
            assert_fails_closed(&out, reason);
            let stderr = String::from_utf8_lossy(&out.stderr);
            assert!(stderr.contains(".toml: "), "{args:?}: {stderr}");
            assert_eq!(snapshot(d), before, "{args:?} {policy:?}: files changed");
        }
    }
}

/// A client list that cannot be used: missing, unreadable, not UTF-8, a CSV without the
/// column asked for, or holding no name at all (empty, comments only, an empty column, a
/// header alone). Running on would leave every client name in the output while the user
/// believes them masked: exit 2, nothing written.
#[test]
fn bad_client_list_fails_closed() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    write(d, "clients.csv", "nom,ville\nTransports Lefèvre,Lyon\n");
    write(d, "empty.txt", "");
    write(d, "comments.txt", "# clients 2024\n\n   \n");
    write(d, "empty-column.csv", "nom,ville\n,Lyon\n,Paris\n");
    write(d, "header-only.csv", "nom;ville\n");
    std::fs::write(d.join("latin1.txt"), b"Transports Lef\xe8vre\n").unwrap();
    std::fs::create_dir(d.join("folder")).unwrap();
    write(d, "policy.toml", "clients = \"absent.txt\"\n");
    write(d, "policy-empty.toml", "clients = \"empty.txt\"\n");
    let cases: [(&[&str], &str); 10] = [
        (&["--clients", "absent.txt"], "absent.txt"),
        (&["--clients", "folder"], "folder"),
        (&["--clients", "latin1.txt"], "not valid UTF-8"),
        (
            &["--clients", "clients.csv", "--clients-column", "raison"],
            "no column named `raison`",
        ),
        (&["--clients", "empty.txt"], "holds no name"),
        (&["--clients", "comments.txt"], "holds no name"),
        (
            &["--clients", "empty-column.csv", "--clients-column", "nom"],
            "column `nom` is empty",
        ),
        (
            &["--clients", "header-only.csv", "--clients-column", "nom"],
            "holds no name",
        ),
        (&["--config", "policy.toml"], "absent.txt"),
        (&["--config", "policy-empty.toml"], "holds no name"),
    ];
    let text = format!("Relance Transports Lefèvre : {SECRET_TEXT}");
    for (args, reason) in cases {
        for cmd in ["redact", "check", "scan"] {
            let mut full = vec![cmd];
            full.extend_from_slice(args);
            let out = run_in(d, &full, text.as_bytes(), &[]);
            assert_fails_closed(&out, reason);
            let stderr = String::from_utf8_lossy(&out.stderr);
            assert!(!stderr.contains("Lefèvre"), "{full:?}: {stderr}");
        }
    }
    // The same list with a name in it works: the failures above are about the list.
    let out = run_in(
        d,
        &[
            "redact",
            "--clients",
            "clients.csv",
            "--clients-column",
            "nom",
        ],
        text.as_bytes(),
        &[],
    );
    assert_eq!(out.status.code(), Some(0), "{:?}", out);
    assert!(String::from_utf8_lossy(&out.stdout).starts_with("Relance [CLIENT_1] : "));
}

/// `caviard … | head -c N` in a shell, where SIGPIPE has its default disposition (as for
/// any program started by a shell): caviard ends quietly, with exit 0 (or death by SIGPIPE,
/// 141 in the shell's terms) and no message, and what `head` got is the start of the redacted
/// output, never unredacted text.
#[test]
fn sigpipe_in_a_shell_pipeline_is_quiet() {
    let bash = Path::new("/bin/bash");
    if !bash.exists() {
        return;
    }
    // The shell's own check that SIGPIPE is at its default here: `yes` dies of it.
    let probe = Command::new(bash)
        .args(["-c", "yes | head -c 1 >/dev/null; echo ${PIPESTATUS[0]}"])
        .output()
        .unwrap();
    assert_eq!(String::from_utf8_lossy(&probe.stdout).trim(), "141");

    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let big = SECRET_TEXT.repeat(4_000); // ~280 kB, four times a pipe buffer.
    std::fs::write(d.join("big.txt"), &big).unwrap();
    let full = run_in(d, &["redact", "big.txt"], b"", &[]);
    assert_eq!(full.status.code(), Some(0));
    assert!(!String::from_utf8_lossy(&full.stdout).contains(IBAN));
    let bin = env!("CARGO_BIN_EXE_caviard");
    for (pipeline, redacted) in [
        ("\"$0\" redact big.txt 2>err.txt | head -c 4096", true),
        ("\"$0\" redact < big.txt 2>err.txt | head -c 4096", true),
        ("\"$0\" big.txt 2>err.txt | head -c 1", true),
        ("\"$0\" scan big.txt 2>err.txt | head -c 100", false),
    ] {
        let script = format!("{pipeline}; exit ${{PIPESTATUS[0]}}");
        let out = Command::new(bash)
            .args(["-c", &script, bin])
            .current_dir(d)
            .env("XDG_CONFIG_HOME", d.join("xdg"))
            .env("HOME", d)
            .output()
            .unwrap();
        let stderr = std::fs::read_to_string(d.join("err.txt")).unwrap();
        assert!(
            matches!(out.status.code(), Some(0 | 141)),
            "{pipeline}: {:?}, {stderr}",
            out.status
        );
        assert!(stderr.is_empty(), "{pipeline}: {stderr}");
        assert!(!out.stdout.is_empty(), "{pipeline}");
        if redacted {
            assert!(
                full.stdout.starts_with(&out.stdout),
                "{pipeline}: head got something else than the redacted output"
            );
        }
    }
}

/// A vault that cannot be opened: a malformed key (environment or key file), a file that is
/// not a vault (garbage, truncated, empty). `redact` must not fall back to an empty vault (its
/// placeholders would clash with the old answers') and must not overwrite the file; `restore`
/// must not pass the answer through unrestored. Exit 2, nothing on stdout, files unchanged,
/// neither key nor value in the message.
#[test]
fn bad_vault_key_or_corrupt_vault_fails_closed() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let created = run_in(
        d,
        &["redact", "--vault", "v.vault"],
        SECRET_TEXT.as_bytes(),
        &[],
    );
    assert_eq!(created.status.code(), Some(0), "{created:?}");
    let vault = std::fs::read(d.join("v.vault")).unwrap();
    let key = std::fs::read_to_string(d.join("v.vault.key")).unwrap();

    let bad_keys = [
        ("zz", "expected 32 bytes"),
        (&"ab".repeat(31), "expected 32 bytes"),
        ("", "expected 32 bytes"),
    ];
    for (bad, reason) in bad_keys {
        for args in [
            &["redact", "--vault", "v.vault"][..],
            &["restore", "--vault", "v.vault"],
        ] {
            let out = run_in(
                d,
                args,
                b"[IBAN_1] FR76 3000 6000 0112 3456 7890 189",
                &[("CAVIARD_VAULT_KEY", bad)],
            );
            assert_fails_closed(&out, reason);
        }
    }
    write(d, "garbage.key", "not a key\n");
    for args in [
        &["redact", "--vault", "v.vault", "--key-file", "garbage.key"][..],
        &["restore", "--vault", "v.vault", "--key-file", "garbage.key"],
    ] {
        let out = run_in(d, args, SECRET_TEXT.as_bytes(), &[]);
        assert_fails_closed(&out, "not a vault key file");
    }
    assert_eq!(std::fs::read(d.join("v.vault")).unwrap(), vault);

    let corrupt: [(&str, Vec<u8>); 4] = [
        ("garbage", b"this is not a vault, just some text\n".to_vec()),
        ("truncated", vault[..vault.len() / 2].to_vec()),
        ("header only", vault[..12.min(vault.len())].to_vec()),
        ("empty", Vec::new()),
    ];
    for (what, bytes) in corrupt {
        std::fs::write(d.join("v.vault"), &bytes).unwrap();
        for args in [
            &["redact", "--vault", "v.vault"][..],
            &["restore", "--vault", "v.vault"],
            &["vault", "list", "--vault", "v.vault"],
        ] {
            let out = run_in(d, args, b"[IBAN_1] FR76 3000 6000 0112 3456 7890 189", &[]);
            assert_fails_closed(&out, "v.vault");
            let stderr = String::from_utf8_lossy(&out.stderr);
            assert!(!stderr.contains(key.trim()), "{what}: key in {stderr}");
            assert_eq!(
                std::fs::read(d.join("v.vault")).unwrap(),
                bytes,
                "{what}: {args:?} changed the vault file"
            );
        }
    }
}

/// `restore --session NAME` for a session that does not exist (a typo, an expired data
/// directory): exit 2 rather than the answer passed through with its placeholders, and no
/// session created. A name that could leave the sessions folder is refused.
#[test]
fn restore_with_a_missing_session_fails_closed() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let answer = b"Le virement vers [IBAN_1] part demain.";
    let out = run_in(d, &["restore", "--session", "absente"], answer, &[]);
    assert_fails_closed(&out, "no such vault");
    assert!(String::from_utf8_lossy(&out.stderr).contains("absente"));
    assert!(!d.join("data/caviard/sessions/absente.vault").exists());
    // After a session exists, another name is still refused.
    let made = run_in(
        d,
        &["redact", "--session", "s1"],
        SECRET_TEXT.as_bytes(),
        &[],
    );
    assert_eq!(made.status.code(), Some(0), "{made:?}");
    let out = run_in(d, &["restore", "--session", "s2"], answer, &[]);
    assert_fails_closed(&out, "no such vault");
    for bad in ["../s1", ".hidden", "a/b", ""] {
        let out = run_in(d, &["restore", "--session", bad], answer, &[]);
        assert_fails_closed(&out, "--session");
    }
}
