"""The shape of a language pack: the words quoteattr needs to read one language."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

import attrs

from quoteattr.languages.people import PeopleWords

__all__ = ["LanguagePack"]


def _words(value: object) -> tuple[str, ...]:
    if isinstance(value, str) or not hasattr(value, "__iter__"):
        raise TypeError(
            f"language pack word lists must be sequences of strings, got {type(value).__name__}"
        )
    return tuple(value)


def _by_category(
    value: Mapping[str, Iterable[str]] | Iterable[tuple[str, Iterable[str]]],
) -> tuple[tuple[str, tuple[str, ...]], ...]:
    if isinstance(value, tuple) and all(
        isinstance(item, tuple) and len(item) == 2 for item in value
    ):
        value = dict(value)  # the stored form, as attrs.evolve passes it back
    if not isinstance(value, Mapping):
        raise TypeError(
            f"language pack verbs must map a category to verb entries, got {type(value).__name__}"
        )
    return tuple((category, _words(entries)) for category, entries in value.items())


def _pairs(value: Iterable[tuple[str, str]]) -> tuple[tuple[str, str], ...]:
    return tuple((category, entry) for category, entry in value)


@attrs.frozen(cache_hash=True)
class LanguagePack:
    """Everything language-specific: reporting verbs, speaker words, titles.

    Packs are data; :mod:`quoteattr.cues` and :mod:`quoteattr.speakers` compile them into
    patterns. ``verbs`` maps a cue category ("speech", "writing", "thought", "evidence") to
    verb entries in the format described in :mod:`quoteattr.languages.en`;
    ``phrasal_cues`` and ``nominal_cues`` are ``(category, entry)`` pairs. A form listed
    under several categories takes the first, in the order speech, writing, thought,
    evidence.
    """

    code: str
    name: str
    verbs: tuple[tuple[str, tuple[str, ...]], ...] = attrs.field(converter=_by_category)
    phrasal_cues: tuple[tuple[str, str], ...] = attrs.field(converter=_pairs)
    nominal_cues: tuple[tuple[str, str], ...] = attrs.field(converter=_pairs)
    noun_like_forms: tuple[str, ...] = attrs.field(converter=_words)
    pronouns: tuple[str, ...] = attrs.field(converter=_words)
    determiners: tuple[str, ...] = attrs.field(converter=_words)
    phrase_stopwords: tuple[str, ...] = attrs.field(converter=_words)
    name_connectors: tuple[str, ...] = attrs.field(converter=_words)
    name_stopwords: tuple[str, ...] = attrs.field(converter=_words)
    titles: tuple[str, ...] = attrs.field(converter=_words)
    abbreviations: tuple[str, ...] = attrs.field(converter=_words)
    cue_adverbs: tuple[str, ...] = attrs.field(converter=_words)
    cue_auxiliaries: tuple[str, ...] = attrs.field(converter=_words, default=())
    colon_non_speakers: tuple[str, ...] = attrs.field(converter=_words, default=())
    removed_cues: tuple[str, ...] = attrs.field(converter=_words, default=())
    impression_verbs: tuple[str, ...] = attrs.field(converter=_words, default=())
    people: PeopleWords = attrs.field(factory=PeopleWords)
