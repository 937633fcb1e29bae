"""The command line: files, standard input, JSONL corpora, tables and JSON Lines."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from quoteattr.cli import main

EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "agency-story.txt"


def test_table_for_the_example_article(capsys: pytest.CaptureFixture[str]) -> None:
    """The README's example run prints a table with every quotation and its speaker."""
    assert main([str(EXAMPLE)]) == 0
    out = capsys.readouterr().out
    assert "4 quotations" in out
    assert "the head of state" in out
    assert "Marta Kovalenko" in out
    assert "Kovalenko" in out


def test_jsonl_output_round_trips(capsys: pytest.CaptureFixture[str]) -> None:
    """--format jsonl writes one JSON object per quotation, tagged with its document."""
    assert main([str(EXAMPLE), "--format", "jsonl"]) == 0
    lines = capsys.readouterr().out.splitlines()
    records = [json.loads(line) for line in lines]
    assert len(records) == 4
    assert {r["document"] for r in records} == {str(EXAMPLE)}
    assert records[0]["kind"] == "indirect"
    assert records[1]["speaker"]["mention"]["text"] == "the head of state"


def test_jsonl_corpus_input(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """--jsonl reads a corpus: one object per line, the text in --text-field."""
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text(
        json.dumps({"id": "a", "body": '"Yes," she said.'})
        + "\n\n"
        + json.dumps({"id": "b", "body": "No quotes."})
        + "\n",
        encoding="utf-8",
    )
    assert main([str(corpus), "--jsonl", "--text-field", "body", "--format", "jsonl"]) == 0
    records = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [(r["document"], r["text"]) for r in records] == [("a", "Yes,")]


def test_bad_jsonl_reports_the_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A malformed corpus line is reported with its file and line number, exit status 2."""
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text('{"text": "ok"}\n{not json}\n', encoding="utf-8")
    assert main([str(corpus), "--jsonl"]) == 2
    assert f"{corpus}:2" in capsys.readouterr().err
    corpus.write_text('{"body": "ok"}\n', encoding="utf-8")
    assert main([str(corpus), "--jsonl"]) == 2
    assert "--text-field" in capsys.readouterr().err


def test_missing_file(capsys: pytest.CaptureFixture[str]) -> None:
    """A missing file is a clear error, not a traceback."""
    assert main(["/nonexistent/article.txt"]) == 2
    assert "cannot read /nonexistent/article.txt" in capsys.readouterr().err


def test_standard_input(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """With no path (or '-'), the article comes from standard input."""
    monkeypatch.setattr(sys, "stdin", io.StringIO('"Go," he said.'))
    assert main([]) == 0
    assert "1 quotation" in capsys.readouterr().out


def test_python_dash_m() -> None:
    """`python -m quoteattr` runs the command line."""
    result = subprocess.run(
        [sys.executable, "-m", "quoteattr", str(EXAMPLE)],
        capture_output=True,
        text=True,
        check=True,
    )
    assert "the head of state" in result.stdout
