"""The desk in real headless Chromium (Debian's, driven by Playwright): click-through and XSS.

Screenshots go to test-artifacts/screenshots/ (CI artifacts, gitignored).
"""
from __future__ import annotations

import json
import urllib.request

import pytest
from playwright.sync_api import expect

from conftest import SCREENSHOTS, WEB_TOKEN, web_start_server
from webtest_corpus import XSS_BODY, XSS_SOURCE, XSS_TITLE, XSS_URL


INJECTED_DOM = """() => {
  const bad = [];
  document.querySelectorAll('img, iframe, object, embed, base').forEach(e => bad.push(e.outerHTML.slice(0, 80)));
  document.querySelectorAll('script').forEach(s => { if (s.getAttribute('src') !== '/static/app.js') bad.push('script'); });
  document.querySelectorAll('*').forEach(e => {
    for (const a of e.attributes) {
      const v = (a.value || '').trim().toLowerCase();
      if (a.name.startsWith('on')) bad.push(e.tagName + ' ' + a.name);
      if ((a.name === 'href' || a.name === 'src') && v.startsWith('javascript:')) bad.push(e.tagName + ' js-url');
    }
  });
  return bad.concat(window.__pwned ? ['pwned'] : []);
}"""


class Watch:
    """Collects dialogs (any alert() means an injection ran) and console errors (CSP reports)."""

    def __init__(self, page) -> None:
        self.dialogs: list[str] = []
        self.errors: list[str] = []
        page.on("dialog", self._dialog)
        page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)
        page.on("pageerror", lambda e: self.errors.append(str(e)))

    def _dialog(self, d) -> None:
        self.dialogs.append(d.message)
        d.dismiss()


@pytest.fixture()
def page(web_browser):
    p = web_browser.new_page()
    yield p
    p.close()


def shot(page, name: str) -> None:
    page.screenshot(path=str(SCREENSHOTS / f"{name}.png"), full_page=True)


def test_click_through_story_event_article(page, web_server):
    w = Watch(page)
    page.goto(web_server + "/")
    assert "stories found in" in page.locator("p.explain").inner_text()
    story = page.locator("section.story", has_text="Northport dock strike")
    assert story.locator("table.events tbody tr").count() == 2
    assert story.locator("svg.spark rect").count() >= 4
    assert story.get_by_role("link", name="1 conflict").is_visible()
    shot(page, "01-home")

    story.get_by_role("link", name="Northport dock strike").click()
    page.wait_for_url("**/stories/st-dock")
    assert page.locator("h1").inner_text() == "Northport dock strike"
    assert page.locator("svg.timeline circle").count() == 5
    shot(page, "02-story")

    page.locator("td.tl-label").get_by_role("link", name="Dockworkers walk out at Northport").click()
    page.wait_for_url("**/events/ev-walkout")
    assert page.locator("#quotes").get_by_text("We will stay out until the night rota is fair.").is_visible()
    assert page.locator("#outlets tbody tr").count() == 3
    shot(page, "03-event")

    page.locator("#articles").get_by_role("link", name="Dockworkers walk out at Northport over night shifts").click()
    page.wait_for_url("**/articles/*")
    ent = page.locator("#article-text .hl-ent", has_text="Mara Okafor").first
    assert ent.is_visible()
    bp = page.locator("#article-text .hl-bp").first
    assert bp.is_visible() and bp.evaluate("e => getComputedStyle(e).color") == "rgb(140, 149, 159)"
    shot(page, "04-article")
    page.get_by_label("hide boilerplate").check()  # local JS works under the CSP
    assert bp.is_hidden()

    ent.get_by_role("link").click()
    page.wait_for_url("**/entities/ent-okafor")
    assert page.get_by_text("union leader").first.is_visible()
    shot(page, "05-entity")
    assert w.dialogs == [] and w.errors == []


def test_search_page_in_browser(page, web_server):
    w = Watch(page)
    page.goto(web_server + "/")
    page.get_by_label("Search articles").fill("rota")
    page.keyboard.press("Enter")
    page.wait_for_url("**/search?q=rota*")
    assert page.locator("ol.hits li").count() == 2
    assert page.locator("ol.hits mark").first.inner_text().lower() == "rota"
    shot(page, "06-search")
    assert w.dialogs == [] and w.errors == []


def _assert_clean(page, w: Watch, where: str) -> None:
    page.wait_for_load_state("load")
    page.wait_for_timeout(150)  # give onload/onerror payloads a chance to fire
    assert page.evaluate(INJECTED_DOM) == [], where
    assert w.dialogs == [], where


def test_hand_made_hostile_records_stay_text(page, web_server, web_db):
    _, ids = web_db
    w = Watch(page)
    for path in ["/", "/stories/st-xss", "/events/ev-xss", f"/articles/{ids['xss-1']}", "/entities/ent-xss",
                 "/search?q=alert", "/entities"]:
        page.goto(web_server + path)
        _assert_clean(page, w, path)
    page.goto(web_server + f"/articles/{ids['xss-1']}")
    assert page.locator("h1").inner_text() == XSS_TITLE
    assert "<script>alert(4)</script>" in page.locator("#article-text").inner_text()
    assert page.get_by_text(XSS_URL).is_visible()
    assert page.locator(f'a[href="{XSS_URL}"]').count() == 0
    shot(page, "07-xss-article")


# ----------------------------------------------------------------------------- XSS through the ingest API

XSS_ARTICLES = [
    {"id": "x1", "title": XSS_TITLE, "source": XSS_SOURCE, "url": XSS_URL, "date": "2025-06-02", "lang": "en",
     "text": "<script>window.__pwned=1;alert('body')</script> The harbour council of Westmere met on Monday.\n\n"
             + XSS_BODY + "\n\nCouncillor Ida Brenner said: \u201c<img src=x onerror=alert('quote')>\u201d"},
    {"id": "x2", "title": "<svg onload=alert('svg')>Westmere council vote", "source": "<b onmouseover=alert(1)>wire</b>",
     "url": "javascript:alert(document.cookie)", "date": "2025-06-02", "lang": "en",
     "text": "The harbour council of Westmere met on Monday and voted on the budget. "
             "&lt;script&gt;alert('enc')&lt;/script&gt; %3Cscript%3Ealert('pct')%3C/script%3E "
             "\\u003cscript\\u003ealert('u')\\u003c/script\\u003e <a href=\"javascript:alert('a')\">x</a>"},
    {"id": "x3", "title": "\"><script>alert('attr')</script>", "source": "data:text/html,<script>alert(1)</script>",
     "url": "https://ok.example/x3?<script>", "date": "2025-06-03", "lang": "en",
     "text": "The Westmere harbour council approved the budget on Tuesday, councillor Ida Brenner said. "
             "<body onload=alert('body')><math><mtext><img src=x onerror=alert('math')></mtext></math>"},
]


@pytest.fixture(scope="module")
def xss_server(tmp_path_factory):
    """A fresh store served on loopback; the hostile articles go in through POST /api/ingest."""
    from newsweave.api import create_app
    path = str(tmp_path_factory.mktemp("xssdb") / "xss.db")
    url, server, th = web_start_server(create_app(path, token=WEB_TOKEN))
    req = urllib.request.Request(url + "/api/ingest", data=json.dumps({"articles": XSS_ARTICLES}).encode(),
                                 headers={"content-type": "application/json",
                                          "authorization": f"Bearer {WEB_TOKEN}"}, method="POST")
    with urllib.request.urlopen(req, timeout=300) as r:
        result = json.loads(r.read())
    assert r.status == 201 and result["created"] == 3
    assert result["analysed"] is True  # the real pipeline ran on the hostile articles
    assert all(a["event"] and a["story"] for a in result["articles"])
    yield url, result
    server.should_exit = True
    th.join(10)


def test_ingested_xss_corpus_never_executes(page, xss_server):
    url, result = xss_server
    w = Watch(page)
    paths = ["/", "/articles", "/entities", "/search?q=Westmere", "/search?q=%3Cscript%3E",
             "/search?q=Westmere&mode=semantic"]
    paths += [f"/articles/{a['id']}" for a in result["articles"]]
    paths += sorted({f"/events/{a['event']}" for a in result["articles"] if a["event"]})
    paths += sorted({f"/stories/{a['story']}" for a in result["articles"] if a["story"]})
    for path in paths:
        resp = page.goto(url + path)
        assert resp.status == 200, path
        _assert_clean(page, w, path)
    # the hostile strings are displayed, as text
    page.goto(url + f"/articles/{result['articles'][0]['id']}")
    assert page.locator("h1").inner_text() == XSS_TITLE
    body = page.locator("#article-text").inner_text()
    assert "<script>window.__pwned=1;alert('body')</script>" in body
    assert page.get_by_text(XSS_URL).is_visible() and page.locator('a[href^="javascript"]').count() == 0
    page.goto(url + f"/articles/{result['articles'][2]['id']}")
    assert page.locator('a[href="https://ok.example/x3?<script>"], a[href="https://ok.example/x3?%3Cscript%3E"]').count() == 1
    page.goto(url + f"/events/{result['articles'][0]['event']}")
    assert page.get_by_text(XSS_TITLE).first.is_visible()
    shot(page, "08-xss-event")
    page.goto(url + "/search?q=Westmere")
    assert page.locator("ol.hits li").count() >= 2
    shot(page, "09-xss-search")
    assert w.dialogs == []


def test_ingest_page_uploads_with_token(page, xss_server, tmp_path):
    url, _ = xss_server
    w = Watch(page)
    f = tmp_path / "westmere-budget.txt"
    f.write_text("Westmere budget approved\n\nThe harbour council of Westmere approved its budget on Tuesday "
                 "after a long debate, councillor Ida Brenner said.\n", encoding="utf-8")
    page.goto(url + "/ingest")
    page.get_by_label("Write token").fill("wrong-token")
    page.get_by_label("Files").set_input_files(str(f))
    page.get_by_role("button", name="Upload and analyse").click()
    expect(page.locator("#ingest-status")).to_contain_text("Refused (403)", timeout=30_000)
    page.get_by_label("Write token").fill(WEB_TOKEN)
    page.get_by_role("button", name="Upload and analyse").click()
    expect(page.locator("#ingest-status")).to_contain_text("1 new article(s)", timeout=120_000)
    shot(page, "10-ingest")
    page.locator("#ingest-articles a").first.click()
    page.wait_for_url("**/articles/*")
    assert "approved its budget on Tuesday" in page.locator("#article-text").inner_text()
    # the only console error is the refused first upload (no CSP violation from the page's script)
    assert w.dialogs == [] and [e for e in w.errors if "status of 403" not in e] == []
