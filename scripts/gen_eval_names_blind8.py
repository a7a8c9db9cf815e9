#!/usr/bin/env python3
"""Generates eval/names-blind8: an eighth BLIND labeled evaluation set for the PERSON detector.

    python3 scripts/gen_eval_names_blind8.py            # writes eval/names-blind8/*.txt
    python3 scripts/gen_eval_names_blind8.py --check    # prints the statistics only
    python3 scripts/gen_eval_names_blind8.py --origins  # absent share per origin (to set WEIGHTS)

What it is. Short French documents of types that none of the earlier sets used (TYPES at the end):
cooking-workshop sign-ups, meals-on-wheels rounds, personal-trainer client logs, VTC trip logs,
parcel-locker notices, guardianship (curatelle/tutelle) reports, school report cards, parent-teacher
meeting slots, thesis acknowledgements, prison visiting rooms, lawyers' fee agreements, mediation
reports, labour-inspection letters, occupational-health convocations, workplace-accident
declarations, union-delegate designations, strike notices, tasting-cellar visitor books, campsite
registers, marina berth lists, allotment gardens, fishing and hunting associations, theatre
casting notes, dance-school galas, photography-studio orders, childminder contracts, clinical-trial
site logs, HACCP cleaning logs, forklift-driving authorisations, phishing-simulation results and
Git commit logs. Each type has two templates (a form and a mail, a table and a prose note...), ten
have a third (group chats with lower-case names and @mentions, Google reviews, class-council minutes,
fitness-class lists, aptitude notices, a childminder's ad, a trial-opening mail, a Teams thread); they
vary order, optional lines, punctuation, NBSP (after civilities, inside a few signed names) and case.

How it was made. Written blind on 2026-12-02 by a helper session (blind8) that had NOT read the
detector's code, README, docs or tests, the earlier sets except eval/names-blind2..7 (format and
document types), nor data/lexicon. Nothing was run against the detector. The name pools (POOLS)
were written by hand for this set, different from blind2..7's; the lexicon only serves to count
the mentions absent from it (--origins gives the absent share per origin; WEIGHTS were set from
it, never by picking names). --origins measured (2026-12-02): French, Maghreb, Turkish, Italian,
Antillean, Spanish, West African and Portuguese/Brazilian names are nearly all in the lexicon (3-8 %
of their mentions absent); Machrek, Réunion/Mauritius, Central Africa and Vietnam partly (15-21 %);
Haiti, the Balkans, China, Comoros/Mayotte, the Gulf of Guinea, Poland/Romania/Bulgaria,
Cambodia/Laos/Hmong, East and South Asia half (32-58 %); Ukraine/Russia, Armenia/Georgia,
Iran/Afghanistan, the Horn of Africa and Madagascar mostly not (69-80 %); Tamil, Nigerian and
Ghanaian names hardly ever (95-100 %). With the NATURAL mix of a French SME only 7.6-9.6 % of the
mentions are absent (seeds 1-5 and SEED), so the set is written with WEIGHTS: every origin is kept,
but the origins the lexicon mostly lacks (RARE) get 55 % of the people instead of 12 %, which gives
32.4-36.2 % absent on the same seeds; --check prints the set's share and the NATURAL one.

Labeling conventions (format: examples/eval.rs; same conventions as eval/names-blind3 to 7).
- Every mention of a person's name is labeled ⟦PERSON|…⟧, each time: full names in either order
  and case, a lone first name, a lone surname, initials ("J.-P. Caron", "Marie D."), particles
  included, names in lower case in chats ("karim"), "@⟦PERSON|Karim⟧", Git "Author:" lines.
- Civilities, titles and roles stay outside (M., Mme, Me, Dr, Pr, « la curatrice »).
- Every e-mail address is labeled ⟦EMAIL|…⟧; the name inside it is not a PERSON. Only example
  domains are used. Logins and Git handles are NOT labeled (identifiers).
- Companies, streets, schools, hospitals, laws, diseases, products, boats, rooms and wines named
  after people are not labeled; they come from the NEG_* lists and --check counts them.

"Absent from the lexicon" uses absent() from scripts/gen_eval_names.py (imported, not copied).
Deterministic: stdlib only, fixed seed; re-running rewrites identical bytes.
"""

import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "eval", "names-blind8")
SEED = 20261208
PER_TYPE = 10

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gen_eval_names import fold  # noqa: E402
import blind_set  # noqa: E402
# Label writers, name forms and text helpers shared with the earlier blind sets (imported, not copied).
from gen_eval_names_blind3 import NBSP, E, L, euros, fdate, lines, of, opt, phone, sdate  # noqa: E402
from gen_eval_names_blind4 import P, hhmm, sep, span, town_of  # noqa: E402
from gen_eval_names_blind5 import at  # noqa: E402
from gen_eval_names_blind6 import dates, form_name, table, times  # noqa: E402

# Name pools by origin: (female first names, male first names, surnames); "_" joins the words of
# one name. Hand-written for this set.
POOLS = {
    "france": (
        "Adèle Agnès Aline Angèle Annie Apolline Armelle Aurore Bérangère Cassandre Clémence "
        "Colette Corinne Danielle Denise Domitille Élisabeth Elsa Estelle Eugénie Faustine Florence "
        "Francine Geneviève Héloïse Irène Jeanne Joëlle Jocelyne Léonie Liliane Louise Lucille "
        "Marguerite Marion Mathilde Mireille Nicole Noémie Océane Paulette Philippine Régine Ségolène "
        "Solange Suzanne Tiphaine Violaine Anne-Laure Marie-Pierre Marie-Noëlle Gwendoline Nolwenn "
        "Morgane Klervi Anaëlle Gwenaëlle Maëlys Louane Lison Éloïse Ombeline Bertille Clotilde "
        "Laurence Maryvonne Nadine Yolande Josette Raymonde Lucienne Sixtine Bénédicte-Marie Ninon",
        "Alain André Anatole Antoine Aristide Auguste Aurélien Baptiste Basile Baudouin Bertrand "
        "Brice Charles-Henri Christian Côme Cyprien Denis Émile Enguerrand Fabien Félicien Florian "
        "Gaspard Gilbert Gildas Guy Henri Hervé Hugues Jacques Jean-Luc Jean-Yves Jean-Paul Joseph "
        "Jules Laurent Léon Lionel Marcel Maurice Michel Patrice Paul-Henri Philippe Raphaël "
        "Raymond René Roger Sylvain Thierry Tristan Victor Yann Gwénaël Kilian Malo Brieuc Peio "
        "Gaizka Joanes Aymeric Ghislain Lancelot Théophane Octave Marin Évariste Clovis",
        "Allard Arnoux Aubert Babin Bailly Barbier Baron Bazin Benoist Besnard Bigot Blondel Bonnet "
        "Bouvier Brun Buisson Carpentier Charrier Chauvin Collin Colas Cordier Courtois Delaunay "
        "Dubois Dupuis Durand Fabre Faure Fournier Gaillard Germain Girault Godard Guichard Guillot "
        "Hamel Humbert Jacquet Joly Lambert Leblanc Lecomte Lefort Legrand Lejeune Lévêque Marchand "
        "Maillard Masson Mercier Michaud Moreau Pasquier Perrin Petitjean Rey Rigaud "
        "Rolland Sauvage Schneider Texier Vasseur Voisin Le_Gall Le_Goff Kerouédan Le_Meur Tréguer "
        "Le_Berre Cloarec Morvan Guéguen Le_Saout Prigent Bihannic Kervella Arrieta Larralde "
        "Ithurralde Mendiboure Ospital Sallaberry Ehrmann Fuchs Haegel Kientz Wendling Spiesser "
        "Cassagne Fourcade Lasserre Pouyanne Sarrazy Bergès Agostini Bartoli Colonna Orsini Paoli "
        "Quilichini Chevallay Deléglise Gros-Balthazard Jacquemoud Delannoy Deroubaix Lepoutre "
        "Vanhoutte Desmet Verstraete Van_Acker Van_de_Velde de_Kergorlay de_Villèle du_Chaffaut de_La_Bourdonnaye "
        "Le_Sénéchal Chassagnol Pralong Vuillermoz Coustillas Mazerolles Gourdon-Lasalle "
        "Trouillard Pinçon Maupetit Roussignol Bouchardeau Queyrel Estrosi-Bardin",
    ),
    "maghreb": (
        "Aïcha Amina Anissa Assia Chahinez Dalila Djamila Fatima-Zohra Faïza Ghania Hadjer Hakima "
        "Imène Insaf Kenza Khadija Leïla Loubna Manel Meryem Mouna Nadira Naïma Nesrine Noura Ouarda "
        "Rym Sabrina Safia Souad Sonia Yasmine Zoubida Kheira Fouzia Wissem Tiziri Nouara Thanina "
        "Dihya Taous Chérifa Horia Sarah-Lyna Lamya Ferroudja",
        "Abdelkader Abderrahmane Ali Amar Anouar Arezki Azzedine Chakib Chérif Djilali Driss Elias "
        "Fouad Habib Hocine Ismaël Kader Kaci Karim Khaled Lakhdar Larbi Lounès Madjid Mahfoud Malik "
        "Mounir Nacer Noureddine Rabah Réda Sami Smaïl Taha Walid Yanis Younes Zoheir Aghiles Amayas "
        "Juba Mokrane Slimane Tahar Ouahab Hacène",
        "Abbas Abdelli Adjaoud Aissaoui Allouche Amara Attia Azouz Belhadj Belarbi Belkadi "
        "Benabdallah Benali Benaissa Benkhelifa Bensaid Benyahia Berkani Boualem Boudiaf Boukhari "
        "Brahimi Chaabane Daoudi Derradji Djellouli Guerroudj Hamidi Hamiche Hadj-Ahmed Kadri Kebir "
        "Khaldi Lakhal Lounici Madani Mebarki Meziane Mokhtari Nait_Ali Nezzar Ouadah Rahmani "
        "Saidi Sellami Taleb Yousfi Zeghdoudi Zitouni El_Amrani El_Fassi Benkirane Alaoui Berrada "
        "Tahiri Ouazzani Bensouda Ben_Salah Jaziri Mabrouk Dridi Oueslati Chebbi Ould_Brahim "
        # rarer Kabyle, Chaoui and Saharan family names
        "Aït_Mansour Ouchène Iftène Ighil Azzoug Bouaouina Belmokhtar Hadj-Sadok Tizguine Oussedik "
        "Mellah Ameur-Zaïmèche Lahouari Ouabdesselam Iratni Ait_Hamouda Zerguine Benhamouche",
    ),
    "afrique-ouest": (
        "Aminata Astou Coumba Diariatou Fatoumata Fatou Kadidia Mame_Diarra Marème Mariama Ndèye Néné "
        "Oumy Rokhaya Salimata Sira Soda Adja Binta Hadja Kani Mbayang Nogaye Racky Sadio Yandé Aïda "
        "Fily Ramata Dado",
        "Abdou Aliou Alpha Assane Bocar Cheikh_Tidiane Daouda Djibril El_Hadji Elimane Fodé Lamine "
        "Malick Mamadou_Lamine Mady Modou Moustapha Pape Saliou Seydou Sidiki Thierno Yoro Kalilou "
        "Ladji Mamadi Sambou Mahamadou",
        "Badji Baldé Bangoura Barry Bah Camara Cissokho Condé Dabo Dia Diaby Diakhaté Diawara "
        "Diédhiou Dieng Diouf Gueye Kaba Kane Koïta Kourouma Mbaye Mbengue Ndao Ndoye Samaké Sané "
        "Seck Sène Sy Thiam Wagué Diagne Gakou Ould_Ahmed Ould_Cheikh Bocoum Tembély Guindo Dolo "
        "Kassogué Togola Djiré Soucko Diabira Tandian Kamissoko Sakho Dioumassi Nimaga Diagana "
        "Sawané Tamboura Fadiga Mbodj",
    ),
    "golfe-guinee": (
        "Adjoa Akouvi Ablavi Affi Amenan Ayaba Chimène Enyonam Fifamè Mawuena Prisca Reine Sènami "
        "Sika Akossiwa Adjovi Ahou Lou-Anne Tatiana",
        "Armand Ayité Codjo Comlan Dossou Edem Euloge Fiacre Koffi Kodjo Komlan Kossi Mawuli Sena "
        "Yaovi Zinsou Ghislain Landry Roch Serge-Pacôme Narcisse",
        "Agbodjan Ahouansou Akakpo Amoussou Assogba Atchadé Dossou-Yovo Houngbédji Kpodar Lawson "
        "Quenum Sossou Tchibozo Ahoyo Aké Assi Dagnogo Diomandé Gbané Kouadio Kouamé N'Dri Tanoh "
        "Yapi Zadi Ilboudo Nikiéma Tiendrébéogo Zerbo Gnonlonfoun Hounkpatin",
    ),
    "afrique-centrale": (
        "Annick Berthe Esther Félicité Gertrude Marceline Mélanie Prudence Sandrine Viviane "
        "Christelle Merveille Divine Ornella Chancelle Exaucée Nathalie Rosalie",
        "Aristide Bertin Célestin Cyrille Désiré Donatien Fidèle Gervais Guy-Roger Hilaire "
        "Jean-Claude Parfait Rodrigue Romuald Trésor Ulrich Valère Yvon Gloire Héritier Cédrick",
        "Ateba Awono Belinga Ebogo Edzoa Ekotto Essomba Etoundi Fotso Kamga Kouam Mbida Mbock "
        "Mengue Moukoko Ndjock Ngando Nkoulou Ntamack Tchakounté Tchuente Wamba Youmbi Ngoupayou "
        "Mba Ndong Nzé Obame Ondo Kabeya Kabongo Kalonji Kapinga Lumbala Makiese Mbuyi Mpiana "
        "Mulumba Ngalula Nkulu Tshiamala Luzolo Mabiala Mavoungou Moukassa Nzaba Batchi Loemba",
    ),
    "antilles-guyane": (
        "Anne-Rose Annie-Claude Christiane Claudette Daniella Ernestine Eudoxie Francette Gladys "
        "Huguette Jocelyne Marie-Line Marie-José Maryse Micheline Sandra Suzette Yolène Florette",
        "Alex Alfred Alix Arsène Charles Ernest Eugène Félix Fernand Gérard Hubert Jean-Philippe "
        "Léon Lucien Max Patrick Serge Victorin Willy Gilles Teddy Jimmy",
        "Anatole Bellay Bernus Boisdur Chalcol Corlobé Cyrille Déglas Edmond Fanfant Flauzin "
        "Gérard-Pierre Jean-Joseph Labry Lamon Laurenceau Lavital Loza Lubin Mathurin Mélyon "
        "Mérine Nirelep Pélage Pierre-Justin Saint-Cyr Thélamon Valentin-Legros Zami Ferdinand "
        "Bouriquet Carbonnel Apaya Dinane Monrose Nérée Bapin Jean-Louis Cabrera-Cornély",
    ),
    "reunion-maurice": (
        "Bérénice Clarisse Dorothée Inaya Kelly Marie-Josée Mélissa Priscilla Vishala Kamla Shanti "
        "Nirmala Pooja Marie-Claire Ketty",
        "Clency Dany Giovanni Jean-Hugues Jean-Max Joël Kévin Patrice Rémy Ruddy Steeve Wilfrid "
        "Vikash Rajesh Anand Ravi Jean-Bernard",
        "Adekalom Ajaguin Baret Bègue Bénard Cadet Chane-Alune Chane-Ki Cheung-Chin Damour Dijoux "
        "Ethève Gonthier Grondin Hoareau Huet Lauret Lebon Lebreton Maillot Mardaye Maunier Morel "
        "Nativel Payet Poudroux Séry Sinapin Técher Valy Virapin Ramoutar Ramsamy Ramdhani "
        "Nirsimloo Sookun Boodhoo Dabeesing Gungah Thiaw-Wing-Kaï Latchoumanin",
    ),
    "portugal-bresil": (
        "Albertina Amélia Anabela Carla Catarina Celeste Clara Deolinda Elisabete Emília Ermelinda "
        "Fernanda Glória Helena Isabel Jacinta Lúcia Luísa Manuela Maria_João Natália Raquel Regina "
        "Susana Telma Vera Zulmira Jaqueline Thaís Gabriela",
        "Agostinho Álvaro Amadeu Américo António Augusto Bernardino Celestino Diamantino Domingos "
        "Eduardo Emanuel Fábio Feliciano Francisco Hélder Hugo João Leonel Lourenço Marcelo Mário "
        "Nuno Orlando Renato Rogério Rúben Valdemar Vasco Wellington Thiago Anderson",
        "Abreu Afonso Andrade Araújo Azevedo Baptista Bento Cabral Caetano Couto Cruz Dias "
        "Domingues Duarte Estrela Figueiredo Freitas Guerreiro Henriques Leite Loureiro Macedo Maia "
        "Marinho Mota Moura Neves Nogueira Nunes Paiva Peixoto Pires Quintas Rebelo Reis Sampaio "
        "Seixas Silva Valente Fontes Semedo Fortes Da_Cunha Dos_Reis Da_Silva_Pinto Alcobia Bragança Calçada Carrapiço Fialho "
        "Gameiro Mourato Pombinho Trindade Vilela",
    ),
    "espagne": (
        "Amparo Begoña Encarnación Esperanza Fuensanta Josefa Loreto Marisol Milagros Paloma Soledad "
        "Yolanda Zaira Ainhoa Lorena Itziar",
        "Agustín Diego Emilio Enrique Felipe Gregorio Iker Jesús Juan_Carlos Julián Marcelino "
        "Mariano Pablo Rafael Vicente Txema",
        "Álvarez Benítez Cabrera Cano Castro Cortés Delgado Díaz Durán Fernández Flores Garrido "
        "Gutiérrez Guerrero Herrera Hernández León López Márquez Moreno Muñoz Núñez Pérez Peña "
        "Rivas Romero Rubio Sánchez Sanz Soler Vega Velasco Zamora Echeverría Urrutia Aranburu "
        "Goikoetxea Puig Ferrer",
    ),
    "italie": (
        "Antonella Assunta Beatrice Concetta Donatella Federica Gabriella Giovanna Immacolata "
        "Loredana Luciana Nunzia Paola Patrizia Rosaria Valeria",
        "Alberto Andrea Angelo Claudio Dario Domenico Franco Gaetano Giorgio Giovanni Matteo Mauro "
        "Paolo Pasquale Raffaele Sandro Umberto",
        "Amato Barbieri Caputo Cattaneo Coppola D'Angelo De_Santis Farina Ferri Gallo Gentile "
        "Giordano Grasso Longo Mancini Mariani Martinelli Monti Morelli Palumbo Parisi Ricci Rizzo "
        "Ruggiero Sorrentino Valentini Zanella Cirillo Iannone Scognamiglio Lo_Bianco Di_Maggio",
    ),
    "turquie-kurde": (
        "Ayşe Aynur Başak Betül Büşra Canan Dilek Ebru Emel Fatma Filiz Gamze Gülsüm Hülya Nermin "
        "Nesrin Pınar Serpil Sibel Tuba Yeliz Zehra Rojin Berfin Helin",
        "Cengiz Cem Erdal Erkan Ercan Fatih Gökhan İsmail Kadir Levent Metin Necati Orhan Ramazan "
        "Selim Sinan Şükrü Uğur Yasin Zafer Baran Berkan Dilovan",
        "Akın Aksoy Altun Avcı Bulut Çelik Çetin Demirci Duman Erdem Eren Güler Gündoğdu Karaca "
        "Karakaya Keskin Kılıç Korkmaz Özdemir Özkan Sarı Sevim Taş Toprak Turan Uçar Ünal Yalçın "
        "Yüksel Zengin Tunç Ateş Baysal",
    ),
    "vietnam": (
        "Bich_Ngoc Diem Hanh Hang Hien Hong_Nhung Huyen Khanh_Linh Lien Mai_Anh Ngan Nhung Oanh "
        "Quynh Thanh_Thuy Thao Thu_Trang Thuy Xuan",
        "Binh Chien Dat Hoang_Nam Huy Kien Loc Nam Nghia Phong Phuc Quoc_Anh Sang Tai Thang Thinh "
        "Toan Trung Vinh",
        "Cao Dao Doan Giang Ha Kieu La Luong Luu Mac Nghiem Ong Quach Ta Thai Ton Truong Vuong "
        "Nguyen Tran Pham Dang",
    ),
    "chine": (
        "Fang Hui Juan Li_Na Lijuan Meiling Min Qian Qing Shu Ting Xia Xiu Xue Yanping Yue Zhihui "
        "Mengyao Shuang",
        "Bin Chao Gang Guang Jun Kai Liang Qiang Rong Tao Wen_Jie Xiang Xiaoming Yong Zhen_Hua "
        "Zhiwei Dongsheng",
        "Cai Fan Feng Gao Han Hu Jiang Kong Lu Luo Ma Pan Qian Shen Song Sun Tang Tian Wei Xiao "
        "Yuan Zeng Zhu Qiu Lai",
    ),
    "cambodge-laos-hmong": (
        "Bopha Chanthou Channary Kalliyan Kolab Mealea Nary Phalla Raksmey Socheata Sokunthea "
        "Sreymom Thida Vanny Bouasone Khamla Manivanh Souksavanh Vongdeuane Mai_Yer Pa_Houa",
        "Chhay Kosal Makara Narith Pheakdey Rithy Sambath Sokhom Sovann Vannak Vuthy Bounmy "
        "Khamphet Somphone Thongsavanh Tou_Lue Xeng",
        "Chhim Chhun Him Lim Meas Nuon Oeun Pen Prak Sar Sim Srey Ung Yim Vongsa Phanthavong "
        "Sayavong Souvannavong Khounnavong Vang Xiong Lor Moua Her",
    ),
    "madagascar": (
        "Aina Bodo Fanjanirina Harilala Hasinirina Lalaina Lalao Mamisoa Miora Onja Tsiky Vero "
        "Voninahitra Hantaniaina Njara Mbolatiana Tsiresy Holy",
        "Andrianina Ando Fetra Fidy Hoby Lanto Mamy Nantenaina Rivo Rojo Solofo Tiavina Tojonirina "
        "Tovo Tsiory Faneva Mahefa Heriniaina",
        "Andriamasy Andriambololona Andrianaivo Andriantsoa Rabarison Rabearivelo Rabemanantsoa "
        "Rafanomezantsoa Rahajarizafy Rajaonah Rakotobe Rakotonirina Rakotozafy Ralambomanana "
        "Ramarolahy Randrianarisoa Randrianasolo Ranaivo Rasamoelina Ratovonirina Razafindrabe "
        "Razanajatovo Ravelomanantsoa Rasoarimanana",
    ),
    "comores-mayotte": (
        "Anfia Chamsia Echati Faouzia Hadidja Moinaecha Naïla Nassuifa Oumi Rahamatou Sitina Zalia "
        "Nassra Roukia",
        "Anli Anziz Chaharane Daoud Djaé Faïssoili Houmadi Kamardine Mbaé Nassur Oussene Saandi "
        "Soulé Tadjidine Toihir Zoubert",
        "Abdou Athoumani Bacar Boinali Combo Daoudou Djanfar Hamada Ibouroi Kassim Maoulida "
        "Mdahoma Mroivili Soidri M'Colo Anrifi Ali_Bacar",
    ),
    "tamoul-sri-lanka": (
        "Anusha Bhavani Deepa Gayathri Jegatha Kavitha Keerthana Lakshmi Malathi Meena Nalini "
        "Pirashanthi Revathi Sangeetha Shanthini Sinthuja Subashini Thanuja Vasanthi Yalini",
        "Ajanthan Baskaran Dinesh Gajan Jeyaseelan Kannan Kuganesan Mathivathanan Nishanthan Ramesh "
        "Sasikumar Sathees Suresh Thayalan Vasanthan Vigneswaran Yathurshan Logeswaran",
        "Anandarajah Arulanantham Balakrishnan Chandrasekaran Jeganathan Kandiah Kanthasamy "
        "Kirupananthan Mahalingam Murugesu Nagarajah Navaratnam Pathmanathan Rasiah "
        "Sathiyamoorthy Selvanayagam Shanmugam Sinnathamby Subramaniam Thillainathan Vaithilingam "
        "Yogendran",
    ),
    "asie-sud": (
        "Farhana Jasmin Mumtaz Nasima Rabia Rehana Ruksana Salma Shahnaz Taslima Harpreet Manpreet "
        "Simran Anjali Kavita",
        "Ashraf Habibur Jahangir Kamrul Mizanur Monir Nazrul Rafiqul Shafiqul Sohel Zahid Amarjeet "
        "Balwinder Gurdeep Harjit Jaswinder Sandeep",
        "Akhtar Bhuiyan Choudhury Haque Hussain Kabir Mollah Siddiqui Gill Sandhu Sidhu Dhillon "
        "Grewal Bains Chaudhry Mirza Nawaz",
    ),
    "armenie-georgie": (
        "Anoush Araksi Gayané Hasmik Lilit Nvard Ruzanna Seda Siranush Taguhi Zaruhi Eteri Ketevan "
        "Manana Natia Tamar",
        "Ara Armen Artak Ashot Davit Gagik Garnik Grigor Hayk Mher Samvel Vahan Vahe Zaven Irakli "
        "Zurab Tamaz Guram Lasha Shota",
        "Abrahamyan Avetisyan Babayan Danielyan Gasparyan Harutyunyan Khachatryan Minasyan "
        "Mkrtchyan Nazaryan Poghosyan Sahakyan Simonyan Tadevosyan Torosyan Zakaryan Arakelian "
        "Der_Sarkissian Mardirossian Papazian Tchakerian Chkheidze Javakhishvili Maisuradze "
        "Nozadze Tsiklauri Gogoladze",
    ),
    "europe-est": (
        "Beata Bożena Dorota Elżbieta Grażyna Halina Iwona Jadwiga Justyna Małgorzata Sylwia "
        "Urszula Wioletta Andreea Florentina Ionela Larisa Roxana Simona Violeta Desislava Radka",
        "Andrzej Bartosz Dariusz Henryk Jacek Janusz Jerzy Kazimierz Krzysztof Mariusz Paweł "
        "Ryszard Tadeusz Wojciech Alexandru Cătălin Costel Cristian Dorin Gheorghe Ionuț Nicolae "
        "Ovidiu Sorin Viorel Dimitar Plamen Stoyan",
        "Adamczyk Baran Czarnecki Grabowski Jankowski Jaworski Kaczmarek Kowalski Krawczyk Mazur "
        "Michalski Pawlak Piotrowski Sikora Szymański Wieczorek Wojciechowski Woźniak Zając Bălan "
        "Ciobanu Dinu Georgescu Lungu Marinescu Munteanu Neagu Oprea Sârbu Tudor Ursu Vasilescu "
        "Petrov Dimitrov Georgiev Todorov",
    ),
    "ukraine-russie": (
        "Halyna Inna Kateryna Lesia Liudmyla Mariia Nataliia Oksana Olena Polina Sofiia Uliana "
        "Valentyna Yuliia Larysa Ekaterina Svetlana Tatiana Ksenia",
        "Bohdan Dmytro Hennadii Kostiantyn Oleh Oleksandr Oleksii Pavlo Ruslan Stepan Taras Viktor "
        "Volodymyr Vitalii Yurii Dmitri Evgueni Igor Sergueï Vadim",
        "Boiko Bondar Danylyuk Honchar Hrytsak Kovalenko Kovalchuk Kravets Marchenko Moroz "
        "Oliinyk Pavlenko Polishchuk Rudenko Shevchuk Sydorenko Tkachuk Vasylenko Zaporozhets "
        "Zinchenko Abramov Belov Fedorov Golubev Lebedev Novikov Smirnov Vinogradov Zaitsev",
    ),
    "balkans": (
        "Azra Dragana Emina Jasmina Ljiljana Milica Mirela Nataša Sanja Snežana Zorica Albana "
        "Arjeta Blerta Donika Fjolla Valbona Vjosa",
        "Aleksandar Bojan Darko Dejan Edin Emir Haris Miloš Nenad Slobodan Zoran Agron Arben Blerim "
        "Driton Fatmir Gëzim Valon",
        "Begić Ćosić Đorđević Hadžić Ilić Kovač Marković Mehmedović Mujić Pavlović Radić Stanković "
        "Tomić Vuković Zečević Bajrami Hasani Kastrati Morina Rexhepi Sadiku Zeqiri Ahmeti Limani",
    ),
    "machrek": (
        "Dalia Ghada Hanan Joumana Lamis Layal Mona Nour Rana Reem Rola Samar Souha Yara Zeina "
        "Najwa Hiba Abir",
        "Bassam Chadi Elie Fares Ghassan Issam Kamal Maher Nizar Ramzi Samer Wael Hicham Charbel "
        "Rabih",
        "Abboud Akiki Awad Azar Bitar Daher Fakhoury Ghanem Hajj Harb Jaber Kassab Maalouf Matar "
        "Nasr Rizk Sabbagh Salameh Sfeir Tannous Yammine Al-Hashimi Al-Obeidi Abdel-Malek Girgis "
        "Boutros",
    ),
    "iran-afghanistan": (
        "Azadeh Bahar Donya Golnaz Homa Ladan Mahsa Maryam Mina Nazanin Neda Niloufar Pegah "
        "Setareh Taraneh Yalda Zohreh Fereshteh Farzaneh Parwana Malalai Nazifa",
        "Amir Arash Behrouz Bijan Davoud Ehsan Hamid Hossein Javad Kaveh Keyvan Majid Masoud Mehran "
        "Navid Omid Parviz Ramin Siamak Saman Hamidullah Naqibullah Shafiq Zabihullah",
        "Abbasi Afshar Alavi Amini Bagheri Daneshvar Farahani Ghorbani Jafari Kazemi Khosravi "
        "Mirzaei Moradi Nazari Rostami Sadeghi Sharifi Soltani Azimi Haidari Noorzai Sultani "
        "Yousufzai Ahmadzai Barakzai",
    ),
    "corne-afrique": (
        "Almaz Azeb Feven Genet Hiwot Kidist Mahlet Saba Selamawit Tigist Tsion Fartun Hibaaq Idil "
        "Ifrah Ayaan Nimco",
        "Amanuel Biniam Efrem Fitsum Getachew Habte Kibrom Mebrahtu Merhawi Robel Semere Tedros "
        "Tewolde Yohannes Abdikarim Abdullahi Bashir Mohamud",
        "Asfaw Berhe Gebremedhin Gebreyesus Haile Kahsay Kidane Mengistu Negash Tekle Weldemichael "
        "Yemane Zerai Aden Dahir Egal Hersi Abakar Ishag",
    ),
    "haiti": (
        "Carline Ketly Lourdie Marie-Ange Marie-Carmelle Mirlène Rose-Andrée Sherley Wilna Yolette "
        "Darline Guerdine Kettia Rose-Mina",
        "Adelson Chrismond Evens Frantzy Jean-Wesner Jeantel Kervens Lyonel Mackenson Nixon "
        "Peterson Rodney Stevenson Wendell Wilkens Jean-Rony",
        "Bastien Cénatus Dorléan Duvalsaint Fleurant Jean-Charles Lafortune Lamour Louis-Jeune "
        "Pierre-Paul Saint-Hilaire Valcourt Vixamar Desrosiers Dorméus Élysée Sainvil",
    ),
    "afrique-anglophone": (
        "Abimbola Adaeze Bukola Chiamaka Chioma Folake Funmilayo Ngozi Nneka Oluchi Temitope "
        "Yetunde Abena Adwoa Esi Akosua Afua",
        "Babatunde Chibuike Chukwuemeka Emeka Femi Gbenga Obinna Oluwafemi Segun Tunde Uchenna "
        "Kwabena Kwaku Kojo Yaw Kwesi",
        "Adeyemi Afolabi Akinola Balogun Eze Nwachukwu Nwosu Odukoya Ogunleye Okafor Okonkwo "
        "Onyeka Uzor Agyeman Amponsah Appiah Asante Boateng Frimpong Owusu Quaye Sarpong",
    ),
    "asie-est": (
        "Aiko Emi Kaori Mariko Naoko Sachiko Yoko Hye-jin Eun-ji Ji-hye So-yeon Maricel Rowena "
        "Lorelie Bolormaa Oyunchimeg",
        "Daisuke Haruto Kazuki Ryo Shota Takumi Yusuke Dong-hyun Ji-hoon Sung-min Jomar Rodel "
        "Batbayar Ganbold",
        "Ito Kobayashi Matsumoto Nakamura Takahashi Yamamoto Yoshida Han Lee Oh Seo Shin Bautista "
        "Dela_Cruz Mendoza Villanueva Batbold Enkhbayar",
    ),
}

# Share of each origin among the people cast. NATURAL is a plausible mix for the staff, customers
# and members of a French SME or association. WEIGHTS keeps every origin but gives the origins
# whose names the lexicon mostly lacks (RARE) more people; set after measuring --origins.
NATURAL = {
    "france": 55, "maghreb": 14, "afrique-ouest": 4, "golfe-guinee": 1.5, "afrique-centrale": 2.5,
    "antilles-guyane": 2.5, "reunion-maurice": 1.5, "portugal-bresil": 6, "espagne": 2.5, "italie": 2.5,
    "turquie-kurde": 2, "vietnam": 1.2, "chine": 0.8, "cambodge-laos-hmong": 0.4, "madagascar": 0.4,
    "comores-mayotte": 0.4, "tamoul-sri-lanka": 0.3, "asie-sud": 0.3, "armenie-georgie": 0.5,
    "europe-est": 1, "ukraine-russie": 0.6, "balkans": 0.4, "machrek": 0.4, "iran-afghanistan": 0.3,
    "corne-afrique": 0.2, "haiti": 0.3, "afrique-anglophone": 0.1, "asie-est": 0.1,
}
RARE = ["golfe-guinee", "afrique-centrale", "cambodge-laos-hmong", "madagascar", "comores-mayotte",
        "tamoul-sri-lanka", "asie-sud", "armenie-georgie", "europe-est", "ukraine-russie", "balkans",
        "machrek", "iran-afghanistan", "corne-afrique", "haiti", "afrique-anglophone", "asie-est",
        "vietnam", "chine"]
WEIGHTS = {
    "france": 20, "maghreb": 9, "afrique-ouest": 4, "golfe-guinee": 3, "afrique-centrale": 3,
    "antilles-guyane": 3, "reunion-maurice": 3, "portugal-bresil": 4, "espagne": 2, "italie": 2,
    "turquie-kurde": 2, "vietnam": 3, "chine": 2, "cambodge-laos-hmong": 3, "madagascar": 6,
    "comores-mayotte": 4, "tamoul-sri-lanka": 6, "asie-sud": 2, "armenie-georgie": 3,
    "europe-est": 3, "ukraine-russie": 5, "balkans": 2, "machrek": 2, "iran-afghanistan": 3,
    "corne-afrique": 2, "haiti": 2, "afrique-anglophone": 4, "asie-est": 1,
}

# Negatives: never labeled; --check counts their occurrences in the stripped text.
NEG_STREETS = [
    "rue Émile Zola", "avenue Jean Jaurès", "boulevard Pasteur", "rue Anatole France", "rue Paul Bert",
    "avenue du Général Leclerc", "rue Albert Camus", "place Jean Moulin", "rue Simone Veil",
    "quai Jacques Cartier", "allée Nelson Mandela", "rue Georges Brassens", "impasse Marcel Cerdan",
    "rue Hector Berlioz", "rue Aristide Briand",
]
NEG_PLACES = [
    "lycée Victor Duruy", "collège Françoise Dolto", "école Jacques Prévert", "lycée Condorcet",
    "collège Paul Éluard", "CHU Charles Nicolle", "hôpital Édouard Herriot",
    "centre pénitentiaire Paul Valéry", "maison d'arrêt Jean Moulin", "salle Pablo Neruda",
    "théâtre Jean Vilar", "capitainerie Jacques Cœur", "Saint-Tropez", "Saint-Brieuc",
    "Sainte-Geneviève-des-Bois", "Saint-Quentin", "Saint-Étienne", "étang Saint-Nicolas",
]
NEG_COMPANIES = [
    "Yves Rocher", "Jean Louis David", "Pierre Hermé", "Christian Dior", "Ladurée", "Bernard Loiseau",
    "Boiron", "Sanofi", "Servier", "Pierre Fabre", "Hugo Boss", "Uber", "Bolt", "Heetch", "G7",
    "Mondial Relay", "Chronopost", "Colissimo", "Pickup", "Picard", "Leclerc", "Auchan", "Carrefour",
    "Fenwick", "Linde", "Kärcher", "Château Latour", "Moët", "Krys", "Manpower",
]
NEG_EPONYMS = [
    "loi Evin", "loi Leonetti", "maladie de Parkinson", "maladie d'Alzheimer", "échelle de Glasgow",
    "manœuvre de Heimlich", "sauce béchamel", "pêche Melba", "crêpe Suzette", "tarte Tatin",
    "bœuf Stroganoff", "méthode Montessori", "pédagogie Freinet", "prix Nobel", "prix Molière",
    "algorithme de Dijkstra", "méthode Pilates", "théorème de Pythagore",
]
NEG_WORDS = [
    "pierre", "rose", "olive", "Olive", "Prime", "prime", "constant", "ferme", "aimé", "Saint-Martin",
    "Toussaint", "Pentecôte", "Merlot", "Pinot", "Gamay", "Muscat", "Sauvignon", "Viognier", "Clairette",
    "Capucine", "bouton-d'or",
]
NEG_TITLES = [
    "DRH", "RRH", "RSSI", "DSI", "CSE", "CSSCT", "SPST", "IPRP", "ARC", "TEC", "CACES", "HACCP", "DLC",
    "AAPPMA", "ACCA", "JAF", "SPIP", "PMI", "CAF", "SAP", "VTC", "CPE", "AED", "AESH", "CGT", "CFDT", "FO",
    "UNSA", "SUD", "Senior", "Junior", "Cadre", "Cadres", "ETAM", "Chef de rang", "Commis", "Plongeur",
    "Mandataire judiciaire", "Médecin du travail", "Infirmière santé travail", "Investigateur principal",
    "Attaché de recherche clinique", "Professeur principal", "Délégué syndical", "Cariste",
    "Capitaine de port", "Garde-pêche", "Assistante maternelle", "Coach", "Chauffeur",
]
NEG_SOFTWARE = [
    "Pronote", "Ecole Directe", "Doctolib", "Excel", "Outlook", "Teams", "GitLab", "Jenkins", "GoPhish",
    "KnowBe4", "Microsoft 365", "Proofpoint", "Lightroom", "Photoshop", "Canon", "Nikon", "Strava",
    "MyFitnessPal", "Garmin", "Waze", "Pajemploi", "net-entreprises", "Medidata", "REDCap", "Veeva",
]
NEG_BOATS = [
    # Boats and berths named after people or saints: a vessel, not a mention.
    "Saint-Christophe", "Marie-Galante", "Jean-Bart", "Capitaine Fracasse", "Belle-Poule", "Alcyon",
]
NEG_CATS = [("streets", NEG_STREETS), ("places named after people", NEG_PLACES),
            ("companies, brands, wines", NEG_COMPANIES), ("eponyms (laws, diseases, dishes, methods)", NEG_EPONYMS),
            ("ordinary words that are names", NEG_WORDS), ("titles, roles, categories, acronyms", NEG_TITLES),
            ("software and products", NEG_SOFTWARE), ("boats", NEG_BOATS)]
NEG_ALL = [n for _, items in NEG_CATS for n in items]

CITIES = {"Paris": "75018", "Saint-Ouen-sur-Seine": "93400", "Aubervilliers": "93300", "Ivry-sur-Seine": "94200",
          "Cergy": "95000", "Les Mureaux": "78130", "Meaux": "77100", "Le Havre": "76600", "Caen": "14000",
          "Quimper": "29000", "Vannes": "56000", "Saint-Nazaire": "44600", "Nantes": "44000", "Angers": "49000",
          "Poitiers": "86000", "Limoges": "87000", "Dijon": "21000", "Besançon": "25000", "Lyon": "69008",
          "Villeurbanne": "69100", "Valence": "26000", "Montpellier": "34000", "Perpignan": "66000",
          "Marseille": "13015", "Aubagne": "13400", "Pau": "64000", "Bordeaux": "33800", "Toulouse": "31200",
          "Metz": "57000", "Nancy": "54000", "Colmar": "68000", "Lille": "59000", "Amiens": "80000",
          "Le Port": "97420", "Fort-de-France": "97200", "Cayenne": "97300", "Bastia": "20200"}
STREETS = ["rue des Acacias", "chemin du Moulin", "rue de la Gare", "avenue de la République",
           "rue des Écoles", "impasse des Tilleuls", "rue du Château", "route de Nantes",
           "résidence Les Hortensias", "rue des Forges", "allée des Chênes", "rue du Marché"]
MAIL = ["exemple.fr", "example.com", "mail.example", "courriel.example"]


def city(r):
    return r.choice(sorted(CITIES))


def addr(r, c=None):
    c = c or city(r)
    return f"{r.randint(1, 140)}{r.choice(['', '', '', ' bis', ' ter'])} {r.choice(NEG_STREETS + STREETS)}, {CITIES[c]} {c}"


# First names that read as French words or English words in lower case ("parfait", "divine"): a
# chat writes them capitalised.
WORDLIKE = {"parfait", "divine", "merveille", "fidele", "gloire", "heritier", "tresor", "prudence",
            "reine", "desire", "esperanza", "amparo", "soledad", "max", "alex", "holy", "min", "ma",
            "fang", "hui", "bin", "chao", "gang", "kai", "yong", "lu", "han", "oh", "sun", "song",
            "tang", "pan", "fan", "feng", "jun", "liang", "tao", "xia", "qing", "shu", "ting", "yue",
            "nam", "loc", "tai", "sang", "ha", "ta", "la", "mac", "ong", "ton", "vera", "clara",
            "mona", "nour", "bahar", "emir", "dado", "fily", "seda", "ara", "emi", "ryo", "ito", "soda",
            "reine", "genet", "saba", "aina", "rojo", "toky", "holy", "ma", "amar", "ali"}


class P8(P):
    def low(self):
        """The first name in lower case as typed in a chat, unless it then reads as a word."""
        return self.fn() if fold(self.first) in WORDLIKE else super().low()

    def mail(self, r, domain=None):
        return super().mail(r, domain or r.choice(MAIL))

    def FULLUP(self):
        """ "AMINATA DIENG": the whole name in capitals, as a badge or a poster prints it."""
        return L((self.first + " " + self.last).upper())

    def nbsp(self):
        """ "Aminata Dieng" with a no-break space, as a word processor joins a name."""
        return L(self.first + NBSP + self.last) if " " not in self.first + self.last else self.full()


class Casting:
    """Draws people from POOLS with the given weights. In one document no two people share a first
    name or a surname (a lone "Karim" or "Mme Diallo" points to one person); relatives are cast
    with `kin`, which keeps the surname on purpose."""

    def __init__(self, r, weights):
        self.r = r
        self.origins = sorted(weights)
        self.weights = [weights[o] for o in self.origins]
        self.used = set()
        self.doc_people = []

    def _surname(self, o, s):
        r = self.r
        # one person in fourteen carries a surname from another origin (marriage, adoption)
        lo = r.choices(self.origins, self.weights)[0] if r.random() < 0.07 else o
        sur = r.choice(POOLS[lo][2].split()).replace("_", " ")
        if lo != o and sur[0].islower():
            return None
        if s == "f" and lo == "europe-est" and sur.endswith(("ski", "cki")):
            sur = sur[:-1] + "a"
        elif s == "f" and lo in ("ukraine-russie", "europe-est") and sur.endswith(("ov", "ev")):
            sur += "a"
        # Iberian families keep two surnames; a French woman sometimes writes both of hers
        if lo in ("portugal-bresil", "espagne") and " " not in sur and r.random() < 0.2:
            sur2 = r.choice(POOLS[lo][2].split())
            if "_" not in sur2 and sur2 != sur:
                sur = sur + r.choice([" ", " ", "-"]) + sur2
        elif lo == "france" and s == "f" and " " not in sur and r.random() < 0.06:
            sur2 = r.choice(POOLS["france"][2].split())
            if "_" not in sur2 and sur2 != sur:
                sur = sur + "-" + sur2
        return sur

    def _fresh(self, keys):
        return not (keys & self.used)

    def person(self, sex=None, origin=None):
        r = self.r
        for tries in range(10000):
            o = origin or r.choices(self.origins, self.weights)[0]
            s = sex or r.choice("fm")
            first = r.choice(POOLS[o][0 if s == "f" else 1].split()).replace("_", " ")
            sur = self._surname(o, s)
            if sur is None:
                continue
            keys = {fold(first), fold(sur)} | {fold(w) for w in (first + " " + sur).replace("-", " ").split() if len(w) > 2}
            if (self._fresh(keys) or tries > 300) and fold(first) != fold(sur):
                self.used |= keys
                p = P8(first, sur, s, o, r)
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
                q = P8(first, p.last, s, p.origin, r)
                self.doc_people.append(q)
                return q
        raise RuntimeError("no name left to cast")

    def cast(self, n):
        return [self.person() for _ in range(n)]


def civ_name(r, p):
    """ "Mme ⟦PERSON|Aïcha Benali⟧": a party as a letter prints it, sometimes with an NBSP."""
    return p.civ() + r.choice([" ", " ", NBSP]) + r.choice([p.full, p.full, p.fup, p.adm])()


def any_name(r, p):
    """A free-text mention after the first one: first name, civility and surname, or full name."""
    return r.choice([p.fn, p.cs, p.full])()


# ---------------------------------------------------------------------------------------------
# Document types. Each template takes the random generator and a Casting and returns the labeled
# text; a type is a list of templates used in turn.


DISHES = ["pâte feuilletée", "macarons", "cuisine libanaise", "pain au levain", "sushis", "tarte Tatin",
          "sauce béchamel", "pêche Melba", "crêpe Suzette", "bœuf Stroganoff", "cuisine créole", "dim sum"]


def cuisine_inscrits(r, c):
    chef = c.person()
    dish = r.choice(DISHES)
    out = [f"Atelier « {dish} » — {fdate(r)} — {r.choice(['10h-13h', '14h30-17h30', '18h30-21h30'])}",
           f"Animé par {chef.e('la cheffe', 'le chef')} {r.choice([chef.full, chef.fup])()}",
           f"Lieu : {r.choice(['Atelier des Halles', 'Cuisine & Co', 'La Toque Partagée'])}, {addr(r)}", ""]
    rows = []
    for i, p in enumerate(c.cast(r.randint(5, 8)), 1):
        rows.append([str(i), r.choice([p.adm, p.full, p.abbr, p.inv])(), r.choice(["Payé", "Payé", "Bon cadeau", "En attente"]),
                     r.choice(["", "", "sans gluten", "végétarien", "allergie arachide", "sans porc"])])
    out += table(r, ["#", "Participant", "Règlement", "Remarque"], rows, [4, 30, 13, 18])
    guest = c.cast(1)[0]
    out += ["", f"Bon cadeau offert par {guest.full()} (à vérifier au comptoir). Tabliers fournis.",
            opt(r, 0.5, f"Commis{sep(r)}{c.person().fn()} — Plongeur : prestataire Kärcher pour le lave-vaisselle.")]
    return lines(*out)


def cuisine_mail(r, c):
    cl, chef, friend = c.person(), c.person(), c.person()
    dish = r.choice(DISHES)
    return lines(
        f"De : {r.choice(['Cuisine & Co', 'La Toque Partagée'])} <{E('ateliers@' + r.choice(MAIL))}>",
        f"À : {cl.mail(r)}",
        f"Objet : Votre inscription — atelier {dish}",
        "",
        f"Bonjour {r.choice([cl.fn, cl.full])()},",
        "",
        f"Nous confirmons votre place (et celle {of(friend.full())}) à l'atelier {dish} du {fdate(r)}.",
        f"L'atelier sera animé par {chef.e('notre cheffe', 'notre chef')} {chef.full()}, "
        f"{r.choice(['ancien second chez Bernard Loiseau', 'passé chez Pierre Hermé', 'formé chez Ladurée'])}.",
        f"Pensez à apporter une boîte hermétique ; {chef.fn()} vous remettra les fiches recettes en fin de séance.",
        opt(r, 0.5, f"Si {friend.fn()} a une allergie, répondez simplement à ce message."),
        "",
        "À bientôt en cuisine,",
        f"{c.person().fn()}, accueil",
    )


def portage_tournee(r, c):
    drv = c.person()
    t = times(r, 7, 8, 12)
    out = [f"PORTAGE DE REPAS À DOMICILE — CCAS {town_of(city(r))}",
           f"Tournée {r.choice(['A', 'B', 'Nord', 'Sud', '3'])} du {sdate(r)} — {drv.e('livreuse', 'livreur')} : {r.choice([drv.full, drv.adm])()}", ""]
    for h, p in zip(t, c.cast(r.randint(5, 7))):
        note = r.choice(["", "", "régime sans sel", "mixé", "diabétique", "sonner deux fois", "clé chez la voisine",
                         "ne pas laisser devant la porte", "portion réduite"])
        out.append(f"{h}  {r.choice([civ_name(r, p), p.adm(), p.SUR()])} — {r.randint(1, 120)} {r.choice(NEG_STREETS + STREETS)}"
                   + (f" — {note}" if note else ""))
    out += ["", f"Remarques {drv.e('de la livreuse', 'du livreur')} :"]
    q = c.doc_people[1]
    out.append(f"{q.civ()} {q.sur()} n'a pas répondu à {t[0]} ; appelé sa fille {c.kin(q, 'f').fn()} au {phone(r)}, repas déposé à {hhmm(r, 11, 13)}.")
    return lines(*out)


def portage_cahier(r, c):
    ben, aux, daughter, coord = c.person(), c.person(), None, c.person()
    daughter = c.kin(ben)
    d = dates(r, 4)
    return lines(
        f"Cahier de liaison — portage de repas — {civ_name(r, ben)}",
        "",
        f"{d[0]} ({aux.ini()}) : {ben.cs()} a laissé la moitié du plateau. Semble fatigué{ben.e('e', '')}. Prévenu {daughter.full()}.",
        f"{d[1]} ({r.choice([aux.fn, aux.ii])()}) : repas pris en entier. Demande un potage le soir en plus.",
        f"{d[2]} ({coord.fn()}) : appel {of(daughter.fn())}, absence de quinze jours (séjour chez {daughter.e('elle', 'lui')}). Tournée suspendue.",
        opt(r, 0.6, f"{d[3]} ({aux.fn()}) : reprise. RAS. Le chat de {ben.civ()} {ben.sur()} s'appelle Olive, ne pas le laisser sortir."),
        "",
        f"{coord.e('Coordinatrice', 'Coordinateur')} CCAS : {coord.full()} — {phone(r)}",
    )


def coaching_suivi(r, c):
    coach, cl = c.person(), c.person()
    d = dates(r, 4)
    out = [f"Suivi client — {r.choice([cl.full, cl.adm, cl.FULLUP])()}",
           f"Coach{sep(r)}{coach.full()}   Objectif : {r.choice(['perte de poids', 'préparation semi-marathon', 'reprise après grossesse', 'renforcement dos'])}",
           f"Source : {r.choice(['Strava', 'Garmin', 'MyFitnessPal'])}", ""]
    notes = [f"bilan initial, squat {r.randint(20, 60)} kg, gainage {r.randint(30, 120)} s",
             f"séance méthode Pilates, {cl.fn()} se plaint du genou droit",
             f"fractionné 8x400, très bien. Prochaine fois avec {c.person().full()} (binôme)",
             f"annulée par {cl.fn()} (travail), reportée"]
    for dd, n in zip(d, notes):
        out.append(f"- {dd} : {n}")
    out.append(f"  Bilan : effort constant, {cl.fn()} a bien aimé le circuit training.")
    out += ["", f"Paiement : carnet 10 séances, reste {r.randint(1, 9)}. Facture au nom {of(r.choice([cl.full, cl.adm])())}."]
    return lines(*out)


def coaching_sms(r, c):
    coach, cl, other = c.person(), c.person(), c.person()
    t = times(r, 6, 6, 21)
    return lines(
        f"SMS — {coach.full()} (coach) ↔ {cl.full()}",
        "",
        f"[{t[0]}] {coach.fn()} : Salut {cl.low()} ! demain 7h au parc comme prévu ?",
        f"[{t[1]}] {cl.fn()} : oui ok. je peux venir avec {other.low()} ? {other.e('elle', 'il')} veut tester",
        f"[{t[2]}] {coach.fn()} : Bien sûr, dis-lui d'apporter un tapis. Séance découverte offerte pour {other.fn()}",
        f"[{t[3]}] {cl.fn()} : top merci {coach.low()} 🙏",
        f"[{t[4]}] {coach.fn()} : et pense à noter tes repas sur MyFitnessPal, on fait le point vendredi",
        f"[{t[5]}] {cl.fn()} : promis coach",
    )


def vtc_journal(r, c):
    drv = c.person()
    out = [f"Relevé de courses — chauffeur {r.choice([drv.full, drv.adm])()} — carte VTC n° {r.randint(10000, 99999)}",
           f"Plateformes : {r.choice(['Uber, Bolt', 'Heetch, G7', 'Uber, G7, réservations directes'])} — semaine du {sdate(r)}", ""]
    rows = []
    for p in c.cast(r.randint(5, 7)):
        a, b = r.sample(sorted(CITIES) + ["gare Saint-Lazare", "aéroport CDG", "Orly", "Saint-Brieuc", "Saint-Quentin", "Saint-Étienne",
                                          "Sainte-Geneviève-des-Bois", "Saint-Tropez"], 2)
        rows.append([sdate(r), hhmm(r, 5, 23), r.choice([p.abbr, p.fn, p.full, p.abbr])(), f"{a} → {b}", euros(r, 12, 95)])
    out += table(r, ["Date", "Heure", "Passager", "Trajet", "Montant"], rows, [12, 7, 22, 40, 10])
    out += ["", f"Course du {sdate(r)} : {c.doc_people[1].fn()} a oublié un parapluie, déposé à l'agence G7."]
    return lines(*out)


def vtc_dispatch(r, c):
    disp, drv, pax = c.person(), c.person(), c.person()
    t = times(r, 5, 6, 22)
    return lines(
        f"Canal #dispatch — {sdate(r)}",
        f"{t[0]} {disp.full()} : @{drv.fn()} prise en charge {civ_name(r, pax)} à {hhmm(r, 6, 22)}, {addr(r)}. {pax.e('Cliente fidèle', 'Client fidèle')}, siège bébé demandé.",
        f"{t[1]} {drv.full()} : reçu, je suis à 10 min via Waze",
        f"{t[2]} {drv.full()} : sur place, {pax.cs()} ne répond pas",
        f"{t[3]} {disp.full()} : je l'appelle. ok {pax.e('elle', 'il')} descend",
        f"{t[4]} {drv.full()} : passager à bord, destination {r.choice(['Orly', 'aéroport CDG', 'gare Saint-Lazare'])}",
    )


def consigne_notif(r, c):
    p = c.person()
    code = r.randint(100000, 999999)
    sender = r.choice(["Mondial Relay", "Chronopost", "Colissimo", "Pickup"])
    return lines(
        f"{sender} — Votre colis est arrivé",
        "",
        f"Bonjour {r.choice([p.FULLUP, p.full, p.fup])()},",
        f"Votre colis n° {r.randint(10 ** 9, 10 ** 10 - 1)} est disponible dans la consigne {r.choice(['Carrefour', 'Auchan', 'Leclerc', 'Picard', 'Krys'])} {city(r)}.",
        f"Code de retrait : {code}. Il vous attend jusqu'au {sdate(r)}.",
        opt(r, 0.5, f"Vous pouvez autoriser un proche : {c.person().full()} est déjà enregistré{c.doc_people[-1].e('e', '')} comme mandataire."),
        "",
        f"Expéditeur : {r.choice(['Yves Rocher', 'Boiron', 'Christian Dior', 'Hugo Boss', 'Jean Louis David'])}",
    )


def consigne_registre(r, c):
    agent = c.person()
    out = [f"Relais colis — tabac-presse « Le Balto » — registre des retraits — {sdate(r)}",
           f"Agent : {agent.fn()}", ""]
    rows = []
    for p in c.cast(r.randint(5, 7)):
        proxy = r.random() < 0.3
        q = c.person() if proxy else None
        rows.append([f"{r.randint(10 ** 7, 10 ** 8 - 1)}", r.choice([p.SUR, p.adm, p.full])(),
                     (q.full() + " (procuration)") if q else "titulaire", r.choice(["CNI", "passeport", "permis", "titre de séjour"]), hhmm(r, 9, 19)])
    out += table(r, ["Colis", "Destinataire", "Retiré par", "Pièce", "Heure"], rows, [12, 28, 34, 16, 6])
    return lines(*out)


def curatelle_rapport(r, c):
    maj, cur, judge, son = c.person(), c.person(), c.person(), None
    son = c.kin(maj)
    mesure = r.choice(["curatelle renforcée", "tutelle", "curatelle simple", "habilitation familiale"])
    return lines(
        f"COMPTE RENDU DE GESTION ANNUEL — {mesure.upper()}",
        f"Tribunal judiciaire {town_of(city(r))} — service des majeurs protégés — RG {r.randint(10, 99)}/{r.randint(1000, 9999)}",
        "",
        f"Personne protégée{sep(r)}{civ_name(r, maj)}, né{maj.e('e', '')} le {sdate(r, r.randint(1935, 1975))}",
        f"Mandataire judiciaire{sep(r)}{cur.full()} (association Tutélaire {r.choice(['ATI', 'UDAF', 'APAJH'])})",
        f"Juge des contentieux de la protection : {judge.civ()} {r.choice([judge.sur, judge.full])()}",
        "",
        f"Directives anticipées rédigées (loi Leonetti). {maj.cs()} réside à l'EHPAD {r.choice(['Les Glycines', 'Le Clos Fleuri', 'Résidence du Parc'])} depuis {r.choice(['mars', 'juin', 'octobre'])} {r.randint(2019, 2025)}. "
        f"{maj.e('Elle', 'Il')} est atteint{maj.e('e', '')} de la maladie d'Alzheimer à un stade modéré.",
        f"{son.e('Sa fille', 'Son fils')} {son.full()} rend visite chaque semaine et a été consulté{son.e('e', '')} sur la vente du véhicule.",
        f"Ressources : pension {euros(r, 900, 1900)} / mois ; aide sociale à l'hébergement demandée.",
        opt(r, 0.6, f"Difficulté : {son.fn()} conteste le montant de l'argent de poche ; un rendez-vous a eu lieu avec {cur.civ()} {cur.sur()} le {sdate(r)}."),
        "",
        f"Fait {at(city(r))}, le {fdate(r)}",
        f"{r.choice([cur.full, cur.ini, cur.nbsp])()}, mandataire",
    )


def curatelle_courrier(r, c):
    cur, maj, bank = c.person(), c.person(), c.person()
    return lines(
        f"{cur.full()}",
        "Mandataire judiciaire à la protection des majeurs",
        f"{addr(r)}",
        "",
        f"À l'attention de {civ_name(r, bank)}, conseill{bank.e('ère', 'er')} clientèle",
        "",
        f"Objet : {r.choice(['curatelle renforcée', 'tutelle'])} {of(r.choice([maj.full, maj.adm])())} — changement d'adresse",
        "",
        f"{bank.civl()},",
        f"Je vous informe que {maj.civ()} {maj.sur()} a quitté son domicile de la {r.choice(NEG_STREETS)} pour un logement en résidence autonomie.",
        f"Merci de modifier l'adresse de correspondance des comptes {of(maj.full())} et de m'adresser les relevés directement.",
        f"Vous trouverez ci-joint le jugement du {sdate(r, 2025)}.",
        "",
        f"Veuillez agréer, {bank.civl()}, mes salutations distinguées.",
        f"{cur.ini()}",
    )


SUBJECTS = ["Français", "Mathématiques", "Histoire-géographie", "Anglais", "Espagnol", "SVT", "Physique-chimie",
            "EPS", "Technologie", "Arts plastiques", "Éducation musicale"]


def bulletin_trimestre(r, c):
    el = c.person()
    pp = c.person()
    out = [f"{r.choice(['collège Françoise Dolto', 'collège Paul Éluard', 'lycée Victor Duruy', 'lycée Condorcet'])} — année 2025-2026",
           f"BULLETIN DU {r.choice(['1er', '2e', '3e'])} TRIMESTRE — classe {r.choice(['4e B', '3e A', '2nde 5', '5e C', '1re G2'])}",
           f"Élève{sep(r)}{r.choice([el.adm, el.ADMX, el.full])()}    Né{el.e('e', '')} le {sdate(r, r.randint(2009, 2013))}",
           f"Professeur principal{sep(r)}{pp.civ()} {pp.sur()}", ""]
    for s in r.sample(SUBJECTS, r.randint(4, 6)):
        t = c.person()
        comment = r.choice([f"Bon trimestre, {el.fn()} participe volontiers.", "Travail irrégulier, des efforts à fournir.",
                            f"{el.fn()} doit apprendre ses leçons.", "Très bon ensemble, continuez.", "Trop de bavardages.",
                            f"Ensemble fragile ; {el.fn()} peut mieux faire."])
        out.append(f"{s:<20} {r.randint(6, 19)},{r.choice(['0', '5'])}  {t.civ()} {r.choice([t.sur, t.SUR, t.ini])()} : {comment}")
    out += ["", f"Appréciation générale ({pp.ini()}) : {r.choice(['Trimestre satisfaisant.', 'Des progrès, à confirmer.', 'Félicitations du conseil.'])} "
            f"Vie scolaire (CPE {c.person().full()}) : {r.randint(0, 6)} demi-journées d'absence."]
    return lines(*out)


def bulletin_mail_pp(r, c):
    pp, par, el = c.person(), c.person(), None
    el = c.kin(par)
    aesh = c.person()
    return lines(
        f"Message Pronote — de {pp.civ()} {pp.full()} (professeur{pp.e('e', '')} principal{pp.e('e', '')}, {r.choice(['4e B', '3e A', '6e D'])})",
        f"À : {r.choice([par.civ() + ' ' + par.sur(), par.full()])} (responsable légal{par.e('e', '')} {of(el.full())})",
        "Objet : conseil de classe",
        "",
        "Bonjour,",
        f"Le conseil de classe s'est tenu hier. {el.fn()} obtient les encouragements, malgré des résultats encore fragiles en mathématiques.",
        f"{aesh.e('Mme', 'M.')} {aesh.sur()} (AESH) l'a remarqué : {el.fn()} travaille mieux en début de matinée.",
        f"Je vous propose un rendez-vous le {fdate(r)} à {hhmm(r, 16, 18)}, salle Pablo Neruda, avec {el.fn()} si possible.",
        "",
        "Cordialement,",
        f"{pp.ini()}",
    )


def rencontres_creneaux(r, c):
    prof = c.person()
    out = [f"Rencontres parents-professeurs — {fdate(r)} — {prof.civ()} {r.choice([prof.sur, prof.full])()} ({r.choice(SUBJECTS)})",
           f"Salle {r.choice(['B12', '104', 'CDI', 'Pablo Neruda'])} — inscriptions via Ecole Directe", ""]
    rows = []
    t = times(r, r.randint(5, 7), 16, 19)
    for h in t:
        el = c.person()
        par = c.kin(el) if r.random() < 0.5 else None
        rows.append([h, r.choice([el.adm, el.full, el.SUR])(), (par.full() if par else r.choice(["parents", "mère", "père"])),
                     r.choice(["", "", "interprète demandé", "visio Teams", "arrivera en retard"])])
    out += table(r, ["Heure", "Élève", "Parent", "Note"], rows, [8, 26, 24, 18])
    return lines(*out)


def rencontres_message(r, c):
    par, el, prof = c.person(), None, c.person()
    el = c.kin(par)
    spouse = c.kin(par, "m" if par.f else "f")
    return lines(
        f"De : {par.full()} <{par.mail(r)}>",
        f"À : {prof.mail(r, 'ac-exemple.example')}",
        f"Objet : RDV parents-profs — {el.full()} ({r.choice(['5e C', '3e A', '2nde 5'])})",
        "",
        f"Bonjour {prof.civ()} {prof.sur()},",
        f"Je ne pourrai pas venir au créneau de {hhmm(r, 16, 19)}, je travaille jusqu'à 20h. {spouse.e('Ma conjointe', 'Mon conjoint')}, {spouse.fn()}, viendra à ma place.",
        f"{el.fn()} m'a dit qu'{el.e('elle', 'il')} avait des difficultés avec le théorème de Pythagore ; pourriez-vous lui conseiller des exercices ?",
        "",
        "Merci d'avance,",
        f"{par.full()}",
    )


def these_remerciements(r, c):
    dir1, dir2, rap1, rap2, jury, pal = c.person(), c.person(), c.person(), c.person(), c.person(), c.person()
    friends = c.cast(3)
    mum = c.person("f")
    lab = r.choice(["LIRIS", "LIP6", "IRISA", "LAAS", "CRHIA"])
    return lines(
        "REMERCIEMENTS",
        "",
        f"Je tiens d'abord à remercier {r.choice([dir1.full, dir1.ini])()}, qui a dirigé cette thèse avec patience, "
        f"et {dir2.full()}, son co-encadrant{dir2.e('e', '')}, pour nos longues discussions sur l'algorithme de Dijkstra.",
        f"Merci à {rap1.civ()} {rap1.full()} et à {rap2.civ()} {rap2.full()} d'avoir accepté d'être rapporteur{rap2.e('s', 's')} de ce travail, "
        f"ainsi qu'à {jury.full()}, qui a présidé le jury.",
        f"Au laboratoire {lab}, merci à {pal.fn()} pour les pauses café, et à toute l'équipe : "
        + ", ".join(r.choice([p.fn, p.full])() for p in friends) + ".",
        f"Merci à {dir1.fn()} encore, pour m'avoir poussé{r.choice(['', 'e'])} à candidater au prix Nobel junior (c'était une blague, {dir1.fn()}).",
        f"Enfin, merci à ma mère, {mum.fn()}, et à {friends[0].fn()}, sans qui rien n'aurait été possible.",
    )


def these_remerciements_court(r, c):
    dire, team, fam = c.person(), c.cast(r.randint(3, 5)), c.person()
    out = ["Remerciements", "",
           f"Ce mémoire doit beaucoup à {dire.e('ma directrice', 'mon directeur')} de recherche, {dire.civ()} {r.choice([dire.full, dire.sur])()}.",
           "Je remercie les membres de l'équipe qui m'ont accueilli·e :"]
    out += [f"– {r.choice([p.full, p.ini])()}, pour {r.choice(['les données', 'la relecture', 'le code R', 'les entretiens de terrain', 'son soutien'])} ;" for p in team]
    out += [f"et {fam.full()}, pour tout le reste.", "", f"{city(r)}, {r.choice(['septembre', 'décembre', 'juin'])} 2026"]
    return lines(*out)


def parloir_planning(r, c):
    agent = c.person()
    out = [f"{r.choice(['Centre pénitentiaire Paul Valéry', 'Maison d’arrêt Jean Moulin']).replace('Maison', 'maison').replace('Centre', 'centre')} — parloirs famille — {fdate(r)}",
           f"Surveillant{agent.e('e', '')} responsable : {r.choice([agent.SUR, agent.adm])()}", ""]
    rows = []
    for h in times(r, r.randint(4, 6), 8, 17):
        det = c.person()
        v = c.person() if r.random() < 0.6 else c.kin(det)
        rows.append([h, f"{r.randint(100000, 999999)}", det.SUR() if r.random() < 0.5 else det.adm(), r.choice([v.full, v.adm])(), r.choice(["1", "2", "3", "UVF"])])
    out += table(r, ["Heure", "Écrou", "Détenu", "Visiteur", "Box"], rows, [7, 9, 26, 28, 5])
    out.append("")
    out.append("Rappel : permis de visite vérifié à l'accueil famille (SPIP informé des annulations).")
    return lines(*out)


def parloir_permis(r, c):
    v, det, dirp = c.person(), c.person(), c.person()
    return lines(
        "PERMIS DE VISITE",
        "",
        f"Le chef d'établissement {r.choice(['du centre pénitentiaire Paul Valéry', 'de la maison d’arrêt Jean Moulin']).replace('’', chr(39))} autorise :",
        *form_name(r, v),
        f"Lien avec la personne détenue{sep(r)}{r.choice(v.e(['conjointe', 'sœur', 'amie', 'mère'], ['conjoint', 'frère', 'ami', 'père']))}",
        f"à rendre visite à {r.choice([det.adm, det.full])()} (écrou n° {r.randint(100000, 999999)}).",
        "",
        f"Valable jusqu'à nouvel ordre. {v.e('Visiteuse', 'Visiteur')} accompagné{v.e('e', '')} d'un enfant mineur : {c.kin(v).fn()}.",
        f"Pour le chef d'établissement, {dirp.full()}, {dirp.e('directrice adjointe', 'directeur adjoint')}",
    )


def honoraires_convention(r, c):
    av, cl, col = c.person(), c.person(), c.person()
    return lines(
        "CONVENTION D'HONORAIRES",
        "",
        "Entre les soussignés :",
        f"Maître {r.choice([av.full, av.fup])()}, avocat{av.e('e', '')} au barreau {town_of(city(r))}, {addr(r)},",
        "ci-après « l'Avocat »,",
        f"et {civ_name(r, cl)}, demeurant {addr(r)}, ci-après « le Client ».",
        "",
        f"Article 1 — Objet : assistance de {cl.cs()} dans la procédure de {r.choice(['divorce par consentement mutuel', 'licenciement', 'succession', 'bail commercial'])} devant le {r.choice(['JAF', 'conseil de prud’hommes'.replace('’', chr(39)), 'tribunal judiciaire'])}.",
        f"Article 2 — Honoraires : forfait de {euros(r, 1200, 4800)} HT, plus un honoraire de résultat de {r.randint(5, 15)} %.",
        f"Article 3 — Le dossier pourra être suivi par Me {col.full()}, collaborat{col.e('rice', 'eur')} du cabinet.",
        opt(r, 0.5, "Article 4 — Frais : les frais de commissaire de justice sont refacturés au réel."),
        "",
        f"Fait en deux exemplaires {at(city(r))}, le {fdate(r)}.",
        f"L'Avocat : {av.ini()}        Le Client : « lu et approuvé », {r.choice([cl.full, cl.nbsp])()}",
    )


def honoraires_mail(r, c):
    av, cl, adv = c.person(), c.person(), c.person()
    return lines(
        f"De : Me {av.full()} <{av.mail(r, 'avocats-exemple.example')}>",
        f"À : {cl.mail(r)}",
        "Objet : RE: convention d'honoraires + provision",
        "",
        f"{cl.e('Chère Madame', 'Cher Monsieur')},",
        f"Merci pour votre retour. Je vous confirme que la provision de {euros(r, 500, 1500)} couvre la première audience.",
        f"La partie adverse, {adv.civ()} {adv.full()}, est représentée par un confrère ; je lui ai écrit ce matin.",
        f"Ma collaboratrice vous appellera pour fixer un rendez-vous. N'oubliez pas la copie du bail.",
        "",
        "Bien à vous,",
        f"{av.full()}",
        f"{av.e('Avocate', 'Avocat')} au barreau",
        "",
        f"> Le {sdate(r)}, {cl.full()} a écrit :",
        f"> Maître, je signe la convention ; pouvez-vous me dire si la provision inclut l'audience ? {cl.fn()}",
    )


def mediation_rapport(r, c):
    med, a, b, cw = c.person(), c.person(), c.person(), c.person()
    kind = r.choice(["conflit de voisinage", "différend entre associés", "conflit au travail", "médiation familiale"])
    return lines(
        f"Rapport de médiation — {kind}",
        f"Médiat{med.e('rice', 'eur')}{sep(r)}{med.full()}, médiat{med.e('rice', 'eur')} inscrit{med.e('e', '')} près la cour d'appel",
        f"Parties{sep(r)}{civ_name(r, a)} et {civ_name(r, b)}",
        "",
        f"Trois séances se sont tenues ({', '.join(dates(r, 3))}) dans les locaux de la maison de la justice, salle Pablo Neruda.",
        f"{a.cs()} a exprimé un sentiment de mépris ; {b.cs()} a reconnu avoir {r.choice(['haussé le ton', 'garé son véhicule devant le portail', 'retardé les paiements'])}.",
        f"À la deuxième séance, {a.fn()} et {b.fn()} ont accepté la présence {of(cw.full())}, {r.choice(['voisine', 'comptable', 'collègue', 'ami de la famille'])}, comme tiers.",
        r.choice([f"Un accord a été trouvé ; il sera signé le {sdate(r)}.", "Aucun accord n'a pu être trouvé ; les parties sont renvoyées devant le juge."]),
        "",
        f"{med.ini()}",
    )


def mediation_accord(r, c):
    med, a, b = c.person(), c.person(), c.person()
    return lines(
        "PROTOCOLE D'ACCORD DE MÉDIATION",
        "",
        f"Entre {r.choice([a.adm, a.full])()}, d'une part, et {r.choice([b.adm, b.full])()}, d'autre part,",
        f"sous l'égide de {med.civ()} {med.full()}, médiat{med.e('rice', 'eur')}.",
        "",
        f"1. {a.cs()} s'engage à {r.choice(['tailler la haie mitoyenne avant le 30 avril', 'verser la somme de 1 200 € en trois fois', 'ne plus contacter les clients du cabinet'])}.",
        f"2. {b.cs()} renonce à toute action pour les faits antérieurs au {sdate(r)}.",
        f"3. Les parties se reverront avec {med.fn()} dans six mois si besoin.",
        "",
        f"Signatures : {a.ii()} — {b.ii()} — {med.ii()}",
    )


def inspection_lettre(r, c):
    insp, dg, sal, drh = c.person(), c.person(), c.person(), c.person()
    return lines(
        f"DREETS — unité de contrôle {r.randint(1, 9)} — section {r.randint(1, 20)}",
        f"Affaire suivie par : {r.choice([insp.full, insp.ini])()}, inspect{insp.e('rice', 'eur')} du travail",
        "",
        f"{r.choice(['SAS Transports Rapides', 'SARL Boulangerie du Port', 'Entreprise Bâti-Sud'])}",
        f"À l'attention de {civ_name(r, dg)}, gérant{dg.e('e', '')}",
        "",
        "Objet : lettre d'observations suite au contrôle du " + sdate(r),
        "",
        f"{dg.civl()},",
        f"Lors de ma visite, en présence de {drh.civ()} {drh.full()} (RRH), j'ai constaté l'absence de document unique à jour.",
        f"{sal.civ()} {sal.sur()}, {r.choice(['cariste', 'chauffeur', 'commis'])}, m'a indiqué ne pas avoir reçu de formation CACES depuis {r.randint(2015, 2021)}.",
        f"Je vous demande de me transmettre sous un mois le registre du personnel et l'attestation de formation {of(sal.full())}.",
        "",
        "Veuillez agréer l'expression de mes salutations distinguées.",
        f"{r.choice([insp.full, insp.nbsp])()}",
    )


def inspection_mail_rh(r, c):
    drh, dg, insp = c.person(), c.person(), c.person()
    staff = c.cast(3)
    return lines(
        f"De : {drh.full()}",
        f"À : {dg.full()}",
        f"Objet : visite inspection du travail — suite",
        "",
        f"{dg.fn()},",
        f"{insp.e('Mme', 'M.')} {insp.sur()} (inspection du travail) est repassé{insp.e('e', '')} ce matin. Points à régler :",
        f"- le CACES {of(staff[0].full())} est expiré ;",
        f"- les fiches d'exposition {of(staff[1].fn())} et {staff[2].fn()} manquent ;",
        "- le registre unique du personnel doit être tenu à jour (logiciel SAP).",
        f"Je relance le SPST pour la visite {of(staff[1].sur())}.",
        "",
        f"{drh.fn()}",
    )


def medtravail_convocation(r, c):
    sal, doc, rh = c.person(), c.person(), c.person()
    return lines(
        f"SPST {r.choice(['Interentreprises Santé Travail', 'AST Ouest', 'ACMS'])} — {addr(r)}",
        "",
        "CONVOCATION",
        f"{r.choice(['Visite d’information et de prévention', 'Visite de reprise', 'Visite périodique', 'Visite de pré-reprise']).replace('’', chr(39))}",
        "",
        *form_name(r, sal),
        f"Employeur{sep(r)}{r.choice(['SARL Les Délices', 'Transports Rapides', 'Clinique du Parc'])} (contact : {rh.full()})",
        f"Date{sep(r)}{fdate(r)} à {hhmm(r, 8, 17)}",
        f"Professionnel de santé : Dr {doc.full()} (médecin du travail)",
        "",
        "Apportez vos lunettes, vos ordonnances et votre carnet de vaccination (article L. 4624-2).",
        opt(r, 0.5, f"En cas d'empêchement, prévenez {rh.fn()} au service RH."),
    )


def medtravail_planning(r, c):
    doc, ist = c.person(), c.person()
    out = [f"Planning consultations — {fdate(r)} — Dr {doc.sur()} / IDEST {ist.full()}", ""]
    rows = []
    for h in times(r, r.randint(5, 7), 8, 17):
        p = c.person()
        rows.append([h, r.choice([p.ADMX, p.adm, p.SUR])(), r.choice(["VIP", "reprise", "périodique", "pré-reprise", "aptitude CACES"]),
                     r.choice([doc.ii(), "IDEST"])])
    out += table(r, ["Heure", "Salarié", "Type", "Par"], rows, [7, 28, 14, 8])
    out += ["", f"Absent la semaine prochaine : Dr {doc.sur()} — report des visites de reprise vers le Dr {c.person().full()}."]
    return lines(*out)


def at_declaration(r, c):
    vic, wit, mgr, rh = c.person(), c.person(), c.person(), c.person()
    day = sdate(r)
    return lines(
        "DÉCLARATION D'ACCIDENT DU TRAVAIL (à transmettre sous 48 h — net-entreprises)",
        "",
        "VICTIME",
        *form_name(r, vic),
        f"Emploi{sep(r)}{r.choice(['Cariste', 'Commis', 'Chauffeur', 'Plongeur', 'agent d’entretien'.replace('’', chr(39))])}    Ancienneté : {r.randint(1, 20)} ans",
        "",
        "ACCIDENT",
        f"Date et heure{sep(r)}{day} à {hhmm(r, 6, 20)}",
        f"Circonstances : en déchargeant une palette, {vic.fn()} a glissé sur le quai mouillé ; chute sur l'épaule gauche.",
        f"Témoin{sep(r)}{r.choice([wit.full, wit.adm])()}, {r.choice(['collègue', 'intérimaire', 'chef d’équipe'.replace('’', chr(39))])}",
        f"Premier témoin informé de l'employeur : {mgr.full()} (chef d'équipe), à {hhmm(r, 6, 20)}",
        "",
        f"Déclaration établie par {rh.civ()} {rh.full()}, RRH, le {day}.",
    )


def at_temoignage(r, c):
    wit, vic, mgr = c.person(), c.person(), c.person()
    return lines(
        f"De : {wit.full()} <{wit.mail(r)}>",
        f"À : {mgr.mail(r)}",
        "Objet : témoignage accident de ce matin",
        "",
        f"Bonjour {mgr.fn()},",
        f"Comme demandé, voici ce que j'ai vu. Vers {hhmm(r, 6, 12)}, {vic.fn()} est monté{vic.e('e', '')} sur l'escabeau pour attraper les cartons du haut.",
        f"L'escabeau a basculé et {vic.e('elle', 'il')} est tombé{vic.e('e', '')} sur le dos. J'ai appelé le 15, {vic.full()} était conscient{vic.e('e', '')}.",
        f"{r.choice([mgr.fn, mgr.full])()}, je pense qu'il faut vraiment changer ces escabeaux, c'est la deuxième fois.",
        "",
        f"{wit.fn()}",
        opt(r, 0.5, f"PS : {vic.fn()} m'a écrit de l'hôpital Édouard Herriot, rien de cassé."),
    )


def designation_lettre(r, c):
    sec, ds, dg = c.person(), c.person(), c.person()
    union = r.choice(["CGT", "CFDT", "FO", "UNSA", "SUD"])
    return lines(
        f"Syndicat {union} {r.choice(['Commerce', 'Transports', 'Santé Privée', 'Métallurgie'])} — Union départementale",
        "",
        f"À {civ_name(r, dg)}, {dg.e('Directrice générale', 'Directeur général')}",
        "Lettre recommandée avec AR",
        "",
        "Objet : désignation d'un délégué syndical",
        "",
        f"{dg.civl()},",
        f"Nous avons l'honneur de vous informer que le syndicat {union} désigne {civ_name(r, ds)}, "
        f"{r.choice(['préparateur de commandes', 'technicien', 'employé administratif', 'Cadre', 'ETAM'])}, en qualité de délégué{ds.e('e', '')} syndical{ds.e('e', '')} au sein de votre établissement {town_of(city(r))}.",
        f"{ds.cs()} a recueilli {r.randint(10, 45)} % des suffrages au premier tour des élections du CSE.",
        "Une copie de la présente est adressée à l'inspection du travail.",
        "",
        f"Pour le syndicat, {sec.full()}, secrétaire{' ' + sec.e('générale', 'général')}",
    )


def designation_mail(r, c):
    ds, old, rh = c.person(), c.person(), c.person()
    return lines(
        f"De : {rh.full()} (RRH)",
        "À : liste-managers",
        "Objet : nouveau délégué syndical",
        "",
        "Bonjour à tous,",
        f"Pour information, {ds.full()} a été désigné{ds.e('e', '')} délégué{ds.e('e', '')} syndical{ds.e('e', '')} {r.choice(['CFDT', 'CGT', 'FO'])} en remplacement {of(old.full())}, parti{old.e('e', '')} en retraite.",
        f"{ds.fn()} dispose de {r.randint(12, 24)} heures de délégation par mois ; merci d'en tenir compte dans les plannings.",
        f"Les bons de délégation {of(old.sur())} sont archivés.",
        "",
        f"{rh.fn()}",
    )


def greve_preavis(r, c):
    sig = c.cast(r.randint(2, 3))
    dg = c.person()
    return lines(
        "PRÉAVIS DE GRÈVE",
        "",
        f"À {civ_name(r, dg)}, {dg.e('Directrice', 'Directeur')}",
        "",
        f"Les organisations syndicales {r.choice(['CGT et SUD', 'CFDT et UNSA', 'FO'])} déposent un préavis de grève pour le {fdate(r)} de 0 h à 24 h,",
        f"concernant l'ensemble des personnels du {r.choice(['CHU Charles Nicolle', 'dépôt de bus', 'centre de tri', 'hôpital Édouard Herriot'])}.",
        "Revendications : revalorisation de la prime de nuit, remplacement des départs, respect des plannings.",
        "",
        "Les signataires :",
        *[f"  {r.choice([p.full, p.adm])()}, {r.choice(['Délégué syndical', 'secrétaire du CSE', 'élu CSSCT'])}" for p in sig],
    )


def greve_roster(r, c):
    chef = c.person()
    out = [f"Service {r.choice(['logistique', 'restauration', 'nettoyage', 'accueil'])} — déclarations individuelles de grève (48 h avant) — {sdate(r)}",
           f"Relevé par : {chef.full()}", ""]
    rows = []
    for p in c.cast(r.randint(5, 8)):
        rows.append([r.choice([p.adm, p.SUR, p.full])(), r.choice(["grève", "grève", "grève 2h", "non gréviste", "absent"]), r.choice(["matin", "soir", "journée"])])
    out += table(r, ["Agent", "Statut", "Poste"], rows, [32, 16, 10])
    out += ["", f"Réquisition : {c.doc_people[2].full()} (service minimum)."]
    return lines(*out)


def caveau_livre_or(r, c):
    out = [f"Livre d'or — caveau {r.choice(['du Domaine des Trois Chênes', 'Château Les Vignals', 'de la Cave Coopérative'])}", ""]
    for p in c.cast(r.randint(4, 6)):
        sig = r.choice([p.full, p.fn, p.abbr, p.full])()
        msg = r.choice(["Super accueil, le Merlot est une merveille !", "Merci pour la visite des chais, on reviendra.",
                        "Excellent Viognier. Bravo à l'équipe.", "Dégustation au top, le Muscat pour l'apéro de Noël !",
                        "Merci de nous avoir fait goûter le Gamay en primeur.", "Un moment hors du temps."])
        out.append(f"{sdate(r)} — {msg} {sig}" + r.choice(["", f" ({city(r)})", " et famille", " 🍷"]))
    guide = c.person()
    out += ["", f"(mot laissé pour {guide.fn()}, notre guide : « {guide.fn()}, tu es la meilleure ! »)" if guide.f
            else f"(mot laissé pour {guide.fn()}, notre guide : « merci {guide.fn()} pour tes explications ! »)"]
    return lines(*out)


def caveau_registre(r, c):
    host = c.person()
    out = [f"Registre des visites et dégustations — {fdate(r)} — accueil : {host.fn()}", ""]
    rows = []
    for p in c.cast(r.randint(5, 7)):
        rows.append([hhmm(r, 10, 18), r.choice([p.full, p.adm, p.abbr])(), str(r.randint(1, 8)),
                     r.choice(["dégustation", "visite + dégustation", "achat", "CE Manpower"]), euros(r, 0, 420)])
    rows.sort(key=lambda row: row[0])
    out += table(r, ["Heure", "Nom", "Pers.", "Formule", "Achat"], rows, [7, 28, 6, 22, 10])
    out += ["", f"Commande à expédier : 12 Sauvignon pour {c.doc_people[2].full()} — transporteur Chronopost."]
    return lines(*out)


def camping_arrivees(r, c):
    rec = c.person()
    out = [f"Camping Les Mimosas ★★★ — réservations saison 2026 (extrait du {sdate(r, 2025)}) — réception : {rec.fn()}", ""]
    rows = []
    for p in c.cast(r.randint(5, 7)):
        a, b = span(r, 2, 14)
        rows.append([f"{r.choice(['E', 'P', 'M'])}{r.randint(1, 90)}", r.choice([p.adm, p.SUR, p.full, p.ADMX])(), f"{a} → {b}",
                     f"{r.randint(1, 6)} pers.", r.choice(["tente", "camping-car", "mobil-home", "van", "caravane"])])
    out += table(r, ["Empl.", "Client", "Séjour", "Pers.", "Type"], rows, [7, 30, 26, 9, 12])
    out += ["", f"Note : {c.doc_people[1].cs()} demande un emplacement à l'ombre, près de l'étang Saint-Nicolas."]
    return lines(*out)


def camping_mail(r, c):
    cl, rec = c.person(), c.person()
    kid = c.kin(cl)
    a, b = span(r, 3, 14)
    return lines(
        f"De : {cl.full()} <{cl.mail(r)}>",
        f"À : {E('accueil@camping-mimosas.example')}",
        f"Objet : Réservation {a} - {b}",
        "",
        "Bonjour,",
        f"Nous arrivons le {a} vers 22h, est-ce possible de récupérer les clés tard ? Nous serons 2 adultes et notre fils {kid.fn()} ({r.randint(3, 14)} ans).",
        f"La réservation est au nom {of(cl.adm())}. Le chien est vacciné.",
        "",
        "Merci,",
        f"{cl.fn()}",
        "",
        f"--- Réponse {of(rec.full())} (réception) ---",
        f"Bonjour {cl.civ()} {cl.sur()}, pas de souci, une enveloppe à votre nom sera dans la boîte près de la barrière. Bonnes vacances à {kid.fn()} !",
    )


def port_titulaires(r, c):
    cap = c.person()
    out = [f"Port {r.choice(['Vauban', 'de plaisance du Crouesty', 'de la Lune'])} — liste des titulaires d'anneaux annuels — ponton {r.choice('ABCDE')}", ""]
    rows = []
    for p in c.cast(r.randint(5, 7)):
        boat = r.choice(NEG_BOATS + ["Kenavo", "Alizé II", "Ti Punch", "Sirocco", "Albatros"])
        rows.append([f"{r.choice('ABCDE')}{r.randint(1, 60):02d}", r.choice([p.adm, p.SUR, p.full])(), boat, f"{r.randint(6, 14)},{r.randint(0, 9)} m", sdate(r, 2027)])
    out += table(r, ["Place", "Titulaire", "Bateau", "Long.", "Échéance"], rows, [7, 30, 20, 8, 12])
    out += ["", f"Capitaine de port : {cap.full()} — capitainerie Jacques Cœur, VHF 9."]
    return lines(*out)


def port_courrier(r, c):
    cap, own, heir = c.person(), c.person(), c.person()
    boat = r.choice(NEG_BOATS + ["Kenavo", "Sirocco"])
    return lines(
        "CAPITAINERIE — Port Vauban",
        "",
        f"{civ_name(r, own)}",
        f"{addr(r)}",
        "",
        f"Objet : amarrage du voilier « {boat} » — place {r.choice('ABCDE')}{r.randint(1, 60)}",
        "",
        f"{own.civl()},",
        f"Lors de la ronde du {sdate(r)}, nos agents ont constaté que les amarres de votre voilier étaient usées. "
        f"Nous avons prévenu {heir.full()}, que vous aviez désigné{heir.e('e', '')} comme contact local.",
        "Nous vous rappelons que la liste d'attente compte plus de 400 demandes ; un anneau inoccupé deux saisons est réattribué.",
        "",
        f"{cap.full()}, capitaine de port",
    )


def jardins_liste(r, c):
    pres = c.person()
    out = [f"Association des jardins familiaux {town_of(city(r))} — attribution des parcelles {r.randint(2026, 2027)}", ""]
    for i, p in enumerate(c.cast(r.randint(6, 8)), 1):
        out.append(f"Parcelle {i:02d} ({r.randint(80, 200)} m²) : {r.choice([p.full, p.adm, p.inv])()}" + r.choice(["", "", " — cabane à repeindre", " — composteur partagé", " — nouveau"]))
    wait = c.cast(2)
    out += ["", f"Liste d'attente : {wait[0].full()}, {wait[1].full()}.", f"Le président, {pres.full()}"]
    return lines(*out)


def jardins_cr(r, c):
    pres, sec = c.person(), c.person()
    a, b, d = c.person(), c.person(), c.person()
    return lines(
        f"Compte rendu — réunion des jardiniers du {sdate(r)}",
        f"Présents : {pres.full()} (président{pres.e('e', '')}), {sec.full()}, {a.full()}, {b.full()}, {d.abbr()}",
        "",
        f"1. Eau : le compteur de l'allée {r.choice('ABC')} fuit ; {a.fn()} appelle la mairie.",
        f"2. Vol d'outils dans la cabane {of(b.fn())} ; plainte déposée.",
        f"3. Les rosiers de {d.cs()} débordent sur le chemin : tailler avant la Pentecôte.",
        "4. Bourse aux plants : dahlias, tomates « cœur de bœuf », pierre de Bourgogne pour les bordures.",
        "",
        f"Prochaine réunion le {sdate(r)}. Rédigé par {sec.fn()}.",
    )


def peche_carte(r, c):
    p = c.person()
    pres = c.person()
    return lines(
        f"AAPPMA « La Truite de {r.choice(['l’Yonne', 'la Vienne', 'l’Ill', 'la Sèvre'])}".replace("’", "'") + "» — carte de pêche 2026",
        "",
        *form_name(r, p),
        f"Né{p.e('e', '')} le{sep(r)}{sdate(r, r.randint(1950, 2010))}",
        f"Carte{sep(r)}{r.choice(['Personne majeure', 'Découverte femme', 'Mineure', 'Interfédérale'])} — {euros(r, 20, 110)}",
        f"Espèces : brochet, sandre, perche (no-kill sur le réservoir).",
        opt(r, 0.5, f"Garde-pêche référent : {c.person().full()}"),
        "",
        f"Le président de l'AAPPMA, {pres.full()}",
    )


def chasse_battue(r, c):
    chef = c.person()
    hunters = c.cast(r.randint(5, 7))
    out = [f"ACCA {town_of(city(r))} — battue au sanglier du {sdate(r)}",
           f"Responsable de battue : {r.choice([chef.full, chef.adm])()}", "", "Postés :"]
    for i, h in enumerate(hunters, 1):
        out.append(f"  poste {i} : {r.choice([h.full, h.sur, h.adm])()}" + r.choice(["", "", " (traqueur)", " (chien)", " — gilet orange oublié"]))
    out += ["", f"Tableau : {r.randint(0, 4)} sangliers. Venaison partagée chez {hunters[0].fn()}. Sécurité : {hunters[1].cs()} a tiré hors angle, rappel à l'ordre."]
    return lines(*out)


def casting_notes(r, c):
    ms = c.person()
    out = [f"Compagnie {r.choice(['Les Tréteaux du Sud', 'Théâtre de la Lune', 'La Boîte à Sel'])} — casting « {r.choice(['La Cerisaie', 'Le Misanthrope', 'Les Bonnes', 'Huis clos'])} »",
           f"Notes {of(ms.full())} (metteu{ms.e('se', 'r')} en scène) — {sdate(r)} — théâtre Jean Vilar", ""]
    for p in c.cast(r.randint(4, 6)):
        out.append(f"• {r.choice([p.full, p.FULLUP, p.adm])()} — {r.choice(['très juste, voix grave', 'trop dans le texte', 'belle présence, à rappeler', 'sort du Conservatoire, timide', 'drôle, à revoir pour le rôle du valet'])}"
                   + r.choice(["", f" ; {p.fn()} dispo en mai", " ; agent : à contacter"]))
    out += ["", f"Callback : {c.doc_people[1].fn()}, {c.doc_people[2].fn()}. Nommé·e au prix Molière de la révélation : à mentionner dans le dossier."]
    return lines(*out)


def casting_distribution(r, c):
    ms = c.person()
    roles = r.sample([("Le père", "m"), ("La mère", "f"), ("Le notaire", "m"), ("La servante", "f"), ("Le fils", "m"),
                      ("L'étrangère", "f"), ("Le voisin", "m"), ("La tante", "f")], 5)
    out = [f"DISTRIBUTION — « {r.choice(['Retour au pays', 'La Noce', 'Le Jardin d’hiver'])} » — mise en scène {ms.full()}", ""]
    for role, sex in roles:
        p = c.person(sex)
        out.append(f"{role:<12}{r.choice([p.full, p.FULLUP])()}")
    out += ["", f"Lumières : {c.person().full()}    Costumes : {c.person().abbr()}",
            f"Répétitions à partir du {sdate(r)}, salle Pablo Neruda."]
    return lines(*out)


DANCES = ["« Valse des fleurs »", "« Hip-hop Kids »", "« Boléro »", "« Danse des canards »", "« Contemporain 2 »",
          "« Jazz ados »", "« Barre au sol »", "« Flamenco débutants »", "« Modern'jazz adultes »"]


def gala_programme(r, c):
    dir_ = c.person()
    out = [f"GALA DE FIN D'ANNÉE — école de danse {r.choice(['Arabesque', 'Pas de Deux', 'Studio 54bis'])}",
           f"{fdate(r)} — théâtre Jean Vilar — direction artistique : {dir_.full()}", ""]
    for n, d in enumerate(r.sample(DANCES, r.randint(3, 4)), 1):
        prof = c.person()
        kids = c.cast(r.randint(2, 4))
        out.append(f"{n}. {d} — chorégraphie {r.choice([prof.full, prof.fn])()}")
        out.append("   avec " + ", ".join(r.choice([k.full, k.fn, k.abbr])() for k in kids))
    out += ["", "Entracte : buvette tenue par les parents (crêpes, pêche Melba, tarte Tatin). Photos : pas de flash ; retouches Photoshop par le club photo.",
            f"Remerciements à {c.person().full()} pour les costumes."]
    return lines(*out)


def gala_mail(r, c):
    prof, par = c.person(), c.person()
    kid = c.kin(par, "f")
    return lines(
        f"De : {prof.full()} <{prof.mail(r)}>",
        "À : parents-groupe-jazz",
        "Objet : Gala — répétition générale + costumes",
        "",
        "Bonjour à tous,",
        f"La générale aura lieu samedi à 14h au théâtre Jean Vilar. Les filles passent en 3e position, juste après le groupe {of(c.person().full())}.",
        f"Costumes : justaucorps noir + jupe rose (fournie). {par.civ()} {par.sur()}, merci encore d'avoir cousu les jupes !",
        f"{kid.fn()} a la danse solo de fin, on croise les doigts 🤞",
        "",
        f"{prof.fn()}",
    )


def photo_bon(r, c):
    cl, ph = c.person(), c.person()
    kids = [c.kin(cl) for _ in range(r.randint(1, 2))]
    out = [f"Studio {r.choice(['Lumen', 'Focale 50', 'Argentique & Co'])} — bon de commande n° {r.randint(1000, 9999)}",
           f"Client{sep(r)}{civ_name(r, cl)} — {phone(r)}",
           f"Séance{sep(r)}{r.choice(['portrait famille', 'photo d’identité'.replace('’', chr(39)), 'naissance', 'book comédien'])} le {sdate(r)} avec {ph.fn()}", ""]
    rows = [[r.choice(["tirage 13x18", "tirage 30x40", "fichiers HD", "album 20 pages", "planche identité"]), str(r.randint(1, 10)), euros(r, 5, 180)] for _ in range(r.randint(2, 4))]
    out += table(r, ["Article", "Qté", "Prix"], rows, [20, 5, 10])
    out += ["", f"Sur les photos : {', '.join(k.fn() for k in kids)}. Retouche Lightroom demandée (fond gris).",
            f"Photographe : {ph.full()}"]
    return lines(*out)


def photo_shotlist(r, c):
    b, g = c.person("f"), c.person("m")
    wit = c.cast(2)
    mb = c.kin(b)
    mg = c.kin(g)
    return lines(
        f"Shot list — mariage {b.fn()} & {g.fn()} — {fdate(r)}",
        "Matériel : Canon R5 + Nikon Z6 (second boîtier)",
        "",
        f"☐ Préparatifs {of(b.fn())} chez {mb.full()} (mère de la mariée)",
        f"☐ Préparatifs {of(g.fn())} — boutons de manchette offerts par {mg.fn()}",
        f"☐ Mairie : témoins {wit[0].full()} et {wit[1].full()}",
        f"☐ Photo de groupe famille {b.sur()} puis famille {g.SUR()}",
        "☐ Couple au coucher du soleil (parc de Fontainebleau)",
        f"☐ Discours {of(wit[0].fn())} (attention : parle vite)",
        opt(r, 0.6, f"☐ Ne PAS photographier l'oncle {c.person().fn()} (demande {of(b.fn())})"),
    )


def assmat_contrat(r, c):
    am, par, child = c.person("f"), c.person(), None
    child = c.kin(par)
    return lines(
        "CONTRAT DE TRAVAIL — ASSISTANTE MATERNELLE AGRÉÉE (convention collective des particuliers employeurs)",
        "",
        "Employeur :",
        *form_name(r, par),
        f"Adresse{sep(r)}{addr(r)}",
        "",
        "Salariée :",
        f"{civ_name(r, am)}, agrément PMI n° {r.randint(10000, 99999)} du {sdate(r, r.randint(2012, 2024))}",
        "",
        f"Enfant accueilli : {child.full()}, né{child.e('e', '')} le {sdate(r, 2025)}",
        f"Accueil : {r.choice(['lundi au vendredi', 'lundi, mardi, jeudi'])}, {hhmm(r, 7, 9)} – {hhmm(r, 17, 19)} ; 46 semaines ; déclaration Pajemploi.",
        f"Salaire horaire brut : {euros(r, 3, 5)} ; indemnité d'entretien : {euros(r, 3, 5)} / jour.",
        opt(r, 0.6, f"Personne autorisée à venir chercher l'enfant : {c.person().full()} (grand-parent)."),
        "",
        f"Signatures : {par.full()} — {am.full()}",
    )


def assmat_cahier(r, c):
    am, child = c.person("f"), c.person()
    mom = c.kin(child, "f")
    other = c.person()
    d = dates(r, 3)
    return lines(
        f"Cahier de liaison {of(child.fn())} — chez Nounou {am.fn()}",
        "",
        f"{d[0]} ({am.fn()}) : bonne journée, sieste 1h30. A joué avec {other.fn()} (l'autre petit accueilli). Couches : il en reste 4 !",
        f"{d[0]} ({mom.fn()}) : merci ! je les apporte demain. Papa vient {child.e('la', 'le')} chercher à 17h.",
        f"{d[1]} ({am.fn()}) : un peu de fièvre (38,2), j'ai appelé {mom.fn()} à 15h. Doliprane donné selon l'ordonnance.",
        f"{d[2]} ({am.fn()}) : sortie au parc avec la RAM, {child.fn()} a adoré les canards.",
        opt(r, 0.5, f"{d[2]} ({mom.fn()}) : n'oubliez pas, la PMI passe le {sdate(r)} pour votre renouvellement d'agrément."),
    )


def essai_delegation(r, c):
    pi, arc = c.person(), c.person()
    out = [f"Essai {r.choice(['PHRC-2025-014', 'ONCO-ABX-301 (promoteur Sanofi)', 'CARDIO-HF-22 (promoteur Servier)', 'DERM-07 (promoteur Pierre Fabre)'])} — centre n° {r.randint(1, 40):02d} — {r.choice(['CHU Charles Nicolle', 'hôpital Édouard Herriot', 'Institut Curie'])}",
           f"Investigateur principal : Pr {r.choice([pi.full, pi.SUR])()}", "", "REGISTRE DE DÉLÉGATION DES TÂCHES", ""]
    rows = []
    for p in c.cast(r.randint(4, 6)):
        rows.append([r.choice([p.full, p.adm])(), r.choice(["Co-investigateur", "TEC", "IDE recherche", "Pharmacien", "ARC"]),
                     r.choice(["consentement, examens", "saisie eCRF", "randomisation", "dispensation", "prélèvements"]), sdate(r), pi.ii()])
    out += table(r, ["Nom", "Fonction", "Tâches", "Début", "Visa IP"], rows, [28, 18, 24, 12, 8])
    out += ["", f"Moniteur (ARC promoteur) : {arc.full()} — saisie REDCap vérifiée."]
    return lines(*out)


def essai_monitoring(r, c):
    arc, pi, tec, sub = c.person(), c.person(), c.person(), c.person()
    return lines(
        f"Rapport de visite de monitoring n° {r.randint(2, 12)} — {sdate(r)}",
        f"ARC{sep(r)}{arc.full()}    Rencontrés : Dr {pi.full()} (investigateur), {tec.full()} (TEC)",
        "",
        f"- Patient 0{r.randint(10, 99)} : consentement signé par le Dr {sub.sur()} alors qu'{sub.e('elle', 'il')} ne figure pas au registre de délégation. Action : {pi.sur()} régularise.",
        f"- {tec.fn()} a corrigé {r.randint(2, 15)} queries dans Medidata.",
        f"- Score sur l'échelle de Glasgow manquant pour un patient ; {tec.fn()} recherche le dossier source.",
        "",
        f"Prochaine visite : {sdate(r)}. Copie : Dr {sub.full()}.",
    )


def haccp_plan(r, c):
    resp = c.person()
    out = [f"Restaurant {r.choice(['Le Bistrot du Port', 'La Table d’Anna'.replace('’', chr(39)), 'Le Comptoir'])} — plan de nettoyage HACCP — semaine {r.randint(1, 52)}",
           f"Responsable qualité : {resp.full()}", ""]
    staff = c.cast(r.randint(3, 5))
    rows = []
    for zone in r.sample(["chambre froide", "plans de travail", "trancheuse", "hotte", "sols cuisine", "plonge", "friteuse"], 5):
        p = r.choice(staff)
        rows.append([zone, r.choice(["quotidien", "hebdo", "après service"]), r.choice([p.ii, p.fn, p.abbr])(), r.choice(["OK", "OK", "OK", "à refaire"])])
    out += table(r, ["Zone", "Fréquence", "Opérateur", "Contrôle"], rows, [18, 14, 16, 10])
    out += ["", f"Produit : détergent Kärcher dilué 2 %. Visa : {resp.ii()}"]
    return lines(*out)


def haccp_nc(r, c):
    chef, com, resp = c.person(), c.person(), c.person()
    found, closed = dates(r, 2)
    return lines(
        f"FICHE DE NON-CONFORMITÉ — {found}",
        f"Détectée par{sep(r)}{r.choice([chef.full, chef.adm])()} (Chef de rang)",
        f"Description : température chambre froide positive à {r.randint(6, 9)} °C à l'ouverture ; DLC de deux barquettes de sauce béchamel dépassée.",
        f"Action immédiate : produits jetés par {com.fn()} (Commis), photo jointe.",
        f"Action corrective : appel du frigoriste ; {com.cs()} relève désormais la température à 8 h et 15 h.",
        f"Clôturée par {resp.full()} le {closed}.",
    )


def caces_registre(r, c):
    resp = c.person()
    out = [f"Registre des autorisations de conduite — entrepôt {town_of(city(r))}",
           f"Tenu par : {resp.full()}, responsable logistique", ""]
    rows = []
    for p in c.cast(r.randint(5, 7)):
        rows.append([r.choice([p.ADMX, p.adm, p.SUR])(), r.choice(["R489 cat. 1A", "R489 cat. 3", "R489 cat. 5", "R486 (PEMP)", "R485"]),
                     sdate(r, r.randint(2021, 2026)), r.choice(["apte", "apte", "apte avec réserve", "visite à prévoir"]), r.choice(["Fenwick E16", "Linde H25", "gerbeur"])])
    out += table(r, ["Cariste", "CACES", "Date", "Aptitude", "Engin"], rows, [28, 16, 12, 20, 12])
    out += ["", f"Autorisations signées par la direction ({c.person().ii()}). Le CACES {of(c.doc_people[2].sur())} expire dans un mois."]
    return lines(*out)


def caces_mail(r, c):
    resp, sal, trainer = c.person(), c.person(), c.person()
    return lines(
        f"De : {resp.full()}",
        f"À : {sal.mail(r, 'entrepot-exemple.example')}",
        f"Cc : {trainer.mail(r, 'formation.example')}",
        "Objet : recyclage CACES R489",
        "",
        f"Bonjour {sal.fn()},",
        f"Ton CACES arrive à échéance le {sdate(r)}. Je t'ai inscrit{sal.e('e', '')} au recyclage avec {trainer.full()} les {sdate(r)} et {sdate(r)}.",
        "En attendant, tu restes autorisé(e) sur le Fenwick mais pas sur le gerbeur.",
        "",
        f"{resp.fn()}",
    )


def phishing_resultats(r, c):
    rssi = c.person()
    out = [f"Campagne de sensibilisation « {r.choice(['Colis en attente', 'Prime exceptionnelle', 'Mise à jour Microsoft 365'])} » — résultats — {sdate(r)}",
           f"Outil : {r.choice(['GoPhish', 'KnowBe4', 'Proofpoint'])} — pilotée par {rssi.full()} (RSSI)", ""]
    rows = []
    for p in c.cast(r.randint(5, 8)):
        rows.append([r.choice([p.full, p.adm, p.inv])(), r.choice(["Compta", "Ventes", "RH", "Logistique", "DSI", "Direction"]),
                     r.choice(["ouvert", "cliqué", "identifiants saisis", "signalé", "ignoré"])])
    out += table(r, ["Collaborateur", "Service", "Résultat"], rows, [30, 12, 22])
    out += ["", f"Les personnes ayant saisi leurs identifiants suivent un module de 20 min. Bravo à {c.doc_people[3].fn()} qui a signalé le mail en 2 minutes."]
    return lines(*out)


def phishing_mail(r, c):
    rssi, dg, clicker = c.person(), c.person(), c.person()
    return lines(
        f"De : {rssi.full()} (RSSI)",
        f"À : {dg.full()}",
        "Objet : bilan simulation phishing — confidentiel",
        "",
        f"{dg.fn()},",
        f"Taux de clic : {r.randint(8, 35)} %. Point d'attention : {clicker.full()} ({r.choice(['comptabilité', 'paie', 'achats'])}) a saisi son mot de passe deux fois ; je l'ai réinitialisé.",
        f"Je propose une session de sensibilisation en présentiel avec {clicker.fn()} et son équipe, sans les pointer du doigt.",
        "Le mail piège imitait une « prime exceptionnelle » : preuve que ça marche…",
        "",
        f"{rssi.fn()}",
    )


def git_log(r, c):
    devs = c.cast(r.randint(3, 4))
    # one address per author, as a Git configuration keeps it
    addr_of = {id(d): d.mail(r, 'dev.example') for d in devs}
    out = []
    msgs = ["fix: arrondi TVA sur les avoirs", "feat: export CSV des commandes", "chore: bump Jenkins agent", "docs: README installation",
            "refactor: extraction du module paiement", "fix(api): timeout sur /orders", "test: cas limite date de naissance", "ci: cache GitLab"]
    for m in r.sample(msgs, r.randint(4, 6)):
        d = r.choice(devs)
        co = r.choice([x for x in devs if x is not d]) if r.random() < 0.3 else None
        out += [f"commit {''.join(r.choice('0123456789abcdef') for _ in range(40))}",
                f"Author: {d.full()} <{addr_of[id(d)]}>",
                f"Date:   {r.choice(['Mon', 'Tue', 'Wed', 'Thu', 'Fri'])} {r.choice(['Mar', 'Apr', 'Oct'])} {r.randint(1, 28)} {hhmm(r, 8, 20).replace('h', ':')}:{r.randint(10, 59)} 2026 +0200", "",
                f"    {m}"]
        if co:
            out += ["", f"    Co-authored-by: {co.full()} <{addr_of[id(co)]}>"]
        out.append("")
    return lines(*out)


def git_shortlog(r, c):
    devs = c.cast(r.randint(4, 6))
    out = [f"$ git shortlog -sne --since=2026-01-01", ""]
    counts = sorted((r.randint(3, 240) for _ in devs), reverse=True)
    for n, d in zip(counts, devs):
        out.append(f"{n:>6}\t{d.full()} <{d.mail(r, 'dev.example')}>")
    rv = r.choice(devs)
    out += ["", f"$ git log -1 --format='%an' -- src/paiement.rs", r.choice([rv.full, rv.full])(),
            "", f"# Merci à {rv.fn()} pour la revue ; ticket ouvert par {r.choice([d for d in devs if d is not rv]).fn()} sur GitLab."]
    return lines(*out)


def jardins_whatsapp(r, c):
    a, b, d, e = c.person(), c.person(), c.person(), c.person()
    t = times(r, 7, 7, 21)
    return lines(
        f"[{sdate(r)}] Groupe WhatsApp « Jardins {r.choice(['du Canal', 'des Tilleuls', 'Saint-Martin'])} 🌱 »",
        f"[{t[0]}] {a.full()} : " + r.choice([f"qui a pris la brouette ?? elle était devant la cabane {of(b.low())}",
                                             f"quelqu'un a vu le tuyau d'arrosage ? il était chez {b.low()} hier"]),
        f"[{t[1]}] {b.full()} : c'est pas moi 😅 demande à @{d.fn()}",
        f"[{t[2]}] {d.full()} : oui c moi, je la ramène ce soir. {a.low()} tu veux des plants de tomates ?",
        f"[{t[3]}] {a.full()} : " + r.choice(["avec plaisir ! et de la capucine si t'en as", "oui merci !! je passe samedi"]),
        f"[{t[4]}] {e.full()} : rappel : la Toussaint on vide les cabanes communes. Capucine et bouton-d'or : semis en mars.",
        f"[{t[5]}] {b.full()} : ok. au fait la pierre à aiguiser est chez {e.low()}",
        f"[{t[6]}] {d.full()} : merci {e.fn()} pour l'olive du voisin, j'ai planté au fond 👍",
    )


def gala_whatsapp(r, c):
    a, b, d, prof = c.person("f"), c.person(), c.person("f"), c.person()
    ka, kd = c.kin(a, "f"), c.kin(d, "f")
    t = times(r, 6, 8, 22)
    return lines(
        f"Groupe « Parents jazz ados 💃 » — {sdate(r)}",
        f"{t[0]} - {a.full()}: Bonjour ! quelqu'un peut ramener {ka.low()} après la générale ? je finis à 19h",
        f"{t[1]} - {d.full()}: oui pas de souci, je prends {kd.fn()} et {ka.fn()}",
        f"{t[2]} - {b.full()}: @{prof.fn()} les chaussons couleur rose ou chair ?",
        f"{t[3]} - {prof.full()}: chair ! et cheveux en chignon svp. merci {d.low()} pour le covoit",
        f"{t[4]} - {a.full()}: merci {d.fn()} ❤️",
        f"{t[5]} - {b.full()}: " + r.choice(["vous avez vu, la salle Pablo Neruda est fermée, tout se passe au théâtre Jean Vilar",
                                            f"les billets sont en vente à l'accueil, {prof.low()} en a gardé 2 par famille"]),
    )


def greve_signal(r, c):
    a, b, d, drh = c.person(), c.person(), c.person(), c.person()
    t = times(r, 6, 5, 23)
    return lines(
        f"Signal — groupe « Grève {r.choice(['dépôt', 'entrepôt', 'cuisine centrale'])} » — {sdate(r)}",
        f"{t[0]} {a.fn()} : " + r.choice(["piquet à 5h devant le portail, qui vient ?", "AG demain 6h au réfectoire, faites tourner",
                                          "on se retrouve au rond-point à l'aube, ramenez des thermos"]),
        f"{t[1]} {b.fn()} : moi + {d.low()}",
        f"{t[2]} {d.fn()} : je confirme. la DRH ({drh.civ()} {drh.sur()}) a dit que les Cadres ne seraient pas remplacés",
        f"{t[3]} {a.fn()} : ils veulent nous faire passer la prime de nuit pour un « geste ». @{b.fn()} tu peux appeler le délégué ?",
        f"{t[4]} {b.fn()} : fait, rdv avec {drh.low()} demain 10h, {a.low()} tu viens avec moi",
        f"{t[5]} {a.fn()} : " + r.choice(["ok 💪", "ça marche, je prends les tracts", f"oui. merci {b.low()}"]),
    )


WINES = ["Pinot", "Clairette", "Muscat", "Viognier", "Gamay", "Sauvignon", "Merlot"]


def caveau_avis(r, c):
    owner = c.person()
    out = [f"Avis Google — {r.choice(['Domaine des Trois Chênes', 'Château Les Vignals'])} (4,{r.randint(3, 9)} ★, {r.randint(40, 300)} avis)", ""]
    for p in c.cast(r.randint(3, 4)):
        w = r.choice(WINES)
        out += [f"{r.choice([p.abbr, p.full, p.abbr])()} · {r.choice(['Local Guide', '3 avis', '12 avis'])}",
                f"★★★★{r.choice(['★', '', '★'])} {r.choice(['il y a 2 semaines', 'il y a un mois', 'il y a 3 jours'])}",
                r.choice([f"Accueil chaleureux, vin top (surtout le {w}). On n'a rien à envier à Château Latour !",
                          "Bien mieux que le Moët du supermarché. Rappel loi Evin oblige : à consommer avec modération 😉",
                          f"Dégustation gratuite, on a acheté du {w}. Dommage que la ferme voisine soit si bruyante.",
                          f"Très bonne Clairette, explications claires. Merci à {owner.fn()} !",
                          "Un peu cher, mais le cadre vaut le détour."]),
                f"Réponse du propriétaire : Merci {p.fn()} pour votre visite ! {owner.fn()}", ""]
    return lines(*out)


def conseil_classe_cr(r, c):
    pp, cpe, dp1, dp2, el1, el2 = c.person(), c.person(), c.person(), c.person(), c.person(), c.person()
    return lines(
        f"Compte rendu du conseil de classe — {r.choice(['3e A', '4e B', '2nde 5'])} — {r.choice(['1er', '2e'])} trimestre",
        f"Présidé par {r.choice(['M. le Principal', 'Mme la Proviseure adjointe'])} ; professeur{pp.e('e', '')} principal{pp.e('e', '')} : {pp.civ()} {pp.full()} ; CPE : {cpe.full()}",
        f"Parents délégués : {dp1.full()}, {dp2.full()} — Élèves délégués : {el1.full()}, {el2.full()}",
        "",
        f"Ambiance de classe jugée bonne. {el1.fn()} signale des difficultés en technologie (travail sur Excel).",
        f"Les AED rappellent les retards le lundi. {dp1.civ()} {dp1.sur()} demande s'il est possible de s'inspirer de la pédagogie Freinet pour les projets.",
        f"Mentions : félicitations pour {c.person().full()} et {c.person().abbr()} ; avertissement travail pour {c.person().full()}.",
        "",
        f"Rédigé par {dp2.fn()} ({dp2.mail(r)})",
    )


def medtravail_avis(r, c):
    doc, sal, ide = c.person(), c.person(), c.person("f")
    return lines(
        "AVIS D'APTITUDE / FICHE DE VISITE",
        "",
        f"Salarié{sal.e('e', '')}{sep(r)}{r.choice([sal.adm, sal.ADMX])()}    Poste : {r.choice(['Cariste', 'Chauffeur', 'Commis', 'Plongeur'])}",
        f"Visite réalisée par{sep(r)}{ide.full()} (Infirmière santé travail) sous la responsabilité du Dr {doc.sur()}, Médecin du travail",
        "",
        r.choice(["Apte, sans restriction.", "Apte avec aménagement : pas de port de charges > 15 kg pendant 3 mois.",
                  "Orientation vers l'IPRP pour étude du poste."]),
        f"Prochaine visite : {sdate(r, 2028)}. Rendez-vous possible via Doctolib.",
        "",
        f"Dr {doc.full()}",
    )


def assmat_annonce(r, c):
    am = c.person("f")
    fam = c.person()
    return lines(
        f"ANNONCE — assistante maternelle agréée — {city(r)}, {r.choice(['quartier de la gare', 'centre-ville', 'proche écoles'])}",
        "",
        f"Bonjour, je m'appelle {am.fn()}, Assistante maternelle depuis {r.randint(5, 20)} ans.",
        f"1 place disponible à partir de {r.choice(['septembre', 'janvier', 'mars'])} (enfant de plus de 18 mois).",
        "Jardin clos, inspiration méthode Montessori, sorties au RAM ; à deux pas de l'école Jacques Prévert.",
        f"Références : famille {fam.sur()} ({fam.full()}, {phone(r)}).",
        f"Contact : {am.full()} — {am.mail(r)} — déclaration Pajemploi, aides de la CAF.",
    )


def essai_mail(r, c):
    pi, arc, tec = c.person(), c.person("m"), c.person()
    return lines(
        f"De : {arc.full()} <{arc.mail(r, 'cro-exemple.example')}>",
        f"À : {pi.mail(r, 'chu-exemple.example')}",
        f"Cc : {tec.mail(r, 'chu-exemple.example')}",
        f"Objet : Étude {r.choice(['PARK-STIM', 'NEURO-23'])} (maladie de Parkinson) — ouverture du centre",
        "",
        f"Bonjour Pr {pi.sur()},",
        f"Suite à la visite de mise en place, le centre est ouvert aux inclusions. {tec.full()} (TEC) a bien accès à Veeva et à REDCap.",
        f"Je serai votre Attaché de recherche clinique référent ; en mon absence, contactez {c.person().full()}.",
        f"Merci de faire signer le registre de délégation à {tec.fn()} et au Dr {c.person().ini()}.",
        "",
        f"Bien cordialement,\n{arc.full()}",
    )


def phishing_teams(r, c):
    a, b, rssi = c.person(), c.person(), c.person()
    t = times(r, 5, 8, 18)
    return lines(
        f"Teams — canal #support-it — {sdate(r)}",
        f"[{t[0]}] {a.full()} : " + r.choice(["j'ai reçu un mail bizarre « Mondial Relay : colis en attente », je clique ? 😬",
                                             "c'est normal un mail de la DRH qui demande mon mot de passe Microsoft 365 ??"]),
        f"[{t[1]}] {rssi.full()} : surtout pas ! @{a.fn()} signale-le avec le bouton Proofpoint dans Outlook",
        f"[{t[2]}] {b.full()} : moi j'ai cliqué… {rssi.low()} je fais quoi ?",
        f"[{t[3]}] {rssi.full()} : pas de panique {b.fn()}, c'était la simulation. Module de 10 min à faire cette semaine",
        f"[{t[4]}] {a.full()} : bien vu {rssi.fn()} 👏",
    )


def coaching_collectif(r, c):
    coach = c.person()
    out = [f"Salle {r.choice(['Fit&Co', 'Body Garage', 'Le Ring'])} — cours collectifs du {sdate(r)}", ""]
    for cours in r.sample(["Pilates Senior", "Circuit training", "Boxe Junior", "Yoga", "Cross-training Cadres (CE)"], 3):
        coach_c = r.choice([coach, c.person()])
        ins = c.cast(r.randint(2, 4))
        out.append(f"{hhmm(r, 7, 20)} {cours} — coach {coach_c.fn()} — inscrits : " + ", ".join(r.choice([p.abbr, p.full, p.fn])() for p in ins))
    out += ["", "Rappel : synchronisation Strava/Garmin possible à l'accueil. Défibrillateur et fiche manœuvre de Heimlich près du comptoir."]
    return lines(*out)


TYPES = [
    ("atelier-cuisine", [cuisine_inscrits, cuisine_mail]),
    ("portage-repas", [portage_tournee, portage_cahier]),
    ("coaching-sportif", [coaching_suivi, coaching_sms, coaching_collectif]),
    ("courses-vtc", [vtc_journal, vtc_dispatch]),
    ("consigne-colis", [consigne_notif, consigne_registre]),
    ("mesure-protection", [curatelle_rapport, curatelle_courrier]),
    ("bulletin-scolaire", [bulletin_trimestre, bulletin_mail_pp, conseil_classe_cr]),
    ("rencontres-parents-profs", [rencontres_creneaux, rencontres_message]),
    ("remerciements-these", [these_remerciements, these_remerciements_court]),
    ("parloir-detention", [parloir_planning, parloir_permis]),
    ("convention-honoraires", [honoraires_convention, honoraires_mail]),
    ("rapport-mediation", [mediation_rapport, mediation_accord]),
    ("inspection-travail", [inspection_lettre, inspection_mail_rh]),
    ("medecine-travail", [medtravail_convocation, medtravail_planning, medtravail_avis]),
    ("accident-travail", [at_declaration, at_temoignage]),
    ("designation-syndicale", [designation_lettre, designation_mail]),
    ("preavis-greve", [greve_preavis, greve_roster, greve_signal]),
    ("livre-or-caveau", [caveau_livre_or, caveau_registre, caveau_avis]),
    ("registre-camping", [camping_arrivees, camping_mail]),
    ("port-plaisance", [port_titulaires, port_courrier]),
    ("jardins-familiaux", [jardins_liste, jardins_cr, jardins_whatsapp]),
    ("peche-chasse", [peche_carte, chasse_battue]),
    ("casting-theatre", [casting_notes, casting_distribution]),
    ("gala-danse", [gala_programme, gala_mail, gala_whatsapp]),
    ("commande-photo", [photo_bon, photo_shotlist]),
    ("assistante-maternelle", [assmat_contrat, assmat_cahier, assmat_annonce]),
    ("essai-clinique", [essai_delegation, essai_monitoring, essai_mail]),
    ("nettoyage-haccp", [haccp_plan, haccp_nc]),
    ("autorisations-caces", [caces_registre, caces_mail]),
    ("simulation-phishing", [phishing_resultats, phishing_mail, phishing_teams]),
    ("journal-git", [git_log, git_shortlog]),
]

# ---------------------------------------------------------------------------------------------
# Generation, checks and statistics: scripts/blind_set.py.

if __name__ == "__main__":
    blind_set.main(sys.modules[__name__])
