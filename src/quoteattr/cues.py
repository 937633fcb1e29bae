"""Reporting cues: verb entries inflected into word forms, compiled into one pattern.

A language pack lists verbs once ("warn"); this module expands each entry into all its
forms (warn, warns, warned, warning) and joins every form of every verb into a single
alternation, longest first, so one compiled pattern finds any cue.
"""

from __future__ import annotations

from collections.abc import Iterable

import regex

__all__ = ["alternation", "cue_forms", "inflect"]

_VOWELS = frozenset("aeiou")


def inflect(entry: str) -> tuple[str, ...]:
    """Expand one verb entry into its distinct word forms.

    An entry is either a base form inflected by the regular English rules or the five forms
    spelled out (base, third person singular, past, past participle, present participle).

    >>> inflect("warn")
    ('warn', 'warns', 'warned', 'warning')
    >>> inflect("say says said said saying")
    ('say', 'says', 'said', 'saying')
    """
    forms = entry.split()
    if len(forms) == 1:
        base = forms[0]
        forms = [base, _third_person(base), _past(base), _past(base), _present_participle(base)]
    elif len(forms) != 5:
        raise ValueError(
            f"verb entry {entry!r} has {len(forms)} words; give one base form for a regular "
            "verb or all five forms (base, 3rd person singular, past, past participle, "
            "present participle) for an irregular one."
        )
    return tuple(dict.fromkeys(forms))


def _third_person(base: str) -> str:
    if base.endswith(("s", "x", "z", "ch", "sh", "o")):
        return base + "es"
    if base.endswith("y") and len(base) > 1 and base[-2] not in _VOWELS:
        return base[:-1] + "ies"
    return base + "s"


def _past(base: str) -> str:
    if base.endswith("e"):
        return base + "d"
    if base.endswith("y") and len(base) > 1 and base[-2] not in _VOWELS:
        return base[:-1] + "ied"
    return base + "ed"


def _present_participle(base: str) -> str:
    if base.endswith("ie"):
        return base[:-2] + "ying"
    if base.endswith("e") and not base.endswith(("ee", "ye", "oe")) and len(base) > 2:
        return base[:-1] + "ing"
    return base + "ing"


def cue_forms(entries: Iterable[str]) -> tuple[str, ...]:
    """All word forms of all ``entries``, without duplicates, in a stable order."""
    forms: dict[str, None] = {}
    for entry in entries:
        for form in inflect(entry):
            forms[form] = None
    return tuple(forms)


def alternation(words: Iterable[str]) -> str:
    """A regex alternation matching any of ``words`` as a whole word, longest first.

    Longest first matters: "said in a statement" must win over "said". Spaces in a word
    match any run of spaces.
    """
    unique = sorted(set(words), key=lambda w: (-len(w), w))
    escaped = (r"\s+".join(regex.escape(part) for part in word.split()) for word in unique)
    return r"(?:" + "|".join(escaped) + r")(?![\w-])"
