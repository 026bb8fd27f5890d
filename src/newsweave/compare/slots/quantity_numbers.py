"""The *how many* slot's number readers: digits, written-out numbers and their compounds, scale and vague words."""
from __future__ import annotations

import re

from .. import facts as claim_facts, lexicon
from ..claim_records import Claim
from . import words
from .numerals import add_number_word, joined_number

_COMPOUND_LINK = re.compile(r"(?:[\s-]+(?:and\s+|y\s+|e\s+)?|-)", re.IGNORECASE)
TIME_UNITS = ("year", "month", "day", "hour", "minute")  # a duration or an age, not a count


def _joins(prev: float, nxt: float) -> bool:
    """Whether ``nxt`` continues the number word ``prev``: "forty-two", "two hundred", "hundred
    and five", "two hundred thousand"; not "two and three"."""
    if nxt in (100, 1000):
        return prev < 100 or (nxt == 1000 and prev % 100 == 0 and prev < 1000)  # "two hundred thousand"
    if prev >= 100:
        return nxt < 100
    if (prev == 10 and 7 <= nxt <= 9) or (prev in (20, 60) and nxt < 20) or (prev == 4 and nxt == 20):
        return True  # French "dix-huit", "soixante-dix-huit", "quatre-vingt-quinze"
    return prev >= 20 and prev % 10 == 0 and nxt < 10


def _compounds(text: str, base: int) -> list[tuple[int, int, float]]:
    """Runs of two or more number words ("forty-two", "cuarenta y dos", "сорок два", "two
    hundred"): (start, end, value) with offsets in the article. Each word alone would read as
    its first part only ("forty" for "forty-two")."""
    nw = words.number_words()
    toks = [(m.start(), m.end(), nw[w]) for m in re.finditer(r"[\w'’]+", text)
            if (w := m.group().casefold()) in nw]
    out: list[tuple[int, int, float]] = []
    i = 0
    while i < len(toks):
        j = i
        while j + 1 < len(toks) and _COMPOUND_LINK.fullmatch(text[toks[j][1]:toks[j + 1][0]]) \
                and _joins(toks[j][2], toks[j + 1][2]):
            j += 1
        if j > i:
            total = cur = 0.0
            for _s, _e, v in toks[i:j + 1]:
                if v == 20 and cur % 100 == 4:  # "quatre-vingt": four twenties
                    cur += 76
                else:
                    total, cur = add_number_word(total, cur, v)
            out.append((base + toks[i][0], base + toks[j][1], total + cur))
        i = j + 1
    return out


def _numbers(c: Claim, skip: list[tuple[int, int]], units: dict[int, str]) -> list[tuple[int, int, float, bool | tuple]]:
    """(start, end, value, written-as-digits or (low, high) of a vague word) of each number of
    the claim, offsets in the article."""
    out: list[tuple[int, int, float, bool | tuple]] = []
    for s, e, v in _compounds(c.text, c.start):
        if not any(a < e and s < b for a, b in skip):
            out.append((s, e, v, True))
            unit = lexicon.unit_after(c.text[e - c.start:e - c.start + 30])
            if unit:
                units[s] = unit
    skip = skip + [(s, e) for s, e, _, _ in out]
    for n in claim_facts.numbers(c.text, c.start, skip):
        said = c.text[n.start - c.start:n.end - c.start]
        if not any(ch.isdigit() for ch in said) and (re.search(r"\d\s*$", c.text[:n.start - c.start])
                                                      or _vague_word(said)):
            continue  # "3 тысячи": the scale of the digits before it; "тысячи жителей": thousands
        if n.unit not in TIME_UNITS:
            out.append((n.start, n.end, float(f"{n.value:.12g}"), True))  # 4.2 * 1e6 is not 4200000
            if n.unit:
                units[n.start] = n.unit
    taken = [(s, e) for s, e, _, _ in out]
    for pat, lo, hi in words.vague_numbers():
        for m in pat.finditer(c.text):
            s, e = c.start + m.start(), c.start + m.end()
            if not any(a < e and s < b for a, b in taken) and not re.search(r"\d\s*$", c.text[:m.start()]):
                out.append((s, e, (lo + hi) / 2, (lo, hi)))
                taken.append((s, e))
    for pat, v in words.approx_numbers():
        for m in pat.finditer(c.text):
            s, e = c.start + m.start(), c.start + m.end()
            if not any(a < e and s < b for a, b in taken):
                out.append((s, e, v, False))
                taken.append((s, e))
                unit = lexicon.unit_after(c.text[m.end():m.end() + 30])  # "une soixantaine de personnes"
                if unit:
                    units[s] = unit
    nw = words.number_words()
    for m in re.finditer(r"(?<![\w'’-])([\w'’]+)(?![\w])(?!-\w)", c.text):  # not "twenty-one"
        w = m.group(1).casefold()
        s, e = c.start + m.start(), c.start + m.end()
        v = nw.get(w) or joined_number(w, c.lang)  # "zweiundvierzig", "quarantadue"
        if v and not any(a < e and s < b for a, b in taken + skip) \
                and not re.search(r"\d\s*$", c.text[:m.start()]):  # "10 тысячи": a scale word
            out.append((s, e, v, True))
            unit = lexicon.unit_after(c.text[m.end():m.end() + 30])
            if unit and w not in nw:
                units[s] = unit
    return sorted(_word_scales(c, out))


def _word_scales(c: Claim, nums: list[tuple[int, int, float, bool | tuple]]) -> list:
    """A written-out number before a scale word takes its factor ("two million", "deux
    millions", "dos millones"); digits have theirs already."""
    out, scales = [], []
    for s, e, v, digits in sorted(nums):
        if any(a <= s < b for a, b in scales):
            continue  # "two dozen": "dozen" is the scale of "two", not a number of its own
        m = lexicon.multiplier_regex().match(c.text, e - c.start)
        factor = lexicon.multiplier_of(m.group(1)) if m else None
        if factor and digits is True and not c.text[s - c.start:e - c.start][:1].isdigit():
            v = v * factor
            scales.append((c.start + m.start(1), c.start + m.end(1)))
        elif factor and isinstance(digits, tuple):  # "десятки тысяч", "dozens of millions"... of a scale
            v, digits = v * factor, (digits[0] * factor, digits[1] * factor)
            scales.append((c.start + m.start(1), c.start + m.end(1)))
        out.append((s, e, v, digits))
    return out


def _vague_word(said: str) -> bool:
    """Whether a number's text is a vague plural of the language lists ("тысячи", "thousands")."""
    return any(pat.fullmatch(said) for pat, _lo, _hi in words.vague_numbers())
