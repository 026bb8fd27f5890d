"""Direct and indirect speech, speakers and attributions.

``extract_quotes(article) -> (quotes, attributions)``

* **Direct quotes** in every common style: « … », “ … ”, „ … “ (German, Ukrainian, Russian),
  „ … ”, ‹ … ›, "…", ‘ … ’ and '…' (single quotes only when they cannot be apostrophes).
  Nested quotes keep only the outermost span.
* **Speaker**: the nearest speech verb after the quote (``», a déclaré X``, ``", X said``,
  ``», — сказал он``) or before it in the same sentence (``X a déclaré : « … »``), or an
  "according to" cue (``selon X``). Pronouns resolve to the last named person (PER mention)
  before them. A speaker span that overlaps or names a mention of ``article.entities`` takes that
  mention's corpus-wide entity id.
* **Indirect speech**: speech verb + "that" (``a déclaré que``, ``заявил, что``), "according to"
  cues (``selon``, ``according to``, ``за даними``, ``según``, ``laut``, ``X zufolge``,
  ``citing``) and sentence-final reporting clauses (``…, a rapporté TASS.``, ``…, Reuters
  reported.``).
* **Attributions**: every "according to" cue and reporting clause, and every speaker that is not a
  person, becomes an :class:`Attribution` with a kind (agency, ministry, embassy, media, official,
  anonymous, expert, person, other).

Cue words come from the ``quotes`` section of each ``newsweave.lang`` module
(:mod:`newsweave.enrich.quote_cues`).
"""
from __future__ import annotations

import re
from typing import Iterable

from ..model import Article, Attribution, Mention, Quote
from ..text.sentences import sentence_spans
from .quote_cues import QuoteCues, cues_for
from .quote_spans import find_quote_spans
from .source_kinds import source_kind

__all__ = ["QuoteExtractor", "extract_quotes", "find_quote_spans"]

VERSION = "1"

_WORD = re.compile(r"[\w'’-]+", re.UNICODE)


# ------------------------------------------------------------------ noun phrases, mentions
def _tokens(text: str, base: int = 0) -> list[tuple[int, int, str]]:
    return [(base + m.start(), base + m.end(), m.group(0)) for m in _WORD.finditer(text)]


class _Ctx:
    def __init__(self, article: Article) -> None:
        self.a = article
        self.text = article.text
        self.L = cues_for(article.lang)
        self.lang = article.lang
        self.mentions = sorted(article.entities, key=lambda m: (m.start, -m.end))

    def mention_in(self, s: int, e: int) -> Mention | None:
        best = None
        for m in self.mentions:
            if m.start < e and m.end > s:
                if best is None or (m.type in ("PER", "ORG")) > (best.type in ("PER", "ORG")) or \
                        (m.end - m.start) > (best.end - best.start):
                    best = m
        return best

    def holds_office(self, ment: Mention) -> bool:
        """The text gives this mention's entity a title somewhere ("the minister Ana Ruiz ...
        according to Ruiz"): the office is the person's, not only the mention's."""
        return any(m.attrs.get("roles") for m in self.mentions
                   if m is ment or (ment.entity is not None and m.entity == ment.entity))

    def mention_by_name(self, name: str) -> Mention | None:
        key = name.casefold().strip()
        if not key:
            return None
        for m in self.mentions:
            if m.text.casefold() == key or (m.name or "").casefold() == key:
                return m
        for m in self.mentions:  # a surname alone ("Lavrov") names the full mention
            if m.type == "PER" and (m.text.casefold().endswith(" " + key)
                                    or (m.name or "").casefold().endswith(" " + key)):
                return m
        return None

    def last_person_before(self, pos: int) -> Mention | None:
        best = None
        for m in self.mentions:
            if m.type == "PER" and m.end <= pos:
                best = m
        return best

    def is_aux(self, w: str) -> bool:
        w = w.casefold()
        if w in self.L.aux or (self.L.euphonic is not None and w.startswith(("t-", "-t-"))):
            return True
        # adverbs between subject and verb: "a précédemment déclaré", "has repeatedly said"
        return len(w) > 5 and w.endswith(self.L.adverb_suffixes)

    # -- speaker spans -------------------------------------------------------------
    def np_after(self, s: int, limit: int) -> tuple[int, int] | None:
        """Noun phrase starting at ``s``: up to 7 words, stops at punctuation or stop words."""
        seg = self.text[s:limit]
        m = re.match(r"[^.;:!?\n«»“”„\"()\[\]]*", seg)
        seg = seg[:m.end()] if m else seg
        comma = seg.find(",")
        if comma >= 0:
            seg = seg[:comma]
        toks = _tokens(seg, s)
        while toks and self.is_aux(toks[0][2]) and toks[0][2].casefold() not in self.L.dets:
            toks = toks[1:]  # "a également déclaré le ministre": skip what precedes the subject
        keep: list[tuple[int, int, str]] = []
        for k, t in enumerate(toks[:8]):
            w = t[2].casefold()
            # a determiner after a linking determiner goes on ("l'ingénieur de la ville")
            linked = w in self.L.dets and bool(keep) and keep[-1][2].casefold() in self.L.dets
            if k > 0 and w in self.L.stops and not linked:
                ment = self.mention_in(keep[-1][0], keep[-1][1]) if keep else None
                if not (ment and ment.end > t[0]):
                    break
            if self.L.verb and k > 0 and self.L.verb.fullmatch(t[2]):
                break
            # German: a lower-case word that is no determiner, link or adjective ends the name
            if self.L.lowercase_ends_phrase and k > 0 and t[2][:1].islower() and w not in self.L.dets \
                    and w not in self.L.phrase_links and not (
                        w.endswith(self.L.adjective_endings) and k + 1 < len(toks)
                        and toks[k + 1][2][:1].isupper()):
                break
            keep.append(t)
        while keep and keep[-1][2].casefold() in self.L.dets:
            keep.pop()  # a phrase cut before its noun ends on no dangling "de" / "of"
        if not keep:
            return None
        st, en = keep[0][0], keep[-1][1]
        ment = self.mention_in(st, en)
        if ment and ment.end > en and ment.start < en:
            en = ment.end
        return self._strip_det(st, en)

    def np_before(self, start: int, verb_start: int) -> tuple[int, int] | None:
        """Noun phrase that ends right before a verb (skipping auxiliaries)."""
        seg = self.text[start:verb_start]
        cut = max(seg.rfind(c) for c in ",;:«»“”„\"()—–")
        if cut >= 0 and not self.mention_in(start + cut, start + cut + 1):
            base = start + cut + 1
        else:
            base = start
        toks = _tokens(self.text[base:verb_start], base)
        while toks and self.is_aux(toks[-1][2]):
            toks = toks[:-1]
        if not toks:
            if base > start:  # "Le Conseil, un organe consultatif, avait fait savoir"
                first = self.mention_in(start, base)
                if first is not None:
                    return first.start, first.end
                return self.np_after(start, base)
            return None
        # a mention ending among the last tokens wins
        for m in reversed(self.mentions):
            if base <= m.start and m.end <= toks[-1][1] and m.end >= toks[max(0, len(toks) - 4)][0]:
                return m.start, m.end
        toks = toks[-7:]
        # cut at a stop word / relative pronoun, keep what follows it
        for k in range(len(toks) - 1, -1, -1):
            if toks[k][2].casefold() in self.L.stops and k < len(toks) - 1:
                toks = toks[k + 1:]
                break
        return self._strip_det(toks[0][0], toks[-1][1])

    def _strip_det(self, s: int, e: int) -> tuple[int, int] | None:
        m = re.match(r"(\w+['’]|\w+\s+)", self.text[s:e])
        if m and m.group(1).strip().casefold() in self.L.dets and s + m.end() < e:
            s += m.end()
        while e > s and not self.text[e - 1].isalnum():
            e -= 1
        return (s, e) if e > s else None

    def resolve(self, span: tuple[int, int] | None) -> tuple[str | None, str | None,
                                                               tuple[int, int] | None, Mention | None]:
        """(speaker text, entity id, span, mention) for a speaker span; pronouns → last PER."""
        if span is None:
            return None, None, None, None
        s, e = span
        surface = self.text[s:e]
        if surface.casefold() in self.L.impersonal:  # "on a confirmé « … »": said by no one named
            return None, None, None, None
        if surface.casefold() in self.L.pronouns or (
                self.L.euphonic is not None and self.L.euphonic.fullmatch("-" + surface.lstrip("-"))):
            per = self.last_person_before(s)
            if per is not None:
                return per.name or per.text, per.entity, span, per
            return surface, None, span, None
        # "la porte-parole du gouvernement, Claire Vidal": the name in apposition is the speaker
        app = re.match(r",\s*", self.text[e:e + 3])
        if app:
            nxt = [m for m in self.mentions if m.type == "PER" and m.start == e + app.end()]
            if nxt:
                m = nxt[0]
                return m.text, m.entity, (m.start, m.end), m
        inside = [m for m in self.mentions if m.type == "PER" and m.start >= s and m.end <= e]
        if inside:  # "Ministerin Karin Vogt": the title stays a role of the person
            m = inside[-1]
            return m.text, m.entity, (m.start, m.end), m
        m = self.mention_in(s, e)
        if m is None:
            m = self.mention_by_name(surface)
        if m is not None and m.start >= s and m.end <= e and (m.end - m.start) >= 0.5 * (e - s):
            return m.text, m.entity, (m.start, m.end), m
        return surface, (m.entity if m is not None else None), span, m


# ------------------------------------------------------------------ speaker search
def _verb_in(L: QuoteCues, text: str, s: int, e: int) -> list[re.Match[str]]:
    if L.verb is None:
        return []
    return list(L.verb.finditer(text, s, e))


def _speaker_after(ctx: _Ctx, qe: int, sent_end: int) -> tuple[tuple[int, int] | None, str | None]:
    """Speaker from the clause right after a quote: ``», a déclaré X`` / ``", X said``."""
    text = ctx.text
    m = re.match(r"[\s,;]*(?:[—–-]\s*)?", text[qe:sent_end])
    p = qe + (m.end() if m else 0)
    window_end = min(sent_end, p + 160)
    nxt_q = min((text.find(o, p, window_end) for o in "«“„" if text.find(o, p, window_end) >= 0),
                default=-1)
    if nxt_q >= 0:
        window_end = nxt_q
    if ctx.L.according:
        am = ctx.L.according.match(text, p)
        if am:
            return ctx.np_after(am.end(), window_end), am.group(0)
    verbs = _verb_in(ctx.L, text, p, window_end)
    if not verbs:
        return None, None
    v = verbs[0]
    glued = ctx.L.euphonic.search(text[p:min(window_end, v.end() + 10)]) if ctx.L.euphonic else None
    if glued:  # "a-t-elle affirmé", "ajoute-t-il"
        return (p + glued.start(1), p + glued.end(1)), v.group(0)
    between = [t for t in _tokens(text[p:v.start()], p) if not ctx.is_aux(t[2])]
    if len(between) > 6:
        return None, None
    cue = v.group(0)
    if between:  # ", X said" / ", он сказал"
        return ctx.np_before(p, v.start()), cue
    return ctx.np_after(v.end(), window_end), cue


def _speaker_before(ctx: _Ctx, sent_start: int, qs: int
                    ) -> tuple[tuple[int, int] | None, str | None, int]:
    """Speaker from the clause before a quote: ``X a déclaré : « … »`` / ``Selon X, « … »``.
    Returns (span, cue, distance in characters between cue and quote)."""
    text = ctx.text
    if ctx.L.according:
        acc = list(ctx.L.according.finditer(text, sent_start, qs))
        if acc:
            a = acc[-1]
            span = ctx.np_after(a.end(), qs)
            if span:
                return span, a.group(0), qs - span[1]
    verbs = _verb_in(ctx.L, text, sent_start, qs)
    if not verbs:
        return None, None, 10 ** 6
    v = verbs[-1]
    dist = qs - v.end()
    span = ctx.np_before(sent_start, v.start())
    if span is None:  # "A déclaré le ministre : « … »"
        span = ctx.np_after(v.end(), qs)
    return span, v.group(0), dist


# ------------------------------------------------------------------ main entry point
class QuoteExtractor:
    """The rule-based :class:`newsweave.components.QuoteExtractor`: reads the article's text,
    language, boilerplate and entity mentions; assigns its quotes and attributions."""

    name = "newsweave.quotes.rules"
    version = VERSION
    requires = ("text", "lang", "boilerplate", "entities")
    assigns = ("quotes", "attributions")

    def extract(self, article: Article) -> tuple[list[Quote], list[Attribution]]:
        return _extract(article)


def extract_quotes(article: Article) -> tuple[list[Quote], list[Attribution]]:
    """Direct and indirect quotes with speakers, and attributions, for one article
    (convenience wrapper of :class:`QuoteExtractor`)."""
    return _extract(article)


def _extract(article: Article) -> tuple[list[Quote], list[Attribution]]:
    ctx = _Ctx(article)
    text = article.text
    body = article.body_spans() or [(0, len(text))]
    spans = [q for q in find_quote_spans(text)
             if any(s <= q[0] and q[1] <= e for s, e in body)]
    sents: list[tuple[int, int]] = []
    for s, e in body:
        sents.extend(sentence_spans(text, s, e, protect=spans))

    def sent_of(pos: int) -> tuple[int, int]:
        for s, e in sents:
            if s <= pos < e:
                return s, e
        return pos, pos

    quotes: list[Quote] = []
    atts: list[Attribution] = []
    used_cues: list[tuple[int, int]] = []  # sentences whose cue a direct quote consumed

    for qs, qe in spans:
        cs, ce = qs + 1, qe - 1
        while cs < ce and text[cs].isspace():
            cs += 1
        while ce > cs and text[ce - 1].isspace():
            ce -= 1
        content = (cs, ce)
        inner = text[cs:ce]
        n_words = len(_WORD.findall(inner))
        if n_words == 0:
            continue
        ss, se = sent_of(qs)
        ss2, se2 = sent_of(max(qs, qe - 1))
        se = max(se, se2)
        span, cue = _speaker_after(ctx, qe, max(se, qe))
        if span is None:
            span, cue, dist = _speaker_before(ctx, ss, qs)
            # short quoted words need a cue right before them (else: scare quotes, titles)
            gap = text[max(ss, qs - max(dist, 0)):qs] if dist < 10 ** 6 else ""
            tight = re.fullmatch(r"[\s,:]*(?:" + ctx.L.that_words + r")?[\s:]*", gap, re.IGNORECASE)
            colon = ":" in gap and len(_WORD.findall(gap)) <= 2  # "répondit sèchement : « … »"
            if n_words <= 3 and (dist > 20 or not (tight or colon)):
                continue
            if span is None and n_words <= 3:
                continue
        speaker, ent, sp_span, ment = ctx.resolve(span)
        if speaker is None and n_words < 4:
            continue
        quotes.append(Quote(start=qs, end=qe, speaker=speaker, cue=cue, kind="direct",
                            entity=ent, content=content, speaker_span=sp_span))
        used_cues.append((ss, se))
        if sp_span is not None and cue is not None:
            _maybe_attr(ctx, atts, sp_span, speaker, cue, ment, person_ok=False)

    # indirect speech, sentence by sentence
    for ss, se in sents:
        _indirect(ctx, ss, se, spans, quotes, atts,
                  consumed=any(s <= ss < e or ss <= s < se for s, e in used_cues))

    quotes.sort(key=lambda q: (q.start, q.end))
    atts = _dedup_atts(atts)
    return quotes, atts


def _maybe_attr(ctx: _Ctx, atts: list[Attribution], span: tuple[int, int], source: str | None,
                cue: str | None, ment: Mention | None, person_ok: bool) -> None:
    if not source:
        return
    if source.casefold() in ctx.L.pronouns:
        return
    etype = ment.type if ment is not None else None
    kind = source_kind(source, etype, ment is not None and ctx.holds_office(ment))
    if not person_ok and (etype == "PER" or kind == "other" and _looks_like_name(source)):
        return
    atts.append(Attribution(start=span[0], end=span[1], source=source, cue=cue, kind=kind,
                            entity=ment.entity if ment is not None else None))


def _looks_like_name(s: str) -> bool:
    parts = s.split()
    return 1 <= len(parts) <= 4 and all(p[:1].isupper() for p in parts) and not s.isupper()


def _dedup_atts(atts: Iterable[Attribution]) -> list[Attribution]:
    seen, out = set(), []
    for a in sorted(atts, key=lambda a: (a.start, a.end)):
        if (a.start, a.end) in seen:
            continue
        seen.add((a.start, a.end))
        out.append(a)
    return out


def _inside(pos: int, spans: list[tuple[int, int]]) -> bool:
    return any(s <= pos < e for s, e in spans)


def _indirect(ctx: _Ctx, ss: int, se: int, qspans: list[tuple[int, int]], quotes: list[Quote],
              atts: list[Attribution], consumed: bool) -> None:
    text, L = ctx.text, ctx.L
    made = False
    # 1. "according to" cues: "Selon X, …" / "…, according to X." / "X zufolge"
    if L.according:
        for a in L.according.finditer(text, ss, se):
            if _inside(a.start(), qspans):
                continue
            cue = a.group(0)
            # "wie"/"so" (de) only count when followed by a speech verb or a capitalised source
            if cue.casefold() in L.weak_according and not re.match(r"\s+[A-ZÄÖÜ]", text[a.end():]):
                continue
            span = ctx.np_after(a.end(), se)
            if span is None:
                continue
            speaker, ent, sp, ment = ctx.resolve(span)
            _maybe_attr(ctx, atts, sp or span, speaker, cue, ment, person_ok=True)
            if not consumed and not made:
                c_start, c_end = _content_around(text, ss, se, a.start(), (sp or span)[1])
                quotes.append(Quote(start=ss, end=se, speaker=speaker, cue=cue, kind="indirect",
                                    entity=ent, content=(c_start, c_end), speaker_span=sp))
                made = True
    if L.according_post:
        for a in L.according_post.finditer(text, ss, se):
            span = ctx.np_before(ss, a.start())
            if span:
                speaker, ent, sp, ment = ctx.resolve(span)
                _maybe_attr(ctx, atts, sp or span, speaker, a.group(0), ment, person_ok=True)
                if not consumed and not made:
                    quotes.append(Quote(start=ss, end=se, speaker=speaker, cue=a.group(0),
                                        kind="indirect", entity=ent, content=(a.end(), se),
                                        speaker_span=sp))
                    made = True
    if consumed or made:
        return
    # 2. speech verb + "that": "X a déclaré que …", "X заявил, что …"
    for v in _verb_in(L, text, ss, se):
        if _inside(v.start(), qspans):
            continue
        m = L.that.match(text, v.end()) if L.that else None
        if m is None and L.that is not None:
            # allow a short inserted phrase: "a déclaré mardi que", "said on Monday that"
            m2 = re.match(r"[^,.;:]{0,30}?(?=\s*,?\s*(?:" + L.that_words + r")\b)", text[v.end():se])
            if m2:
                m = L.that.match(text, v.end() + m2.end())
        if m is None:
            continue
        span = ctx.np_before(ss, v.start())
        if span is None:
            span = ctx.np_after(v.end(), m.start())
        speaker, ent, sp, ment = ctx.resolve(span)
        quotes.append(Quote(start=ss, end=se, speaker=speaker, cue=v.group(0), kind="indirect",
                            entity=ent, content=(m.end(), se), speaker_span=sp))
        if sp is not None:
            _maybe_attr(ctx, atts, sp, speaker, v.group(0), ment, person_ok=False)
        return
    # 3. sentence-final reporting clause: "…, a rapporté TASS." / "…, Reuters reported."
    last_comma = text.rfind(",", ss, se)
    if last_comma > ss + 10:
        tail_s = last_comma + 1
        verbs = _verb_in(L, text, tail_s, se)
        tail_tokens = _tokens(text[tail_s:se], tail_s)
        if verbs and len(tail_tokens) <= 10 and not _inside(verbs[0].start(), qspans):
            v = verbs[0]
            pre = [t for t in _tokens(text[tail_s:v.start()], tail_s) if not ctx.is_aux(t[2])]
            span = ctx.np_before(tail_s, v.start()) if pre else ctx.np_after(v.end(), se)
            if span is not None:
                speaker, ent, sp, ment = ctx.resolve(span)
                quotes.append(Quote(start=ss, end=se, speaker=speaker, cue=v.group(0),
                                    kind="indirect", entity=ent, content=(ss, last_comma),
                                    speaker_span=sp))
                _maybe_attr(ctx, atts, sp or span, speaker, v.group(0), ment, person_ok=False)


def _content_around(text: str, ss: int, se: int, cue_start: int, src_end: int) -> tuple[int, int]:
    """Content of an "according to" sentence: the part before or after the cue phrase."""
    if cue_start - ss > se - src_end:
        e = cue_start
        while e > ss and text[e - 1] in " ,—–-":
            e -= 1
        return ss, e
    s = src_end
    while s < se and text[s] in " ,:—–-":
        s += 1
    return s, se
