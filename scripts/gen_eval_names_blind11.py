#!/usr/bin/env python3
"""Generates eval/names-blind11: an eleventh BLIND labeled evaluation set for the PERSON detector.

    python3 scripts/gen_eval_names_blind11.py            # writes eval/names-blind11/*.txt
    python3 scripts/gen_eval_names_blind11.py --check    # prints the statistics only
    python3 scripts/gen_eval_names_blind11.py --origins  # absent share per origin (to set WEIGHTS)

What it is. Short French documents of types that none of the earlier sets used (TYPES at the end):
vCard and Outlook contact exports, bakery order books, mountain-guide bookings, social-housing
allocation committees and waiting lists, police complaint receipts, fire-brigade intervention
reports and radio logs, dry-cleaner tickets, free legal-advice clinics, food-bank distributions,
archaeological dig logs, dubbing-studio sessions, dog-breeder litter registers, amicable debt
collection files, chimney-sweeping certificates, water-meter reading rounds, second-hand
children's goods sales, raffle winner lists, exhibition labels, short-story contest results,
heating-oil delivery rounds, holiday-rental concierge sheets, pharmacy flu-vaccination lists,
tontine (rotating savings) ledgers, literacy-class registers, local-paper profiles, land-surveyor
boundary reports, association grant applications, town-twinning host families, vehicle-sale
certificates and bank-statement lines. Each type has two or three templates of different layouts
(a form and a mail, a table and a chat, a vCard block and a CSV export...); they vary order,
optional lines, punctuation, NBSP (after civilities and inside a few names) and case.

How it was made. Written blind on 2026-12-03 by a helper session (blind11) that had NOT read the
detector's code, README, docs, tests, benches, build.rs nor data/lexicon. It read only
eval/names-blind2..10 (documents: format and document types), the docstrings and helpers of
scripts/gen_eval_names_blind2..10.py, scripts/blind_set.py, the docstrings of
scripts/gen_eval_names.py and scripts/gen_eval_issue3.py (types already used), absent() and fold()
of scripts/gen_eval_names.py and the top comment of examples/eval.rs. Nothing was run against the
detector. The name pools (POOLS) were written by hand for this set (not taken from earlier
generators); the lexicon only serves to count the mentions absent from it (--origins gives the
absent share per origin; WEIGHTS were set from it, never by picking names).
--origins measured (2026-12-03, this set's templates and seed, every person of one origin):
French, Maghreb, Réunion, Turkish, Italian, Portuguese/Cape Verdean, Spanish, Antillean and West
African names are nearly all in the lexicon (1-6 % of their mentions absent); Vietnamese,
Haitian, Brazilian, Polish, Comorian/Mahoran, Balkan and Central African names partly (9-30 %);
Chinese, Romanian/Moldovan, Philippine, Kurdish, Cambodian, South Asian, Ukrainian/Russian,
Armenian and Horn of Africa names from a third to three fifths (35-59 %); Madagascan, Georgian and
Iranian/Afghan names mostly (72-77 %); Nigerian/Ghanaian and Tamil names hardly ever (94-97 %).
With the NATURAL mix of a French SME only 6-7 % of the mentions are absent, so the set is
written with WEIGHTS: every origin is kept, French and Maghreb names stay the two largest groups,
but the origins the lexicon mostly lacks (RARE) get 45 % of the people instead of 6 %; --check
prints the set's share and the NATURAL one.

Labeling conventions (format: examples/eval.rs; same conventions as eval/names-blind3 to 10).
- Every mention of a person's name is labeled ⟦PERSON|…⟧, each time: full names in either order
  and case, a lone first name, a lone surname, initials ("J.-P. Caron", "Marie D."), particles
  included, names in lower case in chats ("karim"), "@⟦PERSON|Karim⟧", the parts of a vCard "N:"
  field and of "Nom ; Prénom" columns labeled one by one.
- Civilities, titles and roles stay outside (M., Mme, Me, Dr, Pr, « la présidente »).
- Every e-mail address is labeled ⟦EMAIL|…⟧; the name inside it is not a PERSON. Only example
  domains are used. Logins, file, ticket, plate and account numbers are NOT labeled (identifiers).
- Streets, schools, hospitals, companies, brands, products, awards, laws, diseases, ships, storms,
  dog names and wines named after people are not labeled; they come from the NEG_* lists and
  --check counts them.

"Absent from the lexicon" uses absent() from scripts/gen_eval_names.py (imported, not copied).
Deterministic: stdlib only, fixed seed; re-running rewrites identical bytes.
"""

import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "eval", "names-blind11")
SEED = 20261211
PER_TYPE = 10

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gen_eval_names import fold  # noqa: E402
import blind_set  # noqa: E402
import gen_eval_names_blind9 as b9  # noqa: E402
# Label writers, name forms and text helpers shared with the earlier blind sets (imported, not copied).
from gen_eval_names_blind3 import NBSP, E, L, lines, opt, phone, sdate, fdate, euros  # noqa: E402
from gen_eval_names_blind4 import hhmm, sep, span  # noqa: E402
from gen_eval_names_blind5 import at  # noqa: E402
from gen_eval_names_blind6 import dates, form_name, table, times  # noqa: E402
from gen_eval_names_blind9 import P9, cell, civ, later, signed  # noqa: E402
from gen_eval_names_blind10 import chat_name, mention  # noqa: E402

# Name pools by origin: (female first names, male first names, surnames); "_" joins the words of
# one name. Hand-written for this set.
POOLS = {
    "france": (
        "Albane Amélie Angèle Annie Arlette Bernadette Camille Carole Christelle Claudine Coralie "
        "Delphine Dominique Édith Élodie Emmanuelle Éva Flavie Francine Gaëlle Ghislaine Gisèle "
        "Hortense Huguette Jacqueline Jeanne Laetitia Laure Lydie Madeleine Maïwenn Margaux "
        "Marie-Thérèse Marie-Agnès Maryvonne Mélanie Monique Murielle Odile Pascale Pauline Perrine "
        "Roseline Sandrine Sidonie Simone Sophie Stéphanie Sylvie Thérèse Valérie Véronique Violaine "
        "Anne-Gaëlle Marie-Hélène Soizic Enora Ghislaine Léna Inès Lou Zélie Bérénice Héloïse",
        "Achille Adrien Alexis Amaury Antoine Arnaud Arthur Augustin Benoît Bernard Blaise Bruno "
        "Cédric Clément Corentin Damien Denis Didier Dominique Édouard Éric Étienne Félix Francis "
        "Frédéric Gabriel Gérard Grégoire Guillaume Gustave Hugues Jean-Baptiste Jean-Claude "
        "Jean-François Jean-Marc Jean-Michel Jérémie Jérôme Joseph Laurent Loïc Lucas Marc Martin "
        "Mathis Olivier Pascal Pierre-Yves Quentin Régis Rémi Romain Stéphane Thomas Timothée "
        "Valentin Xavier Yves Erwan Goulven Ronan Mikel Xabi Ange-Marie Côme Hippolyte Bastien",
        "Auclair Barre Beaufils Bellanger Besnard Boisseau Bouchard Bourgeois "
        "Caillaud Chevallier Chollet Coste Courtin Couturier Dufour Dumont Durand Fleury Fontaine "
        "Gauthier Germain Gillet Godard Grosjean Guérin Hébert Jourdan Labbé Lacroix Laffont Langlois "
        "Laurent Leclerc Lefebvre Legrand Lemaire Lenoir Leroux Maillard Marechal Martineau Millet "
        "Morel Olivier Pelletier Perrot Poirier Prévost Raynaud Riviere Rousseau Roux "
        "Royer Thibault Tessier Vallée Vidal Le_Bihan Le_Floch Le_Roux Kervella Guivarch Prigent "
        "Morvan Cadiou Ithurralde Elissalde Oyharçabal Hoffmann Muller Meyer Schmitt Kieffer "
        "Santoni Pieri Casanova Paoli de_Montalembert de_la_Roche du_Plessis d'Aubigny de_Villiers "
        "Vandenberghe Lefranc Descamps Dewitte Peyrot Castagné Lagarde Bousquet Sarrazin Rouquette",
    ),
    "maghreb": (
        "Amel Asma Bahia Chaïma Dounia Farida Fatiha Ghizlane Hafsa Houda Imane Insaf Kahina Karima "
        "Lamia Latifa Lina Malika Mériem Nabila Nadia Najat Nawel Nora Ouafa Rachida Saliha Samia "
        "Selma Siham Soraya Yamina Zahia Zineb Tinhinane Lynda Hanane Sanaa Ikram",
        "Abdallah Abdelaziz Adel Ahmed Amine Amar Aziz Belkacem Brahim Djamel Farid Fayçal Hakim "
        "Hamza Hichem Ilyes Ismaïl Jamel Kamel Lotfi Lyes Mahmoud Mourad Mustapha Nabil Nassim Omar "
        "Rachid Redouane Riad Saïd Samir Sofiane Tarik Yacine Youcef Zakaria Massinissa Idir Anouar",
        "Abbas Aissani Alioui Amrani Arab Bakhti Bekkouche Belaïd Belhadj Benali Benamar Benattia "
        "Benhamou Benmansour Bennacer Bouaziz Boudjemaa Bouhafs Boukhalfa Boumediene Boutaleb "
        "Chekroun Cherif Djaballah Ferhat Ghoul Haddad Hamdi Hammoudi Kaci Kerkour Khelifi Lahlou "
        "Laïdi Mansouri Messaoudi Mezouar Naceri Ouali Rahal Saadi Sahraoui Slimani Tahri Touati "
        "Yahiaoui Zerrouki Ziani Ait_Kaci Ben_Amor El_Idrissi Ben_Salah Ouazzani Tazi Bennani Jabri "
        "Fassi-Fihri Chraibi Alaoui Bouzid Trabelsi Jaziri Gharbi Hamrouni Mejri Ben_Hassine",
    ),
    "afrique-ouest": (
        "Adama Awa Bineta Dado Djeneba Fanta Hawa Kadiatou Khady Korka Mariam Maïmouna Nafissatou "
        "Ramata Safiatou Sokhna Kany Ndella Penda Dior Mame_Fatou Nènè Tida",
        "Abdoulaye Aboubacar Alassane Amadou Bakary Boubacar Demba Doudou Habib Ibrahima Idrissa "
        "Kalidou Lassana Mamadi Moussa Oumar Ousmane Samba Souleymane Tidiane Youssouf Boubou "
        "Mountaga Saliou Papis Kémo",
        "Ba Bathily Cissé Condé Dembélé Diakhaté Diakité Diallo Diarra Diop Doucouré Doumbia Fall "
        "Faye Fofana Keïta Kouyaté Konaté Ly Magassa Mbengue Ndiaye Ndour Niang Sacko Sall Sidibé "
        "Sissoko Sow Sy Sylla Touré Traoré Sagna Sarr Gning Dramé Kébé Tounkara Diaby Cissoko "
        "Ouédraogo Sawadogo Kaboré Compaoré Zongo Kouassi Yao Kouadio Koffi N'Guessan N'Diaye Aka",
    ),
    "afrique-centrale": (
        "Blandine Bénie Chancelle Divine Exaucée Gloire Grâce Merveille Nadège Olga Plamedi Rosine "
        "Sandrine Orphée Francine Ornelle",
        "Aimé Blaise Dieumerci Fiston Fortuné Hervé Junior Patient Rigobert Serge Trésor Wilfried "
        "Landry Arsène Christian Gédéon Jonas Parfait",
        "Ambassa Bella Belinga Djomo Ebanda Edzoa Ekani Eyenga Fotso Kamga Mballa Mendo Mvondo "
        "Nana Ndzana Ngo_Bayiha Nkoulou Ondoa Simo Takam Tchakounte Tiomo Kabila Kalala Kanku "
        "Kasongo Kitenge Lukusa Matondo Mbuyi Mukendi Ngalula Nkulu Ntumba Tshibangu Tshimanga "
        "Ilunga Banza Moukoko Loembe Malonga Massamba Nzaou Samba-Mouanda",
    ),
    "antilles-guyane": (
        "Axelle Corinne Evelyne Firmine Ginette Joëlle Laurence Léa-Rose Marie-France Médérine "
        "Nadine Nicaise Roselyne Sylvette Victorine",
        "Alex Emmanuel Fabrice Franck Gilles Jean-Claude Joël Lionel Max Olivier Patrick Rodrigue "
        "Serge Stéphane Thierry Wilfried",
        "Abaul Alexis Apatout Bastaraud Beaujour Bellance Bérard Cabrera Célini Chéry Clotaire "
        "Démocrite Désiré Édouard Éloi Fabien Gène Hilaire Jean-Baptiste Lautric Léandre Limier "
        "Manicom Mondésir Nelson Norbert Pétrus Placide Romain Sainte-Luce Ségor Siméon "
        "Télèphe Valérius Vital Zébus Kancel Cornély Hippocrate",
    ),
    "reunion": (
        "Marie-Annick Marie-Rose Gisèle Josiane Nadia Sabrina Mélissa Priscilla Marie-Noëlle Audrey",
        "Jean-Bernard Jean-Noël Jean-Louis Willy Jocelyn Harry Eddy Johnny Didier Wilfrid",
        "Payet Grondin Fontaine Robert Boyer Hoarau Rivière Lebon Grosset Morel Dalleau Baillif "
        "Lebreton Adam Cadet Ethève Gonthier Hoareau Maillot Vitry Moutoussamy Ramoutou Ramsamy "
        "Mardaye Naze Pothin Séry Bègue Lauret Sautron",
    ),
    "comores-mayotte": (
        "Anrifa Echata Fatima Hadidja Hairia Mariama Moinaecha Nasra Nourou Rahamatou Roukia Sitina "
        "Zainaba Zalifa",
        "Ahamadi Ali-Combo Anrifdine Assani Bacari Chamsidine Daoud Faïssoili Houmadi Ibrahim "
        "Mohamed-Ali Nassuf Saïd-Ahmed Soulaimana Toihir Youssouf",
        "Abdou Ahamada Ali_Mhadji Assani Attoumani Bacar Boina Chanfi Daroueche Djoumoi Hamada "
        "Hamidou Houmadi Ibouroi Madi Mbaé Mkadara Moussa Msa Said_Omar Soilihi Toybou Youssouf",
    ),
    "portugal-cap-vert": (
        "Alice Amália Aurora Beatriz Benedita Carla Cristina Deolinda Elisabete Fernanda Glória "
        "Isabel Laurinda Leonor Luísa Madalena Margarida Mariana Natália Olívia Palmira Rosa_Maria "
        "Sandra Telma Dulce Celeste Edite Arminda",
        "Adriano Alberto Américo Aníbal António Bernardino Bruno Diamantino Domingos Eduardo "
        "Fernão Filipe Francisco Guilherme Henrique Hugo Inácio João Lourenço Marcelino Mário "
        "Pedro Raul Ricardo Rodrigo Silvino Valter Zacarias Nelson Eusébio",
        "Afonso Araújo Azevedo Barros Bastos Brandão Caldeira Campos Coelho Couto Cruz Dias Duarte "
        "Freitas Garcia Godinho Guerreiro Henriques Leal Leite Lobo Loureiro Macedo Maia Martins "
        "Mendes Miranda Morais Moura Nascimento Nunes Paiva Pimentel Pires Rebelo Salgado Sampaio "
        "Simões Valente Ventura Xavier Lima Andrade Tavares Mendonça Lopes_da_Veiga Spencer "
        "Monteiro_Semedo Rodrigues Gomes_Correia",
    ),
    "espagne": (
        "Amparo Ángeles Begoña Consuelo Cristina Elena Esperanza Inés Itziar Josefa Lourdes Marisol "
        "Mercedes Milagros Paloma Remedios Soledad Trinidad Yolanda Ainhoa Leire",
        "Agustín Alejandro Aurelio Bernabé Cándido Eusebio Fermín Gonzalo Gregorio Íñigo Jacinto "
        "Julián Lorenzo Marcelino Ramiro Pablo Rafael Rodrigo Santiago Sebastián Xabier Unai",
        "Aguilar Blanco Cabrera Calvo Campos Cano Castro Cortés Crespo Domínguez Fuentes Garrido "
        "Gil Guerrero Hernández Ibáñez León Lozano Márquez Medina Méndez Mora Nieto Ortiz Pascual "
        "Prieto Ramos Reyes Santana Santos Sanz Sáez Suárez Vega Velasco Vidal Aranda Echeverría "
        "Goikoetxea Etxeberria Zubizarreta",
    ),
    "italie": (
        "Alessandra Angela Assunta Benedetta Carla Donatella Elisabetta Federica Gabriella Ilaria "
        "Lucia Marcella Nunzia Ornella Patrizia Rosalba Serena Teresa Valeria Vittoria Concetta",
        "Alessio Aldo Bruno Claudio Cosimo Dario Emanuele Enzo Fabrizio Franco Gianni Giovanni "
        "Lorenzo Matteo Nunzio Paolo Pietro Renato Riccardo Roberto Sandro Tommaso Umberto",
        "Amato Bianchi Bruno Cattaneo Costa Fabbri Ferrara Ferrari Fontana Galli Gatti Guerra "
        "Leone Longo Mariani Martini Messina Monti Morelli Palumbo Parisi Rossetti Sala Sartori "
        "Silvestri Testa Valentini Villa Zanetti De_Santis Di_Marco D'Amico La_Torre Lo_Bianco "
        "Castellano Cirillo Coppola Esposito_Russo Pagano Sorrentino",
    ),
    "turquie": (
        "Aslı Ayla Aynur Bahar Belgin Çiğdem Dilek Eda Esma Fatma Gamze Gizem Gönül Hacer Hande "
        "İpek Leyla Meltem Nazlı Nilüfer Pınar Selin Serap Sibel Şule Tülay Yasemin Zehra",
        "Abdullah Adem Alper Bülent Cem Cihan Deniz Engin Erkan Gökhan Halil İbrahim İsmail Kadir "
        "Levent Metin Necati Oğuz Onur Orhan Osman Ramazan Selim Sinan Tamer Tuncay Volkan Yasin",
        "Acar Akgül Akyüz Altun Aydoğan Balcı Başaran Bulut Çakır Çınar Demirci Duman Erdoğan Ergün "
        "Eroğlu Gündoğdu Gürbüz Işık Karaca Kılınç Korkmaz Küçük Önal Özcan Özkan Sarı Sevim "
        "Tan Taş Temiz Topal Türkmen Ünal Yazıcı Yüksel Karataş Özer",
    ),
    "kurdistan": (
        "Avesta Berivan Delal Dilşa Evîn Gulistan Hêvî Jiyan Nûdem Rojbîn Rûken Şîlan Zîlan Newroz",
        "Agit Azad Berzan Ciwan Dersim Diyar Hogir Kendal Mazlum Rêber Şiyar Zagros Xebat Rizgar",
        "Aktürk Alptekin Baksi Bingöl Demirtaş Ekinci Ertaş Güneşer Kahraman Kaya_Pîroz Kılıçarslan "
        "Oruç Tatlı Tekdağ Temel Zana Barzani Hawrami Mardini Qasimlo Amedi Sindi Zaxoyî",
    ),
    "vietnam": (
        "Thi_Hoa Thi_Mai Thu_Ha Ngoc_Bich Lan_Anh Kim_Ngan Thanh_Thuy Hai_Yen Bao_Tran Mai_Phuong "
        "Quynh_Nhu Tuyet_Nhung Thi_Xuan Hong_Van",
        "Van_Long Quoc_Khanh Minh_Tuan Dinh_Phong Thanh_Son Huu_Loc Quang_Vinh Tien_Dung Bao_Long "
        "Duc_Thinh Ngoc_Hieu Van_Toan Xuan_Truong",
        "Nguyen Tran Le Pham Hoang Vu Dang Bui Do Ho Ngo Duong Ly Dao Doan Lam Mai Ta Tong Trieu "
        "Ha Kha Giang Quan Vuong Nghiem",
    ),
    "cambodge": (
        "Channary Chenda Dara Kunthea Leakhena Mealea Rachana Sokunthea Sopheap Sreyneang Thida "
        "Vanna Sothea Bopha",
        "Bunthoeun Chamroeun Kosal Makara Narith Pheakdey Ratanak Samnang Sokhean Sovann Thearith "
        "Veasna Virak Chanthy",
        "Chan Chhun Hok Hun Kim Lim Long Mao Nhim Pen Prak Sam Sok Som Srey Tan Touch Ung Va Yang "
        "Sorn Nuon Chum Heng-Lim",
    ),
    "chine": (
        "Fang Hua Jing Lan Li_Na Lingling Min Ping Qing Xiaohong Xiaoli Yan Ying Yumei Zhen Hui Xue",
        "Bo Chao Gang Jun Lei Ming Peng Qiang Tao Wei Xin Yong Zhiwei Jianhua Dawei Hongwei Jiahao",
        "Li Wang Zhang Liu Chen Yang Zhao Huang Zhou Wu Xu Sun Hu Zhu Gao He Guo Ma Luo Song Tang "
        "Han Feng Yu Dong Xiao Cao Pan Ye Lu Wei",
    ),
    "asie-sud": (
        "Anjali Aisha Farzana Gurpreet Harpreet Jasmeet Kamaljit Meena Nadia Parveen Rubina Sadia "
        "Sanjida Shabana Sunita Tahmina Rukhsana",
        "Anil Bilal Gurdeep Harjit Imran Jaswinder Kamran Mahbub Nadeem Rahul Rajesh Sajid Sandeep "
        "Shahid Sohel Tanvir Vijay Rakib",
        "Ahmed Ali Chowdhury Dhillon Gill Grewal Hossain Islam Kaur Khan Miah Rahman Sandhu Shah "
        "Sharma Singh Sidhu Uddin Patel Joshi Mehta Desai Qureshi Butt Chaudhry Bajwa Awan",
    ),
    "tamoul": (
        "Anushya Bhavani Dharani Gowri Jeyanthy Kalpana Lavanya Madhumitha Nalini Pavithra "
        "Revathy Sharmila Thanuja Vaishnavi Kausalya Sukirtha",
        "Arunan Baskaran Elango Ganeshan Jegan Kumaran Mahendran Nithyanandan Prabhakaran Rajeevan "
        "Senthil Sutharsan Thayaparan Vasanthan Yogarajah Kirubakaran",
        "Anandarajah Arumugam Balachandran Ganeshalingam Jeganathan Kanapathipillai Kulasekaram "
        "Mahalingam Navaratnam Pathmanathan Ponnuthurai Rajaratnam Shanmugam Sivalingam "
        "Subramaniam Thambiah Thuraisingam Velauthapillai Vettivelu Sivasubramaniam",
    ),
    "madagascar": (
        "Fara Hasina Holy Lova Mamisoa Nambinina Ony Sitraka Tantely Vola Zo Ravaka Soa Haingotiana",
        "Aina Andrianina Faly Hasimbola Hery Lanto Mamitiana Naina Ravo Solofo Tahina Tiavina Zo_Tahina",
        "Andriambololona Andrianantenaina Rabarison Rafanomezantsoa Rahaingoson Rajaonah "
        "Rakotonirina Ramahefarivo Randriamanana Ranaivoson Rasolonjatovo Ratovonirina "
        "Razafimandimby Razakarivony Andriantsoa Rabenandrasana Rakotomanga Ramanandraibe",
    ),
    "armenie": (
        "Alvard Astghik Hripsime Karine Lilit_Anna Marine Narine Ruzanna Shushan Srbuhi Tatevik Zaruhi",
        "Ara Ashot_Gor Edgar Gagik Hayk Hovik Karen Khachik Narek Samvel Suren Vazgen Arsen",
        "Arakelyan Asatryan Danielyan Galstyan Gasparyan Hambardzumyan Hovhannisyan Kazaryan "
        "Margaryan Martirosyan Melkonian Mikaelian Nazaryan Poghosyan Sahakyan Stepanyan Torossian "
        "Aznavourian Kechichian Der_Sarkissian",
    ),
    "georgie": (
        "Ana Ekaterine Eka Khatuna Lali Maia Mariam_Nino Nana Salome Sopio Tamta Teona",
        "Archil Bachana Davit_Giorgi Giga Gocha Irakli_Nika Lasha Luka Mamuka Nodar Otar Shota Vakhtang",
        "Abashidze Bakradze Chikovani Dadiani Gogoladze Jorjadze Kharaishvili Maisuradze "
        "Nozadze Tsereteli Japaridze Kikabidze Meskhi Lortkipanidze Gabunia",
    ),
    "balkans": (
        "Ana-Marija Biljana Danijela Gordana Ivana Jasmina Katarina Maja Marija Nataša Slavica "
        "Tatjana Vesna_Marija Edina Selma_Alma Aferdita Besa Fjolla Lirie Vlora",
        "Bojan Branko Darko Dušan Ivica Milan Milorad Miroslav Predrag Radovan Slobodan Srđan "
        "Vladan Zlatan Amir Damir Kenan Nermin Agim Bujar Florim Gëzim Labinot Petrit",
        "Babić Bošnjak Ćorić Filipović Janković Jurić Knežević Kovačević Lukić Marić Milošević "
        "Novak Perić Radić Savić Šarić Tomić Vuković Zorić Alić Čaušević Hadžiahmetović Mujić "
        "Selimović Ahmeti Bajrami Dervishi Hyseni Krasniqi_Gashi Limani Mustafa Osmani Sadiku Thaçi",
    ),
    "pologne": (
        "Aleksandra Beata Bożena Danuta Elżbieta Halina Jadwiga Justyna Karolina Krystyna Marta "
        "Renata Urszula Wanda Zofia Teresa_Maria",
        "Adam Artur Bartosz Bogusław Czesław Damian Jerzy Kazimierz Łukasz Maciej Mariusz Michał "
        "Przemysław Rafał Ryszard Sławomir Stanisław Tadeusz Witold Zdzisław",
        "Adamczyk Baran Chmielewski Czarnecki Dudek Górski Grabowski Jabłoński Kaczmarek Kalinowski "
        "Kozłowski Kubiak Lis Michalak Nowakowski Olszewski Pawlak Sikora Sobczak Stępień "
        "Walczak Wasilewski Witkowski Wróbel Zając Zalewski",
    ),
    "roumanie-moldavie": (
        "Adina Alina Camelia Cristiana Daniela Elena_Maria Florentina Gabriela Lavinia Loredana "
        "Mihaela Nicoleta Paula Ramona Rodica Violeta",
        "Adrian Alin Cătălin Ciprian Constantin Cornel Costin Daniel Dorin Emil Gheorghe Ion Iulian "
        "Liviu Marian Nicolae Octavian Petru Sergiu Valentin Viorel",
        "Ardeleanu Barbu Bălan Constantinescu Cristea Diaconu Dobre Florea Georgescu Iordache "
        "Marin Matei Mihăilă Nistor Oprea Pîrvu Preda Radu Stan Stanciu Toma Tudor Voicu Zamfir "
        "Ciobotaru Rotaru Munteanu_Popa Cojocaru",
    ),
    "ukraine-russie": (
        "Alina Alla Anna Dina Inna Irina Iryna Kira Lesia Liudmyla Marina Nadia Nina Olesia Raïssa "
        "Sofia Tamara Uliana Vira Yana Zoïa Khrystyna",
        "Anatoli Arseni Boris Danylo Fedir Gleb Hryhoriy Ilya Kostiantyn Leonid Mikhaïl Nazar "
        "Petro Roman Ruslan Semen Timofeï Valeri Viktor Vitali Yevhen",
        "Antonenko Bilyk Danylenko Fedorenko Hnatiuk Honchar Karpenko Kravets Kuzmenko Levchenko "
        "Lytvyn Mazurenko Ostapenko Prokopenko Sydorenko Tymoshenko Voloshyn Zhuk Belov Fedorov "
        "Golubev Karpov Kozlov Makarov Nikitin Pavlov Sorokin Stepanov Titov Yakovlev",
    ),
    "corne-afrique": (
        "Aster Bethlehem Eden Hanna Helen Kidist Mahlet Mekdes Rahel Saba Tsion Winta Amran Ayaan "
        "Deeqa Hamdi Nasteho Sagal",
        "Abel Amanuel Berhane Daniel Ermias Fitsum Goitom Kibrom Mussie Natnael Robel Samuel Tewodros "
        "Yohannes Abdiwali Bashir Hassan Mahad Omar-Farah",
        "Abebe Alemayehu Asfaw Berhe Demissie Gebre Gebreegziabher Hailu Kebede Mekonnen Mulugeta "
        "Tekle Teklehaimanot Tesfaye Tsegaye Weldu Yohannes Ahmed_Nur Farah Hussein Mohamud Ismail "
        "Nur Yusuf Sheikh Mohamed-Abdi",
    ),
    "nigeria-ghana": (
        "Abimbola Adaeze Amarachi Chiamaka Ebere Folake Ngozi Nkechi Olamide Omolara Temitope "
        "Abena Adwoa Akua Ama Efua Yaa Kukua",
        "Ayodele Babatunde Chibuike Chukwuemeka Emeka Kayode Obinna Olumide Tunde Babajide Kwabena "
        "Kwadwo Kwame Kofi Yaw Nana_Kwesi Fiifi Kobina",
        "Adebayo Adeyemi Afolabi Akande Balogun Eze Nwachukwu Nwosu Obi Ogunbiyi Okafor Okonkwo "
        "Olawale Onyekachi Osei Owusu Mensah Asante Boateng Appiah Agyeman Acheampong Opoku Badu",
    ),
    "haiti": (
        "Darline Esther Gina Immacula Jeanne-Marie Marie-Carmel Marjorie Micheline Nadège Roselaure "
        "Sandrine Vanessa Wislande Youseline Nathalie Rose-Mirlande",
        "Alain-Junior Ernst Evens Frantz Guerrier Jean-Baptiste Jean-Ronald Jocelyn Jonel Kervens "
        "Lionel Pierre-Richard Rodney Stanley Wilson Woodly Ronald Wendy",
        "Alcindor Antoine Augustin Baptiste Bazile Bien-Aimé Charles Charlot Delva Dorcélus "
        "Étienne François Fénelon Gédéon Jean-Louis Jeune Lamour Lindor Louis-Jean Moïse "
        "Pierre-Louis Raymond Saint-Louis Saintil Thélusma Toussaint Vilmé Zéphir Jean-Pierre",
    ),
    "iran-afghanistan": (
        "Azadeh Fereshteh Homa Laleh Mahsa Maryam Mina Nasrin Negar Roya Sanaz Setareh Soraya "
        "Shabnam Fariba Frozan Mursal Zarghuna Nilofar Wazhma",
        "Ali-Reza Amir Arash Behzad Bijan Davood Ehsan Hamid Hossein Kourosh Mehrdad Nader Payam "
        "Ramin Saeed Shahram Ajmal Farid Hamidullah Mirwais Naqib Obaidullah Sohrab Zalmai",
        "Afshar Ahmadzadeh Alavi Amini Bagheri Ebrahimi Farahani Ghorbani Hashemi Jalali Khosravi "
        "Mirzaei Mousavi Navabi Rahmani Sadeghi Shirazi Tavakoli Zand Ahmadzai Barakzai Durrani "
        "Habibi Karzai Mohmand Nazari Popalzai Sadat Samadi Yousufzai",
    ),
    "philippines": (
        "Analyn Cherry Divina Erlinda Girlie Jocelyn Lorna Maricel Marites Nenita Rowena Rosalinda "
        "Teodora Jovelyn",
        "Arnel Benigno Dindo Efren Ferdinand Jomar Jun-Jun Reynaldo Rodel Romeo Rommel Ronaldo "
        "Teodoro Wilfredo",
        "Aquino Bautista Buenaventura Castillo Dela_Cruz Dimaculangan Galang Macaraeg Magsaysay "
        "Manalo Mendoza Pangilinan Sison Soriano Villanueva Tolentino Dizon Santiago Manalastas "
        "Ocampo",
    ),
    "bresil": (
        "Adriana Aparecida Camila Daiane Fabiana Gabriela Jaqueline Kelly Luana Priscila Rafaela "
        "Sueli Tatiane Thaís Vanessa",
        "Anderson Cleber Edson Everton Fábio Gilberto Jefferson Leandro Marcelo Reinaldo Rogério "
        "Thiago Wellington Wagner Cristiano",
        "Albuquerque Cavalcanti Figueira Fontes Lacerda Medeiros Mesquita Nogueira Peixoto Portela "
        "Queiroz Siqueira Souza Vasconcelos Bezerra Brandão Cordeiro Damasceno Rezende",
    ),
}

# Share of each origin among the people cast. NATURAL is a plausible mix for the staff, customers
# and members of a French SME or association. WEIGHTS keeps every origin but gives the origins
# whose names the lexicon mostly lacks (RARE) more people; set after measuring --origins.
NATURAL = {
    "france": 55, "maghreb": 14, "afrique-ouest": 4, "afrique-centrale": 2, "antilles-guyane": 2.5,
    "reunion": 1.2, "comores-mayotte": 0.6, "portugal-cap-vert": 5.5, "espagne": 2.5, "italie": 2.5,
    "turquie": 1.6, "kurdistan": 0.5, "vietnam": 1.1, "cambodge": 0.4, "chine": 1, "asie-sud": 0.5,
    "tamoul": 0.3, "madagascar": 0.4, "armenie": 0.5, "georgie": 0.15, "balkans": 0.5, "pologne": 0.6,
    "roumanie-moldavie": 0.8, "ukraine-russie": 0.7, "corne-afrique": 0.3, "nigeria-ghana": 0.2,
    "haiti": 0.3, "iran-afghanistan": 0.5, "philippines": 0.2, "bresil": 0.4,
}
# RARE: the origins with at least 30 % of their mentions absent from the lexicon (--origins).
RARE = ["armenie", "asie-sud", "cambodge", "chine", "corne-afrique", "georgie", "iran-afghanistan", "kurdistan",
        "madagascar", "nigeria-ghana", "philippines", "roumanie-moldavie", "tamoul", "ukraine-russie"]
WEIGHTS = {
    "france": 16, "maghreb": 8, "afrique-ouest": 4, "afrique-centrale": 3, "antilles-guyane": 3,
    "reunion": 2, "comores-mayotte": 2, "portugal-cap-vert": 4, "espagne": 2, "italie": 2,
    "turquie": 2, "kurdistan": 2, "vietnam": 2, "cambodge": 3, "chine": 2, "asie-sud": 2,
    "tamoul": 7, "madagascar": 5, "armenie": 3, "georgie": 3, "balkans": 2, "pologne": 2,
    "roumanie-moldavie": 2, "ukraine-russie": 3, "corne-afrique": 3, "nigeria-ghana": 7,
    "haiti": 2, "iran-afghanistan": 4, "philippines": 2, "bresil": 2,
}

# Negatives: never labeled; --check counts their occurrences in the stripped text.
NEG_STREETS = [
    "rue Victor Hugo", "boulevard Voltaire", "avenue Gambetta", "rue Jean Moulin", "place Charles de Gaulle",
    "rue Louise Michel", "avenue Pierre Brossolette", "rue Gustave Eiffel", "allée Olympe de Gouges",
    "quai Louis Blériot", "rue Molière", "avenue Jean Mermoz", "rue Lamartine", "impasse Colette",
    "cours Mirabeau", "rue Condorcet", "boulevard Raspail",
]
NEG_PLACES = [
    "lycée Victor Duruy", "collège Jean Rostand", "école Jules Ferry", "lycée Camille Claudel",
    "hôpital Necker", "hôpital Lariboisière", "CHU Henri Mondor", "clinique Pasteur", "hôpital Rothschild",
    "stade Pierre Mauroy", "salle Marcel Cerdan", "médiathèque Françoise Sagan", "gare Montparnasse",
    "musée Rodin", "centre Georges Pompidou", "maison de quartier Nelson Mandela", "résidence Salvador Allende",
    "cité Lénine", "EHPAD Les Jardins de Clémence", "gymnase Marie Marvingt", "parc Monceau",
]
NEG_COMPANIES = [
    "Peugeot", "Michelin", "Lacoste", "Leroy Merlin", "Louis Vuitton", "Jean Coutu", "Paul",
    "Ladurée", "Poilâne", "Bonduelle", "Guerlain", "Citroën", "Darty", "Boulanger", "Picard",
    "Mondial Relais", "Chronopost", "Total", "Thiriet", "Brossard", "Lenôtre", "Nicolas",
    "Crédit Mutuel", "Marie Blachère", "Ange", "Guy Degrenne", "Bernard Tapie Finance", "Daniel Moquet",
]
NEG_EPONYMS = [
    "loi Alur", "loi Pinel", "loi Dalo", "loi Elan", "loi Scellier", "maladie d'Alzheimer",
    "syndrome de Down", "maladie de Crohn", "prix Goncourt", "prix Renaudot", "prix Femina",
    "prix Médicis", "prix Albert Londres", "Palme d'or", "médaille Fields", "théorème de Pythagore",
    "effet Doppler", "point Godwin", "plan Vigipirate", "méthode Montessori", "vaccin Pfizer",
]
NEG_SHIPS_STORMS = [
    "tempête Ciarán", "tempête Xynthia", "tempête Alex", "tempête Domingos", "cyclone Chido",
    "cyclone Belal", "Queen Mary 2", "Marion Dufresne", "Abeille Bourbon", "porte-avions Charles de Gaulle",
    "Pourquoi-Pas", "TGV Lyria",
]
NEG_ANIMALS = [
    # dog, cat and horse names: not persons
    "Filou", "Réglisse", "Caramel", "Pompon", "Nuage", "Tornade", "Biscotte", "Moka", "Pixel", "Gribouille",
    "Praline", "Noisette", "Sherlock", "Tango", "Ouragan", "Cannelle",
]
NEG_WORDS = [
    "pierre", "rose", "olive", "violette", "marguerite", "Noël", "Pâques", "Saint-Valentin",
    "Sainte-Catherine", "Saint-Denis", "Saint-Malo", "Saint-Étienne", "Saint-Germain", "Saint-Jean-de-Luz",
    "prune", "capucine", "blanche", "claire",
]
NEG_PRODUCTS = [
    "Excel", "Outlook", "Gmail", "Doctolib", "Leboncoin", "Airbnb", "Booking", "WhatsApp", "Vinted",
    "Mac Mini", "Renault Clio", "Peugeot 208", "Citroën Berlingo", "Dacia Sandero", "Tarte Tatin",
    "pêche Melba", "Paris-Brest", "crêpe Suzette", "Saint-Honoré", "bûche Yule",
]
NEG_TITLES = [
    "DRH", "CCAS", "OPJ", "APJ", "SDIS", "CTA", "SAMU", "ANCV", "CAF", "HLM", "DALO", "Ramoneur",
    "Géomètre-expert", "Trésorière", "Bénévole", "Référente", "Bénéficiaire", "Gérant", "Locataire",
    "Demandeur", "Plaignant", "Chef d'agrès", "Sous-officier", "Lauréate", "Comédien", "Directeur artistique",
]
NEG_CATS = [("streets", NEG_STREETS), ("places named after people", NEG_PLACES),
            ("companies, brands", NEG_COMPANIES), ("eponyms (laws, diseases, prizes, methods)", NEG_EPONYMS),
            ("ships, storms, trains", NEG_SHIPS_STORMS), ("animals' names", NEG_ANIMALS),
            ("ordinary words and saints that are names", NEG_WORDS), ("products, pastries, software", NEG_PRODUCTS),
            ("titles, roles, acronyms", NEG_TITLES)]
NEG_ALL = [n for _, items in NEG_CATS for n in items]

CITIES = {"Paris": "75018", "Saint-Ouen": "93400", "Bobigny": "93000", "Ivry-sur-Seine": "94200",
          "Évry": "91000", "Mantes-la-Jolie": "78200", "Rouen": "76000", "Brest": "29200", "Rennes": "35000",
          "Tours": "37000", "Orléans": "45000", "Clermont-Ferrand": "63000", "Grenoble": "38000",
          "Chambéry": "73000", "Strasbourg": "67000", "Mulhouse": "68100", "Reims": "51100", "Roubaix": "59100",
          "Lens": "62300", "Nice": "06000", "Toulon": "83000", "Nîmes": "30000", "Bayonne": "64100",
          "La Rochelle": "17000", "Lyon": "69008", "Vénissieux": "69200", "Marseille": "13015",
          "Saint-Denis (Réunion)": "97400", "Pointe-à-Pitre": "97110", "Mamoudzou": "97600"}
STREETS = ["rue des Lilas", "rue du Four", "chemin de la Croix", "avenue de la Gare", "rue des Prés",
           "impasse du Lavoir", "route de Paris", "rue du Marché", "allée des Peupliers", "rue Neuve",
           "résidence Les Glycines", "rue de l'Église"]
MAIL = ["exemple.fr", "example.com", "mail.example", "courriel.example"]

# This set's first names that read as French words in lower case: a chat writes them capitalised.
WORDLIKE11 = {"ange-marie", "aime", "patient", "divine", "grace", "gloire", "merveille", "junior", "tresor",
              "fortune", "parfait", "celeste", "aurora", "dulce", "rosa maria", "lou", "marine", "max", "franck",
              "hope", "ana", "yan", "fang", "min", "bo", "lei", "tao", "jun", "wei", "ming", "xin", "ping",
              "nadia", "alex", "blaise", "zo", "soa", "holy", "dara", "long", "faly", "nana", "ara", "karen",
              "luka", "nina", "kira", "roman", "abel", "eden", "saba", "helen", "wendy", "kelly", "cherry",
              "hugo", "martin", "bruno", "serge", "francis", "camille", "dominique", "emmanuel", "olivier"}


def city(r):
    return r.choice(sorted(CITIES))


def addr(r, town=None):
    town = town or city(r)
    return f"{r.randint(1, 160)}{r.choice(['', '', '', ' bis'])} {r.choice(NEG_STREETS + STREETS)}, {CITIES[town]} {town}"


class P11(P9):
    def low(self):
        return self.fn() if fold(self.first) in WORDLIKE11 else super().low()

    def mail(self, r, domain=None):
        return super().mail(r, domain or r.choice(MAIL))

    def vcn(self):
        """A vCard "N:" field: surname and first name labeled one by one."""
        return f"{self.sur()};{self.fn()};;;"


class Casting(b9.Casting):
    """blind9's casting (no two people of a document share a word of their names) drawing from
    this set's POOLS; Iberian families sometimes keep two surnames, Polish women the feminine
    form."""

    def _draw(self, o, s):
        r = self.r
        first = r.choice(POOLS[o][0 if s == "f" else 1].split()).replace("_", " ")
        lo = r.choices(self.origins, self.weights)[0] if r.random() < 0.06 else o
        sur = r.choice(POOLS[lo][2].split()).replace("_", " ")
        if s == "f" and lo == "pologne" and sur.endswith(("ski", "cki", "dzki")):
            sur = sur[:-1] + "a"
        elif s == "f" and lo == "ukraine-russie" and sur.endswith(("ov", "ev", "in")):
            sur += "a"
        elif lo in ("portugal-cap-vert", "espagne", "bresil") and " " not in sur and r.random() < 0.2:
            second = r.choice(POOLS[lo][2].split())
            if "_" not in second and second != sur:
                sur += r.choice([" ", " ", "-"]) + second
        return first, sur

    def person(self, sex=None, origin=None):
        p = super().person(sex, origin)
        p.__class__ = P11
        return p

    def kin(self, p, sex=None):
        """A relative (child, spouse) who bears the same surname."""
        r = self.r
        s = sex or r.choice("fm")
        for tries in range(10000):
            first = r.choice(POOLS[p.origin][0 if s == "f" else 1].split()).replace("_", " ")
            if fold(first) not in self.used or tries > 300:
                self.used.add(fold(first))
                q = P11(first, p.last, s, p.origin, r)
                self.doc_people.append(q)
                return q
        raise RuntimeError("no name left to cast")


# ---------------------------------------------------------------------------------------------
# Document types. Each template takes the random generator and a Casting and returns the labeled
# text; a type is a list of templates used in turn.

def vcard_bloc(r, c):
    out = []
    for _ in range(r.randint(3, 5)):
        p = c.person()
        org = r.choice(["Leroy Merlin", "Michelin", "Mondial Relais", "Crédit Mutuel", "Mairie de Rennes",
                        "Cabinet Durieux", "Association Le Relais", "Bonduelle", ""])
        out += ["BEGIN:VCARD", "VERSION:3.0", f"N:{p.vcn()}", f"FN:{r.choice([p.full, p.full, p.nbsp])()}"]
        if org:
            out.append(f"ORG:{org}")
        out += [opt(r, 0.7, f"TITLE:{r.choice(['Chef de rayon', 'Comptable', 'Directeur artistique'] + (['Trésorière', 'Référente'] if p.f else ['Gérant']))}"),
                f"TEL;TYPE=CELL:{phone(r)}", f"EMAIL;TYPE=INTERNET:{p.mail(r)}",
                opt(r, 0.5, f"ADR;TYPE=HOME:;;{addr(r)}"),
                opt(r, 0.4, f"NOTE:Rencontré{p.e('e', '')} au salon de {city(r)}, rappeler {p.fn()} en {r.choice(['mars', 'septembre', 'janvier'])}"),
                "END:VCARD", ""]
    return lines(*out)


def vcard_csv(r, c):
    out = ['"Prénom","Nom","Nom complet","Société","Adresse de messagerie","Téléphone mobile","Catégories"']
    for _ in range(r.randint(6, 9)):
        p = c.person()
        cat = r.choice(["Clients", "Fournisseurs", "Famille", "Club", "Perso"])
        soc = r.choice(["", "", "Peugeot", "Darty", "Thiriet", "Chronopost", "SARL Les Glycines"])
        out.append(f'"{p.fn()}","{r.choice([p.sur, p.SUR])()}","{r.choice([p.full, p.adm])()}","{soc}","{p.mail(r)}","{phone(r)}","{cat}"')
    return lines("contacts_outlook_export.csv", "", *out)


def boulangerie_cahier(r, c):
    people = c.cast(r.randint(6, 9))
    out = [r.choice(["Boulangerie du Marché", "Au Pain Doré", "Maison Thiriet-Gaudin", "Fournil de la Gare"]),
           f"CAHIER DES COMMANDES — {r.choice(['Noël', 'Pâques', 'week-end', 'Saint-Valentin'])} {sdate(r)}", ""]
    items = ["2 baguettes tradition", "1 Paris-Brest 6 pers.", "1 Tarte Tatin", "bûche Yule praliné 8 parts",
             "12 croissants", "1 Saint-Honoré", "pain de seigle 1 kg", "galette frangipane", "1 pêche Melba"]
    rows = [[cell(r, p), r.choice(items), r.choice(["8h", "10h30", "12h", "17h", "18h30"]), r.choice(["payé", "acompte 10 €", "à régler", ""])]
            for p in people]
    out += table(r, ["Client", "Commande", "Retrait", "Règlement"], rows, [30, 30, 8, 12])
    x = r.choice(people)
    out += ["", f"Rappeler {x.fn()} si la bûche n'est pas prête (tél. {phone(r)}).",
            opt(r, 0.5, "Ne pas confondre avec la commande Marie Blachère livrée au comité d'entreprise.")]
    return lines(*out)


def boulangerie_sms(r, c):
    cli, vend = c.person(), c.person(sex="f")
    t = times(r, 4, 7, 19)
    return lines(
        f"SMS — {r.choice(['Fournil de la Gare', 'Au Pain Doré'])} (ligne pro)",
        "",
        f"[{t[0]}] {chat_name(r, cli)} : Bonjour, c'est {cli.full()}, je voudrais réserver 1 Saint-Honoré pour dimanche midi svp",
        f"[{t[1]}] Boulangerie : Bonjour {r.choice([cli.cs, cli.fn])()}, c'est noté au nom {'de ' + cli.SUR()}. {vend.fn()} sera en caisse.",
        f"[{t[2]}] {cli.fn()} : Merci ! Ma sœur {c.kin(cli, 'f').fn()} passera le chercher à ma place",
        f"[{t[3]}] Boulangerie : Pas de souci, elle donnera votre nom. Bonne journée, {vend.abbr()}",
    )


def guide_reservation(r, c):
    client, guide = c.person(), c.person()
    others = c.cast(r.randint(1, 3))
    course = r.choice(["Aiguille du Tour, voie normale", "Dôme des Écrins", "Grand Paradis", "traversée des arêtes de la Meije",
                       "cascade de glace à Fressinières", "Mont Blanc du Tacul"])
    out = [f"COMPAGNIE DES GUIDES DE {r.choice(['CHAMONIX', 'LA GRAVE', 'PRALOGNAN', 'BRIANÇON'])}", "Fiche de réservation — course guidée", ""]
    out += form_name(r, client)
    out += [f"Téléphone{sep(r)}{phone(r)}", f"Courriel{sep(r)}{client.mail(r)}", f"Course{sep(r)}{course}",
            f"Dates{sep(r)}{' au '.join(span(r, 1, 3))}", "Participants supplémentaires :"]
    for o in others:
        out.append(f"  - {r.choice([o.full, o.adm, o.inv])()} ({r.choice(['niveau PD', 'niveau AD', 'débutant', 'a déjà fait le Tour'])})")
    out += [f"Guide attribué{sep(r)}{r.choice([guide.full, guide.fup, guide.ini])()}, guide de haute montagne UIAGM",
            opt(r, 0.6, f"Refuge réservé au nom de {guide.sur()} ; départ si la tempête Domingos épargne le massif."), ""]
    return lines(*out)


def guide_compte_rendu(r, c):
    guide = c.person()
    team = c.cast(r.randint(2, 4))
    return lines(
        f"Objet : compte rendu de course — {r.choice(['Barre des Écrins', 'Pigne d’Arolla', 'Mont Aiguille'])}",
        f"De : {guide.full()} <{guide.mail(r)}>",
        "",
        f"Bonjour à tous,",
        "",
        f"Départ du refuge à 4h10 avec {', '.join(p.fn() for p in team[:-1])} et {team[-1].fn()}. "
        f"{team[0].full()} a bien géré l'arête malgré le vent ; {later(r, team[-1])} a eu un coup de fatigue au col.",
        f"Sommet à 9h30, retour au parking vers 15h. Les photos sont dans l'album partagé de {team[1].fn() if len(team) > 1 else team[0].fn()}.",
        opt(r, 0.5, f"Pour la prochaine sortie, je conseille à {team[0].cs()} un stage crampons avant l'hiver."),
        "",
        r.choice(["À bientôt en montagne,", "Amitiés,"]),
        signed(r, guide),
    )


def hlm_commission(r, c):
    pres = c.person()
    cands = c.cast(r.randint(3, 4))
    out = [f"Commission d'attribution des logements — {r.choice(['Habitat 93', 'Rennes Métropole Habitat', 'Logirep', 'OPH de Roubaix'])}",
           f"Séance du {sdate(r)} — présidée par {civ(r, pres)}", "",
           f"Logement : T{r.randint(2, 5)}, {addr(r)}, loyer {euros(r, 380, 720)} hors charges", ""]
    for i, p in enumerate(cands, 1):
        out.append(f"Candidat{p.e('e', '')} {i} : {r.choice([p.adm, p.full, p.ADMX])()} — {r.choice(['prioritaire DALO', 'demande de mutation', 'relogement ANRU', 'ménage de 4 personnes'])}")
    w = cands[0]
    out += ["", f"Décision : attribution en rang 1 à {civ(r, w)} ; {later(r, cands[1])} en rang 2.",
            opt(r, 0.5, f"{cands[-1].full()} : refus, ressources supérieures aux plafonds (loi Elan)."),
            f"Notification par le bailleur sous 10 jours ; recours possible au titre de la loi Dalo."]
    return lines(*out)


def hlm_liste(r, c):
    out = ["Liste d'attente — demandes de logement social — antenne CCAS", f"Extraction du {sdate(r)}", ""]
    rows = []
    for _ in range(r.randint(7, 10)):
        p = c.person()
        rows.append([f"{r.randint(93, 94)}{r.randint(10000000, 99999999)}", p.SUR() if r.random() < 0.7 else p.SURX(), p.fn(),
                     r.choice(["T2", "T3", "T4"]), str(r.randint(1, 96))])
    out += table(r, ["N° unique", "Nom", "Prénom", "Typologie", "Ancienneté (mois)"], rows, [16, 24, 18, 10, 18])
    return lines(*out, "", opt(r, 0.6, "Rappel : pièces justificatives à jour avant passage en commission."))


def plainte_recepisse(r, c):
    vic, agent = c.person(), c.person()
    susp = c.person() if r.random() < 0.5 else None
    out = ["POLICE NATIONALE — Commissariat de " + city(r), "RÉCÉPISSÉ DE DÉPÔT DE PLAINTE", f"Procès-verbal n° {r.randint(2026, 2026)}/{r.randint(10000, 99999)}", ""]
    out += [f"Plaignant{vic.e('e', '')}{sep(r)}{r.choice([vic.adm, vic.ADMX, vic.fup])()}",
            f"Né{vic.e('e', '')} le{sep(r)}{sdate(r, r.randint(1950, 2005))} {at(city(r))}",
            f"Demeurant{sep(r)}{addr(r)}",
            f"Faits{sep(r)}{r.choice(['vol de vélo', 'escroquerie sur Leboncoin', 'dégradation de véhicule', 'usurpation d’identité', 'vol à la tire'])}",
            f"Mis en cause{sep(r)}{susp.full() + ' (identité déclarée)' if susp else 'X (inconnu)'}",
            "", f"Plainte reçue par{sep(r)}{r.choice(['le gardien de la paix', 'le brigadier', 'l’APJ'])} {r.choice([agent.SUR, agent.fup, agent.ini])()}",
            opt(r, 0.5, f"Rappel plan Vigipirate : accueil sur rendez-vous. Copie remise à {vic.civ()}{NBSP}{vic.sur()} le {sdate(r)}.")]
    return lines(*out)


def plainte_mail(r, c):
    vic, lawyer = c.person(), c.person()
    susp = c.person()
    return lines(
        f"De : {vic.full()} <{vic.mail(r)}>",
        f"À : Me {lawyer.sur()} <{lawyer.mail(r)}>",
        "Objet : TR: plainte — suite",
        "",
        f"Maître,",
        "",
        f"Je vous transfère le récépissé. Le policier a noté le nom de {susp.full()} comme {susp.e('vendeuse', 'vendeur')}, mais sur Vinted {susp.e('elle', 'il')} se faisait appeler « bonnes_affaires{r.randint(10, 99)} ».",
        f"Ma voisine, {r.choice([c.person(sex='f').full, c.person(sex='f').cs])()}, peut témoigner.",
        "",
        f"> Le {sdate(r)}, {lawyer.full()} a écrit :",
        f"> Bonjour {vic.civ()} {vic.sur()}, merci de m'adresser le PV dès réception.",
        "",
        signed(r, vic),
    )


def pompiers_rapport(r, c):
    chef = c.person()
    crew = c.cast(r.randint(2, 4))
    vic = c.person()
    out = [f"SDIS {r.choice(['35', '69', '13', '93', '974'])} — Centre d'intervention de {city(r)}", "COMPTE RENDU DE SORTIE DE SECOURS", f"N° intervention : {r.randint(100000, 999999)}", "",
           f"Engin : VSAV {r.randint(1, 3)}  —  Chef d'agrès : {r.choice(['Sgt', 'Adj', 'Cpl'])} {r.choice([chef.SUR, chef.full, chef.fup])()}",
           "Équipage : " + ", ".join(r.choice([p.SUR, p.full, p.ini])() for p in crew),
           f"Adresse : {addr(r)}", "",
           f"Victime : {r.choice([vic.adm, vic.fup, vic.full])()}, {r.randint(19, 92)} ans, chute dans l'escalier{r.choice(['', ' pendant la tempête Ciarán', ' (coupure de courant, tempête Alex)'])}. Conscient{vic.e('e', '')}, score de Glasgow 15.",
           f"Transport vers {r.choice(['hôpital Necker', 'CHU Henri Mondor', 'hôpital Lariboisière', 'clinique Pasteur'])} ; prise en charge par le SAMU.",
           opt(r, 0.5, f"Témoin : {c.person().full()}, voisin{'' if r.random() < 0.5 else 'e'} du 2e étage.")]
    return lines(*out)


def pompiers_radio(r, c):
    op, chef = c.person(), c.person()
    t = times(r, 5, 0, 23)
    vic = c.person()
    return lines(
        f"Main courante CTA — {sdate(r)}",
        f"{t[0]} CTA : départ FPT et VSAV pour feu de cuisine, {addr(r)}. Appelant : {vic.full()}.",
        f"{t[1]} FPT : sur les lieux, chef d'agrès {r.choice([chef.SUR, chef.cs])()}.",
        f"{t[2]} FPT : une victime, {vic.cs()}, légèrement intoxiqué{vic.e('e', '')} ; pas d'autres occupants.",
        f"{t[3]} CTA (opérateur {r.choice([op.fn, op.ini])()}) : Enedis et GRDF prévenus.",
        f"{t[4]} FPT : feu éteint, retour disponible. {later(r, vic)} pris{vic.e('e', '')} en charge par le VSAV.",
    )


def pressing_ticket(r, c):
    cli = c.person()
    items = r.sample(["chemise x3", "costume 2 pièces", "robe de soirée", "couette 2 places", "manteau laine", "nappe"], 3)
    return lines(
        r.choice(["PRESSING DE LA GARE", "Pressing Éclair", "5àSec — franchise de " + city(r)]),
        f"Ticket n° {r.randint(10000, 99999)}  —  déposé le {sdate(r)}",
        f"Client : {r.choice([cli.SUR, cli.adm, cli.abbr, cli.FNI])()}",
        f"Tél : {phone(r)}",
        *[f"  {it:<20}{euros(r, 3, 25)}" for it in items],
        f"Retrait prévu : {sdate(r)} après 17h",
        opt(r, 0.5, f"Retouche ourlet par {c.person().fn()} (atelier)."),
        "Vêtements non retirés après 90 jours : don à une association.",
    )


def pressing_registre(r, c):
    out = ["Registre des articles non retirés — Pressing Éclair", ""]
    rows = []
    for d in dates(r, r.randint(6, 8), 2025, 2026):
        p = c.person()
        rows.append([d, cell(r, p), r.choice(["veste", "tapis", "robe de mariée", "rideaux", "doudoune"]), r.choice(["relancé par SMS", "injoignable", "retiré le " + sdate(r), "don Emmaüs"])])
    out += table(r, ["Dépôt", "Client", "Article", "Suite"], rows, [12, 30, 16, 20])
    return lines(*out)


def juridique_fiche(r, c):
    av, usager = c.person(), c.person()
    adv = c.person()
    out = [f"Point-justice de {city(r)} — permanence gratuite d'avocats", f"Fiche de consultation du {sdate(r)}", ""]
    out += [f"Usager{sep(r)}{r.choice([usager.adm, usager.full])()}", f"Avocat{av.e('e', '')} de permanence{sep(r)}Me {r.choice([av.full, av.sur, av.SUR])()}",
            f"Objet{sep(r)}{r.choice(['litige locatif (loi Alur)', 'licenciement', 'pension alimentaire', 'dette de voisinage', 'succession'])}",
            f"Partie adverse{sep(r)}{r.choice([adv.full, adv.cs])()}",
            f"Conseil donné{sep(r)}envoyer une lettre recommandée ; si pas de réponse, saisir le conciliateur.",
            opt(r, 0.6, f"{usager.civ()} {usager.sur()} reviendra le mois prochain avec le bail."), ""]
    return lines(*out)


def juridique_planning(r, c):
    out = ["Planning des permanences — maison de quartier Nelson Mandela", ""]
    rows = [[d, "Me " + r.choice([p.full, p.sur, p.fup])(), r.choice(["droit de la famille", "droit du travail", "logement", "étrangers"])]
            for d, p in zip(dates(r, 6), c.cast(6))]
    out += table(r, ["Date", "Avocat(e)", "Matière"], rows, [12, 30, 20])
    coord = c.person()
    out += ["", f"Inscriptions à l'accueil auprès de {coord.full()} ({coord.mail(r)})."]
    return lines(*out)


def banque_alim_registre(r, c):
    out = [f"Épicerie solidaire — {r.choice(['Restos du cœur', 'Secours populaire', 'Banque alimentaire'])} — distribution du {sdate(r)}", ""]
    rows = []
    for _ in range(r.randint(7, 10)):
        p = c.person()
        rows.append([str(r.randint(100, 999)), p.SUR() if r.random() < 0.6 else p.comma(), str(r.randint(1, 7)), r.choice(["✓", "✓", "absent", "colis bébé"])])
    out += table(r, ["Carte", "Bénéficiaire", "Pers. foyer", "Remis"], rows, [8, 30, 12, 12])
    b = c.person()
    out += ["", f"Bénévole responsable : {r.choice([b.full, b.fn])()}", opt(r, 0.5, "Don reçu : 40 kg de Bonduelle et des Picard surgelés.")]
    return lines(*out)


def banque_alim_mail(r, c):
    coord = c.person()
    vols = c.cast(r.randint(3, 5))
    return lines(
        f"À : benevoles@{r.choice(['exemple.fr', 'mail.example'])}".replace("benevoles@exemple.fr", E("benevoles@exemple.fr")).replace("benevoles@mail.example", E("benevoles@mail.example")),
        "Objet : collecte du week-end",
        "",
        "Bonjour à toutes et à tous,",
        "",
        f"Merci pour la collecte au Carrefour : {', '.join(mention(r, p) for p in vols[:-1])} et {vols[-1].fn()} ont tenu le stand toute la journée.",
        f"{vols[0].full()} a chargé la camionnette avec {later(r, vols[1])} ; le tri aura lieu mardi.",
        opt(r, 0.5, "Attention : le Berlingo (Citroën Berlingo de l'asso) est au garage jusqu'à jeudi."),
        "",
        signed(r, coord) + ", coordinatrice" if coord.f else signed(r, coord) + ", coordinateur",
    )


def fouilles_journal(r, c):
    resp = c.person()
    team = c.cast(r.randint(4, 6))
    out = [f"Fouille préventive — {city(r)}, ZAC des {r.choice(['Prés', 'Glycines', 'Lilas'])}", f"Journal de chantier — semaine du {sdate(r)}", f"Responsable d'opération : {civ(r, resp)}", ""]
    for d, p in zip(["Lundi", "Mardi", "Mercredi", "Jeudi", "Vendredi"], team):
        out.append(f"{d} : {r.choice([p.full, p.fn, p.ini])()} — {r.choice(['décapage secteur 2', 'relevé de la fosse F12', 'tamisage', 'photogrammétrie', 'lavage du mobilier'])}.")
    out += ["", f"Découverte : une monnaie dans l'US 1043, inventoriée par {team[0].fn()}.",
            opt(r, 0.5, f"Visite du conservateur, {c.person().full()}, prévue jeudi.")]
    return lines(*out)


def fouilles_inventaire(r, c):
    out = ["Inventaire du mobilier — sondage 3", ""]
    rows = [[f"{r.randint(1000, 1100)}", r.choice(["tesson sigillée", "fibule", "clou", "os animal", "perle en verre"]), r.choice([p.ii, p.ini, p.abbr])(), sdate(r)]
            for p in c.cast(r.randint(5, 7))]
    out += table(r, ["US", "Objet", "Inventorié par", "Date"], rows, [8, 20, 22, 12])
    return lines(*out)


def doublage_plan(r, c):
    da, ing = c.person(), c.person()
    cast = c.cast(r.randint(4, 6))
    roles = ["Capitaine Harlock", "la reine Elsa", "Docteur Kwan", "le narrateur", "Inspectrice Moreau", "Sergent Pixel", "Grand-mère Nuage"]
    out = [f"Studio {r.choice(['Dubbing Brothers', 'Cinéphase', 'Lylo'])} — plan de travail", f"Série : {r.choice(['Les Gardiens du Nord', 'Marée haute', 'Tornade'])} — épisodes {r.randint(1, 8)} à {r.randint(9, 12)}",
           f"Direction artistique : {r.choice([da.full, da.fup])()}  |  Ingé son : {ing.full()}", ""]
    rows = [[r.choice([p.full, p.fup, p.adm])(), r.choice(roles), f"{hhmm(r, 9, 17)}", str(r.randint(20, 140))] for p in cast]
    out += table(r, ["Comédien(ne)", "Rôle", "Convocation", "Répliques"], rows, [30, 22, 12, 10])
    return lines(*out, "", opt(r, 0.6, f"Raccords du {sdate(r)} : {cast[0].fn()} et {cast[1].fn()}."))


def doublage_mail(r, c):
    agent, actor, da = c.person(), c.person(), c.person()
    return lines(
        f"De : {agent.full()} <{agent.mail(r)}>",
        f"À : {da.mail(r)}",
        f"Cc : {actor.mail(r)}",
        f"Objet : disponibilités {actor.full()}",
        "",
        f"Bonjour {da.fn()},",
        "",
        f"{actor.fn()} est disponible mardi et jeudi, pas mercredi (tournage à la gare Montparnasse).",
        f"Elle{'' if actor.f else ''} peut enchaîner les boucles de la reine Elsa si {r.choice([da.cs, da.fn])()} confirme avant lundi.".replace("Elle", actor.e("Elle", "Il")),
        "",
        "Bien à toi,",
        signed(r, agent),
        "Agent artistique",
    )


def chiots_registre(r, c):
    breeder = c.person()
    pups = r.sample(NEG_ANIMALS, 5)
    out = [f"Élevage {r.choice(['du Val de Loire', 'des Terres Rouges', 'de la Combe aux Loups'])} — registre des entrées et sorties",
           f"Éleveur{breeder.e('se', '')} : {r.choice([breeder.full, breeder.adm])()} — portée du {sdate(r)}", ""]
    rows = []
    for pup in pups:
        p = c.person()
        rows.append([pup, r.choice(["mâle", "femelle"]), f"250{r.randint(10**11, 10**12 - 1)}", r.choice([p.full, p.adm, p.fup])(), sdate(r)])
    out += table(r, ["Chiot", "Sexe", "Puce", "Acquéreur", "Cession"], rows, [12, 8, 18, 30, 12])
    return lines(*out, "", f"Vétérinaire : Dr {c.person().full()}")


def chiots_annonce(r, c):
    b = c.person()
    buyer = c.person()
    pup = r.choice(NEG_ANIMALS)
    return lines(
        "Message Leboncoin",
        f"{chat_name(r, buyer)} : Bonjour, {pup} est-il toujours disponible ? Je suis à {city(r)}.",
        f"{chat_name(r, b)} : Bonjour {buyer.fn()}, oui, {pup} est encore là, vacciné et pucé. Visite possible samedi chez moi.",
        f"{buyer.fn()} : Super, je viendrai avec mon mari {c.kin(buyer, 'm').fn()}.",
        f"{b.fn()} : Parfait. Demandez {b.cs()} à l'interphone, Nuage (la mère) aboie mais est gentille.",
    )


def recouvrement_dossier(r, c):
    deb, gest = c.person(), c.person()
    cred = r.choice(["Darty", "Crédit Mutuel", "Daniel Moquet", "Mondial Relais"])
    return lines(
        f"Cabinet de recouvrement amiable — dossier {r.choice(['RA', 'RC'])}-{r.randint(100000, 999999)}",
        f"Créancier : {cred}",
        f"Débiteur : {r.choice([deb.adm, deb.ADMX])()}",
        f"Adresse : {addr(r)}",
        f"Montant : {euros(r, 150, 4800)}",
        "",
        "Historique des appels :",
        f"- {sdate(r)} {hhmm(r)} : messagerie, laissé message à {deb.cs()}.",
        f"- {sdate(r)} {hhmm(r)} : {deb.full()} reconnaît la dette, propose 3 échéances.",
        f"- {sdate(r)} {hhmm(r)} : appel de {r.choice([c.person().full, c.person().cs])()} (frère{'' if r.random() < 0.5 else ''}) qui paiera la 1re échéance.",
        f"Gestionnaire : {r.choice([gest.ini, gest.full])()}",
    )


def recouvrement_lettre(r, c):
    deb, gest = c.person(), c.person()
    return lines(
        f"{deb.civl()} {r.choice([deb.full, deb.fup])()}",
        addr(r),
        "",
        f"{city(r)}, le {fdate(r)}",
        "",
        f"{deb.civl()},",
        "",
        f"Sauf erreur de notre part, votre facture auprès de Leroy Merlin reste impayée. Nous vous proposons un échéancier.",
        f"Vous pouvez joindre {r.choice([gest.cs, gest.full])()} au {phone(r)} du lundi au vendredi.",
        "",
        "Veuillez agréer nos salutations distinguées.",
        signed(r, gest),
    )


def ramonage_certificat(r, c):
    client, ram = c.person(), c.person()
    return lines(
        "CERTIFICAT DE RAMONAGE",
        f"Entreprise : {r.choice(['Ramonage Savoyard', 'ABC Cheminées', 'Les Ramoneurs du Nord'])} — SIRET {r.randint(100, 999)} {r.randint(100, 999)} {r.randint(100, 999)} {r.randint(10000, 99999)}",
        "",
        f"Occupant : {r.choice([client.adm, client.civ() + ' ' + client.full()] if False else [client.adm, client.full, client.fup])()}",
        f"Propriétaire : {r.choice(['idem', c.person().full()])}",
        f"Adresse : {addr(r)}",
        f"Appareil : {r.choice(['insert bois', 'poêle à granulés', 'chaudière fioul', 'cheminée ouverte'])}",
        f"Date : {sdate(r)} — conduit ramoné sur toute sa longueur, vacuité vérifiée.",
        "",
        f"Ramoneur : {r.choice([ram.full, ram.ini, ram.fup])()} (signature)",
    )


def ramonage_planning(r, c):
    ram = c.person()
    out = [f"Tournée ramonage — {r.choice(['Chambéry', 'Grenoble', 'Clermont-Ferrand'])} — {ram.fn()}", ""]
    for t, p in zip(times(r, 5, 8, 17), c.cast(5)):
        out.append(f"{t}  {r.choice([p.SUR, p.adm, p.cs])()}  {addr(r)}  {r.choice(['poêle', 'insert', 'chaudière', 'conduit gaz'])}")
    return lines(*out, "", opt(r, 0.5, "Attention chien (Sherlock) au n° 12."))


def compteurs_tournee(r, c):
    agent = c.person()
    out = [f"Relève des compteurs d'eau — résidence Les Glycines — {sdate(r)}", f"Releveur : {agent.full()}", ""]
    rows = [[f"{r.choice('ABC')}{r.randint(1, 40)}", p.SUR() if r.random() < 0.6 else p.ADMX(), str(r.randint(100, 9999)), r.choice(["", "", "absent — avis déposé", "fuite ?", "relevé par la gardienne"])]
            for p in c.cast(r.randint(7, 10))]
    out += table(r, ["Lot", "Occupant", "Index m³", "Observation"], rows, [6, 28, 10, 24])
    return lines(*out)


def compteurs_avis(r, c):
    occ, agent = c.person(), c.person()
    return lines(
        "AVIS DE PASSAGE",
        f"{occ.civ()}{NBSP}{r.choice([occ.SUR, occ.sur])()}, appartement {r.randint(1, 60)}",
        "",
        f"Notre agent, {agent.full()}, est passé le {sdate(r)} pour relever votre compteur d'eau.",
        f"Merci de communiquer votre index au {phone(r)} ou par mail à {E('releve@eau-grandlyon.example')}.",
        opt(r, 0.5, f"Vous pouvez aussi laisser la clé à {c.person().full()} (gardienne)."),
    )


def puericulture_deposants(r, c):
    out = [f"Bourse aux vêtements et puériculture — APE école Jules Ferry — {sdate(r)}", "Liste des déposants", ""]
    rows = []
    for i in range(r.randint(7, 10)):
        p = c.person()
        ln, fn = p.typed(r)
        rows.append([str(i + 1), ln, fn, str(r.randint(5, 30)), euros(r, 5, 120)])
    out += table(r, ["N°", "Nom", "Prénom", "Articles", "Vendu"], rows, [5, 22, 16, 10, 10])
    return lines(*out, "", "Les invendus non récupérés seront donnés à la Croix-Rouge.")


def puericulture_groupe(r, c):
    people = c.cast(r.randint(4, 5))
    t = times(r, 6, 8, 21)
    out = ["Groupe WhatsApp « Bourse APE 🧸 »", ""]
    out.append(f"[{t[0]}] {chat_name(r, people[0])}: Qui peut tenir la caisse samedi de 9h à 11h ?")
    out.append(f"[{t[1]}] {chat_name(r, people[1])}: moi ! avec {mention(r, people[2])} si elle est dispo")
    out.append(f"[{t[2]}] {chat_name(r, people[2])}: ok pour moi 👍")
    out.append(f"[{t[3]}] {chat_name(r, people[3])}: j'apporte les portants, {mention(r, people[0])} tu as les étiquettes ?")
    out.append(f"[{t[4]}] {chat_name(r, people[0])}: oui, et {people[-1].fn()} gère le stand gâteaux (Tarte Tatin + crêpes)")
    out.append(f"[{t[5]}] {chat_name(r, people[1])}: top merci à tous")
    return lines(*out)


def tombola_resultats(r, c):
    pres = c.person()
    lots = ["un vélo Peugeot", "un panier garni", "un bon d'achat Darty", "un week-end à Saint-Malo", "une Mac Mini", "un baptême de l'air", "un repas chez Lenôtre"]
    out = [f"TOMBOLA DU {r.choice(['COMITÉ DES FÊTES', 'CLUB DE FOOT', 'SOU DES ÉCOLES'])} — résultats du tirage", ""]
    for i, lot in enumerate(r.sample(lots, 5), 1):
        p = c.person()
        out.append(f"{i}. Billet n° {r.randint(1, 999)} — {lot} — gagné par {r.choice([p.full, p.abbr, p.fup, p.adm])()}")
    out += ["", f"Les lots sont à retirer auprès de {civ(r, pres)}, président{pres.e('e', '')}, avant le {sdate(r)}."]
    return lines(*out)


def tombola_post(r, c):
    w1, w2, w3 = c.cast(3)
    return lines(
        "📣 Bravo aux gagnants de notre tombola de Noël !",
        f"🥇 {w1.full()} repart avec le week-end à Saint-Jean-de-Luz",
        f"🥈 {w2.abbr()} gagne le panier garni (Bonduelle, Poilâne...)",
        f"🥉 {r.choice([w3.full, w3.fn])()} : le bon d'achat Leroy Merlin",
        f"Merci à {c.person().full()} pour le tirage au sort et à tous les bénévoles ! #tombola #{city(r).replace(' ', '')}",
    )


def cartels_expo(r, c):
    cur = c.person()
    out = [f"Exposition « {r.choice(['Regards croisés', 'Lumières du port', 'Visages'])} » — médiathèque Françoise Sagan", f"Commissaire : {civ(r, cur)}", ""]
    for _ in range(r.randint(4, 6)):
        p = c.person()
        out += [r.choice([p.FULLUP, p.full, p.fup])(), f"{r.choice(['Sans titre', 'Marée basse', 'Portrait de ma mère', 'Abeille Bourbon au large', 'La gare Montparnasse'])}, {r.randint(2015, 2026)}",
                r.choice(["tirage argentique", "huile sur toile", "photographie numérique", "encre"]), ""]
    return lines(*out)


def cartels_mail(r, c):
    art, org = c.person(), c.person()
    return lines(
        f"De : {org.full()} <{org.mail(r)}>",
        f"À : {art.mail(r)}",
        "Objet : cartels — vérification des noms",
        "",
        f"Bonjour {art.fn()},",
        "",
        f"Pouvez-vous vérifier l'orthographe de votre nom sur le cartel : « {art.FULLUP()} » ? "
        f"Certains artistes préfèrent « {art.fup()} ».",
        f"Le vernissage a lieu le {sdate(r)} en présence de {c.person(sex='f').full()}, adjointe à la culture.",
        "",
        signed(r, org),
    )


def concours_palmares(r, c):
    jury = c.cast(3)
    out = [f"Concours de nouvelles « {r.choice(['Plumes de quartier', 'Écrire la mer', 'Premières lignes'])} » — palmarès {2026}", ""]
    for prize in ["Premier prix", "Deuxième prix", "Prix du jeune auteur", "Coup de cœur du jury"]:
        p = c.person()
        out.append(f"{prize} : {r.choice([p.full, p.fup])()} pour « {r.choice(['La tempête Xynthia', 'Le chien Filou', 'Rue Lamartine', 'Dernier train', 'Le prix Goncourt de ma grand-mère'])} »")
    out += ["", "Jury : " + ", ".join(r.choice([j.full, j.ini])() for j in jury) + ".",
            opt(r, 0.5, "Les textes primés seront publiés dans le recueil de l'association, à la manière du prix Renaudot des lycéens.")]
    return lines(*out)


def concours_lettre(r, c):
    p, pres = c.person(), c.person()
    return lines(
        f"{p.civl()} {p.full()}",
        addr(r),
        "",
        f"{p.civl()},",
        "",
        f"Le jury, présidé par {civ(r, pres)}, a le plaisir de vous annoncer que votre nouvelle a reçu le {r.choice(['premier prix', 'prix du public', 'coup de cœur'])}.",
        "La remise des prix aura lieu à la médiathèque Françoise Sagan.",
        "",
        f"Avec nos félicitations, {p.civ()} {p.sur()},",
        signed(r, pres),
    )


def fioul_tournee(r, c):
    drv = c.person()
    out = [f"Tournée livraison fioul — camion {r.choice(['AB-', 'GH-', 'FT-'])}{r.randint(100, 999)}-{r.choice(['KL', 'ZX', 'PR'])} — chauffeur {drv.full()}", f"Date : {sdate(r)}", ""]
    for p in c.cast(r.randint(5, 7)):
        out.append(f"- {r.choice([p.SUR, p.adm, p.inv])()} | {addr(r)} | {r.randint(500, 3000)} L | {r.choice(['payé CB', 'prélèvement', 'chèque', 'facture à envoyer'])}")
    return lines(*out, "", opt(r, 0.5, "Passer par la rue Condorcet (pont fermé)."))


def fioul_appel(r, c):
    cli, std = c.person(), c.person()
    return lines(
        f"Note d'appel — {hhmm(r)} — standard ({std.fn()})",
        f"Appelant : {r.choice([cli.cs, cli.full])()}, {phone(r)}",
        f"Demande : livraison de 1 000 L avant la vague de froid (« comme pendant la tempête Xynthia »), cuve presque vide.",
        f"{cli.civ()} {cli.sur()} sera absent{cli.e('e', '')} ; son fils {c.kin(cli, 'm').fn()} ouvrira le portail.",
        "Transmis au planning.",
    )


def conciergerie_fiche(r, c):
    guest, agent = c.person(), c.person()
    others = c.cast(r.randint(0, 2))
    out = [f"Conciergerie {r.choice(['Clés du Sud', 'Hôte Serein', 'BnB Services'])} — fiche d'arrivée", f"Logement : {r.choice(['T2 vue mer', 'studio Vieux-Port', 'maison 4 ch.'])} — {city(r)}", ""]
    out += [f"Voyageur principal{sep(r)}{r.choice([guest.full, guest.adm])()} (réservation Airbnb)", f"Séjour{sep(r)}{' → '.join(span(r, 2, 7))}"]
    if others:
        out.append(f"Accompagnant(s){sep(r)}" + ", ".join(o.full() for o in others))
    out += [f"Check-in{sep(r)}{hhmm(r, 15, 22)} par {r.choice([agent.fn, agent.full])()}",
            opt(r, 0.6, f"Ménage après départ : {c.person().full()}."),
            f"Remarque{sep(r)}{guest.fn()} voyage avec un chien (Moka)."]
    return lines(*out)


def conciergerie_messages(r, c):
    guest, host = c.person(), c.person()
    t = times(r, 4, 9, 23)
    return lines(
        f"Messagerie Booking — réservation n° {r.randint(10**9, 10**10 - 1)}",
        f"{t[0]} {guest.full()} : Bonjour, nous arriverons vers 23h, est-ce possible ?",
        f"{t[1]} {host.fn()} (hôte) : Bonjour {guest.fn()}, oui, la boîte à clés est à gauche du portail, code 4471.",
        f"{t[2]} {guest.fn()} : Merci ! Mon collègue {c.person(sex='m').full()} arrivera le lendemain.",
        f"{t[3]} {host.fn()} (hôte) : Noté. Bonne route !",
    )


def vaccination_liste(r, c):
    ph = c.person()
    out = [f"Pharmacie {r.choice(['de la Gare', 'du Marché', 'Centrale'])} — campagne de vaccination antigrippale", f"Pharmacien{ph.e('ne', '')} vaccinateur{'' if not ph.f else 'rice'} : Dr {ph.full()}", ""]
    people = c.cast(r.randint(7, 9))
    rows = [[t, p.ADMX() if r.random() < 0.5 else p.adm(), sdate(r, r.randint(1935, 1965)), r.choice(["Efluelda", "Vaxigrip", "Influvac"]), r.choice(["fait", "fait", "reporté", "absent"])]
            for t, p in zip(times(r, len(people), 9, 18), people)]
    out += table(r, ["Heure", "Patient", "Né(e) le", "Vaccin", "Statut"], rows, [8, 30, 12, 12, 10])
    return lines(*out)


def vaccination_rappel(r, c):
    p, ph = c.person(), c.person()
    return lines(
        f"SMS {r.choice(['Doctolib', 'pharmacie'])} :",
        f"Bonjour {r.choice([p.fn, p.full, p.cs])()}, votre vaccin grippe est prévu demain à {hhmm(r)} à la pharmacie de la Gare. "
        f"Pour annuler, appelez {ph.fn()} au {phone(r)}.",
        "",
        f"Réponse : Ok merci, je viendrai avec mon mari {c.kin(p, 'm').full() if p.f else c.kin(p, 'f').full()} s'il reste une dose.",
    )


def tontine_registre(r, c):
    members = c.cast(r.randint(6, 9))
    tres = r.choice(members)
    out = [f"Tontine « {r.choice(['Solidarité', 'Benkadi', 'Les Amies de Bobigny', 'Njangi'])} » — cahier des cotisations {2026}", f"Trésorière{'' if tres.f else ' (intérim)'} : {tres.full()}", ""]
    rows = []
    months = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept."]
    for m, p in zip(months, members):
        rows.append([m, cell(r, p), euros(r, 50, 300), r.choice(["✓", "✓", "retard", "payé par " + p.fn()])])
    out += table(r, ["Mois", "Bénéficiaire du tour", "Cotisation", "Payé"], rows, [8, 32, 12, 20])
    return lines(*out, "", f"Prochaine réunion chez {later(r, r.choice(members))}.")


def tontine_vocal(r, c):
    members = c.cast(4)
    t = times(r, 4, 18, 23)
    d = sdate(r)
    return lines(
        "Export WhatsApp — Tontine des mamans",
        f"{d} {t[0]} - {chat_name(r, members[0])}: ce mois c'est le tour de {mention(r, members[1])} 🎉",
        f"{d} {t[1]} - {chat_name(r, members[1])}: merci les sœurs 🙏 {mention(r, members[2])} a déjà envoyé",
        f"{d} {t[2]} - {chat_name(r, members[3])}: j'envoie demain par Wave, dis à {members[0].fn()} de patienter",
        f"{d} {t[3]} - {chat_name(r, members[2])}: <Message vocal omis>",
    )


def alpha_registre(r, c):
    form = c.person()
    out = [f"Atelier socio-linguistique — centre social {r.choice(['Salvador Allende', 'Nelson Mandela', 'Louise Michel'])}", f"{form.e('Formatrice', 'Formateur')} : {form.full()}", "Feuille d'émargement", ""]
    rows = [[r.choice([p.SUR, p.SURX])(), p.fn(), r.choice(["A1.1", "A1", "A2", "alpha"]), r.choice(["présent", "présent", "absent", "excusé"])] for p in c.cast(r.randint(7, 10))]
    out += table(r, ["Nom", "Prénom", "Niveau", "Présence"], rows, [22, 18, 8, 10])
    return lines(*out)


def alpha_bilan(r, c):
    form = c.person()
    ls = c.cast(3)
    return lines(
        f"Bilan de positionnement — {sdate(r)}",
        "",
        f"{ls[0].full()} lit des mots simples, écrit son prénom et son adresse ; orienté{ls[0].e('e', '')} vers le groupe A1.",
        f"{ls[1].fn()} parle bien mais n'a jamais été scolarisé{ls[1].e('e', '')} : groupe alpha avec {ls[2].fn()}.",
        f"{later(r, ls[2])} souhaite passer le DELF A2 au printemps.",
        "",
        f"{form.ini()}, format{form.e('rice', 'eur')} bénévole",
    )


def portrait_presse(r, c):
    p = c.person()
    kin = c.kin(p)
    other = c.person()
    return lines(
        f"{r.choice(['Ouest-France', 'La Voix du Nord', 'Le Progrès', 'Nice-Matin'])} — édition de {city(r)}",
        f"PORTRAIT. {p.full()}, {r.choice(['la boulangère', 'le cordonnier', 'la couturière', 'le bouquiniste', 'la fleuriste'])} qui fait vivre la rue du Marché",
        "",
        f"À {r.randint(48, 78)} ans, {p.fn()} n'a pas l'intention de ranger son tablier. Installé{p.e('e', '')} ici depuis {r.randint(12, 30)} ans, "
        f"{p.sur()} a repris la boutique avec {r.choice(['son fils', 'sa fille'])} {kin.fn()}.",
        f"« On connaît tout le monde ici », sourit {p.e('celle', 'celui')} que les habitués appellent simplement {p.fn()}.",
        f"{other.full()}, client{other.e('e', '')} depuis vingt ans, confirme : « Sans {p.fn()}, le quartier ne serait pas le même. »",
        opt(r, 0.5, f"La boutique, à deux pas du lycée Camille Claudel, ouvrira aussi le dimanche de Pâques."),
    )


def portrait_breve(r, c):
    ps = c.cast(3)
    return lines(
        "EN BREF",
        f"Le club de pétanque a élu sa nouvelle présidente, {ps[0].full()}. Elle succède à {ps[1].full()}, en poste depuis douze ans.",
        f"{ps[2].fup()}, trésori{ps[2].e('ère', 'er')}, a présenté des comptes à l'équilibre. Prochain concours le jour de la Saint-Jean.",
        f"Contact : {ps[0].mail(r)}.",
    )


def bornage_pv(r, c):
    geo = c.person()
    owners = c.cast(r.randint(2, 4))
    out = ["PROCÈS-VERBAL DE BORNAGE ET DE RECONNAISSANCE DE LIMITES", f"Dressé par {civ(r, geo)}, géomètre-expert", f"Commune de {city(r)} — section {r.choice('ABCK')} n° {r.randint(10, 900)}", "",
           "Propriétaires présents :"]
    for p in owners:
        out.append(f"  {r.choice([p.adm, p.ADMX])()}, propriétaire de la parcelle {r.randint(10, 900)}")
    absent = c.person()
    out += ["", f"Absent{absent.e('e', '')} et représenté{absent.e('e', '')} : {absent.full()} (procuration).",
            "Les parties reconnaissent les limites matérialisées par les bornes B1 à B4.",
            "", "Signatures : " + " / ".join(p.ini() for p in owners)]
    return lines(*out)


def bornage_mail(r, c):
    geo, own, nb = c.person(), c.person(), c.person()
    return lines(
        f"De : {geo.full()} <{geo.mail(r)}>",
        f"À : {own.mail(r)}",
        "Objet : bornage — convocation",
        "",
        f"{own.civl()} {own.sur()},",
        "",
        f"La réunion de bornage est fixée au {sdate(r)} à {hhmm(r)} sur place. Votre voisin, {civ(r, nb)}, est également convoqué.",
        "Merci de vous munir de votre titre de propriété.",
        "",
        signed(r, geo),
    )


def subvention_dossier(r, c):
    pres, tres, sec = c.cast(3)
    return lines(
        "Demande de subvention — fiche association (Cerfa 12156)",
        f"Association : {r.choice(['Les Amis de la médiathèque', 'Football Club Bobigny', 'Solidarité Femmes', 'Jardin partagé des Lilas'])}",
        f"Président{pres.e('e', '')}{sep(r)}{r.choice([pres.adm, pres.full])()}",
        f"Trésorier{tres.e('e', '')}{sep(r)}{r.choice([tres.adm, tres.full])()}",
        f"Secrétaire{sep(r)}{r.choice([sec.adm, sec.full])()}",
        f"Personne chargée du dossier{sep(r)}{sec.full()}, {phone(r)}, {sec.mail(r)}",
        f"Montant demandé{sep(r)}{euros(r, 500, 15000)}",
        f"Projet{sep(r)}atelier méthode Montessori pour les familles du quartier",
    )


def subvention_ca(r, c):
    people = c.cast(5)
    return lines(
        f"Conseil d'administration du {sdate(r)} — extrait",
        "Présents : " + ", ".join(p.full() for p in people[:4]),
        f"Excusé{people[4].e('e', '')} : {people[4].full()}",
        "",
        f"{people[0].fn()} présente le budget ; {people[1].cs()} rappelle que la CAF ne finance plus les sorties.",
        f"Le dossier sera déposé par {people[2].full()} avant le {sdate(r)}.",
    )


def jumelage_liste(r, c):
    town = r.choice(["Bad Kreuznach", "Tczew", "Oradea", "Matosinhos", "Ziguinchor"])
    out = [f"Comité de jumelage — accueil de la délégation de {town}", f"Familles d'accueil — du {' au '.join(span(r, 3, 6))}", ""]
    rows = []
    for _ in range(r.randint(5, 7)):
        host, guest = c.person(), c.person()
        rows.append([cell(r, host), r.choice([guest.full, guest.fup])(), phone(r)])
    out += table(r, ["Famille d'accueil", "Invité(e)", "Téléphone"], rows, [30, 30, 16])
    return lines(*out, "", opt(r, 0.5, "Réception officielle à la salle Marcel Cerdan, vendredi 19h."))


def jumelage_discours(r, c):
    maire, guest, pres = c.cast(3)
    return lines(
        "Mot d'accueil (lu en français et traduit)",
        "",
        f"Chers amis, c'est avec une grande joie que nous accueillons {civ(r, guest)}, maire de notre ville jumelle, et sa délégation.",
        f"Merci à {pres.full()}, présidente du comité, et aux familles qui ouvrent leur porte.".replace("présidente", pres.e("présidente", "président")),
        f"Comme le disait {guest.fn()} l'an dernier, l'amitié entre nos villes ne connaît pas de frontières.",
        "",
        f"{maire.full()}, maire",
    )


def cession_cerfa(r, c):
    seller, buyer = c.person(), c.person()
    return lines(
        "CERTIFICAT DE CESSION D'UN VÉHICULE D'OCCASION (cerfa 15776)",
        "",
        f"Véhicule : {r.choice(['Renault Clio', 'Peugeot 208', 'Dacia Sandero', 'Citroën Berlingo'])} — immatriculation {r.choice(['FG', 'EK', 'DM'])}-{r.randint(100, 999)}-{r.choice(['RT', 'LZ', 'AB'])}",
        "",
        "ANCIEN PROPRIÉTAIRE",
        f"Nom{sep(r)}{seller.SUR()}   Prénom(s){sep(r)}{seller.fn()}",
        f"Adresse{sep(r)}{addr(r)}",
        "",
        "NOUVEAU PROPRIÉTAIRE",
        f"Nom{sep(r)}{buyer.SUR()}   Prénom(s){sep(r)}{buyer.fn()}",
        f"Date de la vente{sep(r)}{sdate(r)} à {hhmm(r)}",
        "",
        f"Signatures : {seller.ini()} — {buyer.ini()}",
    )


def cession_annonce(r, c):
    s, b = c.person(), c.person()
    t = times(r, 4, 10, 22)
    return lines(
        "Conversation Leboncoin — Peugeot 208",
        f"{t[0]} {chat_name(r, b)} : bonjour, la voiture est toujours dispo ?",
        f"{t[1]} {chat_name(r, s)} : Bonjour, oui. Vous pouvez l'essayer samedi, demandez {s.fn()}.",
        f"{t[2]} {b.fn()} : ok je viendrai avec mon frère {c.kin(b, 'm').fn()} qui s'y connaît",
        f"{t[3]} {s.fn()} : Très bien, le certificat de cession sera au nom de {s.fup()}.",
    )


def releve_compte(r, c):
    owner = c.person()
    out = [f"RELEVÉ DE COMPTE — {r.choice(['Crédit Mutuel', 'Banque Populaire', 'La Banque Postale'])}",
           f"Titulaire : {owner.civ().upper() if r.random() < 0.5 else owner.civ()} {r.choice([owner.ADMX, owner.adm])()}", f"Période du {' au '.join(span(r, 28, 31))}", "",
           "Date        Libellé                                              Débit      Crédit"]
    ops = []
    for _ in range(r.randint(5, 7)):
        p = c.person()
        kind = r.choice(["vir_in", "vir_out", "chq", "prlv"])
        if kind == "vir_in":
            ops.append(f"VIR SEPA RECU /DE {p.ADMX()} /MOTIF {r.choice(['LOYER', 'REMBOURSEMENT', 'CADEAU', 'TONTINE'])}")
        elif kind == "vir_out":
            ops.append(f"VIR INST EMIS /A {r.choice([p.FULLUP, p.ADMX])()} /REF {r.randint(1000, 9999)}")
        elif kind == "chq":
            ops.append(f"REMISE CHEQUE {r.randint(1000000, 9999999)} {p.SURX()}")
        else:
            ops.append(f"PRLV SEPA {r.choice(['Total', 'Darty', 'Boulanger', 'Picard', 'Chronopost'])} {r.randint(10000, 99999)}")
    for d, o in zip(dates(r, len(ops)), ops):
        out.append(f"{d}  {o}  {euros(r, 5, 900)}")
    return lines(*out)


def releve_question(r, c):
    cli, conseil = c.person(), c.person()
    p = c.person()
    return lines(
        f"Messagerie sécurisée — de {cli.full()} à {r.choice([conseil.full, conseil.cs])()} (conseill{conseil.e('ère', 'er')})",
        "",
        f"Bonjour, je vois sur mon relevé un virement « VIR SEPA RECU /DE {p.ADMX()} » que je ne connais pas.",
        f"Pouvez-vous vérifier ? Je ne connais pas de {p.full()}.",
        "",
        f"Réponse de {conseil.fn()} : Bonjour {cli.cs()}, il s'agit d'une erreur de l'émetteur ; le virement sera rappelé.",
    )


def vcard_json(r, c):
    out = ["[" ]
    n = r.randint(3, 4)
    for i in range(n):
        p = c.person()
        out += ["  {", f'    "id": "ct_{r.randint(10000, 99999)}",', f'    "firstName": "{p.fn()}",', f'    "lastName": "{r.choice([p.sur, p.SUR])()}",',
                f'    "displayName": "{r.choice([p.full, p.adm])()}",', f'    "email": "{p.mail(r)}",',
                f'    "owner": "{r.choice(["crm-admin", "commercial-2", "api-sync"])}",',
                f'    "company": "{r.choice(["Lacoste", "Guerlain", "Citroën", "Jardin partagé des Lilas", ""])}",',
                f'    "notes": "{r.choice(["Relancé après le salon.", "Ancien client Darty.", "Contact fourni par " + c.person().full() + ".", ""])}"',
                "  }" + ("," if i < n - 1 else "")]
    out.append("]")
    return lines("// export CRM — contacts modifiés cette semaine", *out)


def juridique_transfert(r, c):
    usager, av, sec = c.person(), c.person(), c.person()
    adv = c.person()
    return lines(
        f"De : {sec.full()} <{sec.mail(r)}>",
        f"À : {av.mail(r)}",
        "Objet : TR: RE: rendez-vous permanence",
        "",
        f"Maître, je vous transfère l'échange avec {usager.cs()} pour jeudi.",
        f"{sec.fn()}",
        "",
        "-----Message d'origine-----",
        f"De : {usager.full()} <{usager.mail(r)}>",
        "",
        f"> Bonjour, mon propriétaire {adv.full()} refuse de rendre la caution depuis six mois.",
        f"> Est-ce que Me {av.sur()} peut me recevoir ? Mon fils {c.kin(usager, 'm').fn()} viendra traduire.",
        ">",
        f">> Le {sdate(r)}, {sec.full()} a écrit :",
        ">> Bonjour, la prochaine permanence a lieu à la maison de quartier Nelson Mandela.",
    )


def doublage_transcript(r, c):
    people = c.cast(3)
    t = times(r, 5, 9, 12)
    a, b, d = people
    return lines(
        f"Transcription Teams — réunion « calage doublage » — {sdate(r)}",
        "",
        f"{t[0]}  {a.full()}",
        f"On commence par les boucles de la saison 2. {b.fn()}, tu as vu la version originale ?",
        f"{t[1]}  {b.full()}",
        f"Oui, et je pense que {r.choice([d.fn, d.cs])()} serait parfait{d.e('e', '')} pour le narrateur.",
        f"{t[2]}  {d.full()}",
        "Ça me va, mais pas le mercredi, j'ai un enregistrement pour la pub Guerlain.",
        f"{t[3]}  {a.full()}",
        f"Ok. {b.fn()}, tu envoies le planning à {d.fn()} ce soir ?",
        f"{t[4]}  {b.full()}",
        "Je m'en occupe.",
    )


def tombola_markdown(r, c):
    out = ["## Tirage de la tombola — kermesse de l'école Jules Ferry", "", "| Rang | Lot | Gagnant(e) | Retiré |", "|:---:|---|---|:---:|"]
    lots = ["trottinette", "panier Bonduelle", "bon Leroy Merlin 50 €", "entrées au parc Monceau", "coffret Guerlain", "Mac Mini"]
    for i, lot in enumerate(r.sample(lots, 5), 1):
        p = c.person()
        out.append(f"| {i} | {lot} | {r.choice([p.full, p.abbr, p.FNI])()} | {r.choice(['oui', 'non', ''])} |")
    org = c.person()
    return lines(*out, "", f"_Tirage effectué par {org.full()} sous le contrôle de deux parents._")


def fioul_fixe(r, c):
    out = ["FIOUL-SERVICES        LISTE DES LIVRAISONS                    PAGE 1",
           "CLIENT                          VILLE               LITRES  PAIEMENT",
           "------------------------------  ------------------  ------  --------"]
    for p in c.cast(r.randint(6, 8)):
        name = r.choice([p.ADMX, p.FULLUP])()
        visible = name[len("⟦PERSON|"):-1]
        town = city(r)[:18]
        out.append(name + " " * max(2, 32 - len(visible)) + town.upper() + " " * max(2, 20 - len(town)) + f"{r.randint(500, 3000):>6}  {r.choice(['CB', 'PRLV', 'CHQ', 'FACT'])}")
    return lines(*out, "", f"Édité le {sdate(r)} par l'utilisateur {c.person().login(r)}")


def hlm_yaml(r, c):
    p = c.person()
    kids = [c.kin(p) for _ in range(r.randint(1, 3))]
    ref = c.person()
    out = ["# export demande logement social (SNE)", f"numero_unique: \"{r.randint(93, 94)}{r.randint(10**10, 10**11 - 1)}\"", "demandeur:",
           f"  nom: {p.SUR()}", f"  prenom: {p.fn()}", f"  courriel: {p.mail(r)}", "enfants:"]
    for k in kids:
        out += [f"  - prenom: {k.fn()}", f"    naissance: {sdate(r, r.randint(2010, 2024))}"]
    out += [f"motif: {r.choice(['logement insalubre', 'hébergé chez un tiers', 'violences conjugales', 'loyer trop cher'])}",
            f"referent_social: \"{ref.full()} (CCAS)\"", f"priorite_dalo: {r.choice(['true', 'false'])}"]
    return lines(*out)


def guide_ics(r, c):
    g, cl = c.person(), c.person()
    d = f"2026{r.randint(1, 12):02d}{r.randint(1, 28):02d}"
    return lines(
        "BEGIN:VCALENDAR", "BEGIN:VEVENT",
        f"DTSTART:{d}T040000Z",
        f"SUMMARY:Course guidée — {cl.full()} — {r.choice(['Mont Blanc du Tacul', 'Dôme de Neige', 'Aiguille du Tour'])}",
        f"ORGANIZER;CN={g.full()}:mailto:{g.mail(r)}",
        f"ATTENDEE;CN={cl.full()}:mailto:{cl.mail(r)}",
        f"DESCRIPTION:RDV parking du téléphérique. {cl.fn()} loue crampons et baudrier. Météo : prévoir repli si la tempête Alex arrive.",
        "END:VEVENT", "END:VCALENDAR",
    )


def vaccination_repondeur(r, c):
    p, ph = c.person(), c.person()
    return lines(
        f"Messagerie vocale — pharmacie — {sdate(r)} {hhmm(r)}",
        "Transcription automatique :",
        f"« Oui bonjour c'est {r.choice([p.full, p.cs])()} euh je vous appelle pour le vaccin de la grippe, "
        f"c'est pour moi et pour ma mère {c.kin(p, 'f').fn()}, elle a la maladie d'Alzheimer donc il faudrait que ce soit le matin. "
        f"Vous pouvez demander à {ph.fn()}, {ph.e('elle', 'il')} me connaît. Merci au revoir. »",
        f"Rappelé le lendemain par {ph.ini()} à {hhmm(r)} : rendez-vous fixé.",
    )


def conciergerie_equipe(r, c):
    team = c.cast(4)
    t = times(r, 5, 8, 20)
    return lines(
        "groupe « ménage locations » (export)",
        f"{t[0]} {team[0].low()}: qui fait le studio vieux-port ce matin ?",
        f"{t[1]} {team[1].low()}: moi, {team[2].low()} prend la maison 4 ch.",
        f"{t[2]} {team[2].low()}: ok mais j'ai pas la clé, {mention(r, team[3])} tu l'as ?",
        f"{t[3]} {team[3].low()}: oui je la laisse dans la boîte, code habituel",
        f"{t[4]} {team[0].low()}: merci à tous, facturez sur Excel comme d'hab",
    )


TYPES = [
    ("contacts-vcard", [vcard_bloc, vcard_csv, vcard_json]),
    ("commandes-boulangerie", [boulangerie_cahier, boulangerie_sms]),
    ("guide-montagne", [guide_reservation, guide_compte_rendu, guide_ics]),
    ("commission-hlm", [hlm_commission, hlm_liste, hlm_yaml]),
    ("depot-plainte", [plainte_recepisse, plainte_mail]),
    ("intervention-pompiers", [pompiers_rapport, pompiers_radio]),
    ("ticket-pressing", [pressing_ticket, pressing_registre]),
    ("permanence-juridique", [juridique_fiche, juridique_planning, juridique_transfert]),
    ("banque-alimentaire", [banque_alim_registre, banque_alim_mail]),
    ("fouilles-archeologiques", [fouilles_journal, fouilles_inventaire]),
    ("studio-doublage", [doublage_plan, doublage_mail, doublage_transcript]),
    ("portee-chiots", [chiots_registre, chiots_annonce]),
    ("recouvrement-amiable", [recouvrement_dossier, recouvrement_lettre]),
    ("certificat-ramonage", [ramonage_certificat, ramonage_planning]),
    ("releve-compteurs", [compteurs_tournee, compteurs_avis]),
    ("bourse-puericulture", [puericulture_deposants, puericulture_groupe]),
    ("tombola-gagnants", [tombola_resultats, tombola_post, tombola_markdown]),
    ("cartels-exposition", [cartels_expo, cartels_mail]),
    ("palmares-concours", [concours_palmares, concours_lettre]),
    ("tournee-fioul", [fioul_tournee, fioul_appel, fioul_fixe]),
    ("conciergerie-locations", [conciergerie_fiche, conciergerie_messages, conciergerie_equipe]),
    ("vaccination-grippe", [vaccination_liste, vaccination_rappel, vaccination_repondeur]),
    ("tontine", [tontine_registre, tontine_vocal]),
    ("atelier-alphabetisation", [alpha_registre, alpha_bilan]),
    ("portrait-presse-locale", [portrait_presse, portrait_breve]),
    ("bornage-geometre", [bornage_pv, bornage_mail]),
    ("dossier-subvention", [subvention_dossier, subvention_ca]),
    ("jumelage-accueil", [jumelage_liste, jumelage_discours]),
    ("cession-vehicule", [cession_cerfa, cession_annonce]),
    ("releve-compte", [releve_compte, releve_question]),
]

# ---------------------------------------------------------------------------------------------
# Generation, checks and statistics: scripts/blind_set.py.

if __name__ == "__main__":
    blind_set.main(sys.modules[__name__])
