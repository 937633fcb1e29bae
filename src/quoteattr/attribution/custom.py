"""Users' own attribution rules (patterns and functions) run over a text.

A rule's matches become candidates like the built-in rules' ones: the quoted words a rule
captured become a DIRECT quotation when they are (or fill) a span between quotation marks,
MIXED when they contain such spans, INDIRECT otherwise, unless the rule says which kind.
"""

from __future__ import annotations

import bisect
from collections.abc import Collection, Iterable, Iterator, Sequence

import regex

from quoteattr.attribution.candidates import Candidate
from quoteattr.errors import RuleResultError, RuleTimeoutError
from quoteattr.marks import QuotedSpan
from quoteattr.results import CueCategory, QuoteKind
from quoteattr.rules import Rule, RuleContext, RuleMatch
from quoteattr.segment import strip_bounds

__all__ = ["run_rules"]


def run_rules(
    text: str,
    rules: Sequence[tuple[Rule, regex.Pattern[str] | None]],
    context: RuleContext,
    quoted: Sequence[QuotedSpan],
    categories: Collection[CueCategory],
) -> list[Candidate]:
    """The candidates every rule in scope finds in ``text``.

    :raises RuleTimeoutError: when a pattern takes longer than its rule's timeout.
    :raises RuleResultError: when a rule function yields something that is no valid match.
    """
    marks = _QuotedLookup(text, quoted)
    found: list[Candidate] = []
    for rule, compiled in rules:
        if rule.category not in categories:
            continue
        matches = (
            _pattern_matches(text, rule, compiled)
            if compiled is not None
            else _function_matches(text, rule, context)
        )
        found.extend(marks.candidate(rule, match) for match in matches)
    return found


def _pattern_matches(text: str, rule: Rule, compiled: regex.Pattern[str]) -> Iterator[RuleMatch]:
    try:
        for match in compiled.finditer(text, timeout=rule.timeout):
            parts = _merged(span for span in match.spans("quote") if span[1] > span[0])
            if parts:
                yield RuleMatch(parts, _group(match, "cue"), _group(match, "speaker"))
    except TimeoutError:
        raise RuleTimeoutError(rule.name, rule.timeout, len(text)) from None


def _group(match: regex.Match[str], name: str) -> tuple[int, int] | None:
    if name not in match.re.groupindex:
        return None
    span = match.span(name)
    return span if span[0] >= 0 else None


def _merged(spans: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """Captures of a repeated group, in order, with overlapping ones joined."""
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def _function_matches(text: str, rule: Rule, context: RuleContext) -> Iterator[RuleMatch]:
    assert rule.function is not None  # a rule is a pattern or a function
    for match in rule.function(text, context):
        if not isinstance(match, RuleMatch):
            raise RuleResultError(rule.name, f"got a {type(match).__name__}, not a RuleMatch")
        spans = [*match.quote, *(s for s in (match.cue, match.speaker) if s is not None)]
        beyond = [span for span in spans if span[1] > len(text)]
        if beyond:
            raise RuleResultError(
                rule.name, f"offsets {beyond[0]} lie beyond the text's {len(text)} characters"
            )
        if all(start == end for start, end in match.quote):
            raise RuleResultError(rule.name, f"the quote {match.quote} is empty")
        yield match


class _QuotedLookup:
    """Finds the spans between quotation marks that a rule's captured words are."""

    def __init__(self, text: str, quoted: Sequence[QuotedSpan]) -> None:
        self.text = text
        self.quoted = quoted
        self.starts = [piece.start for piece in quoted]

    def candidate(self, rule: Rule, match: RuleMatch) -> Candidate:
        parts = tuple((start, end) for start, end in match.quote if end > start)
        pieces = [self._piece(*part) for part in parts]
        kind = match.kind or rule.kind
        start, end = parts[0][0], parts[-1][1]
        if all(pieces) and kind in (None, QuoteKind.DIRECT):
            whole = [piece for piece in pieces if piece is not None]
            start, end = whole[0].start, whole[-1].end
            parts = tuple(part for piece in whole for part in piece.parts)
            kind = QuoteKind.DIRECT
        elif kind is None:
            kind = QuoteKind.MIXED if self._any_within(start, end) else QuoteKind.INDIRECT
        return Candidate(
            start, end, parts, kind, match.cue, match.speaker, rule.name, rule.category
        )

    def _piece(self, start: int, end: int) -> QuotedSpan | None:
        """The quoted span a captured part is: its words, with or without the quotation
        marks and spaces around them (a pattern may or may not have captured those)."""
        start, end = strip_bounds(self.text, start, end)
        index = bisect.bisect_right(self.starts, start) - 1
        if index < 0:
            return None
        piece = self.quoted[index]
        inside = piece.start <= start <= piece.parts[0][0]
        return piece if inside and piece.parts[-1][1] <= end <= piece.end else None

    def _any_within(self, start: int, end: int) -> bool:
        index = bisect.bisect_left(self.starts, start)
        return index < len(self.quoted) and self.quoted[index].end <= end
