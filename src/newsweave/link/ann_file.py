"""One file of named numpy arrays, memory-mapped when read: a restart of a large index maps its
vectors instead of reading and copying them (the pages load on first use).

Layout: 8 magic bytes, the length of a JSON header (8 bytes, little endian), the header
(``meta`` and, per array, its dtype, shape and offset), then each array's bytes at a 64-byte
aligned offset."""
from __future__ import annotations

import json
import os
import struct
from typing import Any, Sequence

import numpy as np

MAGIC = b"NWARRAY1"
ALIGN = 64


def _parts(value: np.ndarray | Sequence[np.ndarray]) -> list[np.ndarray]:
    return [value] if isinstance(value, np.ndarray) else list(value)


def write_arrays(path: str | os.PathLike, meta: dict[str, Any],
                 arrays: dict[str, np.ndarray | Sequence[np.ndarray]]) -> None:
    """Write ``arrays`` (an array, or a list of arrays that are concatenated along their first
    axis, so large ones need not be copied into one) and ``meta`` to ``path``."""
    specs, offset = {}, 0
    for name, value in arrays.items():
        parts = _parts(value)
        if not parts:
            raise ValueError(f"array {name!r} has no parts")
        dtype, tail = parts[0].dtype, parts[0].shape[1:]
        if any(p.dtype != dtype or p.shape[1:] != tail for p in parts):
            raise ValueError(f"array {name!r}: parts differ in dtype or shape")
        shape = (sum(p.shape[0] for p in parts),) + tail if parts[0].ndim else ()
        specs[name] = {"dtype": dtype.str, "shape": list(shape), "offset": offset}
        offset += -(-sum(p.nbytes for p in parts) // ALIGN) * ALIGN
    head = json.dumps({"meta": meta, "arrays": specs}).encode("utf-8")
    start = -(-(len(MAGIC) + 8 + len(head)) // ALIGN) * ALIGN
    with open(path, "wb") as fh:
        fh.write(MAGIC + struct.pack("<Q", len(head)) + head)
        for name, value in arrays.items():
            fh.seek(start + specs[name]["offset"])
            for p in _parts(value):
                fh.write(memoryview(np.ascontiguousarray(p)).cast("B"))
        fh.truncate(start + offset)


def read_arrays(path: str | os.PathLike) -> tuple[dict[str, Any], dict[str, np.ndarray]]:
    """(meta, arrays) of a file written by :func:`write_arrays`; arrays are read-only maps."""
    with open(path, "rb") as fh:
        magic = fh.read(len(MAGIC))
        if magic != MAGIC:
            raise ValueError(f"{path}: not an array file (bad magic bytes)")
        (size,) = struct.unpack("<Q", fh.read(8))
        try:
            head = json.loads(fh.read(size).decode("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise ValueError(f"{path}: unreadable header ({exc})") from exc
    start = -(-(len(MAGIC) + 8 + size) // ALIGN) * ALIGN
    total = os.path.getsize(path)
    out = {}
    for name, spec in head["arrays"].items():
        dtype, shape = np.dtype(spec["dtype"]), tuple(spec["shape"])
        nbytes = dtype.itemsize * int(np.prod(shape))
        if start + spec["offset"] + nbytes > total:
            raise ValueError(f"{path}: array {name!r} runs past the end of the file (truncated?)")
        out[name] = (np.zeros(shape, dtype) if nbytes == 0 else
                     np.memmap(path, dtype=dtype, mode="r", offset=start + spec["offset"], shape=shape))
    return head["meta"], out
