"""Which format an input is: by extension, else by its first bytes; and the id stem of a file name."""
from __future__ import annotations

import json
import re
from pathlib import PurePath

TEXT_EXT = {".txt", ".text", ".md"}
HTML_EXT = {".html", ".htm", ".xhtml", ".shtml"}
FEED_EXT = {".xml", ".rss", ".atom", ".rdf"}
JSONL_EXT = {".jsonl", ".ndjson"}
JSON_EXT = {".json"}


def stem_of(name: str) -> str:
    """A file name without its format extension: the id of the article(s) it holds."""
    p = PurePath(name)
    stem = p.name
    for ext in sorted(TEXT_EXT | HTML_EXT | FEED_EXT | JSONL_EXT | JSON_EXT, key=len, reverse=True):
        if stem.lower().endswith(ext):
            return stem[: -len(ext)] or stem
    return p.stem or p.name or "stdin"


def sniff(data: bytes, name: str) -> str:
    """'text', 'html', 'feed', 'jsonl' or 'json' from the extension, else from the content."""
    ext = PurePath(name).suffix.lower()
    if ext in JSONL_EXT:
        return "jsonl"
    if ext in JSON_EXT:
        return "json"
    if ext in HTML_EXT:
        return "html"
    if ext in FEED_EXT:
        return "feed"
    if ext in TEXT_EXT:
        return "text"
    head = data[:4096]
    if head.startswith(b"\xef\xbb\xbf"):
        head = head[3:]
    if head[:2] in (b"\xff\xfe", b"\xfe\xff"):
        codec = "utf-16-le" if head[:2] == b"\xff\xfe" else "utf-16-be"
        # errors="ignore" drops bad code units and lone surrogates: the result always encodes
        head = data[2:8192].decode(codec, errors="ignore").encode("utf-8")
    h = head.lstrip().lower()
    if h.startswith(b"<?xml") or h.startswith(b"<rss") or h.startswith(b"<feed") or h.startswith(b"<rdf:rdf"):
        if re.search(rb"<(rss|feed|rdf:rdf)\b", h):
            return "feed"
        if re.search(rb"<html\b", h):
            return "html"
        return "feed"
    if h.startswith(b"<!doctype html") or h.startswith(b"<html") or \
            len(re.findall(rb"</?(p|div|body|head|title|br|span|article|a)\b", h)) >= 3:
        return "html"
    if h.startswith(b"{"):
        first = h.split(b"\n", 1)[0].strip()
        try:
            json.loads(first)
            return "jsonl"
        except ValueError:
            return "json"
    if h.startswith(b"["):
        return "json"
    return "text"
