"""The ruling on a legal challenge: a court either grants it (the contested act is annulled,
quashed, set aside) or dismisses it (the suit, appeal or complaint is rejected, so the act
stands). Articles that say "the court annulled the permit" and "the court dismissed the residents'
suit" report opposite results of one ruling, though neither names the other's object, so the
ruling is read by the side of the challenge rather than by the verb's object. The verbs, the
nouns of a challenge and of a court are closed classes of each language (hand-set below); a
clause counts only when it names a court, and a "dismissed" verb only with a challenge's noun
in the clause (a vote "rejected" is a decision, read elsewhere)."""
from __future__ import annotations

import re
from functools import lru_cache

FAMILY = "ruling"
GRANTED, DISMISSED = "challenge_granted", "challenge_dismissed"
# en, de, fr, es, it, pl, ru, uk stems
_COURT = (r"court", r"judges?", r"tribunal", r"\w*gericht\w*", r"richter\w*", r"cour", r"juges?", r"juez", r"jueces",
          r"tribunale", r"giudic[ei]", r"corte", r"sąd\w*", r"sędzi\w*", r"суд\w*")
_ANNUL = (r"annull?\w*", r"quash\w*", r"overturn\w*", r"struck down", r"strikes? down", r"set aside",
          r"aufgehoben", r"hob\w* \w+(?: \w+){0,6} auf", r"für nichtig erklärt", r"kassiert",
          r"annul\w*", r"invalid\w*", r"anul\w*", r"revoc\w*", r"annull\w*", r"uchyli\w*", r"unieważni\w*",
          r"отменил\w*", r"отменен\w*", r"аннулир\w*", r"скасува\w*", r"скасован\w*")
_DISMISS = (r"dismiss\w*", r"reject\w*", r"throw\w* out", r"threw out", r"thrown out", r"abgewiesen",
            r"zurückgewiesen", r"wies\w* \w+(?: \w+){0,6} ab", r"rejet\w*", r"débout\w*", r"desestim\w*",
            r"rechaz\w*", r"respint\w*", r"rigett\w*", r"oddali\w*", r"odrzuci\w*", r"отклон\w*", r"відхил\w*")
_CHALLENGE = (r"suits?", r"lawsuits?", r"case", r"challenges?", r"appeals?", r"complaints?", r"petitions?",
              r"klagen?", r"beschwerden?", r"berufung", r"anträge?", r"antrag", r"recours", r"requêtes?",
              r"plaintes?", r"demandes?", r"recursos?", r"demandas?", r"ricors[oi]", r"istanz[ae]",
              r"skarg\w*", r"pozew", r"pozw\w*", r"odwołani\w*", r"иск\w{0,2}", r"жалоб\w{0,2}",
              r"позов\w{0,2}", r"скарг\w{0,2}", r"апелляци\w{0,2}", r"апеляці\w{0,2}")


def _alt(stems: tuple[str, ...]) -> str:
    return r"(?<![\w])(?:" + "|".join(stems) + r")(?![\w])"


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    return tuple(re.compile(_alt(x), re.IGNORECASE) for x in (_COURT, _ANNUL, _DISMISS, _CHALLENGE))


def ruling(text: str) -> tuple[int, int, str] | None:
    """(start, end, class) of the first ruling on a challenge a clause states, or none."""
    court, annul, dismiss, challenge = _patterns()
    if not court.search(text):
        return None
    found: list[tuple[int, int, str]] = []
    m = dismiss.search(text)
    if m is not None and challenge.search(text):  # anywhere in the clause: a verb-final clause
        found.append((m.start(), m.end(), DISMISSED))  # puts the whole object between ("die Klage ... abgewiesen")
    m = annul.search(text)
    if m is not None:
        found.append((m.start(), m.end(), GRANTED))
    return min(found) if found else None
