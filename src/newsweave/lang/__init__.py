"""Per-language data and rules, one module per language (like spaCy's ``lang/`` folders).

Each module defines the same names, grouped in sections; a component reads only its section:

- ``NAME``, ``CODE``                      identity
- section *clean*:   ``BOILERPLATE_LINES`` (regexes of site chrome), ``DATE_HEADER_PATTERNS``
- section *timex*:   month/weekday names, relative words and patterns for time expressions
- section *ner*:     ``ROLE_WORDS`` (titles/roles kept as mention attributes), stop names
- section *quotes*:  ``SPEECH_VERBS``, ``ACCORDING_TO``, quote cue patterns
- section *framing*: ``LOADED_TERMS`` {loaded: neutral}

Adding a language means adding one module here and its code to ``LANGUAGES``.
"""
from __future__ import annotations

import importlib
from types import ModuleType

LANGUAGES = ("fr", "en", "es", "de", "ru", "uk")


def get(code: str | None) -> ModuleType | None:
    """The language module for an ISO 639-1 code, or None when the language is not supported."""
    if not code or code not in LANGUAGES:
        return None
    return importlib.import_module(f"newsweave.lang.{code}")


def all_modules() -> list[ModuleType]:
    return [importlib.import_module(f"newsweave.lang.{c}") for c in LANGUAGES]
