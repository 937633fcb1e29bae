"""The Extractor: an immutable, picklable configuration, and the errors it raises."""

from __future__ import annotations

import pickle
import threading

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quoteattr import (
    CueCategory,
    Extractor,
    InvalidCueError,
    InvalidQuoteMarkError,
    QuoteAttrError,
    QuoteMarkPair,
    UnknownLanguageError,
    UnknownScopeError,
    extract_quotes,
)
from quoteattr.cues import inflect

TEXT = (
    '"The bridge stays shut," the engineer harrumphed. Exports rose, officials said. '
    "Most voters believe the plan will work."
)


def test_default_extractor_matches_extract_quotes() -> None:
    """Extractor().extract is extract_quotes with its defaults."""
    assert Extractor().extract(TEXT) == extract_quotes(TEXT)
    assert Extractor(scope="all").extract(TEXT) == extract_quotes(TEXT, scope="all")


def test_extractors_are_immutable_values() -> None:
    """A configured extractor is frozen; changes return a new, equal-by-value extractor."""
    base = Extractor()
    changed = base.with_scope("all")
    assert changed is not base
    assert base.scope == frozenset({CueCategory.SPEECH, CueCategory.WRITING})
    assert changed == Extractor(scope="all")
    assert hash(changed) == hash(Extractor(scope="all"))
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        base.language = "de"  # type: ignore[misc]


def test_added_cue_is_found_in_every_form() -> None:
    """A verb added by its base form is found in all its inflections."""
    assert all(q.cue is None or q.cue.text != "harrumphed" for q in extract_quotes(TEXT))
    extractor = Extractor().with_cues("harrumph")
    assert next(q.cue.text for q in extractor.extract(TEXT) if q.cue) == "harrumphed"
    for sentence in ["The engineer harrumphs that it rains.", "She harrumphed that it rained."]:
        (quote,) = extractor.extract(sentence)
        assert quote.category is CueCategory.SPEECH


def test_added_phrasal_and_fixed_cues() -> None:
    """Verb-with-particle and fixed-phrase cues work too."""
    extractor = Extractor().with_cues("hit + out", "in a memo to staff")
    (quote,) = extractor.extract("The mayor hit out at the plan.")
    assert quote.cue is not None
    assert quote.cue.text == "hit out"
    (quote,) = extractor.extract("Costs will rise, the chief executive said in a memo to staff.")
    assert quote.speaker is not None


def test_removed_cue_is_no_longer_found() -> None:
    """Removing a form stops it attributing; the other forms stay."""
    text = "The minister warned that prices would rise."
    assert extract_quotes(text)
    assert Extractor().without_cues("warned").extract(text) == []
    assert Extractor().without_cues("warned").extract("She warns that prices rise.")


def test_category_of_added_cues_follows_scope() -> None:
    """An added thought cue counts only when the scope includes thought."""
    extractor = Extractor().with_cues("surmise", category="thought")
    text = "The minister surmises prices will rise."
    assert extractor.extract(text) == []
    assert [q.category for q in extractor.with_scope("all").extract(text)] == [CueCategory.THOUGHT]


def test_added_quote_marks() -> None:
    """Custom quotation-mark pairs are recognised alongside the defaults."""
    extractor = Extractor().with_quote_marks(("<<", ">>"))
    (quote,) = extractor.extract("<<We stay open,>> the mayor said.")
    assert quote.text == "We stay open,"
    assert (
        Extractor()
        .with_quote_marks(QuoteMarkPair("⟪", "⟫"))
        .extract("⟪We stay open,⟫ the mayor said.")
    )


@given(st.sampled_from(["harrumph", "bristle", "kvetch", "snipe", "surmise"]))
@settings(deadline=None, max_examples=20)
def test_adding_then_removing_a_cue_changes_nothing(verb: str) -> None:
    """Adding a verb, then removing every form it added, gives the original results."""
    forms = inflect(verb)
    sample = f'"We stay," the mayor said. The engineer {forms[2]} that it rained. {TEXT}'
    back = Extractor().with_cues(verb).without_cues(*forms)
    assert back.extract(sample) == Extractor().extract(sample)
    assert Extractor().with_cues(verb).extract(sample) != Extractor().extract(sample)


def test_extractor_pickles_with_identical_results() -> None:
    """An extractor survives pickling (to worker processes) and gives the same results."""
    extractor = Extractor(scope="all").with_cues("harrumph").with_quote_marks(("<<", ">>"))
    copy = pickle.loads(pickle.dumps(extractor))
    assert copy == extractor
    assert copy.extract(TEXT) == extractor.extract(TEXT)


def test_extractor_is_thread_safe() -> None:
    """One extractor used from several threads gives every thread the same results."""
    extractor = Extractor().with_cues("harrumph")
    expected = extractor.extract(TEXT)
    results: list[object] = []

    def work() -> None:
        results.extend(extractor.extract(TEXT) == expected for _ in range(20))

    threads = [threading.Thread(target=work) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert results == [True] * 80


def test_unknown_language_names_what_is_accepted() -> None:
    """An unknown language is an UnknownLanguageError (a ValueError) listing the packs."""
    with pytest.raises(UnknownLanguageError, match=r"language='xx'.*accepted: 'en'"):
        Extractor(language="xx")
    with pytest.raises(ValueError, match="language='xx'"):
        extract_quotes("text", language="xx")


def test_unknown_scope_names_what_is_accepted() -> None:
    """An unknown scope is an UnknownScopeError listing scopes and categories."""
    with pytest.raises(UnknownScopeError, match=r"scope='rumours'.*'quotes', 'all', 'speech'"):
        Extractor().with_scope("rumours")


def test_malformed_cues_are_all_reported_together() -> None:
    """Every problem of one with_cues call is listed in one InvalidCueError."""
    with pytest.raises(InvalidCueError) as caught:
        Extractor().with_cues("", "point +", "gr8", category="gossip")
    message = str(caught.value)
    assert "category='gossip'" in message
    assert "'': a cue entry needs at least one word" in message
    assert "'verb + particle'" in message
    assert "'gr8'" in message
    assert len(caught.value.problems) == 4
    assert isinstance(caught.value, QuoteAttrError)
    assert isinstance(caught.value, ValueError)


def test_removing_unknown_cues_is_refused() -> None:
    """Removing a form the extractor does not know is an InvalidCueError naming it."""
    with pytest.raises(InvalidCueError, match="'frobnicated' is not a cue"):
        Extractor().without_cues("said", "frobnicated")


def test_malformed_quote_marks_are_all_reported_together() -> None:
    """Every malformed pair of one with_quote_marks call is listed."""
    with pytest.raises(InvalidQuoteMarkError) as caught:
        Extractor().with_quote_marks(("a", "b"), ("<<<", ">"), ("«",))  # type: ignore[arg-type]
    assert len(caught.value.problems) == 3
    assert "punctuation" in str(caught.value)
    assert "one or two characters" in str(caught.value)


def test_empty_calls_are_refused() -> None:
    """with_cues(), without_cues() and with_quote_marks() with nothing to do say so."""
    with pytest.raises(InvalidCueError, match="at least one entry"):
        Extractor().with_cues()
    with pytest.raises(InvalidCueError, match="at least one form"):
        Extractor().without_cues()
    with pytest.raises(InvalidQuoteMarkError, match="at least one pair"):
        Extractor().with_quote_marks()


def test_cues_are_inflected_by_each_language() -> None:
    """A cue added to a German or Russian extractor is inflected by that language's
    rules; verb=True reads several words as the forms of one verb."""
    german = Extractor(language="de").with_cues("poltern")
    (quote,) = german.extract("Der Minister polterte, die Lage sei ernst.")
    assert quote.cue is not None
    assert quote.cue.text == "polterte"
    strong = Extractor(language="de").with_cues("raunen raunt raunte geraunt", verb=True)
    (quote,) = strong.extract("Die Ministerin raunte, die Lage sei ernst.")
    assert quote.cue is not None
    assert quote.cue.text == "raunte"
    assert strong.added_cues == (("speech", "raunen raunt raunte geraunt", "verb"),)
    phrase = Extractor().with_cues("said in a memo to", verb=False)
    assert phrase.added_cues[-1][2] == "phrase"
    russian = Extractor(language="ru").with_cues("буркнуть")
    (quote,) = russian.extract("«Мы готовы», — буркнул он.")
    assert quote.text == "Мы готовы"


def test_confidence_comes_from_the_language_of_the_rule() -> None:
    """A rule's confidence is its precision in the language read; Russian, without a
    corpus of its own, takes the English figures."""
    from quoteattr.attribution.confidence import DEFAULT_CONFIDENCE, RULE_CONFIDENCE

    (quote,) = extract_quotes("Der Sprecher sagte, die Lage sei ernst.", language="de")
    assert quote.rule == "speaker-cue"
    assert quote.confidence == RULE_CONFIDENCE["de"]["speaker-cue"]
    (quote,) = extract_quotes("The spokesman said the situation was serious.")
    assert quote.confidence == RULE_CONFIDENCE["en"]["speaker-cue"]
    (quote,) = extract_quotes("«Мы готовы», — сказал он.", language="ru")
    assert quote.confidence == RULE_CONFIDENCE["en"].get(quote.rule or "", DEFAULT_CONFIDENCE["en"])
