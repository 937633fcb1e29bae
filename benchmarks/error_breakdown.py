"""What holds verb match and direct-quotation F1 where they are: the errors, sorted.

Usage::

    python benchmarks/error_breakdown.py ../shared/eval/polnear-train.jsonl
    python benchmarks/error_breakdown.py CORPUS.jsonl --scope quotes --language de --limit 100

Runs ``extract_quotes`` over the corpus (``--scope all`` by default, as the attribution
targets are set) and prints, with the metric of ``accuracy.py``:

* **Verb match**: the pairs matched at 0.3 whose cues differ, by how they differ. Either
  side has no cue; the cues are different words (the gold cue inside the predicted
  quotation's content: an attribution of its own that the prediction runs over; the
  predicted cue inside the gold content; elsewhere); or the cues overlap and differ in
  their boundaries ("said" against "said Tuesday").
* **The cue-boundary ceiling**: the best rule that decides a cue's boundaries from the word
  on either side of it (the word after "said" and "said" itself: extend to "said Tuesday"
  or not). Learned on the whole corpus and scored there, its gain is an upper bound (it
  memorises single cases); learned on one half of the documents and scored on the other,
  both ways round, it shows what such a rule gains on text it has not seen. Annotators
  who mark the same context differently from article to article leave it little.
* **Direct quotations** (the ``--only direct`` figures): the direct predictions left
  unmatched, by the kinds of the gold quotations they overlap, and the gold direct
  quotations left unmatched, by the kinds of the predictions that overlap them.

Prints counts only, never corpus text.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _checkout import import_quoteattr
from _metric import filter_kind, gold_items, greedy_match, pred_items, verb_match

THRESHOLD = 0.3
# The least margin, in cases, by which a learned boundary must beat keeping the cue as it
# is in the half it was learned on (a tie keeps it).
MARGIN = 1

Span = tuple[int, int]
Context = tuple[tuple[str, str], str]
"""A boundary context: (the word beside the cue, the cue's word on that side) and what the
gold cue adds there ("" for nothing; words with a leading "-" for what it leaves out)."""

_NEXT_TOKEN = re.compile(r"\s*([\w'’]+|[^\w\s])")
_PREVIOUS_TOKEN = re.compile(r"([\w'’]+|[^\w\s])\s*\Z")


def overlaps(a: Span, b: Span) -> bool:
    """Whether two spans share a character."""
    return a[0] < b[1] and b[0] < a[1]


def cue_difference(
    gold_cue: Span | None, pred_cue: Span | None, gold_span: Span, pred_span: Span
) -> str:
    """How the cues of a matched pair whose cue texts differ stand to each other."""
    if gold_cue is None:
        return "gold has no cue"
    if pred_cue is None:
        return "no cue predicted"
    if overlaps(gold_cue, pred_cue):
        return "same cue, other boundaries"
    if pred_span[0] <= gold_cue[0] and gold_cue[1] <= pred_span[1]:
        return "other cue: the gold cue inside the predicted content"
    if gold_span[0] <= pred_cue[0] and pred_cue[1] <= gold_span[1]:
        return "other cue: the predicted cue inside the gold content"
    return "other cue, elsewhere"


def boundary_contexts(text: str, gold_cue: Span, pred_cue: Span) -> tuple[Context, Context]:
    """The right and the left boundary context of two overlapping cues (see ``Context``).

    >>> text = "Lee said Tuesday that"
    >>> boundary_contexts(text, (4, 16), (4, 8))
    ((('tuesday', 'said'), 'tuesday'), (('lee', 'said'), ''))
    """
    cue_words = text[pred_cue[0] : pred_cue[1]].lower().split() or [""]
    after = _NEXT_TOKEN.match(text, pred_cue[1])
    before = _PREVIOUS_TOKEN.search(text, max(0, pred_cue[0] - 40), pred_cue[0])
    right = (after.group(1).lower() if after else "", cue_words[-1])
    left = (before.group(1).lower() if before else "", cue_words[0])
    return (right, _difference(text, pred_cue[1], gold_cue[1])), (
        left,
        _difference(text, gold_cue[0], pred_cue[0]),
    )


def _difference(text: str, first: int, second: int) -> str:
    """The words from ``first`` to ``second`` (with a leading "-" when they run the other
    way), lower-cased: what one boundary adds to or takes from the other."""
    if first <= second:
        return " ".join(text[first:second].lower().split())
    return "-" + " ".join(text[second:first].lower().split())


def learn(contexts: Iterable[Context], margin: int = MARGIN) -> dict[tuple[str, str], str]:
    """For each context, the boundary change most often right, where it beats keeping the
    cue as it is by at least ``margin`` cases.

    >>> learn([(("x", "said"), "x"), (("x", "said"), "x"), (("x", "said"), "")])
    {('x', 'said'): 'x'}
    """
    counts: defaultdict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    for key, change in contexts:
        counts[key][change] += 1
    decisions = {}
    for key, changes in counts.items():
        change, count = max(changes.items(), key=lambda item: (item[1], item[0] == ""))
        if change and count - changes[""] >= margin:
            decisions[key] = change
    return decisions


def gain(decisions: Mapping[tuple[str, str], str], contexts: Iterable[Context]) -> int:
    """Cues made right minus cues made wrong by applying ``decisions`` to ``contexts``.

    >>> gain({("x", "said"): "x"}, [(("x", "said"), "x"), (("x", "said"), "")])
    0
    """
    total = 0
    for key, change in contexts:
        decided = decisions.get(key)
        if decided is not None:
            total += (change == decided) - (change == "")
    return total


@dataclass
class Breakdown:
    """The tallies of one corpus run."""

    matched: int = 0
    verb_matched: int = 0
    differences: Counter[str] = field(default_factory=Counter)
    # Boundary contexts per document half (0, 1): right and left.
    right: tuple[list[Context], list[Context]] = field(default_factory=lambda: ([], []))
    left: tuple[list[Context], list[Context]] = field(default_factory=lambda: ([], []))
    direct_fp: Counter[str] = field(default_factory=Counter)
    direct_fn: Counter[str] = field(default_factory=Counter)
    direct_tp: int = 0
    gold: int = 0
    missed: int = 0
    missed_inside_prediction: int = 0

    def ceiling(self, margin: int = MARGIN) -> tuple[int, int]:
        """The boundary rules' gain learned and scored on the whole corpus, and learned on
        one half of the documents and scored on the other (both ways, summed; a rule must
        beat the cue as it is by ``margin`` cases in the half it is learned on)."""
        in_sample = 0
        held_out = 0
        for sides in (self.right, self.left):
            whole = [*sides[0], *sides[1]]
            in_sample += gain(learn(whole), whole)
            held_out += gain(learn(sides[0], margin), sides[1]) + gain(
                learn(sides[1], margin), sides[0]
            )
        return in_sample, held_out


def _spans_of(kinds: Iterable[str]) -> str:
    return ", ".join(sorted(set(kinds))) or "nothing"


def _other_kind_only(name: str) -> bool:
    """Whether an error's overlapping items (see ``_spans_of``) are all of another kind:
    the two sides agree there is a quotation and differ on its kind."""
    kinds = name.split(": ", 1)[1]
    return kinds != "nothing" and "direct" not in kinds.split(", ")


def add_document(
    result: Breakdown, record: Mapping[str, Any], quotes: Sequence[Any], half: int
) -> None:
    """Tally one document's pairs and direct-quotation errors into ``result``."""
    text: str = record["text"]
    quotes = sorted(quotes, key=lambda q: (q.span.start, q.span.end))
    gold = gold_items(record["quotes"])
    pred = pred_items(quotes)
    pairs = greedy_match(gold, pred, THRESHOLD)
    _add_missed(result, gold, pred, {g for g, _ in pairs})
    for gold_index, pred_index in pairs:
        result.matched += 1
        quote = quotes[pred_index]
        gold_cue = _cue_span(record["quotes"][gold_index].get("cue"))
        pred_cue = (quote.cue.start, quote.cue.end) if quote.cue is not None else None
        if gold_cue is not None and pred_cue is not None and overlaps(gold_cue, pred_cue):
            # Every pair whose cues overlap, their texts equal or not: a boundary rule may
            # change either.
            right, left = boundary_contexts(text, gold_cue, pred_cue)
            result.right[half].append(right)
            result.left[half].append(left)
        if verb_match(gold[gold_index], pred[pred_index]):
            result.verb_matched += 1
            continue
        gold_span = (gold[gold_index].start, gold[gold_index].end)
        pred_span = (quote.span.start, quote.span.end)
        result.differences[cue_difference(gold_cue, pred_cue, gold_span, pred_span)] += 1
    _add_direct(result, gold, pred)


def _add_missed(
    result: Breakdown, gold: Sequence[Any], pred: Sequence[Any], matched: set[int]
) -> None:
    """Count the gold items left unmatched, and those that lie wholly inside a prediction
    (an attribution the prediction's content runs over)."""
    result.gold += len(gold)
    for index, item in enumerate(gold):
        if index in matched:
            continue
        result.missed += 1
        if any(p.start <= item.start and item.end <= p.end for p in pred):
            result.missed_inside_prediction += 1


def disputed(contexts: Iterable[Context], count: int) -> list[tuple[tuple[str, str], int, int]]:
    """The ``count`` most frequent contexts whose gold cues go both ways: the context, how
    often the gold cue takes words in there (or leaves the cue's own out), and how often it
    ends where the predicted cue ends.

    >>> disputed([(("on", "said"), "on friday"), (("on", "said"), "")], 5)
    [(('on', 'said'), 1, 1)]
    """
    changed: Counter[tuple[str, str]] = Counter()
    kept: Counter[tuple[str, str]] = Counter()
    for key, change in contexts:
        (changed if change else kept)[key] += 1
    rows = [(key, changed[key], kept[key]) for key in changed if kept[key]]
    rows.sort(key=lambda row: (-(row[1] + row[2]), row[0]))
    return rows[:count]


def _cue_span(cue: Mapping[str, Any] | None) -> Span | None:
    return (int(cue["start"]), int(cue["end"])) if cue else None


def _add_direct(result: Breakdown, gold: Sequence[Any], pred: Sequence[Any]) -> None:
    gold_direct = filter_kind(gold, "direct")
    pred_direct = filter_kind(pred, "direct")
    pairs = greedy_match(gold_direct, pred_direct, THRESHOLD)
    result.direct_tp += len(pairs)
    matched_gold = {g for g, _ in pairs}
    matched_pred = {p for _, p in pairs}
    for index, item in enumerate(pred_direct):
        if index not in matched_pred:
            kinds = (g.kind for g in gold if overlaps((g.start, g.end), (item.start, item.end)))
            result.direct_fp["overlapping gold: " + _spans_of(kinds)] += 1
    for index, item in enumerate(gold_direct):
        if index not in matched_gold:
            kinds = (p.kind for p in pred if overlaps((p.start, p.end), (item.start, item.end)))
            result.direct_fn["overlapping predictions: " + _spans_of(kinds)] += 1


def read(corpus: Path, limit: int | None) -> Iterator[dict[str, Any]]:
    """The corpus records, the first ``limit`` of them."""
    with corpus.open(encoding="utf-8") as lines:
        count = 0
        for line in lines:
            if not line.strip():
                continue
            if limit is not None and count >= limit:
                return
            count += 1
            yield json.loads(line)


def report(result: Breakdown, margin: int = MARGIN) -> str:
    """The printed breakdown (``margin``: see ``Breakdown.ceiling``)."""
    lines = []
    mismatched = result.matched - result.verb_matched
    lines.append(
        f"verb match: {result.verb_matched} of {result.matched} matched pairs "
        f"({100 * result.verb_matched / max(result.matched, 1):.2f} %); "
        f"{mismatched} with another cue:"
    )
    for name, count in result.differences.most_common():
        lines.append(f"  {count:6d}  {name}")
    in_sample, held_out = result.ceiling(margin)
    for label, extra in (
        ("learned and scored on all documents (upper bound)", in_sample),
        ("learned on one half, scored on the other", held_out),
    ):
        lines.append(
            f"cue boundaries decided by the word on either side, {label}: {extra:+d} pairs, "
            f"verb match {100 * (result.verb_matched + extra) / max(result.matched, 1):.2f} %"
        )
    lines.append("the commonest cue boundaries the annotators mark both ways (after the cue):")
    for (word, cue_word), changed, kept in disputed([*result.right[0], *result.right[1]], 8):
        lines.append(f"  {cue_word!r} before {word!r}: boundary moved {changed}, kept {kept}")
    lines.append(
        f"gold attributions missed: {result.missed} of {result.gold}; "
        f"{result.missed_inside_prediction} of them wholly inside a predicted quotation"
    )
    fp = sum(result.direct_fp.values())
    fn = sum(result.direct_fn.values())
    lines.append(
        f"direct quotations: {result.direct_tp} matched, {fp} false positives, {fn} false negatives"
    )
    for name, count in result.direct_fp.most_common():
        lines.append(f"  FP {count:6d}  {name}")
    for name, count in result.direct_fn.most_common():
        lines.append(f"  FN {count:6d}  {name}")
    # The F1 with the errors of kind alone set aside: what the quotation-mark work scores
    # where gold and prediction agree on the kind.
    kind_fp = sum(n for name, n in result.direct_fp.items() if _other_kind_only(name))
    kind_fn = sum(n for name, n in result.direct_fn.items() if _other_kind_only(name))
    precision = result.direct_tp / max(result.direct_tp + fp - kind_fp, 1)
    recall = result.direct_tp / max(result.direct_tp + fn - kind_fn, 1)
    f1 = 2 * precision * recall / max(precision + recall, 1e-9)
    lines.append(
        f"direct F1 {100 * _f1(result.direct_tp, fp, fn):.2f}; without the {kind_fp} false "
        f"positives and {kind_fn} false negatives whose overlapping quotations are only of "
        f"another kind: {100 * f1:.2f}"
    )
    return "\n".join(lines)


def _f1(tp: int, fp: int, fn: int) -> float:
    return 2 * tp / max(2 * tp + fp + fn, 1)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", type=Path, help="annotated JSON Lines corpus")
    parser.add_argument("--scope", default="all", help="extract_quotes scope (default: all)")
    parser.add_argument("--language", default="en", help="language pack (default: en)")
    parser.add_argument("--limit", type=int, metavar="N", help="first N documents only")
    parser.add_argument(
        "--margin",
        type=int,
        default=MARGIN,
        metavar="N",
        help=f"cases by which a learned boundary must win in its half (default: {MARGIN})",
    )
    args = parser.parse_args(argv)
    quoteattr = import_quoteattr()
    result = Breakdown()
    for number, record in enumerate(read(args.corpus, args.limit)):
        quotes = quoteattr.extract_quotes(record["text"], scope=args.scope, language=args.language)
        add_document(result, record, quotes, number % 2)
    print(report(result, args.margin))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
