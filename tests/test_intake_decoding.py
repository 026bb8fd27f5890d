"""The decoding policy: garbage is refused with a reason, never stored as text."""
from __future__ import annotations

import json
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
    # mojibake that no exact repair undoes: half of it double-encoded twice
    ((FR.encode().decode("cp1252").encode().decode("cp1252") + FR.encode().decode("cp1252")).encode(), "mojibake"),
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


@pytest.mark.parametrize("text,enc", [(FR, "cp1252"), (RU, "cp1251"), (FR, "latin-1")])
def test_double_encoded_text_is_repaired_exactly(text, enc):
    """UTF-8 read as a single-byte encoding and saved again ("Ã©", "Ð¿") is turned back into
    the letters it was, as a file and as a JSON Lines record, and the repair is noted."""
    garbled = text.encode().decode(enc)  # FR's letters avoid cp1252's five undefined bytes
    arts, errs = _read(garbled.encode())
    assert errs == [] and arts[0].text.strip() == text.strip()
    assert "mojibake repaired" in arts[0].meta["repaired"]
    line = json.dumps({"id": "r1", "text": garbled, "title": "t"}).encode()
    arts, errs = _read(line + b"\n", "batch.jsonl")
    assert errs == [] and arts[0].text.strip() == text.strip()


def test_real_accented_text_is_not_repaired():
    """Text that only looks like mojibake in places (a Portuguese "São", a stray "Ã") is kept."""
    text = "A delegação de São Tomé chegou; o ministro Ãlvaro falou com a imprensa local ontem. " * 3
    arts, errs = _read(text.encode())
    assert errs == [] and arts[0].text.strip() == text.strip() and "repaired" not in arts[0].meta
