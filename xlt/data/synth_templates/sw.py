"""Swahili (habari za magazeti ya Tanzania na Kenya): templates and inventories (fields: see ``en.py``).

Agreement: an organisation, club or country that is the subject of a verb takes the subject
prefix of its noun class, written ``{ORG.sp}mesema``: class 9 ``i-`` (Benki, Wizara, Mamlaka,
Kampuni, countries, clubs, acronyms; the default), class 7 ``ki-`` (Chama, Chuo, parties),
class 5 ``li-`` (Shirika, Jeshi, Bunge, Baraza), class 11 ``u-`` (Umoja, Mfuko). Regions are
Tanzanian mikoa (``mkoa wa Tanga``, ``mkoani Tanga``), Kenyan counties (``k:``, ``kaunti ya``) or
foreign states/provinces (``j:``, ``jimbo la``); newspapers, broadcasters and news agencies get
``gazeti la`` / ``kituo cha`` / ``shirika la habari la`` through ``{MEDIA.kind}``.

Conventions: languages (``Kiswahili``) and demonyms (``Watanzania``, ``Mkenya``) are MISC, as in
CoNLL; weekdays and months (``Jumatatu``, ``Machi``) and titles (``Rais``, ``Waziri Mkuu``,
``Mkurugenzi Mtendaji``) are capitalised but not entities.
"""

from __future__ import annotations

FAKER = {
    # Kenyan first and last names (the most frequent), Swahili last names; faker's Swahili first
    # names are mostly word-names (Chuki, Risasi) and are not used
    "person": [("en_KE", 250), ("sw", None, "last")],
}

FIRST_NAMES_MALE = (
    "Juma", "Hamisi", "Salim", "Baraka", "Faraji", "Shabani", "Ramadhani", "Mussa", "Athumani",
    "Zuberi", "Saidi", "Bakari", "Omari", "Rashidi", "Khamis", "Mohamedi", "Yusufu", "Hussein",
    "Idrisa", "Jabiri", "Selemani", "Hamza", "Abdallah", "Issa", "Kassimu", "Shukuru", "Haruna",
    "Emmanuel", "Godfrey", "Elia", "Paulo", "Petro", "Yohana", "Elisha", "Msafiri", "Nassoro",
    "Ally", "Abdul", "Hassani", "Iddi", "Mrisho", "Kheri", "Makame", "Othman", "Seif", "Mwita",
    "Chacha", "Daudi", "Isaya", "Yakobo", "Eliakimu", "Thabiti", "Jumanne", "Samweli", "Zakaria",
    "Festo", "Deogratias", "Amri", "Andwele", "Azizi", "Nuhu", "Sadiki", "Zahoro", "Mbaraka",
    "Tumaini", "Kulwa", "Doto", "Sospeter", "Anold", "Nickson", "Innocent", "Faustine", "Gerald",
)
FIRST_NAMES_FEMALE = (
    "Amina", "Rehema", "Neema", "Zawadi", "Mwanaisha", "Halima", "Upendo", "Mwajuma", "Fatuma",
    "Zuhura", "Mwanahawa", "Salma", "Asha", "Riziki", "Furaha", "Pendo", "Imani", "Sikudhani",
    "Mwanaidi", "Tatu", "Mwanahamisi", "Joyce", "Agnes", "Nuru", "Saida", "Zainabu", "Mariamu",
    "Hadija", "Subira", "Bahati", "Happiness", "Scholastica", "Winfrida", "Magreth", "Anastazia",
    "Veronika", "Jesca", "Devota", "Zaituni", "Zuwena", "Nasra", "Hidaya", "Faraja", "Serafina",
    "Paskalia", "Yasinta", "Mwamini", "Najuma", "Samia", "Ummy", "Tulia", "Angellah", "Stergomena",
    "Mwantumu", "Khadija", "Rukia", "Mwanne", "Consolata", "Sabina", "Felista", "Getrude",
)
LAST_NAMES = (
    "Mwakalinga", "Mwakasege", "Kilonzo", "Massawe", "Lyimo", "Temba", "Swai", "Mushi", "Kimaro",
    "Shirima", "Mrema", "Minja", "Makundi", "Mollel", "Laizer", "Sanga", "Mhagama", "Nyoni",
    "Komba", "Kapinga", "Mbunda", "Ngonyani", "Mapunda", "Chande", "Mfinanga", "Kisanga", "Mwita",
    "Chacha", "Marwa", "Magesa", "Masanja", "Shija", "Maganga", "Lukumay", "Mrisho", "Nassoro",
    "Makame", "Khamis", "Haji", "Othman", "Salum", "Ally", "Mwinyi", "Kombo", "Abdallah", "Said",
    "Bakari", "Rajabu", "Mohamed", "Mwakyusa", "Mwamba", "Kitwana", "Mbwana", "Shauri", "Mfaume",
    "Msuya", "Kweka", "Tarimo", "Urassa", "Mbise", "Pallangyo", "Sumari", "Nnko", "Kaaya",
    "Ngowi", "Kessy", "Kiwelu", "Lema", "Mallya", "Assenga", "Mtui", "Mosha", "Materu", "Kavishe",
    "Mwakibete", "Mwansasu", "Kalinga", "Mtweve", "Nyalusi", "Mgaya", "Luhanga", "Kamugisha",
    "Rweyemamu", "Byabato", "Rutashobya", "Mutalemwa", "Kagaruki", "Bwire", "Wambura",
    "Nyamhanga", "Malima", "Bulugu", "Nkwabi", "Ndaki", "Kikwete", "Mkapa", "Sokoine", "Kawawa",
)
NAME_DROP = ("Obama", "Sinema", "Naomi", "Rikke", "Yudas", "John", "Simba", "Wanijiku", "Dhadho")
NAME_DROP_RE: tuple[str, ...] = ()

INVENTORY: dict[str, tuple[str, ...]] = {
    # noun class of the head noun: "" = class 9 (i-), ki = class 7, li = class 5, u = class 11
    "INST": (
        "Benki Kuu ya Tanzania", "Benki Kuu ya Kenya", "BoT", "Wizara ya Afya",
        "Wizara ya Fedha na Mipango", "Wizara ya Mambo ya Nje", "Wizara ya Kilimo",
        "Wizara ya Maji", "Wizara ya Ujenzi", "Wizara ya Elimu", "Mamlaka ya Mapato Tanzania",
        "TRA", "Mamlaka ya Bandari Tanzania", "TPA", "Mamlaka ya Hali ya Hewa Tanzania", "TMA",
        "Mamlaka ya Mawasiliano Tanzania", "TCRA", "Tume ya Taifa ya Uchaguzi",
        "Tume ya Haki za Binadamu na Utawala Bora", "li:Shirika la Reli Tanzania",
        "li:Shirika la Umeme Tanzania", "TANESCO", "li:Shirika la Afya Duniani", "WHO",
        "li:Shirika la Fedha la Kimataifa", "IMF", "Benki ya Dunia", "u:Umoja wa Mataifa",
        "u:Umoja wa Afrika", "u:Umoja wa Ulaya", "Jumuiya ya Afrika Mashariki",
        "Jumuiya ya Maendeleo Kusini mwa Afrika", "SADC", "li:Jeshi la Polisi",
        "li:Jeshi la Wananchi wa Tanzania", "JWTZ", "li:Bunge la Tanzania",
        "li:Baraza la Mitihani la Tanzania", "NECTA", "li:Shirikisho la Mpira wa Miguu Tanzania",
        "TFF", "Mahakama Kuu", "Mahakama ya Rufani",
        "Taasisi ya Kuzuia na Kupambana na Rushwa", "TAKUKURU",
        "u:Mfuko wa Taifa wa Bima ya Afya", "NHIF", "Halmashauri ya Jiji la Dar es Salaam",
        "li:Baraza la Wawakilishi", "Serikali ya Mapinduzi ya Zanzibar",
        "li:Shirika la Msalaba Mwekundu", "Benki ya Maendeleo ya Afrika", "Amnesty International",
        "li:Shirika la Hifadhi za Taifa Tanzania", "TANAPA", "Mamlaka ya Chakula na Dawa",
        "li:Shirika la Chakula Duniani", "UNICEF", "li:Shirika la Viwango Tanzania",
        "Mamlaka ya Usafiri wa Anga Tanzania", "li:Baraza la Usalama la Umoja wa Mataifa",
        "Ofisi ya Taifa ya Takwimu", "NBS", "Mamlaka ya Maji Safi na Usafi wa Mazingira Dar es Salaam",
        "DAWASA", "li:Shirika la Utangazaji Tanzania", "Tume ya Uchaguzi ya Kenya", "IEBC",
    ),
    "COMPANY": (
        "Vodacom Tanzania", "Airtel Tanzania", "Tigo", "Halotel", "TTCL", "CRDB", "NMB",
        "Benki ya NBC", "Azam Media", "Bakhresa Group", "Safaricom", "Kenya Airways",
        "Air Tanzania", "Precision Air", "Mwananchi Communications", "Toyota Tanzania",
        "Twiga Cement", "Tanga Cement", "Dangote", "Equity Bank", "KCB", "Stanbic", "Exim Bank",
        "Geita Gold Mining", "Barrick", "Serengeti Breweries", "Tanzania Breweries", "Azam Marine",
        "Uber", "Bolt", "Huawei", "Samsung", "Google", "Apple", "Jumia", "Selcom", "Yas",
        "Coca-Cola Kwanza", "Bidco", "Mohamed Enterprises", "Metl Group", "Kilombero Sugar",
        "Tanzania Cigarette Company", "Puma Energy", "TotalEnergies", "Songas", "Bharti Airtel",
        "MTN", "Ethiopian Airlines", "Emirates", "DP World", "Adani", "Maersk", "Bank of Africa",
        "Azania Bank", "DTB", "Absa Tanzania", "Simba Cement", "Mkombozi Bank",
    ),
    "PARTY": (
        "ki:Chama cha Mapinduzi", "ki:CCM", "ki:CHADEMA", "ki:Chama cha Demokrasia na Maendeleo",
        "ki:ACT-Wazalendo", "ki:CUF", "ki:Chama cha Wananchi", "ki:NCCR-Mageuzi", "ki:ODM",
        "ki:UDA", "ki:Jubilee", "ki:Wiper", "ki:NRM", "ki:FDC", "ki:RPF", "ki:FRELIMO", "ki:ANC",
        "ki:ZANU-PF", "ki:TLP", "ki:UDP", "ki:CHAUMMA", "ki:NUP", "ki:DP", "ki:ADC", "ki:SAU",
        "ki:CCK", "ki:NLD", "ki:Chama cha Kijamii", "ki:Chama cha Republican",
    ),
    "CLUB": (
        "Simba SC", "Young Africans", "Yanga", "Azam FC", "Namungo FC", "KMC FC", "Coastal Union",
        "Mtibwa Sugar", "Kagera Sugar", "Tanzania Prisons", "Geita Gold", "Ihefu SC",
        "Dodoma Jiji FC", "Singida Big Stars", "Mbeya City", "Polisi Tanzania", "JKT Tanzania",
        "Gor Mahia", "AFC Leopards", "Tusker FC", "KCCA FC", "Vipers SC", "APR FC",
        "Rayon Sports", "Al Ahly", "TP Mazembe", "Kaizer Chiefs", "Mamelodi Sundowns",
        "Wydad Casablanca", "Esperance", "Zamalek", "Manchester United", "Arsenal", "Real Madrid",
        "Barcelona", "Chelsea", "Liverpool", "KVZ", "Mlandege", "Pamba FC", "Tabora United",
        "Fountain Gate", "Mashujaa FC", "Kenya Police FC", "Bandari FC", "Zanaco", "Power Dynamos",
    ),
    # kind: "" / g = newspaper (gazeti la), r = broadcaster (kituo cha), s = agency (shirika la habari la)
    "MEDIA": (
        "g:Mwananchi", "g:Daily News", "g:HabariLeo", "g:Nipashe", "g:Mtanzania", "g:The Citizen",
        "g:Uhuru", "g:Jamhuri", "g:Taifa Leo", "g:Daily Nation", "g:The East African",
        "g:Zanzibar Leo", "g:Mwanaspoti", "g:Raia Mwema", "g:Tanzania Daima", "g:Majira",
        "g:The Standard", "g:Mzalendo", "g:Dira", "g:Uwazi", "r:TBC", "r:ITV", "r:Azam TV",
        "r:Clouds FM", "r:Radio One", "r:Wasafi FM", "r:Channel Ten", "r:Citizen TV", "r:NTV",
        "r:KBC", "r:Star TV", "r:EATV", "r:ZBC", "r:Radio Maria", "r:Radio Free Africa",
        "s:BBC", "s:DW", "s:VOA", "s:Reuters", "s:AFP", "s:Xinhua", "s:Anadolu",
    ),
    "UNI": (
        "ki:Chuo Kikuu cha Dar es Salaam", "ki:Chuo Kikuu cha Dodoma", "ki:Chuo Kikuu cha Nairobi",
        "ki:Chuo Kikuu cha Makerere", "ki:Chuo Kikuu cha Sokoine cha Kilimo",
        "ki:Chuo Kikuu Huria cha Tanzania", "ki:Chuo Kikuu cha Mzumbe", "ki:Chuo Kikuu Ardhi",
        "ki:Chuo Kikuu cha Afya na Sayansi Shirikishi Muhimbili", "ki:Chuo Kikuu cha Kenyatta",
        "ki:Chuo Kikuu cha Moi", "ki:Chuo Kikuu cha Taifa cha Zanzibar",
        "ki:Chuo Kikuu cha Mtakatifu Augustino", "ki:Chuo Kikuu cha Kilimo na Teknolojia cha Jomo Kenyatta",
        "ki:Chuo Kikuu cha Oxford", "ki:Chuo Kikuu cha Harvard", "ki:Chuo cha Diplomasia",
        "ki:Chuo Kikuu cha Sayansi na Teknolojia cha Mbeya", "ki:Chuo Kikuu cha Rwanda",
        "ki:Chuo Kikuu cha Mwalimu Nyerere", "ki:Chuo Kikuu cha Tumaini", "ki:Chuo cha Ustawi wa Jamii",
        "ki:Chuo Kikuu cha Nelson Mandela", "ki:Chuo Kikuu cha Kampala",
    ),
    "CITY": (
        "Dar es Salaam", "Dodoma", "Arusha", "Mwanza", "Mbeya", "Morogoro", "Tanga", "Moshi",
        "Tabora", "Kigoma", "Iringa", "Songea", "Mtwara", "Lindi", "Musoma", "Bukoba", "Shinyanga",
        "Singida", "Sumbawanga", "Zanzibar", "Chake Chake", "Wete", "Babati", "Bariadi", "Geita",
        "Njombe", "Kahama", "Korogwe", "Bagamoyo", "Kilwa Masoko", "Pangani", "Mpanda", "Tunduma",
        "Kyela", "Ifakara", "Kibaha", "Handeni", "Tarime", "Nzega", "Masasi", "Newala", "Tukuyu",
        "Mafinga", "Makambako", "Kondoa", "Mpwapwa", "Nairobi", "Mombasa", "Kisumu", "Nakuru",
        "Eldoret", "Malindi", "Lamu", "Garissa", "Thika", "Kampala", "Entebbe", "Jinja", "Gulu",
        "Mbarara", "Kigali", "Bujumbura", "Gitega", "Goma", "Lubumbashi", "Bukavu", "Kinshasa",
        "Addis Ababa", "Mogadishu", "Juba", "Khartoum", "Lusaka", "Lilongwe", "Blantyre", "Maputo",
        "Johannesburg", "Harare", "Kairo", "Lagos", "Accra", "London", "Paris", "Beijing",
        "Dubai", "Washington", "New York", "Mumbai", "Moroni", "Muscat", "Doha", "Geneva",
    ),
    "REGION": (
        "Arusha", "Dar es Salaam", "Dodoma", "Geita", "Iringa", "Kagera", "Katavi", "Kigoma",
        "Kilimanjaro", "Lindi", "Manyara", "Mara", "Mbeya", "Morogoro", "Mtwara", "Mwanza",
        "Njombe", "Pwani", "Rukwa", "Ruvuma", "Shinyanga", "Simiyu", "Singida", "Songwe", "Tabora",
        "Tanga", "Kaskazini Unguja", "Kusini Unguja", "Mjini Magharibi", "Kaskazini Pemba",
        "Kusini Pemba",
        "k:Kiambu", "k:Nakuru", "k:Machakos", "k:Kakamega", "k:Turkana", "k:Kilifi", "k:Kwale",
        "k:Nyeri", "k:Meru", "k:Bungoma", "k:Kajiado", "k:Narok", "k:Uasin Gishu", "k:Mandera",
        "k:Marsabit", "k:Kisii", "k:Homa Bay", "k:Siaya", "k:Kericho", "k:Taita Taveta",
        "j:California", "j:Texas", "j:Kivu Kaskazini", "j:Kivu Kusini", "j:Katanga", "j:Darfur",
        "j:Tigray", "j:Punjab", "j:Ontario", "j:Queensland", "j:Florida", "j:Cabo Delgado",
        "j:Kasai", "j:Ituri", "j:Amhara", "j:Oromia", "j:Jubaland", "j:Puntland",
    ),
    "GEO": (
        "Ziwa Victoria", "Ziwa Tanganyika", "Ziwa Nyasa", "Ziwa Rukwa", "Ziwa Eyasi",
        "Ziwa Natron", "Ziwa Manyara", "Ziwa Turkana", "Ziwa Albert", "Ziwa Kivu", "Ziwa Chala",
        "Bahari ya Hindi", "Bahari ya Shamu", "Bahari ya Atlantiki", "Bahari ya Mediterania",
        "Mto Rufiji", "Mto Pangani", "Mto Ruvuma", "Mto Kagera", "Mto Nile", "Mto Tana",
        "Mto Kongo", "Mto Zambezi", "Mto Malagarasi", "Mto Wami", "Mto Ruaha", "Mto Mara",
        "Mto Kilombero", "Bwawa la Mtera", "Bwawa la Nyumba ya Mungu", "Bwawa la Julius Nyerere",
        "Mfereji wa Suez", "Ghuba ya Aden", "Mto Athi", "Mto Sigi", "Mkondo wa Msumbiji",
    ),
    "SITE": (
        "Mlima Kilimanjaro", "Mlima Meru", "Mlima Kenya", "Mlima Elgon", "Mlima Hanang",
        "Hifadhi ya Taifa ya Serengeti", "Hifadhi ya Ngorongoro", "Hifadhi ya Taifa ya Mikumi",
        "Hifadhi ya Taifa ya Ruaha", "Hifadhi ya Taifa ya Tarangire", "Hifadhi ya Taifa ya Nyerere",
        "Hifadhi ya Taifa ya Gombe", "Hifadhi ya Taifa ya Katavi", "Hifadhi ya Taifa ya Saadani",
        "Hifadhi ya Taifa ya Ziwa Manyara", "Hifadhi ya Taifa ya Udzungwa", "Maasai Mara", "Tsavo",
        "Amboseli", "Bonde la Olduvai", "Kisiwa cha Mafia", "Mji Mkongwe", "Kilwa Kisiwani",
        "Milima ya Uluguru", "Milima ya Usambara", "Bonde la Ufa", "Mapango ya Amboni",
        "Kisiwa cha Chumbe", "Msitu wa Amani", "Kisiwa cha Saanane", "Hifadhi ya Taifa ya Kitulo",
    ),
    # plural demonym; the singular is the form "sg" ({NAT:sg})
    "NAT": (
        "Watanzania|sg=Mtanzania", "Wakenya|sg=Mkenya", "Waganda|sg=Mganda",
        "Wanyarwanda|sg=Mnyarwanda", "Warundi|sg=Mrundi", "Wazambia|sg=Mzambia",
        "Wamarekani|sg=Mmarekani", "Wachina|sg=Mchina", "Wajerumani|sg=Mjerumani",
        "Wafaransa|sg=Mfaransa", "Waingereza|sg=Mwingereza", "Wahindi|sg=Mhindi",
        "Wajapani|sg=Mjapani", "Warusi|sg=Mrusi", "Wakongo|sg=Mkongo", "Wasomali|sg=Msomali",
        "Wamisri|sg=Mmisri", "Wanigeria|sg=Mnigeria", "Waghana|sg=Mghana",
        "Wazanzibari|sg=Mzanzibari", "Wamalawi|sg=Mmalawi", "Waarabu|sg=Mwarabu",
        "Waturuki|sg=Mturuki", "Wataliano|sg=Mtaliano", "Waholanzi|sg=Mholanzi",
        "Wabelgiji|sg=Mbelgiji", "Wahispania|sg=Mhispania", "Wareno|sg=Mreno",
        "Waswidi|sg=Mswidi", "Wakanada|sg=Mkanada", "Wabrazili|sg=Mbrazili",
        "Waethiopia|sg=Mwethiopia", "Wasudani|sg=Msudani", "Wazimbabwe|sg=Mzimbabwe",
        "Wamsumbiji|sg=Mmsumbiji", "Wakomoro|sg=Mkomoro", "Wapakistani|sg=Mpakistani",
        "Waafrika|sg=Mwafrika", "Wapalestina|sg=Mpalestina", "Wairani|sg=Mwirani",
    ),
    "TOURNEY": (
        "Kombe la Dunia", "Kombe la Mataifa ya Afrika", "Kombe la CECAFA", "Michezo ya Olimpiki",
        "Michezo ya Jumuiya ya Madola", "Kilimanjaro Marathon", "Berlin Marathon",
        "London Marathon", "Michezo ya Afrika", "Kombe la Chan", "Mbio za Nyika za Dunia",
        "Michezo ya Olimpiki ya Walemavu", "Mbio za Ngorongoro", "Safari Rally",
        "Kombe la Mataifa ya Afrika kwa Wanawake", "Tour du Rwanda", "Kombe la Dunia la Kriketi",
        "Michezo ya Olimpiki ya Vijana", "Nairobi Marathon", "Michezo ya Afrika Mashariki",
        "Kombe la Dunia la Raga", "Boston Marathon",
    ),
    "FEST": (
        "Sauti za Busara", "Maonesho ya Sabasaba", "Maonesho ya Nanenane", "Tamasha la Fiesta",
        "Tamasha la Kizimkazi", "Tamasha la Filamu la Kimataifa la Zanzibar", "Tamasha la Bagamoyo",
        "Mwaka Kogwa", "Miss Tanzania", "Tamasha la Bulabo", "Tamasha la Muziki wa Injili",
        "Mbio za Mwenge wa Uhuru", "Tamasha la Zanzibar", "Tamasha la Serengeti", "Tuzo za Muziki Tanzania",
        "Maonesho ya Utalii ya Karibu Kusini", "Tamasha la Utamaduni wa Mtanzania",
        "Tamasha la Lamu", "Maonesho ya Biashara ya Afrika Mashariki", "Tamasha la Marathon ya Mwanza",
        "Tamasha la Pasaka", "Maonesho ya Kilimo ya Nanenane Dodoma",
    ),
    "PRODUCT": (
        "M-Pesa", "Tigo Pesa", "Airtel Money", "HaloPesa", "T-Pesa", "iPhone", "Galaxy S24",
        "Tecno Spark", "Infinix Hot", "WhatsApp", "ChatGPT", "Android", "Windows",
        "Toyota Land Cruiser", "Toyota IST", "Bajaj Boxer",
        "TVS King", "Facebook", "Instagram", "TikTok", "M-Koba", "Selcom Pesa", "Mixx by Yas",
        "Toyota Hilux", "Suzuki Carry",
    ),
    "WORK": (
        "Kinjeketile", "Rosa Mistika", "Kusadikika", "Utengano", "Siku Njema", "Nyota ya Rehema",
        "Kiu", "Mashetani", "Dunia Uwanja wa Fujo", "Walenisi", "Kijiji Chetu", "Haini",
        "Nguzo Mama", "Mstahiki Meya", "Kufa Kuzikana", "Adili na Nduguze", "Mzimu wa Watu wa Kale",
        "Usiku Utakapokwisha", "Dunia Mti Mkavu", "Kisima cha Giningi", "Mfalme Juha",
        "Takadini", "Shamba la Wanyama", "Mwalimu Mkuu", "Tumbo Lisiloshiba",
    ),
    "LANG": (
        "Kiswahili", "Kiingereza", "Kifaransa", "Kiarabu", "Kichina", "Kijerumani", "Kireno",
        "Kihispania", "Kihindi", "Kijapani", "Kirusi", "Kisukuma", "Kichaga", "Kihaya",
        "Kinyakyusa", "Kimaasai", "Kikuyu", "Kiluo", "Kiganda", "Kinyarwanda", "Kisomali",
        "Kiamhari", "Kizulu", "Kiyoruba", "Kihausa", "Kikorea", "Kituruki", "Kihehe", "Kigogo",
    ),
}

# the Swahili iso-codes catalogue covers few countries; only translated names are taken
COUNTRY_KEEP_UNTRANSLATED = False
COUNTRY_FIX = {
    "Afghanistani": "Afghanistan",
    "Ivorycoast": "Ivory Coast",
    "Marekani ya Samoa": "",
    "Kisiwa cha Christmas": "",
    "Kisiwa cha Bouvet": "",
    "Visiwa vya Åland": "",
    "Antaktika": "",
}
COUNTRY_GENDER: dict[str, str] = {}
COUNTRY_GENDER_RULES: list[tuple[str, str]] = []
COUNTRY_FALLBACK = (
    "Tanzania", "Kenya", "Uganda", "Rwanda", "Burundi", "Msumbiji", "Zambia", "Malawi",
    "Afrika Kusini", "Misri", "Ethiopia", "Somalia", "Sudan", "Sudan Kusini", "Nigeria", "Ghana",
    "Marekani", "Uingereza", "Ufaransa", "Ujerumani", "China", "Japani", "India", "Urusi",
    "Uholanzi", "Ubelgiji", "Uswisi", "Italia", "Hispania", "Ureno", "Kanada", "Brazil",
    "Komoro", "Shelisheli", "Madagaska", "Zimbabwe", "Botswana", "Namibia", "Angola",
    "Jamhuri ya Kidemokrasia ya Kongo", "Kongo", "Saudi Arabia", "Falme za Kiarabu", "Oman",
    "Qatar", "Uturuki", "Iran", "Iraq", "Israel", "Palestina", "Ugiriki", "Uswidi", "Norway",
    "Denmark", "Finland", "Poland", "Ukraine", "Korea Kusini", "Korea Kaskazini", "Australia",
    "Mexico", "Argentina", "Cuba", "Libya", "Tunisia", "Algeria", "Morocco", "Senegal", "Mali",
    "Cameroon", "Eritrea", "Djibouti", "Lesotho", "Eswatini", "Pakistan", "Indonesia",
    "Malaysia", "Thailand", "Vietnam", "Singapore", "Ufilipino", "Yemen", "Syria", "Lebanon",
    "Jordan", "Ireland", "Austria", "Hungary", "Romania", "Serbia", "Croatia", "Chile", "Peru",
    "Colombia", "Venezuela", "Jamaika", "New Zealand", "Niger", "Chad", "Gabon", "Togo", "Benin",
)
REGION_GENDER: dict[str, str] = {}
COMPANY_GENDER_RULES: list[tuple[str, str]] = []

CASES: dict[str, dict[str, str]] = {}
ATTRS = {
    # subject prefix of the noun class (imesema, kimesema, limesema, umesema)
    "sp": {"": "i", "ki": "ki", "li": "li", "u": "u", "g": "i", "r": "i", "s": "i"},
    # "mkoa wa Tanga", "kaunti ya Kiambu", "jimbo la Texas"
    "unit": {"": "mkoa wa", "k": "kaunti ya", "j": "jimbo la"},
    # "mkoani Tanga", "katika kaunti ya Kiambu", "katika jimbo la Texas"
    "loc": {"": "mkoani", "k": "katika kaunti ya", "j": "katika jimbo la"},
    # "gazeti la Mwananchi", "kituo cha ITV", "shirika la habari la Reuters"
    "kind": {"": "gazeti la", "g": "gazeti la", "r": "kituo cha", "s": "shirika la habari la"},
}
CONTRACTIONS: dict[tuple[str, str], str] = {}

DAYS = ("Jumatatu", "Jumanne", "Jumatano", "Alhamisi", "Ijumaa", "Jumamosi", "Jumapili")
MONTHS = (
    "Januari", "Februari", "Machi", "Aprili", "Mei", "Juni", "Julai", "Agosti", "Septemba",
    "Oktoba", "Novemba", "Desemba",
)
# counts ({CNT}) are written in digits: Swahili number words agree with the noun class
NUMBER_WORDS: tuple[str, ...] = ()
DECIMAL_SEP, THOUSANDS_SEP, SCORE_SEP = ".", ",", "-"


def name_parts(first, g, last_names, rng):
    """Often three names (given name, father's name, family name): Amina Juma Mwakyusa."""
    last = rng.choice(last_names)
    if rng.random() < 0.25:
        middle = rng.choice(last_names)
        if middle != last:
            return first, f"{middle} {last}", last
    return first, last, last


def genitive(name):
    return name


TEMPLATES = (
    # siasa na diplomasia
    "Rais wa {COUNTRY} , {PER} , amewasili jijini {CITY} kwa ziara ya kikazi ya siku [mbili|tatu|nne] ambapo atakutana na viongozi mbalimbali .",
    "{PER} , msemaji wa {ORG} , amesema mazungumzo na {COUNTRY} yataendelea mwezi {MONTH} [baada ya pande zote mbili kukubaliana|] .",
    "Waziri wa Mambo ya Nje wa {COUNTRY} , {PER} , amekutana na mwenzake wa {COUNTRY#2} mjini {CITY} siku ya {DAY} kujadili masuala ya biashara .",
    "Balozi wa {COUNTRY} nchini {COUNTRY#2} , {PER} , amekabidhi hati zake za utambulisho kwa Rais {PER#2} .",
    "Serikali ya {COUNTRY} imetoa msaada wa dola milioni {NUM} kwa {COUNTRY#2} kufuatia mafuriko yaliyoathiri maelfu ya watu .",
    "{COUNTRY} na {COUNTRY#2} zimesaini makubaliano ya ushirikiano katika sekta ya nishati jijini {CITY} .",
    "{PER} na {PER#2} wamekutana jijini {CITY} kujadili hali ya usalama nchini {COUNTRY} .",
    "{PARTY} {PARTY.sp}mempitisha {PER} kuwa mgombea wake wa urais katika uchaguzi mkuu ujao .",
    "Mbunge wa jimbo la {CITY} , {PER} ( {PARTY} ) , ameitaka serikali kujenga barabara ya lami inayounganisha vijiji vya jimbo hilo .",
    "Katibu Mkuu wa {PARTY} , {PER} , amesema chama hicho kitashiriki uchaguzi wa mwaka {YEAR} licha ya changamoto zilizopo .",
    "Waziri Mkuu wa {COUNTRY} , {PER} , amefanya ziara ya kikazi katika {REGION.unit} {REGION} na kukagua miradi ya maendeleo .",
    "Rais {PER} amewaapisha mawaziri wapya [wawili|watatu|wanne|watano] katika hafla iliyofanyika jijini {CITY} .",
    "{PER} alihutubia mkutano huo kwa {LANG} na baadaye kwa {LANG#2} .",
    "{NAT} wengi wanaoishi nchini {COUNTRY} wamerejea nyumbani kwa ajili ya sikukuu za mwisho wa mwaka .",
    # taasisi
    "{INST} {INST.sp}mesema uchumi wa {COUNTRY} unatarajiwa kukua kwa asilimia {DEC} mwaka {YEAR} .",
    "{INST} {INST.sp}meonya kuhusu mlipuko wa ugonjwa wa kipindupindu katika {REGION.unit} {REGION} na kuwataka wananchi kuchemsha maji ya kunywa .",
    "{INST} {INST.sp}metoa tahadhari ya mvua kubwa kwa wakazi wa {CITY} na {CITY#2} kwa siku tatu zijazo .",
    "Msemaji wa {INST} , {PER} , amewaambia waandishi wa habari jijini {CITY} kuwa uchunguzi bado unaendelea .",
    "Ripoti ya {INST} inaonyesha kuwa zaidi ya watoto {BIG} hawaendi shule katika {REGION.unit} {REGION} .",
    "{INST} {INST.sp}mesema mradi wa reli ya kisasa kutoka {CITY} hadi {CITY#2} utakamilika mwaka {YEAR} .",
    "Mkutano wa {INST} utafanyika jijini {CITY} mwezi {MONTH} na unatarajiwa kuhudhuriwa na viongozi wa nchi wanachama .",
    "{PER} , mwenye umri wa miaka {AGE} , amechaguliwa kuwa mwenyekiti mpya wa {INST} .",
    "{ORG} na {ORG#2} zimesaini mkataba wa ushirikiano wa miaka [mitano|kumi] .",
    # biashara
    "Kampuni ya {COMPANY} imetangaza kuwa itapunguza wafanyakazi {BIG} katika tawi lake la {CITY} kutokana na kushuka kwa mauzo .",
    "{COMPANY} {COMPANY.sp}mepata faida ya shilingi bilioni {NUM} katika mwaka wa fedha wa {YEAR} .",
    "Hisa za {COMPANY} zimepanda kwa asilimia {DEC} katika soko la hisa siku ya {DAY} .",
    "Mkurugenzi Mtendaji wa {COMPANY} , {PER} , amesema kampuni hiyo itafungua kiwanda kipya mjini {CITY} mwakani .",
    "Kwa mujibu wa {MEDIA.kind} {MEDIA} , {COMPANY} {COMPANY.sp}napanga kununua {COMPANY#2} .",
    "Akizungumza na {MEDIA.kind} {MEDIA} , {PER} amesema bei ya mafuta itashuka mwezi ujao .",
    "{COMPANY} {COMPANY.sp}mezindua {PRODUCT} jijini {CITY} siku ya {DAY} .",
    "Watumiaji wa {PRODUCT} wamelalamikia kukatika kwa huduma tangu {DAY} asubuhi .",
    "Ndege iliyokuwa ikitoka {CITY} kwenda {CITY#2} imetua salama baada ya kupata hitilafu ya injini .",
    # michezo
    "Timu ya {CLUB} imeifunga {CLUB#2} mabao {SCORE} katika mchezo wa ligi uliochezwa {DAY} jijini {CITY} .",
    "Mshambuliaji wa {CLUB} , {PER} , alifunga mabao mawili na kuisaidia timu yake kushinda {SCORE} dhidi ya {CLUB#2} .",
    "{PER} amesaini mkataba wa miaka [miwili|mitatu] na {CLUB} baada ya kufanya vizuri msimu uliopita .",
    "Kocha wa {CLUB} , {PER} , amesema wachezaji wake wako tayari kwa mchezo wa {DAY} .",
    "{PER:last} alijiunga na {CLUB} akitokea {CLUB#2} mwaka {YEAR} .",
    "Mwenyekiti wa {CLUB} , {PER} , amesema klabu hiyo itasajili wachezaji wapya [wawili|watatu|wanne] msimu ujao .",
    "{NAT:sg} {PER} ameibuka mshindi katika mashindano ya {TOURNEY} yaliyofanyika jijini {CITY} .",
    "Mwanariadha wa {COUNTRY} , {PER} , amevunja rekodi ya dunia katika mbio za mita [800|1,500|5,000|10,000] .",
    "Timu ya taifa ya {COUNTRY} itacheza na {COUNTRY#2} katika mchezo wa kirafiki {DAY} ijayo .",
    "{COUNTRY} itakuwa mwenyeji wa {TOURNEY} mwaka {YEAR} , waandaaji wametangaza .",
    # jamii, mahakama, hali ya hewa
    "Polisi {REGION.loc} {REGION} wanawashikilia watu {CNT} kwa tuhuma za wizi wa mifugo .",
    "Mahakama moja mjini {CITY} imemhukumu {PER} kifungo cha miaka [mitano|saba|kumi] jela kwa kosa la rushwa .",
    "Wakili wa {PER:last} amesema mteja wake atakata rufaa kupinga hukumu hiyo .",
    "Watu {CNT} wamefariki dunia baada ya basi walilokuwa wakisafiria kupinduka karibu na mji wa {CITY} .",
    "Meli ya mizigo imezama katika {GEO} karibu na {CITY} na wafanyakazi wake wameokolewa .",
    "Wavuvi wa {GEO} wamelalamikia kupungua kwa samaki tangu mwaka {YEAR} .",
    "Idadi ya watalii kutoka {COUNTRY} wanaotembelea {SITE} imeongezeka kwa asilimia {NUM} mwaka huu .",
    "{PER} alizaliwa mwaka {YEAR} mjini {CITY} na kusomea sheria katika {UNI} .",
    "{PER} , mhadhiri wa {UNI} , amesema matokeo ya utafiti huo ni hatua kubwa kwa sekta ya afya .",
    "Mkuu wa Wilaya ya {CITY} , {PER} , amewataka wakulima kulima mazao yanayostahimili ukame .",
    "Wakazi wa {CITY} wameiomba serikali kuwajengea daraja jipya baada ya la zamani kusombwa na maji .",
    "Wananchi wa {CITY} wamelalamikia ukosefu wa maji safi kwa wiki [mbili|tatu] sasa .",
    # utamaduni
    'Kitabu cha " {WORK} " kimetafsiriwa kwa {LANG} na kitaanza kuuzwa mwezi ujao .',
    'Mwandishi wa riwaya ya " {WORK} " , {PER} , amefariki dunia akiwa na umri wa miaka {AGE} .',
    "Maelfu ya watu wamehudhuria {FEST} [mjini|jijini] {CITY} mwishoni mwa wiki .",
    "Msanii {PER} atatumbuiza katika {FEST} mwezi {MONTH} pamoja na wasanii wengine kutoka nchi jirani .",
    "{PER} ametunukiwa tuzo ya heshima wakati wa {EVENT} jijini {CITY} .",
    "Tiketi za {EVENT} zimemalizika siku chache baada ya kuanza kuuzwa , waandaaji wamesema .",
    # bila majina
    "Bei ya mafuta ya petroli imepanda kwa asilimia {DEC} mwezi {MONTH} .",
    "Mvua kubwa inatarajiwa kunyesha katika maeneo mengi ya nchi kuanzia {DAY} .",
    "Wanafunzi wengi wamefaulu mtihani wa kidato cha nne mwaka huu , matokeo yanaonyesha .",
    "Mkutano huo utafanyika {DAY} ijayo na unatarajiwa kuhudhuriwa na wageni zaidi ya {BIG} .",
    "Serikali imesema itaendelea kuboresha huduma za afya vijijini .",
    "Watu {CNT} wamejeruhiwa katika ajali ya barabarani iliyotokea usiku wa kuamkia leo .",
    "Waziri wa Fedha amesema bajeti ya mwaka huu itaongezeka kwa asilimia {NUM} .",
)
