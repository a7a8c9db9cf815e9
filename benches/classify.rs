//! The cost of classification on top of scanning: `Policy::classify` (the marker lexicon
//! pass over a folded view of the text, plus counting) compared with `Engine::scan`, on a
//! generated corpus of varied French business text (~8 MB, deterministic).
//!
//! `cargo bench --bench classify` (throughput is reported per input byte).

use criterion::{criterion_group, criterion_main, Criterion, Throughput};

use caviard::{Engine, Policy};

/// A small deterministic generator (xorshift), so that the corpus is the same on every run.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[(self.next() % items.len() as u64) as usize]
    }
}

const OPENINGS: &[&str] = &[
    "Bonjour",
    "Bonjour à tous",
    "Chère Madame",
    "Cher Monsieur",
    "Salut l'équipe",
    "Madame, Monsieur",
];
const SUBJECTS: &[&str] = &[
    "la commande",
    "le devis",
    "la facture",
    "la livraison",
    "le planning",
    "le contrat",
    "la réunion de lancement",
    "l'inventaire",
    "le budget prévisionnel",
    "la relance client",
    "le rapprochement bancaire",
    "la clôture mensuelle",
    "le recrutement",
    "l'entretien annuel",
];
const VERBS: &[&str] = &[
    "est décalé à",
    "doit être validé avant",
    "a été envoyé le",
    "sera traité d'ici",
    "reste en attente jusqu'au",
    "est confirmé pour",
    "nécessite un point avant",
];
const DATES: &[&str] = &[
    "lundi",
    "mardi 14 h",
    "jeudi matin",
    "vendredi prochain",
    "la fin du mois",
    "le 12 mars",
    "le 3 avril",
    "la semaine 18",
];
const DETAILS: &[&str] = &[
    "Le montant s'élève à 12 345,67 € HT.",
    "Merci de vérifier les quantités livrées.",
    "Le transporteur a signalé un retard de 48 h.",
    "Les pièces justificatives sont dans le dossier partagé.",
    "Pensez à mettre à jour le tableau de suivi.",
    "Le client demande un geste commercial de 5 %.",
    "La référence produit est AB-2291-X.",
    "Règlement par virement sur FR76 3000 6000 0112 3456 7890 189.",
    "Vous pouvez me joindre au 06 12 34 56 78.",
    "Copie à compta@atelier-exemple.fr pour information.",
    "SIRET de l'établissement : 732 829 320 00074.",
    "Paul est en arrêt maladie jusqu'à vendredi.",
    "Document strictement confidentiel, ne pas diffuser.",
    "Le diagnostic immobilier est joint au dossier.",
    "La déléguée syndicale souhaite être présente.",
    "Ce point relève du secret des affaires.",
    "Une dépression atlantique perturbe les livraisons.",
    "Les marges par client figurent en annexe.",
    "L'arrêt de bus devant l'entrepôt est déplacé.",
];
const CLOSINGS: &[&str] = &[
    "Cordialement",
    "Bonne journée",
    "Merci d'avance",
    "Bien à vous",
];

fn corpus(target: usize) -> String {
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    let mut out = String::with_capacity(target + 1024);
    while out.len() < target {
        out.push_str(rng.pick(OPENINGS));
        out.push_str(",\n\n");
        for _ in 0..(2 + rng.next() % 4) {
            out.push_str("Concernant ");
            out.push_str(rng.pick(SUBJECTS));
            out.push(' ');
            out.push_str(rng.pick(VERBS));
            out.push(' ');
            out.push_str(rng.pick(DATES));
            out.push_str(". ");
            out.push_str(rng.pick(DETAILS));
            out.push('\n');
        }
        out.push('\n');
        out.push_str(rng.pick(CLOSINGS));
        out.push_str("\n\n");
    }
    out
}

fn bench(c: &mut Criterion) {
    let text = corpus(8 << 20);
    let engine = Engine::default();
    let policy = Policy::default();
    let findings = engine.scan(&text);
    let classification = policy.classify(text.as_bytes(), &findings);
    // Guard against measuring a degenerate corpus.
    assert!(findings.len() > 10_000, "{}", findings.len());
    assert!(classification.reasons.iter().any(|r| r.remaining > 1000));

    let mut group = c.benchmark_group("classify");
    group.throughput(Throughput::Bytes(text.len() as u64));
    group.sample_size(10);
    group.bench_function("engine.scan", |b| b.iter(|| engine.scan(&text).len()));
    group.bench_function("policy.classify (markers + counts)", |b| {
        b.iter(|| policy.classify(text.as_bytes(), &findings).reasons.len())
    });
    group.bench_function("engine.classify (scan + classify)", |b| {
        b.iter(|| engine.classify(&text, &policy).raw)
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
