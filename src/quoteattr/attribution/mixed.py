"""Mixed quotations: reported speech whose quoted words do not start the sentence.

``Clinton is "the most dishonest candidate," Pence said.`` is not a direct quotation of
"the most dishonest candidate": the speaker is reported as saying the whole clause, part of
it in their own words. A direct quotation attributed after its closing mark becomes MIXED,
with the sentence from its start, when words stand before its opening mark in the same
sentence (other than an introduction ending in a colon).
"""

from __future__ import annotations

import bisect
import operator
from collections.abc import Sequence

import attrs
import regex

from quoteattr.attribution.candidates import Candidate
from quoteattr.results import QuoteKind

__all__ = ["widen_to_sentences"]

_WORD = regex.compile(r"\w")
_INTRODUCED = regex.compile(r"[:—–\-]\s*\Z", regex.REVERSE)
# Rules whose quotation stands before its attribution, so words before it are content.
_ATTRIBUTED_AFTER = frozenset({"after-quote", "interrupted"})
_start = operator.itemgetter(0)


def widen_to_sentences(
    text: str, candidates: Sequence[Candidate], sentences: Sequence[tuple[int, int]]
) -> list[Candidate]:
    """Turn direct quotations that begin mid-sentence into mixed ones."""
    return [_widened(text, c, sentences) if c.rule in _ATTRIBUTED_AFTER else c for c in candidates]


def _widened(text: str, candidate: Candidate, sentences: Sequence[tuple[int, int]]) -> Candidate:
    if candidate.kind is not QuoteKind.DIRECT:
        return candidate
    # The sentences searched by their starts in place: a list of the starts would cost more
    # than the few searches of a text.
    index = bisect.bisect_right(sentences, candidate.start, key=_start) - 1
    if index < 0:
        return candidate
    sentence_start = sentences[index][0]
    if sentence_start >= candidate.start or sentences[index][1] < candidate.start:
        return candidate
    if _WORD.search(text, sentence_start, candidate.start) is None:
        return candidate
    if _INTRODUCED.match(text, sentence_start, candidate.start) is not None:
        return candidate
    parts = ((sentence_start, candidate.parts[0][1]), *candidate.parts[1:])
    return attrs.evolve(candidate, start=sentence_start, parts=parts, kind=QuoteKind.MIXED)
