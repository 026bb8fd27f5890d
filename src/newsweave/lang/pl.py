"""Polish language data for newsweave. Each section belongs to one component; edit only yours."""
from __future__ import annotations

from .schema import (ClaimSection, CleanSection, FramingSection, LinkSection, NerSection,
                     QuoteSection, TimeSection)

CODE = "pl"
NAME = "Polish"

# ---------------------------------------------------------------- clean (ingest/clean component)
CLEAN = CleanSection()

# ---------------------------------------------------------------- time (time expressions)
TIME = TimeSection()

# ---------------------------------------------------------------- ner (entity recognition)
NER = NerSection()

# ---------------------------------------------------------------- link (entity resolution)
LINK = LinkSection()

# ---------------------------------------------------------------- quotes (speech, attribution)
QUOTES = QuoteSection(
    speech_verbs=[
        "powiedział", "powiedziała", "powiedzieli", "mówi", "mówił", "mówiła", "oświadczył", "oświadczyła",
        "oświadczyli", "stwierdził", "stwierdziła", "dodał", "dodała", "podkreślił", "podkreśliła",
        "zapowiedział", "zapowiedziała", "poinformował", "poinformowała", "poinformowali", "przekazał",
        "przekazała", "zaznaczył", "zaznaczyła", "wyjaśnił", "wyjaśniła", "napisał", "napisała", "ostrzegł",
        "ostrzegła", "zapewnił", "zapewniła", "potwierdził", "potwierdziła", "zaprzeczył", "zaprzeczyła",
        "odpowiedział", "odpowiedziała", "ogłosił", "ogłosiła", "przyznał", "przyznała",
    ],
    speech_aux=["też", "także", "również", "wcześniej", "już", "potem", "następnie", "ponownie", "wczoraj", "dziś"],
    complementisers=["że", "iż"],
    according_to=[
        "według", "zdaniem", "jak podał", "jak podała", "jak podaje", "jak poinformował",
        "jak poinformowała", "powołując się na", "cytowany przez", "cytowana przez",
    ],
    pronouns=["on", "ona", "oni", "one"],
    np_stop_words=[
        "w", "we", "na", "po", "przed", "podczas", "z", "ze", "do", "dla", "przez", "od", "który", "która",
        "które", "poniedziałek", "wtorek", "środa", "środę", "czwartek", "piątek", "sobota", "sobotę",
        "niedziela", "niedzielę", "wczoraj", "dziś", "dzisiaj",
    ],
    source_kinds={
        "embassy": ["ambasad*", "konsulat*"],
        "ministry": ["ministerstw*", "msz"],
        "agency": ["agencj*"],
        "anonymous": ["źródł*", "informator*"],
        "expert": ["ekspert*", "analityk*", "politolog*"],
        "official": [
            "rząd*", "rzecznik*", "prezydent*", "minister*", "komunikat*", "oświadczeni*", "sejm*",
            "władz*", "kancelari*", "wojsk*",
        ],
        "media": ["gazet*", "dziennik*", "telewizj*", "tygodnik*", "radio*"],
    },
    abbreviations=["np", "tzw", "dr", "prof", "mgr", "inż", "tys", "mln", "mld", "godz", "ul", "al", "pl", "m.in"],
)

# ---------------------------------------------------------------- claims (claims and conflicts)
CLAIMS = ClaimSection(
    negation=[r"\bnie\b(?!\s+tylko)", r"\bnigdy\b", r"\bnikt\b", r"\bnic\b", r"\bżad\w+\b"],
    negated_negatives=[r"wyklucz\w*"],
    months=[
        "styczeń", "stycznia", "luty", "lutego", "marzec", "marca", "kwiecień", "kwietnia", "maj", "maja",
        "czerwiec", "czerwca", "lipiec", "lipca", "sierpień", "sierpnia", "wrzesień", "września",
        "październik", "października", "listopad", "listopada", "grudzień", "grudnia",
    ],
    number_words={
        "dwa": 2, "dwie": 2, "dwóch": 2, "trzy": 3, "trzech": 3, "cztery": 4, "pięć": 5, "sześć": 6,
        "siedem": 7, "osiem": 8, "dziewięć": 9, "dziesięć": 10, "jedenaście": 11, "dwanaście": 12,
        "piętnaście": 15, "dwadzieścia": 20, "trzydzieści": 30, "czterdzieści": 40, "pięćdziesiąt": 50,
        "sto": 100, "tysiąc": 1000,
    },
    multipliers={"milion*": 1e6, "mln": 1e6, "miliard*": 1e9, "mld": 1e9, "tys": 1e3, "tysiąc*": 1e3, "tysięcy": 1e3},
    units={
        "percent": ["procent*"],
        "hour": ["godzin*"],
        "day": ["dni", "dzień", "dnia", "doby"],
        "minute": ["minut*"],
        "km": ["km", "kilometr*"],
        "person": ["osób", "osoby", "ludzi", "mieszkańc*", "cywil*"],
        "soldier": ["żołnierz*"],
        "dead": ["zabit*", "zginęł*", "zmarł*", "ofiar*"],
        "wounded": ["rann*"],
        "dollar": ["dolar*"],
        "euro": ["euro"],
        "rouble": ["rubl*"],
        "hryvnia": ["hrywien", "hrywn*"],
        "tonne": ["ton"],
        "missile": ["rakiet*", "pocisk*"],
        "drone": ["dron*"],
        "year": ["lat", "lata", "rok", "roku"],
        "visit": ["wizyt*"],
    },
    role_heads={
        "secretary": ["sekretarz*"],
        "chair": ["prezydent*", "przewodnicząc*"],
        "vice-chair": ["wiceprezydent*", "wiceprzewodnicząc*"],
        "commander": ["dowódc*"],
        "minister": ["minister", "ministra", "ministrem", "ministrowi"],
        "deputy-minister": ["wiceminister*"],
        "prime-minister": ["premier", "premiera", "premierem", "premierowi"],
        "leader": ["lider*", "przywódc*"],
        "ambassador": ["ambasador*"],
        "spokesperson": ["rzecznik*"],
        "director": ["dyrektor*"],
        "head": ["szef*"],
        "general": ["generał*"],
        "mayor": ["burmistrz*"],
        "governor": ["wojewod*", "gubernator*"],
        "king": ["król*"],
        "envoy": ["wysłanni*"],
        "speaker": ["marszałek", "marszałka"],
    },
    former_words=["były", "była", "byłego", "byłej", "eks-", "ex-"],
    relative_pronouns=["który", "która", "które"],
    countries={
        "RU": ["rosja", "rosji", "rosję", "rosją", "adj:rosyjsk*"],
        "UA": ["ukraina", "ukrainy", "ukrainie", "ukrainę", "adj:ukraińsk*"],
        "KP": ["korea północna", "korei północnej", "adj:północnokoreańsk*"],
        "KR": ["korea południowa", "korei południowej", "adj:południowokoreańsk*"],
        "BY": ["białoruś", "białorusi", "adj:białorusk*"],
        "CN": ["chiny", "chinach", "chinami", "adj:chińsk*"],
        "US": ["stany zjednoczone", "stanów zjednoczonych", "usa", "adj:amerykańsk*"],
        "FR": ["francja", "francji", "adj:francusk*"],
        "DE": ["niemcy", "niemiec", "niemczech", "adj:niemieck*"],
        "GB": ["wielka brytania", "wielkiej brytanii", "adj:brytyjsk*"],
        "PL": ["polska", "polsce", "polskę", "adj:polsk*"],
        "IR": ["iran", "iranie", "adj:irańsk*"],
        "IL": ["izrael", "izraela", "izraelu", "adj:izraelsk*"],
        "SY": ["syria", "syrii", "adj:syryjsk*"],
        "TR": ["turcja", "turcji", "adj:tureck*"],
        "JP": ["japonia", "japonii", "adj:japońsk*"],
        "GE": ["gruzja", "gruzji", "adj:gruzińsk*"],
        "MD": ["mołdawia", "mołdawii", "adj:mołdawsk*"],
        "KZ": ["kazachstan*", "adj:kazachsk*"],
        "ES": ["hiszpania", "hiszpanii", "adj:hiszpańsk*"],
        "IT": ["włochy", "włoch", "włoszech", "adj:włosk*"],
        "IN": ["indii", "indiach", "adj:indyjsk*"],
        "EE": ["estonia", "estonii", "adj:estońsk*"],
        "LV": ["łotwa", "łotwy", "łotwie", "adj:łotewsk*"],
        "LT": ["litwa", "litwy", "litwie", "adj:litewsk*"],
        "FI": ["finlandia", "finlandii", "adj:fińsk*"],
        "RO": ["rumunia", "rumunii", "adj:rumuńsk*"],
        "HU": ["węgry", "węgier", "węgrzech", "adj:węgiersk*"],
        "AM": ["armenia", "armenii", "adj:ormiańsk*"],
        "AZ": ["azerbejdżan*", "adj:azerbejdżańsk*"],
    },
    place_nouns=[
        "region*", "obwod*", "województw*", "prowincj*", "miast*", "rejon*", "powiat*", "gmin*", "stref*",
        "wieś", "wsi", "republik*", "terytori*",
    ],
    locative_preps=["w", "we", "na"],
    direction_words=[
        "wschod*", "zachod*", "półn*", "połud*", "centraln*", "środkow*", "część", "części",
        "przygraniczn*", "graniczn*",
    ],
    including_words=["w tym", "zwłaszcza", "szczególnie", "m.in.", "między innymi"],
    place_gap_words=["to", "jest", "który", "która", "położon*"],
    demonstratives=["ten", "ta", "tego", "tej", "tym", "tę"],
)

# ---------------------------------------------------------------- framing (loaded terms)
FRAMING = FramingSection(
    loaded_terms={
        "dyktator": "przywódca", "dyktatur": "rząd", "reżim": "rząd", "tyran": "przywódca",
        "despota": "przywódca", "marionetk": "sojusznik", "junta": "rząd wojskowy", "terrorys": "bojownik",
        "propagand": "przekaz", "najeźdźc": "wojska", "okupant": "wojska", "nazist": "nacjonalista",
        "masakr": "atak", "ludobójstw": "zabójstwa", "hord": "wojska", "autokrat": "przywódca",
        "najemni": "zagraniczni bojownicy", "zbrodniarz wojenn": "oskarżony",
    },
)
