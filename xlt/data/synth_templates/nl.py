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
    "Mark", "Geert", "Frans", "Wopke", "Sigrid", "Hugo", "Dilan", "Rob", "Jesse", "Pieter",
    "Bart", "Wouter", "Jeroen", "Koen", "Thijs", "Sander", "Joost", "Maarten", "Dirk", "Wim",
)
FIRST_NAMES_FEMALE = (
    "Kajsa", "Lilian", "Caroline", "Ingrid", "Mona", "Femke", "Esther", "Marieke", "Annelies",
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
)
