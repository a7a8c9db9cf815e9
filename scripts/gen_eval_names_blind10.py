#!/usr/bin/env python3
"""Generates eval/names-blind10: a tenth BLIND labeled evaluation set for the PERSON detector.

    python3 scripts/gen_eval_names_blind10.py            # writes eval/names-blind10/*.txt
    python3 scripts/gen_eval_names_blind10.py --check    # prints the statistics only
    python3 scripts/gen_eval_names_blind10.py --origins  # absent share per origin (to set WEIGHTS)

What it is. Short French documents of types that none of the earlier sets used (TYPES at the end):
consular registrations, bell-ringer and sacristan rotas, organ-donation coordination notes,
journal editorial boards, trade-show badge lists, franchise-network directories, IT asset disposal
certificates, Slack huddle notes, sports-club transfer forms, carnival committees, makerspace
machine sign-offs, cycling-club ride reports, bridge-club results, notarised powers of attorney,
life-insurance beneficiary designations, pension-record reconstitution letters, CAF letters,
court-appointed expert meetings, building-site safety (PPSPS) contact lists, scaffolding
inspection registers, gas safety certificates, pest-control visit reports, tattoo consent forms,
school-canteen allergy lists, school-bus route sheets, radio call-in logs, wine-tasting juries,
lifeguard rotas, airport ground-handling shift logs, road-side assistance tickets and customs
declarations. Each type has
two or three templates (a form and a mail, a table and a chat...); they vary order, optional lines,
punctuation, NBSP (after civilities and inside a few names) and case.

How it was made. Written blind on 2026-12-02 by a helper session (blind10) that had NOT read the
detector's code, README, docs or tests, the earlier sets except eval/names-blind2..9 (format and
document types), nor data/lexicon. Nothing was run against the detector. The name pools (POOLS)
were written by hand for this set; the lexicon only serves to count the mentions absent from it
(--origins gives the absent share per origin; WEIGHTS were set from it, never by picking names).
--origins measured (2026-12-02, this set's templates and seed, every person of one origin):
French, Antillean, Spanish/Italian, Maghreb, Turkish/Kurdish, Portuguese/Cape Verdean and
Vietnamese names are nearly all in the lexicon (1-5 % of their mentions absent); West Africa,
Réunion/Mayotte and Central Africa partly (8-23 %); Haiti, the Balkans, Eastern Europe, the
Machrek/Iran/Afghanistan, Ukraine/Russia, China, South Asia, Madagascar, Armenia/Georgia, the Horn
of Africa and Cambodia/Laos from a third to two thirds (32-67 %); Nigerian/Ghanaian and Tamil names
hardly ever (95-98 %). With the NATURAL mix of a French SME only 7-9 % of the mentions are absent,
so the set is written with WEIGHTS: every origin is kept, French and Maghreb names stay the two
largest groups, but the origins the lexicon mostly lacks (RARE) get 47 % of the people
instead of 7 %; --check prints the set's share and the NATURAL one.

Labeling conventions (format: examples/eval.rs; same conventions as eval/names-blind3 to 9).
- Every mention of a person's name is labeled ⟦PERSON|…⟧, each time: full names in either order
  and case, a lone first name, a lone surname, initials ("J.-P. Caron", "Marie D."), particles
  included, names in lower case in chats ("karim"), "@⟦PERSON|Karim⟧".
- Civilities, titles and roles stay outside (M., Mme, Me, Dr, Pr, « le président »).
- Every e-mail address is labeled ⟦EMAIL|…⟧; the name inside it is not a PERSON. Only example
  domains are used. Logins, badge, licence and file numbers are NOT labeled (identifiers).
- Companies, streets, schools, hospitals, rooms, laws, diseases, wines, dogs, floats, products
  named after people are not labeled; they come from the NEG_* lists and --check counts them.

"Absent from the lexicon" uses absent() from scripts/gen_eval_names.py (imported, not copied).
Deterministic: stdlib only, fixed seed; re-running rewrites identical bytes.
"""

import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "eval", "names-blind10")
SEED = 20261210
PER_TYPE = 10

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gen_eval_names import fold  # noqa: E402
import blind_set  # noqa: E402
import gen_eval_names_blind9 as b9  # noqa: E402
# Label writers, name forms and text helpers shared with the earlier blind sets (imported, not copied).
from gen_eval_names_blind3 import NBSP, E, L, lines, opt, phone, sdate, fdate, euros  # noqa: E402
from gen_eval_names_blind4 import hhmm, sep, span, town_of  # noqa: E402
from gen_eval_names_blind5 import at  # noqa: E402
from gen_eval_names_blind6 import dates, form_name, table, times  # noqa: E402
from gen_eval_names_blind9 import P9, cell, civ, later, signed  # noqa: E402

# Name pools by origin: (female first names, male first names, surnames); "_" joins the words of
# one name. Hand-written for this set.
POOLS = {
    "france": (
        "Adélaïde Agathe Aline Anaïs Annick Apolline Armelle Aude Blandine Brigitte Capucine Cécile "
        "Chantal Clémence Colette Corinne Danièle Denise Éliane Élise Émilie Estelle Évelyne Fabienne "
        "Florence Françoise Geneviève Germaine Hélène Henriette Ingrid Irène Isabelle Jocelyne Joëlle "
        "Josette Juliette Léonie Liliane Louise Lucille Marie-Laure Marie-Noëlle Marine Marion "
        "Mathilde Micheline Nadine Nathalie Nicole Noémie Océane Paulette Philippine Raymonde Régine "
        "Sabine Ségolène Solène Suzanne Yolande Gwenola Morgane Nolwenn Clotilde Bénédicte Eugénie "
        "Anne-Laure Marie-Paule Annabelle Maëlys Bleuenn Katixa Maddalena Laurène Sixtine",
        "Alain Albert Alexandre Ambroise Anatole André Anthony Aristide Aurélien Baptiste Barthélemy "
        "Baudouin Bertrand Charles Christophe Claude Cyprien Daniel Edmond Émile Émilien "
        "Fabien Florent Florian Gaspard Georges Géraud Gilbert Guy Henri Hervé Jacques Jean-Louis "
        "Jean-Luc Jean-Paul Jean-Pierre Joël Jules Julien Léon Léopold Lionel Louis Marcel Marius "
        "Matthieu Maurice Maxime Michel Nicolas Norbert Octave Patrice Paul-Henri Philippe Raphaël "
        "Raymond René Robert Roland Sébastien Simon Sylvain Thibaut Thierry Tristan Urbain Vincent "
        "Yann Yannick Kévin Jordan Dylan Killian Brieuc Gwendal Peio Ghjuvanni Enguerrand Aymeric",
        "Allard Arnoux Aubert Aubin Bailly Barbier Baron Bénard Berger Bernier Bonnet Bouchet Bouvier "
        "Brunet Carpentier Carré Charrier Chauvin Collet Colin Cordier Cornu Courtois Delattre "
        "Delaunay Drouet Dubois Duval Fabre Faure Fournier Gaillard Garnier Gautier Gilles Girard "
        "Guillot Hamon Hardy Humbert Jacob Joly Julien Lambert Leblanc Lebrun Lecomte Lemoine Leroy "
        "Lucas Marchand Masson Mercier Michaud Moreau Perrin Picard Poulet Renard Rey Robin "
        "Roger Rolland Roy Schneider Tanguy Texier Vasseur Vincent Le_Goff Le_Gall Kerléo Le_Mouël "
        "Guéguen Quiniou Coatanéa Etchegaray Irigoyen Larralde Heitz Wendling Ruhlmann Koenig "
        "Albertini Luciani Poli Cabanel Escande Lacombe Deboosere Vanhoutte Delannoy Favre Jacquier "
        "Perrier de_Kerautem de_Vaublanc d'Harcourt du_Boÿs de_La_Tullaye Le_Saux Bourhis Trémel "
        "Peyrelongue Lagardère Chabanel Sabatier Ollivier Duhamel Lemarchand Vauquelin Desmarets "
        "Rigaud Teyssier Barthès Soulié Couderc Mazars Puech Verdier Chazal Marty Vidalenc Fayolle",
    ),
    "maghreb": (
        "Aïcha Amina Assia Chahinez Dalila Djamila Fadila Fatima-Zohra Habiba Hadjer Hassiba Kenza "
        "Khadija Leïla Linda Meriem Mounia Nadjet Naïma Nesrine Ouarda Rabia Rym Sabrina Safia Sonia "
        "Souad Wafa Yasmine Zoubida Zina Thiziri Taous Sihem Manel Chérifa Loubna Btissam Hajar "
        "Oumaïma Ilham Nassima Feriel Kheira Touria Ghania",
        "Abdelkader Abderrahmane Akli Ali Anis Ayoub Bilel Chakib Chérif Driss Fouad Ghani Hocine "
        "Ibrahim Idriss Kader Karim Khaled Larbi Madjid Malek Marouane Mohamed Mokhtar Mounir Nacer "
        "Nordine Noureddine Rabah Redha Slimane Smaïl Tahar Walid Yanis Younès Zinedine Kamal Hamid "
        "Aksel Amayas Yuba Abdelmalek Soufiane Mehdi Toufik Boualem Azzedine",
        "Abdelli Achour Adjali Aïssaoui Allali Amara Ammari Aouadi Attia Ayadi Azouz Belabbas "
        "Belarbi Belkhir Benabdallah Benaissa Benchikh Bendaoud Benkhelifa Bensaïd Benslimane "
        "Bentaleb Berrada Bouabdallah Bouchareb Boukhari Boulahia Boussaid Brahimi Chaouch Chebbi "
        "Dahmani Derbal Djellal Drif Fellah Gacem Guerfi Hadj-Ali Hamadouche Hamidi Kaddour Kadri "
        "Kebir Kessal Khaldi Laouar Mahdjoub Medjahed Meziane Mokrani Nouri Ouadah Oukaci Rahmouni "
        "Saïdani Sebbah Selmi Tlili Zemmouri Zitouni Aït_Ouarab Ould_Ali El_Amrani Ben_Youssef "
        "Aït_Hamou Ferroukhi Lakhdari Benzerga Haouchine Tadjer Bouhired Belghoul Chergui Mebarki",
    ),
    "afrique-ouest": (
        "Aminata Astou Coumba Diénéba Fatou Fatoumata Gnilane Kadidia Mariama Mame_Diarra Ndeye Oumy "
        "Rokhaya Salimata Seynabou Soda Yandé Nogaye Aïda Binta Assétou Tenin Niakalé Sali Oulimata",
        "Abdou Aliou Amath Babacar Birame Cheikh Daouda El_Hadji Fodé Issiaka Lamine Malick Modou "
        "Ndiaga Pape Sidy Sadio Seydou Bassirou Mor Ousseynou Khadim Serigne Assane Djibril Mamadou",
        "Badji Baldé Barry Bassène Camara Cissokho Dabo Dia Diabaté Diagne Diaw Dieng Dione Diouf "
        "Gassama Gueye Kane Koné Konaré Mané Mbaye Ndao Ndiongue Niasse Samaké Sané Seck Seye Tall "
        "Thiam Tine Wade Kanouté Fadiga Diawara Baradji Tandia Gakou Niakaté Soukouna Coulibaly",
    ),
    "afrique-centrale": (
        "Prisca Rachelle Chimène Brunelle Clarisse Arlette Nelly Laurelle Annie-Flore Gracia "
        "Christiane Ruth Séphora Ornella Mbali Gertrude Flore Josiane",
        "Armel Boris Brice Crépin Donatien Éloi Hilaire Jean-Bosco Prosper Romaric Sylvestre Yvon "
        "Guy-Bertrand Cyrille Désiré Rodrigue Achille Thierry-Marc",
        "Abega Atangana Bekolo Biloa Ekotto Elong Essama Etoundi Fouda Kamdem Kengne Mbarga Menye "
        "Ngono Nkodo Onana Owona Tchatchoua Tsala Wandji Ngassa Djoumessi Fokou Kouam Tchuente Tagne "
        "Bafuidi Bazola Kabeya Kalombo Katumba Kayembe Luzolo Mabiala Makosso Mavoungou Mayala "
        "Mbungu Mpoyi Mulumba Ndombe Nkanza Nsimba Tshilumba",
    ),
    "antilles-guyane": (
        "Annaïck Cindy Judith Lucienne Maryse Murielle Rosemonde Ketty Lise-Marie Mylène Priscilla "
        "Gwladys Line Marie-Line Josette Yolène",
        "Dorian Fred Harry Jocelyn Ludovic Rudy Teddy Wesley Willy Eddy Johnny Steeve Mickaël Frantz "
        "Ruddy Lucien Georges-Henri",
        "Anselme Babin Bellemare Bernabé Calixte Clairville Décimus Dorville Laguerre Lubin "
        "Marie-Sainte Pierre-Louis Saint-Val Théodose Ursule Zami Jean-Gilles Lafleur Nérée Solvar "
        "Pancrace Bienvenu Zébina Flavien Jean-Alphonse Marie-Joseph Sainte-Rose Narcisse Cyrille "
        "Galvani Bolus",
    ),
    "reunion-mayotte": (
        "Marie-Josée Rosemay Sitti Zaïnaba Anzati Moinaecha Faouzia Echati Anlia Marie-Claire "
        "Johanna Jessica Laurence",
        "Jean-Hugues Jean-Max Giovanni Jimmy Bacar Anli Nassur Abdourahamane Jean-Yves Mickaël "
        "Ludovic Dimitri",
        "Técher Hoareau Maillot Sautron Nativel Lauret Dijoux Turpin Clain Mussard "
        "Léocadie Sinimalé Govindin Ramassamy Virapoullé Mouniama Madi Soilihi Attoumani Ahamada "
        "Houmadi Combo Ousseni Abdallah Chamassi Picard-Técher Fontaine-Payet",
    ),
    "portugal-cap-vert": (
        "Ana_Paula Conceição Fátima Filipa Graça Helena Joana Lurdes Manuela Márcia Sónia Teresa "
        "Vânia Rosário Odete Lúcia Celeste Adelina Idalina Zulmira Cátia Nilza Ivone",
        "Abílio Adelino Agostinho Álvaro Armando Artur Carlos Custódio Duarte Fernando Gonçalo "
        "Hélder Horácio Jaime Joaquim Jorge José Luís Manuel Nuno Paulo Rui Sérgio Tiago Vítor "
        "Amílcar Elísio Zeferino",
        "Almeida Alves Amaral Antunes Baptista Barbosa Borges Cabral Cardoso Carvalho Correia Cunha "
        "Domingues Esteves Faria Fernandes Ferreira Figueiredo Fonseca Gaspar Gomes Gonçalves Lopes "
        "Machado Magalhães Marques Matos Medeiros Monteiro Moreira Neves Nogueira Oliveira Pacheco "
        "Pereira Pinto Queirós Ramos Reis Ribeiro Rocha Santos Silva Soares Sousa Tavares Teixeira "
        "Vaz Vieira Semedo Furtado Varela Évora Fortes Brito Da_Costa Dos_Santos Da_Silva De_Jesus",
    ),
    "espagne-italie": (
        "Alba Carmen Concepción Dolores Encarnación Inmaculada Lorena Lucía Montserrat Nuria Pilar "
        "Rocío Asunción Giulia Francesca Chiara Rosaria Antonella Graziella Loredana Silvana "
        "Annunziata Pina Raffaella",
        "Alfonso Andrés Ángel Antonio Enrique Esteban Francisco Ignacio Javier Jesús Joaquín Manolo "
        "Ramón Salvador Vicente Giuseppe Salvatore Vincenzo Gennaro Luigi Massimo Stefano Carmelo "
        "Domenico Pasquale",
        "Álvarez Castillo Delgado Díaz Fernández García Giménez Gómez Gutiérrez Herrera Iglesias "
        "Jiménez López Marín Martínez Molina Moreno Muñoz Navarro Ortega Pérez Ramírez Romero Rubio "
        "Ruiz Serrano Torres Vázquez Esposito Russo Romano Colombo Ricci Marino Greco Gallo Conti "
        "De_Luca Giordano Mancini Rizzo Lombardi Moretti Barbieri Caruso Santoro Rinaldi Gentile "
        "Martinelli Vitale Pellegrini D'Angelo Di_Stefano La_Rosa Lo_Russo",
    ),
    "turquie-kurde": (
        "Ayşe Ayten Berfin Büşra Derya Ebru Elif Emine Esra Fadime Gülay Gülsüm Hatice Havva Kübra "
        "Melek Merve Nesrin Özlem Rojda Sevgi Songül Tuğba Zeynep Zozan Dilan Nurcan Hülya",
        "Ahmet Baran Berkay Burak Cengiz Emre Erdal Ercan Eren Fatih Hakan Hasan Hüseyin Kemal "
        "Mehmet Murat Mustafa Recep Serkan Tolga Ufuk Yusuf Zeki Rıza Rojhat Welat Dilovan Serhat",
        "Akın Aksoy Aktaş Arslan Aslan Avcı Aydın Bayram Çelik Çetin Demir Doğan Erdem Güler Güneş "
        "Kaplan Kara Kaya Keskin Koç Kurt Özdemir Öztürk Polat Şahin Şimşek Tekin Uysal Yalçın "
        "Yavuz Yıldız Yıldırım Yilmaz Zengin Ateş Bozkurt Coskun Durmaz Karakaya Ekinci Tunç Alkan "
        "Kılıç",
    ),
    "vietnam": (
        "Thi_Lan Ngoc_Anh Thu_Trang Kim_Oanh Bich_Ngoc Thanh_Huong Hong_Nhung Phuong_Linh Minh_Chau "
        "Thuy_Duong My_Linh Hoai_Thu Diem_Phuc",
        "Van_Minh Quoc_Bao Duc_Anh Huu_Phuoc Thanh_Tung Minh_Khoa Quang_Huy Van_Hai Trong_Nghia "
        "Tuan_Kiet Hoang_Nam Cong_Vinh",
        "Nguyen Tran Pham Hoang Huynh Phan Vu Vo Dang Bui Ngo Duong Ly Truong Dinh Lam Luong Trinh "
        "Cao Quach Chau Thai Kieu Nguyen-Tran",
    ),
    "chine": (
        "Mei_Ling Xiaoyan Yuqing Jiayi Lihua Xiuying Wenjing Shuang Yanping Huimin Qiaoling Ruoxi "
        "Xinyi Yating",
        "Jian Hao Zhiqiang Jianguo Xiaoming Yifan Haoran Zihao Junjie Tianyu Chengwei Guoqiang Wenbo "
        "Zhenyu",
        "Wang Zhang Liu Chen Yang Huang Zhao Zhou Xu Zhu Guo Lin Luo Zheng Liang Xie Deng Peng Zeng "
        "Xiao Tian Dong Yuan Cai Jiang Cheng Jin Wu",
    ),
    "cambodge-laos": (
        "Sokha Sophea Chanthou Sreymom Bopha Kanha Phalla Malis Phonesavanh Keomany Souksavanh "
        "Vilayvanh Chanthavy",
        "Sokhom Vuthy Rithy Sambath Chhay Piseth Vannak Somphone Khamphet Souphanh Thongsavath Visay",
        "Chhim Keo Chea Heng Meas Nhem Ouk Pich Seng Tep Yim Khiev Phommachanh Sayavong "
        "Souvannavong Keomanivong Inthavong Phanthavong Vongphachanh Sisouphanh Chanthala Luangrath",
    ),
    "madagascar": (
        "Haingo Hanitra Lalao Mialy Nirina Noro Onja Tiana Voahangy Fanja Rindra Miora",
        "Andry Fidy Haja Mamy Njaka Rado Rija Tojo Toky Tsiry Heritiana Nantenaina Mahery Tahiry",
        "Rakotomalala Rakotoarisoa Randrianarisoa Rasoanaivo Razafindrakoto Andrianjafy Ratsimba "
        "Rabemananjara Ravelojaona Randriamampianina Rajaonarison Razanamahefa Ramanantsoa "
        "Andriamasinoro Rasolofonirina Rakotondrabe Randrianasolo Ravelomanana Rabearivelo "
        "Razafimahatratra Andrianaivo Rasamoelina Raharison Rakotovao Ramarolahy",
    ),
    "tamoul-sri-lanka": (
        "Kavitha Tharshini Nirosha Sangeetha Vasanthi Thulasi Priyanka Nithya Mathumitha Kalaivani "
        "Sivaranjani Abirami Yalini Janani Dharshika",
        "Sivakumar Kajan Niroshan Thusyanthan Vithurshan Suthakaran Pradeep Jeyakumar Ragavan "
        "Sathees Kirushanth Mayooran Ilango Gobinath",
        "Sivapalan Tharmarajah Kanagaratnam Selvarajah Balasingham Thevarajah Nadarajah Ratnasingam "
        "Sriskandarajah Yogeswaran Kandiah Ponnambalam Vigneswaran Murugesu Sinnathamby Arulampalam "
        "Paramanathan Jeyaseelan Sabaratnam Thillainathan",
    ),
    "armenie-georgie": (
        "Anahit Araksi Armine Gayane Hasmik Lusine Nune Siranush Tamar Nino Ketevan Manana Tatia "
        "Lilit Knarik",
        "Aram Arman Armen Artashes Ashot Davit Garegin Gevorg Hovhannes Hrant Levon Mher Sarkis "
        "Tigran Vahe Vardan Giorgi Levan Zurab Irakli Tornike",
        "Abrahamyan Aghajanian Avetisyan Babayan Baghdassarian Ghazaryan Grigoryan Hakobyan "
        "Harutyunyan Hovsepyan Karapetyan Khachatryan Manukyan Minassian Mkrtchyan Nalbandian "
        "Petrosyan Sarkissian Simonian Tashjian Ter-Petrossian Vardanyan Zakaryan Beridze Gelashvili "
        "Kapanadze Lomidze Mamaladze Tsiklauri Chkheidze Kvaratskhelia",
    ),
    "europe-est": (
        "Agnieszka Bogdana Dorota Ewa Joanna Katarzyna Magdalena Małgorzata Monika Oana Raluca "
        "Roxana Simona Ioana Andreea Bianca Iwona Grażyna Zuzana",
        "Andrzej Bogdan Cezary Dariusz Florin Grzegorz Ionuț Jacek Janusz Krzysztof Marek Mihai "
        "Mircea Paweł Piotr Radu Sorin Tomasz Vasile Wojciech Zbigniew Ovidiu Costel Lukáš Tomáš",
        "Nowak Kowalski Wiśniewski Wójcik Kamiński Lewandowski Zieliński Szymański Woźniak "
        "Dąbrowski Kozłowski Jankowski Mazur Krawczyk Piotrowski Popescu Ionescu Popa Dumitru Stoica "
        "Gheorghe Munteanu Rusu Moldovan Lungu Dinu Ciobanu Neagu Dvořák Novotný Horváth Kovács "
        "Szabó Tóth Nagy",
    ),
    "ukraine-russie": (
        "Anastasia Daria Ekaterina Kateryna Ksenia Lioudmila Natalia Oksana Olena Olga Svetlana "
        "Tetiana Valentina Yulia Viktoria Polina Zlata Larissa Galina",
        "Alexeï Andriy Artem Bohdan Dmytro Evgueni Igor Ivan Maksym Mykola Oleg Oleksandr Pavlo "
        "Sergueï Stanislav Taras Vadim Vladimir Volodymyr Yaroslav Yuriy Denys Kirill",
        "Bondarenko Boyko Hrytsenko Kovalenko Kravchenko Lysenko Melnyk Moroz Oliynyk Petrenko "
        "Savchenko Shevchenko Tkachenko Zinchenko Ivanov Petrov Smirnov Sokolov Kuznetsov Volkov "
        "Morozov Lebedev Orlov Popov Vasiliev Zaitsev Marchenko Rudenko Kozak Pavlenko Yaremchuk "
        "Kovalchuk Romanyuk",
    ),
    "balkans": (
        "Bojana Dragana Jelena Milica Snežana Vesna Zorica Mirjana Lejla Amra Emina Arta Blerta "
        "Drita Vjosa Teuta Albana",
        "Aleksandar Dragan Goran Miloš Nenad Zoran Dejan Nikola Adnan Emir Haris Edin Arben Besnik "
        "Driton Fatmir Ilir Shpetim Valon",
        "Jovanović Petrović Nikolić Marković Đorđević Stojanović Ilić Stanković Pavlović Popović "
        "Hodžić Hadžić Mehmedović Begić Delić Krasniqi Gashi Berisha Morina Hoxha Shala Bytyqi "
        "Kelmendi Rexhepi Hasani",
    ),
    "machrek-iran-afghanistan": (
        "Rania Rasha Hiba Nour Razan Ghada Samar Layal Farideh Shirin Parisa Mahnaz Golnaz Zahra "
        "Farzaneh Nargis Hosai Marwa Laila",
        "Bassel Fadi Ghassan Kinan Majd Rami Tarek Wassim Ziad Omid Reza Farhad Kaveh Babak Dariush "
        "Ahmad Javad Wahid Sayed Naveed Shafiq Habibullah Zabiullah",
        "Khoury Nassar Saleh Mansour Khalil Hamdan Darwish Shami Haddadin Al-Hassan Al-Khatib "
        "Abou_Jaoudé Fakhoury Sfeir Tabet Rostami Mohammadi Hosseini Rezaei Karimi Ahmadi Jafari "
        "Moradi Tehrani Kazemi Nazari Sultani Popal Wardak Rahimi Amiri Noori Safi Stanikzai Hakimi",
    ),
    "corne-afrique": (
        "Abeba Almaz Hiwot Meron Selam Senait Tigist Yordanos Feven Luwam Hodan Fadumo Hibaaq Sahra "
        "Asli Ifrah",
        "Dawit Ephrem Fikru Girma Henok Kidane Mekonnen Tesfaye Yonas Biniam Filmon Abdirahman "
        "Abdullahi Liban Guled",
        "Alemu Assefa Bekele Desta Gebremedhin Gebreyesus Haile Kahsay Mengistu Negash Tadesse "
        "Tesfay Woldemariam Habte Ghebre Mehari Abdi Aden Hersi Jama Warsame Osman Dualeh Egal",
    ),
    "haiti": (
        "Carline Claudette Dieula Elsie Fabiola Guerda Islande Kettly Lourdes Magalie Mirlande "
        "Yolette Widlyne Sherline Wideline",
        "Alix Berthony Claudy Dieudonné Emmanuel Fritz Gesner Jean-Robert Jean-Wilner Lesly Louino "
        "Marc-Arthur Néhémie Ricardo Rony Wilfrid Wilner Yves-Marie Clifford Wisner",
        "Célestin Desrosiers Dorvil Dorsainvil Duvalsaint Estimé Exantus Fleurimond Fils-Aimé "
        "Joseph Louissaint Mérilus Petit-Frère Saint-Fleur Saint-Juste Théodore Valcin "
        "Vilsaint Jean-Charles Dieujuste Prophète Similien Brutus",
    ),
    "afrique-anglophone": (
        "Adaobi Chioma Funmilayo Ifeoma Nneka Oluwakemi Titilayo Uchechi Yewande Akosua Afia Esi "
        "Abla Dzifa",
        "Adebowale Chinedu Ebuka Femi Ifeanyi Nnamdi Oluwafemi Segun Uchenna Tobenna Kojo Kwaku "
        "Kobby Selorm Ekow",
        "Adeleke Adewale Ajayi Akinola Chukwu Ezeh Ibekwe Nnadi Obiora Ogunleye Okeke Okoro "
        "Oyelaran Uzor Amoah Ansah Darko Frimpong Gyamfi Ofori Quaye Tetteh Addo Boakye",
    ),
    "asie-sud": (
        "Nasreen Shahnaz Sultana Fatema Sumaiya Nazia Hina Mehwish Priya Deepika Lakshmi",
        "Faisal Kamrul Mizanur Nazrul Rashed Shafiqul Zahid Asif Bilawal Usman Waqas Amit Arjun "
        "Suresh Manoj",
        "Akter Begum Bhuiyan Hasan Mahmud Mollah Rashid Sarkar Talukder Malik Mirza Raza Siddiqui "
        "Javed Iqbal Gupta Kumar Nair Reddy Verma Chauhan Ramgoolam Seebaluck Boodhoo",
    ),
}

# Share of each origin among the people cast. NATURAL is a plausible mix for the staff, customers
# and members of a French SME or association. WEIGHTS keeps every origin but gives the origins
# whose names the lexicon mostly lacks (RARE) more people; set after measuring --origins.
NATURAL = {
    "france": 55, "maghreb": 14, "afrique-ouest": 4, "afrique-centrale": 2.5, "antilles-guyane": 2.5,
    "reunion-mayotte": 1.5, "portugal-cap-vert": 6, "espagne-italie": 5, "turquie-kurde": 2, "vietnam": 1.2,
    "chine": 1, "cambodge-laos": 0.5, "madagascar": 0.4, "tamoul-sri-lanka": 0.3, "armenie-georgie": 0.6,
    "europe-est": 1.2, "ukraine-russie": 0.6, "balkans": 0.4, "machrek-iran-afghanistan": 0.6,
    "corne-afrique": 0.2, "haiti": 0.3, "afrique-anglophone": 0.2, "asie-sud": 0.3,
}
# RARE: the origins with at least 30 % of their mentions absent from the lexicon (--origins).
RARE = ["cambodge-laos", "madagascar", "tamoul-sri-lanka", "armenie-georgie", "europe-est", "ukraine-russie",
        "balkans", "machrek-iran-afghanistan", "corne-afrique", "haiti", "afrique-anglophone", "asie-sud",
        "chine"]
WEIGHTS = {
    "france": 22, "maghreb": 8, "afrique-ouest": 4, "afrique-centrale": 3, "antilles-guyane": 3,
    "reunion-mayotte": 3, "portugal-cap-vert": 4, "espagne-italie": 3, "turquie-kurde": 3, "vietnam": 2,
    "chine": 3, "cambodge-laos": 4, "madagascar": 4, "tamoul-sri-lanka": 7, "armenie-georgie": 5,
    "europe-est": 3, "ukraine-russie": 4, "balkans": 3, "machrek-iran-afghanistan": 3,
    "corne-afrique": 3, "haiti": 2, "afrique-anglophone": 6, "asie-sud": 2,
}

# Negatives: never labeled; --check counts their occurrences in the stripped text.
NEG_STREETS = [
    "rue Émile Zola", "avenue Jean Jaurès", "boulevard Carnot", "rue Pasteur", "rue Aristide Briand",
    "avenue Foch", "rue Paul Bert", "rue Danton", "avenue Anatole France", "rue Marie Curie",
    "allée Simone Veil", "boulevard Gallieni", "quai Jules Verne", "rue Édith Piaf", "impasse Jean Bart",
]
NEG_PLACES = [
    "hôpital Édouard Herriot", "CHU Pellegrin", "hôpital Bichat", "hôpital Foch", "Institut Curie",
    "collège Marcel Pagnol", "école Louis Pergaud", "école Paul Langevin", "piscine Jean Taris",
    "gymnase Léo Lagrange", "salle Jacques Brel", "espace Georges Brassens", "aéroport Charles de Gaulle",
    "aéroport Marseille Provence", "église Saint-Sulpice", "chapelle Sainte-Anne", "église Saint-Étienne",
    "stade Geoffroy-Guichard", "vélodrome Jacques Anquetil", "Saint-Nazaire", "Saint-Brieuc",
    "Saint-Quentin", "Sainte-Geneviève-des-Bois", "centre aquatique Alain Bernard", "col du Galibier",
]
NEG_COMPANIES = [
    "Bouygues", "Dassault", "Renault", "Hermès", "Yves Rocher", "Pierre Fabre", "Christian Dior",
    "Pathé", "Dalloz", "Larousse", "Hachette", "Gaumont", "Jean Louis David", "Franck Provost",
    "Vinci", "Eiffage", "Ferrero", "Haribo", "Lefranc Bourgeois", "Saunier Duval", "De Dietrich",
    "Boulangerie Martel", "Transports Giraud", "Menuiserie Gaudin",
]
NEG_EPONYMS = [
    "loi Évin", "loi Badinter", "loi Hamon", "maladie de Parkinson", "maladie de Lyme",
    "bacille de Koch", "score de Glasgow", "test de Mantoux", "prix Nobel", "coupe Davis",
    "classement Elo", "mouvement Howell", "mouvement Mitchell", "clé Allen", "échelle de Beaufort",
    "manœuvre de Heimlich", "œdème de Quincke", "syndrome de Raynaud",
]
NEG_WINES_FLOATS = [
    # Wines, carnival giants and characters named like people: not a mention of anyone.
    "Château Margaux", "Château Talbot", "Château Léoville", "Clos Saint-Jacques", "Saint-Joseph",
    "Saint-Émilion", "Cuvée Louis", "Gayant", "Reuze Papa", "Pierrot", "Colombine", "Arlequin",
]
NEG_WORDS = [
    "pierre", "rose", "olive", "prime", "Prime", "ferme", "aimé", "constant", "Saint-Martin",
    "Toussaint", "Pentecôte", "Ascension", "Mardi gras", "Carnaval", "muguet", "aurore", "reine",
    "Mi-Carême",
]
NEG_TITLES = [
    "DRH", "RSSI", "DSI", "MOA", "MOE", "CSPS", "SST", "CACES", "BNSSA", "MNS", "Senior", "Junior",
    "Cadre", "Vétéran", "Espoir", "Benjamin", "Minime", "Sacristain", "Chef d'escale", "Agent de piste",
    "Coordinatrice", "Expert judiciaire", "Greffier", "Arbitre", "Allocataire", "Assuré",
    "Souscripteur", "Bénéficiaire", "Tatoueur", "Chef de chantier", "Conducteur de travaux",
]
NEG_SOFTWARE = [
    "Slack", "Huddle", "Notion", "Excel", "Teams", "Jira", "Strava", "Garmin", "Cristal",
    "Funbridge", "Doctolib", "GLPI", "Pronote", "Amadeus", "Altéa", "SAP",
    "Caf.fr", "info-retraite.fr", "Opale",
]
NEG_CATS = [("streets", NEG_STREETS), ("places named after people", NEG_PLACES),
            ("companies, brands", NEG_COMPANIES), ("eponyms (laws, diseases, prizes, methods)", NEG_EPONYMS),
            ("wines, carnival giants, characters", NEG_WINES_FLOATS), ("ordinary words that are names", NEG_WORDS),
            ("titles, roles, categories, acronyms", NEG_TITLES), ("software and products", NEG_SOFTWARE)]
NEG_ALL = [n for _, items in NEG_CATS for n in items]

CITIES = {"Paris": "75011", "Aubervilliers": "93300", "Créteil": "94000", "Argenteuil": "95100",
          "Cergy": "95000", "Massy": "91300", "Poissy": "78300", "Le Havre": "76600", "Caen": "14000",
          "Quimper": "29000", "Vannes": "56000", "Nantes": "44000", "Angers": "49000", "Poitiers": "86000",
          "Limoges": "87000", "Dijon": "21000", "Besançon": "25000", "Metz": "57000", "Nancy": "54000",
          "Lille": "59000", "Tourcoing": "59200", "Amiens": "80000", "Lyon": "69007", "Villeurbanne": "69100",
          "Annecy": "74000", "Valence": "26000", "Avignon": "84000", "Marseille": "13003",
          "Montpellier": "34000", "Perpignan": "66000", "Toulouse": "31000", "Pau": "64000",
          "Bordeaux": "33000", "Saint-Paul": "97460", "Fort-de-France": "97200", "Cayenne": "97300"}
STREETS = ["rue des Tilleuls", "rue du Moulin", "chemin des Vignes", "avenue de la République",
           "rue des Écoles", "impasse des Acacias", "route de Lyon", "rue du Port", "allée des Mésanges",
           "rue de la Fontaine", "lotissement Les Hauts", "rue Haute"]
MAIL = ["exemple.fr", "example.com", "mail.example", "courriel.example"]

# This set's first names that read as French words in lower case ("désiré", "flore"): a chat
# writes them capitalised (blind8 and blind9 do the same for their own lists).
WORDLIKE10 = {"desire", "flore", "line", "prosper", "sali", "soda", "ruth", "alba", "pina", "celeste",
              "graca", "esi", "jian", "hao", "toky", "mamy", "nour", "armel", "fred"}


def city(r):
    return r.choice(sorted(CITIES))


def addr(r, town=None):
    town = town or city(r)
    return f"{r.randint(1, 180)}{r.choice(['', '', '', ' bis', ' ter'])} {r.choice(NEG_STREETS + STREETS)}, {CITIES[town]} {town}"


class P10(P9):
    def low(self):
        return self.fn() if fold(self.first) in WORDLIKE10 else super().low()

    def mail(self, r, domain=None):
        return super().mail(r, domain or r.choice(MAIL))


class Casting(b9.Casting):
    """blind9's casting (no two people of a document share a word of their names) drawing from
    this set's POOLS; Iberian families keep two surnames, some Polish and Ukrainian women the
    feminine form."""

    def _draw(self, o, s):
        r = self.r
        first = r.choice(POOLS[o][0 if s == "f" else 1].split()).replace("_", " ")
        lo = r.choices(self.origins, self.weights)[0] if r.random() < 0.06 else o
        sur = r.choice(POOLS[lo][2].split()).replace("_", " ")
        if s == "f" and lo == "europe-est" and sur.endswith(("ski", "cki")):
            sur = sur[:-1] + "a"
        elif s == "f" and lo == "ukraine-russie" and sur.endswith(("ov", "ev")):
            sur += "a"
        elif lo in ("portugal-cap-vert", "espagne-italie") and " " not in sur and r.random() < 0.18:
            second = r.choice(POOLS[lo][2].split())
            if "_" not in second and second != sur:
                sur += r.choice([" ", " ", "-"]) + second
        return first, sur

    def person(self, sex=None, origin=None):
        p = super().person(sex, origin)
        p.__class__ = P10
        return p

    def kin(self, p, sex=None):
        """A relative (child, spouse) who bears the same surname."""
        r = self.r
        s = sex or r.choice("fm")
        for tries in range(10000):
            first = r.choice(POOLS[p.origin][0 if s == "f" else 1].split()).replace("_", " ")
            if fold(first) not in self.used or tries > 300:
                self.used.add(fold(first))
                q = P10(first, p.last, s, p.origin, r)
                self.doc_people.append(q)
                return q
        raise RuntimeError("no name left to cast")


def chat_name(r, p):
    """A name as a chat or a call log shows its author."""
    return r.choice([p.full, p.fn, p.abbr, p.full])()


def mention(r, p):
    """A name inside running text of a chat: sometimes lower-case, sometimes an @mention."""
    return r.choice([p.fn, p.low, p.at, p.low])()


# ---------------------------------------------------------------------------------------------
# Document types. Each template takes the random generator and a Casting and returns the labeled
# text; a type is a list of templates used in turn.

POSTS = ["Montréal", "Dakar", "Casablanca", "Abidjan", "Madrid", "Londres", "Bruxelles", "Genève",
         "Hô Chi Minh-Ville", "Antananarivo", "Erevan", "Varsovie", "Lisbonne", "Shanghai", "Tunis"]


def consulat_fiche(r, c):
    p = c.person()
    partner = c.kin(p, "m" if p.f else "f") if r.random() < 0.5 else None
    kids = [c.kin(p) for _ in range(r.randint(0, 2))]
    agent = c.person()
    post = r.choice(POSTS)
    out = [f"Consulat général de France à {post}",
           "INSCRIPTION AU REGISTRE DES FRANÇAIS ÉTABLIS HORS DE FRANCE",
           f"N° d'inscription : {r.randint(100000, 999999)}", ""]
    out += form_name(r, p)
    out += [opt(r, 0.4, f"Nom d'usage{sep(r)}{r.choice([p.SUR, p.sur])()}"),
            f"Né{p.e('e', '')} le{sep(r)}{sdate(r, r.randint(1966, 2000))} {at(city(r))}",
            f"Adresse à l'étranger{sep(r)}{r.randint(2, 400)}, {r.choice(['avenue principale', 'résidence du Parc', 'quartier administratif', 'immeuble Les Palmiers'])}, {post}",
            f"Courriel{sep(r)}{p.mail(r)}"]
    if partner:
        out += ["", f"Conjoint{partner.e('e', '')}{sep(r)}{r.choice([partner.full, partner.adm])()} (inscrit{partner.e('e', '')} également)"]
    for k in kids:
        out.append(f"Enfant mineur{sep(r)}{r.choice([k.full, k.fn])()}, né{k.e('e', '')} le {sdate(r, r.randint(2010, 2024))}")
    out += ["", f"Dossier instruit par{sep(r)}{r.choice([agent.ini, agent.full])()}, agent consulaire",
            opt(r, 0.5, "Pièces : passeport, justificatif de domicile local, photo d'identité.")]
    return lines(*out)


def consulat_mail(r, c):
    p, agent = c.person(), c.person()
    post = r.choice(POSTS)
    return lines(
        f"De : Service des Français de l'étranger — {post} <{E('inscriptions@consulat.example')}>",
        f"À : {p.mail(r)}",
        "Objet : Votre inscription consulaire",
        "",
        f"{p.civl()} {r.choice([p.sur, p.SUR, p.full])()},",
        "",
        f"Votre inscription au registre des Français établis à {post} est validée jusqu'au {sdate(r, 2031)}.",
        f"Votre carte consulaire est disponible à l'accueil ; elle peut être retirée par vous-même ou par un tiers muni d'une procuration.",
        opt(r, 0.6, f"Nous avons bien noté la radiation de {r.choice([c.person().full, c.person().adm])()}, rentré{p.e('e', '')} en France, de votre foyer."),
        opt(r, 0.5, "Pensez à vérifier votre inscription sur la liste électorale consulaire avant le 31 décembre."),
        "",
        "Cordialement,",
        f"{signed(r, agent)}",
        f"Agent{agent.e('e', '')} consulaire — {post}",
    )


def consulat_liste(r, c):
    post = r.choice(POSTS)
    out = [f"Liste électorale consulaire — {post}", f"Extrait — bureau de vote n° {r.randint(1, 6)} — mise à jour du {sdate(r)}", ""]
    rows = []
    for _ in range(r.randint(7, 10)):
        p = c.person()
        rows.append([p.SUR() if r.random() < 0.7 else p.SURX(), p.fn(), sdate(r, r.randint(1940, 2007)), r.choice(["", "", "", "radié(e)", "nouvel(le) inscrit(e)"])])
    rows.sort(key=lambda row: fold(row[0]))
    out += table(r, ["Nom", "Prénoms", "Né(e) le", "Mention"], rows, [26, 18, 12, 18])
    pres = c.person()
    out += ["", f"Commission de contrôle présidée par {civ(r, pres)}.", "Recours possible devant le tribunal judiciaire de Paris."]
    return lines(*out)


def sacristie_planning(r, c):
    people = c.cast(r.randint(6, 8))
    masses = ["Samedi 18h30", "Dimanche 9h30", "Dimanche 11h00", "Mardi 18h00", "Jeudi 9h00"]
    church = r.choice(["église Saint-Sulpice", "église Saint-Étienne", "chapelle Sainte-Anne"])
    out = [f"Paroisse — {church}", f"Planning des services — {r.choice(['Avent', 'Carême', 'temps ordinaire', 'mois de mai'])} 2026", ""]
    rows = []
    for m in r.sample(masses, 4):
        a, b, s = r.sample(people, 3)
        rows.append([m, cell(r, a), cell(r, b), r.choice([s.fn, s.abbr, s.full])()])
    out += table(r, ["Messe", "Sacristain", "Lectures", "Cloches"], rows, [16, 28, 28, 20])
    x = r.choice(people)
    out += ["", opt(r, 0.5, "Messe de l'aurore à Noël : sonnerie à 6h45 ; fête de la Saint-Martin le 11 novembre."),
            f"Pour l'Ascension, volontaires pour sonner à la volée : {x.fn()} et {r.choice([p for p in people if p is not x]).full()}.",
            opt(r, 0.6, f"En cas d'empêchement, prévenir {r.choice(people).cs()} au {phone(r)}."),
            opt(r, 0.4, "Merci de laisser la sacristie fermée à clé après chaque office.")]
    return lines(*out)


def sacristie_bulletin(r, c):
    old, new, priest, org = c.person(sex="m"), c.person(), c.person(sex="m"), c.person()
    return lines(
        "FEUILLE PAROISSIALE",
        f"Semaine du {sdate(r)}",
        "",
        f"Après {r.randint(12, 40)} ans de service, {old.full()} laisse la corde des cloches : "
        f"un grand merci à {old.fn()} pour sa fidélité, du baptême au glas.",
        f"{r.choice([new.full, new.fup])()} reprend la sonnerie des offices du dimanche ; {new.civ()} {new.sur()} "
        f"sera formé{new.e('e', '')} par {old.cs()} pendant le temps de {r.choice(['Pentecôte', 'Toussaint', 'Carême'])}.",
        opt(r, 0.7, f"La quête du dimanche sera assurée par l'équipe de {org.full()}."),
        opt(r, 0.5, f"Répétition des lecteurs jeudi 20h à la salle paroissiale avec le père {priest.sur()}."),
        "",
        f"Contact sacristie : {r.choice([org.fn, org.full])()} — {phone(r)}",
    )


def organes_note(r, c):
    coord, doc, anest, bloc = c.person(sex="f"), c.person(), c.person(), c.person()
    donor_ref = f"CRISTAL {r.randint(10000, 99999)}"
    hosp = r.choice(["hôpital Édouard Herriot", "CHU Pellegrin", "hôpital Bichat", "hôpital Foch"])
    t = times(r, 5, 6, 22)
    return lines(
        f"Coordination hospitalière des prélèvements — {hosp}",
        f"Note de coordination — donneur {donor_ref} (identité dans le dossier Cristal uniquement)",
        f"Rédactrice{sep(r)}{coord.full()}, IDE coordinatrice",
        "",
        f"{t[0]} — appel du réanimateur (score de Glasgow à 3), Dr{r.choice([' ', NBSP])}{r.choice([doc.full, doc.sur, doc.SUR])()}, pour un patient en mort encéphalique.",
        f"{t[1]} — entretien avec les proches mené par {coord.fn()} et {doc.sur()} ; pas d'opposition au registre.",
        f"{t[2]} — Agence de la biomédecine informée ; équipes greffeuses en route.",
        f"{t[3]} — bloc réservé, anesthésie : {r.choice([anest.ini, anest.full])()} ; IBODE : {bloc.full()}.",
        f"{t[4]} — fin du prélèvement ; restitution du corps à la chambre mortuaire.",
        "",
        opt(r, 0.6, f"Débriefing de l'équipe prévu le {sdate(r)} avec {r.choice([doc.cs, doc.full])()}."),
    )


def organes_astreinte(r, c):
    team = c.cast(r.randint(5, 7))
    out = ["Coordination des prélèvements d'organes et de tissus", f"Astreinte coordination — {r.choice(['mars', 'juin', 'octobre', 'novembre'])} 2026", ""]
    rows = [[d, cell(r, p), phone(r)] for d, p in zip(dates(r, len(team)), team)]
    out += table(r, ["Semaine du", "Coordinateur(trice)", "Téléphone d'astreinte"], rows, [14, 34, 18])
    a = r.choice(team)
    out += ["", f"Échanges de garde : passer par {a.fn()} {r.choice(['avant le 20', 'au plus tard le jeudi'])}.",
            opt(r, 0.5, f"Formation « entretien avec les proches » : {r.choice(team).full()} et {r.choice(team).abbr()} inscrits.")]
    return lines(*out)


REVUES = ["Revue d'histoire du Limousin", "Cahiers de la céramique", "Bulletin de la Société d'entomologie",
          "Annales de la médecine du travail", "Études occitanes", "Revue des sciences du bois"]


def redaction_comite(r, c):
    rev = r.choice(REVUES)
    chief, sec = c.person(), c.person(sex="f")
    members = c.cast(r.randint(5, 8))
    out = [rev.upper(), "", f"{chief.e('Directrice', 'Directeur')} de la publication : {civ(r, chief)}",
           f"Secrétariat de rédaction : {sec.full()} ({sec.mail(r)})", "", "Comité de rédaction"]
    for m in members:
        out.append(f"{r.choice(['- ', '• ', ''])}{r.choice([m.full, m.full, m.ini, m.fup])()} ({r.choice(['Université de Poitiers', 'CNRS', 'Archives départementales', 'Université Lyon 2', 'chercheur indépendant', 'INRAE', 'EHESS'])})")
    out += ["", opt(r, 0.6, f"Comité scientifique présidé par {r.choice(members).cs()}."),
            opt(r, 0.4, f"Diffusion en librairie : {r.choice(['Dalloz', 'Larousse', 'Hachette'])}."),
            f"ISSN {r.randint(1000, 9999)}-{r.randint(1000, 9999)}"]
    return lines(*out)


def redaction_mail(r, c):
    sec, a, b, d = c.person(sex="f"), c.person(), c.person(), c.person()
    return lines(
        f"De : {sec.full()} <{sec.mail(r)}>",
        f"À : {E('comite-redaction@' + r.choice(['exemple.fr', 'example.com']))}",
        f"Objet : {r.choice(['Répartition des relectures', 'Numéro 47 — évaluations', 'Comité du ' + sdate(r)])}",
        "",
        "Bonjour à toutes et à tous,",
        "",
        f"Voici la répartition des articles reçus : l'article sur les tuileries est confié à {a.full()}, "
        f"celui sur la {r.choice(['maladie de Lyme', 'loi Évin', 'maladie de Parkinson'])} à {b.full()} et {d.ii()}.",
        f"{a.fn()}, peux-tu rendre ton avis avant le {sdate(r)} ? {b.civ()} {b.sur()} a signalé un conflit d'intérêts possible.",
        opt(r, 0.5, f"{d.fn()} nous rejoint comme rapporteur{d.e('e', '')} pour la partie iconographie."),
        "",
        "Bien à vous,",
        f"{r.choice([sec.fn, sec.full])()}",
    )


SALONS = ["Salon de l'Agriculture", "Batimat", "SIAL", "Salon Nautique", "Maison & Objet", "Vinexpo",
          "Salon des Maires", "Equip Auto"]


def badges_liste(r, c):
    salon = r.choice(SALONS)
    firm = r.choice(["Menuiserie Gaudin", "Ateliers du Rhône", "SARL Provençale d'Emballage", "Calvados Distillerie",
                     "Brasserie des Trois Vallées", "TechniFroid", "Bâti-Concept 44"])
    team = c.cast(r.randint(5, 8))
    out = [f"{salon} 2026 — commande de badges exposant", f"Exposant : {firm} — stand {r.choice('ABCDEFGH')}{r.randint(1, 99)}", ""]
    rows = []
    for p in team:
        rows.append([p.SUR() if r.random() < 0.5 else p.sur(), p.fn(), r.choice(["Exposant", "Exposant", "Montage", "VIP", "Presse"]),
                     r.choice(["Commercial", "Gérant", "Technicien", "Stagiaire", "Chef de produit"]), str(r.randint(100000, 999999))])
    out += table(r, ["Nom", "Prénom", "Type", "Fonction", "N° badge"], rows, [22, 16, 10, 18, 10])
    out += ["", opt(r, 0.5, "Les badges sont nominatifs et ne peuvent être prêtés."),
            opt(r, 0.4, "Liste à renvoyer au format Excel, sans cellules fusionnées."),
            f"Contact exposant : {r.choice(team).full()}"]
    return lines(*out)


def badges_mail(r, c):
    orga, boss = c.person(), c.person()
    extra = c.cast(r.randint(2, 3))
    salon = r.choice(SALONS)
    return lines(
        f"De : {orga.full()} <{orga.mail(r)}>",
        f"À : {boss.mail(r)}",
        f"Objet : {salon} — badges manquants",
        "",
        f"Bonjour {r.choice([boss.fn, boss.cs])()},",
        "",
        f"Il nous manque les badges de {', '.join(x.full() for x in extra[:-1])} et {extra[-1].full()} pour le montage du stand.",
        f"Pouvez-vous compléter le formulaire avant vendredi ? Sans badge, l'accès au hall est refusé, y compris aux monteurs de {r.choice(['Bouygues', 'Eiffage', 'Vinci'])} l'an dernier.",
        opt(r, 0.6, f"{extra[0].fn()} peut récupérer le lot au guichet exposants dès lundi 7h."),
        "",
        "Cordialement,",
        f"{signed(r, orga)} — service exposants",
    )


def franchise_annuaire(r, c):
    brand = r.choice(["Boulangeries Pain d'Antan", "Optique Horizon", "Laverie Bulle & Co", "Agences Toit d'Abord",
                      "Pizzas Il Forno", "Salons Coiffure Évasion"])
    out = [f"{brand} — annuaire du réseau", f"Mise à jour du {sdate(r)}", ""]
    rows = []
    for _ in range(r.randint(6, 9)):
        p = c.person()
        town = city(r)
        rows.append([town, cell(r, p), phone(r), r.choice(["", "", "multi-unités", "nouveau", "en cession"])])
    out += table(r, ["Ville", "Franchisé(e)", "Téléphone", "Remarque"], rows, [18, 32, 18, 12])
    anim = c.person()
    out += ["", f"{anim.e('Animatrice', 'Animateur')} réseau : {anim.full()} — {anim.mail(r)}"]
    return lines(*out)


def franchise_news(r, c):
    new1, new2, anim, old = c.person(), c.person(), c.person(), c.person()
    t1, t2 = city(r), city(r)
    return lines(
        "LETTRE DU RÉSEAU — bienvenue aux nouveaux franchisés",
        "",
        f"Nous accueillons ce mois-ci {new1.full()}, qui ouvre {at(t1)} après {r.randint(5, 20)} ans chez {r.choice(['Yves Rocher', 'Hermès', 'Renault', 'Pathé', 'Jean Louis David', 'Franck Provost', 'Christian Dior'])}, "
        f"et {civ(r, new2)}, qui reprend le point de vente {town_of(t2)}.",
        f"{new2.fn()} a suivi la formation initiale à Lyon avec {anim.full()}.",
        opt(r, 0.7, f"Après {r.randint(8, 25)} ans dans le réseau, {old.full()} passe la main ; merci {old.fn()} !"),
        opt(r, 0.5, "Rappel : la convention nationale aura lieu à l'espace Georges Brassens."),
        "",
        f"— {r.choice([anim.full, anim.ini])()}, animation réseau",
    )


def huddle_notes(r, c):
    team = c.cast(r.randint(4, 6))
    ch = r.choice(["#prod-incidents", "#équipe-paie", "#support-n2", "#logistique-sud", "#marketing", "#data"])
    t = hhmm(r, 9, 17)
    out = [f"Notes de huddle Slack — {ch} — {sdate(r)} {t}",
           "Participants : " + ", ".join(chat_name(r, p) for p in team), ""]
    a, b, d = team[0], team[1], team[2]
    out += [f"- {a.fn()} : {r.choice(['le batch de nuit a planté vers 3h', 'deux factures bloquées dans SAP', 'le client de Massy relance pour sa livraison'])}.",
            f"- {mention(r, b)} reprend le sujet, {r.choice(['voit avec la DSI', 'ouvre un ticket GLPI', 'appelle le transporteur'])} avant midi.",
            f"- {d.fn()} absent{d.e('e', '')} demain, {mention(r, team[-1])} prend le relais.",
            opt(r, 0.5, f"- Point avec {r.choice(team).full()} jeudi sur la migration Notion."),
            "", "Actions :"]
    for p in r.sample(team, 3):
        out.append(f"[ ] {r.choice([p.at, p.fn, p.low])()} — {r.choice(['mettre à jour la doc', 'ticket Jira', 'export Excel', 'relancer le fournisseur', 'préparer le point client', 'corriger le script', 'valider les congés'])}")
    return lines(*out)


def huddle_transcript(r, c):
    team = c.cast(r.randint(3, 4))
    ts = times(r, 7, 10, 12)
    out = [f"Huddle démarré par {team[0].full()} · {r.randint(6, 25)} min", ""]
    msgs = [f"on attend {mention(r, team[1])} ?",
            "ok je partage mon écran",
            f"{mention(r, team[2])} tu as eu le retour de la compta ?",
            f"oui, {r.choice(['le DAF', 'le RSSI', 'la DRH'])} valide, reste la signature",
            f"je note pour {mention(r, team[0])}",
            "Huddle terminé",
            f"merci tout le monde, compte rendu dans Notion"]
    speakers = [team[0], team[0], team[1], team[2], team[1], None, team[0]]
    shown = {id(p): chat_name(r, p) for p in team}
    for t, s, m in zip(ts, speakers, msgs):
        out.append(f"[{t}] {shown[id(s)]} : {m}" if s else f"[{t}] {m}")
    return lines(*out)


CATEGORIES = ["U13", "U15", "U17", "Senior", "Vétéran", "Minime", "Benjamin", "Junior"]
# birth years of a 2026-2027 season's categories
BORN = {"U13": (2014, 2015), "U15": (2012, 2013), "U17": (2010, 2011), "Senior": (1987, 2007), "Vétéran": (1960, 1986),
        "Minime": (2012, 2013), "Benjamin": (2014, 2015), "Junior": (2008, 2009)}


def mutation_formulaire(r, c):
    p, pres, parent = c.person(), c.person(), None
    cat = r.choice(CATEGORIES)
    if cat in ("U13", "U15", "Minime", "Benjamin"):
        parent = c.kin(p, r.choice("fm"))
    sport = r.choice(["football", "handball", "basket-ball", "rugby", "volley-ball"])
    out = [f"Ligue régionale de {sport} — DEMANDE DE MUTATION", ""]
    out += form_name(r, p)
    out += [f"Date de naissance{sep(r)}{sdate(r, r.randint(*BORN[cat]))}",
            f"N° de licence{sep(r)}{r.randint(2500000, 2599999)}",
            f"Catégorie{sep(r)}{cat}",
            f"Club quitté{sep(r)}{r.choice(['AS Saint-Quentin', 'US Saint-Brieuc', 'FC Saint-Nazaire', 'Olympique de Tourcoing'])}",
            f"Club d'accueil{sep(r)}{r.choice(['ES Massy', 'AL Caen', 'JS Villeurbanne', 'Stade Pau'])}",
            "",
            f"Accord du club quitté{sep(r)}{r.choice(['oui', 'oui', 'non — opposition', 'sans réponse'])}"]
    if parent:
        out.append(f"Représentant légal{sep(r)}{r.choice([parent.full, parent.adm])()} ({parent.e('mère', 'père')})")
    out += [f"Visa du président du club d'accueil{sep(r)}{r.choice([pres.full, pres.ini, pres.fup])()}",
            opt(r, 0.4, "Mutation hors période : droits de mutation doublés.")]
    return lines(*out)


def mutation_lettre(r, c):
    p, sec, coach = c.person(), c.person(), c.person()
    return lines(
        f"Commission régionale des statuts et règlements — séance du {sdate(r)}",
        "",
        f"Dossier : mutation de {civ(r, p)}, licence n° {r.randint(2500000, 2599999)}",
        "",
        f"La commission, après avoir entendu {coach.full()}, {coach.e('éducatrice', 'éducateur')} du club quitté, constate que "
        f"{p.fup()} n'est redevable d'aucune somme envers son ancien club.",
        f"Elle accorde la mutation ; {p.civ()} {p.sur()} pourra jouer en {r.choice(['Senior', 'Junior', 'Vétéran'])} dès le prochain week-end.",
        opt(r, 0.5, f"Le cachet « mutation » figure sur la licence : {p.fn()} ne pourra pas disputer la coupe régionale avant le {sdate(r)}."),
        "",
        f"Pour la commission, {signed(r, sec)}, secrétaire{sec.e('', '')}",
    )


def mutation_bulletin(r, c):
    d1, d2 = span(r, 7, 14)
    out = [f"Bulletin officiel du district — mutations enregistrées du {d1} au {d2}", ""]
    rows = []
    for _ in range(r.randint(7, 10)):
        p = c.person()
        rows.append([r.choice([p.adm, p.ADMX, p.SUR])(), str(r.randint(2500000, 2599999)), r.choice(CATEGORIES),
                     r.choice(["AS Saint-Quentin", "US Saint-Brieuc", "FC Saint-Nazaire", "ES Massy", "AL Caen", "JS Villeurbanne"]),
                     r.choice(["normale", "normale", "hors période", "dispense (déménagement)"])])
    out += table(r, ["Joueur", "Licence", "Catégorie", "Nouveau club", "Type"], rows, [28, 10, 10, 18, 22])
    sec = c.person()
    out += ["", f"Toute réclamation doit être adressée à {sec.full()}, secrétaire de la commission, sous 7 jours."]
    return lines(*out)


def carnaval_pv(r, c):
    pres, sec, treas = c.person(), c.person(), c.person()
    others = c.cast(r.randint(3, 5))
    town = city(r)
    out = [f"Comité des fêtes {town_of(town)} — commission Carnaval", f"Réunion du {sdate(r)} à la salle Jacques Brel", "",
           f"Présents : {pres.full()} (président{pres.e('e', '')}), {sec.full()}, {treas.full()}, " + ", ".join(cell(r, o) for o in others),
           opt(r, 0.5, f"Excusé{others[0].e('e', '')} : {c.person().full()}"), "",
           f"1. Char des géants : {others[0].fn()} a récupéré Gayant et Reuze Papa auprès de la ville voisine ; réparation du bras par {others[1].full()}.",
           f"2. Parcours du Mardi gras : départ avenue Foch, arrivée place de la mairie ; {treas.cs()} s'occupe de la déclaration en préfecture.",
           f"3. Budget : {euros(r, 1500, 6000)} ; {treas.fn()} présente les devis confettis et sono.",
           f"4. Élection de la reine du carnaval le samedi de la Mi-Carême ; jury présidé par {r.choice([pres.cs, pres.full])()}.",
           "", f"Secrétaire de séance : {r.choice([sec.full, sec.ini])()}"]
    return lines(*out)


def carnaval_chars(r, c):
    out = ["CARNAVAL 2026 — ordre de passage des chars", ""]
    rows = []
    for i, theme in enumerate(r.sample(["Pierrot et Colombine", "Arlequin", "La jungle", "Les pirates", "Les années 80",
                                        "Le cirque", "Sous la mer", "Les super-héros"], r.randint(5, 7)), 1):
        p = c.person()
        rows.append([str(i), theme, r.choice(["Quartier des Tilleuls", "Amicale laïque", "École Louis Pergaud", "Club de foot", "Maison de retraite"]), cell(r, p), phone(r)])
    out += table(r, ["N°", "Char", "Groupe", "Responsable", "Portable"], rows, [4, 24, 22, 28, 16])
    s = c.person()
    out += ["", f"Sécurité : chaque char a deux signaleurs ; coordination {s.full()}."]
    return lines(*out)


MACHINES = ["découpe laser", "imprimante 3D", "fraiseuse CNC", "scie à ruban", "tour à bois", "brodeuse numérique", "poste à souder"]


def fablab_registre(r, c):
    fab = r.choice(["FabLab des Tilleuls", "Makerspace La Forge", "Atelier partagé Le Boulon"])
    out = [f"{fab} — registre des habilitations machines", ""]
    rows = []
    for d in dates(r, r.randint(6, 9)):
        p, t = c.person(), c.person()
        rows.append([d, r.choice([p.full, p.adm, p.fup, p.abbr])(), r.choice(MACHINES), r.choice([t.ini, t.fn, t.abbr])(), r.choice(["habilité(e)", "habilité(e)", "à revoir", "habilité(e) sous supervision"])])
    out += table(r, ["Date", "Membre", "Machine", "Formateur", "Résultat"], rows, [12, 28, 20, 16, 24])
    out += ["", "Rappel : lunettes obligatoires à la découpe laser ; clé Allen et EPI au tableau."]
    return lines(*out)


def fablab_mail(r, c):
    fab, m, t = c.person(), c.person(), c.person()
    mach = r.choice(MACHINES)
    return lines(
        f"De : {fab.full()} <{fab.mail(r)}>",
        f"À : {m.mail(r)}",
        f"Cc : {t.mail(r)}",
        f"Objet : Habilitation {mach}",
        "",
        f"Salut {r.choice([m.fn, m.low])()},",
        "",
        f"Ta session d'habilitation sur la {mach} est validée par {t.full()}. Tu peux réserver des créneaux dans Notion.",
        f"{t.fn()} demande que tu fasses tes deux premières découpes un mardi soir, quand {r.choice([fab.fn, fab.full])()} est présent{fab.e('e', '')}.",
        opt(r, 0.5, "Petit rappel : on nettoie la grille du laser après usage, sinon risque d'incendie."),
        "",
        f"À bientôt,\n{fab.fn()}",
    )


def cyclo_cr(r, c):
    lead, back = c.person(), c.person()
    riders = c.cast(r.randint(4, 7))
    km = r.randint(60, 160)
    fall = r.choice(riders)
    return lines(
        f"Compte rendu de sortie — {r.choice(['Vélo Club', 'Cyclo-Randonneurs', 'Amicale Cycliste'])} {r.choice(['de la Vallée', 'des Coteaux', 'du Littoral'])}",
        f"{r.choice(['Dimanche', 'Samedi'])} {sdate(r)} — {km} km, {r.randint(400, 2500)} m D+",
        "",
        f"Groupe 1 emmené par {lead.full()}, serre-file {r.choice([back.full, back.fn])()}. "
        f"Au départ : {', '.join(r.choice([x.fn, x.full, x.abbr])() for x in riders)}.",
        f"Belle montée du {r.choice(['col du Galibier', 'mont Ventoux', 'col de la Croix'])} ; {riders[0].fn()} a attendu le groupe au sommet.",
        f"Crevaison de {fall.fn()} au km {r.randint(10, km - 5)}, réparée en dix minutes grâce à {lead.fn()}.",
        opt(r, 0.5, f"Café au bistrot de la place, offert par {r.choice(riders).full()} pour ses 60 ans."),
        opt(r, 0.5, "Traces disponibles sur Strava et Garmin."),
        opt(r, 0.4, "La prime du meilleur grimpeur (un pot de miel) reste en jeu jusqu'à la sortie de la Pentecôte."),
        "",
        f"— {r.choice([back.full, back.fn])()}",
    )


def cyclo_classement(r, c):
    riders = c.cast(r.randint(6, 9))
    out = [f"Brevet des {r.choice(['200', '300', '150'])} km — {sdate(r)} — liste des homologations", ""]
    rows = []
    for bib, p in zip(r.sample(range(1, 251), len(riders)), riders):
        rows.append([str(bib), r.choice([p.adm, p.SUR, p.full, p.ADMX, p.adm])(),
                     r.choice(["VC Vallée", "CR Coteaux", "AC Littoral", "Individuel"]), f"{r.randint(7, 14)}h{r.randint(0, 59):02d}"])
    out += table(r, ["Dossard", "Nom", "Club", "Temps"], rows, [9, 30, 14, 8])
    org = c.person()
    out += ["", f"{org.e('Contrôleuse', 'Contrôleur')} : {org.full()}", "Allure libre, pas de classement officiel."]
    return lines(*out)


def cyclo_groupe(r, c):
    riders = c.cast(r.randint(5, 7))
    h = r.randint(18, 21)
    ts = times(r, 7, h, h + 1)
    a, b, d, e = riders[0], riders[1], riders[2], riders[3]
    msgs = [(a, f"Sortie dimanche : départ 8h place de la mairie, {r.randint(70, 120)} km par le col. Qui vient ?"),
            (b, "moi ok 👍"),
            (d, f"ok pour moi, {mention(r, a)} tu peux prendre la pompe ? j'ai perdu la mienne"),
            (a, f"oui. {mention(r, e)} tu nous fais la trace Strava ?"),
            (e, f"c'est fait, j'ai mis le ravito chez la boulangère {town_of(city(r))}"),
            (riders[-1], f"je viens mais groupe 2, je reprends doucement. {mention(r, b)} tu roules avec moi ?"),
            (b, "ça marche")]
    # a chat shows each contact under one name, however the person was saved in the phone
    shown = {id(p): chat_name(r, p) for p in riders}
    day = sdate(r)
    out = [f"WhatsApp — {r.choice(['VC Vallée 🚴', 'Cyclos du dimanche', 'Groupe route AC Littoral'])}", ""]
    for t, (p, m) in zip(ts, msgs):
        out.append(f"[{day} {t.replace('h', ':')}] {shown[id(p)]} : {m}")
    return lines(*out)


def bridge_resultats(r, c):
    club = r.choice(["Bridge Club du Lion", "Cercle de bridge de la Marne", "BC Caen Plage", "Bridge Club Avignonnais"])
    out = [f"{club} — tournoi de régularité du {sdate(r)}", f"{r.randint(18, 26)} donnes, mouvement {r.choice(['Howell', 'Mitchell'])}", ""]
    rows = []
    scores = sorted((r.randint(380, 680) / 10 for _ in range(r.randint(5, 8))), reverse=True)
    for i, sc in enumerate(scores, 1):
        a, b = c.person(), c.person()
        form = r.choice([lambda: f"{a.adm()} – {b.adm()}", lambda: f"{a.full()} / {b.full()}",
                         lambda: f"{a.cs()} - {b.cs()}", lambda: f"{a.adm()} - {b.adm()}"])
        rows.append([str(i), form(), f"{sc:.2f}".replace(".", ",") + " %"])
    out += table(r, ["Rang", "Paire", "Score"], rows, [6, 52, 10])
    arb = c.person()
    out += ["", f"Arbitre : {arb.full()}", opt(r, 0.4, "Résultats également sur Funbridge.")]
    return lines(*out)


def bridge_lettre(r, c):
    pres, champ1, champ2, newp = c.person(), c.person(), c.person(), c.person()
    return lines(
        "Le mot du président" if not pres.f else "Le mot de la présidente",
        "",
        f"Chers amis bridgeurs, bravo à {champ1.full()} et {champ2.full()}, qualifiés pour la finale de comité en {r.choice(['Dames', 'Mixte', 'Senior', 'Open'])}.",
        f"{champ1.fn()} joue au club depuis {r.randint(3, 30)} ans ; {champ2.civ()} {champ2.sur()} nous a rejoints l'an dernier.",
        f"Nous souhaitons la bienvenue à {civ(r, newp)}, {r.choice([newp.e('nouvelle adhérente', 'nouvel adhérent'), 'nouvelle recrue', newp.e('débutante', 'débutant') + ' de l’école de bridge'])}.",
        opt(r, 0.5, "Le tournoi de la Toussaint, très aimé des joueurs, est maintenu ; goûter offert."),
        "",
        f"{signed(r, pres)}",
    )


def procuration_acte(r, c):
    mandant, mandataire, notary = c.person(), c.person(), c.person()
    town = city(r)
    return lines(
        "PROCURATION AUTHENTIQUE",
        "",
        f"Par-devant Maître {notary.full()}, notaire {at(town)}, soussigné{notary.e('e', '')},",
        "",
        "A COMPARU :",
        f"{mandant.civ()} {r.choice([mandant.fup, mandant.adm, mandant.full])()}, {r.choice(['retraité(e)', 'sans profession', 'commerçant(e)', 'infirmier(e)'])}, "
        f"demeurant {addr(r)}, né{mandant.e('e', '')} {at(city(r))} le {fdate(r, r.randint(1935, 1975))}.",
        "",
        "Lequel/Laquelle constitue pour mandataire :",
        f"{mandataire.civ()} {r.choice([mandataire.fup, mandataire.full])()}, demeurant {addr(r)},",
        "",
        f"Auquel il/elle donne pouvoir de, pour lui/elle et en son nom, vendre le bien situé {addr(r, town)}, "
        "signer tous actes, encaisser le prix et en donner quittance.",
        opt(r, 0.5, f"{mandataire.civ()} {mandataire.sur()} ne pourra se substituer aucun tiers."),
        "",
        f"Fait et passé {at(town)}, le {fdate(r)}.",
        f"Signé : {mandant.sur()} — Me {notary.sur()}",
    )


def procuration_courrier(r, c):
    clerc, client, heir = c.person(), c.person(), c.person()
    return lines(
        f"De : {clerc.full()} <{clerc.mail(r, 'office-notarial.example')}>",
        f"À : {client.mail(r)}",
        "Objet : Procuration pour la signature",
        "",
        f"{client.civl()},",
        "",
        f"Comme convenu par téléphone, vous trouverez ci-joint le projet de procuration en faveur de {civ(r, heir)}.",
        f"Elle doit être signée devant un notaire ou au consulat si vous êtes à l'étranger ; {heir.fn()} pourra ensuite signer l'acte à votre place.",
        opt(r, 0.6, f"Merci de nous retourner la copie de la pièce d'identité de {heir.sur()}."),
        "",
        "Bien cordialement,",
        f"{signed(r, clerc)}, clerc",
    )


def beneficiaire_formulaire(r, c):
    ins = c.person()
    benefs = [c.kin(ins) if r.random() < 0.6 else c.person() for _ in range(r.randint(1, 3))]
    spouse = c.person(sex="m" if ins.f else "f")
    out = [r.choice(["Assurance vie — Contrat Horizon Patrimoine", "Contrat Opale Vie — avenant"]), "DÉSIGNATION DES BÉNÉFICIAIRES EN CAS DE DÉCÈS", "",
           "Assuré(e) / Souscripteur :"]
    out += form_name(r, ins)
    out += [f"N° de contrat{sep(r)}{r.randint(10000000, 99999999)}", "", "Clause choisie :",
            r.choice(["[ ] clause standard (conjoint, à défaut enfants)", "[x] clause rédigée ci-dessous"]), ""]
    out.append(f"« Mon conjoint, {spouse.full()}, à défaut mes enfants nés ou à naître, vivants ou représentés, par parts égales, à défaut mes héritiers. »"
               if r.random() < 0.5 else f"« {spouse.fup()}, né{spouse.e('e', '')} le {sdate(r, r.randint(1950, 1995))}, pour 50 %, et pour 50 % : »")
    for b in benefs:
        out.append(f"  - {r.choice([b.full, b.fup])()}, né{b.e('e', '')} le {sdate(r, r.randint(1970, 2015))} — {r.choice(['1/3', '50 %', 'parts égales', '25 %'])}")
    out += ["", f"Fait {at(city(r))}, le {sdate(r)}", f"Signature du souscripteur : {ins.full()}"]
    return lines(*out)


def beneficiaire_lettre(r, c):
    heir, dec, agent = c.person(), c.person(), c.person()
    return lines(
        "Service Successions Assurance Vie",
        f"Réf. dossier {r.randint(100000, 999999)}",
        "",
        f"{heir.civl()} {r.choice([heir.full, heir.SUR, heir.sur])()}",
        addr(r),
        "",
        f"Objet : contrat souscrit par {civ(r, dec)}",
        "",
        f"{heir.civl()},",
        f"Nous avons appris le décès de {dec.full()} et vous présentons nos condoléances.",
        f"Vous êtes désigné{heir.e('e', '')} bénéficiaire du contrat. Afin de procéder au règlement, merci de nous adresser l'acte de décès, "
        "une copie de votre pièce d'identité et un RIB.",
        opt(r, 0.6, f"Le capital sera réparti avec l'autre bénéficiaire, {c.person().full()}, selon la clause."),
        "",
        f"{signed(r, agent)}, gestionnaire{agent.e('', '')}",
    )


def carriere_lettre(r, c):
    p, agent = c.person(), c.person()
    birth = r.randint(1962, 1968)
    emps = r.sample(["Renault", "Dassault", "Bouygues", "Hachette", "Boulangerie Martel", "Transports Giraud", "SARL Couvreurs Réunis", "Ferrero"], 3)
    return lines(
        "Assurance retraite — Service reconstitution de carrière",
        "",
        f"{p.civ()} {r.choice([p.fup, p.full, p.adm])()}",
        addr(r),
        "",
        f"Objet : régularisation de votre relevé de carrière — N° de sécurité sociale {r.choice('12')} {str(birth)[2:]} ** ** *** ***",
        "",
        f"{p.civl()},",
        f"Votre relevé fait apparaître des trimestres manquants pour les années {r.randint(1982, 1986)} à {r.randint(1987, 1990)} "
        f"({emps[0]}) et {r.randint(1991, 1999)} ({emps[1]}).",
        "Pour les régulariser, merci de nous transmettre vos bulletins de salaire ou un certificat de travail.",
        opt(r, 0.6, f"Si vous avez porté un autre nom pendant cette période (nom de naissance : {p.SUR()}), indiquez-le sur le formulaire joint."),
        opt(r, 0.5, "Vous pouvez aussi déposer vos justificatifs sur info-retraite.fr."),
        "",
        f"Votre {agent.e('conseillère', 'conseiller')} : {r.choice([agent.full, agent.ini])()}",
    )


def carriere_releve(r, c):
    p = c.person()
    advisor = c.person()
    out = ["RELEVÉ DE SITUATION INDIVIDUELLE (extrait)", f"Assuré{p.e('e', '')} : {r.choice([p.adm, p.ADMX, p.fup])()}", ""]
    rows = []
    y = r.randint(1981, 1988)
    for _ in range(r.randint(5, 7)):
        rows.append([str(y), r.choice(["Renault", "Eiffage", "Vinci", "Intérim", "Chômage indemnisé", "Service national", "Pathé"]), str(r.randint(0, 4)), r.choice(["", "", "à vérifier"])])
        y += r.randint(1, 4)
    out += table(r, ["Année", "Employeur / période", "Trimestres", "Note"], rows, [8, 28, 12, 12])
    out += ["", f"Entretien information retraite avec {advisor.full()} le {sdate(r)} ({r.choice(['agence de Créteil', 'visio Teams', 'agence de Metz'])}).",
            opt(r, 0.5, f"Note de l'assuré{p.e('e', '')} : « j'étais apprenti{p.e('e', '')} chez {c.person().full()}, artisan, en 1983 »")]
    return lines(*out)


def carriere_temoignage(r, c):
    p = c.person()
    w1, w2, boss = c.person(), c.person(), c.person()
    y = r.randint(1980, 1989)
    return lines(
        "ATTESTATION SUR L'HONNEUR (régularisation de carrière — période sans bulletin de salaire)",
        "",
        f"Je soussigné{w1.e('e', '')}, {r.choice([w1.full, w1.fup])()}, demeurant {addr(r)},",
        f"atteste que {civ(r, p)} a travaillé comme {r.choice(['apprenti(e) boulanger(e)', 'manœuvre', 'aide-comptable', 'vendeur(se)', 'ouvrier(e) agricole'])} "
        f"chez {r.choice([boss.full, boss.cs])()}, {at(city(r))}, de {y} à {y + r.randint(1, 4)}.",
        f"J'étais moi-même employé{w1.e('e', '')} dans la même entreprise et je travaillais aux côtés de {p.fn()} tous les jours.",
        opt(r, 0.7, f"Second témoin : {w2.full()}, {r.choice(['ancien(ne) collègue', 'voisin(e) de l’époque', 'client(e) régulier(e)'])}."),
        "",
        "J'ai connaissance que toute fausse déclaration m'expose à des sanctions pénales.",
        f"Fait {at(city(r))}, le {sdate(r)}",
        f"Signature : {w1.sur()}",
    )


def caf_lettre(r, c):
    p = c.person()
    partner = c.person(sex="m" if p.f else "f") if r.random() < 0.5 else None
    kids = [c.kin(p) for _ in range(r.randint(1, 3))]
    return lines(
        f"Caisse d'allocations familiales — {city(r)}",
        f"N° allocataire : {r.randint(1000000, 9999999)}",
        "",
        f"{p.civl()} {r.choice([p.full, p.fup])()}" + (f" et {partner.civl()} {partner.full()}" if partner else ""),
        addr(r),
        "",
        "Objet : réexamen de vos droits",
        "",
        f"{p.civl()},",
        f"Suite à votre déclaration trimestrielle, nous avons recalculé vos droits. Enfants pris en compte : "
        + ", ".join(r.choice([k.fn, k.full])() for k in kids) + ".",
        f"Un indu de {euros(r, 40, 900)} a été constaté" + (f" ; il concerne la période où {partner.fn()} percevait des revenus d'activité." if partner else "."),
        opt(r, 0.6, "Vous pouvez demander une remise de dette sur Caf.fr, rubrique « Mon compte »."),
        "",
        "Votre Caf",
    )


def caf_signalement(r, c):
    p, tw, kid = c.person(sex="f"), c.person(), None
    kid = c.kin(p)
    return lines(
        "Fiche de liaison — travailleur social / Caf",
        f"Date{sep(r)}{sdate(r)}",
        f"Allocataire{sep(r)}{civ(r, p)}",
        f"Enfant concerné{sep(r)}{r.choice([kid.full, kid.fn])()}",
        f"Rédigé par{sep(r)}{tw.full()}, assistant{tw.e('e', '')} social{tw.e('e', '')} ({r.choice(['CCAS', 'Département', 'Caf'])})",
        "",
        f"{p.fn()} a perdu son emploi en {r.choice(['janvier', 'avril', 'août'])} ; la baisse de ressources n'a pas été déclarée. "
        f"Nous demandons un examen prioritaire du dossier ; {p.civ()} {p.sur()} est joignable au {phone(r)}.",
        opt(r, 0.5, f"Rendez-vous tripartite possible avec {tw.fn()} à l'école Paul Langevin."),
    )


def expertise_convocation(r, c):
    exp, plaintiff, defendant, law1, law2 = c.person(), c.person(), c.person(), c.person(), c.person()
    return lines(
        f"{exp.civ()} {exp.full()}",
        "Expert judiciaire près la cour d'appel — bâtiment",
        "",
        f"Affaire : {plaintiff.SUR()} c/ {r.choice(['SCI Les Tilleuls', 'SARL Bâti-Concept 44', defendant.SUR()])}",
        f"RG n° {r.randint(20, 26)}/{r.randint(1000, 9999):05d}",
        "",
        "CONVOCATION À RÉUNION D'EXPERTISE",
        "",
        f"Les parties sont convoquées le {fdate(r)} à {hhmm(r, 9, 15)} sur les lieux : {addr(r)}.",
        f"Demandeur : {civ(r, plaintiff)}, assisté{plaintiff.e('e', '')} de Me {law1.full()}.",
        f"Défendeur : {civ(r, defendant)}, représenté{defendant.e('e', '')} par Me {r.choice([law2.full, law2.sur])()}.",
        opt(r, 0.6, f"Sapiteur : {c.person().full()}, ingénieur structure."),
        "",
        "Chaque partie apportera les plans, factures et constats en sa possession.",
        f"{exp.sur()}, expert",
    )


def expertise_presence(r, c):
    exp = c.person()
    people = c.cast(r.randint(4, 7))
    out = [f"Réunion d'expertise n° {r.randint(1, 4)} — {sdate(r)}", f"Expert : {exp.full()}", "", "Feuille de présence"]
    rows = [[cell(r, p), r.choice(["demandeur", "défendeur", "avocat", "assureur MMA", "maître d'œuvre", "entreprise de plomberie", "syndic"]), "présent" if r.random() < 0.85 else "excusé"] for p in people]
    out += table(r, ["Nom", "Qualité", "Présence"], rows, [32, 26, 10])
    out += ["", f"Observations : fissures en façade relevées ; {people[0].fn() if r.random() < 0.3 else people[0].cs()} produit le rapport de l'assureur."]
    return lines(*out)


def ppsps_contacts(r, c):
    roles = ["Maître d'ouvrage", "Coordonnateur SPS", "Conducteur de travaux", "Chef de chantier", "Sauveteur secouriste (SST)",
             "Grutier", "Électricien", "Responsable sécurité"]
    site = r.choice(["Résidence Les Hauts — 42 logements", "Groupe scolaire Paul Langevin — extension", "EHPAD — réhabilitation", "Halle de sport — toiture"])
    out = [f"PPSPS — {site}", "Annexe 2 : contacts et numéros d'urgence", ""]
    rows = []
    for role in r.sample(roles, r.randint(5, 7)):
        p = c.person()
        rows.append([role, r.choice([p.full, p.fup, p.adm])(), phone(r)])
    out += table(r, ["Fonction", "Nom", "Téléphone"], rows, [28, 30, 16])
    out += ["", "SAMU 15 — Pompiers 18 — Centre antipoison", f"Hôpital le plus proche : {r.choice(['hôpital Bichat', 'hôpital Foch', 'CHU Pellegrin'])}"]
    return lines(*out)


def ppsps_mail(r, c):
    csps, cond, sub = c.person(), c.person(), c.person()
    return lines(
        f"De : {csps.full()} <{csps.mail(r)}>",
        f"À : {cond.mail(r)}",
        "Objet : PPSPS manquant — lot plomberie",
        "",
        f"Bonjour {cond.cs()},",
        "",
        f"Je n'ai toujours pas le PPSPS de l'entreprise de {r.choice([sub.full, sub.cs])()} (lot plomberie), qui doit intervenir lundi.",
        f"Sans ce document je ne pourrai pas autoriser son équipe à accéder au chantier ; merci de relancer {sub.fn() if r.random() < 0.3 else sub.sur()}.",
        opt(r, 0.5, "Rappel : harnais obligatoire au-delà de 3 m, échafaudage réceptionné avant usage."),
        "",
        f"{signed(r, csps)}, CSPS",
    )


def echafaudage_registre(r, c):
    out = [f"REGISTRE DE VÉRIFICATION DES ÉCHAFAUDAGES — chantier {r.choice(['rue Danton', 'avenue Anatole France', 'rue du Moulin', 'boulevard Carnot'])}", ""]
    rows = []
    for d in dates(r, r.randint(5, 8)):
        p = c.person()
        rows.append([d, r.choice(["journalière", "trimestrielle", "remise en service", "après intempérie"]), r.choice([p.full, p.ini, p.adm, p.SUR])(), r.choice(["conforme", "conforme", "garde-corps à reprendre", "plinthe manquante, corrigé"])])
    out += table(r, ["Date", "Vérification", "Vérificateur", "Résultat"], rows, [12, 20, 28, 28])
    boss = c.person()
    out += ["", f"Chef de chantier : {boss.full()} — visa {boss.ii()}"]
    return lines(*out)


def echafaudage_pv(r, c):
    insp, boss, mont = c.person(), c.person(), c.person()
    return lines(
        "PROCÈS-VERBAL DE RÉCEPTION D'ÉCHAFAUDAGE",
        "",
        f"Chantier{sep(r)}{addr(r)}",
        f"Monteur responsable{sep(r)}{r.choice([mont.full, mont.fup])()}",
        f"Vérificateur{sep(r)}{insp.full()} ({r.choice(['Apave', 'Socotec', 'Bureau Veritas'])})",
        f"Date{sep(r)}{sdate(r)}",
        "",
        f"Échafaudage de façade {r.choice(['en pierre de taille', 'en briques', 'enduite'])}, classe {r.randint(3, 5)}, hauteur {r.randint(6, 24)} m. Amarrages contrôlés.",
        f"Réserve : {r.choice(['ancrage n° 4 à reprendre', 'aucune', 'accès par escalier à baliser'])}. {boss.cs()} s'engage à lever la réserve avant toute utilisation.",
        "",
        f"Signatures : {insp.sur()} / {boss.sur()}",
    )


def gaz_certificat(r, c):
    tech, client = c.person(), c.person()
    return lines(
        "ATTESTATION D'ENTRETIEN ANNUEL — CHAUDIÈRE GAZ",
        f"Entreprise : {r.choice(['Chauffage Services du Rhône', 'ThermiConfort', 'Dépannage Gaz 31', 'SARL Brûleurs & Co'])} — Qualigaz n° {r.randint(10000, 99999)}",
        "",
        f"Client{sep(r)}{civ(r, client)}",
        f"Adresse{sep(r)}{addr(r)}",
        f"Appareil{sep(r)}{r.choice(['Saunier Duval', 'Frisquet', 'De Dietrich', 'Viessmann'])} — mise en service {r.randint(2005, 2022)}",
        "",
        f"Taux de CO mesuré : {r.randint(0, 30)} ppm — rendement : {r.randint(88, 98)} %",
        f"Vacuité du conduit : {r.choice(['vérifiée', 'vérifiée', 'à ramoner'])}",
        "",
        f"Technicien{sep(r)}{r.choice([tech.full, tech.ini, tech.fup])()}",
        f"Date{sep(r)}{sdate(r)}",
        opt(r, 0.5, f"Remarque : {client.civ()} {client.sur()} signale une odeur à l'allumage ; flexible remplacé."),
    )


def gaz_intervention(r, c):
    disp, tech, client, neigh = c.person(), c.person(), c.person(), c.person()
    return lines(
        f"Bon d'intervention n° {r.randint(10000, 99999)} — urgence gaz",
        f"Appel reçu à {hhmm(r, 7, 21)} par {r.choice([disp.fn, disp.full])()} (standard)",
        "",
        f"Appelant : {r.choice([neigh.full, neigh.cs])()}, voisin{neigh.e('e', '')} du palier, pour le logement de {civ(r, client)}.",
        f"Technicien envoyé : {tech.full()} ; arrivé sur place {r.randint(15, 50)} min plus tard.",
        f"Constat : fuite sur le robinet de l'appareil ; compteur fermé, {client.civ()} {client.sur()} informé{client.e('e', '')}.",
        opt(r, 0.6, f"{tech.fn()} repasse le {sdate(r)} pour la remise en service."),
        "",
        f"Visa client : {client.ii()}",
    )


PESTS = ["punaises de lit", "cafards (blattes germaniques)", "rats", "souris", "frelons asiatiques", "guêpes", "fourmis"]


def nuisibles_rapport(r, c):
    tech, mgr = c.person(), c.person()
    pest = r.choice(PESTS)
    site = r.choice(["Restaurant Le Comptoir", "Résidence étudiante Jean Bart", "Boulangerie du Port", "Hôtel de la Gare", "Cantine de l'école Louis Pergaud"])
    return lines(
        "RAPPORT DE VISITE — LUTTE CONTRE LES NUISIBLES (3D)",
        f"Site : {site}",
        f"Date : {sdate(r)} — passage {r.choice(['contractuel', 'curatif', 'de contrôle'])}",
        f"Technicien : {r.choice([tech.full, tech.fup, tech.ini])()} — certibiocide n° {r.randint(100000, 999999)}",
        f"Interlocuteur sur place : {civ(r, mgr)}",
        "",
        f"Nuisible ciblé : {pest}",
        f"Postes contrôlés : {r.randint(6, 24)} — consommation sur {r.randint(0, 5)} postes.",
        f"Recommandations : {r.choice(['reboucher les passages de canalisations', 'stocker les denrées à 15 cm du sol', 'laver le linge à 60 °C', 'retirer les cartons de la réserve', 'jointoyer le mur en pierre de la cave', 'nettoyer la ferme de charpente du grenier'])}.",
        opt(r, 0.6, f"Prochain passage convenu avec {mgr.fn() if r.random() < 0.3 else mgr.sur()} le {sdate(r)}."),
    )


def nuisibles_sms(r, c):
    tech, client = c.person(), c.person()
    h = r.randint(8, 17)
    ts = times(r, 4, h, h + 1)
    return lines(
        f"SMS — {client.full()} / {r.choice([tech.fn, tech.full])()} (désinsectisation)",
        "",
        f"[{ts[0]}] {client.fn()} : Bonjour, toujours des {r.choice(['punaises', 'cafards', 'fourmis'])} dans la chambre malgré le traitement",
        f"[{ts[1]}] {tech.fn()} : Bonjour {client.civ()} {client.sur()}, c'est normal les 15 premiers jours. Je repasse jeudi ?",
        f"[{ts[2]}] {client.fn()} : ok jeudi 14h. Mon fils {c.kin(client, 'm').fn()} sera là",
        f"[{ts[3]}] {tech.fn()} : Parfait, à jeudi",
    )


def tatouage_consentement(r, c):
    p, art = c.person(), c.person()
    minor = r.random() < 0.25
    parent = c.kin(p) if minor else None
    out = [r.choice(["Encre Noire Tattoo", "L'Atelier du Dragon", "Black Lotus Studio"]), "FORMULAIRE DE CONSENTEMENT ÉCLAIRÉ", ""]
    out += form_name(r, p)
    out += [f"Date de naissance{sep(r)}{sdate(r, r.randint(1975, 2009))}",
            f"{art.e('Tatoueuse', 'Tatoueur')}{sep(r)}{r.choice([art.full, art.fn, art.abbr])()}",
            f"Zone{sep(r)}{r.choice(['avant-bras', 'omoplate', 'cheville', 'côtes', 'mollet'])} — motif{sep(r)}{r.choice(['rose', 'hirondelle', 'pivoine', 'branche d’olivier', 'lettrage', 'rose des vents'])}",
            "", "Je déclare avoir été informé(e) des risques (infection, allergie aux pigments) et des soins post-tatouage.",
            "[x] pas de traitement anticoagulant   [x] pas de grossesse en cours"]
    if parent:
        out += ["", f"Autorisation parentale (mineur) : {parent.civ()} {parent.full()} — pièce d'identité vérifiée"]
    out += ["", f"Signature : {r.choice([p.full, p.abbr])()}", f"Le {sdate(r)}"]
    return lines(*out)


def tatouage_dm(r, c):
    client, art = c.person(), c.person()
    h = r.randint(10, 21)
    ts = times(r, 5, h, h + 1)
    return lines(
        f"Messages Instagram — {r.choice(['@encrenoire.tattoo', '@blacklotus.studio'])}",
        "",
        f"{ts[0]} {client.fn()} : coucou ! c'est possible un flash avec {art.low()} en avril ?",
        f"{ts[1]} studio : Bonjour {client.fn()} ! {art.fn()} ouvre son agenda le 1er mars, on vous met sur la liste ?",
        f"{ts[2]} {client.fn()} : oui stp, au nom de {r.choice([client.full, client.SUR])()}",
        f"{ts[3]} studio : c'est noté. Acompte de 50 € à verser, formulaire de consentement à signer sur place",
        f"{ts[4]} {client.fn()} : top merci, mon amie {c.person(sex='f').fn()} voudra peut-être venir aussi",
    )


ALLERGENS = ["arachide", "fruits à coque", "lait", "œuf", "gluten", "poisson", "sésame", "kiwi", "moutarde"]


def cantine_liste(r, c):
    school = r.choice(["école Paul Langevin", "école Louis Pergaud", "collège Marcel Pagnol", "groupe scolaire des Tilleuls"])
    out = [f"Restauration scolaire — {school}", f"Liste des enfants avec PAI alimentaire — année 2026-2027", ""]
    rows = []
    for _ in range(r.randint(6, 9)):
        k = c.person()
        rows.append([r.choice([k.adm, k.SUR, k.full, k.adm, k.comma])(), r.choice(["CP", "CE1", "CE2", "CM1", "CM2", "6e", "5e"]),
                     ", ".join(r.sample(ALLERGENS, r.randint(1, 2))), r.choice(["panier repas", "éviction", "éviction + trousse", "menu sans porc", "éviction"])])
    out += table(r, ["Enfant", "Classe", "Allergie", "Conduite"], rows, [28, 8, 28, 22])
    nurse = c.person(sex="f")
    out += ["", f"Trousses d'urgence : bureau de l'infirmière scolaire, {nurse.cs()}.", "Adrénaline auto-injectable : voir protocole (œdème de Quincke)."]
    return lines(*out)


def cantine_note(r, c):
    chef, dir_, kid, kid2 = c.person(), c.person(), c.person(), c.person()
    return lines(
        "Note à l'équipe de cuisine et aux animateurs",
        "",
        f"À partir de lundi, {kid.full()} ({r.choice(['CE2', 'CM1', 'grande section'])}) est allergique à l'arachide : aucun gâteau apporté par les familles ne lui sera servi.",
        f"{kid2.fup()} reprend un panier repas fourni par ses parents (à garder au frigo n° 2).",
        opt(r, 0.6, f"Jeudi menu « Carnaval » : crêpes sans œuf pour {kid.fn()} ; pas de tapenade (huile d'olive et câpres) sur son plateau."),
        opt(r, 0.4, "Les familles sont informées par Pronote."),
        opt(r, 0.4, "Goûters d'anniversaire : pas de bonbons Haribo (gélatine de porc) pour les enfants au menu sans porc."),
        f"En cas de réaction : appeler le 15, puis {dir_.cs()} ; ne jamais laisser l'enfant seul.",
        "",
        f"{r.choice([chef.full, chef.fn])()}, chef{chef.e('fe', '')} de cuisine",
    )


def car_circuit(r, c):
    driver = c.person()
    evening = r.random() < 0.4
    out = [f"Transport scolaire — circuit {r.choice('ABCDEFG')}{r.randint(1, 30)} — {'soir' if evening else 'matin'}",
           f"{driver.e('Conductrice', 'Conducteur')} : {driver.full()} — {phone(r)}", ""]
    rows = []
    t = times(r, r.randint(5, 7), 16, 17) if evening else times(r, r.randint(5, 7), 7, 7)
    for h in t:
        k = c.person()
        rows.append([h, r.choice(["Lotissement Les Hauts", "Mairie", "La Croix-Blanche", "Le Moulin", "Église", "Ferme des Vignes", "Abribus route de Lyon"]),
                     r.choice([k.full, k.adm, k.fn])() + r.choice(["", "", f", {c.kin(k).fn()}"])])
    out += table(r, ["Heure", "Arrêt", "Élèves"], rows, [7, 26, 40])
    acc = c.person()
    out += ["", opt(r, 0.6, f"Accompagnatrice : {acc.full()}") if acc.f else opt(r, 0.6, f"Accompagnateur : {acc.full()}"),
            "Départ collège Marcel Pagnol : 15h55" if evening else "Arrivée collège Marcel Pagnol : 8h10"]
    return lines(*out)


def car_incident(r, c):
    driver, kid, mum, agent = c.person(), c.person(), None, c.person()
    mum = c.kin(kid, "f")
    return lines(
        f"Fiche incident transport scolaire — {sdate(r)}",
        f"Circuit{sep(r)}{r.choice('ABCD')}{r.randint(1, 20)}",
        f"Conducteur{sep(r)}{r.choice([driver.full, driver.fup])()}",
        "",
        f"L'élève {kid.full()} n'est pas descendu{kid.e('e', '')} à son arrêt et a été ramené{kid.e('e', '')} au dépôt.",
        f"{mum.civ()} {mum.sur()}, sa mère, a été prévenue à {hhmm(r, 17, 18)} et est venue chercher {kid.fn()}.",
        opt(r, 0.5, f"Rappel fait à l'enfant par {agent.cs()}, responsable des transports."),
    )


def radio_conducteur(r, c):
    host, prod = c.person(), c.person()
    out = [f"Émission « {r.choice(['Le téléphone sonne', 'Allô la région', 'La libre antenne', 'Les auditeurs ont la parole'])} » — {sdate(r)}",
           f"Animation : {host.full()} — réalisation : {r.choice([prod.full, prod.fn])()}", ""]
    rows = []
    for t in times(r, r.randint(5, 8), 12, 13):
        a = c.person()
        rows.append([t, r.choice([a.fn, a.fn, a.abbr, a.full])() + f" ({city(r)})", r.choice(["retraite", "prix du gaz", "travaux route de Lyon", "loi Hamon", "harcèlement scolaire", "vélo en ville", "carnaval annulé"]),
                     r.choice(["à l'antenne", "à l'antenne", "rappel", "raccroché"])])
    out += table(r, ["Heure", "Auditeur", "Sujet", "Statut"], rows, [7, 30, 24, 12])
    return lines(*out)


def radio_transcription(r, c):
    host, a, b = c.person(), c.person(), c.person()
    return lines(
        "Transcription — libre antenne (extrait)",
        "",
        f"{host.FN()} : On retrouve {a.fn()}, qui nous appelle {town_of(city(r))}. Bonjour {a.fn()} !",
        f"{a.FN()} : Bonjour {host.fn()}. Je voulais réagir sur les travaux de l'avenue Foch…",
        f"{host.FN()} : Allez-y.",
        f"{a.FN()} : Ça fait trois mois, et personne ne répond en mairie. Même le maire adjoint…",
        f"{host.FN()} : Merci {a.fn()}. On a un autre appel : {b.full()}, vous êtes à l'antenne.",
        f"{b.FN()} : Oui bonjour, moi je suis commerçant{b.e('e', '')} rue Danton et je confirme.",
    )


def degustation_jury(r, c):
    comp = r.choice(["Concours des vins de Bourgogne", "Concours régional des rosés", "Concours des Côtes-du-Rhône", "Sélection des vins de Saint-Émilion"])
    out = [f"{comp} — {sdate(r)}", f"Jury n° {r.randint(1, 40)} — catégorie {r.choice(['rouges 2023', 'blancs secs', 'rosés', 'crémants'])}", ""]
    pres = c.person()
    out.append(f"Président{pres.e('e', '')} de jury : {r.choice([pres.full, pres.fup])()} ({r.choice(['œnologue', 'sommelier', 'vigneron'])}{pres.e('', '')})")
    for j in c.cast(r.randint(3, 4)):
        out.append(f"- {cell(r, j)} — {r.choice(['consommateur averti', 'caviste', 'restaurateur', 'négociant', 'étudiant en viticulture'])}")
    out += ["", "Échantillons dégustés à l'aveugle (anonymat garanti par huissier).",
            opt(r, 0.5, f"Le jury note une robe {r.choice(['rose pâle', 'rose saumon', 'or vert', 'grenat'])} et des arômes {r.choice(['d’olive noire', 'de fruits rouges', 'de violette', 'de muguet'])} sur la série."),
            f"Médailles d'or : {r.randint(1, 4)} — dont {r.choice(['Château Talbot', 'Château Léoville', 'Clos Saint-Jacques', 'Saint-Joseph rouge'])} (hors concours)."]
    return lines(*out)


def degustation_resultats(r, c):
    out = [f"Palmarès — {r.choice(['Foire aux vins de Mâcon', 'Concours de Cahors', 'Vinalies'])} 2026", ""]
    rows = []
    for _ in range(r.randint(5, 8)):
        v = c.person()
        rows.append([r.choice(["Or", "Argent", "Bronze", "Argent"]), r.choice(["Rosé de saignée", "Domaine des Tilleuls", "Château Margaux", "Clos du Moulin", "Cave coopérative", "Domaine de la Fontaine", "Cuvée Louis"]),
                     r.choice([v.full, v.adm, v.inv])(), str(r.randint(2019, 2024))])
    out += table(r, ["Médaille", "Vin", "Vigneron(ne)", "Millésime"], rows, [10, 24, 32, 10])
    out += ["", "Les macarons sont en vente auprès du comité à partir du 1er du mois."]
    return lines(*out)


def nageurs_planning(r, c):
    pool = r.choice(["piscine Jean Taris", "centre aquatique Alain Bernard", "piscine municipale des Tilleuls"])
    team = c.cast(r.randint(5, 7))
    out = [f"Planning de surveillance — {pool} — semaine du {sdate(r)}", ""]
    rows = []
    for day in ["Lundi", "Mardi", "Mercredi", "Jeudi", "Vendredi", "Samedi"]:
        a, b = r.sample(team, 2)
        rows.append([day, r.choice([a.fn, a.abbr, a.SUR])(), r.choice([b.fn, b.abbr, b.SUR])()])
    out += table(r, ["Jour", "Bassin sportif (MNS)", "Ludique (BNSSA)"], rows, [10, 22, 22])
    x = r.choice(team)
    out += ["", f"Chef de bassin : {x.full()}", opt(r, 0.5, "Exercice POSS (malaise, manœuvre de Heimlich) vendredi 8h.")]
    return lines(*out)


def nageurs_main_courante(r, c):
    mns, victim, parent = c.person(), c.person(), None
    parent = c.kin(victim)
    return lines(
        f"MAIN COURANTE — piscine — {sdate(r)}",
        "",
        f"{hhmm(r, 10, 18)} : enfant en difficulté dans le grand bain, sorti de l'eau par {mns.full()} (MNS).",
        f"Identité : {victim.fup()}, {r.randint(6, 12)} ans ; accompagné{victim.e('e', '')} de {parent.civ()} {parent.full()}.",
        "Enfant conscient, pas d'intervention des secours ; parent informé.",
        opt(r, 0.5, f"Rapport transmis au chef de bassin, {c.person().cs()}."),
        f"Rédigé par : {mns.ii()}",
    )


def escale_log(r, c):
    out = [f"Escale {r.choice(['aéroport Marseille Provence', 'aéroport Charles de Gaulle T2', 'Nantes'])} — main courante chef d'escale — {sdate(r)}", ""]
    chief = c.person()
    out.append(f"Chef d'escale : {chief.full()} (vacation {r.choice(['matin', 'après-midi', 'nuit'])})")
    rows = []
    for t in times(r, r.randint(5, 7), 5, 22):
        p = c.person()
        rows.append([t, f"{r.choice(['AF', 'U2', 'TO', 'V7', 'HV'])}{r.randint(1000, 9999)}", r.choice(["Agent de piste", "Passerelle", "Enregistrement", "Bagages", "PMR"]),
                     r.choice([p.fn, p.abbr, p.SUR, p.full])(), r.choice(["RAS", "retard 20 min — bagage", "PMR oubliée en porte, récupérée", "chargement OK", "arrivée tardive, renfort"])])
    out += table(r, ["Heure", "Vol", "Poste", "Agent", "Observation"], rows, [7, 8, 16, 22, 34])
    out += ["", "Données vol dans Altéa et Amadeus."]
    return lines(*out)


def escale_passation(r, c):
    a, b, pax, pmr = c.person(), c.person(), c.person(), c.person()
    return lines(
        f"De : {a.full()} <{a.mail(r)}>",
        f"À : {b.mail(r)}",
        "Objet : passation fin de vacation",
        "",
        f"{b.fn()},",
        f"- Bagage du passager {L(pax.last.upper() + '/' + pax.first.upper())} (vol du matin) toujours pas localisé, dossier ouvert.",
        f"- Assistance PMR pour {civ(r, pmr)} demain 6h40, fauteuil à la porte 12.",
        opt(r, 0.6, "- Point retards de chargement à faire avec " + (lambda s: f"{s.full()}, {s.e('superviseure', 'superviseur')} de la piste.")(c.person())),
        "",
        f"Bonne nuit,\n{a.fn()}",
    )


def depannage_ticket(r, c):
    op, driver, client = c.person(), c.person(), c.person()
    return lines(
        f"Assistance routière — dossier n° {r.randint(1000000, 9999999)}",
        f"Date / heure{sep(r)}{sdate(r)} {hhmm(r, 0, 23)}",
        f"Bénéficiaire{sep(r)}{civ(r, client)}",
        f"Véhicule{sep(r)}{r.choice(['Renault Clio', 'Peugeot 208', 'Citroën C3', 'Dacia Sandero', 'Toyota Yaris'])} — {r.choice(['panne batterie', 'crevaison', 'panne moteur', 'erreur de carburant', 'accident sans blessé'])}",
        f"Lieu{sep(r)}{r.choice(['A7 sortie Valence', 'N165 près de Vannes', 'parking de l’hôpital Foch', 'rue Paul Bert', 'A84 aire de Caen'])}",
        f"Opérateur{sep(r)}{r.choice([op.fn, op.full])()}",
        f"Dépanneur{sep(r)}{r.choice([driver.full, driver.fup])()} — {r.choice(['Garage du Port', 'Dépannage 2000', 'Remorquage Rapide'])}",
        "",
        opt(r, 0.3, "Accident corporel : indemnisation au titre de la loi Badinter, transmis au service sinistres."),
        f"Commentaire : {client.civ()} {client.sur()} voyage avec {r.randint(1, 3)} enfant(s) ; taxi commandé pour la suite du trajet.",
        opt(r, 0.5, f"Rappel du client à {hhmm(r, 0, 23)} : {driver.fn()} sur place, véhicule remorqué."),
    )


def depannage_chat(r, c):
    op, client = c.person(), c.person()
    h = r.randint(6, 22)
    ts = times(r, 5, h, h)
    return lines(
        f"Chat assistance — {op.e('conseillère', 'conseiller')} {op.fn()}",
        "",
        f"{ts[0]} Client : bonjour je suis en panne sur l'autoroute, contrat au nom de {r.choice([client.full, client.adm])()}",
        f"{ts[1]} {op.fn()} : Bonjour {client.civ()} {client.sur()}, êtes-vous en sécurité derrière la glissière ?",
        f"{ts[2]} Client : oui avec mon mari {c.person(sex='m').fn()}" if client.f else f"{ts[2]} Client : oui avec ma femme {c.person(sex='f').fn()}",
        f"{ts[3]} {op.fn()} : Un dépanneur agréé arrive sous 40 minutes. Gardez vos gilets.",
        f"{ts[4]} Client : merci {op.low()}",
    )


GOODS = ["pièces détachées automobiles", "textiles (coton)", "vins tranquilles en bouteilles", "machines-outils d'occasion",
         "produits cosmétiques", "épices et condiments", "meubles en bois", "matériel informatique"]


def douane_declaration(r, c):
    decl, exp, imp, ctrl = c.person(), c.person(), c.person(), c.person()
    firm = r.choice(["Transit Fos Logistique", "Dédouanement Express Roissy", "Agence Maritime du Havre", "Global Fret Lyon"])
    out = [f"DÉCLARATION EN DOUANE — {r.choice(['import', 'export'])} — extrait du DAU",
           f"Référence MRN : 26FR{r.randint(100000000000, 999999999999)}", "",
           f"Case 2 — Expéditeur{sep(r)}{r.choice(['Shenzhen Bright Co.', 'Casablanca Textiles SARL', 'Izmir Makina A.Ş.', 'Dakar Agro Export'])}, contact {r.choice([exp.full, exp.adm])()}",
           f"Case 8 — Destinataire{sep(r)}{r.choice(['SAS Meubles du Centre', 'Garage Moderne Poitiers', 'Épicerie fine Le Comptoir'])}, à l'attention de {civ(r, imp)}",
           f"Case 14 — Déclarant / représentant{sep(r)}{firm} (représentation indirecte), signataire {r.choice([decl.full, decl.fup])()}",
           f"Case 31 — Marchandises{sep(r)}{r.choice(GOODS)}, {r.randint(2, 40)} colis",
           f"Case 44 — Documents{sep(r)}facture, certificat d'origine EUR.1, {r.choice(['connaissement', 'LTA', 'CMR'])}",
           "",
           f"Circuit{sep(r)}{r.choice(['orange (contrôle documentaire)', 'vert', 'rouge (visite physique)'])}"]
    out += [opt(r, 0.6, f"Agent des douanes{sep(r)}{ctrl.ini()}"), "", f"Case 54 — Lieu et date : {city(r)}, {sdate(r)} — {decl.ii()}"]
    return lines(*out)


def douane_mail(r, c):
    agent, client, driver, customs = c.person(), c.person(), c.person(), c.person()
    return lines(
        f"De : {agent.full()} <{agent.mail(r)}>",
        f"À : {client.mail(r)}",
        f"Objet : Dédouanement conteneur {r.choice(['MSCU', 'CMAU', 'MAEU'])}{r.randint(1000000, 9999999)}",
        "",
        f"Bonjour {r.choice([client.cs, client.fn])()},",
        "",
        f"Votre conteneur est en circuit orange : la douane demande la facture définitive et le certificat d'origine.",
        f"Dès réception, je transmets le dossier à {r.choice([customs.cs, customs.full])()} au bureau {r.choice(['de Fos', 'de Roissy', 'du Havre'])} ; "
        f"l'enlèvement pourra se faire par {driver.full()} (Transports {r.choice(['Giraud', 'Martel', 'du Port'])}).",
        opt(r, 0.5, "Les frais de magasinage courent à partir du 4e jour."),
        "",
        "Cordialement,",
        f"{signed(r, agent)}",
        f"{agent.e('Déclarante', 'Déclarant')} en douane",
    )


TYPES = [
    ("inscription-consulaire", [consulat_fiche, consulat_mail, consulat_liste]),
    ("planning-sacristie", [sacristie_planning, sacristie_bulletin]),
    ("coordination-prelevement", [organes_note, organes_astreinte]),
    ("comite-redaction", [redaction_comite, redaction_mail]),
    ("badges-salon-pro", [badges_liste, badges_mail]),
    ("annuaire-franchise", [franchise_annuaire, franchise_news]),
    ("notes-huddle", [huddle_notes, huddle_transcript]),
    ("mutation-club", [mutation_formulaire, mutation_lettre, mutation_bulletin]),
    ("comite-carnaval", [carnaval_pv, carnaval_chars]),
    ("habilitations-fablab", [fablab_registre, fablab_mail]),
    ("sortie-cyclo", [cyclo_cr, cyclo_classement, cyclo_groupe]),
    ("resultats-bridge", [bridge_resultats, bridge_lettre]),
    ("procuration-notariee", [procuration_acte, procuration_courrier]),
    ("clause-beneficiaire", [beneficiaire_formulaire, beneficiaire_lettre]),
    ("reconstitution-carriere", [carriere_lettre, carriere_releve, carriere_temoignage]),
    ("courrier-caf", [caf_lettre, caf_signalement]),
    ("expertise-judiciaire", [expertise_convocation, expertise_presence]),
    ("contacts-ppsps", [ppsps_contacts, ppsps_mail]),
    ("registre-echafaudage", [echafaudage_registre, echafaudage_pv]),
    ("entretien-gaz", [gaz_certificat, gaz_intervention]),
    ("desinsectisation", [nuisibles_rapport, nuisibles_sms]),
    ("consentement-tatouage", [tatouage_consentement, tatouage_dm]),
    ("allergies-cantine", [cantine_liste, cantine_note]),
    ("circuit-car-scolaire", [car_circuit, car_incident]),
    ("appels-auditeurs", [radio_conducteur, radio_transcription]),
    ("jury-degustation", [degustation_jury, degustation_resultats]),
    ("surveillance-piscine", [nageurs_planning, nageurs_main_courante]),
    ("escale-aeroport", [escale_log, escale_passation]),
    ("assistance-routiere", [depannage_ticket, depannage_chat]),
    ("declaration-douane", [douane_declaration, douane_mail]),
]

# ---------------------------------------------------------------------------------------------
# Generation, checks and statistics: scripts/blind_set.py.

if __name__ == "__main__":
    blind_set.main(sys.modules[__name__])
