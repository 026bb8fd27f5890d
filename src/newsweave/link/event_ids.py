"""Event and story ids (``E000001``, ``S000001``): allocated from counters that only grow, so an id
is never reused, even for an event that was merged away. The counters are part of the linker's
state; :mod:`.event_persistence` restores them from the store and writes back those that moved."""
from __future__ import annotations

PREFIX = {"event": "E", "story": "S"}


class IdAllocator:
    """Next ids per kind (``event``, ``story``), starting from the given counters (default 1)."""

    def __init__(self, counters: dict[str, int] | None = None) -> None:
        self.counters = {kind: 1 for kind in PREFIX}
        self.counters.update({k: int(v or 1) for k, v in (counters or {}).items()})
        self.moved: set[str] = set()  # kinds allocated since the last :meth:`take_moved`

    def next(self, kind: str) -> str:
        n = self.counters[kind]
        self.counters[kind] = n + 1
        self.moved.add(kind)
        return f"{PREFIX[kind]}{n:06d}"

    def take_moved(self) -> dict[str, int]:
        """The counters allocated from since the last call (kind → next number), to be saved."""
        out = {k: self.counters[k] for k in sorted(self.moved)}
        self.moved.clear()
        return out


def id_number(cluster_id: str) -> int:
    """The number of an id (``E000042`` → 42; 0 for ids that are not numbered)."""
    try:
        return int(cluster_id[1:])
    except ValueError:
        return 0
