"""The result values quoteattr returns: spans, speakers, quotations.

Every class here is a frozen, slotted attrs value: comparable, hashable and safe to share
between threads. Offsets are always Python ``str`` indices into the text the caller passed
in, never into a normalised copy, so ``text[span.start:span.end] == span.text`` holds for
every span of every result.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable

import attrs

__all__ = [
    "CueCategory",
    "Dateline",
    "Document",
    "Person",
    "Quote",
    "QuoteKind",
    "QuoteLink",
    "Source",
    "Span",
    "Speaker",
]


class QuoteKind(str, enum.Enum):
    """How a quotation reports what was said.

    The value is a plain string, so ``QuoteKind("direct")`` and JSON round-trips work.
    """

    DIRECT = "direct"
    """Verbatim words between quotation marks: ``"We will win," she said.``"""

    INDIRECT = "indirect"
    """Reported speech without quotation marks: ``She said they would win.``"""

    MIXED = "mixed"
    """Reported speech that contains quoted fragments: ``She called it "a disaster".``"""


class CueCategory(str, enum.Enum):
    """What an attribution cue reports. Users choose which categories count as quotes."""

    SPEECH = "speech"
    """Spoken words and speech acts: said, told, warned, criticized, according to."""

    WRITING = "writing"
    """Written words: wrote, tweeted, posted, in a statement published online."""

    THOUGHT = "thought"
    """Thoughts, beliefs, wishes and attitudes: believes, hopes, wants, fears."""

    EVIDENCE = "evidence"
    """Findings of reports, polls and data: the report found, polls show."""


def _check_span_bounds(instance: Span, attribute: attrs.Attribute[int], value: int) -> None:
    if value < 0:
        raise ValueError(f"Span.{attribute.name} must be >= 0, got {value}.")


@attrs.frozen(order=True)
class Span:
    """A stretch of the input text: ``start`` and ``end`` offsets and the ``text`` between.

    ``text`` always equals ``input[start:end]`` for the input the span was found in.
    Spans order by position (then by end), so ``sorted(spans)`` reads them in text order.
    """

    start: int = attrs.field(validator=[attrs.validators.instance_of(int), _check_span_bounds])
    end: int = attrs.field(validator=[attrs.validators.instance_of(int), _check_span_bounds])
    text: str = attrs.field(validator=attrs.validators.instance_of(str))

    def __attrs_post_init__(self) -> None:
        if self.end < self.start:
            raise ValueError(
                f"Span end ({self.end}) is before its start ({self.start}); "
                "a span needs start <= end."
            )
        if len(self.text) != self.end - self.start:
            raise ValueError(
                f"Span text has {len(self.text)} characters but start={self.start}, "
                f"end={self.end} cover {self.end - self.start}; build spans with "
                "Span.of(text, start, end) so the two always agree."
            )

    @classmethod
    def of(cls, source: str, start: int, end: int) -> Span:
        """Return the span of ``source[start:end]``."""
        return cls(start, end, source[start:end])

    def __len__(self) -> int:
        return self.end - self.start

    def overlaps(self, other: Span) -> bool:
        """Whether the two spans share at least one character."""
        return self.start < other.end and other.start < self.end

    def contains(self, other: Span) -> bool:
        """Whether ``other`` lies entirely within this span."""
        return self.start <= other.start and other.end <= self.end


@attrs.frozen
class Speaker:
    """Who a quotation is attributed to.

    ``mention`` is the words in the text nearest the attribution cue: a name with its title
    ("President Ilham Aliyev"), a pronoun ("she") or a role noun ("the head of state").
    ``name`` is the person or organisation the mention stands for, when it is known; for a
    mention that is itself a name, it is that name. ``named_by`` is the mention elsewhere
    in the document that gave the name ("Ilham Aliyev" for "the head of state"), set when
    the whole document was read (:func:`quoteattr.analyze`) and the name does not come
    from ``mention`` itself.
    """

    mention: Span = attrs.field(validator=attrs.validators.instance_of(Span))
    name: str | None = attrs.field(
        default=None, validator=attrs.validators.optional(attrs.validators.instance_of(str))
    )
    named_by: Span | None = attrs.field(
        default=None, validator=attrs.validators.optional(attrs.validators.instance_of(Span))
    )


def _check_parts(
    instance: Quote, attribute: attrs.Attribute[tuple[Span, ...]], value: tuple[Span, ...]
) -> None:
    if not value:
        raise ValueError("Quote.parts must hold at least one Span; got an empty tuple.")
    previous_end = -1
    for part in value:
        if not isinstance(part, Span):
            raise TypeError(f"Quote.parts must hold Span values, got {type(part).__name__}.")
        if part.start < previous_end:
            raise ValueError(
                "Quote.parts must be in text order and must not overlap; "
                f"part {part!r} starts before the previous part ends ({previous_end})."
            )
        previous_end = part.end


def _to_tuple(parts: Iterable[Span]) -> tuple[Span, ...]:
    return tuple(parts)


@attrs.frozen
class Quote:
    """One quotation: what was said, where it stands, and who said it.

    ``span`` is the whole quotation as it stands in the text, quotation marks included; for
    a quotation in several pieces (interrupted by its attribution, or running over several
    paragraphs) it is the envelope from the first piece to the last. ``parts`` are the quoted
    pieces themselves, without their marks, in text order. ``cue`` is the attribution phrase
    ("said", "told reporters", "according to") and ``speaker`` who it names; ``category``
    says what the cue reports (speech, writing, thought, evidence). ``rule`` names the
    attribution rule that attached cue and speaker (``None`` when nothing did) and
    ``confidence`` is how often that rule is right on annotated news, in [0, 1], so every
    attribution can be traced and filtered.
    """

    span: Span = attrs.field(validator=attrs.validators.instance_of(Span))
    parts: tuple[Span, ...] = attrs.field(converter=_to_tuple, validator=_check_parts)
    kind: QuoteKind = attrs.field(converter=QuoteKind)
    cue: Span | None = attrs.field(
        default=None, validator=attrs.validators.optional(attrs.validators.instance_of(Span))
    )
    speaker: Speaker | None = attrs.field(
        default=None, validator=attrs.validators.optional(attrs.validators.instance_of(Speaker))
    )
    rule: str | None = attrs.field(
        default=None, validator=attrs.validators.optional(attrs.validators.instance_of(str))
    )
    category: CueCategory | None = attrs.field(
        default=None, converter=attrs.converters.optional(CueCategory)
    )
    confidence: float | None = attrs.field(default=None)

    @confidence.validator
    def _check_confidence(self, attribute: attrs.Attribute[float | None], value: object) -> None:
        if value is None:
            return
        if not isinstance(value, (int, float)) or isinstance(value, bool) or not 0 <= value <= 1:
            raise ValueError(f"Quote.confidence must be a number in [0, 1] or None, got {value!r}.")

    def __attrs_post_init__(self) -> None:
        if not all(self.span.contains(part) for part in self.parts):
            raise ValueError(
                "Every part of a Quote must lie within its span "
                f"{self.span.start}..{self.span.end}; "
                f"got parts at {[(p.start, p.end) for p in self.parts]}."
            )

    @property
    def text(self) -> str:
        """The quoted words: the parts' texts joined by single spaces, marks removed."""
        return " ".join(part.text.strip() for part in self.parts)


@attrs.frozen
class Source:
    """A reporting source, kept apart from speakers: the agency or outlet that reports the
    article or a quotation ("Trend reports", "(Reuters) -", "told Trend"), or a source it
    cites ("citing the ministry", "according to a statement on the website").

    ``name`` is the source's name as written ("Trend", "the ministry"), ``mention`` where it
    stands and ``cue`` the words that mark it as a source ("reports", "citing"), when any.
    """

    name: str
    mention: Span
    cue: Span | None = None


@attrs.frozen
class Dateline:
    """The dateline opening an agency story: "BAKU, Azerbaijan, October 21.",
    "WASHINGTON (Reuters) -", "LONDON, Jan 3 (AP) —".

    ``span`` covers the whole dateline; ``place``, ``date`` and ``agency`` its pieces, when
    present.
    """

    span: Span
    place: Span | None = None
    date: Span | None = None
    agency: Span | None = None


@attrs.frozen
class Person:
    """A person or organisation the document quotes, with every mention resolved to them
    and every quotation attributed to them, in text order."""

    name: str
    mentions: tuple[Span, ...]
    quotes: tuple[Quote, ...]


@attrs.frozen
class QuoteLink:
    """Two quotations of one statement: ``first`` (usually the unquoted lede) repeats,
    verbatim or nearly, words of ``later`` by the same speaker. ``overlap`` is the share of
    ``first``'s words found in ``later``, in [0, 1]."""

    first: Quote
    later: Quote
    overlap: float


@attrs.frozen
class Document:
    """A whole article as an editor reads it (see :func:`quoteattr.analyze`).

    ``quotes`` are the quotations, as :func:`~quoteattr.extract_quotes` finds them, with
    speakers resolved across the document; ``quote_sources[i]`` is the chain of reporting
    sources of ``quotes[i]``, outermost first (empty when the article names none);
    ``sources`` every source mention; ``dateline`` the dateline, if the article opens with
    one; ``people`` each quoted person once; ``links`` the quotations that repeat one
    another.
    """

    quotes: tuple[Quote, ...]
    quote_sources: tuple[tuple[Source, ...], ...]
    sources: tuple[Source, ...]
    dateline: Dateline | None
    people: tuple[Person, ...]
    links: tuple[QuoteLink, ...]

    def sources_of(self, quote: Quote) -> tuple[Source, ...]:
        """The chain of reporting sources of one of this document's quotations.

        :raises ValueError: when ``quote`` is not one of ``quotes``.
        """
        return self.quote_sources[self.quotes.index(quote)]


# Trusted construction, for the pipeline's own results only. The attrs ``__init__`` runs a
# validator per field and the post-init checks on every value; the built-in rules produce
# offsets that satisfy them by construction, and on a corpus the checks cost about a tenth
# of ``extract_quotes``. These set the slots directly: the values are the very ones
# ``__init__`` would make (equal, hashing alike), without re-checking them. Values a user
# builds, or a user's rule produces, still go through ``__init__``.
_new = object.__new__
_set_span_start = Span.__dict__["start"].__set__
_set_span_end = Span.__dict__["end"].__set__
_set_span_text = Span.__dict__["text"].__set__


def _trusted_span(source: str, start: int, end: int) -> Span:
    """``Span.of(source, start, end)`` for offsets known to be valid (0 <= start <= end)."""
    span: Span = _new(Span)
    _set_span_start(span, start)
    _set_span_end(span, end)
    _set_span_text(span, source[start:end])
    return span


_set_speaker_mention = Speaker.__dict__["mention"].__set__
_set_speaker_name = Speaker.__dict__["name"].__set__
_set_speaker_named_by = Speaker.__dict__["named_by"].__set__


def _trusted_speaker(mention: Span, name: str | None) -> Speaker:
    """``Speaker(mention, name)`` for a ``Span`` mention and a ``str`` name or None."""
    speaker: Speaker = _new(Speaker)
    _set_speaker_mention(speaker, mention)
    _set_speaker_name(speaker, name)
    _set_speaker_named_by(speaker, None)
    return speaker


_set_quote_span = Quote.__dict__["span"].__set__
_set_quote_parts = Quote.__dict__["parts"].__set__
_set_quote_kind = Quote.__dict__["kind"].__set__
_set_quote_cue = Quote.__dict__["cue"].__set__
_set_quote_speaker = Quote.__dict__["speaker"].__set__
_set_quote_rule = Quote.__dict__["rule"].__set__
_set_quote_category = Quote.__dict__["category"].__set__
_set_quote_confidence = Quote.__dict__["confidence"].__set__


def _trusted_quote(
    span: Span,
    parts: tuple[Span, ...],
    kind: QuoteKind,
    cue: Span | None,
    speaker: Speaker | None,
    rule: str | None,
    category: CueCategory | None,
    confidence: float | None,
) -> Quote:
    """``Quote(...)`` for values known to be valid: ``parts`` a non-empty tuple of ordered,
    disjoint spans within ``span``, ``kind`` a ``QuoteKind``, ``category`` a
    ``CueCategory`` or None, ``confidence`` in [0, 1] or None."""
    quote: Quote = _new(Quote)
    _set_quote_span(quote, span)
    _set_quote_parts(quote, parts)
    _set_quote_kind(quote, kind)
    _set_quote_cue(quote, cue)
    _set_quote_speaker(quote, speaker)
    _set_quote_rule(quote, rule)
    _set_quote_category(quote, category)
    _set_quote_confidence(quote, confidence)
    return quote
