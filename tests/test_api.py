"""The public API contract: names, types, errors and serialisation."""

from __future__ import annotations

import json
import pickle

import attrs
import pytest

import quoteattr
from quoteattr import (
    Quote,
    QuoteKind,
    Span,
    Speaker,
    extract_quotes,
    quote_from_dict,
    quote_to_dict,
)

TEXT = '"Judge," Brafman said, "I have never seen this happen." Then he sat down.'


def test_public_names() -> None:
    """The contract's names are importable from the package and listed in __all__."""
    for name in ["extract_quotes", "Quote", "QuoteKind", "Span", "Speaker"]:
        assert name in quoteattr.__all__
        assert hasattr(quoteattr, name)
    assert sorted(quoteattr.__all__) == quoteattr.__all__


def test_quote_kind_values() -> None:
    """QuoteKind has the three kinds, with plain string values."""
    assert {k.value for k in QuoteKind} >= {"direct", "indirect", "mixed"}
    assert QuoteKind("mixed") is QuoteKind.MIXED


@pytest.mark.parametrize(
    ("value", "type_name"),
    [
        (b"bytes", "bytes"),
        (None, "NoneType"),
        (42, "int"),
        (["a"], "list"),
        (bytearray(b"x"), "bytearray"),
    ],
)
def test_non_str_input_raises_type_error_naming_the_type(value: object, type_name: str) -> None:
    """Anything but str is refused with a TypeError that names what was received."""
    with pytest.raises(TypeError, match=type_name):
        extract_quotes(value)  # type: ignore[arg-type]


def test_bytes_error_says_how_to_fix_it() -> None:
    """The error for bytes tells the reader to decode them."""
    with pytest.raises(TypeError, match="decode"):
        extract_quotes(b'"hi," she said.')  # type: ignore[arg-type]


def test_str_subclass_is_accepted() -> None:
    """A str subclass is a str."""

    class Article(str):
        pass

    assert len(extract_quotes(Article('"Hi," she said.'))) == 1


def test_results_are_frozen_slotted_values() -> None:
    """Results are frozen, slotted attrs classes: immutable, comparable and hashable."""
    (quote,) = extract_quotes(TEXT)
    for cls in (Quote, Span, Speaker):
        assert attrs.has(cls)
        assert "__slots__" in cls.__dict__
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        quote.rule = "other"  # type: ignore[misc]
    assert quote == extract_quotes(TEXT)[0]
    assert len({quote, extract_quotes(TEXT)[0]}) == 1


def test_results_pickle() -> None:
    """Results survive pickling, to travel to worker processes."""
    quotes = extract_quotes(TEXT)
    assert pickle.loads(pickle.dumps(quotes)) == quotes


def test_span_offsets_index_the_unmodified_input() -> None:
    """Offsets index the text exactly as given, including odd whitespace and combining marks."""
    text = "\ufeff  Cafe\u0301 owner:\r\n\r\n\u201cWe\u00a0stay open,\u201d she said.\u200b"
    (quote,) = extract_quotes(text)
    for span in [quote.span, *quote.parts, quote.cue, quote.speaker.mention]:  # type: ignore[union-attr]
        assert span is not None
        assert text[span.start : span.end] == span.text


def test_span_validation_messages() -> None:
    """Inconsistent spans are refused with a message that says what is wrong."""
    with pytest.raises(ValueError, match="before its start"):
        Span(5, 3, "")
    with pytest.raises(ValueError, match=r"Span\.of"):
        Span(0, 3, "ab")
    with pytest.raises(ValueError, match=">= 0"):
        Span(-1, 0, "x")
    assert Span.of("hello", 1, 3) == Span(1, 3, "el")


def test_quote_validation_messages() -> None:
    """A Quote needs parts, in order, inside its span."""
    span = Span.of("abcdef", 0, 6)
    with pytest.raises(ValueError, match="at least one"):
        Quote(span=span, parts=(), kind=QuoteKind.DIRECT)
    with pytest.raises(ValueError, match="within its span"):
        Quote(span=Span.of("abcdef", 0, 2), parts=(Span.of("abcdef", 3, 4),), kind="direct")
    with pytest.raises(ValueError, match="text order"):
        Quote(span=span, parts=(Span.of("abcdef", 3, 4), Span.of("abcdef", 1, 2)), kind="direct")
    with pytest.raises(ValueError, match="QuoteKind"):
        Quote(span=span, parts=(span,), kind="shouted")


def test_quote_text_joins_parts() -> None:
    """Quote.text is the parts joined by single spaces."""
    (quote,) = extract_quotes(TEXT)
    assert quote.text == "Judge, I have never seen this happen."


def test_serialisation_round_trip_through_json() -> None:
    """quote_to_dict gives JSON-ready dicts; quote_from_dict rebuilds equal quotes."""
    quotes = extract_quotes(TEXT + ' "Fine," said Sen. Ana Ortiz.')
    data = json.loads(json.dumps([quote_to_dict(q) for q in quotes]))
    assert [quote_from_dict(d) for d in data] == quotes
    assert data[0]["kind"] == "direct"
    assert data[0]["text"] == quotes[0].text
    assert data[1]["speaker"] == {
        "mention": {
            "start": quotes[1].speaker.mention.start,
            "end": quotes[1].speaker.mention.end,
            "text": "Sen. Ana Ortiz",
        },  # type: ignore[union-attr]
        "name": "Ana Ortiz",
        "named_by": None,
    }


def test_quote_from_dict_errors_name_the_field() -> None:
    """Malformed dicts raise ValueError naming the missing or bad field."""
    (quote,) = extract_quotes(TEXT)
    data = quote_to_dict(quote)
    missing = {k: v for k, v in data.items() if k != "span"}
    with pytest.raises(ValueError, match="'span'"):
        quote_from_dict(missing)
    with pytest.raises(ValueError, match="cue"):
        quote_from_dict({**data, "cue": "said"})
    with pytest.raises(ValueError, match="malformed"):
        quote_from_dict({**data, "kind": "shouted"})
    with pytest.raises(TypeError, match="list"):
        quote_from_dict([])  # type: ignore[arg-type]


def test_empty_and_markless_input() -> None:
    """Texts without quotation marks give an empty list."""
    assert extract_quotes("") == []
    assert extract_quotes("No quotes in this sentence.") == []
    assert extract_quotes("\x00\x01\ufffd" * 100) == []
