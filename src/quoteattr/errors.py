"""The errors quoteattr raises, in one hierarchy and one place.

Every error is a :class:`QuoteAttrError` and also the builtin exception it specialises
(most are :class:`ValueError`), so ``except ValueError`` keeps working. Messages name the
argument, what was given and what is accepted.
"""

from __future__ import annotations

from collections.abc import Iterable

__all__ = [
    "InvalidCueError",
    "InvalidQuoteMarkError",
    "QuoteAttrError",
    "UnknownLanguageError",
    "UnknownScopeError",
]


class QuoteAttrError(Exception):
    """Base class of every error quoteattr raises on purpose."""


class UnknownLanguageError(QuoteAttrError, ValueError):
    """A language code names no language pack."""

    def __init__(self, given: object, accepted: Iterable[str]) -> None:
        super().__init__(
            f"language={given!r} is not a language quoteattr ships; "
            f"accepted: {', '.join(map(repr, accepted))}."
        )


class UnknownScopeError(QuoteAttrError, ValueError):
    """A scope names no cue category."""

    def __init__(self, given: object, accepted: Iterable[str]) -> None:
        super().__init__(
            f"scope={given!r} is not a cue category; accepted: {', '.join(map(repr, accepted))}."
        )


class InvalidCueError(QuoteAttrError, ValueError):
    """A cue to add or remove is malformed; every problem of one call is listed."""

    def __init__(self, problems: Iterable[str]) -> None:
        self.problems = tuple(problems)
        super().__init__("invalid cues:\n" + "\n".join(f"  - {p}" for p in self.problems))


class InvalidQuoteMarkError(QuoteAttrError, ValueError):
    """A quotation-mark pair to add is malformed; every problem of one call is listed."""

    def __init__(self, problems: Iterable[str]) -> None:
        self.problems = tuple(problems)
        super().__init__(
            "invalid quotation-mark pairs:\n" + "\n".join(f"  - {p}" for p in self.problems)
        )
