"""Example tests for the quote-mark scanner: one test per convention it must handle."""

from __future__ import annotations

import pytest

from quoteattr import QuoteKind, extract_quotes
from quoteattr.marks import DEFAULT_PAIRS, QuoteMarkPair, QuoteScanner

SCANNER = QuoteScanner()


def quoted(text: str) -> list[str]:
    """The top-level quotations of ``text`` as they stand, marks included."""
    return [text[q.start : q.end] for q in SCANNER.scan(text)]


def contents(text: str) -> list[list[str]]:
    """The content parts of each top-level quotation of ``text``."""
    return [[text[a:b] for a, b in q.parts] for q in SCANNER.scan(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('The mayor said "we are ready" today.', '"we are ready"'),
        ("The mayor said 'we are ready' today.", "'we are ready'"),
        ("The mayor said “we are ready” today.", "“we are ready”"),
        ("The mayor said ‘we are ready’ today.", "‘we are ready’"),
        ("Le maire a dit «nous sommes prêts» hier.", "«nous sommes prêts»"),
        ("Le maire a dit « nous sommes prêts » hier.", "« nous sommes prêts »"),
        ("Der Bürgermeister sagte »wir sind bereit« heute.", "»wir sind bereit«"),
        ("Der Bürgermeister sagte „wir sind bereit“ heute.", "„wir sind bereit“"),
        ("Starosta řekl ‚jsme připraveni‘ dnes.", "‚jsme připraveni‘"),
        ("Burmistrz powiedział „jesteśmy gotowi” dziś.", "„jesteśmy gotowi”"),
        ("Il sindaco ha detto ‹siamo pronti› oggi.", "‹siamo pronti›"),
        ("市長は「準備はできている」と述べた。", "「準備はできている」"),
        ("市長は『準備はできている』と述べた。", "『準備はできている』"),
        ("Borgmästaren sa ”vi är redo” i dag.", "”vi är redo”"),
        ('The mayor said “we are ready" today.', '“we are ready"'),
    ],
)
def test_each_convention_is_one_quotation(text: str, expected: str) -> None:
    """Every supported pair of marks encloses exactly one quotation."""
    assert quoted(text) == [expected]


def test_several_conventions_in_one_text() -> None:
    """Mixed archives: different conventions in one text are all found, in order."""
    text = "He said “yes”. Sie sagte „nein“. Il a dit «peut-être». 彼は「はい」と言った。"
    assert quoted(text) == ["“yes”", "„nein“", "«peut-être»", "「はい」"]


@pytest.mark.parametrize(
    "text",
    [
        "“The council called it ‘a mistake’ and we agree,” she said.",
        "\"They told us 'never again' last year,\" she said.",
        "«Он сказал „хватит“ и ушёл», — сообщил он.",
        "„Er rief ‚genug‘ und ging“, sagte sie.",
        "「彼は『もう十分だ』と言った」と彼女は言った。",
        "''Voters want more than 'We will bomb them,''' the senator said.",
        "'''Quiz Bowl,''' he replied.",
    ],
)
def test_nested_quotation_belongs_to_the_outer_one(text: str) -> None:
    """An inner quotation is part of the outer quotation, not a second quotation."""
    found = SCANNER.scan(text)
    assert len(found) == 1
    inner_start = found[0].start
    assert text[inner_start] in "“\"«„「'"


@pytest.mark.parametrize(
    "text",
    [
        "We don't know, and they can't say.",
        "She loves rock 'n' roll and the music of the '90s.",
        "Jones' car was parked next to the Smiths' house.",
        "O'Brien met D'Angelo at the pub.",
        "The striker is 5'11\" and weighs 80 kg.",
        'They ordered a 12" x 18" print.',
        "It was the ’80s, and we didn’t care ’bout anything.",
        "Keep 'em coming 'til dawn.",
    ],
)
def test_apostrophes_and_primes_are_not_quotation_marks(text: str) -> None:
    """Apostrophes of contraction, elision and possession, and primes, open no quotation."""
    assert quoted(text) == []


def test_apostrophes_inside_a_quotation_do_not_end_it() -> None:
    """A quotation full of apostrophes still ends at its own closing mark."""
    text = "'We don't know if O'Brien's team is ready for the '90s revival,' he said."
    assert contents(text) == [["We don't know if O'Brien's team is ready for the '90s revival,"]]


def test_feet_and_inches_inside_a_quotation() -> None:
    """A prime inside a quotation does not close it."""
    text = '"He is 6\'2" and fast," the coach said.'
    assert contents(text) == [["He is 6'2\" and fast,"]]


def test_multi_paragraph_quotation_reopened_each_paragraph() -> None:
    """News convention: each paragraph re-opens the quotation; only the last one closes it."""
    text = (
        "The governor spoke for an hour.\n\n"
        "“We will rebuild the bridge.\n\n"
        "“We will rebuild the school.\n\n"
        "“And we will do it this year,” she said."
    )
    (found,) = SCANNER.scan(text)
    assert text[found.start : found.end].startswith("“We will rebuild the bridge.")
    assert text[found.start : found.end].endswith("this year,”")
    assert contents(text) == [
        [
            "We will rebuild the bridge.",
            "We will rebuild the school.",
            "And we will do it this year,",
        ]
    ]


def test_multi_paragraph_quotation_not_reopened() -> None:
    """Sloppy variant: the next paragraph carries on without re-opening, then closes."""
    text = (
        '"The first paragraph of the statement ends here.\n\n'
        'The second paragraph carries on and closes ," the head of state said.'
    )
    assert contents(text) == [
        [
            "The first paragraph of the statement ends here.",
            "The second paragraph carries on and closes ,",
        ]
    ]


def test_reopened_then_sloppy_paragraphs() -> None:
    """A quotation may re-open one paragraph and forget to in the next."""
    text = "“One.\n\n“Two.\n\nThree,” he said."
    assert contents(text) == [["One.", "Two.", "Three,"]]


def test_interrupted_quotation_is_two_spans_for_the_scanner() -> None:
    """The scanner sees two quotations; attribution later joins them."""
    text = '"Judge," the lawyer said, "I have never seen this."'
    assert quoted(text) == ['"Judge,"', '"I have never seen this."']


@pytest.mark.parametrize(
    "text",
    [
        "“This opening mark is never closed.\n\nA new paragraph.\n\nAnother one.",
        "He said “this is never closed, and the article goes on.\n\nMore text follows here.",
        "«Stray guillemet\n\nand more\n\nand more",
    ],
)
def test_lone_opening_mark_swallows_nothing(text: str) -> None:
    """An opening mark that nothing closes is dropped, not stretched to the end."""
    assert quoted(text) == []


def test_lone_opening_mark_does_not_hide_later_quotations() -> None:
    """After a stray opening mark, the next paragraph's quotations are still found."""
    text = "“Stray mark in a headline\n\n“A real quotation,” she said.\n\nThe end."
    assert quoted(text) == ["“A real quotation,”"]


def test_marks_used_as_bullets() -> None:
    """Marks standing as bullets at line starts open nothing."""
    text = '" First point\n" Second point\n» Third point\n\nThe list ends here.'
    assert quoted(text) == []


def test_closing_mark_without_opening_is_ignored() -> None:
    """A closing mark alone is ignored and the following quotation is still found."""
    text = "Fine,” it went on. Then she said “hello” again."
    assert quoted(text) == ["“hello”"]


def test_empty_quotations_are_not_quotations() -> None:
    """Marks that enclose no word are not quotations."""
    assert quoted('He drew "" and “ ” and ‘…’ on the board.') == []


def test_scanner_accepts_custom_pairs() -> None:
    """A scanner built with other pairs recognises only those."""
    scanner = QuoteScanner([QuoteMarkPair("«", "»")])
    text = 'He said «oui» and "yes".'
    assert [text[q.start : q.end] for q in scanner.scan(text)] == ["«oui»"]


@pytest.mark.parametrize("bad", ["", "ab", "a", " ", "1"])
def test_quote_mark_pair_rejects_non_marks(bad: str) -> None:
    """A pair must be two single punctuation characters; the message says which field."""
    with pytest.raises(ValueError, match=r"QuoteMarkPair\.open"):
        QuoteMarkPair(bad, "»")


def test_default_pairs_cover_every_convention() -> None:
    """The default table holds every convention listed in the documentation."""
    pairs = {(p.open, p.close) for p in DEFAULT_PAIRS}
    for pair in [
        ('"', '"'), ("'", "'"), ("“", "”"), ("‘", "’"), ("«", "»"), ("»", "«"), ("„", "“"),
        ("‚", "‘"), ("‹", "›"), ("「", "」"), ("『", "』"),
    ]:  # fmt: skip
        assert pair in pairs


def test_unbalanced_runs_of_marks_are_linear_and_harmless() -> None:
    """Thousands of unmatched marks of every kind produce no quotation spanning them all."""
    text = ("“a " * 3000) + ("’ b " * 3000) + ("» c " * 3000)
    for q in SCANNER.scan(text):
        assert q.end - q.start < 50


def test_unopened_paragraphs_over_three_paragraphs() -> None:
    """A quotation forgotten open for two paragraphs still ends at its closing mark."""
    text = "“Rain is near.\n\nSnow will come.\n\nStay home,” the mayor said."
    assert contents(text) == [["Rain is near.", "Snow will come.", "Stay home,"]]


@pytest.mark.parametrize(
    ("text", "inner"),
    [
        ("‘We don’t know,’ she said.", "We don’t know,"),
        ("'They play rock 'n' roll,' she said.", "They play rock 'n' roll,"),
        ("‚Wir wissen’s nicht‘, sagte sie.", "Wir wissen’s nicht"),
    ],
)
def test_apostrophes_inside_single_quotation_marks(text: str, inner: str) -> None:
    """An apostrophe between letters, or in 'n', never closes a single-quoted quotation."""
    assert contents(text) == [[inner]]


def test_sentences_end_before_any_opening_mark() -> None:
    """A quotation after a full stop starts a sentence, whatever its opening mark."""
    for mark, close in [("»", "«"), ("‚", "‘"), ("「", "」"), ("``", "''")]:
        (quote,) = extract_quotes(f"The council met. {mark}We will win,{close} she said.")
        assert quote.kind is QuoteKind.DIRECT, mark


def test_stray_opener_does_not_reach_over_a_quoted_paragraph() -> None:
    """Looking ahead for the close of an unopened paragraph stops at a paragraph that
    opens a quotation of its own, and primes (4'0") never count as closing marks."""
    text = (
        '"A stray mark opens this paragraph.\n\nA plain paragraph follows.\n\n'
        '"We will fund it," Ana Ortiz said of the keeper, who is 4\'0" tall.'
    )
    assert quoted(text) == ['"We will fund it,"']


def test_possessive_two_paragraphs_on_closes_nothing() -> None:
    """A stray opening apostrophe is not closed by "Jones' car" two paragraphs later."""
    text = (
        "'A stray mark opens this paragraph.\n\nA plain paragraph follows.\n\n"
        '"We will fund it," she said beside Jones\' car.'
    )
    assert quoted(text) == ['"We will fund it,"']


def test_three_apostrophes_close_the_inner_then_the_outer_quotation() -> None:
    """''…'…,''' : the nested quotation closes first, then the doubled apostrophes, so the
    attribution right after belongs to the outer quotation."""
    text = "''Voters want more than 'We will bomb them,''' said Sen. Ana Ortiz."
    (quote,) = extract_quotes(text)
    assert quote.span.text == text[: text.index(" said")]
    assert quote.speaker is not None
    assert quote.speaker.mention.text == "Sen. Ana Ortiz"


@pytest.mark.parametrize(
    "text",
    ["“We will win this state,”Ortiz said.", '"We will win this state,"Ortiz said.'],
)
def test_closing_mark_after_punctuation_with_no_space(text: str) -> None:
    """A mark right after a comma closes the quotation though a word follows it unspaced."""
    (quote,) = extract_quotes(text)
    assert quote.text == "We will win this state,"
    assert quote.speaker is not None
    assert quote.speaker.mention.text == "Ortiz"


def test_space_between_nested_and_outer_closing_marks() -> None:
    """'… ‘a disaster,’ ” she said': a space between the nested quotation's closing mark and
    the outer one still closes the outer quotation."""
    for text in (
        "“He called it ‘a disaster,’ ” she said.",
        "\"He called it 'a disaster,' \" she said.",
    ):
        (quote,) = extract_quotes(text)
        assert quote.rule == "after-quote"
        assert quote.speaker is not None
        assert quote.speaker.mention.text == "she"
