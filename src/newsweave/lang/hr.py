"""Croatian language data for newsweave. Each section belongs to one component; edit only yours."""
from __future__ import annotations

from . import _slavic
from .schema import CleanSection, LinkSection, NerSection

CODE = "hr"
NAME = "Croatian"
COVERAGE = "names"  # entity recognition and linking only

# ---------------------------------------------------------------- clean (ingest/clean component)
CLEAN = CleanSection(  # photo captions only
    photo_words=("foto", "fotografija", "slika"),
    caption_labels=("na (fotografiji|slici)",),
    photo_by=("autor",),
)

# ---------------------------------------------------------------- ner (entity recognition)
NER = NerSection(disease_stems=_slavic.DISEASE_STEMS["hr"], conjunctions=("i",), adjective_ending=_slavic.ADJECTIVE_ENDING)  # no lexicon

# ---------------------------------------------------------------- link (entity resolution)
_ORG_GLOSSES = """
world svjetsk
intl međunarodn
europe europsk
united ujedinjen
nations narod
national nacionaln narodn
health zdravstv zdravlj
meteo meteorološk
money monetarn
fund fond
court sud
supreme vrhovn
human čovjek ljudsk
rights prav
league lig
arab arapsk
trade trgovinsk
ministry ministarstv
defence obran
foreign vanjsk
affairs poslov
interior unutarnj
justice pravosuđ
parliament parlament sabor
council vijeć
security sigurnost
commission komisij
agency agencij
medicine lijekov
bank bank
central središnj centraln
university sveučilišt
assoc udrug
union savez
institute institut zavod
public javn
federal federaln
energy energ
atomic atomsk
committee odbor
criminal kaznen
post pošt
- držav organizacij
"""  # concept, then its stems (see LinkSection.org_glosses)

LINK = LinkSection(
    org_glosses=_ORG_GLOSSES,
    case_endings=_slavic.LATIN_CASE_ENDINGS,
    demonym_suffix=_slavic.LATIN_DEMONYM_SUFFIX,
)
