"""HTML pages: main text by trafilatura, with a safe fallback (scripts and styles dropped, blocks on
their own lines) when trafilatura finds nothing or fails; page metadata (title, date, author, site)."""
from __future__ import annotations

import html as html_lib
import json
import re
from typing import Any

import lxml.html
from lxml import etree

from ..model import Article, DateInfo
from .captions import caption_key
from .decode import declared_charset, decode
from .errors import IngestError
from .fields import apply_textmeta, check_text, fix_newlines, norm_date, norm_lang
from .limits import accept_text
from .markup import Deadline, check_markup
from .sniff import stem_of
from .textmeta import recover_metadata
from .urls import url_domain

_BLOCK_TAGS = {"p", "div", "br", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "tr", "table",
               "article", "section", "header", "footer", "blockquote", "pre", "dd", "dt", "figcaption",
               "title", "main", "aside", "nav", "hr"}
_DROP_TAGS = {"script", "style", "noscript", "template", "iframe", "object", "embed", "svg", "head",
              "form", "button", "select", "textarea", "canvas"}


def html_to_text(html: str, deadline: Deadline | None = None) -> str:
    """Safe text of an HTML fragment or page: scripts/styles dropped, block elements on new lines."""
    deadline = deadline or Deadline()
    try:
        root = lxml.html.fromstring(html)
    except (etree.ParserError, ValueError):
        return ""
    parts: list[str] = []

    seen = [0]

    def walk(el: Any) -> None:
        seen[0] += 1
        if seen[0] % 2000 == 0:
            deadline.check()
        tag = el.tag if isinstance(el.tag, str) else ""
        tag = tag.lower().split("}")[-1]
        if tag in _DROP_TAGS or not isinstance(el.tag, str):
            if el.tail:
                parts.append(el.tail)
            return
        block = tag in _BLOCK_TAGS
        if block:
            parts.append("\n")
        if el.text:
            parts.append(el.text)
        for ch in el:
            walk(ch)
        if block:
            parts.append("\n")
        if el.tail:
            parts.append(el.tail)

    walk(root)
    text = "".join(parts)
    text = re.sub(r"[ \t\r\f\v\xa0]+", " ", text)
    return "\n\n".join(ln for ln in (raw.strip() for raw in text.split("\n")) if ln)


def _meaningful(text: str) -> bool:
    n = 0
    for ch in text:
        if ch.isalpha():
            n += 1
            if n >= 20:
                return True
    return False


def _trafilatura(html: str) -> tuple[dict[str, Any], str | None]:
    """trafilatura's JSON document for a page and, when it failed, why."""
    # imported on first use: trafilatura takes about a second to import, and only HTML needs it
    import trafilatura

    try:
        res = trafilatura.extract(html, output_format="json", with_metadata=True, include_comments=False,
                                  include_tables=False, deduplicate=False,
                                  date_extraction_params={"extensive_search": False, "original_date": True})
    except Exception as exc:  # odd markup breaks it in many ways: recorded, and the fallback reads the page
        return {}, f"{type(exc).__name__}: {exc}"
    return (json.loads(res) if res else {}), None


def read_html(data: bytes, name: str, origin: str) -> Article:
    deadline = Deadline()
    html, enc = decode(data, declared=declared_charset(data))
    check_text(html)
    check_markup(html)
    doc, failure = _trafilatura(html)
    deadline.check()
    text = fix_newlines(doc.get("text") or "").strip()
    extractor = "trafilatura"
    if not _meaningful(text):
        text = html_to_text(html, deadline).strip()
        extractor = "fallback"
    if not _meaningful(text):
        raise IngestError("no readable text in HTML (empty, truncated or only markup/scripts)")
    # trafilatura keeps paragraphs on single newlines; blank lines read better and match plain text
    if extractor == "trafilatura":
        text = re.sub(r"\n+", "\n\n", text)
    text, repaired = accept_text(text)  # before metadata recovery reads it
    a = Article(id=stem_of(name), text=text, raw=data, origin=origin, encoding=enc)
    if repaired:
        a.meta["repaired"] = repaired
    a.meta["format"] = "html"
    a.meta["extractor"] = extractor
    if failure:
        a.meta["extractor_error"] = failure  # kept with the article: why the fallback read it
    title = doc.get("title") or _html_title(html)
    if title:
        a.title = re.sub(r"\s+", " ", title).strip()
    dv = norm_date(doc.get("date"))
    if dv:
        a.date = DateInfo(dv, source="metadata", evidence="HTML metadata")
    if doc.get("author"):
        a.byline = str(doc["author"]).strip()
    site = doc.get("sitename") or doc.get("source-hostname") or doc.get("hostname")
    if doc.get("url") or doc.get("source"):
        a.url = doc.get("url") or doc.get("source")
    if a.url and not site:
        site = url_domain(a.url)
    if site:
        a.source = str(site).strip()
    hl = re.search(r"<html[^>]*\blang\s*=\s*[\"']?([A-Za-z_-]+)", html[:2000], re.I)
    if hl and norm_lang(hl.group(1)):
        a.meta["html_lang"] = norm_lang(hl.group(1))
    for key in ("categories", "tags", "description"):
        if doc.get(key):
            a.meta[key] = doc[key]
    # a picture whose alternative text is the headline (a common CMS default) leaves the title alone
    head = caption_key(a.title or "")
    pictures = [t for t in image_texts(html) if not head or (caption_key(t) not in head and head not in caption_key(t))]
    if pictures:
        a.meta["image_texts"] = pictures  # clean tells a line repeating one from the article
    apply_textmeta(a, recover_metadata(text))
    if a.title and "title_span" not in a.meta:
        # the extracted text often starts with the headline: remember where it is
        i = text.find(a.title)
        if 0 <= i < 400:
            a.meta["title_span"] = [i, i + len(a.title)]
    return a


_IMG_ALT = re.compile(r"<img\b[^>]{0,2000}?\balt\s*=\s*(?:\"([^\"<>]{1,400})\"|'([^'<>]{1,400})')", re.I)
_FIGCAPTION = re.compile(r"<figcaption\b[^>]{0,500}>(.{1,2000}?)</figcaption>", re.I | re.S)
MAX_IMAGE_TEXTS = 100


def image_texts(html: str) -> list[str]:
    """Alternative texts and figure captions of the page's pictures (of a few words: a one-word
    alt is a file name or "logo"), at most MAX_IMAGE_TEXTS, in page order."""
    found: dict[str, None] = {}
    for m in _IMG_ALT.finditer(html):
        found[html_lib.unescape(m.group(1) or m.group(2))] = None
        if len(found) >= MAX_IMAGE_TEXTS:
            break
    for m in _FIGCAPTION.finditer(html):
        if len(found) >= MAX_IMAGE_TEXTS:
            break
        found[html_lib.unescape(re.sub(r"<[^>]+>", " ", m.group(1)))] = None
    return [t for t in (" ".join(x.split()) for x in found) if len(t.split()) >= 3]


def _html_title(html: str) -> str | None:
    m = re.search(r"<title[^>]*>(.*?)</title>", html[:20000], re.I | re.S)
    if not m:
        return None
    t = html_lib.unescape(re.sub(r"<[^>]+>", " ", m.group(1))).strip()
    return t or None
