"""Speaker resolution rules that keep a name from the wrong person, one example each.

Every example sentence is made up; each test shows the rule deciding a case the rules
before it got wrong (or left to chance).
"""

from __future__ import annotations

from quoteattr import analyze


def _names(text: str) -> list[tuple[str, str | None]]:
    return [(q.speaker.mention.text, q.speaker.name) for q in analyze(text).quotes if q.speaker]


def test_who_is_never_an_organisation() -> None:
    """ "Ana Ortiz, the ranking Democrat on the Budget Committee, who said": "who" is a
    person, so the committee that ends the apposition is not the speaker."""
    text = (
        "The plan was backed on Friday by Sen. Ana Ortiz of Valmora, the ranking Democrat "
        "on the Budget Committee, who said the figures were sound."
    )
    assert _names(text) == [("who", None)]
