"""One conflict count everywhere: the home page, the story and event pages, the API, the CLI
and the report itself show the figure ``compare.report.conflict_count`` computes (confident
tier; disputed and uncertain apart)."""
from __future__ import annotations

import json
import re

from typer.testing import CliRunner

from newsweave.cli import app
from newsweave.compare.report import (MAX_CONFLICTS_JSON, Report, conflict_count, render_html,
                                      render_json, render_markdown)
from newsweave.compare.slots import Side, SlotConflict, SlotFact

HTML = {"accept": "text/html"}


def _conflict(i: int, tier: str = "confident", by: str | None = None) -> SlotConflict:
    def side(value: str, art: str) -> Side:
        return Side(value, [SlotFact(slot="how_many", subject=f"killed{i}", value=value, key=value,
                                     article=art, source=f"Outlet {art}", start=0, end=len(value),
                                     text=value, context=f"{value} died, said Outlet {art}.")])
    return SlotConflict("how_many", f"killed{i}", "number", [side("12", "a"), side("31", "b")],
                        0.9 if tier == "confident" else 0.5, tier=tier, disputed_by=by)


def test_the_count_is_the_confident_tier_uncapped_in_every_rendering():
    n = MAX_CONFLICTS_JSON + 5
    rep = Report(target={"id": "e1", "kind": "event", "title": "Flood"},
                 conflicts=[_conflict(i) for i in range(n)]
                 + [_conflict(900, "disputed", by="the ministry"), _conflict(901, "uncertain")])
    assert conflict_count(rep) == n
    assert conflict_count(rep, "disputed") == conflict_count(rep, "uncertain") == 1
    js = render_json(rep)
    assert js["n_conflicts"] == n and len(js["conflicts"]) == MAX_CONFLICTS_JSON  # the list is cut, not the count
    assert js["n_disputed"] == 1 and js["disputed"][0]["disputed_by"] == "the ministry"
    assert f"{n} conflict(s)" in render_markdown(rep)
    page = render_html(rep)
    assert "Disputed (1)" in page and "Uncertain (1)" in page and "disputed by the ministry" in page


def _home_count(page: str, event: str) -> int:
    m = re.search(rf'href="/events/{event}#conflicts">(\d+) conflicts?</a>', page)
    if m:
        return int(m.group(1))
    assert re.search(r'<span class="badge ok">0</span>', page)
    return 0


def test_home_event_page_api_and_cli_report_agree(web_client, web_db):
    db, _ = web_db
    ev = "ev-walkout"
    event_page = web_client.get(f"/events/{ev}", headers=HTML).text  # builds the report
    on_event = int(re.search(r'<a href="#conflicts"><b>(\d+)</b> conflicts?</a>', event_page).group(1))
    heading = int(re.search(r'<h2>Conflicts \((\d+)\)</h2>', event_page).group(1))
    home = web_client.get("/", headers=HTML).text
    on_home = _home_count(home, ev)
    api_rows = {r["id"]: r for r in web_client.get("/api/events").json()["items"]}
    api_report = web_client.get(f"/api/reports/{ev}?format=json").json()
    api_event = web_client.get(f"/api/events/{ev}").json()["report"]
    res = CliRunner().invoke(app, ["report", ev, "--db", db, "--format", "json"])
    assert res.exit_code == 0, res.output
    cli = json.loads(res.stdout)
    md = CliRunner().invoke(app, ["report", ev, "--db", db])
    on_md = int(re.search(r"(\d+) conflict\(s\)", md.stdout).group(1))
    figures = {"event page": on_event, "event heading": heading, "home": on_home,
               "api events": api_rows[ev]["n_conflicts"], "api report": api_report["n_conflicts"],
               "api event": api_event["n_conflicts"], "cli json": cli["n_conflicts"], "cli md": on_md}
    assert len(set(figures.values())) == 1, figures
    assert on_event >= 1  # the fixture's walkout event has a conflict: the figures are not all 0
    assert len(cli["conflicts"]) == on_event  # the confident tier, listed in full


def test_conflict_values_read_as_written_on_the_page():
    """A quantity is stored as a number in the JSON; the page shows 1200, not 1200.0."""
    from newsweave.api.presentation import conflict_views, shown_value
    assert shown_value(1200.0) == "1200" and shown_value(5.25) == "5.25" and shown_value("chair") == "chair"
    rep = {"conflicts": [{"kind": "number", "detail": {"values": [1000.0, 1200.0], "subject": "prisoners"},
                          "sides": [], "confidence": 0.9}]}
    (view,) = conflict_views(rep, {})
    assert view["values"] == ["1000", "1200"]
