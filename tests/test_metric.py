"""Examples for the benchmark's metric functions (``benchmarks/_metric.py``).

All spans here are tiny hand-made offsets; no corpus text is used.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))

from _metric import (
    Item,
    Tally,
    filter_kind,
    gold_items,
    greedy_match,
    match_score,
    normalise_cue,
    pred_items,
    prf,
    score_document,
    speaker_match,
    verb_match,
)


@dataclass(frozen=True)
class FakeSpan:
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class FakeSpeaker:
    mention: FakeSpan


@dataclass(frozen=True)
class FakeKind:
    value: str


@dataclass(frozen=True)
class FakeQuote:
    span: FakeSpan
    parts: Sequence[FakeSpan]
    kind: FakeKind
    cue: FakeSpan | None = None
    speaker: FakeSpeaker | None = None
    rule: str | None = None


def _span(start: int, end: int) -> FakeSpan:
    return FakeSpan(start, end, "x" * (end - start))


def _gold_record(
    start: int,
    end: int,
    *,
    kind: str | None = "direct",
    heuristic: str = "direct",
    speaker: tuple[int, int] | None = None,
    cue: str | None = None,
    parts: list[list[int]] | None = None,
) -> dict[str, Any]:
    record: dict[str, Any] = {
        "start": start,
        "end": end,
        "type": kind,
        "type_heuristic": heuristic,
        "speaker": {"start": speaker[0], "end": speaker[1]} if speaker else None,
        "cue": {"text": cue} if cue is not None else None,
    }
    if parts is not None:
        record["parts"] = parts
    return record


def test_perfect_prediction_scores_100() -> None:
    """Predictions identical to gold (spans, speakers, cues) give P = R = F1 = 100."""
    gold = [
        Item(0, 10, "direct", (12, 15), "said"),
        Item(20, 40, "indirect", (18, 19), "told"),
    ]
    tally = score_document(gold, list(gold))
    for threshold in (0.3, 0.8):
        figures = tally.figures(threshold)
        assert (figures["precision"], figures["recall"], figures["f1"]) == (100.0, 100.0, 100.0)
        assert figures["speaker_match"] == 100.0
        assert figures["verb_match"] == 100.0
        assert figures["fn"] == figures["fp"] == 0


def test_match_score_is_relative_to_gold() -> None:
    """The score is shared characters over gold characters, so it is asymmetric."""
    gold = Item(0, 10, "direct")
    assert match_score(gold, Item(5, 100, "direct")) == 0.5
    assert match_score(Item(5, 100, "direct"), gold) == 5 / 95
    assert match_score(gold, Item(10, 20, "direct")) == 0.0


def test_partial_overlap_below_and_above_thresholds() -> None:
    """Covering 50% of gold matches at 0.3 only; 20% matches at neither; 90% at both."""
    gold = [Item(0, 10, "direct")]
    half = score_document(gold, [Item(5, 30, "direct")])
    assert half.tp == {0.3: 1, 0.8: 0}
    assert (half.fn(0.8), half.fp(0.8)) == (1, 1)
    fifth = score_document(gold, [Item(8, 30, "direct")])
    assert fifth.tp == {0.3: 0, 0.8: 0}
    most = score_document(gold, [Item(1, 30, "direct")])
    assert most.tp == {0.3: 1, 0.8: 1}


def test_score_equal_to_threshold_matches() -> None:
    """A score exactly at the threshold counts (score >= threshold)."""
    gold = [Item(0, 10, "direct")]
    assert greedy_match(gold, [Item(7, 10, "direct")], 0.3) == [(0, 0)]
    assert greedy_match(gold, [Item(2, 10, "direct")], 0.8) == [(0, 0)]


def test_no_overlap_never_matches_even_at_zero_threshold() -> None:
    """A prediction sharing no character is not a match, whatever the threshold."""
    assert greedy_match([Item(0, 10, "direct")], [Item(10, 20, "direct")], 0.0) == []


def test_greedy_gold_order_takes_best_remaining() -> None:
    """Gold items in order each take the best still-unmatched prediction.

    The first gold item takes the prediction that also suits the second one best; the second
    then falls back to the next best left over.
    """
    gold = [Item(0, 10, "direct"), Item(5, 15, "direct")]
    pred = [Item(5, 15, "direct"), Item(0, 7, "direct")]
    # gold 0: pred 0 scores 0.5, pred 1 scores 0.7 -> pred 1.
    # gold 1: pred 0 scores 1.0 -> pred 0.
    assert greedy_match(gold, pred, 0.3) == [(0, 1), (1, 0)]
    wide = [Item(0, 15, "direct"), Item(5, 9, "direct")]
    # gold 0 takes pred 0 (1.0); gold 1 is left with pred 1 (0.4): a match at 0.3 only.
    assert greedy_match(gold, wide, 0.3) == [(0, 0), (1, 1)]
    assert greedy_match(gold, wide, 0.8) == [(0, 0)]


def test_greedy_ties_go_to_the_earliest_prediction() -> None:
    """Of two predictions with the same score, the earlier one in the list is taken."""
    gold = [Item(0, 10, "direct")]
    pred = [Item(0, 5, "direct"), Item(5, 10, "direct")]
    assert greedy_match(gold, pred, 0.3) == [(0, 0)]


def test_speaker_match_overlap() -> None:
    """Speaker spans must share at least one character; touching spans do not."""
    gold = Item(0, 10, "direct", (20, 30))
    assert speaker_match(gold, Item(0, 10, "direct", (25, 40)))
    assert not speaker_match(gold, Item(0, 10, "direct", (30, 40)))
    assert not speaker_match(gold, Item(0, 10, "direct", None))


def test_speaker_match_without_gold_speaker_and_floating() -> None:
    """Where gold names no speaker, no predicted speaker or a floating one matches."""
    gold = Item(0, 10, "direct", None)
    assert speaker_match(gold, Item(0, 10, "direct", None))
    assert speaker_match(gold, Item(0, 10, "direct", (50, 52), floating=True))
    assert not speaker_match(gold, Item(0, 10, "direct", (50, 52)))


def test_floating_prediction_still_needs_overlap_when_gold_has_a_speaker() -> None:
    """A floating prediction is judged by its carried-over mention when gold has a speaker."""
    gold = Item(0, 10, "direct", (20, 25))
    assert speaker_match(gold, Item(0, 10, "direct", (22, 24), floating=True))
    assert not speaker_match(gold, Item(0, 10, "direct", (40, 45), floating=True))


def test_verb_match_normalisation() -> None:
    """Cues compare lower-cased and stripped; no cue on both sides is equal."""
    assert normalise_cue("  Said\n") == "said"
    assert normalise_cue(None) is None
    assert verb_match(Item(0, 1, "direct", cue="Said "), Item(0, 1, "direct", cue=" said"))
    assert verb_match(Item(0, 1, "direct"), Item(0, 1, "direct"))
    assert not verb_match(Item(0, 1, "direct", cue="said"), Item(0, 1, "direct"))
    assert not verb_match(Item(0, 1, "direct", cue="said"), Item(0, 1, "direct", cue="says"))


def test_speaker_and_verb_counted_over_matched_pairs() -> None:
    """Speaker/verb match percentages are over matched pairs, not over all gold."""
    gold = [Item(0, 10, "direct", (11, 13), "said"), Item(30, 40, "direct", (41, 43), "said")]
    pred = [Item(0, 10, "direct", (11, 13), "told")]
    figures = score_document(gold, pred).figures(0.3)
    assert figures["tp"] == 1
    assert figures["speaker_match"] == 100.0
    assert figures["verb_match"] == 0.0
    assert (figures["precision"], figures["recall"], figures["f1"]) == (100.0, 50.0, 66.7)


def test_prf_edge_cases() -> None:
    """No predictions leaves precision undefined; nothing at all leaves everything undefined."""
    assert prf(0, 4, 0) == (None, 0.0, 0.0)
    assert prf(0, 0, 3) == (0.0, None, 0.0)
    assert prf(0, 0, 0) == (None, None, None)
    assert prf(1, 3, 3) == (33.3, 33.3, 33.3)


def test_gold_kind_prefers_annotated_type() -> None:
    """Gold kind is the annotated ``type`` when present, else ``type_heuristic``."""
    records = [
        _gold_record(0, 5, kind="indirect", heuristic="direct"),
        _gold_record(6, 9, kind=None, heuristic="mixed"),
    ]
    assert [item.kind for item in gold_items(records)] == ["indirect", "mixed"]


def test_gold_parts_mode_splits_records() -> None:
    """In parts mode a record with parts gives one item per part; only the first keeps
    speaker and cue. Without parts, or in quotes mode, the envelope is one item."""
    records = [
        _gold_record(0, 30, speaker=(12, 14), cue="said", parts=[[0, 10], [20, 30]]),
        _gold_record(40, 50, speaker=(51, 53), cue="told"),
    ]
    assert gold_items(records, "parts") == [
        Item(0, 10, "direct", (12, 14), "said"),
        Item(20, 30, "direct", None, None),
        Item(40, 50, "direct", (51, 53), "told"),
    ]
    assert gold_items(records, "quotes") == [
        Item(0, 30, "direct", (12, 14), "said"),
        Item(40, 50, "direct", (51, 53), "told"),
    ]


def test_pred_parts_mode_inherits_speaker_as_floating() -> None:
    """Each predicted part is an item; parts after the first keep the speaker as floating and
    lose the cue. Quotes mode uses the envelope and the rule's floating flag."""
    quote = FakeQuote(
        span=_span(0, 32),
        parts=(_span(1, 9), _span(21, 31)),
        kind=FakeKind("direct"),
        cue=FakeSpan(15, 19, "said"),
        speaker=FakeSpeaker(_span(11, 14)),
        rule="after-quote",
    )
    floating = FakeQuote(
        span=_span(40, 50), parts=(_span(41, 49),), kind=FakeKind("indirect"), rule="floating"
    )
    assert pred_items([floating, quote], "parts") == [
        Item(1, 9, "direct", (11, 14), "said", False),
        Item(21, 31, "direct", (11, 14), None, True),
        Item(41, 49, "indirect", None, None, True),
    ]
    assert pred_items([quote], "quotes") == [Item(0, 32, "direct", (11, 14), "said", False)]


def test_parts_mode_end_to_end() -> None:
    """A two-part gold quote is fully found by a two-part prediction in parts mode, speaker
    matches included, although the predicted parts exclude quotation marks."""
    gold = gold_items(
        [_gold_record(0, 32, speaker=(11, 14), cue="said", parts=[[0, 10], [20, 32]])], "parts"
    )
    quote = FakeQuote(
        span=_span(0, 32),
        parts=(_span(1, 9), _span(21, 31)),
        kind=FakeKind("direct"),
        cue=FakeSpan(15, 19, "said"),
        speaker=FakeSpeaker(_span(11, 14)),
    )
    figures = score_document(gold, pred_items([quote], "parts")).figures(0.8)
    assert (figures["precision"], figures["recall"]) == (100.0, 100.0)
    assert figures["speaker_match"] == 100.0
    assert figures["verb_match"] == 100.0


def test_filter_kind_and_tally_add() -> None:
    """Kind filtering keeps order; tallies add up count by count."""
    items = [Item(0, 1, "direct"), Item(2, 3, "mixed"), Item(4, 5, "direct")]
    assert filter_kind(items, "direct") == [items[0], items[2]]
    assert filter_kind(items, None) == items
    total = Tally()
    total.add(score_document([items[0]], [items[0]]))
    total.add(score_document([items[1]], []))
    assert (total.gold, total.pred, total.tp[0.3]) == (2, 1, 1)
    assert (total.fn(0.3), total.fp(0.3)) == (1, 0)


def test_gold_kind_knows_doubled_apostrophes() -> None:
    """Quotations in ''...'' marks are direct (or mixed) under gold_kind="marks", as the corpus
    heuristic would say of "..." marks; "heuristic" keeps the corpus label."""
    direct = {"start": 0, "end": 9, "text": "''Hello''", "type_heuristic": "indirect"}
    mixed = {"start": 0, "end": 15, "text": "He said ''hi''.", "type_heuristic": "indirect"}
    assert [i.kind for i in gold_items([direct, mixed])] == ["direct", "mixed"]
    assert [i.kind for i in gold_items([direct, mixed], gold_kind="heuristic")] == [
        "indirect",
        "indirect",
    ]


def _parts_record(text: str, parts: list[list[int]]) -> dict[str, object]:
    """A gold record over all of ``text`` in ``parts``, which the corpus heuristic calls mixed."""
    return {"start": 0, "end": len(text), "text": text, "parts": parts, "type_heuristic": "mixed"}


def test_gold_kind_reads_a_passage_split_into_sentence_parts_as_one() -> None:
    """Annotators split a quoted passage into sentence parts ("“A. | B.”"); the corpus
    heuristic, judging each part alone, calls it mixed. Under gold_kind="marks" parts with only
    white space between them are one piece, so the passage is direct; words outside the marks
    still make a quotation mixed."""
    split = _parts_record("“We will win. They know it.”", [[0, 13], [14, 28]])
    partly = _parts_record("that “we will win” soon", [[0, 18], [19, 23]])
    two = _parts_record("“We will win,” she said. “They know it.”", [[0, 14], [25, 40]])
    assert [i.kind for i in gold_items([split, partly, two])] == ["direct", "mixed", "direct"]
    assert {i.kind for i in gold_items([split, partly, two], gold_kind="heuristic")} == {"mixed"}
