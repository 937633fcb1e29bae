"""The command line: ``quoteattr FILE...`` or ``python -m quoteattr FILE...``.

Reads plain-text articles (a path, several paths, or ``-`` for standard input) or a JSONL
corpus (one JSON object per line, the article in a field) and prints the quotations found,
as a readable table or as JSON Lines for further processing.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import shutil
import sys
from collections.abc import Iterator, Sequence
from typing import TextIO

from quoteattr._version import __version__
from quoteattr.errors import QuoteAttrError, RuleTimeoutError
from quoteattr.extractor import Extractor
from quoteattr.results import Quote
from quoteattr.serialize import quote_to_dict

__all__ = ["main"]


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="quoteattr",
        description="Find quotations, their attribution cues and speakers in news text.",
    )
    parser.add_argument(
        "paths",
        nargs="*",
        default=["-"],
        metavar="FILE",
        help="article files to read (UTF-8); '-' or nothing reads standard input",
    )
    parser.add_argument(
        "--format",
        choices=("table", "jsonl"),
        default="table",
        help="output: a readable table (default) or one JSON object per quotation",
    )
    parser.add_argument(
        "--jsonl",
        action="store_true",
        help="inputs are JSON Lines corpora: one object per line, the article in --text-field",
    )
    parser.add_argument(
        "--text-field",
        default="text",
        help="with --jsonl: the field holding the article text (default: text)",
    )
    parser.add_argument(
        "--id-field",
        default="id",
        help="with --jsonl: the field identifying each document in the output (default: id)",
    )
    parser.add_argument(
        "--language",
        default="en",
        metavar="CODE[,CODE...]",
        help="language pack(s) to read with, e.g. de or en,de (default: en)",
    )
    parser.add_argument(
        "--scope",
        default="quotes",
        help="cue categories that count: quotes (default), all, or a comma-separated "
        "list of speech, writing, thought, evidence",
    )
    parser.add_argument(
        "--plugin",
        action="append",
        default=[],
        metavar="NAME",
        help="add the rules of an installed quoteattr plugin (repeatable)",
    )
    parser.add_argument(
        "--disable",
        action="append",
        default=[],
        metavar="RULE",
        help="switch off a rule by name, e.g. floating (repeatable)",
    )
    parser.add_argument("--version", action="version", version=f"quoteattr {__version__}")
    return parser


def _extractor(options: argparse.Namespace) -> Extractor:
    """The extractor the options describe (QuoteAttrError when they are malformed)."""
    scope = options.scope if options.scope in ("quotes", "all") else options.scope.split(",")
    extractor = Extractor(language=options.language.split(","), scope=scope)
    for name in options.plugin:
        extractor = extractor.with_plugin(name)
    if options.disable:
        extractor = extractor.disable_rules(*options.disable)
    return extractor


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the process exit status."""
    options = _parser().parse_args(argv)
    out = sys.stdout
    status = 0
    try:
        extractor = _extractor(options)
    except QuoteAttrError as error:
        print(f"quoteattr: {error}", file=sys.stderr)
        return 2
    try:
        for document_id, text in _documents(options):
            try:
                quotes = extractor.extract(text)
            except RuleTimeoutError as error:
                # One pathological document must not stop a batch: report it, go on.
                print(f"quoteattr: {document_id}: {error}", file=sys.stderr)
                status = 1
                continue
            if options.format == "jsonl":
                _write_jsonl(out, document_id, quotes)
            else:
                _write_table(out, document_id, quotes)
    except _InputError as error:
        print(f"quoteattr: {error}", file=sys.stderr)
        status = 2
    except BrokenPipeError:
        # `quoteattr big.jsonl | head` closes our output early; that is not an error.
        sys.stderr.close()
    return status


class _InputError(Exception):
    """An input that cannot be read, reported without a traceback."""


def _documents(options: argparse.Namespace) -> Iterator[tuple[str, str]]:
    for path in options.paths:
        if options.jsonl:
            yield from _jsonl_documents(path, options.text_field, options.id_field)
        else:
            yield path, _read_text(path)


def _read_text(path: str) -> str:
    if path == "-":
        return sys.stdin.read()
    try:
        with open(path, encoding="utf-8", errors="replace") as handle:
            return handle.read()
    except OSError as error:
        raise _InputError(f"cannot read {path}: {error.strerror}") from None


def _jsonl_documents(path: str, text_field: str, id_field: str) -> Iterator[tuple[str, str]]:
    # Streamed line by line: corpora can be far larger than memory.
    with _open_lines(path) as lines:
        for number, line in enumerate(lines, start=1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as error:
                raise _InputError(f"{path}:{number}: not valid JSON ({error.msg})") from None
            if not isinstance(record, dict) or not isinstance(record.get(text_field), str):
                raise _InputError(
                    f"{path}:{number}: expected an object with a string field {text_field!r} "
                    "(choose the field with --text-field)"
                )
            yield str(record.get(id_field, f"{path}:{number}")), record[text_field]


@contextlib.contextmanager
def _open_lines(path: str) -> Iterator[TextIO]:
    if path == "-":
        yield sys.stdin
        return
    try:
        # Opened here and closed by the `with` below: only the open itself may fail politely.
        handle = open(path, encoding="utf-8", errors="replace")  # noqa: SIM115
    except OSError as error:
        raise _InputError(f"cannot read {path}: {error.strerror}") from None
    with handle:
        yield handle


def _write_jsonl(out: TextIO, document_id: str, quotes: list[Quote]) -> None:
    for quote in quotes:
        out.write(json.dumps({"document": document_id, **quote_to_dict(quote)}, ensure_ascii=False))
        out.write("\n")


def _write_table(out: TextIO, document_id: str, quotes: list[Quote]) -> None:
    width = max(60, min(shutil.get_terminal_size((100, 24)).columns, 160))
    plural = "" if len(quotes) == 1 else "s"
    out.write(f"{document_id}: {len(quotes)} quotation{plural}\n")
    if not quotes:
        return
    speaker_width, cue_width = 26, 14
    text_width = max(20, width - speaker_width - cue_width - 20)
    header = f"{'#':>3}  {'kind':<8}  {'speaker':<{speaker_width}}  {'cue':<{cue_width}}  quotation"
    out.write(header + "\n" + "-" * min(width, len(header) + text_width - 9) + "\n")
    for number, quote in enumerate(quotes, start=1):
        speaker = ""
        if quote.speaker is not None:
            # The name when the mention carries one; the mention ("she") otherwise.
            speaker = quote.speaker.name or quote.speaker.mention.text
        cue = quote.cue.text if quote.cue is not None else ""
        out.write(
            f"{number:>3}  {quote.kind.value:<8}  {_clip(speaker, speaker_width):<{speaker_width}}"
            f"  {_clip(cue, cue_width):<{cue_width}}  {_clip(quote.text, text_width)}\n"
        )


def _clip(value: str, width: int) -> str:
    value = " ".join(value.split())
    return value if len(value) <= width else value[: width - 1] + "…"
