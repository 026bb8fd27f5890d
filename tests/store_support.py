"""A writer process killed in the middle of its batches, for the SQLite and PostgreSQL stores."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time

BATCH = 20  # articles per transaction of the killed writer


def kill_writer_mid_batches(open_repo: str) -> None:
    """Run a process that opens a store with the statement ``open_repo`` (it binds ``repo``) and
    adds articles ``k0``, ``k1``, … in transactions of :data:`BATCH`; kill it with SIGKILL once
    three batches are committed."""
    script = textwrap.dedent("""
        import time
        from newsweave.model import Article
        {open_repo}
        for b in range(1000):
            with repo.transaction():
                for i in range({batch}):
                    n = b * {batch} + i
                    repo.add_article(Article(id=f"k{{n}}", text=f"text {{n}} " * 50))
            if b == 2:
                print("ready", flush=True)
            time.sleep(0.005)
    """).format(open_repo=open_repo, batch=BATCH)
    proc = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True)
    try:
        assert proc.stdout.readline().strip() == "ready"
        time.sleep(0.1)
    finally:
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
