//! End to end: `caviard redact --vault`, `caviard restore`, `caviard vault`, run as the real
//! binary with stdin piped.

use std::io::{Read, Write};
use std::path::Path;
use std::process::{Command, Output, Stdio};
use std::sync::mpsc;
use std::time::Duration;

const BIN: &str = env!("CARGO_BIN_EXE_caviard");

const IBAN: &str = "FR76 3000 6000 0112 3456 7890 189";
const IBAN2: &str = "DE89 3704 0044 0532 0130 00";
const PHONE: &str = "06 12 34 56 78";
const EMAIL: &str = "jean.dupont@exemple.fr";

/// Runs caviard in `dir` with `args` and `stdin`, without the user's vault key or data dir.
fn run_in(dir: &Path, args: &[&str], stdin: &str, env: &[(&str, &str)]) -> Output {
    let mut cmd = Command::new(BIN);
    cmd.args(args)
        .current_dir(dir)
        .env_remove("CAVIARD_VAULT_KEY")
        .env("XDG_DATA_HOME", dir.join("data"))
        .env("HOME", dir)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    for (k, v) in env {
        cmd.env(k, v);
    }
    let mut child = cmd.spawn().expect("spawn caviard");
    // The process may exit (on an error) before reading its input.
    let _ = child.stdin.take().unwrap().write_all(stdin.as_bytes());
    child.wait_with_output().unwrap()
}

fn ok(out: &Output) -> String {
    assert!(
        out.status.success(),
        "exit {:?}, stderr: {}",
        out.status,
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout.clone()).unwrap()
}

#[test]
fn redact_then_restore_a_mangled_answer() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let prompt1 = format!("Relance le client : virement sur {IBAN}, tél. {PHONE}.");
    let out1 = ok(&run_in(d, &["redact", "--vault", "v.vault"], &prompt1, &[]));
    assert_eq!(
        out1,
        "Relance le client : virement sur [IBAN_1], tél. [PHONE_1]."
    );
    // A second prompt of the conversation: the same IBAN written another way keeps its number.
    let prompt2 = format!("Et fr7630006000011234567890189 ou {IBAN2} ? Écrire à {EMAIL}");
    let out2 = ok(&run_in(d, &["--vault", "v.vault"], &prompt2, &[]));
    assert_eq!(out2, "Et [IBAN_1] ou [IBAN_2] ? Écrire à [EMAIL_1]");

    let answer = "Bonjour,\n**IBAN_1** est confirmé ; l'autre compte (<iban_2>) aussi. \
                  Appelez le {PHONE_1}, écrivez à [[EMAIL_1]] ou d'[PHONE_1]. \
                  Ne touchez pas à [IBAN_99], IBAN_12 ni à Covid_19.";
    let out = run_in(d, &["restore", "--vault", "v.vault"], answer, &[]);
    let expected = format!(
        "Bonjour,\n**{IBAN}** est confirmé ; l'autre compte ({IBAN2}) aussi. \
         Appelez le {PHONE}, écrivez à [{EMAIL}] ou d'{PHONE}. \
         Ne touchez pas à [IBAN_99], IBAN_12 ni à Covid_19."
    );
    assert_eq!(ok(&out), expected);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("[IBAN_99]") && stderr.contains("[IBAN_12]"),
        "{stderr}"
    );

    let json = run_in(
        d,
        &["restore", "--vault", "v.vault", "--format", "json"],
        answer,
        &[],
    );
    assert_eq!(ok(&json), expected);
    let report: serde_json::Value =
        serde_json::from_slice(&json.stderr).expect("one JSON object on stderr");
    assert_eq!(report["restored"], 5);
    assert_eq!(
        report["unresolved"],
        serde_json::json!(["[IBAN_99]", "[IBAN_12]"])
    );
}

#[test]
fn vault_files_are_private_encrypted_and_need_the_key() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let prompt = format!("{IBAN} {PHONE} {EMAIL} 1 85 05 78 006 084 91");
    ok(&run_in(d, &["redact", "--vault", "v.vault"], &prompt, &[]));
    let bytes = std::fs::read(d.join("v.vault")).unwrap();
    for value in [
        IBAN,
        "FR7630006000011234567890189",
        PHONE,
        "612345678",
        EMAIL,
        "1 85 05 78 006 084 91",
        "185057800608491",
        "IBAN",
    ] {
        assert!(
            !bytes.windows(value.len()).any(|w| w == value.as_bytes()),
            "{value} in the vault file"
        );
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        for file in ["v.vault", "v.vault.key", "v.vault.lock"] {
            let mode = std::fs::metadata(d.join(file))
                .unwrap()
                .permissions()
                .mode()
                & 0o777;
            assert_eq!(mode, 0o600, "{file}");
        }
    }

    // A wrong key: exit 2, a clear message, nothing on stdout, the vault untouched.
    let wrong = "00".repeat(32);
    for args in [
        &["restore", "--vault", "v.vault"][..],
        &["redact", "--vault", "v.vault"][..],
        &["vault", "list", "--vault", "v.vault", "--reveal"][..],
    ] {
        let out = run_in(d, args, &prompt, &[("CAVIARD_VAULT_KEY", &wrong)]);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(out.stdout.is_empty(), "{args:?}");
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(
            stderr.contains("cannot decrypt the vault: wrong key"),
            "{stderr}"
        );
        assert!(
            !stderr.contains(&wrong) && !stderr.contains(IBAN),
            "{stderr}"
        );
    }
    assert_eq!(std::fs::read(d.join("v.vault")).unwrap(), bytes);

    // A modified file is refused the same way.
    let mut tampered = bytes.clone();
    let mid = tampered.len() / 2;
    tampered[mid] ^= 0x40;
    std::fs::write(d.join("v.vault"), &tampered).unwrap();
    let out = run_in(d, &["restore", "--vault", "v.vault"], "[IBAN_1]", &[]);
    assert_eq!(out.status.code(), Some(2));
    assert!(out.stdout.is_empty());

    // A lost key file is named, not replaced by a new key.
    std::fs::write(d.join("v.vault"), &bytes).unwrap();
    std::fs::remove_file(d.join("v.vault.key")).unwrap();
    let out = run_in(d, &["redact", "--vault", "v.vault"], &prompt, &[]);
    assert_eq!(out.status.code(), Some(2));
    assert!(out.stdout.is_empty());
    assert!(String::from_utf8_lossy(&out.stderr).contains("key file is missing"));
}

#[test]
fn key_from_the_environment_and_listing() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let key = "ab".repeat(32);
    let env = [("CAVIARD_VAULT_KEY", key.as_str())];
    let text = format!("{IBAN} et {EMAIL}");
    ok(&run_in(d, &["redact", "--vault", "k.vault"], &text, &env));
    assert!(
        !d.join("k.vault.key").exists(),
        "no key file with a key in the environment"
    );
    let list = ok(&run_in(
        d,
        &["vault", "list", "--vault", "k.vault"],
        "",
        &env,
    ));
    assert_eq!(list, "[IBAN_1]\tIBAN\n[EMAIL_1]\tEMAIL\n");
    let reveal = ok(&run_in(
        d,
        &["vault", "list", "--vault", "k.vault", "--reveal"],
        "",
        &env,
    ));
    assert_eq!(
        reveal,
        format!("[IBAN_1]\tIBAN\t{IBAN}\n[EMAIL_1]\tEMAIL\t{EMAIL}\n")
    );
    ok(&run_in(
        d,
        &["vault", "clear", "--vault", "k.vault"],
        "",
        &env,
    ));
    assert!(!d.join("k.vault").exists());
    let out = run_in(d, &["restore", "--vault", "k.vault"], "[IBAN_1]", &env);
    assert_eq!(out.status.code(), Some(2), "no vault any more");
}

#[test]
fn sessions_live_in_the_user_data_dir() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let out = ok(&run_in(d, &["redact", "--session", "devis-42"], IBAN, &[]));
    assert_eq!(out, "[IBAN_1]");
    assert!(d.join("data/caviard/sessions/devis-42.vault").exists());
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(d.join("data/caviard/sessions"))
            .unwrap()
            .permissions()
            .mode()
            & 0o777;
        assert_eq!(mode, 0o700);
    }
    let back = ok(&run_in(
        d,
        &["restore", "--session", "devis-42"],
        "voir IBAN_1",
        &[],
    ));
    assert_eq!(back, format!("voir {IBAN}"));
    for bad in ["../x", ".hidden", "a/b", ""] {
        let out = run_in(d, &["redact", "--session", bad], IBAN, &[]);
        assert_eq!(out.status.code(), Some(2), "{bad:?}");
        assert!(out.stdout.is_empty());
    }
}

#[test]
fn fake_style_round_trip() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let text = format!("Virement {IBAN}, SIRET 732 829 320 00074, tél. {PHONE}, {EMAIL}.");
    let fake = ok(&run_in(
        d,
        &["redact", "--vault", "f.vault", "--style", "fake"],
        &text,
        &[],
    ));
    for value in [IBAN, "732 829 320 00074", PHONE, EMAIL] {
        assert!(!fake.contains(value), "{value} in {fake}");
    }
    assert!(
        fake.starts_with("Virement FR") && fake.contains("SIRET ") && fake.contains("@example.")
    );
    // The same vault gives the same fakes.
    let again = ok(&run_in(
        d,
        &["redact", "--vault", "f.vault", "--style", "fake"],
        &text,
        &[],
    ));
    assert_eq!(again, fake);
    let answer = format!("Réponse : {fake} Et en placeholder : [IBAN_1].");
    let restored = ok(&run_in(d, &["restore", "--vault", "f.vault"], &answer, &[]));
    assert_eq!(
        restored,
        format!("Réponse : {text} Et en placeholder : {IBAN}.")
    );
}

#[test]
fn bad_combinations_fail_closed() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    for args in [
        &["redact", "--vault", "v.vault", "--style", "label"][..],
        &["redact", "--ttl", "24h"][..],
        &["redact", "--vault", "v.vault", "--ttl", "soon"][..],
        &["restore"][..],
        &["restore", "--vault", "missing.vault"][..],
    ] {
        let out = run_in(d, args, IBAN, &[]);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(out.stdout.is_empty(), "{args:?}");
    }
}

#[test]
fn entries_expire_after_the_ttl() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    ok(&run_in(
        d,
        &["redact", "--vault", "t.vault", "--ttl", "1s"],
        IBAN,
        &[],
    ));
    assert_eq!(
        ok(&run_in(
            d,
            &["restore", "--vault", "t.vault"],
            "[IBAN_1]",
            &[]
        )),
        IBAN
    );
    std::thread::sleep(Duration::from_millis(2200));
    let out = run_in(d, &["restore", "--vault", "t.vault"], "[IBAN_1]", &[]);
    assert_eq!(ok(&out), "[IBAN_1]", "expired: left as is");
    assert!(String::from_utf8_lossy(&out.stderr).contains("[IBAN_1]"));
    // Numbers are not reused after expiry.
    let out = ok(&run_in(d, &["redact", "--vault", "t.vault"], IBAN2, &[]));
    assert_eq!(out, "[IBAN_2]");
}

#[test]
fn concurrent_redactions_share_one_consistent_vault() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    // Create the vault (and its key) first, then race eight processes on it.
    ok(&run_in(d, &["redact", "--vault", "c.vault"], "rien", &[]));
    let ibans = [
        "DE89 3704 0044 0532 0130 00",
        "GB29 NWBK 6016 1331 9268 19",
        "BE71 0961 2345 6769",
        "CH93 0076 2011 6238 5295 7",
        "ES91 2100 0418 4502 0005 1332",
        "LU28 0019 4006 4475 0000",
        "NL91ABNA0417164300",
        "IT60 X054 2811 1010 0000 0123 456",
    ];
    let children: Vec<_> = ibans
        .iter()
        .map(|other| {
            let text = format!("commun {IBAN} et {other}");
            let mut child = Command::new(BIN)
                .args(["redact", "--vault", "c.vault"])
                .current_dir(d)
                .env_remove("CAVIARD_VAULT_KEY")
                .stdin(Stdio::piped())
                .stdout(Stdio::piped())
                .stderr(Stdio::piped())
                .spawn()
                .unwrap();
            child
                .stdin
                .take()
                .unwrap()
                .write_all(text.as_bytes())
                .unwrap();
            (text, child)
        })
        .collect();
    let outputs: Vec<(String, String)> = children
        .into_iter()
        .map(|(text, child)| (text, ok(&child.wait_with_output().unwrap())))
        .collect();
    let list = ok(&run_in(
        d,
        &["vault", "list", "--vault", "c.vault", "--reveal"],
        "",
        &[],
    ));
    let lines: Vec<&str> = list.lines().collect();
    assert_eq!(lines.len(), 9, "{list}");
    for n in 1..=9 {
        assert_eq!(
            lines
                .iter()
                .filter(|l| l.starts_with(&format!("[IBAN_{n}]\t")))
                .count(),
            1,
            "{list}"
        );
    }
    assert!(
        lines[0].ends_with(IBAN),
        "the first writer's IBAN is [IBAN_1]: {list}"
    );
    // Every process's output restores to its input with the final vault.
    for (text, redacted) in outputs {
        assert!(
            redacted.starts_with("commun [IBAN_1] et [IBAN_"),
            "{redacted}"
        );
        assert_eq!(
            ok(&run_in(
                d,
                &["restore", "--vault", "c.vault"],
                &redacted,
                &[]
            )),
            text
        );
    }
}

/// The restorer writes each piece as soon as it cannot be part of a placeholder, without
/// waiting for the end of input.
#[test]
fn restore_streams_through_the_pipe() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    ok(&run_in(d, &["redact", "--vault", "s.vault"], IBAN, &[]));
    let mut child = Command::new(BIN)
        .args(["restore", "--vault", "s.vault"])
        .current_dir(d)
        .env_remove("CAVIARD_VAULT_KEY")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    let mut stdout = child.stdout.take().unwrap();
    let (tx, rx) = mpsc::channel::<Vec<u8>>();
    let reader = std::thread::spawn(move || {
        let mut buf = [0u8; 256];
        loop {
            match stdout.read(&mut buf) {
                Ok(0) | Err(_) => break,
                Ok(n) => {
                    if tx.send(buf[..n].to_vec()).is_err() {
                        break;
                    }
                }
            }
        }
    });
    let mut received = Vec::new();
    let mut expect = |input: &[u8], expected: &str, stdin: &mut std::process::ChildStdin| {
        stdin.write_all(input).unwrap();
        stdin.flush().unwrap();
        while received.len() < expected.len() {
            let piece = rx
                .recv_timeout(Duration::from_secs(10))
                .unwrap_or_else(|_| panic!("no output for {input:?} before the end of input"));
            received.extend(piece);
        }
        assert_eq!(String::from_utf8_lossy(&received), expected);
    };
    expect(b"Le compte ", "Le compte ", &mut stdin);
    // `[IB` may be a placeholder: held back; `AN_1] ` completes it.
    stdin.write_all(b"[IB").unwrap();
    stdin.flush().unwrap();
    expect(b"AN_1] est ", &format!("Le compte {IBAN} est "), &mut stdin);
    expect(b"ok", &format!("Le compte {IBAN} est ok"), &mut stdin);
    drop(stdin);
    reader.join().unwrap();
    assert!(child.wait().unwrap().success());
}
