"""The pipeline (text -> quoted spans -> attribution -> typed results) and its configuration.

An :class:`Extractor` is an immutable value holding one configuration: language, scope,
added and removed cues, quotation-mark pairs. Every ``with_*``/``without_*`` method returns
a new extractor; the patterns a configuration needs are compiled once, on first use, and
shared by every equal extractor in the process. Extractors pickle (to travel to worker
processes) and are safe to share between threads.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable

import attrs
import regex

from quoteattr.attribution.candidates import Candidate
from quoteattr.attribution.confidence import DEFAULT_CONFIDENCE, RULE_CONFIDENCE
from quoteattr.attribution.direct import attribute_direct
from quoteattr.attribution.floating import settle
from quoteattr.attribution.grammar import Grammar, grammar_for
from quoteattr.attribution.mixed import widen_to_sentences
from quoteattr.attribution.reported import attribute_reported
from quoteattr.cues import inflect, lexicon_for, phrasal_forms
from quoteattr.errors import InvalidCueError, InvalidQuoteMarkError, UnknownScopeError
from quoteattr.languages import load
from quoteattr.languages.pack import LanguagePack
from quoteattr.marks import DEFAULT_PAIRS, QuoteMarkPair, QuoteScanner
from quoteattr.results import CueCategory, Quote, Span, Speaker
from quoteattr.segment import paragraph_bounds, sentence_bounds
from quoteattr.speakers import name_of

__all__ = ["Extractor", "Scope", "extract_quotes", "resolve_scope"]

Scope = str | Iterable[str | CueCategory]
"""Which cue categories count: ``"quotes"``, ``"all"``, or a collection of categories."""

_SCOPES: dict[str, frozenset[CueCategory]] = {
    "quotes": frozenset({CueCategory.SPEECH, CueCategory.WRITING}),
    "all": frozenset(CueCategory),
}
_CUE_WORD = regex.compile(r"[\p{L}\p{M}][\p{L}\p{M}'’\-]*")


def resolve_scope(scope: Scope) -> frozenset[CueCategory]:
    """The cue categories a ``scope`` argument selects.

    >>> sorted(c.value for c in resolve_scope("quotes"))
    ['speech', 'writing']
    >>> sorted(c.value for c in resolve_scope(["speech", "thought"]))
    ['speech', 'thought']

    :raises UnknownScopeError: (a ``ValueError``) for a name that is no scope or category.
    """
    if isinstance(scope, frozenset) and scope and all(isinstance(c, CueCategory) for c in scope):
        return scope
    if isinstance(scope, str):
        if scope in _SCOPES:
            return _SCOPES[scope]
        scope = [scope]
    accepted = [*_SCOPES, *(c.value for c in CueCategory)]
    categories: set[CueCategory] = set()
    for item in scope:
        try:
            categories.add(CueCategory(item))
        except ValueError:
            raise UnknownScopeError(item, accepted) from None
    if not categories:
        raise UnknownScopeError(scope, accepted)
    return frozenset(categories)


def _check_language(instance: Extractor, attribute: attrs.Attribute[str], value: str) -> None:
    load(value)  # raises UnknownLanguageError naming the codes on offer


@attrs.frozen(cache_hash=True)
class Extractor:
    """A configured quotation extractor: an immutable, hashable, picklable value.

    >>> extractor = Extractor().with_cues("harrumph", category="speech")
    >>> [q.cue.text for q in extractor.extract('"Too late," the driver harrumphed.')]
    ['harrumphed']
    >>> Extractor(scope="all") == Extractor().with_scope("all")
    True
    """

    language: str = attrs.field(default="en", validator=_check_language)
    """The language pack's code."""

    scope: frozenset[CueCategory] = attrs.field(default="quotes", converter=resolve_scope)
    """The cue categories that count as attribution (see :func:`resolve_scope`)."""

    added_cues: tuple[tuple[str, str], ...] = ()
    """``(category, entry)`` cues added to the language pack's own."""

    removed_cues: frozenset[str] = frozenset()
    """Cue forms (lower case) taken out of the language pack's."""

    quote_marks: tuple[QuoteMarkPair, ...] = DEFAULT_PAIRS
    """The quotation-mark pairs the scanner recognises."""

    def with_scope(self, scope: Scope) -> Extractor:
        """A copy that counts the cue categories ``scope`` selects."""
        return attrs.evolve(self, scope=resolve_scope(scope))

    def with_cues(self, *entries: str, category: str | CueCategory = "speech") -> Extractor:
        """A copy that also recognises the cues ``entries``, of ``category``.

        An entry is a verb's base form (``"harrumph"``, inflected by the language's rules),
        its five forms spelled out (``"say says said said saying"``), a verb with a
        particle (``"lash + out"``) or a fixed phrase of several words (``"in a memo to"``).

        :raises InvalidCueError: listing every malformed entry.
        """
        problems = []
        try:
            kind = CueCategory(category)
        except ValueError:
            accepted = ", ".join(repr(c.value) for c in CueCategory)
            problems.append(f"category={category!r} is no cue category; accepted: {accepted}")
            kind = CueCategory.SPEECH
        problems.extend(_entry_problems(entry) for entry in entries)
        if not entries:
            problems.append("with_cues() needs at least one entry, e.g. with_cues('harrumph')")
        problems = [p for p in problems if p]
        if problems:
            raise InvalidCueError(problems)
        added = tuple((kind.value, " ".join(entry.split())) for entry in entries)
        return attrs.evolve(self, added_cues=self.added_cues + added)

    def without_cues(self, *forms: str) -> Extractor:
        """A copy that no longer treats the word forms ``forms`` as cues.

        Remove each form you mean (``"charged"``, ``"charges"``); forms are matched in
        lower case.

        :raises InvalidCueError: listing every form that is not a cue of this extractor.
        """
        known = self._lexicon_forms()
        problems = [
            f"{form!r} is not a cue of this extractor (language={self.language!r}); "
            "remove the exact form, e.g. 'charged'"
            for form in forms
            if not isinstance(form, str) or " ".join(form.lower().split()) not in known
        ]
        if not forms:
            problems.append("without_cues() needs at least one form, e.g. without_cues('charged')")
        if problems:
            raise InvalidCueError(problems)
        removed = frozenset(" ".join(form.lower().split()) for form in forms)
        return attrs.evolve(self, removed_cues=self.removed_cues | removed)

    def with_quote_marks(self, *pairs: tuple[str, str] | QuoteMarkPair) -> Extractor:
        """A copy that also recognises the quotation-mark ``pairs`` (opening, closing).

        :raises InvalidQuoteMarkError: listing every malformed pair.
        """
        built: list[QuoteMarkPair] = []
        problems: list[str] = []
        for pair in pairs:
            try:
                built.append(
                    pair if isinstance(pair, QuoteMarkPair) else QuoteMarkPair(*pair, "custom")
                )
            except (TypeError, ValueError) as error:
                problems.append(f"{pair!r}: {error} Give (opening mark, closing mark).")
        if not pairs:
            problems.append("with_quote_marks() needs at least one pair, e.g. ('<<', '>>')")
        if problems:
            raise InvalidQuoteMarkError(problems)
        new = tuple(p for p in built if p not in self.quote_marks)
        return attrs.evolve(self, quote_marks=self.quote_marks + new)

    def extract(self, text: str) -> list[Quote]:
        """Every quotation in ``text``, as :func:`extract_quotes` describes."""
        _check_text(text)
        return _run(self, text)

    def _lexicon_forms(self) -> frozenset[str]:
        return frozenset(lexicon_for(_pipeline(self).pack).categories)


def _entry_problems(entry: object) -> str:
    """What is wrong with one cue entry, or an empty string."""
    if not isinstance(entry, str):
        return f"{entry!r}: a cue entry must be a str, got {type(entry).__name__}"
    words = entry.replace("+", " ").split()
    if not words:
        return f"{entry!r}: a cue entry needs at least one word, e.g. 'harrumph'"
    bad = [word for word in words if not _CUE_WORD.fullmatch(word)]
    if bad:
        return f"{entry!r}: cue words are letters (with ' or -), not {bad!r}"
    try:
        if "+" in entry:
            phrasal_forms(entry)
        elif len(words) in (1, 5):
            inflect(entry)
    except ValueError as error:
        return f"{entry!r}: {error}"
    return ""


def _check_text(text: object) -> None:
    if not isinstance(text, str):
        raise TypeError(
            f"extract_quotes() needs the text as str, got {type(text).__name__}; "
            + (
                "decode bytes first, e.g. data.decode('utf-8')."
                if isinstance(text, (bytes, bytearray, memoryview))
                else "pass the article's text."
            )
        )


@attrs.frozen
class _Pipeline:
    pack: LanguagePack
    grammar: Grammar
    scanner: QuoteScanner
    abbreviations: frozenset[str]


@functools.lru_cache(maxsize=64)
def _pipeline(extractor: Extractor) -> _Pipeline:
    """Compile (once per configuration) what ``extractor`` needs."""
    pack = load(extractor.language)
    if extractor.added_cues or extractor.removed_cues:
        pack = _customised(pack, extractor.added_cues, extractor.removed_cues)
    return _Pipeline(
        pack, grammar_for(pack), QuoteScanner(extractor.quote_marks), frozenset(pack.abbreviations)
    )


def _customised(
    pack: LanguagePack, added: tuple[tuple[str, str], ...], removed: frozenset[str]
) -> LanguagePack:
    verbs = {category: list(entries) for category, entries in pack.verbs}
    phrasal = list(pack.phrasal_cues)
    nominal = list(pack.nominal_cues)
    for category, entry in added:
        words = entry.split()
        if "+" in entry:
            phrasal.append((category, entry))
        elif len(words) in (1, 5):
            verbs.setdefault(category, []).append(entry)
        else:
            nominal.append((category, entry))
    return attrs.evolve(
        pack,
        verbs=verbs,
        phrasal_cues=phrasal,
        nominal_cues=nominal,
        removed_cues=tuple(sorted(set(pack.removed_cues) | removed)),
    )


@functools.lru_cache(maxsize=16)
def _default_extractor(language: str, scope: frozenset[CueCategory]) -> Extractor:
    return Extractor(language=language, scope=scope)


def extract_quotes(text: str, *, language: str = "en", scope: Scope = "quotes") -> list[Quote]:
    """Find every quotation in ``text``, with its attribution cue and speaker.

    Returns :class:`~quoteattr.Quote` values ordered by position: direct quotations,
    reported speech (indirect) and reported speech with quoted words (mixed). ``scope``
    chooses which attributions count: ``"quotes"`` (the default: speech and writing),
    ``"all"`` (beliefs and evidence too: "she believes", "the report found"), or a
    collection of :class:`~quoteattr.CueCategory` values or names. ``language`` picks the
    language pack. For other settings (your own cues, quotation marks), build an
    :class:`~quoteattr.Extractor` once and call its ``extract``.

    Any string is valid input (empty, huge, binary junk, unbalanced quotation marks): the
    result is then simply shorter. Offsets in the result index ``text`` exactly as given.

    >>> [q.text for q in extract_quotes('"We will win," the coach said.')]
    ['We will win,']

    :raises TypeError: when ``text`` is not a ``str`` (decode bytes first).
    :raises UnknownScopeError: when ``scope`` names no known category.
    :raises UnknownLanguageError: when ``language`` names no language pack.
    """
    _check_text(text)
    return _run(_default_extractor(language, resolve_scope(scope)), text)


def _run(extractor: Extractor, text: str) -> list[Quote]:
    pipeline = _pipeline(extractor)
    grammar, pack, categories = pipeline.grammar, pipeline.pack, extractor.scope
    paragraphs = paragraph_bounds(text)
    quoted = pipeline.scanner.scan(text, paragraphs)
    sentences = sentence_bounds(
        text, paragraphs, pipeline.abbreviations, [(q.start, q.end) for q in quoted]
    )
    direct = widen_to_sentences(
        text, attribute_direct(text, quoted, grammar, categories), sentences
    )
    reported = attribute_reported(text, sentences, quoted, direct, grammar, categories)
    return [_to_quote(text, c, pack, grammar) for c in settle(text, direct, reported)]


def _to_quote(text: str, candidate: Candidate, pack: LanguagePack, grammar: Grammar) -> Quote:
    speaker = None
    cue = None
    if candidate.speaker is not None:
        mention = Span.of(text, *candidate.speaker)
        speaker = Speaker(mention, name_of(mention.text, pack))
    if candidate.cue is not None:
        speaker_end = candidate.speaker[1] if candidate.speaker else 0
        floor = speaker_end if speaker_end <= candidate.cue[0] else 0
        cue = Span.of(text, *grammar.cue_phrase(text, candidate.cue, floor))
    return Quote(
        span=Span.of(text, candidate.start, candidate.end),
        parts=tuple(Span.of(text, start, end) for start, end in candidate.parts),
        kind=candidate.kind,
        cue=cue,
        speaker=speaker,
        rule=candidate.rule,
        category=candidate.category,
        confidence=(
            RULE_CONFIDENCE.get(candidate.rule, DEFAULT_CONFIDENCE) if candidate.rule else None
        ),
    )
