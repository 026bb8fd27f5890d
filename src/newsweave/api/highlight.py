"""Article text → highlighted HTML, built from layer spans.

The text is cut at every span boundary; each piece is escaped on its own and wrapped in markup
chosen from the spans covering it. Raw text is never searched or string-replaced, so hostile text
can only ever appear as escaped characters.
"""
from __future__ import annotations

from typing import Any
from urllib.parse import quote

from markupsafe import Markup, escape

from ..model import Article


def _spans(a: Article) -> list[tuple[int, int, str, dict[str, Any]]]:
    n = len(a.text)
    out: list[tuple[int, int, str, dict[str, Any]]] = []

    def add(s: int, e: int, kind: str, info: dict[str, Any]) -> None:
        s, e = max(0, int(s)), min(n, int(e))
        if e > s:
            out.append((s, e, kind, info))

    for s, e in a.boilerplate:
        add(s, e, "bp", {})
    for q in a.quotes:
        add(q.start, q.end, "quote", {"title": f"quote · {q.kind}" + (f" · {q.speaker}" if q.speaker else "")})
    for t in a.attributions:
        add(t.start, t.end, "attr", {"title": f"attribution · {t.kind} · {t.source}"})
    for m in a.entities:
        add(m.start, m.end, "ent", {"title": f"{m.type} · {m.name or m.text}", "type": m.type,
                                    "entity": m.entity})
    for t in a.timexes:
        add(t.start, t.end, "timex", {"title": f"{t.type} · {t.value}"})
    return out


def highlight(a: Article) -> Markup:
    text = a.text
    spans = _spans(a)
    cuts = {0, len(text)}
    for s, e, _, _ in spans:
        cuts.add(s)
        cuts.add(e)
    bounds = sorted(cuts)
    # index spans by start for a sweep
    parts: list[str] = []
    for i in range(len(bounds) - 1):
        s, e = bounds[i], bounds[i + 1]
        if s >= e:
            continue
        piece = escape(text[s:e])
        active = [(k, info, ss, ee) for ss, ee, k, info in spans if ss <= s and e <= ee]
        if not active:
            parts.append(str(piece))
            continue
        classes = []
        titles = []
        link = None
        etype = None
        for k, info, _, _ in active:
            if k not in classes:
                classes.append(k)
            if info.get("title"):
                titles.append(info["title"])
            if k == "ent":
                etype = info.get("type")
                if info.get("entity"):
                    link = f"/entities/{info['entity']}"
        cls = " ".join(f"hl-{c}" for c in classes)
        if etype:
            cls += f" ent-{escape(str(etype).lower())}"
        inner = str(piece)
        if link:
            inner = f'<a href="{escape(quote(link, safe="/"))}">{inner}</a>'
        parts.append(f'<span class="{cls}" title="{escape(" | ".join(titles))}">{inner}</span>')
    return Markup("".join(parts))


def snippet_html(snip: str) -> Markup:
    """An FTS snippet whose matches are delimited by \\x01 … \\x02 → escaped HTML with <mark>."""
    out: list[str] = []
    buf = ""
    for ch in snip:
        if ch == "\x01":
            out.append(str(escape(buf)))
            buf = ""
            out.append("<mark>")
        elif ch == "\x02":
            out.append(str(escape(buf)))
            buf = ""
            out.append("</mark>")
        else:
            buf += ch
    out.append(str(escape(buf)))
    html = "".join(out)
    if html.count("<mark>") != html.count("</mark>"):
        html = str(escape(snip.replace("\x01", "").replace("\x02", "")))
    return Markup(html)
