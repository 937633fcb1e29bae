"""Example tests for the Russian language pack, one sentence per attribution shape.

Russian has no annotated corpus here; these sentences are written for the tests.
"""

from __future__ import annotations

import pytest

from quoteattr import extract_quotes
from quoteattr.cues import inflect

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
        for q in extract_quotes(text, language="ru")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "«Мы готовы к переговорам», — сказал он.",
            ("direct", "Мы готовы к переговорам", "сказал", "он", "after-quote"),
        ),
        (
            "«Мы готовы к переговорам» — сказал министр.",
            ("direct", "Мы готовы к переговорам", "сказал", "министр", "after-quote"),
        ),
        (
            "«Ситуация под контролем», — заявила пресс-секретарь Мария Иванова.",
            (
                "direct",
                "Ситуация под контролем",
                "заявила",
                "пресс-секретарь Мария Иванова",
                "after-quote",
            ),
        ),
        (
            "Он сказал: «Мы готовы».",
            ("direct", "Мы готовы", "сказал:", "Он", "before-quote"),
        ),
    ],
)
def test_direct_quotations(text: str, expected: Row) -> None:
    """«…» with a dash (after a comma or not) before the cue, or a colon before the
    quotation."""
    assert summary(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Министр заявил, что переговоры продолжатся.",
            ("indirect", "переговоры продолжатся", "заявил", "Министр", "speaker-cue"),
        ),
        (
            "По словам министра, переговоры продолжатся.",
            ("indirect", "переговоры продолжатся", "По словам", "министра", "according-to"),
        ),
        (
            "Переговоры продолжатся, сообщил он.",
            ("indirect", "Переговоры продолжатся", "сообщил", "он", "content-before"),
        ),
        (
            "Переговоры продолжатся, сообщила она журналистам.",
            ("indirect", "Переговоры продолжатся", "сообщила", "она", "content-before"),
        ),
    ],
)
def test_reported_speech(text: str, expected: Row) -> None:
    """'X заявил, что …', 'По словам X, …' and '…, сообщил он.'."""
    assert summary(text) == [expected]


def test_russian_inflection() -> None:
    """The past tense by gender and number, the present, and listed irregular verbs."""
    assert {"заявил", "заявила", "заявило", "заявили", "заявит"} <= set(inflect("заявить", "ru"))
    assert {"говорит", "говорят", "говорил"} <= set(inflect("говорить", "ru"))
    assert {"сообщает", "сообщают"} <= set(inflect("сообщать", "ru"))
    assert {"договорилась", "договорится", "договорились"} <= set(inflect("договориться", "ru"))
    assert inflect("сказать сказал сказала", "ru") == ("сказать", "сказал", "сказала")
    assert inflect("вне", "ru") == ("вне",)


def test_english_dash_is_no_attribution() -> None:
    """Only packs that list attribution dashes read one: English lists none."""
    assert extract_quotes('"We are ready" — said the minister.') == []
