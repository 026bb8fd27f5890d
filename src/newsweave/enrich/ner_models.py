"""Model-backed NER backends: spaCy (the package a language's ``NerSection.model`` names) and
natasha (Russian), plus the pymorphy3 analysers.

Models are read-only once loaded, so they are cached per process (loading takes seconds) and
only for the languages actually met; nothing learned is kept here.  Imports of the model
libraries are function-local because they are heavy and optional per language.
"""
from __future__ import annotations

import threading
import warnings

SPACY_TYPES = {"PER": "PER", "PERSON": "PER", "LOC": "LOC", "GPE": "LOC", "FAC": "LOC",
               "ORG": "ORG", "MISC": "MISC", "EVENT": "EVT", "PRODUCT": "PRO",
               "WORK_OF_ART": "PRO", "LAW": "MISC"}

_lock = threading.Lock()
_cache: dict[str, object] = {}


def spacy_nlp(model: str):
    """The spaCy pipeline of package ``model`` (parser and lemmatizer excluded), loaded once."""
    key = "spacy:" + model
    nlp = _cache.get(key)
    if nlp is None:
        with _lock:
            nlp = _cache.get(key)
            if nlp is None:
                import spacy
                with warnings.catch_warnings():
                    warnings.filterwarnings("ignore", message=r".*W095.*")
                    warnings.filterwarnings("ignore", category=UserWarning, module="spacy")
                    nlp = spacy.load(model, exclude=["parser", "lemmatizer"])
                nlp.max_length = 2_000_000
                _cache[key] = nlp
    return nlp


def natasha_parts():
    parts = _cache.get("natasha")
    if parts is None:
        with _lock:
            parts = _cache.get("natasha")
            if parts is None:
                with warnings.catch_warnings():
                    warnings.simplefilter("ignore")
                    from natasha import NewsEmbedding, NewsNERTagger, Segmenter
                    emb = NewsEmbedding()
                    parts = (Segmenter(), NewsNERTagger(emb))
                _cache["natasha"] = parts
    return parts


def natasha_entities(text: str) -> list[tuple[int, int, str, bool]]:
    from natasha import Doc  # heavy optional model package: imported only for Russian text
    seg, tagger = natasha_parts()
    doc = Doc(text)
    doc.segment(seg)
    doc.tag_ner(tagger)
    return [(s.start, s.stop, s.type, False) for s in doc.spans if s.type in ("PER", "LOC", "ORG")]


def morph(lang: str):
    """pymorphy3 analyser for ru/uk, loaded once."""
    key = "morph:" + lang
    m = _cache.get(key)
    if m is None:
        with _lock:
            m = _cache.get(key)
            if m is None:
                import pymorphy3
                m = pymorphy3.MorphAnalyzer(lang=lang)
                _cache[key] = m
    return m
