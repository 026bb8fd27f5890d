"""Rich progress bars on stderr for long commands (``ingest``, ``analyze``, ``demo``): one bar per
pipeline stage, none when stderr is not a terminal or ``$NEWSWEAVE_NO_PROGRESS`` is set."""
from __future__ import annotations

import os
import sys
from contextlib import contextmanager
from typing import Callable, Iterator

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

ProgressFn = Callable[[str, int, int], None]  # (stage, done, total)


def quiet() -> bool:
    return not sys.stderr.isatty() or bool(os.environ.get("NEWSWEAVE_NO_PROGRESS"))


@contextmanager
def stage_progress(console: Console, enabled: bool = True) -> Iterator[ProgressFn]:
    """A ``progress(stage, done, total)`` callback for ``analyze_corpus``, drawing on ``console``."""
    if not enabled or quiet():
        yield lambda stage, done, total: None
        return
    bars = Progress(TextColumn("{task.description:<9}"), BarColumn(), MofNCompleteColumn(),
                    TimeElapsedColumn(), console=console, transient=False)
    tasks: dict[str, int] = {}

    def update(stage: str, done: int, total: int) -> None:
        if stage not in tasks:
            tasks[stage] = bars.add_task(stage, total=max(total, 1))
        bars.update(tasks[stage], completed=done, total=max(total, 1))

    with bars:
        yield update
