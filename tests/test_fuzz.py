"""Fuzzing ``extract_quotes``: any text at all, and it must still keep its promises.

The inputs are weighted towards what breaks quote scanners: quotation marks of every
convention (and look-alikes: primes, apostrophes, backticks), line and paragraph breaks of
every kind, cue words and pieces of news sentences glued in any order, and bytes decoded
the way real pipelines decode them (``errors="replace"``, ``errors="surrogateescape"``).

For every input, with the default scope and with ``scope="all"``, ``extract_quotes`` must
not raise, must return a list of ``Quote`` values ordered by position, in the categories the
scope selects; every span of every result must slice the input to its own text, and every
result must survive ``quote_to_dict``/``quote_from_dict`` unchanged.

These tests are marked ``slow``; their example count follows the Hypothesis profile
(``HYPOTHESIS_PROFILE=slow`` for 5000). For a time-bounded hunt of minutes or hours, run
``python benchmarks/fuzz.py --seconds N``, which drives :func:`check_extraction` with
:func:`fuzz_inputs`.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quoteattr import (
    CueCategory,
    Quote,
    QuoteKind,
    Span,
    analyze,
    extract_quotes,
    quote_from_dict,
    quote_to_dict,
)

__all__ = ["check_extraction", "decoded_bytes", "fuzz_inputs", "quote_heavy_texts"]

# Every quotation mark of every supported convention, and characters that look like one.
QUOTE_MARKS = "\"'“”‘’«»‹›„‚「」『』" + "′″`´‛‟❝❞〝〞＂＇"
BREAKS = ("\n", "\n\n", "\r\n", "\r", "\n \n", "\u2028", "\u2029", "\x0b", "\x0c", "\x85")
SPACES = (" ", "  ", "\t", "\u00a0", "\u202f", "\u2009", "")
PUNCTUATION = tuple(",.;:!?…—–-()[]{}")
# Words that make the attribution rules fire, and apostrophe and prime traps.
WORDS = (
    "said", "says", "told reporters", "she", "He", "they", "the minister", "a spokeswoman",
    "Sen.", "Mr.", "President of the Republic of", "Ilham Aliyev", "O'Brien", "Jones'",
    "don't", "'90s", "rock 'n' roll", "5'11\"", "12\" x 18\"", "according to", "Judge",
    "also", "said:", "asked", "wrote", "of", "the", "Trump's", "'em", "’til", "that",
    "believes", "found", "adding", "pointed out", "Exports", "fell", "We", "will", "win",
)  # fmt: skip
# Pieces of news sentences: quotations, attributions and reported speech, to be glued in
# any order so that the attribution rules meet both real shapes and near misses.
SNIPPETS = (
    '"We will win,"', "“We will win,”", "'Not now,'", "«Jamais»", "„Nein“", "»Ja«",
    "``Yes,''", "''No,''", '"Judge,"', '"I have never seen this happen."', "“One.",
    '"A disaster"', " she said", " said the minister", ", the mayor said.", " Brafman said, ",
    "The minister said: ", " Kovalenko told reporters: ", "According to officials, ",
    ", according to the ministry.", "The council said that ", " exports fell", ", adding that ",
    " The report found that ", "Critics accused him of lying.", " he also said.",
    "Sen. Bernie Sanders said ", ", the head of state said, ", " It will take years.",
)  # fmt: skip

_fragments = st.one_of(
    st.sampled_from(QUOTE_MARKS),
    st.sampled_from(QUOTE_MARKS),
    st.sampled_from(QUOTE_MARKS),
    st.sampled_from(BREAKS),
    st.sampled_from(BREAKS),
    st.sampled_from(SPACES),
    st.sampled_from(PUNCTUATION),
    st.sampled_from(WORDS),
    st.sampled_from(SNIPPETS),
    st.sampled_from(SNIPPETS),
    st.sampled_from(SNIPPETS),
    st.text(max_size=8),
)


def quote_heavy_texts(max_fragments: int = 40) -> st.SearchStrategy[str]:
    """Texts glued from fragments: marks, breaks, cue words and pieces of news sentences.

    Paragraphs of up to ``max_fragments`` fragments, up to eight of them, joined by line
    breaks of every kind, so inputs run from empty to a few thousand characters.
    """
    paragraph = st.lists(_fragments, max_size=max_fragments).map("".join)
    return st.tuples(
        st.lists(paragraph, max_size=8), st.sampled_from(("\n\n", "\n", "\r\n\r\n", " "))
    ).map(lambda pair: pair[1].join(pair[0]))


def decoded_bytes(max_size: int = 2000) -> st.SearchStrategy[str]:
    """Random bytes decoded leniently, as a crawler would: replacement chars, lone surrogates."""
    return st.builds(
        bytes.decode,
        st.binary(max_size=max_size),
        st.sampled_from(("utf-8", "cp1252")),
        st.sampled_from(("replace", "surrogateescape")),
    )


def fuzz_inputs() -> st.SearchStrategy[str]:
    """Everything the fuzzer feeds ``extract_quotes``: the two kinds above, and mixes of them."""
    return st.one_of(
        quote_heavy_texts(),
        quote_heavy_texts(),
        decoded_bytes(),
        st.lists(st.one_of(_fragments, decoded_bytes(max_size=40)), max_size=100).map("".join),
    )


def check_extraction(text: str) -> None:
    """Run ``extract_quotes`` on ``text`` (default scope and ``"all"``); check every promise."""
    for scope, categories in (
        ("quotes", {CueCategory.SPEECH, CueCategory.WRITING}),
        ("all", set(CueCategory)),
    ):
        quotes = extract_quotes(text, scope=scope)
        assert isinstance(quotes, list)
        starts = [quote.span.start for quote in quotes]
        assert starts == sorted(starts), "quotes are not ordered by position"
        for quote in quotes:
            assert isinstance(quote, Quote)
            assert isinstance(quote.kind, QuoteKind)
            assert quote.category is None or quote.category in categories, (scope, quote)
            spans: list[Span] = [quote.span, *quote.parts]
            if quote.cue is not None:
                spans.append(quote.cue)
            if quote.speaker is not None:
                spans.append(quote.speaker.mention)
            for span in spans:
                assert 0 <= span.start <= span.end <= len(text), span
                assert text[span.start : span.end] == span.text, span
            assert quote_from_dict(quote_to_dict(quote)) == quote
    check_document(text)


def check_document(text: str) -> None:
    """Run ``analyze`` on ``text``; its quotations are those of ``extract_quotes`` and
    every span it returns slices the input."""
    document = analyze(text)
    plain = extract_quotes(text)
    assert [(q.span, q.kind, q.cue) for q in document.quotes] == [
        (q.span, q.kind, q.cue) for q in plain
    ]
    assert len(document.quote_sources) == len(document.quotes)
    spans: list[Span] = [source.mention for source in document.sources]
    spans += [mention for person in document.people for mention in person.mentions]
    spans += [q.speaker.named_by for q in document.quotes if q.speaker and q.speaker.named_by]
    if document.dateline is not None:
        spans.append(document.dateline.span)
    for span in spans:
        assert 0 <= span.start <= span.end <= len(text), span
        assert text[span.start : span.end] == span.text, span


@pytest.mark.slow
@given(quote_heavy_texts())
@settings(deadline=None)  # the first call compiles the patterns
def test_quote_heavy_text_keeps_every_promise(text: str) -> None:
    """Marks, breaks and cue words in any order: no error, and every span is exact."""
    check_extraction(text)


@pytest.mark.slow
@given(decoded_bytes())
@settings(deadline=None)  # the first call compiles the patterns
def test_decoded_junk_keeps_every_promise(text: str) -> None:
    """Binary junk decoded with replacement characters or lone surrogates is still text."""
    check_extraction(text)


@pytest.mark.slow
@given(fuzz_inputs())
@settings(deadline=None)  # the first call compiles the patterns
def test_mixed_fuzz_input_keeps_every_promise(text: str) -> None:
    """Quotation-mark soup with islands of decoded junk."""
    check_extraction(text)
