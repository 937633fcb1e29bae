"""Typed use of the public API, checked by ``mypy --strict tests/typing`` in CI.

Not a test module: it only has to type-check, so that annotations users rely on stay right.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence

from quoteattr import (
    BUILTIN_RULES,
    CueCategory,
    Extractor,
    InvalidCueError,
    InvalidRuleError,
    LanguagePack,
    Plugin,
    Quote,
    QuoteAttrError,
    QuoteKind,
    QuoteMarkPair,
    Rule,
    RuleContext,
    RuleFunction,
    RuleMatch,
    RuleTimeoutError,
    Span,
    Speaker,
    available_languages,
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


def memo_rule(text: str, context: RuleContext) -> Iterator[RuleMatch]:
    """A rule function: every quoted span followed by "memo'd" and a name."""
    for start, end in context.quoted:
        cue = text.find("memo'd", end, end + 3)
        if cue >= 0:
            yield RuleMatch(quote=(start, end), cue=(cue, cue + 6), speaker=None)


def with_rules() -> Extractor:
    """Rules of one's own, placed in the chain, and built-in rules switched off."""
    function: RuleFunction = memo_rule
    tweets: Rule = Rule.from_pattern(
        "tweets", r"(?P<speaker>@\w+) wrote: (?P<quote>[^\n]+)", category="writing"
    )
    extractor = (
        Extractor(language=["en"])
        .with_rules(tweets)
        .with_pattern("memo", r"(?P<speaker>\w+) memo: (?P<quote>.+)", after="colon", timeout=0.5)
        .with_function("memo-function", function, kind=QuoteKind.DIRECT, before="floating")
        .disable_rules("floating")
    )
    chain: tuple[str, ...] = extractor.chain
    assert set(BUILTIN_RULES) <= set(chain)
    return extractor.enable_rules("floating").without_rules("memo")


def safe_extract(extractor: Extractor, text: str) -> list[Quote]:
    """Extraction that treats a runaway pattern as no result."""
    try:
        return extractor.extract(text)
    except RuleTimeoutError:
        return []


def plugin_rules(pack: LanguagePack) -> Plugin:
    """A plugin object as a distribution would export it."""
    try:
        rule = Rule.from_pattern("hashtags", r"(?P<cue>#said) (?P<quote>\w+)")
    except InvalidRuleError as error:
        raise SystemExit("\n".join(error.problems)) from error
    languages: tuple[str, ...] = available_languages()
    return Plugin("hashtags", languages=[pack] if pack.code not in languages else [], rules=[rule])
