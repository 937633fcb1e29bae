"""The pipeline: text -> quoted spans -> attribution -> typed results."""

from __future__ import annotations

import functools

from quoteattr.attribution.candidates import Candidate
from quoteattr.attribution.direct import attribute_direct
from quoteattr.attribution.grammar import grammar_for
from quoteattr.languages import load
from quoteattr.marks import QuoteScanner
from quoteattr.results import Quote, QuoteKind, Span, Speaker
from quoteattr.speakers import name_of

__all__ = ["extract_quotes"]


@functools.lru_cache(maxsize=1)
def _default_scanner() -> QuoteScanner:
    return QuoteScanner()


def extract_quotes(text: str) -> list[Quote]:
    """Find every quotation in ``text``, with its attribution cue and speaker.

    Returns :class:`~quoteattr.Quote` values ordered by position. Any string is valid input
    (empty, huge, binary junk, unbalanced quotation marks): the result is then simply
    shorter. Offsets in the result index ``text`` exactly as given.

    >>> [q.text for q in extract_quotes('"We will win," the coach said.')]
    ['We will win,']

    :raises TypeError: when ``text`` is not a ``str`` (decode bytes first).
    """
    if not isinstance(text, str):
        raise TypeError(
            f"extract_quotes() needs the text as str, got {type(text).__name__}; "
            + (
                "decode bytes first, e.g. data.decode('utf-8')."
                if isinstance(text, (bytes, bytearray, memoryview))
                else "pass the article's text."
            )
        )
    pack = load("en")
    grammar = grammar_for(pack)
    quoted = _default_scanner().scan(text)
    return [_to_quote(text, candidate) for candidate in attribute_direct(text, quoted, grammar)]


def _to_quote(text: str, candidate: Candidate) -> Quote:
    parts = tuple(
        Span.of(text, start, end) for piece in candidate.pieces for start, end in piece.parts
    )
    speaker = None
    if candidate.speaker is not None:
        mention = Span.of(text, *candidate.speaker)
        speaker = Speaker(mention, name_of(mention.text, load("en")))
    return Quote(
        span=Span.of(text, candidate.start, candidate.end),
        parts=parts,
        kind=QuoteKind.DIRECT,
        cue=Span.of(text, *candidate.cue) if candidate.cue is not None else None,
        speaker=speaker,
        rule=candidate.rule,
    )
