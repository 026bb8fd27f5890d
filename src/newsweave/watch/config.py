"""``feeds.yaml``: which feeds and folders ``newsweave watch`` polls, how often, within which limits.

Format (every key but ``feeds`` is optional; a feed's own keys win over the top-level ones)::

    interval: 900          # seconds between two polls of a feed
    timeout: 20            # seconds one request may take, in all (connect, headers, body)
    max_bytes: 5000000     # largest feed or article page accepted (decoded bytes)
    max_items: 200         # new items taken from one feed in one poll (the rest: next poll)
    max_pages: 50          # article pages fetched in one poll cycle, over all feeds
    fetch_pages: auto      # auto: fetch the page of an item that carries only a summary;
                           # always; never
    summary_chars: 600     # with auto, an item shorter than this is a summary
    max_backoff: 21600     # longest wait after repeated errors (seconds)
    parallel: 4            # feeds fetched at once
    sources: sources.yaml  # outlet profiles, recorded with the database for reports
    feeds:
      - url: https://example.org/rss.xml
        name: example      # its id in the store (default: derived from the URL)
        interval: 300
        source: Example Times      # outlet given to its articles (default: the link's domain)
        lang: fr                   # language hint kept in the article's meta
        traits: {country: FR, lean: centre}   # outlet traits kept with each article
      - folder: /srv/incoming      # files dropped here (text, HTML, JSONL, feeds) are read once
        name: incoming

A plain list of feeds is accepted too. Relative folder and ``sources`` paths are read from the
directory of the file.
"""
from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Literal
from urllib.parse import urlsplit

import yaml

FetchPages = Literal["auto", "always", "never"]
_FETCH_PAGES = ("auto", "always", "never")
_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,79}$")


class WatchConfigError(ValueError):
    """A feeds.yaml that cannot be used; the message names the entry and the key."""


@dataclass(frozen=True)
class FeedConfig:
    id: str  # unique name, the key of the feed's state in the store
    url: str | None = None  # an RSS/Atom URL, or
    folder: str | None = None  # a folder whose new files are read
    interval: float = 900.0
    timeout: float = 20.0
    max_bytes: int = 5_000_000
    max_items: int = 200
    fetch_pages: FetchPages = "auto"
    summary_chars: int = 600
    max_backoff: float = 21600.0
    source: str | None = None
    lang: str | None = None
    traits: dict[str, Any] = field(default_factory=dict)

    @property
    def location(self) -> str:
        return self.url or self.folder or ""


@dataclass(frozen=True)
class WatchConfig:
    feeds: tuple[FeedConfig, ...]
    max_pages: int = 50
    parallel: int = 4
    sources: str | None = None  # path of a sources.yaml
    path: str | None = None  # the feeds.yaml it came from

    def with_interval(self, seconds: float) -> "WatchConfig":
        """The same feeds, every one polled every ``seconds``."""
        return replace(self, feeds=tuple(replace(f, interval=float(seconds)) for f in self.feeds))


_FEED_KEYS = {"url", "folder", "name", "interval", "timeout", "max_bytes", "max_items", "fetch_pages",
              "summary_chars", "max_backoff", "source", "lang", "traits"}
_SHARED_KEYS = {"interval", "timeout", "max_bytes", "max_items", "fetch_pages", "summary_chars",
                "max_backoff"}
_TOP_KEYS = _SHARED_KEYS | {"feeds", "max_pages", "parallel", "sources"}


def _number(where: str, key: str, value: Any, minimum: float, integer: bool = False) -> Any:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise WatchConfigError(f"{where}: {key} must be a number, not {value!r}")
    if value < minimum:
        raise WatchConfigError(f"{where}: {key} must be at least {minimum}")
    return int(value) if integer else float(value)


def _shared(where: str, raw: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, minimum, integer in (("interval", 1, False), ("timeout", 0.1, False),
                                  ("max_bytes", 1024, True), ("max_items", 1, True),
                                  ("summary_chars", 0, True), ("max_backoff", 1, False)):
        if key in raw:
            out[key] = _number(where, key, raw[key], minimum, integer)
    if "fetch_pages" in raw:
        if raw["fetch_pages"] not in _FETCH_PAGES:
            raise WatchConfigError(f"{where}: fetch_pages must be one of {', '.join(_FETCH_PAGES)}")
        out["fetch_pages"] = raw["fetch_pages"]
    return out


def feed_id_for(location: str) -> str:
    """A readable, stable id for a feed without a name: host and a short hash of the location."""
    host = urlsplit(location).hostname if "://" in location else Path(location).name
    slug = re.sub(r"[^A-Za-z0-9.-]+", "-", host or "feed").strip("-.")[:40] or "feed"
    return f"{slug}-{hashlib.sha1(location.encode('utf-8')).hexdigest()[:8]}"


def _feed(n: int, raw: Any, defaults: dict[str, Any], base: Path | None) -> FeedConfig:
    where = f"feeds[{n}]"
    if isinstance(raw, str):
        raw = {"url": raw}
    if not isinstance(raw, dict):
        raise WatchConfigError(f"{where}: expected a mapping with url or folder")
    unknown = set(raw) - _FEED_KEYS
    if unknown:
        raise WatchConfigError(f"{where}: unknown key(s) {', '.join(sorted(map(str, unknown)))}")
    url, folder = raw.get("url"), raw.get("folder")
    if bool(url) == bool(folder):
        raise WatchConfigError(f"{where}: give exactly one of url and folder")
    if url is not None:
        if not isinstance(url, str) or urlsplit(url).scheme not in ("http", "https") \
                or not urlsplit(url).hostname:
            raise WatchConfigError(f"{where}: url must be an http(s) URL, not {url!r}")
    else:
        if not isinstance(folder, str):
            raise WatchConfigError(f"{where}: folder must be a path")
        p = Path(folder).expanduser()
        folder = str(p if p.is_absolute() or base is None else (base / p))
    name = raw.get("name")
    if name is None:
        name = feed_id_for(url or folder)
    if not isinstance(name, str) or not _NAME.match(name):
        raise WatchConfigError(f"{where}: name must be letters, digits, '.', '_' or '-' (at most 80)")
    traits = raw.get("traits") or {}
    if not isinstance(traits, dict):
        raise WatchConfigError(f"{where}: traits must be a mapping")
    for key in ("source", "lang"):
        if raw.get(key) is not None and not isinstance(raw[key], str):
            raise WatchConfigError(f"{where}: {key} must be text")
    return FeedConfig(id=name, url=url, folder=folder, source=raw.get("source"), lang=raw.get("lang"),
                      traits={str(k): v for k, v in traits.items()},
                      **{**defaults, **_shared(where, raw)})


def parse_feeds(data: Any, base: Path | None = None, path: str | None = None) -> WatchConfig:
    """A :class:`WatchConfig` from the parsed YAML (a mapping with ``feeds``, or a list)."""
    if isinstance(data, list):
        data = {"feeds": data}
    if not isinstance(data, dict) or not isinstance(data.get("feeds"), list) or not data["feeds"]:
        raise WatchConfigError("feeds.yaml needs a non-empty list under 'feeds'")
    unknown = set(data) - _TOP_KEYS
    if unknown:
        raise WatchConfigError(f"feeds.yaml: unknown key(s) {', '.join(sorted(map(str, unknown)))}")
    defaults = _shared("feeds.yaml", data)
    feeds = tuple(_feed(n, raw, defaults, base) for n, raw in enumerate(data["feeds"]))
    seen: set[str] = set()
    for f in feeds:
        if f.id in seen:
            raise WatchConfigError(f"feeds.yaml: two feeds are named {f.id!r}")
        seen.add(f.id)
    sources = data.get("sources")
    if sources is not None:
        if not isinstance(sources, str):
            raise WatchConfigError("feeds.yaml: sources must be a path")
        p = Path(sources).expanduser()
        sources = str(p if p.is_absolute() or base is None else base / p)
    return WatchConfig(feeds=feeds,
                       max_pages=_number("feeds.yaml", "max_pages", data.get("max_pages", 50), 0, True),
                       parallel=_number("feeds.yaml", "parallel", data.get("parallel", 4), 1, True),
                       sources=sources, path=path)


def load_feeds(path: str | Path) -> WatchConfig:
    """Read and check a feeds.yaml (:class:`WatchConfigError` says what is wrong)."""
    p = Path(path)
    try:
        data = yaml.safe_load(p.read_text(encoding="utf-8"))
    except OSError as exc:
        raise WatchConfigError(f"cannot read {p}: {exc.strerror or exc}") from None
    except yaml.YAMLError as exc:
        raise WatchConfigError(f"{p} is not valid YAML: {exc}") from None
    return parse_feeds(data, base=p.resolve().parent, path=str(p))
