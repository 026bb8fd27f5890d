"""Score the role of dated mentions (Timex.attrs["role"]) on the labelled set bench/data/time_roles.

The set is invented text (bench/data/time_roles/source.txt: one document a line, mentions marked
``[[surface|role|value]]``); ``--build`` writes roles.jsonl from it (one line per mention: id, lang,
anchor, text, span, role, value) and split.json (documents alternate tune/validate within each
language; committed before any tuning). A gold mention is matched by the predicted DATE/TIME
timex that overlaps its span. Printed per split: role accuracy (unmatched mentions count as
wrong), "happened" precision and recall (main or reported), and value accuracy.

    .venv/bin/python bench/time_roles.py [--build] [--split tune|validate|tune,validate]
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from newsweave.enrich.timex import HAPPENED, extract_timexes  # noqa: E402
from newsweave.model import DateInfo  # noqa: E402

DATA = ROOT / "bench" / "data" / "time_roles"
_MARK = re.compile(r"\[\[([^|\]]+)\|(\w+)\|([^\]]+)\]\]")


def build() -> None:
    rows, split = [], {"tune": [], "validate": []}
    per_lang: Counter = Counter()
    for n, line in enumerate((DATA / "source.txt").read_text(encoding="utf-8").splitlines()):
        if not line.strip() or line.startswith("#"):
            continue
        lang, anchor, marked = line.split("\t")
        marked = marked.replace("\\n", "\n")
        doc_id = f"{lang}-{per_lang[lang]:02d}"
        split["tune" if per_lang[lang] % 2 == 0 else "validate"].append(doc_id)
        per_lang[lang] += 1
        text, spans, pos = "", [], 0
        for m in _MARK.finditer(marked):
            text += marked[pos:m.start()]
            spans.append((len(text), len(text) + len(m.group(1)), m.group(2), m.group(3)))
            text += m.group(1)
            pos = m.end()
        text += marked[pos:]
        for k, (s, e, role, value) in enumerate(spans):
            rows.append({"id": f"{doc_id}.{k}", "doc": doc_id, "lang": lang, "anchor": anchor,
                         "text": text, "span": [s, e], "role": role, "value": value})
    with (DATA / "roles.jsonl").open("w", encoding="utf-8") as w:
        for r in rows:
            w.write(json.dumps(r, ensure_ascii=False) + "\n")
    (DATA / "split.json").write_text(json.dumps(
        {"_about": "Documents of roles.jsonl: tune (even per language) / validate (odd).", **split},
        indent=1) + "\n", encoding="utf-8")
    print(f"{len(rows)} mentions in {sum(per_lang.values())} documents, languages {dict(per_lang)}")


def evaluate(names: list[str], verbose: bool = False) -> None:
    rows = [json.loads(l) for l in (DATA / "roles.jsonl").open(encoding="utf-8")]
    split = json.loads((DATA / "split.json").read_text(encoding="utf-8"))
    by_doc: dict[str, list[dict]] = defaultdict(list)
    for r in rows:
        by_doc[r["doc"]].append(r)
    for name in names:
        keep = set(split[name])
        n = ok = val_ok = tp = fp = fn = 0
        langs: Counter = Counter()
        lang_ok: Counter = Counter()
        for doc, gold in sorted(by_doc.items()):
            if doc not in keep:
                continue
            g0 = gold[0]
            tx = [t for t in extract_timexes(g0["text"], g0["lang"], DateInfo(g0["anchor"]))
                  if t.type in ("DATE", "TIME")]
            for g in gold:
                s, e = g["span"]
                hit = next((t for t in tx if t.start < e and s < t.end), None)
                role = hit.attrs.get("role") if hit else None
                n += 1
                langs[g["lang"]] += 1
                good = role == g["role"]
                ok += good
                lang_ok[g["lang"]] += good
                val_ok += bool(hit and hit.value[:len(g["value"])] == g["value"]
                               and len(hit.value[:10]) == len(g["value"]))
                ph, gh = role in HAPPENED, g["role"] in HAPPENED
                tp += ph and gh
                fp += ph and not gh
                fn += gh and not ph
                if verbose and not good:
                    print(f"  {g['id']}: {g['text'][s:e]!r} gold {g['role']} got {role}"
                          f" ({hit.value if hit else '-'})")
        prec = tp / (tp + fp) if tp + fp else 0.0
        rec = tp / (tp + fn) if tp + fn else 0.0
        per = " ".join(f"{k} {100 * lang_ok[k] / v:.0f}" for k, v in sorted(langs.items()))
        print(f"{name:9} mentions {n:4}  role accuracy {100 * ok / n:5.1f} %  happened P {prec:.3f} "
              f"R {rec:.3f}  value accuracy {100 * val_ok / n:5.1f} %  (role by language: {per})")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--build", action="store_true", help="write roles.jsonl and split.json from source.txt")
    ap.add_argument("--split", default="tune", help="tune, validate or both (validation: once, at the end)")
    ap.add_argument("-v", action="store_true", help="list the wrong mentions")
    args = ap.parse_args()
    if args.build:
        build()
        return
    evaluate(args.split.split(","), args.v)


if __name__ == "__main__":
    main()
