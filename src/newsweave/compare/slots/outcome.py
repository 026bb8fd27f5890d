"""The *outcome* slot of the main happening: its result by family (a decision approved or
rejected; a happening held, called off or postponed; an agreement signed or not, a law or a
decision signed or vetoed; a defendant acquitted or convicted; a site closed or kept open), a
prison sentence in years, a match score and its winner. Each family is its own subject, so
"signed the deal" and "called off the strike" are never compared with each other; a vote or a
signing postponed or called off belongs to the decision or the agreement it names ("aplazó la
votación" against "approved"). A draw gives its score; the winner is the name (or a quoted club
name) before a verb of winning, a trophy won included."""
from __future__ import annotations

from dataclasses import dataclass
import re
from functools import lru_cache
from typing import Callable

from ... import lang
from .. import facts as claim_facts, lexicon
from ..claim_records import Claim
from ...model import Article
from . import words
from .alert_level import FAMILY as ALERT, alert_levels
from .records import SlotFact
from .ruling import FAMILY as RULING, ruling
from .winner import _PHRASE_BREAK, _winner, fold_winners

__all__ = ["FAMILY", "fold_winners", "result_facts", "score_facts", "score_spans"]  # fold_winners: re-exported

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
# words of a phrase opened by a count and closed by a verb of voting: the count is the voters'
# ("Six élus de sa majorité ont voté"); set by hand
SUBJECT_WORDS = 7
YEAR = re.compile(r"(?:19|20)\d\d")
SENTENCE_REACH = 30  # characters between a number of years and the word for prison
MAX_GOALS = 20  # number words read as a side's goals in a score written with a link word
# characters after / before a "called off / postponed" word where the noun of its object may stand
# ("aplazó el jueves la votación", "Le vote, reporté ...", "Подписание соглашения ..., отложено")
OBJECT_AFTER, OBJECT_BEFORE = 30, 120
OBJECT_PREP_REACH = 20  # characters before the noun where a preposition of time stands
# the families whose object a vote or a signing names: postponing it postpones the decision or
# the agreement (compared with approved / signed), not a happening of its own
OBJECT_FAMILIES = ("decision", "agreement")
_SET_GAP = re.compile(r"\s*[,/]?\s*")  # between two sets of one list: a comma, a slash or a space
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
    ruled = ruling(c.text) if not c.negated else None
    if ruled is not None and any(FAMILY[x[2]] != "held" and x[0] < ruled[1] and ruled[0] < x[1] for x in found):
        ruled = None  # "quashed the conviction": the verdict reader's acquittal says it
    if ruled is not None:  # "le tribunal a annulé le permis": a ruling, not a happening called off
        found = [x for x in found if not (FAMILY[x[2]] == "held" and x[0] < ruled[1] and ruled[0] < x[1])]
        found.append(ruled)
    for s, e, cls in sorted(found):
        fam = FAMILY.get(cls) or RULING
        if fam == "held" and cls != "held":
            fam = _object_family(c.text, s, e) or fam
        fact("outcome", fam, cls, cls, c, c.start + s, c.start + e, denied_by=denied, subject_label=fam)
    if not c.negated:  # "did not issue a red alert" says no level
        for s, e, colour in alert_levels(c.text):
            fact("outcome", ALERT, colour + " alert", colour, c, c.start + s, c.start + e, denied_by=denied,
                 subject_label="alert level")
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
    ("nine councillors voted against", "12 deputies voted for"), or opens a short phrase whose
    verb is at ``s``, the group's noun and its modifiers between ("Six élus de sa majorité ont
    voté avec l'opposition", "Sechs Ratsmitglieder der Koalition stimmten mit der Opposition")."""
    before = re.split(r"[,;:.()«»“”]", text[max(0, s - COUNT_REACH):s])[-1]
    if claim_facts.numbers(before, 0, []) or \
            any(w.casefold() in words.number_words() for w in re.findall(r"\w+", before)):
        return True
    phrase = re.split(r"[,;:.()«»“”]", text[:s])[-1].split()
    if not phrase or len(phrase) > SUBJECT_WORDS:
        return False
    lead = " ".join(phrase[:2])
    return any(n.unit is None and not YEAR.fullmatch(lead[n.start:n.end]) for n in claim_facts.numbers(lead, 0, [])) \
        or any(w.casefold() in words.number_words() for w in re.findall(r"\w+", lead))


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


def score_spans(c: Claim, code: str | None) -> list[tuple[int, int]]:
    """Where the clause writes a match score (offsets in the article), in a clause telling a win
    or a loss and no vote: its numbers are no counts ("a 1:3 defeat against X" counts no votes;
    "in the final vote, the plan passed 24-9" does)."""
    if not any(p.search(c.text) for k, p in words.outcomes() if k in ("won", "beat", "lost", "score")) \
            or any(cls.startswith("votes") for _s, _e, cls in words.head_index(code).find(c.text)):
        return []
    return [(c.start + s, c.start + e) for run in _score_runs(c.text) + _worded_scores(c.text, code)
            for s, e, _x, _y in run]
