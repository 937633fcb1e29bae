"""MD5 digests of quoteattr's results on the evaluation corpora: a guard for optimisations.

Usage::

    python benchmarks/output_digest.py                     # print the digests
    python benchmarks/output_digest.py --save digests.json  # and write them
    python benchmarks/output_digest.py --check digests.json # exit 1 when any differs

For each corpus (JSON Lines, the article in the ``text`` field) and each scope ("quotes"
and "all"), every document's results are serialised with
``json.dumps([quote_to_dict(q) for q in extract_quotes(text, scope=S)])``, one line per
document, and the MD5 of the whole dump is printed. A change that only makes quoteattr
faster must leave every digest as it was. Nothing of the corpora is written anywhere.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _checkout import REPO, import_quoteattr

DEFAULT_CORPORA = (
    (REPO.parent / "shared" / "eval" / "polnear-train.jsonl", "en"),
    (REPO.parent / "shared" / "eval" / "wikinews-de-train.jsonl", "de"),
)
"""The corpora digested by default, with the language each is read in."""

SCOPES = ("quotes", "all")


def digest(qa: Any, path: Path, language: str, scope: str) -> tuple[str, int]:
    """The MD5 of the results on one corpus in one scope, and the number of quotations."""
    from quoteattr.serialize import quote_to_dict

    md5 = hashlib.md5()
    count = 0
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            if not line.strip():
                continue
            text = json.loads(line)["text"]
            if language == "en":
                quotes = qa.extract_quotes(text, scope=scope)
            else:
                quotes = qa.extract_quotes(text, scope=scope, language=language)
            count += len(quotes)
            md5.update(json.dumps([quote_to_dict(q) for q in quotes]).encode("utf-8"))
            md5.update(b"\n")
    return md5.hexdigest(), count


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--save", type=Path, help="write the digests to this JSON file")
    parser.add_argument("--check", type=Path, help="compare with the digests in this file")
    args = parser.parse_args(argv)
    qa = import_quoteattr()
    results: dict[str, dict[str, Any]] = {}
    for path, language in DEFAULT_CORPORA:
        if not path.exists():
            print(f"missing corpus: {path}", file=sys.stderr)
            return 2
        for scope in SCOPES:
            md5, count = digest(qa, path, language, scope)
            key = f"{path.name} [{language}] scope={scope}"
            results[key] = {"md5": md5, "quotes": count}
            print(f"{key}: {md5} ({count} quotations)")
    if args.save:
        args.save.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    if args.check:
        expected = json.loads(args.check.read_text(encoding="utf-8"))
        differing = [key for key in expected if results.get(key) != expected[key]]
        if differing:
            print("DIFFERENT: " + ", ".join(differing))
            return 1
        print("all digests identical")
    return 0


if __name__ == "__main__":
    sys.exit(main())
