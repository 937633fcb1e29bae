"""The pipeline: text -> quoted spans -> attribution -> typed results."""

from __future__ import annotations

import functools
from collections.abc import Iterable

from quoteattr.attribution.candidates import Candidate
from quoteattr.attribution.confidence import DEFAULT_CONFIDENCE, RULE_CONFIDENCE
from quoteattr.attribution.direct import attribute_direct
from quoteattr.attribution.floating import settle
from quoteattr.attribution.grammar import Grammar, grammar_for
from quoteattr.attribution.mixed import widen_to_sentences
from quoteattr.attribution.reported import attribute_reported
from quoteattr.languages import load
from quoteattr.languages.pack import LanguagePack
from quoteattr.marks import QuoteScanner
from quoteattr.results import CueCategory, Quote, Span, Speaker
from quoteattr.segment import paragraph_bounds, sentence_bounds
from quoteattr.speakers import name_of

__all__ = ["Scope", "extract_quotes", "resolve_scope"]

Scope = str | Iterable[str | CueCategory]
"""Which cue categories count: ``"quotes"``, ``"all"``, or a collection of categories."""

_SCOPES: dict[str, frozenset[CueCategory]] = {
    "quotes": frozenset({CueCategory.SPEECH, CueCategory.WRITING}),
    "all": frozenset(CueCategory),
}


def resolve_scope(scope: Scope) -> frozenset[CueCategory]:
    """The cue categories a ``scope`` argument selects.

    >>> sorted(c.value for c in resolve_scope("quotes"))
    ['speech', 'writing']
    >>> sorted(c.value for c in resolve_scope(["speech", "thought"]))
    ['speech', 'thought']
    """
    if isinstance(scope, str):
        if scope in _SCOPES:
            return _SCOPES[scope]
        scope = [scope]
    categories: set[CueCategory] = set()
    accepted = ", ".join([*map(repr, _SCOPES), *(repr(c.value) for c in CueCategory)])
    for item in scope:
        try:
            categories.add(CueCategory(item))
        except ValueError:
            raise ValueError(
                f"scope={item!r} is not a cue category; accepted: {accepted}."
            ) from None
    if not categories:
        raise ValueError(f"scope selects no cue category; accepted: {accepted}.")
    return frozenset(categories)


@functools.lru_cache(maxsize=1)
def _default_scanner() -> QuoteScanner:
    return QuoteScanner()


def extract_quotes(text: str, *, scope: Scope = "quotes") -> list[Quote]:
    """Find every quotation in ``text``, with its attribution cue and speaker.

    Returns :class:`~quoteattr.Quote` values ordered by position: direct quotations,
    reported speech (indirect) and reported speech with quoted words (mixed). ``scope``
    chooses which attributions count: ``"quotes"`` (the default: speech and writing),
    ``"all"`` (beliefs and evidence too: "she believes", "the report found"), or a
    collection of :class:`~quoteattr.CueCategory` values or names.

    Any string is valid input (empty, huge, binary junk, unbalanced quotation marks): the
    result is then simply shorter. Offsets in the result index ``text`` exactly as given.

    >>> [q.text for q in extract_quotes('"We will win," the coach said.')]
    ['We will win,']

    :raises TypeError: when ``text`` is not a ``str`` (decode bytes first).
    :raises ValueError: when ``scope`` names no known category.
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
    categories = resolve_scope(scope)
    pack = load("en")
    grammar = grammar_for(pack)
    quoted = _default_scanner().scan(text)
    sentences = sentence_bounds(
        text,
        paragraph_bounds(text),
        frozenset(pack.abbreviations),
        [(q.start, q.end) for q in quoted],
    )
    direct = widen_to_sentences(
        text, attribute_direct(text, quoted, grammar, categories), sentences
    )
    reported = attribute_reported(text, sentences, quoted, direct, grammar, categories)
    return [_to_quote(text, c, pack, grammar) for c in settle(text, direct, reported)]


def _to_quote(text: str, candidate: Candidate, pack: LanguagePack, grammar: Grammar) -> Quote:
    speaker = None
    cue = None
    if candidate.speaker is not None:
        mention = Span.of(text, *candidate.speaker)
        speaker = Speaker(mention, name_of(mention.text, pack))
    if candidate.cue is not None:
        floor = (
            candidate.speaker[1]
            if candidate.speaker and candidate.speaker[1] <= candidate.cue[0]
            else 0
        )
        cue = Span.of(text, *grammar.cue_phrase(text, candidate.cue, floor))
    return Quote(
        span=Span.of(text, candidate.start, candidate.end),
        parts=tuple(Span.of(text, start, end) for start, end in candidate.parts),
        kind=candidate.kind,
        cue=cue,
        speaker=speaker,
        rule=candidate.rule,
        category=candidate.category,
        confidence=(
            RULE_CONFIDENCE.get(candidate.rule, DEFAULT_CONFIDENCE) if candidate.rule else None
        ),
    )
