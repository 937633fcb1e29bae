"""Speaker resolution: whom "he", "the head of state" and "Aliyev" stand for in a document.

The document is read once, in text order. Names met on the way ("President of the
Republic of Azerbaijan Ilham Aliyev", "Sen. Ana Ortiz", "the Ministry of Energy", "the
Clinton campaign") become people and organisations, with the roles their titles and
appositions give them and the gender their titles show ("Mrs.", "spokeswoman"), else
their given name ("Carla"), else a pronoun shows where its sentence names no one else
("Ortiz said she ..."; not one inside a quotation, and the gender most such pronouns
show, at least two to one). A name described as someone is ("Tomas Brel, 52, a ferry
pilot,", "Ilse Varga, who ...") is a person a pronoun may mean, though nothing shows the
gender, unless also named after a word for a place ("in South Carolina"); a given name
and surname after an organisation's words ("House Budget Republican Mike Amsel") name a
person, not the organisation. Each quotation's speaker mention is resolved at its place:

* a **name** stands for the person it names; a surname alone ("Aliyev") for the person of
  the document with that surname and of the gender its title shows, if any ("Mrs.
  Clinton"; the one named more often, where two share it);
* **"he"/"she"** for the speaker of the quotation before (the one asked, where it asks:
  "Okafor asked Brel whether"), unless someone else of
  compatible gender has since been the subject of a sentence; otherwise for the latest
  such subject (but, where the speaker before cannot be meant, someone of that gender
  introduced in that sentence or the one before: "checked by Mr. Tomas Varga, an
  engineer,"), or with none, the latest person named; a tie (two people last named in
  one sentence) is left unresolved, never guessed; where nothing shows a person's gender,
  one taken for "she" is no candidate for "he" (and the other way round); a surname
  alone with a title ("President Amsel") is a candidate while it is the subject of the
  sentence or the one before, though nothing shows its gender;
* **"who"** for the name right before ", who" (not one inside a phrase such as "an
  adviser to Trump, who" or "a teacher from Varna, who", and never an organisation); after
  two names ("Brel and Varga, who say") for neither, unless its verb is singular;
* **a role noun** with a name set beside it ("the press secretary, Josh Earnest,") for
  that person;
* **a role noun** ("the head of state", "the minister", "the company") for the latest
  person with that title or role, or organisation of that kind; an epithet ("the
  billionaire businessman") like "he", for someone already quoted, titled or the subject of
  the sentence before (a gendered one for the one person of its gender named in its
  sentence, if any, whom no title describes); an agent ("the spokesman") never for the
  one it serves;
* **"it"/"they"** and an organisation noun with no organisation of its kind for an
  organisation that was the speaker just before.

Nothing is resolved further back than :data:`REACH` characters. First- and second-person
pronouns ("I", "we", "you") stand for no one the document names.
"""

from __future__ import annotations

import bisect
import functools
from collections.abc import Callable, Sequence

import attrs
import regex

from quoteattr.cues import alternation
from quoteattr.languages.pack import LanguagePack
from quoteattr.results import Person, Quote, QuoteKind, Span, Speaker
from quoteattr.segment import paragraph_bounds, sentence_bounds
from quoteattr.speakers import name_of, speaker_pattern

__all__ = ["REACH", "resolve_speakers"]

REACH = 2500
"""How far back, in characters, a pronoun or role noun looks for whom it stands for."""

# After a name: ", the head of the regional council," / ", a spokeswoman for the party,".
_APPOSITION = regex.compile(r"[^\S\n]*,[^\S\n]+(?:the|a|an)[^\S\n]+(?P<np>[^,.;:\n()]{1,80})[,.;]")
_WORD = regex.compile(r"[\p{L}\p{M}][\p{L}\p{M}'’\-.]*")
# After a role noun: ", Josh Earnest," names whom "the press secretary" stands for.
_APPOSED_NAME = regex.compile(
    r"[^\S\n]*,[^\S\n]+(?P<name>\p{Lu}[\p{L}\p{M}.'’\-]*(?:[^\S\n]+\p{Lu}[\p{L}\p{M}.'’\-]*){1,4}),"
)
_WORD_BEFORE = regex.compile(r"(?P<word>[\w'’\-]+)[^\S\n]+\Z", regex.REVERSE)
_NAME_BEFORE = regex.compile(r"\p{Lu}[\p{L}\p{M}'’\-.]*[^\S\n]+\Z", regex.REVERSE)
# After "who": a verb in the singular ("who has", "who says"), so that "Issa and Hunter,
# who was" is Hunter alone.
_SINGULAR_VERB = regex.compile(r"\w+[^\S\n]+(?:\w+[^\S\n]+)?\w+(?<!ss)s(?!\w)")
_NAME_AFTER = regex.compile(
    r"[^\S\n]+(?P<name>\p{Lu}[\p{L}\p{M}.'’\-]*(?:[^\S\n]+\p{Lu}[\p{L}\p{M}.'’\-]*){0,3})"
)
_BEFORE_RELATIVE = regex.compile(r"[^\S\n]*,[^\S\n]*\Z", regex.REVERSE)
_TWO_WORDS_BEFORE = regex.compile(
    r"(?P<noun>[\w'’\-]+)[^\S\n]+(?P<preposition>\w+)[^\S\n]+\Z", regex.REVERSE
)
# Before a sentence's subject: quotation marks, up to two clauses each closed by a comma
# ("Charismatic and soulful, and with an emotional force, Mr. Clinton was"), an opener.
_SUBJECT_PREFIX = (
    r"[\s\"“”'‘’«»(—–\-]*(?:[^,\n\"“”]{{1,120}},[^\S\n]+){{0,2}}(?i:{openers},?[^\S\n]+)?"
)
# Right before a name: up to four capitalised and two lower-case words and a role noun
# ("Former Pennsylvania governor" in "Former Pennsylvania governor Ed Rendell said",
# "leading candidate"): the name is the subject all the same, and has the role.
_DESCRIPTOR = (
    r"(?<![\p{{L}}\p{{M}}])(?:\p{{Lu}}[\p{{L}}\p{{M}}.\-]*[^\S\n]+){{0,4}}(?:\p{{Ll}}+[^\S\n]+){{0,2}}"
    r"(?P<role>{roles})[^\S\n]+\Z"
)
# A line of at least this many words, three in four capitalised, is a headline.
_HEADLINE_WORDS = 4
# How far a headline's line runs around a name in it, at most, in characters.
_HEADLINE_REACH = 300
# A capitalised word after a lower-case word or a comma: a proper noun, not a sentence's
# first word ("Exports rose") or a headline's capitals.
_PROPER = regex.compile(r"(?<=[\p{Ll},;][^\S\n]+)\p{Lu}[\p{L}\p{M}'’\-]*")
# A possessive after a capitalised word: "Obama's plan", "Carson’s renewed endorsement".
_POSSESSIVE = regex.compile(r"(?<=\p{Lu}[\p{L}\p{M}\-.]*)['’]s?(?=[^\p{L}\p{M}]|\Z)")


@attrs.define
class _Entity:
    """A person or organisation while the document is read (mutable, private)."""

    name: str
    first: Span
    roles: set[str]
    gender: str | None
    organisation: bool
    evident: bool  # a title, a role or a quotation shows it is a person or organisation
    last: int
    last_subject: int  # where it was last the subject of a sentence (-1: never)
    mentions: list[Span]
    last_named: int  # where a name (not a pronoun or role noun) last named it
    quotes: list[int] = attrs.field(factory=list)
    voted: str | None = None  # gender shown by pronouns; "?" where they disagree
    votes: dict[str, int] = attrs.field(factory=dict)  # pronouns of each gender for it
    given: str | None = None  # gender the given name shows ("Charles Koch")
    called: str | None = None  # gender of the latest "he"/"she" taken to stand for it
    placed: bool = False  # named after a word for a place ("in South Carolina")
    introduced: int = -1  # end of a first mention described ("Ilse Varga, a baker,")

    @property
    def surname(self) -> str:
        return self.name.split()[-1]


def _voted(votes: dict[str, int]) -> str | None:
    """The gender pronouns show: one at least twice as often as the other, else "?"
    where both were seen."""
    male, female = votes.get("male", 0), votes.get("female", 0)
    if male >= 2 * female and male:
        return "male"
    if female >= 2 * male and female:
        return "female"
    return "?"


def _gender_of(entity: _Entity) -> str | None:
    """What titles, else the given name, else pronouns show of an entity's gender (None
    when unknown): a pronoun read as someone's may be about another ("Clinton ... he")."""
    if entity.gender is not None:
        return entity.gender
    if entity.given is not None:
        return entity.given
    return entity.voted if entity.voted != "?" else None


def _may_be(entity: _Entity, gender: str | None) -> bool:
    """Whether ``entity`` may be of ``gender`` (None: of any): its own is unknown or the
    same."""
    known = _gender_of(entity)
    return gender is None or known is None or known == gender


@attrs.frozen
class _Words:
    """One pack's resolution words, prepared for lookups."""

    pronouns: dict[str, str]
    genders: dict[str, str]
    given_names: dict[str, str]
    synonyms: dict[str, frozenset[str]]
    title_roles: dict[str, str]
    titles: tuple[str, ...]
    organisations: frozenset[str]
    role_nouns: tuple[str, ...]
    role_set: frozenset[str]
    agents: frozenset[str]
    offices: tuple[str, ...]
    stopwords: frozenset[str]
    function_words: frozenset[str]
    title_words: frozenset[str]
    inside_phrase: frozenset[str]
    locations: frozenset[str]
    places: frozenset[str]
    conjunctions: frozenset[str]
    asking: frozenset[str]
    subject_pronouns: frozenset[str]
    possessives: frozenset[str]
    object_particles: frozenset[str]
    companies: frozenset[str]
    subject: regex.Pattern[str]
    descriptor: regex.Pattern[str]
    described_name: regex.Pattern[str]
    bare_apposition: regex.Pattern[str]
    described: regex.Pattern[str]
    owned: regex.Pattern[str]
    mentions: regex.Pattern[str]


@functools.lru_cache(maxsize=16)
def _words_for(pack: LanguagePack) -> _Words:
    people = pack.people
    synonyms: dict[str, set[str]] = {}
    for role, title in people.role_synonyms:
        synonyms.setdefault(role, {role}).add(title)
    relatives = [word for word, kind in people.pronouns if kind == "relative"]
    person_roles = [role for role in people.role_nouns if role not in people.organisation_words]
    return _Words(
        pronouns=dict(people.pronouns),
        genders=dict(people.gendered_words),
        given_names=dict(people.given_names),
        synonyms={role: frozenset(titles) for role, titles in synonyms.items()},
        title_roles=dict(people.title_roles),
        # Longest first, so "prime minister" is found before "minister"; then in
        # alphabetical order, the same in every process (a set's order is not).
        titles=tuple(sorted({t.lower() for t in pack.titles}, key=_longest_first)),
        organisations=frozenset(people.organisation_words),
        role_nouns=tuple(sorted(people.role_nouns, key=_longest_first)),
        role_set=frozenset(people.role_nouns) - frozenset(people.organisation_words),
        # Role nouns and the titles made of them ("vice president"), longest first: the
        # role a phrase names is the longest one in it.
        offices=tuple(
            sorted(
                {*people.role_nouns}
                | {
                    t.lower()
                    for t in pack.titles
                    if any(word in people.role_nouns for word in t.lower().split())
                },
                key=_longest_first,
            )
        ),
        agents=frozenset(people.agent_nouns),
        stopwords=frozenset(pack.name_stopwords),
        function_words=frozenset(pack.phrase_stopwords),
        title_words=frozenset(word for title in pack.titles for word in title.split()),
        inside_phrase=frozenset(people.place_words + people.phrase_words),
        locations=frozenset(people.location_words),
        places=frozenset(people.place_words) - frozenset(pack.articles),
        conjunctions=frozenset(people.name_conjunctions),
        asking=frozenset(people.asking_cues),
        subject_pronouns=frozenset(people.subject_pronouns),
        possessives=frozenset(people.possessive_pronouns),
        object_particles=frozenset(people.object_particles),
        companies=frozenset(people.company_words),
        subject=regex.compile(
            _SUBJECT_PREFIX.format(openers=alternation(people.sentence_openers)), regex.VERSION1
        ),
        descriptor=regex.compile(
            _DESCRIPTOR.format(roles=alternation(person_roles)),
            regex.VERSION1 | regex.REVERSE,
        ),
        described_name=regex.compile(
            rf"[^\S\n]+(?:{alternation(person_roles)})[^\S\n]+\p{{Lu}}", regex.VERSION1
        ),
        # ", author of a book on ports,", ", chairman of the board,": a role without an
        # article describes the name before it as well.
        bare_apposition=regex.compile(
            rf"[^\S\n]*,[^\S\n]+(?P<np>(?:[\p{{Ll}}\-]+[^\S\n]+){{0,2}}"
            rf"(?:{alternation(person_roles)})(?![\p{{L}}\p{{M}}])[^,.;:\n()]{{0,70}})[,.;]",
            regex.VERSION1,
        ),
        described=regex.compile(_described(relatives, pack.articles), regex.VERSION1),
        owned=regex.compile(
            r"(?<![\p{L}\p{M}])(?P<owner>\p{Lu}[\p{L}\p{M}\-]*(?:[^\S\n]+\p{Lu}[\p{L}\p{M}\-]*){0,3})"
            rf"(?:['’]s)?[^\S\n]+(?P<noun>{alternation(people.organisation_words)})(?![\p{{L}}\p{{M}}])",
            regex.VERSION1,
        ),
        # Mentions start at a word: "an" in "chairwoman" is no article.
        mentions=regex.compile(
            rf"(?<![\p{{L}}\p{{M}}])(?:{speaker_pattern(pack)})", regex.VERSION1
        ),
    )


def _longest_first(word: str) -> tuple[int, str]:
    return -len(word), word


def _described(relatives: Sequence[str], articles: Sequence[str]) -> str:
    """What follows a name described as a person: ", who", an age (", 52,") or an
    apposition (", a ferry pilot"); a pack without relative pronouns or articles has only
    the age."""
    after_comma = [r"\d{1,3},"]
    if relatives:
        after_comma.append(alternation(relatives))
    if articles:
        after_comma.append(rf"{alternation(articles)}[^\S\n]")
    return rf"[^\S\n]*,[^\S\n]+(?:{'|'.join(after_comma)})"


def resolve_speakers(
    text: str, quotes: Sequence[Quote], pack: LanguagePack
) -> tuple[tuple[Quote, ...], tuple[Person, ...]]:
    """The quotations with their speakers resolved across ``text``, and the people quoted.

    Each returned quotation equals the one given except for ``speaker.name`` and
    ``speaker.named_by``; people are listed once each, in the order they are first named.
    """
    words = _words_for(pack)
    # Read twice: what the whole article shows of each person's gender ("Sanders ... his
    # campaign" three paragraphs on) is known from the start of the second reading.
    direct = tuple((q.span.start, q.span.end) for q in quotes if q.kind is QuoteKind.DIRECT)
    sentences = sentence_bounds(
        text, paragraph_bounds(text), frozenset(pack.abbreviations), list(direct)
    )
    found = _Found(
        mentions=tuple(words.mentions.finditer(text)),
        owned=tuple(words.owned.finditer(text)),
        sentence_starts=tuple(start for start, _ in sentences),
        direct=direct,
        proper=frozenset(_PROPER.findall(text)),
    )
    first = _Reader(text, pack, words, found)
    first.read(quotes)
    shown = {e.name: gender for e in first.entities if (gender := _gender_of(e)) is not None}
    return _Reader(text, pack, words, found, shown).read(quotes)


@attrs.frozen
class _Found:
    """What the patterns and the sentence splitter find in a text, once for both
    readings; ``direct`` are the direct quotations' spans."""

    mentions: tuple[regex.Match[str], ...]
    owned: tuple[regex.Match[str], ...]
    sentence_starts: tuple[int, ...]
    direct: tuple[tuple[int, int], ...]
    proper: frozenset[str]


class _Reader:
    def __init__(
        self,
        text: str,
        pack: LanguagePack,
        words: _Words,
        found: _Found,
        genders: dict[str, str] | None = None,
    ) -> None:
        self.found = found
        self.genders = genders or {}
        self.genders_known = genders is not None
        self.text = text
        self.pack = pack
        self.words = words
        self.entities: list[_Entity] = []
        # Every mention's end and entity, in text order: lookups go back a bounded stretch
        # of it, so reading stays linear in the length of the article.
        self.timeline_ends: list[int] = []
        self.timeline: list[_Entity] = []
        self.by_surname: dict[str, list[_Entity]] = {}
        self.by_name: dict[str, _Entity] = {}
        self.sentence_starts = found.sentence_starts
        self.previous_speaker: _Entity | None = None
        self.previous_cue: Span | None = None
        self.previous_spoke = -1  # where the previous speaker was last named as one
        self.scanned: dict[int, regex.Match[str]] = {}
        self.headlines: dict[int, bool] = {}  # line start -> whether it is a headline
        self.proper = found.proper
        self.direct_starts = [start for start, _ in found.direct]
        self.direct_ends = [end for _, end in found.direct]

    def read(self, quotes: Sequence[Quote]) -> tuple[tuple[Quote, ...], tuple[Person, ...]]:
        speakers = {q.speaker.mention.start: i for i, q in enumerate(quotes) if q.speaker}
        resolved: dict[int, _Entity] = {}
        quote_at = sorted(
            (q.speaker.mention.start, i) for i, q in enumerate(quotes) if q.speaker is not None
        )
        scanned = self.found.mentions
        self.scanned = {m.end(): m for m in scanned}
        names = [m for m in scanned if m.start() not in speakers]
        # Names met in the text and speakers to resolve, in text order; a speaker first
        # where both start at one place.
        events: list[tuple[int, int, regex.Match[str] | None]] = [(m.start(), -1, m) for m in names]
        events.extend((start, index, None) for start, index in quote_at)
        events.extend((m.start(), -2, m) for m in self.found.owned)
        events.sort(key=lambda event: (event[0], event[2] is not None))
        for _, index, match in events:
            if match is not None and index == -2:
                self._owned(match)
                continue
            if match is not None:
                self._met(match)
                continue
            speaker = quotes[index].speaker
            assert speaker is not None  # only quotations with a speaker are events
            entity = self._resolve(speaker.mention)
            if entity is not None:
                resolved[index] = entity
                entity.quotes.append(index)
                self.previous_speaker = entity
                self.previous_cue = quotes[index].cue
                self.previous_spoke = speaker.mention.end
        return self._results(quotes, resolved)

    # Meeting names in the text ------------------------------------------------------------

    def _met(self, match: regex.Match[str]) -> None:
        self._met_at(*match.span())

    def _met_at(self, start: int, end: int) -> None:
        words = self.text[start:end]
        if self._epithet_subject(Span.of(self.text, start, end)):
            return
        if words.islower() and words.split(maxsplit=1)[0] not in self.words.pronouns:
            return  # "the harbour", "a plan": no name and no pronoun, nothing to learn
        if "'" in words or "’" in words:
            possessive = _POSSESSIVE.search(self.text, start, end)
            if possessive is not None:
                end = possessive.start()  # "President Obama's plan" names Obama as well
        mention = Span.of(self.text, start, end)
        name = self._name(mention.text)
        if name is None:
            self._subject_pronoun(mention)
            return
        if self._in_headline(end - 1):
            return  # "Ben Carson Slams Hillary And The Media": capitals name no one there
        if self.words.described_name.match(self.text, end, min(len(self.text), end + 60)):
            return  # "Dallas Mavericks owner Mark Cuban": words describing the one named next
        known = self._known(name, self._title_gender(mention.text, name))
        if known is not None:
            self._mention(known, mention)
            self._learn_from_title(known, mention, name)
            return
        if len(name.split()) < 2 and not (
            len(mention.text) > len(name) or (name in self.proper and self._is_subject(mention))
        ):
            return  # one capitalised word is a name when titled ("Ms. Ortiz") or a subject
        self._register(mention, name)

    def _epithet_subject(self, mention: Span) -> bool:
        """ "The GOP candidate took to Twitter": a role noun opening a sentence, though no
        quotation hangs on it, keeps the one it stands for the subject. Whether it was
        such a mention."""
        lowered = mention.text.lower()
        if not lowered.startswith("the ") or not self._is_subject(mention):
            return False
        if not self._names_role(lowered):
            return False
        entity = self._apposed(mention, lowered) or self._role(mention, lowered)
        if entity is not None:
            self._mention(entity, mention, named=False)
        return True

    def _in_headline(self, position: int) -> bool:
        """Whether ``position`` is in a line of title-case words (a headline: "Carson Slams
        Clinton And The Media"), where capitals do not tell names from other words: three
        in four words capitalised, a function word among them, or the text's first line
        with every word capitalised."""
        # Bounded searches: a line longer than a headline is none, and an unbounded search
        # would make a long one-line text quadratic.
        floor = max(0, position - _HEADLINE_REACH)
        line_start = self.text.rfind("\n", floor, position) + 1
        if line_start == 0 and floor > 0:
            return False
        headline = self.headlines.get(line_start)
        if headline is None:
            line_end = self.text.find("\n", position, position + _HEADLINE_REACH)
            if line_end < 0 and position + _HEADLINE_REACH < len(self.text):
                line_end = line_start  # no line end near: too long for a headline
            line = self.text[line_start : line_end if line_end >= 0 else len(self.text)]
            words = [word for word in line.split() if word[:1].isalpha()]
            capitalised = [word for word in words[1:] if word[:1].isupper()]
            # A capitalised function word tells a headline from a list of names; the first
            # line of the text, every word capitalised, is the headline anyway.
            headline = len(words) >= _HEADLINE_WORDS and (
                (
                    len(capitalised) + 1 >= 0.75 * len(words)
                    and any(word.lower() in self.words.function_words for word in capitalised)
                )
                or (line_start == 0 and len(capitalised) + 1 == len(words))
            )
            self.headlines[line_start] = headline
        return headline

    def _owned(self, match: regex.Match[str]) -> None:
        """ "the Sanders campaign", "Cruz's campaign": an organisation named by its owner."""
        owner = match.group("owner")
        if owner.split()[0] in self.words.stopwords:
            return
        mention = Span.of(self.text, *match.span())
        name = " ".join(mention.text.split())
        entity = self.by_name.get(name)
        if entity is None:
            entity = self._register(mention, name)
        else:
            self._mention(entity, mention)

    def _name(self, mention: str) -> str | None:
        """The name a mention carries, unless it opens with a word that is no name
        ("After", "However") and was capitalised only by the sentence."""
        name = name_of(mention, self.pack)
        if name is None:
            return self._organisation_name(mention)
        head = mention.split(" of ", 1)[0] if " of " in mention else ""
        head_name = name_of(head, self.pack) if head else None
        if head_name and any(w not in self.words.title_words for w in head_name.split()):
            name = head_name  # "Representative Peter T. King of New York" is Peter T. King
        words = name.split()
        if words[0] in self.words.stopwords:
            return None
        # "Mexican President Felipe Calderon": the name is what follows the last title.
        titled = [i for i, word in enumerate(words[:-1]) if word in self.words.title_words]
        if titled:
            return " ".join(words[titled[-1] + 1 :])
        return self._person_after_organisation(words) or name

    def _person_after_organisation(self, words: list[str]) -> str | None:
        """ "House Intelligence Republican Mike Pompeo": a given name and what follows it,
        after an organisation's word, name a person of that organisation."""
        given = [i for i in range(1, len(words) - 1) if words[i] in self.words.given_names]
        if not given or not any(
            word.lower() in self.words.organisations for word in words[: given[0]]
        ):
            return None
        return " ".join(words[given[0] :])

    def _organisation_name(self, mention: str) -> str | None:
        """ "the Clinton campaign", "The Bush administration": an organisation named by
        the capitalised words before its noun."""
        words = mention.split()
        if (
            len(words) < 3
            or words[0].lower() != "the"
            or words[-1].lower() not in self.words.organisations
            or not all(word[:1].isupper() for word in words[1:-1])
        ):
            return None
        return " ".join(words[1:])

    def _subject_pronoun(self, mention: Span) -> None:
        """ "He voted against it.": a pronoun opening a sentence keeps its person the
        subject, though no quotation hangs on it. "Trump eased his tone": a gendered
        pronoun after the only person named so far in its sentence shows that person's
        gender."""
        lowered = mention.text.lower()
        first = lowered.split(maxsplit=1)[0]
        kind = self.words.pronouns.get(first)
        if kind not in ("male", "female"):
            return
        words = lowered.split()
        if lowered not in self.words.subject_pronouns and (
            first not in self.words.possessives
            or len(words) < 2
            or words[1] in self.words.object_particles
        ):
            return  # "attacked her", "backed her up": an object is as often someone else
        if self._quoted(mention.start):
            return  # "Ortiz said: 'she lied'": a pronoun quoted is someone the speaker means
        named = self._named_in_sentence(mention.start)
        sentence = self._sentence(mention.start + 1)
        if (
            len(named) == 1
            and self._sentence(named[0].last_subject) == sentence
            and self._sentence(named[0].last_named) == sentence
        ):
            # "Ortiz said he ...": the subject, alone, and named by a name in the sentence
            self._vote(named[0], kind)
        if lowered in self.words.subject_pronouns and self._is_subject(mention):
            entity = self._person(mention.start, kind)
            if entity is not None:
                self._mention(entity, mention, named=False)

    def _named_in_sentence(self, position: int) -> list[_Entity]:
        sentence = self._sentence(position + 1)
        start = self.sentence_starts[sentence - 1] if sentence > 0 else 0
        return [
            e
            for e in self._window(start, position)
            if e.last < position and self._sentence(e.last) == sentence
        ]

    def _window(self, start: int, end: int) -> list[_Entity]:
        """The entities with a mention ending between ``start`` and ``end``, once each."""
        low = bisect.bisect_left(self.timeline_ends, start)
        high = bisect.bisect_right(self.timeline_ends, end)
        return list({id(e): e for e in self.timeline[low:high]}.values())

    def _record(self, entity: _Entity, end: int) -> None:
        index = bisect.bisect_right(self.timeline_ends, end)
        self.timeline_ends.insert(index, end)
        self.timeline.insert(index, entity)

    def _vote(self, entity: _Entity, gender: str) -> None:
        if entity.gender is None and not entity.organisation:
            entity.evident = True
            if self.genders_known:
                return  # the second reading: the first one counted these pronouns
            entity.votes[gender] = entity.votes.get(gender, 0) + 1
            entity.voted = _voted(entity.votes)

    def _learn_from_title(self, entity: _Entity, mention: Span, name: str) -> None:
        """ "Mr. Trump" after "Donald J. Trump": the title tells the gender and role."""
        roles, gender = self._roles(mention.text[: mention.text.rfind(name)])
        entity.roles |= roles
        if gender is not None and entity.gender is None:
            entity.gender = gender
        entity.evident = entity.evident or bool(roles or gender)

    def _register(self, mention: Span, name: str) -> _Entity:
        title_text = mention.text[: mention.text.rfind(name)]
        roles, gender = self._roles(title_text)
        descriptor = self._descriptor(mention.start)
        if descriptor is not None:
            roles.add(descriptor.group("role"))
        reach = min(len(self.text), mention.end + 100)
        apposition = _APPOSITION.match(
            self.text, mention.end, reach
        ) or self.words.bare_apposition.match(self.text, mention.end, reach)
        if apposition is not None:
            more, apposed_gender = self._roles(" " + apposition.group("np"))
            roles |= {role for role in more if role in self.words.role_nouns}
            gender = gender or apposed_gender
        lowered = {word.lower() for word in name.split()}
        # "Lance Beebe, 49, a Navy veteran", "Deja Stewart, who": described as someone is.
        described = self.words.described.match(self.text, mention.end, mention.end + 12)
        entity = _Entity(
            name=name,
            first=mention,
            roles=roles,
            gender=gender,
            organisation=bool(lowered & self.words.organisations),
            evident=bool(roles or gender or described),
            last=mention.end,
            last_subject=mention.end if self._is_subject(mention) else -1,
            mentions=[mention],
            last_named=mention.end,
            voted=self.genders.get(name),
            given=self._given_gender(name),
        )
        if entity.voted is not None or entity.given is not None:
            entity.evident = True
        entity.placed = self._placed(mention.start)
        if described is not None or apposition is not None:
            entity.introduced = mention.end
        self.entities.append(entity)
        self.by_surname.setdefault(entity.surname, []).append(entity)
        self._record(entity, mention.end)
        self.by_name[name] = entity
        return entity

    def _placed(self, start: int) -> bool:
        """Whether the word before ``start`` is one after which a name is a place ("in")."""
        before = _WORD_BEFORE.match(self.text, max(0, start - 20), start)
        return before is not None and before.group("word").lower() in self.words.locations

    def _given_gender(self, name: str) -> str | None:
        """The gender a full name's given name shows ("Charles Koch", "Democrat Elijah
        Cummings": the first word that is a given name, not the last), if any."""
        words = name.split()
        return next((g for w in words[:-1] if (g := self.words.given_names.get(w))), None)

    def _roles(self, words: str) -> tuple[set[str], str | None]:
        """The roles and the gender that title or apposition words give."""
        lowered = f" {words.lower()} "
        roles = set()
        # Longest first, each taken out once found: "Vice President" is no president.
        for title in (*self.words.titles, *self.words.role_nouns):
            if f" {title} " in lowered:
                roles.add(title)
                lowered = lowered.replace(f" {title} ", "  ")
        gender = None
        for word in _WORD.findall(words):
            if word in self.words.title_roles:
                roles.add(self.words.title_roles[word])
            gender = gender or self.words.genders.get(word)
        return roles, gender

    def _title_gender(self, mention: str, name: str) -> str | None:
        """The gender the title before a name shows ("Mrs." in "Mrs. Clinton")."""
        return self._roles(mention[: mention.rfind(name)])[1]

    def _known(self, name: str, gender: str | None = None) -> _Entity | None:
        """The entity ``name`` names: the same name, the same first and last word, or, for
        one word, the only entity with that surname (of the gender its title shows: "Mrs.
        Clinton" is not Bill Clinton)."""
        if name in self.by_name and _may_be(self.by_name[name], gender):
            return self.by_name[name]  # "Mr. Khan" is not the Khan taken for "Mrs. Khan"
        words = name.split()
        if len(words) == 1:
            matches = [
                e
                for e in self.by_surname.get(name, ())
                if len(e.name.split()) > 1 and _may_be(e, gender)
            ]
            # "Clinton" after "Hillary Clinton" and "Bill Clinton": the one named more often.
            matches.sort(key=lambda e: len(e.mentions), reverse=True)
            if len(matches) > 1 and len(matches[0].mentions) == len(matches[1].mentions):
                return None
            return matches[0] if matches else None
        same = [e for e in self.by_surname.get(words[-1], ()) if e.name.split()[0] == words[0]]
        return same[0] if len(same) == 1 else None

    def _mention(self, entity: _Entity, mention: Span, *, named: bool = True) -> None:
        entity.mentions.append(mention)
        entity.last = mention.end
        if named:
            entity.last_named = mention.end
            entity.placed = entity.placed or self._placed(mention.start)
        self._record(entity, mention.end)
        if self._is_subject(mention):
            entity.last_subject = mention.end

    def _is_subject(self, mention: Span) -> bool:
        """Whether a mention opens its sentence ("But Ortiz said ...", "Tired, and with the
        vote near, Ortiz said ..."): the subject, whom a later "he" or "she" most likely
        means."""
        index = self._sentence(mention.start + 1) - 1
        start = self.sentence_starts[index] if index >= 0 else 0
        if mention.start - start > 160 or self._quoted(mention.start):
            return False
        if _POSSESSIVE.match(self.text, mention.end) and self._after_name(start, mention):
            return False  # "Dan Brel, Mitt Varga's state director, said": Brel is the subject
        if self.words.subject.fullmatch(self.text, start, mention.start) is not None:
            return True
        descriptor = self._descriptor(mention.start)
        return (
            descriptor is not None
            and self.words.subject.fullmatch(self.text, start, descriptor.start()) is not None
        )

    def _after_name(self, sentence_start: int, mention: Span) -> bool:
        """Whether the sentence opens with a name and a comma right before ``mention``
        ("Dan Brel, " before "Mitt Varga's state director"): an apposition to that name."""
        before = self._before_comma(mention.start)
        return (
            before is not None
            and not self.text[sentence_start : before.start()].strip()
            and self._name(before.group()) is not None
        )

    def _descriptor(self, start: int) -> regex.Match[str] | None:
        """The capitalised words and role noun right before a name ("Former Pennsylvania
        governor" before "Ed Rendell"), if any."""
        return self.words.descriptor.match(self.text, max(0, start - 120), start)

    def _quoted(self, position: int) -> bool:
        index = bisect.bisect_right(self.direct_starts, position) - 1
        return index >= 0 and position < self.direct_ends[index]

    # Resolving a speaker mention ------------------------------------------------------------

    def _resolve(self, mention: Span) -> _Entity | None:
        name = self._name(mention.text)
        if name is not None:
            gender = self._title_gender(mention.text, name)
            entity = self._known(name, gender) or self._register(mention, name)
            entity.evident = True
            if entity.first != mention:
                self._mention(entity, mention)
            return entity
        lowered = mention.text.lower()
        kind = self.words.pronouns.get(lowered)
        apposed = self._apposed(mention, lowered) if kind is None else None
        if apposed is not None:
            self._mention(apposed, mention, named=False)
            return apposed
        if _POSSESSIVE.search(self.text, mention.start, mention.end) is not None:
            # "Carson's team said": the team, not Carson, but Carson is named here.
            self._met_at(mention.start, mention.end)
            return None
        found = self._pronoun(mention, kind) if kind is not None else self._role(mention, lowered)
        if found is not None:
            self._mention(found, mention, named=False)
        return found

    def _names_role(self, lowered: str) -> bool:
        """Whether lower-cased words hold a role noun of a person ("the press secretary")."""
        return any(f" {role} " in f" {lowered} " for role in self.words.role_set)

    def _apposed(self, mention: Span, lowered: str) -> _Entity | None:
        """ "the White House press secretary, Josh Earnest, said": the person a role noun
        names in the apposition right after it, with the role."""
        if not self._names_role(lowered):
            return None
        end = min(len(self.text), mention.end + 80)
        match = _APPOSED_NAME.match(self.text, mention.end, end)
        if match is None:
            return None
        span = Span.of(self.text, *match.span("name"))
        name = self._name(span.text)
        if name is None or len(name.split()) < 2 or self._in_headline(span.end - 1):
            return None
        entity = self._known(name) or self._register(span, name)
        entity.roles |= self._roles(mention.text)[0]
        entity.evident = True
        return entity

    def _pronoun(self, mention: Span, kind: str) -> _Entity | None:
        if kind in ("male", "female"):
            return self._person(mention.start, kind)
        if kind == "relative":
            return self._relative(mention.start)
        previous = self.previous_speaker
        if kind in ("plural", "neuter") and previous is not None and previous.organisation:
            # "The ministry said ... They added": an organisation speaking on, within the
            # two sentences after it last spoke (further on, "they" are as often others).
            spoke = self._sentence(self.previous_spoke)
            return previous if self._sentence(mention.start) - spoke <= 2 else None
        return None

    def _person(self, position: int, gender: str | None) -> _Entity | None:
        """The person "he"/"she" (or an epithet) means: the previous speaker, unless someone
        else of compatible gender has since been the subject of a sentence; else the latest
        such subject; else the latest person named."""

        sentence = self._sentence(position)

        def compatible(entity: _Entity) -> bool:
            known = _gender_of(entity)
            if (
                known is None
                and (len(entity.name.split()) < 2 or entity.name.isupper())
                and not self._titled_subject(entity, sentence)
                and not self._quoted_subject(entity, sentence)
            ):
                return False  # "Iowa", "CNN": one word says nothing of a person unless gendered
            if known is None and gender and entity.called not in (None, gender):
                return False  # taken for "she" before: "he" now is someone else
            if known is None and entity.placed and not entity.roles:
                return False  # "in South Carolina": a place, though quoted as a speaker
            return not entity.organisation and entity.evident and known in (None, gender or known)

        candidates = self._recent(position, compatible)
        previous = self.previous_speaker
        asked = self._asked()
        if asked is not None and asked in candidates and asked is not previous:
            # "Scott Conroy asked Sanders whether ... 'Sure it is,' he said": the one asked
            # answers.
            self._learn(asked, gender, candidates)
            return asked
        introduced = [
            e
            for e in candidates
            if e.introduced >= 0
            and (previous is None or e.introduced > previous.last)
            and sentence - self._sentence(e.introduced) <= 1
            and e.last_subject < 0
            and _gender_of(e) == gender
        ]
        if introduced and gender and (previous is None or not compatible(previous)):
            # "checked by Mr. Tomas Varga, an engineer. 'They are fine,' he said": where the
            # speaker before cannot be meant, someone of the gender introduced since, in
            # this sentence or the last, not the subject of a sentence further back.
            chosen = self._unique_latest(introduced)
            if chosen is not None:
                self._learn(chosen, gender, candidates)
            return chosen
        # The speaker holds the story from where they last spoke or were a subject: a
        # mention in passing since ("pointed out Mr. Rubio's interest") does not renew it.
        held = -1 if previous is None else max(previous.last_subject, self.previous_spoke)
        if (
            previous is not None
            and compatible(previous)
            and position - previous.last <= REACH
            and not any(e is not previous and e.last_subject > held for e in candidates)
        ):
            # The speaker going on is how news writes.
            self._learn(previous, gender, candidates)
            return previous
        subjects = sorted(
            (e for e in candidates if e.last_subject >= 0 and position - e.last_subject <= REACH),
            key=lambda e: e.last_subject,
            reverse=True,
        )
        chosen = self._unique_latest(subjects, by_subject=True) if subjects else None
        if chosen is None and not subjects:
            chosen = self._unique_latest(candidates)
        if chosen is not None:
            self._learn(chosen, gender, candidates)
        return chosen

    def _asked(self) -> _Entity | None:
        """The person named right after the previous quotation's cue when it asks ("asked
        Sanders whether"), if any."""
        cue = self.previous_cue
        if cue is None or cue.text.lower() not in self.words.asking:
            return None
        match = _NAME_AFTER.match(self.text, cue.end, min(len(self.text), cue.end + 60))
        if match is None:
            return None
        name = self._name(match.group("name"))
        return self._known(name) if name is not None else None

    def _titled_subject(self, entity: _Entity, sentence: int) -> bool:
        """Whether an entity has a role ("President Obama", "Pope Francis") and is the subject
        of ``sentence`` or the one before: a person the pronoun there likely means."""
        return (
            bool(entity.roles & self.words.role_set)
            and entity.last_subject >= 0
            and sentence - self._sentence(entity.last_subject) <= 1
        )

    def _quoted_subject(self, entity: _Entity, sentence: int) -> bool:
        """Whether an entity has been quoted and is the subject of ``sentence`` or the one
        before ("Huckabee said ... Huckabee offered a similar explanation. At the time, he
        told"): someone speaking, though named by one word only."""
        return (
            bool(entity.quotes)
            and entity.name in self.proper
            and not entity.name.isupper()
            and entity.last_subject >= 0
            and sentence - self._sentence(entity.last_subject) <= 1
        )

    def _learn(self, entity: _Entity, gender: str | None, candidates: Sequence[_Entity]) -> None:
        entity.called = gender or entity.called
        # Only where no one else could have been meant does a pronoun show a gender.
        if gender and all(e is entity for e in candidates):
            self._vote(entity, gender)  # only where no one else could have been meant

    def _before_comma(self, position: int) -> regex.Match[str] | None:
        """The mention that ends right before a comma and spaces before ``position``."""
        comma = _BEFORE_RELATIVE.match(self.text, max(0, position - 8), position)
        return self.scanned.get(comma.start()) if comma is not None else None

    def _relative(self, position: int) -> _Entity | None:
        """ "Hill, who chairs the panel, said": the mention right before ", who"."""
        antecedent = self._before_comma(position)
        if antecedent is None:
            return None
        if antecedent.group()[:1].islower() or self._affiliation(antecedent.group()):
            # "Sen. Jeff Flake, an Arizona Republican, who" (or ", Republican of Arizona,
            # who"): a noun phrase after a name and a comma describes that name, which
            # "who" stands for.
            named = self._before_comma(antecedent.start())
            if named is not None and self._name(named.group()) is not None:
                antecedent = named
        mention = Span.of(self.text, *antecedent.span())
        lowered = mention.text.lower()
        if lowered in self.words.pronouns or self._inside_role_phrase(mention.start):
            return None  # "an adviser to Trump, who": "who" is the adviser
        name = self._name(mention.text)
        entity = (
            self._role(mention, lowered)
            if name is None
            else self._known(name) or self._register(mention, name)
        )
        # "the ranking member of the Intelligence Committee, who": "who" is a person, so
        # an organisation before it ends a phrase about someone else.
        if entity is None or entity.organisation:
            return None
        before = _WORD_BEFORE.match(self.text, max(0, mention.start - 20), mention.start)
        word = before.group("word").lower() if before is not None else ""
        if word in self.words.places and _gender_of(entity) is None and not entity.roles:
            return None  # "a teacher from Manchester, who": a place ends the phrase
        if (
            before is not None
            and word in self.words.conjunctions
            and _NAME_BEFORE.match(self.text, max(0, before.start() - 40), before.start())
            and not _SINGULAR_VERB.match(self.text, position, position + 40)
        ):
            return None  # "Jeb Bush and Chris Christie, who say": both, not the last one
        return entity

    def _affiliation(self, words: str) -> bool:
        """Whether ``words`` are one capitalised word and what it is "of" ("Republican of
        Arizona"): a party or post, not a person's name."""
        name = self._name(words)
        return name is not None and " " not in name and words.startswith(f"{name} of ")

    def _inside_role_phrase(self, start: int) -> bool:
        """Whether the words before ``start`` are a role and a preposition ("a longtime
        adviser to"), so that a name at ``start`` is not what a later "who" stands for."""
        before = _TWO_WORDS_BEFORE.match(self.text, max(0, start - 40), start)
        return (
            before is not None
            and before.group("preposition").lower() in self.words.inside_phrase
            and before.group("noun").lower() in self.words.role_nouns
        )

    def _role(self, mention: Span, lowered: str) -> _Entity | None:
        words = lowered.split()
        if not words or words[0] != "the" or "'s" in lowered or "’s" in lowered:
            return None  # "a spokeswoman", "the minister's aide": someone not named
        padded = f" {lowered} "
        # The longest role in the phrase; of two as long, the later one, its head noun
        # ("the chief judge" is a judge).
        role = max(
            (r for r in self.words.offices if f" {r} " in padded),
            key=lambda r: (len(r), padded.rfind(f" {r} ")),
            default=None,
        )
        if role is None:
            return None
        if role in self.words.organisations:
            found = self._latest(mention.start, lambda e: self._is_kind_of(e, role))
            previous = self.previous_speaker
            if found is None and previous is not None and previous.organisation:
                # "The ministry said ... The agency added": the organisation speaking on.
                return previous if mention.start - previous.last <= REACH else None
            return found
        titles = self.words.synonyms.get(role, frozenset({role}))
        gender = next((g for w in words if (g := self.words.genders.get(w))), None)
        titled = self._recent(
            mention.start,
            lambda e: not e.organisation and bool(e.roles & titles) and _may_be(e, gender),
        )
        if titled:
            return self._unique_latest(titled)
        # An epithet for the person the story is about ("Trump said ... The billionaire
        # businessman added"): read like "he" or "she", but only for someone already quoted,
        # titled, or the subject of the sentence before, so a headline's stray capitals are
        # never taken for a person.
        if role in self.words.agents:
            return None  # "the White House spokesman" speaks for someone, is not them
        sentence = self._sentence(mention.start)
        named_here = self._recent(
            mention.start,
            lambda e: (
                not e.organisation
                and e.evident
                and len(e.name.split()) > 1
                and _may_be(e, gender)
                and not e.roles & self.words.role_set
                and self._sentence(e.last_named) == sentence
            ),
        )
        if gender is not None and len(named_here) == 1:
            # "a picture of Clinton with Donald Trump, with a note that the businessman had
            # praised her": a gendered epithet is the one person of that gender named in
            # the sentence whom no title describes otherwise (for others, such as "the
            # candidate", this chose wrongly as often as not).
            return named_here[0]
        entity = self._person(mention.start, gender)
        if entity is None:
            return None
        just_subject = (
            entity.last_subject >= 0
            and self._sentence(mention.start) - self._sentence(entity.last_subject) <= 1
        )
        if entity.roles & self.words.role_set and not entity.roles & titles:
            return None  # "the judge" is not someone described as a candidate
        return entity if entity.quotes or entity.roles or just_subject else None

    def _is_kind_of(self, entity: _Entity, noun: str) -> bool:
        if not entity.organisation:
            return False
        lowered = {word.lower() for word in entity.name.split()}
        return noun in lowered or (
            noun in ("company", "firm") and bool(lowered & self.words.companies)
        )

    def _recent(self, position: int, test: Callable[[_Entity], bool]) -> list[_Entity]:
        """Entities passing ``test`` last named within reach before ``position``, latest
        first."""
        found = [
            e
            for e in self._window(position - REACH, position)
            if e.last <= position and position - e.last <= REACH and test(e)
        ]
        return sorted(found, key=lambda e: e.last, reverse=True)

    def _latest(self, position: int, test: Callable[[_Entity], bool]) -> _Entity | None:
        return self._unique_latest(self._recent(position, test))

    def _unique_latest(
        self, candidates: Sequence[_Entity], *, by_subject: bool = False
    ) -> _Entity | None:
        """The latest candidate, unless the next one was last named in the same sentence."""
        if not candidates:
            return None
        if len(candidates) > 1:
            first, second = candidates[0], candidates[1]
            if by_subject:
                tie = self._sentence(first.last_subject) == self._sentence(second.last_subject)
            else:
                tie = self._sentence(first.last) == self._sentence(second.last)
            if tie:
                return None
        return candidates[0]

    def _sentence(self, position: int) -> int:
        return bisect.bisect_right(self.sentence_starts, position - 1)

    # Results ------------------------------------------------------------------------------

    def _results(
        self, quotes: Sequence[Quote], resolved: dict[int, _Entity]
    ) -> tuple[tuple[Quote, ...], tuple[Person, ...]]:
        out = []
        for index, quote in enumerate(quotes):
            entity = resolved.get(index)
            if entity is None or quote.speaker is None:
                out.append(quote)
                continue
            mention = quote.speaker.mention
            named_by = (
                None if entity.first == mention or entity.name in mention.text else entity.first
            )
            out.append(attrs.evolve(quote, speaker=Speaker(mention, entity.name, named_by)))
        final = tuple(out)
        people = tuple(
            Person(
                name=entity.name,
                mentions=tuple(sorted(set(entity.mentions))),
                quotes=tuple(final[i] for i in sorted(entity.quotes)),
            )
            for entity in sorted(self.entities, key=lambda e: e.first.start)
            if entity.quotes
        )
        return final, people
