"""The sections of a report read straight from the articles' layers: the timeline's points, who
is involved (with their titles), quotes by speaker and cited sources."""
from __future__ import annotations

from typing import Any, Sequence

from ..model import Article
from .claims import mention_key
from .timeline import TimelinePoint, build_timeline

MAX_TIMELINE = 20  # dated points in a report's timeline


def timeline_points(arts: Sequence[Article]) -> list[TimelinePoint]:
    """The best-ranked dates the texts state, with the publications of those days; the
    publication dates alone when the texts state none."""
    return (build_timeline(list(arts), max_points=MAX_TIMELINE)
            or build_timeline(list(arts), kinds=("published",))[:MAX_TIMELINE])


def entities(arts: Sequence[Article], claims: list, repo: Any) -> list[dict[str, Any]]:
    ents: dict[str, dict[str, Any]] = {}
    for a in arts:
        for m in a.entities:
            k = mention_key(m)
            e = ents.setdefault(k, {"id": m.entity, "name": m.name or m.text, "type": m.type,
                                    "roles": [], "articles": [], "sources": []})
            for r in m.attrs.get("roles") or []:
                if r not in e["roles"]:
                    e["roles"].append(str(r))
            if a.id not in e["articles"]:
                e["articles"].append(a.id)
            if (a.source or a.id) not in e["sources"]:
                e["sources"].append(a.source or a.id)
    for c in claims:
        for r in c.roles:
            if r.person in ents:
                t = " ".join(r.text.replace(r.person_text, "").split()).strip(" ,")
                if t and t not in ents[r.person]["roles"] and len(ents[r.person]["roles"]) < 6:
                    ents[r.person]["roles"].append(t)
    if repo is not None:
        for k, e in ents.items():
            if e["id"]:
                rec = repo.get_entity(e["id"])
                if rec is not None:
                    e["name"] = rec.name
                    for r in rec.roles:
                        if r not in e["roles"]:
                            e["roles"].append(r)
    out = sorted(ents.values(), key=lambda e: (-len(e["sources"]), -len(e["articles"]), e["name"]))
    return out[:25]


def quotes_by_speaker(arts: Sequence[Article], label) -> list[dict[str, Any]]:
    groups: dict[str, dict[str, Any]] = {}
    for a in arts:
        for q in a.quotes:
            if not q.speaker:
                continue
            k = q.entity or q.speaker.casefold()
            g = groups.setdefault(k, {"speaker": q.speaker, "entity": q.entity, "quotes": []})
            cs, ce = q.content or (q.start, q.end)
            text = " ".join(a.text[cs:ce].split())
            if len(text) > 300:
                text = text[:297] + "…"
            g["quotes"].append({"text": text, "kind": q.kind, "cue": q.cue, "article": a.id,
                                "source": label(a.source or f"?{a.id}")})
    return sorted(groups.values(), key=lambda g: -len(g["quotes"]))


def attributions(arts: Sequence[Article], label) -> list[dict[str, Any]]:
    out: dict[str, dict[str, Any]] = {}
    for a in arts:
        for at in a.attributions:
            k = at.entity or at.source.casefold()
            d = out.setdefault(k, {"source": at.source, "kind": at.kind, "count": 0,
                                   "cited_by": [], "cues": []})
            d["count"] += 1
            s = label(a.source or f"?{a.id}")
            if s not in d["cited_by"]:
                d["cited_by"].append(s)
            if at.cue and at.cue not in d["cues"]:
                d["cues"].append(at.cue)
    return sorted(out.values(), key=lambda d: -d["count"])
