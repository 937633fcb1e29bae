"""Example tests for the first-cut attribution of direct quotations."""

from __future__ import annotations

from pathlib import Path

import pytest

from quoteattr import QuoteKind, extract_quotes
from quoteattr.languages import load
from quoteattr.speakers import name_of

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


def only(text: str) -> tuple[str, str | None, str | None, str | None]:
    """The single quotation of ``text`` as (text, speaker mention, cue, rule)."""
    (quote,) = extract_quotes(text)
    return (
        quote.text,
        quote.speaker.mention.text if quote.speaker else None,
        quote.cue.text if quote.cue else None,
        quote.rule,
    )


@pytest.mark.parametrize(
    ("text", "speaker", "cue"),
    [
        ('"We will win," she said.', "she", "said"),
        ('"We will win," the coach said.', "the coach", "said"),
        ('"We will win," Maria Lopez said on Sunday.', "Maria Lopez", "said"),
        ('"We will win," Sen. Ana Ortiz told reporters.', "Sen. Ana Ortiz", "told"),
        ('"Will we win?" the head of state asked.', "the head of state", "asked"),
        ('"We will win!" he shouted.', "he", "shouted"),
        ('"We will win", she said.', "she", "said"),
        (
            "“We will win,” a spokeswoman for the ministry said.",
            "a spokeswoman for the ministry",
            "said",
        ),
        ("“We will win,” the ministry said in a statement.", "the ministry", "said in a statement"),
        ("“We will win,” the minister doesn’t deny.", "the minister", "doesn’t deny"),
        ("“We will win,” she also said.", "she", "also said"),
        ("“We will win,” Trump’s campaign said.", "Trump’s campaign", "said"),
        ("“We will win,” O'Brien wrote.", "O'Brien", "wrote"),
        ('"We will win," campaign manager Ana Ortiz said.', "campaign manager Ana Ortiz", "said"),
        (
            '"We will win," Republican strategist Tom Hale said.',
            "Republican strategist Tom Hale",
            "said",
        ),
        ("\"People tell me, 'Go home,'\" she said.", "she", "said"),
    ],
)
def test_quote_then_speaker_then_cue(text: str, speaker: str, cue: str) -> None:
    """'"…," X said.' attaches the speaker and cue after the closing mark."""
    assert only(text)[1:] == (speaker, cue, "after-quote")


@pytest.mark.parametrize(
    ("text", "speaker", "cue"),
    [
        ('"We will win," said Maria Lopez.', "Maria Lopez", "said"),
        ('"We will win," said the minister.', "the minister", "said"),
        ('"We will win," says Gov. Tom Hale, a Democrat.', "Gov. Tom Hale", "says"),
        ('"We will win," added the head of state on Monday.', "the head of state", "added"),
        ('"We will win," said former Sen. Ana Ortiz.', "former Sen. Ana Ortiz", "said"),
    ],
)
def test_quote_then_cue_then_speaker(text: str, speaker: str, cue: str) -> None:
    """'"…," said X.' (inverted order) attaches the speaker after the cue."""
    assert only(text)[1:] == (speaker, cue, "after-quote")


@pytest.mark.parametrize(
    ("text", "speaker", "cue"),
    [
        ('Maria Lopez said: "We will win."', "Maria Lopez", "said:"),
        ('The minister told reporters on Monday: "We will win."', "The minister", "told"),
        ('She said, "We will win."', "She", "said"),
        ('He said "We will win" and left.', "He", "said"),
        (
            'President of the Republic of Valdoria Ilya Markov said: "We will win."',
            "President of the Republic of Valdoria Ilya Markov",
            "said:",
        ),
        ('After the vote, Maria Lopez wrote: "We will win."', "Maria Lopez", "wrote:"),
        ('When Smith said, "We will win," nobody laughed.', "Smith", "said"),
    ],
)
def test_speaker_then_cue_then_quote(text: str, speaker: str, cue: str) -> None:
    """'X said: "…"' attaches the speaker and cue before the opening mark; the cue is the
    phrase as annotators mark it, colon included."""
    assert only(text)[1:] == (speaker, cue, "before-quote")


@pytest.mark.parametrize(
    ("text", "speaker", "cue"),
    [
        (
            'Two hours later, the spokeswoman sent an email saying, "The ferry is cancelled."',
            "the spokeswoman",
            "saying",
        ),
        (
            'In Tromso, Mayor Ana Ortiz cut the ribbon at the new pier, saying: "It will pay."',
            "Mayor Ana Ortiz",
            "saying:",
        ),
        ('The coach issued a statement on Monday saying, "We regret it."', "The coach", "saying"),
    ],
)
def test_a_participle_before_a_quotation_is_the_clause_subject_s(
    text: str, speaker: str, cue: str
) -> None:
    """'X sent an email saying, "…"' / 'In A, X cut the ribbon, saying: "…"': the speaker
    is the clause's subject, not the object or place before the participle; the quotation
    stays direct."""
    (quote,) = extract_quotes(text)
    assert quote.kind is QuoteKind.DIRECT
    assert quote.speaker is not None
    assert (quote.speaker.mention.text, quote.cue.text if quote.cue else None) == (speaker, cue)


def test_interrupted_quotation_is_one_quotation_in_two_parts() -> None:
    """'"A," X said, "B."' is one quotation with two parts, attributed by its middle."""
    text = '"Judge," Brafman said, "I have never seen this happen."'
    (quote,) = extract_quotes(text)
    assert [part.text for part in quote.parts] == ["Judge,", "I have never seen this happen."]
    assert quote.text == "Judge, I have never seen this happen."
    assert quote.span.text == text
    assert quote.speaker is not None
    assert quote.speaker.mention.text == "Brafman"
    assert quote.cue is not None
    assert quote.cue.text == "said"
    assert quote.rule == "interrupted"


def test_interrupted_with_inverted_attribution() -> None:
    """'"A," said X, "B."' is one quotation too."""
    (quote,) = extract_quotes("“First,” said the judge, “we hear the witness.”")
    assert len(quote.parts) == 2
    assert quote.speaker is not None
    assert quote.speaker.mention.text == "the judge"


def test_next_quoted_sentence_continues_the_quotation() -> None:
    """'"A," X said. "B."' — a quoted sentence right after the attribution is another part of
    the same quotation (as PolNeAR annotates it; score per part with --granularity parts)."""
    (quote,) = extract_quotes('"We are ready," she said. "The vote is tomorrow."')
    assert [p.text for p in quote.parts] == ["We are ready,", "The vote is tomorrow."]
    assert quote.speaker is not None
    assert quote.speaker.mention.text == "she"


def test_quoted_sentence_after_other_words_floats() -> None:
    """A quoted sentence later on, with no cue of its own, inherits the last speaker."""
    text = '"We are ready," she said. Then she left the room.\n\n"The vote is tomorrow."'
    first, second = extract_quotes(text)
    assert second.rule == "floating"
    assert second.speaker == first.speaker
    assert second.cue is None


def test_floating_sentence_in_the_same_paragraph_keeps_the_cue() -> None:
    """In the same paragraph the floating sentence goes on under the same attribution, so it
    takes over the cue as well as the speaker (as annotated news marks it)."""
    text = '"We are ready," she told the council. Then she left the room. "The vote is tomorrow."'
    first, second = extract_quotes(text)
    assert second.rule == "floating"
    assert second.speaker == first.speaker
    assert second.cue == first.cue
    assert second.cue is not None
    assert second.cue.text == "told"


def test_words_quoted_in_passing_are_not_quotations() -> None:
    """Titles and scare quotes that nobody is said to have said are not returned."""
    assert extract_quotes('The film "Blue Harbour" opened on Friday.') == []
    assert extract_quotes("Critics called it a “reform” of sorts.") != []


@pytest.mark.parametrize(
    ("mention", "name"),
    [
        ("House Speaker Tom Hale", "Tom Hale"),
        ("Former Valdorian Gov. Ana Ortiz", "Ana Ortiz"),
        ("Rep. Tom Hale of New Hampton", "Tom Hale"),
        ("campaign manager Ana Ortiz", "Ana Ortiz"),
        ("Hale campaign manager Ana Ortiz", "Ana Ortiz"),
        ("Secretary of State Ana Ortiz", "Ana Ortiz"),
        ("Vice President Tom R. Hale Jr.", "Tom R. Hale Jr."),
        ("Islamic State", "Islamic State"),
        ("Department of Justice", None),
        ("former Hale", None),
        ("spokeswoman for Ana Ortiz", None),
        ("aides to Tom Hale", None),
        ("Hale seemed", None),
    ],
)
def test_the_name_is_what_follows_the_last_title(mention: str, name: str | None) -> None:
    """Titles and describing words before a name are not part of it; a mention that ends in
    a title, or with other words, names nobody."""
    assert name_of(mention, load("en")) == name


def test_title_is_removed_from_the_name() -> None:
    """A name mention carries its name without titles; role nouns and pronouns carry none."""
    (quote,) = extract_quotes(
        'President of the Republic of Valdoria Ilya Markov said: "We will win."'
    )
    assert quote.speaker is not None
    assert quote.speaker.name == "Ilya Markov"
    (quote,) = extract_quotes('"We will win," Sen. Ana Ortiz said.')
    assert quote.speaker is not None
    assert quote.speaker.name == "Ana Ortiz"
    (quote,) = extract_quotes('"We will win," the head of state said.')
    assert quote.speaker is not None
    assert quote.speaker.name is None


def test_quoted_spans_are_direct() -> None:
    """Attributed quoted sentences are DIRECT quotations."""
    assert all(q.kind is QuoteKind.DIRECT for q in extract_quotes('"A," he said. "B," she said.'))


def test_agency_story_shaped_like_the_seed() -> None:
    """An agency story: an unquoted lede attributed to the named president (its content stops
    at ", ... said"), a two-paragraph quotation whose second paragraph does not re-open,
    attributed to "the head of state", then two more quotations."""
    text = (EXAMPLES / "agency-story.txt").read_text(encoding="utf-8")
    lede, long_quote, *rest = extract_quotes(text)
    assert lede.kind is QuoteKind.INDIRECT
    assert lede.text.startswith("Our harbours will stay open")
    assert lede.text.endswith("reach the coast within a day")
    assert lede.cue is not None
    assert lede.cue.text == "said"
    assert lede.speaker is not None
    assert lede.speaker.name == "Marta Kovalenko"
    assert long_quote.kind is QuoteKind.DIRECT
    assert len(long_quote.parts) == 2
    assert long_quote.parts[0].text.startswith("The harbour is the door of our country")
    assert long_quote.parts[1].text.startswith("The railway will be finished")
    assert long_quote.speaker is not None
    assert long_quote.speaker.mention.text == "the head of state"
    assert long_quote.cue is not None
    assert long_quote.cue.text == "said"
    assert [(q.speaker.mention.text if q.speaker else None) for q in rest] == ["Kovalenko", "she"]


@pytest.mark.parametrize(
    "text",
    [
        'She said "We will fund it?" She told reporters: "We will fund the harbour."',
        'She said: "We will fund it?" She told reporters "We will fund the harbour."',
        'Ana Ortiz said "We won!" Ilya Markov said "We lost."',
        'He asked: "Why now?" She replied: "Because we must."',
    ],
)
def test_attribution_that_introduces_the_next_quotation_is_its_own(text: str) -> None:
    """After '"…?"' or '"…!"', words that go on to open another quotation introduce that
    one: two quotations, each with the speaker before it."""
    first, second = extract_quotes(text)
    assert first.speaker is not None
    assert second.speaker is not None
    assert first.speaker.mention.start < first.span.start
    assert second.speaker.mention.start > first.span.end


def test_a_quotation_goes_on_after_an_attribution_with_abbreviations() -> None:
    """'"A," said Mr. X, who met Sen. Y. "B."': the full stops of abbreviations end no
    sentence, so "B." continues the quotation (one quotation in two parts)."""
    text = (
        '"We will win," said Mr. Tom Hale, who met Sen. Ana Ortiz on Friday. '
        '"Nobody will be left behind."'
    )
    (quote,) = extract_quotes(text)
    assert quote.speaker is not None
    assert quote.speaker.mention.text == "Mr. Tom Hale"
    assert [part.text for part in quote.parts] == ["We will win,", "Nobody will be left behind."]
    # A real sentence between them still ends the attribution: the second floats.
    text = '"We will win," said Mr. Tom Hale. He left. "Nobody will be left behind."'
    assert [q.rule for q in extract_quotes(text)] == ["after-quote", "floating"]


def test_an_introduction_ending_its_paragraph_with_a_colon() -> None:
    """'X continued:' closing a paragraph introduces the quotation opening the next one."""
    text = 'Mayor Ana Ortiz continued:\n\n"You look at the questions and you see the problem."'
    assert only(text)[1:] == ("Mayor Ana Ortiz", "continued:", "before-quote")
    # Without the colon the paragraphs are apart: the quotation has no attribution.
    assert extract_quotes(text.replace(":", ".")) == []


def test_many_abbreviations_before_a_quotation_cost_little() -> None:
    """The words between an attribution and a following quotation are read in one pass:
    a full stop that could end an abbreviation is not tried two ways (that made a failing
    match double its work at every "Mr.": minutes for a line of them)."""
    between = "Mr. x " * 26 + "? x "
    text = f'"We will win," said Tom Lee, {between}"Nobody will be left behind."'
    quotes = extract_quotes(text)
    assert [q.rule for q in quotes] == ["after-quote"]


@pytest.mark.parametrize(
    "text",
    [
        "“The numbers speak for themselves,” National Party chairman Ren Oduya said.",
        "“The numbers speak for themselves,” said National Party chairman Ren Oduya.",
    ],
)
def test_described_name_after_capitalised_words(text: str) -> None:
    """Right after a quotation, a name may follow capitalised and then lower-case words that
    describe the person ("National Party chairman Ren Oduya"), before or after the cue."""
    (quote,) = extract_quotes(text)
    assert quote.speaker is not None
    assert quote.speaker.mention.text == "National Party chairman Ren Oduya"
    assert quote.speaker.name == "Ren Oduya"
