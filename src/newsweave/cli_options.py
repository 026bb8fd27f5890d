"""CLI conventions shared by every command: flags shown without a value type in help, date
options validated as real dates, the legend of the symbols the tables print, and the Dask
cluster options of the commands that analyse."""
from __future__ import annotations

import contextlib
import datetime as dt
import re
from typing import Any, Iterator, Optional

import typer
from typer.core import TyperCommand, TyperGroup

INFERRED_MARK = "~"
LEGEND = f"{INFERRED_MARK} after a date: inferred by newsweave, not stated by the article (see `show`)"


class FlagHelp:
    """Typer's rich help prints a type after every option, ``<bool>`` for flags too, as if they
    took a value: flags (``--help``, ``--json``, ``--version``) show none."""

    def get_help_option(self, ctx):  # noqa: D401 - click hook
        opt = super().get_help_option(ctx)
        if opt is not None:
            opt.metavar = ""
        return opt


class FlagHelpCommand(FlagHelp, TyperCommand):
    pass


class FlagHelpGroup(FlagHelp, TyperGroup):
    pass


DATE_RE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


def date_option(value: Optional[str]) -> Optional[str]:
    """``--from`` / ``--to``: YYYY, YYYY-MM or YYYY-MM-DD, a real date (else a usage error)."""
    if value is None:
        return None
    m = DATE_RE.match(value.strip())
    try:
        if m is None:
            raise ValueError("expected YYYY, YYYY-MM or YYYY-MM-DD")
        dt.date(int(m.group(1)), int(m.group(2) or 1), int(m.group(3) or 1))
    except ValueError as exc:
        raise typer.BadParameter(f"{value!r} is not a date ({exc})") from None
    return value.strip()


@contextlib.contextmanager
def cluster_option(workers: int, scheduler: Optional[str], err: Any) -> Iterator[Any]:
    """``--workers N`` / ``--scheduler tcp://HOST:PORT``: the Dask cluster enrichment runs on
    (``newsweave.cluster``), closed afterwards; None when neither is given."""
    if workers and scheduler:
        raise typer.BadParameter("give --workers or --scheduler, not both")
    if not workers and not scheduler:
        yield None
        return
    try:
        from . import cluster as dask_cluster
        opened = dask_cluster.connect(scheduler) if scheduler else dask_cluster.LocalEnrichCluster(workers)
    except ImportError as exc:
        raise typer.BadParameter(f"Dask is not installed ({exc}); install newsweave[cluster]") from None
    where = scheduler or f"{workers} local worker process(es)"
    err.print(f"enrichment on Dask: {where}")
    with opened:
        yield opened
