//! End to end: client lists (`--clients`, `--clients-column`), postal addresses and dates of
//! birth, through the real binary, on realistic French documents, with the exact output.

use std::path::Path;
use std::process::Output;

#[path = "support/run.rs"]
mod run;

fn caviard(args: &[&str], stdin: &str) -> Output {
    run::with_stdin(run::caviard().args(args), stdin.as_bytes())
}

fn write(dir: &Path, name: &str, content: &str) -> String {
    let path = dir.join(name);
    std::fs::write(&path, content).unwrap();
    path.display().to_string()
}

const CLIENTS: &str = "# nos clients\n\
Transports Lefèvre & Fils SAS\n\
Boulangerie L'Épi d'Or\n\
Martin\n\
\n\
Orange\n";

#[test]
fn redacts_a_reminder_e_mail() {
    let dir = tempfile::tempdir().unwrap();
    let list = write(dir.path(), "clients.txt", CLIENTS);
    let mail = "Bonjour Julie,\n\
\n\
Peux-tu relancer Mme Lefèvre de TRANSPORTS LEFEVRE et Fils pour la facture 2024-118 ?\n\
La boulangerie l’Épi d’Or a payé ; M. Martin aussi, mais pas la SARL Martin.\n\
M. Martinez attend sa martingale à Saint-Martin. Orange et citron pour la pause.\n\
Le client Orange a résilié.\n\
Livraison au 12 bis rue Victor Hugo\n\
69002 Lyon.\n";
    let out = caviard(&["--clients", &list], mail);
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(
        String::from_utf8(out.stdout).unwrap(),
        "Bonjour [PERSON_1],\n\
\n\
Peux-tu relancer Mme [PERSON_2] de [CLIENT_1] pour la facture 2024-118 ?\n\
La [CLIENT_2] a payé ; M. [CLIENT_3] aussi, mais pas la [CLIENT_4].\n\
M. [PERSON_3] attend sa martingale à Saint-Martin. Orange et citron pour la pause.\n\
Le client [CLIENT_5] a résilié.\n\
Livraison au [POSTAL_ADDRESS_1].\n"
    );
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert_eq!(
        stderr,
        format!(
            "caviard: warning: {list}: line 4: common word: matched only where capitalised inside a sentence\n\
caviard: warning: {list}: line 6: common word: matched only where capitalised inside a sentence\n"
        )
    );
}

#[test]
fn scan_reports_clients_addresses_and_dates_of_birth() {
    let dir = tempfile::tempdir().unwrap();
    let list = write(dir.path(), "clients.txt", CLIENTS);
    let form = "Fiche salarié\n\
Nom : DURAND\n\
Date de naissance : 14/07/1986\n\
Adresse : 3, allée des Tilleuls\n\
44000 Nantes\n\
Employeur : Transports Lefèvre & Fils SAS, ZI des Fourches, BP 123, 69800 Saint-Priest Cedex\n\
Date d'embauche : 01/09/2015, visite médicale le 12/03/2024.\n\
Mme Claire Durand, née le 1er avril 1990 à Brest.\n";
    let out = caviard(&["scan", "--format", "json", "--clients", &list], form);
    assert_eq!(out.status.code(), Some(0));
    let got: Vec<(String, String, String)> = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| {
            let v: serde_json::Value = serde_json::from_str(l).unwrap();
            (
                v["kind"].as_str().unwrap().to_string(),
                v["text"].as_str().unwrap().to_string(),
                v["rule"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    let want = [
        ("PERSON", "DURAND", "person-context"),
        ("DATE_OF_BIRTH", "14/07/1986", "date-of-birth-label"),
        (
            "POSTAL_ADDRESS",
            "3, allée des Tilleuls\n44000 Nantes",
            "postal-address",
        ),
        ("CLIENT", "Transports Lefèvre & Fils SAS", "client-list"),
        (
            "POSTAL_ADDRESS",
            "ZI des Fourches, BP 123, 69800 Saint-Priest Cedex",
            "postal-address",
        ),
        ("PERSON", "Claire Durand", "person-civility"),
        ("DATE_OF_BIRTH", "1er avril 1990", "date-of-birth-born"),
    ];
    let want: Vec<(String, String, String)> = want
        .iter()
        .map(|(k, t, r)| (k.to_string(), t.to_string(), r.to_string()))
        .collect();
    assert_eq!(got, want);
}

#[test]
fn reads_a_csv_column_with_semicolons() {
    let dir = tempfile::tempdir().unwrap();
    let csv = write(
        dir.path(),
        "clients.csv",
        "\u{feff}code;raison sociale;ville\n\
C001;\"Garage Martin-Roussel SARL\";Lyon\n\
C002;Fromagerie Kowalski;\"Annecy\"\n",
    );
    let out = caviard(
        &["--clients", &csv, "--clients-column", "raison sociale"],
        "Le GARAGE MARTIN ROUSSEL et la fromagerie kowalski, pas Lyon ni Annecy.\n",
    );
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(
        String::from_utf8(out.stdout).unwrap(),
        "Le [CLIENT_1] et la [CLIENT_2], pas Lyon ni Annecy.\n"
    );
    assert!(out.stderr.is_empty());
}

#[test]
fn list_errors_fail_closed() {
    let dir = tempfile::tempdir().unwrap();
    let csv = write(dir.path(), "c.csv", "nom,ville\nDupont,Lyon\n");
    let missing = dir.path().join("absent.txt").display().to_string();
    let not_utf8 = dir.path().join("latin1.txt");
    std::fs::write(&not_utf8, b"Lef\xe8vre\n").unwrap();
    let not_utf8 = not_utf8.display().to_string();
    let cases: [(&[&str], &str); 3] = [
        (&["--clients", &missing], "absent.txt"),
        (
            &["--clients", &csv, "--clients-column", "raison"],
            "no column named `raison`",
        ),
        (&["--clients", &not_utf8], "not valid UTF-8"),
    ];
    for (args, message) in cases {
        let out = caviard(args, "IBAN FR76 3000 6000 0112 3456 7890 189, Dupont\n");
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(out.stdout.is_empty(), "{args:?}");
        let stderr = String::from_utf8(out.stderr).unwrap();
        assert!(stderr.contains(message), "{args:?}: {stderr}");
        assert!(!stderr.contains("FR76"), "{stderr}");
    }
}

#[test]
fn other_dates_and_street_words_are_not_findings() {
    let text = "Facture du 12/03/2024, échéance le 12/04/2024. Contrat signé le 02/01/2020.\n\
L'acte de naissance a été délivré le 03/05/2021. Lieu de naissance : Lyon.\n\
Il a suivi 2 cours de comptabilité ; la mise en place de l'outil est prévue.\n\
Une rue calme, une route longue. Le cours de l'action a baissé.\n";
    let out = caviard(&["scan"], text);
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(String::from_utf8(out.stdout).unwrap(), "");
}
