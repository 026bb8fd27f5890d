"""Bytes → text: BOMs, UTF-8, Cyrillic single-byte, Western single-byte, charset-normalizer.

``decode(data)`` returns ``(text, encoding)`` or raises :class:`IngestError` with a reason a
person can act on (binary file, undecodable bytes).
"""
from __future__ import annotations

import codecs
import re

import charset_normalizer

from .errors import IngestError
from .langid import detect_lang
from .plausible import implausible

_MAGIC = [
    (b"%PDF", "PDF document"), (b"\x89PNG", "PNG image"), (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF8", "GIF image"), (b"PK\x03\x04", "ZIP archive (or office document)"),
    (b"\x1f\x8b", "gzip archive"), (b"BZh", "bzip2 archive"), (b"\xfd7zXZ", "xz archive"),
    (b"7z\xbc\xaf", "7-zip archive"), (b"\x7fELF", "executable"), (b"MZ", "executable"),
    (b"SQLite format 3", "SQLite database"), (b"\xd0\xcf\x11\xe0", "office document"),
    (b"RIFF", "media file"), (b"ID3", "audio file"), (b"OggS", "media file"),
]

_BOMS = [
    (codecs.BOM_UTF32_LE, "utf-32-le", "utf-32"), (codecs.BOM_UTF32_BE, "utf-32-be", "utf-32"),
    (codecs.BOM_UTF8, "utf-8", "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16-le", "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16-be", "utf-16"),
]

WESTERN = {"fr", "en", "es", "de", "it", "pt", "nl", "ca", "da", "sv", "no", "nb", "nn", "fi", "is",
           "ga", "eu", "gl", "oc", "br", "lb", "af", "wa", "co", "la", "sq", "id", "ms", "tl"}


def _control_ratio(text: str) -> float:
    if not text:
        return 0.0
    sample = text[:20000]
    bad = sum(1 for ch in sample if (ord(ch) < 32 and ch not in "\t\n\r\f\v") or 0x7f <= ord(ch) < 0xa0
              or ch == "\ufffd")
    return bad / len(sample)


def check_binary(data: bytes) -> None:
    """Raise for files that are clearly not text (magic numbers, NUL bytes without a UTF-16/32 BOM)."""
    head = data[:16]
    for magic, what in _MAGIC:
        if head.startswith(magic):
            # "MZ"/"ID3"/"BZh" could start a text by chance: confirm with NUL bytes or controls
            if magic in (b"MZ", b"ID3", b"BZh", b"GIF8", b"RIFF") and b"\x00" not in data[:4096]:
                continue
            raise IngestError(f"binary file ({what}), not text")
    if any(data.startswith(bom) for bom, _, _ in _BOMS if bom not in (codecs.BOM_UTF8,)):
        return
    if b"\x00" in data:
        raise IngestError(f"binary file (NUL byte at byte {data.index(0)}), not text")


def _cyrillic_looking(data: bytes) -> bool:
    """High bytes mostly in runs (words) of 0xC0–0xFF: cp1251 Russian/Ukrainian/Bulgarian."""
    high = [i for i, b in enumerate(data[:200000]) if b >= 0x80]
    if len(high) < 8:
        return False
    hs = set(high)
    in_runs = sum(1 for i in high if (i - 1) in hs or (i + 1) in hs)
    if in_runs < 0.6 * len(high):
        return False
    sample = data[:200000].decode("cp1251", errors="replace")
    high_chars = [ch for ch in sample if ord(ch) > 127]
    letters = [ch for ch in high_chars if ch.isalpha()]
    cyr = sum(1 for ch in letters if "\u0400" <= ch <= "\u04ff")
    # real text: nearly every high byte is a letter, and words are separated by spaces
    return (len(letters) >= 0.85 * len(high_chars) and cyr >= 0.9 * len(letters) and len(letters) > 0
            and sample.count(" ") + sample.count("\n") >= len(sample) / 40)


def _western_ok(text: str) -> bool:
    code = detect_lang(re.sub(r"\s+", " ", text[:3000]))
    return code in WESTERN


def declared_charset(data: bytes) -> str | None:
    """The encoding a document names for itself (HTML ``<meta charset>``, XML prolog), if any."""
    m = re.search(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-]+)""", data[:4096], re.I)
    if m:
        return m.group(1).decode("ascii", "ignore")
    m = re.search(rb"""<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9_\-]+)""", data[:512], re.I)
    return m.group(1).decode("ascii", "ignore") if m else None


def decode(data: bytes, declared: str | None = None) -> tuple[str, str]:
    """Decode ``data``; ``declared`` is an encoding named by the document (HTML meta, XML prolog)."""
    for bom, codec, name in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom):].decode(codec), name
            except UnicodeDecodeError as exc:
                raise IngestError(f"undecodable bytes: {name} BOM but invalid {name} at byte {exc.start}") from None
    check_binary(data)
    utf8 = _utf8(data)
    if utf8 is not None:
        return utf8, "utf-8"
    text, enc = _single_byte_or_guess(data, declared)
    reason = implausible(text)
    if reason:
        raise IngestError(f"undecodable bytes: read as {enc} the text is garbage ({reason})")
    return text, enc


_UTF8_MULTIBYTE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")


def _utf8(data: bytes) -> str | None:
    """``data`` as UTF-8: a multi-byte sequence cut at the very end (a truncated file) is dropped;
    invalid bytes inside a file that otherwise writes UTF-8 are mixed encodings, refused."""
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        if exc.end >= len(data) and len(data) - exc.start < 4 and "end of data" in exc.reason:
            return data[:exc.start].decode("utf-8")  # the tail was cut inside a character
        first = exc.start
    n_utf8 = len(_UTF8_MULTIBYTE.findall(data[:1_000_000]))
    if n_utf8 >= 3:
        raise IngestError(f"mixed encodings: {n_utf8} UTF-8 characters but invalid UTF-8 at byte {first}")
    return None


def _single_byte_or_guess(data: bytes, declared: str | None) -> tuple[str, str]:
    """Text of ``data`` that is not UTF-8: a declared encoding, cp1251, cp1252, else a guess."""
    if declared:
        try:
            codec = codecs.lookup(declared).name
            if codec not in ("utf-8",):
                text = data.decode(codec)
                if _control_ratio(text) < 0.01:
                    return text, codec
        except (LookupError, UnicodeDecodeError):
            pass
    if _cyrillic_looking(data):
        return data.decode("cp1251", errors="replace"), "cp1251"
    best = charset_normalizer.from_bytes(data[:500000]).best()
    if best is None:
        raise IngestError("undecodable bytes: not UTF-8 and no known text encoding fits")
    enc = codecs.lookup(best.encoding).name
    # charset-normalizer often says cp1250/iso8859-2 for French or Spanish latin-1; prefer cp1252
    # when that reads as a Western language.
    for western in ("cp1252", "latin-1"):
        try:
            wtext = data.decode(western)
        except UnicodeDecodeError:
            continue
        if enc in ("cp1252", "iso8859-1", "latin-1") or (_control_ratio(wtext) < 0.001 and _western_ok(wtext)):
            return wtext, "latin-1" if western == "latin-1" else "cp1252"
        break
    try:
        text = data.decode(enc)
    except (UnicodeDecodeError, LookupError):
        raise IngestError(f"undecodable bytes: guessed {best.encoding} but it does not decode") from None
    if _control_ratio(text) > 0.05:
        raise IngestError("undecodable bytes: decoded text is mostly control characters")
    return text, enc
