"""Slovene language data for newsweave. Each section belongs to one component; edit only yours."""
from __future__ import annotations

from . import _slavic
from .schema import CleanSection, LinkSection, NerSection

CODE = "sl"
NAME = "Slovene"
COVERAGE = "names"  # entity recognition and linking only

# ---------------------------------------------------------------- clean (ingest/clean component)
CLEAN = CleanSection(  # photo captions only
    photo_words=("foto", "fotografija", "slika"),
    caption_labels=("na (fotografiji|sliki)",),
    photo_by=("avtor",),
)

# ---------------------------------------------------------------- ner (entity recognition)
NER = NerSection(disease_stems=_slavic.DISEASE_STEMS["sl"],
    # plural inhabitant names (Slovenci, Izraelcev, Brazilcem; Italijani, Italijanov); a
    # country's -ija is dropped whole (Slovenija → Slovenci, Brazilija → Brazilci)
    inhabitant_endings=("ci", "cev", "cem", "cih", "ce", "ani", "anov", "anom", "ane", "anih"),
    inhabitant_country_endings=("ija", "ska"),
    lemmatizer="simplemma",
    stop=tuple("V Na Po Ampak A In Kot To Ta On Ona Oni Mi Tako Pri Tudi Vendar Razen Za Od S K U "
               "O Z Po Že Danes Tam Ko Je Se".split()),
    conjunctions=("in",),
    place_connectors=("ob",),  # inside place names: "Frankfurt ob Odri"
    # titles before a name ("Premier Janša", "Minister Kacin"); stems where endings change the word
    role_endings=("olog",),  # a scholar by their field
    roles=("predsednik", "predsednica", "premier", "premierka", "minister", "ministrica",
           "ministr", "podpredsednik", "govorec", "govornik", "veleposlanik", "direktor",
           "direktorica", "odvetnik", "odvetnica", "sodnik", "sodnica", "kancler", "kanclerka",
           "kralj", "kraljica", "papež", "župan", "županja", "sekretar", "vodja", "komisar",
           "general", "poslanec", "poslanka", "epidemiolog", "virolog", "profesor", "profesorica"),
    org_words=("stranka", "svet", "ministrstvo", "agencija", "unija", "organizacija", "komisija",
               "sodišče", "banka", "parlament", "vlada",
               # heads of institutions ("Državni zbor", "Zdravniška zbornica")
               "zbornic", "inštitut", "univerz", "urad", "bolnišnic", "zavod", "zbor", "akademij",
               "inšpektorat", "fakultet", "občin"),
    org_connectors=("za",),  # "Ministrstvo za zdravje", "Nacionalni inštitut za javno zdravje"
    head_nouns=("kraljestvo", "republika", "federacija", "države", "narodi", "otoki", "morje", "zaliv"),
    adjective_ending=_slavic.ADJECTIVE_ENDING,
)

# ---------------------------------------------------------------- link (entity resolution)
_ORG_GLOSSES = """
world svetovn
intl mednarodn
europe evropsk
united združen
nations narodov
national nacionaln narodn
health zdravj zdravstv
meteo meteorološk
money denarn
fund sklad
court sodišč
supreme vrhovn
human človekov
rights pravic
league lig
arab arabsk
trade trgovinsk
ministry ministrstv
defence obramb
foreign zunanj
affairs zadev
interior notranj
justice pravosodj
parliament parlament
council svet
security varnost
commission komisij
agency agencij
medicine zdravil
bank bank
central centraln
university univerz
assoc združenj
union zvez
institute inštitut zavod
public javn
federal federaln
energy energ
atomic atomsk
committee odbor
criminal kazensk
post pošt
- držav organizacij
"""  # concept, then its stems (see LinkSection.org_glosses)

LINK = LinkSection(
    org_glosses=_ORG_GLOSSES,
    case_endings=_slavic.LATIN_CASE_ENDINGS,
    feminine_surname=r"(?<=\w{3})(ev[aeio]|ov[aeio])$",  # possessive Mayeva → May
    demonym_suffix=_slavic.LATIN_DEMONYM_SUFFIX,
    dictionary_lemma=True,
)
