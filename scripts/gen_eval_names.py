#!/usr/bin/env python3
"""Generates the labeled PERSON evaluation sets: eval/names, eval/names-holdout, eval/names-blind.

    python3 scripts/gen_eval_names.py            # writes the three sets
    python3 scripts/gen_eval_names.py --check    # prints the statistics only

Deterministic (fixed seeds, stdlib only). Each set is a folder of documents (e-mails,
minutes, HR notes, invoices, support tickets, chat transcripts) in which every person name is
labeled inline as ⟦PERSON|Marie Dupont⟧ (civilities stay outside the label) and every e-mail
address as ⟦EMAIL|…⟧; see examples/eval.rs. Documents also carry negatives: ordinary words
that are first names ("pierre de taille", "couleur rose"), saints and streets ("Saint-Martin",
"rue Victor Hugo"), months, cities and companies.

The first two sets share the name pools but use DIFFERENT templates and seeds: the detector is
tuned on neither, and the holdout measures how well the rules carry over to unseen phrasings.

The third, eval/names-blind, was written after the detector had been tuned on the first two
(whose misses had been looked at): other document types (CRM notes, delivery slips, interview
notes, WhatsApp exports, forwarded mail chains, meeting invitations, signatures with job titles,
attendance sheets, phone messages, on-call rotas), other negatives, and a wider name pool (more
origins: Haiti, Ethiopia, Laos, Congo, Romania, Comoros, Ghana, Ukraine, Central Asia, Japan,
Korea…), with its own seed. Its first measurement, taken before any rule was changed for it, is
recorded in the commit that added it and in the README.

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

# ----------------------------------------------------------------------------------------
# Templates of the BLIND set: written after the detector was tuned on the two sets above, with
# document types neither uses, and measured once before any rule was changed for it.
# ----------------------------------------------------------------------------------------

BLIND = {
    "crm": [
        "Fiche contact — {company}\nInterlocuteur principal : {a.civ_full}\nFonction : "
        "directeur administratif et financier\n\nHistorique\n{day}/{mon} : appel de {a.fn}, "
        "intéressé par l'offre Pro. {neg}\n{day2}/{mon} : rendez-vous avec {a.civ_ln} et son "
        "associée {b.full}. Relance prévue par {c.fn}.\n",
        "Note CRM du {weekday} {day} {month}\nCompte : {company}\nCommercial : {b.full}\n\n"
        "Échange avec {a.civ_full} ce matin. {a.ln} souhaite un devis avant fin {month}. {neg}\n"
        "Prochaine étape : démo avec {c.full} (service technique).\n",
        "Opportunité #{num} — étape : négociation\nPropriétaire : {b.fn_up}\nContacts : "
        "{a.full} (acheteur), {c.full} (DG)\n\nCommentaire : {a.fn} attend la validation de "
        "{c.ln}. {neg}\n",
        "Compte {company} — dernière activité le {day}/{mon}\n\nD'après {a.fn}, le client "
        "hésite encore. {neg} J'ai laissé un message à {b.civ_ln} ; le dossier est suivi par "
        "{c.init_ln}.\n",
    ],
    "delivery": [
        "BON DE LIVRAISON N° BL-{num}\nDate : {day}/{mon}/2024\n\nExpéditeur : {company}\n"
        "Destinataire : {a.civ_up_fn}\n8 rue des Lilas\n{zip} {city}\n\nTransporteur : "
        "Messagerie Express — chauffeur {b.fn}\n\nDésignation : pierre de taille, {qty} "
        "palettes\n{neg}\n\nReçu par : {c.full}\nSignature :\n",
        "Récépissé de livraison\nCommande {num} — {company}\nLivreur : {a.full}\n\nColis remis "
        "en main propre à {b.civ_ln} le {day} {month} à {hh}h{mm}. {neg}\nRéserves : carton "
        "abîmé, signalé à {c.fn}.\n",
        "Avis de passage\n\nNous sommes passés le {weekday} {day} {month} en votre absence. "
        "Votre colis est disponible au relais de {city}. Il peut être retiré par {a.full} ou "
        "par une personne munie d'une procuration. {neg}\nVotre conseiller : {b.fn}\n",
    ],
    "interview": [
        "ENTRETIEN DE RECRUTEMENT — poste de comptable\n\nCandidat(e) : {a.full}\nDate : {day} "
        "{month}\nJury : {b.civ_full}, {c.full}\n\nParcours : {a.fn} a travaillé cinq ans chez "
        "{company}. {neg}\nPoints forts : rigueur, maîtrise de Sage.\nAvis de {b.ln} : "
        "favorable. Avis de {c.ln} : réservé.\n",
        "Compte rendu — entretien professionnel\n\nSalarié(e) : {a.up_fn}\nResponsable "
        "hiérarchique : {b.civ_full}\n\n{a.civ_ln} souhaite évoluer vers un poste de chef "
        "d'équipe. {neg} {b.fn} propose un tutorat par {c.full} à partir de {month}.\n",
        "Entretien préalable à sanction\n\nConvoqué(e) : {a.civ_full}\nAssisté(e) de : "
        "{b.full}, délégué du personnel\nPour l'employeur : {c.civ_full}\n\n{c.ln} rappelle "
        "les faits du {day} {month}. {a.ln} conteste. {neg}\n",
        "Entretien de départ\n\n{a.full} quitte l'entreprise le {day} {month} après six ans. "
        "Le bureau {b.de_fn} sera libéré. {neg} {a.fn} recommande {c.full} pour reprendre ses "
        "dossiers.\n",
    ],
    "whatsapp": [
        "{day}/{mon}/2024 {hh}:{mm} - {a.full}: Salut tout le monde, le camion arrive à "
        "{hh2}h\n{day}/{mon}/2024 {hh}:{mm2} - {b.fn}: ok je préviens {c.fn}\n{day}/{mon}/2024 "
        "{hh}:{mm3} - {a.full}: {neg}\n",
        "[{day}/{mon}/2024 {hh}:{mm}:12] {a.fn}: @{b.fn} tu peux passer chez {c.civ_ln} ?\n"
        "[{day}/{mon}/2024 {hh}:{mm2}:40] {b.fn}: Oui vers 15h\n[{day}/{mon}/2024 "
        "{hh}:{mm3}:05] {a.fn}: Top merci. {neg}\n",
        "Groupe « Équipe chantier {city} »\n\n{a.fn} : Qui a les clés du dépôt ?\n{b.fn} : "
        "C'est {c.fn} qui les a depuis hier\n{a.fn} : Ok je l'appelle. {neg}\n",
    ],
    "forward": [
        "---------- Forwarded message ---------\nDe : {a.full} <{a.email}>\nDate: {wd_abbr}. "
        "{day} {mon_abbr}. 2024 à {hh}:{mm}\nSubject: Devis menuiserie\nTo: {b.email}\n\n"
        "{b.fn}, tu peux regarder ? {neg}\n\nBonjour,\nci-joint le devis demandé par "
        "{c.civ_ln}.\n{a.fn}\n",
        "Le {weekday} {day} {month} 2024 à {hh}:{mm}, {a.full} <{a.email}> a écrit :\n> "
        "Bonjour {b.fn},\n> Je n'ai toujours pas reçu le RIB de {c.full}.\n> {neg}\n> Merci\n> "
        "{a.fn}\n\nOk, je relance {c.fn} aujourd'hui.\n",
        "TR: Facture {num}\n\n-----Message d'origine-----\nDe : {a.up_fn}\nEnvoyé : {weekday} "
        "{day} {month} 2024 {hh}:{mm}\nÀ : {b.full}\nCc : {c.full}\nObjet : Facture {num}\n\n"
        "{neg}\n\nEnvoyé de mon iPhone\n",
    ],
    "invitation": [
        "Invitation : Point hebdo {company} @ {weekday} {day} {month} {hh}:00 – {hh}:30\n\n"
        "Organisateur : {a.full}\nInvités : {b.full}, {c.full}, {d.email}\n\nRejoindre la "
        "réunion Teams\n{neg}\n",
        "Objet : Invitation — réunion de lancement\n\nBonjour à tous,\n\n{a.civ_full} vous "
        "invite à la réunion de lancement du projet le {day} {month} en salle Jean Moulin. "
        "{neg}\nMerci de confirmer votre présence auprès de {b.fn} avant {weekday}.\n\n"
        "{c.full}\nAssistante de direction\n",
        "Accepté : Revue budgétaire\n\n{a.full} a accepté cette invitation.\nQuand : {weekday} "
        "{day} {month}, {hh}:00\nOù : salle Pierre Curie\n\n{neg}\n",
    ],
    "signature": [
        "Bonjour,\n\nMerci de votre retour rapide. {neg}\n\nCordialement,\n\n{a.full}\n"
        "Responsable des achats | {company}\n{a.email}\n",
        "Bonjour {b.civlong_ln},\n\nVeuillez trouver ci-joint l'attestation. {neg}\n\nBien à "
        "vous.\n\n--\n{a.fn_up}\nChargé(e) de clientèle — agence de {city}\n",
        "{neg}\n\nJe reste à votre disposition.\n\n{a.full}\nDirecteur commercial\n{company}\n",
    ],
    "attendance": [
        "Atelier « qualité » du {day} {month}\n\nParticipants :\n{a.full} (DAF)\n{b.full} (RH)"
        "\n{c.civ_full} (consultant)\n\nAnimation : {d.full}\n\n{neg}\n",
        "Liste d'émargement — formation sécurité du {day}/{mon}\n\nNOM Prénom\n{a.up_fn}\n"
        "{b.up_fn}\n{c.up_fn}\n\nFormateur : {d.full}\n",
        "Comité de direction du {weekday} {day} {month}\nPrésents : {a.fn}, {b.fn}, {c.fn} et "
        "{d.fn}\n\n{neg}\nProchain comité : {weekday} {day2} {month}.\n",
    ],
    "phone": [
        "Message téléphonique\nPour : {a.fn}\nDe la part de : {b.civ_full} ({company})\nLe "
        "{day}/{mon} à {hh}h{mm}\n\nMotif : souhaite être rappelé(e) au sujet de la commande "
        "{num}. {neg}\nPris par : {c.fn}\n",
        "Post-it : rappeler {a.civ_ln} avant {hh}h — voir avec {b.fn} pour l'avoir. {neg}\n",
    ],
    "rota": [
        "Planning d'astreinte — {month}\nSemaine 1 : {a.full}\nSemaine 2 : {b.full}\n"
        "Semaine 3 : {c.full}\nSemaine 4 : {d.full}\n\n{neg}\nEn cas d'absence, prévenir "
        "{a.fn}.\n",
        "Congés d'été\n- {a.full} : du 1er au 15 juillet\n- {b.full} : août\n- {c.full} : "
        "à confirmer\n\n{neg} Validation par {d.civ_ln}.\n",
    ],
}

BLIND_NEG = [
    "Le mur de clôture sera monté en pierre de taille.",
    "Coloris retenu : Rose thé, finition mate.",
    "Huile d'olive vierge extra, 6 bouteilles.",
    "Livraison prévue à Saint-Étienne puis à Saint-Malo.",
    "Le dépôt se trouve 25 avenue Jean Jaurès.",
    "Stationnement interdit place Charles de Gaulle le {weekday}.",
    "Le client est situé rue Émile Zola à {city}.",
    "La Poste a égaré deux plis en {month}.",
    "Le Crédit Agricole a validé le prêt.",
    "Réunion à l'hôtel Mercure de {city}.",
    "Le salon Batimat ouvre en {month}.",
    "Arrivée prévue en gare de Lyon Part-Dieu.",
    "Le collège Jules Ferry commande 30 chaises.",
    "Le virement de {company} est arrivé.",
    "Rien à signaler.",
    "Le centre hospitalier Saint-Joseph a réglé sa facture.",
    "Les fenêtres Velux sont en rupture de stock.",
    "Le magasin Leroy Merlin de {city} a livré le carrelage.",
]

# More names, from more origins, for the blind set (absent ones are filtered mechanically as
# above; the blind set also draws on the pools of the other two sets).
BLIND_FIRST = {
    "fr": ["Gaëtan", "Ophélie", "Clémence", "Baptiste", "Quentin", "Margaux", "Anaïs",
           "Benoît", "Josiane", "Thierry", "Yannick", "Corinne", "Hervé", "Mireille", "Fabrice",
           "Élodie", "Rose", "Ginette", "Maëlys", "Nolan", "Enzo", "Jade", "Noémie", "Gérald"],
    "ht": ["Wilner", "Fritznel", "Wislande", "Nadège", "Jeanty"],
    "et": ["Tigist", "Rahel", "Selamawit", "Abebe", "Dawit", "Meseret", "Selam"],
    "la": ["Souksavanh", "Vilay", "Khamphoui", "Bounmy", "Phonesavanh"],
    "cd": ["Merveille", "Exaucé", "Dieumerci", "Plamedi", "Grâce"],
    "ro": ["Ioana", "Andrei", "Mihaela", "Bogdan", "Sorin", "Cosmin"],
    "km": ["Anrafa", "Zaïnaba", "Mroudjae", "Faïza"],
    "gh": ["Kofi", "Ama", "Adwoa", "Kwame"],
    "ua": ["Oksana", "Yaroslav", "Dmytro", "Lesia"],
    "ca": ["Rustam", "Gulnara", "Nurlan", "Dilnoza"],
    "jp": ["Hiroshi", "Yuki", "Haruka"],
    "kr": ["Jiwoo", "Seo-yeon"],
    "ml": ["Bakary", "Oumou", "Adama", "Sekou"],
    "it": ["Giuseppe", "Chiara"],
    "es": ["Iñaki", "Lucía"],
    "in": ["Nirmala", "Lakshmi", "Ashwin", "Priya", "Arjun"],
}
BLIND_LAST = {
    "fr": ["Lemaitre", "Boyer", "Collin", "Royer", "Jacquet", "Maréchal", "Brun", "Colas",
           "Tessier", "Huet", "Guillot", "Besnard", "Poulain", "Lebon", "Le Corre"],
    "ht": ["Dorvil", "Exantus", "Jean-Baptiste", "Pierre-Louis", "Lafortune"],
    "et": ["Tesfaye", "Gebremedhin", "Assefa", "Yohannes", "Woldemariam", "Mulugeta",
           "Berhane"],
    "la": ["Phommachanh", "Keomanivong", "Inthavong", "Souvannavong", "Sisouphanh"],
    "cd": ["Kabongo", "Ilunga", "Tshibangu", "Mukendi", "Kalonji", "Mbuyi", "Lukusa"],
    "ro": ["Popescu", "Ionescu", "Dumitrescu", "Stanciu", "Constantinescu"],
    "km": ["Attoumani", "Soilihi", "Toybou", "Msaidié", "Ahamada"],
    "gh": ["Mensah", "Asante", "Boateng", "Owusu"],
    "ua": ["Kravchuk", "Melnyk", "Shevchuk", "Kovalenko"],
    "ca": ["Karimov", "Abenova", "Tursunova"],
    "jp": ["Takahashi", "Watanabe"],
    "kr": ["Park", "Choi"],
    "ml": ["Keita", "Traoré", "Coulibaly", "Diarra", "Konaté"],
    "it": ["Esposito", "Russo", "Bianchi"],
    "es": ["García", "Fernández"],
    "in": ["Venkatesan", "Krishnamurthy", "Ramasamy", "Subramaniam", "Sundaram"],
}
POOL_FIRST = {o: sorted(set(FIRST.get(o, []) + RARE_FIRST.get(o, []) + BLIND_FIRST.get(o, [])))
              for o in sorted(set(FIRST) | set(RARE_FIRST) | set(BLIND_FIRST))}
POOL_LAST = {o: sorted(set(LAST.get(o, []) + RARE_LAST.get(o, []) + BLIND_LAST.get(o, [])))
             for o in sorted(set(LAST) | set(RARE_LAST) | set(BLIND_LAST))}
BLIND_ABSENT_FIRST = {o: [n for n in POOL_FIRST[o] if absent(n)] for o in POOL_FIRST}
BLIND_ABSENT_LAST = {o: [n for n in POOL_LAST.get(o, []) if absent(n)] for o in POOL_FIRST}
BLIND_ABSENT_ORIGINS = sorted(o for o in BLIND_ABSENT_FIRST
                              if BLIND_ABSENT_FIRST[o] and BLIND_ABSENT_LAST[o])
BLIND_ORIGINS = sorted(o for o in POOL_FIRST if POOL_LAST.get(o))


def person_blind(rng, unknown_share):
    r = rng.random()
    if r < unknown_share:
        origin = rng.choice(BLIND_ABSENT_ORIGINS)
        return Person(rng.choice(BLIND_ABSENT_FIRST[origin]),
                      rng.choice(BLIND_ABSENT_LAST[origin]), rng.random() < 0.5)
    if r < unknown_share + (1 - unknown_share) / 2:
        origin = rng.choice([o for o in BLIND_ORIGINS if o != "fr"])
    else:
        origin = "fr"
    first_origin = origin if rng.random() < 0.85 else rng.choice(BLIND_ORIGINS)
    return Person(rng.choice(POOL_FIRST[first_origin]), rng.choice(POOL_LAST[origin]),
                  rng.random() < 0.5)


def blind_values(rng, values):
    """Placeholders only the blind templates use (drawn only for them, so that the other two
    sets come out unchanged)."""
    day2 = rng.randint(1, 28)
    return {
        "day2": str(day2),
        "hh2": str(rng.randint(8, 18)),
        "wd_abbr": rng.choice(["lun", "mar", "mer", "jeu", "ven"]),
        "mon_abbr": rng.choice(["janv", "févr", "avr", "juil", "sept", "oct", "nov", "déc"]),
    }


MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "septembre",
          "octobre", "novembre", "décembre"]
WEEKDAYS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi"]


class Extra(dict):
    def __missing__(self, key):
        raise KeyError(key)


def render(template, rng, cast, negs, extras=None):
    a, b, c, d = cast

    class Ref:
        def __init__(self, p):
            self.p = p

        def __getattr__(self, key):
            if key == "last_up":
                return self.p._l(self.p.last.upper())
            if key == "fn_only":
                return self.p._l(self.p.first)
            if key == "de_fn":
                # "le bureau de Kévin", "le bureau d'Awa".
                de = "d'" if fold(self.p.first[0]) in "aeiouy" else "de "
                return de + self.p._l(self.p.first)
            if key == "init_ln":
                # "K. Nguyen": the initial belongs to the mention.
                return self.p._l(f"{self.p.first[0]}. {self.p.last}")
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
    if extras:
        values.update(extras(rng, values))
    # Negatives are rendered first (they hold no names).
    values["neg"] = rng.choice(negs).format(**values)
    values["neg2"] = rng.choice(negs).format(**values)
    return template.format(**values)


def generate(bank, negs, seed, docs, unknown_share, pick=person, extras=None):
    rng = random.Random(seed)
    out = []
    kinds = sorted(bank)
    for i in range(docs):
        kind = kinds[i % len(kinds)]
        template = rng.choice(bank[kind])
        # Four distinct people, with distinct surnames and first names.
        cast = []
        while len(cast) < 4:
            p = pick(rng, unknown_share)
            if all(p.last != q.last and p.first != q.first for q in cast):
                cast.append(p)
        out.append((f"{i:03}-{kind}.txt", render(template, rng, cast, negs, extras)))
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
    sets = [("eval/names", EVAL, EVAL_NEG, 20241129, 270, person, None),
            ("eval/names-holdout", HOLDOUT, HOLDOUT_NEG, 777013, 290, person, None),
            ("eval/names-blind", BLIND, BLIND_NEG, 5301126, 300, person_blind, blind_values)]
    for folder, bank, negs, seed, count, pick, extras in sets:
        MENTIONS.clear()
        docs = generate(bank, negs, seed, count, 0.4, pick, extras)
        stats(folder, MENTIONS)
        if not check:
            write(folder, docs)


if __name__ == "__main__":
    main()
