"""RSS 2.0, RSS 1.0 (RDF) and Atom feeds: one article per item. XML is parsed without resolving
entities, loading DTDs or touching the network: a hostile feed can neither expand nor read files."""
from __future__ import annotations

import hashlib
import re
from typing import Any, Callable

from lxml import etree

from ..model import Article, DateInfo
from .decode import declared_charset, decode
from .errors import IngestError
from .fields import check_text, norm_date
from .htmlpage import html_to_text
from .markup import Deadline, check_markup
from .sniff import stem_of
from .urls import url_domain

OnError = Callable[[str, str], None]

_ENTITY_REF = re.compile(r"&[\w.:-]+;")  # references to DTD entities, which are never expanded


def _safe_xml_root(data: bytes) -> Any:
    """Parse XML without resolving entities, loading DTDs or touching the network/filesystem."""
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, dtd_validation=False,
                             huge_tree=False, recover=True, remove_comments=True, remove_pis=True)
    try:
        root = etree.fromstring(data, parser=parser)
    except etree.XMLSyntaxError as exc:
        raise IngestError(f"invalid XML: {exc}") from None
    if root is None:
        raise IngestError("invalid XML: no root element (empty or truncated)")
    return root


def _local(tag: Any) -> str:
    return tag.split("}")[-1].lower() if isinstance(tag, str) else ""


def _child(el: Any, *names: str) -> Any:
    for ch in el:
        if _local(ch.tag) in names:
            return ch
    return None


def _text_of(el: Any) -> str:
    """Text of an element, entity references dropped (never expanded)."""
    if el is None:
        return ""
    if not isinstance(el.tag, str):
        return ""
    parts: list[str] = []

    def walk(node: Any) -> None:
        if isinstance(node.tag, str) and node.text:
            parts.append(node.text)
        for ch in node:
            walk(ch)
            if ch.tail:
                parts.append(ch.tail)

    walk(el)
    return _ENTITY_REF.sub("", "".join(parts))


def _inner_markup(el: Any) -> str:
    """Content of a description/content element: escaped HTML, CDATA or inline XHTML."""
    if el is None:
        return ""
    if len(el):
        return (el.text or "") + "".join(etree.tostring(c, encoding="unicode") for c in el
                                         if isinstance(c.tag, str))
    return el.text or ""


def _items(root: Any) -> tuple[str, str | None, list[Any]]:
    """(feed kind, feed title, item elements) of a feed's root element."""
    kind = _local(root.tag)
    if kind == "rss":
        channel = _child(root, "channel")
        if channel is None:
            raise IngestError("RSS without a <channel>")
        feed_title = _text_of(_child(channel, "title")).strip() or None
        items = [el for el in channel if _local(el.tag) == "item"]
        items += [el for el in root if _local(el.tag) == "item"]
    elif kind == "feed":
        feed_title = _text_of(_child(root, "title")).strip() or None
        items = [el for el in root if _local(el.tag) == "entry"]
    elif kind == "rdf":
        channel = _child(root, "channel")
        feed_title = _text_of(_child(channel, "title")).strip() if channel is not None else None
        items = [el for el in root if _local(el.tag) == "item"]
    else:
        raise IngestError(f"XML is not an RSS or Atom feed (root element <{_local(root.tag)}>)")
    if not items:
        raise IngestError("feed has no items")
    return kind, feed_title, items


def read_feed(data: bytes, name: str, origin: str, on_error: OnError) -> list[Article]:
    deadline = Deadline()
    text, enc = decode(data, declared=declared_charset(data))
    check_text(text)
    check_markup(text, xml=True)
    kind, feed_title, items = _items(_safe_xml_root(data))
    stem = stem_of(name)
    out: list[Article] = []
    for n, it in enumerate(items, 1):
        where = f"{origin}#{n}"
        title = re.sub(r"\s+", " ", _text_of(_child(it, "title"))).strip() or None
        link = None
        if kind == "feed":
            links = [ln for ln in it if _local(ln.tag) == "link"]
            alt = [ln for ln in links if (ln.get("rel") or "alternate") == "alternate"] or links
            link = alt[0].get("href") if alt else None
        else:
            link = _text_of(_child(it, "link")).strip() or None
        guid = _text_of(_child(it, "guid", "id")).strip() or None
        body_el = _child(it, "encoded") if kind != "feed" else _child(it, "content")
        if body_el is None or not _text_of(body_el).strip() and not len(body_el):
            body_el = _child(it, "description", "summary", "content")
        deadline.check()
        markup = _ENTITY_REF.sub("", _inner_markup(body_el))
        if "<" in markup:
            try:
                check_markup(markup)
            except IngestError as exc:
                on_error(where, str(exc))
                continue
        body = html_to_text(markup, deadline) if "<" in markup else re.sub(r"[ \t]+", " ", markup).strip()
        body = body.strip()
        if not body and title:
            body = title
        if not body:
            on_error(where, "feed item has neither text nor title")
            continue
        key = guid or link or title or body[:200]
        ident = f"{stem}-{hashlib.sha1(key.encode('utf-8', 'surrogatepass')).hexdigest()[:12]}"
        a = Article(id=ident, text=body, raw=etree.tostring(it, encoding="utf-8"), origin=where, encoding=enc,
                    title=title, url=link)
        raw_date = _text_of(_child(it, "pubdate", "published", "updated", "date", "issued", "modified")).strip()
        dv = norm_date(raw_date)
        if dv:
            a.date = DateInfo(dv, source="metadata", evidence=raw_date[:100])
        author = _child(it, "author", "creator")
        if author is not None:
            nm = _child(author, "name")
            a.byline = (_text_of(nm) if nm is not None else _text_of(author)).strip() or None
        a.source = (url_domain(link) if link else None) or feed_title
        a.meta.update({"format": kind if kind != "feed" else "atom", "guid": guid, "feed_title": feed_title})
        out.append(a)
    return out
