"""Server-rendered pages: content, escaping of hostile data, highlighting, path traversal."""
from __future__ import annotations

import html
import http.client
import re
from html.parser import HTMLParser
from urllib.parse import urlsplit

import pytest

from markupsafe import escape

from newsweave.api.highlight import highlight, snippet_html
from newsweave.api.presentation import safe_url
from newsweave.model import Article, Mention, Quote, Timex
from webtest_corpus import XSS_BODY, XSS_TITLE

HTML = {"accept": "text/html"}


def get(client, path: str) -> str:
    r = client.get(path, headers=HTML)
    assert r.status_code == 200, (path, r.status_code)
    assert r.headers["content-type"].startswith("text/html")
    return r.text


def test_home_explains_story_events_and_conflicts(web_client):
    get(web_client, "/events/ev-walkout")  # builds the comparison report the home page then shows
    page = get(web_client, "/")
    assert "3 stories found in 7 stored articles from" in page
    dock = page[page.index("Northport dock strike"):page.index("Vellin glacier lake")]
    # both events of the story, in date order, with date, #articles, #sources, conflicts link
    assert dock.index("Dockworkers walk out at Northport") < dock.index("Northport strike ends with a deal")
    row = dock[dock.index('<td class="nowrap">2025-03-03'):dock.index('<td class="nowrap">2025-03-10')]
    assert re.search(r'class="num">3</td>\s*<td class="num">3</td>', row)
    assert 'href="/events/ev-walkout#conflicts">1 conflict</a>' in row
    # coverage sparkline: one bar per day with articles, with an accessible label
    assert '<svg class="spark"' in dock and "2025-03-04: 2 articles" in dock


def test_story_page_timeline(web_client, web_db):
    _, ids = web_db
    page = get(web_client, "/stories/st-dock")
    assert page.count('<svg class="timeline"') == 3  # axis + one row per event
    assert f'<a href="/articles/{ids["dock-3"]}"><circle' in page
    assert "2025-03-04 · vestnik.example" in page
    assert page.index('href="/events/ev-walkout"') < page.index('href="/events/ev-deal"')


def test_event_page_sections(web_client):
    page = get(web_client, "/events/ev-walkout")
    assert 'id="conflicts"' in page and 'id="quotes"' in page and 'id="outlets"' in page
    assert "We will stay out until the night rota is fair." in page
    # the conflict, with evidence from both sides, and the coverage matrix
    conflict = page[page.index('id="conflict-0"'):page.index('id="matrix"')]
    assert "<mark>900</mark> people left the cranes" in conflict and "<mark>600</mark>" in conflict
    assert "harbourtimes.example" in conflict and "Baltic Wire" in conflict
    matrix = page[page.index('id="matrix"'):page.index('id="framing"')]
    assert 'class="cell conflicting"' in matrix and 'class="cell unique"' in matrix
    assert 'href="/stories/st-dock"' in page
    for fmt in ("json", "md", "csv", "graphml"):
        assert f'href="/api/exports/ev-walkout?format={fmt}"' in page
    assert 'href="/entities/ent-okafor"' in page


def test_article_page_highlights_from_spans(web_client, web_db):
    _, ids = web_db
    page = get(web_client, f"/articles/{ids['dock-1']}")
    assert '<span class="hl-bp" title="">Menu | Subscribe | Cookie settings</span>' in page
    assert re.search(r'<span class="hl-ent ent-per"[^>]*><a href="/entities/ent-okafor">Mara Okafor</a></span>', page)
    assert re.search(r'<span class="hl-timex" title="DATE · 2025-03-03">3 March</span>', page)
    assert 'class="hl-quote' in page
    assert 'href="https://harbourtimes.example/news/walkout" rel="noopener noreferrer nofollow"' in page
    assert "tests.hand" in page  # provenance
    ru = get(web_client, f"/articles/{ids['dock-3']}")
    assert '<article class="text" id="article-text" lang="ru" dir="ltr">' in ru
    assert "\u041c\u0430\u0440\u0430 \u041e\u043a\u0430\u0444\u043e\u0440" in ru


def test_entity_and_search_pages(web_client):
    page = get(web_client, "/entities/ent-okafor")
    assert "union leader" in page and "\u041c\u0430\u0440\u0430 \u041e\u043a\u0430\u0444\u043e\u0440" in page
    s = get(web_client, "/search?q=rota")
    assert "<mark>rota</mark>" in s and "Dockworkers walk out" in s


def test_html_errors(web_client):
    r = web_client.get("/events/nope", headers=HTML)
    assert r.status_code == 404 and "event not found" in r.text and r.headers["content-type"].startswith("text/html")


# ----------------------------------------------------------------------------- hostile data

class DomAudit(HTMLParser):
    """What a browser would build from the page: element names and attributes."""

    def __init__(self, page: str) -> None:
        super().__init__(convert_charrefs=True)
        self.problems: list[str] = []
        self.feed(page)

    def handle_starttag(self, tag, attrs):
        for name, value in attrs:
            v = (value or "").strip().lower()
            if name.startswith("on"):
                self.problems.append(f"<{tag} {name}=>")
            if name == "style":
                self.problems.append(f"<{tag} style=> (inline style)")
            if name in ("href", "src", "action", "xlink:href", "formaction") and (
                    v.startswith(("javascript:", "data:", "vbscript:")) or v.startswith(("http://", "https://", "//"))
                    and tag != "a"):
                self.problems.append(f"<{tag} {name}={value}>")
        if tag == "script" and dict(attrs).get("src") != "/static/app.js":
            self.problems.append("inline or foreign <script>")
        if tag in ("img", "iframe", "object", "embed", "frame", "base", "form") and not (
                tag == "form" and dict(attrs).get("action", "").startswith("/")):
            self.problems.append(f"<{tag}>")


def test_dom_audit_catches_injections():
    for bad in ['<img src=x onerror=alert(1)>', '<svg onload=alert(1)>', '<script>alert(1)</script>',
                '<a href=" JavaScript:alert(1)">x</a>', '<iframe src="x"></iframe>', '<p style="x">',
                '<script src="https://cdn.example/x.js"></script>']:
        assert DomAudit(bad).problems, bad
    assert DomAudit(str(escape(XSS_BODY))).problems == []


def _xss_pages(ids):
    return ["/", "/stories/st-xss", "/events/ev-xss", f"/articles/{ids['xss-1']}", "/entities",
            "/entities/ent-xss", "/search?q=alert", "/search?q=%3Cscript%3E", "/articles",
            "/search?q=" + "%3Cscript%3Ealert(1)%3C/script%3E"]


def test_hostile_strings_are_escaped_everywhere(web_client, web_db):
    _, ids = web_db
    for path in _xss_pages(ids):
        page = get(web_client, path)
        assert DomAudit(page).problems == [], path
    art = get(web_client, f"/articles/{ids['xss-1']}")
    assert str(escape(XSS_TITLE)) in art  # the title is shown, as text
    assert "&lt;script&gt;alert(4)&lt;/script&gt;" in art
    assert "&amp;lt;script&amp;gt;" in art  # already-escaped text shown literally, not decoded
    assert "%3Cscript%3Ealert(9)" in art and "\\u003cscript" in art
    assert "javascript:alert(3)" in art and 'href="javascript:' not in art  # shown, never a link


def test_pages_have_no_inline_script_handlers_or_styles(web_client, web_db):
    _, ids = web_db
    for path in ["/", "/stories/st-dock", "/events/ev-walkout", f"/articles/{ids['dock-1']}",
                 "/entities/ent-okafor", "/search?q=rota", "/docs", "/entities", "/articles", "/nope", "/ingest"]:
        page = web_client.get(path, headers=HTML).text
        assert DomAudit(page).problems == [], path
        assert not re.search(r"(src|href)=\"(https?:)?//", page.replace('href="https://harbourtimes', "")), path


@pytest.mark.parametrize("url,ok", [
    ("https://example.org/a?b=1", True), ("http://example.org", True), ("HTTPS://EXAMPLE.ORG", True),
    ("javascript:alert(1)", False), ("JavaScript:alert(1)", False), (" javascript:alert(1)", False),
    ("java\tscript:alert(1)", False), ("data:text/html,<script>", False), ("//evil.example/x", False),
    ("vbscript:x", False), ("http:/no-host", False), ("https://exa mple.org\n", False), ("", False), (None, False),
])
def test_safe_url(url, ok):
    assert (safe_url(url) is not None) is ok


def test_highlight_preserves_text_exactly_with_overlaps():
    text = "Ann <b>said</b> \u00ab\u00a0Tuesday & more\u00a0\u00bb in K\u00f6ln.\n"
    a = Article(id="h", text=text)
    a.boilerplate = [(0, 3)]
    a.entities = [Mention(0, 3, "Ann", "PER", entity="e/1"), Mention(text.index("K"), text.index("K") + 4, "Köln", "LOC"),
                  Mention(50, 90, "out of range", "MISC")]
    a.timexes = [Timex(text.index("Tuesday"), text.index("Tuesday") + 7, "Tuesday", "DATE", "2025-01-07")]
    a.quotes = [Quote(text.index("\u00ab"), text.index("\u00bb") + 1, "Ann", "said")]
    out = str(highlight(a))
    assert html.unescape(re.sub(r"<[^>]+>", "", out)) == text
    assert "<b>" not in out and "&lt;b&gt;said&lt;/b&gt;" in out
    assert 'href="/entities/e%2F1"' in out or 'href="/entities/e/1"' in out
    assert re.search(r'class="hl-quote hl-timex"[^>]*>Tuesday<', out)


def test_snippet_marks_only_match_delimiters():
    s = str(snippet_html("a \x01<b>x</b>\x02 c"))
    assert s == "a <mark>&lt;b&gt;x&lt;/b&gt;</mark> c"
    assert str(snippet_html("unbalanced \x01 <i>")) == "unbalanced  &lt;i&gt;"


# ----------------------------------------------------------------------------- path traversal (raw HTTP)

TRAVERSALS = ["/static/../../etc/passwd", "/static/..%2f..%2f..%2fetc%2fpasswd", "/static/%2e%2e/%2e%2e/etc/passwd",
              "/static/%2e%2e%2f%2e%2e%2fetc%2fpasswd", "/static/..%5c..%5cetc%5cpasswd", "/static/....//....//etc/passwd",
              "/static/%252e%252e/%252e%252e/etc/passwd", "/static//etc/passwd", "/static/%2Fetc%2Fpasswd",
              "/articles/..%2f..%2fetc%2fpasswd", "/api/articles/..%2f..%2fetc%2fpasswd", "/..%2f..%2fetc/passwd",
              "/static/..%c0%af..%c0%afetc/passwd", "/static/style.css/../../../../etc/passwd"]


@pytest.mark.parametrize("path", TRAVERSALS)
def test_path_traversal_is_404(web_server, path):
    u = urlsplit(web_server)
    conn = http.client.HTTPConnection(u.hostname, u.port, timeout=10)
    conn.request("GET", path)  # sent verbatim: no client-side normalisation
    r = conn.getresponse()
    body = r.read().decode("utf-8", "replace")
    conn.close()
    assert r.status == 404, (path, r.status)
    assert "root:" not in body
    assert r.getheader("content-security-policy")


# ----------------------------------------------------------------------------- page cache


def test_page_cache_serves_hits_and_never_stale_pages(tmp_path):
    from fastapi.testclient import TestClient

    from newsweave.api import create_app
    from newsweave.store import open_store
    from newsweave.store.base import StoryRecord
    from webtest_corpus import build_hand_db
    path = str(tmp_path / "cache.db")
    build_hand_db(open_store(path), with_xss=False)
    app = create_app(path, report_budget=0)
    c = TestClient(app)
    cache = app.state.pages
    assert "Vellin glacier lake" in get(c, "/stories/st-lake")
    hits = cache.hits
    assert "Vellin glacier lake" in get(c, "/stories/st-lake")
    assert cache.hits == hits + 1  # served from memory
    other = open_store(path)  # another connection (e.g. `newsweave analyze` running meanwhile)
    other.put_story(StoryRecord("st-lake", "Lake story, renamed elsewhere"))
    assert "Lake story, renamed elsewhere" in get(c, "/stories/st-lake")
    app.state.repo.put_story(StoryRecord("st-lake", "Lake story, renamed here"))  # this connection
    assert "Lake story, renamed here" in get(c, "/stories/st-lake")
    # protected or authenticated requests bypass the cache; error pages are never kept
    before = (cache.hits, cache.misses)
    c.get("/stories/st-lake", headers={**HTML, "Authorization": "Bearer x"})
    assert (cache.hits, cache.misses) == before
    assert c.get("/stories/nope", headers=HTML).status_code == 404
    assert c.get("/stories/nope", headers=HTML).status_code == 404
    assert all(k[0] != "/stories/nope" for k in cache._data)
