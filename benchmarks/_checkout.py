"""Where the benchmarks find quoteattr: the installed package, else this checkout's ``src/``."""

from __future__ import annotations

import importlib
import sys
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
"""The repository root."""


def import_quoteattr() -> Any:
    """The quoteattr module: the installed one, else the checkout's ``src/``.

    :raises ImportError: when neither can be imported.
    """
    try:
        return importlib.import_module("quoteattr")
    except ImportError:
        sys.path.insert(0, str(REPO / "src"))
        sys.modules.pop("quoteattr", None)
        return importlib.import_module("quoteattr")
