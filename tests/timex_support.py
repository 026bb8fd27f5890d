"""Lookups the time-expression tests share: one anchor date and two ways to read what
``extract_timexes`` found in an invented sentence."""
from __future__ import annotations

from newsweave.enrich.timex import extract_timexes
from newsweave.model import DateInfo, Timex

MAY15 = DateInfo("2002-05-15")  # a Wednesday


def find(text: str, code: str, surface: str, anchor: DateInfo = MAY15) -> Timex:
    """The expression with this exact surface; fails listing what was found instead."""
    got = extract_timexes(text, code, anchor)
    for t in got:
        if t.text == surface:
            return t
    raise AssertionError(f"{surface!r} not in {[(t.text, t.value) for t in got]}")


def surfaces(text: str, code: str, anchor: DateInfo = MAY15) -> list[str]:
    return [t.text for t in extract_timexes(text, code, anchor)]
