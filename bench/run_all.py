"""Run every benchmark script under bench/ in turn; each prints its own figures.

Usage: python bench/run_all.py [name ...]   (names without .py; default: all)
Evaluation corpora are read from ../shared/eval; outputs go to bench/out/ (gitignored).
"""
from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ORDER = ["ingest", "timex", "entities", "events", "timelines", "compare", "latency", "load"]


def main(argv: list[str]) -> int:
    names = argv or [n for n in ORDER if (HERE / f"{n}.py").exists()]
    failed = []
    for name in names:
        print(f"\n===== bench/{name}.py =====", flush=True)
        t = time.perf_counter()
        rc = subprocess.call([sys.executable, str(HERE / f"{name}.py")])
        print(f"----- {name}: exit {rc}, {time.perf_counter() - t:.0f}s", flush=True)
        if rc:
            failed.append(name)
    if failed:
        print("failed:", ", ".join(failed))
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
