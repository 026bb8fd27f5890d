"""Records ↔ rows: the JSON encodings of columns and layers, shared by every SQL backend."""
from __future__ import annotations

import json
from dataclasses import asdict
from typing import Any, Mapping

from ..model import Article, Attribution, DateInfo, LayerError, Mention, Quote, Timex
from .base import EntityRecord, EventRecord, StoryRecord

LAYER_KINDS = ("boilerplate", "lang_segments", "entities", "timexes", "quotes", "attributions",
               "date", "lang", "title", "duplicate_of", "event", "errors")

# the article columns callers see (a backend may keep more, e.g. folded search text)
ARTICLE_COLUMNS = ("id, ext_id, content_hash, raw, text, title, lang, source, url, byline, origin, "
                   "encoding, agencies, date_value, date_json, meta, duplicate_of, event_id, story_id, "
                   "ingested_at")


def to_json(value: Any) -> str:
    """The stored form of a JSON column: UTF-8 kept readable, odd values as strings."""
    return json.dumps(value, ensure_ascii=False, default=str)


def name_key(name: str) -> str:
    """What entity names are matched on: case-folded, whitespace collapsed."""
    return " ".join(name.casefold().split())


def date_columns(a: Article) -> dict[str, Any]:
    return {"date_value": a.date.value if a.date else None,
            "date_json": json.dumps(a.date.to_json(), ensure_ascii=False) if a.date else None}


def article_columns(a: Article, ingested_at: float) -> dict[str, Any]:
    """The columns of a new article row."""
    return {"ext_id": a.id, "content_hash": a.content_hash, "raw": a.raw, "text": a.text,
            "title": a.title, "lang": a.lang, "source": a.source, "url": a.url, "byline": a.byline,
            "origin": a.origin, "encoding": a.encoding,
            "agencies": json.dumps(a.agencies, ensure_ascii=False), **date_columns(a),
            "meta": to_json(a.meta), "ingested_at": ingested_at}


def article_from_row(row: Mapping[str, Any], duplicate_ext_id: str | None,
                     layers: list[Mapping[str, Any]]) -> Article:
    """An article from its row, the external id of the article it duplicates, its layer rows."""
    a = Article(id=row["ext_id"], text=row["text"], raw=bytes(row["raw"] or b""), title=row["title"],
                date=DateInfo.from_json(json.loads(row["date_json"])) if row["date_json"] else None,
                lang=row["lang"], source=row["source"], url=row["url"], origin=row["origin"] or "",
                byline=row["byline"], agencies=json.loads(row["agencies"]),
                encoding=row["encoding"], meta=json.loads(row["meta"]),
                event=row["event_id"], story=row["story_id"], db_id=row["id"])
    if row["duplicate_of"] is not None:
        a.duplicate_of = duplicate_ext_id
        a.meta.setdefault("duplicate_of_db_id", row["duplicate_of"])
    for lr in layers:
        apply_layer(a, lr["kind"], json.loads(lr["data"]))
    return a


def layer_columns(a: Article, kind: str) -> dict[str, Any]:
    """Article columns a layer also writes (so that filters and counts need no JSON)."""
    if kind == "lang":
        return {"lang": a.lang}
    if kind == "title":
        return {"title": a.title}
    if kind == "date":
        return date_columns(a)
    if kind == "duplicate_of":
        return {"duplicate_of": a.meta.get("duplicate_of_db_id")}
    if kind == "event":
        return {"event_id": a.event, "story_id": a.story}
    return {}


def layer_data(a: Article, kind: str) -> Any:
    """The JSON content of one layer of ``a``."""
    if kind == "boilerplate":
        return [list(s) for s in a.boilerplate]
    if kind == "lang_segments":
        return [list(s) for s in a.lang_segments]
    if kind in ("entities", "timexes", "quotes", "attributions"):
        return [asdict(x) for x in getattr(a, kind)]
    if kind == "date":
        return a.date.to_json() if a.date else None
    if kind == "lang":
        return a.lang
    if kind == "title":
        return {"title": a.title, "replaced": a.meta.get("title_replaced")}
    if kind == "duplicate_of":
        return {"ext_id": a.duplicate_of, "db_id": a.meta.get("duplicate_of_db_id"),
                "similarity": a.meta.get("duplicate_similarity")}
    if kind == "event":
        return {"event": a.event, "story": a.story}
    if kind == "errors":
        return [e.to_json() for e in a.errors]
    raise ValueError(f"unknown layer kind {kind!r}")


def apply_layer(a: Article, kind: str, data: Any) -> None:
    """Put a stored layer back onto ``a`` (column-backed kinds come from the row itself)."""
    if kind == "boilerplate":
        a.boilerplate = [tuple(s) for s in data]
    elif kind == "lang_segments":
        a.lang_segments = [tuple(s) for s in data]
    elif kind == "entities":
        a.entities = [Mention(**d) for d in data]
    elif kind == "timexes":
        a.timexes = [Timex(**d) for d in data]
    elif kind == "quotes":
        a.quotes = [Quote(**{**d, "content": tuple(d["content"]) if d.get("content") else None,
                             "speaker_span": tuple(d["speaker_span"]) if d.get("speaker_span") else None})
                    for d in data]
    elif kind == "attributions":
        a.attributions = [Attribution(**d) for d in data]
    elif kind == "duplicate_of" and data:
        a.meta["duplicate_similarity"] = data.get("similarity")
    elif kind == "errors":
        a.errors = [LayerError.from_json(d) for d in data]


def event_columns(ev: EventRecord) -> dict[str, Any]:
    return {"id": ev.id, "story_id": ev.story, "title": ev.title,
            "date_json": json.dumps(ev.date) if ev.date else None, "size": ev.size,
            "meta": to_json(ev.meta)}


def event_from_row(r: Mapping[str, Any]) -> EventRecord:
    return EventRecord(id=r["id"], story=r["story_id"], title=r["title"],
                       date=json.loads(r["date_json"]) if r["date_json"] else None,
                       size=r["size"], meta=json.loads(r["meta"]))


def story_from_row(r: Mapping[str, Any]) -> StoryRecord:
    return StoryRecord(r["id"], r["title"], json.loads(r["meta"]))


def entity_columns(ent: EntityRecord) -> dict[str, Any]:
    return {"id": ent.id, "name": ent.name, "type": ent.type,
            "variants": json.dumps(ent.variants, ensure_ascii=False),
            "roles": json.dumps(ent.roles, ensure_ascii=False), "meta": to_json(ent.meta)}


def entity_from_row(r: Mapping[str, Any]) -> EntityRecord:
    return EntityRecord(r["id"], r["name"], r["type"], json.loads(r["variants"]),
                        json.loads(r["roles"]), json.loads(r["meta"]))
