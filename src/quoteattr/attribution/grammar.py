"""The compiled patterns that attribution rules match around cues and quotations."""

from __future__ import annotations

import functools
import re
from collections.abc import Collection

import attrs
import regex

from quoteattr.cues import CueLexicon, alternation, inflect, lexicon_for, one_of, word_trie
from quoteattr.languages.pack import LanguagePack
from quoteattr.results import CueCategory
from quoteattr.speakers import adverb_by_ending, speaker_pattern

__all__ = ["WINDOW", "Grammar", "grammar_for"]

# How far around a quotation or a cue the rules look, in characters.
WINDOW = 300
# How many distinct cue forms a grammar remembers (German separable verbs make many).
_FORM_CACHE = 4096

# A comma before a tag cue, perhaps after a closing quotation mark: '„…“, so Müller'.
_TAG_PLACE = regex.compile(r",[\"'“”»«]?[^\S\n]*\Z|[\"'“”»«],?[^\S\n]*\Z", regex.REVERSE)
_PREVIOUS_WORD = regex.compile(r"([\w'’\-]+)[^\S\n]+\Z", regex.REVERSE)
_NEXT_WORD = regex.compile(r"[^\S\n]+([\w'’\-]+)")
# A party and state after a name: "Sen. Rand Paul (R-Ky.)". Optional pieces of these
# patterns are written "(?:X|)", not "(?:X)?": the same matches in the same order, but both
# engines run an optional group as a repeat, with bookkeeping at every try (see
# ``cues._or_nothing``).
_AFFILIATION = r"(?:[^\S\n]*\([^()\n]{1,40}\)|)"
# An age after a name, before the apposition that goes on: "Ann Lee, 58, who lives ...".
_AGE = r"(?:,[^\S\n]+\d{1,3}(?=,)|)"


def _lower_forms(pack: LanguagePack, entries: tuple[str, ...]) -> frozenset[str]:
    """Every form of verb ``entries``, inflected as cue verbs are, in lower case."""
    return frozenset(form.lower() for entry in entries for form in inflect(entry, pack.morphology))


def _recipient(pack: LanguagePack, mention: str) -> str:
    """The one told, right after a cue of telling, where what follows shows it is not the
    content: a ``mention`` (a noun phrase, a name) before a word that opens the content or
    a quotation after a comma or colon ("the council that", "reporters on Monday how",
    "his staff, '"), a pronoun ("told her", not "told him and his staff"), or a name
    before the content's own subject or the sentence's end ("told Reuters the plan ...",
    "..., Lee told The Herald.")."""
    space = r"[^\S\n]"
    # Complement words may stand between ("told the council on Monday that"), but not the
    # complementizer, which opens the content.
    between = [word for word in pack.complement_words if word not in pack.complementizers]
    complement = rf"(?:{space}+(?i:{one_of(between)})(?![\w\-'’]))*" if between else ""
    opens_content = (
        rf"{complement}(?:{space}*[,:]{space}*[\"“‘«']|{space}*:"
        rf"|{space}+{one_of(pack.recipient_openers)}(?![\w\-'’]))"
    )
    capitalised = r"\p{Lu}[\p{L}\p{M}\p{Nd}\-&.'’]*"
    subject = one_of([*pack.pronouns, *pack.determiners])
    # Only a time between a name and the subject ("told Reuters on Monday the plan"): not
    # "as" ("told Reuters as he left" says nothing of what was told).
    time = [*pack.time_prepositions, *pack.time_modifiers, *pack.time_words]
    when = rf"(?:{space}+(?i:{one_of(time)})(?![\w\-'’]))*" if time else ""
    name_before_subject = (
        rf"{capitalised}(?:{space}+{capitalised})*"
        rf"(?={when}(?:{space}+{subject}(?![\w\-])|{space}*[.!?]?{space}*\Z))"
    )
    # A pronoun that is never a determiner first ("told them Ortiz ..."); one that may be
    # ("her") only where no noun phrase it opens goes on ("told her staff that").
    alone = rf"(?![\w\-'’])(?!{space}+{one_of(pack.coordinators)}(?![\w\-'’]))"
    pronouns = [word for word in pack.recipient_pronouns if word not in pack.determiners]
    possessives = [word for word in pack.recipient_pronouns if word in pack.determiners]
    return (
        rf"{space}*(?:{one_of(pronouns)}{alone}"
        rf"|(?:{mention})(?={opens_content})"
        rf"|{one_of(possessives)}{alone}"
        rf"|{name_before_subject})"
    )


def _apposition(pack: LanguagePack) -> str:
    """An apposition or relative clause between a speaker and the cue: "Hugh Hill, a
    doctor, said" / "Smith, who chairs the panel, said"; a relative clause may hold
    commas ("Smith, who served in Iran, Iraq and Peru, said"), tried before a plain
    apposition would take "Iraq and Peru" for one and "Iran" for the speaker. Dashes may
    set it apart too ("Ann Lee — a teacher from Ava — says")."""
    return (
        _AFFILIATION + _AGE + rf"(?:,[^\S\n]+{one_of(pack.apposition_openers)}\b"
        r"[^,;:\"“”«»\n]{1,150},"
        rf"|,[^\S\n]+{one_of(pack.relative_pronouns)}\b[^;:\"“”«»\n]{{1,150}}?,"
        r"|,[^\S\n]+[^,;:\"“”«»\n]{1,100}?,"
        # Between dashes: "Ann Lee — a teacher from Ava — says".
        r"|[^\S\n]+[—–][^\S\n]+[^—–;:\"“”«»\n]{1,100}?[^\S\n]+[—–]|)"
    )


def _when(pack: LanguagePack) -> str:
    """When, between a speaker and the cue: "Smith on Friday said", "the poll out this week
    shows"."""
    return (
        rf"(?:[^\S\n]+{one_of(pack.time_prepositions)}"
        rf"(?:[^\S\n]+{one_of(pack.time_modifiers)}|)"
        rf"[^\S\n]+{one_of(pack.time_words)}|)"
    )


@attrs.frozen
class Grammar:
    """Compiled attribution patterns for one language pack.

    * ``after`` matches at the end of a quotation: ``, she said`` / ``, said the minister``;
    * ``introduction`` matches from a cue up to the quotation it introduces: ``told
      reporters:`` (the speaker before the cue is ``speaker_before``'s);
    * ``interruption`` matches the whole gap between two pieces of one quotation, and
      ``interruption_end`` (a reverse pattern) the way it ends (", " before the next piece);
    * ``speaker_before`` (a reverse pattern) matches the speaker ending right before a cue;
    * ``speaker_after`` matches the speaker right after a cue (``said the minister``);
    * ``complement`` matches what may follow a cue before its content ("that", "on Tuesday");
    * ``colon_speaker`` matches a speaker and a colon opening a line or sentence
      ("Ryan: ...", "TRUMP: ...");
    * ``subject`` matches the subject opening a sentence (for ", saying ...");
    * ``named_lead`` matches a speaker opening a sentence before an apposition's comma
      ("Ann Lee, a driver from Ava, said ...");
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
    interruption_end: regex.Pattern[str]
    speaker_before: regex.Pattern[str]
    speaker_after: regex.Pattern[str]
    subject_after: regex.Pattern[str]
    complement: regex.Pattern[str]
    verb_openers: frozenset[str]
    name_stopwords: frozenset[str]
    determiners: frozenset[str]
    auxiliaries: regex.Pattern[str]
    cue_adverb: regex.Pattern[str]
    complementizer_before: regex.Pattern[str]
    cue_tail: regex.Pattern[str]
    infinitive: regex.Pattern[str]
    progressive: regex.Pattern[str]
    lowered_adverbs: regex.Pattern[str]
    agent: regex.Pattern[str]
    coordinator: regex.Pattern[str]
    final_attribution: regex.Pattern[str]
    colon_speaker: regex.Pattern[str]
    subject: regex.Pattern[str]
    named_lead: regex.Pattern[str]
    apposition_end: regex.Pattern[str]
    asked: regex.Pattern[str]
    asked_hint: re.Pattern[str]
    coordinator_hint: re.Pattern[str]
    trailing_function: regex.Pattern[str]
    content_lead: regex.Pattern[str]
    circumstance: regex.Pattern[str]
    participle_suffixes: tuple[str, ...]
    according_cues: frozenset[str]
    plural_suffixes: tuple[str, ...]
    tag_cues: frozenset[str]
    guards: dict[str, regex.Pattern[str]]
    postposed_cues: frozenset[str]
    subjunctive: regex.Pattern[str]
    content_clause: regex.Pattern[str]
    self_sourced_cues: frozenset[str]
    passive: regex.Pattern[str]
    clause_boundary: regex.Pattern[str]
    subject_lead: regex.Pattern[str]
    finite_auxiliary: regex.Pattern[str]
    clause_after: regex.Pattern[str]
    comma_before_speaker: regex.Pattern[str]
    impersonal_cues: frozenset[str]
    anaphor: regex.Pattern[str]
    dash_after_quote: regex.Pattern[str]
    clause_words: frozenset[str]
    causative_forms: frozenset[str]
    recipient_forms: frozenset[str]
    clause_verb_forms: frozenset[str]
    circumstance_prepositions: frozenset[str]
    clause_markers: frozenset[str]
    recipient: regex.Pattern[str]
    causative: regex.Pattern[str]
    subject_apposition: regex.Pattern[str]
    time_nouns: frozenset[str]
    time_lead: regex.Pattern[str]
    object_pronouns: frozenset[str]
    infinitive_folded: tuple[str, ...]
    # What the lexicon says about each cue form met so far: its category, whether it is
    # also a noun, whether it is a nominal cue, whether it may head a noun phrase (a
    # cache, filled as texts are read).
    _forms: dict[str, tuple[CueCategory, bool, bool, bool]] = attrs.field(
        init=False, factory=dict, eq=False, repr=False
    )

    def _form(self, form: str) -> tuple[CueCategory, bool, bool, bool]:
        info = self._forms.get(form)
        if info is None:
            lexicon = self.lexicon
            nominal = lexicon.is_nominal(form)
            info = (
                lexicon.category_of(form),
                form.lower() in lexicon.noun_like,
                nominal,
                nominal or form.split()[0].lower() in lexicon.noun_like,
            )
            if len(self._forms) < _FORM_CACHE:
                self._forms[form] = info
        return info

    def is_nominal(self, form: str) -> bool:
        """Whether a matched cue form is a nominal cue ("according to", "in a statement")."""
        return self._form(form)[2]

    def is_noun_head(self, form: str) -> bool:
        """Whether a cue form may head a noun phrase: a nominal cue, or one whose first
        word is also a noun ("call for", "promise")."""
        return self._form(form)[3]

    def is_participle(self, form: str) -> bool:
        """Whether a cue form is a participle (", adding that ...")."""
        if not self.participle_suffixes:
            return False
        # A phrasal cue's verb comes first ("pointing out"); "according to" is no verb.
        verb = form.split(maxsplit=1)[0] if " " in form and not self.is_nominal(form) else form
        return verb.endswith(self.participle_suffixes)

    def is_according(self, form: str) -> bool:
        """Whether a cue form is one the speaker follows ("according to X")."""
        return " ".join(form.lower().split()) in self.according_cues

    def content_start(self, text: str, cue_end: int, end: int) -> int:
        """Where what may be a cue's content starts, after the cue's tail ("said in a
        statement", which the cue phrase takes in) and its complement ("told reporters on
        Monday that")."""
        start = self._after_tail(text, cue_end, end)
        return self.complement.match(text, start, end).end()  # type: ignore[union-attr]

    def _after_tail(self, text: str, cue_end: int, limit: int) -> int:
        """Where the pack's tail after a verb cue ends ("said in a statement"), or
        ``cue_end`` where none follows (before ``limit``)."""
        # A tail is one of a few fixed phrases after spaces: a string test rules out the
        # pattern for nearly every cue at a fraction of its cost.
        after = text[cue_end : cue_end + 40].lstrip()
        if text[cue_end - 1 : cue_end].isalpha() and after.startswith(self.pack.cue_tails):
            tail = self.cue_tail.match(text, cue_end, min(limit, cue_end + 40))
            if tail is not None:
                return tail.end()
        return cue_end

    def past_recipient(self, text: str, tail: int, end: int, cue: str) -> int:
        """Where the content after a cue of telling starts, past the one told and the
        complement after it ("told Reuters on Monday that" -> the content's "that");
        ``tail`` for any other ``cue`` (as written in the text), or where no one told
        stands there."""
        # A capitalised cue is a headline's ("Mayor Tells Council ..."), in title case.
        if cue[:1].isupper() or cue.lower() not in self.recipient_forms:
            return tail
        match = self.recipient.match(text, tail, end)
        if match is None:
            return tail
        return self.complement.match(text, match.end(), end).end()  # type: ignore[union-attr]

    def cue_phrase(self, text: str, cue: tuple[int, int], floor: int) -> tuple[int, int]:
        """The cue as annotators mark it: auxiliaries and adverbs before it ("has publicly
        said", never before ``floor``, the speaker's end), the pack's tails after a verb
        ("said in a statement") and a colon right after it ("said:"), and without a
        trailing "that" ("claim that")."""
        start, end = cue
        # Only a cue ending in a complementizer ("claim that") can lose one.
        if text.endswith(self.pack.complementizers, start, end):
            trimmed = self.trailing_function.match(text, start, end)
            if trimmed is not None:
                end = trimmed.start()
        start = self._modifiers_start(text, start, floor)
        end = self._after_tail(text, end, len(text))
        if text[end : end + 1] == ":":
            end += 1
        return start, end

    def _modifiers_start(self, text: str, start: int, floor: int) -> int:
        """Where the auxiliaries and adverbs right before a cue start ("has publicly")."""
        while True:
            lowest = max(floor, start - 40)
            # Both patterns need a word after the floor, and most cues follow their speaker
            # right away ("Lee said"): only spaces between, told without either pattern.
            if not text[lowest:start].strip():
                return start
            auxiliaries = self.auxiliaries.match(text, lowest, start)
            if auxiliaries is not None:
                start = auxiliaries.start()
            adverb = self.cue_adverb.match(text, max(floor, start - 30), start)
            if adverb is None:
                return start
            start = adverb.start()

    def cue_category(
        self, text: str, cue_start: int, form: str, categories: Collection[CueCategory]
    ) -> CueCategory | None:
        """The category of the cue ``form`` at ``cue_start`` when it counts here: its
        category is in ``categories`` and, for a noun-like form, it stands as a verb."""
        category, noun_like, _, _ = self._form(form)
        if category not in categories or (
            noun_like and not self._stands_as_verb(text, cue_start, form)
        ):
            return None
        if not self._in_place(text, cue_start, form):
            return None
        if self.is_participle(form) and self._after_determiner(text, cue_start):
            return None  # "the warning", "a briefing": a noun
        return category

    def _in_place(self, text: str, cue_start: int, form: str) -> bool:
        """Whether a cue that counts only in one place stands there: a tag cue after a
        comma ("…, so Müller"), a guarded cue before its noun ("nach Angaben")."""
        if not self.tag_cues and not self.guards:
            return True
        key = form.lower()
        if key in self.tag_cues:
            return _TAG_PLACE.match(text, max(0, cue_start - 8), cue_start) is not None
        guard = self.guards.get(key)
        if guard is None:
            return True
        end = cue_start + len(form)
        return guard.match(text, end, min(len(text), end + 80)) is not None

    def is_verb_here(self, text: str, cue_start: int, form: str) -> bool:
        """Whether a cue form that is also a noun ("state", "report") stands as a verb here.

        It does after a pronoun, an auxiliary or adverb ("will report", "also claims"), a
        plural subject ("officials claim") or a name ("Lopez claims"); every other cue form
        always does.
        """
        if form.lower() not in self.lexicon.noun_like:
            return True
        return self._stands_as_verb(text, cue_start, form)

    def _stands_as_verb(self, text: str, cue_start: int, form: str) -> bool:
        """Whether the words around a noun-like cue form make it a verb."""
        match = _PREVIOUS_WORD.match(text, max(0, cue_start - 40), cue_start)
        if match is None:
            return False
        word = match.group(1)
        lowered = word.lower()
        return (
            lowered in self.verb_openers
            or (
                word.isalpha()
                and word.islower()
                and bool(self.plural_suffixes)
                and lowered.endswith(self.plural_suffixes)
                and len(word) > 3
            )
            or (
                word[:1].isupper()
                and word not in self.name_stopwords
                and not self._after_determiner(text, match.start(1))
            )
            or self._evidence_from_a_source(text, cue_start, form, match)
        )

    def _evidence_from_a_source(
        self, text: str, cue_start: int, form: str, previous: regex.Match[str]
    ) -> bool:
        """ "The poll shows Trump ahead", "A new survey finds that ...": an evidence verb
        in the third person after a singular noun phrase opened by a determiner, and before
        what opens a clause or an object (a determiner, a pronoun, a name, a number,
        "that"). Elsewhere such forms are plural nouns ("the terrorist attacks in")."""
        word = previous.group(1)
        if (
            not self.plural_suffixes
            or not form.endswith(self.plural_suffixes)
            or not (word.isalpha() and word.islower())
            or word.endswith(self.plural_suffixes)
            or self._form(form)[0] is not CueCategory.EVIDENCE
        ):
            return False
        if not self._after_determiner(text, previous.start(1)):
            # "A new survey finds": one lower-case word may stand between.
            before = _PREVIOUS_WORD.match(text, max(0, previous.start(1) - 40), previous.start(1))
            if before is None or not before.group(1).islower():
                return False
            if not self._after_determiner(text, before.start(1)):
                return False
        following = _NEXT_WORD.match(text, cue_start + len(form), cue_start + len(form) + 40)
        if following is None:
            return False
        next_word = following.group(1)
        return (
            next_word.lower() in self.determiners
            or next_word.lower() in self.pack.pronouns
            or next_word.lower() in self.pack.complementizers
            or next_word[:1].isdigit()
            or (next_word[:1].isupper() and next_word not in self.name_stopwords)
        )

    def _after_determiner(self, text: str, word_start: int) -> bool:
        """Whether a determiner stands before the word at ``word_start``: "the GOP debate"
        is a noun phrase, where "Lopez claims" is a clause."""
        match = _PREVIOUS_WORD.match(text, max(0, word_start - 40), word_start)
        return match is not None and match.group(1).lower() in self.determiners


@functools.lru_cache(maxsize=32)
def grammar_for(pack: LanguagePack) -> Grammar:
    """Compile (once per pack) the attribution patterns for ``pack``."""
    lexicon = lexicon_for(pack)
    cue = lexicon.pattern.pattern
    speaker = speaker_pattern(pack)
    # Only for ``speaker_before``: a reverse pattern, its mention after a lookbehind.
    subject = speaker_pattern(pack, bare="clause", reverse=True)
    after_cue = speaker_pattern(pack, bare="always")
    shortest = speaker_pattern(pack, shortest=True)
    # The adverbs as tries (``word_trie``): the same matches as ``alternation``, faster;
    # matched right to left in the reverse patterns, where the trie is of their ends.
    adverbs = word_trie(pack.cue_adverbs)
    adverbs_reverse = word_trie(pack.cue_adverbs, reverse=True)
    ending = adverb_by_ending(pack)
    if ending:
        # Any adverb by its ending may stand there too ("Biden seriously contemplated").
        adverbs = f"(?:{adverbs}|{ending})"
        adverbs_reverse = f"(?:{adverbs_reverse}|{ending})"
    apposition, when = _apposition(pack), _when(pack)
    # A clause opening the sentence before its subject, up to its comma.
    opening = r"(?:[^,\n]{1,80},[^\S\n]+)"
    complementizer = one_of(pack.complementizers)
    # Words after a cue ("told reporters on Monday"); a full stop only inside a word
    # ("U.S."), so a complement never runs past the end of a sentence.
    complement = (
        rf"(?:[^\S\n]+(?!{complementizer}\b)(?:[\p{{L}}\p{{M}}\p{{Nd}}\-'’]|\.(?=\p{{L}}))+){{1,6}}"
    )
    speaker_then_cue = (
        rf"(?P<speaker>{speaker}){apposition}{when}(?:[^\S\n]+{adverbs}){{0,3}}"
        rf"[^\S\n]+(?P<cue>{cue})"
    )
    cue_then_speaker = rf"(?P<cue>{cue})[^\S\n]+(?P<speaker>{speaker})"
    attribution = rf"(?:{speaker_then_cue}|{cue_then_speaker})"
    # Right after a quotation, the place marks where the speaker starts: a name may come
    # after words that describe the person ('," campaign manager Robby Mook said').
    described = speaker_pattern(pack, described=True)
    attribution_after = (
        rf"(?:(?P<speaker>{described}){apposition}{when}(?:[^\S\n]+{adverbs}){{0,3}}"
        rf"[^\S\n]+(?P<cue>{cue})|(?P<cue>{cue})[^\S\n]+(?P<speaker>{described}))"
    )
    # A dash between a quotation and its attribution: «…», — сказал он. Optional pieces
    # of a pattern are left out for a pack without their words, to keep it as fast.
    dash = one_of(pack.attribution_dashes)
    before_cue = rf"(?:{dash}[^\S\n]*|)" if pack.attribution_dashes else ""
    resume = rf"(?:[,:]|[,.]?[^\S\n]*{dash})" if pack.attribution_dashes else "[,:]"
    source = rf"(?:{one_of(pack.source_prepositions)}[^\S\n]+|)" if pack.source_prepositions else ""
    non_speaker = alternation(pack.colon_non_speakers) if pack.colon_non_speakers else r"(?!)"
    appositive = "|".join(map(regex.escape, [*pack.determiners, *pack.relative_pronouns]))
    # A pack without auxiliaries gets a pattern that never matches.
    auxiliary = alternation(pack.cue_auxiliaries) if pack.cue_auxiliaries else r"(?!)"
    flags = regex.VERSION1
    causatives = {
        form for entry in pack.causative_verbs for form in inflect(entry, pack.morphology)
    }
    return Grammar(
        pack=pack,
        lexicon=lexicon,
        after=regex.compile(rf"[^\S\n]*,?[^\S\n]*{before_cue}{attribution_after}", flags),
        dash_after_quote=regex.compile(rf"[^\S\n]*,?[^\S\n]*{dash}"),
        causative_forms=frozenset(causatives),
        recipient_forms=_lower_forms(pack, pack.recipient_verbs),
        clause_verb_forms=_lower_forms(pack, pack.clause_verbs),
        circumstance_prepositions=frozenset(pack.circumstance_prepositions),
        # Words that show a clause: a subject pronoun, an auxiliary, a complementizer.
        clause_markers=frozenset(
            word.lower()
            for word in (
                *pack.pronouns,
                *pack.cue_auxiliaries,
                *pack.complementizers,
                *pack.infinitive_markers,
            )
        ),
        recipient=regex.compile(_recipient(pack, after_cue), flags),
        # Up to two lower-case words before a time ("has in the past", "at"), whose
        # speaker stands before them.
        time_lead=regex.compile(r"(?<![\w\-'’])(?:\p{Ll}+[^\S\n]+){1,2}\Z", regex.REVERSE),
        time_nouns=frozenset(word.lower() for word in (*pack.time_words, *pack.time_nouns)),
        # Pronouns of people that no speaker pattern takes ("him", "them").
        object_pronouns=frozenset(
            word for word, _ in pack.people.pronouns if word not in pack.pronouns
        ),
        # A causative verb, its object (up to eight words, no punctuation) and the
        # infinitive marker before a cue: "led some critics to (say)".
        causative=regex.compile(
            rf"(?<![\w\-'’]){one_of(sorted(causatives, key=len, reverse=True))}[^\S\n]+"
            r"(?P<object>[^\s,;:.!?\"“”()]+(?:[^\S\n]+[^\s,;:.!?\"“”()]+){0,7}?)"
            rf"[^\S\n]+{one_of(pack.infinitive_markers)}[^\S\n]+\Z",
            regex.REVERSE | regex.IGNORECASE,
        ),
        # The infinitive markers case-folded: a cheap test of the words before a cue
        # ("to say") before ``infinitive`` and ``causative`` (which ignores case).
        infinitive_folded=tuple(marker.casefold() for marker in pack.infinitive_markers),
        # Lower-case words that open a clause, whose subject may follow them.
        clause_words=frozenset(
            [
                *pack.coordinators,
                *pack.clause_openers,
                *pack.relative_pronouns,
                *pack.complementizers,
            ]
        ),
        # After a quotation, an attribution that goes on to open another quotation belongs
        # to that one: '"We won!" Ilya Markov told reporters: "We lost."'.
        introduces_quotation=regex.compile(
            rf"(?:{complement}|)[^\S\n]*[:,]?[^\S\n]*(?:``|''|[\"'“‘«„‚»›‹”「『])\w", flags
        ),
        introduction=regex.compile(
            rf"(?:{complement}|)[^\S\n]*(?P<introducer>[:,]|)[^\S\n]*\Z", flags
        ),
        interruption=regex.compile(
            rf"[^\S\n]*,?[^\S\n]*{before_cue}{attribution}(?:{complement}|)"
            rf"[^\S\n]*{resume}[^\S\n]*\Z",
            flags,
        ),
        # How every interruption ends, tested first: most gaps between two quotations do
        # not end so, and this pattern costs a fraction of the whole one.
        interruption_end=regex.compile(rf"{resume}[^\S\n]*\Z", flags | regex.REVERSE),
        # The spaces before the cue are all taken at once ("*+"): whatever stands left of
        # them (an adverb, a time word, an apposition's comma, the speaker) ends in no space.
        speaker_before=regex.compile(
            rf"(?<![\w\-'’])(?P<speaker>{subject}){apposition}{when}"
            rf"(?:[^\S\n]+{adverbs_reverse}){{0,3}}[^\S\n]*{'+' if pack.cue_adverbs else ''}\Z",
            flags | regex.REVERSE,
        ),
        subject_after=regex.compile(rf"[^\S\n]+(?P<speaker>{speaker})(?![\w\-])", flags),
        speaker_after=regex.compile(
            rf"[^\S\n]+{source}(?P<speaker>{after_cue})(?![\w\-])",
            flags,
        ),
        complement=regex.compile(
            # Whole words: in "that this week's report" the content keeps "week's".
            rf"(?:[^\S\n]+{one_of(pack.complement_words)}(?![\w\-'’]))*[^\S\n]*",
            flags | regex.IGNORECASE,
        ),
        verb_openers=frozenset(
            [
                *pack.pronouns,
                *pack.cue_adverbs,
                *pack.verb_openers,
                # "are warning": a noun-like form after a progressive auxiliary is a verb.
                *(auxiliary.split()[-1] for auxiliary in pack.progressive_auxiliaries),
            ]
        ),
        name_stopwords=frozenset(pack.name_stopwords),
        determiners=frozenset(pack.determiners),
        final_attribution=regex.compile(
            rf"[^\S\n]+(?P<speaker>{after_cue}){apposition}(?:{complement}|)"
            rf"[^\S\n]*[.!?]?[\"'”’)]*[^\S\n]*\Z",
            flags,
        ),
        colon_speaker=regex.compile(
            rf"(?!{non_speaker}[^\S\n]*:)(?P<speaker>{speaker})[^\S\n]*(?P<cue>:)[^\S\n]+(?=\S)",
            flags,
        ),
        # Opening clauses before the subject: one, else two or three ("Speaking in Ava,
        # Ohio, Lee …", "On Friday, after the vote, Lee …"), else none. More clauses only
        # where fewer find no subject: "In Ava, Lee hit Ortiz, a rival, calling …" is
        # Lee's, not "a rival"'s. Measured on annotated news against one clause at most:
        # speaker match +0.11, F1 +0.01.
        subject=regex.compile(
            rf"(?:{opening}|{opening}{{2}}|{opening}{{3}}|)(?P<speaker>{shortest}){_AFFILIATION}"
            rf"(?:[^\S\n]+{adverbs})*[^\S\n]+\p{{Ll}}",
            flags,
        ),
        # A subject opening the sentence with an apposition or a circumstance set off by
        # commas before its verb: "Mr. Lee, the party's nominee, has been ..." (tried
        # before ``subject``, which would take "Mr. Lee," for an opening clause).
        subject_apposition=regex.compile(
            rf"(?P<speaker>{speaker}){_AFFILIATION},[^\S\n]+[^,;:\"“”«»\n]{{1,120}}?,"
            rf"(?:[^\S\n]+{adverbs})*[^\S\n]+\p{{Ll}}",
            flags,
        ),
        named_lead=regex.compile(rf"(?P<speaker>{speaker}){_AFFILIATION},", flags),
        # The end of a speaker's apposition up to the comma that resumes the content:
        # "said Sunshine, who knows him," / "said Doyle and others,".
        apposition_end=regex.compile(
            rf"(?:{apposition}(?<=,)|[^\S\n]*,)(?![^\S\n]*(?:{appositive})(?![\w\-]))", flags
        ),
        asked=regex.compile(
            rf"(?:{one_of(pack.asked_openers)}[^\S\n]+)?(?P<cue>{one_of(pack.asked_cues)})"
            rf"(?:[^\S\n]+(?:{one_of(pack.asked_agents)}[^\S\n]+[^,\n]{{1,60}}?"
            rf"|{one_of(pack.asked_topics)}[^\S\n]+\w+|{one_of(pack.asked_adverbs)}))*"
            rf"(?=[^\S\n]+{one_of(pack.question_words)}\b)",
            flags,
        ),
        # A cheap substring test before the pattern: most sentences open without "Asked".
        asked_hint=re.compile("|".join(re.escape(cue[1:]) for cue in pack.asked_cues) or "(?!)"),
        # A cheap substring test before ``coordinator`` and the speaker pattern: every
        # coordination has one of these words, or a semicolon (perhaps right before the
        # window, where the pattern's lookbehind may see it).
        coordinator_hint=re.compile("|".join(map(re.escape, [*pack.coordinators, ";"]))),
        coordinator=regex.compile(
            rf"(?:[,;][^\S\n]*)?(?:{one_of(pack.coordinators)}[^\S\n]+"
            rf"|(?<=;)[^\S\n]*)"
            rf"(?:{adverbs_reverse}[^\S\n]+){{0,2}}\Z",
            flags | regex.REVERSE,
        ),
        auxiliaries=regex.compile(
            rf"(?<![\w\-'’])(?:{auxiliary}[^\S\n]+)+\Z",
            flags | regex.REVERSE,
        ),
        # An adverb right before a cue, by its ending ("publicly said").
        cue_adverb=regex.compile(
            rf"(?<![\w\-'’])(?:{ending or '(?!)'})[^\S\n]+\Z", flags | regex.REVERSE
        ),
        trailing_function=regex.compile(rf"[^\S\n]+{complementizer}\Z", regex.REVERSE),
        # The infinitive marker right before a cue (searched in a short window).
        infinitive=regex.compile(rf"(?<![\w\-'’]){one_of(pack.infinitive_markers)}[^\S\n]+\Z"),
        # The cue adverbs right before a position in lower-cased text (a title-case headline).
        lowered_adverbs=regex.compile(
            rf"(?<![\w\-])(?:{one_of(pack.cue_adverbs)}[^\S\n]+)+\Z", regex.REVERSE
        ),
        agent=regex.compile(rf"(?<![\w\-]){one_of(pack.passive_agents)}(?![\w\-])"),
        progressive=regex.compile(
            rf"(?<![\w\-'’]){one_of(pack.progressive_auxiliaries)}[^\S\n]+\Z",
            regex.REVERSE | regex.IGNORECASE,
        ),
        cue_tail=regex.compile(rf"[^\S\n]+{one_of(pack.cue_tails)}(?![\w\-])"),
        complementizer_before=regex.compile(
            rf"(?<![\w\-'’]){complementizer}[^\S\n]*\Z", regex.REVERSE | regex.IGNORECASE
        ),
        content_lead=regex.compile(rf"[\s,;:—–\-]*(?:{complementizer}\b)?[\s,]*"),
        # "said receiving the delegation", "said while visiting": how the words were said.
        circumstance=regex.compile(
            rf"[^\S\n]*(?!{one_of(pack.circumstance_exceptions)}\b)"
            rf"(?:\p{{Ll}}+{one_of(pack.participle_suffixes)}|{one_of(pack.circumstance_words)})\b"
        ),
        participle_suffixes=pack.participle_suffixes,
        according_cues=frozenset(" ".join(cue.lower().split()) for cue in pack.according_cues),
        plural_suffixes=pack.plural_suffixes,
        tag_cues=frozenset(cue.lower() for cue in pack.tag_cues),
        guards={
            cue.lower(): regex.compile(
                rf"[^\S\n]+(?:\p{{Ll}}+[^\S\n]+){{0,2}}[\w\-]*{one_of(nouns)}\b",
                regex.IGNORECASE,
            )
            for cue, nouns in pack.guarded_cues
        },
        postposed_cues=frozenset(cue.lower() for cue in pack.postposed_cues),
        passive=regex.compile(rf"[^\S\n]+{one_of(pack.passive_auxiliaries)}(?![\w\-])"),
        # The comma that ends the content before a speaker, with "wie" after it in German:
        # "…, wie die Zeitung berichtete."
        comma_before_speaker=regex.compile(
            rf",[^\S\n]*(?:{one_of(pack.source_clause_openers)}[^\S\n]+)?\Z", regex.REVERSE
        ),
        impersonal_cues=frozenset(cue.lower() for cue in pack.impersonal_cues),
        anaphor=regex.compile(
            rf"{one_of([*pack.anaphors, *(a.capitalize() for a in pack.anaphors)])}[^\S\n]+"
        ),
        # A comma or colon after a cue, perhaps after a few words ("sagte am Montag, …").
        clause_after=regex.compile(r"[^,:;.!?\n]{0,80}[,:]"),
        # The finite auxiliary of a cue at the end of its clause, up to eight words before.
        finite_auxiliary=regex.compile(
            rf"(?<![\w\-]){one_of(pack.finite_auxiliaries)}"
            r"(?:[^\S\n]+[^\s,.;:!?\"'„“”«»]+){0,8}[^\S\n]+\Z",
            regex.REVERSE,
        ),
        subject_lead=regex.compile(
            rf"(?:(?:{one_of(pack.determiners)}|{one_of(d.capitalize() for d in pack.determiners)}"
            rf"|\p{{Ll}}[\p{{L}}\p{{M}}\-]*{one_of(pack.adjective_endings)}"
            rf"|(?!{one_of(pack.name_stopwords)}[^\S\n])\p{{Lu}}[\p{{L}}\p{{M}}\-]*)[^\S\n]+)+\Z",
            regex.REVERSE,
        ),
        clause_boundary=regex.compile(
            rf"(?:[,;:(—–]|(?<![\w\-]){one_of([*pack.coordinators, *pack.clause_openers])})"
            r"[^\S\n]*\Z",
            regex.REVERSE,
        ),
        content_clause=regex.compile(
            rf",[^\S\n]*(?P<clause>{one_of(pack.content_clause_markers)})(?![\w\-])"
        ),
        self_sourced_cues=frozenset(cue.lower() for cue in pack.self_sourced_cues),
        subjunctive=regex.compile(
            rf"(?<![\w\-]){one_of(pack.subjunctive_forms)}(?![\w\-])", regex.IGNORECASE
        ),
    )
