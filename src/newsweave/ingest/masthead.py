"""The outlet of an article whose input names none, read from the article itself against the
outlets of ``sources.yaml``.

Crawled pages and pasted text often keep the outlet's name where a reader sees it: a masthead on
the first lines ("THE DAILY LEDGER", "Независимое слово — издание без цензуры"), a credit line
("Source: X", "Quelle: X", "© 2025 X. All rights reserved") or a byline naming it ("By Jane Roe,
The Daily Ledger"). Without a registry nothing is guessed (a first line may as well be a section
name); with one, a piece of such a line that *equals* an outlet's name, alias or key, in any script
(:meth:`newsweave.compare.outlets.OutletRegistry.lookup`), names the outlet. Only the first lines
count as a masthead; further down, a line counts only when it reads as a credit (a ``label:``, a
``©``, a byline), and a name the article credits as a news agency never makes it the source.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Iterable, Protocol

from ..model import Article
from .bylines import match_byline
from .lines import Layout, Line, layout

MASTHEAD_LINES = 2  # the first lines of a page where a masthead stands
TRAILER_LINES = 5   # credit lines are also looked for among the last lines
MAX_LINE = 140      # longer lines are running text, not mastheads or credits

# pieces of a line: separators of mastheads and credits ("Name — tagline", "Name | Section",
# "Source: Name", "© Name", "By Jane Roe, Name", "Name. All rights reserved")
_PIECES = re.compile(r"[|:©,;()\[\]«»\"“”/·•›>]|\s[—–-]\s|\.(?:\s|$)|\s{2,}|\(c\)", re.I)
_EDGE = re.compile(r"^[\s\d.\-—–]+|[\s.\-—–]+$")  # years and dashes at the edges ("© 2025 Name")
_CREDIT = re.compile(r"^[^:]{1,30}:\s*\S|©|\(c\)", re.I)


class Registry(Protocol):
    def __len__(self) -> int: ...
    def lookup(self, source: str | None, url: str | None = None) -> Any: ...


@dataclass(frozen=True)
class OutletMatch:
    key: str   # the outlet's key in sources.yaml (what ``Article.source`` gets)
    line: str  # the line the outlet was read from (evidence)
    kind: str  # "masthead" (first lines) or "credit" (a credit or byline line)


def _pieces(text: str) -> list[str]:
    out = [text]
    for p in _PIECES.split(text):
        p = _EDGE.sub("", p)
        if p and p != text:
            out.append(p)
    return out


def _is_credit(line: Line) -> bool:
    return bool(_CREDIT.search(line.text)) or match_byline(line) is not None


def _candidates(lay: Layout, skip: set[int]) -> Iterable[tuple[int, str]]:
    """(line index, kind) of the lines to read, in order of trust."""
    n = len(lay.lines)
    first = [i for i in range(min(n, MASTHEAD_LINES)) if i not in skip]
    for i in first:
        yield i, "masthead"
    later = list(dict.fromkeys(lay.header + list(range(max(0, n - TRAILER_LINES), n))))
    for i in later:
        if i not in first and i not in skip and (lay.first_body is None or i != lay.first_body):
            if _is_credit(lay.lines[i]):
                yield i, "credit"


def find_outlet(text: str, registry: Registry, agencies: Iterable[str] = (),
                title: str | None = None) -> OutletMatch | None:
    """The outlet named by the masthead or a credit line of ``text``, or None. ``agencies``: names
    the article credits as agencies (never its source); ``title``: its headline (not a credit)."""
    lay = layout(text)
    banned = {a.casefold() for a in agencies}
    # a headline is not read as a credit; on the first lines, a "title" that is an outlet's name
    # is a masthead taken for the headline
    skip = {i for i, ln in enumerate(lay.lines)
            if title and ln.text == title.strip() and i >= MASTHEAD_LINES}
    for idx, kind in _candidates(lay, skip):
        line = lay.lines[idx]
        if len(line.text) > MAX_LINE:
            continue
        for piece in _pieces(line.text):
            outlet = registry.lookup(piece)
            if outlet is None:
                continue
            names = {outlet.key.casefold(), outlet.name.casefold(), piece.casefold()}
            if names & banned:
                continue  # "Von Lena Schulz (dpa)": a credited agency, not the publisher
            return OutletMatch(outlet.key, line.text, kind)
    return None


def fill_sources(articles: Iterable[Article], registry: Registry | None) -> int:
    """Give each article without a source the outlet its text names (see :func:`find_outlet`);
    the evidence goes to ``meta["source_recovered"]``. Returns how many were filled."""
    if registry is None or not len(registry):
        return 0
    filled = 0
    for a in articles:
        if a.source or not a.text:
            continue
        m = find_outlet(a.text, registry, a.agencies, a.title)
        if m is not None:
            a.source = m.key
            a.meta["source_recovered"] = {"kind": m.kind, "line": m.line[:200]}
            filled += 1
    return filled
