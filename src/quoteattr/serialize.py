"""Quotations to plain dicts (JSON-ready) and back, without loss.

>>> from quoteattr import extract_quotes
>>> quotes = extract_quotes('"Not today," she said.')
>>> [quote_from_dict(quote_to_dict(q)) for q in quotes] == quotes
True
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from quoteattr.results import Quote, QuoteKind, Span, Speaker

__all__ = ["quote_from_dict", "quote_to_dict"]


def quote_to_dict(quote: Quote) -> dict[str, Any]:
    """Return ``quote`` as a dict of plain values, ready for ``json.dumps``.

    The dict holds ``span``, ``parts``, ``text``, ``kind``, ``cue``, ``speaker``,
    ``rule``, ``category`` and ``confidence``; spans are ``{"start", "end", "text"}``
    dicts. ``text`` is there for readers and is recomputed, not read, by
    :func:`quote_from_dict`.
    """
    return {
        "span": _span_to_dict(quote.span),
        "parts": [_span_to_dict(part) for part in quote.parts],
        "text": quote.text,
        "kind": quote.kind.value,
        "cue": _optional_span(quote.cue),
        "speaker": (
            {
                "mention": _span_to_dict(quote.speaker.mention),
                "name": quote.speaker.name,
                "named_by": _optional_span(quote.speaker.named_by),
            }
            if quote.speaker is not None
            else None
        ),
        "rule": quote.rule,
        "category": quote.category.value if quote.category is not None else None,
        "confidence": quote.confidence,
    }


def quote_from_dict(data: Mapping[str, Any]) -> Quote:
    """Rebuild a :class:`~quoteattr.Quote` from :func:`quote_to_dict`'s output.

    :raises ValueError: when a field is missing or its value is malformed; the message
        names the field.
    """
    if not isinstance(data, Mapping):
        raise TypeError(f"quote_from_dict() needs a mapping, got {type(data).__name__}.")
    try:
        speaker_data = data.get("speaker")
        speaker = (
            Speaker(
                _span_from_dict(speaker_data["mention"], "speaker.mention"),
                speaker_data.get("name"),
                (
                    _span_from_dict(speaker_data["named_by"], "speaker.named_by")
                    if speaker_data.get("named_by") is not None
                    else None
                ),
            )
            if speaker_data is not None
            else None
        )
        cue_data = data.get("cue")
        return Quote(
            span=_span_from_dict(data["span"], "span"),
            parts=tuple(
                _span_from_dict(part, f"parts[{i}]") for i, part in enumerate(data["parts"])
            ),
            kind=QuoteKind(data["kind"]),
            cue=_span_from_dict(cue_data, "cue") if cue_data is not None else None,
            speaker=speaker,
            rule=data.get("rule"),
            category=data.get("category"),
            confidence=data.get("confidence"),
        )
    except KeyError as error:
        raise ValueError(f"quote dict is missing the field {error.args[0]!r}.") from None
    except (TypeError, ValueError) as error:
        raise ValueError(f"quote dict is malformed: {error}") from None


def _span_to_dict(span: Span) -> dict[str, Any]:
    return {"start": span.start, "end": span.end, "text": span.text}


def _optional_span(span: Span | None) -> dict[str, Any] | None:
    return _span_to_dict(span) if span is not None else None


def _span_from_dict(data: Any, field: str) -> Span:
    if not isinstance(data, Mapping):
        raise ValueError(f"{field} must be a mapping with start, end and text, got {data!r}")
    try:
        return Span(data["start"], data["end"], data["text"])
    except KeyError as error:
        raise ValueError(f"{field} is missing {error.args[0]!r}") from None
