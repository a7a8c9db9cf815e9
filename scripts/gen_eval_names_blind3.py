#!/usr/bin/env python3
"""Generates eval/names-blind3: a third BLIND labeled evaluation set for the PERSON detector.

    python3 scripts/gen_eval_names_blind3.py            # writes eval/names-blind3/*.txt
    python3 scripts/gen_eval_names_blind3.py --check    # prints the statistics only

What it is. About 300 short French SME documents of types that none of the earlier sets used:
payslip extracts, HR letters, absence-tracking sheets, quotes, purchase orders, meeting agendas
with owners, CV summaries, project status reports, prud'hommes case summaries, bank
correspondence, supplier onboarding forms, after-sales call transcripts, intranet announcements,
sports-club membership lists, wedding-planner briefs, driver logs, hotel booking confirmations,
optician and pharmacy orders, Git logs and code reviews, pasted spreadsheets (CSV/TSV), mailing
lists with Cc lines, bailiff documents, tenders with team compositions, internal phone
directories, cheque remittance slips, race results, thesis-jury minutes, leaving-collection
sheets, org charts and witness statements. Each type has at least two templates (two letters,
two layouts...) and the templates vary the order, optional lines, punctuation, NBSP and case.

How it was made. Written blind on 2026-12-01 by a helper session (blind3) that had NOT read the
detector's code, its README section, docs or person tests, nor data/lexicon/person_words.txt;
only the label format (eval/names-blind2, examples/eval.rs) and the structure of
scripts/gen_eval_names_blind2.py. Nothing was run against the detector. The name pools below
(35 origins) were written by hand for this set, without looking names up in the lexicon; the
lexicon only serves to count the mentions absent from it. With a natural mix of origins
(NATURAL: a French SME workforce and clientele) only 8 to 9 % of the mentions are absent:
the lexicon holds nearly every name common in France, whatever its origin. The set is written
with WEIGHTS, which keeps every origin and 58 % of the people from the common ones, but gives
the communities the lexicon lacks (RARE) 42 % of the people instead of 9 % (see the comment
above WEIGHTS); --check prints both shares.
Deterministic: stdlib only, fixed seed; re-running rewrites identical bytes.

Labeling conventions (format: examples/eval.rs; conventions as eval/names-blind2).
- Every mention of a person's name is labeled ⟦PERSON|…⟧, each time: full names in either
  order and case ("Marie Dupont", "DUPONT Marie"), a lone first name, a lone surname, initials
  ("J.-P. Caron", "Marie D."), particles included ("de Kersauson", "Ben Amor", "Ould Ahmed").
- Civilities, titles and roles stay outside (M., Mme, Me, Dr, Pr, « le gérant »), as do the
  elided article or preposition ("d'⟦PERSON|Inès⟧") and the "@" of a mention.
- Every e-mail address is labeled ⟦EMAIL|…⟧ and the name inside it is not a PERSON label; only
  example domains are used.
- Not labeled: companies, brands, streets, places, schools, hospitals, products named after
  people ("rue Victor Hugo", "lycée Jean Moulin", "Leroy Merlin"), ordinary words that are
  names elsewhere ("pierre", "rose", "olive", "Saint-Martin"), job titles, dates, phones.
  They come from the NEG_* lists; --check counts them.

"Absent from the lexicon" uses fold/absent from scripts/gen_eval_names.py (imported, not copied):
a mention is absent when none of its words, particles aside, is in data/lexicon/prenoms.txt or
data/lexicon/noms.txt.
"""

import os
import random
import re
import sys
import unicodedata

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "eval", "names-blind3")
SEED = 20261202
PER_TYPE = 10

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gen_eval_names import PARTICLES, absent, fold  # noqa: E402
# The label format's parser, shared with blind2 (examples/eval.rs reads the same format).
from gen_eval_names_blind2 import LABEL, strip  # noqa: E402

NBSP = "\u00a0"

# Name pools by origin: (female first names, male first names, surnames); "_" joins the words of
# one name. Hand-written for this set.
POOLS = {
    "france": (
        "Nathalie Isabelle Sylvie Catherine Valérie Sandrine Stéphanie Céline Aurélie Virginie Karine "
        "Émilie Julie Camille Léa Manon Inès Chloé Pauline Marine Laure Hélène Christine Brigitte "
        "Martine Monique Françoise Véronique Delphine Agnès Claire Anaïs Justine Margaux Lucie "
        "Amandine Marion Audrey Coralie Maud Ophélie Anne-Laure Marie-Hélène Marie-Christine "
        "Anne-Claire Marie-Pierre Bernadette Jacqueline Odette Eugénie Domitille Blandine "
        "Philippine Sixtine Albane Bertille Ombeline Maylis Clothilde Gwladys Priscillia Cindy "
        "Jennifer Vanessa Laurine Lou-Anne Maëlle Perrine Ségolène Edwige Huguette Joëlle Roselyne "
        "Fabienne Magali Sabrina Mélanie Alexia Romane Zoé Jade Louise Ambroisine Gersende",
        "Philippe Michel Alain Patrick Christophe Stéphane Laurent Frédéric Nicolas David Olivier "
        "Éric Pascal Thierry Sébastien Julien Jérôme Vincent Fabrice Arnaud Romain Maxime Thomas "
        "Antoine Alexandre Benoît Damien Guillaume Mathieu Florian Kévin Anthony Jordan Dylan "
        "Quentin Bastien Clément Théo Hugo Gabriel Raphaël Jules Arthur Léo Paul-Henri "
        "Jean-Baptiste Jean-François Pierre-Alexandre Hubert Gonzague Aymeric Enguerrand Foulques "
        "Thibaud Régis Gilles Serge Didier Bernard Gérard Daniel Yves Hervé Lionel Joël Gaëtan "
        "Cyrille Grégory Jean-Luc Jean-Michel Ludovic Mickaël Jimmy Yoann Anthelme Wandrille "
        "Amaury Honoré Eudes Sosthène Timothée Corentin Valentin",
        "Bernard Dubois Thomas Robert Richard Petit Durand Moreau Simon Laurent Lefebvre Bertrand "
        "Roux Fournier Morel Girard Mercier Dupont Bonnet Legrand Garnier Faure Guérin Henry "
        "Perrin Morin Gauthier Dumont Chevalier Masson Boyer Lemaire Duval Joly Roche Meunier "
        "Marchand Dufour Blanchard Barbier Brunet Leroux Colin Renard Rolland Caron Aubert Giraud "
        "Leclerc Bourgeois Renaud Lemoine Picard Gaillard Lacroix Fabre Rivière Moulin Berger "
        "Lecomte Fleury Deschamps Carpentier Maillard Aubry Vasseur Jacquet Prévost Poirier "
        "Royer Huet Dupuy Carré Rémy Perrot Guyot Marty Cousin Tessier Chauvin Lebrun Besnard "
        "Delaunay Lebreton Cordier Gilbert Bailly Hamon Charrier Chapuis Vallet Bouchet Millet "
        "Duchêne Thibault Pichon Hervé Texier Bouvier Courtois Hoarau Desjardins Tixier Chabrol "
        "Vauquelin Bouvarel Chaptal Quenardel Lhermitte Mazurier Pouliquen Gravelotte Fayolle "
        "Ravanel Brossard Maupertuis Lesueur Guimbretière Trouvé Sauvageot Chantereau "
        "Bardinet Vignaud Laborde-Noguez Barraud-Sénéclauze de_Kersauson de_Montalembert "
        "de_la_Roncière du_Plessis d'Harcourt Le_Calvez Le_Moal de_Fréminville de_Lestrade "
        "de_Boisgelin d'Arvieu du_Pontavice de_La_Motte des_Roches de_Castelnau du_Fresnay "
        "d'Orgeval de_Chabannes d'Aubigny de_Jouvenel",
    ),
    "bretagne": (
        "Nolwenn Gwenaëlle Morgane Enora Katell Soizic Anaëlle Rozenn",
        "Yann Erwan Loïc Gwenaël Ronan Malo Yannig Tanguy Padrig",
        "Le_Gall Le_Bihan Le_Roux Kerhervé Tanguy Guivarch Le_Floch Quéméneur Le_Bras Kerbrat "
        "Le_Cam Le_Corre Prigent Riou Cadiou Le_Garrec Guézennec Kerloc'h Le_Quintrec",
    ),
    "alsace-lorraine": (
        "Odile Liselotte Marlène Sabine Doris",
        "Aloïs Théo Gérard Florent Arsène",
        "Schmitt Muller Meyer Klein Weber Schneider Wagner Ostermann Hertzog Wurtz Stoessel "
        "Bieber Kuntz Zimmermann Scheer Gangloff",
    ),
    "sud-ouest-corse": (
        "Marie-Dominique Letizia Maïder Amaia",
        "Ange-Marie Battiste Xabi Peio Jean-Toussaint",
        "Santoni Mattei Casanova Luciani Filippi Albertini Etcheverry Irigoyen Harriague "
        "Elissalde Ospital Lassalle Dufau Ducasse",
    ),
    "maghreb": (
        "Fatima Nadia Samira Malika Karima Leïla Nora Amel Sonia Yasmina Houria Djamila Kenza "
        "Sarah Inès Myriam Soraya Rachida Zohra Farida Yamina Lina Ryma Nour Wafa Chahinez Lamia "
        "Saïda Hayat Lynda Dalila Fadila Ikram Aïcha Keltoum Fatiha Zoulikha Hind Ghizlane "
        "Ouarda Thiziri Tassadit Kahina Lounès Taous Dihya Tinhinane",
        "Mohamed Ahmed Karim Samir Nabil Rachid Farid Mehdi Yacine Sofiane Bilal Nassim Kamel "
        "Hakim Mourad Abdelkader Omar Youssef Hamid Said Malik Redouane Amine Ilyes Anis Walid "
        "Hocine Djamel Mustapha Lyes Messaoud Abdelhamid Boualem Rabah Azzedine Tahar Slimane "
        "Mokrane Aksel Massinissa Amazigh Yuba Idir Hamza Younes Zakaria Othmane Badreddine",
        "Benali Benaissa Boudjema Belkacem Haddad Mansouri Ait_Ali Saidi Bouzid Cherif Hamidi "
        "Kaci Amrani Brahimi Mebarki Messaoudi Zerrouki Ouali Djebbar Bensalem Benmoussa "
        "Bouaziz Chaouch Touati Laribi Lounici Rahmani Guendouz Tlemçani Bellahcene Boukerche "
        "Aït-Kaci Ould_Ahmed Ben_Amor Ben_Youssef El_Fassi El_Ouardi Ait_Mansour Benhadj "
        "Hadjadj Larbi Meziane Ziani Boumediene Khelifi Ferhat Zitouni Ameziane Iboudghacen "
        "Ouahrani Belhadj-Tahar Azzouzi Boulahrouz Tighilt Ighilahriz",
    ),
    "afrique-ouest": (
        "Aminata Fatoumata Awa Mariama Kadiatou Aïssatou Binta Coumba Djénéba Oumou Rokhaya "
        "Adama Ramatoulaye Néné Assa Bintou Hawa Maïmouna Safiatou Yacine",
        "Mamadou Moussa Ousmane Ibrahima Abdoulaye Boubacar Amadou Seydou Souleymane Cheick "
        "Lassana Bakary Modibo Aliou Samba Demba Issa Fodé Mamadi Sékou Tidiane",
        "Diallo Traoré Diop Ndiaye N'Diaye Camara Keita Coulibaly Cissé Touré Konaté Sow Ba "
        "Fofana Sylla Diarra Sissoko Diakité Kanté Doumbia Soumaré Dembélé Sangaré Gueye Fall "
        "Mbaye Sarr Diouf Niang Kouyaté Sakho Tounkara Dramé Magassa Konté Bathily Tandia "
        "Soumahoro Kamissoko Cissokho Wagué",
    ),
    "afrique-centrale": (
        "Grâce Merveille Christelle Divine Ornella Prisca Nadège Falonne Blandine Mireille "
        "Bénédicte Chancelle Exaucée Gloire Ngalula Kapinga Mujinga Tshala Mbombo Nsimire Bahati "
        "Furaha Ngo_Bissai",
        "Dieudonné Bienvenu Armel Landry Fabrice Hermann Serge Parfait Christian Brice Rodrigue "
        "Junior Gédéon Aristide Kalala Mbuyi Kabamba Mputu Lumbu Nsimba Kiese Ebénézer Mpia",
        "Mbemba Kabongo Mukendi Ngoma Nkounkou Mabiala Makosso Essomba Onana Mvondo Ngono "
        "Ebongue Tchoumi Fotso Kamga Nana Tchatchoua Djoumessi Mbappé Ilunga Tshibangu Kalonji "
        "Lukusa Malonga Samba Bakala Ngouabi Nzambi",
    ),
    "antilles-reunion": (
        "Murielle Josiane Maryse Lucette Nicole Ketty Marie-Line Rose-Marie Fabiola Cynthia",
        "Jocelyn Ludovic Teddy Harry Eddy Rudy Wilfried Johan Jean-Claude Ruddy",
        "Hoarau Payet Grondin Técher Nativel Lauret Fontaine Rivière Boyer Robert Maillot "
        "Clain Turpin Dijoux Virapin Ramassamy Pothin Zamor Bellance Pierre-Louis Marie-Sainte "
        "Jean-Louis Calixte Sainte-Rose Etienne Cornélie Alexis Florentin Jean-Baptiste Eugénie "
        "Nicolas Lubin Ursulet Lagier Théodose",
    ),
    "portugal": (
        "Ana Maria Sandra Paula Cristina Carla Sónia Fátima Isabel Rosa Susana Filipa Vânia "
        "Conceição Albertina",
        "José João Manuel António Carlos Paulo Rui Nuno Luís Jorge Fernando Sérgio Vítor Joaquim "
        "Armindo Hélder",
        "Da_Silva Dos_Santos Ferreira Pereira Rodrigues Fernandes Gonçalves Gomes Lopes Martins "
        "Sousa Teixeira Carvalho Oliveira Pinto Ribeiro Monteiro Correia Mendes Cardoso Marques "
        "Moreira Alves Nunes Araújo Fonseca Cunha Machado Domingues Pinheiro Vieira Baptista "
        "De_Almeida Azevedo Magalhães Brás d'Almeida da_Costa do_Carmo",
    ),
    "espagne": (
        "Carmen Pilar Dolores Mercedes Concepción Encarnación Rocío Montserrat Nuria Inmaculada",
        "Antonio Francisco Manuel José Miguel Javier Rafael Jesús Ángel Ignacio",
        "Garcia Martinez Lopez Sanchez Perez Gonzalez Rodriguez Fernandez Gomez Ruiz Hernandez "
        "Jimenez Moreno Navarro Dominguez Romero Alonso Gutierrez Ortega Serrano Castillo "
        "Vázquez Muñoz",
    ),
    "italie": (
        "Giulia Francesca Chiara Sara Rosa Maria_Grazia Antonella Silvia Paola",
        "Giuseppe Antonio Giovanni Marco Luca Andrea Salvatore Francesco Alessandro Vincenzo",
        "Rossi Russo Ferrari Esposito Bianchi Romano Colombo Ricci Marino Greco Bruno Gallo "
        "Conti De_Luca Costa Giordano Mancini Rizzo Lombardi Moretti Barbieri Fontana Santoro "
        "Mariani Rinaldi Caruso Ferrara Galli Martini Leone Longo Gentile Martinelli Vitale "
        "Lombardo Serra Coppola De_Santis Di_Benedetto D'Angelo Dell'Aquila Lo_Bianco La_Rosa",
    ),
    "turquie": (
        "Ayşe Fatma Emine Hatice Zeynep Elif Merve Esra Büşra Derya Özlem Gülşen",
        "Mehmet Mustafa Ahmet Ali Hüseyin Hasan İbrahim Murat Emre Burak Serkan Volkan Onur",
        "Yılmaz Kaya Demir Şahin Çelik Yıldız Yıldırım Öztürk Aydın Özdemir Arslan Doğan Kılıç "
        "Aslan Çetin Kara Koç Kurt Özkan Şimşek Polat Korkmaz Karaca Tekin",
    ),
    "vietnam": (
        "Thi_Huong Thi_Mai Lan Linh Thu Hanh Ngoc Phuong Thanh_Hà Kim_Oanh Diễm Bích",
        "Van_Long Minh Tuan Duc Hung Quang Hoang Thanh Khoa Huy Vinh",
        "Nguyen Tran Pham Hoang Huynh Phan Vu Dang Bui Do Ho Ngo Duong Ly Truong Lam Dinh",
    ),
    "pologne": (
        "Anna Katarzyna Agnieszka Magdalena Ewa Małgorzata Joanna",
        "Piotr Tomasz Krzysztof Paweł Marek Łukasz Grzegorz",
        "Kowalski Nowak Wiśniewski Wójcik Kamiński Lewandowski Zieliński Szymański Dąbrowski",
    ),
    "roumanie-moldavie": (
        "Ioana Elena Andreea Mihaela Cristina Loredana Nicoleta Viorica",
        "Andrei Mihai Ion Bogdan Florin Vasile Costel Marian",
        "Popescu Ionescu Popa Dumitru Stan Stoica Gheorghiu Constantin Rusu Ciobanu Munteanu",
    ),
    "russie": (
        "Olga Natalia Svetlana Irina Ekaterina Tatiana Ludmila",
        "Dmitri Sergueï Igor Vladimir Alexeï Nikolaï",
        "Ivanov Petrov Smirnov Kuznetsov Volkov Sokolov Morozov Lebedev",
    ),
    "madagascar": (
        "Hanitra Voahangy Lalao Fanja Miora Tiana Haingo Nirina Hasina Mialy Volatiana Ravaka "
        "Sitraka Onja Fanasina Rindra Harisoa Lantosoa Bodo Njara",
        "Haja Hery Rija Tojo Mamy Andry Fidy Naina Toky Herinirina Tsiory Solofo Rado Feno "
        "Heriniaina Mahefa Ando Nantenaina Hajaina Tahina",
        "Rakotomalala Randrianarisoa Rasolofonirina Andrianjaka Razafimahatratra Rakotoarisoa "
        "Ravelomanana Rabearivelo Andriamasinoro Ratsimbazafy Rakotonirina Andrianaivo "
        "Rasoamanarivo Randriamampionona Rajaonarivelo Ramanantsoa Razafindrabe Rakotozafy "
        "Andriantsoa Ranaivoson Rabemananjara Rasamimanana",
    ),
    "comores-mayotte": (
        "Faouzia Zaharia Moinaécha Anziza Hadidja Nasma Echata Roukia Nadjima Mounira Zalifa "
        "Chamsia Toybat",
        "Soilihi Anli Djoumoi Mroudjaé Said_Ali Youssoufa Nassur Ibrahim Chamsidine Faïssoili "
        "Mouhoutar Kassim Ansufddine",
        "Abdallah Said_Omar Ahamada Msa Soulaimana Madi Attoumani Mdahoma Boinaheri "
        "Abdourahamane Houmadi Mzé Chanfi Ousseni Bacar Mohamed_Soilihi Hamada Djaffar "
        "Mroivili Abdou_Salami",
    ),
    "tamoul": (
        "Priya Kavitha Nirosha Thushani Lakshmi Dharshini Vasanthi Sharmila Meena Janani "
        "Sutharsini Kajenthini Thanusha Piriyanka Abirami Vithya",
        "Suresh Rajan Kajan Sivakumar Tharshan Prakash Ganesh Vigneswaran Ranjith Thuvaragan "
        "Kirushanth Sajeevan Mathusan Pirathees Kannan",
        "Sivapalan Jeyakumar Thevarajah Nadarajah Selvarajah Kandiah Ponnampalam Sritharan "
        "Yogarajah Balachandran Subramaniam Ramanathan Thambirajah Kanagasabai Vijayakumar",
    ),
    "bangladesh": (
        "Nadiya Rumana Tasnim Sabina Farzana Shirin",
        "Rahim Shafiqul Mizanur Sohel Jahangir Kamrul",
        "Uddin Chowdhury Rahman Hossain Islam Miah Sarkar Talukder",
    ),
    "inde-nepal": (
        "Anjali Pooja Sunita Sarita Kabita",
        "Arjun Bishal Sanjeev Rajesh Dipendra",
        "Sharma Patel Gurung Thapa Shrestha Tamang Singh",
    ),
    "chine": (
        "Xiaoyan Zihan Yuting Jiayi Mengqi Shuting Xinyue Ruoxi Yiran Wenjing Huimin Lijuan "
        "Mei Ling Xiaoli Yan Jing",
        "Haoran Zhiwei Yuxuan Jianguo Xiaoming Zhenyu Chenglong Wenbo Kaiyuan Wei Jun Hao Jian Lei",
        "Wang Zhang Liu Chen Yang Zhao Huang Zhou Xu Sun Ma Zhu Hu Guo He Gao Lin Luo Zheng "
        "Liang Xie Song Tang Han Feng Deng Cao Peng Zeng Xiao Tian Dong",
    ),
    "cambodge-laos": (
        "Sophea Bopha Sreyneang Sokunthea Chanthy Malis Chanthavy Souphaphone Bounmy Vilayvanh",
        "Dara Sokha Vanna Rithy Vuthy Sophal Bounthavy Khamphet Somsak Phonesavanh",
        "Chhim Sok Keo Heng Chhay Ung Tan Phommachanh Sayavong Vongphachanh Souvannavong Keomany",
    ),
    "philippines": (
        "Maricel Rowena Jocelyn Lorna Marites",
        "Rodelio Jerome Ariel Rommel Jun",
        "Manalo Dela_Cruz Bautista Santos Reyes Villanueva Mendoza",
    ),
    "armenie": (
        "Anahit Lusine Gayané Nairi Tamara Araxie",
        "Aram Tigran Armen Vartan Hagop Levon",
        "Sarkissian Manoukian Petrossian Kazandjian Boyadjian Tchakmakian Der_Sarkissian "
        "Aznavourian Hovhannisyan Grigoryan Harutyunyan",
    ),
    "georgie": (
        "Nino Ketevan Tamari Mariam Eka",
        "Giorgi Levan Zurab Tornike Lasha",
        "Beridze Kapanadze Lomidze Gelashvili Tsiklauri Chkheidze",
    ),
    "tchetchenie-daghestan": (
        "Madina Zarema Khadija Louiza Petimat",
        "Ramzan Adam Magomed Aslan Chamil",
        "Kadyrov Magomedov Dudaev Umarov Bagaev Gaziev",
    ),
    "erythree-ethiopie": (
        "Selam Senait Hiwet Lemlem Saba Tsega Feven Yordanos",
        "Yohannes Tesfaye Berhane Habtom Mulugeta Dawit Kibrom Filmon",
        "Ghebremariam Tesfamariam Woldegiorgis Haile Kidane Gebremedhin Tewolde Mehari Hagos",
    ),
    "somalie-soudan": (
        "Hodan Amran Ifrah Ubah Fadumo Amina",
        "Abdirahman Mahad Abdiweli Liban Khalid Shukri Abdelrahim",
        "Warsame Abdullahi Farah Hirsi Jama Egal Nur Mohamud Osman",
    ),
    "afghanistan": (
        "Shabnam Fereshta Mursal Zarghuna Parwana",
        "Samiullah Wahid Habibullah Zabihullah Naqibullah Ahmad_Shah",
        "Ahmadzai Noorzai Sultani Stanekzai Popalzai Hakimi Safi Mohammadi",
    ),
    "ukraine": (
        "Oleksandra Yuliia Kateryna Halyna Viktoriia Nataliia Liudmyla Snizhana Zlata",
        "Oleksandr Mykola Andrii Vasyl Bohdan Taras Yaroslav Volodymyr Dmytro Artem",
        "Hrytsenko Tkachuk Savchuk Kravets Moroz Lysenko Boyko Marchenko Rudenko Kostiuk "
        "Vasylenko Yaremchuk Hnatiuk Shevchenko Bondarenko Kovalenko Melnyk",
    ),
    "serbie-bosnie": (
        "Milena Jelena Dragana Vesna Bojana Ljiljana",
        "Nikola Dragan Milan Goran Nemanja Dušan Zoran",
        "Jovanović Petrović Nikolić Marković Đorđević Stojanović Ilić Đukić Hadžić",
    ),
    "levant-irak": (
        "Rania Lina Dima Hiba Rasha Nour Yara",
        "Omar Bassel Firas Tarek Khaled Ammar Ziad",
        "Al-Hassan Al-Khatib Al-Ahmad Haddad Khoury Al-Masri Darwish Kanaan Al-Jaber Chamoun",
    ),
    "benelux": (
        "Anouk Els Lieve Femke Griet",
        "Joris Wouter Koen Pieter Bram",
        "van_den_Broeck Van_Damme van_der_Meulen Janssens Peeters Verstraeten De_Smet Vermeulen",
    ),
    "albanie-kosovo": (
        "Albana Jonida Erjona Blerta Arta",
        "Besnik Arben Ilir Driton Valon",
        "Krasniqi Gashi Berisha Hoxha Shala Kelmendi Dervishi",
    ),
}

# Share of each origin among the people cast. NATURAL is a plausible French SME workforce and
# clientele (France-born names first, then the Maghreb, Portugal, West Africa...). WEIGHTS,
# used to write the set, keeps every origin and the order of the common ones but gives the
# communities whose names the lexicon lacks (RARE: Madagascar, the Comoros and Mayotte, Tamil,
# Bangladeshi, Nepali, Chinese, Cambodian and Lao, Filipino, Armenian, Georgian, Chechen,
# Eritrean, Somali, Afghan and Ukrainian names) several times their national share, 42 % of the
# people instead of 9 %, and Balkan names and Cameroonian/Congolese surnames a little more. That
# is what it takes to bring the mentions absent from the lexicon above 30 % (32.4 % with SEED;
# 30.0-32.5 % with seeds 1 to 6); --check prints the share under both mixes.
NATURAL = {
    "france": 34, "bretagne": 3, "alsace-lorraine": 2, "sud-ouest-corse": 2, "maghreb": 15,
    "afrique-ouest": 7, "afrique-centrale": 4, "antilles-reunion": 4, "portugal": 6,
    "espagne": 3, "italie": 3, "turquie": 2, "vietnam": 2, "pologne": 1, "roumanie-moldavie": 1,
    "russie": 0.5, "madagascar": 1, "comores-mayotte": 1, "tamoul": 1, "bangladesh": 0.3,
    "inde-nepal": 0.3, "chine": 1.5, "cambodge-laos": 0.6, "philippines": 0.3, "armenie": 0.8,
    "georgie": 0.2, "tchetchenie-daghestan": 0.3, "erythree-ethiopie": 0.3, "somalie-soudan": 0.3,
    "afghanistan": 0.4, "ukraine": 0.6, "serbie-bosnie": 0.4, "albanie-kosovo": 0.3,
    "levant-irak": 0.6, "benelux": 0.4,
}
# The origins whose names are mostly missing from the lexicon.
RARE = ["madagascar", "comores-mayotte", "tamoul", "bangladesh", "inde-nepal", "chine",
        "cambodge-laos", "philippines", "armenie", "georgie", "tchetchenie-daghestan",
        "erythree-ethiopie", "somalie-soudan", "afghanistan", "ukraine"]
WEIGHTS = {
    "france": 17, "bretagne": 2, "alsace-lorraine": 1, "sud-ouest-corse": 1, "maghreb": 9,
    "afrique-ouest": 5, "afrique-centrale": 6, "antilles-reunion": 3, "portugal": 4,
    "espagne": 2, "italie": 2, "turquie": 2, "vietnam": 2, "pologne": 1, "roumanie-moldavie": 2,
    "russie": 1, "madagascar": 9, "comores-mayotte": 5, "tamoul": 7, "bangladesh": 2,
    "inde-nepal": 1, "chine": 5, "cambodge-laos": 2, "philippines": 1, "armenie": 2,
    "georgie": 1.5, "tchetchenie-daghestan": 1.5, "erythree-ethiopie": 2.5, "somalie-soudan": 1.5,
    "afghanistan": 2, "ukraine": 5, "serbie-bosnie": 1.5, "albanie-kosovo": 1.5,
    "levant-irak": 1.5, "benelux": 1,
}


# Negatives: never labeled; --check counts their occurrences in the stripped text.
NEG_STREETS = [
    "rue Victor Hugo", "avenue Jean Jaurès", "boulevard Voltaire", "rue Jean Moulin",
    "place du Général de Gaulle", "rue Gambetta", "avenue Pierre Brossolette",
    "rue Léon Blum", "allée Lucie Aubrac", "rue Danton", "avenue Marcel Cachin",
    "rue Paul Vaillant-Couturier", "quai Jean-Charles Rey", "impasse Camille Claudel",
    "rue Olympe de Gouges", "boulevard Pasteur", "avenue Albert Camus", "rue Édith Piaf",
    "rue du Docteur Roux", "rue de la Pierre Levée", "chemin de la Croix Rose",
    "rue des Olivettes", "rue Saint-Martin", "avenue Mohammed V", "rue Toussaint Louverture",
]
NEG_PLACES = [
    "lycée Jean Moulin", "collège Louise Michel", "école Jules Ferry", "lycée Marie Curie",
    "clinique Pasteur", "hôpital Bichat", "hôpital Necker", "CHU Charles Nicolle",
    "EHPAD Les Glycines", "gymnase Léo Lagrange", "stade Charléty", "piscine Jean Taris",
    "complexe sportif Alain Mimoun", "salle Pierre Mendès France", "gare Montparnasse",
    "Saint-Nazaire", "Saint-Priest", "Sainte-Foy-lès-Lyon", "Saint-Herblain",
    "Saint-Ouen", "Saint-Pierre", "Saint-Denis", "Villeneuve-Saint-Georges", "Mont-Saint-Aignan", "université Paul Sabatier",
    "IUT Henri Poincaré", "aéroport Nantes Atlantique", "centre aquatique Marie-José Pérec",
    "théâtre Jean Vilar", "conservatoire Darius Milhaud", "médiathèque Aimé Césaire",
    "Tennis Club Victor Hugo",
]
NEG_COMPANIES = [
    "Leroy Merlin", "Brico Dépôt", "Hermès", "Christian Dior", "Paul Bocuse", "Guy Degrenne",
    "Jean Lain Automobiles", "Marcel Robbez Masson", "Pierre Fabre", "Yves Rocher",
    "Jacques Dessange", "Franck Provost", "Maisons Pierre", "Transports Dupré & Fils",
    "Boulangerie Marie Blachère", "Optic 2000", "Afflelou", "Krys", "Pharmacie Ferrand",
    "Cabinet Lemoine Expertise", "SARL Garnier Peinture", "Kiloutou", "Manutan", "Bruneau",
    "Raja", "Lyreco", "Dalloz", "Lefebvre Dalloz", "La Poste", "Banque Populaire",
    "Crédit Mutuel", "Société Générale", "BNP Paribas", "Caisse d'Épargne", "Ibis", "Novotel",
    "Hôtel Le Saint-Louis", "Château de Vaux-le-Vicomte", "Domaine Saint-Hilaire",
    "Ricard", "Cointreau", "Lacoste", "Louis Vuitton", "Renault", "Citroën", "Peugeot",
    "Volvo", "Decathlon", "Carrefour", "Auchan",
]
NEG_WORDS = [
    "pierre", "pierres", "rose", "rosé", "olive", "olives", "Saint-Jean", "Sainte-Catherine",
    "Toussaint", "aimé", "aimée", "prudence", "victoire", "constance", "désiré", "clémentines",
    "marguerites", "violettes", "blanche", "céleste", "fleur de sel", "vert amande",
    "Saint-Valentin", "Noël", "félicité", "grâce à", "la Saint-Martin", "l'Ascension",
    "martin-pêcheur", "colombe", "rouge bordeaux", "Pâques", "Rose des vents",
]
NEG_SOFTWARE = [
    "GitLab", "GitHub", "Slack", "Excel", "LibreOffice", "Outlook", "Silae", "Payfit",
    "Sage Paie", "Lucca", "Cegid", "Pennylane", "Qonto", "Chorus Pro", "Booking.com",
    "Airbnb", "Doctolib", "Ameli", "Mattermost", "Trello", "Jenkins", "Django", "Hibernate",
    "Docker", "Kubernetes", "Alfred", "Ariane", "Hermès",
]
NEG_ALL = NEG_STREETS + NEG_PLACES + NEG_COMPANIES + NEG_WORDS + NEG_SOFTWARE
EPONYMS = [
    "Victor Hugo", "Jean Jaurès", "Voltaire", "Jean Moulin", "Gambetta", "Léon Blum",
    "Lucie Aubrac", "Danton", "Marcel Cachin", "Camille Claudel", "Olympe de Gouges",
    "Pasteur", "Albert Camus", "Édith Piaf", "Louise Michel", "Jules Ferry", "Marie Curie",
    "Léo Lagrange", "Jean Taris", "Alain Mimoun", "Pierre Mendès France", "Paul Sabatier",
    "Henri Poincaré", "Jean Vilar", "Darius Milhaud", "Aimé Césaire", "Leroy Merlin",
    "Christian Dior", "Paul Bocuse", "Guy Degrenne", "Pierre Fabre", "Yves Rocher",
    "Jacques Dessange", "Franck Provost", "Marie Blachère", "Louis Vuitton", "Toussaint Louverture",
    "Marie-José Pérec", "Charles Nicolle", "Bichat", "Necker",
]

CITIES = {"Paris": "75011", "Montreuil": "93100", "Saint-Denis": "93200", "Créteil": "94000",
          "Lyon": "69007", "Vénissieux": "69200", "Marseille": "13003", "Toulouse": "31200",
          "Nantes": "44200", "Rennes": "35000", "Lille": "59000", "Roubaix": "59100",
          "Bordeaux": "33800", "Strasbourg": "67100", "Grenoble": "38100", "Nice": "06300",
          "Mamoudzou": "97600", "Saint-Pierre": "97410", "Rouen": "76000", "Évry": "91000",
          "Argenteuil": "95100", "Clermont-Ferrand": "63000", "Le Mans": "72000",
          "Orléans": "45000", "Brest": "29200", "Mulhouse": "68100"}
MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
          "septembre", "octobre", "novembre", "décembre"]
DAYS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi"]
DOMAINS = ["exemple.fr", "example.com", "transports-rive.example", "optique-centre.example",
           "bureau-etudes.example", "club-athle.example", "hotel-quai.example",
           "numeris-dev.example", "cabinet-avocats.example", "banque-regionale.example",
           "fournitures-pro.example", "mairie-exemple.example"]
COMPANIES = ["Numeris SAS", "Atelier Verdure", "Logirive", "Batiplus Ouest", "Clim'Express",
             "Hexa Conseil", "Nettoyage Horizon", "Cuisines Atlas", "Imprimerie du Port",
             "TransVal Logistique", "Sécurité Alpha", "Menuiserie Bois Doré", "Eolys Énergie",
             "Les Ateliers Réunis", "Datagone", "Boulangerie des Halles", "Axiome Ingénierie"]

GENDERED = {"pologne", "russie", "tchetchenie-daghestan"}


def gendered(sur, sex):
    """Polish and Russian surnames agree with the bearer: Kowalski/Kowalska, Ivanov/Ivanova."""
    if sex == "f":
        if sur.endswith("ski") or sur.endswith("cki"):
            return sur[:-1] + "a"
        if sur.endswith("ov") or sur.endswith("ev"):
            return sur + "a"
    return sur


def unaccent(s):
    """ "Traoré" -> "Traore", "Đukić" -> "Dukic": the capitals of systems without accents."""
    s = unicodedata.normalize("NFKD", s.replace("Đ", "D").replace("đ", "d").replace("ı", "i").replace("ł", "l").replace("Ł", "L"))
    return "".join(ch for ch in s if not unicodedata.combining(ch))


def L(value):
    assert "⟦" not in value and "⟧" not in value and "|" not in value, value
    return "⟦PERSON|" + value + "⟧"


def E(addr):
    return "⟦EMAIL|" + addr + "⟧"


def slug(s):
    s = fold(s).replace("'", "").replace(" ", "").replace("_", "")
    return re.sub(r"[^a-z0-9-]", "", s)


def initials(first):
    """ "Jean-Pierre" -> "J.-P.", "Thi Huong" -> "T. H.", "Élodie" -> "É." """
    return " ".join("-".join(p[0] + "." for p in chunk.split("-")) for chunk in first.split(" "))


def core(last):
    """The surname without its lower-case particles: "de la Roncière" -> "Roncière"."""
    words = last.split(" ")
    while len(words) > 1 and words[0][0].islower():
        words = words[1:]
    return " ".join(words)


class Person:
    def __init__(self, first, last, sex, origin, r):
        self.first, self.last, self.sex, self.origin, self.r = first, last, sex, origin, r

    @property
    def f(self):
        return self.sex == "f"

    def e(self, fem, masc):
        return fem if self.f else masc

    def civ(self):
        return "Mme" if self.f else "M."

    def civl(self):
        return "Madame" if self.f else "Monsieur"

    def full(self):
        return L(self.first + " " + self.last)

    def fup(self):
        return L(self.first + " " + self.last.upper())

    def adm(self):
        return L(self.last.upper() + " " + self.first)

    def inv(self):
        return L(self.last + " " + self.first)

    def ini(self):
        """ "J.-P. Caron"; a first name in M is written out ("M. Diallo" reads as Monsieur)."""
        if self.first.startswith("M"):
            return self.full()
        return L(initials(self.first) + " " + self.last)

    def abbr(self):
        """ "Marie D.", as in reviews, chats and sign-up lists."""
        return L(self.first + " " + core(self.last)[0] + ".")

    def sur(self):
        return L(self.last)

    def SUR(self):
        return L(self.last.upper())

    def SURX(self):
        """The surname in capitals without accents, as many payroll and club databases store it."""
        return L(unaccent(self.last).upper())

    def ADMX(self):
        """ "GUERIN MELANIE": surname and first name in capitals without accents (payroll exports)."""
        return L(unaccent(self.last + " " + self.first).upper())

    def typed(self, r):
        """ "Nom ; Prénom" as a member typed them in an online form: sometimes all lower-case."""
        if r.random() < 0.15:
            return L(self.last.lower()), L(self.first.lower())
        return r.choice([self.SUR, self.SURX, self.sur])(), self.fn()

    def fn(self):
        return L(self.first)

    def cs(self, nbsp=False):
        """Civility and surname, "Mme ⟦PERSON|Diallo⟧"; word processors often put an NBSP between."""
        return self.civ() + (NBSP if nbsp or self.r.random() < 0.15 else " ") + self.sur()

    def cl(self):
        return self.civl() + " " + self.sur()

    def name(self, r):
        return r.choice([self.full, self.full, self.full, self.fup, self.adm, self.ini])()

    def mail(self, r, domain=None):
        d = domain or r.choice(DOMAINS)
        f, l = slug(self.first), slug(self.last)
        return E(r.choice([f + "." + l, f + "." + l, f[0] + "." + l, f[0] + l, l + "." + f, l]) + "@" + d)


class Casting:
    def __init__(self, r, weights):
        self.r = r
        self.origins = sorted(weights)
        self.weights = [weights[o] for o in self.origins]
        self.used = set()

    def person(self, sex=None, origin=None):
        r = self.r
        while True:
            o = origin or r.choices(self.origins, self.weights)[0]
            fem, masc, last = POOLS[o]
            s = sex or r.choice("fm")
            first = r.choice((fem if s == "f" else masc).split()).replace("_", " ")
            # one person in twenty carries a surname from another origin (marriage, adoption)
            lo = r.choices(self.origins, self.weights)[0] if r.random() < 0.05 else o
            sur = r.choice(POOLS[lo][2].split()).replace("_", " ")
            if lo in GENDERED:
                sur = gendered(sur, s)
            if (first, sur) not in self.used and fold(first) != fold(sur):
                self.used.add((first, sur))
                return Person(first, sur, s, o, r)

    def cast(self, n):
        return [self.person() for _ in range(n)]


def fdate(r, year=2026):
    d, m = r.randint(1, 28), r.randint(1, 12)
    return r.choice([f"{d} {MONTHS[m - 1]} {year}", f"{d:02d}/{m:02d}/{year}"])


def sdate(r, year=2026):
    return f"{r.randint(1, 28):02d}/{r.randint(1, 12):02d}/{year}"


def phone(r):
    return r.choice(["06", "07", "01", "04", "09"]) + "".join(f" {r.randint(0, 99):02d}" for _ in range(4))


def city(r):
    return r.choice(sorted(CITIES))


def addr(r, c=None):
    c = c or city(r)
    street = r.choice(NEG_STREETS + ["rue des Tanneurs", "rue de la République",
                                     "zone artisanale des Landes", "rue du Stade", "allée des Érables"])
    return f"{r.randint(1, 160)} {street}, {CITIES[c]} {c}"


def euros(r, lo, hi):
    v = r.randint(lo * 100, hi * 100) / 100
    return f"{v:,.2f}".replace(",", NBSP).replace(".", ",") + NBSP + "€"


def ref(r, prefix):
    return f"{prefix}-{r.randint(2025, 2026)}-{r.randint(100, 9999):04d}"


def of(text):
    """ "de" or "d'" before a labeled name: l'avis d'⟦PERSON|Inès⟧."""
    value = text[len("⟦PERSON|"):]
    return ("d'" if fold(value[0]) in "aeiouy" else "de ") + text


def de(word):
    """ "de" before a month or a city, elided when needed: d'octobre, de mars, du Mans."""
    if word.startswith("Le "):
        return "du " + word[3:]
    return ("d'" if fold(word[0]) in "aeiouyh" else "de ") + word


# Short forms colleagues use; a nickname is a mention of the person like any other.
NICKS = {"Sébastien": "Seb", "Mickaël": "Mika", "Alexandre": "Alex", "Christophe": "Chris",
         "Nathalie": "Nath", "Stéphanie": "Steph", "Jean-Baptiste": "JB",
         "Frédéric": "Fred", "Stéphane": "Steph", "Maximilien": "Max", "Valentin": "Val",
         "Oleksandr": "Sasha", "Oleksandra": "Sasha", "Abdelkader": "Kader", "Abdelhamid": "Hamid",
         "Mohamed": "Momo", "Fatoumata": "Fatou", "Kateryna": "Katia", "Dmytro": "Dima",
         "Francesca": "Fra", "Jean-François": "Jeff"}


def nick(p):
    """The nickname when the first name has a common one, the first name otherwise."""
    return L(NICKS.get(p.first, p.first))


def nee(r, c, p):
    """ ", née ⟦PERSON|Benali⟧": the birth name of a married woman, in one letter in three."""
    if not p.f or r.random() > 0.33:
        return ""
    birth = c.person(sex="f", origin=p.origin).last
    return ", née " + L(birth.upper() if r.random() < 0.5 else birth)



def plain(text):
    """The text a reader sees: labels replaced by their values."""
    return LABEL.sub(lambda m: m.group(1).partition("|")[2], text)


def pad(text, width):
    """Pads a cell to a width measured on what the reader sees, for aligned columns."""
    return text + " " * max(1, width - len(plain(text)))


def opt(r, p, text):
    """An optional line: present with probability p."""
    return text if r.random() < p else None


def lines(*parts):
    """Joins the lines that are present (optional lines are None)."""
    return "\n".join(x for x in parts if x is not None) + "\n"


# ---------------------------------------------------------------------------------------------
# Document types. Each template takes the random generator and a Casting and returns the
# labeled text; a type is a list of templates used in turn.

# Job titles that read the same for a woman or a man.
JOBS = ["gestionnaire ADV", "agent de maintenance", "comptable", "cariste", "agent d'entretien",
        "secrétaire de direction", "commis de cuisine", "chef d'équipe", "responsable logistique",
        "juriste", "architecte", "gestionnaire de paie", "responsable qualité", "agent de quai",
        "chargé(e) de clientèle", "aide-soignant(e)", "conducteur(trice) poids lourd"]


def paie_bulletin(r, c):
    sal, gest = c.cast(2)
    co, ville = r.choice(COMPANIES), city(r)
    m = r.randint(1, 12)
    base = r.randint(1800, 3400)
    name = r.choice([sal.adm, sal.adm, sal.fup])()
    return lines(
        f"BULLETIN DE PAIE{r.choice([' — ', ' - ', '  '])}Période du 01/{m:02d}/2026 au 28/{m:02d}/2026",
        f"{co}, {addr(r, ville)}",
        f"Convention collective : {r.choice(['Commerce de gros', 'Transports routiers', 'Syntec', 'Propreté', 'Hôtels, cafés, restaurants'])}",
        "",
        f"Salarié{sal.e('e', '')} : {name}",
        f"Matricule : {r.randint(10, 990):05d}      Emploi : {r.choice(JOBS)}",
        f"Entrée le : {sdate(r, r.randint(2012, 2025))}      Coefficient : {r.randint(150, 400)}",
        "",
        f"{'Rubrique':<34}{'Base':>10}{'Taux':>10}{'Montant':>14}",
        f"{'Salaire de base':<34}{'151,67':>10}{'':>10}{base:>11},00 €",
        opt(r, 0.6, f"{'Heures supplémentaires 25 %':<34}{r.randint(2, 14):>10}{'':>10}{r.randint(40, 260):>11},00 €"),
        opt(r, 0.5, f"{'Prime panier':<34}{r.randint(10, 22):>10}{'':>10}{r.randint(60, 180):>11},00 €"),
        f"{'Net à payer avant impôt':<54}{base - r.randint(380, 700):>11},00 €",
        "",
        f"Payé par virement le {sdate(r)} au compte de {sal.civ()} {sal.SUR()}.",
        opt(r, 0.7, f"Absence du {r.randint(1, 12):02d}/{m:02d} au {r.randint(13, 27):02d}/{m:02d} (maladie) — "
                    f"justificatif transmis par {sal.fn()} le {sdate(r)}."),
        f"Gestionnaire de paie : {gest.full()} — {phone(r)}",
        "Dans votre intérêt et pour vous aider à faire valoir vos droits, conservez ce bulletin sans limitation de durée.",
    )


def paie_mail(r, c):
    sal, gest, chef = c.cast(3)
    m = MONTHS[r.randint(0, 11)]
    tu = r.random() < 0.5
    return lines(
        f"De : {gest.full()} <{gest.mail(r)}>",
        f"À : {sal.full()} <{sal.mail(r)}>",
        opt(r, 0.6, f"Cc : {chef.full()} <{chef.mail(r)}>"),
        f"Objet : {r.choice(['Bulletin rectificatif', 'Rappel de salaire', 'Votre bulletin de paie'])} — {m} 2026",
        "",
        f"Bonjour {sal.fn() if tu else sal.cs()},",
        "",
        (f"Comme convenu avec {chef.fn()}, je t'envoie le bulletin {de(m)} rectifié : les {r.randint(3, 12)} heures "
         f"de nuit du chantier de {city(r)} n'avaient pas été saisies." if tu else
         f"Suite à votre appel, vous trouverez ci-joint le bulletin {de(m)} rectifié. Les heures validées par "
         f"{chef.cs()} ont été ajoutées (rubrique « heures supplémentaires 25 % »)."),
        f"Le rappel de {euros(r, 40, 420)} brut sera versé avec la paie du mois prochain.",
        opt(r, 0.5, f"Pour la mutuelle, {r.choice(['le service RH', 'ma collègue ' + c.person(sex='f').full()])} te recontactera."
            if tu else "Pour toute question sur la mutuelle, le service RH reste à votre disposition."),
        "",
        r.choice(["Bonne journée,", "Cordialement,", "Bien à vous,"]),
        gest.fup() if r.random() < 0.3 else gest.full(),
        f"Service paie — {r.choice(COMPANIES)}",
        opt(r, 0.4, "Traitement : Silae / export Excel"),
    )


def paie_journal(r, c):
    """A payroll journal: one line per employee, the way accountants receive it."""
    staff = c.cast(r.randint(6, 9))
    comp = c.person()
    # one export, one format: accents kept or not
    fmt = r.choice([lambda p: p.adm, lambda p: p.ADMX])
    m = r.randint(1, 12)
    out = [f"JOURNAL DE PAIE — {MONTHS[m - 1]} 2026 — {r.choice(COMPANIES)}",
           f"Édité le {r.randint(25, 28):02d}/{m:02d}/2026 — Sage Paie", "",
           f"{'Mat.':<7}{'Salarié':<34}{'Brut':>10}{'Cotis.':>10}{'Net':>10}"]
    for p in staff:
        brut = r.randint(1750, 4200)
        cot = int(brut * r.uniform(0.21, 0.24))
        out.append(f"{r.randint(1, 999):05d}  {pad(fmt(p)(), 34)}{brut:>10}{cot:>10}{brut - cot:>10}")
    out += ["", f"Observations : entrée de {staff[0].full()} au {r.randint(1, 15):02d}/{m:02d} ; "
            f"{r.choice(['solde de tout compte', 'arrêt maladie', 'congé parental'])} pour {staff[1].cs()}.",
            f"Transmis au cabinet comptable ({comp.full()}) pour contrôle."]
    return lines(*out)


def rh_convocation(r, c):
    sal, drh, rep = c.cast(3)
    ville = city(r)
    return lines(
        r.choice(COMPANIES),
        addr(r, ville),
        "",
        f"{' ' * 40}{sal.civl()} {sal.adm() if r.random() < 0.5 else sal.full()}",
        f"{' ' * 40}{addr(r)}",
        "",
        "Lettre recommandée avec accusé de réception",
        f"{ville}, le {fdate(r)}",
        "",
        "Objet : convocation à un entretien préalable",
        "",
        f"{sal.civl()},",
        "",
        f"Nous envisageons de prendre à votre égard une mesure de {r.choice(['licenciement', 'sanction disciplinaire pouvant aller jusqu’au licenciement'])}.",
        f"Nous vous convoquons à un entretien préalable le {fdate(r)} à {r.randint(9, 16)} h, dans le bureau de "
        f"{drh.civ()} {drh.sur()}, {r.choice(['au siège', 'au 2e étage', 'salle Pierre Mendès France'])}.",
        "Lors de cet entretien, vous pourrez vous faire assister par une personne de votre choix appartenant au personnel",
        f"de l'entreprise, par exemple {rep.cs()}, membre élu{rep.e('e', '')} du CSE.",
        "",
        f"Veuillez agréer, {sal.civl()}, l'expression de nos salutations distinguées.",
        "",
        drh.full() if r.random() < 0.6 else drh.fup(),
        f"{drh.e('Directrice', 'Directeur')} des ressources humaines",
    )


def rh_certificat(r, c):
    drh, sal = c.cast(2)
    co = r.choice(COMPANIES)
    ville = city(r)
    return lines(
        r.choice(["CERTIFICAT DE TRAVAIL", "ATTESTATION EMPLOYEUR", "Certificat de travail"]),
        "",
        f"Je soussigné{drh.e('e', '')}, {drh.full()}, agissant en qualité de {r.choice(['gérant' if not drh.f else 'gérante', 'DRH', 'directrice administrative' if drh.f else 'directeur administratif'])} de la société {co},",
        f"dont le siège est situé {addr(r, ville)},",
        "",
        f"certifie que {sal.civl()} {sal.adm() if r.random() < 0.4 else sal.full()}{nee(r, c, sal)}, demeurant {addr(r)},",
        f"a été employé{sal.e('e', '')} dans notre entreprise du {fdate(r, r.randint(2015, 2024))} au {fdate(r)},",
        f"en qualité {de(r.choice(JOBS))}{r.choice(['', ', statut employé', ', statut agent de maîtrise'])}.",
        "",
        f"{sal.cs()} nous quitte libre de tout engagement{r.choice(['.', ', à sa demande.', ' à l’issue de sa période de préavis.'])}",
        opt(r, 0.5, f"Portabilité de la prévoyance : {sal.civ()} {sal.sur()} en bénéficie pendant 12 mois."),
        "",
        f"Fait à {ville}, le {fdate(r)}, pour servir et valoir ce que de droit.",
        "",
        drh.ini() if r.random() < 0.5 else drh.full(),
    )


ABS = ["Maladie", "Congé payé", "RTT", "Accident du travail", "Congé maternité",
       "Congé paternité", "Enfant malade", "Absence injustifiée", "Formation"]


def absences_tsv(r, c):
    team = c.cast(r.randint(5, 8))
    valid = c.cast(2)
    m = r.randint(1, 12)
    rows = ["NOM\tPrénom\tService\tMotif\tDu\tAu\tJours\tJustificatif\tValidé par"]
    plain_caps = r.random() < 0.5
    for p in team:
        d1 = r.randint(1, 20)
        d2 = d1 + r.randint(0, 7)
        v = r.choice(valid)
        rows.append("\t".join([(p.SURX if plain_caps else p.SUR)(), p.fn(), r.choice(["Logistique", "ADV", "Atelier", "Compta", "SAV"]),
                               r.choice([a for a in ABS if a != p.e("Congé paternité", "Congé maternité")]), f"{d1:02d}/{m:02d}/2026", f"{d2:02d}/{m:02d}/2026",
                               str(d2 - d1 + 1), r.choice(["oui", "oui", "non", "en attente"]),
                               r.choice([v.abbr, v.ini, v.fn])()]))
    return lines(
        f"Suivi des absences — {MONTHS[m - 1]} 2026 (copie de l'onglet « Absences »)",
        *rows,
        "",
        opt(r, 0.7, f"Remarque : arrêt de {team[0].fn()} prolongé, attestation de salaire à envoyer à l'Ameli."),
        opt(r, 0.5, "Les demandes de congés passent désormais par Lucca (plus par Outlook)."),
    )


def absences_note(r, c):
    rh = c.person()
    team = c.cast(r.randint(4, 6))
    out = [f"Objet : point absentéisme — semaine {r.randint(2, 51)}", "",
           r.choice(["Bonjour à tous,", "Bonjour,"]), "",
           "Voici les absences à connaître pour organiser les plannings :"]
    for p in team:
        kind = r.choice(["arrêt maladie", p.e("congé maternité", "congé paternité"), "congés payés", "accident du travail (déclaré le " + sdate(r) + ")", "formation CACES"])
        rep = c.person()
        out.append(f"{r.choice(['-', '•', '*'])} {r.choice([p.abbr, p.full, p.adm])()} : {kind} jusqu'au {sdate(r)}"
                   + r.choice([f" ; remplacement par {rep.full()}", f" (remplacé{p.e('e', '')} par {rep.fn()})", ""]))
        if r.random() < 0.3:
            out.append(f"  → {p.civ()} {p.sur()} a demandé un temps partiel thérapeutique à son retour.")
    out += ["", f"Merci de ne pas diffuser les motifs d'absence au-delà des responsables d'équipe.",
            "", rh.fn() if r.random() < 0.5 else rh.full(), "Ressources humaines"]
    return lines(*out)


def devis_formel(r, c):
    com, cli, tech = c.cast(3)
    co = r.choice(["Clim'Express", "Batiplus Ouest", "Menuiserie Bois Doré", "Atelier Verdure", "Eolys Énergie"])
    items = r.sample([("Dépose et évacuation de l'ancien carrelage", 380, 900),
                      ("Fourniture carrelage effet pierre 60x60", 600, 1800),
                      ("Peinture murs, teinte vert olive", 300, 1100),
                      ("Pose d'une pompe à chaleur air/eau", 5200, 9800),
                      ("Fourniture et pose d'une porte-fenêtre PVC", 900, 2300),
                      ("Taille de haies et évacuation des déchets verts", 180, 600),
                      ("Remplacement du ballon d'eau chaude 200 L", 900, 1700),
                      ("Main-d'œuvre (forfait journée)", 350, 560)], 3)
    rows = [f"{pad(d, 52)}{euros(r, lo, hi)}" for d, lo, hi in items]
    return lines(
        f"{co.upper()}",
        addr(r),
        f"Tél. {phone(r)} — {com.mail(r)}",
        "",
        f"DEVIS N° {ref(r, 'DV')}{' ' * 8}Date : {sdate(r)}{' ' * 4}Validité : 30 jours",
        "",
        "Client :",
        f"  {cli.civl()} {cli.name(r)}",
        f"  {addr(r)}",
        opt(r, 0.6, f"  Tél. {phone(r)}"),
        "",
        f"Votre interlocut{com.e('rice', 'eur')} : {com.full()}",
        opt(r, 0.7, f"Visite technique réalisée le {sdate(r)} par {tech.full()}."),
        "",
        *rows,
        "",
        f"TVA {r.choice(['10 %', '5,5 %', '20 %'])} — Acompte de 30 % à la commande.",
        "",
        "Bon pour accord (date, signature et mention « devis reçu avant l'exécution des travaux ») :",
        f"Nom du signataire : {cli.adm()}",
    )


def devis_mail(r, c):
    com, cli = c.cast(2)
    tech = c.person()
    return lines(
        f"Objet : Votre devis n° {ref(r, 'D')} — {r.choice(['rénovation salle de bain', 'installation climatisation', 'aménagement cuisine', 'entretien espaces verts'])}",
        "",
        f"Bonjour {cli.cl()},",
        "",
        f"Suite à la visite de {tech.fn()} {r.choice(['mardi dernier', 'le ' + sdate(r), 'hier'])}, veuillez trouver ci-joint notre proposition.",
        f"Nous avons retenu le plan de travail en pierre reconstituée et les façades {r.choice(['vert amande', 'blanche', 'rouge bordeaux'])} que vous aviez choisies.",
        opt(r, 0.4, "Pour obtenir le rendu désiré, nous conseillons deux couches de finition."),
        f"Le montant total s'élève à {euros(r, 2400, 14000)} TTC ; {r.choice(['le délai d’intervention est de trois semaines.', 'les travaux peuvent démarrer après la Toussaint.', 'une aide MaPrimeRénov’ est possible.'])}",
        opt(r, 0.5, f"{tech.cs()} reste votre contact sur le chantier ({phone(r)})."),
        "",
        "Restant à votre disposition,",
        r.choice([com.full, com.fup])(),
        f"{com.e('Chargée', 'Chargé')} d'affaires — {r.choice(COMPANIES)}",
        "",
        r.choice(["> ", "De : "]) + f"{cli.full()}",
        f"> Bonjour, pouvez-vous m'envoyer le devis comme convenu ? Ma femme, {c.person(sex='f').fn()}, préfère être appelée après 18 h."
        if not cli.f else f"> Bonjour, pouvez-vous m'envoyer le devis ? Mon mari, {c.person(sex='m').fn()}, sera présent pour les travaux.",
    )


def commande_tableau(r, c):
    dem, val, liv = c.cast(3)
    four = r.choice(["Manutan", "Lyreco", "Raja", "Bruneau", "Kiloutou", "Brico Dépôt", "Leroy Merlin", "Lefebvre Dalloz"])
    items = r.sample(["Ramettes papier A4 80 g", "Chaises de bureau ergonomiques", "Rouleaux de film étirable",
                      "Gants de manutention T9", "Toner noir", "Armoire à rideaux", "Transpalette manuel",
                      "Cartons double cannelure", "Casques antibruit"], 3)
    out = [f"BON DE COMMANDE N° {ref(r, 'BC')}", f"Fournisseur : {four}", "",
           "| Réf. | Désignation | Qté | PU HT |", "|---|---|---|---|"]
    for it in items:
        out.append(f"| {r.randint(10000, 99999)} | {it} | {r.randint(1, 40)} | {euros(r, 3, 300)} |")
    out += ["",
            f"| Demandeur | {dem.full()} |",
            f"| Validation N+1 | {val.ini() if r.random() < 0.5 else val.full()} |",
            f"| Livraison à l'attention de | {liv.civ()} {liv.SUR()} — quai {r.randint(1, 6)} |",
            opt(r, 0.5, f"| Centre de coût | {r.randint(400, 899)} |"),
            "",
            f"Livraison {r.choice(['avant le ' + sdate(r), 'en une seule fois', 'hors jours fériés (Pâques)'])}."]
    return lines(*out)


def commande_demande(r, c):
    dem, val, ach = c.cast(3)
    return lines(
        "DEMANDE D'ACHAT INTERNE",
        f"Date : {sdate(r)}",
        f"Demandeu{dem.e('se', 'r')} : {dem.adm()}{r.choice([' (atelier)', ' — service technique', ''])}",
        f"Motif : {r.choice(['remplacement matériel cassé', 'nouvelle embauche', 'mise en conformité', 'ouverture du dépôt de Saint-Priest'])}",
        f"Fournisseur proposé : {r.choice(['Manutan', 'Raja', 'Lyreco', 'Decathlon Pro', 'Brico Dépôt', 'Leroy Merlin', 'Kiloutou', 'Dalloz'])}",
        f"Montant estimé : {euros(r, 80, 4200)} HT",
        "",
        f"Avis du responsable : {r.choice(['favorable', 'favorable sous réserve du budget', 'à revoir'])} — {val.full()}",
        f"Visa achats : {ach.abbr() if r.random() < 0.5 else ach.ini()}",
        opt(r, 0.6, f"Commentaire : {val.fn()} demande un second devis ; voir avec {ach.civ()}{NBSP}{ach.sur()}."),
    )


def odj_liste(r, c):
    people = c.cast(r.randint(4, 6))
    pres = people[0]
    topics = r.sample(["Budget 2027", "Déménagement du dépôt", "Recrutements en cours",
                       "Bilan sécurité (accidents du travail)", "Nouveau logiciel de paie (Payfit)",
                       "Plan de formation", "Salon professionnel de mars", "Retour client Carrefour",
                       "Organisation des astreintes de Noël", "Questions diverses"], len(people))
    out = [r.choice(["ORDRE DU JOUR", "Ordre du jour", "Réunion de direction — ordre du jour"]),
           f"{r.choice(DAYS).capitalize()} {fdate(r)}, {r.randint(8, 15)} h, {r.choice(['salle Rose', 'salle du 3e', 'visio'])}",
           f"Animation : {pres.full()}", ""]
    sep = r.choice([" — ", " : ", " – "])
    for i, (t, p) in enumerate(zip(topics, people), 1):
        out.append(f"{i}. {t}{sep}{r.choice([p.full, p.fup, p.abbr])()}{r.choice(['', ', 15 min', ', 10 min', ', 30 min'])}")
    exc = c.person()
    out += ["", f"Excusé{exc.e('e', '')} : {exc.full()}", opt(r, 0.6, f"Merci d'envoyer vos documents à {pres.fn()} la veille.")]
    return lines(*out)


def odj_table(r, c):
    people = c.cast(4)
    if r.random() < 0.7:
        guest = c.person()
        invite = f"Invité{guest.e('e', '')} : {guest.civ()} {guest.sur()} (cabinet conseil)"
        people.append(guest)
    else:
        invite = None
    out = [f"COPIL {r.choice(['Projet Atlas', 'Migration ERP', 'Ouverture boutique', 'Certification ISO 9001'])} — {fdate(r)}",
           "Convoqués : " + ", ".join(p.full() for p in people[:4]),
           invite, "",
           f"{'Sujet':<38}{'Porteur':<28}Durée"]
    for t in r.sample(["Validation du compte rendu précédent", "Avancement des lots", "Risques et alertes",
                       "Arbitrage budget", "Calendrier de la recette", "Communication interne"], 4):
        p = r.choice(people)
        out.append(f"{t:<38}{pad(r.choice([p.fn, p.abbr, p.full])(), 28)}{r.choice(['10', '15', '20', '30'])} min")
    out += ["", f"Secrétariat de séance : {people[1].fn()}"]
    return lines(*out)


def cv_synthese(r, c):
    cand, ref1, rec = c.cast(3)
    return lines(
        f"SYNTHÈSE DE CANDIDATURE — {r.choice(['Poste', 'Réf.'])} {ref(r, 'REC')}",
        f"Candidat{cand.e('e', '')} : {cand.adm() if r.random() < 0.5 else cand.full()}",
        f"Poste visé : {r.choice(JOBS)}",
        f"Mobilité : {city(r)} et alentours{r.choice(['', ' ; permis B', ' ; véhicule personnel'])}",
        "",
        "Parcours :",
        f"- {r.randint(2015, 2021)}–{r.randint(2022, 2026)} : {r.choice(['Decathlon', 'Carrefour', 'Auchan', 'Louis Vuitton', 'Pierre Fabre', 'La Poste'])}, {r.choice(JOBS)}",
        f"- {r.randint(2008, 2014)}–{r.randint(2015, 2019)} : {r.choice(COMPANIES)}, {r.choice(JOBS)}",
        f"- Formation : {r.choice(['BTS au lycée Jean Moulin', 'IUT Henri Poincaré', 'université Paul Sabatier', 'bac pro au lycée Marie Curie'])}",
        "",
        f"Références : {ref1.full()}, ancien{ref1.e('ne', '')} responsable (joint{ref1.e('e', '')} le {sdate(r)}, avis très positif).",
        opt(r, 0.6, f"Cooptation : recommandé{cand.e('e', '')} par {rec.full()} (équipe {r.choice(['SAV', 'logistique', 'compta'])})."),
        "",
        f"Avis : {cand.fn()} {r.choice(['est très à l’aise à l’oral', 'connaît Sage Paie et Excel', 'a une vraie expérience terrain', 'manque d’expérience en management'])}. "
        f"{r.choice(['À revoir en second entretien avec ' + rec.civ() + ' ' + rec.sur() + '.', 'Disponible immédiatement.', 'Préavis d’un mois.'])}",
    )


LANGS = {"maghreb": "arabe", "portugal": "portugais", "espagne": "espagnol", "italie": "italien",
         "turquie": "turc", "madagascar": "malgache", "comores-mayotte": "shimaoré, comorien",
         "tamoul": "tamoul, anglais", "chine": "mandarin", "pologne": "polonais",
         "ukraine": "ukrainien, russe", "afrique-ouest": "wolof, anglais", "vietnam": "vietnamien",
         "erythree-ethiopie": "tigrinya, anglais", "armenie": "arménien", "russie": "russe",
         "roumanie-moldavie": "roumain", "afghanistan": "dari, pachto", "bangladesh": "bengali",
         "somalie-soudan": "somali, arabe", "georgie": "géorgien, russe"}


def cv_court(r, c):
    cand = c.person()
    rec = c.person()
    langs = "français, " + LANGS.get(cand.origin, r.choice(["anglais (B2)", "espagnol", "anglais courant"]))
    b = r.choice(["•", "-", "*"])
    return lines(
        f"Profil — {cand.fup() if r.random() < 0.5 else cand.adm()}",
        f"{b} {r.randint(2, 18)} ans d'expérience ({r.choice(JOBS)})",
        f"{b} Langues : {langs}",
        f"{b} Atouts : {r.choice(['CACES 1, 3 et 5', 'habilitation électrique', 'permis C', 'certificat Voltaire', 'HACCP'])}",
        f"{b} Disponibilité : {r.choice(['immédiate', 'après le ' + sdate(r), 'sous un mois'])}",
        "",
        f"Entretien téléphonique mené par {rec.full()} le {sdate(r)} : {cand.fn()} a {r.choice(['bien présenté son parcours', 'posé de bonnes questions', 'hésité sur les horaires de nuit'])}.",
        opt(r, 0.5, f"Note de {rec.fn()} : à présenter à {c.person().cs()} pour le poste {de(city(r))} ; l'avis {of(cand.fn())} sur le travail de nuit est à creuser."),
    )


def projet_meteo(r, c):
    cp, sponsor, a, b, d = c.cast(5)
    proj = r.choice(["Refonte du site e-commerce", "Déploiement WMS entrepôt", "Migration paie vers Silae",
                     "Nouvelle ligne de conditionnement", "Dématérialisation des factures (Chorus Pro)"])
    return lines(
        f"RAPPORT D'AVANCEMENT — {proj}",
        f"Semaine {r.randint(2, 50)} | Chef de projet : {cp.full()} | Sponsor : {sponsor.cs()}",
        f"Météo : {r.choice(['☀ vert', '⛅ orange', '☂ rouge'])}",
        "",
        "Faits marquants",
        opt(r, 0.4, f"- Le chatbot RH « Alfred » est en production ; les tickets passent de Trello à Mattermost."),
        f"- Recette du lot {r.randint(1, 4)} terminée par {a.full()} et {b.fn()} ; {r.randint(3, 19)} anomalies ouvertes.",
        f"- {r.choice(['Atelier avec les utilisateurs', 'Démo au comité de direction', 'Formation des référents'])} le {sdate(r)}, animé par {cp.fn()}.",
        opt(r, 0.6, f"- Arrivée de {d.full()} ({r.choice(['développeuse', 'consultant', 'alternante', 'chef de quai'])}) en renfort."),
        "",
        "Points d'attention",
        f"- {a.fn()} absent{a.e('e', '')} deux semaines à partir du {sdate(r)} : {b.abbr()} assure l'intérim.",
        f"- Dépendance au prestataire : relance faite par {sponsor.civ()} {sponsor.sur()} le {sdate(r)}.",
        opt(r, 0.5, "- Risque de glissement après la Toussaint si la migration Docker n'est pas validée."),
        "",
        "Prochaines étapes",
        f"- Décision go/no-go : {r.choice(DAYS)} {sdate(r)} ({sponsor.full()}, {cp.full()})",
    )


def projet_tableau(r, c):
    team = c.cast(5)
    cp = team[0]
    out = [f"Projet {r.choice(['ATLAS', 'OPALE', 'ARIANE', 'Rose des vents', 'Hélios', 'Nouvelle agence de Saint-Herblain'])} — état des lots au {sdate(r)}",
           f"Rédigé par {cp.fup() if r.random() < 0.5 else cp.full()}", "",
           f"{'Lot':<20}{'Responsable':<28}{'Avancement':<12}Commentaire"]
    notes = ["RAS", "en retard (fournisseur)", "attend validation", "terminé", "reprise des données en cours", "bloqué : accès VPN"]
    for i, lot in enumerate(r.sample(["Infrastructure", "Reprise données", "Formation", "Paramétrage", "Recette", "Communication"], 4)):
        p = team[i + 1]
        out.append(f"{lot:<20}{pad(r.choice([p.full, p.adm, p.abbr])(), 28)}{str(r.randint(10, 100)) + ' %':<12}{r.choice(notes)}")
    out += ["", f"Décisions : {r.choice(['report de la bascule', 'recrutement d’un intérimaire', 'budget complémentaire accordé'])} "
            f"(validé par {team[r.randint(1, 4)].cs()})."]
    return lines(*out)


def prudhommes_synthese(r, c):
    sal, avs, avd, chef, tem = c.cast(5)
    co = r.choice(COMPANIES)
    return lines(
        "CONSEIL DE PRUD'HOMMES DE " + r.choice(["PARIS", "LYON", "BOBIGNY", "NANTES", "MARSEILLE", "CRÉTEIL"]),
        f"RG n° {r.randint(20, 26)}/{r.randint(100, 9999):05d} — Section {r.choice(['commerce', 'industrie', 'activités diverses'])}",
        "",
        f"Affaire : {sal.civ()} {sal.adm()} c/ SAS {co}",
        f"Conseil du demandeur : Me {avs.full()}, avocat{avs.e('e', '')} au barreau {de(city(r))}",
        f"Conseil de la défenderesse : Me {avd.full()}",
        "",
        "Résumé des faits",
        f"{sal.cs()} a été embauché{sal.e('e', '')} le {fdate(r, r.randint(2014, 2022))} en qualité {de(r.choice(JOBS))}.",
        f"{sal.e('Elle', 'Il')} soutient avoir accompli des heures supplémentaires non payées à la demande de son responsable, "
        f"{chef.civ()} {chef.full()}, et produit l'attestation d'un collègue, {tem.full()}.",
        f"La société conteste : selon {chef.civ()} {chef.sur()}, les relevés de badge ne font apparaître aucun dépassement.",
        "",
        "Demandes",
        f"- rappel de salaire : {euros(r, 1200, 9000)}",
        f"- dommages et intérêts pour licenciement sans cause réelle et sérieuse : {euros(r, 5000, 30000)}",
        "",
        f"Audience de jugement : {fdate(r)}. Prochaines conclusions de Me {avd.sur()} attendues le {sdate(r)}.",
    )


def prudhommes_note(r, c):
    ger, sal, avo, drh = c.cast(4)
    return lines(
        r.choice(["NOTE CONFIDENTIELLE", "Note de synthèse — confidentiel"]),
        f"À l'attention de {ger.civl()} {ger.full()}, {ger.e('gérante', 'gérant')}",
        f"De : Me {avo.full()}",
        f"Date : {fdate(r)}",
        f"Dossier : {sal.adm()} / prud'hommes",
        "",
        f"{ger.civl()},",
        "",
        f"Vous m'avez interrogé{avo.e('e', '')} sur les chances de succès de {sal.civ()} {sal.sur()}. "
        f"La convention de forfait jours qu'{sal.e('elle', 'il')} a signée ne prévoit aucun entretien annuel de suivi de la charge ;",
        "elle est donc probablement inopposable, et les heures supplémentaires seraient dues.",
        f"Je vous conseille de réunir les comptes rendus d'entretien que {drh.civ()} {drh.sur()} dit avoir conservés,",
        f"et d'envisager une conciliation : {sal.civ()} {sal.sur()} a laissé entendre, par la voix de son conseil, qu'{sal.e('elle', 'il')} l'accepterait.",
        "",
        "Je reste à votre disposition.",
        avo.ini() if r.random() < 0.5 else avo.full(),
        f"Avocat{avo.e('e', '')} au barreau {de(city(r))}",
    )


def banque_lettre(r, c):
    cons, cli, co2 = c.cast(3)
    bank = r.choice(["Banque Populaire", "Crédit Mutuel", "Société Générale", "BNP Paribas", "Caisse d'Épargne"])
    return lines(
        f"{bank} — Agence {r.choice(['Entreprises', 'Professionnels'])} de {city(r)}",
        "",
        f"{' ' * 44}{cli.civl()} {cli.fup()}",
        f"{' ' * 44}{r.choice(COMPANIES)}",
        f"{' ' * 44}{addr(r)}",
        "",
        f"Le {fdate(r)}",
        f"Objet : {r.choice(['ouverture de votre compte professionnel', 'votre demande de prêt d’équipement', 'mise à jour de votre dossier (KYC)'])}",
        "",
        f"{cli.civl()},",
        "",
        f"Pour finaliser votre dossier, nous vous remercions de nous transmettre la pièce d'identité de votre associé{co2.e('e', '')},",
        f"{co2.civ()} {co2.full()}{nee(r, c, co2)}, ainsi que les statuts signés par {r.choice(['vous deux', 'les deux associés'])}.",
        f"Votre conseill{cons.e('ère', 'er')}, {cons.full()}, se tient à votre disposition au {phone(r)}.",
        opt(r, 0.5, f"En son absence, vous pouvez contacter {c.person().cs()} au même numéro."),
        "",
        f"Nous vous prions d'agréer, {cli.civl()}, l'expression de nos sentiments dévoués.",
        "",
        cons.full() if r.random() < 0.5 else cons.ini(),
        f"Conseill{cons.e('ère', 'er')} clientèle professionnelle",
    )


def banque_mail(r, c):
    cli, cons, comp = c.cast(3)
    return lines(
        f"Objet : RE: {r.choice(['Virement rejeté', 'Augmentation du plafond de la carte', 'Découvert autorisé', 'Remise LCR'])}",
        f"De : {cli.full()} <{cli.mail(r)}>",
        f"À : {cons.full()} <{cons.mail(r, 'banque-regionale.example')}>",
        opt(r, 0.6, f"Cc : {comp.full()} <{comp.mail(r)}>"),
        "",
        f"Bonjour {cons.cs(nbsp=True)},",
        "",
        f"Merci pour votre retour. Notre expert-comptable, {comp.cs()}, vous envoie le bilan {r.randint(2024, 2025)} aujourd'hui{r.choice(['', ' (export Pennylane)', ' (export Cegid)', ' ; nos relevés Qonto suivent'])}.",
        f"Le virement au nom de {c.person().full()} (fournisseur) a bien été refait {r.choice(['ce matin', 'hier', 'le ' + sdate(r)])}.",
        "",
        f"{cli.fn()}",
        "",
        f"> Le {sdate(r)}, {cons.full()} a écrit :",
        f"> Bonjour {cli.cl()},",
        f"> Le virement de {euros(r, 300, 9000)} a été rejeté : le nom du bénéficiaire ne correspond pas au titulaire du compte.",
        "> Pouvez-vous vérifier les coordonnées bancaires ?",
        f"> {cons.fn()}",
    )


def banque_procuration(r, c):
    """A power of attorney over a bank account, filled in on the bank's form."""
    tit, mand, cons = c.cast(3)
    bank = r.choice(["Crédit Mutuel", "Banque Populaire", "Caisse d'Épargne", "La Poste"])
    return lines(
        f"{bank.upper()} — PROCURATION SUR COMPTE",
        "",
        f"Je soussigné{tit.e('e', '')} (le mandant) : {tit.civ()} {tit.adm()}{nee(r, c, tit)}",
        f"titulaire du compte n° {r.randint(10000, 99999)} {r.randint(10000000000, 99999999999)} ouvert à l'agence {de(r.choice(['Vénissieux', 'Saint-Denis', 'Roubaix', 'Mamoudzou', 'Évry']))},",
        f"donne procuration à (le mandataire) : {mand.civ()} {mand.adm()}",
        f"lien avec le mandant : {r.choice(['conjoint', 'enfant', 'frère / sœur', 'associé'])}",
        "",
        f"pour effectuer en mon nom {r.choice(['toutes opérations de retrait et de virement', 'les seuls retraits au guichet', 'toutes opérations, y compris la clôture'])}.",
        "",
        f"Fait à {city(r)}, le {sdate(r)}",
        f"Signature du mandant : « Bon pour pouvoir » {tit.ini()}",
        f"Signature du mandataire : {mand.ini()}",
        f"Cadre réservé à la banque : identité vérifiée par {cons.full()}, conseill{cons.e('ère', 'er')}.",
    )


def fournisseur_fiche(r, c):
    com, compta, sign, ach = c.cast(4)
    blocks = [["Contact commercial", f"  Nom : {com.SUR()}", f"  Prénom : {com.fn()}",
               f"  Courriel : {com.mail(r)}", f"  Téléphone : {phone(r)}"],
              ["Contact comptabilité", f"  Nom, prénom : {compta.adm()}", f"  Courriel : {compta.mail(r)}"]]
    r.shuffle(blocks)
    return lines(
        "FICHE DE RÉFÉRENCEMENT FOURNISSEUR",
        f"Raison sociale : {r.choice(COMPANIES)}",
        f"SIRET : {r.randint(100, 999)} {r.randint(100, 999)} {r.randint(100, 999)} {r.randint(10000, 99999)}",
        f"Adresse : {addr(r)}",
        "",
        *blocks[0],
        *blocks[1],
        opt(r, 0.7, f"Signataire habilité : {sign.civ()} {sign.full()}, {sign.e('présidente', 'président')}"),
        "",
        f"Conditions de paiement : {r.choice(['45 jours fin de mois', '30 jours date de facture', 'à réception'])}",
        f"Catégorie achats : {r.choice(['fournitures', 'sous-traitance', 'transport', 'nettoyage', 'informatique'])}",
        f"Référencement validé par : {ach.full()} (achats), le {sdate(r)}",
    )


def fournisseur_mail(r, c):
    ach, com = c.cast(2)
    return lines(
        f"Bonjour {com.fn()},",
        "",
        f"Pour vous référencer, j'ai besoin des éléments suivants : Kbis de moins de 3 mois, RIB, attestation URSSAF",
        f"de vigilance et le nom de votre contact facturation.",
        "",
        f"Ach{ach.e('eteuse', 'eteur')} : {ach.full()} — {phone(r)}",
        "",
        r.choice(["> ", ""]) + f"Réponse de {com.full()} :",
        f"> Contact facturation : {c.person().inv()}, {r.choice(['comptable', 'assistante de gestion', 'office manager'])}",
        f"> Le RIB est au nom de la société, signé par notre gérant, M. {c.person(sex='m').sur()}.",
        f"> Je suis absent{com.e('e', '')} la semaine de la Saint-Valentin, voyez avec mon collègue {c.person(sex='m').full()}.",
    )


def sav_transcription(r, c):
    agent, cli = c.cast(2)
    prod = r.choice(["lave-linge", "robot pâtissier", "vélo électrique", "climatiseur mobile", "machine à café"])
    t = [0, r.randint(5, 15)]

    def ts():
        t[1] += r.randint(6, 40)
        return f"[{t[1] // 60:02d}:{t[1] % 60:02d}]"
    return lines(
        f"Transcription appel entrant — file SAV — dossier {ref(r, 'SAV')}",
        f"Conseill{agent.e('ère', 'er')} : {agent.full()}",
        "",
        f"{ts()} {agent.fn()} : Service après-vente, {agent.fn()} à l'appareil, bonjour.",
        f"{ts()} Client : Oui bonjour, {cli.civ()} {cli.sur()}, j'appelle pour mon {prod}, il ne démarre plus.",
        f"{ts()} {agent.fn()} : Je vais vous demander votre numéro de commande, {cli.civl()} {cli.sur()}.",
        f"{ts()} Client : C'est la commande passée au nom de ma {r.choice(['femme', 'fille', 'mère'])}, {c.person(sex='f').full()}.",
        f"{ts()} {agent.fn()} : Très bien, je la retrouve. Vous l'avez reçu le {sdate(r)}, il est donc sous garantie.",
        f"{ts()} Client : Le livreur, un certain {c.person(sex='m').fn()}, m'avait dit de vous appeler directement.",
        f"{ts()} {agent.fn()} : Je vous crée une demande d'intervention ; c'est {c.person().full()}, notre technicien, qui vous rappellera.",
        f"{ts()} Client : Merci, bonne journée.",
        "",
        f"Qualification : panne sous garantie — clôture par {agent.abbr()}",
    )


def sav_chat(r, c):
    """A web-chat transcript: the bot (named like a person, but a product) hands over to a human."""
    agent, cli = c.cast(2)
    bot = r.choice(["Alfred", "Ariane"])
    t = r.randint(8, 19) * 60 + r.randint(0, 50)

    def ts():
        nonlocal t
        t += r.randint(0, 2)
        return f"{t // 60:02d}:{t % 60:02d}"
    return lines(
        f"Conversation #{r.randint(100000, 999999)} — chat du site — {sdate(r)}",
        f"{ts()} {bot} (assistant virtuel) : Bonjour ! Je suis {bot}, comment puis-je vous aider ?",
        f"{ts()} Visiteur : bonjour je voudrais parler à quelqu'un pour un retour",
        f"{ts()} {bot} (assistant virtuel) : Je vous mets en relation avec un conseiller.",
        f"{ts()} {agent.fn()} (conseill{agent.e('ère', 'er')}) : Bonjour, je m'appelle {agent.fn()}. Pouvez-vous me donner le nom de la commande ?",
        f"{ts()} Visiteur : {r.choice([cli.full, cli.adm, cli.fup])()}",
        f"{ts()} {agent.fn()} (conseill{agent.e('ère', 'er')}) : Merci {cli.cs()}. Je vois une {r.choice(['machine à café', 'trottinette', 'bouilloire', 'friteuse'])} livrée le {sdate(r)}.",
        f"{ts()} Visiteur : oui elle est arrivée cassée, c'est mon {r.choice(['fils', 'mari', 'voisin'])} {c.person(sex='m').fn()} qui a signé le bon",
        f"{ts()} {agent.fn()} (conseill{agent.e('ère', 'er')}) : Je lance le retour, vous recevrez l'étiquette par mail.",
        "",
        f"Conversation clôturée par {agent.abbr()} — note client : {r.randint(3, 5)}/5",
    )


def sav_fiche(r, c):
    agent, cli, tech = c.cast(3)
    return lines(
        f"FICHE D'APPEL SAV n° {r.randint(10000, 99999)}",
        f"Date/heure : {sdate(r)} {r.randint(8, 18)}:{r.randint(0, 59):02d}",
        f"Appelant : {cli.civ()} {cli.adm()} — {phone(r)}",
        f"Pris par : {agent.fn()}",
        f"Produit : {r.choice(['Renault Clio (pièce détachée)', 'poêle à granulés', 'store banne', 'tondeuse autoportée'])}",
        "",
        f"Résumé : {cli.civ()} {cli.sur()} signale {r.choice(['un bruit anormal', 'une fuite', 'un code erreur E21', 'une pièce manquante'])}. "
        f"Déjà appelé{cli.e('e', '')} le {sdate(r)}, dossier suivi par {tech.full()}.",
        f"Action : rappel par {tech.fn()} sous 48 h{r.choice(['', ' ; pièce commandée', ' ; geste commercial accordé'])}.",
    )


def intranet_carnet(r, c):
    out = [r.choice(["CARNET — les nouvelles de la maison", "Intranet › Vie de l'entreprise › Carnet", "Le carnet du mois"]), ""]
    parts = r.sample(["nais", "bienv", "retraite", "mariage", "deces"], 3)
    for part in parts:
        if part == "nais":
            par = c.person()
            bebe = c.person(origin=par.origin)
            while bebe.first == par.first:
                bebe = c.person(origin=par.origin)
            out.append("Naissance")
            out.append(f"Bienvenue à {bebe.fn()}, né{bebe.e('e', '')} le {fdate(r)}, {bebe.e('fille', 'fils')} de {par.full()} "
                       f"({r.choice(['service client', 'entrepôt de Saint-Priest', 'comptabilité', 'atelier'])}). Félicitations aux parents !")
        elif part == "bienv":
            news = c.cast(r.randint(2, 3))
            out.append("Ils nous ont rejoints")
            for p in news:
                tut = c.person()
                out.append(f"- {p.full()}, {r.choice(JOBS)} — tut{tut.e('rice', 'eur')} : {tut.full()}")
        elif part == "retraite":
            p = c.person()
            suc = c.person()
            out.append("Départ à la retraite")
            out.append(f"Après {r.randint(18, 41)} ans parmi nous, {p.full()}, {r.choice(['très aimé' + p.e('e', '') + ' de toute l’équipe', 'd’une constance rare', 'figure de l’atelier'])}, prend sa retraite. Le pot aura lieu {r.choice(DAYS)} "
                       f"à 17 h en salle Pierre Mendès France. {suc.full()} reprend son poste ; "
                       f"pour le cadeau, voyez {c.person().fn()} à l'accueil.")
        elif part == "deces":
            d = c.person()
            col = c.person(origin=d.origin)
            out.append("Carnet de deuil")
            out.append(f"Nous avons appris avec tristesse le décès de {d.full()}, {d.e('mère', 'père')} de notre collègue {col.full()}. "
                       f"Les obsèques auront lieu {r.choice(DAYS)} à {city(r)}. Vous pouvez adresser vos messages à {col.fn()} via le service RH.")
        else:
            a, b = c.cast(2)
            out.append("Mariage")
            out.append(f"{a.full()} et {b.fn()} se sont dit oui le {fdate(r)} à {city(r)}. Tous nos vœux de bonheur !")
        out.append("")
    out.append(r.choice(["Rappel : le repas de la Saint-Jean aura lieu sur la terrasse.", "Sainte-Catherine : les catherinettes de l'atelier vous attendent au goûter.",
                         "Fermeture du site pour la Saint-Martin (fête locale).", "Vu sur le bassin : un martin-pêcheur, photo sur l'intranet !"]))
    out.append(f"Une nouvelle à partager ? Écrivez à la communication interne ({c.person().mail(r)}).")
    return lines(*out)


def intranet_bienvenue(r, c):
    new, man, bud = c.cast(3)
    return lines(
        f"Bienvenue à {new.full()} !",
        f"Publié le {fdate(r)} par {man.full()}",
        "",
        f"{new.fn()} rejoint l'équipe {r.choice(['logistique', 'du bureau d’études', 'commerciale', 'support'])} à {city(r)} "
        f"en tant que {r.choice(JOBS)}. {new.e('Elle', 'Il')} arrive de chez {r.choice(['Decathlon', 'Kiloutou', 'Hermès', 'Auchan', 'Pierre Fabre', 'Christian Dior', 'Marcel Robbez Masson', 'Jean Lain Automobiles', 'Louis Vuitton'])}, "
        f"où {new.e('elle', 'il')} a passé {r.randint(2, 9)} ans.",
        f"Pendant son intégration, {new.e('elle', 'il')} sera accompagné{new.e('e', '')} par {bud.full()}, son binôme.",
        opt(r, 0.6, f"Petite anecdote : {new.fn()} a couru le semi-marathon de {city(r)} l'an dernier, avis aux amateurs !"),
        "",
        f"👏 {r.randint(3, 40)} réactions · Commentaires :",
        f"{c.person().full()} : Bienvenue {nick(new)} !",
        f"{bud.full()} : Ravi{bud.e('e', '')} de faire équipe avec toi 🙂",
    )


def club_csv(r, c):
    club = r.choice(["AS Saint-Priest Athlétisme", "Judo Club des Tanneurs", "US Vénissieux Basket", "Tennis Club Victor Hugo", "Cercle nautique de Brest"])
    sep = r.choice([";", ","])
    out = [f"# Export adhérents — {club} — saison 2026-2027",
           sep.join(["nom", "prenom", "categorie", "licence", "certificat", "reglement", "responsable_legal"])]
    for _ in range(r.randint(6, 9)):
        p = c.person()
        minor = r.random() < 0.4
        parent = c.person(origin=p.origin) if minor else None
        cat = r.choice(["U13", "U15", "U17"]) if minor else r.choice(["Senior", "Vétéran", "Loisir"])
        resp = (parent.first + " " + p.last if r.random() < 0.7 else parent.first + " " + parent.last) if minor else ""
        out.append(sep.join([*p.typed(r), cat, str(r.randint(100000, 999999)),
                             r.choice(["oui", "non", "QS sport"]), r.choice(["CB", "chèque", "espèces", "Pass'Sport"]),
                             L(resp) if resp else ""]))
    return lines(*out)


def club_liste(r, c):
    coach, secr = c.cast(2)
    out = [f"{r.choice(['LISTE DES LICENCIÉS', 'Effectif'])} — {r.choice(['Seniors féminines', 'Loisirs adultes', 'U15 garçons', 'Vétérans'])}",
           f"Entraîneur : {coach.full()}    Secrétaire : {secr.full()}", ""]
    out.append(f"{'N°':<5}{'Nom':<34}{'Poste':<14}Cotisation")
    for i in range(r.randint(6, 9)):
        p = c.person()
        out.append(f"{i + 1:<5}{pad(r.choice([p.adm, p.adm, p.fup])(), 34)}{r.choice(['gardien', 'ailier', 'pivot', 'meneur', '-', 'défense']):<14}{r.choice(['payée', 'payée', 'relance', 'exonéré'])}")
    out += ["", f"Entraînements : {r.choice(['gymnase Léo Lagrange', 'piscine Jean Taris', 'complexe sportif Alain Mimoun', 'centre aquatique Marie-José Pérec'])}, {r.choice(DAYS)} 19 h.",
            f"Certificats manquants : voir {secr.fn()} avant le {sdate(r)}."]
    return lines(*out)


def mariage_brief(r, c):
    a, b, wit1, wit2, mum, dj = c.cast(6)
    return lines(
        f"BRIEF MARIAGE — {a.fn()} & {b.fn()} — {fdate(r)}",
        f"Lieu : {r.choice(['Domaine Saint-Hilaire', 'Château de Vaux-le-Vicomte', 'salle des fêtes de Saint-Priest', 'Domaine des Olivettes', 'salle des fêtes de Sainte-Foy-lès-Lyon'])}",
        "",
        f"Mariés : {a.full()} et {b.full()}",
        f"Témoins : {wit1.full()} (côté {a.fn()}), {wit2.full()} (côté {b.fn()})",
        f"Invités : {r.randint(60, 180)} adultes, {r.randint(5, 25)} enfants",
        "",
        "Déroulé",
        f"- 15 h cérémonie laïque, officiée par {c.person().fn()}, {r.choice(['cousine', 'ami', 'oncle', 'amie d’enfance'])} de {b.fn()}",
        "- 17 h vin d'honneur : rosé, olives, fleur de sel sur radis" + r.choice(["", " ; bar : Cointreau et Ricard à la demande", " ; lâcher de colombes refusé par la mairie"]),
        f"- 20 h dîner ; discours de {mum.civ()} {mum.sur()} ({mum.e('mère', 'père')} de {a.fn()})",
        f"- 23 h ouverture du bal, DJ : {dj.full()}",
        "",
        "Points sensibles",
        f"- Allergie aux fruits à coque pour {r.choice([wit1.fn, wit2.fn])()}.",
        opt(r, 0.6, f"- Ne pas placer {c.person().full()} près de la piste (mobilité réduite)."),
        f"- Décor : {r.choice(['marguerites et vieux rose', 'violettes et bleu céleste', 'pivoines et vert amande'])}, {r.choice(['pas de lys', 'bougies', 'lanternes'])}.",
        "",
        f"Wedding planner : {c.person(sex='f').full()} — {phone(r)}",
    )


def mariage_mail(r, c):
    planner, a, b, traiteur = c.cast(4)
    return lines(
        f"De : {planner.full()} <{planner.mail(r)}>",
        f"À : {traiteur.full()} <{traiteur.mail(r)}>",
        f"Objet : Mariage {a.SUR()} / {b.SUR()} — menu définitif",
        "",
        f"Bonjour {traiteur.fn()},",
        "",
        f"Voici le menu validé par {a.fn()} et {b.fn()} pour le {fdate(r)} :",
        "  entrée : tartare de dorade, agrumes et clémentines",
        "  plat : suprême de volaille, sauce au vin jaune",
        "  dessert : pièce montée + buffet de desserts (dont un gâteau sans gluten pour la grand-mère de " + a.fn() + ")",
        f"Les parents de {b.fn()}, M. et Mme {b.sur()}, {r.choice(['offrent le champagne', 'arrivent la veille'])}.",
        opt(r, 0.5, f"Le photographe, {c.person().full()}, aura besoin d'un repas aussi."),
        "",
        "Merci !",
        planner.fn(),
    )


def chauffeur_tsv(r, c):
    drivers = c.cast(r.randint(3, 4))
    disp = c.person()
    out = [f"Carnet de bord — semaine {r.randint(2, 51)} — dépôt de {r.choice(['Saint-Priest', 'Vénissieux', 'Évry', 'Roubaix', 'Saint-Herblain'])}",
           "Date\tChauffeur\tVéhicule\tTournée\tKm départ\tKm arrivée\tObservations"]
    obs = ["RAS", "client absent, avis de passage", "retard 40 min (bouchons A7)", "palette refusée",
           "pneu AV droit à surveiller", "livré au gardien", "Rayure portière, constat fait"]
    for _ in range(r.randint(5, 8)):
        d = r.choice(drivers)
        k = r.randint(10000, 250000)
        out.append("\t".join([sdate(r), r.choice([d.adm, d.ini, d.SUR, d.SURX])(), f"{r.choice(['Renault Master', 'Iveco Daily', 'Volvo FH', 'Mercedes Sprinter'])} {r.choice('ABCDEFG')}{r.choice('HJKLM')}-{r.randint(100, 999)}-{r.choice('NPQRS')}{r.choice('TVWXZ')}",
                              f"T{r.randint(1, 30):02d}", str(k), str(k + r.randint(40, 600)), r.choice(obs)]))
    out += ["", f"Vérifié par {disp.full()} (exploitation)",
            opt(r, 0.6, f"NB : {drivers[0].fn()} en repos compensateur {r.choice(DAYS)}, tournée reprise par {drivers[1].fn()}.")]
    return lines(*out)


def chauffeur_feuille(r, c):
    drv = c.person()
    out = [f"FEUILLE DE ROUTE N° {r.randint(1000, 9999)}",
           f"Chauffeur : {drv.fup()}    Date : {sdate(r)}    Véhicule : {r.choice(['Renault Master', 'Iveco Daily', 'Ford Transit'])}", ""]
    ville = city(r)
    t = r.randint(7 * 60, 9 * 60)
    for i in range(r.randint(3, 5)):
        rec = c.person()
        t += r.randint(15, 100)
        dest = r.choice(["Pharmacie Ferrand", "Boulangerie Marie Blachère", "Brico Dépôt", "EHPAD Les Glycines", "Krys", "Cabinet Lemoine Expertise",
                         "Transports Dupré & Fils", "SARL Garnier Peinture", "Maisons Pierre", "Jean Lain Automobiles", "Citroën", r.choice(COMPANIES)])
        out.append(f"{i + 1}) {dest} — {addr(r, ville)}")
        out.append(f"   Arrivée {t // 60}h{t % 60:02d} — réceptionné par : {r.choice([rec.abbr, rec.sur, rec.fn, rec.full])()}"
                   f"{r.choice(['', ' (signature)', ' — colis abîmé, réserve notée', ' — tampon'])}")
    out += ["", f"Signature chauffeur : {drv.ini()}"]
    return lines(*out)


def hotel_confirmation(r, c):
    guest, rec = c.cast(2)
    co = c.person() if r.random() < 0.5 else None
    hotel = r.choice(["Hôtel Le Saint-Louis", "Ibis Centre Gare", "Novotel Atlantique", "Hôtel du Quai", "Hôtel des Olivettes"])
    return lines(
        f"{hotel} — Confirmation de réservation n° {r.randint(1000000, 9999999)}",
        "",
        f"{guest.e('Chère', 'Cher')} {guest.cl() if r.random() < 0.5 else guest.full()},",
        "",
        "Nous avons le plaisir de confirmer votre séjour :",
        f"  Nom de la réservation : {guest.adm()}",
        f"  Arrivée : {fdate(r)} (à partir de 15 h) — Départ : {r.randint(1, 4)} nuit(s)",
        f"  Chambre : {r.choice(['Double Confort', 'Twin Supérieure', 'Single Standard', 'Suite Céleste'])}",
        f"  Occupants : {guest.full()}" + (f", {co.full()}" if co else ""),
        f"  Tarif : {euros(r, 79, 260)} / nuit, petit-déjeuner {r.choice(['inclus', 'non inclus'])}",
        opt(r, 0.5, "  Réservé via Booking.com"),
        "",
        f"Demande particulière : {r.choice(['lit bébé', 'chambre au calme', 'arrivée tardive vers 23 h', 'parking pour un Peugeot Expert', 'navette depuis la gare Montparnasse', 'navette depuis l’aéroport Nantes Atlantique'])}",
        "",
        f"À très bientôt,\n{rec.fn()}, réception",
    )


def hotel_rooming(r, c):
    org = c.person()
    out = [f"ROOMING LIST — {r.choice(['Séminaire commercial', 'Salon Batimat', 'Convention annuelle', 'Formation régionale'])} — {r.choice(['Novotel Atlantique', 'Ibis Centre Gare', 'Hôtel du Quai'])}",
           f"Organisateur : {org.full()} ({org.mail(r)})", f"Arrivée {sdate(r)} — départ J+{r.randint(1, 3)}", "",
           "Chambre | Occupant(s) | Type | Remarques"]
    for i in range(r.randint(5, 8)):
        a = c.person()
        b = c.person(sex=a.sex) if r.random() < 0.3 else None
        occ = r.choice([a.adm, a.full])() + (" / " + b.adm() if b else "")
        out.append(f"{101 + i} | {occ} | {'Twin' if b else r.choice(['Single', 'Double'])} | {r.choice(['', 'végétarien', 'arrivée tardive', 'sans gluten', 'PMR'])}")
    out += ["", f"Facturation : société, à l'attention de {org.cs()}."]
    return lines(*out)


def optique_commande(r, c):
    cli, doc, mont = c.cast(3)
    return lines(
        f"{r.choice(['Optic 2000', 'Krys', 'Afflelou', 'Optique du Centre'])} — BON DE COMMANDE VERRES n° {r.randint(10000, 99999)}",
        f"Client{cli.e('e', '')} : {cli.civ()} {cli.adm()}",
        f"Téléphone : {phone(r)}",
        f"Prescripteur : Dr {doc.full()}, ophtalmologiste — ordonnance du {sdate(r)}",
        "",
        f"OD : {r.choice(['+1,25', '-2,00', '-0,75', '+2,50'])} ({r.choice(['-0,50', '-0,25', '0'])}) {r.randint(0, 180)}°   OG : {r.choice(['+1,00', '-1,75', '-0,50'])}",
        f"Monture : {r.choice(['Lacoste L2805', 'Ray-Ban RX5154', 'monture client', 'Morel 3D'])}, coloris {r.choice(['écaille', 'vert olive', 'noir mat', 'rose poudré'])}",
        f"Verres : progressifs{r.choice(['', ', antireflet', ', photochromiques'])}",
        "",
        f"Vendeu{mont.e('se', 'r')} : {mont.fn()}",
        f"Livraison prévue : {sdate(r)} — {cli.civ()}{NBSP}{cli.sur()} préfère être prévenu{cli.e('e', '')} par SMS.",
        opt(r, 0.5, f"Tiers payant : mutuelle, au nom de {c.person(origin=cli.origin).full()} (conjoint)"),
    )


def pharmacie_commande(r, c):
    ph = c.person()
    out = [f"Pharmacie Ferrand — commandes à retirer ({sdate(r)})", f"Préparées par {ph.fn()}", ""]
    for _ in range(r.randint(4, 7)):
        p = c.person()
        prod = r.choice(["bas de contention", "lait infantile", "tire-lait (location)", "complément ordonnance", "fauteuil roulant (location)", "savon à l'huile d'olive (commande spéciale)"])
        out.append(f"- {r.choice([p.cs, p.adm, p.full])()} : {prod}{r.choice(['', ' — payé', ' — reste à charge 4,50 €', ' — prévenir par téléphone'])}")
        if r.random() < 0.25:
            kin = c.person(origin=p.origin)
            out.append(f"  (peut être retiré par {kin.fn()}, {r.choice([kin.e('sa fille', 'son fils'), kin.e('sa voisine', 'son voisin'), kin.e('sa sœur', 'son frère')])})")
    return lines(*out)


def git_log(r, c):
    devs = c.cast(r.randint(3, 4))
    # a developer commits with one address
    mails = {d: d.mail(r, "numeris-dev.example") for d in devs}
    out = []
    msgs = ["fix: arrondi des montants TVA sur les avoirs", "feat: export CSV des absences", "refactor: extraction du module de paie",
            "chore: montée de version Django 5.1", "fix(api): pagination des fournisseurs", "test: cas des noms composés",
            "docs: README déploiement Kubernetes", "fix: encodage des accents dans les PDF"]
    for _ in range(r.randint(3, 5)):
        a = r.choice(devs)
        month = r.choice(["Jan", "Feb", "Apr", "Jul", "Sep", "Nov"])
        out += [f"commit {''.join(r.choice('0123456789abcdef') for _ in range(40))}",
                f"Author: {a.full()} <{mails[a]}>",
                f"Date:   {r.choice(['Mon', 'Tue', 'Wed', 'Thu', 'Fri'])} {month} {r.randint(1, 28)} {r.randint(8, 19):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d} 2026 {'+0100' if month in ('Jan', 'Feb', 'Nov', 'Dec') else '+0200'}",
                "", f"    {r.choice(msgs)}"]
        if r.random() < 0.5:
            b = r.choice([d for d in devs if d is not a])
            out += ["", f"    {r.choice(['Co-authored-by', 'Reviewed-by'])}: {b.full()} <{mails[b]}>"]
        if r.random() < 0.3:
            out += [f"    Signalé par {c.person().cs()} (client)."]
        out.append("")
    return lines(*out)


def code_review(r, c):
    auth, rev1, rev2 = c.cast(3)
    return lines(
        f"Merge request !{r.randint(100, 999)} — {r.choice(['Gestion des particules dans les noms', 'Nouveau calcul des congés', 'Import des licenciés', 'Cache Hibernate'])}",
        f"Auteur : {auth.full()}   ·   Relecteurs : {rev1.full()}, {rev2.full()}",
        f"{r.choice(['GitLab', 'GitHub'])} · Pipeline Jenkins : {r.choice(['réussi', 'échoué (tests)', 'en cours'])}",
        "",
        f"{rev1.full()} a commenté src/import.py, ligne {r.randint(10, 300)} :",
        f"  > {r.choice(['Pourquoi on tronque à 30 caractères ?', 'Ce test ne couvre pas les prénoms composés.', 'On pourrait utiliser le parseur existant.'])}",
        f"{auth.fn()} : {r.choice(['Bien vu, corrigé.', 'C’est la limite du champ en base, je mets un commentaire.', 'Je préfère le faire dans une autre MR.'])}",
        f"{rev2.fn()} : +1, {r.choice(['mais attendons le retour de ' + rev1.fn() + '.', 'ok pour moi.', 'à merger après la release.'])}",
        "",
        f"{rev1.abbr()} a approuvé cette merge request {r.choice(['il y a 2 heures', 'hier', 'le ' + sdate(r)])}.",
        opt(r, 0.5, f"Mentionné : @{c.person().full()} pour la mise en production."),
    )


def tableur_csv(r, c):
    sep = r.choice([",", ";"])
    out = [r.choice(["Plan de formation 2027 (export CSV)", "plan_formation_2027.csv"]),
           sep.join(["Nom", "Prénom", "Service", "Formation", "Organisme", "Coût HT", "Manager"])]
    mgrs = c.cast(2)
    surname = r.choice([lambda p: p.SUR, lambda p: p.SURX, lambda p: p.sur])
    for _ in range(r.randint(6, 9)):
        p = c.person()
        m = r.choice(mgrs)
        form = r.choice(["CACES R489", "Excel avancé", "Habilitation électrique B1V", "Gestes et postures", "Management de proximité", "Anglais B2", "SST"])
        cost = f"\"{r.randint(200, 2400)},00\"" if sep == "," else f"{r.randint(200, 2400)},00"
        out.append(sep.join([surname(p)(), p.fn(), r.choice(["Logistique", "Compta", "SAV", "Atelier"]), form,
                             r.choice(["AFPA", "Cegos", "CNAM", "organisme interne"]), cost, r.choice([m.full, m.adm, m.ini])()]))
    return lines(*out)


def tableur_tsv(r, c):
    evals = c.cast(2)
    out = [f"Campagne entretiens annuels {r.randint(2026, 2027)} — suivi (copié depuis LibreOffice)",
           "Salarié\tÉvaluateur\tDate prévue\tStatut\tCommentaire"]
    for _ in range(r.randint(6, 9)):
        p = c.person()
        e = r.choice(evals)
        out.append("\t".join([r.choice([p.adm, p.full])(), r.choice([e.full, e.abbr, e.ini])(), sdate(r),
                              r.choice(["fait", "planifié", "reporté", "à planifier"]),
                              r.choice(["", "demande formation", "souhaite mobilité", f"voir avec {e.fn()}", "RAS"])]))
    return lines(*out)


def diffusion_mail(r, c):
    frm = c.person()
    to = c.cast(r.randint(2, 4))
    cc = c.cast(r.randint(2, 5))

    def who(p):
        return r.choice([f"{p.full()} <{p.mail(r)}>", f"\"{p.adm()}\" <{p.mail(r)}>", f"{p.mail(r)}"])
    return lines(
        f"From: {frm.full()} <{frm.mail(r)}>",
        "To: " + "; ".join(who(p) for p in to),
        "Cc: " + "; ".join(who(p) for p in cc),
        opt(r, 0.4, f"Bcc: {c.person().mail(r)}"),
        f"Subject: {r.choice(['[COPIL] Compte rendu et prochaines étapes', '[diffusion-atelier] Planning des congés de Noël', '[Qualité] Audit du ' + sdate(r), 'Fermeture du site le jeudi de l’Ascension'])}",
        "",
        "Bonjour à tous,",
        "",
        f"{r.choice(['Je vous transmets', 'Vous trouverez ci-joint'])} le document validé avec {to[0].fn()}.",
        f"Merci à {cc[0].full()} pour les chiffres et à {cc[1].fn()} pour la relecture.",
        opt(r, 0.5, f"{to[-1].cs()} sera votre contact pendant mon absence."),
        "",
        frm.fn(),
    )


def diffusion_liste(r, c):
    owner, deputy = c.cast(2)
    members = c.cast(r.randint(6, 9))
    out = [f"Liste de diffusion : {r.choice(['direction@', 'copil-erp@', 'cse@', 'astreinte-nuit@'])}{r.choice(DOMAINS)}",
           f"Propriétaire : {owner.full()}", f"Modérat{deputy.e('rice suppléante', 'eur suppléant')} : {deputy.full()}",
           f"Membres ({len(members)}) :"]
    for p in members:
        out.append(f"  {r.choice([p.full, p.adm])()} ({r.choice(['Direction', 'RH', 'Finance', 'Exploitation', 'Qualité', 'Informatique'])})"
                   f"{r.choice(['', '', ' — en copie seulement', ' — remplaçant : ' + c.person().fn()])}")
    out += ["", f"Dernière mise à jour : {sdate(r)} par {owner.abbr()}"]
    return lines(*out)


def huissier_constat(r, c):
    cj, req, occ = c.cast(3)
    ville = city(r)
    return lines(
        "PROCÈS-VERBAL DE CONSTAT",
        "",
        f"L'an deux mille vingt-six, le {r.randint(2, 28)} {r.choice(MONTHS)},",
        f"À la requête de {req.civl()} {req.full()}, {r.choice(['gérant de la SARL ' + r.choice(COMPANIES), 'propriétaire', 'demeurant ' + addr(r)])},",
        f"Nous, Maître {cj.full()}, commissaire de justice associé{cj.e('e', '')} à {ville}, soussigné{cj.e('e', '')},",
        f"certifions nous être transporté{cj.e('e', '')} {addr(r, ville)}, où, en présence de {occ.civ()} {occ.adm()}, occupant{occ.e('e', '')} des lieux,",
        "nous avons constaté ce qui suit :",
        "",
        f"- la façade est recouverte d'inscriptions à la peinture rouge bordeaux ;",
        f"- {occ.civ()} {occ.sur()} nous déclare : « {r.choice(['Les travaux ont commencé sans prévenir.', 'Le voisin a déposé ces gravats le week-end de la Toussaint.', 'Je n’ai jamais reçu le courrier.'])} » ;",
        f"- des pierres et gravats sont entreposés devant l'entrée.",
        "",
        f"Photographies annexées (12). Coût de l'acte : {euros(r, 180, 450)}.",
        cj.ini() if r.random() < 0.5 else cj.SUR(),
    )


def huissier_signification(r, c):
    cj, dest, cred, clerk = c.cast(4)
    return lines(
        f"SCP {r.choice(['ACTA JURIS', 'Huissiers Réunis', 'Lex & Recouvrement', 'Droit et Constat'])} — Commissaires de justice associés",
        f"{addr(r)}",
        "",
        f"{' ' * 42}{dest.civl()} {dest.fup()}",
        f"{' ' * 42}{addr(r)}",
        "",
        f"Réf. à rappeler : {ref(r, 'SIG')}",
        "",
        f"{dest.civl()},",
        "",
        f"Nous sommes chargés, à la requête de {cred.civ()} {cred.full()}, de vous signifier un jugement du tribunal judiciaire {de(city(r))}",
        f"vous condamnant à payer la somme de {euros(r, 800, 12000)}. Faute de règlement sous huit jours, nous procéderons à une saisie.",
        f"Pour convenir d'un échéancier, contactez {clerk.cs()}, clerc en charge du dossier, au {phone(r)}.",
        "",
        f"Maître {cj.full()}",
    )


def ao_equipe(r, c):
    team = c.cast(r.randint(4, 6))
    roles = ["Direction de projet", "Pilotage des travaux", "Architecte", "Méthodes", "Sécurité / SPS", "Qualité", "Appui technique"]
    out = [f"APPEL D'OFFRES {ref(r, 'AO')} — Mémoire technique",
           f"Lot {r.randint(1, 5)} : {r.choice(['maintenance CVC', 'refonte du SI RH', 'nettoyage des locaux', 'réhabilitation du gymnase Léo Lagrange'])}", "",
           "3.2 Composition de l'équipe", "",
           "| Rôle | Nom | Expérience | Disponibilité |", "|---|---|---|---|"]
    for p, role in zip(team, r.sample(roles, len(team))):
        out.append(f"| {role} | {r.choice([p.full, p.fup, p.adm])()} | {r.randint(2, 25)} ans | {r.choice(['100 %', '50 %', '30 %', 'à la demande'])} |")
    out += ["", f"En cas d'absence, {team[0].full()} est suppléé{team[0].e('e', '')} par {team[1].full()}.",
            f"Les CV de {team[2].full()} et {team[3].ini()} figurent en annexe 4."]
    return lines(*out)


def ao_prose(r, c):
    dp, a, b, sig = c.cast(4)
    return lines(
        f"Réponse à la consultation « {r.choice(['Entretien des espaces verts', 'Transport scolaire', 'Restauration collective', 'Audit énergétique'])} » — {r.choice(['mairie de Saint-Priest', 'communauté de communes', 'CHU Charles Nicolle', 'lycée Marie Curie'])}",
        "",
        f"Notre équipe sera pilotée par {dp.full()}, {r.randint(10, 25)} ans d'expérience, qui a conduit le marché {r.choice(['du stade Charléty', 'du gymnase Léo Lagrange', 'du théâtre Jean Vilar', 'du conservatoire Darius Milhaud', 'de la médiathèque Aimé Césaire', 'du collège Louise Michel', 'de l’école Jules Ferry'])}.",
        f"{dp.e('Elle', 'Il')} s'appuiera sur {a.full()} ({r.choice(['planification', 'qualité', 'sécurité'])}) et {b.full()} ({r.choice(['encadrement des équipes', 'relation usagers', 'achats'])}).",
        f"{a.civ()} {a.sur()} sera l'interlocut{a.e('rice', 'eur')} quotidien{a.e('ne', '')} du maître d'ouvrage ; {b.fn()} assurera les astreintes.",
        "",
        f"Le candidat s'engage à maintenir cette équipe pendant toute la durée du marché ; tout remplacement de {dp.cs()} sera soumis à agrément.",
        "",
        f"Signé : {sig.full()}, {sig.e('présidente', 'président')} — {r.choice(COMPANIES)}",
    )


def annuaire_colonnes(r, c):
    out = [f"ANNUAIRE INTERNE — {r.choice(COMPANIES)} — mis à jour le {sdate(r)}", "",
           f"{'NOM Prénom':<32}{'Fonction':<34}{'Poste':<8}Bureau"]
    for _ in range(r.randint(7, 10)):
        p = c.person()
        out.append(f"{pad(p.adm(), 32)}{r.choice(JOBS):<34}{r.randint(200, 499):<8}{r.choice(['RDC', '1er', '2e', 'Atelier', 'Quai'])}")
    out += ["", "Standard : 9 — Urgences : 112"]
    return lines(*out)


def annuaire_services(r, c):
    out = [r.choice(["Qui contacter ?", "Annuaire par service"]), ""]
    for svc in r.sample(["Direction", "Ressources humaines", "Comptabilité", "Exploitation", "Informatique", "Qualité"], 3):
        out.append(f"{svc}")
        for _ in range(r.randint(2, 3)):
            p = c.person()
            out.append(f"  {r.choice([p.full, p.fup])()} — {phone(r)}{r.choice(['', ' (absent' + p.e('e', '') + ' le mercredi)', ' — ' + p.mail(r)])}")
        out.append("")
    sec = c.person(sex="f")
    out.append(f"Secrétariat général : {sec.cs()}, poste {r.randint(200, 299)}")
    return lines(*out)


def cheques_bordereau(r, c):
    dep = c.person()
    bank = r.choice(["Crédit Mutuel", "Banque Populaire", "Caisse d'Épargne", "Société Générale"])
    out = [f"{bank.upper()} — BORDEREAU DE REMISE DE CHÈQUES", f"Titulaire du compte : {r.choice(['Association ', 'SARL ', 'Club '])}{r.choice(['Les Ateliers Réunis', 'AS Saint-Priest Athlétisme', 'Atelier Verdure', 'Judo Club des Tanneurs'])}",
           f"Remis par : {dep.full()}    Date : {sdate(r)}", "",
           f"{'N° chèque':<12}{'Tireur':<34}{'Banque':<20}Montant"]
    total = 0
    for _ in range(r.randint(5, 9)):
        p = c.person()
        amt = r.choice([35, 45, 60, 80, 120, 150, 210])
        total += amt
        tireur = r.choice([p.adm, p.fup, p.ini])()
        if r.random() < 0.2:
            other = c.person(origin=p.origin, sex="f" if p.sex == "m" else "m")
            tireur = f"{p.civ()} ou {other.civ()} {L(p.last.upper())}"
        out.append(f"{r.randint(1000000, 9999999):<12}{pad(tireur, 34)}{r.choice(['BNP Paribas', 'La Poste', 'Crédit Mutuel', 'Société Générale', 'Banque Populaire']):<20}{amt},00")
    out += ["", f"Total : {total},00 €", f"Signature du déposant : {dep.abbr()}"]
    return lines(*out)


def cheques_cotisations(r, c):
    treso = c.person()
    out = [f"Encaissement cotisations — {r.choice(['Judo Club des Tanneurs', 'Chorale Sainte-Catherine', 'Tennis Club Victor Hugo'])}",
           f"Trésori{treso.e('ère', 'er')} : {treso.full()}", ""]
    for _ in range(r.randint(4, 7)):
        kid = c.person()
        par = c.person(origin=kid.origin)
        out.append(f"• {kid.fup() if r.random() < 0.3 else kid.full()} — chèque de {r.choice([par.cs, par.full])()} "
                   f"({r.choice(['120 €', '3 x 40 €', '95 €', '60 € + Pass’Sport'])})")
    out += ["", f"Reste à relancer : {c.person().abbr()}, {c.person().abbr()}."]
    return lines(*out)


def course_resultats(r, c):
    race = r.choice(["Foulées de Saint-Priest (10 km)", "Trail des Olivettes (22 km)", "Cross de la Toussaint", "Corrida de Noël (8 km)", "Semi-marathon de Nantes"])
    clubs = ["AS Saint-Priest Athlé", "US Vénissieux", "Entente Ouest 44", "Decathlon Running", "Les Pierres qui roulent", "non licencié"]
    out = [f"RÉSULTATS — {race} — {fdate(r)}", "",
           f"{'Pl.':<5}{'Doss.':<7}{'Nom Prénom':<34}{'Club':<24}{'Cat.':<7}Temps"]
    t = r.randint(1900, 2600)
    for i in range(r.randint(7, 10)):
        p = c.person()
        t += r.randint(5, 90)
        out.append(f"{i + 1:<5}{r.randint(1, 900):<7}{pad(p.adm(), 34)}{r.choice(clubs):<24}{r.choice(['SE', 'M0', 'M1', 'M2', 'ES']) + p.e('F', 'H'):<7}{t // 3600}:{t % 3600 // 60:02d}:{t % 60:02d}")
    out += ["", f"Résultats provisoires — réclamations auprès de {c.person().full()}, juge-arbitre."]
    return lines(*out)


def course_compte_rendu(r, c):
    a, b, d, coach = c.cast(4)
    return lines(
        f"{r.choice(['Compte rendu', 'Retour sur'])} {r.choice(['les championnats départementaux de cross', 'le trail des Olivettes', 'les interclubs'])}",
        "",
        f"Belle journée pour le club ! {a.full()} monte sur la {r.choice(['2e', '3e'])} marche du podium en {r.choice(['SE', 'M1', 'M2']) + a.e('F', 'H')},",
        f"juste derrière {b.full()} ({r.choice(['US Vénissieux', 'Entente Ouest 44', 'ASPTT'])}), grâce à un finish impressionnant. {d.fn()} {r.choice(['termine 12e malgré une chute', 'bat son record de 40 secondes', 'abandonne sur blessure, rien de grave'])}.",
        f"Merci à {coach.cs()} pour le coaching et aux parents de {c.person().fn()} pour le covoiturage.",
        f"Prochain rendez-vous : le cross de {r.choice(['Saint-Priest', 'Mont-Saint-Aignan', 'Saint-Nazaire', 'Villeneuve-Saint-Georges'])}, {fdate(r)}. Inscriptions auprès de {coach.fn()}.",
        opt(r, 0.5, r.choice(["Prudence sur les routes : le départ se fera du parking du stade.", "Une victoire collective, bravo à tous !", "Entraînement avancé au jeudi à cause de l'Ascension."])),
    )


def jury_pv(r, c):
    cand, pres, rap1, rap2, dir_ = c.cast(5)
    return lines(
        f"{r.choice(['Université Paul Sabatier', 'IUT Henri Poincaré', 'CNAM — centre régional'])}",
        f"PROCÈS-VERBAL DE SOUTENANCE — {r.choice(['Master 2 Ressources humaines', 'Licence professionnelle Logistique', 'Mémoire d’ingénieur', 'Thèse de doctorat'])}",
        "",
        f"Candidat{cand.e('e', '')} : {cand.adm()}",
        f"Titre : « {r.choice(['La fidélisation des saisonniers dans l’hôtellerie', 'Optimisation des tournées en zone dense', 'Le télétravail dans les PME industrielles', 'Prévention des TMS en entrepôt'])} »",
        f"Date : {fdate(r)} — salle Pierre Mendès France",
        "",
        "Composition du jury :",
        f"  Pr {pres.full()}, président{pres.e('e', '')}",
        f"  Dr {rap1.full()}, rapport{rap1.e('rice', 'eur')}",
        f"  {rap2.civ()} {rap2.full()}, {r.choice(['DRH', 'directeur logistique' if not rap2.f else 'directrice logistique', 'tuteur entreprise' if not rap2.f else 'tutrice entreprise'])}",
        f"  {dir_.civ()} {dir_.ini()}, direct{dir_.e('rice', 'eur')} du mémoire",
        "",
        f"Après délibération, le jury attribue à {cand.civ()} {cand.sur()} la note de {r.randint(11, 18)}/20 {r.choice(['avec les félicitations du jury', 'mention bien', ''])}.".replace(" .", "."),
        "",
        f"Signature {pres.e('de la présidente', 'du président')} : {pres.SUR()}",
    )


def jury_convocation(r, c):
    sec, cand, m1, m2 = c.cast(4)
    return lines(
        f"Objet : convocation — soutenance de {cand.full()}",
        "",
        f"Bonjour {m1.cs()}, bonjour {m2.cs()},",
        "",
        f"La soutenance de {cand.fn()} aura lieu le {fdate(r)} à {r.randint(9, 16)} h, {r.choice(['salle 204', 'en visio (Zoom)', 'amphi Darius Milhaud'])}.",
        f"Le mémoire vous a été transmis par {cand.e('l’étudiante', 'l’étudiant')} ; merci d'envoyer vos pré-rapports à {sec.mail(r)} avant le {sdate(r)}.",
        opt(r, 0.5, f"{m1.civ()} {m1.sur()} présidera le jury."),
        "",
        "Bien cordialement,",
        f"{sec.full()}",
        "Secrétariat pédagogique",
    )


def cagnotte_feuille(r, c):
    hero = c.person()
    org = c.person()
    out = [f"🎁 Cagnotte pour le départ de {hero.full()}", f"Organisée par {org.fn()} — objectif {r.choice([150, 200, 300])} €", "",
           "Participant(e)s :"]
    for _ in range(r.randint(6, 10)):
        p = c.person()
        out.append(f"  {r.choice([p.abbr, p.full, p.fn])()}{r.choice([' ', ' ..... ', ' : '])}{r.choice([5, 10, 10, 15, 20])} €")
    out += ["", f"Idée cadeau : {r.choice(['un vélo', 'un week-end à Saint-Malo', 'un coffret Yves Rocher', 'un olivier en pot', 'un bon Franck Provost', 'un service Guy Degrenne', 'un dîner chez Paul Bocuse', 'un bon Jacques Dessange', 'un parfum Christian Dior'])} — "
            f"{hero.fn()} ne se doute de rien, chut !"]
    return lines(*out)


def cagnotte_mail(r, c):
    org, hero, dep = c.cast(3)
    return lines(
        f"Objet : {r.choice(['Pot de départ', 'Cadeau', 'Chut !'])} — {hero.fn()}",
        "",
        "Hello tout le monde,",
        "",
        f"Comme vous le savez, {r.choice([hero.full, lambda: nick(hero)])()} nous quitte le {sdate(r)} pour {r.choice(['une nouvelle aventure à Lyon', 'la retraite', 'rejoindre son conjoint à La Réunion', 'créer son entreprise'])}.",
        f"{dep.fn()} et moi organisons une cagnotte (lien sur le canal Slack #vie-bureau) et un pot {r.choice(DAYS)} à 17 h 30.",
        f"Pour la carte, elle circule ; {r.choice(['elle est', 'c’est'])} chez {dep.cs()} au 2e.",
        opt(r, 0.5, f"Surtout, pas un mot à {hero.fn()} ! Et pas à {c.person().fn()} non plus, qui ne sait pas tenir sa langue 😉"),
        "",
        org.fn(),
    )


def organigramme_arbre(r, c):
    dg = c.person()
    out = [f"ORGANIGRAMME — {r.choice(COMPANIES)} — {MONTHS[r.randint(0, 11)]} 2026", "",
           f"Direction générale : {dg.fup()}"]
    roles = {"Finance": ["comptable", "contrôle de gestion", "trésorerie"],
             "Opérations": ["responsable logistique", "chef d'équipe", "agent de quai", "cariste"],
             "Commercial": ["gestionnaire ADV", "chargé(e) de clientèle", "technico-commercial(e)"],
             "RH": ["gestionnaire de paie", "chargé(e) de recrutement", "juriste"],
             "Informatique": ["administrateur(trice) systèmes", "développeur(se)", "support"]}
    branches = r.sample(sorted(roles), 3)
    for i, b in enumerate(branches):
        head = c.person()
        last = i == len(branches) - 1
        out.append(f"{'└──' if last else '├──'} {b} : {r.choice([head.full, head.fup])()}")
        n = r.randint(1, 3)
        for j in range(n):
            p = c.person()
            out.append(f"{'    ' if last else '│   '}{'└──' if j == n - 1 else '├──'} {r.choice(roles[b])} : {r.choice([p.full, p.abbr])()}")
    out += ["", f"Assistante de direction : {c.person(sex='f').full()}"]
    return lines(*out)


def organigramme_quifaitquoi(r, c):
    out = [r.choice(["Qui fait quoi ? (mise à jour rentrée)", "Répartition des dossiers"]), ""]
    for dom in r.sample(["Paie et DSN", "Facturation clients", "Relances impayés", "Achats", "Parc véhicules", "Sécurité / DUERP", "Accueil des stagiaires"], 5):
        p = c.person()
        back = c.person()
        out.append(f"{dom} → {r.choice([p.full, p.fup, p.abbr])()} (suppléance : {r.choice([back.fn, back.cs, back.full])()})")
    return lines(*out)


def temoin_cerfa(r, c):
    wit, acc, vic = c.cast(3)
    return lines(
        "ATTESTATION",
        "(article 202 du code de procédure civile)",
        "",
        f"Nom : {wit.SUR()}",
        f"Prénom(s) : {wit.fn()}",
        f"Profession : {r.choice(JOBS)}",
        f"Adresse : {addr(r)}",
        "Lien avec les parties : collègue de travail",
        "",
        f"Je soussigné{wit.e('e', '')} {wit.full()} atteste avoir été témoin des faits suivants : le {fdate(r)}, vers {r.randint(8, 18)} h,",
        f"dans l'entrepôt, j'ai vu {acc.civ()} {acc.full()} {r.choice(['hausser le ton contre', 'bousculer', 'refuser de laisser passer'])} {vic.civ()} {vic.sur()}"
        + r.choice([".", f", qui a ensuite été conduit{vic.e('e', '')} à l'{r.choice(['hôpital Bichat', 'hôpital Necker', 'hôpital de Saint-Ouen'])}.", f", qui consultait le lendemain à la clinique Pasteur."]),
        f"{vic.fn()} {r.choice([vic.e('s’est mise', 's’est mis') + ' à pleurer', vic.e('est allée', 'est allé') + ' voir le chef d’équipe', vic.e('est restée', 'est resté') + ' calme'])}.",
        f"Je sais que la présente attestation est établie en vue de sa production en justice et que toute fausse déclaration m'expose à des sanctions pénales.",
        "",
        f"Fait à {city(r)}, le {sdate(r)}",
        f"Signature : {wit.ini()}",
        "(copie de la pièce d'identité jointe)",
    )


def temoin_libre(r, c):
    wit, inv = c.cast(2)
    born = nee(r, c, wit) or f", né{wit.e('e', '')}"
    other = c.person()
    return lines(
        f"Je soussigné{wit.e('e', '')}, {wit.civl()} {wit.adm()}{born} à {city(r)}, demeurant {addr(r)},",
        f"déclare sur l'honneur que {inv.civ()} {inv.full()} {r.choice(['était présent' + inv.e('e', '') + ' à son poste', 'travaillait avec moi', 'n’a pas quitté le chantier'])} le {fdate(r)} de 8 h à 17 h.",
        f"Nous étions en équipe avec {other.full()} sur le chantier de la rue Saint-Martin ; {inv.civ()} {inv.sur()} conduisait le camion.",
        f"{other.fn()} pourra le confirmer.",
        "",
        "Fait pour servir et valoir ce que de droit.",
        f"{city(r)}, le {sdate(r)}",
        wit.full() if r.random() < 0.5 else wit.fup(),
    )


TYPES = [
    ("bulletin-paie", [paie_bulletin, paie_mail, paie_journal]),
    ("courrier-rh", [rh_convocation, rh_certificat]),
    ("suivi-absences", [absences_tsv, absences_note]),
    ("devis", [devis_formel, devis_mail]),
    ("bon-commande", [commande_tableau, commande_demande]),
    ("ordre-du-jour", [odj_liste, odj_table]),
    ("synthese-cv", [cv_synthese, cv_court]),
    ("rapport-projet", [projet_meteo, projet_tableau]),
    ("prudhommes", [prudhommes_synthese, prudhommes_note]),
    ("courrier-banque", [banque_lettre, banque_mail, banque_procuration]),
    ("fiche-fournisseur", [fournisseur_fiche, fournisseur_mail]),
    ("appel-sav", [sav_transcription, sav_fiche, sav_chat]),
    ("annonce-intranet", [intranet_carnet, intranet_bienvenue]),
    ("liste-adherents", [club_csv, club_liste]),
    ("brief-mariage", [mariage_brief, mariage_mail]),
    ("carnet-chauffeur", [chauffeur_tsv, chauffeur_feuille]),
    ("reservation-hotel", [hotel_confirmation, hotel_rooming]),
    ("commande-optique-pharmacie", [optique_commande, pharmacie_commande]),
    ("git-revue-code", [git_log, code_review]),
    ("tableur-export", [tableur_csv, tableur_tsv]),
    ("liste-diffusion", [diffusion_mail, diffusion_liste]),
    ("acte-commissaire-justice", [huissier_constat, huissier_signification]),
    ("appel-offres", [ao_equipe, ao_prose]),
    ("annuaire-interne", [annuaire_colonnes, annuaire_services]),
    ("remise-cheques", [cheques_bordereau, cheques_cotisations]),
    ("resultats-course", [course_resultats, course_compte_rendu]),
    ("jury-soutenance", [jury_pv, jury_convocation]),
    ("cagnotte-depart", [cagnotte_feuille, cagnotte_mail]),
    ("organigramme", [organigramme_arbre, organigramme_quifaitquoi]),
    ("attestation-temoin", [temoin_cerfa, temoin_libre]),
]


# ---------------------------------------------------------------------------------------------
# Generation and checks.


def check_doc(name, text, people):
    """Mechanical checks of one document: label syntax, no negative labeled, no name left bare."""
    problems = []
    depth = 0
    for ch in text:
        depth += (ch == "⟦") - (ch == "⟧")
        if depth not in (0, 1):
            problems.append(f"{name}: nested or unbalanced label")
            break
    if depth != 0:
        problems.append(f"{name}: unclosed label")
    neg_folded = {fold(n) for n in NEG_ALL + EPONYMS}
    for m in LABEL.finditer(text):
        kind, sep, value = m.group(1).partition("|")
        if not sep or kind not in ("PERSON", "EMAIL") or not value or value != value.strip() or "\n" in value:
            problems.append(f"{name}: bad label {m.group(0)!r}")
        elif kind == "PERSON" and fold(value) in neg_folded:
            problems.append(f"{name}: a negative is labeled PERSON: {value!r}")
        elif kind == "EMAIL" and not re.fullmatch(r"[a-z0-9.-]+@(exemple\.fr|example\.com|[a-z0-9-]+\.example)", value):
            problems.append(f"{name}: e-mail outside the example domains {value!r}")
    if re.search(r"⟧ ?⟦PERSON", text):
        problems.append(f"{name}: two adjacent PERSON labels (one name cut in two?)")
    # A cast member's word left outside every label is a labeling slip.
    rest = LABEL.sub(" ", text)
    for n in sorted(NEG_ALL, key=len, reverse=True):
        rest = rest.replace(n, " ")
    for p in people:
        for w in set(re.split(r"[ '\-]", p.first + " " + p.last)):
            if len(w) >= 3 and fold(w) not in PARTICLES and re.search(r"(?<![\w@.])" + re.escape(w) + r"(?![\w@])", rest, re.IGNORECASE):
                problems.append(f"{name}: {w!r} of {p.first} {p.last} appears unlabeled")
    return problems


class Recording(Casting):
    """A Casting that remembers who was cast in the current document, for check_doc."""

    def __init__(self, r, weights):
        super().__init__(r, weights)
        self.doc_people = []

    def person(self, sex=None, origin=None):
        p = super().person(sex, origin)
        self.doc_people.append(p)
        return p


def generate(weights=None):
    r = random.Random(SEED)
    c = Recording(r, weights or WEIGHTS)
    docs, problems = [], []
    for i in range(PER_TYPE * len(TYPES)):
        kind, templates = TYPES[i % len(TYPES)]
        template = templates[(i // len(TYPES)) % len(templates)]
        c.doc_people = []
        c.used = set()
        text = template(r, c)
        name = f"{i:03d}-{kind}.txt"
        problems += check_doc(name, text, c.doc_people)
        docs.append((name, kind, text))
    return docs, problems


def persons(docs):
    return [(kind, v) for _, kind, text in docs for k, v in strip(text)[1] if k == "PERSON"]


def stats(docs):
    found = persons(docs)
    per_kind, per_kind_abs = {}, {}
    for kind, v in found:
        per_kind[kind] = per_kind.get(kind, 0) + 1
        per_kind_abs[kind] = per_kind_abs.get(kind, 0) + absent(v)
    values = [v for _, v in found]
    ab = sum(absent(v) for v in values)
    emails = sum(1 for _, _, t in docs for k, _ in strip(t)[1] if k == "EMAIL")
    caps = sum(1 for v in values if any(len(w) > 1 and w.isupper() for w in re.split(r"[ \-]", v)))
    inits = sum(1 for v in values if re.search(r"(^|[ \-])\w\.", v))
    single = sum(1 for v in values if len(v.split()) == 1)
    cats = [("streets", NEG_STREETS), ("places named after people", NEG_PLACES),
            ("companies and brands", NEG_COMPANIES), ("ordinary words that are names", NEG_WORDS),
            ("software and products", NEG_SOFTWARE)]
    neg = {}
    for cat, items in cats:
        n = 0
        for _, _, text in docs:
            plain_text = strip(text)[0]
            for item in items:
                n += len(re.findall(r"(?<!\w)" + re.escape(item) + r"(?!\w)", plain_text))
        neg[cat] = n
    print(f"documents: {len(docs)} ({len(TYPES)} types x {PER_TYPE}, two or three templates per type)")
    print(f"PERSON mentions: {len(values)} ({len(set(values))} distinct)")
    print(f"  absent from the lexicon: {ab} ({100 * ab / len(values):.1f} %)")
    print(f"  with a word in capitals: {caps}; with an initial: {inits}; one word: {single}")
    print(f"EMAIL labels: {emails}")
    print(f"negatives (occurrences in the stripped text): {sum(neg.values())}")
    for k, v in neg.items():
        print(f"  {k}: {v}")
    print("per document type: documents, PERSON mentions, absent from the lexicon")
    for kind, _ in TYPES:
        n, a = per_kind.get(kind, 0), per_kind_abs.get(kind, 0)
        docs_n = sum(1 for _, k, _ in docs if k == kind)
        print(f"  {kind:<28}{docs_n:>4}{n:>6}{a:>6} ({100 * a / max(n, 1):.0f} %)")
    return len(values), ab


def main():
    docs, problems = generate()
    again, _ = generate()
    if again != docs:
        problems.append("generation is not deterministic")
    for p in problems:
        print("PROBLEM:", p)
    n, ab = stats(docs)
    natural = [v for _, v in persons(generate(NATURAL)[0])]
    nab = sum(absent(v) for v in natural)
    def rare(w):
        return 100 * sum(w[o] for o in RARE) / sum(w.values())
    print(f"origins: {rare(WEIGHTS):.0f} % of the people cast from RARE origins ({rare(NATURAL):.0f} % in NATURAL)")
    print(f"same templates and seed with the NATURAL mix of origins: {len(natural)} mentions, "
          f"{nab} absent ({100 * nab / len(natural):.1f} %)")
    if len(docs) < 250 or n < 1200 or ab < 0.30 * n:
        problems.append("below the minimum counts")
        print("PROBLEM: below the minimum counts")
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
