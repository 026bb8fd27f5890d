"""Reports and exports: briefing (Markdown/JSON/HTML), CSV of articles, GraphML graph."""
from __future__ import annotations

import csv
import io
import json
import re
from collections import Counter
from typing import Any, Literal
from xml.sax.saxutils import escape as xml_escape, quoteattr

from fastapi import APIRouter, Depends, HTTPException, Query, Request
from fastapi.responses import Response

from .. import queries as Q
from ..compare.citations import citation_graph, to_graphml
from ..compare.report import render_json
from ..model import Article
from .security import CSP, require_read

router = APIRouter(dependencies=[Depends(require_read)])

MEDIA = {"md": "text/markdown; charset=utf-8", "json": "application/json",
         "html": "text/html; charset=utf-8", "csv": "text/csv; charset=utf-8",
         "graphml": "application/graphml+xml", "citations": "application/graphml+xml"}


def _subject(request: Request, ident: str) -> Q.Subject:
    """The event or story with this id (404 for anything else)."""
    subject = Q.resolve_subject(request.app.state.repo, ident, kinds=("event", "story"))
    if subject is None:
        raise HTTPException(404, "no story or event with this id")
    return subject


def _filename(ident: str, ext: str) -> str:
    ext = "graphml" if ext == "citations" else ext
    return (re.sub(r"[^A-Za-z0-9._-]+", "_", ident)[:80] or "export") + "." + ext


@router.get("/api/reports/{subject_id}", tags=["reports"],
            summary="Comparison report of an event or story (md, json or html)")
def get_report(request: Request, subject_id: str,
               format: Literal["md", "json", "html"] = "json") -> Response:
    subject = _subject(request, subject_id)
    report = request.app.state.reports.get(request.app.state.repo, subject.id)
    headers = {}
    if format == "html":  # third-party HTML: no scripts, sandboxed, even if escaping failed upstream
        headers["content-security-policy"] = CSP + "; sandbox"
    return Response(Q.render_report(report, format), media_type=MEDIA[format], headers=headers)


_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def xml_safe(doc: str) -> str:
    """``doc`` without the characters XML 1.0 does not allow (NUL, other controls, lone
    surrogates, U+FFFE/U+FFFF): an export is always well-formed XML."""
    return _NOT_XML.sub("", doc)


def _csv_cell(v: Any) -> str:
    s = "" if v is None else str(v)
    return "'" + s if s[:1] in ("=", "+", "-", "@", "\t", "\r") else s  # no spreadsheet formulas


def articles_csv(arts: list[Article]) -> str:
    buf = io.StringIO()
    w = csv.writer(buf)
    w.writerow(["id", "ext_id", "date", "source", "lang", "title", "url", "event", "story", "duplicate_of"])
    for a in arts:
        w.writerow([_csv_cell(x) for x in (a.db_id, a.id, Q.date_of(a), a.source, a.lang, a.title, a.url,
                                          a.event, a.story, a.duplicate_of)])
    return buf.getvalue()


def graphml(arts: list[Article]) -> str:
    """Entities, outlets and cited sources as nodes; edges: entity co-occurrence in an article
    (weight = articles) and outlet → cited source (weight = attributions)."""
    nodes: dict[str, dict[str, str]] = {}
    co: Counter = Counter()
    cites: Counter = Counter()
    for a in arts:
        ids = []
        for m in a.entities:
            nid = "e:" + (m.entity or f"{m.type}:{(m.name or m.text).casefold()}")
            nodes.setdefault(nid, {"label": m.name or m.text, "kind": "entity", "type": m.type})
            ids.append(nid)
        uniq = sorted(set(ids))
        for i in range(len(uniq)):
            for j in range(i + 1, len(uniq)):
                co[(uniq[i], uniq[j])] += 1
        if a.source:
            oid = "o:" + a.source
            nodes.setdefault(oid, {"label": a.source, "kind": "outlet", "type": ""})
            for t in a.attributions:
                cid = "c:" + t.source
                nodes.setdefault(cid, {"label": t.source, "kind": "cited", "type": t.kind})
                cites[(oid, cid)] += 1
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">',
           '<key id="label" for="node" attr.name="label" attr.type="string"/>',
           '<key id="kind" for="node" attr.name="kind" attr.type="string"/>',
           '<key id="type" for="node" attr.name="type" attr.type="string"/>',
           '<key id="rel" for="edge" attr.name="relation" attr.type="string"/>',
           '<key id="weight" for="edge" attr.name="weight" attr.type="int"/>',
           '<graph id="G" edgedefault="undirected">']
    for nid, d in nodes.items():
        out.append(f'<node id={quoteattr(nid)}><data key="label">{xml_escape(d["label"])}</data>'
                   f'<data key="kind">{xml_escape(d["kind"])}</data><data key="type">{xml_escape(d["type"])}</data></node>')
    for (a, b), n in co.items():
        out.append(f'<edge source={quoteattr(a)} target={quoteattr(b)}><data key="rel">co-occurs</data>'
                   f'<data key="weight">{n}</data></edge>')
    for (a, b), n in cites.items():
        out.append(f'<edge source={quoteattr(a)} target={quoteattr(b)} directed="true"><data key="rel">cites</data>'
                   f'<data key="weight">{n}</data></edge>')
    out += ["</graph>", "</graphml>"]
    return "\n".join(out) + "\n"


@router.get("/api/exports/{subject_id}", tags=["reports"],
            summary="Export an event or story: json, md (briefing), csv (articles), graphml "
                    "(entities and citations), citations (compare's citation graph, GraphML)")
def export(request: Request, subject_id: str,
           format: Literal["json", "md", "csv", "graphml", "citations"] = Query("json")) -> Response:
    subject = _subject(request, subject_id)
    repo = request.app.state.repo
    arts = sorted(Q.subject_articles(repo, subject), key=Q.article_order)
    if format == "csv":
        body = articles_csv(arts)
    elif format == "graphml":
        body = xml_safe(graphml(arts))
    elif format == "citations":
        body = xml_safe(to_graphml(citation_graph(arts)))
    elif format == "md":
        body = Q.render_report(request.app.state.reports.get(repo, subject.id), "md")
    else:
        rec = subject.record
        report = render_json(request.app.state.reports.get(repo, subject.id))
        body = json.dumps({"subject": {"kind": subject.kind, "id": rec.id, "title": rec.title,
                                       "meta": rec.meta},
                           "articles": [Q.article_full(repo, a) for a in arts],
                           "report": report}, ensure_ascii=False, indent=2, default=str)
    return Response(body, media_type=MEDIA[format],
                    headers={"content-disposition": f'attachment; filename="{_filename(subject_id, format)}"'})
