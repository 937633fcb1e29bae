"""Paragraph and sentence boundaries, as offsets into the unmodified text.

News text marks paragraphs with line breaks (one or more); blank and whitespace-only lines
separate paragraphs and are not paragraphs themselves. Sentence ends are found with one
compiled pattern: a terminal mark, optional closing quotes or brackets, then a space and
an upper-case letter, a digit, an opening mark, or the end of the paragraph.
"""

from __future__ import annotations

import regex

__all__ = ["first_non_space", "paragraph_bounds", "sentence_start_before", "strip_bounds"]

_LINE = regex.compile(r"[^\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]+")
_NON_SPACE = regex.compile(r"\S")
_LEADING_SPACE = regex.compile(r"\s*")
_TRAILING_SPACE = regex.compile(r"\s*", regex.REVERSE)
# The end of a sentence that a later sentence follows: "...said. The", "...?” She".
_SENTENCE_BREAK = regex.compile(
    r"(?<=[.!?…][\"'”’»)\]]*)\s+(?=[\"'“‘«„(\[]*[\p{Lu}\d])", regex.REVERSE
)


def paragraph_bounds(text: str) -> list[tuple[int, int]]:
    """Return ``(start, end)`` of every paragraph (non-blank line) of ``text``, in order."""
    return [
        (match.start(), match.end())
        for match in _LINE.finditer(text)
        if _NON_SPACE.search(text, match.start(), match.end())
    ]


def strip_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """Narrow ``start``/``end`` so that ``text[start:end]`` has no surrounding whitespace."""
    start = _LEADING_SPACE.match(text, start, end).end()  # type: ignore[union-attr]
    if start == end:
        return start, end
    end = _TRAILING_SPACE.match(text, start, end).start()  # type: ignore[union-attr]
    return start, end


def first_non_space(text: str, start: int, end: int) -> int:
    """Return the offset of the first non-space character in ``text[start:end]`` (or ``end``)."""
    return _LEADING_SPACE.match(text, start, end).end()  # type: ignore[union-attr]


def sentence_start_before(text: str, pos: int, floor: int) -> int:
    """Return where the sentence containing ``pos`` starts, not before ``floor``."""
    match = _SENTENCE_BREAK.search(text, floor, pos)
    return match.end() if match else floor
