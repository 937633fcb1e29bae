"""quoteattr: who said what in news text.

>>> from quoteattr import extract_quotes
>>> quote, = extract_quotes('"We will rebuild," the mayor said.')
>>> quote.text, quote.cue.text, quote.speaker.mention.text
('We will rebuild,', 'said', 'the mayor')
"""

from quoteattr._version import __version__
from quoteattr.errors import (
    InvalidCueError,
    InvalidQuoteMarkError,
    QuoteAttrError,
    UnknownLanguageError,
    UnknownScopeError,
)
from quoteattr.extractor import Extractor, extract_quotes
from quoteattr.marks import QuoteMarkPair
from quoteattr.results import CueCategory, Quote, QuoteKind, Span, Speaker
from quoteattr.serialize import quote_from_dict, quote_to_dict

__all__ = [
    "CueCategory",
    "Extractor",
    "InvalidCueError",
    "InvalidQuoteMarkError",
    "Quote",
    "QuoteAttrError",
    "QuoteKind",
    "QuoteMarkPair",
    "Span",
    "Speaker",
    "UnknownLanguageError",
    "UnknownScopeError",
    "__version__",
    "extract_quotes",
    "quote_from_dict",
    "quote_to_dict",
]
