"""JSON Lines and JSON in the eval document format ``{id, text, title, date, lang, source, url}``:
``text`` is kept exactly; a bad record is reported and skipped, the rest goes on."""
from __future__ import annotations

import json
from typing import Any, Callable, Iterator

from ..model import Article, DateInfo
from .decode import decode
from .errors import IngestError
from .fields import apply_textmeta, check_text, norm_date, norm_lang
from .limits import bounded_constant, bounded_float, bounded_int, check_article
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
    check_article(a)  # before recovering metadata: a text no stage can take is refused here
    apply_textmeta(a, recover_metadata(text))
    return a


def _json_type(v: Any) -> str:
    return {dict: "an object", list: "an array", str: "a string", bool: "a boolean", type(None): "null",
            int: "a number", float: "a number"}.get(type(v), type(v).__name__)


def loads(text: str) -> Any:
    """``json.loads`` with bounded numbers (no 5,000-digit integers, no NaN/Infinity); raises
    :class:`IngestError` with a reason for anything it refuses or cannot parse."""
    try:
        return json.loads(text, parse_int=bounded_int, parse_float=bounded_float,
                          parse_constant=bounded_constant)
    except json.JSONDecodeError as exc:
        raise IngestError(f"invalid JSON ({exc.msg} at line {exc.lineno} column {exc.colno})") from None
    except RecursionError:
        raise IngestError("JSON nested too deeply to read") from None
    except ValueError as exc:  # int() limits of the interpreter and the like
        raise IngestError(f"invalid JSON ({exc})") from None


def read_jsonl(data: bytes, name: str, origin: str, on_error: OnError) -> Iterator[Article]:
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    stem = stem_of(name)
    seen_any = False
    for n, raw_line in enumerate(data.split(b"\n"), 1):
        line_raw = raw_line.rstrip(b"\r")
        if not line_raw.strip():
            continue
        seen_any = True
        where = f"{origin}:{n}"
        if b"\x00" in line_raw:
            on_error(where, "line holds NUL bytes (binary data, not JSON)")
            continue
        try:
            line = line_raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            on_error(where, f"line is not valid UTF-8 (byte {exc.start})")
            continue
        try:
            obj = loads(line)
            a = article_from_record(obj, f"{stem}-{n}", where, line_raw)
        except IngestError as exc:
            on_error(where, str(exc))
            continue
        except RecursionError:
            on_error(where, "record nested too deeply to read")
            continue
        yield a
    if not seen_any:
        raise IngestError("empty file" if not data else "file contains only whitespace")


def read_json(data: bytes, name: str, origin: str, on_error: OnError) -> list[Article]:
    text, _enc = decode(data)
    check_text(text)
    try:
        obj = json.loads(text, parse_int=bounded_int, parse_float=bounded_float, parse_constant=bounded_constant)
    except json.JSONDecodeError as exc:
        tail = text.rstrip()[-1:]
        hint = " (truncated?)" if tail not in ("}", "]") or exc.pos >= len(text.rstrip()) - 1 else ""
        raise IngestError(f"invalid JSON{hint}: {exc.msg} at line {exc.lineno} column {exc.colno}") from None
    except RecursionError:
        raise IngestError("JSON nested too deeply to read") from None
    except ValueError as exc:
        raise IngestError(f"invalid JSON ({exc})") from None
    stem = stem_of(name)
    if isinstance(obj, dict):
        return [article_from_record(obj, stem, origin, data)]
    if isinstance(obj, list):
        out = []
        for i, rec in enumerate(obj):
            where = f"{origin}#{i}"
            try:
                raw = json.dumps(rec, ensure_ascii=False).encode("utf-8", "surrogatepass")
                out.append(article_from_record(rec, f"{stem}-{i}", where, raw))
            except IngestError as exc:
                on_error(where, str(exc))
        if not obj:
            raise IngestError("JSON array is empty")
        return out
    raise IngestError(f"JSON must hold an object or an array of objects, got {_json_type(obj)}")
