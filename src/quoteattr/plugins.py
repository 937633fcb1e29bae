"""Plugins: language packs and rule bundles from other distributions.

A distribution extends quoteattr by declaring an entry point in the group
``quoteattr.plugins`` whose object is a :class:`Plugin` (or a function without arguments
that returns one)::

    # the plugin distribution's pyproject.toml
    [project.entry-points."quoteattr.plugins"]
    tweets = "quoteattr_tweets:PLUGIN"

Its language packs are then available by code (``extract_quotes(text, language="pt")``)
and its rules by the plugin's name (``Extractor().with_plugin("tweets")``). Installed
plugins are found on first need and loaded once per process.
"""

from __future__ import annotations

import functools
import importlib.metadata
from collections.abc import Iterable

import attrs
import regex

from quoteattr.errors import (
    InvalidLanguagePackError,
    InvalidRuleError,
    PluginLoadError,
    UnknownPluginError,
)
from quoteattr.languages.pack import LanguagePack
from quoteattr.marks import QuoteMarkPair
from quoteattr.results import CueCategory
from quoteattr.rules import Rule

__all__ = ["ENTRY_POINT_GROUP", "Plugin", "installed_plugins", "pack_problems", "plugin"]

ENTRY_POINT_GROUP = "quoteattr.plugins"
"""The entry-point group quoteattr reads plugins from."""

_LANGUAGE_CODE = regex.compile(r"[a-z]{2,3}(?:-[A-Za-z0-9]{1,8})*")


def _packs(value: Iterable[LanguagePack]) -> tuple[LanguagePack, ...]:
    return tuple(value)


def _rules(value: Iterable[Rule]) -> tuple[Rule, ...]:
    return tuple(value)


@attrs.frozen
class Plugin:
    """What a plugin distribution adds: language packs, attribution rules, or both.

    >>> from quoteattr.rules import Rule
    >>> rule = Rule.from_pattern("wrote-on", r"(?P<speaker>@\\w+) wrote: (?P<quote>[^\\n]+)")
    >>> Plugin("tweets", rules=[rule]).rules[0].name
    'wrote-on'
    """

    name: str
    languages: tuple[LanguagePack, ...] = attrs.field(default=(), converter=_packs)
    rules: tuple[Rule, ...] = attrs.field(default=(), converter=_rules)


def pack_problems(pack: object) -> list[str]:
    """What is wrong with ``pack`` as a language pack (empty when nothing is)."""
    if not isinstance(pack, LanguagePack):
        return [f"{pack!r} is not a LanguagePack (got {type(pack).__name__})"]
    problems = []
    if not isinstance(pack.code, str) or not _LANGUAGE_CODE.fullmatch(pack.code):
        problems.append(
            f"code={pack.code!r}: a language code is an ISO 639 code such as 'pt' or 'pt-BR'"
        )
    if not any(entries for _, entries in pack.verbs):
        problems.append(f"pack {pack.code!r} has no reporting verbs; it would find nothing")
    for opening, closing in pack.quote_marks:
        try:
            QuoteMarkPair(opening, closing)
        except (TypeError, ValueError) as error:
            problems.append(f"pack {pack.code!r} quotation marks {(opening, closing)!r}: {error}")
    accepted = ", ".join(repr(c.value) for c in CueCategory)
    problems.extend(
        f"pack {pack.code!r} files verbs under {category!r}; accepted categories: {accepted}"
        for category, _ in pack.verbs
        if category not in {c.value for c in CueCategory}
    )
    return problems


@functools.cache
def installed_plugins() -> dict[str, Plugin]:
    """Every installed plugin by entry-point name, loaded and checked (once per process).

    :raises PluginLoadError: (an ``ImportError``) when a plugin fails to import or gives
        something other than a :class:`Plugin`.
    :raises InvalidLanguagePackError: when a plugin's language pack is malformed (listing
        its malformed rules too).
    :raises InvalidRuleError: when a plugin's rules are not :class:`~quoteattr.Rule` values.
    """
    found: dict[str, Plugin] = {}
    for entry_point in importlib.metadata.entry_points(group=ENTRY_POINT_GROUP):
        found[entry_point.name] = _load(entry_point)
    return found


def plugin(name: str) -> Plugin:
    """The installed plugin called ``name``.

    :raises UnknownPluginError: (a ``ValueError``) naming the plugins installed.
    """
    plugins = installed_plugins()
    if name not in plugins:
        raise UnknownPluginError(name, sorted(plugins))
    return plugins[name]


def _load(entry_point: importlib.metadata.EntryPoint) -> Plugin:
    where = f"plugin {entry_point.name!r} ({entry_point.value})"
    try:
        loaded = entry_point.load()
        if not isinstance(loaded, Plugin) and callable(loaded):
            loaded = loaded()
    except Exception as error:  # any failure inside someone else's code
        raise PluginLoadError(f"{where} failed to load: {type(error).__name__}: {error}") from error
    if not isinstance(loaded, Plugin):
        raise PluginLoadError(
            f"{where} gives a {type(loaded).__name__}; a quoteattr plugin entry point names "
            "a quoteattr.Plugin or a function without arguments returning one"
        )
    pack_errors = [f"{where}: {p}" for pack in loaded.languages for p in pack_problems(pack)]
    rule_errors = [
        f"{where}: {rule!r} is not a quoteattr.rules.Rule; build rules with "
        "Rule.from_pattern or Rule.from_function"
        for rule in loaded.rules
        if not isinstance(rule, Rule)
    ]
    # One error lists every problem; its type says what kind of problem comes first.
    if pack_errors:
        raise InvalidLanguagePackError(pack_errors + rule_errors)
    if rule_errors:
        raise InvalidRuleError(rule_errors)
    return loaded
