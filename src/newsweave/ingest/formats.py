"""Which reader reads an input, and the plain-text reader. Each reader turns bytes into Articles.

Readers raise :class:`IngestError` for a whole input that is unusable and call ``on_error`` for
single bad records inside an input (a JSONL line, a feed item) before going on.
"""
from __future__ import annotations

from typing import Callable, Iterator

from ..model import Article
from .decode import decode
from .errors import IngestError
from .feeds import read_feed
from .fields import apply_textmeta, check_text, fix_newlines
from .htmlpage import read_html
from .limits import accept_text
from .jsonrecords import read_json, read_jsonl
from .sniff import sniff, stem_of
from .textmeta import recover_metadata

OnError = Callable[[str, str], None]


def read_text(data: bytes, name: str, origin: str) -> Article:
    text, enc = decode(data)
    text = fix_newlines(text)
    check_text(text)
    text, repaired = accept_text(text)  # before metadata recovery reads it
    a = Article(id=stem_of(name), text=text, raw=data, origin=origin, encoding=enc)
    if repaired:
        a.meta["repaired"] = repaired
    apply_textmeta(a, recover_metadata(text))
    a.meta["format"] = "text"
    return a


def parse(data: bytes, name: str, origin: str, on_error: OnError) -> Iterator[Article]:
    """Articles of one input, by its format; raises IngestError for an unusable input."""
    if not data:
        raise IngestError("empty file")
    fmt = sniff(data, name)
    if fmt == "jsonl":
        yield from read_jsonl(data, name, origin, on_error)
    elif fmt == "json":
        yield from read_json(data, name, origin, on_error)
    elif fmt == "html":
        yield read_html(data, name, origin)
    elif fmt == "feed":
        yield from read_feed(data, name, origin, on_error)
    else:
        yield read_text(data, name, origin)
