"""The rule chain at work: switched-off rules, and which rule wins overlapping text."""

from __future__ import annotations

import bisect
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from typing import TypeVar

from quoteattr.attribution.candidates import Candidate, from_quoted
from quoteattr.marks import QuotedSpan

__all__ = ["claim", "release_disabled"]

T = TypeVar("T")


def release_disabled(
    candidates: Sequence[Candidate], quoted: Sequence[QuotedSpan], disabled: Collection[str]
) -> list[Candidate]:
    """Direct quotations attributed by a switched-off rule, back to unattributed quoted
    spans (which later rules, such as floating quotes, may still attribute)."""
    if not disabled:
        return list(candidates)
    starts = [piece.start for piece in quoted]
    released: list[Candidate] = []
    for candidate in candidates:
        if candidate.rule not in disabled:
            released.append(candidate)
            continue
        first = bisect.bisect_left(starts, candidate.start)
        last = bisect.bisect_left(starts, candidate.end)
        released.extend(from_quoted((piece,)) for piece in quoted[first:last])
    return released


def claim(
    items: Iterable[T], candidate_of: Callable[[T], Candidate], rank: Mapping[str, int]
) -> list[T]:
    """The items whose quotations stand when rules compete for text: earlier rules in the
    chain (lower ``rank``) first, then earlier text; a quotation that overlaps one already
    standing is dropped. The result is in text order."""

    def order(item: T) -> tuple[int, int, int]:
        candidate = candidate_of(item)
        return rank.get(candidate.rule or "", len(rank)), candidate.start, -candidate.end

    starts: list[int] = []
    ends: list[int] = []
    kept: list[tuple[int, T]] = []
    for item in sorted(items, key=order):
        candidate = candidate_of(item)
        index = bisect.bisect_right(starts, candidate.start)
        if index > 0 and ends[index - 1] > candidate.start:
            continue
        if index < len(starts) and starts[index] < candidate.end:
            continue
        starts.insert(index, candidate.start)
        ends.insert(index, candidate.end)
        kept.insert(index, (candidate.start, item))
    return [item for _, item in kept]
