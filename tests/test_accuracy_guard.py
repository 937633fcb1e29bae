"""Regression guard: accuracy on the annotated development corpora must not drop.

When the evaluation corpora are present beside the repository (``../shared/eval/``, as in
CI), the development corpora are scored with ``benchmarks/accuracy.py`` and every headline
figure must stay within half a point of the figure recorded in
``benchmarks/accuracy-baseline.json``. Raise the recorded figures when the rules improve
(``python benchmarks/accuracy.py CORPUS --scope all``, plus ``--language de`` for the
German corpus, prints them). Each recorded entry's ``options`` are the keyword arguments
passed to ``extract_quotes``.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
EVAL = ROOT.parent / "shared" / "eval"
BASELINE = ROOT / "benchmarks" / "accuracy-baseline.json"
TOLERANCE = 0.5

sys.path.insert(0, str(ROOT / "benchmarks"))

from _metric import THRESHOLDS  # noqa: E402
from accuracy import quoteattr_predictor, run  # noqa: E402

RECORDED: dict[str, Any] = json.loads(BASELINE.read_text(encoding="utf-8"))


def headline(corpus: Path, options: dict[str, str]) -> dict[str, float]:
    """The headline figures of one corpus: F1 at both thresholds, speaker and verb match,
    overall and per kind."""
    predict, _ = quoteattr_predictor(options)
    result = run(corpus, predict, granularity="quotes", only=None, limit=None)
    figures: dict[str, float] = {}
    rows = {"all": result.overall, **result.per_kind}
    for row, tally in rows.items():
        for threshold in THRESHOLDS:
            value = tally.figures(threshold)["f1"]
            figures[f"{row} f1@{threshold}"] = float(value or 0.0)
    overall = result.overall.figures(0.3)
    figures["all speaker@0.3"] = float(overall["speaker_match"] or 0.0)
    figures["all verb@0.3"] = float(overall["verb_match"] or 0.0)
    return figures


@pytest.mark.parametrize("name", sorted(RECORDED))
def test_accuracy_does_not_drop(name: str) -> None:
    """Every headline figure stays within half a point of the recorded one."""
    entry = RECORDED[name]
    corpus = EVAL / entry["corpus"]
    if not corpus.exists():
        pytest.skip(f"evaluation corpus {corpus} is not present (it is in CI, beside the clone)")
    measured = headline(corpus, entry["options"])
    drops = {
        key: (recorded, round(measured[key], 1))
        for key, recorded in entry["figures"].items()
        if measured[key] < recorded - TOLERANCE
    }
    assert not drops, f"{name}: figures dropped (recorded, now): {drops}"
