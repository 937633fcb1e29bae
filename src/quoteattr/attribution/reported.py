"""Reported speech: indirect and mixed quotations found from their cue.

For every cue in a sentence that no direct quotation has used, one of these shapes is
tried, and the first that fits makes a quotation whose content is the rest of the
sentence on the other side of the attribution:

``according-to``
    ``According to the ministry, exports fell.`` / ``Exports fell, according to officials.``
``content-before``
    ``Exports fell sharply, the minister said.`` / ``Exports fell, said the minister.``
``parenthetical``
    ``Exports, the minister said, fell sharply.`` (one quotation in two parts)
``speaker-cue``
    ``The minister said (that) exports fell.`` / ``Critics accused him of lying.``
``participle``
    ``..., adding that exports fell.`` (the speaker of the clause before)

Content that contains quoted words is a MIXED quotation (``He called the plan "a
disaster".``); content that is one quoted span is DIRECT.
"""

from __future__ import annotations

import bisect
import functools
from collections.abc import Collection, Sequence

import attrs
import regex

from quoteattr.attribution.candidates import Candidate, SpanIndex
from quoteattr.attribution.grammar import Grammar
from quoteattr.cues import Cue, CueIndex, inflect
from quoteattr.languages.pack import LanguagePack
from quoteattr.marks import QuotedSpan
from quoteattr.results import CueCategory, QuoteKind
from quoteattr.segment import first_non_space, strip_bounds

__all__ = ["attribute_reported"]

# How far before a cue its speaker may start, in characters.
_SPEAKER_REACH = 200
# How much punctuation and space is trimmed from either end of reported content.
_TRIM = 64
_WORD = regex.compile(r"\w")
# Characters ``_WORD`` matches: the content of a part, the rest of a sentence, most often
# starts with one, which spares the pattern.
_ASCII_WORD = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_")
_TRAILING = regex.compile(r"[\s,;:.—–\-]*", regex.REVERSE)
_COMMA_BEFORE = regex.compile(r",[^\S\n]*\Z", regex.REVERSE)
_COMMA_AFTER = regex.compile(r"[^\S\n]*,")
# Words that introduce a quotation with a colon: 'in a text message to supporters: "…"'.
_INTRODUCTION = regex.compile(r"[^\"“”«»„\n]{0,200}:[^\S\n]*\Z")
# A closing mark right after a cue: the cue stood inside a quotation whose opening mark is
# missing ('It went on," he wrote.'), so what follows is no content of it.
_STRAY_CLOSER = regex.compile(r"[^\S\n]*[,;:.!?]?[\"'”’»](?![\w'])")
_WORDS = regex.compile(r"\w+")
# The first word after a cue (the first that ``_WORDS`` finds there).
_NEXT_WORD = regex.compile(r"\W*(\w+)")
# The word right before a position (matched right to left).
_PREVIOUS_WORD = regex.compile(r"([\w'’\-]+)[^\S\n]+\Z", regex.REVERSE)
# How far before a cue a causative verb may stand ("led some critics to say").
_CAUSATIVE_REACH = 120
# Rules whose content runs to the end of the sentence, which a coordinated cue may cut.
_RUNS_TO_SENTENCE_END = frozenset({"speaker-cue", "participle", "coordinated"})
# How far back (in characters) a sentence in the mood of reported speech finds the speaker
# it goes on reporting.
_CONTINUATION_REACH = 1500
# How far a participle cue may follow the attribution of the direct quotation before it
# (", adding" right after "he said", or after a circumstance: "he said on Sunday, adding").
_PARTICIPLE_REACH = 80
# Cue categories of impressions: their passive without an agent reports the sentence it
# stands in, and after what someone said they go on with it ("said A and wanted B").
_IMPRESSIONS = frozenset({CueCategory.THOUGHT, CueCategory.EVIDENCE})
# Cue categories of what someone said or wrote.
_SPOKEN = frozenset({CueCategory.SPEECH, CueCategory.WRITING})
# A title-case headline: at most this long, its words longer than _SHORT_WORD letters at
# least _TITLE_SHARE capitalised (AP style keeps short function words lower case).
_HEADLINE_LENGTH = 200
_SHORT_WORD = 3
_TITLE_SHARE = 0.8
# Words the content of ", SPEAKER CUE ..." needs to be a clause of its own, not the rest
# of a final attribution ("said at the time").
_NEW_CLAUSE_WORDS = 3
# At most this many words, in at most this many characters to the sentence's end, after
# "said" make a phrase of circumstance ("said at a rally in Avila on Tuesday").
_CIRCUMSTANCE_WORDS = 8
_CIRCUMSTANCE_REACH = 120
# Words a clause before ", SPEAKER CUE" needs to be the reported content itself.
_CLAUSE_WORDS = 5


def attribute_reported(
    text: str,
    sentences: Sequence[tuple[int, int]],
    quoted: Sequence[QuotedSpan],
    taken: Sequence[Candidate],
    grammar: Grammar,
    categories: Collection[CueCategory],
    *,
    disabled: Collection[str] = frozenset(),
    cues: CueIndex | None = None,
) -> list[Candidate]:
    """Find indirect and mixed quotations around the cues that direct quotations left
    (with no rule named in ``disabled``; ``cues``: the text's cue index, when the caller
    has one)."""
    finder = _Finder(text, quoted, taken, grammar, categories, disabled, cues)
    found: list[Candidate] = []
    previous: Candidate | None = None
    continues = bool(grammar.pack.subjunctive_forms)
    for start, end in sentences:
        here = finder.in_sentence(start, end)
        if here and any(c.rule == "anaphoric" for c in here) and finder.before is not None:
            # The sentence before is this attribution's content, no quotation of its own.
            first = finder.before[0]
            while found and found[-1].start >= first:
                found.pop()
        finder.before = (start, end)
        if continues:
            if not here:
                continued = finder.continuation(start, end, previous)
                here = [continued] if continued is not None else []
                if continued is not None and found and _goes_on(found[-1], continued, text):
                    found[-1] = attrs.evolve(
                        found[-1], end=continued.end, parts=found[-1].parts + continued.parts
                    )
                    here = []
            previous = finder.last_attributed(start, end, here) or previous
        found.extend(here)
    return found


def _attribution_end(candidate: Candidate) -> int:
    """Where a quotation's attribution ends: its cue or speaker, whichever comes last."""
    return max(span[1] for span in (candidate.cue, candidate.speaker) if span is not None)


def _has_word(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` holds a word character (``_WORD.search``)."""
    if start < end and text[start] in _ASCII_WORD:
        return True
    return _WORD.search(text, start, end) is not None


def _goes_on(last: Candidate, continued: Candidate, text: str) -> bool:
    """Whether a sentence in the mood of reported speech extends the one right before it
    (annotated news marks a run of such sentences as one quotation)."""
    return (
        last.rule == "subjunctive"
        and last.speaker == continued.speaker
        and not text[last.end : continued.start].strip(' \n.!?"“”„«»')
    )


@functools.lru_cache(maxsize=32)
def _impressions(pack: LanguagePack) -> frozenset[str]:
    """Every form of the pack's verbs of impression ("seem", "appear")."""
    return frozenset(
        form for entry in pack.impression_verbs for form in inflect(entry, pack.morphology)
    )


class _Finder:
    def __init__(
        self,
        text: str,
        quoted: Sequence[QuotedSpan],
        taken: Sequence[Candidate],
        grammar: Grammar,
        categories: Collection[CueCategory],
        disabled: Collection[str],
        cues: CueIndex | None = None,
    ) -> None:
        self.text = text
        self.cues = cues if cues is not None else CueIndex(grammar.lexicon, text)
        self.disabled = disabled
        self.quoted = quoted
        self.quoted_spans = [(q.start, q.end) for q in quoted]
        self.blocked = SpanIndex(
            [*self.quoted_spans, *((c.start, c.end) for c in taken if c.attributed)]
        )
        self.used_cues = {c.cue for c in taken if c.cue is not None}
        spoken = sorted((c for c in taken if c.speaker is not None), key=lambda c: c.end)
        self.spoken = spoken
        self.spoken_ends = [c.end for c in spoken]
        attributions = sorted((c for c in spoken if c.cue is not None), key=_attribution_end)
        self.attribution_ends = [_attribution_end(c) for c in attributions]
        self.attributions = attributions
        self.attributed_direct = SpanIndex((c.start, c.end) for c in taken if c.attributed)
        self.grammar = grammar
        self.categories = categories
        self.before: tuple[int, int] | None = None
        self.impressions = _impressions(grammar.pack)

    def in_sentence(self, start: int, end: int) -> list[Candidate]:
        colon = self._colon(start, end)
        if colon is not None:
            return [colon]
        asked = self._asked(start, end)
        cues = self.cues.find(start, end)
        if not cues and self._title_case_line(start, end):
            cues = self._title_case_cues(start, end)
        final = self._final_attribution(start, end, cues)
        if final is not None:
            return [final]
        found: list[Candidate] = []
        resume = start
        if asked is not None:
            # The answer after "Asked whether ...," is a sentence of its own.
            found, resume = [asked], self.text.find(",", asked.end, end) + 1
        for cue_start, cue_end, form in cues:
            cue = (cue_start, cue_end)
            if cue in self.used_cues or self._blocked(*cue):
                continue
            category = self.grammar.cue_category(self.text, cue[0], form, self.categories)
            if category is None:
                continue
            previous = found[-1] if found else None
            if cue[0] < resume:
                if previous is not None:
                    split = self._coordinated(previous, cue, end, category, form)
                    if split is not None:
                        found[-1:] = split
                        resume = split[-1].end
                continue
            candidate = self._attribute(resume, end, cue, category, form, previous)
            if candidate is not None:
                found.append(candidate)
                resume = max(candidate.end, cue[1], *(candidate.speaker or ()))
        if not found and self.grammar.pack.content_clause_markers:
            clause = self._content_clause(start, end)
            return [clause] if clause is not None else []
        if len(found) == 1:
            outer = self._outer_attribution(start, end, cues, found[0])
            if outer is not None:
                return [outer]
        return found

    def _outer_attribution(
        self, start: int, end: int, cues: Sequence[Cue], inner: Candidate
    ) -> Candidate | None:
        """A sentence that ends in ", SPEAKER CUE." is that speaker's quotation, also when a
        cue inside it made the only quotation first, whose content then ran over the final
        attribution ("Costs to consider rose, Lee said." is Lee's, not "to consider"'s).
        Measured on annotated news: speaker and verb match +0.2 each, F1 unchanged."""
        if inner.cue is None:
            return None
        for cue_start, cue_end, form in reversed(cues):
            cue = (cue_start, cue_end)
            if cue[0] <= inner.cue[0] or not inner.start <= cue[0] < inner.end:
                return None
            if cue in self.used_cues or self._blocked(*cue):
                continue
            if self.text.rfind(",", max(start, cue[0] - _SPEAKER_REACH), cue[0]) < 0:
                return None  # cheap test first: ", X said" needs its comma
            category = self.grammar.cue_category(self.text, cue[0], form, self.categories)
            if category is None:
                continue
            outer = self._attribute(start, end, cue, category, form, None)
            return outer if outer is not None and outer.rule == "content-before" else None
        return None

    def _title_case_line(self, start: int, end: int) -> bool:
        """Whether the sentence is a whole line in title case ("Mayor Says Bridge Is Safe"),
        as headlines are written: its cues are capitalised like every other word."""
        text = self.text
        if end - start > _HEADLINE_LENGTH or (start > 0 and text[start - 1] != "\n"):
            return False
        if text[end : end + 1] not in ("", "\n"):
            return False
        words = [w for w in _WORDS.findall(text, start, end) if len(w) > _SHORT_WORD]
        capitalised = sum(1 for w in words if w[0].isupper() or w[0].isdigit())
        return len(words) >= 3 and capitalised >= _TITLE_SHARE * len(words)

    def _title_case_cues(self, start: int, end: int) -> list[Cue]:
        """The cues of a title-case line, found in its lower-cased words."""
        line = self.text[start:end]
        lowered = line.lower()
        if len(lowered) != len(line):
            return []  # a character whose lower case is longer: offsets would not hold
        adverbs = self.grammar.lowered_adverbs
        cues = []
        for match in self.grammar.lexicon.find(lowered):
            if match.start() == 0:
                continue
            # "Mayor Just Announced ...": the adverb belongs to the cue, not to the name.
            adverb = adverbs.match(lowered, 0, match.start())
            cue_start = adverb.start() if adverb is not None else match.start()
            cues.append((start + cue_start, start + match.end(), match.group()))
        return cues

    def _content_clause(self, start: int, end: int) -> Candidate | None:
        """``Der Verband hält es für möglich, dass die Preise steigen.``: a content clause
        ("dass ...") after a main clause reports what its subject says or thinks, though
        no cue of the lexicon stands there. The clause is the content, marker included."""
        match = self.grammar.content_clause.search(self.text, start, end)
        if match is None or self._blocked(match.start("clause"), end):
            return None
        category = CueCategory.SPEECH
        if category not in self.categories:
            return None
        speaker = self._subject(start, match.start())
        if speaker is None or not self._is_person_like(speaker):
            return None
        return self._make([(match.start("clause"), end)], None, speaker, "content-clause", category)

    def last_attributed(self, start: int, end: int, found: Sequence[Candidate]) -> Candidate | None:
        """The last quotation with a speaker that ends in the sentence ``start``-``end``:
        one found in it, or a direct quotation."""
        spoken = [c for c in found if c.speaker is not None]
        index = bisect.bisect_right(self.spoken_ends, end) - 1
        direct = self.spoken[index] if index >= 0 and self.spoken_ends[index] > start else None
        if spoken and (direct is None or spoken[-1].end >= direct.end):
            return spoken[-1]
        return direct

    def continuation(self, start: int, end: int, previous: Candidate | None) -> Candidate | None:
        """A sentence in the mood of reported speech goes on reporting the speaker of the
        attributed quotation before it: "Der Minister sagte, die Lage sei ernst. Man habe
        keine Wahl." (German Konjunktiv I). No cue; the whole sentence is the content; no
        speaker either when the last one is too far back."""
        grammar = self.grammar
        if grammar.subjunctive.search(self.text, start, end) is None:
            return None
        if self.attributed_direct.overlaps(start, end):
            return None
        speaker = None
        category = CueCategory.SPEECH
        if previous is not None and start - previous.end <= _CONTINUATION_REACH:
            speaker, category = previous.speaker, previous.category or category
        if category not in self.categories:
            return None
        return self._make([(start, end)], None, speaker, "subjunctive", category)

    def _final_attribution(self, start: int, end: int, cues: Sequence[Cue]) -> Candidate | None:
        """A sentence that ends in a nominal attribution ("..., according to officials.")
        is one quotation, whatever cues stand inside it. (A final ", X said." is left to
        the cue-by-cue rules: measured on annotated news, the verbs inside such sentences
        are more often attributions of their own; see :meth:`_outer_attribution` for the
        one case where the final attribution wins.)"""
        for cue_start, cue_end, form in reversed(cues):
            if not self.grammar.is_nominal(form):
                continue
            cue = (cue_start, cue_end)
            # The cheap tests first: the speaker pattern after the cue costs far more.
            comma = _COMMA_BEFORE.match(self.text, start, cue[0])
            if comma is None or cue in self.used_cues:
                return None
            tail = self.grammar.final_attribution.match(self.text, cue[1], end)
            if tail is None:
                return None
            category = self.grammar.cue_category(self.text, cue[0], form, self.categories)
            content = (start, comma.start())
            speaker = tail.span("speaker")
            if category is None or self._blocked(start, end) or not _has_word(self.text, *content):
                return None
            return self._make([content], cue, speaker, "according-to", category)
        return None

    def _colon(self, start: int, end: int) -> Candidate | None:
        """``Ryan: FBI decision defies explanation.`` / ``TRUMP: We will win.``: a speaker
        and a colon opening the sentence attribute the rest of it."""
        if not self.grammar.pack.line_colon:
            return None
        if start > 0 and self.text[start - 1] != "\n":
            return None  # only at the start of a line: headlines, transcripts, lists
        # Cheap tests first: no speaker holds a colon, so the pattern's colon is the
        # sentence's first, and a horizontal space must follow it.
        colon = self.text.find(":", start, end)
        after = self.text[colon + 1 : colon + 2] if 0 <= colon < end - 1 else ""
        if not after.isspace() or after == "\n":
            return None
        match = self.grammar.colon_speaker.match(self.text, start, end)
        if match is None or self._blocked(*match.span("speaker")):
            return None
        category = CueCategory.SPEECH
        if category not in self.categories:
            return None
        return self._make(
            [(match.end(), end)], match.span("cue"), match.span("speaker"), "colon", category
        )

    def _blocked(self, start: int, end: int) -> bool:
        """Whether a span overlaps a quoted span or an already attributed quotation."""
        return self.blocked.overlaps(start, end)

    def _attribute(
        self,
        start: int,
        end: int,
        cue: tuple[int, int],
        category: CueCategory,
        form: str,
        previous: Candidate | None,
    ) -> Candidate | None:
        text, grammar = self.text, self.grammar
        tail = grammar.content_start(text, cue[1], end)
        tail = grammar.past_recipient(text, tail, end, text[cue[0] : cue[1]])
        # "A, Ortiz said in Avila on Tuesday.": what follows the cue is its circumstance.
        rest_has_words = _has_word(text, tail, end) and not self._circumstance_only(cue, end, form)
        if grammar.is_according(form):
            return self._according_to(start, end, cue, category)
        if form.lower() in self.impressions:
            # "The returns seemed a reminder that ...": no source, the clause is the content.
            return self._make([(start, end)], cue, None, "impression", category)
        lowered = form.lower()
        if lowered in grammar.postposed_cues:
            return self._postposed(start, end, cue, category)
        if lowered in grammar.impersonal_cues:
            return self._impersonal(start, end, cue, category, tail)
        if grammar.pack.anaphors and self._anaphoric(start, cue):
            return self._previous_sentence(end, cue, category)
        if lowered in grammar.self_sourced_cues:
            # "Demnach sei die Lage ernst.": the adverb points back to the source.
            return self._make([(start, cue[0]), (cue[1], end)], cue, cue, "according-to", category)
        if (
            grammar.pack.passive_auxiliaries
            and grammar.passive.match(text, cue[1], min(end, cue[1] + 20)) is not None
        ):
            return None  # "kritisiert worden": the cue's subject is no speaker
        if category in _IMPRESSIONS and self._passive_without_agent(start, end, cue, form):
            # "Trump is expected to win", "Pigs are considered unclean": no one is named
            # as the source; the sentence is what is reported, as after "seem".
            return self._make([(start, end)], cue, None, "impression", category)
        # Asked once: the rules below ask it up to six times.
        participle = grammar.is_participle(form)
        speaker_match = grammar.speaker_before.match(
            text, max(start, cue[0] - _SPEAKER_REACH), cue[0]
        )
        if speaker_match is None and participle:
            speaker_match = self._progressive_subject(start, cue)
        if (
            speaker_match is not None
            and grammar.pack.verb_second
            and not self._clause_initial(start, speaker_match.start("speaker"))
        ):
            # "Am Montag sagte der Minister": with the verb second, the subject follows it
            # when other words open the clause.
            subject_after = self._inverted(start, end, cue, category)
            if subject_after is not None:
                return subject_after
        if speaker_match is not None and self._is_time(speaker_match.span("speaker")):
            # "Officials this week detailed …", "Lee at the time said": a time is the cue's
            # circumstance; the speaker stands before it (and its preposition), if the
            # pattern finds one there.
            time_start = speaker_match.start("speaker")
            lead = grammar.time_lead.match(text, max(start, time_start - 30), time_start)
            if lead is not None:
                time_start = lead.start()
            before = grammar.speaker_before.match(
                text, max(start, time_start - _SPEAKER_REACH), time_start
            )
            speaker_match = before or speaker_match
        # Cheap test first, for ``_caused`` and ``_infinitive``: both need the infinitive
        # marker right before the cue ("to say"), which most cues lack.
        window = max(start, cue[0] - _CAUSATIVE_REACH)
        marker_before = (
            text[window : cue[0]].rstrip().casefold().endswith(grammar.infinitive_folded)
        )
        caused = self._caused(window, cue) if marker_before else None
        if caused is not None or (
            speaker_match is not None and not self._blocked(*speaker_match.span("speaker"))
        ):
            # "The ruling led critics to say …": the object of a causative verb is the
            # infinitive's subject, however the speaker pattern reads the words before.
            speaker = found = caused or speaker_match.span("speaker")  # type: ignore[union-attr]
            if caused is None and marker_before and self._infinitive(speaker[1], cue[0]):
                # "the first member of Congress to endorse him": an infinitive's speaker is
                # the subject of the sentence, not the noun right before "to".
                speaker = self._subject(start, speaker[1]) or speaker
            elif participle and self._participle_after_apposition(start, speaker, cue, form):
                # "Trump went after Bush, a rival, calling him ...": a participle after a
                # comma goes with the clause's subject, not with a noun an apposition ends.
                speaker = self._subject(start, cue[0]) or speaker
            elif participle and self._is_document(speaker):
                # "Ortiz issued a statement saying ...": the statement's author speaks.
                speaker = self._subject(start, speaker[0]) or speaker
            elif (
                participle and self._object_phrase(speaker) and self._after_verb(start, speaker[0])
            ):
                # "Lee opened the rally blasting Ortiz": a participle goes with the clause's
                # subject; the noun before it is an object, of the verb or a preposition.
                speaker = self._subject(start, speaker[0]) or speaker
            elif (
                not participle
                and self._heads_object(speaker, cue, form)
                and self._object_phrase(speaker)
                and self._after_verb(start, speaker[0])
            ):
                # "Lee made an impassioned call for …", "Ortiz revisited his own promise
                # to …": the cue is a noun, the head of the verb's object; the pattern took
                # its determiner and modifiers for the speaker, who is the clause's subject.
                speaker = self._subject(start, speaker[0]) or speaker
            elif participle and self._lone_word(start, speaker):
                # "Orszag began writing …", "have all but stopped confirming …": the verb
                # before the participle is no speaker; the clause's subject is.
                speaker = self._subject(start, speaker[0]) or speaker
            elif (participle or not grammar.pack.verb_second) and self._opening_preposition(
                start, speaker
            ):
                # "After thanking the crowd, he touted …", "As the day went on, Lee said …",
                # "Having heard the case, the judge ruled …": the opening clause has no
                # subject of its own (or not the cue's); the main clause's, after its comma,
                # is the cue's. Where the verb comes second, a word opening the sentence
                # before a finite cue is its subject ("Es weist … zurück, man hätte …").
                speaker = self._main_subject(cue[1], end) or speaker
            # The comma before the mention the pattern found, not before a subject taken
            # for it: "Soon, he found the area welcoming" has no content before "he".
            comma = grammar.comma_before_speaker.match(text, start, found[0])
            # "A, she said on arrival, Nordwire reports": after one attribution has taken
            # the clause before it, a later ", X reports" is the source tag, not a quotation.
            if previous is not None and comma is not None:
                return None
            if (
                comma is not None
                and _has_word(text, start, comma.start())
                # "…, Lee, who told Reuters.": a relative clause's cue reports nothing of
                # the clause its antecedent stands in.
                and text[speaker[0] : speaker[1]].lower() not in grammar.pack.relative_pronouns
            ):
                if not rest_has_words or self._circumstance(start, comma.start(), tail, end):
                    return self._make(
                        [(start, comma.start())], cue, speaker, "content-before", category
                    )
                after = _COMMA_AFTER.match(text, tail, end)
                if after is not None and self._participle_follows(after.end(), end):
                    # "A, the minister said, adding that B": A is this cue's content.
                    return self._make(
                        [(start, comma.start())], cue, speaker, "content-before", category
                    )
                if after is not None:
                    return self._make(
                        [(start, comma.start()), (after.end(), end)],
                        cue,
                        speaker,
                        "parenthetical",
                        category,
                    )
            if rest_has_words and not _STRAY_CLOSER.match(text, tail, end):
                content = (tail, end)
                if grammar.pack.verb_second and not self._clause_follows(cue[1], end):
                    # "Die Ministerin kritisierte den Plan als teuer.": an object, not a
                    # clause, follows the cue; the whole sentence is what is reported.
                    content = (start, end)
                return self._make([content], cue, speaker, "speaker-cue", category)
            gap = grammar.lexicon.gap(form)
            if gap is not None:
                # "Der Rat rief die Regierung zur Ruhe auf.": the separable verb encloses
                # its object; the whole sentence is what is reported.
                return self._make([(start, end)], cue, speaker, "speaker-cue", category)
            return None
        # "Exports fell, said the minister": the comma before the cue first, the speaker
        # pattern after it only then (it costs far more). A participle has no subject after
        # it: ", declaring it a success" is no inverted attribution.
        comma = _COMMA_BEFORE.match(text, start, cue[0])
        if comma is not None and _has_word(text, start, comma.start()) and not participle:
            inverted = grammar.speaker_after.match(text, cue[1], end)
            if inverted is not None:
                speaker = inverted.span("speaker")
                # "Der Plan, so der Minister weiter, werde teuer.": words of the complement
                # may stand between the speaker and the comma that resumes the content.
                resume = grammar.complement.match(text, speaker[1], end).end()  # type: ignore[union-attr]
                rest = grammar.apposition_end.match(text, resume, min(end, resume + 200))
                if rest is not None and _has_word(text, rest.end(), end):
                    # "And Trump, said Sunshine, who knows him, never forgets."
                    return self._make(
                        [(start, comma.start()), (rest.end(), end)],
                        cue,
                        speaker,
                        "parenthetical",
                        category,
                    )
                if rest is None and self._pronoun_opens_clause(speaker, resume, end):
                    # "Ann Lee, a driver from Ava, Mo., said he got tickets": a long
                    # apposition hid the subject, and "he" opens the content.
                    lead = grammar.named_lead.match(text, start, comma.start())
                    subject = lead.span("speaker") if lead else self._subject(start, comma.start())
                    if subject is not None:
                        return self._make([(tail, end)], cue, subject, "speaker-cue", category)
                return self._make(
                    [(start, comma.start())], cue, speaker, "content-before", category
                )
        if grammar.pack.verb_second:
            subject_after = self._inverted(start, end, cue, category)
            if subject_after is None:
                subject_after = self._bracketed(start, end, cue, category, tail)
            if subject_after is not None:
                return subject_after
        # "X met the families and said ...", never "teaching and learning ...": a verb
        # that goes with the sentence's subject is finite, not a participle.
        coordinated = (
            grammar.coordinator.match(text, max(start, cue[0] - 60), cue[0])
            if rest_has_words and previous is None and not participle
            else None
        )
        if coordinated is not None:
            # "X met the families and said ...": the subject of the sentence said it.
            subject = self._subject(start, coordinated.start())
            if subject is not None:
                return self._make([(tail, end)], cue, subject, "coordinated", category)
        if participle and rest_has_words and _COMMA_BEFORE.match(text, start, cue[0]) is not None:
            subject = previous.speaker if previous is not None else self._subject(start, cue[0])
            if subject is None:
                subject = self._direct_speaker_before(start, cue[0])
            if subject is not None:
                return self._make([(tail, end)], cue, subject, "participle", category)
        return None

    def _passive_without_agent(self, start: int, end: int, cue: tuple[int, int], form: str) -> bool:
        """Whether a past participle cue follows a form of "be" and no agent ("by X")
        follows it in the sentence."""
        grammar = self.grammar
        if not grammar.pack.passive_agents or grammar.is_participle(form):
            return False
        if grammar.plural_suffixes and form.endswith(grammar.plural_suffixes):
            return False  # "is expects" is no passive; "states", "shows" are no participles
        if grammar.progressive.match(self.text, max(start, cue[0] - 30), cue[0]) is None:
            return False
        return grammar.agent.search(self.text, cue[1], min(end, cue[1] + _SPEAKER_REACH)) is None

    def _participle_after_apposition(
        self, start: int, speaker: tuple[int, int], cue: tuple[int, int], form: str
    ) -> bool:
        """Whether a participle cue follows a comma and the speaker found before it is
        set apart by a comma too (what the pattern took for an apposition)."""
        return (
            self.grammar.is_participle(form)
            and _COMMA_BEFORE.match(self.text, start, cue[0]) is not None
            and self.text.find(",", speaker[1], cue[0] - 1) >= 0
        )

    def _is_time(self, speaker: tuple[int, int]) -> bool:
        """Whether a mention is a time after an article or "this"/"last" ("this week",
        "the same time"; not "his past")."""
        words = self.text[speaker[0] : speaker[1]].split()
        if not 1 < len(words) <= 3:
            return False  # cheap test first: most mentions are one word or a long phrase
        pack = self.grammar.pack
        first = words[0].lower()
        last = words[-1].lower()
        return (first in pack.articles or first in pack.time_modifiers) and (
            last in self.grammar.time_nouns
        )

    def _infinitive(self, speaker_end: int, cue_start: int) -> bool:
        """Whether the infinitive marker stands right before a cue, after the speaker and
        perhaps a time ("visited the court on Friday to view"). The caller has made the
        cheap test of the words before the cue (``infinitive_folded``)."""
        window = max(speaker_end, cue_start - 12)
        return self.grammar.infinitive.search(self.text, window, cue_start) is not None

    def _caused(self, window: int, cue: tuple[int, int]) -> tuple[int, int] | None:
        """The object between a causative verb and an infinitive cue ("led *critics* to
        say"), when there is one, from ``window`` on (at most ``_CAUSATIVE_REACH`` before
        the cue)."""
        grammar = self.grammar
        if not grammar.causative_forms:
            return None
        match = grammar.causative.match(self.text, window, cue[0])
        if match is None or self._blocked(*match.span("object")):
            return None
        if match.group("object").lower() in grammar.object_pronouns:
            return None  # "allowed him to": the subject is likelier to carry the name
        return match.span("object")

    def _after_verb(self, start: int, pos: int) -> bool:
        """Whether a lower-case word that opens no clause ("opened", "at") stands right
        before ``pos``: what starts there is an object, no subject."""
        match = _PREVIOUS_WORD.match(self.text, max(start, pos - 40), pos)
        if match is None:
            return False
        word = match.group(1)
        return word.isalpha() and word.islower() and word not in self.grammar.clause_words

    def _opening_preposition(self, start: int, speaker: tuple[int, int]) -> bool:
        """Whether a mention is one capitalised word opening the sentence that is a
        preposition, conjunction or participle ("After", "As", "Having"), taken for a bare
        noun; not a possessive ("Her attack on …" is hers)."""
        if _has_word(self.text, start, speaker[0]):
            return False  # cheap test first: most mentions stand inside their sentence
        word = self.text[speaker[0] : speaker[1]]
        if not word[:1].isupper() or " " in word:
            return False
        lowered = word.lower()
        pack = self.grammar.pack
        if lowered in pack.object_determiners and lowered not in pack.articles:
            return False
        return (
            lowered in pack.phrase_stopwords
            or lowered in pack.circumstance_words
            or lowered in pack.opening_prepositions
            or self.grammar.is_participle(lowered)
        )

    def _main_subject(self, pos: int, end: int) -> tuple[int, int] | None:
        """The subject right after the first comma after ``pos``."""
        comma = self.text.find(",", pos, end)
        if comma < 0:
            return None
        return self._subject(first_non_space(self.text, comma + 1, end), end)

    def _lone_word(self, start: int, speaker: tuple[int, int]) -> bool:
        """Whether a mention is one lower-case word inside the clause that is no pronoun
        and no plural noun ("began", "stopped", "whether"): a verb or conjunction the
        bare-noun pattern took, no speaker."""
        word = self.text[speaker[0] : speaker[1]]
        grammar = self.grammar
        return (
            word.isalpha()
            and word.islower()
            and word not in grammar.pack.pronouns
            and not (grammar.plural_suffixes and word.endswith(grammar.plural_suffixes))
            and _has_word(self.text, start, speaker[0])
        )

    def _heads_object(self, speaker: tuple[int, int], cue: tuple[int, int], form: str) -> bool:
        """Whether a noun cue ("call for", "note", "promise to") follows a mention with
        nothing but a space between: the head of the noun phrase the mention opens. The
        caller asks only for a cue that is no participle."""
        if not self.grammar.is_noun_head(form):
            return False  # cheap test first: most cues are verbs
        return not self.text[speaker[1] : cue[0]].strip()

    def _object_phrase(self, speaker: tuple[int, int]) -> bool:
        """Whether a mention opens with a lower-case article or possessive ("the debate",
        "her statement"): no name, pronoun or quantity of people, which more often speak
        themselves ("with Ortiz saying", "30 percent of voters saying")."""
        first = self.text[speaker[0] : speaker[1]].split()[0]
        return first in self.grammar.pack.object_determiners

    def _is_document(self, speaker: tuple[int, int]) -> bool:
        """Whether a mention names a document ("a statement", "a press release"), whose
        author, the subject of the sentence, says what a participle after it reports."""
        words = self.text[speaker[0] : speaker[1]].lower().split()
        nouns = self.grammar.pack.document_nouns
        return (
            len(words) > 1
            and words[0] in self.grammar.pack.articles
            and any(word in nouns for word in words[1:])
        )

    def _progressive_subject(self, start: int, cue: tuple[int, int]) -> regex.Match[str] | None:
        """The speaker before "is" in "Trump is thanking his supporters": a participle cue
        after a progressive auxiliary is a finite verb."""
        grammar = self.grammar
        if not grammar.pack.progressive_auxiliaries:
            return None
        auxiliary = grammar.progressive.match(self.text, max(start, cue[0] - 30), cue[0])
        if auxiliary is None:
            return None
        return grammar.speaker_before.match(
            self.text, max(start, auxiliary.start() - _SPEAKER_REACH), auxiliary.start()
        )

    def _direct_speaker_before(self, start: int, cue_start: int) -> tuple[int, int] | None:
        """The speaker of a direct quotation whose attribution ends in this sentence just
        before a participle cue: '"A," he said, adding that B.' -> "he"."""
        index = bisect.bisect_right(self.attribution_ends, cue_start) - 1
        if index < 0:
            return None
        attribution_end = self.attribution_ends[index]
        if attribution_end < start or cue_start - attribution_end > _PARTICIPLE_REACH:
            return None
        return self.attributions[index].speaker

    def _anaphoric(self, start: int, cue: tuple[int, int]) -> bool:
        """Whether only a demonstrative opens the sentence before the cue: "Dies bestätigte
        der Minister." reports the sentence before."""
        return self.grammar.anaphor.fullmatch(self.text, start, cue[0]) is not None

    def _previous_sentence(
        self, end: int, cue: tuple[int, int], category: CueCategory
    ) -> Candidate | None:
        """The sentence before, attributed to the subject after the cue."""
        if self.before is None:
            return None
        match = self.grammar.subject_after.match(self.text, cue[1], end)
        if match is None or self._blocked(*self.before):
            return None
        speaker = match.span("speaker")
        return self._make([self.before], cue, speaker, "anaphoric", category)

    def _impersonal(
        self, start: int, end: int, cue: tuple[int, int], category: CueCategory, tail: int
    ) -> Candidate | None:
        """``…, heißt es (in der Erklärung).`` / ``In der Erklärung heißt es, …``: the
        source, if any, is a document after or before the cue."""
        text, grammar = self.text, self.grammar
        comma = _COMMA_BEFORE.match(text, start, cue[0])
        if comma is not None and _has_word(text, start, comma.start()):
            after = grammar.speaker_after.match(text, cue[1], end)
            speaker = after.span("speaker") if after is not None else None
            return self._make([(start, comma.start())], cue, speaker, "content-before", category)
        if not self._clause_follows(cue[1], end):
            return None
        before = grammar.speaker_before.match(text, max(start, cue[0] - _SPEAKER_REACH), cue[0])
        speaker = before.span("speaker") if before is not None else None
        return self._make([(tail, end)], cue, speaker, "speaker-cue", category)

    def _is_person_like(self, speaker: tuple[int, int]) -> bool:
        """Whether a subject opens with a determiner or is a pronoun: "Der Verband", "sie";
        not an adjective or adverb opening the sentence ("Problematisch ist, dass …")."""
        first = self.text[speaker[0] : speaker[1]].split()[0].lower()
        pack = self.grammar.pack
        return first in pack.determiners or first in pack.pronouns

    def _clause_follows(self, pos: int, end: int) -> bool:
        """Whether a clause of its own follows ``pos`` after a comma or colon ("sagte, …")."""
        return self.grammar.clause_after.match(self.text, pos, end) is not None

    def _clause_initial(self, start: int, pos: int) -> bool:
        """Whether nothing but a clause boundary, and perhaps the first words of the same
        noun phrase ("Der neue Minister Hans Meier"), stands between ``start`` and ``pos``."""
        lead = self.grammar.subject_lead.match(self.text, start, pos)
        if lead is not None:
            pos = lead.start()
        return (
            not _has_word(self.text, start, pos)
            or self.grammar.clause_boundary.match(self.text, start, pos) is not None
        )

    def _inverted(
        self, start: int, end: int, cue: tuple[int, int], category: CueCategory
    ) -> Candidate | None:
        """``Am Montag sagte der Minister, die Lage sei ernst.``: the speaker right after
        the cue, the content after the speaker (verb-second languages)."""
        gap = self.grammar.lexicon.gap(self.text[cue[0] : cue[1]])
        if gap is not None:
            # "Am Montag teilte die Polizei mit, …": the subject inside the separable verb.
            match = self.grammar.subject_after.match(
                self.text, cue[0] + gap[0] - 1, cue[0] + gap[1]
            )
            if match is not None and match.end() == cue[0] + gap[1]:
                speaker = match.span("speaker")
                if _has_word(self.text, cue[1], end):
                    return self._make([(cue[1], end)], cue, speaker, "inverted", category)
                comma = _COMMA_BEFORE.match(self.text, start, cue[0])
                if comma is not None:
                    # "Die Lage sei ernst, teilte die Polizei mit."
                    content = (start, comma.start())
                    return self._make([content], cue, speaker, "content-before", category)
        match = self.grammar.subject_after.match(self.text, cue[1], end)
        if match is None or self._blocked(*match.span("speaker")):
            return None
        speaker = match.span("speaker")
        if not _has_word(self.text, speaker[1], end):
            return None
        comma = _COMMA_BEFORE.match(self.text, start, cue[0])
        if comma is not None and _has_word(self.text, start, comma.start()):
            return self._make([(start, comma.start())], cue, speaker, "content-before", category)
        if not self._clause_follows(speaker[1], end):
            # "Am Montag kritisierte die Ministerin den Plan.": the whole sentence.
            return self._make([(start, end)], cue, speaker, "inverted", category)
        return self._make([(speaker[1], end)], cue, speaker, "inverted", category)

    def _bracketed(
        self, start: int, end: int, cue: tuple[int, int], category: CueCategory, tail: int
    ) -> Candidate | None:
        """``Der Minister hat am Montag angekündigt, …``: a participle or infinitive cue at
        the end of its clause, its finite auxiliary second, the subject before that."""
        grammar = self.grammar
        aux = grammar.finite_auxiliary.match(self.text, start, cue[0])
        if aux is None:
            return None
        speaker = grammar.speaker_before.match(
            self.text, max(start, aux.start() - _SPEAKER_REACH), aux.start()
        )
        if speaker is None or not self._clause_initial(start, speaker.start("speaker")):
            return None
        content = (tail, end) if _has_word(self.text, tail, end) else (aux.end(), cue[0])
        return self._make([content], cue, speaker.span("speaker"), "speaker-cue", category)

    def _postposed(
        self, start: int, end: int, cue: tuple[int, int], category: CueCategory
    ) -> Candidate | None:
        """``Der Polizei zufolge wurde niemand verletzt.``: the speaker right before the
        cue; the rest of the sentence, on both sides, is the content."""
        match = self.grammar.speaker_before.match(
            self.text, max(start, cue[0] - _SPEAKER_REACH), cue[0]
        )
        if match is None or self._blocked(*match.span("speaker")):
            return None
        speaker = match.span("speaker")
        return self._make(
            [(start, speaker[0]), (cue[1], end)], cue, speaker, "according-to", category
        )

    def _coordinated(
        self,
        previous: Candidate,
        cue: tuple[int, int],
        end: int,
        category: CueCategory,
        form: str,
    ) -> list[Candidate] | None:
        """Split "X pledged A and said B" / "X said A, while Y said B" into two quotations.

        A cue inside an earlier quotation's content starts a quotation of its own when a
        coordinator ("and", "but", "while", ";") stands before it or before its own speaker,
        when it is a participle after a comma (", adding that B"), when a comma stands
        before its speaker and the two open a clause of their own ("While X said A, Y said
        B"), or when it follows the comma that closes a relative clause whose pronoun was
        the earlier speaker ("X, who endorsed A, said B": X said B); the earlier content
        then ends there.
        """
        if previous.rule not in _RUNS_TO_SENTENCE_END or previous.speaker is None:
            return None
        text = self.text
        floor = previous.parts[-1][0]
        if (
            self.grammar.coordinator_hint.search(text, max(0, floor - 1), cue[0]) is None
            and text.find(",", floor, cue[0]) < 0
        ):
            return None  # cheap test first: no coordinator, ";" or comma to split at
        speaker_match = self.grammar.speaker_before.match(
            text, max(floor, cue[0] - _SPEAKER_REACH), cue[0]
        )
        if speaker_match is not None:
            boundary, speaker = speaker_match.start("speaker"), speaker_match.span("speaker")
        else:
            boundary, speaker = cue[0], previous.speaker
        rule = "coordinated"
        coordinator = self.grammar.coordinator.match(text, floor, boundary)
        if (
            coordinator is not None
            and speaker_match is None
            and self.grammar.is_participle(form)
            and not (previous.cue and self.grammar.is_participle(text[slice(*previous.cue)]))
        ):
            coordinator = None  # "said A and learning B": only "saying A and adding B"
        if (
            coordinator is not None
            and speaker_match is None
            and previous.category in _SPOKEN
            and category in _IMPRESSIONS
        ):
            # "Lee said he was tired and wanted to rest": a verb of thought or evidence
            # after what someone said goes on with the said clause's own subject.
            coordinator = None
        if coordinator is None and speaker_match is None and self.grammar.is_participle(form):
            coordinator = _COMMA_BEFORE.match(text, floor, boundary)
            rule = "participle"
        if coordinator is None and speaker_match is None and not self.grammar.is_participle(form):
            antecedent = self._antecedent(previous.speaker)
            if antecedent is not None:
                coordinator = _COMMA_BEFORE.match(text, floor, boundary)
                if coordinator is not None:
                    speaker = antecedent
        if (
            coordinator is None
            and speaker_match is not None
            and self._opens_clause(speaker, cue, form, end)
        ):
            coordinator = _COMMA_BEFORE.match(text, floor, boundary)
        if coordinator is None:
            return None
        tail = self.grammar.complement.match(text, cue[1], end).end()  # type: ignore[union-attr]
        shortened = self._make(
            [*previous.parts[:-1], (floor, coordinator.start())],
            previous.cue or cue,
            previous.speaker,
            previous.rule or "speaker-cue",
            previous.category or category,
        )
        following = self._make([(tail, end)], cue, speaker, rule, category)
        if shortened is None or following is None:
            return None
        return [shortened, following]

    def _antecedent(self, speaker: tuple[int, int]) -> tuple[int, int] | None:
        """The noun phrase a relative pronoun speaker stands for: "Reid" in "Reid, who
        endorsed Clinton, said ..."."""
        text = self.text
        if text[speaker[0] : speaker[1]].lower() not in self.grammar.pack.relative_pronouns:
            return None
        comma = _COMMA_BEFORE.match(text, max(0, speaker[0] - 8), speaker[0])
        if comma is None:
            return None
        match = self.grammar.speaker_before.match(
            text, max(0, comma.start() - _SPEAKER_REACH), comma.start()
        )
        if match is None or match.end("speaker") != comma.start():
            return None
        return match.span("speaker")

    def _pronoun_opens_clause(self, speaker: tuple[int, int], resume: int, end: int) -> bool:
        """Whether a pronoun right after a cue is the subject of the content that goes on
        after it (", said he got tickets"), not an inverted speaker (", said she.")."""
        pack = self.grammar.pack
        if pack.verb_second:
            return False  # "…, sagte er am Montag in Berlin": the subject follows the verb
        pronoun = self.text[speaker[0] : speaker[1]].lower()
        return pronoun in pack.pronouns and _has_word(self.text, resume, end)

    def _opens_clause(
        self, speaker: tuple[int, int], cue: tuple[int, int], form: str, end: int
    ) -> bool:
        """Whether a speaker and a verb cue after a comma open an attribution of their own
        ("While Ortiz said A, Lee said B"): a few words of content follow the cue (not just
        "said at the time"), and neither a comma (", Lee said, B" is parenthetical) nor a
        circumstance ("said while visiting"); the speaker is no relative pronoun ("who
        pleaded") or participle ("taking care to praise"), the cue no noun ("Congress'
        most zealous advocate for")."""
        text, grammar = self.text, self.grammar
        tail = grammar.complement.match(text, cue[1], end).end()  # type: ignore[union-attr]
        first_word = text[speaker[0] : speaker[1]].split()[0].lower()
        return (
            len(_WORDS.findall(text, tail, min(end, tail + 60))) >= _NEW_CLAUSE_WORDS
            and _COMMA_AFTER.match(text, cue[1], end) is None
            and grammar.circumstance.match(text, tail, end) is None
            and first_word not in grammar.pack.relative_pronouns
            and not grammar.is_participle(first_word)
            and form.lower() not in grammar.lexicon.noun_like
            and not grammar.is_nominal(form)
        )

    def _subject(self, start: int, end: int) -> tuple[int, int] | None:
        """The subject of the clause that opens a sentence: "In Iowa, Mr. Trump struck a
        measured tone, saying ..." -> "Mr. Trump"."""
        match = None
        if not self.grammar.pack.verb_second:
            # Not where the verb comes second: on German news it cost quotations
            # (WikiNews F1@0.3 71.30 -> 71.25), measured.
            # Cheap test first: the pattern needs two commas, which most sentences lack.
            comma = self.text.find(",", start, end)
            if comma >= 0 and self.text.find(",", comma + 1, end) >= 0:
                match = self.grammar.subject_apposition.match(self.text, start, end)
        if match is None:
            match = self.grammar.subject.match(self.text, start, end)
        if match is None or self._blocked(*match.span("speaker")):
            return None
        if self._is_time(match.span("speaker")):
            # "This year, she rose …": the time opens the sentence; its subject follows.
            comma = self.text.find(",", match.end("speaker"), end)
            if 0 <= comma - match.end("speaker") <= 1:
                return self._subject(first_non_space(self.text, comma + 1, end), end)
        return match.span("speaker")

    def _asked(self, start: int, end: int) -> Candidate | None:
        """``Asked whether X, she said ...``: the question is reported, its asker unnamed."""
        hint = self.grammar.asked_hint
        if CueCategory.SPEECH not in self.categories or not hint.search(
            self.text, start, start + 40
        ):
            return None  # cheap test first: most sentences open without "Asked"
        match = self.grammar.asked.match(self.text, start, end)
        if match is None:
            return None
        comma = self.text.find(",", match.end(), end)
        if comma < 0 or self._blocked(match.start("cue"), comma):
            return None
        return self._make(
            [(match.end(), comma)], match.span("cue"), None, "asked", CueCategory.SPEECH
        )

    def _participle_follows(self, start: int, end: int) -> bool:
        """Whether the words at ``start`` open with a participle cue ("adding that")."""
        start = first_non_space(self.text, start, end)
        match = self.grammar.lexicon.pattern.match(self.text, start, end)
        return match is not None and self.grammar.is_participle(match.group())

    def _circumstance_only(self, cue: tuple[int, int], end: int, form: str) -> bool:
        """Whether a verb whose content is a clause ("said") is followed, to the sentence's
        end, by nothing but a phrase opened by a preposition: a few words, no quotation,
        none of the words that show a clause (a subject pronoun, an auxiliary, "that")."""
        grammar = self.grammar
        if end - cue[1] > _CIRCUMSTANCE_REACH or (
            form.lower().split()[-1] not in grammar.clause_verb_forms
        ):
            return False
        first = _NEXT_WORD.match(self.text, cue[1], end)
        if first is None or (
            first.group(1).lower() not in grammar.circumstance_prepositions
            and first.group(1).casefold() not in grammar.time_nouns
        ):
            return False  # cheap test first: most cues go on with no preposition or time
        if _COMMA_AFTER.match(self.text, cue[1], end) is not None:
            return False  # "…, he said, from Bush …": the words after the comma go on
        words = _WORDS.findall(self.text, cue[1], end)
        while words and words[0].casefold() in grammar.time_nouns:
            words.pop(0)  # "said Tuesday in Avila"
        if (
            not words
            or words[0].lower() not in grammar.circumstance_prepositions
            or len(words) > _CIRCUMSTANCE_WORDS
            or self._blocked(cue[1], end)
        ):
            return False
        return not any(word.lower() in grammar.clause_markers for word in words)

    def _circumstance(self, start: int, comma: int, tail: int, end: int) -> bool:
        """Whether the words after a cue are its circumstance, not reported content.

        "Exports will grow this year, the minister said opening the fair, Nordwire reports."
        A whole clause before ", SPEAKER CUE" is the content when what follows the cue does
        not start a clause of its own ("that ...").
        """
        if len(_WORDS.findall(self.text, start, comma)) < _CLAUSE_WORDS:
            return False
        return self.grammar.circumstance.match(self.text, tail, end) is not None

    def _according_to(
        self, start: int, end: int, cue: tuple[int, int], category: CueCategory
    ) -> Candidate | None:
        text = self.text
        speaker_match = self.grammar.speaker_after.match(text, cue[1], end)
        if speaker_match is None and self.grammar.pack.verb_second:
            # "Laut einer am Montag veröffentlichten Studie …": a source too long to tell
            # from the rest; the sentence is reported all the same.
            return self._make([(start, cue[0]), (cue[1], end)], cue, None, "according-to", category)
        if speaker_match is None:
            return None
        speaker = speaker_match.span("speaker")
        if self.grammar.pack.verb_second:
            # "Laut Polizei wurden drei Menschen verletzt": the finite verb follows the
            # speaker with no comma; the content is the rest of the sentence, both sides.
            return self._make(
                [(start, cue[0]), (speaker[1], end)], cue, speaker, "according-to", category
            )
        if not _has_word(text, start, cue[0]):
            after = _COMMA_AFTER.search(text, speaker[1], end)
            if after is None:
                return None
            return self._make([(after.end(), end)], cue, speaker, "according-to", category)
        after = _COMMA_AFTER.match(text, speaker[1], end)
        if after is not None and _has_word(text, after.end(), end):
            # "Fundraising, according to the campaign, has surged": both sides are content.
            return self._make(
                [(start, cue[0]), (after.end(), end)], cue, speaker, "according-to", category
            )
        return self._make([(start, cue[0])], cue, speaker, "according-to", category)

    def _make(
        self,
        parts: Sequence[tuple[int, int]],
        cue: tuple[int, int] | None,
        speaker: tuple[int, int] | None,
        rule: str,
        category: CueCategory,
    ) -> Candidate | None:
        if rule in self.disabled:
            return None  # a switched-off rule makes nothing; the cue stays unused
        trimmed = [self._trim(start, end) for start, end in parts]
        kept = tuple(part for part in trimmed if _has_word(self.text, *part))
        if not kept:
            return None
        start, end = kept[0][0], kept[-1][1]
        inner = self._quoted_within(start, end)
        kind = QuoteKind.MIXED if inner else QuoteKind.INDIRECT
        if (
            len(kept) == 1
            and inner
            and self._introduces(kept[0], inner[-1])
            and not self._after_complementizer(kept[0][0])
        ):
            # The content is one quoted span, perhaps after words that introduce it ('in a
            # statement: "…"'): a direct quotation after all. After "that" it stays mixed:
            # verbatim words in the syntax of reported speech ('said that "…"').
            kind, kept = QuoteKind.DIRECT, inner[-1].parts
            start, end = inner[-1].start, inner[-1].end
        return Candidate(start, end, kept, kind, cue, speaker, rule, category)

    def _after_complementizer(self, start: int) -> bool:
        """Whether a complementizer ("that") stands right before ``start``."""
        match = self.grammar.complementizer_before.match(self.text, max(0, start - 20), start)
        return match is not None

    def _introduces(self, content: tuple[int, int], quoted: QuotedSpan) -> bool:
        """Whether ``content`` is ``quoted`` whole, or words ending in a colon and then
        ``quoted`` to the end ('a text message to supporters: "…"')."""
        if (quoted.start, quoted.end) == content:
            return True
        return quoted.end == content[1] and (
            _INTRODUCTION.match(self.text, content[0], quoted.start) is not None
        )

    def _trim(self, start: int, end: int) -> tuple[int, int]:
        # Bounded windows: a `regex` call costs in proportion to the text it is given.
        text = self.text
        start = self.grammar.content_lead.match(text, start, min(end, start + _TRIM)).end()  # type: ignore[union-attr]
        end = _TRAILING.match(text, max(start, end - _TRIM), end).start()  # type: ignore[union-attr]
        return strip_bounds(text, start, end)

    def _quoted_within(self, start: int, end: int) -> list[QuotedSpan]:
        index = bisect.bisect_left(self.quoted_spans, (start, start))
        inner = []
        while index < len(self.quoted) and self.quoted[index].end <= end:
            inner.append(self.quoted[index])
            index += 1
        return inner
