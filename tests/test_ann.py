"""The article vector index: exact answers up to its exact size, bounded partitioned search
past it (exact cosines, high recall), views instead of copies, and its file."""
from __future__ import annotations

import numpy as np
import pytest

from newsweave.link.ann import AnnIndex, BLOCK
from newsweave.link.ann_lists import quantise

DIM = 32


def unit(x: np.ndarray) -> np.ndarray:
    return (x / np.linalg.norm(x, axis=-1, keepdims=True)).astype(np.float32)


def clustered(n: int, per: int = 4, seed: int = 0) -> tuple[np.ndarray, np.ndarray]:
    """``n`` vectors in groups of ``per`` around random centres (members at cosine ~0.9)."""
    rng = np.random.default_rng(seed)
    centres = unit(rng.standard_normal((n // per + 1, DIM)))
    group = np.arange(n) // per
    return unit(centres[group] + 0.08 * rng.standard_normal((n, DIM))), group


def brute(vecs: np.ndarray, labels: np.ndarray, q: np.ndarray, k: int):
    cos = vecs @ q
    order = sorted(range(len(vecs)), key=lambda i: (-cos[i], labels[i]))[:k]
    return labels[order], cos[order]


def test_small_index_is_an_exact_search_with_ties_by_label():
    rng = np.random.default_rng(3)
    vecs = unit(rng.standard_normal((300, DIM)))
    vecs[200] = vecs[10]  # a duplicate: the tie goes to the lower label
    labels = rng.permutation(10_000)[:300].astype(np.int64)
    idx = AnnIndex(DIM)
    for s in range(0, 300, 70):  # several adds
        idx.add(labels[s:s + 70], vecs[s:s + 70])
    assert idx.lists is None and len(idx) == 300
    for i in (10, 50, 299):
        got_l, got_c = idx.query(vecs[i], k=12)
        want_l, want_c = brute(vecs, labels, vecs[i], 12)
        assert got_l.tolist() == want_l.tolist()
        np.testing.assert_allclose(got_c, want_c, rtol=0, atol=1e-6)
    lab, _ = idx.query(vecs[10], k=2)
    assert lab.tolist() == sorted([labels[10], labels[200]])
    assert len(idx.query(vecs[0], k=1000)[0]) == 300  # k larger than the index


def test_empty_index_and_mismatched_add():
    idx = AnnIndex(DIM)
    lab, cos = idx.query(np.ones(DIM, np.float32), k=5)
    assert len(lab) == 0 and len(cos) == 0
    with pytest.raises(ValueError, match="2 labels for 1 vectors"):
        idx.add([1, 2], np.ones((1, DIM), np.float32))


def test_partitioned_search_returns_exact_cosines_and_finds_the_group():
    vecs, group = clustered(6000)
    idx = AnnIndex(DIM, exact_max=500, nprobe=16)
    labels = np.arange(6000, dtype=np.int64) * 7
    for s in range(0, 6000, 1000):
        idx.add(labels[s:s + 1000], vecs[s:s + 1000])
    assert idx.lists is not None
    assert idx.lists.trained_n > 500  # retrained as the index grew 4x past its first training
    assert int(idx.lists.counts.sum()) == 6000  # every row listed once
    found = 0
    for i in range(0, 6000, 37):
        lab, cos = idx.query(vecs[i], k=4)
        rows = lab // 7
        np.testing.assert_allclose(cos, vecs[rows] @ vecs[i], rtol=0, atol=1e-6)  # exact, re-ranked
        assert np.all(np.diff(cos) <= 1e-7)
        found += len(set(rows.tolist()) & set(np.nonzero(group == group[i])[0].tolist()))
    assert found / (4 * len(range(0, 6000, 37))) >= 0.95
    # a query costs the probed lists, not the index: the candidates are a small share of it
    cands = idx.lists.candidates(vecs[0], idx.nprobe, 10_000)
    assert len(cands) < 6000 // 2


def test_int8_codes_approximate_the_vectors():
    vecs, _ = clustered(200)
    codes, scale = quantise(vecs)
    assert codes.dtype == np.int8
    assert np.abs(codes * scale[:, None] - vecs).max() <= scale.max() / 2 + 1e-7


def test_add_returns_views_of_the_one_stored_copy():
    vecs, _ = clustered(BLOCK + 10)  # spans two blocks
    idx = AnnIndex(DIM)
    views = idx.add(np.arange(len(vecs)), vecs)
    assert len(views) == len(vecs)
    for r in (0, BLOCK - 1, BLOCK, BLOCK + 9):
        assert np.shares_memory(views[r], idx.vector(r))
        np.testing.assert_array_equal(views[r], vecs[r])
    idx.add([10**6], vecs[:1])  # later adds never move earlier rows
    assert np.shares_memory(views[5], idx.vector(5))
    with pytest.raises(ValueError, match="read-only"):
        views[5][0] = 2.0  # a holder cannot change the index behind its back


@pytest.mark.parametrize("exact_max", [10_000, 300])
def test_saved_index_answers_the_same_and_keeps_growing(tmp_path, exact_max):
    vecs, _ = clustered(2000, seed=5)
    idx = AnnIndex(DIM, exact_max=exact_max)
    idx.add(np.arange(1500), vecs[:1500])
    path = tmp_path / "x.ann"
    idx.save(path)
    back = AnnIndex.load(path, dim=DIM, exact_max=exact_max)
    assert len(back) == 1500 and back.labels().tolist() == list(range(1500))
    assert (back.lists is None) == (idx.lists is None)
    for i in (0, 700, 1499):
        a, b = idx.query(vecs[i], 10), back.query(vecs[i], 10)
        assert a[0].tolist() == b[0].tolist()
        np.testing.assert_array_equal(a[1], b[1])
    size = path.stat().st_size
    back.add(np.arange(1500, 2000), vecs[1500:])  # appending to a loaded (mapped) index
    idx.add(np.arange(1500, 2000), vecs[1500:])
    assert path.stat().st_size == size
    for i in (3, 1999):
        assert back.query(vecs[i], 10)[0].tolist() == idx.query(vecs[i], 10)[0].tolist()
    back.save(path)  # over the file its own vectors are mapped from
    again = AnnIndex.load(path, dim=DIM, exact_max=exact_max)
    assert again.query(vecs[1999], 3)[0].tolist() == idx.query(vecs[1999], 3)[0].tolist()


def test_unreadable_index_files_are_refused_with_a_reason(tmp_path):
    vecs, _ = clustered(100)
    idx = AnnIndex(DIM)
    idx.add(np.arange(100), vecs)
    path = tmp_path / "x.ann"
    idx.save(path)
    with pytest.raises(ValueError, match="dimension 16"):
        AnnIndex.load(path, dim=16)
    data = path.read_bytes()
    (tmp_path / "cut.ann").write_bytes(data[: len(data) // 2])
    with pytest.raises(ValueError, match="past the end"):
        AnnIndex.load(tmp_path / "cut.ann", dim=DIM)
    (tmp_path / "junk.ann").write_bytes(b"not an index at all")
    with pytest.raises(ValueError, match="bad magic"):
        AnnIndex.load(tmp_path / "junk.ann", dim=DIM)


def test_index_saved_under_one_vector_space_is_refused_under_another(tmp_path):
    vecs, _ = clustered(50)
    idx = AnnIndex(DIM)
    idx.add(np.arange(50), vecs)
    path = tmp_path / "x.ann"
    idx.save(path, identity="model-a@1/lead300")
    assert len(AnnIndex.load(path, dim=DIM, identity="model-a@1/lead300")) == 50
    assert len(AnnIndex.load(path, dim=DIM)) == 50  # no identity asked: not checked
    with pytest.raises(ValueError, match="model-a@1/lead300, not of model-a@2/lead300"):
        AnnIndex.load(path, dim=DIM, identity="model-a@2/lead300")
    idx.save(path)  # a file from before identities were recorded
    with pytest.raises(ValueError, match="unnamed embedder"):
        AnnIndex.load(path, dim=DIM, identity="model-a@1/lead300")
