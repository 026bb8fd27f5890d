"""Per-article features for event linking: lexical TF-IDF terms, specifics, entity ids, lead
years and figures, happening date (:func:`article_features` builds them all).

Everything here is language-independent (scripts are folded to ASCII before tokenising, so that
names written in Latin letters in several languages share terms) and works when the entity and
time layers are empty.
"""
from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass, field, replace
from typing import Callable, Iterable, Sequence

import numpy as np
from anyascii import anyascii

from ..ingest.captions import is_caption
from ..model import Article, DateInfo
from .event_dates import DateSpan, happening_date, happening_weekdays
from .event_protagonist import MAX_PEOPLE, protagonist
from .translit import skeleton_token

_TOKEN = re.compile(r"[^\W_]+(?:[.,]\d+)?", re.UNICODE)

# Entity types that pin an event down best (who and where) weigh more than generic ones.
ENTITY_TYPE_WEIGHT = {"PER": 1.5, "LOC": 1.3, "ORG": 1.0, "EVT": 1.2, "PRO": 0.8, "MISC": 0.6}
NAME_BOOST = 1.6     # capitalised word not at a sentence start: a proper-noun proxy
NUMBER_BOOST = 1.4   # figures (death tolls, magnitudes, scores) are event-specific
MAX_TERMS = 64       # tf-idf terms kept per article (the most weighty ones)
MAX_NAMES = 32       # specifics kept per article
ENTITY_DF_PREFIX = "\x00ent:"  # entity ids in the document-frequency table (apart from words)
PARTICIPANT_DF_PREFIX = "\x00par:"  # story-thread participants (see participants()) there too
# article–article entity vectors cap the idf of an entity at that of one named by two articles: an
# entity no other article names (a delegation member listed once, a local official) is no overlap
# with anything, and at the full idf of a single document a few of them swamp the participants the
# reports share (two reports of one round of talks, one of them listing the delegations, overlapped
# at cosine 0.03)
ENTITY_MIN_DF = 2
_SCRIPT_CODE = {"L": 1, "C": 2, "G": 3, "#": 0}
_MASK60 = (1 << 60) - 1


def term_key(term: str) -> int:
    """Compact in-memory key of a term: a 62-bit hash whose low 2 bits carry the script of a
    specific (``L:``/``C:``/``G:`` prefixes; 0 for plain terms and figures). Process-local (Python's
    string hash), like the centroids built from it, which are rebuilt at start-up."""
    code = _SCRIPT_CODE.get(term[0], 0) if len(term) > 2 and term[1] == ":" else 0
    return ((hash(term) & _MASK60) << 2) | code


class SVec:
    """A small sparse vector (hashed term keys, float32 weights) — ~12 bytes per term instead of a
    dict's ~100, so a million articles' features fit in memory."""

    __slots__ = ("keys", "vals")

    def __init__(self, keys: np.ndarray, vals: np.ndarray) -> None:
        self.keys = keys
        self.vals = vals

    @classmethod
    def from_items(cls, items: list[tuple[str, float]]) -> "SVec":
        if not items:
            return cls(np.zeros(0, np.int64), np.zeros(0, np.float32))
        return cls(np.fromiter((term_key(t) for t, _ in items), np.int64, len(items)),
                   np.fromiter((w for _, w in items), np.float32, len(items)))

    def __bool__(self) -> bool:
        return len(self.keys) > 0

    def __len__(self) -> int:
        return len(self.keys)

    def __iter__(self):
        return iter(self.keys.tolist())

    def items(self):
        return zip(self.keys.tolist(), self.vals.tolist())

    def to_dict(self) -> dict[int, float]:
        return dict(self.items())


# ----------------------------------------------------------------------------- terms
def _fold(text: str) -> str:
    return anyascii(text)


def term_counts(article: Article) -> tuple[Counter, Counter]:
    """(terms, specifics) of title + body, ASCII-folded and lowercased.

    ``terms``: every word of 3+ letters and every figure of 2+ digits, names and figures boosted.
    ``specifics``: only the capitalised words not at a sentence start (a proper-noun proxy that
    needs no NER and works in any cased script) and the figures: who, where, how many. Keys carry
    the script (``L:kemi``, ``C:kemi``, ``#:12``): transliterated inflected names do not match
    reliably across scripts, so specifics are compared only within a script."""
    spans = article.body_spans()
    parts = [article.text[s:e] for s, e in spans] if spans else [article.text]
    if article.title and not article.text.lstrip().startswith(article.title.strip()[:40]):
        parts.insert(0, article.title + ".")
    counts: Counter = Counter()
    names: Counter = Counter()
    for part in parts:
        for m in _TOKEN.finditer(part):
            raw = m.group(0)
            j = m.start() - 1
            while j >= 0 and part[j] in " \t\"'«“‘(—–-":
                j -= 1
            boundary = j < 0 or part[j] in ".!?:;\n…»”"
            tok = _fold(raw).lower()
            if not tok:
                continue
            if raw[0].isdigit():
                digits = re.sub(r"\D", "", raw)
                if len(digits) < 2:
                    continue
                counts["#" + tok.replace(",", ".")] += NUMBER_BOOST
                names["#:" + tok.replace(",", ".")] += 1.0
                continue
            if len(tok) < 3:
                continue
            is_name = raw[0].isupper() and (not boundary or (len(raw) > 1 and raw.isupper()))
            counts[tok] += NAME_BOOST if is_name else 1.0
            if is_name:
                names[f"{script_of(raw)}:{tok}"] += 1.0
    return counts, names


def script_of(word: str) -> str:
    """``C`` (Cyrillic), ``G`` (Greek), ``L`` (Latin and anything else cased)."""
    for ch in word:
        o = ord(ch)
        if 0x0400 <= o <= 0x052F:
            return "C"
        if 0x0370 <= o <= 0x03FF:
            return "G"
    return "L"


def name_scripts(names) -> frozenset[int]:
    """Letter scripts (codes 1–3) of the specifics, keyed by :func:`term_key` (figures are no
    script)."""
    if isinstance(names, SVec):
        codes = names.keys & 3
        return frozenset(int(c) for c in np.unique(codes[codes > 0]))
    return frozenset(k & 3 for k in names if k & 3)


def names_comparable(a: frozenset[int], b: frozenset[int]) -> bool:
    return bool(a & b)


class TermStats:
    """Streaming document frequencies for IDF (updated as articles arrive)."""

    def __init__(self) -> None:
        self.df: Counter = Counter()
        self.n = 0

    def add(self, terms: Iterable[str]) -> None:
        self.n += 1
        self.df.update(set(terms))

    def idf(self, term: str, min_df: int = 0) -> float:
        """Smoothed idf; ``min_df`` caps it at the idf of a term that many documents hold."""
        return math.log((1 + self.n) / (1 + max(min_df, self.df.get(term, 0)))) + 1.0

    def vector(self, counts: Counter, max_terms: int = MAX_TERMS) -> SVec:
        """Sublinear tf × idf of the ``max_terms`` weightiest terms, L2-normalised."""
        if not counts:
            return SVec.from_items([])
        items = [(t, (1.0 + math.log(c)) * self.idf(t)) for t, c in counts.items() if c > 0]
        # very common words (in most documents) carry nothing
        limit = 0.5 * self.n if self.n >= 20 else None
        if limit:
            items = [(t, w) for t, w in items if self.df.get(t, 0) <= limit]
        items.sort(key=lambda x: -x[1])
        items = items[:max_terms]
        norm = math.sqrt(sum(w * w for _, w in items)) or 1.0
        return SVec.from_items([(t, w / norm) for t, w in items])


def sparse_cos(a, b) -> float:
    """Dot product of two sparse vectors (SVec or dict; not normalised here)."""
    if not a or not b:
        return 0.0
    if isinstance(a, SVec) and isinstance(b, SVec):
        b = b.to_dict()
    elif isinstance(b, SVec):
        a, b = b, a
    if isinstance(a, SVec):
        get = b.get
        return sum(w * get(k, 0.0) for k, w in a.items())
    if len(a) > len(b):
        a, b = b, a
    return sum(w * b.get(t, 0.0) for t, w in a.items())


def entity_counts(article: Article) -> Counter:
    """Weighted counts of corpus-wide entity ids mentioned in the article (type-weighted)."""
    c: Counter = Counter()
    for m in article.entities or []:
        if m.entity:
            c[m.entity] += ENTITY_TYPE_WEIGHT.get(m.type, 1.0)
    return c


PARTICIPANT_TYPES = ("PER", "ORG")  # who acts: the participants a storyline follows


def participant_key(m, lang: str | None) -> str:
    """A person is keyed by the phonetic skeleton of the surname (the last word of the name), so
    that one person written in two scripts or spellings ("Shoigu", "Choïgou", "Шойгу") is one
    participant even where entity resolution kept two ids; organisations keep their entity id."""
    if m.type == "PER":
        words = re.findall(r"\w+", m.name or m.text)
        key = skeleton_token(words[-1], lang) if words else ""
        if len(key) >= 2:
            return "per:" + key
    return str(m.entity)


def participants(article: Article) -> dict[str, str]:
    """Participant key → name of the people and organisations the article mentions (each once)."""
    out: dict[str, str] = {}
    for m in article.entities or []:
        if m.entity and m.type in PARTICIPANT_TYPES:
            out.setdefault(participant_key(m, article.lang), m.name or m.text)
    return out


def person_counts(article: Article) -> dict[str, int]:
    """Mentions per person (participant key) in the article, the MAX_PEOPLE most named (who the
    report is about: :mod:`.event_protagonist`). A key whose mentions are all one word is marked
    by a leading ``~``: a person is named in full at least once, a lone capitalised word taken for
    a person (a team, a nickname) may be anything."""
    c: Counter = Counter()
    full: set[str] = set()
    for m in article.entities or []:
        if m.entity and m.type == "PER":
            k = participant_key(m, article.lang)
            c[k] += 1
            if len((m.name or m.text).split()) >= 2:
                full.add(k)
    return {(k if k in full else "~" + k): v for k, v in c.most_common(MAX_PEOPLE)}


@dataclass
class ArticleFeatures:
    key: int                      # internal label (ANN id)
    db_id: int | None
    ext_id: str
    lang: str
    title: str
    vec: np.ndarray
    terms: Counter
    tfidf: SVec
    names: SVec                   # tf-idf of the specifics (names, figures)
    entities: SVec                # L2-normalised type-weighted entity ids
    date: DateSpan | None
    dated: bool = False           # has its own (metadata/text) article date
    extra: dict = field(default_factory=dict)
    years: frozenset = frozenset()  # years written in the title + lead (see lead_specifics)
    # the year of the article's stated date: never agreement by itself (every article of a year
    # has it), but a lead naming only a background year ("the first talks since 2022") is not set
    # against another article's year when that year is the article's own
    dated_years: frozenset = frozenset()
    figs: SVec | None = None        # figures of the first paragraphs (counts, L2-normalised)
    ent_idf: SVec | None = None     # entity ids weighted by idf (article–article comparisons)
    participants: dict = field(default_factory=dict)  # PER/ORG entity id → name (storylines)
    # weekdays the article names for its happenings, kept only when its date is not a day (what
    # is left to tell two look-alike happenings apart, see event_dates.weekday_clash)
    weekdays: frozenset = frozenset()
    # the person the report keeps naming and the mentions per person (:mod:`.event_protagonist`)
    protagonist: str | None = None
    people: dict = field(default_factory=dict)

    @property
    def pair_entities(self) -> SVec:
        """The entity vector of article–article comparisons (idf-weighted when available)."""
        return self.ent_idf if self.ent_idf is not None else self.entities


def normalise(c: Counter | dict[str, float]) -> SVec:
    n = math.sqrt(sum(v * v for v in c.values())) or 1.0
    return SVec.from_items([(k, v / n) for k, v in c.items()])


# ----------------------------------------------------------------------------- lead specifics
_YEAR_IN_TEXT = re.compile(r"(?<!\d)(19[5-9]\d|20[0-4]\d)(?!\d)")
# a figure: digits with thousands groups split by a space ("1 600", as French and Slavic texts
# write them) or by points and commas ("1,600", "1.600", "7,7")
_FIGURE = re.compile(r"(?<![\d.,])(?:\d{1,3}(?:[ \u00a0\u202f.,]\d{3})+(?![.,]?\d)|\d+(?:[.,]\d+)?(?!\d))")
_GROUPS = re.compile(r"[ \u00a0\u202f.,]")


def figure_key(raw: str) -> str:
    """A lead figure as every language's way of writing it reads: "1,600", "1.600", "1 600" and
    "1600" give "1600" (groups of three digits after the first are thousands), "7,7" and "7.7"
    give "7.7" (a decimal). A decimal written with three digits ("1,644" as 1.644) reads as
    thousands: news figures with three decimals are far rarer than counts in the thousands.
    Lexical terms (:func:`term_counts`) keep figures as written: the lead figures are what is
    compared across languages, and on the ECB+ tuning topics folding the terms too moved one
    borderline article into the wrong event (B-cubed 0.940 → 0.936)."""
    groups = _GROUPS.split(raw)
    if len(groups) == 1:
        return raw
    if groups[0] != "0" and len(groups[0]) <= 3 and all(len(g) == 3 for g in groups[1:]):
        return "".join(groups)
    return groups[0] + "." + "".join(groups[1:])
YEAR_LEAD_CHARS = 400   # years in the title and first ~400 characters: the dateline and the lead
FIGURE_CHARS = 1500     # figures (tolls, scores, magnitudes, ages, amounts) of the first paragraphs


def shown_title(a: Article) -> str:
    """The article's title, else the first line of its body with a few words: never a line
    the cleaner marked as boilerplate (a series note, a menu, a notice), never a photo caption
    (an article cleaned before captions were told apart may still carry one as its title)."""
    if a.title and not is_caption(a.title):
        return a.title[:300]
    lines = [" ".join(x.split()) for x in a.body_text().splitlines()]
    line = next((x for x in lines if len(x.split()) >= 3), next((x for x in lines if x), ""))
    return line[:300]


def lead_specifics(article: Article) -> tuple[frozenset, "SVec"]:
    """(years, figures) that pin a happening down in any language and script.

    Look-alike events (two earthquakes, two celebrities entering rehab, two patches of the same
    browser) share words, names and embeddings; what tells them apart is the year in the dateline
    or lead and the figures (death toll, magnitude, score, age, round). Two leads naming the same
    year / the same figures support one happening, different years argue against it. Years are
    four-digit numbers 1950–2049; figures are the other numbers (any separator), so "6,1" and "6.1"
    agree."""
    # the raw text, boilerplate included: datelines ("Sat Nov 12 2011, 01:19 hrs") carry the year
    text = article.text
    head = ((article.title or "") + " " + text[:YEAR_LEAD_CHARS]) if article.title else text[:YEAR_LEAD_CHARS]
    years = frozenset(_YEAR_IN_TEXT.findall(head))
    figs: Counter = Counter()
    for m in _FIGURE.finditer(text[:FIGURE_CHARS]):
        x = m.group(0)
        if _YEAR_IN_TEXT.fullmatch(x):
            continue
        figs["#" + figure_key(x)] += 1.0
    return years, normalise(figs)


# ----------------------------------------------------------------------------- stated dates
_STATED = re.compile(r"; stated (\d{4}(?:-\d{2}){0,2}) \((metadata|text)\)$")


def stated_date(date: DateInfo | None) -> DateInfo | None:
    """The date the article itself states: ``date`` unless it was inferred. The linker refines a
    stated month (or year) into an inferred day and keeps the stated value at the end of the
    evidence ("…; stated 2025-04 (metadata)"), so that a restart or a recluster still sees the
    month the article states, never only the guess (issue 15: recluster was not idempotent)."""
    if date is None or date.source != "inferred":
        return date
    m = _STATED.search(date.evidence or "")
    return DateInfo(m.group(1), m.group(2)) if m else None


def with_stated(inferred: DateInfo, stated: DateInfo | None) -> DateInfo:
    """``inferred`` carrying the stated month/year it refines (see :func:`stated_date`)."""
    if stated is None or stated.source == "inferred" or _STATED.search(inferred.evidence or ""):
        return inferred
    return replace(inferred, evidence=f"{inferred.evidence}; stated {stated.value} ({stated.source})")


def _as_stated(a: Article, stated: DateInfo | None) -> Article:
    """``a`` as the linker first saw it: its stated date (or none) instead of the inferred one.
    Relative time expressions were re-anchored on the inferred date after linking: against a
    stated month they are read again as the timex stage read them (the default rules), so that
    the next pass does not pin the happening to the guess."""
    if stated is None:  # undated: relative expressions are not used (see happening_date)
        return replace(a, date=None)
    from ..enrich.temporal.pubdate import refine_timexes
    return replace(a, date=stated, timexes=refine_timexes(a.timexes or [], stated, a.text, a.lang))


# ----------------------------------------------------------------------------- all together
def article_features(articles: Sequence[Article], vectors: np.ndarray, stats: TermStats, *,
                     ent_idf_power: float, update_stats: bool,
                     new_label: Callable[[], int]) -> list[ArticleFeatures]:
    """Features of ``articles`` (``vectors``: their embeddings, row by row). ``update_stats`` first
    counts the articles in the streaming document frequencies; ``new_label`` gives the internal
    label of an article without a row id (a stored article's row id is its label, so that a saved
    ANN index stays valid)."""
    both = [term_counts(a) for a in articles]
    ents = [entity_counts(a) for a in articles]
    parts = [participants(a) for a in articles]
    if update_stats:
        for (c, _), e, pa in zip(both, ents, parts):
            stats.add(list(c.keys()) + [ENTITY_DF_PREFIX + k for k in e]
                      + [PARTICIPANT_DF_PREFIX + k for k in pa])
    out = []
    p = ent_idf_power
    for a, v, (c, nm), e, pa in zip(articles, vectors, both, ents, parts):
        years, figs = lead_specifics(a)
        ent_idf = (normalise(Counter({k: w * stats.idf(ENTITY_DF_PREFIX + k, ENTITY_MIN_DF) ** p
                                      for k, w in e.items()}))
                   if p and e else None)
        key = a.db_id if a.db_id is not None else new_label()
        stated = stated_date(a.date)  # an inferred date is no evidence of its own
        dated_years = frozenset({stated.value[:4]}) if stated is not None else frozenset()
        dated = stated is not None
        art_for_date = a if stated is a.date else _as_stated(a, stated)
        date = happening_date(art_for_date)
        weekdays = happening_weekdays(art_for_date) if date is None or date.granularity != "day" \
            else frozenset()
        people = person_counts(a)
        out.append(ArticleFeatures(
            key=key, db_id=a.db_id, ext_id=a.id, lang=(a.lang or "und"),
            title=shown_title(a),
            vec=np.asarray(v, dtype=np.float32), terms=Counter(), tfidf=stats.vector(c),
            names=stats.vector(nm, MAX_NAMES),
            entities=normalise(e), date=date, dated=dated, years=years, dated_years=dated_years, figs=figs,
            ent_idf=ent_idf, participants=pa, weekdays=weekdays,
            protagonist=protagonist(people), people=people))
    return out
