//! End-to-end tests of secret detection: the real binary on realistic files (a Python script,
//! a docker-compose.yml, a .env, a log excerpt) with their exact expected output, committed
//! under `tests/data/secrets/expected/`, and look-alikes that must come out unchanged.
//! Every secret in these files is a random string of the right shape, not a real credential.

use std::path::PathBuf;
use std::process::Output;

#[path = "support/run.rs"]
mod run;

fn data(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data/secrets")
        .join(name)
}

fn caviard(args: &[&str], stdin: &[u8]) -> Output {
    let out = run::with_stdin(run::caviard().args(args), stdin);
    assert!(
        out.status.success(),
        "caviard {args:?} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    out
}

/// (rule, kind, text) of each finding, from `scan --format json`.
fn scan(args: &[&str], stdin: &[u8]) -> Vec<(String, String, String)> {
    let mut all = vec!["scan", "--format", "json"];
    all.extend_from_slice(args);
    let out = caviard(&all, stdin);
    String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|line| {
            let v: serde_json::Value = serde_json::from_str(line).unwrap();
            let field = |k: &str| v[k].as_str().unwrap().to_string();
            (field("rule"), field("kind"), field("text"))
        })
        .collect()
}

/// Each file, the rules expected to fire in it, in order.
const FILES: &[(&str, &[&str])] = &[
    (
        "app.py",
        &[
            "aws-access-key",
            "aws-secret-key",
            "slack-webhook",
            "secret-assignment",
            "jwt",
        ],
    ),
    (
        "docker-compose.yml",
        &[
            "secret-assignment-bare",
            "url-password",
            "secret-assignment",
            "github-token",
        ],
    ),
    (
        ".env",
        &[
            "url-password",
            "ipv4",
            "stripe-key",
            "anthropic-api-key",
            "mistral-api-key",
            "huggingface-token",
        ],
    ),
    (
        "app.log",
        &[
            "secret-assignment-bare",
            "url-password",
            "secret-assignment-bare",
            "github-token",
            "private-key",
        ],
    ),
];

#[test]
fn each_file_redacts_to_its_expected_output() {
    for (name, rules) in FILES {
        let path = data(name);
        let path = path.to_str().unwrap();
        let out = caviard(&["redact", path], b"");
        let expected = std::fs::read(data(&format!("expected/{name}.redacted"))).unwrap();
        assert_eq!(
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&expected),
            "{name}"
        );
        let findings = scan(&[path], b"");
        let got: Vec<&str> = findings.iter().map(|(rule, _, _)| rule.as_str()).collect();
        assert_eq!(&got, rules, "{name}");
        // No secret value survives in the redacted text.
        let redacted = String::from_utf8(out.stdout).unwrap();
        for (rule, kind, text) in &findings {
            if kind == "SECRET" {
                assert!(!redacted.contains(text.as_str()), "{name}: {rule} leaked");
            }
        }
    }
}

#[test]
fn several_files_share_one_numbering() {
    // The GitHub token of the compose file and of the log gets the same placeholder.
    let paths: Vec<String> = ["app.py", "docker-compose.yml", ".env", "app.log"]
        .iter()
        .map(|n| data(n).to_str().unwrap().to_string())
        .collect();
    let mut args = vec!["redact"];
    args.extend(paths.iter().map(String::as_str));
    let out = caviard(&args, b"");
    let expected = std::fs::read(data("expected/mixed.redacted")).unwrap();
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&expected)
    );
}

#[test]
fn look_alikes_come_out_unchanged() {
    let path = data("not-secrets.txt");
    let path = path.to_str().unwrap();
    let out = caviard(&["redact", path], b"");
    assert_eq!(out.stdout, std::fs::read(path).unwrap());
    let secrets: Vec<_> = scan(&[path], b"")
        .into_iter()
        .filter(|(_, kind, _)| kind == "SECRET")
        .collect();
    assert!(secrets.is_empty(), "{secrets:?}");
}

#[test]
fn key_names_stay_and_values_are_masked() {
    let cases = [
        (
            "api_key = \"9f2c7a1b5e8d4c6a0b3f\"\n",
            "api_key = \"[SECRET_1]\"\n",
        ),
        (
            "DATABASE_URL=postgres://app:Zt8#kq2LmVx9@db:5432/prod\n",
            "DATABASE_URL=postgres://app:[SECRET_1]@db:5432/prod\n",
        ),
        (
            "mongodb+srv://admin:q8Zp2Lm5Vx7R@cluster0.ab1cd.mongodb.net/factures\n",
            "mongodb+srv://admin:[SECRET_1]@cluster0.ab1cd.mongodb.net/factures\n",
        ),
        (
            "Identifiant : jdupont\nMot de passe : Bonjour2024!\n",
            "Identifiant : jdupont\nMot de passe : [SECRET_1]\n",
        ),
        (
            "<password>Fx9!qL2#mZ7w</password>\n",
            "<password>[SECRET_1]</password>\n",
        ),
        (
            "Server=sql01;Database=Paie;User Id=app;Password=Fx9!qL2#mZ7w;\n",
            "Server=sql01;Database=Paie;User Id=app;Password=[SECRET_1];\n",
        ),
        (
            "password=\"Fx9!qL2#mZ7w\" et plus loin pwd: Fx9!qL2#mZ7w\n",
            "password=\"[SECRET_1]\" et plus loin pwd: [SECRET_1]\n",
        ),
    ];
    for (input, expected) in cases {
        let out = caviard(&["redact"], input.as_bytes());
        assert_eq!(String::from_utf8(out.stdout).unwrap(), expected, "{input}");
    }
}

#[test]
fn placeholders_and_code_are_not_secrets() {
    let cases = [
        "password = get_password()\n",
        "token = self.token\n",
        "API_KEY = os.environ[\"API_KEY\"]\n",
        "password: ${DB_PASSWORD}\n",
        "api_key = \"<your-api-key>\"\n",
        "aws_access_key_id = AKIAIOSFODNN7EXAMPLE\n",
        "secret = \"changeme\"\n",
        "token_type = \"bearer\"\n",
        "password: \"{{ vault_db_password }}\"\n",
        "cursor.execute(\"… WHERE password = %(password)s\")\n",
        "STRIPE_PUBLISHABLE_KEY=pk_live_kibjL5DZPjN0MEQ7wjJJibaZ\n",
        "\"integrity\": \"sha512-2A8QhOMrbomlDuiLeK9XibIBzuHeRcqqNOHp0Cyp5EoJ1IFDh+XZH3A6BkXtv0K4gFGCI0Y4BM7B1wOEi0Rmgw==\"\n",
        "commit 9fceb02d0ae598e95dc970b74767f19372d61af8\n",
        "request_id=550e8400-e29b-41d4-a716-446655440000\n",
        "color: #1f6feb;\n",
        "-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAu1SU1LfVLPHCozMxH2Mo\n-----END PUBLIC KEY-----\n",
    ];
    for input in cases {
        let secrets: Vec<_> = scan(&[], input.as_bytes())
            .into_iter()
            .filter(|(_, kind, _)| kind == "SECRET")
            .map(|(rule, _, _)| rule)
            .collect();
        assert!(secrets.is_empty(), "{input:?}: {secrets:?}");
    }
}
