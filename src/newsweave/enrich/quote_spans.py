"""Spans of direct quotes in every common style: « … », “ … ”, „ … “, „ … ”, ‹ … ›, "…", ‘ … ’
and '…' (single quotes only when they cannot be apostrophes). Nested quotes keep only the
outermost span."""
from __future__ import annotations

# opening mark -> possible closing marks
_PAIRS = {
    "«": "»", "“": "”“", "„": "“”", "‹": "›", '"': '"', "‘": "’", "'": "'", "「": "」",
    "»": "«",  # Danish/German reversed guillemets
}
_OPENERS = "«“„‹\"‘'「"
_MAX_QUOTE = 2500


def _is_word_char(c: str) -> bool:
    return c.isalnum()


def find_quote_spans(text: str) -> list[tuple[int, int]]:
    """Outermost quoted spans (start at the opening mark, end after the closing mark)."""
    out: list[tuple[int, int]] = []
    i, n = 0, len(text)
    while i < n:
        c = text[i]
        if c not in _OPENERS:
            i += 1
            continue
        prev = text[i - 1] if i > 0 else " "
        nxt = text[i + 1] if i + 1 < n else " "
        if c in "\"'‘":
            # an opening straight/single quote follows a space or punctuation, precedes a non-space
            if _is_word_char(prev) or nxt.isspace():
                i += 1
                continue
        close = _find_close(text, i, c)
        if close is None:
            i += 1
            continue
        out.append((i, close + 1))
        i = close + 1
    return out


def _find_close(text: str, i: int, opener: str) -> int | None:
    closers = _PAIRS[opener]
    n = len(text)
    limit = min(n, i + (_MAX_QUOTE if opener not in "'‘" else 300))
    depth = 0
    j = i + 1
    while j < limit:
        c = text[j]
        if c == "\n" and j + 1 < n and text[j + 1] == "\n" and opener not in "«„“":
            return None
        if opener in "'‘\"" and c == "\n":
            return None
        if c == opener and opener in "«‹„" and c not in closers:
            depth += 1
        elif c in closers:
            if opener in "\"'‘":
                before = text[j - 1] if j > 0 else " "
                after = text[j + 1] if j + 1 < n else " "
                if before.isspace() or _is_word_char(after):
                    j += 1
                    continue
            if depth == 0:
                return j if j > i + 1 else None
            depth -= 1
        j += 1
    return None
