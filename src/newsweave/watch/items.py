"""Items of one poll: feed bytes and folder files into articles (through :mod:`newsweave.ingest`),
and the article page fetched and extracted (trafilatura) when a feed item carries only a summary."""
from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path

from lxml import etree

from ..ingest import iter_files, read_bytes, read_paths
from ..model import Article
from .config import FeedConfig
from .fetch import ACCEPT_PAGE, Fetcher

FEED_FORMATS = ("rss", "atom", "rdf")
_SAFE_XML = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False,
                            recover=True)


@dataclass
class Item:
    """One new item: the key it is remembered by, and its article."""

    key: str
    article: Article


@dataclass
class Parsed:
    items: list[Item] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)  # single items that could not be read
    skipped: list[str] = field(default_factory=list)  # keys of inputs with nothing to store
    error: str | None = None  # the whole input could not be read


def _tag(a: Article, feed: FeedConfig) -> Article:
    """The feed's outlet name, language hint and traits on an article."""
    if feed.source:
        a.source = feed.source
    a.meta["feed"] = feed.id
    if feed.lang:
        a.meta["feed_lang"] = feed.lang
    if feed.traits:
        a.meta["outlet_traits"] = dict(feed.traits)
    return a


def parse_feed(data: bytes, feed: FeedConfig, origin: str) -> Parsed:
    """Items of a fetched RSS/Atom document (ingest's feed reader: no entities, no DTDs)."""
    out = Parsed()
    whole: list[str] = []
    name = f"{feed.id}.xml"

    def on_error(where: str, reason: str) -> None:
        (whole if where == name else out.problems).append(reason if where == name else f"{where}: {reason}")

    arts = read_bytes(data, name, on_error, max_bytes=max(len(data), 1))
    if whole and not arts:
        out.error = whole[0]
        return out
    for a in arts:
        if a.meta.get("format") not in FEED_FORMATS:
            out.error = f"not an RSS or Atom feed (read as {a.meta.get('format')})"
            return out
        a.origin = origin + a.origin[len(name):] if a.origin.startswith(name) else origin
        out.items.append(Item(key=a.id, article=_tag(a, feed)))
    return out


def folder_items(feed: FeedConfig, is_seen, limit: int) -> Parsed:
    """New files of a folder feed (a file is new when its path, size or mtime is): the articles
    of at most ``limit`` of them, in sorted order. A vanished folder is an error."""
    out = Parsed()
    root = Path(feed.folder or "")
    if not root.is_dir():
        out.error = f"no such folder: {root}"
        return out
    taken = 0
    for path in iter_files(root):
        try:
            st = path.stat()
        except OSError as exc:
            out.problems.append(f"{path}: {exc.strerror or exc}")
            continue
        rel = path.relative_to(root).as_posix()
        key = f"{rel}@{st.st_size}:{st.st_mtime_ns}"
        if is_seen(key):
            continue
        if taken >= limit:
            break
        taken += 1
        problems: list[str] = []
        arts = list(read_paths([str(path)], lambda o, r: problems.append(f"{o}: {r}"),
                               max_bytes=feed.max_bytes))
        out.problems += problems
        # every article of the file under the file's key; an unreadable file is remembered too
        out.items += [Item(key=key, article=_tag(a, feed)) for a in arts]
        if not arts:
            out.skipped.append(key)
    return out


def has_full_content(a: Article) -> bool:
    """Whether a feed item carries its full text (RSS ``content:encoded``, Atom ``content``)
    rather than only a description or summary."""
    try:
        root = etree.fromstring(a.raw, parser=_SAFE_XML)
    except etree.XMLSyntaxError:
        return False
    if root is None:
        return False
    for ch in root:
        if not isinstance(ch.tag, str):
            continue
        local = etree.QName(ch).localname.lower()
        if (local == "encoded" or (local == "content" and a.meta.get("format") == "atom")) \
                and "".join(ch.itertext()).strip():
            return True
    return False


def needs_page(a: Article, feed: FeedConfig) -> bool:
    """Whether the item's page should be fetched: ``always``, or ``auto`` when the item has only
    a summary (no full-content element) shorter than ``summary_chars``."""
    if not a.url or feed.fetch_pages == "never":
        return False
    if feed.fetch_pages == "always":
        return True
    return len(a.text) < feed.summary_chars and not has_full_content(a)


def with_page(a: Article, fetcher: Fetcher, feed: FeedConfig) -> str | None:
    """Replace a summary by the text of the item's page; returns why that failed (None: done, or
    the page had less to say than the summary, which is then kept)."""
    got = fetcher.get(a.url or "", timeout=feed.timeout, max_bytes=feed.max_bytes, accept=ACCEPT_PAGE)
    if not got.ok:
        return got.error
    problems: list[str] = []
    name = hashlib.sha1((a.url or "").encode("utf-8")).hexdigest()[:12] + ".html"
    pages = read_bytes(got.body, name, lambda o, r: problems.append(r), max_bytes=max(len(got.body), 1))
    if not pages:
        return problems[0] if problems else "no readable text on the page"
    page = pages[0]
    a.meta["page_url"] = got.final_url or a.url
    if len(page.text) <= len(a.text):
        a.meta["page_fetched"] = "kept the feed text (the page had less)"
        return None
    a.meta["summary"] = a.text
    a.meta["extractor"] = page.meta.get("extractor")
    a.text = page.text
    a.raw = got.body
    a.encoding = page.encoding
    a.title = a.title or page.title
    a.date = a.date or page.date
    a.byline = a.byline or page.byline
    a.meta["page_fetched"] = "text from the article page"
    return None
