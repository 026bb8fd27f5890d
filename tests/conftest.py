"""Shared pytest fixtures. Each helper's fixtures carry a specific prefix."""
from __future__ import annotations

import os
import socket
import sys
import threading
import time
from contextlib import contextmanager
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

# ----------------------------------------------------------------------------- web / API (web_*)

WEB_TOKEN = "test-write-token-7f3a"
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]
SCREENSHOTS = Path(__file__).resolve().parents[1] / "test-artifacts" / "screenshots"


@pytest.fixture(scope="session")
def web_db(tmp_path_factory) -> tuple[str, dict[str, int]]:
    """A store filled by hand (known layers, events, stories, entities, hostile strings):
    (path, ext id → row id)."""
    from newsweave.store import open_store
    from webtest_corpus import build_hand_db
    path = str(tmp_path_factory.mktemp("webdb") / "hand.db")
    repo = open_store(path)
    ids = build_hand_db(repo)
    repo.close()
    return path, ids


@pytest.fixture(scope="session")
def web_client(web_db):
    from fastapi.testclient import TestClient
    from newsweave.api import create_app
    with TestClient(create_app(web_db[0], token=WEB_TOKEN, report_budget=0)) as c:
        yield c


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def web_start_server(app):
    """Run ``app`` with uvicorn in a daemon thread on a free loopback port → (url, server, thread)."""
    import uvicorn
    port = _free_port()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning",
                                           lifespan="off"))
    th = threading.Thread(target=server.run, daemon=True)
    th.start()
    deadline = time.time() + 20
    while not server.started:
        if time.time() > deadline or not th.is_alive():
            raise RuntimeError("uvicorn did not start")
        time.sleep(0.02)
    return f"http://127.0.0.1:{port}", server, th


@pytest.fixture(scope="session")
def web_server(web_db):
    """The hand-made store served over HTTP on loopback (write token WEB_TOKEN)."""
    from newsweave.api import create_app
    app = create_app(web_db[0], token=WEB_TOKEN, warm_reports=True)
    warmer = getattr(app.state.reports, "_warmer", None)
    if warmer is not None:
        warmer.join(120)  # conflict counts on list pages come from the reports built here
    url, server, th = web_start_server(app)
    yield url
    server.should_exit = True
    th.join(10)


@pytest.fixture(scope="session")
def web_browser(tmp_path_factory):
    """Debian's Chromium driven by Playwright (never a downloaded browser); a fresh profile."""
    if not os.path.exists(CHROMIUM):
        pytest.skip(f"{CHROMIUM} missing (make browser installs it)")
    from playwright.sync_api import sync_playwright
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    pw = sync_playwright().start()
    ctx = pw.chromium.launch_persistent_context(
        str(tmp_path_factory.mktemp("chromium-profile")), executable_path=CHROMIUM, headless=True,
        args=CHROMIUM_ARGS, viewport={"width": 1366, "height": 900}, locale="en-US")
    yield ctx
    ctx.close()
    pw.stop()


@pytest.fixture(scope="session")
def desk_volume_db(tmp_path_factory):
    """A generated store of 1,000 events (``bench/desk_volume.py``), built once per session for
    the desk's timing and browser tests: (database path, the ids the generator reports)."""
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
    from desk_volume import build_volume_db

    from newsweave.store import open_store
    db = str(tmp_path_factory.mktemp("desk") / "volume.db")
    repo = open_store(db)
    ids = build_volume_db(repo, 1000)
    repo.close()
    return db, ids


@contextmanager
def reports_held(reports):
    """Report builds started inside the block wait until it ends: a page that would show its
    report if the build were quick shows its pending form whatever the machine's speed."""
    gate = threading.Event()
    build = reports.get

    def held_build(repo, ident, progress=None):
        gate.wait(60)
        return build(repo, ident, progress)

    reports.get = held_build
    try:
        yield
    finally:
        gate.set()
        del reports.get


@pytest.fixture
def feed_server():
    """A local HTTP server of feeds and pages (tests/watchtest_server.py), closed after the test."""
    from watchtest_server import FeedServer
    s = FeedServer()
    yield s
    s.close()
