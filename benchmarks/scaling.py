"""Does ``quoteattr.extract_quotes`` stay linear on adversarial input?

Usage::

    python benchmarks/scaling.py                   # every input; exit 1 if any is super-linear
    python benchmarks/scaling.py --only nested     # inputs whose name contains "nested"
    python benchmarks/scaling.py --list            # names and descriptions only
    python benchmarks/scaling.py --stages --json scaling.json

Every input is generated here (no corpus text): one huge paragraph of news-like sentences,
thousands of unmatched opening marks of each kind, alternating mark kinds, very long
sentences without punctuation, runs of apostrophes and primes, deeply nested marks, a 10 MB
realistic multi-paragraph document, "said" cues and names without any quotation mark, and a
few more. For each input the script times ``extract_quotes`` (best of ``--repeat`` runs) at
size n and 8n and prints the ratio: linear code gives about 8, the target is at most
``--max-ratio`` (9). n starts at each input's default size and is doubled until one call
takes at least ``--min-seconds`` (50 ms), so timer noise stays small; the realistic document
is fixed at 1.25 MB, so that 8n is 10 MB. A ratio over the target is measured again with
twice the repeats before it is flagged.

For a flagged input (and for every input with ``--stages``) the time is split into the
pipeline's stages — the quotation-mark scanner, attribution, building the result values —
to show which function grows faster than its input. The stage split uses quoteattr's
internal modules and is skipped when they cannot be imported.

Sizes are in characters of the generated ``str`` (MB: millions of UTF-8 bytes). Runtime is
about 1-2 minutes on a 2-core machine. The exit status is 1 when any input's ratio stays over
the target, so CI could run this script.
"""

from __future__ import annotations

import argparse
import functools
import gc
import importlib
import itertools
import json
import os
import platform
import random
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
MAX_RATIO = 9.0
MIN_SECONDS = 0.05
FACTOR = 8
MAX_CHARS = 48_000_000  # calibration never grows 8n past this
BLOCK = 250_000  # generated text repeats blocks of this many characters

Extract = Callable[[str], Sequence[object]]


def import_quoteattr() -> Any:
    """The quoteattr module: the installed one, else the checkout's ``src/``."""
    try:
        return importlib.import_module("quoteattr")
    except ImportError:
        sys.path.insert(0, str(REPO / "src"))
        sys.modules.pop("quoteattr", None)
        return importlib.import_module("quoteattr")


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
    """Whole ``units`` joined by ``sep``, at least ``size`` characters long.

    Units are taken until the text has ``size`` characters or ``BLOCK`` characters, whichever
    comes first; a longer text repeats that block (joined by ``sep``), which keeps generating
    tens of megabytes fast.
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
    copies = -(-size // (len(block) + len(sep)))
    return sep.join([block] * copies)


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
    unit = 8
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
    start: int = 50_000
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
            1_000_000,
        ),
        Case("apostrophe_run", "one run of ' characters", apostrophe_run),
        Case("straight_double_run", 'one run of " characters', straight_double_run),
        Case("apostrophe_words", "elisions, possessives, primes, '' runs", apostrophe_words),
        Case("primes_run", "digits and primes: 1'2\"3'4'5\"6'...", primes_run),
        Case("nested_curly", "“‘“‘...’”’” nested n deep, no words between", nested_curly),
        Case(
            "nested_mixed_words", "six mark kinds nested n deep, words between", nested_mixed_words
        ),
        Case("reopened_paragraphs", "one quote re-opened in every paragraph", reopened_paragraphs),
        Case("unclosed_paragraphs", "an unclosed quote in every paragraph", unclosed_paragraphs),
        Case("one_long_quote", "a single quotation over the whole text", one_long_quote),
        Case("dense_quotes", "“word,” Smith said. repeated", dense_quotes),
        Case("cues_no_quotes", "speakers and cues, no quotation marks", cues_no_quotes, 1_000_000),
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


class Stages:
    """The pipeline's stages, called one by one (quoteattr internals)."""

    def __init__(self) -> None:
        marks = importlib.import_module("quoteattr.marks")
        direct = importlib.import_module("quoteattr.attribution.direct")
        grammar = importlib.import_module("quoteattr.attribution.grammar")
        languages = importlib.import_module("quoteattr.languages")
        extractor = importlib.import_module("quoteattr.extractor")
        self.scanner: Any = marks.QuoteScanner()
        self.grammar: Any = grammar.grammar_for(languages.load("en"))
        self.attribute: Any = direct.attribute_direct
        self.to_quote: Any = extractor._to_quote
        self.check(self.times("“Warm up,” she said.", 1, collect_garbage=True))

    @staticmethod
    def check(times: dict[str, float]) -> None:
        if len(times) != 3:
            raise RuntimeError("unexpected stages")

    @classmethod
    def load(cls) -> Stages | None:
        """The stages, or None when quoteattr's internals no longer fit this script."""
        try:
            return cls()
        except Exception:
            return None

    def times(self, text: str, repeat: int, *, collect_garbage: bool) -> dict[str, float]:
        quoted = self.scanner.scan(text)
        candidates = self.attribute(text, quoted, self.grammar)
        return {
            "scan: QuoteScanner.scan": best_of(
                lambda: self.scanner.scan(text), repeat, collect_garbage=collect_garbage
            ),
            "attribution: attribute_direct": best_of(
                lambda: self.attribute(text, quoted, self.grammar),
                repeat,
                collect_garbage=collect_garbage,
            ),
            "results: extractor._to_quote": best_of(
                lambda: [self.to_quote(text, c) for c in candidates],
                repeat,
                collect_garbage=collect_garbage,
            ),
        }


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
    rechecked: bool = False
    no_gc: tuple[float, float] | None = None  # (n, 8n) with the garbage collector paused
    stages: dict[str, tuple[float, float]] = field(default_factory=dict)

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


def _ratio(small: float, big: float) -> float:
    return big / small if small > 0 else float("inf")


def calibrate(case: Case, extract: Extract, min_seconds: float, collect_garbage: bool) -> str:
    """The text at the first size (from ``case.start``, growing) that takes min_seconds."""
    size = case.start
    while True:
        text = case.generate(size)
        if case.fixed:
            return text
        seconds = best_of(functools.partial(extract, text), 1, collect_garbage=collect_garbage)
        if seconds >= min_seconds or size * FACTOR * 2 > MAX_CHARS:
            return text
        growth = min(16.0, max(2.0, 1.3 * min_seconds / max(seconds, 1e-6)))
        size = min(int(size * growth), MAX_CHARS // FACTOR)


def measure(
    case: Case,
    extract: Extract,
    *,
    repeat: int,
    min_seconds: float,
    max_ratio: float,
    collect_garbage: bool,
    stages: Stages | None,
    split: bool,
) -> Result:
    """Time ``case`` at n and 8n; re-measure and diagnose a ratio over ``max_ratio``."""
    gc_on = collect_garbage
    text = calibrate(case, extract, min_seconds, gc_on)
    big = case.generate(len(text) * FACTOR)
    seconds = best_of(lambda: extract(text), repeat, collect_garbage=gc_on)
    big_seconds = best_of(lambda: extract(big), repeat, collect_garbage=gc_on)
    result = Result(
        case,
        len(text),
        len(text.encode("utf-8")) / 1e6,
        seconds,
        len(big),
        len(big.encode("utf-8")) / 1e6,
        big_seconds,
        len(extract(big)),
    )
    if result.ratio > max_ratio:  # measure again before calling it super-linear
        twice = 2 * repeat
        result.seconds = min(seconds, best_of(lambda: extract(text), twice, collect_garbage=gc_on))
        result.big_seconds = min(
            big_seconds, best_of(lambda: extract(big), twice, collect_garbage=gc_on)
        )
        result.rechecked = True
    if result.ratio > max_ratio and gc_on:  # is it the algorithm or the garbage collector?
        result.no_gc = (
            best_of(lambda: extract(text), repeat, collect_garbage=False),
            best_of(lambda: extract(big), repeat, collect_garbage=False),
        )
    if stages is not None and (split or result.ratio > max_ratio):
        small = stages.times(text, repeat, collect_garbage=gc_on)
        large = stages.times(big, repeat, collect_garbage=gc_on)
        result.stages = {name: (small[name], large[name]) for name in small}
    return result


# --- output ---


def header() -> str:
    return (
        f"{'input':<24}{'n chars':>11}{'t(n) ms':>10}{'t(8n) ms':>10}{'ratio':>8}"
        f"{'MB/s':>8}{'quotes':>9}  verdict"
    )


def verdict(result: Result, max_ratio: float) -> str:
    if result.ratio <= max_ratio:
        return "ok" + (" (re-measured)" if result.rechecked else "")
    text = f"SUPER-LINEAR: ratio > {max_ratio:g}"
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
    for name, (small, big) in result.stages.items():
        stage_ratio = _ratio(small, big)
        flag = "  <-- over the target" if stage_ratio > max_ratio else ""
        line += f"\n  {name:<33}{small * 1e3:>10.1f}{big * 1e3:>10.1f}{stage_ratio:>8.2f}{flag}"
    return line


def to_json(results: Sequence[Result], args: argparse.Namespace, version: str) -> Any:
    """All figures as a JSON-ready value."""
    return {
        "date": time.strftime("%Y-%m-%d %H:%M:%S %z"),
        "python": platform.python_version(),
        "machine": platform.platform(),
        "cpus": os.cpu_count(),
        "quoteattr": version,
        "clock": "process CPU time, best of repeat",
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
                "ratio": round(r.ratio, 3),
                "ratio_gc_paused": None if r.no_gc_ratio is None else round(r.no_gc_ratio, 3),
                "mb_per_s_8n": round(r.rate, 3),
                "quotes_8n": r.big_quotes,
                "super_linear": r.ratio > args.max_ratio,
                "stages": {
                    name: {"seconds_n": round(a, 5), "seconds_8n": round(b, 5)}
                    for name, (a, b) in r.stages.items()
                },
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
    parser.add_argument("--stages", action="store_true", help="split every input by stage")
    parser.add_argument("--json", type=Path, metavar="PATH", help="also write figures as JSON")
    return parser.parse_args(argv)


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
    stages = Stages.load()
    print(
        f"quoteattr {version} from {Path(module.__file__).parent}; Python "
        f"{platform.python_version()}; CPU time, best of {args.repeat}; GC {args.gc}; "
        f"n grown until t(n) >= {args.min_seconds * 1e3:g} ms; target t(8n)/t(n) <= "
        f"{args.max_ratio:g}"
    )
    if stages is None:
        print("(quoteattr's internals do not fit this script: no split by stage)")
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
            stages=stages,
            split=args.stages,
        )
        results.append(result)
        print(row(result, args.max_ratio), flush=True)
    flagged = [r for r in results if r.ratio > args.max_ratio]
    print(f"\n{len(results)} inputs in {time.perf_counter() - started:.0f} s wall")
    if flagged:
        print(f"SUPER-LINEAR: {len(flagged)} of {len(results)} inputs over {args.max_ratio:g}:")
        for r in flagged:
            print(f"  {r.case.name}: {r.ratio:.2f} ({verdict(r, args.max_ratio)})")
    else:
        print(f"all ratios <= {args.max_ratio:g}")
    if args.json is not None:
        payload = to_json(results, args, version)
        args.json.write_text(json.dumps(payload, indent=2) + "\n", encoding="utf-8")
    return 1 if flagged else 0


if __name__ == "__main__":
    sys.exit(main())
