#!/usr/bin/env python3
"""Generates eval/names-blind6: a sixth BLIND labeled evaluation set for the PERSON detector.

    python3 scripts/gen_eval_names_blind6.py            # writes eval/names-blind6/*.txt
    python3 scripts/gen_eval_names_blind6.py --check    # prints the statistics only
    python3 scripts/gen_eval_names_blind6.py --origins  # absent share per origin (to set WEIGHTS)

What it is. Short French SME, association and household documents of types that none of the
earlier sets used (TYPES at the end): share registers and share-transfer orders, K-bis extracts
and articles naming managers, shareholders' general-meeting minutes with proxies, SEPA direct-debit
mandates, tax receipts for donations, crowdfunding backer lists, software changelogs and
CONTRIBUTORS files, patent filings with inventors, temp-agency mission contracts, weekly
timesheets, travel orders and visa invitation letters, IT-asset and badge handover registers,
GDPR access requests and breach notices, whistleblowing reports, satisfaction-survey verbatims
and call-centre QA grids, training evaluations, sports-club licence renewals, choir rehearsal
plans, home-help visit logs, moving inventories, scholarship committee decisions, tenant files
with guarantors, succession declarations with heirs, retirement speeches and condolence letters,
voicemail/SMS transcriptions, school-trip authorisations, security patrol logs, hair-salon
appointment books and driving-school lesson plans. Each type has two templates (a form and a
letter, a table and a mail...; three for K-bis, timesheets and choirs, whose third templates are a
legal notice, a Slack channel and a WhatsApp group with @mentions); they vary order, optional
lines, punctuation, NBSP and case.

How it was made. Written blind on 2026-12-02 by a helper session (blind6) that had NOT read the
detector's code, README, docs or tests, the earlier sets except eval/names-blind2..5 (format and
document types), nor data/lexicon. Nothing was run against the detector. The name pools (POOLS)
were written by hand for this set; the lexicon only serves to count the mentions absent from it
(--origins gives the absent share per origin; WEIGHTS were set from it, never by picking names).
--origins measured (2026-12-02): names of French, Antillean/Réunion, Spanish, Italian, Turkish,
Maghreb and Portuguese origin are nearly all in the lexicon (2-7 % of their mentions absent);
Senegal/Mali, Mauritania, Cameroon (10-17 %), Vietnam, Lebanon, Congo, Romania, Poland,
Comoros, the Philippines, the Balkans (23-35 %) partly; China, Côte d'Ivoire/Benin/Togo,
Chechnya, Armenia/Georgia, Afghanistan, Cambodia/Laos, the Horn of Africa (45-69 %) mostly not;
Iran, Ukraine, Madagascar, Central Asia, Ghana, Nigeria and Tamil names (72-100 %) hardly ever.
With the NATURAL mix of a French SME only about 8 % of the mentions are absent, so the set is
written with WEIGHTS: every origin is kept, but the origins the lexicon mostly lacks (RARE) get
62 % of the people instead of 12 %. Seeds 1-5 give 32.6-35.9 % absent with WEIGHTS; --check
prints the set's share and the NATURAL one.

Labeling conventions (format: examples/eval.rs; same conventions as eval/names-blind3 to 5).
- Every mention of a person's name is labeled ⟦PERSON|…⟧, each time: full names in either order
  and case, a lone first name, a lone surname, initials ("J.-P. Caron", "Marie D."), particles
  included, nicknames, names in lower case in chats and SMS ("karim"), "@⟦PERSON|Karim⟧".
- Civilities, titles and roles stay outside (M., Mme, Me, Dr, « le gérant »).
- Every e-mail address is labeled ⟦EMAIL|…⟧; the name inside it is not a PERSON. Only example
  domains are used. Logins, Git handles and account names (jdupont, @kdiallo-dev) are NOT labeled
  (identifiers); the author name next to them is.
- Companies, associations, streets, schools, hospitals, prizes, products, choirs and clubs named
  after people are not labeled ("SARL Martin Frères" is a company: its name is not a person's
  mention; the manager's name in the K-bis is). They come from the NEG_* lists; --check counts them.

"Absent from the lexicon" uses fold/absent from scripts/gen_eval_names.py (imported, not copied).
Deterministic: stdlib only, fixed seed; re-running rewrites identical bytes.
"""

import datetime
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "eval", "names-blind6")
SEED = 20261206
PER_TYPE = 10

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gen_eval_names import fold  # noqa: E402
import blind_set  # noqa: E402
# Label writers, name forms and text helpers shared with blind3 and blind4 (imported, not copied).
from gen_eval_names_blind3 import E, L, core, de, euros, fdate, lines, nee, of, opt, pad, phone, sdate  # noqa: E402
from gen_eval_names_blind4 import P, hhmm, sep, span  # noqa: E402
from gen_eval_names_blind5 import at  # noqa: E402

# Name pools by origin: (female first names, male first names, surnames); "_" joins the words of
# one name. Hand-written for this set.
POOLS = {
    "france": (
        "Adeline Adélaïde Alice Aline Anne-Sophie Apolline Armelle Aurore Axelle Bérengère Capucine "
        "Cassandre Charlène Clémence Colette Corinne Danièle Déborah Diane Dominique Élisa Élodie "
        "Estelle Eugénie Évelyne Fabienne Félicie Floriane Gaëlle Geneviève Ghislaine Héloïse "
        "Hortense Irène Jeanne Joséphine Laurence Léonie Liliane Lorène Louison Ludivine Magalie "
        "Marie-Laure Marie-Noëlle Marjorie Mathilde Maryline Mireille Nadine Noémie Océane Pascaline "
        "Paulette Raymonde Régine Renée Rolande Séverine Solène Suzanne Tiphaine Violaine Yvette "
        "Gwendoline Maïlys Klervi Oriane Ombeline Quitterie Sixtine Bertille Mahaut Iseult",
        "Achille Adrien Aimeric Anatole Augustin Aurélien Baptiste Barthélemy Basile Bertrand "
        "Blaise Brice Charles-Henri Christian Claude Cyril Denis Dorian Edmond Émeric Emmanuel "
        "Fabien Félix Ferdinand Firmin François-Xavier Gaspard Gautier Germain Gildas Guy Henri "
        "Hippolyte Hugues Jacques Jean-Marc Jean-Pierre Jean-Yves Joris Josselin Lazare Léopold "
        "Loïc Lucas Marius Maurice Nestor Octave Pacôme Paul-Antoine Philibert Prosper "
        "Raoul René Robin Roland Sylvain Thibault Tristan Urbain Victorien Xavier Yannick "
        "Anthelme Gonzague Enguerrand Hervé-Marie Jean-Eudes Kilian Malo Tugual Youenn Gwénolé",
        "Aubertin Aufrère Baillargeat Barrère Batifol Beaufils Bégué Bellot Bonnamy Boulard "
        "Bourgoin Brossier Bruneteau Capdevielle Castaing Chabanel Champeaux Chanteloup Charbonnel "
        "Chauvel Clavreul Cochard Coquelin Courtin Crémieux Dagorne Daviaud Delorme Desforges "
        "Dorléans Duchemin Duhamel Dulac Dumontet Durieux Estève Fauvel Février Fontanel Frémont "
        "Gachet Galmiche Garreau Gazeau Gendron Gillot Godefroy Gourmelon Guillemin Guyader "
        "Huchet Jacquemin Jaffré Jouanne Lagarde Lambertin Larrieu Lassègue Laval Lebœuf "
        "Lecoq Lejeune Le_Goff Le_Hir Le_Meur Le_Pape Lhuillier Maréchal Marsault Massé Maugendre "
        "Mauduit Ménard Métayer Michaud Millerand Montagnier Mouchel Nédélec Ollivier Pasquier "
        "Pellerin Perrault Peyrot Picot Plantier Pouget Quéré Rabier Raffin Rebière Renaudin "
        "Rigaud Robineau Rondeau Sabatier Sarrazin Sauvage Servant Soubrier Tardieu Thuillier "
        "Tillier Trémolières Vaillant Vergnaud Villard Vivier Voisin Wattiez Ysern "
        "Arhan Le_Gléau Kerleau Trividic Le_Nédélec Bescond Goarin Le_Borgne Tréguer "
        "Etchegaray Larralde Oyharçabal Iribarne Arrieta Mendiboure Ospitalet "
        "Baumgartner Heitz Kuhn Ritter Spitz Wendling Geiger Rieffel Stoeckel Haegel "
        "Agostini Bartoli Colonna Giacometti Nicolai Paoli Rocca Susini Versini "
        "de_Beaumont de_Villeneuve de_Saint-Exupéry de_la_Tour_d'Auvergne du_Chesne d'Aboville "
        "de_Kergorlay Le_Jeune_de_Malherbe de_Vaujuas de_Gaalon "
        "Payet-Técher Fontaine Rivière Clain Maillot Morel-Hoarau Dijoux Lauret-Grondin "
        "Van_Eecke Van_Wynsberghe Vandenbussche Desmet Verstraete",
    ),
    "maghreb": (
        "Aïcha Akila Alia Amina Asmae Assia Bahia Bouchra Chahrazed Chérifa Dalila Djohra Fadwa "
        "Faïza Fatma-Zohra Feriel Ghania Habiba Hadjer Hajar Hayat Ilham Insaf Jamila Karima Kheira "
        "Leïla Louiza Manel Meryem Mounira Nacéra Naïma Nesrine Nour-el-Houda Ouarda Rym Sabah Sabrina "
        "Saliha Samira Sonia Souad Taous Warda Yasmine Zakia Zoulikha Dyhia Lounja Tiziri Sylia Anissa",
        "Abdelhak Abdelkader Abdelkrim Abdelmalek Abderrahmane Adlane Ahcène Aissa Akram Amar "
        "Azzedine Belkacem Bachir Boualem Chakib Chérif Djillali Driss Elias Fouad Hacène Hamid "
        "Hocine Ilyès Ismaïl Jawad Kader Kamal Karim Lakhdar Larbi Lyes Madjid Malik Mokhtar Mounir "
        "Nacer Nadir Noureddine Othmane Rabah Réda Saad Sami Sid-Ahmed Slimane Smaïl Tahar Yazid "
        "Younès Zoubir Mohand Ouramdane Moussa Yuba Amazigh Lounis Hakim",
        "Abdelli Aberkane Addad Aïssaoui Allouache Amara Amellal Ameziane Arab Azzoug Bahri "
        "Belabbas Belarbi Belhocine Benabdallah Benali Benaïssa Bendjebbar Benkhelifa Benyahia "
        "Berkani Bouchareb Boudiaf Bouhired Boukhalfa Boumediene Bouras Bouzidi Brahimi Chabane "
        "Chikhi Dahmani Derradji Djaballah Djellali Fekir Ghoul Guerroudj Hadj-Saïd Hamiche "
        "Hamidi Harbi Ikhlef Kaci-Moussa Kebaili Kheddache Lahouel Laïdi Lounici Maâmri Madani "
        "Mahrez Medjahed Merabet Messaoudène Mezghiche Moussaoui Nemouchi Oudjedi Rahal Saâdi "
        "Sadoun Sahraoui Salhi Selmi Sifi Souilah Tabet Taleb Yousfi Zeghdoudi Zemmouri "
        "Alaoui El_Amrani Benchekroun Berrada El_Fassi Kettani Skalli Tahiri Ouahbi Ait_Benhaddou "
        "Ben_Ammar Ben_Salah Chebbi Hamrouni Jaziri Khemiri Mabrouk Sassi Zouari Ben_Abdallah",
    ),
    "senegal-mali-guinee": (
        "Aïssatou Ami Aminata Assitou Astou Binta Coumba Daba Fatou Fatoumata Gnima Hadja "
        "Kadiatou Khadidiatou Mame Mariama Marème Mbayang Ndèye_Awa Nogaye Oumy Rama Rokhaya "
        "Salimata Sira Sokhna_Mbacké Yacine Yaye",
        "Abdou Aboubacar Alioune Amath Amidou Baba Bassirou Birame Boubou Cheikhou Daouda "
        "Djibril Doudou El_Hadji Fallou Gora Ibou Ismaïla Khadim Lamine Mactar Malamine Mamadou_Lamine "
        "Modou Moustapha Ndiaga Ousseynou Pape_Ibrahima Saliou Serigne_Fallou Thierno Youssouf",
        "Aw Badiane Bèye Cissokho Dabo Diédhiou Diène Dioum Diouf Fadiga Faty Guèye Kandé Kane "
        "Kassé Lô Loum Mané Mbaye Mbodj Ndao Ndoye Ngom Niasse Samb Sané Seck Sène Sonko "
        "Sy Tine Wone Badji Coly Diémé Sadio",
    ),
    "mauritanie": (
        "Mariem Khadijetou Aïchetou Toutou Salka Vatimetou",
        "Sidi_Mohamed Cheikh Mohamed_Lemine Ahmedou Moctar Brahim_Vall",
        "Ould_Sidi Ould_Abdallah Ould_Cheikh Ould_Brahim Ould_Mohamed Ould_Bah Ould_Ahmed_Salem",
    ),
    "cote-ivoire-benin-togo": (
        "Adjoa Afia Akissi Amenan Affoué Ahou Nanou Yawa Massandjé Enyonam Dédé Adjara Mawunyo "
        "Ablavi Kafui Sènami",
        "Kouadio Kouakou Yao Kouassi Konan N'Golo Zié Adjé Tiémoko Kokou Yawovi Edem Séna "
        "Sènan Comlan Dodji Kossi",
        "Adou Aka Ahoua Amani Assamoi Coffi Dagnogo Diomandé Djédjé Ehui Gnahoré Kacou "
        "Koffi Kouamé Loukou N'Dri N'Goran Ouattara Soro Tanoh Yapi Zadi Zoro "
        "Adjanohoun Ahouansou Akplogan Dossa Hounsou Kpadonou Sossou Tossou Agbessi Amouzou "
        "Kouevi Lawson Mensah Tchalla Adjakly",
    ),
    "cameroun-gabon": (
        "Carine Christelle Dorine Francine Gisèle Laure Marlène Nelly Rachel Sandra Tatiana "
        "Yvonne Annie Belvie Ange",
        "Aristide Bertin Célestin Clovis Cyrille Ferdinand Guy-Roger Jules Landry Léopold "
        "Marcellin Narcisse Romuald Sylvain Valéry",
        "Abanda Akono Amougou Assiga Ayissi Belinga Bilong Ebode Edzoa Ekotto Ella Engono "
        "Essono Fotso Kamga Kemajou Mbida Mimbang Nana Ndjock Ngo_Bisso Nkoa Nkodo Ntsama "
        "Ondoa Tchakounté Tchuente Wamba Youmbi Zambo Zang",
    ),
    "rdc-congo": (
        "Divine Grâce Joëlle Lydie Patience Prudence Rebecca Édith Mbombo Kapinga Biyela "
        "Merveille Ornella Nathalie Espérance",
        "Alain Augustin Brice Désiré Emmanuel Fortunat Gervais Jean-Pierre Olivier Parfait "
        "Placide Roger Thierry Exaucé Trésor Christ Glodie Héritier",
        "Bakenga Bilenge Bolamba Ekofo Epanga Kabamba Kalenga Kanku Kapend Kasongo_Wa "
        "Kayembe Kazadi Kibambe Kitoko Lokwa Luzolo Mabiala Makanda Massamba Mayala "
        "Mbuyu Mpia Mulumba Mupenda Mwamba Ndaye Ngalamulume Nkumu Ntambwe Tumba "
        "Bouanga Ibara Itoua Koumba Loemba Makosso Moukala Ngakosso Obambi Tchicaya",
    ),
    "antilles-guyane-reunion": (
        "Adrienne Anne-Marie Christiane Clémence Édwige Georgette Gina Hermance Jacqueline "
        "Joëlle Line Lise Lydia Marie-Line Marie-France Marie-Josée Mylène Nicole Paulette "
        "Sandrine Solange Suzette Yolande Annick Émeline Laurette",
        "Alfred Alix Eddy Éric Félix Fernand Gérard Gilbert Hubert Jean-Claude Jean-Louis José "
        "Léon Lucien Marcel Max Octave Patrick Raphaël Rémy Rony Serge Steeve Willy",
        "Adélaïde Agathe Alcide Anatole Aubin Augustin Beausoleil Belfort Bernier Boucaud "
        "Bourgeois Chéry Cléry Coco Corbin Darius Dégras Dupuy Eugène Faustin Firmin Flavien "
        "Gabourg Gros-Désirs Hippolyte Jean-Louis Joseph Laupen Lémery Léonce Louis-Joseph "
        "Marie-Luce Médard Nelson Ninine Pélage Régis Saint-Ange Sainte-Luce Symphor Thésée "
        "Valentin Zami Zénon Anelli Adaïne Bègue Boyer-Clain Damour Fontaine-Payet Hoarau "
        "Lebreton Maunier Nourry Pothin Rivière Sery Turpin Vitry Adékalom Annette Dambreville",
    ),
    "portugal-cap-vert-bresil": (
        "Albertina Amélia Ana_Rita Beatriz Carla Catarina Célia Cidália Daniela Deolinda Elisabete "
        "Emília Ermelinda Fernanda Glória Helena Irene Jaqueline Leonor Lucília Manuela Natália "
        "Olga Paula Raquel Rosário Sandra Susana Vera Zulmira Edilene Keila Jéssica Rosângela",
        "Agostinho Alberto Alexandre Américo António Aurélio Bernardo Custódio Diamantino Domingos "
        "Eduardo Elísio Emanuel Fausto Francisco Hugo Jaime João Lourenço Marcelo Mário Octávio "
        "Orlando Raul Renato Rogério Silvino Valdemar Zé_Carlos Adilson Ailton Claudemir Evandro",
        "Abreu Afonso Aguiar Andrade Araújo Assunção Bastos Beirão Bento Branco Caldeira Campos "
        "Castro Coutinho Cruz Dinis Domingues Duarte Estrela Fagundes Faustino Félix Figueira "
        "Freitas Gaspar Guerreiro Henriques Jesus Leal Leite Loureiro Lourenço Maia Mota Neves "
        "Nunes Paiva Peixoto Quintas Quintela Rebelo Reis Sá Salgado Sampaio Seabra Serrão "
        "Silva Valente Vaz Xavier Cabral Fortes Lobo Mascarenhas Pina Rosário Semedo_Tavares "
        "Vaz_Pereira Dos_Reis Da_Silva_Lopes Do_Nascimento De_Pina Gonçalves_Fortes",
    ),
    "espagne": (
        "Amparo Ángeles Asunción Blanca Dolores Encarnación Esperanza Isabel Josefa Lorena "
        "Manuela Maribel Milagros Paloma Purificación Raquel Soledad Virginia Yolanda",
        "Agustín Alberto Ángel Antonio Benito Domingo Eusebio Emilio Florencio Fulgencio "
        "Gregorio Jesús Juan_Carlos Leandro Lorenzo Marcelino Nicolás Pascual Rafael Salvador "
        "Teodoro Vicente",
        "Alarcón Alonso Arroyo Benítez Bermúdez Cabrera Cano Carrasco Delgado Díaz Durán Escobar "
        "Fernández Flores Garrido Giménez Guerrero Hernández Herrera León Lorente Márquez Montero "
        "Muñoz Nieto Peña Reyes Rodríguez Romero Salinas Sánchez Soler Valero Vega",
    ),
    "italie": (
        "Agnese Assunta Caterina Concetta Donatella Elena Gabriella Giovanna Letizia Loredana "
        "Marisa Nunzia Patrizia Rosaria Teresa Tiziana Vittoria",
        "Angelo Antonino Claudio Domenico Franco Gennaro Giacomo Leonardo Marcello Matteo "
        "Maurizio Pasquale Raffaele Rocco Sergio Tommaso",
        "Amato Barbieri Bellini Benedetti Bruno Cattaneo D'Angelo De_Santis Ferri Gallo "
        "Giordano Grasso Leone Longo Mariani Martinelli Messina Palumbo Parisi Ricci Rizzo "
        "Sala Sartori Serra Silvestri Zanella D'Amico Lo_Bianco",
    ),
    "turquie": (
        "Aylin Bahar Berna Canan Ceren Dilek Ebru Filiz Gamze Gönül Hacer Hülya İpek Leyla Nazlı "
        "Nesrin Pınar Sibel Şule Tuba Yasemin Zehra",
        "Ali_Rıza Bayram Cengiz Deniz Erdal Ercan Erkan Fatih Gökhan Halil İsmail Kadir Levent "
        "Metin Necati Orhan Ramazan Selim Sinan Tuncay Uğur Yasin Zafer",
        "Akbulut Aktaş Altun Avcı Bulut Çakır Çetin Coşkun Duman Erdem Ergün Gündoğdu "
        "Işık Karaca Karataş Keskin Kocabaş Özkan Özer Sarı Sevim Taş Türkmen Ünal Uysal Yalçın "
        "Yücel Zengin",
    ),
    "armenie-georgie": (
        "Arpine Gayane Hasmik Lilit Nune Siranush Ketevan Mariam Natela Tamar Anouch Chouchane",
        "Armen Ashot Gevorg Karen Samvel Vahan Davit Irakli Zurab Hagop Garabed",
        "Abrahamian Avetisyan Baghdasaryan Danielyan Galstyan Harutyunyan Khachatryan Mkrtchyan "
        "Poghosyan Simonyan Ter-Petrossian Chakhoyan Gogoladze Javakhishvili Kvaratskhelia "
        "Tsiklauri Chkheidze Kevorkian Der_Sarkissian",
    ),
    "pologne": (
        "Aleksandra Bożena Dorota Elżbieta Justyna Małgorzata Paulina Urszula Zofia Agata Beata",
        "Artur Bartosz Jakub Janusz Krzysztof Maciej Mariusz Pawel Sławomir Stanisław Wojciech",
        "Bąk Czarnecki Grabowski Jabłoński Kaczmarek Kozłowski Mazur Michalak Pawlak Sikora "
        "Szymański Wójcik Wróbel Zając",
    ),
    "ukraine": (
        "Alona Halyna Hanna Inna Iuliia Kateryna Lesia Liudmyla Mariia Nadiia Olena Oleksandra "
        "Roksolana Sofiia Valentyna",
        "Bohdan Dmytro Mykhailo Oleksandr Oleksii Ostap Roman Vitalii Volodymyr Yurii Taras",
        "Bilyk Boyko Dmytrenko Fedorenko Honchar Hnatiuk Kovalenko Kovalchuk Kuzyk Levchenko "
        "Marchenko Moroz Pavlenko Rudenko Sydorenko Tkachuk Voloshyn Zinchenko",
    ),
    "roumanie-moldavie": (
        "Andreea Cristina Denisa Gabriela Loredana Monica Roxana Simona Teodora Bianca Mirela",
        "Alexandru Cătălin Cosmin Costel Dorin Gheorghe Ionuț Ovidiu Sorin Valentin",
        "Bălan Ciobotaru Dinu Enache Florea Lungu Munteanu Nistor Oprea Pop Preda Sandu Stan "
        "Tudor Ursu Vasilescu",
    ),
    "balkans": (
        "Snežana Jasmina Ljiljana Emina Fjolla Valbona Dragica Mirjana Arta Besa",
        "Zoran Milan Dejan Nenad Mirza Haris Edin Driton Fatmir Valon",
        "Đorđević Ilić Marković Pavlović Stojanović Begić Hadžić Mehmedović Kurtović Bytyqi "
        "Morina Rexhepi Sylejmani Hodžić",
    ),
    "vietnam": (
        "Bich Diep Giang Hang Hanh Hien Hong Kim_Anh Lien Mai_Anh My Ngan Nhung Oanh Phuong "
        "Quynh Tam Thao Thuy Tuyet Vy",
        "Bao Dat Dinh_Hoa Hoang_Long Huy Kien Loc Nam Nghia Phong Phuoc Quoc Sang Tai Thang "
        "Thinh Tien Trung Vinh Xuan_Bach",
        "Cao Doan Ha Kieu La Luong Mac Nghiem Quach Ta Thai Tong Trieu Truong Vuong Vi",
    ),
    "chine": (
        "Chunhua Fang Hui Jiayi Li_Na Meiling Qing Ruoxi Shu Xiu Yuting",
        "Bin Chao Feng Gang Guang Jun Kai Peng Qiang Tao Xiang Yong Zhiwei",
        "Au Bai Cai Cheng Du Fan Fu Gao Han Hu Jiang Kong Liang Lu Luo Ma Pan Qian Shen Song "
        "Tian Wei Xiao Yu Zeng Zhu",
    ),
    "cambodge-laos": (
        "Sreymom Sokunthea Bopha Noy Phet Malayvanh Kalaya Chanthou Sothea",
        "Vuthy Sokchea Bounthan Khamsing Rithy Sambath Vannak",
        "Chhay Chhun Hun Lim Meas Pen Srey Ung Khounphakdy Phanthavong Vongphachanh Xayavong",
    ),
    "philippines": (
        "Analyn Rowena Charito Marilou Rhea Joy_Ann",
        "Noel_Ramon Arnel Reynaldo Jun_Jun Romeo",
        "Aquino Cabrera_Santos Dizon Evangelista Garcia_Reyes Magbanua Tolentino Bautista_Cruz",
    ),
    "madagascar": (
        "Andoniaina Faniry Harisoa Holy Lalaina Miora Nambinina Nomena Ravaka Sitraka Tsiky "
        "Vonjy Zo_Hasina Anjara Nantenaina",
        "Andrianaivo Fetra Harilala Hasina_Rado Herizo Mamitiana Miarantsoa Nomenjanahary Rivo "
        "Solofo Tsiory Voary",
        "Andriambololona Andrianasolo Andriantsitohaina Rabearivelo Rafanomezantsoa Rahajarizafy "
        "Rakotobe Rakotonirina Ralaivao Ramaroson Randrianarisoa Rasamoelina Ratovonirina "
        "Razafindrabe Razakamanana",
    ),
    "comores-mayotte": (
        "Batouli Faouzia Hadidja Moinecha Nasma Roukia Saandia Zalifa Echata Mariamou",
        "Ahmed_Abdou Anzize Daoud Djaffar Fardi Housseni Ibrahim_Soilihi Kamardine Nassur Oumouri",
        "Abdou_Salami Ahmed_Chanfi Ali_Mbaé Bacar Chaharane Combo Houmadi Mlanao Saïd_Ali "
        "Toihir Youssouf_Mdahoma",
    ),
    "tamoul-sri-lanka": (
        "Anbu Jeyanthi Kavitha Malathi Nalayini Pirunthavi Sangeetha Thanuja Vasuki Yalini",
        "Anandan Elango Gnanam Jegan Kirushanth Murugan Pradeep Sasikumar Thayalan Yathavan",
        "Ariyaratnam Kandiah Kulasingam Navaratnam Ponnambalam Rasalingam Sinnathamby "
        "Suntharalingam Thevarajah Vigneswaran",
    ),
    "corne-afrique": (
        "Almaz Betelhem Eden Feven Helen Mekdes Saba Tsion Ayaan Faadumo Hibo Ubah Zamzam",
        "Amanuel Biniam Eyob Fitsum Henok Kidane Mulugeta Tekle Abdiweli Bashir Guled Hassan_Ali",
        "Asfaw Berhane Gebremedhin Haile_Mariam Kebede Mengistu Tekeste Woldemichael Yohannes "
        "Aden Dirie Egal Hirsi Mohamud Samatar Yusuf_Ahmed",
    ),
    "iran": (
        "Ghazal Golnaz Mahsa Neda Sahar Tahmina Azadeh Farnaz",
        "Arash Behrouz Hamed Kourosh Navid Omid Mehran Siavash",
        "Afshar Bahrami Ghorbani Jafari Kazemi Moradi Navabi Sadeghi Shirazi Tavakoli Zand Azar",
    ),
    "liban-syrie": (
        "Samar Rasha Hiba Lama Joumana Rouba Nayla Ghada",
        "Ahmad Bassam Elie Joseph Nabil_Issa Ghassan Chadi Walid_Elias",
        "Chamoun Daher Frangieh Haddad-Khoury Karam Makhlouf Nasrallah Sfeir Tannous Zoghbi "
        "Al-Hallak Kassab",
    ),
    "asie-centrale": (
        "Dinara Gulnara Kamila Lola Nigora Nodira Sabina Shahnoza Zilola",
        "Akmal Alisher Bakhtiyor Bekzod Dilshod Farrukh Jasur Otabek Sardor Shavkat Ulugbek",
        "Abdullaev Alimov Ergashev Karimov Mirzaev Nazarov Rakhimov Saidov Tursunov Usmonov Yusupov",
    ),
    "afghanistan": (
        "Fereshta Gulbadan Hosai Latifa_Noor Palwasha Roqia Spozhmai Laïla",
        "Abdul_Basir Ahmad_Zia Ghulam Hafiz Khalid_Noor Mohibullah Obaidullah Qudratullah "
        "Sharif Zabihullah",
        "Amiri Durrani Faizi Habibi Jalali Mohammadzai Nazari Qaderi Sahak Sharifi Zaheer",
    ),
    "tchetchenie": (
        "Aïna Elina Petimat Madina Zarema Luiza",
        "Arbi Beslan Khamzat Musa Said-Emin Rizvan",
        "Akhmadov Basaev Dzhamalkhanov Elmurzaev Gaziev Mutsaev Tagirov Ibragimov",
    ),
    "nigeria": (
        "Abimbola Adaeze Adunni Chiamaka Chidinma Chinwe Folake Funmilayo Ifeoma Ngozi Nkechi "
        "Oluwaseun Temitope Titilayo Yetunde",
        "Adebayo Babatunde Chidi Chukwuemeka Emeka Femi Ifeanyi Kelechi Nnamdi Obinna Oluwafemi "
        "Segun Tunde Uche",
        "Adeyemi Afolabi Akinola Balogun Chukwu Eze Nwachukwu Nwosu Obi Ogundipe Okafor "
        "Okonkwo Okoro Olaniyan Onyeka Oyelaran Uzoma",
    ),
    "ghana": (
        "Abena Adwoa Esi Efia Yaa Akosua Ekua",
        "Kwabena Kwaku Kojo Yaw Nana_Kwame Kobina Kwesi",
        "Acheampong Addo Agyeman Amoah Appiah Asante Boateng Darko Frimpong Gyamfi Ofori Owusu "
        "Quaye Sarpong",
    ),
}

# Share of each origin among the people cast. NATURAL is a plausible mix for the staff, members
# and customers of a French SME or association. WEIGHTS, used to write the set, keeps every origin
# but gives the origins whose names the lexicon mostly lacks (RARE) more people; the figures were
# set after measuring the absent share per origin with --origins, not by choosing names.
NATURAL = {
    "france": 52, "maghreb": 15, "senegal-mali-guinee": 4, "mauritanie": 0.3, "cote-ivoire-benin-togo": 2,
    "cameroun-gabon": 1.5, "rdc-congo": 1.5, "antilles-guyane-reunion": 4,
    "portugal-cap-vert-bresil": 6, "espagne": 2.5, "italie": 2.5, "turquie": 2, "armenie-georgie": 0.5,
    "pologne": 0.6, "ukraine": 0.6, "roumanie-moldavie": 0.8, "balkans": 0.5, "vietnam": 1.2,
    "chine": 0.8, "cambodge-laos": 0.3, "philippines": 0.2, "madagascar": 0.4, "comores-mayotte": 0.4,
    "tamoul-sri-lanka": 0.2, "corne-afrique": 0.2, "iran": 0.1, "liban-syrie": 0.2,
    "asie-centrale": 0.1, "afghanistan": 0.1, "tchetchenie": 0.1, "nigeria": 0.1, "ghana": 0.1,
}
RARE = ["cote-ivoire-benin-togo", "madagascar", "comores-mayotte", "tamoul-sri-lanka", "corne-afrique", "iran", "liban-syrie",
        "asie-centrale", "afghanistan", "tchetchenie", "nigeria", "ghana", "vietnam", "chine",
        "cambodge-laos", "philippines", "pologne", "ukraine", "roumanie-moldavie", "balkans",
        "cameroun-gabon", "rdc-congo", "armenie-georgie"]
WEIGHTS = {
    "france": 16, "maghreb": 7, "senegal-mali-guinee": 4, "mauritanie": 1, "cote-ivoire-benin-togo": 4,
    "cameroun-gabon": 3, "rdc-congo": 4, "antilles-guyane-reunion": 3,
    "portugal-cap-vert-bresil": 3, "espagne": 2, "italie": 2, "turquie": 2, "armenie-georgie": 2,
    "pologne": 3, "ukraine": 3, "roumanie-moldavie": 3, "balkans": 2, "vietnam": 5,
    "chine": 3, "cambodge-laos": 2, "philippines": 1, "madagascar": 5, "comores-mayotte": 4,
    "tamoul-sri-lanka": 4, "corne-afrique": 3, "iran": 2, "liban-syrie": 2,
    "asie-centrale": 2, "afghanistan": 2, "tchetchenie": 1, "nigeria": 3, "ghana": 2,
}

# Negatives: never labeled; --check counts their occurrences in the stripped text.
NEG_STREETS = [
    "rue Gabriel Péri", "avenue Jean Jaurès", "boulevard Émile Zola", "rue Pasteur", "rue Condorcet",
    "avenue Aristide Briand", "rue Salvador Allende", "place Jean Moulin", "rue Simone Veil",
    "allée Nelson Mandela", "rue Georges Brassens", "quai Jules Guesde", "rue Édith Piaf",
    "avenue Roger Salengro", "rue Joliot-Curie", "impasse Paul Langevin", "cours Gambetta",
]
NEG_PLACES = [
    "lycée Victor Duruy", "collège Jean Zay", "école Paul Bert", "groupe scolaire Anatole France",
    "lycée Gustave Eiffel", "IUT Louis Pasteur", "hôpital Lariboisière", "hôpital Beaujon",
    "CHU Félix Guyon", "clinique Saint-Jean", "EHPAD Les Glycines", "maison de santé Pierre Rabhi",
    "conservatoire Darius Milhaud", "salle Gaveau", "gymnase Marie Marvingt", "stade Jean Bouin",
    "piscine Georges Vallerey", "médiathèque Albert Camus", "centre social Aimé Césaire",
    "Saint-Denis", "Saint-Maur-des-Fossés", "Saint-Brieuc", "Sainte-Geneviève-des-Bois",
    "Saint-Paul", "Saint-André", "gare Saint-Lazare", "aéroport Roland-Garros", "porte Maillot",
]
NEG_COMPANIES = [
    "Leroy Merlin", "Michelin", "Citroën", "Bic", "Yves Rocher", "Jean Louis David", "Franck Provost",
    "Camille Albane", "Jacques Dessange", "Darty", "Boulanger", "Picard", "Lapeyre",
    "Ladurée", "Guy Degrenne", "Pierre Fabre", "Marcel Dassault", "Mondial Relay", "Chronopost",
    "Les Déménageurs Bretons", "Demeco", "Société Générale", "Crédit Agricole", "Boursorama",
    "Ulule", "KissKissBankBank", "Leetchi", "Adecco", "Manpower", "Randstad", "Synergie",
    "SARL Martin Frères", "Établissements Gaston Roux", "Garage Durand & Fils", "ECF", "Stych",
]
NEG_EPONYMS = [
    "prix Goncourt", "prix Nobel", "médaille Fields", "théorème de Pythagore", "maladie d'Alzheimer",
    "maladie de Parkinson", "loi Evin", "loi Pinel", "loi Sapin II", "dispositif Censi-Bouvard",
    "échelle de Richter", "nombre de Reynolds", "tour Eiffel", "bac Pascal", "plan Vigipirate",
    "manœuvre de Heimlich", "méthode Montessori", "crème Chantilly", "Code Napoléon",
]
NEG_WORDS = [
    "pierre", "rose", "olive", "Prime", "prime", "Constant", "constant", "Ferme", "ferme", "aimé",
    "Aimé", "Saint-Martin", "Sainte-Catherine", "Saint-Nicolas", "Noël", "clément",
    "fidèle", "Blanc", "Brun", "Petit", "Grand", "Mercredi",
    "Jade", "Ambre", "Perle", "Océan", "Auguste", "Lune", "Soleil", "Tournesol",
]
NEG_TITLES = [
    "DRH", "MOA", "RSSI", "DPO", "DSI", "CAC", "AG", "AGO", "AGE", "PDG", "DG", "DAF", "RH",
    "CNIL", "URSSAF", "INPI", "CPF", "OPCO", "ESAT", "EHPAD", "AVS", "IDE", "SSIAP", "APS",
    "Senior", "Junior", "Cadre", "Gérant", "Gérante", "Associé", "Associée", "Commissaire aux comptes",
    "Mandataire", "Légataire", "Soprano", "Alto", "Ténor", "Basse",
    "Chef de chœur", "Moniteur", "Monitrice", "Agent de sécurité", "Chef de poste", "Coloriste",
    "Inventeur", "Inventrice", "Mainteneur", "Contributeur", "Garant", "Garante", "Tuteur",
]
NEG_SOFTWARE = [
    "GitHub", "GitLab", "Dependabot", "Renovate", "Jira", "Docker", "Kubernetes", "PostgreSQL",
    "Linux", "Debian", "Django", "Rust", "Python", "Firefox", "Chrome", "Outlook", "Salesforce",
    "Genesys", "Zendesk", "Qualtrics", "SurveyMonkey", "Typeform", "GLPI", "Planity", "Doctolib",
    "Pronote", "ENT", "Ornikar", "Packlink", "Yousign", "DocuSign", "Swile", "Lucca", "Kelio",
]
NEG_WORKS = [
    # Titles, some named after characters or a poet: the title of a work, not a mention of a person.
    "Cantique de Jean Racine", "Carmina Burana", "Les Noces de Figaro", "Roméo et Juliette",
    "Didon et Énée", "Nabucco", "Don Giovanni", "Les Misérables", "West Side Story",
]
NEG_CATS = [("streets", NEG_STREETS), ("places named after people", NEG_PLACES),
            ("companies, brands, platforms", NEG_COMPANIES), ("eponyms (prizes, laws, diseases)", NEG_EPONYMS),
            ("ordinary words that are names", NEG_WORDS), ("titles, roles, categories, acronyms", NEG_TITLES),
            ("software and products", NEG_SOFTWARE), ("titles of works", NEG_WORKS)]
NEG_ALL = [n for _, items in NEG_CATS for n in items]

CITIES = {"Paris": "75018", "Aubervilliers": "93300", "Sarcelles": "95200", "Créteil": "94000",
          "Nanterre": "92000", "Massy": "91300", "Meaux": "77100", "Lyon": "69008", "Villeurbanne": "69100",
          "Marseille": "13013", "Montpellier": "34070", "Perpignan": "66000", "Toulouse": "31100",
          "Pau": "64000", "Bordeaux": "33300", "Limoges": "87000", "Poitiers": "86000",
          "Angers": "49100", "Nantes": "44300", "Quimper": "29000", "Caen": "14000", "Le Havre": "76600",
          "Amiens": "80000", "Lille": "59000", "Metz": "57000", "Nancy": "54000", "Dijon": "21000",
          "Besançon": "25000", "Saint-Étienne": "42100", "Le Port": "97420", "Fort-de-France": "97200",
          "Cayenne": "97300", "Dzaoudzi": "97615", "Colmar": "68000", "Bastia": "20200"}
STREETS = ["rue des Acacias", "rue de la Gare", "chemin des Vignes", "rue du Moulin", "avenue des Tilleuls",
           "rue des Écoles", "impasse du Lavoir", "route de Lyon", "rue de la Paix", "allée des Cerisiers",
           "rue Neuve", "boulevard du Général-Leclerc", "rue des Remparts", "place du Marché"]
COMPANIES = ["Novatherm SAS", "Brico'Pro Services", "Atelier Lumen", "Kerlys Ingénierie", "Transalp Fret",
             "Opaline Cosmétiques", "Datagora", "Menuiserie des Deux Rives", "Biolis", "Hexaform",
             "Cap Horizon Conseil", "Fromagerie du Plateau", "Sud Réseaux", "Vitalis Domicile"]
# Firms named after their founder, in the firm's own documents: a company, not a person's mention.
EPONYM_FIRMS = ["SARL Martin Frères", "Établissements Gaston Roux", "Garage Durand & Fils"]
MAIL_DOMAINS = ["exemple.fr", "example.com", "mail.example", "courriel.example"]


def city(r):
    return r.choice(sorted(CITIES))


def addr(r, c=None):
    c = c or city(r)
    street = r.choice(NEG_STREETS + STREETS)
    return f"{r.randint(1, 150)}{r.choice(['', '', '', ' bis', ' ter'])} {street}, {CITIES[c]} {c}"


# First names that are also French words ("Trésor", "Patience", "Grâce"): typed in lower case they
# would read as the word, so a chat writes them capitalised.
WORDLIKE = {"tresor", "patience", "prudence", "divine", "grace", "esperance", "exauce", "parfait",
            "placide", "desire", "christ", "merveille", "ange", "heritier", "edith", "eden", "joy ann"}


class P6(P):
    def low(self):
        """The first name in lower case as typed in a chat, unless it then reads as a word."""
        return self.fn() if fold(self.first) in WORDLIKE else super().low()


class Casting:
    """Draws people from POOLS with the given weights; in one document no two people share a
    first name or a surname, so that a lone "Karim" or "Mme Diallo" points to one person."""

    def __init__(self, r, weights):
        self.r = r
        self.origins = sorted(weights)
        self.weights = [weights[o] for o in self.origins]
        self.used = set()
        self.doc_people = []

    def person(self, sex=None, origin=None):
        r = self.r
        for tries in range(10000):
            o = origin or r.choices(self.origins, self.weights)[0]
            fem, masc, last = POOLS[o]
            s = sex or r.choice("fm")
            first = r.choice((fem if s == "f" else masc).split()).replace("_", " ")
            # one person in fifteen carries a surname from another origin (marriage, adoption)
            lo = r.choices(self.origins, self.weights)[0] if r.random() < 0.067 else o
            sur = r.choice(POOLS[lo][2].split()).replace("_", " ")
            if lo != o and sur[0].islower():
                continue  # a noble particle name ("de Vaujuas") is not what marriage usually brings
            # a Mauritanian woman is "Mint" (daughter of), a man "Ould" (son of)
            if s == "f" and sur.startswith("Ould "):
                sur = "Mint " + sur[5:]
            # Polish and Central-Asian/Chechen surnames agree with the bearer
            if s == "f" and sur.endswith(("ski", "cki")):
                sur = sur[:-1] + "a"
            elif s == "f" and lo in ("asie-centrale", "tchetchenie") and sur.endswith(("ov", "ev")):
                sur = sur + "a"
            fresh = fold(first) not in self.used and fold(sur) not in self.used
            if (fresh or tries > 200) and fold(first) != fold(sur):
                self.used |= {fold(first), fold(sur)}
                p = P6(first, sur, s, o, r)
                self.doc_people.append(p)
                return p
        raise RuntimeError("no name left to cast")

    def cast(self, n):
        return [self.person() for _ in range(n)]


NATIONALITIES = {"maghreb": "Algérienne", "senegal-mali-guinee": "Sénégalaise", "cote-ivoire-benin-togo": "Ivoirienne",
                 "cameroun-gabon": "Camerounaise", "rdc-congo": "Congolaise", "portugal-cap-vert-bresil": "Portugaise",
                 "espagne": "Espagnole", "italie": "Italienne", "turquie": "Turque", "armenie-georgie": "Arménienne",
                 "pologne": "Polonaise", "ukraine": "Ukrainienne", "roumanie-moldavie": "Roumaine",
                 "vietnam": "Vietnamienne", "chine": "Chinoise", "madagascar": "Malgache", "comores-mayotte": "Comorienne",
                 "tamoul-sri-lanka": "Sri-lankaise", "iran": "Iranienne", "liban-syrie": "Libanaise",
                 "nigeria": "Nigériane", "ghana": "Ghanéenne"}


def nationality(r, p):
    """Most managers born abroad are French by now; a K-bis gives the nationality, not the origin."""
    return NATIONALITIES.get(p.origin, "Française") if r.random() < 0.35 else "Française"


def dates(r, n, y0=2026, y1=2026):
    """n dates in order, as a register or a log prints them."""
    days = sorted(r.randint(0, 364) + 365 * r.randint(0, y1 - y0) for _ in range(n))
    return [(datetime.date(y0, 1, 1) + datetime.timedelta(days=d)).strftime("%d/%m/%Y") for d in days]


def times(r, n, lo=8, hi=18):
    """n times of one day, in order, as a log or a chat export prints them."""
    return sorted(hhmm(r, lo, hi) for _ in range(n))


def pick(r, p):
    """A name form for a table cell or a list line."""
    return r.choice([p.full, p.full, p.fup, p.adm, p.inv, p.ini])()


def form_name(r, p):
    """The "Nom : … Prénom : …" lines of a form; the surname in capitals, sometimes unaccented."""
    return [f"Nom{sep(r)}{r.choice([p.SUR, p.SUR, p.SURX, p.sur])()}", f"Prénom{sep(r)}{p.fn()}"]


def sign(r, p):
    return r.choice([p.full, p.full, p.fup, p.ini])()


def table(r, head, rows, widths=None):
    """Rows as TSV, pipes, CSV (';') or space-aligned columns, as pasted from a spreadsheet."""
    style = r.choice(["tab", "pipe", "csv", "cols"])
    out = []
    if style == "tab":
        out += ["\t".join(head)] + ["\t".join(row) for row in rows]
    elif style == "pipe":
        out += ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)] + ["| " + " | ".join(row) + " |" for row in rows]
    elif style == "csv":
        out += [";".join(head)] + [";".join(row) for row in rows]
    else:
        widths = widths or [24] * len(head)
        out += ["".join(pad(h, w) for h, w in zip(head, widths)).rstrip()]
        out += ["".join(pad(x, w) for x, w in zip(row, widths)).rstrip() for row in rows]
    return out


def date_fr(r, year=2026):
    return fdate(r, year)


# ---------------------------------------------------------------------------------------------
# Document types. Each template takes the random generator and a Casting and returns the labeled
# text; a type is a list of templates used in turn.


def register_rows(r, holders):
    """The founders subscribe at the creation; each later line sells to a newcomer from someone
    who already holds shares."""
    days = dates(r, len(holders), 2019, 2026)
    rows = [["1", days[0], "Souscription", pick(r, holders[0]), str(r.randint(500, 1000))],
            ["2", days[0], "Souscription", pick(r, holders[1]), str(r.randint(500, 1000))]]
    for i, p in enumerate(holders[2:], 3):
        rows.append([str(i), days[i - 2], pick(r, r.choice(holders[:i - 1])), pick(r, p), str(r.randint(10, 400))])
    return rows


def actions_registre(r, c):
    soc = r.choice(COMPANIES + EPONYM_FIRMS)
    holders = c.cast(r.randint(3, 6))
    out = [r.choice(["REGISTRE DES MOUVEMENTS DE TITRES", "Registre des mouvements de titres — actions nominatives"]),
           f"{soc} — SAS au capital de {r.choice(['10 000', '37 000', '150 000', '8 400'])} €", "",
           *table(r, ["N°", "Date", "Cédant", "Cessionnaire", "Nb actions"], register_rows(r, holders), [5, 13, 30, 30, 10]), ""]
    pres = holders[0]
    out += [opt(r, 0.6, f"Agrément des cessionnaires par décision de l'AGE du {sdate(r)}."),
            f"Certifié conforme par {pres.e('la Présidente', 'le Président')}, {pres.full()}" + r.choice(["", ", le " + fdate(r)])]
    return lines(*out)


def actions_ordre(r, c):
    ced, ces, pres = c.person(), c.person(), c.person()
    n = r.randint(5, 500)
    return lines(
        "ORDRE DE MOUVEMENT DE TITRES",
        f"Société émettrice{sep(r)}{r.choice(COMPANIES)}",
        "", "CÉDANT",
        *form_name(r, ced),
        f"Adresse{sep(r)}{addr(r)}",
        "", "CESSIONNAIRE",
        f"Nom et prénom{sep(r)}{r.choice([ces.adm, ces.full, ces.fup])()}" + (nee(r, c, ces) if ces.f else ""),
        f"Adresse{sep(r)}{addr(r)}",
        "",
        f"Nombre d'actions cédées : {n} (numérotées {r.randint(1, 50)} à {n + 50})",
        f"Prix unitaire : {euros(r, 1, 90)}",
        "",
        f"{r.choice(['Je soussigné' + ced.e('e', ''), ced.e('La soussignée', 'Le soussigné')])} {ced.full()} donne ordre de virer les titres ci-dessus au compte de {ces.cs()}.",
        opt(r, 0.7, f"Mouvement inscrit au registre le {sdate(r)} par {pres.ini()}, Président."),
        f"Signature du cédant : {ced.abbr()}",
    )


def kbis_extrait(r, c):
    g1, g2, cac = c.person(), c.person(), c.person()
    cn = city(r)
    return lines(
        "Greffe du Tribunal de commerce " + de(cn),
        "EXTRAIT K BIS — à jour au " + sdate(r),
        "",
        f"Dénomination{sep(r)}{r.choice(COMPANIES).upper()}",
        f"Forme juridique{sep(r)}{r.choice(['SARL', 'SAS', 'SASU', 'EURL', 'SCI'])}",
        f"Adresse du siège{sep(r)}{addr(r, cn)}",
        "",
        "GESTION, DIRECTION, ADMINISTRATION, CONTRÔLE",
        f"{r.choice(['Gérant', 'Président'])}{sep(r)}{g1.adm()}" if r.random() < 0.5 else f"Gérant{sep(r)}{g1.ADMX()}",
        f"   Date et lieu de naissance : {sdate(r, r.randint(1955, 1998))} {at(city(r))}",
        f"   Nationalité : {nationality(r, g1)}",
        opt(r, 0.6, f"Cogérant{sep(r)}{g2.adm()}"),
        opt(r, 0.5, f"Commissaire aux comptes titulaire{sep(r)}{r.choice(['Cabinet Audinord', 'KPMG Audit'])}, représenté par {cac.full()}"),
        "",
        f"Activité : {r.choice(['travaux de plomberie', 'conseil en informatique', 'négoce de fruits', 'location de biens immobiliers', 'salon de coiffure'])}",
        "Le Greffier",
    )


def kbis_statuts(r, c):
    ass = c.cast(r.randint(2, 4))
    soc = r.choice(COMPANIES)
    out = [f"STATUTS DE LA SOCIÉTÉ {soc.upper()}", "", "ENTRE LES SOUSSIGNÉS :", ""]
    for a in ass:
        out.append(f"- {a.civl()} {a.full()}, né{a.e('e', '')} le {sdate(r, r.randint(1958, 2000))} {at(city(r))}, demeurant {addr(r)} ;")
    g = r.choice(ass)
    apports = [f"{r.choice([a.cs, a.full])()} : {euros(r, 500, 20000)}" for a in ass]
    out += ["", "Article 7 — Apports", *["  " + x for x in apports], "",
            "Article 15 — Nomination du premier gérant",
            f"Est nommé{g.e('e', '')} premi{g.e('ère', 'er')} gérant{g.e('e', '')} pour une durée illimitée {g.civl()} {g.full()}, "
            f"qui accepte. {g.cs()} déclare n'être frappé{g.e('e', '')} d'aucune incompatibilité.",
            "", f"Fait {at(city(r))}, le {fdate(r)}, en {len(ass) + 1} exemplaires.",
            "   ".join(a.ii() for a in ass) + ("" if r.random() < 0.5 else "   (paraphes)")]
    return lines(*out)


def kbis_annonce(r, c):
    """A legal notice of incorporation as a newspaper of legal notices prints it."""
    g, g2 = c.person(), c.person()
    cn = city(r)
    return lines(
        r.choice(["AVIS DE CONSTITUTION", "Annonce légale — constitution de société"]),
        "",
        f"Aux termes d'un acte sous seing privé en date du {fdate(r)}, il a été constitué une société présentant les caractéristiques suivantes :",
        f"Dénomination : {r.choice(COMPANIES + EPONYM_FIRMS)}. Forme : {r.choice(['SARL', 'SAS', 'EURL'])}. Capital : {r.choice(['1 000', '5 000', '20 000'])} euros.",
        f"Siège : {addr(r, cn)}.",
        f"Objet : {r.choice(['la rénovation de bâtiments', 'le transport léger de marchandises', 'la vente de produits cosmétiques', 'le conseil en ressources humaines'])}.",
        f"Gérance : {g.civ()} {r.choice([g.full, g.fup])()}, demeurant {addr(r)}"
        + (f", et {g2.civ()} {r.choice([g2.full, g2.fup])()}, demeurant {addr(r)}." if r.random() < 0.4 else "."),
        f"Immatriculation au RCS {de(cn)}.",
        opt(r, 0.5, f"Pour avis, {r.choice([g.e('la gérante', 'le gérant'), 'la gérance'])}."),
    )


def ag_pv(r, c):
    pres, sec, scrut = c.person(), c.person(), c.person()
    proxies = [(c.person(), c.person()) for _ in range(r.randint(2, 4))]
    soc = r.choice(COMPANIES + EPONYM_FIRMS)
    out = [f"{soc} — PROCÈS-VERBAL DE L'ASSEMBLÉE GÉNÉRALE ORDINAIRE DU {sdate(r)}", "",
           f"L'assemblée est présidée par {pres.civl()} {pres.full()}, Président{pres.e('e', '')}.",
           f"{sec.cs()} est désigné{sec.e('e', '')} secrétaire de séance et {scrut.full()} scrutat{scrut.e('rice', 'eur')}.",
           "", "Sont représentés :"]
    for a, b in proxies:
        out.append(r.choice([f"  - {a.full()}, par pouvoir donné à {b.full()}",
                             f"  - {a.adm()} (pouvoir à {b.cs()})",
                             f"  - {a.cs()} représenté{a.e('e', '')} par {b.fup()}"]))
    a, b = r.choice(proxies)
    out += ["", f"Le quorum est atteint ({r.randint(55, 98)} % des actions).", "",
            "PREMIÈRE RÉSOLUTION — approbation des comptes : adoptée à l'unanimité.",
            f"DEUXIÈME RÉSOLUTION — quitus au Président : adoptée, {a.cs()} s'abstenant.",
            opt(r, 0.6, f"TROISIÈME RÉSOLUTION — renouvellement du mandat du CAC : adoptée. {pres.sur()} remercie {scrut.fn()} pour la tenue du registre."),
            "", pad(pres.e("La Présidente", "Le Président"), 32) + sec.e("La Secrétaire", "Le Secrétaire"),
            pad(sign(r, pres), 32) + sign(r, sec)]
    return lines(*out)


def ag_presence(r, c):
    rows = []
    people = c.cast(r.randint(5, 8))
    for p in people:
        mode = r.choice(["présent", "présent", "pouvoir", "vote par correspondance"])
        rows.append((p, mode))
    cn = r.choice(COMPANIES)
    out = [f"FEUILLE DE PRÉSENCE — AG des actionnaires de {cn}", ""]
    body = []
    holders = [p for p, m in rows if m == "présent"] or [rows[0][0]]
    for p, mode in rows:
        proxy = r.choice(holders) if mode == "pouvoir" else None
        body.append([r.choice([p.adm, p.SURX, p.full])() if mode != "pouvoir" else p.adm(),
                     str(r.randint(1, 4000)), mode + (f" à {proxy.full()}" if proxy and proxy is not p else ""),
                     "" if mode != "présent" else r.choice(["signé", p.ii()])])
    out += table(r, ["Actionnaire", "Actions", "Mode", "Émargement"], body, [32, 9, 38, 10])
    out += ["", f"Certifiée exacte par le bureau : {holders[0].full()}" + r.choice(["", " (président de séance)"])]
    return lines(*out)


def sepa_mandat(r, c):
    deb = c.person()
    co = c.person(origin=deb.origin) if r.random() < 0.4 else None
    iban = "FR76 " + " ".join(f"{r.randint(0, 9999):04d}" for _ in range(5)) + f" {r.randint(100, 999)}"
    return lines(
        "MANDAT DE PRÉLÈVEMENT SEPA",
        f"Référence unique du mandat (RUM){sep(r)}{r.choice(['CLUB', 'ECOLE', 'MUT', 'CRECHE'])}-{r.randint(10000, 99999)}",
        "",
        "En signant ce formulaire de mandat, vous autorisez le créancier à envoyer des instructions à votre banque.",
        "",
        f"Nom, prénom du débiteur{sep(r)}{r.choice([deb.adm, deb.ADMX, deb.fup])()}" + (f" et {co.adm()}" if co else ""),
        f"Adresse{sep(r)}{addr(r)}",
        f"IBAN{sep(r)}{iban}",
        f"BIC{sep(r)}{r.choice(['AGRIFRPP', 'SOGEFRPP', 'CCBPFRPP', 'BOUSFRPP'])}",
        "",
        f"Créancier{sep(r)}{r.choice(COMPANIES)} — ICS FR{r.randint(10, 99)}ZZZ{r.randint(100000, 999999)}",
        f"Type de paiement : {r.choice(['récurrent', 'ponctuel'])}",
        f"Fait {at(city(r))}, le {sdate(r)}",
        f"Signature : {r.choice([deb.full, deb.abbr, deb.ini])()}",
    )


def sepa_mail(r, c):
    g, deb = c.person(), c.person()
    enf = c.person(origin=deb.origin)
    return lines(
        f"De : {g.full()} <{g.mail(r, r.choice(MAIL_DOMAINS))}>",
        f"À : {deb.mail(r)}",
        f"Objet : Rejet de prélèvement — {r.choice(['cotisation', 'cantine', 'licence'])} {r.choice(['octobre', 'mars', 'juin'])}",
        "",
        f"Bonjour {r.choice([deb.cl(), deb.fn(), deb.civ() + ' ' + deb.full()])},",
        "",
        f"Le prélèvement du {sdate(r)} concernant {enf.fn()} nous a été retourné avec le motif « AM04 — provision insuffisante ».",
        f"Merci de nous transmettre un nouveau mandat signé ou de régler {euros(r, 20, 180)} par virement.",
        opt(r, 0.5, f"Le mandat que nous avons est au nom {of(deb.adm())}, signé en {r.choice(['2023', '2024', '2025'])}."),
        "",
        r.choice(["Cordialement,", "Bien à vous,"]),
        g.fn() if r.random() < 0.4 else g.full(),
        r.choice([g.e("Trésorière", "Trésorier"), "Comptabilité", "Service facturation"]),
    )


def don_recu(r, c):
    don = c.person()
    tres = c.person()
    asso = r.choice(["Association Les Amis du Moulin", "Restos du Quartier", "Solidarité Madagascar Nord",
                     "Fonds de dotation Horizons", "Association Entraide Comores-Mayotte"])
    return lines(
        "REÇU AU TITRE DES DONS À CERTAINS ORGANISMES D'INTÉRÊT GÉNÉRAL",
        "(articles 200, 238 bis et 978 du code général des impôts) — Cerfa n° 11580*05",
        f"Numéro d'ordre du reçu{sep(r)}{r.randint(2026, 2026)}-{r.randint(1, 900):04d}",
        "",
        f"Bénéficiaire des versements : {asso}, {addr(r)}",
        "",
        "Donateur",
        *form_name(r, don),
        f"Adresse{sep(r)}{addr(r)}",
        "",
        f"Le bénéficiaire reconnaît avoir reçu au titre des dons la somme de {euros(r, 15, 1500)}.",
        f"Date du versement : {sdate(r)}    Forme du don : {r.choice(['chèque', 'virement', 'espèces', 'prélèvement'])}",
        "",
        f"Fait le {fdate(r, 2027)}, {tres.e('la trésorière', 'le trésorier')} : {r.choice([tres.full, tres.fup])()}",
    )


def don_merci(r, c):
    pres, don = c.person(), c.person()
    conj = c.person(sex="m" if don.f else "f", origin=don.origin) if r.random() < 0.5 else None
    sal = f"Chère {don.fn()}" if don.f else f"Cher {don.fn()}"
    if conj:
        sal = r.choice(["Chère Madame, cher Monsieur", f"{don.e('Chère', 'Cher')} {don.fn()}, {conj.e('chère', 'cher')} {conj.fn()}"])
    return lines(
        f"{don.civ()} {don.full()}" + (f" et {conj.civ()} {conj.full()}" if conj else ""),
        addr(r), "",
        f"{city(r)}, le {fdate(r)}", "",
        sal + ",", "",
        "Votre don nous est bien parvenu et nous vous en remercions chaleureusement.",
        f"Grâce à vous, l'atelier de soutien scolaire animé par {c.person().full()} pourra ouvrir une deuxième classe en janvier.",
        "Vous trouverez ci-joint votre reçu fiscal, qui vous permet de déduire 66 % du montant de vos impôts.",
        "", "Avec toute notre reconnaissance,", "",
        pres.full(), r.choice(["Présidente", "Président"]) if r.random() < 0.5 else "pour le bureau",
    )


def crowd_liste(r, c):
    porteur = c.person()
    backers = c.cast(r.randint(7, 12))
    proj = r.choice(["la réouverture du cinéma de quartier", "notre première cuvée bio", "l'album de la chorale",
                     "le food-truck solidaire", "l'atelier vélo participatif"])
    out = [f"{r.choice(['Ulule', 'KissKissBankBank'])} — merci aux contributeurs de {proj} !", ""]
    for b in backers:
        amount = r.choice(["10", "20", "25", "50", "80", "150"])
        out.append(r.choice([f"♥ {b.full()} — {amount} €", f"{b.abbr()} ({amount} €)", f"{b.low()} — {amount}€",
                             f"{b.full()} a choisi la contrepartie « {r.choice(['mug', 'affiche', 'place VIP', 'tote bag', 'savon à l’olive', 'tablier brodé'])} »"]))
    out += ["", f"Et {r.randint(3, 40)} contributeurs anonymes.",
            f"Un merci spécial à {r.choice(backers).fn()} qui a relayé la campagne partout !", "",
            f"— {porteur.full()}, porteu{porteur.e('se', 'r')} du projet"]
    return lines(*out)


def crowd_actu(r, c):
    team = c.cast(3)
    lucky = c.cast(3)
    return lines(
        f"Actualité n°{r.randint(2, 9)} — {r.choice(['On y est presque !', 'Objectif atteint', 'Les contreparties arrivent'])}",
        "",
        f"Bonjour à tous, c'est {team[0].fn()} !",
        f"Grâce à vous nous avons dépassé {r.randint(100, 180)} % de l'objectif. {team[1].fn()} et {team[2].full()} "
        "ont commencé à préparer les colis cette semaine.",
        "",
        f"Les trois contributeurs tirés au sort pour la visite de l'atelier sont : {lucky[0].full()}, {lucky[1].abbr()} et {lucky[2].full()}.",
        f"{lucky[0].fn()}, on t'écrit en privé pour fixer une date.",
        opt(r, 0.5, "Les envois passent par Mondial Relay ; le suivi vous sera envoyé par e-mail."),
        "",
        "À très vite,",
        "L'équipe (" + ", ".join(p.fn() for p in team) + ")",
    )


def changelog(r, c):
    devs = c.cast(r.randint(3, 5))
    v = f"{r.randint(1, 4)}.{r.randint(0, 12)}.{r.randint(0, 9)}"
    out = [f"## [{v}] - 2026-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}", "", "### Ajouté"]
    added = r.sample(["Export CSV des factures", "Mode sombre", "Filtre par date", "Connexion SSO", "Support de PostgreSQL 17",
                      "Import Outlook", "Traduction en arabe", "Image Docker multi-architecture"], 2)
    for d, what in zip(devs[:2], added):
        # A GitHub-style changelog credits the handle (an identifier, not labeled) or the name.
        out.append(r.choice([f"- {what} (@{d.login(r)}, #{r.randint(100, 999)}) — {d.full()}", f"- {what}, merci à {d.full()}",
                             f"- {what} ({d.full()}, #{r.randint(100, 999)})"]))
    out += ["", "### Corrigé"]
    fixed = r.sample(["Plantage au démarrage sous Debian", "Fuite mémoire du cache", "Arrondi des totaux",
                      "Accents perdus à l'export", "Fuseau horaire des rappels"], len(devs) - 2)
    for d, what in zip(devs[2:], fixed):
        out.append(f"- {what} — signalé par {d.full()}, corrigé par {r.choice(devs[:2]).fn()}")
    out += ["", "### Contributeurs", "", "Merci à " + ", ".join(d.full() for d in devs) + " pour cette version."]
    return lines(*out)


def changelog_contrib(r, c):
    devs = c.cast(r.randint(5, 9))
    out = ["# CONTRIBUTORS", "", "Ce fichier liste les personnes ayant contribué au projet (ordre alphabétique).", ""]
    for d in sorted(devs, key=lambda p: fold(p.last)):
        out.append(r.choice([f"* {d.full()} <{d.mail(r)}>", f"* {d.full()} (@{d.login(r)})", f"* {d.inv()}",
                             f"* {d.full()} — {r.choice(['traduction', 'documentation', 'module paie', 'tests'])}"]))
    m = r.choice(devs)
    out += ["", "## Mainteneurs", f"- {m.full()} (release manager)",
            "", f"Les correctifs proposés via Dependabot ou Renovate ne sont pas listés."]
    return lines(*out)


def brevet_depot(r, c):
    invs = c.cast(r.randint(2, 4))
    mand = c.person()
    cn = city(r)
    out = ["REQUÊTE EN DÉLIVRANCE — BREVET D'INVENTION (INPI)",
           f"Titre de l'invention{sep(r)}{r.choice(['Dispositif de fixation amovible pour panneau solaire', 'Procédé de recyclage de textiles mélangés', 'Capteur d’humidité pour bois de charpente'])}",
           f"Demandeur{sep(r)}{r.choice(COMPANIES)}, {addr(r, cn)}", "",
           "DÉSIGNATION DES INVENTEURS"]
    for i, p in enumerate(invs, 1):
        out.append(f"{i}. Nom : {p.SUR()}    Prénoms : {p.fn()}    Adresse : {addr(r)}")
    out += ["", f"Mandataire{sep(r)}{mand.civ()} {mand.full()}, conseil en propriété industrielle",
            opt(r, 0.5, f"Les inventeurs {invs[0].sur()} et {invs[1].sur()} demandent à être mentionnés dans la demande publiée."),
            f"Signature du mandataire : {mand.ini()}"]
    return lines(*out)


def brevet_mail(r, c):
    cpi, inv1, inv2 = c.person(), c.person(), c.person()
    return lines(
        f"De : {cpi.full()} <{E(cpi.login(r).replace('.', '') + '@cabinet-pi.example')}>",
        f"À : {inv1.mail(r)} ; {inv2.mail(r)}",
        "Objet : Projet de revendications — votre réf. " + f"INV-{r.randint(100, 999)}",
        "",
        f"Bonjour {inv1.fn()}, bonjour {inv2.fn()},",
        "",
        f"Veuillez trouver le projet de revendications rédigé à partir de la note de {inv1.abbr()}.",
        f"J'ai repris le schéma de la figure 3 fourni par {inv2.fup()} ; la revendication 4 doit encore être validée par {inv2.sur()}.",
        "L'état de la technique cite le nombre de Reynolds : nous l'avons conservé dans la description.",
        opt(r, 0.5, "Le dépôt doit intervenir avant la présentation au salon, sinon la divulgation serait opposable."),
        "",
        "Bien cordialement,",
        f"{cpi.full()}" + r.choice(["", " — Conseil en propriété industrielle"]),
    )


JOBS = ["préparateur(trice) de commandes", "cariste", "agent(e) de production", "manutentionnaire",
        "aide-comptable", "agent(e) d'accueil", "soudeur(se)", "plongeur(se)", "agent(e) de quai",
        "technicien(ne) de maintenance", "employé(e) libre-service", "assistant(e) ADV"]


def interim_contrat(r, c):
    it, tut, cons = c.person(), c.person(), c.person()
    d1, d2 = span(r, 5, 60)
    return lines(
        f"CONTRAT DE MISSION N° {r.randint(100000, 999999)} — {r.choice(['Adecco', 'Manpower', 'Randstad', 'Synergie', 'Agence Intérim Plus'])}",
        "",
        "Salarié(e) intérimaire",
        *form_name(r, it),
        f"N° sécurité sociale : {it.e('2', '1')} {r.randint(60, 99)} {r.randint(1, 12):02d} {r.randint(10, 95)} XXX XXX",
        "",
        f"Entreprise utilisatrice{sep(r)}{r.choice(COMPANIES)}, {addr(r)}",
        f"Poste{sep(r)}{r.choice(JOBS)} — qualification {r.choice(['N1', 'N2', 'Senior', 'Junior'])}",
        f"Motif{sep(r)}{r.choice(['accroissement temporaire d’activité', 'remplacement de ' + c.person().full() + ' (absent(e))'])}",
        f"Période{sep(r)}du {d1} au {d2}",
        f"Tuteur sur site{sep(r)}{r.choice([tut.full, tut.fup, tut.cs])()}",
        f"Horaires : {r.choice(['5h-12h', '13h-20h', '8h-12h / 13h30-17h'])}    Taux horaire : {euros(r, 12, 19)}",
        r.choice(["Prime de panier : 6,90 € par jour travaillé", "IFM 10 % + ICCP 10 % ; prime d'équipe selon accord", "Indemnité de fin de mission : 10 %"]),
        "",
        f"Chargé(e) de recrutement : {cons.full()} — {phone(r)}",
        opt(r, 0.5, f"EPI fournis par l'entreprise utilisatrice (chaussures de sécurité taille {r.randint(36, 46)})."),
        f"Signature de l'intérimaire{sep(r)}{it.abbr()}",
    )


def interim_releve(r, c):
    ag = c.person()
    temps = c.cast(r.randint(4, 7))
    rows = [[r.choice([p.ADMX, p.adm, p.fup])(), r.choice(JOBS), f"{r.randint(28, 46)},{r.choice(['00', '50', '25'])}", r.choice(["", "", "nuit", "samedi", "1 absence"])] for p in temps]
    out = [f"RELEVÉ D'HEURES INTÉRIMAIRES — semaine {r.randint(1, 52)}",
           f"Client : {r.choice(COMPANIES + ['Michelin', 'Leroy Merlin', 'Garage Durand & Fils'])}    Agence : {r.choice(['Adecco', 'Synergie', 'Randstad'])}", ""]
    out += table(r, ["Intérimaire", "Poste", "Heures", "Observations"], rows, [30, 38, 8, 12])
    p = r.choice(temps)
    out += ["", f"Remarque : {p.fn()} a quitté le poste jeudi à 10h (rendez-vous médical, justificatif promis).",
            f"Validé par : {ag.full()}, chef d'équipe" + r.choice(["", " — visa " + ag.ii()])]
    return lines(*out)


def temps_hebdo(r, c):
    emp, mgr = c.person(), c.person()
    days = ["Lundi", "Mardi", "Mercredi", "Jeudi", "Vendredi"]
    projs = ["Migration ERP", "Client Biolis", "Support interne", "Réunion d'équipe", "Formation CPF"]
    rows = [[d, r.choice(projs), str(r.choice([7, 7.5, 8, 3.5])).replace(".", ",")] for d in days]
    out = [f"FEUILLE DE TEMPS — semaine du {sdate(r)}",
           f"Collaborat{emp.e('rice', 'eur')}{sep(r)}{r.choice([emp.full, emp.adm, emp.fup])()}",
           f"Manager{sep(r)}{mgr.full()}", ""]
    out += table(r, ["Jour", "Projet / activité", "Heures"], rows, [12, 28, 6])
    out += ["", f"Commentaire : {r.choice(['RAS', 'Mercredi après-midi en télétravail', 'Astreinte samedi non saisie', 'Prime d’astreinte à vérifier avec la paie'])}",
            f"Validé le {sdate(r)} par {r.choice([mgr.ini, mgr.abbr, mgr.full])()}"]
    return lines(*out)


def temps_relance(r, c):
    mgr = c.person()
    late = c.cast(r.randint(3, 5))
    out = [f"De : {mgr.full()}", "À : équipe-projets", f"Objet : Feuilles de temps {r.choice(['en retard', 'à valider avant vendredi', 'semaine 14'])}", "",
           "Bonjour à tous,", "", "Il manque encore les saisies de :"]
    for p in late:
        out.append(r.choice([f"- {p.full()} (semaines {r.randint(10, 20)} et {r.randint(21, 30)})", f"- {p.fn()} {L(core(p.last)[0] + '.')}".replace("⟧ ⟦PERSON|", " "), f"- {p.adm()}"]))
    p = r.choice(late)
    out += ["", f"{p.fn()}, je sais que tu étais en déplacement chez le client : saisis au moins les jours facturables.",
            "Sans saisie, la facturation du mois part avec du retard et la DAF nous relance.", "", "Merci,", mgr.fn()]
    return lines(*out)


def temps_slack(r, c):
    """A Slack channel: the manager @mentions the late ones; handles stay as typed."""
    mgr = c.person()
    late = c.cast(r.randint(2, 3))
    out = [f"#{r.choice(['projets', 'equipe-data', 'bureau-etudes'])} — {fdate(r)}", "",
           f"{mgr.full()}  {hhmm(r, 9, 11)}",
           "Petit rappel : les feuilles de temps sont à valider dans Kelio avant vendredi midi 🙏 " + " ".join(p.at() for p in late),
           ""]
    p = late[0]
    out += [f"{p.full()}  {hhmm(r, 11, 13)}",
            f"c'est fait pour moi ! par contre {late[1].low()} est en congé jusqu'à lundi", "",
            f"{mgr.fn()}  {hhmm(r, 13, 15)}",
            f"ok merci {p.fn()}, je vois avec {late[1].fn()} à son retour"]
    return lines(*out)


def mission_ordre(r, c):
    ag, chef = c.person(), c.person()
    d1, d2 = span(r, 1, 6)
    dest = r.choice(["Dakar (Sénégal)", "Bucarest (Roumanie)", "Antananarivo (Madagascar)", "Montréal (Canada)", "Hanoï (Vietnam)", "Lyon", "Cayenne"])
    return lines(
        "ORDRE DE MISSION",
        f"N° OM-{r.randint(2026, 2026)}-{r.randint(1, 400):03d}",
        "",
        f"Agent{sep(r)}{ag.civ()} {r.choice([ag.full, ag.fup, ag.adm])()}",
        f"Fonction{sep(r)}{r.choice(['ingénieur(e) d’études', 'chargé(e) de mission', 'technicien(ne)', 'responsable export'])}",
        f"Destination{sep(r)}{dest}",
        f"Dates{sep(r)}du {d1} au {d2}",
        f"Objet{sep(r)}{r.choice(['audit fournisseur', 'salon professionnel', 'formation des équipes locales', 'réception de chantier'])}",
        f"Transport{sep(r)}{r.choice(['avion (départ aéroport Roland-Garros)', 'avion', 'train 2e classe (gare Saint-Lazare)', 'véhicule de service', 'véhicule personnel (barème kilométrique)'])}",
        opt(r, 0.5, f"Accompagné{ag.e('e', '')} de{sep(r)}{c.person().full()}"),
        "",
        f"Avance sur frais : {euros(r, 0, 900)}",
        f"Le responsable hiérarchique : {r.choice([chef.full, chef.ini])()}" + r.choice(["", " (signé)"]),
        f"L'agent : {ag.abbr()}",
    )


def mission_visa(r, c):
    dg, inv = c.person(origin="france"), c.person()
    d1, d2 = span(r, 3, 15)
    cn = city(r)
    return lines(
        r.choice(COMPANIES), addr(r, cn), "",
        f"{r.choice(['Consulat général de France', 'Ambassade de France — service des visas'])}",
        f"{cn}, le {fdate(r)}", "",
        "Objet : lettre d'invitation — demande de visa court séjour", "",
        "Madame, Monsieur,", "",
        f"Je soussigné{dg.e('e', '')} {dg.full()}, {r.choice([dg.e('gérante', 'gérant'), dg.e('directrice générale', 'directeur général'), dg.e('présidente', 'président')])} de la société, "
        f"invite {inv.civ()} {inv.adm()}, né{inv.e('e', '')} le {sdate(r, r.randint(1965, 2000))}, passeport n° {r.choice('ABCP')}{r.randint(1000000, 9999999)}, "
        f"à séjourner en France du {d1} au {d2} afin de participer à une formation technique.",
        f"Les frais de voyage et d'hébergement de {inv.cs()} sont pris en charge par notre société.",
        opt(r, 0.5, f"{inv.sur()} sera accueilli{inv.e('e', '')} par {c.person().full()}, responsable de la formation."),
        "", "Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.", "",
        dg.full() if r.random() < 0.6 else dg.fup(),
    )


def materiel_registre(r, c):
    people = c.cast(r.randint(5, 8))
    it = c.person()
    mats = ["PC portable Dell Latitude", "iPhone 13", "Écran 27\"", "Badge accès", "Clé bureau 2.14", "Véhicule Clio GH-412-TR",
            "Casque Jabra", "Carte carburant", "Clé USB chiffrée", "Tablette Samsung"]
    rows = []
    for p in people:
        given, back = dates(r, 2, 2025, 2026)
        rows.append([pick(r, p), r.choice(mats), f"INV-{r.randint(1000, 9999)}", given, r.choice(["", "", back, "perdu"])])
    out = [r.choice(["REGISTRE D'AFFECTATION DU MATÉRIEL", "Parc informatique — affectations (export GLPI)"]), ""]
    out += table(r, ["Attributaire", "Matériel", "N° inventaire", "Remis le", "Restitué le"], rows, [30, 28, 13, 12, 11])
    out += ["", f"Tenu par : {it.full()}, DSI" + r.choice(["", f" — {phone(r)}"])]
    return lines(*out)


def materiel_badge(r, c):
    rec, gard, rem = c.person(), c.person(), c.person()
    return lines(
        r.choice(["BON DE REMISE DE CLÉS ET BADGES", "Procès-verbal de remise — clés / badge / véhicule"]),
        "",
        f"Remis par{sep(r)}{rem.full()} ({r.choice(['services généraux', 'accueil', 'RH'])})",
        f"Remis à{sep(r)}{rec.civ()} {r.choice([rec.full, rec.adm, rec.fup])()}",
        f"Date{sep(r)}{sdate(r)} à {hhmm(r)}",
        "",
        f"☐ Badge n° {r.randint(10000, 99999)} (accès {r.choice(['bâtiment A', 'parking + RDC', 'tous niveaux'])})",
        f"☐ Clé(s) : {r.choice(['bureau 114', 'local archives', 'armoire RH', 'portail'])} × {r.randint(1, 3)}",
        opt(r, 0.5, f"☐ Véhicule de service — kilométrage {r.randint(10000, 90000)} km"),
        "",
        f"{rec.fn()} s'engage à restituer le matériel à son départ et à signaler toute perte à {gard.full()} (sécurité).",
        f"Signatures : {rem.ini()} / {rec.ini()}",
    )


def rgpd_demande(r, c):
    dem, dpo = c.person(), c.person()
    return lines(
        f"De : {dem.full()} <{dem.mail(r)}>",
        f"À : {E('dpo@' + r.choice(['exemple.fr', 'example.com']))}",
        f"Objet : {r.choice(['Demande d’accès à mes données (article 15 RGPD)', 'Demande d’effacement — article 17', 'Droit d’opposition'])}",
        "",
        "Madame, Monsieur,",
        "",
        f"Je m'appelle {dem.full()} et je suis client{dem.e('e', '')} de votre magasin {at(city(r))} depuis {r.randint(2010, 2024)}.",
        "Je vous demande de me communiquer l'ensemble des données me concernant, et notamment les enregistrements d'appels.",
        opt(r, 0.6, f"Mon ancien nom de famille était {L(c.person(origin=dem.origin).last.upper())} : merci de vérifier aussi sous ce nom."),
        "Sans réponse sous un mois, je saisirai la CNIL.",
        "",
        r.choice(["Cordialement,", "Salutations,"]),
        sign(r, dem),
        "",
        f"> Réponse de {dpo.full()}, DPO : demande enregistrée sous la référence RGPD-{r.randint(1000, 9999)}.",
    )


def rgpd_violation(r, c):
    dpo, rssi, resp = c.person(), c.person(), c.person()
    n = r.randint(12, 4000)
    return lines(
        "NOTIFICATION D'UNE VIOLATION DE DONNÉES — fiche interne",
        f"Date de découverte{sep(r)}{sdate(r)} {hhmm(r)}",
        f"Découverte par{sep(r)}{r.choice([resp.full, resp.fup])()}",
        f"Nature{sep(r)}{r.choice(['envoi d’un fichier de paie au mauvais destinataire', 'ordinateur portable volé', 'base clients exposée', 'courriel envoyé sans copie cachée'])}",
        f"Personnes concernées{sep(r)}environ {n}",
        "",
        "Chronologie :",
        *[f"- {t} : {x}" for t, x in zip(times(r, 3), [
            f"{resp.fn()} signale l'incident au RSSI ({rssi.full()}).",
            f"{rssi.sur()} coupe l'accès et prévient le DPO, {dpo.civ()} {dpo.full()}.",
            "décision de notifier la CNIL sous 72 h" + r.choice(["", " (délai respecté)"]) + "."])],
        "",
        f"Rédigé par {r.choice([dpo.ini, dpo.full])()} — diffusion restreinte (DG, RSSI, DPO).",
    )


def alerte_signalement(r, c):
    lanc, vise, ref = c.person(), c.person(), c.person()
    temoin = c.person()
    anon = r.random() < 0.4
    return lines(
        "PLATEFORME D'ALERTE PROFESSIONNELLE — signalement",
        f"Référence{sep(r)}ALR-{r.randint(100, 999)}",
        f"Identité du lanceur d'alerte{sep(r)}" + ("anonyme" if anon else r.choice([lanc.full, lanc.adm])()),
        f"Catégorie{sep(r)}{r.choice(['conflit d’intérêts', 'harcèlement', 'fraude aux notes de frais', 'atteinte à la sécurité'])}",
        "",
        "Faits signalés :",
        f"« Depuis {r.choice(['mars', 'plusieurs mois', 'la réorganisation'])}, {vise.civ()} {vise.full()} attribue les marchés de nettoyage à la société de son beau-frère. "
        f"{temoin.fn()} {L(temoin.last.upper())} a assisté à la réunion où c'était évident. »".replace("⟧ ⟦PERSON|", " "),
        "",
        f"Référent alerte désigné{sep(r)}{ref.full()}",
        f"Accusé de réception envoyé le {sdate(r)} (délai légal de 7 jours, loi Sapin II).",
        opt(r, 0.6, f"Note du référent : entretien avec {temoin.sur()} prévu ; {vise.sur()} n'est pas informé{vise.e('e', '')} à ce stade."),
    )


def alerte_cr(r, c):
    ref, vise, t1, t2 = c.person(), c.person(), c.person(), c.person()
    return lines(
        f"COMPTE RENDU D'ENQUÊTE INTERNE — {r.choice(['confidentiel', 'CONFIDENTIEL'])}",
        f"Enquêteurs : {ref.full()} (référent), {r.choice(['cabinet externe', 'DRH'])}",
        "",
        f"1. Personne mise en cause : {vise.adm()}",
        f"2. Témoins entendus : {t1.full()} le {sdate(r)} ; {t2.full()} le {sdate(r)}",
        "",
        f"{t1.sur()} confirme les propos rapportés ; {t2.fn()} dit n'avoir « rien vu ni entendu ».",
        f"{vise.cs()} conteste et produit des échanges de mails avec {L(t2.first)}.",
        "",
        f"Conclusion : {r.choice(['faits partiellement établis', 'faits non établis', 'faits établis, sanction proposée'])}.",
        f"Le {sdate(r)}, {ref.ii()}",
    )


def verbatims(r, c):
    custs = c.cast(r.randint(5, 8))
    staff = c.cast(3)
    out = [f"Enquête satisfaction {r.choice(['Qualtrics', 'SurveyMonkey', 'Typeform'])} — verbatims clients, {r.choice(['T1', 'T2', 'T3'])} 2026", ""]
    for p in custs:
        s = staff[r.randrange(3)]
        note = r.randint(1, 10)
        txt = r.choice([f"Très bien accueilli par {s.fn()}, merci à {s.e('elle', 'lui')} !", f"{s.fn()} au téléphone a été d'une patience incroyable",
                        "Délais trop longs, personne ne rappelle.", "Livraison promise avant Noël, reçue en janvier.", f"demandez {s.low()} {s.e('elle', 'il')} connaît son métier",
                        f"{s.e('La technicienne', 'Le technicien')} ({s.full()}) est venu{s.e('e', '')} à l'heure.", "Facture incompréhensible."])
        out.append(r.choice([f"[{note}/10] {p.abbr()} — « {txt} »", f"Note {note} | {p.full()} | {txt}", f"- ({note}) {txt} — {p.fn()}"]))
    out += ["", f"Synthèse : NPS {r.randint(-10, 60)}. Les prénoms de conseillers cités le plus souvent : " + ", ".join(s.fn() for s in staff) + "."]
    return lines(*out)


def qa_grille(r, c):
    cons, sup = c.person(), c.person()
    cli = c.person()
    crit = ["Présentation", "Identification du client", "Reformulation", "Solution apportée", "Conclusion", "Ton et politesse"]
    notes = [r.randint(1, 5) for _ in crit]
    rows = [[k, f"{n}/5", r.choice(["", "à revoir"] if n < 3 else ["", "RAS", "très bien"])] for k, n in zip(crit, notes)]
    out = [f"GRILLE D'ÉCOUTE QUALITÉ — appel du {sdate(r)} {hhmm(r)} (enregistrement Genesys)",
           f"Conseill{cons.e('ère', 'er')}{sep(r)}{r.choice([cons.full, cons.adm, cons.fup])()}",
           f"Évaluat{sup.e('rice', 'eur')}{sep(r)}{sup.full()}",
           f"Client appelant{sep(r)}{cli.cs()}", ""]
    out += table(r, ["Critère", "Note", "Commentaire"], rows, [26, 6, 12])
    out += ["", f"Commentaire : {cons.fn()} n'a pas vérifié l'identité de {cli.cs()} avant de donner le solde ; "
            "bonne reformulation par ailleurs.",
            f"Débrief fait le {sdate(r)} avec {cons.fn()}."]
    return lines(*out)



def formation_eval(r, c):
    stag, form = c.person(), c.person()
    return lines(
        "QUESTIONNAIRE D'ÉVALUATION À CHAUD",
        f"Formation{sep(r)}{r.choice(['Habilitation électrique B0', 'Excel avancé', 'Gestes et postures', 'Management de proximité', 'SST'])}",
        f"Formateur/trice{sep(r)}{r.choice([form.full, form.fup])()}",
        f"Dates{sep(r)}{' au '.join(span(r, 1, 3))}",
        "",
        f"Nom du stagiaire (facultatif){sep(r)}{r.choice([stag.full, stag.adm, stag.low])()}",
        "",
        f"1. Les objectifs étaient-ils clairs ? {r.choice(['☒ oui ☐ non', '☐ oui ☒ non'])}",
        f"2. Note globale : {r.randint(2, 5)}/5",
        f"3. Commentaire libre : « {r.choice([form.fn() + ' explique très bien, exemples concrets.', 'Salle trop petite, pas assez de pauses.', 'Le module avec ' + form.sur() + ' était trop rapide.', 'Très utile, à refaire en Senior.', 'La manœuvre de Heimlich sur mannequin, enfin du concret.'])} »",
        opt(r, 0.5, "4. Recommanderiez-vous cette formation ? oui (financement CPF / OPCO)"),
    )


def formation_synthese(r, c):
    form, rh = c.person(), c.person()
    stags = c.cast(r.randint(5, 8))
    rows = [[pick(r, p), str(r.randint(2, 5)), r.choice(["", "", "RAS", "demande un support papier", "absent le 2e jour"])] for p in stags]
    out = [f"Synthèse des évaluations — session {r.choice(['SST', 'Excel', 'CACES R489', 'Accueil client'])} du {sdate(r)}",
           f"Format{form.e('rice', 'eur')} : {form.full()}    Destinataire : {rh.full()} (RH)", ""]
    out += table(r, ["Stagiaire", "Note /5", "Remarque"], rows, [30, 8, 26])
    p = r.choice(stags)
    out += ["", f"Point d'attention : {p.fn()} n'a pas validé le test final, nouvelle session proposée.",
            f"— {form.ini()}"]
    return lines(*out)


def licence_renouv(r, c):
    lic = c.person()
    parent = c.person(origin=lic.origin) if r.random() < 0.6 else None
    doc = c.person()
    club = r.choice(["US Créteil Handball", "AS Judo Meaux", "Club Pongiste de Pau", "Cercle d'escrime de Nancy", "Basket Club du Havre"])
    out = [f"{club} — renouvellement de licence saison 2026-2027", "",
           *form_name(r, lic),
           f"Date de naissance{sep(r)}{sdate(r, r.randint(2008, 2020) if parent else r.randint(1970, 2005))}",
           f"Catégorie{sep(r)}{r.choice(['U13', 'U15', 'Cadet', 'Junior'] if parent else ['Senior', 'Vétéran'])}",
           opt(r, 0.5, f"Lieu d'entraînement{sep(r)}{r.choice(['gymnase Marie Marvingt', 'stade Jean Bouin', 'piscine Georges Vallerey'])}")]
    if parent:
        out += [f"Représentant légal{sep(r)}{r.choice([parent.full, parent.adm])()}  —  {phone(r)}"]
    out += [f"Certificat médical{sep(r)}{r.choice(['questionnaire santé QS-SPORT', 'certificat du Dr ' + doc.sur() + ' du ' + sdate(r)])}",
            f"Cotisation{sep(r)}{euros(r, 90, 260)} — {r.choice(['chèque', 'Pass’Sport', 'prélèvement SEPA', 'coupons sport'])}",
            "", f"Signature : {(parent or lic).abbr()}"]
    return lines(*out)


def licence_liste(r, c):
    sec = c.person()
    mems = c.cast(r.randint(6, 10))
    rows = []
    for p in mems:
        ln, fn = p.typed(r)
        rows.append([ln, fn, r.choice(["renouvelé", "renouvelé", "en attente certificat", "nouveau", "mutation"]), r.choice(["Senior", "Junior", "Vétéran", "U17"])])
    out = [f"Licences — état au {sdate(r)} (extraction fédération)", ""]
    out += table(r, ["Nom", "Prénom", "Statut", "Catégorie"], rows, [22, 16, 22, 10])
    p = r.choice(mems)
    out += ["", f"{sec.fn()} : il manque le certificat {of(p.fn())}, je relance la famille.", f"Secrétariat : {sec.full()}"]
    return lines(*out)


def choeur_plan(r, c):
    chef = c.person()
    pupitres = {k: [c.person(sex=x) for _ in range(r.randint(2, 3))] for k, x in [("Soprano", "f"), ("Alto", "f"), ("Ténor", "m"), ("Basse", "m")]}
    oeuvre = r.choice(NEG_WORKS)
    out = [f"Chorale {r.choice(['À Travers Chants', 'Les Voix du Canal', 'Cantabile de Poitiers'])} — plan de répétition", "",
           f"Œuvre : {oeuvre}    Chef de chœur : {chef.full()}", ""]
    for k, ps in pupitres.items():
        out.append(f"{k} : " + ", ".join(r.choice([p.full, p.fn, p.abbr])() for p in ps))
    s = pupitres["Soprano"][0]
    t = pupitres["Ténor"][0]
    out += ["", f"Mardi {hhmm(r, 19, 20)} : pupitres séparés au conservatoire Darius Milhaud (salle réservée par {s.fn()}).",
            f"Jeudi : tutti. Solo confié à {t.full()}, doublure {pupitres['Ténor'][-1].fn()}.",
            f"Concert le {fdate(r)} " + r.choice(["en l'église Saint-Paul.", "à la salle Gaveau.", "à la Ferme Saint-Martin (salle des fêtes)."])]
    return lines(*out)


def choeur_mail(r, c):
    chef, absent_ = c.person(), c.person()
    others = [c.person(sex=absent_.sex)] + c.cast(r.randint(1, 2))  # a singer of the same voice takes the part
    return lines(
        f"De : {chef.full()} <{chef.mail(r)}>",
        "À : choristes",
        f"Objet : Répétition {r.choice(['de samedi', 'générale', 'supplémentaire'])}",
        "",
        "Bonsoir à toutes et à tous,",
        "",
        f"Petite mise au point après la répétition d'hier : les alti doivent retravailler {r.choice(NEG_WORKS)} mesures 40 à 62.",
        f"{absent_.fn()} sera absent{absent_.e('e', '')} jusqu'au concert ; {others[0].fn()} {others[0].e('reprendra', 'reprendra')} sa partie.",
        "Merci à " + " et ".join(p.full() for p in others[1:] or others[:1]) + " pour l'aide au rangement.",
        opt(r, 0.5, "Rappel : tenue noire, partitions annotées au crayon uniquement."),
        "",
        f"Musicalement, {chef.fn()}",
    )


def choeur_groupe(r, c):
    """The choir's WhatsApp group: @mentions (the @ stays outside the label) and lower case."""
    chef = c.person()
    ms = c.cast(r.randint(3, 4))
    a, b, d = ms[0], ms[1], ms[2]
    day = sdate(r)
    msgs = [(chef, f"Rappel : répétition {r.choice(['jeudi', 'samedi'])} {hhmm(r, 18, 20)}, on travaille {r.choice(NEG_WORKS)} 🎶"),
            (a, f"{b.at()} tu peux récupérer les partitions chez moi ?"),
            (b, f"oui ! je passe vers 18h {r.choice(['😊', '👍', ''])}".rstrip()),
            (d, f"je serai en retard, {chef.low()} commencez sans moi"),
            (chef, f"pas de souci {d.fn()}. {a.at()} merci pour les photocopies !")]
    if len(ms) > 3:
        msgs.append((ms[3], f"qqn peut me ramener après ? j'habite à côté de chez {a.low()}"))
    out = [f"Discussion WhatsApp « {r.choice(['Chorale 🎵', 'Choristes 2026', 'Chœur des Tilleuls'])} » — export du {day}", ""]
    for (p, m), t in zip(msgs, times(r, len(msgs), 8, 22)):
        out.append(f"[{day} {t}] {r.choice([p.fn(), p.full()])} : {m}")
    return lines(*out)


def domicile_visites(r, c):
    ben = c.person()
    aides = c.cast(r.randint(2, 4))
    fam = c.person(origin=ben.origin)
    out = [f"CAHIER DE LIAISON — {r.choice(['Vitalis Domicile', 'SAAD Les Aidants', 'ADMR'])}",
           f"Bénéficiaire : {ben.civ()} {r.choice([ben.full, ben.adm])()}, {addr(r)}", ""]
    notes = [lambda a: f"{hhmm(r, 7, 19)} — {a.fn()} : toilette faite, repas pris à moitié. {ben.cs()} fatigué{ben.e('e', '')}.",
             lambda a: f"— {a.abbr()} : courses faites (ticket dans la boîte). RAS.",
             lambda a: f"{hhmm(r)} — {a.full()} : pilulier vérifié, rdv kiné à confirmer par {fam.fn()} ({phone(r)}).",
             lambda a: f"— {a.fn()} : chute signalée par la voisine, appel à {fam.civ()} {fam.sur()} ({fam.e('sa fille', 'son fils')}).",
             lambda a: f"{hhmm(r)} — {a.fn()} : tremblements plus marqués (maladie de Parkinson), à signaler au médecin.",
             lambda a: f"— {a.low()} : pas de réponse à la porte, {ben.sur()} était chez le coiffeur (prévenir la prochaine fois !)"]
    days = dates(r, r.randint(4, 6))
    for d, note in zip(days, r.sample(notes, len(days))):
        out.append(f"{d} " + note(r.choice(aides)))
    ref = c.person(sex="f")
    out += ["", f"Référente de secteur : {ref.full()}"]
    return lines(*out)


LANGS = {"maghreb": "arabe ou kabyle", "portugal-cap-vert-bresil": "portugais", "antilles-guyane-reunion": "créole",
         "vietnam": "vietnamien", "chine": "cantonais", "madagascar": "malgache", "comores-mayotte": "shimaoré",
         "tamoul-sri-lanka": "tamoul", "pologne": "polonais", "italie": "italien", "espagne": "espagnol",
         "turquie": "turc", "armenie-georgie": "arménien", "senegal-mali-guinee": "wolof"}


def domicile_plan(r, c):
    res, ide, med, fam = c.person(), c.person(), c.person(), c.person()
    return lines(
        f"PLAN D'ACCOMPAGNEMENT PERSONNALISÉ — EHPAD Les Glycines",
        f"Résident{sep(r)}{res.adm()}" + nee(r, c, res),
        f"Chambre{sep(r)}{r.randint(1, 3)}{r.randint(10, 40)}",
        f"Médecin traitant{sep(r)}Dr {med.full()}",
        f"IDE référent{ide.e('e', '')}{sep(r)}{ide.full()}",
        f"Personne de confiance{sep(r)}{fam.full()} ({r.choice([fam.e('fille', 'fils'), fam.e('nièce', 'neveu'), fam.e('voisine', 'voisin')])})",
        "",
        "Habitudes de vie :",
        f"- aime qu'on l'appelle {res.civl()} {res.sur()}, pas par son prénom ;",
        f"- lever vers {hhmm(r, 7, 9)}, café sans sucre ; {r.choice(['écoute RFI le matin', 'regarde les jeux télévisés', 'aime les mots fléchés'])}" + (f", parle {LANGS[res.origin]} avec sa famille ;" if res.origin in LANGS else " ;"),
        f"- visite {of(fam.fn())} le {r.choice(['mercredi', 'dimanche', 'samedi'])}.",
        "",
        opt(r, 0.5, "Diagnostic : maladie d'Alzheimer, stade modéré ; ne sort pas seul(e) du secteur protégé."),
        f"Objectifs : maintien de la marche (kiné), prévention des chutes. Validé en réunion le {sdate(r)} avec {ide.fn()} et la famille.",
    )


def demenagement_inv(r, c):
    cli, chef = c.person(), c.person()
    rooms = ["Salon", "Chambre 1", "Chambre 2", "Cuisine", "Cave", "Bureau"]
    items = ["canapé 3 places", "armoire démontable", "cartons livres ×12", "piano droit", "lave-linge", "table + 6 chaises", "cartons fragiles ×8", "vélo", "jardinière en pierre", "olivier en pot", "bidons huile d'olive ×2"]
    rows = [[rm, r.choice(items), str(r.randint(1, 4)), r.choice(["", "rayure existante", "fragile", "à démonter"])] for rm in r.sample(rooms, 4)]
    c1, c2 = city(r), city(r)
    out = [f"INVENTAIRE MOBILIER — {r.choice(['Demeco', 'Les Déménageurs Bretons', 'Déménagements Rapides 93'])}",
           f"Client{sep(r)}{cli.civ()} {r.choice([cli.adm, cli.full])()}",
           f"Chargement : {addr(r, c1)} — Livraison : {addr(r, c2)}", ""]
    out += table(r, ["Pièce", "Objet", "Qté", "Observations"], rows, [12, 22, 5, 18])
    out += ["", f"Chef d'équipe : {chef.full()}    Volume estimé : {r.randint(12, 60)} m³",
            f"Réserves à la livraison : {r.choice(['néant', 'pied de table cassé', 'carton n°14 manquant'])}",
            opt(r, 0.4, "Cartons et adhésif fournis (achat Leroy Merlin refacturé au client)."),
            f"Signature client : {cli.ini()}"]
    return lines(*out)


def demenagement_sms(r, c):
    cli, chef, dem = c.person(), c.person(), c.person()
    return lines(
        f"[SMS] {chef.fn()} (Déménagement) — {sdate(r)}",
        f"{hhmm(r, 7, 9)} {chef.fn()} : Bonjour {cli.cs()}, l'équipe arrive vers 8h30, le camion se garera devant le {r.randint(1, 90)}.",
        f"{hhmm(r, 8, 10)} {cli.fn()} : ok merci, le code porte c'est {r.randint(1000, 9999)}B. ma voisine {c.person(sex='f').low()} a les clés de la cave",
        f"{hhmm(r, 11, 13)} {chef.fn()} : {dem.low()} a démonté l'armoire, on charge le piano en dernier.",
        f"{hhmm(r, 17, 19)} {cli.fn()} : tout est arrivé sauf le carton cuisine 3, vous pouvez vérifier ?",
        f"{hhmm(r, 18, 20)} {chef.fn()} : retrouvé dans le camion, {dem.fn()} vous le dépose demain matin.",
    )


def bourses_decision(r, c):
    pres = c.person()
    cands = c.cast(r.randint(5, 8))
    rows = [[pick(r, p), r.choice(["L3 LEA", "M1 Génie civil", "BTS MCO", "L2 Droit", "Master FLE"]),
             r.choice(["Erasmus+ Séville", "Erasmus+ Cracovie", "Bourse au mérite", "Erasmus+ Porto", "Bourse mobilité Québec"]),
             r.choice(["accordée", "accordée", "liste d'attente", "refusée"])] for p in cands]
    out = [f"COMMISSION MOBILITÉ INTERNATIONALE — séance du {sdate(r)}",
           f"Présidée par {pres.civ()} {pres.full()}", ""]
    out += table(r, ["Candidat(e)", "Formation", "Programme", "Décision"], rows, [28, 16, 24, 14])
    p = r.choice(cands)
    out += ["", f"La commission note la lettre de motivation remarquable de {p.fn()} {p.SUR()}.".replace("⟧ ⟦PERSON|", " "),
            "Les candidats en liste d'attente seront informés via l'ENT."]
    return lines(*out)


def bourses_lettre(r, c):
    cand, resp = c.person(), c.person()
    return lines(
        f"{cand.civ()} {cand.full()}", addr(r), "",
        f"Objet : {r.choice(['Attribution de votre bourse de mobilité', 'Résultat de la commission Erasmus+'])}", "",
        (f"{cand.e('Chère', 'Cher')} {cand.fn()}," if r.random() < 0.4 else f"{cand.civl()} {cand.sur()},"), "",
        f"J'ai le plaisir de vous informer que la commission du {sdate(r)} vous a attribué une bourse de {euros(r, 300, 2500)} "
        f"pour votre semestre à {r.choice(['Séville', 'Cracovie', 'Porto', 'Leipzig', 'Cluj-Napoca'])}.",
        f"Votre dossier sera suivi par {resp.full()}, qui vous contactera avant le départ (réunion à l'IUT Louis Pasteur, amphi B).",
        opt(r, 0.5, "Le premier versement (70 %) interviendra après signature du contrat de mobilité sur DocuSign."),
        "", "Bien cordialement,", "", resp.full() if r.random() < 0.5 else c.person().full(),
        "Service des relations internationales",
    )



def locataire_dossier(r, c):
    loc1 = c.person()
    loc2 = c.person() if r.random() < 0.5 else None
    gar = c.person(origin=loc1.origin)
    ag = c.person()
    out = [f"DOSSIER DE CANDIDATURE LOCATIVE — {r.choice(['T2', 'T3', 'studio', 'T4'])} {addr(r)}", "",
           "Candidat(e) 1", *form_name(r, loc1),
           f"Situation{sep(r)}{r.choice(['CDI', 'CDD', 'intérim', 'étudiant(e)', 'fonctionnaire'])} — revenus {euros(r, 1200, 4200)}/mois"]
    if loc2:
        out += ["", "Candidat(e) 2", *form_name(r, loc2)]
    out += ["", "Garant(e)",
            f"Nom et prénom{sep(r)}{r.choice([gar.adm, gar.full, gar.fup])()} ({r.choice(['père', 'mère', 'oncle', 'tante', 'sœur', 'frère'])})",
            f"Acte de cautionnement solidaire signé le {sdate(r)}" if r.random() < 0.6 else "Garantie Visale demandée",
            "", f"Pièces vérifiées par {ag.full()}, agence {r.choice(['Square Habitat', 'Foncia', 'Cabinet Lamy'])}",
            f"Avis : {r.choice(['dossier complet', 'manque avis d’imposition', 'taux d’effort 38 %, à voir avec le propriétaire'])}"]
    return lines(*out)


def locataire_mail(r, c):
    ag, prop, cand = c.person(), c.person(), c.person()
    cand2 = c.person()
    return lines(
        f"De : {ag.full()} <{ag.mail(r)}>",
        f"À : {prop.mail(r)}",
        f"Objet : Candidats pour l'appartement {r.choice(['rue de la Gare', 'place Jean Moulin', 'rue Condorcet'])}",
        "",
        f"Bonjour {prop.cl()},",
        "",
        "J'ai reçu deux dossiers complets après les visites de samedi :",
        f"1) {cand.full()}, {r.choice(['infirmière', 'technicien', 'doctorant', 'aide-soignante'])}, garant : sa mère {L(c.person(sex='f', origin=cand.origin).first)} {cand.SUR()} ;".replace("⟧ ⟦PERSON|", " "),
        f"2) {cand2.adm()}, CDI depuis {r.randint(2015, 2025)}, garantie Visale.",
        "",
        f"Ma préférence va au dossier de {cand2.cs()} (revenus stables), mais {cand.fn()} est disponible plus tôt.",
        "Dites-moi qui vous retenez et je prépare le bail (loi Pinel, plafonds respectés).",
        "",
        "Cordialement,", ag.full(),
        "",
        f"> Le {fdate(r)}, {prop.full()} a écrit :",
        f"> Bonjour {ag.fn()}, avez-vous eu des candidats sérieux ? Je préférerais quelqu'un qui reste longtemps.",
        f"> {prop.abbr()}",
    )


def succession_decl(r, c):
    dec = c.person()
    conj = c.person(sex="m" if dec.f else "f")
    kids = [c.person(origin=dec.origin) for _ in range(r.randint(2, 4))]
    notaire = c.person()
    out = ["DÉCLARATION DE SUCCESSION — formulaire n° 2705-SD (extrait)", "",
           "DÉFUNT(E)",
           *form_name(r, dec),
           f"Décédé{dec.e('e', '')} le{sep(r)}{sdate(r)} " + r.choice([at(city(r)), "au CHU Félix Guyon (Saint-Denis)", "à l'hôpital Lariboisière", "à l'EHPAD Les Glycines"]), "",
           "HÉRITIERS, DONATAIRES ET LÉGATAIRES"]
    out.append(f"1. {conj.adm()} — conjoint{conj.e('e', '')} survivant{conj.e('e', '')} — usufruit de la totalité")
    for i, k in enumerate(kids, 2):
        ln = L(dec.last.upper()) if r.random() < 0.7 else k.SUR()
        out.append(f"{i}. {ln} {k.fn()} — {k.e('fille', 'fils')} — nue-propriété 1/{len(kids)}".replace("⟧ ⟦PERSON|", " "))
    out += ["", f"Déposée par Me {notaire.full()}, notaire {at(city(r))}, le {sdate(r)}."]
    return lines(*out)


def succession_lettre(r, c):
    notaire, her, dec = c.person(), c.person(), c.person()
    other = c.person(origin=her.origin)
    return lines(
        f"Office notarial de Me {notaire.full()}", addr(r), "",
        f"{her.civ()} {her.full()}", addr(r), "",
        f"Réf. : Succession {dec.SUR()} — dossier {r.randint(1000, 9999)}/{r.choice(['AB', 'CL', 'MR'])}", "",
        f"{her.civl()},", "",
        f"Suite au décès de {dec.civ()} {dec.full()}, je vous informe que vous êtes appelé{her.e('e', '')} à sa succession en qualité de {r.choice(['neveu', 'nièce', 'légataire', 'enfant', 'petit-enfant'])}.",
        f"Je vous remercie de me faire parvenir une pièce d'identité ainsi que les coordonnées de {other.full()}, avec qui vous partagez la succession.",
        opt(r, 0.6, f"Le rendez-vous de signature de l'acte de notoriété pourrait avoir lieu le {fdate(r)} en l'étude."),
        "", "Je vous prie d'agréer l'expression de mes salutations distinguées.", "",
        f"Me {notaire.full() if r.random() < 0.5 else notaire.ini()}",
    )


def discours_depart(r, c):
    ret, dg = c.person(), c.person()
    cols = c.cast(r.randint(2, 4))
    y = r.randint(1988, 2005)
    return lines(
        f"Pot de départ en retraite {of(ret.full())} — mot {of(dg.fn())}",
        "",
        f"Chère {ret.fn()}," if ret.f else f"Cher {ret.fn()},",
        "",
        f"Quand tu es arrivé{ret.e('e', '')} en {y}, la société tenait dans deux bureaux au-dessus de Darty.",
        f"Tu as formé la moitié de cette salle : {cols[0].fn()} se souvient encore de sa première semaine avec toi, "
        f"et {cols[1].full()} m'a dit que sans toi {cols[1].e('elle', 'il')} serait parti{cols[1].e('e', '')} au bout d'un mois.",
        opt(r, 0.7, f"On raconte aussi que {ret.fn()} {L(ret.last.upper())} est la seule personne à avoir compris le logiciel de paie Kelio du premier coup.".replace("⟧ ⟦PERSON|", " ")),
        "",
        r.choice(["Toujours constant, jamais un mot plus haut que l'autre, même les soirs de clôture.",
                  "Toujours d'humeur constante, même les soirs de clôture.", "Tu as été très aimé des clients, et ce n'est pas rien."]),
        f"Au nom de tous, merci {ret.fn()}, et profite bien de la Bretagne !",
        "",
        f"— {dg.full()}" + (f", avec {cols[-1].fn()} qui a organisé la collecte" if len(cols) > 2 else ""),
    )


def discours_condol(r, c):
    dec, dg, col = c.person(), c.person(), c.person()
    fam = c.person(origin=dec.origin)
    return lines(
        f"{fam.civ()} {fam.full()}", addr(r), "",
        f"{city(r)}, le {fdate(r)}", "",
        f"{fam.civl()},", "",
        f"C'est avec une profonde tristesse que nous avons appris le décès de {dec.full()}.",
        f"{dec.fn()} avait rejoint notre équipe comptable il y a {r.randint(3, 25)} ans ; {dec.e('elle', 'il')} était apprécié{dec.e('e', '')} de tous pour sa gentillesse et sa rigueur.",
        f"{col.full()}, qui a longtemps travaillé à ses côtés, représentera l'entreprise aux obsèques.",
        opt(r, 0.5, "Une quête sera faite à la sortie de l'église Sainte-Catherine ; nous y joindrons la collecte du service."),
        "Nous vous prions de croire à nos sincères condoléances.", "",
        dg.full(), r.choice(["Gérant", "Directrice générale", "PDG"]),
    )


def messagerie_vocal(r, c):
    dest, appel = c.person(), c.person()
    other = c.person()
    return lines(
        f"Transcription automatique — messagerie vocale de {dest.full()}",
        f"Reçu le {sdate(r)} à {hhmm(r)} — durée 0:{r.randint(12, 59)} — numéro {phone(r)}",
        "",
        f"« Oui bonjour {r.choice([dest.civ() + ' ' + dest.sur(), dest.fn(), dest.low()])}, c'est {r.choice([appel.full(), appel.fn(), appel.low() + ' ' + L(appel.last.lower())])} "
        f"de chez {r.choice(COMPANIES)}, je vous rappelle pour le devis… euh… vous pouvez rappeler {other.fn()} au standard, "
        f"ou moi directement. Voilà, merci, bonne journée. »".replace("⟧ ⟦PERSON|", " "),
        "",
        opt(r, 0.5, "(Transcription générée automatiquement, peut contenir des erreurs.)"),
    )


def messagerie_sms(r, c):
    a, b = c.person(), c.person()
    x = c.person()
    out = [f"Conversation SMS exportée — {a.full()} ↔ {b.full()}", ""]
    msgs = [(a, f"slt {b.low()} t'es au dépôt ?"), (b, "oui jusqu'à 17h"),
            (a, f"tu peux donner le colis à {x.low()} ? {x.e('elle', 'il')} passe vers 16h"),
            (b, f"ok. c'est qui {x.fn()} déjà ? la nouvelle de la compta ?"),
            (a, f"oui {x.fn()} {L(x.last)}. merci !!".replace("⟧ ⟦PERSON|", " ")), (b, "👍")]
    day = sdate(r)
    for (p, m), t in zip(msgs, times(r, len(msgs), 9, 16)):
        out.append(f"[{day} {t}] {r.choice([p.fn(), p.full()])}: {m}")
    return lines(*out)


def sortie_autorisation(r, c):
    eleve = c.person()
    par = c.person(origin=eleve.origin)
    prof = c.person()
    return lines(
        f"{r.choice(['Collège Jean Zay', 'École Paul Bert', 'Lycée Victor Duruy', 'groupe scolaire Anatole France'])} — AUTORISATION DE SORTIE",
        "",
        f"Sortie{sep(r)}{r.choice(['visite de la médiathèque Albert Camus', 'classe de neige', 'journée au Futuroscope', 'sortie vélo', 'visite de la tour Eiffel', 'défilé de la Saint-Nicolas', 'atelier au centre social Aimé Césaire', 'visite d’une carrière de pierre'])} le {sdate(r)}",
        f"Enseignant(e) responsable{sep(r)}{prof.civ()} {prof.sur()}",
        "",
        f"Je soussigné(e) {r.choice([par.full, par.adm])()}, responsable légal de l'élève "
        f"{r.choice([eleve.fn() + ' ' + L(par.last.upper()), eleve.full()])}, classe de {r.choice(['CM2 B', '5e3', '2nde 4', 'CE1'])},".replace("⟧ ⟦PERSON|", " "),
        f"☒ autorise  ☐ n'autorise pas  mon enfant à participer à la sortie.",
        f"Personne à prévenir en cas d'urgence : {r.choice([c.person().full(), 'moi-même'])} — {phone(r)}",
        opt(r, 0.5, f"Allergies / traitement : {r.choice(['aucune', 'arachide', 'asthme (Ventoline dans le sac)'])}"),
        "",
        f"Signature : {par.ini()}",
    )


def sortie_liste(r, c):
    prof, acc = c.person(), c.person()
    kids = c.cast(r.randint(8, 12))
    out = [f"Liste des élèves — sortie du {sdate(r)} — classe {r.choice(['CM1 A', '6e2', '4e1', 'CE2'])}",
           f"Enseignant(e) : {prof.full()}    Accompagnat{acc.e('rice', 'eur')} : {acc.full()} (parent d'élève)", ""]
    style = r.choice(["num", "caps"])
    for i, k in enumerate(sorted(kids, key=lambda p: fold(p.last)), 1):
        out.append(f"{i:>2}. {k.adm()}" if style == "caps" else f"{i:>2}. {k.full()}" + r.choice(["", "", " (PAI)", " — autorisation manquante"]))
    p = r.choice(kids)
    out += ["", f"{p.fn()} rentrera avec sa tante (mot dans le cahier de liaison).",
            f"Groupe 1 avec {prof.sur()}, groupe 2 avec {acc.fn()}."]
    return lines(*out)


def securite_main(r, c):
    agents = c.cast(2)
    chef = c.person()
    vis = c.cast(r.randint(1, 3))
    site = r.choice(["Centre commercial Les Arcades", "Entrepôt Transalp Fret", "Siège Datagora", "Résidence Les Tilleuls"])
    out = [f"MAIN COURANTE — {site} — nuit du {sdate(r)}",
           f"Agents SSIAP : {agents[0].adm()} / {agents[1].adm()}    Chef de poste : {chef.full()}", ""]
    evts = [f"{hhmm(r, 19, 20)} Prise de poste {of(agents[0].sur())} et {of(agents[1].sur())}. Consignes lues.",
            f"{hhmm(r, 21, 22)} Ronde 1 ({agents[0].fn()}) : porte quai 3 non verrouillée, refermée.",
            f"{hhmm(r, 22, 23)} Sortie tardive de {vis[0].full()} (badge {r.randint(1000, 9999)}), autorisée par le DG.",
            f"{hhmm(r, 1, 3)} Ronde 2 ({agents[1].fn()}) : RAS.",
            f"{hhmm(r, 4, 5)} Alarme intrusion zone B, levée de doute négative (plan Vigipirate : contrôle visuel des sacs maintenu)."]
    if len(vis) > 1:
        evts.append(f"{hhmm(r, 5, 6)} Arrivée {of(vis[1].full())} (ménage), contrôle badge OK.")
    out += evts + ["", f"Passation à l'équipe de jour : {r.choice([chef.fn, chef.full])()} — " + r.choice(["visa", "signé"]) + " " + agents[0].ii()]
    return lines(*out)


def securite_rapport(r, c):
    ag, vic, susp, resp = c.person(), c.person(sex="f"), c.person(sex="m"), c.person()
    return lines(
        "RAPPORT D'INTERVENTION — agent de sécurité",
        f"Rédacteur{sep(r)}{r.choice([ag.full, ag.adm])()}, APS",
        f"Date / heure{sep(r)}{sdate(r)} {hhmm(r, 10, 20)}",
        "",
        f"À la sortie des caisses, le portique a sonné au passage d'un client. Il a spontanément déclaré s'appeler {susp.full()} et a présenté un ticket de caisse.",
        f"La cliente {vic.cs()} a signalé peu après la perte de son portefeuille ; il a été retrouvé au rayon Boulanger par {resp.fn()} de l'accueil.",
        opt(r, 0.6, f"{vic.civ()} {vic.sur()} a récupéré son bien à {hhmm(r, 17, 19)} et signé le registre."),
        "",
        f"Transmis à : {resp.full()} (responsable de magasin). Pas d'appel aux forces de l'ordre.",
    )


def salon_agenda(r, c):
    staff = c.cast(r.randint(2, 3))
    clients = c.cast(r.randint(6, 9))
    out = [f"{r.choice(['Salon Coupe & Cie', 'Atelier Beauté Naïa', 'Barber Shop 93', 'L’Instant Coiffure', 'Franck Provost Meaux', 'Jean Louis David — Créteil Soleil'])} — agenda du {r.choice(['mardi', 'vendredi', 'samedi'])} {sdate(r)} (export Planity)", ""]
    heads = ["Heure", "Client(e)", "Prestation", "Avec"]
    rows = []
    for cl in clients:
        st = r.choice(staff)
        rows.append([hhmm(r, 9, 18), r.choice([cl.full, cl.abbr, cl.fn, cl.low])() if r.random() < 0.8 else cl.full() + " " + phone(r),
                     r.choice(["coupe + brushing", "balayage", "barbe", "tresses", "lissage", "couleur", "soin huile d'olive", "ongles vernis rose"]), st.fn()])
    out += table(r, heads, sorted(rows), [7, 30, 18, 12])
    out += ["", f"Coloriste du jour : {staff[-1].fn()}",
            f"NB : {r.choice(clients).fn()} veut un balayage rose gold ; {staff[0].fn()} en formation Jacques Dessange lundi."]
    return lines(*out)


def salon_fiche(r, c):
    cli, col = c.person(sex="f"), c.person()
    return lines(
        "FICHE TECHNIQUE CLIENTE",
        f"Nom{sep(r)}{cli.SUR()}    Prénom{sep(r)}{cli.fn()}",
        f"Téléphone{sep(r)}{phone(r)}",
        f"Cliente depuis{sep(r)}{r.randint(2012, 2025)} — recommandée par {c.person().full()}",
        "",
        f"{sdate(r)} — couleur {r.choice(['6.34', '5.1', '7.43'])} + soin, posé par {col.fn()}. Cuir chevelu sensible.",
        f"{sdate(r)} — coupe dégradée. {cli.fn()} veut garder la longueur.",
        opt(r, 0.6, f"{sdate(r)} — test allergique fait par {col.abbr()} : négatif."),
    )


def ecole_plan(r, c):
    el, mon = c.person(), c.person()
    rows = [[d, f"{hhmm(r)}", r.choice(["démarrage en côte", "créneau", "insertion rocade", "ronds-points", "conduite de nuit"]),
             r.choice(["acquis", "en cours", "à revoir"]), r.choice([mon.fn(), mon.ini(), mon.full()])] for d in dates(r, r.randint(4, 6))]
    out = [f"LIVRET D'APPRENTISSAGE — {r.choice(['ECF', 'Auto-école du Centre', 'Conduite Plus Meaux'])}",
           f"Élève{sep(r)}{r.choice([el.adm, el.full, el.fup])()}    N° NEPH {r.randint(10 ** 11, 10 ** 12 - 1)}", ""]
    out += table(r, ["Date", "Heure", "Compétence", "Évaluation", "Moniteur"], rows, [12, 7, 22, 12, 20])
    out += ["", f"Observation : {el.fn()} {r.choice(['anticipe bien', 'freine tard', 'a besoin de confiance sur voie rapide'])}. Présentation à l'examen envisagée en {r.choice(['mai', 'juin', 'septembre'])}."]
    return lines(*out)


def ecole_mail(r, c):
    sec, el, mon = c.person(), c.person(), c.person()
    par = c.person(origin=el.origin)
    return lines(
        f"De : {sec.full()} <{E('contact@auto-ecole.example')}>",
        f"À : {par.mail(r)}",
        f"Objet : Leçons de conduite {of(el.fn())}",
        "",
        f"Bonjour {par.cl()},",
        "",
        f"Suite à l'annulation de la leçon de mardi, {mon.fn()} propose à {el.fn()} deux créneaux : jeudi {hhmm(r, 10, 17)} ou samedi {hhmm(r, 8, 12)}.",
        "Nous rappelons que toute leçon annulée moins de 48 h à l'avance est due (sauf certificat médical).",
        opt(r, 0.5, f"Le code est validé depuis le {sdate(r)} ; {el.fn()} a effectué {r.randint(8, 30)} heures sur les 20 prévues."),
        "",
        "Cordialement,", sec.fn(), "Secrétariat — réservations aussi sur Ornikar",
    )


TYPES = [
    ("registre-actions", [actions_registre, actions_ordre]),
    ("kbis-statuts", [kbis_extrait, kbis_statuts, kbis_annonce]),
    ("ag-actionnaires", [ag_pv, ag_presence]),
    ("mandat-sepa", [sepa_mandat, sepa_mail]),
    ("recu-fiscal-don", [don_recu, don_merci]),
    ("financement-participatif", [crowd_liste, crowd_actu]),
    ("changelog-contributeurs", [changelog, changelog_contrib]),
    ("depot-brevet", [brevet_depot, brevet_mail]),
    ("contrat-interim", [interim_contrat, interim_releve]),
    ("feuille-temps", [temps_hebdo, temps_relance, temps_slack]),
    ("ordre-mission-visa", [mission_ordre, mission_visa]),
    ("affectation-materiel", [materiel_registre, materiel_badge]),
    ("demande-rgpd", [rgpd_demande, rgpd_violation]),
    ("alerte-professionnelle", [alerte_signalement, alerte_cr]),
    ("verbatims-qualite", [verbatims, qa_grille]),
    ("evaluation-formation", [formation_eval, formation_synthese]),
    ("licence-club", [licence_renouv, licence_liste]),
    ("repetition-chorale", [choeur_plan, choeur_mail, choeur_groupe]),
    ("aide-domicile", [domicile_visites, domicile_plan]),
    ("inventaire-demenagement", [demenagement_inv, demenagement_sms]),
    ("commission-bourses", [bourses_decision, bourses_lettre]),
    ("dossier-locataire", [locataire_dossier, locataire_mail]),
    ("declaration-succession", [succession_decl, succession_lettre]),
    ("discours-condoleances", [discours_depart, discours_condol]),
    ("transcription-messages", [messagerie_vocal, messagerie_sms]),
    ("sortie-scolaire", [sortie_autorisation, sortie_liste]),
    ("main-courante-securite", [securite_main, securite_rapport]),
    ("agenda-salon", [salon_agenda, salon_fiche]),
    ("livret-auto-ecole", [ecole_plan, ecole_mail]),
]

# ---------------------------------------------------------------------------------------------
# Generation, checks and statistics: scripts/blind_set.py.

if __name__ == "__main__":
    blind_set.main(sys.modules[__name__])
