//! Whole-engine throughput with and without the PERSON detector, on a few MB of French
//! business text generated deterministically (e-mails, minutes, invoices with names,
//! identifiers and ordinary capitalised words).
//!
//! ```text
//! cargo bench --bench person
//! ```

use std::hint::black_box;

use caviard::{Engine, Kind};
use criterion::{criterion_group, criterion_main, Criterion, Throughput};

/// A small deterministic generator (64-bit LCG), so that the text is the same on every run.
struct Lcg(u64);

impl Lcg {
    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        items[(self.0 >> 33) as usize % items.len()]
    }
}

const FIRST: &[&str] = &[
    "Marie",
    "Kévin",
    "Nathalie",
    "Julien",
    "Sophie",
    "Thomas",
    "Awa",
    "Tahina",
    "Siobhan",
    "Jean-Pierre",
    "Anne-Sophie",
    "Youssef",
    "Linh",
];
const LAST: &[&str] = &[
    "Dupont",
    "Martin",
    "Lefèvre",
    "Moreau",
    "Diallo",
    "Nguyen",
    "Rakotomalala",
    "Techer",
    "Le Gall",
    "Kowalczyk",
    "Benali",
];
const FILLER: &[&str] = &[
    "Nous avons bien reçu votre commande et la livraison est prévue la semaine prochaine.",
    "La facture doit être réglée à trente jours fin de mois, par virement uniquement.",
    "Le devis comprend la pose, les fournitures et l'évacuation des gravats.",
    "Merci de vérifier le montant de la TVA avant l'envoi au service comptable.",
    "Le chantier de Lyon reprendra lundi si la météo le permet.",
    "Les pièces de pierre de taille seront livrées par Transports Rapides SAS.",
    "Pour rappel, la réunion de suivi aura lieu le 12 mars à Paris.",
    "Le contrat de maintenance couvre les interventions du lundi au vendredi.",
];

/// About `size` bytes of documents; returns the text and how many names were planted.
fn corpus(size: usize) -> (String, usize) {
    let mut rng = Lcg(42);
    let mut text = String::with_capacity(size + 4096);
    let mut names = 0;
    while text.len() < size {
        let (f1, l1, f2, l2) = (
            rng.pick(FIRST),
            rng.pick(LAST),
            rng.pick(FIRST),
            rng.pick(LAST),
        );
        text.push_str(&format!(
            "De : {f1} {l1}\nObjet : Relance\n\nBonjour {f2},\n\n{} {} Merci de voir avec \
             M. {l2} pour le règlement sur FR76 3000 6000 0112 3456 7890 189 ou d'appeler le \
             06 12 34 56 78. {}\n\nCordialement,\n{f1} {l1}\n\n",
            rng.pick(FILLER),
            rng.pick(FILLER),
            rng.pick(FILLER),
        ));
        names += 4;
        for _ in 0..6 {
            text.push_str(rng.pick(FILLER));
            text.push(' ');
        }
        text.push_str("\n\n");
    }
    (text, names)
}

fn bench(c: &mut Criterion) {
    let (text, planted) = corpus(4 << 20);
    let with = Engine::default();
    let without = Engine::builder().person(false).build().unwrap();

    let found_with = with.scan(&text);
    let found_without = without.scan(&text);
    let persons = found_with.iter().filter(|f| f.kind == Kind::Person).count();
    let others = found_with.len() - persons;
    assert_eq!(
        others,
        found_without.len(),
        "PERSON must not change the other findings"
    );
    assert!(found_without.iter().all(|f| f.kind != Kind::Person));
    assert_eq!(persons, planted, "every planted name found, nothing else");

    let mut group = c.benchmark_group("engine");
    group.throughput(Throughput::Bytes(text.len() as u64));
    group.sample_size(10);
    group.bench_function("without-person", |b| {
        b.iter(|| black_box(without.scan(black_box(&text))))
    });
    group.bench_function("with-person", |b| {
        b.iter(|| black_box(with.scan(black_box(&text))))
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
