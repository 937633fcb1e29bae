"""The stage timer of ``benchmarks/stages.py`` still finds every stage it names (a refactor
that renames one fails here), restores them after, and prints a row for each."""

from __future__ import annotations

import json
import sys
from collections import defaultdict
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))

import quoteattr.extractor
import stages
from quoteattr import extract_quotes
from quoteattr.marks import QuoteScanner

ARTICLE = (
    "The harbour will reopen in May, the port authority said on Monday.\n\n"
    '"We are ready," said Ilse Marin, its director. "The cranes are back."\n\n'
    "According to the union, the workers were not consulted."
)


def test_every_stage_is_timed_and_restored_afterwards() -> None:
    before = {name: getattr(quoteattr.extractor, name, None) for name, _, _ in stages.STAGES}
    scan = QuoteScanner.scan
    times: defaultdict[str, float] = defaultdict(float)
    with stages.instrumented(times):
        found = extract_quotes(ARTICLE)
    assert found == extract_quotes(ARTICLE)
    assert set(times) == {name for name, _, _ in stages.STAGES}
    after = {name: getattr(quoteattr.extractor, name, None) for name in before}
    assert after == before
    assert QuoteScanner.scan is scan


def test_the_report_has_a_row_per_stage_and_the_groundwork(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text(json.dumps({"text": ARTICLE}) + "\n", encoding="utf-8")
    assert stages.main([str(corpus), "--repeat", "1"]) == 0
    printed = capsys.readouterr().out
    for _, label, _ in stages.STAGES:
        assert f"\n{label} " in printed
    assert "groundwork (paragraphs, marks, sentences, cues)" in printed


def test_an_empty_corpus_is_an_error(tmp_path: Path) -> None:
    corpus = tmp_path / "empty.jsonl"
    corpus.write_text("\n", encoding="utf-8")
    assert stages.main([str(corpus)]) == 2
