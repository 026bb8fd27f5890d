"""What the HTML pages show of a comparison report (coverage matrix, conflicts cut around their
evidence) and the one rule for which URLs become links."""
from __future__ import annotations

from typing import Any
from urllib.parse import urlsplit

from ..store.base import Repository


def safe_url(url: str | None) -> str | None:
    """The URL if it is an absolute http(s) URL (the only ones that become links), else None."""
    if not url or not isinstance(url, str):
        return None
    url = url.strip()
    if any(ord(c) < 0x21 for c in url):
        return None
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    return url


def shown_value(v: Any) -> str:
    """A conflict's value as a reader expects it: 1200.0 as "1200", 5.25 as "5.25"."""
    return f"{v:g}" if isinstance(v, float) else str(v)


def _norm_text(t: str) -> str:
    return " ".join(str(t).split())


def coverage_matrix(rep: dict[str, Any] | None, max_rows: int = 18) -> dict[str, Any] | None:
    """Sources × claims from a report: each cell is ``carried`` (the claim is shared by several
    outlets), ``unique`` (only this outlet says it), ``conflicting`` (this outlet's version of a
    fact disagrees with another's) or absent."""
    if not rep:
        return None
    sources = list((rep.get("coverage") or {}).get("outlets") or {})
    if not sources:
        sources = sorted({a.get("source") or "?" for a in rep.get("articles", [])})
    rows: list[dict[str, Any]] = []
    by_text: dict[str, dict[str, Any]] = {}
    for kind, items in (("carried", rep.get("agreements") or []), ("unique", rep.get("unique") or [])):
        for it in items:
            row = {"text": _norm_text(it.get("text", "")), "kind": kind, "cells": {},
                   "articles": it.get("articles", []), "n_sources": it.get("n_sources", len(it.get("sources", [])))}
            for src in it.get("sources", []):
                row["cells"][src] = {"status": kind}
            rows.append(row)
            by_text.setdefault(row["text"], row)
    rows = rows[:max_rows]
    conflicts = rep.get("conflicts") or []
    for i, c in enumerate(conflicts):
        values = (c.get("detail") or {}).get("values") or []
        row = {"text": f"{c.get('kind', 'fact')}: " + " vs ".join(shown_value(v) for v in values), "kind": "conflict",
               "cells": {}, "conflict": i, "articles": []}
        for side in ("a", "b"):
            ev = c.get(side) or {}
            src = ev.get("source") or "?"
            row["cells"][src] = {"status": "conflicting", "value": ev.get("text", "")}
            hit = by_text.get(_norm_text(ev.get("claim_text", "")))
            if hit is not None and src in hit["cells"]:
                hit["cells"][src] = {"status": "conflicting", "value": ev.get("text", "")}
            if src not in sources:
                sources.append(src)
        rows.append(row)
    return {"sources": sources, "rows": rows}


KIND_LABEL = {"date": "Date", "number": "Number", "role": "Title or role", "location": "Place",
              "outcome": "Outcome", "other": "Other"}


def conflict_views(rep: dict[str, Any] | None, ext_to_db: dict[str, int | None],
                   repo: Repository | None = None, start: int = 0,
                   limit: int | None = None) -> list[dict[str, Any]] | None:
    """Conflicts ready to show: each side's sentence cut around its evidence span (pieces are
    escaped separately by the template); ``start``/``limit``: one page of them."""
    if not rep or not isinstance(rep.get("conflicts"), list):
        return None
    out = []
    stop = None if limit is None else start + limit
    for i, c in enumerate(rep["conflicts"][start:stop], start):
        sides = []
        # every side of a slot conflict (majority first), each with its first evidence
        for sd in c.get("sides") or [dict(value=None, evidence=[c.get(k) or {}]) for k in ("a", "b")]:
            ev = (sd.get("evidence") or [{}])[0]
            sentence = _norm_text(ev.get("sentence") or ev.get("claim_text", ""))
            t = _norm_text(ev.get("text", ""))
            idx = sentence.find(t) if t else -1
            pre, mid, post = (sentence[:idx], t, sentence[idx + len(t):]) if idx >= 0 else (sentence, "", "")
            sources = sd.get("sources") or [ev.get("source") or "?"]
            sides.append({"source": ", ".join(sources), "article": ext_to_db.get(ev.get("article")),
                          "value": sd.get("value"), "text": t, "pre": pre, "mid": mid, "post": post})
        detail = c.get("detail") or {}
        subject, subject_id = detail.get("subject"), None
        if repo is not None and isinstance(subject, str) and subject:
            ent = repo.get_entity(subject)  # role/place conflicts name the entity by its id
            if ent is not None:
                subject, subject_id = ent.name, ent.id
        out.append({"id": i, "kind": c.get("kind", "other"), "subject_id": subject_id,
                    "label": KIND_LABEL.get(c.get("kind", ""), c.get("kind", "")),
                    "values": [shown_value(v) for v in detail.get("values", [])], "subject": subject,
                    "confidence": c.get("confidence"), "sides": sides})
    return out
