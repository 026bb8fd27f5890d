"""Sentence splitting with offsets (shared by quote extraction and claim splitting).

Rule-based: a sentence ends at ``. ! ? …`` (optionally followed by closing quotes/brackets) when
the next non-space character starts a new sentence, or at a line break. Abbreviations ("M.",
"Mr.", "т.е.") and single-letter initials do not end sentences, and no split happens inside a
protected span (a direct quote).
"""
from __future__ import annotations

import re

_ABBREV = {
    "m", "mm", "mme", "mlle", "dr", "pr", "st", "ste", "mr", "mrs", "ms", "prof", "gen", "gén",
    "col", "lt", "sgt", "jr", "sr", "no", "vs", "etc", "cf", "p", "pp", "art", "av", "bd",
    "sra", "sr", "dña", "hr", "fr", "nr", "bzw", "vgl", "z", "b", "dt", "т", "г", "гг", "им",
    "ул", "д", "стр", "см", "тыс", "млн", "млрд", "св", "проф", "ген", "тис", "вул",
    "u", "s", "e", "a", "ca", "approx", "inc", "ltd", "corp", "co", "dept", "gov", "sen",
    "rep", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
}
_END = re.compile(r"[.!?…]+[»”“\"’')\]]*")
_CLOSERS = "»”“\"’')]"
_MONTH = re.compile(r"(?:januar|februar|märz|april|mai|juni|juli|august|september|oktober|"
                    r"november|dezember|jan|feb|mär|apr|jun|jul|aug|sep|sept|okt|nov|dez)\b",
                    re.IGNORECASE)


def sentence_spans(text: str, start: int = 0, end: int | None = None,
                   protect: list[tuple[int, int]] | None = None) -> list[tuple[int, int]]:
    """(start, end) of each sentence of ``text[start:end]``, whitespace trimmed."""
    end = len(text) if end is None else end
    protect = sorted(protect or [])
    cuts: list[int] = []

    def protected(i: int) -> bool:
        for s, e in protect:
            if s < i < e:
                return True
            if s >= i:
                break
        return False

    # line breaks always end a sentence
    for m in re.finditer(r"\n", text[start:end]):
        cuts.append(start + m.end())
    for m in _END.finditer(text, start, end):
        j = m.end()
        if protected(m.start()) and protected(j - 1 if j > m.start() else j):
            continue
        nxt = text[j:j + 3]
        if j < end and not (nxt[:1].isspace() or nxt[:1] == "\n"):
            continue
        k = j
        while k < end and text[k] in " \t\u00a0":
            k += 1
        if k < end and not (text[k].isupper() or text[k].isdigit() or text[k] in "«“„\"‹'‘([—–-"
                            or text[k] == "\n"):
            continue
        if m.group(0) == "." and re.search(r"(?<!\d)\d{1,2}$", text[max(start, m.start() - 3):m.start()]) \
                and _MONTH.match(text, k):
            continue  # "am 3. Oktober"
        if m.group(0).startswith(".") and len(m.group(0).rstrip(_CLOSERS)) == 1:
            w = re.search(r"(\w+)$", text[max(start, m.start() - 12):m.start()])
            if w:
                word = w.group(1)
                if word.casefold() in _ABBREV or (len(word) == 1 and word.isupper()):
                    continue
        cuts.append(j)
    cuts = sorted(set(c for c in cuts if start < c < end))
    out, pos = [], start
    for c in cuts + [end]:
        s, e = pos, c
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            out.append((s, e))
        pos = c
    return out


def article_sentences(article, protect: list[tuple[int, int]] | None = None
                      ) -> list[tuple[int, int]]:
    """Sentence spans over the non-boilerplate body of an article."""
    out: list[tuple[int, int]] = []
    for s, e in article.body_spans():
        out.extend(sentence_spans(article.text, s, e, protect))
    return out
