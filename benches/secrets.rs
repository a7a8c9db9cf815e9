//! What the secret rules cost: scanning throughput of the identifier rules alone, of the
//! identifier and secret rules together, and of the default engine, on the same realistic
//! mixed text (Python code, YAML and .env configuration, application logs, French business
//! prose) generated deterministically here, with a few secrets and identifiers in it.
//!
//! ```text
//! cargo bench --bench secrets
//! ```
//!
//! Each engine's finding count is checked before timing, so that a fast wrong answer fails.

use caviard::{Engine, EngineBuilder, Kind};
use criterion::{criterion_group, criterion_main, Criterion, Throughput};

const IDENTIFIERS: &str = include_str!("../patterns/identifiers.toml");
const SECRETS: &str = include_str!("../patterns/secrets.toml");

/// Target size of the generated text.
const TEXT_BYTES: usize = 4 << 20;

/// A small deterministic generator (xorshift64*), so that the text is the same on every run.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len())]
    }

    fn token(&mut self, len: usize, alphabet: &[u8]) -> String {
        (0..len)
            .map(|_| alphabet[self.below(alphabet.len())] as char)
            .collect()
    }
}

const ALNUM: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
const UPPER32: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

const CODE: &[&str] = &[
    "def compute_total(invoice, rate):",
    "    total = sum(line.amount for line in invoice.lines)",
    "    logger.info(\"facture %s traitée\", invoice.reference)",
    "    return round(total * (1 + rate), 2)",
    "class InvoiceExporter(BaseExporter):",
    "    token_type = \"bearer\"",
    "    password = form[\"password\"]",
    "    if not user.check_password(password):",
    "        raise PermissionError(\"mot de passe invalide\")",
    "    session.headers.update({\"Accept\": \"application/json\"})",
    "import requests, psycopg2, boto3",
    "for customer in customers.filter(active=True).order_by(\"name\"):",
];

const CONFIG: &[&str] = &[
    "services:",
    "  db:",
    "    image: postgres:sixteen",
    "    restart: unless-stopped",
    "    environment:",
    "      POSTGRES_USER: compta",
    "      POSTGRES_PASSWORD: ${POSTGRES_PASSWORD}",
    "APP_ENV=production",
    "LOG_LEVEL=info",
    "MAX_TOKENS=default",
    "SECRET_NAME=prod/db/credentials",
    "[smtp]",
    "host = smtp.exemple.fr",
];

const LOGS: &[&str] = &[
    "INFO  http: GET /api/factures status=ok",
    "DEBUG worker: job export-ventes started",
    "WARN  auth: invalid password for user jdupont",
    "INFO  auth: token refreshed, token_type=bearer",
    "ERROR db: connection reset by peer, retrying",
    "INFO  deploy: build finished, cache warm",
];

const PROSE: &[&str] = &[
    "Bonjour Claire, veuillez trouver ci-joint le relevé de compte du trimestre.",
    "La facture a été réglée par virement la semaine dernière, merci de vérifier.",
    "Le comité de direction se réunira jeudi pour valider le budget prévisionnel.",
    "Pensez à changer votre mot de passe à la première connexion sur l'intranet.",
    "Le secret professionnel s'applique à l'ensemble de ces informations.",
    "Nous vous remercions de votre confiance et restons à votre disposition.",
    "Les notes de frais doivent être déposées avant la fin du mois en cours.",
    "L'inventaire annuel aura lieu dans l'entrepôt de Villeurbanne.",
];

/// The text, with the number of identifiers and of secrets planted in it.
struct Corpus {
    text: String,
    identifiers: usize,
    secrets: usize,
}

fn corpus() -> Corpus {
    let mut rng = Rng(0x5ec2_e75c_a71a_2d00);
    let mut text = String::with_capacity(TEXT_BYTES + 4096);
    let (mut identifiers, mut secrets) = (0, 0);
    let mut line = 0usize;
    while text.len() < TEXT_BYTES {
        line += 1;
        // One planted value every 50 lines, alternating identifiers and secrets.
        if line.is_multiple_of(50) {
            let planted = match (line / 50) % 8 {
                0 => {
                    identifiers += 1;
                    "IBAN : FR76 3000 6000 0112 3456 7890 189".to_string()
                }
                1 => {
                    identifiers += 1;
                    "Contact : jean.dupont@exemple.fr".to_string()
                }
                2 => {
                    secrets += 1;
                    format!("AWS_ACCESS_KEY_ID=AKIA{}", rng.token(16, UPPER32))
                }
                3 => {
                    secrets += 1;
                    format!("    password = \"{}!\"", rng.token(14, ALNUM))
                }
                4 => {
                    secrets += 1;
                    format!(
                        "DATABASE_URL=postgres://app:{}@db:5432/compta",
                        rng.token(12, ALNUM)
                    )
                }
                5 => {
                    secrets += 1;
                    format!("GITHUB_TOKEN=ghp_{}", rng.token(36, ALNUM))
                }
                6 => {
                    identifiers += 1;
                    "Tél. : 06 12 34 56 78".to_string()
                }
                _ => {
                    secrets += 1;
                    format!(
                        "INFO  http: Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJqZHVwb250In0.{}",
                        rng.token(43, ALNUM)
                    )
                }
            };
            text.push_str(&planted);
            text.push('\n');
            continue;
        }
        let source = match rng.below(4) {
            0 => CODE,
            1 => CONFIG,
            2 => LOGS,
            _ => PROSE,
        };
        text.push_str(rng.pick(source));
        text.push('\n');
    }
    Corpus {
        text,
        identifiers,
        secrets,
    }
}

fn identifiers_only() -> Engine {
    EngineBuilder::new()
        .no_default_patterns()
        .person(false)
        .patterns_str("patterns/identifiers.toml", IDENTIFIERS)
        .build()
        .unwrap()
}

fn identifiers_and_secrets() -> Engine {
    EngineBuilder::new()
        .no_default_patterns()
        .person(false)
        .patterns_str("patterns/identifiers.toml", IDENTIFIERS)
        .patterns_str("patterns/secrets.toml", SECRETS)
        .build()
        .unwrap()
}

fn bench(c: &mut Criterion) {
    let corpus = corpus();
    let text = corpus.text.as_str();
    let count = |engine: &Engine, secret: bool| {
        engine
            .scan(text)
            .iter()
            .filter(|f| (f.kind == Kind::Secret) == secret)
            .count()
    };

    let identifiers = identifiers_only();
    let with_secrets = identifiers_and_secrets();
    let default = Engine::default();
    assert_eq!(count(&identifiers, false), corpus.identifiers);
    assert_eq!(count(&identifiers, true), 0);
    assert_eq!(count(&with_secrets, false), corpus.identifiers);
    assert_eq!(count(&with_secrets, true), corpus.secrets);
    assert_eq!(count(&default, true), corpus.secrets);

    let mut group = c.benchmark_group("secrets");
    group.throughput(Throughput::Bytes(text.len() as u64));
    group.sample_size(10);
    group.bench_function("identifiers only", |b| b.iter(|| identifiers.scan(text)));
    group.bench_function("identifiers + secrets", |b| {
        b.iter(|| with_secrets.scan(text))
    });
    group.bench_function("default engine", |b| b.iter(|| default.scan(text)));
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
