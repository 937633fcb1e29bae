"""Hypothesis strategies that write small news-like texts with known quotations in them.

Everything here is invented: the vocabulary, the names, the countries and the sentences.
The article strategies record, for every quotation they write, where its marks, its
content, its speaker and its cue stand in the text, so tests can compare the extractor's
offsets with the truth instead of searching for substrings.

The generators are deliberately *honest*: they only write attributions a careful human
reader would attribute one way. Shapes that are genuinely ambiguous are left out, and the
comments say which and why.
"""

from __future__ import annotations

from dataclasses import dataclass

from hypothesis import strategies as st

__all__ = [
    "APOSTROPHE_WORDS",
    "CONVENTIONS",
    "CUES",
    "NARRATIVE_WORDS",
    "QUOTE_MARKS",
    "SHAPES",
    "Article",
    "Convention",
    "Cue",
    "ExpectedQuote",
    "Located",
    "SpeakerSpec",
    "apostrophe_quote_contents",
    "apostrophe_sentences",
    "arbitrary_texts",
    "article_texts",
    "articles",
    "conventions",
    "cues",
    "distractor_paragraphs",
    "multi_paragraph_articles",
    "narrative_paragraphs",
    "narrative_sentences",
    "nested_articles",
    "plain_paragraphs",
    "quote_contents",
    "quote_paragraphs",
    "speakers",
    "stray_opener_texts",
]


# --------------------------------------------------------------------------------------
# Values the strategies produce
# --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Convention:
    """A quotation-mark convention: the mark that opens a quotation and the one that closes it."""

    open: str
    close: str
    name: str

    @property
    def chars(self) -> frozenset[str]:
        """Every character of the two marks (a mark may be two characters: ``''``)."""
        return frozenset(self.open + self.close)


@dataclass(frozen=True)
class Located:
    """A piece of generated text and where it stands: ``article.text[start:end] == text``."""

    text: str
    start: int
    end: int


@dataclass(frozen=True)
class SpeakerSpec:
    """A speaker mention as written, what kind it is, and the name it carries (if any)."""

    mention: str
    kind: str  # "name", "pronoun" or "role"
    name: str | None
    plural: bool = False

    def at_sentence_start(self) -> SpeakerSpec:
        """The same mention capitalised, as it is written at the start of a sentence."""
        return SpeakerSpec(
            self.mention[:1].upper() + self.mention[1:], self.kind, self.name, self.plural
        )


@dataclass(frozen=True)
class Cue:
    """An attribution phrase ("told reporters") and its verb ("told"), the expected ``cue``."""

    phrase: str
    verb: str

    def agreeing_with(self, speaker: SpeakerSpec) -> Cue:
        """The cue in the form that agrees with ``speaker`` ("they say", not "they says")."""
        if speaker.plural and self.verb == "says":
            return Cue("say", "say")
        return self


@dataclass(frozen=True)
class ExpectedQuote:
    """The ground truth for one generated quotation.

    ``span`` covers the quotation with its marks (first piece to last piece); ``parts`` are
    the quoted pieces without marks and surrounding spaces; ``speaker`` and ``cue`` are the
    attribution as written. ``cue`` is the verb ("told", not "told reporters"), with the
    colon when one follows the verb directly ("said:"), as the extractor reports cues.
    """

    shape: str
    convention: Convention
    span: Located
    parts: tuple[Located, ...]
    speaker: Located | None
    cue: Located | None
    name: str | None

    @property
    def content(self) -> str:
        """The quoted words as ``Quote.text`` reports them: parts joined by single spaces."""
        return " ".join(part.text for part in self.parts)


@dataclass(frozen=True)
class Article:
    """A generated text and the ground truth for every quotation written into it."""

    text: str
    quotes: tuple[ExpectedQuote, ...]


class _Builder:
    """Appends text pieces and remembers where each one landed."""

    def __init__(self) -> None:
        self._chunks: list[str] = []
        self._length = 0

    def add(self, piece: str) -> Located:
        start = self._length
        self._chunks.append(piece)
        self._length += len(piece)
        return Located(piece, start, self._length)

    @property
    def length(self) -> int:
        return self._length

    def text(self) -> str:
        return "".join(self._chunks)


# --------------------------------------------------------------------------------------
# Vocabulary (all invented; checked against the cue verbs by the tests)
# --------------------------------------------------------------------------------------

CONVENTIONS: tuple[Convention, ...] = (
    Convention('"', '"', "straight double"),
    Convention("'", "'", "straight single"),
    Convention("“", "”", "curly double"),
    Convention("‘", "’", "curly single"),
    Convention("“", '"', "curly open, straight close"),
    Convention('"', "”", "straight open, curly close"),
    Convention("«", "»", "guillemets"),
    Convention("»", "«", "reversed guillemets"),
    Convention("„", "“", "low-high double (German)"),
    Convention("„", "”", "low-high double (Polish)"),
    Convention("‚", "‘", "low-high single (German)"),
    Convention("‚", "’", "low-high single (Polish)"),
    Convention("‹", "›", "single guillemets"),
    Convention("›", "‹", "reversed single guillemets"),
    Convention("”", "”", "right double (Swedish)"),
    Convention("''", "''", "doubled apostrophes"),
    Convention("``", "''", "doubled backticks"),
    Convention("「", "」", "corner brackets"),
    Convention("『", "』", "white corner brackets"),
)
"""Every quotation-mark convention the scanner supports."""

QUOTE_MARKS: tuple[str, ...] = tuple(
    sorted({char for convention in CONVENTIONS for char in (convention.open, convention.close)})
)
"""Every mark that can open or close a quotation (one or two characters)."""

FIRST_NAMES = ("Ana", "Ilya", "Mirela", "Tomas", "Kasia", "Oren", "Leila", "Bram", "Sunniva")
LAST_NAMES = ("Ortiz", "Markov", "Dosku", "Vell", "Lindqvist", "Achterberg", "Okafor", "Haddad")
APOSTROPHE_LAST_NAMES = ("O'Neill", "O’Dwyer", "D'Arcy")
TITLES = ("Sen.", "Gov.", "Dr.", "Mayor", "Minister", "Prof.", "Gen.", "Ambassador")
COUNTRIES = ("Valdoria", "Kestrelia", "Norvania", "Sarmenia")
ROLE_NOUNS = (
    "the minister",
    "the head of state",
    "a spokeswoman for the ministry",
    "a spokesman for the council",
    "the mayor",
    "the prosecutor",
    "a senior official",
    "the coach",
)
PRONOUNS = (("she", False), ("he", False), ("they", True))

CUES: tuple[Cue, ...] = (
    Cue("said", "said"),
    Cue("told reporters", "told"),
    Cue("added", "added"),
    Cue("warned", "warned"),
    Cue("wrote", "wrote"),
    Cue("says", "says"),
)
"""Attribution phrases with the verb the extractor should report as the cue."""

_SUBJECTS = (
    "the council",
    "the harbour authority",
    "local farmers",
    "the ferry union",
    "voters in Norvale",
    "the budget office",
    "two committees",
    "the school board",
)
_VERBS = ("repaired", "painted", "closed", "rebuilt", "extended", "widened", "renamed")
_OBJECTS = (
    "the old bridge",
    "a dock for ferries",
    "the school gym",
    "two rural clinics",
    "the bus depot",
    "the flood barrier",
)
_ADVERBIALS = ("", " on Monday", " last week", " after a long night", " without fuss")
_CONTENT_SUBJECTS = ("we", "this plan", "nobody here", "the region", "our team", "every family")
_CONTENT_VERBS = ("will fund", "cannot ignore", "must rebuild", "should earn", "will keep")
_CONTENT_OBJECTS = ("the harbour", "a fair deal", "better roads", "this vote", "the schools")
_CONTENT_TAILS = ("", " by spring", " at any cost", " next year", " for everyone")

NARRATIVE_WORDS: tuple[str, ...] = tuple(
    sorted(
        {
            word.strip(".,").lower()
            for group in (_SUBJECTS, _VERBS, _OBJECTS, _ADVERBIALS)
            for phrase in group
            for word in phrase.split()
        }
    )
)
"""Every word the narrative sentences use (none of them may be a reporting verb)."""

_CONTRACTIONS = ("don't", "don’t", "can't", "won’t")
_APOSTROPHE_NAMES = ("O'Brien", "O’Brien")
_ELIDED_YEARS = ("the '90s", "the ’90s", "the ‘90s")
_ROCK_N_ROLL = ("rock 'n' roll", "rock ’n’ roll")
_POSSESSIVES = (
    "Jones' car",
    "Jones’ car",
    "the Reyes' farm",
    "the council's plan",
    "the council’s plan",
)
APOSTROPHE_WORDS: tuple[str, ...] = (
    _CONTRACTIONS + _APOSTROPHE_NAMES + _ELIDED_YEARS + _ROCK_N_ROLL + _POSSESSIVES
)
"""Words whose apostrophes are not quotation marks."""


# --------------------------------------------------------------------------------------
# Small strategies
# --------------------------------------------------------------------------------------


def conventions(exclude: frozenset[str] = frozenset()) -> st.SearchStrategy[Convention]:
    """A quotation-mark convention, optionally one sharing no mark with ``exclude``."""
    allowed = [c for c in CONVENTIONS if not (c.chars & exclude)]
    return st.sampled_from(allowed)


def cues() -> st.SearchStrategy[Cue]:
    """An attribution cue: said, told reporters, added, warned, wrote, says."""
    return st.sampled_from(CUES)


@st.composite
def _names(draw: st.DrawFn) -> SpeakerSpec:
    first = draw(st.sampled_from(FIRST_NAMES))
    last = draw(st.sampled_from(LAST_NAMES + APOSTROPHE_LAST_NAMES))
    name = f"{first} {last}"
    form = draw(st.sampled_from(("plain", "title", "republic", "surname")))
    if form == "title":
        return SpeakerSpec(f"{draw(st.sampled_from(TITLES))} {name}", "name", name)
    if form == "republic":
        country = draw(st.sampled_from(COUNTRIES))
        return SpeakerSpec(f"President of the Republic of {country} {name}", "name", name)
    if form == "surname":
        return SpeakerSpec(last, "name", last)
    return SpeakerSpec(name, "name", name)


def speakers(
    kinds: tuple[str, ...] = ("name", "pronoun", "role"),
) -> st.SearchStrategy[SpeakerSpec]:
    """A speaker mention: a name with or without a title, a pronoun, or a role noun.

    Names look like "Sen. Ana Ortiz", "President of the Republic of Valdoria Ilya Markov",
    "Kasia O'Neill" or a bare surname; pronouns are she/he/they; role nouns are "the
    minister", "the head of state", "a spokeswoman for the ministry" and the like.
    """
    options: list[st.SearchStrategy[SpeakerSpec]] = []
    if "name" in kinds:
        options.append(_names())
    if "pronoun" in kinds:
        options.append(
            st.sampled_from([SpeakerSpec(p, "pronoun", None, plural) for p, plural in PRONOUNS])
        )
    if "role" in kinds:
        options.append(st.sampled_from([SpeakerSpec(r, "role", None) for r in ROLE_NOUNS]))
    return st.one_of(options)


@st.composite
def narrative_sentences(draw: st.DrawFn, apostrophes: bool = False) -> str:
    """A plain news sentence with no quotation marks and no reporting verb.

    With ``apostrophes``, the sentence may carry a contraction, a possessive, an elided
    year, "rock 'n' roll" or a height in feet and inches: apostrophes and primes that are
    not quotation marks.
    """
    subject = draw(st.sampled_from(_SUBJECTS))
    sentence = (
        f"{subject[0].upper()}{subject[1:]} {draw(st.sampled_from(_VERBS))} "
        f"{draw(st.sampled_from(_OBJECTS))}{draw(st.sampled_from(_ADVERBIALS))}"
    )
    if apostrophes and draw(st.booleans()):
        sentence += draw(_apostrophe_clauses())
    return sentence + "."


@st.composite
def _apostrophe_clauses(draw: st.DrawFn) -> str:
    kind = draw(st.integers(0, 6))
    if kind == 0:
        return f", and farmers {draw(st.sampled_from(_CONTRACTIONS))} expect it to last"
    if kind == 1:
        first = draw(st.sampled_from(("Dara", "Ines")))
        return f" near the shop of {first} {draw(st.sampled_from(_APOSTROPHE_NAMES))}"
    if kind == 2:
        return f", a plan from {draw(st.sampled_from(_ELIDED_YEARS))}"
    if kind == 3:
        return f" while {draw(st.sampled_from(_ROCK_N_ROLL))} played"
    if kind == 4:
        return f" beside {draw(st.sampled_from(_POSSESSIVES))}"
    feet = draw(st.integers(4, 7))
    inches = draw(st.integers(0, 11))
    prime, double = draw(st.sampled_from((("'", '"'), ("’", "”"))))
    if kind == 5:
        return f" for a keeper who is {feet}{prime}{inches}{double} tall"
    return f" for a {feet}{prime}{inches}{double} keeper"


def apostrophe_sentences() -> st.SearchStrategy[str]:
    """A narrative sentence that always carries an apostrophe or prime distractor."""
    return narrative_sentences(apostrophes=True).filter(lambda s: any(c in s for c in "'’‘\"”"))


@st.composite
def plain_paragraphs(draw: st.DrawFn, max_sentences: int = 3) -> str:
    """A paragraph of 1..``max_sentences`` narrative sentences with no marks at all."""
    return " ".join(draw(st.lists(narrative_sentences(), min_size=1, max_size=max_sentences)))


@st.composite
def narrative_paragraphs(draw: st.DrawFn, max_sentences: int = 3) -> str:
    """A paragraph of narrative sentences that may carry apostrophe and prime distractors."""
    return " ".join(
        draw(st.lists(narrative_sentences(apostrophes=True), min_size=1, max_size=max_sentences))
    )


@st.composite
def quote_contents(draw: st.DrawFn, ending: str = ".") -> str:
    """Quoted words: a short sentence ending in ``ending`` (a comma hands over to a cue)."""
    subject = draw(st.sampled_from(_CONTENT_SUBJECTS))
    words = (
        f"{subject[0].upper()}{subject[1:]} {draw(st.sampled_from(_CONTENT_VERBS))} "
        f"{draw(st.sampled_from(_CONTENT_OBJECTS))}{draw(st.sampled_from(_CONTENT_TAILS))}"
    )
    return words + ending


@st.composite
def apostrophe_quote_contents(draw: st.DrawFn, curly: bool | None = None) -> str:
    """Quoted words (ending in a comma) that contain an apostrophe or prime.

    Only apostrophes a reader cannot mistake for a closing mark: contractions and names
    (an apostrophe between two letters), elided years ("the '90s"), "rock 'n' roll" and
    heights (5'11"). Possessives in s' ("Jones' car") are left out: inside single quotes,
    "'Ask Jones' car" is genuinely ambiguous. ``curly`` picks ’ (True), ' (False) or either.
    """
    use_curly = draw(st.booleans()) if curly is None else curly
    apostrophe = "’" if use_curly else "'"
    kind = draw(st.integers(0, 4))
    obj = draw(st.sampled_from(_CONTENT_OBJECTS))
    if kind == 0:
        word = draw(st.sampled_from(("don", "can", "won", "shouldn")))
        return f"We {word}{apostrophe}t want {obj},"
    if kind == 1:
        return f"Ask {draw(st.sampled_from(('Dara', 'Ines')))} O{apostrophe}Brien about {obj},"
    if kind == 2:
        year = draw(st.sampled_from(("90s", "80s", "05")))
        opener = draw(st.sampled_from(("’", "‘"))) if use_curly else "'"
        return f"It is {obj} from the {opener}{year} again,"
    if kind == 3:
        return f"They play rock {apostrophe}n{apostrophe} roll for {obj},"
    double = "”" if use_curly else '"'
    feet, inches = draw(st.integers(4, 7)), draw(st.integers(0, 11))
    return f"The keeper is {feet}{apostrophe}{inches}{double} tall,"


# --------------------------------------------------------------------------------------
# Quotations with their attribution
# --------------------------------------------------------------------------------------

SHAPES = (
    "after-speaker-cue",  # "...," X said.
    "after-cue-speaker",  # "...," said X.
    "before-colon",  # X said: "..."
    "before-bare",  # X said "..."
    "interrupted",  # "A," X said, "B."
)
"""The attribution shapes the article generator writes."""


@dataclass(frozen=True)
class _QuotePlan:
    shape: str
    convention: Convention
    speaker: SpeakerSpec
    cue: Cue
    cue_first: bool
    contents: tuple[str, ...]
    lead: str
    tail: str


@st.composite
def _quote_plans(
    draw: st.DrawFn,
    convention: st.SearchStrategy[Convention] | None = None,
    shapes: tuple[str, ...] = SHAPES,
    speaker_kinds: tuple[str, ...] = ("name", "pronoun", "role"),
    lead_and_tail: bool = True,
) -> _QuotePlan:
    shape = draw(st.sampled_from(shapes))
    chosen = draw(convention if convention is not None else conventions())
    # "said X" only with names and role nouns: inverted pronouns ("wrote she") are not
    # news English. So an interrupted quotation with a pronoun is always "X said".
    cue_first = shape == "after-cue-speaker" or (
        shape == "interrupted" and speaker_kinds != ("pronoun",) and draw(st.booleans())
    )
    if cue_first:
        kinds = tuple(kind for kind in speaker_kinds if kind != "pronoun")
        speaker = draw(speakers(kinds))
        # "told reporters the minister" is not English.
        cue = draw(st.sampled_from([c for c in CUES if c.phrase != "told reporters"]))
    else:
        speaker = draw(speakers(speaker_kinds))
        cue = draw(cues())
    cue = cue.agreeing_with(speaker)
    if shape.startswith("after"):
        contents: tuple[str, ...] = (draw(quote_contents(draw(st.sampled_from(",?!")))),)
    elif shape == "interrupted":
        # The first piece hands over with a comma: "A," X said, "B." After "?" or "!" the
        # second piece starts a new sentence: two quotations or one is then a matter of
        # taste, so that is left out.
        contents = (draw(quote_contents(",")), draw(quote_contents(".")))
    else:
        contents = (draw(quote_contents(draw(st.sampled_from(".?!")))),)
    lead = tail = ""
    if lead_and_tail and draw(st.booleans()):
        lead = draw(narrative_sentences(apostrophes=True)) + " "
    if lead_and_tail and draw(st.booleans()):
        tail = " " + draw(narrative_sentences(apostrophes=True))
    return _QuotePlan(shape, chosen, speaker, cue, cue_first, contents, lead, tail)


def _write_attribution(
    builder: _Builder, speaker: SpeakerSpec, cue: Cue, cue_first: bool
) -> tuple[Located, Located]:
    """Append "X said" or "said X" and return where the speaker and the cue verb landed."""
    rest = cue.phrase[len(cue.verb) :]
    if cue_first:
        cue_at = builder.add(cue.verb)
        builder.add(rest + " ")
        return builder.add(speaker.mention), cue_at
    speaker_at = builder.add(speaker.mention)
    builder.add(" ")
    cue_at = builder.add(cue.verb)
    builder.add(rest)
    return speaker_at, cue_at


def _write_quotation(builder: _Builder, mark: Convention, content: str) -> tuple[Located, Located]:
    """Append one quotation with its marks; return its (span, content) locations."""
    opened = builder.add(mark.open)
    content_at = builder.add(content)
    closed = builder.add(mark.close)
    return Located(opened.text + content + closed.text, opened.start, closed.end), content_at


def _write_quote(builder: _Builder, plan: _QuotePlan) -> ExpectedQuote:
    """Append the paragraph ``plan`` describes and return its ground truth."""
    mark = plan.convention
    builder.add(plan.lead)
    # In the before shapes the speaker starts a sentence ("The minister said: ..."), with
    # or without a lead sentence before it.
    speaker_spec = (
        plan.speaker.at_sentence_start() if plan.shape.startswith("before") else plan.speaker
    )
    parts: tuple[Located, ...]
    if plan.shape.startswith("after"):
        span, content = _write_quotation(builder, mark, plan.contents[0])
        parts = (content,)
        builder.add(" ")
        speaker, cue = _write_attribution(builder, speaker_spec, plan.cue, plan.cue_first)
        builder.add(".")
    elif plan.shape == "interrupted":
        first, first_content = _write_quotation(builder, mark, plan.contents[0])
        builder.add(" ")
        speaker, cue = _write_attribution(builder, speaker_spec, plan.cue, plan.cue_first)
        builder.add(", ")
        last, last_content = _write_quotation(builder, mark, plan.contents[1])
        parts = (first_content, last_content)
        text = builder.text()
        span = Located(text[first.start : last.end], first.start, last.end)
    else:
        speaker, cue = _write_attribution(builder, speaker_spec, plan.cue, plan.cue_first)
        if plan.shape == "before-colon":
            builder.add(": ")
            if cue.end == builder.length - 2:
                # The cue is reported as annotators mark it: with a colon right after the
                # verb ("said:"), but not after a complement ("told reporters:" -> "told").
                cue = Located(cue.text + ":", cue.start, cue.end + 1)
        else:
            builder.add(" ")
        span, content = _write_quotation(builder, mark, plan.contents[0])
        parts = (content,)
    builder.add(plan.tail)
    return ExpectedQuote(
        shape=plan.shape,
        convention=mark,
        span=span,
        parts=parts,
        speaker=speaker,
        cue=cue,
        name=speaker_spec.name,
    )


@st.composite
def quote_paragraphs(
    draw: st.DrawFn,
    convention: st.SearchStrategy[Convention] | None = None,
    shapes: tuple[str, ...] = SHAPES,
    speaker_kinds: tuple[str, ...] = ("name", "pronoun", "role"),
) -> Article:
    """One paragraph holding one attributed quotation, in any shape and convention.

    The shapes are ``"...," X said.``, ``"...," said X.``, ``X said: "..."``,
    ``X said "..."`` and ``"A," X said, "B."``; a narrative sentence (possibly with
    apostrophes) may stand before and after the quotation.
    """
    builder = _Builder()
    expected = _write_quote(builder, draw(_quote_plans(convention, shapes, speaker_kinds)))
    return Article(builder.text(), (expected,))


# --------------------------------------------------------------------------------------
# Distractors
# --------------------------------------------------------------------------------------


@st.composite
def _stray_opener_paragraphs(draw: st.DrawFn) -> str:
    """A narrative paragraph with one opening mark that nothing ever closes."""
    words = draw(narrative_sentences()).split(" ")
    index = draw(st.integers(0, len(words) - 1))
    opener = draw(st.sampled_from(sorted({c.open for c in CONVENTIONS})))
    words[index] = opener + words[index]
    return " ".join(words)


@st.composite
def _bullet_lists(draw: st.DrawFn) -> str:
    """Lines that use a quotation mark, followed by a space, as a bullet."""
    bullet = draw(st.sampled_from(QUOTE_MARKS))
    items = draw(st.lists(narrative_sentences(), min_size=2, max_size=3))
    return "\n".join(f"{bullet} {item.rstrip('.')}" for item in items)


@st.composite
def distractor_paragraphs(draw: st.DrawFn) -> str:
    """Paragraphs that contain marks but no quotation.

    One of: narrative with apostrophes and primes (don't, O'Brien, the '90s, rock 'n'
    roll, Jones' car, 5'11"); a paragraph with a stray opening mark, always followed by a
    plain paragraph (a stray opener followed by a paragraph that starts with a matching
    mark reads, legitimately, as a quotation running over both, so that is left out); or a
    list that uses quotation marks as bullets.
    """
    kind = draw(st.sampled_from(("apostrophes", "stray", "bullets")))
    if kind == "apostrophes":
        return " ".join(draw(st.lists(apostrophe_sentences(), min_size=1, max_size=2)))
    if kind == "stray":
        return draw(_stray_opener_paragraphs()) + "\n\n" + draw(plain_paragraphs(2))
    return draw(_bullet_lists())


# --------------------------------------------------------------------------------------
# Articles
# --------------------------------------------------------------------------------------


@st.composite
def articles(
    draw: st.DrawFn,
    min_quotes: int = 1,
    max_quotes: int = 3,
    distractors: bool = True,
    shared_paragraphs: bool = False,
) -> Article:
    """A short article with attributed quotations and the ground truth for each.

    Paragraphs are joined by blank lines. Each quotation stands in its own paragraph
    (``shared_paragraphs=False``) or, with ``shared_paragraphs=True``, several quotations
    may follow each other in one paragraph. Narrative paragraphs and, with ``distractors``,
    paragraphs of apostrophes, primes, stray openers and bullet marks stand between them.
    """
    plans = draw(st.lists(_quote_plans(), min_size=min_quotes, max_size=max_quotes))
    fillers: list[st.SearchStrategy[str]] = [narrative_paragraphs()]
    if distractors:
        fillers.append(distractor_paragraphs())
    builder = _Builder()
    expected: list[ExpectedQuote] = []
    blocks: list[str | _QuotePlan] = list(plans)
    for _ in range(draw(st.integers(0, 3))):
        blocks.insert(draw(st.integers(0, len(blocks))), draw(st.one_of(fillers)))
    previous: str | _QuotePlan = ""
    for index, block in enumerate(blocks):
        if index:
            if (
                shared_paragraphs
                and isinstance(previous, _QuotePlan)
                and isinstance(block, _QuotePlan)
                and draw(st.booleans())
            ):
                builder.add(" ")
            else:
                builder.add("\n\n")
        if isinstance(block, str):
            builder.add(block)
        else:
            expected.append(_write_quote(builder, block))
        previous = block
    return Article(builder.text(), tuple(expected))


def article_texts() -> st.SearchStrategy[str]:
    """The text of a generated article (see :func:`articles`), for text-only properties."""
    return articles(min_quotes=0, shared_paragraphs=True).map(lambda article: article.text)


@st.composite
def multi_paragraph_articles(
    draw: st.DrawFn, sloppy: bool = False, min_paragraphs: int = 2, max_paragraphs: int = 4
) -> Article:
    """One quotation running over several paragraphs (2-4 by default), closed in the last.

    In the news convention (``sloppy=False``) every paragraph re-opens the quotation; in
    the sloppy variant no continuation paragraph re-opens it. The last paragraph ends
    ``...," the X said.`` with a role-noun speaker.
    """
    convention = draw(conventions())
    count = draw(st.integers(min_paragraphs, max_paragraphs))
    contents = [draw(quote_contents(".")) for _ in range(count - 1)]
    contents.append(draw(quote_contents(",")))
    speaker = draw(speakers(("role",)))
    cue = draw(cues())
    builder = _Builder()
    parts: list[Located] = []
    opened = builder.add(convention.open)
    for index, content in enumerate(contents):
        if index:
            builder.add("\n\n")
            if not sloppy:
                builder.add(convention.open)
        parts.append(builder.add(content))
    closed = builder.add(convention.close)
    builder.add(" ")
    mention = builder.add(speaker.mention)
    builder.add(" ")
    verb = builder.add(cue.verb)
    builder.add(cue.phrase[len(cue.verb) :] + ".")
    text = builder.text()
    expected = ExpectedQuote(
        shape="multi-paragraph-sloppy" if sloppy else "multi-paragraph",
        convention=convention,
        span=Located(text[opened.start : closed.end], opened.start, closed.end),
        parts=tuple(parts),
        speaker=mention,
        cue=verb,
        name=None,
    )
    return Article(text, (expected,))


@st.composite
def stray_opener_texts(draw: st.DrawFn) -> str:
    """A lone opening mark at the very start, then 2-5 paragraphs without any marks."""
    opener = draw(st.sampled_from(sorted({c.open for c in CONVENTIONS})))
    paragraphs = draw(st.lists(plain_paragraphs(), min_size=2, max_size=5))
    return opener + "\n\n".join(paragraphs)


@st.composite
def nested_articles(draw: st.DrawFn) -> Article:
    """One attributed quotation with a quotation in another convention nested inside.

    The inner convention shares no mark with the outer one (straight double quotes inside
    straight double quotes cannot be told from two quotations in a row). The inner
    quotation stands at the start, in the middle or at the end of the outer content.
    """
    outer = draw(conventions())
    inner = draw(_nested_inner(outer))
    inner_words = draw(st.sampled_from(("a fair deal", "not today", "dead on arrival")))
    inner_text = f"{inner.open}{inner_words}{inner.close}"
    where = draw(st.sampled_from(("start", "middle", "end")))
    if where == "start":
        content = f"{inner_text} is what {draw(st.sampled_from(_CONTENT_SUBJECTS))} said,"
    elif where == "middle":
        content = f"They called it {inner_text} on Monday,"
    else:
        content = f"They called it {inner_text},"
    plan = _QuotePlan(
        shape="after-speaker-cue",
        convention=outer,
        speaker=draw(speakers(("name", "role"))),
        cue=draw(cues()),
        cue_first=False,
        contents=(content,),
        lead="",
        tail="",
    )
    builder = _Builder()
    expected = _write_quote(builder, plan)
    return Article(builder.text(), (expected,))


def _nested_inner(outer: Convention) -> st.SearchStrategy[Convention]:
    return conventions(exclude=outer.chars)


# --------------------------------------------------------------------------------------
# Arbitrary text
# --------------------------------------------------------------------------------------

_TEXT_PIECES = (
    "said",
    " said ",
    "she",
    "the minister",
    "Sen. Ana Ortiz",
    "told reporters",
    ", ",
    ": ",
    ". ",
    "don't",
    "5'11\"",
    "’90s",
    "a",
    "Word",
)


def arbitrary_texts(max_pieces: int = 40) -> st.SearchStrategy[str]:
    """Any text, with quotation marks and line breaks weighted heavily.

    Pieces are drawn from: every quotation-mark character (twice as likely as anything
    else), apostrophes, line and paragraph breaks, attribution words, and ``st.text()``
    itself, so unbalanced, nested and crossing marks are the common case.
    """
    marks = st.sampled_from((*QUOTE_MARKS, "'", "’", "‘"))
    breaks = st.sampled_from(("\n", "\n\n", "\n \n", "\r\n", " ", "\u2028"))
    piece = st.one_of(
        marks,
        marks,
        breaks,
        st.sampled_from(_TEXT_PIECES),
        st.text(max_size=6),
    )
    return st.lists(piece, max_size=max_pieces).map("".join)
