"""Multilingual word lists used by quote attribution and source comparison.

Generic data only: world news agencies, words that say what kind of source is cited, country
names and adjectives (for "place P is in country C"), units, number words, negation cues and
title/role heads. Per-language speech cues live in the ``quotes`` section of ``newsweave.lang``.
Everything here is matched case-insensitively; entries ending in ``*`` are word stems.
"""
from __future__ import annotations

import re
from functools import lru_cache

# ----------------------------------------------------------------------------- news agencies
# canonical name -> aliases (any script). A generic list of wire services of the world.
AGENCIES: dict[str, list[str]] = {
    "AFP": ["AFP", "Agence France-Presse", "Agence France Presse", "Франс Пресс", "Франс Прес"],
    "Reuters": ["Reuters", "Рейтер", "Рейтерс", "Reuters"],
    "AP": ["AP", "Associated Press", "Ассошиэйтед Пресс", "Ассошіейтед Прес"],
    "TASS": ["TASS", "ТАСС", "ITAR-TASS", "ИТАР-ТАСС"],
    "RIA Novosti": ["RIA Novosti", "RIA", "РИА Новости", "РІА Новини", "РИА"],
    "Interfax": ["Interfax", "Интерфакс", "Інтерфакс", "Interfax-Ukraine", "Інтерфакс-Україна"],
    "KCNA": ["KCNA", "ЦТАК", "Korean Central News Agency", "KCNA Watch"],
    "Yonhap": ["Yonhap", "Йонхап", "Ренхап", "Йонхаб"],
    "Xinhua": ["Xinhua", "Синьхуа", "Сіньхуа", "Chine nouvelle"],
    "Kyodo": ["Kyodo", "Киодо", "Кіодо"],
    "EFE": ["EFE"],
    "Europa Press": ["Europa Press"],
    "dpa": ["dpa", "Deutsche Presse-Agentur"],
    "ANSA": ["ANSA"],
    "Ukrinform": ["Ukrinform", "Укрінформ", "Укринформ"],
    "UNIAN": ["UNIAN", "УНІАН", "УНИАН"],
    "Anadolu": ["Anadolu", "Anadolu Agency", "Анадолу"],
    "Bloomberg": ["Bloomberg", "Блумберг"],
    "PTI": ["PTI", "Press Trust of India"],
    "IRNA": ["IRNA", "ИРНА"],
    "Sputnik": ["Sputnik", "Спутник"],
    "BelTA": ["BelTA", "БелТА"],
    "PAP": ["PAP"],
    "APA": ["APA"],
    "Belga": ["Belga"],
    "Notimex": ["Notimex"],
    "Télam": ["Télam", "Telam"],
    "SANA": ["SANA"],
    "WAFA": ["WAFA"],
    "Kazinform": ["Kazinform", "Казинформ"],
    "RBC": [],  # media, see MEDIA_NAMES (kept here as a reminder that it is not a wire)
}
AGENCIES = {k: v for k, v in AGENCIES.items() if v}

# well-known media outlets often cited by name (kind "media")
MEDIA_NAMES = [
    "RBC", "РБК", "BBC", "CNN", "Le Monde", "Le Figaro", "Libération", "The New York Times",
    "New York Times", "Washington Post", "The Guardian", "Financial Times", "Wall Street Journal",
    "Kommersant", "Коммерсант", "Izvestia", "Известия", "Vedomosti", "Ведомости", "Meduza",
    "Медуза", "Novaya Gazeta", "Новая газета", "Ukrainska Pravda", "Українська правда",
    "Kyiv Independent", "El País", "El Mundo", "Der Spiegel", "Spiegel", "Die Zeit", "Bild",
    "Süddeutsche Zeitung", "FAZ", "NK News", "Daily NK", "Rodong Sinmun", "Al Jazeera",
    "Politico", "Axios", "Telegram", "RT", "Russia Today", "Euronews", "France 24", "RFI",
    "Deutsche Welle", "DW", "NHK", "CBS", "NBC", "ABC", "Fox News", "Le Parisien",
]

# words that tell the kind of a cited source, checked in this order
SOURCE_KIND_WORDS: dict[str, list[str]] = {
    "embassy": ["ambassade*", "embass*", "посольств*", "embajad*", "botschaft*", "consulat*",
                "consulate*", "консульств*"],
    "ministry": ["ministère*", "ministry", "ministries", "министерств*", "міністерств*",
                 "ministerio*", "ministerium*", "минобороны", "мид", "мзс", "минфин*",
                 "pentagon*", "пентагон*", "département d'état", "state department", "госдеп*",
                 "ministère", "мінобо*", "auswärtig*"],
    "agency": ["agence*", "agency", "agencies", "агентств*", "агенці*", "agencia*", "agentur*",
               "wire"],
    "anonymous": ["source", "sources", "источник*", "джерел*", "джерело", "fuente*", "quelle*",
                  "kreise*", "insider*", "informateur*", "proche*", "sources proches",
                  "un responsable", "an official", "officials said", "diplomat*", "диплома*"],
    "expert": ["expert*", "analyst*", "analyste*", "эксперт*", "аналитик*", "експерт*",
               "аналітик*", "experto*", "analista*", "experte*", "spécialiste*", "specialist*",
               "politolog*", "политолог*", "політолог*", "chercheur*", "researcher*",
               "professeur*", "professor*"],
    "official": ["conseil*", "council*", "совет*", "рада", "ради", "consejo*", "rat", "rates",
                 "sicherheitsrat*", "gouvernement*", "government*", "правительств*", "уряд*",
                 "gobierno*", "regierung*", "kremlin*", "кремл*", "présiden*", "presiden*",
                 "президент*", "präsident*", "porte-parole", "spokes*", "пресс-секретар*",
                 "речни*", "portavoz", "sprecher*", "ministre*", "minister*", "министр*",
                 "міністр*", "ministro*", "communiqué*", "statement*", "déclaration*",
                 "заявлени*", "заяв*", "comunicado*", "erklärung*", "mairie", "maire", "mayor",
                 "армі*", "armée*", "army", "ejército", "armee", "военн*", "military",
                 "état-major", "штаб*", "autorités", "authorities", "власт*", "влад*",
                 "autoridades", "behörde*", "responsables", "dirigeant*", "leader*",
                 "лидер*", "лідер*", "líder*", "führung*", "administration*", "администрац*",
                 "адміністрац*", "parlement*", "parliament*", "дум*", "верховн*", "congr*",
                 "bundestag", "otan", "nato", "нато", "onu", "оон", "белый дом",
                 "maison blanche", "white house", "casa blanca", "weißes haus", "офис президента",
                 "офіс президента"],
    "media": ["journal*", "newspaper*", "site*", "website*", "média*", "media", "médias",
              "télévision*", "television", "chaîne*", "channel*", "radio*", "quotidien*",
              "hebdomadaire*", "magazine*", "газет*", "издани*", "видання", "телеканал*",
              "сайт*", "periódico*", "diario*", "cadena*", "zeitung*", "sender*", "blog*",
              "telegram*", "chaîne telegram", "телеграм*", "портал*", "outlet*", "tabloid*",
              "журнал*", "tv", "тв"],
}

# ----------------------------------------------------------------------------- countries
# canonical key -> stems per language: names and adjectives (adjectives marked by "adj:")
COUNTRIES: dict[str, list[str]] = {
    "RU": ["russie", "russia", "rusia", "russland", "росси*", "росія*", "росії", "росію", "рф",
           "adj:russe*", "adj:russian*", "adj:ruso*", "adj:rusa*", "adj:russisch*",
           "adj:российск*", "adj:русск*", "adj:російськ*"],
    "UA": ["ukraine", "ucrania", "украин*", "україн*",
           "adj:ukrainien*", "adj:ukrainian*", "adj:ucranian*", "adj:ukrainisch*",
           "adj:украинск*", "adj:українськ*"],
    "KP": ["corée du nord", "north korea", "corea del norte", "nordkorea", "кндр", "рпдс",
           "rpdc", "dprk", "северн* коре*", "північн* коре*",
           "adj:nord-coréen*", "adj:north korean*", "adj:norcorean*", "adj:nordkoreanisch*",
           "adj:северокорейск*", "adj:північнокорейськ*"],
    "KR": ["corée du sud", "south korea", "corea del sur", "südkorea", "южн* коре*",
           "південн* коре*", "adj:sud-coréen*", "adj:south korean*", "adj:surcorean*",
           "adj:südkoreanisch*", "adj:южнокорейск*", "adj:південнокорейськ*"],
    "BY": ["biélorussie", "belarus", "bielorrusia", "weißrussland", "беларус*", "білорус*",
           "adj:biélorusse*", "adj:belarusian*", "adj:bielorruso*", "adj:belarussisch*",
           "adj:белорусск*", "adj:білоруськ*"],
    "CN": ["chine", "china", "китай", "китая", "китае", "китаї", "adj:chinois*",
           "adj:chinese", "adj:chino*", "adj:china*", "adj:chinesisch*", "adj:китайск*"],
    "US": ["états-unis", "etats-unis", "united states", "usa", "estados unidos", "сша",
           "vereinigte staaten", "adj:américain*", "adj:american*", "adj:estadounidense*",
           "adj:amerikanisch*", "adj:американск*", "adj:американськ*"],
    "FR": ["france", "francia", "frankreich", "франци*", "франці*", "adj:français*",
           "adj:french", "adj:francés*", "adj:francesa*", "adj:französisch*",
           "adj:французск*", "adj:французьк*"],
    "DE": ["allemagne", "germany", "alemania", "deutschland", "германи*", "німеччин*",
           "adj:allemand*", "adj:german", "adj:alemán*", "adj:alemana*", "adj:deutsch*",
           "adj:немецк*", "adj:німецьк*"],
    "GB": ["royaume-uni", "united kingdom", "britain", "reino unido", "großbritannien",
           "великобритани*", "великобритані*", "adj:britannique*", "adj:british",
           "adj:británic*", "adj:britisch*", "adj:британск*", "adj:британськ*"],
    "PL": ["pologne", "poland", "polonia", "polen", "польш*", "польщ*", "adj:polonais*",
           "adj:polish", "adj:polac*", "adj:polnisch*", "adj:польск*", "adj:польськ*"],
    "IR": ["iran", "irán", "иран*", "іран*", "adj:iranien*", "adj:iranian*", "adj:iraní*",
           "adj:iranisch*", "adj:иранск*", "adj:іранськ*"],
    "IL": ["israël", "israel", "израил*", "ізраїл*", "adj:israélien*", "adj:israeli*",
           "adj:israelí*", "adj:israelisch*", "adj:израильск*", "adj:ізраїльськ*"],
    "SY": ["syrie", "syria", "siria", "syrien", "сири*", "сирі*", "adj:syrien*",
           "adj:syrian*", "adj:sirio*", "adj:syrisch*", "adj:сирийск*", "adj:сирійськ*"],
    "TR": ["turquie", "turkey", "türkiye", "turquía", "türkei", "турци*", "туреччин*",
           "adj:turc*", "adj:turkish", "adj:turco*", "adj:türkisch*", "adj:турецк*",
           "adj:турецьк*"],
    "JP": ["japon", "japan", "japón", "япони*", "япені*", "adj:japonais*", "adj:japanese",
           "adj:japonés*", "adj:japanisch*", "adj:японск*", "adj:японськ*"],
    "GE": ["géorgie", "georgia", "georgien", "грузи*", "грузі*", "adj:géorgien*",
           "adj:georgian*", "adj:georgiano*", "adj:georgisch*", "adj:грузинск*",
           "adj:грузинськ*"],
    "MD": ["moldavie", "moldova", "moldavia", "moldau", "молдов*", "молдав*",
           "adj:moldave*", "adj:moldovan*", "adj:moldavo*", "adj:moldauisch*",
           "adj:молдавск*", "adj:молдовськ*"],
    "KZ": ["kazakhstan", "kazajistán", "kasachstan", "казахстан*", "adj:kazakh*",
           "adj:kazaj*", "adj:kasachisch*", "adj:казахск*", "adj:казахськ*"],
    "ES": ["espagne", "spain", "españa", "spanien", "испани*", "іспані*", "adj:espagnol*",
           "adj:spanish", "adj:español*", "adj:spanisch*", "adj:испанск*", "adj:іспанськ*"],
    "IT": ["italie", "italy", "italia", "italien", "итали*", "італі*", "adj:italien*",
           "adj:italian*", "adj:italiano*", "adj:italienisch*", "adj:итальянск*",
           "adj:італійськ*"],
    "IN": ["inde", "india", "indien", "инди*", "інді*", "adj:indien*", "adj:indian",
           "adj:indio*", "adj:indisch*", "adj:индийск*", "adj:індійськ*"],
}

COUNTRIES.update({
    "EE": ["estonie", "estonia", "estland", "эстони*", "естоні*", "adj:estonien*",
           "adj:estonian*", "adj:estonio*", "adj:estnisch*", "adj:эстонск*", "adj:естонськ*"],
    "LV": ["lettonie", "latvia", "letonia", "lettland", "латви*", "латві*", "adj:letton*",
           "adj:latvian*", "adj:letón*", "adj:letona*", "adj:lettisch*", "adj:латвийск*",
           "adj:латвійськ*"],
    "LT": ["lituanie", "lithuania", "lituania", "litauen", "литв*", "adj:lituanien*",
           "adj:lithuanian*", "adj:lituano*", "adj:litauisch*", "adj:литовск*", "adj:литовськ*"],
    "FI": ["finlande", "finland", "finlandia", "finnland", "финлянди*", "фінлянді*",
           "adj:finlandais*", "adj:finnish", "adj:finlandés*", "adj:finnisch*",
           "adj:финск*", "adj:фінськ*"],
    "RO": ["roumanie", "romania", "rumania", "rumänien", "румыни*", "румуні*",
           "adj:roumain*", "adj:romanian*", "adj:rumano*", "adj:rumänisch*", "adj:румынск*",
           "adj:румунськ*"],
    "HU": ["hongrie", "hungary", "hungría", "ungarn", "венгри*", "угорщин*", "adj:hongrois*",
           "adj:hungarian*", "adj:húngar*", "adj:ungarisch*", "adj:венгерск*", "adj:угорськ*"],
    "AM": ["arménie", "armenia", "armenien", "армени*", "вірмені*", "adj:arménien*",
           "adj:armenian*", "adj:armenio*", "adj:armenisch*", "adj:армянск*", "adj:вірменськ*"],
    "AZ": ["azerbaïdjan", "azerbaijan", "azerbaiyán", "aserbaidschan", "азербайджан*",
           "adj:azerbaïdjanais*", "adj:azerbaijani*", "adj:azerbaiyano*",
           "adj:aserbaidschanisch*", "adj:азербайджанск*", "adj:азербайджанськ*"],
})

MONTHS = [
    "janv*", "févr*", "fevr*", "mars", "avr*", "mai", "juin", "juil*", "août", "aout", "sept*",
    "oct*", "nov*", "déc*", "dec*", "jan*", "feb*", "march", "apr*", "may", "june", "july",
    "aug*", "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
    "septiembre", "octubre", "noviembre", "diciembre", "januar", "februar", "märz", "juni",
    "juli", "oktober", "dezember", "январ*", "феврал*", "март*", "апрел*", "мая", "май",
    "июн*", "июл*", "август*", "сентябр*", "октябр*", "ноябр*", "декабр*", "січ*", "лют*",
    "берез*", "квіт*", "трав*", "черв*", "лип*", "серп*", "верес*", "жовт*", "листопад*",
    "груд*",
]

# nouns for places smaller than a country ("region R", "oblast of R", "the city of R")
PLACE_NOUNS = [
    "région*", "region*", "región*", "oblast*", "област*", "provinc*", "province*",
    "территори*", "територі*", "territoire*", "territor*", "gebiet*", "ville*", "city",
    "cities", "town*", "город*", "місто", "міста", "ciudad*", "stadt", "district*", "район*",
    "distrito*", "bezirk*", "zone*", "zona*", "зон*", "département*", "departamento*",
    "krai", "край", "краю", "kraï", "république", "republic", "республик*", "республік*",
    "village*", "село", "села", "pueblo*", "dorf", "localité*", "locality", "area", "areas",
]
# prepositions that put a place inside a larger one, and direction words ("eastern")
LOCATIVE_PREPS = ["in", "en", "au", "aux", "dans", "à", "в", "во", "у", "на", "im", "de",
                  "of", "del", "de la", "de l'", "de l’", "du", "des"]
DIRECTION_WORDS = [
    "est", "ouest", "nord", "sud", "centre", "east*", "west*", "north*", "south*", "central",
    "восток*", "запад*", "север*", "юг*", "юге", "сход*", "заход*", "півн*", "півд*", "este",
    "oeste", "norte", "sur", "osten", "westen", "norden", "süden", "ost*", "центр*",
    "l'est", "l’est", "l'ouest", "l’ouest", "le", "la", "l'", "l’", "the", "el", "dem",
    "der", "des", "de", "of", "del", "part", "partie", "часть", "частин*", "parte", "teil",
    "frontalière", "frontalier*", "border", "pограничн*", "приграничн*", "прикордонн*",
    "fronterizo*", "grenz*",
]
INCLUDING_WORDS = ["notamment", "including", "especially", "particularly", "en particulier",
                   "в том числе", "в частности", "особенно", "зокрема", "у тому числі",
                   "особливо", "en particular", "incluido", "incluida", "especialmente",
                   "insbesondere", "darunter", "vor allem", "surtout", "namely"]

# ----------------------------------------------------------------------------- numbers, units
NUMBER_WORDS: dict[str, float] = {
    # fr
    "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8, "neuf": 9,
    "dix": 10, "douze": 12, "vingt": 20, "cent": 100, "mille": 1000,
    # en
    "two": 2, "three": 3, "four": 4, "five": 5, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "twelve": 12, "twenty": 20, "hundred": 100, "thousand": 1000, "dozen": 12,
    # es
    "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6, "siete": 7, "ocho": 8,
    "nueve": 9, "diez": 10, "doce": 12, "veinte": 20, "cien": 100, "mil": 1000,
    # de
    "zwei": 2, "drei": 3, "vier": 4, "fünf": 5, "sechs": 6, "sieben": 7, "acht": 8,
    "neun": 9, "zehn": 10, "zwölf": 12, "zwanzig": 20, "hundert": 100, "tausend": 1000,
    # ru
    "два": 2, "две": 2, "двух": 2, "три": 3, "трех": 3, "трёх": 3, "четыре": 4,
    "пять": 5, "шесть": 6, "семь": 7, "восемь": 8, "девять": 9, "десять": 10,
    "двенадцать": 12, "двадцать": 20, "сто": 100, "тысяча": 1000, "тысячи": 1000,
    # uk
    "дві": 2, "двох": 2, "трьох": 3, "чотири": 4, "п'ять": 5, "п’ять": 5, "шість": 6,
    "сім": 7, "вісім": 8, "дев'ять": 9, "дев’ять": 9, "десять": 10, "дванадцять": 12,
    "двадцять": 20, "тисяча": 1000, "тисячі": 1000,
}
NUMBER_WORDS.update({
    "trente": 30, "quarante": 40, "cinquante": 50, "soixante": 60, "thirty": 30, "forty": 40,
    "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "eleven": 11,
    "fifteen": 15, "treinta": 30, "cuarenta": 40, "cincuenta": 50, "sesenta": 60,
    "dreißig": 30, "vierzig": 40, "fünfzig": 50, "sechzig": 60, "тридцать": 30, "сорок": 40,
    "пятьдесят": 50, "тридцять": 30, "п'ятдесят": 50, "п’ятдесят": 50, "once": 11,
    "quince": 15, "onze": 11, "quinze": 15, "elf": 11, "fünfzehn": 15,
})
MULTIPLIERS: dict[str, float] = {
    "million*": 1e6, "millón": 1e6, "millones": 1e6, "millionen": 1e6, "млн": 1e6,
    "миллион*": 1e6, "мільйон*": 1e6, "milliard*": 1e9, "billion*": 1e9, "mil millones": 1e9,
    "milliarde*": 1e9, "млрд": 1e9, "миллиард*": 1e9, "мільярд*": 1e9, "thousand": 1e3,
    "mille": 1e3, "тыс": 1e3, "тис": 1e3, "tausend": 1e3, "mil": 1e3, "k": 1e3,
}
# canonical unit -> surface stems (any language)
UNITS: dict[str, list[str]] = {
    "percent": ["%", "pour cent", "pourcent*", "percent", "per cent", "por ciento", "prozent",
                "процент*", "відсот*"],
    "hour": ["heure*", "hour*", "hora*", "stunde*", "час", "часа", "часов", "годин*"],
    "day": ["jour*", "day*", "día*", "tag", "tage", "tagen", "дн*", "день", "дня", "днів",
            "доб*"],
    "minute": ["minute*", "minuto*", "минут*", "хвилин*"],
    "km": ["km", "kilomètre*", "kilometre*", "kilometer*", "kilómetro*", "км", "километр*",
           "кілометр*"],
    "person": ["personne*", "people", "person*", "persona*", "menschen", "человек",
               "люд*", "осіб", "особи", "habitant*", "civil*", "мирн*", "civils"],
    "soldier": ["soldat*", "soldier*", "soldado*", "troup*", "troop*", "militaire*",
                "military", "военн*", "військов*", "солдат*", "combattant*", "fighter*",
                "kämpfer*", "militar*", "servicem*", "бойц*", "бійц*"],
    "dead": ["mort*", "tué*", "dead", "killed", "muerto*", "tote*", "getötet*", "погиб*",
             "убит*", "загибл*", "вбит*", "victime*", "victim*", "víctima*", "opfer*",
             "жертв*"],
    "wounded": ["blessé*", "wounded", "injured", "hurt", "herido*", "verletzt*", "ранен*",
                "поранен*", "пострадавш*", "постраждал*"],
    "dollar": ["$", "dollar*", "dólar*", "доллар*", "долар*", "usd"],
    "euro": ["€", "euro*", "евро", "євро", "eur"],
    "rouble": ["rouble*", "ruble*", "rubel*", "рубл*", "руб", "₽"],
    "hryvnia": ["hryvnia*", "гривн*", "грн", "₴"],
    "tonne": ["tonne*", "ton", "tons", "tonelada*", "tonnen", "тонн*", "тон*"],
    "missile": ["missile*", "misil*", "rakete*", "ракет*", "roquette*", "rocket*"],
    "drone": ["drone*", "dron*", "дрон*", "беспилотник*", "безпілотник*", "bpla", "бпла"],
    "shell": ["obus", "shell*", "projectile*", "снаряд*", "munition*", "ammunition",
              "munición*", "боеприпас*", "боєприпас*"],
    "year": ["an", "ans", "année*", "year*", "año*", "jahr*", "год", "года", "лет", "рок*",
             "років"],
    "visit": ["visite*", "visit*", "визит*", "візит*", "besuch*"],
}

# ----------------------------------------------------------------------------- negation
NEGATION: dict[str, list[str]] = {
    "fr": [r"\bne\b[^.;]{0,40}?\b(?:pas|jamais|plus|aucun\w*|guère|rien|personne)\b(?!\s+(?:seulement|que|uniquement))",
           r"\bn['’]\w+[^.;]{0,40}?\b(?:pas|jamais|plus|aucun\w*|rien|personne)\b(?!\s+(?:seulement|que|uniquement))",
           r"\baucun\w*\b", r"\bjamais\b"],
    "en": [r"\bnot\b(?!\s+only)", r"\bn['’]t\b", r"\bnever\b", r"\bno\b(?!\s+(?:longer|doubt|less))",
           r"\bnobody\b", r"\bnothing\b", r"\w+n['’]t\b(?!\s+only)"],
    "es": [r"\bno\b(?!\s+(?:solo|sólo|solamente))", r"\bnunca\b", r"\bjamás\b", r"\bningún\b",
           r"\bninguna?\b", r"\bnadie\b", r"\bnada\b"],
    "de": [r"\bnicht\b(?!\s+nur)", r"\bkein\w*\b", r"\bnie\b", r"\bniemals\b", r"\bniemand\b",
           r"\bnichts\b"],
    "ru": [r"\bне\b(?!\s+только)", r"\bнет\b", r"\bникогда\b", r"\bникто\b", r"\bничего\b"],
    "uk": [r"\bне\b(?!\s+лише|\s+тільки)", r"\bні\b", r"\bніколи\b", r"\bніхто\b", r"\bнічого\b"],
}
# "n'exclut pas", "does not rule out": a negated negative verb asserts nothing denied
NEGATED_NEGATIVES = [r"exclu\w*", r"rule\w* out", r"исключа\w*", r"виключа\w*", r"descart\w*",
                     r"ausschließ\w*", r"schließt\w*\s+\w*\s*aus", r"cess\w*", r"manqu\w*"]

# ----------------------------------------------------------------------------- titles, roles
# canonical role -> surface stems (any language). Roles are compared by canonical key, so
# "secrétaire" and "secretary" agree, "président du conseil" and "secretary of the council" do not.
ROLE_HEADS: dict[str, list[str]] = {
    "secretary": ["secrétaire", "secretary", "secretario", "secretaria", "sekretär*",
                  "секретар*", "генсек*"],
    "chair": ["président", "présidente", "president", "chairman", "chairwoman", "chair",
              "chairperson", "presidente", "präsident*", "vorsitzende*", "председател*",
              "президент*", "голов*"],
    "vice-chair": ["vice-président*", "vice-president", "vice president", "vice-chairman",
                   "deputy chairman", "vicepresidente*", "vizepräsident*",
                   "заместитель председателя", "зампред*", "віце-президент*",
                   "заступник голови", "вице-президент*"],
    "commander-in-chief": ["commandant en chef", "commander-in-chief", "commander in chief",
                           "comandante en jefe", "oberbefehlshaber*", "главнокомандующ*",
                           "головнокомандувач*", "верховн* главнокомандующ*"],
    "commander": ["commandant", "commander", "comandante", "kommandeur*", "befehlshaber*",
                  "командующ*", "командир*", "командувач*"],
    "minister": ["ministre", "minister", "ministro", "ministra", "министр*", "міністр*"],
    "deputy-minister": ["vice-ministre", "deputy minister", "viceministro*",
                        "vize-minister*", "замминистр*", "заместитель министра",
                        "заступник міністра", "ministre adjoint", "ministre délégué"],
    "prime-minister": ["premier ministre", "premier-ministre", "prime minister", "premier",
                       "primer ministro", "presidente del gobierno", "ministerpräsident*",
                       "премьер*", "прем'єр*", "прем’єр*", "kanzler*", "chancelier*",
                       "chancellor"],
    "leader": ["dirigeant", "dirigeante", "leader", "líder", "anführer*", "machthaber*",
               "лидер*", "лідер*", "руководител*", "керівник*", "chef", "führer*"],
    "ambassador": ["ambassadeur*", "ambassadrice", "ambassador*", "embajador*",
                   "botschafter*", "посол", "посла", "посол*"],
    "spokesperson": ["porte-parole", "spokesman", "spokeswoman", "spokesperson", "portavoz",
                     "sprecher*", "пресс-секретар*", "речни*", "официальный представитель",
                     "офіційний представник"],
    "director": ["directeur*", "directrice", "director*", "direktor*", "директор*"],
    "head": ["chef", "head", "jefe", "jefa", "leiter*", "chef*", "глава", "главы", "очільник*"],
    "general": ["général", "general", "generál", "генерал*"],
    "mayor": ["maire", "mayor", "alcalde*", "bürgermeister*", "мэр*", "мер", "мера"],
    "governor": ["gouverneur*", "governor*", "gobernador*", "gouverneur", "губернатор*"],
    "king": ["roi", "king", "rey", "könig", "король", "короля"],
    "envoy": ["envoyé*", "envoy*", "enviado*", "gesandte*", "посланник*", "emissaire*",
              "émissaire*"],
    "speaker": ["président de la chambre", "speaker", "спикер*", "спікер*"],
}
# role heads that close German compounds ("Außenminister", "Regierungssprecher")
COMPOUND_ROLE_HEADS = {"minister", "präsident", "sekretär", "sprecher", "direktor",
                       "botschafter", "kommandeur", "befehlshaber", "bürgermeister"}
# kind words that close German compounds ("Innenministeriums", "Nachrichtenagentur")
COMPOUND_KIND_STEMS = {"ministerium": "ministry", "botschaft": "embassy", "agentur": "agency",
                       "regierung": "official", "sprecher": "official", "zeitung": "media",
                       "experte": "expert", "kreise": "anonymous"}
FORMER_WORDS = ["ex-", "ex", "ancien", "ancienne", "former", "exministro", "antiguo",
                "ehemalige*", "бывш*", "колишн*", "экс-", "екс-", "old", "then"]


# ----------------------------------------------------------------------------- helpers
def stem_regex(entries: list[str]) -> str:
    """Alternation for a list of entries (``*`` = any word characters), longest first."""
    parts = []
    for e in sorted(set(entries), key=len, reverse=True):
        if e.startswith("adj:"):
            e = e[4:]
        body = re.escape(e.rstrip("*")).replace(r"\ ", r"\s+")
        if e.endswith("*"):
            body += r"[\w'’-]*"
        parts.append(body)
    return "(?:" + "|".join(parts) + ")"


def _bounded(pat: str) -> str:
    return r"(?<![\w])" + pat + r"(?![\w])"


@lru_cache(maxsize=None)
def compiled(name: str) -> re.Pattern[str]:
    """Compiled whole-word pattern for a word list by name: ``PLACE_NOUNS``, ``INCLUDING_WORDS``,
    ``FORMER_WORDS``, ``MEDIA_NAMES``, ``DIRECTION_WORDS``."""
    return re.compile(_bounded(stem_regex(globals()[name])), re.IGNORECASE)


@lru_cache(maxsize=None)
def country_patterns() -> list[tuple[str, bool, re.Pattern[str]]]:
    """(country key, is_adjective, pattern) for every country entry."""
    out = []
    for key, entries in COUNTRIES.items():
        names = [e for e in entries if not e.startswith("adj:")]
        adjs = [e[4:] for e in entries if e.startswith("adj:")]
        if names:
            out.append((key, False, re.compile(_bounded(stem_regex(names)), re.IGNORECASE)))
        if adjs:
            out.append((key, True, re.compile(_bounded(stem_regex(adjs)), re.IGNORECASE)))
    return out


def find_countries(text: str) -> list[tuple[int, int, str, bool]]:
    """(start, end, country key, is_adjective) for each country name or adjective in ``text``."""
    hits = []
    for key, is_adj, pat in country_patterns():
        for m in pat.finditer(text):
            hits.append((m.start(), m.end(), key, is_adj))
    hits.sort()
    # drop hits inside longer ones
    out: list[tuple[int, int, str, bool]] = []
    for h in hits:
        if out and h[0] < out[-1][1]:
            if h[1] - h[0] > out[-1][1] - out[-1][0]:
                out[-1] = h
            continue
        out.append(h)
    return out


def country_of_name(name: str) -> str | None:
    """The country key when ``name`` itself names a country ("Ukraine", "Украина")."""
    for key, is_adj, pat in country_patterns():
        m = pat.fullmatch(name.strip())
        if m and not is_adj:
            return key
    return None


@lru_cache(maxsize=None)
def agency_index() -> dict[str, str]:
    idx = {}
    for canon, aliases in AGENCIES.items():
        for a in aliases + [canon]:
            idx[a.casefold()] = canon
    return idx


@lru_cache(maxsize=None)
def _agency_regex() -> re.Pattern[str]:
    names = sorted(agency_index(), key=len, reverse=True)
    # Cyrillic names take case endings ("Укрінформу", "ТАСС-а"): allow up to two letters
    alts = [re.escape(n) + (r"(?:-?[а-яіїєґ]{1,2})?" if re.search(r"[А-Яа-яІЇЄҐ]", n) else "")
            for n in names]
    return re.compile(r"(?<![\w])(" + "|".join(alts) + r")(?![\w])", re.IGNORECASE)


def find_agency(text: str) -> str | None:
    """Canonical agency name when ``text`` names a news agency (case-sensitive for short
    acronyms so that "ap" or "ria" inside ordinary words do not match)."""
    idx = agency_index()
    for m in _agency_regex().finditer(text):
        s = m.group(1)
        key = s.casefold()
        while key not in idx and len(key) > 2:
            key = key[:-1].rstrip("-")
        if key not in idx:
            continue
        if len(key) <= 4 and s[:len(key)] != s[:len(key)].upper() and key not in ("dpa",):
            continue
        return idx[key]
    return None


@lru_cache(maxsize=None)
def _kind_regexes() -> list[tuple[str, re.Pattern[str]]]:
    return [(k, re.compile(_bounded(stem_regex(v)), re.IGNORECASE))
            for k, v in SOURCE_KIND_WORDS.items()]


def source_kind(text: str, entity_type: str | None = None, has_role: bool = False) -> str:
    """agency | ministry | embassy | media | official | anonymous | expert | other."""
    if find_agency(text):
        return "agency"
    media = compiled("MEDIA_NAMES")
    for k, pat in _kind_regexes():
        if pat.search(text):
            return k
    for stem, k in COMPOUND_KIND_STEMS.items():
        if re.search(r"\w" + stem, text, re.IGNORECASE):
            return k
    if media.search(text):
        return "media"
    if entity_type == "PER":
        return "official" if has_role else "other"
    return "other"


_ROLE_RES: list[tuple[str, re.Pattern[str]]] | None = None


def role_patterns() -> list[tuple[str, re.Pattern[str]]]:
    """(canonical role, pattern) longest surface first so "vice-président" wins over "président"."""
    global _ROLE_RES
    if _ROLE_RES is None:
        items = []
        for key, stems in ROLE_HEADS.items():
            for s in stems:
                items.append((key, s))
        items.sort(key=lambda kv: len(kv[1]), reverse=True)
        _ROLE_RES = []
        for k, s in items:
            pat = _bounded(stem_regex([s]))
            if s.rstrip("*") in COMPOUND_ROLE_HEADS:  # German compounds: "Verteidigungsminister"
                pat = r"(?<![\w])\w*" + stem_regex([s]) + r"(?![\w])"
            _ROLE_RES.append((k, re.compile(pat, re.IGNORECASE)))
    return _ROLE_RES


def canonical_role(text: str) -> str | None:
    """Canonical role key of the first role word in ``text`` (longest match wins)."""
    best: tuple[int, int, str] | None = None
    for key, pat in role_patterns():
        m = pat.search(text)
        if m and (best is None or m.start() < best[0]
                  or (m.start() == best[0] and m.end() - m.start() > best[1])):
            best = (m.start(), m.end() - m.start(), key)
    return best[2] if best else None


@lru_cache(maxsize=None)
def unit_patterns() -> list[tuple[str, re.Pattern[str]]]:
    out = []
    for key, stems in UNITS.items():
        sym = [s for s in stems if not s[0].isalnum()]
        words = [s for s in stems if s[0].isalnum()]
        if words:
            out.append((key, re.compile(r"^\s*(?:de\s+|d['’]\s*)?" + _bounded(stem_regex(words)),
                                        re.IGNORECASE)))
        if sym:
            out.append((key, re.compile(r"^\s*(?:" + "|".join(re.escape(s) for s in sym) + ")")))
    return out


def unit_after(text: str) -> str | None:
    """Canonical unit at the start of ``text`` (the words after a number), else None.
    A count of people qualified right after ("120 people injured", "14 Menschen verletzt")
    takes the qualifier's unit (wounded, dead)."""
    for key, pat in unit_patterns():
        m = pat.match(text)
        if m:
            if key in ("person", "soldier"):
                rest = text[m.end():m.end() + 28]
                for q in ("wounded", "dead"):
                    if re.search(_bounded(stem_regex(UNITS[q])), rest, re.IGNORECASE):
                        return q
            return key
    return None


def is_negated(text: str, lang: str | None) -> re.Match[str] | None:
    """The first negation cue of ``text`` that negates its statement, else None."""
    pat = negation_regex(lang)
    if pat is None:
        return None
    for m in pat.finditer(text):
        window = text[max(0, m.start() - 25):m.end() + 25]
        if re.search("|".join(NEGATED_NEGATIVES), window, re.IGNORECASE):
            continue
        return m
    return None


@lru_cache(maxsize=None)
def negation_regex(lang: str | None) -> re.Pattern[str] | None:
    pats = NEGATION.get(lang or "")
    if not pats:
        return None
    return re.compile("|".join(f"(?:{p})" for p in pats), re.IGNORECASE)
