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
import os
import stat
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


def read_paths(paths: Iterable[str], on_error: OnError, max_bytes: int = DEFAULT_MAX_BYTES, *,
               follow_links: bool = False, on_skip: OnError | None = None) -> Iterator[Article]:
    """Articles from files, folders (recursive, sorted) and ``-`` (stdin), in input order.

    The walk never reads special files (FIFOs, devices, sockets) and does not follow symbolic
    links out of the given roots unless ``follow_links``; hidden entries, dangling and looping
    links are skipped. Every skipped entry is reported through ``on_skip`` (else ``on_error``)."""
    skip = on_skip or on_error
    plist = list(paths)
    walk = Walk([Path(p) for p in plist if p != "-"], follow_links, skip)
    for p in plist:
        if p == "-":
            yield from read_stream(sys.stdin.buffer, "<stdin>", on_error, max_bytes)
            continue
        path = Path(p)
        try:
            st = path.stat()
        except FileNotFoundError:
            on_error(p, "dangling symbolic link" if path.is_symlink() else "no such file or directory")
            continue
        except OSError as exc:
            on_error(p, f"cannot read: {exc.strerror or exc}")
            continue
        if stat.S_ISDIR(st.st_mode):
            files = list(walk.files(path))
            if not files and not walk.skipped:
                on_error(p, "folder contains no files")
            for f in files:
                yield from _read_file(f, on_error, max_bytes)
        elif stat.S_ISREG(st.st_mode):
            yield from _read_file(path, on_error, max_bytes)
        else:
            on_error(p, f"not a regular file ({_kind(st.st_mode)}): not read")


def _kind(mode: int) -> str:
    if stat.S_ISFIFO(mode):
        return "a FIFO"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    return "a special file"


class Walk:
    """The files under some roots, by the walking policy of :func:`read_paths`."""

    def __init__(self, roots: list[Path], follow_links: bool, on_skip: OnError) -> None:
        self.roots = [_real(r) for r in roots]
        self.follow_links = follow_links
        self.on_skip = on_skip
        self.skipped = 0

    def _skip(self, path: Path, reason: str) -> None:
        self.skipped += 1
        self.on_skip(str(path), f"skipped: {reason}")

    def _inside(self, real: Path) -> bool:
        return any(real == r or r in real.parents for r in self.roots)

    def files(self, folder: Path) -> Iterator[Path]:
        return self._walk(folder, {_real(folder)})

    def _walk(self, folder: Path, seen: set[Path]) -> Iterator[Path]:
        try:
            entries = sorted(os.scandir(folder), key=lambda e: e.name)
        except OSError as exc:
            self._skip(folder, f"cannot list folder: {exc.strerror or exc}")
            return
        for e in entries:
            p = Path(e.path)
            if e.name.startswith("."):
                self._skip(p, "hidden entry")
                continue
            target = p
            if e.is_symlink():
                try:
                    real = p.resolve(strict=True)
                except FileNotFoundError:
                    self._skip(p, "dangling symbolic link")
                    continue
                except (RuntimeError, OSError) as exc:  # a loop of links, or unreadable
                    self._skip(p, "looping symbolic link" if isinstance(exc, RuntimeError) or
                               getattr(exc, "errno", None) == 40 else f"unreadable link: {exc}")
                    continue
                if not self.follow_links and not self._inside(real):
                    self._skip(p, f"symbolic link out of the input folders (to {real}); use --follow-links")
                    continue
                target = real
            try:
                st = target.stat()
            except OSError as exc:
                self._skip(p, f"cannot read: {exc.strerror or exc}")
                continue
            if stat.S_ISDIR(st.st_mode):
                real = _real(target)
                if real in seen:
                    self._skip(p, "folder already walked (a link loop)")
                    continue
                yield from self._walk(p, seen | {real})
            elif stat.S_ISREG(st.st_mode):
                yield p
            else:
                self._skip(p, f"not a regular file ({_kind(st.st_mode)})")


def _real(p: Path) -> Path:
    try:
        return p.resolve()
    except (OSError, RuntimeError):
        return p.absolute()


def iter_files(folder: Path) -> Iterator[Path]:
    """Files under ``folder``, recursively, in sorted (deterministic) order (the walking policy of
    :func:`read_paths`; skipped entries are logged)."""
    yield from Walk([folder], False, lambda o, r: log.info("%s: %s", o, r)).files(folder)


def _read_file(path: Path, on_error: OnError, max_bytes: int) -> Iterator[Article]:
    origin = str(path)
    try:
        # O_NONBLOCK: a file swapped for a FIFO after the walk cannot block the batch
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0))
    except OSError as exc:
        on_error(origin, f"cannot read: {exc.strerror or exc}")
        return
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):
            on_error(origin, f"not a regular file ({_kind(st.st_mode)}): not read")
            return
        if st.st_size > max_bytes:
            on_error(origin, f"too large: {_human(st.st_size)} exceeds the limit of {_human(max_bytes)}")
            return
        with os.fdopen(fd, "rb", closefd=False) as fh:
            data = fh.read(max_bytes + 1)
    except OSError as exc:
        on_error(origin, f"cannot read: {exc.strerror or exc}")
        return
    finally:
        os.close(fd)
    if len(data) > max_bytes:  # grew while reading
        on_error(origin, f"too large: exceeds the limit of {_human(max_bytes)}")
        return
    yield from _safe_parse(data, path.name, origin, on_error)
