"""The value every attribution rule produces: a quotation with its cue and speaker offsets."""

from __future__ import annotations

from collections.abc import Sequence

import attrs

from quoteattr.marks import QuotedSpan
from quoteattr.results import CueCategory, QuoteKind

__all__ = ["Candidate", "from_quoted"]


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
    return Candidate(
        start=pieces[0].start,
        end=pieces[-1].end,
        parts=tuple(part for piece in pieces for part in piece.parts),
        kind=QuoteKind.DIRECT,
        cue=cue,
        speaker=speaker,
        rule=rule,
        category=category,
    )
