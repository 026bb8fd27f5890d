"""Whether the main happening is over or goes on ("the strike ended", "der Streik geht weiter",
"завершився страйк", "la grève se poursuit"): the aspect verbs of ending and of going on are a
closed class of each language (hand-set below), so two articles that say the happening ended
and that it continues conflict. A verb of going on that governs another verb ("continued to
rise", "continue à", "sigue siendo") is an auxiliary of that verb, not the happening's state, and
is not read."""
from __future__ import annotations

import re
from functools import lru_cache

_PART_BREAK = re.compile(r"[:;,]|\s[–—-]\s")  # between two parts of a clause: a colon, a semicolon, a comma, a dash
FAMILY = "ongoing"
ENDED, CONTINUES = "ended", "continues"
# en, de, fr, es, it, pl, ru, uk
_ENDED = (r"ended", r"ends", r"came to an end", r"is over", r"was over",
          r"beendet\w*", r"endete\w*", r"ist vorbei", r"zu ende gegangen", r"beigelegt",
          r"a pris fin", r"ont pris fin", r"a mis fin", r"ont mis fin", r"s'est terminée?s?", r"s’est terminée?s?",
          r"terminó", r"finalizó", r"pusieron fin", r"puso fin", r"ha terminado",
          r"è terminat[oa]", r"si è conclus[oa]", r"è finit[oa]", r"hanno messo fine", r"ha messo fine",
          r"zakończył\w* się", r"zakończon\w+", r"dobiegł\w* końca",
          r"завершил\w*", r"закончил\w*", r"прекратил\w*",
          r"завершив\w*", r"закінчив\w*", r"завершил\w*", r"припинив\w*")
_CONTINUES = (r"continues", r"continued(?!\s+(?:to|with)\b)", r"goes on", r"went on(?!\s+to\b)", r"carries on",
              r"geht weiter", r"ging weiter", r"dauert an", r"dauerte an", r"hält an", r"wird fortgesetzt",
              r"läuft weiter",
              r"se poursuit", r"se poursuivait", r"continue(?!\s+(?:à|de|d['’])|\w)",
              r"continúa(?!\s+(?:a|con|siendo)\b)", r"prosigue",
              r"prosegue", r"continua(?!\s+(?:a|ad)\b|\w)",
              r"trwa dalej", r"trwa nadal", r"nadal trwa", r"jest kontynuowan\w*",
              r"продолжается", r"продолжаются", r"продолжится",
              r"триває", r"продовжується", r"продовжуються")


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    return tuple(re.compile(r"(?<![\w])(?:" + "|".join(x) + r")(?![\w])", re.IGNORECASE)
                 for x in (_ENDED, _CONTINUES))


def aspect(text: str) -> list[tuple[int, int, str]]:
    """(start, end, ended|continues) of each verb of ending or going on in the clause."""
    ended, goes_on = _patterns()
    out = [(m.start(), m.end(), ENDED) for m in ended.finditer(text)]
    out += [(m.start(), m.end(), CONTINUES) for m in goes_on.finditer(text)]
    return sorted(out)


def negates(negation: tuple[int, int] | None, text: str, base: int, start: int) -> bool:
    """Whether a clause's negation (absolute span, or none) governs the word at ``start`` of the
    clause ``text`` that begins at ``base``: a negation's scope ends at a break between two parts of
    the clause ("keine Einigung in Sicht: ... der Streik geht weiter")."""
    if negation is None:
        return False
    lo, hi = sorted((negation[1] - base, start - base))
    return _PART_BREAK.search(text, max(0, lo), max(0, hi)) is None
