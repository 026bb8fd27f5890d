"""Per-language data, one module per language (like spaCy's ``lang/`` folders).

Each ``lang/<code>.py`` defines ``CODE``, ``NAME`` (and ``COVERAGE = "names"`` when only entity
recognition and linking have data for it) and one constant per section of
:mod:`newsweave.lang.schema` it fills (``CLEAN``, ``TIME``, ``NER``, ``LINK``, ``QUOTES``,
``CLAIMS``, ``FRAMING``). Languages are discovered from the modules present: adding a language
means adding one module here, nothing else. Engines read language data only through
:func:`language` / :func:`languages`, which return typed :class:`~newsweave.lang.schema.Language`
records with defaults for every section a module leaves out.
"""
from __future__ import annotations

import importlib
import pkgutil
from functools import lru_cache

from .schema import SECTIONS, Language

_NOT_LANGUAGES = {"schema", "schema_claims", "schema_time"}


def _discover() -> tuple[str, ...]:
    names = [m.name for m in pkgutil.iter_modules(__path__)  # type: ignore[name-defined]
             if not m.ispkg and m.name not in _NOT_LANGUAGES and not m.name.startswith("_")]
    return tuple(sorted(names))


LANGUAGES: tuple[str, ...] = _discover()


@lru_cache(maxsize=None)
def language(code: str | None) -> Language | None:
    """The typed language data for an ISO 639-1 code, or None when the language is unknown."""
    if not code or code not in LANGUAGES:
        return None
    mod = importlib.import_module(f"{__name__}.{code}")
    sections = {key: getattr(mod, key.upper()) for key in SECTIONS if hasattr(mod, key.upper())}
    for key, value in sections.items():
        if not isinstance(value, SECTIONS[key]):
            raise TypeError(f"lang/{code}.py: {key.upper()} must be a {SECTIONS[key].__name__}")
    coverage = getattr(mod, "COVERAGE", "full")
    if coverage not in ("full", "names"):
        raise ValueError(f"lang/{code}.py: COVERAGE must be 'full' or 'names', not {coverage!r}")
    return Language(code=mod.CODE, name=mod.NAME, coverage=coverage, **sections)


def languages(coverage: str | None = None) -> list[Language]:
    """Every known language in code order; ``coverage="full"`` keeps the fully supported ones."""
    found = [lang for code in LANGUAGES if (lang := language(code)) is not None]
    return [lang for lang in found if coverage is None or lang.coverage == coverage]
