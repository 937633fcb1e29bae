"""Properties of extending: adding then removing changes nothing, what is registered is
found, extractors survive pickling, and bad registrations raise the documented errors."""

from __future__ import annotations

import pickle

from hypothesis import example, given, settings
from hypothesis import strategies as st

from quoteattr import (
    BUILTIN_RULES,
    CueCategory,
    Extractor,
    InvalidCueError,
    InvalidQuoteMarkError,
    InvalidRuleError,
    UnknownRuleError,
)
from quoteattr.cues import inflect
from strategies import (
    SpeakerSpec,
    article_texts,
    narrative_paragraphs,
    quote_contents,
    speakers,
)

TWEET_PATTERN = r"(?P<speaker>@\w+) (?P<cue>wrote on X): (?P<quote>[^\n]+)"
# Made-up verbs: no language pack has them, so only a registered cue can find them.
NEW_VERBS = ("harrumph", "kvetch", "bloviate", "pontificate", "grouse")
rule_names = st.from_regex(r"[a-z][a-z0-9\-]{0,12}", fullmatch=True).filter(
    lambda name: name not in BUILTIN_RULES
)


@given(article_texts(), rule_names, st.sampled_from((*BUILTIN_RULES, None)))
@settings(deadline=None, max_examples=60)
def test_adding_then_removing_a_rule_changes_nothing(
    text: str, name: str, place: str | None
) -> None:
    """A rule added anywhere in the chain and removed again leaves the extractor, and so
    every result, as it was."""
    added = Extractor().with_pattern(name, TWEET_PATTERN, after=place)
    back = added.without_rules(name)
    assert back == Extractor()
    assert back.extract(text) == Extractor().extract(text)


@given(article_texts(), st.lists(st.sampled_from(BUILTIN_RULES), min_size=1, unique=True))
@settings(deadline=None, max_examples=60)
def test_switching_rules_off_and_on_again_changes_nothing(text: str, names: list[str]) -> None:
    """Rules switched off and on again give the original results; switched off, no
    result names them."""
    off = Extractor(scope="all").disable_rules(*names)
    assert all(quote.rule not in names for quote in off.extract(text))
    assert off.enable_rules(*names).extract(text) == Extractor(scope="all").extract(text)


@given(
    narrative_paragraphs(),
    speakers(("name", "role")),
    st.sampled_from(NEW_VERBS),
    quote_contents(ending=","),
)
@settings(deadline=None, max_examples=60)
def test_a_registered_cue_is_found_in_generated_text(
    before: str, speaker: SpeakerSpec, verb: str, content: str
) -> None:
    """A verb added with with_cues attributes a quotation in generated news text, with
    the speaker as written; without it, that quotation has no cue of that verb."""
    form = inflect(verb)[2]  # the past tense
    sentence = f'"{content}" {speaker.mention} {form}.'
    text = f"{before}\n\n{sentence}"
    found = Extractor().with_cues(verb).extract(text)
    quote = next(q for q in found if q.text == content)
    assert quote.cue is not None
    assert quote.cue.text == form
    assert quote.speaker is not None
    assert quote.speaker.mention.text == speaker.mention
    assert all(q.cue is None or q.cue.text != form for q in Extractor().extract(text))


@given(narrative_paragraphs(), st.from_regex(r"@[a-z]{2,10}", fullmatch=True), quote_contents())
@settings(deadline=None, max_examples=60)
def test_a_registered_pattern_is_found_in_generated_text(
    before: str, handle: str, content: str
) -> None:
    """A pattern rule finds its shape wherever it stands in generated text."""
    text = f"{before}\n\n{handle} wrote on X: {content}\n\n{before}"
    extractor = Extractor().with_pattern("tweets", TWEET_PATTERN)
    tweets = [q for q in extractor.extract(text) if q.rule == "tweets"]
    assert [(q.text, q.speaker and q.speaker.mention.text) for q in tweets] == [(content, handle)]


@given(article_texts(), st.sampled_from(["all", "quotes"]), st.sampled_from(BUILTIN_RULES))
@settings(deadline=None, max_examples=40)
def test_extractors_survive_pickling_with_identical_results(
    text: str, scope: str, place: str
) -> None:
    """A configured extractor, user rules included, pickles to an equal extractor that
    gives identical results."""
    extractor = (
        Extractor(scope=scope)
        .with_cues("harrumph")
        .with_quote_marks(("<<", ">>"))
        .with_pattern("tweets", TWEET_PATTERN, before=place)
        .disable_rules(place)
    )
    copy = pickle.loads(pickle.dumps(extractor))
    assert copy == extractor
    assert copy.extract(text) == extractor.extract(text)


@given(
    st.one_of(st.text(max_size=12), st.integers(), st.none()),
    st.one_of(st.text(max_size=30), st.integers(), st.none()),
    st.one_of(st.sampled_from([c.value for c in CueCategory]), st.text(max_size=8)),
    st.one_of(st.none(), st.sampled_from(BUILTIN_RULES), st.text(max_size=8)),
    st.one_of(st.floats(allow_nan=True), st.integers(-2, 5)),
)
@settings(deadline=None, max_examples=300)
@example("ok", TWEET_PATTERN, "speech", None, 1.0)
def test_rule_registration_raises_only_the_documented_error(
    name: object, pattern: object, category: str, before: object, timeout: float
) -> None:
    """Whatever is registered, the outcome is a working extractor or InvalidRuleError."""
    problems: tuple[str, ...] = ()
    try:
        extractor = Extractor().with_pattern(
            name,  # type: ignore[arg-type]
            pattern,  # type: ignore[arg-type]
            category=category,
            before=before,  # type: ignore[arg-type]
            timeout=timeout,
        )
    except InvalidRuleError as error:
        problems = error.problems
    else:
        assert extractor.chain.count(name) == 1  # type: ignore[arg-type]
        extractor.extract("Ana wrote on X: the bridge is shut.")
        return
    assert problems
    assert all(problems)


@given(st.lists(st.one_of(st.text(max_size=10), st.integers()), max_size=3))
@settings(deadline=None, max_examples=200)
def test_other_registrations_raise_only_their_documented_errors(items: list[object]) -> None:
    """Cues, quotation marks and rule names: each call succeeds or raises its own error."""
    calls = [
        (lambda: Extractor().with_cues(*items), InvalidCueError),  # type: ignore[arg-type]
        (lambda: Extractor().without_cues(*items), InvalidCueError),  # type: ignore[arg-type]
        (lambda: Extractor().disable_rules(*items), UnknownRuleError),  # type: ignore[arg-type]
        (lambda: Extractor().without_rules(*items), UnknownRuleError),  # type: ignore[arg-type]
        (
            lambda: Extractor().with_quote_marks(*((i, i) for i in items)),  # type: ignore[misc]
            InvalidQuoteMarkError,
        ),
    ]
    for call, error in calls:
        problems: tuple[str, ...] = ("none raised",)
        try:
            call()
        except error as raised:
            problems = raised.problems  # type: ignore[attr-defined]
        assert problems  # and any other exception fails the test
