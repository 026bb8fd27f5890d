"""French language data for newsweave. Each section belongs to one component; edit only yours."""
from __future__ import annotations

from .schema import (ClaimSection, CleanSection, FramingSection, LinkSection, NerSection,
                     QuoteSection, TimeSection)

CODE = "fr"
NAME = "French"

# ---------------------------------------------------------------- clean (ingest/clean component)
# Whole lines that are site chrome (matched case-insensitively against a stripped line).
BOILERPLATE_LINES = [
    r"contenus? sponsoris[ée]s?", r"[àa] la une", r"les plus (lus|partag[ée]s|comment[ée]s|populaires)",
    r"lire (aussi|[ée]galement|la suite)\b.*", r"[àa] lire (aussi|[ée]galement)\b.*", r"voir aussi\b.*",
    r"sur le m[êe]me sujet", r"articles? (similaires|li[ée]s|recommand[ée]s)", r"partager( (sur|cet article)\b.*)?",
    r"(abonnez-vous|s'abonner|je m'abonne)\b.*", r"(nous utilisons|ce site utilise) des cookies\b.*",
    r"(accepter|refuser) (les |tous les )?cookies\b.*", r"publicit[ée]", r"suivez-nous\b.*",
    r"(tous )?droits r[ée]serv[ée]s\b.*", r"commentaires?", r"accueil", r"fil info", r"newsletters?",
    r"(recevez|inscrivez-vous).*newsletter.*", r"d[ée]couvrez aussi\b.*", r"en continu",
]
# Words that introduce a publication date at the start of a line ("Mise à jour : 04-06-2025").
DATE_HEADER_PATTERNS = [r"publi[ée]e?\s+le", r"publi[ée]e?", r"mise?\s+[àa]\s+jour(\s+le)?", r"modifi[ée]e?\s+le",
                        r"actualis[ée]e?\s+le", r"mis\s+en\s+ligne\s+le", r"date", r"le"]
# Month names (and abbreviations) as they appear in date headers.
HEADER_MONTHS = {
    "janvier": 1, "janv": 1, "février": 2, "fevrier": 2, "févr": 2, "fevr": 2, "mars": 3, "avril": 4,
    "avr": 4, "mai": 5, "juin": 6, "juillet": 7, "juil": 7, "août": 8, "aout": 8, "septembre": 9,
    "sept": 9, "octobre": 10, "oct": 10, "novembre": 11, "nov": 11, "décembre": 12, "decembre": 12,
    "déc": 12, "dec": 12,
}
# Words opening a byline ("Par X avec AFP") and words joining authors and agencies.
BYLINE_WORDS = [r"par", r"de notre (envoy[ée]e? sp[ée]ciale?|correspondante?)( [àa] \w+)?", r"propos recueillis par"]
BYLINE_JOINERS = [r"avec", r"et"]
AGENCIES = ["AFP", "Agence France-Presse", "Belga", "ATS", "Reuters", "AP"]

# ---------------------------------------------------------------- timex (time expressions)
# Read by newsweave.enrich.timex (see its docstring for the meaning of each name).
TIMEX_MONTHS = {
    "janvier": 1, "janv": 1, "février": 2, "fevrier": 2, "févr": 2, "fév": 2, "mars": 3,
    "avril": 4, "avr": 4, "mai": 5, "juin": 6, "juillet": 7, "juil": 7, "août": 8, "aout": 8,
    "septembre": 9, "sept": 9, "octobre": 10, "oct": 10, "novembre": 11, "nov": 11,
    "décembre": 12, "decembre": 12, "déc": 12,
}
TIMEX_WEEKDAYS = {"lundi": 0, "mardi": 1, "mercredi": 2, "jeudi": 3, "vendredi": 4,
                  "samedi": 5, "dimanche": 6}
TIMEX_SEASONS = {"printemps": "SP", "été": "SU", "ete": "SU", "automne": "FA", "hiver": "WI",
                 "mois d'été": "SU", "mois d'hiver": "WI"}
TIMEX_NUMBERS = {
    "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7,
    "huit": 8, "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "treize": 13, "quatorze": 14,
    "quinze": 15, "seize": 16, "dix-sept": 17, "dix-huit": 18, "dix-neuf": 19, "vingt": 20,
    "vingt-quatre": 24, "trente": 30, "quarante": 40, "quarante-huit": 48, "cinquante": 50,
    "soixante": 60, "cent": 100, "mille": 1000, "une dizaine de": 10, "une quinzaine de": 15,
    "une vingtaine de": 20, "une trentaine de": 30, "une centaine de": 100,
    "une dizaine d'": 10, "une vingtaine d'": 20, "une trentaine d'": 30, "une centaine d'": 100,
    "quelques": None, "plusieurs": None, "de nombreux": None, "de nombreuses": None,
    "une demi": 0.5, "demi": 0.5, "un quart d'": 0.25, "trois quarts d'": 0.75,
    "vingt et un": 21, "vingt-cinq": 25, "vingt-deux": 22, "vingt-trois": 23, "trente-six": 36,
    "soixante-dix": 70, "quatre-vingts": 80, "quatre-vingt-dix": 90, "deux cents": 200,
}
TIMEX_HALF_AFTER = r"\s+et\s+demie?"  # "deux heures et demie"
TIMEX_UNITS = {
    "an": "Y", "ans": "Y", "année": "Y", "années": "Y", "mois": "M", "semaine": "W",
    "semaines": "W", "jour": "D", "jours": "D", "journée": "D", "journées": "D",
    "heure": "H", "heures": "H", "minute": "MIN", "minutes": "MIN", "seconde": "S",
    "secondes": "S", "décennie": "DE", "décennies": "DE", "siècle": "CE", "siècles": "CE",
    "trimestre": "Q", "trimestres": "Q", "semestre": "HY", "semestres": "HY",
    "week-end": "WE", "weekend": "WE", "nuit": "NIGHT", "nuits": "NIGHT",
}
TIMEX_DAYS_REL = {"hier": -1, "avant-hier": -2, "aujourd'hui": 0, "demain": 1,
                  "après-demain": 2, "ce jour": 0}
# days counted from the story's own last date ("la veille", "le lendemain"), not from the article's
TIMEX_NARRATIVE_DAYS = {"la veille": -1, "le lendemain": 1, "l'avant-veille": -2,
                        "le surlendemain": 2, "ce jour-là": 0, "le jour même": 0, "le même jour": 0}
TIMEX_DAYPARTS = {"matin": "MO", "dans la matinée": "MO", "matinée": "MO", "midi": "MI",
                  "après-midi": "AF", "soir": "EV", "soirée": "EV", "dans la soirée": "EV",
                  "nuit": "NI", "dans la nuit": "NI", "au matin": "MO", "au soir": "EV"}
TIMEX_LAST = ("dernier", "dernière", "derniers", "dernières", "passé", "passée",
              "précédent", "précédente")
TIMEX_NEXT = ("prochain", "prochaine", "prochains", "prochaines", "suivant", "suivante",
              "à venir", "qui vient", "qui viennent")
TIMEX_THIS = ("ce", "cet", "cette", "ces", "cette même")
TIMEX_POSTPOSED_THIS = ("en cours",)  # "l'année en cours", "le mois en cours"
TIMEX_DUR_REL_DET_RE = r"(?<![\w'’])(?:des|aux)"  # "au cours des trois derniers mois"
TIMEX_NEXT_VERBAL = ("qui vient", "qui viennent")
TIMEX_NEXT_VERBAL_NOT_BEFORE = r"\s*(?:de\b|d['’])"  # "qui viennent de s'écouler": just past
TIMEX_DUR_MOD_VERB = ("passé", "passée", "passés", "passées")  # "il a passé deux ans en prison"
TIMEX_ANAPHORIC_REL = ("suivant", "suivante", "précédent", "précédente")  # "l'année suivante"
TIMEX_DET = ("le", "la", "les", "l'", "au cours de la", "au cours du")
TIMEX_REFS = {
    "actuellement": "PRESENT_REF", "maintenant": "PRESENT_REF", "pour l'instant": "PRESENT_REF",
    "pour le moment": "PRESENT_REF", "à l'heure actuelle": "PRESENT_REF",
    "à l'heure qu'il est": "PRESENT_REF", "de nos jours": "PRESENT_REF",
    "actuel": "PRESENT_REF", "actuelle": "PRESENT_REF", "actuels": "PRESENT_REF",
    "actuelles": "PRESENT_REF", "en ce moment": "PRESENT_REF", "désormais": "PRESENT_REF",
    "récemment": "PAST_REF", "dernièrement": "PAST_REF", "naguère": "PAST_REF",
    "autrefois": "PAST_REF", "jadis": "PAST_REF", "par le passé": "PAST_REF",
    "nouvellement": "PAST_REF", "ces derniers jours": "PAST_REF", "ces derniers temps": "PAST_REF",
    "prochainement": "FUTURE_REF", "bientôt": "FUTURE_REF", "l'avenir": "FUTURE_REF",
    "le futur": "FUTURE_REF", "future": "FUTURE_REF", "futur": "FUTURE_REF",
    "futurs": "FUTURE_REF", "futures": "FUTURE_REF", "à terme": "FUTURE_REF",
    "à présent": "PRESENT_REF", "jusqu'à présent": "PRESENT_REF", "pour l'heure": "PRESENT_REF",
    "à ce jour": "PRESENT_REF",
    "il y a peu": "PAST_REF", "il y a longtemps": "PAST_REF", "ces jours-ci": "PRESENT_REF",
    "à l'époque": "PAST_REF", "ces jours derniers": "PAST_REF", "ces temps derniers": "PAST_REF",
    "dans le passé": "PAST_REF", "ultérieurement": "FUTURE_REF",
    "dorénavant": "PRESENT_REF", "jusqu'ici": "PRESENT_REF",
}
TIMEX_AGO_PRE = ("il y a", "voici", "voilà")
TIMEX_AGO_POST = ()
TIMEX_IN_PRE = ("dans",)
TIMEX_APPROX = ("plus de", "moins de", "près de", "environ", "quelque", "au moins",
                "pas moins de", "presque", "vers", "aux alentours de",
                "plus d'", "moins d'", "près d'", "pas moins d'", "un peu plus de", "un peu plus d'",
                "un peu moins de", "un peu moins d'")  # "plus d'un an"
TIMEX_MID = ("la mi-", "mi-", "mi ", "milieu de", "milieu d'", "le milieu de", "le milieu du")
TIMEX_EARLY = ("début", "le début de", "le début du", "courant", "début de", "début d'",
               "début du", "le début des", "début des")
TIMEX_LATE = ("la fin de", "la fin du", "la fin des", "fin", "fin de", "fin d'", "fin du", "fin des")
TIMEX_MONTH_PRE = ("mois de", "mois d'")
TIMEX_SEASON_NOT_BEFORE = (r"\s+(?:arabes?|turc|tunisien|égyptien|syrien|libyen|iranien|ukrainien|russe|chinois|"
                           r"érable|de\s+Prague|des\s+peuples|de\s+Bourges|du\s+cinéma|des\s+poètes)\b")  # named events
TIMEX_EVENT_PARTS = ("soirée",)
# a season with no article or year after "en" (or in "été comme hiver") is generic: XXXX-SU
TIMEX_SEASON_GENERIC_RE = r"(?:\ben|\bcomme|\bchaque|\bou)"
TIMEX_SEASON_GENERIC_AFTER_RE = r"\s+(?:comme|ou)\s"
TIMEX_PART_ALONE = ("dans la", "dans l'", "en", "au cours de la", "dans", "durant la", "pendant la")  # "dans la soirée"  # "cette soirée": an evening party
TIMEX_SEASON_NEEDS_CONTEXT = ("été", "ete")  # else a participle ("a été")
TIMEX_SEASON_CONTEXT_RE = r"(?:\ben|\bd['’]|\bpendant|\bdurant|\bdepuis|\bcomme|\bl['’]|\bcet|\bchaque)"
TIMEX_TODAY_AS_REF = ("aujourd'hui",)  # followed by a comma: "nowadays", not the day
TIMEX_REF_TYPE = "TIME"  # French TimeBank types PRESENT_REF etc. as TIME
TIMEX_SEASON_NOT_AFTER = (r"\b(?:a|ai|as|ont|avons|avez|avait|avaient|aurait|auraient|aura|"
                          r"auront|ayant|avoir|eût|pas|jamais|déjà|n'a|n'ont|ne|en a|y a)")
TIMEX_AGE_BEFORE_STRONG = r"(?:âgée?s?\s+de|\bl['’]âge\s+de|\b(?:il|elle|qui|on|je|j['’]ai|tu)\s+(?:a|avait|aura|ai|as)|\b(?:ils|elles)\s+(?:ont|avaient))"
TIMEX_AGE_BEFORE = r"(?:,|âgée?s?\s+de|\bde|\(|\bun\s+\w+\s+de|\bune\s+\w+\s+de)"
TIMEX_EVERY = ("chaque", "tous les", "toutes les")
TIMEX_SET_WORDS = {"quotidiennement": "P1D", "par semestre": "P6M",
                   "mensuel": "P1M", "mensuelle": "P1M",
                   "annuel": "P1Y", "annuelle": "P1Y", "annuels": "P1Y", "annuelles": "P1Y",
                   "annuellement": "P1Y", "toute l'année": "P1D", "par an": "P1Y",
                   "par jour": "P1D", "par semaine": "P1W", "par mois": "P1M",
                   "hebdomadaire": "P1W", "hebdomadaires": "P1W", "mensuels": "P1M", "mensuelles": "P1M",
                   "trimestriel": "P3M", "trimestrielle": "P3M", "trimestriels": "P3M", "trimestrielles": "P3M",
                   "semestriel": "P6M", "semestrielle": "P6M", "semestriels": "P6M", "semestrielles": "P6M"}
# a frequency word right after a determiner is a noun ("l'hebdomadaire", "le mensuel": a magazine)
TIMEX_SET_NOUN_BEFORE = (r"(?:\bl['’]|\b(?:le|la|les|un|une|cet|ce|cette|ces|du|des|au|aux|son|sa|ses|leur|notre|votre|"
                         r"dernier|premier|nouvel|nouveau|grand|seul)\s+)$")
TIMEX_ORDINALS = {"premier": 1, "première": 1, "1er": 1, "deuxième": 2, "second": 2,
                  "seconde": 2, "2e": 2, "2ème": 2, "troisième": 3, "3e": 3, "3ème": 3,
                  "quatrième": 4, "4e": 4, "4ème": 4}
TIMEX_QUARTER_WORDS = ("trimestre",)
TIMEX_HALF_WORDS = ("semestre",)
TIMEX_CENTURY_WORDS = ("siècle",)
TIMEX_DECADE_RE = r"(?:les|des|aux)\s+années\s+(?:(?P<c>19|20)?(?P<d>\d)0|(?P<w>trente|quarante|cinquante|soixante|soixante-dix|quatre-vingt|quatre-vingts|quatre-vingt-dix))"
TIMEX_DECADE_WORDS = {"trente": 3, "quarante": 4, "cinquante": 5, "soixante": 6,
                      "soixante-dix": 7, "quatre-vingt": 8, "quatre-vingts": 8,
                      "quatre-vingt-dix": 9}
TIMEX_YEAR_SUFFIX = ()
TIMEX_YEAR2_PREP = ("en", "depuis", "dès")
TIMEX_HOLIDAYS = {"noël": (12, 25), "la toussaint": (11, 1), "le jour de l'an": (1, 1),
                  "le nouvel an": (1, 1), "la saint-sylvestre": (12, 31), "la fête nationale": (7, 14),
                  "l'assomption": (8, 15), "l'armistice": (11, 11), "la saint-valentin": (2, 14),
                  # movable feasts: (0, days after Easter Sunday)
                  "pâques": (0, 0), "le lundi de pâques": (0, 1), "l'ascension": (0, 39),
                  "la pentecôte": (0, 49), "le lundi de pentecôte": (0, 50)}
TIMEX_DATE_ORDER = "dm"
TIMEX_DET_BEFORE_WEEKDAY = True  # "le mardi", "el martes" keep their article
TIMEX_DAY_OF = ("de",)  # "5 de junio" in Spanish; empty here but harmless
TIMEX_CLOCK_RE = r"(?:(?P<approx>vers)\s+)?(?:(?P<h>[01]?\d|2[0-4])\s?(?:h|H|heures?)(?:\s?(?P<m>[0-5]\d)(?:\s?(?:min|mn))?)?|(?P<hw>une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze)\s+heures?(?=\s+(?:du\s+|de\s+l['’])(?:matin|soir|après-midi)))(?:\s+(?:du\s+|de\s+l['’])(?P<ampm>matin|soir|après-midi))?(?![\w])"
TIMEX_RANGE_CONJ = ("à", "ou", "-", "–")  # "deux à trois ans"
TIMEX_WHOLE = ("toute la", "tout le", "toute l'", "tout l'", "toute une", "tout un")  # "toute la semaine"
TIMEX_PM_WORDS = ("soir", "après-midi")  # "9 heures du soir" = 21:00
TIMEX_BARE_PLURAL_PRE = ("depuis", "pendant", "durant", "après", "en")
TIMEX_BARE_PLURAL_DET = ("des", "de longues", "de longs", "de nombreuses", "de nombreux")  # "depuis des mois"
TIMEX_NOON = {"midi": "12:00", "minuit": "24:00"}
TIMEX_DURATION_PRE = ("pendant", "durant", "depuis", "en", "pour")
TIMEX_SINCE = ("depuis",)
TIMEX_NOT_YEAR_AFTER = (
    "personnes", "habitants", "euros", "euro", "francs", "dollars", "hommes", "femmes",
    "enfants", "élèves", "salariés", "emplois", "mètres", "kilomètres", "km", "tonnes",
    "litres", "voitures", "exemplaires", "visiteurs", "spectateurs", "soldats", "morts",
    "places", "points", "logements", "voix", "membres", "F", "MF", "€", "%", "m", "kg",
)
TIMEX_FUTURE_RE = (
    r"\b(?:sera|seront|aura|auront|va|vont|devra|devront|devrait|devraient|pourra|pourront|"
    r"prévu|prévue|prévus|prévues|prévoit|prévoient|envisage|compte|rendez-vous|doit|doivent|"
    r"programmée?s?|se tiendra|aura lieu|auront lieu|prochain|prochaine|attendu|attendue|"
    r"concert|invités?|aller|avant\s+que|avant\s+qu['’]|jusqu['’]à\s+ce\s+que)\b|\b\w+(?:era|eront|ira|iront|dra|dront|ura|uront|ront)\b"
)
# a past participle right before the expression ("les modifications annoncées mercredi")
TIMEX_PAST_ADJACENT_RE = r"\b\w{3,}(?:é|ée|és|ées)\s+(?:dès\s+|depuis\s+)?$"
TIMEX_PAST_RE = (
    r"\b(?:a|ont|avait|avaient|avons|avez|est|sont|était|étaient|fut|furent|s'est|se sont)"
    r"\s+(?:(?:déjà|été|pas|bien|aussi|également|notamment|ainsi|encore|lui|leur|y|en)\s+)*"
    r"\w+(?:é|ée|és|ées|i|is|ie|ies|u|ue|us|it|ite|ert|erte|int|ait|ais)\b|"
    r"\b\w{2,}(?:ait|aient|èrent)\b|\b(?:dernier|dernière|passé|passée|hier)\b"
)

# ---------------------------------------------------------------- ner (entity recognition)
NER = NerSection(
    backend="spacy",
    model="fr_core_news_md",
    stop=(
        "Le", "La", "Les", "Un", "Une", "Des", "Ce", "Cette", "Il", "Elle", "Ils", "Selon", "Mais",
        "Et", "Pour", "Dans", "En", "Au", "Aux", "Mise", "Accueil", "Lire", "Par", "M", "Mme",
    ),
    roles=(
        "président", "présidente", "vice-président", "secrétaire", "ministre", "premier ministre",
        "dirigeant", "dirigeante", "leader", "chef", "cheffe", "porte-parole", "ambassadeur",
        "ambassadrice", "général", "générale", "commandant", "directeur", "directrice",
        "chancelier", "chancelière", "roi", "reine", "prince", "pape", "maire", "député",
        "députée", "sénateur", "sénatrice", "dictateur", "patron", "patronne", "fondateur", "pdg",
        "conseiller", "conseillère", "gouverneur", "procureur", "juge", "opposant", "opposante",
        "journaliste", "ex-ministre", "ex-président", "vice-ministre", "commandant en chef",
        "homologue",
    ),
    honorifics=("M", "Mme", "Mlle", "MM"),
    conjunctions=("et",),
    articles=("le", "la", "l"),
    connectors=("de", "du", "des", "la", "le", "d", "l", "et"),
    org_words=(
        "parti", "conseil", "ministère", "agence", "union", "organisation", "armée", "comité",
        "banque", "université", "douma", "assemblée", "gouvernement", "commission",
    ),
)

# ---------------------------------------------------------------- link (entity resolution)
LINK = LinkSection()

# ---------------------------------------------------------------- quotes (speech cues, attributions)
SPEECH_VERBS = [  # regex fragments, matched as whole words, case-insensitive
    # verb stems + verbal endings only, so that nouns ("déclaration", "rapport") do not match
    r"(?:déclar|affirm|soulign|indiqu|ajout|précis|rapport|annonc|assur|expliqu|estim|confirm|"
    r"répliqu|martel|insist|réaffirm|rappel|assén|not|racont|comment|suggér|suggèr|observ|"
    r"lanc|tranch|résum|concéd|admett|reconnu|démenti|ni|protest|jur|promi|avertiss|"
    r"prévien|répond|écriv|souten|soulev)"
    r"(?:e|es|ent|é|ée|és|ées|ait|aient|ant|era|eront|erait|ra|ront|u|ue|it|ait)",
    r"dit", r"disent", r"disait", r"écrit", r"averti", r"prévenu", r"répondu", r"soutenu",
    r"fait savoir", r"cité", r"reconnaît", r"reconnu", r"démenti", r"dément", r"nié",
    r"admis", r"promis", r"explique", r"raconte",
]
SPEECH_AUX = ["a", "ont", "avait", "avaient", "aurait", "auraient", "également", "aussi",
              "précédemment", "récemment", "ensuite", "enfin", "lui", "leur", "y",
              "notamment", "encore", "alors", "déjà", "t-il", "t-elle", "-t-il", "-t-elle"]
THAT_WORDS = ["que", "qu'", "qu’"]
ACCORDING_TO = ["selon", "d'après", "d’après", "citant", "cité par", "citée par", "de source",
                "aux dires de", "au dire de", "tel que cité par"]
ACCORDING_TO_POST: list[str] = []
PRONOUNS = ["il", "elle", "ils", "elles"]
NP_STOP_WORDS = ["à", "au", "aux", "sur", "dans", "lors", "en", "le", "la", "vendredi", "lundi",
                 "mardi", "mercredi", "jeudi", "samedi", "dimanche", "depuis", "devant", "après",
                 "avant", "pendant", "par", "via", "sur", "cité", "dont", "qui", "lundi"]
DETERMINERS = ["le", "la", "les", "l'", "l’", "un", "une", "des", "du", "de", "cette", "ce", "ces"]


# ---------------------------------------------------------------- framing (loaded terms)
LOADED_TERMS = {  # loaded term (matched as a word start, inflections allowed) -> neutral term
    "dictateur": "dirigeant", "dictature": "gouvernement", "régime": "gouvernement",
    "tyran": "dirigeant", "despote": "dirigeant", "fantoche": "allié", "marionnette": "allié",
    "junte": "gouvernement militaire", "terroriste": "combattant", "propagande": "communication",
    "envahisseur": "forces", "occupant": "forces", "bourreau": "responsable",
    "néonazi": "nationaliste", "nazi": "nationaliste", "massacre": "attaque",
    "génocide": "tueries", "hordes": "troupes", "satrape": "allié", "autocrate": "dirigeant",
    "mercenaire": "combattant étranger", "criminel de guerre": "accusé",
}
