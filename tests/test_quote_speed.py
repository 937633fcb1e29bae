"""The cheap tests and shortcuts of the result-building stage give the results of the
patterns and loops they stand before."""

from __future__ import annotations

import regex
from hypothesis import given
from hypothesis import strategies as st

from quoteattr import extract_quotes
from quoteattr.attribution.candidates import Candidate
from quoteattr.attribution.floating import _between_continuation, _floats, _starts_sentence
from quoteattr.attribution.grammar import grammar_for
from quoteattr.languages import load
from quoteattr.speakers import name_of

EN = load("en")

# The definitions the faster forms replaced, as they were.
_OLD_SENTENCE_LIKE = regex.compile(r"[^\w]*[\p{Lu}\d]")
_OLD_WORDS = regex.compile(r"\w+")

# Characters that tell the patterns' branches apart: word and non-word characters,
# capitals, digits, marks, joiners, full stops, quotation marks, spaces and line breaks.
_PIECES = st.lists(
    st.sampled_from(
        [
            *("a", "B", "1", "_", " ", ".", ",", "!", "?", ":", '"', "“", "”", "\n", "\t"),
            *("\xa0", "\u0301", "\u200d", "É", "ß", "٣", "Ⅻ", "Mr", "Sen", "U.S", "\x1c"),
        ]
    ),
    max_size=14,
).map("".join)


def test_cue_phrase_takes_modifiers_and_tails() -> None:
    grammar = grammar_for(EN)
    text = "Ann Lee has publicly said in a statement that it failed."
    cue = (text.index("said"), text.index("said") + 4)
    speaker_end = len("Ann Lee")
    start, end = grammar.cue_phrase(text, cue, speaker_end)
    assert text[start:end] == "has publicly said in a statement"
    plain = "Ann Lee said in May that it failed."
    at = plain.index("said")
    assert grammar.cue_phrase(plain, (at, at + 4), len("Ann Lee")) == (at, at + 4)


def test_cue_phrase_after_a_quotation_keeps_its_cue() -> None:
    quotes = extract_quotes('"It failed," said Ann Lee. "It failed," she also said.')
    assert [q.cue.text for q in quotes if q.cue] == ["said", "also said"]


@given(_PIECES, _PIECES)
def test_modifiers_start_matches_the_patterns(before: str, after: str) -> None:
    grammar = grammar_for(EN)
    text = before + " also publicly has " + after + " said"
    start = len(text) - len("said")
    for floor in range(0, start + 1, 3):
        expected = start
        while True:  # the loop without the cheap test
            auxiliaries = grammar.auxiliaries.match(text, max(floor, expected - 40), expected)
            if auxiliaries is not None:
                expected = auxiliaries.start()
            adverb = grammar.cue_adverb.match(text, max(floor, expected - 30), expected)
            if adverb is None:
                break
            expected = adverb.start()
        assert grammar._modifiers_start(text, start, floor) == expected


@given(_PIECES)
def test_cue_tail_test_matches_the_pattern(after: str) -> None:
    grammar = grammar_for(EN)
    for tail in ("", " in a statement", "  in a letter", "\nin a letter", " in a"):
        text = "she said" + tail + after
        tail_match = grammar.cue_tail.match(text, 8, min(len(text), 48))
        expected = tail_match.end() if tail_match else 8
        expected += text[expected : expected + 1] == ":"
        assert grammar.cue_phrase(text, (4, 8), 3) == (4, expected)


def test_name_of_mentions_with_apostrophes_connectors_and_titles() -> None:
    assert name_of("Conan O'Brien", EN) == "Conan O'Brien"
    assert name_of("Trump's campaign", EN) is None
    assert name_of("Rep. Tom Hale of New York", EN) == "Tom Hale"
    assert name_of("Former Florida Gov. Jeb Bush", EN) == "Jeb Bush"
    assert name_of("Ann Lee", EN) == "Ann Lee"


def test_reported_quotation_shares_its_span_with_its_part() -> None:
    [reported] = extract_quotes("Ann Lee said the port will reopen in May.")
    assert reported.parts == (reported.span,)
    [direct] = extract_quotes('"The port will reopen," Ann Lee said.')
    assert direct.parts[0] != direct.span
    assert direct.parts[0].text == "The port will reopen,"


@given(_PIECES, _PIECES, _PIECES)
def test_sentence_of_three_words_as_before(before: str, quoted: str, after: str) -> None:
    text = before + quoted + after
    part = (len(before), len(before) + len(quoted))
    previous = Candidate(0, 0, ((0, 0),), speaker=(0, 0))
    candidate = Candidate(part[0], part[1], (part,))
    expected = (
        _OLD_SENTENCE_LIKE.match(quoted) is not None
        and len(_OLD_WORDS.findall(quoted)) >= 3
        and _starts_sentence(text, part[0])
    )
    assert _floats(text, previous, candidate) == expected


@given(_PIECES)
def test_continuation_pattern_as_before(text: str) -> None:
    new = _between_continuation(tuple(EN.abbreviations))
    old = regex.compile(new.pattern.replace("„.!?]++|", "„.!?]|", 1))
    assert old.pattern != new.pattern
    for start in range(len(text) + 1):
        old_match, new_match = old.match(text, start), new.match(text, start)
        assert (old_match and old_match.span()) == (new_match and new_match.span())
