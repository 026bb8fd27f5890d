"""The *outcome* slot of the main happening: its result by family (a decision approved or
rejected; a happening held, called off or postponed; an agreement signed or not, a law or a
decision signed or vetoed; a defendant acquitted or convicted; a site closed or kept open), a
prison sentence in years, a match score and its winner. Each family is its own subject, so
"signed the deal" and "called off the strike" are never compared with each other; a vote or a
signing postponed or called off belongs to the decision or the agreement it names ("aplazó la
votación" against "approved"). A draw gives its score; the winner is the name (or a quoted club
name) before a verb of winning, a trophy won included."""
from __future__ import annotations

import itertools
from dataclasses import dataclass
import re
from functools import lru_cache
from itertools import combinations
from typing import Callable, Sequence

from rapidfuzz import fuzz

from ... import lang
from .. import facts as claim_facts, lexicon
from ..claim_records import Claim
from ...enrich.ner_models import morph_parse
from ...model import Article, Mention
from . import role, words
from .records import SlotFact

# outcome class -> the family (subject) it answers; "won" only triggers the score
FAMILY = {"approved": "decision", "rejected": "decision", "held": "held", "called_off": "held",
          "postponed": "held", "signed": "agreement", "not_signed": "agreement",
          "closed": "closure", "not_closed": "closure",
          "rate_cut": "rate", "rate_raised": "rate", "rate_unchanged": "rate",
          "acquitted": "verdict", "convicted": "verdict", "vetoed": "agreement"}
# families read only in a clause that names their object ("cut" is a rate decision only near a rate)
NEEDS_HEAD = {"rate": "rate_level"}
# a class negated right before it ("did not reach a deal", "aucune fermeture") -> its opposite;
# other classes say nothing when negated ("no progress towards a ceasefire" is not "not held")
NEGATED = {"signed": "not_signed", "closed": "not_closed",
           # "did not take place", "n'a pas eu lieu", "не состоялся"; "nicht gebilligt"
           "held": "called_off", "approved": "rejected"}
# classes whose negation is their opposite only when it stands on the verb ("did not take place",
# "nicht gebilligt", "не состоялся"), at most VERB_NEGATION_GAP characters before it
VERB_NEGATED, VERB_NEGATION_GAP = ("held", "approved"), 8
# a negation followed within this many characters by a word of "not yet" ("not yet approved",
# "noch nicht angenommen") leaves the result open: no class
PENDING_REACH = 12
NEGATION_REACH = 30  # characters before an outcome word where its negation stands
# characters before / after a "held / called off" verb where a count makes it about items
COUNT_REACH, COUNT_AFTER = 25, 15
SENTENCE_REACH = 30  # characters between a number of years and the word for prison
WINNER_GAP = 30  # characters between the winner's name and the verb of winning
# characters between a verb of winning and its subject after it, its object between ("ganó la
# Copa de la Liga el X", "ha vinto le elezioni cantonali il partito «X»")
SUBJECT_AFTER_GAP = 60
QUOTED_NAME = 40  # longest quoted club name read as the winner when no entity names it
MAX_GOALS = 20  # number words read as a side's goals in a score written with a link word
# characters after / before a "called off / postponed" word where the noun of its object may stand
# ("aplazó el jueves la votación", "Le vote, reporté ...", "Подписание соглашения ..., отложено")
OBJECT_AFTER, OBJECT_BEFORE = 30, 120
OBJECT_PREP_REACH = 20  # characters before the noun where a preposition of time stands
# the families whose object a vote or a signing names: postponing it postpones the decision or
# the agreement (compared with approved / signed), not a happening of its own
OBJECT_FAMILIES = ("decision", "agreement")
# a comma, colon or full stop between two digits ("3:1", "1,200") is part of a number, no break
_PHRASE_BREAK = re.compile(r"[;!?()]|(?<!\d)[,:.]|[,:.](?!\d)")
_SET_GAP = re.compile(r"\s*[,/]?\s*")  # between two sets of one list: a comma, a slash or a space
# a club name in quotes right before the verb of winning ("«Мурталь» переміг", "„Lech“ wygrał")
# a name in quotes after the verb ("ha vinto il partito «X»")
_QUOTED_AFTER = re.compile(r"[«„“\"]([^«»„“”\"]{2,%d})[»“”\"]" % QUOTED_NAME)
_QUOTED_BEFORE = re.compile(r"[«„“\"]([^«»„“”\"]{2,%d})[»“”\"]([^«»„“”\"]*)$" % QUOTED_NAME)
_SCORE = re.compile(r"(?<![\d:.,])(\d{1,2})\s?[-–:]\s?(\d{1,2})(?![\d:]|[.,]\d|\s?(?:h\b|uhr|am\b|pm\b|ч))",
                    re.IGNORECASE)


def result_facts(a: Article, c: Claim, fact: Callable[..., SlotFact], denied: str | None) -> None:
    """The results a lead clause (not background) states, in text order, one subject per family."""
    found: list[tuple[int, int, str]] = []
    heads = {cls for _s, _e, cls in words.head_index(c.lang).find(c.text)}
    for cls, pat in words.outcomes():
        if cls not in FAMILY or NEEDS_HEAD.get(FAMILY[cls], "") not in heads | {""}:
            continue
        for m in pat.finditer(c.text):
            if FAMILY[cls] == "held" and _counted(c.text, m.start(), m.end()):
                continue  # "340 flights were cancelled": the flights, not the happening, were called off
            if FAMILY[cls] == "decision" and _count_before(c.text, m.start()):
                continue  # "nine councillors voted against": a minority's vote, not the result
            # a negation inside the match of a class that has an opposite counts ("a pas eu lieu")
            lo = max(0, m.start() - NEGATION_REACH)
            window = c.text[lo:m.end() if cls in NEGATED else m.start()]
            neg = lexicon.is_negated(window, a.lang)
            if neg is not None and cls in VERB_NEGATED and m.start() - lo - neg.end() > VERB_NEGATION_GAP:
                neg = None  # "no incidents took place": the incidents are negated, not the happening
            if neg is not None:
                if _pending(window, neg.start(), a.lang):
                    break  # "not yet approved": open, not the opposite
                if cls in NEGATED:
                    found.append((m.start(), m.end(), NEGATED[cls]))
            elif not c.negated or cls in NEGATED.values():  # "sin acuerdo" is negative itself
                found.append((m.start(), m.end(), cls))
            break
    # of two results told by overlapping words, the longer ("anuló la condena", not "condena por")
    found = [x for x in found if not any(y[0] < x[1] and x[0] < y[1] and y[2] != x[2]
                                         and y[1] - y[0] > x[1] - x[0] for y in found)]
    for s, e, cls in sorted(found):
        fam = FAMILY[cls]
        if fam == "held" and cls != "held":
            fam = _object_family(c.text, s, e) or fam
        fact("outcome", fam, cls, cls, c, c.start + s, c.start + e, denied_by=denied, subject_label=fam)
    _sentence(a, c, fact, denied)


def _pending(window: str, neg_start: int, code: str | None) -> bool:
    """Whether a "not yet" word stands right around the negation at ``neg_start``."""
    near = window[max(0, neg_start - PENDING_REACH):neg_start + PENDING_REACH + 8]
    return bool(words.own_cue("pending_words", code).search(near))


@lru_cache(maxsize=1)
def _object_prep() -> re.Pattern[str]:
    return re.compile(r"(?:" + words.cue("outcome_object_preps").pattern + r")\s+$", re.IGNORECASE)


def _object_family(text: str, s: int, e: int) -> str | None:
    """The family whose object a "called off / postponed" word at [s, e) is about: the nearest
    noun of a vote or a signing before it in the clause or right after it ("the vote was
    postponed", "aplazó la votación", "Подписание ... отложено"); None: the happening itself."""
    best: tuple[int, str] | None = None
    for fam, pat in words.outcome_objects():
        if fam not in OBJECT_FAMILIES:
            continue
        for m in pat.finditer(text):
            if _object_prep().search(text, max(0, m.start() - OBJECT_PREP_REACH), m.start()):
                continue  # "after the vote": a time, not the object
            if m.end() <= s and s - m.end() <= OBJECT_BEFORE:
                d = s - m.end()
            elif m.start() >= e and m.start() - e <= OBJECT_AFTER and not _PHRASE_BREAK.search(text[e:m.start()]):
                d = m.start() - e
            else:
                continue
            if best is None or d < best[0]:
                best = (d, fam)
    return best[1] if best else None


def _counted(text: str, s: int, e: int) -> bool:
    """Whether a count stands right before or after [s, e), in the same phrase: the verb is about
    counted items ("340 flights were cancelled", "cancelled 340 flights"); a duration or a
    compound ("a four-hour stoppage") is no count."""
    before = re.split(r"[,;:.()«»“”]", text[max(0, s - COUNT_REACH):s])[-1]
    after = re.split(r"[,;:.()«»“”]", text[e:e + COUNT_AFTER])[0]
    near = before + " " + after
    return any(n.unit not in ("year", "day", "hour", "minute") and near[n.end:n.end + 1] not in ("-", "‐")
               for n in claim_facts.numbers(near, 0, []))


def _count_before(text: str, s: int) -> bool:
    """Whether a count, in figures or in words, is the subject right before ``s`` in its phrase
    ("nine councillors voted against", "12 deputies voted for")."""
    before = re.split(r"[,;:.()«»“”]", text[max(0, s - COUNT_REACH):s])[-1]
    return bool(claim_facts.numbers(before, 0, [])) or \
        any(w.casefold() in words.number_words() for w in re.findall(r"\w+", before))


@dataclass
class _Term:
    """A number of years or months in a clause (offsets in the article)."""
    start: int
    end: int
    value: float
    unit: str | None


def _terms(a: Article, c: Claim) -> list[_Term]:
    """The clause's numbers with their units, and its number words in any case form followed by a
    unit ("к семи годам", "zu acht Monaten"), in text order."""
    out = [_Term(n.start, n.end, n.value, n.unit or _compound_unit(c.text, n.end - c.start))
           for n in claim_facts.numbers(c.text, c.start, [])]
    nw = words.number_words()
    for m in re.finditer(r"[\w'’]+", c.text):
        v = nw.get(m.group().casefold())
        s, e = c.start + m.start(), c.start + m.end()
        if v and not any(t.start < e and s < t.end for t in out):
            out.append(_Term(s, e, v, lexicon.unit_after(c.text[m.end():m.end() + 30])
                             or _compound_unit(c.text, m.end())))
    return sorted(out, key=lambda t: t.start)


def _compound_unit(text: str, e: int) -> str | None:
    """The unit of a number joined to it by a hyphen ("a five-year sentence", "18-month")."""
    return lexicon.unit_after(text[e + 1:e + 30]) if text[e:e + 1] in "-‐" and e < len(text) else None


def _sentence(a: Article, c: Claim, fact: Callable[..., SlotFact], denied: str | None) -> None:
    """A prison sentence in years: a number of years before a word for prison ("three years in
    prison", "cinque anni di reclusione", "a five-year prison sentence"), after a verb of
    convicting in its phrase ("was jailed for six years", "condannato a sei anni") or after a
    word for prison and one linking word ("a prison term of five years", "eine Freiheitsstrafe
    von fünf Jahren"); a part of it ("un año de cárcel efectiva", "two of them suspended") or a
    term asked for ("prosecutors sought nine years in prison") is not the sentence. A term
    suspended as a whole ("18 mois de prison avec sursis", "an 18-month suspended sentence") is
    the subject "suspended sentence", compared only with suspended terms."""
    prison, parts = words.cue("prison_terms"), words.cue("sentence_parts")
    suspended = words.cue("suspended_terms")
    asked = words.own_cue("sentence_requests", a.lang)
    convicting = dict(words.outcomes())["convicted"]
    for n in _terms(a, c):
        phrase_end = _PHRASE_BREAK.search(a.text, n.end, c.end)
        if n.unit not in ("year", "month") or asked.search(a.text, c.start, phrase_end.start() if phrase_end else c.end):
            continue  # "hatte neun Jahre Haft gefordert": the request's verb closes its phrase
        tail = a.text[n.end:n.end + SENTENCE_REACH + 20]
        pm = prison.search(tail)
        subject = "sentence"
        if pm is None or pm.start() > SENTENCE_REACH or re.search(r"[.;:,]", tail[:pm.start()]):
            before = a.text[max(c.start, n.start - SENTENCE_REACH - 10):n.start]
            vm = convicting.search(before)
            nouns = [m for m in prison.finditer(before) if len(before[m.end():].split()) <= 1
                     and not re.search(r"[.;:,]", before[m.end():])]
            if not nouns and (vm is None or re.search(r"[.;:,]", before[vm.end():])):
                continue
            end = n.end
            if suspended.match(re.sub(r"^\s+", "", tail)):
                subject = "suspended sentence"
        else:
            rest = re.sub(r"^\s+", "", tail[pm.end():])
            if suspended.match(rest) or suspended.search(tail[:pm.start()]):
                subject = "suspended sentence"  # "18 mois de prison avec sursis", "18-month suspended"
            elif parts.match(rest):
                continue
            end = n.end + pm.end()
        years = n.value / 12 if n.unit == "month" else n.value
        key = f"{years:.3g}y"
        fact("outcome", subject, key, key, c, n.start, end, denied_by=denied, subject_label=subject)
        return


def score_facts(a: Article, c: Claim, fact: Callable[..., SlotFact], denied: str | None,
                lead: bool = False) -> None:
    """A match score and the winner in a clause that speaks of winning (not background, not
    negated); a person elected is read in a ``lead`` clause only (elsewhere an election is
    often a past one: "Kessel, elected in 2024")."""
    if any(p.search(c.text) for k, p in words.outcomes() if k in ("won", "beat", "lost", "score")):
        for run in _score_runs(c.text) + _worded_scores(c.text, a.lang):
            if len(run) == 1:
                s, e, x, y = run[0]
                x, y = sorted((x, y), reverse=True)
                fact("outcome", "score", f"{x}-{y}", f"{x}-{y}", c, c.start + s,
                     c.start + e, denied_by=denied, subject_label="score")
            else:
                key = _sets_key([(x, y) for _s, _e, x, y in run])
                fact("outcome", "sets", ", ".join(key.split()), key, c, c.start + run[0][0],
                     c.start + run[-1][1], denied_by=denied, subject_label="sets")
    _winner(a, c, fact, denied, lead)


Score = tuple[int, int, int, int]  # start, end, one side's goals, the other's


def _score_runs(text: str) -> list[list[Score]]:
    """The clause's scores, those written one after another ("6-4, 3-6, 7-5", "25:20 23:25")
    grouped: a run of two or more lists the sets (or periods) of one match, not its score."""
    runs: list[list[Score]] = []
    for m in _SCORE.finditer(text):
        sc = (m.start(), m.end(), int(m.group(1)), int(m.group(2)))
        if runs and _SET_GAP.fullmatch(text[runs[-1][-1][1]:m.start()]):
            runs[-1].append(sc)
        else:
            runs.append([sc])
    return runs


@lru_cache(maxsize=None)
def _score_words(code: str | None) -> tuple[re.Pattern[str], dict[str, int]] | None:
    """The pattern of a score written with a link word in the language ("3 à 1", "tre reti a
    una", "three goals to one") and the values of its number words."""
    own = lang.language(code)
    if own is None or not own.claims.score_links:
        return None
    values = {k.casefold(): int(v) for k, v in own.claims.number_words.items() if v <= MAX_GOALS and " " not in k}
    values.update({k.casefold(): v for k, v in own.claims.score_numbers.items()})
    num = r"(\d{1,2}|" + "|".join(re.escape(w) for w in sorted(values, key=len, reverse=True)) + ")"
    goals = r"(?:\s+(?:" + "|".join(own.claims.goal_nouns) + "))?" if own.claims.goal_nouns else ""
    links = "|".join(own.claims.score_links)
    return re.compile(r"(?<![\w:.,])" + num + goals + r"\s+(?:" + links + r")\s+" + num + r"(?![\w]|[:.,]\d)",
                      re.IGNORECASE), values


def _worded_scores(text: str, code: str | None) -> list[list[Score]]:
    """Scores written with a link word ("3 à 1", "par trois buts à un"), each a run of one; not a
    range of a unit ("de 3 à 5 ans") nor one whose sides are both words without a goal noun
    ("one to one talks")."""
    found = _score_words(code)
    if found is None:
        return []
    pat, values = found
    out: list[list[Score]] = []
    for m in pat.finditer(text):
        if lexicon.unit_after(text[m.end():m.end() + 30]):
            continue
        if not (m.group(1).isdigit() or m.group(2).isdigit()) and len(text[m.end(1):m.start(2)].split()) < 2:
            continue  # two number words with a bare link between: "one to one", no score
        x = int(m.group(1)) if m.group(1).isdigit() else values[m.group(1).casefold()]
        y = int(m.group(2)) if m.group(2).isdigit() else values[m.group(2).casefold()]
        out.append([(m.start(), m.end(), x, y)])
    return out


def _sets_key(sets: list[tuple[int, int]]) -> str:
    """The sets as written, turned so that the side winning more of them comes first (one
    article may write them from the loser's side)."""
    if sum(x > y for x, y in sets) * 2 < len(sets):
        sets = [(y, x) for x, y in sets]
    return " ".join(f"{x}-{y}" for x, y in sets)


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


def score_spans(c: Claim, code: str | None) -> list[tuple[int, int]]:
    """Where the clause writes a match score (offsets in the article), in a clause telling a win
    or a loss and no vote: its numbers are no counts ("a 1:3 defeat against X" counts no votes;
    "in the final vote, the plan passed 24-9" does)."""
    if not any(p.search(c.text) for k, p in words.outcomes() if k in ("won", "beat", "lost", "score")) \
            or any(cls.startswith("votes") for _s, _e, cls in words.head_index(code).find(c.text)):
        return []
    return [(c.start + s, c.start + e) for run in _score_runs(c.text) + _worded_scores(c.text, code)
            for s, e, _x, _y in run]


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
    after = [m for m in a.entities if m.type in ("PER", "ORG") and ve <= m.start <= ve + INVERTED_GAP
             and m.end <= c.end and not _PHRASE_BREAK.search(a.text[ve:m.start])]
    if not after:
        return None
    m = min(after, key=lambda x: x.start)
    return vs, m.name or m.text, a.text[ve:m.start], m.end


def _first_after(a: Article, c: Claim, ve: int, reach: int) -> Mention | None:
    """The first person or organisation within ``reach`` characters after ``ve``, same phrase."""
    after = [m for m in a.entities if m.type in ("PER", "ORG") and ve <= m.start <= ve + reach
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
    after = [m for m in a.entities if m.type == "PER" and ve <= m.start <= ve + ELECTED_GAP + 20
             and m.end <= c.end and not _PHRASE_BREAK.search(a.text[ve:m.start])]
    if not after:
        return None
    m = min(after, key=lambda x: x.start)
    return m.start, m.name or m.text, a.text[ve:m.start], m.end


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
