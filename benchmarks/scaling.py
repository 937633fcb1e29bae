"""Does ``quoteattr.extract_quotes`` stay linear on adversarial input?

Usage::

    python benchmarks/scaling.py                   # every input; exit 1 if any is super-linear
    python benchmarks/scaling.py --only nested     # inputs whose name contains "nested"
    python benchmarks/scaling.py --list            # names and descriptions only
    python benchmarks/scaling.py --gc off --json scaling.json

Every input is generated here, none is corpus text: one huge paragraph of news-like
sentences with quotes, thousands of unmatched opening marks of each kind, alternating mark
kinds, very long sentences without punctuation, runs of apostrophes and primes, deeply
nested marks, a 10 MB realistic multi-paragraph document (varied synthetic paragraphs,
repeated), "said" cues and names without any quotation mark, and a few more (``--list``).

For each input the script times ``extract_quotes`` at size n and 8n and prints the ratio
t(8n) / t(n): linear code gives about 8; the target is at most ``--max-ratio`` (9). Times
are CPU seconds of this process (steady on a busy machine), best of ``--repeat`` runs. n
starts small and doubles (at most quadruples) until one call takes ``--min-seconds``
(50 ms), so timer noise stays small; the realistic document is fixed at n = 1.25 million
characters, so that 8n is 10 million. Sizes are characters of the generated ``str``; MB/s
is millions of UTF-8 bytes per second at 8n.

An input over the target is measured again before it is flagged, then once more with the
garbage collector paused: a ratio that falls back under the target then is the cost of
CPython's collector walking the many objects a call keeps alive (verdict "garbage
collection"), one that does not is the algorithm's. For the algorithm's, cProfile runs at n
and 4n and lists the functions whose own time grows most beyond 4x (a built-in such as a
pattern's ``match`` is listed per calling function): that names the function to fix.
``--profile`` lists them for every input. ``--memory`` adds the ``tracemalloc`` peak of one
call at 8n, against the target 50 MB + 5x the input (``--only realistic --memory`` gives the
figure for a 10 MB document).

The exit status is 1 when any input stays over the target (0 otherwise, 2 on a usage
error), so CI could run this; ``--gc off`` judges the algorithms alone. A full run took
2.5 minutes on 2 cores (2026-11-29, with four super-linear inputs); each super-linear input
adds its own time.
"""

from __future__ import annotations

import argparse
import cProfile
import functools
import gc
import itertools
import json
import os
import platform
import pstats
import random
import sys
import time
import tracemalloc
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _checkout import import_quoteattr

MAX_RATIO = 9.0
MIN_SECONDS = 0.05
FACTOR = 8
MEMORY_BASE_MB = 50.0
MEMORY_PER_INPUT = 5.0
MAX_CHARS = 48_000_000  # calibration never grows 8n past this
BLOCK = 250_000  # generated text repeats blocks of this many characters

Extract = Callable[[str], Sequence[object]]


# --- generated text ---

FIRST_NAMES = (
    "Maria", "John", "Aisha", "Chen", "Olga", "Pedro", "Fatima", "Liam", "Noor", "Kenji",
    "Ingrid", "Samuel", "Zanele", "Tomás", "Priya", "Jean-Luc", "Sinéad", "Yusuf",
)  # fmt: skip
LAST_NAMES = (
    "Smith", "O'Brien", "García", "Nguyen", "Kowalski", "Okafor", "Müller", "Haddad",
    "Rossi", "Tanaka", "Johansson", "de la Cruz", "van Dijk", "MacLeod", "Abdullah", "Brown",
)  # fmt: skip
TITLES = (
    "Sen.", "Gov.", "President", "Prime Minister", "Mayor", "Dr.", "Gen.", "Secretary of State",
    "Minister", "Judge", "Rep.", "Chief Executive",
)  # fmt: skip
ROLES = (
    "the minister", "a spokeswoman for the ministry", "the head of state", "the mayor",
    "a senior official", "the company's chief executive", "the prosecutor", "police",
    "the union leader", "an aide to the governor",
)  # fmt: skip
CUES = ("said", "told reporters", "added", "wrote", "warned", "insisted", "asked", "explained")
PRONOUNS = ("she", "he", "they")
WORDS = (
    "the", "government", "will", "not", "back", "down", "on", "this", "issue", "and", "we",
    "expect", "a", "vote", "before", "end", "of", "year", "people", "deserve", "better",
    "than", "that", "it", "was", "mistake", "from", "start", "our", "country", "is", "ready",
    "for", "change", "economy", "jobs", "families", "budget", "plan", "to", "cut", "taxes",
    "nobody", "has", "ever", "seen", "anything", "like", "in", "history", "city", "council",
    "police", "court", "election", "campaign", "reform", "health", "schools", "war", "peace",
)  # fmt: skip
CAPITALISED = (
    "Washington", "Brussels", "Congress", "Senate", "European", "Union", "Monday", "Tuesday",
    "Republican", "Democratic", "Party", "White", "House", "Supreme", "Court", "Ministry",
    "Defence", "Foreign", "Affairs", "United", "Nations", "Security", "Council", "Bank",
)  # fmt: skip
FILLERS = (
    "The vote was scheduled for Tuesday after weeks of negotiations",
    "Officials did not respond to a request for comment",
    "The measure passed 52-48 in the Senate late on Monday",
    "Shares of the company fell 3.5% in early trading",
    "The report, published in March, runs to more than 400 pages",
    "Protesters gathered outside the parliament building in the rain",
    "Rock 'n' roll fans remember the '90s as the decade of O'Malley's band",
    "The suspect, who is 5'11\" tall, was last seen wearing a 12\" x 18\" sign",
    "It's not clear whether the Joneses' lawsuit will go ahead",
)  # fmt: skip
DAYS = ("on Monday", "on Tuesday", "in a statement", "at a news conference", "last week", "")


class Writer:
    """Deterministic news-like sentences (seeded), in every quotation convention."""

    def __init__(self, seed: int) -> None:
        self.rnd = random.Random(seed)

    def choice(self, options: Sequence[str]) -> str:
        return options[self.rnd.randrange(len(options))]

    def name(self) -> str:
        return f"{self.choice(FIRST_NAMES)} {self.choice(LAST_NAMES)}"

    def speaker(self) -> str:
        kind = self.rnd.randrange(4)
        if kind == 0:
            return self.name()
        if kind == 1:
            return f"{self.choice(TITLES)} {self.name()}"
        if kind == 2:
            return self.choice(ROLES)
        return self.choice(PRONOUNS)

    def words(self, low: int, high: int) -> str:
        count = self.rnd.randint(low, high)
        chosen = [self.choice(WORDS) for _ in range(count)]
        if self.rnd.random() < 0.3:
            chosen[self.rnd.randrange(count)] = self.choice(CAPITALISED)
        return " ".join(chosen)

    def quoted(self) -> str:
        text = self.words(4, 16)
        return text[0].upper() + text[1:]

    def sentence(self) -> str:
        """One sentence with or without a quotation (no line breaks)."""
        q, who, cue, day = self.quoted(), self.speaker(), self.choice(CUES), self.choice(DAYS)
        who_cap = who[0].upper() + who[1:]
        kind = self.rnd.randrange(24)
        if kind == 0:
            return f"“{q},” {who} {cue}."
        if kind == 1:
            return f"“{q},” {cue} {who} {day}.".replace(" .", ".")
        if kind == 2:
            return f"{who_cap} {cue} {day}: “{q}.”".replace("  ", " ").replace(" :", ":")
        if kind == 3:
            return f"“{q},” {who} {cue}, “{self.words(3, 10)}.”"
        if kind == 4:
            return f'"{q}," {who} {cue}.'
        if kind == 5:
            return f"„{q}“, {who} {cue}."
        if kind == 6:
            return f"«{q}», {who} {cue}."
        if kind == 7:
            return f"{who_cap} called the plan ‘{self.words(2, 4)}’ and {cue} it would fail."
        if kind == 8:
            return f"{who_cap} {cue} '{self.words(2, 5)}' was the wrong answer."
        if kind == 9:
            return f"「{q}」, {who} {cue}."
        if kind < 13:
            return self.choice(FILLERS) + "."
        return self.plain()

    def plain(self) -> str:
        """A sentence without quotation marks, sometimes with a clause after a comma."""
        text = self.words(8, 24)
        if self.rnd.random() < 0.5:
            text += f", {self.words(4, 12)}"
        return text[0].upper() + text[1:] + "."

    def paragraph(self) -> str:
        """A news paragraph; sometimes a quotation that runs on into the next paragraph."""
        if self.rnd.random() < 0.08:
            first = f"“{self.quoted()}. {self.quoted()}."
            second = f"“{self.quoted()},” {self.speaker()} {self.choice(CUES)}."
            return first + "\n\n" + second
        return " ".join(self.sentence() for _ in range(self.rnd.randint(1, 4)))


def fill(size: int, units: Iterator[str], sep: str = "") -> str:
    """Whole ``units`` joined by ``sep``, ``size`` characters long give or take one unit.

    Units are taken until the text has ``size`` or ``BLOCK`` characters, whichever comes
    first; a longer text repeats that block, then as many of its first units as the size
    needs. This keeps generating tens of megabytes fast, and 8n exactly 8 times n.
    """
    pieces: list[str] = []
    length = 0
    for unit in units:
        pieces.append(unit)
        length += len(unit) + len(sep)
        if length >= min(size, BLOCK):
            break
    block = sep.join(pieces)
    if len(block) >= size:
        return block
    copies, rest = divmod(size, len(block) + len(sep))
    parts = [block] * copies
    taken = covered = 0
    while covered < rest:
        covered += len(pieces[taken]) + len(sep)
        taken += 1
    if taken:
        parts.append(sep.join(pieces[:taken]))
    return sep.join(parts)


def cycle_format(template: str, values: Sequence[str]) -> Iterator[str]:
    for index in itertools.count():
        yield template.format(values[index % len(values)], index)


def huge_paragraph(size: int) -> str:
    writer = Writer(1)
    return fill(size, (writer.sentence() for _ in itertools.count()), " ")


def realistic_document(size: int) -> str:
    writer = Writer(2)
    return fill(size, (writer.paragraph() for _ in itertools.count()), "\n\n")


def unmatched_openers(mark: str) -> Callable[[int], str]:
    """An opening mark before a word, never closed, thousands of times in one paragraph."""

    def generate(size: int) -> str:
        return fill(size, cycle_format(mark + "{0} rally ", WORDS))

    return generate


# Each mark both as an opener (before a word) and as a closer (after one), kinds in turn.
ALTERNATING = "“”‘’«»\"'"


def alternating_marks(size: int) -> str:
    def units() -> Iterator[str]:
        for index in itertools.count():
            mark = ALTERNATING[index % len(ALTERNATING)]
            word = WORDS[index % len(WORDS)]
            yield f"{mark}{word} " if index % 3 else f"{word}{mark} "

    return fill(size, units())


def alternating_openers(size: int) -> str:
    return fill(size, cycle_format("{0}word ", ALTERNATING))


def long_sentence(size: int) -> str:
    """Lower-case words without punctuation, a short quotation every 40 words, one paragraph."""
    writer = Writer(3)

    def units() -> Iterator[str]:
        for index in itertools.count():
            if index % 40 == 39:
                yield f"“{writer.words(2, 6)}” {writer.choice(CUES)} {writer.speaker()} "
            else:
                yield writer.choice(WORDS) + " "

    return fill(size, units())


def capitalised_sentence(size: int) -> str:
    """Capitalised words without punctuation (name-like to the speaker pattern), with quotes."""
    writer = Writer(4)

    def units() -> Iterator[str]:
        for index in itertools.count():
            if index % 40 == 39:
                yield f"“{writer.words(2, 6)}” "
            else:
                yield writer.choice(CAPITALISED) + " "

    return fill(size, units())


def unpunctuated_no_quotes(size: int) -> str:
    writer = Writer(5)
    return fill(size, (writer.choice(WORDS) for _ in itertools.count()), " ")


def apostrophe_run(size: int) -> str:
    return "'" * size


def apostrophe_words(size: int) -> str:
    """Apostrophes and primes that are not quotation marks, in one paragraph."""
    return fill(
        size,
        itertools.cycle(
            (
                "don't ", "it's ", "O'Brien's ", "the '90s ", "rock 'n' roll ", "Jones' car ",
                "5'11\" ", "6' 2.5\" ", "12\" x 18\" ", "'til ", "'em ", "rock’n’roll ",
                "the ’80s ", "y'all ", "ma'am ", "''' ", "'' ", "’’ ",
            )
        ),
    )  # fmt: skip


def primes_run(size: int) -> str:
    return fill(size, itertools.cycle(("1'2\"", "3'4'", "5\"6'")))


def sentence_end_run(size: int) -> str:
    """One run of full stops, question and exclamation marks, then a lower-case word: no
    sentence ends in it, which the sentence-end pattern once found out again from every
    mark of the run (quadratic time)."""
    return "The end" + fill(max(1, size - 14), itertools.cycle(".?!")) + " then"


def straight_double_run(size: int) -> str:
    return '"' * size


def nested_curly(size: int) -> str:
    """“‘“‘ ... words ... ’”’” nested n levels deep."""
    depth = max(1, (size - 20) // 2)
    opening = "".join("“‘"[i % 2] for i in range(depth))
    closing = "".join("”’"[i % 2] for i in reversed(range(depth)))
    return opening + "innermost words" + closing


NESTED_PAIRS = (("“", "”"), ("‘", "’"), ("«", "»"), ("„", "“"), ("「", "」"), ("‹", "›"))


def nested_mixed_words(size: int) -> str:
    """Marks of every kind nested n levels deep, a word after each opener and each closer."""
    unit = 7  # one level: an opener, a word, a space, or a word, a closer, a space
    depth = max(1, size // (2 * unit))
    opening = "".join(
        f"{NESTED_PAIRS[i % len(NESTED_PAIRS)][0]}w{i % 10} on " for i in range(depth)
    )
    closing = "".join(
        f"w{i % 10}{NESTED_PAIRS[i % len(NESTED_PAIRS)][1]} on " for i in reversed(range(depth))
    )
    return opening + closing


def reopened_paragraphs(size: int) -> str:
    """One quotation re-opened at every paragraph (news convention), closed at the end."""
    writer = Writer(6)
    body = fill(size, (f"“{writer.quoted()}." for _ in itertools.count()), "\n")
    return body + "” she said."


def unclosed_paragraphs(size: int) -> str:
    """Every paragraph opens a quotation and runs on like speech, none re-opened or closed."""
    writer = Writer(7)
    return fill(size, (f"{writer.quoted()} “{writer.quoted()}." for _ in itertools.count()), "\n")


def one_long_quote(size: int) -> str:
    writer = Writer(8)
    return "“" + fill(size, (writer.quoted() + "." for _ in itertools.count()), " ") + ",” he said."


def dense_quotes(size: int) -> str:
    return fill(size, cycle_format("“{0},” Smith said. ", WORDS))


def cues_no_quotes(size: int) -> str:
    """Thousands of speakers and cues ("Sen. Maria Smith said"), not one quotation mark."""
    writer = Writer(9)

    def units() -> Iterator[str]:
        while True:
            who = writer.choice((writer.name(), f"{writer.choice(TITLES)} {writer.name()}"))
            who = who.replace("'", "")
            yield f"{who} {writer.choice(CUES)} the {writer.words(3, 8)}. "

    return fill(size, units())


def cues_and_apostrophes(size: int) -> str:
    """Speakers and cues with apostrophes in names and possessives, still no quotation."""
    writer = Writer(10)
    return fill(
        size,
        (f"{writer.name()}'s aide {writer.choice(CUES)} O'Brien's plan failed. " for _ in
         itertools.count()),
    )  # fmt: skip


@dataclass(frozen=True)
class Case:
    """One generated input: a name, what it stresses, its generator and its starting size."""

    name: str
    description: str
    generate: Callable[[int], str]
    start: int = 10_000
    fixed: bool = False  # True: use ``start`` as n, no calibration


UNMATCHED_MARKS = ("“", '"', "'", "‘", "«", "»", "„", "「")


def cases() -> list[Case]:
    """Every generated input, in the order they run."""
    return [
        Case("huge_paragraph", "news sentences with quotes, no line break", huge_paragraph),
        *(
            Case(
                f"unmatched_open_{mark}",
                f"thousands of unmatched {mark} openers in one paragraph",
                unmatched_openers(mark),
            )
            for mark in UNMATCHED_MARKS
        ),
        Case(
            "alternating_marks",
            f"marks {ALTERNATING} cycled, opening and closing",
            alternating_marks,
        ),
        Case(
            "alternating_openers", f"marks {ALTERNATING} cycled, all opening", alternating_openers
        ),
        Case("long_sentence", "no punctuation; a quote + cue every 40 words", long_sentence),
        Case(
            "capitalised_sentence",
            "capitalised words, no punctuation, quotes",
            capitalised_sentence,
        ),
        Case(
            "unpunctuated_no_quotes",
            "lower-case words, no punctuation, no marks",
            unpunctuated_no_quotes,
        ),
        Case("apostrophe_run", "one run of ' characters", apostrophe_run),
        Case("straight_double_run", 'one run of " characters', straight_double_run),
        Case("apostrophe_words", "elisions, possessives, primes, '' runs", apostrophe_words),
        Case(
            "sentence_end_run", "The end.?!.?!... then: one run of sentence ends", sentence_end_run
        ),
        Case("primes_run", "digits and primes: 1'2\"3'4'5\"6'...", primes_run),
        Case("nested_curly", "“‘“‘...’”’” nested n deep, no words between", nested_curly),
        Case(
            "nested_mixed_words", "six mark kinds nested n deep, words between", nested_mixed_words
        ),
        Case("reopened_paragraphs", "one quote re-opened in every paragraph", reopened_paragraphs),
        Case("unclosed_paragraphs", "an unclosed quote in every paragraph", unclosed_paragraphs),
        Case("one_long_quote", "a single quotation over the whole text", one_long_quote),
        Case("dense_quotes", "“word,” Smith said. repeated", dense_quotes),
        Case("cues_no_quotes", "speakers and cues, no quotation marks", cues_no_quotes),
        Case(
            "cues_and_apostrophes", "speakers, cues, O'Brien's, no quotations", cues_and_apostrophes
        ),
        Case(
            "realistic_10mb",
            "varied news paragraphs; 8n = 10 MB in one document",
            realistic_document,
            start=1_250_000,
            fixed=True,
        ),
    ]


# --- timing ---


def best_of(function: Callable[[], object], repeat: int, *, collect_garbage: bool = True) -> float:
    """The shortest of ``repeat`` CPU-time measurements of ``function()``.

    CPU time of this process (``time.process_time``), not wall time: other processes on a
    busy machine then hardly change the figures. A full collection runs before each call;
    with ``collect_garbage=False`` the cyclic garbage collector is paused during the call,
    which leaves the algorithm's own cost (reference counting still frees everything here).
    """
    best = float("inf")
    for _ in range(repeat):
        gc.collect()
        if not collect_garbage:
            gc.disable()
        try:
            start = time.process_time()
            function()
            best = min(best, time.process_time() - start)
        finally:
            gc.enable()
    return best


def _short(path: str) -> str:
    parts = Path(path).parts
    return "/".join(parts[parts.index("quoteattr") :]) if "quoteattr" in parts else Path(path).name


def function_times(function: Callable[[], object]) -> dict[str, float]:
    """Seconds spent in each function during one profiled ``function()`` call (cProfile).

    The time of a built-in (a compiled pattern's ``search``, ``str.find``) is split by the
    Python function that called it, so "regex match in _hands_over" stands on its own line.
    """
    profiler = cProfile.Profile()
    gc.collect()
    profiler.enable()
    function()
    profiler.disable()
    stats: dict[Any, Any] = pstats.Stats(profiler).stats  # type: ignore[attr-defined]
    times: dict[str, float] = {}
    for (path, line, name), (_, _, own, _, callers) in stats.items():
        if path != "~":
            label = f"{_short(path)}:{line}({name})"
            times[label] = times.get(label, 0.0) + own
            continue
        for (caller_path, caller_line, caller_name), caller_stats in callers.items():
            label = f"{name} in {_short(caller_path)}:{caller_line}({caller_name})"
            times[label] = times.get(label, 0.0) + caller_stats[2]
    return times


@dataclass(frozen=True)
class Hotspot:
    """A function's own time at n and at PROFILE_FACTOR x n."""

    label: str
    small: float
    big: float

    @property
    def excess(self) -> float:
        """Seconds at the larger size beyond what linear growth would give."""
        return self.big - PROFILE_FACTOR * self.small


PROFILE_FACTOR = 4


def hotspots(case: Case, text: str, extract: Extract, count: int = 3) -> list[Hotspot]:
    """The functions whose time grows most beyond linear from n to PROFILE_FACTOR x n."""
    bigger = case.generate(len(text) * PROFILE_FACTOR)
    small = function_times(functools.partial(extract, text))
    big = function_times(functools.partial(extract, bigger))
    spots = [Hotspot(label, small.get(label, 0.0), seconds) for label, seconds in big.items()]
    spots.sort(key=lambda spot: spot.excess, reverse=True)
    return [spot for spot in spots[:count] if spot.excess > 0]


@dataclass
class Result:
    """The measurements of one input (seconds of CPU time, best of the repeats)."""

    case: Case
    chars: int
    megabytes: float
    seconds: float
    big_chars: int
    big_megabytes: float
    big_seconds: float
    big_quotes: int
    runs: int = 0
    no_gc: tuple[float, float] | None = None  # (n, 8n) with the garbage collector paused
    hot: list[Hotspot] = field(default_factory=list)
    peak: int | None = None  # tracemalloc peak in bytes of one call at 8n (--memory)

    @property
    def memory_target(self) -> float:
        """50 MB + 5x the input at 8n, in bytes."""
        return (MEMORY_BASE_MB + MEMORY_PER_INPUT * self.big_megabytes) * 1e6

    @property
    def ratio(self) -> float:
        return _ratio(self.seconds, self.big_seconds)

    @property
    def no_gc_ratio(self) -> float | None:
        return None if self.no_gc is None else _ratio(*self.no_gc)

    @property
    def rate(self) -> float:
        """MB/s at size 8n."""
        return self.big_megabytes / self.big_seconds if self.big_seconds > 0 else float("inf")


def peak_memory(call: Callable[[], object]) -> int:
    """The ``tracemalloc`` peak in bytes during one ``call()`` (its result included)."""
    gc.collect()
    tracemalloc.start()
    try:
        tracemalloc.reset_peak()
        call()
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def _ratio(small: float, big: float) -> float:
    return big / small if small > 0 else float("inf")


def calibrate(case: Case, extract: Extract, min_seconds: float, collect_garbage: bool) -> str:
    """The text at the first size (from ``case.start``, growing) that takes min_seconds.

    Growth is at most 4x a step, and 2x once a step takes a quarter of ``min_seconds``, so
    a super-linear input does not overshoot far.
    """
    size = case.start
    while True:
        text = case.generate(size)
        if case.fixed:
            return text
        seconds = best_of(functools.partial(extract, text), 1, collect_garbage=collect_garbage)
        if seconds >= min_seconds or size * FACTOR * 2 > MAX_CHARS:
            return text
        growth = 2.0 if seconds >= min_seconds / 4 else 4.0
        size = min(int(size * growth), MAX_CHARS // FACTOR)


def measure(
    case: Case,
    extract: Extract,
    *,
    repeat: int,
    min_seconds: float,
    max_ratio: float,
    collect_garbage: bool,
    profile: bool,
    memory: bool = False,
) -> Result:
    """Time ``case`` at n and 8n; re-measure and diagnose a ratio over ``max_ratio``.

    An input already far over the target after one run at 8n (twice the target ratio) is
    not run again at 8n: more runs would only cost time.
    """
    gc_on = collect_garbage
    text = calibrate(case, extract, min_seconds, gc_on)
    big = case.generate(len(text) * FACTOR)
    if abs(len(big) / (FACTOR * len(text)) - 1) > 0.01:
        raise RuntimeError(f"{case.name}: generated {len(big)} characters for 8 x {len(text)}")
    small_call, big_call = functools.partial(extract, text), functools.partial(extract, big)
    seconds = best_of(small_call, repeat, collect_garbage=gc_on)
    big_seconds = best_of(big_call, 1, collect_garbage=gc_on)
    clear = _ratio(seconds, big_seconds) > 2 * max_ratio
    runs = 1 if clear else repeat
    if runs > 1:
        big_seconds = min(big_seconds, best_of(big_call, runs - 1, collect_garbage=gc_on))
    if not clear and _ratio(seconds, big_seconds) > max_ratio:  # measure again to be sure
        seconds = min(seconds, best_of(small_call, repeat, collect_garbage=gc_on))
        big_seconds = min(big_seconds, best_of(big_call, repeat, collect_garbage=gc_on))
        runs += repeat
    result = Result(
        case,
        len(text),
        len(text.encode("utf-8")) / 1e6,
        seconds,
        len(big),
        len(big.encode("utf-8")) / 1e6,
        big_seconds,
        len(extract(big)),
        runs,
    )
    over = result.ratio > max_ratio
    if over and gc_on:  # the algorithm, or the garbage collector?
        paused = 1 if clear else 2
        result.no_gc = (
            best_of(small_call, paused, collect_garbage=False),
            best_of(big_call, paused, collect_garbage=False),
        )
    no_gc = result.no_gc_ratio
    algorithmic = over and (no_gc is None or no_gc > max_ratio)
    if profile or algorithmic:
        result.hot = hotspots(case, text, extract)
    if memory:
        result.peak = peak_memory(big_call)
    return result


# --- output ---


def header() -> str:
    return (
        f"{'input':<24}{'n chars':>11}{'t(n) ms':>10}{'t(8n) ms':>10}{'ratio':>8}"
        f"{'MB/s':>8}{'quotes':>9}  verdict"
    )


def verdict(result: Result, max_ratio: float) -> str:
    if result.ratio <= max_ratio:
        return "ok"
    text = f"SUPER-LINEAR (> {max_ratio:g})"
    no_gc = result.no_gc_ratio
    if no_gc is not None:
        cause = "the algorithm" if no_gc > max_ratio else "garbage collection"
        text += f"; {no_gc:.2f} with GC paused: {cause}"
    return text


def row(result: Result, max_ratio: float) -> str:
    line = (
        f"{result.case.name:<24}{result.chars:>11,}{result.seconds * 1e3:>10.1f}"
        f"{result.big_seconds * 1e3:>10.1f}{result.ratio:>8.2f}{result.rate:>8.2f}"
        f"{result.big_quotes:>9,}  {verdict(result, max_ratio)}"
    )
    if result.hot:
        line += (
            f"\n    own time of the functions growing most, n -> {PROFILE_FACTOR}n "
            f"(cProfile; linear = {PROFILE_FACTOR}x):"
        )
    if result.peak is not None:
        ok = "meets" if result.peak <= result.memory_target else "MISSES"
        line += (
            f"\n    memory at 8n: tracemalloc peak {result.peak / 1e6:.1f} MB; target "
            f"{MEMORY_BASE_MB:g} MB + {MEMORY_PER_INPUT:g} x {result.big_megabytes:.2f} MB = "
            f"{result.memory_target / 1e6:.1f} MB: {ok} target"
        )
    for spot in result.hot:
        line += (
            f"\n    {spot.small * 1e3:9.1f} ms -> {spot.big * 1e3:9.1f} ms "
            f"({_ratio(spot.small, spot.big):6.1f}x)  {spot.label}"
        )
    return line


def to_json(results: Sequence[Result], args: argparse.Namespace, version: str) -> Any:
    """All figures as a JSON-ready value."""
    return {
        "date": time.strftime("%Y-%m-%d %H:%M:%S %z"),
        "python": platform.python_version(),
        "machine": platform.platform(),
        "cpus": os.cpu_count(),
        "quoteattr": version,
        "clock": "process CPU time, best of the runs",
        "garbage_collector": args.gc,
        "factor": FACTOR,
        "max_ratio": args.max_ratio,
        "repeat": args.repeat,
        "inputs": [
            {
                "name": r.case.name,
                "description": r.case.description,
                "n_chars": r.chars,
                "n_megabytes": round(r.megabytes, 4),
                "seconds_n": round(r.seconds, 5),
                "big_chars": r.big_chars,
                "big_megabytes": round(r.big_megabytes, 4),
                "seconds_8n": round(r.big_seconds, 5),
                "runs_8n": r.runs,
                "ratio": round(r.ratio, 3),
                "ratio_gc_paused": None if r.no_gc_ratio is None else round(r.no_gc_ratio, 3),
                "mb_per_s_8n": round(r.rate, 3),
                "quotes_8n": r.big_quotes,
                "super_linear": r.ratio > args.max_ratio,
                "tracemalloc_peak_8n_mb": None if r.peak is None else round(r.peak / 1e6, 2),
                "hotspots": [
                    {
                        "function": spot.label,
                        "seconds_n": round(spot.small, 5),
                        f"seconds_{PROFILE_FACTOR}n": round(spot.big, 5),
                    }
                    for spot in r.hot
                ],
            }
            for r in results
        ],
    }


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        description="Time extract_quotes at n and 8n on generated adversarial inputs."
    )
    parser.add_argument(
        "--only", action="append", metavar="TEXT", help="only inputs whose name contains TEXT"
    )
    parser.add_argument("--list", action="store_true", help="list the inputs and exit")
    parser.add_argument("--repeat", type=int, default=3, help="best of R runs per size (3)")
    parser.add_argument("--max-ratio", type=float, default=MAX_RATIO, help="target (9)")
    parser.add_argument(
        "--min-seconds", type=float, default=MIN_SECONDS, help="grow n until t(n) >= this (0.05)"
    )
    parser.add_argument(
        "--gc",
        choices=("on", "off"),
        default="on",
        help="'off' pauses the garbage collector in every timing, to judge the algorithm alone",
    )
    parser.add_argument(
        "--profile", action="store_true", help="list the fastest-growing functions of every input"
    )
    parser.add_argument(
        "--memory",
        action="store_true",
        help="also measure the tracemalloc peak of one call at 8n (slow: tracing)",
    )
    parser.add_argument("--json", type=Path, metavar="PATH", help="also write figures as JSON")
    args = parser.parse_args(argv)
    if args.repeat < 1:
        parser.error("--repeat must be at least 1")
    return args


def main(argv: Sequence[str] | None = None) -> int:
    """Run the inputs; 0 when every ratio meets the target, 1 otherwise, 2 on usage errors."""
    args = parse_args(argv)
    selected = [
        case for case in cases() if not args.only or any(text in case.name for text in args.only)
    ]
    if args.list:
        for case in selected:
            print(f"{case.name:<24}{case.description}")
        return 0
    if not selected:
        print("error: no input matches --only", file=sys.stderr)
        return 2
    module = import_quoteattr()
    extract: Extract = module.extract_quotes
    version = str(getattr(module, "__version__", "unknown"))
    extract("“Warm up,” she said.")  # compile the patterns outside the timings
    print(
        f"quoteattr {version} from {Path(module.__file__).parent}; Python "
        f"{platform.python_version()}; CPU time, best of {args.repeat}; GC {args.gc}; "
        f"n grown until t(n) >= {args.min_seconds * 1e3:g} ms; target t(8n)/t(n) <= "
        f"{args.max_ratio:g}"
    )
    print(header())
    started = time.perf_counter()
    results: list[Result] = []
    for case in selected:
        result = measure(
            case,
            extract,
            repeat=args.repeat,
            min_seconds=args.min_seconds,
            max_ratio=args.max_ratio,
            collect_garbage=args.gc == "on",
            profile=args.profile,
            memory=args.memory,
        )
        results.append(result)
        print(row(result, args.max_ratio), flush=True)
    flagged = [r for r in results if r.ratio > args.max_ratio]
    print(f"\n{len(results)} inputs in {time.perf_counter() - started:.0f} s wall")
    if flagged:
        print(f"SUPER-LINEAR: {len(flagged)} of {len(results)} inputs over {args.max_ratio:g}:")
        for r in flagged:
            print(f"  {r.case.name:<24}{r.ratio:7.2f}  {verdict(r, args.max_ratio)}")
    else:
        print(f"all ratios <= {args.max_ratio:g}")
    if args.json is not None:
        payload = to_json(results, args, version)
        args.json.write_text(json.dumps(payload, indent=2) + "\n", encoding="utf-8")
    return 1 if flagged else 0


if __name__ == "__main__":
    sys.exit(main())
