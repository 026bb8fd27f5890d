"""Boilerplate spans: site chrome, metadata lines, blank-line runs, lines recurring per outlet.

Rules, from safest to riskiest:

1. metadata lines ingest consumed (date header, trailing URL, byline) — from ``meta["metadata_spans"]``;
2. whole lines matching a chrome phrase of any language (``CLEAN.chrome_lines`` in ``lang/*.py``)
   or a generic chrome shape (share bars, copyright, breadcrumbs, photo credits: see
   :mod:`newsweave.ingest.chrome`), photo captions (:mod:`newsweave.ingest.captions`, the title
   line included: a caption is never a title), headline lists before the running text (tickers,
   related headlines: :mod:`newsweave.ingest.teasers`, the title line included), or leaked
   script/style code;
3. in the header zone (before the first body paragraph): lines above the title, short
   Title-Cased label lines (menus, tag lists) and photo descriptions
   (:func:`newsweave.ingest.captions.is_description_caption`);
4. in the trailer zone (after the last body paragraph): short lines without sentence punctuation;
5. runs of 3+ newlines, and the readers' comment section: from a short line giving a count of
   comments (``CLEAN.comment_counts``: "Se han publicado 29 comentarios", "296 Commenti »") after
   the article's first sentence, to the end of the page;
6. lines that recur in 2+ articles of the same outlet in a batch (outlet unknown: short lines in
   3+ articles, or any line in many articles published over several days: series notes,
   subscription notices, sidebar headlines; or a list of SIDEBAR_RUN+ headlines in a row that
   another article of the batch also lists: a sidebar, which two pages of a site share);
7. lines that recurred in STORE_RECUR+ articles of the same source in earlier batches (the store's
   per-source line counts, :mod:`newsweave.clean.history`).

Inside the body only rules 1, 2, 5, 6 and 7 apply, so a short subheading there stays content.
"""
from __future__ import annotations

import re
from collections import defaultdict
from functools import lru_cache

from ..ingest.captions import CaptionDetector, is_description_caption
from ..ingest.chrome import is_title_cased_chrome, matches_chrome_phrase
from ..ingest.langdata import merged
from ..ingest.lines import Layout, Line, is_body_paragraph, layout
from ..ingest.teasers import is_running_text, teaser_lines
from ..ingest.textmeta import pick_title
from ..model import Article
from .history import LineHistory

_SENT_PUNCT = re.compile(r"[.!?…»\"”]$")
_FULL_STOP = re.compile(r"[.!?…]$")  # a sentence's end ("296 Commenti »" is a link label, no sentence)

_CODE_STRONG = re.compile(r"\bfunction\s*\(|\b(?:var|let|const)\s+[\w$]+\s*=|=>|\bdocument\.|\bwindow\.|\$\(|"
                          r"\.(?:push|apply|call|addEventListener|getElementById|createElement)\(|"
                          r"===|!==|^\s*(?://|/\*|\*/)|^\s*[{}]|[{}]\s*$|^\s*(?:if|for|while)\s*\(.*\)\s*\{?$|"
                          r"^\s*[\w.$]+\s*[+\-*/]?=\s*[^=].*;$|</?\w+[^>]*>|^\s*@media\b|^\s*[.#][\w-]+\s*\{")
_CODE_CHARS = re.compile(r"[{}();=<>$\\|&\[\]]")


def looks_like_code(text: str) -> bool:
    """A line of script/style/markup that leaked into the text (``var x = ...;``, ``} else {``)."""
    if len(text) > 400 or not _CODE_STRONG.search(text):
        return False
    if re.match(r"\s*(?://|/\*|\*/)", text):
        return True
    symbols = len(_CODE_CHARS.findall(text))
    return symbols >= 2 and symbols >= 0.04 * len(text) or text.strip() in ("}", "{", "});", "};", "})();")


def _is_trailer_chrome(line: Line) -> bool:
    words = line.text.split()
    return len(words) <= 8 and len(line.text) <= 80 and not _SENT_PUNCT.search(line.text)


def line_key(text: str) -> str:
    return " ".join(text.casefold().split())


def article_spans(a: Article, lay: Layout | None = None) -> list[tuple[int, int]]:
    """Boilerplate spans of one article, without the cross-article (recurring lines) rule."""
    text = a.text
    lay = lay or layout(text)
    lines = lay.lines
    spans: list[tuple[int, int]] = []
    for item in a.meta.get("metadata_spans") or []:
        try:
            s, e = int(item[0]), int(item[1])
        except (TypeError, ValueError, IndexError):
            continue
        if 0 <= s < e <= len(text):
            spans.append((s, e))
    title_span = a.meta.get("title_span")
    title_line = None
    if title_span:
        for i, ln in enumerate(lines):
            if ln.start <= title_span[0] < max(ln.end, ln.start + 1):
                title_line = i
                break
    header = set(lay.header)
    # trailer chrome only after the last line that reads as a sentence: a subheading between the last
    # paragraphs stays content
    last_sentence = max((i for i, ln in enumerate(lines)
                         if len(ln.words) >= 5 and _SENT_PUNCT.search(ln.text)), default=-1)
    trailer = {i for i in lay.trailer if i > last_sentence}
    captions = CaptionDetector.for_article(a.meta)
    teasers = teaser_lines(lay)
    for i, ln in enumerate(lines):
        if captions.is_caption(ln.text) or i in teasers:
            spans.append((ln.start, ln.end))
        elif i == title_line:
            continue
        elif matches_chrome_phrase(ln.text) or looks_like_code(ln.text):
            spans.append((ln.start, ln.end))
        elif i in header:
            # a full sentence above the chosen title is content (wire copy often has no headline)
            above_title = (title_line is not None and i < title_line and len(ln.text) <= 160
                           and not _is_sentence(ln))
            if above_title or is_title_cased_chrome(ln.text) or is_description_caption(ln.text):
                spans.append((ln.start, ln.end))
        elif i in trailer and _is_trailer_chrome(ln):
            spans.append((ln.start, ln.end))
    for m in re.finditer(r"\n[ \t\r\f\v]*(?:\n[ \t\r\f\v]*){2,}", text):
        spans.append((m.start(), m.end()))
    comments = comment_section(lines)
    if comments is not None:
        spans.append((comments, len(text)))
    return spans


@lru_cache(maxsize=1)
def _comment_count_regex() -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in merged().comment_counts) or r"(?!)", re.I)


def comment_section(lines: list[Line]) -> int | None:
    """Where the readers' comments start: the first short line without sentence punctuation that
    gives a count of comments, after a line of prose (a count above the article is page chrome
    and opens nothing); None when the page has no such line."""
    rx = _comment_count_regex()
    prose = False
    for ln in lines:
        if prose and len(ln.words) <= 10 and not _FULL_STOP.search(ln.text) and rx.search(ln.text):
            return ln.start
        prose = prose or _is_sentence(ln)
    return None


def _is_sentence(ln: Line) -> bool:
    """A line that reads as prose: several words and sentence punctuation."""
    return len(ln.words) >= 6 and bool(_SENT_PUNCT.search(ln.text))


def merge_spans(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for s, e in sorted(spans):
        if out and s <= out[-1][1]:
            if e > out[-1][1]:
                out[-1] = (out[-1][0], e)
        else:
            out.append((s, e))
    return out


# Outlet unknown: a line, even a full sentence, that recurs verbatim in this many articles published
# on at least SPREAD_DAYS different days is page chrome (a series note, a subscription notice, a
# sidebar headline), not wire copy reprinted (which recurs on the day of its news).
RECUR_MANY = 5
SPREAD_DAYS = 3


def _owners(articles: list[Article], layouts: list[Layout], idxs: list[int],
            longest: int, sentences: bool) -> dict[str, set[int]]:
    owners: dict[str, set[int]] = defaultdict(set)
    for i in idxs:
        for ln in layouts[i].lines:
            if 3 <= len(ln.text) <= longest and (sentences or not _is_sentence(ln) or _is_teaser(ln)):
                owners[line_key(ln.text)].add(i)
    return owners


def _is_teaser(ln: Line) -> bool:
    """A headline cut short by an ellipsis ("Floods close the coastal road ..."): a link to
    another page, never the article's own prose."""
    return ln.text.rstrip().endswith(("...", "…")) and len(ln.text) <= 120


# Outlet unknown: this many headline lines in a row, each also in another article, are a sidebar
# or a "related" list the two pages share; shared news copy is paragraphs, or headings between them.
SIDEBAR_RUN = 3


def _is_list_headline(ln: Line) -> bool:
    """A line of a headline list: short, not running text, not closed by a full stop."""
    return len(ln.text) <= 160 and not is_body_paragraph(ln) and not ln.text.endswith(".")


def _sidebar_runs(articles: list[Article], layouts: list[Layout], idxs: list[int]) -> dict[int, list[Line]]:
    """Per article, the lines of runs of SIDEBAR_RUN+ list headlines found in another article too
    (its own headline ends a run: two copies of one story share their top lines, not a sidebar)."""
    owners: dict[str, set[int]] = defaultdict(set)
    for i in idxs:
        for ln in layouts[i].lines:
            if _is_list_headline(ln):
                owners[line_key(ln.text)].add(i)
    out: dict[int, list[Line]] = {}
    for i in idxs:
        run: list[Line] = []
        own_title = line_key(articles[i].title or "")
        for ln in layouts[i].lines + [Line(0, 0, "")]:  # a blank sentinel closes the last run
            key = line_key(ln.text)
            if ln.text and key != own_title and _is_list_headline(ln) and len(owners.get(key, ())) >= 2:
                run.append(ln)
                continue
            if len(run) >= SIDEBAR_RUN:
                out.setdefault(i, []).extend(run)
            run = []
    return out


def _spread(articles: list[Article], owners: set[int]) -> int:
    return len({articles[i].date.value[:10] for i in owners if articles[i].date})


def recurring_spans(articles: list[Article], layouts: list[Layout]) -> list[list[tuple[int, int]]]:
    """Per article, the lines that also occur in another article of the same outlet in the batch
    (outlet unknown: short non-sentence lines in 3+ articles, or any line in RECUR_MANY+ articles
    spread over SPREAD_DAYS+ days)."""
    result: list[list[tuple[int, int]]] = [[] for _ in articles]
    by_source: dict[str | None, list[int]] = defaultdict(list)
    for i, a in enumerate(articles):
        by_source[a.source.casefold() if a.source else None].append(i)
    for source, idxs in by_source.items():
        known = source is not None
        need = 2 if known else 3
        if not known:
            for i, run in _sidebar_runs(articles, layouts, idxs).items():
                result[i] += [(ln.start, ln.end) for ln in run]
        if len(idxs) < need:
            continue
        owners = _owners(articles, layouts, idxs, 300, sentences=known)
        spread: set[str] = set()  # recurring over many days: chrome even where it fills the page
        if not known:
            owners = {k: v for k, v in owners.items() if len(k) <= 200}
            for key, own in _owners(articles, layouts, idxs, 5000, sentences=True).items():
                if len(own) >= RECUR_MANY and _spread(articles, own) >= SPREAD_DAYS:
                    owners[key] = own
                    spread.add(key)
        for i in idxs:
            lay = layouts[i]
            hits = [(n, ln) for n, ln in enumerate(lay.lines)
                    if len(owners.get(line_key(ln.text), ())) >= need]
            if not hits:
                continue
            total = sum(len(ln.text) for ln in lay.lines) or 1
            if sum(len(ln.text) for _, ln in hits) > 0.5 * total:
                # mostly shared: a duplicate or a republication, not chrome; keep only edge lines
                edges = set(lay.header) | set(lay.trailer)
                hits = [(n, ln) for n, ln in hits if n in edges or line_key(ln.text) in spread]
            result[i] += [(ln.start, ln.end) for _, ln in hits]
    return result


def _known_hits(lay: Layout, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Lines earlier batches saw recur, kept as chrome unless they fill most of the article (then
    it is a republication of an earlier page: only its edge lines are chrome)."""
    total = sum(len(ln.text) for ln in lay.lines) or 1
    if sum(e - s for s, e in spans) <= 0.5 * total:
        return spans
    edges = {(lay.lines[n].start, lay.lines[n].end) for n in set(lay.header) | set(lay.trailer)}
    return [sp for sp in spans if sp in edges]


def mark_boilerplate(articles: list[Article], history: LineHistory | None = None) -> None:
    """Boilerplate spans of each article (in place); ``history``: the store's per-source line
    counts, read for lines earlier batches saw recur, then given this batch's lines."""
    layouts = [layout(a.text) for a in articles]
    per = [article_spans(a, lay) for a, lay in zip(articles, layouts)]
    known = history.known_spans(articles, layouts) if history is not None else [[] for _ in articles]
    for i, extra in enumerate(recurring_spans(articles, layouts)):
        extra = extra + _known_hits(layouts[i], known[i])
        per[i] += extra
        a = articles[i]
        ts = a.meta.get("title_span")
        if ts and extra and any(s <= ts[0] < e for s, e in extra):
            _repick_title(a, layouts[i], per[i])
    for a, lay, spans in zip(articles, layouts, per):
        listed = _listed_title_line(a, lay)
        if listed is not None:
            # another story's headline or a photo's description taken for the title (by ingest or
            # by the crawl that gave the metadata): chrome, and the title is chosen again
            spans.append((listed.start, listed.end))
            a.boilerplate = merge_spans(spans)
            _repick_title(a, lay, spans, given_too=True)
            continue
        a.boilerplate = merge_spans(spans)
        if a.title and (matches_chrome_phrase(a.title) or CaptionDetector.for_article(a.meta).is_caption(a.title)):
            _drop_chrome_title(a, lay, spans)
    if history is not None:
        history.record(articles, layouts)


def _listed_title_line(a: Article, lay: Layout) -> Line | None:
    """The line of the text that is ``a``'s title when it is a headline list's line (a ticker or
    related headline) or a photo's description (:func:`is_description_caption`), else None."""
    if not a.title:
        return None
    key = line_key(a.title)
    teasers = teaser_lines(lay)
    for i, ln in enumerate(lay.lines):
        if is_running_text(ln):
            break
        if line_key(ln.text) == key and (i in teasers or is_description_caption(ln.text)):
            return ln
    return None


def _drop_chrome_title(a: Article, lay: Layout, spans: list[tuple[int, int]]) -> None:
    """A title that is itself page chrome (a series note, a notice, a photo caption), even one the
    input's metadata gave (crawls take a page's first line): chosen again from the text, or none."""
    if a.meta.get("title_recovered"):
        _repick_title(a, lay, spans)
        return
    a.meta["title_replaced"] = a.title
    a.title = None


def _repick_title(a: Article, lay: Layout, spans: list[tuple[int, int]], given_too: bool = False) -> None:
    """The recovered title recurs across articles (a teaser or site line): choose again among the
    lines before the first body paragraph that are not boilerplate. A title given by the input's
    metadata (not found by ingest) is left alone, unless ``given_too`` (it is shown to be chrome)."""
    if not a.meta.get("title_recovered") and not given_too:
        return
    merged = merge_spans(spans)

    def covered(s: int, e: int) -> bool:
        return any(bs <= s and e <= be for bs, be in merged)

    first = lay.first_body if lay.first_body is not None else len(lay.lines)
    if given_too:  # a headline list may push the first paragraph above the page's own headline
        first = max(first, next((i for i, ln in enumerate(lay.lines) if is_running_text(ln)), first))
    cands = [(ln.start, ln.end) for ln in lay.lines[:first] if not covered(ln.start, ln.end)]
    pick = pick_title(a.text, lay, cands)
    old = a.title
    if pick is None:
        a.title = None
        a.meta.pop("title_span", None)
    else:
        a.title = a.text[pick[0]:pick[1]].strip()
        a.meta["title_span"] = list(pick)
    a.meta["title_replaced"] = old
