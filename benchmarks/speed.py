"""End-to-end speed of ``quoteattr.extract_quotes`` on a JSONL corpus, against a floor.

Usage::

    python benchmarks/speed.py ../shared/eval/polnear-train.jsonl
    python benchmarks/speed.py CORPUS.jsonl --repeat 3 --limit 200 --json speed.json

The corpus has one JSON object per line with the article in its ``text`` field (other fields
are ignored); nothing of it is written anywhere. All texts are read into memory first, then,
in one process on one core, each of ``--repeat`` rounds times:

* **end to end**: ``extract_quotes(text)`` for every text, results dropped as they come;
* **floor (regex)**: one compiled ``regex`` ``finditer`` pass over every text with a
  character class of the quotation-mark characters of ``quoteattr.marks.DEFAULT_PAIRS``
  (the marks the scanner looks for), iterating the matches and nothing else: no quotation
  finder can do less;
* **floor (re)**: the same pass with the standard library's ``re``.

The best (shortest) round of each is reported. Throughput is in MB/s: millions of UTF-8
bytes of article text (the ``text`` fields only) per second of wall-clock time; the CPU time
of the same rounds is shown beside it, since on a busy machine it is the steadier figure.
The ratio end-to-end time / floor time is the pipeline's cost as a multiple of the floor.

Memory: the peak of ``tracemalloc`` during one extra end-to-end pass, as timed (each
document's results dropped) and with every result kept; the texts themselves are loaded
before tracing starts and are not counted. Then ``ru_maxrss``, the process's peak resident
memory, read after the timed rounds (before tracing, whose records take memory of their own)
and, for comparison, before the first call (interpreter, quoteattr imported, texts loaded).

Targets, printed beside the figures: at least 10 MB/s end to end, at most 10x the (regex)
floor, peak memory at most 50 MB + 5x the input. The exit status is 0 whether or not they
are met (this is a measurement); 2 for a missing corpus or a quoteattr without
``extract_quotes``.
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import importlib
import json
import os
import platform
import re
import resource
import subprocess
import sys
import time
import tracemalloc
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _checkout import REPO, import_quoteattr

TARGET_MB_PER_S = 10.0
TARGET_FLOOR_MULTIPLE = 10.0
TARGET_MEMORY_BASE_MB = 50.0
TARGET_MEMORY_PER_INPUT = 5.0

Extract = Callable[[str], Sequence[object]]


class MissingQuoteattrError(Exception):
    """quoteattr cannot be imported or lacks what the benchmark needs."""


def load_quoteattr() -> Any:
    """The quoteattr module (installed, else the checkout's), or MissingQuoteattrError."""
    try:
        return import_quoteattr()
    except ImportError as error:
        raise MissingQuoteattrError(f"cannot import quoteattr: {error}") from error


def mark_characters(module: Any) -> str:
    """Every character of every mark of ``quoteattr.marks.DEFAULT_PAIRS``, sorted.

    A mark may be more than one character (the doubled apostrophes ``''`` of newspaper
    archives); the floor then finds each of its characters, which is no more work.
    """
    try:
        pairs = importlib.import_module(module.__name__ + ".marks").DEFAULT_PAIRS
    except (ImportError, AttributeError) as error:
        raise MissingQuoteattrError(f"no quoteattr.marks.DEFAULT_PAIRS: {error}") from error
    return "".join(
        sorted({char for pair in pairs for mark in (pair.open, pair.close) for char in mark})
    )


def char_class(marks: str, escape: Callable[[str], str]) -> str:
    """A character class of ``marks``, as ``QuoteScanner`` builds it."""
    return "[" + "".join(escape(char) for char in marks) + "]"


def load_texts(corpus: Path, limit: int | None) -> list[str]:
    """The ``text`` field of the first ``limit`` non-blank lines of ``corpus``."""
    texts: list[str] = []
    with corpus.open(encoding="utf-8") as lines:
        for line in lines:
            if limit is not None and len(texts) >= limit:
                break
            if line.strip():
                texts.append(json.loads(line)["text"])
    return texts


# --- timing ---


@dataclass
class Timing:
    """Wall-clock and CPU seconds of every round of one measurement."""

    wall: list[float]
    cpu: list[float]

    @property
    def best_wall(self) -> float:
        return min(self.wall)

    @property
    def best_cpu(self) -> float:
        return min(self.cpu)


def timed(function: Callable[[], object], timing: Timing) -> None:
    """Run ``function`` once (after a full garbage collection), adding its times to ``timing``."""
    gc.collect()
    wall, cpu = time.perf_counter(), time.process_time()
    function()
    timing.cpu.append(time.process_time() - cpu)
    timing.wall.append(time.perf_counter() - wall)


def end_to_end(extract: Extract, texts: Sequence[str]) -> Callable[[], None]:
    def run() -> None:
        for text in texts:
            extract(text)

    return run


def floor_pass(pattern: Any, texts: Sequence[str]) -> Callable[[], None]:
    """One ``finditer`` pass over every text, touching each match once."""
    finditer = pattern.finditer

    def run() -> None:
        for text in texts:
            for _ in finditer(text):
                pass

    return run


def peak_memory(extract: Extract, texts: Sequence[str], *, keep: bool) -> int:
    """``tracemalloc`` peak in bytes over one end-to-end pass (results kept or dropped)."""
    kept: list[Sequence[object]] = []
    gc.collect()
    tracemalloc.start()
    try:
        tracemalloc.reset_peak()
        for text in texts:
            quotes = extract(text)
            if keep:
                kept.append(quotes)
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
        kept.clear()


def max_rss_bytes() -> int:
    """The process's peak resident set size (``ru_maxrss``: KiB on Linux, bytes on macOS)."""
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return rss if sys.platform == "darwin" else rss * 1024


# --- the run ---


@dataclass
class Figures:
    """Everything one run measured."""

    docs: int
    megabytes: float
    characters: int
    largest_megabytes: float
    quotes: int
    first_call: float
    e2e: Timing
    floor_regex: Timing
    floor_re: Timing
    peak_dropped: int
    peak_kept: int
    rss_before: int
    max_rss: int

    def rate(self, timing: Timing, *, cpu: bool = False) -> float:
        seconds = timing.best_cpu if cpu else timing.best_wall
        return self.megabytes / seconds if seconds > 0 else float("inf")

    def multiple(self, floor: Timing, *, cpu: bool = False) -> float:
        if cpu:
            return self.e2e.best_cpu / floor.best_cpu
        return self.e2e.best_wall / floor.best_wall

    @property
    def memory_target(self) -> float:
        """The memory target in bytes: 50 MB + 5x the input."""
        return (TARGET_MEMORY_BASE_MB + TARGET_MEMORY_PER_INPUT * self.megabytes) * 1e6


def measure(extract: Extract, marks: str, texts: Sequence[str], repeat: int) -> Figures:
    """Time the end-to-end pass and both floors, ``repeat`` rounds, interleaved."""
    rss_before = max_rss_bytes()
    start = time.perf_counter()
    extract(texts[0] if texts else "")  # first call: compiles the patterns
    first_call = time.perf_counter() - start
    regex = importlib.import_module("regex")
    floors = {
        "regex": floor_pass(regex.compile(char_class(marks, regex.escape)), texts),
        "re": floor_pass(re.compile(char_class(marks, re.escape)), texts),
    }
    e2e, floor_regex, floor_re = Timing([], []), Timing([], []), Timing([], [])
    run = end_to_end(extract, texts)
    for _ in range(repeat):
        timed(floors["regex"], floor_regex)
        timed(floors["re"], floor_re)
        timed(run, e2e)
    max_rss = max_rss_bytes()  # before tracemalloc, whose own records take memory
    quotes = sum(len(extract(text)) for text in texts)
    sizes = [len(text.encode("utf-8")) for text in texts]
    return Figures(
        docs=len(texts),
        megabytes=sum(sizes) / 1e6,
        characters=sum(len(text) for text in texts),
        largest_megabytes=max(sizes, default=0) / 1e6,
        quotes=quotes,
        first_call=first_call,
        e2e=e2e,
        floor_regex=floor_regex,
        floor_re=floor_re,
        peak_dropped=peak_memory(extract, texts, keep=False),
        peak_kept=peak_memory(extract, texts, keep=True),
        rss_before=rss_before,
        max_rss=max_rss,
    )


# --- output ---


def _meets(ok: bool) -> str:
    return "meets target" if ok else "MISSES target"


def machine(module_path: Path) -> dict[str, Any]:
    """Where the figures were measured, and which quoteattr (``git describe`` of this
    checkout when quoteattr was imported from it)."""
    try:
        load: list[float] | None = [round(x, 2) for x in os.getloadavg()]
    except OSError:
        load = None
    commit = None
    with contextlib.suppress(OSError, subprocess.SubprocessError):
        if not module_path.resolve().is_relative_to(REPO):
            raise OSError("quoteattr not imported from this checkout")
        commit = subprocess.run(
            ["git", "-C", str(REPO), "describe", "--always", "--dirty"],
            capture_output=True,
            text=True,
            check=True,
            timeout=10,
        ).stdout.strip()
    return {
        "date": time.strftime("%Y-%m-%d %H:%M:%S %z"),
        "python": platform.python_version(),
        "implementation": platform.python_implementation(),
        "platform": platform.platform(),
        "processor": platform.processor() or platform.machine(),
        "cpus": os.cpu_count(),
        "load_average": load,
        "quoteattr_path": str(module_path),
        "checkout": commit,
    }


def report(figures: Figures, args: argparse.Namespace, where: dict[str, Any], source: str) -> str:
    f = figures
    mb = 1e6
    e2e_rate, e2e_cpu_rate = f.rate(f.e2e), f.rate(f.e2e, cpu=True)
    multiple, multiple_cpu = f.multiple(f.floor_regex), f.multiple(f.floor_regex, cpu=True)
    target = f.memory_target
    lines = [
        f"corpus: {args.corpus}  ({f.docs} docs, {f.megabytes:.3f} MB of text = "
        f"{f.characters:,} characters; largest doc {f.largest_megabytes:.3f} MB; "
        f"{f.quotes:,} quotes found)",
        f"quoteattr {source}; Python {where['python']} ({where['implementation']}), "
        f"{where['platform']}, {where['cpus']} CPUs, load average {where['load_average']}",
        f"best of {args.repeat} rounds, one process, one core; MB = 10^6 bytes of UTF-8 text; "
        "wall-clock (CPU) time",
        "",
        f"end to end   extract_quotes  {e2e_rate:8.2f} MB/s ({e2e_cpu_rate:.2f})  "
        f"{f.e2e.best_wall:7.3f} s   target >= {TARGET_MB_PER_S:g} MB/s: "
        f"{_meets(e2e_rate >= TARGET_MB_PER_S)}",
        f"floor        regex finditer  {f.rate(f.floor_regex):8.2f} MB/s "
        f"({f.rate(f.floor_regex, cpu=True):.2f})  {f.floor_regex.best_wall:7.3f} s",
        f"floor        re finditer     {f.rate(f.floor_re):8.2f} MB/s "
        f"({f.rate(f.floor_re, cpu=True):.2f})  {f.floor_re.best_wall:7.3f} s",
        f"cost         end to end / regex floor = {multiple:.1f}x ({multiple_cpu:.1f}x)   "
        f"target <= {TARGET_FLOOR_MULTIPLE:g}x: {_meets(multiple <= TARGET_FLOOR_MULTIPLE)}",
        f"             end to end / re floor    = {f.multiple(f.floor_re):.1f}x "
        f"({f.multiple(f.floor_re, cpu=True):.1f}x)",
        f"first call   {f.first_call:.3f} s (compiles the patterns; not in the rounds)",
        "",
        f"memory       target <= {TARGET_MEMORY_BASE_MB:g} MB + {TARGET_MEMORY_PER_INPUT:g} x "
        f"{f.megabytes:.2f} MB input = {target / mb:.1f} MB",
        f"  tracemalloc peak, one pass, results dropped per doc  {f.peak_dropped / mb:8.1f} MB  "
        f"{_meets(f.peak_dropped <= target)}",
        f"  tracemalloc peak, one pass, all results kept         {f.peak_kept / mb:8.1f} MB  "
        f"{_meets(f.peak_kept <= target)}",
        f"  ru_maxrss after the timed rounds                      {f.max_rss / mb:8.1f} MB  "
        f"{_meets(f.max_rss <= target)}",
        f"    of which before the first call (interpreter, quoteattr, texts loaded): "
        f"{f.rss_before / mb:.1f} MB",
    ]
    if where["load_average"] and where["load_average"][0] > (where["cpus"] or 1) - 0.5:
        lines.append(
            "\nnote: the machine was busy (load average above the CPU count): wall-clock "
            "figures are noisy, CPU-time figures (in parentheses) are steadier"
        )
    return "\n".join(lines)


def to_json(figures: Figures, args: argparse.Namespace, where: dict[str, Any]) -> Any:
    f = figures

    def timing(t: Timing) -> dict[str, Any]:
        return {
            "best_wall_s": round(t.best_wall, 5),
            "best_cpu_s": round(t.best_cpu, 5),
            "mb_per_s": round(f.rate(t), 3),
            "mb_per_s_cpu": round(f.rate(t, cpu=True), 3),
            "rounds_wall_s": [round(x, 5) for x in t.wall],
            "rounds_cpu_s": [round(x, 5) for x in t.cpu],
        }

    return {
        "machine": where,
        "corpus": str(args.corpus),
        "limit": args.limit,
        "repeat": args.repeat,
        "unit": "MB = 10^6 bytes of UTF-8 article text (text fields only)",
        "docs": f.docs,
        "megabytes": round(f.megabytes, 4),
        "characters": f.characters,
        "quotes": f.quotes,
        "first_call_s": round(f.first_call, 4),
        "end_to_end": timing(f.e2e),
        "floor_regex": timing(f.floor_regex),
        "floor_re": timing(f.floor_re),
        "multiple_of_regex_floor": round(f.multiple(f.floor_regex), 2),
        "multiple_of_regex_floor_cpu": round(f.multiple(f.floor_regex, cpu=True), 2),
        "multiple_of_re_floor": round(f.multiple(f.floor_re), 2),
        "memory": {
            "tracemalloc_peak_results_dropped_mb": round(f.peak_dropped / 1e6, 2),
            "tracemalloc_peak_results_kept_mb": round(f.peak_kept / 1e6, 2),
            "ru_maxrss_mb": round(f.max_rss / 1e6, 2),
            "ru_maxrss_before_first_call_mb": round(f.rss_before / 1e6, 2),
            "target_mb": round(f.memory_target / 1e6, 2),
        },
        "targets": {
            "mb_per_s": TARGET_MB_PER_S,
            "multiple_of_floor": TARGET_FLOOR_MULTIPLE,
            "memory": f"{TARGET_MEMORY_BASE_MB:g} MB + {TARGET_MEMORY_PER_INPUT:g} x input",
            "met": {
                "mb_per_s": f.rate(f.e2e) >= TARGET_MB_PER_S,
                "multiple_of_floor": f.multiple(f.floor_regex) <= TARGET_FLOOR_MULTIPLE,
                "memory": f.peak_dropped <= f.memory_target,
            },
        },
    }


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        description="End-to-end extract_quotes throughput (MB/s) on a JSONL corpus, vs a floor."
    )
    parser.add_argument("corpus", type=Path, help="JSONL corpus, the article in 'text'")
    parser.add_argument("--repeat", type=int, default=5, metavar="N", help="best of N rounds (5)")
    parser.add_argument("--limit", type=int, metavar="N", help="first N documents only")
    parser.add_argument("--json", type=Path, metavar="PATH", help="also write figures as JSON")
    args = parser.parse_args(argv)
    if args.repeat < 1:
        parser.error("--repeat must be at least 1")
    return args


def main(argv: Sequence[str] | None = None) -> int:
    """Measure and print; 0 when measured, 2 when the corpus or quoteattr is missing."""
    args = parse_args(argv)
    if not args.corpus.is_file():
        print(f"error: no corpus file {args.corpus}", file=sys.stderr)
        return 2
    try:
        module = load_quoteattr()
        extract: Extract | None = getattr(module, "extract_quotes", None)
        if extract is None:
            raise MissingQuoteattrError(f"quoteattr ({module.__file__}) has no extract_quotes")
        marks = mark_characters(module)
    except MissingQuoteattrError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    texts = load_texts(args.corpus, args.limit)
    if not texts:
        print(f"error: no documents in {args.corpus}", file=sys.stderr)
        return 2
    figures = measure(extract, marks, texts, args.repeat)
    where = machine(Path(module.__file__).parent)
    source = f"{getattr(module, '__version__', '?')} from {Path(module.__file__).parent}"
    if args.json is not None:
        payload = to_json(figures, args, where)
        args.json.write_text(json.dumps(payload, indent=2) + "\n", encoding="utf-8")
    print(report(figures, args, where, source))
    return 0


if __name__ == "__main__":
    sys.exit(main())
