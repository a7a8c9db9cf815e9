#!/usr/bin/env python3
"""Generates the labeled PERSON evaluation sets: eval/names and eval/names-holdout.

    python3 scripts/gen_eval_names.py            # writes both sets
    python3 scripts/gen_eval_names.py --check    # prints the statistics only

Deterministic (fixed seeds, stdlib only). Each set is a folder of documents (e-mails,
minutes, HR notes, invoices, support tickets, chat transcripts) in which every person name is
labeled inline as ⟦PERSON|Marie Dupont⟧ (civilities stay outside the label) and every e-mail
address as ⟦EMAIL|…⟧; see examples/eval.rs. Documents also carry negatives: ordinary words
that are first names ("pierre de taille", "couleur rose"), saints and streets ("Saint-Martin",
"rue Victor Hugo"), months, cities and companies.

The two sets share the name pools but use DIFFERENT templates and seeds: the detector is tuned
on neither, and the holdout measures how well the rules carry over to unseen phrasings.

Names "absent from the lexicon" are checked mechanically: a mention counts as absent when none
of its words (particles aside) is in data/lexicon/prenoms.txt or data/lexicon/noms.txt,
compared lower-case and without accents, as the detector does.
"""

import os
import random
import sys
import unicodedata

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
LEX = os.path.join(ROOT, "data", "lexicon")


def fold(s):
    s = s.replace("’", "'").lower()
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return s.replace("œ", "oe").replace("æ", "ae").replace("ł", "l").replace("ı", "i")


def load(name):
    with open(os.path.join(LEX, name), encoding="utf-8") as f:
        return {fold(line.strip()) for line in f if line.strip()}


LEXICON = load("prenoms.txt") | load("noms.txt")
PARTICLES = {"de", "du", "des", "la", "le", "d", "van", "von", "da", "dos", "el", "al", "ben"}


def words(name):
    out = []
    for w in name.replace("'", " ").replace("’", " ").replace("-", " ").split():
        if fold(w) not in PARTICLES:
            out.append(fold(w))
    return out


def absent(name):
    """True when no word of the name is in the lexicon (hyphenated parts checked alone too)."""
    whole = [fold(w) for w in name.split() if fold(w) not in PARTICLES]
    if any(w in LEXICON for w in whole):
        return False
    return not any(w in LEXICON for w in words(name))


# First names and surnames by origin. French ones mostly come from the lexicon; the others
# are common in France too and mostly absent from it (checked, not assumed).
FIRST = {
    "fr": ["Marie", "Kévin", "Nathalie", "Julien", "Sophie", "Thomas", "Camille", "Nicolas",
           "Isabelle", "Céline", "Mathieu", "Aurélie", "Stéphane", "Émilie", "Sébastien",
           "Sandrine", "Guillaume", "Caroline", "Jérôme", "Hélène", "Valérie", "Olivier",
           "Amandine", "Romain", "Audrey", "Damien", "Laetitia", "Frédéric", "Chloé", "Maxime",
           "Manon", "Lucas", "Léa", "Inès", "Yanis", "Sarah", "Mehdi", "Karim", "Nadia",
           "Jean-Pierre", "Marie-Christine", "Anne-Sophie", "Pierre", "Claude", "Pascal",
           "Diane", "Bertrand", "Ghislaine", "Régis", "Solène", "Gaëlle", "Loïc", "Brigitte"],
    "vi": ["Thuy", "Huong", "Linh", "Tuan", "Quang", "Hieu", "Trang", "Phuong", "Duc", "Ngoc",
           "Khanh", "Hanh", "Vinh", "Thao", "Nhung", "Loan"],
    "mg": ["Rija", "Tahina", "Fanja", "Hery", "Voahirana", "Miora", "Haingo", "Lalaina",
           "Nirina", "Hanitra", "Rivo", "Toky", "Fitiavana", "Mialy", "Tsiry", "Andoniaina"],
    "wo": ["Awa", "Fatou", "Moussa", "Ousmane", "Mamadou", "Aminata", "Cheikh", "Ibrahima",
           "Khady", "Ndeye", "Modou", "Babacar", "Seynabou", "Coumba", "Mbaye", "Astou"],
    "ar": ["Youssef", "Samira", "Rachid", "Khadija", "Nabil", "Hamza", "Soufiane", "Imane",
           "Zineb", "Tarek", "Ilyes", "Houria", "Walid", "Souad", "Nassim", "Kenza"],
    "br": ["Gwenaëlle", "Erwan", "Nolwenn", "Gwendal", "Loeiz", "Katell", "Soazig", "Riwal",
           "Goulven", "Bleuenn", "Tugdual", "Klervi", "Youenn", "Enora", "Maiwenn", "Gireg"],
    "pt": ["João", "Gonçalo", "Beatriz", "Tiago", "Rui", "Leonor", "Duarte", "Catarina",
           "Afonso", "Matilde", "Vasco", "Conceição"],
    "pl": ["Agnieszka", "Krzysztof", "Małgorzata", "Wojciech", "Katarzyna", "Grzegorz",
           "Zbigniew", "Bożena", "Przemysław", "Jadwiga", "Łukasz", "Paweł"],
    "zh": ["Xiaoling", "Yifan", "Zhiwei", "Xiaoming", "Qiang", "Meiling", "Jianhua", "Xuefeng",
           "Huiying", "Zhenyu"],
    "re": ["Rosemay", "Jean-Hugues", "Stecy", "Marie-Josée", "Johnny", "Dimitri", "Mickaël",
           "Kelly"],
    "ie": ["Siobhan", "Aoife", "Niamh", "Saoirse", "Ciarán", "Padraig"],
    "tr": ["Ayşe", "Mehmet", "Emre", "Elif", "Burak", "Zeynep"],
    "am": ["Anahit", "Lusine", "Vardan", "Armen", "Gayane"],
    "ta": ["Tharshini", "Sivakumar", "Kavitha", "Prakash", "Nirosha"],
}
LAST = {
    "fr": ["Dupont", "Martin", "Bernard", "Lefèvre", "Moreau", "Girard", "Fournier",
           "Lambert", "Bonnet", "Rousseau", "Mercier", "Guérin", "Garnier", "Chevalier",
           "Legrand", "Gauthier", "Perrin", "Morin", "Roussel", "Masson", "Marchand", "Duval",
           "Dumont", "Lemaire", "Meunier", "Blanchard", "Giraud", "Brunet", "Gaillard",
           "Barbier", "Renard", "Schmitt", "Leroux", "Caron", "Picard", "Fabre", "Aubert",
           "Lemoine", "Dumas", "Lacroix", "Bourgeois", "Leclerc", "Rolland", "Lecomte",
           "Dupuy", "Hubert", "Carpentier", "Deschamps", "Vasseur", "Fleury", "Poirier",
           "Charpentier", "Ménard", "Maillard", "Le Gall", "Le Goff", "Le Roux", "Pelletier",
           "Da Silva", "de La Tour", "d'Ormesson", "Lebrun", "Techer", "Grondin", "Hoarau"],
    "vi": ["Nguyen", "Tran", "Pham", "Hoang", "Huynh", "Dang", "Bui", "Ngo", "Duong",
           "Truong", "Dinh", "Vuong", "Trinh", "Quach", "Luu", "Thai"],
    "mg": ["Rakotomalala", "Andrianarivo", "Rasoanaivo", "Randriamampionona",
           "Rakotoarisoa", "Razafindrakoto", "Ravelojaona", "Andriamanalina", "Ratsimbazafy",
           "Rabemananjara", "Randrianasolo", "Razanamahefa", "Rakotondrabe", "Ramanantsoa"],
    "wo": ["Ndiaye", "Diop", "Sow", "Sarr", "Gueye", "Diallo", "Cissé", "Thiam", "Niang",
           "Seck", "Ndour", "Diouf", "Mbengue", "Ndoye", "Sylla", "Mboup"],
    "ar": ["Benali", "El Amrani", "Bouzid", "Haddad", "Cherif", "Mansouri", "Belkacem",
           "Zerrouki", "Boukhari", "Benyahia", "Hamdani", "Lahlou", "Bennani", "Chraibi",
           "Messaoudi", "Ouazzani"],
    "br": ["Le Bihan", "Le Floc'h", "Kervella", "Quéméner", "Le Meur", "Guivarc'h",
           "Le Dantec", "Kerhervé", "Prigent", "Coadou", "Le Gac", "Kerbrat", "Le Moal",
           "Kermarrec", "Le Borgne", "Ropars"],
    "pt": ["Gonçalves", "Ferreira", "Carvalho", "Magalhães", "Figueiredo", "Azevedo",
           "Fonseca", "Cardoso", "Teixeira", "Quaresma", "Baptista", "Sequeira"],
    "pl": ["Kowalczyk", "Wiśniewski", "Wójcik", "Kamiński", "Lewandowska", "Zieliński",
           "Szymański", "Woźniak", "Dąbrowski", "Kozłowska", "Jankowski", "Krawczyk",
           "Grabowska", "Przybylski"],
    "zh": ["Zhang", "Wang", "Liu", "Chen", "Yang", "Huang", "Zhao", "Zhou", "Xu", "Sun",
           "Zhu", "Guo", "Gao", "Xie"],
    "re": ["Payet", "Hoareau", "Nativel", "Sautron", "Dijoux", "Mussard", "Ethève", "Sinama",
           "Moutama", "Soupramanien", "Virapoullé", "Govindin", "Ramassamy", "Lauret"],
    "ie": ["O'Brien", "McCarthy", "Fitzgerald", "Kavanagh", "O'Sullivan", "Ní Bhriain"],
    "tr": ["Yılmaz", "Öztürk", "Çelik", "Şahin", "Aydın", "Kaya"],
    "am": ["Hovhannisyan", "Karapetyan", "Grigoryan", "Sargsyan", "Harutyunyan"],
    "ta": ["Sivapalan", "Rajaratnam", "Thevarajah", "Kanagaratnam", "Pathmanathan"],
}


# Rarer names of the same and other origins, to be filtered mechanically: only those with no
# word in the lexicon go into the "absent" pools.
RARE_FIRST = {
    "mg": ["Andrianina", "Fanomezantsoa", "Herizo", "Tojoniaina", "Volana", "Sitraka", "Onja",
           "Fenitra", "Mahery", "Tolotra", "Mirindra", "Njaka", "Anjara", "Hasina", "Mamisoa",
           "Tantely", "Tsiky", "Mialy", "Tsiry", "Andoniaina", "Fitiavana", "Voahirana"],
    "ta": ["Tharshini", "Sivakumar", "Kavitha", "Nirosha", "Thushanthan", "Kajeepan",
           "Sharmila", "Vithusan", "Abirami", "Mayuran"],
    "zh": ["Xiaoling", "Yifan", "Zhiwei", "Xiaoming", "Meiling", "Jianhua", "Xuefeng",
           "Huiying", "Zhenyu", "Yuxuan", "Zihan", "Haoran", "Xinyi"],
    "yo": ["Oluwaseun", "Folasade", "Olamide", "Temitope", "Ayodele", "Chidinma", "Nnamdi",
           "Chukwuemeka", "Ngozi", "Adaeze"],
    "ka": ["Giorgi", "Ketevan", "Levan", "Tamari", "Nodar", "Eka"],
    "km": ["Sokha", "Chanthou", "Sreymom", "Vannak", "Sophal", "Bopha"],
    "uk": ["Oleksandr", "Mykola", "Bohdana", "Olesia", "Taras", "Halyna"],
    "ie": ["Siobhan", "Aoife", "Niamh", "Saoirse", "Padraig", "Caoimhe", "Oisín", "Ciarán"],
    "am": ["Anahit", "Lusine", "Vardan", "Gayane", "Hasmik", "Armen"],
    "vi": ["Thuy", "Huong", "Phuong", "Khanh", "Nhung", "Loan", "Thao", "Hieu"],
    "pl": ["Agnieszka", "Małgorzata", "Wojciech", "Zbigniew", "Przemysław", "Jadwiga",
           "Grzegorz", "Bożena"],
}
RARE_LAST = {
    "mg": ["Andrianarivo", "Rasoanaivo", "Randriamampionona", "Razafindrakoto", "Ravelojaona",
           "Andriamanalina", "Rabemananjara", "Razanamahefa", "Rakotondrabe",
           "Andriambololona", "Rasolofomanana", "Ravelomanantsoa", "Rajaonarison",
           "Randrianjafy"],
    "ta": ["Sivapalan", "Rajaratnam", "Thevarajah", "Kanagaratnam", "Pathmanathan",
           "Sivagnanam", "Balasingham", "Yogarajah"],
    "am": ["Hovhannisyan", "Karapetyan", "Grigoryan", "Sargsyan", "Harutyunyan", "Ghazaryan",
           "Avetisyan"],
    "yo": ["Adeyemi", "Okonkwo", "Oyelaran", "Olawale", "Nwachukwu", "Okafor", "Oyebanji"],
    "ka": ["Beridze", "Kapanadze", "Gelashvili", "Tsiklauri", "Javakhishvili"],
    "km": ["Chhun", "Phal", "Chea", "Sokhom", "Vuthy"],
    "uk": ["Shevchenko", "Bondarenko", "Kovalenko", "Tkachenko", "Hrytsenko"],
    "pl": ["Grzybowska", "Szczepańska", "Chmielewski", "Brzezińska", "Przybylski",
           "Lewandowska", "Kozłowska"],
    "ie": ["Ní Bhriain", "Mac Giolla", "Ó Ceallaigh", "Fitzgerald", "Kavanagh"],
    "zh": ["Xie", "Zheng", "Qian", "Jiang", "Gao", "Zhao"],
    "vi": ["Quach", "Vuong", "Trinh", "Luu"],
}
ABSENT_FIRST = {o: [n for n in RARE_FIRST[o] + FIRST.get(o, []) if absent(n)] for o in RARE_FIRST}
ABSENT_LAST = {o: [n for n in RARE_LAST[o] + LAST.get(o, []) if absent(n)] for o in RARE_LAST}
ABSENT_ORIGINS = sorted(o for o in ABSENT_FIRST if ABSENT_FIRST[o] and ABSENT_LAST[o])


class Person:
    """A person of a document and the ways a template may mention them."""

    def __init__(self, first, last, female):
        self.first, self.last, self.female = first, last, female
        self.mentioned = False

    def _l(self, v):
        self.mentioned = True
        MENTIONS.append(v)
        return f"⟦PERSON|{v}⟧"

    @property
    def civ(self):
        return "Mme" if self.female else "M."

    @property
    def civ_long(self):
        return "Madame" if self.female else "Monsieur"

    def __getattr__(self, key):
        # full, first, last, civ_last, civ_full, upper_first, first_upper, civ_upper_first…
        if key == "full":
            return self._l(f"{self.first} {self.last}")
        if key == "fn":
            return self._l(self.first)
        if key == "ln":
            return self._l(self.last)
        if key == "civ_ln":
            return f"{self.civ} " + self._l(self.last)
        if key == "civlong_ln":
            return f"{self.civ_long} " + self._l(self.last)
        if key == "civ_full":
            return f"{self.civ} " + self._l(f"{self.first} {self.last}")
        if key == "civlong_full":
            return f"{self.civ_long} " + self._l(f"{self.first} {self.last}")
        if key == "up_fn":
            return self._l(f"{self.last.upper()} {self.first}")
        if key == "fn_up":
            return self._l(f"{self.first} {self.last.upper()}")
        if key == "civ_up_fn":
            return f"{self.civ} " + self._l(f"{self.last.upper()} {self.first}")
        if key == "email":
            local = fold(self.first).replace(" ", "").replace("'", "").replace("-", "")
            dom = fold(self.last).replace(" ", "").replace("'", "").replace("-", "")
            return f"⟦EMAIL|{local}.{dom}@{DOMAIN}⟧"
        raise AttributeError(key)


MENTIONS = []
DOMAIN = "exemple.fr"


def person(rng, unknown_share):
    r = rng.random()
    if r < unknown_share:
        # A name absent from the lexicon, first name and surname.
        origin = rng.choice(ABSENT_ORIGINS)
        return Person(rng.choice(ABSENT_FIRST[origin]), rng.choice(ABSENT_LAST[origin]),
                      rng.random() < 0.5)
    if r < unknown_share + (1 - unknown_share) / 2:
        origin = rng.choice([o for o in FIRST if o != "fr"])
    else:
        origin = "fr"
    first_origin = origin if rng.random() < 0.85 else rng.choice(list(FIRST))
    return Person(rng.choice(FIRST[first_origin]), rng.choice(LAST[origin]),
                  rng.random() < 0.5)


COMPANIES = ["Transports Lefèvre & Fils", "Boulangerie du Centre", "Atelier Bois Massif SARL",
             "Cabinet Comptable Horizon", "Garage des Quatre Routes", "Société Nouvelle Vitrerie",
             "Imprimerie Rapide SAS", "Plomberie Générale de l'Est", "Ferme des Tilleuls",
             "Menuiserie Alpine", "Agence Immobilière du Port", "Optique Lumière"]
CITIES = ["Paris", "Lyon", "Nancy", "Rennes", "Saint-Denis", "Brest", "Toulouse", "Lille",
          "Marseille", "Nantes", "Bordeaux", "Florence"]


# ----------------------------------------------------------------------------------------
# Templates of the EVAL set. {a}, {b}, {c} are the people of the document.
# ----------------------------------------------------------------------------------------

EVAL = {
    "email": [
        "De : {a.full} <{a.email}>\nÀ : {b.full} <{b.email}>\nObjet : Relance facture {num}\n\n"
        "Bonjour {b.fn},\n\nJe reviens vers vous au sujet de la facture {num} adressée à {company}. "
        "{neg}\n\nPourriez-vous voir avec {c.civ_ln} si le règlement est parti ?\n\n"
        "Cordialement,\n{a.full}\n",
        "De : {a.full} <{a.email}>\nÀ : {b.email}\nCc : {c.full}\nObjet : Planning {month}\n\n"
        "Bonjour {b.civlong_ln},\n\nSuite à notre échange, je vous confirme la livraison à {city}. "
        "{neg} {c.fn} se chargera de la réception.\n\nBien à vous,\n{a.fn}\n",
        "Bonjour {a.fn},\n\nMerci pour ton retour. J'ai transmis le dossier à {b.civ_full}, "
        "qui le validera avant {weekday}. {neg}\n\nÀ bientôt,\n{c.full}\n",
        "Madame, Monsieur,\n\nJe vous écris de la part de {a.full} concernant le contrat {num}. "
        "{neg} Merci de contacter {b.civ_ln} pour toute question.\n\n"
        "Veuillez agréer mes salutations distinguées.\n\n{c.full}\nService client, {company}\n",
    ],
    "minutes": [
        "COMPTE RENDU DE RÉUNION DU {day} {month_up}\n\nPrésents : {a.full}, {b.full}, {c.civ_ln}\n"
        "Excusé : {d.full}\n\n1. Budget\n{b.ln} présente le budget. {neg}\n\n2. Divers\n"
        "{a.fn} rappelle la date de clôture. {neg2}\n",
        "Réunion d'équipe — {weekday} {day} {month}\n\nParticipants :\n- {a.full}\n- {b.full}\n"
        "- {c.full}\n\nPoints abordés\n{c.ln} fait le point sur les commandes de {company}. {neg}\n"
        "Action : {a.fn} relance le fournisseur ; {b.civ_ln} prépare le devis.\n",
        "Procès-verbal de l'assemblée\n\nLa séance est ouverte à 18 h sous la présidence de "
        "{a.civ_full}. Secrétaire de séance : {b.full}.\n{neg}\nLa parole est donnée à "
        "{c.civ_ln}, qui présente le rapport. {a.ln} remercie les participants.\n",
    ],
    "hr": [
        "NOTE RH — CONFIDENTIEL\n\nSalarié : {a.up_fn}\nManager : {b.full}\n\n"
        "{a.civ_ln} a repris son poste le {day} {month}. {neg} Un entretien est prévu avec "
        "{b.fn} et {c.civ_full} la semaine prochaine.\n",
        "Objet : arrêt de travail\n\nNom : {a.last_up}\nPrénom : {a.fn_only}\n\n"
        "{b.civ_full} signale que {a.fn} sera absent jusqu'au {day} {month}. {neg}\n"
        "Le remplacement sera assuré par {c.full}.\n",
        "Entretien annuel\n\nCollaboratrice : {a.fn_up}\nÉvaluateur : {b.civ_up_fn}\n\n"
        "Objectifs atteints. {neg} {a.fn} souhaite suivre une formation avec {c.full}.\n",
    ],
    "invoice": [
        "FACTURE N° {num}\n\n{company}\n12 rue Victor Hugo\n{zip} {city}\n\n"
        "Client : {a.civ_full}\nDossier suivi par : {b.full}\n\nDésignation : pierre de taille, "
        "{qty} m²\nTotal TTC : {amount} €\n\n{neg}\n",
        "Devis {num}\n\nÀ l'attention de {a.civ_ln}\n{company}\n\nSuite à votre demande du "
        "{day} {month}, {b.full} vous propose les prestations suivantes. {neg}\n"
        "Pour toute question, contacter {c.fn} au service commercial.\n",
    ],
    "ticket": [
        "Ticket #{num} — {status}\nDemandeur : {a.full}\nAssigné à : {b.full}\n\n"
        "Le client signale une panne de l'imprimante. {neg}\n\nCommentaire de {b.fn} : "
        "problème reproduit, voir avec {c.full} pour la pièce.\n",
        "Ticket #{num}\n\n{a.civ_ln} ne reçoit plus les factures depuis le {day} {month}. "
        "{neg} Escaladé à {b.civ_full}. {a.ln} rappellera demain.\n",
    ],
    "chat": [
        "[09:{mm}] {a.fn} : tu as vu le mail de {b.full} ?\n[09:{mm2}] {c.fn} : oui, "
        "je l'appelle après la réunion\n[09:{mm3}] {a.fn} : ok. {neg}\n",
        "[14:{mm}] {a.full} : bonjour, le virement de {company} est arrivé\n[14:{mm2}] "
        "{b.full} : parfait, je préviens {c.civ_ln}\n[14:{mm3}] {a.full} : {neg}\n",
    ],
}

EVAL_NEG = [
    "Le devis porte sur de la pierre de taille et un enduit couleur rose.",
    "Prévoir de l'huile d'olive pour le buffet.",
    "La livraison passera par Saint-Martin puis Sainte-Marie.",
    "Le siège reste au 4 avenue du Général Leclerc.",
    "Les élèves du lycée Marie Curie visiteront l'atelier.",
    "Rendez-vous le {weekday} {day} {month} à {city}.",
    "Le stock de {company} sera inventorié en {month}.",
    "Merci de vérifier la TVA sur la facture.",
    "Le colis est parti de Nancy ce matin.",
    "Aucune remarque particulière.",
    "Nous attendons le retour de la banque.",
    "La salle Jean Moulin est réservée pour l'occasion.",
]

# ----------------------------------------------------------------------------------------
# Templates of the HOLDOUT set: other phrasings, other document layouts.
# ----------------------------------------------------------------------------------------

HOLDOUT = {
    "email": [
        "From: {a.full} <{a.email}>\nTo: {b.full} <{b.email}>\nSubject: RE: commande {num}\n\n"
        "Salut {b.fn},\n\nJe viens d'avoir {c.full} au téléphone : la commande partira lundi. "
        "{neg}\n\nMerci d'avance,\n{a.fn}\n",
        "Bonsoir {a.civlong_ln},\n\nComme convenu avec {b.civ_ln}, je vous envoie le contrat. "
        "{neg} N'hésitez pas à demander à {c.fn} si un document manque.\n\nBien cordialement,\n\n"
        "{b.full}\nResponsable administratif\n",
        "Chère {a.fn},\n\nJe te transfère la réponse de {b.full}. {neg} Peux-tu transmettre à "
        "{c.full} avant midi ?\n\nBonne journée,\n{b.fn}\n",
    ],
    "minutes": [
        "Comité de pilotage — {day}/{mon}/2024\n\nÉtaient présents : {a.civ_full}, {b.full}, "
        "{c.full}.\nAbsent excusé : {d.civ_ln}.\n\n{neg}\nDécision : {b.fn} pilotera le chantier, "
        "en lien avec {a.ln}.\n",
        "Relevé de décisions\n\nAnimatrice : {a.full}\nRédacteur : {b.full}\n\n- Le budget est "
        "validé. {neg}\n- {c.civ_ln} fera une proposition chiffrée.\n- Prochaine réunion chez "
        "{a.fn}.\n",
    ],
    "hr": [
        "Fiche salarié\n\nNom de famille : {a.last_up}\nPrénom : {a.fn_only}\nService : "
        "comptabilité\n\nRemarques : {neg} Tutrice désignée : {b.full}.\n",
        "Mutation interne\n\nÀ compter du {day} {month}, {a.civ_full} rejoint l'équipe de "
        "{b.civ_ln}. {neg} La passation se fera avec {c.full}.\n",
        "Compte rendu d'entretien\n\nCandidat : {a.up_fn}\nRecruteuse : {b.full}\n\n"
        "{a.civ_ln} présente un bon profil. {neg} Avis de {c.fn} attendu.\n",
    ],
    "invoice": [
        "AVOIR N° {num}\n\nÉmis par {company}, représentée par {a.civ_full}\nBénéficiaire : "
        "{b.civ_full}\n\n{neg}\nMontant : {amount} €\n",
        "Bon de livraison {num}\n\nLivré à : {a.full}, {zip} {city}\nRéceptionné par {b.fn} le "
        "{day} {month}. {neg}\n",
    ],
    "ticket": [
        "Incident {num}\nOuvert par : {a.full}\nPriorité : haute\n\nDescription : l'appli "
        "plante. {neg}\nRéponse de {b.civ_ln} : corrigé, merci de prévenir {c.full}.\n",
        "Support — demande {num}\n\n{a.full} demande la réinitialisation de son mot de passe. "
        "{neg} Traité par {b.fn}.\n",
    ],
    "chat": [
        "{a.fn} ({hh}:{mm}) : quelqu'un a le numéro de {b.civ_ln} ?\n{c.fn} ({hh}:{mm2}) : "
        "demande à {b.fn}, elle l'a\n{a.fn} ({hh}:{mm3}) : {neg}\n",
        "<{a.fn}> salut, tu peux relire le devis de {b.full} ?\n<{c.fn}> oui je regarde\n"
        "<{a.fn}> {neg}\n",
    ],
}

HOLDOUT_NEG = [
    "Le parement en pierre de taille est à reprendre.",
    "Teinte choisie : rose poudré, finition olive.",
    "Départ du camion depuis Saint-Pierre à 8 h.",
    "Adresse du chantier : 18 boulevard Jean Jaurès.",
    "Le gymnase Pierre de Coubertin est fermé en {month}.",
    "La foire de {city} a lieu en {month}.",
    "Le fournisseur {company} a augmenté ses prix.",
    "Bon pour accord.",
    "Le rapport de Paris arrive demain.",
    "Pas de changement depuis {weekday}.",
    "Le devis Orange est plus cher.",
    "Le collège Victor Hugo a commandé des chaises.",
]

MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "septembre",
          "octobre", "novembre", "décembre"]
WEEKDAYS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi"]


class Extra(dict):
    def __missing__(self, key):
        raise KeyError(key)


def render(template, rng, cast, negs):
    a, b, c, d = cast

    class Ref:
        def __init__(self, p):
            self.p = p

        def __getattr__(self, key):
            if key == "last_up":
                return self.p._l(self.p.last.upper())
            if key == "fn_only":
                return self.p._l(self.p.first)
            return getattr(self.p, key)

    values = {
        "a": Ref(a), "b": Ref(b), "c": Ref(c), "d": Ref(d),
        "num": str(rng.randint(1000, 99999)),
        "company": rng.choice(COMPANIES),
        "city": rng.choice(CITIES),
        "month": rng.choice(MONTHS),
        "weekday": rng.choice(WEEKDAYS),
        "day": str(rng.randint(1, 28)),
        "mon": f"{rng.randint(1, 12):02}",
        "zip": f"{rng.randint(10, 95)}{rng.randint(0, 999):03}",
        "qty": str(rng.randint(2, 90)),
        "amount": f"{rng.randint(100, 9999)},{rng.randint(0, 99):02}",
        "status": rng.choice(["ouvert", "en cours", "résolu"]),
        "hh": f"{rng.randint(8, 18):02}",
        "mm": f"{rng.randint(0, 19):02}",
        "mm2": f"{rng.randint(20, 39):02}",
        "mm3": f"{rng.randint(40, 59):02}",
    }
    values["month_up"] = values["month"].upper()
    # Negatives are rendered first (they hold no names).
    values["neg"] = rng.choice(negs).format(**values)
    values["neg2"] = rng.choice(negs).format(**values)
    return template.format(**values)


def generate(bank, negs, seed, docs, unknown_share):
    rng = random.Random(seed)
    out = []
    kinds = sorted(bank)
    for i in range(docs):
        kind = kinds[i % len(kinds)]
        template = rng.choice(bank[kind])
        # Four distinct people, with distinct surnames and first names.
        cast = []
        while len(cast) < 4:
            p = person(rng, unknown_share)
            if all(p.last != q.last and p.first != q.first for q in cast):
                cast.append(p)
        out.append((f"{i:03}-{kind}.txt", render(template, rng, cast, negs)))
    return out


def write(folder, docs):
    path = os.path.join(ROOT, folder)
    os.makedirs(path, exist_ok=True)
    for name in os.listdir(path):
        if name.endswith(".txt"):
            os.remove(os.path.join(path, name))
    for name, text in docs:
        with open(os.path.join(path, name), "w", encoding="utf-8") as f:
            f.write(text)


def stats(label, mentions):
    n = len(mentions)
    unknown = sum(absent(m) for m in mentions)
    print(f"{label}: {n} PERSON mentions, {unknown} ({100 * unknown / n:.1f} %) "
          f"with no word in the lexicon")


def main():
    check = "--check" in sys.argv
    sets = [("eval/names", EVAL, EVAL_NEG, 20241129, 270),
            ("eval/names-holdout", HOLDOUT, HOLDOUT_NEG, 777013, 290)]
    for folder, bank, negs, seed, count in sets:
        MENTIONS.clear()
        docs = generate(bank, negs, seed, count, unknown_share=0.4)
        stats(folder, MENTIONS)
        if not check:
            write(folder, docs)


if __name__ == "__main__":
    main()
