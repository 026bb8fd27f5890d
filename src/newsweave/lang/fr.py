"""French language data for newsweave. Each section belongs to one component; edit only yours."""
from __future__ import annotations

from .schema import (ClaimSection, CleanSection, FramingSection, LinkSection, NerSection,
                     QuoteSection, TimeSection)

CODE = "fr"
NAME = "French"

# ---------------------------------------------------------------- clean (ingest/clean component)
CLEAN = CleanSection(
    comment_counts=(r"\d[\d\s.]*\s+commentaires?\b", r"\bcommentaires\s*:?\s*\(?\d+", r"\bréactions\s*\(\d+\)"),  # "29 ...": the readers' comments follow
    chrome_lines=(
        # a browser's push-notification prompt, on the page before the headline
        r"votre navigateur (a )?bloqu[ée] les notifications\b.*", r"les notifications sont bloqu[ée]es\b.*",
        r"(autorisez|activez|activer|autoriser) les notifications\b.*",
        # a link label to the article itself (a teaser's "read the article")
        r"lire l'article( complet)?", r"voir l'article",
        # a series note and an account form: on every page of a dossier, never the article
        r"(ce billet|cet article) fait partie (de notre|du|d'un) (dossier|couverture|s[ée]rie)\b.*", r"saisissez votre (adresse )?e-?mail\b.*",
        r"contenus? sponsoris[ée]s?", r"[àa] la une", r"les plus (lus|partag[ée]s|comment[ée]s|populaires)",
        r"lire (aussi|[ée]galement|la suite)\b.*", r"[àa] lire (aussi|[ée]galement)\b.*", r"voir aussi\b.*",
        r"sur le m[êe]me sujet", r"articles? (similaires|li[ée]s|recommand[ée]s)",
        r"partager( (sur|cet article)\b.*)?", r"(abonnez-vous|s'abonner|je m'abonne)\b.*",
        r"(nous utilisons|ce site utilise) des cookies\b.*", r"(accepter|refuser) (les |tous les )?cookies\b.*",
        r"publicit[ée]", r"suivez-nous\b.*", r"(tous )?droits r[ée]serv[ée]s\b.*", r"commentaires?", r"accueil",
        r"fil info", r"newsletters?", r"(recevez|inscrivez-vous).*newsletter.*", r"d[ée]couvrez aussi\b.*",
        r"en continu",
    ),
    share_words=("partager",),
    button_words=("imprimer",),
    photo_words=("photo", "illustration", "image", "cliché"),
    caption_labels=("sur (la|cette) (photo|image)", "(cr[ée]dits?|copyright) (photo|image)", "l[ée]gende", "ci-dessus"),
    screen_words=("captures? d['’][ée]cran", "captures? vid[ée]o", "image extraite d['’]une? vid[ée]o", "arr[êe]t sur image"),
    photo_by=("par", "de", "d'", "avec l'aimable autorisation de"),
    profession_words=("journalistes?", "[ée]crivain(e)?s?", "auteur(e)?s?", "romanci[eè]re?s?", "po[èe]tes?",
                      "historien(ne)?s?", "sociologues?", "[ée]conomistes?", "juristes?", "avocat(e)?s?",
                      "militant(e)?s?", "activistes?", "universitaires?", "professeur(e)?s?", "chercheu(r|se)s?",
                      "chercheuses?", "politologues?", "analystes?", "diplomates?", "m[ée]decins?",
                      "photographes?", "cin[ée]astes?", "r[ée]alisat(eur|rice)s?", "com[ée]dien(ne)?s?",
                      "act(eur|rice)s?", "chanteu(r|se)s?", "musicien(ne)?s?", "artistes?", "ing[ée]nieur(e)?s?",
                      "enseignant(e)?s?", "blogueu(r|se)s?", "[ée]ditorialistes?", "chroniqueu(r|se)s?",
                      "essayistes?", "traduct(eur|rice)s?", "entrepreneu(r|se)s?"),
    bio_joiners=("et", "&"),
    partitive_openers=("l['’]un des", "l['’]une des", "un des", "une des", "l['’]un de ses", "l['’]une de ses",
                       "l['’]un de leurs", "certains des"),
    page_words=(r"(la |une )?page( web| internet| d['’]accueil)?",
                r"(la |une )?(page|écran) d['’](erreur|accueil)"),
    page_states=("censur[ée]e?s?", "bloqu[ée]e?s?", "interdite?s?", "inaccessibles?", "indisponibles?", "introuvables?"),
    relative_words=("que", "qu['’]", "qui", "telle que", "vue par"),
    label_connectors=("de", "des", "du", "la", "le", "les", "et", "en"),
    date_header_words=(r"publi[ée]e?\s+le", r"publi[ée]e?", r"mise?\s+[àa]\s+jour(\s+le)?", r"modifi[ée]e?\s+le",
                       r"actualis[ée]e?\s+le", r"mis\s+en\s+ligne\s+le", r"date"),
    date_prefixes=("le",),
    before_date_words=("le",),
    header_months={
        "janvier": 1, "janv": 1, "février": 2, "fevrier": 2, "févr": 2, "fevr": 2, "mars": 3, "avril": 4,
        "avr": 4, "mai": 5, "juin": 6, "juillet": 7, "juil": 7, "août": 8, "aout": 8, "septembre": 9,
        "sept": 9, "octobre": 10, "oct": 10, "novembre": 11, "nov": 11, "décembre": 12, "decembre": 12,
        "déc": 12, "dec": 12,
    },
    day_suffixes=("er",),
    time_prepositions=(r"[àa]", r"[àa] partir de"),
    byline_words=(r"par", r"de notre (envoy[ée]e? sp[ée]ciale?|correspondante?)( [àa] \w+)?", r"propos recueillis par"),
    byline_joiners=(r"avec", r"et"),
    agencies=("AFP", "Agence France-Presse", "Belga", "ATS", "Reuters", "AP"),
    outlet_words=("info", "presse", "journal", "média", "tv", "radio"),
    source_labels=("source", "lien"),
)

# ---------------------------------------------------------------- time (time expressions)
TIME = TimeSection(
    months={
        "janvier": 1, "janv": 1, "février": 2, "fevrier": 2, "févr": 2, "fév": 2, "mars": 3,
        "avril": 4, "avr": 4, "mai": 5, "juin": 6, "juillet": 7, "juil": 7, "août": 8, "aout": 8,
        "septembre": 9, "sept": 9, "octobre": 10, "oct": 10, "novembre": 11, "nov": 11,
        "décembre": 12, "decembre": 12, "déc": 12,
    },
    weekdays={"lundi": 0, "mardi": 1, "mercredi": 2, "jeudi": 3, "vendredi": 4,
              "samedi": 5, "dimanche": 6},
    seasons={"printemps": "SP", "été": "SU", "ete": "SU", "automne": "FA", "hiver": "WI",
             "mois d'été": "SU", "mois d'hiver": "WI", "mois de printemps": "SP",
             "mois d'automne": "FA"},  # "les mois d'été": the season
    number_and=("et",),
    numbers={
        "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7,
        "huit": 8, "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "treize": 13, "quatorze": 14,
        "quinze": 15, "seize": 16, "dix-sept": 17, "dix-huit": 18, "dix-neuf": 19, "vingt": 20,
        "vingt-quatre": 24, "trente": 30, "quarante": 40, "quarante-huit": 48, "cinquante": 50,
        "soixante": 60, "cent": 100, "mille": 1000, "une dizaine de": 10, "une quinzaine de": 15,
        "une vingtaine de": 20, "une trentaine de": 30, "une centaine de": 100,
        "une dizaine d'": 10, "une vingtaine d'": 20, "une trentaine d'": 30, "une centaine d'": 100,
        "quelques": None, "plusieurs": None, "de nombreux": None, "de nombreuses": None,
        "une demi": 0.5, "un demi": 0.5, "demi": 0.5,  # "un demi-siècle" (masculine units)
        "un quart d'": 0.25, "trois quarts d'": 0.75,
        "vingt et un": 21, "vingt-cinq": 25, "vingt-deux": 22, "vingt-trois": 23, "trente-six": 36,
        "soixante-dix": 70, "quatre-vingt": 80, "quatre-vingts": 80, "quatre-vingt-dix": 90, "deux cents": 200,
        "cents": 100,  # "trois cents", "deux cent cinquante" (composed by the engine)
    },
    half_after=r"\s+et\s+demie?",  # "deux heures et demie"
    units={
        "an": "Y", "ans": "Y", "année": "Y", "années": "Y", "mois": "M", "semaine": "W",
        "semaines": "W", "jour": "D", "jours": "D", "journée": "D", "journées": "D",
        "heure": "H", "heures": "H", "minute": "MIN", "minutes": "MIN", "seconde": "S",
        "secondes": "S", "décennie": "DE", "décennies": "DE", "siècle": "CE", "siècles": "CE",
        "trimestre": "Q", "trimestres": "Q", "semestre": "HY", "semestres": "HY",
        "week-end": "WE", "weekend": "WE", "week-ends": "WE", "weekends": "WE", "nuit": "NIGHT", "nuits": "NIGHT",
    },
    days_rel={"hier": -1, "avant-hier": -2, "aujourd'hui": 0, "demain": 1,
              "après-demain": 2, "ce jour": 0},
    # days counted from the story's own last date ("la veille", "le lendemain"), not from the article's
    narrative_of_re=r"\s+(?:du|des|de\s+la|de)\s+(?=[^\W\d])|\s+(?:de\s+l|d)['’](?=[^\W\d])",  # "the day after [of] an event"
    narrative_days={"la veille": -1, "le lendemain": 1, "l'avant-veille": -2,
                    "le surlendemain": 2, "ce jour-là": 0, "le jour même": 0, "le même jour": 0,
                    "le jour suivant": 1, "le jour précédent": -1, "un jour plus tard": 1,
                    # a part of the story's day ("ce soir-là", "le matin même"): that day, that part
                    "ce soir-là": 0, "ce matin-là": 0, "cette nuit-là": 0, "cet après-midi-là": 0,
                    "le soir même": 0, "le matin même": 0},
    days_rel_part={"ce soir-là": "EV", "ce matin-là": "MO", "cette nuit-là": "NI", "cet après-midi-là": "AF",
                   "le soir même": "EV", "le matin même": "MO"},
    dayparts={"matin": "MO", "dans la matinée": "MO", "matinée": "MO", "midi": "MI",
              "après-midi": "AF", "soir": "EV", "soirée": "EV", "dans la soirée": "EV",
              "nuit": "NI", "dans la nuit": "NI", "au matin": "MO", "au soir": "EV"},
    last=("dernier", "dernière", "derniers", "dernières", "passé", "passée",
          "précédent", "précédente", "écoulé", "écoulée"),  # "l'année écoulée"
    shift=("plus tôt", "plus tard", "plus tôt dans", "plus tard dans"),  # "plus tôt dans l'année"
    next=("prochain", "prochaine", "prochains", "prochaines", "suivant", "suivante",
          "à venir", "qui vient", "qui viennent"),
    this=("ce", "cet", "cette", "ces", "cette même", "même"),
    that=("même", "cette même"),  # "la même année", "cette même année": the year last named
    postposed_this=("en cours",),  # "l'année en cours", "le mois en cours"
    dur_rel_det_re=r"(?<![\w'’])(?:des|aux)",  # "au cours des trois derniers mois"
    next_verbal=("qui vient", "qui viennent"),
    next_verbal_not_before=r"\s*(?:de\b|d['’])",  # "qui viennent de s'écouler": just past
    dur_mod_post=("premiers", "premières"),  # "les neuf premiers mois"
    dur_mod_verb=("passé", "passée", "passés", "passées"),  # "il a passé deux ans en prison"
    anaphoric_rel=("suivant", "suivante", "précédent", "précédente"),  # "l'année suivante"
    anaphoric_post={"d'après": 1, "d'avant": -1},
    period_edge={"premier": 1, "première": 1, "premiers": 1, "premières": 1,  # "la dernière semaine de mai"
                 "deuxième": 2, "troisième": 3, "quatrième": 4,
                 "dernier": -1, "dernière": -1, "derniers": -1, "dernières": -1},
    period_edge_of=("de", "d'"),
    period_edge_of_the=("du",),  # "le premier jour du mois"  # "l'année d'après", "le mois d'avant"
    det=("le", "la", "les", "l'"),
    det_joins=("le", "la", "les", "l'", "ce", "cet", "cette", "ces"),
    weekday_without_mod=True,
    mod_joins_re=(r"(?:tout\s+)?(?:fin|début|milieu)\s+(?:du|des|de\s+la|de\s+l['’]|de|d['’])\s*|"
                  r"(?:première|1re|deuxième|2e|seconde|dernière)\s+quinzaine\s+(?:de|d['’])\s*"),
    approx_joins=("vers", "aux alentours de", "aux alentours du", "autour de", "autour du"),
    # French capitalises no common word after "Noël" mid-sentence: a capitalised word there is a surname
    holiday_name_after_re=r"\s+(?!(?:Janvier|Février|Mars|Avril|Mai|Juin|Juillet|Août|Septembre|Octobre|Novembre|Décembre|"
                          r"Lundi|Mardi|Mercredi|Jeudi|Vendredi|Samedi|Dimanche)\b)[A-ZÀ-Ý][a-zà-ÿ]+",
    # streets, squares and schools named after a date: "rue du 8-Mai-1945", "place du 11 novembre"
    place_name_before_re=(r"(?<![\w-])(?:rue|avenue|av\.|place|boulevard|bd|quai|square|allée|impasse|pont|"
                          r"chemin|route|rond-point|carrefour|esplanade|parvis|stade|lycée|collège|école|caserne)"
                          r"\s+(?:du|des|de\s+la|de\s+l['’])\s+(?:[\w.]+[-‐])*"),
    set_prepositions=("par",),  # "deux fois par [mois]" (ISO-TimeML: prepositions are signals)
    clock_range_before_re=r"(?<![\w'’])(?:de|entre)\s+(?P<h1>[01]?\d|2[0-3])\s+(?:à|et)\s+",  # "de 10 à 12 h"
    refs={
        "actuellement": "PRESENT_REF", "maintenant": "PRESENT_REF", "pour l'instant": "PRESENT_REF",
        "pour le moment": "PRESENT_REF", "à l'heure actuelle": "PRESENT_REF",
        "à l'heure qu'il est": "PRESENT_REF", "de nos jours": "PRESENT_REF",
        "actuel": "PRESENT_REF", "actuelle": "PRESENT_REF", "actuels": "PRESENT_REF",
        "actuelles": "PRESENT_REF", "en ce moment": "PRESENT_REF", "désormais": "PRESENT_REF",
        "récemment": "PAST_REF", "dernièrement": "PAST_REF", "naguère": "PAST_REF",
        "autrefois": "PAST_REF", "jadis": "PAST_REF", "par le passé": "PAST_REF",
        "ces derniers temps": "PAST_REF",
        "prochainement": "FUTURE_REF", "bientôt": "FUTURE_REF", "l'avenir": "FUTURE_REF",
        "le futur": "FUTURE_REF", "future": "FUTURE_REF", "futur": "FUTURE_REF",
        "futurs": "FUTURE_REF", "futures": "FUTURE_REF", "à terme": "FUTURE_REF",
        "à présent": "PRESENT_REF", "jusqu'à présent": "PRESENT_REF", "pour l'heure": "PRESENT_REF",
        "à ce jour": "PRESENT_REF",
        "il y a peu": "PAST_REF", "il y a longtemps": "PAST_REF", "ces jours-ci": "PRESENT_REF",
        "à l'époque": "PAST_REF", "ces jours derniers": "PAST_REF", "ces temps derniers": "PAST_REF",
        "dans le passé": "PAST_REF", "ultérieurement": "FUTURE_REF",
        "dorénavant": "PRESENT_REF", "jusqu'ici": "PRESENT_REF",
        "sous peu": "FUTURE_REF", "un proche avenir": "FUTURE_REF", "à court terme": "FUTURE_REF",
        "à moyen terme": "FUTURE_REF", "à long terme": "FUTURE_REF", "depuis peu": "PAST_REF",
        "un avenir proche": "FUTURE_REF", "l'avenir proche": "FUTURE_REF",  # either word order
        "un proche futur": "FUTURE_REF", "un futur proche": "FUTURE_REF",
        "à cette époque": "PAST_REF", "à cette époque-là": "PAST_REF", "en ce temps-là": "PAST_REF",
    },
    same_time_re=r"la\s+même\s+(?:époque|période)",
    same_time_context_re=r"\bl['’]an(?:née)?\s+(?:derni(?:er|ère)|passée?|précédente?)\b",
    ago_pre=("il y a", "voici", "voilà"),
    ago_duration_after_re=r"\s+que\b|\s+qu['’]",  # "il y a deux ans que ...": a duration
    ago_post=(),
    indefinite_day=("un jour",),  # "will one day be"
    duration_verb_re=r"\b(?:dur\w*|pren\w*|pris|passer\w*|passé|attendr\w*|attend\w*)",
    in_pre=("dans",),
    approx=("plus de", "moins de", "près de", "environ", "quelque", "au moins",
            "pas moins de", "presque", "vers", "aux alentours de",
            "plus d'", "moins d'", "près d'", "pas moins d'", "un peu plus de", "un peu plus d'",
            "un peu moins de", "un peu moins d'"),  # "plus d'un an"
    mid=("la mi-", "mi-", "mi ", "milieu de", "milieu d'", "le milieu de", "le milieu du"),
    early=("début", "le début de", "le début du", "courant", "début de", "début d'",
           "début du", "le début des", "début des"),
    late=("la fin de", "la fin du", "la fin des", "fin", "fin de", "fin d'", "fin du", "fin des"),
    month_pre=("mois de", "mois d'"),
    # "le printemps arabe": a season named after a people is an uprising (capitalised names such
    # as "le Printemps de ..." festivals are left out by the season rule itself)
    season_not_before=(r"\s+(?:arabes?|turc|tunisien|égyptien|syrien|libyen|iranien|ukrainien|russe|chinois|"
                       r"de\s+Prague)\b"),
    event_parts=("soirée",),
    # a season with no article or year after "en" (or in "été comme hiver") is generic: XXXX-SU
    season_generic_re=r"(?:\ben|\bcomme|\bchaque|\bou)",
    season_generic_after_re=r"\s+(?:comme|ou)\s",
    part_alone=("dans la", "dans l'", "en", "au cours de la", "dans", "durant la", "pendant la"),  # "dans la soirée"  # "cette soirée": an evening party
    season_needs_context=("été", "ete"),  # else a participle ("a été")
    season_context_re=r"(?:\ben|\bd['’]|\bpendant|\bdurant|\bdepuis|\bcomme|\bl['’]|\bcet|\bchaque)",
    today_as_ref=("aujourd'hui",),  # followed by a comma: "nowadays", not the day
    # (not "est", "se trouve": "le ministre est aujourd'hui à Lyon" tells of the day)
    state_present_re=(r"\b(?:vit|vivent|compte|comptent|reste|restent|demeure|demeurent|habite|habitent|"
                      r"possède|possèdent|emploie|emploient|représente|représentent|dirige|dirigent|"
                      r"travaille|travaillent|occupe|occupent|détient|détiennent|pèse|pèsent|"
                      r"semble|semblent|appartient|appartiennent|fait\s+partie|font\s+partie)"
                      r"(?:\s+(?:encore|toujours|déjà|plus|bien|désormais))?"),
    still_words=("encore",),  # "aujourd'hui encore", "encore aujourd'hui" (not "aujourd'hui même": that day)
    ref_type="TIME",  # French TimeBank types PRESENT_REF etc. as TIME
    season_not_after=(r"\b(?:a|ai|as|ont|avons|avez|avait|avaient|aurait|auraient|aura|"
                      r"auront|ayant|avoir|eût|pas|jamais|déjà|n'a|n'ont|ne|en a|y a)"),
    age_before_strong=(r"(?:âgée?s?\s+de|\bl['’]âge\s+de|\b(?:il|elle|qui|on|je|j['’]ai|tu)\s+(?:a|avait|aura|ai|as)|"
                       r"\b(?:ils|elles)\s+(?:ont|avaient)|"
                       # a person "of N years" is an age ("un homme de 45 ans", "une jeune femme de 20 ans")
                       r"\b(?:homme|femme|garçon|fille|fillette|enfant|bébé|jeune|adolescente?|retraitée?|"
                       r"étudiante?|lycéenne?|collégienne?|conducteur|conductrice|piéton|passagère?|"
                       r"suspecte?|détenue?|prévenue?|mère|père|fils|neveu|nièce|frère|sœur|soeur|cousine?|"
                       r"petite?-fils|petite?-fille|bambin|nourrisson|écolière?|victime)s?\s+de|"
                       # an age group ("les moins de 25 ans", "les plus de 60 ans"), a birthday ("fête ses 50 ans")
                       r"\b(?:les|des|aux)\s+(?:moins|plus)\s+de|\bf[êe]t\w*\s+(?:ses|son|leurs|leur)\s+(?:\w+\s+)?)"),
    # "un garçon de 12 ans" is an age; "en l'espace de dix ans", "une durée de trois ans" are not
    age_before=(r"(?:,|âgée?s?\s+de|(?<!espace\s)(?<!durée\s)(?<!période\s)(?<!délai\s)(?<!plus\s)(?<!moins\s)\bde|"
                r"\(|\bun\s+(?!délai\b|espace\b)\w+\s+de|\bune\s+(?!durée\b|période\b)\w+\s+de|"
                # "à 60 ans, il ...": at an age; not a sentence ("condamné à dix ans,"), not "jusqu'à"
                r"(?<![\w'’])(?<!condamné\s)(?<!condamnée\s)(?<!condamnés\s)(?<!condamnées\s)à)"),
    every=("chaque", "tous les", "toutes les"),
    set_words={"quotidiennement": "P1D", "par semestre": "P6M",
               "mensuellement": "P1M",
               "mensuel": "P1M", "mensuelle": "P1M",
               "annuel": "P1Y", "annuelle": "P1Y", "annuels": "P1Y", "annuelles": "P1Y",
               "annuellement": "P1Y", "par an": "P1Y",
               "par jour": "P1D", "par semaine": "P1W", "par mois": "P1M",
               "hebdomadaire": "P1W", "hebdomadaires": "P1W", "mensuels": "P1M", "mensuelles": "P1M",
               "trimestriel": "P3M", "trimestrielle": "P3M", "trimestriels": "P3M", "trimestrielles": "P3M",
               "semestriel": "P6M", "semestrielle": "P6M", "semestriels": "P6M", "semestrielles": "P6M"},
    # a frequency word right after a determiner is a noun ("l'hebdomadaire", "le mensuel": a magazine)
    set_noun_before=(r"(?:\bl['’]|\b(?:le|la|les|un|une|cet|ce|cette|ces|du|des|au|aux|son|sa|ses|leur|notre|votre|"
                     r"dernier|premier|nouvel|nouveau|grand|seul)\s+)$"),
    ordinals={"premier": 1, "première": 1, "1er": 1, "deuxième": 2, "second": 2,
              "seconde": 2, "2e": 2, "2ème": 2, "troisième": 3, "3e": 3, "3ème": 3,
              "quatrième": 4, "4e": 4, "4ème": 4},
    quarter_words=("trimestre",),
    half_words=("semestre",),
    century_words=("siècle",),
    # "les années 90" and "la décennie 1990" name the same decade (199X)
    decade_re=r"(?:(?:les|des|aux)\s+années|(?:la\s+)?décennie)\s+(?:(?P<c>1[5-9]|20)?(?P<d>\d)0|(?P<w>trente|quarante|cinquante|soixante|soixante-dix|quatre-vingt|quatre-vingts|quatre-vingt-dix))",
    decade_words={"trente": 3, "quarante": 4, "cinquante": 5, "soixante": 6,
                  "soixante-dix": 7, "quatre-vingt": 8, "quatre-vingts": 8,
                  "quatre-vingt-dix": 9},
    year_suffix=(),
    year2_prep=("en", "depuis", "dès"),
    holidays={"noël": (12, 25), "la toussaint": (11, 1), "le jour de l'an": (1, 1),
              "le nouvel an": (1, 1), "la saint-sylvestre": (12, 31), "la fête nationale": (7, 14),
              "l'assomption": (8, 15), "l'armistice": (11, 11), "la saint-valentin": (2, 14),
              "la fête du travail": (5, 1), "la fête de la musique": (6, 21), "la saint-jean": (6, 24),
              "la chandeleur": (2, 2), "la saint-nicolas": (12, 6), "la veille de noël": (12, 24),
              "le jour de noël": (12, 25), "la fête des mères": (5, 6, -1), "la fête des pères": (6, 6, 3),
              "le vendredi saint": (0, -2), "mardi gras": (0, -47), "le mercredi des cendres": (0, -46),
              # movable feasts: (0, days after Easter Sunday)
              "pâques": (0, 0), "le lundi de pâques": (0, 1), "l'ascension": (0, 39),
              "la pentecôte": (0, 49), "le lundi de pentecôte": (0, 50)},
    day_one_words=("premier",),  # the first of a month written out
    date_order="dm",
    det_before_weekday=True,  # "le mardi", "el martes" keep their article
    day_of=("de",),  # "5 de junio" in Spanish; empty here but harmless
    # "20 h 30", "huit heures et quart", "dix-huit heures trente", "20:30" (a written-out hour is a time
    # of day after "à", "vers" or before "du matin"; the clock rule leaves the others to the duration rule)
    clock_re=(r"(?:(?P<approx>vers)\s+)?(?:(?P<h>[01]?\d|2[0-4])\s?(?:h|H|heures?)(?:\s?(?P<m>[0-5]\d)(?:\s?(?:min|mn))?)?|"
              r"(?P<hw>une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize|"
              r"dix-sept|dix-huit|dix-neuf|vingt|vingt\s+et\s+une|vingt-deux|vingt-trois)\s+heures?"
              r"(?:\s+(?P<mw>cinq|dix|quinze|vingt|vingt-cinq|trente|trente-cinq|quarante|quarante-cinq|cinquante|"
              r"cinquante-cinq)(?:\s+minutes?)?(?![\w-]))?)"
              r"(?:\s+(?P<frac>et\s+quart|et\s+demie?|moins\s+le\s+quart|moins\s+quart))?"
              r"(?:\s+(?:du\s+|de\s+l['’])(?P<ampm>matin|soir|après-midi))?(?![\w])"
              r"|(?<![\d:.,])(?P<h2>[01]\d|2[0-3]):(?P<m2>[0-5]\d)(?![\d:])"),
    clock_fractions={"et quart": 15, "et demie": 30, "et demi": 30, "moins le quart": -15, "moins quart": -15},
    clock_word_pre_re=r"(?<![\w'’])(?:à|vers|dès|jusqu['’]à|avant|après|à\s+partir\s+de|aux\s+alentours\s+de)",
    range_conj=("à", "ou", "-", "–"),  # "deux à trois ans"
    whole=("toute la", "tout le", "toute l'", "tout l'", "toute une", "tout un"),  # "toute la semaine"
    pm_words=("soir", "après-midi"),  # "9 heures du soir" = 21:00
    bare_plural_pre=("depuis", "pendant", "durant", "après", "en", "au cours du", "lors du"),  # "au cours du week-end"
    bare_plural_det=("des", "de longues", "de longs", "de nombreuses", "de nombreux"),  # "depuis des mois"
    bare_plural_verb_re=(r"\b(?:dur(?:e|ent|é|ait|aient|era|eront|erait|er|ant)|pren\w*|pris|prise?s?|"
                         r"pass(?:é|er|era|ent|ait|aient)|attend\w*|mis|mett\w*|met)"),  # "a duré des années"
    noon={"midi": "12:00", "minuit": "24:00"},
    duration_pre=("pendant", "durant", "depuis", "en", "pour"),
    clock_duration_pre=("en", "pendant", "durant"),  # "a bouclé le parcours en 2 h 05"
    not_year_after=(
        "personnes", "habitants", "euros", "euro", "francs", "dollars", "hommes", "femmes",
        "enfants", "élèves", "salariés", "emplois", "mètres", "kilomètres", "km", "tonnes",
        "litres", "voitures", "exemplaires", "visiteurs", "spectateurs", "soldats", "morts",
        "places", "points", "logements", "voix", "membres", "F", "MF", "€", "%", "m", "kg",
    ),
    since_pre_re=r"\bdepuis\s+(?:le\s+|la\s+|l['’])?",
    bound_pre_re=r"(?:\bjusqu['’](?:au|à|en)|\bd['’]ici|\bavant|\bdès|\bà\s+partir\s+d[eu]|\baprès)\s+(?:le\s+|la\s+|l['’])?$",
    future_re=(
        r"\b(?:sera|seront|aura|auront|va|vont|devra|devront|devrait|devraient|pourra|pourront|"
        r"prévu|prévue|prévus|prévues|prévoit|prévoient|envisage|compte|rendez-vous|doit|doivent|"
        r"programmée?s?|se tiendra|aura lieu|auront lieu|prochain|prochaine|attendu|attendue|"
        r"aller|avant\s+que|avant\s+qu['’]|jusqu['’]à\s+ce\s+que)\b|\b\w+(?:era|eront|ira|iront|dra|dront|ura|uront|ront)\b|"
        # a conditional is a future seen from the past ("a annoncé qu'il se rendrait samedi"): the
        # endings no imperfect shares; not the auxiliaries of a past conditional ("serait parti")
        r"\b(?!s?erai)\w+erai(?:t|ent)\b|\b\w+(?:d|rr)rai(?:t|ent)\b|\b(?:dev|i)rai(?:t|ent)\b"
    ),
    # a past participle right before the expression ("les modifications annoncées mercredi")
    # (participles in -é, and the common irregular ones with their compounds: "ouvert", "remis",
    # "obtenu", "construit", "atteint")
    # (not after an auxiliary of a passive to come: "soit remis lundi", "sera publié mardi")
    past_adjacent_re=(r"(?<!\bsoit\s)(?<!\bsoient\s)(?<!\bsera\s)(?<!\bseront\s)(?<!\bserait\s)"
                      r"(?<!\bseraient\s)(?<!\bêtre\s)\b(?:\w{3,}(?:é|ée|és|ées)|\w*(?:ouvert|offert|mis|pris|élu|tenu|venu|reçu|conclu|"
                      r"rendu|perdu|vendu|battu|paru|fini|réuni|choisi|saisi|établi|bâti|construit|produit|"
                      r"conduit|détruit|inscrit|écrit|atteint|peint|joint)(?:e|s|es)?)\s+(?:dès\s+|depuis\s+|en\s+)?$"),
    past_re=(
        r"\b(?:a|ont|avait|avaient|avons|avez|est|sont|était|étaient|fut|furent|s'est|se sont)"
        r"\s+(?:(?:déjà|été|pas|bien|aussi|également|notamment|ainsi|encore|lui|leur|y|en)\s+)*"
        # not a noun of a present idiom ("a lieu", "a droit à", "a trait à")
        r"(?!(?:lieu|droit|trait)\b)\w+(?:é|ée|és|ées|i|is|ie|ies|u|ue|us|it|ite|ert|erte|int|ait|ais)\b|"
        r"\b\w{2,}(?:ait|aient|èrent)\b|\b(?:dernier|dernière|passé|passée|hier)\b"
    ),
    # (moved from the engine)
    # "l'année 1990"; a fiscal year named by its year joins it ("l'exercice 2001", like en "fiscal 1989")
    year_pre=("l'année", "l'an", "l'exercice", "l'exercice fiscal", "l'exercice budgétaire"),
    month_context_before=("en", "de", "d'", "à", "au", "et", "ou", "fin", "début", "mi-", "depuis", "dès", "avant",
                          "après", "pendant", "durant", "courant", "entre"),  # "en mai", not "Mai" the name
    part_articles=("la", "l'"),  # "dans [la soirée]"
    part_prepositions=("dans",),  # "dans [la nuit de samedi]"
    part_not_after_date=("dans",),  # "le 3 juin dans la soirée" stays two expressions
    part_day_of=("du", "de", "des", "d'"),  # "la nuit de samedi"
    part_day_to=("à", "au"),  # "la nuit de samedi à dimanche"
    day_range_conj=("au", "à"),  # "du 3 au 5 juin"
    day_list_conj=("et", "ou"),  # "les 12 et 13 mai"
    day_range_det=("le",),
    day_suffix_re=r"er|re",  # "1er"
    # "le 12": a day alone before punctuation or a clause word, not an address ("le 10, rue ...")
    day_only_re=(r"le\s+(?P<day>[12]?\d|3[01])(?:er)?(?=\s*[,;.)]|\s+(?:et|au|à|dans|avant|après|lors|vers|pour|par|sur|devant|avec)\b)"
                 r"(?!\s*,?\s*(?:rue|avenue|av\.|boulevard|bd|place|allée|chemin|impasse|quai|route|cours)\b)"),
    week_of_re=r"\bla\s+semaine\s+du\s+",  # "la semaine du 6 mars": that week
    forward_before_re=(r"\b(?:report|repouss|ajourn|différ|décal|prolong|renvoy)(?:é|ée|és|ées)"
                       r"\s+(?:\w+\s+){0,3}?(?:au|à|jusqu['’](?:au|à|en)|en|pour)\s*(?:le\s+|la\s+|l['’])?"),
    ordinal_suffix_re=r"\s?e|er|ème|eme|éme|è|em",  # "XIXe siècle"
    plural_endings=("s", "x"),
    invariable_units=("mois",),
    plural_determiners=("les", "ces", "des"),  # "ces derniers mois"
    age_end_words=("et",),
    # "une seconde fois": the ordinal; "une seconde plus tard", "une seconde de silence": a second
    articles=("un", "une"),
    count_followers=("plus", "de", "d'", "après", "avant", "et", "ou", "à", "pour", "seulement", "environ"),
    report_present_re=(r"dit|disent|déclare|déclarent|affirme|affirment|annonce|annoncent|indique|indiquent|"
                       r"estime|estiment|souligne|soulignent|précise|précisent|explique|expliquent|rapporte|"
                       r"rapportent|confirme|confirment|assure|assurent|ajoute|ajoutent|écrit|écrivent|reconnaît|"
                       r"dément|démentent|révèle|révèlent|juge|jugent|rappelle|rappellent|note|notent|selon"),
    present_is_scheduled=True,
    report_re=r"rapport[ée]|annonc[ée]|déclar[ée]|indiqu[ée]|affirm[ée]|selon|a (?:dit|écrit)|publi[ée]|communiqu[ée]",
    background_before_re=r"\b(?:depuis|dès|remonte à|remontant à|datant de|date de|déjà en|première fois depuis|premi[eè]re depuis|premier depuis)(?:\s+(?:le|la|les|l['’]|début|fin))?",
    background_after_re=r"^\s+(?:déjà|encore)\b",
    named_date_before_re=r"\b(?:révolution|mouvement|brigade|coalition|place|rue|avenue|boulevard|pont|stade|square|parvis|esplanade)\s+du",
    planned_before_re=r"\b(?:prévue?s? (?:le|pour|en|au|à)|programmée?s? (?:le|pour|en)|fixée?s? au|reportée?s? (?:au|à)|attendue?s? (?:le|pour|en)|d['’]ici)(?:\s+(?:le|la|l['’]))?",
)

# ---------------------------------------------------------------- ner (entity recognition)
NER = NerSection(inhabitant_endings=("iens", "iennes", "ains", "aines", "ais", "aises", "ois", "oises", "ens", "ennes"),
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
_ORG_GLOSSES = """
world mondial monde
intl international
europe européen
united unies
nations nations nation
national national
health santé
meteo météorolog
money monétaire
fund fonds
court cour tribunal
supreme suprême
human homme humain
rights droit
league ligue
arab arabe
trade commerce
ministry ministère
defence défense
foreign étrangère étranger
affairs affaires
interior intérieur
justice justice
parliament parlement
council conseil
security sécurité
commission commission
agency agence
medicine médicament
bank banque
central central
university université
assoc association
union union syndicat
institute institut
public public
federal fédéra
energy énergie
atomic atomique
committee comité
criminal pénal criminel
post poste
- états organisation
olympic olympique
food alimentaire alimentation
programme programme
election électoral élection
office office
migration migration
refugee réfugié
"""  # concept, then its stems (see LinkSection.org_glosses)

LINK = LinkSection(org_glosses=_ORG_GLOSSES)

# ---------------------------------------------------------------- quotes (speech, attribution)
QUOTES = QuoteSection(
    speech_verbs=[
        "(?:déclar|affirm|soulign|indiqu|ajout|précis|rapport|annonc|assur|expliqu|estim|confirm|répliqu|martel|insist|réaffirm|rappel|assén|not|racont|comment|suggér|suggèr|observ|lanc|tranch|résum|concéd|admett|reconnu|démenti|ni|protest|jur|promi|avertiss|prévien|répond|écriv|souten|soulev)(?:e|es|ent|é|ée|és|ées|ait|aient|ant|era|eront|erait|ra|ront|u|ue|it|ait)",
        "dit", "disent", "disait", "écrit", "averti", "prévenu", "répondu", "soutenu", "fait savoir",
        "cité", "reconnaît", "reconnu", "démenti", "dément", "nié", "admis", "promis", "explique",
        "raconte",
        # verbs of taking up, going on, confiding or commenting, which French reporting clauses
        # after a quote use as often as "a déclaré"
        "(?:renchér|poursuiv|ironis|confi|nuanc|détaill|tempêt|plaid|lâch|gliss)(?:i|it|é|ée|és|ées|ait|aient|e|ent)",
    ],
    speech_aux=[
        "a", "ont", "avait", "avaient", "aurait", "auraient", "également", "aussi", "précédemment",
        "récemment", "ensuite", "enfin", "lui", "leur", "y", "notamment", "encore", "alors", "déjà", "t-il",
        "t-elle", "-t-il", "-t-elle",
    ],
    adverb_suffixes=["ment"],
    complementisers=["que", "qu'", "qu’"],
    according_to=[
        "selon", "d'après", "d’après", "citant", "cité par", "citée par", "de source", "aux dires de",
        "au dire de", "tel que cité par",
    ],
    pronouns=["il", "elle", "ils", "elles"],
    impersonal_pronouns=["on"],
    euphonic_t_pronouns=["il", "elle", "ils", "elles"],
    np_stop_words=[
        "à", "au", "aux", "sur", "dans", "lors", "en", "le", "la", "vendredi", "lundi", "mardi", "mercredi",
        "jeudi", "samedi", "dimanche", "depuis", "devant", "après", "avant", "pendant", "par", "via", "sur",
        "cité", "citée", "cités", "citées", "dont", "qui", "lundi",
    ],
    determiners=["le", "la", "les", "l'", "l’", "un", "une", "des", "du", "de", "cette", "ce", "ces"],
    source_kinds={
        "embassy": ["ambassade*", "consulat*"],
        "ministry": ["ministère*", "ministère", "département d'état"],
        "agency": ["agence*"],
        "anonymous": ["source", "sources", "informateur*", "proche*", "sources proches", "un responsable", "diplomat*"],
        "expert": ["expert*", "analyste*", "spécialiste*", "chercheur*", "professeur*"],
        "official": [
            "conseil*", "gouvernement*", "kremlin*", "présiden*", "porte-parole", "ministre*",
            "communiqué*", "déclaration*", "mairie", "maire", "armée*", "état-major", "autorités",
            "responsables", "dirigeant*", "administration*", "parlement*", "otan", "onu", "maison blanche",
        ],
        "media": [
            "journal*", "site*", "média*", "médias", "télévision*", "chaîne*", "radio*", "quotidien*",
            "hebdomadaire*", "magazine*", "blog*", "chaîne telegram",
        ],
    },
    abbreviations=["m", "mm", "mme", "mlle", "dr", "pr", "st", "ste", "gén", "col", "cf", "p", "pp", "art", "av", "bd"],
)

# ---------------------------------------------------------------- claims (claims and conflicts)
CLAIMS = ClaimSection(
    negation=[
        r"\bne\b[^.;]{0,40}?\b(?:pas|jamais|plus|aucun\w*|guère|rien|personne)\b(?!\s+(?:seulement|que|uniquement))",
        r"\bn['’]\w+[^.;]{0,40}?\b(?:pas|jamais|plus|aucun\w*|rien|personne)\b(?!\s+(?:seulement|que|uniquement))",
        r"\baucun\w*\b", r"\bjamais\b",
    ],
    negated_negatives=[r"exclu\w*", r"cess\w*", r"manqu\w*"],
    months=[
        "janv*", "févr*", "fevr*", "mars", "avr*", "mai", "juin", "juil*", "août", "aout", "sept*", "oct*",
        "nov*", "déc*", "dec*",
    ],
    number_words={
        "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8, "neuf": 9, "dix": 10,
        "onze": 11, "douze": 12, "quinze": 15, "vingt": 20, "trente": 30, "quarante": 40, "cinquante": 50,
        "soixante": 60, "cent": 100, "cents": 100, "vingts": 20, "mille": 1000,
        "treize": 13, "quatorze": 14, "seize": 16,
    },
    multipliers={"million*": 1e6, "milliard*": 1e9, "mille": 1e3, "douzaines": 12},
    unit_links=[r"de\s+", r"d['’]\s*"],
    units={
        "percent": ["pour cent", "pourcent*"],
        "hour": ["heure*"],
        "day": ["jour*"],
        "minute": ["minute*"],
        "km": ["km", "kilomètre*"],
        "person": ["personne*", "habitant*", "civil*", "civils"],
        "soldier": ["soldat*", "troup*", "militaire*", "combattant*"],
        "dead": ["mort*", "tué*", "victime*"],
        "wounded": ["blessé*"],
        "dollar": ["dollar*"],
        "zloty": ["zloty*", "złoty*"], "franc": ["franc", "francs"],
        "euro": ["euro*"],
        "rouble": ["rouble*"],
        "hryvnia": ["hryvnia*"],
        "tonne": ["tonne*"],
        "missile": ["missile*", "roquette*"],
        "drone": ["drone*"],
        "shell": ["obus", "projectile*", "munition*"],
        "month": ["mois"],
        "year": ["an", "ans", "année*"],
        "visit": ["visite*"],
    },
    role_heads={
        "adviser": ["conseiller*", "conseillère*"],
        "secretary": ["secrétaire", "secrétaire général", "secrétaire générale"],
        "chair": ["président", "présidente"],
        "vice-chair": ["vice-président*"],
        "commander-in-chief": ["commandant en chef"],
        "commander": ["commandant"],
        "minister": ["ministre"],
        "deputy-minister": ["vice-ministre", "ministre adjoint", "ministre délégué"],
        "prime-minister": ["premier ministre", "premier-ministre", "chancelier*", "ministre-président*"],
        "leader": ["dirigeant", "dirigeante", "chef"],
        "ambassador": ["ambassadeur*", "ambassadrice"],
        "spokesperson": ["porte-parole"],
        "director": ["directeur*", "directrice"],
        "head": ["chef"],
        "general": ["général"],
        "mayor": ["maire", "bourgmestre*"],
        # academic offices: a university's head, its deputies (pro-/vice-rectors), a faculty's dean
        "rector": ["recteur", "rectrice"], "deputy-rector": ["vice-recteur*", "vice-rectrice*"], "dean": ["doyen de la faculté", "doyenne de la faculté"],
        "governor": ["gouverneur*", "voïvode*"],
        "king": ["roi"],
        "envoy": ["envoyé*", "emissaire*", "émissaire*"],
        "speaker": ["président de la chambre"],
        "coach": ["entraîneur", "entraîneuse", "sélectionneur", "sélectionneuse"],
        "assistant-coach": ["entraîneur adjoint", "adjoint de l'entraîneur"],
        "ceo": ["pdg", "directeur général", "directrice générale"],
        "cfo": ["directeur financier", "directrice financière"],
        # a company's other officers (technology, operations): offices of their own beside the chief executive
        "cto": ["directeur technique", "directrice technique"], "coo": ["directeur des opérations", "directrice des opérations"],
        # a party's legal representative: a profession, compared only with titles in the organisation it represents
        "lawyer": ["avocat", "avocate", "avocats", "avocates"],
        "marshal": ["maréchal"],
        "secretary-of-state": ["secrétaire d'état", "secrétaire d’état", "sous-secrétaire*"],
        # offices of courts, of the state in a province, of a team, of a mission, of a site
        "judge": ["juge", "présidente du tribunal", "président du tribunal"], "prosecutor": ["procureur*", "procureure*"],
        "prefect": ["préfet", "préfète"], "captain": ["capitaine"],
        "charge-d-affaires": ["chargé d'affaires", "chargée d'affaires", "chargé d’affaires", "chargée d’affaires"],
        "engineer": ["ingénieur en chef", "ingénieure en chef", "ingénieur", "ingénieure"],
        "councillor": ["conseiller d'état", "conseillère d'état", "conseiller d’état", "conseillère d’état", "conseiller municipal", "conseillère municipale", "conseiller régional", "conseillère régionale", "conseiller départemental", "conseillère départementale"],
    },
    head_of_body_words=[r"pdg", r"présidente?[- ]direct\w+ général\w*", r"président\w* exécuti\w*"],
    former_words=["ex-", r"ancien\w*"],
    role_portfolios={"party": ["parti"], "foreign": ["affaires étrangères", "étrangères"], "defence": ["défense", "armées"],
                     "interior": ["intérieur"], "justice": ["justice"], "finance": ["finances"],
                     "economy": ["économie"], "transport": ["transport*", "mobilité*", "infrastructures"], "energy": ["énergie"],
                     "agriculture": ["agriculture", "pêche"], "environment": ["environnement", "écologie", "climat"],
                     "housing": ["logement"], "health": ["santé"], "education": ["éducation"],
                     "labour": ["travail"], "culture": ["culture"], "middle-east": ["proche-orient", "moyen-orient"]},
    portfolio_links=["pour", r"pour\s+l['’]", r"pour\s+la", "pour le"],
    deputy_words=[r"adjoint\w*", "vice-"],
    acting_after_words=[r"par\s+intérim", r"intérimaire"],
    deputy_prefixes=["vice-"],
    function_nouns=["conférence*", "réunion*", "sommet*", "délégation*", "session*", "congrès", "forum*",
                    "négociation*"],
    passive_markers=[r"\bété\b"],
    score_links=[r"à"], goal_nouns=[r"buts?"], score_numbers={"zéro": 0, "un": 1, "une": 1},
    opponent_preps=[r"\bface à\b", r"\bcontre\b", r"\bdevant\b", r"\bpar\b"],
    possessor_links=[r"\s+(?:de|du|des)\s+(?:[\w'’.-]+\s+){0,3}", r"\s+d['’](?:[\w'’.-]+\s+){0,3}"],
    outcome_objects={"decision": [r"\bvote\b", r"\bscrutin\b"], "agreement": [r"\bsignature\b"]},
    outcome_object_preps=[r"\baprès(?: le| la| l['’])?", r"\bavant(?: le| la| l['’])?"],
    outcome_statuses={"in_orbit": [r"\b(?:a|ont)\s+(?:\S+\s+){0,2}?(?:mis|placé|placés|injecté|injectés)\s+(?:\S+\s+){0,5}?en orbite\b", r"\b(?:a|ont)\s+atteint\s+(?:son\s+|l['’])?orbite\b"],
                      "strike_on": [r"\b(?:grève|débrayage)s?\b(?:\s+\S+){0,3}?\s+(?:a (?:commencé|débuté)|a bien eu lieu|se poursuit)\b", r"\b(?:ont|a)\s+(?:entamé|commencé|lancé|déclenché)\s+(?:\S+\s+){0,2}?(?:une|la|leur)\s+(?:\S+\s+){0,2}?grève\b"],
                      "strike_off": [r"\b(?:annulé|suspendu|levé|reporté)\s+(?:\S+\s+){0,2}?(?:la|une|leur|son)\s+(?:\S+\s+){0,2}?(?:grève|mouvement)\b", r"\b(?:grève|mouvement)\s+(?:\S+\s+){0,3}?(?:a été|est|avait été)\s+(?:annulée?|suspendue?|levée?|reportée?)\b"],
                      "appointed": [r"\b(?:a|ont|avait|avaient|sera|été|est)\s+(?:\w+\s+)?nomm(?:é|ée|és|ées)\b", r"\ba désigné\b"],
                      "first_reading": [r"\ben première lecture\b"],
                      "final_reading": [r"\ben (?:deuxième et )?(?:dernière|troisième) lecture\b", r"\b(?:adopté|voté|approuvé)e?\s+(?:\S+\s+){0,4}?dans son ensemble\b", r"\b(?:transmise?|envoyée?) au président pour (?:signature|promulgation)\b"],
                      "accepted": [r"\b(?:a|ont|avait)\s+accepté\s+(?:\S+\s+){0,2}(?:démission|offre|proposition|demande)s?\b"],
                      "refused": [r"\b(?:a|ont)\s+(?:refusé|rejeté)\s+(?:d'accepter\s+)?(?:\S+\s+){0,2}(?:démission|offre|proposition|demande)s?\b"],
                      "reduced": [r"\b(?:réduit|ramené|allégé)e?s?\s+(?:\S+\s+){0,5}?(?:peine|condamnation)s?\b", r"\b(?:peine|condamnation)\s+(?:\S+\s+){0,4}?(?:réduite|ramenée|allégée)\b"],
                      "upheld": [r"\bconfirm(?:é|ée|e|ent)\s+(?:\S+\s+){0,4}?(?:peine|condamnation|jugement|verdict)s?\b"],
                      "unharmed": [r"\baucune? (?:blessé|victime)s?\b", r"\bpersonne n'a été (?:blessé|tué)e?\b", r"\bpas de (?:blessés|victimes)\b", r"\bindemnes?\b"],
                      "failed": [r"\b(?:ont|a) (?:échoué|capoté|achoppé)\b", r"\bsold(?:é|ée|és|ées) par un échec\b"],
                      "survived": [r"\b(?:secouru|sauvé|remonté|sorti|ramené)e?s vivant(?:e)?s\b",
                                   r"\btou(?:s|tes)\b(?:\s+\S+){0,6}?\s+(?:secouru|sauvé|remonté|sorti|extrait|dégagé)e?s\b(?! mort)",
                                   r"\bsain(?:e)?s et sau(?:f|ve)s\b", r"\baucune victime\b"],
                      "died": [r"\b(?:est|sont) mort(?:e|s|es)?\b", r"\bdécéd(?:é|ée|és|ées)\b", r"\b(?:a|ont) péri\b", r"\b(?:a|ont) (?:trouvé la mort|perdu la vie)\b",
                               r"\b(?:a|ont) été tué(?:e|s|es)?\b"],
                      "lost": [r"\b(?:a|ont)\s+perdu\s+(?:\S+\s+){0,3}(?:finale|match|course|élection|scrutin|coupe|titre|derby)s?\b"]},
    former_until=[r"\bjusqu['’](?:en|à)\s+(\d{4})\b"],
    former_relatives=[r"\bqui (?:était|fut|a été)(?:\s+(?:le|la|l['’]))?"],
    role_org_links=["du", r"de\s+la", r"de\s+l['’]", "des", "de", "d['’]"],
    apposition_determiners=["le", "la", "l['’]"],
    relative_pronouns=["qui"],
    countries={
        "RU": ["russie", "adj:russe*"],
        "UA": ["ukraine", "adj:ukrainien*"],
        "KP": ["corée du nord", "rpdc", "adj:nord-coréen*"],
        "KR": ["corée du sud", "adj:sud-coréen*"],
        "BY": ["biélorussie", "adj:biélorusse*"],
        "CN": ["chine", "adj:chinois*"],
        "US": ["états-unis", "etats-unis", "adj:américain*"],
        "FR": ["france", "adj:français*"],
        "DE": ["allemagne", "adj:allemand*"],
        "GB": ["royaume-uni", "adj:britannique*"],
        "PL": ["pologne", "adj:polonais*"],
        "IR": ["iran", "adj:iranien*"],
        "IL": ["israël", "adj:israélien*"],
        "SY": ["syrie", "adj:syrien*"],
        "TR": ["turquie", "adj:turc*"],
        "JP": ["japon", "adj:japonais*"],
        "GE": ["géorgie", "adj:géorgien*"],
        "MD": ["moldavie", "adj:moldave*"],
        "KZ": ["kazakhstan", "adj:kazakh*"],
        "ES": ["espagne", "adj:espagnol*"],
        "IT": ["italie", "adj:italien*"],
        "IN": ["inde", "adj:indien*"],
        "EE": ["estonie", "adj:estonien*"],
        "LV": ["lettonie", "adj:letton*"],
        "LT": ["lituanie", "adj:lituanien*"],
        "FI": ["finlande", "adj:finlandais*"],
        "RO": ["roumanie", "adj:roumain*"],
        "HU": ["hongrie", "adj:hongrois*"],
        "AM": ["arménie", "adj:arménien*"],
        "AZ": ["azerbaïdjan", "adj:azerbaïdjanais*"],
        "AT": ["autriche", "adj:autrichien*"],
        "CH": ["suisse", "adj:suisse*"],
        "BE": ["belgique", "adj:belge*"],
        "NL": ["pays-bas", "adj:néerlandais*"],
        "PT": ["portugal", "adj:portugais*"],
        "GR": ["grèce", "adj:grec", "adj:grecque*"],
        "CZ": ["tchéquie", "république tchèque", "adj:tchèque*"],
        "MX": ["mexique", "adj:mexicain*"],
        "CA": ["canada", "adj:canadien*"],
        "BS": ["bahamas", "adj:bahaméen*"],
        "MM": ["birmanie", "myanmar", "adj:birman*"],
        "EG": ["égypte", "adj:égyptien*"],
    },
    venue_preps=["au", "aux", "à", "dans", "jusqu'au", "jusqu’au", "devant"],
    venue_nouns=[r"stade", r"palais", r"salle", r"arènes?", r"parc", r"aéroport", r"aérodrome", r"cathédrale"],
    place_nouns=[
        "région*", "province*", "territoire*", "ville", "villes", "district*", "zone*", "département*", "kraï",
        "république", "village*", "localité*",
    ],
    elided_preps=["à l'", "à l’", "dans l'", "dans l’"],
    near_preps=["près de", "près d'", "près d’", "aux portes de", "non loin de", "aux abords de", "en banlieue de", "dans la banlieue de", "de la banlieue de", "en périphérie de"],
    clock_zones={"CET": [r"heure (?:de Paris|française|d.Europe centrale)"], "EET": [r"heure (?:de Kyiv|de Kiev|ukrainienne)"], "WET": [r"heure (?:de Londres|britannique)"], "MSK": [r"heure de Moscou"], "UTC": [r"temps universel"], "local": [r"heure locale"]},
    clock_approx=[r"vers", r"aux alentours de", r"peu (?:avant|après)", r"environ"],
    vote_tallies=[r"par (?P<x>\d+|[^\W\d]+) voix contre (?P<y>\d+|[^\W\d]+)", r"(?P<x>\d+|[^\W\d]+) voix (?:pour|favorables),? (?:et )?(?P<y>\d+|[^\W\d]+) (?:voix )?contre", r"(?P<x>\d+|[^\W\d]+) voix contre (?P<y>\d+|[^\W\d]+)"],
    appeal_court_words=[r"appel"],
    org_venue_preps=["au", "aux", "à", "devant", "dans", "en face de"],
    org_venues={"ministry": [r"minist[eè]re\w*"], "union": [r"syndicat\w*"], "council": [r"conseil\w*"], "parliament": [r"parlement\w*", r"assembl[ée]e nationale"], "town_hall": [r"mairie\w*", r"h[ôo]tel de ville"], "government": [r"gouvernement\w*"], "court": [r"tribunal\w*", r"cour d.appel"], "embassy": [r"ambassade\w*"]},
    definite_articles=["le", "la", "les", "l'", "l’"],
    seat_cues=[r"\bparquet (?:de|d['’])\s*", r"\bbasée?s? à\s+", r"\bsiège (?:social )?(?:est )?à\s+", r"\bimplantée?s? à\s+"],
    seat_suffixes=[],
    locative_preps=["en", "au", "aux", "dans", "à", "de", "du", "des", "de la", "de l'", "de l’"],
    direction_words=[
        "est", "ouest", "nord", "sud", "centre", "l'est", "l’est", "l'ouest", "l’ouest", "le", "la", "l'",
        "l’", "de", "des", "partie", "frontalière", "frontalier*",
    ],
    including_words=["notamment", "en particulier", "surtout"],
    place_gap_words=[
        "une", "un", "la", "le", "les", "l", "cette", "située", "situé", "en", "est", "c'est", "qui",
        "dans", "au", "aux",
    ],
    place_name_particles=["de", "du", "des", "d['’]", "la", "le", "l['’]"],
    demonstratives=["cette", "ce", "cet"],
    measure_units={"mile": ["miles"], "foot": ["pieds"], "metre": ["mètre*"], "km": ["km", "kilomètre*"], "cm": ["cm", "centimètre*"],
                   "acre": ["acres"], "hectare": ["hectare*", "ha"], "sq_km": ["kilomètres carrés", "km2", "km²"],
                   "sq_m": ["mètres carrés", "m2", "m²"], "kmh": ["km/h", "kilomètres à l'heure", "kilomètres/heure", "kilomètres par heure"],
                   "fahrenheit": ["degrés fahrenheit", "°f"], "celsius": ["degrés celsius", "degrés", "°c", "°"],
                   "kg": ["kg", "kilo*"], "tonne": ["tonne*"]},
    quantity_heads={
        "killed": ["mort", "morts", "morte", "mortes", "tué*", "tuant", "décès", "victimes", "décédé*", "perdu la vie", "péri*", "coût* la vie à", "coût* la vie de"], "injured": ["bless*"],
        "arrested": ["interpell*", "arrest*", "gardes à vue", "garde à vue"], "missing": ["disparu*"],
        "evacuated": ["évacu*"], "votes": ["voix", "vote*", "suffrage*"], "gusts": ["rafale* de vent", "rafale*"], "depth": ["profondeur"], "magnitude": ["magnitude"],
        "rate_bp": ["point* de base"], "rate": ["point* de pourcentage"], "jobs": ["emploi*", "poste*", "licenciement*"],
        "households": ["foyer*", "ménage*", "logement*"],
        "attendance": ["assist*", "spectateur*"], "participants": ["coureurs", "coureuses", "participant*"],
        "prisoners": ["prisonnier*", "captif*", "détenus"], "storeys": ["étage*"], "rise_pct": ["hausse", "augment*", "revalorisation"],
        "turnout": ["participation", "taux de participation"], "passengers": ["passager*", "à bord"], "responders": ["pompier*", "sapeurs-pompiers", "secouriste*", "sauveteur*"], "hospitalised": ["hospitalisé*", "transporté* à l'hôpital", "conduit* à l'hôpital"], "treated": ["soigné*", "pris en charge"], "trapped": ["piégé*", "bloqué*", "coincé*"], "area_ha": ["hectare*"], "rate_level": ["taux directeur*", "taux d'intérêt", "taux de référence"],
        "tickets": ["billets"],
        "votes_against": ["contre"],
    },
    quantity_modifiers_after={"at_least": ["au moins", "ou plus", "et plus", "au minimum"], "about": ["environ"]},
    count_nouns=["nombre de", "nombre des", "bilan", "décompte"],
    quantity_modifiers={"another": ["encore"], "at_least": ["au moins", "au minimum"], "more_than": ["plus de", "plus d['’]", "dépassé", "dépasse", "franchi"],
                        "about": ["environ", "quelque", "près de", "autour de"], "nearly": ["presque", "quasiment"],
                        "up_to": ["jusqu['’]à", "moins de", "moins d['’]"], "between": ["entre"],
                        "exact": ["(?:alourdi|élevé|passé|grimpé|monté)e? à", "s['’]élève à", "atteint"]},
    approx_numbers={"une dizaine": 10, "une quinzaine": 15, "une vingtaine": 20, "une trentaine": 30,
                    "une quarantaine": 40, "une cinquantaine": 50, "une soixantaine": 60,
                    "une douzaine": 12, "une centaine": 100, "un millier": 1000},
    vague_numbers={"dizaines": [11, 99], "centaines": [101, 999], "milliers": [1001, 999999]},
    provisional_cues=[r"provisoire", r"pour l['’]instant", r"à ce stade", r"premier bilan", r"jusqu['’]ici", r"premières (?:informations|estimations)"],
    pending_words=[r"\bencore\b"],
    background_cues=[r"\b(?:deuxième|troisième|quatrième) jour\b", r"\bdepuis\b", r"\bl['’]an dernier\b", r"\bl['’]année dernière\b", r"\bdéjà\b", r"\ben (?:19|20)\d\d\b",
                     r"\bdevra\b", r"\bdoit se\b", r"\bsera\b", r"\bprécédent\w*", r"\bil y a\b"],
    prison_terms=[r"\bd[e'’]\s?(?:emprisonnement|prison)\b", r"\bde réclusion\b"],
    sentence_parts=[r"ferme\b"], suspended_terms=[r"(?:avec )?sursis\b"],
    sentence_requests=[r"\brequis\b", r"\bréclam\w*", r"\bdemand\w*"],
    head_gap_stops=["et", "ou", "ceux", "qui", "dont"],
    background_exceptions=[r"\bcomme (?:en|lors du jugement de) première instance(?: en (?:19|20)\d\d)?", r"\b(?:premi[eè]re?s?|plus (?:grand|important|gros|fort|meurtrier)\w*|pire)\b[\w\s'’-]{0,30}?\bdepuis\b", r"\bdepuis (?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|ce matin)\b"],
    denial_cues=[r"\bdément\w*", r"\bdémenti\b", r"\bnie[nr]?t?\b", r"\bcontest\w*"],
    outcomes={"acquitted": [r"\b(?:annul\w*|infirm\w*) (?:\w+ ){0,3}(?:la |sa )?condamnation\b", r"\bacquitt[ée]\w*", r"\brelaxé\w*"], "convicted": [r"\bconfirm\w* (?:\w+ ){0,3}(?:la |sa )?condamnation\b", r"\bcondamné\w* (?:à|pour)\b", r"\breconnu\w* coupable\b"], "vetoed": [r"\b(?:mis|opposé) son veto\b"],
              "approved": [r"\bvoté (?:\w+ ){0,3}pour\b", r"\baccepté\w*", r"\bratifié\w*", r"\badopté\w*", r"\bapprouvé\w*", r"\bvoté\w*"], "rejected": [r"\bvoté (?:\w+ ){0,3}contre\b", r"\brefus\w* de ratifier\b", r"\brejeté\w*", r"\brepoussé\w*"],
              "held": [r"\beu lieu\b", r"\bs['’]est (?:\w+ )?déroul\w*", r"\bs['’]est (?:\w+ )?tenu\w*", r"\ba (?:\w+ )?eu lieu\b"], "called_off": [r"\bannulé\w*"],
              "postponed": [r"\breporté\w*", r"\bajourné\w*"], "signed": [r"\bsigné\w*", r"\bparvenu\w* à un accord\b", r"\bconclu\w* un accord\b"],
              "not_signed": [r"\b(?:négociations|pourparlers|discussions)\b[^.;:]{0,60}?\b(?:ont|avaient|sont) (?:\w+ )?(?:échoué|capoté|achoppé)\b", r"\b(?:négociations|pourparlers|discussions)\b[^.;:]{0,60}?\bsoldé\w* par un échec\b", r"\bsans accord\b", r"\béchou\w* à (?:signer|conclure)\b", r"\bsans signature\b"], "won": [r"\bs['’]est adjug\w*", r"\bdécroch\w*(?= (?:\w+ ){0,3}(?:coupe|titre|trophée)\w*)", r"\bl['’]a emporté\b", r"\bl['’]emporte\b", r"\bremport\w*", r"\bbattu\w*", r"\bgagn\w*", r"\bs['’](?:est )?impos\w*"], "victory_to": [r"\bla victoire (?:est )?revenue? à\b", r"\bla victoire est allée à\b"], "runner_up": [r"\ba (?:terminé|fini) deuxième derrière\b", r"\bs['’]est classée? deuxième derrière\b"], "lost": [r"\b(?:subi|concédé|essuyé|subit|concède) une [\w\s:-]{0,20}?défaite\b", r"\b(?:a|ont) été remport\w* par\b", r"\ba perdu\b[^,.;:]{0,25}?(?:\bface à|\bcontre|\bdevant)\b", r"\bs['’]est inclin\w*\b[^,.;:]{0,25}?(?:\bface à|\bcontre|\bdevant)\b", r"\b(?:a|ont) été battu\w* par\b"], "elected": [r"\bont élu\b", r"\ba élu\b"], "elected_passive": [r"\bélu(?:e|s|es)?\b"], "score": [r"\bscore\b", r"\bmatch nul\b"],
              "closed": [r"\bfermeture\b", r"\bfermer\b", r"\bfermera\b"],
              "rate_cut": [r"\babaiss\w*", r"\bbaiss[ée]\w*", r"\brédui\w*"], "rate_raised": [r"\brelev[ée]\w*", r"\bremonté\w*"], "rate_unchanged": [r"\binchangé\w*", r"\bmaintenu\w*"]},
    age_cues=[r"\s?ans\b"],
    part_cues=[r"\bà (?:elle|lui) seule?\b", r"\bdont\b", r"\bdans la (?:seule )?ville de\b"],
    partitive_links=["des", "parmi les"],
    partitive_before=["parmi les"],
    place_levels={"region": ["région", "oblast"], "province": ["province"], "district": ["district", "arrondissement"],
                  "county": ["département", "canton"]},
)

# ---------------------------------------------------------------- framing (loaded terms)
FRAMING = FramingSection(
    loaded_terms={
        "dictateur": "dirigeant", "dictature": "gouvernement", "régime": "gouvernement",
        "tyran": "dirigeant", "despote": "dirigeant", "fantoche": "allié", "marionnette": "allié",
        "junte": "gouvernement militaire", "terroriste": "combattant", "propagande": "communication",
        "envahisseur": "forces", "occupant": "forces", "bourreau": "responsable", "néonazi": "nationaliste",
        "nazi": "nationaliste", "massacre": "attaque", "génocide": "tueries", "hordes": "troupes",
        "satrape": "allié", "autocrate": "dirigeant", "mercenaire": "combattant étranger",
        "criminel de guerre": "accusé",
    },
)
