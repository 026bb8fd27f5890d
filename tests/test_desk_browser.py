"""The desk at 1,000 events in headless Chromium: home, a 300-event story and an event render,
with a readable story timeline; screenshots in test-artifacts/screenshots/desk-*.png."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

from conftest import SCREENSHOTS, reports_held, web_start_server

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
from desk_volume import LONG_STORY  # noqa: E402


@pytest.fixture(scope="module")
def desk_server(desk_volume_db):
    from newsweave.api import create_app
    from newsweave.api.app import SERVE_REPORT_WAIT_S
    db, ids = desk_volume_db
    app = create_app(db, report_wait_s=SERVE_REPORT_WAIT_S)
    app.state.reports.get(app.state.repo, ids["event"])  # as `serve` warms it
    url, server, th = web_start_server(app)
    yield url, ids, app
    server.should_exit = True
    th.join(10)


def test_desk_pages_at_1000_events_in_a_browser(web_browser, desk_server):
    url, ids, app = desk_server
    page = web_browser.new_page()
    try:
        page.goto(url + "/")
        assert page.locator("a[href^='/stories/']").count() >= 20
        page.screenshot(path=str(SCREENSHOTS / "desk-home-1000-events.png"), full_page=True)
        page.goto(f"{url}/stories/{LONG_STORY}")
        height = page.evaluate("document.body.scrollHeight")
        assert height < 12000, height  # one page of 40 events (300 on one page: ~37,000 px)
        assert page.locator("circle.outlier").count() == 1  # the stray 2015 article, marked
        ticks = page.eval_on_selector_all("svg.timeline text", "els => els.map(e => e.textContent)")
        assert ticks and all(t.startswith("2011") for t in ticks)
        page.screenshot(path=str(SCREENSHOTS / "desk-story-1000-events.png"), full_page=True)
        page.goto(f"{url}/events/{ids['event']}")
        assert page.locator("h1").count() >= 1
        page.screenshot(path=str(SCREENSHOTS / "desk-event-1000-events.png"), full_page=True)
        # an event whose report was never built: the page shows at once, the section follows
        # (the build is held back until the page is there, so that it cannot finish within the
        # page's short wait on a fast machine)
        reports = app.state.reports
        with reports_held(reports):
            page.goto(f"{url}/events/E-00013")
        assert page.locator("h1").count() >= 1
        page.wait_for_selector("#report-section h2:has-text('Conflicts (')", timeout=120_000)
        page.screenshot(path=str(SCREENSHOTS / "desk-event-cold-1000-events.png"), full_page=True)
        r = page.goto(url + "/events/no-such-event")
        assert r.status == 404 and "html" in (r.headers.get("content-type") or "")
    finally:
        page.close()
