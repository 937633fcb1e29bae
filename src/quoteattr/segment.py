"""Paragraph and sentence boundaries, as offsets into the unmodified text.

News text marks paragraphs with line breaks (one or more); blank and whitespace-only lines
separate paragraphs and are not paragraphs themselves. Sentence ends are found with one
compiled pattern: a terminal mark, optional closing quotes or brackets, then a space and
an upper-case letter, a digit or an opening mark; a paragraph end ends a sentence too.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Sequence

import regex

__all__ = ["first_non_space", "paragraph_bounds", "sentence_bounds", "strip_bounds"]

# What breaks a line: ``paragraph_bounds`` finds the runs of other characters.
_LINE_BREAKS = "\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"
_NON_SPACE = regex.compile(r"\S")
_LEADING_SPACE = regex.compile(r"\s*")
_TRAILING_SPACE = regex.compile(r"\s*", regex.REVERSE)
# ``regex``'s ``\s`` less the line breaks: a sentence end never looks past its line, so one
# scan of the whole text finds what a scan of each paragraph alone would.
_SPACES = "\t \xa0\u1680\u2000-\u200a\u202f\u205f\u3000"
# The end of a sentence that a later sentence follows: "...said. The", "...?” She", with the
# spaces after it as group 1. In ``re``, whose scan for a first character written as one
# class is twice as fast as ``regex``'s; ``re`` has no ``\p{Lu}``, so any non-ASCII
# character after the opening marks is let through as group 2 for ``_CAPITAL_OR_DIGIT``.
# Possessive: a shorter run of marks, closing or opening marks is never followed by what
# the pattern needs next, so there is nothing to give back. Tried at the first mark of a
# run only: from a later one it would end at the same place, and trying every one would
# make a run of marks cost the square of its length.
_SENTENCE_END = re.compile(
    r"[.!?…](?<![.!?…].)[.!?…]*+(?:''|[\"'”’“‘»«›‹」』)\]])*+"
    rf"([{_SPACES}]++)"
    r"(?=(?:``|''|[\"'“‘«„‚»›‹”「『(\[])*+(?:[A-Z0-9]|([^\x00-\x7f])))"
)
_CAPITAL_OR_DIGIT = regex.compile(r"[\p{Lu}\d]")
_WORD_BEFORE = regex.compile(r"[\w.’'\-]+\Z", regex.REVERSE)


def paragraph_bounds(text: str) -> list[tuple[int, int]]:
    """Return ``(start, end)`` of every paragraph (non-blank line) of ``text``, in order."""
    bounds = []
    start = 0
    # ``str.splitlines`` breaks lines at exactly ``_LINE_BREAKS`` (with "\r\n" one break),
    # in C: each line without its break is a maximal run of other characters, or empty
    # where two breaks meet.
    for line in text.splitlines(True):
        end = start + len(line) - _break_length(line)
        # A line opening with a non-space is no blank line (a character ``str.isspace``
        # denies is no ``regex`` space either); only the others need the pattern.
        if end > start and (not line[0].isspace() or _NON_SPACE.search(text, start, end)):
            bounds.append((start, end))
        start += len(line)
    return bounds


def _break_length(line: str) -> int:
    """How many characters of a line from ``str.splitlines(True)`` are its line break."""
    if line.endswith("\r\n"):
        return 2
    return 1 if line[-1] in _LINE_BREAKS else 0


def strip_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """Narrow ``start``/``end`` so that ``text[start:end]`` has no surrounding whitespace."""
    # The common case, words at both ends, without the two calls (see ``first_non_space``
    # for why ``str.isspace`` can tell).
    if start < end and not text[start].isspace() and not text[end - 1].isspace():
        return start, end
    start = first_non_space(text, start, end)
    return start, _end_of_non_space(text, start, end)


# A `regex` call costs time in proportion to the stretch of text it is given, not to what
# it matches; so space runs are consumed a window at a time, never the whole stretch.
_STEP = 256


def first_non_space(text: str, start: int, end: int) -> int:
    """Return the offset of the first non-space character in ``text[start:end]`` (or ``end``)."""
    # Fast path: a character ``str.isspace`` denies is no ``regex`` space either (the two
    # differ only on U+001C..U+001F, which ``str.isspace`` counts and ``regex`` does not).
    if start < end and not text[start].isspace():
        return start
    # And the common case of one space or line break before the words: both are `regex`
    # spaces, and a character ``str.isspace`` denies after them ends the run.
    if start + 1 < end and text[start] in " \n" and not text[start + 1].isspace():
        return start + 1
    while start < end:
        stop = min(end, start + _STEP)
        found: int = _LEADING_SPACE.match(text, start, stop).end()  # type: ignore[union-attr]
        if found < stop:
            return found
        start = stop
    return end


def _end_of_non_space(text: str, start: int, end: int) -> int:
    if end > start and not text[end - 1].isspace():
        return end
    while end > start:
        stop = max(start, end - _STEP)
        found: int = _TRAILING_SPACE.match(text, stop, end).start()  # type: ignore[union-attr]
        if found > stop:
            return found
        end = stop
    return start


def sentence_bounds(
    text: str,
    paragraphs: Sequence[tuple[int, int]],
    abbreviations: frozenset[str],
    protected: Sequence[tuple[int, int]] = (),
    longest: int = 1500,
) -> list[tuple[int, int]]:
    """Return ``(start, end)`` of every sentence, paragraph by paragraph, in order.

    A full stop after an abbreviation ("Sen.", "U.S.") or an initial ("John F. Kennedy")
    ends no sentence, and neither does a full stop inside a ``protected`` span (a quotation
    is one unit for the sentences around it). ``protected`` must be sorted and disjoint.
    ``paragraphs`` must be lines of ``text``, as :func:`paragraph_bounds` gives them.
    A "sentence" longer than ``longest`` characters (no news sentence is; a list or a
    run-on text is) is cut at spaces into pieces no longer than that, so that the work
    done per sentence stays bounded.
    """
    ends, starts = _sentence_ends(text, abbreviations, protected)
    bounds: list[tuple[int, int]] = []
    first = 0
    for para_start, para_end in paragraphs:
        # Sentence ends lie inside paragraphs (none is followed by a line break), so the
        # ones before this paragraph's end are its own.
        stop = bisect.bisect_left(ends, para_end, first)
        if para_end - para_start <= longest:
            # Only the paragraph's own ends can have spaces to strip: ``ends`` follow a mark
            # and ``starts`` are at the first character after the spaces after it.
            start = first_non_space(text, para_start, para_end)
            if first < stop:
                bounds.append((start, ends[first]))
                bounds.extend(zip(starts[first : stop - 1], ends[first + 1 : stop], strict=True))
                start = starts[stop - 1]
            bounds.append((start, _end_of_non_space(text, start, para_end)))
        else:
            # Long sentences are cut counting from where the sentence before ended.
            sentence_starts = (para_start, *ends[first:stop])
            for start, end in zip(sentence_starts, (*ends[first:stop], para_end), strict=True):
                _add_pieces(bounds, text, start, end, longest)
        first = stop
    return bounds


def _sentence_ends(
    text: str, abbreviations: frozenset[str], protected: Sequence[tuple[int, int]]
) -> tuple[list[int], list[int]]:
    """The end of every sentence that another follows, and the start of the one after."""
    protected_starts = [start for start, _ in protected]
    endings = _word_endings(abbreviations)
    ends: list[int] = []
    starts: list[int] = []
    for match in _SENTENCE_END.finditer(text):
        # Group 2 is a non-ASCII character where a capital or a digit must stand.
        if match.lastindex == 2 and not _CAPITAL_OR_DIGIT.match(match.group(2)):
            continue
        mark = match.start()
        end, start = match.span(1)
        if protected and _inside(protected_starts, protected, mark, end):
            continue
        if text[mark] == "." and _is_abbreviation(text, mark, abbreviations, endings):
            continue
        ends.append(end)
        starts.append(start)
    return ends, starts


def _add_pieces(
    bounds: list[tuple[int, int]], text: str, start: int, end: int, longest: int
) -> None:
    """Add ``text[start:end]``, stripped, to ``bounds`` unless it is blank; cut at spaces
    into pieces of at most ``longest`` characters when it is longer."""
    if end - start <= longest:
        # What ``_pieces`` does for one piece, without its lists: nearly every sentence.
        piece = strip_bounds(text, start, end)
        if piece[0] < piece[1]:
            bounds.append(piece)
    else:
        bounds.extend(_pieces(text, start, end, longest))


def _pieces(text: str, start: int, end: int, longest: int) -> list[tuple[int, int]]:
    """``text[start:end]`` stripped, cut at spaces into pieces of at most ``longest``."""
    pieces = []
    while end - start > longest:
        cut = text.rfind(" ", start + longest // 2, start + longest)
        cut = cut if cut > start else start + longest
        pieces.append(strip_bounds(text, start, cut))
        start = cut
    pieces.append(strip_bounds(text, start, end))
    return [piece for piece in pieces if piece[0] < piece[1]]


def _inside(
    starts: Sequence[int], protected: Sequence[tuple[int, int]], mark: int, end: int
) -> bool:
    index = bisect.bisect_right(starts, mark) - 1
    return index >= 0 and protected[index][1] > end


@functools.lru_cache(maxsize=8)
def _word_endings(abbreviations: frozenset[str]) -> frozenset[str]:
    """The last one or two characters of each abbreviation before its full stop."""
    return frozenset(abbreviation[-3:-1] for abbreviation in abbreviations)


def _is_abbreviation(
    text: str, dot: int, abbreviations: frozenset[str], endings: frozenset[str]
) -> bool:
    # Cheap test first: most full stops end a word in lower case (so no initial) that ends
    # like no abbreviation, and the pattern below costs three times as much. (At the text's
    # start ``dot - 1`` wraps round; there is no word there to be an abbreviation anyway.)
    before = text[dot - 1]
    if before.islower() and before not in endings and text[dot - 2 : dot] not in endings:
        return False
    match = _WORD_BEFORE.match(text, max(0, dot - 40), dot)
    if match is None:
        return False
    word = match.group() + "."
    return word in abbreviations or (len(word) == 2 and word[0].isupper())
