"""Limits on HTML and XML documents, checked by one linear scan before any parser sees them.

libxml2 (under lxml and trafilatura) is quadratic in the attributes of one tag (40,000 attributes
take half a minute) and recursive walks of the tree fail on deep nesting; a document over these
limits is refused with a reason. :class:`Deadline` bounds the time spent reading one document.
"""
from __future__ import annotations

import re
import time

from .errors import IngestError

MAX_ATTRIBUTES = 500  # per tag
MAX_TAGS = 300_000  # per document
MAX_DEPTH = 500  # open elements (void and optional-close elements not counted)
TIME_BUDGET_S = 20.0  # reading one document

_TAG = re.compile(r"<(/?)([A-Za-z][\w:.-]{0,60})([^<>]*)>")
_ATTR = re.compile(r"""[^\s"'=<>/]+\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'<>]+)|\s[^\s"'=<>/]+""")
_VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source",
         "track", "wbr", "keygen", "command", "basefont", "frame", "isindex"}
_OPTIONAL = {"p", "li", "dt", "dd", "tr", "td", "th", "option", "optgroup", "thead", "tbody", "tfoot",
             "colgroup", "caption", "rb", "rt", "rtc", "rp", "html", "head", "body"}


def check_markup(doc: str, xml: bool = False) -> None:
    """Raise :class:`IngestError` for a document over the attribute, tag or depth limits."""
    depth = max_depth = n = 0
    for m in _TAG.finditer(doc):
        n += 1
        if n > MAX_TAGS:
            raise IngestError(f"document has more than {MAX_TAGS:,} tags")
        closing, name, rest = m.group(1), m.group(2).lower(), m.group(3)
        if rest.count("=") > MAX_ATTRIBUTES or len(rest) > 200_000:
            n_attr = len(_ATTR.findall(rest))
            if n_attr > MAX_ATTRIBUTES:
                raise IngestError(f"a <{name}> tag has {n_attr:,} attributes (limit {MAX_ATTRIBUTES})")
        if closing:
            if xml or (name not in _VOID and name not in _OPTIONAL):
                depth = max(0, depth - 1)
            continue
        if rest.rstrip().endswith("/") or (not xml and (name in _VOID or name in _OPTIONAL)):
            continue
        depth += 1
        if depth > max_depth:
            max_depth = depth
            if max_depth > MAX_DEPTH:
                raise IngestError(f"elements nested more than {MAX_DEPTH:,} levels deep")


class Deadline:
    """The time left to read one document; :meth:`check` raises once it is spent."""

    def __init__(self, seconds: float = TIME_BUDGET_S) -> None:
        self.seconds = seconds
        self.end = time.monotonic() + seconds

    def check(self) -> None:
        if time.monotonic() > self.end:
            raise IngestError(f"took more than {self.seconds:g} s to read (time budget per document)")
