#!/usr/bin/env python3
"""Generates eval/names-blind9: a ninth BLIND labeled evaluation set for the PERSON detector.

    python3 scripts/gen_eval_names_blind9.py            # writes eval/names-blind9/*.txt
    python3 scripts/gen_eval_names_blind9.py --check    # prints the statistics only
    python3 scripts/gen_eval_names_blind9.py --origins  # absent share per origin (to set WEIGHTS)

What it is. Short French documents of types that none of the earlier sets used (TYPES at the end):
notary appointment books, foster-care placement notes, adoption-agency letters, interpreting
assignments, prefecture (residence-permit) appointment letters, assize-jury convocations,
polling-station assessor lists, reading-club notes, orchestra seating charts, music-school exam
juries, retirement-home visitor registers and activity plans, hospital bed-management handoffs,
pharmacy on-call rotas, peer-review reports, sales-commission statements, ISO/supplier audit
reports, warehouse shift handovers, key-and-safe registers, fuel-card assignments, password-reset
tickets, Jira sprint reports, student-housing allocations, riding-stable boarding, pet-sitting
bookings, bike-repair tickets, beekeeping associations, escape-game bookings, co-working members,
fire-drill reports with floor wardens and lift-maintenance logs. Each type has two or three
templates (a form and a mail, a table and a chat...); they vary order, optional lines,
punctuation, NBSP (after civilities and inside a few names) and case.

How it was made. Written blind on 2026-12-02 by a helper session (blind9) that had NOT read the
detector's code, README, docs or tests, the earlier sets except eval/names-blind2..8 (format and
document types), nor data/lexicon. Nothing was run against the detector. The name pools (POOLS)
were written by hand for this set; the lexicon only serves to count the mentions absent from it
(--origins gives the absent share per origin; WEIGHTS were set from it, never by picking names).
--origins measured (2026-12-02): French, Portuguese/Cape Verdean, Antillean, Turkish/Kurdish,
Spanish/Italian and Maghreb names are nearly all in the lexicon (4-7 % of their mentions absent);
West Africa, Réunion/Mayotte, Vietnam, Central Africa and Haiti partly (11-25 %); the Balkans,
Machrek/Iran/Afghanistan, Eastern Europe, South Asia, China, Cambodia/Laos, Madagascar and the Horn
of Africa half (32-59 %); Armenia/Georgia and Ukraine/Russia mostly not (61-66 %); Tamil and
Nigerian/Ghanaian names hardly ever (90-95 %). With the NATURAL mix of a French SME only 7.9-10.0 %
of the mentions are absent (SEED and seeds 1-5), so the set is written with WEIGHTS: every origin is
kept, French and Maghreb names stay the two largest groups, but the origins the lexicon mostly lacks
(RARE) get 54 % of the people instead of 10 %, which gives 31.3-34.9 % absent on the same seeds;
--check prints the set's share and the NATURAL one.

Labeling conventions (format: examples/eval.rs; same conventions as eval/names-blind3 to 8).
- Every mention of a person's name is labeled ⟦PERSON|…⟧, each time: full names in either order
  and case, a lone first name, a lone surname, initials ("J.-P. Caron", "Marie D."), particles
  included, names in lower case in chats ("karim"), "@⟦PERSON|Karim⟧", authors of books.
- Civilities, titles and roles stay outside (M., Mme, Me, Dr, Pr, « la présidente »).
- Every e-mail address is labeled ⟦EMAIL|…⟧; the name inside it is not a PERSON. Only example
  domains are used. Logins, badge and card numbers are NOT labeled (identifiers).
- Companies, streets, schools, hospitals, rooms, laws, diseases, works, horses and pets, products
  named after people are not labeled; they come from the NEG_* lists and --check counts them.

"Absent from the lexicon" uses absent() from scripts/gen_eval_names.py (imported, not copied).
Deterministic: stdlib only, fixed seed; re-running rewrites identical bytes.
"""

import datetime
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "eval", "names-blind9")
SEED = 20261209
PER_TYPE = 10

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gen_eval_names import fold  # noqa: E402
import blind_set  # noqa: E402
# Label writers, name forms and text helpers shared with the earlier blind sets (imported, not copied).
from gen_eval_names_blind3 import NBSP, E, L, core, euros, initials, fdate, lines, opt, phone, sdate  # noqa: E402
from gen_eval_names_blind4 import hhmm, sep, span, town_of  # noqa: E402
from gen_eval_names_blind6 import dates, form_name, table, times  # noqa: E402
from gen_eval_names_blind8 import P8  # noqa: E402

# Name pools by origin: (female first names, male first names, surnames); "_" joins the words of
# one name. Hand-written for this set.
POOLS = {
    "france": (
        "Albertine Alix Amandine Ambre Anne-Claire Anne-Gaëlle Armance Aurélie Axelle Béatrice "
        "Berthe Carla Catherine Charlène Christine Claudine Coralie Delphine Diane Édith "
        "Élodie Émeline Ernestine Fanny Flavie Gisèle Hortense Huguette Inès Isaure Jacqueline "
        "Jeannine Josiane Justine Laetitia Laure Léa Lucie Madeleine Manon Marie-Christine "
        "Marie-Thérèse Martine Maud Monique Muriel Nadège Odile Pauline Perrine Pascale Renée "
        "Roselyne Sandrine Servane Simone Sylvie Thérèse Valérie Véronique Victoire Yvette Zoé "
        "Gaëlle Soizic Enora Maïwenn Katell Marie-Ange Anne-Sophie Ghislaine Bernadette",
        "Adrien Alban Alexis Amaury Antonin Armand Arnaud Augustin Benoît Bernard Bruno Cédric "
        "Clément Corentin Damien Didier Dominique Édouard Éric Étienne Eudes Fabrice Félix Franck "
        "François-Xavier Frédéric Gabriel Gaëtan Gérard Gilles Grégoire Guillaume Hippolyte Hubert "
        "Jean-Baptiste Jean-Claude Jean-Marc Jean-Michel Jérôme Josselin Lilian Loïc Lucien "
        "Marc-Antoine Martial Mathias Maxence Nestor Noël Olivier Pascal Pierre-Alain Quentin Régis "
        "Rodolphe Romain Samuel Serge Stanislas Théo Timothée Valentin Xavier Yves Erwan Goulven "
        "Tanguy Ronan Iñaki Mattin Ange-Marie Dumè Gautier Wandrille",
        "Antoine Aubry Audebert Barre Baudry Beaumont Bellanger Berthelot Bertin Besson Blanchard "
        "Bodin Boucher Bourgeois Boyer Briand Bricout Caillaud Camus Chapuis Charpentier Chevalier "
        "Clément Coste Cousin Couturier Daniel Delmas Deschamps Devaux Dumas Dumont Ferrand Fleury "
        "Fontaine Gauthier Gérard Giraud Gonnet Grondin Guérin Hébert Hoarau Huet Jourdan Labbé "
        "Lacroix Laine Langlois Laurent Lebon Leclerc Lefebvre Lemaire Leroux Lesage Louvet Maréchal "
        "Martineau Mathieu Meunier Millet Monnier Morin Noël Olivier Payet Pelletier "
        "Poirier Poulain Prévost Raynaud Renaud Rivière Roche Rousseau Roussel Royer Sanchez "
        "Tessier Thibault Vallée Vidal Weber Le_Bihan Le_Floch Le_Roux Quéméner Kerhervé Le_Cam "
        "Guillou Le_Pape Jaouen Pennec Etcheverry Harispe Iriart Ducasse Lassalle Peyrot Castaing "
        "Lafargue Cazenave Bourdieu Haessig Schmitt Muller Zimmermann Gsell Hirtz Battesti Santoni "
        "Mattei Franceschi Dufourcq Brochard Mahé Garnier-Lemoine Vandamme Dewaele Lemaître "
        "Lheureux Charlier Delplanque Van_Hecke Vanden_Bossche de_Montalembert de_Lestrange d'Aubigny du_Plessis "
        "Le_Quellec Chaumeil Fabié Coudert Mourgues Gaubert Pouget Rouquette Tardieu Vergnes",
    ),
    "maghreb": (
        "Ahlam Amel Asma Bahia Chaïma Chafia Dounia Farida Fatiha Ghizlane Hafsa Hanane Houda "
        "Ibtissem Ikram Jamila Karima Latifa Lina Malika Maroua Nabila Nadia Nawel Nora Ouiza "
        "Radia Rachida Saliha Samira Siham Soraya Warda Yamina Zahia Zineb Zohra Lydia Kahina "
        "Tinhinane Louiza Djouher Tassadit Yasmina Hayet Imane Selma",
        "Abdelhak Abdellah Adel Ahmed Amine Aziz Bachir Bilal Brahim Djamel Farid Fayçal Hakim "
        "Hamza Hicham Ilyes Ismaïl Jamel Kamel Lotfi Lyes Mehdi Mohand Mourad Mustapha Nabil "
        "Nassim Omar Rachid Riad Rédouane Said Salim Samir Sofiane Tarik Yacine Youcef Zakaria "
        "Ameziane Idir Massinissa Mohand-Saïd Belkacem Moussa Lahcen",
        "Aït_Ali Amrani Amraoui Arab Azzi Bachiri Belaïd Belhocine Benamar Bencheikh Bendjelloul "
        "Benhamou Benmoussa Bennani Benyoucef Bouaziz Boudjemaa Bouguerra Boumediene Bouzid "
        "Chalabi Cherif Chikhi Djebbar Fekir Ferhat Ghali Guendouz Haddad Hadjadj Hamdi Harbi "
        "Kaci Khelifi Lahlou Laribi Maâmar Mansouri Merabet Messaoudi Mezouar Naceri Ouali "
        "Rezki Saadi Sahraoui Slimani Tebboune Touati Yahiaoui Zerrouki Ziani El_Idrissi "
        "El_Khattabi Bensalem Tounsi Trabelsi Ben_Ammar Ould_Kaci Jebali Ghannouchi Kchaou Ouerghi "
        "Hamrouni Ait_Belkacem Oulhadj Amokrane Tighilt Aouchiche Lounès Hammoudi Ighilahriz "
        "Bouzegza Kherbache Si_Larbi Meddour Nait-Sidous Ouyahia Redjala Tabti Lamrani Chraïbi",
    ),
    "afrique-ouest": (
        "Adama Aïssatou Assa Awa Bineta Dieynaba Fanta Fatimata Hawa Kadiatou Khady Korka "
        "Mariétou Maïmouna Nafissatou Ndella Oumou Penda Rama Safiatou Sokhna Téning Woury "
        "Yacine Djeneba Mah Kankou",
        "Aboubacar Alassane Amadou Bakary Boubacar Cheikhou Demba Famara Habib Ibrahima Issa "
        "Karamoko Lassana Mamadou Mamoudou Massamba Moussa Ousmane Oumar Sékou Souleymane "
        "Tidiane Youssouf Abdoulaye Samba Gorgui Siaka Yaya",
        "Ba Bâ Coulibaly Cissé Diallo Diarra Diop Doumbia Fall Faye Fofana Kanté Keïta "
        "Konaté Ly Ndiaye Niang Sall Sow Sylla Touré Traoré Sangaré Sidibé Sissoko Soumaré "
        "Bathily Diakité Kouyaté Ndour Sarr Mbow Thiaw Diatta Goudiaby Sagna Bodian Manga "
        "Djigo Wane Ould_Mohamed Tounkara Dembélé Simpara Konté Camara-Sylla Magassa Kébé Timera Dramé",
    ),
    "afrique-centrale": (
        "Bénie Carine Chancelle Christelle Dorcas Émerveille Falonne Gloria Grâce Huguette "
        "Kimia Merveille Mireille Nathalie Orphée Peggy Rosine Sandrine Vanessa Bijou Ornella "
        "Naomie Dieudonnée",
        "Aimé-Césaire Arsène Blaise Cédric Dieudonné Ferdinand Fortuné Franck Hervé "
        "Landry Patrick Rodrigue Stève Thierry Trésor Ulrich Valdès Wilfried "
        "Jordy Exaucé Guy-Roger",
        "Bakala Banza Biyong Bokolo Ebongue Ekambi Eyenga Fotso Kabila Kabongo Kalala Kamga "
        "Kasongo Kiala Lukusa Makiese Malonga Matondo Mbemba Mboma Mbuyi Moukoko Mpiana Mukendi "
        "Ndongo Ngalula Ngoma Nkoulou Ntumba Nzuzi Tchakounté Tshibanda Tshimanga Ilunga Essomba "
        "Onana Owona Mvondo Nganou Djoumessi Tchatchoua Fokou Kamdem Nkeng",
    ),
    "antilles-guyane": (
        "Annick Célestine Cynthia Emmanuelle Francelise Ginette Jessica Judith Lucette Marie-Line "
        "Marlène Murielle Nadège Rosemonde Sylvette Yolène Ketty Maryse Gladys Léonise",
        "Alex Clément Daniel Eddy Fred Georges Gilbert Harry Jean-Claude Josué Ludovic Marius "
        "Max Rudy Serge Teddy Willy Yannick Jocelyn Firmin",
        "Alexandre Anglio Bellance Bernardin Bourgeois Césaire Chéry Clairville Delannay "
        "Désirée Élisabeth Étienne Fleuret Gustave Hilaire Jean-Louis Laguerre Lancry "
        "Larcher Lautric Longueteau Marie-Sainte Mérine Nagau Ozier-Lafontaine Pancrate Placide "
        "Rosamont Siméon Théodose Venkatapen Zébus Moutoussamy Jean-Gilles Calixte",
    ),
    "reunion-mayotte": (
        "Aurélie Cindy Fabiola Jessie Laëtitia Marie-Josée Mélissa Nadia Patricia Rose-May "
        "Soizic Stella Zaïnaba Anlimata Echati Mariamou Zalifa Faouzia Nadjlat Sitti",
        "Christophe Dany Fabrice Frédéric Giovanni Jean-Hugues Johnny Mickaël Olivier Ruddy "
        "Wilfrid Abdourahamane Anli Soilihi Ansufddine Madi Nassuf Ibrahim Saïd Houmadi",
        "Boyer Damour Ethève Fontaine Grondin Hoarau Lauret Maillot Nativel Payet Rivière "
        "Robert Técher Turpin Virapoullé Ramassamy Moutama Lebreton Vitry Dijoux Abdallah "
        "Ahamada Assani Attoumani Combo Djoumoi Houmadi Madi Mohamed_Said Soilihi Youssouf "
        "Said_Omar Msaidié Mogne Bacar Ousseni Chanfi",
    ),
    "portugal-cap-vert": (
        "Adriana Alzira Ana_Paula Beatriz Cátia Cidália Conceição Daniela Deolinda Fátima "
        "Filomena Graça Helena Idalina Inês Joana Lurdes Manuela Márcia Natália Rosário Sónia "
        "Teresa Vânia Lucinda Odete Ivone",
        "Abílio Adelino Álvaro Armindo Artur Bruno Carlos Custódio Diamantino Domingos Eduardo "
        "Fernando Filipe Gonçalo Hélder Horácio Joaquim Jorge José Luís Manuel Nuno Paulo "
        "Rui Sérgio Tiago Valdemar Vítor Zé_Carlos Adilson Ednilson",
        "Afonso Almeida Alves Amaral Antunes Barbosa Cardoso Carvalho Coelho Correia Costa Cunha "
        "Dias Esteves Faria Fernandes Ferreira Freitas Gaspar Gomes Guerreiro Lopes Machado "
        "Magalhães Marques Matos Mendes Monteiro Moreira Neves Nogueira Oliveira Pacheco Pinheiro "
        "Pinto Ribeiro Rocha Santos Serrano Silva Soares Sousa Teixeira Vaz Veiga Tavares "
        "Semedo Furtado Andrade Varela Brito Lopes_da_Veiga Évora Cabral dos_Santos dos_Reis",
    ),
    "espagne-italie": (
        "Amparo Carmen Concepción Dolores Encarnación Inmaculada Lorena Lucía Macarena "
        "Montserrat Nuria Pilar Rocío Alessandra Chiara Donatella Federica Giulia Graziella "
        "Ornella Rosaria Serena Vincenza",
        "Alfonso Andrés Ángel Enrique Esteban Francisco Ignacio Javier Jesús Manolo Ramón "
        "Santiago Alessandro Carmelo Domenico Enzo Fabrizio Gennaro Luigi Massimo Salvatore "
        "Stefano Vittorio",
        "Aguilar Álvarez Blanco Calvo Castillo Delgado Domínguez Fuentes García Gil Herrera "
        "Iglesias Jiménez Lozano Marín Molina Navarro Ortega Pascual Prieto Ramos Rubio Sáez "
        "Vázquez Bianchi Caruso Colombo Conti De_Luca Esposito Ferrari Galli Greco Lombardi "
        "Mancini Marino Moretti Rizzo Romano Russo Ricci Santoro Vitale Zanetti Di_Stefano",
    ),
    "turquie-kurde": (
        "Ayşe Aysel Berfin Büşra Derya Dilan Ebru Elif Emine Esra Gülsüm Hatice Melek Merve "
        "Nurcan Özlem Rojda Sevda Songül Zehra Zozan Hêvî",
        "Ahmet Baran Burak Cemal Deniz Emre Erdal Eyüp Fatih Hakan Hüseyin İbrahim Kadir Kemal "
        "Mehmet Murat Mustafa Orhan Ramazan Serdar Serhat Volkan Yusuf Rojhat Azad",
        "Acar Akbulut Aksoy Arslan Aslan Avcı Aydın Bozkurt Çakır Çelik Doğan Erdem Güneş Kaplan "
        "Kara Karaca Koç Korkmaz Kurt Öztürk Polat Şahin Tekin Uçar Yavuz Yıldırım Yıldız "
        "Zengin Demirtaş Ekinci Tunç",
    ),
    "vietnam": (
        "Bích Chi Diệp Hạnh Hoa Hương Lan Liên Linh Mai Ngọc Nhung Phương Quỳnh Thảo Thu Trang "
        "Tuyết Uyên Vân Yến Thi_Hoa Kim_Anh",
        "Bảo Cường Đức Dũng Hải Hiếu Hòa Hùng Huy Khang Khánh Long Minh Nam Phong Phúc Quân "
        "Sơn Thắng Thanh Tuấn Việt Vinh Văn_Long",
        "Bùi Đặng Đỗ Dương Hồ Hoàng Huỳnh Lâm Lê Lương Lý Ngô Nguyễn Phạm Phan Quách Tạ Trần "
        "Trịnh Trương Võ Vũ Vương Đinh Mạc Hà Tô Châu",
    ),
    "chine": (
        "Bingbing Chunmei Fangfang Guiying Hongmei Jiayi Jing Lihua Lili Meiling Qiuyue Shuang "
        "Xiaohong Xiaoyan Xinyi Yanping Yuting Zhenzhen Wenjing Ruixue",
        "Bowen Chenguang Dawei Guoqiang Haoran Jianguo Jianjun Junjie Longwei Mingyu Peng "
        "Qiang Shuo Tianyu Weidong Xiaolong Yifan Yuhang Zhiwei Zihao",
        "Cai Chen Deng Ding Du Feng Gao Guo He Hu Huang Jiang Jin Liang Lin Liu Lu Luo Ma Pan "
        "Qian Shen Song Sun Tang Wang Wei Wu Xie Xu Yang Ye Yu Zhang Zhao Zheng Zhou Zhu",
    ),
    "cambodge-laos": (
        "Chanthy Dara Kanha Kolab Malis Phalla Rathana Sokha Sopheap Sreymom Bopha Vanna "
        "Chanthavy Khamphone Manivanh Souphaphone Vilayvanh Keo",
        "Bunthoeun Chantha Kosal Pheakdey Piseth Rithy Samnang Sokhom Vannak Vuthy Bounmy "
        "Khamsing Phonesavanh Somphone Souksavanh Thongchanh Xay Vong",
        "Chea Chhun Heng Hun Kang Khiev Kim Long Mao Meas Nhem Ouk Pen Phan Prak Sam Seng Sok "
        "Sorn Taing Tep Ung Keomany Phommachanh Sayavong Sisouphanh Souvannavong Vongsay "
        "Inthavong Chanthavong Xayavong Lo Vang Thao Yang",
    ),
    "madagascar": (
        "Fanja Hanitra Harisoa Lalao Mialy Miora Nirina Noro Onja Rindra Sahondra Tiana Vola "
        "Voahangy Zo Hasina Fitiavana Tojo Andrianina Soa",
        "Andry Faly Haja Heriniaina Hery Jaona Mamy Naina Njaka Rado Rija Solo Tahina Toky "
        "Tovo Zaka Fenohasina Mahery Lova Rivo",
        "Andriamanana Andrianarivo Andriantsoa Rabearivelo Rabemananjara Rajaonarison "
        "Rakotoarisoa Rakotomalala Rakotondrabe Ramanantsoa Randriamampionona Ranaivoson "
        "Rasolofonirina Ratsimbazafy Razafimahefa Razafindrakoto Randrianasolo Rasoanaivo "
        "Ravelojaona Razanamparany Rabenandrasana Ravalomanana",
    ),
    "tamoul-sri-lanka": (
        "Abirami Anusha Dharshini Gowri Janani Kavitha Keerthana Mathumitha Nivetha Priya "
        "Sangeetha Sharmila Sivaranjini Thanuja Thushara Vasuki Yalini Kalaivani",
        "Aravinthan Gajan Jeyakumar Kajan Kannan Kirushanth Mathan Nirojan Pirapakaran "
        "Rajeevan Sanjeevan Sivakumar Suthan Thiruchelvam Thusyanthan Vijayakumar Yogan Senthil",
        "Arulanantham Balasingam Ganeshalingam Jeyaratnam Kanagaratnam Kandiah Mahendran "
        "Nadarajah Navaratnam Paramanathan Ponnampalam Rasalingam Selvarajah Sinnathamby "
        "Sivapalan Subramaniam Thambirajah Thevarajah Vythilingam Yogarajah",
    ),
    "armenie-georgie": (
        "Anahit Anoush Araksi Armine Gayane Hasmik Lusine Mariam Nairi Narine Siranush Tatevik "
        "Nino Tamar Ketevan Eka Natia Manana",
        "Aram Arsen Artur Ashot Davit Gagik Garegin Hayk Hovhannes Karen Levon Mher Tigran "
        "Vahe Zaven Giorgi Levan Zurab Irakli",
        "Abrahamyan Avetisyan Babayan Gasparyan Grigoryan Hakobyan Harutyunyan Karapetyan "
        "Khachatryan Manukyan Mkrtchyan Petrosyan Sahakyan Sargsyan Ter-Petrossian Vardanyan "
        "Beridze Gelashvili Kapanadze Lomidze Maisuradze Tsiklauri Javakhishvili",
    ),
    "europe-est": (
        "Agnieszka Bożena Dorota Ewa Grażyna Izabela Joanna Katarzyna Małgorzata Urszula "
        "Andreea Ioana Mihaela Roxana Simona Raluca Cristina Ileana Mariya Desislava Radka",
        "Bartosz Grzegorz Jacek Jarosław Krzysztof Łukasz Mariusz Paweł Tomasz Zbigniew Adrian "
        "Bogdan Cătălin Dorin Florin Ionuț Mihai Răzvan Vasile Dimitar Stoyan",
        "Kowalczyk Wiśniewski Wójcik Kamiński Lewandowski Zieliński Szymański Dąbrowski "
        "Kozłowski Jankowski Mazur Krawczyk Pawlak Popescu Ionescu Constantin Dumitrescu "
        "Stoica Munteanu Ciobanu Moldovan Georgescu Petrov Dimitrov Georgieva Todorov",
    ),
    "ukraine-russie": (
        "Alina Anastasia Daria Galina Irina Kateryna Larysa Lyudmyla Nadiya Natalia Oksana "
        "Olena Svitlana Tetiana Valentyna Viktoria Yulia Zoya",
        "Andriy Bohdan Dmytro Ihor Mykola Oleh Oleksandr Pavlo Petro Roman Serhiy Taras Vadym "
        "Vasyl Volodymyr Yaroslav Yevhen Yuriy",
        "Bondarenko Boyko Hnatyuk Honchar Kovalenko Kravchenko Lysenko Melnyk Moroz Oliynyk "
        "Pavlenko Petrenko Savchenko Shevchuk Tkachenko Yakovenko Zinchenko Kuznetsov "
        "Sokolov Volkov Smirnov Popov",
    ),
    "balkans": (
        "Aida Amra Dragana Emina Jasmina Lejla Milica Snežana Vesna Zorica Elvira Besa "
        "Fjolla Arbenita Drita",
        "Adnan Dejan Dragan Edin Goran Haris Jovan Milan Nenad Senad Zoran Arben Besnik "
        "Fatmir Valon Ilir",
        "Begić Delić Hadžić Hodžić Jovanović Kovačević Marković Nikolić Petrović Stojanović "
        "Hasani Krasniqi Berisha Gashi Shala Morina Bytyqi",
    ),
    "machrek-iran-afghanistan": (
        "Rana Rasha Reem Dima Hiba Ghada Maha Lama Nour Layla Shirin Parisa Nasrin Mahsa Golnaz "
        "Farzaneh Mariam Zarghuna Freshta Nazanin",
        "Bassel Fadi Firas Ghassan Jihad Nizar Wael Rami Hassan Georges Reza Babak Dariush "
        "Kamran Payam Farhad Ahmad_Shah Wahid Najib Mirwais",
        "Haddad Khoury Nassar Saliba Sleiman Abou_Jaoude Al-Khatib Al-Masri Hajjar Azar Kassab Zein Hosseini "
        "Mohammadi Rahimi Karimi Tehrani Sadeghi Ahmadzai Popalzai Stanikzai Noorzai Hakimi "
        "Rezaei Yousefzadeh",
    ),
    "corne-afrique": (
        "Abeba Almaz Hiwet Meaza Selam Tigist Yordanos Saba Helen Senait Hodan Faduma Ayan "
        "Sahra Ifrah",
        "Abebe Dawit Fikre Girma Haile Kidane Mesfin Tesfaye Yonas Tekle Abdirahman Abdiqani "
        "Mahad Liban Guled",
        "Abraha Gebremedhin Gebreyesus Haile Kahsay Mengistu Tesfamariam Tsegay Woldemariam "
        "Yohannes Hailemariam Warsame Farah Abdi Nur Jama Egal Hirsi",
    ),
    "haiti": (
        "Carline Dieula Fabienne Guerda Lovely Marie-Ange Mirlande Nadège Rose-Carline Wideline "
        "Youseline Farah",
        "Djimy Fritznel Jean-Robert Jovenel Lesly Mackenson Ricardo Wilner Wisly Dukens Frantz "
        "Jean-Wilky",
        "Alcindor Bien-Aimé Célestin Charles Dorcé Exantus Fils-Aimé Jean-Baptiste Joseph "
        "Louissaint Métellus Noël Pierre-Louis Saint-Fleur Augustin Dorval Jean-Pierre",
    ),
    "afrique-anglophone": (
        "Adaeze Chiamaka Chinonso Folake Ngozi Nkechi Oluwaseun Temitope Yetunde Abena Akua "
        "Efua Ama Adwoa",
        "Babatunde Chidi Chukwuemeka Emeka Ikechukwu Kelechi Obinna Olumide Tunde Kwabena "
        "Kwame Kofi Yaw Kwesi",
        "Adebayo Adeyemi Afolabi Balogun Eze Nwachukwu Nwosu Obi Okafor Okonkwo Oladipo "
        "Olatunji Onyeka Asante Boateng Mensah Owusu Appiah Agyemang Osei",
    ),
    "asie-sud": (
        "Farzana Nusrat Rukhsana Sadia Shabnam Taslima Ayesha Anjali Pooja Simran Harpreet",
        "Abdul_Karim Arif Imran Jahangir Rafiq Shahid Tanvir Rajesh Sandeep Gurpreet Vikram",
        "Ahmed Chowdhury Hossain Islam Miah Rahman Uddin Sheikh Akhtar Butt Qureshi Singh "
        "Sharma Patel Kaur Gill",
    ),
}

# Share of each origin among the people cast. NATURAL is a plausible mix for the staff, customers
# and members of a French SME or association. WEIGHTS keeps every origin but gives the origins
# whose names the lexicon mostly lacks (RARE) more people; set after measuring --origins.
NATURAL = {
    "france": 56, "maghreb": 14, "afrique-ouest": 4, "afrique-centrale": 2.5, "antilles-guyane": 2.5,
    "reunion-mayotte": 1.5, "portugal-cap-vert": 6, "espagne-italie": 4.5, "turquie-kurde": 2, "vietnam": 1.2,
    "chine": 0.8, "cambodge-laos": 0.5, "madagascar": 0.4, "tamoul-sri-lanka": 0.3, "armenie-georgie": 0.6,
    "europe-est": 1.2, "ukraine-russie": 0.6, "balkans": 0.4, "machrek-iran-afghanistan": 0.6,
    "corne-afrique": 0.2, "haiti": 0.3, "afrique-anglophone": 0.1, "asie-sud": 0.3,
}
RARE = ["cambodge-laos", "madagascar", "tamoul-sri-lanka", "armenie-georgie", "europe-est", "ukraine-russie",
        "balkans", "machrek-iran-afghanistan", "corne-afrique", "haiti", "afrique-anglophone", "asie-sud",
        "vietnam", "chine", "afrique-centrale"]
WEIGHTS = {
    "france": 22, "maghreb": 8, "afrique-ouest": 4, "afrique-centrale": 3, "antilles-guyane": 3,
    "reunion-mayotte": 3, "portugal-cap-vert": 4, "espagne-italie": 3, "turquie-kurde": 2, "vietnam": 3,
    "chine": 3, "cambodge-laos": 3, "madagascar": 5, "tamoul-sri-lanka": 8, "armenie-georgie": 5,
    "europe-est": 3, "ukraine-russie": 6, "balkans": 2, "machrek-iran-afghanistan": 3,
    "corne-afrique": 3, "haiti": 2, "afrique-anglophone": 6, "asie-sud": 2,
}

# Negatives: never labeled; --check counts their occurrences in the stripped text.
NEG_STREETS = [
    "rue Victor Hugo", "boulevard Voltaire", "avenue Gambetta", "rue Jean-Jacques Rousseau",
    "place Charles de Gaulle", "rue Louise Michel", "avenue Marcel Pagnol", "rue Lamartine",
    "allée Olympe de Gouges", "rue du Docteur Roux", "quai Louis Blériot", "rue Gustave Eiffel",
    "boulevard Jules Guesde", "rue Colette Besson",
]
NEG_PLACES = [
    "résidence Marcel Paul", "EHPAD Saint-Joseph", "hôpital Lariboisière", "hôpital Necker",
    "CHU Henri Mondor", "clinique Pasteur", "lycée Jean Moulin", "conservatoire Darius Milhaud",
    "salle Gaveau", "salle Pleyel", "auditorium Maurice Ravel", "école Jules Ferry",
    "gymnase Jesse Owens", "stade Pierre de Coubertin", "résidence Jean Zay", "résidence Camille Claudel",
    "palais de justice", "Saint-Denis", "Saint-Malo", "Saint-Herblain", "Sainte-Foy-lès-Lyon",
    "Saint-Jean-de-Luz", "tour Eiffel", "centre Georges Pompidou",
]
NEG_COMPANIES = [
    "Leroy Merlin", "Louis Vuitton", "Michelin", "Peugeot", "Citroën", "Otis", "Schindler",
    "Thyssenkrupp", "Lacoste", "Guy Hoquet", "Saint-Gobain", "Damart", "Jacadi", "Cyrillus",
    "Mercedes", "Ferrero", "Total", "Bréguet", "Lancôme", "Ricard", "Picard", "Boulanger",
]
NEG_EPONYMS = [
    "loi Carrez", "loi Pinel", "maladie de Crohn", "maladie d'Alzheimer", "prix Goncourt",
    "prix Renaudot", "prix Femina", "manœuvre de Heimlich", "méthode Coué", "diagramme de Gantt",
    "loi de Pareto", "roue de Deming", "échelle de Richter", "syndrome de Gilles de la Tourette",
    "position latérale de sécurité", "test de Rorschach",
]
NEG_WORKS = [
    "Symphonie du Nouveau Monde", "La Traviata", "Boléro", "Les Quatre Saisons", "Casse-Noisette",
    "Madame Bovary", "Le Père Goriot", "Bel-Ami", "Tartuffe", "Le Petit Prince", "Lucky Luke",
]
NEG_WORDS = [
    "pierre", "rose", "olive", "prime", "Prime", "constant", "ferme", "aimé", "Saint-Martin",
    "Pâques", "Pentecôte", "Ascension", "martin-pêcheur", "aurore", "jasmin", "muguet", "reine",
    "Reine", "marguerite", "Colombe",
]
NEG_TITLES = [
    "DRH", "RSSI", "DAF", "MOA", "MOE", "PO", "Scrum Master", "Product Owner", "Senior", "Junior",
    "Cadre", "Chef d'équipe", "guide-file", "serre-file", "SST", "EPI", "IDE", "ASH", "Cadre de santé",
    "Interne", "Juré", "Assesseur", "Notaire", "Clerc", "ASE", "OFPRA", "CROUS", "CACES", "SSIAP",
    "Tuteur", "Responsable de site", "Premier violon", "Chef de pupitre", "Soliste",
]
NEG_SOFTWARE = [
    "Jira", "Confluence", "Slack", "Okta", "Active Directory", "Azure AD", "Sage", "Salesforce",
    "Excel", "Teams", "Zoom", "Doctolib", "ViaTrajectoire", "Genapi", "ANEF", "Calendly",
    "Google Agenda", "Keycloak", "KeePass", "Bitwarden", "Zendesk", "GLPI", "Qonto",
]
NEG_ANIMALS = [
    # Pets, horses and hives named like people: an animal, not a mention.
    "Milou", "Filou", "Caramel", "Noisette", "Oscar", "Gaston", "Ulysse", "Réglisse", "Tango",
    "Jolly Jumper", "Quartz de la Roche", "Tornade", "Iris des Prés", "Vasco du Bocage",
]
NEG_CATS = [("streets", NEG_STREETS), ("places named after people", NEG_PLACES),
            ("companies, brands", NEG_COMPANIES), ("eponyms (laws, diseases, prizes, methods)", NEG_EPONYMS),
            ("works and characters", NEG_WORKS), ("ordinary words that are names", NEG_WORDS),
            ("titles, roles, categories, acronyms", NEG_TITLES), ("software and products", NEG_SOFTWARE),
            ("animals", NEG_ANIMALS)]
NEG_ALL = [n for _, items in NEG_CATS for n in items]

CITIES = {"Paris": "75013", "Montreuil": "93100", "Bondy": "93140", "Vitry-sur-Seine": "94400",
          "Nanterre": "92000", "Évry-Courcouronnes": "91000", "Mantes-la-Jolie": "78200", "Rouen": "76000",
          "Lorient": "56100", "Brest": "29200", "Rennes": "35000", "Tours": "37000", "Orléans": "45000",
          "Clermont-Ferrand": "63000", "Grenoble": "38000", "Chambéry": "73000", "Saint-Étienne": "42000",
          "Vénissieux": "69200", "Nîmes": "30000", "Toulon": "83000", "Nice": "06300", "Bayonne": "64100",
          "Agen": "47000", "Mulhouse": "68100", "Strasbourg": "67000", "Reims": "51100", "Roubaix": "59100",
          "Dunkerque": "59140", "Le Mans": "72000", "La Rochelle": "17000", "Saint-Pierre": "97410",
          "Les Abymes": "97139", "Mamoudzou": "97600"}
STREETS = ["rue des Peupliers", "rue de la Poste", "chemin des Prés", "avenue de la Gare", "rue du Four",
           "impasse des Lavandières", "route de Vannes", "rue des Jardins", "allée des Platanes",
           "résidence Les Cèdres", "rue de l'Abbaye", "rue Neuve"]
MAIL = ["exemple.fr", "example.com", "mail.example", "courriel.example"]


def city(r):
    return r.choice(sorted(CITIES))


def addr(r, c=None):
    c = c or city(r)
    return f"{r.randint(1, 150)}{r.choice(['', '', '', ' bis'])} {r.choice(NEG_STREETS + STREETS)}, {CITIES[c]} {c}"


# This set's first names that read as French words in lower case ("mai", "noël", "fortuné"): a chat
# writes them capitalised (blind8's P8.low does the same for its own list).
WORDLIKE9 = {"mai", "long", "vola", "grace", "benie", "fortune", "exauce", "noel"}


class P9(P8):
    """blind8's person, plus the forms this set's documents print."""

    def low(self):
        return self.fn() if fold(self.first) in WORDLIKE9 else super().low()

    def comma(self):
        """ "NGUYEN, Thi Hoa": a directory or a register that sorts by surname."""
        return L(self.last.upper() + ", " + self.first)

    def initial(self):
        """The surname's initial: "d'Aubigny" gives "A.", as blind3's core() does for "de La Tour"."""
        last = core(self.last)
        return (last[2:] if last.startswith(("d'", "D'")) else last)[0] + "."

    def abbr(self):
        return L(self.first + " " + self.initial())

    def ii(self):
        if self.first.startswith("M"):
            return self.abbr()
        return L(initials(self.first) + " " + self.initial())

    def FNI(self):
        """ "THI HOA N.": a door badge or a member card that prints the first name and an initial."""
        return L(self.first.upper() + " " + self.initial())


class Casting:
    """Draws people from POOLS with the given weights. In one document no two people share a word
    of their names (a lone "Karim" or "M. Diallo" points to one person); relatives are cast with
    `kin`, which keeps the surname on purpose."""

    def __init__(self, r, weights):
        self.r = r
        self.origins = sorted(weights)
        self.weights = [weights[o] for o in self.origins]
        self.used = set()
        self.doc_people = []

    def _draw(self, o, s):
        r = self.r
        first = r.choice(POOLS[o][0 if s == "f" else 1].split()).replace("_", " ")
        # one person in sixteen bears a surname from another origin (marriage, adoption)
        lo = r.choices(self.origins, self.weights)[0] if r.random() < 0.06 else o
        sur = r.choice(POOLS[lo][2].split()).replace("_", " ")
        if s == "f" and lo == "europe-est" and sur.endswith(("ski", "cki")):
            sur = sur[:-1] + "a"
        if s == "f" and lo == "ukraine-russie" and sur.endswith(("ov", "ev")):
            sur += "a"
        if lo in ("portugal-cap-vert", "espagne-italie") and " " not in sur and r.random() < 0.15:
            second = r.choice(POOLS[lo][2].split())
            if "_" not in second and second != sur:
                sur += r.choice([" ", "-"]) + second
        if lo == "france" and s == "f" and "-" not in sur and " " not in sur and r.random() < 0.07:
            second = r.choice(POOLS["france"][2].split())
            if "_" not in second and second != sur:
                sur += "-" + second
        return first, sur

    def person(self, sex=None, origin=None):
        r = self.r
        for tries in range(10000):
            o = origin or r.choices(self.origins, self.weights)[0]
            s = sex or r.choice("fm")
            first, sur = self._draw(o, s)
            keys = {fold(w) for w in (first + " " + sur).replace("-", " ").replace("'", " ").split() if len(w) > 2}
            keys |= {fold(first), fold(sur)}
            if (not keys & self.used or tries > 300) and fold(first) != fold(sur):
                self.used |= keys
                p = P9(first, sur, s, o, r)
                self.doc_people.append(p)
                return p
        raise RuntimeError("no name left to cast")

    def kin(self, p, sex=None):
        """A relative (child, spouse) who bears the same surname."""
        r = self.r
        s = sex or r.choice("fm")
        for tries in range(10000):
            first = r.choice(POOLS[p.origin][0 if s == "f" else 1].split()).replace("_", " ")
            if fold(first) not in self.used or tries > 300:
                self.used.add(fold(first))
                q = P9(first, p.last, s, p.origin, r)
                self.doc_people.append(q)
                return q
        raise RuntimeError("no name left to cast")

    def cast(self, n):
        return [self.person() for _ in range(n)]


def later(r, p):
    """A later mention in free text: first name, civility and surname, full name or surname."""
    return r.choice([p.fn, p.cs, p.full, p.fn])()


def cell(r, p):
    """A name in a table cell or a list line, in one of the forms registers print."""
    return r.choice([p.full, p.full, p.fup, p.adm, p.inv, p.ini, p.comma, p.ADMX])()


def signed(r, p):
    return r.choice([p.full, p.full, p.fup, p.ini, p.nbsp])()


def civ(r, p):
    """ "Mme ⟦PERSON|Aïcha Benali⟧" or "M. ⟦PERSON|DIALLO⟧": a party as a letter prints it."""
    return p.civ() + r.choice([" ", " ", NBSP]) + r.choice([p.full, p.full, p.fup, p.adm, p.sur, p.SUR])()


# ---------------------------------------------------------------------------------------------
# Document types. Each template takes the random generator and a Casting and returns the labeled
# text; a type is a list of templates used in turn.

ACTES = ["Signature vente", "Signature compromis", "Donation-partage", "Succession — rdv héritiers",
         "Ouverture de testament", "Contrat de mariage", "PACS", "Procuration", "Bail commercial"]


def notaire_agenda(r, c):
    n1, n2 = c.person(), c.person()
    d = sdate(r)
    out = [f"Étude de Me {r.choice([n1.sur, n1.full])()} et Me {n2.full()}, notaires associés",
           f"AGENDA — {d}", ""]
    rows = []
    for t in times(r, r.randint(4, 6), 9, 17):
        a, b = c.person(), c.person()
        clerc = c.person()
        parties = r.choice([f"{cell(r, a)} / {cell(r, b)}", f"Cts {a.SUR()} — {b.SUR()}", civ(r, a)])
        rows.append([t, r.choice(ACTES), parties, r.choice([clerc.ini, clerc.fn, clerc.abbr])(), r.choice(["Me " + n1.SUR(), "Me " + n2.SUR()])])
    out += table(r, ["Heure", "Nature", "Clients", "Clerc", "Notaire"], rows, [8, 30, 42, 16, 18])
    far = c.person()
    out += ["", opt(r, 0.6, f"Salle de signature 2 réservée l'après-midi (visio Teams pour {far.cs()}, en Espagne)."),
            "Rappel : loi Carrez à vérifier sur le dossier de 14h."]
    return lines(*out)


def notaire_rappel(r, c):
    client, other, clerc, me = c.person(), c.person(), c.person(), c.person()
    d, t = fdate(r), hhmm(r, 9, 17)
    return lines(
        f"De : {clerc.full()} <{clerc.mail(r, 'etude-notaires.example')}>",
        f"À : {client.mail(r)}",
        f"Objet : Rappel — rendez-vous du {d} à {t}",
        "",
        f"{client.civl()} {r.choice([client.sur, client.SUR])()},",
        "",
        f"Je vous rappelle votre rendez-vous à l'étude le {d} à {t}, pour la {r.choice(['signature de l’acte de vente', 'signature du compromis', 'donation à vos enfants'])}"
        f" en présence de {civ(r, other)}{r.choice(['', ' et de son conseil, Me ' + c.person().full()])}.",
        f"Me {me.full()} recevra les parties ; merci de vous munir d'une pièce d'identité en cours de validité et du RIB du compte de {r.choice(['votre banque', 'réception des fonds'])}.",
        opt(r, 0.5, f"Le stationnement est possible {r.choice(['rue Victor Hugo', 'place Charles de Gaulle', 'avenue Gambetta'])} (zone bleue)."),
        "",
        "Bien cordialement,",
        f"{signed(r, clerc)}",
        f"Clerc de notaire — {phone(r)}",
    )


def placement_note(r, c):
    child = c.person()
    mother = c.kin(child, "f") if r.random() < 0.6 else c.person(sex="f")
    af, ref, psy = c.person(sex="f"), c.person(), c.person()
    town = city(r)
    return lines(
        f"Conseil départemental — Aide sociale à l'enfance (ASE) — antenne {town_of(town)}",
        "NOTE DE SITUATION — CONFIDENTIEL",
        "",
        *form_name(r, child),
        f"Âge : {r.randint(3, 16)} ans — placé{child.e('e', '')} depuis {r.choice(['mars', 'juin', 'septembre'])} {r.randint(2021, 2025)}",
        f"Assistante familiale{sep(r)}{civ(r, af)} ({town})",
        f"Référent{ref.e('e', '')} ASE{sep(r)}{ref.full()}",
        "",
        f"{child.fn()} est bien intégr{child.e('ée', 'é')} chez {af.cs()}, qui signale des nuits plus calmes.",
        f"Les visites médiatisées avec sa mère, {r.choice([mother.full, mother.cs])()}, ont lieu un samedi sur deux ; "
        f"{r.choice(['la dernière a été écourtée', 'elles se passent bien', 'deux ont été annulées'])}.",
        opt(r, 0.7, f"Suivi psychologique avec {psy.civ()} {psy.sur()} (CMP) maintenu ; prochain point le {sdate(r)}."),
        opt(r, 0.5, f"Scolarité : {r.choice(['école Jules Ferry', 'lycée Jean Moulin', 'collège du secteur'])}, pas d'absence ce trimestre."),
        "",
        f"Rédigé par {r.choice([ref.full, ref.ini])()}, le {sdate(r)}.",
    )


def placement_visite(r, c):
    fam, ref = c.person(sex="f"), c.person()
    conj = c.kin(fam, "m")
    kids = c.cast(r.randint(1, 3))
    out = [f"Compte rendu de visite — famille d'accueil {fam.SUR()}",
           f"Date : {sdate(r)} — visite {r.choice(['annoncée', 'à domicile', 'trimestrielle'])}",
           f"Présents : {fam.full()}, {conj.fn()} (conjoint), " + ", ".join(k.fn() for k in kids) + f" ; pour l'ASE : {ref.full()}", ""]
    for k in kids:
        out.append(f"- {r.choice([k.fup, k.full, k.fn])()} : " + r.choice([
            "progrès en lecture, demande à faire du judo le mercredi.",
            "rendez-vous orthophonie à caler, l'assistante familiale l'accompagne.",
            f"souhaite revoir sa grand-mère ; {ref.fn()} se renseigne.",
            "quelques colères au coucher, en baisse."]))
    out += ["", f"{fam.civ()} {fam.sur()} demande un relais pour la période de Pâques (congés).",
            opt(r, 0.6, f"Copie : {c.person().full()}, responsable de circonscription.")]
    return lines(*out)


DEPTS = ["de Seine-Saint-Denis", "d'Ille-et-Vilaine", "du Rhône", "du Bas-Rhin", "de l'Isère", "du Nord", "de la Gironde"]


def adoption_agrement(r, c):
    a = c.person(sex="f")
    b = c.person(sex="m") if r.random() < 0.8 else None
    psy, as_, pres = c.person(), c.person(sex="f"), c.person()
    couple = f"{civ(r, a)}" + (f" et {civ(r, b)}" if b else "")
    return lines(
        f"Conseil départemental {r.choice(DEPTS)} — service adoption",
        f"{addr(r)}",
        "",
        couple,
        f"{addr(r)}",
        "",
        f"Objet : agrément en vue d'adoption — dossier {r.randint(100, 999)}/{r.randint(2024, 2026)}",
        "",
        f"{'Madame, Monsieur' if b else 'Madame'},",
        f"Suite aux entretiens menés avec {psy.civ()} {psy.full()}, psychologue, et {as_.civ()} {as_.sur()}, assistante sociale,"
        f" la commission d'agrément présidée par {pres.civ()} {pres.sur()} a émis un avis favorable le {fdate(r)}.",
        f"L'agrément est accordé pour {r.choice(['un enfant', 'un ou deux enfants (fratrie)'])} de moins de {r.choice(['3', '6', '8'])} ans.",
        opt(r, 0.6, f"{as_.full()} reste votre interlocutrice pour la suite ; vous pouvez la joindre au {phone(r)}."),
        "",
        "Veuillez agréer l'expression de nos salutations distinguées.",
        "Pour le Président du Conseil départemental,",
        f"{signed(r, c.person())}, responsable du service",
    )


def adoption_oaa(r, c):
    fam = c.person(sex="f")
    conj = c.kin(fam, "m") if r.random() < 0.7 else c.person(sex="m")
    child = c.person(origin=r.choice(["madagascar", "vietnam", "haiti", "afrique-anglophone", "cambodge-laos"]))
    corres = c.person(origin=child.origin)
    sender, doc = c.person(), c.person()
    return lines(
        f"De : {sender.full()} <{E('accompagnement@oaa-enfance.example')}>",
        f"À : {fam.mail(r)}; {conj.mail(r)}",
        f"Objet : {r.choice(['Proposition d’apparentement', 'Nouvelles de', 'Photos de'])} {child.fn()}",
        "",
        f"Chers {fam.fn()} et {conj.fn()},",
        f"Notre correspondant{corres.e('e', '')} sur place, {corres.full()}, nous a transmis ce matin le dossier de {child.fn()}, "
        f"{r.randint(2, 7)} ans, confié{child.e('e', '')} à la crèche depuis {r.randint(2021, 2024)}.",
        f"Le rapport médical est rassurant ; {corres.fn()} joint {r.randint(3, 9)} photos et un petit dessin.",
        f"Je vous propose un entretien jeudi à {hhmm(r, 9, 18)} pour en parler ; {doc.full()}, notre médecin, sera présent{doc.e('e', '')}.",
        "",
        f"Chaleureusement,\n{sender.fn()}",
    )


LANGS = {"tamoul-sri-lanka": "tamoul", "afrique-ouest": "peul", "chine": "mandarin", "vietnam": "vietnamien",
         "ukraine-russie": "ukrainien", "corne-afrique": "tigrinya", "machrek-iran-afghanistan": "dari",
         "turquie-kurde": "kurde (kurmandji)", "armenie-georgie": "arménien", "europe-est": "roumain",
         "balkans": "albanais", "madagascar": "malgache", "haiti": "créole haïtien", "asie-sud": "bengali",
         "afrique-centrale": "lingala", "cambodge-laos": "khmer", "maghreb": "arabe maghrébin"}


def interp_fiche(r, c):
    lang_o = r.choice(sorted(LANGS))
    benef = c.person(origin=lang_o)
    interp = c.person(origin=lang_o if r.random() < 0.6 else None)
    req = c.person()
    return lines(
        f"FICHE DE MISSION D'INTERPRÉTARIAT n° {r.randint(10000, 99999)}",
        f"Langue{sep(r)}{LANGS[lang_o]}",
        f"Type{sep(r)}{r.choice(['sur place', 'par téléphone', 'visio'])}",
        f"Date / heure{sep(r)}{sdate(r)} — {hhmm(r, 8, 17)} ({r.choice(['1h', '1h30', '2h'])})",
        f"Lieu{sep(r)}{r.choice(['hôpital Necker', 'CHU Henri Mondor', 'hôpital Lariboisière', 'palais de justice', 'PMI du quartier', 'CADA ' + city(r)])}",
        f"Demandeur{sep(r)}{r.choice(['Dr ', 'Me ', ''])}{req.full()} ({phone(r)})",
        f"Bénéficiaire{sep(r)}{r.choice([benef.adm, benef.full, benef.comma])()}",
        f"Interprète{sep(r)}{interp.full()}",
        "",
        f"Observations : {r.choice(['patient accompagné de sa sœur', 'prévoir un temps de briefing avec le médecin', 'RAS', 'entretien ajourné, à reprogrammer'])}.",
        f"Signature de l'interprète : {r.choice([interp.ini, interp.full])()}    Visa du demandeur : {req.ii()}",
    )


def interp_planning(r, c):
    coord = c.person()
    out = [f"Planning interprètes — semaine {r.randint(2, 51)}", f"Coordination : {coord.full()} — {coord.mail(r, 'interpretes.example')}", ""]
    rows = []
    for d in dates(r, r.randint(5, 7)):
        o = r.choice(sorted(LANGS))
        ip, who = c.person(origin=o), c.person()
        rows.append([d, LANGS[o], cell(r, ip), r.choice(["Urgences pédiatriques", "Tribunal judiciaire", "OFPRA", "Maternité", "CAF", "SPIP"]),
                     r.choice(["Dr ", "Me ", "Mme ", "M. "]) + who.sur()])
    out += table(r, ["Date", "Langue", "Interprète", "Lieu", "Contact"], rows, [12, 18, 32, 24, 20])
    out += ["", f"{r.choice([coord.fn, coord.low])()} — merci de confirmer avant mercredi midi."]
    return lines(*out)


NATIONALITIES = {"maghreb": "algérienne", "afrique-ouest": "sénégalaise", "afrique-centrale": "congolaise (RDC)",
                 "turquie-kurde": "turque", "vietnam": "vietnamienne", "chine": "chinoise", "cambodge-laos": "cambodgienne",
                 "madagascar": "malgache", "tamoul-sri-lanka": "sri-lankaise", "armenie-georgie": "arménienne",
                 "europe-est": "roumaine", "ukraine-russie": "ukrainienne", "balkans": "kosovare",
                 "machrek-iran-afghanistan": "afghane", "corne-afrique": "érythréenne", "haiti": "haïtienne",
                 "afrique-anglophone": "nigériane", "asie-sud": "bangladaise", "reunion-mayotte": "comorienne",
                 "portugal-cap-vert": "cap-verdienne", "espagne-italie": "colombienne"}


def foreigner(c):
    """A person of an origin that needs a residence permit in the documents that say so."""
    return c.person(origin=c.r.choice(sorted(NATIONALITIES)))


def pref_convocation(r, c):
    p = foreigner(c)
    town = r.choice(["Bobigny", "Créteil", "Nanterre", "Évry-Courcouronnes", "Rennes", "Grenoble"])
    return lines(
        f"PRÉFECTURE DE {town.upper()} — Direction des migrations et de l'intégration",
        f"Bureau du séjour — guichet {r.randint(1, 12)}",
        "",
        "CONVOCATION",
        "",
        f"{p.civ()}{r.choice([' ', NBSP])}{r.choice([p.ADMX, p.adm, p.comma])()}",
        f"Nationalité : {NATIONALITIES[p.origin]}",
        f"N° étranger : {r.randint(10 ** 9, 10 ** 10 - 1)}",
        "",
        f"Vous êtes convoqué{p.e('e', '')} le {fdate(r)} à {hhmm(r, 8, 15)} pour la remise de votre "
        f"{r.choice(['titre de séjour', 'carte de résident', 'récépissé de renouvellement', 'autorisation provisoire de séjour'])}.",
        "Présentez-vous muni(e) de cette convocation, de votre passeport et du timbre fiscal acheté en ligne (ANEF).",
        opt(r, 0.5, "Aucune personne accompagnante ne sera admise, sauf interprète ou avocat."),
        "",
        "Le chef du bureau du séjour",
    )


def pref_asso(r, c):
    p = foreigner(c)
    vol, sender, law = c.person(), c.person(), c.person()
    return lines(
        f"De : {sender.full()} <{sender.mail(r, 'asso-accueil.example')}>",
        f"À : {vol.mail(r)}",
        f"Objet : accompagnement préfecture {r.choice(['jeudi', 'mardi', 'lundi'])}",
        "",
        f"Salut {r.choice([vol.fn, vol.low])()},",
        f"Je te transfère la convocation de {p.full()} "
        f"({NATIONALITIES[p.origin]}), rendez-vous à {hhmm(r, 8, 14)} au bureau du séjour.",
        f"{p.fn()} parle un peu français mais préfère qu'on soit deux ; tu peux y aller avec {c.person().fn()} ?",
        f"Pour le recours, c'est Me {law.sur()} qui suit le dossier (permanence le vendredi).",
        opt(r, 0.5, f"Pense à prendre la photocopie du bail, {p.fn()} l'a laissée au local."),
        "",
        f"Merci ! {sender.fn()}",
    )


def jures_convocation(r, c):
    j, pres, gr = c.person(), c.person(), c.person()
    dept = r.choice(DEPTS)
    start, end = span(r, 10, 25)
    return lines(
        f"COUR D'ASSISES {dept.upper()}",
        f"Session du {start} au {end}",
        "",
        f"{j.civl()} {r.choice([j.fup, j.full, j.adm])()}",
        f"{addr(r)}",
        "",
        f"{j.civl()},",
        "Vous avez été désigné(e) par tirage au sort pour faire partie du jury criminel de la session ci-dessus.",
        f"Vous êtes convoqué(e) le premier jour à {hhmm(r, 8, 10)} au palais de justice, salle des assises.",
        "Les fonctions de juré sont obligatoires ; une indemnité de session vous sera versée.",
        f"La session sera présidée par {pres.civ()} {pres.full()}, président{pres.e('e', '')} de chambre.",
        opt(r, 0.6, "En cas d'empêchement grave, adressez un justificatif au greffe avant la session."),
        "",
        f"Le greffier en chef, {signed(r, gr)}",
    )


JOBS = ["retraité(e)", "aide-soignant(e)", "professeur(e) des écoles", "chauffeur-livreur", "comptable",
        "agent(e) d'accueil", "ingénieur(e)", "artisan boulanger", "sans profession", "technicien(ne) fibre",
        "vendeur(se)", "infirmier(e)", "employé(e) de banque", "maraîcher(e)"]


def jures_liste(r, c):
    out = [f"LISTE DE SESSION — jurés {r.choice(['titulaires', 'titulaires et suppléants'])}", f"Cour d'assises — session de {r.choice(['mars', 'juin', 'octobre'])} 2026", ""]
    rows = []
    for i, p in enumerate(c.cast(r.randint(7, 11)), 1):
        rows.append([str(i), r.choice([p.SUR, p.SURX])(), p.fn(), r.choice(["Saint-Denis", "Sainte-Foy-lès-Lyon", city(r), city(r)]), r.choice(JOBS)])
    out += table(r, ["N°", "Nom", "Prénom", "Commune", "Profession"], rows, [5, 22, 16, 22, 24])
    gr = c.person()
    out += ["", f"Liste arrêtée le {sdate(r)} — Le greffier : {gr.ii()}"]
    return lines(*out)


def assesseurs_liste(r, c):
    pres, sec, supp = c.person(), c.person(), c.person()
    out = [f"ÉLECTIONS {r.choice(['MUNICIPALES', 'EUROPÉENNES', 'LÉGISLATIVES — 1er tour'])} — bureau de vote n° {r.randint(1, 40)}",
           f"Lieu : {r.choice(['école Jules Ferry', 'gymnase Jesse Owens', 'résidence Marcel Paul (salle commune)', 'lycée Jean Moulin'])}", "",
           f"Président{pres.e('e', '')}{sep(r)}{civ(r, pres)}",
           f"Président suppléant{sep(r)}{r.choice([supp.full, supp.adm])()}",
           f"Secrétaire{sep(r)}{r.choice([sec.full, sec.fup])()}", "", "Assesseurs :"]
    for p in c.cast(r.randint(3, 5)):
        out.append(f"- {cell(r, p)} ({r.choice(['liste A', 'liste B', 'désigné par le maire', 'électeur du bureau'])})")
    out += ["", "Scrutateurs (dépouillement) : " + ", ".join(r.choice([p.full, p.abbr, p.adm])() for p in c.cast(r.randint(3, 6)))]
    out += [opt(r, 0.5, f"Délégué{sep(r)}{c.person().full()} — Cadre de la préfecture en renfort si besoin.")]
    return lines(*out)


def assesseurs_mail(r, c):
    sender = c.person()
    ppl = c.cast(r.randint(5, 8))
    out = [f"De : Service élections <{E('elections@mairie-exemple.example')}>",
           f"Objet : créneaux assesseurs — bureau {r.randint(1, 30)}", "",
           "Bonjour à toutes et à tous,", "Voici les créneaux de la journée de dimanche :"]
    slots = ["8h-10h30", "10h30-13h", "13h-15h30", "15h30-18h", "dépouillement"]
    for s in slots:
        who = r.sample(ppl, 2)
        out.append(f"  {s:<14}{r.choice([who[0].full, who[0].fn])()} et {r.choice([who[1].full, who[1].abbr])()}")
    late = r.choice(ppl)
    out += ["", f"{late.fn()}, tu nous as signalé une arrivée tardive : {r.choice(ppl).fn()} te remplace jusqu'à 11h.",
            "Merci d'apporter votre carte d'électeur.", "", f"{signed(r, sender)}, service élections"]
    return lines(*out)


AUTHORS = [("Annie", "Ernaux", "Les Années"), ("Maryse", "Condé", "Ségou"), ("Leïla", "Slimani", "Chanson douce"),
           ("Alain", "Mabanckou", "Verre Cassé"), ("Gaël", "Faye", "Petit Pays"), ("Amin", "Maalouf", "Les Échelles du Levant"),
           ("Kamel", "Daoud", "Meursault, contre-enquête"), ("Delphine", "de Vigan", "Les Loyautés"),
           ("Nathacha", "Appanah", "Tropique de la violence"), ("Kim", "Thúy", "Ru"), ("Sorj", "Chalandon", "Profession du père"),
           ("Fatou", "Diome", "Le Ventre de l'Atlantique"), ("Yasmina", "Reza", "Babylone"), ("Gustave", "Flaubert", "Madame Bovary"),
           ("Honoré", "de Balzac", "Le Père Goriot"), ("Guy", "de Maupassant", "Bel-Ami"), ("Jean-Baptiste", "Andrea", "Veiller sur elle"),
           ("Andreï", "Makine", "Le Testament français"), ("Mohamed", "Mbougar Sarr", "La plus secrète mémoire des hommes")]


def author(r, c):
    """A book and its writer; the writer is a person like any other and is labeled."""
    first, last, title = r.choice(AUTHORS)
    a = P9(first, last, "f", "auteur", r)
    c.doc_people.append(a)
    return a, title


def lecture_cr(r, c):
    host = c.person(sex="f")
    members = c.cast(r.randint(4, 7))
    a, title = author(r, c)
    out = [f"Club lecture {r.choice(['« Les Dévoreurs »', 'de la médiathèque', '« Pages & Thé »'])} — séance du {fdate(r)}",
           f"Chez {host.fn()} ({r.choice(['rue Lamartine', 'boulevard Voltaire', 'rue des Jardins'])})", "",
           f"Présent·es : " + ", ".join(r.choice([p.fn, p.full, p.abbr])() for p in members),
           f"Livre du mois : {title}, {a.full()}" + r.choice(["", " (prix Goncourt)", " (prix Renaudot)", " (prix Femina)"]), ""]
    opinions = [f"a adoré, trouve que {a.sur()} écrit « comme on respire ».",
                "s'est ennuyé·e au milieu, mais la fin rattrape tout.",
                f"compare avec Madame Bovary ; débat animé avec {host.fn()}.",
                "n'a pas fini (pas le temps), promet pour la prochaine fois.",
                f"a relu les premiers livres de {a.sur()} pour l'occasion ; préfère ceux-là."]
    for p, opinion in zip(r.sample(members, min(3, len(members))), r.sample(opinions, 3)):
        out.append(f"- {p.fn()} : {opinion}")
    nxt_a, nxt_t = author(r, c)
    out += ["", f"Prochain livre proposé par {r.choice(members).fn()} : {nxt_t} ({nxt_a.full()}).",
            opt(r, 0.5, "On apporte chacun quelque chose à grignoter, pas de Ferrero cette fois 😅")]
    return lines(*out)


def lecture_whatsapp(r, c):
    a_, b, d, e = c.cast(4)
    au, title = author(r, c)
    t = times(r, 6, 8, 23)
    return lines(
        f"[{sdate(r)}] WhatsApp — Club lecture 📚",
        f"[{t[0]}] {a_.fn()} : bon qui a fini {title} ?",
        f"[{t[1]}] {b.fn()} : moi ! {au.sur()} c'est vraiment un style à part",
        f"[{t[2]}] {d.fn()} : pas encore, @{a_.fn()} tu me prêtes ton exemplaire ?",
        f"[{t[3]}] {a_.fn()} : ok je le dépose chez {e.low()} demain",
        f"[{t[4]}] {e.fn()} : pas de souci, {d.low()} tu passes quand tu veux",
        f"[{t[5]}] {b.fn()} : et on se fait la séance chez {r.choice([d, e]).fn()} le {r.randint(2, 28)} ?",
    )


SECTIONS = [("Violons 1", 4), ("Violons 2", 3), ("Altos", 2), ("Violoncelles", 2), ("Contrebasse", 1),
            ("Flûtes", 2), ("Clarinettes", 2), ("Cors", 2), ("Trompettes", 1), ("Percussions", 1)]


def orchestre_plan(r, c):
    chef = c.person()
    out = [f"Orchestre {r.choice(['symphonique amateur', 'd’harmonie municipale', 'des jeunes du conservatoire'])} {town_of(city(r))}",
           f"PLAN DE SCÈNE — concert du {fdate(r)}, {r.choice(['salle Gaveau', 'salle Pleyel', 'auditorium Maurice Ravel'])}",
           f"Direction : {r.choice([chef.full, chef.fup])()}",
           f"Programme : {', '.join(r.sample(['Boléro', 'Symphonie du Nouveau Monde', 'Les Quatre Saisons', 'Casse-Noisette (suite)', 'La Traviata (ouverture)'], 2))}", ""]
    for name, n in r.sample(SECTIONS, r.randint(5, 7)):
        ppl = c.cast(r.randint(1, n))
        row = " | ".join(r.choice([p.full, p.abbr, p.adm, p.fup])() for p in ppl)
        out.append(f"{name:<14}{row}")
    out += ["", opt(r, 0.6, "Chef de pupitre en gras sur l'exemplaire papier ; Soliste au premier rang côté jardin.")]
    return lines(*out)


def orchestre_mail(r, c):
    chef, a_, b, d = c.cast(4)
    return lines(
        f"De : {chef.full()} <{chef.mail(r)}>",
        f"Objet : placement pupitres — répétition du {r.choice(['mardi', 'jeudi'])}",
        "",
        "Bonsoir à tous,",
        f"Petits changements pour la générale : {a_.full()} passe au premier pupitre des violons 2, à côté de {b.full()}.",
        f"{d.fn()}, tu prends la partie de Premier violon dans le Boléro (solo mes. {r.randint(20, 80)}) ; {a_.fn()} te double si besoin.",
        opt(r, 0.6, f"{c.person().full()} est absent{c.doc_people[-1].e('e', '')} deux semaines, on se serre côté altos."),
        f"Rappel : tenue noire, arrivée {hhmm(r, 17, 19)} pour l'accord.",
        "",
        f"{r.choice([chef.fn, chef.full])()}",
    )


INSTRUMENTS = ["piano", "violon", "violoncelle", "flûte traversière", "clarinette", "guitare", "saxophone", "trompette", "harpe", "batterie"]


def conserv_pv(r, c):
    pres, ext = c.person(), c.person()
    out = ["Conservatoire Darius Milhaud — examens de fin de cycle " + r.choice(["1", "2", "3"]),
           f"Procès-verbal du {sdate(r)}", "",
           f"Jury : {pres.civ()} {pres.full()} (présidence), {ext.civ()} {ext.full()} (extérieur{ext.e('e', '')}, {r.choice(INSTRUMENTS)})", ""]
    rows = []
    for p in c.cast(r.randint(5, 8)):
        prof = c.person()
        rows.append([r.choice([p.adm, p.full, p.comma])(), r.choice(INSTRUMENTS), r.choice([prof.cs, prof.full, prof.ii])(),
                     r.choice(["TB", "B", "AB", "TB félicitations", "non présenté"])])
    out += table(r, ["Élève", "Instrument", "Professeur", "Mention"], rows, [30, 20, 24, 18])
    out += ["", f"Signé : {pres.ii()}, {ext.ii()}"]
    return lines(*out)


def conserv_convocation(r, c):
    kid = c.person()
    parent = c.kin(kid, "f" if r.random() < 0.6 else "m")
    acc, sec = c.person(sex="f"), c.person()
    return lines(
        f"De : Scolarité conservatoire <{E('scolarite@conservatoire-exemple.example')}>",
        f"À : {parent.mail(r)}",
        f"Objet : examen de {r.choice(INSTRUMENTS)} — {kid.full()}",
        "",
        f"Bonjour {parent.civ()} {parent.sur()},",
        f"L'examen de fin de cycle de {kid.fn()} aura lieu le {fdate(r)} à {hhmm(r, 9, 18)}, {r.choice(['salle 12', 'auditorium Maurice Ravel', 'salle Colombe'])}.",
        f"{kid.fn()} sera accompagné{kid.e('e', '')} au piano par {acc.civ()} {acc.full()} ; une répétition est prévue la veille.",
        "Merci d'arriver vingt minutes avant l'horaire.",
        "",
        f"Cordialement,\n{signed(r, sec)}",
    )


def ehpad_registre(r, c):
    out = [f"{r.choice(['EHPAD Saint-Joseph', 'Résidence Les Cèdres', 'EHPAD Les Glycines'])} — registre des visites — {sdate(r)}", ""]
    rows = []
    for t in times(r, r.randint(6, 9), 10, 19):
        res = c.person()
        if r.random() < 0.6:
            vis = c.kin(res)
            lien = r.choice([vis.e("fille", "fils"), vis.e("petite-fille", "petit-fils"), vis.e("sœur", "frère"), vis.e("nièce", "neveu")])
        else:
            vis = c.person()
            lien = r.choice([vis.e("voisine", "voisin"), vis.e("amie", "ami"), "bénévole", "aide à domicile"])
        rows.append([t, r.choice([vis.full, vis.fup, vis.adm])(), civ(r, res) if r.random() < 0.5 else res.full(), str(r.randint(101, 245)), lien])
    out += table(r, ["Arrivée", "Visiteur", "Résident", "Ch.", "Lien"], rows, [9, 28, 32, 6, 16])
    out += ["", opt(r, 0.6, "Port du masque si symptômes. Goûter des familles le jour de l'Ascension.")]
    return lines(*out)


def ehpad_animations(r, c):
    anim = c.person(sex="f")
    out = [f"Programme d'animations — semaine du {sdate(r)}", f"Animatrice : {anim.full()}", ""]
    for day in ["Lundi", "Mardi", "Mercredi", "Jeudi", "Vendredi"]:
        act = r.choice(["atelier mémoire", "loto", "chorale", "gym douce", "jardinage (muguet et jasmin)", "lecture du journal", "sortie au marché"])
        extra = r.choice(["", "", f" avec {c.person().full()}, bénévole", f" — anniversaire de {civ(r, c.person())} ({r.randint(85, 103)} ans) 🎂"])
        out.append(f"{day} {hhmm(r, 10, 16)} : {act}{extra}")
    out += ["", f"Les familles sont les bienvenues. Contact : {anim.fn()} au {phone(r)}."]
    return lines(*out)


def lits_point(r, c):
    bm, interne = c.person(), c.person()
    out = [f"CELLULE DE GESTION DES LITS — point de {r.choice(['10h', '14h', '17h30'])} — {sdate(r)}",
           f"Bed manager : {bm.full()} — interne de garde : Dr {interne.sur()}", "",
           f"Urgences : {r.randint(3, 14)} patients en attente d'un lit d'aval."]
    for _ in range(r.randint(3, 5)):
        p = c.person()
        out.append(f"- {p.civ()} {r.choice([p.SUR, p.adm, p.full])()}, {r.randint(45, 97)} ans — {r.choice(['cardio', 'gériatrie', 'médecine interne', 'pneumo', 'ortho'])} "
                   f"→ {r.choice(['lit dispo 14h', 'attente sortie', 'transfert clinique Pasteur', 'refusé, réorienter', 'box 4 en attendant'])}")
    cds = c.person(sex="f")
    out += ["", f"Sorties prévues ce jour : {r.randint(4, 12)} (à confirmer par {cds.civ()} {cds.sur()}, Cadre de santé en médecine).",
            opt(r, 0.5, "ViaTrajectoire relancé pour deux dossiers SSR.")]
    return lines(*out)


def lits_mail(r, c):
    bm, a_, b = c.cast(3)
    p1, p2 = c.person(), c.person()
    return lines(
        f"De : {bm.full()} <{bm.mail(r, 'chu-exemple.example')}>",
        f"À : {a_.mail(r, 'chu-exemple.example')}; {b.mail(r, 'chu-exemple.example')}",
        "Objet : tension lits ce soir",
        "",
        f"{a_.fn()}, {b.fn()},",
        f"Nous avons {r.randint(6, 15)} patients aux urgences sans lit. Pouvez-vous libérer un lit en médecine pour {p1.civ()} {p1.sur()} (chambre seule, BMR) ?",
        f"{p2.full()} peut sortir demain matin si l'ambulance est confirmée ; l'IDE de nuit est prévenue.",
        opt(r, 0.6, "Le CHU Henri Mondor ne prend plus de transferts avant 20h."),
        "",
        f"Merci — {bm.fn()} (gestion des lits, {phone(r)})",
    )


PHARMA = ["Pharmacie du Marché", "Pharmacie de la Gare", "Pharmacie des Platanes", "Grande Pharmacie de l'Abbaye",
          "Pharmacie du Centre", "Pharmacie des Quatre Chemins", "Pharmacie du Four"]


def garde_tableau(r, c):
    sector, (month, name) = city(r), r.choice([(11, "novembre"), (12, "décembre"), (1, "janvier"), (5, "mai")])
    out = [f"Tableau des gardes — secteur {sector} — {name} 2026", ""]
    # each pharmacy has one holder, who takes the nights of the pharmacy's turns
    holders = [(ph, c.person(), phone(r)) for ph in r.sample(PHARMA, r.randint(3, 5))]
    rows = []
    for day in sorted(r.sample(range(1, 29), r.randint(6, 8))):
        ph, t, tel = r.choice(holders)
        rows.append([f"{day:02d}/{month:02d}/2026", ph, r.choice([t.cs, t.full, t.adm])(), tel])
    out += table(r, ["Date", "Officine", "Titulaire", "Téléphone"], rows, [12, 32, 28, 16])
    out += ["", opt(r, 0.6, "Garde de nuit via le commissariat. Les jours de Pentecôte et de Pâques suivent le tableau."),
            f"Établi par {signed(r, c.person())}, représentant{c.doc_people[-1].e('e', '')} du syndicat."]
    return lines(*out)


def garde_sms(r, c):
    a_, b, d = c.cast(3)
    t = times(r, 5, 8, 21)
    return lines(
        "Groupe « Gardes pharma secteur Est »",
        f"{t[0]} {a_.full()} : quelqu'un peut échanger le dimanche {r.randint(2, 28)} ? mariage de ma fille",
        f"{t[1]} {b.full()} : je peux prendre, tu me rends le {r.randint(2, 28)} ?",
        f"{t[2]} {a_.full()} : parfait merci {b.low()} !!",
        f"{t[3]} {d.full()} : pensez à prévenir l'ARS et {r.choice(['le commissariat', 'la mairie'])}, {a_.fn()} tu t'en occupes ?",
        f"{t[4]} {a_.full()} : oui c'est fait",
    )


def cite(r, p):
    """ "Rakotomalala et al. (2019)", "Lin et Okafor (2021)": cited authors are people too."""
    return f"{p.sur()} et al. ({r.randint(2008, 2025)})"


def review_rapport(r, c):
    authors = c.cast(r.randint(2, 4))
    cited = c.cast(3)
    ms = f"{r.choice(['RFSS', 'JEPS', 'AJE'])}-{r.randint(2025, 2026)}-{r.randint(100, 999)}"
    return lines(
        f"Rapport de relecture — manuscrit {ms}",
        f"Titre : « {r.choice(['Effets d’un programme de marche sur la maladie de Crohn', 'Télétravail et santé mentale des cadres', 'La loi de Pareto appliquée aux stocks hospitaliers', 'Diagramme de Gantt et pilotage de chantiers'])} »",
        "Auteurs : " + ", ".join(r.choice([p.ini, p.full])() for p in authors),
        "Relecteur 2 — recommandation : " + r.choice(["révision mineure", "révision majeure", "rejet et resoumission"]),
        "",
        f"1. La revue de littérature omet {cite(r, cited[0])}, qui obtient des résultats opposés.",
        f"2. Le protocole suit {cited[1].sur()} et {cited[2].sur()} ({r.randint(2010, 2024)}) mais l'échantillon est plus petit ; justifier.",
        f"3. Le tableau 2 attribue à {authors[0].sur()} une donnée non publiée : citer la source.",
        opt(r, 0.5, "4. Les figures sont illisibles en noir et blanc."),
        "",
        "Je ne déclare aucun conflit d'intérêts avec les auteurs.",
    )


def review_decision(r, c):
    a_, ed = c.person(), c.person()
    co = c.person()
    return lines(
        f"Objet : Décision sur votre manuscrit {r.randint(100, 999)}",
        "",
        f"{a_.e('Chère', 'Cher')} Dr {a_.sur()},",
        "",
        f"Merci d'avoir soumis votre article, cosigné avec {co.full()}, à notre revue.",
        f"Les deux rapports sont favorables sous réserve de révisions ; {r.choice(['le premier relecteur', 'le relecteur 2'])} demande de discuter {cite(r, c.person())}.",
        f"Le Pr {c.person().full()}, éditeur associé, suivra la nouvelle version.",
        f"Merci de déposer la version révisée sous {r.choice(['30', '45', '60'])} jours.",
        "",
        "Bien cordialement,",
        f"{signed(r, ed)}, {ed.e('rédactrice', 'rédacteur')} en chef",
    )


CLIENTS_B2B = ["Atelier Mécanique de l'Ouest", "Boulangeries Kérlan", "SARL Sud Isolation", "Transports Rivaud & Fils",
               "Clinique Pasteur", "Groupe Hôtelier des Cèdres", "Leroy Merlin (magasin de Brest)", "Coop Agrivert", "Damart (siège)"]


def commissions_releve(r, c):
    rep, mgr, sponsor = c.person(), c.person(), c.person()
    out = [f"RELEVÉ DE COMMISSIONS — {r.choice(['septembre', 'octobre', 'novembre'])} 2026",
           f"Commercial{sep(r)}{r.choice([rep.adm, rep.ADMX, rep.full])()} (matricule {r.randint(1000, 9999)})",
           f"Responsable{sep(r)}{mgr.full()}", ""]
    rows = [[cl, euros(r, 800, 40000), f"{r.choice([3, 4, 5, 7])} %"] for cl in r.sample(CLIENTS_B2B, r.randint(3, 5))]
    out += table(r, ["Client", "CA HT", "Taux"], rows, [40, 16, 8])
    out += ["", f"Prime de palier : {euros(r, 100, 900)} (objectif atteint)",
            f"Affaire apportée par {sponsor.full()} ({r.choice(['parrainage', 'agence de Lorient'])}) : commission partagée 50/50.",
            opt(r, 0.5, f"Validé par {mgr.ii()} le {sdate(r)}.")]
    return lines(*out)


def commissions_mail(r, c):
    rep, mgr, other = c.cast(3)
    return lines(
        f"De : {rep.full()} <{rep.mail(r, 'entreprise.example')}>",
        f"À : {mgr.mail(r, 'entreprise.example')}",
        "Objet : RE: relevé commissions",
        "",
        f"Bonjour {mgr.fn()},",
        f"Il manque la commande de la Clinique Pasteur sur mon relevé ; c'est moi qui l'ai signée avec {other.full()}, pas l'agence.",
        f"{other.fn()} pourra te le confirmer. Je veux bien qu'on partage, mais pas à 100 % pour {r.choice(['Salesforce', 'l’agence'])} 🙂",
        "",
        f"{rep.fn()}",
        "",
        f"> Le {sdate(r)}, {mgr.full()} a écrit :",
        f"> Bonjour {rep.fn()}, ci-joint ton relevé. La Prime de palier est calculée sur le CA facturé.",
    )


def audit_rapport(r, c):
    aud, dir_, qual = c.cast(3)
    met = c.cast(r.randint(3, 5))
    out = [f"RAPPORT D'AUDIT {r.choice(['INTERNE ISO 9001', 'FOURNISSEUR', 'ISO 14001 — suivi'])} — site {city(r)}",
           f"Date{sep(r)}{sdate(r)} — {aud.e('Auditrice', 'Auditeur')} : {aud.full()}",
           f"Responsable de site{sep(r)}{civ(r, dir_)}", "",
           "Personnes rencontrées :"]
    for p in met:
        out.append(f"  • {cell(r, p)} — {r.choice(['magasin', 'production', 'achats', 'maintenance', 'RH', 'méthodes'])}")
    out += ["", "Écarts :",
            f"  NC1 — habilitations CACES non à jour pour deux caristes (voir {met[0].fn()}).",
            f"  NC2 — la roue de Deming est affichée mais les actions ne sont pas suivies.",
            opt(r, 0.6, f"  OBS — le diagramme de Gantt du projet n'est pas daté ; {qual.full()} s'engage à le reprendre."),
            "", f"Prochain audit : {r.choice(['T2', 'T3', 'T4'])} 2027. Copie : {qual.cs()}."]
    return lines(*out)


def audit_presence(r, c):
    out = [f"Réunion d'ouverture — audit {r.choice(['ISO 9001', 'fournisseur', 'IFS Food'])} — {sdate(r)}", "Feuille de présence", ""]
    rows = []
    for p in c.cast(r.randint(5, 8)):
        rows.append([r.choice([p.SUR, p.SURX])(), p.fn(), r.choice(["Qualité", "Production", "Achats", "DAF", "DRH", "Auditeur", "Logistique"]),
                     r.choice([p.ii, p.abbr])()])
    out += table(r, ["NOM", "Prénom", "Fonction", "Paraphe"], rows, [20, 16, 14, 14])
    return lines(*out)


def entrepot_passation(r, c):
    a_, b = c.person(), c.person()
    abs_, tmp = c.person(), c.person()
    return lines(
        f"PASSATION D'ÉQUIPE — {r.choice(['matin → après-midi', 'après-midi → nuit', 'nuit → matin'])} — {sdate(r)}",
        f"Chef d'équipe sortant : {r.choice([a_.full, a_.fup])()} / entrant : {b.full()}",
        "",
        f"Absents : {abs_.full()} (maladie){r.choice(['', ', ' + c.person().fn() + ' (congé)'])}",
        f"Intérimaire : {tmp.adm()} — CACES 1 et 3, à accompagner sur le quai {r.randint(1, 6)}",
        f"Caristes : " + ", ".join(r.choice([p.fn, p.abbr, p.full])() for p in c.cast(r.randint(2, 4))),
        "",
        "Incidents :",
        f"- palette renversée allée {r.choice('BCDEF')}{r.randint(1, 30)}, pas de blessé ; {a_.fn()} a fait la déclaration.",
        f"- camion Thyssenkrupp en retard (arrivée prévue {hhmm(r, 14, 22)}).",
        opt(r, 0.6, f"- {b.fn()}, penser à relancer la maintenance pour le transpalette 4."),
    )


def entrepot_chat(r, c):
    a_, b, d = c.cast(3)
    h = r.randint(5, 20)
    t = times(r, 5, h, h + 1)
    return lines(
        "Teams — #quai-expédition",
        f"{t[0]}  {a_.full()} : {b.low()} t'es où ? le camion Michelin est à quai",
        f"{t[1]}  {b.full()} : j'arrive, je finis le chargement avec {d.fn()}",
        f"{t[2]}  {d.full()} : @{a_.fn()} il manque 3 colis sur le BL, on fait quoi",
        f"{t[3]}  {a_.full()} : on part sans, je préviens le client. merci {r.choice([d.low, d.fn])()}",
        f"{t[4]}  {b.full()} : ok c'est parti 🚚",
    )


def cles_registre(r, c):
    out = [f"REGISTRE DES CLÉS ET BADGES — {r.choice(['services techniques', 'mairie annexe', 'accueil siège'])}", ""]
    rows = []
    for d in dates(r, r.randint(6, 9)):
        p = c.person()
        rows.append([d, r.choice(["Clé local ménage", "Passe général", "Badge parking 12", "Clé coffre-fort", "Clé salle Colombe", "Clé véhicule Peugeot"]),
                     cell(r, p), r.choice([p.ii, p.abbr, p.ini])(), r.choice(["", "", d, "non rendue"])])
    out += table(r, ["Sortie", "Objet", "Emprunteur", "Visa", "Retour"], rows, [12, 24, 30, 14, 12])
    resp = c.person()
    out += ["", f"Contrôle du coffre le {sdate(r)} par {resp.full()} : {r.choice(['RAS', 'manque le double du passe', 'une clé sans étiquette'])}."]
    return lines(*out)


def cles_mail(r, c):
    a_, b, d = c.cast(3)
    return lines(
        f"De : {a_.full()} <{a_.mail(r, 'entreprise.example')}>",
        "Objet : clé du coffre introuvable",
        "",
        "Bonjour,",
        f"La clé du coffre-fort n'est pas revenue depuis le {sdate(r)}. D'après le registre, elle a été sortie par {b.full()}, "
        f"qui dit l'avoir remise à {d.civ()} {d.sur()}.",
        f"{d.fn()}, peux-tu vérifier dans ton casier ? Sinon on fait changer le barillet (devis {euros(r, 80, 400)}).",
        "",
        f"Merci, {a_.fn()} — Responsable de site",
    )


def plate(r):
    L3 = "ABCDEFGHJKLMNPQRSTVWXYZ"
    return f"{r.choice(L3)}{r.choice(L3)}-{r.randint(100, 999)}-{r.choice(L3)}{r.choice(L3)}"


def carburant_attribution(r, c):
    out = [f"Attribution des cartes carburant — flotte {r.choice(['services techniques', 'commerciaux', 'SAV'])} — {sdate(r)}", ""]
    rows = []
    for p in c.cast(r.randint(5, 8)):
        rows.append([f"**** {r.randint(1000, 9999)}", plate(r), r.choice([p.ADMX, p.adm, p.full, p.comma])(),
                     r.choice(["Peugeot 208", "Citroën Berlingo", "Renault Kangoo", "Mercedes Vito"]), f"{r.choice([150, 200, 300, 400])} €/sem."])
    out += table(r, ["Carte", "Immat.", "Conducteur", "Véhicule", "Plafond"], rows, [12, 12, 30, 18, 12])
    gest = c.person()
    out += ["", f"Gestionnaire de flotte : {gest.full()} — toute perte à signaler sous 24 h.",
            opt(r, 0.5, "Les cartes Total sont remplacées par des cartes multi-enseignes au 1er janvier.")]
    return lines(*out)


def carburant_anomalie(r, c):
    g, d, m = c.cast(3)
    return lines(
        f"De : {g.full()} <{g.mail(r, 'entreprise.example')}>",
        f"À : {d.mail(r, 'entreprise.example')}",
        f"Cc : {m.mail(r, 'entreprise.example')}",
        "Objet : carte carburant — transactions à justifier",
        "",
        f"Bonjour {d.civ()} {d.sur()},",
        f"Le relevé de votre carte fait apparaître deux pleins le {sdate(r)} à {r.randint(10, 50)} minutes d'intervalle ({euros(r, 60, 140)} et {euros(r, 60, 140)}).",
        f"Le véhicule {plate(r)} a un réservoir de 50 litres. Pouvez-vous nous expliquer ? {m.full()}, votre Chef d'équipe, est en copie.",
        "",
        "Cordialement,",
        f"{signed(r, g)}",
    )


def mdp_ticket(r, c):
    req, tech = c.person(), c.person()
    other = c.person() if r.random() < 0.5 else None
    who = other or req
    steps = times(r, 2, 8, 17)
    return lines(
        f"GLPI — Ticket #{r.randint(10000, 99999)} — {r.choice(['Réinitialisation mot de passe', 'Compte verrouillé', 'MFA perdu'])}",
        f"Demandeur{sep(r)}{r.choice([req.adm, req.full, req.ADMX])()}",
        opt(r, 1.0 if other else 0, f"Pour le compte de{sep(r)}{other.full() if other else ''}"),
        f"Identifiant{sep(r)}{who.login(r)}",
        f"Application{sep(r)}{r.choice(['Active Directory', 'Azure AD', 'Okta', 'Sage', 'Keycloak'])}",
        f"Technicien{sep(r)}{r.choice([tech.full, tech.fn])()}",
        "",
        "Suivi :",
        f"{sdate(r)} {steps[0]} — identité vérifiée par rappel au {phone(r)} ({r.choice(['question secrète OK', 'validé par le manager'])}).",
        f"{steps[1]} — mot de passe temporaire envoyé par SMS à {who.fn()} ; changement forcé à la connexion.",
        opt(r, 0.6, "Rappel envoyé : pas de mot de passe dans Excel, utiliser KeePass ou Bitwarden."),
        "Statut : résolu",
    )


def mdp_chat(r, c):
    u, t_ = c.person(), c.person()
    h = r.randint(8, 17)
    t = times(r, 5, h, h + 1)
    return lines(
        f"Slack — #support-informatique — {sdate(r)}",
        f"{t[0]} {u.login(r)} ({u.full()}) : bonjour, mon compte est bloqué depuis ce matin 😩",
        f"{t[1]} {t_.full()} : salut {u.fn()}, je regarde. Tu as changé ton mot de passe récemment ?",
        f"{t[2]} {u.full()} : oui vendredi, et le téléphone a gardé l'ancien je pense",
        f"{t[3]} {t_.full()} : c'est ça, déverrouillé. supprime le compte mail sur ton tel puis remets-le",
        f"{t[4]} {u.full()} : merci {t_.low()} !!",
    )


def sprint_rapport(r, c):
    po, sm = c.person(), c.person()
    team = c.cast(r.randint(3, 5))
    n = r.randint(20, 80)
    out = [f"Sprint {n} — revue du {sdate(r)}", f"Product Owner : {po.full()} — Scrum Master : {sm.full()}", ""]
    rows = []
    for p in team + r.sample(team, 2):
        rows.append([f"APP-{r.randint(100, 2999)}", r.choice(["Export CSV des commandes", "Bug connexion Okta", "Refonte page panier",
                                                               "Migration Keycloak", "Alerte stock bas", "Traduction espagnol"]),
                     r.choice([p.full, p.fn, p.abbr])(), r.choice(["Done", "Done", "En revue", "Reporté"])])
    out += table(r, ["Ticket", "Résumé", "Assigné", "Statut"], rows, [10, 30, 24, 10])
    out += ["", f"Vélocité : {r.randint(18, 45)} points. Bravo {team[0].fn()} pour la migration.",
            opt(r, 0.6, f"Démo faite par {team[1].fn()} devant le DAF et la MOA."), "Compte rendu publié dans Confluence."]
    return lines(*out)


def sprint_retro(r, c):
    sm = c.person()
    a_, b, d = c.cast(3)
    return lines(
        f"Rétro sprint {r.randint(20, 80)} — animée par {sm.fn()}",
        "",
        "😀 Ce qui a bien marché",
        f"- l'entraide sur les tests (merci @{a_.fn()} et @{b.fn()})",
        f"- le pair programming {d.low()}/{a_.low()}",
        "😕 À améliorer",
        f"- trop de réunions Zoom ; {b.fn()} propose un créneau sans réunion le jeudi",
        "- tickets Jira mal découpés",
        "🎯 Actions",
        f"- [ ] {d.full()} : nettoyer le board avant la planification",
        f"- [ ] {sm.full()} : voir avec le Product Owner pour le backlog",
    )


def crous_attribution(r, c):
    out = [f"{r.choice(['Résidence Jean Zay', 'Résidence Camille Claudel', 'Résidence Les Cèdres'])} — attributions rentrée {r.choice(['2026', '2026-2027'])}", ""]
    rows = []
    for p in c.cast(r.randint(6, 9)):
        rows.append([f"{r.choice('ABC')}{r.randint(101, 420)}", r.choice([p.ADMX, p.adm, p.comma, p.full])(),
                     r.choice(["Université", "IUT", "BTS lycée Jean Moulin", "École d'infirmiers", "Sciences Po", "ENSA"]),
                     r.choice(["T1", "chambre 9 m²", "studio", "T1 bis PMR"]), r.choice(["01/09/2026", "15/09/2026", "28/08/2026"])])
    out += table(r, ["Logement", "Résident", "Établissement", "Type", "Entrée"], rows, [10, 32, 24, 14, 12])
    out += ["", f"Gestionnaire : {signed(r, c.person())} — états des lieux sur rendez-vous (Calendly)."]
    return lines(*out)


def crous_lettre(r, c):
    s, g, resp = c.person(), c.person(), c.person()
    return lines(
        "CROUS — service hébergement",
        "",
        f"{s.civl()} {r.choice([s.full, s.fup])()}",
        f"{addr(r)}",
        "",
        f"Objet : proposition de logement — {r.choice(['Résidence Jean Zay', 'Résidence Camille Claudel'])}",
        "",
        f"{s.civl()},",
        f"Un logement vous est proposé à compter du {fdate(r)}. Vous disposez de 8 jours pour l'accepter en ligne.",
        f"Votre garant{g.e('e', '')}, {civ(r, g)}, devra signer l'acte de caution.",
        f"L'état des lieux d'entrée sera fait avec {resp.civ()} {resp.sur()}, responsable de la résidence.",
        "",
        "Le service hébergement",
    )


def equestre_contrat(r, c):
    own, vet, far, resp = c.cast(4)
    horse = r.choice(["Quartz de la Roche", "Tornade", "Iris des Prés", "Vasco du Bocage", "Jolly Jumper", "Ulysse"])
    return lines(
        f"CONTRAT DE PENSION — Écurie {r.choice(['des Prés', 'du Moulin', 'de la Pointe'])}",
        "",
        "Entre l'écurie, représentée par " + r.choice([resp.full, resp.fup])() + ",",
        f"et le propriétaire{sep(r)}{civ(r, own)}, {addr(r)}",
        "",
        f"Cheval{sep(r)}{horse} — {r.choice(['hongre', 'jument', 'entier'])}, {r.randint(4, 22)} ans",
        f"Formule{sep(r)}{r.choice(['pension box + paddock', 'pension pré', 'demi-pension'])} — {euros(r, 280, 650)} / mois",
        f"Vétérinaire traitant{sep(r)}Dr {vet.full()}",
        f"Maréchal-ferrant{sep(r)}{far.full()} (toutes les 6 semaines)",
        opt(r, 0.5, f"Demi-pensionnaire autorisé{sep(r)}{c.person().full()}"),
        "",
        f"Fait à {city(r)}, le {sdate(r)}.",
        f"Le propriétaire : {own.ii()}        Pour l'écurie : {resp.ii()}",
    )


def equestre_planning(r, c):
    out = [f"Planning soins — semaine {r.randint(2, 51)} — écurie", ""]
    staff = c.cast(3)
    for day in ["Lun", "Mar", "Mer", "Jeu", "Ven", "Sam"]:
        horse = r.choice(["Tornade", "Iris des Prés", "Vasco du Bocage", "Tango", "Réglisse", "Ulysse"])
        p = r.choice(staff)
        own = c.person()
        out.append(f"{day}  {r.choice([p.fn, p.abbr])()} : paddock {horse}{r.choice(['', ' + douche', ' + longe 20 min'])} — propriétaire {r.choice([own.cs, own.full])()}")
    out += ["", f"Dentiste équin jeudi matin ; {staff[0].fn()} tient les chevaux."]
    return lines(*out)


PETS = ["Milou", "Filou", "Caramel", "Noisette", "Oscar", "Gaston", "Réglisse", "Tango"]


def animaux_reservation(r, c):
    own, sitter = c.person(), c.person()
    pet = r.choice(PETS)
    d1, d2 = span(r, 2, 15)
    return lines(
        f"RÉSERVATION PENSION / GARDE — n° {r.randint(1000, 9999)}",
        *form_name(r, own),
        f"Téléphone{sep(r)}{phone(r)}",
        f"Animal{sep(r)}{pet} ({r.choice(['chien, berger australien', 'chat européen', 'chien, jack russell', 'lapin nain'])})",
        f"Du {d1} au {d2}",
        f"Personne à prévenir{sep(r)}{c.person().full()}",
        f"Pet-sitter{sep(r)}{r.choice([sitter.fn, sitter.full, sitter.abbr])()}",
        f"Vétérinaire{sep(r)}Dr {c.person().sur()}, {city(r)}",
        opt(r, 0.6, f"Remarques : {pet} a peur de l'orage, croquettes matin et soir."),
    )


def animaux_sms(r, c):
    own, sitter = c.person(), c.person()
    pet = r.choice(PETS)
    t = times(r, 4, 7, 21)
    return lines(
        f"SMS {sitter.full()} → {own.full()}",
        f"[{t[0]}] Bonjour {own.fn()} ! {pet} a bien mangé, balade de 40 min au parc 🐾",
        f"[{t[1]}] Merci {sitter.fn()} 🙏 il n'a pas trop pleuré ?",
        f"[{t[2]}] Un peu le premier soir, ça va mieux. Ma fille {c.kin(sitter, 'f').fn()} passera le midi demain.",
        f"[{t[3]}] Parfait, bonne soirée !",
    )


def velo_ticket(r, c):
    cl, meca = c.person(), c.person()
    return lines(
        f"Atelier {r.choice(['Roue Libre', 'Vélo Solidaire', 'Cycles du Four'])} — fiche de réparation n° {r.randint(100, 9999)}",
        f"Date de dépôt{sep(r)}{sdate(r)}",
        f"Client{sep(r)}{r.choice([cl.full, cl.adm, cl.abbr])()} — {phone(r)}",
        f"Vélo{sep(r)}{r.choice(['VTC Decathlon bleu', 'vélo cargo', 'VAE Peugeot', 'BMX', 'vélo de ville Motobécane'])}",
        "Travaux :",
        "  - " + r.choice(["changement chambre à air arrière", "réglage freins V-brake", "dérailleur à remplacer", "rayons voilés"]),
        "  - " + r.choice(["graissage chaîne", "pneus neufs", "éclairage", "patins de frein"]),
        f"Devis{sep(r)}{euros(r, 15, 180)}",
        f"Mécanicien{sep(r)}{r.choice([meca.fn, meca.full])()}",
        opt(r, 0.5, f"Note : {cl.fn()} repasse samedi ; appeler avant si dépassement."),
    )


def velo_tableau(r, c):
    out = [f"Tableau atelier — {sdate(r)}", ""]
    rows = []
    for p in c.cast(r.randint(5, 8)):
        m = c.person()
        rows.append([r.choice([p.full, p.abbr, p.fn, p.sur])(), r.choice(["crevaison", "freins", "révision", "roue voilée", "câbles"]),
                     r.choice([m.fn, m.low])(), r.choice(["à faire", "en cours", "prêt", "attente pièce"])])
    out += table(r, ["Client", "Travail", "Méca", "État"], rows, [26, 14, 12, 14])
    return lines(*out)


def rucher_planning(r, c):
    resp = c.person()
    out = [f"Rucher-école {r.choice(['du Bocage', 'de la Vallée', 'des Coteaux'])} — planning des visites", f"Responsable : {resp.full()}", ""]
    for d in dates(r, r.randint(4, 6)):
        a_, b = c.cast(2)
        out.append(f"{d} — binôme {r.choice([a_.full, a_.fn])()} et {r.choice([b.full, b.abbr])()} — "
                   f"{r.choice(['contrôle de ponte, chercher la reine', 'pose des hausses', 'récolte', 'traitement varroa', 'nourrissement'])}")
    out += ["", opt(r, 0.6, "Le martin-pêcheur est revenu près de l'étang. Tenue complète obligatoire."),
            "Ruches : Marguerite, Colombe, Aurore — attention, la reine de Colombe est à remplacer."]
    return lines(*out)


def rucher_parrains(r, c):
    out = ["Tableau des parrainages de ruches — saison 2026", ""]
    rows = []
    for i in range(r.randint(5, 8)):
        p = c.person()
        rows.append([f"R{i + 1:02d}", r.choice([p.full, p.adm, p.inv])(), r.choice(["particulier", "entreprise", "école"]),
                     f"{r.choice([2, 5, 10])} pots"])
    out += table(r, ["Ruche", "Parrain", "Type", "Miel"], rows, [8, 30, 14, 10])
    out += ["", f"Contact parrainages : {c.person().full()} ({E('rucher@apiculteurs.example')})."]
    return lines(*out)


def escape_resa(r, c):
    cl, gm = c.person(), c.person()
    players = c.cast(r.randint(2, 4))
    return lines(
        f"Confirmation de réservation — {r.choice(['Le Code de Tartuffe', 'L’Évasion de Madame Bovary', 'Le Trésor du Père Goriot', 'Mission Boléro'])}",
        f"Réservé par{sep(r)}{cl.full()} ({cl.mail(r)})",
        f"Date{sep(r)}{fdate(r)} à {hhmm(r, 10, 21)} — {len(players) + 1} joueurs",
        "Joueurs : " + ", ".join([cl.fn()] + [r.choice([p.fn, p.full])() for p in players]),
        f"Game master{sep(r)}{gm.fn()}",
        "",
        "Merci d'arriver 15 min avant. Pas de téléphone dans la salle.",
        opt(r, 0.5, f"Anniversaire : {r.choice(players).fn()} — gâteau autorisé en salle d'attente."),
    )


def escape_scores(r, c):
    out = [f"Classement du mois — {r.choice(['salle « Tartuffe »', 'salle « Bel-Ami »', 'salle « Le Petit Prince »'])}", ""]
    rows = []
    for i in range(r.randint(4, 6)):
        ppl = c.cast(r.randint(2, 3))
        rows.append([str(i + 1), r.choice(["Les Cerveaux", "Team Bureau 3", "Les Pieds Nickelés", "Les Zinzins", "Famille"]),
                     " / ".join(r.choice([p.fn, p.abbr])() for p in ppl), f"{r.randint(38, 59)}:{r.randint(0, 59):02d}"])
    out += table(r, ["#", "Équipe", "Joueurs", "Temps"], rows, [4, 22, 40, 8])
    gm = c.person()
    out += ["", f"GM du mois : {gm.fn()} 🏆"]
    return lines(*out)


def coworking_membres(r, c):
    out = [f"{r.choice(['La Ruche Numérique', 'Cowork du Port', 'L’Établi'])} — membres actifs au {sdate(r)}", ""]
    rows = []
    for p in c.cast(r.randint(6, 9)):
        rows.append([r.choice([cell(r, p), p.FNI()]), r.choice(["freelance", "Studio Pixel", "Qonto (télétravail)", "Atelier Mécanique de l'Ouest", "association"]),
                     r.choice(["résident", "nomade 10 j", "bureau fermé", "nomade illimité"]), r.choice(["", "", "casier 14", "Senior"])])
    out += table(r, ["Membre", "Structure", "Formule", "Note"], rows, [30, 30, 18, 10])
    host = c.person()
    out += ["", f"Community manager : {host.full()} — {host.mail(r, 'coworking.example')}"]
    return lines(*out)


def coworking_slack(r, c):
    host, new, a_ = c.cast(3)
    t = times(r, 4, 9, 19)
    return lines(
        "Slack — #général",
        f"{t[0]} {host.full()} : Bienvenue à {new.full()} 🎉 {new.fn()} est graphiste, bureau 4 à côté de {a_.fn()}",
        f"{t[1]} {a_.full()} : bienvenue {new.low()} ! café à 10h ?",
        f"{t[2]} {new.full()} : avec plaisir, merci @{host.fn()} pour l'accueil",
        f"{t[3]} {host.full()} : rappel, le Zoom de la salle de réunion se réserve dans Google Agenda",
    )


def evac_rapport(r, c):
    chef, sst = c.person(), c.person()
    out = [f"RAPPORT D'EXERCICE D'ÉVACUATION — {r.choice(['siège', 'bâtiment B', 'site de production'])} — {sdate(r)}",
           f"Responsable sécurité : {chef.full()} (SSIAP 2)", f"Déclenchement : {hhmm(r, 9, 16)} — fin : {r.randint(3, 9)} min 40 s", ""]
    for floor in ["RDC", "1er", "2e", "3e"][:r.randint(2, 4)]:
        g, s = c.cast(2)
        out.append(f"{floor} : guide-file {r.choice([g.full, g.fup])()}, serre-file {r.choice([s.full, s.abbr])()}")
    lost = c.person()
    out += ["", "Observations :",
            f"- {lost.civ()} {lost.sur()} est resté{lost.e('e', '')} en réunion Teams (casque) et n'a pas entendu l'alarme.",
            f"- point de rassemblement trop proche de la rue Gustave Eiffel ; à déplacer.",
            f"- {sst.full()} (SST) a pris en charge un malaise léger.", "",
            f"Visa : {chef.ii()}"]
    return lines(*out)


def evac_liste(r, c):
    out = [f"Liste des guide-file, serre-file et SST — mise à jour {sdate(r)}", ""]
    rows = []
    for floor in ["RDC", "R+1", "R+2", "R+3", "Sous-sol"][:r.randint(3, 5)]:
        g, s = c.cast(2)
        rows.append([floor, cell(r, g), cell(r, s), r.choice(["", "SST", "EPI au local"])])
    out += table(r, ["Étage", "Guide-file", "Serre-file", "Divers"], rows, [10, 30, 30, 12])
    out += ["", f"Formation SST recyclage : {', '.join(r.choice([p.full, p.abbr])() for p in c.cast(r.randint(2, 4)))}."]
    return lines(*out)


LIFT_VISITS = [("visite périodique", ["RAS", "RAS", "graissage guides"]), ("panne — cabine bloquée", ["personne désincarcérée", "remis en service"]),
               ("dépannage porte palière", ["remis en service", "pièce commandée"]), ("contrôle parachute", ["conforme", "RAS"])]


def asc_carnet(r, c):
    out = [f"Carnet d'entretien ascenseur — {r.choice(['Résidence Les Cèdres', 'résidence Marcel Paul', 'immeuble 12 rue Lamartine'])} — appareil {r.choice(['Otis', 'Schindler', 'Thyssenkrupp'])}", ""]
    rows = []
    guard = c.person()
    for d in dates(r, r.randint(4, 7)):
        tech = c.person()
        motive, result = r.choice(LIFT_VISITS)
        rows.append([d, motive, r.choice([tech.full, tech.abbr, tech.SUR])(), r.choice(result)])
    out += table(r, ["Date", "Motif", "Technicien", "Résultat"], rows, [12, 28, 24, 24])
    out += ["", f"Gardien : {guard.full()} — {phone(r)}"]
    return lines(*out)


def asc_mail(r, c):
    syn, guard, tech = c.cast(3)
    stuck = c.person()
    return lines(
        f"De : {syn.full()} (cabinet de syndic) <{syn.mail(r, 'syndic-exemple.example')}>",
        "Objet : ascenseur bâtiment A — panne",
        "",
        "Madame, Monsieur,",
        f"L'ascenseur est à l'arrêt depuis le {sdate(r)}. {guard.civ()} {guard.sur()}, votre gardien{guard.e('ne', '')}, a prévenu la société.",
        f"{tech.full()}, technicien{tech.e('ne', '')} Schindler, a diagnostiqué une carte électronique défaillante ; la pièce arrive sous {r.randint(3, 10)} jours.",
        f"{stuck.civ()} {stuck.sur()} (4e étage), à mobilité réduite, sera aidé{stuck.e('e', '')} par {guard.fn()} pour ses courses.",
        "",
        "Nous vous prions de nous excuser pour la gêne occasionnée.",
        f"{signed(r, syn)}",
    )


# ---------------------------------------------------------------------------------------------
# Third templates: the short, informal or exported forms some of these documents also take.


def notaire_sms(r, c):
    out = [f"Rappels SMS envoyés — étude — {sdate(r)}", ""]
    for t in times(r, r.randint(3, 5), 8, 9):
        p, me = c.person(), c.person()
        out.append(f"{t}  → {phone(r)} : « {r.choice(['Bonjour', 'Bjr'])} {r.choice([p.cs, p.cl, p.full])()}, rappel de votre RDV "
                   f"{r.choice(['demain', 'lundi', 'jeudi'])} {hhmm(r, 9, 17)} avec Me {me.sur()}. Pièce d'identité obligatoire. Étude notariale »")
    clerc = c.person()
    out += ["", f"Envoi programmé par {clerc.login(r)} ({clerc.full()})."]
    return lines(*out)


def jures_employeur(r, c):
    j, drh, mgr = c.cast(3)
    start, end = span(r, 8, 20)
    return lines(
        f"De : {j.full()} <{j.mail(r, 'entreprise.example')}>",
        f"À : {drh.mail(r, 'entreprise.example')}",
        f"Cc : {mgr.mail(r, 'entreprise.example')}",
        "Objet : absence — convocation comme juré d'assises",
        "",
        f"Bonjour {drh.civ()} {drh.sur()},",
        f"J'ai été tiré{j.e('e', '')} au sort comme Juré à la cour d'assises pour la session du {start} au {end}. Vous trouverez la convocation en pièce jointe.",
        f"{mgr.fn()} est au courant ; {c.person().full()} assurera mes rendez-vous clients pendant cette période.",
        "Pouvez-vous me confirmer le maintien du salaire (la DRH de mon ancien poste le faisait) ?",
        "",
        f"Merci d'avance,\n{j.fn()}",
    )


def placement_fiche(r, c):
    child = c.person()
    mother = c.kin(child, "f")
    father = c.person(sex="m") if r.random() < 0.5 else c.kin(child, "m")
    sib = c.kin(child)
    af = c.person(sex="f")
    return lines(
        "FICHE DE LIAISON — accueil familial",
        "",
        *form_name(r, child),
        f"Né{child.e('e', '')} en : {r.randint(2010, 2022)}",
        f"Mère{sep(r)}{r.choice([mother.adm, mother.full, mother.comma])()} — droits de visite médiatisés",
        f"Père{sep(r)}{r.choice([father.adm, father.full])()} — {r.choice(['pas de contact', 'appel le dimanche', 'visite un mois sur deux'])}",
        f"Fratrie{sep(r)}{sib.fn()} ({r.randint(2, 17)} ans), {r.choice(['placé(e) au foyer', 'chez la grand-mère', 'même famille d’accueil'])}",
        f"Famille d'accueil{sep(r)}{af.civ()} {af.adm()}",
        f"Allergies / traitement{sep(r)}{r.choice(['aucune', 'asthme (Ventoline)', 'allergie arachide'])}",
        f"Éducatrice référente{sep(r)}{c.person(sex='f').full()}",
    )


def ehpad_famille(r, c):
    gm = c.person(sex="f")
    kids = [c.kin(gm) for _ in range(3)]
    t = times(r, 6, 9, 21)
    a_, b, d = kids
    return lines(
        f"WhatsApp — « Visites Mamie {gm.fn()} » — {sdate(r)}",
        f"[{t[0]}] {a_.fn()} : qui passe à l'EHPAD cette semaine ? moi mercredi",
        f"[{t[1]}] {b.fn()} : samedi avec les enfants. @{a_.fn()} tu peux prendre ses lunettes chez l'opticien ?",
        f"[{t[2]}] {d.fn()} : je peux pas avant dimanche, désolé 😔 {b.low()} tu me dis comment elle va",
        f"[{t[3]}] {a_.fn()} : ok pour les lunettes. l'infirmière {c.person(sex='f').fn()} dit qu'elle mange mieux",
        f"[{t[4]}] {b.fn()} : top. et n'oubliez pas son anniversaire le {r.randint(2, 28)}, {r.randint(86, 99)} ans !",
        f"[{t[5]}] {d.fn()} : je commande le gâteau chez Picard 😄 non je rigole",
    )


def lits_tableau(r, c):
    ide, med = c.person(), c.person()
    out = [f"Unité {r.choice(['médecine polyvalente', 'gériatrie aiguë', 'pneumologie'])} — tableau des lits — {sdate(r)} {r.choice(['7h', '14h', '21h'])}",
           f"IDE : {ide.full()} — médecin : Dr {med.sur()}", ""]
    rows = []
    for bed in sorted(r.sample(range(1, 25), r.randint(5, 8))):
        p = c.person()
        rows.append([str(bed), r.choice([p.SUR, p.adm, p.cs])(), r.choice(["J+1", "J+3", "sortie ce jour", "SSR demandé", "isolement contact", "?"]),
                     r.choice(["", "", "attente ambulance", "famille prévenue", "ViaTrajectoire"])])
    out += table(r, ["Lit", "Patient", "Prévision", "Remarque"], rows, [5, 28, 18, 20])
    return lines(*out)


def sprint_export(r, c):
    out = ["Clé,Résumé,Assignée,Rapporteur,État"]
    ppl = c.cast(r.randint(3, 5))
    for _ in range(r.randint(5, 8)):
        a_, rep = r.sample(ppl, 2)
        out.append(f"APP-{r.randint(100, 2999)},{r.choice(['Corriger export Excel', 'SSO Okta : redirection', 'Refonte écran facture', 'Tests E2E panier', 'Purge logs'])},"
                   f"\"{a_.adm()}\",{rep.full()},{r.choice(['À faire', 'En cours', 'Terminé(e)'])}")
    return lines(*out)


def rucher_essaims(r, c):
    out = ["Astreinte essaims — mai-juin (ne pas diffuser hors association)", ""]
    for day in sorted(r.sample(range(121, 182), r.randint(4, 6))):
        p = c.person()
        d = (datetime.date(2026, 1, 1) + datetime.timedelta(days=day - 1)).strftime("%d/%m/%Y")
        out.append(f"{d} : {r.choice([p.full, p.fup, p.inv])()} — {phone(r)}")
    a_, b = c.cast(2)
    out += ["", f"SMS de {a_.fn()} : « essaim sur un portail {r.choice(['rue Victor Hugo', 'avenue Gambetta', 'rue de la Poste'])}, {b.low()} tu peux y aller ? j'ai pas de ruchette »",
            f"Réponse de {b.fn()} : « j'y vais à {hhmm(r, 12, 19)} »"]
    return lines(*out)


def assesseurs_pv(r, c):
    pres, sec = c.person(), c.person()
    ass = c.cast(r.randint(2, 4))
    return lines(
        f"PROCÈS-VERBAL DES OPÉRATIONS ÉLECTORALES — bureau n° {r.randint(1, 40)} (extrait)",
        "",
        f"Inscrits : {r.randint(800, 1500)} — votants : {r.randint(300, 790)} — blancs : {r.randint(3, 30)} — nuls : {r.randint(1, 15)}",
        f"Observation : à {hhmm(r, 9, 17)}, un électeur a contesté l'absence de son nom sur la liste ; {pres.civ()} {pres.sur()} l'a orienté vers la mairie.",
        "",
        "Ont signé :",
        f"Le président, {pres.full()}",
        "Les assesseurs, " + ", ".join(r.choice([p.full, p.fup, p.adm])() for p in ass),
        f"Le secrétaire, {r.choice([sec.full, sec.ini])()}",
    )


TYPES = [
    ("agenda-notaire", [notaire_agenda, notaire_rappel, notaire_sms]),
    ("placement-familial", [placement_note, placement_visite, placement_fiche]),
    ("courrier-adoption", [adoption_agrement, adoption_oaa]),
    ("mission-interpretariat", [interp_fiche, interp_planning]),
    ("convocation-prefecture", [pref_convocation, pref_asso]),
    ("jures-assises", [jures_convocation, jures_liste, jures_employeur]),
    ("assesseurs-bureau-vote", [assesseurs_liste, assesseurs_mail, assesseurs_pv]),
    ("club-lecture", [lecture_cr, lecture_whatsapp]),
    ("plan-orchestre", [orchestre_plan, orchestre_mail]),
    ("examen-conservatoire", [conserv_pv, conserv_convocation]),
    ("visites-ehpad", [ehpad_registre, ehpad_animations, ehpad_famille]),
    ("gestion-lits", [lits_point, lits_mail, lits_tableau]),
    ("garde-pharmacie", [garde_tableau, garde_sms]),
    ("relecture-article", [review_rapport, review_decision]),
    ("releve-commissions", [commissions_releve, commissions_mail]),
    ("audit-iso", [audit_rapport, audit_presence]),
    ("passation-entrepot", [entrepot_passation, entrepot_chat]),
    ("registre-cles", [cles_registre, cles_mail]),
    ("cartes-carburant", [carburant_attribution, carburant_anomalie]),
    ("reinitialisation-mdp", [mdp_ticket, mdp_chat]),
    ("sprint-jira", [sprint_rapport, sprint_retro, sprint_export]),
    ("logement-etudiant", [crous_attribution, crous_lettre]),
    ("pension-equestre", [equestre_contrat, equestre_planning]),
    ("garde-animaux", [animaux_reservation, animaux_sms]),
    ("atelier-velo", [velo_ticket, velo_tableau]),
    ("rucher-apiculteurs", [rucher_planning, rucher_parrains, rucher_essaims]),
    ("escape-game", [escape_resa, escape_scores]),
    ("coworking", [coworking_membres, coworking_slack]),
    ("exercice-evacuation", [evac_rapport, evac_liste]),
    ("maintenance-ascenseur", [asc_carnet, asc_mail]),
]

# ---------------------------------------------------------------------------------------------
# Generation, checks and statistics: scripts/blind_set.py.

if __name__ == "__main__":
    blind_set.main(sys.modules[__name__])
