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
    # subject/object prefix of that head noun: "gazeti la Mwananchi limeripoti", "kituo cha ITV kimeripoti"
    "ksp": {"": "li", "g": "li", "r": "ki", "s": "li"},
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
    # --- nyongeza: sayansi, afya, elimu, teknolojia
    "Watafiti wa {UNI} wamegundua aina mpya ya [chura|kipepeo|mjusi|mmea] katika {SITE} , ugunduzi ambao umechapishwa katika jarida moja la kimataifa la sayansi .",
    "Kwa mujibu wa utafiti uliofanywa kwa pamoja na {UNI} na {UNI#2} , idadi ya samaki katika {GEO} imepungua kwa asilimia {NUM} katika kipindi cha miaka kumi iliyopita , hali inayotishia kipato cha maelfu ya wavuvi na usalama wa chakula katika ukanda huo .",
    "Wanafunzi wawili wa {UNI} wamebuni programu ya simu inayowasaidia wakulima kutambua magonjwa ya mimea kwa kutumia picha , na tayari imepakuliwa na watumiaji zaidi ya {BIG} .",
    "{INST} {INST.sp}mezindua kampeni ya chanjo ya surua itakayowafikia watoto zaidi ya {BIG} {REGION.loc} {REGION} .",
    "Wataalamu wa afya kutoka {INST} wamesema mlipuko wa homa ya [dengue|nyani] ulioripotiwa {REGION.loc} {REGION} wiki iliyopita umedhibitiwa , lakini wamewataka wananchi kuendelea kuchukua tahadhari , hasa wale wanaosafiri mara kwa mara kwenda {COUNTRY} na nchi nyingine jirani .",
    "Madaktari bingwa {CNT} kutoka {COUNTRY} wamewasili jijini {CITY} kwa ajili ya kambi ya matibabu ya bure itakayodumu kwa siku [tano|saba|kumi] .",
    "Kipindupindu chaua watu {CNT} {REGION.loc} {REGION}",
    "Makamu Mkuu wa {UNI} , Profesa {PER} , amesema chuo hicho kitaanzisha shahada ya akili bandia kuanzia mwaka ujao wa masomo .",
    "Jumla ya wanafunzi {BIG} wamechaguliwa kujiunga na {UNI} mwaka huu , ikiwa ni ongezeko la asilimia {NUM} ikilinganishwa na mwaka jana .",
    "Matokeo ya mtihani wa kidato cha nne yaliyotangazwa {DAY} jijini {CITY} yanaonyesha kuwa ufaulu umeongezeka kwa asilimia {DEC} , huku wanafunzi wa {REGION.unit} {REGION} wakiongoza kitaifa na wale wa {REGION#2.unit} {REGION#2} wakishika nafasi ya mwisho .",
    "Mkutano wa kimataifa wa walimu wa {LANG} unafanyika jijini {CITY} ukiwashirikisha wataalamu kutoka nchi {NUM} .",
    "Kampuni ya {COMPANY} imewekeza dola milioni {NUM} kujenga kituo cha kuhifadhi data jijini {CITY} , hatua inayotarajiwa kuzalisha ajira zaidi ya {BIG} .",
    "Matumizi ya {PRODUCT} yameongezeka kwa kasi miongoni mwa vijana wa {COUNTRY} , utafiti wa {INST} umeonyesha .",
    "Kwa nini {COMPANY} {COMPANY.sp}meamua kufunga ofisi zake jijini {CITY} ?",
    # usafiri
    "Safari za treni kati ya {CITY} na {CITY#2} zimesitishwa kwa siku {NUM} kupisha ukarabati wa reli , {INST} {INST.sp}mesema .",
    "Kivuko cha {COMPANY} kimesitisha safari zake katika {GEO} kutokana na upepo mkali , na abiria wameshauriwa kutumia njia mbadala .",
    "Mamia ya abiria wamekwama katika uwanja wa ndege wa {CITY} baada ya ndege ya {COMPANY} kuchelewa kwa saa [tano|sita|nane|kumi] .",
    "Kamanda wa Polisi wa {REGION.unit} {REGION} , {PER} , amesema ajali hiyo ilitokea majira ya saa [tatu|nne|tano] usiku katika barabara kuu ya {CITY} - {CITY#2} , baada ya lori lililokuwa limebeba mafuta kugongana uso kwa uso na basi la abiria .",
    # mahakama
    "{PER} ( {AGE} ) , mkazi wa {CITY} , amefikishwa mahakamani akikabiliwa na mashtaka [mawili|matatu|manne] ya utakatishaji fedha .",
    "Jaji {PER} ame{COMPANY.sp}amuru {COMPANY} kuwalipa fidia wafanyakazi {CNT} walioachishwa kazi bila kufuata taratibu .",
    "Upande wa mashtaka ukiongozwa na Wakili wa Serikali {PER} uliieleza mahakama kuwa mshtakiwa , {PER#2} , alijipatia shilingi milioni {NUM} kwa njia ya udanganyifu kutoka kwa {COMPANY} katika kipindi cha miezi [sita|minane|kumi] mwaka {YEAR} .",
    "Kesi ya mauaji inayomkabili mfanyabiashara {PER} imeahirishwa hadi tarehe {DATE} {MONTH} baada ya upande wa mashtaka kuomba muda zaidi wa kukamilisha upelelezi .",
    # kilimo na mazingira
    "Wakulima wa [kahawa|pamba|korosho|tumbaku|chai] {REGION.loc} {REGION} wamelalamikia kushuka kwa bei ya zao hilo msimu huu , wakisema gharama za pembejeo zimepanda mara dufu .",
    "Katika kikao kilichofanyika {DAY} mjini {CITY} , maafisa wa {INST} , wawakilishi wa {COMPANY} na viongozi wa vyama vya ushirika walikubaliana kuanzisha mfumo mpya wa stakabadhi ghalani ili kuwalinda wakulima dhidi ya walanguzi .",
    "Nzige wavamia mashamba {REGION.loc} {REGION}",
    "Wanaharakati wa mazingira wameonya kuwa ukataji miti katika {SITE} unatishia vyanzo vya maji vinavyotegemewa na wakazi wa {CITY} na {CITY#2} .",
    "Je , {COUNTRY} iko tayari kukabiliana na athari za mabadiliko ya tabianchi ?",
    # dini na habari za mikoani
    "Askofu {PER} amewataka waumini kuliombea taifa amani wakati wa ibada iliyofanyika {DAY} jijini {CITY} .",
    "Sheikh Mkuu wa {REGION.unit} {REGION} , Sheikh {PER} , amewahimiza waumini kudumisha amani na kuepuka chuki za kidini .",
    "Mamia ya waumini kutoka {CITY} , {CITY#2} na maeneo jirani walikusanyika {DAY} katika uwanja wa mpira wa {CITY#3} kwa ajili ya ibada maalumu ya kuombea amani , iliyoongozwa na Askofu {PER} kwa kushirikiana na viongozi wa dini mbalimbali .",
    "Wakazi wa kijiji kimoja nje kidogo ya mji wa {CITY} wameandamana hadi ofisi za halmashauri wakidai fidia ya ardhi yao iliyochukuliwa kwa ajili ya ujenzi wa barabara .",
    "Moto wateketeza soko kuu la {CITY}",
    "Mwenyekiti wa {PARTY} {REGION.unit} {REGION} , {PER} , amejiuzulu wadhifa wake kwa kile alichokiita sababu za kiafya .",
    # sanaa na muziki
    "Msanii wa bongo fleva {PER} ameachia wimbo mpya aliomshirikisha mwanamuziki {NAT:sg} {PER#2} , na ndani ya saa {NUM} tangu uwekwe mtandaoni umetazamwa zaidi ya mara {BIG} .",
    "Kitabu cha {WORK} , kilichoandikwa na {PER} , kimeingizwa katika orodha ya vitabu vya fasihi kwa wanafunzi wa kidato cha [tatu|nne|tano] .",
    "Wasanii {PER} , {PER#2} na {PER#3} wanatarajiwa kutumbuiza katika {FEST} mwezi {MONTH} jijini {CITY} .",
    "Filamu iliyotengenezwa na {NAT:sg} {PER} imeshinda tuzo katika {FEST} , ikiwa ni mara ya kwanza kwa filamu ya {LANG} kushinda tuzo hiyo .",
    "{PER} ameshinda tuzo ya mwanamuziki bora wa mwaka .",
    # hali ya hewa
    "{INST} {INST.sp}metabiri mvua za juu ya wastani katika miji ya {CITY} , {CITY#2} na {CITY#3} katika kipindi cha msimu wa vuli .",
    # misiba
    "Familia ya {PER} imethibitisha kifo cha mwanasiasa huyo maarufu , kilichotokea usiku wa kuamkia {DAY} katika hospitali moja jijini {CITY} .",
    "Marehemu {PER} , aliyewahi kuwa mbunge wa {PARTY} kwa vipindi [viwili|vitatu] na baadaye balozi wa {COUNTRY} nchini {COUNTRY#2} , atazikwa {DAY} kijijini kwao {REGION.loc} {REGION} , na ameacha {PER?mjane|mume} na watoto [wawili|watatu|wanne|watano|sita] .",
    # utalii na masoko
    "Je , unapanga kutembelea {SITE} msimu huu ?",
    "Kundi la watalii {CNT} kutoka {COUNTRY} limewasili {CITY} kwa meli ya kitalii kabla ya kuelekea {SITE} .",
    "Bei ya mahindi katika soko la {CITY} imefikia shilingi {BIG} kwa gunia , wafanyabiashara wamesema .",
    "Wawekezaji walinunua hisa za {COMPANY} kwa wingi wiki hii , baada ya kampuni hiyo kutangaza gawio la shilingi {NUM} kwa kila hisa .",
    "Akizungumza katika kongamano la uwekezaji lililofanyika jijini {CITY} , {PER} , ambaye ni Mkurugenzi Mtendaji wa {COMPANY} , alisema kampuni yake inapanga kupanua shughuli zake hadi {COUNTRY} na {COUNTRY#2} ifikapo mwaka {YEAR} , ingawa changamoto za kodi na miundombinu bado ni kikwazo .",
    # siasa, diplomasia, michezo
    "Viongozi kutoka {COUNTRY} , {COUNTRY#2} , {COUNTRY#3} na {COUNTRY#4} wanatarajiwa kuhudhuria mkutano wa kilele wa {INST} utakaofanyika jijini {CITY} kuanzia tarehe {DATE} {MONTH} , ambapo watajadili usalama wa chakula , biashara huria na mzozo unaoendelea katika {REGION.unit} {REGION} .",
    "Mgombea wa {PARTY} , {PER} , alipata kura {BIG} ( asilimia {NUM} ) , akifuatiwa na {PER#2} wa {PARTY#2} aliyepata kura {BIG} .",
    "{COUNTRY} imemwita balozi wake nchini {COUNTRY#2} kwa mashauriano kufuatia mvutano wa kidiplomasia kati ya nchi hizo mbili .",
    "{PER} ( {PARTY} ) amejiuzulu ubunge .",
    "{INST} {INST.sp}mefuta leseni ya {COMPANY} .",
    "{PER} ateuliwa kuwa balozi wa {COUNTRY} nchini {COUNTRY#2}",
    "Nani atachukua nafasi ya {PER} kama mwenyekiti wa {PARTY} ?",
    "{NAT} {CNT} waokolewa baada ya boti kuzama katika {GEO}",
    "{CLUB} yaichapa {CLUB#2} {SCORE}",
    "{CLUB} imemtimua kocha wake mkuu .",
    "{PER} , ambaye alijiunga na {CLUB} akitokea {CLUB#2} kwa ada ambayo haikuwekwa wazi , ameibuka mfungaji bora wa msimu akiwa na mabao {NUM} , huku mshambuliaji {NAT:sg} {PER#2} wa {CLUB#3} akishika nafasi ya pili .",
    "Wanamichezo {CNT} wa {COUNTRY} wameondoka nchini kuelekea {CITY} kushiriki {TOURNEY} , ambapo wanatarajiwa kurejea na medali .",
    # nukuu
    'Akifungua kikao cha {INST} jijini {CITY} , {PER} alisema : " Hatutavumilia rushwa katika taasisi za umma . "',
    '{PER} , mkazi wa {CITY} , aliliambia gazeti hili : " Tumechoka kusubiri ahadi za viongozi . "',
    '" Tulistahili kushinda leo , " alisema kocha wa {CLUB} , {PER} , baada ya timu yake kufungwa {SCORE} na {CLUB#2} .',
    'Msemaji wa {PARTY} , {PER} , ali{MEDIA.sp}ambia {MEDIA} kuwa chama hicho " hakitarudi nyuma " katika msimamo wake .',
    # bila majina
    "Bei ya sukari imepanda tena .",
    "Shule {CNT} zimefungwa kutokana na mafuriko .",
    "Zaidi ya miti {BIG} imepandwa katika kampeni ya kitaifa ya kutunza mazingira .",
    "Hali ya joto kali inatarajiwa kuendelea hadi mwishoni mwa mwezi huu .",
    "Wazazi wametakiwa kuhakikisha watoto wao wanapata chanjo zote muhimu kabla ya kuanza shule , ili kuwakinga dhidi ya magonjwa yanayoweza kuzuilika .",
)

# news lead-ins, joined as LEAD + " " + TEMPLATE (slot ids 7-9 keep clear of the sentence's own)
LEADS: tuple[str, ...] = (
    "{CITY#7} ( {MEDIA#7} ) -",
    "{CITY#7} , {MONTH} {DATE} -",
    "{CITY#7} ( {MEDIA#7} ) , {MONTH} {DATE} -",
    "{CITY#7} :",
    "{CITY#7} , {DAY} -",
    "{MEDIA#7} , {CITY#7} -",
    "Na Mwandishi Wetu , {CITY#7} -",
    "Na {PER#7} , {CITY#7} -",
    "Habari kutoka {COUNTRY#7} :",
    "Habari za hivi punde :",
    "Kwa ufupi :",
)

# clause fragments appended at the end, joined as TEMPLATE[:-2] + " " + TAIL + " ."
TAILS: tuple[str, ...] = (
    ", kwa mujibu wa {MEDIA#8.kind} {MEDIA#8}",
    ", {MEDIA#8.kind} {MEDIA#8} {MEDIA#8.ksp}meripoti",
    ", huku {PARTY#8} {PARTY#8.sp}kitaka uchaguzi mpya ufanyike",
    ", kwa mujibu wa {PER#8} , msemaji wa {INST#8}",
    ", taarifa ya {ORG#8} imeeleza",
    ", jambo lililozua mjadala mkubwa miongoni mwa {NAT#8}",
    ", hatua ambayo imepongezwa na {ORG#8} na {ORG#9}",
    ", siku chache kabla ya ziara ya {PER#8} nchini {COUNTRY#8}",
    ", siku chache kabla ya kuanza kwa {EVENT#8}",
    ", wakati {COUNTRY#8} ikijiandaa kwa uchaguzi mkuu",
    ", kwa mujibu wa takwimu za {INST#8}",
    ", licha ya upinzani mkali kutoka kwa {PARTY#8}",
    ", kama alivyoripoti mwandishi wetu {PER#8} akiwa {CITY#8}",
    ", wakati mvua kubwa zikiendelea kunyesha {REGION#8.loc} {REGION#8}",
    ", huku {COMPANY#8} {COMPANY#8.sp}kiahidi kuongeza uwekezaji nchini {COUNTRY#8}",
    ", mwaka mmoja baada ya {PER#8} kuteuliwa kuwa Makamu Mkuu wa {UNI#8}",
    ", kulingana na ripoti ya {INST#8} iliyotolewa {DAY}",
    ", kwa mujibu wa taarifa iliyotolewa kwa {LANG#8} na ubalozi wa {COUNTRY#8} jijini {CITY#8}",
    ", huku kiwango cha maji katika {GEO#8} kikiendelea kupungua",
    ", wakati maelfu ya watalii wakiendelea kumiminika katika {SITE#8}",
    ", wakati {CLUB#8} {CLUB#8.sp}kijiandaa kwa mchezo dhidi ya {CLUB#9}",
    ", huku {PER#8} , mtaalamu wa uchumi kutoka {UNI#8} , akisema hali hiyo inaweza kuendelea kwa muda",
    ", jambo ambalo {PER#8} wa {PARTY#8} amelikosoa vikali",
    ", kabla ya mkutano wa {INST#8} utakaofanyika jijini {CITY#8} mwezi {MONTH}",
    ", baada ya {PER#8} kuwasilisha malalamiko kwa {INST#8}",
    ", {PER#8} ( {PARTY#8} ) amethibitisha",
    ", ikiwa ni mara ya kwanza tangu mwaka {YEAR}",
    ", hali iliyozua wasiwasi miongoni mwa wananchi",
    ", kwa mujibu wa vyanzo vya kuaminika",
    ", taarifa rasmi ya serikali imeeleza",
)
