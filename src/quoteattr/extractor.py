"""The pipeline (text -> quoted spans -> attribution -> typed results) and its configuration.

An :class:`Extractor` is an immutable value holding one configuration: language, scope,
added and removed cues, quotation-mark pairs. Every ``with_*``/``without_*`` method returns
a new extractor; the patterns a configuration needs are compiled once, on first use, and
shared by every equal extractor in the process. Extractors pickle (to travel to worker
processes) and are safe to share between threads.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable, Sequence

import attrs
import regex

from quoteattr.attribution.candidates import Candidate, SpanIndex
from quoteattr.attribution.chain import claim, release_disabled
from quoteattr.attribution.confidence import confidence
from quoteattr.attribution.custom import run_rules
from quoteattr.attribution.direct import attribute_direct
from quoteattr.attribution.floating import settle
from quoteattr.attribution.grammar import Grammar, grammar_for
from quoteattr.attribution.mixed import widen_to_sentences
from quoteattr.attribution.reported import attribute_reported
from quoteattr.cues import CueIndex, inflect, lexicon_for, phrasal_forms
from quoteattr.document import read_document
from quoteattr.errors import (
    InvalidCueError,
    InvalidQuoteMarkError,
    InvalidRuleError,
    UnknownLanguageError,
    UnknownRuleError,
    UnknownScopeError,
)
from quoteattr.languages import available, load
from quoteattr.languages.pack import LanguagePack
from quoteattr.marks import DEFAULT_PAIRS, QuotedSpan, QuoteMarkPair, QuoteScanner
from quoteattr.plugins import plugin
from quoteattr.results import (
    CueCategory,
    Document,
    Quote,
    QuoteKind,
    Span,
    Speaker,
    _trusted_quote,
    _trusted_span,
    _trusted_speaker,
)
from quoteattr.rules import (
    BUILTIN_RULES,
    DEFAULT_TIMEOUT,
    Rule,
    RuleContext,
    RuleFunction,
    category_problem,
)
from quoteattr.segment import paragraph_bounds, sentence_bounds
from quoteattr.speakers import name_of

__all__ = ["Extractor", "Language", "Scope", "analyze", "extract_quotes", "resolve_scope"]

Scope = str | Iterable[str | CueCategory]
"""Which cue categories count: ``"quotes"``, ``"all"``, or a collection of categories."""

_SCOPES: dict[str, frozenset[CueCategory]] = {
    "quotes": frozenset({CueCategory.SPEECH, CueCategory.WRITING}),
    "all": frozenset(CueCategory),
}
Language = str | Iterable[str]
"""A language pack's code, or several codes for an archive in several languages."""

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


def _languages(value: Language) -> str | tuple[str, ...]:
    """One code stays a str; several become a tuple, in order and without repeats."""
    codes = [value] if isinstance(value, str) else list(dict.fromkeys(value))
    for code in codes:
        load(code)  # raises UnknownLanguageError naming the codes on offer
    if not codes:
        raise UnknownLanguageError(value, available())
    return codes[0] if len(codes) == 1 else tuple(codes)


@attrs.frozen(cache_hash=True)
class Extractor:
    """A configured quotation extractor: an immutable, hashable, picklable value.

    >>> extractor = Extractor().with_cues("harrumph", category="speech")
    >>> [q.cue.text for q in extractor.extract('"Too late," the driver harrumphed.')]
    ['harrumphed']
    >>> Extractor(scope="all") == Extractor().with_scope("all")
    True
    """

    language: str | tuple[str, ...] = attrs.field(default="en", converter=_languages)
    """The language pack's code, or a tuple of codes for texts in any of several languages
    (where the packs' quotations overlap, the first language's stand)."""

    scope: frozenset[CueCategory] = attrs.field(default="quotes", converter=resolve_scope)
    """The cue categories that count as attribution (see :func:`resolve_scope`)."""

    added_cues: tuple[tuple[str, str, str], ...] = ()
    """``(category, entry, shape)`` cues added to the language packs' own; the shape is
    ``"verb"``, ``"phrasal"`` or ``"phrase"``."""

    removed_cues: frozenset[str] = frozenset()
    """Cue forms (lower case) taken out of the language pack's."""

    quote_marks: tuple[QuoteMarkPair, ...] = DEFAULT_PAIRS
    """The quotation-mark pairs the scanner recognises."""

    rules: tuple[Rule, ...] = ()
    """The user's own attribution rules (see :mod:`quoteattr.rules`)."""

    chain: tuple[str, ...] = BUILTIN_RULES
    """Every rule's name in chain order: where quotations overlap, the earlier rule's
    stands."""

    disabled_rules: frozenset[str] = frozenset()
    """Names of rules switched off."""

    def __attrs_post_init__(self) -> None:
        # The fields are set by the with_*/without_* methods; one built by hand must
        # still name every rule once, or extraction would silently skip rules.
        names = [*BUILTIN_RULES, *(rule.name for rule in self.rules)]
        if sorted(self.chain) != sorted(names) or len(set(names)) != len(names):
            raise InvalidRuleError(
                [
                    f"chain={self.chain!r} must name every built-in rule and every rule in "
                    f"rules= exactly once; build extractors with with_pattern, with_function, "
                    "with_rules and without_rules rather than by hand"
                ]
            )
        unknown = sorted(self.disabled_rules - set(names))
        if unknown:
            raise UnknownRuleError([_unknown(name, self.chain, "rules") for name in unknown])

    @property
    def languages(self) -> tuple[str, ...]:
        """The language codes, as a tuple even when there is one."""
        return (self.language,) if isinstance(self.language, str) else self.language

    def with_scope(self, scope: Scope) -> Extractor:
        """A copy that counts the cue categories ``scope`` selects."""
        return attrs.evolve(self, scope=resolve_scope(scope))

    def with_cues(
        self,
        *entries: str,
        category: str | CueCategory = "speech",
        verb: bool | None = None,
    ) -> Extractor:
        """A copy that also recognises the cues ``entries``, of ``category``.

        An entry is a verb's base form (``"harrumph"``, inflected by each language's rules),
        its forms spelled out (``"say says said said saying"``), a verb with a particle
        (``"lash + out"``; German ``"teilen + mit"`` is a separable verb) or a fixed phrase
        of several words (``"in a memo to"``). An entry of several words is a fixed phrase,
        except the five forms of an English verb; pass ``verb=True`` for the forms of a verb
        in another language (``"sprechen spricht sprach gesprochen"``) and ``verb=False``
        for an English phrase of five words.

        :raises InvalidCueError: listing every malformed entry.
        """
        problems = [category_problem(category)]
        morphologies = [pipeline.pack.morphology for pipeline in _pipelines(self)]
        shapes = [_entry_shape(entry, verb, morphologies[0]) for entry in entries]
        problems.extend(
            _entry_problems(entry, shape, morphologies)
            for entry, shape in zip(entries, shapes, strict=True)
        )
        if not entries:
            problems.append("with_cues() needs at least one entry, e.g. with_cues('harrumph')")
        problems = [p for p in problems if p]
        if problems:
            raise InvalidCueError(problems)
        added = tuple(
            (CueCategory(category).value, " ".join(entry.split()), shape)
            for entry, shape in zip(entries, shapes, strict=True)
        )
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

    def with_language(self, language: Language) -> Extractor:
        """A copy that reads ``language`` (a code, or several codes in order).

        :raises UnknownLanguageError: naming the codes on offer.
        """
        return attrs.evolve(self, language=language)

    def with_pattern(
        self,
        name: str,
        pattern: str,
        *,
        category: str | CueCategory = CueCategory.SPEECH,
        kind: str | QuoteKind | None = None,
        before: str | None = None,
        after: str | None = None,
        flags: int = 0,
        timeout: float = DEFAULT_TIMEOUT,
    ) -> Extractor:
        """A copy with the pattern rule ``name`` (see :meth:`Rule.from_pattern
        <quoteattr.rules.Rule.from_pattern>`), placed in the chain ``before`` or ``after``
        a named rule, else first.

        :raises InvalidRuleError: listing every problem of the rule and its place.
        """
        return self._with_new_rule(
            lambda: Rule.from_pattern(
                name, pattern, category=category, kind=kind, flags=flags, timeout=timeout
            ),
            name,
            before,
            after,
        )

    def with_function(
        self,
        name: str,
        function: RuleFunction,
        *,
        category: str | CueCategory = CueCategory.SPEECH,
        kind: str | QuoteKind | None = None,
        before: str | None = None,
        after: str | None = None,
    ) -> Extractor:
        """A copy with the rule ``name`` whose quotations ``function(text, context)`` finds
        (see :class:`~quoteattr.rules.RuleFunction`), placed like :meth:`with_pattern`.

        :raises InvalidRuleError: listing every problem of the rule and its place.
        """
        return self._with_new_rule(
            lambda: Rule.from_function(name, function, category=category, kind=kind),
            name,
            before,
            after,
        )

    def with_rules(
        self, *rules: Rule, before: str | None = None, after: str | None = None
    ) -> Extractor:
        """A copy with ready-made :class:`~quoteattr.rules.Rule` values (from a plugin, or
        shared between extractors), in the order given, placed like :meth:`with_pattern`.

        :raises InvalidRuleError: listing every problem.
        """
        problems = [*self._placement_problems(before, after)]
        names: list[str] = []
        for rule in rules:
            if not isinstance(rule, Rule):
                problems.append(
                    f"{rule!r} is not a Rule; build one with Rule.from_pattern or "
                    "Rule.from_function, or use with_pattern / with_function"
                )
            elif rule.name in self.chain or rule.name in names:
                problems.append(f"a rule named {rule.name!r} is already in the chain")
            else:
                names.append(rule.name)
        if not rules:
            problems.append("with_rules() needs at least one Rule")
        if problems:
            raise InvalidRuleError(problems)
        return attrs.evolve(
            self,
            rules=self.rules + rules,
            chain=self._placed(tuple(names), before, after),
        )

    def with_plugin(
        self, name: str, *, before: str | None = None, after: str | None = None
    ) -> Extractor:
        """A copy with the rules of the installed plugin ``name`` (see
        :mod:`quoteattr.plugins`), placed like :meth:`with_pattern`.

        :raises UnknownPluginError: naming the plugins installed.
        """
        rules = plugin(name).rules
        return self.with_rules(*rules, before=before, after=after) if rules else self

    def without_rules(self, *names: str) -> Extractor:
        """A copy without the user's rules ``names`` (built-in rules are switched off
        with :meth:`disable_rules` instead).

        :raises UnknownRuleError: listing every name that is not a rule the user added.
        """
        added = [rule.name for rule in self.rules]
        problems = [
            f"{name!r} is a built-in rule; switch it off with disable_rules({name!r})"
            if name in BUILTIN_RULES
            else _unknown(name, added, "rules you added")
            for name in names
        ]
        problems = [p for p in problems if p]
        if not names:
            problems.append("without_rules() needs at least one rule name")
        if problems:
            raise UnknownRuleError(problems)
        gone = set(names)
        return attrs.evolve(
            self,
            rules=tuple(rule for rule in self.rules if rule.name not in gone),
            chain=tuple(name for name in self.chain if name not in gone),
            disabled_rules=self.disabled_rules - gone,
        )

    def disable_rules(self, *names: str) -> Extractor:
        """A copy with the rules ``names`` (built-in or the user's) switched off.

        :raises UnknownRuleError: listing every name that is no rule in the chain.
        """
        self._check_names(names, "disable_rules")
        return attrs.evolve(self, disabled_rules=self.disabled_rules | set(names))

    def enable_rules(self, *names: str) -> Extractor:
        """A copy with the rules ``names`` switched on again.

        :raises UnknownRuleError: listing every name that is no rule in the chain.
        """
        self._check_names(names, "enable_rules")
        return attrs.evolve(self, disabled_rules=self.disabled_rules - set(names))

    def extract(self, text: str) -> list[Quote]:
        """Every quotation in ``text``, as :func:`extract_quotes` describes."""
        _check_text(text)
        return _run(self, text)

    def analyze(self, text: str) -> Document:
        """The whole article ``text`` read as :func:`analyze` describes."""
        _check_text(text, "analyze")
        quotes = _run(self, text)
        return read_document(text, quotes, _compiled(self).languages[0].pack)

    def _lexicon_forms(self) -> frozenset[str]:
        return frozenset(
            form for pipeline in _pipelines(self) for form in lexicon_for(pipeline.pack).categories
        )

    def _with_new_rule(
        self, build: Callable[[], Rule], name: str, before: str | None, after: str | None
    ) -> Extractor:
        problems = list(self._placement_problems(before, after))
        if isinstance(name, str) and name in self.chain and name not in BUILTIN_RULES:
            problems.append(f"name={name!r} is already a rule of this extractor; choose another")
        try:
            rule = build()
        except InvalidRuleError as error:
            problems = [*error.problems, *problems]
        if problems:
            raise InvalidRuleError(problems)
        return attrs.evolve(
            self, rules=(*self.rules, rule), chain=self._placed((rule.name,), before, after)
        )

    def _placement_problems(self, before: str | None, after: str | None) -> list[str]:
        if before is not None and after is not None:
            return [f"give before= or after=, not both (got before={before!r}, after={after!r})"]
        problems = []
        for argument, value in (("before", before), ("after", after)):
            if value is not None and value not in self.chain:
                problems.append(f"{argument}={value!r}: " + _unknown(value, self.chain, "rules"))
        return problems

    def _placed(
        self, names: tuple[str, ...], before: str | None, after: str | None
    ) -> tuple[str, ...]:
        chain = self.chain
        if after is not None:
            at = chain.index(after) + 1
        elif before is not None:
            at = chain.index(before)
        else:
            at = 0
        return chain[:at] + names + chain[at:]

    def _check_names(self, names: tuple[str, ...], method: str) -> None:
        problems = [_unknown(name, self.chain, "rules") for name in names]
        problems = [p for p in problems if p]
        if not names:
            problems.append(f"{method}() needs at least one rule name, e.g. {method}('floating')")
        if problems:
            raise UnknownRuleError(problems)


def _unknown(name: object, accepted: Sequence[str], what: str) -> str:
    """A message for a rule name that is not among ``accepted`` (empty when it is)."""
    if isinstance(name, str) and name in accepted:
        return ""
    names = ", ".join(map(repr, accepted)) or "none"
    return f"{name!r} is not one of the {what}; accepted: {names}"


def _entry_shape(entry: object, verb: bool | None, morphology: str) -> str:
    """How an entry is read: a verb's forms, a verb with a particle, or a fixed phrase."""
    if not isinstance(entry, str):
        return "phrase"
    if "+" in entry:
        return "phrasal"
    if verb is not None:
        return "verb" if verb else "phrase"
    words = len(entry.split())
    return "verb" if words == 1 or (words == 5 and morphology == "en") else "phrase"


def _entry_problems(entry: object, shape: str, morphologies: Sequence[str]) -> str:
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
        for morphology in dict.fromkeys(morphologies):
            if shape == "phrasal":
                phrasal_forms(entry, morphology)
            elif shape == "verb":
                inflect(entry, morphology)
    except ValueError as error:
        return f"{entry!r}: {error}"
    return ""


def _check_text(text: object, function: str = "extract_quotes") -> None:
    if not isinstance(text, str):
        raise TypeError(
            f"{function}() needs the text as str, got {type(text).__name__}; "
            + (
                "decode bytes first, e.g. data.decode('utf-8')."
                if isinstance(text, (bytes, bytearray, memoryview))
                else "pass the article's text."
            )
        )


@attrs.frozen
class _Pipeline:
    """What one language of a configuration needs, compiled."""

    pack: LanguagePack
    grammar: Grammar
    abbreviations: frozenset[str]


@attrs.frozen
class _Compiled:
    """Everything a configuration needs to run, compiled once."""

    languages: tuple[_Pipeline, ...]
    scanner: QuoteScanner
    rules: tuple[tuple[Rule, regex.Pattern[str] | None], ...]
    rank: dict[str, int]


@functools.lru_cache(maxsize=64)
def _compiled(extractor: Extractor) -> _Compiled:
    """Compile (once per configuration) what ``extractor`` needs."""
    disabled = extractor.disabled_rules
    return _Compiled(
        languages=_pipelines(extractor),
        scanner=QuoteScanner(_with_pack_marks(extractor)),
        rules=tuple(
            (rule, rule.compiled()) for rule in extractor.rules if rule.name not in disabled
        ),
        rank={name: index for index, name in enumerate(extractor.chain)},
    )


def _with_pack_marks(extractor: Extractor) -> tuple[QuoteMarkPair, ...]:
    """The extractor's quotation marks and its language packs' own, each pair once."""
    pairs = list(extractor.quote_marks)
    known = {(pair.open, pair.close) for pair in pairs}
    for code in extractor.languages:
        for opening, closing in load(code).quote_marks:
            if (opening, closing) not in known:
                known.add((opening, closing))
                pairs.append(QuoteMarkPair(opening, closing, f"{code} pack"))
    return tuple(pairs)


def _pipelines(extractor: Extractor) -> tuple[_Pipeline, ...]:
    return tuple(
        _language_pipeline(code, extractor.added_cues, extractor.removed_cues)
        for code in extractor.languages
    )


@functools.lru_cache(maxsize=64)
def _language_pipeline(
    code: str, added: tuple[tuple[str, str, str], ...], removed: frozenset[str]
) -> _Pipeline:
    pack = load(code)
    if added or removed:
        pack = _customised(pack, added, removed)
    return _Pipeline(pack, grammar_for(pack), frozenset(pack.abbreviations))


def _customised(
    pack: LanguagePack, added: tuple[tuple[str, str, str], ...], removed: frozenset[str]
) -> LanguagePack:
    verbs = {category: list(entries) for category, entries in pack.verbs}
    phrasal = list(pack.phrasal_cues)
    nominal = list(pack.nominal_cues)
    for category, entry, shape in added:
        if shape == "phrasal":
            phrasal.append((category, entry))
        elif shape == "verb":
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
def _default_extractor(language: str | tuple[str, ...], scope: frozenset[CueCategory]) -> Extractor:
    return Extractor(language=language, scope=scope)


def extract_quotes(text: str, *, language: Language = "en", scope: Scope = "quotes") -> list[Quote]:
    """Find every quotation in ``text``, with its attribution cue and speaker.

    Returns :class:`~quoteattr.Quote` values ordered by position: direct quotations,
    reported speech (indirect) and reported speech with quoted words (mixed). ``scope``
    chooses which attributions count: ``"quotes"`` (the default: speech and writing),
    ``"all"`` (beliefs and evidence too: "she believes", "the report found"), or a
    collection of :class:`~quoteattr.CueCategory` values or names. ``language`` picks the
    language pack (or several, in order, for an archive in several languages). For other
    settings (your own cues, quotation marks, rules), build an
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
    return _run(_default_extractor(_languages(language), resolve_scope(scope)), text)


def analyze(text: str, *, language: Language = "en", scope: Scope = "quotes") -> Document:
    """Read ``text`` as a whole article: a :class:`~quoteattr.Document`.

    Its ``quotes`` are those of :func:`extract_quotes` with each speaker resolved across
    the article (``Speaker.name`` for "he", "the head of state" or a surname, and
    ``Speaker.named_by``, the mention that gave the name); ``sources`` the reporting
    sources ("Trend reports", "(Reuters)", "citing the ministry") and ``quote_sources``
    each quotation's chain of them; ``dateline`` the dateline; ``people`` each quoted
    person once, with every mention and quotation; ``links`` the reported quotations that
    repeat a later quotation by the same speaker. :func:`extract_quotes` stays the fast
    path when only quotations are needed.

    >>> document = analyze(
    ...     "President Ana Ortiz said the port will reopen.\\n\\n"
    ...     '"The port will reopen in May," the head of state said.'
    ... )
    >>> [(q.speaker.mention.text, q.speaker.name) for q in document.quotes]
    [('President Ana Ortiz', 'Ana Ortiz'), ('the head of state', 'Ana Ortiz')]

    :raises TypeError: when ``text`` is not a ``str``.
    """
    _check_text(text, "analyze")
    return _default_extractor(_languages(language), resolve_scope(scope)).analyze(text)


def _run(extractor: Extractor, text: str) -> list[Quote]:
    compiled = _compiled(extractor)
    disabled = extractor.disabled_rules
    paragraphs = paragraph_bounds(text)
    quoted = compiled.scanner.scan(text, paragraphs)
    found: list[tuple[Candidate, _Pipeline | None]] = []
    for pipeline in compiled.languages:
        sentences = sentence_bounds(
            text, paragraphs, pipeline.abbreviations, [(q.start, q.end) for q in quoted]
        )
        candidates = _built_in(text, quoted, sentences, pipeline.grammar, extractor, disabled)
        found = _add_language(found, candidates, pipeline)
    if compiled.rules:
        context = RuleContext(
            quoted=tuple((q.start, q.end) for q in quoted),
            sentences=tuple(sentences),
            paragraphs=tuple(paragraphs),
        )
        custom = run_rules(text, compiled.rules, context, quoted, extractor.scope)
        found = claim([*found, *((c, None) for c in custom)], _first, compiled.rank)
    # The results replace the candidates one by one: on a long text, tens of thousands of
    # objects fewer alive at once for the garbage collector to walk while results grow.
    del quoted, candidates
    found.reverse()
    quotes = []
    while found:
        candidate, found_by = found.pop()
        quotes.append(_to_quote(text, candidate, found_by))
    return quotes


def _add_language(
    found: list[tuple[Candidate, _Pipeline | None]],
    candidates: Sequence[Candidate],
    pipeline: _Pipeline,
) -> list[tuple[Candidate, _Pipeline | None]]:
    """The quotations of one more language, where they overlap none of the earlier
    languages' quotations."""
    if not found:
        return [(candidate, pipeline) for candidate in candidates]
    taken = SpanIndex((c.start, c.end) for c, _ in found)
    added = [(c, pipeline) for c in candidates if not taken.overlaps(c.start, c.end)]
    return sorted([*found, *added], key=lambda item: item[0].start)


def _first(item: tuple[Candidate, _Pipeline | None]) -> Candidate:
    return item[0]


def _built_in(
    text: str,
    quoted: Sequence[QuotedSpan],
    sentences: Sequence[tuple[int, int]],
    grammar: Grammar,
    extractor: Extractor,
    disabled: frozenset[str],
) -> list[Candidate]:
    """The quotations the built-in rules find, in text order and not overlapping."""
    categories = extractor.scope
    # Every cue of the text in one pass, for both the direct and the reported rules.
    cues = CueIndex(grammar.lexicon, text)
    direct = release_disabled(
        attribute_direct(text, quoted, grammar, categories, cues), quoted, disabled
    )
    if "mixed" not in disabled:
        direct = widen_to_sentences(text, direct, sentences)
    reported = attribute_reported(
        text, sentences, quoted, direct, grammar, categories, disabled=disabled, cues=cues
    )
    return settle(
        text, direct, reported, disabled=disabled, abbreviations=grammar.pack.abbreviations
    )


def _to_quote(text: str, candidate: Candidate, pipeline: _Pipeline | None) -> Quote:
    """The public value of a candidate; ``pipeline`` is the language that found it (None
    for the user's rules, whose cue and speaker stand as captured)."""
    if pipeline is None:
        return _checked_quote(text, candidate)
    # The built-in rules' offsets are valid by construction: build the values without
    # re-running the attrs validators (see ``results._trusted_span``).
    speaker = None
    cue = None
    speaker_span = candidate.speaker
    if speaker_span is not None:
        mention = _trusted_span(text, *speaker_span)
        speaker = _trusted_speaker(mention, name_of(mention.text, pipeline.pack))
    if candidate.cue is not None:
        speaker_end = speaker_span[1] if speaker_span else 0
        floor = speaker_end if speaker_end <= candidate.cue[0] else 0
        cue = _trusted_span(text, *pipeline.grammar.cue_phrase(text, candidate.cue, floor))
    rule = candidate.rule
    span = _trusted_span(text, candidate.start, candidate.end)
    return _trusted_quote(
        span,
        _part_spans(text, candidate, span),
        candidate.kind,
        cue,
        speaker,
        rule,
        candidate.category,
        confidence(rule, pipeline.pack.code) if rule else None,
    )


def _part_spans(text: str, candidate: Candidate, span: Span) -> tuple[Span, ...]:
    """The spans of a candidate's parts; ``span`` is its envelope's."""
    parts = candidate.parts
    if parts == ((candidate.start, candidate.end),):
        # Reported speech is its own only part (two in three quotations): the envelope's
        # value, immutable, serves as the part too.
        return (span,)
    return tuple([_trusted_span(text, start, end) for start, end in parts])


def _checked_quote(text: str, candidate: Candidate) -> Quote:
    """The public value of a user's rule's candidate, every field validated."""
    speaker = None
    cue = None
    if candidate.speaker is not None:
        speaker = Speaker(Span.of(text, *candidate.speaker), None)
    if candidate.cue is not None:
        cue = Span.of(text, *candidate.cue)
    return Quote(
        span=Span.of(text, candidate.start, candidate.end),
        parts=tuple(Span.of(text, start, end) for start, end in candidate.parts),
        kind=candidate.kind,
        cue=cue,
        speaker=speaker,
        rule=candidate.rule,
        category=candidate.category,
        confidence=None,  # the user's own rules: not measured
    )
