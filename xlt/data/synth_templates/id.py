"""Indonesian (gaya berita Kompas / Tempo / Antara): templates and inventories (fields: see ``en.py``).

Indonesian has no case inflection and no agreement, so no ``CASES`` are needed; enclitics (``-nya``)
never attach to a name. What varies with the entity is the common noun placed before it, given
through ``ATTRS``:

* regions: ``{REGION.unit} {REGION}`` gives ``Provinsi Jawa Barat``, ``Kabupaten Sleman``,
  ``negara bagian Sabah``, ``Prefektur Okinawa`` or ``wilayah Jalur Gaza``, and
  ``{REGION.head}`` the head of its government (``Gubernur``, ``Bupati``, ``pemimpin``);
* media: ``{MEDIA.kind} {MEDIA}`` gives ``harian Kompas``, ``majalah Tempo``, ``kantor berita
  Antara``, ``stasiun televisi Metro TV``, ``portal berita detikcom``, ``lembaga penyiaran publik
  TVRI``;
* works: ``{WORK.type}`` is ``film``, ``novel`` or ``lagu``; products: ``{PRODUCT.type}``
  (``aplikasi``, ``ponsel``, ``mobil``, ``sepeda motor``) with ``{PRODUCT.sold}`` / ``{PRODUCT.unit}``
  (``diunduh ... kali`` / ``terjual ... unit``).

Names: many Indonesians carry one name (Sutrisno), most two (Budi Santoso), some three (Sri Mulyani
Indrawati); the second part is often gendered (Setiawan for men, Lestari for women) while Batak,
Minahasa or Chinese-Indonesian family names (Siregar, Lumban Tobing, Wijaya) are shared. In a
second mention the press uses the given name (Budi, Ganjar), the given names after Muhammad/Ahmad
or with Sri/Siti (Sri Mulyani), and sometimes a Batak clan name (Siregar): ``{PER:last}``.

Conventions (CoNLL-2003): nationality words are MISC; Indonesian uses the country name as the
adjective (``wisatawan Jepang``, ``warga negara Malaysia``), so ``{NAT}`` appears only after nouns
of persons (warga negara, wisatawan, investor, pelatih berkebangsaan). Languages are MISC and only
the name is tagged (``bahasa Jawa`` -> ``Jawa``). Titles (Presiden, Menteri Keuangan, Gubernur,
Bupati, Bapak/Ibu, Pak/Bu), the words Provinsi/Kabupaten before a region, weekdays (Senin) and
months (Januari) are O; ``Tanah Air`` (Indonesia as the homeland) is O.
"""

from __future__ import annotations

FAKER = {
    # faker's Indonesian second names; its given names are mostly rare old-Javanese or word-names
    # (Cemplunk, Embuh), so the given names are hand-written
    "person": [("id_ID", None, "last")],
}

FIRST_NAMES_MALE = (
    "Ahmad", "Muhammad", "Mohammad", "Abdul", "Andi", "Arief", "Bambang", "Budi", "Dedi", "Denny",
    "Dimas", "Eko", "Fajar", "Fauzi", "Hendro", "Joko", "Krisna", "Lukman", "Made", "Nyoman",
    "Ketut", "Wayan", "Gede", "Rudi", "Slamet", "Teguh", "Wahyu", "Zulkifli", "Anies", "Ganjar",
    "Basuki", "Ridwan", "Mahfud", "Erick", "Bahlil", "Luhut", "Airlangga", "Yusril", "Hasto",
    "Gibran", "Kaesang", "Bobby", "Dedy", "Fadli", "Fahri", "Muhaimin", "Tito", "Listyo", "Sigit",
    "Andika", "Yudo", "Sandiaga", "Anindya", "Arsjad", "Pratikno", "Bahtiar", "Rizal", "Syahrul",
    "Yasonna", "Suharso", "Ario", "Bima", "Danu", "Edy", "Firman", "Gilang", "Ilham", "Iqbal",
    "Irfan", "Lutfi", "Nanda", "Oki", "Pandu", "Raka", "Rizky", "Sutrisno", "Syarif", "Toni",
    "Yogi", "Zainal", "Arya", "Bayu", "Dani", "Doni", "Ferry", "Guntur", "Haris", "Kevin",
    "Marcus", "Rian", "Anthony", "Jonatan", "Chico", "Egy", "Witan", "Marselino", "Asnawi",
    "Ernando", "Hokky", "Jordi", "Nadeo", "Dandi", "Ramadhan", "Septian", "Evan", "Saddil", "Boaz",
    "Titus", "Ricky", "Yohanes", "Petrus", "Stefanus", "Hotman", "Rudolf", "Benny", "Sarwono",
    "Sutiyoso", "Wiranto", "Hatta", "Amien", "Akbar", "Jusuf", "Syafruddin", "Darmin", "Chairul",
    "Mochtar", "Harun", "Idrus", "Karim", "Muslim", "Nasir", "Rusdi", "Ahmad", "Wahid", "Zaki",
    "Ali", "Arif", "Asep", "Ujang", "Dadang", "Deden", "Iwan", "Yayan", "Nanang", "Togar",
    "Parlindungan", "Maruli", "Sahat", "Tigor", "Glenn", "Ruben", "Yopie", "Lukas", "Natalius",
    "Frans", "Filep", "Sofyan", "Fadel", "Irwan", "Mahyeldi", "Andre", "Dodi", "Rocky", "Heri",
    "Supriyadi", "Suparman", "Sugeng", "Mulyadi", "Sutarman", "Sunarto", "Kuncoro", "Harjono",
    "Yusuf", "Hasyim", "Syamsul", "Zulfikar", "Fikri", "Hafiz", "Rafli", "Farhan", "Naufal",
    "Daffa", "Alif", "Bagus", "Yanuar", "Agung", "Setyo", "Taufiq", "Hanif", "Bonifasius",
    "Ignatius", "Albertus", "Fransiskus", "Aloysius", "Emanuel", "Viktor", "Marthen", "Jhon",
    "Agus", "Hendra", "Imam", "Indra", "Rahmat", "Reza", "Sakti", "Satya", "Surya", "Taufik",
    "Umar", "Usman", "Wisnu", "Yoga", "Galih", "Hadi", "Heru", "Ibrahim", "Ismail", "Jamal",
    "Johan", "Kamal", "Adi", "Aditya", "Bagas", "Cahyo", "Danang", "Gatot", "Hasan", "Panji",
    "Raditya", "Rangga", "Rendy", "Rizki", "Saiful", "Samsul", "Yahya", "Wawan", "Teddy", "Budiman",
)
FIRST_NAMES_FEMALE = (
    "Sri", "Siti", "Dewi", "Rina", "Retno", "Susi", "Puan", "Khofifah", "Yenny", "Najwa", "Maudy",
    "Isyana", "Anggun", "Titiek", "Ratna", "Nurul", "Fitri", "Wulan", "Yuni", "Yuli", "Nina",
    "Nia", "Mira", "Rieke", "Marissa", "Desi", "Evi", "Lia", "Lina", "Grace", "Veronica", "Tiara",
    "Nabila", "Annisa", "Rahma", "Laras", "Kartika", "Melati", "Sekar", "Sinta", "Vania", "Greysia",
    "Apriyani", "Gregoria", "Ester", "Leani", "Windy", "Atikah", "Bunga", "Dara", "Erna",
    "Fatimah", "Gita", "Jihan", "Kirana", "Larasati", "Tuti", "Yanti", "Zaskia", "Yohana", "Erika",
    "Nurhayati", "Khadijah", "Rosmini", "Wiwik", "Yayuk", "Sulastri", "Sumarni", "Tri", "Airin",
    "Rustriningsih", "Tutut", "Arumi", "Mutiara", "Anisa", "Rosa", "Meutya", "Hetifah", "Netty",
    "Ledia", "Luluk", "Eva", "Esti", "Ribka", "Rahayu", "Nanik", "Endang", "Sundari", "Suciwati",
    "Mega", "Oktaviana", "Natasha", "Stefani", "Margaretha", "Yosefina", "Agustina",
    "Kristina", "Theresia", "Fransiska", "Magdalena", "Lusi", "Ani", "Ifa", "Nurdiana",
    "Ayu", "Aisyah", "Amalia", "Anita", "Citra", "Dian", "Diah", "Dinda", "Endah", "Fitriani",
    "Farah", "Hesti", "Indah", "Intan", "Irma", "Kamila", "Laila", "Lidya", "Lintang", "Maya",
    "Melinda", "Mutia", "Nadia", "Novi", "Paramita", "Puspa", "Putri", "Ratih", "Rini", "Rika",
    "Sarah", "Siska", "Suci", "Tania", "Vera", "Widya", "Yulia", "Yuliana", "Yunita", "Zahra",
    "Zulfa", "Hana", "Ika", "Ajeng", "Kezia", "Salma", "Salwa", "Shinta", "Wening", "Prameswari",
)
# Indonesian second names: male-marked (many -wan/-to/-no/-di names), female-marked and family
# or clan names (Batak marga, Minahasa, Ambonese, Papuan, Chinese-Indonesian), used by both sexes
LAST_NAMES_MALE_HAND = (
    "Santoso", "Setiawan", "Kurniawan", "Gunawan", "Hidayat", "Hermawan", "Suryadi", "Sutanto",
    "Harjanto", "Wibowo", "Nugroho", "Susanto", "Sulistyo", "Purnomo", "Subianto", "Baswedan",
    "Pranowo", "Kamil", "Thohir", "Lahadalia", "Hartarto", "Mahendra", "Rakabuming", "Pangarep",
    "Nasution", "Zon", "Hamzah", "Iskandar", "Karnavian", "Prabowo", "Perkasa", "Margono",
    "Sadikin", "Tjahaja", "Uno", "Bakrie", "Jatmiko", "Laoly", "Monoarfa", "Sumadi", "Arifin",
    "Fachrudin", "Syahputra", "Ramadhan", "Firdaus", "Hakim", "Rahman", "Yusuf", "Anwar",
    "Kusnadi", "Supriadi", "Suhendra", "Haryadi", "Sumarno", "Sudrajat", "Sukmana", "Suherman",
    "Riyadi", "Darmawan", "Cahyono", "Wicaksono", "Adiputra", "Sanjaya", "Saputro", "Wardhana",
    "Kusuma", "Suryono", "Wahyudi", "Purwanto", "Sutrisno", "Hartono", "Soebroto", "Sasongko",
    "Witjaksono", "Rosyid", "Fauzan", "Mubarok", "Ardiansyah", "Rizal", "Koster", "Pastika",
    "Suarjana", "Mertayasa", "Widjojo", "Djojohadikusumo", "Mangkusubroto", "Kartasasmita",
    "Suparno", "Ginandjar", "Wirajuda", "Natalegawa", "Ardianto", "Alfian", "Ginting", "Ferdinand",
)
LAST_NAMES_FEMALE_HAND = (
    "Mulyani", "Indrawati", "Marsudi", "Maharani", "Rismaharini", "Wahyuningsih", "Kurniasih",
    "Rahmawati", "Wulandari", "Lestari", "Handayani", "Susilowati", "Puspitasari", "Anggraeni",
    "Kusumawardani", "Parawansa", "Nurbaya", "Soekarnoputri", "Sukmawati", "Setyaningsih",
    "Ningsih", "Rahayu", "Pertiwi", "Ramadhani", "Fitriani", "Kartikasari", "Damayanti",
    "Maharani", "Permatasari", "Novianti", "Purwaningsih", "Yuliani", "Trisnawati", "Sulistyowati",
    "Indriani", "Wardhani", "Kusumaningrum", "Paramitha", "Salsabila", "Maulida",
)
LAST_NAMES_FAMILY = (
    "Siregar", "Nainggolan", "Simanjuntak", "Hutapea", "Panjaitan", "Pandjaitan", "Sitompul",
    "Hutagalung", "Lubis", "Harahap", "Pasaribu", "Simatupang", "Sihombing", "Situmorang",
    "Sinaga", "Manurung", "Tambunan", "Silalahi", "Damanik", "Purba", "Saragih", "Tarigan",
    "Sembiring", "Sitepu", "Lumban Tobing", "Marpaung", "Napitupulu", "Rajagukguk", "Pardede",
    "Simbolon", "Batubara", "Hasibuan", "Daulay", "Lumbantoruan", "Gultom", "Tampubolon",
    "Sumual", "Lumentut", "Mandagi", "Rondonuwu", "Sondakh", "Runtuwene", "Pangemanan",
    "Kalangi", "Wowor", "Pattinasarany", "Latuconsina", "Pattimura", "Tuasikal", "Leiwakabessy",
    "Sahetapy", "Matulessy", "Wenda", "Enembe", "Kogoya", "Wanimbo", "Yoman", "Rumbiak",
    "Wijaya", "Tanoesoedibjo", "Salim", "Halim", "Gozali", "Kurniadi", "Hartanto", "Tanuwidjaja",
    "Sutanto", "Lim", "Liem", "Tjandra", "Gunadi", "Widjaja", "Kalla", "Mattalitti", "Paloh",
    "Assegaf", "Alatas", "Shihab", "Baadila", "Bin Smith", "Mappangara", "Tanjung", "Chaniago",
    "Sikumbang", "Koto", "Piliang", "Datuk", "Hasan", "Amir", "Rusli", "Manoppo", "Hasjim",
)
LAST_NAMES = LAST_NAMES_MALE_HAND + LAST_NAMES_FEMALE_HAND + LAST_NAMES_FAMILY

# faker's id_ID second names from "Agustina" on are female-marked
_FAKER_FEMALE_SECOND = (
    "Agustina", "Andriani", "Anggraini", "Aryani", "Astuti", "Fujiati", "Farida", "Handayani",
    "Hassanah", "Hartati", "Hasanah", "Haryanti", "Hariyah", "Hastuti", "Halimah", "Kusmawati",
    "Kuswandari", "Laksmiwati", "Laksita", "Lestari", "Lailasari", "Mandasari", "Mardhiyah",
    "Mayasari", "Melani", "Mulyani", "Maryati", "Nurdiyanti", "Novitasari", "Nuraini", "Nasyidah",
    "Nasyiah", "Namaga", "Palastri", "Pudjiastuti", "Puspasari", "Puspita", "Purwanti", "Pratiwi",
    "Purnawati", "Pertiwi", "Permata", "Prastuti", "Padmasari", "Rahmawati", "Rahayu", "Riyanti",
    "Rahimah", "Suartini", "Sudiati", "Suryatmi", "Susanti", "Safitri", "Oktaviani", "Utami",
    "Usamah", "Usada", "Uyainah", "Yuniar", "Yuliarti", "Yulianti", "Yolanda", "Wahyuni",
    "Wijayanti", "Widiastuti", "Winarsih", "Wulandari", "Wastuti", "Zulaika",
)
_FEMALE_SECOND = frozenset(LAST_NAMES_FEMALE_HAND + _FAKER_FEMALE_SECOND)
_FAMILY = frozenset(LAST_NAMES_FAMILY + (
    "Damanik", "Dongoran", "Dabukke", "Hutasoit", "Latupono", "Mangunsong", "Manullang", "Marbun",
    "Nababan", "Samosir", "Sihotang", "Sirait", "Sitorus", "Tamba", "Tarihoran",
))
_MARGA = frozenset(LAST_NAMES_FAMILY[:36] + (
    "Dongoran", "Dabukke", "Hutasoit", "Mangunsong", "Manullang", "Marbun", "Nababan", "Samosir",
    "Sihotang", "Sirait", "Sitorus", "Tamba", "Tarihoran",
))
# given names after which the next name is the one used alone (Muhammad Rizki -> Rizki)
_PREFIX_FIRST = frozenset({"Muhammad", "Mohammad", "Ahmad", "Abdul", "Raden"})
# given names used together with the next one (Sri Mulyani, Siti Nurbaya)
_PAIRED_FIRST = frozenset({"Sri", "Siti", "Tri", "Nur"})

NAME_DROP = (
    # faker word-names that are ordinary words, nicknames or not Indonesian given names
    "Cemplunk", "Embuh", "Galak", "Gamblang", "Cagak", "Cager", "Caket", "Cawuk", "Dagel", "Jail",
    "Labuh", "Lembah", "Luluh", "Liman", "Emas", "Enteng", "Emong", "Empluk", "Eluh", "Elon",
    "Cengkal", "Cengkir", "Carub", "Capa", "Kacung", "Kajen", "Manah", "Nalar", "Nrima", "Opung",
    "Ozy", "Olga", "Paris", "Queen", "Uda", "Upik", "Umay", "Vega", "Vero", "Luis", "Kairav",
    "Kenzie", "Ciaobella", "Ophelia", "Zelaya", "Usyi", "Uchita", "Sakura", "Cemani", "Cemeti",
    "Dadap", "Gaduh", "Garang", "Luwes", "Mujur", "Ganjaran", "Lega", "Lanang", "Kenari", "Kenes",
    "Galur", "Luwar", "Lurhur", "Bancar", "Among", "Jabal", "Gada", "Ibun", "Ikin", "Opan", "Oman",
    "Okto", "Okta", "Emin", "Eja", "Ega", "Maras", "Koko", "Dodo", "Lala", "Cici", "Genta",
    "Paulin", "Janet", "Jane", "Ellis", "Tami", "Gasti", "Usamah", "Namaga", "Uwais", "Ian",
    "Oliva", "Olivia", "Michelle", "Nadine", "Karen", "Chelsea", "Rachel", "Puput", "Vicky",
    "Violet", "Victoria", "Belinda", "Betania", "Gilda", "Ilsa", "Zizi", "Tira", "Alika", "Zalindra",
    "Raden", "Tanoto", "Datuk", "Bin Smith", "Pattimura", "Permata", "Puspita", "Laksita", "Usada",
    "Utama", "Pangestu", "Bala", "Dwi", "Putu", "Ade", "Eka", "Chandra", "Candra",
)
NAME_DROP_RE: tuple[str, ...] = ()

INVENTORY: dict[str, tuple[str, ...]] = {
    "INST": (
        "Komisi Pemberantasan Korupsi", "KPK", "Dewan Perwakilan Rakyat", "DPR",
        "Majelis Permusyawaratan Rakyat", "MPR", "Dewan Perwakilan Daerah", "DPD",
        "Mahkamah Konstitusi", "MK", "Mahkamah Agung", "Bank Indonesia", "BI",
        "Otoritas Jasa Keuangan", "OJK", "Kementerian Keuangan", "Kemenkeu",
        "Kementerian Luar Negeri", "Kemlu", "Kementerian Kesehatan", "Kemenkes",
        "Kementerian Pertahanan", "Kemhan", "Kementerian Perhubungan", "Kemenhub",
        "Kementerian Agama", "Kemenag", "Kementerian Perdagangan", "Kemendag",
        "Kementerian Pertanian", "Kementan", "Kementerian Dalam Negeri", "Kemendagri",
        "Kementerian BUMN", "Kementerian ESDM", "Kementerian Sosial", "Kemensos",
        "Kementerian Pariwisata", "Kementerian Kelautan dan Perikanan", "KKP", "Polri",
        "Kepolisian Negara Republik Indonesia", "Polda Metro Jaya", "Bareskrim Polri", "TNI",
        "Tentara Nasional Indonesia", "TNI Angkatan Laut", "Kejaksaan Agung", "Kejagung",
        "Badan Pusat Statistik", "BPS", "BMKG", "Badan Nasional Penanggulangan Bencana", "BNPB",
        "Basarnas", "Badan Pengawas Obat dan Makanan", "BPOM", "Komisi Pemilihan Umum", "KPU",
        "Bawaslu", "Badan Pemeriksa Keuangan", "BPK", "BPJS Kesehatan", "Badan Narkotika Nasional",
        "BNN", "Badan Riset dan Inovasi Nasional", "BRIN", "Komnas HAM", "Ombudsman", "PSSI",
        "Komite Olimpiade Indonesia", "PBSI", "Lembaga Penjamin Simpanan", "LPS",
        "Pengadilan Negeri Jakarta Pusat", "Pengadilan Tipikor Jakarta", "Badan Intelijen Negara",
        "BIN", "Perserikatan Bangsa-Bangsa", "PBB", "ASEAN", "Dana Moneter Internasional", "IMF",
        "Bank Dunia", "Organisasi Kesehatan Dunia", "WHO", "Uni Eropa", "Bank Pembangunan Asia",
        "ADB", "FIFA", "AFC", "BWF", "Komite Olimpiade Internasional", "Palang Merah Indonesia",
        "PMI", "Komite Internasional Palang Merah", "UNICEF", "UNESCO", "NATO",
        "Dewan Keamanan PBB", "Organisasi Kerja Sama Islam", "OKI", "Nahdlatul Ulama", "PBNU",
        "Muhammadiyah", "Majelis Ulama Indonesia", "MUI", "Walhi", "Greenpeace",
        "Amnesty International", "Indonesia Corruption Watch", "ICW", "Bank Negara Malaysia",
        "Otoritas Moneter Singapura", "Bank Sentral Eropa", "The Fed", "Organisasi Perdagangan Dunia",
        "WTO", "Badan Energi Atom Internasional", "Mahkamah Pidana Internasional", "Interpol",
        "Program Pangan Dunia", "Suruhanjaya Pencegahan Rasuah Malaysia", "Kemenparekraf",
        "Badan Otorita Ibu Kota Nusantara", "Kementerian Pekerjaan Umum", "Bappenas",
    ),
    "COMPANY": (
        "Pertamina", "PT Pertamina", "PLN", "PT PLN", "Telkom Indonesia", "Telkomsel",
        "Indosat Ooredoo Hutchison", "XL Axiata", "Bank Rakyat Indonesia", "BRI", "Bank Mandiri",
        "BNI", "Bank Central Asia", "BCA", "Bank Syariah Indonesia", "Garuda Indonesia",
        "Lion Air", "Citilink", "AirAsia", "Batik Air", "Gojek", "GoTo", "Tokopedia", "Grab",
        "Shopee", "Bukalapak", "Traveloka", "Astra International", "Unilever Indonesia",
        "Indofood", "Wings Group", "Djarum", "Gudang Garam", "Sampoerna", "Freeport Indonesia",
        "Antam", "Vale Indonesia", "Adaro", "Semen Indonesia", "Kereta Api Indonesia", "KAI",
        "MRT Jakarta", "Transjakarta", "Pelni", "Angkasa Pura", "Jasa Marga", "Waskita Karya",
        "Wijaya Karya", "Perum Bulog", "Sinar Mas", "Lippo Group", "Salim Group", "Kalbe Farma",
        "Bio Farma", "Pindad", "PT PAL", "PT Dirgantara Indonesia", "Maybank", "Petronas",
        "Singapore Airlines", "Samsung", "Apple", "Toyota", "Hyundai", "BYD", "Wuling", "Tesla",
        "Microsoft", "Google", "Meta", "Nvidia", "Huawei", "Foxconn", "Nestle", "Shell",
        "ExxonMobil", "Chevron", "TotalEnergies", "Boeing", "Airbus", "PT Timah", "Bukit Asam",
        "Pupuk Indonesia", "Krakatau Steel", "Chandra Asri", "Bank Danamon", "CIMB Niaga",
        "Kereta Cepat Indonesia China", "MedcoEnergi", "Indika Energy", "Barito Pacific",
        "Mayora", "Sido Muncul", "Elang Mahkota Teknologi", "MNC Group", "Trans Corp",
        "Alfamart", "Indomaret", "Matahari", "Petronas Dagangan", "Sea Group", "ByteDance",
        "Alibaba", "Tencent", "Honda", "Yamaha", "Mitsubishi", "Nissan", "Daihatsu", "Suzuki",
    ),
    "PARTY": (
        "PDI Perjuangan", "PDI-P", "Partai Gerindra", "Gerindra", "Partai Golkar", "Golkar",
        "Partai Kebangkitan Bangsa", "PKB", "Partai Keadilan Sejahtera", "PKS", "Partai NasDem",
        "NasDem", "Partai Demokrat", "Partai Amanat Nasional", "PAN", "Partai Persatuan Pembangunan",
        "PPP", "Perindo", "Partai Solidaritas Indonesia", "PSI", "Hanura", "Partai Buruh",
        "Partai Gelora", "Partai Ummat", "Partai Hanura", "UMNO", "Pakatan Harapan", "PKR", "DAP",
        "Parti Islam Se-Malaysia", "Bersatu", "Partai Aksi Rakyat", "Fretilin", "CNRT",
        "Partai Republik", "Partai Konservatif", "Partai Buruh Inggris", "Partai Komunis China",
        "BJP", "Kongres Nasional Afrika", "Partai Liberal Demokrat", "Partai Demokrat Amerika",
    ),
    "CLUB": (
        "Persija Jakarta", "Persija", "Persib Bandung", "Persib", "Persebaya Surabaya", "Persebaya",
        "Arema FC", "PSM Makassar", "Bali United", "Borneo FC", "Madura United", "PSIS Semarang",
        "Persis Solo", "Dewa United", "Bhayangkara FC", "Persik Kediri", "Persita Tangerang",
        "PSS Sleman", "Barito Putera", "Persipura Jayapura", "Semen Padang", "PSBS Biak",
        "Malut United", "Persiraja Banda Aceh", "PSMS Medan", "Sriwijaya FC", "Persela Lamongan",
        "Johor Darul Ta'zim", "Selangor FC", "Kedah Darul Aman", "Lion City Sailors",
        "Manchester United", "Manchester City", "Real Madrid", "Barcelona", "Bayern Muenchen",
        "Juventus", "Inter Milan", "AC Milan", "Liverpool", "Arsenal", "Chelsea",
        "Paris Saint-Germain", "Borussia Dortmund", "Ajax Amsterdam", "FC Twente", "Como",
        "Al Nassr", "Buriram United", "Port FC", "Hanoi FC",
    ),
    # h = harian (newspaper), m = majalah, a = kantor berita, t = stasiun televisi,
    # o = portal berita, r = stasiun radio, l = lembaga penyiaran publik
    "MEDIA": (
        "h:Kompas", "m:Tempo", "a:Antara", "h:Republika", "h:Media Indonesia", "h:Koran Tempo",
        "h:Jawa Pos", "h:Bisnis Indonesia", "h:Kontan", "h:The Jakarta Post", "h:Suara Merdeka",
        "h:Pikiran Rakyat", "h:Tribun Timur", "h:Kedaulatan Rakyat", "h:Waspada", "h:Suara Pembaruan",
        "h:Analisa", "h:Fajar", "h:Serambi Indonesia", "m:Gatra", "m:Forum Keadilan",
        "t:Metro TV", "t:Kompas TV", "t:SCTV", "t:RCTI", "t:tvOne", "t:CNN Indonesia",
        "t:Trans7", "t:iNews", "t:Al Jazeera", "l:TVRI", "l:RRI", "l:BBC", "r:Elshinta",
        "r:Prambors", "o:detikcom", "o:Kompas.com", "o:Tirto", "o:Kumparan", "o:Katadata",
        "o:CNBC Indonesia", "o:Liputan6.com", "o:Okezone", "o:Narasi", "o:IDN Times",
        "a:Reuters", "a:AFP", "a:Associated Press", "a:Xinhua", "a:Kyodo", "a:Bernama",
        "a:Yonhap", "a:Anadolu", "h:The New York Times", "h:The Guardian", "h:Financial Times",
        "h:The Straits Times", "h:Berita Harian", "h:Utusan Malaysia", "h:South China Morning Post",
        "o:Malaysiakini",
    ),
    "UNI": (
        "Universitas Indonesia", "UI", "Universitas Gadjah Mada", "UGM", "Institut Teknologi Bandung",
        "ITB", "Institut Pertanian Bogor", "IPB", "Universitas Airlangga", "Universitas Padjadjaran",
        "Universitas Diponegoro", "Universitas Brawijaya", "Universitas Hasanuddin",
        "Universitas Sumatera Utara", "Universitas Andalas", "Universitas Udayana",
        "Universitas Sebelas Maret", "Institut Teknologi Sepuluh Nopember", "ITS",
        "Universitas Negeri Jakarta", "Universitas Islam Indonesia", "UIN Syarif Hidayatullah",
        "Universitas Trisakti", "Universitas Atma Jaya", "Universitas Bina Nusantara", "Binus",
        "Universitas Pelita Harapan", "Universitas Muhammadiyah Yogyakarta", "Universitas Cenderawasih",
        "Universitas Syiah Kuala", "Universitas Mulawarman", "Universitas Lampung",
        "Universitas Sam Ratulangi", "Universitas Pattimura", "Universitas Nusa Cendana",
        "Universitas Paramadina", "Universitas Malaya", "Universiti Kebangsaan Malaysia",
        "National University of Singapore", "Universitas Harvard", "Universitas Oxford",
        "Universitas Leiden", "Universitas Tokyo", "MIT", "Universitas Stanford",
        "Universitas Melbourne", "Australian National University", "Universitas Al-Azhar",
        "Universitas Nasional Timor Lorosae", "Universitas Tsinghua",
    ),
    "CITY": (
        "Jakarta", "Surabaya", "Bandung", "Medan", "Semarang", "Makassar", "Palembang", "Yogyakarta",
        "Denpasar", "Balikpapan", "Samarinda", "Pontianak", "Banjarmasin", "Manado", "Padang",
        "Pekanbaru", "Batam", "Bandar Lampung", "Jambi", "Bengkulu", "Banda Aceh", "Lhokseumawe",
        "Jayapura", "Sorong", "Merauke", "Timika", "Manokwari", "Ambon", "Ternate", "Kupang",
        "Mataram", "Kendari", "Palu", "Gorontalo", "Mamuju", "Tanjungpinang", "Pangkalpinang",
        "Palangkaraya", "Tarakan", "Serang", "Tangerang", "Bekasi", "Depok", "Bogor", "Cirebon",
        "Tasikmalaya", "Sukabumi", "Solo", "Magelang", "Tegal", "Pekalongan", "Malang", "Kediri",
        "Blitar", "Madiun", "Jember", "Banyuwangi", "Probolinggo", "Bukittinggi", "Pematangsiantar",
        "Parepare", "Bitung", "Labuan Bajo", "Kuala Lumpur", "Johor Bahru", "Kota Kinabalu",
        "Kuching", "Penang", "Singapura", "Dili", "Bandar Seri Begawan", "Bangkok", "Manila",
        "Hanoi", "Ho Chi Minh", "Phnom Penh", "Beijing", "Shanghai", "Tokyo", "Osaka", "Seoul",
        "New Delhi", "Mumbai", "Riyadh", "Jeddah", "Mekkah", "Madinah", "Kairo", "Istanbul",
        "Dubai", "Doha", "Teheran", "London", "Paris", "Berlin", "Amsterdam", "Den Haag", "Roma",
        "Madrid", "Moskow", "Kyiv", "Jenewa", "Brussel", "Washington", "New York", "Los Angeles",
        "Sydney", "Canberra", "Melbourne", "Perth", "Darwin", "Wellington", "Canberra",
    ),
    # "" = provinsi (Indonesian or foreign province), k = kabupaten, n = negara bagian,
    # pf = prefektur, w = wilayah (conflict or disputed areas)
    "REGION": (
        "Aceh", "Sumatera Utara", "Sumatera Barat", "Riau", "Kepulauan Riau", "Jambi",
        "Sumatera Selatan", "Bangka Belitung", "Bengkulu", "Lampung", "DKI Jakarta", "Banten",
        "Jawa Barat", "Jawa Tengah", "DI Yogyakarta", "Jawa Timur", "Bali", "Nusa Tenggara Barat",
        "Nusa Tenggara Timur", "Kalimantan Barat", "Kalimantan Tengah", "Kalimantan Selatan",
        "Kalimantan Timur", "Kalimantan Utara", "Sulawesi Utara", "Gorontalo", "Sulawesi Tengah",
        "Sulawesi Barat", "Sulawesi Selatan", "Sulawesi Tenggara", "Maluku", "Maluku Utara",
        "Papua", "Papua Barat", "Papua Barat Daya", "Papua Tengah", "Papua Pegunungan",
        "Papua Selatan", "Yunnan", "Guangdong", "Ontario",
        "k:Sleman", "k:Bantul", "k:Gunungkidul", "k:Kulon Progo", "k:Garut", "k:Cianjur",
        "k:Karawang", "k:Sidoarjo", "k:Gresik", "k:Lamongan", "k:Klaten", "k:Boyolali",
        "k:Wonosobo", "k:Banjarnegara", "k:Kutai Kartanegara", "k:Mimika", "k:Nias", "k:Toba",
        "k:Karo", "k:Agam", "k:Badung", "k:Gianyar", "k:Lombok Tengah", "k:Manggarai Barat",
        "k:Sikka", "k:Halmahera Tengah", "k:Morowali", "k:Konawe", "k:Bone", "k:Gowa", "k:Maros",
        "k:Pidie", "k:Aceh Besar", "k:Purwakarta", "k:Indramayu", "k:Pandeglang", "k:Lebak",
        "k:Temanggung", "k:Pacitan", "k:Lumajang", "k:Sumenep", "k:Flores Timur", "k:Nduga",
        "n:Sabah", "n:Sarawak", "n:Johor", "n:Selangor", "n:Kelantan", "n:California", "n:Texas",
        "n:Florida", "n:Queensland", "n:Australia Barat", "n:Rakhine", "n:Bavaria",
        "pf:Okinawa", "pf:Hokkaido", "pf:Fukushima",
        "w:Jalur Gaza", "w:Tepi Barat", "w:Kashmir", "w:Krimea", "w:Donbas", "w:Xinjiang",
        "w:Mindanao",
    ),
    # rivers, lakes, straits and seas: templates use them where any water fits
    "GEO": (
        "Sungai Musi", "Sungai Kapuas", "Sungai Mahakam", "Bengawan Solo", "Sungai Ciliwung",
        "Sungai Citarum", "Sungai Brantas", "Sungai Barito", "Sungai Batanghari", "Sungai Siak",
        "Danau Toba", "Danau Sentani", "Danau Singkarak", "Danau Poso", "Danau Maninjau",
        "Danau Batur", "Danau Tempe", "Laut Jawa", "Laut China Selatan", "Laut Natuna Utara",
        "Laut Banda", "Laut Arafura", "Laut Sulawesi", "Laut Flores", "Laut Maluku", "Selat Sunda",
        "Selat Malaka", "Selat Bali", "Selat Lombok", "Selat Makassar", "Teluk Jakarta",
        "Teluk Bone", "Samudra Hindia", "Samudra Pasifik", "Sungai Mekong", "Sungai Nil",
        "Sungai Amazon", "Sungai Yangtze", "Laut Merah", "Laut Mediterania", "Teluk Persia",
        "Selat Hormuz", "Sungai Thames", "Laut Hitam", "Selat Singapura", "Laut Timor",
    ),
    # tourist, natural and heritage sites (places one visits)
    "SITE": (
        "Gunung Merapi", "Gunung Semeru", "Gunung Bromo", "Gunung Rinjani", "Gunung Agung",
        "Gunung Sinabung", "Gunung Kerinci", "Gunung Ruang", "Puncak Jaya", "Candi Borobudur",
        "Candi Prambanan", "Taman Nasional Komodo", "Taman Nasional Ujung Kulon",
        "Taman Nasional Lorentz", "Taman Nasional Gunung Leuser", "Raja Ampat", "Pulau Komodo",
        "Monumen Nasional", "Monas", "Kebun Raya Bogor", "Taman Mini Indonesia Indah",
        "Kepulauan Seribu", "Tanah Lot", "Kawah Ijen", "Dataran Tinggi Dieng", "Pantai Kuta",
        "Lembah Baliem", "Pulau Derawan", "Wakatobi", "Bukit Tinggi Lawang", "Pulau Weh",
        "Keraton Yogyakarta", "Masjid Istiqlal", "Kota Tua Jakarta", "Danau Kelimutu",
        "Menara Eiffel", "Gunung Fuji", "Gunung Everest", "Tembok Besar China", "Angkor Wat",
        "Menara Petronas", "Marina Bay", "Gili Trawangan", "Nusa Penida", "Tana Toraja",
    ),
    # nationality: Indonesian uses the country name after a noun of persons (warga negara Jepang)
    "NAT": (
        "Indonesia", "Malaysia", "Singapura", "Jepang", "China", "Korea Selatan", "Amerika",
        "Amerika Serikat", "Australia", "Belanda", "Inggris", "Prancis", "Jerman", "Rusia",
        "India", "Arab Saudi", "Timor Leste", "Filipina", "Thailand", "Vietnam", "Brasil",
        "Italia", "Spanyol", "Turki", "Palestina", "Myanmar", "Argentina", "Portugal",
        "Korea Utara", "Iran", "Ukraina", "Kanada", "Meksiko", "Selandia Baru", "Nigeria",
        "Pakistan", "Bangladesh", "Kamboja", "Taiwan", "Mesir", "Swedia", "Norwegia", "Denmark",
        "Afrika Selatan", "Papua Nugini", "Brunei",
    ),
    "TOURNEY": (
        "Piala Dunia", "Piala Asia", "Piala AFF", "SEA Games", "Asian Games", "Olimpiade",
        "Paralimpiade", "Liga Champions", "Liga Champions Asia", "Indonesia Open",
        "Indonesia Masters", "Piala Thomas", "Piala Uber", "Piala Sudirman", "All England",
        "Kejuaraan Dunia Bulu Tangkis", "Pekan Olahraga Nasional", "PON", "Piala Presiden",
        "Tour de France", "Wimbledon", "Jakarta Marathon", "Borobudur Marathon", "Piala Asia U-23",
        "Kualifikasi Piala Dunia", "MotoGP Mandalika", "Grand Prix Formula 1", "Tour de Singkarak",
        "Piala Eropa", "Copa America", "Piala Asia Wanita", "Piala Dunia Antarklub",
        "Malaysia Open", "Singapore Open", "Kejuaraan Asia", "Islamic Solidarity Games",
    ),
    "FEST": (
        "Java Jazz Festival", "Jakarta Fair", "Pekan Raya Jakarta", "Festival Danau Toba",
        "Festival Film Indonesia", "Dieng Culture Festival", "Jember Fashion Carnaval",
        "Pesta Kesenian Bali", "Ubud Writers and Readers Festival", "Sekaten",
        "Indonesia International Motor Show", "Jakarta Fashion Week", "Festival Bau Nyale",
        "Festival Tabuik", "Festival Lembah Baliem", "Festival Film Cannes", "Festival Film Berlin",
        "Jogja-NETPAC Asian Film Festival", "Prambanan Jazz", "Synchronize Fest",
        "Soundrenaline", "We The Fest", "Festival Kesenian Yogyakarta", "Festival Sriwijaya",
        "Solo International Performing Arts", "Festival Erau", "Festival Krakatau",
        "Biennale Jogja", "Art Jakarta", "Indonesia Fashion Week", "Frankfurt Book Fair",
        "Anugerah Musik Indonesia", "Piala Citra",
    ),
    # a = aplikasi, p = ponsel, v = mobil, s = sepeda motor
    "PRODUCT": (
        "a:WhatsApp", "a:TikTok", "a:Instagram", "a:ChatGPT", "a:GoPay", "a:OVO", "a:DANA",
        "a:ShopeePay", "a:Gojek", "a:Grab", "a:Zoom", "a:Spotify", "a:Netflix", "a:Telegram",
        "a:PeduliLindungi", "a:SatuSehat Mobile", "a:Mobile JKN", "a:BRImo", "a:Livin' by Mandiri",
        "p:iPhone 16", "p:Galaxy S24", "p:Galaxy A55", "p:Redmi Note 13", "p:Oppo Reno",
        "p:Vivo V30", "p:Infinix Hot", "p:Pixel 9", "p:iPhone 15",
        "v:Toyota Avanza", "v:Daihatsu Xenia", "v:Toyota Innova", "v:Mitsubishi Xpander",
        "v:Wuling Air ev", "v:Hyundai Ioniq 5", "v:BYD Seal", "v:Honda Brio", "v:Toyota Fortuner",
        "v:Maung", "v:Esemka Bima", "s:Honda Beat", "s:Yamaha NMAX", "s:Honda Vario",
        "s:Yamaha Aerox", "s:Honda Scoopy", "s:Gesits",
    ),
    # f = film, b = novel / buku, s = lagu
    "WORK": (
        "b:Laskar Pelangi", "b:Bumi Manusia", "b:Ayat-Ayat Cinta", "b:Negeri 5 Menara",
        "b:Ronggeng Dukuh Paruk", "b:Cantik Itu Luka", "b:Gadis Kretek", "b:Siti Nurbaya",
        "b:Layar Terkembang", "b:Tenggelamnya Kapal Van der Wijck", "b:Perahu Kertas",
        "b:Supernova", "b:Pulang", "b:Laut Bercerita", "b:Sang Pemimpi", "b:Anak Semua Bangsa",
        "b:Rumah Kaca", "b:Orang-Orang Bloomington", "b:Lelaki Harimau", "b:Saman",
        "b:Dilan", "b:Harry Potter", "b:Max Havelaar",
        "f:Pengabdi Setan", "f:KKN di Desa Penari", "f:Gundala", "f:The Raid",
        "f:Marlina si Pembunuh dalam Empat Babak", "f:Agak Laen", "f:Habibie & Ainun",
        "f:Yuni", "f:Autobiography", "f:Miracle in Cell No. 7", "f:Jumbo", "f:Oppenheimer",
        "f:Parasite", "f:Siksa Kubur", "f:Kucumbu Tubuh Indahku",
        "f:Sejuta Sayang Untuknya", "f:Ipar Adalah Maut",
        "s:Bengawan Solo", "s:Indonesia Raya", "s:Rayuan Pulau Kelapa", "s:Halo-Halo Bandung",
        "s:Tanah Airku", "s:Kopi Dangdut", "s:Gebyar-Gebyar", "s:Rungkad", "s:Bermuda Love",
        "s:Kangen", "s:Sempurna", "s:Cinta Luar Biasa",
    ),
    "LANG": (
        "Indonesia", "Inggris", "Jawa", "Sunda", "Melayu", "Mandarin", "Arab", "Jepang", "Korea",
        "Belanda", "Prancis", "Jerman", "Spanyol", "Tetun", "Bali", "Minang", "Batak", "Bugis",
        "Madura", "Betawi", "Aceh", "Tamil", "Hindi", "Rusia", "Portugis", "Latin", "Tagalog",
        "Thai", "Vietnam", "Makassar", "Sasak", "Banjar", "Dayak", "Isyarat Indonesia",
    ),
}

# iso-codes names that the press writes otherwise, and non-countries dropped
COUNTRY_KEEP_UNTRANSLATED = True
COUNTRY_FIX = {
    "Cina": "China",
    "Britania Raya": "Inggris",
    "Federasi Rusia": "Rusia",
    "Negara Palestina": "Palestina",
    "Timor Timur": "Timor Leste",
    "Perancis": "Prancis",
    "Guyana Perancis": "Guyana Prancis",
    "Polinesia Perancis": "Polinesia Prancis",
    "Czechia": "Ceko",
    "Republik Demokrat Congo": "Republik Demokratik Kongo",
    "Congo": "Kongo",
    "Federasi Negara-negara Micronesia": "Mikronesia",
    "Kirgizstan": "Kirgistan",
    "Macao": "Makau",
    "Brunei Darussalam": "Brunei",
    "Kepulauan Christmas": "Pulau Christmas",
    "Antartika": "",
    "Pulau Bouvet": "",
    "Kepulauan Åland": "",
    "Samoa Amerika": "",
    "Pitcairn": "",
    "Tokelau": "",
    "Kepulauan Cocos (Keeling)": "",
    "Svalbard dan Jan Mayen": "",
    "Saint Pierre dan Miquelon": "",
    "Wallis dan Futuna": "",
}
COUNTRY_GENDER: dict[str, str] = {}
COUNTRY_GENDER_RULES: list[tuple[str, str]] = []
COUNTRY_FALLBACK = (
    "Indonesia", "Malaysia", "Singapura", "Brunei", "Timor Leste", "Filipina", "Thailand",
    "Vietnam", "Kamboja", "Laos", "Myanmar", "Papua Nugini", "Australia", "Selandia Baru",
    "Jepang", "China", "Tiongkok", "Korea Selatan", "Korea Utara", "Taiwan", "India", "Pakistan",
    "Bangladesh", "Arab Saudi", "Uni Emirat Arab", "Qatar", "Iran", "Irak", "Turki", "Mesir",
    "Palestina", "Israel", "Yordania", "Suriah", "Lebanon", "Yaman", "Amerika Serikat", "Kanada",
    "Meksiko", "Brasil", "Argentina", "Inggris", "Britania Raya", "Prancis", "Jerman", "Belanda",
    "Belgia", "Spanyol", "Portugal", "Italia", "Swiss", "Austria", "Swedia", "Norwegia",
    "Denmark", "Finlandia", "Polandia", "Rusia", "Ukraina", "Yunani", "Afrika Selatan",
    "Nigeria", "Kenya", "Maroko", "Aljazair", "Vatikan", "Ceko", "Skotlandia",
)
REGION_GENDER: dict[str, str] = {}
COMPANY_GENDER_RULES: list[tuple[str, str]] = []

CASES: dict[str, dict[str, str]] = {}
ATTRS = {
    # the common noun before a region: "Provinsi Jawa Barat", "Kabupaten Sleman", "negara bagian Sabah"
    "unit": {"": "Provinsi", "k": "Kabupaten", "n": "negara bagian", "pf": "Prefektur", "w": "wilayah"},
    # the head of the region's government: "Gubernur Jawa Barat", "Bupati Sleman"
    "head": {"": "Gubernur", "k": "Bupati", "n": "Gubernur", "pf": "Gubernur", "w": "pemimpin"},
    # "harian Kompas", "kantor berita Antara", "stasiun televisi Metro TV"
    "kind": {
        "": "harian", "h": "harian", "m": "majalah", "a": "kantor berita", "t": "stasiun televisi",
        "o": "portal berita", "r": "radio", "l": "lembaga penyiaran publik",
    },
    # works: "film Pengabdi Setan", "novel Laskar Pelangi", "lagu Bengawan Solo"
    "type": {"": "karya", "f": "film", "b": "novel", "s": "lagu"},
    # products: "aplikasi WhatsApp", "ponsel Galaxy S24", "mobil Toyota Avanza", "sepeda motor Honda Beat"
    "ptype": {"": "produk", "a": "aplikasi", "p": "ponsel", "v": "mobil", "s": "sepeda motor"},
    # "telah diunduh lebih dari 500 kali" / "telah terjual lebih dari 500 unit"
    "sold": {"": "terjual", "a": "diunduh"},
    "count": {"": "unit", "a": "kali"},
    # the people who make or use a work or product: "penonton film", "pembaca novel", "pendengar lagu"
    "fans": {"": "penikmat", "f": "penonton", "b": "pembaca", "s": "pendengar"},
}
CONTRACTIONS: dict[tuple[str, str], str] = {}

DAYS = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")
MONTHS = (
    "Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September",
    "Oktober", "November", "Desember",
)
# counts ({CNT}) two to eleven as words ("dua belas" would be two tokens), else digits
NUMBER_WORDS = ("dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan", "sepuluh", "sebelas")
DECIMAL_SEP, THOUSANDS_SEP, SCORE_SEP = ",", ".", "-"

_SECOND_CACHE: dict[int, tuple[list[str], list[str], list[str]]] = {}


def _second_names(last_names):
    """(the list itself, names a man may carry, female-marked or family names) for one split's pool."""
    key = id(last_names)
    hit = _SECOND_CACHE.get(key)
    if hit is None or hit[0] is not last_names:
        male = [s for s in last_names if s not in _FEMALE_SECOND]
        female = [s for s in last_names if s in _FEMALE_SECOND or s in _FAMILY]
        hit = (last_names, male or list(last_names), female or list(last_names))
        _SECOND_CACHE[key] = hit
    return hit[1], hit[2]


def name_parts(first, g, last_names, rng):
    """One name (Sutrisno), two (Budi Santoso) or three (Sri Mulyani Indrawati); the second part
    agrees with the sex; the name used alone is the given name (Budi), the one after Muhammad
    (Rizki), the pair with Sri/Siti (Sri Mulyani) or, for Batak clan names, at times the clan name."""
    if first in _PAIRED_FIRST and g != "f":
        g = "f"
    male, female = _second_names(last_names)
    if g == "m" and first not in _PREFIX_FIRST and first not in _PAIRED_FIRST and rng.random() < 0.14:
        return first, "", first  # a single name: Person.text keeps a trailing space, surfaces split it off
    pool = male if g == "m" else (female if rng.random() < 0.7 else last_names)
    last = rng.choice(pool)
    for _ in range(5):
        if last != first:
            break
        last = rng.choice(pool)
    middle = None
    if rng.random() < 0.25 or first in _PAIRED_FIRST or first in _PREFIX_FIRST:
        cand = rng.choice(male if g == "m" else female)
        if cand not in (first, last) and cand not in _FAMILY:
            middle = cand
    full = f"{middle} {last}" if middle else last
    if first in _PAIRED_FIRST:
        short = f"{first} {middle}" if middle else last
    elif first in _PREFIX_FIRST:
        short = middle or last
    elif last in _MARGA and rng.random() < 0.5:
        short = last
    else:
        short = first
    return first, full, short


def genitive(name):
    return name


TEMPLATES = (
    # --- politik dan pemerintahan
    "Presiden {PER} menerima kunjungan Perdana Menteri {COUNTRY} , {PER#2} , di {CITY} pada {DAY} untuk membahas kerja sama perdagangan dan investasi .",
    "{PER} resmi dilantik sebagai {REGION.head} {REGION} dalam upacara yang digelar di {CITY} , {DAY} .",
    "Ketua Umum {PARTY} , {PER} , menyatakan partainya siap mengusung {PER#2} sebagai calon presiden dalam pemilihan umum mendatang .",
    "Wakil Presiden {PER} meninjau lokasi banjir di {CITY} dan memastikan bantuan logistik sudah tersalurkan kepada warga .",
    "Menteri Luar Negeri {PER} bertemu dengan mitranya dari {COUNTRY} , {PER#2} , di sela-sela konferensi internasional di {CITY} .",
    "{COUNTRY} dan {COUNTRY#2} sepakat meningkatkan kerja sama di bidang energi , pertahanan , dan pendidikan .",
    "Pihak kedutaan besar {COUNTRY} di {CITY} mengimbau warganya untuk menjauhi lokasi unjuk rasa hingga situasi kembali kondusif .",
    "{PER} , politikus {PARTY} , menilai kebijakan itu terburu-buru dan kurang melibatkan masyarakat .",
    "Pemerintah {COUNTRY} menarik duta besarnya dari {COUNTRY#2} menyusul memanasnya hubungan kedua negara .",
    "Presiden {COUNTRY} , {PER} , dijadwalkan melakukan kunjungan kenegaraan ke {CITY} pekan depan .",
    "Dalam pidatonya di hadapan para diplomat , {PER} menegaskan bahwa {COUNTRY} tetap menganut politik luar negeri bebas aktif .",
    "Hubungan {COUNTRY} dan {COUNTRY#2} memanas setelah sebuah kapal nelayan berbendera {NAT} ditangkap di perairan {GEO} .",
    "{PARTY} dan {PARTY#2} resmi membentuk koalisi menjelang pemilihan kepala daerah di {REGION} .",
    "Sekretaris Jenderal {PARTY} , {PER} , membantah kabar bahwa partainya akan keluar dari koalisi pemerintah .",
    "Ribuan mahasiswa dari {UNI} dan {UNI#2} berunjuk rasa di depan gedung parlemen di {CITY} , menolak revisi undang-undang yang dinilai melemahkan pemberantasan korupsi .",
    "Mantan Presiden {PER} meninggal dunia di {CITY} dalam usia {AGE} tahun .",
    "Perdana Menteri {PER} mengumumkan perombakan kabinet , termasuk mengganti menteri keuangan dan menteri pertahanan .",
    "Duta Besar {COUNTRY} untuk {COUNTRY#2} , {PER} , menyerahkan surat kepercayaan kepada Presiden {PER#2} di {CITY} .",
    "{PER} dan {PER#2} bersaing ketat dalam hitung cepat pemilihan {REGION.head} {REGION} .",
    "Dalam wawancara dengan {MEDIA} , {PER} mengungkapkan rencananya untuk maju dalam pemilihan {REGION.head} {REGION} .",
    "{PARTY} menolak rencana kenaikan pajak pertambahan nilai dan meminta pemerintah mengkaji ulang kebijakan tersebut .",
    "Wali Kota {CITY} , {PER} , meresmikan pasar rakyat yang direnovasi dengan anggaran Rp {NUM} miliar .",
    "Pemilihan kepala daerah di {REGION.unit} {REGION} diwarnai dugaan politik uang , menurut temuan {INST} .",
    "Sejak pagi , warga antre untuk bertemu {PER?Pak|Bu} {PER:last} , calon bupati yang dikenal dekat dengan petani .",
    "{REGION.head} {REGION} , {PER} , meminta seluruh kepala dinas mempercepat penyerapan anggaran sebelum akhir tahun .",
    "{PER} terpilih jadi ketua umum {PARTY}",
    "{PER} mundur dari jabatannya .",
    "{COUNTRY} umumkan masa berkabung nasional selama tiga hari",
    "Siapa yang akan menggantikan {PER} sebagai ketua umum {PARTY} ?",
    "{PER} , yang pernah menjabat sebagai duta besar untuk {COUNTRY} , kini dipercaya memimpin {INST} .",
    "Koalisi pendukung pemerintah kini menguasai lebih dari dua pertiga kursi di parlemen setelah {PARTY} memutuskan bergabung .",
    # --- diplomasi dan dunia
    "Serangan udara di pinggiran {CITY} menewaskan sedikitnya {CNT} warga sipil , termasuk anak-anak , kata pejabat setempat .",
    "{INST} mendesak {COUNTRY} dan {COUNTRY#2} untuk segera melakukan gencatan senjata dan membuka akses bantuan kemanusiaan .",
    "Ribuan pengungsi dari {REGION.unit} {REGION} menyeberang ke {COUNTRY} dalam sepekan terakhir , menurut data {INST} .",
    "Kapal yang membawa bantuan kemanusiaan dari {COUNTRY} tiba di {CITY} setelah berlayar selama {NUM} hari .",
    "Sebanyak {CNT} warga negara {NAT} dideportasi karena menyalahgunakan izin tinggal di {REGION} .",
    "{INST} menyalurkan bantuan senilai Rp {NUM} miliar untuk warga {COUNTRY} yang terdampak gempa .",
    "Perundingan antara {COUNTRY} dan {COUNTRY#2} mengenai batas wilayah di {GEO} kembali menemui jalan buntu .",
    # --- ekonomi dan bisnis
    "{INST} memperkirakan pertumbuhan ekonomi {COUNTRY} tahun ini berada di kisaran {DEC} persen .",
    "Saham {COMPANY} ditutup menguat {DEC} persen pada perdagangan {DAY} setelah perusahaan itu mengumumkan laba bersih yang melampaui ekspektasi analis .",
    "{COMPANY} membukukan laba bersih Rp {NUM} triliun sepanjang {YEAR} , naik {DEC} persen dibandingkan tahun sebelumnya .",
    "Direktur Utama {COMPANY} , {PER} , mengatakan perseroan akan membangun pabrik baru di {CITY} dengan nilai investasi sekitar Rp {NUM} triliun .",
    "{COMPANY} resmi mengakuisisi {COMPANY#2} dalam transaksi senilai Rp {NUM} triliun .",
    "Harga beras di sejumlah pasar tradisional di {CITY} naik menjadi Rp [13.500|14.200|15.000|16.800] per kilogram dalam sepekan terakhir .",
    "Data {INST} menunjukkan nilai ekspor {COUNTRY} ke {COUNTRY#2} pada {MONTH} mencapai {DEC} miliar dolar .",
    "{COMPANY} berencana melepas {NUM} persen sahamnya kepada publik melalui penawaran umum perdana pada semester kedua .",
    "{COMPANY} dan {COMPANY#2} menandatangani nota kesepahaman untuk membangun pabrik baterai kendaraan listrik di {REGION} .",
    "{PER} , ekonom dari {UNI} , memperkirakan inflasi tetap terkendali hingga akhir tahun .",
    "Investor {NAT} menguasai sebagian besar saham {COMPANY} setelah transaksi senilai Rp {NUM} triliun rampung bulan lalu .",
    "{COMPANY} , yang berkantor pusat di {CITY} , memangkas {NUM} persen tenaga kerjanya akibat lesunya permintaan .",
    "{MEDIA} melaporkan bahwa {COMPANY} tengah bernegosiasi untuk membeli sebagian saham {COMPANY#2} .",
    "{PER} , pendiri {COMPANY} , kini tercatat sebagai salah satu orang terkaya di {COUNTRY} .",
    "Ekspor batu bara {COUNTRY} ke {COUNTRY#2} turun {DEC} persen pada kuartal pertama , menurut data {INST} .",
    "{COMPANY} meluncurkan versi terbaru {PRODUCT.ptype} {PRODUCT} di {CITY} , {DAY} .",
    "Sejak diluncurkan pada {MONTH} , {PRODUCT.ptype} {PRODUCT} telah {PRODUCT.sold} lebih dari {BIG} {PRODUCT.count} di {COUNTRY} .",
    "Pengguna {PRODUCT.ptype} {PRODUCT} mengeluhkan sejumlah masalah sejak pekan lalu , dan perusahaan berjanji segera melakukan perbaikan .",
    "{PRODUCT} menjadi {PRODUCT.ptype} paling populer di {COUNTRY} sepanjang semester pertama , menurut survei sebuah lembaga riset .",
    "Kantor cabang {COMPANY} di {CITY} ditutup sementara setelah sejumlah karyawan dilaporkan sakit .",
    "Perusahaan rintisan asal {CITY} itu memperoleh pendanaan baru dari {COMPANY} dan sejumlah investor {NAT} .",
    # --- olahraga
    "{CLUB} menaklukkan {CLUB#2} dengan skor {SCORE} dalam laga lanjutan liga di {CITY} , {DAY} malam .",
    "Gol tunggal {PER} pada menit {NUM} memastikan kemenangan {CLUB} atas tamunya , {CLUB#2} .",
    "Pelatih {CLUB} , {PER} , mengaku puas dengan penampilan anak asuhnya meski hanya bermain imbang melawan {CLUB#2} .",
    "{PER} resmi bergabung dengan {CLUB} setelah menandatangani kontrak berdurasi [dua|tiga|empat] tahun .",
    "Tim nasional {COUNTRY} memastikan tempat di {TOURNEY} setelah menundukkan {COUNTRY#2} {SCORE} dalam laga penentuan .",
    "Pebulu tangkis {NAT} , {PER} , melaju ke final {TOURNEY} setelah mengalahkan unggulan pertama asal {COUNTRY} .",
    "Pasangan {PER} / {PER#2} harus mengakui keunggulan wakil {COUNTRY} dalam laga semifinal {TOURNEY} di {CITY} .",
    "{PER} mengharumkan nama {COUNTRY} setelah meraih gelar juara di ajang {TOURNEY} .",
    "{COUNTRY} terpilih sebagai tuan rumah {TOURNEY} , mengalahkan {COUNTRY#2} dalam pemungutan suara di {CITY} .",
    "Suporter {CLUB} memadati stadion sejak sore untuk menyaksikan laga melawan {CLUB#2} .",
    "{PER} mencetak dua gol dan membawa {CLUB} menjauh dari zona degradasi .",
    "Manajemen {CLUB} memecat pelatih kepala setelah rentetan hasil buruk di awal musim .",
    "Pelatih berkebangsaan {NAT} , {PER} , resmi ditunjuk menangani {CLUB} hingga akhir musim .",
    "Pembalap {NAT} {PER} finis di posisi [kedua|ketiga|keempat] pada balapan di {CITY} , {DAY} .",
    "Atlet lari {PER} memecahkan rekor nasional nomor 100 meter dalam kejuaraan di {CITY} .",
    "{CLUB} tekuk {CLUB#2} {SCORE}",
    "{CLUB} memastikan gelar juara liga musim ini .",
    "Setelah tertinggal lebih dulu lewat gol {PER} , {CLUB} bangkit dan berbalik unggul berkat dua gol {PER#2} , sehingga laga di {CITY} berakhir {SCORE} untuk kemenangan tuan rumah .",
    '" Kami datang ke sini untuk menang , bukan sekadar bertahan , " kata pelatih {CLUB} , {PER} , menjelang laga kontra {CLUB#2} .',
    "Tim {COUNTRY} menargetkan hasil terbaik pada {TOURNEY} yang akan digelar di {CITY} .",
    "Tiket {EVENT} ludes terjual hanya dalam hitungan jam .",
    # --- budaya, hiburan, bahasa
    '{WORK.type} " {WORK} " karya {PER} akan diterjemahkan ke dalam bahasa {LANG} dan {LANG#2} .',
    "{WORK.type} {WORK} , yang digarap {PER} , menarik lebih dari {BIG} {WORK.fans} dalam sepekan .",
    "{FEST} tahun ini menghadirkan [puluhan|ratusan] pengisi acara dari dalam dan luar negeri .",
    "Ribuan pengunjung memadati {FEST} di {CITY} pada akhir pekan .",
    "Penyanyi {PER} akan tampil dalam {FEST} bersama sejumlah musisi dari {COUNTRY} .",
    "Seniman {PER} , yang dikenal lewat {WORK.type} {WORK} , meninggal dunia di {CITY} dalam usia {AGE} tahun .",
    "Kursus bahasa {LANG} semakin diminati pelajar di {CITY} seiring terbukanya peluang kerja di {COUNTRY} .",
    "Museum di {CITY} memamerkan koleksi naskah kuno berbahasa {LANG} yang berusia ratusan tahun .",
    "Aplikasi penerjemah itu kini mendukung bahasa {LANG} , {LANG#2} , dan {LANG#3} .",
    "{PER} , yang lahir di {CITY} pada [1958|1963|1971|1976|1982|1990] , mulai menulis dalam bahasa {LANG} sejak masih duduk di bangku sekolah menengah .",
    "Ratusan seniman dari {COUNTRY} dan {COUNTRY#2} ambil bagian dalam {FEST} yang berlangsung hingga {DAY} .",
    "Panitia {EVENT} memastikan acara tetap digelar sesuai jadwal meski cuaca buruk melanda {CITY} .",
    "Jumlah wisatawan {NAT} yang berlibur ke {REGION} meningkat tajam sejak dibukanya penerbangan langsung dari {CITY} .",
    "Pengelola {SITE} membatasi jumlah pengunjung menjadi {BIG} orang per hari untuk menjaga kelestarian kawasan .",
    "Sebanyak {CNT} wisatawan asal {COUNTRY} terjebak di kawasan {SITE} akibat cuaca buruk sebelum akhirnya dievakuasi petugas .",
    '{WORK.type} " {WORK} " kembali populer di media sosial setelah dibawakan ulang oleh {PER} .',
    "Sejumlah pebulu tangkis {NAT} memilih absen dari {TOURNEY} demi memulihkan kondisi fisik menjelang musim baru .",
    "Para penggemar rela mengantre sejak subuh demi mendapatkan tiket {EVENT} , yang tahun ini digelar lebih lama dari biasanya .",
    "Penjualan tiket {FEST} dibuka mulai pekan depan melalui situs resmi panitia .",
    "Relawan di kamp pengungsian mengajarkan bahasa {LANG} kepada anak-anak yang baru tiba dari daerah konflik .",
    "Buku panduan wisata kini tersedia dalam bahasa {LANG} dan {LANG#2} untuk memudahkan turis {NAT} .",
    "{WORK.type} {WORK} masuk daftar karya yang paling banyak dibicarakan warganet sepanjang tahun ini .",
    "Versi terbaru {PRODUCT.ptype} {PRODUCT} dijadwalkan hadir di pasar dalam negeri pada kuartal ketiga .",
    "Komunitas pencinta seni di {CITY} menggelar diskusi tentang {WORK.type} {WORK} yang kembali ramai diperbincangkan .",
    # --- sains, pendidikan, kesehatan
    "Tim peneliti {UNI} menemukan spesies ikan baru di perairan {GEO} .",
    "{INST} melaporkan {CNT} kasus baru demam berdarah di {CITY} sepanjang pekan lalu .",
    "{INST} mengimbau masyarakat untuk segera mendapatkan vaksinasi menjelang musim libur panjang .",
    "Rumah sakit di {CITY} kewalahan menangani lonjakan pasien infeksi saluran pernapasan , kata {PER} , kepala dinas kesehatan setempat .",
    "{UNI} membuka program studi kecerdasan buatan mulai tahun ajaran {YEAR} .",
    "Rektor {UNI} , {PER} , mengatakan kampusnya akan menambah kuota penerimaan mahasiswa dari daerah tertinggal .",
    "Sebuah penelitian bersama {UNI} dan {UNI#2} mengungkapkan bahwa permukaan tanah di {CITY} turun hingga {NUM} sentimeter per tahun .",
    "{PER} , dosen {UNI} , menilai kebijakan tersebut belum menyentuh akar persoalan .",
    "Tim dokter dari {UNI} berhasil melakukan operasi pemisahan bayi kembar siam di {CITY} .",
    "Satelit milik {COMPANY} berhasil diluncurkan dan akan memperkuat jaringan internet di {REGION} serta pulau-pulau terluar .",
    "Mahasiswa {UNI} meraih juara pertama dalam kompetisi robotika internasional di {CITY} , mengungguli tim dari {COUNTRY} dan {COUNTRY#2} .",
    # --- bencana dan cuaca
    "Gempa bermagnitudo [4,2|4,7|5,1|5,4|5,8|6,1|6,4] mengguncang {REGION} pada {DAY} dini hari , namun tidak berpotensi tsunami , menurut badan geofisika setempat .",
    "Kebakaran hutan dan lahan di {REGION} menyebabkan kabut asap menyelimuti {CITY} hingga ke {COUNTRY} .",
    "{INST} memperingatkan potensi cuaca ekstrem di sebagian besar wilayah {REGION} dalam tiga hari ke depan .",
    "Tanah longsor menimbun {CNT} rumah di sebuah desa di {REGION.unit} {REGION} setelah hujan deras mengguyur sejak sore .",
    "Bandara di {CITY} ditutup sementara akibat abu vulkanik dari letusan gunung api di {REGION} .",
    "{CNT} orang dilaporkan hilang setelah banjir bandang menerjang sejumlah desa di {REGION} , kata {INST} .",
    "Warga yang tinggal di sekitar {GEO} diminta waspada terhadap gelombang tinggi yang diperkirakan terjadi hingga {DAY} .",
    "Gempa [4,2|4,7|5,1|5,4|5,8|6,1|6,4] magnitudo guncang {REGION}",
    # --- hukum dan kriminal
    "Penyidik menetapkan {PER} , pejabat di lingkungan {INST} , sebagai tersangka kasus dugaan korupsi pengadaan barang senilai Rp {NUM} miliar .",
    "Majelis hakim di {CITY} menjatuhkan vonis [lima|tujuh|sepuluh] tahun penjara kepada {PER} dalam kasus penipuan investasi .",
    "Kuasa hukum {PER} , {PER#2} , menyatakan kliennya akan mengajukan banding atas putusan tersebut .",
    "Polisi menangkap {CNT} orang yang diduga terlibat jaringan narkoba internasional di {CITY} , termasuk dua warga negara {NAT} .",
    "{PER} ( {AGE} ) , warga {CITY} , diamankan polisi karena diduga menipu puluhan calon jemaah umrah .",
    "{INST} memeriksa {PER} sebagai saksi dalam kasus dugaan suap yang melibatkan sejumlah pejabat {COMPANY} .",
    "{COMPANY} digugat ke pengadilan oleh {CNT} mantan karyawannya yang menuntut pembayaran pesangon .",
    # --- transportasi
    "Kereta cepat rute {CITY} - {CITY#2} mengangkut lebih dari {BIG} penumpang selama libur panjang .",
    "Sebuah pesawat yang terbang dari {CITY} menuju {CITY#2} terpaksa kembali ke bandara asal akibat gangguan mesin .",
    "Kapal feri yang berlayar dari {CITY} ke {CITY#2} kandas di {GEO} , namun seluruh {CNT} penumpangnya berhasil dievakuasi .",
    "Proyek jalan tol sepanjang {NUM} kilometer yang menghubungkan {CITY} dan {CITY#2} ditargetkan rampung pada {YEAR} .",
    "Operator kereta api menambah {NUM} perjalanan dari {CITY} untuk mengantisipasi lonjakan penumpang menjelang libur akhir tahun .",
    # --- kutipan
    '" Kami tidak akan mundur sedikit pun , " kata {PER} kepada wartawan di {CITY} , {DAY} .',
    '" Ini kemenangan untuk seluruh rakyat {COUNTRY} , " ujar {PER} usai pertandingan .',
    '{PER} mengatakan , " Pemerintah {COUNTRY} menghormati proses hukum yang sedang berjalan . "',
    'Menurut {PER} , " tidak ada alasan untuk menunda " pembangunan bendungan di {REGION} .',
    '" Kami sudah berkoordinasi dengan {INST} , " tutur {PER} , juru bicara {COMPANY} .',
    '" Saya berterima kasih kepada {PER?Bapak|Ibu} {PER} atas dukungannya selama ini , " kata {PER#2} dalam sambutannya .',
    '" Harga bahan pokok harus turun sebelum akhir bulan , " tegas {PER} saat meninjau pasar di {CITY} .',
    # --- panjang, banyak entitas
    "Dalam kunjungan kerjanya ke {CITY} , {PER} didampingi {PER#2} meninjau pembangunan pelabuhan yang dikerjakan {COMPANY} bersama investor asal {COUNTRY} senilai Rp {NUM} triliun , proyek yang diharapkan membuka ribuan lapangan kerja baru bagi warga {REGION} .",
    "Rapat koordinasi yang dihadiri perwakilan {INST} , {INST#2} , dan {COMPANY} di {CITY} pada {DAY} menyepakati percepatan penyaluran bantuan bagi korban banjir di {REGION} dan {REGION#2} .",
    "Menurut laporan {MEDIA.kind} {MEDIA} , sedikitnya {CNT} orang terluka dalam kerusuhan di {CITY} .",
    "Kepada {MEDIA} , {PER} mengaku belum menerima undangan resmi dari {ORG} .",
    "Menteri Perdagangan {PER} dan Menteri Pertanian {PER#2} berbeda pendapat soal rencana impor beras dari {COUNTRY} , sementara {INST} mencatat stok di gudang masih cukup hingga {MONTH} .",
    "Apa langkah {INST} selanjutnya ?",
    "Mengapa {COMPANY} memilih {CITY} sebagai lokasi pusat data barunya ?",
    # --- tanpa entitas
    "Harga emas kembali naik .",
    "Suku bunga acuan dipertahankan di level {DEC} persen , sesuai perkiraan sebagian besar ekonom .",
    "Hujan lebat disertai angin kencang diperkirakan masih akan terjadi hingga akhir pekan .",
    "Sidang lanjutan perkara korupsi itu akan digelar pekan depan dengan agenda pemeriksaan saksi .",
    "Pemerintah memblokir ribuan situs judi daring sepanjang bulan {MONTH} .",
    "Rancangan undang-undang itu akan dibahas bersama pemerintah dalam rapat paripurna pekan depan .",
    "Kenaikan harga bahan bakar minyak diperkirakan akan mendorong inflasi pada bulan depan .",
    "Mengapa harga cabai terus naik ?",
    "Sebanyak {BIG} calon pegawai negeri sipil mengikuti ujian seleksi yang digelar serentak di seluruh Tanah Air .",
    "Para pedagang di pasar tradisional mengeluhkan sepinya pembeli menjelang akhir bulan .",
    "Angka kemiskinan turun menjadi {DEC} persen pada {MONTH} {YEAR} , terendah dalam satu dekade terakhir .",
    "Ribuan buruh menggelar aksi unjuk rasa menuntut kenaikan upah minimum sebesar {NUM} persen .",
    "Sekolah-sekolah diliburkan selama dua hari karena kualitas udara terus memburuk .",
    "Nilai tukar rupiah melemah ke level Rp [15.870|16.125|16.390|16.455|16.780] per dolar pada penutupan perdagangan {DAY} .",
    "Jumlah wisatawan mancanegara yang berkunjung sepanjang {MONTH} meningkat {DEC} persen dibandingkan bulan sebelumnya .",
)

# news lead-ins, composed as LEAD + " {^} " + TEMPLATE (slot ids 7 keep clear of the sentence's own)
LEADS: tuple[str, ...] = (
    "{CITY#7} ( {MEDIA#7} ) -",
    "{CITY#7} , {MEDIA#7} -",
    "{CITY#7} ( {MEDIA#7} ) , {DAY} -",
    "{CITY#7} , {DAY} -",
    "{CITY#7} , {DATE} {MONTH} {YEAR} -",
    "{MEDIA#7} , {CITY#7} -",
    "Oleh {PER#7} , {CITY#7} -",
    "Laporan {PER#7} dari {CITY#7} :",
    "Kabar dari {COUNTRY#7} :",
    "Berita terkini :",
    "Sekilas info :",
    "Dari {REGION#7} dilaporkan :",
)

# clauses appended at the end, composed as TEMPLATE[:-2] + " " + TAIL + " ."
TAILS: tuple[str, ...] = (
    ", kata {PER#8} , juru bicara {INST#8}",
    ", seperti dilaporkan {MEDIA#8.kind} {MEDIA#8}",
    ", demikian dilaporkan {MEDIA#8}",
    ", menurut data {INST#8}",
    ", ujar {PER#8} kepada {MEDIA#8}",
    ", sehari setelah pertemuan antara {PER#8} dan {PER#9} di {CITY#8}",
    ", beberapa hari sebelum pembukaan {EVENT#8}",
    ", sementara {PARTY#8} terus mendesak pemerintah membuka hasil audit secara transparan",
    ", menurut laporan terbaru {INST#8}",
    ", kata {PER#8} , pengamat dari {UNI#8}",
    ", di tengah meningkatnya ketegangan antara {COUNTRY#8} dan {COUNTRY#9}",
    ", menurut keterangan resmi {ORG#8}",
    ", tulis {MEDIA#8} dalam laporannya",
    ", beberapa pekan sebelum kunjungan {PER#8} ke {COUNTRY#8}",
    ", kata {PER#8} dari {PARTY#8} di sela kunjungannya ke {CITY#8}",
    ", sementara hujan deras masih mengguyur sebagian wilayah {REGION#8}",
    ", seperti disampaikan Duta Besar {COUNTRY#8} untuk {COUNTRY#9} , {PER#8}",
    ", demikian keterangan tertulis yang diterima {MEDIA#8}",
    ", menurut sumber di lingkungan {INST#8}",
    ", kata {PER#8} , warga {CITY#8}",
    ", ujar {PER#8} , peneliti {UNI#8}",
    ", sebagaimana tercantum dalam dokumen yang diperoleh {MEDIA#8}",
    ", berdasarkan survei {INST#8} yang dirilis {DAY}",
    ", tak lama setelah {COMPANY#8} mengumumkan rencana ekspansi ke {COUNTRY#8}",
    ", kata sumber yang enggan disebut namanya",
    ", demikian dilaporkan sejumlah media setempat",
    ", untuk pertama kalinya sejak {YEAR}",
)
