"""The cheap tests and shortcuts of the direct-quotation rules give what the patterns and
computations they replaced gave."""

from __future__ import annotations

from collections.abc import Collection

import attrs
import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from quoteattr.attribution import direct
from quoteattr.attribution.candidates import Candidate, from_quoted
from quoteattr.attribution.grammar import WINDOW, Grammar, grammar_for
from quoteattr.attribution.mixed import widen_to_sentences
from quoteattr.cues import CueIndex
from quoteattr.languages import load
from quoteattr.marks import QuotedSpan, QuoteScanner
from quoteattr.results import CueCategory, QuoteKind

SCANNER = QuoteScanner()
GRAMMARS = {code: grammar_for(load(code)) for code in ("en", "ru")}
SPEECH = frozenset({CueCategory.SPEECH, CueCategory.WRITING})

# The definitions the faster forms replaced, as they were.
_OLD_NEXT_IS_COMMA = regex.compile(r"[^\S\n]*,")
_OLD_HANDOVER = frozenset(",?!…—–-")
_OLD_CUT = frozenset(",…—–-")


def _old_last_char(text: str, piece: QuotedSpan) -> str:
    start, end = piece.parts[-1]
    return text[start:end].rstrip(direct._NESTED_CLOSING)[-1:]


def _old_comma_follows(text: str, pos: int) -> bool:
    return _OLD_NEXT_IS_COMMA.match(text, pos, direct._line_end(text, pos)) is not None


def _old_colon_line_before(text: str, pos: int) -> int:
    line_start = direct._line_start(text, pos)
    if line_start == 0 or text[line_start:pos].strip():
        return pos
    window = max(0, line_start - 8)
    before = text[window:line_start].rstrip()
    return window + len(before) if before.endswith(":") else pos


def _old_introduced(
    text: str,
    piece: QuotedSpan,
    grammar: Grammar,
    categories: Collection[CueCategory],
    cues: CueIndex,
) -> Candidate | None:
    end = _old_colon_line_before(text, piece.start)
    start = max(direct._line_start(text, end), end - WINDOW)
    before = cues.find(start, end)
    if not before:
        return None
    cue_start, cue_end, form = before[-1]
    if len(text[cue_end:end].split(None, 7)) > 7:
        return None
    tail = grammar.introduction.match(text, cue_end, end)
    if tail is None or not direct._introduces(text, tail, piece):
        return None
    category = grammar.cue_category(text, cue_start, form, categories)
    if category is None or grammar.is_participle(form):
        return None
    speaker = grammar.speaker_before.match(text, start, cue_start)
    if speaker is None:
        return None
    return from_quoted(
        (piece,), (cue_start, cue_end), speaker.span("speaker"), "before-quote", category
    )


# News-like pieces around quotation marks of several kinds: names, cues, commas, colons,
# dashes, line breaks, spaces `regex` does and does not take for spaces, and runs longer
# than the rules' window.
_TEXTS = st.lists(
    st.sampled_from(
        [
            *('"', "“", "”", "'", "’", "«", "»", "„", "''", "``"),
            *(" ", "  ", "\t", "\xa0", "\x1c", "\n", "\n\n", " " * (WINDOW + 5)),
            *(",", ":", ".", "?", "!", "—", "…", " - ", ", —"),
            *("said", "says", "told reporters", "saying", "she", "he", "the minister"),
            *("Ann Lee", "Mr. Ortiz", "Sen. Rand Paul (R-Ky.)", "a doctor", "who"),
            *("We", "we", "will", "win", "that", "U.S.", "сказал он", "x" * (WINDOW + 5)),
        ]
    ),
    max_size=24,
).map("".join)
_PAIRS = [('"', '"'), ("“", "”"), ("«", "»"), ("„", "“"), ("'", "'"), ("``", "''")]
# Texts with at least one quotation, its words ending as quotations before their
# attribution do, or not.
_QUOTED = st.builds(
    lambda before, pair, words, ending, after: f"{before}{pair[0]}{words}{ending}{pair[1]}{after}",
    _TEXTS,
    st.sampled_from(_PAIRS),
    _TEXTS,
    st.sampled_from(["", ",", "?", "!", ".", "—", "…", "-", ",'", "?’", ", 'Go,'", " "]),
    _TEXTS,
)


@given(_TEXTS)
def test_comma_follows_matches_the_pattern(text: str) -> None:
    for pos in range(len(text) + 1):
        assert direct._comma_follows(text, pos) == _old_comma_follows(text, pos)


def test_comma_after_a_run_of_spaces_beyond_the_window() -> None:
    text = "x" + " " * WINDOW + ", she said"
    assert not direct._comma_follows(text, 1)
    assert direct._comma_follows(text, 2)


@given(_TEXTS, st.data())
def test_last_char_matches_the_stripped_words(text: str, data: st.DataObject) -> None:
    end = data.draw(st.integers(0, len(text)))
    start = data.draw(st.integers(0, end))
    piece = QuotedSpan(start, end, ((start, end),))
    assert direct._last_char(text, piece) == _old_last_char(text, piece)


@pytest.mark.parametrize("code", sorted(GRAMMARS))
@settings(max_examples=200)
@given(text=_QUOTED)
def test_handover_matches_the_old_tests(code: str, text: str) -> None:
    grammar = GRAMMARS[code]
    for piece in SCANNER.scan(text):
        handover = direct._handover(text, piece, grammar)
        last = _old_last_char(text, piece)
        comma = _old_comma_follows(text, piece.end)
        dash = direct._dash_follows(text, piece.end, grammar)
        # The interruption rule's test, the after-quote rule's, and whether the attribution
        # after the quotation is its own whatever follows.
        assert (handover in (direct._COMMA, direct._CUT)) == (last in _OLD_CUT or comma or dash)
        assert (handover != direct._NO_HANDOVER) == (last in _OLD_HANDOVER or comma or dash)
        assert (handover == direct._COMMA) == (last == "," or comma)


@settings(max_examples=300)
@given(_QUOTED)
def test_introduced_matches_the_old_rule(text: str) -> None:
    grammar = GRAMMARS["en"]
    cues = CueIndex(grammar.lexicon, text)
    for categories in (SPEECH, frozenset(CueCategory)):
        for piece in SCANNER.scan(text):
            expected = _old_introduced(text, piece, grammar, categories, cues)
            assert direct._introduced(text, piece, grammar, categories, cues) == expected


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('Ann Lee said:\n\n"We will win."', "Ann Lee"),
        ('Ann Lee said, "We will win."', "Ann Lee"),
        ('Ann Lee said "We will win."', "Ann Lee"),
        ('Ann Lee said.\n\n"We will win."', None),
        ('Ann Lee said. "We will win."', None),
        ('Ann Lee said the "win" was near.', None),
    ],
)
def test_introductions(text: str, speaker: str | None) -> None:
    grammar = GRAMMARS["en"]
    (piece,) = SCANNER.scan(text)
    found = direct._introduced(text, piece, grammar, SPEECH, CueIndex(grammar.lexicon, text))
    mention = found.speaker if found is not None else None
    assert (text[slice(*mention)] if mention else None) == speaker


def test_widen_leaves_what_it_cannot_widen() -> None:
    text = 'Lee is "the best," she said.'
    sentences = [(2, len(text))]
    quoted = Candidate(7, 18, ((8, 17),), rule="after-quote")
    mixed = attrs.evolve(quoted, kind=QuoteKind.MIXED)
    before_any = attrs.evolve(quoted, start=0, parts=((1, 17),))
    assert widen_to_sentences(text, [mixed, before_any], sentences) == [mixed, before_any]
    (widened,) = widen_to_sentences(text, [quoted], sentences)
    assert (widened.start, widened.kind) == (2, QuoteKind.MIXED)
