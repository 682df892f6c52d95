"""Finnish (uutiskieli, Helsingin Sanomat / Yle Uutiset style): templates and inventories (fields: see ``en.py``).

Case forms: Finnish inflects names instead of using articles or prepositions, and the inflected word is
the entity (``Helsingissä`` is B-LOC). Every entry carries the forms the templates use, written
``{KIND:form}``:

* places (CITY, COUNTRY, REGION, GEO, SITE): ``gen`` (Helsingin), ``ine`` "in" (Helsingissä), ``ela`` "from"
  (Helsingistä), ``ill`` "to" (Helsinkiin), ``all`` "for/to (a recipient)" (Helsingille). Places that take
  the external local cases keep the same keys for them: ``ine=Tampereella``, ``ela=Tampereelta``,
  ``ill=Tampereelle`` (``Seinäjoella``, ``Venäjällä``, ``Saimaalla``, ``Itämerellä``);
* organisations (COMPANY, INST, PARTY, CLUB, MEDIA, UNI): ``gen`` (Nokian, EU:n, kokoomuksen); clubs also
  ``acc`` (the total object: ``HJK:n`` but plural ``Kärpät``), ``ine`` (HJK:ssa, Kärpissä) and ``all``;
  companies, institutions and media ``all`` (Nokialle, Ylelle), media ``ine`` (Helsingin Sanomissa),
  universities ``ine`` / ``ela`` (Helsingin yliopistossa / -sta);
* nationality adjectives (NAT, lowercase as Finnish writes them): ``gen`` (ruotsalaisen), ``pl``
  (ruotsalaiset), ``plgen`` (ruotsalaisten), ``plpar`` (ruotsalaisia);
* events (TOURNEY, FEST): ``gen`` and ``ine`` (Wimbledonissa, Euroviisuissa, Flow Festivalilla);
  products: ``gen``; languages (lowercase): ``ksi`` (suomeksi) and ``par`` (suomea); works stay in the
  nominative after a head noun (``romaani Tuntematon sotilas``).

Most forms are derived here from the base and the genitive (stem + ending, vowel harmony from the last
back/front vowel, or from the Finnish name of the last letter of an acronym: ``EU:ssa``, ``SDP:ssä``);
irregular ones are written out. Persons stay in the nominative except ``{PER:gen}`` / ``{PER:lastgen}``
(:func:`genitive`: Virtanen -> Virtasen, Lahti -> Lahden, Mäki -> Mäen, Aalto -> Aallon, Laine -> Laineen).

Agreement: plural names (perussuomalaiset, Kärpät, Jokerit, Euroviisut; gender ``pl``) take a plural verb in
the past tense, written ``voitti{CLUB.vat}`` (voitti / voittivat) or ``menetti{CLUB.vät}``.

Conventions (CoNLL-2003): nationality words (``suomalainen``, ``ruotsalaiset``) and languages (``ruotsi``,
``suomeksi``) are MISC although lowercase; party names written lowercase (``kokoomus``, ``keskusta``) and
lowercase institutions (``eduskunta``, ``valtiovarainministeriö``) are ORG; weekdays and months (lowercase,
``maanantaina``, ``maaliskuussa``) and titles (``pääministeri``) are O. A lowercase entity that opens a
sentence is capitalised (``CAPITALISE_AT_START``, built from the inventory).

Generator limits worked around: numbers with four or more digits are written without the Finnish space
(``12000``; a token cannot contain a space); ages are fixed alternatives (``[34|52]-vuotias``) because a
filler cannot be glued to a suffix; iso-codes countries without hand-written case forms are dropped
(``COUNTRY_FIX`` maps every name it does not know to "").
"""

from __future__ import annotations

import re

FAKER = {
    # faker's Finnish first names (199 + 199) and surnames (400)
    "person": [("fi_FI", None)],
}

FIRST_NAMES_MALE = (
    "Sauli", "Urho", "Petteri", "Alexander", "Jussi", "Antti", "Ville", "Teemu", "Saku", "Kimi", "Jari",
    "Juha", "Paavo", "Alvar", "Aleksis", "Jean", "Mauno", "Martti", "Erkki", "Björn", "Gunnar", "Mats",
    "Ulf", "Göran", "Sven", "Thomas", "Kaj", "Carl", "Fredrik", "Ben", "Li", "Abdirahim", "Ali", "Mohamed",
    "Nikolai", "Dmitri", "Ossi", "Kai", "Jukka-Pekka", "Juha-Pekka", "Atte", "Eetu", "Lenni", "Veeti",
)
FIRST_NAMES_FEMALE = (
    "Sanna", "Tarja", "Riikka", "Annika", "Jenni", "Hanna", "Li", "Aino-Kaisa", "Anna-Maja", "Paula",
    "Kaisa", "Maria", "Tytti", "Sari", "Krista", "Astrid", "Ebba", "Ingrid", "Karin", "Ulrika", "Gunilla",
    "Maj-Britt", "Linnea", "Fatima", "Amina", "Hodan", "Olga", "Irina", "Katja", "Minna", "Saara",
)
LAST_NAMES = (
    "Kekkonen", "Koivisto", "Ahtisaari", "Niinistö", "Marin", "Orpo", "Purra", "Kaikkonen", "Rinne",
    "Haavisto", "Ohisalo", "Kiuru", "Urpilainen", "Lipponen", "Vanhanen", "Katainen", "Stubb", "Sipilä",
    "Halla-aho", "Soini", "Tuppurainen", "Essayah", "Sarkkinen", "Kurvinen", "Mykkänen", "Häkkänen",
    "Grahn-Laasonen", "Kulmuni", "Saarikko", "Zyskowicz", "Wahlroos", "Thors", "Blomberg", "Ekholm",
    "Sjöberg", "Westerlund", "Nordström", "Åström", "Wikström", "Lindroos", "Räikkönen", "Bottas",
    "Selänne", "Koivu", "Kurri", "Teräsvirta", "Ahonen", "Kankkunen", "Mäkinen", "Hakkarainen",
    "Rehn", "Tuomioja", "Vapaavuori", "Sinnemäki", "Kyllönen", "Lindtman", "Rydman", "Valtonen",
)
# surnames that are also lowercase nationality words at the start of a sentence (suomalainen -> Suomalainen)
NAME_DROP = ("Suomalainen", "Venäläinen", "Ruotsalainen")
NAME_DROP_RE: tuple[str, ...] = ()

# ----------------------------------------------------------------------------------------------
# inflection helpers (forms are written into the entry strings, "text|key=form|...")

_BACK, _FRONT = set("aouAOUÅå"), set("äöyÄÖYüÜ")
# acronyms are read letter by letter; the harmony follows the Finnish name of the last letter
# (aa, hoo, koo, oo, kuu, uu are back: EU:ssa, YK:ssa, WHO:ssa; bee, äs, tee... are front: SDP:ssä)
_BACK_LETTERS = set("AHKOQUÅ")
_BACK_DIGITS = set("02689")  # nolla, kaksi, kuusi, kahdeksan, yhdeksän


def _harmony(stem: str) -> str:
    """'a' or 'ä' for the endings of ``stem`` (a genitive without its final n)."""
    if stem.endswith(":"):
        c = stem[-2]
        return "a" if (c.upper() in _BACK_LETTERS or c in _BACK_DIGITS) else "ä"
    word = re.split(r"[ -]", stem)[-1]
    for c in reversed(word):
        if c in _BACK:
            return "a"
        if c in _FRONT:
            return "ä"
    return "ä"


_VOWELS = set("aeiouyäöAEIOUYÄÖ")


def _illative(base: str, gen: str) -> str:
    """The illative of a place from its nominative and genitive (regular cases only)."""
    last = base[-1]
    if last not in _VOWELS:
        return base + "iin"  # Madrid -> Madridiin, Israel -> Israeliin
    if base[-2] == last:
        raise ValueError(f"fi: give the illative of {base!r} (long final vowel)")
    if last in "iuy" and base[-2] in "aeouyäö" and not (base[-2] == "i" and last == "u"):
        return base + "h" + last + "n"  # Dubai -> Dubaihin, Shanghai -> Shanghaihin
    if last == "i" and gen.endswith("en") and not gen.endswith("ien"):
        return base[:-1] + "een"  # Lahti -> Lahteen, Suomi -> Suomeen (e-stems)
    if last == "e" and gen == base + "en":
        return base + "eseen"  # Häme -> Hämeeseen
    return base + last + "n"  # Helsinki -> Helsinkiin, Oulu -> Ouluun, Raahe -> Raaheen


def _join(head: str, forms: dict[str, str]) -> str:
    return "|".join([head] + [f"{k}={v}" for k, v in forms.items()])


def _place_forms(base: str, gen: str, ext: bool = False, h: str | None = None, **over: str) -> dict[str, str]:
    stem = gen[:-1]
    a = h or _harmony(stem)
    if ext:  # adessive, ablative, allative: Tampereella, Tampereelta, Tampereelle
        forms = {"gen": gen, "ine": f"{stem}ll{a}", "ela": f"{stem}lt{a}", "ill": f"{stem}lle", "all": f"{stem}lle"}
    else:
        ill = over.get("ill") or _illative(base, gen)
        forms = {"gen": gen, "ine": f"{stem}ss{a}", "ela": f"{stem}st{a}", "ill": ill, "all": f"{stem}lle"}
    forms.update(over)
    return forms


def _place(base: str, gen: str, ext: bool = False, h: str | None = None, g: str = "", **over: str) -> str:
    head = f"{g}:{base}" if g else base
    return _join(head, _place_forms(base, gen, ext, h, **over))


def _org(base: str, gen: str, g: str = "", h: str | None = None, keys: tuple[str, ...] = ("gen", "all"), **over: str) -> str:
    """An organisation: the genitive and (derived from it) the inessive, elative and allative; ``keys``
    selects the forms written into the entry."""
    stem = gen[:-1]
    a = h or _harmony(stem)
    forms = {"gen": gen, "acc": gen, "ine": f"{stem}ss{a}", "ela": f"{stem}st{a}", "all": f"{stem}lle"}
    forms.update(over)
    head = f"{g}:{base}" if g else base
    return _join(head, {k: forms[k] for k in keys})


def _orgs(rows, keys=("gen", "all")) -> tuple[str, ...]:
    out = []
    for row in rows:
        if isinstance(row, str):
            out.append(row)
            continue
        base, gen, *rest = row
        over = rest[0] if rest else {}
        out.append(_org(base, gen, keys=keys, **over))
    return tuple(out)


def _places(rows) -> tuple[str, ...]:
    out = []
    for row in rows:
        base, gen, *rest = row
        opts = dict(rest[0]) if rest else {}
        out.append(_place(base, gen, **opts))
    return tuple(out)


def _nat(word: str) -> str:
    """A -lainen/-läinen nationality adjective with its singular and plural forms."""
    assert word.endswith("nen"), word
    s = word[:-3] + "s"
    a = _harmony(word)
    return _join(word, {"gen": s + "en", "pl": s + "et", "plgen": s + "ten", "plpar": s + "i" + a,
                        "par": s + "t" + a})


E = {"ext": True}  # places taking the external local cases (Tampereella)

# ----------------------------------------------------------------------------------------------
# places

_CITIES = _places([
    ("Helsinki", "Helsingin"), ("Espoo", "Espoon", {"ill": "Espooseen"}), ("Tampere", "Tampereen", E),
    ("Vantaa", "Vantaan", E), ("Oulu", "Oulun"), ("Turku", "Turun"), ("Jyväskylä", "Jyväskylän"),
    ("Kuopio", "Kuopion"), ("Lahti", "Lahden"), ("Pori", "Porin"), ("Kouvola", "Kouvolan"),
    ("Joensuu", "Joensuun", {"ill": "Joensuuhun"}), ("Lappeenranta", "Lappeenrannan"),
    ("Hämeenlinna", "Hämeenlinnan"), ("Vaasa", "Vaasan"), ("Seinäjoki", "Seinäjoen", E),
    ("Rovaniemi", "Rovaniemen", {"ext": True, "h": "ä"}), ("Mikkeli", "Mikkelin"), ("Kotka", "Kotkan"),
    ("Salo", "Salon"), ("Porvoo", "Porvoon", {"ill": "Porvooseen"}), ("Kokkola", "Kokkolan"),
    ("Hyvinkää", "Hyvinkään", E), ("Lohja", "Lohjan", E), ("Järvenpää", "Järvenpään", {"ill": "Järvenpäähän"}),
    ("Rauma", "Rauman", E), ("Kajaani", "Kajaanin"), ("Kerava", "Keravan", E), ("Savonlinna", "Savonlinnan"),
    ("Nurmijärvi", "Nurmijärven", E), ("Kirkkonummi", "Kirkkonummen", E), ("Tuusula", "Tuusulan"),
    ("Imatra", "Imatran", E), ("Raisio", "Raision"), ("Iisalmi", "Iisalmen"), ("Kemi", "Kemin"),
    ("Tornio", "Tornion"), ("Raahe", "Raahen"), ("Hamina", "Haminan"), ("Heinola", "Heinolan"),
    ("Varkaus", "Varkauden", {"ill": "Varkauteen"}), ("Kuusamo", "Kuusamon"), ("Sodankylä", "Sodankylän"),
    ("Inari", "Inarin"), ("Kittilä", "Kittilän"), ("Maarianhamina", "Maarianhaminan"), ("Hanko", "Hangon"),
    ("Loviisa", "Loviisan"), ("Forssa", "Forssan"), ("Riihimäki", "Riihimäen", E),
    ("Valkeakoski", "Valkeakosken", E), ("Pietarsaari", "Pietarsaaren"), ("Naantali", "Naantalin"),
    ("Uusikaupunki", "Uudenkaupungin", {"ine": "Uudessakaupungissa", "ela": "Uudestakaupungista",
                                        "ill": "Uuteenkaupunkiin", "all": "Uudellekaupungille"}),
    ("Kemijärvi", "Kemijärven", E), ("Pieksämäki", "Pieksämäen", E), ("Lieksa", "Lieksan"),
    ("Nurmes", "Nurmeksen", {"ill": "Nurmekseen"}), ("Kuhmo", "Kuhmon"), ("Utsjoki", "Utsjoen", E),
    ("Tammisaari", "Tammisaaren"),
    # abroad
    ("Tukholma", "Tukholman"), ("Göteborg", "Göteborgin"), ("Malmö", "Malmön"), ("Uppsala", "Uppsalan"),
    ("Oslo", "Oslon"), ("Bergen", "Bergenin"), ("Kööpenhamina", "Kööpenhaminan"), ("Reykjavik", "Reykjavikin"),
    ("Tallinna", "Tallinnan"), ("Tartto", "Tarton"), ("Riika", "Riian"), ("Vilna", "Vilnan"),
    ("Varsova", "Varsovan"), ("Krakova", "Krakovan"), ("Berliini", "Berliinin"), ("Hampuri", "Hampurin"),
    ("München", "Münchenin"), ("Frankfurt", "Frankfurtin"), ("Pariisi", "Pariisin"), ("Lyon", "Lyonin"),
    ("Marseille", "Marseillen"), ("Lontoo", "Lontoon", {"ill": "Lontooseen"}), ("Manchester", "Manchesterin"),
    ("Edinburgh", "Edinburghin"), ("Dublin", "Dublinin"), ("Bryssel", "Brysselin"),
    ("Amsterdam", "Amsterdamin"), ("Haag", "Haagin"), ("Madrid", "Madridin"), ("Barcelona", "Barcelonan"),
    ("Lissabon", "Lissabonin"), ("Rooma", "Rooman"), ("Milano", "Milanon"), ("Napoli", "Napolin"),
    ("Ateena", "Ateenan"), ("Wien", "Wienin"), ("Praha", "Prahan"), ("Budapest", "Budapestin"),
    ("Geneve", "Geneven"), ("Zürich", "Zürichin"), ("Kiova", "Kiovan"), ("Harkova", "Harkovan"),
    ("Odessa", "Odessan"), ("Lviv", "Lvivin"), ("Moskova", "Moskovan"), ("Pietari", "Pietarin"),
    ("Minsk", "Minskin"), ("Istanbul", "Istanbulin"), ("Ankara", "Ankaran"), ("Jerusalem", "Jerusalemin"),
    ("Tel Aviv", "Tel Avivin"), ("Kairo", "Kairon"), ("Nairobi", "Nairobin"), ("Washington", "Washingtonin"),
    ("New York", "New Yorkin"), ("Los Angeles", "Los Angelesin"), ("Chicago", "Chicagon"),
    ("Toronto", "Toronton"), ("Ottawa", "Ottawan"), ("Peking", "Pekingin"), ("Shanghai", "Shanghain"),
    ("Tokio", "Tokion"), ("Soul", "Soulin"), ("Delhi", "Delhin"), ("Mumbai", "Mumbain"),
    ("Sydney", "Sydneyn"), ("Dubai", "Dubain"), ("Buenos Aires", "Buenos Airesin"),
    ("Rio de Janeiro", "Rio de Janeiron"), ("Kapkaupunki", "Kapkaupungin"),
])

# country name -> its forms (the generator reads these through COUNTRY_GENDER, "g|key=form|...")
_COUNTRY_ROWS = [
    ("Suomi", "Suomen"), ("Ruotsi", "Ruotsin"), ("Norja", "Norjan"), ("Tanska", "Tanskan"),
    ("Islanti", "Islannin"), ("Viro", "Viron"), ("Latvia", "Latvian"), ("Liettua", "Liettuan"),
    ("Venäjä", "Venäjän", E), ("Valko-Venäjä", "Valko-Venäjän", E), ("Ukraina", "Ukrainan"),
    ("Puola", "Puolan"), ("Saksa", "Saksan"), ("Ranska", "Ranskan"), ("Britannia", "Britannian"),
    ("Irlanti", "Irlannin"), ("Espanja", "Espanjan"), ("Portugali", "Portugalin"), ("Italia", "Italian"),
    ("Kreikka", "Kreikan"), ("Turkki", "Turkin"), ("Itävalta", "Itävallan"), ("Sveitsi", "Sveitsin"),
    ("Belgia", "Belgian"), ("Luxemburg", "Luxemburgin"),
    ("Alankomaat", "Alankomaiden", {"g": "pl", "ine": "Alankomaissa", "ela": "Alankomaista",
                                    "ill": "Alankomaihin", "all": "Alankomaille"}),
    ("Tšekki", "Tšekin", {"ill": "Tšekkiin"}), ("Slovakia", "Slovakian"), ("Unkari", "Unkarin"),
    ("Romania", "Romanian"), ("Bulgaria", "Bulgarian"), ("Serbia", "Serbian"), ("Kroatia", "Kroatian"),
    ("Slovenia", "Slovenian"), ("Bosnia-Hertsegovina", "Bosnia-Hertsegovinan"), ("Albania", "Albanian"),
    ("Pohjois-Makedonia", "Pohjois-Makedonian"), ("Montenegro", "Montenegron"), ("Moldova", "Moldovan"),
    ("Georgia", "Georgian"), ("Armenia", "Armenian"), ("Azerbaidžan", "Azerbaidžanin"),
    ("Kazakstan", "Kazakstanin"), ("Uzbekistan", "Uzbekistanin"), ("Malta", "Maltan", E),
    ("Kypros", "Kyproksen", E),
    ("Yhdysvallat", "Yhdysvaltojen", {"g": "pl", "ine": "Yhdysvalloissa", "ela": "Yhdysvalloista",
                                      "ill": "Yhdysvaltoihin", "all": "Yhdysvalloille"}),
    ("Kanada", "Kanadan"), ("Meksiko", "Meksikon"), ("Kuuba", "Kuuban"), ("Brasilia", "Brasilian"),
    ("Argentiina", "Argentiinan"), ("Chile", "Chilen"), ("Peru", "Perun"), ("Kolumbia", "Kolumbian"),
    ("Venezuela", "Venezuelan"), ("Ecuador", "Ecuadorin"), ("Bolivia", "Bolivian"),
    ("Uruguay", "Uruguayn", {"h": "a", "ill": "Uruguayhin"}), ("Haiti", "Haitin"),
    ("Kiina", "Kiinan"), ("Japani", "Japanin"), ("Etelä-Korea", "Etelä-Korean"),
    ("Pohjois-Korea", "Pohjois-Korean"), ("Intia", "Intian"), ("Pakistan", "Pakistanin"),
    ("Bangladesh", "Bangladeshin"), ("Nepal", "Nepalin"), ("Afganistan", "Afganistanin"),
    ("Iran", "Iranin"), ("Irak", "Irakin"), ("Syyria", "Syyrian"), ("Libanon", "Libanonin"),
    ("Israel", "Israelin"), ("Jordania", "Jordanian"), ("Saudi-Arabia", "Saudi-Arabian"),
    ("Qatar", "Qatarin"), ("Jemen", "Jemenin"), ("Kuwait", "Kuwaitin"),
    ("Arabiemiirikunnat", "Arabiemiirikuntien", {"g": "pl", "ine": "Arabiemiirikunnissa",
                                                 "ela": "Arabiemiirikunnista", "ill": "Arabiemiirikuntiin",
                                                 "all": "Arabiemiirikunnille"}),
    ("Thaimaa", "Thaimaan", {"ill": "Thaimaahan"}), ("Vietnam", "Vietnamin"), ("Indonesia", "Indonesian"),
    ("Malesia", "Malesian"), ("Singapore", "Singaporen"),
    ("Filippiinit", "Filippiinien", {"g": "pl", "ine": "Filippiineillä", "ela": "Filippiineiltä",
                                     "ill": "Filippiineille", "all": "Filippiineille"}),
    ("Mongolia", "Mongolian"), ("Taiwan", "Taiwanin"), ("Australia", "Australian"),
    ("Uusi-Seelanti", "Uuden-Seelannin", {"ine": "Uudessa-Seelannissa", "ela": "Uudesta-Seelannista",
                                          "ill": "Uuteen-Seelantiin", "all": "Uudelle-Seelannille"}),
    ("Egypti", "Egyptin"), ("Marokko", "Marokon", {"ill": "Marokkoon"}), ("Algeria", "Algerian"),
    ("Tunisia", "Tunisian"), ("Libya", "Libyan"), ("Sudan", "Sudanin"), ("Etelä-Sudan", "Etelä-Sudanin"),
    ("Etiopia", "Etiopian"), ("Somalia", "Somalian"), ("Kenia", "Kenian"), ("Uganda", "Ugandan"),
    ("Tansania", "Tansanian"), ("Ruanda", "Ruandan"), ("Nigeria", "Nigerian"), ("Ghana", "Ghanan"),
    ("Senegal", "Senegalin"), ("Mali", "Malin"), ("Niger", "Nigerin"), ("Kamerun", "Kamerunin"),
    ("Kongo", "Kongon"), ("Angola", "Angolan"), ("Mosambik", "Mosambikin"), ("Sambia", "Sambian"),
    ("Zimbabwe", "Zimbabwen"), ("Namibia", "Namibian"), ("Etelä-Afrikka", "Etelä-Afrikan", {"ill": "Etelä-Afrikkaan"}),
    ("Eritrea", "Eritrean"), ("Madagaskar", "Madagaskarin", E), ("Norsunluurannikko", "Norsunluurannikon", E),
    ("Palestiina", "Palestiinan"), ("Tšad", "Tšadin"),
]
_COUNTRY_FORMS: dict[str, str] = {}
for _row in _COUNTRY_ROWS:
    _base, _gen, *_rest = _row
    _opts = dict(_rest[0]) if _rest else {}
    _g = _opts.pop("g", "")
    _COUNTRY_FORMS[_base] = _join(_g, _place_forms(_base, _gen, **_opts))

_REGIONS = _places([
    ("Uusimaa", "Uudenmaan", {"ine": "Uudellamaalla", "ela": "Uudeltamaalta", "ill": "Uudellemaalle",
                              "all": "Uudellemaalle"}),
    ("Varsinais-Suomi", "Varsinais-Suomen"), ("Satakunta", "Satakunnan", {"ill": "Satakuntaan"}),
    ("Kanta-Häme", "Kanta-Hämeen"), ("Pirkanmaa", "Pirkanmaan", E), ("Päijät-Häme", "Päijät-Hämeen"),
    ("Kymenlaakso", "Kymenlaakson"), ("Etelä-Karjala", "Etelä-Karjalan"), ("Etelä-Savo", "Etelä-Savon"),
    ("Pohjois-Savo", "Pohjois-Savon"), ("Pohjois-Karjala", "Pohjois-Karjalan"), ("Keski-Suomi", "Keski-Suomen"),
    ("Etelä-Pohjanmaa", "Etelä-Pohjanmaan", E), ("Pohjanmaa", "Pohjanmaan", E),
    ("Keski-Pohjanmaa", "Keski-Pohjanmaan", E), ("Pohjois-Pohjanmaa", "Pohjois-Pohjanmaan", E),
    ("Kainuu", "Kainuun", {"ill": "Kainuuseen"}), ("Lappi", "Lapin", {"ill": "Lappiin"}),
    ("Ahvenanmaa", "Ahvenanmaan", E), ("Itä-Suomi", "Itä-Suomen"), ("Länsi-Suomi", "Länsi-Suomen"),
    ("Pohjois-Suomi", "Pohjois-Suomen"), ("Etelä-Suomi", "Etelä-Suomen"), ("Koillismaa", "Koillismaan", E),
    ("Karjala", "Karjalan"), ("Savo", "Savon"), ("Häme", "Hämeen"), ("Tornionlaakso", "Tornionlaakson"),
    ("Norrbotten", "Norrbottenin"), ("Gotlanti", "Gotlannin", {"ill": "Gotlantiin"}),
    ("Finnmark", "Finnmarkin"), ("Baijeri", "Baijerin"), ("Katalonia", "Katalonian"),
    ("Toscana", "Toscanan"), ("Sisilia", "Sisilian"), ("Andalusia", "Andalusian"),
    ("Lombardia", "Lombardian"), ("Kalifornia", "Kalifornian"), ("Texas", "Texasin"),
    ("Florida", "Floridan"), ("Alaska", "Alaskan"), ("Ontario", "Ontarion"),
    ("Quebec", "Quebecin", {"h": "ä"}), ("Skotlanti", "Skotlannin", {"ill": "Skotlantiin"}),
    ("Wales", "Walesin"), ("Pohjois-Irlanti", "Pohjois-Irlannin", {"ill": "Pohjois-Irlantiin"}),
    ("Krim", "Krimin", E), ("Donbas", "Donbasin"), ("Länsiranta", "Länsirannan", E),
    ("Gazan kaista", "Gazan kaistan", E), ("Siperia", "Siperian"), ("Tiibet", "Tiibetin"),
    ("Xinjiang", "Xinjiangin"), ("Kashmir", "Kashmirin"), ("Darfur", "Darfurin"),
    ("Patagonia", "Patagonian"), ("Grönlanti", "Grönlannin", {"ill": "Grönlantiin"}),
    ("Huippuvuoret", "Huippuvuorten", {"g": "pl", "ine": "Huippuvuorilla", "ela": "Huippuvuorilta",
                                       "ill": "Huippuvuorille", "all": "Huippuvuorille"}),
])

# waters (lakes, rivers, seas): on / from / onto the water
_GEO = _places([
    ("Itämeri", "Itämeren", E), ("Pohjanlahti", "Pohjanlahden", E), ("Suomenlahti", "Suomenlahden", E),
    ("Selkämeri", "Selkämeren", E), ("Perämeri", "Perämeren", E), ("Saaristomeri", "Saaristomeren", {"ext": True, "h": "ä"}),
    ("Saimaa", "Saimaan", E), ("Päijänne", "Päijänteen", E), ("Näsijärvi", "Näsijärven", E),
    ("Pyhäjärvi", "Pyhäjärven", E), ("Oulujärvi", "Oulujärven", E), ("Inarijärvi", "Inarijärven", E),
    ("Kallavesi", "Kallaveden", {"ext": True, "h": "ä"}), ("Pielinen", "Pielisen", E), ("Kemijoki", "Kemijoen", E),
    ("Tornionjoki", "Tornionjoen", E), ("Oulujoki", "Oulujoen", E), ("Kymijoki", "Kymijoen", E),
    ("Aurajoki", "Aurajoen", E), ("Tenojoki", "Tenojoen", E), ("Vantaanjoki", "Vantaanjoen", E),
    ("Vuoksi", "Vuoksen", E), ("Laatokka", "Laatokan", E), ("Pohjanmeri", "Pohjanmeren", {"ext": True, "h": "ä"}),
    ("Välimeri", "Välimeren", E), ("Mustameri", "Mustanmeren", {"ine": "Mustallamerellä", "ela": "Mustaltamereltä",
                                                               "ill": "Mustallemerelle", "all": "Mustallemerelle"}),
    ("Atlantti", "Atlantin", E), ("Tyynimeri", "Tyynenmeren", {"ine": "Tyynellämerellä", "ela": "Tyyneltämereltä",
                                                               "ill": "Tyynellemerelle", "all": "Tyynellemerelle"}),
    ("Jäämeri", "Jäämeren", E), ("Barentsinmeri", "Barentsinmeren", {"ext": True, "h": "ä"}),
    ("Kaspianmeri", "Kaspianmeren", {"ext": True, "h": "ä"}), ("Adrianmeri", "Adrianmeren", {"ext": True, "h": "ä"}),
    ("Tonava", "Tonavan", E), ("Rein", "Reinin", E), ("Volga", "Volgan", E), ("Niili", "Niilin", E),
    ("Thames", "Thamesin", E), ("Seine", "Seinen", {"ext": True, "h": "ä"}),
    ("Amazonjoki", "Amazonjoen", E), ("Mississippi", "Mississippin", E),
    ("Suezin kanava", "Suezin kanavan", E), ("Englannin kanaali", "Englannin kanaalin", E),
    ("Intian valtameri", "Intian valtameren", {"ext": True, "h": "ä"}),
])

# sites: parks, fells, fortresses, squares, airports
_SITES = _places([
    ("Koli", "Kolin", E), ("Suomenlinna", "Suomenlinnan"), ("Nuuksion kansallispuisto", "Nuuksion kansallispuiston"),
    ("Urho Kekkosen kansallispuisto", "Urho Kekkosen kansallispuiston"),
    ("Pallas-Yllästunturin kansallispuisto", "Pallas-Yllästunturin kansallispuiston"),
    ("Lemmenjoen kansallispuisto", "Lemmenjoen kansallispuiston"), ("Oulangan kansallispuisto", "Oulangan kansallispuiston"),
    ("Halti", "Haltin", E), ("Saana", "Saanan", E), ("Ylläs", "Ylläksen", E), ("Levi", "Levin", E),
    ("Ruka", "Rukan", E), ("Olavinlinna", "Olavinlinnan"), ("Turun linna", "Turun linnan"),
    ("Hämeen linna", "Hämeen linnan"), ("Senaatintori", "Senaatintorin", E), ("Kauppatori", "Kauppatorin", E),
    ("Seurasaari", "Seurasaaren"), ("Korkeasaari", "Korkeasaaren"), ("Pyynikki", "Pyynikin", E),
    ("Linnanmäki", "Linnanmäen", E), ("Särkänniemi", "Särkänniemen"), ("Esplanadi", "Esplanadin", E),
    ("Helsinki-Vantaan lentoasema", "Helsinki-Vantaan lentoaseman", E),
    ("Mont Blanc", "Mont Blancin", E), ("Mount Everest", "Mount Everestin", {"ext": True, "h": "ä"}),
    ("Alpit", "Alppien", {"g": "pl", "ine": "Alpeilla", "ela": "Alpeilta", "ill": "Alpeille", "all": "Alpeille"}),
    ("Eiffel-torni", "Eiffel-tornin"), ("Kilimanjaro", "Kilimanjaron", E), ("Central Park", "Central Parkin"),
    ("Punainen tori", "Punaisen torin", {"ine": "Punaisella torilla", "ela": "Punaiselta torilta",
                                         "ill": "Punaiselle torille", "all": "Punaiselle torille"}),
    ("Akropolis", "Akropoliin", {"ine": "Akropoliilla", "ela": "Akropoliilta", "ill": "Akropoliille",
                                 "all": "Akropoliille"}),
])

# ----------------------------------------------------------------------------------------------
# organisations: (base, genitive[, overrides]); inessive, elative and allative are derived

_INST = _orgs([
    ("eduskunta", "eduskunnan"), ("valtioneuvosto", "valtioneuvoston"),
    ("korkein oikeus", "korkeimman oikeuden", {"all": "korkeimmalle oikeudelle"}),
    ("korkein hallinto-oikeus", "korkeimman hallinto-oikeuden", {"all": "korkeimmalle hallinto-oikeudelle"}),
    ("Kela", "Kelan"), ("Verohallinto", "Verohallinnon"), ("Tilastokeskus", "Tilastokeskuksen"),
    ("Suomen Pankki", "Suomen Pankin"), ("Finanssivalvonta", "Finanssivalvonnan"),
    ("Poliisihallitus", "Poliisihallituksen"), ("keskusrikospoliisi", "keskusrikospoliisin"), ("KRP", "KRP:n"),
    ("suojelupoliisi", "suojelupoliisin"), ("Supo", "Supon"), ("Rajavartiolaitos", "Rajavartiolaitoksen"),
    ("Ilmatieteen laitos", "Ilmatieteen laitoksen"),
    ("Terveyden ja hyvinvoinnin laitos", "Terveyden ja hyvinvoinnin laitoksen"), ("THL", "THL:n"),
    ("Traficom", "Traficomin"), ("Väylävirasto", "Väyläviraston"), ("Opetushallitus", "Opetushallituksen"),
    ("Ruokavirasto", "Ruokaviraston"), ("Tulli", "Tullin"), ("Maahanmuuttovirasto", "Maahanmuuttoviraston"),
    ("Migri", "Migrin"), ("Kilpailu- ja kuluttajavirasto", "Kilpailu- ja kuluttajaviraston"),
    ("valtiovarainministeriö", "valtiovarainministeriön"), ("ulkoministeriö", "ulkoministeriön"),
    ("sisäministeriö", "sisäministeriön"), ("puolustusministeriö", "puolustusministeriön"),
    ("työ- ja elinkeinoministeriö", "työ- ja elinkeinoministeriön"),
    ("sosiaali- ja terveysministeriö", "sosiaali- ja terveysministeriön"),
    ("HUS", "HUS:n", {"all": "HUS:lle"}), ("HSL", "HSL:n"), ("Suomen Akatemia", "Suomen Akatemian"),
    ("Business Finland", "Business Finlandin"), ("Sitra", "Sitran"), ("Etla", "Etlan"),
    ("Elinkeinoelämän keskusliitto", "Elinkeinoelämän keskusliiton"), ("EK", "EK:n"), ("SAK", "SAK:n"),
    ("Akava", "Akavan"), ("STTK", "STTK:n"), ("MTK", "MTK:n"),
    ("Suomen Punainen Risti", "Suomen Punaisen Ristin", {"all": "Suomen Punaiselle Ristille"}), ("SPR", "SPR:n"),
    ("Suomen Palloliitto", "Suomen Palloliiton"), ("Suomen Olympiakomitea", "Suomen Olympiakomitean"),
    ("Euroopan komissio", "Euroopan komission"), ("Euroopan parlamentti", "Euroopan parlamentin"),
    ("Euroopan keskuspankki", "Euroopan keskuspankin"), ("EKP", "EKP:n"), ("EU", "EU:n"),
    ("Euroopan unioni", "Euroopan unionin"), ("YK", "YK:n"), ("Nato", "Naton"), ("Maailmanpankki", "Maailmanpankin"),
    ("Kansainvälinen valuuttarahasto", "Kansainvälisen valuuttarahaston",
     {"all": "Kansainväliselle valuuttarahastolle"}), ("IMF", "IMF:n"),
    ("Maailman terveysjärjestö", "Maailman terveysjärjestön"), ("WHO", "WHO:n"), ("OECD", "OECD:n"),
    ("Etyj", "Etyjin"), ("Euroopan neuvosto", "Euroopan neuvoston"), ("Pohjoismaiden neuvosto", "Pohjoismaiden neuvoston"),
    ("Kansainvälinen olympiakomitea", "Kansainvälisen olympiakomitean", {"all": "Kansainväliselle olympiakomitealle"}),
    ("KOK", "KOK:n"), ("Fifa", "Fifan"), ("Uefa", "Uefan"),
    ("Kansainvälinen rikostuomioistuin", "Kansainvälisen rikostuomioistuimen",
     {"all": "Kansainväliselle rikostuomioistuimelle"}),
    ("EU-tuomioistuin", "EU-tuomioistuimen"), ("Europol", "Europolin"), ("Interpol", "Interpolin"),
    ("Amnesty International", "Amnesty Internationalin"), ("Greenpeace", "Greenpeacen"),
    ("Kreml", "Kremlin"), ("Valkoinen talo", "Valkoisen talon", {"all": "Valkoiselle talolle"}),
    ("Pentagon", "Pentagonin"), ("Fed", "Fedin"), ("Opec", "Opecin"), ("Unesco", "Unescon"),
    ("Unicef", "Unicefin"), ("Euroopan lääkevirasto", "Euroopan lääkeviraston"), ("Eurostat", "Eurostatin"),
    ("Euroopan investointipankki", "Euroopan investointipankin"), ("IAEA", "IAEA:n"),
    ("Pohjoismainen investointipankki", "Pohjoismaisen investointipankin", {"all": "Pohjoismaiselle investointipankille"}),
])

_COMPANIES = _orgs([
    ("Nokia", "Nokian"), ("Kone", "Koneen"), ("Wärtsilä", "Wärtsilän"), ("UPM", "UPM:n"),
    ("Stora Enso", "Stora Enson"), ("Neste", "Nesteen"), ("Fortum", "Fortumin"), ("Kesko", "Keskon"),
    ("S-ryhmä", "S-ryhmän"), ("SOK", "SOK:n"), ("Telia", "Telian"), ("DNA", "DNA:n"),
    ("Finnair", "Finnairin"), ("VR", "VR:n"), ("Posti", "Postin"), ("Alko", "Alkon"), ("Valio", "Valion"),
    ("Fazer", "Fazerin"), ("Supercell", "Supercellin"), ("Rovio", "Rovion"), ("Marimekko", "Marimekon"),
    ("Fiskars", "Fiskarsin"), ("Nordea", "Nordean"), ("OP Ryhmä", "OP Ryhmän"), ("Danske Bank", "Danske Bankin"),
    ("Sampo", "Sammon"), ("Outokumpu", "Outokummun"), ("Metso", "Metson"), ("Orion", "Orionin"),
    ("Kemira", "Kemiran"), ("Konecranes", "Konecranesin"), ("Cargotec", "Cargotecin"), ("Tietoevry", "Tietoevryn"),
    ("YIT", "YIT:n"), ("Stockmann", "Stockmannin"), ("Finnvera", "Finnveran"), ("Veikkaus", "Veikkauksen"),
    ("Sanoma", "Sanoman"), ("Alma Media", "Alma Median"), ("Vaisala", "Vaisalan"), ("Valmet", "Valmetin"),
    ("Ponsse", "Ponssen"), ("Fingrid", "Fingridin"), ("Gasum", "Gasumin"), ("Teollisuuden Voima", "Teollisuuden Voiman"),
    ("Patria", "Patrian"), ("Iittala", "Iittalan"), ("Oura", "Ouran"), ("Wolt", "Woltin"), ("Varma", "Varman"),
    ("Ilmarinen", "Ilmarisen"), ("Aktia", "Aktian"), ("Hartwall", "Hartwallin"), ("Paulig", "Pauligin"),
    ("Atria", "Atrian"), ("HKScan", "HKScanin"), ("Raisio", "Raision"), ("Metsä Group", "Metsä Groupin"),
    ("Huhtamäki", "Huhtamäen"), ("Tokmanni", "Tokmannin"), ("Harvia", "Harvian"), ("Lidl", "Lidlin"),
    ("Apple", "Applen"), ("Microsoft", "Microsoftin"), ("Google", "Googlen"), ("Amazon", "Amazonin"),
    ("Meta", "Metan"), ("Tesla", "Teslan"), ("Volvo", "Volvon"), ("Ikea", "Ikean"), ("Ericsson", "Ericssonin"),
    ("H&M", "H&M:n"), ("Spotify", "Spotifyn"), ("Volkswagen", "Volkswagenin"), ("Siemens", "Siemensin"),
    ("Samsung", "Samsungin"), ("Huawei", "Huawein"), ("Shell", "Shellin"), ("Equinor", "Equinorin"),
    ("Gazprom", "Gazpromin"), ("Airbus", "Airbusin"), ("Boeing", "Boeingin"), ("Nvidia", "Nvidian"),
    ("OpenAI", "OpenAI:n"), ("Maersk", "Maerskin"), ("Novo Nordisk", "Novo Nordiskin"), ("Lego", "Legon"),
    ("Carlsberg", "Carlsbergin"), ("Toyota", "Toyotan"), ("Sony", "Sonyn"), ("Netflix", "Netflixin"),
    ("Saab", "Saabin"), ("Northvolt", "Northvoltin"), ("ABB", "ABB:n"), ("Electrolux", "Electroluxin"),
    ("Scania", "Scanian"), ("SAS", "SAS:n"), ("Ryanair", "Ryanairin"), ("Lufthansa", "Lufthansan"),
])

_PARTIES = _orgs([
    ("kokoomus", "kokoomuksen"), ("SDP", "SDP:n"), ("pl:perussuomalaiset", "perussuomalaisten"),
    ("keskusta", "keskustan"), ("pl:vihreät", "vihreiden"), ("vasemmistoliitto", "vasemmistoliiton"),
    ("RKP", "RKP:n"), ("pl:kristillisdemokraatit", "kristillisdemokraattien"), ("Liike Nyt", "Liike Nytin"),
    ("pl:ruotsidemokraatit", "ruotsidemokraattien"), ("maltillinen kokoomus", "maltillisen kokoomuksen"),
    ("CDU", "CDU:n"), ("SPD", "SPD:n"), ("AfD", "AfD:n"), ("pl:republikaanit", "republikaanien"),
    ("pl:demokraatit", "demokraattien"), ("konservatiivipuolue", "konservatiivipuolueen"),
    ("työväenpuolue", "työväenpuolueen"), ("Fidesz", "Fideszin"), ("Likud", "Likudin"), ("ANC", "ANC:n"),
    ("Yhtenäinen Venäjä", "Yhtenäisen Venäjän"), ("Kansallinen liittouma", "Kansallisen liittouman"),
    ("pl:Italian veljet", "Italian veljien"), ("Sinn Féin", "Sinn Féinin"), ("Vox", "Voxin"),
    ("Keskerakond", "Keskerakondin"), ("Reformierakond", "Reformierakondin"),
], keys=("gen",))

_CLUBS = _orgs([
    ("HJK", "HJK:n"), ("HIFK", "HIFK:n"), ("KuPS", "KuPS:n", {"h": "a"}), ("SJK", "SJK:n"),
    ("FC Inter", "FC Interin", {"h": "ä"}), ("FC Lahti", "FC Lahden"), ("Ilves", "Ilveksen"), ("VPS", "VPS:n"),
    ("FC Honka", "FC Hongan"), ("IFK Mariehamn", "IFK Mariehamnin"), ("AC Oulu", "AC Oulun"), ("FC Haka", "FC Hakan"),
    ("Tappara", "Tapparan"),
    ("pl:Kärpät", "Kärppien", {"acc": "Kärpät", "ine": "Kärpissä", "ela": "Kärpistä", "all": "Kärpille"}),
    ("pl:Ässät", "Ässien", {"acc": "Ässät", "ine": "Ässissä", "ela": "Ässistä", "all": "Ässille"}),
    ("pl:Jokerit", "Jokereiden", {"acc": "Jokerit", "ine": "Jokereissa", "ela": "Jokereista", "all": "Jokereille"}),
    ("pl:Jukurit", "Jukureiden", {"acc": "Jukurit", "ine": "Jukureissa", "ela": "Jukureista", "all": "Jukureille"}),
    ("Lukko", "Lukon"), ("TPS", "TPS:n"), ("JYP", "JYP:n"), ("Pelicans", "Pelicansin"), ("KalPa", "KalPan"),
    ("SaiPa", "SaiPan"), ("HPK", "HPK:n"), ("KooKoo", "KooKoon"), ("Sport", "Sportin"),
    ("Liverpool", "Liverpoolin"), ("Manchester United", "Manchester Unitedin"), ("Manchester City", "Manchester Cityn"),
    ("Arsenal", "Arsenalin"), ("Chelsea", "Chelsean"), ("Real Madrid", "Real Madridin"),
    ("FC Barcelona", "FC Barcelonan"), ("Bayern München", "Bayern Münchenin"),
    ("Borussia Dortmund", "Borussia Dortmundin"), ("Juventus", "Juventuksen"), ("AC Milan", "AC Milanin"),
    ("PSG", "PSG:n"), ("Ajax", "Ajaxin"), ("Benfica", "Benfican"), ("Celtic", "Celticin"),
    ("Frölunda", "Frölundan"), ("Färjestad", "Färjestadin"), ("SKA Pietari", "SKA Pietarin"),
    ("Toronto Maple Leafs", "Toronto Maple Leafsin"), ("Florida Panthers", "Florida Panthersin"),
    ("Edmonton Oilers", "Edmonton Oilersin"), ("Colorado Avalanche", "Colorado Avalanchen"),
    ("Dallas Stars", "Dallas Starsin"), ("Nashville Predators", "Nashville Predatorsin"),
    ("Carolina Hurricanes", "Carolina Hurricanesin"), ("New York Rangers", "New York Rangersin"),
], keys=("gen", "acc", "ine", "ela", "all"))

_MEDIA = _orgs([
    ("Yle", "Ylen"),
    ("pl:Helsingin Sanomat", "Helsingin Sanomien", {"ine": "Helsingin Sanomissa", "all": "Helsingin Sanomille"}),
    ("pl:Ilta-Sanomat", "Ilta-Sanomien", {"ine": "Ilta-Sanomissa", "all": "Ilta-Sanomille"}),
    ("Iltalehti", "Iltalehden"), ("Aamulehti", "Aamulehden"),
    ("pl:Turun Sanomat", "Turun Sanomien", {"ine": "Turun Sanomissa", "all": "Turun Sanomille"}),
    ("Kauppalehti", "Kauppalehden"), ("Hufvudstadsbladet", "Hufvudstadsbladetin"),
    ("Maaseudun Tulevaisuus", "Maaseudun Tulevaisuuden"),
    ("pl:Savon Sanomat", "Savon Sanomien", {"ine": "Savon Sanomissa", "all": "Savon Sanomille"}),
    ("Keskisuomalainen", "Keskisuomalaisen"), ("Kaleva", "Kalevan"), ("Satakunnan Kansa", "Satakunnan Kansan"),
    ("Karjalainen", "Karjalaisen"), ("Pohjalainen", "Pohjalaisen"), ("Lapin Kansa", "Lapin Kansan"),
    ("Uusi Suomi", "Uuden Suomen", {"ine": "Uudessa Suomessa", "all": "Uudelle Suomelle"}),
    ("pl:MTV Uutiset", "MTV Uutisten", {"ine": "MTV Uutisissa", "all": "MTV Uutisille"}),
    ("STT", "STT:n"), ("Suomen Kuvalehti", "Suomen Kuvalehden"), ("Talouselämä", "Talouselämän"),
    ("Demokraatti", "Demokraatin"), ("Verkkouutiset", "Verkkouutisten", {"ine": "Verkkouutisissa", "all": "Verkkouutisille"}),
    ("Reuters", "Reutersin"), ("AFP", "AFP:n"), ("AP", "AP:n"), ("Bloomberg", "Bloombergin"), ("BBC", "BBC:n"),
    ("CNN", "CNN:n"), ("New York Times", "New York Timesin", {"h": "a"}), ("Guardian", "Guardianin"),
    ("Financial Times", "Financial Timesin", {"h": "a"}), ("Washington Post", "Washington Postin"), ("Le Monde", "Le Monden"),
    ("Der Spiegel", "Der Spiegelin"), ("Dagens Nyheter", "Dagens Nyheterin", {"h": "ä"}),
    ("Svenska Dagbladet", "Svenska Dagbladetin"), ("Aftenposten", "Aftenpostenin"), ("SVT", "SVT:n"),
    ("NRK", "NRK:n"), ("Politico", "Politicon"), ("Al Jazeera", "Al Jazeeran"), ("Bild", "Bildin"),
    ("Economist", "Economistin"), ("Wall Street Journal", "Wall Street Journalin"), ("TT", "TT:n"),
    ("ERR", "ERR:n"), ("Postimees", "Postimeesin", {"h": "ä"}),
], keys=("gen", "ine", "all"))

_UNIS = _orgs([
    ("Helsingin yliopisto", "Helsingin yliopiston"), ("Aalto-yliopisto", "Aalto-yliopiston"),
    ("Tampereen yliopisto", "Tampereen yliopiston"), ("Turun yliopisto", "Turun yliopiston"),
    ("Oulun yliopisto", "Oulun yliopiston"), ("Jyväskylän yliopisto", "Jyväskylän yliopiston"),
    ("Itä-Suomen yliopisto", "Itä-Suomen yliopiston"), ("Lapin yliopisto", "Lapin yliopiston"),
    ("Vaasan yliopisto", "Vaasan yliopiston"), ("Åbo Akademi", "Åbo Akademin"), ("LUT-yliopisto", "LUT-yliopiston"),
    ("Taideyliopisto", "Taideyliopiston"), ("Sibelius-Akatemia", "Sibelius-Akatemian"),
    ("Maanpuolustuskorkeakoulu", "Maanpuolustuskorkeakoulun"), ("Haaga-Helia", "Haaga-Helian"),
    ("Metropolia", "Metropolian"), ("Uppsalan yliopisto", "Uppsalan yliopiston"),
    ("Karoliininen instituutti", "Karoliinisen instituutin", {"ine": "Karoliinisessa instituutissa",
                                                              "ela": "Karoliinisesta instituutista"}),
    ("Oxfordin yliopisto", "Oxfordin yliopiston"), ("Cambridgen yliopisto", "Cambridgen yliopiston"),
    ("Harvardin yliopisto", "Harvardin yliopiston"), ("Stanfordin yliopisto", "Stanfordin yliopiston"),
    ("MIT", "MIT:n"), ("Sorbonne", "Sorbonnen"), ("Tarton yliopisto", "Tarton yliopiston"),
    ("ETH Zürich", "ETH Zürichin"), ("Kööpenhaminan yliopisto", "Kööpenhaminan yliopiston"),
    ("Oslon yliopisto", "Oslon yliopiston"), ("Yalen yliopisto", "Yalen yliopiston"),
    ("Tokion yliopisto", "Tokion yliopiston"), ("Lundin yliopisto", "Lundin yliopiston"),
    ("Delftin teknillinen yliopisto", "Delftin teknillisen yliopiston",
     {"ine": "Delftin teknillisessä yliopistossa", "ela": "Delftin teknillisestä yliopistosta"}),
], keys=("gen", "ine", "ela"))

# ----------------------------------------------------------------------------------------------
# miscellaneous

_NATS = tuple(_nat(w) for w in (
    "suomalainen", "ruotsalainen", "norjalainen", "tanskalainen", "islantilainen", "virolainen",
    "latvialainen", "liettualainen", "venäläinen", "valkovenäläinen", "ukrainalainen", "puolalainen",
    "saksalainen", "ranskalainen", "brittiläinen", "englantilainen", "skotlantilainen", "irlantilainen",
    "espanjalainen", "portugalilainen", "italialainen", "kreikkalainen", "turkkilainen", "itävaltalainen",
    "sveitsiläinen", "hollantilainen", "belgialainen", "tšekkiläinen", "unkarilainen", "romanialainen",
    "bulgarialainen", "serbialainen", "kroatialainen", "georgialainen", "yhdysvaltalainen", "amerikkalainen",
    "kanadalainen", "meksikolainen", "brasilialainen", "argentiinalainen", "chileläinen", "kolumbialainen",
    "kuubalainen", "kiinalainen", "japanilainen", "eteläkorealainen", "pohjoiskorealainen", "intialainen",
    "pakistanilainen", "afganistanilainen", "iranilainen", "irakilainen", "syyrialainen", "israelilainen",
    "palestiinalainen", "egyptiläinen", "marokkolainen", "somalialainen", "etiopialainen", "kenialainen",
    "nigerialainen", "eteläafrikkalainen", "australialainen", "eurooppalainen", "afrikkalainen",
    "aasialainen", "pohjoismainen", "saamelainen", "thaimaalainen", "vietnamilainen", "indonesialainen",
))

_TOURNEYS = (
    "Tour de France|gen=Tour de Francen|ine=Tour de Francessa",
    "Giro d'Italia|gen=Giro d'Italian|ine=Giro d'Italiassa",
    "Wimbledon|gen=Wimbledonin|ine=Wimbledonissa",
    "Roland Garros|gen=Roland Garrosin|ine=Roland Garrosissa",
    "US Open|gen=US Openin|ine=US Openissa",
    "pl:Australian avoimet|gen=Australian avointen|ine=Australian avoimissa",
    "Mestarien liiga|gen=Mestarien liigan|ine=Mestarien liigassa",
    "Valioliiga|gen=Valioliigan|ine=Valioliigassa",
    "Veikkausliiga|gen=Veikkausliigan|ine=Veikkausliigassa",
    "Stanley Cup|gen=Stanley Cupin|ine=Stanley Cupissa",
    "Super Bowl|gen=Super Bowlin|ine=Super Bowlissa",
    "Ryder Cup|gen=Ryder Cupin|ine=Ryder Cupissa",
    "Davis Cup|gen=Davis Cupin|ine=Davis Cupissa",
    "Spengler Cup|gen=Spengler Cupin|ine=Spengler Cupissa",
    "Finlandia-hiihto|gen=Finlandia-hiihdon|ine=Finlandia-hiihdossa",
    "Jukolan viesti|gen=Jukolan viestin|ine=Jukolan viestissä",
    "Paavo Nurmi Games|gen=Paavo Nurmi Gamesin|ine=Paavo Nurmi Gamesissa",
    "pl:Kalevan kisat|gen=Kalevan kisojen|ine=Kalevan kisoissa",
    "Suomi-Ruotsi-maaottelu|gen=Suomi-Ruotsi-maaottelun|ine=Suomi-Ruotsi-maaottelussa",
    "pl:Pariisin olympialaiset|gen=Pariisin olympialaisten|ine=Pariisin olympialaisissa",
    "pl:Tokion olympialaiset|gen=Tokion olympialaisten|ine=Tokion olympialaisissa",
    "pl:Los Angelesin olympialaiset|gen=Los Angelesin olympialaisten|ine=Los Angelesin olympialaisissa",
    "pl:Pekingin talviolympialaiset|gen=Pekingin talviolympialaisten|ine=Pekingin talviolympialaisissa",
    "pl:Milano-Cortinan talviolympialaiset|gen=Milano-Cortinan talviolympialaisten|ine=Milano-Cortinan talviolympialaisissa",
    "Suomen MM-ralli|gen=Suomen MM-rallin|ine=Suomen MM-rallissa",
    "Monacon GP|gen=Monacon GP:n|ine=Monacon GP:ssä",
    "Dakar-ralli|gen=Dakar-rallin|ine=Dakar-rallissa",
    "pl:Lahden MM-hiihdot|gen=Lahden MM-hiihtojen|ine=Lahden MM-hiihdoissa",
    "Karjala-turnaus|gen=Karjala-turnauksen|ine=Karjala-turnauksessa",
    "Helsinki City Marathon|gen=Helsinki City Marathonin|ine=Helsinki City Marathonilla",
    "Kiinan GP|gen=Kiinan GP:n|ine=Kiinan GP:ssä",
    "Vasaloppet|gen=Vasaloppetin|ine=Vasaloppetissa",
)

_FESTS = (
    "pl:Euroviisut|gen=Euroviisujen|ine=Euroviisuissa",
    "Uuden Musiikin Kilpailu|gen=Uuden Musiikin Kilpailun|ine=Uuden Musiikin Kilpailussa",
    "Ruisrock|gen=Ruisrockin|ine=Ruisrockissa",
    "Flow Festival|gen=Flow Festivalin|ine=Flow Festivalilla",
    "Provinssi|gen=Provinssin|ine=Provinssissa",
    "Ilosaarirock|gen=Ilosaarirockin|ine=Ilosaarirockissa",
    "Tuska-festivaali|gen=Tuska-festivaalin|ine=Tuska-festivaalilla",
    "Pori Jazz|gen=Pori Jazzin|ine=Pori Jazzeilla",
    "pl:Savonlinnan oopperajuhlat|gen=Savonlinnan oopperajuhlien|ine=Savonlinnan oopperajuhlilla",
    "pl:Helsingin juhlaviikot|gen=Helsingin juhlaviikkojen|ine=Helsingin juhlaviikoilla",
    "pl:Kaustisen kansanmusiikkijuhlat|gen=Kaustisen kansanmusiikkijuhlien|ine=Kaustisen kansanmusiikkijuhlilla",
    "pl:Sodankylän keskiyön elokuvajuhlat|gen=Sodankylän keskiyön elokuvajuhlien|ine=Sodankylän keskiyön elokuvajuhlilla",
    "pl:Tampereen elokuvajuhlat|gen=Tampereen elokuvajuhlien|ine=Tampereen elokuvajuhlilla",
    "pl:Helsingin kirjamessut|gen=Helsingin kirjamessujen|ine=Helsingin kirjamessuilla",
    "pl:Frankfurtin kirjamessut|gen=Frankfurtin kirjamessujen|ine=Frankfurtin kirjamessuilla",
    "Slush|gen=Slushin|ine=Slushissa",
    "pl:Cannesin elokuvajuhlat|gen=Cannesin elokuvajuhlien|ine=Cannesin elokuvajuhlilla",
    "pl:Berliinin elokuvajuhlat|gen=Berliinin elokuvajuhlien|ine=Berliinin elokuvajuhlilla",
    "pl:Venetsian elokuvajuhlat|gen=Venetsian elokuvajuhlien|ine=Venetsian elokuvajuhlilla",
    "Venetsian biennaali|gen=Venetsian biennaalin|ine=Venetsian biennaalissa",
    "Oktoberfest|gen=Oktoberfestin|ine=Oktoberfestillä",
    "Roskilde-festivaali|gen=Roskilde-festivaalin|ine=Roskilde-festivaalilla",
    "Coachella|gen=Coachellan|ine=Coachellassa",
    "Qstock|gen=Qstockin|ine=Qstockissa",
    "Lahden Sibelius-festivaali|gen=Lahden Sibelius-festivaalin|ine=Lahden Sibelius-festivaalilla",
    "pl:Linnan juhlat|gen=Linnan juhlien|ine=Linnan juhlissa",
    "pl:Tangomarkkinat|gen=Tangomarkkinoiden|ine=Tangomarkkinoilla",
    "Art Basel|gen=Art Baselin|ine=Art Baselissa",
)

_PRODUCTS = (
    "iPhone|gen=iPhonen", "iPad|gen=iPadin", "Nokia 3310|gen=Nokia 3310:n", "Galaxy S24|gen=Galaxy S24:n",
    "ChatGPT|gen=ChatGPT:n", "Windows 11|gen=Windows 11:n", "PlayStation 5|gen=PlayStation 5:n",
    "Xbox|gen=Xboxin", "Tesla Model Y|gen=Tesla Model Y:n", "Volvo XC60|gen=Volvo XC60:n",
    "Toyota Corolla|gen=Toyota Corollan", "Volkswagen Golf|gen=Volkswagen Golfin", "Škoda Octavia|gen=Škoda Octavian",
    "Angry Birds|gen=Angry Birdsin", "Clash of Clans|gen=Clash of Clansin", "Brawl Stars|gen=Brawl Starsin",
    "Linux|gen=Linuxin", "Android|gen=Androidin", "WhatsApp|gen=WhatsAppin", "TikTok|gen=TikTokin",
    "Instagram|gen=Instagramin", "Oura-sormus|gen=Oura-sormuksen", "Kindle|gen=Kindlen",
    "MacBook Air|gen=MacBook Airin", "Apple Watch|gen=Apple Watchin", "Pixel 8|gen=Pixel 8:n",
    "Nintendo Switch|gen=Nintendo Switchin", "Teams|gen=Teamsin", "Airbus A350|gen=Airbus A350:n",
    "Boeing 737 MAX|gen=Boeing 737 MAX:n", "F-35|gen=F-35:n", "Gripen|gen=Gripenin", "Leopard 2|gen=Leopard 2:n",
    "Sisu Nasu|gen=Sisu Nasun", "Fazerin Sininen|gen=Fazerin Sinisen", "Unikko|gen=Unikon",
    "Moomin Match|gen=Moomin Matchin", "Alan Wake 2|gen=Alan Wake 2:n", "Max Payne|gen=Max Paynen",
)

_WORKS = (
    "Tuntematon sotilas", "Seitsemän veljestä", "Täällä Pohjantähden alla", "Kalevala", "Sinuhe egyptiläinen",
    "Puhdistus", "Muumipeikko ja pyrstötähti", "Myrskyluodon Maija", "Nummisuutarit", "Rautatie",
    "Kullervo", "Finlandia", "Tuonelan joutsen", "Kuolleet lehdet", "Mies vailla menneisyyttä",
    "Kauas pilvet karkaavat", "Toivon tuolla puolen", "Napapiirin sankarit", "Hytti nro 6", "Tove",
    "Koirat eivät käytä housuja", "Sisu", "Tuntematon mestari", "Mielensäpahoittaja", "Pohjantähti",
    "Sota ja rauha", "Rikos ja rangaistus", "Hamlet", "Taru sormusten herrasta", "Oppenheimer", "Barbie",
    "Kummisetä", "Game of Thrones", "Succession", "Taikahuilu", "Joutsenlampi", "Don Quijote",
    "Sadan vuoden yksinäisyys", "Titanic", "Dyyni", "Pikku prinssi", "Peppi Pitkätossu", "Välskärin kertomuksia",
    "Maa on syntinen laulu", "Ikitie", "Härmä", "Tyttö ja varis", "Aleksis Kiven elämä",
)

_LANGS = tuple(
    f"{base}|ksi={ksi}|par={par}"
    for base, ksi, par in (
        ("suomi", "suomeksi", "suomea"), ("ruotsi", "ruotsiksi", "ruotsia"), ("englanti", "englanniksi", "englantia"),
        ("saksa", "saksaksi", "saksaa"), ("ranska", "ranskaksi", "ranskaa"), ("venäjä", "venäjäksi", "venäjää"),
        ("espanja", "espanjaksi", "espanjaa"), ("italia", "italiaksi", "italiaa"), ("viro", "viroksi", "viroa"),
        ("pohjoissaame", "pohjoissaameksi", "pohjoissaamea"), ("inarinsaame", "inarinsaameksi", "inarinsaamea"),
        ("koltansaame", "koltansaameksi", "koltansaamea"), ("saame", "saameksi", "saamea"),
        ("arabia", "arabiaksi", "arabiaa"), ("kiina", "kiinaksi", "kiinaa"), ("japani", "japaniksi", "japania"),
        ("hindi", "hindiksi", "hindiä"), ("somali", "somaliksi", "somalia"), ("turkki", "turkiksi", "turkkia"),
        ("portugali", "portugaliksi", "portugalia"), ("norja", "norjaksi", "norjaa"), ("tanska", "tanskaksi", "tanskaa"),
        ("islanti", "islanniksi", "islantia"), ("unkari", "unkariksi", "unkaria"), ("puola", "puolaksi", "puolaa"),
        ("ukraina", "ukrainaksi", "ukrainaa"), ("latina", "latinaksi", "latinaa"), ("kreikka", "kreikaksi", "kreikkaa"),
        ("hollanti", "hollanniksi", "hollantia"), ("persia", "persiaksi", "persiaa"), ("kurdi", "kurdiksi", "kurdia"),
        ("karjala", "karjalaksi", "karjalaa"), ("tšekki", "tšekiksi", "tšekkiä"), ("korea", "koreaksi", "koreaa"),
        ("meänkieli", "meänkieleksi", "meänkieltä"), ("vepsä", "vepsäksi", "vepsää"),
        ("swahili", "swahiliksi", "swahilia"), ("latvia", "latviaksi", "latviaa"), ("liettua", "liettuaksi", "liettuaa"),
    )
)

INVENTORY: dict[str, tuple[str, ...]] = {
    "INST": _INST,
    "COMPANY": _COMPANIES,
    "PARTY": _PARTIES,
    "CLUB": _CLUBS,
    "MEDIA": _MEDIA,
    "UNI": _UNIS,
    "CITY": _CITIES,
    "REGION": _REGIONS,
    "GEO": _GEO,
    "SITE": _SITES,
    "NAT": _NATS,
    "TOURNEY": _TOURNEYS,
    "FEST": _FESTS,
    "PRODUCT": _PRODUCTS,
    "WORK": _WORKS,
    "LANG": _LANGS,
}


def _known_countries_only(renames: dict[str, str]):
    """iso-codes name -> name used. Only countries with hand-written case forms are kept: an iso name that
    is neither renamed here nor in COUNTRY_GENDER maps to "" (dropped), so that ``{COUNTRY:ine}`` never
    falls back to an uninflected name."""

    def fix(name: str) -> str:
        if name in renames:
            return renames[name]
        return name if name in _COUNTRY_FORMS else ""

    return fix


COUNTRY_KEEP_UNTRANSLATED = True  # English iso names identical in Finnish (Albania, Kenia...) are kept
COUNTRY_FIX = _known_countries_only({
    "Venäjän federaatio": "Venäjä",
    "Yhdistynyt kuningaskunta": "Britannia",
    "Yhdistyneet arabiemiirikunnat": "Arabiemiirikunnat",
    "Czechia": "Tšekki",
    "South Korea": "Etelä-Korea",
    "North Korea": "Pohjois-Korea",
    "Türkiye": "Turkki",
    "North Macedonia": "Pohjois-Makedonia",
    "Ahvenanmaa": "",  # a region (REGION), not a country
    "Grönlanti": "",
})
COUNTRY_GENDER: dict[str, str] = dict(_COUNTRY_FORMS)
COUNTRY_GENDER_RULES: list[tuple[str, str]] = []
COUNTRY_FALLBACK = (
    "Suomi", "Ruotsi", "Norja", "Tanska", "Islanti", "Viro", "Latvia", "Liettua", "Venäjä", "Ukraina", "Puola",
    "Saksa", "Ranska", "Britannia", "Irlanti", "Espanja", "Portugali", "Italia", "Kreikka", "Turkki", "Itävalta",
    "Sveitsi", "Belgia", "Alankomaat", "Tšekki", "Unkari", "Romania", "Yhdysvallat", "Kanada", "Meksiko",
    "Brasilia", "Argentiina", "Kiina", "Japani", "Etelä-Korea", "Intia", "Pakistan", "Iran", "Irak", "Syyria",
    "Israel", "Palestiina", "Saudi-Arabia", "Egypti", "Marokko", "Somalia", "Etiopia", "Kenia", "Nigeria",
    "Etelä-Afrikka", "Australia", "Uusi-Seelanti", "Thaimaa", "Vietnam", "Indonesia", "Filippiinit",
    "Georgia", "Valko-Venäjä", "Kazakstan", "Afganistan", "Kuuba", "Chile",
)
REGION_GENDER: dict[str, str] = {}
COMPANY_GENDER_RULES: list[tuple[str, str]] = []

CASES: dict[str, dict[str, str]] = {}
# plural names take a plural verb: "voitti{CLUB.vat}" -> voitti / voittivat, "menetti{CLUB.vät}" -> menettivät
ATTRS = {
    "vat": {"": "", "pl": "vat"},
    "vät": {"": "", "pl": "vät"},
}
CONTRACTIONS: dict[tuple[str, str], str] = {}

# a weekday slot means "on Monday" (essive), a month slot "in March" (inessive)
DAYS = ("maanantaina", "tiistaina", "keskiviikkona", "torstaina", "perjantaina", "lauantaina", "sunnuntaina")
MONTHS = (
    "tammikuussa", "helmikuussa", "maaliskuussa", "huhtikuussa", "toukokuussa", "kesäkuussa", "heinäkuussa",
    "elokuussa", "syyskuussa", "lokakuussa", "marraskuussa", "joulukuussa",
)
# {CNT} is followed by a noun in the partitive singular, as after any Finnish numeral
NUMBER_WORDS = ("kaksi", "kolme", "neljä", "viisi", "kuusi", "seitsemän", "kahdeksan", "yhdeksän", "kymmenen",
                "yksitoista", "kaksitoista")
DECIMAL_SEP, THOUSANDS_SEP, SCORE_SEP = ",", "", "–"


def _lowercase_starts() -> tuple[str, ...]:
    """Lowercase first words of entity surfaces (kokoomus, eduskunta, suomalaiset, ruotsiksi): capitalised
    when they open a sentence."""
    out: dict[str, None] = {}
    for raws in INVENTORY.values():
        for raw in raws:
            head, *forms = raw.split("|")
            text = head.partition(":")[2] if re.match(r"^[a-z]+:", head) else head
            for surface in [text] + [f.partition("=")[2] for f in forms]:
                first = surface.split()[0]
                if first.islower():
                    out[first] = None
    return tuple(out)


CAPITALISE_AT_START = _lowercase_starts()


def name_parts(first, g, last_names, rng):
    last = rng.choice(last_names)
    return first, last, last


# surnames whose genitive no rule gives (consonant gradation, -s stems)
_GEN_EXCEPTIONS = {
    "Kurki": "Kurjen", "Kärki": "Kärjen", "Korpi": "Korven", "Rinne": "Rinteen", "Kangas": "Kankaan",
    "Ahokas": "Ahokkaan", "Varis": "Variksen", "Repo": "Revon", "Räty": "Rädyn", "Lammi": "Lammin",
    "Kari": "Karin", "Soini": "Soinin", "Taipale": "Taipaleen", "Teräsvirta": "Teräsvirran", "Selänne": "Selänteen", "Alanko": "Alangon",
}
# compound-final nouns with an e-stem genitive (Niemi -> Niemen, Hautamäki -> Hautamäen)
_GEN_ENDINGS = (
    ("mäki", "mäen"), ("lahti", "lahden"), ("koski", "kosken"), ("korpi", "korven"), ("niemi", "niemen"),
    ("järvi", "järven"), ("saari", "saaren"), ("salmi", "salmen"), ("vuori", "vuoren"), ("nurmi", "nurmen"),
    ("tuomi", "tuomen"), ("virta", "virran"), ("ranta", "rannan"), ("lehto", "lehdon"), ("aalto", "aallon"),
)
_GRADATION = {"kk": "k", "pp": "p", "tt": "t", "lt": "ll", "nt": "nn", "rt": "rr", "ht": "hd"}


def genitive(name):
    """Genitive of a (sur)name: Virtanen -> Virtasen, Lahti -> Lahden, Laine -> Laineen, Stubb -> Stubbin."""
    head, sep, word = name.rpartition(" ")
    prefix, hy, part = word.rpartition("-")  # Grahn-Laasonen: only the last part inflects
    low = part.lower()
    if part in _GEN_EXCEPTIONS:
        out = _GEN_EXCEPTIONS[part]
    elif (end := next((e for e in _GEN_ENDINGS if low.endswith(e[0])), None)) is not None:
        out = part[: len(part) - len(end[0])] + (end[1] if len(part) > len(end[0]) else end[1].capitalize())
    elif low.endswith("nen"):
        out = part[:-3] + "sen"
    elif low.endswith(("ius", "eus")):
        out = part[:-1] + "ksen"  # Helenius -> Heleniuksen
    elif low[-1] not in "aeiouyäö":
        out = part + "in"  # Stubb -> Stubbin, Andersson -> Anderssonin
    elif low.endswith("e"):
        out = part + "en"  # Laine -> Laineen
    elif len(low) >= 3 and low[-3:-1] in _GRADATION and low[-2] not in "aeiouyäö":
        out = part[:-3] + _GRADATION[low[-3:-1]] + part[-1] + "n"  # Kokko -> Kokon, Määttä -> Määtän
    else:
        out = part + "n"  # Orpo -> Orpon, Niinistö -> Niinistön, Rossi -> Rossin
    return head + sep + prefix + hy + out


TEMPLATES = (
    # politiikka ja diplomatia
    "Pääministeri {PER} sanoi {DAY} , että hallitus on valmis [lisäämään|leikkaamaan] [koulutuksen|puolustuksen|kuntien] rahoitusta , jos talouden näkymät eivät parane .",
    "Kansanedustaja {PER} valittiin {DAY} {PARTY:gen} uudeksi puheenjohtajaksi {CITY:ine} pidetyssä puoluekokouksessa .",
    "{PARTY:gen} kannatus nousi {MONTH} {DEC} prosenttiin , selviää {MEDIA:gen} teettämästä kannatusmittauksesta .",
    "{COUNTRY:gen} presidentti {PER} saapuu ensi viikolla valtiovierailulle {COUNTRY#2:ill} .",
    "{COUNTRY} ja {COUNTRY#2} allekirjoittivat {DAY} {CITY:ine} [puolustusyhteistyötä|kauppaa|energiahuoltoa] koskevan sopimuksen kuukausia kestäneiden neuvottelujen jälkeen .",
    "Ulkoministeri {PER} tapasi {DAY} {CITY:ine} {NAT:gen} kollegansa {PER#2:gen} .",
    "{INST:gen} edustaja {PER} sanoi {DAY} {CITY:ine} , että tilanne {COUNTRY:ine} on [huolestuttava|vakava|hyvin epävarma] .",
    "Tuhannet ihmiset osoittivat mieltään {CITY:gen} keskustassa {DAY} [hallituksen leikkauksia|kallistuvaa elämää|uutta lakia] vastaan .",
    "{PARTY:gen} puheenjohtajana vuodesta {YEAR} toiminut {PER:last} ilmoitti {DAY} , ettei hän aio asettua enää ehdolle .",
    "Alueellisissa vaaleissa {REGION:ine} äänestysprosentti jäi {NUM} prosenttiin , ja suurimmaksi puolueeksi nousi {PARTY} .",
    "Myös {NAT:plpar} ja {NAT#2:plpar} sotilaita osallistuu {MONTH} {CITY:gen} lähellä järjestettävään sotaharjoitukseen , joka on alueen suurin vuosikymmeniin .",
    "Ulkoministeri {PER} piti puheensa {LANG:ksi} ja vaati kansainväliseltä yhteisöltä [nopeita toimia|lisää humanitaarista apua|pakotteiden kiristämistä] .",
    "Tiistaina julkistetun päätöksen mukaan {INST} myönsi{INST.vat} {COUNTRY:all} {NUM} miljoonan euron lainan [teiden ja siltojen korjaamiseen|sähköverkon uudistamiseen|koulujen rakentamiseen] .",
    "Poliisi otti {DAY} kiinni {CNT} ihmistä {CITY:ine} , kun mielenosoittajat yrittivät tunkeutua {COMPANY:gen} pääkonttoriin .",
    "Presidentit {PER} ja {PER#2} tapaavat ensi {DAY} {CITY:ine} keskustellakseen [{COUNTRY:gen} kriisistä|kauppasuhteista|alueen turvallisuudesta] .",
    "Huippukokoukseen {CITY:ine} osallistuvat {COUNTRY:gen} , {COUNTRY#2:gen} ja {COUNTRY#3:gen} hallitusten päämiehet .",
    "Kansanedustajat {PER} ( {PARTY} ) ja {PER#2} ( {PARTY#2} ) ovat jättäneet yhteisen lakialoitteen , josta äänestetään {MONTH} .",
    "” Seisomme {COUNTRY:gen} rinnalla niin kauan kuin on tarpeen ” , vakuutti {PER} {DAY} {CITY:ine} .",
    "Entinen ministeri {PER} , joka toimi aiemmin {PARTY:gen} puheenjohtajana ja {COUNTRY:gen} suurlähettiläänä {CITY:ine} , ilmoitti {DAY} asettuvansa ehdolle presidentinvaaleissa , ja hänen kampanjaansa johtaa {PER#2} .",
    "Suurlähettiläs {PER} johtaa {INST:gen} valtuuskuntaa , joka neuvottelee {CITY:ine} [ilmastorahoituksesta|tulitauosta|kauppasopimuksesta] , ja neuvottelujen odotetaan kestävän ainakin viikon .",
    "Oppositiopuolue {PARTY} vaati{PARTY.vat} {DAY} hallitukselta selvitystä siitä , miksi [{COUNTRY:ill} suunniteltu vierailu peruttiin|työttömyys on kasvanut|sairaaloiden jonot ovat pidentyneet] .",
    "{COUNTRY:gen} hallitus kutsui {DAY} {NAT:gen} suurlähettilään puhutteluun lausuntojen vuoksi .",
    "Vaalien jälkeen {PARTY} ja {PARTY#2} aloittivat hallitusneuvottelut {CITY:ine} , ja niiden odotetaan kestävän useita viikkoja .",
    # talous
    "{COMPANY:gen} osake nousi {DAY} pörssissä {DEC} prosenttia , kun yhtiön [neljännesvuositulos|liikevaihto] ylitti analyytikoiden odotukset .",
    "Pitkäaikainen johtaja {PER} , joka tuli {COMPANY:gen} palvelukseen vuonna {YEAR} , luopuu toimitusjohtajan tehtävästä {MONTH} .",
    "{COMPANY} kertoi {DAY} ostavansa {COMPANY#2:gen} noin {DEC} miljardin euron kauppahinnalla .",
    "Teknologiayhtiö {COMPANY} aikoo rakentaa uuden tehtaan {CITY:ine} , mikä toisi alueelle noin {BIG} työpaikkaa .",
    "{NAT} [teollisuusyhtiö|pankkikonserni|kauppaketju] {COMPANY} teki viime vuonna {DEC} miljardin euron [tappion|voiton] , mikä jäi selvästi markkinoiden odotuksista .",
    "{MEDIA:gen} mukaan {PER} on neuvotellut {COMPANY:gen} johdon kanssa {CITY:ine} jo usean kuukauden ajan , mutta kumpikaan osapuoli ei ole suostunut kommentoimaan asiaa .",
    "{INST} selvittää , onko {COMPANY} rikkonut kilpailulakia [hinnoittelullaan|yrityskaupoillaan] .",
    "Uusi {PRODUCT} tulee myyntiin {COUNTRY:ine} {MONTH} .",
    "{COMPANY:gen} vuosikertomuksen mukaan {PRODUCT:gen} myynti {REGION:ine} [kaksinkertaistui|puolittui] viime vuonna .",
    "{COUNTRY:gen} suurin [pankki|lentoyhtiö|kauppaketju] {COMPANY} kertoi {DAY} vähentävänsä {BIG} työpaikkaa vuoden loppuun mennessä .",
    "{COMPANY:gen} pääekonomisti {PER} arvioi , että {COUNTRY:gen} talous kasvaa tänä vuonna vain {DEC} prosenttia , vaikka viime vuonna kasvu oli selvästi nopeampaa .",
    "{MEDIA} julkaisi {DAY} selvityksen , jonka mukaan {COMPANY} on maksanut {COUNTRY:ine} veroja vain murto-osan liikevaihtoonsa nähden .",
    "{INST:gen} tilastojen mukaan {NAT:plgen} kotitalouksien velka nousi viime vuonna ennätyskorkealle .",
    "Kuka nousee {COMPANY:gen} johtoon {PER:gen} jälkeen ?",
    "{ORG:gen} tiedotteen mukaan yhtiö ja valtio ovat sopineet {NUM} miljoonan euron tukipaketista .",
    "{PER} jättää {COMPANY:gen} hallituksen",
    # urheilu
    "{CLUB} voitti{CLUB.vat} {DAY} {CLUB#2:acc} maalein {SCORE} ja nousi{CLUB.vat} sarjan kärkeen ensimmäistä kertaa tällä kaudella .",
    "{NAT} hyökkääjä teki kaksi maalia , kun {CLUB} kaatoi{CLUB.vat} {CLUB#2:acc} {SCORE} täpötäyden kotiyleisön edessä .",
    "Ennakkosuosikkina pidetty {PER} voitti {TOURNEY:ine} [kultaa|hopeaa|pronssia] ja jätti taakseen {PER#2:gen} , joka johti kilpailua vielä puolivälissä .",
    "Puolustaja {PER} allekirjoitti {DAY} [kaksivuotisen|kolmivuotisen] sopimuksen {CLUB:gen} kanssa siirryttyään {CLUB#2:ela} .",
    "{CLUB:gen} entinen päävalmentaja {PER} nimitettiin {COUNTRY:gen} maajoukkueen päävalmentajaksi kaksivuotisella sopimuksella .",
    "{PER} kilpailee {TOURNEY:ine} {COUNTRY:gen} joukkueessa polvivammasta huolimatta .",
    "Järjestäjien mukaan {EVENT:ine} nähdään tänä vuonna ennätysmäärä yleisöä , yli {BIG} ihmistä .",
    "{PER} on ensimmäinen {NAT} urheilija , joka on voittanut {TOURNEY:ine} mitalin .",
    "{CLUB} otti{CLUB.vat} {DAY} tärkeän voiton , kun joukkue kukisti vieraissa {CLUB#2:acc} jatkoajalla {SCORE} .",
    "{PER:gen} kahdesta maalista huolimatta {CLUB} hävisi{CLUB.vat} {DAY} {CLUB#2:all} .",
    "Hyökkääjä {PER} jatkaa {CLUB:gen} kapteenina myös ensi kaudella .",
    "{CLUB} erotti{CLUB.vat} päävalmentaja {PER:gen}",
    "{PER} oli pettynyt finaalin jälkeen {CITY:ine} : ” Meillä ei yksinkertaisesti ollut tänään tarpeeksi voimia . ”",
    "{PER:gen} kausi on ohi .",
    "Maajoukkueen päävalmentaja {PER} nimesi {DAY} {COUNTRY:gen} joukkueeseen [kolme|neljä|viisi] uutta pelaajaa , joista [kaksi|kolme] pelaa {CLUB:ine} .",
    # yhteiskunta, rikokset, sää
    "Poliisi kertoi {DAY} ottaneensa kiinni {CNT} ihmistä {CITY:ine} [mellakoinnin|levottomuuksien] jälkeen .",
    "{CITY:gen} käräjäoikeus tuomitsi {DAY} {PER:gen} [kahden|neljän|kuuden] vuoden vankeusrangaistukseen törkeästä petoksesta .",
    "{PER:lastgen} asianajaja kertoi , että hänen päämiehensä aikoo valittaa tuomiosta hovioikeuteen .",
    "Linja-auto suistui tieltä {CITY:gen} lähellä varhain {DAY} , ja onnettomuudessa [loukkaantui|kuoli] {CNT} ihmistä .",
    "Pelastustyöntekijät etsivät eloonjääneitä {REGION:ine} , jossa [maanjäristys|maanvyöry|tulva] vaati ainakin {NUM} ihmisen hengen .",
    "Rankkasateet aiheuttivat {DAY} tulvia {REGION:ine} , ja lisää sadetta on luvassa loppuviikolla .",
    "Lennot {CITY:ill} peruttiin {DAY} , kun lennonjohtajat aloittivat lakon {COUNTRY:ine} .",
    "Rahtilaiva ajoi karille {GEO:ine} {DAY} , ja alusliikenne oli poikki useiden tuntien ajan .",
    "{GEO:gen} kalastajat kertovat saaliiden pienentyneen jyrkästi vuodesta {YEAR} lähtien .",
    "Pormestari {PER} lupasi {DAY} {CITY:gen} valtuustolle , että kaupunki rakentaa {CNT} uutta koulua vuoteen {YEAR} mennessä .",
    "Ministeri {PER} kertoi {MEDIA:all} {DAY} julkaistussa haastattelussa , ettei hän tavoittele toista kautta .",
    "” Olemme erittäin huolissamme tästä päätöksestä ” , sanoi {PER:last} {MEDIA:all} .",
    "Opiskeltuaan taloustiedettä {UNI:ine} {PER:last} siirtyi {COMPANY:gen} palvelukseen vuonna {YEAR} .",
    "” Tilanne {REGION:ine} on dramaattinen ” , sanoi kriisiryhmää johtava {PER} {MEDIA:all} .",
    "Kansanedustaja {PER} kutsui {INST:gen} päätöstä ” vakavaksi virheeksi ” ja lupasi taistella sitä vastaan .",
    "Entinen kunnanjohtaja {PER} kiisti [kaikki|molemmat] syytteet , kun hän saapui {CITY:gen} käräjäoikeuteen {DAY} .",
    "Syyttäjän mukaan {COMPANY:gen} entinen johtaja {PER} siirsi yli {NUM} miljoonaa euroa pankkitileille {COUNTRY:ine} ja {COUNTRY#2:ine} [neljän|viiden|seitsemän] vuoden aikana , mutta hänen asianajajansa pitää syytöksiä poliittisesti motivoituneina .",
    "{CITY:gen} hovioikeus katsoi {DAY} , että [kielto|laki] oli lainvastainen , mikä on voitto vuosia sitä vastustaneille kansalaisjärjestöille .",
    "{COUNTRY:gen} poliisin mukaan {CITY:gen} taidemuseosta varastetun maalauksen tutkinnassa on otettu kiinni {CNT} miestä .",
    "Palomiehet pelastivat {CNT} ihmistä palavasta kerrostalosta {CITY:ine} {DAY} .",
    "Meteorologien mukaan lämpötila nousi {CITY:ine} {DAY} [31|32|33|34] asteeseen , mikä on {MONTH} mitattu ennätys .",
    "Lumikaaos sekoitti liikenteen {REGION:ine} .",
    "{GEO:gen} vedenpinta on noussut hälytysrajan yläpuolelle , ja rantojen asukkaita on kehotettu varautumaan tulvaan .",
    "Retkeilijä löydettiin {DAY} uupuneena {SITE:gen} maastosta .",
    "Presidentti {PER} vieraili {DAY} {SITE:ine} , jossa hän tutustui alueen [luonnonsuojelutyöhön|matkailuun] .",
    # tiede ja terveys
    "{UNI:gen} tutkijat raportoivat {DAY} julkaistussa artikkelissa , että uusi [rokote|hoitomuoto] vähensi sairaalahoitojaksoja {NUM} prosenttia , kun tutkimukseen osallistui {BIG} potilasta {COUNTRY:ine} ja {COUNTRY#2:ine} , ja tutkimusta johtanut {PER} kutsuu tuloksia [lupaaviksi|merkittäviksi] .",
    "Terveysviranomaisten mukaan [tuhkarokkoon|koleraan|denguekuumeeseen] on sairastunut {REGION:ine} tänä vuonna jo yli {BIG} ihmistä .",
    "{PER} vietiin sairaalaan {CITY:ine} {DAY} .",
    "Miksi niin moni lääkäri lähtee {COUNTRY:ela} töihin {COUNTRY#2:ill} ?",
    "{UNI:gen} tutkijan {PER:gen} johtama ryhmä löysi {GEO:gen} vedestä [mikromuovia|lyijyä|torjunta-aineita] pitoisuuksina , jotka ylittävät selvästi raja-arvot .",
    "Opetusministeri {PER} kertoo , että {REGION:gen} koululaiset alkavat opiskella {LANG:par} jo ensimmäiseltä luokalta .",
    "{UNI} korottaa ulkomaisten opiskelijoiden lukukausimaksuja {NUM} prosentilla , mikä on herättänyt kampuksella [mielenosoituksia|vastalauseita] .",
    "{INST:gen} tuoreen raportin mukaan {NAT:pl} liikkuvat yhä vähemmän , ja lasten ylipaino on yleistynyt .",
    # teknologia ja liikenne
    "Valmistaja {COMPANY} lopettaa {PRODUCT:gen} vanhempien versioiden tuen {MONTH} , jolloin miljoonat käyttäjät jäävät ilman tietoturvapäivityksiä .",
    "{CITY:ine} toimiva viranomainen määräsi {DAY} {COMPANY:all} {DEC} miljardin euron sakot [tietosuojasääntöjen rikkomisesta|määräävän markkina-aseman väärinkäytöstä] .",
    "{NAT} peliyhtiö {COMPANY} julkaisee {MONTH} uuden pelin , jonka kehittämiseen on kulunut yli [kolme|neljä|viisi] vuotta .",
    "Vaikka {PRODUCT} on ollut markkinoilla vasta vähän aikaa , sitä on myyty jo yli {BIG} kappaletta .",
    "Junaliikenne {CITY:gen} ja {CITY#2:gen} välillä on katki kahtena seuraavana viikonloppuna [ratatöiden|sillan korjaustöiden] vuoksi .",
    "{CITY:ela} {CITY#2:ill} lentänyt kone joutui laskeutumaan {CITY#3:ill} {DAY} , kun matkustaja sairastui kesken lennon .",
    "{CITY:gen} lentoasema avattiin uudelleen {DAY} .",
    "Avustusjärjestöjen mukaan yli {BIG} siirtolaista on yrittänyt ylittää {GEO:gen} tänä vuonna , ja monet heistä ovat lähtöisin {COUNTRY:ela} ja {COUNTRY#2:ela} .",
    "Uusi junayhteys {CITY:ill} avattiin liikenteelle",
    "Lentoyhtiö {COMPANY} avaa suoran lentoreitin {CITY:ela} {CITY#2:ill} {MONTH} , ja vuoroja on aluksi [kaksi|kolme|neljä] viikossa .",
    # ympäristö ja maatalous
    "{REGION:gen} viljelijät odottavat tänä vuonna [heikkoa|ennätyksellistä] [vehnäsatoa|ohrasatoa|perunasatoa] [pitkän kuivuuden|runsaiden kevätsateiden] jälkeen .",
    "{NAT:plgen} elintarvikkeiden vienti kasvoi {MONTH} {BIG} tonniin , kun kysyntä {COUNTRY:ine} ja {COUNTRY#2:ine} pysyi vahvana .",
    "Luonnonsuojelijat varoittivat {DAY} , että {GEO:gen} saastuminen uhkaa [kalakantoja|harvinaisia lintuja|norppakantaa] .",
    "Ympäristöjärjestöjen mukaan {COMPANY} on heikentänyt {GEO:gen} vedenlaatua laskemalla sinne vuosia puhdistamattomia jätevesiä .",
    # uskonto ja paikallisuutiset
    "Rovasti {PER} vihittiin {CITY:gen} piispaksi {DAY} , ja tilaisuuteen osallistui yli {BIG} ihmistä .",
    "Uskonnollisia johtajia {COUNTRY:ela} , {COUNTRY#2:ela} ja {COUNTRY#3:ela} kokoontui tällä viikolla {CITY:ill} vaatimaan taistelujen lopettamista {REGION:ine} .",
    # kulttuuri
    "Kirjailija {PER:gen} romaani {WORK} on nyt käännetty {LANG:ksi} , yli {NUM} vuotta sen ilmestymisen jälkeen .",
    "{WORK} nähdään uutena sovituksena {CITY:gen} kaupunginteatterissa {MONTH} , ja ohjaajana on {PER} .",
    "Tunnettu {NAT} [taiteilija|kirjailija|säveltäjä] {PER} on kuollut [78|84|91]-vuotiaana {CITY:ine} pitkäaikaisen sairauden jälkeen .",
    "{LANG:ksi} ja {LANG#2:ksi} kirjoittava {PER} palkittiin [esikoisromaanistaan|kolmannesta romaanistaan] arvostetulla kirjallisuuspalkinnolla , jonka suuruus on {BIG} euroa .",
    "{FEST} alkoi{FEST.vat} {DAY} , ja jo ensimmäisenä päivänä tapahtumassa kävi yli {BIG} ihmistä .",
    "{NAT} [taiteilija|muusikko|ohjaaja] {PER} vierailee {FEST:ine} [ensi kuussa|kesällä] , ja hänen esiintymisensä odotetaan olevan yksi tapahtuman kohokohdista .",
    "Laulaja {PER:gen} uusi albumi , joka on äänitetty {CITY:ine} ja laulettu osittain {LANG:ksi} , julkaistaan {MONTH} .",
    "{CITY:gen} taidemuseossa avautuu {DAY} näyttely , joka esittelee {NAT:gen} taidemaalarin {PER:gen} myöhäistuotantoa .",
    "Taidemaalari {PER:gen} teos myytiin {DAY} {CITY:gen} huutokaupassa {DEC} miljoonalla eurolla , mikä on taiteilijan ennätys .",
    "Muusikot {PER} ja {PER#2} ovat niiden [artistien|vieraiden] joukossa , jotka esiintyvät {FEST:ine} {MONTH} .",
    "Vuonna {YEAR} {CITY:ine} perustettu yhtye on myynyt esikoisalbumiaan yli {BIG} kappaletta pelkästään {COUNTRY:ine} .",
    "Ohjaaja {PER:gen} elokuva {WORK} lähtee ensi keväänä kiertueelle {COUNTRY:ill} ja {COUNTRY#2:ill} , ja näytöksiä on suunniteltu yhteensä kymmeniä .",
    "Jatkossa {MEDIA} julkaisee uutisia myös {LANG:ksi} ja {LANG#2:ksi} .",
    "Ennen poliittista uraansa {PER:last} työskenteli toimittajana {MEDIA:ine} ja {MEDIA#2:ine} .",
    # lisää
    "Covid-19-pandemian jälkeen {CITY:gen} keskustan kivijalkaliikkeistä on sulkenut ovensa lähes joka neljäs , ja tilanne on kaupungin elinkeinojohtajan {PER:gen} mukaan huolestuttava .",
    "Hiihtäjä {PER} voitti SM-kultaa {CITY:ine} , ja hänet valittiin samalla maajoukkueeseen kauden ensimmäisiin maailmancupin kisoihin .",
    "Valtiovarainministeri {PER} arvioi {DAY} , että BKT kasvaa ensi vuonna vain {DEC} prosenttia , ja vaati säästöjä erityisesti hallinnon menoista .",
    "Sisäministeri {PER} kertoi {DAY} , että valvontaa tiukennetaan {COUNTRY:gen} vastaisella rajalla jo ensi viikolla .",
    "Toimittaja {PER} palkittiin {DAY} vuoden parhaasta tutkivasta jutusta , joka julkaistiin {MEDIA:ine} viime syksynä .",
    "Europarlamentaarikko {PER} vaatii , että jäsenmaat sopivat yhteisistä säännöistä ennen {MONTH} pidettävää huippukokousta .",
    "Kaupunginjohtaja {PER} kertoo , että {CITY:ill} muutti viime vuonna yli {BIG} uutta asukasta , mikä on enemmän kuin yhteenkään toiseen kaupunkiin .",
    "{MEDIA:gen} tietojen mukaan {COUNTRY:gen} joukot ovat vetäytyneet rajalta , mutta tietoa ei ole voitu vahvistaa riippumattomista lähteistä .",
    "Päävalmentaja {PER} myönsi ottelun jälkeen , että joukkue pelasi heikosti , mutta uskoo sen nousevan vielä pudotuspeleihin .",
    # ilman nimiä
    "Keskuspankki piti ohjauskoron ennallaan {DAY} heikon kysynnän ja hidastuvan kasvun vuoksi .",
    "Kuluttajahinnat nousivat {MONTH} {DEC} prosenttia , mikä oli hieman odotettua enemmän .",
    "Silta on suljettuna korjaustöiden vuoksi , ja sen arvioidaan avautuvan liikenteelle vasta {MONTH} .",
    "Neuvottelut päättyivät myöhään {DAY} ilman sopimusta , kertovat asiaa tuntevat lähteet .",
    "Äänestysprosentti jäi vain hieman yli {NUM} prosentin , mikä on alhaisin lukema sitten vuoden {YEAR} .",
    "Pörssi sulkeutui {DAY} [nousussa|laskussa] , ja kaupankäynti oli vaimeaa ennen pyhiä .",
    "Tulipalossa ei loukkaantunut kukaan , kertoo poliisi .",
    "Ruuan hinta on noussut {NUM} prosenttia kahdessa vuodessa .",
    "Asuntojen hinnat laskivat viime vuonna keskimäärin {DEC} prosenttia , ja kauppamäärät jäivät selvästi tavanomaista pienemmiksi .",
    "Sää viilenee viikonloppuna , ja pohjoisessa voi sataa lunta .",
    "Ekonomistien mukaan BKT supistuu tänä vuonna noin {DEC} prosenttia .",
    "Palo sai alkunsa [varastorakennuksesta|saunasta|keittiöstä] , ja sammutustyöt kestivät koko yön .",
    "Kuinka pitkään korkojen nousu vielä jatkuu ?",
    "Poliisi epäilee tuhopolttoa .",
    "On täysin auki , miten neuvottelujen kariuduttua edetään .",
    "IT-alan työttömyys on kasvanut , vaikka osaajista on yhä pulaa monilla paikkakunnilla .",
)

# lead-ins before a template sentence (slot ids #7 keep clear of the sentence's own entities)
LEADS = (
    "{CITY#7} ( {MEDIA#7} ) –",
    "{CITY#7} –",
    "Kotimaa :",
    "Ulkomaat :",
    "Talous :",
    "Lyhyesti :",
    "Tuoreet tiedot :",
    "Uutisia {COUNTRY#7:ela} :",
    "Kirjeenvaihtajamme {CITY#7:ela} :",
    "{MEDIA#7} kertoo :",
    "Poliisi tiedottaa :",
    "Alueuutiset , {REGION#7} :",
)

# clauses appended to a declarative template sentence before its final " ." (slot ids #8 and #9)
TAILS = (
    ", kertoo {MEDIA#8}",
    ", [uutisoi|kertoi] {MEDIA#8} [{DAY}|]",
    ", kuten {MEDIA#8} aiemmin kertoi",
    ", ilmenee {INST#8:gen} tiedotteesta",
    ", sanoo {INST#8:gen} edustaja {PER#8}",
    ", kertoo {COMPANY#8:gen} viestintäjohtaja {PER#8}",
    ", arvioi {UNI#8:gen} professori {PER#8}",
    ", sanoo {PARTY#8:gen} puheenjohtaja {PER#8}",
    ", vaikka {COMPANY#8} teki viime vuonna ennätystuloksen",
    ", kertoo {MEDIA#8:gen} haastattelema {PER#8}",
    ", vain päivä sen jälkeen kun {PER#8} ja {PER#9} tapasivat {CITY#8:ine}",
    ", mikä on herättänyt arvostelua {COUNTRY#8:ine}",
    ", vahvistaa {CITY#8:gen} poliisi",
    ", sanoo {NAT#8} tutkija {PER#8}",
    ", muutama päivä ennen {EVENT#8:gen} alkua",
    ", {INST#8:gen} mukaan",
    ", {PER#8:gen} mukaan",
    ", samaan aikaan kun {COUNTRY#8:ine} ja {COUNTRY#9:ine} pohditaan vastaavia toimia",
    ", minkä myös {REGION#8:gen} viranomaiset ovat vahvistaneet",
    ", mitä {PARTY#8} vaati{PARTY#8.vat} jo edellisellä vaalikaudella",
    ", kertoo {PER#8} {UNI#8:ela}",
    ", kertoo {COMPANY#8:gen} pääekonomisti {PER#8}",
    ", tiedotti {INST#8} {DAY}",
    ", kertoo {MEDIA#8} {SITE#8:ine} tehdyn haastattelun perusteella",
    ", sanoo {CLUB#8:gen} toimitusjohtaja {PER#8}",
    ", kerrotaan tiedotteessa",
    ", tiedotti poliisi",
    ", vahvistetaan ministeriöstä",
    ", arvioivat asiantuntijat",
    ", kertovat paikalliset viranomaiset",
    ", kerrotaan kaupungin verkkosivuilla",
    ", kuten viranomaiset ovat jo aiemmin arvioineet",
    ", mikä on herättänyt laajaa keskustelua sosiaalisessa mediassa",
    ", vaikka asiasta on kiistelty jo pitkään",
    ", kertoo asiaa tunteva lähde",
    ", mikä näkyy jo BKT:n kehityksessä",
    ", vaikka IT-alalla työllisyys on samaan aikaan parantunut",
)
