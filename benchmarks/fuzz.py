"""Fuzz ``extract_quotes`` and ``analyze`` for a bounded time.

Usage::

    python benchmarks/fuzz.py --seconds 60          # what .ci/run does
    python benchmarks/fuzz.py --seconds 14400       # an afternoon, locally
    python benchmarks/fuzz.py --seconds 600 --seed 1234   # replay a run exactly

It runs Hypothesis searches one after another, each with its own seed, over the inputs of
``tests/test_fuzz.py`` (quotation-mark soup, every kind of line break, cue words, and random
bytes decoded with ``errors="replace"`` or ``"surrogateescape"``), checking every promise
``check_extraction`` there checks, until the time is up. The last search may overrun the
limit by the time of one batch (about a second with the default ``--batch``).

Why Hypothesis and not atheris: the inputs that matter here are structured (marks, breaks
and cue words in unusual orders), which Hypothesis generates directly and shrinks to a
minimal failing text that pastes straight into ``tests/test_regressions.py``; atheris'
coverage guidance would add a native dependency and mostly mutates bytes, and the hot code
is compiled ``regex`` patterns, which Python-level coverage does not see into.

A failure prints the minimal input and is saved under ``--crash-dir``; a single call that
runs longer than ``--hang-seconds`` (the scanner is meant to be linear) stops the process
with a traceback of where it hung. Exit status: 0 when nothing failed, 1 otherwise.
"""

from __future__ import annotations

import argparse
import faulthandler
import hashlib
import random
import sys
import time
import traceback
from collections.abc import Sequence
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "tests"))

from hypothesis import HealthCheck, Phase, given, settings  # noqa: E402
from hypothesis import seed as hypothesis_seed  # noqa: E402

from test_fuzz import check_extraction, fuzz_inputs  # noqa: E402


class _FailureFoundError(Exception):
    """A search found an input that breaks a promise; ``text`` is the minimal one."""

    def __init__(self, text: str, error: BaseException) -> None:
        super().__init__(f"{type(error).__name__}: {error}")
        self.text = text
        self.error = error


def search(seed: int, examples: int, hang_seconds: float) -> int:
    """One Hypothesis search of ``examples`` inputs; returns how many inputs it ran.

    :raises _FailureFoundError: with the minimal failing input, when one is found.
    """
    ran = 0
    failing: list[tuple[str, BaseException]] = []

    @hypothesis_seed(seed)
    @settings(
        max_examples=examples,
        deadline=None,
        database=None,
        phases=(Phase.generate, Phase.shrink),
        suppress_health_check=list(HealthCheck),
        report_multiple_bugs=False,
    )
    @given(fuzz_inputs())
    def property_holds(text: str) -> None:
        nonlocal ran
        ran += 1
        faulthandler.dump_traceback_later(hang_seconds, exit=True)
        try:
            check_extraction(text)
        except BaseException as error:
            failing.append((text, error))  # the last one recorded is the shrunk one
            raise
        finally:
            faulthandler.cancel_dump_traceback_later()

    try:
        property_holds()
    except Exception as error:
        if not failing:
            raise
        text, original = failing[-1]
        raise _FailureFoundError(text, original) from error
    return ran


def save_crash(directory: Path, failure: _FailureFoundError) -> Path:
    """Write the failing input (as UTF-8 with surrogates escaped) and its traceback."""
    directory.mkdir(parents=True, exist_ok=True)
    data = failure.text.encode("utf-8", errors="surrogatepass")
    path = directory / f"crash-{hashlib.sha1(data).hexdigest()[:12]}.txt"
    path.write_text(
        f"input: {failure.text!r}\n\n" + "".join(traceback.format_exception(failure.error)),
        encoding="utf-8",
    )
    return path


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    """The command line."""
    parser = argparse.ArgumentParser(
        description="Fuzz quoteattr.extract_quotes and analyze for a while."
    )
    parser.add_argument("--seconds", type=float, default=60.0, help="time budget (default 60)")
    parser.add_argument("--seed", type=int, help="base seed, to replay a run (default: random)")
    parser.add_argument("--batch", type=int, default=200, help="inputs per search (default 200)")
    parser.add_argument(
        "--hang-seconds",
        type=float,
        default=30.0,
        help="abort with a traceback when one call takes longer (default 30)",
    )
    parser.add_argument("--crash-dir", type=Path, default=REPO / ".fuzz-crashes")
    parser.add_argument(
        "--keep-going", action="store_true", help="after a failure, go on searching"
    )
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    """Search until the time is up; 0 when nothing failed, 1 otherwise."""
    args = parse_args(argv)
    base = args.seed if args.seed is not None else random.SystemRandom().randrange(2**32)
    print(f"fuzzing extract_quotes and analyze for {args.seconds:g} s, seed {base}", flush=True)
    started = time.monotonic()
    stop = started + args.seconds
    searches = inputs = failures = 0
    report_at = started + 10.0
    while time.monotonic() < stop:
        try:
            inputs += search(base + searches, args.batch, args.hang_seconds)
        except KeyboardInterrupt:
            print("\ninterrupted")
            break
        except _FailureFoundError as failure:
            searches += 1
            failures += 1
            path = save_crash(args.crash_dir, failure)
            print(f"\nFAILED on input {failure.text!r}\n  {failure}\n  saved to {path}")
            print("  add it to tests/test_regressions.py as an example test", flush=True)
            if not args.keep_going:
                break
            continue
        searches += 1
        if time.monotonic() >= report_at:
            report_at += 10.0
            print(f"  {time.monotonic() - started:6.0f} s: {inputs} inputs", flush=True)
    elapsed = time.monotonic() - started
    print(
        f"{searches} searches, {inputs} inputs in {elapsed:.1f} s "
        f"({inputs / elapsed if elapsed else 0:.0f}/s), seed {base}"
    )
    print(f"fuzz: {inputs} passed, {failures} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
