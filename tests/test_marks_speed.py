"""The scanner's shortcuts find what the plain rules find.

For speed the scanner leaves contractions out of its mark pattern, searches each first
character of the marks with a pattern of its own, and tests the character before a double
quote cheaply before asking `regex` whether it is a digit. These tests hold each shortcut
to the rule it stands for, on texts full of the characters where they could differ:
letters and digits beyond ASCII, numbers that are no decimal digits ("½"), the underscore
(a word character but no letter or digit) and every kind of mark.
"""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from quoteattr.marks import (
    _PRIMES,
    DEFAULT_PAIRS,
    QuoteMarkPair,
    QuoteScanner,
    _may_have_primes,
)

SCANNER = QuoteScanner()
_MARK_CHARACTERS = "".join(
    sorted({char for pair in DEFAULT_PAIRS for char in pair.open + pair.close})
)
_TEXTS = st.text(alphabet=st.sampled_from(_MARK_CHARACTERS + "nNx5٣½_é ,.\n\u00a0"), max_size=60)


def _plain_marks(scanner: QuoteScanner, text: str) -> tuple[list[int], list[str]]:
    """The marks as one pattern of all the marks finds them, less the apostrophes between
    two letters or digits (which ``roles`` gives no role)."""
    marks = sorted(
        {m for pair in scanner.pairs for m in (pair.open, pair.close)}, key=lambda m: (-len(m), m)
    )
    alternatives = [re.escape(mark) for mark in marks]
    if "'" in marks and "''" in marks:
        alternatives.insert(0, r"'(?=''(?![\w']))")
    tokens: list[int] = []
    found: list[str] = []
    for match in re.finditer("|".join(alternatives), text):
        pos, mark = match.start(), match.group()
        # Each of these closes some quotation in the default pairs.
        if mark in "'‘’" and text[pos - 1 : pos].isalnum() and text[pos + 1 : pos + 2].isalnum():
            continue
        tokens.append(pos)
        found.append(mark)
    return tokens, found


@given(_TEXTS)
def test_marks_found_are_the_plain_patterns_less_contractions(text: str) -> None:
    tokens, marks = SCANNER._find_marks(text)
    assert (list(tokens), list(marks)) == _plain_marks(SCANNER, text)


@given(_TEXTS)
def test_mixed_two_character_marks_are_found_with_one_pattern(text: str) -> None:
    # "‚'" holds another mark's first character: one pattern for all the marks.
    scanner = QuoteScanner([*DEFAULT_PAIRS, QuoteMarkPair("‚'", "'‚")])
    assert len(scanner._mark_patterns) == 1
    tokens, marks = scanner._find_marks(text)
    assert (list(tokens), list(marks)) == _plain_marks(scanner, text)


def test_one_pattern_per_first_character_for_the_default_marks() -> None:
    firsts = [first for first, _ in SCANNER._mark_patterns]
    assert sorted(firsts) == sorted(
        {mark[0] for pair in DEFAULT_PAIRS for mark in (pair.open, pair.close)}
    )


@given(st.text(alphabet=st.sampled_from("'\"”’ x5٣½_."), max_size=30))
def test_the_double_prime_test_misses_no_prime(text: str) -> None:
    tokens, _ = SCANNER._find_marks(text)
    if _PRIMES.search(text) is not None:
        assert _may_have_primes(text, tokens)


def test_primes_after_digits_beyond_ascii() -> None:
    # Arabic-Indic digits: 5'11" written ٥'١١", not a quotation.
    text = 'He is ٥\'١١" tall and "very fast," she said.'
    assert [(q.start, q.end) for q in SCANNER.scan(text)] == [(21, 33)]


def test_no_paragraphs_given() -> None:
    assert [(q.start, q.end) for q in SCANNER.scan('"Yes," he said.', [])] == [(0, 6)]


def test_no_pairs_find_nothing() -> None:
    assert QuoteScanner([]).scan('"Yes," he said.') == []


def test_quotations_nested_deep_leave_the_outermost() -> None:
    # Each closing drops the quotations closed inside it: the outermost one is left, with
    # a quotation after it kept whole.
    depth = 200
    opening = "".join(f"{'“‘'[i % 2]}w{i} " for i in range(depth))
    closing = "".join(f"w{i}{'”’'[i % 2]} " for i in reversed(range(depth)))
    text = opening + closing + "and “after it”"
    spans = [(q.start, q.end) for q in QuoteScanner().scan(text)]
    assert spans == [(0, len(opening + closing) - 1), (len(text) - 10, len(text))]
