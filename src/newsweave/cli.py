"""Command-line interface: a thin shell over the pipeline, the store and the reports.

Exit codes: 0 success; 1 internal error; 2 usage error (a bad option value: dates, limits, an empty
search); 3 some inputs were rejected or failed (the rest was processed); 4 nothing could be
processed; 5 the requested item does not exist (an article, event, story or entity, or the database
of a read command: read commands never create one).

Symbols in the output: a date followed by ``~`` was inferred by newsweave (the article does not
state it; ``show`` prints the evidence and confidence); ``-`` is an empty field.
"""
from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import Any, Optional

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from . import __version__
from . import queries as Q
from .api.app import serve as run_server
from .cli_options import (INFERRED_MARK, LEGEND, FlagHelpCommand, FlagHelpGroup, cluster_option,
                          date_option)
from .cli_watch import app as watch_app
from .demo import run_demo
from .ingest import read_paths
from .link.events import EventClusterer
from .model import Article
from .pipeline import ALL_STAGES, PipelineConfig, analyze_corpus, article_record
from .progress import stage_progress
from .stages import PipelineError
from .store import ArticleFilter, SQLiteRepository, StoreNotFound, default_db_path, open_store

EXIT_OK, EXIT_ERROR, EXIT_USAGE, EXIT_PARTIAL, EXIT_NOTHING, EXIT_NOT_FOUND = 0, 1, 2, 3, 4, 5

app = typer.Typer(help="newsweave: multilingual news articles into verified stories.",
                  no_args_is_help=True, add_completion=False, rich_markup_mode="rich", cls=FlagHelpGroup,
                  epilog="Exit codes: 0 success · 1 internal error · 2 usage error · 3 some inputs "
                         "rejected · 4 nothing could be processed · 5 the requested item (or a read "
                         "command's database) does not exist. A date followed by ~ was inferred, "
                         "not stated by the article.")
_command = app.command


def command(*args: Any, **kwargs: Any):
    return _command(*args, cls=FlagHelpCommand, **kwargs)


app.command = command  # every command below gets the flag-help class
app.add_typer(watch_app)  # watch, feeds, alerts, watches (cli_watch.py)
out = Console(highlight=False, soft_wrap=True)
err = Console(stderr=True, highlight=False)

DbOpt = typer.Option(None, "--db", help="SQLite database file (default: $NEWSWEAVE_DB or the per-user data dir).",
                     show_default=False)
JsonOpt = typer.Option(False, "--json", help="Print JSON instead of a table.", metavar="")
def _version(value: bool) -> None:
    if value:
        out.print(f"newsweave {__version__}")
        raise typer.Exit(EXIT_OK)


@app.callback()
def _main(version: bool = typer.Option(False, "--version", help="Print the version and exit.",
                                       metavar="", callback=_version, is_eager=True)) -> None:
    """The options of every command."""


def _open(db: Optional[str]) -> SQLiteRepository:
    """The store named by --db (created when missing): a SQLite file, or a postgresql:// URL."""
    return open_store(db)


def _read(db: Optional[str]) -> SQLiteRepository:
    """The store of a read command: it must exist (nothing is created); else exit 5."""
    try:
        return open_store(db, create=False)
    except StoreNotFound:
        where = db if db is not None else default_db_path()
        err.print(f"no database at {escape(str(where))} (read commands never create one; "
                  "`newsweave ingest` makes it)")
        raise typer.Exit(EXIT_NOT_FOUND)


def _read_inputs(paths: list[str], follow_links: bool = False) -> tuple[list[Article], list[tuple[str, str]]]:
    rejected: list[tuple[str, str]] = []

    def on_error(origin: str, reason: str) -> None:
        rejected.append((origin, reason))
        err.print(f"[bold red]rejected[/] {escape(origin)}: {escape(reason)}")

    def on_skip(origin: str, reason: str) -> None:  # hidden entries, links, special files
        err.print(f"[yellow]skipped[/] {escape(origin)}: {escape(reason)}")

    articles = list(read_paths(paths, on_error, follow_links=follow_links, on_skip=on_skip))
    return articles, rejected


FollowOpt = typer.Option(False, "--follow-links", help="Follow symbolic links that lead out of the given folders.",
                         metavar="")


WorkersOpt = typer.Option(0, "--workers", min=0, help="Run enrichment on a local Dask cluster of this "
                         "many worker processes (0: in this process).")
SchedulerOpt = typer.Option(None, "--scheduler", help="Run enrichment on the Dask scheduler at "
                            "tcp://HOST:PORT.")


def _run_pipeline(repo: SQLiteRepository, articles: list[Article], stages: Optional[str] = None,
                  cluster: Optional[Any] = None, prepare: bool = True):
    # a store that is kept gets the claims of its reports ready (all stages only: claims read them)
    cfg = PipelineConfig(stages=tuple(s.strip() for s in stages.split(",")) if stages else ALL_STAGES,
                         prepare_reports=prepare and not stages)
    unknown = set(cfg.stages) - set(ALL_STAGES)
    if unknown:
        err.print(f"unknown stage(s): {', '.join(sorted(unknown))}; known: {', '.join(ALL_STAGES)}")
        raise typer.Exit(EXIT_USAGE)
    try:
        with stage_progress(err) as prog:
            res = analyze_corpus(repo, articles, progress=prog, config=cfg,
                                 enricher=cluster.enricher() if cluster else None)
    except PipelineError as exc:
        err.print(f"[bold red]error[/] {escape(str(exc))}")
        raise typer.Exit(EXIT_USAGE)
    for failure in res.errors:  # one article's component failed: recorded on it, the batch went on
        err.print(f"[bold red]failed[/] {escape(failure.describe())}")
    return res


def _exit_for(rejected: list, processed: int, failed: int = 0) -> int:
    if processed == 0 and rejected:
        return EXIT_NOTHING
    return EXIT_PARTIAL if rejected or failed else EXIT_OK


# ---------------------------------------------------------------------------------- commands
@app.command()
def ingest(paths: list[str] = typer.Argument(..., help="Files, folders (recursive) or - for stdin."),
           db: Optional[str] = DbOpt,
           stages: Optional[str] = typer.Option(None, help="Comma-separated stages to run (default: all)."),
           follow_links: bool = FollowOpt,
           workers: int = WorkersOpt, scheduler: Optional[str] = SchedulerOpt,
           sources: Optional[Path] = typer.Option(None, "--sources", exists=True, dir_okay=False,
                                                  help="sources.yaml of the outlets, recorded with the database: "
                                                       "articles that name no outlet get the one their masthead names, "
                                                       "and reports profile outlets with it.")) -> None:
    """Read articles (text, HTML, JSON Lines, RSS/Atom), analyse them and store them."""
    articles, rejected = _read_inputs(paths, follow_links)
    repo = _open(db)
    if sources is not None:
        repo.set_state("sources_yaml", str(sources.resolve()))
    with cluster_option(workers, scheduler, err) as cluster:
        res = _run_pipeline(repo, articles, stages, cluster) if articles else None
    created = res.created if res else 0
    reused = res.reused if res else 0
    failed = len(res.errors) if res else 0
    err.print(f"{len(articles)} article(s) read, {created} new, {reused} already stored, "
              f"{len(rejected)} input(s) rejected, {failed} analysis failure(s) → {repo.path}")
    raise typer.Exit(_exit_for(rejected, len(articles), failed))


@app.command()
def analyze(paths: list[str] = typer.Argument(..., help="Files, folders (recursive) or - for stdin."),
            db: Optional[str] = typer.Option(None, "--db", help="Keep results in this SQLite file "
                                              "(default: a throwaway in-memory database)."),
            out_path: str = typer.Option("-", "--out", help="Output JSON Lines file, or - for stdout."),
            stages: Optional[str] = typer.Option(None, help="Comma-separated stages to run (default: all)."),
            follow_links: bool = FollowOpt,
            workers: int = WorkersOpt, scheduler: Optional[str] = SchedulerOpt,
            aliases: Optional[str] = typer.Option(None, "--aliases", help="Entity merges/splits file "
                                                  "(default: aliases.yaml beside the database).")) -> None:
    """Analyse all inputs as one corpus; write one JSON record per input article, in input order."""
    if aliases is not None:
        os.environ["NEWSWEAVE_ALIASES"] = aliases  # read by the entity resolver
    articles, rejected = _read_inputs(paths, follow_links)
    repo = open_store(db) if db is not None else SQLiteRepository(":memory:")
    with cluster_option(workers, scheduler, err) as cluster:
        res = _run_pipeline(repo, articles, stages, cluster, prepare=db is not None) if articles else None
    records = [article_record(a) for a in (res.articles if res else [])]
    fh = sys.stdout if out_path == "-" else open(out_path, "w", encoding="utf-8")
    try:
        for r in records:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    finally:
        if fh is not sys.stdout:
            fh.close()
    if out_path != "-":
        err.print(f"{len(records)} record(s) → {out_path}")
    raise typer.Exit(_exit_for(rejected, len(articles), len(res.errors) if res else 0))


@app.command("articles")
def list_articles(db: Optional[str] = DbOpt, lang: Optional[str] = None, source: Optional[str] = None,
                  event: Optional[str] = None, story: Optional[str] = None,
                  date_from: Optional[str] = typer.Option(None, "--from", help="YYYY[-MM[-DD]], a real date.",
                                                          callback=date_option),
                  date_to: Optional[str] = typer.Option(None, "--to", help="YYYY[-MM[-DD]], a real date.",
                                                        callback=date_option),
                  limit: int = typer.Option(50, min=0, help="Most articles to list."),
                  offset: int = typer.Option(0, min=0, help="Articles to skip first."),
                  as_json: bool = JsonOpt) -> None:
    """List stored articles (a date followed by ~ was inferred, not stated by the article)."""
    repo = _read(db)
    flt = ArticleFilter(lang=lang, source=source, event=event, story=story, date_from=date_from, date_to=date_to)
    total, rows = Q.list_articles(repo, flt, limit=limit, offset=offset)
    if as_json:
        out.print_json(data=[_cli_ids(Q.article_brief(a)) for a in rows])
        return
    t = Table(title=f"{total} article(s)", show_lines=False, caption=_legend(rows))
    for col in ("#", "id", "lang", "date", "source", "event", "title"):
        t.add_column(col, overflow="fold")
    for a in rows:
        t.add_row(str(a.db_id), escape(a.id), a.lang or "", _date_str(a), escape(a.source or ""),
                  a.event or "", escape((a.title or a.text[:60]).strip()))
    out.print(t)


@app.command()
def show(article_id: str = typer.Argument(..., help="Row number or article id."),
         db: Optional[str] = DbOpt, as_json: bool = JsonOpt) -> None:
    """Show one article with everything newsweave found in it (an inferred date is marked ~)."""
    repo = _read(db)
    a = repo.get_article(article_id)
    if a is None:
        err.print(f"no article {escape(article_id)!s} in {repo.path}")
        raise typer.Exit(EXIT_NOT_FOUND)
    if as_json:
        out.print_json(data=_cli_ids(Q.article_full(repo, a)))
        return
    out.print(f"[bold]{escape(a.title or a.id)}[/]")
    out.print(f"id {escape(a.id)} · row {a.db_id} · lang {a.lang} · date {_date_str(a)} · "
              f"source {escape(a.source or '-')} · url {escape(a.url or '-')}")
    if a.byline:
        out.print(f"byline {escape(a.byline)} · agencies {', '.join(a.agencies) or '-'}")
    if a.date and a.date.source == "inferred":
        out.print(f"{INFERRED_MARK} date inferred (confidence {a.date.confidence or 0:.2f}): "
                  f"{escape(a.date.evidence or '-')}")
    out.print(f"event {a.event or '-'} · story {a.story or '-'} · duplicate of {a.duplicate_of or '-'}")
    if a.entities:
        names = sorted({m.name or m.text for m in a.entities})
        out.print("entities: " + escape(", ".join(names)))
    if a.timexes:
        out.print("dates: " + escape("; ".join(f"{t.text} → {t.value}" + (f" ({t.attrs['role']})"
                                                if t.attrs.get("role") else "") for t in a.timexes)))
    for q in a.quotes:
        out.print(f"quote ({q.kind}) {escape(q.speaker or '?')}: {escape(a.text[q.start:q.end][:160])}")
    for at in a.attributions:
        out.print(f"attribution: {escape(at.source)} ({at.kind})")
    for e in a.errors:
        out.print(f"[bold red]analysis failed[/] {escape(e.describe())}")
    out.rule()
    out.print(escape(_visible_text(a)))


@app.command()
def events(db: Optional[str] = DbOpt, story: Optional[str] = None, as_json: bool = JsonOpt) -> None:
    """List events (articles reporting the same happening)."""
    evs = Q.events_by_date(_read(db), story=story)
    if as_json:
        out.print_json(data=[_event_json(Q.event_brief(e)) for e in evs])
        return
    t = Table(title=f"{len(evs)} event(s)")
    for col in ("event", "date", "story", "articles", "title"):
        t.add_column(col, overflow="fold")
    for e in evs:
        t.add_row(e.id, (e.date or {}).get("value", "") or "", e.story or "", str(e.size), escape(e.title))
    out.print(t)


@app.command()
def stories(db: Optional[str] = DbOpt, as_json: bool = JsonOpt) -> None:
    """List storylines (events linked over time); "?" stands for an event without a date."""
    repo = _read(db)
    data = [{"id": s.id, "title": s.title,
             "events": [_event_json(Q.event_brief(e)) for e in Q.events_by_date(repo, story=s.id)], **s.meta}
            for s in repo.list_stories()]
    if as_json:
        out.print_json(data=data)
        return
    for s in data:
        out.print(f"[bold]{s['id']}[/] {escape(s['title'])}")
        for e in s["events"]:
            out.print(f"   {e['id']}  {(e['date'] or {}).get('value', '?'):<10}  {e['size']:>3} art.  "
                      f"{escape(e['title'])}")


@app.command("event")
def event_cmd(event_id: str, db: Optional[str] = DbOpt, as_json: bool = JsonOpt) -> None:
    """One event: its articles, dates, sources, top entities and id history (~: inferred date)."""
    repo = _read(db)
    page = Q.event_page(repo, event_id)
    if page is None:
        err.print(f"no event {escape(event_id)}")
        raise typer.Exit(EXIT_NOT_FOUND)
    arts = page["articles"]
    data = {**_event_json(page["event"]),
            "articles": [_cli_ids(Q.article_brief(a)) for a in arts],
            "sources": sorted({a.source for a in arts if a.source}),
            "top_entities": [{"entity": e["id"], "name": e["name"], "type": e["type"], "mentions": e["mentions"]}
                             for e in Q.top_entities(arts, 12, linked_only=True)],
            "history": repo.cluster_log(event_id)}
    if as_json:
        out.print_json(data=data)
        return
    ev = page["event"]
    out.print(f"[bold]{ev['id']}[/] {escape(ev['title'])}")
    out.print(f"date {(ev['date'] or {}).get('value', '?')} · story {ev['story'] or '-'} · {len(arts)} article(s) · "
              f"sources: {escape(', '.join(data['sources']) or '-')}")
    out.print("who: " + escape(", ".join(f"{e['name']} ({e['mentions']})" for e in data["top_entities"])))
    t = Table(caption=_legend(arts))
    for col in ("id", "lang", "date", "source", "title"):
        t.add_column(col, overflow="fold")
    for a in arts:
        t.add_row(escape(a.id), a.lang or "", _date_str(a), escape(a.source or ""), escape(a.title or ""))
    out.print(t)


@app.command()
def entity(name: str = typer.Argument(..., help="A name in any spelling or script, or an entity id."),
           db: Optional[str] = DbOpt, as_json: bool = JsonOpt) -> None:
    """An entity page: canonical name, variants, roles seen, articles and events."""
    repo = _read(db)
    ent = Q.resolve_entity(repo, name)
    if ent is None:
        err.print(f"no entity matches {escape(name)}")
        raise typer.Exit(EXIT_NOT_FOUND)
    page = Q.entity_profile(repo, ent.id)
    if as_json:
        out.print_json(data=page)
        return
    out.print(f"[bold]{escape(str(page['name']))}[/] ({page['type']}) · id {page['id']}")
    out.print("variants: " + escape(", ".join(page["variants"])))
    out.print("roles: " + escape(", ".join(page["roles"]) or "-"))
    out.print("events: " + escape(", ".join(str(e) for e in page["events"]) or "-"))
    t = Table(title="articles")
    for col in ("id", "date", "lang", "event", "mentions", "title"):
        t.add_column(col, overflow="fold")
    for a in page["articles"]:
        t.add_row(escape(str(a["id"])), a["date"] or "-", a["lang"] or "", a["event"] or "",
                  str(a["mentions"]), escape(a["title"] or ""))
    out.print(t)


@app.command()
def report(target: str = typer.Argument(..., help="An event id or a story id."),
           db: Optional[str] = DbOpt,
           fmt: str = typer.Option("md", "--format", help="md, json or html"),
           out_path: str = typer.Option("-", "--out", help="Output file, or - for stdout."),
           sources: Optional[Path] = typer.Option(None, "--sources", help="sources.yaml with outlet traits.")) -> None:
    """A briefing for an event or story: what happened, timeline, who says what, agreements,
    unique claims, conflicts, framing, coverage by outlet trait."""
    if fmt not in Q.REPORT_FORMATS:
        err.print("--format must be md, json or html")
        raise typer.Exit(EXIT_USAGE)
    repo = _read(db)
    subject = Q.resolve_subject(repo, target, kinds=("event", "story"))
    if subject is None:
        err.print(f"no event or story {escape(target)}")
        raise typer.Exit(EXIT_NOT_FOUND)
    reports = Q.ReportCache(size=1, sources_yaml=str(sources) if sources else Q.stored_sources(repo))
    with stage_progress(err) as prog:  # claims, alignment, conflicts, framing: one bar on stderr
        rep = reports.get(repo, subject.id, progress=lambda step, done, total: prog("report", done, total))
    text = Q.render_report(rep, fmt)
    if out_path == "-":
        sys.stdout.write(text if text.endswith("\n") else text + "\n")
    else:
        Path(out_path).write_text(text, encoding="utf-8")
        err.print(f"report → {out_path}")


@app.command()
def timeline(target: str = typer.Argument(..., help="A story, event or entity id."),
             db: Optional[str] = DbOpt, as_json: bool = JsonOpt,
             max_points: int = typer.Option(40, min=0, help="Most dated points to show (0: every point)."),
             lang: Optional[str] = typer.Option(None, help="Describe each point from a source in this language when one exists.")) -> None:
    """Dated points in order, each citing its articles (happened vs published)."""
    repo = _read(db)
    subject = Q.resolve_subject(repo, target)
    if subject is None:
        err.print(f"nothing found for {escape(target)}")
        raise typer.Exit(EXIT_NOT_FOUND)
    doc = Q.timeline_document(repo, subject, max_points=max_points or None, max_articles=None,
                              lang=lang)
    if as_json:
        out.print_json(data=doc)
        return
    for p in doc["timeline"]:
        out.print(f"{p['date']!s:<12} {p['kind']:<9} {escape(str(p['description'])[:120])}")


@app.command()
def search(query: str, db: Optional[str] = DbOpt,
           limit: int = typer.Option(20, min=1, help="Most hits to list."), as_json: bool = JsonOpt,
           lang: Optional[str] = None, source: Optional[str] = None,
           since: Optional[str] = typer.Option(None, help="YYYY[-MM[-DD]], a real date.", callback=date_option),
           until: Optional[str] = typer.Option(None, help="YYYY[-MM[-DD]], a real date.", callback=date_option),
           event: Optional[str] = None, story: Optional[str] = None,
           entity: Optional[str] = None) -> None:
    """Search titles and texts: any spelling, script or inflected form of an entity's name finds
    its articles ([...] marks the matched words)."""
    if not query.strip():
        err.print("search needs words to look for (an empty query matches nothing)")
        raise typer.Exit(EXIT_USAGE)
    flt = ArticleFilter(lang=lang, source=source, date_from=since, date_to=until, event=event,
                        story=story, entity=entity)
    rows = [{"row": h["id"], "id": h["ext_id"], "title": h["title"], "lang": h["lang"],
             "date": (h["date"] or {}).get("value"), "source": h["source"], "event": h["event"],
             "snippet": Q.marked_snippet(h["snippet"], "[", "]")}
            for h in Q.fts_search(_read(db), query, limit=limit, flt=flt)]
    if as_json:
        out.print_json(data=rows)
        return
    for r in rows:
        out.print(f"{r['row']:>5} {escape(r['id'])} {r['lang'] or '-'} {r['date'] or '-'} "
                  f"{escape(r['source'] or '-')} [{r['event'] or '-'}] {escape(r['snippet'])}")


@app.command()
def recluster(db: Optional[str] = DbOpt) -> None:
    """Re-cluster every stored article into events and stories (after a model or parameter change).
    Ids are kept where membership mostly persists; every change is logged. Running it twice
    changes nothing the second time."""
    repo = _read(db)
    EventClusterer(repo).recluster()
    err.print(f"{len(repo.list_events())} event(s), {len(repo.list_stories())} story(ies)")


@app.command()
def serve(db: Optional[str] = DbOpt, host: str = "127.0.0.1", port: int = 8000,
          sources: Optional[Path] = typer.Option(None, "--sources", help="sources.yaml with outlet traits "
                                                 "(default: $NEWSWEAVE_SOURCES, or the one recorded in the database).")) -> None:
    """Start the web UI and REST API (write endpoints need $NEWSWEAVE_TOKEN)."""
    path = str(db if db is not None else default_db_path())
    repo = _read(path)  # the UI reads an existing database (exit 5 when there is none)
    if sources is None and not os.environ.get("NEWSWEAVE_SOURCES"):
        stored = Q.stored_sources(repo)
        sources = Path(stored) if stored else None
    err.print(f"newsweave web UI on http://{host}:{port}/  (database {path})")
    run_server(path, host, port, sources_yaml=str(sources) if sources else None)


@app.command()
def demo(db: Optional[Path] = typer.Option(None, "--db", help="Database for the demo "
                                           "(default: a fresh file in the per-user data dir)."),
         seeds: Optional[Path] = typer.Option(None, help="Also analyse this folder (default: ../shared/seeds "
                                              "when present beside the repository).")) -> None:
    """Analyse the bundled demo corpus (and the seeds when present) and show what newsweave found."""
    raise typer.Exit(run_demo(db, seeds, out, err))


# ---------------------------------------------------------------------------------- helpers
def _date_str(a: Article) -> str:
    if not a.date:
        return "-"
    return a.date.value + (INFERRED_MARK if a.date.source == "inferred" else "")


def _legend(arts: list[Article]) -> Optional[str]:
    """The legend line under a table whose dates carry the inferred mark."""
    return LEGEND if any(a.date and a.date.source == "inferred" for a in arts) else None


def _visible_text(a: Article) -> str:
    return "\n".join(line for line in (a.text[s:e].strip() for s, e in a.body_spans()) if line)


def _cli_ids(rec: dict[str, Any]) -> dict[str, Any]:
    """An article record with the CLI's names: ``row`` for the row number, ``id`` for the article's
    own id (the API calls them ``id`` and ``ext_id``)."""
    rest = {k: v for k, v in rec.items() if k not in ("id", "ext_id")}
    return {"row": rec["id"], "id": rec["ext_id"], **rest}


def _event_json(brief: dict[str, Any]) -> dict[str, Any]:
    """An event brief with its meta fields inlined (the CLI's event shape)."""
    return {**{k: v for k, v in brief.items() if k != "meta"}, **brief["meta"]}


def main() -> None:  # pragma: no cover - console entry
    """The ``newsweave`` command: a failure of newsweave itself ends with one clear line and exit
    code 1 (``$NEWSWEAVE_DEBUG`` shows the traceback instead)."""
    try:
        app()
    except Exception as exc:
        if os.environ.get("NEWSWEAVE_DEBUG"):
            raise
        err.print(f"[bold red]error[/]: {escape(type(exc).__name__)}: {escape(str(exc))}\n"
                  "(set NEWSWEAVE_DEBUG=1 to see where it failed)")
        sys.exit(EXIT_ERROR)


if __name__ == "__main__":  # pragma: no cover
    main()
