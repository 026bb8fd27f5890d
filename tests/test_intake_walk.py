"""The file-walking policy: special files never read, links not followed out of the roots unless
asked, every skipped entry reported with a reason."""
from __future__ import annotations

import os
import threading

from newsweave.ingest import read_paths

BODY = ("The harbour authority of Vellmar closed the northern pier on Monday after a storm damaged "
        "the cranes. Repairs are expected to take two weeks, officials said.")


def _run(paths, **kw):
    errs, skips = [], []
    arts = list(read_paths([str(p) for p in paths], lambda o, r: errs.append((o, r)),
                           on_skip=lambda o, r: skips.append((o, r)), **kw))
    return arts, errs, skips


def test_walk_skips_special_files_outside_links_and_hidden_entries(tmp_path):
    root, outside = tmp_path / "in", tmp_path / "secret"
    root.mkdir(), outside.mkdir()
    (outside / "shadow.txt").write_text("Secret pier plans\n\n" + BODY)
    (root / "a.txt").write_text("Pier closed\n\n" + BODY)
    (root / ".hidden.txt").write_text("Hidden\n\n" + BODY)
    os.mkfifo(root / "pipe.txt")
    os.symlink(outside / "shadow.txt", root / "out.txt")
    os.symlink(root / "a.txt", root / "inside.txt")
    os.symlink(root / "nowhere.txt", root / "dangling.txt")
    os.symlink(root / "loop2", root / "loop1")
    os.symlink(root / "loop1", root / "loop2")
    os.symlink(root, root / "self")  # a folder link back to the root: walked once
    done = threading.Event()

    def read():
        res.append(_run([root]))
        done.set()
    res: list = []
    threading.Thread(target=read, daemon=True).start()
    assert done.wait(60), "the walk blocked (on the FIFO?)"
    arts, errs, skips = res[0]
    assert sorted(a.id for a in arts) == ["a", "inside"]
    assert errs == []
    reasons = {os.path.basename(o): r for o, r in skips}
    assert "hidden" in reasons[".hidden.txt"]
    assert "FIFO" in reasons["pipe.txt"]
    assert "out of the input folders" in reasons["out.txt"]
    assert "dangling" in reasons["dangling.txt"]
    assert "loop" in reasons["loop1"] and "loop" in reasons["loop2"]
    assert "self" in reasons
    assert all(r.startswith("skipped:") for r in reasons.values())


def test_follow_links_reads_outside_targets(tmp_path):
    root, outside = tmp_path / "in", tmp_path / "other"
    root.mkdir(), outside.mkdir()
    (outside / "b.txt").write_text("Ferries resume\n\n" + BODY + " Ferries resume.")
    os.symlink(outside / "b.txt", root / "b.txt")
    assert _run([root])[0] == []
    arts, errs, skips = _run([root], follow_links=True)
    assert [a.id for a in arts] == ["b"] and errs == [] and skips == []


def test_named_special_file_is_rejected(tmp_path):
    os.mkfifo(tmp_path / "p")
    arts, errs, _ = _run([tmp_path / "p", "/dev/null"])
    assert arts == [] and len(errs) == 2 and all("not a regular file" in r for _, r in errs)


def test_skipped_entries_without_on_skip_go_to_on_error(tmp_path):
    (tmp_path / ".x.txt").write_text(BODY)
    errs = []
    assert list(read_paths([str(tmp_path)], lambda o, r: errs.append(r))) == []
    assert errs and "hidden" in errs[0]
