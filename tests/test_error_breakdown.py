"""Examples for the error breakdown of verb match and direct quotations
(``benchmarks/error_breakdown.py``). Hand-made sentences and offsets only."""

from __future__ import annotations

import doctest
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))

import error_breakdown
from error_breakdown import (
    Breakdown,
    add_document,
    boundary_contexts,
    cue_difference,
    disputed,
    gain,
    learn,
    report,
)
from quoteattr import extract_quotes


def test_cue_difference_names_each_way_two_cues_differ() -> None:
    gold_span, pred_span = (10, 50), (0, 60)
    assert cue_difference(None, (1, 3), gold_span, pred_span) == "gold has no cue"
    assert cue_difference((1, 3), None, gold_span, pred_span) == "no cue predicted"
    assert cue_difference((1, 5), (1, 3), gold_span, pred_span) == "same cue, other boundaries"
    inside_pred = "other cue: the gold cue inside the predicted content"
    assert cue_difference((20, 24), (61, 65), gold_span, pred_span) == inside_pred
    inside_gold = "other cue: the predicted cue inside the gold content"
    assert cue_difference((70, 74), (20, 24), gold_span, (55, 69)) == inside_gold
    assert cue_difference((70, 74), (80, 84), gold_span, pred_span) == "other cue, elsewhere"


def test_boundary_contexts_give_the_words_either_side_and_what_gold_adds_or_drops() -> None:
    text = "The mayor has said on Friday that"
    #       0123456789012345678901234567890
    right, left = boundary_contexts(text, gold_cue=(10, 18), pred_cue=(14, 28))
    assert right == (("that", "friday"), "-on friday")
    assert left == (("has", "said"), "has")


def test_learned_boundaries_need_a_margin_and_gain_counts_both_ways() -> None:
    seen = [(("tuesday", "said"), "tuesday")] * 3 + [(("tuesday", "said"), "")]
    once = [(("of", "said"), "of")]
    decisions = learn([*seen, *once], margin=2)
    assert decisions == {("tuesday", "said"): "tuesday"}
    unseen = [(("tuesday", "said"), "tuesday"), (("tuesday", "said"), ""), *once]
    assert gain(decisions, unseen) == 0
    assert gain(decisions, seen) == 2


def test_a_document_is_tallied_by_pairs_cues_and_direct_errors() -> None:
    text = '"We will build the bridge," the mayor said on Monday. Critics doubt it.'
    quotes = extract_quotes(text, scope="all")
    said = text.index("said")
    record = {
        "text": text,
        "quotes": [
            {
                "start": 0,
                "end": text.index(",") + 2,
                "type_heuristic": "direct",
                "speaker": {"start": 28, "end": 37, "text": "the mayor"},
                "cue": {"start": said, "end": said + 14, "text": "said on Monday"},
            }
        ],
    }
    result = Breakdown()
    add_document(result, record, quotes, half=0)
    assert result.matched == 1
    assert result.verb_matched == 0
    assert result.differences == {"same cue, other boundaries": 1}
    assert result.right[0] == [(("on", "said"), "on monday")]
    assert result.direct_tp == 1
    assert (result.gold, result.missed, result.missed_inside_prediction) == (1, 0, 0)
    printed = report(result)
    assert "verb match: 0 of 1 matched pairs" in printed
    assert "direct F1 100.00" in printed


def test_disputed_contexts_are_those_gold_marks_both_ways_commonest_first() -> None:
    said_on = (("on", "said"), "on friday")
    said_on_kept = (("on", "said"), "")
    told_the = (("the", "told"), "")
    said_of = (("of", "said"), "of")
    contexts = [said_on, said_on, said_on_kept, told_the, said_of, (("of", "said"), "")]
    assert disputed(contexts, 5) == [(("on", "said"), 2, 1), (("of", "said"), 1, 1)]
    assert disputed(contexts, 1) == [(("on", "said"), 2, 1)]


def test_the_docstring_examples_hold() -> None:
    result = doctest.testmod(error_breakdown)
    assert result.attempted > 0
    assert result.failed == 0
