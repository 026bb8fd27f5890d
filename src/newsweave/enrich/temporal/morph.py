"""The tense of the verb that governs a time expression, read from a dependency parse.

A word window misses reported speech ("said it will meet on Dec. 7": the nearest tensed word is
"said", past, but the date belongs to "meet", future) and subordinate clauses whose tense differs
from the main clause. Where the language's spaCy model has a parser and morphology (the package
its ``NER`` section names), the expression's syntactic head is followed up to a verb, and the
verb group's morphology (Tense, Mood, VerbForm of the verb and its auxiliaries) gives the way.

Only sentences holding an expression whose direction is asked for are parsed, each once (a small
cache keyed by the sentence), so the cost stays with articles that need it. Without a model, or
when the parse has no tensed verb, callers keep their word-window heuristic.
"""
from __future__ import annotations

import importlib.util
import logging
import re
import threading
from collections import OrderedDict
from typing import Any

from newsweave import lang as languages
from newsweave.enrich.ner_models import parse_sentence

from .text import clock_stop_before

log = logging.getLogger(__name__)

_AUX_DEPS = {"aux", "aux:tense", "aux:pass", "auxpass"}
# an infinitive or bare verb hangs on a verb that may carry the way ("plans to meet", "va se rendre")
_CLIMB_DEPS = {"xcomp"}
_SENT_END = re.compile(r"[.!?][\"'”»)]*\s|\n")  # a closing quote may follow the stop
_MAX_SIDE = 300  # characters of sentence kept on each side of the expression
_CACHE_SIZE = 256
# an expression attached to its verb (through a preposition at most: "met on Friday") is governed
# by it for sure; one hanging on a noun or adjective ("payable Dec. 1", "the vote on Friday") leans
SURE_HOPS = 1


class TenseParser:
    """One language's parser (loaded on first use) and the parses of recent sentences."""

    def __init__(self, model: str, perfect_present: bool = False):
        self.model = model
        self.perfect_present = perfect_present
        self._cache: OrderedDict[str, Any] = OrderedDict()
        self._lock = threading.Lock()

    def parse(self, sentence: str):
        with self._lock:
            doc = self._cache.get(sentence)
            if doc is not None:
                self._cache.move_to_end(sentence)
                return doc
        doc = parse_sentence(self.model, sentence)
        with self._lock:
            self._cache[sentence] = doc
            if len(self._cache) > _CACHE_SIZE:
                self._cache.popitem(last=False)
        return doc

    def tense(self, text: str, s: int, e: int, future_re: re.Pattern) -> tuple[int, bool] | None:
        """(-1 past / +1 future, sure) from the verb governing text[s:e], or None when the parse
        names no tense (a present, an infinitive with no tensed governor, no verb at all)."""
        got = self.governor(text, s, e)
        if got is None:
            return None
        verb, head, hops = got
        verb = _reported(verb, head)
        got = _group_tense(verb, hops < SURE_HOPS, future_re)
        if got is not None and got[0] < 0 and self.perfect_present and _present_perfect(verb):
            return 0, False  # "has scheduled a meeting Thursday" keeps its future
        return got

    def present(self, text: str, s: int, e: int) -> Any | None:
        """The verb governing text[s:e] right away when it is a simple present indicative with no
        auxiliary ("se rend lundi", "opens Monday"), or the one such a verb's infinitive hangs on
        ("agree to meet Thursday"), else None."""
        got = self.governor(text, s, e)
        if got is None or got[2] >= SURE_HOPS:
            return None
        verb = _reported(got[0], got[1])
        if "Inf" in verb.morph.get("VerbForm") and verb.dep_ in _CLIMB_DEPS and verb.head.i != verb.i \
                and verb.head.pos_ in ("VERB", "AUX"):
            verb = verb.head  # "appellent à manifester jeudi", "agree to meet Thursday": what is asked is ahead
        members = _members(verb)
        if verb.dep_ in _CLIMB_DEPS:
            return None
        if len(members) == 2 and _present_progressive(verb, members[1]):
            return verb  # "the council is meeting Friday": a present progressive tells what is planned
        if len(members) > 1:
            return None
        mood = verb.morph.get("Mood")  # English models give no mood to a present
        ok = "Fin" in verb.morph.get("VerbForm") and "Pres" in verb.morph.get("Tense") \
            and (not mood or "Ind" in mood)
        return verb if ok else None

    def governor(self, text: str, s: int, e: int) -> tuple[Any, Any, int] | None:
        """(verb, the expression's head token, hops over non-prepositions) of the verb that
        governs text[s:e] in the parse of its sentence, or None when no verb does."""
        lo = max(0, s - _MAX_SIDE)
        clock = clock_stop_before(text, s)
        for m in _SENT_END.finditer(text, lo, s):
            if m.start() != clock:
                lo = m.end()
        m = _SENT_END.search(text, e, min(len(text), e + _MAX_SIDE))
        hi = m.start() + 1 if m else min(len(text), e + _MAX_SIDE)
        doc = self.parse(text[lo:hi])
        span = [t for t in doc if t.idx < e - lo and t.idx + len(t) > s - lo]
        if not span:
            return None
        inside = {t.i for t in span}
        head = next((t for t in span if t.head.i not in inside or t.head.i == t.i), span[0])
        hops, node = 0, head
        while node.head.i != node.i:
            node = node.head
            if node.pos_ in ("VERB", "AUX"):
                return node, head, hops
            if node.pos_ != "ADP":
                hops += 1
        return None


def _reported(verb, expr):
    """The verb an expression belongs to when a small model hangs it on a reported clause it
    precedes: "said Monday it will meet" dates the saying (the expression stands after the
    reporting verb and before the clause's subject)."""
    if verb.dep_ != "ccomp" or not verb.head.i < expr.i < verb.i:
        return verb
    subjects = [c.i for c in verb.children if c.dep_.startswith("nsubj")]
    return verb.head if subjects and expr.i < min(subjects) else verb


def _members(verb) -> list:
    return [verb] + [c for c in verb.children if c.dep_ in _AUX_DEPS]


def _present_progressive(verb, aux) -> bool:
    """A present participle with one present auxiliary ("is meeting", "are flying")."""
    return "Part" in verb.morph.get("VerbForm") and "Pres" in verb.morph.get("Tense") \
        and "Fin" in aux.morph.get("VerbForm") and "Pres" in aux.morph.get("Tense")


def _present_perfect(verb) -> bool:
    """A participle with a present auxiliary ("has set", "have agreed"): where the language's
    perfect names no definite past time (English), a date on it is not when it happened ("has
    set Nov. 10 as the deadline")."""
    if "Part" not in verb.morph.get("VerbForm") or "Past" not in verb.morph.get("Tense"):
        return False
    auxes = [c for c in verb.children if c.dep_ in ("aux", "aux:tense")]
    return any("Pres" in c.morph.get("Tense") and "Fin" in c.morph.get("VerbForm") for c in auxes) \
        and not any("Past" in c.morph.get("Tense") for c in auxes)


def _tells_tense(tok, members) -> bool:
    """A past participle is a past only in a perfect ("has met", "a joué", "est arrivé"): alone
    or passive ("set for April", "to be published", "soit rendu") it names no time."""
    if "Part" not in tok.morph.get("VerbForm"):
        return True
    return any(m.dep_ in ("aux", "aux:tense") and "Fin" in m.morph.get("VerbForm") and m.tag_ != "MD"
               for m in members)  # a modal is no perfect: "may be delayed" names no past


def _group_tense(verb, sure: bool, future_re: re.Pattern, climbed: bool = False) -> tuple[int, bool] | None:
    """Tense of a verb with its auxiliaries: future (Tense=Fut, or the language's future words
    over the group: "will meet", "going to travel"), conditional (a future seen from the past,
    less sure), past (Tense=Past/Imp on any member), else that of the verb it depends on."""
    members = _members(verb)
    a, b = min(t.i for t in members), max(t.i for t in members)
    if verb.dep_ in _CLIMB_DEPS and verb.head.i != verb.i and verb.head.pos_ in ("VERB", "AUX"):
        a = min([a] + [t.i for t in _members(verb.head)])  # "had been scheduled to expire"
    group_text = verb.doc[a:b + 1].text
    tenses = {t for m in members if _tells_tense(m, members) for t in m.morph.get("Tense")}
    moods = {t for m in members for t in m.morph.get("Mood")}
    if "Fut" in tenses or future_re.search(group_text):
        return 1, sure
    perfect = any("Part" in m.morph.get("VerbForm") for m in members) and any(
        m.dep_ in ("aux", "aux:tense") for m in members)
    if "Cnd" in moods:  # a past conditional ("aurait quitté") tells of an alleged past
        return (-1, False) if perfect else (1, False)
    if tenses & {"Past", "Imp", "Pqp"}:
        return -1, sure
    finite = any("Fin" in m.morph.get("VerbForm") for m in members)
    if not finite and not climbed and verb.dep_ in _CLIMB_DEPS and verb.head.i != verb.i \
            and verb.head.pos_ in ("VERB", "AUX"):
        return _group_tense(verb.head, False, future_re, climbed=True)
    return None


_lock = threading.Lock()
_parsers: dict[str, TenseParser | None] = {}


def parser_for(code: str | None) -> TenseParser | None:
    """The tense parser of a language: its NER section's spaCy package when it is installed."""
    key = code or ""
    with _lock:
        if key in _parsers:
            return _parsers[key]
    info = languages.language(code)
    model = info.ner.model if info is not None and info.ner.backend == "spacy" else None
    perfect_present = bool(info is not None and info.time.perfect_present)
    found = None
    if model:
        if importlib.util.find_spec("spacy") is not None and importlib.util.find_spec(model) is not None:
            found = TenseParser(model, perfect_present)
        else:
            log.info("timex: spaCy model %s not installed; %s tense from the word window", model, key)
    with _lock:
        _parsers[key] = found
    return found
