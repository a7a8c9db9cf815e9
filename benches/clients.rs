//! Client lists at scale: the time to load 100,000 and 1,000,000 names, and the throughput of
//! the whole engine on a 4 MB mixed French text with no list, a 100k list and a 1M list.
//!
//! ```text
//! cargo bench --bench clients
//! ```
//!
//! The lists are realistic company names built deterministically from the INSEE surnames of
//! `data/lexicon/noms.txt`, activity words and legal forms; the text is business prose with
//! identifiers, persons and a known number of client names from the lists.

use criterion::{criterion_group, criterion_main, Criterion, Throughput};

use caviard::{ClientList, Engine, Kind};

const SURNAMES: &str = include_str!("../data/lexicon/noms.txt");

const ACTIVITIES: &[&str] = &[
    "Transports",
    "Boulangerie",
    "Garage",
    "Cabinet",
    "Pharmacie",
    "Menuiserie",
    "Plomberie",
    "Électricité",
    "Boucherie",
    "Charcuterie",
    "Imprimerie",
    "Librairie",
    "Fromagerie",
    "Pâtisserie",
    "Maçonnerie",
    "Carrosserie",
    "Ambulances",
    "Taxis",
    "Auto-École",
    "Optique",
    "Coiffure",
    "Fleurs",
    "Brasserie",
    "Restaurant",
    "Hôtel",
    "Domaine",
    "Château",
    "Ferme",
    "Laboratoire",
    "Clinique",
    "Atelier",
    "Éditions",
    "Agence",
    "Conseil",
    "Immobilier",
    "Couverture",
    "Peinture",
    "Serrurerie",
    "Chauffage",
    "Paysages",
    "Distribution",
    "Négoce",
    "Scierie",
    "Minoterie",
    "Vignobles",
    "Caves",
    "Bijouterie",
    "Horlogerie",
    "Quincaillerie",
    "Informatique",
    "Études",
    "Expertise",
    "Déménagements",
    "Nettoyage",
    "Sécurité",
];

const LEGAL: &[&str] = &[
    "SARL", "SAS", "SASU", "SA", "EURL", "SCI", "SNC", "", "", "",
];

/// A small deterministic generator (64-bit LCG), so the lists and the text never change.
struct Lcg(u64);

impl Lcg {
    fn next(&mut self) -> usize {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (self.0 >> 33) as usize
    }

    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.next() % items.len()]
    }
}

fn company_names(count: usize, seed: u64) -> Vec<String> {
    let surnames: Vec<&str> = SURNAMES.lines().filter(|l| !l.is_empty()).collect();
    let mut rng = Lcg(seed);
    (0..count)
        .map(|_| {
            let a = rng.pick(&surnames);
            let b = rng.pick(&surnames);
            let legal = rng.pick(LEGAL);
            let name = match rng.next() % 4 {
                0 => format!("{} {a} {legal}", rng.pick(ACTIVITIES)),
                1 => format!("{a} & Fils {legal}"),
                2 => format!("{a} {b} {legal}"),
                _ => format!("{} {a}-{b} {legal}", rng.pick(ACTIVITIES)),
            };
            name.trim_end().to_string()
        })
        .collect()
}

const FILLER: &[&str] = &[
    "Bonjour, je reviens vers vous au sujet de la facture du mois dernier, qui reste impayée malgré nos relances.",
    "Merci de virer le solde sur FR76 3000 6000 0112 3456 7890 189 avant la fin de la semaine prochaine.",
    "Pour toute question, appelez le service comptable au 01 23 45 67 89 ou écrivez à compta@exemple.fr.",
    "La réunion de suivi du projet est reportée à jeudi ; l'ordre du jour reste inchangé.",
    "Le devis comprend la main-d'œuvre, le déplacement et les fournitures, hors options.",
    "Nous avons bien reçu votre bon de commande et la livraison est prévue sous dix jours ouvrés.",
    "Les pénalités de retard s'appliquent au taux légal, majoré de dix points, conformément aux CGV.",
    "Veuillez trouver ci-joint le relevé des prestations réalisées au cours du trimestre écoulé.",
];

/// About `size` bytes of prose with one client name of `names` every few sentences; returns
/// the text and how many names it holds.
fn mixed_text(names: &[String], size: usize) -> (String, usize) {
    let mut rng = Lcg(7);
    let mut text = String::with_capacity(size + 256);
    let mut inserted = 0;
    while text.len() < size {
        for _ in 0..3 {
            text.push_str(rng.pick(FILLER));
            text.push(' ');
        }
        let name = &names[rng.next() % names.len()];
        text.push_str("Le client ");
        text.push_str(name);
        text.push_str(" a confirmé la commande.\n");
        inserted += 1;
    }
    (text, inserted)
}

fn bench(c: &mut Criterion) {
    let list_1m = company_names(1_000_000, 42);
    let list_100k: Vec<String> = list_1m[..100_000].to_vec();
    // The text names clients of the 100k list, which the 1M list contains too.
    let (text, inserted) = mixed_text(&list_100k, 4 << 20);

    let mut load = c.benchmark_group("clients-load");
    load.sample_size(10);
    for (label, list) in [("100k", &list_100k), ("1M", &list_1m)] {
        load.bench_function(label, |b| {
            b.iter(|| ClientList::from_names(list.iter()).unwrap().len())
        });
    }
    load.finish();

    let plain = Engine::default();
    let with = |list: &[String]| {
        Engine::builder()
            .clients(ClientList::from_names(list).unwrap())
            .build()
            .unwrap()
    };
    let engines = [
        ("no-list", plain),
        ("100k", with(&list_100k)),
        ("1M", with(&list_1m)),
    ];
    let mut scan = c.benchmark_group("clients-scan");
    scan.sample_size(10);
    scan.throughput(Throughput::Bytes(text.len() as u64));
    for (label, engine) in &engines {
        let clients = engine
            .scan(&text)
            .iter()
            .filter(|f| f.kind == Kind::Client)
            .count();
        let expected = if *label == "no-list" { 0 } else { inserted };
        assert_eq!(clients, expected, "{label}: CLIENT findings");
        scan.bench_function(*label, |b| b.iter(|| engine.scan(&text).len()));
    }
    scan.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
