"""Model-backed NER backends: spaCy (the package a language's ``NerSection.model`` names) and
natasha (Russian), plus the pymorphy3 analysers.

Models are read-only once loaded, so they are cached per process (loading takes seconds) and
only for the languages actually met; nothing learned is kept here.  Imports of the model
libraries are function-local because they are heavy and optional per language.
"""
from __future__ import annotations

import threading
import warnings
from functools import lru_cache
from typing import Any, Callable

SPACY_TYPES = {"PER": "PER", "PERSON": "PER", "LOC": "LOC", "GPE": "LOC", "FAC": "LOC",
               "ORG": "ORG", "MISC": "MISC", "EVENT": "EVT", "PRODUCT": "PRO",
               "WORK_OF_ART": "PRO", "LAW": "MISC"}

_lock = threading.Lock()
_cache: dict[str, object] = {}


def _load_once(key: str, load: Callable[[], Any]) -> Any:
    """Models are read-only once loaded and slow to load: one instance per process, whichever
    thread asks first (the embed-ahead thread and NER may ask at the same time)."""
    found = _cache.get(key)
    if found is None:
        with _lock:
            found = _cache.get(key)
            if found is None:
                found = _cache[key] = load()
    return found


def spacy_nlp(model: str):
    """The spaCy pipeline of package ``model``, loaded once: the lemmatizer excluded, the parser
    loaded but disabled, so entity recognition does not run it and the time tagger's tense
    parse (:func:`parse_sentence`) shares the same weights instead of loading a second copy."""
    def load():
        import spacy  # heavy optional model package: imported only when a language needs it
        with warnings.catch_warnings():
            warnings.filterwarnings("ignore", message=r".*W095.*")
            warnings.filterwarnings("ignore", category=UserWarning, module="spacy")
            nlp = spacy.load(model, exclude=["lemmatizer"], disable=["parser"])
        nlp.max_length = 2_000_000
        return nlp
    return _load_once("spacy:" + model, load)


_PARSE_SKIP = {"ner", "lemmatizer", "senter"}


def parse_sentence(model: str, sentence: str):
    """``sentence`` with tags, morphology and dependencies from ``model``'s pipeline, the disabled
    parser included (each component called in turn: no shared pipeline state is changed)."""
    nlp = spacy_nlp(model)
    doc = nlp.make_doc(sentence)
    for name, proc in nlp.components:
        if name not in _PARSE_SKIP:
            doc = proc(doc)
    return doc


def natasha_parts():
    def load():
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            from natasha import NewsEmbedding, NewsNERTagger, Segmenter  # heavy: Russian only
            return Segmenter(), NewsNERTagger(NewsEmbedding())
    return _load_once("natasha", load)


def natasha_entities(text: str) -> list[tuple[int, int, str, bool]]:
    from natasha import Doc  # heavy optional model package: imported only for Russian text
    seg, tagger = natasha_parts()
    doc = Doc(text)
    doc.segment(seg)
    doc.tag_ner(tagger)
    return [(s.start, s.stop, s.type, False) for s in doc.spans if s.type in ("PER", "LOC", "ORG")]


def morph(lang: str):
    """pymorphy3 analyser for ru/uk, loaded once."""
    def load():
        import pymorphy3  # heavy optional dictionaries: imported only for ru/uk text
        return pymorphy3.MorphAnalyzer(lang=lang)
    return _load_once("morph:" + lang, load)


@lru_cache(maxsize=200_000)
def morph_parse(word: str, lang: str) -> tuple:
    """pymorphy3's analyses of ``word``, computed once per word: its dictionaries are read by a
    pure-Python DAWG, and the name rules, lemmas and role phrases ask about the same words."""
    return tuple(morph(lang).parse(word))
