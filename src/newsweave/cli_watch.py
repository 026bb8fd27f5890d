"""Commands of live intake and alerts: ``watch`` (poll feeds), ``feeds`` (their health),
``alerts`` (list, mark read) and ``watches`` (add, list, remove). ``newsweave.cli`` adds them to
its application; exit codes are the CLI's (0 ok, 2 usage, 3 some feeds failed, 5 not found)."""
from __future__ import annotations

import signal
import threading
import time
from datetime import datetime, timezone
from typing import Any, Optional

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from .alerts import KINDS, AlertEngine, AlertStore, WatchError
from .store import open_store
from .watch import CycleResult, WatchConfigError, Watcher, feed_health, load_feeds

EXIT_USAGE, EXIT_PARTIAL, EXIT_NOT_FOUND = 2, 3, 5

app = typer.Typer(add_completion=False, rich_markup_mode="rich")
watches_app = typer.Typer(help="Saved watches: what raises an alert.", no_args_is_help=True,
                          add_completion=False)
app.add_typer(watches_app, name="watches")
out = Console(highlight=False, soft_wrap=True)
err = Console(stderr=True, highlight=False)

DbOpt = typer.Option(None, "--db", help="SQLite database file or postgresql:// URL "
                     "(default: $NEWSWEAVE_DB or the per-user data dir).", show_default=False)
JsonOpt = typer.Option(False, "--json", help="Print JSON instead of a table.")


def _when(ts: Optional[float]) -> str:
    if not ts:
        return "-"
    return datetime.fromtimestamp(ts, timezone.utc).strftime("%Y-%m-%d %H:%M:%SZ")


def _config(path: str):
    try:
        return load_feeds(path)
    except WatchConfigError as exc:
        err.print(f"[bold red]error[/] {escape(str(exc))}")
        raise typer.Exit(EXIT_USAGE)


def _print_cycle(res: CycleResult) -> None:
    for p in res.polls:
        if p.status == "error":
            err.print(f"[bold red]feed error[/] {escape(p.feed)}: {escape(p.error or '')}")
        for prob in p.problems[:5]:
            err.print(f"[yellow]skipped item[/] {escape(prob)}")
    for f in res.failures:
        err.print(f"[bold red]failed[/] {escape(f)}")
    err.print(f"{_when(time.time())} {res.describe()}")


@app.command()
def watch(feeds_yaml: str = typer.Argument(..., help="feeds.yaml: feed URLs and folders, intervals, limits."),
          db: Optional[str] = DbOpt,
          once: bool = typer.Option(False, "--once", help="Poll every feed once (errors in backoff "
                                    "included) and exit; exit code 3 when a feed failed."),
          interval: Optional[float] = typer.Option(None, "--interval", min=1.0,
                                                   help="Seconds between polls of every feed "
                                                        "(overrides feeds.yaml)."),
          cycles: Optional[int] = typer.Option(None, "--cycles", min=1, help="Stop after this many cycles."),
          stages: Optional[str] = typer.Option(None, help="Comma-separated pipeline stages (default: all).")) -> None:
    """Poll RSS/Atom feeds and folders, analyse each poll's new items, raise alerts. Resumes where
    it stopped: no item is stored or alerted twice."""
    from .pipeline import ALL_STAGES, Pipeline, PipelineConfig  # heavy: only this command needs it
    from .stages import PipelineError

    cfg = _config(feeds_yaml)
    if interval is not None:
        cfg = cfg.with_interval(interval)
    repo = open_store(db)
    chosen = tuple(s.strip() for s in stages.split(",")) if stages else ALL_STAGES
    try:
        pipeline = Pipeline(repo, PipelineConfig(stages=chosen, prepare_reports=not stages))
    except PipelineError as exc:
        err.print(f"[bold red]error[/] {escape(str(exc))}")
        raise typer.Exit(EXIT_USAGE)
    watcher = Watcher(repo, cfg, pipeline=pipeline, alerts=AlertEngine(repo))
    stop = threading.Event()

    def _stop(signum: int, frame: Any) -> None:
        if stop.is_set():
            raise KeyboardInterrupt
        err.print("stopping after this cycle (again to stop now)")
        stop.set()

    old = {s: signal.signal(s, _stop) for s in (signal.SIGINT, signal.SIGTERM)}
    err.print(f"watching {len(cfg.feeds)} feed(s) → {repo.path}")
    failed = False

    def on_cycle(res: CycleResult) -> None:
        nonlocal failed
        failed = failed or bool(res.errors)
        _print_cycle(res)

    try:
        watcher.run(cycles=1 if once else cycles, stop=stop, on_cycle=on_cycle, force_first=once)
    finally:
        for s, h in old.items():
            signal.signal(s, h)
        watcher.close()
        pipeline.close()
    raise typer.Exit(EXIT_PARTIAL if once and failed else 0)


@app.command()
def feeds(feeds_yaml: Optional[str] = typer.Argument(None, help="feeds.yaml, to list feeds never polled too."),
          db: Optional[str] = DbOpt, as_json: bool = JsonOpt) -> None:
    """Feed health: status, last success, last error, items seen, next poll."""
    cfg = _config(feeds_yaml) if feeds_yaml else None
    rows = feed_health(open_store(db), cfg.feeds if cfg else ())
    if as_json:
        out.print_json(data=rows)
        return
    t = Table(title=f"{len(rows)} feed(s)")
    for col in ("feed", "status", "last success", "last error", "items", "polls", "next poll"):
        t.add_column(col, overflow="fold")
    for r in rows:
        status = "[red]error[/]" if r["status"] == "error" else r["status"]
        last_err = f"{_when(r['last_error_at'])} {escape(r['last_error'])}" if r["last_error"] else "-"
        t.add_row(escape(r["id"]), status, _when(r["last_success"]), last_err, str(r["items_seen"]),
                  str(r["polls"]), _when(r["next_due"]) if r["last_poll"] else "-")
    out.print(t)


@app.command()
def alerts(db: Optional[str] = DbOpt,
           unread: bool = typer.Option(False, "--unread", help="Only unread alerts."),
           watch_id: Optional[str] = typer.Option(None, "--watch", help="Only the alerts of this watch."),
           limit: int = typer.Option(50, help="Most alerts to list (0: all)."),
           read: list[str] = typer.Option([], "--read", help="Mark this alert read (repeatable)."),
           read_all: bool = typer.Option(False, "--read-all", help="Mark every alert read."),
           as_json: bool = JsonOpt) -> None:
    """List alerts (newest first) with the unread count, or mark them read."""
    store = AlertStore(open_store(db))
    if read or read_all:
        n = store.mark_read(read, every=read_all)
        err.print(f"{n} alert(s) marked read, {store.unread_count()} unread")
        if read and not n and not read_all:
            raise typer.Exit(EXIT_NOT_FOUND)
        return
    rows = store.alerts(unread_only=unread, watch=watch_id, limit=limit or None)
    if as_json:
        out.print_json(data={"unread": store.unread_count(), "alerts": rows})
        return
    t = Table(title=f"{store.unread_count()} unread alert(s)")
    for col in ("id", "", "when", "watch", "article", "title"):
        t.add_column(col, overflow="fold")
    for a in rows:
        t.add_row(a["id"], "" if a.get("read") else "•", _when(a.get("at")), escape(a.get("watch_label", "")),
                  str(a.get("article") or a.get("article_id") or "-"), escape(str(a.get("title") or "")))
    out.print(t)


@watches_app.command("add")
def watches_add(kind: str = typer.Argument(..., help="entity, query, story or conflict"),
                target: str = typer.Argument(..., help="A name in any spelling, a search query, or an "
                                             "event/story id."),
                webhook: Optional[str] = typer.Option(None, help="POST each alert to this URL "
                                                      "(bearer token from $NEWSWEAVE_WEBHOOK_TOKEN)."),
                db: Optional[str] = DbOpt) -> None:
    """Save a watch. A conflict watch alerts on conflicts that appear after it was saved."""
    if kind not in KINDS:
        err.print(f"kind must be one of {', '.join(KINDS)}")
        raise typer.Exit(EXIT_USAGE)
    try:
        w = AlertEngine(open_store(db)).add_watch(kind, target, webhook=webhook)  # type: ignore[arg-type]
    except WatchError as exc:
        err.print(f"[bold red]error[/] {escape(str(exc))}")
        raise typer.Exit(EXIT_NOT_FOUND if "no event or story" in str(exc) else EXIT_USAGE)
    out.print(f"{w.id} {escape(w.label)}" + (f" (entity {w.entity})" if w.entity else ""))


@watches_app.command("list")
def watches_list(db: Optional[str] = DbOpt, as_json: bool = JsonOpt) -> None:
    """The saved watches."""
    store = AlertStore(open_store(db))
    ws = store.watches()
    if as_json:
        out.print_json(data=[w.to_json() for w in ws])
        return
    t = Table(title=f"{len(ws)} watch(es)")
    for col in ("id", "kind", "target", "since", "webhook"):
        t.add_column(col, overflow="fold")
    for w in ws:
        t.add_row(w.id, w.kind, escape(w.target), _when(w.created), escape(w.webhook or "-"))
    out.print(t)


@watches_app.command("remove")
def watches_remove(watch_id: str, db: Optional[str] = DbOpt) -> None:
    """Forget a watch and its alerts."""
    if not AlertStore(open_store(db)).remove_watch(watch_id):
        err.print(f"no watch {escape(watch_id)}")
        raise typer.Exit(EXIT_NOT_FOUND)
    err.print(f"watch {escape(watch_id)} removed")
