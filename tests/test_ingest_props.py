"""Property tests: readers never crash on arbitrary input; JSONL text round-trips exactly."""
from __future__ import annotations

import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsweave.clean import clean_articles
from newsweave.ingest import read_bytes
from newsweave.ingest.limits import mojibake_pairs
from newsweave.ingest.textmeta import recover_metadata

NAMES = st.sampled_from(["a.txt", "a.html", "a.xml", "a.rss", "a.jsonl", "a.json", "noext", "a.atom"])
FAST = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@FAST
@given(data=st.binary(max_size=600), name=NAMES)
def test_read_bytes_never_raises_on_arbitrary_bytes(data, name):
    errs = []
    arts = read_bytes(data, name, lambda o, r: errs.append((o, r)))
    # every input gives articles or at least one clear reason
    assert arts or errs
    for o, r in errs:
        assert isinstance(r, str) and r and o.startswith(name)
    for a in arts:
        assert isinstance(a.text, str) and a.text.strip()


@FAST
@given(text=st.text(max_size=400), name=NAMES)
def test_read_bytes_never_raises_on_arbitrary_text(text, name):
    errs = []
    arts = read_bytes(text.encode("utf-8", "surrogatepass"), name, lambda o, r: errs.append((o, r)))
    assert arts or errs
    clean_articles(arts)  # cleaning never crashes either, and spans stay in range
    for a in arts:
        for s, e in a.boilerplate:
            assert 0 <= s < e <= len(a.text)


# clean text: control characters and mojibake signatures are refused by design (ingest.limits)
CLEAN_TEXT = st.text(alphabet=st.characters(blacklist_categories=("Cc", "Cs")), min_size=1, max_size=200)


@FAST
@given(texts=st.lists(CLEAN_TEXT.filter(lambda t: t.strip() and mojibake_pairs(t) < 2), min_size=1, max_size=4),
       ids=st.lists(st.text(alphabet="abcdefghij0123456789-", min_size=1, max_size=8), min_size=4, max_size=4))
def test_jsonl_text_round_trips_exactly(texts, ids):
    lines = [json.dumps({"id": ids[i], "text": t}, ensure_ascii=bool(i % 2)) for i, t in enumerate(texts)]
    errs = []
    arts = read_bytes("\n".join(lines).encode("utf-8", "surrogatepass"), "rt.jsonl", lambda o, r: errs.append(r))
    assert errs == []
    assert [a.text for a in arts] == texts
    assert [a.id for a in arts] == ids[:len(texts)]


@FAST
@given(text=st.text(max_size=500))
def test_recovered_spans_index_the_text(text):
    tm = recover_metadata(text)
    for s, e, _kind in tm.spans:
        assert 0 <= s < e <= len(text)
    if tm.title_span:
        s, e = tm.title_span
        assert text[s:e].strip() == tm.title
