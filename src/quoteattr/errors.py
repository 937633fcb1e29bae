"""The errors quoteattr raises, in one hierarchy and one place.

Every error is a :class:`QuoteAttrError` and also the builtin exception it specialises
(most are :class:`ValueError`), so ``except ValueError`` keeps working. Messages name the
argument, what was given and what is accepted.
"""

from __future__ import annotations

from collections.abc import Iterable

__all__ = [
    "InvalidCueError",
    "InvalidLanguagePackError",
    "InvalidQuoteMarkError",
    "InvalidRuleError",
    "PluginLoadError",
    "QuoteAttrError",
    "RuleResultError",
    "RuleTimeoutError",
    "UnknownLanguageError",
    "UnknownPluginError",
    "UnknownRuleError",
    "UnknownScopeError",
]


class QuoteAttrError(Exception):
    """Base class of every error quoteattr raises on purpose."""


class _ProblemListError(QuoteAttrError):
    """An error that lists every problem of one call, one per line."""

    problems: tuple[str, ...]
    heading = ""

    def __init__(self, problems: Iterable[str]) -> None:
        self.problems = tuple(problems)
        super().__init__(self.heading + ":\n" + "\n".join(f"  - {p}" for p in self.problems))


class UnknownLanguageError(QuoteAttrError, ValueError):
    """A language code names no language pack (shipped or from a plugin)."""

    def __init__(self, given: object, accepted: Iterable[str]) -> None:
        super().__init__(
            f"language={given!r} is not a language quoteattr has a pack for; "
            f"accepted: {', '.join(map(repr, accepted))} (or a pack from a plugin)."
        )


class InvalidLanguagePackError(_ProblemListError, ValueError):
    """A language pack (for instance from a plugin) is malformed; every problem is listed."""

    heading = "invalid language pack"


class InvalidRuleError(_ProblemListError, ValueError):
    """An attribution rule to add is malformed; every problem of one call is listed."""

    heading = "invalid attribution rule"


class UnknownRuleError(_ProblemListError, ValueError):
    """A rule name (to place a rule before or after, to switch on or off, to remove) names
    no rule of the extractor; every unknown name of one call is listed."""

    heading = "unknown rule names"


class RuleTimeoutError(QuoteAttrError, TimeoutError):
    """A pattern rule took longer than its timeout on one text."""

    def __init__(self, rule: str, timeout: float, length: int) -> None:
        self.rule = rule
        super().__init__(
            f"rule {rule!r} took longer than its timeout of {timeout:g} s on a text of "
            f"{length:,} characters and was stopped; the pattern probably backtracks "
            "catastrophically (nested quantifiers such as (a+)+): simplify it, or give a "
            "larger timeout= when adding it."
        )


class RuleResultError(QuoteAttrError, ValueError):
    """A rule function returned something that is not a valid match for the text."""

    def __init__(self, rule: str, problem: str) -> None:
        self.rule = rule
        super().__init__(
            f"rule {rule!r} returned an invalid match: {problem}. A rule function yields "
            "RuleMatch values whose offsets lie within the text it was given."
        )


class UnknownPluginError(QuoteAttrError, ValueError):
    """A plugin name names no installed ``quoteattr.plugins`` entry point."""

    def __init__(self, given: object, accepted: Iterable[str]) -> None:
        names = ", ".join(map(repr, accepted)) or "none are installed"
        super().__init__(
            f"plugin={given!r} is not an installed quoteattr plugin; accepted: {names}. "
            "Plugins are distributions with an entry point in the group 'quoteattr.plugins'."
        )


class PluginLoadError(QuoteAttrError, ImportError):
    """An installed plugin failed to import or does not provide a ``Plugin``."""


class UnknownScopeError(QuoteAttrError, ValueError):
    """A scope names no cue category."""

    def __init__(self, given: object, accepted: Iterable[str]) -> None:
        super().__init__(
            f"scope={given!r} is not a cue category; accepted: {', '.join(map(repr, accepted))}."
        )


class InvalidCueError(_ProblemListError, ValueError):
    """A cue to add or remove is malformed; every problem of one call is listed."""

    heading = "invalid cues"


class InvalidQuoteMarkError(_ProblemListError, ValueError):
    """A quotation-mark pair to add is malformed; every problem of one call is listed."""

    heading = "invalid quotation-mark pairs"
