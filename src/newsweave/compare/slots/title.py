"""What a title says beyond its canonical role, read around the title word in its clause: the
portfolio it covers ("transport minister", "ministro dell'Energia", "Verkehrsminister", "envoy
for Ukraine"), whether it is a deputy's ("deputy foreign minister"), whether it is a function
held beside an office ("chair of the conference", "head of the delegation"), and whether a
head-of-body word names a city's mayor ("prezydent Krakowa"), and whether the clause tells the office
as a past one without a "former" word ("who was mayor of X", "mayor of X until 2020")."""
from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache

from .. import lexicon
from ..claim_records import Claim, RoleFact
from . import words

BEFORE_WORDS = 2  # words before a title that may name its portfolio ("Spain's environment minister")
AFTER_WORDS = 8  # words of the complement after a title ("enviado especial de la Casa Blanca para ...")
REACH = 60  # characters around the title read for these words
UNTIL_REACH = 30  # characters around the title phrase where the end of its term ("until 2020") may stand
_STOP = re.compile(r"[.;:!?()«»“”\"]|,\s")
_LAST_WORDS = re.compile(r"(?:[\w'’-]+\s+){0,%d}$" % BEFORE_WORDS)
_WORD = re.compile(r"[\w'’-]+")


@dataclass(frozen=True)
class TitleDetails:
    portfolio: str | None = None
    deputy: bool = False
    function: bool = False
    mayor: bool = False  # a head-of-body word that names a city's mayor ("prezydent Krakowa")
    past: bool = False  # an office the clause tells as ended ("who was mayor", "minister until 2020")


@lru_cache(maxsize=1)
def _deputy_before() -> re.Pattern[str]:
    return re.compile(r"(?<![\w])(?:" + lexicon.fragments("deputy_words") + r")(?:(?<=-)|(?![\w]))"
                      r"\s*(?:[\w'’-]+\s+){0,%d}$" % BEFORE_WORDS, re.IGNORECASE)


@lru_cache(maxsize=1)
def _deputy_after() -> re.Pattern[str]:
    """A deputy word right after the title word, or after one word of it ("maire adjoint",
    "secrétaire générale adjointe")."""
    return re.compile(r"\s*(?:[\w'’-]+\s+)?(?:" + lexicon.fragments("deputy_words") + r")(?![\w])", re.IGNORECASE)


@lru_cache(maxsize=1)
def _relative_before() -> re.Pattern[str]:
    return re.compile(r"(?:" + words.cue("former_relatives").pattern + r")\s*$", re.IGNORECASE)


def _past(text: str, ts: int, te: int, end: int, year: int | None) -> bool:
    """Whether the title at [ts, te) (its phrase ending at ``end``) is told as a past office: in a
    relative clause in the past right before it ("who was mayor"), or with the end of its term
    before the article's year next to it ("mayor of X until 2020", "der bis 2020 Bürgermeister")."""
    if _relative_before().search(text[max(0, ts - REACH):ts]):
        return True
    if year is None:
        return False
    after = text[max(te, end):max(te, end) + UNTIL_REACH]
    stop = _STOP.search(after)
    near = text[max(0, ts - UNTIL_REACH):ts] + " " + (after[:stop.start()] if stop else after)
    for m in words.cue("former_until").finditer(near):
        y = next((int(g) for g in m.groups() if g), None)
        if y is not None and y < year:
            return True
    return False


@lru_cache(maxsize=1)
def _link() -> re.Pattern[str]:
    return re.compile(r"\s*(?:" + lexicon.fragments("portfolio_links") + r")\s+", re.IGNORECASE)


@lru_cache(maxsize=1)
def _function_nouns() -> re.Pattern[str]:
    return lexicon.words("function_nouns")


@lru_cache(maxsize=1)
def _role_patterns() -> dict[str, re.Pattern[str]]:
    """One pattern per canonical role (its surfaces longest first); a deputy's office also by its
    title word with a glued deputy's prefix ("Vizebürgermeister": deputy-mayor)."""
    out: dict[str, list[str]] = defaultdict(list)
    lead, vice = r"(?<![\w])", lexicon.fragments("deputy_prefixes")
    for key, pat in lexicon.role_patterns():
        out[key].append(pat.pattern)
        if pat.pattern.startswith(lead) and not lexicon.is_deputy(key):
            out[lexicon.deputy_of(key)].append(lead + "(?:" + vice + ")" + pat.pattern[len(lead):])
    return {k: re.compile("|".join(v), re.IGNORECASE) for k, v in out.items()}


def _title_span(text: str, role: str, s: int, e: int) -> tuple[int, int] | None:
    """The title word of canonical ``role`` inside ``text[s:e]`` (the role fact's span)."""
    pat = _role_patterns().get(role)
    m = pat.search(text, s, e) if pat else None
    return m.span() if m else None


@lru_cache(maxsize=1)
def _city_heads() -> re.Pattern[str]:
    return lexicon.words("city_head_titles")


def _city_mayor(title: str, after: str) -> bool:
    """A city head's title: the word names a city's mayor in the language and one capitalised
    name that is not a country follows it alone ("prezydent Krakowa", not "prezydent Francji")."""
    names = after.split()
    return bool(_city_heads().fullmatch(title)) and len(names) == 1 and names[0][:1].isupper() \
        and not names[0].isupper() and not lexicon.find_countries(names[0])


PARTY = "party"  # a party office's portfolio: read only where no other portfolio is named


def _portfolio(text: str) -> str | None:
    """The first portfolio named in ``text``, a party only where no other is ("the Green party's
    finance minister" is a finance minister)."""
    found = [cls for _s, _e, cls in words.portfolio_index().find(text)]
    return next((cls for cls in found if cls != PARTY), found[0] if found else None)


def _region(after: str) -> str | None:
    """A country a title covers, right after a link ("envoy for Ukraine", "für die Ukraine")."""
    m = _link().match(after)
    if not m:
        return None
    for s, _e, key, adj in lexicon.find_countries(after[m.end():]):
        if s == 0 and not adj:
            return key
    return None


def details(c: Claim, r: RoleFact, year: int | None = None) -> TitleDetails:
    """The details of role fact ``r`` stated in clause ``c`` of an article of ``year``; a title
    the entity layer attached (its text not in the clause) is read from its own words."""
    text = c.text
    s, e = r.start - c.start, r.end - c.start
    span = _title_span(text, r.role, max(0, s), max(0, min(len(text), e))) if 0 <= s < e else None
    if span is None:
        own = _title_span(r.text, r.role, 0, len(r.text))
        deputy = own is not None and bool(_deputy_before().search(r.text[max(0, own[0] - REACH):own[0]])
                                          or _deputy_after().match(r.text[own[1]:]))
        return TitleDetails(portfolio=_portfolio(r.text), function=bool(_function_nouns().search(r.text)),
                            deputy=deputy)
    ts, te = span
    before = _LAST_WORDS.search(text[max(0, ts - REACH):ts]).group()
    after = text[te:te + REACH]
    person = after.find(r.person_text) if r.person_text else -1
    if person >= 0:
        glued = r.person_text.split()
        # a name the recogniser took with the complement ("prezydent Krakowa Anna Kowalczyk")
        after = after[:person] + (" ".join(glued[:-2]) if len(glued) > 2 and not after[:person].strip() else "")
    stop = _STOP.search(after)
    after = after[:stop.start()] if stop else after
    after = " ".join(_WORD.findall(after)[:AFTER_WORDS])
    own = text[ts:te]
    portfolio = _portfolio(own) or _portfolio(after) or _region(" " + after) or _portfolio(before)
    deputy = bool(_deputy_before().search(text[max(0, ts - REACH):ts]) or _deputy_after().match(after))
    return TitleDetails(portfolio=portfolio, deputy=deputy,
                        function=bool(_function_nouns().search(after)), mayor=_city_mayor(own, after),
                        past=_past(text, ts, te, min(len(text), e), year))
