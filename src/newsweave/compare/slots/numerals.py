"""Numbers written out as one word of several number words, in languages that join them
("zweiundvierzig", "einhundertzwölf", "quarantadue", "duecentoquaranta", "ventotto",
"veintidós"): the word
is split into the language's number words and their values composed."""
from __future__ import annotations

from functools import lru_cache

from ... import lang

# the word that joins units to the tens after them ("zwei-und-vierzig": 2 + 40)
LINKS = ("und",)
# parts of joined numbers that the lists leave out, being articles or accented inside a word
# ("ein-hundert", "vent-uno", "venti-tré"), or the joining form of a ten (Spanish "veinti-dós")
INNER = {"ein": 1.0, "eins": 1.0, "uno": 1.0, "tré": 3.0, "veinti": 20.0, "dós": 2.0, "trés": 3.0, "séis": 6.0}
MIN_LEN = 6  # shorter words are single number words or not numbers at all


@lru_cache(maxsize=None)
def _parts(code: str | None) -> dict[str, float]:
    """The language's number words, with the tens that drop their last vowel before "uno" and
    "otto" in Italian ("vent-otto", "trent-uno") also under that shorter form."""
    own = lang.language(code)
    words = {k.casefold(): float(v) for k, v in (own.claims.number_words if own is not None else {}).items()
             if " " not in k and "'" not in k}
    words.update({k: v for k, v in INNER.items() if k not in words})
    for k, v in list(words.items()):
        if v >= 20 and v % 10 == 0 and v < 100 and k[-1] in "aeiou":
            words.setdefault(k[:-1], v)
    return words


@lru_cache(maxsize=4096)
def joined_number(word: str, code: str | None) -> float | None:
    """The value of a one-word written-out number made of several number words of the language
    (None when the word is not one)."""
    w = word.casefold()
    if len(w) < MIN_LEN:
        return None
    seq = _split(w, _parts(code))
    if seq is None or len(seq) < 2:
        return None
    return _compose(seq)


def _split(w: str, parts: dict[str, float]) -> list[float | str] | None:
    """The number words (values) and links that make up ``w``, longest words first."""
    if not w:
        return []
    for n in range(len(w), 0, -1):
        head = w[:n]
        if head in parts or head in LINKS:
            rest = _split(w[n:], parts)
            if rest is not None:
                return [parts.get(head, head)] + rest
    return None


def _compose(seq: list[float | str]) -> float | None:
    """Hundreds and thousands multiply what comes before them; a unit linked to the tens after
    it is added to them; other words add up."""
    total = cur = 0.0
    i = 0
    while i < len(seq):
        v = seq[i]
        if isinstance(v, str):
            return None  # a link without a unit before it
        if i + 2 < len(seq) and seq[i + 1] in LINKS:
            tens = seq[i + 2]
            if isinstance(tens, str) or not (v < 10 and 20 <= tens < 100):
                return None
            cur += v + tens
            i += 3
            continue
        total, cur = add_number_word(total, cur, v)
        i += 1
    return total + cur


def add_number_word(total: float, cur: float, v: float) -> tuple[float, float]:
    """One more number word read left to right: a hundred multiplies the group so far, a thousand
    or more closes it into the total, anything else adds to it ("two hundred thousand and five")."""
    if v == 100:
        return total, max(cur, 1.0) * 100
    if v >= 1000:
        return total + max(cur, 1.0) * v, 0.0
    return total, cur + v
