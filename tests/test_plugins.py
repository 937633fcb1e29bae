"""Plugins: packs and rule bundles found through the ``quoteattr.plugins`` entry point.

Each test installs a throwaway distribution (a ``.dist-info`` directory and a module) on
``sys.path``, as pip would, and clears the once-per-process plugin cache around it.
"""

from __future__ import annotations

import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest

from quoteattr import (
    Extractor,
    InvalidLanguagePackError,
    InvalidRuleError,
    PluginLoadError,
    UnknownLanguageError,
    UnknownPluginError,
    available_languages,
    extract_quotes,
)
from quoteattr.plugins import installed_plugins

PLUGIN_MODULE = """
import attrs
from quoteattr import Plugin, Rule
from quoteattr.languages import load

# A "language" that is English with one more verb: enough to see it chosen by code.
PACK = attrs.evolve(
    load("en"),
    code="en-x-test",
    name="Test English",
    quote_marks=[("〝", "〟")],
    verbs={**dict(load("en").verbs), "speech": (*dict(load("en").verbs)["speech"], "harrumph")},
)
TWEETS = Rule.from_pattern(
    "tweets", r"(?P<speaker>@\\w+) (?P<cue>wrote on X): (?P<quote>[^\\n]+)", category="writing"
)
PLUGIN = Plugin("test-plugin", languages=[PACK], rules=[TWEETS])


def make_plugin():
    return PLUGIN


BROKEN = 42
BAD_PACK = Plugin("bad", languages=[attrs.evolve(PACK, code="Not A Code", verbs={"speech": ()})])
"""


def _install(tmp_path: Path, entry_points: str, module: str = PLUGIN_MODULE) -> None:
    (tmp_path / "quoteattr_test_plugin.py").write_text(module)
    info = tmp_path / "quoteattr_test_plugin-1.0.dist-info"
    info.mkdir()
    (info / "METADATA").write_text(
        "Metadata-Version: 2.1\nName: quoteattr-test-plugin\nVersion: 1.0\n"
    )
    (info / "entry_points.txt").write_text(
        "[quoteattr.plugins]\n" + textwrap.dedent(entry_points).strip() + "\n"
    )


@pytest.fixture
def site(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    monkeypatch.syspath_prepend(str(tmp_path))
    installed_plugins.cache_clear()
    yield tmp_path
    installed_plugins.cache_clear()
    sys.modules.pop("quoteattr_test_plugin", None)


def test_no_plugins_installed() -> None:
    """Without plugins, only the shipped packs are on offer and a plugin name is unknown."""
    installed_plugins.cache_clear()
    assert "en" in available_languages()
    with pytest.raises(UnknownPluginError) as caught:
        Extractor().with_plugin("tweets")
    assert str(caught.value).startswith(
        "plugin='tweets' is not an installed quoteattr plugin; accepted: none are installed."
    )


def test_plugin_pack_and_rules_are_found(site: Path) -> None:
    """A plugin's language pack is chosen by its code, its rules by the plugin's name."""
    _install(site, "test-plugin = quoteattr_test_plugin:PLUGIN")
    assert "en-x-test" in available_languages()
    text = '"Too late," the driver harrumphed.'
    assert extract_quotes(text) == []
    (quote,) = extract_quotes(text, language="en-x-test")
    assert quote.cue is not None
    assert quote.cue.text == "harrumphed"
    marked = "〝Too late,〟 the driver said."
    assert extract_quotes(marked) == []
    assert [q.text for q in extract_quotes(marked, language="en-x-test")] == ["Too late,"]
    tweet = "@jdoe wrote on X: the bridge stays closed.\n"
    extractor = Extractor().with_plugin("test-plugin")
    assert extractor.chain[0] == "tweets"
    assert [q.rule for q in extractor.extract(tweet)] == ["tweets"]
    last = Extractor().with_plugin("test-plugin", after="floating")
    assert last.chain[-1] == "tweets"


def test_plugin_given_by_a_function(site: Path) -> None:
    """An entry point may name a function that returns the plugin."""
    _install(site, "made = quoteattr_test_plugin:make_plugin")
    assert [rule.name for rule in Extractor().with_plugin("made").rules] == ["tweets"]


def test_several_languages_at_once(site: Path) -> None:
    """With several codes, each pack reads the text; the first one's quotations stand
    where they overlap."""
    _install(site, "test-plugin = quoteattr_test_plugin:PLUGIN")
    text = '"Too late," the driver harrumphed. Exports fell, the minister said.'
    both = Extractor(language=["en", "en-x-test"])
    assert both.languages == ("en", "en-x-test")
    assert [q.rule for q in both.extract(text)] == ["after-quote", "content-before"]
    assert Extractor(language=["en"]) == Extractor()
    with pytest.raises(UnknownLanguageError, match="language='xx'"):
        Extractor(language=["en", "xx"])


def test_broken_plugins_fail_with_their_name(site: Path) -> None:
    """A plugin that fails to import or gives the wrong thing is named in the error."""
    _install(site, "broken = quoteattr_test_plugin:BROKEN")
    with pytest.raises(PluginLoadError) as caught:
        Extractor().with_plugin("broken")
    assert str(caught.value) == (
        "plugin 'broken' (quoteattr_test_plugin:BROKEN) gives a int; a quoteattr plugin entry "
        "point names a quoteattr.Plugin or a function without arguments returning one"
    )
    assert isinstance(caught.value, ImportError)


def test_plugin_that_fails_to_import(site: Path) -> None:
    """An import error inside a plugin is reported as that plugin's failure."""
    _install(site, "missing = quoteattr_no_such_module:PLUGIN")
    with pytest.raises(PluginLoadError, match=r"plugin 'missing' \(quoteattr_no_such_module"):
        extract_quotes("text", language="zz")


def test_malformed_plugin_pack_is_rejected(site: Path) -> None:
    """A plugin's pack is checked when the plugin loads; every problem is listed."""
    _install(site, "bad = quoteattr_test_plugin:BAD_PACK")
    with pytest.raises(InvalidLanguagePackError) as caught:
        available_languages()
    assert caught.value.problems == (
        "plugin 'bad' (quoteattr_test_plugin:BAD_PACK): code='Not A Code': a language code "
        "is an ISO 639 code such as 'pt' or 'pt-BR'",
        "plugin 'bad' (quoteattr_test_plugin:BAD_PACK): pack 'Not A Code' has no reporting "
        "verbs; it would find nothing",
    )


def test_plugin_problems_are_listed_together(site: Path) -> None:
    """Verbs filed under an unknown category and rules that are not Rule values are both
    reported, naming the plugin."""
    module = PLUGIN_MODULE + (
        'ODD = Plugin("odd", languages=[attrs.evolve(PACK, code="xx", verbs={"gossip": ("x",)},'
        ' quote_marks=[("<", "a")])], rules=["not a rule"])\n'
    )
    _install(site, "odd = quoteattr_test_plugin:ODD", module)
    with pytest.raises(InvalidLanguagePackError) as caught:
        Extractor().with_plugin("odd")
    assert caught.value.problems == (
        "plugin 'odd' (quoteattr_test_plugin:ODD): pack 'xx' quotation marks ('<', 'a'): "
        "QuoteMarkPair.close must be punctuation, got 'a': letters, digits and spaces cannot "
        "be quotation marks.",
        "plugin 'odd' (quoteattr_test_plugin:ODD): pack 'xx' files verbs under 'gossip'; "
        "accepted categories: 'speech', 'writing', 'thought', 'evidence'",
        "plugin 'odd' (quoteattr_test_plugin:ODD): 'not a rule' is not a quoteattr.rules.Rule; "
        "build rules with Rule.from_pattern or Rule.from_function",
    )


def test_unknown_plugin_names_the_installed_ones(site: Path) -> None:
    """Asking for a plugin that is not installed lists those that are."""
    _install(site, "test-plugin = quoteattr_test_plugin:PLUGIN")
    with pytest.raises(UnknownPluginError) as caught:
        Extractor().with_plugin("tweets")
    assert str(caught.value).startswith(
        "plugin='tweets' is not an installed quoteattr plugin; accepted: 'test-plugin'."
    )


def test_plugin_with_a_bad_rule_only(site: Path) -> None:
    """A plugin whose packs are fine but whose rules are not Rule values raises
    InvalidRuleError."""
    module = PLUGIN_MODULE + 'ODD = Plugin("odd", rules=[42])\n'
    _install(site, "odd = quoteattr_test_plugin:ODD", module)
    with pytest.raises(InvalidRuleError) as caught:
        Extractor().with_plugin("odd")
    assert caught.value.problems == (
        "plugin 'odd' (quoteattr_test_plugin:ODD): 42 is not a quoteattr.rules.Rule; "
        "build rules with Rule.from_pattern or Rule.from_function",
    )


def test_shipped_packs_pass_the_checks_plugin_packs_get() -> None:
    """Every pack quoteattr ships is as well-formed as a plugin's must be."""
    from quoteattr.languages import AVAILABLE, load
    from quoteattr.plugins import pack_problems

    assert {code: pack_problems(load(code)) for code in AVAILABLE} == {
        code: [] for code in AVAILABLE
    }
