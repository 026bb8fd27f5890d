"""The level of a warning an authority issued ("issued an orange alert", "activó la alerta roja",
"rief die Warnstufe Rot aus", "объявили красный уровень опасности"): an outcome of its own
family, compared by colour, so two articles giving the same warning two colours conflict. The
colours of the common warning scales and the nouns of a warning are closed classes of each
language (hand-set below); a colour counts only right beside a warning noun, and an article
naming two colours (an upgrade, two areas) states both, which reconciles it with either."""
from __future__ import annotations

import re
from functools import lru_cache

FAMILY = "alert"
# colour -> stems of its adjective and noun in en, de, fr, es, it, pl, ru, uk (an inflection ending follows)
COLOURS = {
    "red": (r"red", r"rot(?:e[nmrs]?)?", r"rouge", r"roj[oa]s?", r"ross[oa]", r"czerwon\w{0,3}", r"красн\w{0,3}",
            r"червон\w{0,3}"),
    "orange": (r"orange[nmrs]?", r"amber", r"naranja", r"arancion[ei]", r"pomarańczow\w{0,3}", r"оранжев\w{0,3}",
               r"помаранчев\w{0,3}"),
    "yellow": (r"yellow", r"gelbe?[nmrs]?", r"jaunes?", r"amarill[oa]s?", r"giall[oa]", r"żółt\w{0,3}",
               r"[жж][её]лт\w{0,3}", r"жовт\w{0,3}"),
}
# nouns of a warning and of its level: "alert", "Warnstufe", "vigilance", "уровень опасности"
NOUNS = (r"alerts?", r"warnings?", r"alarm\w{0,3}", r"\w*warnung(?:en)?", r"\w*warnstufe", r"alarmstufe",
         r"alertes?", r"vigilance", r"alertas?", r"avisos?", r"allert[ae]", r"allarm[ei]", r"ostrzeżen\w{0,3}",
         r"тревог\w{0,2}", r"предупреждени\w{0,2}", r"уров\w{0,3} опасности", r"тривог\w{0,2}",
         r"попередженн\w{0,2}", r"рів\w{0,3} небезпеки")
GAP_WORDS = 2  # hand-set: words between a warning noun and its colour ("alerta de nivel rojo", "Warnstufe Rot")


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern[str]:
    colour = "|".join(f"(?P<{k}>{'|'.join(v)})" for k, v in COLOURS.items())
    noun = "|".join(NOUNS)
    gap = r"(?:\s+[\w'’-]+){0,%d}?\s+" % GAP_WORDS
    colour2 = colour.replace("(?P<", "(?P<b_")
    return re.compile(r"(?<![\w])(?:(?:%s)%s(?:%s)|(?:%s)(?:\s+[\w'’-]+)?\s+(?:%s))(?![\w])"
                      % (noun, gap, colour, colour2, noun), re.IGNORECASE)


def alert_levels(text: str) -> list[tuple[int, int, str]]:
    """(start, end, colour) of each warning level the text names."""
    out = []
    for m in _pattern().finditer(text):
        colour = next(k.removeprefix("b_") for k, v in m.groupdict().items() if v)
        out.append((m.start(), m.end(), colour))
    return out
