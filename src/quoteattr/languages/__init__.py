"""Language packs: the words quoteattr needs for each language, as data."""

from __future__ import annotations

import importlib

from quoteattr.errors import UnknownLanguageError
from quoteattr.languages.pack import LanguagePack
from quoteattr.plugins import installed_plugins

__all__ = ["AVAILABLE", "LanguagePack", "available", "load"]

AVAILABLE: tuple[str, ...] = ("en", "de", "ru")
"""Codes of the language packs shipped with quoteattr."""


def load(code: str) -> LanguagePack:
    """Return the language pack for ``code`` (an ISO 639-1 code such as ``"en"``): one
    shipped with quoteattr, else one from an installed plugin.

    :raises UnknownLanguageError: (a ``ValueError``) naming the codes on offer.
    """
    if code in AVAILABLE:
        module = importlib.import_module(f"quoteattr.languages.{code}")
        pack: LanguagePack = module.PACK
        return pack
    plugged = _plugin_packs()
    if isinstance(code, str) and code in plugged:
        return plugged[code]
    raise UnknownLanguageError(code, available())


def available() -> tuple[str, ...]:
    """Codes of every language pack on offer: shipped ones first, then plugins' packs."""
    return AVAILABLE + tuple(code for code in _plugin_packs() if code not in AVAILABLE)


def _plugin_packs() -> dict[str, LanguagePack]:
    return {pack.code: pack for p in installed_plugins().values() for pack in p.languages}
