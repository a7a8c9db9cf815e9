//! Restore throughput: a generated model answer (about 4 MB of French text, 4 pieces in 10 a
//! placeholder or fake value, in mangled forms) restored whole and in 64-byte pieces as a
//! stream; and redaction through a vault-backed session against the in-memory masker.

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};

use caviard::{Engine, Masker, Pseudonyms, Session, Style, Vault};

const WORDS: &[&str] = &[
    "Bonjour",
    "facture",
    "réglée",
    "échéance",
    "virement",
    "le",
    "la",
    "des",
    "client",
    "relance",
    "montant",
    "12 345,67 €",
    "commande",
    "merci",
    "cordialement",
    "société",
    "dossier",
    "n°",
    "2024-0042",
    "confirmé",
    "prochaine",
    "semaine",
    "l'équipe",
    "d'accord",
];

/// A deterministic generator (64-bit LCG): no randomness crate needed for the corpus.
struct Lcg(u64);

impl Lcg {
    fn next(&mut self, n: usize) -> usize {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        ((self.0 >> 33) as usize) % n
    }
}

fn corpus(session: &mut Session, engine: &Engine, bytes: usize) -> String {
    // 200 distinct IBANs, phones and e-mails recorded in the vault.
    let mut prompt = String::new();
    for i in 0..200u64 {
        let bban = format!("{:023}", 30006000011234567890189u128 + u128::from(i) * 7919);
        let check = caviard::validate::compute::iban_check_digits("FR", &bban);
        prompt.push_str(&format!(
            "IBAN FR{check:02}{bban} tél. 06 {:02} {:02} {:02} {:02} mail client{i}@exemple.fr\n",
            i % 100,
            (i * 7) % 100,
            (i * 13) % 100,
            (i * 17) % 100
        ));
    }
    let redacted = engine.redact_with(&prompt, session).text;
    let fakes: Vec<&str> = redacted.lines().collect();
    let mut rng = Lcg(42);
    let mut out = String::with_capacity(bytes + 100);
    while out.len() < bytes {
        match rng.next(10) {
            0 => out.push_str(&format!("[IBAN_{}]", 1 + rng.next(200))),
            1 => out.push_str(&format!("**PHONE_{}**", 1 + rng.next(200))),
            2 => out.push_str(&format!("<email_{}>", 1 + rng.next(250))),
            3 => out.push_str(
                fakes[rng.next(fakes.len())]
                    .split(' ')
                    .nth(1)
                    .unwrap_or("x"),
            ),
            _ => {
                for _ in 0..1 + rng.next(4) {
                    out.push_str(WORDS[rng.next(WORDS.len())]);
                    out.push(' ');
                }
            }
        }
        out.push_str(if rng.next(12) == 0 { ".\n" } else { " " });
    }
    out
}

fn bench(c: &mut Criterion) {
    let engine = Engine::default();
    let mut session = Session::new(Vault::with_secret([7; 32]), Pseudonyms::Fakes);
    let answer = corpus(&mut session, &engine, 4 << 20);
    let mut group = c.benchmark_group("restore");
    group.sample_size(10);
    group.throughput(Throughput::Bytes(answer.len() as u64));
    group.bench_function(BenchmarkId::new("whole", answer.len()), |b| {
        b.iter(|| session.restore(&answer).restored)
    });
    group.bench_function(BenchmarkId::new("stream-64B", answer.len()), |b| {
        b.iter(|| {
            let mut r = session.restorer();
            let mut out = Vec::with_capacity(answer.len() + 1024);
            for piece in answer.as_bytes().chunks(64) {
                r.push_into(piece, &mut out);
            }
            r.finish_into(&mut out);
            out.len()
        })
    });
    group.finish();

    // Redaction cost of a vault-backed session against the in-memory masker.
    let prompt = {
        let mut s = String::new();
        let mut rng = Lcg(7);
        while s.len() < 1 << 20 {
            s.push_str(WORDS[rng.next(WORDS.len())]);
            s.push(' ');
            if rng.next(20) == 0 {
                s.push_str(&format!(
                    "tél. 06 12 34 {:02} {:02} ",
                    rng.next(100),
                    rng.next(100)
                ));
            }
        }
        s
    };
    let mut group = c.benchmark_group("redact-1MB");
    group.sample_size(10);
    group.throughput(Throughput::Bytes(prompt.len() as u64));
    group.bench_function("masker", |b| {
        b.iter(|| {
            engine
                .redact_with(&prompt, &mut Masker::new(Style::Placeholder))
                .findings
                .len()
        })
    });
    group.bench_function("session-placeholders", |b| {
        b.iter(|| {
            let mut s = Session::new(Vault::with_secret([1; 32]), Pseudonyms::Placeholders);
            engine.redact_with(&prompt, &mut s).findings.len()
        })
    });
    group.bench_function("session-fakes", |b| {
        b.iter(|| {
            let mut s = Session::new(Vault::with_secret([1; 32]), Pseudonyms::Fakes);
            engine.redact_with(&prompt, &mut s).findings.len()
        })
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
