"""Reporting sources and datelines: examples for every shape, what is not a source, and the
promises every result keeps (spans slice the input, deterministic, in order, never raises).

Every sentence here is invented for these tests.
"""

from __future__ import annotations

import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quoteattr import Quote, extract_quotes
from quoteattr.results import Dateline, Source, Span
from quoteattr.sources import find_dateline, find_sources
from strategies import article_texts


def analyse(text: str) -> tuple[Dateline | None, list[Quote], tuple[Source, ...], list[list[str]]]:
    """The dateline, quotations, sources and each quotation's chain of source names."""
    dateline = find_dateline(text)
    quotes = extract_quotes(text)
    sources, chains = find_sources(text, quotes, dateline)
    return dateline, quotes, sources, [[s.name for s in chain] for chain in chains]


def names(text: str) -> list[tuple[str, str | None]]:
    """Every source's name and cue words."""
    _, _, sources, _ = analyse(text)
    return [(s.name, s.cue.text if s.cue else None) for s in sources]


def chains(text: str) -> list[list[str]]:
    """Each quotation's chain of source names."""
    return analyse(text)[3]


# ----------------------------------------------------------------------------------------
# Datelines
# ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "span", "place", "date", "agency"),
    [
        (
            "ASTANA, Kazakhstan, March 4. Grain prices rose.",
            "ASTANA, Kazakhstan, March 4.",
            "ASTANA, Kazakhstan",
            "March 4",
            None,
        ),
        ("OTTAWA (Reuters) - The vote failed.", "OTTAWA (Reuters) -", "OTTAWA", None, "Reuters"),
        ("MADRID, Feb 9 (AP) — Trains stopped.", "MADRID, Feb 9 (AP) —", "MADRID", "Feb 9", "AP"),
        (
            "BERLIN, 14 June 2025 (AFP) – Strikes spread.",
            "BERLIN, 14 June 2025 (AFP) –",
            "BERLIN",
            "14 June 2025",
            "AFP",
        ),
        ("NEW ORLEANS — The levee held.", "NEW ORLEANS —", "NEW ORLEANS", None, None),
        (
            "Ganja, Azerbaijan, Nov.3 (Trend): The plant reopened.",
            "Ganja, Azerbaijan, Nov.3 (Trend):",
            "Ganja, Azerbaijan",
            "Nov.3",
            "Trend",
        ),
        (
            "KAZAN, June 2. /TASS/. Flights resumed.",
            "KAZAN, June 2. /TASS/.",
            "KAZAN",
            "June 2",
            "TASS",
        ),
        (
            "RIGA/VILNIUS, April 8 (Reuters) - Talks began.",
            "RIGA/VILNIUS, April 8 (Reuters) -",
            "RIGA/VILNIUS",
            "April 8",
            "Reuters",
        ),
        (
            "Portland, Ore., Dec. 1 (UPI) -- Snow fell.",
            "Portland, Ore., Dec. 1 (UPI) --",
            "Portland, Ore.",
            "Dec. 1",
            "UPI",
        ),
        (
            "SAO PAULO, Tuesday (Reuters) - Shares fell.",
            "SAO PAULO, Tuesday (Reuters) -",
            "SAO PAULO",
            "Tuesday",
            "Reuters",
        ),
        (
            "TBILISI. Sept 30 (Interfax) - Gas flows fell.",
            "TBILISI. Sept 30 (Interfax) -",
            "TBILISI",
            "Sept 30",
            "Interfax",
        ),
    ],
)
def test_dateline_pieces(
    text: str, span: str, place: str, date: str | None, agency: str | None
) -> None:
    dateline = find_dateline(text)
    assert dateline is not None
    assert dateline.span.text == span
    assert dateline.span.start == 0
    assert dateline.place is not None
    assert dateline.place.text == place
    assert (dateline.date.text if dateline.date else None) == date
    assert (dateline.agency.text if dateline.agency else None) == agency


def test_dateline_after_headline_and_byline() -> None:
    text = "Storm closes port\nBy Jane Doe\n\nMOBILE, Ala. (AP) — A storm hit the port."
    dateline = find_dateline(text)
    assert dateline is not None
    assert dateline.span.text == "MOBILE, Ala. (AP) —"
    assert text[dateline.span.start : dateline.span.end] == dateline.span.text


def test_dateline_after_headline_ending_in_full_stop() -> None:
    text = "Mayor opens the new bridge.\n\nDULUTH, Minn. — The bridge opened on Friday."
    dateline = find_dateline(text)
    assert dateline is not None
    assert dateline.span.text == "DULUTH, Minn. —"


def test_dateline_without_place() -> None:
    dateline = find_dateline("Aug 14 (Reuters) - The central bank held rates.")
    assert dateline is not None
    assert dateline.span.text == "Aug 14 (Reuters) -"
    assert dateline.place is None
    assert dateline.date is not None
    assert dateline.date.text == "Aug 14"


def test_long_dash_may_touch_the_first_word() -> None:
    dateline = find_dateline("DENVER —Snow closed the passes.")
    assert dateline is not None
    assert dateline.span.text == "DENVER —"


def test_dateline_on_its_own_line() -> None:
    text = "ASTANA, Kazakhstan, March 4.\nGrain prices rose, the minister said."
    dateline = find_dateline(text)
    assert dateline is not None
    assert dateline.span.text == "ASTANA, Kazakhstan, March 4."


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   \n\n ",
        "Exports rose in May, officials said.",
        "In Baku, the president said talks would resume.",
        "On Monday, March 12, the ministry said prices would rise.",
        "By JANE DOE — Markets fell.",
        "BREAKING — The minister resigned.",
        "EXCLUSIVE: Firm to cut jobs.",
        "UPDATE — Talks resumed.",
        "EU - China talks stalled.",
        "Yes — we will, she said.",
        "Sen. Ana Ortiz (D-Ore.) — who chairs the panel — said no.",
        "Monday, March 12 — the day the plant closed.",
        "WASHINGTON",
        "The mayor said the city was ready. Talks went on.\nLONDON — This is no dateline.",
        "SIEGEL--Jerome Arthur, 98, of Rye.",
        "EXCLUSIVE-Firm to cut jobs.",
        "WASHINGTON. The Senate voted on Tuesday.",
        "Grain prices rose sharply on Tuesday after the harvest failed in the north. " * 10,
    ],
)
def test_no_dateline(text: str) -> None:
    assert find_dateline(text) is None


# ----------------------------------------------------------------------------------------
# Sources: every shape
# ----------------------------------------------------------------------------------------


def test_agency_story_shaped_like_the_wire() -> None:
    """Dateline without agency, a lede in reported speech ending "…, X said …, Trend
    reports.", then a long quotation by "the head of state": Trend reports every quote."""
    text = (
        "ASTANA, Kazakhstan, March 4. Our country will keep helping the farmers hit by the "
        "drought to rebuild their herds before the winter comes, President of the Republic "
        "Amir Tulegen said while meeting the head of the Regional Grain Council, Trend "
        "reports.\n\n"
        '"The grain trade with our neighbours matters a great deal to us. I am sure the '
        "coming forum will show that once more.\n\n"
        'We will keep helping the farmers, and our neighbours know it," the head of state '
        "said."
    )
    dateline, quotes, sources, quote_chains = analyse(text)
    assert dateline is not None
    assert dateline.agency is None
    assert dateline.span.text == "ASTANA, Kazakhstan, March 4."
    assert [(s.name, s.cue.text if s.cue else None) for s in sources] == [("Trend", "reports")]
    assert len(quotes) >= 2
    assert quotes[-1].speaker is not None
    assert quotes[-1].speaker.mention.text == "the head of state"
    assert quote_chains == [["Trend"]] * len(quotes)


def test_dateline_agency_is_every_quote_outermost_source() -> None:
    text = (
        "OTTAWA (Reuters) - The budget will be balanced next year, the finance minister said.\n\n"
        '"We have done the hard work," she told lawmakers.'
    )
    dateline, quotes, sources, quote_chains = analyse(text)
    assert dateline is not None
    assert dateline.agency is not None
    assert sources[0].mention == dateline.agency
    assert sources[0].cue is None
    assert len(quotes) == 2
    assert quote_chains == [["Reuters"], ["Reuters"]]


def test_reports_citing_that() -> None:
    text = "Trend reports, citing the ministry, that the minister said the plant would close."
    assert names(text) == [("Trend", "reports"), ("the ministry", "citing")]
    assert chains(text) == [["Trend", "the ministry"]]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The port will reopen in May, the harbour master said, Trend reported.", "Trend"),
        ("The port will reopen in May, the harbour master said, AP reports.", "AP"),
        (
            "The port will reopen in May, the harbour master said, Azerbaijani news agency "
            "APA reported.",
            "Azerbaijani news agency APA",
        ),
        (
            "The talks stalled (the chairman said, the New York Times reported).",
            "the New York Times",
        ),
        ("Meanwhile, local media reported that the bridge had been closed.", "local media"),
        ("Xinhua reported that the dam would be finished by June.", "Xinhua"),
    ],
)
def test_agency_tags(text: str, expected: str) -> None:
    found = names(text)
    assert len(found) == 1
    assert found[0][0] == expected
    assert chains(text)[0][0] == expected


def test_reported_citing() -> None:
    text = "The mill will close, the company said, Reuters reported, citing two people close to it."
    assert names(text) == [("Reuters", "reported"), ("two people close to it", "citing")]
    assert chains(text) == [["Reuters", "two people close to it"]]


@pytest.mark.parametrize(
    ("text", "expected", "cue"),
    [
        ('"We are ready," the mayor told Trend.', "Trend", "told"),
        ('"We are ready," the mayor told Reuters in an interview.', "Reuters", "told"),
        (
            "The mayor said in an interview with the BBC that the city was ready.",
            "the BBC",
            "in an interview with",
        ),
        (
            "The mayor, speaking to state television, said the city was ready.",
            "state television",
            "speaking to",
        ),
        ("The city is ready, the mayor told the Kyiv Post on Monday.", "the Kyiv Post", "told"),
        (
            "The city is ready, the mayor told the newspaper Le Monde.",
            "the newspaper Le Monde",
            "told",
        ),
    ],
)
def test_outlets_a_speaker_spoke_to(text: str, expected: str, cue: str) -> None:
    assert names(text) == [(expected, cue)]
    assert all(chain == [expected] for chain in chains(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('"We will see," the senator told ABC’s Sunday programme.', "ABC"),
        ('"We will see," the senator told The Kyiv Post\'s editorial board.', "The Kyiv Post"),
        ("As Xinhua reported, the dam will be finished by June.", "Xinhua"),
        ("The dam was behind schedule, as CNN reported on Monday.", "CNN"),
    ],
)
def test_outlet_names_end_at_possessives_and_start_after_clause_words(
    text: str, expected: str
) -> None:
    assert [name for name, _ in names(text)] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Turnout fell, according to a survey released on Friday.", "a survey"),
        ("Turnout fell, according to a survey in February.", "a survey"),
        (
            "Turnout fell, according to a copy of the letter seen by the council.",
            "a copy of the letter",
        ),
        (
            "Turnout fell, according to an Associated Press survey of voters.",
            "an Associated Press survey of voters",
        ),
    ],
)
def test_document_names_end_before_participles_and_times(text: str, expected: str) -> None:
    assert [name for name, _ in names(text)] == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "The bank raised rates, citing Mrs. Ortiz's concerns about inflation.",
        "The bank raised rates, citing Canada's efforts to attract investors.",
        '"We will see," the senator told radio host Ana Ruiz.',
        "Guardian said he understood the decision.",
    ],
)
def test_reasons_people_and_surnames_are_no_sources(text: str) -> None:
    assert names(text) == []


def test_according_to_an_outlet() -> None:
    text = "The mill will close, the company said in a statement, according to Reuters."
    assert names(text) == [("Reuters", "according to")]
    assert chains(text) == [["Reuters"]]


def test_according_to_a_document() -> None:
    text = "According to a statement on the website, the council will cut 40 jobs."
    assert names(text) == [("a statement on the website", "According to")]
    assert chains(text) == [["a statement on the website"]]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Fares will rise, the operator said, citing a statement on its website.",
            "a statement on its website",
        ),
        ("Fares will rise, the operator said, citing the ministry on Monday.", "the ministry"),
        (
            "Fares will rise, Interfax said, quoting Deputy Mayor Ivan Sokol.",
            "Deputy Mayor Ivan Sokol",
        ),
        ("Fares will rise, the operator said, citing Interfax.", "Interfax"),
    ],
)
def test_cited_sources(text: str, expected: str) -> None:
    found = names(text)
    assert found[-1][0] == expected
    assert found[-1][1] in ("citing", "quoting")


def test_reports_with_reference_to() -> None:
    text = "The plant will reopen, the governor said, APA reports with reference to the ministry."
    assert names(text) == [("APA", "reports"), ("the ministry", "with reference to")]
    assert all(chain == ["APA", "the ministry"] for chain in chains(text))


def test_chain_is_outermost_first_and_names_once() -> None:
    text = (
        "Ganja, Azerbaijan, Nov.3 (Trend): The plant will reopen, the governor said, "
        "citing the ministry, Trend reports."
    )
    found = chains(text)
    assert found
    assert all(chain == ["Trend", "the ministry"] for chain in found)


def test_sentence_sources_stay_in_their_sentence() -> None:
    text = (
        "Fares will rise, the operator said, Reuters reported.\n\n"
        '"We had no choice," the director said.'
    )
    assert chains(text) == [["Reuters"], []]


def test_self_tag_in_first_paragraph_is_the_articles_source() -> None:
    text = (
        "Fares will rise next month, the operator said, Azernews reports.\n\n"
        '"We had no choice," the director said.'
    )
    assert chains(text) == [["Azernews"], ["Azernews"]]


def test_every_span_slices_the_input() -> None:
    text = "WASHINGTON (Reuters) - Fares will rise, the operator said, citing the ministry."
    dateline, _, sources, _ = analyse(text)
    assert dateline is not None
    for span in (dateline.span, dateline.place, dateline.agency):
        assert span is not None
        assert text[span.start : span.end] == span.text
    for source in sources:
        assert text[source.mention.start : source.mention.end] == source.name


# ----------------------------------------------------------------------------------------
# What is not a source
# ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The plant will close, the ministry said.",
        "The plant will close, the ministry said in a statement.",
        '"We are ready," the mayor told reporters.',
        '"We are ready," the mayor told the media.',
        '"We are ready," the mayor told a news conference.',
        "The bank raised rates, citing concerns about inflation, the governor said.",
        "According to the minister, the plant will close.",
        "Sales rose by a fifth, the company reported.",
        "The plant will close, the International Energy Agency said.",
        "In Baku, the president said talks would resume.",
        "Exports rose in May, officials said.",
        "Trend analysis shows prices will rise, the economist said.",
        '"According to Reuters, we are finished," the mayor joked.',
    ],
)
def test_no_source(text: str) -> None:
    assert names(text) == []
    assert all(chain == [] for chain in chains(text))


def test_past_tense_lede_tag_is_no_article_source() -> None:
    text = (
        "The mill will close, the company said, Reuters reported.\n\n"
        '"It is a sad day," the mayor said.'
    )
    assert chains(text) == [["Reuters"], []]


def test_quotes_from_elsewhere_do_not_break_it() -> None:
    quotes = extract_quotes('"We are ready for anything that comes," the long-serving mayor said.')
    sources, quote_chains = find_sources("Short.", quotes, None)
    assert sources == ()
    assert quote_chains == ((),)


# ----------------------------------------------------------------------------------------
# Promises every result keeps
# ----------------------------------------------------------------------------------------

_FRAGMENTS = (
    "ASTANA, Kazakhstan, March 4. ",
    "OTTAWA (Reuters) - ",
    "Ganja, Azerbaijan, Nov.3 (Trend): ",
    "KAZAN, June 2. /TASS/. ",
    "By Jane Doe\n",
    "Fares will rise, the operator said",
    ", Trend reports",
    ", Reuters reported",
    ", citing the ministry",
    ", citing ",
    ", according to ",
    "according to a statement on the website",
    " told Reuters in an interview",
    " told ",
    " in an interview with the BBC",
    "Trend reports, citing the ministry, that ",
    '"We are ready," the mayor said',
    '"We are ready," ',
    "the head of state said",
    "(the chairman said, the New York Times reported)",
    ". ",
    ".\n\n",
    "\n",
    " — ",
    ", ",
    "“",
    "”",
)


@st.composite
def source_texts(draw: st.DrawFn) -> str:
    """News-like texts stitched from source constructions, datelines and punctuation."""
    pieces = draw(st.lists(st.sampled_from(_FRAGMENTS) | st.text(max_size=8), max_size=14))
    return "".join(pieces)


_ANY_TEXT = st.one_of(st.text(), source_texts(), article_texts())


def _check(text: str) -> None:
    dateline = find_dateline(text)
    quotes = extract_quotes(text)
    sources, quote_chains = find_sources(text, quotes, dateline)
    spans: list[Span] = []
    if dateline is not None:
        pieces = [dateline.place, dateline.date, dateline.agency]
        spans += [dateline.span, *(p for p in pieces if p is not None)]
        assert all(dateline.span.contains(p) for p in pieces if p is not None)
    for source in sources:
        spans.append(source.mention)
        assert source.name == source.mention.text
        if source.cue is not None:
            spans.append(source.cue)
    for span in spans:
        assert 0 <= span.start <= span.end <= len(text)
        assert text[span.start : span.end] == span.text
    starts = [s.mention.start for s in sources]
    assert starts == sorted(starts)
    assert len(quote_chains) == len(quotes)
    for chain in quote_chains:
        assert all(source in sources for source in chain)
        assert len({source.name.lower() for source in chain}) == len(chain)


@given(_ANY_TEXT)
@settings(max_examples=200)
def test_any_text_keeps_every_promise(text: str) -> None:
    _check(text)


@given(_ANY_TEXT)
def test_results_are_deterministic(text: str) -> None:
    first = (find_dateline(text), find_sources(text, extract_quotes(text), find_dateline(text)))
    second = (find_dateline(text), find_sources(text, extract_quotes(text), find_dateline(text)))
    assert first == second


@given(st.text(), st.text(max_size=40))
def test_a_dateline_never_fires_inside_a_sentence(prefix: str, rest: str) -> None:
    # A dateline opens the text: after an ordinary opening sentence there is none.
    # The opening paragraph is too long for a headline, so no later line is looked at.
    text = "the minister said prices would rise " * 10 + ". " + prefix + rest
    assert find_dateline(text) is None


@pytest.mark.parametrize(
    "unit",
    [", citing ", "according to ", "told ", ", Trend reports", "BAKU, ", "(", "Aa Bb, ", "x" * 7],
)
def test_time_grows_linearly(unit: str) -> None:
    def seconds(copies: int) -> float:
        text = unit * copies
        best = float("inf")
        for _ in range(3):  # the best of three: a busy machine only ever adds time
            start = time.perf_counter()
            find_sources(text, [], find_dateline(text))
            best = min(best, time.perf_counter() - start)
        return best

    seconds(200)  # warm up the compiled patterns
    small, large = seconds(2_000), seconds(16_000)
    # Eight times the text: allow generous noise, but no quadratic growth (64 times).
    assert large < max(small, 0.002) * 24
