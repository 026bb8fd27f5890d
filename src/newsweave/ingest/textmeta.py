"""Metadata recovered from messy plain text: title, header date, trailing URL, byline, agencies.

The pieces live in their own modules (:mod:`.lines`, :mod:`.headerdates`, :mod:`.bylines`,
:mod:`.urls`, :mod:`.chrome`); this one puts them together. Lines consumed as metadata are reported
as spans so that ``clean`` can mark them as boilerplate; ``Article.text`` itself is never changed.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..model import DateInfo
from .bylines import dateline_agencies, dedupe, match_byline
from .captions import is_caption, is_description_caption
from .chrome import is_title_cased_chrome, looks_like_headline, matches_chrome_phrase
from .headerdates import match_date_line, settle_order, split_byline_date, starts_with_header_word
from .lines import MAX_HEADER_LINES, SEARCH_LINES, Layout, Line, is_body_paragraph, layout
from .teasers import is_own_headline, is_running_text, teaser_lines
from .urls import url_domain, url_line_regex


@dataclass
class TextMeta:
    title: str | None = None
    title_span: tuple[int, int] | None = None
    date: DateInfo | None = None
    url: str | None = None
    source: str | None = None
    byline: str | None = None
    agencies: list[str] = field(default_factory=list)
    spans: list[tuple[int, int, str]] = field(default_factory=list)  # metadata consumed: (s, e, kind)


def recover_metadata(text: str) -> TextMeta:
    """Recover title, header date, trailing URL, byline and agencies from plain article text."""
    out = TextMeta()
    lay = layout(text)
    lines = lay.lines
    if not lines:
        return out
    consumed: set[int] = set()
    title_rest: dict[int, tuple[int, int]] = {}

    # trailing (or leading) URL line → url + outlet domain
    for idx in ([len(lines) - 1] + ([0] if len(lines) > 1 else [])):
        um = url_line_regex().match(lines[idx].text)
        if um:
            out.url = um.group(1).rstrip(".,;")
            if not re.match(r"https?://", out.url, re.I):
                out.url = "https://" + out.url
            out.source = url_domain(out.url)
            out.spans.append((lines[idx].start, lines[idx].end, "url"))
            consumed.add(idx)
            break

    # date header and credit lines: the header zone, short lines among the first ones, the trailer
    early = [i for i in range(min(len(lines), SEARCH_LINES)) if len(lines[i].text) <= 220]
    search = list(dict.fromkeys(lay.header + early + lay.trailer[-5:]))
    early_set = set(lay.header) | set(early)
    byline_parts: dict[int, Line] = {}
    for idx in search:
        if idx in consumed:
            continue
        hd = match_date_line(lines[idx])
        if hd is not None and idx not in early_set and not (
                lines[idx].text[:1].isdigit() or starts_with_header_word(lines[idx].text)):
            hd = None  # late in the text, "Name, 20 January 2021 01:05" is a comment, not the article
        if hd is None:
            split = split_byline_date(lines[idx])
            if split is None:
                continue
            byline_parts[idx], hd = split
        out.date = DateInfo(settle_order(hd, text), source="text", evidence=lines[idx].text[:200])
        out.spans.append((hd.span[0], hd.span[1], "date"))
        if idx in byline_parts:
            pass
        elif hd.rest is None:
            consumed.add(idx)
        else:
            title_rest[idx] = hd.rest
        break

    # byline / agency credit lines
    for idx in search:
        if idx in consumed or idx in title_rest:
            continue
        bl = match_byline(byline_parts.get(idx, lines[idx]))
        if bl is None:
            continue
        if out.byline is None and bl.byline:
            out.byline = bl.byline
        out.agencies = dedupe(out.agencies + bl.agencies)
        if bl.outlet and out.source is None:
            out.source = bl.outlet
        out.spans.append((bl.span[0], bl.span[1], "byline"))
        consumed.add(idx)
    out.agencies = dedupe(out.agencies + dateline_agencies(text))

    # title: the header line that best reads as a headline and matches the body
    pick = None
    for where in _title_lines(lay):
        cands = [title_rest.get(idx, (lines[idx].start, lines[idx].end)) for idx in where if idx not in consumed]
        pick = pick_title(text, lay, cands, bonus=set(title_rest.values()))
        if pick is not None:
            break
    if pick is not None:
        out.title_span = pick
        out.title = text[pick[0]:pick[1]].strip()
    return out


def _title_lines(lay: Layout) -> list[list[int]]:
    """Where a headline is looked for, in order: the header; on a page with a headline list, first
    the page's own headline right after the list (the first headline-like line there that shares
    the running text's words: the site's furniture and wrapped fragments are passed over), then
    the rest of the header (the list was the related headlines under the page's own)."""
    listed = teaser_lines(lay)
    if not listed:
        return [lay.header]
    last = max(listed)
    after = next((i for i in range(last + 1, len(lay.lines)) if is_own_headline(lay, i)), None)
    rest = [i for i in lay.header if i not in listed and i < last]
    return [[after], rest] if after is not None else [rest]


_WORD = re.compile(r"\w{4,}")


def _content_words(text: str) -> set[str]:
    return {w.casefold() for w in _WORD.findall(text)}


def pick_title(text: str, lay: Layout, cands: list[tuple[int, int]],
               bonus: set[tuple[int, int]] | frozenset[tuple[int, int]] = frozenset()) -> tuple[int, int] | None:
    """Among candidate spans, the one that best reads as a headline of the body that follows."""
    lines = lay.lines
    listed = teaser_lines(lay)
    body_words: set[str] = set()
    if lay.first_body is not None:
        # the first lines from the first body paragraph, or, when a headline list has standfirsts
        # that read as paragraphs, from the first paragraph of running text after the list
        first = lay.first_body
        if listed and first <= max(listed):
            first = next((i for i, ln in enumerate(lines) if i > max(listed) and is_running_text(ln)), first)
        body_words = _content_words(" ".join(ln.text for ln in lines[first:first + 4]))
    teasers = {(lines[i].start, lines[i].end) for i in listed}
    best: tuple[float, tuple[int, int]] | None = None
    for s, e in cands:
        cand = text[s:e]
        if not looks_like_headline(cand) or matches_chrome_phrase(cand) or is_caption(cand):
            continue
        if (s, e) in teasers or is_description_caption(cand):
            continue  # another story's headline in a list; a photo's description
        words = _content_words(cand)
        overlap = len(words & body_words) / len(words) if words else 0.0
        score = overlap + 0.3 * min(len(cand) / 80.0, 1.0) + (0.5 if (s, e) in bonus else 0.0)
        if is_title_cased_chrome(cand, max_words=5):
            score -= 0.4
        if (s, e) not in bonus and cand.endswith(".") and len(cand.split()) >= 8:
            continue  # a full sentence is a lead, not a headline (wire copy often has none)
        if cand.endswith((",", ";")) and len(cand.split()) >= 8:
            continue  # a sentence broken over lines
        if len(cand) > 120 and cand.endswith("."):  # a lead sentence rather than a headline
            score -= 0.3
        if best is None or score > best[0]:
            best = (score, (s, e))
    return best[1] if best else None
