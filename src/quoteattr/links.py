"""Quotations of one statement: the unquoted lede that repeats a later quotation.

Agency stories open with a paraphrase or a verbatim repeat of what the speaker says further
down ("X said the harbour will stay open" ... "The harbour will stay open," the head of
state said). A reported (indirect or mixed) quotation is linked to a later quotation by the
same speaker when most of its words recur there, so users can count the statement once.
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from quoteattr.results import Quote, QuoteKind, QuoteLink

__all__ = ["MIN_OVERLAP", "REACH", "link_restatements"]

MIN_OVERLAP = 0.5
"""The share of a reported quotation's content words that must recur in the later one."""

REACH = 20_000
"""How far after a reported quotation, in characters, the quotation it repeats may start."""

# Words that carry content: three letters or more, so "a", "of", "to" do not count.
_CONTENT_WORD = regex.compile(r"[\p{L}\p{M}\p{Nd}][\p{L}\p{M}\p{Nd}'’\-]{2,}")
# At least this many content words, so that two short phrases are never a statement.
_MIN_WORDS = 4


def link_restatements(quotes: Sequence[Quote]) -> tuple[QuoteLink, ...]:
    """Each reported quotation linked to the first later quotation by the same speaker
    that repeats at least :data:`MIN_OVERLAP` of its content words."""
    words = [_content_words(quote) for quote in quotes]
    links = []
    for index, first in enumerate(quotes):
        if first.kind is QuoteKind.DIRECT or len(words[index]) < _MIN_WORDS:
            continue
        for later_index in range(index + 1, len(quotes)):
            later = quotes[later_index]
            if later.span.start - first.span.end > REACH:
                break  # a restatement follows within a few paragraphs
            if not _same_speaker(first, later):
                continue
            overlap = len(words[index] & words[later_index]) / len(words[index])
            if overlap >= MIN_OVERLAP:
                links.append(QuoteLink(first, later, round(overlap, 3)))
                break
    return tuple(links)


def _content_words(quote: Quote) -> frozenset[str]:
    return frozenset(word.lower() for word in _CONTENT_WORD.findall(quote.text))


def _same_speaker(first: Quote, later: Quote) -> bool:
    if first.speaker is None or later.speaker is None:
        return False
    if first.speaker.name is not None and later.speaker.name is not None:
        return first.speaker.name == later.speaker.name
    return first.speaker.mention.text.lower() == later.speaker.mention.text.lower()
