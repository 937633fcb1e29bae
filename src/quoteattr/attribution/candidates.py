"""The value every attribution rule produces: a quotation with its cue and speaker offsets."""

from __future__ import annotations

import attrs

from quoteattr.marks import QuotedSpan

__all__ = ["Candidate"]


@attrs.frozen
class Candidate:
    """One quotation as the attribution rules see it, before it becomes a public Quote.

    ``pieces`` are the quoted spans that make up the quotation (two for a quotation
    interrupted by its attribution); ``cue`` and ``speaker`` are ``(start, end)`` offsets or
    None; ``rule`` names the rule that attached them.
    """

    pieces: tuple[QuotedSpan, ...]
    cue: tuple[int, int] | None = None
    speaker: tuple[int, int] | None = None
    rule: str | None = None

    @property
    def start(self) -> int:
        return self.pieces[0].start

    @property
    def end(self) -> int:
        return self.pieces[-1].end
