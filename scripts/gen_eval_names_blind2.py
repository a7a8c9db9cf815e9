#!/usr/bin/env python3
"""Generates eval/names-blind2: a BLIND labeled evaluation set for the PERSON detector.

    python3 scripts/gen_eval_names_blind2.py            # writes eval/names-blind2/*.txt
    python3 scripts/gen_eval_names_blind2.py --check    # prints the statistics only

What it is. 336 short French business documents (12 of each of 28 types) that none of the
earlier sets used: residential leases, inventories of fixtures, garage repair orders,
building-site reports, notary letters, estate-agency visit reports, association general
meetings, school council minutes, medical-practice appointment lists, referral letters,
expense notes, recruitment shortlists, recommendation letters, Teams/Slack exports, Jira-style
tickets, customer reviews, complaint letters, formal notices (mises en demeure), insurance
claims, seating plans, press releases, internal newsletters, handover notes, RACI tables,
accountant-client e-mails with quoted replies, training certificates, visitor logs and
parent-teacher messages (five letter types have two variants: complaint letter or e-mail thread,
referral or consultation report, lawyer's or supplier's formal notice, notary letter or signing
notice, individual or group training certificate). Registers vary: formal letters, terse notes, `|` and tab tables,
bullet lists, administrative "NOM Prénom" in capitals, signatures, quoted replies, mail headers.

How it was made. Written blind on 2026-12-01 by a helper session (blind17) that had NOT read
the detector's code, README, docs, patterns nor the earlier evaluation sets and templates
(only this script's predecessor's header and its fold/absent helpers, the scorer
examples/eval.rs and the lexicon files, the latter only for the mechanical check below).
Nothing was run against the detector before the set was committed. The name pools (31 origins:
France, Brittany, the Basque country, Corsica, Alsace, the Maghreb, West and Central Africa, the
Antilles and Réunion, Portugal, Spain, Italy, Poland, Romania, Turkey, Armenia, Georgia,
Vietnam, China, Cambodia, Sri Lanka, India, Pakistan, Afghanistan, Central Asia,
Russia/Ukraine, Eritrea/Ethiopia, Brazil, Madagascar, the Comoros, Benelux) were written by hand
for this set; Slavic surnames agree with the bearer (Kowalski/Kowalska, Orlov/Orlova). The mix
of origins (WEIGHTS) is tilted towards names the INSEE lexicon lacks so that more than 35 % of
the mentions are absent from it; nearly every French-born name is in it.
Deterministic: stdlib only, fixed seed; re-running rewrites identical bytes.

Labeling conventions (see examples/eval.rs for the format).
- Every mention of a person's name is labeled ⟦PERSON|…⟧, each time it occurs: first and last
  names together when adjacent, in either order ("Marie Dupont", "DUPONT Marie", "Marie
  DUPONT"); a lone first name or surname alone. Initials and particles belong to the name
  ("J.-P. Kerhervé", "de La Fontaine", "d'Almeida", "N'Diaye", "Le Goff", "van der Berg").
  An initial standing for the surname also belongs ("Jean-Marc D." in a signed review).
- Civilities, titles and roles stay outside (M., Mme, Monsieur, Madame, Dr, Me, Maître,
  Professeur, "l'architecte"); so does "@" before a name in a chat mention and the possessive
  or elided article ("chez Mme ⟦PERSON|Aït-Hamou⟧", "l'avis d'⟦PERSON|Oumar⟧").
- Every e-mail address is labeled ⟦EMAIL|…⟧ (the names inside it are not PERSON labels);
  only example domains are used.
- Nothing else is labeled: phone numbers, postal addresses, companies, brands, streets,
  schools, hospitals and places named after people, ordinary words that are also names
  (rose, pierre de taille, martin-pêcheur, blanc, Mercedes-Benz…), dates, job titles.
  The negatives are drawn from the NEG_* lists below; --check counts how often they occur.
- A first name beginning with M is never abbreviated ("M. Akhtar" would read as Monsieur).
- Chat logins/handles are not used; display names in exports are labeled like any name.

"Absent from the lexicon" is checked mechanically: a PERSON mention counts as absent when none
of its words (particles de, du, des, la, le, d', van, von, da, dos, el, al, ben aside) is in
data/lexicon/prenoms.txt or data/lexicon/noms.txt, compared lower-case and without accents
(fold/absent, imported from scripts/gen_eval_names.py). Initials ("J.") are
words like the others and are never in the lexicon, so they do not make a mention present.
"""

import os
import random
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "eval", "names-blind2")
SEED = 20261201
PER_TYPE = 12


# The lexicon check of the earlier sets, imported rather than copied, so that "absent from the
# lexicon" means the same thing for every set.
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gen_eval_names import PARTICLES, absent, fold  # noqa: E402


# Name pools by origin: (female first names, male first names, surnames); "_" joins the words
# of one name. Written for this set; the lexicon was consulted only to count absences.
POOLS = {
    "france": (
        "Nathalie Sandrine Élodie Laetitia Pascale Manon Chloé Anne-Sophie Marie-Claude Bérengère Ghislaine Maryvonne Solène Capucine Apolline Clémence Maëlys Josette Mireille",
        "Julien Sébastien Aurélien Franck Cédric Thierry Guillaume Bruno Lucas Hugo Jean-Pierre Pierre-Yves Jean-Marc Grégoire Anatole Baptiste Gaëtan Tristan Hervé Marc-Antoine",
        "Lefèvre Moreau Girard Chevalier Rousseau Gauthier Mercier Lemaire Perrin Barbier Caron Dumas Brunet Marchand Picard Vasseur Delacroix Lacombe Vautrin Dubreuil Charpentier Faucheux Bourdais Chaumette Despréaux Fouquier Lamarque de_La_Fontaine de_Villeneuve du_Mesnil d'Aubigny Le_Bris Rigaud Pasquier Verdier",
    ),
    "bretagne": (
        "Gwenaëlle Soazig Maïwenn Nolwenn Katell Armelle Rozenn Enora Gwenola Aziliz",
        "Yannick Erwan Loïc Tanguy Ronan Gwendal Youenn Goulven Tugdual Maël Brieuc",
        "Le_Goff Le_Bihan Kerhervé Le_Gall Guivarc'h Quéré Le_Floc'h Kervella Prigent Le_Meur Cariou Le_Scouarnec Kerdraon Le_Hir Tréguer Penven Ar_Zall Le_Guennec Kerjean Morvan",
    ),
    "pays-basque": (
        "Maialen Ainhoa Amaia Maddi Itziar Garazi Oihana Itxaso Uxue",
        "Iñaki Peio Xabi Gaizka Ellande Beñat Unai Mikel Oier Haritz",
        "Etcheverry Iturralde Harispe Elizondo Arrieta Etxeberria Goyhenetche Urruty Larramendy Irigoyen Haramboure Oyharçabal Elissalde Mendiburu Berhocoirigoin",
    ),
    "corse": (
        "Orsola Ghjulia Marie-Dominique Santa Letizia Vannina",
        "Ghjuvan Santu Lisandru Anghjulu Paul-Antoine Petru Ghjacumu Orsu",
        "Santoni Pietri Mattei Luciani Colonna_d'Istria Ottaviani Bartoli Albertini Filippi Paoli Agostini Poggioli Castellani Susini Pieraggi Giacomoni",
    ),
    "alsace": (
        "Odile Doris Liselotte Gudrun Adrienne Sabine",
        "Aloïs Thiébaut Florent Gérald Materne Ernst Ulrich",
        "Schmitt Wendling Kieffer Ostermann Grasser Heitz Schoenenberger Bechtold Riehl Spielmann Hurstel Fuchs Ehrhart Wurtz Scheidecker Oberlé Haegeli",
    ),
    "maghreb": (
        "Yasmina Fatima-Zahra Nadia Samira Meriem Lamia Hanane Khadija Zineb Ouassila Souad Naïma Houria Imane Leïla Loubna Dounia Rim",
        "Karim Mohamed Rachid Youssef Abdelkader Soufiane Nourredine Ilyès Walid Amine Abdelhakim Mourad Hicham Brahim Yacine Tarik Lakhdar Zakaria",
        "Benali Aït-Hamou Ben_Salah Bouzid Haddad El_Amrani Chaouch Mansouri Belkacem Kaci Zerrouki Boudjema Hammoudi Laaroussi Ouali Brahimi Benchekroun Aït_Ouarab El_Idrissi Bensaïd Cherifi Ouchène Benyoucef Lahlou Bouaziz Ghezali Hamdaoui Ait_Mbarek Boukhris Tahiri",
    ),
    "afrique-ouest": (
        "Aminata Fatoumata Awa Kadiatou Mariam Ndeye Aïssatou Djeneba Coumba Rokia Adjoa Yacine Mariétou",
        "Oumar Moussa Mamadou Ibrahima Seydou Boubacar Cheikh Adama Assane Lamine Souleymane Kwame Modibo",
        "Diallo N'Diaye Traoré Konaté Sow Diop Camara Coulibaly Keïta Sissoko Touré Cissé Sylla Fofana Diakité Ouédraogo Sanogo Dembélé Kaboré Mbaye Gueye Niang Sarr Kouyaté Sangaré Ndour Bamba Kouassi Yao Zongo Tall Sakho",
    ),
    "afrique-centrale": (
        "Christelle Divine Ornella Merveille Grâce Nadège Prisca Gloria Bénédicte Ngalula Kapinga Mbombo Tshala Mujinga Ntumba Kavira Masika Nkemba",
        "Exaucé Bienvenu Dieudonné Armel Junior Fabrice Hermann Landry Serge Ghislain Kalonji Mputu Tshilombo Ngandu Kasongo Kabeya Nzuzi Makiese Kanku",
        "Mbemba Kabongo Ngoma Mukendi Tshibanda Nkoulou Mabiala Ebongue Essomba Mvondo Nganga Onana Ilunga Lukusa Tshimanga Mbappé Nzeyimana Mouelle Ndong Obiang Bikoro Moukoko Mpia Mbuyi Lumbala Ngoyi Mbiya Bokele",
    ),
    "antilles-reunion": (
        "Murielle Lydie Rosemonde Fabiola Josiane Lucette Marie-Line Ketty Rose-Aimée Nadia",
        "Jocelyn Ludovic Teddy Dimitri Gérald Jean-Claude Thierry Wilfried Harry Eddy",
        "Hoarau Payet Grondin Técher Nativel Lauret Pothin Jean-Baptiste Zamor Bellance Marie-Sainte Clairville Cétout Ramassamy Virapoullé Moutoussamy Sinapin Dijoux Fontaine Valcourt Alcindor Rosamont Léocadie Thélamon Bègue",
    ),
    "portugal": (
        "Ana_Paula Catarina Conceição Leonor Fátima Graça Sandra Rosa Mariana",
        "João Filipe Rui Joaquim Helder Vítor Tiago Nuno Manuel Duarte",
        "Ferreira da_Silva dos_Santos Pereira Gonçalves Rodrigues Carvalho Pinheiro Magalhães Teixeira Figueiredo Cardoso de_Sousa Mota Rebelo Quintas Fonseca Gaspar Vieira Loureiro Brandão Amaral",
    ),
    "espagne": (
        "Pilar Rocío Inmaculada Mercedes Nuria Begoña Montserrat Lucía Consuelo",
        "Javier Alejandro José_Manuel Iker Rafael Íñigo Jordi Sergio Álvaro",
        "García Fernández López Martínez Sánchez Gutiérrez Jiménez Navarro Ruiz Ortega Castillo Domínguez Iglesias Vázquez Echevarría Quintana Olmedo Cifuentes Villalobos",
    ),
    "italie": (
        "Francesca Chiara Giulia Rosaria Alessandra Concetta Graziella Federica",
        "Giuseppe Lorenzo Massimo Alessandro Salvatore Luca Gianluca Vincenzo Carmine",
        "Rossi Esposito Russo Bianchi Romano Colombo Ricci Marino Greco Gallo Conti De_Luca Mancini Lombardi Giordano Cattaneo Ferraro Di_Stefano Santoro Lo_Russo Capuano Zanetti Pagliarulo",
    ),
    "pologne": (
        "Agnieszka Małgorzata Katarzyna Bożena Zofia Ewa Joanna Grażyna Dominika Justyna Beata",
        "Krzysztof Tomasz Wojciech Grzegorz Piotr Jarosław Paweł Marek Bartosz Przemysław Radosław",
        "Kowalski Nowak Wiśniewska Wójcik Kamiński Lewandowska Zieliński Szymański Woźniak Dąbrowski Kaczmarek Grabowski Pawlak Jabłoński Wróblewska Przybylski Jankowska",
    ),
    "roumanie": (
        "Mihaela Andreea Ioana Cristina Elena Roxana Simona Oana Sorina Anca Raluca Bogdana",
        "Ionuț Bogdan Alexandru Radu Florin Mircea Sorin Dragoș Ovidiu Gheorghe",
        "Popescu Ionescu Dumitrescu Constantinescu Munteanu Ciobanu Niculescu Vasilescu Dobre Moldovan Georgescu Stoica Lungu Bălan Dragomir",
    ),
    "turquie": (
        "Ayşe Zeynep Elif Fatma Gülsen Emine Büşra Derya Sevgi",
        "Mehmet Emre Mustafa Hüseyin Burak Serkan Oğuz Volkan Kemal Cengiz",
        "Yılmaz Kaya Demir Şahin Çelik Yıldız Öztürk Aydın Arslan Doğan Kılıç Aksoy Erdoğan Koç Karataş Güneş Bozkurt Altıntaş",
    ),
    "armenie": (
        "Anahit Lusine Siranouch Nairi Araxie Hasmik Gayané Maral Shoghik",
        "Aram Hovhannes Gevorg Tigran Armen Vartan Ara Haïg Vahagn Garnik Sevak Karapet Hagop Mardiros",
        "Petrossian Hakobyan Sarkissian Manoukian Der_Ghazarian Tchakerian Kazandjian Boyadjian Missakian Khatchadourian Ter-Minassian Sahakyan Garabedian Balian Djanikian Yeretzian",
    ),
    "vietnam": (
        "Thi_Lan Huong Quynh Linh Mai Thu_Trang Ngoc_Anh Bich Hoai Nguyet Tuyet",
        "Van_Minh Thanh Tuan Duc Hoang Quang Khanh Long Phuc Dung Cuong",
        "Nguyen Tran Pham Phan Vu Dang Bui Ngo Duong Truong Huynh Vo Dinh Luong Trinh",
    ),
    "chine": (
        "Li_Na Mei Jing Ling Xiaoyan Yan Hui Xiu Xiaoyu Zihan Jiahui Mengqi Shuang Qian Ruoxi",
        "Wei Xiaoming Hao Jun Zhiwei Lei Bo Jianguo Haoran Yiming Zhengyu Yuxuan",
        "Wang Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Zhu Lin Guo Zheng Xie Tang",
    ),
    "cambodge": (
        "Sokha Chanthou Vanna Bopha Sreymom Sophea Kanha Malis Sreynich Sreyleak Sovannary Chenda",
        "Dara Sophal Rithy Vuthy Sambath Piseth Chanthy Bunthoeun Visal Vannak Sothea Ratanak Khemara",
        "Chhim Sok Keo Heng Chea Prak Meas Sokhom Tep Nhem Chhun Sieng Ouk Hun Chhay Tith Nget",
    ),
    "sri-lanka": (
        "Nirosha Thushani Kalaivani Tharani Dilani Sharmila Sujatha Revathi Nanthini Jeyanthi Vasanthi Thanuja",
        "Tharshan Kajan Sivakumar Mathivanan Prasanna Suthan Nimal Kumaran Kirushanth Nithusan Sajeevan Pirakash Logeswaran Thusyanthan",
        "Sivapalan Jeyakumar Thevarajah Balasingham Ratnam Perera Wickramasinghe Gunawardena Kanagaratnam Selvarajah Thurairajah Nadarajah Jayasuriya",
    ),
    "inde": (
        "Priya Deepika Ananya Lakshmi Kavya Meenakshi Shalini Divya Ishita Aditi Sneha Pooja Swati Harini",
        "Arjun Rahul Vikram Sanjay Ravi Karthik Anand Suresh Tejas Siddharth Nikhil Varun Prakash Venkatesh Ganesh",
        "Sharma Patel Iyer Krishnan Nair Reddy Gupta Menon Chatterjee Venkataraman Subramanian Rao Banerjee Pillai Deshpande Srinivasan Raghunathan Ramaswamy Kulkarni Joshi Bhattacharya Mukherjee Agarwal",
    ),
    "pakistan": (
        "Ayesha Sana Rabia Nida Saima Mehwish Mahnoor",
        "Imran Bilal Faisal Usman Hamza Zeeshan Adnan Waqas Kashif Naveed Asif Shahzad Junaid Javed",
        "Khan Qureshi Chaudhry Malik Butt Siddiqui Raza Hussain Awan Baig Akhtar Mirza Abbasi Cheema Bajwa Warraich",
    ),
    "russie-ukraine": (
        "Olga Natalia Iryna Anastasia Svetlana Oksana Tetiana Ludmila Ekaterina Lyudmila Kseniya Valentyna Halyna",
        "Dmitri Sergueï Oleksandr Vladimir Mykola Youri Andriy Bohdan Igor Taras Yaroslav Vitaliy Ruslan Artem",
        "Ivanov Petrova Smirnov Kuznetsova Volkov Shevchenko Kovalenko Bondarenko Tkachenko Melnyk Sokolova Lebedev Morozova Popov Zakharova Kravchenko Hrytsenko Savchuk Orlova",
    ),
    "bresil": (
        "Fernanda Juliana Larissa Bruna Débora Thaís Luana Jéssica",
        "Thiago Rodrigo Gustavo Leandro Caio Wellington Rafael Vinícius",
        "Oliveira Souza Lima Almeida d'Almeida Ribeiro Barbosa Araújo Nascimento Cavalcanti Moreira Azevedo Medeiros Fagundes Siqueira",
    ),
    "madagascar": (
        "Fanja Voahangy Miora Lalaina Fenosoa Hanitra Tiana Noro Volana Onja Ravaka Nomena Ialy Tsiory Zo Faly Lova Tantely",
        "Haja Hery Njaka Andry Tojo Mamy Rija Fidy Toky Fanantenana Andrianina Herizo",
        "Rakotomalala Randrianarisoa Rasoanaivo Andriamanantena Razafindrakoto Rakotondrabe Ravelojaona Rabemananjara Andrianjafy Razanamparany Ratsimba Rajaonarison Andrianasolo",
    ),
    "comores": (
        "Zaïnaba Mariama Faouzia Anrifa Toybou Moinaecha Echati Hadidja Rafza",
        "Soilihi Ibrahim Ahmed Nassur Anli Bacar Mgomri Abdou Saindou Mroudjae Oumouri Djoumoi Dhoinine Soidiki",
        "Abdallah Youssouf Mmadi Ahamada Said_Omar Ben_Ali Msaidié Attoumani Madi Chanfi Houmadi Soulé Mdahoma Bacar Oili Halidi Oumouri Djoumoi Saindou",
    ),
    "benelux": (
        "Anouk Sanne Els Griet Lieve Janneke Maaike Femke",
        "Jan Pieter Bram Joris Wouter Koen Sjoerd Thijs",
        "van_der_Berg van_Dijk de_Vries Janssens Vermeulen Peeters De_Smet Van_Damme Verhoeven van_Leeuwen Bakker Meijer",
    ),
    "georgie": (
        "Ketevan Nino Tamar Nana Mariam Ekaterine",
        "Tornike Lasha Giorgi Levan Zurab",
        "Beridze Kapanadze Lomidze Gelashvili Tsiklauri Japaridze Chkheidze Gogoladze Mchedlidze Abashidze",
    ),
    "erythree-ethiopie": (
        "Selam Senait Tsega Abrehet Tsehay Lemlem Saba",
        "Tesfaye Yohannes Mulugeta Berhane Habtom Yemane Medhanie",
        "Ghebremedhin Tekle Mehari Gebreyesus Woldemariam Kidane Hagos Kahsay Haile Berhane",
    ),
    "afghanistan": (
        "Shabnam Fereshta Mursal Zarghuna Parwana Zahra",
        "Wahidullah Samiullah Habibullah Farid Ahmad",
        "Ahmadzai Noorzai Popalzai Sultani Stanekzai Sediqi Nazari Rahimi Hakimi Karimi",
    ),
    "asie-centrale": (
        "Gulnara Aigerim Dilnoza Madina",
        "Nurlan Rustam Timur Bakhtiyor",
        "Karimov Abdullaev Ismoilov Tursunov Nazarov Yusupov",
    ),
}

# Relative frequency of each origin in the casts. A mixed French workforce and clientele, tilted
# towards origins whose names the INSEE lexicon lacks so that over 35 % of mentions are absent
# from it (the brief's floor); French-born names are nearly all in the lexicon.
WEIGHTS = {
    "france": 7, "bretagne": 2, "pays-basque": 3, "corse": 2, "alsace": 2, "maghreb": 5,
    "afrique-ouest": 4, "afrique-centrale": 8, "antilles-reunion": 3, "portugal": 2,
    "espagne": 2, "italie": 2, "pologne": 3, "roumanie": 6, "turquie": 2, "armenie": 3,
    "vietnam": 2, "chine": 6, "cambodge": 3, "sri-lanka": 9, "inde": 5, "pakistan": 2,
    "russie-ukraine": 7, "bresil": 2, "madagascar": 9, "comores": 3, "benelux": 2,
    "georgie": 6, "erythree-ethiopie": 7, "afghanistan": 5, "asie-centrale": 2,
}

# Negatives. None of these is ever labeled; --check counts their occurrences.
NEG_STREETS = [
    "rue Victor Hugo", "avenue Jean Jaurès", "place Charles de Gaulle", "boulevard Gambetta",
    "rue Émile Zola", "allée Simone Veil", "rue Pasteur", "avenue Aristide Briand",
    "quai Louis Blériot", "rue Jean Moulin", "avenue du Général Leclerc", "rue Pierre Curie",
    "impasse Marcel Pagnol", "rue Georges Brassens", "boulevard Jules Verne",
    "rue Anatole France", "chemin des Lilas", "rue de la Paix", "avenue Foch",
    "rue Marie Curie", "place Jeanne d'Arc", "rue Rosa Parks", "avenue Nelson Mandela",
]
NEG_PLACES = [
    "lycée Jules Ferry", "collège Jean Moulin", "école élémentaire Paul Bert",
    "hôpital Henri Mondor", "hôpital Georges Pompidou", "CHU Pellegrin", "clinique Pasteur",
    "gare Saint-Lazare", "Saint-Étienne", "Saint-Martin-d'Hères", "Saint-Malo",
    "Saint-Denis", "Sainte-Geneviève-des-Bois", "aéroport Charles de Gaulle",
    "salle Jacques Brel", "gymnase Marcel Cerdan", "médiathèque Louise Michel",
    "école maternelle Jacques Prévert", "stade Pierre de Coubertin",
]
NEG_COMPANIES = [
    "Leroy Merlin", "Louis Vuitton", "Transports Martin & Fils", "Boulangerie Dupuis",
    "Point P", "Lapeyre", "Kiloutou", "Michelin", "Citroën", "Peugeot", "Renault",
    "Mercedes-Benz", "Bosch", "Saint-Gobain", "Lafarge", "Groupama", "Crédit Agricole",
    "Maison Gérard Darel", "Pharmacie Lambert", "Garage Lefranc", "Plomberie Roussel SARL",
    "Pierre et Vacances", "Jean Lain Automobiles", "Boucherie Chevalier", "Yves Rocher",
]
NEG_WORDS = [
    "pierre de taille", "martin-pêcheur", "rose pâle", "vieux rose", "vert olive",
    "blanc cassé", "roux", "marguerites", "lauriers", "muguet", "ange gardien", "petit-déjeuner",
    "grand angle", "prairie", "lilas", "bleu lavande", "gris perle", "violette", "ambre",
    "chêne clair", "basilic", "sauge", "Capucines", "salle Rose", "bouton d'or", "Bris de glace", "grâce à",
]
NEG_SOFTWARE = [
    "Teams", "Slack", "Jira", "Excel", "Outlook", "SharePoint", "Doctolib", "Pronote",
    "Qonto", "Pennylane", "Sage", "Cegid", "Lucca", "Notion", "Zoom", "Welcome to the Jungle",
    "Indeed", "Trustpilot", "Google", "Ameli", "Chorus Pro", "Payfit",
]
NEG_ALL = NEG_STREETS + NEG_PLACES + NEG_COMPANIES + NEG_WORDS + NEG_SOFTWARE
# People behind the eponyms above: a PERSON label must never be one of these.
EPONYMS = [
    "Victor Hugo", "Jean Jaurès", "Charles de Gaulle", "Gambetta", "Émile Zola", "Simone Veil",
    "Pasteur", "Aristide Briand", "Louis Blériot", "Jean Moulin", "Leclerc", "Pierre Curie",
    "Marcel Pagnol", "Georges Brassens", "Jules Verne", "Anatole France", "Foch", "Marie Curie",
    "Jeanne d'Arc", "Rosa Parks", "Nelson Mandela", "Jules Ferry", "Paul Bert", "Henri Mondor",
    "Georges Pompidou", "Pellegrin", "Jacques Brel", "Marcel Cerdan", "Louise Michel",
    "Jacques Prévert", "Pierre de Coubertin", "Leroy Merlin", "Louis Vuitton", "Martin",
    "Dupuis", "Lapeyre", "Michelin", "Citroën", "Peugeot", "Renault", "Bosch", "Lafarge",
    "Gérard Darel", "Lambert", "Lefranc", "Roussel", "Jean Lain", "Yves Rocher",
]

CITIES = ["Lyon", "Nantes", "Rennes", "Lille", "Montreuil", "Villeurbanne", "Toulouse",
          "Bordeaux", "Grenoble", "Créteil", "Angers", "Metz", "Strasbourg", "Bayonne",
          "Ajaccio", "Le Havre", "Tours", "Limoges", "Argenteuil", "Clermont-Ferrand"]
POSTCODES = {"Lyon": "69003", "Nantes": "44000", "Rennes": "35000", "Lille": "59000",
             "Montreuil": "93100", "Villeurbanne": "69100", "Toulouse": "31000",
             "Bordeaux": "33000", "Grenoble": "38000", "Créteil": "94000", "Angers": "49100",
             "Metz": "57000", "Strasbourg": "67000", "Bayonne": "64100", "Ajaccio": "20000",
             "Le Havre": "76600", "Tours": "37000", "Limoges": "87000", "Argenteuil": "95100",
             "Clermont-Ferrand": "63000"}
MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
          "septembre", "octobre", "novembre", "décembre"]
DAYS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi"]
DOMAINS = ["exemple.fr", "example.com", "agence-horizon.example", "btp-ouest.example",
           "cabinet-medical.example", "asso-quartier.example", "compta-conseil.example",
           "logistique.example", "ecole.example", "assurances.example", "mairie.example"]


GENDERED = {"pologne", "russie-ukraine", "asie-centrale"}


def gendered(sur, sex):
    """Slavic and Central Asian surnames agree with the bearer: Kowalski/Kowalska, Orlov/Orlova."""
    pairs = [("ski", "ska"), ("ov", "ova"), ("ev", "eva")]
    for m, f in pairs:
        if sex == "f" and sur.endswith(m):
            return sur + "a" if m in ("ov", "ev") else sur[:-1] + "a"
        if sex == "m" and sur.endswith(f):
            return sur[:-1] if f in ("ova", "eva") else sur[:-1] + "i"
    return sur


def de(word):
    """French 'de' before a city or a month: d'Angers, du Havre, de Lyon, d'août."""
    if word.startswith("Le "):
        return "du " + word[3:]
    if fold(word[0]) in "aeiouyh":
        return "d'" + word
    return "de " + word


def of(p, form):
    """'de' or "d'" before a labeled name: l'avis d'⟦PERSON|Oumar⟧, le dossier de ⟦PERSON|Mme X⟧."""
    text = form()
    value = text[len("⟦PERSON|"):]
    return ("d'" if fold(value[0]) in "aeiouy" else "de ") + text


def L(value):
    assert "⟦" not in value and "⟧" not in value and "|" not in value, value
    return "⟦PERSON|" + value + "⟧"


def E(addr):
    return "⟦EMAIL|" + addr + "⟧"


def slug(s):
    s = fold(s).replace("'", "").replace(" ", "").replace("_", "")
    return re.sub(r"[^a-z0-9-]", "", s)


def initials(first):
    # "Jean-Pierre" -> "J.-P.", "Thi Lan" -> "T. L.", "Élodie" -> "É."
    parts = []
    for chunk in first.split(" "):
        parts.append("-".join(p[0] + "." for p in chunk.split("-")))
    return " ".join(parts)


class Person:
    def __init__(self, first, last, sex, origin):
        self.first, self.last, self.sex, self.origin = first, last, sex, origin

    @property
    def f(self):
        return self.sex == "f"

    def civ(self):
        return "Mme" if self.f else "M."

    def civl(self):
        return "Madame" if self.f else "Monsieur"

    def e(self, fem, masc):
        return fem if self.f else masc

    def full(self):
        return L(self.first + " " + self.last)

    def adm(self):
        return L(self.last.upper() + " " + self.first)

    def fup(self):
        return L(self.first + " " + self.last.upper())

    def ini(self):
        # "M. Akhtar" would read as Monsieur: a first name in M is written out instead
        if self.first.startswith("M"):
            return self.full()
        return L(initials(self.first) + " " + self.last)

    def sur(self):
        return L(self.last)

    def fn(self):
        return L(self.first)

    def SUR(self):
        return L(self.last.upper())

    def cs(self):
        """Civility and surname: 'Mme ⟦PERSON|Diallo⟧'."""
        return self.civ() + " " + self.sur()

    def name(self, r):
        return r.choice([self.full, self.full, self.full, self.fup, self.adm, self.ini])()

    def mail(self, r, domain=None):
        d = domain or r.choice(DOMAINS)
        f, l = slug(self.first), slug(self.last)
        local = r.choice([f + "." + l, f + "." + l, f[0] + "." + l, f[0] + l, l + "." + f, f])
        return E(local + "@" + d)


class Casting:
    def __init__(self, r):
        self.r = r
        self.used = set()
        self.origins = sorted(WEIGHTS)
        self.weights = [WEIGHTS[o] for o in self.origins]

    def person(self, sex=None, origin=None):
        r = self.r
        while True:
            o = origin or r.choices(self.origins, self.weights)[0]
            fem, masc, last = POOLS[o]
            s = sex or r.choice("fm")
            first = r.choice((fem if s == "f" else masc).split()).replace("_", " ")
            # one person in ten carries a surname from another origin (marriage, adoption)
            lo = r.choices(self.origins, self.weights)[0] if r.random() < 0.1 else o
            sur = r.choice(POOLS[lo][2].split()).replace("_", " ")
            if lo in GENDERED:
                sur = gendered(sur, s)
            if (first, sur) not in self.used and first != sur:
                self.used.add((first, sur))
                return Person(first, sur, s, o)

    def cast(self, n):
        return [self.person() for _ in range(n)]


def fdate(r, year=2026):
    d, m = r.randint(1, 28), r.randint(1, 12)
    return r.choice([f"{d} {MONTHS[m - 1]} {year}", f"{d:02d}/{m:02d}/{year}"])


def phone(r):
    return r.choice(["06", "07", "01", "02", "04", "05"]) + "".join(
        f" {r.randint(0, 99):02d}" for _ in range(4))


def city(r):
    return r.choice(CITIES)


def addr(r, c=None):
    c = c or city(r)
    street = r.choice(NEG_STREETS + ["rue des Tanneurs", "rue du Moulin", "allée des Acacias",
                                     "avenue de la République", "rue de la Gare"])
    return f"{r.randint(1, 140)} {street}, {POSTCODES[c]} {c}"


def euros(r, lo, hi):
    v = r.randint(lo * 100, hi * 100) / 100
    return f"{v:,.2f}".replace(",", " ").replace(".", ",") + " €"


def ref(r, prefix):
    return f"{prefix}-{r.randint(2024, 2026)}-{r.randint(100, 9999):04d}"


# ---------------------------------------------------------------------------------------------
# Document types. Each takes the random generator and a Casting, and returns the labeled text.


def d_bail(r, c):
    bailleur, agent, loc, garant = c.cast(4)
    co = c.person() if r.random() < 0.5 else None
    ville = city(r)
    locs = loc.civl() + " " + loc.name(r)
    if co:
        locs += " et " + co.civl() + " " + co.name(r)
    piece = r.choice(["2 pièces", "3 pièces", "studio", "4 pièces en duplex"])
    return f"""CONTRAT DE LOCATION — LOGEMENT NU
(soumis au titre Ier de la loi n° 89-462 du 6 juillet 1989)

ENTRE LES SOUSSIGNÉS :
{bailleur.civl()} {bailleur.adm()}, demeurant {addr(r)},
ci-après dénommé{bailleur.e("e", "")} « le bailleur »,
représenté{bailleur.e("e", "")} par l'agence Horizon Immobilier, {addr(r, ville)}, titulaire de la carte
professionnelle n° CPI 6901 2018 000 012 345, en la personne de {agent.full()}, gestionnaire locative ;

ET :
{locs},
ci-après dénommé(s) « le locataire ».

I. DÉSIGNATION DES LOCAUX
Logement de type {piece}, {r.choice(["2e", "3e", "4e", "1er"])} étage, situé {addr(r, ville)}.
Immeuble ancien en pierre de taille, chauffage individuel gaz, cave n° {r.randint(1, 30)}.
Parquet chêne clair dans le séjour, cuisine aménagée (façades {r.choice(["vert olive", "blanc cassé", "gris perle"])}).

II. DURÉE — Le bail prend effet le {fdate(r)} pour une durée de trois ans.

III. CONDITIONS FINANCIÈRES
Loyer mensuel hors charges : {euros(r, 520, 1400)} — provision sur charges : {euros(r, 40, 160)}.
Dépôt de garantie : un mois de loyer hors charges, versé à la signature.

IV. GARANTIE
{garant.civl()} {garant.full()}, {r.choice([garant.e("mère", "père"), garant.e("tante", "oncle"), garant.e("sœur", "frère")])} {loc.e("de la locataire", "du locataire")}, se porte caution
solidaire ; l'acte de cautionnement signé par {garant.ini()} est annexé au présent contrat.

Fait à {ville}, le {fdate(r)}, en {2 if not co else 3} exemplaires originaux.

Le bailleur (ou son mandataire)          Le(s) locataire(s)
« Lu et approuvé »                       « Lu et approuvé »
{agent.fup()}                          {loc.fup()}
"""


def d_edl(r, c):
    bailleur, agent, loc = c.cast(3)
    sortie = r.random() < 0.5
    rows = [
        ("Entrée", "Murs", "Bon état", "peinture blanc cassé, deux trous de cheville"),
        ("Séjour", "Sol", "Bon état", "parquet chêne clair, rayure près de la fenêtre"),
        ("Séjour", "Murs", "Usage normal", f"papier peint motif martin-pêcheur, angle décollé"),
        ("Cuisine", "Plan de travail", "Usage normal", "brûlure 3 cm à droite de la plaque"),
        ("Cuisine", "Faïence", "Bon état", f"couleur {r.choice(['vieux rose', 'bleu lavande', 'vert olive'])}"),
        ("Chambre 1", "Murs", "Mauvais état", "traces d'humidité sous la fenêtre"),
        ("Chambre 2", "Volet roulant", "Hors service", "sangle cassée"),
        ("Salle d'eau", "Lavabo", "Bon état", "joint silicone à refaire"),
        ("WC", "Chasse d'eau", "Usage normal", "fuite légère"),
    ]
    r.shuffle(rows)
    table = "\n".join(f"{a:<12}| {b:<16}| {s:<13}| {o}" for a, b, s, o in rows[:r.randint(5, 8)])
    obs_loc = r.choice([
        f"Le locataire, {loc.fup()}, signale que la sonnette ne fonctionne pas.",
        f"{loc.civ()} {loc.sur()} demande le remplacement du mitigeur avant le {fdate(r)}.",
        f"Observations de {loc.fn()} : la cave n'a pas été vidée par l'ancien occupant.",
    ])
    return f"""ÉTAT DES LIEUX {"DE SORTIE" if sortie else "D'ENTRÉE"}
Établi contradictoirement le {fdate(r)} à {r.randint(9, 17)}h{r.choice(["00", "30", "15"])}

Adresse du logement : {addr(r)}
Bailleur : {bailleur.adm()}
Représenté par : {agent.ini()} (Horizon Immobilier)
Locataire : {loc.adm()}

Pièce       | Élément         | État         | Observations
{table}

Relevés : eau froide 0{r.randint(1000, 9999)} m³ — électricité HP {r.randint(10000, 99999)} kWh
Clés remises : {r.randint(2, 4)} clés + 1 badge, {"restituées à" if sortie else "remises à"} {loc.full()}.

{obs_loc}

Signature du bailleur ou de son mandataire : {agent.full()}
Signature du locataire : {loc.full()}
"""


def d_garage(r, c):
    client, recep, meca = c.cast(3)
    car = r.choice(["Peugeot 308 SW", "Renault Clio IV", "Citroën C3 Aircross", "Mercedes-Benz Classe A",
                    "Dacia Sandero", "Renault Kangoo", "Peugeot Partner", "Toyota Yaris"])
    works = r.sample([
        "Vidange + filtre à huile",
        "Remplacement plaquettes AV (Bosch)",
        "2 pneus Michelin Primacy 4 205/55 R16",
        "Diagnostic voyant moteur",
        "Remplacement balais d'essuie-glace",
        "Contrôle climatisation, recharge gaz",
        "Remplacement courroie de distribution",
        "Géométrie train avant",
    ], r.randint(2, 4))
    lines = "\n".join(f"  - {w:<42} {euros(r, 25, 480)}" for w in works)
    note = r.choice([
        f"Bruit au freinage signalé par le client. Essai routier fait par {meca.fn()} : disques à surveiller.",
        f"{meca.ini()} : fuite d'huile légère au carter, devis complémentaire à faire.",
        f"Véhicule déposé par {r.choice(['son fils', 'sa fille', 'son épouse', 'un collègue'])}, {c.person().full()}. Clés boîte n° {r.randint(1, 40)}.",
    ])
    return f"""GARAGE DU CENTRE — Agent {r.choice(["Renault", "Peugeot", "Citroën"])}
{addr(r)} — Tél. {phone(r)}

ORDRE DE RÉPARATION N° {ref(r, "OR")}
Date d'entrée : {fdate(r)}      Restitution prévue : {r.choice(DAYS)} {r.randint(8, 18)}h

CLIENT : {client.adm()}
Tél. : {phone(r)}   Courriel : {client.mail(r)}
Véhicule : {car} — immat. {r.choice("ABCDEFGH")}{r.choice("ABCDEFGH")}-{r.randint(100, 999)}-{r.choice("JKLMNPQR")}{r.choice("STVWXYZ")}
Kilométrage : {r.randint(8000, 210000)} km

Réceptionnaire : {recep.fn()}
Mécanicien affecté : {meca.full()}

TRAVAUX DEMANDÉS
{lines}

Observations atelier :
{note}

Le client autorise le garage à effectuer les travaux ci-dessus et à procéder aux essais.
Bon pour accord, {client.ini()}
"""


def d_chantier(r, c):
    moa, archi, p1, p2, p3, p4 = c.cast(6)
    n = r.randint(3, 41)
    lots = [("Lot 01 Gros œuvre", "Maçonnerie Petit & Fils", p1), ("Lot 04 Menuiseries", "Lapeyre Pro", p2),
            ("Lot 07 Plomberie", "Plomberie Roussel SARL", p3), ("Lot 09 Électricité", "Élec'Ouest", p4)]
    pres = "\n".join(f"| {lot:<22} | {ent:<24} | {p.full():<20} | {r.choice(['P', 'P', 'P', 'A', 'E'])} |"
                     for lot, ent, p in lots)
    obs = [
        f"- Façade rue : reprise de la pierre de taille en cours ; {p1.sur()} confirme la fin du ravalement pour la semaine {r.randint(10, 50)}.",
        f"- Menuiseries : livraison décalée, fournisseur Point P en rupture. {p2.fn()} relance et transmet la nouvelle date à {archi.ini()}.",
        f"- Plomberie : essais d'étanchéité OK au R+1. {p3.civ()} {p3.sur()} doit fournir les DOE avant réception.",
        f"- Électricité : tableau du logement 12 non conforme, à reprendre ({p4.fup()}).",
        f"- Sécurité : garde-corps manquant cage B, signalé par le coordinateur SPS, {c.person().full()}.",
        "- Nettoyage : benne à évacuer, prochaine rotation par Kiloutou.",
    ]
    r.shuffle(obs)
    return f"""COMPTE RENDU DE CHANTIER N° {n}
Opération : réhabilitation de {r.randint(8, 60)} logements — {addr(r)}
Réunion du {r.choice(DAYS)} {fdate(r)}, sur site

Maître d'ouvrage : Habitat & Territoires, représenté par {moa.full()}
Maîtrise d'œuvre : Atelier Boréal Architectes — {archi.full()}, architecte

PRÉSENTS / ABSENTS (P = présent, A = absent, E = excusé)
| Lot                    | Entreprise               | Représentant         | P/A |
{pres}

OBSERVATIONS
{chr(10).join(obs[:r.randint(4, 6)])}

Prochaine réunion : {r.choice(DAYS)} {fdate(r)} à 9h00, base vie.
Rédacteur : {archi.ini()} — diffusion : toutes entreprises, MOA.
"""


def d_notaire(r, c):
    notaire, client, defunt, h1, h2, clerc = c.cast(6)
    ville = city(r)
    return f"""Office notarial de la place Charles de Gaulle
Maître {notaire.full()}, notaire associé{notaire.e("e", "")}
{addr(r, ville)} — Tél. {phone(r)}

                                        {client.civl()} {client.fup()}
                                        {addr(r)}

{ville}, le {fdate(r)}
Nos réf. : {notaire.last[:3].upper()}/{r.randint(100, 999)}/{clerc.last[:2].upper()} — Succession {defunt.civ()} {defunt.fup()}

{client.civl()},

Je fais suite à notre rendez-vous du {fdate(r)} relatif au règlement de la succession de
{defunt.e("votre mère", "votre père")}, {defunt.civl()} {defunt.full()}, décédé{defunt.e("e", "")} le {fdate(r, 2025)}.

Afin d'établir l'acte de notoriété, je vous remercie de me faire parvenir :
  – la copie intégrale de l'acte de décès ;
  – le livret de famille du défunt{defunt.e("", "")} ;
  – les coordonnées de {h1.full()} et de {h2.full()}, cohéritiers, qui n'ont pas encore
    répondu à mon courrier du {fdate(r)}.

Le bien situé {addr(r)} fera l'objet d'une estimation ; {h1.civ()} {h1.sur()} a indiqué
souhaiter le conserver. Une attestation immobilière sera ensuite publiée au service de la
publicité foncière.

Votre dossier est suivi à l'étude par {clerc.full()}, clerc de notaire ({clerc.mail(r, "office-notarial.example")}).

Je vous prie d'agréer, {client.civl()}, l'expression de mes salutations distinguées.

Me {notaire.fup()}
"""


def d_agence(r, c):
    agent, vendeur = c.cast(2)
    visits = c.cast(r.randint(3, 5))
    lines = []
    for v in visits:
        lines.append(r.choice([
            f"• {fdate(r)} — {v.civl()} {v.full()} : {r.choice(['primo-accédant', 'investisseur', 'couple avec deux enfants'])}, trouve la cuisine petite. Pas de suite.",
            f"• {fdate(r)} — {v.adm()} : a aimé le jardin et les lauriers ; seconde visite demandée.",
            f"• {fdate(r)} — {v.cs()} (accompagné{v.e('e', '')} d'un artisan) : chiffrage des travaux en cours.",
            f"• {fdate(r)} — {v.ini()} : offre écrite à {euros(r, 180000, 420000)}, financement à confirmer.",
        ]))
    return f"""AGENCE HORIZON IMMOBILIER
{addr(r)}

COMPTE RENDU DE VISITES — Mandat n° {ref(r, "MV")}
Bien : maison de ville {r.randint(3, 6)} pièces, {addr(r)}
Propriétaire{vendeur.e("", "")} : {vendeur.civl()} {vendeur.adm()}

{vendeur.civl()},

Voici le point sur les visites réalisées ce mois-ci :

{chr(10).join(lines)}

Les clés sont chez {agent.cs()} à l'agence {r.choice(['du centre', 'de la gare Saint-Lazare', 'de Saint-Denis'])}.
Au vu de ces retours, je vous propose de revoir le prix affiché. {r.choice(["Je reste disponible", "Je vous appelle"])} {r.choice(DAYS)} pour en parler.

Bien cordialement,
{agent.full()}
Conseill{agent.e("ère", "er")} en transaction — {phone(r)}
{agent.mail(r, "agence-horizon.example")}
"""


def d_ag_asso(r, c):
    pres, sec, tres, x1, x2, x3, cand = c.cast(7)
    nom = r.choice(["Les Jardins Partagés du Moulin", "Association Sportive Saint-Martin",
                    "Amicale des locataires de la résidence Les Lilas", "Club de randonnée La Prairie",
                    "Association des parents d'élèves du collège Jean Moulin", "Chorale Bouton d'or"])
    nb = r.randint(18, 90)
    return f"""{nom.upper()}
Association loi 1901

PROCÈS-VERBAL DE L'ASSEMBLÉE GÉNÉRALE ORDINAIRE DU {fdate(r).upper()}

L'assemblée s'est réunie à la salle Jacques Brel. {nb} membres présents ou représentés sur {nb + r.randint(5, 40)}.
{pres.civ()} {pres.full()}, président{pres.e("e", "")}, ouvre la séance à 18h{r.choice(["30", "45"])}.
{sec.full()} est désigné{sec.e("e", "")} secrétaire de séance.

1. Rapport moral
{pres.fn()} rappelle les temps forts de l'année : la fête de quartier de juin, l'atelier
compost animé par {x1.full()} (qui se tient chez {x1.cs()} le samedi), et le partenariat avec la médiathèque Louise Michel.
Le rapport moral est adopté à l'unanimité.

2. Rapport financier
{tres.civ()} {tres.sur()}, trésori{tres.e("ère", "er")}, présente les comptes : recettes {euros(r, 2000, 9000)},
dépenses {euros(r, 1500, 8800)}. Question de {x2.fn()} sur le coût de l'assurance Groupama :
{tres.sur()} précise que le contrat a été renégocié. Comptes approuvés (2 abstentions).

3. Élection du conseil d'administration
Sortants : {x2.full()}, {x3.full()}.
Candidats : {x2.full()} (se représente), {cand.full()}.
Sont élus : {x2.adm()} ({nb - r.randint(0, 5)} voix), {cand.adm()} ({nb - r.randint(3, 12)} voix).

4. Questions diverses
{x3.civ()} {x3.full()} propose de planter des marguerites et du muguet le long de l'allée.
Accord de principe ; {x1.fn()} s'occupe des devis.

L'ordre du jour étant épuisé, la séance est levée à 20h{r.randint(10, 59)}.

Le président{pres.e("e", "")}, {pres.fup()}          Le/la secrétaire, {sec.fup()}
"""


def d_conseil_ecole(r, c):
    dir_, ens1, ens2, par1, par2, par3, mairie = c.cast(7)
    ecole = r.choice(["école élémentaire Paul Bert", "école maternelle Jacques Prévert",
                      "groupe scolaire Pierre Curie", "école primaire Les Capucines"])
    return f"""CONSEIL D'ÉCOLE DU {r.choice(["1er", "2e", "3e"])} TRIMESTRE — {ecole}
Compte rendu — séance du {r.choice(DAYS)} {fdate(r)}

Présents :
- Direction : {dir_.civ()} {dir_.adm()}
- Enseignants : {ens1.civ()} {ens1.sur()} (CP), {ens2.full()} (CE2-CM1)
- Représentants des parents : {par1.full()}, {par2.full()}, {par3.full()}
- Mairie : {mairie.full()}, adjoint{mairie.e("e", "")} à l'éducation
Excusé(e) : le DDEN.

1. Effectifs : {r.randint(90, 240)} élèves à la rentrée. Ouverture d'une classe envisagée.
2. Projet d'école : classe verte en mai, à l'initiative {of(ens2, ens2.full)} ; {ens2.fn()} présente le projet « Oiseaux de nos
   rivières » (martin-pêcheur, héron, bergeronnette).
3. Sécurité : exercice PPMS le {fdate(r)}. {par2.civ()} {par2.sur()} signale la vitesse des
   voitures rue Anatole France à la sortie de 16h30 ; la mairie ({mairie.ini()}) étudie un ralentisseur.
4. Cantine : les parents relaient des plaintes sur les portions. Réponse de {mairie.civ()} {mairie.sur()} :
   le prestataire sera reçu en {r.choice(MONTHS)}.
5. Questions des parents : {par3.fn()} demande si Pronote sera utilisé à la rentrée ; la
   {dir_.e("directrice", "directeur")} répond que l'ENT reste l'outil de communication.

Secrétaire de séance : {par1.ini()}
"""


def d_rdv_medical(r, c):
    docs = c.cast(2)
    pats = c.cast(r.randint(6, 10))
    rows = []
    h, m = 8, 30
    for p in pats:
        motif = r.choice(["Consultation", "Renouvellement", "Vaccin grippe", "Certificat sport",
                          "Résultats bilan", "Suivi tension", "1re consultation", "Téléconsultation"])
        who = r.choice([p.adm, p.adm, p.adm, p.full])()
        rows.append(f"{h:02d}:{m:02d}\t{who}\t{motif}\t{r.choice(['Dr ' + docs[0].sur(), 'Dr ' + docs[1].sur()])}")
        m += r.choice([15, 20, 30])
        if m >= 60:
            h, m = h + 1, m - 60
    return f"""CABINET MÉDICAL DES ACACIAS — Planning du {r.choice(DAYS)} {fdate(r)}
Exporté de Doctolib — usage interne

Heure\tPatient\tMotif\tPraticien
{chr(10).join(rows)}

Notes du secrétariat :
- {pats[0].civ()} {r.choice([pats[0].sur, pats[0].SUR])()} a appelé : arrivera 10 min en retard.
- Résultats {of(pats[1], pats[1].fn)} reçus, à mettre dans le dossier avant sa consultation.
- Appeler {pats[-1].full()} pour décaler au {r.choice(DAYS)} (le Dr {docs[1].sur()} est en formation à l'hôpital Henri Mondor).
- {pats[2].fn()} ({pats[2].e('fille', 'fils')} de {pats[3].full()}) : apporter le carnet de santé.
"""


def d_adressage(r, c):
    med, conf, pat = c.cast(3)
    age = r.randint(19, 88)
    return f"""Dr {med.full()}
Médecin généraliste
{addr(r)}
RPPS {r.randint(10000000000, 99999999999)}

                                   Au Dr {conf.fup()}
                                   {r.choice(["Cardiologie", "Dermatologie", "Rhumatologie", "Gastro-entérologie"])} — {r.choice(["CHU Pellegrin", "hôpital Georges Pompidou", "clinique Pasteur"])}

Le {fdate(r)}

{conf.e("Chère consœur", "Cher confrère")},

Je vous adresse {pat.civ()} {pat.full()}, {age} ans, {r.choice(["sans antécédent notable", "diabétique de type 2", "suivi{} pour HTA".format(pat.e("e", ""))])},
qui présente depuis {r.randint(2, 10)} semaines {r.choice(["des palpitations à l'effort", "une éruption prurigineuse", "des douleurs articulaires matinales", "des douleurs abdominales"])}.
Le bilan biologique est joint. {pat.civ()} {pat.sur()} est {r.choice([pat.e("inquiète", "inquiet"), pat.e("demandeuse", "demandeur") + " d'un avis rapide", "peu disponible le lundi"])}.

Je vous remercie de bien vouloir {pat.e("la", "le")} recevoir en consultation et de me tenir informé{med.e("e", "")}.

Bien confraternellement,

Dr {med.ini()}
"""


def d_note_frais(r, c):
    emp, mgr, cli1, cli2 = c.cast(4)
    lines = [
        f"{fdate(r)} | Train Lyon–Paris aller-retour                      | {euros(r, 60, 190)}",
        f"{fdate(r)} | Déjeuner client avec {cli1.full()} (société Altéo)      | {euros(r, 35, 120)}",
        f"{fdate(r)} | Taxi gare Saint-Lazare → bureau                     | {euros(r, 15, 45)}",
        f"{fdate(r)} | Hôtel 1 nuit, {city(r)}                                | {euros(r, 80, 160)}",
        f"{fdate(r)} | Dîner d'équipe (invités : {cli2.cs()}, {mgr.fn()})   | {euros(r, 90, 260)}",
        f"{fdate(r)} | Parking aéroport Charles de Gaulle                  | {euros(r, 20, 70)}",
    ]
    r.shuffle(lines)
    return f"""NOTE DE FRAIS — {r.choice(MONTHS).upper()} 2026
Collaborateur : {emp.adm()}      Matricule : {r.randint(1000, 9999)}
Service : {r.choice(["Commercial", "Achats", "Support", "Direction technique"])}
Valideur : {mgr.full()}

Date       | Nature                                            | Montant TTC
{chr(10).join(lines[:r.randint(3, 6)])}

Justificatifs scannés dans Lucca. Avance perçue : néant.

Commentaire du valideur : {r.choice([f"OK pour moi, sauf le dîner : merci {emp.fn()} de préciser les invités.", f"Validé. {emp.sur()} a bien respecté le plafond repas.", "Validé sans réserve."])}
Visa comptabilité : {c.person().ini()}
"""


def d_shortlist(r, c):
    rh, mgr = c.cast(2)
    cands = c.cast(r.randint(4, 7))
    poste = r.choice(["Chargé(e) de clientèle", "Technicien(ne) de maintenance", "Comptable fournisseurs",
                      "Développeur(se) back-end", "Conducteur(trice) de travaux", "Assistant(e) RH"])
    rows = []
    for i, p in enumerate(cands, 1):
        src = r.choice(["Indeed", "Welcome to the Jungle", "cooptation", "candidature spontanée", "France Travail"])
        avis = r.choice(["Très bon entretien, à revoir avec le N+1", "Prétentions élevées", "Manque d'expérience terrain",
                         "Disponible immédiatement", "Profil atypique, motivé", "Ne répond plus"])
        rows.append(f"{i} | {p.adm()} | {r.randint(1, 15)} ans | {src} | {avis}")
    top = cands[0]
    refp = c.person()
    return f"""SHORTLIST — {poste} — réf. {ref(r, "REC")}
Établie par {rh.full()} (RH) pour {mgr.full()}

# | Candidat | Expérience | Source | Avis RH
{chr(10).join(rows)}

Synthèse :
- {top.full()} ressort nettement : {r.choice(["dix ans chez un concurrent", "double compétence technique et commerciale", "excellentes références"])}.
  Référence appelée : {refp.full()}, {r.choice([refp.e("son ancienne manager", "son ancien manager"), refp.e("sa responsable de stage", "son tuteur"), refp.e("la gérante", "le gérant") + " de la Boulangerie Dupuis"])}.
- {cands[1].civ()} {cands[1].sur()} : second choix si {top.sur()} décline.
- {cands[2].fn()} : à garder en vivier pour le poste de {r.choice(["Saint-Malo", "Saint-Étienne", "Saint-Denis"])}.

Prochaine étape : entretien avec {mgr.ini()} le {r.choice(DAYS)} {fdate(r)}.
"""


def d_recommandation(r, c):
    auteur, cand = c.cast(2)
    ent = r.choice(["Transports Martin & Fils", "la Boulangerie Dupuis", "Jean Lain Automobiles",
                    "la Pharmacie Lambert", "Plomberie Roussel SARL", "la Boucherie Chevalier"])
    poste = cand.e(r.choice(["assistante de gestion", "vendeuse", "préparatrice", "apprentie", "responsable d'équipe"]),
                   r.choice(["assistant de gestion", "vendeur", "préparateur", "apprenti", "responsable d'équipe"]))
    return f"""{auteur.fup()}
Gérant{auteur.e("e", "")} — {ent}
{addr(r)}

{city(r)}, le {fdate(r)}

LETTRE DE RECOMMANDATION

Je soussigné{auteur.e("e", "")}, {auteur.full()}, gérant{auteur.e("e", "")} de {ent}, atteste avoir employé
{cand.civ()} {cand.full()} au poste {de(poste)} du {fdate(r, 2022)} au {fdate(r, 2025)}.

Durant ces années, {cand.fn()} a fait preuve d'un grand sens des responsabilités. {cand.e("Elle", "Il")} a
notamment repris seul{cand.e("e", "")} la gestion des commandes pendant l'absence de {c.person().full()},
et a formé deux nouveaux collègues, dont {c.person().fn()}, aujourd'hui chef d'équipe.

{cand.civ()} {cand.sur()} quitte l'entreprise de son plein gré, pour un projet de mobilité à {city(r)}.
Je {cand.e("la", "le")} recommande sans réserve à tout employeur.

Je reste joignable au {phone(r)} ou par courriel ({auteur.mail(r)}).

{auteur.ini()}
"""


def d_chat_export(r, c):
    team = c.cast(r.randint(3, 5))
    tool = r.choice(["Microsoft Teams", "Slack"])
    chan = r.choice(["#compta-clients", "#prod-support", "Équipe Travaux Nord", "#recrutement", "Projet Marguerite"])
    a, b, cc = team[0], team[1], team[2]
    third, other = c.person(), c.person()
    scenario = r.randrange(3)
    if scenario == 0:
        msgs = [
            (a, f"Bonjour à tous, quelqu'un a des nouvelles de {third.full()} ? Son devis expire {r.choice(DAYS)}."),
            (b, f"@{a.fn()} oui, je l'ai eu{third.e('e', '')} au téléphone, {third.e('elle', 'il')} signe demain."),
            (cc, "Top. Je mets à jour le fichier Excel."),
            (a, f"Merci {cc.fn()} 🙏 et pense à mettre {b.fn()} en copie du mail à Leroy Merlin."),
            (b, f"Au fait, {third.cs()} demande si on peut passer par le portail Chorus Pro."),
            (cc, f"Je vois ça avec {other.full()} de la compta."),
        ]
    elif scenario == 1:
        msgs = [
            (a, f"Qui peut prendre l'astreinte de {r.choice(DAYS)} ? {b.fn()} est en congé."),
            (cc, "moi si personne d'autre"),
            (a, f"ok merci ! je préviens {other.civ()} {other.SUR()} côté client"),
            (b, f"Désolé{b.e('e', '')} pour le planning 😅 au retour je reprends le ticket {of(third, third.fn)}"),
            (cc, f"@{third.full()} tu peux m'envoyer les accès du serveur Jira ?"),
            (third, "c'est fait, regarde tes messages privés"),
        ]
    else:
        msgs = [
            (a, f"Le candidat de 14h, {third.full()}, est arrivé à l'accueil"),
            (b, f"Je descends. {cc.fn()}, tu te joins à l'entretien ?"),
            (cc, f"Oui, 5 min. Son CV mentionne {other.full()} comme référence, quelqu'un {other.e('la', 'le')} connaît ?"),
            (a, f"{other.e('Elle', 'Il')} était chez Saint-Gobain avec {b.fn()} il me semble"),
            (b, f"Exact, je {other.e('l’', 'l’')}appelle après. {third.fn()} a l'air très motivé{third.e('e', '')} en tout cas."),
        ]
    if len(team) > 3:
        msgs.append((team[3], f"Je rejoins l'appel dans 5 min, je sors d'une réunion avec {r.choice(team[:3]).fn()}."))
    shown = {}
    for p in team + [third]:
        shown[id(p)] = r.choice([p.full, p.full, p.fup]) if tool == "Slack" else r.choice([p.full, p.adm])
    day = fdate(r)
    h, minute = r.randint(8, 16), r.randint(0, 20)
    out = []
    for p, txt in msgs:
        minute += r.randint(1, 6)
        stamp = f"{h:02d}:{minute:02d}"
        disp = shown[id(p)]()
        out.append(f"{disp}  {stamp}\n{txt}" if tool == "Slack" else f"[{day} {stamp}] {disp}\n{txt}")
    return f"""Export de conversation — {tool} — {chan}
Exporté le {day} par {a.full()}

{(chr(10) + chr(10)).join(out)}
"""


def d_ticket(r, c):
    rep, ass, w1, w2 = c.cast(4)
    key = r.choice(["OPS", "CRM", "PAY", "SITE", "RH"]) + "-" + str(r.randint(100, 4999))
    title = r.choice(["Export Sage en erreur depuis la mise à jour", "Lien de paiement Qonto expiré",
                      "Impossible de joindre une pièce dans SharePoint", "Doublons de fiches clients",
                      "Badge visiteur non imprimé à l'accueil", "Facture client bloquée dans Chorus Pro"])
    return f"""[{key}] {title}
Type : Bug    Priorité : {r.choice(["Haute", "Moyenne", "Basse"])}    Statut : {r.choice(["À faire", "En cours", "En revue", "Terminé"])}
Rapporteur : {rep.full()}
Responsable : {ass.full()}
Observateurs : {w1.full()}, {w2.full()}
Créé : {fdate(r)}    Sprint : {r.choice(["Lilas", "Olive", "Basilic", "Sauge"])} {r.randint(1, 9)}

Description
{r.choice(["Depuis ce matin,", "Depuis la mise en production de vendredi,", "Signalé par le client,"])} {r.choice(["l'export", "le traitement", "l'envoi"])} échoue pour certains dossiers.
Cas remonté par {c.person().cs()} (client Groupama) via le support.
Étapes : ouvrir le dossier, cliquer sur « Exporter », message « erreur 500 ».

Commentaires
— {ass.fn()} ({fdate(r)}) : reproduit en recette. Je regarde avec {w1.fn()}.
— {w1.full()} ({fdate(r)}) : la cause vient du champ « nom du titulaire » quand il contient une apostrophe ou un caractère accentué (cas {c.person().full()}).
— {rep.fn()} ({fdate(r)}) : merci ! Le client relance, {ass.fn()} tu me tiens au courant ?
— {ass.full()} ({fdate(r)}) : correctif déployé, à valider par {w2.ini()}.
— {w2.fn()} ({fdate(r)}) : validé en recette, j'attends l'avis {of(rep, rep.fn)} pour clôturer.
"""


def d_avis(r, c):
    staff = c.cast(3)
    shop = r.choice(["Garage du Centre", "Boulangerie Dupuis", "Hôtel Le Grand Angle", "Restaurant La Violette",
                     "Agence Horizon Immobilier", "Pharmacie Lambert", "Salon Boucles & Ciseaux"])
    revs = []
    bodies = [
        lambda au, s: f"Accueil au top, merci à {s.fn()} pour sa patience !",
        lambda au, s: f"Très déçu{au.e('e', '')}. Personne ne rappelle, {s.cs()} promet puis oublie.",
        lambda au, s: f"Service rapide, {s.full()} a pris le temps de tout expliquer. Je recommande.",
        lambda au, s: "Bon accueil, un petit bémol sur l'attente au comptoir le samedi matin.",
        lambda au, s: f"Deuxième fois que je viens. {s.fn()} se souvenait de ma commande, c'est rare !",
        lambda au, s: "Prix corrects, attente un peu longue le samedi. RAS sinon.",
        lambda au, s: f"Je déconseille. Le responsable ({s.SUR()}) m'a parlé comme à un enfant.",
        lambda au, s: f"Parfait du début à la fin, grâce à l'équipe {of(s, s.fn)} !",
    ]
    for _ in range(r.randint(3, 5)):
        au = c.person()
        s = staff[r.randrange(3)]
        short = L(au.first + " " + au.last.replace("'", " ").split()[-1][0].upper() + ".")
        sign = r.choice([short, au.fn(), au.full(), short])
        body = bodies.pop(r.randrange(len(bodies)))(au, s)
        revs.append(f"{'★' * r.randint(1, 5)}  {sign} — {fdate(r)}\n{body}")
        if r.random() < 0.4:
            revs.append(f"  ↳ Réponse du propriétaire ({staff[0].fn()}) : Merci {au.fn()} pour votre retour, à bientôt !")
    return f"""Avis clients — {shop} — extraits Google / Trustpilot
Note moyenne : {r.randint(30, 49) / 10} / 5

{(chr(10) + chr(10)).join(revs)}
"""


def d_reclamation(r, c):
    cli, vendeur, livreur = c.cast(3)
    return f"""{cli.fup()}
{addr(r)}
{cli.mail(r)}

Service clients — {r.choice(["Leroy Merlin", "Lapeyre", "Maison Gérard Darel", "Yves Rocher", "Pierre et Vacances"])}
Réclamation — commande n° {r.randint(100000, 999999)}

{city(r)}, le {fdate(r)}

Madame, Monsieur,

Le {fdate(r)}, j'ai commandé {r.choice(["une porte-fenêtre en chêne clair", "un canapé couleur ambre", "un lot de 12 dalles en pierre de taille reconstituée", "un séjour de deux nuits"])}.
Le vendeur, {vendeur.civ()} {vendeur.full()}, m'avait assuré{cli.e("e", "")} d'une livraison sous huit jours.

Or, la livraison n'a eu lieu que le {fdate(r)} ; le livreur, qui s'est présenté comme {livreur.fn()}, a refusé de
monter le colis. À l'ouverture, le produit était endommagé (photos jointes).

J'ai rappelé le magasin à trois reprises : {vendeur.sur()} m'a chaque fois renvoyé{cli.e("e", "")} vers le service après-vente.

Je vous demande le remboursement intégral ({euros(r, 150, 2400)}) ou le remplacement sous quinze jours.

Veuillez agréer, Madame, Monsieur, mes salutations distinguées.

{cli.full()}
"""


def d_mise_en_demeure(r, c):
    avocat, client, debiteur = c.cast(3)
    return f"""{r.choice(["LEXIA AVOCATS", "CABINET RIVES & ASSOCIÉS", "SELARL JURIS OUEST"])}
Maître {avocat.full()}
Avocat{avocat.e("e", "")} au Barreau {de(city(r))}
{addr(r)}

LETTRE RECOMMANDÉE AVEC ACCUSÉ DE RÉCEPTION

                                   {debiteur.civl()} {debiteur.adm()}
                                   {addr(r)}

{city(r)}, le {fdate(r)}

Objet : MISE EN DEMEURE — loyers impayés
Affaire : {client.adm()} c/ {debiteur.adm()}

{debiteur.civl()},

J'interviens en qualité de conseil de {client.civl()} {client.full()}, propriétaire du logement que
vous occupez {addr(r)}.

À ce jour, vous restez redevable de la somme de {euros(r, 900, 8000)} au titre des loyers et charges
impayés, malgré les relances amiables de {client.civ()} {client.sur()} et de son gestionnaire,
{c.person().full()}.

Par la présente, je vous mets en demeure de régler cette somme sous huit jours. À défaut,
{client.civ()} {client.sur()} m'a donné instruction de saisir le juge des contentieux de la protection.

Je vous rappelle que vous avez la possibilité de vous rapprocher de votre propre conseil.

Veuillez agréer, {debiteur.civl()}, l'expression de mes salutations distinguées.

Maître {avocat.ini()}
"""


def d_sinistre(r, c):
    assure, tiers, temoin, gest = c.cast(4)
    return f"""DÉCLARATION DE SINISTRE — {r.choice(["Dégât des eaux", "Accident de la circulation", "Vol", "Bris de glace"])}
Assureur : Groupama — contrat n° {r.randint(10000000, 99999999)}

1. ASSURÉ
Nom, prénom : {assure.adm()}
Adresse : {addr(r)}
Téléphone : {phone(r)}      Courriel : {assure.mail(r)}

2. CIRCONSTANCES
Le {fdate(r)} vers {r.randint(6, 22)}h, {r.choice(["une fuite provenant de l'appartement du dessus", "un véhicule en stationnement a reculé", "la vitrine a été brisée"])}.
Le tiers impliqué, {tiers.civ()} {tiers.full()}, demeurant {addr(r)}, a reconnu les faits.
Un constat amiable a été rempli et signé par {assure.fn()} et {tiers.fup()}.

3. TÉMOIN
{temoin.fup()}, voisin{temoin.e("e", "")} — tél. {phone(r)}

4. DOMMAGES
{r.choice(["Plafond de la cuisine taché, parquet chêne clair gondolé.", "Pare-chocs arrière et feu gauche.", "Vitrine 2 x 1,5 m, marchandises volées."])}
Devis de réparation : Plomberie Roussel SARL, {euros(r, 300, 6000)}.

Fait à {city(r)}, le {fdate(r)} — signature de l'assuré : {assure.full()}

Cadre réservé à l'assureur — dossier suivi par : {gest.ini()}
"""


def d_plan_table(r, c):
    mariage = r.random() < 0.5
    hosts = c.cast(2)
    tables = []
    names = ["Marguerite", "Lilas", "Violette", "Muguet", "Capucines", "Olive", "Lavande"] if mariage else \
        ["Table 1", "Table 2", "Table 3", "Table 4", "Table 5"]
    for t in names[:r.randint(3, 5)]:
        guests = c.cast(r.randint(3, 6))
        g = []
        for p in guests:
            g.append(r.choice([p.full, p.full, p.fup, lambda p=p: p.civ() + " et Mme " + p.sur() if not p.f else p.full()])())
        tables.append(f"{t.upper() if mariage else t}\n  " + "\n  ".join(g))
    title = (f"MARIAGE DE {hosts[0].fup()} & {hosts[1].fup()} — PLAN DE TABLE" if mariage else
             f"DÎNER DE GALA — CLUB DES ENTREPRENEURS — liste des invités et placement")
    return f"""{title}
Salle : {r.choice(["Domaine de la Prairie", "salle Jacques Brel", "Château des Lauriers"])}, {fdate(r)}

{(chr(10) + chr(10)).join(tables)}

Régimes : sans porc pour {c.person().full()} ; végétarien pour {c.person().fn()} (table {r.randint(1, 3)}).
Contact traiteur : {hosts[0].fn()} — {phone(r)}
"""


def d_communique(r, c):
    dg, nomme, pr, ancien = c.cast(4)
    ent = r.choice(["Altéo Logistique", "BTP Ouest Rénovation", "Caisse Mutuelle du Sud", "Groupe Horizon"])
    return f"""COMMUNIQUÉ DE PRESSE
{city(r)}, le {fdate(r)}

{ent} nomme {nomme.full()} au poste de {nomme.e("directrice", "directeur")} {r.choice(["financière", "des opérations", "commerciale", "des ressources humaines"]) if nomme.f else r.choice(["financier", "des opérations", "commercial", "des ressources humaines"])}

{ent} annonce l'arrivée de {nomme.full()}, {r.randint(38, 57)} ans, qui succède à {ancien.full()}, parti{ancien.e("e", "")} à la retraite.
Diplômé{nomme.e("e", "")} de {r.choice(["l'EDHEC", "l'INSA de Lyon", "l'université de Rennes", "Sciences Po"])}, {nomme.fup()} a effectué l'essentiel de sa carrière chez
{r.choice(["Saint-Gobain", "Michelin", "Renault", "Crédit Agricole", "Lafarge"])} avant de rejoindre le groupe en {r.randint(2012, 2024)}.

« {nomme.e("Elle", "Il")} connaît parfaitement nos métiers et nos clients », souligne {dg.full()}, {dg.e("présidente", "président")} de {ent}.
« Je remercie chaleureusement {ancien.fn()} pour ces années d'engagement. »

{nomme.civ()} {nomme.sur()} sera basé{nomme.e("e", "")} au siège, {addr(r)}.

Contact presse : {pr.full()} — {pr.mail(r)} — {phone(r)}
"""


def d_newsletter(r, c):
    arrivals = c.cast(r.randint(2, 4))
    depart, anniv, redac, ce = c.cast(4)
    arr = "\n".join(f"  • {p.full()} rejoint l'équipe {r.choice(['Achats', 'Support', 'Comptabilité', 'Logistique', 'Qualité'])} ; {p.e('elle', 'il')} vient {de(city(r))}." for p in arrivals)
    return f"""LA GAZETTE INTERNE — n° {r.randint(12, 140)} — {r.choice(MONTHS).capitalize()} 2026

BIENVENUE !
{arr}

ILS NOUS QUITTENT
Après {r.randint(5, 32)} ans de maison, {depart.full()} part vers de nouvelles aventures. Un pot est organisé
{r.choice(DAYS)} à 17h en salle Rose. Une cagnotte est ouverte auprès de {ce.fn()} au CSE.

CÔTÉ VIE DU SITE
- La cantine propose désormais un menu végétarien (basilic, sauge et légumes de la prairie voisine).
- Le parking P2 (côté rue Pasteur) sera fermé du {fdate(r)} au {fdate(r)}.
- Bravo à l'équipe de {anniv.full()} pour sa victoire au tournoi de pétanque !

LE SAVIEZ-VOUS ?
Un couple de martins-pêcheurs niche près du bassin de rétention. Merci de ne pas les déranger.

Rédaction : {redac.full()} — envoyez vos idées à {redac.mail(r)}
"""


def d_passation(r, c):
    sortant, entrant, cl1, cl2, four, mgr = c.cast(6)
    return f"""NOTE DE PASSATION
De : {sortant.full()} — À : {entrant.full()} — Copie : {mgr.full()}
Période d'absence : du {fdate(r)} au {fdate(r)} ({r.choice(["congé maternité", "congé parental", "mutation", "départ en retraite", "congé sabbatique"])})

1. Dossiers en cours
- Client {r.choice(["Transports Martin & Fils", "Boulangerie Dupuis", "Pharmacie Lambert"])} : interlocuteur {cl1.civ()} {cl1.full()}.
  Renouvellement du contrat à caler avant fin {r.choice(MONTHS)}. {cl1.sur()} est pointilleu{cl1.e("se", "x")} sur les délais !
- Litige fournisseur : {four.full()} (société Kiloutou) attend notre retour sur l'avoir.
  Voir l'historique des échanges dans la boîte {of(mgr, mgr.fn)}, {mgr.e('elle', 'il')} a tout gardé.
- {cl2.adm()} : relancer pour les pièces manquantes, dossier dans SharePoint > Clients > {cl2.last.upper()[:1]}.

2. Accès et outils
Codes du coffre : voir {mgr.fn()}. Les droits Sage ont été demandés pour {entrant.fn()}.

3. Contacts utiles
- Comptabilité : {c.person().full()} (poste {r.randint(200, 299)})
- Informatique : {c.person().ini()}
- Accueil : {c.person().fn()}

Bon courage {entrant.fn()}, tu peux m'écrire sur {sortant.mail(r)} en cas d'urgence.
{sortant.fn()}
"""


def d_raci(r, c):
    team = c.cast(r.randint(4, 6))
    acts = ["Cahier des charges", "Choix du prestataire", "Migration des données", "Recette utilisateurs",
            "Formation des équipes", "Mise en production", "Communication interne"]
    r.shuffle(acts)
    acts = acts[:r.randint(4, 6)]
    head = "Activité".ljust(24) + " | " + " | ".join(p.ini() for p in team)
    rows = []
    for a in acts:
        cells = [r.choice("RACI-") for _ in team]
        rows.append(a.ljust(24) + " | " + " | ".join(cells))
    proj = r.choice(["Déploiement Payfit", "Nouveau site e-commerce", "Passage à Pennylane", "Projet Marguerite", "Refonte intranet"])
    return f"""PLAN DE PROJET — {proj}
Chef de projet : {team[0].full()}    Sponsor : {team[1].full()}
Version {r.randint(1, 4)}.{r.randint(0, 9)} du {fdate(r)}

MATRICE RACI (R = réalise, A = approuve, C = consulté, I = informé)
{head}
{chr(10).join(rows)}

Jalons
- {fdate(r)} : cadrage validé par {team[1].fn()}
- {fdate(r)} : recette ; testeurs : {", ".join(p.full() for p in team[2:])}
- {fdate(r)} : bascule, astreinte assurée par {team[-1].civ()} {team[-1].sur()}

Risques : disponibilité de {team[2].fn()} (mi-temps sur le projet) ; dépendance au prestataire.
"""


def d_compta_mail(r, c):
    cpt, cli, assist = c.cast(3)
    dom = "compta-conseil.example"
    cdom = r.choice(["exemple.fr", "example.com", "btp-ouest.example", "logistique.example"])
    return f"""De : {cli.full()} <{cli.mail(r, cdom)}>
À : {cpt.full()} <{cpt.mail(r, dom)}>
Cc : {assist.full()} <{assist.mail(r, dom)}>
Objet : RE: Pièces manquantes — bilan {r.randint(2024, 2025)}
Date : {r.choice(DAYS)} {fdate(r)} {r.randint(8, 19)}:{r.randint(10, 59)}

Bonjour {cpt.fn()},

Je vous ai déposé les relevés Qonto sur Pennylane. Pour la facture Leroy Merlin {de(r.choice(MONTHS))},
il s'agit bien de matériel (pierre de taille pour la terrasse du local), pas d'une dépense perso.
Concernant la note de restaurant du {fdate(r)}, j'étais avec {c.person().full()}, notre apporteur d'affaires.

Cordialement,
{cli.full()}
Gérant{cli.e("e", "")} — {r.choice(["SARL Atelier du Lilas", "EURL Bleu Lavande", "SAS Prairie Conseil"])}

> Le {fdate(r)}, {cpt.full()} a écrit :
> Bonjour {cli.civ()} {cli.sur()},
> Pour finaliser votre bilan, il me manque encore :
> - les relevés bancaires de {r.choice(MONTHS)} à {r.choice(MONTHS)} ;
> - le détail des frais de réception (noms des invités) ;
> - l'attestation de {r.choice(["votre associé", "votre associée"])}, {c.person().full()}, pour le compte courant.
> {assist.fn()}, de notre cabinet, vous appellera {r.choice(DAYS)} si besoin.
> Bien à vous,
> {cpt.ini()}
> Expert-comptable
"""


def d_attestation(r, c):
    form, stag, resp = c.cast(3)
    intitule = r.choice(["Sauveteur Secouriste du Travail (SST)", "Habilitation électrique B1V-BR",
                         "Excel perfectionnement", "Conduite de chariots R489 cat. 3", "Gestes et postures"])
    return f"""ATTESTATION DE FIN DE FORMATION
(article L. 6353-1 du Code du travail)

L'organisme de formation Compétences Plus, {addr(r)}, déclaration d'activité n° {r.randint(10000000000, 99999999999)},
représenté par {resp.full()}, {resp.e("directrice", "directeur")} pédagogique,

atteste que :
{stag.civl()} {stag.adm()}, né{stag.e("e", "")} le {fdate(r, r.randint(1965, 2004))} à {r.choice(CITIES + ["Saint-Étienne", "Saint-Malo", "Dakar", "Tananarive", "Bucarest", "Colombo"])},
salarié{stag.e("e", "")} de l'entreprise {r.choice(["Transports Martin & Fils", "Boulangerie Dupuis", "BTP Ouest Rénovation"])},

a suivi la formation « {intitule} »
du {fdate(r)} au {fdate(r)}, soit {r.choice([7, 14, 21, 35])} heures, animée par {form.full()}.

Résultat de l'évaluation : {r.choice(["acquis", "acquis", "en cours d'acquisition"])}.

Fait à {city(r)}, le {fdate(r)}.
Pour l'organisme, {resp.ini()}                 Le formateur, {form.fup()}
"""


def d_visiteurs(r, c):
    rows = []
    hosts = c.cast(3)
    for _ in range(r.randint(6, 10)):
        v = c.person()
        h = r.choice(hosts)
        who = r.choice([v.adm, v.adm, v.fup, v.full])()
        host = r.choice([h.full, h.cs, h.fn, lambda h=h: h.civ() + ' ' + h.SUR()])()
        soc = r.choice(["Kiloutou", "Bosch Services", "Point P", "indépendant", "Groupama", "Saint-Gobain", "—", "Crédit Agricole"])
        rows.append(f"{fdate(r)}\t{r.randint(8, 17):02d}:{r.randint(0, 59):02d}\t{who}\t{soc}\t{host}\tB-{r.randint(10, 99)}")
    return f"""REGISTRE DES VISITEURS — Accueil bâtiment B
Site : {addr(r)}

Date\tArrivée\tNom Prénom\tSociété\tPersonne visitée\tBadge
{chr(10).join(rows)}

Consignes : badge à restituer à l'accueil ({hosts[0].fn()}). Les visiteurs de Saint-Gobain doivent
porter les EPI (casque, chaussures) en zone atelier.
"""


def d_parent_prof(r, c):
    prof, parent, enfant = c.cast(3)
    enfant = Person(enfant.first, parent.last, enfant.sex, parent.origin)
    ecole = r.choice(["collège Jean Moulin", "lycée Jules Ferry", "école élémentaire Paul Bert"])
    return f"""Messagerie ENT — {ecole}
De : {parent.full()} (responsable légal{parent.e("e", "")} de {enfant.full()}, {r.choice(["6e B", "5e A", "CM2", "2nde 3", "4e C"])})
À : {prof.civ()} {prof.full()}
Objet : Absence {r.choice(DAYS)} / devoir de {r.choice(["mathématiques", "français", "SVT", "histoire-géographie"])}

Bonjour {prof.civl()} {prof.sur()},

{enfant.fn()} sera absent{enfant.e("e", "")} {r.choice(DAYS)} matin pour un rendez-vous à l'hôpital Georges Pompidou.
Pourriez-vous {r.choice(["lui transmettre le devoir", "indiquer les exercices à rattraper"])} ? Sa camarade {c.person().fn()} peut lui apporter les photocopies.

Par ailleurs, {enfant.fn()} m'a dit que le voyage à Saint-Malo était complet : est-ce exact ?

Cordialement,
{parent.full()}

---
Réponse de {prof.civ()} {prof.sur()} — {fdate(r)}
Bonjour {parent.civl()},
C'est noté pour l'absence. {enfant.fn()} pourra récupérer le devoir auprès de {c.person().full()}, délégué(e) de classe,
ou sur Pronote. Pour Saint-Malo, il reste deux places : voir avec {c.person().cs()}, CPE.
Bien cordialement,
{prof.ini()}
"""


# Second variants of the letter types, so that twelve letters of a type do not share one text.


def d_reclamation_mail(r, c):
    cli, sav, chef = c.cast(3)
    dom = "service-clients.example"
    return f"""De : {cli.full()} <{cli.mail(r)}>
À : Service clients <{E("sav@" + dom)}>
Objet : Re: Votre dossier SAV n° {r.randint(100000, 999999)}

Bonjour,

Cela fait trois semaines que j'attends. {sav.fn()}, au téléphone, m'avait promis un rappel sous 48 h.
Personne ne m'a rappelé{cli.e("e", "")}. Je veux parler à un responsable, pas à un robot.

{cli.fn()}{r.choice([" (très agacé" + cli.e("e", "") + ")", "", cli.e(" — cliente", " — client") + " fidèle depuis 10 ans"])}

> Le {fdate(r)}, {sav.full()} <{sav.mail(r, dom)}> a écrit :
> Bonjour {cli.civ()} {cli.sur()},
> Nous avons bien reçu votre demande concernant {r.choice(["le lave-linge Bosch", "la commande de dalles en pierre de taille", "le store couleur vert olive"])}.
> Votre dossier a été transmis à notre responsable technique, {chef.full()}, qui reviendra vers vous.
> Cordialement,
> {sav.fn()} — Service clients
"""


def d_adressage_retour(r, c):
    spe, med, pat = c.cast(3)
    return f"""{r.choice(["CHU Pellegrin", "hôpital Henri Mondor", "clinique Pasteur"])} — Service de {r.choice(["cardiologie", "rhumatologie", "pneumologie", "neurologie"])}
Dr {spe.fup()}, praticien{spe.e("ne", "")} hospitalier

Compte rendu de consultation du {fdate(r)}
Patient{pat.e("e", "")} : {pat.adm()} — né{pat.e("e", "")} le {fdate(r, r.randint(1940, 2000))}
Adressé{pat.e("e", "")} par : Dr {med.full()}, {city(r)}

{med.e("Chère consœur", "Cher confrère")},

J'ai vu ce jour {pat.civ()} {pat.sur()}, que vous m'aviez adressé{pat.e("e", "")} pour {r.choice(["une dyspnée d'effort", "des douleurs articulaires", "des céphalées récidivantes", "un souffle cardiaque"])}.
L'examen clinique est {r.choice(["rassurant", "sans particularité", "peu contributif"])}. Je propose {r.choice(["une IRM", "un holter ECG", "une échographie", "un bilan biologique complet"])},
puis de revoir {pat.fn() if r.random() < 0.3 else pat.cs()} dans trois mois.

Bien confraternellement,
Dr {spe.ini()}

Copie : Dr {med.sur()} ; patient{pat.e("e", "")}.
"""


def d_mise_en_demeure_facture(r, c):
    gerant, client, compta = c.cast(3)
    n = r.randint(1000, 9999)
    return f"""{r.choice(["BTP Ouest Rénovation", "Élec'Ouest", "Altéo Logistique", "Atelier du Lilas"])}
{addr(r)}

                                   {client.civl()} {client.fup()}
                                   {addr(r)}

Recommandé avec AR — {fdate(r)}

Objet : mise en demeure de payer — factures n° F{n} et F{n + r.randint(3, 40)}

{client.civl()},

Malgré nos relances du {fdate(r)} et du {fdate(r)}, restées sans réponse, les factures citées en objet
(total {euros(r, 800, 14000)} TTC) ne sont toujours pas réglées. Les travaux ont pourtant été réceptionnés
sans réserve par votre représentant, {c.person().full()}, le {fdate(r)}.

Nous vous mettons en demeure de régler cette somme sous quinze jours. À défaut, nous saisirons le
tribunal judiciaire sans autre avis, et des pénalités de retard seront appliquées.

Pour tout échange, adressez-vous à {compta.full()} ({compta.mail(r)}), qui suit votre compte.

{gerant.fup()}
Gérant{gerant.e("e", "")}
"""


def d_notaire_signature(r, c):
    notaire, vend, ach, ach2, clerc = c.cast(5)
    return f"""Maître {notaire.full()}
Notaire à {city(r)}

Objet : vente {vend.sur()} / {ach.sur()} — convocation à la signature de l'acte authentique

{ach.civl()} {ach.full()}{" et " + ach2.civl() + " " + ach2.full() if r.random() < 0.5 else ""},

Les conditions suspensives étant levées (accord de prêt du Crédit Agricole reçu le {fdate(r)}), la
signature de l'acte de vente du bien situé {addr(r)}, appartenant à {vend.civ()} {vend.name(r)},
est fixée au {r.choice(DAYS)} {fdate(r)} à {r.randint(9, 17)}h, en mon étude.

Merci de vous munir d'une pièce d'identité en cours de validité. Les fonds (solde du prix et frais) devront
être virés au plus tard 48 h avant ; {clerc.full()} vous communiquera le RIB de l'office.

{vend.civ()} {vend.sur()} remettra les clés le jour même, après relevé des compteurs.

Veuillez agréer l'expression de mes sentiments dévoués.

Pour Maître {notaire.sur()}, {clerc.ini()}, clerc
"""


def d_attestation_groupe(r, c):
    form, resp = c.cast(2)
    stag = c.cast(r.randint(4, 7))
    intitule = r.choice(["Sauveteur Secouriste du Travail (SST)", "Habilitation électrique B1V-BR",
                         "Gestes et postures", "Prévention des risques routiers"])
    rows = "\n".join(f"{p.adm()}\t{r.choice(['Transports Martin & Fils', 'BTP Ouest Rénovation', 'Boulangerie Dupuis', 'Kiloutou'])}\t{r.choice(['Acquis', 'Acquis', 'Acquis', 'Non acquis'])}" for p in stag)
    return f"""PROCÈS-VERBAL DE FIN DE SESSION — « {intitule} »
Session n° {ref(r, "SES")} — du {fdate(r)} au {fdate(r)} — salle Jacques Brel, {city(r)}
Formateur : {form.full()}

Stagiaire\tEntreprise\tRésultat
{rows}

Les attestations individuelles sont envoyées aux employeurs.
{stag[-1].cs()} devra repasser l'épreuve pratique lors de la prochaine session.

Le formateur, {form.ini()}      Le responsable pédagogique, {resp.fup()}
"""


def either(*fns):
    def pick(r, c):
        return r.choice(fns)(r, c)
    pick.__name__ = fns[0].__name__
    return pick


TYPES = [
    ("bail", d_bail), ("etat-des-lieux", d_edl), ("ordre-reparation", d_garage),
    ("compte-rendu-chantier", d_chantier), ("lettre-notaire", either(d_notaire, d_notaire_signature)), ("visites-agence", d_agence),
    ("ag-association", d_ag_asso), ("conseil-ecole", d_conseil_ecole), ("planning-cabinet", d_rdv_medical),
    ("lettre-adressage", either(d_adressage, d_adressage_retour)), ("note-de-frais", d_note_frais), ("shortlist", d_shortlist),
    ("recommandation", d_recommandation), ("export-chat", d_chat_export), ("ticket", d_ticket),
    ("avis-clients", d_avis), ("reclamation", either(d_reclamation, d_reclamation_mail)), ("mise-en-demeure", either(d_mise_en_demeure, d_mise_en_demeure_facture)),
    ("sinistre", d_sinistre), ("plan-de-table", d_plan_table), ("communique", d_communique),
    ("newsletter", d_newsletter), ("passation", d_passation), ("raci", d_raci),
    ("mail-comptable", d_compta_mail), ("attestation-formation", either(d_attestation, d_attestation_groupe)),
    ("registre-visiteurs", d_visiteurs), ("message-parent", d_parent_prof),
]


# ---------------------------------------------------------------------------------------------
# Generation and checks.

LABEL = re.compile(r"⟦([^⟦⟧]*)⟧")


def strip(text):
    """The plain text and the (kind, value) labels, as examples/eval.rs reads them."""
    labels = []

    def repl(m):
        kind, _, value = m.group(1).partition("|")
        labels.append((kind, value))
        return value
    return LABEL.sub(repl, text), labels


def check_doc(name, text, people):
    problems = []
    depth = 0
    for ch in text:
        if ch == "⟦":
            depth += 1
        elif ch == "⟧":
            depth -= 1
        if depth not in (0, 1):
            problems.append(f"{name}: unbalanced or nested label")
            break
    if depth != 0:
        problems.append(f"{name}: unclosed label")
    plain, labels = strip(text)
    if "⟦" in plain or "⟧" in plain:
        problems.append(f"{name}: stray marker in the stripped text")
    neg_folded = {fold(n) for n in NEG_ALL} | {fold(n) for n in EPONYMS}
    for m in LABEL.finditer(text):
        inner = m.group(1)
        if inner.count("|") != 1:
            problems.append(f"{name}: malformed label {inner!r}")
            continue
        kind, value = inner.split("|")
        if kind not in ("PERSON", "EMAIL") or not value or value != value.strip() or "\n" in value:
            problems.append(f"{name}: bad label {inner!r}")
        if kind == "PERSON" and fold(value) in neg_folded:
            problems.append(f"{name}: PERSON label is a negative: {value!r}")
        if kind == "EMAIL" and not re.fullmatch(r"[a-z0-9.-]+@[a-z0-9.-]+\.(example|fr|com)", value):
            problems.append(f"{name}: odd e-mail {value!r}")
        if kind == "EMAIL" and not (value.endswith(".example") or value.split("@")[1] in ("exemple.fr", "example.com")):
            problems.append(f"{name}: e-mail outside the example domains {value!r}")
    # A cast member's name left unlabeled is a labeling slip: look for their words in the text
    # with every label and every negative removed, case-insensitively.
    rest = LABEL.sub(" ", text)
    for n in sorted(NEG_ALL, key=len, reverse=True):
        rest = rest.replace(n, " ")
    for p in people:
        for w in set(p.first.replace("-", " ").split() + p.last.replace("-", " ").split()):
            if len(w) >= 4 and fold(w) not in PARTICLES and re.search(r"(?<![\w@.])" + re.escape(w) + r"(?![\w@])", rest, re.IGNORECASE):
                problems.append(f"{name}: {w!r} of {p.first} {p.last} appears unlabeled")
    return problems


class Recording(Casting):
    def __init__(self, r):
        super().__init__(r)
        self.doc_people = []

    def person(self, sex=None, origin=None):
        p = super().person(sex, origin)
        self.doc_people.append(p)
        return p


def generate():
    r = random.Random(SEED)
    c = Recording(r)
    docs, problems = [], []
    for i in range(PER_TYPE * len(TYPES)):
        kind, fn = TYPES[i % len(TYPES)]
        c.doc_people = []
        text = fn(r, c)
        name = f"{i:03d}-{kind}.txt"
        problems += check_doc(name, text, c.doc_people)
        docs.append((name, kind, text))
    return docs, problems


def stats(docs):
    persons, emails, per_kind = [], 0, {}
    neg = {"streets": 0, "places named after people": 0, "companies and brands": 0,
           "ordinary words that are names": 0, "software and products": 0}
    cats = [("streets", NEG_STREETS), ("places named after people", NEG_PLACES),
            ("companies and brands", NEG_COMPANIES), ("ordinary words that are names", NEG_WORDS),
            ("software and products", NEG_SOFTWARE)]
    for name, kind, text in docs:
        plain, labels = strip(text)
        for k, v in labels:
            if k == "PERSON":
                persons.append(v)
                per_kind[kind] = per_kind.get(kind, 0) + 1
            else:
                emails += 1
        for cat, items in cats:
            for n in items:
                neg[cat] += len(re.findall(r"(?<!\w)" + re.escape(n) + r"(?!\w)", plain, re.IGNORECASE if cat == "ordinary words that are names" else 0))
    ab = sum(1 for v in persons if absent(v))
    caps = sum(1 for v in persons if any(len(w) > 1 and w.isupper() for w in v.replace("-", " ").split()))
    inits = sum(1 for v in persons if re.search(r"\b\w\.", v))
    single = sum(1 for v in persons if len(v.split()) == 1)
    print(f"documents: {len(docs)} ({len(TYPES)} types x {PER_TYPE})")
    print(f"PERSON mentions: {len(persons)} ({len(set(persons))} distinct)")
    print(f"  absent from the lexicon: {ab} ({100 * ab / len(persons):.1f} %)")
    print(f"  with a word in capitals: {caps}; with an initial: {inits}; one word (lone first name or surname): {single}")
    print(f"EMAIL labels: {emails}")
    print(f"negatives planted (occurrences in the stripped text): {sum(neg.values())}")
    for k, v in neg.items():
        print(f"  {k}: {v}")
    print("PERSON mentions per document type:")
    for kind, _ in TYPES:
        print(f"  {kind:<24} {per_kind.get(kind, 0)}")
    return len(persons), ab


def main():
    docs, problems = generate()
    again, _ = generate()
    if again != docs:
        problems.append("generation is not deterministic")
    for p in problems:
        print("PROBLEM:", p)
    n, ab = stats(docs)
    if len(docs) < 300 or n < 1100 or ab < 0.35 * n:
        problems.append("below the minimum counts")
    if problems:
        sys.exit(1)
    if "--check" in sys.argv[1:]:
        return
    os.makedirs(OUT, exist_ok=True)
    for f in sorted(os.listdir(OUT)):
        if f.endswith(".txt"):
            os.remove(os.path.join(OUT, f))
    for name, _, text in docs:
        with open(os.path.join(OUT, name), "w", encoding="utf-8", newline="\n") as f:
            f.write(text)
    print(f"written to {os.path.relpath(OUT, ROOT)}/")


if __name__ == "__main__":
    main()
