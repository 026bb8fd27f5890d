"""Slovak language data for newsweave. Each section belongs to one component; edit only yours."""
from __future__ import annotations

from . import _slavic
from .schema import CleanSection, LinkSection, NerSection

CODE = "sk"
NAME = "Slovak"
COVERAGE = "names"  # entity recognition and linking only

# ---------------------------------------------------------------- clean (ingest/clean component)
CLEAN = CleanSection(  # photo captions only
    photo_words=("foto", "snímka", "fotografia"),
    caption_labels=("na (snímke|fotografii|fotke)",),
    photo_by=("autor",),
)

# ---------------------------------------------------------------- ner (entity recognition)
NER = NerSection(disease_stems=_slavic.DISEASE_STEMS["sk"], role_endings=("olog",), lemmatizer="simplemma", conjunctions=("a",),
                 adjective_ending=_slavic.ADJECTIVE_ENDING)

# ---------------------------------------------------------------- link (entity resolution)
_ORG_GLOSSES = """
world svetov
intl medzinárodn
europe európsk
united spojen
nations národov
national národn
health zdravi
meteo meteorologick
money menov
fund fond
court súd
supreme najvyšš
human človek
rights práv
league lig
arab arabsk
trade obchodn
ministry ministerstv
defence obran
foreign zahranič
affairs vec
interior vnútr
justice spravodlivost
parliament parlament
council rad
security bezpečnost
commission komisi
agency agentúr
medicine liečiv
bank bank
central centráln
university univerzit
assoc združeni
union zväz
institute inštitút ústav
public verejn
federal federáln
energy energ
atomic atómov
committee výbor
criminal trestn
post pošt
- štát organizáci
"""  # concept, then its stems (see LinkSection.org_glosses)

LINK = LinkSection(
    org_glosses=_ORG_GLOSSES,
    case_endings=_slavic.LATIN_CASE_ENDINGS,
    feminine_surname=r"(?<=\w{3})(ová|ovej|ovou|ovú)$",  # Mayová → May
    demonym_suffix=_slavic.LATIN_DEMONYM_SUFFIX,
    dictionary_lemma=True,
)
