"""Field helpers every reader shares: newlines, emptiness checks, date and language values, and
copying metadata recovered from the text into an article."""
from __future__ import annotations

import datetime as _dt
import email.utils
import re
from typing import Any

from ..model import Article
from .errors import IngestError
from .textmeta import TextMeta


def fix_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def apply_textmeta(a: Article, tm: TextMeta) -> None:
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


def check_text(text: str, what: str = "file") -> None:
    """Raise for an input with no text at all."""
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
    """'fr-FR', 'EN_us' → 'fr', 'en'; None for anything that is not a language code."""
    if not value or not isinstance(value, str):
        return None
    code = re.split(r"[-_]", value.strip().lower())[0]
    return code if re.fullmatch(r"[a-z]{2,3}", code) else None
