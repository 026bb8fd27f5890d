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


# Longest text a model reads in one call: a long text is read in pieces cut at line breaks (spaCy
# refuses texts over its max_length, E088, and needs about 1 GB per 100,000 characters at once).
MODEL_CHUNK_CHARS = 100_000


def pieces(text: str, limit: int | None = None) -> list[tuple[int, str]]:
    """``text`` as (offset, piece) parts of at most ``limit`` characters, cut after a line break
    (else after a space, else anywhere): names do not straddle a paragraph break."""
    limit = limit or MODEL_CHUNK_CHARS
    out: list[tuple[int, str]] = []
    pos = 0
    while len(text) - pos > limit:
        window = text[pos:pos + limit]
        cut = window.rfind("\n") + 1 or window.rfind(" ") + 1 or limit
        out.append((pos, window[:cut]))
        pos += cut
    out.append((pos, text[pos:]))
    return out


def from_doc(doc: Any, offset: int = 0) -> SpacyOutput:
    """What the recognizer reads of a spaCy ``Doc`` (of a piece starting at ``offset``)."""
    return ([(e.start_char + offset, e.end_char + offset, e.label_) for e in doc.ents],
            frozenset(t.text.lower() for t in doc if t.pos_ in ("VERB", "AUX")))


def join_outputs(parts: list[SpacyOutput]) -> SpacyOutput:
    """The output of a whole text from those of its pieces (offsets already shifted)."""
    if len(parts) == 1:
        return parts[0]
    return [e for ents, _ in parts for e in ents], frozenset().union(*(verbs for _, verbs in parts))


def spacy_text(model: str, text: str) -> SpacyOutput:
    """spaCy's output for ``text``, read piece by piece when it is long."""
    parts = pieces(text)
    docs = spacy_nlp(model).pipe([p for _, p in parts]) if len(parts) > 1 else [spacy_nlp(model)(text)]
    return join_outputs([from_doc(doc, off) for (off, _), doc in zip(parts, docs)])


def natasha_text(text: str) -> NatashaOutput:
    """natasha's spans for ``text``, read piece by piece when it is long."""
    return [(s + off, e + off, t, f) for off, part in pieces(text) for s, e, t, f in natasha_entities(part)]


def spacy_output(model: str, text: str) -> SpacyOutput:
    found = _memo.get(spacy_key(model, text))
    return found if found is not None else spacy_text(model, text)


def natasha_output(text: str) -> NatashaOutput:
    found = _memo.get(natasha_key(text))
    return list(found) if found is not None else natasha_text(text)


def prime(outputs: dict[Key, Any]) -> None:
    """Make ``outputs`` (computed ahead) available to the recognizer."""
    with _lock:
        _memo.update(outputs)


def forget(keys: Iterable[Key]) -> None:
    """Drop entries once their batch is recognised (the memo never outgrows one batch per run)."""
    with _lock:
        for k in keys:
            _memo.pop(k, None)
