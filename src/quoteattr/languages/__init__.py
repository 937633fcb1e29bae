"""Language packs: the words quoteattr needs for each language, as data."""

from __future__ import annotations

import importlib

from quoteattr.errors import UnknownLanguageError
from quoteattr.languages.pack import LanguagePack

__all__ = ["AVAILABLE", "LanguagePack", "load"]

AVAILABLE: tuple[str, ...] = ("en", "de", "ru")
"""Codes of the language packs shipped with quoteattr."""


def load(code: str) -> LanguagePack:
    """Return the language pack for ``code`` (an ISO 639-1 code such as ``"en"``).

    :raises UnknownLanguageError: (a ``ValueError``) naming the codes on offer.
    """
    if code not in AVAILABLE:
        raise UnknownLanguageError(code, AVAILABLE)
    module = importlib.import_module(f"quoteattr.languages.{code}")
    pack: LanguagePack = module.PACK
    return pack
