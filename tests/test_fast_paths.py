"""The fast paths of the pipeline give exactly what the plain computations they replace give.

Each optimisation here is argued exact in its docstring; these properties check the
argument on texts built to hit its edges: cues cut by a window's end, cues running over a
window's start, hyphens, apostrophes, combining marks and the control characters on which
``str.isspace`` and ``regex`` disagree.
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quoteattr import Span, extract_quotes
from quoteattr.cues import CueIndex, lexicon_for
from quoteattr.languages import load
from quoteattr.results import _trusted_span
from quoteattr.segment import first_non_space, paragraph_bounds, strip_bounds

PROPERTY = settings(deadline=None, suppress_health_check=[HealthCheck.too_slow])

# Words and separators that make cues, near-cues and every boundary case of the patterns.
_PIECES = [
    "said",
    "says",
    "told",
    "according to",
    "in a statement",
    "in a tweet",
    "tweet",
    "pointed out",
    "teilte",
    "mit",
    "sagte",
    "laut",
    "unsaid",
    "said-",
    "-said",
    "said'",
    "'said",
    "saidx",
    "a\u0301said",
    "²",
    "the minister",
    "Merkel",
    " ",
    "  ",
    "\n",
    "\x1c",
    "\x1f",
    "\u00a0",
    ",",
    ".",
    "“",
    "”",
    "'",
    "’",
]
_TEXTS = st.lists(st.sampled_from(_PIECES), max_size=40).map("".join)


def _same_cues(text: str, start: int, end: int, language: str = "en") -> None:
    lexicon = lexicon_for(load(language))
    expected = [(m.start(), m.end(), m.group()) for m in lexicon.find(text, start, end)]
    found = CueIndex(lexicon, text).find(start, end)
    assert found == expected


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("saidx", 0, 4),  # the window ends before a letter: "said" is a cue there only
        ("said-so", 0, 4),
        ("He said it in a tweet.", 14, 22),  # a longer cue runs over the window's start
        ("He said it in a tweet.", 11, 22),
        ("He said in a statement.", 0, 12),  # ... and over its end
        ("He said in a statement.", 3, 7),
        ("Sie teilte am Montag mit, dass", 0, 15),  # a separable verb cut by the end
        ("x said", 1, 6),  # the lookbehind sees the text before the window
        ("", 0, 0),
    ],
)
def test_cue_index_at_the_edges(text: str, start: int, end: int) -> None:
    for language in ("en", "de", "ru"):
        _same_cues(text, start, end, language)


@PROPERTY
@given(text=_TEXTS, data=st.data(), language=st.sampled_from(["en", "de", "ru"]))
def test_cue_index_finds_what_the_lexicon_finds(
    text: str, data: st.DataObject, language: str
) -> None:
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    _same_cues(text, start, end, language)


@PROPERTY
@given(text=_TEXTS, data=st.data())
def test_space_fast_paths_agree_with_the_patterns(text: str, data: st.DataObject) -> None:
    import regex

    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    non_space = regex.compile(r"\S").search(text, start, end)
    assert first_non_space(text, start, end) == (non_space.start() if non_space else end)
    stripped = regex.compile(r"\s*(.*?)\s*\Z", regex.DOTALL).match(text, start, end)
    assert stripped is not None
    assert strip_bounds(text, start, end) == stripped.span(1)
    lines = regex.finditer(r"[^\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]+", text)
    expected = [m.span() for m in lines if regex.search(r"\S", m.group())]
    assert paragraph_bounds(text) == expected


@pytest.mark.parametrize(
    ("source", "start", "end"), [("Exports fell, she said.", 14, 17), ("", 0, 0)]
)
def test_trusted_span_equals_the_validated_one(source: str, start: int, end: int) -> None:
    trusted = _trusted_span(source, start, end)
    public = Span.of(source, start, end)
    assert trusted == public
    assert hash(trusted) == hash(public)
    assert repr(trusted) == repr(public)


@PROPERTY
@given(text=_TEXTS)
def test_results_equal_their_validated_copies(text: str) -> None:
    from quoteattr import Quote, Speaker

    for quote in extract_quotes(text, scope="all"):
        speaker = quote.speaker
        rebuilt = Quote(
            span=Span(quote.span.start, quote.span.end, quote.span.text),
            parts=tuple(Span(p.start, p.end, p.text) for p in quote.parts),
            kind=quote.kind,
            cue=quote.cue and Span(quote.cue.start, quote.cue.end, quote.cue.text),
            speaker=speaker and Speaker(speaker.mention, speaker.name, speaker.named_by),
            rule=quote.rule,
            category=quote.category,
            confidence=quote.confidence,
        )
        assert rebuilt == quote


_SPEAKER_WORDS = [
    "the minister",
    "The Minister",
    "McDonald",
    "O'Brien",
    "Trump's campaign",
    "she",
    "Sen. Rand Paul (R-Ky.)",
    "officials",
    "a spokeswoman for the ministry",
    "der Minister",
    "die Polizei",
    "also",
    "on Monday",
    "Hugh Hill, a doctor,",
    "and",
    ", ",
    ". ",
    " ",
    "  ",
    "\n",
    "x-",
    "5",
]


@pytest.mark.parametrize("language", ["en", "de", "ru"])
@PROPERTY
@given(words=st.lists(st.sampled_from(_SPEAKER_WORDS), max_size=12), data=st.data())
def test_possessive_speaker_before_matches_the_plain_pattern(
    language: str, words: list[str], data: st.DataObject
) -> None:
    import regex

    from quoteattr.attribution.grammar import grammar_for
    from quoteattr.speakers import speaker_pattern

    pack = load(language)
    fast = grammar_for(pack).speaker_before
    possessive = speaker_pattern(pack, bare="clause", reverse=True)
    plain = speaker_pattern(pack, bare="clause")
    assert possessive in fast.pattern
    source = fast.pattern.replace(possessive, plain).replace(r"*+\Z", r"*\Z")
    reference = regex.compile(source, fast.flags)
    text = " ".join(words) + " said"
    end = len(text) - len("said")
    start = data.draw(st.integers(0, end))
    expected = reference.match(text, start, end)
    found = fast.match(text, start, end)
    assert (found and (found.span(), found.span("speaker"))) == (
        expected and (expected.span(), expected.span("speaker"))
    )


@pytest.mark.parametrize("language", ["en", "de", "ru"])
@pytest.mark.parametrize("reverse", [False, True])
@PROPERTY
@given(data=st.data())
def test_word_trie_matches_the_alternation(
    language: str, reverse: bool, data: st.DataObject
) -> None:
    import regex

    from quoteattr.cues import alternation, word_trie

    pack = load(language)
    words = data.draw(
        st.sampled_from(
            [pack.cue_adverbs, pack.name_stopwords, pack.phrase_stopwords, pack.determiners]
        )
    )
    pieces = [*words[:40], *(w[:3] for w in words[:20]), *(w[-3:] for w in words[:20])]
    pieces += [" ", "  ", "\n", "-", "x", "A", ",", "'"]
    text = "".join(data.draw(st.lists(st.sampled_from(pieces), max_size=12)))
    # Something after (before, right to left) the words that the engine may backtrack into.
    flags = regex.VERSION1 | (regex.REVERSE if reverse else 0)
    if reverse:
        template = r"(?P<tail>\w*)(?:{}[^\S\n]*){{1,3}}\Z"
    else:
        template = r"(?:{}[^\S\n]*){{1,3}}(?P<tail>\w*)"
    plain = regex.compile(template.format(alternation(words)), flags)
    trie = regex.compile(template.format(word_trie(words, reverse=reverse)), flags)
    start = data.draw(st.integers(0, len(text)))
    for pos, end in ((start, len(text)), (0, start)):
        expected = plain.match(text, pos, end)
        found = trie.match(text, pos, end)
        assert (found and (found.span(), found.span("tail"))) == (
            expected and (expected.span(), expected.span("tail"))
        )
    # In a negative lookahead (the stop words) only whether some word matches counts.
    stop_plain = regex.compile(rf"(?!{alternation(words)})", regex.VERSION1)
    stop_trie = regex.compile(rf"(?!{word_trie(words)})", regex.VERSION1)
    for pos in range(len(text) + 1):
        assert bool(stop_trie.match(text, pos)) == bool(stop_plain.match(text, pos))


def _sorted_trie(words: list[str]) -> str:
    """``cues.trie_pattern`` as it was before its branches were put in letter-frequency
    order: every node's branches in sorted order."""
    import re

    from quoteattr.cues import _TRIE_PIECES

    trie: dict = {}  # type: ignore[type-arg]
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def to_regex(node: dict) -> str:  # type: ignore[type-arg]
        branches = [
            (_TRIE_PIECES.get(char) or re.escape(char)) + to_regex(node[char])
            for char in sorted(k for k in node if k)
        ]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return to_regex(trie) + r"(?![\w\-])"


def _lexicon_words(language: str) -> list[str]:
    from quoteattr.cues import _capitalise

    pack = load(language)
    categories = lexicon_for(pack).categories
    return list(categories) + [
        _capitalise(entry) for _, entry in pack.nominal_cues if entry.lower() in categories
    ]


@PROPERTY
@given(text=_TEXTS, language=st.sampled_from(["en", "de", "ru"]))
def test_cue_scan_finds_what_the_lookbehind_pattern_finds(text: str, language: str) -> None:
    import re

    from quoteattr.cues import _BEFORE_CUE

    lexicon = lexicon_for(load(language))
    assert lexicon.scan is not None
    # The trie in letter-frequency order matches what the trie in sorted order matches.
    reference = re.compile(_BEFORE_CUE + _sorted_trie(_lexicon_words(language)))
    expected = [(m.start(), m.end(), m.group()) for m in reference.finditer(text)]
    assert [(m.start(), m.end(), m.group()) for m in lexicon.find(text)] == expected
    # The scan that consumes the character before a cue finds the same cues.
    assert CueIndex(lexicon, text).find(0, len(text)) == expected


@pytest.mark.parametrize("text", ["said", "said, told", "“said” said", "-said", "x said"])
def test_cue_scan_at_the_text_start(text: str) -> None:
    for language in ("en", "de", "ru"):
        _same_cues(text, 0, len(text), language)


def test_cue_scan_needs_forms_ending_in_a_word_character() -> None:
    from quoteattr.cues import _scan_pattern, trie_pattern

    assert _scan_pattern(["said", "acc."], trie_pattern(["said", "acc."])) is None
    assert _scan_pattern([], trie_pattern([])) is None
    assert _scan_pattern(["said", "o'"], trie_pattern(["said", "o'"])) is not None


_INTRODUCTION_PIECES = [
    "told",
    "reporters",
    "that",
    "on",
    "Monday",
    "U.S.",
    "O'Brien",
    "x-y",
    "5",
    "a\u0301",
    ":",
    ",",
    ".",
    " ",
    "  ",
    "\u00a0",
    "\x1c",
    "\n",
]


@pytest.mark.parametrize("language", ["en", "de", "ru"])
@PROPERTY
@given(pieces=st.lists(st.sampled_from(_INTRODUCTION_PIECES), max_size=24))
def test_introduction_fits_in_its_word_count(language: str, pieces: list[str]) -> None:
    from quoteattr.attribution.direct import _INTRODUCTION_TOKENS
    from quoteattr.attribution.grammar import grammar_for

    introduction = grammar_for(load(language)).introduction
    assert "{1,6}" in introduction.pattern  # six words: _INTRODUCTION_TOKENS counts them
    # Six words and a colon apart: the most the pattern matches.
    longest = " reporters on Monday in U.S.A O'Brien : "
    assert introduction.match(longest, 0, len(longest)) is not None
    assert len(longest.split()) == _INTRODUCTION_TOKENS
    text = "".join(pieces)
    if introduction.match(text, 0, len(text)) is not None:
        assert len(text.split(None, _INTRODUCTION_TOKENS)) <= _INTRODUCTION_TOKENS


@PROPERTY
@given(text=_TEXTS, data=st.data())
def test_has_word_agrees_with_the_pattern(text: str, data: st.DataObject) -> None:
    from quoteattr.attribution.reported import _WORD, _has_word

    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(0, len(text)))
    assert _has_word(text, start, end) == (_WORD.search(text, start, end) is not None)
