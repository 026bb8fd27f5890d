"""Integration: the shared seed articles (messy French crawls) read, cleaned and deduplicated.

Assertions are generic properties a careful reader sees in the files; nothing is keyed to names.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from newsweave.clean import clean_articles
from newsweave.ingest import read_paths
from newsweave.link.dedup import Deduplicator

SEEDS = Path(__file__).resolve().parents[2] / "shared" / "seeds"

pytestmark = pytest.mark.skipif(not SEEDS.is_dir(), reason="../shared/seeds not available")


@pytest.fixture(scope="module")
def seeds():
    errs = []
    arts = list(read_paths([str(SEEDS)], lambda o, r: errs.append((o, r))))
    clean_articles(arts)
    return arts, errs


def test_all_seeds_read_in_sorted_order(seeds):
    arts, errs = seeds
    assert errs == []
    assert len(arts) == 5
    names = sorted(p.stem for p in SEEDS.iterdir() if p.is_file())
    assert [a.id for a in arts] == names
    for a in arts:
        assert a.raw and a.raw.decode(a.encoding.replace("-sig", "")).replace("\r\n", "\n") == a.text


def test_language_and_titles(seeds):
    arts, _ = seeds
    for a in arts:
        assert a.lang == "fr"
        assert a.title and len(a.title) > 20
        # the title is a line (or the end of a line) of the text, not chrome
        assert a.title in a.text
        s, e = a.meta["title_span"]
        assert not any(bs <= s < be for bs, be in a.boilerplate)


def test_url_bearing_seed(seeds):
    arts, _ = seeds
    with_url = [a for a in arts if a.text.strip().splitlines()[-1].startswith("http")]
    assert len(with_url) == 1
    a = with_url[0]
    assert a.url and a.url.startswith("http") and a.source and "." in a.source and a.source in a.url
    last = a.text.strip().splitlines()[-1]
    assert any(a.text[s:e] == last for s, e in a.boilerplate)


def test_dates_keep_granularity(seeds):
    arts, _ = seeds
    dated = [a for a in arts if a.date is not None]
    assert len(dated) == 3
    for a in dated:
        assert a.date.source == "text" and a.date.evidence
        # a bare year-month header gives month granularity; a full day header gives a day
        if a.date.evidence.strip().lower().startswith("date "):
            assert a.date.granularity == "month"
        else:
            assert a.date.granularity == "day"
        # the date prefix is boilerplate, the title after it is not
        assert a.title not in "".join(a.text[s:e] for s, e in a.boilerplate)
    assert {a.date.granularity for a in dated} == {"month", "day"}


def test_boilerplate_on_chrome_not_on_body(seeds):
    arts, _ = seeds
    by_chrome = [a for a in arts if "Les plus lus" in a.text or "Contenus sponsoris" in a.text]
    assert by_chrome
    for a in by_chrome:
        assert a.boilerplate
        assert a.byline and a.agencies == ["AFP"] and a.source
    for a in arts:
        # every long paragraph stays content
        for para in a.text.split("\n"):
            if len(para) > 200:
                i = a.text.index(para)
                assert not any(s < i + len(para) and i < e for s, e in a.boilerplate)


def test_foreign_title_segment(seeds):
    arts, _ = seeds
    seg_langs = {l for a in arts for _, _, l in a.lang_segments}
    assert "uk" in seg_langs
    for a in arts:
        for s, e, l in a.lang_segments:
            assert l != a.lang and 0 <= s < e <= len(a.text)


def test_seeds_are_not_duplicates_of_each_other(seeds):
    arts, _ = seeds
    dd = Deduplicator()
    assert [dd.process(a) for a in arts] == [None] * 5
