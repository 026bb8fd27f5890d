"""Credit lines: bylines ("Par Jeanne Dupont avec AFP", "By Jane Doe, Reuters"), agency-only credits
("(AFP)", "© Reuters") and datelines ("PARIS (AFP) -"). Byline words, joiners, agency names and outlet
words come from every language's clean section (:mod:`.langdata`).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .langdata import alternation, merged
from .lines import Line

_OUTLET_DOMAINS = r"\.(?:com|fr|ru|ua|de|es|it|pl|org|net|info)\b"  # a name with a domain is an outlet


@lru_cache(maxsize=1)
def _regexes() -> dict[str, re.Pattern[str]]:
    d = merged()
    agencies = alternation([re.escape(a) for a in d.agencies])
    return {
        "byline": re.compile(rf"^{alternation(d.byline_words)}\s*:?\s+(?P<rest>\S.*)$", re.I),
        "agency": re.compile(rf"(?<![\w-]){agencies}(?![\w-])"),
        "credit_split": re.compile(rf"\s*(?:[,/|;()–—]|\s-\s|\b{alternation(d.byline_joiners)}\b)\s*", re.I),
        "outlet": re.compile(rf"(?i)\b{alternation(d.outlet_words)}\b|{_OUTLET_DOMAINS}"),
    }


def looks_like_outlet(name: str) -> bool:
    """'RTL info', 'Le Journal', 'BFMTV' read as outlets; 'Jane Doe' as a person."""
    if _regexes()["outlet"].search(name):
        return True
    return any(len(w) >= 2 and w.isupper() and w.isalpha() for w in name.split())


@dataclass
class Byline:
    span: tuple[int, int]
    byline: str | None
    agencies: list[str]
    outlet: str | None = None


def is_agency(name: str) -> bool:
    return bool(_regexes()["agency"].fullmatch(name))


def _split_credit(rest: str) -> tuple[list[str], list[str]]:
    """'Jane Doe, Reuters' → (['Jane Doe'], ['Reuters'])."""
    names, agencies = [], []
    for p in _regexes()["credit_split"].split(rest):
        p = p.strip(" .:")
        if not p:
            continue
        (agencies if is_agency(p) else names).append(p)
    return names, agencies


def match_byline(line: Line) -> Byline | None:
    t = line.text
    if len(t) > 140 or len(t.split()) > 16:
        return None
    m = _regexes()["byline"].match(t)
    if m:
        rest = m.group("rest").strip()
        if re.search(r"[.!?]\s+\S", rest) or rest.endswith(("?", "!")):
            return None  # a sentence, not a credit line
        names, agencies = _split_credit(rest)
        # every name part must look like a name: capitalised words, few of them
        for n in names:
            ws = n.split()
            if not ws or len(ws) > 6 or not (ws[0][:1].isupper() or ws[0][:1].isdigit()):
                return None
        if not names and not agencies:
            return None
        byline = ", ".join(names) or None
        outlet = names[0] if len(names) == 1 and looks_like_outlet(names[0]) else None
        return Byline((line.start, line.end), byline, dedupe(agencies), outlet)
    # a line that is only agency credits: "(AFP)", "© Reuters", "AFP / Belga"
    stripped = re.sub(r"^[©\s(]+|[\s).]+$", "", t)
    if stripped and len(stripped) <= 60:
        names, agencies = _split_credit(stripped)
        if agencies and not names:
            return Byline((line.start, line.end), None, dedupe(agencies))
        if agencies and len(names) == 1 and _joined_credit(stripped, names[0]):
            outlet = names[0] if looks_like_outlet(names[0]) else None
            return Byline((line.start, line.end), names[0], dedupe(agencies), outlet)
    return None


def _joined_credit(text: str, name: str) -> bool:
    """'Le Monde avec AFP et Reuters', 'Jane Doe with Reuters': a short name joined to agencies
    with no byline word before it, a credit line all the same."""
    ws = name.split()
    if not 1 <= len(ws) <= 4 or not ws[0][:1].isupper():
        return False
    joiners = alternation(merged().byline_joiners)
    return bool(re.match(rf"{re.escape(name)}\s+{joiners}\s", text, re.I))


def dedupe(xs: list[str]) -> list[str]:
    """``xs`` without case-insensitive repeats, first spelling kept."""
    seen, out = set(), []
    for x in xs:
        if x.casefold() not in seen:
            seen.add(x.casefold())
            out.append(x)
    return out


def dateline_agencies(text: str) -> list[str]:
    """Agencies credited in a dateline: 'PARIS (AFP) -', 'KYIV, March 3 (Reuters) -'."""
    out = []
    for m in re.finditer(r"(?m)^[^\n()]{0,60}\((?P<ag>[^()\n]{2,40})\)\s*[-–—:]", text[:3000]):
        for part in re.split(r"\s*[/,]\s*", m.group("ag")):
            if is_agency(part.strip()):
                out.append(part.strip())
    return dedupe(out)
