"""Spanish (prensa española): templates and hand-written inventories (fields: see ``en.py``).

Articles: organisation, country, region, water, event and club slots are written ``{KIND@art}``;
the entry's gender (m/f/mpl/fpl; none for bare names such as ``Telefónica`` or ``Francia``)
gives ``el/la/los/las``, and ``de el`` / ``a el`` contract to ``del`` / ``al`` before an entity.
Names whose article is part of the name (``El País``, ``El Corte Inglés``) are bare entries.

Conventions (CoNLL-2002 Spanish): lowercase demonyms and language names (``francés``,
``alemana``, ``inglés``) are not entities and appear as ordinary words; MISC comes from events,
awards, products and works. Capitalised non-entities: ``Asuntos Exteriores``, ``Derecho``,
``Gobierno``, titles at sentence start.
"""

from __future__ import annotations

FAKER = {
    "person": [("es_ES", None)],
    "address": {"REGION": ("es_ES", "regions")},
    "company": ("es_ES", 150),
}

FIRST_NAMES_MALE = (
    "Pedro", "Pablo", "Alberto", "Santiago", "Íñigo", "Gabriel", "Alejandro", "Javier", "Carlos",
    "Jordi", "Xavier", "Iker", "Unai", "Aitor", "Sergio", "Raúl", "Rubén", "Diego", "Andrés",
)
FIRST_NAMES_FEMALE = (
    "Yolanda", "Isabel", "Teresa", "Ione", "Irene", "Carmen", "Cristina", "Montserrat", "Núria",
    "Ainhoa", "Itziar", "Nerea", "Lucía", "Marta", "Elena", "Ana", "Inés", "Begoña", "Pilar",
)
LAST_NAMES = (
    "García", "Fernández", "González", "Rodríguez", "López", "Martínez", "Sánchez", "Pérez",
    "Gómez", "Martín", "Jiménez", "Ruiz", "Hernández", "Díaz", "Moreno", "Muñoz", "Álvarez",
    "Romero", "Alonso", "Gutiérrez", "Navarro", "Torres", "Domínguez", "Vázquez", "Ramos",
    "Gil", "Ramírez", "Serrano", "Blanco", "Molina", "Morales", "Suárez", "Ortega", "Delgado",
    "Castro", "Ortiz", "Rubio", "Marín", "Sanz", "Iglesias", "Garrido", "Puig", "Ferrer",
    "Aguirre", "Etxeberria", "Goikoetxea", "Vidal", "Castells", "Pujol", "Mas", "Rovira",
)
NAME_DROP: tuple[str, ...] = ()
NAME_DROP_RE: tuple[str, ...] = ()

INVENTORY: dict[str, tuple[str, ...]] = {
    "INST": (
        "f:Comisión Europea", "m:Banco Central Europeo", "m:BCE", "fpl:Naciones Unidas", "f:ONU",
        "m:Banco Mundial", "m:Fondo Monetario Internacional", "m:FMI",
        "f:Organización Mundial de la Salud", "f:OMS", "f:OTAN", "f:Unión Europea", "f:UE",
        "f:Cruz Roja", "m:Comité Olímpico Internacional", "f:FIFA", "f:UEFA",
        "f:Organización Mundial del Comercio", "f:Unión Africana", "m:Banco de España",
        "m:Tribunal Supremo", "m:Tribunal Constitucional", "f:Audiencia Nacional",
        "m:Congreso de los Diputados", "m:Senado", "f:Guardia Civil", "f:Policía Nacional",
        "m:Ministerio de Sanidad", "m:Ministerio de Hacienda", "m:Ministerio del Interior",
        "m:Instituto Nacional de Estadística", "m:INE", "f:Agencia Estatal de Meteorología",
        "f:Aemet", "f:Comisión Nacional del Mercado de Valores", "f:CNMV", "f:Generalitat",
        "f:Xunta de Galicia", "f:Junta de Andalucía", "m:Ayuntamiento de Madrid",
        "m:Ayuntamiento de Barcelona", "m:Consejo General del Poder Judicial",
        "f:Organización de Estados Americanos", "f:OEA", "f:Cepal", "m:Mercosur", "m:Unicef",
        "f:Unesco", "Amnistía Internacional", "Greenpeace", "Cáritas", "Médicos Sin Fronteras",
        "f:Reserva Federal", "m:Banco de Inglaterra", "m:Parlamento Europeo", "m:Consejo de Europa",
        "f:Interpol", "f:Fiscalía Anticorrupción", "m:CSIC", "m:Instituto Cervantes",
        "f:Real Academia Española", "f:RAE", "f:Seguridad Social", "f:Agencia Tributaria",
        "m:Banco Interamericano de Desarrollo", "f:Corte Penal Internacional", "f:Ertzaintza",
        "mpl:Mossos d'Esquadra", "f:Comisión Nacional de los Mercados y la Competencia", "f:CNMC",
    ),
    "COMPANY": (
        "Telefónica", "m:Banco Santander", "m:BBVA", "Iberdrola", "Repsol", "Inditex", "Mercadona",
        "CaixaBank", "m:Banco Sabadell", "Endesa", "Naturgy", "Ferrovial", "Acciona", "Mapfre",
        "Iberia", "Renfe", "Seat", "Aena", "El Corte Inglés", "Mango", "Zara", "Indra", "Grifols",
        "Bimbo", "Cemex", "Pemex", "América Móvil", "Petrobras", "Volkswagen", "Siemens", "Apple",
        "Google", "Amazon", "Microsoft", "Toyota", "Airbus", "Boeing", "Nestlé", "Coca-Cola",
        "Movistar", "Vodafone", "Orange", "Glovo", "Cabify", "Vueling", "Air Europa", "Avianca",
        "LATAM", "Codelco", "Ecopetrol", "YPF", "Mahou", "Damm", "Puig", "Prosegur", "Sacyr",
        "Abengoa", "f:ONCE", "Bankinter", "Unicaja Banco", "Ebro Foods", "Colonial", "Cellnex",
        "Talgo", "Navantia", "Correos", "Paradores", "Banorte", "Falabella", "Telmex", "Sabadell",
    ),
    "PARTY": (
        "m:PSOE", "m:PP", "m:Partido Popular", "m:Partido Socialista", "Vox", "Sumar", "Podemos",
        "Ciudadanos", "m:PNV", "EH Bildu", "Esquerra Republicana", "Junts", "m:Partido Demócrata",
        "m:Partido Republicano", "m:Partido Laborista", "m:Partido Conservador", "Morena", "m:PRI",
        "m:PAN", "m:Frente Amplio", "m:Partido Comunista", "f:CUP", "Coalición Canaria", "m:BNG",
        "Más Madrid", "Compromís", "m:Partido Liberal", "m:Pacto Histórico", "Unión del Pueblo Navarro",
    ),
    "CLUB": (
        "m:Real Madrid", "m:Barcelona", "m:Atlético de Madrid", "m:Sevilla", "m:Betis",
        "m:Valencia", "m:Villarreal", "f:Real Sociedad", "m:Athletic Club", "m:Celta de Vigo",
        "m:Getafe", "m:Osasuna", "m:Rayo Vallecano", "m:Mallorca", "m:Girona",
        "m:Deportivo de La Coruña", "m:Espanyol", "m:Real Zaragoza", "m:Málaga", "m:Boca Juniors",
        "m:River Plate", "m:América", "m:Bayern de Múnich", "m:Manchester City", "m:Liverpool",
        "m:Oporto", "m:Benfica", "f:Juventus", "m:Inter de Milán", "m:París Saint-Germain",
        "m:Peñarol", "m:Colo-Colo", "m:Flamengo", "m:Chivas de Guadalajara", "m:Unicaja",
        "m:Baskonia", "m:Alavés", "m:Granada", "m:Las Palmas", "m:Cádiz", "m:Sporting de Gijón",
        "m:Racing de Santander", "m:Real Oviedo", "m:Leganés", "m:Elche",
    ),
    "MEDIA": (
        "El País", "El Mundo", "m:ABC", "La Vanguardia", "El Periódico", "f:Agencia EFE", "EFE",
        "f:Cadena SER", "f:COPE", "f:RTVE", "f:TVE", "Antena 3", "Telecinco", "La Sexta",
        "La Razón", "El Confidencial", "eldiario.es", "Público", "Clarín", "La Nación",
        "El Tiempo", "El Universal", "Reforma", "La Tercera", "El Comercio", "Marca", "As",
        "Mundo Deportivo", "f:BBC", "f:CNN", "Reuters", "m:New York Times", "m:Financial Times",
        "El Correo", "La Voz de Galicia", "Diario de Sevilla", "Heraldo de Aragón",
        "El Diario Vasco", "Onda Cero", "m:Canal Sur", "f:Europa Press",
    ),
    "UNI": (
        "f:Universidad Complutense de Madrid", "f:Universidad de Salamanca",
        "f:Universidad de Barcelona", "f:Universidad Autónoma de Madrid",
        "f:Universidad de Sevilla", "f:Universidad de Granada", "f:Universidad Pompeu Fabra",
        "f:Universidad Carlos III", "f:Universidad de Buenos Aires", "f:UNAM",
        "f:Universidad de Chile", "f:Universidad de los Andes", "f:Universidad Politécnica de Valencia",
        "f:Universidad de Navarra", "f:Universidad de Oxford", "f:Universidad de Harvard",
        "f:Universidad de Deusto", "f:Universidad de Valencia", "f:Universidad de Zaragoza",
        "f:Universidad de Santiago de Compostela", "f:Universidad del País Vasco",
        "f:Universidad Nacional de Colombia", "f:Pontificia Universidad Católica de Chile",
    ),
    "CITY": (
        "Madrid", "Barcelona", "Valencia", "Sevilla", "Zaragoza", "Málaga", "Murcia", "Palma",
        "Las Palmas de Gran Canaria", "Bilbao", "Alicante", "Córdoba", "Valladolid", "Vigo",
        "Gijón", "A Coruña", "Granada", "Vitoria", "Elche", "Oviedo", "Santa Cruz de Tenerife",
        "Pamplona", "Almería", "San Sebastián", "Santander", "Burgos", "Castellón", "Albacete",
        "Logroño", "Badajoz", "Salamanca", "Huelva", "Lleida", "Tarragona", "León", "Cádiz",
        "Jaén", "Ourense", "Girona", "Lugo", "Cáceres", "Melilla", "Ceuta", "Toledo", "Segovia",
        "Cuenca", "Soria", "Teruel", "Huesca", "Ávila", "Zamora", "Palencia", "Mérida", "Marbella",
        "Jerez de la Frontera", "Cartagena", "Ciudad Real", "Ponferrada", "Benidorm", "Lisboa",
        "París", "Londres", "Berlín", "Roma", "Bruselas", "Ámsterdam", "Nueva York", "Washington",
        "Los Ángeles", "Miami", "Ciudad de México", "Buenos Aires", "Bogotá", "Lima",
        "Santiago de Chile", "Caracas", "La Habana", "Montevideo", "Quito", "La Paz", "Asunción",
        "Guadalajara", "Monterrey", "Medellín", "Cali", "Valparaíso", "Rosario", "Pekín", "Tokio",
        "Moscú", "Kiev", "Estambul", "Atenas", "Viena", "Ginebra", "Múnich", "Fráncfort", "Milán",
        "Nápoles", "Varsovia", "Praga", "El Cairo", "Nairobi", "Dar es Salaam", "Johannesburgo",
        "Ciudad del Cabo", "Jerusalén", "Teherán", "Bagdad", "Damasco", "Dubái", "Bombay",
        "Nueva Delhi", "Shanghái", "Sídney", "Estrasburgo", "Oporto", "Marsella", "Lyon",
        "Tánger", "Rabat", "Casablanca", "Argel", "Túnez", "San Juan", "Santo Domingo",
    ),
    "REGION": (
        "Buenos Aires", "Antioquia", "Jalisco", "Chiapas", "Oaxaca", "f:Patagonia", "Baviera",
        "f:Toscana", "f:Lombardía", "f:Bretaña", "f:Normandía", "f:Provenza", "Escocia", "Gales",
        "Flandes", "Valonia", "Cachemira", "f:Crimea", "Siberia", "Darfur", "Tigray", "m:Donbás",
        "Gaza", "f:Cisjordania", "California", "Texas", "Florida", "Quebec", "Ontario", "Sicilia",
        "Cerdeña", "Córcega", "Alsacia", "Renania", "Baja California", "Yucatán", "Mendoza",
        "Cuzco", "f:Araucanía", "Tucumán", "Nuevo León", "Veracruz", "Michoacán", "Sinaloa",
        "f:Costa del Sol", "Bierzo", "m:Algarve",
    ),
    "GEO": (
        "m:Ebro", "m:Tajo", "m:Duero", "m:Guadalquivir", "m:Guadiana", "m:Miño", "m:Amazonas",
        "m:Orinoco", "m:Paraná", "m:Río de la Plata", "m:Nilo", "m:Danubio", "m:Rin", "m:Sena",
        "m:Támesis", "m:Mediterráneo", "m:Cantábrico", "m:Atlántico", "m:Pacífico", "m:Caribe",
        "m:Mar Menor", "m:Titicaca", "f:Albufera", "m:Segura", "m:Júcar", "m:Nervión",
        "m:Manzanares", "m:Guadalete", "m:Bravo", "m:Magdalena", "m:Misisipi", "m:Mar Negro",
        "m:Mar Báltico", "m:Mar del Norte", "m:Mar Rojo", "m:Índico", "m:Mar Caspio", "m:Egeo",
        "m:Adriático", "m:Estrecho de Gibraltar", "m:Canal de la Mancha", "m:Golfo de Vizcaya",
    ),
    "TOURNEY": (
        "m:Tour de Francia", "f:Vuelta a España", "Roland Garros", "m:Open de Australia",
        "m:Mundial", "f:Eurocopa", "f:Copa América", "mpl:Juegos Olímpicos",
        "mpl:Juegos Paralímpicos", "m:Gran Premio de Mónaco", "m:Rally Dakar", "m:Giro de Italia",
        "f:Copa Davis", "m:Masters de Augusta", "m:US Open", "m:Maratón de Valencia",
        "mpl:Juegos Mediterráneos", "m:Trofeo Conde de Godó", "m:Mutua Madrid Open", "f:Ryder Cup",
        "m:Seis Naciones", "f:Copa de África", "m:Mundial de Atletismo", "m:Open Británico",
        "m:Gran Premio de España", "mpl:Juegos Panamericanos", "f:Volta a Catalunya",
        "m:Maratón de Nueva York", "m:Mundial de Baloncesto", "mpl:Juegos Olímpicos de Invierno",
    ),
    "FEST": (
        "f:Feria de Abril", "mpl:Sanfermines", "fpl:Fallas", "f:Tomatina",
        "m:Festival de Cine de San Sebastián", "m:Festival de Málaga", "m:Mobile World Congress",
        "Fitur", "Arco", "m:Primavera Sound", "m:Mad Cool", "m:Sónar", "m:Eurovisión",
        "m:Carnaval de Cádiz", "m:Carnaval de Río", "mpl:Premios Goya", "f:Semana Santa",
        "m:Festival de Cannes", "f:Feria del Libro de Madrid",
        "f:Feria Internacional del Libro de Guadalajara", "f:Bienal de Venecia",
        "m:Día de Muertos", "m:Oktoberfest", "m:Benidorm Fest", "f:Feria de Málaga",
        "m:Festival Internacional de Benicàssim", "fpl:Hogueras de San Juan", "m:Orgullo",
    ),
    "PRODUCT": (
        "m:iPhone", "m:iPad", "m:Galaxy S24", "m:Windows 11", "f:PlayStation 5", "f:Xbox",
        "m:Seat Ibiza", "m:Seat León", "m:Cupra Born", "m:Tesla Model 3", "m:Volkswagen Golf", "m:WhatsApp", "m:ChatGPT",
        "m:Android", "m:Renault Clio", "m:Dacia Sandero", "f:Nintendo Switch", "m:Kindle", "m:Toyota Corolla", "m:Seat Arona", "m:Instagram", "m:TikTok",
    ),
    "WORK": (
        "Don Quijote de la Mancha", "Cien años de soledad", "La casa de Bernarda Alba",
        "Bodas de sangre", "La Celestina", "Fortunata y Jacinta", "Rayuela", "Pedro Páramo",
        "La sombra del viento", "El amor en los tiempos del cólera", "Guernica", "Las Meninas",
        "La casa de papel", "Mujeres al borde de un ataque de nervios", "Todo sobre mi madre",
        "Volver", "El laberinto del fauno", "Ficciones", "La ciudad y los perros", "Patria",
        "Los santos inocentes", "El Aleph", "Como agua para chocolate",
        "Crónica de una muerte anunciada", "Platero y yo", "Nada", "La Regenta", "Campeones",
        "Ocho apellidos vascos", "El ingenioso hidalgo", "Misericordia", "Luces de bohemia",
    ),
}

COUNTRY_KEEP_UNTRANSLATED = True
COUNTRY_FIX = {
    "Federación Rusa": "Rusia",
    "Costa de Marfíl": "Costa de Marfil",
    "Burquina Faso": "Burkina Faso",
    "Tunez": "Túnez",
    "Surinám": "Surinam",
    "Iran": "Irán",
    "Niger": "Níger",
    "Algeria": "Argelia",
    "South Korea": "Corea del Sur",
    "North Korea": "Corea del Norte",
    "Syria": "Siria",
    "Türkiye": "Turquía",
    "Islas Ultramarinas Menores de Estados Unidos": "",
    "Territorios Franceses del Sur": "",
    "Isla Bouvet": "",
    "Islas Heard y McDonald": "",
    "Pitcairn": "",
    "Brunei Darussalam": "Brunéi",
    "Islas Bermudas": "Bermudas",
    "Islas Maldivas": "Maldivas",
}
COUNTRY_GENDER = {
    "Reino Unido": "m", "Países Bajos": "mpl", "Emiratos Árabes Unidos": "mpl",
    "República Dominicana": "f", "República Centroafricana": "f", "Sahara Occidental": "m",
    "Congo": "m", "India": "f",
}
COUNTRY_GENDER_RULES = [(r"^Islas ", "fpl")]
COUNTRY_FALLBACK = (
    "España", "Francia", "Alemania", "Italia", "Portugal", "Reino Unido", "Estados Unidos",
    "México", "Argentina", "Colombia", "Chile", "Perú", "Venezuela", "Cuba", "Brasil",
    "Marruecos", "Kenia", "Tanzania", "China", "Japón", "Rusia", "Ucrania", "Polonia",
    "Países Bajos", "Bélgica", "Suiza", "Turquía", "Egipto", "Corea del Sur", "Corea del Norte",
    "Siria", "Sudáfrica", "Nigeria",
)
REGION_GENDER = {
    "Comunidad de Madrid": "f", "Principado de Asturias": "m", "Comunidad Foral de Navarra": "f",
    "Región de Murcia": "f", "País Vasco": "m", "Comunitat Valenciana": "f", "Illes Balears": "fpl",
    "Ciudad Autónoma de Ceuta": "f", "Ciudad Autónoma de Melilla": "f",
}
COMPANY_GENDER_RULES: list[tuple[str, str]] = []

CASES = {"art": {"m": "el", "f": "la", "mpl": "los", "fpl": "las"}}
# plural verb ending for plural subjects: "prevé{INST.n}" -> "prevén" (las Naciones Unidas)
ATTRS = {"n": {"mpl": "n", "fpl": "n"}}
CONTRACTIONS = {("de", "el"): "del", ("a", "el"): "al"}

DAYS = ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo")
MONTHS = (
    "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
    "octubre", "noviembre", "diciembre",
)
# counts of people and things ({CNT}) from two to twelve are written as words
NUMBER_WORDS = ("dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve", "diez", "once", "doce")
DECIMAL_SEP, THOUSANDS_SEP, SCORE_SEP = ",", ".", "-"


def name_parts(first, g, last_names, rng):
    """Spanish names: one or (more often) two surnames; the first surname is used alone."""
    first_surname = rng.choice(last_names)
    if rng.random() < 0.4:
        second = rng.choice(last_names)
        if second != first_surname:
            return first, f"{first_surname} {second}", first_surname
    return first, first_surname, first_surname


def genitive(name):
    return name


TEMPLATES = (
    # política
    "{PER} , portavoz de {ORG@art} , afirmó el {DAY} que las negociaciones con {COUNTRY@art} se reanudarán en {MONTH} [, una vez superadas las diferencias actuales|] .",
    "{PER?El ministro|La ministra} de Asuntos Exteriores de {COUNTRY@art} , {PER} , se reunió el {DAY} en {CITY} con su homólogo de {COUNTRY#2@art} para abordar la crisis migratoria .",
    "{PER?El presidente|La presidenta} de {COUNTRY@art} , {PER} , llegó el {DAY} a {CITY} en visita oficial , la primera desde que asumió el cargo .",
    "{PER?El embajador|La embajadora} de {COUNTRY@art} en {CITY} , {PER} , fue {PER?convocado|convocada} por el ministerio el {DAY} para dar explicaciones .",
    "{COUNTRY@art} y {COUNTRY#2@art} firmaron el {DAY} en {CITY} un acuerdo de cooperación [energética|comercial|migratoria] tras meses de negociaciones .",
    "El Gobierno de {COUNTRY@art} enviará {NUM} toneladas de ayuda humanitaria a {COUNTRY#2@art} , que sufre{COUNTRY#2.n} graves inundaciones .",
    "{PER} , {PER?candidato|candidata} de {PARTY@art} a la presidencia de {REGION@art} , prometió bajar los impuestos si gana las elecciones .",
    "{PARTY@art} obtuvo el {NUM} % de los votos en {REGION@art} , según los resultados provisionales publicados el {DAY} .",
    "{PER} ( {PARTY} ) ha pedido la dimisión del consejero de Sanidad por la gestión de las listas de espera .",
    "{PER?El secretario general|La secretaria general} de {PARTY@art} , {PER} , se reunió con {PER#2} en {CITY} .",
    "{PER} declaró a {MEDIA@art} que no volverá a presentarse a las elecciones .",
    "Miles de personas se manifestaron el {DAY} en el centro de {CITY} contra la subida de los precios del alquiler .",
    "« Estamos muy preocupados por la situación » , dijo {PER:last} a los periodistas en {CITY} .",
    "{PER} , {PER?ministro|ministra} de Economía de {COUNTRY@art} , defendió el {DAY} en {CITY} la subida del salario mínimo .",
    "El Rey recibió el {DAY} en {CITY} {PER?al presidente|a la presidenta} de {COUNTRY@art} , {PER} , que se encuentra de visita oficial .",
    "{PER} , {PER?director|directora} general de Tráfico , pidió prudencia a los conductores que viajen a {REGION@art} este fin de semana .",
    "El Papa se reunirá el próximo {DAY} en {CITY} con {PER} , {PER?presidente|presidenta} de {INST@art} .",
    "{PER} y {PER#2} se reunirán el próximo {DAY} en {CITY} para hablar de la guerra en {COUNTRY@art} .",
    # economía
    "{COMPANY} ganó {DEC} millones de euros en el primer trimestre , un {NUM} % más que en el mismo periodo del año anterior .",
    "Las acciones de {COMPANY@art} subieron un {DEC} % el {DAY} tras la presentación de sus resultados anuales .",
    "{COMPANY@art} abrirá una nueva planta en {CITY} que dará empleo a {BIG} personas en los próximos cinco años .",
    "{COMPANY@art} ha cerrado la compra de {COMPANY#2@art} por {DEC} millones de euros , según informó la compañía en un comunicado .",
    "{PER} , {PER?consejero delegado|consejera delegada} de {COMPANY@art} , dejará el cargo a finales de {MONTH} .",
    "{INST@art} prevé{INST.n} que la economía de {COUNTRY@art} crezca un {DEC} % en {YEAR} , por debajo de lo esperado .",
    "{INST@art} ha{INST.n} multado a {COMPANY@art} con {DEC} millones de euros por abuso de posición dominante .",
    "Según {INST@art} , el paro bajó en {REGION@art} durante el mes de {MONTH} .",
    "El grupo {COMPANY} prevé invertir {BIG} millones de euros en {COUNTRY@art} hasta {YEAR} .",
    "{COMPANY} , con sede en {CITY} , emplea a más de {BIG} personas en {COUNTRY@art} .",
    "{PRODUCT?El nuevo|La nueva} {PRODUCT} llegará a las tiendas de {COUNTRY@art} en {MONTH} , según ha anunciado el fabricante .",
    "Los vuelos entre {CITY} y {CITY#2} fueron cancelados el {DAY} por una huelga de controladores aéreos .",
    "Los usuarios de {PRODUCT} sufrieron el {DAY} una caída del servicio que duró varias horas .",
    # deportes
    "{CLUB@art} venció por {SCORE} a {CLUB#2@art} y se coloca líder de la clasificación a falta de {CNT} jornadas .",
    "{PER} marcó dos goles en la victoria de {CLUB@art} ante {CLUB#2@art} , que sigue sin ganar fuera de casa .",
    "{PER} , de {AGE} años , ha firmado por [dos|tres|cuatro] temporadas con {CLUB@art} .",
    "{PER} será {PER?el nuevo entrenador|la nueva entrenadora} de {CLUB@art} la próxima temporada .",
    "{PER} , que fichó por {CLUB@art} en {YEAR} , anunció su retirada a los [34|35|36|37] años .",
    "{PER} ganó {TOURNEY@art} por [segunda|tercera] vez en su carrera y superó en la clasificación final a {PER#2} .",
    "La selección de {COUNTRY@art} jugará contra {COUNTRY#2@art} en {CITY} el próximo {DAY} en un partido amistoso .",
    "{PER} representará a {COUNTRY@art} en {TOURNEY@art} pese a la lesión que sufrió en {MONTH} .",
    "{CITY} acogerá {TOURNEY@art} de {YEAR} , según anunciaron los organizadores .",
    # sociedad, sucesos, tiempo
    "La policía detuvo el {DAY} en {CITY} a {PER} , de {AGE} años , {PER?acusado|acusada} de estafa .",
    "Un juzgado de {CITY} ha condenado a {PER} a [dos|tres|cinco] años de prisión por fraude fiscal .",
    "El abogado de {PER:last} anunció que recurrirá la sentencia ante {INST@art} .",
    "Según {MEDIA@art} , un juzgado de {CITY} investiga a {PER} por un presunto delito de blanqueo .",
    "Al menos {CNT} personas murieron en un accidente de autobús en una carretera cercana a {CITY} .",
    "Las lluvias torrenciales provocaron el {DAY} inundaciones en varias localidades de {REGION@art} .",
    "Un terremoto de magnitud {DEC} sacudió el {DAY} {REGION@art} sin causar víctimas , según los servicios de emergencia .",
    "Un barco pesquero encalló el {DAY} en {GEO@art} cerca de {CITY} y sus tripulantes fueron rescatados .",
    "La contaminación de las aguas de {GEO@art} preocupa a los vecinos de {CITY} .",
    "{PER} , {PER?alcalde|alcaldesa} de {CITY} , anunció la construcción de {BIG} viviendas sociales antes de {YEAR} .",
    "{PER} , {PER?vecino|vecina} de {CITY} , relató a {MEDIA@art} cómo vivió el incendio .",
    "{INST@art} ha{INST.n} alertado de un brote de sarampión en {COUNTRY@art} , según informaron fuentes sanitarias el {DAY} .",
    "El turismo en {CITY} creció un {NUM} % el año pasado , según los datos de la oficina municipal .",
    "{PER} , {PER?nacido|nacida} en {CITY} en {YEAR} , estudió Derecho en {UNI@art} .",
    "{PER} , {PER?catedrático|catedrática} de Medicina en {UNI@art} , considera que el hallazgo es un paso decisivo .",
    # cultura
    "La novela « {WORK} » , de {PER} , ha sido traducida a más de {CNT} idiomas .",
    "{PER} presentará el {DAY} en {CITY} su nuevo libro , « {WORK} » .",
    "La adaptación de « {WORK} » se estrena el {DAY} en los cines de {CITY} .",
    "{PER?El cantante|La cantante} {PER} actuará en {CITY} dentro de su gira por {COUNTRY@art} .",
    "{FEST@art} se celebrará{FEST.n} en {CITY} a partir del {DATE} de {MONTH} .",
    "Más de {BIG} personas visitaron {FEST@art} el pasado fin de semana , según los organizadores .",
    "{PER} recogió en {CITY} el premio a toda su carrera durante {EVENT@art} .",
    "Miles de turistas llegaron a {CITY} con motivo de {FEST@art} , según los hoteleros de la ciudad .",
    "Las entradas para {EVENT@art} se agotaron en pocas horas , informaron los organizadores el {DAY} .",
    # sin entidades
    "El precio de la luz subirá un {NUM} % a partir del próximo {DAY} .",
    "Las temperaturas superarán los {NUM} grados en el sur de la península durante el fin de semana .",
    "El paro registrado bajó en {BIG} personas en {MONTH} , según los datos publicados este {DAY} .",
    "Los sindicatos han convocado una huelga general para el próximo {DAY} .",
    "El incendio obligó a desalojar a cientos de vecinos durante la madrugada .",
    "La inflación se situó en el {DEC} % en {MONTH} , dos décimas menos que el mes anterior .",
    "Los diputados votarán el proyecto de ley antes del verano , según fuentes parlamentarias .",
    # --- más variedad: ciencia
    "Un equipo de investigadores de {UNI@art} y {UNI#2@art} ha desarrollado un análisis de sangre capaz de detectar el cáncer de páncreas en fases muy tempranas , un avance que , según {PER} , {PER?director|directora} del estudio , « podría salvar miles de vidas » .",
    "Los datos del telescopio , analizados por astrónomos de {UNI@art} , confirman que hay vapor de agua en la atmósfera de un planeta situado a {NUM} años luz .",
    "Cuando {PER} empezó a estudiar los incendios forestales de {REGION@art} hace más de veinte años , pocos colegas de {UNI@art} se tomaban en serio sus advertencias ; hoy su trabajo se cita en revistas de todo el mundo .",
    "¿ Puede la inteligencia artificial predecir un terremoto ?",
    # salud
    "El hospital universitario de {CITY} realizó el {DAY} su primer trasplante de cara , una intervención de [doce|catorce|veinte] horas en la que participaron {CNT} especialistas .",
    "Las autoridades sanitarias de {COUNTRY@art} recomiendan vacunarse contra la gripe a los mayores de sesenta años y a las embarazadas .",
    "Las urgencias de los hospitales de {REGION@art} , desbordadas por la gripe , atendieron a {BIG} pacientes en una sola semana .",
    "La vacuna contra la gripe estará disponible en los centros de salud a partir del próximo {DAY} .",
    # educación
    "{PER} , {PER?profesor|profesora} de [Física|Historia|Matemáticas] en un instituto de {CITY} , ha sido {PER?elegido|elegida} mejor docente del año .",
    "Más de {BIG} estudiantes se examinan desde el {DAY} de la prueba de acceso a la universidad en {REGION@art} .",
    "{UNI@art} , que este curso ha recibido más de {BIG} solicitudes de estudiantes extranjeros , abrirá el próximo año un campus en {CITY} junto a {UNI#2@art} , según anunció {PER?su rector|su rectora} , {PER} .",
    "Hoy no habrá clases en ningún colegio de la provincia por el temporal .",
    # tecnología
    "La empresa emergente {COMPANY} , fundada en {CITY} por dos antiguos alumnos de {UNI@art} , ha cerrado una ronda de financiación de {DEC} millones de euros .",
    "{COMPANY} prepara una versión más barata de {PRODUCT} para {COUNTRY@art} y {COUNTRY#2@art} , adelantó {MEDIA@art} .",
    "{COMPANY} construirá a las afueras de {CITY} un centro de datos que consumirá tanta electricidad como una ciudad de {BIG} habitantes .",
    # transporte
    "Una avería en la catenaria provoca retrasos de hasta {NUM} minutos en los trenes que unen {CITY} y {CITY#2} .",
    "Las aerolíneas han suspendido los vuelos a {COUNTRY@art} hasta el {DATE} de {MONTH} por el cierre del espacio aéreo .",
    "El aeropuerto de {CITY} cerró {MONTH} con {BIG} pasajeros , un récord .",
    # tribunales
    "El juez que investiga el caso ha citado a declarar como {PER?investigado|investigada} a {PER} , {PER?exdirectivo|exdirectiva} de {COMPANY@art} , por los pagos a una sociedad radicada en {COUNTRY@art} .",
    "El jurado popular declaró a {PER} culpable del asesinato de su vecino , ocurrido en {CITY} en {YEAR} .",
    "Un tribunal de {COUNTRY@art} ha autorizado la extradición a {COUNTRY#2@art} de {PER} , a quien se acusa de dirigir una red de narcotráfico .",
    "El fiscal pide {NUM} años de prisión para {PER} ( {PARTY} ) , {PER?exalcalde|exalcaldesa} de {CITY} , por adjudicar contratos a empresas de su familia .",
    'El abogado de {PER} , {PER#2} , aseguró que su cliente " no tiene nada que ocultar " y que colaborará con {INST@art} .',
    # agricultura
    "Los productores de aceite de {REGION@art} calculan que la cosecha de este año será un {NUM} % inferior a la anterior por culpa de la sequía .",
    "Cientos de tractores cortaron el {DAY} los accesos a {CITY} en protesta por los bajos precios que pagan las grandes cadenas de distribución .",
    "¿ Por qué los agricultores de {REGION@art} están arrancando sus viñedos ?",
    "Los agricultores reclaman ayudas urgentes para paliar los efectos de la sequía , que ya ha arruinado buena parte de la cosecha de cereal .",
    # medio ambiente y tiempo
    "Los ecologistas denuncian que los vertidos de una planta de {COMPANY} han teñido de rojo las aguas de {GEO@art} cerca de {CITY} .",
    "El incendio declarado el {DAY} cerca de {CITY} ha calcinado ya {BIG} hectáreas y ha obligado a desalojar a los vecinos de {CNT} urbanizaciones .",
    "La ola de calor , que ha dejado temperaturas de [42|43|44|45] grados en {CITY} y {CITY#2} , se prolongará al menos hasta el {DAY} , según los servicios meteorológicos , que han activado el aviso rojo en [cuatro|seis|nueve|varias] provincias .",
    "Alerta naranja por nieve en {REGION@art}",
    "Las tormentas dejaron el {DAY} hasta {NUM} litros por metro cuadrado en {CITY} , donde los bomberos realizaron {CNT} intervenciones .",
    # religión
    "Miles de fieles asistieron el {DAY} en {CITY} a la misa de beatificación de {CNT} religiosos asesinados durante la guerra civil .",
    "{PER} , {PER?un sacerdote|una religiosa} de [setenta|ochenta y dos|sesenta y cinco] años que dirige un comedor social en {CITY} , ha recibido la medalla de oro de {REGION@art} .",
    "La comunidad musulmana de {CITY} celebró el final del ramadán con una oración multitudinaria en el polideportivo municipal .",
    # noticias locales
    "Los vecinos de {CITY} llevan [cinco|diez|quince] años reclamando un centro de salud , y el ayuntamiento asegura ahora que las obras empezarán en {MONTH} .",
    "Cortes de agua en {CITY} por las obras del metro",
    "El centro histórico de {CITY} estará cerrado al tráfico desde el {DAY} , anunció el ayuntamiento , que ha habilitado {CNT} aparcamientos disuasorios .",
    "En {CITY} , donde {COMPANY} tiene su mayor fábrica , el paro ha bajado un {NUM} % desde {YEAR} .",
    "Nuevo récord de visitantes en {CITY} .",
    # arte y música
    "Una exposición reúne en {CITY} [cuarenta|sesenta|un centenar de] obras de {PER} , entre ellas « {WORK} » , que nunca se había mostrado fuera de {COUNTRY@art} .",
    "¿ Quién es {PER} , {PER?el artista|la artista} cuyo cuadro se ha vendido por {DEC} millones de euros en {CITY} ?",
    "{PER} llenó el {DAY} el estadio de {CITY} con un concierto de casi tres horas en el que repasó sus grandes éxitos .",
    "Formado en {CITY} en {YEAR} , el grupo publicará su nuevo disco en {MONTH} y lo presentará en {FEST@art} .",
    "¿ Volverá {PER} a los escenarios tras su retirada en {YEAR} ?",
    # necrológicas
    "Muere {PER} a los {AGE} años .",
    "{PER} , que durante más de veinte años dirigió {MEDIA@art} y fue una de las voces más influyentes del periodismo en {COUNTRY@art} , falleció el {DAY} en {CITY} , según confirmó su familia .",
    "El mundo de la cultura despide a {PER} , {PER?autor|autora} de « {WORK} » , que murió el {DAY} en {CITY} a los {AGE} años .",
    # viajes
    "{CITY} , {CITY#2} y {CITY#3} son los destinos preferidos por los españoles para este verano , según una encuesta de {COMPANY} .",
    "¿ Sigue siendo {COUNTRY@art} un destino seguro para los turistas ?",
    "Viajar de {CITY} a {CITY#2} en tren cuesta hoy un {NUM} % más que hace un año .",
    "Los turistas que visiten {CITY} a partir de {MONTH} tendrán que pagar una tasa de [dos|tres|cinco] euros por noche , una medida que ya aplican {CITY#2} y {CITY#3} y que los hoteleros de {REGION@art} consideran injusta .",
    # mercados
    "La bolsa cerró el {DAY} con una caída del {DEC} % , lastrada por los bancos , mientras el euro se cambiaba a [1,08|1,10|1,12] dólares .",
    "Los títulos de {COMPANY} se dispararon un {NUM} % el {DAY} tras conocerse que {COMPANY#2} prepara una oferta para hacerse con el control de la compañía .",
    "El precio del tomate en los mercados mayoristas de {REGION@art} se ha triplicado en apenas [tres|cuatro|seis] semanas .",
    "Aunque el banco central de {COUNTRY@art} había descartado nuevas subidas de tipos , la inflación obligó a {PER?su gobernador|su gobernadora} , {PER} , a cambiar de rumbo en {MONTH} .",
    # política
    "Tras una reunión de casi [seis|ocho|diez] horas en {CITY} , los líderes de {PARTY@art} , {PARTY#2@art} y {PARTY#3@art} acordaron presentar una lista conjunta , aunque {PER} , {PER?presidente|presidenta} de {PARTY#3@art} , advirtió de que el pacto « todavía no está cerrado » .",
    "{PER} ( {PARTY} ) , {PER?nuevo alcalde|nueva alcaldesa} de {CITY} .",
    "{COUNTRY@art} , {COUNTRY#2@art} y {COUNTRY#3@art} han pedido a {INST@art} que convoque{INST.n} una reunión urgente para tratar la crisis humanitaria en {REGION@art} .",
    "« No vamos a subir los impuestos » , repitió {PER:last} en una entrevista concedida a {MEDIA@art} , pero los técnicos de su propio ministerio calculan lo contrario .",
    # deportes
    "{PER} , que llegó a {CLUB@art} procedente de {CLUB#2@art} hace apenas [dos|tres|seis] meses , se perderá el resto de la temporada por una lesión de rodilla , lo que obliga al entrenador a buscar un sustituto antes del cierre del mercado .",
    "{CLUB@art} vence a {CLUB#2@art} ( {SCORE} ) y sigue líder .",
    "¿ Llegará {PER} a tiempo para {TOURNEY@art} ?",
    '{PER} , tras la derrota ante {CLUB@art} : " No hay excusas , hemos jugado muy mal " .',
    "{PER} , {PER?operado|operada} con éxito en {CITY} .",
    "{COMPANY} despide a {BIG} trabajadores .",
    "Sequía histórica en {REGION@art} .",
    "Huelga de médicos en {CITY} .",
)


# lead-ins placed before a whole template sentence (joined as LEAD + " " + TEMPLATE; the sentence
# proper is capitalised by the generator); slot ids #7-#9 keep them apart from the sentence's slots
LEADS: tuple[str, ...] = (
    "{CITY#7} ( {MEDIA#7} ) .-",
    "{CITY#7} , {DATE} de {MONTH} ( {MEDIA#7} ) .",
    "{CITY#7} , {DATE} de {MONTH} -",
    "{CITY#7} ( {COUNTRY#7} ) , {DATE} de {MONTH} ( {MEDIA#7} ) .-",
    "{CITY#7} , {DAY} {DATE} de {MONTH} de {YEAR} .",
    "{CITY#7} / {CITY#8} ( {MEDIA#7} ) .-",
    "( {MEDIA#7} ) .-",
    "Última hora :",
    "Urgente :",
    "De nuestro corresponsal en {CITY#7} .",
    "Por {PER#8} , {PER#8?enviado especial|enviada especial} a {CITY#7} .",
)

# clauses appended at the end of a sentence (joined as TEMPLATE[:-2] + " " + TAIL + " .", only to
# templates that end in " ." and have no straight quote)
TAILS: tuple[str, ...] = (
    ", según informó {MEDIA#7@art}",
    ", tal y como adelantó {MEDIA#7@art}",
    ", tal como recoge {MEDIA#7@art} en su edición de este {DAY}",
    "( según {MEDIA#7@art} )",
    ", y así lo confirmó a {MEDIA#7@art} [un portavoz|una portavoz] de {ORG#7@art}",
    ", informaron fuentes de {INST#7@art}",
    ", pese a la oposición de {INST#7@art}",
    ", como han confirmado fuentes de {PARTY#7@art}",
    ", de acuerdo con un informe elaborado por {UNI#7@art}",
    ", según {PER#8} , analista de {COMPANY#7@art}",
    ", mientras {PARTY#7@art} pedía elecciones anticipadas",
    ", en plena campaña para las elecciones en {REGION#7@art}",
    ", lo que ha provocado duras críticas de {PARTY#7@art} y {PARTY#8@art}",
    ", algo que {PER#8} , portavoz de {PARTY#7@art} , ha calificado de inaceptable",
    "; {PER#8} , {PER#8?alcalde|alcaldesa} de {CITY#7} , no ha querido hacer declaraciones",
    ", en un momento de máxima tensión entre {COUNTRY#7@art} y {COUNTRY#8@art}",
    ", en vísperas de la visita a {CITY#7} de {PER#8} , {PER#8?presidente|presidenta} de {COUNTRY#7@art}",
    ", al igual que ocurrió en {YEAR} en {REGION#7@art}",
    ", a pocos días del inicio de {TOURNEY#7@art}",
    ", después de que {PER#8} anunciara que deja la presidencia de {CLUB#7@art}",
    ", coincidiendo con la celebración de {FEST#7@art}",
    ", coincidiendo con el estreno en {CITY#7} de « {WORK#7} »",
    ", el mismo día del lanzamiento {PRODUCT#7?del nuevo|de la nueva} {PRODUCT#7}",
    ", pocas horas antes de la presentación de los resultados de {COMPANY#7@art}",
    ", días después del vertido de gasóleo en {GEO#7@art}",
    ", según ha podido saber este periódico",
    ", según fuentes oficiales",
    ", aunque todavía no hay confirmación oficial",
)
