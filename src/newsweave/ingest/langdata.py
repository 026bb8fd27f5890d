"""The clean sections of every language, merged into one table.

A page in one language often carries chrome, dates or credits in another (an English share bar on a
French site, a Russian agency credit under a Ukrainian story), and metadata is read before the
language is known: so the readers match the words of every language at once. Adding a language
module in ``newsweave.lang`` extends every table here, nothing else.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from .. import lang


@dataclass(frozen=True)
class MergedClean:
    """Every field of :class:`~newsweave.lang.schema.CleanSection`, joined over all languages."""

    chrome_lines: tuple[str, ...]
    comment_counts: tuple[str, ...]
    share_words: tuple[str, ...]
    button_words: tuple[str, ...]
    photo_words: tuple[str, ...]
    caption_labels: tuple[str, ...]
    screen_words: tuple[str, ...]
    photo_by: tuple[str, ...]
    profession_words: tuple[str, ...]
    bio_joiners: tuple[str, ...]
    partitive_openers: tuple[str, ...]  # longest first
    page_words: tuple[str, ...]
    page_states: tuple[str, ...]
    relative_words: tuple[str, ...]
    label_connectors: frozenset[str]
    date_header_words: tuple[str, ...]
    date_prefixes: tuple[str, ...]
    before_date_words: tuple[str, ...]
    months: dict[str, int]  # casefolded name → month number
    day_suffixes: tuple[str, ...]
    date_joiners: tuple[str, ...]
    year_suffixes: tuple[str, ...]
    time_prepositions: tuple[str, ...]
    time_suffixes: tuple[str, ...]
    byline_words: tuple[str, ...]
    byline_joiners: tuple[str, ...]  # longest first
    agencies: tuple[str, ...]  # longest first
    outlet_words: tuple[str, ...]
    source_labels: tuple[str, ...]


def _joined(name: str) -> tuple[str, ...]:
    """One field of every language's clean section, in language order, duplicates dropped."""
    out: dict[str, None] = {}
    for language in lang.languages():
        out.update(dict.fromkeys(getattr(language.clean, name)))
    return tuple(out)


def _longest_first(items: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(sorted(items, key=len, reverse=True))


@lru_cache(maxsize=1)
def merged() -> MergedClean:
    """The merged table (built once: language data never changes while running)."""
    months: dict[str, int] = {}
    for language in lang.languages():
        months.update({name.casefold(): num for name, num in language.clean.header_months.items()})
    return MergedClean(
        chrome_lines=_joined("chrome_lines"),
        comment_counts=_joined("comment_counts"),
        share_words=_joined("share_words"),
        button_words=_joined("button_words"),
        photo_words=_joined("photo_words"),
        caption_labels=_joined("caption_labels"),
        screen_words=_joined("screen_words"),
        photo_by=_joined("photo_by"),
        profession_words=_joined("profession_words"),
        bio_joiners=_joined("bio_joiners"),
        partitive_openers=_longest_first(_joined("partitive_openers")),
        page_words=_joined("page_words"),
        page_states=_joined("page_states"),
        relative_words=_joined("relative_words"),
        label_connectors=frozenset(w.casefold() for w in _joined("label_connectors")),
        date_header_words=_joined("date_header_words"),
        date_prefixes=_joined("date_prefixes"),
        before_date_words=_joined("before_date_words"),
        months=months,
        day_suffixes=_joined("day_suffixes"),
        date_joiners=_joined("date_joiners"),
        year_suffixes=_joined("year_suffixes"),
        time_prepositions=_longest_first(_joined("time_prepositions")),
        time_suffixes=_joined("time_suffixes"),
        byline_words=_joined("byline_words"),
        byline_joiners=_longest_first(_joined("byline_joiners")),
        agencies=_longest_first(_joined("agencies")),
        outlet_words=_joined("outlet_words"),
        source_labels=_joined("source_labels"),
    )


def alternation(patterns: tuple[str, ...] | list[str]) -> str:
    """Regex fragments as one non-capturing alternation; ``(?!)`` (never matches) when empty."""
    return "(?:" + "|".join(patterns) + ")" if patterns else "(?!)"
