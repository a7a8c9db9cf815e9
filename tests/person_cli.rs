//! End-to-end: the real binary redacts names of people in realistic French documents, and
//! leaves ordinary words that are also first names alone.

#[path = "support/run.rs"]
mod run;

fn redact(args: &[&str], input: &str) -> String {
    let out = run::with_stdin(run::caviard().args(args), input.as_bytes());
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn documents_with_names() {
    let table: &[(&str, &str)] = &[
        (
            "De : Hélène Rakotondrabe <compta@exemple.fr>\n\
             À : M. Nguyen\n\
             Objet : pierre de taille\n\
             \n\
             Bonjour Monsieur Nguyen,\n\
             \n\
             Suite à votre appel, Mme Techer vous enverra le devis pour la pierre de taille \
             (couleur rose). Diane Techer passera rue Victor Hugo à Lyon lundi ; Techer \
             connaît le chantier.\n\
             \n\
             Bien à vous,\n\
             Hélène Rakotondrabe\n",
            "De : [PERSON_1] <[EMAIL_1]>\n\
             À : M. [PERSON_2]\n\
             Objet : pierre de taille\n\
             \n\
             Bonjour Monsieur [PERSON_2],\n\
             \n\
             Suite à votre appel, Mme [PERSON_3] vous enverra le devis pour la pierre de taille \
             (couleur rose). [PERSON_4] passera [POSTAL_ADDRESS_1] lundi ; [PERSON_3] \
             connaît le chantier.\n\
             \n\
             Bien à vous,\n\
             [PERSON_1]\n",
        ),
        (
            "Compte rendu du comité\n\
             Présents : DUPONT Marie, Kévin Payet, Mme Diallo\n\
             Excusés :\n\
             - Siobhan Kavanagh\n\
             - Jean-Pierre de La Tour\n\
             \n\
             Marie présente le budget de Saint-Martin. Kévin propose de contacter Nodar.\n",
            "Compte rendu du comité\n\
             Présents : [PERSON_1], [PERSON_2], Mme [PERSON_3]\n\
             Excusés :\n\
             - [PERSON_4]\n\
             - [PERSON_5]\n\
             \n\
             [PERSON_6] présente le budget de Saint-Martin. [PERSON_7] propose de contacter \
             [PERSON_8].\n",
        ),
        (
            // An exported chat and a delivery slip: time stamps, a mention, a role label, a
            // participle with "à"; a trade and "& Fils" name companies, not people.
            "17/01/2024 09:16 - Yuki Takahashi: Salut, le camion arrive à 16h\n\
             17/01/2024 09:21 - Chidinma: ok je préviens Dilnoza\n\
             17/01/2024 09:25 - Yuki Takahashi: @Dilnoza tu peux passer chez Garage des \
             Quatre Routes ?\n\
             \n\
             BON DE LIVRAISON\n\
             Livreur : Bounmy Keomanivong\n\
             Réserves : carton abîmé, signalé à Dieumerci.\n\
             Reçu par : Transports Lefèvre & Fils\n",
            "17/01/2024 09:16 - [PERSON_1]: Salut, le camion arrive à 16h\n\
             17/01/2024 09:21 - [PERSON_2]: ok je préviens [PERSON_3]\n\
             17/01/2024 09:25 - [PERSON_1]: @[PERSON_3] tu peux passer chez Garage des \
             Quatre Routes ?\n\
             \n\
             BON DE LIVRAISON\n\
             Livreur : [PERSON_4]\n\
             Réserves : carton abîmé, signalé à [PERSON_5].\n\
             Reçu par : Transports Lefèvre & Fils\n",
        ),
        (
            // Places, schools, shops and companies named after people are not people; the
            // people beside them are.
            "Messagerie ENT — école élémentaire Paul Bert\n\
             Bonjour Mme Ivanova,\n\
             Kévin sera absent lundi pour un rendez-vous à l'hôpital Georges Pompidou.\n\
             Justificatifs scannés dans Lucca. Le devis de Jean Lain Automobiles est \
             joint ; voir avec Nodar.\n",
            "Messagerie ENT — école élémentaire Paul Bert\n\
             Bonjour Mme [PERSON_1],\n\
             [PERSON_2] sera absent lundi pour un rendez-vous à l'hôpital Georges Pompidou.\n\
             Justificatifs scannés dans Lucca. Le devis de Jean Lain Automobiles est \
             joint ; voir avec [PERSON_3].\n",
        ),
        (
            // Acronyms, headings in capitals and labels within a list are not people.
            "LETTRE RECOMMANDÉE AVEC ACCUSÉ DE RÉCEPTION\n\
             I. DÉSIGNATION DES LOCAUX\n\
             Présents :\n\
             - Enseignants : Mme Sylla (CP), Franck Lemaire\n\
             - Représentants des parents : Marie Dupont\n\
             Excusé(e) : le DDEN.\n\
             Le garde-corps est signalé par le coordinateur SPS, Jun Wu ; voir avec Mme Wang, \
             CPE.\n",
            "LETTRE RECOMMANDÉE AVEC ACCUSÉ DE RÉCEPTION\n\
             I. DÉSIGNATION DES LOCAUX\n\
             Présents :\n\
             - Enseignants : Mme [PERSON_1] (CP), [PERSON_2]\n\
             - Représentants des parents : [PERSON_3]\n\
             Excusé(e) : le DDEN.\n\
             Le garde-corps est signalé par le coordinateur SPS, [PERSON_4] ; voir avec Mme \
             [PERSON_5], CPE.\n",
        ),
        (
            // A table whose column headers name people, and a list whose items are mostly
            // names the lexicon knows: the unknown ones are found by their place.
            "Heure\tPatient\tMotif\tPraticien\n\
             08:30\tRATSIMBA Mamy\tRenouvellement\tDr Ahamada\n\
             09:00\tTojo Gunawardena\tCertificat sport\tDr Ahamada\n\
             \n\
             VIOLETTE\n\
             \x20 Marie Dupont\n\
             \x20 Chenda Nhem\n\
             \x20 Kévin Payet\n",
            "Heure\tPatient\tMotif\tPraticien\n\
             08:30\t[PERSON_1]\tRenouvellement\tDr [PERSON_2]\n\
             09:00\t[PERSON_3]\tCertificat sport\tDr [PERSON_2]\n\
             \n\
             VIOLETTE\n\
             \x20 [PERSON_4]\n\
             \x20 [PERSON_5]\n\
             \x20 [PERSON_6]\n",
        ),
        (
            // A passenger list in the booking systems' form: surname/given names, then a
            // title; capitals around a slash with no title are no one.
            "LISTE PASSAGERS — vol 4512 — 03/03/2026\n\
             SEQ  NOM                     SIEGE\n\
             001  KERGOAT/YANNICK MR      12A\n\
             002  LE GOFF/MARIE ANNE MRS  12B\n\
             003  KERGOAT/ELOUAN CHD      12C\n\
             Tarif ALLER/RETOUR, montants HT/TTC.\n",
            "LISTE PASSAGERS — vol 4512 — 03/03/2026\n\
             SEQ  NOM                     SIEGE\n\
             001  [PERSON_1] MR      12A\n\
             002  [PERSON_2] MRS  12B\n\
             003  [PERSON_3] CHD      12C\n\
             Tarif ALLER/RETOUR, montants HT/TTC.\n",
        ),
    ];
    for (input, expected) in table {
        assert_eq!(redact(&[], input), *expected, "{input}");
    }
}

/// Registers, licence exports and minutes (session 22): the operation in a party's column is
/// no one, lower-case cells of a column of names are names, a name coordinated with a name,
/// a proxy's holder and the paraphs of a party are people.
#[test]
fn registers_licences_and_paraphs() {
    let input = "Registre des mouvements de titres\n\
                 \n\
                 | N° | Cédant | Cessionnaire |\n\
                 |---|---|---|\n\
                 | 1 | Souscription | Ewelina Kowal |\n\
                 | 2 | Ewelina Kowal | TSEGAYE Abebe |\n\
                 \n\
                 Nom\tPrénom\tStatut\n\
                 OTIENO\tWanjiru\tnouveau\n\
                 kowalczyk\tewelina\tmutation\n\
                 RAKOTO\tTsiory\tnouveau\n\
                 \n\
                 Merci ! Tsiory et Marie Dupont ont signé. Procuration à Wanjiru.\n\
                 E. K.   (paraphes)\n";
    let want = "Registre des mouvements de titres\n\
                \n\
                | N° | Cédant | Cessionnaire |\n\
                |---|---|---|\n\
                | 1 | Souscription | [PERSON_1] |\n\
                | 2 | [PERSON_1] | [PERSON_2] |\n\
                \n\
                Nom\tPrénom\tStatut\n\
                [PERSON_3]\t[PERSON_4]\tnouveau\n\
                [PERSON_5]\t[PERSON_6]\tmutation\n\
                [PERSON_7]\t[PERSON_8]\tnouveau\n\
                \n\
                Merci ! [PERSON_8] et [PERSON_9] ont signé. Procuration à [PERSON_4].\n\
                [PERSON_10]   (paraphes)\n";
    assert_eq!(redact(&[], input), want);
}

#[test]
fn no_person_option_leaves_names() {
    let input = "Bonjour Kévin,\nMme Diallo a signé.\n";
    assert_eq!(redact(&["--no-person"], input), input);
}

/// What business documents put where a name could stand and is no person: the category
/// column of a CSV export after the names, a reference code, a vehicle before its plate, a
/// role as a chat's speaker, a club or a sports venue named after people, a heading in
/// capitals, a role's department, the value of a label of things.
#[test]
fn categories_codes_and_acronyms_are_not_people() {
    let table: &[(&str, &str)] = &[
        (
            "nom;prenom;niveau\nGARNIER;Odile;Débutant\nPERRIN;Hugo;Confirmé\n",
            "nom;prenom;niveau\n[PERSON_1];[PERSON_2];Débutant\n[PERSON_3];[PERSON_4];Confirmé\n",
        ),
        (
            "Réf. à rappeler : TAM-2025-0042\nChauffeur : Marie Lenoir\n\
             Véhicule : Mercedes Vito GH-512-KL\n",
            "Réf. à rappeler : TAM-2025-0042\nChauffeur : [PERSON_1]\n\
             Véhicule : Mercedes Vito GH-512-KL\n",
        ),
        (
            "10:02 Visiteuse : bonjour, je voudrais un devis\n10:03 Hanitra : je regarde\n",
            "10:02 Visiteuse : bonjour, je voudrais un devis\n10:03 [PERSON_1] : je regarde\n",
        ),
        (
            "Saison 2026 — Basket Club Louise Michel\nTrésorière : Odile Garnier\n\
             Entraînement au complexe sportif Jean Bouin.\n",
            "Saison 2026 — Basket Club Louise Michel\nTrésorière : [PERSON_1]\n\
             Entraînement au complexe sportif Jean Bouin.\n",
        ),
        (
            "BANQUE — BORDEREAU DE REMISE DE CHÈQUES\nDéposant : ROSE NGUYEN\n",
            "BANQUE — BORDEREAU DE REMISE DE CHÈQUES\nDéposant : [PERSON_1]\n",
        ),
        (
            "Voir avec le responsable MOA et Mme KOA.\n",
            "Voir avec le responsable MOA et Mme [PERSON_1].\n",
        ),
        (
            "Lieu : Salle Jean Vilar\nAnimatrice : Odile Garnier\n\
             Décédée à l’EHPAD Louise Michel.\n",
            "Lieu : Salle Jean Vilar\nAnimatrice : [PERSON_1]\n\
             Décédée à l’EHPAD Louise Michel.\n",
        ),
        (
            "10:30  Bianca (chienne) — Odile Garnier — vaccin\n\
             Appel : Mme Garnier rappelle pour Bianca.\n",
            "10:30  Bianca (chienne) — [PERSON_1] — vaccin\n\
             Appel : Mme [PERSON_2] rappelle pour Bianca.\n",
        ),
        (
            "Distribution\nSylvestre ........ Léa Martin\nHugo Perrin — Zerbinette\n",
            "Distribution\nSylvestre ........ [PERSON_1]\n[PERSON_2] — Zerbinette\n",
        ),
        (
            "RESPONSABLES LÉGAUX\nResponsable 1 : KOVACS Ilona\n\
             Relève : Laure Marchand, IDE — 02/03/2026\nÉdité par Hugo Perrin (loi Evin)\n",
            "RESPONSABLES LÉGAUX\nResponsable 1 : [PERSON_1]\n\
             Relève : [PERSON_2], IDE — 02/03/2026\nÉdité par [PERSON_3] (loi Evin)\n",
        ),
        (
            "Chambre : Suite Horizon\nOccupants : Nurlan Abenov\n",
            "Chambre : Suite Horizon\nOccupants : [PERSON_1]\n",
        ),
        // A label of a thing denies its value even when it reads as a first name; a diploma
        // after a name goes on no list of people; a hospital by its acronym is a place.
        (
            "Loueur : Odile Garnier\nVéhicule : Mercedes Classe A — immat. AB-123-CD\n",
            "Loueur : [PERSON_1]\nVéhicule : Mercedes Classe A — immat. AB-123-CD\n",
        ),
        (
            "Stagiaire : Hugo PERRIN, Master 2 finance\nÉtudiante : Léa Martin, BTS MCO\n",
            "Stagiaire : [PERSON_1], Master 2 finance\nÉtudiante : [PERSON_2], BTS MCO\n",
        ),
        (
            "CHU ANDRÉ MARTIN — Service de cardiologie\nPatient : Hugo Perrin\n",
            "CHU ANDRÉ MARTIN — Service de cardiologie\nPatient : [PERSON_1]\n",
        ),
    ];
    for (input, expected) in table {
        assert_eq!(redact(&[], input), *expected, "{input}");
    }
}

/// A court roll: who presides and records, and the parties in columns whose values start off
/// their titles; a company among the parties stays.
#[test]
fn court_roll_names_its_parties() {
    let input = "Rôle de l'audience du 3 mars 2026\n\
                 Présidente : Tsiory Andrianaivo    Greffier : Ouzna Belkadi\n\n\
                 N° RG        Demandeur                  Défendeur                  Avocats\n\
                 24/01234  RAZAFY TOKY                Boulangerie Vidal SAS      Me Garnier\n\
                 25/04321  Ferme du Lac SARL          OUEDRAOGO SALIF            Me Perrin\n";
    let expected = "Rôle de l'audience du 3 mars 2026\n\
                    Présidente : [PERSON_1]    Greffier : [PERSON_2]\n\n\
                    N° RG        Demandeur                  Défendeur                  Avocats\n\
                    24/01234  [PERSON_3]                Boulangerie Vidal SAS      Me [PERSON_4]\n\
                    25/04321  Ferme du Lac SARL          [PERSON_5]            Me [PERSON_6]\n";
    assert_eq!(redact(&[], input), expected);
}

/// Initials alone in a visa column and after a label with its department are a person; in
/// the partial style their mask would be the initials themselves, so every letter is hidden.
#[test]
fn initials_alone_are_masked_whole() {
    let input = "Réception du 12/03 — agréeur : Éloïse Marchetti\n\
                 Apporteur;Produit;Qté;Visa\n\
                 DUPONT Marie;orge;1200;E. M.\n\
                 LEROUX Paul;blé;900;E. M.\n\
                 Visa RH : E. M.\n";
    assert_eq!(
        redact(&[], input),
        "Réception du 12/03 — agréeur : [PERSON_1]\n\
         Apporteur;Produit;Qté;Visa\n\
         [PERSON_2];orge;1200;[PERSON_3]\n\
         [PERSON_4];blé;900;[PERSON_3]\n\
         Visa RH : [PERSON_3]\n"
    );
    assert_eq!(
        redact(&["--style", "partial"], input),
        "Réception du 12/03 — agréeur : É***** M********\n\
         Apporteur;Produit;Qté;Visa\n\
         D***** M****;orge;1200;*. *.\n\
         L***** P***;blé;900;*. *.\n\
         Visa RH : *. *.\n"
    );
}

/// A first name and the initial of a surname are a person, the initial included, even when
/// the first name is also a word ("Valentin") or unknown at an item's start; a place with a
/// letter is not.
#[test]
fn first_name_and_initial() {
    let input = "Covoiturage — semaine 7\n\
                 - Oyelaran T. (départ 7h) : Valentin B., Chidozie M.\n\
                 Parking Zone B. côté quai.\n";
    assert_eq!(
        redact(&[], input),
        "Covoiturage — semaine 7\n\
         - [PERSON_1] (départ 7h) : [PERSON_2], [PERSON_3]\n\
         Parking Zone B. côté quai.\n"
    );
}

/// A French chat time after a date stamps a speaker's line; a plural label with an
/// acronym labels its people; a caller "de chez" a company is a person, the company is not;
/// a first name keeps its saint's-name surname; a role's holder in parentheses is a person.
#[test]
fn messages_logs_and_saints_surnames() {
    let input = "[14/03/2026 08h40] Tsitohaina Randria: je suis au quai\n\
                 Agents SSIAP : OKONKWO Chidi / TRAN Bich\n\
                 « Bonjour, c'est Wubet de chez Pierre Fabre, je rappelle. »\n\
                 Signalé par Judith Saint-Cyr ; le technicien (Efua Mensah) est passé.\n\
                 Livraison à Saint-Martin, couleur rose, pierre de taille.\n";
    assert_eq!(
        redact(&[], input),
        "[14/03/2026 08h40] [PERSON_1]: je suis au quai\n\
         Agents SSIAP : [PERSON_2] / [PERSON_3]\n\
         « Bonjour, c'est [PERSON_4] de chez Pierre Fabre, je rappelle. »\n\
         Signalé par [PERSON_5] ; le technicien ([PERSON_6]) est passé.\n\
         Livraison à Saint-Martin, couleur rose, pierre de taille.\n"
    );
}

/// Schedules and registers (session 23): a column aligned by spaces, its cells unpadded,
/// holds names as a column split by `;` does; a register's "SURNAME FIRSTNAME" in capitals
/// among names of its column is a name; a status in capitals ("VACANT") in a column of
/// agents is none.
#[test]
fn schedules_and_registers_in_capitals() {
    let input = "Planning des créneaux\n\
                 08h30  Marie Dupont  don de plasma\n\
                 09h15  Oyelaran Tokunbo  sang total\n\
                 10h00  Kévin Techer  plaquettes\n\
                 10h45  Thandeka MBEKI  sang total\n\
                 \n\
                 Poste;Agent;Badge\n\
                 A1;TSHIMANGA ODRENNE;4411\n\
                 A2;DUPONT Marie;4412\n\
                 A3;MARTIN Julie;4413\n\
                 A4;VACANT;4414\n";
    let want = "Planning des créneaux\n\
                08h30  [PERSON_1]  don de plasma\n\
                09h15  [PERSON_2]  sang total\n\
                10h00  [PERSON_3]  plaquettes\n\
                10h45  [PERSON_4]  sang total\n\
                \n\
                Poste;Agent;Badge\n\
                A1;[PERSON_5];4411\n\
                A2;[PERSON_6];4412\n\
                A3;[PERSON_7];4413\n\
                A4;VACANT;4414\n";
    assert_eq!(redact(&[], input), want);
}

/// Git logs, contracts and form lines (session 24): "Author:" and the "-by" trailers label
/// people; "Entre" and "& Co" are no part of a name; a form line's later field and a role
/// after a name and a comma are no people.
#[test]
fn git_logs_contracts_and_form_fields() {
    let input = "commit 9e1b2c3\n\
                 Author: Tiavina Rasoanaivo <t.rasoanaivo@exemple.fr>\n\
                 \n    Signed-off-by: Oyelaran Adebisi <oa@exemple.fr>\n\
                 Entre OKONJO Mariam, d'une part, et Jardins & Co, d'autre part.\n\
                 Salariée : KOUASSI Awa    Poste : Chaudronnier\n\
                 Visite par le Dr Tkachuk, Médecin du travail, couleur rose.\n";
    let want = "commit 9e1b2c3\n\
                Author: [PERSON_1] <[EMAIL_1]>\n\
                \n    Signed-off-by: [PERSON_2] <[EMAIL_2]>\n\
                Entre [PERSON_3], d'une part, et Jardins & Co, d'autre part.\n\
                Salariée : [PERSON_4]    Poste : Chaudronnier\n\
                Visite par le Dr [PERSON_5], Médecin du travail, couleur rose.\n";
    assert_eq!(redact(&[], input), want);
}
