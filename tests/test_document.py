"""Reading whole articles: analyze(), speaker resolution, sources, the dateline, links."""

from __future__ import annotations

import pytest
from hypothesis import given, settings

from quoteattr import Document, Extractor, QuoteKind, analyze, extract_quotes
from quoteattr.languages import load
from strategies import arbitrary_texts, article_texts, articles

# An agency story shaped like the ones quoteattr began from: a dateline, an unquoted lede
# by a titled president that a later quotation repeats, an agency tag, a quotation over two
# paragraphs without a re-opening mark by "the head of state", a surname and a pronoun.
STORY = """VALMORA, Estland Republic, March 4. The harbours will stay open to every ship that \
respects the treaty, President of the Republic of Estland Marta Kovalenko said opening the new \
terminal in Port Ilse, Nordwire reports.

"The harbours will stay open to every ship that respects the treaty. We have listened to the \
fishing towns and the budget carries what they asked for.

The railway will be finished in two years, not five," the head of state said.

Interior Minister Tomas Vell said on Monday that the border posts would be staffed around the \
clock. The minister added that new patrol boats had been ordered.

Kovalenko told reporters: "We are patient, but patience has limits."

"Judge the project by its results," she said."""


@pytest.fixture(scope="module")
def story() -> Document:
    return analyze(STORY)


def test_story_quotes_are_those_of_extract_quotes(story: Document) -> None:
    """analyze() finds the same quotations as extract_quotes(), speakers resolved."""
    plain = extract_quotes(STORY)
    assert [(q.span, q.kind, q.cue) for q in story.quotes] == [
        (q.span, q.kind, q.cue) for q in plain
    ]
    assert [q.speaker.mention for q in story.quotes if q.speaker] == [
        q.speaker.mention for q in plain if q.speaker
    ]


def test_story_lede_and_head_of_state(story: Document) -> None:
    """The lede is an indirect quotation by the named president, cue "said"; the
    two-paragraph quotation by "the head of state" is resolved to her."""
    lede, long_quote = story.quotes[0], story.quotes[1]
    assert lede.kind is QuoteKind.INDIRECT
    assert lede.text.startswith("The harbours will stay open")
    assert lede.text.endswith("respects the treaty")
    assert lede.cue is not None
    assert lede.cue.text == "said"
    assert lede.speaker is not None
    assert lede.speaker.name == "Marta Kovalenko"
    assert lede.speaker.named_by is None  # the mention names her itself
    assert long_quote.kind is QuoteKind.DIRECT
    assert len(long_quote.parts) == 2
    assert long_quote.speaker is not None
    assert long_quote.speaker.mention.text == "the head of state"
    assert long_quote.speaker.name == "Marta Kovalenko"
    assert long_quote.speaker.named_by is not None
    assert long_quote.speaker.named_by.text.endswith("Marta Kovalenko")


def test_story_surname_pronoun_and_role(story: Document) -> None:
    """A surname, "she" and "the minister" resolve to the people the story named."""
    names = [(q.speaker.mention.text, q.speaker.name) for q in story.quotes if q.speaker]
    assert names == [
        ("President of the Republic of Estland Marta Kovalenko", "Marta Kovalenko"),
        ("the head of state", "Marta Kovalenko"),
        ("Interior Minister Tomas Vell", "Tomas Vell"),
        ("The minister", "Tomas Vell"),
        ("Kovalenko", "Marta Kovalenko"),
        ("she", "Marta Kovalenko"),
    ]


def test_story_people(story: Document) -> None:
    """Each quoted person is listed once, with every mention and quotation."""
    assert [(p.name, len(p.quotes)) for p in story.people] == [
        ("Marta Kovalenko", 4),
        ("Tomas Vell", 2),
    ]
    assert [m.text for m in story.people[0].mentions] == [
        "President of the Republic of Estland Marta Kovalenko",
        "the head of state",
        "Kovalenko",
        "she",
    ]


def test_story_source_dateline_and_link(story: Document) -> None:
    """The agency tag is a source of every quotation; the dateline is read; the lede is
    linked to the quotation it repeats."""
    assert [s.name for s in story.sources] == ["Nordwire"]
    assert story.sources[0].cue is not None
    assert story.sources[0].cue.text == "reports"
    assert all(chain[0].name == "Nordwire" for chain in story.quote_sources)
    assert story.sources_of(story.quotes[1])[0].name == "Nordwire"
    assert story.dateline is not None
    assert story.dateline.place is not None
    assert story.dateline.place.text == "VALMORA, Estland Republic"
    assert story.dateline.date is not None
    assert story.dateline.date.text == "March 4"
    (link,) = story.links
    assert (link.first, link.later) == (story.quotes[0], story.quotes[1])
    assert link.overlap == 1.0


def test_a_given_name_shows_gender() -> None:
    """A given name that news gives to women only ("Carla") shows the person is a woman, so
    "she" passes over a more recent man ("Victor"); a given name given to both says
    nothing."""
    text = (
        "Carla Benedetti opened the session. Victor Hale, the finance minister, left early."
        '\n\n"We will not reopen it," she said.'
    )
    (quote,) = analyze(text).quotes
    assert quote.speaker is not None
    assert quote.speaker.name == "Carla Benedetti"
    (quote,) = analyze(text.replace("Carla", "Jordan").replace("Victor", "Taylor")).quotes
    assert quote.speaker is not None
    assert quote.speaker.name != "Jordan Benedetti"


def test_ties_are_left_unresolved() -> None:
    """Two people of unknown gender named in one sentence: "he" stays unresolved."""
    text = (
        'Ana Ortiz met Bram Okafor in the capital on Monday.\n\n"We found common ground," he said.'
    )
    (quote,) = analyze(text).quotes
    assert quote.speaker is not None
    assert quote.speaker.name is None


def test_gender_shown_by_the_document_decides() -> None:
    """A title that shows gender ("Mrs.") lets "she" pass over a more recent man."""
    text = (
        'Mrs. Leila Haddad opened the session. "The budget is final," she said.\n\n'
        "Mr. Oren Markov, the finance minister, left early.\n\n"
        '"We will not reopen it," she said.'
    )
    names = [q.speaker.name for q in analyze(text).quotes if q.speaker]
    assert names == ["Leila Haddad", "Leila Haddad"]


def test_a_quoted_pronoun_shows_no_gender() -> None:
    """ "She" inside a quotation is someone the speaker talks about: it shows nothing of
    the speaker's gender, so a later "she" is not the man who said it."""
    text = (
        'Paul Renner said he was tired of the dispute. He told reporters: "She misled '
        'everyone. She knows it, and she lied again."\n\n"We will wait for the report," she said.'
    )
    names = [q.speaker.name for q in analyze(text).quotes if q.speaker]
    assert names == ["Paul Renner", "Paul Renner", None]


def test_a_pronoun_opening_the_next_sentence_shows_no_gender() -> None:
    """ "Renner left the room. She stayed.": "she" opens a sentence of its own, so it says
    nothing of Renner's gender."""
    text = (
        "Paul Renner said he had no comment. Paul Renner left the room. She stayed.\n\n"
        '"We will wait," she said.'
    )
    names = [q.speaker.name for q in analyze(text).quotes if q.speaker]
    assert names == ["Paul Renner", None]


def test_the_gender_most_pronouns_show_wins() -> None:
    """Two "he" after Brandt and one stray "her": Brandt is a man, not of unknown gender."""
    text = (
        "Tom Brandt said he was tired. Tom Brandt said he would leave. Tom Brandt said her "
        'plan had failed.\n\n"It is final," she said.'
    )
    names = [q.speaker.name for q in analyze(text).quotes if q.speaker]
    assert names[-1] is None


def test_relative_pronoun_and_organisation() -> None:
    """ "X, who said ..." is X; "the company" and "it" are the organisation named."""
    text = (
        "The plan was backed by Kasia Lindqvist, who said it would cut costs.\n\n"
        "Nordvik Shipping Corp. said exports rose in May. The company said it expected "
        "more growth next year."
    )
    names = {q.speaker.mention.text: q.speaker.name for q in analyze(text).quotes if q.speaker}
    assert names["who"] == "Kasia Lindqvist"
    assert names["The company"] == "Nordvik Shipping Corp"


def test_a_spokesman_is_not_the_person_served() -> None:
    """An agent noun ("the spokesman") is never taken for the speaker it serves."""
    text = '"We will win," President Ilya Markov said.\n\nThe plan is sound, the spokesman said.'
    quotes = analyze(text).quotes
    assert quotes[-1].speaker is not None
    assert quotes[-1].speaker.name is None


def test_analyze_rejects_non_text_and_takes_options() -> None:
    """analyze() checks its input like extract_quotes() and takes the same options."""
    with pytest.raises(TypeError, match=r"analyze\(\) needs the text as str, got bytes"):
        analyze(b"text")  # type: ignore[arg-type]
    text = "Most voters believe the plan will work."
    assert analyze(text).quotes == ()
    assert len(analyze(text, scope="all").quotes) == 1
    assert Extractor(scope="all").analyze(text) == analyze(text, scope="all")


@given(arbitrary_texts())
@settings(deadline=None, max_examples=150)
def test_any_text_gives_a_document(text: str) -> None:
    """Any string is read without error, and every span slices the input."""
    document = analyze(text)
    spans = [q.span for q in document.quotes]
    spans += [s.mention for s in document.sources]
    spans += [m for p in document.people for m in p.mentions]
    if document.dateline is not None:
        spans.append(document.dateline.span)
    assert all(text[s.start : s.end] == s.text for s in spans)


@given(article_texts())
@settings(deadline=None, max_examples=100)
def test_every_resolved_name_is_a_mention_in_the_document(text: str) -> None:
    """A resolved name is written in the mention that gave it, and reading is
    deterministic."""
    document = analyze(text)
    assert document == analyze(text)
    for quote in document.quotes:
        speaker = quote.speaker
        if speaker is None or speaker.name is None:
            continue
        source = speaker.named_by or speaker.mention
        assert speaker.name in " ".join(source.text.split())
    for person in document.people:
        assert all(text[m.start : m.end] == m.text for m in person.mentions)
        assert all(q.speaker is not None and q.speaker.name == person.name for q in person.quotes)


@given(articles())
@settings(deadline=None, max_examples=100)
def test_renaming_a_person_renames_them_in_the_result(article: object) -> None:
    """Replacing a person's name everywhere in the text replaces it in every resolved
    speaker and in the people, and changes nothing else."""
    text: str = article.text  # type: ignore[attr-defined]
    named = [q.name for q in article.quotes if q.name]  # type: ignore[attr-defined]
    if not named or "Quistova" in text:
        return
    # The person everywhere: the full name, then the surname standing alone. The new given
    # name shows what the old one showed of the person's gender ("Ana" a woman's, "Zorana"
    # nothing), so the renamed text says the same of them.
    old = named[0].split()
    shown = dict(load("en").people.given_names).get(old[0])
    given = {"female": "Carla", "male": "Victor"}.get(shown or "", "Zorana")
    if given in text:
        return
    renames = [(named[0], f"{given} Quistova" if len(old) == 2 else "Quistova")]
    if len(old) == 2:
        renames.append((old[-1], "Quistova"))

    def rename(value: str) -> str:
        for before_name, after_name in renames:
            value = value.replace(before_name, after_name)
        return value

    before = analyze(text)
    after = analyze(rename(text))
    assert [q.speaker.name if q.speaker else None for q in after.quotes] == [
        rename(q.speaker.name) if q.speaker and q.speaker.name else None for q in before.quotes
    ]
    assert [p.name for p in after.people] == [rename(p.name) for p in before.people]


def test_a_headline_names_no_one() -> None:
    """In a title-case headline, capitals do not tell names from other words: "Tom Hale
    Slams Critics" is no person; the headline's attribution and the body name him."""
    text = (
        "Tom Hale Slams Critics And The Media In One Answer.\n\n"
        "Presidential candidate Tom Hale took an opportunity on Tuesday to address the "
        'scrutiny.\n\n"I have no problem with being vetted," he said.'
    )
    doc = analyze(text)
    assert [q.speaker.name for q in doc.quotes if q.speaker] == ["Tom Hale", "Tom Hale"]
    assert [person.name for person in doc.people] == ["Tom Hale"]


def test_the_first_line_in_capitals_is_a_headline() -> None:
    """A first line of capitalised words is the headline even without a function word."""
    text = (
        "Tom Hale Wins Valdoria Primary\n\n"
        'Tom Hale won by a wide margin.\n\n"We did it together," he said.'
    )
    doc = analyze(text)
    assert [q.speaker.name for q in doc.quotes if q.speaker] == ["Tom Hale"]
