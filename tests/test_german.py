"""Example tests for the German language pack: one or more sentences per rule.

The sentences are written for these tests; none comes from an annotated corpus.
"""

from __future__ import annotations

import pytest

from quoteattr import Extractor, extract_quotes
from quoteattr.cues import inflect, phrasal_forms

Row = tuple[str, str, str | None, str | None, str | None]


def summary(text: str) -> list[Row]:
    """Each quotation of ``text`` as (kind, text, cue, speaker mention, rule)."""
    return [
        (
            q.kind.value,
            q.text,
            q.cue.text if q.cue else None,
            q.speaker.mention.text if q.speaker else None,
            q.rule,
        )
        for q in extract_quotes(text, language="de", scope="all")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "„Wir bauen die Brücke neu“, sagte die Bürgermeisterin.",
            ("direct", "Wir bauen die Brücke neu", "sagte", "die Bürgermeisterin", "after-quote"),
        ),
        (
            "»Wir bauen die Brücke neu«, erklärte Weber am Montag.",
            ("direct", "Wir bauen die Brücke neu", "erklärte", "Weber", "after-quote"),
        ),
        (
            "„Wir bauen die Brücke neu“, so Bürgermeisterin Anna Weber.",
            (
                "direct",
                "Wir bauen die Brücke neu",
                "so",
                "Bürgermeisterin Anna Weber",
                "after-quote",
            ),
        ),
        (
            "Die Bürgermeisterin sagte: „Wir bauen die Brücke neu.“",
            (
                "direct",
                "Wir bauen die Brücke neu.",
                "sagte:",
                "Die Bürgermeisterin",
                "before-quote",
            ),
        ),
    ],
)
def test_direct_quotations(text: str, expected: Row) -> None:
    """„…“ and »…« with the cue and speaker after them, "so X", or a colon before."""
    assert summary(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Die Ministerin sagte, dass die Brücke im Herbst fertig werde.",
            ("dass die Brücke im Herbst fertig werde", "sagte", "Die Ministerin", "speaker-cue"),
        ),
        (
            "Die Ministerin sagte, die Brücke werde im Herbst fertig.",
            ("die Brücke werde im Herbst fertig", "sagte", "Die Ministerin", "speaker-cue"),
        ),
        (
            "Die Brücke werde im Herbst fertig, sagte die Ministerin.",
            ("Die Brücke werde im Herbst fertig", "sagte", "die Ministerin", "content-before"),
        ),
        (
            "Die Brücke bleibt gesperrt, wie die Zeitung berichtete.",
            ("Die Brücke bleibt gesperrt", "berichtete", "die Zeitung", "content-before"),
        ),
        (
            "Die Lage sei ernst, so der Sprecher.",
            ("Die Lage sei ernst", "so", "der Sprecher", "according-to"),
        ),
    ],
)
def test_reported_speech(text: str, expected: tuple[str, str, str, str]) -> None:
    """'X sagte, (dass) …' keeps "dass" in the content, as annotators of German news do;
    the attribution may also follow the content."""
    assert summary(text) == [("indirect", *expected)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Am Montag sagte die Ministerin, die Brücke werde im Herbst fertig.",
            ("die Brücke werde im Herbst fertig", "sagte", "die Ministerin", "inverted"),
        ),
        (
            "Am Freitag teilte die Stadt mit, dass die Brücke gesperrt bleibt.",
            ("dass die Brücke gesperrt bleibt", "teilte die Stadt mit", "die Stadt", "inverted"),
        ),
        (
            "Die Stadt teilte am Freitag mit, dass die Brücke gesperrt bleibt.",
            (
                "dass die Brücke gesperrt bleibt",
                "teilte am Freitag mit",
                "Die Stadt",
                "speaker-cue",
            ),
        ),
        (
            "Die Ministerin hat am Montag angekündigt, im Herbst zurückzutreten.",
            ("im Herbst zurückzutreten", "angekündigt", "Die Ministerin", "speaker-cue"),
        ),
    ],
)
def test_verb_second_and_separable_verbs(text: str, expected: tuple[str, str, str, str]) -> None:
    """The subject follows the verb when other words open the sentence; a separable verb
    is one cue with its particle (*teilte … mit*); a participle closes its clause."""
    assert summary(text) == [("indirect", *expected)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Laut Polizei wurden drei Menschen verletzt.",
            ("wurden drei Menschen verletzt", "Laut", "Polizei"),
        ),
        (
            "Laut einem Bericht der Stadtwerke ist das Wasser sauber.",
            ("ist das Wasser sauber", "Laut", "einem Bericht der Stadtwerke"),
        ),
        (
            "Der Polizei zufolge wurde niemand verletzt.",
            ("wurde niemand verletzt", "zufolge", "Der Polizei"),
        ),
        (
            "Nach Angaben der Feuerwehr brach das Feuer im Keller aus.",
            ("brach das Feuer im Keller aus", "Nach", "Angaben der Feuerwehr"),
        ),
        ("Demnach sei die Brücke marode.", ("sei die Brücke marode", "Demnach", "Demnach")),
    ],
)
def test_sources(text: str, expected: tuple[str, str, str]) -> None:
    """laut X, X zufolge, nach Angaben X, demnach: the rest of the sentence is reported."""
    assert summary(text) == [("indirect", *expected, "according-to")]


def test_nach_is_a_cue_only_before_a_source_noun() -> None:
    """ "nach" is a preposition of time and place too."""
    assert summary("Nach dem Spiel fuhren die Fans nach Hause.") == []


def test_konjunktiv_continues_the_speaker() -> None:
    """Sentences in the Konjunktiv after a report go on reporting the same speaker; a run
    of them is one quotation."""
    text = (
        "Der Sprecher sagte, die Lage sei ernst. Man habe keine Wahl. "
        "Die Stadt werde alle Wege prüfen."
    )
    first, second = extract_quotes(text, language="de")
    assert (first.text, first.rule) == ("die Lage sei ernst", "speaker-cue")
    assert second.speaker is not None
    assert second.speaker.mention.text == "Der Sprecher"
    assert second.cue is None
    assert second.rule == "subjunctive"
    assert [part.text for part in second.parts] == [
        "Man habe keine Wahl",
        "Die Stadt werde alle Wege prüfen",
    ]


def test_a_sentence_in_the_indicative_continues_nothing() -> None:
    """Without the Konjunktiv, the next sentence is the writer's own."""
    text = "Der Sprecher sagte, die Lage sei ernst. Die Stadt prüft alle Wege."
    assert [q.rule for q in extract_quotes(text, language="de")] == ["speaker-cue"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Die Brücke bleibt gesperrt. Dies bestätigte ein Sprecher der Stadt.",
            ("Die Brücke bleibt gesperrt", "bestätigte", "ein Sprecher der Stadt", "anaphoric"),
        ),
        (
            "Die Kosten seien gestiegen, heißt es in dem Bericht.",
            ("Die Kosten seien gestiegen", "heißt es", "dem Bericht", "content-before"),
        ),
        (
            "Der Verband hält es für möglich, dass die Preise steigen.",
            ("dass die Preise steigen", None, "Der Verband", "content-clause"),
        ),
        (
            "Die Opposition kritisierte den Plan als zu teuer.",
            (
                "Die Opposition kritisierte den Plan als zu teuer",
                "kritisierte",
                "Die Opposition",
                "speaker-cue",
            ),
        ),
    ],
)
def test_other_german_shapes(text: str, expected: Row) -> None:
    """'Dies bestätigte X' reports the sentence before; 'heißt es' names a document if
    anything; a 'dass' clause reports its sentence's subject; with an object instead of a
    clause after the cue, the whole sentence is what is reported."""
    assert summary(text) == [("indirect", *expected)]


def test_german_inflection() -> None:
    """Weak verbs are inflected by rule, strong verbs listed, separable verbs split."""
    assert {"sagt", "sagte", "sagten", "gesagt", "sage", "sagen"} <= set(inflect("sagen", "de"))
    assert "gesprochen" in inflect("sprechen spricht sprach sprachen gesprochen", "de")
    forms = phrasal_forms("teilen + mit", "de")
    assert {"teilte…mit", "mitteilte", "mitgeteilt"} <= set(forms)


def test_added_german_cue_is_inflected_by_german_rules() -> None:
    """An extractor for German inflects the verbs a user adds by the German rules."""
    extractor = Extractor(language="de").with_cues("raunen")
    (quote,) = extractor.extract("„Das wird teuer“, raunte der Kämmerer.")
    assert quote.cue is not None
    assert quote.cue.text == "raunte"


def test_english_is_unchanged_by_german_words() -> None:
    """German cue words mean nothing to the English pack."""
    assert extract_quotes("Laut Polizei wurden drei Menschen verletzt.") == []


def test_source_in_the_middle() -> None:
    """'A, so X weiter, B': the attribution splits the content in two parts."""
    (quote,) = extract_quotes("Der Plan, so der Minister weiter, werde teuer.", language="de")
    assert [part.text for part in quote.parts] == ["Der Plan", "werde teuer"]
    assert quote.speaker is not None
    assert quote.speaker.mention.text == "der Minister"
    assert quote.rule == "parenthetical"


def test_source_too_long_to_delimit() -> None:
    """After 'laut', a source that no speaker pattern covers leaves the sentence reported,
    with no speaker."""
    text = "Laut einer am Montag veröffentlichten Studie ist der Plan zu teuer."
    (quote,) = extract_quotes(text, language="de")
    assert quote.speaker is None
    assert quote.cue is not None
    assert quote.cue.text == "Laut"
