"""quoteattr: who said what in news text.

>>> from quoteattr import extract_quotes
>>> quote, = extract_quotes('"We will rebuild," the mayor said.')
>>> quote.text, quote.cue.text, quote.speaker.mention.text
('We will rebuild,', 'said', 'the mayor')
"""

from quoteattr._version import __version__
from quoteattr.errors import (
    InvalidCueError,
    InvalidLanguagePackError,
    InvalidQuoteMarkError,
    InvalidRuleError,
    PluginLoadError,
    QuoteAttrError,
    RuleResultError,
    RuleTimeoutError,
    UnknownLanguageError,
    UnknownPluginError,
    UnknownRuleError,
    UnknownScopeError,
)
from quoteattr.extractor import Extractor, analyze, extract_quotes
from quoteattr.languages import LanguagePack
from quoteattr.languages import available as available_languages
from quoteattr.marks import QuoteMarkPair
from quoteattr.plugins import Plugin
from quoteattr.results import (
    CueCategory,
    Dateline,
    Document,
    Person,
    Quote,
    QuoteKind,
    QuoteLink,
    Source,
    Span,
    Speaker,
)
from quoteattr.rules import BUILTIN_RULES, Rule, RuleContext, RuleFunction, RuleMatch
from quoteattr.serialize import quote_from_dict, quote_to_dict

__all__ = [
    "BUILTIN_RULES",
    "CueCategory",
    "Dateline",
    "Document",
    "Extractor",
    "InvalidCueError",
    "InvalidLanguagePackError",
    "InvalidQuoteMarkError",
    "InvalidRuleError",
    "LanguagePack",
    "Person",
    "Plugin",
    "PluginLoadError",
    "Quote",
    "QuoteAttrError",
    "QuoteKind",
    "QuoteLink",
    "QuoteMarkPair",
    "Rule",
    "RuleContext",
    "RuleFunction",
    "RuleMatch",
    "RuleResultError",
    "RuleTimeoutError",
    "Source",
    "Span",
    "Speaker",
    "UnknownLanguageError",
    "UnknownPluginError",
    "UnknownRuleError",
    "UnknownScopeError",
    "__version__",
    "analyze",
    "available_languages",
    "extract_quotes",
    "quote_from_dict",
    "quote_to_dict",
]
