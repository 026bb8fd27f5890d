"""What one article may hold, checked for every article whatever its format or entry point.

A text that no later stage can take safely is rejected here with a reason a person can act on
(text that an earlier tool double-encoded, UTF-8 read as cp1252 or cp1251 and saved again, is
first repaired when the repair is exact: see :func:`accept_text`):
lone surrogate halves (not encodable, e.g. from a JSON ``"\\ud800"``), NUL and other control
characters, replacement characters left by an earlier wrong decoding, mojibake (UTF-8 read as
cp1252/latin-1 or as cp1251), and metadata fields or JSON numbers beyond sane sizes. A text's
length has no limit of its own (the input's size limit bounds it): the stages with a length limit
read a long text in pieces (see ``enrich/ner_memo.py``).
"""
from __future__ import annotations

import re
from typing import Any

from ..model import Article
from .errors import IngestError

MAX_FIELD_CHARS = 10_000  # title, source, url, byline, id, each agency
MAX_EXTRA_CHARS = 100_000  # any other string of a JSON record
MAX_NUMBER_CHARS = 100  # digits of a JSON number
MAX_AGENCIES = 100

_SURROGATE = re.compile(r"[\ud800-\udfff]")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")  # \t \n \f \r allowed
# UTF-8 read as cp1252/latin-1: a lead byte À-ô followed by a continuation byte (0x80-0xBF as
# cp1252 or latin-1 shows it); UTF-8 read as cp1251: Р/С/в followed by a cp1251 0x80-0xBF letter
_MOJIBAKE_WESTERN = re.compile(
    "[\u00c2-\u00f4][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc"
    "\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]")
_MOJIBAKE_CYRILLIC = re.compile(
    "[\u0420\u0421\u0432][\u0402\u0403\u201a\u0453\u201e\u2026\u2020\u2021\u20ac\u2030\u0409\u2039"
    "\u040a\u040c\u040b\u040f\u0452\u2018\u2019\u2022\u2013\u2014\u2122\u0459\u203a\u045a\u045c"
    "\u045b\u045f\u040e\u045e\u0408\u00a4\u0490\u00a6\u00a7\u0401\u00a9\u0404\u00ac\u00ad\u00ae"
    "\u0407\u00b0\u00b1\u0406\u0456\u0491\u00b5\u00b6\u00b7\u0451\u2116\u0454\u0458\u0405\u0455\u0457]")


def _describe_char(ch: str) -> str:
    return f"U+{ord(ch):04X}"


# No natural language writes this long without a space or a line break (the longest words of
# agglutinative languages and long URLs stay far below); scripts written without spaces are exempt.
_SPACELESS_RUN = re.compile(r"\S{5000,}")
_CJK_CHAR = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\u0e00-\u0e7f\u1000-\u109f]")


def text_problem(text: str, what: str = "text") -> str | None:
    """Why ``text`` cannot be stored as article text, or None when it can."""
    m = _SURROGATE.search(text)
    if m:
        return f"{what} holds a lone surrogate {_describe_char(m.group())} at character {m.start()} (not encodable)"
    if "\x00" in text:
        return f"{what} holds NUL characters at character {text.index(chr(0))} (binary data, not text)"
    n = len(text)
    controls = len(_CONTROL.findall(text))
    if controls and (controls > 0.01 * n or controls >= 20):
        return f"{what} is not clean text: {controls} control characters in {n:,}"
    bad = text.count("\ufffd")
    if bad and (bad > 0.005 * n or bad >= 20):
        return (f"{what} is damaged: {bad} replacement characters (U+FFFD) left by an earlier wrong "
                "decoding")
    run = _SPACELESS_RUN.search(text)
    if run and not _CJK_CHAR.search(run.group()[:200]):
        return (f"{what} is not words: {len(run.group()):,} characters without a space or line break "
                f"from character {run.start()}")
    moji = mojibake_pairs(text)
    if moji >= 2:
        non_ascii = sum(1 for ch in text if ord(ch) > 127)
        if 2 * moji >= 0.3 * non_ascii:
            sample = (_MOJIBAKE_WESTERN.search(text) or _MOJIBAKE_CYRILLIC.search(text)).group()
            return (f"{what} is mojibake (UTF-8 decoded with a wrong single-byte encoding, e.g. "
                    f"{sample!r}): {moji} garbled letters")
    return None


_NON_ASCII_RUN = re.compile(r"[^\x00-\x7f]+")
_REPAIR_ENCODINGS = ("cp1252", "cp1251", "latin-1")


def _undo(run: str) -> str:
    """``run`` re-encoded with the first single-byte encoding whose bytes are valid UTF-8."""
    for enc in _REPAIR_ENCODINGS:
        try:
            return run.encode(enc).decode("utf-8")
        except UnicodeError:
            continue
    return run


def repair_mojibake(text: str) -> str | None:
    """``text`` with its double-encoded letters ("Ã©tÃ©", "Ð¿Ñ€Ð¸") turned back into the letters
    they were, or None when ``text`` is not mojibake or cannot be repaired exactly (a run that
    decodes to nothing valid stays, and the result must hold no mojibake signature)."""
    before = mojibake_pairs(text)
    if before < 2:
        return None
    non_ascii = sum(1 for ch in text if ord(ch) > 127)
    if 2 * before < 0.3 * non_ascii:
        return None  # a few look-alike pairs in real text ("Ã" in a Portuguese name) are not mojibake
    fixed = _NON_ASCII_RUN.sub(lambda m: _undo(m.group()), text)
    if fixed == text or mojibake_pairs(fixed) or fixed.count("\ufffd") > text.count("\ufffd"):
        return None
    return fixed


def accept_text(text: str, what: str = "text") -> tuple[str, str | None]:
    """The text to store and a note of any repair made; raises :class:`IngestError` with the
    reason when ``text`` cannot be stored."""
    note = None
    fixed = repair_mojibake(text)
    if fixed is not None:
        text, note = fixed, "mojibake repaired (UTF-8 that had been read as a single-byte encoding)"
    problem = text_problem(text, what)
    if problem:
        raise IngestError(problem)
    return text, note


def mojibake_pairs(text: str) -> int:
    """How many two-character mojibake signatures ("Ã©", "â€™", "Ð¾", "Р°") ``text`` holds."""
    return len(_MOJIBAKE_WESTERN.findall(text)) + len(_MOJIBAKE_CYRILLIC.findall(text))


def field_problem(value: str, what: str, limit: int = MAX_FIELD_CHARS) -> str | None:
    """Why a metadata string cannot be stored (too long, not encodable, NUL), or None."""
    if len(value) > limit:
        return f"{what} too long: {len(value):,} characters (limit {limit:,})"
    m = _SURROGATE.search(value)
    if m:
        return f"{what} holds a lone surrogate {_describe_char(m.group())} (not encodable)"
    if "\x00" in value:
        return f"{what} holds a NUL character"
    return None


def _walk_strings(value: Any, path: str, depth: int = 0):
    if depth > 50:
        raise IngestError(f"{path} nested more than 50 levels deep")
    if isinstance(value, str):
        yield path, value
    elif isinstance(value, dict):
        for k, v in value.items():
            yield from _walk_strings(str(k), f"{path} key", depth + 1)
            yield from _walk_strings(v, f"{path}.{k}" if path else str(k), depth + 1)
    elif isinstance(value, (list, tuple)):
        for i, v in enumerate(value):
            yield from _walk_strings(v, f"{path}[{i}]", depth + 1)


def check_article(a: Article) -> None:
    """Raise :class:`IngestError` when ``a`` cannot be stored and analysed safely (its text is
    repaired in place when the repair is exact, and the repair noted in its metadata)."""
    a.text, note = accept_text(a.text)
    if note:
        a.meta["repaired"] = note
    for key in ("id", "title", "source", "url", "byline"):
        v = getattr(a, key)
        if isinstance(v, str):
            problem = field_problem(v, key)
            if problem:
                raise IngestError(problem)
    if len(a.agencies) > MAX_AGENCIES:
        raise IngestError(f"too many agencies ({len(a.agencies)}, limit {MAX_AGENCIES})")
    for ag in a.agencies:
        problem = field_problem(ag, "agency")
        if problem:
            raise IngestError(problem)
    for path, s in _walk_strings(a.meta, "metadata"):
        problem = field_problem(s, path, MAX_EXTRA_CHARS)
        if problem:
            raise IngestError(problem)


def bounded_int(s: str) -> int:
    """``json.loads(parse_int=...)``: numbers of more than MAX_NUMBER_CHARS digits refused."""
    if len(s) > MAX_NUMBER_CHARS:
        raise IngestError(f"JSON number with {len(s):,} digits (limit {MAX_NUMBER_CHARS})")
    return int(s)


def bounded_float(s: str) -> float:
    if len(s) > MAX_NUMBER_CHARS:
        raise IngestError(f"JSON number with {len(s):,} characters (limit {MAX_NUMBER_CHARS})")
    return float(s)


def bounded_constant(s: str) -> Any:
    raise IngestError(f"JSON constant {s} is not a number")
