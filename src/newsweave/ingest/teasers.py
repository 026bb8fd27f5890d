"""Headline lists above or around an article: news tickers, "latest news", related headlines.

A crawled page often carries, before the article's own headline, the site's ticker or a list of
its other stories: several short headline-like lines in a row (sometimes each with its one-line
standfirst), about other happenings. Taken for the title, one of them puts another story's
headline on the article. What tells such a list apart, in any language, is its length and that
its lines hardly share the words of the article's running text (a headline, its kicker and its
deck are fewer lines, and paraphrase the story at least in part).

Wire copy is often written one sentence per paragraph, and a report that ends in a round-up of
other news has its running text (the long paragraphs) about those: its opening sentences are then
short lines sharing few words with the running text, like a list. They are full sentences, which
headlines are not (a list's standfirsts are, but they alternate with their headlines): a run
whose lines are mostly sentences is the article's own prose.
"""
from __future__ import annotations

import re

from .chrome import looks_like_headline
from .lines import Layout, Line

TEASER_RUN = 4  # this many foreign headline lines in a row are a list (kicker, headline, deck: 3)
FOREIGN_SHARE = 1 / 3  # a line of which less than a third of the words occur in the running text
MIN_WORDS = 3  # a line with fewer content words is neither told foreign nor own
MIN_RUNNING_WORDS = 40  # less running text than this (a wrapped or a short page): nothing to compare
_WORD = re.compile(r"[^\W\d_]{4,}|\b[^\W\d_a-z]{2,3}\b")  # words of 4+ letters, and acronyms
_ITEM_START = re.compile(r"^[\"'«“‘¿¡(]?[^\W_a-z]", re.UNICODE)  # a capital, a digit: not a wrapped line
# a full sentence: closed by a full stop or an exclamation mark (a quote may follow), not by an
# ellipsis (a headline cut short) nor a question mark (headlines ask questions)
_SENTENCE_END = re.compile(r"(?<![.…])[.!。][\"'”»’)]*$")
SENTENCE_WORDS = 6  # fewer words closed by a full stop may still be a label ("Live.", "Updated 5 p.m.")
PROSE_SHARE = 2 / 3  # a run this much made of sentences is prose (a list with standfirsts: half)


def content_words(text: str) -> set[str]:
    """Words of four letters or more and capitalised acronyms, case folded."""
    return {w.casefold() for w in _WORD.findall(text) if len(w) >= 4 or w.isupper()}


def is_running_text(line: Line) -> bool:
    """A paragraph of the article itself: long, unlike any headline, standfirst or menu line."""
    return len(line.text) >= 220 or len(line.words) >= 25


def running_words(lay: Layout) -> set[str]:
    """The words of the page's running text (its long paragraphs)."""
    return content_words(" ".join(ln.text for ln in lay.lines if is_running_text(ln)))


def _share(words: set[str], body: set[str]) -> float:
    return len(words & body) / len(words) if words else 0.0


def _list_item(line: Line) -> bool:
    """A headline-like line: not running text, not a line of wrapped prose (which starts in lower
    case or breaks off at a comma)."""
    t = line.text
    return (not is_running_text(line) and looks_like_headline(t) and bool(_ITEM_START.match(t))
            and not t.endswith((",", ";", "-", "–")))


def is_sentence_line(line: Line) -> bool:
    """A line that is a full sentence of prose: enough words, closed by a full stop."""
    return len(line.text.split()) >= SENTENCE_WORDS and bool(_SENTENCE_END.search(line.text.rstrip()))


def is_prose_run(lines: list[Line]) -> bool:
    """Lines that are mostly full sentences: one-sentence paragraphs of an article, not a list."""
    return sum(is_sentence_line(ln) for ln in lines) >= PROSE_SHARE * len(lines)


def teaser_lines(lay: Layout) -> set[int]:
    """Indexes of the lines before the running text that form a headline list: runs of TEASER_RUN+
    headline-like lines, each sharing less than FOREIGN_SHARE of its words with the running text,
    not mostly full sentences, and the short lines (dates, labels: fewer than MIN_WORDS words)
    between them."""
    body = running_words(lay)
    if len(body) < MIN_RUNNING_WORDS:
        return set()
    first = next((i for i, ln in enumerate(lay.lines) if is_running_text(ln)), len(lay.lines))
    out: set[int] = set()
    run: list[int] = []
    for i in range(first + 1):
        ln = lay.lines[i] if i < first else None
        words = content_words(ln.text) if ln is not None else set()
        if ln is not None and len(words) < MIN_WORDS:
            continue  # too few words to tell; the run goes on
        if ln is not None and _list_item(ln) and _share(words, body) < FOREIGN_SHARE:
            run.append(i)
            continue
        if len(run) >= TEASER_RUN and not is_prose_run([lay.lines[k] for k in run]):
            out.update(range(run[0], run[-1] + 1))  # the short lines between its items too
        run = []
    return out


def is_own_headline(lay: Layout, i: int) -> bool:
    """Line ``i`` (before the running text) reads as a headline of this page: headline-like, with
    enough words to tell, and at least FOREIGN_SHARE of them from the running text."""
    ln = lay.lines[i]
    if is_running_text(ln) or not _list_item(ln):
        return False
    words = content_words(ln.text)
    return len(words) >= MIN_WORDS and _share(words, running_words(lay)) >= FOREIGN_SHARE
