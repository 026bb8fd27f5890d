"""Claims: sentence/clause-level statements of an event's articles, with their facts, aligned
across articles and languages.

``extract_claims(articles) -> list[Claim]`` splits each article's body (boilerplate skipped) into
sentences, then clauses at ``;``, and records for each claim its **facts**: entities (mention
entity ids, else normalised names), normalised dates (DATE timexes inside the claim), numbers with
canonical units, persons' titles/roles (with the organisation they belong to), places asserted to
be in a country ("R, a Russian border region", "R in eastern Ukraine"), negation, and who is
speaking when the claim is reported speech.

``align_claims(claims, embedder) -> Alignment`` embeds every claim of the event in one batch (the
embedder caches vectors), scores pairs by cosine similarity plus entity/date/number overlap, and
groups claims of different articles into clusters labelled ``shared`` (carried by N outlets),
``unique`` (one outlet) or ``conflict`` (see :mod:`newsweave.compare.conflicts`).
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from typing import Any, Iterable, Sequence

import numpy as np

from . import lexicon
from .sentences import sentence_spans
from ..model import Article, Mention

_WORD = re.compile(r"[\w'’-]+")
_NUM = re.compile(r"(?<![\w.,])(\d{1,3}(?:[ \u00a0\u202f.,]\d{3})+|\d+(?:[.,]\d+)?)(?![\w]|[.,]\d)")
_DATE_VALUE = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?)?$")


# ------------------------------------------------------------------ records
@dataclass
class NumberFact:
    value: float
    unit: str | None
    start: int
    end: int
    text: str


@dataclass
class RoleFact:
    person: str  # entity key
    person_text: str
    role: str  # canonical role key
    org: str | None  # entity key of the organisation the role belongs to
    start: int
    end: int
    text: str
    former: bool = False


@dataclass
class PlaceFact:
    place: str  # entity key
    place_text: str
    country: str  # country key (ISO-like)
    start: int
    end: int
    text: str


def place_name_key(name: str) -> str:
    """Folded name of a place without its generic noun ("région de Koursk" → "koursk")."""
    s = lexicon.compiled("PLACE_NOUNS").sub(" ", name)
    s = re.sub(r"(?<![\w])(?:de|du|des|d['’]|of|the|la|le|l['’]|del|der|des)(?![\w])", " ", s,
               flags=re.IGNORECASE)
    return norm_name(s)


@dataclass
class Claim:
    id: str
    article: str  # Article.id
    source: str  # outlet
    lang: str | None
    start: int
    end: int
    text: str
    core: str  # text used for alignment (attribution phrases removed)
    position: float = 0.0  # relative position in the article, 0 = lead
    entities: list[str] = field(default_factory=list)
    entity_names: dict[str, str] = field(default_factory=dict)
    dates: list[tuple[str, int, int, str]] = field(default_factory=list)  # value, start, end, text
    numbers: list[NumberFact] = field(default_factory=list)
    roles: list[RoleFact] = field(default_factory=list)
    places: list[PlaceFact] = field(default_factory=list)
    negated: bool = False
    negation: tuple[int, int] | None = None
    speaker: str | None = None
    quoted: bool = False  # the claim is (mostly) a direct quote
    event: str | None = None  # the article's event: claims of different events are not aligned

    def to_json(self) -> dict[str, Any]:
        return {"id": self.id, "article": self.article, "source": self.source, "lang": self.lang,
                "start": self.start, "end": self.end, "text": self.text,
                "entities": self.entities, "dates": [d[0] for d in self.dates],
                "numbers": [{"value": n.value, "unit": n.unit, "text": n.text} for n in self.numbers],
                "negated": self.negated, "speaker": self.speaker}


# ------------------------------------------------------------------ entity keys
def norm_name(s: str) -> str:
    """Accent-, case- and script-folded name key ("Choïgou" → "choigou", "Шойгу" → "shoigu")."""
    try:
        from anyascii import anyascii
        s = anyascii(s)
    except Exception:  # pragma: no cover - anyascii is a dependency
        s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s.casefold() if c.isalnum() or c == " ")
    return " ".join(s.split())


def mention_key(m: Mention) -> str:
    return m.entity or ("n:" + norm_name(m.name or m.lemma or m.text))


_CAPSEQ = re.compile(r"(?<![\w'’-])([A-ZÀ-ÖØ-ÞА-ЯЁІЇЄҐ][\w'’-]+(?:[ -](?:[A-ZÀ-ÖØ-ÞА-ЯЁІЇЄҐ][\w'’-]+))*)")
_FUNCTION_CAPS = {
    "le", "la", "les", "l", "un", "une", "des", "du", "de", "ce", "cette", "il", "elle", "ils",
    "the", "a", "an", "this", "that", "he", "she", "they", "it", "in", "on", "at", "after",
    "el", "los", "las", "der", "die", "das", "er", "sie", "es", "ein", "eine", "selon", "según",
    "laut", "according", "mais", "but", "and", "et", "y", "und", "pour", "for", "as", "en",
    "dans", "au", "aux", "lors", "в", "на", "по", "он", "она", "они", "він", "вона", "вони",
    "за", "як", "и", "і", "но", "але", "по", "when", "while", "we", "nous", "i", "je",
}


def fallback_mentions(text: str, spans: Iterable[tuple[int, int]] | None = None) -> list[Mention]:
    """Capitalised word sequences as rough mentions, for articles without an entity layer.

    Type: PER after a role word, LOC after a place noun or locative preposition, else MISC.
    """
    out: list[Mention] = []
    for m in _CAPSEQ.finditer(text):
        s, e = m.start(), m.end()
        words = m.group(1).split()
        while words and words[0].casefold().strip("'’") in _FUNCTION_CAPS:
            s += len(words[0]) + 1
            words = words[1:]
        if not words:
            continue
        surface = text[s:e]
        if lexicon.canonical_role(surface) and len(words) == 1:
            continue
        before = text[max(0, s - 40):s].casefold()
        typ = "MISC"
        kind = lexicon.source_kind(surface)
        if kind in ("official", "ministry", "embassy", "agency", "media") and \
                not lexicon.country_of_name(surface):
            typ = "ORG"
        elif 2 <= len(words) <= 3 and not lexicon.find_countries(surface) and \
                not lexicon.compiled("PLACE_NOUNS").search(surface):
            typ = "PER"
        elif lexicon.canonical_role(before[-30:]) and re.search(r"\w\s*$", before):
            typ = "PER"
        elif lexicon.compiled("PLACE_NOUNS").search(before[-25:]) or \
                re.search(r"(?:\bin|\bà|\ben|\bdans|\bв|\bу|\bim|\bde)\s*$", before):
            typ = "LOC"
        if lexicon.country_of_name(surface):
            typ = "LOC"
        out.append(Mention(start=s, end=e, text=surface, type=typ))
    return out


def _underspecified(t) -> bool:
    """A weekday or relative word resolved only to a month or year ("mercredi" → 2025-04, when
    the anchor was a month): too vague to contradict a precise date."""
    if len(t.value) == 10:
        return False
    return not re.search(r"\d", t.text) and not lexicon.compiled("MONTHS").search(t.text)


# ------------------------------------------------------------------ fact extraction
def _numbers(text: str, base: int, skip: list[tuple[int, int]]) -> list[NumberFact]:
    out: list[NumberFact] = []
    for m in _NUM.finditer(text):
        s, e = base + m.start(), base + m.end()
        if any(a < e and s < b for a, b in skip):
            continue
        raw = m.group(1)
        digits = re.sub(r"[ \u00a0\u202f]", "", raw)
        if re.fullmatch(r"\d{1,3}(?:[.,]\d{3})+", digits):
            digits = re.sub(r"[.,]", "", digits)
        try:
            value = float(digits.replace(",", "."))
        except ValueError:
            continue
        after = text[m.end():m.end() + 40]
        if lexicon.compiled("MONTHS").match(after.lstrip()) or \
                re.search(lexicon.stem_regex(lexicon.MONTHS) + r"\s*$", text[max(0, m.start() - 12):m.start()],
                          re.IGNORECASE):
            continue  # a day of the month
        mult = re.match(r"\s*(" + lexicon.stem_regex(list(lexicon.MULTIPLIERS)) + r")(?![\w])",
                        after, re.IGNORECASE)
        if mult:
            for k, v in lexicon.MULTIPLIERS.items():
                if re.fullmatch(lexicon.stem_regex([k]), mult.group(1), re.IGNORECASE):
                    value *= v
                    break
            after = after[mult.end():]
        unit = lexicon.unit_after(after)
        if unit is None:
            adj = re.match(r"\s*[\w-]+", after)  # one adjective between: "3 000 jeunes soldats"
            if adj:
                unit = lexicon.unit_after(after[adj.end():])
        if unit is None and 1900 <= value <= 2100 and "." not in raw and "," not in raw:
            continue  # a year
        out.append(NumberFact(value=value, unit=unit, start=s, end=e, text=raw))
    for m in re.finditer(r"(?<![\w'’-])([\w'’]+)(?![\w])", text):
        w = m.group(1).casefold()
        if w in lexicon.NUMBER_WORDS:
            s, e = base + m.start(), base + m.end()
            if any(a < e and s < b for a, b in skip):
                continue
            unit = lexicon.unit_after(text[m.end():m.end() + 30])
            if unit is None:
                continue  # "deux pays", "two sides": counts of named things are not quantities
            out.append(NumberFact(value=float(lexicon.NUMBER_WORDS[w]), unit=unit, start=s, end=e,
                                  text=m.group(1)))
    return out


_ORG_LINK = re.compile(r"\s*(?:du|de\s+la|de\s+l['’]|des|de|d['’]|of\s+the|of|del|de\s+los|"
                       r"de\s+las|der|des|vom|von|des|при)\s*", re.IGNORECASE)


def _roles(text: str, base: int, ments: list[Mention], keys: dict[int, str]
           ) -> list[RoleFact]:
    """Titles attached to persons: "ROLE (of ORG) PERSON" and "PERSON, ROLE (of ORG)"."""
    out: list[RoleFact] = []
    pers = [m for m in ments if m.type == "PER"]
    orgs = [m for m in ments if m.type in ("ORG", "MISC", "LOC")]
    seen: set[tuple[int, int]] = set()
    for key, pat in lexicon.role_patterns():
        for rm in pat.finditer(text):
            rs, re_ = base + rm.start(), base + rm.end()
            if any(a <= rs < b for a, b in seen):
                continue
            seen.add((rs, re_))
            # complement: "du Conseil de sécurité (SB) de Russie"
            comp_s = re_
            link = _ORG_LINK.match(text, rm.end())
            org_key = None
            comp_e = comp_s
            tail_end = len(text)
            org_after = [o for o in orgs if o.type == "ORG" and 0 <= o.start - re_ <= 2]
            org_before = [o for o in orgs if o.type == "ORG" and 0 <= rs - o.end <= 2]
            if org_after or (org_before and not link):
                o = (org_after or org_before)[0]
                org_key = keys[id(o)]
                comp_e = max(re_, o.end)
                link = None
            elif link:
                tail = text[link.end():link.end() + 80]
                stop = re.search(r"[,.;:!?«»“”\"]|\s(?:qui|who|который|який|que)\s", tail)
                tail_end = link.end() + (stop.start() if stop else len(tail))
                p_in = [p for p in pers if base + link.end() <= p.start < base + tail_end]
                if p_in:
                    tail_end = p_in[0].start - base
                org_m = [o for o in orgs if base + link.end() <= o.start < base + tail_end]
                if org_m:
                    org_key = keys[id(org_m[0])]
                    comp_e = org_m[0].end
                else:
                    words = [w for w in _WORD.findall(text[link.end():tail_end])][:4]
                    if words:
                        org_key = "n:" + norm_name(" ".join(words))
                        comp_e = base + tail_end
            # the person: right after the role phrase, or just before it (apposition)
            person = None
            for p in pers:
                gap = text[max(comp_e, re_) - base:p.start - base] if p.start >= re_ else None
                if gap is not None and len(gap) <= 45 and not re.search(r"[.;:!?«»“”]", gap) \
                        and len(_WORD.findall(gap)) <= 5 and not lexicon.canonical_role(gap):
                    person = p
                    break
            if person is None:
                for p in pers:
                    gap = text[p.end - base:rm.start()] if p.end <= rs else None
                    if gap is not None and re.fullmatch(r"\s*,\s*(?:(?:le|la|the|el|der|die|l['’])\s+)?"
                                                        r"(?:[\w-]+\s+){0,2}", gap):
                        person = p
            if person is None:
                continue
            pre = text[max(0, rm.start() - 12):rm.start()]
            former = bool(re.search(r"(?:ex-|ancien\w*|former|бывш\w*|колишн\w*|экс-|екс-|"
                                    r"ehemalig\w*|antigu\w*)\s*$", pre, re.IGNORECASE))
            s = min(rs, person.start)
            e = max(re_, comp_e, person.end)
            out.append(RoleFact(person=keys[id(person)], person_text=person.text, role=key,
                                org=org_key, start=s, end=e, text=text[s - base:e - base],
                                former=former))
    return out


def _tokens_between(text: str) -> list[str]:
    return [w.casefold() for w in _WORD.findall(text)]


_GAP_OK_EXTRA = {"une", "un", "a", "an", "la", "le", "les", "l", "the", "cette", "this", "that",
                 "située", "situé", "located", "situated", "lying",
                 "en", "el", "die", "der", "das", "eine", "ein", "una", "la", "es", "est",
                 "is", "ist", "c'est", "qui", "which", "dans", "in", "au", "aux", "до", "входит"}


def _gap_ok(gap: str, allow_including: bool = False) -> tuple[bool, bool]:
    """Whether the words between a place and a country only say "in / a … region of";
    returns (ok, saw an "including" word)."""
    if re.search(r"[.;:!?«»“”\"()]", gap):
        return False, False
    g = gap
    saw_incl = False
    inc = lexicon.compiled("INCLUDING_WORDS")
    if inc.search(g):
        saw_incl = True
        g = inc.sub(" ", g)
    pn, dw = lexicon.compiled("PLACE_NOUNS"), lexicon.compiled("DIRECTION_WORDS")
    preps = {p.casefold() for p in lexicon.LOCATIVE_PREPS}
    words = _tokens_between(g)
    if len(words) > (9 if allow_including else 6):
        return False, saw_incl
    for w in words:
        w2 = w.strip("'’")
        if w in preps or w2 in preps or w2 in _GAP_OK_EXTRA or pn.fullmatch(w) or dw.fullmatch(w) \
                or dw.fullmatch(w2) or re.fullmatch(r"[ldsc]['’]\w*", w) and (
                    dw.fullmatch(w[2:]) or pn.fullmatch(w[2:]) or w[2:] in ("", "est", "ouest")):
            continue
        return False, saw_incl
    return True, saw_incl


def _places(text: str, base: int, ments: list[Mention], keys: dict[int, str]) -> list[PlaceFact]:
    """Places asserted to lie in a country, from the words right around the place name."""
    out: list[PlaceFact] = []
    countries = lexicon.find_countries(text)
    if not countries:
        return out
    for p in ments:
        if p.type not in ("LOC", "MISC"):
            continue
        if lexicon.country_of_name(p.text) or lexicon.country_of_name(p.name or ""):
            continue
        ps, pe = p.start - base, p.end - base
        if ps < 0 or pe > len(text):
            continue
        found: tuple[str, int, int] | None = None
        # after the place: "R in eastern Ukraine", "R, une région russe frontalière"
        for cs, ce, ck, is_adj in countries:
            if cs >= pe and cs - pe <= 70:
                ok, _ = _gap_ok(text[pe:cs])
                if ok and (not is_adj or lexicon.compiled("PLACE_NOUNS").search(
                        text[pe:cs] + " " + text[ce:ce + 25])):
                    found = (ck, ps, ce)
                    break
        if found is None:
            # before the place: "the Russian region of R", "la région russe de R", "Russia's R",
            # "dans l'est de l'Ukraine, notamment dans la région de R"
            for cs, ce, ck, is_adj in reversed(countries):
                if ce <= ps and ps - ce <= 90:
                    gap = text[ce:ps]
                    gap2 = re.sub(r"^['’]s\b", " ", gap)
                    ok, incl = _gap_ok(gap2, allow_including=True)
                    if not ok:
                        continue
                    if is_adj and not lexicon.compiled("PLACE_NOUNS").search(
                            text[max(0, cs - 25):cs] + " " + gap):
                        continue
                    if not is_adj and not incl and not gap.startswith(("'s", "’s")):
                        # "Ukraine's region R" ok; "en Ukraine, la région R" needs "including"
                        if len(_tokens_between(gap)) > 3:
                            continue
                    found = (ck, cs, pe)
                    break
        if found:
            ck, s, e = found
            out.append(PlaceFact(place=keys[id(p)], place_text=p.text, country=ck,
                                 start=base + s, end=base + e, text=text[s:e]))
    return out


_DEMONSTRATIVE = re.compile(
    r"(?<![\w])(?:cette|ce|cet|this|that|эт(?:ой|ом|у|а|от|им)|цієї|цій|цю|ця|цього|цьому|"
    r"esta|este|esa|ese|diese[mnrs]?|dieser)\s+((?:[\w'’-]+\s+){0,2}[\w'’-]+)", re.IGNORECASE)


def _anaphoric_places(text: str, s: int, e: int, ments: list[Mention], keys: dict[int, str]
                      ) -> list[PlaceFact]:
    """"this Russian border region" / "cette région russe frontalière": the place named last
    before the sentence is asserted to lie in that country."""
    out: list[PlaceFact] = []
    for m in _DEMONSTRATIVE.finditer(text, s, e):
        phrase = m.group(1)
        if not lexicon.compiled("PLACE_NOUNS").search(phrase):
            continue
        hits = [h for h in lexicon.find_countries(phrase) if h[3]]
        if not hits:
            continue
        prev = [x for x in ments if x.type == "LOC" and x.end <= m.start() and m.start() - x.end < 600
                and not lexicon.country_of_name(x.text) and not lexicon.country_of_name(x.name or "")
                and lexicon.compiled("PLACE_NOUNS").search(text[max(0, x.start - 25):x.end + 25])]
        if not prev:
            continue
        ante = prev[-1]
        out.append(PlaceFact(place=keys[id(ante)], place_text=ante.text, country=hits[0][2],
                             start=m.start(), end=m.end(), text=text[m.start():m.end()]))
    return out


def _fold_keys(claims: list[Claim], all_mentions: list[tuple[Mention, str]]) -> dict[str, str]:
    """Merge unresolved name keys that are spelling variants ("koursk" / "kursk")."""
    from rapidfuzz import fuzz
    names = sorted({k for _, k in all_mentions if k.startswith("n:")})
    canon: dict[str, str] = {}
    reps: list[str] = []
    for k in names:
        for r in reps:
            a, b = k[2:], r[2:]
            if a == b or (min(len(a), len(b)) >= 4 and fuzz.ratio(a, b) >= 80) or \
                    (len(a.split()) > 1 and a.split()[-1] == b) or (len(b.split()) > 1 and b.split()[-1] == a):
                canon[k] = r
                break
        else:
            reps.append(k)
            canon[k] = k
    return canon


def extract_claims(articles: Sequence[Article], min_words: int = 4) -> list[Claim]:
    """Claims of each article (boilerplate skipped), with their facts."""
    claims: list[Claim] = []
    all_mentions: list[tuple[Mention, str]] = []
    for a in articles:
        text = a.text
        ments = list(a.entities) or fallback_mentions(a.body_text())
        keys = {id(m): mention_key(m) for m in ments}
        all_mentions.extend((m, keys[id(m)]) for m in ments)
        quotes = list(a.quotes)
        protect = [(q.start, q.end) for q in quotes if q.kind == "direct"]
        timexes = [t for t in a.timexes if t.type == "DATE" and _DATE_VALUE.match(t.value or "")
                   and t.confidence >= 0.6 and not _underspecified(t)]
        all_tx = [(t.start, t.end) for t in a.timexes]
        sents: list[tuple[int, int]] = []
        for s, e in a.body_spans():
            for ss, se in sentence_spans(text, s, e, protect):
                # clauses at semicolons
                pos = ss
                for m in re.finditer(r";\s+", text[ss:se]):
                    sents.append((pos, ss + m.start()))
                    pos = ss + m.end()
                sents.append((pos, se))
        total = max(1, len(text))
        mask_spans = [(x.start, x.end) for x in a.attributions] + \
                     [q.speaker_span for q in quotes if q.speaker_span]
        for i, (s, e) in enumerate(sents):
            chunk = text[s:e]
            if len(_WORD.findall(chunk)) < min_words:
                continue
            cm = [m for m in ments if s <= m.start and m.end <= e]
            c = Claim(id=f"{a.id}#{i}", article=a.id, source=a.source or f"?{a.id}", lang=a.lang,
                      start=s, end=e, text=chunk, core=_core(text, s, e, mask_spans),
                      position=s / total, event=a.event)
            for m in cm:
                k = keys[id(m)]
                if k not in c.entities:
                    c.entities.append(k)
                    c.entity_names[k] = m.name or m.text
            c.dates = [(t.value, t.start, t.end, t.text) for t in timexes if s <= t.start and t.end <= e]
            c.numbers = _numbers(chunk, s, [x for x in all_tx if s <= x[0] < e])
            c.roles = _roles(chunk, s, cm, keys)
            for m in cm:  # roles the entity layer attached to a mention
                for r in (m.attrs.get("roles") or []):
                    rk = lexicon.canonical_role(str(r))
                    if rk and not any(x.person == keys[id(m)] and x.role == rk for x in c.roles):
                        c.roles.append(RoleFact(person=keys[id(m)], person_text=m.text, role=rk,
                                                org=None, start=m.start, end=m.end, text=str(r),
                                                former=bool(re.search(r"\b(?:ex|former|ancien)",
                                                                      str(r), re.I))))
            c.places = _places(chunk, s, cm, keys)
            c.places += _anaphoric_places(text, s, e, ments, keys)
            if lexicon.is_negated(c.core, a.lang):
                c.negated = True
                nm = lexicon.is_negated(chunk, a.lang)
                c.negation = (s + nm.start(), s + nm.end()) if nm else (s, e)
            for q in quotes:
                if q.start < e and s < q.end and q.speaker:
                    c.speaker = q.speaker
                    if q.kind == "direct" and (q.end - q.start) >= 0.6 * (e - s):
                        c.quoted = True
            claims.append(c)
    # fold spelling variants of unresolved names so that facts compare across articles
    canon = _fold_keys(claims, all_mentions)
    if canon:
        for c in claims:
            c.entities = list(dict.fromkeys(canon.get(k, k) for k in c.entities))
            c.entity_names = {canon.get(k, k): v for k, v in c.entity_names.items()}
            for r in c.roles:
                r.person = canon.get(r.person, r.person)
                r.org = canon.get(r.org, r.org) if r.org else None
            for p in c.places:
                p.place = canon.get(p.place, p.place)
    return claims


def _core(text: str, s: int, e: int, mask: list[tuple[int, int]]) -> str:
    chars = list(text[s:e])
    for a, b in mask:
        if a < e and s < b:
            for i in range(max(a, s), min(b, e)):
                chars[i - s] = " "
    out = re.sub(r"\s+", " ", "".join(chars)).strip()
    return out or text[s:e]


# ------------------------------------------------------------------ alignment
@dataclass
class ClaimCluster:
    id: str
    claims: list[str]
    sources: list[str]
    articles: list[str]
    label: str = "unique"  # shared | unique | conflict
    representative: str = ""
    score: float = 0.0

    @property
    def n_sources(self) -> int:
        return len(self.sources)


@dataclass
class Alignment:
    claims: list[Claim]
    sim: np.ndarray  # (n, n) combined similarity
    clusters: list[ClaimCluster]
    cluster_of: dict[str, str]

    def index(self) -> dict[str, int]:
        return {c.id: i for i, c in enumerate(self.claims)}


def same_event(a: Claim, b: Claim) -> bool:
    """Claims are compared only within one event (a story report spans several)."""
    return a.event is None or b.event is None or a.event == b.event


def _overlap_bonus(a: Claim, b: Claim) -> float:
    """Fact agreement added to the cosine similarity: same-topic news sentences are all close
    in embedding space, so shared participants, dates and numbers decide."""
    bonus = 0.0
    ea, eb = set(a.entities), set(b.entities)
    if ea and eb:
        j = len(ea & eb) / len(ea | eb)
        bonus += 0.06 * j if j else -0.03
    if a.dates and b.dates and any(x[0].startswith(y[0]) or y[0].startswith(x[0])
                                   for x in a.dates for y in b.dates):
        bonus += 0.03
    if a.numbers and b.numbers and {(n.value, n.unit) for n in a.numbers} & \
            {(n.value, n.unit) for n in b.numbers}:
        bonus += 0.03
    la, lb = len(a.text), len(b.text)
    if max(la, lb) > 2.5 * max(1, min(la, lb)):
        bonus -= 0.02  # a headline fragment against a long paragraph-sentence
    return bonus


def embed_claims(claims: Sequence[Claim], embedder: Any = None) -> np.ndarray:
    """(n, dim) unit vectors of the claims' core texts, in one batch."""
    if not claims:
        return np.zeros((0, 384), dtype=np.float32)
    if embedder is None:
        from ..enrich.embed import Embedder
        embedder = Embedder()
    vecs = np.asarray(embedder.embed([c.core for c in claims]), dtype=np.float32)
    norms = np.linalg.norm(vecs, axis=1, keepdims=True)
    norms[norms == 0] = 1.0
    return vecs / norms


def align_claims(claims: list[Claim], embedder: Any = None, threshold: float = 0.92,
                 vectors: np.ndarray | None = None) -> Alignment:
    """Similarity of every claim pair and clusters of claims from different articles."""
    n = len(claims)
    if n == 0:
        return Alignment(claims, np.zeros((0, 0), dtype=np.float32), [], {})
    V = vectors if vectors is not None else embed_claims(claims, embedder)
    sim = (V @ V.T).astype(np.float32)
    # fact overlap only where the texts are already close (keeps it O(candidates))
    cand = np.argwhere(np.triu(sim >= threshold - 0.08, k=1))
    for i, j in cand:
        b = _overlap_bonus(claims[i], claims[j])
        sim[i, j] += b
        sim[j, i] += b
    np.fill_diagonal(sim, 1.0)
    art = [c.article for c in claims]
    parent = list(range(n))
    members: dict[int, set[str]] = {i: {art[i]} for i in range(n)}
    items: dict[int, list[int]] = {i: [i] for i in range(n)}

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    pairs = [(float(sim[i, j]), int(i), int(j)) for i, j in np.argwhere(np.triu(sim >= threshold, k=1))
             if art[i] != art[j] and same_event(claims[i], claims[j])]
    pairs.sort(reverse=True)
    for _, i, j in pairs:
        ri, rj = find(i), find(j)
        if ri == rj or members[ri] & members[rj]:
            continue  # one claim per article in a cluster
        if len(items[ri]) + len(items[rj]) > 2 and \
                float(sim[np.ix_(items[ri], items[rj])].mean()) < threshold - 0.03:
            continue  # average linkage: no chains of loosely related sentences
        parent[rj] = ri
        members[ri] |= members.pop(rj)
        items[ri] += items.pop(rj)
    groups: dict[int, list[int]] = {}
    for i in range(n):
        groups.setdefault(find(i), []).append(i)
    clusters: list[ClaimCluster] = []
    cluster_of: dict[str, str] = {}
    for k, idx in enumerate(sorted(groups.values(), key=lambda g: min(g))):
        sources = sorted({claims[i].source for i in idx})
        cid = f"c{k}"
        if len(idx) > 1:
            sub = sim[np.ix_(idx, idx)]
            rep = idx[int(np.argmax(sub.sum(axis=1) - 0.05 * np.array(
                [claims[i].position for i in idx])))]
        else:
            rep = idx[0]
        cl = ClaimCluster(id=cid, claims=[claims[i].id for i in idx], sources=sources,
                          articles=sorted({claims[i].article for i in idx}),
                          label="shared" if len(sources) > 1 else "unique",
                          representative=claims[rep].id)
        clusters.append(cl)
        for i in idx:
            cluster_of[claims[i].id] = cid
    return Alignment(claims, sim, clusters, cluster_of)
