//! End-to-end tests of the audit trail: records for `redact` and `check`, no detected value
//! in the file, a private key beside it, the hash chain and `caviard audit verify`, and
//! concurrent appends.

use std::collections::BTreeSet;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

fn caviard(dir: &Path, args: &[&str], stdin: &[u8]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_caviard"))
        .args(args)
        .current_dir(dir)
        .env("XDG_CONFIG_HOME", dir.join("xdg"))
        .env("HOME", dir.join("home"))
        .env("USER", "alice")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    if let Err(e) = child.stdin.take().unwrap().write_all(stdin) {
        assert_eq!(e.kind(), std::io::ErrorKind::BrokenPipe, "{e}");
    }
    child.wait_with_output().unwrap()
}

/// Sensitive French business documents holding most kinds, markers and a classification.
const CORPUS: &[(&str, &str)] = &[
    (
        "facture.txt",
        "FACTURE N° F-2024-0311 du 12/03/2024\n\
         Atelier Exemple SARL — SIRET 732 829 320 00074 — TVA FR44732829320\n\
         Client : Transports du Rhône, SIREN 552 081 317\n\
         Montant TTC : 4 812,00 €, à régler par virement avant le 30/04/2024 :\n\
         IBAN FR76 3000 6000 0112 3456 7890 189 — BIC BNPAFRPPXXX\n\
         Contact facturation : compta@atelier-exemple.fr, 04 72 10 33 50\n",
    ),
    (
        "note-rh.txt",
        "CONFIDENTIEL — Note RH\n\n\
         Salariée : née en 1978, NIR 2 78 06 93 123 045 16.\n\
         En arrêt maladie depuis le 3 mars, reconnaissance RQTH en cours.\n\
         Elle est syndiquée et a demandé un entretien avec la déléguée syndicale.\n\
         Joignable au 06 12 34 56 78 ou à elodie.martin@exemple.fr.\n",
    ),
    (
        "mail-client.txt",
        "De : achats@transports-exemple.fr\nÀ : commercial@atelier-exemple.fr\n\n\
         Bonjour,\nmerci de prélever l'échéance sur notre nouveau compte \
         DE89 3704 0044 0532 0130 00 ; pour l'acompte, la carte 4970 1012 3456 7893 \
         a été débitée. Rappelez-moi au +33 6 98 76 54 32.\nCordialement\n",
    ),
    (
        "incident.txt",
        "Incident serveur du 14/03 : la base 10.12.4.201 ne répond plus, le proxy \
         2001:db8:85a3::8a2e:370:7334 renvoie des 502. Ticket ouvert par \
         support-n2@exemple.fr. Diffusion interne uniquement.\n",
    ),
    (
        "compte-rendu.txt",
        "DIFFUSION RESTREINTE\n\nCompte rendu de la visite du 12 mars. Contact sur site : \
         +44 20 7946 0958, securite@site-exemple.fr. Carte d'accès provisoire \
         5555 5555 5555 4444.\n",
    ),
];

fn write_corpus(dir: &Path) -> Vec<PathBuf> {
    CORPUS
        .iter()
        .map(|(name, text)| {
            let path = dir.join(name);
            std::fs::write(&path, text).unwrap();
            path
        })
        .collect()
}

fn sandbox() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("xdg")).unwrap();
    std::fs::create_dir(dir.path().join("home")).unwrap();
    dir
}

/// The values `caviard scan` finds in the corpus, and their kinds.
fn detected_values(dir: &Path, files: &[PathBuf]) -> (BTreeSet<String>, BTreeSet<String>) {
    let mut args = vec!["scan", "--format", "json"];
    args.extend(files.iter().map(|f| f.to_str().unwrap()));
    let out = caviard(dir, &args, b"");
    assert!(out.status.success());
    let (mut values, mut kinds) = (BTreeSet::new(), BTreeSet::new());
    for line in String::from_utf8(out.stdout).unwrap().lines() {
        let v: serde_json::Value = serde_json::from_str(line).unwrap();
        values.insert(v["text"].as_str().unwrap().to_string());
        kinds.insert(v["kind"].as_str().unwrap().to_string());
    }
    (values, kinds)
}

#[test]
fn the_audit_trail_holds_no_detected_value() {
    let sb = sandbox();
    let dir = sb.path();
    let files = write_corpus(dir);
    let (values, kinds) = detected_values(dir, &files);
    // The test means something only if the corpus is full of findings.
    assert!(values.len() >= 20, "{values:?}");
    assert!(kinds.len() >= 9, "{kinds:?}");
    std::fs::write(
        dir.join("caviard.toml"),
        "audit = \"logs/trail.jsonl\"\naudit-user = true\naudit-host = true\n\
         [destinations.chatgpt]\nmax-level = \"internal\"\n",
    )
    .unwrap();
    std::fs::create_dir(dir.join("logs")).unwrap();
    let mut runs = 0;
    for file in &files {
        let f = file.to_str().unwrap();
        let text = std::fs::read(file).unwrap();
        for args in [
            &["redact", f][..],
            &["redact", "--style", "partial"],
            &["redact", "--to", "chatgpt", f],
            &["check", f],
            &["check", "--to", "chatgpt"],
        ] {
            let out = caviard(dir, args, &text);
            assert!(
                matches!(out.status.code(), Some(0 | 10 | 20 | 30)),
                "{args:?}: {}",
                String::from_utf8_lossy(&out.stderr)
            );
            runs += 1;
        }
    }
    // Every file at once, with --audit overriding the policy's path.
    let mut args = vec!["redact", "--audit", "other.jsonl"];
    args.extend(files.iter().map(|f| f.to_str().unwrap()));
    assert!(caviard(dir, &args, b"").status.success());

    let trail = std::fs::read(dir.join("logs/trail.jsonl")).unwrap();
    let other = std::fs::read(dir.join("other.jsonl")).unwrap();
    for bytes in [&trail, &other] {
        let text = String::from_utf8(bytes.clone()).unwrap();
        for value in &values {
            let compact: String = value.chars().filter(|c| c.is_alphanumeric()).collect();
            assert!(!text.contains(value.as_str()), "{value} in the audit trail");
            assert!(
                compact.len() < 6 || !text.contains(&compact),
                "{compact} in the audit trail"
            );
        }
        for marker in ["maladie", "RQTH", "syndiqu", "RESTREINTE", "restreinte"] {
            assert!(!text.contains(marker), "{marker} in the audit trail");
        }
    }
    let text = String::from_utf8(trail).unwrap();
    assert_eq!(text.lines().count(), runs);
    for line in text.lines() {
        let r: serde_json::Value = serde_json::from_str(line).unwrap();
        for field in [
            "time", "caviard", "command", "policy", "input", "raw", "residual", "decision",
            "kinds", "reasons", "user", "host", "prev",
        ] {
            assert!(r.get(field).is_some(), "{field} missing in {line}");
        }
        assert_eq!(r["input"]["hmac"].as_str().unwrap().len(), 64);
        assert_eq!(r["user"], "alice");
        assert!(r["time"].as_str().unwrap().ends_with('Z'));
    }
    let first: serde_json::Value = serde_json::from_str(text.lines().next().unwrap()).unwrap();
    assert_eq!(first["command"], "redact");
    assert_eq!(first["kinds"]["IBAN"], 1);
    assert!(first["output"]["bytes"].as_u64().unwrap() > 0);
    // A refused run records the refusal and no output.
    let refused = text
        .lines()
        .map(|l| serde_json::from_str::<serde_json::Value>(l).unwrap())
        .find(|r| r["allowed"] == false && r["command"] == "redact")
        .expect("a refused redact run");
    assert!(refused.get("output").is_none(), "{refused}");
    assert_eq!(refused["destination"], "chatgpt");

    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let key = std::fs::metadata(dir.join("logs/trail.jsonl.key")).unwrap();
        assert_eq!(key.len(), 32);
        assert_eq!(key.permissions().mode() & 0o777, 0o600);
    }
    let out = caviard(dir, &["audit", "verify", "logs/trail.jsonl"], b"");
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
    assert!(String::from_utf8_lossy(&out.stdout).contains(&format!("intact, {runs} records")));
}

/// The HMACs are keyed: the same input gives the same HMAC under one key, and a plain
/// SHA-256 of the input does not appear.
#[test]
fn input_hmacs_are_keyed() {
    use sha2::{Digest, Sha256};
    let sb = sandbox();
    let dir = sb.path();
    let iban = b"FR76 3000 6000 0112 3456 7890 189";
    for _ in 0..2 {
        let out = caviard(dir, &["check", "--audit", "a.jsonl"], iban);
        assert_eq!(out.status.code(), Some(10));
    }
    caviard(dir, &["check", "--audit", "b.jsonl"], iban);
    let hmac = |file: &str, line: usize| {
        let text = std::fs::read_to_string(dir.join(file)).unwrap();
        let r: serde_json::Value = serde_json::from_str(text.lines().nth(line).unwrap()).unwrap();
        r["input"]["hmac"].as_str().unwrap().to_string()
    };
    assert_eq!(hmac("a.jsonl", 0), hmac("a.jsonl", 1));
    assert_ne!(
        hmac("a.jsonl", 0),
        hmac("b.jsonl", 0),
        "another file, another key"
    );
    let plain = hex::encode(Sha256::digest(iban));
    assert!(!std::fs::read_to_string(dir.join("a.jsonl"))
        .unwrap()
        .contains(&plain));
}

#[test]
fn verify_detects_edited_and_deleted_records() {
    let sb = sandbox();
    let dir = sb.path();
    let texts: [&[u8]; 4] = [
        b"Bonjour, rendez-vous jeudi.",
        b"IBAN FR76 3000 6000 0112 3456 7890 189",
        b"Il est en arr\xc3\xaat maladie.",
        b"DIFFUSION RESTREINTE",
    ];
    for text in texts {
        caviard(dir, &["check", "--audit", "trail.jsonl"], text);
    }
    let verify = || {
        let out = caviard(dir, &["audit", "verify", "trail.jsonl"], b"");
        (out.status.code(), String::from_utf8(out.stdout).unwrap())
    };
    let (code, out) = verify();
    assert_eq!(code, Some(0), "{out}");
    assert!(out.contains("intact, 4 records"), "{out}");
    let original = std::fs::read_to_string(dir.join("trail.jsonl")).unwrap();
    let lines: Vec<&str> = original.lines().collect();

    // Edited: line 2 says public instead of confidential; the break shows at line 3.
    let edited = original.replacen("\"raw\":\"confidential\"", "\"raw\":\"public\"", 1);
    assert_ne!(edited, original);
    std::fs::write(dir.join("trail.jsonl"), &edited).unwrap();
    let (code, out) = verify();
    assert_eq!(code, Some(1), "{out}");
    assert!(out.contains("broken at line 3"), "{out}");

    // Deleted: the third record is gone; the fourth no longer chains.
    std::fs::write(
        dir.join("trail.jsonl"),
        format!("{}\n{}\n{}\n", lines[0], lines[1], lines[3]),
    )
    .unwrap();
    let (code, out) = verify();
    assert_eq!(code, Some(1));
    assert!(out.contains("broken at line 3"), "{out}");

    // The first record deleted: the new first line does not start the chain.
    std::fs::write(
        dir.join("trail.jsonl"),
        format!("{}\n{}\n", lines[1], lines[2]),
    )
    .unwrap();
    let (code, out) = verify();
    assert_eq!(code, Some(1));
    assert!(out.contains("broken at line 1"), "{out}");

    // Not JSON.
    std::fs::write(dir.join("trail.jsonl"), format!("{}\ngarbage\n", lines[0])).unwrap();
    let (code, out) = verify();
    assert_eq!(code, Some(1));
    assert!(out.contains("broken at line 2"), "{out}");

    let out = caviard(dir, &["audit", "verify", "missing.jsonl"], b"");
    assert_eq!(out.status.code(), Some(2));
}

/// Runs appending at the same time neither interleave nor break the chain.
#[test]
fn concurrent_appends_keep_the_chain() {
    let sb = sandbox();
    let dir = sb.path();
    let text = "Arrêt maladie, IBAN FR76 3000 6000 0112 3456 7890 189\n".repeat(200);
    let children: Vec<_> = (0..8)
        .map(|i| {
            let mut child = Command::new(env!("CARGO_BIN_EXE_caviard"))
                .args(if i % 2 == 0 {
                    &["check", "--audit", "trail.jsonl"][..]
                } else {
                    &["redact", "--audit", "trail.jsonl"][..]
                })
                .current_dir(dir)
                .env("XDG_CONFIG_HOME", dir.join("xdg"))
                .env("HOME", dir.join("home"))
                .stdin(Stdio::piped())
                .stdout(Stdio::null())
                .stderr(Stdio::piped())
                .spawn()
                .unwrap();
            child
                .stdin
                .take()
                .unwrap()
                .write_all(text.as_bytes())
                .unwrap();
            child
        })
        .collect();
    for child in children {
        let out = child.wait_with_output().unwrap();
        assert!(
            matches!(out.status.code(), Some(0 | 20)),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    let out = caviard(dir, &["audit", "verify", "trail.jsonl"], b"");
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
    assert!(String::from_utf8_lossy(&out.stdout).contains("intact, 8 records"));
}

#[cfg(unix)]
#[test]
fn a_key_readable_by_others_is_refused() {
    use std::os::unix::fs::PermissionsExt;
    let sb = sandbox();
    let dir = sb.path();
    assert!(caviard(dir, &["redact", "--audit", "t.jsonl"], b"x")
        .status
        .success());
    std::fs::set_permissions(
        dir.join("t.jsonl.key"),
        std::fs::Permissions::from_mode(0o644),
    )
    .unwrap();
    let out = caviard(
        dir,
        &["redact", "--audit", "t.jsonl"],
        b"IBAN FR76 3000 6000 0112 3456 7890 189",
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(out.stdout.is_empty(), "fail closed: nothing on stdout");
    assert!(String::from_utf8_lossy(&out.stderr).contains("chmod 600"));
}
