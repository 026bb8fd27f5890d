"""aliases.yaml: an analyst's merges and splits, honoured by resolution and so by every reader."""
from __future__ import annotations

import json

import pytest

from newsweave.defaults import StoreEntityResolver
from newsweave.link.entities import EntityResolver, entity_page
from newsweave.link.entity_aliases import Aliases, AliasesError, aliases_path, load_aliases
from newsweave.store import SQLiteRepository
from test_resolution import doc, ent


def batch():
    return [doc("a1", "en", "Harald Quist met Ovidiu Marsh in Tallinn.",
                [("Harald Quist", "PER"), ("Ovidiu Marsh", "PER"), ("Tallinn", "LOC")]),
            doc("a2", "en", "Zentrum Nord opened; Zentrum Nordt closed.",
                [("Zentrum Nord", "ORG"), ("Zentrum Nordt", "ORG")])]


def test_without_aliases_the_near_names_merge_and_the_people_stay_apart():
    arts = batch()
    EntityResolver(aliases=Aliases()).resolve(arts)
    assert ent(arts[1], "Zentrum Nord") == ent(arts[1], "Zentrum Nordt")
    assert ent(arts[0], "Harald Quist") != ent(arts[0], "Ovidiu Marsh")


def test_aliases_file_beside_the_database_merges_and_splits(tmp_path, monkeypatch):
    monkeypatch.delenv("NEWSWEAVE_ALIASES", raising=False)
    (tmp_path / "aliases.yaml").write_text(
        "merge:\n  - [Ovidiu Marsh, harald quist]\nsplit:\n  - [Zentrum Nord, Zentrum Nordt]\n",
        encoding="utf-8")
    repo = SQLiteRepository(tmp_path / "news.db")
    assert aliases_path(repo) == tmp_path / "aliases.yaml"
    arts = batch()
    for a in arts:
        repo.add_article(a)
    StoreEntityResolver(repo).resolve(arts)  # the pipeline's default resolver
    for a in arts:
        repo.save_layers(a, "entities", "1", ["entities"])
    merged = ent(arts[0], "Harald Quist")
    assert merged == ent(arts[0], "Ovidiu Marsh")
    assert ent(arts[1], "Zentrum Nord") != ent(arts[1], "Zentrum Nordt")
    # what readers (CLI, API, web, exports) get from the store: one entity under the first name
    page = entity_page(repo, "Harald Quist")
    assert page["id"] == merged and page["name"] == "Ovidiu Marsh"
    assert entity_page(repo, "Zentrum Nordt")["id"] != entity_page(repo, "Zentrum Nord")["id"]


def test_environment_path_wins_and_malformed_files_are_refused(tmp_path, monkeypatch):
    bad = tmp_path / "bad.yaml"
    bad.write_text("merge: [just one name]\n", encoding="utf-8")
    monkeypatch.setenv("NEWSWEAVE_ALIASES", str(bad))
    assert aliases_path(SQLiteRepository(tmp_path / "x.db")) == bad
    with pytest.raises(AliasesError):
        load_aliases(bad)
    assert not load_aliases(tmp_path / "absent.yaml")


def test_split_guard_blocks_a_within_article_surname_attachment():
    arts = [doc("b1", "en", "Lena Varga spoke, and Varga left.", [("Lena Varga", "PER"), ("Varga", "PER")])]
    EntityResolver(aliases=Aliases()).resolve(arts)
    assert ent(arts[0], "Varga") == ent(arts[0], "Lena Varga")
    arts = [doc("b1", "en", "Lena Varga spoke, and Varga left.", [("Lena Varga", "PER"), ("Varga", "PER")])]
    EntityResolver(aliases=Aliases(split=[["Lena Varga", "Varga"]])).resolve(arts)
    assert ent(arts[0], "Varga") != ent(arts[0], "Lena Varga")


def test_cli_analyze_honours_an_aliases_file(tmp_path, monkeypatch):
    from typer.testing import CliRunner

    from newsweave.cli import app
    monkeypatch.delenv("NEWSWEAVE_ALIASES", raising=False)
    (tmp_path / "a.txt").write_text("Harald Quist met Ovidiu Marsh in Tallinn on Monday.\n", encoding="utf-8")
    al = tmp_path / "mine.yaml"
    al.write_text("merge:\n  - [Ovidiu Marsh, Harald Quist]\n", encoding="utf-8")

    def ids(extra):
        res = CliRunner().invoke(app, ["analyze", str(tmp_path / "a.txt"), "--stages",
                                       "clean,entities,resolve", *extra])
        assert res.exit_code == 0, res.output
        rec = [json.loads(x) for x in res.stdout.splitlines() if x.startswith("{")][0]
        return {e["text"]: e["entity"] for e in rec["entities"]}

    plain = ids([])
    assert plain["Harald Quist"] != plain["Ovidiu Marsh"]
    merged = ids(["--aliases", str(al)])
    assert merged["Harald Quist"] == merged["Ovidiu Marsh"]
    monkeypatch.delenv("NEWSWEAVE_ALIASES")  # the CLI option set it for the resolver
