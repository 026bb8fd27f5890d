"""``aliases.yaml``: an analyst's corrections to entity resolution, honoured by the resolver.

The file lives next to the database (``<data dir>/aliases.yaml``) or where
``$NEWSWEAVE_ALIASES`` (the CLI's ``--aliases PATH``) points::

    merge:                      # each group: names of one entity (first = canonical name)
      - [Muammar Gaddafi, Mouammar Kadhafi, Каддафи]
    split:                      # each group: names that are different entities
      - [Blue Origin, Білий]

A name matches a mention written that way (case and accents aside) or sharing its linking key
(so inflected forms match too).  Because the resolver applies the file, the entity ids it stores
are what the CLI, the API, the web pages and the exports read: nothing downstream needs to know.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from .entity_keys import node_key, token_keys
from .translit import fold

ENV = "NEWSWEAVE_ALIASES"


class AliasesError(ValueError):
    """The aliases file is not a mapping of ``merge`` / ``split`` lists of name lists."""


@dataclass
class Aliases:
    merge: list[list[str]] = field(default_factory=list)
    split: list[list[str]] = field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(self.merge or self.split)


def parse_aliases(data: Any, origin: str = "aliases.yaml") -> Aliases:
    if data is None:
        return Aliases()
    if not isinstance(data, dict) or set(data) - {"merge", "split"}:
        raise AliasesError(f"{origin}: expected a mapping with 'merge' and/or 'split'")
    out = Aliases()
    for key in ("merge", "split"):
        groups = data.get(key) or []
        if not isinstance(groups, list) or not all(
                isinstance(g, list) and len(g) >= 2 and all(isinstance(n, str) and n.strip() for n in g)
                for g in groups):
            raise AliasesError(f"{origin}: '{key}' must be a list of lists of two or more names")
        getattr(out, key).extend([n.strip() for n in g] for g in groups)
    return out


def load_aliases(path: str | Path | None) -> Aliases:
    """The aliases of ``path`` (an absent file is no aliases; a malformed one raises)."""
    if path is None or not Path(path).is_file():
        return Aliases()
    text = Path(path).read_text(encoding="utf-8")
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as e:
        raise AliasesError(f"{path}: {e}") from e
    return parse_aliases(data, str(path))


def aliases_path(repo: Any) -> Path | None:
    """``$NEWSWEAVE_ALIASES``, else ``aliases.yaml`` beside the repository's database file."""
    env = os.environ.get(ENV)
    if env:
        return Path(env)
    db = getattr(repo, "path", None)
    if isinstance(db, str) and db != ":memory:":
        return Path(db).parent / "aliases.yaml"
    return None


class AliasMatcher:
    """Which alias names a mention matches: by folded spelling or by linking key."""

    def __init__(self, aliases: Aliases) -> None:
        self.aliases = aliases
        self.by_fold: dict[str, list[tuple[str, int, int]]] = {}
        self.by_node: dict[str, list[tuple[str, int, int]]] = {}
        for kind in ("merge", "split"):
            for gi, group in enumerate(getattr(aliases, kind)):
                for ni, name in enumerate(group):
                    ref = (kind, gi, ni)
                    self.by_fold.setdefault(fold(name), []).append(ref)
                    toks = token_keys(name, None)
                    if toks:
                        for typ in ("PER", "ORG"):
                            self.by_node.setdefault(node_key(typ, toks), []).append(ref)

    def matches(self, text: str, base: str, node: str) -> list[tuple[str, int, int]]:
        """(kind, group, name index) of every alias name the mention matches."""
        found = self.by_fold.get(fold(text), []) + self.by_fold.get(fold(base), []) \
            + self.by_node.get(node, [])
        return list(dict.fromkeys(found))

    def canonical(self, group: int) -> str:
        return self.aliases.merge[group][0]
