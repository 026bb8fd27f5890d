"""Parsers under limits, API parameters validated (4xx, never 500), exports always valid XML, a
source name that is no URL never breaks a report."""
from __future__ import annotations

import time
import xml.dom.minidom

import pytest
from fastapi.testclient import TestClient

from newsweave.api import create_app
from newsweave.api.routes_export import graphml, xml_safe
from newsweave.compare.outlets import OutletRegistry
from newsweave.ingest import read_bytes
from newsweave.model import Article, Mention

BODY = "<p>" + "The harbour authority of Vellmar closed the northern pier on Monday after a storm. " * 4 + "</p>"


def _read(data: bytes, name: str):
    errs: list[str] = []
    arts = read_bytes(data, name, lambda o, r: errs.append(r))
    return arts, errs


def test_tag_with_40000_attributes_is_refused_fast():
    attrs = " ".join(f'a{i}="x"' for i in range(40_000))
    t = time.perf_counter()
    arts, errs = _read(f"<html><body><div {attrs}>x</div>{BODY}</body></html>".encode(), "a.html")
    assert time.perf_counter() - t < 3
    assert arts == [] and "40,000 attributes" in errs[0]


def test_deep_nesting_is_refused_in_html_and_feeds():
    arts, errs = _read(("<html><body>" + "<div>" * 20_000 + BODY + "</div>" * 20_000 + "</body></html>").encode(),
                       "d.html")
    assert arts == [] and "nested" in errs[0]
    feed = ('<?xml version="1.0"?><rss><channel><title>F</title>' + "<x>" * 5000 + "</x>" * 5000 +
            "<item><title>t</title><description>d</description></item></channel></rss>")
    arts, errs = _read(feed.encode(), "f.rss")
    assert arts == [] and "nested" in errs[0]


def test_ordinary_html_with_unclosed_paragraphs_reads():
    page = "<html><body>" + "<p>Vellmar pier closed after the storm, officials said on Monday." * 800 + "</body></html>"
    arts, errs = _read(page.encode(), "p.html")
    assert errs == [] and arts


def test_graphml_export_is_valid_xml_with_hostile_labels():
    a = Article(id="x", text="Lena\x00 Varga spoke", source="Outlet\x01\ufffe")
    a.entities = [Mention(0, 11, "Lena\x00 Varga", "PER", name="Lena\x00 Varga\x0b"),
                  Mention(0, 4, "Lena", "PER", name="\ud800x")]
    doc = xml_safe(graphml([a]))
    xml.dom.minidom.parseString(doc.encode("utf-8"))


def test_source_that_is_no_url_never_breaks_outlet_lookup():
    d = OutletRegistry([])
    assert d.lookup("Reuters [wire]") is None
    assert d.lookup("[::1", "http://[bad") is None


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    with TestClient(create_app(str(tmp_path_factory.mktemp("p") / "p.db"), report_budget=0)) as c:
        yield c


@pytest.mark.parametrize("url", [
    "/search?q=a%00b", "/api/search?q=a%00b", "/api/articles?offset=12345678901234567890",
    "/api/events?offset=99999999999999999999", "/api/entities?offset=-99999999999999999999",
    "/?offset=12345678901234567890", "/articles?offset=12345678901234567890",
    "/api/articles/12345678901234567890", "/articles/12345678901234567890",
    "/api/articles?source=%ff%fe", "/api/entities?q=%01%02", "/api/search?q=%ed%a0%80",
    "/api/articles?lang=a%0Bb", "/entities?q=" + "x" * 9000,
])
def test_hostile_parameters_are_4xx_never_500(client, url):
    r = client.get(url)
    assert 400 <= r.status_code < 500, (url, r.status_code, r.text[:200])


def _hostile_store(path: str) -> None:
    """An event whose outlets are names that read as bad URLs and whose entity names and source
    hold characters XML forbids (NUL, other controls, U+FFFE)."""
    from newsweave.model import DateInfo
    from newsweave.store import SQLiteRepository
    from newsweave.store.base import EventRecord, StoryRecord
    repo = SQLiteRepository(path)
    repo.put_story(StoryRecord("s1", "Harbour works"))
    repo.put_event(EventRecord("e1", story="s1", title="Pier closed", size=3))
    for i, src in enumerate(["Reuters [wire]", "[::1", "Outlet\x00\x01 Daily"]):
        text = (f"Harbour chief Lena Varga closed the Vellmar pier on Monday, outlet {i} reported. "
                f"About {100 * (i + 1)} dockers stopped work.")
        a = Article(id=f"w{i}", text=text, title="Pier closed", lang="en", source=src,
                    date=DateInfo("2025-03-04"))
        a.entities = [Mention(14, 24, "Lena Varga", "PER", entity="P1", name="Lena\x00 Varga\x0b"),
                      Mention(36, 43, "Vellmar", "LOC", name="Vell\ufffemar\x1f")]
        a.event, a.story = "e1", "s1"
        repo.add_article(a)
        repo.save_layers(a, "test", "1", ["entities", "event"])
    repo.close()


def test_an_event_from_sources_that_are_no_urls_keeps_its_report_and_valid_exports(tmp_path):
    """``Reuters [wire]`` once broke ``newsweave report`` (a bad IPv6 host) and dropped the event's
    report from the web UI; a NUL in a stored name made the GraphML exports invalid XML."""
    db = str(tmp_path / "w.db")
    _hostile_store(db)
    yaml_path = tmp_path / "sources.yaml"
    yaml_path.write_text("outlets:\n  Wire One: {country: US, domains: [wire.example]}\n", encoding="utf-8")
    with TestClient(create_app(db, report_budget=0, sources_yaml=str(yaml_path))) as c:
        r = c.get("/api/reports/e1?format=json")
        assert r.status_code == 200, r.text[:300]
        assert r.json()["stats"]["articles"] == 3
        page = c.get("/events/e1/report")
        assert page.status_code == 200 and "report" in page.text.lower()
        for fmt in ("graphml", "citations"):
            x = c.get(f"/api/exports/e1?format={fmt}")
            assert x.status_code == 200
            xml.dom.minidom.parseString(x.content)
    from typer.testing import CliRunner
    from newsweave.cli import app as cli_app
    res = CliRunner().invoke(cli_app, ["report", "e1", "--db", db, "--sources", str(yaml_path)])
    assert res.exit_code == 0, res.output[-500:]
