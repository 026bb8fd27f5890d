"""Metadata recovered from messy plain text: title, header date, trailing URL, byline, agencies.

Everything here is generic: per-language words (date header words, month names, byline words,
agency names) come from the *clean* sections of ``newsweave.lang``; the shapes (a header zone
before the first body paragraph, a trailer zone after the last one) are language-independent.

Lines consumed as metadata are reported as spans so that ``clean`` can mark them as boilerplate;
``Article.text`` itself is never changed.
"""
from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any
from urllib.parse import urlsplit

from .. import lang as _lang
from ..model import DateInfo

# ------------------------------------------------------------------------------------ lines


@dataclass
class Line:
    start: int  # offset of the first non-blank character
    end: int  # offset after the last non-blank character
    text: str  # stripped line text

    @property
    def words(self) -> list[str]:
        return self.text.split()


def split_lines(text: str) -> list[Line]:
    """Non-blank lines of ``text`` with offsets of their stripped content."""
    out: list[Line] = []
    for m in re.finditer(r"[^\n]+", text):
        raw = m.group(0)
        stripped = raw.strip()
        if not stripped:
            continue
        lead = len(raw) - len(raw.lstrip())
        s = m.start() + lead
        out.append(Line(s, s + len(stripped), stripped))
    return out


_SENT_END = re.compile(r"[.!?…»\"”)]\s+[«\"“]?[A-ZÀ-ÝА-ЯЇІЄҐ]")


def is_body_paragraph(line: Line) -> bool:
    """A line that reads as running text rather than a headline, menu or metadata."""
    t = line.text
    n_words = len(t.split())
    if len(t) >= 220 or n_words >= 25:
        return True
    # two sentences or more, ending like a sentence ("Title… Second part" teasers are not)
    return bool(len(t) >= 80 and _SENT_END.search(t) and re.search(r"[.!?…»\"”]$", t))


@dataclass
class Layout:
    lines: list[Line]
    header: list[int]  # indexes of lines before the first body paragraph (at most a few)
    trailer: list[int]  # indexes of lines after the last body paragraph
    first_body: int | None  # index of the first body paragraph


MAX_HEADER_LINES = 12
SEARCH_LINES = 30  # date headers and bylines are looked for among the first lines (and the trailer)


def layout(text: str) -> Layout:
    lines = split_lines(text)
    body_idx = [i for i, ln in enumerate(lines) if is_body_paragraph(ln)]
    if not body_idx:
        # no running text at all: treat the first lines as header, nothing as trailer
        return Layout(lines, list(range(min(len(lines), 3))), [], None)
    first, last = body_idx[0], body_idx[-1]
    header = list(range(min(first, MAX_HEADER_LINES)))
    trailer = list(range(last + 1, len(lines)))
    return Layout(lines, header, trailer, first)


# ------------------------------------------------------------------------------------ dates


@lru_cache(maxsize=1)
def _lang_data() -> dict[str, Any]:
    months: dict[str, int] = {}
    header_strong: list[str] = []
    header_weak: list[str] = []
    byline_words: list[str] = []
    joiners: list[str] = []
    agencies: list[str] = []
    for mod in _lang.all_modules():
        months.update({k.casefold(): v for k, v in getattr(mod, "HEADER_MONTHS", {}).items()})
        for p in getattr(mod, "DATE_HEADER_PATTERNS", []):
            (header_weak if len(re.sub(r"[^\w]", "", p)) <= 2 else header_strong).append(p)
        byline_words += getattr(mod, "BYLINE_WORDS", [])
        joiners += getattr(mod, "BYLINE_JOINERS", [])
        agencies += getattr(mod, "AGENCIES", [])
    agencies += GENERIC_AGENCIES
    return {"months": months, "strong": header_strong, "weak": header_weak,
            "byline": byline_words, "joiners": sorted(set(joiners), key=len, reverse=True),
            "agencies": sorted(set(agencies), key=len, reverse=True)}


GENERIC_AGENCIES = ["AFP", "Reuters", "AP", "EFE", "dpa", "ANSA", "TASS", "Xinhua", "Yonhap", "KCNA",
                    "Bloomberg", "Interfax", "RIA Novosti", "UNIAN", "Ukrinform", "PAP", "BTA", "ČTK",
                    "STA", "Kyodo", "Anadolu", "Belga", "ANP", "APA", "Europa Press", "Agence France-Presse",
                    "Associated Press"]


@lru_cache(maxsize=1)
def _date_regexes() -> dict[str, re.Pattern[str]]:
    d = _lang_data()
    month_alt = "|".join(sorted((re.escape(m) for m in d["months"]), key=len, reverse=True))
    strong = "|".join(d["strong"])
    weak = "|".join(d["weak"])
    date = (
        r"(?P<iso>(?P<iy>(?:19|20)\d\d)(?:[-/](?P<im>\d{1,2})(?:[-/](?P<id>\d{1,2}))?)?)(?![\d.])"
        r"(?:T\d\d:\d\d(?::\d\d)?(?:\.\d+)?(?:Z|[+-]\d\d:?\d\d)?)?"
        r"|(?P<dmy>(?P<a>\d{1,2})[-./](?P<b>\d{1,2})[-./](?P<y>(?:19|20)\d\d))(?!\d)"
        rf"|(?P<dmony>(?P<d2>\d{{1,2}})(?:er|\.|st|nd|rd|th|-го)?\s+(?:de\s+)?(?P<m2>{month_alt})\.?,?\s+(?:de\s+)?(?P<y2>(?:19|20)\d\d))(?!\d)"
        rf"|(?P<mdy>(?P<m3>{month_alt})\.?\s+(?P<d3>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y3>(?:19|20)\d\d))(?!\d)"
        rf"|(?P<my>(?P<m4>{month_alt})\.?\s+(?:de\s+)?(?P<y4>(?:19|20)\d\d))(?!\d)"
    )
    # header word(s), optional separator, then a date
    head = (rf"^(?P<hw>(?:{strong}))\b\s*[:\-–—|]?\s*(?:(?:le|el|am|on|the|den|от|від)\s+)?(?:\w+,?\s+)??"
            rf"(?P<date>{date})")
    bare = rf"^(?:(?:{weak})\s+)?(?:\w+,?\s+)??(?P<date>{date})"
    residue = (r"^[\s,;:|/()\[\]–—-]*(?:(?:[àa]|at|um|a las|в|о|o|à partir de)?\s*\(?\d{1,2}[:hH.]\d{2}"
               r"(?::\d{2})?\)?\s*(?:Uhr|h|GMT|UTC|CET|CEST|MSK|EET|EEST|[ap]\.?m\.?|Z|[+-]\d\d:?\d\d)?[\s,;|()–—-]*)*$")
    return {"head": re.compile(head, re.I), "bare": re.compile(bare, re.I),
            "residue": re.compile(residue, re.I)}


def _month_num(name: str) -> int | None:
    return _lang_data()["months"].get(name.casefold().rstrip("."))


def _mk_date(y: int, m: int | None = None, d: int | None = None) -> str | None:
    if not 1900 <= y <= 2100:
        return None
    if m is None:
        return f"{y:04d}"
    if not 1 <= m <= 12:
        return None
    if d is None:
        return f"{y:04d}-{m:02d}"
    try:
        _dt.date(y, m, d)
    except ValueError:
        return None
    return f"{y:04d}-{m:02d}-{d:02d}"


def parse_date_expr(m: re.Match[str]) -> str | None:
    """Value (YYYY, YYYY-MM or YYYY-MM-DD) of a match of the date regex."""
    g = m.groupdict()
    if g.get("iso"):
        y = int(g["iy"])
        mo = int(g["im"]) if g.get("im") else None
        d = int(g["id"]) if g.get("id") else None
        return _mk_date(y, mo, d)
    if g.get("dmy"):
        a, b, y = int(g["a"]), int(g["b"]), int(g["y"])
        if b > 12 >= a:  # month first (US style) only when day-first is impossible
            a, b = b, a
        return _mk_date(y, b, a)
    if g.get("dmony"):
        mo = _month_num(g["m2"])
        return _mk_date(int(g["y2"]), mo, int(g["d2"])) if mo else None
    if g.get("mdy"):
        mo = _month_num(g["m3"])
        return _mk_date(int(g["y3"]), mo, int(g["d3"])) if mo else None
    if g.get("my"):
        mo = _month_num(g["m4"])
        return _mk_date(int(g["y4"]), mo) if mo else None
    return None


@dataclass
class HeaderDate:
    value: str
    span: tuple[int, int]  # text consumed as metadata (header word + date + time)
    rest: tuple[int, int] | None  # remaining text on the same line (e.g. a title), if any


def match_date_line(line: Line) -> HeaderDate | None:
    """A date header at the start of ``line`` ("Publié le 3 mars 2024", "date 2024-09 Title ...")."""
    if len(line.text) > 400:
        return None
    rx = _date_regexes()
    for kind in ("head", "bare"):
        m = rx[kind].match(line.text)
        if not m:
            continue
        value = parse_date_expr(m)
        if value is None or (kind == "bare" and len(value) == 4):
            continue
        rest = line.text[m.end():]
        res = rx["residue"].match(rest)
        if res or _second_header(rest):  # the whole line is a date header (maybe "published … - updated …")
            return HeaderDate(value, (line.start, line.end), None)
        if kind == "head":
            # header word + date followed by more text: a title sharing the line, if it starts a new phrase
            r = re.match(r"[\s,;:|–—-]*", rest)
            off = m.end() + (r.end() if r else 0)
            if off < len(line.text) and line.text[off].isupper():
                return HeaderDate(value, (line.start, line.start + m.end()),
                                  (line.start + off, line.end))
    return None


def _second_header(rest: str) -> bool:
    """``rest`` is a time and/or a second date header: "à 17h57 - Mis à jour le 29 septembre 2011"."""
    rx = _date_regexes()
    m = re.match(r"[\s,;|()\[\]–—-]*(?:(?:[àa]|at|um|a las|в|о)?\s*\d{1,2}[:hH.]\d{2}(?::\d{2})?\s*"
                 r"(?:Uhr|h|GMT|UTC|CET|CEST|MSK|[ap]\.?m\.?)?)?[\s,;|()\[\]–—-]*", rest)
    tail = rest[m.end():] if m else rest
    if not tail or len(tail) > 120:
        return False
    m2 = rx["head"].match(tail)
    if not m2 or parse_date_expr(m2) is None:
        return False
    return bool(rx["residue"].match(tail[m2.end():]))


@lru_cache(maxsize=1)
def _strong_header_regex() -> re.Pattern[str]:
    return re.compile(rf"(?<![\w])(?:{'|'.join(_lang_data()['strong'])})\b", re.I)


def split_byline_date(line: Line) -> tuple[Line, HeaderDate] | None:
    """'Par Jeanne Dupont Publié le 3 mars 2024 à 10h' → (byline part, date header)."""
    if len(line.text) > 220:
        return None
    for m in _strong_header_regex().finditer(line.text):
        if m.start() < 3:
            continue
        sub = Line(line.start + m.start(), line.end, line.text[m.start():])
        hd = match_date_line(sub)
        if hd is not None and hd.rest is None:
            head = line.text[:m.start()].rstrip(" ,;|–—-")
            return Line(line.start, line.start + len(head), head), hd
    return None


# ------------------------------------------------------------------------------------ urls

_URL_LINE = re.compile(r"^(?:(?:source|url|lien|link|quelle|fuente|джерело|источник)\s*:\s*)?"
                       r"<?(https?://[^\s<>\"]+"
                       # scheme-less crawls: "www.site.tld/…" or "site.tld/path…"
                       r"|(?:www\.)[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}(?:/[^\s<>\"]*)?"
                       r"|[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}/[^\s<>\"]*)>?$", re.I)


def url_domain(url: str) -> str | None:
    try:
        host = urlsplit(url).hostname
    except ValueError:
        return None
    if not host:
        return None
    host = host.lower()
    return host[4:] if host.startswith("www.") else host


# ------------------------------------------------------------------------------------ bylines


@lru_cache(maxsize=1)
def _byline_regex() -> re.Pattern[str]:
    words = "|".join(_lang_data()["byline"])
    return re.compile(rf"^(?:{words})\s*:?\s+(?P<rest>\S.*)$", re.I)


@lru_cache(maxsize=1)
def _agency_regex() -> re.Pattern[str]:
    alts = "|".join(re.escape(a) for a in _lang_data()["agencies"])
    return re.compile(rf"(?<![\w-])(?:{alts})(?![\w-])")


_OUTLET_HINT = re.compile(r"(?i)\b(info|news|press|presse|tv|radio|journal|times|post|media|média|"
                          r"daily|gazette|tribune|herald|telegraph|online|zeitung|noticias|diario|"
                          r"новости|газета|правда|вести)\b|\.(?:com|fr|ru|ua|de|es|org|net|info)\b")


def looks_like_outlet(name: str) -> bool:
    """'RTL info', 'Le Journal', 'BFMTV' read as outlets; 'Jane Doe' as a person."""
    if _OUTLET_HINT.search(name):
        return True
    return any(len(w) >= 2 and w.isupper() and w.isalpha() for w in name.split())


@dataclass
class Byline:
    span: tuple[int, int]
    byline: str | None
    agencies: list[str]
    outlet: str | None = None


def _split_credit(rest: str) -> tuple[list[str], list[str]]:
    """'Jane Doe, Reuters' → (['Jane Doe'], ['Reuters'])."""
    joiners = "|".join(_lang_data()["joiners"])
    parts = re.split(rf"\s*(?:[,/|;()–—]|\s-\s|\b(?:{joiners})\b)\s*", rest, flags=re.I)
    agency_rx = _agency_regex()
    names, agencies = [], []
    for p in parts:
        p = p.strip(" .:")
        if not p:
            continue
        am = agency_rx.fullmatch(p)
        if am:
            agencies.append(p)
        else:
            names.append(p)
    return names, agencies


def match_byline(line: Line) -> Byline | None:
    t = line.text
    if len(t) > 140 or len(t.split()) > 16:
        return None
    m = _byline_regex().match(t)
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
        return Byline((line.start, line.end), byline, _dedupe(agencies), outlet)
    # a line that is only agency credits: "(AFP)", "© Reuters", "AFP / Belga"
    stripped = re.sub(r"^[©\s(]+|[\s).]+$", "", t)
    if stripped and len(stripped) <= 60:
        names, agencies = _split_credit(stripped)
        if agencies and not names:
            return Byline((line.start, line.end), None, _dedupe(agencies))
    return None


def _dedupe(xs: list[str]) -> list[str]:
    seen, out = set(), []
    for x in xs:
        if x.casefold() not in seen:
            seen.add(x.casefold())
            out.append(x)
    return out


def dateline_agencies(text: str) -> list[str]:
    """Agencies credited in a dateline: 'PARIS (AFP) -', 'KYIV, March 3 (Reuters) -'."""
    agency_rx = _agency_regex()
    out = []
    for m in re.finditer(r"(?m)^[^\n()]{0,60}\((?P<ag>[^()\n]{2,40})\)\s*[-–—:]", text[:3000]):
        for part in re.split(r"\s*[/,]\s*", m.group("ag")):
            if agency_rx.fullmatch(part.strip()):
                out.append(part.strip())
    return _dedupe(out)


# ------------------------------------------------------------------------------------ chrome shapes

_CONNECTORS = {"de", "des", "du", "la", "le", "les", "et", "of", "the", "and", "y", "el", "en", "und",
               "der", "die", "das", "и", "та", "і", "в", "у", "&", "-", "–", "|", "/", ">", "»", "›", "·"}


def is_title_cased_chrome(text: str, max_words: int = 6) -> bool:
    """Short line of capitalised words without sentence punctuation: a menu, tag list or label."""
    if re.search(r"[.!?;:…«»\"“”]$", text) or len(text) > 80:
        return False
    words = [w.strip(",") for w in text.split()]
    words = [w for w in words if w]
    if not words or len(words) > max_words:
        return False
    for w in words:
        if w.casefold() in _CONNECTORS:
            continue
        if not (w[:1].isupper() or w[:1].isdigit()):
            return False
    return True


def looks_like_headline(text: str) -> bool:
    if len(text) < 12 or len(text) > 250:
        return False
    n = len(text.split())
    if n < 3 or n > 40:
        return False
    letters = sum(ch.isalpha() for ch in text)
    if letters < 0.6 * len(text.replace(" ", "")):
        return False
    if _URL_LINE.match(text) or text.endswith(":"):
        return False
    return True


_WORD = re.compile(r"\w{4,}")


def _content_words(text: str) -> set[str]:
    return {w.casefold() for w in _WORD.findall(text)}


# ------------------------------------------------------------------------------------ main


@dataclass
class TextMeta:
    title: str | None = None
    title_span: tuple[int, int] | None = None
    date: DateInfo | None = None
    url: str | None = None
    source: str | None = None
    byline: str | None = None
    agencies: list[str] = field(default_factory=list)
    spans: list[tuple[int, int, str]] = field(default_factory=list)  # metadata consumed: (s, e, kind)


def recover_metadata(text: str) -> TextMeta:
    """Recover title, header date, trailing URL, byline and agencies from plain article text."""
    out = TextMeta()
    lay = layout(text)
    lines = lay.lines
    if not lines:
        return out
    consumed: set[int] = set()
    title_rest: dict[int, tuple[int, int]] = {}

    # trailing (or leading) URL line → url + outlet domain
    for idx in ([len(lines) - 1] + ([0] if len(lines) > 1 else [])):
        um = _URL_LINE.match(lines[idx].text)
        if um:
            out.url = um.group(1).rstrip(".,;")
            if not re.match(r"https?://", out.url, re.I):
                out.url = "https://" + out.url
            out.source = url_domain(out.url)
            out.spans.append((lines[idx].start, lines[idx].end, "url"))
            consumed.add(idx)
            break

    # date header and credit lines: the header zone, short lines among the first ones, the trailer
    early = [i for i in range(min(len(lines), SEARCH_LINES)) if len(lines[i].text) <= 220]
    search = list(dict.fromkeys(lay.header + early + lay.trailer[-5:]))
    early_set = set(lay.header) | set(early)
    byline_parts: dict[int, Line] = {}
    for idx in search:
        if idx in consumed:
            continue
        hd = match_date_line(lines[idx])
        if hd is not None and idx not in early_set and not (
                lines[idx].text[:1].isdigit() or _strong_header_regex().match(lines[idx].text)):
            hd = None  # late in the text, "Name, 20 January 2021 01:05" is a comment, not the article
        if hd is None:
            split = split_byline_date(lines[idx])
            if split is None:
                continue
            byline_parts[idx], hd = split
        out.date = DateInfo(hd.value, source="text", evidence=lines[idx].text[:200])
        out.spans.append((hd.span[0], hd.span[1], "date"))
        if idx in byline_parts:
            pass
        elif hd.rest is None:
            consumed.add(idx)
        else:
            title_rest[idx] = hd.rest
        break

    # byline / agency credit lines
    for idx in search:
        if idx in consumed or idx in title_rest:
            continue
        bl = match_byline(byline_parts.get(idx, lines[idx]))
        if bl is None:
            continue
        if out.byline is None and bl.byline:
            out.byline = bl.byline
        out.agencies = _dedupe(out.agencies + bl.agencies)
        if bl.outlet and out.source is None:
            out.source = bl.outlet
        out.spans.append((bl.span[0], bl.span[1], "byline"))
        consumed.add(idx)
    out.agencies = _dedupe(out.agencies + dateline_agencies(text))

    # title: the header line that best reads as a headline and matches the body
    cands = []
    for idx in lay.header:
        if idx in consumed:
            continue
        cands.append(title_rest.get(idx, (lines[idx].start, lines[idx].end)))
    pick = pick_title(text, lay, cands, bonus=set(title_rest.values()))
    if pick is not None:
        out.title_span = pick
        out.title = text[pick[0]:pick[1]].strip()
    return out


def pick_title(text: str, lay: Layout, cands: list[tuple[int, int]],
               bonus: set[tuple[int, int]] = frozenset()) -> tuple[int, int] | None:  # type: ignore[assignment]
    """Among candidate spans, the one that best reads as a headline of the body that follows."""
    lines = lay.lines
    body_words: set[str] = set()
    if lay.first_body is not None:
        body_words = _content_words(" ".join(ln.text for ln in lines[lay.first_body:lay.first_body + 4]))
    best: tuple[float, tuple[int, int]] | None = None
    for s, e in cands:
        cand = text[s:e]
        if not looks_like_headline(cand) or _is_phrase_chrome(cand):
            continue
        words = _content_words(cand)
        overlap = len(words & body_words) / len(words) if words else 0.0
        score = overlap + 0.3 * min(len(cand) / 80.0, 1.0) + (0.5 if (s, e) in bonus else 0.0)
        if is_title_cased_chrome(cand, max_words=5):
            score -= 0.4
        if (s, e) not in bonus and cand.endswith(".") and len(cand.split()) >= 8:
            continue  # a full sentence is a lead, not a headline (wire copy often has none)
        if cand.endswith((",", ";")) and len(cand.split()) >= 8:
            continue  # a sentence broken over lines
        if len(cand) > 120 and cand.endswith("."):  # a lead sentence rather than a headline
            score -= 0.3
        if best is None or score > best[0]:
            best = (score, (s, e))
    return best[1] if best else None


def _is_phrase_chrome(text: str) -> bool:
    from ..clean.boilerplate import matches_chrome_phrase  # local import: clean depends on ingest
    return matches_chrome_phrase(text)
