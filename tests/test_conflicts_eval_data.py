"""The conflict evaluation set (bench/data/conflicts_eval) stays valid: schema, ids, evidence
substrings, split by event, look-alike pairs in one half, and the minimum counts."""
from __future__ import annotations

import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CHECKER = ROOT / "bench" / "check_conflicts_eval.py"


def _checker():
    spec = importlib.util.spec_from_file_location("check_conflicts_eval", CHECKER)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_conflicts_eval_set_is_valid():
    chk = _checker()
    errors, counts = chk.validate(ROOT / "bench" / "data" / "conflicts_eval")
    assert errors == [], "\n".join(errors)
    assert counts["tuning"]["events"] + counts["heldout"]["events"] == counts["all"]["events"]


def test_checker_catches_a_broken_evidence(tmp_path):
    chk = _checker()
    src = ROOT / "bench" / "data" / "conflicts_eval"
    (tmp_path / "events").mkdir()
    for p in (src / "events").glob("*.yaml"):
        (tmp_path / "events" / p.name).write_text(p.read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "split.json").write_text((src / "split.json").read_text(encoding="utf-8"),
                                         encoding="utf-8")
    victim = tmp_path / "events" / "quake-norcia-2024.yaml"
    victim.write_text(victim.read_text(encoding="utf-8").replace('"Stärke 5,1"', '"Stärke 9,9"'),
                      encoding="utf-8")
    errors, _ = chk.validate(tmp_path)
    assert any("Stärke 9,9" in e for e in errors)


def test_extend_split_adds_only_the_unlisted_events_and_keeps_pairs_together(tmp_path):
    """A later batch is split within itself; the committed halves keep every event they had."""
    import json
    chk = _checker()
    src = ROOT / "bench" / "data" / "conflicts_eval"
    (tmp_path / "events").mkdir()
    for p in (src / "events").glob("*.yaml"):
        (tmp_path / "events" / p.name).write_text(p.read_text(encoding="utf-8"), encoding="utf-8")
    full = json.loads((src / "split.json").read_text(encoding="utf-8"))
    batch = {e for h in full.values() for e in h if e.endswith("-g15")}
    old = {h: [e for e in es if e not in batch] for h, es in full.items()}
    (tmp_path / "split.json").write_text(json.dumps(old), encoding="utf-8")
    ext = chk.extend_split(tmp_path)
    for h in ("tuning", "heldout"):
        assert ext[h][:len(old[h])] == old[h]
    added = {h: set(ext[h][len(old[h]):]) for h in ext}
    assert added["tuning"] | added["heldout"] == batch
    assert abs(len(added["tuning"]) - len(added["heldout"])) <= 1
    pair = {"wage-ballot-valladolid-2025-g15", "wage-ballot-valladolid-2026-g15"}
    assert pair <= added["tuning"] or pair <= added["heldout"]
    # (the committed split was made by this procedure before tuning; two gold items of the batch
    # were relabelled afterwards, so the procedure run today may put a unit elsewhere: the
    # committed split is kept, as the README says)


def test_inner_split_holds_only_tuning_events_in_one_inner_half(tmp_path):
    """The inner read/check cut of the tuning half may never name a held-out event."""
    import json
    chk = _checker()
    src = ROOT / "bench" / "data" / "conflicts_eval"
    (tmp_path / "events").mkdir()
    for p in (src / "events").glob("*.yaml"):
        (tmp_path / "events" / p.name).write_text(p.read_text(encoding="utf-8"), encoding="utf-8")
    split = json.loads((src / "split.json").read_text(encoding="utf-8"))
    (tmp_path / "split.json").write_text(json.dumps(split), encoding="utf-8")
    inner = json.loads((src / "inner_split.json").read_text(encoding="utf-8"))
    inner["check"] = inner["check"] + [split["heldout"][0], inner["read"][0]]
    (tmp_path / "inner_split.json").write_text(json.dumps(inner), encoding="utf-8")
    errors, _ = chk.validate(tmp_path)
    assert any(split["heldout"][0] in e and "not a tuning event" in e for e in errors)
    assert any("in both inner halves" in e for e in errors)


def test_a_tuning_only_batch_may_not_sit_in_the_heldout_half(tmp_path):
    """The -g24 batch was added to tuning only (left out of the balance between the halves); one
    of its events moved to the held-out half is an error."""
    import json
    chk = _checker()
    src = ROOT / "bench" / "data" / "conflicts_eval"
    (tmp_path / "events").mkdir()
    for p in (src / "events").glob("*.yaml"):
        (tmp_path / "events" / p.name).write_text(p.read_text(encoding="utf-8"), encoding="utf-8")
    split = json.loads((src / "split.json").read_text(encoding="utf-8"))
    moved = next(e for e in split["tuning"] if e.endswith(chk.TUNING_ONLY_BATCHES)
                 and not e.startswith(("budget-vote-florence", "strike-dockers-gdansk")))
    split["tuning"].remove(moved)
    split["heldout"].append(moved)
    (tmp_path / "split.json").write_text(json.dumps(split), encoding="utf-8")
    errors, _ = chk.validate(tmp_path)
    assert any(moved in e and "tuning-only batch" in e for e in errors)
