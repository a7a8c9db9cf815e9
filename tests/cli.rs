//! End-to-end tests of the `caviard` binary: stdin piped in, exact stdout and exit code.

use std::io::Write;
use std::process::{Command, Output, Stdio};

#[path = "support/run.rs"]
mod run;

fn caviard(args: &[&str], stdin: &[u8], env: &[(&str, &str)]) -> Output {
    run::with_stdin(run::caviard().args(args).envs(env.iter().copied()), stdin)
}

const MAIL: &str = "Bonjour,\n\
Merci de régler la facture FAC-2024-00123 (1 234,56 €) sur FR76 3000 6000 0112 3456 7890 189, BIC BNPAFRPP.\n\
Notre SIRET : 732 829 320 00074, TVA FR44732829320.\n\
Rappel : IBAN FR7630006000011234567890189 (le même), tél. 06 12 34 56 78 ou +33 6 12 34 56 78.\n\
Écrire à élodie.lefèvre@compta.exemple.fr — commande n° 458712963 du 12/03/2024.\n";

#[test]
fn redaction_styles() {
    let cases: &[(&[&str], &str)] = &[
        (
            &[],
            "Bonjour,\n\
Merci de régler la facture FAC-2024-00123 (1 234,56 €) sur [IBAN_1], BIC [BIC_1].\n\
Notre SIRET : [SIRET_1], TVA [VAT_FR_1].\n\
Rappel : IBAN [IBAN_1] (le même), tél. [PHONE_1] ou [PHONE_1].\n\
Écrire à [EMAIL_1] — commande n° 458712963 du 12/03/2024.\n",
        ),
        (
            &["redact", "--style", "label"],
            "Bonjour,\n\
Merci de régler la facture FAC-2024-00123 (1 234,56 €) sur [IBAN], BIC [BIC].\n\
Notre SIRET : [SIRET], TVA [VAT_FR].\n\
Rappel : IBAN [IBAN] (le même), tél. [PHONE] ou [PHONE].\n\
Écrire à [EMAIL] — commande n° 458712963 du 12/03/2024.\n",
        ),
        (
            &["redact", "--style", "partial"],
            "Bonjour,\n\
Merci de régler la facture FAC-2024-00123 (1 234,56 €) sur FR76 **** **** **** **** ***0 189, BIC BNPA****.\n\
Notre SIRET : *** *** *** ***74, TVA FR*********20.\n\
Rappel : IBAN FR76*******************0189 (le même), tél. 06 ** ** ** 78 ou +33 6 ** ** ** 78.\n\
Écrire à é***@compta.exemple.fr — commande n° 458712963 du 12/03/2024.\n",
        ),
    ];
    for (args, expected) in cases {
        let out = caviard(args, MAIL.as_bytes(), &[]);
        assert_eq!(out.status.code(), Some(0), "{args:?}");
        assert_eq!(
            String::from_utf8(out.stdout).unwrap(),
            *expected,
            "{args:?}"
        );
        assert!(out.stderr.is_empty(), "{args:?}");
    }
}

#[test]
fn hash_style_is_keyed_and_needs_a_key() {
    let key = [("CAVIARD_TEST_KEY", "0123456789abcdef0123")];
    let args = ["redact", "--style", "hash", "--key-env", "CAVIARD_TEST_KEY"];
    let a = caviard(&args, b"IBAN FR76 3000 6000 0112 3456 7890 189\n", &key);
    let b = caviard(&args, b"IBAN fr7630006000011234567890189\n", &key);
    assert_eq!(a.status.code(), Some(0));
    let a = String::from_utf8(a.stdout).unwrap();
    assert!(a.starts_with("IBAN [IBAN#") && a.ends_with("]\n"), "{a}");
    assert_eq!(a, String::from_utf8(b.stdout).unwrap());
    let other = caviard(
        &args,
        b"IBAN FR76 3000 6000 0112 3456 7890 189\n",
        &[("CAVIARD_TEST_KEY", "another key of 16+ bytes")],
    );
    assert_ne!(a, String::from_utf8(other.stdout).unwrap());

    for (args, env) in [
        (&["redact", "--style", "hash"][..], &[][..]),
        (&args[..], &[][..]),
        (&args[..], &[("CAVIARD_TEST_KEY", "short")][..]),
    ] {
        let out = caviard(args, b"IBAN FR76 3000 6000 0112 3456 7890 189\n", env);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(out.stdout.is_empty());
        let err = String::from_utf8(out.stderr).unwrap();
        assert!(err.contains("key"), "{err}");
        assert!(!err.contains("3000"), "{err}");
    }
}

#[test]
fn scan_text_and_json() {
    let out = caviard(&["scan"], MAIL.as_bytes(), &[]);
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(
        String::from_utf8(out.stdout).unwrap(),
        "<stdin>:2:60 IBAN FR76 **** **** **** **** ***0 189\n\
<stdin>:2:99 BIC BNPA****\n\
<stdin>:3:15 SIRET *** *** *** ***74\n\
<stdin>:3:38 VAT_FR FR*********20\n\
<stdin>:4:15 IBAN FR76*******************0189\n\
<stdin>:4:59 PHONE 06 ** ** ** 78\n\
<stdin>:4:77 PHONE +33 6 ** ** ** 78\n\
<stdin>:5:10 EMAIL é***@compta.exemple.fr\n"
    );

    let dir = tempfile::tempdir().unwrap();
    let a = dir.path().join("a.txt");
    let b = dir.path().join("b.txt");
    std::fs::write(&a, "tél. 06 12 34 56 78\n").unwrap();
    std::fs::write(&b, "rien\nIP 10.0.0.254\n").unwrap();
    let out = caviard(
        &[
            "scan",
            "--format",
            "json",
            a.to_str().unwrap(),
            b.to_str().unwrap(),
        ],
        b"",
        &[],
    );
    assert_eq!(out.status.code(), Some(0));
    let expected = format!(
        "{{\"kind\":\"PHONE\",\"start\":6,\"end\":20,\"text\":\"06 12 34 56 78\",\"rule\":\"phone-fr\",\"path\":\"{}\"}}\n\
{{\"kind\":\"IP_ADDRESS\",\"start\":8,\"end\":18,\"text\":\"10.0.0.254\",\"rule\":\"ipv4\",\"path\":\"{}\"}}\n",
        a.display(),
        b.display()
    );
    assert_eq!(String::from_utf8(out.stdout).unwrap(), expected);
}

#[test]
fn placeholders_are_consistent_across_files() {
    let dir = tempfile::tempdir().unwrap();
    let a = dir.path().join("a.txt");
    let b = dir.path().join("b.txt");
    std::fs::write(&a, "De : jean@exemple.fr\n").unwrap();
    std::fs::write(&b, "Cc : paul@exemple.fr, jean@exemple.fr\n").unwrap();
    let out = caviard(&[a.to_str().unwrap(), b.to_str().unwrap()], b"", &[]);
    assert_eq!(
        String::from_utf8(out.stdout).unwrap(),
        "De : [EMAIL_1]\nCc : [EMAIL_2], [EMAIL_1]\n"
    );
}

#[test]
fn invalid_utf8_passes_through_and_detection_continues() {
    let mut input = b"IBAN FR76 3000 6000 0112 3456 7890 189 \xff\xfe ok \xc3".to_vec();
    input.extend_from_slice(b"\n06 12 34 56 78\n\xe2\x82");
    let out = caviard(&[], &input, &[]);
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(
        out.stdout,
        b"IBAN [IBAN_1] \xff\xfe ok \xc3\n[PHONE_1]\n\xe2\x82".to_vec()
    );
    let scan = caviard(&["scan", "--format", "json"], &input, &[]);
    let text = String::from_utf8(scan.stdout).unwrap();
    assert!(text.contains("\"start\":5,\"end\":38"), "{text}");
    assert!(text.contains("\"start\":47,\"end\":61"), "{text}");
}

#[test]
fn errors_fail_closed_with_exit_2() {
    let dir = tempfile::tempdir().unwrap();
    let good = dir.path().join("good.txt");
    std::fs::write(&good, "IBAN FR76 3000 6000 0112 3456 7890 189\n").unwrap();
    let missing = dir.path().join("missing.txt");
    let bad_rules = dir.path().join("rules.toml");
    std::fs::write(
        &bad_rules,
        "[[rule]]\nid = \"contrat\"\nkind = \"CONTRACT\"\nregex = 'CT-[0-9]{6}'\nexamples.positive = [\"x\"]\ncolour = \"red\"\n",
    )
    .unwrap();
    let bad_regex = dir.path().join("regex.toml");
    std::fs::write(
        &bad_regex,
        "[[rule]]\nid = \"contrat\"\nkind = \"CONTRACT\"\nregex = 'CT-[0-9'\n",
    )
    .unwrap();
    let cases: Vec<(Vec<String>, &str)> = vec![
        (
            vec![good.display().to_string(), missing.display().to_string()],
            "missing.txt",
        ),
        (
            vec![
                "--patterns".into(),
                bad_rules.display().to_string(),
                good.display().to_string(),
            ],
            "line 6",
        ),
        (
            vec![
                "--patterns".into(),
                bad_regex.display().to_string(),
                good.display().to_string(),
            ],
            "rule `contrat`: bad regex",
        ),
        (vec!["--style".into(), "nope".into()], "nope"),
    ];
    for (args, expected) in cases {
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        let out = caviard(&args, b"IBAN FR76 3000 6000 0112 3456 7890 189\n", &[]);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(out.stdout.is_empty(), "{args:?}: stdout must stay empty");
        let err = String::from_utf8(out.stderr).unwrap();
        assert!(err.contains(expected), "{args:?}: {err}");
        assert!(!err.contains("3000 6000"), "{err}");
    }
}

#[test]
fn user_patterns_add_custom_kinds() {
    let dir = tempfile::tempdir().unwrap();
    let rules = dir.path().join("contrats.toml");
    std::fs::write(
        &rules,
        "[[rule]]\nid = \"contrat\"\nkind = \"CONTRACT\"\nregex = 'CT-[0-9]{6}'\n",
    )
    .unwrap();
    let out = caviard(
        &["--patterns", rules.to_str().unwrap()],
        b"Contrat CT-123456 et IBAN FR76 3000 6000 0112 3456 7890 189.\n",
        &[],
    );
    assert_eq!(
        String::from_utf8(out.stdout).unwrap(),
        "Contrat [CONTRACT_1] et IBAN [IBAN_1].\n"
    );
    let only = caviard(
        &[
            "--patterns",
            rules.to_str().unwrap(),
            "--no-default-patterns",
        ],
        b"Contrat CT-123456 et IBAN FR76 3000 6000 0112 3456 7890 189.\n",
        &[],
    );
    assert_eq!(
        String::from_utf8(only.stdout).unwrap(),
        "Contrat [CONTRACT_1] et IBAN FR76 3000 6000 0112 3456 7890 189.\n"
    );
}

#[test]
fn broken_pipe_exits_quietly() {
    let big = "IBAN FR76 3000 6000 0112 3456 7890 189 et du texte.\n".repeat(200_000);
    let mut child = Command::new(env!("CARGO_BIN_EXE_caviard"))
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut input = child.stdin.take().unwrap();
    let writer = std::thread::spawn(move || {
        let _ = input.write_all(big.as_bytes());
    });
    // Close the reading end at once, as `caviard < big | head -c0` would.
    drop(child.stdout.take());
    let out = child.wait_with_output().unwrap();
    writer.join().unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert!(
        out.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}
