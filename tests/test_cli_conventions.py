"""CLI conventions (issue 15, point 4): --version, read commands never create a database, dates and
limits validated, an empty search refused, flags without ``<bool>`` in help, documented exit codes,
the ``~`` of inferred dates explained, report headers counting outlets over all articles.

The database is written by hand (tests/webtest_corpus.py, invented text), no NLP runs."""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from newsweave import __version__
from newsweave.cli import app
from newsweave.model import Article, DateInfo
from newsweave.store import StoreNotFound, open_store
from webtest_corpus import build_hand_db

runner = CliRunner()
README = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
READ_COMMANDS = {  # command → arguments besides --db
    "articles": [], "show": ["dock-1"], "events": [], "stories": [], "event": ["ev-walkout"],
    "entity": ["Okafor"], "timeline": ["st-dock"], "report": ["ev-walkout"], "search": ["strike"],
    "serve": [], "recluster": []}


@pytest.fixture(scope="module")
def hand_db(tmp_path_factory) -> str:
    path = str(tmp_path_factory.mktemp("conv") / "hand.db")
    repo = open_store(path)
    build_hand_db(repo, with_xss=False)
    text = "Harbour cranes idle\n\nThe cranes of Northport stood idle for a third day, crews said."
    a = Article(id="dock-undated", text=text, title="Harbour cranes idle", lang="en",
                source="harbourtimes.example",
                date=DateInfo("2025-03-05", "inferred", 0.7, "its event ev-walkout"), raw=text.encode())
    a.event, a.story = "ev-walkout", "st-dock"
    repo.add_article(a)
    repo.save_layers(a, "tests.hand", "1", ["event", "date"])
    repo.close()
    return path


def test_version():
    res = runner.invoke(app, ["--version"])
    assert res.exit_code == 0 and res.stdout.strip() == f"newsweave {__version__}"


@pytest.mark.parametrize("cmd", sorted(READ_COMMANDS))
def test_read_commands_never_create_a_database(cmd, tmp_path):
    target = tmp_path / "no" / "such" / "dir" / "x.db"
    res = runner.invoke(app, [cmd, *READ_COMMANDS[cmd], "--db", str(target)])
    assert res.exit_code == 5, (cmd, res.output)
    assert "no database at" in res.stderr
    assert not (tmp_path / "no").exists()  # no folder, no file


def test_read_command_default_db_is_not_created(tmp_path, monkeypatch):
    monkeypatch.delenv("NEWSWEAVE_DB", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    res = runner.invoke(app, ["articles"])
    assert res.exit_code == 5 and not (tmp_path / "xdg").exists()


def test_open_store_read_only_mode(tmp_path):
    with pytest.raises(StoreNotFound):
        open_store(tmp_path / "a" / "b.db", create=False)
    assert not (tmp_path / "a").exists()
    open_store(tmp_path / "c.db").close()  # writers still create
    open_store(tmp_path / "c.db", create=False).close()


@pytest.mark.parametrize("value", ["yesterday", "2025-13-01", "2025-02-30", "25-01-01", "2025-1-5",
                                   "2025-01-01T00:00", ""])
@pytest.mark.parametrize("flag", ["--from", "--to"])
def test_bad_dates_are_usage_errors(hand_db, flag, value):
    res = runner.invoke(app, ["articles", "--db", hand_db, flag, value])
    assert res.exit_code == 2, (flag, value, res.output)
    assert flag in res.output


@pytest.mark.parametrize("value", ["2025", "2025-03", "2025-03-04", "2024-02-29"])
def test_good_dates_are_accepted(hand_db, value):
    res = runner.invoke(app, ["articles", "--db", hand_db, "--from", value, "--json"])
    assert res.exit_code == 0, res.output


def test_date_range_filters(hand_db):
    res = runner.invoke(app, ["articles", "--db", hand_db, "--from", "2025-03-10", "--to", "2025-03", "--json"])
    assert {r["id"] for r in json.loads(res.stdout)} == {"dock-4", "dock-5"}


@pytest.mark.parametrize("args", [["articles", "--limit", "-5"], ["articles", "--offset", "-1"],
                                  ["search", "strike", "--limit", "-1"], ["search", "strike", "--limit", "0"],
                                  ["timeline", "st-dock", "--max-points", "-2"]])
def test_negative_limits_are_usage_errors(hand_db, args):
    res = runner.invoke(app, [*args, "--db", hand_db])
    assert res.exit_code == 2, (args, res.output)


def test_limit_and_offset_page_through(hand_db):
    pages = [json.loads(runner.invoke(app, ["articles", "--db", hand_db, "--limit", "2", "--offset", str(o),
                                            "--json"]).stdout) for o in (0, 2, 4)]
    ids = [r["id"] for p in pages for r in p]
    assert [len(p) for p in pages] == [2, 2, 2] and len(set(ids)) == 6


@pytest.mark.parametrize("query", ["", "   "])
def test_empty_search_is_a_usage_error(hand_db, query):
    res = runner.invoke(app, ["search", query, "--db", hand_db])
    assert res.exit_code == 2 and "search needs words" in res.stderr


def test_search_finds(hand_db):
    res = runner.invoke(app, ["search", "Northport", "--db", hand_db, "--json"])
    assert res.exit_code == 0 and json.loads(res.stdout)


def test_help_shows_no_bool_placeholder():
    commands = ["ingest", "analyze", "articles", "show", "demo", "events", "stories", "event", "entity",
                "report", "timeline", "search", "recluster", "serve"]
    for args in [["--help"]] + [[c, "--help"] for c in commands]:
        res = runner.invoke(app, args)
        assert res.exit_code == 0, args
        assert "<bool>" not in res.output, args
    assert "--version" in runner.invoke(app, ["--help"]).output


def test_exit_codes_documented_in_readme_and_help():
    line = " ".join(README.split("Exit codes:", 1)[1].split("\n\n", 1)[0].split())
    for code, words in ((0, "success"), (1, "internal error"), (2, "usage error"), (3, "rejected"),
                        (4, "nothing could be processed"), (5, "does not exist")):
        assert re.search(rf"\b{code} [^·]*{words}", line), (code, line)
    assert "database" in line.split("5 ", 1)[1]  # a read command's missing database is a 5
    help_text = " ".join(runner.invoke(app, ["--help"]).output.replace("│", " ").split())
    assert "Exit codes:" in help_text and "5 the requested item" in help_text


def test_missing_items_exit_5(hand_db):
    for args in (["show", "nope"], ["event", "ev-nope"], ["entity", "Nobody Atall"], ["report", "nope"],
                 ["timeline", "nope"]):
        res = runner.invoke(app, [*args, "--db", hand_db])
        assert res.exit_code == 5, (args, res.output)


def test_report_format_is_a_usage_error(hand_db):
    res = runner.invoke(app, ["report", "ev-walkout", "--db", hand_db, "--format", "pdf"])
    assert res.exit_code == 2


def test_inferred_mark_is_explained(hand_db):
    listed = runner.invoke(app, ["articles", "--db", hand_db])
    assert "2025-03-05~" in listed.stdout
    assert "~ after a date: inferred" in " ".join(listed.stdout.split())
    ev = runner.invoke(app, ["event", "ev-walkout", "--db", hand_db])
    assert "2025-03-05~" in ev.stdout and "inferred" in ev.stdout
    shown = runner.invoke(app, ["show", "dock-undated", "--db", hand_db])
    assert "2025-03-05~" in shown.stdout and "date inferred (confidence 0.70)" in shown.stdout
    # no legend where nothing is marked
    plain = runner.invoke(app, ["event", "ev-deal", "--db", hand_db])
    assert "~" not in plain.stdout
    # the help of the commands that print the mark tells what it means
    for cmd in ("articles", "show", "event"):
        assert "~" in runner.invoke(app, [cmd, "--help"]).output


def test_report_header_counts_outlets_over_all_articles(hand_db):
    """ev-walkout: 4 articles from 3 outlets (dock-1 and dock-undated share one); the story st-dock:
    6 articles from 4 outlets. Not "from 1 outlets"."""
    for target, n_art, n_out in (("ev-walkout", 4, 3), ("st-dock", 6, 4)):
        md = runner.invoke(app, ["report", target, "--db", hand_db])
        assert md.exit_code == 0, md.output
        assert f"{n_art} articles from {n_out} outlets" in md.stdout, md.stdout[:400]
        js = json.loads(runner.invoke(app, ["report", target, "--db", hand_db, "--format", "json"]).stdout)
        assert js["stats"]["articles"] == n_art and js["stats"]["outlets"] == n_out
        assert len({a["source"] for a in js["articles"]}) == n_out
