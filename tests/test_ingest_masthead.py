"""An article whose input names no outlet gets the outlet its own masthead, credit line or byline
names, matched against sources.yaml in any script (invented outlets and text)."""
from __future__ import annotations

from newsweave.compare.outlets import parse_outlets
from newsweave.ingest.masthead import find_outlet, fill_sources
from newsweave.model import Article
from newsweave.pipeline import outlet_registry
from newsweave.store import SQLiteRepository

REGISTRY = parse_outlets({"outlets": {
    "nordhavn-tidende.example": {"name": "Nordhavn Tidende", "lean": "centre"},
    "vecherniy-polden.example": {"name": "Вечерний Полдень", "aliases": ["Evening Noon"]},
    "dpa": {"name": "Deutsche Presse-Agentur"},
}})

BODY = ("The harbour board of Vellmark voted late on Tuesday to close the eastern quay for repairs, "
        "a decision that dockworkers said would cost them a month of wages.\n\n"
        "Board members argued for two hours before the vote, which passed by five to four.")


def test_a_masthead_in_capitals_and_another_script_names_the_outlet():
    text = "ВЕЧЕРНИЙ ПОЛДЕНЬ\nГлавная | Город | Порт\n\nПорт закрывают на ремонт\n\n" + BODY
    m = find_outlet(text, REGISTRY)
    assert m is not None and (m.key, m.kind) == ("vecherniy-polden.example", "masthead")
    romanised = "VECHERNII POLDEN — the city's evening paper\n\nQuay to close\n\n" + BODY
    assert find_outlet(romanised, REGISTRY).key == "vecherniy-polden.example"


def test_credit_lines_and_bylines_name_the_outlet():
    for credit in ("Source: Nordhavn Tidende", "© 2024 Nordhavn Tidende. All rights reserved.",
                   "By Jane Roe, Nordhavn Tidende"):
        header = f"Quay to close for a month\n\n{credit}\n\n{BODY}"
        trailer = f"Quay to close for a month\n\n{BODY}\n\n{credit}"
        for text in (header, trailer):
            m = find_outlet(text, REGISTRY, title="Quay to close for a month")
            assert m is not None and m.key == "nordhavn-tidende.example", (credit, text[:40])


def test_an_agency_credit_a_headline_or_the_body_never_makes_the_source():
    agency = "Quay to close for a month\n\nVon Jana Rohr (dpa)\n\n" + BODY
    assert find_outlet(agency, REGISTRY, agencies=["dpa"]) is None
    headline = "Quay to close\nWorkers protest\n\nNordhavn Tidende: the paper that broke the story\n\n" + BODY
    assert find_outlet(headline, REGISTRY, title="Nordhavn Tidende: the paper that broke the story") is None
    body = "Quay to close\nWorkers protest\n\n" + BODY + " Nordhavn Tidende reported it first.\n\nMore soon."
    assert find_outlet(body, REGISTRY) is None


def test_fill_sources_keeps_a_given_source_and_records_its_evidence():
    bare = Article(id="a1", text="Nordhavn Tidende\nNews | Port\n\nQuay to close\n\n" + BODY)
    given = Article(id="a2", text=bare.text, source="someone-else.example")
    assert fill_sources([bare, given], REGISTRY) == 1
    assert bare.source == "nordhavn-tidende.example"
    assert bare.meta["source_recovered"] == {"kind": "masthead", "line": "Nordhavn Tidende"}
    assert given.source == "someone-else.example"
    assert fill_sources([Article(id="a3", text=bare.text)], None) == 0


def test_the_pipeline_reads_the_sources_yaml_recorded_with_the_database(tmp_path, monkeypatch):
    monkeypatch.delenv("NEWSWEAVE_SOURCES", raising=False)
    yml = tmp_path / "sources.yaml"
    yml.write_text("outlets:\n  nordhavn-tidende.example:\n    name: Nordhavn Tidende\n", encoding="utf-8")
    repo = SQLiteRepository(str(tmp_path / "x.db"))
    try:
        assert outlet_registry(repo) is None
        repo.set_state("sources_yaml", str(yml))
        assert outlet_registry(repo).lookup("NORDHAVN TIDENDE").key == "nordhavn-tidende.example"
        repo.set_state("sources_yaml", str(tmp_path / "missing.yaml"))
        assert outlet_registry(repo) is None  # logged, and sources stay as given
    finally:
        repo.close()


def test_ingest_with_sources_records_them_and_fills_the_source_from_the_masthead(tmp_path, monkeypatch):
    from typer.testing import CliRunner

    from newsweave.cli import app
    monkeypatch.delenv("NEWSWEAVE_SOURCES", raising=False)
    yml = tmp_path / "sources.yaml"
    yml.write_text("outlets:\n  vecherniy-polden.example:\n    name: Вечерний Полдень\n", encoding="utf-8")
    (tmp_path / "a.txt").write_text("ВЕЧЕРНИЙ ПОЛДЕНЬ\nГлавная | Город\n\nПорт закрывают на ремонт\n\n" + BODY,
                                    encoding="utf-8")
    db = str(tmp_path / "x.db")
    res = CliRunner().invoke(app, ["ingest", str(tmp_path / "a.txt"), "--db", db, "--stages", "clean,dedup",
                                   "--sources", str(yml)])
    assert res.exit_code == 0, res.output
    repo = SQLiteRepository(db)
    try:
        assert repo.get_state("sources_yaml") == str(yml.resolve())
        [stored] = list(repo.iter_articles(with_layers=False))
        assert stored.source == "vecherniy-polden.example"
    finally:
        repo.close()
