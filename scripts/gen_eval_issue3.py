#!/usr/bin/env python3
"""Generates the labeled evaluation sets of issue 3 for CLIENT, POSTAL_ADDRESS and
DATE_OF_BIRTH: eval/clients/ (with its client list eval/clients/clients.txt), eval/addresses/
and eval/dob/.

Deterministic (fixed seed, stdlib only): run it again and the files are identical.

    python3 scripts/gen_eval_issue3.py
    cargo run --release --example eval -- --clients eval/clients/clients.txt \
        eval/clients eval/addresses eval/dob

Documents are short French business texts (e-mails, reminders, minutes, CRM notes, HR forms,
delivery notes) in which every expected finding is marked inline as ⟦KIND|value⟧. They mix
the variants people write (case, accents, spacing, line breaks, apostrophes, "&"/"et", legal
forms dropped or added) with negatives that must not be found: Martinez, martingale,
Saint-Martin, "une orange", "Total HT", other dates, street words in ordinary sentences.
"""

import os
import random

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
SEED = 20261129

# ---------------------------------------------------------------- clients

# (listed name, weak, mention variants). A variant is the text as written; "{L}" is replaced
# by a legal form written in the text (sometimes none). Weak names appear only capitalised
# inside sentences, as the detector requires.
CLIENTS = [
    ("Transports Lefèvre & Fils SAS", ["Transports Lefèvre & Fils{L}", "TRANSPORTS LEFEVRE ET FILS{L}",
                                       "transports lefèvre et fils", "Transports  Lefèvre\n& Fils",
                                       "Transports Lefevre & Fils{L}"]),
    ("Boulangerie L'Épi d'Or", ["Boulangerie L'Épi d'Or", "boulangerie l’épi d’or", "BOULANGERIE L'EPI D'OR",
                                "Boulangerie L’Épi d’Or"]),
    ("Garage Martin-Roussel SARL", ["Garage Martin-Roussel{L}", "garage martin-roussel", "GARAGE MARTIN ROUSSEL{L}",
                                    "Garage Martin Roussel"]),
    ("Cabinet Nguyen Avocats", ["Cabinet Nguyen Avocats", "cabinet nguyen avocats", "CABINET NGUYEN AVOCATS"]),
    ("Menuiserie Techer", ["Menuiserie Techer{L}", "menuiserie techer", "MENUISERIE TECHER{L}"]),
    ("Pharmacie du Vieux Port", ["Pharmacie du Vieux Port", "pharmacie du vieux-port", "PHARMACIE DU VIEUX PORT"]),
    ("Dupont et Cie", ["Dupont et Cie", "Dupont & Cie", "DUPONT", "Dupont"]),
    ("Martin", ["Martin", "MARTIN{L}"]),
    ("Orange", ["Orange", "ORANGE"]),
    ("Total", ["Total"]),
    ("Le Petit Marché", ["Le Petit Marché", "LE PETIT MARCHÉ"]),
    ("Axa", ["Axa", "AXA"]),
    ("SCI Les Tilleuls", ["SCI Les Tilleuls", "Les Tilleuls", "les tilleuls"]),
    ("Imprimerie Diallo Frères", ["Imprimerie Diallo Frères", "imprimerie diallo frères", "IMPRIMERIE DIALLO FRERES{L}"]),
    ("Électricité Générale Benali EURL", ["Électricité Générale Benali{L}", "Electricite Generale Benali",
                                          "ÉLECTRICITÉ GÉNÉRALE BENALI{L}"]),
    ("Fromagerie Kowalski", ["Fromagerie Kowalski", "fromagerie kowalski", "Fromagerie\u00a0Kowalski"]),
    ("Hôtel Beau Rivage", ["Hôtel Beau Rivage", "Hotel Beau Rivage", "HÔTEL BEAU RIVAGE"]),
    ("Château de la Rivière SCEA", ["Château de la Rivière", "chateau de la riviere", "Château de la Rivière SCEA"]),
    ("Ambulances Da Silva", ["Ambulances Da Silva{L}", "ambulances da silva", "Ambulances Da\nSilva"]),
    ("Laboratoire Fontaine-Lebrun SAS", ["Laboratoire Fontaine-Lebrun{L}", "laboratoire fontaine-lebrun",
                                         "Laboratoire Fontaine Lebrun"]),
    ("O'Brien Consulting", ["O'Brien Consulting", "O’Brien Consulting", "o'brien consulting"]),
    ("Auto-École Chevalier", ["Auto-École Chevalier", "auto-école chevalier", "Auto-Ecole Chevalier", "Auto École Chevalier"]),
    ("Société Nouvelle des Carrières Girard", ["Société Nouvelle des Carrières Girard",
                                               "SOCIETE NOUVELLE DES CARRIERES GIRARD{L}"]),
    ("Brasserie Le Zinc", ["Brasserie Le Zinc", "brasserie le zinc", "BRASSERIE LE ZINC{L}"]),
    ("Vignobles Moreau-Petit", ["Vignobles Moreau-Petit{L}", "vignobles moreau-petit", "Vignobles Moreau Petit"]),
    ("Informatique Rakotomalala", ["Informatique Rakotomalala{L}", "informatique rakotomalala"]),
    ("Bati-Rénov 44", ["Bati-Rénov 44", "BATI RENOV 44{L}", "Bati-Renov 44"]),
    ("Les Jardins de Sophie", ["Les Jardins de Sophie", "les jardins de sophie", "LES JARDINS DE SOPHIE"]),
    ("Clinique Vétérinaire des Alpes", ["Clinique Vétérinaire des Alpes", "clinique veterinaire des alpes"]),
    ("Durand Expertise Comptable", ["Durand Expertise Comptable{L}", "DURAND EXPERTISE COMPTABLE", "durand expertise comptable"]),
]

LEGAL_IN_TEXT = ["", "", "", " SARL", " SAS", " S.A.S.", " SA", " EURL", " Sarl"]

CLIENT_TEMPLATES = [
    "Peux-tu relancer {p} de {c} pour la facture n° {n} ?",
    "Le client {c} a confirmé la commande du {d}.",
    "Suite à notre échange avec {c}, je t'envoie le devis révisé.",
    "Rendez-vous chez {c} jeudi à {h} h pour la revue du contrat.",
    "La facture de {c} reste impayée depuis {k} jours ; merci de vérifier le lettrage.",
    "Nous avons livré {c} hier, le bon de livraison est signé.",
    "Pour {c}, appliquer la remise de {k} % prévue au contrat cadre.",
    "{p} (service achats, {c}) demande un nouveau calendrier de livraison.",
    "Compte rendu : {c} souhaite renégocier les tarifs pour l'an prochain.",
    "Attention, {c} a changé de banque : attendre le nouveau RIB avant tout virement.",
    "Merci d'ajouter {c} à la liste des comptes à suivre en priorité.",
    "Le litige avec {c} est clos depuis le {d}.",
]

NEGATIVE_SENTENCES = [
    "M. Martinez nous a rappelé ce matin au sujet du planning.",
    "La martingale du commercial ne convainc personne.",
    "Le séminaire aura lieu à Saint-Martin-d'Hères en juin.",
    "Prévoir une orange et une pomme pour la pause.",
    "Au total, {k} commandes sont en retard.",
    "Total HT : {k} 250,00 €\nTotal TTC : {k} 500,00 €",
    "Orange et citron sont les deux parfums retenus.",
    "Le petit marché du dimanche attire du monde.",
    "Mme Lefèvre a posé ses congés la semaine prochaine.",
    "Le film de Dupontel passe ce soir.",
    "Les martinets sont de retour sur le toit de l'entrepôt.",
    "Les transports en commun sont en grève ; prévoir du retard.",
    "Le modèle AXA-200 est en rupture de stock.",
    "La SCI familiale a vendu le terrain.",
    "Le cabinet du médecin ferme à 18 h.",
    "La boulangerie du coin fait de bons croissants.",
    "Un total de {k} heures a été facturé.",
    "Le garage est fermé le lundi.",
]

PEOPLE = ["Mme Lefèvre", "M. Nguyen", "Mme Diallo", "M. Benali", "Mme Kowalski", "M. Techer",
          "Mme Rakotomalala", "M. Da Silva", "Mme Girard", "M. Chevalier"]

GREETINGS = ["Bonjour,", "Bonjour à tous,", "Salut,", "Madame, Monsieur,"]
CLOSINGS = ["Cordialement,", "Bonne journée,", "Merci d'avance,", "Bien à vous,"]


def rand_date(rng, year_lo=2020, year_hi=2026):
    return f"{rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/{rng.randint(year_lo, year_hi)}"


def client_mention(rng):
    listed, variants = rng.choice(CLIENTS)
    v = rng.choice(variants)
    legal = rng.choice(LEGAL_IN_TEXT) if "{L}" in v else ""
    text = v.replace("{L}", legal)
    return f"⟦CLIENT|{text}⟧"


def gen_clients(rng, out_dir):
    os.makedirs(out_dir, exist_ok=True)
    with open(os.path.join(out_dir, "clients.txt"), "w", encoding="utf-8") as f:
        f.write("# Client list of the evaluation set (generated by scripts/gen_eval_issue3.py)\n")
        for listed, _ in CLIENTS:
            f.write(listed + "\n")
    mentions = 0
    for doc in range(200):
        lines = [rng.choice(GREETINGS), ""]
        for _ in range(rng.randint(5, 9)):
            if rng.random() < 0.012:
                # A weak name starting a sentence: labeled, but the detector skips it by design
                # (a capital at a sentence start proves nothing), so this costs recall.
                weak = rng.choice(["Orange", "Total", "Axa", "Martin"])
                lines.append(f"⟦CLIENT|{weak}⟧ a renouvelé son contrat pour trois ans.")
                mentions += 1
            elif rng.random() < 0.72:
                t = rng.choice(CLIENT_TEMPLATES)
                line = t.format(p=rng.choice(PEOPLE), c=client_mention(rng), n=rng.randint(1000, 9999),
                                d=rand_date(rng), h=rng.randint(8, 17), k=rng.randint(2, 60))
                mentions += 1
            else:
                line = rng.choice(NEGATIVE_SENTENCES).format(k=rng.randint(2, 60))
            lines.append(line)
        lines += ["", rng.choice(CLOSINGS), rng.choice(["Julie", "Karim", "Hervé", "Sophie"])]
        with open(os.path.join(out_dir, f"doc{doc:03d}.txt"), "w", encoding="utf-8") as f:
            f.write("\n".join(lines) + "\n")
    return mentions


# ---------------------------------------------------------------- addresses

STREET_TYPES = ["rue", "rue", "rue", "avenue", "boulevard", "allée", "impasse", "chemin", "place",
                "quai", "route", "square", "Rue", "Avenue", "Bd", "av."]
STREET_NAMES = ["Victor Hugo", "de la République", "des Lilas", "du Général de Gaulle", "Jean Jaurès",
                "Jean-Jaurès", "de l'Église", "des Tilleuls", "du Moulin", "Pasteur", "Gambetta",
                "de la Gare", "du 8 Mai 1945", "Saint-Exupéry", "des Acacias", "de Verdun",
                "Anatole France", "du Maréchal Foch", "de Bretagne", "des Écoles", "d'Alsace",
                "Émile Zola", "de la Paix", "du Port", "des Vignes"]
CITIES = [("75011", "Paris"), ("69003", "Lyon"), ("13008", "Marseille"), ("44000", "Nantes"),
          ("31000", "Toulouse"), ("33000", "Bordeaux"), ("59000", "Lille"), ("67000", "Strasbourg"),
          ("35000", "Rennes"), ("06000", "Nice"), ("34000", "Montpellier"), ("42000", "Saint-Étienne"),
          ("13100", "Aix-en-Provence"), ("92130", "Issy-les-Moulineaux"), ("97400", "Saint-Denis"),
          ("62200", "Boulogne-sur-Mer"), ("72000", "Le Mans"), ("29200", "Brest")]


def address(rng):
    num = str(rng.randint(1, 180))
    r = rng.random()
    if r < 0.12:
        num += rng.choice([" bis", " ter", "bis", "B"])
    elif r < 0.17:
        num += f"-{int(num) + 2}"
    street = f"{num}{rng.choice(['', ','])} {rng.choice(STREET_TYPES)} {rng.choice(STREET_NAMES)}"
    cp, city = rng.choice(CITIES)
    shape = rng.random()
    if shape < 0.35:
        value = f"{street}, {cp} {city}"
    elif shape < 0.65:
        value = f"{street}\n{cp} {city}"
    elif shape < 0.72:
        value = f"{street.upper()}\n{cp} {city.upper()}"
    elif shape < 0.80:
        box = rng.choice(["BP", "CS", "TSA"])
        value = f"{street}, {box} {rng.randint(10, 99999)}, {cp} {city} Cedex"
    elif shape < 0.85:
        value = f"{street}\n{cp} {city} CEDEX {rng.randint(1, 20)}"
    else:
        value = street
    return f"⟦POSTAL_ADDRESS|{value}⟧"


ADDRESS_TEMPLATES = [
    "Merci de livrer à l'adresse suivante :\n{a}\n",
    "Notre nouveau siège est situé {a} depuis le {d}.",
    "Adresse de facturation : {a}\n",
    "Le rendez-vous est fixé au {a}, deuxième étage.",
    "Expéditeur : Transports du Centre, {a}\n",
    "Le locataire réside au {a}.",
    "Envoyez le courrier recommandé au {a}\n",
]

# Already labeled: a residence and the street in it are two addresses.
ZONE_ADDRESSES = [
    "⟦POSTAL_ADDRESS|ZI des Fourches, BP 123, 69800 Saint-Priest Cedex⟧",
    "⟦POSTAL_ADDRESS|ZA du Bois Joli\n85300 Challans⟧",
    "⟦POSTAL_ADDRESS|Lieu-dit Les Granges\n24200 Sarlat-la-Canéda⟧",
    "⟦POSTAL_ADDRESS|Zone artisanale des Vignes, 49300 Cholet⟧",
    "⟦POSTAL_ADDRESS|Résidence Les Pins⟧, ⟦POSTAL_ADDRESS|13 allée des Roses, 83000 Toulon⟧",
    "⟦POSTAL_ADDRESS|ZAC de la Lande, 35510 Cesson-Sévigné⟧",
]

ADDRESS_NEGATIVES = [
    "Il a suivi 2 cours de comptabilité et réservé 3 places de parking.",
    "Une rue calme, une route longue, un chemin de traverse : le trajet était agréable.",
    "La mise en place de l'outil est prévue en {m}.",
    "Le cours de l'action a chuté de {k} %.",
    "Envoyez un mail de relance au client.",
    "La commande n° {k}4521 de 12 palettes est partie.",
    "Nous avons {k} avenants à signer.",
    "Le quai de chargement numéro {k} est fermé.",
    "Rendez-vous à 14 h, salle 3, bâtiment B.",
]


def gen_addresses(rng, out_dir):
    os.makedirs(out_dir, exist_ok=True)
    count = 0
    for doc in range(100):
        parts = [rng.choice(GREETINGS), ""]
        for _ in range(rng.randint(3, 6)):
            x = rng.random()
            if x < 0.55:
                parts.append(rng.choice(ADDRESS_TEMPLATES).format(a=address(rng), d=rand_date(rng)))
                count += 1
            elif x < 0.65:
                z = rng.choice(ZONE_ADDRESSES)
                parts.append(f"Site de production : {z}\n")
                count += z.count("⟦")
            elif x < 0.72:
                parts.append(f"Le bureau est situé ⟦POSTAL_ADDRESS|{rng.choice(['rue', 'avenue', 'boulevard'])} "
                             f"{rng.choice(['Victor Hugo', 'Gambetta', 'de la République', 'Pasteur'])}⟧, "
                             f"à côté de la gare.")
                count += 1
            else:
                parts.append(rng.choice(ADDRESS_NEGATIVES).format(k=rng.randint(2, 9),
                                                                  m=rng.choice(["mars", "juin"])))
        parts += ["", rng.choice(CLOSINGS)]
        with open(os.path.join(out_dir, f"doc{doc:03d}.txt"), "w", encoding="utf-8") as f:
            f.write("\n".join(parts) + "\n")
    return count


# ---------------------------------------------------------------- dates of birth

MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
          "octobre", "novembre", "décembre"]


def birth_date(rng):
    d, m, y = rng.randint(1, 28), rng.randint(1, 12), rng.randint(1940, 2005)
    r = rng.random()
    if r < 0.3:
        return f"{d:02d}/{m:02d}/{y}"
    if r < 0.4:
        return f"{d:02d}-{m:02d}-{y}"
    if r < 0.5:
        return f"{d:02d}.{m:02d}.{y}"
    if r < 0.55:
        return f"{d:02d}/{m:02d}/{y % 100:02d}"
    if r < 0.65:
        return f"1er {rng.choice(MONTHS)} {y}"
    return f"{d} {rng.choice(MONTHS)} {y}"


FIRST = ["Paul", "Claire", "Kévin", "Aïcha", "Thi Lan", "Jean-Pierre", "Fatoumata", "Lucas", "Inès", "Marc"]
# No "Martin" here: it is a listed client of eval/clients, and a person's surname that is also
# a client's name is ambiguous by nature.
LAST = ["Bernard", "Durand", "Nguyen", "Diallo", "Benali", "Kowalski", "Techer", "Rakotomalala", "Da Silva", "Girard"]
PLACES = ["Lyon", "Nantes", "Saint-Denis (93)", "Brest", "Pointe-à-Pitre", "Alger", "Dakar"]

DOB_TEMPLATES = [
    "M. {f} {l}, né le {b}, demeurant à {city}.",
    "Mme {f} {l}, née le {b} à {place}.",
    "Salarié : {f} {l}\nDate de naissance : {b}\n",
    "{F} {L}, né(e) le {b}, est embauché(e) en CDI.",
    "Nom : {L}\nPrénom : {f}\nDDN : {b}\n",
    "Mme {l}, née à {place} le {b}, occupera le poste d'assistante.",
    "Date et lieu de naissance : {b} à {place}\n",
    "Date de naiss. : {b}\n",
    "NÉ LE {b} À {PLACE}\n",
]

DATE_NEGATIVES = [
    "Facture du {d}, échéance le {d2}.",
    "Contrat signé le {d} ; prise de poste le {d2}.",
    "Document établi le {d} et donné le {d2} à l'intéressé.",
    "L'acte de naissance a été délivré le {d}.",
    "Réunion le {d} à 10 h.",
    "Date d'embauche : {d}",
    "Le dossier a été créé le {d} par le service RH.",
    "Lieu de naissance : Lyon",
    "Date de la dernière visite médicale : {d}",
]


def gen_dob(rng, out_dir):
    os.makedirs(out_dir, exist_ok=True)
    count = 0
    for doc in range(100):
        parts = []
        for _ in range(rng.randint(3, 6)):
            if rng.random() < 0.6:
                f, l = rng.choice(FIRST), rng.choice(LAST)
                place = rng.choice(PLACES)
                parts.append(rng.choice(DOB_TEMPLATES).format(
                    f=f, l=l, F=f.upper(), L=l.upper(), b=f"⟦DATE_OF_BIRTH|{birth_date(rng)}⟧",
                    city=rng.choice(["Lyon", "Rennes", "Lille"]), place=place, PLACE=place.upper()))
                count += 1
            else:
                parts.append(rng.choice(DATE_NEGATIVES).format(d=rand_date(rng), d2=rand_date(rng)))
        with open(os.path.join(out_dir, f"doc{doc:03d}.txt"), "w", encoding="utf-8") as f:
            f.write("\n".join(parts) + "\n")
    return count


def main():
    rng = random.Random(SEED)
    c = gen_clients(rng, os.path.join(ROOT, "eval", "clients"))
    a = gen_addresses(rng, os.path.join(ROOT, "eval", "addresses"))
    d = gen_dob(rng, os.path.join(ROOT, "eval", "dob"))
    print(f"eval/clients: {c} client mentions; eval/addresses: {a} addresses; eval/dob: {d} dates of birth")


if __name__ == "__main__":
    main()
