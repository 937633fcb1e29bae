"""Pure metric functions for the quotation benchmark (GenderGapTracker's figures).

Everything here is side-effect free so that ``tests/test_metric.py`` can check it on tiny
hand-made spans. ``benchmarks/accuracy.py`` reads the corpus, runs a predictor and prints
what these functions compute.

The metric, as the evaluation README states it:

- match score of gold ``g`` and prediction ``p`` = characters shared by the two spans divided
  by the characters of ``g`` (asymmetric: gold is the reference);
- go through the gold items in order; each takes the still-unmatched prediction with the
  highest score at or above the threshold; unmatched gold items are false negatives, leftover
  predictions false positives; precision, recall and F1 at thresholds 0.3 and 0.8;
- over matched pairs: speaker match (the speaker spans share a character; where gold has no
  speaker, the prediction matches when it has none or is a floating quote) and verb match (cue
  texts equal after lower-casing and stripping; no cue on both sides is equal).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

__all__ = [
    "GRANULARITIES",
    "KINDS",
    "THRESHOLDS",
    "Item",
    "QuoteLike",
    "Tally",
    "filter_kind",
    "gold_items",
    "greedy_match",
    "match_score",
    "normalise_cue",
    "percent",
    "pred_items",
    "prf",
    "score_document",
    "speaker_match",
    "verb_match",
]

KINDS: tuple[str, ...] = ("direct", "indirect", "mixed")
THRESHOLDS: tuple[float, ...] = (0.3, 0.8)
GRANULARITIES: tuple[str, ...] = ("quotes", "parts")


@dataclass(frozen=True)
class Item:
    """One gold or predicted quotation (or quotation part) as the metric sees it.

    ``start``/``end`` are offsets into the document text; ``speaker`` is the speaker mention's
    ``(start, end)`` or ``None``; ``cue`` is the cue's text or ``None``; ``floating`` marks a
    prediction whose speaker was carried over from an earlier quote (or, in parts mode, a
    part after the first, which inherits its quote's speaker).
    """

    start: int
    end: int
    kind: str
    speaker: tuple[int, int] | None = None
    cue: str | None = None
    floating: bool = False


# --- what the predictor returns (duck-typed: quoteattr's Quote, or the naive baseline's) ---


class SpanLike(Protocol):
    """A span with offsets and text (``quoteattr.Span``)."""

    @property
    def start(self) -> int: ...

    @property
    def end(self) -> int: ...

    @property
    def text(self) -> str: ...


class SpeakerLike(Protocol):
    """A speaker with a mention span (``quoteattr.Speaker``)."""

    @property
    def mention(self) -> SpanLike: ...


class KindLike(Protocol):
    """A quote kind with a string value (``quoteattr.QuoteKind``)."""

    @property
    def value(self) -> str: ...


class QuoteLike(Protocol):
    """The parts of ``quoteattr.Quote`` the benchmark reads."""

    @property
    def span(self) -> SpanLike: ...

    @property
    def parts(self) -> Sequence[SpanLike]: ...

    @property
    def kind(self) -> KindLike: ...

    @property
    def cue(self) -> SpanLike | None: ...

    @property
    def speaker(self) -> SpeakerLike | None: ...

    @property
    def rule(self) -> str | None: ...


# --- turning gold records and predictions into items ---


GOLD_KINDS: tuple[str, ...] = ("marks", "heuristic")

# Doubled apostrophes used as quotation marks (''...'', the style of some newspaper
# archives). The corpora's mechanical type_heuristic does not know them and labels such
# quotations "indirect"; the "marks" gold kind re-applies the same rule knowing them.
_DOUBLED = "''"
_TRAILING_PUNCTUATION = ".,;:!? \n"


def _gold_kind(quote: Mapping[str, Any], mode: str = "marks") -> str:
    """The annotators' ``type`` where there is one, else a mechanical quote-mark rule.

    ``mode="heuristic"`` takes the corpus's ``type_heuristic`` as it is. ``mode="marks"``
    (the default) corrects two blind spots of that heuristic, which judges each annotated
    part on its own: quotations written with doubled apostrophes (''...''), which it labels
    indirect, and a quoted passage the annotators split into sentence parts (``“A. | B.”``),
    which it labels mixed because no single part both opens and closes with a mark. Under
    ``"marks"`` parts separated by nothing but white space are read as one piece, and a
    quotation is direct when every piece starts with an opening mark and ends (before
    trailing punctuation) with a closing one.
    """
    kind = quote.get("type")
    if kind is not None:
        return str(kind)
    heuristic = str(quote["type_heuristic"])
    if mode != "marks":
        return heuristic
    if _DOUBLED in str(quote.get("text", "")) or (heuristic == "mixed" and quote.get("parts")):
        return _marks_kind(quote, heuristic)
    return heuristic


_OPENING = ('"', "“", _DOUBLED)
_CLOSING = ('"', "”", _DOUBLED)


def _marks_kind(quote: Mapping[str, Any], heuristic: str) -> str:
    pieces = _joined_pieces(quote)
    if all(_is_quoted_piece(piece) for piece in pieces):
        return "direct"
    return "mixed" if _DOUBLED in str(quote["text"]) else heuristic


def _joined_pieces(quote: Mapping[str, Any]) -> list[str]:
    """The quotation's parts, neighbours with only white space between them joined."""
    text = str(quote["text"])
    offset = int(quote["start"])
    bounds: list[list[int]] = []
    for start, end in quote.get("parts") or [(offset, int(quote["end"]))]:
        start, end = int(start) - offset, int(end) - offset
        if bounds and not text[bounds[-1][1] : start].strip():
            bounds[-1][1] = end
        else:
            bounds.append([start, end])
    return [text[start:end] for start, end in bounds]


def _is_quoted_piece(piece: str) -> bool:
    stripped = piece.strip()
    return stripped.startswith(_OPENING) and stripped.rstrip(_TRAILING_PUNCTUATION).endswith(
        _CLOSING
    )


def gold_items(
    quotes: Iterable[Mapping[str, Any]], granularity: str = "quotes", gold_kind: str = "marks"
) -> list[Item]:
    """Gold items of one document's ``quotes`` records, in record order.

    With ``granularity="parts"`` a record that has ``parts`` becomes one item per part: the
    first keeps the record's speaker and cue, later parts have neither. ``gold_kind`` is
    how a record without an annotated type gets its kind (see :func:`_gold_kind`).
    """
    if granularity not in GRANULARITIES:
        raise ValueError(f"granularity must be one of {GRANULARITIES}, got {granularity!r}")
    items: list[Item] = []
    for quote in quotes:
        kind = _gold_kind(quote, gold_kind)
        speaker_rec = quote.get("speaker")
        speaker = (int(speaker_rec["start"]), int(speaker_rec["end"])) if speaker_rec else None
        cue_rec = quote.get("cue")
        cue = str(cue_rec["text"]) if cue_rec else None
        parts = quote.get("parts")
        if granularity == "parts" and parts:
            for index, (start, end) in enumerate(parts):
                if index == 0:
                    items.append(Item(int(start), int(end), kind, speaker, cue))
                else:
                    items.append(Item(int(start), int(end), kind, None, None))
        else:
            items.append(Item(int(quote["start"]), int(quote["end"]), kind, speaker, cue))
    return items


def pred_items(quotes: Iterable[QuoteLike], granularity: str = "quotes") -> list[Item]:
    """Prediction items of one document, sorted by position (ties broken by end).

    With ``granularity="parts"`` every part of a quote is an item; parts after the first keep
    the quote's speaker but count as floating (inherited speaker) and have no cue.
    """
    if granularity not in GRANULARITIES:
        raise ValueError(f"granularity must be one of {GRANULARITIES}, got {granularity!r}")
    items: list[Item] = []
    for quote in quotes:
        kind = quote.kind.value
        speaker = (
            (quote.speaker.mention.start, quote.speaker.mention.end) if quote.speaker else None
        )
        cue = quote.cue.text if quote.cue is not None else None
        floating = quote.rule == "floating"
        if granularity == "parts":
            for index, part in enumerate(quote.parts):
                if index == 0:
                    items.append(Item(part.start, part.end, kind, speaker, cue, floating))
                else:
                    items.append(Item(part.start, part.end, kind, speaker, None, True))
        else:
            items.append(Item(quote.span.start, quote.span.end, kind, speaker, cue, floating))
    items.sort(key=lambda item: (item.start, item.end))
    return items


def filter_kind(items: Iterable[Item], kind: str | None) -> list[Item]:
    """The items of ``kind`` (all items when ``kind`` is ``None``), order kept."""
    if kind is None:
        return list(items)
    return [item for item in items if item.kind == kind]


# --- matching ---


def match_score(gold: Item, pred: Item) -> float:
    """Characters shared by ``gold`` and ``pred`` divided by the characters of ``gold``."""
    size = gold.end - gold.start
    if size <= 0:
        return 0.0
    shared = min(gold.end, pred.end) - max(gold.start, pred.start)
    return shared / size if shared > 0 else 0.0


def greedy_match(
    gold: Sequence[Item], pred: Sequence[Item], threshold: float
) -> list[tuple[int, int]]:
    """Greedy matching: ``(gold index, pred index)`` pairs, in gold order.

    Each gold item, in the given order, takes the still-unmatched prediction with the highest
    match score. The README says "above the threshold"; like GenderGapTracker's evaluation
    code we accept a score equal to the threshold (``score >= threshold``), and a score must
    also be positive, so a prediction sharing no character never matches (even at threshold
    0). Ties go to the earliest prediction in ``pred`` order.
    """
    taken = [False] * len(pred)
    pairs: list[tuple[int, int]] = []
    for gold_index, gold_item in enumerate(gold):
        best_index = -1
        best_score = 0.0
        for pred_index, pred_item in enumerate(pred):
            if taken[pred_index]:
                continue
            score = match_score(gold_item, pred_item)
            if score > 0 and score >= threshold and score > best_score:
                best_index, best_score = pred_index, score
        if best_index >= 0:
            taken[best_index] = True
            pairs.append((gold_index, best_index))
    return pairs


def speaker_match(gold: Item, pred: Item) -> bool:
    """Whether a matched pair agrees on the speaker.

    Gold with a speaker: the predicted speaker mention shares at least one character with it.
    Gold without a speaker: the prediction has none, or it is floating (speaker carried over).
    """
    if gold.speaker is None:
        return pred.speaker is None or pred.floating
    if pred.speaker is None:
        return False
    return pred.speaker[0] < gold.speaker[1] and gold.speaker[0] < pred.speaker[1]


def normalise_cue(cue: str | None) -> str | None:
    """Cue text lower-cased and stripped (``None`` stays ``None``)."""
    return None if cue is None else cue.strip().lower()


def verb_match(gold: Item, pred: Item) -> bool:
    """Whether a matched pair has the same cue text after normalisation (both none is equal)."""
    return normalise_cue(gold.cue) == normalise_cue(pred.cue)


# --- counting ---


@dataclass
class Tally:
    """Counts for one document or summed over many, per threshold.

    ``tp[t]`` is the number of matched pairs at threshold ``t``; ``speaker[t]``/``verb[t]`` how
    many of those pairs agree on speaker/cue.
    """

    gold: int = 0
    pred: int = 0
    tp: dict[float, int] = field(default_factory=dict)
    speaker: dict[float, int] = field(default_factory=dict)
    verb: dict[float, int] = field(default_factory=dict)

    def fn(self, threshold: float) -> int:
        """False negatives (unmatched gold) at ``threshold``."""
        return self.gold - self.tp.get(threshold, 0)

    def fp(self, threshold: float) -> int:
        """False positives (leftover predictions) at ``threshold``."""
        return self.pred - self.tp.get(threshold, 0)

    def add(self, other: Tally) -> None:
        """Add ``other``'s counts to this tally."""
        self.gold += other.gold
        self.pred += other.pred
        for mine, theirs in (
            (self.tp, other.tp),
            (self.speaker, other.speaker),
            (self.verb, other.verb),
        ):
            for threshold, count in theirs.items():
                mine[threshold] = mine.get(threshold, 0) + count

    def figures(self, threshold: float) -> dict[str, float | int | None]:
        """Counts and percentages at ``threshold``, as written to the JSON report."""
        tp = self.tp.get(threshold, 0)
        precision, recall, f1 = prf(tp, self.gold, self.pred)
        return {
            "tp": tp,
            "fn": self.fn(threshold),
            "fp": self.fp(threshold),
            "precision": precision,
            "recall": recall,
            "f1": f1,
            "speaker_match": percent(self.speaker.get(threshold, 0), tp),
            "verb_match": percent(self.verb.get(threshold, 0), tp),
        }


def score_document(
    gold: Sequence[Item], pred: Sequence[Item], thresholds: Sequence[float] = THRESHOLDS
) -> Tally:
    """Match one document's gold items against its predictions at each threshold."""
    tally = Tally(gold=len(gold), pred=len(pred))
    for threshold in thresholds:
        pairs = greedy_match(gold, pred, threshold)
        tally.tp[threshold] = len(pairs)
        tally.speaker[threshold] = sum(speaker_match(gold[g], pred[p]) for g, p in pairs)
        tally.verb[threshold] = sum(verb_match(gold[g], pred[p]) for g, p in pairs)
    return tally


def percent(numerator: int, denominator: int) -> float | None:
    """``100 * numerator / denominator`` to one decimal; ``None`` when the denominator is 0."""
    if denominator == 0:
        return None
    return round(100.0 * numerator / denominator, 1)


def prf(tp: int, n_gold: int, n_pred: int) -> tuple[float | None, float | None, float | None]:
    """Precision, recall and F1 in percent, one decimal.

    Precision is ``None`` with no predictions and recall ``None`` with no gold items (nothing
    to measure); F1 is then computed with the missing figure as 0, and is ``None`` only when
    both are missing. F1 comes from the unrounded precision and recall.
    """
    precision = tp / n_pred if n_pred else None
    recall = tp / n_gold if n_gold else None
    if precision is None and recall is None:
        return None, None, None
    p = precision or 0.0
    r = recall or 0.0
    f1 = 2 * p * r / (p + r) if p + r > 0 else 0.0
    return (
        None if precision is None else round(100.0 * precision, 1),
        None if recall is None else round(100.0 * recall, 1),
        round(100.0 * f1, 1),
    )
