"""Polish language data for newsweave. Each section belongs to one component; edit only yours."""
from __future__ import annotations


from . import _slavic
from .schema import (ClaimSection, CleanSection, FramingSection, LinkSection, NerSection,
                     QuoteSection, TimeSection)

CODE = "pl"
NAME = "Polish"

# ---------------------------------------------------------------- clean (ingest/clean component)
CLEAN = CleanSection(
    chrome_lines=(
        # a link label to the article itself (a teaser's "read the article")
        r"czytaj (cały )?artykuł",
        # a series note and an account form: on every page of a dossier, never the article
        r"ten (wpis|artykuł|tekst) jest częścią (naszego|naszej|cyklu|serii|relacji)\b.*", r"(podaj|wpisz) (swój )?(adres )?e-?mail\b.*",
        r"czytaj (także|też|również|więcej|dalej)\b.*", r"przeczytaj (także|też|również)\b.*",
        r"zobacz (także|też|również)\b.*", r"polecamy(\s*:.*)?", r"najczęściej (czytane|komentowane)",
        r"najpopularniejsze", r"(artykuły|tematy) powiązane", r"(materiał|artykuł) sponsorowany",
        r"treści sponsorowane", r"reklama", r"udostępnij( na\b.*)?", r"(zapisz się|zasubskrybuj)\b.*",
        r"(subskrybuj|zamów) newsletter\b.*", r"(ta strona|strona|serwis) (używa|wykorzystuje) (plików )?cookies?\b.*",
        r"(akceptuję|akceptuj|zaakceptuj|odrzuć)( wszystkie)?( pliki)? cookies?\b.*", r"obserwuj nas\b.*",
        r"wszelkie prawa zastrzeżone\b.*", r"komentarze", r"strona główna", r"najnowsze( wiadomości)?",
        r"wiadomości",
    ),
    share_words=("udostępnij",),
    button_words=("drukuj", "kopiuj link"),
    photo_words=("foto", r"fot\.", "zdj[ęe]cie", "ilustracja"),
    caption_labels=("na zdj[ęe]ciu", "podpis( zdj[ęe]cia)?", "[źz]r[óo]d[łl]o zdj[ęe]cia"),
    screen_words=("zrzut(y)? ekranu", "kadr(y)? z (nagrania|filmu|wideo)", "stopklatka"),
    photo_by=("autor", "dzi[ęe]ki uprzejmo[śs]ci"),
    profession_words=("dziennikar(z|ka|ze|ki)", "pisar(z|ka|ze|ki)", "autor(ka|zy|ki)?", "poet(a|ka|ki)",
                      "poeci", "history(k|czka|cy)", "socjolo(g|żka|gowie)", "ekonomist(a|ka|ki)", "prawni(k|czka|cy)",
                      "adwoka(t|tka|ci)", "aktywist(a|ka|ki)", "profesor(ka)?", "badacz(ka)?",
                      "politolo(g|żka|gowie)", "anality(k|czka|cy)", "dyplomat(a|ka)", "lekar(z|ka|ze)",
                      "fotogra(f|fka|fowie)", "reżyser(ka)?", "akto(r|rka|rzy)", "piosenkar(z|ka)",
                      "muzy(k|czka|cy)", "artyst(a|ka|ki)", "inżynier", "nauczyciel(ka)?", "bloger(ka)?",
                      "publicyst(a|ka)", "felietonist(a|ka)", "tłumacz(ka)?", "przedsiębiorc(a|y)"),
    bio_joiners=("i", "oraz", "&"),
    partitive_openers=("jeden z", "jedna z", "jedno z", "jeden z jego", "jedna z jego", "niektórzy z"),
    page_words=(r"strona( internetowa| główna| błędu)?",),
    page_states=("zablokowan\\w*", "ocenzurowan\\w*", "niedostępn\\w*", "zakazan\\w*"),
    relative_words=("któr(ą|a|e)", "jak(ą|a)", "widoczn(a|ą)"),
    label_connectors=("i", "w", "z", "na", "do"),
    date_header_words=(r"opublikowano", r"data\s+publikacji", r"(ostatnia\s+)?aktualizacja", r"zaktualizowano",
                       r"dodano", r"data"),
    date_prefixes=("dnia",),
    before_date_words=("dnia",),
    # genitive ("3 marca 2024") as written after a day, nominative ("marzec 2024"), abbreviations
    header_months={
        "stycznia": 1, "styczeń": 1, "sty": 1, "lutego": 2, "luty": 2, "lut": 2, "marca": 3, "marzec": 3,
        "mar": 3, "kwietnia": 4, "kwiecień": 4, "kwi": 4, "maja": 5, "maj": 5, "czerwca": 6, "czerwiec": 6,
        "cze": 6, "lipca": 7, "lipiec": 7, "lip": 7, "sierpnia": 8, "sierpień": 8, "sie": 8, "września": 9,
        "wrzesień": 9, "wrz": 9, "października": 10, "październik": 10, "paź": 10, "listopada": 11,
        "listopad": 11, "lis": 11, "grudnia": 12, "grudzień": 12, "gru": 12,
    },
    year_suffixes=(r"r\.", r"roku"),
    time_prepositions=("o", r"godz\.", r"o\s+godz\."),
    byline_words=(r"autor", r"autorka", r"tekst", r"oprac\.", r"opracowanie"),
    byline_joiners=(r"(?-i:i)", r"oraz"),
    agencies=("PAP", "IAR", "ISBnews"),
    outlet_words=("gazeta", "wiadomości", "dziennik", "tygodnik"),
    source_labels=("źródło",),
)

# ---------------------------------------------------------------- time (time expressions)
TIME = TimeSection(
    # month names: nominative, genitive ("12 marca") and locative ("w marcu")
    months={
        "styczeń": 1, "stycznia": 1, "styczniu": 1, "luty": 2, "lutego": 2, "lutym": 2,
        "marzec": 3, "marca": 3, "marcu": 3, "kwiecień": 4, "kwietnia": 4, "kwietniu": 4,
        "maj": 5, "maja": 5, "maju": 5, "czerwiec": 6, "czerwca": 6, "czerwcu": 6,
        "lipiec": 7, "lipca": 7, "lipcu": 7, "sierpień": 8, "sierpnia": 8, "sierpniu": 8,
        "wrzesień": 9, "września": 9, "wrześniu": 9, "październik": 10, "października": 10,
        "październiku": 10, "listopad": 11, "listopada": 11, "listopadzie": 11,
        "grudzień": 12, "grudnia": 12, "grudniu": 12,
    },
    # weekdays: nominative, accusative ("w środę"), genitive ("od środy") and locative
    weekdays={
        "poniedziałek": 0, "poniedziałku": 0, "wtorek": 1, "wtorku": 1, "środa": 2, "środę": 2,
        "środy": 2, "środzie": 2, "czwartek": 3, "czwartku": 3, "piątek": 4, "piątku": 4,
        "sobota": 5, "sobotę": 5, "soboty": 5, "sobocie": 5, "niedziela": 6, "niedzielę": 6,
        "niedzieli": 6,
    },
    seasons={"wiosna": "SP", "wiosną": "SP", "wiosny": "SP", "wiosnę": "SP", "lato": "SU", "latem": "SU",
             "lecie": "SU", "jesień": "FA", "jesienią": "FA", "jesieni": "FA", "zima": "WI", "zimą": "WI",
             "zimy": "WI", "zimie": "WI", "zimę": "WI"},
    holidays={"boże narodzenie": (12, 25), "bożego narodzenia": (12, 25), "wigilia": (12, 24),
              "wigilię": (12, 24), "nowy rok": (1, 1), "sylwester": (12, 31), "sylwestra": (12, 31),
              "święto niepodległości": (11, 11), "wszystkich świętych": (11, 1),
              # movable feasts: (0, days after Easter Sunday)
              "wielkanoc": (0, 0), "wielkanocy": (0, 0), "zielone świątki": (0, 49)},
    numbers={
        "jeden": 1, "jedna": 1, "półtora": 1.5, "półtorej": 1.5, "pół": 0.5, "dwa i pół": 2.5, "trzy i pół": 3.5, "jedno": 1, "jednego": 1, "jednej": 1, "dwa": 2, "dwie": 2, "dwóch": 2,
        "dwoma": 2, "trzy": 3, "trzech": 3, "cztery": 4, "czterech": 4, "pięć": 5, "pięciu": 5,
        "sześć": 6, "sześciu": 6, "siedem": 7, "siedmiu": 7, "osiem": 8, "ośmiu": 8, "dziewięć": 9,
        "dziewięciu": 9, "dziesięć": 10, "dziesięciu": 10, "jedenaście": 11, "dwanaście": 12,
        "piętnaście": 15, "dwadzieścia": 20, "dwudziestu": 20, "trzydzieści": 30, "czterdzieści": 40,
        "pięćdziesiąt": 50, "sto": 100, "tysiąc": 1000, "pół": 0.5, "półtora": 1.5, "półtorej": 1.5,
        "kilka": None, "kilku": None, "kilkanaście": None, "kilkunastu": None, "kilkadziesiąt": None,
        "parę": None, "paru": None, "wiele": None, "wielu": None,
    },
    units={
        "rok": "Y", "roku": "Y", "lata": "Y", "lat": "Y", "latach": "Y", "miesiąc": "M", "miesiąca": "M",
        "miesiące": "M", "miesięcy": "M", "miesiącu": "M", "miesiącach": "M", "tydzień": "W",
        "tygodnia": "W", "tygodnie": "W", "tygodni": "W", "tygodniu": "W", "tygodniach": "W",
        "dzień": "D", "dnia": "D", "dni": "D", "dniu": "D", "dniach": "D", "doba": "D", "doby": "D",
        "dób": "D", "godzina": "H", "godzinę": "H", "godziny": "H", "godzin": "H", "minuta": "MIN",
        "minutę": "MIN", "minuty": "MIN", "minut": "MIN", "sekund": "S", "dekada": "DE", "dekady": "DE",
        "dekadę": "DE", "stulecie": "CE", "stulecia": "CE", "wiek": "CE", "wieku": "CE", "kwartał": "Q",
        "kwartale": "Q", "kwartału": "Q", "półrocze": "HY", "półroczu": "HY", "weekend": "WE",
        "weekendu": "WE", "weekendzie": "WE",
    },
    plural_units=("lata", "lat", "latach", "miesiące", "miesięcy", "miesiącach", "tygodnie", "tygodni",
                  "tygodniach", "dni", "dniach", "godziny", "godzin", "minuty", "minut", "sekund", "dekady",
                  "dób"),
    ordinals={"pierwszy": 1, "pierwszym": 1, "pierwszego": 1, "drugi": 2, "drugim": 2, "drugiego": 2,
              "trzeci": 3, "trzecim": 3, "trzeciego": 3, "czwarty": 4, "czwartym": 4, "czwartego": 4},
    quarter_words=("kwartale", "kwartał", "kwartału"),
    half_words=("półroczu", "półrocze", "półrocza"),
    century_words=("wiek", "wieku", "stulecie", "stulecia"),
    decade_re=r"(?:lata|latach|lat)\s+(?P<c>19|20)?['’]?(?P<d>\d)0\.?(?:-te|-tych)?",  # "w latach 90."
    days_rel={"wczoraj": -1, "przedwczoraj": -2, "dzisiaj": 0, "dziś": 0, "jutro": 1, "pojutrze": 2},
    narrative_of_re=r"\s+(?:po|przed)\s+(?=[^\W\d])",  # "the day after [of] an event"
    narrative_days={"poprzedniego dnia": -1, "dzień wcześniej": -1, "następnego dnia": 1,
                    "nazajutrz": 1, "dzień później": 1, "tego samego dnia": 0, "tego dnia": 0,
                    "kolejnego dnia": 1, "w przeddzień": -1},
    last=("zeszły", "zeszłym", "zeszłego", "zeszłej", "zeszłą", "zeszła", "zeszłe", "ubiegły", "ubiegłym",
          "ubiegłego", "ubiegłej", "ubiegłą", "ubiegła", "ubiegłe", "ubiegłych", "ostatni", "ostatnim",
          "ostatniego", "ostatniej", "ostatnią", "ostatnia", "ostatnie", "ostatnich", "poprzedni",
          "poprzednim", "poprzedniego", "poprzedniej", "poprzednią", "minionym", "minionego", "minionej"),
    next=("przyszły", "przyszłym", "przyszłego", "przyszłej", "przyszłą", "przyszła", "przyszłe",
          "następny", "następnym", "następnego", "następnej", "następną", "kolejnym", "kolejnego",
          "kolejnej", "najbliższy", "najbliższym", "najbliższego", "najbliższej", "najbliższą",
          "najbliższe", "najbliższych"),
    this=("ten", "tym", "tego", "tej", "tę", "ta", "bieżącym", "bieżącego", "bieżącej", "obecnym", "tym samym",
          "tego samego", "tej samej", "tamtym", "tamtego", "tamtej"),
    that=("tym samym", "tego samego", "tej samej", "tamtym", "tamtego", "tamtej"),  # "w tym samym roku"
    anaphoric_rel=("następnego", "następnym", "poprzedniego", "poprzednim"),
    det=(),
    day_of=(),
    date_order="dm",
    month_context_before=("w", "we", "od", "do", "z", "i", "oraz", "lub", "na", "przed", "po", "początku",
                          "końcu", "połowie", "od", "ze"),  # "w maju", not "Maja" the name
    year_suffix=("roku", "rok", "r."),  # "w 2024 roku", "2024 r."
    not_year_after=("osób", "ludzi", "złotych", "zł", "euro", "dolarów", "mieszkańców", "żołnierzy", "km",
                    "metrów", "ton", "głosów", "tys.", "mln", "%"),
    refs={"obecnie": "PRESENT_REF", "teraz": "PRESENT_REF", "aktualnie": "PRESENT_REF",
          "w tej chwili": "PRESENT_REF", "dotychczas": "PRESENT_REF", "do tej pory": "PRESENT_REF",
          "niedawno": "PAST_REF", "ostatnio": "PAST_REF", "w przeszłości": "PAST_REF", "dawniej": "PAST_REF",
          "w przyszłości": "FUTURE_REF", "wkrótce": "FUTURE_REF", "niebawem": "FUTURE_REF",
          "niedługo": "FUTURE_REF"},
    ago_post=("temu",),  # "trzy dni temu"
    in_pre=("za",),  # "za dwa tygodnie"
    approx=("ponad", "prawie", "około", "blisko", "niemal", "mniej niż", "więcej niż",
            "co najmniej", "przynajmniej"),
    range_conj=("do", "lub", "albo", "-", "–"),  # "dwa lub trzy lata"
    whole=("cały", "całą", "całe", "przez cały", "przez całą"),
    bare_plural_pre=("od", "przez"),  # "od lat", "przez miesiące"
    age_before=r"(?:,|\(|\bw\s+wieku)",
    age_end_words=("i",),
    mid=("połowie", "połowa", "połowy", "w połowie"),
    early=("początku", "początek", "początkiem", "na początku"),
    late=("końcu", "koniec", "końca", "końcem", "pod koniec", "na koniec"),
    dayparts={"rano": "MO", "rankiem": "MO", "przed południem": "MO", "po południu": "AF",
              "wieczorem": "EV", "wieczór": "EV", "w nocy": "NI", "nocą": "NI", "noc": "NI"},
    part_prepositions=("w",),  # "w [nocy z piątku na sobotę]"
    part_day_of=("z",),
    part_day_to=("na",),
    clock_re=r"(?:(?P<approx>około)\s+)?(?:godz\.\s*|godzinie\s+)?(?P<h>[01]?\d|2[0-3])[:.](?P<m>[0-5]\d)(?![\w])",
    noon={"w południe": "12:00", "o północy": "24:00"},
    every=("co", "każdy", "każdego", "każdą", "każdej"),  # "co tydzień", "każdego roku"
    set_words={"codziennie": "P1D", "dziennie": "P1D", "co dzień": "P1D", "tygodniowo": "P1W",
               "miesięcznie": "P1M", "rocznie": "P1Y", "corocznie": "P1Y"},
    bound_pre_re=r"\b(?:do|przed|od|po)\s+$",
    future_re=(r"(?<![\w])(?:będzie|będą|zostanie|zostaną|planuje|planują|zamierza|zamierzają|odbędzie|"
               r"odbędą|przyszł\w+|następn\w+|najbliższ\w+)(?![\w])"),
    past_re=(r"(?<![\w])\w{2,}(?:ł|ła|ło|li|ły|łem|łam|liśmy|łyśmy)(?![\w])|"
             r"(?<![\w])(?:był|była|było|byli|były|zeszł\w+|ubiegł\w+)(?![\w])"),
    day_range_conj=("do",),  # "od 3 do 5 maja"
    day_list_conj=("i", "lub", "oraz"),
    report_re=r"poinformował[aoi]?|podał[aoi]?|ogłosił[aoi]?|oświadczył[aoi]?|według|przekazał[aoi]?|powiedział[aoi]?",
    background_before_re=r"(?<![\w])(?:od|już w|pierwszy od|pierwsza od|pierwsze od|po raz pierwszy od)(?:\s+(?:początku|końca))?",
    background_after_re=r"^(?!)",
    named_date_before_re=r"(?<![\w])(?:rewolucj[aiąę]|ruch[uowie]*|brygad[aiyęą]|plac[uowie]*|plac|ulic[aiyęą]|ul\.|alej[aiąę]|aleje|most[uowie]*)",
    planned_before_re=r"(?<![\w])(?:zaplanowan[ayoe] na|przewidzian[ayoe] na|przełożon[ayoe] na|najpóźniej do)",
)

# ---------------------------------------------------------------- ner (entity recognition)
NER = NerSection(inhabitant_endings=("czycy", "czyków", "czykami", "czykom", "cy", "ców", "cami", "com", "ini", "inów", "inami"),
                 disease_stems=_slavic.DISEASE_STEMS["pl"],
    lemmatizer="simplemma",
    # adjectival surnames and place names: -ski/-cki/-dzki (m.), -ska/-cka/-dzka (f.); feminine -a
    name_inflections=((r"(?<=\w\w)(sk|ck|dzk)(iego|iemu|im)$", r"\1i"),
                      (r"(?<=\w\w)(sk|ck|dzk)(iej|ą)$", r"\1a"),
                      (r"(?<=\w\w)ą$", "a")),  # -ą: instrumental/accusative of -a (Ewą, Rosją)
    # capitalised function words at a sentence start (prepositions, conjunctions, pronouns)
    stop=tuple("W Na Po Ale A I Jak To Ten Ta On Ona Oni My Tak Przy Także Jednak Poza Dla Od Z K "
               "U O We Ze Według Już Dziś Tam Gdy Jest Nie Się Co Czy Gdzie Kiedy Dlaczego Oraz "
               "Lecz Natomiast Ponadto Również Jeśli Jeżeli Choć Chociaż Zdaniem Do Pod Nad Przed "
               "Za Bez Przez Wśród Wobec Tego Jego Jej Ich Te Tym Tej Ci Był Była Było Byli "
               "Teraz Wczoraj Jutro Dzisiaj Obecnie Wtedy Potem Następnie".split()),
    # titles; stems where the case endings change the word ("ministr-a", "marszałk-a", "posł-a")
    role_endings=("olog",),  # a scholar by their field
    roles=(
        "prezydent", "wiceprezydent", "premier", "wicepremier", "minister", "ministr",
        "wiceminister", "wiceministr", "ministra", "szef", "szefowa", "rzecznik", "rzeczniczka",
        "przewodniczący", "przewodnicząca", "wiceprzewodniczący", "marszałek", "marszałk",
        "poseł", "posł", "posłanka", "senator", "senatorka", "ambasador", "generał", "dowódca",
        "dowódc", "dyrektor", "dyrektorka", "prezes", "prezeska", "kanclerz", "król", "królowa",
        "książę", "papież", "burmistrz", "wojewoda", "sekretarz", "lider", "liderka", "przywódca",
        "przywódc", "sędzia", "sędziego", "prokurator", "doradca", "doradc", "założyciel",
        "komisarz", "negocjator",
    ),
    role_premodifiers=("były", "była", "byłego", "byłej", "p.o."),
    honorifics=("Pan", "Pani", "Prof", "Dr"),
    conjunctions=("i", "oraz"),
    place_connectors=("nad",),  # inside place names: "Nowe Miasto nad Wartą"
    org_words=(
        "partia", "rada", "ministerstwo", "agencja", "unia", "organizacja", "komisja", "sąd",
        "bank", "parlament", "rząd", "sejm", "senat", "trybunał", "fundacja", "stowarzyszenie",
        "instytut", "uniwersytet", "komitet", "urząd", "prokuratura", "policja", "spółka",
        # heads of institutions ("Izba Gmin", "Naczelna Izba Lekarska")
        "izba", "izby", "izbie", "uczelni", "szpital", "inspektorat", "akademi", "wydział", "sztab",
    ),
    org_connectors=("do",),  # "Pełnomocnik Rządu do spraw ..."
    head_nouns=("królestwo", "republika", "federacja", "stany", "narody", "wyspy", "morze", "zatoka"),
    adjective_ending=_slavic.ADJECTIVE_ENDING,
)

# ---------------------------------------------------------------- link (entity resolution)
_ORG_GLOSSES = """
world światow
intl międzynarodow
europe europejsk
united zjednoczon
nations narodów narody
national narodow krajow
health zdrowi
meteo meteorologiczn
money walutow
fund fundusz
court sąd trybunał
supreme najwyższ
human człowiek
rights praw
league lig
arab arabsk
trade handl
ministry ministerstw
defence obron
foreign zagraniczn
affairs spraw
interior wewnętrzn
justice sprawiedliwoś
parliament parlament
council rad
security bezpieczeńst
commission komisj
agency agencj
medicine leków
bank bank
central centraln
university uniwersytet
assoc stowarzyszeni zrzeszeni
union związ
institute instytut
public publiczn
federal federaln
energy energi
atomic atomow
committee komitet
criminal karn
post poczt
- państw organizacj
olympic olimpijsk
food żywnościow
programme program
election wyborcz
office urząd urzęd
migration migracj
refugee uchodźc
"""  # concept, then its stems (see LinkSection.org_glosses)

LINK = LinkSection(
    org_glosses=_ORG_GLOSSES,
    eponym_markers=("im", "imienia"),  # "Instytut im. Roberta Kocha"
    case_endings=_slavic.LATIN_CASE_ENDINGS,  # Kowalskiego, Kowalskiemu, Nowakowi, Unią → keys
    demonym_suffix=_slavic.LATIN_DEMONYM_SUFFIX,  # Brytyjczycy, Niemców
    dictionary_lemma=True,  # "Chin" → "Chiny", "Niemczech" → "Niemcy"
)

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
        "dwieście": 200, "trzysta": 300, "czterysta": 400, "pięćset": 500, "sześćset": 600, "siedemset": 700, "osiemset": 800, "dziewięćset": 900,
        "dwa": 2, "dwie": 2, "dwóch": 2, "trzy": 3, "trzech": 3, "cztery": 4, "pięć": 5, "sześć": 6,
        "siedem": 7, "osiem": 8, "dziewięć": 9, "dziesięć": 10, "jedenaście": 11, "dwanaście": 12,
        "piętnaście": 15, "dwadzieścia": 20, "trzydzieści": 30, "czterdzieści": 40, "pięćdziesiąt": 50, "sześćdziesiąt": 60, "siedemdziesiąt": 70, "osiemdziesiąt": 80, "dziewięćdziesiąt": 90,
        "sto": 100, "tysiąc": 1000,
        "trzynaście": 13, "czternaście": 14, "szesnaście": 16, "siedemnaście": 17, "osiemnaście": 18, "dziewiętnaście": 19,
    },
    # genitive/dative/locative (also the virile nominative: "trzydziestu dwóch turystów") and
    # instrumental forms ("ponad dwudziestu pięciu", "z czterema")
    number_inflections={
        "ęć": ["ęciu", "ęcioma"], "sześć": ["sześciu", "sześcioma"], "siedem": ["siedmiu", "siedmioma"],
        "osiem": ["ośmiu", "ośmioma"], "naście": ["nastu", "nastoma"], "dwanaście": ["dwunastu", "dwunastoma"],
        "dzieścia": ["dziestu", "dziestoma"], "dwadzieścia": ["dwudziestu", "dwudziestoma"],
        "dzieści": ["dziestu", "dziestoma"], "dziesiąt": ["dziesięciu", "dziesięcioma"], "sto": ["stu"],
        "sta": ["stu"], "dwieście": ["dwustu"], "ęćset": ["ęciuset"], "sześćset": ["sześciuset"],
        "siedemset": ["siedmiuset"], "osiemset": ["ośmiuset"],
        "dwa": ["dwoma", "dwaj"], "dwie": ["dwiema"], "trzy": ["trzem", "trzema", "trzej"],
        "cztery": ["czterech", "czterem", "czterema", "czterej"],
    },
    multipliers={"milion*": 1e6, "mln": 1e6, "miliard*": 1e9, "mld": 1e9, "tys": 1e3, "tysiąc*": 1e3, "tysięcy": 1e3},
    units={
        "percent": ["procent*", "proc."],
        "hour": ["godzin*"],
        "day": ["dni", "dzień", "dnia", "doby"],
        "minute": ["minut*"],
        "km": ["km", "kilometr*"],
        "person": ["osób", "osoby", "ludzi", "mieszkańc*", "cywil*"],
        "soldier": ["żołnierz*"],
        "dead": ["zabit*", "zginęł*", "zmarł*", "ofiar*"],
        "wounded": ["rann*"],
        "dollar": ["dolar*"],
        "zloty": ["zł", "złot*"], "franc": ["frank", "franków", "franki"],
        "euro": ["euro"],
        "rouble": ["rubl*"],
        "hryvnia": ["hrywien", "hrywn*"],
        "tonne": ["ton"],
        "missile": ["rakiet*", "pocisk*"],
        "drone": ["dron*"],
        "month": ["miesiąc*", "miesięc*"],
        "year": ["lat", "lata", "rok", "roku"],
        "visit": ["wizyt*"],
    },
    role_heads={
        "adviser": ["doradc*", "doradczyni*"],
        "secretary": ["sekretarz*", "sekretarz generaln*"],
        "chair": ["prezydent*", "przewodnicząc*"],
        "vice-chair": ["wiceprezydent*", "wiceprzewodnicząc*"],
        "commander": ["dowódc*"],
        "minister": ["minister", "ministra", "ministrem", "ministrowi"],
        "deputy-minister": ["wiceminister*"],
        "prime-minister": ["premier", "premiera", "premierem", "premierowi"],
        "leader": ["lider*", "przywódc*"],
        "ambassador": ["ambasador*"],
        "spokesperson": ["rzecznik*", "rzeczniczk*"],
        "director": ["dyrektor*"],
        "head": ["szef*", "kierownik*", "kierowniczk*", "naczelnik*"],  # the head of an office, a post, a department
        "general": ["generał*"],
        "mayor": ["burmistrz*", "prezydent* miast*", "mer miast*", "mera", "merem", "merowi", "merze"],  # "mer": a foreign city's mayor (bare "mer" is French "sea")
        # academic offices: a university's head, its deputies (pro-/vice-rectors), a faculty's dean
        "rector": ["rektor*"], "deputy-rector": ["prorektor*"], "dean": ["dziekan*"],
        "governor": ["wojewod*", "gubernator*"],
        "king": ["król*"],
        "envoy": ["wysłanni*"],
        "speaker": ["marszałek", "marszałka"],
        "coach": ["trener*", "szkoleniow*"],
        "assistant-coach": ["asystent* trenera", "drugi trener"],
        "ceo": ["prezes*", "dyrektor generaln*"],
        "cfo": ["dyrektor finansow*"],
        # a company's other officers (technology, operations): offices of their own beside the chief executive
        "cto": ["dyrektor* techniczn*", "dyrektor* ds. technologii"], "coo": ["dyrektor* operacyjn*"],
        # a party's legal representative: a profession, compared only with titles in the organisation it represents
        "lawyer": ["adwokat", "adwokata", "adwokatem", "adwokatowi", "adwokatk*", "mecenas*", "radc* prawn*"],
        "marshal": ["marszał*"],
        "secretary-of-state": ["sekretarz stanu", "wiceminist*"],
        # offices of courts, of the state in a province, of a team, of a mission, of a site
        "judge": ["sędzia", "sędzi", "sędzią", "sędziego", "sędziemu", "przewodnicząc* składu sędziowskiego"], "prosecutor": ["prokurator*"],
        "prefect": ["prefekt*"], "captain": ["kapitan*"],
        "charge-d-affaires": ["chargé d'affaires", "charg* d'affaires"],
        "engineer": ["główn* inżynier*", "inżynier*"],
        "councillor": ["radny", "radna", "radnego", "radnej", "radnym", "radnemu"],
    },
    # every case and gender of the adjective "były" (former): "byłą mer", "byłym ministrem", "byłych"
    head_of_body_words=[r"prezes\w*"],
    former_words=[r"był(?:y|a|e|i|ego|ej|emu|ym|ą|ych|ymi)", "eks-", "ex-"],
    role_portfolios={"party": ["partii", "partia"], "foreign": ["spraw zagranicznych"], "defence": ["obrony narodowej", "obrony"],
                     "interior": ["spraw wewnętrznych"], "justice": ["sprawiedliwości"], "finance": ["finansów"],
                     "economy": ["gospodarki", "rozwoju"], "transport": ["transportu", "infrastruktury"],
                     "energy": ["energii", "energetyki"], "agriculture": ["rolnictwa"],
                     "environment": ["środowiska", "klimatu"], "housing": ["budownictwa"], "health": ["zdrowia"],
                     "education": ["edukacji"], "labour": ["pracy"], "culture": ["kultury"],
                     "middle-east": ["bliskiego wschodu"]},
    portfolio_links=["ds\\.", "do spraw", "dla"],
    deputy_words=[r"zastęp\w*"],
    deputy_prefixes=["wice"],
    function_nouns=["konferencj*", "spotkani*", "szczyt*", "delegacj*", "sesj*", "rozmów", "negocjacj*"],
    passive_markers=[r"\bzostał\w*"],
    score_links=[r"do"], goal_nouns=[r"bramk\w*", r"gol\w*"], score_numbers={"zera": 0, "zero": 0, "jednego": 1, "jeden": 1},
    opponent_preps=[r"\bz\b", r"\bze\b", r"\bprzez\b", r"\bod\b", r"\bnad\b"],
    possessor_links=[r"\s+(?:[a-ząćęłńóśźż][\w-]*\s+){1,3}"],
    oblique_name_endings=[r"ę", r"ą", r"em", r"owi", r"emu", r"ego", r"im", r"ym", r"iej", r"ie"],
    winner_after_verb=True,
    outcome_objects={"decision": [r"\bgłosowani\w*"], "agreement": [r"\bpodpisani\w*"]},
    outcome_object_preps=[r"\bpo", r"\bprzed"],
    outcome_statuses={"appointed": [r"\bpowoła(?:ł|ła|li|ny|na|no)\b", r"\bmianowa(?:ł|ła|li|ny|na|no)\b"],
                      "first_reading": [r"\bw pierwszym czytaniu\b"],
                      "final_reading": [r"\bw (?:trzecim|ostatnim) czytaniu\b", r"\b(?:uchwali|przyję)\w*\s+(?:\S+\s+){0,4}?w całości\b"],
                      "accepted": [r"\bprzyj(?:ął|ęła|ęli)\s+(?:\S+\s+){0,2}(?:rezygnacj|dymisj|ofert|propozycj|wnios)\w*", r"\b(?:rezygnacj|dymisj|ofert|propozycj)\w*\s+(?:\S+\s+){0,2}przyj(?:ął|ęła|ęli|ęta|ęto)\b"],
                      "refused": [r"\bodmówi(?:ł|ła|li)\s+przyjęcia\b", r"\bodrzuci(?:ł|ła|li)\s+(?:\S+\s+){0,2}(?:rezygnacj|dymisj|ofert|propozycj|wnios)\w*"],
                      "reduced": [r"\b(?:złagodzi|skróci|obniży)\w*\s+(?:\S+\s+){0,6}?(?:wyrok|kar)\w*"],
                      "upheld": [r"\butrzyma\w*\s+(?:\S+\s+){0,4}?w mocy\b", r"\bpodtrzyma\w*\s+(?:\S+\s+){0,4}?(?:wyrok|kar)\w*"],
                      "unharmed": [r"\bnikt nie (?:ucierpiał|został rann?y)\b", r"\bnie ma (?:rannych|ofiar|poszkodowanych)\b", r"\bbez ofiar\b"],
                      "failed": [r"\bfiask\w*", r"\bzakończył\w* się niepowodzeniem\b", r"\bspełzł\w* na niczym\b"],
                      "survived": [r"\bwszys(?:cy|tkie)\b(?:\s+\S+){0,6}?\s+(?:uratowani|uratowane|ocaleli|przeżyli|wydobyci)\b",
                                   r"\b(?:uratowano|wydobyto|uratowali|wydobyli)\b(?:\s+\S+){0,4}?\s+wszystkich\b"],
                      "died": [r"\bzgin(?:ął|ęła|ęli|ęło)\b", r"\bzmar(?:ł|ła|li)\b", r"\bnie żyje\b"],
                      "lost": [r"\bprzegra(?:ł|ła|li|ło)\s+(?:\S+\s+){0,3}(?:finał|mecz|wyścig|wybor|puchar|tytuł|derby)\w*"]},
    former_until=[r"\bdo\s+(\d{4})\s+r\w*"],
    former_relatives=[r"\bktór\w+ (?:był|była|byli)"],
    copula_homographs=["była", "byli", "były"],
    predicate_case_endings=["ą", "em", "iem", "ym", "im", "ami", "ymi", "imi"],
    city_head_titles=["prezydent*"],
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
        "AT": ["austri*", "adj:austriack*"],
        "CH": ["szwajcari*", "adj:szwajcarsk*"],
        "BE": ["belgi*", "adj:belgijsk*"],
        "NL": ["holandi*", "niderland*", "adj:holendersk*", "adj:niderlandzk*"],
        "PT": ["portugali*", "adj:portugalsk*"],
        "GR": ["grecj*", "adj:greck*"],
        "CZ": ["czech", "czechy", "adj:czesk*"],
        "MX": ["meksyk*", "adj:meksykańsk*"],
        "CA": ["kanad*", "adj:kanadyjsk*"],
        "BS": ["bahamy", "bahamów", "adj:bahamsk*"],
        "MM": ["mjanm*", "birma", "birmy", "birmie", "adj:birmańsk*"],
        "EG": ["egipt*", "adj:egipsk*"],
    },
    place_nouns=[
        "region*", "obwod*", "województw*", "prowincj*", "miast*", "rejon*", "powiat*", "gmin*", "stref*",
        "wieś", "wsi", "republik*", "terytori*",
    ],
    elided_preps=[],
    near_preps=["pod", "koło", "w pobliżu", "niedaleko", "nieopodal", "na obrzeżach", "na przedmieściach"],
    venue_preps=["w", "we", "na", "przed", "do"],
    venue_nouns=[r"stadion\w*", r"pałac\w*", r"hal[aiię]", r"park(?:u|iem)?", r"lotnisk\w*", r"katedr\w*", r"plac(?:u|em)?"],
    town_nouns=[r"miast[oau]", r"mieście", r"wsi", r"wieś", r"miejscowości", r"gminie"],
    clock_zones={"CET": [r"czasu polskiego", r"czasu środkowoeuropejskiego"], "EET": [r"czasu kijowskiego", r"czasu ukraińskiego"], "MSK": [r"czasu moskiewskiego"], "UTC": [r"czasu uniwersalnego"], "local": [r"czasu lokalnego", r"czasu miejscowego"]},
    clock_approx=[r"około", r"ok\.", r"tuż (?:przed|po)"],
    vote_tallies=[r"(?P<x>\d+|[^\W\d]+) głos\w* (?:za,? )?(?:przy|wobec|przeciw) (?P<y>\d+|[^\W\d]+)", r"(?P<x>\d+|[^\W\d]+) (?:posłów|radnych|członków)? ?(?:było )?za,? (?P<y>\d+|[^\W\d]+) przeciw"],
    apposed_participle_endings=["ych", "ich"],
    appeal_court_words=[r"apelacyj\w*"],
    org_venue_preps=["w", "we", "przed"],
    org_venues={"ministry": [r"ministerstw\w*"], "union": [r"związk\w* zawodow\w*", r"związk\w*"], "parliament": [r"sejm\w*", r"parlament\w*"], "town_hall": [r"ratusz\w*", r"urzęd\w* miasta"], "government": [r"rząd\w*"], "court": [r"sąd\w*"], "embassy": [r"ambasad\w*"]},
    definite_articles=[],
    seat_cues=[r"\bz siedzibą w\s+", r"\b[Pp]rokuratur\w* (?:\w+ )?we?\s+"],
    seat_suffixes=[],
    locative_preps=["w", "we", "na"],
    direction_words=[
        "wschod*", "zachod*", "półn*", "połud*", "centraln*", "środkow*", "część", "części",
        "przygraniczn*", "graniczn*",
    ],
    including_words=["w tym", "zwłaszcza", "szczególnie", "m.in.", "między innymi"],
    place_gap_words=["to", "jest", "który", "która", "położon*"],
    demonstratives=["ten", "ta", "tego", "tej", "tym", "tę"],
    measure_units={"mile": ["mil"], "foot": ["stóp"], "metre": ["metr*"], "km": ["km", "kilometr*"], "cm": ["cm", "centymetr*"],
                   "acre": ["akr*"], "hectare": ["hektar*", "ha"], "sq_km": ["kilometrów kwadratowych", "km2", "km²"],
                   "sq_m": ["metrów kwadratowych", "metry kwadratowe", "m2", "m²"], "kmh": ["km/h", "kilometrów na godzinę"],
                   "fahrenheit": ["stopni fahrenheita", "°f"], "celsius": ["stopni celsjusza", "stopni", "stopnie", "°c", "°"],
                   "kg": ["kg", "kilogram*"], "tonne": ["ton", "tony", "tonę"]},
    quantity_heads={
        "killed": ["zginęł*", "zginął", "zginęli", "zabit*", "zabił*", "ofiar*", "zmarł*", "nie żyj*", "stracił* życie", "pochłon* życie"], "injured": ["rann*", "poszkodowan*"],
        "arrested": ["zatrzyman*", "aresztowan*", "zatrzymał*", "aresztował*"], "missing": ["zaginion*"], "evacuated": ["ewakuowan*", "ewakuował*"],
        "votes": ["głos*"], "gusts": ["poryw*"], "depth": ["głębokoś*"], "magnitude": ["magnitud*", "stopni* w skali richtera", "stopni* richtera"], "rate_bp": ["punkt* bazow*"],
        "rate": ["punkt* procentow*"], "jobs": ["etat*", "miejsc* pracy", "zwolnie*"], "households": ["gospodarstw*", "dom*", "odbiorc*"],
        "attendance": ["widz*", "kibic*"], "participants": ["biegacz*", "uczestnik*"],
        "prisoners": ["jeńc*", "jeniec", "więźni*"], "storeys": ["pięt*", "kondygnac*"], "rise_pct": ["podwyżk*", "wzrost*", "wzrosn*", "wzrośn*"],
        "turnout": ["frekwencj*"], "passengers": ["pasażer*", "na pokładzie"], "responders": ["strażak*", "strażacy", "ratownik*", "ratownicy"], "hospitalised": ["do szpitala", "do szpitali", "hospitalizowan*"], "treated": ["pomocy medycznej", "pomoc medyczn*"], "trapped": ["uwięzi*", "zablokowan*"], "area_ha": ["hektar*", "ha"], "rate_level": ["stop*", "stopa referencyjna", "stopę referencyjną"],
        "tickets": ["bilet*"],
        "votes_against": ["przeciw*"],
    },
    quantity_modifiers_after={"at_least": ["lub więcej", "i więcej", "a może więcej", "co najmniej"], "more_than": ["z okładem", "z hakiem"]},
    count_nouns=["liczba", "bilans"],
    quantity_modifiers={"another": ["kolejne", "kolejnych", "następne", "następnych"], "at_least": ["co najmniej", "przynajmniej"], "more_than": ["ponad", "przeszło", "więcej niż", "przekroczył\\w*", "przekracza"],
                        "about": ["około", "ok\\.", "blisko"], "nearly": ["prawie", "niemal"], "up_to": ["do", "mniej niż"],
                        "between": ["od", "między", "pomiędzy", "z"], "from": ["wzr\\w* z", "zwiększył\\w* z"], "exact": ["wzr\\w* do", "zwiększył\\w* do", "sięg\\w*"]},
    approx_numbers={},
    vague_numbers={"kilkanaście": [11, 19], "kilkadziesiąt": [20, 99], "dziesiątki": [11, 99], "setki": [101, 999], "tysiące": [1001, 999999]},
    provisional_cues=[r"wstępn\w*", r"na razie", r"dotychczas", r"jak dotąd", r"według pierwszych (?:informacji|danych|ustaleń)"],
    pending_words=[r"\bjeszcze\b"],
    background_cues=[r"\b(?:drugi|trzeci|czwarty) dzień\b", r"\b(?:drugiego|trzeciego) dnia\b", r"\bod\b.{0,20}\b(?:19|20)\d\d\b", r"\bw zeszłym roku\b", r"\bw ubiegłym roku\b", r"\bw (?:19|20)\d\d\b",
                     r"\bbędzie\b", r"\bma się\b", r"\bwcześniej\b", r"\bpoprzedni\w*",
                     r"\brok temu\b", r"\b\w+ lata? temu\b"],
    prison_terms=[r"\bwięzienia\b", r"\bpozbawienia wolności\b"],
    sentence_parts=[], suspended_terms=[r"w zawieszeniu\b"],
    sentence_requests=[r"\bżąda\w*", r"\bdomaga\w*", r"\bwnios\w*"],
    head_gap_stops=["i", "oraz", "lub", "albo", "którzy", "które"],
    background_exceptions=[r"\bjak (?:w|i w) pierwszej instancji(?: w (?:19|20)\d\d roku)?", r"\b(?:pierwsz\w+|największ\w+|najwyższ\w+)\b[\w\s-]{0,30}?\bod\b"],
    denial_cues=[r"\bzaprzecz\w*", r"\bdementu\w*", r"\bdementowa\w*"],
    outcomes={"acquitted": [r"\buchyli\w* (?:\w+ ){0,3}wyrok\w*", r"\buniewinni\w*"], "convicted": [r"\bpodtrzyma\w* (?:\w+ ){0,3}wyrok\w*", r"\bskaza\w*", r"\bza winn\w*"], "vetoed": [r"\bzawetowa\w*"],
              "approved": [r"\bopowiedzi\w* się (?:\w+ ){0,4}za\b", r"\bzagłosowa\w* (?:\w+ ){0,3}za\b", r"\bratyfikowa[łl]\w*", r"\bprzyjęł\w*", r"\bprzyjął\b", r"\bprzyjęli\b", r"\buchwali[łl]\w*", r"\bzatwierdzi[łl]\w*"], "rejected": [r"\bopowiedzi\w* się (?:\w+ ){0,4}przeciw\w*", r"\bzagłosowa\w* (?:\w+ ){0,3}przeciw\w*", r"\bodmówi\w* (?:\w+ ){0,2}ratyfik\w*", r"\bodrzuci[łl]\w*"],
              "held": [r"\bodby[łl]\w*"], "called_off": [r"\bodwoła\w*+(?! się\b| od\b)"], "postponed": [r"\bprzełoż\w*", r"\bprzesunięt\w*"],
              "signed": [r"\bpodpisan[aey]\b", r"\bpodpisa[łl]\w*", r"\bosiągn\w* (?:\w+ )?porozumieni\w*"], "not_signed": [r"\b(?:rozmowy|negocjacje)\b[^.;:]{0,60}?\b(?:zakończyły się (?:fiaskiem|niepowodzeniem)|załamały się|zostały zerwane|upadły)", r"\bbez porozumienia\b"], "won": [r"\bwygra[łl]\w*", r"\bzwycięż(?!czy)\w*", r"\bzdoby[łl]\w*(?= (?:\w+ ){0,3}(?:puchar|tytuł|mistrzostw|trofeum)\w*)", r"\bokaza[łl]\w* się lepsz\w*"], "beat": [r"\bpokona[łl]\w*", r"\bpokonując\w*"], "victory_to": [r"\bzwycięstwo przypadło\b"], "runner_up": [r"\bzaj(?:ął|ęła) drugie miejsce za\b", r"\bbył[a]? drug[ia] za\b"], "lost": [r"\bponi(?:ósł|osła|osło|osły|eśli)\b [\w\s:-]{0,20}?porażkę\b", r"\bprzegra[łl]\w*[^,.;:]{0,25}?\bz(?:e)?\b", r"\buleg[łl]\w*", r"\bzosta[łl]\w* pokonan\w* przez\b"], "elected": [r"\bwybran[yai]\b", r"\bwybra[łl]\w*"], "elected": [r"\bwybra[łl]\w*"], "elected_passive": [r"\bwybran[yai]\b"], "score": [r"\bwynikiem\b", r"\bwynik\b", r"\bzremisowa\w*", r"\bremis\w*"],
              "closed": [r"\bzamknięci\w*", r"\bzamkn\w+\b"],
              "rate_cut": [r"\bobniż\w*"], "rate_raised": [r"\bpodni\w*", r"\bpodwyższ\w*"], "rate_unchanged": [r"\bbez zmian\b", r"\bpozostawi\w*", r"\butrzyma\w*"]},
    age_cues=[r"-?let\w*", r"\s?lat\b"],
    part_cues=[r"\bsam\w* (?:mieście|miasto)\b", r"\bw tym\b"],
    partitive_links=["z", "spośród", "wśród"],
    partitive_before=["wśród", "spośród"],
    place_levels={"region": ["województw*", "obwod*", "obwód", "region*"], "province": ["prowincj*"], "district": ["powiat*", "dzielnic*"]},
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
