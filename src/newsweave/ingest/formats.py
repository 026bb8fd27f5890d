"""Format readers: plain text, HTML, RSS/Atom, JSON Lines, JSON. Each turns bytes into Articles.

Readers raise :class:`IngestError` for a whole input that is unusable and call ``on_error`` for
single bad records inside an input (a JSONL line, a feed item) before going on.
"""
from __future__ import annotations

import datetime as _dt
import email.utils
import hashlib
import json
import re
from pathlib import PurePath
from typing import Any, Callable, Iterator

from ..model import Article, DateInfo
from .decode import decode
from .errors import IngestError
from .textmeta import TextMeta, recover_metadata, url_domain

OnError = Callable[[str, str], None]

TEXT_EXT = {".txt", ".text", ".md"}
HTML_EXT = {".html", ".htm", ".xhtml", ".shtml"}
FEED_EXT = {".xml", ".rss", ".atom", ".rdf"}
JSONL_EXT = {".jsonl", ".ndjson"}
JSON_EXT = {".json"}


def stem_of(name: str) -> str:
    p = PurePath(name)
    stem = p.name
    for ext in sorted(TEXT_EXT | HTML_EXT | FEED_EXT | JSONL_EXT | JSON_EXT, key=len, reverse=True):
        if stem.lower().endswith(ext):
            return stem[: -len(ext)] or stem
    return p.stem or p.name or "stdin"


# ------------------------------------------------------------------------------------ sniffing


def sniff(data: bytes, name: str) -> str:
    """'text', 'html', 'feed', 'jsonl' or 'json' from the extension, else from the content."""
    ext = PurePath(name).suffix.lower()
    if ext in JSONL_EXT:
        return "jsonl"
    if ext in JSON_EXT:
        return "json"
    if ext in HTML_EXT:
        return "html"
    if ext in FEED_EXT:
        return "feed"
    if ext in TEXT_EXT:
        return "text"
    head = data[:4096]
    for bom in (b"\xef\xbb\xbf",):
        if head.startswith(bom):
            head = head[len(bom):]
    if head[:2] in (b"\xff\xfe", b"\xfe\xff"):
        try:
            head = data[2:8192].decode("utf-16-le" if head[:2] == b"\xff\xfe" else "utf-16-be",
                                       errors="ignore").encode("utf-8")
        except Exception:  # pragma: no cover - defensive
            pass
    h = head.lstrip().lower()
    if h.startswith(b"<?xml") or h.startswith(b"<rss") or h.startswith(b"<feed") or h.startswith(b"<rdf:rdf"):
        if re.search(rb"<(rss|feed|rdf:rdf)\b", h):
            return "feed"
        if re.search(rb"<html\b", h):
            return "html"
        return "feed"
    if h.startswith(b"<!doctype html") or h.startswith(b"<html") or \
            len(re.findall(rb"</?(p|div|body|head|title|br|span|article|a)\b", h)) >= 3:
        return "html"
    if h.startswith(b"{"):
        first = h.split(b"\n", 1)[0].strip()
        try:
            json.loads(first)
            return "jsonl"
        except ValueError:
            return "json"
    if h.startswith(b"["):
        return "json"
    return "text"


# ------------------------------------------------------------------------------------ helpers


def _fix_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _apply_textmeta(a: Article, tm: TextMeta, fill_only: bool = True) -> None:
    """Copy recovered metadata into ``a`` without overwriting metadata the input carried."""
    if tm.title and not a.title:
        a.title = tm.title
        a.meta["title_span"] = list(tm.title_span) if tm.title_span else None
        a.meta["title_recovered"] = True  # found in the text, not given by the input's metadata
    elif tm.title_span and a.title and tm.title and a.title.strip() == tm.title:
        a.meta["title_span"] = list(tm.title_span)
    if tm.date and a.date is None:
        a.date = tm.date
    if tm.url and not a.url:
        a.url = tm.url
    if tm.source and not a.source:
        a.source = tm.source
    if tm.byline and not a.byline:
        a.byline = tm.byline
    for ag in tm.agencies:
        if ag not in a.agencies:
            a.agencies.append(ag)
    if tm.spans:
        a.meta["metadata_spans"] = [list(s) for s in tm.spans]


def _check_text(text: str, what: str = "file") -> None:
    if not text:
        raise IngestError(f"empty {what}")
    if not text.strip():
        raise IngestError(f"{what} contains only whitespace")


_DATE_META = re.compile(r"^\s*((?:19|20)\d\d)(?:-(\d\d)(?:-(\d\d))?)?(?:[T ][\d:.]+(?:Z|[+-][\d:]+)?)?\s*$")


def norm_date(value: Any) -> str | None:
    """'2024-03-05', '2024-03', '2024', '2024-03-05T10:00:00Z', RFC 822 → YYYY[-MM[-DD]]."""
    if value is None:
        return None
    s = str(value).strip()
    if not s:
        return None
    m = _DATE_META.match(s)
    if m:
        y, mo, d = m.groups()
        try:
            if d:
                _dt.date(int(y), int(mo), int(d))
                return f"{y}-{mo}-{d}"
            if mo:
                return f"{y}-{mo}" if 1 <= int(mo) <= 12 else None
            return y
        except ValueError:
            return None
    try:
        dt = email.utils.parsedate_to_datetime(s)
        return dt.date().isoformat() if dt else None
    except (TypeError, ValueError, IndexError):
        pass
    try:
        return _dt.datetime.fromisoformat(s.replace("Z", "+00:00")).date().isoformat()
    except ValueError:
        return None


def norm_lang(value: Any) -> str | None:
    if not value or not isinstance(value, str):
        return None
    code = re.split(r"[-_]", value.strip().lower())[0]
    return code if re.fullmatch(r"[a-z]{2,3}", code) else None


# ------------------------------------------------------------------------------------ plain text


def read_text(data: bytes, name: str, origin: str) -> Article:
    text, enc = decode(data)
    text = _fix_newlines(text)
    _check_text(text)
    a = Article(id=stem_of(name), text=text, raw=data, origin=origin, encoding=enc)
    _apply_textmeta(a, recover_metadata(text))
    a.meta["format"] = "text"
    return a


# ------------------------------------------------------------------------------------ HTML

_BLOCK_TAGS = {"p", "div", "br", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "tr", "table",
               "article", "section", "header", "footer", "blockquote", "pre", "dd", "dt", "figcaption",
               "title", "main", "aside", "nav", "hr"}
_DROP_TAGS = {"script", "style", "noscript", "template", "iframe", "object", "embed", "svg", "head",
              "form", "button", "select", "textarea", "canvas"}


def html_to_text(html: str) -> str:
    """Safe text of an HTML fragment or page: scripts/styles dropped, block elements on new lines."""
    import lxml.html
    from lxml import etree

    try:
        root = lxml.html.fromstring(html)
    except (etree.ParserError, ValueError):
        return ""
    parts: list[str] = []

    def walk(el: Any) -> None:
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
    lines = [ln.strip() for ln in text.split("\n")]
    out: list[str] = []
    for ln in lines:
        if ln:
            out.append(ln)
    return "\n\n".join(out)


def _declared_charset(data: bytes) -> str | None:
    m = re.search(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-]+)""", data[:4096], re.I)
    if m:
        return m.group(1).decode("ascii", "ignore")
    m = re.search(rb"""<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9_\-]+)""", data[:512], re.I)
    return m.group(1).decode("ascii", "ignore") if m else None


def _meaningful(text: str) -> bool:
    n = 0
    for ch in text:
        if ch.isalpha():
            n += 1
            if n >= 20:
                return True
    return False


def read_html(data: bytes, name: str, origin: str) -> Article:
    html, enc = decode(data, declared=_declared_charset(data))
    _check_text(html)
    doc: dict[str, Any] = {}
    try:
        import trafilatura

        res = trafilatura.extract(html, output_format="json", with_metadata=True, include_comments=False,
                                  include_tables=False, deduplicate=False,
                                  date_extraction_params={"extensive_search": False, "original_date": True})
        if res:
            doc = json.loads(res)
    except Exception:  # trafilatura can choke on odd markup; the fallback below still reads it
        doc = {}
    text = _fix_newlines(doc.get("text") or "").strip()
    extractor = "trafilatura"
    if not _meaningful(text):
        text = html_to_text(html).strip()
        extractor = "fallback"
    if not _meaningful(text):
        raise IngestError("no readable text in HTML (empty, truncated or only markup/scripts)")
    # trafilatura keeps paragraphs on single newlines; blank lines read better and match plain text
    if extractor == "trafilatura":
        text = re.sub(r"\n+", "\n\n", text)
    a = Article(id=stem_of(name), text=text, raw=data, origin=origin, encoding=enc)
    a.meta["format"] = "html"
    a.meta["extractor"] = extractor
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
    _apply_textmeta(a, recover_metadata(text))
    if a.title and "title_span" not in a.meta:
        # the extracted text often starts with the headline: remember where it is
        i = text.find(a.title)
        if 0 <= i < 400:
            a.meta["title_span"] = [i, i + len(a.title)]
    return a


def _html_title(html: str) -> str | None:
    m = re.search(r"<title[^>]*>(.*?)</title>", html[:20000], re.I | re.S)
    if not m:
        return None
    import html as _html

    t = _html.unescape(re.sub(r"<[^>]+>", " ", m.group(1))).strip()
    return t or None


# ------------------------------------------------------------------------------------ feeds


def _safe_xml_root(data: bytes) -> Any:
    """Parse XML without resolving entities, loading DTDs or touching the network/filesystem."""
    from lxml import etree

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


_ENTITY_REF = re.compile(r"&[\w.:-]+;")  # references to DTD entities, which are never expanded


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
    from lxml import etree

    if el is None:
        return ""
    if len(el):
        return (el.text or "") + "".join(etree.tostring(c, encoding="unicode") for c in el
                                         if isinstance(c.tag, str))
    return el.text or ""


def read_feed(data: bytes, name: str, origin: str, on_error: OnError) -> list[Article]:
    text, enc = decode(data, declared=_declared_charset(data))
    _check_text(text)
    root = _safe_xml_root(data)
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
        markup = _ENTITY_REF.sub("", _inner_markup(body_el))
        body = html_to_text(markup) if "<" in markup else re.sub(r"[ \t]+", " ", markup).strip()
        body = body.strip()
        if not body and title:
            body = title
        if not body:
            on_error(where, "feed item has neither text nor title")
            continue
        key = guid or link or title or body[:200]
        ident = f"{stem}-{hashlib.sha1(key.encode('utf-8', 'surrogatepass')).hexdigest()[:12]}"
        a = Article(id=ident, text=body, raw=_item_raw(it), origin=where, encoding=enc,
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


def _item_raw(el: Any) -> bytes:
    from lxml import etree

    try:
        return etree.tostring(el, encoding="utf-8")
    except Exception:  # pragma: no cover - defensive
        return b""


# ------------------------------------------------------------------------------------ JSON


def article_from_record(obj: Any, default_id: str, origin: str, raw: bytes) -> Article:
    """An eval-format record ``{id, text, title, date, lang, source, url}`` → Article (text kept exactly)."""
    if not isinstance(obj, dict):
        raise IngestError(f"expected a JSON object, got {_json_type(obj)}")
    if "text" not in obj:
        raise IngestError("record has no 'text' field")
    text = obj["text"]
    if not isinstance(text, str):
        raise IngestError(f"'text' must be a string, got {_json_type(text)}")
    if not text.strip():
        raise IngestError("'text' is empty")
    rid = obj.get("id")
    ident = str(rid) if rid is not None and str(rid).strip() else default_id
    a = Article(id=ident, text=text, raw=raw, origin=origin, encoding="utf-8")
    if isinstance(obj.get("title"), str) and obj["title"].strip():
        a.title = obj["title"].strip()
    dv = norm_date(obj.get("date"))
    if dv:
        a.date = DateInfo(dv, source="metadata")
    elif obj.get("date") not in (None, ""):
        a.meta["date_raw"] = obj.get("date")
    a.lang = norm_lang(obj.get("lang"))
    for key in ("source", "url", "byline"):
        if isinstance(obj.get(key), str) and obj[key].strip():
            setattr(a, key, obj[key].strip())
    if isinstance(obj.get("agencies"), list):
        a.agencies = [str(x) for x in obj["agencies"]]
    if a.url and not a.source:
        a.source = url_domain(a.url)
    extra = {k: v for k, v in obj.items() if k not in {"id", "text", "title", "date", "lang", "source", "url",
                                                      "byline", "agencies"}}
    if extra:
        a.meta["extra"] = extra
    a.meta["format"] = "json"
    _apply_textmeta(a, recover_metadata(text))
    return a


def _json_type(v: Any) -> str:
    return {dict: "an object", list: "an array", str: "a string", bool: "a boolean", type(None): "null",
            int: "a number", float: "a number"}.get(type(v), type(v).__name__)


def read_jsonl(data: bytes, name: str, origin: str, on_error: OnError) -> Iterator[Article]:
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    stem = stem_of(name)
    if b"\x00" in data[:65536]:
        raise IngestError("binary file (contains NUL bytes), not JSON Lines")
    seen_any = False
    for n, raw_line in enumerate(data.split(b"\n"), 1):
        line_raw = raw_line.rstrip(b"\r")
        if not line_raw.strip():
            continue
        seen_any = True
        where = f"{origin}:{n}"
        try:
            line = line_raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            on_error(where, f"line is not valid UTF-8 (byte {exc.start})")
            continue
        try:
            obj = json.loads(line)
        except ValueError as exc:
            on_error(where, f"invalid JSON ({exc.msg} at column {getattr(exc, 'colno', '?')})")
            continue
        try:
            yield article_from_record(obj, f"{stem}-{n}", where, line_raw)
        except IngestError as exc:
            on_error(where, str(exc))
    if not seen_any:
        raise IngestError("empty file" if not data else "file contains only whitespace")


def read_json(data: bytes, name: str, origin: str, on_error: OnError) -> list[Article]:
    text, _enc = decode(data)
    _check_text(text)
    try:
        obj = json.loads(text)
    except ValueError as exc:
        tail = text.rstrip()[-1:]
        hint = " (truncated?)" if tail not in ("}", "]") or exc.pos >= len(text.rstrip()) - 1 else ""
        raise IngestError(f"invalid JSON{hint}: {exc.msg} at line {exc.lineno} column {exc.colno}") from None
    stem = stem_of(name)
    if isinstance(obj, dict):
        return [article_from_record(obj, stem, origin, data)]
    if isinstance(obj, list):
        out = []
        for i, rec in enumerate(obj):
            where = f"{origin}#{i}"
            try:
                raw = json.dumps(rec, ensure_ascii=False).encode("utf-8")
                out.append(article_from_record(rec, f"{stem}-{i}", where, raw))
            except IngestError as exc:
                on_error(where, str(exc))
        if not obj:
            raise IngestError("JSON array is empty")
        return out
    raise IngestError(f"JSON must hold an object or an array of objects, got {_json_type(obj)}")
