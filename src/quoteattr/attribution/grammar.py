"""The compiled patterns that attribution rules match around quotations, per language."""

from __future__ import annotations

import functools

import attrs
import regex

from quoteattr.cues import alternation, cue_forms
from quoteattr.languages.pack import LanguagePack
from quoteattr.speakers import speaker_pattern

__all__ = ["Grammar", "grammar_for"]

# How far around a quotation the rules look for its attribution, in characters.
WINDOW = 300


@attrs.frozen
class Grammar:
    """Compiled attribution patterns for one language pack.

    * ``after`` matches at the end of a quotation: ``, she said`` / ``, said the minister``;
    * ``before`` matches up to the start of one: ``The minister told reporters:``;
    * ``interruption`` matches the whole gap between two pieces of one quotation:
      ``, Brafman said,``.
    """

    pack: LanguagePack
    after: regex.Pattern[str]
    before: regex.Pattern[str]
    interruption: regex.Pattern[str]


@functools.lru_cache(maxsize=32)
def grammar_for(pack: LanguagePack) -> Grammar:
    """Compile (once per pack) the attribution patterns for ``pack``."""
    cue = alternation(cue_forms(pack.speech_verbs + pack.writing_verbs))
    speaker = speaker_pattern(pack)
    adverbs = alternation(pack.cue_adverbs)
    complement = r"(?:\s+(?!that\b)[\p{L}\p{M}\p{Nd}\-'’.]+){1,6}"
    speaker_then_cue = rf"(?P<speaker>{speaker})(?:\s+{adverbs}){{0,2}}\s+(?P<cue>{cue})"
    cue_then_speaker = rf"(?P<cue>{cue})\s+(?P<speaker>{speaker})"
    attribution = rf"(?:{speaker_then_cue}|{cue_then_speaker})"
    return Grammar(
        pack=pack,
        after=regex.compile(rf"[^\S\n]*,?[^\S\n]*{attribution}(?![\w\-])", regex.VERSION1),
        before=regex.compile(
            rf"(?<![\w\-]){speaker_then_cue}(?:{complement}[^\S\n]*[:,]|[^\S\n]*[:,]?)[^\S\n]*\Z",
            regex.VERSION1,
        ),
        interruption=regex.compile(
            rf"[^\S\n]*,?[^\S\n]*{attribution}(?:{complement})?[^\S\n]*[,:][^\S\n]*\Z",
            regex.VERSION1,
        ),
    )
