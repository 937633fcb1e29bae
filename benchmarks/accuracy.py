"""Quotation-extraction accuracy on an annotated JSONL corpus (GenderGapTracker's metric).

Usage::

    python benchmarks/accuracy.py ../shared/eval/polnear-train.jsonl
    python benchmarks/accuracy.py CORPUS.jsonl --only direct --granularity parts --limit 100
    python benchmarks/accuracy.py CORPUS.jsonl --predictor naive --json naive.json

Prints precision, recall and F1 at match thresholds 0.3 and 0.8, speaker and verb (cue) match
over the pairs matched at 0.3, overall and per quote kind; then throughput and the documents
with the most errors. The metric itself lives in ``_metric.py`` beside this file; the corpus
format and the metric are described in the evaluation corpora's README.

``--predictor quoteattr`` (the default) calls ``quoteattr.extract_quotes``; when quoteattr is
not installed, the checkout's ``src/`` is put on ``sys.path``. ``--predictor naive`` is a
reference baseline: every span between matching double quotation marks, with speaker and cue
taken from an ``X said`` / ``said X`` pattern right after the closing mark.
"""

from __future__ import annotations

import argparse
import inspect
import json
import re
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _checkout import import_quoteattr
from _metric import (
    GOLD_KINDS,
    GRANULARITIES,
    KINDS,
    THRESHOLDS,
    QuoteLike,
    Tally,
    filter_kind,
    gold_items,
    pred_items,
    score_document,
)
from _resolution import ResolutionTally

WORST_THRESHOLD = 0.3

Predictor = Callable[[str], Sequence[QuoteLike]]


class UnsupportedOptionError(Exception):
    """The installed quoteattr does not take a keyword the command line asked for."""


class MissingPredictorError(Exception):
    """quoteattr cannot be imported or has no ``extract_quotes``."""


# --- the naive baseline ---


@dataclass(frozen=True)
class _Span:
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class _Speaker:
    mention: _Span


@dataclass(frozen=True)
class _Kind:
    value: str


@dataclass(frozen=True)
class _Quote:
    span: _Span
    parts: tuple[_Span, ...]
    kind: _Kind
    cue: _Span | None
    speaker: _Speaker | None
    rule: str | None


# Straight "...", English curly “...”, German „...“ and »...«; a quote does not cross a line.
_NAIVE_QUOTE = re.compile(
    r'"(?P<a>[^"\n]+)"|“(?P<b>[^“”\n]+)”|„(?P<c>[^„“”\n]+)[“”]|»(?P<d>[^«»\n]+)«'
)
_NAIVE_NAME = (
    r"(?:[A-ZÄÖÜ][\w.'’-]*(?:[ \t]+(?:[A-ZÄÖÜ][\w.'’-]*|de|van|von|al))*"
    r"|[Hh]e|[Ss]he|[Tt]hey|I|[Ww]e|er|sie)"
)
_NAIVE_VERB = (
    r"(?:said|says|say|told|tells|added|adds|asked|asks|wrote|writes|explained|noted"
    r"|continued|sagte|sagt|erklärte|meinte|betonte)"
)
_NAIVE_AFTER = re.compile(
    rf"[ \t]*,?[ \t]*(?:(?P<spk>{_NAIVE_NAME})[ \t]+(?P<cue>{_NAIVE_VERB})\b"
    rf"|(?P<cue2>{_NAIVE_VERB})[ \t]+(?P<spk2>{_NAIVE_NAME}))"
)


def naive_extract(text: str) -> list[_Quote]:
    """Reference baseline: quoted spans (direct), speaker/cue from ``X said`` right after."""
    quotes: list[_Quote] = []
    for found in _NAIVE_QUOTE.finditer(text):
        group = found.lastgroup
        assert group is not None
        span = _Span(found.start(), found.end(), found.group())
        part = _Span(found.start(group), found.end(group), found.group(group))
        cue: _Span | None = None
        speaker: _Speaker | None = None
        after = _NAIVE_AFTER.match(text, found.end())
        if after is not None:
            cue_group = "cue" if after.group("cue") is not None else "cue2"
            spk_group = "spk" if after.group("spk") is not None else "spk2"
            cue = _Span(after.start(cue_group), after.end(cue_group), after.group(cue_group))
            mention = _Span(after.start(spk_group), after.end(spk_group), after.group(spk_group))
            speaker = _Speaker(mention)
        rule = "naive" if speaker is not None else None
        quotes.append(_Quote(span, (part,), _Kind("direct"), cue, speaker, rule))
    return quotes


# --- quoteattr ---


def quoteattr_predictor(options: dict[str, str], *, resolve: bool = False) -> tuple[Predictor, str]:
    """``extract_quotes`` (or, with ``resolve``, the quotations of ``analyze``, whose
    speakers are resolved across the document) with the keyword options given on the
    command line, and its version.

    Raises ``UnsupportedOptionError`` when the signature shows that a keyword is not taken.
    """
    module = import_quoteattr()
    function = "analyze" if resolve else "extract_quotes"
    found = getattr(module, function, None)
    if found is None:
        where = getattr(module, "__file__", None) or list(getattr(module, "__path__", []))
        raise MissingPredictorError(f"quoteattr ({where}) has no {function}")
    extract = found if not resolve else (lambda text, **kw: found(text, **kw).quotes)
    try:
        parameters = inspect.signature(found).parameters
    except (TypeError, ValueError):  # no signature to read: find out on the first call
        parameters = None
    if parameters is not None and not any(
        p.kind is inspect.Parameter.VAR_KEYWORD for p in parameters.values()
    ):
        for name in options:
            if name not in parameters:
                raise UnsupportedOptionError(name)

    def predict(text: str) -> Sequence[QuoteLike]:
        try:
            return list(extract(text, **options))
        except TypeError as error:
            message = str(error)
            for name in options:
                if "keyword" in message and f"'{name}'" in message:
                    raise UnsupportedOptionError(name) from error
            raise

    version = str(getattr(module, "__version__", "unknown"))
    return predict, version


# --- running ---


@dataclass
class Run:
    """Everything one benchmark run counted."""

    overall: Tally
    per_kind: dict[str, Tally]
    per_doc: list[tuple[str, Tally]]
    docs: int
    megabytes: float
    seconds: float
    wall_seconds: float
    errors: list[tuple[str, str]]
    resolution: ResolutionTally | None = None


def run(
    corpus: Path,
    predict: Predictor,
    *,
    granularity: str,
    only: str | None,
    limit: int | None,
    gold_kind: str = "marks",
    resolution: ResolutionTally | None = None,
) -> Run:
    """Score ``predict`` on the first ``limit`` documents of ``corpus``."""
    kinds = (only,) if only else KINDS
    overall = Tally()
    per_kind = {kind: Tally() for kind in kinds}
    per_doc: list[tuple[str, Tally]] = []
    errors: list[tuple[str, str]] = []
    docs = 0
    size = 0
    seconds = 0.0
    wall_start = time.perf_counter()
    with corpus.open(encoding="utf-8") as lines:
        for line in lines:
            if limit is not None and docs >= limit:
                break
            if not line.strip():
                continue
            record = json.loads(line)
            doc_id = str(record.get("id", f"#{docs}"))
            text: str = record["text"]
            docs += 1
            size += len(text.encode("utf-8"))
            start = time.perf_counter()
            try:
                quotes = predict(text)
            except UnsupportedOptionError:
                raise
            except Exception as error:
                errors.append((doc_id, f"{type(error).__name__}: {error}"))
                quotes = []
            seconds += time.perf_counter() - start
            if resolution is not None:
                resolution.add(text, quotes)
            gold = filter_kind(gold_items(record["quotes"], granularity, gold_kind), only)
            pred = filter_kind(pred_items(quotes, granularity), only)
            doc = score_document(gold, pred, THRESHOLDS)
            overall.add(doc)
            per_doc.append((doc_id, doc))
            for kind in kinds:
                per_kind[kind].add(
                    score_document(filter_kind(gold, kind), filter_kind(pred, kind), THRESHOLDS)
                )
    wall = time.perf_counter() - wall_start
    return Run(overall, per_kind, per_doc, docs, size / 1e6, seconds, wall, errors, resolution)


def worst_documents(result: Run, count: int) -> list[tuple[str, Tally]]:
    """The ``count`` documents with the most errors (FN + FP at 0.3), most first."""
    ranked = sorted(
        result.per_doc,
        key=lambda entry: (
            -(entry[1].fn(WORST_THRESHOLD) + entry[1].fp(WORST_THRESHOLD)),
            entry[0],
        ),
    )
    return [entry for entry in ranked[:count] if entry[1].gold + entry[1].pred > 0]


# --- output ---


def _cell(value: float | int | None) -> str:
    return "—" if value is None else f"{value:.1f}"


def format_table(result: Run) -> str:
    """The accuracy table: one row overall, one per kind."""
    low, high = THRESHOLDS
    header = (
        f"{'kind':<9}{'gold':>7}{'pred':>7} |"
        f"{'P@' + str(low):>8}{'R@' + str(low):>8}{'F1@' + str(low):>8} |"
        f"{'P@' + str(high):>8}{'R@' + str(high):>8}{'F1@' + str(high):>8} |"
        f"{'spk@' + str(low):>9}{'verb@' + str(low):>10}"
    )
    rows = [header, "-" * len(header)]
    for name, tally in [("all", result.overall), *result.per_kind.items()]:
        a = tally.figures(low)
        b = tally.figures(high)
        rows.append(
            f"{name:<9}{tally.gold:>7}{tally.pred:>7} |"
            f"{_cell(a['precision']):>8}{_cell(a['recall']):>8}{_cell(a['f1']):>8} |"
            f"{_cell(b['precision']):>8}{_cell(b['recall']):>8}{_cell(b['f1']):>8} |"
            f"{_cell(a['speaker_match']):>9}{_cell(a['verb_match']):>10}"
        )
    return "\n".join(rows)


FOOTER = (
    "P/R/F1 in percent; a gold item matches the unmatched prediction with the highest\n"
    "score (shared chars / gold chars) >= threshold, gold taken in order. spk/verb: share of\n"
    "pairs matched at 0.3 with the same speaker (overlapping mention; no gold speaker = none\n"
    "or floating predicted) / the same cue (lower-cased, stripped). Gold kind = annotated type,\n"
    "else type_heuristic. Per-kind rows match gold of that kind against predictions of that\n"
    "kind only (a prediction of the wrong kind is a FN in its gold kind's row and a FP in its\n"
    "own); the 'all' row ignores kind."
)


def report(result: Run, args: argparse.Namespace, version: str | None, worst: int) -> str:
    """The printed report."""
    options = [f"granularity={args.granularity}", f"gold-kind={args.gold_kind}"]
    if args.only:
        options.append(f"only={args.only}")
    if args.scope is not None:
        options.append(f"scope={args.scope}")
    if args.language is not None:
        options.append(f"language={args.language}")
    if args.limit is not None:
        options.append(f"limit={args.limit}")
    if args.resolve:
        options.append("resolve")
    predictor = args.predictor + (f" {version}" if version else "")
    lines = [
        f"corpus: {args.corpus}  predictor: {predictor}  {' '.join(options)}",
        "",
        format_table(result),
        "",
        FOOTER,
        "",
    ]
    rate = result.docs / result.seconds if result.seconds > 0 else float("inf")
    mb_rate = result.megabytes / result.seconds if result.seconds > 0 else float("inf")
    lines.append(
        f"throughput: {result.docs} docs, {result.megabytes:.2f} MB in {result.seconds:.2f} s "
        f"of prediction ({rate:.1f} docs/s, {mb_rate:.3f} MB/s); {result.wall_seconds:.2f} s "
        "wall incl. scoring"
    )
    if result.resolution is not None:
        lines.extend(["", "speakers resolved to a name (analyze):", result.resolution.table()])
    if result.errors:
        lines.append(f"WARNING: {len(result.errors)} documents raised errors (scored as empty):")
        lines.extend(f"  {doc_id}: {message}" for doc_id, message in result.errors[:10])
    if worst > 0:
        lines.append("")
        lines.append(f"worst {worst} documents (FN + FP at {WORST_THRESHOLD}):")
        lines.append(f"  {'errors':>6}{'FN':>5}{'FP':>5}{'gold':>6}{'pred':>6}  id")
        for doc_id, tally in worst_documents(result, worst):
            fn, fp = tally.fn(WORST_THRESHOLD), tally.fp(WORST_THRESHOLD)
            lines.append(f"  {fn + fp:>6}{fn:>5}{fp:>5}{tally.gold:>6}{tally.pred:>6}  {doc_id}")
    return "\n".join(lines)


def to_json(result: Run, args: argparse.Namespace, version: str | None, worst: int) -> Any:
    """All figures as a JSON-ready value (for a regression guard)."""

    def row(tally: Tally) -> dict[str, Any]:
        return {
            "gold": tally.gold,
            "pred": tally.pred,
            "thresholds": {str(t): tally.figures(t) for t in THRESHOLDS},
        }

    return {
        "corpus": str(args.corpus),
        "predictor": args.predictor,
        "version": version,
        "options": {
            "granularity": args.granularity,
            "only": args.only,
            "scope": args.scope,
            "language": args.language,
            "limit": args.limit,
        },
        "rows": {"all": row(result.overall)}
        | {kind: row(tally) for kind, tally in result.per_kind.items()},
        "throughput": {
            "docs": result.docs,
            "megabytes": round(result.megabytes, 3),
            "seconds": round(result.seconds, 3),
            "wall_seconds": round(result.wall_seconds, 3),
        },
        "errors": [{"id": doc_id, "error": message} for doc_id, message in result.errors],
        "worst": [
            {
                "id": doc_id,
                "fn": tally.fn(WORST_THRESHOLD),
                "fp": tally.fp(WORST_THRESHOLD),
                "gold": tally.gold,
                "pred": tally.pred,
            }
            for doc_id, tally in worst_documents(result, worst)
        ],
    }


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    """The command line."""
    parser = argparse.ArgumentParser(
        description="Quotation-extraction accuracy (GenderGapTracker's metric) on a JSONL corpus."
    )
    parser.add_argument("corpus", type=Path, help="JSONL corpus (one document per line)")
    parser.add_argument("--only", choices=KINDS, help="restrict gold and predictions to a kind")
    parser.add_argument("--granularity", choices=GRANULARITIES, default="quotes")
    parser.add_argument(
        "--gold-kind",
        choices=GOLD_KINDS,
        default="marks",
        help="how gold quotes without an annotated type get their kind: 'heuristic' takes "
        "the corpus's type_heuristic; 'marks' (default) corrects it for quotations written "
        "with doubled apostrophes (''...''), which that heuristic labels indirect",
    )
    parser.add_argument("--scope", help="passed to extract_quotes(scope=...)")
    parser.add_argument("--language", help="passed to extract_quotes(language=...)")
    parser.add_argument("--limit", type=int, metavar="N", help="first N documents only")
    parser.add_argument("--worst", type=int, default=10, metavar="K", help="list K worst docs")
    parser.add_argument("--json", type=Path, metavar="PATH", help="also write figures as JSON")
    parser.add_argument("--predictor", choices=("quoteattr", "naive"), default="quoteattr")
    parser.add_argument(
        "--resolve",
        action="store_true",
        help="predict with quoteattr.analyze and print the share of pronoun and role-noun "
        "speakers resolved to a name",
    )
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the benchmark; 0 on success, 2 when an option is not supported."""
    args = parse_args(argv)
    options = {
        name: value
        for name, value in (("scope", args.scope), ("language", args.language))
        if value is not None
    }
    version: str | None = None
    try:
        if args.predictor == "naive":
            if options:
                print("error: --scope/--language apply to quoteattr only", file=sys.stderr)
                return 2
            predict: Predictor = naive_extract
        else:
            predict, version = quoteattr_predictor(options, resolve=args.resolve)
        resolution = None
        if args.resolve:
            language = import_quoteattr().languages.load(args.language or "en")
            resolution = ResolutionTally(language.people)
        result = run(
            args.corpus,
            predict,
            granularity=args.granularity,
            only=args.only,
            limit=args.limit,
            gold_kind=args.gold_kind,
            resolution=resolution,
        )
    except MissingPredictorError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    except UnsupportedOptionError as error:
        print(
            f"error: this version of quoteattr does not support the --{error.args[0]} option "
            f"(extract_quotes() takes no {error.args[0]}= keyword)",
            file=sys.stderr,
        )
        return 2
    print(report(result, args, version, args.worst))
    if args.json is not None:
        payload = to_json(result, args, version, args.worst)
        args.json.write_text(json.dumps(payload, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
