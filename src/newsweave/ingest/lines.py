"""Lines of an article and its layout: a header zone before the first body paragraph, a trailer after
the last one. Metadata and chrome are looked for in those zones; the shapes are language-independent.
"""
from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass
class Line:
    start: int  # offset of the first non-blank character
    end: int  # offset after the last non-blank character
    text: str  # stripped line text

    @property
    def words(self) -> list[str]:
        return self.text.split()


def split_lines(text: str) -> list[Line]:
    """Non-blank lines of ``text`` with offsets of their stripped content."""
    out: list[Line] = []
    for m in re.finditer(r"[^\n]+", text):
        raw = m.group(0)
        stripped = raw.strip()
        if not stripped:
            continue
        lead = len(raw) - len(raw.lstrip())
        s = m.start() + lead
        out.append(Line(s, s + len(stripped), stripped))
    return out


_SENT_END = re.compile(r"[.!?…»\"”)]\s+[«\"“]?[A-ZÀ-ÝА-ЯЇІЄҐ]")


def is_body_paragraph(line: Line) -> bool:
    """A line that reads as running text rather than a headline, menu or metadata."""
    t = line.text
    n_words = len(t.split())
    if len(t) >= 220 or n_words >= 25:
        return True
    # two sentences or more, ending like a sentence ("Title… Second part" teasers are not)
    return bool(len(t) >= 80 and _SENT_END.search(t) and re.search(r"[.!?…»\"”]$", t))


@dataclass
class Layout:
    lines: list[Line]
    header: list[int]  # indexes of lines before the first body paragraph (at most a few)
    trailer: list[int]  # indexes of lines after the last body paragraph
    first_body: int | None  # index of the first body paragraph


MAX_HEADER_LINES = 12
SEARCH_LINES = 30  # date headers and bylines are looked for among the first lines (and the trailer)


def layout(text: str) -> Layout:
    lines = split_lines(text)
    body_idx = [i for i, ln in enumerate(lines) if is_body_paragraph(ln)]
    if not body_idx:
        # no running text at all: treat the first lines as header, nothing as trailer
        return Layout(lines, list(range(min(len(lines), 3))), [], None)
    first, last = body_idx[0], body_idx[-1]
    header = list(range(min(first, MAX_HEADER_LINES)))
    trailer = list(range(last + 1, len(lines)))
    return Layout(lines, header, trailer, first)
