"""The model-backed part of NER as a pure function of (model, text), with a memo filled ahead.

The recognizer reads the corpus in order (what the model-backed languages find types names in the
rule-based ones), but the model calls themselves — spaCy's entities and verbs, natasha's spans —
depend on the text alone. So they can be computed ahead for a whole batch: in one ``nlp.pipe``
call (``enrich/ner_ahead.py``), or on other processes (``newsweave.cluster``), then handed to the
recognizer through this memo. A text absent from the memo is computed on the spot, so results
never depend on whether the memo was filled.
"""
from __future__ import annotations

import threading
from typing import Any, Iterable

from .ner_models import natasha_entities, spacy_nlp

# spaCy: ([(start_char, end_char, label)], lower-cased verb and auxiliary forms)
SpacyOutput = tuple[list[tuple[int, int, str]], frozenset[str]]
# natasha: [(start, end, type, False)]
NatashaOutput = list[tuple[int, int, str, bool]]
Key = tuple[str, str]  # ("spacy:<package>" or "natasha", text)

_lock = threading.Lock()
_memo: dict[Key, Any] = {}


def spacy_key(model: str, text: str) -> Key:
    return ("spacy:" + model, text)


def natasha_key(text: str) -> Key:
    return ("natasha", text)


def from_doc(doc: Any) -> SpacyOutput:
    """What the recognizer reads of a spaCy ``Doc``."""
    return ([(e.start_char, e.end_char, e.label_) for e in doc.ents],
            frozenset(t.text.lower() for t in doc if t.pos_ in ("VERB", "AUX")))


def spacy_output(model: str, text: str) -> SpacyOutput:
    found = _memo.get(spacy_key(model, text))
    return found if found is not None else from_doc(spacy_nlp(model)(text))


def natasha_output(text: str) -> NatashaOutput:
    found = _memo.get(natasha_key(text))
    return list(found) if found is not None else natasha_entities(text)


def prime(outputs: dict[Key, Any]) -> None:
    """Make ``outputs`` (computed ahead) available to the recognizer."""
    with _lock:
        _memo.update(outputs)


def forget(keys: Iterable[Key]) -> None:
    """Drop entries once their batch is recognised (the memo never outgrows one batch per run)."""
    with _lock:
        for k in keys:
            _memo.pop(k, None)
