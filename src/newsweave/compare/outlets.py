"""Outlet profiles from a user-edited ``sources.yaml``.

Format (the key is the outlet's name or domain, as it appears in ``Article.source``)::

    # sources.yaml: one entry per outlet; every key except name/aliases/domains is a trait
    outlets:
      lemonde.fr:
        name: Le Monde
        aliases: [Le Monde, lemonde]      # other spellings of the outlet in Article.source
        domains: [lemonde.fr]             # matched against Article.url hosts too
        country: FR
        owner: Groupe Le Monde
        state_affiliated: false
        lean: centre-left
        language: fr
        audience: national                # any user trait
      tass.ru:
        name: TASS
        country: RU
        owner: Russian state
        state_affiliated: true
        lean: pro-government
        language: ru

Quote country codes that YAML would read as booleans (``country: "NO"``). The top-level
``outlets:`` key may be omitted (a plain mapping of outlets). Standard traits are
``country``, ``owner``, ``state_affiliated``, ``lean`` and ``language``; any other key is kept as a
user trait and takes part in the coverage breakdown.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

from anyascii import anyascii

STANDARD_TRAITS = ("country", "owner", "state_affiliated", "lean", "language")
_RESERVED = {"name", "aliases", "domains", "url", "notes"}


def _norm(s: str) -> str:
    s = s.strip().casefold()
    s = re.sub(r"^https?://", "", s)
    s = re.sub(r"^www\.", "", s)
    return s.rstrip("/")


def _script_key(s: str) -> str:
    """A masthead in any script, romanised, letters and digits only: "Российский вестник",
    "Rossiyskiy Vestnik" and "ROSSIYSKIY-VESTNIK" meet (transliteration conventions differ in
    vowels and soft signs, so those are folded too)."""
    k = re.sub(r"[^a-z0-9]", "", anyascii(s).casefold())
    k = re.sub(r"(?<=[a-z])(iy|yi|ii|ij|yj|y|j)(?=[^aeiou]|$)", "i", k)
    return k if len(k) >= 4 else ""


@dataclass
class Outlet:
    key: str
    name: str
    traits: dict[str, Any] = field(default_factory=dict)
    aliases: list[str] = field(default_factory=list)
    domains: list[str] = field(default_factory=list)

    def trait(self, name: str) -> Any:
        return self.traits.get(name)


class OutletRegistry:
    """Outlets by key, name, alias or domain."""

    def __init__(self, outlets: list[Outlet] | None = None) -> None:
        self.outlets: list[Outlet] = list(outlets or [])
        self._index: dict[str, Outlet] = {}
        self._romanised: dict[str, Outlet] = {}
        for o in self.outlets:
            for k in [o.key, o.name, *o.aliases, *o.domains]:
                if k:
                    self._index.setdefault(_norm(str(k)), o)
            for k in [o.key, o.name, *o.aliases]:
                if k and _script_key(str(k)):
                    self._romanised.setdefault(_script_key(str(k)), o)

    def __len__(self) -> int:
        return len(self.outlets)

    def lookup(self, source: str | None, url: str | None = None) -> Outlet | None:
        """The outlet for an ``Article.source`` (name or domain) or an article URL."""
        for cand in (source, url):
            if not cand:
                continue
            k = _norm(str(cand))
            if k in self._index:
                return self._index[k]
            rk = _script_key(str(cand))
            if rk in self._romanised:
                return self._romanised[rk]
            try:
                host = urlparse(cand if "://" in cand else "http://" + cand).hostname or ""
            except ValueError:  # a name, not a URL: "Reuters [wire]" reads as a bad IPv6 host
                host = ""
            host = _norm(host)
            while host:
                if host in self._index:
                    return self._index[host]
                if "." not in host:
                    break
                host = host.split(".", 1)[1]
        return None

    def trait_names(self) -> list[str]:
        names = [t for t in STANDARD_TRAITS if any(t in o.traits for o in self.outlets)]
        for o in self.outlets:
            for t in o.traits:
                if t not in names:
                    names.append(t)
        return names

    def trait_values(self, trait: str) -> list[str]:
        vals: list[str] = []
        for o in self.outlets:
            if trait in o.traits:
                v = trait_str(o.traits[trait])
                if v not in vals:
                    vals.append(v)
        return vals


def trait_str(v: Any) -> str:
    if isinstance(v, bool):
        return "yes" if v else "no"
    if isinstance(v, (list, tuple)):
        return ", ".join(map(str, v))
    return str(v)


def parse_outlets(data: Any) -> OutletRegistry:
    """Registry from the parsed YAML structure (see the module docstring)."""
    if data is None:
        return OutletRegistry()
    if isinstance(data, dict) and isinstance(data.get("outlets"), (dict, list)):
        data = data["outlets"]
    items: list[tuple[str, dict[str, Any]]] = []
    if isinstance(data, dict):
        items = [(str(k), v or {}) for k, v in data.items()]
    elif isinstance(data, list):
        for v in data:
            if isinstance(v, dict):
                key = str(v.get("key") or v.get("domain") or v.get("name") or "")
                if key:
                    items.append((key, {k: x for k, x in v.items() if k not in ("key", "domain")}
                                  | ({"domains": [v["domain"]]} if v.get("domain") else {})))
    else:
        raise ValueError("sources.yaml: expected a mapping of outlets")
    outlets = []
    for key, v in items:
        if not isinstance(v, dict):
            raise ValueError(f"sources.yaml: outlet {key!r} must be a mapping of traits")
        aliases = v.get("aliases") or []
        domains = v.get("domains") or []
        if isinstance(aliases, str):
            aliases = [aliases]
        if isinstance(domains, str):
            domains = [domains]
        if "." in key and "/" not in key and " " not in key:
            domains = [key, *domains]
        traits = {k: x for k, x in v.items() if k not in _RESERVED}
        outlets.append(Outlet(key=key, name=str(v.get("name") or key), traits=traits,
                              aliases=[str(a) for a in aliases], domains=[str(d) for d in domains]))
    return OutletRegistry(outlets)


def load_outlets(path: str | Path | None) -> OutletRegistry:
    """Read a ``sources.yaml`` file; ``None`` gives an empty registry."""
    if path is None:
        return OutletRegistry()
    import yaml
    with open(path, encoding="utf-8") as fh:
        return parse_outlets(yaml.safe_load(fh))
