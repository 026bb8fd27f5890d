"""Hostile-intake campaign (issue 11): ≥ 2,000 hostile inputs of every kind the issue names plus 50
valid invented articles in one folder, ingested by ONE `newsweave ingest` run (a subprocess, a
temporary database), then once more (a rerun must store nothing new).

Prints: tried / rejected or skipped with a message / stored clean / crashes (tracebacks) / mojibake
stored / valid stored and analysed / exit code (must be 3) / rerun new. All text is generated here
(invented words and names); nothing is read from ../shared.

    PYTHONPATH=src python bench/fuzz.py [--keep DIR] [--seed N]
"""
from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import re
import sqlite3
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from newsweave.ingest.limits import mojibake_pairs, text_problem  # noqa: E402

SYLL = ["ka", "lo", "mer", "vi", "tan", "su", "dor", "el", "ra", "ni", "po", "ste", "ban", "qui", "ro"]
EN = ["council", "harbour", "storm", "bridge", "minister", "festival", "farmers", "strike", "museum", "police",
      "drought", "election", "river", "school", "hospital", "budget", "train", "market", "court", "village"]
FR = ["conseil", "port", "tempête", "pont", "ministre", "fête", "agriculteurs", "grève", "musée", "police",
      "sécheresse", "élection", "rivière", "école", "hôpital", "budget", "train", "marché", "tribunal", "village"]
RU = ["совет", "порт", "буря", "мост", "министр", "праздник", "фермеры", "забастовка", "музей", "полиция"]


def name(rng: random.Random) -> str:
    return "".join(rng.choice(SYLL) for _ in range(rng.randint(2, 3))).capitalize()


def sentence(rng: random.Random, words: list[str], place: str) -> str:
    w = rng.sample(words, 5)
    return f"The {w[0]} of {place} met the {w[1]} about the {w[2]} and the {w[3]} near the {w[4]}."


def fr_sentence(rng: random.Random, place: str) -> str:
    w = rng.sample(FR, 4)
    return f"Le {w[0]} de {place} a rencontré la {w[1]} à propos de la {w[2]} et du {w[3]}, a déclaré un élu."


def article_text(rng: random.Random, place: str, n: int = 6, lang: str = "en") -> str:
    title = f"{place} {rng.choice(EN if lang == 'en' else FR)} news"
    body = " ".join((sentence(rng, EN, place) if lang == "en" else fr_sentence(rng, place)) for _ in range(n))
    return f"{title}\n\n{body}"


def build(folder: Path, outside: Path, rng: random.Random) -> tuple[int, list[str]]:
    """Write the campaign; returns (number of hostile inputs, ids of the valid articles)."""
    n = 0

    def put(rel: str, data: bytes) -> None:
        nonlocal n
        (folder / rel).write_bytes(data)
        n += 1

    # --- 50 valid invented articles: 10 happenings, 5 reports each, two outlets per happening
    valid = []
    lines = []
    for t in range(10):
        place = name(rng)
        facts = [sentence(rng, EN, place) for _ in range(4)]
        for k in range(5):
            vid = f"valid-{t}-{k}"
            text = f"{place} {EN[t]} report {k}\n\n" + " ".join(facts) + " " + sentence(rng, EN, place)
            src = "Reuters [wire]" if k == 0 else f"outlet{k}.example"
            lines.append(json.dumps({"id": vid, "text": text, "date": f"2024-06-{10 + t:02d}", "source": src,
                                     "lang": "en"}))
            valid.append(vid)
    (folder / "valid.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")

    def record(extra: str) -> bytes:
        return ('{"id": "h%d", "text": %s}\n' % (n, extra)).encode("utf-8", "surrogatepass")

    for i in range(100):  # lone surrogate escapes
        put(f"surrogate-{i}.jsonl", record('"%s \\ud8%02x %s"' % (article_text(rng, name(rng), 2), i % 256, "end")))
    for i in range(50):  # 5,000-digit integers
        put(f"bignum-{i}.jsonl", ('{"id": "b%d", "text": "x", "n": %s}\n' % (i, "9" * 5000)).encode())
    for i in range(20):  # huge strings in a record
        put(f"hugestr-{i}.jsonl", json.dumps({"id": f"s{i}", "text": "y" * 1_100_000}).encode())
    for i in range(30):  # deep nesting
        put(f"deep-{i}.json", b"[" * 200_000 + b"]" * 200_000)
    for i in range(20):
        put(f"nan-{i}.jsonl", b'{"id": "n", "text": "abc", "v": NaN}\n')
    for i in range(30):  # control characters in a JSON text
        put(f"ctrl-json-{i}.jsonl", json.dumps({"id": f"c{i}", "text": "".join(chr(rng.randint(1, 31))
                                                                     for _ in range(300))}).encode())
    for i in range(100):  # truncated UTF-8 (stored clean: the cut character dropped)
        data = article_text(rng, name(rng), 5, "fr").encode()
        put(f"truncated-{i}.txt", data[:len(data) - rng.randint(1, 2)])
    for i in range(100):  # mixed encodings
        a, b = article_text(rng, name(rng), 3, "fr"), article_text(rng, name(rng), 3, "fr")
        put(f"mixed-{i}.txt", a.encode() + b"\n" + b.encode("cp1252"))
    pools = [list(range(0xa1, 0xff)), list(range(0x20, 0x7f)) + list(range(0xa0, 0x100)),
             [0x20] * 20 + list(range(0x40, 0x7f)) + list(range(0xa1, 0xff)), list(range(0x40, 0xff)),
             list(range(256))]
    for i in range(800):  # random bytes
        size = rng.choice([60, 300, 2000, 9000])
        put(f"random-{i}.txt" if i % 2 else f"random-{i}", bytes(rng.choice(pools[i % 5]) for _ in range(size)))
    for i in range(30):  # control characters only
        put(f"controls-{i}.txt", bytes(rng.randint(1, 31) for _ in range(500)))
    for i in range(20):  # NUL after the first 64 KiB
        put(f"late-nul-{i}.txt", article_text(rng, name(rng), 800).encode()[:70_000] + b"\x00tail")
    for i in range(100):  # mojibake stored as UTF-8 (double-encoded)
        src = article_text(rng, name(rng), 4, "fr") if i % 2 else " ".join(rng.choice(RU) for _ in range(80))
        put(f"mojibake-{i}.txt", src.encode("utf-8").decode("cp1252" if i % 2 else "cp1251", "replace").encode())
    for i in range(30):  # replacement characters
        put(f"fffd-{i}.txt", (article_text(rng, name(rng), 2) + "\ufffd" * 40).encode())
    for i in range(20):  # a Cyrillic text in koi8-r (read as cp1251 it is garbage)
        put(f"koi8-{i}.txt", " ".join(rng.choice(RU) for _ in range(60)).encode("koi8-r"))
    for i in range(2):  # 6 MB plain text
        put(f"long-{i}.txt", ("The council met again about the roads and the harbour budget.\n" * 100_000).encode())
    for i in range(5):  # one tag with 40,000 attributes
        attrs = " ".join(f'a{j}="x"' for j in range(40_000))
        put(f"attrs-{i}.html", f"<html><body><div {attrs}>x</div><p>{article_text(rng, name(rng))}</p></body></html>".encode())
    for i in range(20):  # deep HTML
        put(f"deep-{i}.html", ("<html><body>" + "<div>" * 30_000 + "text" + "</div>" * 30_000).encode())
    for i in range(10):  # entity expansion / external entities
        put(f"bomb-{i}.xml", b'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;'
            b'&a;&a;"><!ENTITY x SYSTEM "file:///etc/passwd">]><rss><channel><title>t</title><item><title>&b;&x;'
            b'</title><description>&b;</description></item></channel></rss>')
    magic = [b"\x89PNG\r\n\x1a\n\x00\x00", b"%PDF-1.7\n\x00", b"PK\x03\x04\x00\x00", b"\x7fELF\x02\x01\x00",
             b"\x1f\x8b\x08\x00\x00"]
    for i in range(30):
        put(f"binary-{i}.txt", magic[i % 5] + bytes(rng.randrange(256) for _ in range(500)))
    for i in range(30):
        put(f"empty-{i}.txt", b"" if i % 2 else b"  \n\t \n")
    for i in range(400):  # arbitrary Unicode text (some stored clean, the rest refused)
        chars = "".join(chr(rng.choice([rng.randint(0x20, 0x7e), rng.randint(0xa0, 0x2fff), rng.randint(1, 0x1f)]))
                        for _ in range(rng.randint(5, 400)))
        put(f"unicode-{i}.txt", chars.encode("utf-8", "surrogatepass"))
    for i in range(20):
        put(f".hidden-{i}.txt", article_text(rng, name(rng)).encode())
    (outside / "shadow.txt").write_text("root:secret-hash:19000:0:99999:7:::\n")
    for i in range(10):
        os.mkfifo(folder / f"fifo-{i}.txt")
        os.symlink(outside / "shadow.txt", folder / f"outlink-{i}.txt")
        os.symlink(folder / f"nowhere-{i}", folder / f"dangling-{i}.txt")
        os.symlink(folder / f"loopb-{i}", folder / f"loopa-{i}")
        os.symlink(folder / f"loopa-{i}", folder / f"loopb-{i}")
        n += 5
    return n, valid


def identical_copies(folder: Path) -> list[Path]:
    """Plain files whose bytes equal an earlier file's: ingest stores that content once (idempotent)."""
    seen: set[str] = set()
    copies = []
    for path in sorted(folder.rglob("*")):
        if path.is_symlink() or not path.is_file():
            continue
        digest = hashlib.sha256(path.read_bytes()).hexdigest()
        if digest in seen:
            copies.append(path)
        seen.add(digest)
    return copies


LINE = re.compile(r"^(rejected|skipped|failed) (.+?): (.*)$")


def run(folder: Path, db: Path) -> tuple[int, str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src"), "COLUMNS": "100000", "NO_COLOR": "1"}
    env.pop("NEWSWEAVE_DEBUG", None)
    p = subprocess.run([sys.executable, "-m", "newsweave", "ingest", str(folder), "--db", str(db)],
                       capture_output=True, text=True, env=env, timeout=3600)
    return p.returncode, p.stdout + p.stderr


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=11)
    ap.add_argument("--keep", help="build the campaign in this folder and keep it")
    args = ap.parse_args()
    rng = random.Random(args.seed)
    base = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="newsweave-fuzz-"))
    folder, outside = base / "inputs", base / "outside"
    folder.mkdir(parents=True), outside.mkdir()
    n_hostile, valid = build(folder, outside, rng)
    db = base / "fuzz.db"
    rc, log = run(folder, db)
    messages = [m.groups() for m in map(LINE.match, log.splitlines()) if m]
    tracebacks = log.count("Traceback")
    rejected_files = {re.sub(r"(:\d+|#\d+)$", "", o) for kind, o, _ in messages if kind in ("rejected", "skipped")}
    con = sqlite3.connect(db)
    rows = con.execute("SELECT ext_id, text, event_id FROM articles").fetchall()
    stored_valid = [r for r in rows if r[0] in set(valid)]
    hostile_stored = [r for r in rows if r[0] not in set(valid)]
    moji = [r[0] for r in rows if mojibake_pairs(r[1]) >= 2 or text_problem(r[1])]
    leaked = [r[0] for r in rows if "secret-hash" in r[1]]
    con.close()
    rc2, log2 = run(folder, db)
    m = re.search(r"(\d+) new", log2)
    print(f"hostile inputs tried        {n_hostile}")
    print(f"valid articles              {len(valid)}")
    print(f"rejected/skipped (message)  {len(rejected_files)} inputs, {len(messages)} messages")
    print(f"hostile stored as clean     {len(hostile_stored)}")
    print(f"crashes (tracebacks)        {tracebacks}" + ("" if rc != 1 else "  (exit 1: newsweave failed)"))
    print(f"mojibake/garbage stored     {len(moji)}")
    print(f"secret file stored          {len(leaked)}")
    print(f"valid stored / analysed     {len(stored_valid)} / {sum(1 for r in stored_valid if r[2])}")
    print(f"exit code                   {rc} (want 3)")
    print(f"rerun: new articles         {m.group(1) if m else '?'} (exit {rc2}); tracebacks {log2.count('Traceback')}")
    copies = sum(1 for p in identical_copies(folder) if str(p) not in rejected_files)
    unexplained = n_hostile - len(rejected_files) - len(hostile_stored) - copies
    print(f"identical copies of another input (stored once, counted as 'already stored'): {copies}")
    print(f"hostile inputs neither stored nor reported: {max(unexplained, 0)} (files holding several records count once)")
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src"), "COLUMNS": "100000"}
    ev = sqlite3.connect(db).execute("SELECT event_id FROM articles WHERE source = 'Reuters [wire]' "
                                     "AND event_id IS NOT NULL LIMIT 1").fetchone()
    if ev:
        rep = subprocess.run([sys.executable, "-m", "newsweave", "report", ev[0], "--db", str(db)],
                             capture_output=True, text=True, env=env, timeout=600)
        print(f"report on an event with source 'Reuters [wire]': exit {rep.returncode}")
    ok = rc == 3 and tracebacks == 0 and not moji and not leaked and len(stored_valid) == len(valid)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
