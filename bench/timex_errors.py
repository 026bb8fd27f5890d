"""Error analysis of newsweave's TIMEX3 tagging on one half of the timex bench, grouped by class.

Runs extract_timexes on fr-timebank / tempeval3-train documents of the chosen half (the committed
split bench/data/timex_split.json; tune on 'tune', never read 'validate' while writing rules),
aligns predictions to gold with the scorer's own greedy alignment, and prints each class of miss
with its count and examples, largest class first, so rules are written for classes, not examples.

    PYTHONPATH=src .venv/bin/python bench/timex_errors.py [--langs fr,en] [--split tune] [--inner A] [--max 8]
"""
from __future__ import annotations

import argparse
import collections
import importlib.util
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import timex as bench  # noqa: E402

_spec = importlib.util.spec_from_file_location("eval_score", bench.SCORER)
scorer = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(scorer)

_DATE = re.compile(r"^\d{4}(-\d\d(-\d\d)?)?$")


def shape(value: str) -> str:
    """The granularity of a value: digits and letters collapsed so 1999-05-17 and 2001-02-03 agree."""
    return re.sub(r"[A-Z]", "A", re.sub(r"\d", "9", value or ""))


def value_class(g: dict, p: dict, dct: str) -> str:
    """Why a matched prediction's value differs from gold."""
    gv, pv = g.get("value") or "", p.get("value") or ""
    if g["type"] != p["type"] and "DURATION" in (g["type"], p["type"]) or "SET" in (g["type"], p["type"]):
        return "type DURATION/SET"
    if g["type"] in ("DURATION", "SET"):
        return f"{g['type']} formatting"
    if gv.endswith("_REF") or pv.endswith("_REF"):
        return "PRESENT/PAST/FUTURE_REF"
    if re.search(r"Q\d|H\d|SP|SU|FA|WI", gv + pv):
        return "quarters/seasons"
    if "T" in gv or "T" in pv:
        return "time of day"
    if "X" in gv or "X" in pv:
        return "underspecified (X) vs concrete"
    if shape(gv) != shape(pv):
        return "granularity"
    if _DATE.match(gv) and _DATE.match(pv) and dct:
        d = dct[:len(gv)]
        if (gv < d) != (pv < d) or (gv > d) != (pv > d):
            return "direction (other side of DCT)"
        return "anchor (same side of DCT)"
    return "other value"


def context(text: str, start: int, end: int, width: int = 60) -> str:
    left = text[max(0, start - width):start].replace("\n", " ")
    right = text[end:end + width].replace("\n", " ")
    return f"...{left}[[{text[start:end]}]]{right}..."


def analyse(lang: str, half: str, inner: str = "") -> dict[str, list[str]]:
    """Errors of one half; ``inner`` ('A'/'B') keeps one inner half of the tuning documents."""
    docs, gold = bench.load(bench.CORPORA[lang])
    tune = bench.load_split(lang)[half]
    ids = set(tune[0::2] if inner == "A" else tune[1::2] if inner == "B" else tune)
    docs = [d for d in docs if d["id"] in ids]
    preds, _ = bench.run_newsweave(docs, lang)
    classes: dict[str, list[str]] = collections.defaultdict(list)
    for d in docs:
        gl, pl, text, dct = gold[d["id"]]["timexes"], preds[d["id"]], d["text"], d.get("date") or ""
        pairs = scorer.align(gl, pl)
        seen_g = {a for a, _, _ in pairs}
        seen_p = {b for _, b, _ in pairs}
        for a, b, exact in pairs:
            g, p = gl[a], pl[b]
            if not exact:
                classes["partial span (value still scored)"].append(
                    f"{context(text, g['start'], g['end'])} pred={text[p['start']:p['end']]!r}")
            if (g.get("value") or "").strip() != (p.get("value") or "").strip():
                classes["value: " + value_class(g, p, dct)].append(
                    f"{d['id']} dct={dct} gold={g['type']}:{g['value']} pred={p['type']}:{p['value']} "
                    f"{context(text, g['start'], g['end'])}")
        for i, g in enumerate(gl):
            if i not in seen_g:
                classes["span miss"].append(f"{g['type']}:{g['value']} {context(text, g['start'], g['end'])}")
        for j, p in enumerate(pl):
            if j not in seen_p:
                classes["false positive"].append(f"{p['type']}:{p['value']} {context(text, p['start'], p['end'])}")
    return classes


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--langs", default="fr,en")
    ap.add_argument("--split", default="tune", choices=("tune", "validate"))
    ap.add_argument("--max", type=int, default=8, help="examples printed per class")
    ap.add_argument("--only", default="", help="print only classes whose name contains this")
    ap.add_argument("--inner", default="", choices=("", "A", "B"),
                    help="one inner half of the tuning documents (even / odd positions, as timex_inner.py)")
    args = ap.parse_args()
    if args.inner and args.split != "tune":
        ap.error("--inner splits the tuning half only")
    for lang in args.langs.split(","):
        classes = analyse(lang, args.split, args.inner)
        print(f"===== {lang} ({args.split}): " + ", ".join(f"{k} {len(v)}" for k, v in
                                                         sorted(classes.items(), key=lambda kv: -len(kv[1]))))
        for name, items in sorted(classes.items(), key=lambda kv: -len(kv[1])):
            if args.only and args.only not in name:
                continue
            print(f"\n--- {name}: {len(items)}")
            for line in items[:args.max]:
                print("   ", line)
        print()


if __name__ == "__main__":
    main()
