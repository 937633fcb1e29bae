"""A random sample of resolved speakers, to check by hand, and the precision of a check.

    python benchmarks/resolution_sample.py CORPUS.jsonl --size 60 --seed 2026
    python benchmarks/resolution_sample.py CORPUS.jsonl --verdicts benchmarks/resolution-check.json

The first prints, for each sampled pronoun or role-noun speaker that ``quoteattr.analyze``
resolved to a name, the words before it, the mention and the name, so a reader can say
whether the name is right. The second reads the reader's verdicts (a JSON object mapping
``"<document id>@<mention offset>"`` to true or false, with the commit checked) and prints
the share judged right, per check (a sample judged at one commit) and over all. The verdict
file holds no corpus text, only ids and offsets.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections.abc import Sequence
from pathlib import Path

from _checkout import import_quoteattr
from _resolution import ResolutionTally


def sample(corpus: Path, size: int, seed: int, scope: str) -> list[tuple[str, int, str, str, str]]:
    """``size`` resolved pronoun or role-noun speakers drawn at random from ``corpus``:
    (document id, mention offset, mention, name, the 300 characters before)."""
    quoteattr = import_quoteattr()
    tally = ResolutionTally(quoteattr.languages.load("en").people)
    found = []
    with corpus.open(encoding="utf-8") as lines:
        for line in lines:
            record = json.loads(line)
            text = record["text"]
            for quote in quoteattr.analyze(text, scope=scope).quotes:
                speaker = quote.speaker
                if speaker is None or not speaker.name or speaker.named_by is None:
                    continue
                if tally.kind_of(text, speaker.mention.start, speaker.mention.text) is None:
                    continue
                start = speaker.mention.start
                context = text[max(0, start - 300) : start].replace("\n", " / ")
                found.append(
                    (str(record["id"]), start, speaker.mention.text, speaker.name, context)
                )
    # A quotation in several parts may repeat its speaker: each mention counts once.
    unique = list({(item[0], item[1]): item for item in found}.values())
    return random.Random(seed).sample(unique, min(size, len(unique)))


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--size", type=int, default=60)
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--scope", default="all")
    parser.add_argument("--verdicts", type=Path, help="score a file of verdicts instead")
    args = parser.parse_args(argv)
    if args.verdicts is not None:
        data = json.loads(args.verdicts.read_text(encoding="utf-8"))
        total = right = 0
        for check in data["checks"]:
            verdicts = check["verdicts"]
            good = sum(1 for value in verdicts.values() if value)
            total, right = total + len(verdicts), right + good
            print(
                f"{good} of {len(verdicts)} resolved speakers judged right "
                f"({100 * good / len(verdicts):.1f}%): {check['sample']} at {check['commit']}"
            )
        print(f"all checks: {right} of {total} ({100 * right / total:.1f}%)")
        return 0
    for doc_id, start, mention, name, context in sample(
        args.corpus, args.size, args.seed, args.scope
    ):
        print(f"{doc_id}@{start}\n  ...{context}[[{mention}]] -> {name}\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
