"""The invented people, places and jobs of the demo programme (its sentences: `wordings`).

Every name is a common name of its country combined at random with another, so no combination
points to a real person; employers are made up; e-mail addresses use reserved example domains.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field

from storage.records import Role, Status

# --- names ------------------------------------------------------------------------------------
# "= code | country | languages | weight" starts a country; the languages are ISO 639-1, the
# mother tongue first. Then f (female given names), m (male) and n (family names) lines.
# "native=Latin" gives the Latin spelling (as on a residence permit, and in the CV) of a name in
# another script; "male/female" gives the two forms of a family name that has them.
MENTEE_NAMES = """
= SY | Syria | ar | 10
f ريم=Reem, لينا=Lina, نور=Nour, سلمى=Salma, رنا=Rana, هبة=Hiba, ياسمين=Yasmin, فاطمة=Fatima
m أحمد=Ahmad, عمر=Omar, خالد=Khaled, يوسف=Youssef, سامر=Samer, باسل=Basel, طارق=Tarek
n حداد=Haddad, الخطيب=Al-Khatib, نصار=Nassar, قاسم=Kassem, الحلبي=Al-Halabi, العلي=Al-Ali
= IQ | Iraq | ar | 4
f زينب=Zainab, مريم=Maryam, دعاء=Duaa, آية=Aya
m علي=Ali, حسين=Hussein, مصطفى=Mustafa, حيدر=Haider
n الجبوري=Al-Jubouri, العبيدي=Al-Obaidi, التميمي=Al-Tamimi, الربيعي=Al-Rubaie
= PS | Palestine | ar | 3
f دانة=Dana, لمى=Lama, رهف=Rahaf
m محمود=Mahmoud, إياد=Iyad, رامي=Rami
n عودة=Odeh, خليل=Khalil, شاهين=Shaheen, عياد=Ayyad
= IR | Iran | fa en | 4
f مریم=Maryam, نگار=Negar, شیرین=Shirin, پریسا=Parisa, لیلا=Leila
m رضا=Reza, امیر=Amir, بهرام=Bahram, کاوه=Kaveh, مهدی=Mehdi
n حسینی=Hosseini, رضایی=Rezaei, کریمی=Karimi, موسوی=Mousavi, جعفری=Jafari
= AF | Afghanistan | fa ps | 8
f زهرا=Zahra, فرشته=Fereshta, مرسل=Mursal, ملالی=Malalai, شکیبا=Shakiba
m فرید=Farid, نوید=Navid, حمید=Hamid, جاوید=Jawid, شفیق=Shafiq
n احمدزی=Ahmadzai, حیدری=Haidari, نوری=Noori, رحیمی=Rahimi, صدیقی=Siddiqi, قادری=Qaderi
= PK | Pakistan | ur en | 3
f عائشہ=Ayesha, صائمہ=Saima, ماریہ=Maria, حنا=Hina
m عمران=Imran, بلال=Bilal, فیصل=Faisal, عثمان=Usman
n خان=Khan, قریشی=Qureshi, چوہدری=Chaudhry, ملک=Malik
= ER | Eritrea | ti | 6
f ሰላም=Selam, ሳባ=Saba, ፍዮሪ=Fiori, ሄለን=Helen, ሚኪኤላ=Mikiela
m ዳዊት=Dawit, ሙሴ=Musie, ሰመረ=Semere, ኤርምያስ=Ermias, ዮናስ=Yonas
n ተስፋይ=Tesfay, ገብረሂወት=Gebrehiwet, ወልደሚካኤል=Weldemichael, ሃብተ=Habte, ኪዳነ=Kidane
= ET | Ethiopia | am en | 3
f ብርቱካን=Birtukan, መሰረት=Meseret, ሃና=Hanna, ትዕግስት=Tigist, ቤተልሔም=Betelhem
m አበበ=Abebe, ዮሐንስ=Yohannes, ሰለሞን=Solomon, ቴዎድሮስ=Tewodros, ግርማ=Girma
n ከበደ=Kebede, ታደሰ=Tadesse, ወርቁ=Worku, አለሙ=Alemu, በቀለ=Bekele
= UA | Ukraine | uk ru | 9
f Олена=Olena, Оксана=Oksana, Іванна=Ivanna, Юлія=Yuliia, Наталія=Nataliia, Софія=Sofiia
m Тарас=Taras, Андрій=Andrii, Богдан=Bohdan, Олександр=Oleksandr, Дмитро=Dmytro
n Шевченко=Shevchenko, Коваленко=Kovalenko, Бондаренко=Bondarenko, Ткаченко=Tkachenko
n Мельник=Melnyk, Кравчук=Kravchuk
= GR | Greece | el en | 2
f Ελένη=Eleni, Κατερίνα=Katerina, Σοφία=Sofia, Δήμητρα=Dimitra
m Γιώργος=Giorgos, Νίκος=Nikos, Δημήτρης=Dimitris, Κώστας=Kostas
n Παπαδόπουλος/Παπαδοπούλου=Papadopoulos/Papadopoulou, Οικονόμου=Oikonomou
n Γεωργίου=Georgiou, Νικολάου=Nikolaou, Καραγιάννης/Καραγιάννη=Karagiannis/Karagianni
= IN | India | hi en | 4
f प्रिया=Priya, अनीता=Anita, पूजा=Pooja, नेहा=Neha, दीपिका=Deepika
m राहुल=Rahul, अमित=Amit, विकास=Vikas, अर्जुन=Arjun, संजय=Sanjay
n शर्मा=Sharma, वर्मा=Verma, गुप्ता=Gupta, सिंह=Singh, जोशी=Joshi
= NP | Nepal | ne en | 2
f सीता=Sita, सरिता=Sarita, अनुषा=Anusha
m बिकास=Bikash, सुरेश=Suresh, रमेश=Ramesh
n गुरुङ=Gurung, थापा=Thapa, श्रेष्ठ=Shrestha, तामाङ=Tamang
= CN | China | zh | 3
f 秀英=Xiuying, 静=Jing, 丽娜=Lina, 晓燕=Xiaoyan, 芳=Fang
m 伟=Wei, 强=Qiang, 磊=Lei, 俊杰=Junjie, 浩然=Haoran
n 王=Wang, 李=Li, 张=Zhang, 刘=Liu, 陈=Chen, 杨=Yang, 黄=Huang
= VN | Vietnam | vi | 2
f Thị Lan, Thị Hương, Ngọc Ánh, Thu Trang, Thị Mai
m Văn Đức, Minh Tuấn, Quang Huy, Đình Khoa
n Nguyễn, Trần, Lê, Phạm, Hoàng, Võ, Đặng
= TR | Turkey | tr | 6
f Çağla, Zeynep, Elif, Ayşe, Gökçe, Büşra, Özlem, Şeyma
m Emre, Barış, Mert, Gökhan, Oğuz, İlker, Serkan, Uğur
n Yılmaz, Kaya, Demir, Şahin, Çelik, Öztürk, Aydın, Arslan, Doğan, Koç
= PL | Poland | pl | 3
f Agnieszka, Małgorzata, Katarzyna, Zofia, Joanna
m Łukasz, Paweł, Michał, Tomasz, Grzegorz
n Nowak, Wójcik, Kowalski/Kowalska, Wiśniewski/Wiśniewska, Kamiński/Kamińska
n Zieliński/Zielińska, Dąbrowski/Dąbrowska
= RO | Romania | ro | 3
f Ioana, Andreea, Mădălina, Alexandra, Ștefania
m Ștefan, Andrei, Mihai, Răzvan, Bogdan
n Popescu, Ionescu, Stănescu, Dumitrescu, Munteanu, Țurcanu
= CZ | Czechia | cs | 1
f Tereza, Lucie, Kateřina, Veronika
m Jiří, Tomáš, Ondřej, Lukáš
n Novák/Nováková, Dvořák/Dvořáková, Černý/Černá, Procházka/Procházková, Kučera/Kučerová
= BR | Brazil | pt | 4
f Ana Clara, Luíza, Beatriz, Júlia, Fernanda, Letícia
m João Pedro, Lucas, Gustavo, Thiago, André, Caio
n da Silva, Santos, Oliveira, Souza, Conceição, Gonçalves, Araújo
= PT | Portugal | pt | 2
f Inês, Leonor, Margarida, Matilde
m Rodrigo, Tiago, Gonçalo, Duarte
n Ferreira, Pereira, Rodrigues, Simões, Guimarães, Magalhães
= MA | Morocco | ar fr | 6
f Fatima Zahra, Khadija, Salma, Imane, Houda, Nadia
m Youssef, Mohammed, Anouar, Hamza, Karim, Mehdi
n El Amrani, Benali, Bouzid, El Idrissi, Tahiri, Bennani, Azzouzi
= CD | DR Congo | ln fr | 5
f Grâce, Merveille, Divine, Esther, Nathalie
m Héritier, Christian, Patrick, Jonathan, Trésor
n Kabongo, Mbuyi, Tshibanda, Lukusa, Ilunga, Kalala, Mukendi
= GN | Guinea | ff fr | 4
f Aïssatou, Mariama, Fatoumata, Kadiatou
m Mamadou, Alpha, Ousmane, Ibrahima
n Diallo, Barry, Bah, Sow, Camara, Condé, Baldé
= SO | Somalia | so ar | 3
f Hodan, Ayaan, Sahra, Faadumo, Hibaaq
m Abdirahman, Mahad, Abdullahi, Liban, Guled
n Warsame, Farah, Jama, Abdi, Egal, Samatar
= CO | Colombia | es | 3
f Valentina, María José, Daniela, Camila, Lucía
m José Luis, Andrés, Santiago, Sebastián, Julián
n Martínez, Rodríguez, Gómez, Hernández, Peña, Muñoz, Castaño
= VE | Venezuela | es | 2
f Gabriela, Andreína, Mariángel, Yusmary
m Luis Ángel, Jesús, Ricardo, Yorman
n Pérez, González, Rondón, Briceño, Chacón
"""
# Mentors and coaches: mostly Belgian; some have roots elsewhere (the `HERITAGE` countries).
MENTOR_NAMES = """
= BE | Belgium | nl | 60
f Els, Katrien, Sofie, Griet, An, Lieve, Marijke, Hanne, Lotte, Femke, Zoë, Chloë, Ine
m Jan, Pieter, Wouter, Bart, Koen, Dirk, Jens, Arne, Stijn, Tom, Joris, Noël
n Peeters, Janssens, Maes, Jacobs, Mertens, Willems, Claes, Goossens, Wouters, De Smet
n Van den Broeck, Vermeulen, Van Damme, De Clercq, Verstraeten, Van de Velde, D'Hondt
n Vandenberghe, Desmet, Van Acker, Coppens, De Backer
= BE | Belgium | fr | 20
f Amélie, Hélène, Céline, Geneviève, Anaïs, Maëlle, Joëlle, Aurélie
m François, Benoît, Jérôme, Frédéric, Loïc, Cédric, Raphaël
n Dubois, Lambert, Dupont, Leclercq, Lemaire, Renard, Dumont, Lejeune, Collignon, Deprez
= NL | the Netherlands | nl | 5
f Sanne, Fleur, Maartje, Anouk
m Daan, Bram, Joost, Sjoerd
n de Jong, de Vries, van Dijk, Bakker, Visser, Smit
= IT | Italy | it | 4
f Giulia, Francesca, Chiara, Rosaria
m Luca, Giuseppe, Matteo, Salvatore
n Esposito, Russo, Colombo, Ricci, Lombardi, De Luca
"""
HERITAGE = {"TR": 5, "MA": 6, "PL": 2, "CD": 3, "RO": 1}


@dataclass
class Origin:
    """A country people come from: its names and the languages that go with them."""

    country: str  # ISO 3166-1 alpha-2
    country_name: str
    languages: tuple[str, ...]
    weight: int
    female: list[tuple[str, str]] = field(default_factory=list)  # (native, Latin spelling)
    male: list[tuple[str, str]] = field(default_factory=list)
    family: list[tuple[str, str]] = field(default_factory=list)


def origins(table: str) -> tuple[Origin, ...]:
    origins: list[Origin] = []
    for line in table.strip().splitlines():
        tag, _, rest = line.partition(" ")
        if tag == "=":
            country, name, languages, weight = (part.strip() for part in rest.split("|"))
            origins.append(Origin(country, name, tuple(languages.split()), int(weight)))
            continue
        pairs = getattr(origins[-1], {"f": "female", "m": "male", "n": "family"}[tag])
        for item in rest.split(","):
            native, _, latin = item.strip().partition("=")
            pairs.append((native, latin or native))
    return tuple(origins)


MENTEE_ORIGINS = origins(MENTEE_NAMES)
MENTOR_ORIGINS = origins(MENTOR_NAMES) + tuple(
    dataclasses.replace(origin, weight=HERITAGE[origin.country])
    for origin in MENTEE_ORIGINS
    if origin.country in HERITAGE
)
EU = {"PL", "RO", "CZ", "PT", "GR"}


def gendered_form(name: str, female: bool) -> str:
    """One form of a family name written "male/female" (most have only one)."""
    forms = name.split("/")
    return forms[-1] if female else forms[0]


def demo_names() -> set[str]:
    """Every given and family name the generator can write, in every script and spelling."""
    names: set[str] = set()
    for origin in MENTEE_ORIGINS + MENTOR_ORIGINS:
        for native, latin in origin.female + origin.male + origin.family:
            names.update(native.split("/") + latin.split("/"))
    return names


# --- places and jobs --------------------------------------------------------------------------
# (municipality, postcode, region, weight): the region decides the local language.
PLACES = (
    ("Antwerpen", "2000", "vl", 14), ("Borgerhout", "2140", "vl", 5), ("Deurne", "2100", "vl", 4),
    ("Berchem", "2600", "vl", 3), ("Hoboken", "2660", "vl", 2), ("Merksem", "2170", "vl", 2),
    ("Gent", "9000", "vl", 12), ("Sint-Amandsberg", "9040", "vl", 3), ("Ledeberg", "9050", "vl", 2),
    ("Mechelen", "2800", "vl", 5), ("Leuven", "3000", "vl", 5), ("Kessel-Lo", "3010", "vl", 2),
    ("Brugge", "8000", "vl", 2), ("Kortrijk", "8500", "vl", 2), ("Oostende", "8400", "vl", 1),
    ("Hasselt", "3500", "vl", 2), ("Genk", "3600", "vl", 2), ("Aalst", "9300", "vl", 2),
    ("Sint-Niklaas", "9100", "vl", 2), ("Turnhout", "2300", "vl", 1), ("Lier", "2500", "vl", 1),
    ("Vilvoorde", "1800", "vl", 2), ("Brussel", "1000", "bru", 6), ("Ixelles", "1050", "bru", 2),
    ("Schaerbeek", "1030", "bru", 4), ("Etterbeek", "1040", "bru", 2), ("Jette", "1090", "bru", 1),
    ("Saint-Gilles", "1060", "bru", 2), ("Anderlecht", "1070", "bru", 4),
    ("Molenbeek-Saint-Jean", "1080", "bru", 3),
    ("Liège", "4000", "wal", 3), ("Namur", "5000", "wal", 2), ("Charleroi", "6000", "wal", 2),
)  # fmt: skip
PARTNERS = {
    "vl": ("VDAB", "OCMW", "Agentschap Integratie en Inburgering", "Huis van het Nederlands"),
    "bru": ("Actiris", "CPAS", "BON (integration office)", "Huis van het Nederlands Brussel"),
    "wal": ("Le Forem", "CPAS", "Centre régional d'intégration"),
}
# NACE section, ISCO-08 sub-major group, diploma level, weight | diploma field | occupation
PROFILES_TABLE = """
A 61 vocational 1 | horticulture | horticulturist
A 21 master 1 | agronomy | agronomist
B 21 master 1 | geology | geologist
C 21 master 3 | mechanical engineering | mechanical engineer
C 31 bachelor 2 | chemistry | process technician
C 72 vocational 2 | metalwork | welder
C 81 secondary 2 | industrial maintenance | production operator
D 21 master 1 | electrical engineering | electrical engineer
E 31 bachelor 1 | environmental science | water treatment technician
F 21 master 2 | civil engineering | civil engineer
F 31 bachelor 2 | construction | site supervisor
F 74 vocational 2 | electrical installation | electrician
G 52 secondary 2 | commerce | shop assistant
G 33 bachelor 2 | business | sales representative
H 43 secondary 2 | logistics | logistics clerk
H 83 vocational 2 | transport | truck driver
H 13 master 1 | supply chain management | supply chain manager
I 51 vocational 2 | culinary arts | cook
I 14 bachelor 1 | hospitality management | restaurant manager
J 25 master 5 | computer science | software developer
J 25 master 2 | statistics | data analyst
J 35 bachelor 3 | network engineering | IT support technician
K 24 master 2 | economics | financial analyst
K 33 bachelor 1 | finance | credit officer
L 33 bachelor 1 | business | real estate agent
M 24 bachelor 3 | accounting | accountant
M 21 master 2 | architecture | architect
M 26 master 1 | law | legal adviser
M 24 master 2 | marketing | marketing specialist
N 24 master 2 | human resources | HR officer
N 42 secondary 2 | languages | customer service agent
N 33 bachelor 2 | office management | administrative assistant
O 24 master 1 | political science | policy officer
P 23 master 3 | mathematics | secondary school teacher
P 23 bachelor 2 | education | primary school teacher
Q 22 bachelor 5 | nursing | nurse
Q 22 master 2 | medicine | doctor
Q 32 bachelor 2 | pharmacy | pharmacy technician
Q 32 bachelor 1 | biomedical science | laboratory technician
Q 26 bachelor 2 | social work | social worker
R 26 master 1 | journalism | journalist
R 21 bachelor 1 | graphic design | graphic designer
S 51 vocational 1 | hairdressing | hairdresser
T 53 secondary 1 | early childhood education | childminder
U 26 master 1 | translation | translator
"""


@dataclass(frozen=True)
class Profile:
    sector: str  # NACE section
    occupation: str  # ISCO-08 sub-major group
    level: str
    weight: int
    field: str
    title: str


def profiles(table: str) -> tuple[Profile, ...]:
    profiles = []
    for line in table.strip().splitlines():
        head, field_, title = (part.strip() for part in line.split("|"))
        sector, occupation, level, weight = head.split()
        profiles.append(Profile(sector, occupation, level, int(weight), field_, title))
    return tuple(profiles)


PROFILES = profiles(PROFILES_TABLE)
# A generalist mentor: proposed when a sector match keeps a mentee waiting (002 §8.3).
RECRUITER = Profile("N", "24", "master", 0, "human resources", "recruiter")
SECTORS = {
    "A": "agriculture", "B": "mining", "C": "manufacturing", "D": "energy",
    "E": "water and waste", "F": "construction", "G": "trade", "H": "transport and logistics",
    "I": "hospitality", "J": "ICT", "K": "finance", "L": "real estate",
    "M": "professional services", "N": "support services", "O": "public administration",
    "P": "education", "Q": "health and care", "R": "arts and media", "S": "personal services",
    "T": "household services", "U": "international organisations",
}  # fmt: skip
EMPLOYERS = {
    "A": "Kwekerij De Groene Delta, Tuinbouwcoöperatie Haspengouw-Zuid",
    "B": "Steengroeven Maasvallei",
    "C": "Scheldevallei Chemie, Mosa Machinebouw, Brouwerij De Drie Bruggen",
    "D": "Energiecoöperatie Zonnedijk, Windpark Noorderkaai",
    "E": "Waterzuivering Leiedal-Oost, Afvalbeheer Rupelstreek",
    "F": "Bouwbedrijf Van Oost & Zonen, Ingenieursbureau Kanaalzone",
    "G": "Supermarkten Marktplein, Fietsen Zuidpoort",
    "H": "Noordkaai Logistics, Transport Schelde-Rijn",
    "I": "Hotel De Zilveren Schelp, Brasserie Vlasmarkt",
    "J": "Vlasmarkt Software, Ardenne Data, Pixelhaven Studio",
    "K": "Spaarbank Zuiderkempen, Verzekeringen Noordster",
    "L": "Immo Leiestroom",
    "M": "Accountancy Van Dorpe & Partners, Architectenbureau Lichtlijn, Advocaten Meir 12",
    "N": "Uitzendbureau Stapsteen, Talentbrug HR, Schoonmaak Blinkend",
    "O": "a city administration, a federal public service",
    "P": "Atheneum Zuiderpark, Hogeschool Scheldeland, Basisschool De Vlieger",
    "Q": "Ziekenhuis Sint-Lucas-Zuid, Wijkgezondheidscentrum De Linde, Apotheek Zuidpark",
    "R": "Cultuurcentrum De Meander, Dagblad Scheldeland",
    "S": "Kapsalon Knip & Co, Buurtwerk Noord",
    "T": "a private household",
    "U": "an international organisation in Brussels",
}
LANGUAGE_NAMES = {
    "nl": "Dutch", "fr": "French", "en": "English", "de": "German", "ar": "Arabic",
    "fa": "Persian", "ps": "Pashto", "ur": "Urdu", "ti": "Tigrinya", "am": "Amharic",
    "uk": "Ukrainian", "ru": "Russian", "el": "Greek", "hi": "Hindi", "ne": "Nepali",
    "zh": "Chinese", "vi": "Vietnamese", "tr": "Turkish", "pl": "Polish", "ro": "Romanian",
    "cs": "Czech", "pt": "Portuguese", "ln": "Lingala", "ff": "Fula", "so": "Somali",
    "es": "Spanish", "it": "Italian",
}  # fmt: skip
LEVELS = ("A1", "A2", "B1", "B2", "C1", "C2")
LOCAL_LEVEL = ((1, 4), (2, 30), (3, 38), (4, 20), (5, 8))  # index in LEVELS, weight
DAYS = ("mon", "tue", "wed", "thu", "fri")
SLOTS = (*(f"{day}-{part}" for day in DAYS for part in ("day", "evening")), "sat", "sun")
DOMAINS = ("skills", "cv", "letter", "networking", "vacancies", "interview")
CONSENT_TEXT_VERSION = "2026-1"
MOBILITY = (
    "public transport", "bike", "car", "public transport and bike", "driving licence, no car",
)  # fmt: skip
INTERESTS = (
    "football", "cooking", "chess", "photography", "running", "gardening", "music", "reading",
    "hiking", "painting", "basketball", "board games", "cycling", "volunteering", "yoga",
)  # fmt: skip
# What a mentee may say about the age of a mentor (most say nothing), with weights.
MENTOR_AGE_PREFERENCES = (("", 88), ("under-35", 3), ("35-50", 5), ("over-50", 4))
OUTCOMES = {
    Role.MENTEE: (
        (Status.REGISTERED, 12),
        (Status.INTERVIEWED, 10),
        (Status.ACCEPTED, 55),
        (Status.REFUSED, 9),
        (Status.REFERRED, 14),
    ),
    Role.MENTOR: (
        (Status.REGISTERED, 15),
        (Status.INTERVIEWED, 17),
        (Status.ACCEPTED, 60),
        (Status.REFUSED, 8),
    ),
}
MENTEE_SHARE = 0.6
# The programme has run for a while: some participants came in an earlier round, so that
# duos have ended and outcomes have come due. Share of the participants, and how many days
# before the demo's today their round stood where the current one stands now.
EARLIER_ROUND_SHARE = 0.15
EARLIER_ROUND_DAYS = (90, 720)
RECRUITER_SHARE = 0.08  # of mentors: HR and recruiting generalists, besides some HR officers
CV_SHARE = 0.13  # of mentees
EMAIL_DOMAINS = ("example.org", "example.net", "example.com")  # reserved for examples
MENTEE_CHOICES = [(origin, origin.weight) for origin in MENTEE_ORIGINS]
MENTOR_CHOICES = [(origin, origin.weight) for origin in MENTOR_ORIGINS]
PLACE_CHOICES = [(place[:3], place[3]) for place in PLACES]
PROFILE_CHOICES = [(profile, profile.weight) for profile in PROFILES]
# Mentors come more often from offices and plants than from kitchens, salons and homes, so
# some job targets find a sector mentor at once and others wait for a generalist (002 §8.3).
# A factor per NACE section (1 where none is given) on the weights of the mentees' jobs.
MENTOR_SECTOR_FACTOR = {
    "C": 4, "D": 3, "F": 3, "J": 6, "K": 5, "M": 5, "N": 3, "O": 4, "P": 3, "Q": 2,
    "A": 0, "I": 0, "S": 0, "T": 0,
}  # fmt: skip
MENTOR_PROFILE_CHOICES = [
    (profile, profile.weight * MENTOR_SECTOR_FACTOR.get(profile.sector, 1)) for profile in PROFILES
]
