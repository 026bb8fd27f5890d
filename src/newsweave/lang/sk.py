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
NER = NerSection(disease_stems=_slavic.DISEASE_STEMS["sk"], lemmatizer="simplemma", conjunctions=("a",),
                 adjective_ending=_slavic.ADJECTIVE_ENDING)

# ---------------------------------------------------------------- link (entity resolution)
LINK = LinkSection(
    case_endings=_slavic.LATIN_CASE_ENDINGS,
    feminine_surname=r"(?<=\w{3})(ová|ovej|ovou|ovú)$",  # Mayová → May
    demonym_suffix=_slavic.LATIN_DEMONYM_SUFFIX,
    dictionary_lemma=True,
)
