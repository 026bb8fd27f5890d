"""Ingest + clean + dedup throughput and peak memory on synthetic articles, printed as numbers.

    .venv/bin/python bench/ingest.py                  # 10,000 articles
    .venv/bin/python bench/ingest.py --n 2000 --tracemalloc

Generates N synthetic articles into a temp dir (mixed formats: plain text with headers and site
chrome in UTF-8/cp1251/cp1252, HTML pages, JSON Lines files; six languages; 300 to ~9,000 chars;
about 5% lightly edited copies), then times:

  ingest  read_paths over the folder
  clean   clean_articles in batches (boilerplate, language, language segments)
  store   SQLiteRepository.add_article in one transaction per batch + dedup (Deduplicator.process)
          + save_layers for the clean and dedup layers

and prints articles/s per stage and overall, peak RSS (resource.getrusage) and, with
--tracemalloc, the Python-heap peak (slower). Also checks the ~5% planted copies were linked.
"""
from __future__ import annotations

import argparse
import json
import random
import resource
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from newsweave.clean import clean_articles  # noqa: E402
from newsweave.ingest import read_paths  # noqa: E402
from newsweave.link.dedup import Deduplicator  # noqa: E402
from newsweave.store import SQLiteRepository  # noqa: E402

# Small hand-written vocabularies: enough for language ID and shingle variety.
VOCAB = {
    "fr": ("le la les un une des du de et à dans pour sur avec par selon gouvernement ministre ville "
           "conseil projet réforme élection président rapport semaine mardi budget écoles travaux "
           "habitants région accord annoncé déclaré prévu nouvelle importante économique politique "
           "sécurité santé public entreprise emplois hausse baisse prix marché syndicats grève").split(),
    "en": ("the a of and to in for on with by said government minister city council project reform "
           "election president report week tuesday budget schools works residents region agreement "
           "announced expected new important economic political security health public company jobs "
           "rise fall prices market unions strike officials").split(),
    "es": ("el la los las un una de y en para con por según gobierno ministro ciudad consejo proyecto "
           "reforma elección presidente informe semana martes presupuesto escuelas obras vecinos región "
           "acuerdo anunció previsto nueva importante económica política seguridad salud público empresa "
           "empleos subida bajada precios mercado sindicatos huelga").split(),
    "de": ("der die das ein eine und in für mit von nach laut Regierung Minister Stadt Rat Projekt "
           "Reform Wahl Präsident Bericht Woche Dienstag Haushalt Schulen Arbeiten Bewohner Region "
           "Abkommen angekündigt erwartet neue wichtige wirtschaftliche politische Sicherheit Gesundheit "
           "öffentlich Unternehmen Arbeitsplätze Anstieg Rückgang Preise Markt Gewerkschaften Streik").split(),
    "ru": ("в и на с по для от о что правительство министр город совет проект реформа выборы президент "
           "доклад неделя вторник бюджет школы работы жители регион соглашение объявил ожидается новый "
           "важный экономический политический безопасность здоровье общественный компания рабочие места "
           "рост снижение цены рынок профсоюзы забастовка").split(),
    "uk": ("в і на з по для від про що уряд міністр місто рада проєкт реформа вибори президент звіт "
           "тиждень вівторок бюджет школи роботи мешканці регіон угода оголосив очікується новий "
           "важливий економічний політичний безпека здоров'я громадський компанія робочі місця зростання "
           "зниження ціни ринок профспілки страйк").split(),
}
CHROME = {
    "fr": ["Accueil Actu Monde", "Lire aussi : un autre article", "Contenus sponsorisés", "Les plus lus"],
    "en": ["Home News World", "Read more: another story", "Sponsored content", "Most read"],
    "es": ["Portada Noticias Mundo", "Lea también: otra noticia", "Contenido patrocinado", "Lo más leído"],
    "de": ["Startseite Politik Ausland", "Lesen Sie auch: ein Artikel", "Anzeige", "Meistgelesen"],
    "ru": ["Главная Новости Мир", "Читайте также: другое", "Реклама", "Самое читаемое"],
    "uk": ["Головна Новини Світ", "Читайте також: інше", "Реклама", "Найпопулярніше"],
}
DATE_LINE = {"fr": "Publié le {d} mars 2024", "en": "Updated: March {d}, 2024", "es": "Publicado el {d} de marzo de 2024",
             "de": "Veröffentlicht am {d}. März 2024", "ru": "Опубликовано: {d} марта 2024",
             "uk": "Опубліковано {d} березня 2024"}
BYLINE = {"fr": "Par Jean Martin avec AFP", "en": "By Jane Doe, Reuters", "es": "Por María López (EFE)",
          "de": "Von Hans Müller, dpa", "ru": "Автор: Иван Петров", "uk": "Від Олени Петренко / УНІАН"}


def sentence(rng: random.Random, lang: str) -> str:
    words = [rng.choice(VOCAB[lang]) for _ in range(rng.randint(8, 22))]
    return " ".join(words).capitalize() + "."


def paragraph(rng: random.Random, lang: str) -> str:
    return " ".join(sentence(rng, lang) for _ in range(rng.randint(2, 6)))


def body(rng: random.Random, lang: str) -> list[str]:
    return [paragraph(rng, lang) for _ in range(rng.choice([1, 2, 3, 4, 6, 10, 16]))]


def generate(root: Path, n: int, seed: int = 7) -> int:
    """Write about ``n`` articles under ``root``; returns the number of planted near-copies."""
    rng = random.Random(seed)
    langs = list(VOCAB)
    (root / "txt").mkdir(parents=True)
    (root / "html").mkdir()
    (root / "jsonl").mkdir()
    jsonl_lines: list[str] = []
    made: list[tuple[str, list[str]]] = []
    copies = 0
    for i in range(n):
        lang = langs[i % len(langs)]
        if made and rng.random() < 0.05:  # a lightly edited copy of an earlier article
            lang, paras = made[rng.randrange(len(made))]
            paras = list(paras)
            k = rng.randrange(len(paras))
            words = paras[k].split()
            words[rng.randrange(len(words))] = rng.choice(VOCAB[lang])
            paras[k] = " ".join(words)
            copies += 1
        else:
            paras = body(rng, lang)
            made.append((lang, paras))
        title = sentence(rng, lang).rstrip(".")
        kind = rng.random()
        if kind < 0.45:
            chrome = CHROME[lang]
            lines = [chrome[0], "", title, "", BYLINE[lang], DATE_LINE[lang].format(d=1 + i % 28), ""]
            lines += [p + "\n" for p in paras[:1]] + [chrome[1], ""] + [p + "\n" for p in paras[1:]]
            lines += [chrome[2], "", chrome[3], "", f"https://www.outlet{i % 20}.example/{lang}/{i}"]
            text = "\n".join(lines)
            enc = "utf-8"
            if lang in ("ru", "uk") and rng.random() < 0.3:
                enc = "cp1251"
            elif lang in ("fr", "es", "de") and rng.random() < 0.3:
                enc = "cp1252"
            (root / "txt" / f"a{i:05d}.txt").write_bytes(text.encode(enc, errors="replace"))
        elif kind < 0.65:
            ps = "".join(f"<p>{p}</p>" for p in paras)
            html = (f"<!doctype html><html lang='{lang}'><head><meta charset='utf-8'><title>{title} | Outlet</title>"
                    f"<meta property='article:published_time' content='2024-03-{1 + i % 28:02d}'>"
                    f"<script>var tracking = {{id: {i}}};</script></head><body><nav><a href='/'>Home</a></nav>"
                    f"<article><h1>{title}</h1>{ps}</article><footer>© Outlet {i % 20}</footer></body></html>")
            (root / "html" / f"h{i:05d}.html").write_text(html, encoding="utf-8")
        else:
            jsonl_lines.append(json.dumps({"id": f"j{i:05d}", "text": "\n\n".join(paras), "title": title,
                                           "date": f"2024-03-{1 + i % 28:02d}", "lang": None,
                                           "source": f"outlet{i % 20}.example", "url": None}, ensure_ascii=False))
    for k in range(0, len(jsonl_lines), 1000):
        (root / "jsonl" / f"part{k // 1000:02d}.jsonl").write_text("\n".join(jsonl_lines[k:k + 1000]) + "\n",
                                                                   encoding="utf-8")
    return copies


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, default=10_000)
    ap.add_argument("--batch", type=int, default=500)
    ap.add_argument("--tracemalloc", action="store_true", help="also report the Python-heap peak (slower)")
    args = ap.parse_args()

    with tempfile.TemporaryDirectory(prefix="nw-bench-ingest-") as tmp:
        root = Path(tmp) / "corpus"
        t = time.perf_counter()
        planted = generate(root, args.n)
        size = sum(p.stat().st_size for p in root.rglob("*") if p.is_file())
        print(f"generated {args.n} articles ({size / 1e6:.1f} MB, {planted} near-copies) "
              f"in {time.perf_counter() - t:.1f}s")
        if args.tracemalloc:
            tracemalloc.start()
        errors: list[tuple[str, str]] = []
        repo = SQLiteRepository(Path(tmp) / "bench.db")
        dd = Deduplicator(threshold=0.8)
        timings = {"ingest": 0.0, "clean": 0.0, "store+dedup": 0.0}
        n = linked = merged = 0
        batch = []
        t_all = time.perf_counter()

        def flush() -> None:
            nonlocal linked, merged
            t0 = time.perf_counter()
            clean_articles(batch)
            t1 = time.perf_counter()
            with repo.transaction():
                for a in batch:
                    _row, created = repo.add_article(a)
                    if not created:  # same text as a stored article: the store keeps one row
                        merged += 1
                        continue
                    if dd.process(a) is not None:
                        linked += 1
                    repo.save_layers(a, "clean", "bench", ["boilerplate", "lang_segments", "lang"])
                    repo.save_layers(a, "dedup", "bench", ["duplicate_of"])
            t2 = time.perf_counter()
            timings["clean"] += t1 - t0
            timings["store+dedup"] += t2 - t1
            batch.clear()

        it = read_paths([str(root)], lambda o, r: errors.append((o, r)))
        while True:
            t0 = time.perf_counter()
            a = next(it, None)
            timings["ingest"] += time.perf_counter() - t0
            if a is None:
                break
            batch.append(a)
            n += 1
            if len(batch) >= args.batch:
                flush()
        if batch:
            flush()
        total = time.perf_counter() - t_all
        heap_peak = tracemalloc.get_traced_memory()[1] if args.tracemalloc else None
        if args.tracemalloc:
            tracemalloc.stop()
        rss_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        stored = repo.count_articles()
        repo.close()

    print(f"articles read: {n}  rejected inputs: {len(errors)}  stored: {stored}")
    for stage, secs in timings.items():
        print(f"  {stage:12s} {secs:7.2f}s  {n / secs if secs else float('inf'):8.0f} articles/s")
    print(f"  {'total':12s} {total:7.2f}s  {n / total:8.0f} articles/s")
    print(f"duplicates linked: {linked}, identical copies merged by the store: {merged} "
          f"(planted {planted} lightly edited copies)")
    print(f"peak RSS: {rss_kb / 1024:.0f} MB")
    if heap_peak is not None:
        print(f"peak Python heap (tracemalloc): {heap_peak / 1e6:.0f} MB")


if __name__ == "__main__":
    main()
