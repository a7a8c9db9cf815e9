//! Fail closed, end to end with the real binary: on every error path, exit 2, a clear message
//! on stderr, nothing on stdout, and the detected values never in the message.

use std::io::{Read, Write};
use std::path::Path;
use std::process::{Command, Output, Stdio};

const IBAN: &str = "FR76 3000 6000 0112 3456 7890 189";
const SECRET_TEXT: &str = "Virement sur FR76 3000 6000 0112 3456 7890 189, tél. 06 12 34 56 78.\n";

fn caviard() -> Command {
    Command::new(env!("CARGO_BIN_EXE_caviard"))
}

fn run(args: &[&str], stdin: &[u8]) -> Output {
    let mut child = caviard()
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("caviard runs");
    let mut input = child.stdin.take().unwrap();
    // The child may exit before reading (a bad argument): a broken pipe here is fine.
    let _ = input.write_all(stdin);
    drop(input);
    child.wait_with_output().unwrap()
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
