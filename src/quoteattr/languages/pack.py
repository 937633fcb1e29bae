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


def _guards(
    value: Iterable[tuple[str, Iterable[str]]],
) -> tuple[tuple[str, tuple[str, ...]], ...]:
    return tuple((cue, _words(nouns)) for cue, nouns in value)


def _pairs(value: Iterable[tuple[str, str]]) -> tuple[tuple[str, str], ...]:
    return tuple((category, entry) for category, entry in value)


@attrs.frozen(cache_hash=True)
class LanguagePack:
    """Everything language-specific: reporting verbs, speaker words, titles, and the words
    of the grammar around cues.

    Packs are data; :mod:`quoteattr.cues`, :mod:`quoteattr.speakers` and
    :mod:`quoteattr.attribution.grammar` compile them into patterns. ``verbs`` maps a cue
    category ("speech", "writing", "thought", "evidence") to verb entries, inflected by the
    function ``morphology`` names in :mod:`quoteattr.languages.morphology` (the entry
    formats are described in :mod:`quoteattr.languages.en`, ``de`` and ``ru``);
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
    cue_adverb_suffixes: tuple[str, ...] = attrs.field(converter=_words, default=())
    """Endings of the adverbs that, right before a cue, annotators count as part of it
    ("publicly said", "repeatedly warned"): "ly" in English."""
    cue_adverb_exceptions: tuple[str, ...] = attrs.field(converter=_words, default=())
    """Words with such an ending that are no adverbs ("rally", "family")."""
    cue_tails: tuple[str, ...] = attrs.field(converter=_words, default=())
    """Phrases that, right after a verb cue, annotators count as part of it ("said in a
    statement")."""
    colon_non_speakers: tuple[str, ...] = attrs.field(converter=_words, default=())
    removed_cues: tuple[str, ...] = attrs.field(converter=_words, default=())
    impression_verbs: tuple[str, ...] = attrs.field(converter=_words, default=())
    quote_marks: tuple[tuple[str, str], ...] = attrs.field(default=(), converter=_pairs)
    """The (opening, closing) quotation marks the language's news writes. Every extractor
    already reads the common conventions of all languages at once (see
    :data:`quoteattr.marks.DEFAULT_PAIRS`); a pack's marks that are not among them are
    added for the texts it reads."""
    people: PeopleWords = attrs.field(factory=PeopleWords)
    """Words for resolving speakers across a document (see :mod:`quoteattr.resolution`)."""
    morphology: str = "en"
    """How verb entries become word forms: the name of a function in
    :mod:`quoteattr.languages.morphology` ("en", "de", "ru")."""

    # The words of the grammar around cues. Every list may be empty: the pattern built
    # from an empty list never matches, so a pack only lists what its language has.
    complementizers: tuple[str, ...] = attrs.field(converter=_words, default=())
    """Words that open reported content and belong to neither cue nor content ("that")."""
    infinitive_markers: tuple[str, ...] = attrs.field(converter=_words, default=())
    """Words that make the cue after them an infinitive, whose speaker is the sentence's
    subject, not the noun before them ("the first member of Congress to endorse him")."""
    progressive_auxiliaries: tuple[str, ...] = attrs.field(converter=_words, default=())
    """Auxiliaries that make a participle cue after them a finite verb in the progressive,
    whose speaker is the subject before them ("Trump is thanking his supporters")."""
    document_nouns: tuple[str, ...] = attrs.field(converter=_words, default=())
    """Nouns of documents ("statement", "letter"): a participle cue after one ("issued a
    statement saying ...") reports the words of the sentence's subject, who wrote it."""
    object_determiners: tuple[str, ...] = attrs.field(converter=_words, default=())
    """Articles and possessives whose noun phrase, right after a verb or preposition, is an
    object: a participle cue after it ("opened the rally blasting Lee") goes with the
    sentence's subject. Quantities ("30 percent of voters saying") are left out: they
    speak themselves."""
    time_nouns: tuple[str, ...] = attrs.field(converter=_words, default=())
    """Nouns of time that, beside ``time_words``, make a noun phrase after a determiner a
    time, never a speaker ("the same time", "that day", "this year")."""
    causative_verbs: tuple[str, ...] = attrs.field(converter=_words, default=())
    """Verb entries (inflected as cue verbs are) whose object is the subject of the
    infinitive after it: in "The ruling led critics to say …" the critics speak, not the
    sentence's subject."""
    recipient_verbs: tuple[str, ...] = attrs.field(converter=_words, default=())
    """Verb entries (inflected as cue verbs are) whose cue names the one told before the
    content: in "Lee told the council that the bridge was safe" the content is "the bridge
    was safe", and in "The bridge was safe, Lee told Reuters." it is the clause before."""
    clause_verbs: tuple[str, ...] = attrs.field(converter=_words, default=())
    """Verb entries whose content is a clause or a quotation, never the phrase after a
    preposition: after "…, Ortiz said in Avila on Tuesday." the content is the clause
    before the speaker ("Ortiz said at a rally." reports nothing)."""
    circumstance_prepositions: tuple[str, ...] = attrs.field(converter=_words, default=())
    """Prepositions that open a circumstance right after one of ``clause_verbs`` ("in",
    "at", "during")."""
    recipient_pronouns: tuple[str, ...] = attrs.field(converter=_words, default=())
    """Pronouns that stand alone as the one told ("told her", "told them")."""
    recipient_openers: tuple[str, ...] = attrs.field(converter=_words, default=())
    """Words that open the content after the one told ("told the council that ...",
    "told voters how ..."); not "who" or "when", which go on describing the one told."""
    opening_prepositions: tuple[str, ...] = attrs.field(converter=_words, default=())
    """Prepositions, besides the phrase stop words, that may open a sentence with a
    participle clause whose subject is the main clause's ("Despite praising Lee, Ortiz
    voted no")."""
    passive_agents: tuple[str, ...] = attrs.field(converter=_words, default=())
    """Words that name the agent of a passive ("by"). A thought or evidence cue in the
    passive (after a progressive auxiliary, a form of "be") with no agent after it names
    no source: the sentence is reported, as after "seem" ("Trump is expected to win").
    Empty: no such rule."""
    verb_openers: tuple[str, ...] = attrs.field(converter=_words, default=())
    """Words after which a noun-like cue form stands as a verb ("who reports"), besides
    pronouns and cue adverbs."""
    relative_pronouns: tuple[str, ...] = attrs.field(converter=_words, default=())
    """Relative pronouns opening an apposition after a speaker ("who", "which")."""
    apposition_openers: tuple[str, ...] = attrs.field(converter=_words, default=())
    """Words opening an apposition between a speaker and the cue ("who", "a", "the")."""
    time_prepositions: tuple[str, ...] = attrs.field(converter=_words, default=())
    """Words opening a time phrase between a speaker and the cue ("on" Monday, "last")."""
    time_modifiers: tuple[str, ...] = attrs.field(converter=_words, default=())
    """Words between such a preposition and the time word ("on this Monday")."""
    time_words: tuple[str, ...] = attrs.field(converter=_words, default=())
    """Days, months and parts of the day that end a time phrase."""
    complement_words: tuple[str, ...] = attrs.field(converter=_words, default=())
    """Words that may follow a cue before its content ("told reporters on Monday that"),
    matched in any case."""
    coordinators: tuple[str, ...] = attrs.field(converter=_words, default=())
    """Conjunctions before a second cue of one sentence ("and warned that")."""
    participle_suffixes: tuple[str, ...] = attrs.field(converter=_words, default=())
    """Endings of a participle cue after a comma (", adding that ...")."""
    circumstance_words: tuple[str, ...] = attrs.field(converter=_words, default=())
    """Words after a cue that tell how the words were said ("said while visiting")."""
    circumstance_exceptions: tuple[str, ...] = attrs.field(converter=_words, default=())
    """Words with a participle ending that are no participle ("nothing", "being")."""
    according_cues: tuple[str, ...] = attrs.field(converter=_words, default=())
    """Nominal cues that the speaker follows, with the content on either side
    ("according to")."""
    plural_suffixes: tuple[str, ...] = attrs.field(converter=_words, default=())
    """Endings of a lower-case plural subject, after which a noun-like cue is a verb."""
    asked_openers: tuple[str, ...] = attrs.field(converter=_words, default=())
    """Words that may open a sentence before the "asked" cue ("When asked")."""
    asked_cues: tuple[str, ...] = attrs.field(converter=_words, default=())
    """The participle that reports a question opening a sentence ("Asked whether ...")."""
    asked_agents: tuple[str, ...] = attrs.field(converter=_words, default=())
    """Prepositions of who asked ("asked by reporters")."""
    asked_topics: tuple[str, ...] = attrs.field(converter=_words, default=())
    """Prepositions of a one-word topic ("asked on Monday")."""
    asked_adverbs: tuple[str, ...] = attrs.field(converter=_words, default=())
    """Adverbs right after "asked" ("asked again")."""
    question_words: tuple[str, ...] = attrs.field(converter=_words, default=())
    """Words opening an indirect question ("whether", "why")."""
    of_prepositions: tuple[str, ...] = attrs.field(converter=_words, default=())
    """Prepositions that extend a noun-phrase speaker ("a spokeswoman for the ministry")."""
    articles: tuple[str, ...] = attrs.field(converter=_words, default=())
    """Articles that may follow such a preposition."""
    percent_words: tuple[str, ...] = attrs.field(converter=_words, default=())
    """Words for per cent after a number that opens a speaker ("60 percent of voters")."""
    clause_openers: tuple[str, ...] = attrs.field(converter=_words, default=())
    """Conjunctions after which a clause, and so a bare speaker, may start."""
    capitalised_only_pronouns: tuple[str, ...] = attrs.field(converter=_words, default=())
    """Pronouns that are speakers only when capitalised ("I", not "i")."""

    # Shapes that English does without (its pack leaves them empty).
    tag_cues: tuple[str, ...] = attrs.field(converter=_words, default=())
    """Nominal cues that count only after a comma, with the speaker after them: German
    "…, so Müller." ("so" is an adverb anywhere else)."""
    guarded_cues: tuple[tuple[str, tuple[str, ...]], ...] = attrs.field(
        converter=_guards, default=()
    )
    """Nominal cues that count only when one of their nouns follows within two words:
    German "nach" only in "nach (eigenen) Angaben", "nach Informationen", …"""
    postposed_cues: tuple[str, ...] = attrs.field(converter=_words, default=())
    """Nominal cues whose speaker stands before them, the content on both sides: German
    "Der Polizei zufolge …"."""
    source_prepositions: tuple[str, ...] = attrs.field(converter=_words, default=())
    """Prepositions that may stand between a cue and the speaker after it ("heißt es in
    der Erklärung")."""
    subjunctive_forms: tuple[str, ...] = attrs.field(converter=_words, default=())
    """Verb forms of the mood of reported speech (German Konjunktiv I: "sei", "habe"). A
    sentence with one, right after an attributed quotation, continues it."""
    passive_auxiliaries: tuple[str, ...] = attrs.field(converter=_words, default=())
    """Words right after a cue that make it passive, so that no speaker stands before it
    (German "kritisiert worden")."""
    adjective_endings: tuple[str, ...] = attrs.field(converter=_words, default=())
    """Endings of inflected adjectives, in a language that capitalises its nouns (German):
    a speaker phrase is then made of capitalised nouns and the adjectives before them."""
    content_clause_markers: tuple[str, ...] = attrs.field(converter=_words, default=())
    """Conjunctions of a content clause after a comma ("…, dass …"): in a sentence with no
    other attribution, such a clause is reported content, its subject the speaker."""
    self_sourced_cues: tuple[str, ...] = attrs.field(converter=_words, default=())
    """Adverbs that refer back to a source and stand for it ("Demnach sei …", "wonach")."""
    finite_auxiliaries: tuple[str, ...] = attrs.field(converter=_words, default=())
    """Finite auxiliaries and modals that stand second while the cue closes the clause
    (German "hat … angekündigt", "will … bestätigen")."""
    source_clause_openers: tuple[str, ...] = attrs.field(converter=_words, default=())
    """Words between the comma and the speaker of an attribution clause closing the
    sentence (German "…, wie die Zeitung berichtete.")."""
    impersonal_cues: tuple[str, ...] = attrs.field(converter=_words, default=())
    """Cues with no speaker of their own, perhaps a document ("heißt es in der Erklärung")."""
    anaphors: tuple[str, ...] = attrs.field(converter=_words, default=())
    """Demonstratives that, alone before the cue, stand for the sentence before ("Dies
    bestätigte der Minister.")."""
    attribution_dashes: tuple[str, ...] = attrs.field(converter=_words, default=())
    """Dashes that may stand between a quotation and its attribution (Russian «…», —
    сказал он)."""
    bare_noun_speakers: bool = False
    """Whether a speaker may be a noun phrase with no determiner anywhere (a language with
    no articles: "сказал министр")."""
    line_colon: bool = True
    """Whether a speaker and a colon opening a line attribute the rest of it ("TRUMP: We
    will win."). Not where every noun is capitalised, so that a heading such as "Bild:"
    looks like a name (German)."""
    verb_second: bool = False
    """Whether the finite verb comes second, so that the subject follows the cue when
    something else opens the sentence ("Am Montag sagte der Minister, …")."""
