"""German language data for newsweave. Each section belongs to one component; edit only yours."""
from __future__ import annotations

from .schema import (ClaimSection, CleanSection, FramingSection, LinkSection, NerSection,
                     QuoteSection, TimeSection)

CODE = "de"
NAME = "German"

# ---------------------------------------------------------------- clean (ingest/clean component)
CLEAN = CleanSection(
    comment_counts=(r"\d[\d.]*\s+kommentare?\b", r"\bkommentare\s*:?\s*\(\d+\)"),  # "29 ...": the readers' comments follow
    chrome_lines=(
        # a browser's push-notification prompt, on the page before the headline
        r"(ihr|dein) browser (hat|blockiert) (die )?(push-)?benachrichtigungen\b.*",
        r"(push-)?benachrichtigungen (aktivieren|erlauben|zulassen)\b.*",
        # a link label to the article itself (a teaser's "read the article")
        r"(zum )?artikel( lesen)?", r"(den )?ganzen artikel lesen",
        # a series note and an account form: on every page of a dossier, never the article
        r"dieser (beitrag|artikel) ist teil (unseres|unserer|eines|einer) (dossiers|serie|berichterstattung|spezials)\b.*", r"geben sie ihre e-?mail(-adresse)?\b.*",
        r"mehr zum thema\b.*", r"lesen sie (auch|mehr)\b.*", r"auch interessant", r"meistgelesen(e artikel)?",
        r"anzeige", r"werbung", r"teilen( auf\b.*)?", r"startseite", r"zur startseite", r"newsletter\b.*",
        r"wir verwenden cookies\b.*", r"(cookies )?(akzeptieren|ablehnen)", r"weitere artikel\b.*",
        r"kommentare?", r"folgen sie uns\b.*", r"alle rechte vorbehalten\b.*",
        r"das k[öo]nnte sie auch interessieren",
    ),
    share_words=("teilen",),
    photo_words=("foto", "bild", "abbildung", "illustration"),
    caption_labels=("(im|auf dem) bild", "bildunterschrift", "bildquelle", "bildnachweis"),
    screen_words=("screenshots?", "bildschirmfotos?", "standbild(er)?", "videostandbild"),
    photo_by=("von", "mit freundlicher genehmigung von"),
    profession_words=("journalist(in|en|innen)?", "schriftsteller(in|innen)?", "autor(in|en|innen)?", "dichter(in)?",
                      "historiker(in)?", "soziolog(e|in|en)", "ökonom(in|en)?", "jurist(in|en)?", "anwält(in|e)",
                      "anwalt", "rechtsanwält(in|e)", "rechtsanwalt", "aktivist(in|en)?", "professor(in|en)?",
                      "forscher(in)?", "wissenschaftler(in)?", "politolog(e|in)", "politiker(in)?", "diplomat(in|en)?",
                      "ärzt(in|e)", "arzt", "fotograf(in|en)?", "regisseur(in)?", "filmemacher(in)?",
                      "schauspieler(in)?", "sänger(in)?", "musiker(in)?", "künstler(in)?", "ingenieur(in)?",
                      "lehrer(in)?", "blogger(in)?", "publizist(in)?", "kolumnist(in)?", "übersetzer(in)?",
                      "unternehmer(in)?"),
    bio_joiners=("und", "&"),
    partitive_openers=("einer der", "eine der", "einer seiner", "eine seiner", "einer ihrer", "eine ihrer",
                       "einer von", "eine von"),
    page_words=(r"(die |eine )?(web|internet|start)?seite",),
    page_states=(r"gesperrt\w*", r"zensiert\w*", r"blockiert\w*", "nicht erreichbar", "nicht verfügbar"),
    relative_words=("die", "wie sie", "welche"),
    label_connectors=("und", "der", "die", "das"),
    date_header_words=(r"ver[öo]ffentlicht(\s+am)?", r"aktualisiert(\s+am)?", r"zuletzt\s+aktualisiert(\s+am)?",
                       r"stand", r"datum"),
    date_prefixes=("am",),
    before_date_words=("am", "den"),
    header_months={
        "januar": 1, "jänner": 1, "jan": 1, "februar": 2, "feb": 2, "märz": 3, "maerz": 3, "mär": 3, "april": 4,
        "apr": 4, "mai": 5, "juni": 6, "jun": 6, "juli": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
        "sep": 9, "sept": 9, "oktober": 10, "okt": 10, "november": 11, "nov": 11, "dezember": 12, "dez": 12,
    },
    time_prepositions=("um",),
    time_suffixes=("Uhr",),
    byline_words=(r"von",),
    byline_joiners=(r"mit", r"und"),
    agencies=("dpa", "AFP", "KNA", "epd", "APA", "Reuters", "SDA", "AP"),
    outlet_words=("zeitung",),
    source_labels=("quelle",),
)

# ---------------------------------------------------------------- time (time expressions)
TIME = TimeSection(
    months={
        "januar": 1, "jänner": 1, "jan": 1, "februar": 2, "feb": 2, "märz": 3, "maerz": 3,
        "april": 4, "apr": 4, "mai": 5, "juni": 6, "juli": 7, "august": 8, "aug": 8,
        "september": 9, "sept": 9, "sep": 9, "oktober": 10, "okt": 10, "november": 11,
        "nov": 11, "dezember": 12, "dez": 12,
    },
    weekdays={"montag": 0, "dienstag": 1, "mittwoch": 2, "donnerstag": 3, "freitag": 4,
              "samstag": 5, "sonnabend": 5, "sonntag": 6},
    seasons={"frühling": "SP", "frühjahr": "SP", "sommer": "SU", "herbst": "FA",
             "winter": "WI"},
    numbers={
        "ein": 1, "eine": 1, "anderthalb": 1.5, "eineinhalb": 1.5, "zweieinhalb": 2.5, "dreieinhalb": 3.5,
        "eine halbe": 0.5, "einer halben": 0.5, "einem": 1, "einer": 1, "einen": 1, "zwei": 2, "drei": 3, "vier": 4,
        "fünf": 5, "sechs": 6, "sieben": 7, "acht": 8, "neun": 9, "zehn": 10, "elf": 11,
        "zwölf": 12, "fünfzehn": 15, "zwanzig": 20, "dreißig": 30, "vierzig": 40, "fünfzig": 50,
        "hundert": 100, "einigen": None, "einige": None, "wenigen": None, "wenige": None,
        "mehreren": None, "mehrere": None, "vielen": None, "paar": None, "ein paar": None,
    },
    units={
        "jahr": "Y", "jahre": "Y", "jahren": "Y", "jahres": "Y", "monat": "M", "monate": "M",
        "monaten": "M", "monats": "M", "woche": "W", "wochen": "W", "tag": "D", "tage": "D",
        "tagen": "D", "tages": "D", "stunde": "H", "stunden": "H", "minute": "MIN",
        "minuten": "MIN", "sekunde": "S", "sekunden": "S", "jahrzehnt": "DE", "jahrzehnte": "DE",
        "jahrzehnten": "DE", "jahrhundert": "CE", "jahrhunderte": "CE", "quartal": "Q",
        "quartals": "Q", "wochenende": "WE", "halbjahr": "HY",
    },
    days_rel={"gestern": -1, "vorgestern": -2, "heute": 0, "morgen": 1, "übermorgen": 2},
    narrative_of_re=r"\s+(?:der|des)\s+(?=[^\W\d])",  # "the day after [of] an event"
    narrative_days={"am vortag": -1, "am folgetag": 1, "am nächsten tag": 1, "am tag danach": 1,
                    "am selben tag": 0, "am gleichen tag": 0, "tags darauf": 1,
                    "am folgenden tag": 1, "am darauffolgenden tag": 1, "am tag darauf": 1,
                    "am vorherigen tag": -1, "am tag zuvor": -1, "tags zuvor": -1, "einen tag später": 1},
    dayparts={"morgen": "MO", "früh": "MO", "vormittag": "MO", "mittag": "MI",
              "nachmittag": "AF", "abend": "EV", "nacht": "NI"},
    last=("letzten", "letzte", "letztes", "letzter", "vergangenen", "vergangene",
          "vergangenes", "vorigen", "vorige", "voriges", "vorletzten"),
    next=("nächsten", "nächste", "nächstes", "kommenden", "kommende", "kommendes",
          "folgenden", "folgende"),
    this=("diesen", "diese", "dieses", "diesem", "dieser", "selben", "gleichen", "demselben", "jenem"),
    that=("selben", "gleichen", "demselben", "jenem"),  # "im selben Jahr": the year last named
    det=(),
    refs={
        "derzeit": "PRESENT_REF", "zurzeit": "PRESENT_REF", "jetzt": "PRESENT_REF",
        "gegenwärtig": "PRESENT_REF", "aktuell": "PRESENT_REF", "inzwischen": "PRESENT_REF",
        "kürzlich": "PAST_REF", "vor kurzem": "PAST_REF", "neulich": "PAST_REF",
        "früher": "PAST_REF", "damals": "PAST_REF", "bald": "FUTURE_REF",
        "künftig": "FUTURE_REF", "in zukunft": "FUTURE_REF", "demnächst": "FUTURE_REF",
    },
    ago_pre=("vor",),
    ago_post=(),
    in_pre=("in",),
    approx=("mehr als", "weniger als", "fast", "knapp", "etwa", "rund", "über",
            "gut", "mindestens", "ungefähr"),
    mid=("mitte",),
    early=("anfang", "beginn", "zu beginn des", "anfang des"),
    late=("ende", "ende des"),
    every=("jeden", "jede", "jedes", "alle"),
    set_words={"täglich": "P1D", "wöchentlich": "P1W", "monatlich": "P1M",
               "jährlich": "P1Y", "pro jahr": "P1Y", "pro tag": "P1D",
               "pro woche": "P1W", "pro monat": "P1M", "stündlich": "PT1H"},
    ordinals={"ersten": 1, "erste": 1, "ersten.": 1, "zweiten": 2, "zweite": 2,
              "dritten": 3, "dritte": 3, "vierten": 4, "vierte": 4},
    quarter_words=("quartal",),
    half_words=("halbjahr",),
    century_words=("jahrhundert", "jahrhunderts"),
    decade_re=r"(?:den|die|der)\s+(?P<c>19|20)?(?P<d>\d)0er(?:\s+jahren?)?",
    year_suffix=(),
    year2_prep=(),
    holidays={"weihnachten": (12, 25), "heiligabend": (12, 24), "silvester": (12, 31),
              "neujahr": (1, 1), "tag der deutschen einheit": (10, 3)},
    date_order="dm",
    day_of=("des",),
    clock_re=r"(?:(?P<approx>gegen)\s+)?(?P<h>[01]?\d|2[0-4])(?:[:.](?P<m>[0-5]\d))?\s?Uhr(?:\s?(?P<m2>[0-5]\d))?(?![\w])",
    noon={"mitternacht": "24:00"},
    not_year_after=("menschen", "personen", "euro", "dollar", "einwohner", "soldaten",
                    "tote", "km", "kilometer", "meter", "tonnen", "stimmen", "%"),
    since_pre_re=r"\bseit\s+(?:dem\s+|der\s+|den\s+)?",
    bound_pre_re=r"\b(?:bis|ab|vor|nach|seit)\s+(?:zum\s+|zur\s+|dem\s+|am\s+)?$",
    future_re=(
        r"\b(?:wird|werden|soll|sollen|will|wollen|plant|geplant|nächste\w*|kommende\w*|"
        r"findet|stattfinden|könnte|könnten|dürfte|dürften)\b"
    ),
    past_re=(
        r"\b(?:hat|haben|hatte|hatten|war|waren|wurde|wurden|ist|sind|sagte|erklärte|"
        r"teilte|ge\w{3,}(?:t|en)|"
        # strong preterites ("fand ... statt", "kam", "starb")
        r"fand|fanden|kam|kamen|ging|gingen|gab|gaben|nahm|nahmen|stand|standen|lag|fiel|fielen|hielt|"
        r"traf|trafen|begann|begannen|blieb|starb|starben|schlug|zog|sprach|rief|stieg|brach|floh|trat|"
        r"sah|ließ|lief|verlor|gewann|schrieb)\b"
    ),
    # (moved from the engine)
    month_context_before=("im", "seit", "bis", "und", "nach", "vor"),
    day_range_conj=("bis",),  # "3. bis 5. Juni"
    day_list_conj=("und", "oder"),
    report_re=r"berichte(?:t|te)|meldete?|teilte|sagte|erklärte|laut|zufolge",
    background_before_re=r"\b(?:seit|seitdem|bereits|schon|zuletzt|erstmals seit|erste seit|ersten seit|zurück bis)(?:\s+(?:dem|der|den|Anfang|Ende|Mitte))?",
    background_after_re=r"""^\s*(?:,\s*)?(?:bereits|schon)\b""",
    named_date_before_re=r"\b(?:Revolution|Bewegung|Brigade|Platz|Straße|Strasse|Allee|Brücke)\s+(?:vom|des)",
    named_date_after_re=r"^-(?:Revolution|Bewegung|Brigade|Platz|Straße|Strasse|Allee|Brücke)",
    planned_before_re=r"\b(?:geplant (?:für|am)|angesetzt (?:für|am)|vorgesehen (?:für|am)|verschoben auf|bis spätestens)(?:\s+(?:den|dem|der))?",
)

# ---------------------------------------------------------------- ner (entity recognition)
NER = NerSection(inhabitant_endings=("ier", "iern", "er", "ern", "esen", "aner", "anern"),
    lemmatizer="simplemma",
    lemma_free_suffix=2,
    lemma_min_stem=1,
    capitalised_nouns=True,
    name_compound_heads=(
        "mann", "berg", "burg", "dorf", "stein", "feld", "bach", "hausen", "heim", "wald", "hof",
        "haus", "brück", "brücke", "furt", "thal", "tal", "kirchen", "stadt", "land", "horst",
        "hagen", "born", "brunn", "hütte", "see", "weiler", "rode", "kamp", "meier", "mayer",
        "meyer", "schmidt", "müller", "bauer", "huber", "kirch", "münster", "wiese", "garten",
        "grund", "hain", "rath", "ried", "ort", "mark", "werder", "burger", "berger", "steiner",
        # and of named places of a city: squares, streets, buildings ("Märtyrerplatz", "Eiffelturm")
        "platz", "boulevard", "straße", "strasse", "allee", "gasse", "weg", "ring", "damm", "ufer",
        "markt", "turm", "dom", "kathedrale", "kirche", "palast", "schloss", "tor", "bahnhof",
        "flughafen", "hafen", "park", "insel", "brücke",
    ),
    stop=(
        "Der", "Die", "Das", "Ein", "Eine", "Er", "Sie", "Es", "Wir", "Aber", "Und", "Im", "In",
        "Am", "Nach", "Laut", "Auch", "Bei", "Mit", "Für", "Vor", "Seit", "Wie", "Als", "Dass",
    ),
    roles=(
        "präsident", "präsidentin", "vizepräsident", "sekretär", "minister", "ministerin",
        "premierminister", "bundeskanzler", "kanzler", "kanzlerin", "staatschef", "regierungschef",
        "machthaber", "führer", "chef", "chefin", "sprecher", "sprecherin", "botschafter",
        "general", "kommandeur", "direktor", "direktorin", "könig", "königin", "prinz", "papst",
        "bürgermeister", "abgeordnete", "senator", "gouverneur", "diktator", "gründer", "berater",
        "staatsanwalt", "anwalt", "anwältin", "richter", "außenminister", "verteidigungsminister",
        # occupations written as a title before a name (also as compound heads: "Großmeister")
        "meister", "kollege", "kollegin", "ingenieur", "ingenieurin", "chirurg", "chirurgin",
        "arzt", "ärztin", "reeder", "leiter", "leiterin", "koordinator", "koordinatorin",
        "favorit", "favoritin", "trainer", "trainerin",
        # scholars by their field as compound heads ("Seismologin", "Virologe", "Politologin")
        "ologe", "ologin",
    ),
    role_premodifiers=("ehemalige", "ehemaliger", "stellvertretende"),
    honorifics=("Herr", "Frau"),
    conjunctions=("und",),
    articles=("der", "die"),
    connectors=("von", "van", "der", "zu", "de", "und"),
    org_connectors=("für",),  # "Bundesamt für Statistik", "Weltorganisation für Meteorologie"
    org_words=(
        "partei", "rat", "ministerium", "agentur", "union", "organisation", "armee", "komitee",
        "bank", "universität", "parlament", "regierung", "kommission", "bundestag", "bundesamt", "amt",
    ),
)

# ---------------------------------------------------------------- link (entity resolution)
_ORG_GLOSSES = """
world welt
intl international
europe europ
united vereint
nations nation
national national
health gesundheit
meteo meteorolog
money währung
fund fonds
court gerichtshof gericht
supreme oberst
human mensch
rights recht
league liga
arab arab
trade handel
ministry ministerium
defence verteidigung
foreign auswärtig
affairs angelegenheit
interior innen
justice justiz
parliament parlament
council rat
security sicherheit
commission kommission
agency agentur behörde
medicine arzneimittel
bank bank
central zentral
university universität
assoc vereinigung verband
union gewerkschaft union
institute institut
public öffentlich
federal bund
energy energie
atomic atom
committee komitee ausschuss
criminal straf
post post
- staaten organisation
olympic olympisch
food ernährung
programme programm
election wahl
office amt
migration migration
refugee flüchtling
"""  # concept, then its stems (see LinkSection.org_glosses)

LINK = LinkSection(org_glosses=_ORG_GLOSSES)

# ---------------------------------------------------------------- quotes (speech, attribution)
QUOTES = QuoteSection(
    speech_verbs=[
        "sagte", "sagt", "sagten", "gesagt", "erklärte", "erklärt", "erklärten", "betonte", "betont",
        "teilte", "schrieb", "schreibt", "berichtete", "berichtet", "berichteten", "meldete", "meldet",
        "warnte", "warnt", "kündigte", "bestätigte", "bestätigt", "versicherte", "fügte", "hinzu",
        "unterstrich", "behauptete", "behauptet", "räumte", "dementierte", "bestritt", "verkündete",
        "antwortete", "sprach", "hieß es", "heißt es", "mitgeteilt", "erklären",
    ],
    speech_aux=["hat", "haben", "hatte", "hatten", "auch", "zudem", "außerdem", "noch", "dann"],
    adverb_suffixes=["weise"],
    complementisers=["dass"],
    according_to=[
        "laut", "nach angaben von", "nach angaben des", "nach angaben der", "unter berufung auf", "wie",
        "so", "zitiert von",
    ],
    according_to_post=["zufolge"],
    weak_according_to=["wie", "so"],
    pronouns=["er", "sie"],
    impersonal_pronouns=["man"],
    np_stop_words=[
        "in", "im", "am", "an", "auf", "bei", "nach", "vor", "während", "über", "mit", "von", "zu", "am",
        "der", "die", "das", "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag",
        "sonntag", "gegenüber", "dem", "den",
    ],
    determiners=["der", "die", "das", "des", "dem", "den", "ein", "eine", "einer", "eines"],
    lowercase_ends_phrase=True,
    lowercase_phrase_links=["von", "vom", "und"],
    adjective_endings=["en", "er", "es", "em", "e"],
    source_kinds={
        "embassy": ["botschaft*"],
        "ministry": ["ministerium*", "auswärtig*"],
        "agency": ["agentur*"],
        "anonymous": ["quelle*", "kreise*"],
        "expert": ["experte*", "politolog*"],
        "official": [
            "rat", "rates", "sicherheitsrat*", "regierung*", "präsident*", "sprecher*", "minister*",
            "erklärung*", "armee", "behörde*", "führung*", "bundestag", "nato", "weißes haus",
        ],
        "media": ["zeitung*", "sender*"],
    },
    compound_kind_stems={
        "ministerium": "ministry", "botschaft": "embassy", "agentur": "agency", "regierung": "official",
        "sprecher": "official", "zeitung": "media", "experte": "expert", "kreise": "anonymous",
    },
    abbreviations=["hr", "fr", "nr", "bzw", "vgl", "z", "b", "dt", "ca"],
    ordinal_day_months=[
        "januar", "februar", "märz", "april", "mai", "juni", "juli", "august", "september", "oktober",
        "november", "dezember", "jan", "feb", "mär", "apr", "jun", "jul", "aug", "sep", "sept", "okt",
        "nov", "dez",
    ],
)

# ---------------------------------------------------------------- claims (claims and conflicts)
CLAIMS = ClaimSection(
    negation=[r"\bnicht\b(?!\s+nur)", r"\bkein\w*\b", r"\bnie\b", r"\bniemals\b", r"\bniemand\b", r"\bnichts\b"],
    negated_negatives=[r"ausschließ\w*", r"schließt\w*\s+\w*\s*aus"],
    months=[
        "januar", "februar", "märz", "april", "mai", "juni", "juli", "august", "september", "oktober",
        "november", "dezember",
    ],
    number_words={
        "zwei": 2, "drei": 3, "vier": 4, "fünf": 5, "sechs": 6, "sieben": 7, "acht": 8, "neun": 9,
        "zehn": 10, "elf": 11, "zwölf": 12, "fünfzehn": 15, "zwanzig": 20, "dreißig": 30, "vierzig": 40,
        "fünfzig": 50, "sechzig": 60, "hundert": 100, "tausend": 1000,
        "dreizehn": 13, "vierzehn": 14, "sechzehn": 16, "siebzehn": 17, "achtzehn": 18, "neunzehn": 19,
    },
    multipliers={"millionen": 1e6, "milliarde*": 1e9, "tausend": 1e3, "mio": 1e6, "mrd": 1e9, "tsd": 1e3, "dutzend": 12},
    units={
        "percent": ["prozent"],
        "hour": ["stunde*"],
        "day": ["tag", "tage", "tagen"],
        "km": ["km", "kilometer*"],
        "person": ["menschen", "einwohner*", "anwohner*", "bewohner*"],
        "soldier": ["soldat*", "kämpfer*"],
        "dead": ["tote*", "getötet*", "opfer*"],
        "wounded": ["verletzt*"],
        "zloty": ["zloty", "złoty"], "franc": ["franken"],
        "euro": ["euro*"],
        "rouble": ["rubel*"],
        "tonne": ["tonnen"],
        "missile": ["rakete*"],
        "month": ["monat", "monate", "monaten", "monats"],
        "year": ["jahr*"],
        "visit": ["besuch*"],
    },
    role_heads={
        "adviser": ["berater*"],
        "secretary": ["sekretär*", "generalsekretär*"],
        "chair": ["präsident*", "vorsitzende*"],
        "vice-chair": ["vizepräsident*"],
        "commander-in-chief": ["oberbefehlshaber*"],
        "commander": ["kommandeur*", "befehlshaber*"],
        "deputy-minister": ["vize-minister*"],
        "prime-minister": ["ministerpräsident*", "kanzler*"],
        "leader": ["anführer*", "machthaber*", "führer*"],
        "ambassador": ["botschafter*"],
        "spokesperson": ["sprecher*"],
        "director": ["direktor*"],
        "head": ["leiter*", "chef*"],
        "mayor": ["bürgermeister*", "oberbürgermeister*", "stadtpräsident*"],
        # academic offices: a university's head, its deputies (pro-/vice-rectors), a faculty's dean
        "rector": ["rektor", "rektorin", "rektors"], "deputy-rector": ["prorektor", "prorektorin", "prorektors"], "dean": ["dekan", "dekanin"],
        "king": ["könig"],
        "envoy": ["gesandte*"],
        "minister": ["minister", "ministerin"],
        "coach": ["cheftrainer", "cheftrainerin", "trainer", "trainerin"],
        "assistant-coach": ["co-trainer", "assistenztrainer"],
        "ceo": ["vorstandschef*", "vorstandsvorsitzend*", "konzernchef*"],
        "cfo": ["finanzvorstand", "finanzchef*"],
        # a company's other officers (technology, operations): offices of their own beside the chief executive
        "cto": ["technikchef*", "technologiechef*", "technikvorstand*", "technisch* direktor*"], "coo": ["betriebsvorstand*"],
        # a party's legal representative: a profession, compared only with titles in the organisation it represents
        "lawyer": ["anwalt", "anwältin", "anwalts", "rechtsanwalt", "rechtsanwältin", "rechtsanwalts", "strafverteidiger*", "verteidiger", "verteidigerin"],
        "governor": ["gouverneur*", "woiwode*", "woiwodin"],
        "marshal": ["marschall"],
        "secretary-of-state": ["staatssekretär*"],
        # offices of courts, of the state in a province, of a team, of a mission, of a site
        "judge": ["richter", "richterin", "vorsitzende richter*"], "prosecutor": ["staatsanwalt", "staatsanwältin", "oberstaatsanwalt", "oberstaatsanwältin"],
        "prefect": ["präfekt", "präfektin", "regionalpräfekt*"], "captain": ["kapitän", "kapitänin", "mannschaftskapitän*", "spielführer*"],
        "charge-d-affaires": ["geschäftsträger*"],
        "engineer": ["chefingenieur*", "ingenieur", "ingenieurin"],
        "councillor": ["stadtrat", "stadträtin", "staatsrat", "staatsrätin", "regierungsrat", "regierungsrätin", "gemeinderat", "gemeinderätin", "regionalrat", "regionalrätin", "ratsmitglied", "stadtverordnete*"],
    },
    compound_role_heads=[
        "minister", "präsident", "sekretär", "sprecher", "direktor", "botschafter", "kommandeur",
        "befehlshaber", "bürgermeister", "ministerin", "gesandte", "trainer", "trainerin",
        "stadtrat", "stadträtin", "staatsanwalt", "staatsanwältin", "ingenieur", "kapitän",
    ],
    head_of_body_words=[r"geschäftsführend\w* (?:präsident|vorsitzend)\w*"],
    former_words=["ex-", r"ehemalig\w*", r"frühere\w*"],
    role_portfolios={"party": ["partei*"], "foreign": ["außen*", "auswärtig*"], "defence": ["verteidigung*"], "interior": ["innen*"],
                     "justice": ["justiz*"], "finance": ["finanz*"], "economy": ["wirtschaft*"],
                     "transport": ["verkehr*", "mobilität*", "infrastruktur*"], "energy": ["energie*"],
                     "agriculture": ["landwirtschaft*", "agrar*"], "environment": ["umwelt*", "klima*"],
                     "housing": ["bau*", "wohnungsbau*"], "health": ["gesundheit*"], "education": ["bildung*"],
                     "labour": ["arbeit*"], "culture": ["kultur*"], "middle-east": ["nahost*", "naher osten"]},
    portfolio_links=["für", r"für\s+die", r"für\s+den"],
    deputy_words=[r"stellvertretend\w*"],
    deputy_prefixes=[r"vize-?"],
    function_nouns=["konferenz*", "treffen*", "gipfel*", "delegation*", "sitzung*", "tagung*", "verhandlung*",
                    "kongress*"],
    passive_markers=[r"\bwurde\w*\b", r"\bworden\b"],
    score_links=[r"zu"], goal_nouns=[r"tore?n?"], score_numbers={"null": 0, "eins": 1},
    opponent_preps=[r"\bgegen\b", r"\bvon\b", r"\büber\b"],
    possessor_links=[r"\s+(?:von|des|der)\s+(?:[\w'’.-]+\s+){0,3}"],
    perfect_auxiliaries=[r"\bhat\b", r"\bhaben\b", r"\bist\b", r"\bsind\b"],
    outcome_objects={"decision": [r"\w*abstimmung\w*"], "agreement": [r"\bunterzeichnung\b", r"\bunterschrift\b"]},
    outcome_object_preps=[r"\bnach(?: der| dem)?", r"\bvor(?: der| dem)?"],
    outcome_statuses={"in_orbit": [r"\bin (?:die |eine |ihre |seine )?(?:Erdumlaufbahn|Umlaufbahn|den Orbit|den Erdorbit)\s+(?:gebracht|befördert|ausgesetzt)\b", r"\b(?:brachte|beförderte|setzte)\b(?:\s+\S+){0,8}?\s+in (?:die |eine )?(?:Erdumlaufbahn|Umlaufbahn|den Orbit)\b", r"\b(?:erreichte|erreichten)\s+(?:die\s+|ihre\s+)?(?:Erdumlaufbahn|Umlaufbahn|den Orbit)\b"],
                      "strike_on": [r"\b(?:Streik|Warnstreik|Ausstand|Arbeitsniederlegung)\w*\s+begonnen\b", r"\b(?:Streik|Warnstreik|Ausstand)\w*\s+(?:\S+\s+){0,2}?(?:begann|läuft|dauert an)\b", r"\b(?:begann|beginnt|läuft)\s+(?:\S+\s+){0,3}?(?:der|ein)\s+(?:\S+\s+)?(?:Streik|Warnstreik|Ausstand)\b"],
                      "strike_off": [r"\b(?:Streik|Warnstreik|Ausstand)\w*\s+(?:\S+\s+){0,4}?(?:abgesagt|ausgesetzt|verschoben|abgeblasen)\b", r"\b(?:sagte|sagten|setzte|setzten)\s+(?:\S+\s+){0,4}?(?:Streik|Warnstreik|Ausstand)\w*\s+(?:ab|aus)\b"],
                      "appointed": [r"\bernannt\b", r"\bernannte\w*"],
                      "first_reading": [r"\bin erster Lesung\b"],
                      "final_reading": [r"\bin (?:zweiter und )?(?:dritter|letzter) Lesung\b", r"\bmuss\s+(?:nun\s+|jetzt\s+|noch\s+){0,2}(?:der|die)\s+Präsident(?:in)?\s+(?:\w+\s+)?unterschreiben\b"],
                      "accepted": [r"\bnahm\w*\s+(?:\S+\s+){0,3}\w*(?:rücktritt|rücktrittsgesuch|angebot|vorschlag|antrag)\w*\s+an\b", r"\b\w*(?:rücktritt|rücktrittsgesuch|angebot|vorschlag|antrag)\w*\s+(?:\S+\s+){0,4}?angenommen\b"],
                      "refused": [r"\blehnte\w*\s+(?:\S+\s+){0,3}\w*(?:rücktritt|rücktrittsgesuch|angebot|vorschlag|antrag)\w*\s+ab\b", r"\b\w*(?:rücktritt|rücktrittsgesuch|angebot|vorschlag|antrag)\w*\s+(?:\S+\s+){0,4}?abgelehnt\b", r"\bweigerte sich\b[^.;]{0,40}?\banzunehmen\b"],
                      "reduced": [r"\b\w*(?:strafe|urteil|haft)\b[^.;]{0,100}?\b(?:verkürzt|herabgesetzt|gemildert|reduziert)\b", r"\b(?:milderte?|verkürzte?|reduzierte?)\s+(?:\S+\s+){0,3}?\w*(?:strafe|urteil)\b"],
                      "upheld": [r"\bbestätigte?\s+(?:\S+\s+){0,4}?\w*(?:strafe|urteil)\b", r"\b\w*(?:strafe|urteil)\b[^.;]{0,100}?\bbestätigt\b"],
                      "unharmed": [r"\b(?:verletzt|getötet) wurde niemand\b", r"\bniemand wurde (?:verletzt|getötet)\b", r"\bkeine (?:Verletzten|Toten|Opfer)\b", r"\bunverletzt\b"],
                      "failed": [r"\bgescheitert\b", r"\bscheiterte\w*", r"\bgeplatzt\b", r"\bplatzte\w*", r"\bergebnislos\b"],
                      "survived": [r"\blebend\s+(?:gerettet|geborgen|befreit)\b",
                                   r"\balle\b(?:\s+\S+){0,9}?\s+(?:lebend\s+)?(?:gerettet|geborgen|befreit|überlebt\w*|unverletzt)\b", r"\büberlebten alle\b"],
                      "died": [r"\bstarb\w*", r"\bgestorben\b", r"\bums leben\b", r"\bgetötet\b", r"\btödlich verunglückt\b"],
                      "lost": [r"\b(?:\w*finale|\w*spiel|rennen|\w*wahl|derby)\b[^.;:]{0,60}?\bverloren\b", r"\bverlor\w*\s+(?:\S+\s+){0,4}(?:\w*finale|\w*spiel|rennen|\w*wahl|derby)\b"]},
    former_until=[r"\bbis\s+(?:zum\s+jahr\s+)?(\d{4})\b"],
    role_org_links=["der", "des", "vom", "von"],
    apposition_determiners=["der", "die"],
    countries={
        "RU": ["russland", "adj:russisch*"],
        "UA": ["ukraine", "adj:ukrainisch*"],
        "KP": ["nordkorea", "adj:nordkoreanisch*"],
        "KR": ["südkorea", "adj:südkoreanisch*"],
        "BY": ["weißrussland", "belarus", "adj:belarussisch*"],
        "CN": ["china", "adj:chinesisch*"],
        "US": ["vereinigte staaten", "usa", "adj:amerikanisch*"],
        "FR": ["frankreich", "adj:französisch*"],
        "DE": ["deutschland", "adj:deutsch*"],
        "GB": ["großbritannien", "adj:britisch*"],
        "PL": ["polen", "adj:polnisch*"],
        "IR": ["iran", "adj:iranisch*"],
        "IL": ["israel", "adj:israelisch*"],
        "SY": ["syrien", "adj:syrisch*"],
        "TR": ["türkei", "adj:türkisch*"],
        "JP": ["japan", "adj:japanisch*"],
        "GE": ["georgien", "adj:georgisch*"],
        "MD": ["moldau", "adj:moldauisch*"],
        "KZ": ["kasachstan", "adj:kasachisch*"],
        "ES": ["spanien", "adj:spanisch*"],
        "IT": ["italien", "adj:italienisch*"],
        "IN": ["indien", "adj:indisch*"],
        "EE": ["estland", "adj:estnisch*"],
        "LV": ["lettland", "adj:lettisch*"],
        "LT": ["litauen", "adj:litauisch*"],
        "FI": ["finnland", "adj:finnisch*"],
        "RO": ["rumänien", "adj:rumänisch*"],
        "HU": ["ungarn", "adj:ungarisch*"],
        "AM": ["armenien", "adj:armenisch*"],
        "AZ": ["aserbaidschan", "adj:aserbaidschanisch*"],
        "AT": ["österreich", "adj:österreichisch*"],
        "CH": ["schweiz", "adj:schweizer*"],
        "BE": ["belgien", "adj:belgisch*"],
        "NL": ["niederlande", "adj:niederländisch*"],
        "PT": ["portugal", "adj:portugiesisch*"],
        "GR": ["griechenland", "adj:griechisch*"],
        "CZ": ["tschechien", "adj:tschechisch*"],
        "MX": ["mexiko", "adj:mexikanisch*"],
        "CA": ["kanada", "adj:kanadisch*"],
        "BS": ["bahamas", "adj:bahamaisch*"],
        "MM": ["myanmar", "adj:myanmarisch*"],
        "EG": ["ägypten", "adj:ägyptisch*"],
    },
    place_nouns=["gebiet*", "stadt", "bezirk*", "dorf", "region*"],
    elided_preps=[],
    near_preps=["bei", "nahe", "unweit von", "unweit", "am Stadtrand von", "am Rande von", "in der Nähe von"],
    clock_zones={"CET": [r"MEZ", r"deutscher Zeit", r"mitteleuropäischer Zeit"], "EET": [r"Kiewer Zeit", r"osteuropäischer Zeit"], "WET": [r"britischer Zeit"], "MSK": [r"Moskauer Zeit"], "UTC": [r"Weltzeit"], "local": [r"Ortszeit", r"Lokalzeit"]},
    clock_approx=[r"gegen", r"etwa um", r"ungefähr um", r"kurz (?:vor|nach)"],
    vote_tallies=[r"mit (?P<x>\d+|[^\W\d]+) zu (?P<y>\d+|[^\W\d]+) Stimmen", r"mit (?P<x>\d+|[^\W\d]+) gegen (?P<y>\d+|[^\W\d]+) Stimmen", r"mit (?P<x>\d+|[^\W\d]+):(?P<y>\d+|[^\W\d]+) Stimmen", r"(?P<x>\d+|[^\W\d]+) Ja-\s?(?:und|zu|gegen|bei) (?P<y>\d+|[^\W\d]+) Nein-Stimmen", r"(?P<x>\d+|[^\W\d]+) Stimmen dafür,? (?:und )?(?P<y>\d+|[^\W\d]+) dagegen"],
    appeal_court_words=[r"Berufung\w*", r"Oberlandes\w*", r"Revision\w*"],
    org_venue_preps=["in", "im", "vor", "beim", "am"],
    org_venues={"ministry": [r"\w*ministerium\w*"], "union": [r"\w*gewerkschaft\w*"], "parliament": [r"parlament\w*", r"bundestag\w*", r"landtag\w*"], "town_hall": [r"rathaus\w*"], "government": [r"\w*regierung\w*"], "court": [r"\w*gericht\w*"], "embassy": [r"botschaft\w*"]},
    definite_articles=[],  # nouns are capitalised: an article does not mark a name
    seat_cues=[r"\bmit (?:Haupt)?[Ss]itz in\s+", r"\bStaatsanwaltschaft (?:in\s+)?"],
    seat_suffixes=[r"-basierte?[nrs]?\b"],
    common_noun_endings=["ung", "ungen", "heit", "heiten", "keit", "keiten", "schaft", "schaften", "ität",
                         "tion", "tionen", "nis", "nisse", "tum", "osten", "westen", "norden", "süden"],
    locative_preps=["in", "im"],
    fused_article_preps=["im", "am", "beim", "vom", "zum", "zur"],
    venue_preps=["im", "in", "am", "beim", "vor"],
    venue_nouns=[r"stadion", r"arena", r"halle", r"palast", r"schloss", r"park", r"flughafen", r"flugfeld"],
    city_adjective_suffixes=["er"],
    town_nouns=[r"\w*stadt", r"\w*gemeinde", r"\w*dorf", r"\w*grenzort", r"ort", r"ortsteil", r"stadtteil"],
    direction_words=["osten", "westen", "norden", "süden", "ost*", "dem", "der", "des", "teil", "grenz*"],
    direction_prefixes=["nordost", "nordwest", "südost", "südwest", "nord", "süd", "ost", "west", "mittel", "zentral"],
    including_words=["insbesondere", "darunter", "vor allem"],
    place_gap_words=["die", "der", "das", "den", "dem", "eine", "ein", "einem", "einer", "ist", "in"],
    place_name_particles=["der", "des"],
    demonstratives=["diese[mnrs]?", "dieser"],
    measure_units={"mile": ["meile*"], "foot": ["fuß"], "metre": ["meter", "metern"], "km": ["km", "kilometer", "kilometern"], "cm": ["cm", "zentimeter"],
                   "acre": ["acre*", "morgen"], "hectare": ["hektar", "ha"], "sq_km": ["quadratkilometer*", "km2", "km²"],
                   "sq_m": ["quadratmeter*", "m2", "m²"], "kmh": ["km/h", "stundenkilometer*", "kilometer pro stunde", "kilometern pro stunde"],
                   "fahrenheit": ["grad fahrenheit", "°f"], "celsius": ["grad celsius", "grad", "°c", "°"],
                   "kg": ["kg", "kilo*"], "tonne": ["tonne*"]},
    quantity_heads={
        "killed": ["tote*", "tot", "getötet*", "ums leben", "todesopfer", "das leben gekostet", "das leben", "starb*"], "injured": ["verletzt*"],
        "arrested": ["festgenommen*", "festnahme*", "verhaftet*"], "missing": ["vermisst*"], "evacuated": ["evakuiert*"],
        "votes": ["ja-anteil*", "ja-stimmen", "stimme*"], "gusts": ["böe*", "windböe*", "windgeschwindigkeit*"], "depth": ["tiefe"], "magnitude": ["stärke", "magnitude"], "rate_bp": ["basispunkt*"],
        "rate": ["prozentpunkt*"], "jobs": ["stelle*", "arbeitsplätze", "jobs"], "households": ["haushalt*"],
        "attendance": ["zuschauer*", "besucher*"], "participants": ["läufer", "läuferinnen", "läuferinnen und läufer", "teilnehmer*"],
        "prisoners": ["gefangen*", "kriegsgefangen*"], "storeys": ["stockwerk*", "stöckig*", "etage*", "geschoss*"], "rise_pct": ["erhöh*", "anstieg", "steiger*"],
        "turnout": ["wahlbeteiligung", "beteiligung"], "passengers": ["passagier*", "fahrgäste", "fahrgast", "an bord"], "responders": ["feuerwehrleute", "feuerwehrmänner", "einsatzkräfte", "rettungskräfte"], "hospitalised": ["ins krankenhaus", "in ein krankenhaus", "in krankenhäuser", "ins spital", "ins klinikum"], "treated": ["behandelt", "medizinisch versorgt", "ambulant versorgt"], "trapped": ["eingeschlossen*", "verschüttet*"], "area_ha": ["hektar"], "rate_level": ["leitzins*", "zins*", "referenzzins*"],
        "tickets": ["karten", "eintrittskarten", "tickets"],
        "votes_against": ["dagegen", "gegenstimmen", "nein-stimmen"],
    },
    quantity_modifiers_after={"at_least": ["oder mehr", "und mehr", "mindestens"]},
    count_nouns=["zahl der", "anzahl der", "bilanz"],
    quantity_modifiers={"another": ["weitere"], "at_least": ["mindestens", "wenigstens"], "more_than": ["mehr als", "über", "überstieg", "überschritt\\w*"],
                        "about": ["etwa", "rund", "ungefähr", "circa", "ca\\."], "nearly": ["fast", "knapp", "beinahe"],
                        "up_to": ["bis zu", "weniger als"], "between": ["zwischen", "von"], "from": ["(?:stieg|steigt|gestiegen|kletterte|erhöhte sich) von"],
                        "exact": ["(?:stieg|steigt|kletterte|wuchs|erhöhte sich) auf", "ist auf", "hat sich auf", "erreichte"],
                        # "über" after a noun gives the noun's amount ("ein Fonds über 3 Milliarden"), not "more than"
                        "amount_of": ["(?-i:[A-ZÄÖÜ][a-zäöüß]+)\\s+über"]},
    approx_numbers={"ein dutzend": 12, "ein halbes dutzend": 6},
    vague_numbers={"dutzende": [13, 99], "hunderte": [101, 999], "tausende": [1001, 999999]},
    provisional_cues=[r"vorläufig\w*", r"bislang", r"bisher", r"zunächst", r"nach ersten (?:Angaben|Informationen|Erkenntnissen)"],
    pending_words=[r"\bnoch\b"],
    background_cues=[r"\b(?:zweiten|dritten|vierten) tag\b", r"\bseit\b", r"\bvergangenen jahr\w*", r"\bvorjahr\w*", r"\bim jahr (?:19|20)\d\d\b", r"\bwird\b",
                     r"\bsoll\b", r"\bzuletzt\b", r"\bbereits\b", r"\bvor \w+ jahren\b", r"\bvor einem jahr\b"],
    prison_terms=[r"\bhaft\b", r"\bgefängnis\b", r"\bfreiheitsstrafe\b"],
    sentence_parts=[], suspended_terms=[r"auf bewährung\b", r"zur bewährung\b"],
    sentence_requests=[r"\bgefordert\b", r"\bforderte\w*", r"\bbeantragt\w*"],
    head_gap_stops=["und", "oder", "die", "der", "welche"],
    background_exceptions=[r"\bwie (?:schon )?in erster instanz(?: (?:im jahr|in) (?:19|20)\d\d)?", r"\b(?:erste[nmrs]?|größte[nmrs]?|höchste[nmrs]?|schwerste[nmrs]?|stärkste[nmrs]?)\b[\w\s-]{0,30}?\bseit\b", r"\bseit (?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|gestern|heute)\w*"],
    denial_cues=[r"\bbestritt\w*", r"\bbestreit\w*", r"\bdementiert\w*", r"\bwies\b.{0,40}\bzurück\b"],
    outcomes={"acquitted": [r"\b(?:urteil|verurteilung)\b[^.;:]{0,80}?\baufgehoben\b", r"\bhob\w* (?:\w+ ){0,4}(?:urteil|verurteilung)\w* (?:\w+ ){0,4}auf\b", r"\bfreigesprochen\b", r"\bfreispruch\b", r"\bsprach\w* (?:\w+ ){0,5}frei\b"], "convicted": [r"\bverurteilung\b[^.;:]{0,100}?\bbestätigt\b", r"\bbestätigte\w* (?:\w+ ){0,3}(?:das urteil|die verurteilung)\b", r"\bverurteilt\w*", r"\bschuldig gesprochen\b", r"\bfür schuldig\b"], "vetoed": [r"\bveto eingelegt\b", r"\blegte\w* (?:\w+ ){0,5}veto\b"],
              "approved": [r"\bfür (?:\w+ ){0,3}gestimmt\b", r"\bangenommen\b", r"\bgebilligt\b", r"\bstimmte\w*\b[^.;:]{0,60}?\bzu\b(?=\s*[.,;:!?]|\s*$)", r"\bzugestimmt\b", r"\bratifiziert\b", r"\bangenommen\b", r"\bgebilligt\b", r"\bbeschlossen\b", r"\bzugestimmt\b"],
              "rejected": [r"\bgegen (?:\w+ ){0,3}gestimmt\b", r"\bratifizierung\w* abgelehnt\b", r"\bverweigert\w* (?:\w+ ){0,3}ratifizierung\b", r"\babgelehnt\b", r"\blehnte\w*\b.{0,40}\bab\b", r"\bverworfen\b"], "held": [r"\bfand\b.{0,30}\bstatt\b"], "called_off": [r"\babgesagt\b"],
              "postponed": [r"\bverschoben\b", r"\bvertagt\b"], "signed": [r"\bunterzeichne\w*", r"\beinigten sich\b", r"\beinigung erzielt\b"],
              "not_signed": [r"\b(?:verhandlungen|gespräche)\b[^.;:]{0,60}?\b(?:gescheitert|scheiterten|abgebrochen|platzten|geplatzt)\b", r"\bohne einigung\b", r"\bohne unterschrift\b"], "won": [r"\bsicherte\w* sich\b(?=[^.,;]{0,40}\b(?:titel|pokal|cup|sieg)\w*)", r"\bgewann\b", r"\bgewonnen\b", r"\bsiegte\w*", r"\bbesiegt\w*", r"\bschlug\b", r"\bholte\w*(?= (?:\w+ ){0,3}(?:cup|pokal|titel|trophäe)\w*)", r"\bsetzte\w* sich\b(?=[^.,;]*\bdurch\b)", r"\bdurchgesetzt\b"], "victory_to": [r"\bder sieg ging an\b"], "runner_up": [r"\bwurde zweite[rs]? hinter\b", r"\bbelegte (?:den )?zweiten platz hinter\b"], "lost": [r"\b(?:kassierte|kassiert|erlitt|erlitten|kassierten|erlitten) (?:eine|die) [\w\s:-]{0,20}?niederlage\b", r"\bunterl(?:ag|agen)\b", r"\bverlor\w*\b[^,.;:]{0,25}?\bgegen\b"], "elected": [r"\bwählte\w*\b"], "elected_passive": [r"\bgewählt\b"], "score": [r"\bendstand\b", r"\bergebnis\b", r"\bunentschieden\b", r"\bremis\b"],
              "closed": [r"\bschließung\b", r"\bgeschlossen\b", r"\bschließen\b"],
              "rate_cut": [r"\bsenkt\w*", r"\bgesenkt\b"], "rate_raised": [r"\berhöht\b", r"\berhöhte\w*", r"\bangehoben\b"], "rate_unchanged": [r"\bunverändert\b", r"\bbelassen\b", r"\bbelässt\b"]},
    age_cues=[r"-?jährig\w*", r"\s?jahre alt"],
    part_cues=[r"\ballein\b", r"\bdavon\b", r"\bin der stadt\b"],
    partitive_links=["der", "von den", "unter den"],
    partitive_before=["unter den"],
    place_levels={"region": ["region", "oblast", "gebiet"], "province": ["provinz"], "district": ["bezirk", "kreis"],
                  "county": ["landkreis", "departement", "kanton"]},
)

# ---------------------------------------------------------------- framing (loaded terms)
FRAMING = FramingSection(
    loaded_terms={
        "diktator": "Staatschef", "diktatur": "Regierung", "regime": "Regierung",
        "machthaber": "Staatschef", "tyrann": "Staatschef", "despot": "Staatschef",
        "marionette": "Verbündeter", "junta": "Militärregierung", "terrorist": "Kämpfer",
        "propaganda": "Kommunikation", "invasor": "Truppen", "besatzer": "Truppen", "nazi": "Nationalist",
        "massaker": "Angriff", "völkermord": "Tötungen", "horden": "Truppen", "autokrat": "Staatschef",
        "söldner": "ausländische Kämpfer",
    },
)
