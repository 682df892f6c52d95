"""English (news-wire style): templates and hand-written inventories.

Fields every language module defines (read by :mod:`xlt.data.synth`):

``FAKER``            where faker data comes from: ``person`` [(locale, top-n or None)],
                     ``address`` {KIND: (locale, provider attribute)}, ``company`` (locale, count)
``FIRST_NAMES_MALE``, ``FIRST_NAMES_FEMALE``, ``LAST_NAMES``   hand-written names added to faker's
``NAME_DROP``        strings never used (names and inventories); ``NAME_DROP_RE`` regexes that
                     drop person names
``INVENTORY``        {KIND: entries}; an entry is ``"text"``, ``"g:text"`` or ``"g:text|key=form|..."``
                     (g selects the article in ``CASES`` and the agreement in ``ATTRS``; a form
                     keyed by a case name is used after that case's article)
``COUNTRY_FIX``      iso-codes name -> name used ("" drops it); ``COUNTRY_GENDER`` name -> "g" or
                     "g|key=form"; ``COUNTRY_GENDER_RULES`` [(regex, g)]; ``COUNTRY_FALLBACK``
                     names always added (and all there is when iso-codes is absent);
                     ``COUNTRY_KEEP_UNTRANSLATED`` keep iso names the catalogue leaves in English
``REGION_GENDER``    gender of faker-provided regions; ``COMPANY_GENDER_RULES`` [(regex, g)]
``CASES``            {case: {g: article}} for ``{KIND@case}``
``ATTRS``            {attr: {g: string}} for ``{KIND.attr}`` ("" key: the default)
``CONTRACTIONS``     {(preposition, article): contraction} applied before an entity
``DAYS``, ``MONTHS``, ``DECIMAL_SEP``, ``THOUSANDS_SEP``, ``SCORE_SEP``; ``NUMBER_WORDS`` two..twelve
                     for ``{CNT}`` (empty: digits only)
``name_parts(first, g, last_names, rng)`` -> (first, last, surname-alone)
``genitive(name)``   the genitive of a name (German ``Merkels``); identity elsewhere
``TEMPLATES``        the sentence templates (notation in :mod:`xlt.data.synth`)
optional: ``CASE_FALLBACK`` {case: {g: other case}} (a missing case form borrowed from another),
``CAPITALISE_AT_START`` lowercase name particles capitalised at the start of a sentence,
``SENTENCE_END`` the full stop templates end with (default ``"."``; Bengali ``"।"``): an appended clause
(``TAILS``) goes before it, ``NO_TAIL_RE`` a regex: templates it matches take no appended clause (they already
name a source or speaker); ``COUNTRY_FIX`` and ``COUNTRY_GENDER`` may be functions of the name instead of
mappings (forms computed by the module for any iso-codes name)
"""

from __future__ import annotations

FAKER = {
    "person": [("en_US", None), ("en_GB", None)],
    "address": {"REGION": ("en_US", "states")},
    "company": ("en_US", 120),
}

FIRST_NAMES_MALE: tuple[str, ...] = ()
FIRST_NAMES_FEMALE: tuple[str, ...] = ()
LAST_NAMES: tuple[str, ...] = ()
NAME_DROP: tuple[str, ...] = ()
NAME_DROP_RE: tuple[str, ...] = ()

# "t:" marks names that take "the" ({KIND@the})
INVENTORY: dict[str, tuple[str, ...]] = {
    "INST": (
        "t:European Commission", "t:European Central Bank", "t:United Nations", "t:World Bank",
        "t:International Monetary Fund", "t:World Health Organization", "t:Federal Reserve",
        "t:Bank of England", "t:Bank of Japan", "NATO", "t:European Union", "t:Red Cross",
        "t:International Olympic Committee", "FIFA", "UEFA", "t:World Trade Organization",
        "t:African Union", "t:Securities and Exchange Commission", "t:Food and Drug Administration",
        "t:Ministry of Defence", "t:Home Office", "t:Foreign Office", "t:State Department",
        "t:Pentagon", "t:Supreme Court", "t:High Court", "t:House of Commons", "t:Senate",
        "Congress", "t:Bundesbank", "t:Financial Conduct Authority", "t:Met Office",
        "Amnesty International", "Greenpeace", "Oxfam", "Human Rights Watch", "t:OECD",
        "t:International Energy Agency", "OPEC", "t:International Atomic Energy Agency", "t:CIA",
        "t:FBI", "t:Metropolitan Police", "t:NHS", "t:European Parliament", "t:Council of Europe",
        "Interpol", "t:Royal Society", "t:Asian Development Bank",
        "t:African Development Bank", "t:East African Community", "t:World Food Programme",
        "UNICEF", "UNESCO", "t:Federal Aviation Administration", "t:Justice Department",
        "t:Treasury", "t:Electoral Commission", "t:Arab League", "t:Bank of Canada",
        "t:Reserve Bank of Australia", "t:Central Bank of Kenya", "t:Serious Fraud Office",
        "t:National Trust", "t:Salvation Army", "Medecins Sans Frontieres", "t:Kremlin",
        "t:Competition and Markets Authority", "t:European Investment Bank", "Europol",
        "t:International Criminal Court", "t:Commonwealth", "t:Office for National Statistics",
    ),
    "COMPANY": (
        "Apple", "Microsoft", "Google", "Amazon", "Siemens", "Volkswagen", "BMW", "Toyota",
        "Honda", "Nissan", "General Motors", "Ford", "Boeing", "Airbus", "Shell", "BP",
        "Exxon Mobil", "Chevron", "TotalEnergies", "Nestle", "Unilever", "Procter & Gamble",
        "Coca-Cola", "PepsiCo", "HSBC", "Barclays", "Lloyds Banking Group", "Deutsche Bank",
        "Goldman Sachs", "JPMorgan Chase", "Morgan Stanley", "Citigroup", "Bank of America",
        "Standard Chartered", "Vodafone", "BT Group", "Nokia", "Ericsson", "Samsung Electronics",
        "Sony", "Philips", "Intel", "IBM", "Oracle", "Pfizer", "Novartis", "Roche",
        "AstraZeneca", "GlaxoSmithKline", "Bayer", "BASF", "Rio Tinto", "BHP", "Glencore",
        "Tesco", "Walmart", "Carrefour", "Ryanair", "British Airways", "Lufthansa", "Qantas",
        "Kenya Airways", "Safaricom", "Rolls-Royce", "Caterpillar", "Nike", "Adidas", "Netflix",
        "Tesla", "Uber", "Alibaba", "Tencent", "Huawei", "Renault", "Peugeot", "Fiat",
        "Heineken", "Danone", "Banco Santander", "Marks and Spencer", "Rolls-Royce Holdings",
        "Anglo American", "De Beers", "Thyssenkrupp", "Daimler Truck", "Hyundai Motor", "Kia",
        "Foxconn", "Nvidia", "Meta Platforms", "Spotify", "Airbnb", "Maersk", "Equinor",
        "Petrobras", "Aramco", "Gazprom", "Reckitt", "Diageo", "Burberry", "Vale",
    ),
    "PARTY": (
        "t:Labour Party", "t:Conservative Party", "t:Liberal Democrats", "t:Democratic Party",
        "t:Republican Party", "t:Scottish National Party", "t:Green Party", "t:Social Democrats",
        "t:Christian Democrats", "t:African National Congress", "t:Bharatiya Janata Party",
        "t:Freedom Party", "t:Reform Party", "t:Liberal Party", "t:National Party",
        "t:Democratic Unionist Party", "t:Socialist Party", "t:Workers Party", "t:Centre Party",
        "t:Progressive Party", "t:Five Star Movement", "t:Law and Justice party", "Sinn Fein",
        "Plaid Cymru", "Fine Gael", "Fianna Fail", "Likud", "t:Alternative for Germany",
        "t:Popular Party", "t:Chama Cha Mapinduzi", "t:Orange Democratic Movement",
    ),
    "CLUB": (
        "Manchester United", "Manchester City", "Liverpool", "Arsenal", "Chelsea",
        "Tottenham Hotspur", "Newcastle United", "Aston Villa", "Everton", "Leeds United",
        "Celtic", "Rangers", "Real Madrid", "Barcelona", "Atletico Madrid", "Bayern Munich",
        "Borussia Dortmund", "Juventus", "AC Milan", "Inter Milan", "Paris St Germain", "Ajax",
        "PSV Eindhoven", "Feyenoord", "Benfica", "Porto", "Galatasaray", "Al Ahly",
        "West Ham United", "Wolverhampton Wanderers", "Crystal Palace", "Brighton",
        "Nottingham Forest", "Sevilla", "Napoli", "AS Roma", "Olympique Lyon", "Marseille",
        "Bayer Leverkusen", "RB Leipzig", "Anderlecht", "Club Brugge", "Sporting Lisbon",
        "Fenerbahce", "Boca Juniors", "River Plate", "Flamengo", "Kaizer Chiefs",
        "Orlando Pirates", "Gor Mahia", "Simba SC", "Young Africans", "TP Mazembe",
    ),
    "MEDIA": (
        "Reuters", "t:BBC", "t:Financial Times", "t:Guardian", "t:New York Times",
        "t:Wall Street Journal", "t:Washington Post", "t:Times", "t:Associated Press",
        "Bloomberg", "CNN", "Sky News", "Al Jazeera", "t:Economist", "t:Daily Telegraph",
        "t:Independent", "Agence France-Presse", "Der Spiegel", "El Pais", "Le Monde",
        "t:Daily Nation", "t:Observer", "NBC News", "CBS News", "ABC News", "t:Irish Times",
        "t:Sunday Times", "Channel 4 News", "t:Scotsman", "t:Los Angeles Times", "t:East African",
        "t:Hindustan Times", "t:Sydney Morning Herald", "Politico", "Deutsche Welle",
    ),
    "CITY": (
        "London", "Manchester", "Birmingham", "Glasgow", "Edinburgh", "Cardiff", "Belfast",
        "Leeds", "Bristol", "Liverpool", "Sheffield", "Newcastle", "Nottingham", "Southampton",
        "New York", "Los Angeles", "Chicago", "Houston", "Washington", "Boston", "San Francisco",
        "Seattle", "Miami", "Atlanta", "Dallas", "Detroit", "Philadelphia", "Denver", "Toronto",
        "Montreal", "Vancouver", "Ottawa", "Sydney", "Melbourne", "Brisbane", "Perth",
        "Auckland", "Wellington", "Paris", "Lyon", "Marseille", "Toulouse", "Berlin", "Munich",
        "Hamburg", "Frankfurt", "Cologne", "Stuttgart", "Vienna", "Zurich", "Geneva", "Brussels",
        "Antwerp", "Amsterdam", "Rotterdam", "The Hague", "Madrid", "Seville", "Valencia",
        "Bilbao", "Lisbon", "Rome", "Milan", "Naples", "Turin", "Florence", "Athens",
        "Istanbul", "Ankara", "Moscow", "St Petersburg", "Kyiv", "Warsaw", "Krakow", "Prague",
        "Budapest", "Bucharest", "Sofia", "Belgrade", "Zagreb", "Stockholm", "Oslo",
        "Copenhagen", "Helsinki", "Dublin", "Cork", "Reykjavik", "Cairo", "Alexandria", "Nairobi",
        "Mombasa", "Kisumu", "Dar es Salaam", "Dodoma", "Arusha", "Zanzibar", "Kampala",
        "Kigali", "Addis Ababa", "Mogadishu", "Lagos", "Abuja", "Accra", "Johannesburg",
        "Cape Town", "Durban", "Pretoria", "Kinshasa", "Khartoum", "Casablanca", "Tunis",
        "Algiers", "Dakar", "Lusaka", "Harare", "Maputo", "Beijing", "Shanghai", "Shenzhen",
        "Tokyo", "Osaka", "Seoul", "Bangkok", "Jakarta", "Manila", "Hanoi", "Mumbai",
        "New Delhi", "Bangalore", "Karachi", "Lahore", "Dhaka", "Tehran", "Baghdad", "Riyadh",
        "Dubai", "Abu Dhabi", "Doha", "Jerusalem", "Tel Aviv", "Beirut", "Damascus", "Amman",
        "Mexico City", "Sao Paulo", "Rio de Janeiro", "Buenos Aires", "Santiago", "Lima",
        "Bogota", "Caracas", "Havana", "Kuala Lumpur", "Islamabad", "Kabul", "Tbilisi",
    ),
    "REGION": (
        "Scotland", "Wales", "Northern Ireland", "England", "Yorkshire", "Cornwall", "Kent",
        "Bavaria", "Catalonia", "Andalusia", "Tuscany", "Lombardy", "Sicily", "Ontario", "Quebec",
        "British Columbia", "Alberta", "Queensland", "Victoria", "New South Wales", "Kashmir",
        "Punjab", "Darfur", "Tigray", "Crimea", "Siberia", "Patagonia", "Flanders", "Wallonia",
        "Brittany", "Normandy", "Provence", "Saxony", "Galicia", "Basque Country", "Rift Valley",
        "Kilimanjaro region", "Kivu", "Gaza", "West Bank", "Kurdistan", "Xinjiang", "Tibet",
    ),
    # rivers, lakes and seas (templates use them where any body of water fits)
    "GEO": (
        "t:Thames", "t:Rhine", "t:Danube", "t:Nile", "t:Mississippi", "t:Amazon", "t:Seine",
        "t:Elbe", "t:Volga", "t:Ganges", "t:Yangtze", "t:Zambezi", "t:Niger River", "t:Mekong",
        "t:Tigris", "t:Euphrates", "t:Rhone", "t:Po", "t:Shannon", "t:Hudson", "t:Severn",
        "Lake Victoria", "Lake Geneva", "Lake Tanganyika", "Lake Constance", "Lake Michigan",
        "Lake Malawi", "Lake Como", "Loch Ness", "t:Mediterranean", "t:Black Sea",
        "t:Baltic Sea", "t:North Sea", "t:Red Sea", "t:Caspian Sea", "t:Indian Ocean",
        "t:Atlantic", "t:Pacific", "t:English Channel", "t:Suez Canal", "t:Panama Canal",
        "t:Gulf of Mexico", "t:Persian Gulf", "t:Aegean", "t:Irish Sea", "t:Adriatic",
    ),
    "NAT": (
        "German", "French", "British", "American", "Italian", "Spanish", "Dutch", "Belgian",
        "Swiss", "Austrian", "Polish", "Russian", "Ukrainian", "Chinese", "Japanese",
        "South Korean", "Indian", "Pakistani", "Iranian", "Iraqi", "Israeli", "Palestinian",
        "Turkish", "Greek", "Swedish", "Norwegian", "Danish", "Finnish", "Irish", "Scottish",
        "Welsh", "Canadian", "Mexican", "Brazilian", "Argentine", "Australian", "Egyptian",
        "Nigerian", "Kenyan", "Tanzanian", "Ugandan", "Rwandan", "Ethiopian", "Somali",
        "South African", "Ghanaian", "Portuguese", "Czech", "Hungarian", "Romanian", "Serbian",
        "Croatian", "Saudi", "Syrian", "Lebanese", "Moroccan", "Algerian", "Cuban", "Colombian",
        "Venezuelan", "Chilean", "Peruvian", "European", "African", "Asian", "Arab",
        "Zimbabwean", "Congolese", "Sudanese", "Norwegian", "Bulgarian", "Slovak", "Estonian",
    ),
    "TOURNEY": (
        "t:Olympic Games", "t:World Cup", "t:Tour de France", "Wimbledon", "t:US Open",
        "t:Australian Open", "t:French Open", "t:Winter Paralympics", "t:Tour of Flanders",
        "t:Africa Cup of Nations", "t:Six Nations", "t:Super Bowl", "t:London Marathon",
        "t:Berlin Marathon", "t:Boston Marathon", "t:Ryder Cup", "t:Davis Cup",
        "t:Commonwealth Games", "t:Paralympic Games", "t:Rugby World Cup", "t:Asian Games",
        "t:Copa America", "t:Grand National", "t:Monaco Grand Prix", "t:Dakar Rally",
        "t:Giro d'Italia", "t:Masters", "t:World Athletics Championships", "t:Kilimanjaro Marathon",
        "t:Vuelta a Espana", "t:Cricket World Cup", "t:Winter Olympics", "t:Open Championship",
    ),
    "FEST": (
        "t:Eurovision Song Contest", "t:Cannes Film Festival", "Glastonbury", "t:Frankfurt Book Fair",
        "t:Chelsea Flower Show", "t:Edinburgh Festival", "t:Venice Biennale", "Oktoberfest",
        "t:Notting Hill Carnival", "t:Berlin Film Festival", "t:Hay Festival", "t:Proms",
        "t:Toronto International Film Festival", "t:Sundance Film Festival", "t:Rio Carnival",
        "Womad", "t:Salzburg Festival", "Sauti za Busara", "t:Lagos Fashion Week", "Art Basel",
        "t:Avignon Festival", "Womex", "t:Bayreuth Festival", "t:Montreux Jazz Festival",
    ),
    "UNI": (
        "t:University of Oxford", "t:University of Cambridge", "Harvard University",
        "Stanford University", "t:Massachusetts Institute of Technology", "Imperial College London",
        "t:London School of Economics", "Yale University", "Princeton University",
        "Columbia University", "t:University of Edinburgh", "t:University of Manchester",
        "King's College London", "t:University of Nairobi", "Makerere University",
        "t:University of Dar es Salaam", "t:University of Cape Town", "t:University of Toronto",
        "McGill University", "t:Sorbonne", "t:Humboldt University", "t:University of Tokyo",
        "t:University of Melbourne", "t:University of California", "Georgetown University",
        "t:University of Leeds", "t:University of Bristol", "Trinity College Dublin",
    ),
    "PRODUCT": (
        "iPhone", "iPad", "Galaxy S24", "Windows 11", "PlayStation 5", "Xbox", "Model 3", "Toyota Corolla", "Volkswagen Golf", "Ford Focus",
        "Land Rover Defender", "Kindle", "ChatGPT", "Android", "WhatsApp", "Nintendo Switch",
        "MacBook Air", "Pixel 8", "Toyota Prius",
        "Nissan Leaf", "Mini Cooper", "Fiat 500", "Apple Watch", "Instagram", "TikTok",
        "M-Pesa", "Renault Clio", "Kia Sportage", "Tesla Model Y", "Google Maps",
    ),
    "WORK": (
        "War and Peace", "Things Fall Apart", "Hamlet", "The Great Gatsby",
        "One Hundred Years of Solitude", "Pride and Prejudice", "Don Quixote",
        "The Magic Mountain", "Mrs Dalloway", "Moby-Dick", "Beloved", "Half of a Yellow Sun",
        "The Tin Drum", "Wolf Hall", "Middlemarch", "Ulysses", "The Godfather", "Titanic",
        "Star Wars", "Bohemian Rhapsody", "Thriller", "Abbey Road", "The Lion King",
        "Oppenheimer", "Game of Thrones", "Les Miserables", "Swan Lake", "The Magic Flute",
        "Petals of Blood", "Americanah", "Macbeth", "The Crown", "Jane Eyre", "Anna Karenina",
    ),
    "LANG": (
        "English", "French", "German", "Spanish", "Portuguese", "Arabic", "Swahili", "Mandarin",
        "Russian", "Dutch", "Italian", "Hindi", "Japanese", "Turkish", "Polish", "Greek", "Zulu",
        "Amharic", "Yoruba", "Hausa", "Somali", "Korean", "Urdu", "Bengali", "Welsh", "Catalan",
    ),
}

COUNTRY_FIX = {
    "Russian Federation": "Russia",
    "Türkiye": "Turkey",
    "Brunei Darussalam": "Brunei",
    "Holy See": "",
    "Cabo Verde": "Cape Verde",
    "United States Minor Outlying Islands": "",
    "Heard Island and McDonald Islands": "",
    "French Southern Territories": "",
    "Bouvet Island": "",
    "Pitcairn": "",
}
COUNTRY_KEEP_UNTRANSLATED = True
COUNTRY_GENDER: dict[str, str] = {}
COUNTRY_GENDER_RULES = [
    (r"^United ", "t"),
    (r"(Republic|Islands|Emirates|Territories)$", "t"),
    (r"^(Bahamas|Gambia|Maldives|Netherlands|Philippines|Comoros|Seychelles|Democratic Republic of Congo)$", "t"),
]
COUNTRY_FALLBACK = (
    "Germany", "France", "Britain", "United States", "Spain", "Italy", "Netherlands", "Belgium",
    "Kenya", "Tanzania", "Uganda", "Rwanda", "China", "Japan", "India", "Brazil", "Mexico",
    "Russia", "Ukraine", "Poland", "Turkey", "Egypt", "Nigeria", "South Africa", "Australia",
    "Canada", "Sweden", "Norway", "Ethiopia", "Democratic Republic of Congo",
)
REGION_GENDER: dict[str, str] = {}
COMPANY_GENDER_RULES: list[tuple[str, str]] = []

CASES = {"the": {"t": "the"}}
ATTRS: dict[str, dict[str, str]] = {}
CONTRACTIONS: dict[tuple[str, str], str] = {}

DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
)
# counts of people and things ({CNT}) from two to twelve are written as words
NUMBER_WORDS = ("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve")
DECIMAL_SEP, THOUSANDS_SEP, SCORE_SEP = ".", ",", "-"


def name_parts(first, g, last_names, rng):
    last = rng.choice(last_names)
    if rng.random() < 0.08:  # "John F. Kennedy" style middle initial
        first = f"{first} {rng.choice('ABCDEFGHJKLMNPRSTW')}."
    return first, last, last


def genitive(name):
    return name


TEMPLATES = (
    # politics and diplomacy
    "{PER} , a {PER?spokesman|spokeswoman} for {ORG@the} , said on {DAY} that talks with {COUNTRY@the} would resume in {MONTH} [after a break of several weeks|once a new negotiating team is in place|] .",
    "{NAT} Foreign Minister {PER} arrived in {CITY} on {DAY} for talks with {PER?his|her} {NAT#2} counterpart on trade and security .",
    "{PER} , the {NAT} ambassador to {COUNTRY@the} , was summoned to the foreign ministry in {CITY} on {DAY} to explain the remarks .",
    "President {PER} assured {INST@the} that {COUNTRY@the} remained committed to the [peace|trade] agreement signed last year .",
    "{COUNTRY@the} and {COUNTRY#2@the} signed a [trade|defence|fishing] agreement in {CITY} on {DAY} , ending months of difficult negotiations .",
    "{PER} and {PER#2} will meet in {CITY} next {DAY} to discuss [the crisis in {COUNTRY@the}|trade|security in the region] , officials said .",
    "{PER} of {PARTY@the} said the [budget|bill] would be put to a vote in {MONTH} , but gave no further details .",
    "{PARTY@the} won {NUM} percent of the vote in {REGION} , according to [preliminary|official] results published on {DAY} .",
    "Born in {CITY} in {YEAR} , {PER} studied law in {CITY#2} before joining {PARTY@the} .",
    "Voters in {REGION} go to the polls on {MONTH} {DATE} to elect a new [governor|regional parliament] after a bitter campaign .",
    "The {NAT} government said it would send {NUM} million dollars in aid to {COUNTRY@the} , where floods have left thousands of people homeless .",
    "{NAT} and {NAT#2} troops took part in a joint exercise near {CITY} last week , the defence ministry said .",
    "Speaking in {LANG} , {PER} urged {INST@the} to act quickly before the situation got worse .",
    "{INST@the} [warned|said] on {DAY} that growth in {COUNTRY@the} would slow to {DEC} percent in {YEAR} as higher interest rates weigh on demand .",
    "{INST@the} approved a {NUM} million euro loan to {COUNTRY@the} on {DAY} to help the country rebuild its roads and bridges .",
    "Thousands of people marched through central {CITY} on {DAY} to protest against [rising prices|the new law] .",
    "{PER:last} , who has led {PARTY@the} since {YEAR} , said {PER?he|she} would not stand again at the next election .",
    # business
    "{COMPANY} shares rose {DEC} percent in {CITY} on {DAY} after the company reported [higher|stronger] [quarterly|annual] profits than analysts had expected .",
    "{PER} , who [joined|founded] {COMPANY} in {YEAR} , will step down as chief executive at the end of {MONTH} , the company said in a statement .",
    "Shares of {COMPANY} fell sharply on {DAY} after {MEDIA@the} reported that the company was under investigation in {COUNTRY@the} .",
    "{COMPANY} said on {DAY} it would [build|open] a new factory in {CITY} , creating {BIG} jobs over the next five years .",
    "{COMPANY} has agreed to buy {COMPANY#2} for {DEC} billion dollars , the companies said in a joint statement on {DAY} .",
    "The {NAT} group {COMPANY} reported a [net loss|net profit] of {DEC} billion euros for {YEAR} , [well below|slightly above] market forecasts .",
    "Talks between {COMPANY} and the {NAT} government collapsed on {DAY} , putting thousands of jobs at risk .",
    "The strike at {COMPANY} 's plant in {CITY} entered its [second|third] week on {DAY} with no sign of a deal .",
    "{ORG@the} , based in {CITY} , employs about {BIG} people [worldwide|in {REGION}] .",
    "{MEDIA@the} reported that {PER} had held talks with executives of {COMPANY} in {CITY} earlier this month .",
    "{INST@the} in {CITY} has opened an investigation into {COMPANY} over possible breaches of competition law .",
    "The new {PRODUCT} will go on sale in {COUNTRY@the} in {MONTH} , the manufacturer said .",
    "Sales of the {PRODUCT} in {REGION} [doubled|fell by half] last year , {COMPANY} said in its annual report .",
    "{COMPANY} , {COUNTRY@the} 's [largest|second-largest] [lender|retailer|airline] , said on {DAY} it would cut {BIG} jobs by the end of the year .",
    # sport
    "{CLUB} beat {CLUB#2} {SCORE} on {DAY} to move top of the table for the first time this season .",
    "The {NAT} striker scored twice as {CLUB} [beat|thrashed] {CLUB#2} {SCORE} in front of a crowd of {BIG} .",
    "{PER} won {TOURNEY@the} for the [second|third] time on {DAY} , finishing ahead of {PER#2} .",
    "{PER} , {AGE} , signed a [two-year|three-year] contract with {CLUB} on {DAY} after leaving {CLUB#2} .",
    "{PER} , the former coach of {CLUB} , has been named head coach of the {NAT} national team .",
    "{PER} will represent {COUNTRY@the} at {TOURNEY@the} in {CITY} despite a recent knee injury .",
    "{PER} , who plays for {CLUB} , was voted {NAT} player of the year for the second season in a row .",
    "{EVENT@the} will be held in {CITY} in {MONTH} {YEAR} , organisers said on {DAY} .",
    "Ticket sales for {EVENT@the} in {CITY} have [exceeded|fallen short of] expectations , organisers said .",
    # society, crime, weather
    "Police in {CITY} said on {DAY} they had arrested {CNT} people after [clashes|protests] outside the offices of {ORG@the} .",
    "A court in {CITY} sentenced {PER} to [two|four|seven] years in prison for fraud on {DAY} .",
    "{PER:last} 's lawyer said {PER?his|her} client would appeal against the ruling .",
    "In {CITY} , {CNT} people were [injured|killed] when a bus crashed on a motorway near {CITY#2} early on {DAY} .",
    "Rescue teams searched for survivors in {REGION} after [an earthquake|a landslide|floods] killed at least {CNT} people , local officials said .",
    "Heavy rain [caused flooding|cut power to thousands of homes] in [parts of|] {REGION} on {DAY} , and more storms are expected later in the week .",
    "Flights to {CITY} were cancelled on {DAY} after a strike by air traffic controllers in {COUNTRY@the} .",
    "A cargo ship ran aground in {GEO@the} on {DAY} , blocking traffic for several hours .",
    "Fishermen on {GEO@the} say their catches have fallen sharply since {YEAR} .",
    "{CITY} Mayor {PER} said the city would build {CNT} new schools by {YEAR} .",
    "{PER} , {AGE} , was [elected|appointed] {PER?chairman|chairwoman} of {INST@the} on {DAY} .",
    "{PER} told {MEDIA@the} in an interview published on {DAY} that {PER?he|she} would not seek a second term .",
    '" We are [very|deeply] concerned by this decision , " {PER:last} told {MEDIA@the} .',
    "Visitors to {CITY} rose by {NUM} percent last year , the city 's tourist office said on {DAY} .",
    "{PER} , a professor at {UNI@the} , said the findings [were|could be] a turning point for research in {COUNTRY@the} .",
    "After studying economics at {UNI@the} , {PER:last} joined {COMPANY} in {YEAR} .",
    # culture
    'The novel " {WORK} " has been translated into {LANG} for the first time , more than {CNT} years after it was written .',
    'A new production of " {WORK} " opens in {CITY} on {DAY} , directed by {PER} .',
    "The {NAT:+-born} [artist|writer|composer] {PER} died in {CITY} on {DAY} at the age of {AGE} , {PER?his|her} family said .",
    "{PER} , who writes in {LANG} and {LANG#2} , won the prize for {PER?his|her} [first|third] novel .",
    "{FEST@the} opened in {CITY} on {DAY} , drawing more than {BIG} visitors on its first day .",
    "Critics have praised the new {NAT} [film|play|production] , which will be presented at {FEST@the} next month .",
    "{PER} 's new album , recorded in {CITY} and sung partly in {LANG} , will be released in {MONTH} .",
    # entity-free
    "The central bank left interest rates unchanged on {DAY} , citing weak demand and slowing growth .",
    "Prices rose {DEC} percent in {MONTH} , slightly above expectations , official figures showed on {DAY} .",
    "Officials said the bridge would remain closed until {MONTH} while repairs are carried out .",
    "The talks ended without agreement late on {DAY} , [two|three] sources familiar with the matter said .",
    "Turnout was just over {NUM} percent , the lowest since {YEAR} .",
    "The index closed [up|down] {DEC} percent on {DAY} in thin trading ahead of the holiday .",
    "No one was injured in the fire , which broke out shortly after midnight , police said .",
    "Ministers are expected to approve the plan at their next meeting on {DAY} .",
    # more varied sentences: other domains and structures (short and long sentences, questions,
    # headline-style fragments without a final full stop, quotes, lists, parentheses)
    # science and health
    "In a paper published on {DAY} , scientists at {UNI@the} , working with colleagues in {COUNTRY@the} , reported that the new [vaccine|treatment] cut hospital admissions by {NUM} percent in a trial involving {BIG} patients , results that {PER} , who led the study , called [encouraging|remarkable] .",
    "Cases of [measles|cholera|dengue fever] in {REGION} have risen to {BIG} since {MONTH} , health officials said , urging [parents to vaccinate their children|residents to boil their drinking water] .",
    "{PER} was taken to hospital in {CITY} on {DAY} .",
    "Why are so many doctors leaving {COUNTRY@the} for jobs in {COUNTRY#2@the} ?",
    "A team led by {PER} of {UNI@the} has found traces of [plastic|lead|pesticides] in {GEO@the} at levels [far|well] above the legal limit .",
    "Hospitals across {REGION} have postponed routine operations [until the end of {MONTH}|for a week] because of staff shortages .",
    # education
    "Pupils in {REGION} will learn {LANG} from the age of seven under plans unveiled by the education minister , {PER} .",
    "{UNI@the} has raised tuition fees for foreign students by {NUM} percent , prompting [protests|a sit-in] on campus .",
    "Teachers in {REGION} went on strike on {DAY} over pay , closing most schools in the region .",
    # technology
    "{COMPANY} will stop supporting older versions of {PRODUCT} from {MONTH} , leaving millions of users without security updates .",
    "Regulators in {CITY} fined {COMPANY} {DEC} billion euros on {DAY} for [breaching data protection rules|abusing its dominant position] , one of the largest penalties of its kind .",
    "Engineers at {COMPANY} 's research centre near {CITY} say they have built a battery that charges in under ten minutes .",
    # transport and travel
    "Rail services between {CITY} and {CITY#2} will be suspended over the next two weekends while engineers [replace a bridge|upgrade the signals] .",
    "A flight from {CITY} to {CITY#2} was diverted to {CITY#3} on {DAY} after a passenger fell ill .",
    "The airport in {CITY} reopened on {DAY} .",
    "Tourists visiting {CITY} will have to pay a nightly tax of {NUM} euros from {MONTH} , the city council announced .",
    "{COUNTRY@the} will let visitors from {COUNTRY#2@the} enter without a visa from next year .",
    "More than {BIG} migrants have crossed {GEO@the} since {MONTH} , aid groups say , many of them from {COUNTRY@the} and {COUNTRY#2@the} .",
    # courts and crime
    "{PER} , {AGE} , denied [all the|both] charges when {PER?he|she} appeared before magistrates in {CITY} on {DAY} .",
    "Prosecutors in {CITY} say {PER} , a former director of {COMPANY} , moved more than {NUM} million dollars through bank accounts in {COUNTRY@the} and {COUNTRY#2@the} over {CNT} years , an accusation {PER?his|her} lawyers reject as politically motivated .",
    "An appeals court in {CITY} ruled on {DAY} that the [ban|law] was unlawful , handing a victory to campaigners who had fought it for years .",
    "Detectives investigating the theft of a painting from a gallery in {CITY} have arrested {CNT} men , {NAT} police said .",
    # agriculture and environment
    "Farmers in {REGION} expect a [poor|record] [wheat|coffee|maize] harvest this year after [months of drought|heavy spring rains] , the agriculture ministry said .",
    "{NAT} [farm|food] exports rose to {BIG} tonnes in {MONTH} , driven by strong demand from {COUNTRY@the} and {COUNTRY#2@the} .",
    "Conservationists warned on {DAY} that pollution in {GEO@the} was threatening [fish stocks|rare birds|coral reefs] , and urged governments in the region to act .",
    "{COMPANY} has pledged to plant {BIG} trees in {REGION} by {YEAR} .",
    # religion
    "{PER} was installed as bishop of {CITY} on {DAY} in a service attended by more than {BIG} people .",
    "Religious leaders from {COUNTRY@the} , {COUNTRY#2@the} and {COUNTRY#3@the} met in {CITY} this week to call for an end to the fighting in {REGION} .",
    # local news
    "The council in {CITY} voted on {DAY} to close {CNT} public libraries , saying it could no longer afford to keep them open .",
    "Residents of a village near {CITY} have been without running water for {CNT} days after a main pipe burst .",
    "Firefighters rescued {CNT} people from a burning block of flats in {CITY} on {DAY} .",
    # arts and music
    "A painting by {PER} sold for {DEC} million pounds at an auction in {CITY} on {DAY} , a record for the artist .",
    "{PER} and {PER#2} are among the [artists|guests] expected to appear at {FEST@the} in {MONTH} .",
    "The band , which formed in {CITY} in {YEAR} , sold more than {BIG} copies of its debut album in {COUNTRY@the} alone .",
    "{PER} 's adaptation of {WORK} , staged by the national theatre in {CITY} , will tour {COUNTRY@the} and {COUNTRY#2@the} next spring .",
    # weather
    "Temperatures in {CITY} reached [38|41|43|45] degrees Celsius on {DAY} , the highest ever recorded in {MONTH} , forecasters said .",
    "Snow closed [roads|schools] across {REGION} on {DAY} .",
    # obituaries
    "{PER} , who founded {COMPANY} in {YEAR} and ran it until {PER?his|her} retirement , has died aged {AGE} .",
    "{PER} , the {NAT} [poet|novelist|playwright] whose work was translated into more than {CNT} languages , including {LANG} and {LANG#2} , died on {DAY} at {PER?his|her} home in {CITY} , {PER?his|her} publisher said ; {PER?he|she} was {AGE} .",
    # markets
    "On the stock exchange in {CITY} , shares in {COMPANY} ( up {DEC} percent ) and {COMPANY#2} ( down {DEC#2} percent ) led trading after both companies reported results .",
    "{COMPANY} , {COMPANY#2} and {COMPANY#3} all lost ground on {DAY} as investors worried about demand from {COUNTRY@the} .",
    "{COUNTRY@the} 's currency fell on {DAY} to its weakest level against the dollar since {YEAR} , prompting the central bank to intervene .",
    "{NAT} shares closed higher on {DAY} .",
    # politics, in other shapes
    "Can {PARTY@the} win back voters in {REGION} ?",
    "{PER} ( {PARTY} ) , who chairs the committee , said ministers in {CITY} had ignored repeated warnings from {INST@the} .",
    "Although {PARTY@the} won the most seats , {PER} , whose {PARTY#2} came second , is expected to form a coalition with smaller parties from {REGION} .",
    "When {PER} arrived in {CITY} last {MONTH} , few expected the [former|little-known] {NAT} diplomat to broker a deal between {COUNTRY@the} and {COUNTRY#2@the} within weeks .",
    # sport, in other shapes
    "{PER} , who had not played since injuring {PER?his|her} ankle in {MONTH} , came off the bench to score the winner as {CLUB} beat {CLUB#2} {SCORE} , a result that lifts them to {NUM} points , {CNT} clear of their rivals .",
    "{PER} ( {COUNTRY} ) beat {PER#2} ( {COUNTRY#2} ) in straight sets to reach the final of {TOURNEY@the} .",
    # reported speech
    '" Who is going to pay for all this ? " asked {PER} , a farmer from {REGION} .',
    '" The decision is final , " {INST@the} said in a statement , adding that {PER} had been informed .',
    '{PER:last} , speaking to reporters in {CITY} , said : " This is a [difficult|historic] day for {COUNTRY@the} . "',
    '" We will not give up , " said {PER} , whose son was killed in the attack in {CITY} . " Not now , not ever . "',
    # headline-style fragments (no full stop)
    "{COMPANY} to cut {BIG} jobs in {COUNTRY@the}",
    "{CLUB} sack coach after {SCORE} defeat by {CLUB#2}",
    "{REGION} floods : {CNT} dead , thousands homeless",
    "FACTBOX - Key facts about {COUNTRY@the} 's election",
    "{PER:last} resigns as {PARTY} leader",
    # entity-free
    "Schools will reopen on {DAY} .",
    "Gold hit a record high on {DAY} as investors sought safety .",
    "Officials said more than {BIG} homes had been damaged by the storm , which brought down power lines and left many villages cut off for days .",
    "Is the worst of the crisis over ?",
    "The museum , closed for renovation since {YEAR} , will reopen to the public in {MONTH} with a new wing and free entry on Sundays .",
)

# news lead-ins, joined as LEAD + " " + TEMPLATE (slot ids 7-9 keep clear of the sentence's own)
LEADS: tuple[str, ...] = (
    "{CITY#7} ( {MEDIA#7} ) -",
    "{CITY#7} , {MONTH} {DATE} -",
    "{CITY#7} , {MONTH} {DATE} ( {MEDIA#7} ) -",
    "{CITY#7} -",
    "{CITY#7} , {COUNTRY#7} -",
    "{CITY#7} / {CITY#8} ( {MEDIA#7} ) -",
    "UPDATE [1|2|3] -",
    "EXCLUSIVE -",
    "( {MEDIA#7} ) -",
    "From our correspondent in {CITY#7} :",
)

# clause fragments appended at the end, joined as TEMPLATE[:-2] + " " + TAIL + " ."
TAILS: tuple[str, ...] = (
    ", {MEDIA#7@the} reported",
    ", according to {MEDIA#7@the}",
    ", {PER#8} , a {PER#8?spokesman|spokeswoman} for {INST#7@the} , said",
    ", a spokesperson for {ORG#7@the} told {MEDIA#7@the}",
    ", said {PER#8} , [an analyst|a senior economist] at {COMPANY#7}",
    ", while {PARTY#7@the} called for an independent inquiry",
    ", while opposition leader {PER#8} said the government had acted too late",
    ", days after {PER#8} visited {CITY#7}",
    ", weeks after {PER#8} was named chief executive of {COMPANY#7}",
    ", just weeks ahead of {EVENT#7@the} in {CITY#7}",
    ", [officials|police] in {CITY#7} said",
    ", the {NAT#7} news agency reported",
    ", {NAT#7} media reported",
    ", a source close to {PER#8} said",
    ", and {COMPANY#7} said it was monitoring the situation closely",
    ", after talks between {PER#8} and {PER#9} broke down",
    ", although {INST#7@the} has yet to comment",
    ", diplomats in {CITY#7} and {CITY#8} said",
    ", amid rising tensions between {COUNTRY#7@the} and {COUNTRY#8@the}",
    ", amid growing pressure from {INST#7@the}",
    ", in what {MEDIA#7@the} described as a [major|significant] shift",
    ", a senior {NAT#7} official said on condition of anonymity",
    ", in a blow to {PARTY#7@the}",
    ", {PER#8} wrote in {MEDIA#7@the} on {DAY}",
    ", officials said",
    ", local media reported",
    ", the statement added",
)
