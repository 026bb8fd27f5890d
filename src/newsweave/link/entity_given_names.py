"""Given-name keys that count as one name: the forms a name takes in neighbouring languages
(``LinkSection.given_name_forms``: "Микола" = "Николай") and the two readings of a Cyrillic
initial Е/Є (a vowel in "Elena", a glide in "Yelena"/"Jelena")."""
from __future__ import annotations

from functools import lru_cache

from .. import lang as langs
from .translit import script_of, skeleton_token


@lru_cache(maxsize=1)
def _aliases() -> dict[str, str]:
    """Key of every listed form → key of its tuple's first form (one canonical key per name)."""
    out: dict[str, str] = {}
    for x in langs.languages():
        for forms in x.link.given_name_forms:
            keys = [skeleton_token(f, x.code) for f in forms]
            for k in keys[1:]:
                out.setdefault(k, keys[0])
            out.setdefault(keys[0], keys[0])
    return out


def canonical(key: str) -> str:
    """One key for the forms of a listed name ("mKl" of Микола for "nKl" of Николай)."""
    return _aliases().get(key, key)


def variants(word: str, key: str) -> set[str]:
    """The keys one given-name word stands for: its own, its listed name's, and for a Cyrillic
    word opening with Е/Є ("Евгений", "Елена") its key without the initial vowel mark, as the
    Latin spellings "Yevgeny"/"Jelena" read it (kept only when ≥ 2 consonants remain)."""
    out = {key}
    if key.startswith("@") and len(key) >= 3 and word[:1] in "ЕЄеє" and script_of(word) == "cyrillic":
        out.add(key[1:])
    # a listed name's canonical key lives apart ("≡"): it meets only other listed forms, never
    # a key another reading gives by chance ("Jan" read with Spanish rules is "Gn", as "Ганна")
    return out | {"≡" + _aliases()[k] for k in out if k in _aliases()}
