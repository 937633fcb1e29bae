"""Examples in docstrings and in the README run as tests, so they never rot."""

from __future__ import annotations

import doctest
import importlib
import pkgutil
from pathlib import Path

import pytest

import quoteattr

ROOT = Path(__file__).resolve().parent.parent
MODULES = sorted(
    info.name
    for info in pkgutil.walk_packages(quoteattr.__path__, prefix="quoteattr.")
    if info.name != "quoteattr.__main__"
)
DOCUMENTS = sorted([ROOT / "README.md", *(ROOT / "docs").glob("**/*.md")])


@pytest.mark.parametrize("name", ["quoteattr", *MODULES])
def test_module_docstring_examples(name: str) -> None:
    """Every example in the package's docstrings gives the output it shows."""
    result = doctest.testmod(importlib.import_module(name), optionflags=doctest.ELLIPSIS)
    assert result.failed == 0


@pytest.mark.parametrize("path", DOCUMENTS, ids=lambda p: str(p.relative_to(ROOT)))
def test_document_examples(path: Path) -> None:
    """Every ``>>>`` example in the README and the docs gives the output it shows."""
    result = doctest.testfile(
        str(path), module_relative=False, optionflags=doctest.ELLIPSIS, encoding="utf-8"
    )
    assert result.failed == 0
