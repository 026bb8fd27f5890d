"""The *outcome* slot's winner readers (who won, who was elected) and one key per winner across articles."""
from __future__ import annotations

import itertools
import re
from functools import lru_cache
from itertools import combinations
from typing import Callable, Sequence

from rapidfuzz import fuzz

from ... import lang
from ..claim_records import Claim
from ...enrich.ner_models import morph_parse
from ...model import Article, Mention
from . import role, words
from .possessor import possessor_head
from .records import SlotFact

WINNER_GAP = 30  # characters between the winner's name and the verb of winning
# characters between a verb of winning and its subject after it, its object between ("ganó la
# Copa de la Liga el X", "ha vinto le elezioni cantonali il partito «X»")
SUBJECT_AFTER_GAP = 60
QUOTED_NAME = 40  # longest quoted club name read as the winner when no entity names it
# a comma, colon or full stop between two digits ("3:1", "1,200") is part of a number, no break
_PHRASE_BREAK = re.compile(r"[;!?()]|(?<!\d)[,:.]|[,:.](?!\d)")
# a club name in quotes right before the verb of winning ("«Мурталь» переміг", "„Lech“ wygrał")
# a name in quotes after the verb ("ha vinto il partito «X»")
_QUOTED_AFTER = re.compile(r"[«„“\"]([^«»„“”\"]{2,%d})[»“”\"]" % QUOTED_NAME)
_QUOTED_BEFORE = re.compile(r"[«„“\"]([^«»„“”\"]{2,%d})[»“”\"]([^«»„“”\"]*)$" % QUOTED_NAME)


# phrases naming the winner right after them: a noun of victory given to someone ("victory went
# to X", "der Sieg ging an X") and the runner-up's place behind the winner ("finished second behind X")
NAMED_AFTER = ("victory_to", "runner_up")


def _winner(a: Article, c: Claim, fact: Callable[..., SlotFact], denied: str | None, lead: bool) -> None:
    """The winner at the clause's first verb of winning, beating or losing: the name right
    before a verb of winning or beating, in the same phrase ("Orzel won", "«Вавель» в воскресенье
    выиграл"; before a passive one, "was beaten", it names the loser), or the subject of a perfect
    (see :func:`_perfect_subject`), or an inverted subject after the verb (see
    :func:`_inverted_subject`, :func:`_subject_after`); after a loser-subject verb ("lost to",
    "поступилася", "przegrała z"), the name it governs; after a phrase of :data:`NAMED_AFTER`
    ("victory went to", "finished second behind"), the first name after it; in a lead clause
    without one, the person a verb of electing names (see :func:`_elected`)."""
    verbs = sorted((m.start(), k != "lost", m.end(), k) for k, p in words.outcomes()
                   if k in ("won", "beat", "lost") + NAMED_AFTER for m in p.finditer(c.text))
    found = None
    if verbs and verbs[0][3] in NAMED_AFTER:
        m = _first_after(a, c, c.start + verbs[0][2], WINNER_GAP)
        found = (m.start, m.name or m.text, a.text[c.start + verbs[0][2]:m.start], m.end) if m else None
    elif verbs:
        s, _, e, kind = verbs[0]
        vs, ve = c.start + s, c.start + e
        found = _name_before(a, c, vs, WINNER_GAP)
        if found is not None and kind != "lost" and _opponent_before(a, c, found[0]):
            found = None  # "X hat gegen Y mit 3:1 gewonnen": Y, after its preposition, is the opponent
        if kind != "lost":
            found = possessor_head(a, c, found)  # "the list of governor X won": the list won
        if kind == "lost":
            found = _governed_winner(a, c, vs, ve, found is not None)
        elif found is not None and words.own_cue("passive_markers", a.lang).search(found[2]):
            return  # "X was beaten": X lost
        else:
            found = found or _perfect_subject(a, c, vs) or _inverted_subject(a, c, vs, ve) \
                or (_subject_after(a, c, ve) if kind == "won" else None)
    elif lead:
        found = _elected(a, c)
    if found is not None:
        start, name, _gap, end = found
        fact("outcome", "winner", name, name, c, start, end, denied_by=denied, subject_label="winner")


def _opponent_before(a: Article, c: Claim, start: int) -> bool:
    """Whether an opponent's preposition stands right before the name at ``start`` ("gegen Y")."""
    before = a.text[max(c.start, start - 15):start]
    return any(not before[m.end():].strip() for m in words.own_cue("opponent_preps", a.lang).finditer(before))


# an apposition between a name and its verb ("Ewa Nowak, the dean of law, was elected"), dropped
_APPOSITION = re.compile(r"^\s*,[^,;:!?()«»“”\"]{1,150},")
ELECTED_GAP = 60  # characters between a person and a verb of electing (after an apposition)
INVERTED_GAP = 15  # characters between a finite verb and its inverted subject ("gewann am Sonntag X")
# characters between a perfect's auxiliary and its inverted subject, an adverbial and an apposed
# noun between ("hat am Donnerstag der Jurist X ... gewonnen")
PERFECT_INVERTED_GAP = 40


def _name_before(a: Article, c: Claim, vs: int, reach: int, kinds: tuple[str, ...] = ("PER", "ORG")
                 ) -> tuple[int, str, str, int] | None:
    """(start, name, gap, verb start) of the name ending right before ``vs`` in the clause, in the
    same phrase once an apposition after it is dropped: a recognised name, else a quoted one."""
    best = None
    for m in a.entities:
        if m.type not in kinds or not (c.start <= m.start and m.end <= vs):
            continue
        gap = _APPOSITION.sub("", a.text[m.end:vs], count=1)
        if len(gap) <= reach and not _PHRASE_BREAK.search(gap) and (best is None or m.end > best[3]):
            best = (m.start, m.name or m.text, gap, m.end)
    if best is not None:
        return best[0], best[1], best[2], vs
    if "ORG" not in kinds:
        return None
    q = _QUOTED_BEFORE.search(a.text, max(c.start, vs - reach - QUOTED_NAME - 2), vs)
    if q is None or len(q.group(2)) > reach or _PHRASE_BREAK.search(q.group(2)):
        return None  # no entity: a quoted club name right before the verb
    return q.start(), q.group(1).strip(), q.group(2), vs


def _perfect_subject(a: Article, c: Claim, vs: int) -> tuple[int, str, str, int] | None:
    """The name right before a perfect's auxiliary in a language whose participle closes the
    clause ("Nautica Levante hat am Sonntag den Pokal gewonnen"), the auxiliary in the clause
    before the verb and no phrase break between; else, after an adverbial, the inverted subject
    first after the auxiliary ("In Kassel hat am Montag die Juristin Lena Vogt die Wahl
    gewonnen"), no opponent's preposition before it ("gegen Tim Ahrens")."""
    if not _verb_second(a.lang):
        return None
    aux = words.own_cue("perfect_auxiliaries", a.lang)
    for m in aux.finditer(a.text, c.start, vs):
        if _PHRASE_BREAK.search(a.text[m.end():vs]):
            continue
        found = _name_before(a, c, m.start(), 2)
        if found is not None:
            return found[0], found[1], found[2], vs
        after = _first_after(a, c, m.end(), PERFECT_INVERTED_GAP)
        if after is not None and after.end <= vs and \
                not words.own_cue("opponent_preps", a.lang).search(a.text[m.end():after.start]):
            return after.start, after.name or after.text, a.text[m.end():after.start], vs
    return None


def _verb_second(code: str | None) -> bool:
    """A verb-second language: one whose perfect closes the clause with its participle (German)."""
    own = lang.language(code)
    return own is not None and bool(own.claims.perfect_auxiliaries)


def _inverted_subject(a: Article, c: Claim, vs: int, ve: int) -> tuple[int, str, str, int] | None:
    """In a verb-second language, a clause opening with an adverbial puts the subject right after
    the finite verb ("Am Sonntag gewann Lech das Finale", "In Lille setzte sich X gegen Y durch"):
    the first name within a few words after the verb, in the same phrase, when none stands before."""
    if not _verb_second(a.lang):
        return None
    m = _first_after(a, c, ve, INVERTED_GAP)
    return (vs, m.name or m.text, a.text[ve:m.start], m.end) if m else None


def _first_after(a: Article, c: Claim, ve: int, reach: int,
                 types: tuple[str, ...] = ("PER", "ORG")) -> Mention | None:
    """The first mention of ``types`` within ``reach`` characters after ``ve``, same phrase."""
    after = [m for m in a.entities if m.type in types and ve <= m.start <= ve + reach
             and m.end <= c.end and not _PHRASE_BREAK.search(a.text[ve:m.start])]
    return min(after, key=lambda x: x.start) if after else None


def _nominative(a: Article, m: Mention) -> bool | None:
    """Whether a name's first word reads as a subject (nominative singular): by pymorphy3's
    analyses where the language has them, else by the language's oblique endings; None: a
    language without case."""
    return _nominative_word(a, a.text[m.start:m.end])


def _nominative_word(a: Article, name: str) -> bool | None:
    """:func:`_nominative` of a name as written."""
    word = re.split(r"[\s\-]+", name.strip("«»„“”\"' "))[0]
    own = lang.language(a.lang)
    if own is not None and own.ner.lemmatizer == "pymorphy3":
        cases = {str(p.tag.case) for p in morph_parse(word, own.code) if p.tag.number != "plur"}
        return "nomn" in cases if cases - {"nomn"} else True
    endings = words.own_cue("oblique_name_endings", a.lang) if own and own.claims.oblique_name_endings else None
    if endings is None:
        return None
    return not re.search(r"(?:" + endings.pattern + r")$", word, re.IGNORECASE)


def _subject_after(a: Article, c: Claim, ve: int) -> tuple[int, str, str, int] | None:
    """In a free-order language, the subject of a verb of winning after it ("ha vinto la finale
    Lina Gordi", "wygrała Anna Nowak", "победила Ада Квелл"): the first name after it in the
    phrase, no opponent's preposition before it ("wygrała z Anną") and, in a cased language, in
    the nominative ("победила украинку Аду Квелл" names the loser)."""
    own = lang.language(a.lang)
    if own is None or not own.claims.winner_after_verb:
        return None
    opponent = words.own_cue("opponent_preps", a.lang)
    m = _first_after(a, c, ve, SUBJECT_AFTER_GAP)
    if m is not None:
        if opponent.search(a.text[ve:m.start]) or _nominative(a, m) is False:
            return None
        return ve, m.name or m.text, a.text[ve:m.start], m.end
    named = _marked_name_after(a, c, ve, own.claims.definite_articles)
    if named is None or opponent.search(a.text[ve:named[0]]) or _nominative_word(a, named[1]) is False:
        return None
    return ve, named[1], a.text[ve:named[0]], named[2]


def _marked_name_after(a: Article, c: Claim, ve: int, articles: Sequence[str]) -> tuple[int, str, int] | None:
    """(start, name, end) of the last name after a verb of winning in its phrase that its form
    marks as a name whatever the recogniser typed it: a quoted one ("ha vinto il partito «X»",
    "wygrał komitet „X”") or capitalised words after a definite article ("Ganó la Copa el CD X",
    "Ha vinto la Coppa l'Atlético X"); the last, as the subject follows the verb's object; not one
    right after the verb (its object)."""
    stop = _PHRASE_BREAK.search(a.text, ve, min(c.end, ve + SUBJECT_AFTER_GAP + QUOTED_NAME))
    end = stop.start() if stop else min(c.end, ve + SUBJECT_AFTER_GAP + QUOTED_NAME)
    found = [(m.start(1), m.group(1).strip(), m.end(1)) for m in _QUOTED_AFTER.finditer(a.text, ve, end)]
    for m in _articled(tuple(articles)).finditer(a.text, ve, end) if articles else ():
        caps = " ".join(itertools.takewhile(lambda w: w[:1].isupper(), m.group(1).split()))
        if caps and a.text[ve:m.start()].strip():  # not the object right after the verb
            found.append((m.start(1), caps, m.start(1) + len(caps)))
    found = [f for f in found if f[0] - ve <= SUBJECT_AFTER_GAP]
    return max(found) if found else None


@lru_cache(maxsize=8)
def _articled(articles: tuple[str, ...]) -> re.Pattern[str]:
    """The words right after one of ``articles`` ("el CD Guadalajara", "l'Atletico X")."""
    return re.compile(r"(?<![\w'’])(?:" + "|".join(articles) + r")(?:(?<=['’])|\s+)(?=([\w'’-]+(?:\s+[\w'’-]+)*))",
                      re.IGNORECASE)


def _governed_winner(a: Article, c: Claim, vs: int, ve: int, subject_before: bool
                     ) -> tuple[int, str, str, int] | None:
    """After a loser-subject verb ("X lost to Y", "X поступилася Y", "X unterlag Y") the winner
    is the name it governs: the first name after it in the phrase, after an opponent's preposition
    ("przegrała z Mara Telli"), else never one read as a subject (an inverted loser, "в финале
    проиграла Ада Квелл") and, in a language without case, only with the loser named before."""
    m = _first_after(a, c, ve, WINNER_GAP)
    if m is None:
        return None
    if not words.own_cue("opponent_preps", a.lang).search(a.text[vs:m.start]):
        nominative = _nominative(a, m)
        if nominative is True or (nominative is None and not subject_before):
            return None
    return vs, m.name or m.text, a.text[ve:m.start], m.end


def _elected(a: Article, c: Claim) -> tuple[int, str, str, int] | None:
    """The person a verb of electing names: before a passive one ("Ewa Nowak was elected",
    "została wybrana", "обрана"), the subject; after an active one ("delegates elected Ewa Nowak",
    "ha eletto presidente il deputato X", "обрала ректоркою Еву ..."), its object, the first
    person after it in the same phrase."""
    hits = sorted((m.start(), k == "elected_passive", m.end()) for k, p in words.outcomes()
                  if k in ("elected", "elected_passive") for m in p.finditer(c.text))
    if not hits:
        return None
    s, passive, e = hits[0]
    vs, ve = c.start + s, c.start + e
    if passive or words.own_cue("passive_markers", a.lang).search(a.text[max(c.start, vs - ELECTED_GAP):vs]):
        return _name_before(a, c, vs, ELECTED_GAP, ("PER",))
    m = _first_after(a, c, ve, ELECTED_GAP + 20, ("PER",))
    return (m.start, m.name or m.text, a.text[ve:m.start], m.end) if m else None


def _team_words(name: str) -> set[str]:
    return {w for w in role.name_words(name) if len(w) >= 4}


def fold_winners(facts: Sequence[SlotFact]) -> None:
    """One key per winner named differently across articles and scripts ("Wawel Krakow" /
    "Вавель"): names sharing a word (folded across transliterations) are one, and so are names
    linked through a third ("Wawel Kraków" ties "Kraków", the club named by its city, to
    "Вавель"); each group takes the key of its first fact."""
    wins = [f for f in facts if f.slot == "outcome" and f.subject == "winner"]
    words_of = [_team_words(f.key) for f in wins]
    group = list(range(len(wins)))

    def root(i: int) -> int:
        while group[i] != i:
            i = group[i]
        return i

    for i, j in combinations(range(len(wins)), 2):
        if any(fuzz.ratio(x, y) >= 80 for x in words_of[i] for y in words_of[j]):
            group[max(root(i), root(j))] = min(root(i), root(j))
    keys = [f.key for f in wins]
    for i, f in enumerate(wins):
        f.key = keys[root(i)]
