"""Dutch (Nederlandse en Vlaamse krantentaal): templates and inventories (fields: see ``en.py``).

Articles: organisation, country, region, water and event slots are written ``{KIND@art}``; the
entry's gender gives ``de`` / ``het`` (none for bare names such as ``Shell`` or ``Frankrijk``).
Surnames keep a lowercase tussenvoegsel after the first name (``Sanne van der Berg``) and take a
capital when used alone (``Van der Berg``).

Conventions (CoNLL-2002 Dutch): nationality adjectives (``Duitse``, ``Belgische``) and language
names (``Engels``) are MISC; days and months are lowercase; capitalised non-entities include
``Buitenlandse Zaken``, ``Financiën`` and sentence-initial words.
"""

from __future__ import annotations

FAKER = {
    "person": [("nl_NL", None)],
    "address": {"CITY": ("nl_NL", "cities"), "REGION": ("nl_NL", "provinces")},
    "company": ("nl_NL", 150),
}

FIRST_NAMES_MALE = (
    "Mark", "Geert", "Frans", "Wopke", "Hugo", "Rob", "Jesse", "Pieter",
    "Bart", "Wouter", "Jeroen", "Koen", "Thijs", "Sander", "Joost", "Maarten", "Dirk", "Wim",
)
FIRST_NAMES_FEMALE = (
    "Kajsa", "Sigrid", "Dilan", "Lilian", "Caroline", "Ingrid", "Mona", "Femke", "Esther", "Marieke", "Annelies",
    "Hanneke", "Marjolein", "Ilse", "Lotte", "Sophie", "Eva", "Fleur", "Inge", "Karin", "Mirjam",
)
LAST_NAMES = (
    "de Jong", "Jansen", "de Vries", "van den Berg", "van Dijk", "Bakker", "Janssen", "Visser",
    "Smit", "Meijer", "de Boer", "Mulder", "de Groot", "Bos", "Vos", "Peters", "Hendriks",
    "van Leeuwen", "Dekker", "Brouwer", "de Wit", "Dijkstra", "Smits", "de Graaf", "van der Meer",
    "van der Linden", "Kok", "Jacobs", "de Haan", "Vermeulen", "van den Heuvel", "van der Veen",
    "van den Broek", "de Bruijn", "de Bruin", "van der Heijden", "Schouten", "van Beek",
    "Willems", "van Vliet", "van de Ven", "Hoekstra", "Maas", "Verhoeven", "Koster", "van Dam",
    "van der Wal", "Prins", "Blom", "Huisman", "Peeters", "de Jonge", "Kuipers", "van Veen",
    "Post", "Kuiper", "Veenstra", "Kramer", "van den Brink", "Scholten", "van Wijk", "Postma",
    "Martens", "Vink", "de Ruiter", "Timmermans", "Groen", "Gerritsen", "Jonker", "van Loon",
    "Boer", "van der Velde", "Willemsen", "Smeets", "de Lange", "de Vos", "Bosch", "van Dongen",
    "Schipper", "de Koning", "van der Laan", "Koning", "van der Velden", "Driessen", "van Doorn",
    "Hermans", "Evers", "van den Bosch", "van der Meulen", "Hofman", "Bosman", "Wolters",
    "Sijbesma", "Verbeek", "Claes", "Maes", "Wouters", "De Smet", "Goossens", "Mertens",
    "Yilmaz", "El Amrani", "Bouzid", "Öztürk", "Ramdin", "Sewnarain", "Kartosen",
)
NAME_DROP = (
    "VI", "Glasses", "Thatcher", "KruidvatVan Merksteijn Steel", "Fabory , a Grainger company",
    "Q8 (Kuwait Petroleum Europe)", "Maandag",
)
NAME_DROP_RE = (r"^[A-Z]{2,}$", r"(dr|sd|sz)$", r"^[A-Z]\w+ van ", r"\(", r" en ", r" und ", r"\bvon\b")

INVENTORY: dict[str, tuple[str, ...]] = {
    "INST": (
        "de:Europese Commissie", "de:Europese Centrale Bank", "de:ECB", "de:Verenigde Naties",
        "de:VN", "de:Wereldbank", "het:Internationaal Monetair Fonds", "het:IMF",
        "de:Wereldgezondheidsorganisatie", "de:WHO", "de:NAVO", "de:Europese Unie", "de:EU",
        "het:Rode Kruis", "het:Internationaal Olympisch Comité", "de:FIFA", "de:UEFA", "de:KNVB",
        "de:Tweede Kamer", "de:Eerste Kamer", "de:Raad van State", "de:Hoge Raad",
        "het:Openbaar Ministerie", "het:OM", "de:Nederlandsche Bank", "de:DNB",
        "het:Centraal Bureau voor de Statistiek", "het:CBS", "het:KNMI", "het:RIVM",
        "de:Autoriteit Consument en Markt", "de:ACM", "de:Belastingdienst", "het:UWV",
        "de:Koninklijke Marechaussee", "het:Centraal Planbureau", "het:CPB",
        "het:Europees Parlement", "de:Raad van Europa", "het:Internationaal Strafhof",
        "Amnesty International", "Greenpeace", "Artsen zonder Grenzen", "het:Leger des Heils",
        "de:NVWA", "Rijkswaterstaat", "Defensie", "de:Fed", "de:ANWB", "de:FNV", "de:VNO-NCW",
        "Europol", "Eurojust", "de:Autoriteit Financiële Markten", "de:AFM", "de:Kansspelautoriteit",
        "de:Inspectie van het Onderwijs", "het:Vlaams Parlement", "de:Belgische Kamer",
        "de:Nationale Bank van België", "de:VDAB", "de:Staatsveiligheid", "het:Kremlin",
        "de:Afrikaanse Unie", "de:Wereldhandelsorganisatie", "de:OESO", "de:OPEC",
    ),
    "COMPANY": (
        "Shell", "Philips", "ASML", "Unilever", "Heineken", "Ahold Delhaize", "ING", "Rabobank",
        "ABN Amro", "KLM", "de:Nederlandse Spoorwegen", "de:NS", "PostNL", "KPN", "Albert Heijn",
        "Jumbo", "Bol.com", "Booking.com", "Adyen", "Randstad", "Aegon", "NN Group", "Akzo Nobel",
        "DSM", "Tata Steel", "Vattenfall", "Eneco", "Essent", "Schiphol", "Transavia", "Coolblue",
        "Douwe Egberts", "FrieslandCampina", "Ikea", "Volkswagen", "Apple", "Google", "Microsoft",
        "Proximus", "Delhaize", "Colruyt", "AB InBev", "KBC", "Belfius", "Solvay", "Umicore",
        "Brussels Airlines", "TomTom", "Prosus", "Just Eat Takeaway", "Wolters Kluwer", "Boskalis",
        "Van Oord", "BAM", "Damen Shipyards", "HEMA", "Action", "Kruidvat", "Stellantis", "NXP",
        "Vopak", "Signify", "Arcadis", "Fugro", "Ziggo", "Odido", "Lidl", "Aldi", "Tesla",
    ),
    "PARTY": (
        "de:VVD", "de:PVV", "de:PvdA", "het:CDA", "D66", "GroenLinks", "de:SP", "de:ChristenUnie",
        "de:SGP", "de:Partij voor de Dieren", "de:BBB", "het:NSC", "Volt", "DENK", "JA21",
        "Forum voor Democratie", "de:N-VA", "het:Vlaams Belang", "de:PS", "Open VLD", "Vooruit",
        "de:Democratische Partij", "de:Republikeinse Partij", "Labour", "het:ANC", "de:CDU",
        "de:SPD", "de:AfD", "de:PVDA", "de:MR", "de:cd&v", "Groen", "de:Conservatieve Partij",
    ),
    "CLUB": (
        "Ajax", "PSV", "Feyenoord", "AZ", "FC Twente", "FC Utrecht", "Vitesse", "sc Heerenveen",
        "FC Groningen", "NEC", "Sparta Rotterdam", "Go Ahead Eagles", "Heracles Almelo",
        "PEC Zwolle", "Willem II", "NAC Breda", "Fortuna Sittard", "RKC Waalwijk", "ADO Den Haag",
        "Excelsior", "Club Brugge", "Anderlecht", "Standard Luik", "KAA Gent", "Racing Genk",
        "Royal Antwerp", "Real Madrid", "Barcelona", "Bayern München", "Manchester United",
        "Liverpool", "Juventus", "Borussia Dortmund", "Paris Saint-Germain", "FC Den Bosch",
        "Roda JC", "De Graafschap", "Cambuur", "FC Volendam", "Almere City", "Cercle Brugge",
        "Union Sint-Gillis", "Visma-Lease a Bike", "Lotto Dstny", "Arsenal", "Chelsea",
    ),
    "MEDIA": (
        "de:Volkskrant", "het:NRC", "het:Algemeen Dagblad", "het:AD", "de:Telegraaf", "het:Parool",
        "Trouw", "het:Financieele Dagblad", "het:FD", "de:NOS", "RTL Nieuws", "de:VRT",
        "de:Standaard", "het:Nieuwsblad", "de:Morgen", "het:ANP", "Belga", "Reuters", "de:BBC",
        "de:New York Times", "EenVandaag", "Nieuwsuur", "Omroep Brabant", "NU.nl",
        "het:Nederlands Dagblad", "het:Reformatorisch Dagblad", "de:Tijd", "Knack",
        "EW", "de:Groene Amsterdammer", "het:Noordhollands Dagblad", "de:Limburger",
        "de:Gelderlander", "het:Eindhovens Dagblad", "de:Stentor", "Omroep West", "RTV Noord",
    ),
    "UNI": (
        "de:Universiteit van Amsterdam", "de:Universiteit Leiden", "de:Universiteit Utrecht",
        "de:TU Delft", "de:Rijksuniversiteit Groningen", "de:Erasmus Universiteit",
        "de:KU Leuven", "de:Universiteit Gent", "de:Vrije Universiteit", "de:Radboud Universiteit",
        "de:Universiteit Maastricht", "de:Universiteit Twente", "de:TU Eindhoven",
        "de:Tilburg University", "de:Wageningen Universiteit", "de:Universiteit Antwerpen",
        "de:VUB", "de:Universiteit Hasselt", "de:Universiteit van Oxford", "de:Sorbonne",
        "de:Open Universiteit", "de:Universiteit van Nairobi",
    ),
    "CITY": (
        "Amsterdam", "Rotterdam", "Den Haag", "Utrecht", "Eindhoven", "Groningen", "Tilburg",
        "Almere", "Breda", "Nijmegen", "Arnhem", "Haarlem", "Enschede", "Amersfoort", "Apeldoorn",
        "Zwolle", "'s-Hertogenbosch", "Maastricht", "Leiden", "Dordrecht", "Zoetermeer", "Delft",
        "Deventer", "Leeuwarden", "Alkmaar", "Venlo", "Helmond", "Hilversum", "Heerlen", "Emmen",
        "Assen", "Middelburg", "Lelystad", "Brussel", "Antwerpen", "Gent", "Brugge", "Leuven",
        "Luik", "Charleroi", "Hasselt", "Mechelen", "Oostende", "Parijs", "Londen", "Berlijn",
        "Keulen", "Düsseldorf", "Aken", "Madrid", "Rome", "Wenen", "Lissabon", "Athene", "Warschau",
        "Moskou", "Kiev", "Istanboel", "Peking", "Tokio", "New York", "Washington", "Nairobi",
        "Kaapstad", "Johannesburg", "Paramaribo", "Willemstad", "Oranjestad", "Jakarta", "Sydney",
        "Straatsburg", "Luxemburg", "Genève", "Kopenhagen", "Stockholm", "Dublin", "Barcelona",
        "Milaan", "Praag", "Boedapest", "Jeruzalem", "Caïro", "Dar es Salaam", "Kigali",
    ),
    "REGION": (
        "Vlaanderen", "Wallonië", "Zeeuws-Vlaanderen", "de:Achterhoek", "het:Gooi", "Twente",
        "het:Westland", "de:Randstad", "Beieren", "Catalonië", "Toscane", "Andalusië", "Bretagne",
        "Normandië", "Schotland", "Wales", "Californië", "Texas", "Florida", "Siberië", "Kasjmir",
        "Darfur", "Tigray", "de:Krim", "de:Donbas", "Gaza", "de:Westelijke Jordaanoever",
        "Noordrijn-Westfalen", "Vlaams-Brabant", "West-Vlaanderen", "Oost-Vlaanderen",
        "Henegouwen", "Luxemburg", "de:Kempen", "het:Groene Hart", "de:Betuwe", "de:Peel",
        "Salland", "Drenthe", "de:Bollenstreek", "Sicilië", "Corsica", "Lapland",
    ),
    "GEO": (
        "de:Maas", "de:Rijn", "de:Waal", "de:IJssel", "de:Schelde", "de:Lek", "de:Amstel",
        "het:IJsselmeer", "het:Markermeer", "de:Waddenzee", "de:Noordzee", "de:Oostzee",
        "de:Middellandse Zee", "de:Zwarte Zee", "de:Rode Zee", "de:Atlantische Oceaan",
        "de:Stille Oceaan", "het:Kanaal", "het:Noordzeekanaal", "de:Donau", "de:Seine",
        "de:Theems", "de:Nijl", "de:Moezel", "de:Elbe", "de:Oosterschelde", "de:Westerschelde",
        "het:Victoriameer", "het:Gardameer", "het:Bodenmeer", "de:Amazone", "de:Nieuwe Waterweg",
        "het:Hollands Diep", "het:Veerse Meer", "het:Amsterdam-Rijnkanaal", "de:Dender",
        "de:Leie", "de:Vecht", "de:Dommel", "de:Zaan", "het:Albertkanaal", "de:Eems",
    ),
    "NAT": (
        "Nederlandse", "Belgische", "Duitse", "Franse", "Britse", "Amerikaanse", "Italiaanse",
        "Spaanse", "Poolse", "Russische", "Oekraïense", "Chinese", "Japanse", "Turkse",
        "Marokkaanse", "Surinaamse", "Indonesische", "Griekse", "Zweedse", "Noorse", "Deense",
        "Finse", "Ierse", "Schotse", "Canadese", "Mexicaanse", "Braziliaanse", "Argentijnse",
        "Australische", "Egyptische", "Nigeriaanse", "Keniaanse", "Tanzaniaanse",
        "Zuid-Afrikaanse", "Israëlische", "Iraanse", "Syrische", "Portugese", "Tsjechische",
        "Hongaarse", "Roemeense", "Bulgaarse", "Servische", "Kroatische", "Oostenrijkse",
        "Zwitserse", "Europese", "Afrikaanse", "Aziatische", "Arabische", "Vlaamse", "Friese",
        "Limburgse", "Antilliaanse", "Indiase", "Pakistaanse", "Ethiopische", "Congolese",
        "Colombiaanse", "Venezolaanse", "Cubaanse", "Chileense", "Zuid-Koreaanse", "Saoedische",
    ),
    "TOURNEY": (
        "de:Olympische Spelen", "het:WK", "het:EK", "de:Tour de France", "de:Giro", "de:Vuelta",
        "Wimbledon", "Roland Garros", "de:Ronde van Vlaanderen", "de:Elfstedentocht",
        "de:Amstel Gold Race", "Parijs-Roubaix", "de:Dam tot Damloop", "de:Marathon van Rotterdam",
        "de:Grand Prix van Zandvoort", "de:Paralympische Spelen", "de:Ryder Cup", "de:Davis Cup",
        "de:Afrika Cup", "de:Vierdaagse", "de:Ronde van Nederland", "de:Super Bowl",
        "de:Copa America", "de:Australian Open", "de:US Open", "het:WK schaatsen allround",
        "de:Gent-Wevelgem", "de:Waalse Pijl", "het:Open Kampioenschap", "de:Winterspelen",
    ),
    "FEST": (
        "het:Songfestival", "het:Eurovisie Songfestival", "het:Holland Festival", "North Sea Jazz",
        "Lowlands", "Pinkpop", "Koningsdag", "Prinsjesdag", "Bevrijdingsdag", "het:Boekenbal",
        "de:Boekenweek", "het:Filmfestival Rotterdam", "het:IFFR",
        "Tomorrowland", "de:Frankfurter Buchmesse", "de:Biënnale van Venetië",
        "het:Filmfestival van Cannes", "de:Floriade", "de:TEFAF", "Oerol", "Mysteryland",
        "de:Uitmarkt", "het:Nederlands Film Festival", "Rock Werchter",
        "Dutch Design Week", "het:Noorderzon",
    ),
    "PRODUCT": (
        "iPhone", "iPad", "Galaxy S24", "Windows 11", "PlayStation 5", "Tesla Model 3", "Volkswagen Golf", "Senseo",
        "TomTom Go", "Philips Hue", "Fairphone", "WhatsApp", "ChatGPT", "Android", "Spyker C8",
        "Nintendo Switch", "Toyota Corolla", "Kia Niro", "Instagram", "TikTok", "Renault Clio",
        "Xbox", "Kindle", "Google Maps", "Thermomix",
    ),
    "WORK": (
        "Het Achterhuis", "Max Havelaar", "De avonden", "De aanslag", "Het verdriet van België",
        "Turks fruit", "De Nachtwacht", "Het meisje met de parel", "De ontdekking van de hemel",
        "Het diner", "Tonio", "Soldaat van Oranje", "Karakter", "Zwartboek",
        "Alleen maar nette mensen", "Oorlog en vrede", "De tweeling", "Kees de jongen",
        "Het bittere kruid", "Pluk van de Petteflet", "De aardappeleters", "Het melkmeisje",
        "Sterrennacht", "Nooit meer slapen", "Het gouden ei", "Pietje Bell", "De Avonden",
        "Boven is het stil", "Het smelt", "Mystiek lichaam", "De kleine blonde dood",
    ),
    "LANG": (
        "Nederlands", "Engels", "Frans", "Duits", "Spaans", "Arabisch", "Turks", "Pools",
        "Papiaments", "Fries", "Swahili", "Chinees", "Italiaans", "Portugees", "Russisch",
        "Oekraïens", "Sranantongo", "Berbers", "Latijn", "Japans", "Vlaams", "Limburgs", "Hindi",
    ),
}

COUNTRY_KEEP_UNTRANSLATED = True
COUNTRY_FIX = {
    "Kleine afgelegen eilanden van de Verenigde Staten": "",
    "Franse Zuidelijke Gebieden": "",
    "Bouveteiland": "",
    "Heardeiland en McDonaldeilanden": "",
    "Pitcairneilanden": "",
    "Brits Indische Oceaanterritorium": "",
    "Norfolk": "Norfolkeiland",
}
COUNTRY_GENDER = {
    "Verenigde Staten": "de", "Verenigde Arabische Emiraten": "de", "Verenigd Koninkrijk": "het",
    "Filipijnen": "de", "Maldiven": "de", "Seychellen": "de", "Comoren": "de", "Bahama's": "de",
    "Faeröer": "de", "Noordelijke Marianen": "de", "Westelijke Sahara": "de",
    "Democratische Republiek Congo": "de",
}
COUNTRY_GENDER_RULES = [(r"(eilanden|Republiek)$", "de")]
COUNTRY_FALLBACK = (
    "Nederland", "België", "Duitsland", "Frankrijk", "Spanje", "Italië", "Verenigd Koninkrijk",
    "Verenigde Staten", "Suriname", "Indonesië", "Marokko", "Turkije", "Polen", "Oekraïne",
    "Rusland", "China", "Japan", "Kenia", "Tanzania", "Zuid-Afrika", "Brazilië", "Canada",
    "Denemarken", "Zweden", "Noorwegen", "Griekenland", "Egypte", "India", "Democratische Republiek Congo",
)
REGION_GENDER: dict[str, str] = {}
COMPANY_GENDER_RULES: list[tuple[str, str]] = []

CASES = {"art": {"de": "de", "het": "het"}}
ATTRS: dict[str, dict[str, str]] = {}
CONTRACTIONS: dict[tuple[str, str], str] = {}
# lowercase name particles that take a capital at the start of a sentence
CAPITALISE_AT_START = ("van", "de", "den", "der", "ten", "ter", "te", "het", "sc")

DAYS = ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag")
MONTHS = (
    "januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
    "oktober", "november", "december",
)
# counts of people and things ({CNT}) from two to twelve are written as words
NUMBER_WORDS = ("twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen", "tien", "elf", "twaalf")
DECIMAL_SEP, THOUSANDS_SEP, SCORE_SEP = ",", ".", "-"


def name_parts(first, g, last_names, rng):
    """The surname alone takes a capital tussenvoegsel: Sanne van der Berg -> Van der Berg."""
    last = rng.choice(last_names)
    return first, last, last[:1].upper() + last[1:]


def genitive(name):
    return name


TEMPLATES = (
    # politiek
    "{PER} , {PER?woordvoerder|woordvoerster} van {ORG@art} , zei {DAY} dat de gesprekken met {COUNTRY@art} in {MONTH} worden hervat [, als beide partijen daarmee instemmen|] .",
    "De {NAT} minister van Buitenlandse Zaken , {PER} , ontmoette {DAY} in {CITY} {PER?zijn|haar} {NAT#2} ambtgenoot om over handel en veiligheid te praten .",
    "Premier {PER} bracht {DAY} een bezoek aan {CITY} , waar {PER?hij|zij} met ondernemers en studenten sprak .",
    "{COUNTRY@art} en {COUNTRY#2@art} hebben {DAY} in {CITY} een handelsakkoord gesloten na maanden van moeizame onderhandelingen .",
    "In {COUNTRY@art} zijn {DAY} parlementsverkiezingen gehouden , de opkomst lag rond de {NUM} procent .",
    "De {NAT} regering trekt {NUM} miljoen euro uit voor noodhulp aan {COUNTRY@art} , waar duizenden mensen dakloos zijn geraakt .",
    "De {NAT} autoriteiten hebben de afgelopen weken {CNT} mensen uit {COUNTRY@art} uitgezet .",
    "{PER} ( {PARTY} ) wil dat het kabinet meer geld uittrekt voor onderwijs in {REGION@art} .",
    "{PARTY@art} haalde bij de verkiezingen in {REGION@art} {DEC} procent van de stemmen .",
    "Volgens een peiling van {MEDIA@art} wordt {PARTY@art} bij de volgende verkiezingen de grootste partij .",
    "Bij de verkiezingen in {REGION@art} werd {PARTY@art} opnieuw de grootste , ondanks een flink verlies .",
    "{PER} ( {PARTY} ) noemde het besluit van {INST@art} \" onbegrijpelijk \" .",
    "{MEDIA@art} meldt op basis van bronnen rond het kabinet dat {PER} de nieuwe minister van Financiën wordt .",
    "Tegenover {MEDIA@art} zei {PER} dat {PER?hij|zij} zich bij de volgende verkiezingen niet herkiesbaar stelt .",
    "{PER} en {PER#2} spreken {DAY} in {CITY} over de oorlog in {COUNTRY@art} , meldt het ministerie .",
    "{PER} sprak de zaal toe in het {LANG} en in het {LANG#2} .",
    "Duizenden mensen demonstreerden {DAY} in {CITY} tegen de hoge energieprijzen .",
    # economie
    "Het aandeel {COMPANY} steeg {DAY} op de beurs met {DEC} procent nadat het bedrijf betere cijfers had gepresenteerd .",
    "{COMPANY@art} gaat in {CITY} een nieuwe fabriek bouwen , goed voor {BIG} banen in de komende vijf jaar .",
    "{COMPANY@art} neemt {COMPANY#2@art} over voor {DEC} miljard euro , zo maakten beide bedrijven {DAY} bekend .",
    "{PER} , {PER?topman|topvrouw} van {COMPANY@art} , stapt eind {MONTH} op .",
    "{COMPANY@art} boekte vorig jaar een winst van {DEC} miljard euro , meer dan analisten hadden verwacht .",
    "Het {NAT} concern {COMPANY} schrapt wereldwijd {BIG} banen .",
    "{COMPANY} , gevestigd in {CITY} , heeft ongeveer {BIG} werknemers in dienst .",
    "{INST@art} verwacht dat de economie van {COUNTRY@art} dit jaar met {DEC} procent groeit .",
    "{INST@art} legt {COMPANY@art} een boete op van {DEC} miljoen euro wegens verboden prijsafspraken .",
    "Volgens {INST@art} is de werkloosheid in {REGION@art} in {MONTH} licht gestegen .",
    "{PER} , voorzitter van {INST@art} , waarschuwde {DAY} voor een groeiend tekort aan personeel .",
    "Tussen {CITY} en {CITY#2} rijden {DAY} geen treinen door een staking bij {COMPANY@art} .",
    "Bewoners van {CITY} klagen al weken over overlast van {COMPANY@art} .",
    "De {PRODUCT} is vanaf {MONTH} ook in {COUNTRY@art} verkrijgbaar , meldt de fabrikant .",
    "Gebruikers van {PRODUCT} hadden {DAY} urenlang last van een storing .",
    # sport
    "{CLUB} won {DAY} met {SCORE} van {CLUB#2} en staat nu alleen aan kop .",
    "{PER} scoorde twee keer voor {CLUB} in de met {SCORE} gewonnen wedstrijd tegen {CLUB#2} .",
    "{PER} ( {AGE} ) maakt de overstap van {CLUB} naar {CLUB#2} en tekent een contract tot {YEAR} .",
    "De {NAT} international {PER} heeft {PER?zijn|haar} contract bij {CLUB} verlengd tot {YEAR} .",
    "{PER} won {TOURNEY@art} voor de [tweede|derde] keer in {PER?zijn|haar} carrière .",
    "{PER} komt namens {COUNTRY@art} uit op {TOURNEY@art} in {CITY} , ondanks een blessure .",
    "Na afloop zei {PER:last} : \" We hebben verdiend gewonnen . \"",
    "{CITY} wil in {YEAR} {TOURNEY@art} organiseren , maar de gemeenteraad is verdeeld .",
    # samenleving, justitie, weer
    "Volgens {MEDIA@art} heeft de politie in {CITY} {CNT} verdachten aangehouden .",
    "De rechtbank in {CITY} veroordeelde {PER} {DAY} tot [twee|drie|vijf] jaar cel wegens fraude .",
    "De advocaat van {PER:last} laat weten dat {PER?zijn|haar} cliënt in hoger beroep gaat .",
    "Bij een busongeluk bij {CITY} zijn {DAY} {CNT} mensen gewond geraakt , van wie enkelen ernstig .",
    "Op {GEO@art} is {DAY} een vrachtschip aan de grond gelopen , waardoor het scheepvaartverkeer urenlang stil lag .",
    "Door de lage waterstand op {GEO@art} kunnen schepen minder lading vervoeren .",
    "Zware regenval heeft {DAY} in {REGION@art} voor overstromingen gezorgd , duizenden huishoudens zaten zonder stroom .",
    "{PER} werd in {YEAR} geboren in {CITY} en studeerde rechten aan {UNI@art} .",
    "{PER} , hoogleraar aan {UNI@art} , noemt de resultaten een belangrijke doorbraak .",
    "{PER} is sinds {YEAR} burgemeester van {CITY} .",
    "\" Dit is een zwarte dag voor {CITY} \" , zei burgemeester {PER} {DAY} .",
    "{PER} , geboren in {COUNTRY@art} , groeide op in {CITY} .",
    "Het aantal toeristen in {CITY} steeg vorig jaar met {NUM} procent , blijkt uit cijfers van de gemeente .",
    # cultuur
    "De roman \" {WORK} \" van {PER} is vertaald in het {LANG} .",
    "De verfilming van \" {WORK} \" is vanaf {MONTH} in de bioscoop te zien .",
    "Het museum in {CITY} toont vanaf {DAY} werk van de {NAT} {PER?schilder|schilderes} {PER} .",
    "{FEST@art} trok dit jaar ruim {BIG} bezoekers naar {CITY} .",
    "Op {FEST@art} in {CITY} traden dit jaar artiesten uit {CNT} landen op .",
    "{PER} kreeg {DAY} tijdens {EVENT@art} een prijs voor {PER?zijn|haar} hele loopbaan .",
    "De kaarten voor {EVENT@art} waren binnen een paar uur uitverkocht .",
    # zonder namen
    "De inflatie is in {MONTH} gedaald tot {DEC} procent , meldt het statistiekbureau .",
    "Het blijft {DAY} grotendeels droog , in het noorden valt af en toe een bui .",
    "De onderhandelingen worden volgende week voortgezet , zeggen ingewijden .",
    "De brand veroorzaakte veel schade , maar er raakte niemand gewond .",
    "De prijs van stookolie is sinds {MONTH} met bijna {NUM} procent gestegen .",
    "Het kabinet wil de wet nog voor het zomerreces aannemen .",
    "De treinen rijden volgens de vervoerder vanaf {DAY} weer volgens de normale dienstregeling .",
    # ---- added: more domains, lengths and structures
    # wetenschap
    "Uit onderzoek van {UNI@art} , dat {DAY} in een wetenschappelijk tijdschrift verscheen , blijkt dat het water in {GEO@art} de afgelopen {NUM} jaar sneller is opgewarmd dan verwacht , wat volgens hoofdonderzoeker {PER} grote gevolgen kan hebben voor de visserij .",
    "Een team van {NAT} en {NAT#2} astronomen heeft een planeet ontdekt waarop mogelijk water voorkomt .",
    "{PER} , die aan {UNI@art} onderzoek doet naar dementie , krijgt een subsidie van {DEC} miljoen euro .",
    # gezondheid
    "In het ziekenhuis van {CITY} zijn sinds {MONTH} {CNT} patiënten besmet geraakt met een resistente bacterie .",
    "De wachtlijsten in de ggz zijn in {REGION@art} inmiddels zo lang dat patiënten soms meer dan een jaar op hulp moeten wachten , zegt {PER} , die als psychiater in {CITY} werkt en het kabinet oproept snel extra geld vrij te maken .",
    "{INST@art} raadt iedereen boven de [60|65|70] aan zich dit najaar tegen griep te laten vaccineren .",
    "Hoe schoon is het water in {GEO@art} eigenlijk ?",
    "{PER} , minister van Volksgezondheid , opende {DAY} in {CITY} een nieuw ziekenhuis voor kinderen .",
    # onderwijs
    "Vanaf volgend schooljaar krijgen leerlingen in {REGION@art} ook les in het {LANG} .",
    "Omdat er in {CITY} en omgeving te weinig leraren zijn , gaan {CNT} basisscholen vanaf {MONTH} over op een vierdaagse schoolweek , een maatregel die volgens {PARTY@art} de kwaliteit van het onderwijs ernstig onder druk zet .",
    "Steeds meer opleidingen aan {UNI@art} worden alleen nog in het {LANG} gegeven , tot ongenoegen van {PARTY@art} .",
    "Staatssecretaris van Onderwijs {PER} wil dat scholen mobiele telefoons in de klas verbieden .",
    # technologie
    "Hackers hebben de gegevens van ruim {BIG} klanten van {COMPANY@art} buitgemaakt , bevestigt het bedrijf .",
    "Ambtenaren in {COUNTRY@art} mogen op hun werk voortaan geen gebruik meer maken van {PRODUCT} .",
    "{INST@art} onderzoekt datalek bij {COMPANY@art}",
    "Volgens techondernemer {PER} neemt kunstmatige intelligentie binnen tien jaar het werk van veel advocaten over .",
    # vervoer en reizen
    "Het vliegveld van {CITY} was {DAY} urenlang gesloten vanwege dichte mist , waardoor tientallen vluchten naar {COUNTRY@art} werden geschrapt .",
    "{COMPANY@art} vliegt vanaf de zomer [twee|drie|vier] keer per week rechtstreeks op {CITY} .",
    "Een vrachtwagen met gevaarlijke stoffen is {DAY} bij {CITY} van de weg geraakt , waarna de snelweg richting {CITY#2} urenlang dicht was .",
    "Wie deze zomer met de auto naar {COUNTRY@art} gaat , moet rekening houden met lange files bij de grens .",
    "Het aantal {NAT} toeristen in {REGION@art} is na de pandemie weer op het oude niveau .",
    "Reizigers die in de herfstvakantie vanaf {CITY} naar {COUNTRY@art} of {COUNTRY#2@art} vliegen , moeten volgens {COMPANY@art} minstens drie uur voor vertrek op het vliegveld zijn , omdat er door een tekort aan beveiligers lange rijen worden verwacht .",
    # rechtspraak
    "De officier van justitie eiste {DAY} bij de rechtbank in {CITY} [vier|zes|acht] jaar cel tegen {PER} , die ervan wordt verdacht samen met {CNT} anderen miljoenen euro's van {COMPANY@art} te hebben verduisterd .",
    "Het gerechtshof in {CITY} heeft de vrijspraak van de {NAT} {PER?zakenman|zakenvrouw} {PER} {DAY} in hoger beroep bevestigd .",
    "\" Ik heb nooit geweten wat er in dat pakhuis gebeurde \" , verklaarde {PER} {DAY} voor de rechtbank in {CITY} .",
    "{INST@art} moet {PER} een schadevergoeding van {BIG} euro betalen , heeft de rechter in {CITY} bepaald .",
    # landbouw en milieu
    "Boeren uit {REGION@art} blokkeerden {DAY} met honderden trekkers de snelweg bij {CITY} uit protest tegen de stikstofregels .",
    "De aardappeloogst in {REGION@art} valt door de natte zomer veel lager uit dan vorig jaar , zegt akkerbouwer {PER} uit {CITY} .",
    "Het melkgeld dat {COMPANY@art} aan boeren betaalt , daalt in {MONTH} met [een|twee|drie] cent per liter .",
    "Bij de brand in de stal kwamen [tientallen|honderden] varkens om .",
    "{INST@art} stapt naar de rechter om de bouw van een nieuwe kolencentrale in {REGION@art} tegen te houden .",
    "Hoewel de regering van {COUNTRY@art} heeft beloofd de uitstoot van broeikasgassen voor het einde van het decennium te halveren , blijkt uit cijfers van {INST@art} dat die vorig jaar juist met {DEC} procent is gestegen , vooral door de groei van de luchtvaart en de industrie .",
    "In {GEO@art} zijn dit voorjaar opvallend veel dode vissen aangetroffen .",
    # religie
    "Dominee {PER} van de protestantse gemeente in {CITY} neemt na {NUM} jaar afscheid van {PER?zijn|haar} gemeenteleden .",
    "Duizenden gelovigen kwamen {DAY} naar {CITY} voor de opening van de nieuwe moskee , een van de grootste van {COUNTRY@art} .",
    "De {NAT} bisschoppen roepen parochies op om vluchtelingen uit {COUNTRY@art} op te vangen .",
    # lokaal nieuws
    "De gemeenteraad van {CITY} stemde {DAY} in met de bouw van [honderd|tweehonderd|driehonderd] huurwoningen aan de rand van het dorp .",
    "Wethouder {PER} ( {PARTY} ) van {CITY} treedt af na felle kritiek op de aanpak van de jeugdzorg .",
    "Een vrouw van {AGE} uit {CITY} is {DAY} om het leven gekomen bij een aanrijding met een vrachtwagen in {CITY#2} .",
    "De kermis in {CITY} gaat dit jaar niet door .",
    "De politie zoekt getuigen .",
    "In {CITY} is {DAY} een verpleeghuis ontruimd vanwege een gaslek .",
    "{PER} ( {COUNTRY} ) was {DAY} de snelste , voor {PER#2} ( {COUNTRY#2} ) en {PER#3} ( {COUNTRY#3} ) .",
    "Nadat {COMPANY@art} vorig jaar had aangekondigd de fabriek in {CITY} te sluiten , zochten de vakbonden en de gemeente maandenlang naar een koper , maar volgens wethouder {PER} ligt er nu een akkoord met een {NAT} investeerder die het grootste deel van de {BIG} banen wil behouden .",
    # kunst en muziek
    "Op een zolder in {CITY} is een tot nu toe onbekend schilderij van de {NAT} {PER?schilder|schilderes} {PER} ontdekt .",
    "De voorstelling , gebaseerd op de roman {WORK} van {PER} , gaat in {MONTH} in {CITY} in première .",
    "Wie volgt {PER} op als directeur van het museum in {CITY} ?",
    "Het debuut van {PER} , een roman over een {NAT} familie die in de jaren zestig naar {CITY} verhuist , is inmiddels in {CNT} talen vertaald en wordt volgend jaar verfilmd door de {NAT#2} regisseur {PER#2} .",
    "{PER?Zanger|Zangeres} {PER} sluit {PER?zijn|haar} tournee af met [twee|drie|vier] concerten in {CITY} , waarna {PER?hij|zij} een jaar rust neemt .",
    "Het optreden van {PER} op {FEST@art} werd na een half uur stilgelegd vanwege onweer .",
    "{PER} en {PER#2} , beiden opgeleid aan het conservatorium van {CITY} , geven {DAY} hun eerste gezamenlijke concert in {COUNTRY@art} .",
    # weer
    "Meteorologen waarschuwen voor gladheid , vooral in {REGION@art} en {REGION#2@art} .",
    "Morgen wordt het zonnig en warm , met temperaturen tot [28|30|32|34] graden .",
    "Langs de kust van {REGION@art} waait het {DAY} zeer hard , met windstoten tot [90|100|110|120] kilometer per uur .",
    # overlijden
    "{PER?Schrijver|Schrijfster} {PER} ( {AGE} ) overleden",
    "{PER} , die jarenlang als correspondent voor {MEDIA@art} vanuit {CITY} en {CITY#2} over de oorlog in {COUNTRY@art} berichtte , is {DAY} na een kort ziekbed overleden , zo heeft {PER?zijn|haar} familie laten weten .",
    "De uitvaart van {PER} vindt op {DATE} {MONTH} in besloten kring plaats in {CITY} .",
    # markten
    "De olieprijs steeg {DAY} naar ruim [80|85|90] dollar per vat , nadat {INST@art} had besloten de productie te beperken .",
    "Beleggers reageerden nerveus op de kwartaalcijfers van {COMPANY@art} , waarvan het aandeel ruim {DEC} procent verloor .",
    "De rente op spaarrekeningen gaat volgende maand opnieuw omlaag .",
    "Op de veemarkt in {CITY} werden {DAY} minder runderen verhandeld dan vorig jaar .",
    # politiek, sport en overig
    "{COMPANY@art} , {COMPANY#2@art} en {COMPANY#3@art} richten samen een fonds op voor startende ondernemers in {REGION@art} .",
    "Delegaties uit {COUNTRY@art} , {COUNTRY#2@art} en {COUNTRY#3@art} komen volgende week in {CITY} bijeen om over de opvang van vluchtelingen te praten .",
    "De nieuwe coalitie van {PARTY@art} , {PARTY#2@art} en {PARTY#3@art} ( samen {NUM} zetels ) presenteert {DAY} het regeerakkoord .",
    "\" We gaan dit niet accepteren \" , zegt {PER} , voorzitter van {INST@art} , over de plannen van het kabinet .",
    "{PER:last} : \" Dit is pas het begin \"",
    "Waarom stapte {PER} zo plotseling op bij {COMPANY@art} ?",
    "{PER} stapt over naar {PARTY@art} .",
    "{CLUB} ontslaat trainer na slechte reeks .",
    "De regering van {COUNTRY@art} sluit de grens met {COUNTRY#2@art} .",
    "Met doelpunten van {PER:last} en {PER#2:last} versloeg {CLUB} {DAY} {CLUB#2} .",
    "Kamerlid {PER} ( {PARTY} ) wil opheldering van de minister over de gang van zaken bij {COMPANY@art} .",
    "Zware aardbeving in {REGION@art}",
    "Na {PER:last} haalde ook {PER#2} de finale van {TOURNEY@art} niet .",
    "Tijdens een bijeenkomst in {CITY} , waar ook {PER} en {PER#2} aanwezig waren , presenteerde {PARTY@art} {DAY} een plan om het openbaar vervoer in {REGION@art} gratis te maken voor iedereen onder de achttien , een idee dat bij {PARTY#2@art} op veel weerstand stuit .",
    "Wat betekent de nieuwe huurwet voor studenten ?",
    "Volgens de onderzoekers is meer onderzoek nodig voordat het medicijn op de markt kan komen .",
)

# news lead-ins placed before a whole template sentence (LEAD + " " + TEMPLATE); each ends with a
# dash or a colon, so the verb-second order of the sentence that follows is untouched
LEADS = (
    "{CITY#7} ( {MEDIA#7} ) -",
    "{CITY#7} , {DATE} {MONTH} -",
    "{CITY#7} -",
    "{CITY#7} / {CITY#8} ( {MEDIA#7} ) -",
    "{CITY#7} ( {MEDIA#7} / {MEDIA#8} ) -",
    "{DAY} {DATE} {MONTH} -",
    "Net binnen :",
    "Kort nieuws uit {REGION#7@art} :",
    "{MEDIA#7@art} meldt :",
    "Correspondent {PER#7} vanuit {CITY#7} :",
)

# clause fragments appended to a declarative template (TEMPLATE[:-2] + " " + TAIL + " .")
TAILS = (
    ", meldt {MEDIA#7@art}",
    ", aldus {MEDIA#7@art}",
    ", schrijft {MEDIA#7@art} op basis van ingewijden",
    ", meldden {NAT#7} media",
    ", zegt {PER#7} , [hoogleraar economie|hoogleraar bestuurskunde|onderzoeker] aan {UNI#7@art}",
    ", bevestigt {PER#7} , {PER#7?woordvoerder|woordvoerster} van {COMPANY#7@art} , tegenover {MEDIA#7@art}",
    ", laat {INST#7@art} weten",
    ", zo blijkt uit cijfers van {INST#7@art}",
    ", zo blijkt uit onderzoek van {UNI#7@art}",
    ", terwijl {PARTY#7@art} om nieuwe verkiezingen vraagt",
    ", hoewel {INST#7@art} daar eerder voor had gewaarschuwd",
    ", nadat eerder al {COUNTRY#7@art} en {COUNTRY#8@art} soortgelijke maatregelen hadden genomen",
    ", tot ongenoegen van {PARTY#7@art}",
    ", ondanks protesten van {INST#7@art}",
    ", aldus {PER#7} ( {PARTY#7} ) in een reactie",
    ", zegt {PER#7} , die ook in het bestuur van {CLUB#7} zit",
    ", kort voor de start van {EVENT#7@art}",
    ", zo staat in een verklaring die alleen in het {LANG#7} werd verspreid",
    ", tot ongenoegen van de {NAT#7} regering",
    ", terwijl in {CITY#7} en {CITY#8} duizenden mensen de straat op gingen",
    ", net nu {COMPANY#7@art} nieuwe plannen voor {REGION#7@art} heeft gepresenteerd",
    ", zo meldde de ambassade van {COUNTRY#7@art} in {CITY#7}",
    ", zegt {PER#7} tegen {MEDIA#7@art}",
    ", zei burgemeester {PER#7} van {CITY#7}",
    ", en ook in {COUNTRY#7@art} wordt de kwestie op de voet gevolgd",
    ", maar volgens {PER#7} is het laatste woord daarover nog niet gezegd",
    ", meldt de politie",
    ", zeggen ingewijden",
    ", hoewel nog niet alle details bekend zijn",
)
