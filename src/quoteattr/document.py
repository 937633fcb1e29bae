"""Reading a whole article: quotations with resolved speakers, sources, dateline, links.

``extract_quotes`` finds quotations one attribution at a time; a
:class:`~quoteattr.Document` adds what only the whole article tells: whom "he" and "the
head of state" stand for (:mod:`quoteattr.resolution`), which agency reports and whom it
cites (:mod:`quoteattr.sources`), the dateline, and which quotations repeat one another
(:mod:`quoteattr.links`).
"""

from __future__ import annotations

from collections.abc import Sequence

from quoteattr.languages.pack import LanguagePack
from quoteattr.links import link_restatements
from quoteattr.resolution import resolve_speakers
from quoteattr.results import Document, Quote
from quoteattr.sources import find_dateline, find_sources

__all__ = ["read_document"]


def read_document(text: str, quotes: Sequence[Quote], pack: LanguagePack) -> Document:
    """The :class:`~quoteattr.Document` of ``text``, whose quotations are ``quotes``."""
    resolved, people = resolve_speakers(text, quotes, pack)
    dateline = find_dateline(text)
    sources, chains = find_sources(text, resolved, dateline)
    return Document(
        quotes=resolved,
        quote_sources=chains,
        sources=sources,
        dateline=dateline,
        people=people,
        links=link_restatements(resolved),
    )
