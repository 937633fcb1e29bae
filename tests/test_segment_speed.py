"""The one-pass sentence segmentation gives exactly what one pattern run per paragraph gives.

``sentence_bounds`` scans the whole text once with the standard library's ``re`` and
assembles each paragraph's sentences from the ends found; the reference here is the plain
version it replaces: ``regex`` with ``\\s`` and ``\\p{Lu}``, run on each paragraph alone,
with every abbreviation looked up. The texts are built to hit the edges of the argument:
every kind of space and line break (and the control characters on which ``str.isspace``
and ``regex`` disagree), non-ASCII capitals and digits, marks at paragraph ends, opening
and closing marks, abbreviations and the endings of abbreviations.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

import pytest
import regex
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quoteattr.languages import load
from quoteattr.segment import _SPACES, _add_pieces, paragraph_bounds, sentence_bounds

# Cheap examples: more of them than the default, for the rarer edges (a one-letter
# abbreviation, a long sentence cut just after a space).
PROPERTY = settings(max_examples=500, deadline=None, suppress_health_check=[HealthCheck.too_slow])

_SENTENCE_END = regex.compile(
    r"[.!?…]+(?:''|[\"'”’“‘»«›‹」』)\]])*"
    r"(?=\s+(?:``|''|[\"'“‘«„‚»›‹”「『(\[])*[\p{Lu}\d])"
)
_WORD_BEFORE = regex.compile(r"[\w.’'\-]+\Z", regex.REVERSE)


def _reference(
    text: str,
    abbreviations: frozenset[str],
    protected: Sequence[tuple[int, int]],
    longest: int,
) -> list[tuple[int, int]]:
    starts = [start for start, _ in protected]
    bounds: list[tuple[int, int]] = []
    for para_start, para_end in paragraph_bounds(text):
        start = para_start
        for match in _SENTENCE_END.finditer(text, para_start, para_end):
            index = bisect.bisect_right(starts, match.start()) - 1
            if index >= 0 and protected[index][1] > match.end():
                continue
            if text[match.start()] == "." and _abbreviation(text, match.start(), abbreviations):
                continue
            _add_pieces(bounds, text, start, match.end(), longest)
            start = match.end()
        _add_pieces(bounds, text, start, para_end, longest)
    return bounds


def _abbreviation(text: str, dot: int, abbreviations: frozenset[str]) -> bool:
    match = _WORD_BEFORE.match(text, max(0, dot - 40), dot)
    if match is None:
        return False
    word = match.group() + "."
    return word in abbreviations or (len(word) == 2 and word[0].isupper())


# A text is a run of "word, mark, closing mark, space, opening mark", any of them possibly
# empty, so that nearly every mark is a candidate sentence end.
_WORDS = [
    *("The", "She", "A", "J", "É", "Ä", "Σ", "ǅ", "Ⓐ", "1", "٣", "²", "x\u0301"),
    *("said", "the", "é", "a", "e.g", "ok", "Mr", "Dr", "U.S", "D.C", "vs", "Capt", "Sen"),
    *("Nr", "z.B", "ca", "12", "St", "", " ", "-", "'"),
]
_MARKS = ["", ".", "!", "?", "…", "..", "?!", ". .", "."]
_CLOSING = ["", "", "”", "’", ")", "»", "''", "」", "]", '"']
_SPACES_AND_BREAKS = [
    *("", " ", " ", "  ", "\t", "\u00a0", "\u2009", "\u3000", "\u202f", "\x1f"),
    *("\n", "\n\n", "\r\n", "\r", "\x0b", "\x1c", "\x85", "\u2028", " \n ", "\n "),
]
_OPENING = ["", "", "“", "‘", "«", "„", "(", "[", "``", "''", "'", "`", '"']
_TEXTS = st.lists(
    st.tuples(*map(st.sampled_from, (_WORDS, _MARKS, _CLOSING, _SPACES_AND_BREAKS, _OPENING))),
    max_size=30,
).map(lambda units: "".join("".join(unit) for unit in units))
# Odd entries too: one-letter words, words with no full stop, no word at all.
_ODD_ABBREVIATIONS = frozenset({"a.", "é.", "1.", ".", "", "x", "said.", "e.g."})
_ABBREVIATIONS = st.sampled_from(
    [
        frozenset(load("en").abbreviations),
        frozenset(load("de").abbreviations),
        _ODD_ABBREVIATIONS,
        frozenset(),
    ]
)


@st.composite
def _protected(draw: st.DrawFn, size: int) -> list[tuple[int, int]]:
    """Sorted, disjoint spans of a text of ``size`` characters."""
    cuts = sorted(draw(st.lists(st.integers(0, size), max_size=8, unique=True)))
    return list(zip(cuts[::2], cuts[1::2], strict=False))


@PROPERTY
@given(text=_TEXTS, abbreviations=_ABBREVIATIONS, longest=st.integers(1, 80), data=st.data())
def test_one_pass_equals_a_pattern_per_paragraph(
    text: str, abbreviations: frozenset[str], longest: int, data: st.DataObject
) -> None:
    protected = data.draw(_protected(len(text)))
    found = sentence_bounds(text, paragraph_bounds(text), abbreviations, protected, longest)
    assert found == _reference(text, abbreviations, protected, longest)


@pytest.mark.parametrize(
    "text",
    [
        "The. a. The end",  # a one-letter abbreviation, in lower case
        "He said. É. Then",  # a non-ASCII initial
        "It was 3 p.m. The end.",
        "Sen. Ann Lee said. 1 more. \n\nDone.\u2028Then. \x1cAnd. \x1fOr.",
        "“Yes.” Then ‘No!’ « Non. » Ja.\r\nNein. (Ok.) [Fine.]",
        "said.\t\u3000“\u00c0 bientôt.” \u0663 hundred. ǅ digraph. Ⓐ circled.",
        "",
        ".",
        " . ",
    ],
)
@pytest.mark.parametrize("longest", [1, 4, 1500])
def test_edges_equal_a_pattern_per_paragraph(text: str, longest: int) -> None:
    for abbreviations in (frozenset(load("en").abbreviations), _ODD_ABBREVIATIONS):
        found = sentence_bounds(text, paragraph_bounds(text), abbreviations, (), longest)
        assert found == _reference(text, abbreviations, (), longest)


# Long enough to show a run is read as one piece; how the time grows with the run's length
# is measured by ``benchmarks/scaling.py`` (``sentence_end_run``), not here.
_RUN = 2_000


@pytest.mark.parametrize(
    ("tail", "expected"),
    [
        (" a", [(0, _RUN + 2)]),
        (" A", [(0, _RUN), (_RUN + 1, _RUN + 2)]),
        ("” a", [(0, _RUN + 3)]),
        ("\n", [(0, _RUN)]),
    ],
)
def test_a_run_of_marks_is_read_once(tail: str, expected: list[tuple[int, int]]) -> None:
    # Tried from every mark of the run, the pattern took time quadratic in its length
    # (70 ms for 1,000 full stops, 34 s for 20,000); it is now read once.
    text = "." * _RUN + tail
    found = sentence_bounds(text, paragraph_bounds(text), frozenset(), longest=len(text))
    assert found == expected


def test_spaces_are_the_regex_spaces_that_break_no_line() -> None:
    everything = "".join(map(chr, range(0x110000)))
    spaces = regex.findall(r"\s", everything)
    # ``str.splitlines`` breaks at a line break only: the rest stay whole.
    expected = {space for space in spaces if space.splitlines() == [space]}
    assert set(regex.findall(f"[{_SPACES}]", everything)) == expected
