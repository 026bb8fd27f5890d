"""The decoding policy: garbage is refused with a reason, never stored as text."""
from __future__ import annotations

import random

import pytest

from newsweave.ingest import read_bytes

FR = "Le conseil municipal a voté le budget après un débat très animé sur la rénovation des écoles. " * 4
RU = "Городской совет утвердил бюджет после долгого обсуждения ремонта школ и дорог в районе. " * 4


def _read(data: bytes, name: str = "t.txt"):
    errs: list[tuple[str, str]] = []
    arts = read_bytes(data, name, lambda o, r: errs.append((o, r)))
    return arts, [r for _, r in errs]


@pytest.mark.parametrize("base", [FR, RU])
def test_truncated_utf8_keeps_utf8_and_drops_the_cut_character(base):
    data = base.encode()
    for cut in range(len(data) - 12, len(data)):
        arts, errs = _read(data[:cut])
        assert errs == [] and arts[0].encoding == "utf-8"
        assert base.startswith(arts[0].text.rstrip()) or base.startswith(arts[0].text)


@pytest.mark.parametrize("data,needle", [
    (FR.encode() + FR.encode("cp1252"), "mixed encodings"),
    (RU.encode() + RU.encode("cp1251"), "mixed encodings"),
    (FR.encode() * 300 + b"\x00" + FR.encode(), "NUL"),  # after the first 64 KiB
    (FR.encode("utf-8").decode("cp1252").encode("utf-8"), "mojibake"),  # Ã© stored as text
    (RU.encode("utf-8").decode("cp1251").encode("utf-8"), "mojibake"),  # Р° stored as text
    (bytes(range(1, 32)) * 20, "control"),
    ((FR[:200] + "\ufffd" * 30).encode(), "replacement"),
    (RU.encode("koi8-r"), "garbage"),
])
def test_garbage_is_refused_with_a_reason(data, needle):
    arts, errs = _read(data)
    assert arts == [] and len(errs) == 1 and needle.lower() in errs[0].lower(), errs


def test_random_bytes_are_not_stored_as_text():
    rng = random.Random(7)
    stored = []
    for i in range(200):
        n = rng.choice([80, 400, 2000])
        pools = [list(range(0xa1, 0xff)), list(range(0x20, 0x7f)) + list(range(0xa0, 0x100)),
                 [0x20] * 20 + list(range(0x40, 0x7f)) + list(range(0xa1, 0xff)), list(range(0x40, 0xff))]
        data = bytes(rng.choice(pools[i % 4]) for _ in range(n))
        arts, errs = _read(data)
        if arts:
            stored.append((arts[0].encoding, arts[0].text[:40]))
        else:
            assert errs and errs[0]
    assert len(stored) <= 2, stored


@pytest.mark.parametrize("text,enc", [(FR, "cp1252"), (RU, "cp1251"), (FR, "latin-1")])
def test_real_single_byte_text_still_reads(text, enc):
    arts, errs = _read(text.encode(enc))
    assert errs == [] and arts[0].text == text
