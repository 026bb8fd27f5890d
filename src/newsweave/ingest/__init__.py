"""Read files, folders, stdin and uploads into :class:`~newsweave.model.Article` records.

Formats (by extension, else sniffed): plain text, HTML (trafilatura, with a safe fallback),
RSS/Atom (one article per item; entities never expanded), JSON Lines in the eval document format
(``{id, text, title, date, lang, source, url}``; ``text`` kept exactly) and JSON (one object or an
array of them). Encodings: UTF-8 with or without BOM, UTF-16/32 with BOM, cp1251, cp1252/latin-1,
others via charset-normalizer. Raw bytes are kept in ``Article.raw``.

Every bad input is reported through ``on_error(origin, reason)`` and skipped; the rest goes on.
"""
from __future__ import annotations

import logging
import sys
from pathlib import Path
from typing import BinaryIO, Callable, Iterable, Iterator

from ..model import Article
from .errors import IngestError
from .formats import parse
from .limits import check_article

__all__ = ["read_paths", "read_bytes", "read_stream", "IngestError", "DEFAULT_MAX_BYTES", "iter_files"]

DEFAULT_MAX_BYTES = 20 * 1024 * 1024

log = logging.getLogger(__name__)

OnError = Callable[[str, str], None]


def _human(n: int) -> str:
    return f"{n / (1024 * 1024):.1f} MB" if n >= 1024 * 1024 else f"{n} bytes"


def _safe_parse(data: bytes, name: str, origin: str, on_error: OnError) -> Iterator[Article]:
    """Articles of one input; an input that cannot be read is reported through ``on_error``."""
    try:
        for a in parse(data, name, origin, on_error):
            try:
                check_article(a)
            except IngestError as exc:
                on_error(a.origin or origin, str(exc))
                continue
            yield a
    except IngestError as exc:
        on_error(origin, str(exc))
    except RecursionError:
        on_error(origin, "document nested too deeply to read")
    except Exception as exc:  # a reader bug must not stop a batch: reported (with its traceback logged)
        log.warning("reader failed on %s", origin, exc_info=True)
        on_error(origin, f"could not read ({type(exc).__name__}: {exc})")


def read_bytes(data: bytes, name: str, on_error: OnError, max_bytes: int = DEFAULT_MAX_BYTES) -> list[Article]:
    """Articles from an in-memory upload; ``name`` (a file name) picks the format by extension."""
    if len(data) > max_bytes:
        on_error(name, f"too large: {_human(len(data))} exceeds the limit of {_human(max_bytes)}")
        return []
    return list(_safe_parse(data, name, name, on_error))


def read_stream(stream: BinaryIO, name: str, on_error: OnError,
                max_bytes: int = DEFAULT_MAX_BYTES) -> list[Article]:
    """Articles from a binary stream, read at most ``max_bytes + 1`` bytes (never more into memory)."""
    data = stream.read(max_bytes + 1)
    if len(data) > max_bytes:
        on_error(name, f"too large: more than {_human(max_bytes)} (the limit)")
        return []
    return list(_safe_parse(data, name, name, on_error))


def iter_files(folder: Path) -> Iterator[Path]:
    """Files under ``folder``, recursively, in sorted (deterministic) order; hidden entries skipped."""
    entries = sorted(folder.iterdir(), key=lambda p: p.name)
    for p in entries:
        if p.name.startswith("."):
            continue
        if p.is_dir() and not p.is_symlink():
            yield from iter_files(p)
        elif p.is_file():
            yield p


def read_paths(paths: Iterable[str], on_error: OnError, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Article]:
    """Articles from files, folders (recursive, sorted) and ``-`` (stdin), in input order."""
    for p in paths:
        if p == "-":
            yield from read_stream(sys.stdin.buffer, "<stdin>", on_error, max_bytes)
            continue
        path = Path(p)
        if path.is_dir():
            files = list(iter_files(path))
            if not files:
                on_error(p, "folder contains no files")
            for f in files:
                yield from _read_file(f, on_error, max_bytes)
        elif path.exists():
            yield from _read_file(path, on_error, max_bytes)
        else:
            on_error(p, "no such file or directory")


def _read_file(path: Path, on_error: OnError, max_bytes: int) -> Iterator[Article]:
    origin = str(path)
    try:
        size = path.stat().st_size
        if size > max_bytes:
            on_error(origin, f"too large: {_human(size)} exceeds the limit of {_human(max_bytes)}")
            return
        with open(path, "rb") as fh:
            data = fh.read(max_bytes + 1)
    except OSError as exc:
        on_error(origin, f"cannot read: {exc.strerror or exc}")
        return
    if len(data) > max_bytes:  # grew while reading, or a special file
        on_error(origin, f"too large: exceeds the limit of {_human(max_bytes)}")
        return
    yield from _safe_parse(data, path.name, origin, on_error)
