"""Words written like names that name no entity: currency symbols, time-zone
abbreviations, and common nouns written in initials.

News text is full of capitalised or all-caps tokens that are units, not names: "400 Kč",
"15:30 SELČ", "RNA", "SMS-em".  The currency and time-zone forms come from CLDR (through
babel) for each language, so no list of them is kept here; the common nouns written in initials
(molecules, antibodies, messages) are the same in every language and listed once, in both scripts.
"""
from __future__ import annotations

from functools import lru_cache

# common nouns written in initials: a molecule, an antibody, a message — no entity (a test or
# a device, "PCR", "GPS", is named as a product in some annotations: not listed)
COMMON_INITIALISMS = frozenset({
    "DNA", "RNA", "mRNA", "SMS", "MMS", "IgG", "IgM", "IgA",
    "ДНК", "РНК", "мРНК", "СМС",
})


@lru_cache(maxsize=64)
def _cldr_codes(code: str | None) -> frozenset[str]:
    """The language's currency symbols written in letters ("Kč", "zł", "лв") and its short
    time-zone names ("SEČ", "SELČ", "CET").  ISO 4217 codes are left out: old and small
    currencies' codes are also acronyms of bodies ("PES", "ARM", "TOP")."""
    try:
        from babel import Locale, UnknownLocaleError
    except ImportError:  # babel missing: no CLDR data, nothing to filter
        return frozenset()
    out: set[str] = set()
    try:
        loc = Locale.parse(code) if code else None
    except (UnknownLocaleError, ValueError):
        loc = None
    if loc is not None:
        out |= {s.rstrip(".") for s in loc.currency_symbols.values() if s.rstrip(".").isalpha()}
        for names in loc.meta_zones.values():
            for short in names.get("short", {}).values():
                if short.isalpha() and len(short) >= 3:  # ("CT", "PT": initials too)
                    out.add(short)
    return frozenset(out)


def is_code(word: str, code: str | None) -> bool:
    """Whether a token is a currency symbol, a time-zone abbreviation or a common noun
    in initials (a case ending after a hyphen aside: "SMS-em", "DNA-ja")."""
    head, _, tail = word.partition("-")
    if tail and tail.islower():
        word = head
    return word in COMMON_INITIALISMS or word in _cldr_codes(code)
