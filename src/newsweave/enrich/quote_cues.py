"""Compiled speech cues of one language (or of every language, when the language is unknown),
from the ``quotes`` sections of ``newsweave.lang``."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Sequence

from .. import lang
from ..lang.schema import QuoteSection
from ..text.stems import union_list


def _alternation(words: Sequence[str], escape: bool = True) -> str:
    body = sorted(words, key=len, reverse=True)
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") if escape else w for w in body)


@dataclass(frozen=True)
class QuoteCues:
    verb: re.Pattern[str] | None  # a speech verb
    that: re.Pattern[str] | None  # a complementiser right after the verb (", que")
    that_words: str  # alternation of complementisers, for look-aheads ("" when none)
    according: re.Pattern[str] | None  # "according to" before a source
    according_post: re.Pattern[str] | None  # "according to" after a source ("X zufolge")
    weak_according: frozenset[str]  # cues that need a capitalised source after them
    aux: frozenset[str]
    adverb_suffixes: tuple[str, ...]
    pronouns: frozenset[str]
    impersonal: frozenset[str]  # "on", "man": no one in particular, never a speaker
    euphonic: re.Pattern[str] | None  # "-t-il": pronoun glued to an inverted verb
    stops: frozenset[str]
    dets: frozenset[str]
    lowercase_ends_phrase: bool
    phrase_links: frozenset[str]
    adjective_endings: tuple[str, ...]

    @classmethod
    def build(cls, sections: Sequence[QuoteSection]) -> "QuoteCues":
        def collect(name: str) -> list[str]:
            return union_list(getattr(s, name) for s in sections)

        def folded(name: str) -> frozenset[str]:
            return frozenset(w.casefold() for w in collect(name))

        verbs = collect("speech_verbs")
        that = collect("complementisers")
        acc = collect("according_to")
        post = collect("according_to_post")
        eup = collect("euphonic_t_pronouns")
        single = sections[0] if len(sections) == 1 else None
        return cls(
            verb=re.compile(r"(?<![\w-])(?:" + _alternation(verbs, escape=False) + r")(?![\w])",
                            re.IGNORECASE) if verbs else None,
            that=re.compile(r"\s*,?\s*(?:" + "|".join(
                re.escape(t) + (r"" if t.endswith(("'", "’")) else r"(?![\w])")
                for t in sorted(that, key=len, reverse=True)) + r")\s*", re.IGNORECASE) if that else None,
            that_words=_alternation(that) if that else "",
            according=re.compile(r"(?<![\w])(?:" + _alternation(acc) + r")(?![\w])",
                                 re.IGNORECASE) if acc else None,
            according_post=re.compile(r"(?<![\w])(?:" + "|".join(map(re.escape, post)) + r")(?![\w])",
                                      re.IGNORECASE) if post else None,
            weak_according=folded("weak_according_to"),
            aux=folded("speech_aux"),
            adverb_suffixes=tuple(collect("adverb_suffixes")),
            pronouns=folded("pronouns"),
            impersonal=folded("impersonal_pronouns"),
            euphonic=re.compile(r"-t-(" + "|".join(map(re.escape, eup)) + r")(?![\w])") if eup else None,
            stops=folded("np_stop_words"),
            dets=folded("determiners"),
            lowercase_ends_phrase=bool(single and single.lowercase_ends_phrase),
            phrase_links=folded("lowercase_phrase_links"),
            adjective_endings=tuple(collect("adjective_endings")),
        )


@lru_cache(maxsize=None)
def cues_for(code: str | None) -> QuoteCues:
    """Cues of the article's language; every language's together when it has none."""
    known = lang.language(code)
    if known is not None and known.quotes.speech_verbs:
        return QuoteCues.build([known.quotes])
    return QuoteCues.build([l.quotes for l in lang.languages() if l.quotes.speech_verbs])
