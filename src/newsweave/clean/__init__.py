"""Cleaning: boilerplate spans and language, per article and per segment. ``text`` is never changed.

- ``Article.boilerplate``: sorted, merged (start, end) spans of site chrome and metadata lines
  (see :mod:`newsweave.clean.boilerplate` for the rules).
- ``Article.lang``: ISO 639-1 code of the body (non-boilerplate text). A language given by the
  input's metadata (JSONL ``lang``) is kept; otherwise it is detected. Any language the model
  knows may come out (bg, pl, ...), not only the six with rule sets.
- ``Article.lang_segments``: (start, end, lang) for the non-blank lines (paragraphs) whose language
  differs from the article's — e.g. a Ukrainian headline over a French body. Segments in the
  article's own language are *not* listed; an empty list means the article is monolingual.
"""
from __future__ import annotations

import re

from ..ingest.chrome import matches_chrome_phrase
from ..ingest.langid import detect_lang, detect_scores
from ..model import Article
from .boilerplate import mark_boilerplate
from .history import LineHistory, LineStore

__all__ = ["ArticleCleaner", "clean_articles", "detect_lang", "detect_scores", "matches_chrome_phrase",
           "segment_languages"]

_LETTER = re.compile(r"[^\W\d_]")
_CYR = re.compile(r"[\u0400-\u04ff]")
_LATIN = re.compile(r"[A-Za-z\u00c0-\u024f]")


def _script(text: str) -> str | None:
    cyr = len(_CYR.findall(text))
    lat = len(_LATIN.findall(text))
    if cyr + lat < 5:
        return None
    if cyr > 3 * lat:
        return "cyrl"
    if lat > 3 * cyr:
        return "latn"
    return None


_CYRILLIC_LANGS = {"ru", "uk", "bg", "be", "mk", "sr", "kk", "ky", "mn", "tg", "tt", "ba", "cv"}


def segment_languages(a: Article) -> list[tuple[int, int, str]]:
    """Lines of the body whose language differs from ``a.lang`` (see module docstring)."""
    if not a.lang:
        return []
    out: list[tuple[int, int, str]] = []
    bp = a.boilerplate
    art_script = "cyrl" if a.lang in _CYRILLIC_LANGS else "latn"
    for m in re.finditer(r"[^\n]+", a.text):
        seg = m.group(0)
        s = m.start() + (len(seg) - len(seg.lstrip()))
        e = m.start() + len(seg.rstrip())
        if e <= s:
            continue
        if any(bs <= s and e <= be for bs, be in bp):
            continue
        chunk = a.text[s:min(e, s + 400)]  # a paragraph's language shows in its first few hundred chars
        n_letters = len(_LETTER.findall(chunk[:120]))
        if n_letters < 12:
            continue
        scores = detect_scores(chunk, k=2, max_chars=400)
        if not scores:
            continue
        code, score = scores[0]
        if code == a.lang:
            continue
        seg_script = _script(chunk)
        script_change = seg_script is not None and seg_script != art_script
        # short lines are easy to misread: ask for more confidence unless the script changes
        need = 0.5 if n_letters >= 60 or len(chunk) >= 120 else 0.8
        if script_change or score >= need:
            out.append((s, e, code))
    return out


def _article_lang(a: Article) -> str | None:
    body = a.body_text() if a.boilerplate else a.text
    body = " ".join(body.split())
    code = detect_lang(body[:3000])
    if code is None and a.title:
        code = detect_lang(a.title)
    return code


class ArticleCleaner:
    """The clean component: boilerplate spans, language and language segments, in place.

    The recurring-lines rule looks across the articles of one call, so pass a batch (several
    articles of an outlet) rather than one article at a time; with a ``store`` it also reads, and
    adds to, the per-source line counts of earlier batches (:mod:`newsweave.clean.history`).
    """

    name = "newsweave.clean"
    version = "1"
    requires: tuple[str, ...] = ("text", "title", "lang", "source", "meta")
    assigns: tuple[str, ...] = ("boilerplate", "lang", "lang_segments", "title")

    def __init__(self, store: LineStore | None = None) -> None:
        self.history = LineHistory(store) if store is not None else None

    def clean(self, articles: list[Article]) -> None:
        """Fill ``boilerplate``, ``lang`` and ``lang_segments`` of each article (in place)."""
        articles = list(articles)
        mark_boilerplate(articles, self.history)
        for a in articles:
            if a.lang:
                a.lang = a.lang.strip().lower().split("-")[0].split("_")[0] or None
            if not a.lang:
                a.lang = _article_lang(a)
                if a.lang:
                    a.meta["lang_source"] = "detected"
            else:
                a.meta.setdefault("lang_source", "metadata")
            a.lang_segments = segment_languages(a)


def clean_articles(articles: list[Article]) -> None:
    """Fill ``boilerplate``, ``lang`` and ``lang_segments`` of each article (in place)."""
    ArticleCleaner().clean(articles)
