"""simplemma's lemmatizer over a compact, memory-mapped copy of its dictionaries.

simplemma ships each language's dictionary as an lzma-compressed front-coded stream and decodes
it in Python on first use: ~6 CPU-seconds and ~400 MB for Polish on an idle core, and its cache
keeps 8 languages, so a corpus in more languages than that decodes some of them again and again.
Here each dictionary is decoded once per machine into a sorted on-disk table (keys and values
concatenated, with offset arrays) that is memory-mapped on first use: loading is instant, the
pages are shared between processes, and a lookup is a binary search.

:func:`lemmatize` and :func:`is_known` are drop-in replacements of ``simplemma.lemmatize`` and
``simplemma.is_known`` (same strategy chain, same answers: only where the dictionary is read
from differs). The tables live in ``$NEWSWEAVE_CACHE_DIR`` (else ``$XDG_CACHE_HOME/newsweave``,
else ``~/.cache/newsweave``), in a folder named after the simplemma version; ``python -m
newsweave.enrich.lemma_dicts`` builds them for every language of ``newsweave.lang`` at setup,
and a missing table is built when first needed. Where the folder cannot be written, simplemma's
own in-memory dictionary serves (with a warning).
"""
from __future__ import annotations

import logging
import mmap
import os
import struct
import sys
import tempfile
import threading
from collections.abc import Iterator, Mapping
from importlib.metadata import version
from pathlib import Path

from simplemma import Lemmatizer
from simplemma.strategies import DefaultStrategy, DictionaryLookupStrategy
from simplemma.strategies.dictionaries import DefaultDictionaryFactory
from simplemma.utils import normalize_token, validate_lang_input

log = logging.getLogger(__name__)

MAGIC = b"NWLEX1\n\0"
_HEADER = struct.Struct("<QQQ")  # entries, bytes of keys, bytes of values
_OFFSET = 4  # uint32 offsets into the key and value areas


def cache_dir() -> Path:
    """Where the tables of this simplemma version live."""
    root = os.environ.get("NEWSWEAVE_CACHE_DIR") or \
        os.path.join(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache", "newsweave")
    return Path(root) / f"lemmas-simplemma-{version('simplemma')}"


class MappedDictionary(Mapping[str, str]):
    """One language's dictionary, read-only, straight from a memory-mapped table."""

    def __init__(self, path: Path) -> None:
        with open(path, "rb") as fh:
            self._mm = mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ)
        mm = self._mm
        if mm[:len(MAGIC)] != MAGIC:
            raise ValueError(f"{path}: not a lemma table (bad magic)")
        self._n, nkeys, nvals = _HEADER.unpack_from(mm, len(MAGIC))
        base = len(MAGIC) + _HEADER.size
        width = (self._n + 1) * _OFFSET
        self._key_at = base + 2 * width
        self._val_at = self._key_at + nkeys
        if len(mm) != self._val_at + nvals:
            raise ValueError(f"{path}: truncated lemma table ({len(mm)} bytes, "
                             f"{self._val_at + nvals} expected)")
        view = memoryview(mm)
        self._koff = view[base:base + width].cast("I")
        self._voff = view[base + width:base + 2 * width].cast("I")

    def _key(self, i: int) -> bytes:
        return self._mm[self._key_at + self._koff[i]:self._key_at + self._koff[i + 1]]

    def _find(self, key: bytes) -> int:
        lo, hi = 0, self._n
        while lo < hi:
            mid = (lo + hi) // 2
            if self._key(mid) < key:
                lo = mid + 1
            else:
                hi = mid
        return lo if lo < self._n and self._key(lo) == key else -1

    def get(self, key: str, default: str | None = None) -> str | None:  # type: ignore[override]
        i = self._find(key.encode())
        if i < 0:
            return default
        return self._mm[self._val_at + self._voff[i]:self._val_at + self._voff[i + 1]].decode()

    def __getitem__(self, key: str) -> str:
        found = self.get(key)
        if found is None:
            raise KeyError(key)
        return found

    def __iter__(self) -> Iterator[str]:
        return (self._key(i).decode() for i in range(self._n))

    def __len__(self) -> int:
        return self._n


def write_table(entries: Mapping[str, str], path: Path) -> None:
    """Write ``entries`` as a sorted table at ``path`` (atomically: a reader never sees half)."""
    pairs = sorted((k.encode(), v.encode()) for k, v in entries.items())
    koff, voff = [0], [0]
    for k, v in pairs:
        koff.append(koff[-1] + len(k))
        voff.append(voff[-1] + len(v))
    if max(koff[-1], voff[-1]) >= 2 ** 32:
        raise ValueError(f"{path}: dictionary too large for 32-bit offsets")
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(MAGIC + _HEADER.pack(len(pairs), koff[-1], voff[-1]))
            fh.write(struct.pack(f"<{len(koff)}I", *koff))
            fh.write(struct.pack(f"<{len(voff)}I", *voff))
            fh.write(b"".join(k for k, _ in pairs))
            fh.write(b"".join(v for _, v in pairs))
        os.chmod(tmp, 0o644)  # a cache other users of the machine may read
        os.replace(tmp, path)
    except BaseException:
        os.unlink(tmp)
        raise


class MappedDictionaryFactory:
    """simplemma ``DictionaryFactory``: each language's table, built once, mapped once."""

    def __init__(self, folder: Path | None = None) -> None:
        self.folder = folder
        self._maps: dict[str, Mapping[str, str]] = {}
        self._lock = threading.Lock()

    def path(self, lang: str) -> Path:
        return (self.folder or cache_dir()) / f"{lang}.lex"

    def get_dictionary(self, lang: str) -> Mapping[str, str]:
        found = self._maps.get(lang)
        if found is None:
            with self._lock:
                found = self._maps.get(lang)
                if found is None:
                    found = self._maps[lang] = self._open(lang)
        return found

    def _open(self, lang: str) -> Mapping[str, str]:
        path = self.path(lang)
        if path.exists():
            try:
                return MappedDictionary(path)
            except ValueError as exc:
                log.warning("lemma table %s unreadable (%s); building it again", path, exc)
        # simplemma's decoder (ValueError for a language it has no dictionary for)
        source = DefaultDictionaryFactory(cache_max_size=1).get_dictionary(lang)
        try:
            write_table(source, path)
            return MappedDictionary(path)
        except OSError as exc:
            log.warning("cannot write the lemma table %s (%s); %s stays in memory this run",
                        path, exc, lang)
            return source


_FACTORY = MappedDictionaryFactory()
_LEMMATIZER = Lemmatizer(lemmatization_strategy=DefaultStrategy(dictionary_factory=_FACTORY))
_LOOKUP = DictionaryLookupStrategy(_FACTORY)


def lemmatize(token: str, lang: str | tuple[str, ...]) -> str:
    """``simplemma.lemmatize(token, lang=lang)``, read from the mapped tables."""
    return _LEMMATIZER.lemmatize(token, lang)


def is_known(token: str, lang: str | tuple[str, ...]) -> bool:
    """``simplemma.is_known(token, lang=lang)``, read from the mapped tables."""
    if not isinstance(token, str):
        raise TypeError(f"Wrong input type, expected string, got {type(token)}")
    if token == "":
        raise ValueError("Wrong input value: empty string")
    token = normalize_token(token)
    return any(_LOOKUP.get_lemma(token, code) is not None for code in validate_lang_input(lang))


def build(langs: list[str]) -> None:
    """Build (or check) the tables of ``langs``; a language simplemma lacks is reported, skipped."""
    for code in langs:
        try:
            n = len(_FACTORY.get_dictionary(code))
        except ValueError:
            print(f"{code}: simplemma has no dictionary; skipped")
            continue
        print(f"{code}: {n} forms in {_FACTORY.path(code)}")


if __name__ == "__main__":
    from newsweave.lang import languages
    build(sys.argv[1:] or [x.code for x in languages()])
