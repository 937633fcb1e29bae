"""The rule chain: built-in rules by name, the user's pattern and function rules, their
place in the chain, switching rules off, timeouts, and every error with its message."""

from __future__ import annotations

import pickle
from collections.abc import Iterator

import pytest
import regex

from quoteattr import (
    BUILTIN_RULES,
    CueCategory,
    Extractor,
    InvalidRuleError,
    QuoteAttrError,
    QuoteKind,
    Rule,
    RuleContext,
    RuleMatch,
    RuleResultError,
    RuleTimeoutError,
    UnknownRuleError,
    extract_quotes,
)
from quoteattr.cli import main

# One text per built-in rule, where that rule makes a quotation (scope "all").
RULE_EXAMPLES = {
    "interrupted": '"We will rebuild," the mayor said, "and we will do it fast."',
    "after-quote": '"We will rebuild the harbour," the mayor said.',
    "before-quote": 'The mayor said: "We will rebuild the harbour."',
    "mixed": 'The mayor called the plan "a disaster for the harbour," Ana Ortiz said.',
    "colon": "Ortiz: The harbour will reopen in spring.",
    "asked": "Asked whether the harbour would reopen, the mayor said nothing.",
    "according-to": "According to the ministry, exports fell sharply in May.",
    "content-before": "Exports fell sharply in the spring, the minister said.",
    "parenthetical": "Exports, the minister said, fell sharply in the spring.",
    "speaker-cue": "The minister said exports fell sharply in the spring.",
    "coordinated": "The minister visited the port and said exports would grow.",
    "participle": "The minister praised the port workers, adding that exports would grow.",
    "impression": "The returns seemed a reminder that the party had lost its base.",
    "continuation": '"We will rebuild," the mayor said. "Nobody will be left behind."',
    "floating": (
        '"We will rebuild," the mayor said. The council met on Monday.\n\n'
        '"Nobody here will be left behind by the city."'
    ),
}
# Rules of the German pack, with German examples.
GERMAN_EXAMPLES = {
    "inverted": "Am Montag sagte die Ministerin, die Brücke werde im Herbst fertig.",
    "content-clause": "Der Verband hält es für möglich, dass die Preise steigen.",
    "anaphoric": "Die Brücke bleibt gesperrt. Dies bestätigte ein Sprecher der Stadt.",
    "subjunctive": "Der Sprecher sagte, die Lage sei ernst. Man habe keine Wahl.",
}
ALL = Extractor(scope="all")
ALL_DE = Extractor(language="de", scope="all")


def _example(name: str) -> tuple[Extractor, str]:
    if name in GERMAN_EXAMPLES:
        return ALL_DE, GERMAN_EXAMPLES[name]
    return ALL, RULE_EXAMPLES[name]


TWEET = "@jdoe wrote on X: the bridge stays closed until May.\n"
TWEET_PATTERN = r"(?P<speaker>@\w+) (?P<cue>wrote on X): (?P<quote>[^\n]+)"


def _shape(extractor: Extractor, text: str) -> list[tuple[str | None, str, int]]:
    return [(q.rule, q.kind.value, len(q.parts)) for q in extractor.extract(text)]


def test_every_built_in_rule_has_an_example() -> None:
    """The examples cover the whole chain, so the tests below switch off every rule."""
    assert set(RULE_EXAMPLES) | set(GERMAN_EXAMPLES) == set(BUILTIN_RULES)
    assert Extractor().chain == BUILTIN_RULES


@pytest.mark.parametrize("name", BUILTIN_RULES)
def test_switching_off_a_built_in_rule_changes_what_it_made(name: str) -> None:
    """Each example shows its rule at work, and switching the rule off undoes that work;
    switching it on again restores the result exactly."""
    extractor, text = _example(name)
    before = extractor.extract(text)
    assert name in {q.rule for q in before} | {"mixed", "continuation"}
    off = extractor.disable_rules(name)
    assert _shape(off, text) != _shape(extractor, text)
    assert off.enable_rules(name) == extractor
    assert off.enable_rules(name).extract(text) == before


def test_rule_names_in_results_are_chain_names() -> None:
    """Quote.rule always names a rule of the chain."""
    for name in BUILTIN_RULES:
        extractor, text = _example(name)
        assert all(q.rule in BUILTIN_RULES for q in extractor.extract(text))


def test_switched_off_direct_rule_leaves_the_quotation_to_later_rules() -> None:
    """Without "before-quote", the cue before the quotation is read as reported speech
    whose content is the quotation: still one quotation, by another rule."""
    (quote,) = ALL.disable_rules("before-quote").extract(RULE_EXAMPLES["before-quote"])
    assert quote.rule == "speaker-cue"
    assert quote.kind is QuoteKind.DIRECT


def test_pattern_rule_finds_its_shape() -> None:
    """A pattern with speaker, cue and quote groups makes a quotation of each match."""
    extractor = Extractor().with_pattern("tweets", TWEET_PATTERN, category="writing")
    assert extract_quotes(TWEET) == []
    (quote,) = extractor.extract(TWEET)
    assert quote.text == "the bridge stays closed until May."
    assert quote.speaker is not None
    assert quote.speaker.mention.text == "@jdoe"
    assert quote.cue is not None
    assert quote.cue.text == "wrote on X"
    assert (quote.rule, quote.category, quote.kind) == ("tweets", CueCategory.WRITING, "indirect")
    assert quote.confidence is None  # not measured: the user's own rule


def test_pattern_rule_kinds_follow_the_quotation_marks() -> None:
    """Captured words inside quotation marks (marks captured or not) make a direct
    quotation; words that contain quoted ones a mixed one."""
    extractor = Extractor().with_pattern(
        "memo", r"(?P<speaker>[A-Z]\w+) memo'd (?P<quote>[^\n.]+\.)"
    )
    inside = extractor.extract('Kasia memo\'d "The budget is final."')
    assert [(q.kind, q.text, q.span.text) for q in inside] == [
        ("direct", "The budget is final.", '"The budget is final."')
    ]
    around = extractor.extract('Kasia memo\'d the budget is "final" now.')
    assert [(q.kind, q.text) for q in around] == [("mixed", 'the budget is "final" now.')]
    forced = Extractor().with_pattern(
        "memo", r"(?P<speaker>[A-Z]\w+) memo'd (?P<quote>[^\n.]+\.)", kind="indirect"
    )
    assert forced.extract('Kasia memo\'d the budget is "final" now.')[0].kind == "indirect"


def test_pattern_rule_with_a_repeated_quote_group_makes_parts() -> None:
    """Repeating the quote group gives a quotation in several parts."""
    extractor = Extractor().with_pattern(
        "split",
        r"(?P<quote>[^|\n]+) \| (?P<speaker>\w+) (?P<cue>opined) \| (?P<quote>[^|\n]+)",
    )
    (quote,) = extractor.extract("Taxes are too high | Bram opined | and too complex")
    assert [part.text for part in quote.parts] == ["Taxes are too high", "and too complex"]
    assert quote.span.text == "Taxes are too high | Bram opined | and too complex"


def test_function_rule_gets_the_context_and_its_matches_are_checked() -> None:
    """A function rule sees the quoted spans, sentences and paragraphs, and what it
    yields becomes quotations."""
    text = '"Hold the line," Oren signalled.\n\nExports fell.'
    seen: list[RuleContext] = []

    def signalled(text: str, context: RuleContext) -> Iterator[RuleMatch]:
        seen.append(context)
        for start, end in context.quoted:
            cue = text.find("signalled", end)
            if cue >= 0:
                yield RuleMatch(quote=(start, end), cue=(cue, cue + 9), speaker=(end + 1, cue - 1))

    (quote,) = Extractor().with_function("signals", signalled).extract(text)
    assert (quote.text, quote.speaker and quote.speaker.mention.text) == ("Hold the line,", "Oren")
    (context,) = seen
    assert context.quoted == ((0, 16),)
    assert [text[s:e] for s, e in context.paragraphs] == [
        '"Hold the line," Oren signalled.',
        "Exports fell.",
    ]
    assert [text[s:e] for s, e in context.sentences][-1] == "Exports fell."


def _beyond(text: str, context: RuleContext) -> Iterator[RuleMatch]:
    yield RuleMatch(quote=(0, len(text) + 5), cue=(0, 1))


def _not_a_match(text: str, context: RuleContext) -> Iterator[object]:
    yield (0, 3)


def _empty(text: str, context: RuleContext) -> Iterator[RuleMatch]:
    yield RuleMatch(quote=(2, 2), cue=(0, 1))


@pytest.mark.parametrize(
    ("function", "message"),
    [
        (_beyond, "offsets (0, 18) lie beyond the text's 13 characters"),
        (_not_a_match, "got a tuple, not a RuleMatch"),
        (_empty, "the quote ((2, 2),) is empty"),
    ],
)
def test_invalid_function_results_raise_rule_result_error(function: object, message: str) -> None:
    """A function yielding something that is no match for the text is reported by name."""
    extractor = Extractor().with_function("broken", function)  # type: ignore[arg-type]
    with pytest.raises(RuleResultError) as caught:
        extractor.extract("Exports fell.")
    assert f"rule 'broken' returned an invalid match: {message}" in str(caught.value)
    assert isinstance(caught.value, ValueError)


def test_rule_match_checks_its_offsets() -> None:
    """RuleMatch offsets are (start, end) pairs of ints with 0 <= start <= end, in order."""
    assert RuleMatch(quote=[(0, 2), (4, 6)]).quote == ((0, 2), (4, 6))
    with pytest.raises(ValueError, match="0 <= start <= end"):
        RuleMatch(quote=(5, 2))
    with pytest.raises(TypeError, match="pair of ints"):
        RuleMatch(quote=(0, 2), cue=(0.5, 2))  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="in order and not overlap"):
        RuleMatch(quote=[(4, 6), (0, 2)])
    with pytest.raises(TypeError, match="non-empty sequence"):
        RuleMatch(quote=[])


def test_a_rule_placed_first_wins_overlapping_text() -> None:
    """Placed first (the default), a rule's quotation replaces the built-in one it
    overlaps; placed last, it only adds quotations where no built-in rule found one."""
    text = "The minister said exports fell sharply in the spring."
    pattern = r"(?P<speaker>The minister) (?P<cue>said) (?P<quote>exports[^.]+)"
    first = Extractor().with_pattern("mine", pattern)
    assert [q.rule for q in first.extract(text)] == ["mine"]
    last = Extractor().with_pattern("mine", pattern, after="floating")
    assert [q.rule for q in last.extract(text)] == ["speaker-cue"]
    middle = Extractor().with_pattern("mine", pattern, before="speaker-cue")
    assert middle.chain.index("mine") == BUILTIN_RULES.index("speaker-cue")
    assert [q.rule for q in middle.extract(text)] == ["mine"]
    later = Extractor().with_pattern("mine", pattern, after="speaker-cue")
    assert [q.rule for q in later.extract(text)] == ["speaker-cue"]


def test_user_rules_can_be_switched_off_and_removed() -> None:
    """A user's rule switches off like a built-in one; removing it restores the
    extractor it was added to."""
    extractor = Extractor().with_pattern("tweets", TWEET_PATTERN)
    assert extractor.disable_rules("tweets").extract(TWEET) == []
    assert extractor.without_rules("tweets") == Extractor()
    assert extractor.disable_rules("tweets").without_rules("tweets") == Extractor()


def test_rules_follow_the_scope() -> None:
    """A rule's category decides under which scope its quotations count."""
    extractor = Extractor().with_pattern("tweets", TWEET_PATTERN, category="thought")
    assert extractor.extract(TWEET) == []
    assert len(extractor.with_scope("all").extract(TWEET)) == 1


def test_rules_from_values_and_pickling() -> None:
    """Rule values can be shared between extractors; extractors with rules pickle."""
    rule = Rule.from_pattern("tweets", TWEET_PATTERN)
    extractor = Extractor().with_rules(rule)
    assert extractor == Extractor().with_pattern("tweets", TWEET_PATTERN)
    copy = pickle.loads(pickle.dumps(extractor.with_function("beyond", _beyond, after="tweets")))
    assert copy.chain[:2] == ("tweets", "beyond")
    plain = pickle.loads(pickle.dumps(extractor))
    assert plain == extractor
    assert plain.extract(TWEET) == extractor.extract(TWEET)


def test_catastrophic_pattern_times_out_with_a_clear_error() -> None:
    """A pattern that backtracks catastrophically is stopped after its timeout."""
    extractor = Extractor().with_pattern("slow", r"(?P<quote>(?:a|aa)+)(?P<cue>b)", timeout=0.05)
    with pytest.raises(RuleTimeoutError) as caught:
        extractor.extract("a" * 80 + "c")
    message = str(caught.value)
    assert "rule 'slow' took longer than its timeout of 0.05 s on a text of 81 characters" in (
        message
    )
    assert "larger timeout=" in message
    assert isinstance(caught.value, TimeoutError)


def test_command_line_reports_a_timeout_and_goes_on(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: object
) -> None:
    """In a batch, a document whose rule times out is reported and the rest are read."""
    import quoteattr.cli as cli

    slow = Extractor().with_pattern("slow", r"(?P<quote>(?:a|aa)+)(?P<cue>b)", timeout=0.05)
    monkeypatch.setattr(cli, "_extractor", lambda options: slow)
    corpus = tmp_path / "corpus.jsonl"  # type: ignore[operator]
    corpus.write_text('{"id": "bad", "text": "' + "a" * 80 + 'c"}\n{"id": "good", "text": "aab"}\n')
    assert main(["--jsonl", "--format", "jsonl", str(corpus)]) == 1
    out, err = capsys.readouterr()
    assert "quoteattr: bad: rule 'slow' took longer" in err
    assert '"document": "good"' in out


def test_invalid_pattern_rule_lists_every_problem() -> None:
    """Name, pattern, category, kind, timeout and place are all checked, and every
    problem of one call is reported together."""
    with pytest.raises(InvalidRuleError) as caught:
        Extractor().with_pattern(
            "After Quote",
            "(?P<quote>x",
            category="gossip",
            kind="verbatim",
            before="nope",
            timeout=-1,
        )
    assert caught.value.problems == (
        "name='After Quote': a rule name is 1-64 lower-case letters, digits, '-', '_' or '.', "
        "starting with a letter or digit, e.g. 'tweets'",
        "category='gossip' is no cue category; accepted: 'speech', 'writing', 'thought', "
        "'evidence'",
        "kind='verbatim' is no quotation kind; accepted: 'direct', 'indirect', 'mixed' or None",
        "pattern='(?P<quote>x' is not a valid regular expression: missing ) at position 11",
        "timeout=-1: give the seconds one text may take, > 0",
        "before='nope': 'nope' is not one of the rules; accepted: "
        + ", ".join(map(repr, BUILTIN_RULES)),
    )
    assert str(caught.value).startswith("invalid attribution rule:\n  - name='After Quote'")


@pytest.mark.parametrize(
    ("pattern", "message"),
    [
        (r"(?P<speaker>\w+) said", "has no (?P<quote>...) group; it must capture the quoted"),
        (r"(?P<quote>\w+) !", "needs a (?P<cue>...) or (?P<speaker>...) group"),
        (r"(?P<quote>\w+) (?P<who>\w+) (?P<cue>x)", "has named groups ['who']; the named groups"),
        (r"(?P<quote>\w*)(?P<cue>x?)", "matches the empty string"),
    ],
)
def test_pattern_groups_are_checked(pattern: str, message: str) -> None:
    """The groups a pattern needs, and only those, are checked at registration."""
    with pytest.raises(InvalidRuleError) as caught:
        Extractor().with_pattern("mine", pattern)
    assert any(message in problem for problem in caught.value.problems), caught.value.problems


def test_other_registration_errors_name_the_argument() -> None:
    """Each way of getting a rule wrong has a message that says what to do."""
    cases = [
        (lambda: Extractor().with_pattern("floating", r"(?P<quote>a)(?P<cue>b)"),
         "name='floating' is the name of a built-in rule; choose another, e.g. 'my-floating'"),
        (lambda: Extractor().with_pattern("t", TWEET_PATTERN).with_pattern("t", TWEET_PATTERN),
         "name='t' is already a rule of this extractor; choose another"),
        (lambda: Extractor().with_pattern("t", TWEET_PATTERN, before="colon", after="asked"),
         "give before= or after=, not both (got before='colon', after='asked')"),
        (lambda: Extractor().with_pattern("t", 42),  # type: ignore[arg-type]
         "pattern=42: a pattern must be a str, got int"),
        (lambda: Extractor().with_pattern("t", TWEET_PATTERN, flags="i"),  # type: ignore[arg-type]
         "flags='i': give regex flags as an int, e.g. regex.IGNORECASE"),
        (lambda: Extractor().with_function("t", "not callable"),  # type: ignore[arg-type]
         "function='not callable': a rule function must be callable as function(text, "
         "context), got str"),
        (lambda: Extractor().with_rules("tweets"),  # type: ignore[arg-type]
         "'tweets' is not a Rule; build one with Rule.from_pattern or Rule.from_function, "
         "or use with_pattern / with_function"),
        (lambda: Extractor().with_rules(), "with_rules() needs at least one Rule"),
        (lambda: Extractor().with_pattern(7, TWEET_PATTERN),  # type: ignore[arg-type]
         "name=7: a rule name must be a str, got int"),
    ]  # fmt: skip
    for call, message in cases:
        with pytest.raises(InvalidRuleError) as caught:
            call()
        assert message in caught.value.problems, (message, caught.value.problems)
        assert isinstance(caught.value, QuoteAttrError)
        assert isinstance(caught.value, ValueError)


def test_unknown_rule_names_are_listed_together() -> None:
    """Switching off, on or removing names that are no rules lists each one."""
    with pytest.raises(UnknownRuleError) as caught:
        Extractor().disable_rules("nope", "floating", "also-nope")
    assert [p.split(" is ")[0] for p in caught.value.problems] == ["'nope'", "'also-nope'"]
    assert str(caught.value).startswith("unknown rule names:\n  - 'nope' is not one of the rules")
    with pytest.raises(UnknownRuleError) as caught:
        Extractor().without_rules("floating", "mine")
    assert caught.value.problems == (
        "'floating' is a built-in rule; switch it off with disable_rules('floating')",
        "'mine' is not one of the rules you added; accepted: none",
    )
    for call, message in [
        (Extractor().disable_rules, "disable_rules() needs at least one rule name"),
        (Extractor().enable_rules, "enable_rules() needs at least one rule name"),
        (Extractor().without_rules, "without_rules() needs at least one rule name"),
    ]:
        with pytest.raises(UnknownRuleError, match=regex.escape(message)):
            call()


def test_command_line_rule_and_language_options(capsys: pytest.CaptureFixture[str]) -> None:
    """--disable, --language and --scope configure the command line's extractor; a
    malformed option is a clear error with exit status 2."""
    text = RULE_EXAMPLES["content-before"]
    with pytest.MonkeyPatch.context() as patch:
        import io

        patch.setattr("sys.stdin", io.StringIO(text))
        assert main(["--format", "jsonl", "--disable", "content-before"]) == 0
    assert capsys.readouterr().out == ""
    assert main(["--disable", "nope"]) == 2
    assert "'nope' is not one of the rules" in capsys.readouterr().err
    assert main(["--language", "en,xx"]) == 2
    assert "language='xx' is not a language" in capsys.readouterr().err
    assert main(["--scope", "speech,gossip"]) == 2
    assert "scope='gossip'" in capsys.readouterr().err


def test_extractors_built_by_hand_are_checked() -> None:
    """An extractor whose chain or switched-off rules do not fit its rules is refused."""
    with pytest.raises(InvalidRuleError, match="must name every built-in rule"):
        Extractor(chain=BUILTIN_RULES[1:])
    with pytest.raises(UnknownRuleError, match="'nope' is not one of the rules"):
        Extractor(disabled_rules=frozenset({"nope"}))
    rule = Rule.from_pattern("tweets", TWEET_PATTERN)
    with pytest.raises(InvalidRuleError, match="exactly once"):
        Extractor(rules=(rule,))
    assert Extractor(rules=(rule,), chain=("tweets", *BUILTIN_RULES)) == Extractor().with_rules(
        rule
    )


def test_pattern_rule_reads_custom_quotation_marks() -> None:
    """Captured words inside the extractor's own quotation marks make a direct quotation,
    whether the pattern captured the marks or not."""
    base = Extractor().with_quote_marks(("<<", ">>"))
    for pattern in (
        r"(?P<speaker>[A-Z]\w+) memo'd (?P<quote><<[^>]+>>)",
        r"(?P<speaker>[A-Z]\w+) memo'd <<(?P<quote>[^>]+)>>",
    ):
        (quote,) = base.with_pattern("memo", pattern).extract(
            "Kasia memo'd <<The budget is final.>>"
        )
        assert (quote.kind, quote.text, quote.span.text) == (
            "direct",
            "The budget is final.",
            "<<The budget is final.>>",
        )
