"""Typed use of the public API, checked by ``mypy --strict tests/typing`` in CI.

Not a test module: it only has to type-check, so that annotations users rely on stay right.
"""

from __future__ import annotations

import json
from collections.abc import Sequence

from quoteattr import (
    CueCategory,
    Extractor,
    InvalidCueError,
    Quote,
    QuoteAttrError,
    QuoteKind,
    QuoteMarkPair,
    Span,
    Speaker,
    extract_quotes,
    quote_from_dict,
    quote_to_dict,
)


def speakers_of(quotes: Sequence[Quote]) -> list[str | None]:
    """The name (or mention) of each quotation's speaker."""
    names: list[str | None] = []
    for quote in quotes:
        speaker: Speaker | None = quote.speaker
        if speaker is None:
            names.append(None)
        else:
            mention: Span = speaker.mention
            names.append(speaker.name or mention.text)
    return names


def newsroom_extractor() -> Extractor:
    """An extractor configured the way a newsroom might."""
    extractor = (
        Extractor(language="en", scope="all")
        .with_cues("harrumph", "hit + out", category=CueCategory.SPEECH)
        .without_cues("charged")
        .with_quote_marks(("<<", ">>"), QuoteMarkPair("⟪", "⟫"))
    )
    return extractor.with_scope(["speech", CueCategory.WRITING])


def round_trip(text: str) -> list[Quote]:
    """Quotations through JSON and back."""
    data: str = json.dumps([quote_to_dict(q) for q in extract_quotes(text, scope="quotes")])
    return [quote_from_dict(item) for item in json.loads(data)]


def direct_only(text: str) -> list[Quote]:
    """Direct quotations with a confident attribution."""
    try:
        quotes = newsroom_extractor().extract(text)
    except QuoteAttrError:
        return []
    return [
        q
        for q in quotes
        if q.kind is QuoteKind.DIRECT and (q.confidence or 0.0) >= 0.5 and q.rule is not None
    ]


def refused() -> tuple[str, ...]:
    """The problems quoteattr reports for malformed cues."""
    try:
        Extractor().with_cues("")
    except InvalidCueError as error:
        return error.problems
    return ()
