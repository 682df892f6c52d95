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
        "f:Labour-Partei", "pl:Demokraten", "pl:Republikaner|dat=Republikanern", "m:ANC",
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
ATTRS: dict[str, dict[str, str]] = {}
CONTRACTIONS = {
    ("bei", "dem"): "beim", ("von", "dem"): "vom", ("zu", "dem"): "zum", ("zu", "der"): "zur",
    ("in", "dem"): "im", ("an", "dem"): "am",
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
)
