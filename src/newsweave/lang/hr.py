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
LINK = LinkSection(
    case_endings=_slavic.LATIN_CASE_ENDINGS,
    demonym_suffix=_slavic.LATIN_DEMONYM_SUFFIX,
)
