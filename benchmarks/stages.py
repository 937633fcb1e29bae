"""Where the time of ``extract_quotes`` goes: each stage timed over a corpus, against the
time the speed target allows.

Usage::

    python benchmarks/stages.py ../shared/eval/polnear-train.jsonl
    python benchmarks/stages.py CORPUS.jsonl --repeat 3 --limit 200

Each stage of the default English extractor (the functions ``quoteattr.extractor`` calls
in turn: paragraphs, the quotation-mark scan, sentences, the cue scan, direct quotations,
mixed quotations, reported speech, floating quotations, the result values) is wrapped with
a CPU-time clock for the run, then ``--repeat`` passes over every text are timed. The
pass with the least total CPU time is printed, stage by stage, with each stage's share and
its share of the **budget**: the time one pass may take at the issue's target of 10 MB/s.

The first four stages are **groundwork** every quotation finder on this design needs
before it attributes anything: where paragraphs and sentences end, where quotation marks
and reporting cues stand. Their sum against the budget says how much of it is left for
attribution at all. The wrappers cost a little time of their own (two clock reads per
call), which the stages' sum shows against the pass's total.

This measures quoteattr's internals (the stage functions by their names in
``quoteattr.extractor``): a refactor that renames one must update ``STAGES`` here, and
``tests/test_stages.py`` fails until it does. Prints times only, never corpus text.
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import json
import sys
import time
from collections import defaultdict
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _checkout import import_quoteattr

TARGET_MB_PER_S = 10.0

# (name in quoteattr.extractor, what it does, groundwork?), in pipeline order; the mark
# scan is the compiled scanner's ``scan`` method (see ``_timed_scanner``).
STAGES: tuple[tuple[str, str, bool], ...] = (
    ("paragraph_bounds", "paragraphs", True),
    ("QuoteScanner.scan", "quotation marks", True),
    ("sentence_bounds", "sentences", True),
    ("CueIndex", "cue scan", True),
    ("attribute_direct", "direct quotations", False),
    ("widen_to_sentences", "mixed quotations", False),
    ("attribute_reported", "reported speech", False),
    ("settle", "floating quotations", False),
    ("_to_quote", "result values", False),
)


def _clocked(
    function: Callable[..., Any], name: str, times: defaultdict[str, float]
) -> Callable[..., Any]:
    clock = time.process_time

    def timed(*args: Any, **kwargs: Any) -> Any:
        start = clock()
        try:
            return function(*args, **kwargs)
        finally:
            times[name] += clock() - start

    return timed


@contextlib.contextmanager
def instrumented(times: defaultdict[str, float]) -> Iterator[None]:
    """Every stage of ``STAGES`` adds its CPU time to ``times`` while the block runs.

    :raises LookupError: when quoteattr has no stage of that name (see the module's notes).
    """
    import_quoteattr()
    extractor = sys.modules["quoteattr.extractor"]
    marks = sys.modules["quoteattr.marks"]
    saved: list[tuple[Any, str, Any]] = []
    try:
        for name, _, _ in STAGES:
            owner, attribute = (
                (marks.QuoteScanner, "scan") if name == "QuoteScanner.scan" else (extractor, name)
            )
            original = getattr(owner, attribute, None)
            if original is None:
                raise LookupError(f"quoteattr has no stage {name!r}: update STAGES")
            saved.append((owner, attribute, original))
            setattr(owner, attribute, _clocked(original, name, times))
        yield
    finally:
        for owner, attribute, original in saved:
            setattr(owner, attribute, original)


def measure(texts: Sequence[str], repeat: int) -> tuple[float, dict[str, float]]:
    """The total CPU seconds of the fastest of ``repeat`` passes and its stages' seconds."""
    quoteattr = import_quoteattr()
    quoteattr.extract_quotes(texts[0] if texts else "")  # compiles the patterns
    best: tuple[float, dict[str, float]] | None = None
    times: defaultdict[str, float] = defaultdict(float)
    with instrumented(times):
        for _ in range(repeat):
            times.clear()
            gc.collect()
            start = time.process_time()
            for text in texts:
                quoteattr.extract_quotes(text)
            total = time.process_time() - start
            if best is None or total < best[0]:
                best = (total, dict(times))
    assert best is not None
    return best


def report(total: float, stages: dict[str, float], megabytes: float) -> str:
    """The printed table."""
    budget = megabytes / TARGET_MB_PER_S
    lines = [
        f"{megabytes:.3f} MB of text; one pass {total * 1000:.1f} ms CPU "
        f"({megabytes / total:.2f} MB/s); budget at {TARGET_MB_PER_S:g} MB/s: "
        f"{budget * 1000:.1f} ms",
        f"{'stage':<22}{'ms':>9}{'of pass':>9}{'of budget':>11}",
    ]
    groundwork = 0.0
    for name, label, is_groundwork in STAGES:
        seconds = stages.get(name, 0.0)
        groundwork += seconds if is_groundwork else 0.0
        lines.append(
            f"{label:<22}{seconds * 1000:9.1f}{100 * seconds / total:8.1f}%"
            f"{100 * seconds / budget:10.1f}%"
        )
    rest = total - sum(stages.values())
    lines.append(f"{'the rest':<22}{rest * 1000:9.1f}{100 * rest / total:8.1f}%")
    lines.append(
        f"groundwork (paragraphs, marks, sentences, cues): {groundwork * 1000:.1f} ms, "
        f"{100 * groundwork / budget:.0f} % of the budget; left for attribution: "
        f"{max(0.0, budget - groundwork) * 1000:.1f} ms, against "
        f"{(total - groundwork) * 1000:.1f} ms taken"
    )
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", type=Path, help="JSONL corpus, the article in 'text'")
    parser.add_argument("--repeat", type=int, default=5, metavar="N", help="best of N passes (5)")
    parser.add_argument("--limit", type=int, metavar="N", help="first N documents only")
    args = parser.parse_args(argv)
    if args.repeat < 1:
        parser.error("--repeat must be at least 1")
    texts: list[str] = []
    with args.corpus.open(encoding="utf-8") as lines:
        for line in lines:
            if args.limit is not None and len(texts) >= args.limit:
                break
            if line.strip():
                texts.append(json.loads(line)["text"])
    if not texts:
        print(f"error: no documents in {args.corpus}", file=sys.stderr)
        return 2
    total, stages = measure(texts, args.repeat)
    megabytes = sum(len(text.encode("utf-8")) for text in texts) / 1e6
    print(report(total, stages, megabytes))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
