"""quoteattr: who said what in news text.

>>> from quoteattr import extract_quotes
>>> quote, = extract_quotes('"We will rebuild," the mayor said.')
>>> quote.text, quote.cue.text, quote.speaker.mention.text
('We will rebuild,', 'said', 'the mayor')
"""

from quoteattr._version import __version__
from quoteattr.extractor import extract_quotes
from quoteattr.results import CueCategory, Quote, QuoteKind, Span, Speaker
from quoteattr.serialize import quote_from_dict, quote_to_dict

__all__ = [
    "CueCategory",
    "Quote",
    "QuoteKind",
    "Span",
    "Speaker",
    "__version__",
    "extract_quotes",
    "quote_from_dict",
    "quote_to_dict",
]
