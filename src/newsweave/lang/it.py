"""Italian language data for newsweave. Each section belongs to one component; edit only yours."""
from __future__ import annotations

from .schema import (ClaimSection, CleanSection, FramingSection, LinkSection, NerSection,
                     QuoteSection, TimeSection)

CODE = "it"
NAME = "Italian"

# ---------------------------------------------------------------- clean (ingest/clean component)
CLEAN = CleanSection(
    comment_counts=(r"\d[\d.]*\s+commenti\b", r"\bcommenti\s*:?\s*\(?\d+"),  # "29 ...": the readers' comments follow
    chrome_lines=(
        # a browser's push-notification prompt, on the page before the headline
        r"(il tuo |il )?browser (ha )?bloccat[oe] le notifiche\b.*", r"le notifiche sono bloccate\b.*",
        r"(attiva|attivare|consenti|consentire|abilita|abilitare) le notifiche\b.*",
        # a link label to the article itself (a teaser's "read the article")
        r"leggi (l'articolo|la notizia)( complet[oa])?",
        # a series note and an account form: on every page of a dossier, never the article
        r"quest[oa] (post|articolo) fa parte (del nostro|della nostra|di un|di una) (dossier|copertura|speciale|serie)\b.*", r"inserisci (il tuo|la tua) (e-?mail|indirizzo)\b.*",
        r"leggi anche\b.*", r"(leggi|scopri) di pi[ùu]\b.*", r"(ti )?potrebbe (interessarti|interessare)( anche)?",
        r"articoli (correlati|consigliati)", r"(i )?pi[ùu] (letti|visti|condivisi|commentati)",
        r"contenuti? sponsorizzat[oi]", r"pubblicit[àa]", r"condividi( su\b.*)?",
        r"iscriviti( alla| alle)? newsletter\b.*", r"iscriviti\b.*", r"abbonati (ora|subito|a|al|alla)\b.*",
        r"(questo sito (usa|utilizza)|utilizziamo|usiamo) (i )?cookies?\b.*",
        r"(accetta|rifiuta|accetto|rifiuto) (tutti )?(i )?cookies?\b.*", r"seguici\b.*",
        r"(tutti i )?diritti riservati\b.*", r"commenti", r"home ?page", r"in evidenza", r"ultim[ei] notizie",
        r"ultim'ora",
    ),
    share_words=("condividi",),
    button_words=("stampa", "copia link"),
    photo_words=("foto", "immagine", "fotografia", "illustrazione"),
    caption_labels=("nella (foto|immagine)", "didascalia", "credito fotografico"),
    screen_words=("screenshot", "schermat[ae]", "fermo ?immagine", "fotogramm[ai]", "frame (del|da|di) (un )?video"),
    photo_by=("di", "da", "per gentile concessione di"),
    profession_words=("giornalist[aie]", "scritt(ore|ori|rice|rici)", "autor[ei]", "autric[ei]", "romanzier[ei]",
                      "poet[ai]", "poetess[ae]", "storic[oaih]e?", "sociolog[oaie]", "sociologh[ie]",
                      "economist[aie]", "giurist[aie]", "avvocat[oaie]", "avvocatess[ae]", "attivist[aie]",
                      "docent[ei]", "professor[ei]", "professoress[ae]", "ricercat(ore|ori|rice|rici)",
                      "politolog[oaie]", "politologh[ie]", "analist[aie]", "diplomatic[oai]", "medic[oaih]e?",
                      "fotograf[oaie]", "regist[aie]", "att(ore|ori|rice|rici)", "cantant[ei]", "musicist[aie]",
                      "artist[aie]", "ingegner[ei]", "insegnant[ei]", "blogger", "editorialist[aie]",
                      "saggist[aie]", "tradutt(ore|ori|rice|rici)", "imprenditor[ei]", "imprenditric[ei]",
                      "arabist[aie]", "orientalist[aie]"),
    bio_joiners=("e", "ed", "&"),
    partitive_openers=("uno dei", "uno degli", "una delle", "uno dei suoi", "una delle sue", "alcuni dei", "alcune delle"),
    page_words=(r"(la |una )?pagina( web| internet| iniziale| di errore)?",),
    page_states=("bloccat[ae]", "censurat[ae]", "oscurat[ae]", "inaccessibili?", "non disponibil[ei]"),
    relative_words=("che", "come appare", "vista da"),
    label_connectors=("di", "del", "della", "dei", "delle", "e", "il", "la", "le", "in"),
    date_header_words=(r"pubblicat[oa](\s+il)?", r"aggiornat[oa](\s+il)?", r"ultimo\s+aggiornamento",
                       r"ultima\s+modifica", r"data\s+di\s+pubblicazione", r"data"),
    date_prefixes=("il",),
    before_date_words=("il",),
    header_months={
        "gennaio": 1, "gen": 1, "febbraio": 2, "feb": 2, "marzo": 3, "mar": 3, "aprile": 4, "apr": 4,
        "maggio": 5, "mag": 5, "giugno": 6, "giu": 6, "luglio": 7, "lug": 7, "agosto": 8, "ago": 8,
        "settembre": 9, "sett": 9, "ottobre": 10, "ott": 10, "novembre": 11, "nov": 11, "dicembre": 12, "dic": 12,
    },
    day_suffixes=("º", "°"),
    time_prepositions=("alle", "ore", r"alle\s+ore"),
    # "di Mario Rossi": lower-case only, so a sentence about "Di Maio" is not a byline
    byline_words=(r"(?-i:di)", r"a cura di", r"servizio di", r"dal nostro (inviato|corrispondente)( a \w+)?"),
    byline_joiners=(r"(?-i:e)", r"con"),
    agencies=("ANSA", "AGI", "Adnkronos", "LaPresse", "Askanews", "Italpress"),
    outlet_words=("giornale", "notizie", "quotidiano", "gazzetta", "corriere"),
    source_labels=("fonte",),
)

# ---------------------------------------------------------------- time (time expressions)
TIME = TimeSection(
    months={
        "gennaio": 1, "febbraio": 2, "marzo": 3, "aprile": 4, "maggio": 5, "giugno": 6,
        "luglio": 7, "agosto": 8, "settembre": 9, "ottobre": 10, "novembre": 11, "dicembre": 12,
    },
    weekdays={"lunedì": 0, "lunedi": 0, "martedì": 1, "martedi": 1, "mercoledì": 2, "mercoledi": 2,
              "giovedì": 3, "giovedi": 3, "venerdì": 4, "venerdi": 4, "sabato": 5, "domenica": 6},
    seasons={"primavera": "SP", "estate": "SU", "autunno": "FA", "inverno": "WI"},
    holidays={"natale": (12, 25), "la vigilia di natale": (12, 24), "capodanno": (1, 1),
              "san silvestro": (12, 31), "ferragosto": (8, 15), "ognissanti": (11, 1),
              "la festa della liberazione": (4, 25), "la festa della repubblica": (6, 2),
              # movable feasts: (0, days after Easter Sunday)
              "pasqua": (0, 0), "pasquetta": (0, 1), "la pentecoste": (0, 49)},
    half_after=r"\s+e\s+mezz[oa]",  # a half after the unit ("two hours and a half")
    numbers={
        "un": 1, "un'": 1, "mezz'": 0.5, "mezza": 0.5, "uno": 1, "una": 1, "due": 2, "tre": 3, "quattro": 4, "cinque": 5, "sei": 6,
        "sette": 7, "otto": 8, "nove": 9, "dieci": 10, "undici": 11, "dodici": 12, "tredici": 13,
        "quattordici": 14, "quindici": 15, "sedici": 16, "diciassette": 17, "diciotto": 18,
        "diciannove": 19, "venti": 20, "ventuno": 21, "ventiquattro": 24, "trenta": 30,
        "quaranta": 40, "quarantotto": 48, "cinquanta": 50, "sessanta": 60, "settanta": 70,
        "ottanta": 80, "novanta": 90, "cento": 100, "mille": 1000, "un paio di": 2,
        "una decina di": 10, "una quindicina di": 15, "una ventina di": 20, "una trentina di": 30,
        "un centinaio di": 100, "mezzo": 0.5, "mezza": 0.5,
        "alcuni": None, "alcune": None, "pochi": None, "poche": None, "qualche": None,
        "diversi": None, "diverse": None, "parecchi": None, "parecchie": None, "molti": None, "molte": None,
    },
    units={"anno": "Y", "anni": "Y", "mese": "M", "mesi": "M", "settimana": "W", "settimane": "W",
           "giorno": "D", "giorni": "D", "giornata": "D", "giornate": "D", "ora": "H", "ore": "H",
           "minuto": "MIN", "minuti": "MIN", "secondi": "S", "decennio": "DE", "decenni": "DE",
           "secolo": "CE", "secoli": "CE", "trimestre": "Q", "trimestri": "Q", "semestre": "HY",
           "semestri": "HY", "fine settimana": "WE", "weekend": "WE", "notti": "NIGHT"},
    plural_units=("anni", "mesi", "settimane", "giorni", "giornate", "ore", "minuti", "secondi", "decenni",
                  "secoli", "trimestri", "semestri", "notti"),
    ordinals={"primo": 1, "secondo": 2, "terzo": 3, "quarto": 4},
    quarter_words=("trimestre",),
    half_words=("semestre",),
    century_words=("secolo",),
    decade_re=(r"(?:gli\s+)?anni\s+(?:(?P<c>19|20)?['’]?(?P<d>\d)0|"
               r"(?P<w>venti|trenta|quaranta|cinquanta|sessanta|settanta|ottanta|novanta))"),  # "gli anni Novanta"
    decade_words={"venti": 2, "trenta": 3, "quaranta": 4, "cinquanta": 5, "sessanta": 6, "settanta": 7,
                  "ottanta": 8, "novanta": 9},
    days_rel={"ieri": -1, "l'altro ieri": -2, "l'altroieri": -2, "avantieri": -2, "oggi": 0, "domani": 1,
              "dopodomani": 2, "stamattina": 0, "stamane": 0, "stasera": 0, "stanotte": 0},
    days_rel_part={"stamattina": "MO", "stamane": "MO", "stasera": "EV", "stanotte": "NI"},
    narrative_relational=("dopo", "prima"),  # "il giorno dopo le elezioni"
    narrative_of_re=r"\s+(?:del|della|dello|dei|delle|degli|di)\s+(?=[^\W\d])|\s+dell['’](?=[^\W\d])",  # "the day after [of] an event"
    narrative_days={"il giorno prima": -1, "il giorno precedente": -1, "la vigilia": -1,
                    "il giorno dopo": 1, "il giorno successivo": 1, "l'indomani": 1,
                    "lo stesso giorno": 0, "quel giorno": 0, "quello stesso giorno": 0,
                    "il giorno seguente": 1, "il giorno stesso": 0, "un giorno dopo": 1},
    last=("scorso", "scorsa", "scorsi", "scorse", "passato", "passata", "ultimo", "ultima", "ultimi",
          "ultime", "precedente", "precedenti"),
    next=("prossimo", "prossima", "prossimi", "prossime", "successivo", "successiva", "seguente",
          "venturo", "ventura"),
    this=("questo", "questa", "questi", "queste", "quest'", "quel", "quell'", "quella", "stesso", "stessa",
          "quello stesso", "quella stessa"),
    that=("quel", "quell'", "quella", "stesso", "stessa", "quello stesso", "quella stessa"),  # "quell'anno": the year last named
    anaphoric_rel=("successivo", "successiva", "seguente", "precedente"),  # "l'anno successivo"
    postposed_this=("in corso",),  # "l'anno in corso"
    det=("il", "lo", "la", "l'", "i", "gli", "le"),
    det_before_weekday=True,
    day_of=("di", "del"),
    date_order="dm",
    year_suffix=(),
    not_year_after=("persone", "euro", "dollari", "abitanti", "soldati", "morti", "feriti", "vittime", "km",
                    "chilometri", "metri", "tonnellate", "voti", "posti", "milioni", "miliardi", "%"),
    refs={"attualmente": "PRESENT_REF", "adesso": "PRESENT_REF", "oggi giorno": "PRESENT_REF",
          "oggigiorno": "PRESENT_REF", "al momento": "PRESENT_REF", "in questo momento": "PRESENT_REF",
          "finora": "PRESENT_REF", "fino ad oggi": "PRESENT_REF",
          "recentemente": "PAST_REF", "di recente": "PAST_REF", "ultimamente": "PAST_REF",
          "in passato": "PAST_REF", "un tempo": "PAST_REF",
          "in futuro": "FUTURE_REF", "presto": "FUTURE_REF", "prossimamente": "FUTURE_REF",
          "a breve": "FUTURE_REF"},
    ago_post=("fa",),  # "tre giorni fa"
    in_pre=("tra", "fra"),  # "tra due settimane"
    approx=("più di", "meno di", "quasi", "circa", "oltre", "almeno", "poco più di", "poco meno di"),
    dur_mod=("primi", "prime"),  # "i primi sei mesi"
    range_conj=("a", "o", "-", "–"),  # "due o tre anni"
    whole=("tutto il", "tutta la", "tutto l'", "tutta l'", "l'intero", "l'intera", "un intero", "un'intera"),
    bare_plural_pre=("da", "per", "durante"),  # "da anni"
    age_before=r"(?:,|\bdi|\(|\bcon|\betà\s+di)",
    age_end_words=("e",),
    mid=("metà", "metà di", "metà del", "metà dell'", "la metà di"),
    early=("inizio", "inizio di", "inizio del", "inizio dell'", "l'inizio di", "all'inizio di", "primi di"),
    late=("fine", "fine di", "fine del", "fine dell'", "la fine di", "la fine del", "alla fine di",
          "alla fine del"),
    dayparts={"mattina": "MO", "mattino": "MO", "mattinata": "MO", "in mattinata": "MO",
              "pomeriggio": "AF", "nel pomeriggio": "AF", "sera": "EV", "serata": "EV", "in serata": "EV",
              "notte": "NI", "nottata": "NI", "in nottata": "NI", "mezzogiorno": "MI"},
    part_prepositions=("in", "nel"),  # "nel [pomeriggio di sabato]"
    part_day_of=("tra",),  # "la notte tra sabato e domenica"
    part_day_to=("e",),
    event_parts=("serata",),  # "questa serata": an evening event
    clock_re=(r"(?:(?P<approx>verso)\s+)?(?:alle\s+)?(?:ore\s+)?(?P<h>[01]?\d|2[0-3])[:.](?P<m>[0-5]\d)(?![\w])|"
              r"(?:alle\s+)?ore\s+(?P<h2>[01]?\d|2[0-3])(?![\w:.,]|\s*(?:e|di)\s+\d)"),  # "alle 14:30", "ore 15"
    noon={"mezzogiorno": "12:00", "mezzodì": "12:00", "mezzanotte": "24:00"},
    every=("ogni", "tutti i", "tutte le"),
    set_words={"quotidianamente": "P1D", "ogni giorno": "P1D", "al giorno": "P1D", "settimanalmente": "P1W",
               "alla settimana": "P1W", "mensilmente": "P1M", "al mese": "P1M", "annualmente": "P1Y",
               "all'anno": "P1Y"},
    bound_pre_re=r"\b(?:fino\s+a|fino\s+al|entro|entro\s+il|prima\s+del?|a\s+partire\s+da|dopo|dal|dalla)\s+(?:il\s+|la\s+)?$",
    future_re=r"\b(?:sarà|saranno|avrà|prevede|previsto|prevista|prossim[oaie])\b|\b\w{3,}(?:erà|irà|eranno|iranno)\b",
    past_re=r"\b(?:ha|hanno|aveva|era|erano|fu|scors[oaie])\b|\b\w{3,}(?:ato|ata|ito|ita|uto|uta)\b",
    # a past participle right before the expression ("annunciato lunedì")
    past_adjacent_re=r"\b\w{3,}(?:ato|ata|ati|ate|ito|ita|iti|ite|uto|uta|uti|ute)\s+$",
    day_range_conj=("al",),  # "dal 3 al 5 giugno"
    day_list_conj=("e", "ed", "o"),  # "il 12 e il 13 maggio"
    day_range_det=("il", "l'"),
    report_re=r"riferit[oa]|annunciat[oa]|dichiarat[oa]|secondo|ha detto|riporta",
    background_before_re=r"\b(?:dal|dalla|dall['’]|da|fin dal|sin dal|già nel|prima volta dal)",
    background_after_re=r"^(?!)",
    named_date_before_re=r"\b(?:rivoluzione|movimento|brigata|coalizione|piazza|piazzale|via|viale|corso|largo|ponte|stadio)(?:\s+del)?",
    planned_before_re=r"\b(?:previst[oaie] (?:per|il)|programmat[oaie] per|fissat[oaie] per|rinviat[oaie] al)(?:\s+(?:il|la))?",
)

# ---------------------------------------------------------------- ner (entity recognition)
NER = NerSection(inhabitant_endings=("iani", "iane", "ani", "ane", "esi", "ini", "ine", "i"), inhabitants_lowercase=True,
    # no Italian spaCy model is installed: capitalised-word rules with simplemma's lexicon
    stop=(
        "Il", "Lo", "La", "I", "Gli", "Le", "L", "Un", "Uno", "Una", "Questo", "Questa", "Questi",
        "Queste", "Quello", "Quella", "Secondo", "Ma", "E", "Ed", "O", "In", "Per", "Con", "Da",
        "Dal", "Dalla", "Del", "Della", "Dei", "Nel", "Nella", "Nei", "Sul", "Sulla", "Al",
        "Alla", "Ai", "Anche", "Dopo", "Prima", "Non", "Si", "Ci", "Tra", "Fra", "Oggi", "Ieri",
        "Domani", "Ora", "Così", "Però", "Quando", "Mentre", "Se", "Come", "Dove", "Perché",
        "Inoltre", "Tuttavia", "Infatti", "Lui", "Lei", "Loro", "Noi", "È", "Sono", "Ha", "Hanno",
    ),
    roles=(
        "presidente", "vicepresidente", "premier", "presidente del consiglio", "ministro",
        "ministra", "viceministro", "sottosegretario", "segretario", "segretaria", "sindaco",
        "sindaca", "portavoce", "ambasciatore", "ambasciatrice", "generale", "comandante",
        "direttore", "direttrice", "cancelliere", "re", "regina", "principe", "principessa",
        "papa", "senatore", "senatrice", "deputato", "deputata", "governatore", "dittatore",
        "fondatore", "fondatrice", "consigliere", "procuratore", "giudice", "leader", "capo",
        "commissario", "amministratore delegato",
    ),
    role_premodifiers=("ex", "vice"),
    honorifics=("Sig", "Sig.ra", "Dott", "Dott.ssa", "On"),
    conjunctions=("e", "ed"),
    articles=("il", "lo", "la", "l", "i", "gli", "le"),
    # name particles: "Leonardo da Vinci", "Ursula von der Leyen", "Luigi Di Maio" (capitalised)
    connectors=("di", "de", "del", "della", "dei", "degli", "delle", "da", "dal", "d"),
    org_words=(
        "partito", "consiglio", "ministero", "agenzia", "unione", "organizzazione", "esercito",
        "comitato", "banca", "università", "parlamento", "governo", "commissione", "camera",
        "senato", "fondazione", "associazione", "istituto", "tribunale", "corte", "procura",
        "polizia", "federazione", "sindacato",
    ),
)

# ---------------------------------------------------------------- link (entity resolution)
_ORG_GLOSSES = """
world mondiale
intl internazional
europe europe
united unite
nations nazioni
national nazional
health sanità salute
meteo meteorolog
money monetari
fund fondo
court corte tribunale
supreme suprem
human uomo umani
rights diritti
league lega
arab arab
trade commercio
ministry minister
defence difesa
foreign esteri
affairs affari
interior intern
justice giustizia
parliament parlamento
council consiglio
security sicurezza
commission commission
agency agenzia
medicine farmac medicinal
bank banca
central central
university università
assoc associazion
union unione sindacato
institute istituto
public pubblic
federal federal
energy energia
atomic atomic
committee comitato
criminal penale
post poste
- stati organizzazion
olympic olimpic
food alimentar
programme programma
election elettoral elezion
office uffici
migration migrazion
refugee rifugiat profugh
"""  # concept, then its stems (see LinkSection.org_glosses)

LINK = LinkSection(org_glosses=_ORG_GLOSSES)

# ---------------------------------------------------------------- quotes (speech, attribution)
QUOTES = QuoteSection(
    speech_verbs=[
        "detto", "dice", "dicono", "disse", "dichiarato", "dichiara", "dichiarò", "affermato", "afferma",
        "affermò", "sottolineato", "sottolinea", "spiegato", "spiega", "aggiunto", "aggiunge", "annunciato",
        "annuncia", "riferito", "riferisce", "precisato", "ribadito", "confermato", "conferma", "avvertito",
        "scritto", "scrive", "osservato", "commentato", "assicurato", "negato", "ammesso", "risposto",
        "denunciato", "sostenuto", "sostiene", "ricordato",
    ],
    speech_aux=[
        "ha", "hanno", "aveva", "avevano", "avrebbe", "anche", "inoltre", "poi", "già", "ancora", "ieri",
        "oggi",
    ],
    adverb_suffixes=["mente"],
    complementisers=["che"],
    according_to=[
        "secondo", "stando a", "a detta di", "citando", "citato da", "citata da", "come riferito da",
        "secondo quanto riferito da",
    ],
    pronouns=["lui", "lei", "loro", "egli"],
    np_stop_words=[
        "a", "al", "alla", "in", "nel", "nella", "su", "sul", "durante", "dopo", "prima", "per", "con",
        "da", "dal", "che", "lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica",
        "ieri", "oggi",
    ],
    determiners=["il", "lo", "la", "i", "gli", "le", "l'", "l’", "un", "uno", "una", "questo", "questa"],
    source_kinds={
        "embassy": ["ambasciat*", "consolat*"],
        "ministry": ["minister*"],
        "agency": ["agenzi*"],
        "anonymous": ["fonte", "fonti"],
        "expert": ["espert*", "analist*", "ricercator*", "professor*"],
        "official": [
            "governo*", "consiglio*", "presiden*", "portavoce", "ministr*", "comunicato*", "dichiarazion*",
            "sindaco", "esercito", "autorità", "parlamento*",
        ],
        "media": ["giornal*", "quotidian*", "emittent*", "televisione", "sito", "radio*"],
    },
    abbreviations=["sig", "sigg", "dott", "prof", "avv", "ing", "sen"],
)

# ---------------------------------------------------------------- claims (claims and conflicts)
CLAIMS = ClaimSection(
    negation=[
        r"\bnon\b(?!\s+(?:solo|soltanto|soltanto))", r"\bmai\b", r"\bnessun[oa]?\b", r"\bniente\b",
        r"\bnulla\b",
    ],
    negated_negatives=[r"esclud\w*", r"smentisc\w*"],
    months=[
        "gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre",
        "ottobre", "novembre", "dicembre",
    ],
    number_words={
        "duecento": 200, "trecento": 300, "quattrocento": 400, "cinquecento": 500, "seicento": 600, "settecento": 700, "ottocento": 800, "novecento": 900,
        "duemila": 2000, "tremila": 3000, "quattromila": 4000, "cinquemila": 5000, "diecimila": 10000,
        "due": 2, "tre": 3, "quattro": 4, "cinque": 5, "sei": 6, "sette": 7, "otto": 8, "nove": 9,
        "dieci": 10, "undici": 11, "dodici": 12, "quindici": 15, "venti": 20, "trenta": 30, "quaranta": 40,
        "cinquanta": 50, "sessanta": 60, "cento": 100, "mille": 1000,
        "tredici": 13, "quattordici": 14, "sedici": 16, "diciassette": 17, "diciotto": 18, "diciannove": 19,
    },
    multipliers={"milione": 1e6, "milioni": 1e6, "miliardo": 1e9, "miliardi": 1e9, "mila": 1e3, "mille": 1e3},
    unit_links=[r"di\s+"],
    units={
        "percent": ["per cento", "percento"],
        "hour": ["ore"],
        "day": ["giorn*"],
        "minute": ["minut*"],
        "km": ["km", "chilometr*"],
        "person": ["persone", "persona", "abitanti", "civili"],
        "soldier": ["soldat*", "militari", "truppe"],
        "dead": ["morti", "morto", "uccis*", "vittim*"],
        "wounded": ["ferit*"],
        "dollar": ["dollar*"],
        "zloty": ["zloty", "złoty"], "franc": ["franco", "franchi"],
        "euro": ["euro*"],
        "tonne": ["tonnellat*"],
        "missile": ["missil*", "razz*"],
        "drone": ["dron*"],
        "shell": ["proiettil*", "munizion*"],
        "month": ["mese", "mesi"],
        "year": ["anno", "anni"],
        "visit": ["visit*"],
    },
    role_heads={
        "adviser": ["consiglier*"],
        "secretary": ["segretario", "segretaria", "segretario generale", "segretaria generale"],
        "chair": ["presidente", "presidentess*"],
        "vice-chair": ["vicepresidente*"],
        "commander-in-chief": ["comandante in capo"],
        "commander": ["comandante"],
        "minister": ["ministro", "ministra", "assessore", "assessora"],
        "deputy-minister": ["viceministro*"],
        "prime-minister": ["primo ministro", "presidente del consiglio", "premier", "ministro-presidente"],
        "leader": ["leader"],
        "ambassador": ["ambasciator*", "ambasciatrice"],
        "spokesperson": ["portavoce"],
        "director": ["direttore", "direttrice"],
        "head": ["capo"],
        "general": ["generale"],
        "mayor": ["sindaco", "sindaca", "primo cittadino", "prima cittadina"],
        # academic offices: a university's head, its deputies (pro-/vice-rectors), a faculty's dean
        "rector": ["rettore", "rettrice"], "deputy-rector": ["prorettore", "prorettrice"], "dean": ["preside di facoltà"],
        "governor": ["governator*", "governatrice", "voivoda*"],
        "envoy": ["inviato", "inviata"],
        "speaker": ["presidente della camera"],
        "coach": ["allenator*", "allenatrice", "tecnico"],
        "assistant-coach": ["vice allenator*", "allenatore in seconda"],
        "ceo": ["amministratore delegato", "amministratrice delegata"],
        "cfo": ["direttore finanziario"],
        # a company's other officers (technology, operations): offices of their own beside the chief executive
        "cto": ["direttore tecnico", "direttrice tecnica"], "coo": ["direttore operativo", "direttrice operativa"],
        # a party's legal representative: a profession, compared only with titles in the organisation it represents
        "lawyer": ["avvocato", "avvocata", "avvocatessa", "avvocati"],
        "marshal": ["maresciallo"],
        "secretary-of-state": ["segretari* di stato", "sottosegretari*"],
        # offices of courts, of the state in a province, of a team, of a mission, of a site
        "judge": ["giudice"], "prosecutor": ["procurator*", "pubblico ministero"],
        "prefect": ["prefetto", "prefetta"], "captain": ["capitano", "capitana"],
        "charge-d-affaires": ["incaricato d'affari", "incaricata d'affari"],
        "engineer": ["ingegnere capo", "ingegnere"],
        "councillor": ["consigliere di stato", "consigliera di stato", "consigliere comunale", "consigliera comunale", "consigliere regionale", "consigliera regionale"],
    },
    head_of_body_words=[r"president\w* esecutiv\w*"],
    former_words=["ex-", r"(?<![\w])ex", "già"],
    role_portfolios={"party": ["partito"], "foreign": ["esteri", "affari esteri"], "defence": ["difesa"], "interior": ["interno", "interni"],
                     "justice": ["giustizia"], "finance": ["finanze"], "economy": ["economia"],
                     "transport": ["trasporti", "infrastrutture e trasporti", "mobilità", "infrastrutture"], "energy": ["energia"],
                     "agriculture": ["agricoltura", "politiche agricole", "pesca"], "environment": ["ambiente"],
                     "housing": ["edilizia"], "health": ["salute", "sanità"], "education": ["istruzione"],
                     "labour": ["lavoro"], "culture": ["cultura"], "middle-east": ["medio oriente"]},
    portfolio_links=["per", "per il", "per la"],
    deputy_words=["vice", r"aggiunt[oaie]"],
    acting_after_words=[r"facente\s+funzioni", r"ad\s+interim", "reggente"],
    deputy_prefixes=["vice"],
    function_nouns=["conferenz*", "riunion*", "vertic*", "delegazion*", "session*", "congress*", "negoziat*"],
    passive_markers=[r"\bstat[oaie]\b"],
    score_links=[r"a"], goal_nouns=[r"reti", r"gol", r"rete"], score_numbers={"zero": 0, "uno": 1, "una": 1},
    opponent_preps=[r"\bcontro\b", r"\bcon\b", r"\bsu\b", r"\bsul\b", r"\bsulla\b", r"\bda\b", r"\bdal\w*"],
    possessor_links=[r"\s+(?:di|del|della|dello|dei)\s+(?:[\w'’.-]+\s+){0,3}", r"\s+dell['’](?:[\w'’.-]+\s+){0,3}"],
    winner_after_verb=True,
    outcome_objects={"decision": [r"\bvot[oi]\b", r"\bvotazion\w*"], "agreement": [r"\bfirma\b"]},
    outcome_object_preps=[r"\bdopo(?: il| la| l['’])?", r"\bprima del(?:la)?"],
    outcome_statuses={"in_orbit": [r"\b(?:ha|hanno)\s+(?:\S+\s+){0,2}?(?:messo|portato|collocato|immesso)\s+(?:\S+\s+){0,5}?in orbita\b", r"\b(?:ha|hanno) raggiunto (?:l['’])?orbita\b", r"\b(?:sono|è) stat[oiae] (?:\S+\s+)?(?:mess|portat|collocat|immess)[oiae] in orbita\b"],
                      "strike_on": [r"\bsciopero\b(?:\s+\S+){0,3}?\s+(?:è (?:iniziato|cominciato|partito)|prosegue|è in corso)\b", r"\b(?:è (?:iniziato|cominciato|partito))\s+(?:\S+\s+){0,3}?sciopero\b", r"\b(?:hanno (?:iniziato|avviato|incrociato))\s+(?:\S+\s+){0,2}?(?:le braccia|uno sciopero|lo sciopero)\b"],
                      "strike_off": [r"\b(?:revocat|sospes|rinviat|annullat)[oi]\s+(?:\S+\s+){0,2}?(?:lo|uno)\s+(?:\S+\s+)?sciopero\b", r"\bsciopero\s+(?:\S+\s+){0,3}?(?:è stato|era stato)\s+(?:revocato|sospeso|rinviato|annullato)\b", r"\b(?:ha|hanno)\s+(?:revocato|sospeso|rinviato|annullato)\s+(?:\S+\s+){0,2}?(?:lo|lo stesso)\s+sciopero\b"],
                      "appointed": [r"\bnominat[oaie]\b"],
                      "first_reading": [r"\bin prima lettura\b"],
                      "final_reading": [r"\bin (?:seconda e )?(?:ultima|terza) lettura\b", r"\bin via definitiva\b"],
                      "accepted": [r"\b(?:ha|hanno)\s+accettato\s+(?:\S+\s+){0,2}(?:dimissioni|offerta|proposta|richiesta)\b"],
                      "refused": [r"\b(?:ha|hanno)\s+(?:respinto|rifiutato)\s+(?:\S+\s+){0,2}(?:dimissioni|offerta|proposta|richiesta)\b", r"\bsi è rifiutat[oa] di accettare\b"],
                      "reduced": [r"\bridott[oa]\s+(?:\S+\s+){0,8}?(?:condanna|pena)\b", r"\b(?:condanna|pena)\s+(?:\S+\s+){0,2}ridott[ao]\b"],
                      "upheld": [r"\bconfermat[oa]\s+(?:\S+\s+){0,5}?(?:condanna|pena|sentenza)\b"],
                      "unharmed": [r"\bnessun (?:ferito|morto)\b", r"\bnon ci sono (?:feriti|vittime)\b", r"\bnessuno è rimasto ferito\b", r"\billes[oi]\b"],
                      "failed": [r"\bfallit[oaie]\b", r"\bnaufragat[oaie]\b"],
                      "survived": [r"\btutt[ie] viv[ie]\b", r"\bviv[ie] tutt[ie]\b", r"\b(?:salvat|estratt|portat)[ie] (?:in superficie )?viv[ie]\b",
                                   r"\btutt[ie]\b(?:\s+\S+){0,6}?\s+(?:salvat[ie]|tratt[ie] in salvo|portat[ie] in salvo|illes[ie]|sopravvissut[ie])\b"],
                      "died": [r"\b(?:è|sono) mort[oaie]\b", r"\bmorì\b", r"\bdecedut[oaie]\b", r"\bha(?:nno)? perso la vita\b"],
                      "lost": [r"\b(?:ha|hanno)\s+perso\s+(?:\S+\s+){0,3}(?:finale|partita|gara|elezion|coppa|titolo|derby)\w*"]},
    former_until=[r"\bfino al\s+(\d{4})\b"],
    former_relatives=[r"\bche (?:era|fu|è stat[oa])(?:\s+(?:il|la|l['’]))?"],
    former_prefixes=["ex"],
    role_org_links=["del", "della", "dell['’]", "dei", "degli", "delle", "di"],
    apposition_determiners=["il", "la", "l['’]"],
    relative_pronouns=["che"],
    countries={
        "RU": ["russia", "adj:russo", "adj:russa", "adj:russi"],
        "UA": ["ucraina", "adj:ucraino", "adj:ucraini", "adj:ucraine"],
        "KP": ["corea del nord", "adj:nordcorean*"],
        "KR": ["corea del sud", "adj:sudcorean*"],
        "BY": ["bielorussia", "adj:bielorusso", "adj:bielorussa", "adj:bielorussi"],
        "CN": ["cina", "adj:cinese", "adj:cinesi"],
        "US": [
            "stati uniti", "adj:statunitense", "adj:statunitensi", "adj:americano", "adj:americana",
            "adj:americani",
        ],
        "FR": ["francia", "adj:francese", "adj:francesi"],
        "DE": ["germania", "adj:tedesco", "adj:tedesca", "adj:tedeschi", "adj:tedesche"],
        "GB": ["regno unito", "gran bretagna", "adj:britannic*"],
        "PL": ["polonia", "adj:polacc*"],
        "IR": ["iran", "adj:iranian*"],
        "IL": ["israele", "adj:israelian*"],
        "SY": ["siria", "adj:sirian*"],
        "TR": ["turchia", "adj:turc*"],
        "JP": ["giappone", "adj:giappones*"],
        "GE": ["georgia", "adj:georgian*"],
        "MD": ["moldavia", "adj:moldav*"],
        "KZ": ["kazakistan"],
        "ES": ["spagna", "adj:spagnol*"],
        "IT": ["italia", "adj:italian*"],
        "IN": ["india"],
        "EE": ["estonia", "adj:estone", "adj:estoni"],
        "LV": ["lettonia", "adj:letton*"],
        "LT": ["lituania", "adj:lituan*"],
        "FI": ["finlandia", "adj:finlandes*"],
        "RO": ["romania", "adj:rumen*"],
        "HU": ["ungheria", "adj:ungheres*"],
        "AM": ["armenia", "adj:armen*"],
        "AZ": ["azerbaigian"],
        "AT": ["austria", "adj:austriac*"],
        "CH": ["svizzera", "adj:svizzer*"],
        "BE": ["belgio", "adj:belga", "adj:belghe", "adj:belgi"],
        "NL": ["paesi bassi", "adj:olandes*"],
        "PT": ["portogallo", "adj:portoghes*"],
        "GR": ["grecia", "adj:grec*"],
        "CZ": ["cechia", "repubblica ceca", "adj:ceco", "adj:ceca", "adj:cechi", "adj:ceche"],
        "MX": ["messico", "adj:messican*"],
        "CA": ["canada", "adj:canades*"],
        "BS": ["bahamas", "adj:bahamens*"],
        "MM": ["birmania", "myanmar", "adj:birman*"],
        "EG": ["egitto", "adj:egizian*"],
    },
    venue_preps=["a", "al", "allo", "alla", "nel", "nello", "nella", "presso", "davanti al"],
    venue_nouns=[r"stadio", r"palazzo", r"palazzetto", r"arena", r"parco", r"aeroporto", r"cattedrale", r"piazza"],
    place_nouns=[
        "regione", "regioni", "provinci*", "territori*", "città", "distrett*", "zona", "zone", "comune",
        "villaggi*", "repubblica", "località", "area", "aree",
    ],
    elided_preps=["all'", "all’", "nell'", "nell’", "sull'", "sull’", "presso l'", "presso l’"],
    near_preps=["vicino a", "presso", "nei pressi di", "alle porte di", "alle porte d'", "al largo di", "alla periferia di", "nella periferia di"],
    clock_zones={"CET": [r"ora italiana", r"ora di Roma"], "EET": [r"ora di Kiev"], "MSK": [r"ora di Mosca"], "UTC": [r"ora universale"], "local": [r"ora locale"]},
    clock_approx=[r"verso le", r"intorno alle", r"poco (?:prima|dopo) (?:le|delle)"],
    vote_tallies=[r"con (?P<x>\d+|[^\W\d]+) voti (?:favorevoli )?(?:contro|e|a) (?P<y>\d+|[^\W\d]+)", r"(?P<x>\d+|[^\W\d]+) voti a favore,? (?:e )?(?P<y>\d+|[^\W\d]+) contrari"],
    appeal_court_words=[r"appello"],
    org_venue_preps=["a", "al", "alla", "presso", "davanti a", "davanti al", "davanti alla", "nella", "nel"],
    org_venues={"ministry": [r"minister[oi]"], "union": [r"sindacat[oi]"], "council": [r"consiglio\w*"], "parliament": [r"parlamento\w*"], "town_hall": [r"municipio", r"palazzo comunale"], "government": [r"governo\w*"], "court": [r"tribunale\w*", r"corte d.appello"], "embassy": [r"ambasciat[ae]"]},
    definite_articles=["il", "lo", "la", "l'", "l’", "i", "gli", "le"],
    seat_cues=[r"\bcon sede (?:a|in)\s+", r"\b[Pp]rocura (?:della Repubblica )?(?:di|a)\s+"],
    seat_suffixes=[],
    locative_preps=["in", "nel", "nella", "a", "di", "del", "della"],
    direction_words=[
        "est", "ovest", "nord", "sud", "centro", "centrale", "orientale", "occidentale", "settentrionale",
        "meridionale", "il", "la", "l'", "l’", "di", "del", "della", "parte", "frontalier*", "confin*",
    ],
    including_words=["tra cui", "in particolare", "soprattutto", "compreso", "compresa"],
    place_gap_words=["una", "un", "la", "il", "le", "i", "gli", "questa", "situata", "situato", "è", "che", "in", "nel", "nella"],
    place_name_particles=["di", "del", "della", "dell['’]", "il", "la", "l['’]"],
    demonstratives=["questa", "questo", "quella", "quello"],
    measure_units={"mile": ["miglia"], "foot": ["piedi"], "metre": ["metri", "metro"], "km": ["km", "chilometri", "chilometro"],
                   "cm": ["cm", "centimetri"], "acre": ["acri"], "hectare": ["ettari", "ettaro", "ha"], "sq_km": ["chilometri quadrati", "km2", "km²"],
                   "sq_m": ["metri quadrati", "m2", "m²", "mq"], "kmh": ["km/h", "chilometri orari", "chilometri all'ora"],
                   "fahrenheit": ["gradi fahrenheit", "°f"], "celsius": ["gradi celsius", "gradi", "°c", "°"],
                   "kg": ["kg", "chil*"], "tonne": ["tonnellat*"]},
    quantity_heads={
        "killed": ["mort*", "vittim*", "decedut*", "uccis*", "uccidendo", "perso la vita", "cost* la vita a"], "injured": ["ferit*", "ferendo"],
        "arrested": ["arrest*", "fermat*", "fermi"], "missing": ["dispers*"], "evacuated": ["evacuat*", "sfollat*"],
        "votes": ["voti", "voto", "a favore", "favorevoli"], "gusts": ["raffic* di vento", "raffic*"], "depth": ["profondità"], "magnitude": ["magnitudo"], "rate_bp": ["punti base", "punto base"],
        "rate": ["punt* percentual*"], "jobs": ["posti", "esuber*", "licenziament*"], "households": ["famigli*", "utenz*"],
        "attendance": ["spettator*", "presenti"], "participants": ["corridori", "partecipant*"],
        "prisoners": ["prigionier*", "detenut*"], "storeys": ["piani"], "rise_pct": ["aument*", "rialz*", "increment*"],
        "turnout": ["affluenza", "partecipazione"], "passengers": ["passegger*", "a bordo"], "responders": ["vigili del fuoco", "pompier*", "soccorritor*"], "hospitalised": ["ricoverat*", "portat* in ospedale", "trasportat* in ospedale"], "treated": ["medicat*"], "trapped": ["intrappolat*", "bloccat*"], "area_ha": ["ettar*"], "rate_level": ["tassi", "tasso di riferimento", "tasso d'interesse", "tassi d'interesse"],
        "tickets": ["biglietti"],
        "votes_against": ["contrari", "contro"],
    },
    quantity_modifiers_after={"at_least": ["o più", "e forse più", "almeno", "come minimo"], "about": ["circa"]},
    count_nouns=["numero dei", "numero di", "numero delle", "bilancio"],
    quantity_modifiers={"another": ["altri", "altre"], "at_least": ["almeno"], "more_than": ["più di", "oltre", "superato", "supera", "oltrepassato"],
                        "about": ["circa", "quasi", "intorno a", "poco meno di"], "nearly": ["quasi"],
                        "up_to": ["fino a", "meno di"], "between": ["tra", "fra"],
                        "exact": ["(?:salit|aumentat|arrivat|cresciut)[oa] a", "raggiunto", "sale a"]},
    approx_numbers={"una decina": 10, "una ventina": 20, "una trentina": 30, "una quarantina": 40,
                    "una cinquantina": 50, "una sessantina": 60, "una dozzina": 12, "una quindicina": 15,
                    "un centinaio": 100, "un migliaio": 1000},
    vague_numbers={"decine": [11, 99], "centinaia": [101, 999], "migliaia": [1001, 999999]},
    provisional_cues=[r"provvisori\w*", r"per ora", r"finora", r"al momento", r"primo bilancio", r"prime (?:stime|informazioni)"],
    pending_words=[r"\bancora\b"],
    background_cues=[r"\b(?:secondo|terzo|quarto) giorno\b", r"\bdal\b.{0,20}\b(?:19|20)\d\d\b", r"\bdall['’]anno scorso\b", r"\bl['’]anno scorso\b",
                     r"\bnel (?:19|20)\d\d\b", r"\bsarà\b", r"\bprecedent\w*", r"\bgià\b",
                     r"\b(?:un|\w+) ann[oi] fa\b"],
    prison_terms=[r"\bdi (?:reclusione|carcere|prigione)\b"],
    sentence_parts=[r"effettiv\w*"], suspended_terms=[r"con la condizionale\b", r"sospes\w*"],
    sentence_requests=[r"\bchiest\w*", r"\bchied\w*", r"\brichiest\w*"],
    head_gap_stops=["e", "o", "quelli", "che", "cui"],
    background_exceptions=[r"\bcome (?:già )?in primo grado(?: nel (?:19|20)\d\d)?", r"\b(?:prim[oaie]|più (?:grande|importante|forte|grave)|maggior[ei]|peggior[ei])\b[\w\s'’-]{0,30}?\bdal(?:l['’]|la|lo)?\b"],
    denial_cues=[r"\bsmenti\w*", r"\bnega\w*", r"\bha negato\b"],
    outcomes={"acquitted": [r"\b(?:annull\w*|ribalt\w*) (?:\w+ ){0,3}(?:la )?condanna\b", r"\bassolt[oaie]\b", r"\bassolto\b", r"\bassolve\w*"], "convicted": [r"\bconferm\w* (?:\w+ ){0,3}(?:la )?condanna\b", r"\bcondannat\w* (?:a|per)\b", r"\bcondann\w* (?:a|per)\b", r"\bcolpevole\b"], "vetoed": [r"\bposto il veto\b", r"\bvetat[oa]\b"],
              "approved": [r"\baccolt[oaie]\b", r"\bvotat\w* (?:\w+ ){0,3}a favore\b", r"\bratificat\w*", r"\bapprovat\w*"], "rejected": [r"\bvotat\w* (?:\w+ ){0,3}contro\b", r"\brifiut\w* di ratificare\b", r"\brespint\w*", r"\bbocciat\w*"], "held": [r"\bsi è svolt\w*", r"\bsi è (?:mai )?tenut\w*", r"\bha avuto luogo\b"],
              "called_off": [r"\bè saltat[oa]\b", r"\bsono saltat[ie]\b", r"\bannullat\w*", r"\brevocat\w*"], "postponed": [r"\bslittat\w*", r"\bè slittat\w*", r"\brinviat\w*", r"\bposticipat\w*"],
              "signed": [r"\bfirmat\w*", r"\braggiunt\w* (?:un |l['’])?(?:accordo|intesa)\b"], "not_signed": [r"\b(?:negoziati|trattative|colloqui)\b[^.;:]{0,60}?\b(?:falliti|fallite|naufragat\w*|saltat\w*|interrott\w*)\b", r"\bsenza accordo\b"], "won": [r"\bsi (?:è|sono) aggiudicat\w*", r"\bconquistat\w*(?= (?:\w+ ){0,5}(?:coppa|titolo|trofeo|scudetto)\w*)", r"\bvint\w*", r"\bsi è impost[oa]\b"], "beat": [r"\bbattut\w*", r"\bsconfi\w*"], "victory_to": [r"\bla vittoria è andata a\b"], "runner_up": [r"\bsi è piazzat[oa] second[oa] dietro a\b", r"\bè arrivat[oa] second[oa] dietro a\b"], "lost": [r"\b(?:subito|incassato|rimediato) una [\w\s:-]{0,20}?sconfitta\b", r"\b(?:è|sono) stat[oaie] vint[oaie] (?:da|dal|dalla|dai|dalle|dall['’])", r"\bha(?:nno)? perso\b[^,.;:]{0,25}?\b(?:contro|con)\b", r"\b(?:è|sono) stat[oaie] (?:battut|sconfitt)\w* (?:da|dal|dalla|dai|dalle|dall['’])"], "elected": [r"\belett[oaie]\b", r"\beletto\b"], "elected": [r"\bha(?:nno)? elett[oa]\b"], "elected_passive": [r"\belett[oaie]\b"], "score": [r"\bpunteggio\b", r"\brisultato\b", r"\bpareggi\w*"],
              "closed": [r"\bchiusura\b", r"\bchiuder[àe]\b"],
              "rate_cut": [r"\btagliat\w*", r"\bridott\w*", r"\babbassat\w*"], "rate_raised": [r"\balzat\w*", r"\brialzat\w*"], "rate_unchanged": [r"\binvariat\w*", r"\blasciat\w* invariat\w*"]},
    age_cues=[r"\s?anni\b", r"enne\b"],
    part_cues=[r"\bsolo a\b", r"\bdi cui\b", r"\bnella sola\b"],
    partitive_links=["dei", "delle", "degli", "tra i", "tra le"],
    partitive_before=["tra i", "tra le", "fra i", "fra le"],
    place_levels={"region": ["regione"], "province": ["provincia"], "district": ["distretto", "comune"]},
)

# ---------------------------------------------------------------- framing (loaded terms)
FRAMING = FramingSection(
    loaded_terms={
        "dittatore": "leader", "dittatura": "governo", "regime": "governo", "tiranno": "leader",
        "despota": "leader", "fantoccio": "alleato", "terrorista": "combattente",
        "propaganda": "comunicazione", "invasore": "truppe", "occupante": "truppe",
        "nazista": "nazionalista", "massacro": "attacco", "genocidio": "uccisioni", "orde": "truppe",
        "autocrate": "leader", "mercenari": "combattenti stranieri", "criminale di guerra": "accusato",
    },
)
