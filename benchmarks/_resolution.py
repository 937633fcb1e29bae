"""Which predicted speakers are pronouns or role nouns, and how many of them got a name.

Shared by ``accuracy.py --resolve`` (the share printed in its report) and
``resolution_sample.py`` (the sample checked by hand). Counted are third-person pronouns
("he", "she", "they", "it"), "who" after a comma (", who said"; a restrictive "voters
who say" stands for no one named) and role nouns after "the" ("the head of state", "the
company"). First- and second-person pronouns ("I", "we") stand for no one the document
names and are left out.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from typing import Any

KINDS = ("he/she", "they/it", "who", "role noun")


class ResolutionTally:
    """Counts of pronoun and role-noun speakers, and of those resolved to a name."""

    def __init__(self, people: Any) -> None:
        self.pronouns: dict[str, str] = dict(people.pronouns)
        self.roles: tuple[str, ...] = tuple(people.role_nouns)
        self.total: Counter[str] = Counter()
        self.named: Counter[str] = Counter()

    def kind_of(self, text: str, mention_start: int, mention: str) -> str | None:
        """The kind of a speaker mention, or None when it is not counted."""
        lowered = mention.lower()
        kind = self.pronouns.get(lowered)
        if kind in ("male", "female"):
            return "he/she"
        if kind in ("plural", "neuter"):
            return "they/it"
        if kind == "relative":
            return "who" if text[:mention_start].rstrip().endswith(",") else None
        words = lowered.split()
        if words and words[0] == "the" and any(f" {r} " in f" {lowered} " for r in self.roles):
            return "role noun"
        return None

    def add(self, text: str, quotes: Sequence[Any]) -> None:
        """Count the speakers of one document's predicted quotations."""
        for quote in quotes:
            speaker = getattr(quote, "speaker", None)
            if speaker is None:
                continue
            kind = self.kind_of(text, speaker.mention.start, speaker.mention.text)
            if kind is None:
                continue
            self.total[kind] += 1
            if speaker.name:
                self.named[kind] += 1

    def table(self) -> str:
        """The counts as a Markdown table, one row per kind and one for all."""
        rows = ["| speaker mention | predicted | with a name | share |", "|---|--:|--:|--:|"]
        for kind in (*KINDS, "all"):
            total = sum(self.total.values()) if kind == "all" else self.total[kind]
            named = sum(self.named.values()) if kind == "all" else self.named[kind]
            share = f"{100 * named / total:.1f}%" if total else "-"
            rows.append(f"| {kind} | {total} | {named} | {share} |")
        return "\n".join(rows)
