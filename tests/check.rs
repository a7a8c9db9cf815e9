//! End-to-end tests of `caviard check`, `redact --to/--max-level` and `policy show`: levels,
//! decisions and exit codes on realistic French texts, policy files and their errors.
//! Every run happens in an empty directory with an empty config directory, so that no
//! caviard.toml of the developer's leaks in.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

struct Sandbox {
    dir: tempfile::TempDir,
}

impl Sandbox {
    fn new() -> Sandbox {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir(dir.path().join("xdg")).unwrap();
        std::fs::create_dir(dir.path().join("home")).unwrap();
        Sandbox { dir }
    }

    fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    fn write(&self, name: &str, content: &str) -> PathBuf {
        let path = self.path(name);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).unwrap();
        }
        std::fs::write(&path, content).unwrap();
        path
    }

    fn run(&self, args: &[&str], stdin: &str) -> Output {
        let mut child = Command::new(env!("CARGO_BIN_EXE_caviard"))
            .args(args)
            .current_dir(self.dir.path())
            .env("XDG_CONFIG_HOME", self.path("xdg"))
            .env("HOME", self.path("home"))
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        // The command may stop reading early (a bad policy): a broken pipe is fine.
        let written = child.stdin.take().unwrap().write_all(stdin.as_bytes());
        if let Err(e) = written {
            assert_eq!(e.kind(), std::io::ErrorKind::BrokenPipe, "{e}");
        }
        child.wait_with_output().unwrap()
    }
}

fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).unwrap()
}

fn stderr(o: &Output) -> String {
    String::from_utf8(o.stderr.clone()).unwrap()
}

fn json(o: &Output) -> serde_json::Value {
    serde_json::from_slice(&o.stdout).unwrap_or_else(|e| panic!("{e}: {}{}", stdout(o), stderr(o)))
}

const PUBLIC: &str = "Bonjour à tous,\n\nLa réunion d'équipe est déplacée à jeudi 14 h en salle \
Garonne. Merci d'apporter vos remarques sur le planning du trimestre et sur la commande \
n° 2024-0117 de 12 345,67 €.\n\nBonne journée\n";

const CONTACTS: &str = "Bonjour,\n\nPouvez-vous rappeler le service achats au 04 72 10 33 50 \
ou écrire à achats@transports-exemple.fr avant vendredi ? Le devis doit partir cette \
semaine.\n\nMerci\n";

const INVOICE: &str = "FACTURE N° F-2024-0311\nÉmetteur : Atelier Exemple SARL, SIRET 732 829 320 \
00074, TVA FR44732829320\nMontant TTC : 4 812,00 €\nRèglement par virement avant le 30/04 :\n\
IBAN FR76 3000 6000 0112 3456 7890 189 — BIC BNPAFRPPXXX\n";

const SICK_LEAVE: &str = "Objet : absence de Paul\n\nBonjour Claire,\n\nPaul m'a transmis son \
arrêt maladie du 3 au 14 mars (certificat médical joint). Merci de prévenir la paie et de \
décaler son entretien annuel. Son numéro de sécurité sociale : 1 85 05 78 006 084 91.\n\n\
Cordialement,\nservice RH — rh@exemple.fr\n";

const CLASSIFIED: &str = "DIFFUSION RESTREINTE\n\nCompte rendu de la visite du site de \
production du 12 mars : points d'amélioration sur le contrôle d'accès.\n";

const PATTERNS: &str = r#"
[[rule]]
id = "test-token"
kind = "SECRET"
regex = 'tok_[a-z0-9]{16}'

[[rule]]
id = "test-civility"
kind = "PERSON"
regex = '(?:M\.|Mme) [A-Z][a-z]+'
"#;

/// Each level and decision on a realistic text, with the exit code of `check`.
#[test]
fn levels_decisions_and_exit_codes() {
    let sb = Sandbox::new();
    sb.write("rules.toml", PATTERNS);
    sb.write("block.toml", "[decisions]\nsecret = \"block\"\n");
    let attendees: String = [
        "Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand", "Leroy",
        "Moreau", "Simon", "Laurent",
    ]
    .iter()
    .enumerate()
    .map(|(i, n)| {
        format!(
            "- {} {n} (service {})\n",
            if i % 2 == 0 { "M." } else { "Mme" },
            i + 1
        )
    })
    .collect();
    let attendees = format!("Liste des participants au séminaire :\n{attendees}");
    let few = "Présents : M. Martin, Mme Bernard, M. Martin.\n";
    let key = "Configuration du service : api = tok_a1b2c3d4e5f6g7h8\n";
    struct Case<'a> {
        name: &'a str,
        text: &'a str,
        args: &'a [&'a str],
        raw: &'a str,
        residual: &'a str,
        decision: &'a str,
        code: i32,
    }
    let cases = [
        Case {
            name: "public",
            text: PUBLIC,
            args: &[],
            raw: "public",
            residual: "public",
            decision: "cloud",
            code: 0,
        },
        Case {
            name: "contacts",
            text: CONTACTS,
            args: &[],
            raw: "internal",
            residual: "public",
            decision: "cloud-redacted",
            code: 10,
        },
        Case {
            name: "invoice",
            text: INVOICE,
            args: &[],
            raw: "confidential",
            residual: "public",
            decision: "cloud-redacted",
            code: 10,
        },
        Case {
            name: "sick leave",
            text: SICK_LEAVE,
            args: &[],
            raw: "confidential",
            residual: "confidential",
            decision: "sovereign",
            code: 20,
        },
        Case {
            name: "classified",
            text: CLASSIFIED,
            args: &[],
            raw: "secret",
            residual: "secret",
            decision: "on-premise",
            code: 20,
        },
        Case {
            name: "classified, blocked",
            text: CLASSIFIED,
            args: &["--config", "block.toml"],
            raw: "secret",
            residual: "secret",
            decision: "block",
            code: 30,
        },
        Case {
            name: "a key, masked",
            text: key,
            args: &["--patterns", "rules.toml"],
            raw: "secret",
            residual: "public",
            decision: "cloud-redacted",
            code: 10,
        },
        Case {
            name: "personal-data file",
            text: &attendees,
            args: &["--patterns", "rules.toml"],
            raw: "confidential",
            residual: "public",
            decision: "cloud-redacted",
            code: 10,
        },
        Case {
            name: "two people",
            text: few,
            args: &["--patterns", "rules.toml"],
            raw: "internal",
            residual: "public",
            decision: "cloud-redacted",
            code: 10,
        },
    ];
    for case in cases {
        let mut args = vec!["check", "--format", "json"];
        args.extend_from_slice(case.args);
        let out = sb.run(&args, case.text);
        let report = json(&out);
        assert_eq!(
            (
                report["raw"].as_str().unwrap(),
                report["residual"].as_str().unwrap(),
                report["decision"].as_str().unwrap()
            ),
            (case.raw, case.residual, case.decision),
            "{}: {report}",
            case.name
        );
        assert_eq!(out.status.code(), Some(case.code), "{}", case.name);
        assert_eq!(report["exit_code"], case.code, "{}", case.name);
        // The text format gives the same verdict and the same exit code.
        let mut args = vec!["check"];
        args.extend_from_slice(case.args);
        let out = sb.run(&args, case.text);
        assert_eq!(out.status.code(), Some(case.code), "{}", case.name);
        let text = stdout(&out);
        assert!(
            text.contains(&format!(
                "raw: {}\nresidual: {}\ndecision: {}\n",
                case.raw, case.residual, case.decision
            )),
            "{}: {text}",
            case.name
        );
    }
}

/// The reasons name kinds, rules, marker categories and counts, never a value.
#[test]
fn reasons_without_values() {
    let sb = Sandbox::new();
    let out = sb.run(&["check", "--format", "json"], SICK_LEAVE);
    let report = json(&out);
    let reasons = report["reasons"].as_array().unwrap();
    let find = |source: &str, key: &str, value: &str| {
        reasons
            .iter()
            .find(|r| r["source"] == source && r[key] == value)
            .unwrap_or_else(|| panic!("no {source} {value} in {report}"))
    };
    let nir = find("finding", "kind", "NIR");
    assert_eq!(
        (
            nir["rule"].as_str(),
            nir["count"].as_u64(),
            nir["remaining"].as_u64()
        ),
        (Some("nir"), Some(1), Some(0))
    );
    let health = find("marker", "category", "health");
    // "arrêt maladie" and "certificat médical".
    assert_eq!(
        (health["count"].as_u64(), health["remaining"].as_u64()),
        (Some(2), Some(2))
    );
    find("finding", "kind", "EMAIL");
    for (name, out) in [("json", out), ("text", sb.run(&["check"], SICK_LEAVE))] {
        let text = stdout(&out);
        for value in ["85 05 78", "rh@exemple.fr", "arrêt maladie", "certificat"] {
            assert!(!text.contains(value), "{name}: {value} in {text}");
        }
    }
}

#[test]
fn destinations_decide_the_exit_code() {
    let sb = Sandbox::new();
    sb.write(
        "caviard.toml",
        "[destinations.chatgpt]\nmax-level = \"internal\"\n\
         [destinations.mistral-eu]\nmax-level = \"confidential\"\n\
         [destinations.local]\nmax-level = \"secret\"\n",
    );
    sb.write(
        "block.toml",
        "[decisions]\nsecret = \"block\"\n[destinations.local]\nmax-level = \"secret\"\n",
    );
    let table: &[(&str, &[&str], i32, &str)] = &[
        (PUBLIC, &["--to", "chatgpt"], 0, "allowed"),
        (INVOICE, &["--to", "chatgpt"], 0, "allowed"),
        (SICK_LEAVE, &["--to", "chatgpt"], 20, "refused"),
        (SICK_LEAVE, &["--to", "mistral-eu"], 0, "allowed"),
        (SICK_LEAVE, &["--to", "public-cloud"], 20, "refused"),
        (SICK_LEAVE, &["--max-level", "confidential"], 0, "allowed"),
        (CLASSIFIED, &["--to", "mistral-eu"], 20, "refused"),
        (CLASSIFIED, &["--to", "local"], 0, "allowed"),
        (
            CLASSIFIED,
            &["--to", "local", "--config", "block.toml"],
            30,
            "refused",
        ),
        (CONTACTS, &["--max-level", "public"], 0, "allowed"),
        (SICK_LEAVE, &["--max-level", "internal"], 20, "refused"),
    ];
    for (text, args, code, verdict) in table {
        let mut all = vec!["check"];
        all.extend_from_slice(args);
        let out = sb.run(&all, text);
        assert_eq!(
            out.status.code(),
            Some(*code),
            "{args:?}: {}{}",
            stdout(&out),
            stderr(&out)
        );
        assert!(
            stdout(&out).contains(&format!(": {verdict}\n")),
            "{args:?}: {}",
            stdout(&out)
        );
    }
    let out = sb.run(&["check", "--to", "nowhere"], PUBLIC);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("unknown destination `nowhere`"),
        "{}",
        stderr(&out)
    );
    assert!(out.stdout.is_empty());
}

#[test]
fn redact_refuses_what_the_destination_may_not_receive() {
    let sb = Sandbox::new();
    sb.write(
        "caviard.toml",
        "[destinations.chatgpt]\nmax-level = \"internal\"\n",
    );
    // Allowed: the redacted invoice goes out.
    let out = sb.run(&["redact", "--to", "chatgpt"], INVOICE);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(stdout(&out).contains("IBAN [IBAN_1]"), "{}", stdout(&out));
    // Refused: nothing on stdout, the reason (no value) on stderr.
    for args in [
        &["redact", "--to", "chatgpt"][..],
        &["--to", "chatgpt"],
        &["redact", "--max-level", "internal", "--style", "label"],
    ] {
        let out = sb.run(args, SICK_LEAVE);
        assert_eq!(out.status.code(), Some(20), "{args:?}");
        assert!(out.stdout.is_empty(), "{args:?}: {}", stdout(&out));
        let err = stderr(&out);
        assert!(
            err.contains("refused") && err.contains("marker health"),
            "{err}"
        );
        assert!(
            !err.contains("85 05 78") && !err.contains("maladie"),
            "{err}"
        );
    }
    sb.write("block.toml", "[decisions]\nsecret = \"block\"\n");
    let out = sb.run(
        &["redact", "--max-level", "secret", "--config", "block.toml"],
        CLASSIFIED,
    );
    assert_eq!(out.status.code(), Some(30));
    assert!(out.stdout.is_empty());
    let out = sb.run(&["redact", "--max-level", "secret"], CLASSIFIED);
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(stdout(&out), CLASSIFIED);
}

#[test]
fn the_allowlist_is_never_flagged() {
    let sb = Sandbox::new();
    sb.write(
        "caviard.toml",
        "allow = [\"73282932000074\", \"contact@atelier-exemple.fr\", \"FR44 732 829 320\"]\n",
    );
    let text = "Atelier Exemple, SIRET 732 829 320 00074, TVA FR44732829320, \
                contact@atelier-exemple.fr ; client : jean.dupont@exemple.fr\n";
    let out = sb.run(&["redact"], text);
    assert_eq!(
        stdout(&out),
        "Atelier Exemple, SIRET 732 829 320 00074, TVA FR44732829320, \
         contact@atelier-exemple.fr ; client : [EMAIL_1]\n"
    );
    let out = sb.run(&["scan", "--format", "json"], text);
    assert_eq!(stdout(&out).lines().count(), 1, "{}", stdout(&out));
    let out = sb.run(
        &["check"],
        "Contact : CONTACT@Atelier-Exemple.fr, SIRET 73282932000074\n",
    );
    assert_eq!(out.status.code(), Some(0), "{}", stdout(&out));
}

#[test]
fn policy_levels_markers_and_keywords() {
    let sb = Sandbox::new();
    sb.write(
        "caviard.toml",
        "[kinds]\nEMAIL = \"confidential\"\n[rules]\niban = \"internal\"\n\
         [markers]\nhealth = \"internal\"\n\
         [keywords.secret]\nwords = [\"projet Orion\"]\n\
         [keywords.confidential]\nregex = ['PRJ-[0-9]{4}']\n",
    );
    let table = [
        ("Écrire à paul@exemple.fr", "confidential", "public"),
        (
            "IBAN FR76 3000 6000 0112 3456 7890 189",
            "internal",
            "public",
        ),
        ("Il est en arrêt maladie.", "internal", "internal"),
        ("Point d'étape sur le PROJET ORION.", "secret", "secret"),
        (
            "Réf. interne prj-2041, à valider.",
            "confidential",
            "confidential",
        ),
        ("Réf. interne PRJ-20411.", "public", "public"),
    ];
    for (text, raw, residual) in table {
        let report = json(&sb.run(&["check", "--format", "json"], text));
        assert_eq!(
            (
                report["raw"].as_str().unwrap(),
                report["residual"].as_str().unwrap()
            ),
            (raw, residual),
            "{text}: {report}"
        );
    }
}

#[test]
fn several_files_are_one_text() {
    let sb = Sandbox::new();
    let a = sb.write("a.txt", CONTACTS);
    let b = sb.write("b.txt", SICK_LEAVE);
    let out = sb.run(&["check", a.to_str().unwrap(), b.to_str().unwrap()], "");
    assert_eq!(out.status.code(), Some(20));
    let text = stdout(&out);
    assert!(
        text.contains("a.txt: raw internal, residual public, decision cloud-redacted"),
        "{text}"
    );
    assert!(
        text.contains("b.txt: raw confidential, residual confidential, decision sovereign"),
        "{text}"
    );
    assert!(
        text.contains("\nraw: confidential\nresidual: confidential\ndecision: sovereign\n"),
        "{text}"
    );
    let report = json(&sb.run(&["check", "--format", "json", "a.txt", "b.txt"], ""));
    assert_eq!(report["files"].as_array().unwrap().len(), 2);
    assert_eq!(report["files"][0]["path"], "a.txt");
}

/// Unknown keys, bad levels and bad regexes are refused with the file, line and reason, and
/// nothing reaches stdout, whatever the command.
#[test]
fn policy_errors() {
    let sb = Sandbox::new();
    let table = [
        (
            "audit = \"a.jsonl\"\nauditt = \"b\"\n",
            "line 2, column 1",
            "unknown field `auditt`",
        ),
        (
            "[kinds]\nIBAN = \"top-secret\"\n",
            "line 2, column 8",
            "unknown variant `top-secret`",
        ),
        (
            "[keywords.confidential]\nwords = [\"ok\"]\nregex = ['PRJ-[0-9']\n",
            "line 3",
            "bad regex: unclosed character class",
        ),
        (
            "[destinations.chatgpt]\nmax_level = \"internal\"\n",
            "line 2, column 1",
            "unknown field `max_level`",
        ),
        (
            "[decisions]\nsecret = \"cloud-redacted\"\n",
            "line 2",
            "more open",
        ),
        (
            "[thresholds]\npersonal-data-file = -3\n",
            "line 2",
            "invalid value",
        ),
    ];
    for (policy, location, reason) in table {
        let path = sb.write("bad.toml", policy);
        for args in [
            &["check", "--config", "bad.toml"][..],
            &["redact", "--config", "bad.toml"],
            &["--config", "bad.toml"],
            &["scan", "--config", "bad.toml"],
            &["policy", "show", "--config", "bad.toml"],
        ] {
            let out = sb.run(args, SICK_LEAVE);
            assert_eq!(out.status.code(), Some(2), "{args:?} {policy:?}");
            assert!(out.stdout.is_empty(), "{args:?}: {}", stdout(&out));
            let err = stderr(&out);
            assert!(
                err.contains(&format!("{}: {location}", path.display()))
                    || err.contains(&format!("bad.toml: {location}")),
                "{policy:?}: {err}"
            );
            assert!(err.contains(reason), "{policy:?}: {err}");
        }
    }
}

#[test]
fn config_lookup_order() {
    let sb = Sandbox::new();
    let show = |args: &[&str]| stdout(&sb.run(args, ""));
    assert!(show(&["policy", "show"]).contains("no policy file found"));
    sb.write(
        "xdg/caviard/caviard.toml",
        "[thresholds]\npersonal-data-file = 3\n",
    );
    let out = show(&["policy", "show"]);
    assert!(out.contains("personal-data-file = 3"), "{out}");
    assert!(
        out.contains(
            &Path::new("xdg")
                .join("caviard")
                .join("caviard.toml")
                .display()
                .to_string()
        ),
        "{out}"
    );
    sb.write("caviard.toml", "[thresholds]\npersonal-data-file = 4\n");
    assert!(show(&["policy", "show"]).contains("personal-data-file = 4"));
    sb.write("other.toml", "[thresholds]\npersonal-data-file = 5\n");
    assert!(show(&["policy", "show", "--config", "other.toml"]).contains("personal-data-file = 5"));
    let out = sb.run(&["check", "--config", "missing.toml"], PUBLIC);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("missing.toml"), "{}", stderr(&out));
}

/// `policy show` prints the defaults merged with the file, as a policy file that reads back
/// to the same effective policy (same hash).
#[test]
fn policy_show_round_trips() {
    let sb = Sandbox::new();
    sb.write(
        "caviard.toml",
        "allow = [\"support@acme.fr\"]\n[decisions]\nsecret = \"block\"\n\
         [destinations.chatgpt]\nmax-level = \"internal\"\n[keywords.secret]\nwords = [\"Orion\"]\n",
    );
    let shown = stdout(&sb.run(&["policy", "show"], ""));
    for expected in [
        "allow = [\"support@acme.fr\"]",
        "secret = \"block\"",
        "confidential = \"sovereign\"",
        "IBAN = \"confidential\"",
        "health = \"confidential\"",
        "[destinations.chatgpt]",
        "[destinations.public-cloud]",
        "words = [\"Orion\"]",
    ] {
        assert!(shown.contains(expected), "{expected}: {shown}");
    }
    sb.write("shown.toml", &shown);
    let again = stdout(&sb.run(&["policy", "show", "--config", "shown.toml"], ""));
    let hash = |s: &str| s.lines().nth(1).unwrap().to_string();
    assert_eq!(hash(&shown), hash(&again));
    assert_eq!(
        shown.split_once("\n\n").unwrap().1,
        again.split_once("\n\n").unwrap().1
    );
}
