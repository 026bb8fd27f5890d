"""Compute the model-backed NER outputs of a batch ahead of recognition, in batches.

:func:`model_inputs` lists the (backend key, text) pairs that :class:`MentionRecognizer` would
send to a model for an article (the same regions, the same language choice); :func:`compute` runs
each spaCy package once over all its texts with ``nlp.pipe`` (one call per package instead of one
per region) and natasha over its texts. The outputs go to :func:`newsweave.enrich.ner_memo.prime`
in this process, or travel back from a worker process first.
"""
from __future__ import annotations

import re
from typing import Any, Iterable

from ..model import Article
from . import ner_memo
from .entities import guess_lang, regions
from .ner_lang import ner_data
from .ner_models import spacy_nlp

PIPE_BATCH = 32  # texts per nlp.pipe batch: larger batches gain little on small CNN models
_LETTER = re.compile(r"[^\W\d_]")


def model_inputs(article: Article) -> list[ner_memo.Key]:
    """The memo keys the recognizer will look up for ``article`` (model-backed regions only)."""
    keys: list[ner_memo.Key] = []
    for rs, re_, code in regions(article):
        chunk = article.text[rs:re_]
        if not chunk.strip() or not _LETTER.search(chunk):
            continue
        sec = ner_data(code or guess_lang(chunk)).section
        if sec.backend == "spacy" and sec.model:
            keys.append(ner_memo.spacy_key(sec.model, chunk))
        elif sec.backend == "natasha":
            keys.append(ner_memo.natasha_key(chunk))
    return keys


def batch_inputs(articles: Iterable[Article]) -> list[ner_memo.Key]:
    """The distinct model inputs of a batch, in first-seen order."""
    return list(dict.fromkeys(k for a in articles for k in model_inputs(a)))


def compute(keys: list[ner_memo.Key]) -> dict[ner_memo.Key, Any]:
    """Model outputs for ``keys``: each spaCy package over all its texts in ``nlp.pipe``."""
    out: dict[ner_memo.Key, Any] = {}
    by_model: dict[str, list[str]] = {}
    for backend, text in keys:
        if backend.startswith("spacy:"):
            by_model.setdefault(backend[len("spacy:"):], []).append(text)
        else:
            out[(backend, text)] = ner_memo.natasha_text(text)
    for model, texts in by_model.items():
        # a long text goes through the model in pieces (ner_memo.pieces), joined again after
        parts = [(text, off, piece) for text in texts for off, piece in ner_memo.pieces(text)]
        outputs: dict[str, list[ner_memo.SpacyOutput]] = {}
        docs = spacy_nlp(model).pipe((piece for _, _, piece in parts), batch_size=PIPE_BATCH)
        for (text, off, _), doc in zip(parts, docs):
            outputs.setdefault(text, []).append(ner_memo.from_doc(doc, off))
        for text, got in outputs.items():
            out[ner_memo.spacy_key(model, text)] = ner_memo.join_outputs(got)
    return out
