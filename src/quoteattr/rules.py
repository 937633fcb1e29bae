"""The rule chain: quoteattr's attribution rules by name, and the rules users add.

Every quotation in a result names the rule that found it (``Quote.rule``). Rules stand in
a chain; when two rules claim overlapping text, the one earlier in the chain wins. The
built-in rules, in chain order, are :data:`BUILTIN_RULES`. Users add their own rules as
data, through :class:`~quoteattr.Extractor`:

* a **pattern**: a regular expression (the ``regex`` module's syntax) with the named
  groups ``quote`` (required; repeat it for a quotation in several parts), ``cue`` and
  ``speaker`` (at least one of the two);
* a **function** following the :class:`RuleFunction` protocol: it gets the text and a
  :class:`RuleContext` and yields :class:`RuleMatch` values.

Everything about a rule is checked when it is built (:meth:`Rule.from_pattern`,
:meth:`Rule.from_function`), never while extracting.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Iterable, Sequence
from typing import Protocol

import attrs
import regex

from quoteattr.errors import InvalidRuleError
from quoteattr.results import CueCategory, QuoteKind

__all__ = [
    "BUILTIN_RULES",
    "DEFAULT_TIMEOUT",
    "Rule",
    "RuleContext",
    "RuleFunction",
    "RuleMatch",
    "category_problem",
    "rule_name_problem",
]

BUILTIN_RULES: tuple[str, ...] = (
    "interrupted",
    "after-quote",
    "before-quote",
    "mixed",
    "colon",
    "asked",
    "according-to",
    "content-before",
    "parenthetical",
    "speaker-cue",
    "inverted",
    "content-clause",
    "coordinated",
    "participle",
    "impression",
    "anaphoric",
    "subjunctive",
    "continuation",
    "floating",
)
"""The built-in rules, in chain order. ``mixed`` widens a quoted fragment to the reported
sentence around it; ``continuation`` joins a quoted span to the quotation before it;
``inverted``, ``content-clause``, ``anaphoric`` and ``subjunctive`` are German shapes (see
the languages page); the others are described in the documentation of conventions."""

DEFAULT_TIMEOUT = 1.0
"""Seconds one pattern rule may take on one text before extraction stops with
:class:`~quoteattr.RuleTimeoutError`."""

_GROUPS = frozenset({"quote", "cue", "speaker"})
_NAME = regex.compile(r"[a-z0-9][a-z0-9_.\-]{0,63}")


def _offsets(value: object) -> tuple[int, int]:
    if (
        not isinstance(value, tuple | list)
        or len(value) != 2
        or not all(type(item) is int for item in value)
    ):
        raise TypeError(f"offsets must be a (start, end) pair of ints, got {value!r}")
    start, end = value
    if not 0 <= start <= end:
        raise ValueError(f"offsets need 0 <= start <= end, got ({start}, {end})")
    return start, end


def _parts(value: object) -> tuple[tuple[int, int], ...]:
    if isinstance(value, tuple | list) and len(value) == 2 and type(value[0]) is int:
        return (_offsets(value),)
    if not isinstance(value, tuple | list) or not value:
        raise TypeError(
            f"quote must be a (start, end) pair or a non-empty sequence of them, got {value!r}"
        )
    parts = tuple(_offsets(part) for part in value)
    for (_, end), (start, _) in itertools.pairwise(parts):
        if start < end:
            raise ValueError(f"quote parts must be in order and not overlap, got {value!r}")
    return parts


def _optional_offsets(value: object) -> tuple[int, int] | None:
    return None if value is None else _offsets(value)


@attrs.frozen
class RuleMatch:
    """One quotation a rule found: offsets into the text the rule was given.

    ``quote`` is one ``(start, end)`` pair or several, in order, for a quotation in parts.
    Quotation marks around a part may be left out or included: either way the result is
    the same quotation. ``kind`` overrides the rule's own (or the one read from the text:
    direct inside quotation marks, mixed when it contains some, indirect otherwise).

    >>> RuleMatch(quote=(10, 20), cue=(0, 4)).quote
    ((10, 20),)
    """

    quote: tuple[tuple[int, int], ...] = attrs.field(converter=_parts)
    cue: tuple[int, int] | None = attrs.field(default=None, converter=_optional_offsets)
    speaker: tuple[int, int] | None = attrs.field(default=None, converter=_optional_offsets)
    kind: QuoteKind | None = attrs.field(
        default=None, converter=attrs.converters.optional(QuoteKind)
    )


@attrs.frozen
class RuleContext:
    """What quoteattr has already read of a text, for rule functions to build on.

    ``quoted`` are the spans between quotation marks (marks included), ``sentences`` and
    ``paragraphs`` the text's sentences and paragraphs, each as ``(start, end)`` offsets
    in text order.
    """

    quoted: tuple[tuple[int, int], ...]
    sentences: tuple[tuple[int, int], ...]
    paragraphs: tuple[tuple[int, int], ...]


class RuleFunction(Protocol):
    """A rule written as a function: ``rule(text, context)`` yields the quotations found.

    It must be deterministic, must not modify anything, and should be defined at module
    level so that extractors using it can be pickled.
    """

    def __call__(self, text: str, context: RuleContext, /) -> Iterable[RuleMatch]:
        """Find quotations in ``text``."""
        ...


def rule_name_problem(name: object, taken: Iterable[str] = ()) -> str:
    """What is wrong with ``name`` as the name of a new rule, or an empty string."""
    if not isinstance(name, str):
        return f"name={name!r}: a rule name must be a str, got {type(name).__name__}"
    if not _NAME.fullmatch(name):
        return (
            f"name={name!r}: a rule name is 1-64 lower-case letters, digits, '-', '_' or '.', "
            "starting with a letter or digit, e.g. 'tweets'"
        )
    if name in BUILTIN_RULES:
        return f"name={name!r} is the name of a built-in rule; choose another, e.g. 'my-{name}'"
    if name in taken:
        return f"name={name!r} is already a rule of this extractor; choose another"
    return ""


@attrs.frozen(cache_hash=True)
class Rule:
    """An attribution rule of the user's: a named pattern or function, and what it reports.

    Build one with :meth:`from_pattern` or :meth:`from_function` (which check everything),
    or let :meth:`Extractor.with_pattern <quoteattr.Extractor.with_pattern>` and
    :meth:`Extractor.with_function <quoteattr.Extractor.with_function>` do it.
    """

    name: str
    category: CueCategory
    kind: QuoteKind | None = None
    pattern: str | None = None
    flags: int = 0
    timeout: float = DEFAULT_TIMEOUT
    function: RuleFunction | None = None

    @classmethod
    def from_pattern(
        cls,
        name: str,
        pattern: str,
        *,
        category: str | CueCategory = CueCategory.SPEECH,
        kind: str | QuoteKind | None = None,
        flags: int = 0,
        timeout: float = DEFAULT_TIMEOUT,
    ) -> Rule:
        """A rule that reports every match of ``pattern`` (``regex`` syntax).

        ``quote`` captures the quoted words (repeat the group for a quotation in parts),
        ``cue`` the attribution words and ``speaker`` who spoke; ``quote`` and one of the
        others are required. ``flags`` are ``regex`` flags; ``timeout`` bounds the seconds
        the pattern may take on one text.

        :raises InvalidRuleError: listing every problem.
        """
        problems = [rule_name_problem(name), *_common_problems(category, kind)]
        problems.extend(_pattern_problems(pattern, flags))
        if (
            isinstance(timeout, bool)
            or not isinstance(timeout, int | float)
            or not math.isfinite(timeout)
            or timeout <= 0
        ):
            problems.append(f"timeout={timeout!r}: give the seconds one text may take, > 0")
        _raise_if_any(problems)
        return cls(
            name=name,
            category=CueCategory(category),
            kind=None if kind is None else QuoteKind(kind),
            pattern=pattern,
            flags=flags,
            timeout=float(timeout),
        )

    @classmethod
    def from_function(
        cls,
        name: str,
        function: RuleFunction,
        *,
        category: str | CueCategory = CueCategory.SPEECH,
        kind: str | QuoteKind | None = None,
    ) -> Rule:
        """A rule whose quotations ``function(text, context)`` finds (see
        :class:`RuleFunction`).

        :raises InvalidRuleError: listing every problem.
        """
        problems = [rule_name_problem(name), *_common_problems(category, kind)]
        if not callable(function):
            problems.append(
                f"function={function!r}: a rule function must be callable as "
                "function(text, context), got " + type(function).__name__
            )
        _raise_if_any(problems)
        return cls(
            name=name,
            category=CueCategory(category),
            kind=None if kind is None else QuoteKind(kind),
            function=function,
        )

    def compiled(self) -> regex.Pattern[str] | None:
        """The compiled pattern of a pattern rule (``None`` for a function rule)."""
        return None if self.pattern is None else _compile(self.pattern, self.flags)


def _compile(pattern: str, flags: int) -> regex.Pattern[str]:
    return regex.compile(pattern, flags | regex.VERSION1)


def category_problem(category: object) -> str:
    """What is wrong with ``category`` as a cue category, or an empty string."""
    try:
        CueCategory(category)
    except ValueError:
        accepted = ", ".join(repr(c.value) for c in CueCategory)
        return f"category={category!r} is no cue category; accepted: {accepted}"
    return ""


def _common_problems(category: object, kind: object) -> list[str]:
    problems = [category_problem(category)]
    if kind is not None:
        try:
            QuoteKind(kind)
        except ValueError:
            accepted = ", ".join(repr(k.value) for k in QuoteKind)
            problems.append(f"kind={kind!r} is no quotation kind; accepted: {accepted} or None")
    return problems


def _pattern_problems(pattern: object, flags: object) -> list[str]:
    if not isinstance(pattern, str):
        return [f"pattern={pattern!r}: a pattern must be a str, got {type(pattern).__name__}"]
    if type(flags) is not int:
        return [f"flags={flags!r}: give regex flags as an int, e.g. regex.IGNORECASE"]
    try:
        compiled = _compile(pattern, flags)
    except regex.error as error:
        return [f"pattern={pattern!r} is not a valid regular expression: {error}"]
    groups = set(compiled.groupindex)
    problems = []
    if "quote" not in groups:
        problems.append(
            f"pattern={pattern!r} has no (?P<quote>...) group; it must capture the quoted words"
        )
    if not groups & {"cue", "speaker"}:
        problems.append(
            f"pattern={pattern!r} needs a (?P<cue>...) or (?P<speaker>...) group "
            "(or both): a quotation without either is attributed to no one"
        )
    unknown = sorted(groups - _GROUPS)
    if unknown:
        problems.append(
            f"pattern={pattern!r} has named groups {unknown}; the named groups a pattern may "
            "use are 'quote', 'cue' and 'speaker' (use (?:...) for other groups)"
        )
    if compiled.fullmatch("") is not None:
        problems.append(f"pattern={pattern!r} matches the empty string; it must match words")
    return problems


def _raise_if_any(problems: Sequence[str]) -> None:
    problems = [p for p in problems if p]
    if problems:
        raise InvalidRuleError(problems)
