"""Reporting cues: verb entries inflected into word forms, compiled into one pattern.

A language pack lists verbs once per category ("warn" under speech); this module expands
each entry into all its forms (warn, warns, warned, warning), adds phrasal ("pointed out")
and nominal ("according to") cues, and compiles every form into a single trie-shaped
alternation, so one pass of one compiled pattern finds every cue in a text.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Iterable, Iterator, Sequence

import attrs
import regex

from quoteattr.languages.morphology import GAP, INFLECTORS, PHRASAL
from quoteattr.languages.pack import LanguagePack
from quoteattr.results import CueCategory

__all__ = [
    "Cue",
    "CueIndex",
    "CueLexicon",
    "alternation",
    "cue_forms",
    "inflect",
    "lexicon_for",
    "one_of",
    "word_trie",
]

_CATEGORY_ORDER = ("speech", "writing", "thought", "evidence")
_WORDS = re.compile(r"[^\s]+")


def inflect(entry: str, morphology: str = "en") -> tuple[str, ...]:
    """Expand one verb entry into its distinct word forms, by the rules of ``morphology``
    (the name a language pack gives in ``LanguagePack.morphology``; English by default).

    An English entry is either a base form inflected by the regular English rules or the
    five forms spelled out (base, third person singular, past, past participle, present
    participle).

    >>> inflect("warn")
    ('warn', 'warns', 'warned', 'warning')
    >>> inflect("say says said said saying")
    ('say', 'says', 'said', 'saying')
    >>> inflect("sagen", "de")[:4]
    ('sagen', 'sage', 'sagst', 'sagt')
    """
    return INFLECTORS[morphology](entry)


def phrasal_forms(entry: str, morphology: str = "en") -> tuple[str, ...]:
    """Forms of a phrasal entry ``"verb entry + particle"``: ``"point + out"`` -> points out..."""
    verb, plus, particle = entry.partition("+")
    if not plus or not particle.strip():
        raise ValueError(
            f"phrasal cue {entry!r} needs the form 'verb + particle', e.g. 'point + out'."
        )
    return PHRASAL[morphology](inflect(verb.strip(), morphology), particle.strip())


def cue_forms(entries: Iterable[str], morphology: str = "en") -> tuple[str, ...]:
    """All word forms of all verb ``entries``, without duplicates, in a stable order."""
    forms: dict[str, None] = {}
    for entry in entries:
        for form in inflect(entry, morphology):
            forms[form] = None
    return tuple(forms)


@attrs.frozen
class CueLexicon:
    """Every cue form of a language with its category, and the pattern that finds them.

    ``pattern`` matches any form as a whole word (lower case; multiword nominal cues also
    capitalised, as at a sentence start: "According to"); ``categories`` maps each
    lower-cased form to its :class:`CueCategory`; ``noun_like`` holds the forms that are
    also common nouns and need a subject to count.
    """

    categories: dict[str, CueCategory] = attrs.field(eq=False)
    pattern: re.Pattern[str] = attrs.field(eq=False)
    noun_like: frozenset[str] = attrs.field(eq=False, factory=frozenset)
    nominal: frozenset[str] = attrs.field(eq=False, factory=frozenset)
    # What ``pattern`` finds, for a scan of a whole text: see ``_scan_pattern``.
    scan: re.Pattern[str] | None = attrs.field(eq=False, default=None)

    def category_of(self, form: str) -> CueCategory:
        """The category of a matched form (any case, any spacing, any words between a
        separable verb and its particle)."""
        key = " ".join(form.lower().split())
        category = self.categories.get(key)
        if category is not None:
            return category
        words = key.split()
        for particle_words in (1, 2):
            split = f"{words[0]}{GAP}{' '.join(words[-particle_words:])}"
            if split in self.categories:
                return self.categories[split]
        raise KeyError(form)

    def gap(self, form: str) -> tuple[int, int] | None:
        """Where, in a matched form of a separable verb, the words between the verb and its
        particle stand (offsets into ``form``), or None for any other form.

        >>> from quoteattr.languages import load
        >>> lexicon = lexicon_for(load("de"))
        >>> form = "teilte die Polizei mit"
        >>> start, end = lexicon.gap(form)
        >>> form[start:end]
        'die Polizei'
        """
        key = " ".join(form.lower().split())
        if key in self.categories:
            return None
        words = list(_WORDS.finditer(form))
        for particle_words in (1, 2):
            split = f"{key.split()[0]}{GAP}{' '.join(key.split()[-particle_words:])}"
            if split in self.categories and len(words) > particle_words + 1:
                return words[1].start(), words[-particle_words - 1].end()
        return None

    def is_nominal(self, form: str) -> bool:
        """Whether a matched form is a nominal cue ("according to", "in a statement")."""
        return " ".join(form.lower().split()) in self.nominal

    def find(self, text: str, start: int = 0, end: int | None = None) -> Iterator[re.Match[str]]:
        """Every cue in ``text[start:end]``, left to right."""
        return self.pattern.finditer(text, start, len(text) if end is None else end)


Cue = tuple[int, int, str]
"""A cue found in a text: its start and end offsets and the matched form."""


class CueIndex:
    """Every cue of one text, found in one pass, for the rules that ask for the cues of
    many stretches of it (each sentence, the line before each quotation).

    ``find(start, end)`` returns what ``lexicon.find(text, start, end)`` finds, as
    ``(start, end, form)`` tuples in the same order. The cues of the whole text that lie
    inside the stretch are those cues whenever no cue of the whole text crosses either end
    of the stretch and the stretch does not end before a letter, digit or hyphen (where a
    cue's final lookahead sees the end of a window but the next character in the whole
    text); the lookbehind before a cue sees the text before a window's start either way.
    Otherwise ``find`` scans the stretch itself.

    Offsets and forms are kept as plain values, not match objects: a long text has tens
    of thousands of cues, which the garbage collector would otherwise walk at every
    collection while the rules run.
    """

    def __init__(self, lexicon: CueLexicon, text: str) -> None:
        self._lexicon = lexicon
        self._text = text
        cues: list[Cue] = []
        scan = lexicon.scan
        if scan is None:
            for match in lexicon.pattern.finditer(text):
                start, end = match.span()
                cues.append((start, end, match.group()))
        else:
            # The same cues as the loop above (see ``_scan_pattern``).
            first = lexicon.pattern.match(text)
            pos = 0
            if first is not None:
                pos = first.end()
                cues.append((0, pos, first.group()))
            for match in scan.finditer(text, pos):
                start, end = match.span(1)
                cues.append((start, end, match.group(1)))
        self._cues = cues
        starts: Sequence[int] = ()
        ends: Sequence[int] = ()
        if cues:
            starts, ends, _ = zip(*cues, strict=True)
        self._starts = starts
        self._ends = ends

    def find(self, start: int, end: int) -> list[Cue]:
        """Every cue in ``text[start:end]``, left to right."""
        text, starts, ends = self._text, self._starts, self._ends
        first = bisect.bisect_left(starts, start)
        last = bisect.bisect_left(starts, end, first)
        if (
            (first > 0 and ends[first - 1] > start)
            or (last > first and ends[last - 1] > end)
            # What the lexicon pattern's final lookahead, ``(?![\w\-])``, refuses after
            # a cue: ``re`` takes a character for ``\w`` exactly when ``str.isalnum`` does,
            # or when it is the underscore.
            or (end < len(text) and ((char := text[end]).isalnum() or char in "_-"))
        ):
            return [
                (match.start(), match.end(), match.group())
                for match in self._lexicon.find(text, start, end)
            ]
        return self._cues[first:last]


@functools.lru_cache(maxsize=32)
def lexicon_for(pack: LanguagePack) -> CueLexicon:
    """Compile (once per pack) the cue lexicon of ``pack``."""
    categories: dict[str, CueCategory] = {}
    by_name = dict(pack.verbs)
    ordered = [name for name in _CATEGORY_ORDER if name in by_name]
    ordered += [name for name in by_name if name not in _CATEGORY_ORDER]
    # Multiword cues first: "said in a statement" is claimed before "said".
    for category, entry in pack.nominal_cues:
        categories.setdefault(entry.lower(), CueCategory(category))
    for category, entry in pack.phrasal_cues:
        for form in phrasal_forms(entry, pack.morphology):
            categories.setdefault(form, CueCategory(category))
    for name in ordered:
        for form in cue_forms(by_name[name], pack.morphology):
            categories.setdefault(form, CueCategory(name))
    for form in pack.removed_cues:
        categories.pop(form, None)
    words = list(categories) + [
        _capitalise(entry) for _, entry in pack.nominal_cues if entry.lower() in categories
    ]
    trie = trie_pattern(words)
    return CueLexicon(
        categories,
        # The standard library's engine runs this one big alternation several times faster
        # than `regex` (measured: about 24 against 120 ns a character); it needs no feature
        # that only `regex` has.
        re.compile(_BEFORE_CUE + trie),
        frozenset(pack.noun_like_forms),
        frozenset(entry.lower() for _, entry in pack.nominal_cues),
        _scan_pattern(words, trie),
    )


# What stands before a cue: no word character, hyphen or apostrophe (or the text's start).
_BEFORE_CUE = r"(?<![\w\-'’])"
_CUE_CHAR = re.compile(r"[\w\-'’]")


def _scan_pattern(words: Sequence[str], trie: str) -> re.Pattern[str] | None:
    """The lexicon's pattern with the character before a cue consumed, not looked behind
    at: ``[^\\w\\-'’](trie)``, the cue its group 1.

    The lookbehind makes ``re`` call its matcher at every position of the text; a pattern
    that opens with a character class lets it skip, in a tight loop, to the characters
    the class admits (the spaces and punctuation before words), about a fifth of them.
    ``CueIndex`` finds the same cues with it: a cue at the text's start first (the
    lookbehind pattern's ``match`` at 0), then this pattern's matches from the end of the
    last cue found. A cue after the character at ``q`` is a match of the lookbehind
    pattern at ``q + 1`` exactly when this pattern matches at ``q``, and the leftmost ``q``
    gives the leftmost cue. The lookbehind pattern could also find a cue right at the end
    ``e`` of the last one, which this one never tries; but the character before ``e`` is the
    last of a cue form, so the lookbehind fails there when every form ends in a word
    character, hyphen or apostrophe. None when one does not (then the lookbehind pattern
    scans).
    """
    if not words or not all(word and _CUE_CHAR.match(word[-1]) for word in words):
        return None
    return re.compile(r"[^\w\-'’](" + trie + ")")


def _capitalise(form: str) -> str:
    return form[:1].upper() + form[1:]


def trie_pattern(words: Iterable[str]) -> str:
    """One alternation for ``words`` shaped as a trie, longest match first, whole words.

    A flat alternation of a thousand words makes the regex engine try each word at each
    position; a trie shares prefixes so each position costs a few character tests. Spaces
    inside a word match any run of horizontal spaces.
    """
    trie: dict[str, dict] = {}  # type: ignore[type-arg]
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return _trie_to_regex(trie) + r"(?![\w\-])"


# Spaces inside a cue match any run of horizontal space; a gap, up to eight words (not
# crossing punctuation) between a separable verb and its particle, lazily: the first
# particle after the verb closes it.
_TRIE_PIECES = {
    " ": r"[^\S\n]+",
    GAP: r"(?:[^\S\n]+[^\s,.;:!?\"'„“”«»]+){0,8}?[^\S\n]+",
}


# The order in which a trie tries the letters that may come next: the `re` engine tests a
# branch's first character against each alternative in turn, so the frequent letters of
# running text (at a word's start, then inside a word) are put first. Two letters never
# match the same character (the lexicon's pattern is case-sensitive), so the order changes
# no match; a piece (a space or a gap) and a space character keep their places, in the
# sorted order, after the letters, since they may match the same characters.
_FIRST_LETTERS = "tasoiwhcbpfmdrelngyuvkjqzxTSIAMCBHPDRWNFLOGEJKUVYQXZ"
_NEXT_LETTERS = "eaiotnsrhldcumfpgwybvkxjqzETAOINSRHLDCUMFPGWYBVKXJQZ"


def _trie_order(keys: Iterable[str], first: bool) -> list[str]:
    """The keys of a trie node in the order the pattern tries them (see above)."""
    ordered = sorted(keys)
    rank = {char: i for i, char in enumerate(_FIRST_LETTERS if first else _NEXT_LETTERS)}
    letters = [k for k in ordered if k not in _TRIE_PIECES and not k.isspace()]
    others = [k for k in ordered if k in _TRIE_PIECES or k.isspace()]
    # ``sorted`` is stable: letters not in the table keep their sorted order, after it.
    return sorted(letters, key=lambda char: rank.get(char, len(rank))) + others


def _trie_to_regex(node: dict, first: bool = True) -> str:  # type: ignore[type-arg]
    branches = []
    ends_here = "" in node
    for char in _trie_order((k for k in node if k), first):
        piece = _TRIE_PIECES.get(char) or re.escape(char)
        branches.append(piece + _trie_to_regex(node[char], False))
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    # Longest first: try the longer continuations, fall back to ending here.
    return _or_nothing(body) if ends_here else body


def _or_nothing(body: str) -> str:
    """``body`` or nothing, ``body`` tried first: the matches of ``(?:body)?``, in the same
    order, written as an alternation with an empty branch. Both engines run an optional
    group as a repeat, with its bookkeeping at every try, and an alternation without:
    measured on the corpus, the cue scan and the `regex` patterns that hold the cue and
    adverb tries (the speaker before a cue, the attribution after a quotation) take 4 %
    less time together."""
    return f"(?:{body}|)"


def alternation(words: Iterable[str]) -> str:
    """A regex alternation matching any of ``words`` as a whole word, longest first.

    Longest first matters: "said in a statement" must win over "said". Spaces in a word
    match any run of spaces.
    """
    unique = sorted(set(words), key=lambda w: (-len(w), w))
    escaped = (r"\s+".join(regex.escape(part) for part in word.split()) for word in unique)
    return r"(?:" + "|".join(escaped) + r")(?![\w-])"


def word_trie(words: Iterable[str], *, reverse: bool = False) -> str:
    """What ``alternation(words)`` matches, shaped as a trie: the same matches, found in
    fewer steps (a flat alternation makes the engine try every word at a position).

    The same word is matched either way, and the same one first: every word that can
    match at a position is a prefix of the longest (a suffix of it, matching right to left
    in a ``regex.REVERSE`` pattern), and both try the longer ones first. ``reverse`` makes
    the trie of the words' ends, for a word matched in a ``REVERSE`` pattern. (Written
    for case-sensitive patterns; inside a negative lookahead only whether some word
    matches counts, so there the order does not matter.) A space in a word matches any
    run of spaces, as in ``alternation``.
    """
    trie: dict[str, dict] = {}  # type: ignore[type-arg]
    for word in {" ".join(word.split()) for word in words}:
        node = trie
        for char in reversed(word) if reverse else word:
            node = node.setdefault(char, {})
        node[""] = {}
    body = _word_trie_to_regex(trie, reverse)
    return r"(?:" + body + r")(?![\w-])"


def _word_trie_to_regex(node: dict, reverse: bool) -> str:  # type: ignore[type-arg]
    branches = []
    for char in sorted(k for k in node if k):
        piece = r"\s+" if char == " " else regex.escape(char)
        rest = _word_trie_to_regex(node[char], reverse)
        branches.append(rest + piece if reverse else piece + rest)
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    # Longest first: the longer words are tried before the one that ends here.
    return _or_nothing(body) if "" in node else body


def one_of(words: Iterable[str]) -> str:
    """A regex group matching any of ``words`` literally, tried in the order given; a
    group that never matches when there are none (a language without such words)."""
    escaped = [regex.escape(word) for word in words]
    return "(?:" + "|".join(escaped) + ")" if escaped else "(?!)"
