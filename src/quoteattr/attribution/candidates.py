"""The value every attribution rule produces: a quotation with its cue and speaker offsets."""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Sequence

import attrs

from quoteattr.marks import QuotedSpan
from quoteattr.results import CueCategory, QuoteKind

__all__ = ["Candidate", "SpanIndex", "from_quoted"]


@attrs.frozen
class Candidate:
    """One quotation as the attribution rules see it, before it becomes a public Quote.

    ``start``/``end`` is the envelope (marks included for direct quotations); ``parts`` the
    ``(start, end)`` offsets of the quoted content. ``cue`` and ``speaker`` are offsets or
    None; ``rule`` names the rule that attached them and ``category`` what the cue reports.
    """

    start: int
    end: int
    parts: tuple[tuple[int, int], ...]
    kind: QuoteKind = QuoteKind.DIRECT
    cue: tuple[int, int] | None = None
    speaker: tuple[int, int] | None = None
    rule: str | None = None
    category: CueCategory | None = None

    @property
    def attributed(self) -> bool:
        return self.speaker is not None or self.cue is not None


def from_quoted(
    pieces: Sequence[QuotedSpan],
    cue: tuple[int, int] | None = None,
    speaker: tuple[int, int] | None = None,
    rule: str | None = None,
    category: CueCategory | None = None,
) -> Candidate:
    """A direct quotation made of one or more quoted spans."""
    # Most are one span, whose parts are a tuple already.
    parts = pieces[0].parts if len(pieces) == 1 else tuple(p for s in pieces for p in s.parts)
    return Candidate(
        pieces[0].start, pieces[-1].end, parts, QuoteKind.DIRECT, cue, speaker, rule, category
    )


class SpanIndex:
    """Answers "does this stretch overlap any of these spans?" in logarithmic time.

    The spans may overlap one another. Sorted by start, with the running maximum of their
    ends, a query needs one binary search: the spans starting before the query's end
    overlap it exactly when the furthest of their ends reaches past the query's start.
    """

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        ordered = sorted(spans)
        self._starts = [start for start, _ in ordered]
        self._reach: list[int] = []
        furthest = -1
        for _, end in ordered:
            furthest = max(furthest, end)
            self._reach.append(furthest)

    def overlaps(self, start: int, end: int) -> bool:
        """Whether ``start``/``end`` shares a character with any span."""
        before_end = bisect.bisect_left(self._starts, end)
        return before_end > 0 and self._reach[before_end - 1] > start
