"""Quotation-mark pairs and the scanner that finds quoted spans in text.

This is the first stage of the pipeline: it knows nothing about speakers or cues, only
about marks. It finds every top-level quotation, whatever its convention:

* straight, curly, low-high (German, Czech, Polish), guillemets in both directions,
  single guillemets and CJK corner brackets, all at once, so mixed archives just work;
* nested quotations, which belong to the quotation around them;
* apostrophes and primes that are not quotation marks (don't, the '90s, Jones' car, 5'11");
* quotations running over several paragraphs, whether each paragraph re-opens the quote
  (the news convention) or, sloppily, does not;
* stray and unbalanced marks, which are dropped without swallowing the text after them.

Every decision is local to a mark and its two neighbouring characters, so the scan is a
compiled ``finditer`` per mark character the text holds plus a loop over the marks found:
linear in the input, whatever the input.
"""

from __future__ import annotations

import bisect
import re
import string
from array import array
from collections.abc import Iterable, Sequence
from typing import Final

import attrs
import regex

from quoteattr.segment import first_non_space, paragraph_bounds, strip_bounds

__all__ = ["DEFAULT_PAIRS", "QuoteMarkPair", "QuoteScanner", "QuotedSpan"]


@attrs.frozen
class QuoteMarkPair:
    """An opening and a closing quotation mark that enclose a quotation together.

    ``open`` and ``close`` may be the same mark (straight quotes, Swedish ”…”), in which
    case the characters around each mark decide whether it opens or closes. A mark is one
    character or two (the doubled apostrophes ``''…''`` of some newspaper archives).
    """

    open: str = attrs.field()
    close: str = attrs.field()
    name: str = attrs.field(default="")

    @open.validator
    @close.validator
    def _one_character(self, attribute: attrs.Attribute[str], value: str) -> None:
        if not isinstance(value, str) or not 1 <= len(value) <= 2:
            raise ValueError(
                f"QuoteMarkPair.{attribute.name} must be one or two characters, got {value!r}."
            )
        if any(char.isspace() or char.isalnum() for char in value):
            raise ValueError(
                f"QuoteMarkPair.{attribute.name} must be punctuation, got {value!r}: "
                "letters, digits and spaces cannot be quotation marks."
            )


DEFAULT_PAIRS: tuple[QuoteMarkPair, ...] = (
    QuoteMarkPair('"', '"', "straight double"),
    QuoteMarkPair("'", "'", "straight single"),
    QuoteMarkPair("“", "”", "curly double"),
    QuoteMarkPair("‘", "’", "curly single"),
    # Careless typing mixes curly and straight marks within one quotation.
    QuoteMarkPair("“", '"', "curly open, straight close"),
    QuoteMarkPair('"', "”", "straight open, curly close"),
    QuoteMarkPair("«", "»", "guillemets"),
    QuoteMarkPair("»", "«", "reversed guillemets (German, Danish)"),
    QuoteMarkPair("„", "“", "low-high double (German, Czech)"),
    QuoteMarkPair("„", "”", "low-high double (Polish, Hungarian, Romanian)"),
    QuoteMarkPair("‚", "‘", "low-high single (German, Czech)"),
    QuoteMarkPair("‚", "’", "low-high single (Polish)"),
    QuoteMarkPair("‹", "›", "single guillemets"),
    QuoteMarkPair("›", "‹", "reversed single guillemets"),
    QuoteMarkPair("”", "”", "right double (Swedish, Finnish)"),
    QuoteMarkPair("''", "''", "doubled apostrophes (newspaper archives)"),
    QuoteMarkPair("``", "''", "doubled backticks (wire copy, LaTeX)"),
    QuoteMarkPair("「", "」", "corner brackets (CJK)"),
    QuoteMarkPair("『", "』", "white corner brackets (CJK)"),
)
"""Every quotation-mark convention found in news archives, active together by default."""


@attrs.frozen
class QuotedSpan:
    """A top-level quotation found by the scanner, before any attribution.

    ``start``/``end`` cover the quotation with its marks; ``parts`` are the (start, end)
    offsets of the quoted content without marks and surrounding spaces, one per paragraph
    the quotation runs over.
    """

    start: int
    end: int
    parts: tuple[tuple[int, int], ...]


# A mark followed by one of these closes (or is stray); it never opens a quotation.
_CLOSING_PUNCTUATION = frozenset(",;:!?)]}")
# Single closing marks that a space may separate from the double mark closing around them.
_NESTED_CLOSERS = frozenset("'’")
# An apostrophe of elision, not a quote: the '90s, '05, rock 'n' roll, 'em, 'til.
_ELISION = regex.compile(
    r"(?:\d\d(?:s\b|\b)|(?:n|em|til|tis|twas|cause|bout|round|nuff|kay)\b)", regex.IGNORECASE
)
# Feet and inches (5'11", 6' 2.5") and inch sizes (12" x 18"): primes, not quotes.
_PRIMES = regex.compile(
    r"(?<=\d)['’]\s?\d{1,2}(?:\.\d+)?([\"”])(?!\w)|(?<=\b\d{1,3})([\"”])(?=\s?(?:x|×|by)\s?\d)"
)
# "rock 'n' roll": both marks of an elided "and" are apostrophes.
_ELIDED_AND = regex.compile(r"(?<!\w)['’‘]n['’](?!\w)", regex.IGNORECASE)
_DOUBLE_PRIMES = frozenset('"”')
_DIGIT = regex.compile(r"\d")
_ASCII_NON_DIGITS = frozenset(map(chr, range(128))) - frozenset(string.digits)
_ELIDED_OPENERS = frozenset("'’‘")
_N = frozenset("nN")
_ELIDED_CLOSERS = frozenset("'’")
# How many paragraphs a quotation may run on without re-opening before it closes.
_SLOPPY_REACH = 3
_SENTENCE_PUNCTUATION = frozenset(",.!?…—–")
_WORD = regex.compile(r"\w")
_ASCII_WORD = frozenset(string.ascii_letters + string.digits)
_SPACED_MARKS = frozenset("«»‹›")
_APOSTROPHES = frozenset("'‘’")
_GUILLEMET_SPACES = frozenset(" \u00a0\u202f\u2009")
# A paragraph of speech that runs on into the next one ends like a sentence; an unclosed
# mark in a paragraph ending otherwise (a headline, a list item) is a stray.
_RUNS_ON_AFTER = frozenset(".!?…:;—–-")
_NO_WORD = 1 << 62


_Open = tuple[str, int, int, "tuple[tuple[int, int], ...] | list[tuple[int, int]]"]
"""An opening mark waiting for its close (scanner-internal): the mark, its position, where
the current part of its content starts, and the parts so far (``_CHAR``, ``_POS``,
``_PART_START``, ``_PARTS``).

A plain tuple of plain values, not an object, not even a ``NamedTuple``: the garbage
collector stops tracking a plain tuple of untracked values (a ``NamedTuple`` is a tuple
subclass, which it keeps walking at every collection), so a text with a hundred thousand
stray opening marks leaves it nothing to walk, which keeps the scan linear.
"""
_CHAR: Final = 0
_POS: Final = 1
_PART_START: Final = 2
_PARTS: Final = 3


class _OpenStack:
    """The marks still open, with an index per opening character.

    Finding the nearest open mark that a closer matches must not walk the whole stack
    (a run of unmatched openers would make that quadratic), so each opening character keeps
    the stack depths where it stands.
    """

    def __init__(
        self, openers_of: dict[str, tuple[str, ...]], closers_of: dict[str, frozenset[str]]
    ) -> None:
        self.items: list[_Open] = []
        self._openers_of = openers_of
        self._closers_of = closers_of
        self._depths: dict[str, list[int]] = {}

    def push(self, opened: _Open) -> None:
        self._depths.setdefault(opened[_CHAR], []).append(len(self.items))
        self.items.append(opened)

    def pop_match(self, closer: str) -> _Open | None:
        """Remove and return the nearest open mark ``closer`` closes, with everything above it."""
        items = self.items
        # Nearly always the innermost open mark: no index to consult, nothing above to drop.
        if items and closer in self._closers_of[items[-1][_CHAR]]:
            opened = items.pop()
            self._depths[opened[_CHAR]].pop()
            return opened
        best = -1
        for opener in self._openers_of.get(closer, ()):
            depths = self._depths.get(opener)
            if depths and depths[-1] > best:
                best = depths[-1]
        if best < 0:
            return None
        opened = self.items[best]
        self.truncate(best)
        return opened

    def truncate(self, depth: int) -> None:
        del self.items[depth:]
        for depths in self._depths.values():
            while depths and depths[-1] >= depth:
                depths.pop()


class QuoteScanner:
    """Finds top-level quoted spans for a set of quotation-mark pairs.

    Build one per set of pairs and reuse it: the mark pattern and the role tables are
    compiled once. Instances hold no per-call state and are safe to share between threads.
    """

    def __init__(self, pairs: Iterable[QuoteMarkPair] = DEFAULT_PAIRS) -> None:
        self.pairs: tuple[QuoteMarkPair, ...] = tuple(pairs)
        closers: dict[str, set[str]] = {}
        openers: dict[str, set[str]] = {}
        for pair in self.pairs:
            closers.setdefault(pair.open, set()).add(pair.close)
            openers.setdefault(pair.close, set()).add(pair.open)
        self._closers_of = {char: frozenset(chars) for char, chars in closers.items()}
        self._openers_of = {char: tuple(sorted(chars)) for char, chars in openers.items()}
        marks = sorted(set(closers) | set(openers), key=lambda m: (-len(m), m))
        # Per mark: whether it can open, whether it can close, whether French spacing may
        # stand inside it, whether it is an apostrophe (looked up once per mark in a scan).
        self._kinds = {mark: self._kind(mark) for mark in marks}
        # Literal marks only, longest first: the standard library's engine finds them in
        # less than half the time `regex` takes.
        alternatives = [(mark[0], self._alternative(mark)) for mark in marks]
        if "'" in marks and "''" in marks:
            # Three apostrophes that close a quotation (them,''' said) are a nested
            # quotation's closing mark, then the doubled one: one apostrophe first.
            alternatives.insert(0, ("'", r"'(?=''(?![\w']))"))
        self._mark_patterns = _mark_patterns(marks, alternatives)

    def _alternative(self, mark: str) -> str:
        """The pattern of ``mark``: the mark itself, but for apostrophes that can close."""
        _, is_closer, _, apostrophe = self._kinds[mark]
        literal = re.escape(mark)
        if not (is_closer and apostrophe):
            return literal
        # Between two letters or digits such an apostrophe neither opens nor closes ("don't",
        # see ``roles``): the pattern leaves it out, which spares the scan over a third of
        # the marks of English news. ``[^\W_]`` is exactly ``str.isalnum``.
        return rf"{literal}(?<![^\W_]{literal})|{literal}(?![^\W_])"

    def _kind(self, mark: str) -> tuple[bool, bool, bool, bool]:
        return (
            mark in self._closers_of,
            mark in self._openers_of,
            mark in _SPACED_MARKS,
            mark in _APOSTROPHES,
        )

    def scan(
        self, text: str, paragraphs: Sequence[tuple[int, int]] | None = None
    ) -> list[QuotedSpan]:
        """Return the top-level quotations of ``text`` in text order.

        ``paragraphs`` are ``text``'s :func:`~quoteattr.segment.paragraph_bounds`, when the
        caller has them already.
        """
        tokens, marks = self._find_marks(text)
        if not tokens:
            return []
        if paragraphs is None:
            paragraphs = paragraph_bounds(text)
        return _Scan(self, text, tokens, marks, paragraphs).run()

    def _find_marks(self, text: str) -> tuple[array[int], Sequence[str]]:
        """The positions and the strings of the marks in ``text``, in text order.

        An array of positions, and the marks joined in a string when each is one
        character (they nearly always are): a list of a mark per mark would have the
        garbage collector walk every element at each full collection, and full collections
        come more often the longer the text, which made the scan's time grow faster than
        the text on texts of marks only.
        """
        tokens: list[int] = []
        marks: list[str] = []
        patterns = 0
        for char, pattern in self._mark_patterns:
            # ``in`` passes over a text that lacks the character far faster than a pattern.
            if char in text:
                patterns += 1
                # Positions and mark strings only: a list of match objects would give the
                # garbage collector one more object per mark to walk.
                for match in pattern.finditer(text):
                    tokens.append(match.start())
                    marks.append(match.group())
        if patterns > 1:
            order = sorted(range(len(tokens)), key=tokens.__getitem__)
            tokens = [tokens[index] for index in order]
            marks = [marks[index] for index in order]
        joined = "".join(marks)
        return array("q", tokens), joined if len(joined) == len(marks) else marks

    def roles(self, text: str, pos: int, mark: str) -> tuple[bool, bool]:
        """Whether the mark at ``pos`` can open and whether it can close a quotation.

        A mark opens where a word follows it and none precedes it, and closes where a
        non-space precedes it and no word follows; marks that only ever open (or close) in
        every active pair need just the half of the rule that concerns them.
        """
        end = pos + len(mark)
        before = text[pos - 1] if pos > 0 else ""
        after = text[end] if end < len(text) else ""
        is_opener, is_closer, spaced, apostrophe = self._kinds.get(mark) or self._kind(mark)
        inside_after, inside_before = after, before
        if spaced:
            # French typography puts a (thin, non-breaking) space inside guillemets.
            if after in _GUILLEMET_SPACES:
                inside_after = text[end + 1] if end + 1 < len(text) else ""
            if before in _GUILLEMET_SPACES and pos > 1:
                inside_before = text[pos - 2]
        elif before == " " and pos > 1 and text[pos - 2] in _NESTED_CLOSERS:
            # A space sets apart a nested quotation's closing mark and the outer one:
            # 'to say she'll be 'above the law,' " said ...'.
            inside_before = text[pos - 2]
        can_open = (
            is_opener
            and inside_after != ""
            and not inside_after.isspace()
            and inside_after not in _CLOSING_PUNCTUATION
            and (not is_closer or not before.isalnum())
            and not (apostrophe and _ELISION.match(text, end, end + 8))
        )
        can_close = (
            is_closer
            and inside_before != ""
            and not inside_before.isspace()
            # A mark right after a sentence's or clause's punctuation closes even when a
            # word follows with no space ('“We will win,”Clinton said').
            and (not is_opener or not after.isalnum() or before in _CLOSING_PUNCTUATION)
            # An apostrophe between letters is a contraction: don’t, O’Brien.
            and not (apostrophe and after.isalnum())
        )
        return can_open, can_close

    def reopens(self, mark: str, carried: str) -> bool:
        """Whether ``mark`` can re-open, in a new paragraph, a quotation opened by ``carried``."""
        return bool(self._closers_of.get(mark, frozenset()) & self._closers_of[carried])

    def closes(self, mark: str, opener: str) -> bool:
        """Whether ``mark`` closes a quotation that ``opener`` opened."""
        return mark in self._closers_of[opener]


class _Scan:
    """One scan of one text: the marks found, the paragraphs, and the quotations closed."""

    def __init__(
        self,
        scanner: QuoteScanner,
        text: str,
        tokens: array[int],
        marks: Sequence[str],
        paragraphs: Sequence[tuple[int, int]],
    ) -> None:
        self.scanner = scanner
        self.text = text
        self.tokens = tokens
        self.marks = marks
        self.paragraphs = paragraphs
        # For each mark, the position of the first word character after it, found when
        # first asked (-1: not yet known); see ``_next_word``.
        self.next_word = array("q", [-1]) * len(tokens)
        # Closed quotations as plain tuples (start, end, parts), each dropped when one
        # around it closes (see ``_close``): a plain tuple of plain values costs the
        # garbage collector nothing to walk, and the list stays short.
        self.found: list[tuple[int, int, tuple[tuple[int, int], ...]]] = []
        self.stack = _OpenStack(scanner._openers_of, scanner._closers_of)
        # Marks that are primes or apostrophes whatever their neighbours say (5'11", 'n').
        # Only marks' positions matter, and each pattern needs a mark with a telltale
        # neighbour (a digit before a double prime, "n" and an apostrophe after a quote), so
        # the marks are checked first and the patterns scan the text only when one has it.
        self.primes: set[int] = set()
        if _may_have_primes(text, tokens):
            self.primes.update(m.start(m.lastindex or 0) for m in _PRIMES.finditer(text))
        if _may_have_elided_and(text, tokens):
            for match in _ELIDED_AND.finditer(text):
                self.primes.update((match.start(), match.end() - 1))

    def run(self) -> list[QuotedSpan]:
        """Let each mark close an open quotation, open a new one, or pass; return the
        top-level quotations."""
        primes, text, marks, stack = self.primes, self.text, self.marks, self.stack
        roles = self.scanner.roles
        # Where each paragraph after the first starts, then a sentinel beyond any mark.
        next_starts = [start for start, _ in self.paragraphs[1:]]
        next_starts.append(_NO_WORD)
        current = 0
        next_start = next_starts[0]
        skip = -1
        for index, pos in enumerate(self.tokens):
            # Into the paragraph of this mark (tokens are in order: no search needed).
            while pos >= next_start:
                # Only an open mark can run on (most paragraphs end with none open).
                skip = self._cross_paragraph(current) if stack.items else -1
                current += 1
                next_start = next_starts[current]
            if pos == skip or pos in primes:
                continue
            mark = marks[index]
            can_open, can_close = roles(text, pos, mark)
            if can_close:
                opened = stack.pop_match(mark)
                if opened is not None:
                    self._close(opened, pos, mark)
                    continue
            if can_open:
                stack.push((mark, pos, pos + len(mark), ()))
        return _top_level(self.found)

    def _close(self, opened: _Open, pos: int, mark: str) -> None:
        # ``_with_part`` without its list: most quotations close in the paragraph where
        # they opened, with a tuple of parts (usually empty) that needs no copy.
        parts = opened[_PARTS]
        start = opened[_PART_START]
        if self._has_word(start, pos):
            piece = strip_bounds(self.text, start, pos)
            if isinstance(parts, list):
                parts.append(piece)
                parts = tuple(parts)
            else:
                parts = (*parts, piece)
        if parts:
            found = self.found
            # The quotations closed since this one opened are nested in it, and the last
            # closed: ``_top_level`` would drop them. Dropped now, a text of marks nested
            # thousands deep keeps no list of them for the garbage collector to walk.
            while found and found[-1][0] > opened[_POS]:
                found.pop()
            found.append((opened[_POS], pos + len(mark), tuple(parts)))

    def _with_part(self, opened: _Open, start: int, end: int) -> list[tuple[int, int]]:
        """``opened``'s parts with ``text[start:end]`` added, if it holds a word.

        A quotation running over many paragraphs keeps one list and appends to it (copying
        the parts at every paragraph would be quadratic in their number).
        """
        parts = opened[_PARTS]
        parts = parts if isinstance(parts, list) else list(parts)
        if self._has_word(start, end):
            parts.append(strip_bounds(self.text, start, end))
        return parts

    def _has_word(self, start: int, end: int) -> bool:
        # Most quotations begin with a letter, and an ASCII letter or digit is a word
        # character to any engine: no search needed.
        if start < end and self.text[start] in _ASCII_WORD:
            return True
        # Content right after a mark: the precomputed next word tells, in constant time.
        index = bisect.bisect_left(self.tokens, start) - 1
        if index >= 0 and self.tokens[index] + len(self.marks[index]) == start:
            return self._next_word(index) < end
        return _WORD.search(self.text, start, end) is not None

    def _next_word(self, index: int) -> int:
        """The position of the first word character after mark ``index`` (or a sentinel).

        Found on demand with one bounded search per gap between marks, each gap searched
        at most once, so all the answers together cost one pass over the text; it answers
        "is there a word in this quotation?" in constant time even for deeply nested marks.
        """
        memo, tokens, marks, text = self.next_word, self.tokens, self.marks, self.text
        pending = []
        found = _NO_WORD
        while index < len(tokens):
            known = memo[index]
            if known >= 0:
                found = known
                break
            pending.append(index)
            limit = tokens[index + 1] if index + 1 < len(tokens) else len(text)
            match = _WORD.search(text, tokens[index] + len(marks[index]), limit)
            if match is not None:
                found = match.start()
                break
            index += 1
        for waiting in pending:
            memo[waiting] = found
        return found

    def _cross_paragraph(self, index: int) -> int:
        """Carry an unclosed quotation from paragraph ``index`` into the next, or drop it.

        Only the outermost unclosed mark can be a quotation running on; marks opened after
        it and never closed are strays. It runs on when its paragraph ends like a sentence
        and the next paragraph re-opens it (the news convention) or, sloppily, closes it
        without re-opening. Returns the position of a consumed re-opening mark, or -1.
        """
        if not self.stack.items:
            return -1
        carried = self.stack.items[0]
        self.stack.truncate(0)
        text, tokens = self.text, self.tokens
        end = self.paragraphs[index][1]
        if not _ends_like_a_sentence(text, carried[_PART_START], end):
            return -1
        next_start, next_end = self.paragraphs[index + 1]
        first = bisect.bisect_left(tokens, next_start)
        content_start = first_non_space(text, next_start, next_end)
        if first < len(tokens) and tokens[first] == content_start:
            mark = self.marks[first]
            can_open, _ = self.scanner.roles(text, content_start, mark)
            if can_open and self.scanner.reopens(mark, carried[_CHAR]):
                parts = self._with_part(carried, carried[_PART_START], end)
                self.stack.push((carried[_CHAR], carried[_POS], content_start + len(mark), parts))
                return content_start
        if self._closes_without_reopening(carried, index):
            parts = self._with_part(carried, carried[_PART_START], end)
            self.stack.push((carried[_CHAR], carried[_POS], content_start, parts))
        return -1

    def _closes_without_reopening(self, carried: _Open, index: int) -> bool:
        """Whether one of the next few paragraphs closes ``carried`` without re-opening it.

        The paragraphs in between must hold no mark of the quotation's kind and end like
        sentences: a quotation forgotten open for a paragraph or two, then closed.
        """
        last = min(len(self.paragraphs), index + 1 + _SLOPPY_REACH)
        for offset, (start, end) in enumerate(self.paragraphs[index + 1 : last]):
            first = bisect.bisect_left(self.tokens, start)
            verdict = self._close_in_paragraph(carried, first, end, strict=offset > 0)
            if verdict is not None:
                return verdict
            if not _ends_like_a_sentence(self.text, start, end):
                return False
        return False

    def _close_in_paragraph(
        self, carried: _Open, first: int, end: int, *, strict: bool
    ) -> bool | None:
        """True when a paragraph closes ``carried`` with a mark nothing there opened, False
        when it opens a quotation of its own kind instead, None when it has no such mark.

        ``strict`` (for paragraphs further ahead) refuses a paragraph that opens any
        quotation of the kind, even one it closes again before the stray closing mark, and
        accepts only a closing mark right after sentence punctuation.
        """
        depth = 0
        opened = False
        for index in range(first, len(self.tokens)):
            pos = self.tokens[index]
            if pos >= end:
                break
            if pos in self.primes:
                continue
            mark = self.marks[index]
            can_open, can_close = self.scanner.roles(self.text, pos, mark)
            if can_close and self.scanner.closes(mark, carried[_CHAR]):
                if depth == 0:
                    # Further ahead, only a mark that ends a sentence ends the quotation:
                    # "Jones' car" two paragraphs on closes nothing.
                    return not strict or self.text[pos - 1] in _SENTENCE_PUNCTUATION
                depth -= 1
            elif can_open and self.scanner.reopens(mark, carried[_CHAR]):
                if strict:
                    return False
                depth += 1
                opened = True
        return False if opened else None


def _mark_patterns(
    marks: Sequence[str], alternatives: Sequence[tuple[str, str]]
) -> tuple[tuple[str, re.Pattern[str]], ...]:
    """The patterns that find ``marks``, each with the character its matches begin with.

    A pattern whose alternatives all begin with one character is searched for that
    character alone, several times faster than a pattern that tests every character of the
    text against a set; so there is one pattern per first character when the marks allow:
    when no match can hold another pattern's first character (every mark is one character,
    or one character repeated), the matches of all the patterns are exactly those of their
    union. Otherwise there is one pattern, keyed by "", which every text contains.
    """
    if any(len(set(mark)) > 1 for mark in marks):
        return (("", re.compile("|".join(pattern for _, pattern in alternatives))),)
    by_first: dict[str, list[str]] = {}
    for first, pattern in alternatives:
        by_first.setdefault(first, []).append(pattern)
    return tuple((first, re.compile("|".join(group))) for first, group in by_first.items())


def _may_have_primes(text: str, tokens: Sequence[int]) -> bool:
    """Whether ``_PRIMES`` may match: every match ends in a double prime right after a digit."""
    return any(
        text[pos] in _DOUBLE_PRIMES
        and pos > 0
        # Before most double quotes stands an ASCII character other than a digit, which
        # spares the pattern; any other character may be a digit to `regex`.
        and text[pos - 1] not in _ASCII_NON_DIGITS
        and _DIGIT.match(text, pos - 1, pos) is not None
        for pos in tokens
    )


def _may_have_elided_and(text: str, tokens: Sequence[int]) -> bool:
    """Whether ``_ELIDED_AND`` may match where a mark stands: every match is a quote mark,
    "n" and an apostrophe, and only the positions of marks matter."""
    for pos in tokens:
        char = text[pos]
        if (
            char in _ELIDED_OPENERS
            and text[pos + 1 : pos + 2] in _N
            and text[pos + 2 : pos + 3] in _ELIDED_CLOSERS
        ) or (
            char in _ELIDED_CLOSERS
            and pos >= 2
            and text[pos - 1] in _N
            and text[pos - 2] in _ELIDED_OPENERS
        ):
            return True
    return False


def _ends_like_a_sentence(text: str, start: int, end: int) -> bool:
    last = strip_bounds(text, start, end)[1] - 1
    return last >= start and text[last] in _RUNS_ON_AFTER


def _top_level(found: list[tuple[int, int, tuple[tuple[int, int], ...]]]) -> list[QuotedSpan]:
    """Drop quotations nested in others: an inner quote belongs to its outer quotation."""
    # Outermost first is start order: no two quotations start at one mark (a mark opens
    # one quotation, carried on but never re-opened once closed), so tuples compare by
    # their start alone, without a key function.
    found.sort()
    result: list[QuotedSpan] = []
    reach = -1
    for start, end, parts in found:
        if start >= reach:
            result.append(QuotedSpan(start, end, parts))
            reach = end
    return result
