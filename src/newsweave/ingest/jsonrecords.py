"""JSON Lines and JSON in the eval document format ``{id, text, title, date, lang, source, url}``:
``text`` is kept exactly; a bad record is reported and skipped, the rest goes on."""
from __future__ import annotations

import json
from typing import Any, Callable, Iterator

from ..model import Article, DateInfo
from .decode import decode
from .errors import IngestError
from .fields import apply_textmeta, check_text, norm_date, norm_lang
from .sniff import stem_of
from .textmeta import recover_metadata
from .urls import url_domain

OnError = Callable[[str, str], None]

_KNOWN_FIELDS = {"id", "text", "title", "date", "lang", "source", "url", "byline", "agencies"}


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
    extra = {k: v for k, v in obj.items() if k not in _KNOWN_FIELDS}
    if extra:
        a.meta["extra"] = extra
    a.meta["format"] = "json"
    apply_textmeta(a, recover_metadata(text))
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
    check_text(text)
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
