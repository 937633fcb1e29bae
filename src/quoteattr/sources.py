"""Reporting sources and datelines: who reports an article, and through whom each quotation
reached it.

A *source* is kept apart from a *speaker*: the speaker said the words, a source passed them
on. Sources are the news agency or outlet that reports the article or a quotation, and the
sources those cite. The words are English (:mod:`quoteattr.languages.agencies`).

Datelines (:func:`find_dateline`)
    A dateline opens the article: ``BAKU, Azerbaijan, October 21.``, ``WASHINGTON (Reuters)
    -``, ``LONDON, Jan 3 (AP) —``, ``Baku, Azerbaijan, Oct.21 (Trend):``, ``MOSCOW, May 5.
    /TASS/.``. It is a place, then optionally a date after a comma, then optionally an
    agency in brackets (or slashes), then a dash, colon or full stop. It is looked for at
    the start of the first line of text and, when that line is a header, of the next ones
    (at most three header lines: a headline, a byline such as "By Jane Doe", a time stamp).
    A header line is a byline or a line of at most 300 characters holding one sentence at
    most (web copy ends headlines with a full stop too); the first line that is neither a
    dateline nor a header ends the search (so a one-sentence lede may pass for a headline).
    A dateline may also be a date with its agency and no place (``Dec 29 (Reuters) -``). To
    keep ordinary opening sentences out ("In Baku, the president said …"), a place in Title
    Case needs a date or an agency; a place in CAPITALS may stand alone before a dash ("NEW
    YORK —"), but needs a date or an agency before a colon or a full stop; labels such as
    "BREAKING" or "UPDATE" are no places.

Sources (:func:`find_sources`)
    Found sentence by sentence, never inside a direct quotation's quoted words:

    * the dateline's agency (``cue`` is None);
    * agency tags: ``…, Trend reports.``, ``…, Reuters reported, citing …``, ``(…, the New York
      Times reported)``, ``Trend reports, citing the ministry, that …``, ``Local media
      reported that …``. The name must be an outlet: a known agency or outlet
      (:data:`~quoteattr.languages.agencies.AGENCIES`) or a phrase with an outlet word
      ("state television", "the Kyiv Post"). "said"/"says" make only a known outlet a source
      ("…, the ministry said." gives a speaker). An agency signing its own copy with the
      present tense ("…, Azernews reports.") is a source whatever its name, when the tag ends
      the sentence;
    * outlets a speaker spoke to: ``told Trend``, ``told Reuters in an interview``, ``said in
      an interview with the BBC``, ``speaking to state television`` ("told reporters" is no
      source: reporters are no outlet);
    * ``according to`` an outlet ("according to Reuters") or a document ("according to a
      statement on the website"); "according to the minister" gives a speaker, not a source;
    * cited sources: ``citing``/``quoting``/``with reference to`` a name, a document or an
      institution ("citing the ministry", "citing a statement on its website", "citing two
      people familiar with the talks"); "citing concerns about inflation" gives a reason,
      not a source.

    ``Source.name`` is the phrase as written, ending before clause words, times and (for
    outlets) prepositions: "citing the ministry on Monday" names "the ministry".

Which sources apply to a quotation
    Each quotation is anchored at its attribution cue (or, without one, at its start). Its
    chain, outermost first, is: the *article's source*, then the outlets of the anchor's
    sentence (tags, "told X", "according to X"), then the sources they cite, each group in
    text order, and each name (compared without case or "the") once. The article's source is
    the dateline's agency, or else the first present-tense agency tag ("…, Trend reports.")
    of the article's first paragraph (the one the dateline opens; without a dateline, the
    first two paragraphs that are no byline, as a headline cannot be told from a short
    lede): a past-tense "Reuters reported" in the lede cites another outlet for that
    sentence only.

Every function here takes time in proportion to the text: sentences are at most 1,500
characters (:func:`quoteattr.segment.sentence_bounds`), every pattern runs on one sentence
or a window of a few hundred characters, and loops over words stop after a dozen.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Sequence

import regex

from quoteattr.languages import agencies as _data
from quoteattr.languages.en import ABBREVIATIONS
from quoteattr.results import Dateline, Quote, QuoteKind, Source, Span
from quoteattr.segment import first_non_space, paragraph_bounds, sentence_bounds, strip_bounds

__all__ = ["find_dateline", "find_sources"]


def _alternation(words: Iterable[str]) -> str:
    """A regex alternation of ``words``, longest first so that none hides a longer one."""
    return "|".join(regex.escape(word) for word in sorted(set(words), key=len, reverse=True))


def _cue_pattern(phrases: Iterable[str]) -> str:
    """Cue phrases in any case, with any run of spaces between their words."""
    words = sorted({tuple(p.split()) for p in phrases}, key=lambda w: -len(" ".join(w)))
    return "|".join(rf"{_H}+".join(regex.escape(word) for word in phrase) for phrase in words)


# Space within a line: a dateline and a source's name never run over a line break.
_H = r"[^\S\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]"
_LINE_BREAK = regex.compile(r"[\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]")

# ----------------------------------------------------------------------------------------
# Datelines
# ----------------------------------------------------------------------------------------

_MONTH = rf"(?i:{_alternation(_data.MONTHS)})(?!\p{{L}})\.?"
_WEEKDAY = rf"(?i:{_alternation(_data.WEEKDAYS)})(?!\p{{L}})"
_DAY = r"\d{1,2}(?:st|nd|rd|th)?(?!\d)"
_YEAR = r"\d{4}(?!\d)"
_DATE = (
    rf"(?:\d{{4}}-\d{{2}}-\d{{2}}|\d{{1,2}}[./]\d{{1,2}}[./]\d{{2,4}}(?!\d)"
    rf"|{_MONTH}{_H}*{_DAY}(?:,?{_H}+{_YEAR})?"
    rf"|{_DAY}{_H}+{_MONTH}(?:,?{_H}+{_YEAR})?"
    rf"|{_WEEKDAY}(?:,{_H}*(?:{_MONTH}{_H}*{_DAY}|{_DAY}{_H}+{_MONTH}))?)"
)
# A word of a place in capitals ("NEW", "ST.", "KYIV/MOSCOW" in two) and in Title Case
# ("Baku", "Calif.", "D.C."); a word that goes on in lower case is no capitals word.
_CAPS_WORD = r"(?:\p{Lu}[\p{Lu}'’]{0,2}\.|\p{Lu}[\p{Lu}\p{M}'’\-]*)(?![\p{Ll}\p{N}])"
_TITLE_WORD = r"(?:\p{Lu}\.(?:\p{Lu}\.)+|\p{Lu}[\p{Ll}\p{M}][\p{L}\p{M}'’\-]*\.?)"
_CONNECTOR = r"(?:de|da|do|dos|das|del|della|di|du|la|le|el|al|of|upon|am|an|im|sur)"
_NOT_PLACE = rf"(?:{_alternation(_data.NOT_PLACES)})(?![\p{{L}}])"
_NOT_DATE = rf"(?!{_MONTH}{_H}*\d|{_WEEKDAY}|{_DAY}{_H}+{_MONTH})"
_CAPS_PLACE = rf"(?!{_NOT_PLACE}){_CAPS_WORD}(?:(?:{_H}|/){_CAPS_WORD}){{0,4}}"
_TITLE_PLACE = (
    rf"{_NOT_DATE}(?!(?i:by){_H}){_TITLE_WORD}(?:{_H}(?:{_CONNECTOR}{_H})?{_TITLE_WORD}){{0,3}}"
)
_REGION = (
    rf"{_NOT_DATE}(?:{_TITLE_WORD}|{_CAPS_WORD})"
    rf"(?:{_H}(?:{_CONNECTOR}{_H})?(?:{_TITLE_WORD}|{_CAPS_WORD})){{0,3}}"
)
_AGENCY_TAG = (
    rf"{_H}*\((?P<agency>[^()\n]{{1,40}})\)|{_H}*\.?{_H}*/(?P<slashed>[^/\s][^/\n]{{0,30}})/"
)
# A long dash may touch the first word ("BOSTON —Standing …"); a hyphen, colon or full stop
# must be followed by a space ("EXCLUSIVE-Firm", "SIEGEL--Jerome" are no datelines).
_TERM = rf"(?P<term>{_H}*(?:[—–―](?=\S)|(?:--|[-–—‑―]|:|\.)(?=\s|\Z)))"
_DATELINE = regex.compile(
    rf"(?:(?P<place>(?:(?P<caps>{_CAPS_PLACE})|{_TITLE_PLACE})(?:,{_H}*{_REGION}){{0,2}})"
    rf"(?:(?:,{_H}*|(?<=\p{{Lu}})\.{_H}+)(?P<date>{_DATE}))?(?:{_AGENCY_TAG})?"
    rf"|(?P<date>{_DATE})(?:{_AGENCY_TAG}))"
    rf"(?:{_TERM}|(?=\s|\Z))"
)
_PLAUSIBLE_AGENCY = regex.compile(
    r"[\p{Lu}\d][\p{L}\p{N}&'’\-/]*(?: [\p{Lu}\d&][\p{L}\p{N}&'’\-/]*){0,3}"
)
_BYLINE = regex.compile(rf"(?i:by){_H}+\p{{Lu}}")
# A sentence end with more text after it; a full stop after a short capitalised word
# ("Sen.", "U.S.", "Calif.") is taken for an abbreviation's.
_INNER_SENTENCE_END = regex.compile(
    r"(?:(?<!(?<![\p{L}.])\p{Lu}\p{Ll}{0,4})\.|[!?…])[\"'”’»)\]]*\s+[\"'“‘«(\[]*[\p{Lu}\d]"
)
_AGENCY_NAMES = frozenset(_data.AGENCIES)
_DATELINE_WINDOW = 300  # no dateline is longer; the pattern never sees more
_HEADER_LONGEST = 300  # a headline or byline is shorter than this
_HEADER_LINES = 3  # headline, byline, time stamp


def find_dateline(text: str) -> Dateline | None:
    """The dateline that opens ``text`` ("WASHINGTON (Reuters) -"), or None.

    The dateline may follow up to three header lines (headline, byline); see the module
    documentation for what counts as a dateline and as a header. ``span`` covers the
    whole dateline with its closing dash, colon or full stop; ``place``, ``date`` and
    ``agency`` its pieces, when present. Any string is valid input.

    >>> dateline = find_dateline("LONDON, Jan 3 (AP) — Markets fell.")
    >>> dateline.place.text, dateline.date.text, dateline.agency.text, dateline.span.text
    ('LONDON', 'Jan 3', 'AP', 'LONDON, Jan 3 (AP) —')
    >>> find_dateline("In Baku, the president said talks would resume.") is None
    True
    """
    if not isinstance(text, str):
        return None
    end = len(text)
    pos = first_non_space(text, 0, end)
    for _ in range(_HEADER_LINES + 1):
        if pos >= end:
            return None
        line_end, long_line = _line_end(text, pos)
        found = _dateline_at(text, pos, min(line_end, pos + _DATELINE_WINDOW))
        if found is not None:
            return found
        if long_line or not _is_header(text, pos, line_end):
            return None
        pos = first_non_space(text, line_end, end)
    return None


def _line_end(text: str, pos: int) -> tuple[int, bool]:
    """Where the line starting at ``pos`` ends, and whether it is longer than a header."""
    limit = min(len(text), pos + _HEADER_LONGEST + 1)
    found = _LINE_BREAK.search(text, pos, limit)
    if found is not None:
        return found.start(), False
    return limit, limit < len(text) or limit - pos > _HEADER_LONGEST


def _is_header(text: str, start: int, end: int) -> bool:
    """Whether a short line is a headline or byline rather than the story's first paragraph:
    a byline, or one sentence at most (web copy ends headlines with a full stop too)."""
    if _BYLINE.match(text, start, end):
        return True
    start, end = strip_bounds(text, start, end)
    return end > start and _INNER_SENTENCE_END.search(text, start, end) is None


def _dateline_at(text: str, start: int, end: int) -> Dateline | None:
    match = _DATELINE.match(text, start, end)
    if match is None:
        return None
    agency_group = "agency" if match.group("agency") is not None else "slashed"
    agency = match.group(agency_group)
    if agency is not None and not (
        agency in _AGENCY_NAMES or (_PLAUSIBLE_AGENCY.fullmatch(agency) and "." not in agency)
    ):
        return None  # "(D-Ore.)", "(file photo)": brackets, but no agency
    has_date = match.group("date") is not None
    term = (match.group("term") or "").strip()
    if term == "":
        # Without a closing mark only a known agency shows this is a dateline.
        if agency not in _AGENCY_NAMES:
            return None
    elif term in ".:":
        if not (has_date or agency):
            return None  # "EXCLUSIVE:", "WASHINGTON." open sentences, not stories
    elif match.group("caps") is not None:
        letters = sum(c.isalpha() for c in match.group("place"))
        if not (has_date or agency or letters >= 3):
            return None  # "EU - China talks …"
    elif not (has_date or agency):
        return None  # "Yes — we …": Title Case needs a date or an agency
    return Dateline(
        span=Span.of(text, match.start(), match.end()),
        place=Span.of(text, *match.span("place")) if match.group("place") is not None else None,
        date=Span.of(text, *match.span("date")) if has_date else None,
        agency=Span.of(text, *match.span(agency_group)) if agency is not None else None,
    )


# ----------------------------------------------------------------------------------------
# Sources
# ----------------------------------------------------------------------------------------

# A word of a name: "U.S.", "Mrs.", "Report.az", "RFE/RL", "France-Presse", "Reuters'".
_WORD = r"[\p{L}\p{N}][\p{L}\p{M}\p{N}&'’\-/]*"
_TOKEN = (
    rf"(?:(?:\p{{L}}\.){{2,}}|(?:{_alternation(a[:-1] for a in ABBREVIATIONS)})\."
    rf"|{_WORD}(?:\.{_WORD})*)"
)
_TOKEN_RE = regex.compile(_TOKEN)
_MAX_WORDS = 12
_PHRASE = regex.compile(rf"{_TOKEN}(?:{_H}+{_TOKEN}){{0,{_MAX_WORDS - 1}}}")
_PHRASE_WINDOW = 200

_VERBS = _alternation((*_data.REPORT_CUES, *_data.OUTLET_SAY_CUES))
# At a sentence's start "Guardian said …" may be anyone's surname: no "said" there.
_OPENING_VERBS = _alternation(
    (*_data.REPORT_CUES, *(c for c in _data.OUTLET_SAY_CUES if c not in ("said", "says")))
)
_ADJUNCT = rf"(?:{_H}+(?:on|late|early|earlier|last|this){_H}+{_TOKEN}(?:{_H}+{_TOKEN})?)?"
# "…, Trend reports." / "(…, the New York Times reported)" / "…, Reuters reported, citing":
# an outlet's name after a comma (or bracket, dash), its verb, and the end of the clause.
_TAG = regex.compile(
    rf"(?:[,(—–]|(?<=\s)-){_H}*(?P<name>(?:{_TOKEN}{_H}+){{1,6}}?)"
    rf"(?P<cue>(?:(?:has|have){_H}+)?(?:{_VERBS}))(?![\p{{L}}\p{{N}}]){_ADJUNCT}"
    rf"(?={_H}*(?:(?P<end>[.!?;)\]\"”’»]|\Z|,?{_H}*(?i:{_cue_pattern(_data.CITING_CUES)})\b)"
    rf"|,|:|{_H}that\b))"
)
# "Trend reports, citing …, that" / "Local media reported that …" at a sentence's start.
_OPENING_TAG = regex.compile(
    rf"[\"“‘«(]?(?P<name>(?:{_TOKEN}{_H}+){{1,6}}?)"
    rf"(?P<cue>(?:(?:has|have){_H}+)?(?:{_OPENING_VERBS}))(?![\p{{L}}\p{{N}}])"
)
_CITING = regex.compile(
    rf"(?<![\p{{L}}\p{{N}}])(?P<cue>(?i:{_cue_pattern(_data.CITING_CUES)})){_H}+(?=[\p{{L}}\p{{N}}])"
)
_ACCORDING = regex.compile(
    rf"(?<![\p{{L}}\p{{N}}])(?P<cue>(?i:{_cue_pattern(_data.ACCORDING_CUES)})){_H}+(?=[\p{{L}}\p{{N}}])"
)
_TOLD = regex.compile(
    rf"(?<![\p{{L}}\p{{N}}])(?P<cue>(?i:{_cue_pattern(_data.TOLD_CUES)})){_H}+(?=[\p{{L}}\p{{N}}])"
)

_OUTLET_WORDS = frozenset(_data.OUTLET_WORDS)
_OUTLET_CAPITALISED = frozenset(_data.OUTLET_WORDS_CAPITALISED)
_OUTLET_PHRASES = frozenset(_data.OUTLET_PHRASES)
_DOCUMENT_NOUNS = frozenset(_data.DOCUMENT_NOUNS)
_CITED_NOUNS = _DOCUMENT_NOUNS | frozenset(_data.CITED_SOURCE_NOUNS) | _OUTLET_WORDS
_SELF_TAG = frozenset(_data.SELF_TAG_CUES)
_REPORT = frozenset(_data.REPORT_CUES)
_MONTHS = frozenset(_data.MONTHS)
_WEEKDAYS = frozenset(_data.WEEKDAYS)
_TIME = frozenset(w for w in _data.TIME_WORDS if w not in _MONTHS)
_DETERMINERS = frozenset({"the", "The", "a", "A", "an", "An"})
# Words at which a source's name has ended: the clause goes on ("citing the ministry,
# which …", "… that X said").
_CLAUSE_WORDS = frozenset((
    "that", "as", "who", "whom", "which", "whose", "where", "when", "while", "after",
    "before", "because", "but", "if", "said", "says", "saying", "say", "told", "tells",
    "telling", "reported", "reports", "according", "citing", "quoting", "added", "adding",
    "was", "were", "is", "are", "has", "had", "have", "will", "would", "could", "should",
    "may", "might", "can", "did", "does", "do", "released", "published", "conducted",
    "reviewed", "obtained", "seen", "issued", "posted", "shared", "sent", "cited", "quoted",
    "carried", "aired", "broadcast", "taken", "out", "compiled", "filed", "commissioned",
    "prepared",
))  # fmt: skip
# For an outlet a speaker spoke to, a preposition ends the name ("told Reuters in an
# interview"); "of" does not ("Voice of America").
_OUTLET_ENDS = frozenset((
    "in", "on", "at", "about", "after", "during", "for", "from", "with", "by", "over", "to",
    "into", "ahead", "and", "or", "this", "last",
))  # fmt: skip
_TRAILING = frozenset((
    "on", "in", "at", "of", "to", "for", "with", "by", "from", "and", "or", "the", "a",
    "an", "its", "his", "her", "their", "our", "this", "about",
))  # fmt: skip
_ABBREVIATIONS = frozenset(ABBREVIATIONS)

# Words that open a clause before an outlet's name: "As Breitbart News reported, …".
_CLAUSE_OPENERS = frozenset((
    "as", "when", "while", "and", "but", "so", "which", "after", "before", "because",
    "since", "though", "although", "if", "until", "where", "then", "meanwhile", "also",
))  # fmt: skip
# Small words inside a name of several capitalised words ("Bank of England").
_NAME_CONNECTORS = frozenset(("of", "the", "for", "and", "&", "de", "on"))

_AGENCY_KIND = 0  # an outlet that reports the quotation
_CITED_KIND = 1  # a source that outlet cites


def find_sources(
    text: str, quotes: Sequence[Quote], dateline: Dateline | None
) -> tuple[tuple[Source, ...], tuple[tuple[Source, ...], ...]]:
    """All source mentions of the document in text order, and for each quote (parallel to
    `quotes`) its chain of reporting sources, outermost first.

    ``quotes`` are the quotations of ``text`` (from :func:`~quoteattr.extract_quotes`);
    ``dateline`` its dateline (from :func:`find_dateline`), whose agency becomes the
    article's source. The module documentation gives the constructions recognised and the
    rules that pick each quotation's chain. Any string is valid input.

    >>> from quoteattr import extract_quotes
    >>> text = "WASHINGTON (Reuters) - Talks will resume, the minister said, citing the ministry."
    >>> quotes = extract_quotes(text)
    >>> sources, chains = find_sources(text, quotes, find_dateline(text))
    >>> [s.name for s in sources], [[s.name for s in chain] for chain in chains]
    (['Reuters', 'the ministry'], [['Reuters', 'the ministry']])
    """
    if not isinstance(text, str):
        return (), tuple(() for _ in quotes)
    size = len(text)
    direct = _direct_parts(quotes, size)
    paragraphs = paragraph_bounds(text)
    sentences = sentence_bounds(text, paragraphs, _ABBREVIATIONS, _merged(direct))
    direct_starts = [start for start, _ in direct]

    found: list[tuple[Source, int]] = []  # (source, kind), sentence by sentence
    per_sentence: list[list[tuple[Source, int]]] = []
    for start, end in sentences:
        here = [
            item
            for item in _sentence_sources(text, start, end)
            if not _inside(direct_starts, direct, item[0].mention.start)
        ]
        per_sentence.append(here)
        found.extend(here)

    article = _article_source(text, dateline, paragraphs, sentences, per_sentence)
    every: dict[tuple[int, int], Source] = {}
    if dateline is not None and dateline.agency is not None and article is not None:
        every[(article.mention.start, article.mention.end)] = article
    for source, _ in found:
        every.setdefault((source.mention.start, source.mention.end), source)
    all_sources = tuple(every[key] for key in sorted(every))

    sentence_starts = [start for start, _ in sentences]
    chains = tuple(
        _chain(article, _anchor_sources(quote, sentence_starts, sentences, per_sentence))
        for quote in quotes
    )
    return all_sources, chains


def _direct_parts(quotes: Sequence[Quote], size: int) -> list[tuple[int, int]]:
    """The quoted words of direct quotations, in bounds and in order: what a speaker said,
    where "according to Reuters" is the speaker's words, not a source of the article."""
    parts = [
        (part.start, part.end)
        for quote in quotes
        if quote.kind is QuoteKind.DIRECT
        for part in quote.parts
        if 0 <= part.start < part.end <= size
    ]
    return sorted(parts)


def _merged(spans: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sorted spans with overlapping ones joined (sentence_bounds needs them disjoint)."""
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged and start < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def _inside(starts: Sequence[int], spans: Sequence[tuple[int, int]], offset: int) -> bool:
    index = bisect.bisect_right(starts, offset) - 1
    # Spans may overlap (quotations from a caller), so look back over a few of them.
    return any(spans[i][0] <= offset < spans[i][1] for i in range(max(0, index - 3), index + 1))


def _sentence_sources(text: str, start: int, end: int) -> list[tuple[Source, int]]:
    """Every source mention in the sentence ``text[start:end]``, in text order."""
    found: list[tuple[Source, int]] = []
    opening = _OPENING_TAG.match(text, start, min(end, start + _PHRASE_WINDOW))
    if opening is not None:
        found.extend(_tag(text, opening, end, at_start=True))
    for match in _TAG.finditer(text, start, end):
        found.extend(_tag(text, match, end, at_start=False))
    for match in _TOLD.finditer(text, start, end):
        found.extend(_outlet_after(text, match, end))
    for match in _ACCORDING.finditer(text, start, end):
        found.extend(_according(text, match, end))
    for match in _CITING.finditer(text, start, end):
        found.extend(_cited(text, match, end))
    unique: dict[tuple[int, int], tuple[Source, int]] = {}
    for item in found:
        unique.setdefault((item[0].mention.start, item[0].mention.end), item)
    return [unique[key] for key in sorted(unique)]


def _words_of(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The words of the phrase at ``start`` (at most a dozen), as offsets."""
    phrase = _PHRASE.match(text, start, min(end, start + _PHRASE_WINDOW))
    if phrase is None:
        return []
    return [m.span() for m in _TOKEN_RE.finditer(text, phrase.start(), phrase.end())]


def _cut(text: str, words: list[tuple[int, int]], ends: frozenset[str]) -> list[tuple[int, int]]:
    """``words`` up to the first word that ends a name (clause words, times, ``ends``),
    without the prepositions and articles left dangling at its end."""
    kept: list[tuple[int, int]] = []
    for index, (start, end) in enumerate(words):
        word = text[start:end]
        lower = word.lower()
        if lower in _CLAUSE_WORDS or lower in ends or word in _TIME or word in _WEEKDAYS:
            break
        following = text[words[index + 1][0]] if index + 1 < len(words) else ""
        before = text[words[index - 1][0] : words[index - 1][1]].lower() if index else ""
        if word in _MONTHS and (following.isdigit() or before in _TRAILING):
            break  # "on Oct 21", "a poll in February", but not "Theresa May"
        kept.append((start, end))
    while kept and text[kept[-1][0] : kept[-1][1]].lower() in _TRAILING:
        kept.pop()
    return kept


def _known_run(names: Sequence[str], index: int) -> int:
    """How many words from ``index`` on spell a known agency or outlet (0 for none)."""
    for length in (4, 3, 2, 1):
        if index + length <= len(names):
            joined = " ".join(names[index : index + length])
            if joined in _AGENCY_NAMES or _possessive_free(joined) in _AGENCY_NAMES:
                return length
    return 0


def _possessive_free(word: str) -> str:
    for suffix in ("'s", "’s", "'", "’"):
        if word.endswith(suffix):
            return word[: -len(suffix)]
    return word


def _outlet(names: Sequence[str]) -> tuple[int, int] | None:
    """Where the outlet in ``names`` starts (its first outlet word) and ends (after its
    last word, names after an outlet word included: "the daily Kommersant"), or None."""
    first: int | None = None
    end = 0
    index = 0
    while index < len(names):
        run = _known_run(names, index)
        word = names[index]
        pair = f"{word} {names[index + 1]}".lower() if index + 1 < len(names) else ""
        if run:
            step = run
        elif pair in _OUTLET_PHRASES:
            step = 2
        elif word.lower() in _OUTLET_WORDS or _possessive_free(word) in _OUTLET_CAPITALISED:
            step = 1
        else:
            if first is not None and end == index and word[:1].isupper():
                end = index + 1  # a name after the outlet word
            index += 1
            continue
        first = index if first is None else first
        index += step
        end = index
        if _possessive_free(names[index - 1]) != names[index - 1]:
            break  # "ABC's George Stephanopoulos": the outlet ends at its possessive
    return None if first is None else (first, end)


def _source(
    text: str, words: Sequence[tuple[int, int]], cue: tuple[int, int] | None, kind: int
) -> tuple[Source, int]:
    stop = words[-1][1]
    last = text[words[-1][0] : stop]
    stop -= len(last) - len(_possessive_free(last))  # "The Post's board" names The Post
    mention = Span.of(text, words[0][0], stop)
    return Source(mention.text, mention, Span.of(text, *cue) if cue else None), kind


def _tag(
    text: str, match: regex.Match[str], end: int, *, at_start: bool
) -> list[tuple[Source, int]]:
    """An agency tag: an outlet's name and its reporting verb."""
    words = _words_of(text, match.start("name"), match.end("name"))
    while words and text[words[0][0] : words[0][1]].lower() in _CLAUSE_OPENERS:
        words = words[1:]  # "As Breitbart News reported", "…, when CNN reported"
    if not words:
        return []
    names = [text[a:b] for a, b in words]
    verb = match.group("cue").split()[-1].lower()
    outlet = _outlet(names)
    skip = 1 if names[0] in _DETERMINERS else 0
    whole = len(names) > skip and _known_run(names, skip) == len(names) - skip
    if outlet is not None and outlet[1] == len(names) and (verb in _REPORT or whole):
        pass
    elif (
        not at_start
        and verb in _SELF_TAG
        and match.group("end") is not None
        and len(names) <= 4
        and all(name[:1].isupper() for name in names)
    ):
        pass  # "…, Azernews reports.": an agency signing its own copy
    else:
        return []
    return [_source(text, words, match.span("cue"), _AGENCY_KIND)]


def _outlet_after(text: str, match: regex.Match[str], end: int) -> list[tuple[Source, int]]:
    """The outlet after "told", "in an interview with" …, if the words there name one."""
    words = _cut(text, _words_of(text, match.end(), end), _OUTLET_ENDS)
    names = [text[a:b] for a, b in words]
    outlet = _outlet(names)
    if outlet is None or outlet[0] > 2:
        return []
    named = [n for n in names[: outlet[1]] if n not in _DETERMINERS]
    if [n.lower() for n in named] == ["media"]:
        return []  # "told the media" names an audience, as "told reporters" does
    if outlet[1] < len(names) and names[outlet[1]].islower() and not any(_capitalised(named)):
        return []  # "told radio host Hugh Hewitt": a person at an outlet
    return [_source(text, words[: outlet[1]], match.span("cue"), _AGENCY_KIND)]


def _according(text: str, match: regex.Match[str], end: int) -> list[tuple[Source, int]]:
    """The outlet or document after "according to"; a person there is a speaker."""
    return _source_after(text, match, end, _AGENCY_KIND, _DOCUMENT_NOUNS, names=False)


def _leading_outlet(names: Sequence[str]) -> int:
    """How many of ``names`` make the outlet they open with ("Reuters", "the Kyiv Post"),
    up to the first preposition; 0 when they open with none, or when the outlet's name
    goes on in lower case ("an Associated Press survey" is a document)."""
    cut = 0
    while cut < len(names) and names[cut].lower() not in _OUTLET_ENDS:
        cut += 1
    outlet = _outlet(names[:cut])
    if outlet is None or outlet[0] > 1:
        return 0
    if outlet[1] < cut and names[outlet[1]][:1].islower():
        return 0
    return outlet[1]


def _capitalised(names: Sequence[str]) -> list[bool]:
    """For each word, whether it starts with a capital (or digit: "Channel 4")."""
    return [name[:1].isupper() or name[:1].isdigit() for name in names]


def _is_name(names: Sequence[str]) -> bool:
    """Whether the words are a name: capitalised words with small connectors between
    ("Deputy Mayor Ivan Sokol", "the Bank of England"), not "Canada's efforts"."""
    content = list(names[1:] if names and names[0] in _DETERMINERS else names)
    if not content or not content[0][:1].isupper() or not content[-1][:1].isupper():
        return False
    return all(
        capital or name in _NAME_CONNECTORS
        for name, capital in zip(content, _capitalised(content), strict=True)
    )


def _cited(text: str, match: regex.Match[str], end: int) -> list[tuple[Source, int]]:
    """The source after "citing"/"quoting": a name, a document or an institution."""
    return _source_after(text, match, end, _CITED_KIND, _CITED_NOUNS, names=True)


def _source_after(
    text: str,
    match: regex.Match[str],
    end: int,
    outlet_kind: int,
    nouns: frozenset[str],
    *,
    names: bool,
) -> list[tuple[Source, int]]:
    """The source the words after a source cue name: an outlet they open with (of
    ``outlet_kind``), else the whole phrase when it holds one of ``nouns`` or, with
    ``names``, is a name; nothing otherwise ("citing concerns about inflation" is a reason,
    not a source)."""
    words = _cut(text, _words_of(text, match.end(), end), frozenset())
    if not words:
        return []
    written = [text[a:b] for a, b in words]
    outlet_end = _leading_outlet(written)
    if outlet_end:
        return [_source(text, words[:outlet_end], match.span("cue"), outlet_kind)]
    if any(_possessive_free(word).lower() in nouns for word in written) or (
        names and _is_name(written)
    ):
        return [_source(text, words, match.span("cue"), _CITED_KIND)]
    return []


def _article_source(
    text: str,
    dateline: Dateline | None,
    paragraphs: Sequence[tuple[int, int]],
    sentences: Sequence[tuple[int, int]],
    per_sentence: Sequence[Sequence[tuple[Source, int]]],
) -> Source | None:
    """The source of the whole article: the dateline's agency, else the first present-tense
    agency tag of the first paragraph."""
    if dateline is not None and dateline.agency is not None:
        agency = dateline.agency
        return Source(agency.text, agency, None)
    first = _opening(text, dateline, paragraphs)
    if first is None:
        return None
    for (start, _), sources in zip(sentences, per_sentence, strict=False):
        if start >= first[1]:
            break
        if start < first[0]:
            continue
        for source, kind in sources:
            cue = source.cue.text.split()[-1].lower() if source.cue else ""
            if kind == _AGENCY_KIND and cue in _SELF_TAG:
                return source
    return None


def _opening(
    text: str, dateline: Dateline | None, paragraphs: Sequence[tuple[int, int]]
) -> tuple[int, int] | None:
    """Where the article's first paragraph can be: the paragraph the dateline opens (or,
    for a dateline on a line of its own, the next); without a dateline, the first two
    paragraphs that are no byline, since a headline cannot be told from a short lede."""
    if dateline is not None:
        after = dateline.span.end
        for start, end in paragraphs:
            if end > after and first_non_space(text, max(start, after), end) < end:
                return start, end
        return None
    kept = [(s, e) for s, e in paragraphs[: _HEADER_LINES + 1] if not _BYLINE.match(text, s, e)]
    return (kept[0][0], kept[min(1, len(kept) - 1)][1]) if kept else None


def _anchor_sources(
    quote: Quote,
    sentence_starts: Sequence[int],
    sentences: Sequence[tuple[int, int]],
    per_sentence: Sequence[Sequence[tuple[Source, int]]],
) -> Sequence[tuple[Source, int]]:
    """The sources of the sentence that holds the quotation's attribution."""
    anchor = quote.cue.start if quote.cue is not None else quote.span.start
    index = bisect.bisect_right(sentence_starts, anchor) - 1
    if index < 0 or anchor >= sentences[index][1]:
        return ()
    return per_sentence[index]


def _key(name: str) -> str:
    """A source's name for comparison: no case, no leading "the", no possessive."""
    words = name.lower().split()
    if words and words[0] == "the":
        words = words[1:]
    return _possessive_free(" ".join(words))


def _chain(article: Source | None, here: Sequence[tuple[Source, int]]) -> tuple[Source, ...]:
    """A quotation's sources, outermost first: the article's, its sentence's outlets, then
    the sources they cite; each name once."""
    ordered = [source for source, kind in here if kind == _AGENCY_KIND]
    ordered += [source for source, kind in here if kind == _CITED_KIND]
    if article is not None:
        ordered.insert(0, article)
    chain: list[Source] = []
    seen: set[str] = set()
    for source in ordered:
        key = _key(source.name)
        if key not in seen:
            seen.add(key)
            chain.append(source)
    return tuple(chain)
