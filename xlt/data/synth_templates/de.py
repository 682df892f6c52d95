"""German (Nachrichtenstil): templates and hand-written inventories (fields: see ``en.py``).

Articles: every organisation, country, region, water, event and product slot is written with a
case (``{ORG@nom}``, ``@acc``, ``@dat``); the entry's gender (m/f/n/pl, none for bare names such
as ``Siemens`` or ``Deutschland``) picks ``der/die/das/den/dem``, and entries whose adjectives
inflect carry the inflected form per case (``f:Deutsche Bahn|dat=Deutschen Bahn``). ``bei dem``,
``von dem``, ``zu dem``, ``zu der``, ``in dem``, ``an dem`` contract before an entity.

Conventions (CoNLL-2003 German): nationality adjectives (``deutsche``, ``französischen``) are MISC
even though lowercase; languages (``Englisch``) are MISC; the many capitalised common nouns
(``Regierung``, ``Außenminister``, ``Montag``) are O.
"""

from __future__ import annotations

FAKER = {
    "person": [("de_DE", None)],
    "address": {"CITY": ("de_DE", "cities"), "REGION": ("de_DE", "states")},
    "company": ("de_DE", 150),
}

FIRST_NAMES_MALE = (
    "Thomas", "Michael", "Andreas", "Stefan", "Christian", "Markus", "Frank", "Jürgen", "Jan",
    "Lukas", "Felix", "Jonas", "Tobias", "Florian", "Matthias", "Sebastian", "Olaf", "Wolfgang",
    "Klaus", "Friedrich", "Moritz", "Niklas", "Leon", "Paul", "Maximilian", "Hendrik", "Boris",
)
FIRST_NAMES_FEMALE = (
    "Anna", "Julia", "Katharina", "Sabine", "Claudia", "Ursula", "Annalena", "Nancy", "Svenja",
    "Franziska", "Lena", "Laura", "Sophie", "Hannah", "Petra", "Birgit", "Susanne", "Christine",
    "Manuela", "Ricarda", "Saskia", "Malu", "Lisa", "Johanna", "Carolin", "Miriam", "Greta",
)
LAST_NAMES = (
    "Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Schulz",
    "Hoffmann", "Schäfer", "Koch", "Bauer", "Richter", "Klein", "Wolf", "Schröder", "Neumann",
    "Schwarz", "Zimmermann", "Braun", "Krüger", "Hofmann", "Hartmann", "Lange", "Schmitt",
    "Werner", "Schmitz", "Krause", "Meier", "Lehmann", "Schmid", "Schulze", "Maier", "Köhler",
    "Herrmann", "König", "Walter", "Mayer", "Huber", "Kaiser", "Fuchs", "Peters", "Lang",
    "Scholz", "Möller", "Weiß", "Jung", "Hahn", "Schubert", "Vogel", "Friedrich", "Keller",
    "Günther", "Frank", "Berger", "Winkler", "Roth", "Beck", "Lorenz", "Baumann", "Franke",
    "Albrecht", "Schuster", "Simon", "Ludwig", "Böhm", "Winter", "Kraus", "Martin", "Schumacher",
    "Krämer", "Vogt", "Stein", "Jäger", "Otto", "Sommer", "Groß", "Seidel", "Heinrich", "Brandt",
    "Haas", "Schreiber", "Graf", "Schulte", "Dietrich", "Ziegler", "Kuhn", "Kühn", "Pohl",
    "Engel", "Horn", "Busch", "Bergmann", "Thomas", "Voigt", "Sauer", "Arnold", "Wolff",
    "Pfeiffer", "Yılmaz", "Kaya", "Nowak", "Kowalski", "Öztürk", "Demir", "Wójcik", "Petrović",
)
NAME_DROP = ("Hansestadttralsund", "Leipziger Land", "Neustadtner Waldnaab", "Griesbach Rottal")
NAME_DROP_RE: tuple[str, ...] = ()

INVENTORY: dict[str, tuple[str, ...]] = {
    "INST": (
        "f:Europäische Kommission|dat=Europäischen Kommission", "f:EU-Kommission",
        "f:Europäische Zentralbank|dat=Europäischen Zentralbank", "f:EZB",
        "pl:Vereinte Nationen|nom=Vereinten Nationen|acc=Vereinten Nationen|dat=Vereinten Nationen|gen=Vereinten Nationen",
        "f:Uno", "f:Weltbank", "m:Internationaler Währungsfonds|nom=Internationale Währungsfonds|acc=Internationalen Währungsfonds|dat=Internationalen Währungsfonds|gen=Internationalen Währungsfonds",
        "m:IWF", "f:Weltgesundheitsorganisation", "f:WHO", "f:Bundesbank", "f:Nato",
        "f:Europäische Union|dat=Europäischen Union", "f:EU",
        "n:Deutsches Rotes Kreuz|nom=Deutsche Rote Kreuz|acc=Deutsche Rote Kreuz|dat=Deutschen Roten Kreuz|gen=Deutschen Roten Kreuzes",
        "n:IOC", "f:Fifa", "f:Uefa", "f:Welthandelsorganisation", "f:WTO",
        "f:Afrikanische Union|dat=Afrikanischen Union", "n:Bundesverfassungsgericht|gen=Bundesverfassungsgerichts",
        "m:Bundesgerichtshof|gen=Bundesgerichtshofs", "m:Bundestag|gen=Bundestags",
        "m:Bundesrat|gen=Bundesrats",
        "n:Auswärtiges Amt|nom=Auswärtige Amt|acc=Auswärtige Amt|dat=Auswärtigen Amt|gen=Auswärtigen Amts",
        "n:Bundeskriminalamt|gen=Bundeskriminalamts", "n:BKA", "f:Bundesagentur für Arbeit",
        "n:Statistisches Bundesamt|nom=Statistische Bundesamt|acc=Statistische Bundesamt|dat=Statistischen Bundesamt|gen=Statistischen Bundesamts",
        "n:Robert Koch-Institut|gen=Robert Koch-Instituts", "f:Stiftung Warentest", "m:ADAC", "m:DGB", "f:IG Metall",
        "f:Verdi", "n:Bundesamt für Migration und Flüchtlinge|gen=Bundesamts für Migration und Flüchtlinge", "f:Bundeswehr",
        "n:Europäisches Parlament|nom=Europäische Parlament|acc=Europäische Parlament|dat=Europäischen Parlament|gen=Europäischen Parlaments",
        "m:Europarat|gen=Europarats",
        "f:Max-Planck-Gesellschaft", "f:Fraunhofer-Gesellschaft", "f:Bafin",
        "n:Bundeskartellamt|gen=Bundeskartellamts", "n:Umweltbundesamt|gen=Umweltbundesamts",
        "m:Deutscher Wetterdienst|nom=Deutsche Wetterdienst|acc=Deutschen Wetterdienst|dat=Deutschen Wetterdienst|gen=Deutschen Wetterdienstes",
        "Amnesty International", "Greenpeace", "f:Caritas", "f:Diakonie", "f:DFL", "m:DFB",
        "f:OECD", "f:Opec", "f:Internationale Energieagentur|dat=Internationalen Energieagentur",
        "f:Europäische Investitionsbank|dat=Europäischen Investitionsbank", "f:Bundesnetzagentur",
        "n:Bundesinnenministerium|gen=Bundesinnenministeriums",
        "n:Bundesfinanzministerium|gen=Bundesfinanzministeriums", "n:Kanzleramt|gen=Kanzleramts", "m:Kreml|gen=Kremls",
        "m:Verfassungsschutz|gen=Verfassungsschutzes", "f:Deutsche Rentenversicherung|dat=Deutschen Rentenversicherung",
        "m:Weltklimarat|gen=Weltklimarats",
        "m:Internationaler Strafgerichtshof|nom=Internationale Strafgerichtshof|acc=Internationalen Strafgerichtshof|dat=Internationalen Strafgerichtshof|gen=Internationalen Strafgerichtshofs",
        "f:Kassenärztliche Bundesvereinigung|dat=Kassenärztlichen Bundesvereinigung", "m:Nabu",
        "n:Ifo-Institut|gen=Ifo-Instituts", "n:DIW", "f:Deutsche Bundesbank|dat=Deutschen Bundesbank", "f:Fed",
    ),
    "COMPANY": (
        "Siemens", "Volkswagen", "BMW", "Mercedes-Benz", "Bosch", "f:BASF", "Bayer", "f:Allianz",
        "f:Deutsche Bank|dat=Deutschen Bank", "f:Commerzbank",
        "f:Deutsche Telekom|dat=Deutschen Telekom", "f:Deutsche Bahn|dat=Deutschen Bahn",
        "f:Lufthansa", "f:Deutsche Post|dat=Deutschen Post", "Adidas", "Puma", "SAP", "Henkel",
        "Beiersdorf", "Continental", "Porsche", "Audi", "Thyssenkrupp", "Eon", "RWE", "Aldi",
        "Lidl", "Rewe", "Edeka", "Zalando", "Infineon", "Merck", "Fresenius", "Vonovia",
        "f:Hapag-Lloyd", "Airbus", "Nestlé", "Novartis", "Roche", "Apple", "Google", "Amazon",
        "Microsoft", "Toyota", "Tesla", "Shell", "f:DZ Bank", "f:Hypovereinsbank", "Trumpf", "Miele",
        "Dr. Oetker", "Haribo", "f:Deutsche Börse|dat=Deutschen Börse", "Bertelsmann", "Uniper",
        "Salzgitter", "f:Südzucker", "Bahlsen", "Würth", "Knorr-Bremse", "Siemens Energy",
        "Hugo Boss", "Flixbus", "f:Condor", "f:Eurowings", "f:Munich Re", "f:Sparkasse Köln-Bonn",
        "f:Erste Group|dat=Erste Group", "f:Voestalpine", "f:Swatch", "f:UBS", "f:Swisscom",
        "Red Bull", "f:Telefónica Deutschland", "Vodafone", "Ryanair", "Ikea", "Biontech",
        "Curevac", "Wirecard", "Daimler Truck", "Rheinmetall", "Hensoldt", "MAN", "Kion",
    ),
    "PARTY": (
        "f:SPD", "f:CDU", "f:CSU", "pl:Grüne|nom=Grünen|acc=Grünen|dat=Grünen|gen=Grünen", "f:FDP", "f:AfD",
        "f:Linke|dat=Linken|gen=Linken", "n:BSW", "f:ÖVP", "f:SPÖ", "f:FPÖ", "f:SVP",
        "pl:Freie Wähler|nom=Freien Wähler|acc=Freien Wähler|dat=Freien Wählern|gen=Freien Wähler",
        "f:Labour-Partei", "pl:Demokraten", "pl:Republikaner|dat=Republikanern|gen=Republikaner", "m:ANC",
        "f:Partei Die Linke", "f:Piratenpartei", "f:Volt", "f:Neos", "f:Ampel-Koalition",
        "f:Tierschutzpartei", "f:Fidesz", "f:PiS", "m:Rassemblement National",
    ),
    "CLUB": (
        "m:FC Bayern München", "Bayern München", "Borussia Dortmund", "m:BVB", "Schalke 04",
        "m:Hamburger SV", "m:HSV", "Werder Bremen", "m:VfB Stuttgart", "Eintracht Frankfurt",
        "m:1. FC Köln", "Bayer Leverkusen", "RB Leipzig", "m:VfL Wolfsburg", "m:SC Freiburg",
        "Union Berlin", "Hertha BSC", "m:FC St. Pauli", "Hannover 96", "Fortuna Düsseldorf",
        "m:1. FC Nürnberg", "m:Karlsruher SC", "Real Madrid", "m:FC Barcelona", "Juventus Turin",
        "Manchester United", "m:FC Liverpool", "m:FC Chelsea", "Paris Saint-Germain",
        "Ajax Amsterdam", "m:FC Basel", "Rapid Wien", "Red Bull Salzburg", "m:THW Kiel",
        "Alba Berlin", "Inter Mailand", "m:AC Mailand", "m:1. FSV Mainz 05", "m:FC Augsburg",
        "Borussia Mönchengladbach", "m:VfL Bochum", "m:1. FC Heidenheim", "m:SV Darmstadt 98",
        "Arminia Bielefeld", "Dynamo Dresden", "m:SC Magdeburg", "pl:Füchse Berlin|dat=Füchsen Berlin|gen=Füchse Berlin",
    ),
    "MEDIA": (
        "m:Spiegel", "f:Süddeutsche Zeitung|dat=Süddeutschen Zeitung",
        "f:Frankfurter Allgemeine Zeitung|dat=Frankfurter Allgemeinen Zeitung", "f:FAZ", "f:Welt",
        "f:Bild", "f:Zeit", "n:Handelsblatt", "f:Tagesschau", "n:ZDF", "f:ARD", "m:Tagesspiegel",
        "f:Taz", "m:Bayerische Rundfunk|acc=Bayerischen Rundfunk|dat=Bayerischen Rundfunk",
        "m:WDR", "m:NDR", "m:MDR", "m:SWR", "f:Deutsche Presse-Agentur|dat=Deutschen Presse-Agentur",
        "f:dpa", "Reuters", "f:BBC", "f:New York Times", "f:Neue Zürcher Zeitung|dat=Neuen Zürcher Zeitung",
        "f:NZZ", "m:Standard", "f:Kronen Zeitung", "m:Kölner Stadt-Anzeiger",
        "f:Rheinische Post|dat=Rheinischen Post", "f:Stuttgarter Zeitung", "n:RND", "m:Focus",
        "m:Stern", "n:Redaktionsnetzwerk Deutschland", "f:Augsburger Allgemeine|dat=Augsburger Allgemeinen",
        "n:Hamburger Abendblatt", "f:Bild am Sonntag", "m:Deutschlandfunk", "m:ORF", "m:SRF",
    ),
    "UNI": (
        "f:Universität Heidelberg", "f:Technische Universität München|dat=Technischen Universität München",
        "f:Humboldt-Universität", "f:Freie Universität Berlin|dat=Freien Universität Berlin",
        "f:Ludwig-Maximilians-Universität", "f:Universität Wien", "f:ETH Zürich",
        "f:Universität Hamburg", "f:Universität zu Köln", "f:RWTH Aachen", "f:Goethe-Universität",
        "f:Universität Leipzig", "f:Universität Oxford", "f:Harvard-Universität",
        "f:Universität Bonn", "f:Universität Basel", "f:Universität Göttingen",
        "f:Technische Universität Dresden|dat=Technischen Universität Dresden", "f:Universität Tübingen",
        "f:Universität Freiburg", "f:Sorbonne", "f:Universität Zürich", "f:Universität Innsbruck",
        "f:Universität Mannheim", "f:Ruhr-Universität Bochum", "f:Universität Nairobi",
    ),
    "CITY": (
        "Berlin", "Hamburg", "München", "Köln", "Frankfurt am Main", "Stuttgart", "Düsseldorf",
        "Leipzig", "Dortmund", "Essen", "Bremen", "Dresden", "Hannover", "Nürnberg", "Duisburg",
        "Bochum", "Wuppertal", "Bielefeld", "Bonn", "Münster", "Mannheim", "Karlsruhe", "Augsburg",
        "Wiesbaden", "Mainz", "Kiel", "Rostock", "Freiburg", "Erfurt", "Magdeburg", "Potsdam",
        "Halle", "Wien", "Graz", "Linz", "Salzburg", "Innsbruck", "Zürich", "Bern", "Basel", "Genf",
        "Lausanne", "Paris", "London", "Brüssel", "Amsterdam", "Rom", "Mailand", "Madrid",
        "Barcelona", "Lissabon", "Warschau", "Prag", "Budapest", "Moskau", "Kiew", "Istanbul",
        "Athen", "Kopenhagen", "Stockholm", "Oslo", "Helsinki", "Washington", "New York", "Peking",
        "Tokio", "Neu-Delhi", "Kairo", "Nairobi", "Daressalam", "Kapstadt", "Johannesburg",
        "Lagos", "Rio de Janeiro", "São Paulo", "Mexiko-Stadt", "Buenos Aires", "Jerusalem",
        "Teheran", "Bagdad", "Damaskus", "Dubai", "Sydney", "Toronto", "Den Haag", "Straßburg",
        "Lyon", "Marseille", "Neapel", "Venedig", "Florenz", "Krakau", "Danzig", "Antwerpen",
        "Brügge", "Tel Aviv", "Ankara", "Peking", "Schanghai", "Seoul", "Bangkok", "Addis Abeba",
    ),
    "REGION": (
        "n:Elsass", "n:Ruhrgebiet", "n:Allgäu", "Tirol", "Südtirol", "Kärnten", "f:Steiermark",
        "f:Toskana", "f:Lombardei", "f:Bretagne", "f:Normandie", "f:Provence", "Katalonien",
        "Andalusien", "Flandern", "Wallonien", "Kaschmir", "f:Krim", "Sibirien", "Patagonien",
        "Darfur", "Tigray", "m:Donbass", "m:Gazastreifen", "n:Westjordanland", "n:Rheinland",
        "n:Emsland", "n:Sauerland", "f:Eifel", "Oberbayern", "Franken", "Ostfriesland",
        "Kalifornien", "Texas", "Florida", "Schottland", "Wales", "Quebec", "Ontario", "Galicien",
        "Sizilien", "Sardinien", "Korsika", "Vorarlberg", "n:Tessin", "n:Wallis", "Graubünden",
        "f:Lausitz", "f:Uckermark", "n:Vogtland", "n:Erzgebirge", "n:Münsterland", "f:Oberpfalz",
    ),
    "GEO": (
        "m:Rhein", "f:Donau", "f:Elbe", "m:Main", "f:Mosel", "f:Oder", "f:Weser", "m:Neckar",
        "f:Spree", "f:Isar", "m:Inn", "m:Nil", "f:Themse", "f:Seine", "f:Wolga", "m:Bodensee",
        "m:Chiemsee", "f:Ostsee", "f:Nordsee", "n:Mittelmeer",
        "n:Schwarzes Meer|nom=Schwarze Meer|acc=Schwarze Meer|dat=Schwarzen Meer",
        "n:Rotes Meer|nom=Rote Meer|acc=Rote Meer|dat=Roten Meer", "m:Atlantik", "m:Pazifik",
        "m:Indischer Ozean|nom=Indische Ozean|acc=Indischen Ozean|dat=Indischen Ozean",
        "m:Ärmelkanal", "m:Suezkanal", "m:Genfer See", "m:Viktoriasee", "m:Tanganjikasee",
        "m:Gardasee", "m:Amazonas", "m:Mississippi", "m:Ganges", "m:Jangtse", "m:Sambesi",
        "f:Havel", "f:Saale", "f:Ems", "f:Ruhr", "m:Lech", "m:Starnberger See", "m:Müggelsee",
        "m:Nord-Ostsee-Kanal", "n:Wattenmeer", "f:Adria", "f:Ägäis", "m:Zürichsee",
    ),
    "NAT": (  # adjective stems; templates add the ending ({NAT:+e}, {NAT:+en})
        "deutsch", "französisch", "britisch", "amerikanisch", "italienisch", "spanisch",
        "niederländisch", "belgisch", "schweizerisch", "österreichisch", "polnisch", "russisch",
        "ukrainisch", "chinesisch", "japanisch", "indisch", "türkisch", "griechisch", "schwedisch",
        "norwegisch", "dänisch", "finnisch", "irisch", "kanadisch", "mexikanisch",
        "brasilianisch", "argentinisch", "australisch", "ägyptisch", "nigerianisch", "kenianisch",
        "tansanisch", "ugandisch", "südafrikanisch", "israelisch", "iranisch", "irakisch",
        "syrisch", "saudisch", "portugiesisch", "tschechisch", "ungarisch", "rumänisch",
        "bulgarisch", "serbisch", "kroatisch", "europäisch", "afrikanisch", "asiatisch",
        "arabisch", "palästinensisch", "libanesisch", "marokkanisch", "äthiopisch",
        "kongolesisch", "kolumbianisch", "venezolanisch", "kubanisch", "chilenisch",
        "südkoreanisch", "nordkoreanisch", "slowakisch", "litauisch", "estnisch", "lettisch",
    ),
    "TOURNEY": (
        "pl:Olympische Spiele|nom=Olympischen Spiele|acc=Olympischen Spiele|dat=Olympischen Spielen",
        "f:Fußball-Weltmeisterschaft", "f:Fußball-WM", "f:Tour de France", "Wimbledon",
        "pl:US Open", "pl:French Open", "pl:Australian Open", "f:Schwimm-WM", "f:Biathlon-WM", "f:Handball-WM", "f:Fußball-EM",
        "f:Vierschanzentournee", "f:Rallye Dakar", "m:Berlin-Marathon", "m:Ryder Cup",
        "m:Davis Cup", "m:Große Preis von Monaco|acc=Großen Preis von Monaco|dat=Großen Preis von Monaco",
        "f:Ski-WM", "m:Afrika-Cup", "f:Leichtathletik-WM", "m:Giro d'Italia",
        "pl:Paralympische Spiele|nom=Paralympischen Spiele|acc=Paralympischen Spiele|dat=Paralympischen Spielen",
        "f:Eishockey-WM", "f:Copa América", "f:Rad-WM", "m:Hamburg-Marathon", "f:Vuelta",
    ),
    "FEST": (
        "f:Berlinale", "n:Oktoberfest", "f:Frankfurter Buchmesse", "f:Documenta",
        "pl:Bayreuther Festspiele|dat=Bayreuther Festspielen",
        "pl:Salzburger Festspiele|dat=Salzburger Festspielen", "m:Eurovision Song Contest",
        "f:Hannover Messe", "f:Internationale Funkausstellung|dat=Internationalen Funkausstellung",
        "f:IFA", "f:Gamescom", "f:Art Basel", "f:Biennale von Venedig",
        "m:Kölner Karneval",
        "f:Grüne Woche|dat=Grünen Woche", "f:Kieler Woche", "n:Rock am Ring", "n:Wacken Open Air",
        "m:Christopher Street Day", "f:Leipziger Buchmesse", "n:Cannstatter Wasen",
        "m:Hamburger Dom", "f:Fusion", "n:Filmfest München", "f:Ruhrtriennale",
    ),
    "PRODUCT": (
        "n:iPhone", "n:iPad", "m:Golf", "m:Passat", "f:Playstation 5", "f:Xbox", "n:Windows 11",
        "n:Galaxy S24", "m:Porsche 911", "m:Trabant", "n:Android", "n:Model 3", "m:Audi A4",
        "n:WhatsApp", "n:ChatGPT", "f:S-Klasse", "m:ID.3", "m:Polo", "m:Käfer", "m:Kindle",
        "f:Nintendo Switch", "n:Tiktok", "m:Tiguan", "m:Corsa", "m:Thermomix", "m:Astra",
    ),
    "WORK": (
        "Der Zauberberg", "Die Blechtrommel", "Buddenbrooks", "Faust", "Der Process",
        "Die Verwandlung", "Effi Briest", "Der Steppenwolf", "Siddhartha", "Im Westen nichts Neues",
        "Das Boot", "Lola rennt", "Die Zauberflöte", "Der Ring des Nibelungen", "Babylon Berlin",
        "Das Parfum", "Der Vorleser", "Krieg und Frieden", "Hundert Jahre Einsamkeit",
        "Der Herr der Ringe", "Die Physiker", "Woyzeck", "Nathan der Weise", "Die Räuber",
        "Der Untertan", "Berlin Alexanderplatz", "Das Leben der Anderen", "Toni Erdmann",
        "Tschick", "Momo", "Die unendliche Geschichte", "Der Schimmelreiter", "Homo faber",
    ),
    "LANG": (
        "Deutsch", "Englisch", "Französisch", "Spanisch", "Italienisch", "Arabisch", "Türkisch",
        "Russisch", "Polnisch", "Niederländisch", "Suaheli", "Chinesisch", "Japanisch",
        "Portugiesisch", "Griechisch", "Ukrainisch", "Persisch", "Hindi", "Kurdisch", "Latein",
        "Plattdeutsch", "Sorbisch", "Dänisch", "Schwedisch", "Hebräisch", "Ungarisch",
    ),
}

COUNTRY_KEEP_UNTRANSLATED = True
COUNTRY_FIX = {
    "Russische Föderation": "Russland",
    "Vereinigte Arabische Emirate": "Vereinigte Arabische Emirate",
    "United States Minor Outlying Islands": "",
    "Französische Süd- und Antarktisgebiete": "",
    "Bouvet-Insel": "",
    "Heard und McDonaldinseln": "",
    "Pitcairn": "",
    "Brunei Darussalam": "Brunei",
}
# countries that take an article; adjectives inflect after it
COUNTRY_GENDER = {
    "Schweiz": "f", "Türkei": "f", "Slowakei": "f", "Mongolei": "f", "Ukraine": "f",
    "Antarktis": "f", "Westsahara": "f", "Côte d'Ivoire": "f", "Insel Man": "f",
    "Zentralafrikanische Republik": "f|dat=Zentralafrikanischen Republik",
    "Dominikanische Republik": "f|dat=Dominikanischen Republik",
    "Demokratische Republik Kongo": "f|dat=Demokratischen Republik Kongo",
    "Iran": "m", "Irak": "m", "Jemen": "m", "Libanon": "m", "Sudan": "m", "Südsudan": "m",
    "Tschad": "m", "Kongo": "m", "Niger": "m", "Senegal": "m", "Oman": "m",
    "Vereinigte Staaten": "pl|nom=Vereinigten Staaten|acc=Vereinigten Staaten|dat=Vereinigten Staaten",
    "Vereinigte Arabische Emirate": "pl|nom=Vereinigten Arabischen Emirate|acc=Vereinigten Arabischen Emirate|dat=Vereinigten Arabischen Emiraten",
    "Niederlande": "pl|dat=Niederlanden", "Philippinen": "pl", "Malediven": "pl",
    "Seychellen": "pl", "Komoren": "pl", "Bahamas": "pl", "Nördliche Marianen": "pl|nom=Nördlichen Marianen|acc=Nördlichen Marianen|dat=Nördlichen Marianen",
    "Amerikanische Jungferninseln": "pl|nom=Amerikanischen Jungferninseln|acc=Amerikanischen Jungferninseln|dat=Amerikanischen Jungferninseln",
    "Britische Jungferninseln": "pl|nom=Britischen Jungferninseln|acc=Britischen Jungferninseln|dat=Britischen Jungferninseln",
    "Vereinigtes Königreich": "n|nom=Vereinigte Königreich|acc=Vereinigte Königreich|dat=Vereinigten Königreich",
}
COUNTRY_GENDER_RULES = [(r"(inseln|Inseln)$", "pl")]
COUNTRY_FALLBACK = (
    "Deutschland", "Frankreich", "Österreich", "Italien", "Spanien", "Polen", "Kenia", "Tansania",
    "Uganda", "China", "Japan", "Indien", "Brasilien", "Russland", "Ägypten", "Nigeria",
    "Südafrika", "Kanada", "Schweden", "Norwegen", "Griechenland", "Belgien", "Dänemark",
    "Schweiz", "Türkei", "Ukraine", "Vereinigte Staaten", "Niederlande", "Iran", "Irak",
)
REGION_GENDER = {"Saarland": "n"}
COMPANY_GENDER_RULES = [(r"\b(GmbH|AG|KG|OHG|KGaA|GbR|OHG mbH|e\.G\.)$", "f")]

CASES = {
    "nom": {"m": "der", "f": "die", "n": "das", "pl": "die"},
    "acc": {"m": "den", "f": "die", "n": "das", "pl": "die"},
    "dat": {"m": "dem", "f": "der", "n": "dem", "pl": "den"},
    # genitive: only for ORG/INST/COMPANY/PARTY slots, whose masculine and neuter entries carry
    # their -s genitive form; bare names (Siemens) take "von"
    "gen": {"": "von", "m": "des", "f": "der", "n": "des", "pl": "der"},
}
# a case form an entry lacks, taken from another case: feminine/plural genitive = dative form
CASE_FALLBACK = {"gen": {"f": "dat", "pl": "dat"}}
# verb agreement with a slot that may be plural (die Grünen, die Vereinten Nationen, die Niederlande):
# "teilte{INST.n}" -> teilte / teilten, "verlor{CLUB.en}" -> verlor / verloren,
# "trenn{CLUB.t}" -> trennt / trennen, "forder{PARTY.rt}" -> fordert / fordern
ATTRS: dict[str, dict[str, str]] = {
    "n": {"pl": "n"},
    "en": {"pl": "en"},
    "t": {"": "t", "pl": "en"},
    "rt": {"": "t", "pl": "n"},
}
CONTRACTIONS = {
    ("bei", "dem"): "beim", ("von", "dem"): "vom", ("zu", "dem"): "zum", ("zu", "der"): "zur",
    ("in", "dem"): "im", ("an", "dem"): "am", ("in", "das"): "ins", ("an", "das"): "ans",
}

DAYS = ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag")
MONTHS = (
    "Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
    "Oktober", "November", "Dezember",
)
# counts of people and things ({CNT}) from two to twelve are written as words
NUMBER_WORDS = ("zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun", "zehn", "elf", "zwölf")
DECIMAL_SEP, THOUSANDS_SEP, SCORE_SEP = ",", ".", ":"


def name_parts(first, g, last_names, rng):
    last = rng.choice(last_names)
    return first, last, last


def genitive(name):
    """Merkel -> Merkels; Strauß -> Strauß' (names ending in s, ß, x, z take an apostrophe)."""
    return f"{name}'" if name[-1:] in "sßxzSXZ" else f"{name}s"


TEMPLATES = (
    # Politik
    "{PER?Ein Sprecher|Eine Sprecherin} {ORG@gen} , {PER} , sagte am {DAY} , die Gespräche mit {COUNTRY@dat} würden im {MONTH} fortgesetzt [, sobald ein neues Verhandlungsteam feststehe|] .",
    "{PER?Der|Die} {NAT:+e} {PER?Außenminister|Außenministerin} {PER} traf am {DAY} in {CITY} mit {PER?seinem|ihrem} {NAT#2:+en} Amtskollegen zusammen , um über Handelsfragen zu sprechen .",
    "{PER} , {PER?der|die} {NAT:+e} {PER?Botschafter|Botschafterin} in {CITY} , wurde am {DAY} ins Außenministerium einbestellt .",
    "Die {NAT:+e} Regierung will {COUNTRY@dat} mit {NUM} Millionen Euro helfen , nachdem schwere Überschwemmungen Tausende Menschen obdachlos gemacht haben .",
    "{COUNTRY@nom} und {COUNTRY#2@nom} wollen ihre Zusammenarbeit im Bereich Energie ausbauen , wie beide Regierungen am {DAY} mitteilten .",
    "In {COUNTRY@dat} sind am {DAY} Parlamentswahlen abgehalten worden , die Wahlbeteiligung lag bei knapp {NUM} Prozent .",
    "{PARTY@nom} kam bei der Landtagswahl in {REGION@dat} auf {DEC} Prozent der Stimmen .",
    "Mit {NUM} Prozent liegt {PARTY@nom} in den aktuellen Umfragen knapp vor {PARTY#2@dat} .",
    "{PER} ( {PARTY} ) forderte am {DAY} mehr Geld für Schulen und Kindergärten in {REGION@dat} .",
    "Laut einer Umfrage für {MEDIA@acc} würden derzeit {NUM} Prozent der Wähler {PARTY@acc} wählen .",
    "{MEDIA@nom} berichtete unter Berufung auf Regierungskreise , {PER} werde {PER?neuer Finanzminister|neue Finanzministerin} .",
    "Im Interview mit {MEDIA@dat} sagte {PER} , {PER?er|sie} werde bei der nächsten Wahl nicht erneut kandidieren .",
    "{PER} sprach auf {LANG} und {LANG#2} zu den Delegierten , die aus mehr als [20|30|40|50|80] Ländern nach {CITY} gekommen waren .",
    "{PER:gen} Nachfolger an der Spitze {PARTY@gen} soll im {MONTH} auf einem Sonderparteitag gewählt werden .",
    "Nach dem Treffen mit {PER} in {CITY} sprach {PER#2} von einem [guten|offenen|schwierigen] Gespräch .",
    "In {CITY} demonstrierten am {DAY} mehrere tausend Menschen gegen die Pläne der Regierung .",
    "Die {NAT:+en} Behörden haben in den vergangenen Wochen {CNT} Menschen aus {COUNTRY@dat} ausgewiesen .",
    # Wirtschaft
    "{INST@nom} warnte am {DAY} vor einer deutlichen Abschwächung der Konjunktur in {COUNTRY@dat} .",
    "Nach Angaben {INST@gen} ist die Arbeitslosigkeit in {REGION@dat} im {MONTH} leicht gestiegen .",
    "{INST@nom} hat {COMPANY@dat} wegen unerlaubter Preisabsprachen eine Strafe von {DEC} Millionen Euro auferlegt .",
    "{COMPANY@nom} will in {CITY} ein neues Werk bauen und dort in den kommenden Jahren {BIG} Arbeitsplätze schaffen .",
    "Die Aktie {COMPANY@gen} [stieg am {DAY} um {DEC} Prozent|legte am {DAY} um {DEC} Prozent zu|gab am {DAY} um {DEC} Prozent nach] .",
    "{PER} , {PER?Vorstandschef|Vorstandschefin} {COMPANY@gen} , kündigte am {DAY} überraschend {PER?seinen|ihren} Rücktritt an .",
    "{COMPANY@nom} übernimmt {COMPANY#2@acc} für {DEC} Milliarden Euro , wie beide Unternehmen am {DAY} mitteilten .",
    "{COMPANY@nom} hat im vergangenen Jahr einen Gewinn von {DEC} Milliarden Euro erzielt und damit die Erwartungen übertroffen .",
    "Der {NAT:+e} Konzern {COMPANY} will bis {YEAR} weltweit {BIG} Stellen streichen .",
    "Zwischen {CITY} und {CITY#2} fallen wegen eines Streiks bei {COMPANY@dat} am {DAY} zahlreiche Züge aus .",
    "Die Fluggesellschaft {COMPANY} streicht wegen des Streiks am {DAY} alle Flüge nach {CITY} .",
    "{PRODUCT@nom} soll ab {MONTH} auch in {COUNTRY@dat} erhältlich sein , teilte der Hersteller mit .",
    "{PER} , {PER?Chef|Chefin} der {NAT:+en} Notenbank , rechnet für {YEAR} nur noch mit einem Wachstum von {DEC} Prozent .",
    "Der Umsatz {COMPANY@gen} in {COUNTRY@dat} brach im {MONTH} um {NUM} Prozent ein .",
    # Sport
    "{CLUB@nom} gewann am {DAY} vor {BIG} Zuschauern mit {SCORE} gegen {CLUB#2@acc} .",
    "Beim {SCORE} gegen {CLUB#2@acc} erzielte {PER} zwei Tore für {CLUB@acc} .",
    "{PER} ( {AGE} ) wechselt zur neuen Saison von {CLUB@dat} zu {CLUB#2@dat} und erhält einen Vertrag bis {YEAR} .",
    "{PER} ist {PER?neuer Trainer|neue Trainerin} {CLUB@gen} , wie der Verein am {DAY} bestätigte .",
    "{PER?Der|Die} {NAT:+e} {PER?Nationalspieler|Nationalspielerin} {PER} hat {PER?seinen|ihren} Vertrag bei {CLUB@dat} bis {YEAR} verlängert .",
    "Bei {TOURNEY@dat} in {CITY} belegte {PER} [den zweiten|den dritten|den vierten] Platz .",
    "{PER} vertritt {COUNTRY@acc} bei {TOURNEY@dat} in {CITY} , obwohl {PER?er|sie} sich erst vor kurzem verletzt hatte .",
    "Nach dem Spiel sagte {PER:last} : „ Wir haben verdient gewonnen . “",
    # Gesellschaft, Justiz, Wetter
    "Die Polizei in {CITY} nahm am {DAY} {CNT} Verdächtige fest , die Ermittlungen dauern an .",
    "Ein Gericht in {CITY} verurteilte {PER} am {DAY} wegen Betrugs zu [zwei|drei|vier|sechs] Jahren Haft .",
    "{PER:lastgen} Anwalt kündigte an , gegen das Urteil in Berufung zu gehen .",
    "Wie {MEDIA@nom} berichtet , ermittelt die Staatsanwaltschaft in {CITY} gegen {PER} .",
    "Bei einem Busunglück nahe {CITY} sind am {DAY} {CNT} Menschen verletzt worden , einige von ihnen schwer .",
    "Auf {GEO@dat} ist am {DAY} ein Frachtschiff auf Grund gelaufen , der Schiffsverkehr war stundenlang unterbrochen .",
    "Wegen des niedrigen Wasserstands auf {GEO@dat} können viele Schiffe nur noch mit halber Ladung fahren .",
    "Heftige Unwetter haben in {REGION@dat} am {DAY} schwere Schäden angerichtet , Tausende Haushalte waren ohne Strom .",
    "„ Das ist ein schwarzer Tag für {CITY} “ , sagte {PER?der|die} {PER?Oberbürgermeister|Oberbürgermeisterin} {PER} am {DAY} .",
    "{PER} ist seit {YEAR} {PER?Bürgermeister|Bürgermeisterin} von {CITY} .",
    "{PER} wurde {YEAR} in {CITY} geboren und studierte Jura an {UNI@dat} .",
    "{PER} , {PER?Professor|Professorin} an {UNI@dat} , hält die Ergebnisse für einen wichtigen Durchbruch .",
    "Die Zahl der Übernachtungen in {CITY} ist im {MONTH} im Vergleich zum Vorjahr um {NUM} Prozent gestiegen .",
    # Kultur
    "Der Roman „ {WORK} “ von {PER} ist jetzt auch auf {LANG} erschienen .",
    "{PER} liest am {DAY} in {CITY} aus {PER?seinem|ihrem} Roman „ {WORK} “ .",
    "Die Verfilmung von „ {WORK} “ kommt im {MONTH} in die Kinos , die Hauptrolle spielt {PER} .",
    "Das Museum in {CITY} zeigt ab {DAY} Werke {PER?des|der} {NAT:+en} {PER?Malers|Malerin} {PER} .",
    "{FEST@nom} beginnt am {DAY} in {CITY} und dauert bis Ende {MONTH} .",
    "Rund {BIG} Aussteller aus {CNT} Ländern werden zu {FEST@dat} in {CITY} erwartet .",
    "Mehr als {BIG} Besucher kamen am Wochenende zu {EVENT@dat} nach {CITY} , so viele wie nie zuvor .",
    "Auch {CNT} Unternehmen aus {COUNTRY@dat} sind in diesem Jahr bei {FEST@dat} in {CITY} vertreten .",
    # ohne Namen
    "Die Inflationsrate ist im {MONTH} auf {DEC} Prozent gesunken , teilten die Statistiker am {DAY} mit .",
    "Am {DAY} bleibt es meist trocken , im Norden sind einzelne Schauer möglich .",
    "Die Gespräche sollen in der kommenden Woche fortgesetzt werden , hieß es aus Verhandlungskreisen .",
    "Die Preise für Heizöl sind seit {MONTH} um fast {NUM} Prozent gestiegen .",
    "Bei dem Brand entstand ein Schaden von mehreren hunderttausend Euro , verletzt wurde niemand .",
    "Die Regierung will das Gesetz noch vor der Sommerpause verabschieden .",
    "Der Zugverkehr soll nach Angaben der Behörden bis zum Abend wieder normal laufen .",
    # Wissenschaft
    "Forschende {UNI@gen} haben gemeinsam mit Kollegen aus {COUNTRY@dat} ein Verfahren entwickelt , mit dem sich Mikroplastik im Trinkwasser deutlich schneller nachweisen lässt .",
    "{PER} , {PER?Astrophysiker|Astrophysikerin} an {UNI@dat} , rechnet damit , dass die ersten Messdaten der Sonde frühestens im {MONTH} vorliegen .",
    "Die Forscher um {PER} von {UNI@dat} werteten über [zehn|zwölf|fünfzehn] Jahre hinweg die Daten von mehr als {BIG} Patienten aus {COUNTRY@dat} und {COUNTRY#2@dat} aus und kamen zu dem Schluss , dass schon tägliche Spaziergänge das Risiko für Herzkrankheiten deutlich senken ; die Studie soll im {MONTH} erscheinen .",
    # Gesundheit
    "Die Zahl der Masernfälle in {REGION@dat} hat sich seit {MONTH} mehr als verdoppelt , meldete{INST.n} {INST@nom} am {DAY} .",
    "Nach Empfehlung {INST@gen} sollten sich Menschen über [60|65|70] im Herbst erneut gegen Grippe impfen lassen .",
    "Immer mehr Kliniken in {REGION@dat} klagen über Personalmangel .",
    # Bildung
    "An den Schulen in {REGION@dat} fehlen zum Beginn des Schuljahres nach Angaben der Lehrergewerkschaft rund {BIG} Lehrkräfte .",
    "{UNI@nom} bietet ab dem Wintersemester einen Masterstudiengang an , der vollständig auf {LANG} unterrichtet wird .",
    "Warum brechen an {UNI@dat} so viele Studierende ihr Studium ab ?",
    "{PER} , {PER?der|die} seit {YEAR} an {UNI@dat} lehrt , erhält in diesem Jahr einen mit {BIG} Euro dotierten Forschungspreis , den {PER?er|sie} nach eigenen Angaben in ein Austauschprogramm mit Hochschulen in {COUNTRY@dat} und {COUNTRY#2@dat} stecken will .",
    # Technik
    "Mit {PRODUCT@dat} will {COMPANY@nom} vor allem jüngere Kunden in {COUNTRY@dat} gewinnen .",
    "Ab {MONTH} lässt sich {PRODUCT@nom} auch per Sprachbefehl auf {LANG} steuern .",
    "Ärger um neues Update für {PRODUCT@acc}",
    "Sicherheitsforscher {UNI@gen} haben in {PRODUCT@dat} eine Schwachstelle entdeckt , über die sich Angreifer Zugriff auf Kamera und Mikrofon verschaffen konnten ; {COMPANY@nom} hat nach eigenen Angaben inzwischen ein Update bereitgestellt , das Nutzer in {COUNTRY@dat} ab {DAY} erhalten sollen .",
    # Verkehr
    "Die Bahnstrecke zwischen {CITY} und {CITY#2} bleibt wegen Bauarbeiten bis Ende {MONTH} gesperrt , Fahrgäste müssen auf Busse umsteigen .",
    "Am Flughafen {CITY} fielen am {DAY} [rund|mehr als] [hundert|zweihundert|sechzig] Flüge aus .",
    "Weil die Fährverbindung über {GEO@acc} bei {CITY} seit {MONTH} eingestellt ist , müssen Pendler zwischen {CITY#2} und {CITY#3} Umwege von bis zu {NUM} Kilometern in Kauf nehmen , und mit einem Ende der Arbeiten rechnet die Stadtverwaltung frühestens im kommenden Jahr .",
    # Justiz
    "Das Landgericht in {CITY} hat {PER} vom Vorwurf der Untreue freigesprochen .",
    "Das Gericht sah es als erwiesen an , dass {PER} , {PER?der frühere Geschäftsführer|die frühere Geschäftsführerin} {COMPANY@gen} , über Jahre hinweg Gelder in Millionenhöhe auf Konten in {COUNTRY@dat} verschoben hatte , und verurteilte {PER?ihn|sie} zu [drei|vier|fünf] Jahren Haft ; die Verteidigung kündigte Revision an .",
    "Vor dem Oberlandesgericht in {CITY} hat am {DAY} der Prozess gegen {CNT} mutmaßliche Schleuser begonnen , die Menschen über {COUNTRY@acc} nach {CITY#2} gebracht haben sollen .",
    "Was bedeutet das Urteil {INST@gen} für Mieter in {CITY} ?",
    # Landwirtschaft, Märkte
    "Wegen der anhaltenden Trockenheit rechnen die Landwirte in {REGION@dat} in diesem Jahr mit deutlich geringeren Ernten .",
    "Milchbauern aus {COUNTRY@dat} , {COUNTRY#2@dat} und {COUNTRY#3@dat} protestierten am {DAY} in {CITY} gegen niedrige Erzeugerpreise .",
    "Weil die Ernte in {COUNTRY@dat} wegen der Dürre deutlich kleiner ausfällt als erwartet , ist der Weizenpreis an der Börse in {CITY} am {DAY} auf den höchsten Stand seit {NUM} Jahren gestiegen , was Bäcker und Futtermittelhändler in {REGION@dat} bereits zu spüren bekommen .",
    "An der Börse in {CITY} gaben die Kurse am {DAY} deutlich nach , nachdem {INST@nom} überraschend die Zinsen angehoben hatte{INST.n} .",
    "Auf dem Wochenmarkt in {CITY} kosten Erdbeeren derzeit bis zu {DEC} Euro pro Schale .",
    # Umwelt
    "Umweltverbände werfen {COMPANY@dat} vor , jahrelang Abwasser ungeklärt in {GEO@acc} geleitet zu haben .",
    "Das Fischsterben in {GEO@dat} geht nach Einschätzung von Fachleuten {UNI@gen} auf stark erhöhte Salzwerte zurück .",
    "Mehrere Verbände , darunter {ORG@nom} und {ORG#2@nom} , haben die Landesregierung in {CITY} aufgefordert , den geplanten Ausbau der Autobahn zu stoppen , weil dafür nach ihren Berechnungen mehr als {BIG} Bäume gefällt und wertvolle Moorflächen trockengelegt werden müssten .",
    # Religion
    "Bei einer Privataudienz sprach der Papst am {DAY} mit {PER?dem|der} {NAT:+en} {PER?Präsidenten|Präsidentin} {PER} über die Lage in {COUNTRY@dat} .",
    "Die Kirchen in {REGION@dat} verlieren weiter Mitglieder : Im vergangenen Jahr traten rund {BIG} Menschen aus .",
    "{PER?Der neue Landesbischof|Die neue Landesbischöfin} {PER} wird am {DAY} in {CITY} feierlich in {PER?sein|ihr} Amt eingeführt .",
    # Lokales
    "In {CITY} ist am {DAY} eine Fliegerbombe aus Kriegszeiten entschärft worden , rund {BIG} Anwohner mussten vorübergehend ihre Wohnungen verlassen .",
    "Der Stadtrat von {CITY} hat am {DAY} beschlossen , das alte Hallenbad zu sanieren , statt es abzureißen .",
    "In {CITY} brennt seit {DAY} eine Lagerhalle .",
    # Kunst, Musik
    "Im {MONTH} zeigt das Theater in {CITY} eine Neuinszenierung von „ {WORK} “ unter der Regie von {PER} .",
    "{PER:gen} Gemälde „ {WORK} “ wurde am {DAY} in {CITY} für {DEC} Millionen Euro versteigert .",
    "Mit „ {WORK} “ eröffnet {PER?der Dirigent|die Dirigentin} {PER} am {DAY} die neue Spielzeit in {CITY} .",
    "Das Orchester spielt unter der Leitung von {PER} am {DAY} in {CITY} Werke {NAT:+er} Komponisten , bevor es im {MONTH} zu einer Tournee durch {COUNTRY@acc} und {COUNTRY#2@acc} aufbricht , für die nach Angaben der Veranstalter bereits fast alle Karten verkauft sind .",
    "{PER?Der Sänger|Die Sängerin} {PER} sagt {PER?seine|ihre} Konzerte in {CITY} und {CITY#2} wegen einer Erkrankung ab .",
    # Wetter
    "Für {REGION@acc} gilt bis {DAY} eine Unwetterwarnung , erwartet werden bis zu {NUM} Liter Regen pro Quadratmeter .",
    "Hochwasser an {GEO@dat} : Pegel steigt weiter",
    "Nach den heftigen Regenfällen der vergangenen Tage sind in {REGION@dat} mehrere Dörfer an {GEO@dat} überflutet worden , die Feuerwehr brachte {CNT} Menschen in Sicherheit , und der Wetterdienst rechnet auch für {DAY} noch mit Dauerregen .",
    "Am Wochenende wird es deutlich kälter , in höheren Lagen kann es schneien .",
    # Nachrufe
    "{PER?Der|Die} {NAT:+e} {PER?Schriftsteller|Schriftstellerin} {PER} ist im Alter von [69|74|77|81|86|91] Jahren in {CITY} gestorben , wie {PER?sein|ihr} Verlag am {DAY} mitteilte .",
    "Bei {CLUB@dat} herrscht Trauer um {PER?den|die} frühere{PER?n|} {PER?Präsidenten|Präsidentin} {PER} , {PER?der|die} am {DAY} im Alter von [72|78|80|84|89] Jahren gestorben ist .",
    # Reisen
    "Wer im Sommer nach {CITY} reisen will , sollte nach Angaben {INST@gen} an den Grenzen mit langen Wartezeiten rechnen .",
    "Immer mehr Urlauber aus {COUNTRY@dat} zieht es an {GEO@acc} .",
    "Lohnt sich eine Reise nach {CITY} auch im {MONTH} ?",
    # Politik, Sport: Listen, Klammern, Zitate, Schlagzeilen
    "Am Gipfel in {CITY} nehmen die Regierungschefs aus {COUNTRY@dat} , {COUNTRY#2@dat} und {COUNTRY#3@dat} teil .",
    "Die Abgeordneten {PER} ( {PARTY} ) und {PER#2} ( {PARTY#2} ) haben einen gemeinsamen Antrag eingebracht , über den das Parlament im {MONTH} abstimmen soll .",
    "„ Wir werden {COUNTRY@acc} nicht im Stich lassen “ , versicherte {PER} am {DAY} in {CITY} .",
    "„ Die Lage in {REGION@dat} ist dramatisch “ , sagte {PER} , {PER?Leiter|Leiterin} des Krisenstabs , {MEDIA@dat} .",
    "{PER} zeigte sich nach dem Finale in {CITY} enttäuscht : „ Wir hatten heute einfach nicht die Kraft . “",
    "{CLUB} trenn{CLUB.t} sich von {PER?Trainer|Trainerin} {PER}",
    "Wer folgt auf {PER} an der Spitze {COMPANY@gen} ?",
    "Neben {PER} und {PER#2} gehören dem neuen Kabinett auch {PER#3} , {PER#4} und {PER#5} an , die bisher im Landesparlament saßen , wie {PARTY@nom} nach einer Sitzung des Landesvorstands in {CITY} mitteilte{PARTY.n} .",
    "Nachdem {PER} im {MONTH} überraschend zurückgetreten war , übernahm {PER#2} vorübergehend die Leitung {COMPANY@gen} ; einen dauerhaften Nachfolger will der Aufsichtsrat bei seiner nächsten Sitzung in {CITY} bestimmen , die für Ende des Monats angesetzt ist .",
    "Mit einem {SCORE} gegen {COUNTRY@acc} haben die {NAT:+en} Handballerinnen bei {TOURNEY@dat} das Halbfinale erreicht .",
    "Für {PER} ist die Saison beendet .",
    "Trotz zweier Tore von {PER} verlor{CLUB.en} {CLUB@nom} am {DAY} gegen {CLUB#2@acc} .",
    "Schneechaos legt den Verkehr in {REGION@dat} lahm .",
    "{PER} bleibt {PER?Kapitän|Kapitänin} {CLUB@gen} .",
    "Neue Bahnlinie nach {CITY} eröffnet",
    "{PER} nannte die Entscheidung {INST@gen} „ einen schweren Fehler “ und kündigte Widerstand an .",
    "Man sei mit der Saison zufrieden , erklärte {PER} , {PER?Präsident|Präsidentin} {CLUB@gen} , nach der Mitgliederversammlung in {CITY} .",
    # ohne Namen
    "Der Ölpreis stieg am {DAY} auf über [80|85|90|95] Dollar je Barrel .",
    "Die Ermittler gehen derzeit von Brandstiftung aus .",
    "Wie es nach dem Scheitern der Verhandlungen weitergeht , ist völlig offen .",
    "Die Mieten in den Großstädten sind im vergangenen Jahr erneut stärker gestiegen als die Löhne .",
)

# news lead-ins placed before a whole template sentence (slot ids #7 so that they never reuse an entity
# of the sentence or of an appended clause); German is verb-second, so every lead ends in a dash or colon
LEADS = (
    "{CITY#7} ( {MEDIA#7} ) -",
    "{CITY#7} , {DATE} . {MONTH} -",
    "{CITY#7} ( {MEDIA#7} ) , {DATE} . {MONTH} {YEAR} -",
    "{DAY} , {DATE} . {MONTH} {YEAR} :",
    "Eilmeldung :",
    "Kurz gemeldet :",
    "Aus {REGION#7@dat} :",
    "Nachrichten aus {CITY#7} :",
    "Blick in die {NAT#7:+e} Presse :",
    "Korrespondentenbericht aus {COUNTRY#7@dat} :",
    "{MEDIA#7@nom} meldet :",
    "Aus dem Polizeibericht :",
)

# clauses appended to a declarative template sentence before its final " ." (slot ids #8 and #9)
TAILS = (
    ", wie {MEDIA#8@nom} [am {DAY}|unter Berufung auf Regierungskreise|] berichtete",
    ", so {MEDIA#8@nom}",
    ", teilte{INST#8.n} {INST#8@nom} [am {DAY}|] mit",
    ", sagte {PER#8?ein Sprecher|eine Sprecherin} {COMPANY#8@gen}",
    ", wie aus einem Bericht {INST#8@gen} hervorgeht",
    ", heißt es in einer Mitteilung {COMPANY#8@gen}",
    ", hieß es aus Kreisen {PARTY#8@gen}",
    ", während {PARTY#8@nom} weiter Neuwahlen forder{PARTY#8.rt}",
    ", kurz nach dem Rücktritt von {PER#8?Minister|Ministerin} {PER#8}",
    ", obwohl {COMPANY#8@nom} zuletzt Rekordgewinne gemeldet hat",
    ", nur einen Tag nach einem Treffen von {PER#8} und {PER#9} in {CITY#8}",
    ", was in {COUNTRY#8@dat} für Kritik sorgt",
    ", sagte {PER#8} , {PER#8?Experte|Expertin} für {NAT#8:+e} Politik an {UNI#8@dat}",
    ", erklärte {PER#8?der Ökonom|die Ökonomin} {PER#8} von {INST#8@dat}",
    ", wie {PER#8} im Gespräch mit {MEDIA#8@dat} sagte",
    ", während {COMPANY#8@nom} von einem Missverständnis spricht",
    ", wenige Tage vor {EVENT#8@dat}",
    ", wie {PER#8?ein Polizeisprecher|eine Polizeisprecherin} in {CITY#8} sagte",
    ", so eine aktuelle Studie {UNI#8@gen}",
    ", nach Angaben {INST#8@gen}",
    ", teilte {PER#8?der|die} {NAT#8:+e} {PER#8?Regierungschef|Regierungschefin} {PER#8} in {CITY#8} mit",
    ", sagte {PER#8} ( {PARTY#8} ) am Rande eines Besuchs in {CITY#8}",
    ", wie {PER#8?der Bürgermeister|die Bürgermeisterin} von {CITY#8} , {PER#8} , bestätigte",
    ", berichtete {MEDIA#8@nom} unter Berufung auf Insider bei {COMPANY#8@dat}",
    ", während in {COUNTRY#8@dat} und {COUNTRY#9@dat} ähnliche Pläne diskutiert werden",
    ", ein Vorgang , der auch in {REGION#8@dat} für Aufsehen sorgt",
    ", wie aus gut unterrichteten Kreisen verlautete",
    ", hieß es aus Regierungskreisen",
    ", teilten die Behörden am {DAY} mit",
    ", obwohl Fachleute seit Wochen zur Vorsicht mahnen",
)
