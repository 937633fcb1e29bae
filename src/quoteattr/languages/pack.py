"""The shape of a language pack: the words quoteattr needs to read one language."""

from __future__ import annotations

import attrs

__all__ = ["LanguagePack"]


def _words(value: object) -> tuple[str, ...]:
    if isinstance(value, str) or not hasattr(value, "__iter__"):
        raise TypeError(
            f"language pack word lists must be sequences of strings, got {type(value).__name__}"
        )
    return tuple(value)


@attrs.frozen
class LanguagePack:
    """Everything language-specific: reporting verbs, speaker words, titles.

    Packs are data; :mod:`quoteattr.cues` and :mod:`quoteattr.speakers` compile them into
    patterns. ``speech_verbs`` and ``writing_verbs`` use the entry format described in
    :mod:`quoteattr.languages.en`.
    """

    code: str
    name: str
    speech_verbs: tuple[str, ...] = attrs.field(converter=_words)
    writing_verbs: tuple[str, ...] = attrs.field(converter=_words)
    pronouns: tuple[str, ...] = attrs.field(converter=_words)
    determiners: tuple[str, ...] = attrs.field(converter=_words)
    phrase_stopwords: tuple[str, ...] = attrs.field(converter=_words)
    name_connectors: tuple[str, ...] = attrs.field(converter=_words)
    name_stopwords: tuple[str, ...] = attrs.field(converter=_words)
    titles: tuple[str, ...] = attrs.field(converter=_words)
    abbreviations: tuple[str, ...] = attrs.field(converter=_words)
    cue_adverbs: tuple[str, ...] = attrs.field(converter=_words)
