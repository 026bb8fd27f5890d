"""Records that flow through the pipeline (ingest → clean → enrich → link → compare → store).

Every stage reads and fills an :class:`Article`; offsets always index ``Article.text`` (0-based,
end-exclusive code points), which no stage rewrites after ingest.
"""
from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field
from typing import Any, Literal

Granularity = Literal["day", "month", "year"]
DateSource = Literal["metadata", "text", "inferred"]


@dataclass
class DateInfo:
    """A calendar date with its precision and where it came from.

    ``value`` is ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``; ``granularity`` follows from it.
    ``confidence`` in [0, 1] says how sure an inferred date is; ``evidence`` says why.
    """

    value: str
    source: DateSource = "metadata"
    confidence: float = 1.0
    evidence: str = ""

    @property
    def granularity(self) -> Granularity:
        return {4: "year", 7: "month"}.get(len(self.value), "day")  # type: ignore[return-value]

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"value": self.value, "source": self.source,
                               "granularity": self.granularity}
        if self.source == "inferred" or self.confidence < 1.0:
            out["confidence"] = round(self.confidence, 3)
        if self.evidence:
            out["evidence"] = self.evidence
        return out

    @classmethod
    def from_json(cls, d: dict[str, Any] | None) -> "DateInfo | None":
        if not d:
            return None
        return cls(value=d["value"], source=d.get("source", "metadata"),
                   confidence=d.get("confidence", 1.0), evidence=d.get("evidence", ""))


@dataclass
class Mention:
    """A named-entity mention. ``entity`` is the corpus-wide id filled by entity resolution,
    ``name`` its canonical name; ``attrs`` holds titles/roles seen next to the name."""

    start: int
    end: int
    text: str
    type: str  # PER, ORG, LOC (GPE folded into LOC), EVT, PRO, MISC
    entity: str | None = None
    name: str | None = None
    lemma: str | None = None
    attrs: dict[str, Any] = field(default_factory=dict)


@dataclass
class Timex:
    """A TIMEX3 time expression normalised against the article's anchor date."""

    start: int
    end: int
    text: str
    type: str  # DATE, TIME, DURATION, SET
    value: str  # TIMEX3 value: 2025-06-04, 2024-09, 2025-W23, 2024-SU, PAST_REF, P3D, ...
    anchor: str | None = None  # the anchor date used (None: no anchor, value kept underspecified)
    confidence: float = 1.0
    attrs: dict[str, Any] = field(default_factory=dict)  # e.g. {"range": ["2024-06", "2024-08"]}


@dataclass
class Quote:
    """Direct or indirect speech. ``speaker`` is the surface form; ``entity`` its resolved id."""

    start: int
    end: int
    speaker: str | None
    cue: str | None
    kind: Literal["direct", "indirect"] = "direct"
    entity: str | None = None
    content: tuple[int, int] | None = None  # span of the quoted content itself
    speaker_span: tuple[int, int] | None = None


@dataclass
class Attribution:
    """A claim attributed to a source ("selon KCNA", "a rapporté TASS")."""

    start: int
    end: int
    source: str
    cue: str | None = None
    kind: str = "other"  # agency, ministry, embassy, media, official, anonymous, expert, person, other
    entity: str | None = None


@dataclass
class LayerError:
    """A component that failed on one article: recorded as the article's ``errors`` layer so the
    failure is visible (CLI, ``show``, web page) and the rest of the batch goes on."""

    component: str  # the failing component's name, e.g. "newsweave.ner.multilingual"
    version: str
    stage: str  # the pipeline stage that called it, e.g. "entities"
    type: str  # exception class name
    message: str

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> "LayerError":
        return cls(component=d.get("component", ""), version=d.get("version", ""),
                   stage=d.get("stage", ""), type=d.get("type", ""), message=d.get("message", ""))

    def describe(self) -> str:
        return f"{self.stage}: {self.component}@{self.version} failed: {self.type}: {self.message}"


@dataclass
class Article:
    """One ingested article: raw bytes kept, decoded text fixed, metadata parsed, layers added."""

    id: str  # external id: the JSONL id or the file's name without extension
    text: str
    raw: bytes = b""
    title: str | None = None
    date: DateInfo | None = None
    lang: str | None = None
    source: str | None = None  # outlet (name or domain)
    url: str | None = None
    origin: str = ""  # where it was read from: path, path:line, "<stdin>"
    byline: str | None = None
    agencies: list[str] = field(default_factory=list)  # wire agencies credited in the byline
    encoding: str | None = None
    meta: dict[str, Any] = field(default_factory=dict)  # anything else a reader recovered
    # layers filled by later stages
    boilerplate: list[tuple[int, int]] = field(default_factory=list)
    lang_segments: list[tuple[int, int, str]] = field(default_factory=list)
    duplicate_of: str | None = None
    entities: list[Mention] = field(default_factory=list)
    timexes: list[Timex] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    attributions: list[Attribution] = field(default_factory=list)
    event: str | None = None
    story: str | None = None
    errors: list[LayerError] = field(default_factory=list)  # components that failed on it
    db_id: int | None = None  # row id in the store, once stored

    @property
    def content_hash(self) -> str:
        """Identity for idempotent ingest: same text and id → same article."""
        return text_hash(self.text)

    def body_spans(self) -> list[tuple[int, int]]:
        """Spans of ``text`` that are not boilerplate, in order."""
        out, pos = [], 0
        for s, e in sorted(self.boilerplate):
            if s > pos:
                out.append((pos, s))
            pos = max(pos, e)
        if pos < len(self.text):
            out.append((pos, len(self.text)))
        return out

    def body_text(self) -> str:
        """Text with boilerplate spans blanked by spaces (offsets preserved)."""
        chars = list(self.text)
        for s, e in self.boilerplate:
            for i in range(max(0, s), min(e, len(chars))):
                if chars[i] != "\n":
                    chars[i] = " "
        return "".join(chars)


def text_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def to_plain(obj: Any) -> Any:
    """Dataclass → JSON-ready structure (tuples become lists)."""
    return asdict(obj) if hasattr(obj, "__dataclass_fields__") else obj
