"""`newsweave demo`: analyse the bundled corpus (and ../shared/seeds when present), then show it."""
from __future__ import annotations

from pathlib import Path
from typing import Optional

from rich.console import Console
from rich.markup import escape
from rich.table import Table

from . import queries as Q
from .ingest import read_paths
from .pipeline import analyze_corpus
from .progress import stage_progress
from .store import ArticleFilter, SQLiteRepository, default_db_path

DEMO_DIR = Path(__file__).parent / "demo_corpus"


def find_seeds(explicit: Optional[Path]) -> Optional[Path]:
    """The seeds folder: the one given, else ``shared/seeds`` beside the repository or the cwd."""
    if explicit is not None:
        return explicit if explicit.exists() else None
    for base in (Path.cwd(), Path(__file__).resolve().parents[2]):
        cand = base.parent / "shared" / "seeds"
        if cand.is_dir():
            return cand
    return None


def run_demo(db: Optional[Path], seeds: Optional[Path], out: Console, err: Console) -> int:
    if db is None:
        db = default_db_path().with_name("demo.db")
    db = Path(db)
    for suffix in ("", "-wal", "-shm"):  # the demo always starts from a fresh database
        Path(str(db) + suffix).unlink(missing_ok=True)
    repo = SQLiteRepository(db)
    repo.set_state("sources_yaml", str(DEMO_DIR / "sources.yaml"))
    rejected: list[tuple[str, str]] = []
    inputs = [str(DEMO_DIR / "articles")]
    seed_dir = find_seeds(seeds)
    if seed_dir is not None:
        inputs.append(str(seed_dir))
    articles = list(read_paths(inputs, lambda o, r: rejected.append((o, r))))
    for origin, reason in rejected:
        err.print(f"[red]rejected[/] {escape(origin)}: {escape(reason)}")
    err.print(f"Analysing {len(articles)} articles from {', '.join(inputs)} …")
    with stage_progress(err) as prog:
        res = analyze_corpus(repo, articles, progress=prog)
    show_summary(repo, out)
    timing = ", ".join(f"{k} {v:.1f}s" for k, v in res.timings.items())
    out.print(f"\n[dim]stage times: {timing}[/]")
    out.print(f"\nDatabase: {db}")
    out.print("Next steps:\n"
              f"  .venv/bin/newsweave stories --db {db}\n"
              f"  .venv/bin/newsweave report <EVENT-ID> --db {db}\n"
              f"  .venv/bin/newsweave serve --db {db}   then open http://127.0.0.1:8000/")
    return 3 if rejected else 0


def show_summary(repo: SQLiteRepository, out: Console) -> None:
    """Per story, a table of its events: date, articles, outlets, conflicts found, title."""
    if not out.is_terminal:  # piped or under make: a log-friendly width instead of 80 columns
        out.width = max(out.width, 140)
    n = repo.count_articles()
    langs = sorted({a.lang for a in repo.iter_articles(with_layers=False) if a.lang})
    out.print(f"\n[bold]{n} articles[/] in {len(langs)} languages ({', '.join(langs)}), "
              f"{len(repo.list_events())} events, {len(repo.list_stories())} stories, "
              f"{len(repo.list_entities())} entities\n")
    reports = Q.ReportCache(sources_yaml=repo.get_state("sources_yaml"))
    for st in repo.list_stories():
        evs = Q.events_by_date(repo, story=st.id)
        counts = {r["id"]: r for r in Q.event_rows(repo, evs, ArticleFilter(story=st.id))}
        out.print(f"[bold cyan]Story {st.id}[/] {escape(st.title)}")
        t = Table(show_header=True, header_style="bold", box=None, pad_edge=False)
        for col in ("event", "date", "articles", "sources", "conflicts"):
            t.add_column(col, no_wrap=True)
        t.add_column("title", no_wrap=True, overflow="ellipsis", max_width=72)
        for ev in evs:
            rep = reports.get(repo, ev.id)
            t.add_row(ev.id, (ev.date or {}).get("value", "?"), str(counts[ev.id]["n_articles"]),
                      str(counts[ev.id]["n_sources"]), str(Q.conflict_count(rep)), escape(ev.title[:90]))
        out.print(t)
        out.print()
    dups = [a for a in repo.iter_articles(with_layers=False) if a.duplicate_of]
    if dups:
        out.print("[bold]Duplicates[/]: " + escape(", ".join(f"{a.id} → {a.duplicate_of}" for a in dups)))
