"""Quoted spans with no cue of their own: continuations, floating quotes and the rest.

After the direct and reported rules, some quoted spans are still unattributed. In order:

``continuation``
    A quoted span that follows an attributed quotation with nothing but the rest of the
    attribution sentence between (``"A," she said. "B."``) is another part of it, also when
    it opens the next paragraph (as annotated news has it, this is the speaker going on).
``floating``
    A quoted sentence without a cue (``"B."`` on its own, in a later sentence or paragraph)
    inherits the speaker of the quotation before it, and its cue when no paragraph break
    stands between them (the same attribution going on, as annotated news marks it).

What is left (scare quotes, titles, words quoted in passing) is not a quotation of anyone
and is dropped. Reported quotations that overlap a direct one lose to it.
"""

from __future__ import annotations

import functools
from collections.abc import Collection, Sequence

import regex

from quoteattr.attribution.candidates import Candidate, SpanIndex
from quoteattr.results import QuoteKind

__all__ = ["settle"]

# How far back (in characters) a floating quotation looks for the speaker it inherits.
_FLOAT_REACH = 1500
# How long the rest of an attribution clause before a continuing quotation may be.
_CONTINUATION_REACH = 200
# A sentence of at least three words: its first word character a capital or a digit (a
# word character too), then two more runs of word characters. The runs are possessive
# (each of \w and \W is the other's complement), so any text is read once, and only as
# far as the third word.
_SENTENCE_LIKE = regex.compile(r"\W*+[\p{Lu}\d]\w*+\W++\w++\W++\w")


@functools.lru_cache(maxsize=32)
def _between_continuation(abbreviations: tuple[str, ...]) -> regex.Pattern[str]:
    """What may stand between an attribution and the quotation that continues it: the rest
    of the attribution clause, ending its sentence ('said Ann Lee, a teacher. "B."'). A full
    stop inside it ends no sentence when an abbreviation or an initial ends there
    ('said Mr. Lee, who met Sen. Ortiz on Friday. "B."')."""
    stems = sorted(
        {a[:-1] for a in abbreviations if a.endswith(".") and len(a) > 1}, key=len, reverse=True
    )
    short = "|".join([*map(regex.escape, stems), r"\p{Lu}"])
    # The run is possessive: a full stop both rules accept must not be tried both ways on
    # a failing match (that doubles the work at every such stop). So is each stretch
    # without a full stop, taken at once rather than a character a turn: a third faster.
    return regex.compile(
        rf"(?:[^\n\"“”«»„.!?]++|(?<=(?<![\w.])(?:{short}))\.|\.(?!\s+\p{{Lu}}))*+"
        r"[.!?:]?\s*\Z|\s*\Z"
    )


def settle(
    text: str,
    direct: Sequence[Candidate],
    reported: Sequence[Candidate],
    *,
    disabled: Collection[str] = frozenset(),
    abbreviations: tuple[str, ...] = (),
) -> list[Candidate]:
    """Merge the rules' candidates into the final, non-overlapping list of quotations
    (``continuation`` and ``floating`` apply unless named in ``disabled``; ``abbreviations``
    are the language's, whose full stops end no sentence)."""
    between = _between_continuation(abbreviations)
    continuing = "continuation" not in disabled
    floating = "floating" not in disabled
    chosen = _without_overlaps([c for c in direct if c.attributed], reported)
    taken = SpanIndex((c.start, c.end) for c in chosen)
    unattributed = [c for c in direct if not c.attributed and not taken.overlaps(c.start, c.end)]
    ordered = sorted([*chosen, *unattributed], key=lambda c: c.start)
    result: list[Candidate] = []
    for candidate in ordered:
        if candidate.attributed:
            result.append(candidate)
            continue
        previous = _last_attributed(result)
        if previous is None:
            continue
        if continuing and _continues(text, previous, candidate, between):
            result[-1] = _extend(previous, candidate)
        elif floating and _floats(text, previous, candidate):
            result.append(_floated(text, candidate, previous))
    return _disjoint(result)


def _disjoint(candidates: Sequence[Candidate]) -> list[Candidate]:
    """Quotations never overlap: where two rules' quotations do, the earlier one stays."""
    kept: list[Candidate] = []
    for candidate in sorted(candidates, key=lambda c: (c.start, -c.end)):
        if not kept or candidate.start >= kept[-1].end:
            kept.append(candidate)
    return kept


def _without_overlaps(
    direct: Sequence[Candidate], reported: Sequence[Candidate]
) -> list[Candidate]:
    """Attributed direct quotations first; reported ones only where they overlap none."""
    spans = SpanIndex((c.start, c.end) for c in direct)
    return [*direct, *(c for c in reported if not spans.overlaps(c.start, c.end))]


def _last_attributed(result: Sequence[Candidate]) -> Candidate | None:
    # Only the last quotation can be continued or floated from: one right before.
    return result[-1] if result and result[-1].speaker is not None else None


def _continues(
    text: str, previous: Candidate, candidate: Candidate, between: regex.Pattern[str]
) -> bool:
    """'"A," she said. "B."': B right after the end of A's attribution sentence."""
    if previous.kind is QuoteKind.INDIRECT or previous.rule == "floating":
        return False
    cue, speaker = previous.cue, previous.speaker
    last = max(previous.end, cue[1] if cue else 0, speaker[1] if speaker else 0)
    if last > candidate.start:
        return False
    if candidate.start - last > _CONTINUATION_REACH:
        return False
    return between.match(text, last, candidate.start) is not None


def _floats(text: str, previous: Candidate, candidate: Candidate) -> bool:
    """A whole quoted sentence near a quotation in quotation marks, with no cue of its own."""
    if candidate.start - previous.end > _FLOAT_REACH:
        return False
    first_start, first_end = candidate.parts[0]
    return _SENTENCE_LIKE.match(text, first_start, first_end) is not None and _starts_sentence(
        text, candidate.start
    )


def _same_paragraph(text: str, previous: Candidate, candidate: Candidate) -> bool:
    # Bounded: a floating quotation is at most _FLOAT_REACH after the one it follows.
    return text.find("\n", previous.end, candidate.start) < 0


def _starts_sentence(text: str, pos: int) -> bool:
    before = text[max(0, pos - 3) : pos].rstrip(" \t")
    return before == "" or before[-1:] in '.!?\n:”"’»'


# These two build the Candidate whole: ``attrs.evolve`` looks the class's fields up at
# every call, which costs twice the construction itself.


def _extend(previous: Candidate, candidate: Candidate) -> Candidate:
    """``previous`` running on to the end of ``candidate``, with its parts."""
    return Candidate(
        previous.start,
        candidate.end,
        previous.parts + candidate.parts,
        previous.kind,
        previous.cue,
        previous.speaker,
        previous.rule,
        previous.category,
    )


def _floated(text: str, candidate: Candidate, previous: Candidate) -> Candidate:
    """``candidate`` attributed, by the floating rule, to the speaker of ``previous``, and
    to its cue in the same paragraph."""
    return Candidate(
        candidate.start,
        candidate.end,
        candidate.parts,
        candidate.kind,
        previous.cue if _same_paragraph(text, previous, candidate) else None,
        previous.speaker,
        "floating",
        previous.category,
    )
