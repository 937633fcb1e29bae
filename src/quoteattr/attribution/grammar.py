"""The compiled patterns that attribution rules match around cues and quotations."""

from __future__ import annotations

import functools
from collections.abc import Collection

import attrs
import regex

from quoteattr.cues import CueLexicon, alternation, lexicon_for
from quoteattr.languages.pack import LanguagePack
from quoteattr.results import CueCategory
from quoteattr.speakers import speaker_pattern

__all__ = ["WINDOW", "Grammar", "grammar_for"]

# How far around a quotation or a cue the rules look, in characters.
WINDOW = 300

# An apposition or relative clause between a speaker and the cue: "Hugh Hill, a doctor,
# said" / "Smith, who chairs the panel, said".
_TRAILING_FUNCTION = regex.compile(r"[^\S\n]+that\Z", regex.REVERSE)
_PREVIOUS_WORD = regex.compile(r"([\w'’\-]+)[^\S\n]+\Z", regex.REVERSE)
# A party and state after a name: "Sen. Rand Paul (R-Ky.)".
_AFFILIATION = r"(?:[^\S\n]*\([^()\n]{1,40}\))?"
_APPOSITION = (
    _AFFILIATION + r"(?:,[^\S\n]+(?:who|which|whose|a|an|the|one|now|then|himself|herself)\b"
    r"[^,;:\"“”«»\n]{1,150},|,[^\S\n]+[^,;:\"“”«»\n]{1,100}?,)?"
)
# When, between a speaker and the cue: "Smith on Friday said", "the poll out this week shows".
_WHEN = (
    r"(?:[^\S\n]+(?:on|in|last|this|late|early|out|earlier|later)(?:[^\S\n]+(?:this|last))?"
    r"[^\S\n]+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|week|month|year|"
    r"night|morning|afternoon|evening|weekend|today|tonight|yesterday|January|February|March|"
    r"April|May|June|July|August|September|October|November|December))?"
)


@attrs.frozen
class Grammar:
    """Compiled attribution patterns for one language pack.

    * ``after`` matches at the end of a quotation: ``, she said`` / ``, said the minister``;
    * ``introduction`` matches from a cue up to the quotation it introduces: ``told
      reporters:`` (the speaker before the cue is ``speaker_before``'s);
    * ``interruption`` matches the whole gap between two pieces of one quotation;
    * ``speaker_before`` (a reverse pattern) matches the speaker ending right before a cue;
    * ``speaker_after`` matches the speaker right after a cue (``said the minister``);
    * ``complement`` matches what may follow a cue before its content ("that", "on Tuesday");
    * ``colon_speaker`` matches a speaker and a colon opening a line or sentence
      ("Ryan: ...", "TRUMP: ...");
    * ``subject`` matches the subject opening a sentence (for ", saying ...");
    * ``asked`` matches "Asked whether ..." opening a sentence;
    * ``final_attribution`` matches a speaker that ends the sentence after a nominal cue
      ("..., according to officials.").
    """

    pack: LanguagePack
    lexicon: CueLexicon
    after: regex.Pattern[str]
    introduction: regex.Pattern[str]
    introduces_quotation: regex.Pattern[str]
    interruption: regex.Pattern[str]
    speaker_before: regex.Pattern[str]
    speaker_after: regex.Pattern[str]
    complement: regex.Pattern[str]
    verb_openers: frozenset[str]
    name_stopwords: frozenset[str]
    auxiliaries: regex.Pattern[str]
    coordinator: regex.Pattern[str]
    final_attribution: regex.Pattern[str]
    colon_speaker: regex.Pattern[str]
    subject: regex.Pattern[str]
    apposition_end: regex.Pattern[str]
    asked: regex.Pattern[str]

    def cue_phrase(self, text: str, cue: tuple[int, int], floor: int) -> tuple[int, int]:
        """The cue as annotators mark it: auxiliaries before it ("has said"), a colon right
        after it ("said:"), and without a trailing "that" ("claim that")."""
        start, end = cue
        trimmed = _TRAILING_FUNCTION.match(text, start, end)
        if trimmed is not None:
            end = trimmed.start()
        auxiliaries = self.auxiliaries.match(text, max(floor, start - 40), start)
        if auxiliaries is not None:
            start = auxiliaries.start()
        if text[end : end + 1] == ":":
            end += 1
        return start, end

    def cue_category(
        self, text: str, cue_start: int, form: str, categories: Collection[CueCategory]
    ) -> CueCategory | None:
        """The category of the cue ``form`` at ``cue_start`` when it counts here: its
        category is in ``categories`` and, for a noun-like form, it stands as a verb."""
        category = self.lexicon.category_of(form)
        if category not in categories or not self.is_verb_here(text, cue_start, form):
            return None
        return category

    def is_verb_here(self, text: str, cue_start: int, form: str) -> bool:
        """Whether a cue form that is also a noun ("state", "report") stands as a verb here.

        It does after a pronoun, an auxiliary or adverb ("will report", "also claims"), a
        plural subject ("officials claim") or a name ("Lopez claims"); every other cue form
        always does.
        """
        if form.lower() not in self.lexicon.noun_like:
            return True
        match = _PREVIOUS_WORD.match(text, max(0, cue_start - 40), cue_start)
        if match is None:
            return False
        word = match.group(1)
        lowered = word.lower()
        return (
            lowered in self.verb_openers
            or (word.isalpha() and word.islower() and lowered.endswith("s") and len(word) > 3)
            or (word[:1].isupper() and word not in self.name_stopwords)
        )


@functools.lru_cache(maxsize=32)
def grammar_for(pack: LanguagePack) -> Grammar:
    """Compile (once per pack) the attribution patterns for ``pack``."""
    lexicon = lexicon_for(pack)
    cue = lexicon.pattern.pattern
    speaker = speaker_pattern(pack)
    subject = speaker_pattern(pack, bare="clause")
    after_cue = speaker_pattern(pack, bare="always")
    shortest = speaker_pattern(pack, shortest=True)
    adverbs = alternation(pack.cue_adverbs)
    # Words after a cue ("told reporters on Monday"); a full stop only inside a word
    # ("U.S."), so a complement never runs past the end of a sentence.
    complement = r"(?:[^\S\n]+(?!that\b)(?:[\p{L}\p{M}\p{Nd}\-'’]|\.(?=\p{L}))+){1,6}"
    speaker_then_cue = (
        rf"(?P<speaker>{speaker}){_APPOSITION}{_WHEN}(?:[^\S\n]+{adverbs}){{0,3}}"
        rf"[^\S\n]+(?P<cue>{cue})"
    )
    cue_then_speaker = rf"(?P<cue>{cue})[^\S\n]+(?P<speaker>{speaker})"
    attribution = rf"(?:{speaker_then_cue}|{cue_then_speaker})"
    non_speaker = alternation(pack.colon_non_speakers) if pack.colon_non_speakers else r"(?!)"
    appositive = "|".join([*map(regex.escape, pack.determiners), "who", "which", "whose"])
    # A pack without auxiliaries gets a pattern that never matches.
    auxiliary = alternation(pack.cue_auxiliaries) if pack.cue_auxiliaries else r"(?!)"
    flags = regex.VERSION1
    return Grammar(
        pack=pack,
        lexicon=lexicon,
        after=regex.compile(rf"[^\S\n]*,?[^\S\n]*{attribution}", flags),
        # After a quotation, an attribution that goes on to open another quotation belongs
        # to that one: '"We won!" Ilya Markov told reporters: "We lost."'.
        introduces_quotation=regex.compile(
            rf"(?:{complement})?[^\S\n]*[:,]?[^\S\n]*(?:``|''|[\"'“‘«„‚»›‹”「『])\w", flags
        ),
        introduction=regex.compile(
            rf"(?:{complement})?[^\S\n]*(?P<introducer>[:,])?[^\S\n]*\Z", flags
        ),
        interruption=regex.compile(
            rf"[^\S\n]*,?[^\S\n]*{attribution}(?:{complement})?[^\S\n]*[,:][^\S\n]*\Z", flags
        ),
        speaker_before=regex.compile(
            rf"(?<![\w\-'’])(?P<speaker>{subject}){_APPOSITION}{_WHEN}"
            rf"(?:[^\S\n]+{adverbs}){{0,3}}[^\S\n]*\Z",
            flags | regex.REVERSE,
        ),
        speaker_after=regex.compile(rf"[^\S\n]+(?P<speaker>{after_cue})(?![\w\-])", flags),
        complement=regex.compile(
            r"(?:[^\S\n]+(?:that|reporters|journalists|on|in|at|last|this|late|early|"
            r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|"
            r"tonight|morning|afternoon|evening|night|week|month|year|recently|earlier|"
            r"later|again|also|as|well|too)\b)*[^\S\n]*",
            flags | regex.IGNORECASE,
        ),
        verb_openers=frozenset(
            [*pack.pronouns, *pack.cue_adverbs, "who", "which", "that", "they", "we"]
        ),
        name_stopwords=frozenset(pack.name_stopwords),
        final_attribution=regex.compile(
            rf"[^\S\n]+(?P<speaker>{after_cue}){_APPOSITION}(?:{complement})?"
            rf"[^\S\n]*[.!?]?[\"'”’)]*[^\S\n]*\Z",
            flags,
        ),
        colon_speaker=regex.compile(
            rf"(?!{non_speaker}[^\S\n]*:)(?P<speaker>{speaker})[^\S\n]*(?P<cue>:)[^\S\n]+(?=\S)",
            flags,
        ),
        subject=regex.compile(
            rf"(?:[^,\n]{{1,80}},[^\S\n]+)?(?P<speaker>{shortest}){_AFFILIATION}"
            rf"(?:[^\S\n]+{adverbs})*[^\S\n]+\p{{Ll}}",
            flags,
        ),
        # The end of a speaker's apposition up to the comma that resumes the content:
        # "said Sunshine, who knows him," / "said Doyle and others,".
        apposition_end=regex.compile(
            rf"(?:{_APPOSITION}(?<=,)|[^\S\n]*,)(?![^\S\n]*(?:{appositive})(?![\w\-]))", flags
        ),
        asked=regex.compile(
            r"(?:(?:When|After being|Once|If|Also|And|But)[^\S\n]+)?(?P<cue>[Aa]sked)"
            r"(?:[^\S\n]+(?:by[^\S\n]+[^,\n]{1,60}?|on[^\S\n]+\w+|later|again|repeatedly))*"
            r"(?=[^\S\n]+(?:whether|if|why|what|how|when|who|where)\b)",
            flags,
        ),
        coordinator=regex.compile(
            rf"(?:[,;][^\S\n]*)?(?:(?:and|but|while|whereas|then|though|although)[^\S\n]+"
            rf"|(?<=;)[^\S\n]*)"
            rf"(?:{adverbs}[^\S\n]+){{0,2}}\Z",
            flags | regex.REVERSE,
        ),
        auxiliaries=regex.compile(
            rf"(?<![\w\-'’])(?:{auxiliary}[^\S\n]+)+\Z",
            flags | regex.REVERSE,
        ),
    )
