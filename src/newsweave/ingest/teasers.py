"""Headline lists above or around an article: news tickers, "latest news", related headlines.

A crawled page often carries, before the article's own headline, the site's ticker or a list of
its other stories: several short headline-like lines in a row (sometimes each with its one-line
standfirst), about other happenings. Taken for the title, one of them puts another story's
headline on the article. What tells such a list apart, in any language, is that its lines do not
share the words of the article's running text, while the page's own headline does.
"""
from __future__ import annotations

import re

from .lines import Layout, Line

TEASER_RUN = 3  # this many foreign headline lines in a row are a list, not a headline and its deck
FOREIGN_SHARE = 0.5  # a line of which fewer than half the words occur in the running text is foreign
MIN_WORDS = 3  # a line with fewer content words is neither told foreign nor own
_WORD = re.compile(r"[^\W\d_]{4,}")


def content_words(text: str) -> set[str]:
    """Words of four letters or more, case folded (short function words left out)."""
    return {w.casefold() for w in _WORD.findall(text)}


def is_running_text(line: Line) -> bool:
    """A paragraph of the article itself: long, unlike any headline, standfirst or menu line."""
    return len(line.text) >= 220 or len(line.words) >= 25


def running_words(lay: Layout) -> set[str]:
    """The words of the page's running text (its long paragraphs)."""
    return content_words(" ".join(ln.text for ln in lay.lines if is_running_text(ln)))


def _share(words: set[str], body: set[str]) -> float:
    return len(words & body) / len(words) if words else 0.0


def _list_item(line: Line) -> bool:
    return not is_running_text(line) and 3 <= len(line.words) <= 40


def teaser_lines(lay: Layout) -> set[int]:
    """Indexes of the lines before the running text that form a headline list: runs of TEASER_RUN+
    short lines in a row, each sharing less than FOREIGN_SHARE of its words with the running text
    (lines of fewer than MIN_WORDS words, dates and names, neither join nor break a run). A page
    without running text has nothing to compare with: nothing is a teaser."""
    body = running_words(lay)
    if not body:
        return set()
    first = next((i for i, ln in enumerate(lay.lines) if is_running_text(ln)), len(lay.lines))
    out: set[int] = set()
    run: list[int] = []
    for i in range(first + 1):
        ln = lay.lines[i] if i < first else None
        words = content_words(ln.text) if ln is not None else set()
        if ln is not None and len(words) < MIN_WORDS:
            continue  # a date, a name, a section label: too few words to tell; the run goes on
        if ln is not None and _list_item(ln) and _share(words, body) < FOREIGN_SHARE:
            run.append(i)
            continue
        if len(run) >= TEASER_RUN:
            out.update(run)
        run = []
    return out
