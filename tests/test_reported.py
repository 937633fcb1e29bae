"""Example tests for reported speech: indirect, mixed, floating quotations and scope."""

from __future__ import annotations

import pytest

from quoteattr import CueCategory, QuoteKind, extract_quotes


def summary(
    text: str, **options: object
) -> list[tuple[str, str, str | None, str | None, str | None]]:
    """Each quotation of ``text`` as (kind, text, speaker mention, cue, rule)."""
    return [
        (
            q.kind.value,
            q.text,
            q.speaker.mention.text if q.speaker else None,
            q.cue.text if q.cue else None,
            q.rule,
        )
        for q in extract_quotes(text, **options)  # type: ignore[arg-type]
    ]


def test_speaker_cue_content() -> None:
    """'X said (that) …': the content runs from after the cue to the end of the sentence."""
    assert summary("The minister said that exports would fall next year.") == [
        ("indirect", "exports would fall next year", "The minister", "said", "speaker-cue")
    ]


def test_content_before_speaker_and_cue() -> None:
    """'…, X said.': the content is the clause before the attribution."""
    assert summary("Exports will fall next year, the minister said.") == [
        ("indirect", "Exports will fall next year", "the minister", "said", "content-before")
    ]


def test_content_before_inverted_attribution() -> None:
    """'…, said X.': inverted order works too."""
    assert summary("Exports will fall next year, said Ana Ortiz, a trade analyst.") == [
        ("indirect", "Exports will fall next year", "Ana Ortiz", "said", "content-before")
    ]


@pytest.mark.parametrize(
    ("text", "content", "speaker", "cue"),
    [
        (
            "Schools have other costs to consider, from heating to buses, which push fees up "
            "faster than wages, Dana Whitlow said.",
            "Schools have other costs to consider, from heating to buses, which push fees up "
            "faster than wages",
            "Dana Whitlow",
            "said",
        ),
        (
            "The council has also agreed to house up to 80 families who lost their homes, "
            "officials said on Monday.",
            "The council has also agreed to house up to 80 families who lost their homes",
            "officials",
            "said",
        ),
        (
            "Ortiz said the port would close in May, her deputy told reporters.",
            "Ortiz said the port would close in May",
            "her deputy",
            "told",
        ),
    ],
)
def test_final_attribution_wins_over_a_cue_inside_its_content(
    text: str, content: str, speaker: str, cue: str
) -> None:
    """A sentence ending in ', X said.' is X's quotation, whatever cue stands inside it: the
    inner cue's content would otherwise swallow the attribution."""
    assert summary(text, scope="all") == [("indirect", content, speaker, cue, "content-before")]


@pytest.mark.parametrize(
    ("text", "kind", "content"),
    [
        (
            '"We have the votes," Ortiz said on Friday, adding that the bill would pass by June.',
            "indirect",
            "the bill would pass by June",
        ),
        (
            '"We have the votes," Ortiz said, adding, "The bill will pass."',
            "direct",
            "The bill will pass.",
        ),
    ],
)
def test_participle_after_a_direct_quotation_takes_its_speaker(
    text: str, kind: str, content: str
) -> None:
    """'"A," X said, adding that B.': the participle reports B, said by the direct
    quotation's speaker."""
    first, second = summary(text)
    assert first[3:] == ("said", "after-quote")
    assert second == (kind, content, "Ortiz", "adding", "participle")


def test_speaker_and_cue_after_a_comma_open_a_quotation_of_their_own() -> None:
    """'While X said A, Y said B': the second attribution ends the first one's content."""
    text = "While the mayor said the bridge was safe, engineers said it needed repairs."
    assert summary(text) == [
        ("indirect", "the bridge was safe", "the mayor", "said", "speaker-cue"),
        ("indirect", "it needed repairs", "engineers", "said", "coordinated"),
    ]


def test_speaker_before_a_relative_clause_with_commas() -> None:
    """'X, who served in A, B and C, said': X speaks, not the last place before the comma."""
    text = "Ana Ruiz, who served in Lima, Quito and Bogota, said the talks had stalled."
    assert summary(text) == [
        ("indirect", "the talks had stalled", "Ana Ruiz", "said", "speaker-cue")
    ]


def test_cue_after_a_relative_clause_belongs_to_its_antecedent() -> None:
    """'Reid, who endorsed Clinton, said B': the cue inside the relative clause is the
    relative pronoun's; the one after it is the antecedent's."""
    text = "Lena Brandt, who endorsed the mayor in May, said the bridge would stay open."
    assert summary(text, scope="all") == [
        ("indirect", "the mayor in May", "who", "endorsed", "speaker-cue"),
        ("indirect", "the bridge would stay open", "Lena Brandt", "said", "coordinated"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        # A relative clause, a parenthetical attribution, a circumstance after the cue.
        "Ortiz said the fine was paid by Lee Cole, who pleaded guilty to fraud in May.",
        "Ortiz said the bridge, engineers said, needed repairs before winter.",
        "Ortiz said the vote was close, Lee said at the time.",
    ],
)
def test_comma_before_a_speaker_alone_does_not_split(text: str) -> None:
    """Only a speaker and a verb cue with content of their own start a new quotation."""
    assert [q.rule for q in extract_quotes(text, scope="all")] != [
        "speaker-cue",
        "coordinated",
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Mayor Says Bridge Is Safe for Winter Traffic\n\nThe mayor spoke on Monday.",
            [("indirect", "Bridge Is Safe for Winter Traffic", "Mayor", "Says", "speaker-cue")],
        ),
        (
            "Senator Ortiz Just Announced Her Plan to Retire\n\nShe leaves in May.",
            [("indirect", "Her Plan to Retire", "Senator Ortiz", "Just Announced", "speaker-cue")],
        ),
        # Capitalised cue words in running text are names or nouns, not cues.
        ("Ortiz met Dana Says and Lee Report at the county fair with their families.", []),
    ],
)
def test_title_case_headline_cues(text: str, expected: list[tuple[str, ...]]) -> None:
    """A headline in title case has capitalised cues ("Says", "Just Announced")."""
    assert summary(text, scope="all") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The poll shows Ortiz ahead in the north.", [("Ortiz ahead in the north", "The poll")]),
        ("The new study finds that wages fell.", [("wages fell", "The new study")]),
        # Plural nouns, not verbs: nothing is attributed.
        ("After the terror attacks in Lima, screening grew.", []),
        ("A few states have yet to vote.", []),
    ],
)
def test_evidence_verb_after_a_singular_source(text: str, expected: list[tuple[str, str]]) -> None:
    """'The poll shows …': an evidence verb's third-person form after a singular noun is
    a verb, though the same form is a plural noun elsewhere ('the attacks in')."""
    assert [
        (q.text, q.speaker.mention.text if q.speaker else None)
        for q in extract_quotes(text, scope="all")
    ] == expected


@pytest.mark.parametrize(
    ("text", "kind", "content"),
    [
        (
            "Ortiz toured the port on Monday, saying the state was ready.",
            "indirect",
            "the state was ready",
        ),
        (
            "Ortiz toured the port on Monday, calling it “a model for the region.”",
            "mixed",
            "it “a model for the region.”",
        ),
    ],
)
def test_participle_takes_no_subject_after_it(text: str, kind: str, content: str) -> None:
    """', saying the state was ready': a participle is no inverted attribution (', said the
    minister'); its speaker is the sentence's subject, not the noun after it."""
    assert summary(text, scope="all") == [
        (kind, content, "Ortiz", text.split(", ")[1].split()[0], "participle")
    ]


def test_pronoun_after_the_cue_opens_the_content() -> None:
    """'X, a long apposition, said he …': the pronoun is the content's subject, not an
    inverted speaker; the speaker is the name opening the sentence."""
    text = "Ann Lee, a driver from Ava, Mo., who backs the mayor, said he had tickets."
    assert summary(text) == [("indirect", "he had tickets", "Ann Lee", "said", "speaker-cue")]
    assert summary("The plan will work, said she.") == [
        ("indirect", "The plan will work", "she", "said", "content-before")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Mayor Ortiz is thanking her supporters for a record turnout.",
            [("her supporters for a record turnout", "Mayor Ortiz", "is thanking")],
        ),
        (
            "The governor was saying that the port would reopen.",
            [("the port would reopen", "The governor", "was saying")],
        ),
        # A participle after a determiner is a noun, with nobody saying anything.
        ("The warning was clear to everyone.", []),
    ],
)
def test_progressive_cues(text: str, expected: list[tuple[str, str, str]]) -> None:
    """'X is thanking …': a participle after a progressive auxiliary is a finite verb whose
    speaker is the subject before the auxiliary (LanguagePack.progressive_auxiliaries)."""
    assert [
        (q.text, q.speaker.mention.text if q.speaker else None, q.cue.text if q.cue else None)
        for q in extract_quotes(text, scope="all")
    ] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The mayor is expected to open the new bridge on Friday.",
            [("The mayor is expected to open the new bridge on Friday", None, "is expected")],
        ),
        # An agent names the source: no impression without one.
        ("The plan was expected by analysts to fail.", []),
    ],
)
def test_passive_thought_without_agent_reports_the_sentence(
    text: str, expected: list[tuple[str, str | None, str]]
) -> None:
    """'X is expected to …': a thought cue in the passive names no source; the sentence is
    what is reported, as after 'seem' (LanguagePack.passive_agents)."""
    assert [
        (q.text, q.speaker.mention.text if q.speaker else None, q.cue.text if q.cue else None)
        for q in extract_quotes(text, scope="all")
        if q.rule == "impression"
    ] == expected


@pytest.mark.parametrize(
    "text",
    [
        "The union issued a statement saying the strike would go on.",
        "In Lima, the union released a statement on Friday saying the strike would go on.",
    ],
)
def test_participle_after_a_document_reports_its_author(text: str) -> None:
    """'X issued a statement saying …': the statement's author, the subject, speaks."""
    (quote,) = extract_quotes(text)
    assert quote.speaker is not None
    assert quote.speaker.mention.text.lower() == "the union"
    assert quote.text == "the strike would go on"


def test_participle_after_an_apposition_goes_with_the_subject() -> None:
    """', a longtime rival, calling him …': the participle goes with the clause's subject,
    not with the noun the apposition describes."""
    text = "In Salem, Ortiz went after Lee, a longtime rival, calling him a stiff."
    assert [(q.speaker.mention.text if q.speaker else None) for q in extract_quotes(text)] == [
        "Ortiz"
    ]


def test_phrasal_participle_is_a_participle() -> None:
    """A phrasal cue's verb comes first: "pointing out" is a participle like "adding"."""
    text = '"We have the votes," Ortiz said, pointing out that the bill had support.'
    assert summary(text)[1] == (
        "indirect",
        "the bill had support",
        "Ortiz",
        "pointing out",
        "participle",
    )


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("The mayor apologized for the delay in opening the bridge.", "apologized for"),
        ("Lee did not respond to questions about the contract.", "did not respond to"),
        ("Ortiz hinted at a run for the senate next year.", "hinted at"),
        ("Ortiz went on to say that the port would stay open.", "went on to say"),
    ],
)
def test_verbs_with_their_preposition(text: str, cue: str) -> None:
    """Some verbs take their preposition into the cue, as annotated news marks it."""
    assert [q.cue.text for q in extract_quotes(text, scope="all") if q.cue] == [cue]


def test_asked_which_is_a_question_with_no_speaker() -> None:
    """'When asked which …, X said …': the question is reported with no speaker; "When"
    is no speaker."""
    text = "When asked which road was safest, the drivers said the coast road."
    assert summary(text) == [
        ("indirect", "which road was safest", None, "asked", "asked"),
        ("indirect", "the coast road", "the drivers", "said", "speaker-cue"),
    ]


def test_month_abbreviations_end_no_sentence() -> None:
    """ "Dec. 28" is a date, not the end of a sentence that cuts the content short."""
    assert summary("Officials said the Dec. 28 meeting was moved to Jan. 4 by the mayor.") == [
        (
            "indirect",
            "the Dec. 28 meeting was moved to Jan. 4 by the mayor",
            "Officials",
            "said",
            "speaker-cue",
        )
    ]


def test_lede_content_stops_at_the_attribution() -> None:
    """In a lede, the circumstance after the cue and the agency tag are not content."""
    text = (
        "Our ports will stay open to every ship that respects the treaty, President Marta "
        "Kovalenko said opening the new terminal, Nordwire reports."
    )
    ((kind, content, speaker, cue, _rule),) = summary(text)
    assert (kind, content, speaker, cue) == (
        "indirect",
        "Our ports will stay open to every ship that respects the treaty",
        "President Marta Kovalenko",
        "said",
    )


def test_parenthetical_attribution_makes_two_parts() -> None:
    """'A, X said, B.': one quotation in two parts around the attribution."""
    (quote,) = extract_quotes("The new budget, the minister said, will cut taxes for farmers.")
    assert quote.rule == "parenthetical"
    assert [part.text for part in quote.parts] == ["The new budget", "will cut taxes for farmers"]


@pytest.mark.parametrize(
    ("text", "content", "speaker", "cue"),
    [
        (
            "According to the ministry, exports fell by a tenth in March.",
            "exports fell by a tenth in March",
            "the ministry",
            "According to",
        ),
        (
            "Exports fell by a tenth in March, according to officials.",
            "Exports fell by a tenth in March",
            "officials",
            "according to",
        ),
    ],
)
def test_according_to(text: str, content: str, speaker: str, cue: str) -> None:
    """'According to X, …' and '…, according to X.'"""
    assert summary(text) == [("indirect", content, speaker, cue, "according-to")]


def test_participle_inherits_the_speaker() -> None:
    """', adding that …' reports more words of the same speaker."""
    quotes = summary("The mayor praised the volunteers, adding that the park would reopen soon.")
    assert quotes[-1][2:] == ("The mayor", "adding", "participle")
    assert quotes[-1][1] == "the park would reopen soon"


def test_coordinated_cues_split_the_sentence() -> None:
    """'X pledged A and said B' is two quotations, the first ending before 'and'."""
    quotes = summary("The senator pledged a full inquiry and said the agency had failed.")
    assert [(q[1], q[3]) for q in quotes] == [
        ("a full inquiry", "pledged"),
        ("the agency had failed", "said"),
    ]
    assert quotes[1][2] == "The senator"


def test_mixed_quotation() -> None:
    """Reported speech with quoted words is one MIXED quotation, not a direct one."""
    (quote,) = extract_quotes('He called the plan "a disaster" and left the room.')
    assert quote.kind is QuoteKind.MIXED
    assert quote.text.startswith('the plan "a disaster"')
    assert quote.cue is not None
    assert quote.cue.text == "called"


def test_direct_quote_mid_sentence_becomes_mixed() -> None:
    """'Clinton is "the most dishonest candidate," Pence said.' is mixed."""
    (quote,) = extract_quotes('The plan is "a total disaster for farmers," the senator said.')
    assert quote.kind is QuoteKind.MIXED
    assert quote.span.text.startswith("The plan is")
    assert quote.speaker is not None
    assert quote.speaker.mention.text == "the senator"


@pytest.mark.parametrize(
    "text",
    [
        "The head of state arrived in the capital on Monday.",
        "A new report on the economy was published.",
        "His comments drew attention.",
    ],
)
def test_nouns_that_look_like_cues_are_not_cues(text: str) -> None:
    """'head of state', 'a new report', 'his comments' attribute nothing."""
    assert extract_quotes(text) == []


def test_scope_selects_cue_categories() -> None:
    """Beliefs and evidence count only when the scope asks for them."""
    text = "Most voters believe the economy is improving. The survey found that wages rose."
    assert extract_quotes(text) == []
    everything = extract_quotes(text, scope="all")
    assert [q.category for q in everything] == [CueCategory.THOUGHT, CueCategory.EVIDENCE]
    assert [q.category for q in extract_quotes(text, scope=["evidence"])] == [CueCategory.EVIDENCE]


def test_unknown_scope_is_refused_with_the_choices() -> None:
    """A scope that names no category is a ValueError listing what is accepted."""
    with pytest.raises(ValueError, match="'quotes', 'all', 'speech'"):
        extract_quotes("text", scope="rumours")


def test_every_attribution_names_its_rule() -> None:
    """Every attributed quotation says which rule produced it."""
    text = (
        '"We are ready," she said. The minister said exports would rise. '
        "According to the ministry, they did."
    )
    assert all(q.rule for q in extract_quotes(text))


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        ("Ortiz: Budget talks will resume in June.", "Ortiz", "Budget talks will resume in June"),
        ("MARKOV: We will not give up the harbour.", "MARKOV", "We will not give up the harbour"),
        ('Ana Ortiz: "The talks are over."', "Ana Ortiz", "The talks are over."),
    ],
)
def test_colon_attribution(text: str, speaker: str, content: str) -> None:
    """'X: …' at the start of a line or sentence attributes the rest of it to X."""
    (quote,) = extract_quotes(text)
    assert (quote.speaker.mention.text if quote.speaker else None, quote.text) == (
        speaker,
        content,
    )
    assert quote.cue is not None
    assert quote.cue.text == ":"
    assert quote.rule == "colon"


@pytest.mark.parametrize("text", ["Note: the office is closed.", "Update: Roads reopened."])
def test_labels_before_a_colon_are_not_speakers(text: str) -> None:
    """'Note:', 'Update:' and the like label a line; they do not attribute it."""
    assert extract_quotes(text) == []


def test_participle_after_parenthetical_attribution() -> None:
    """'A, X said, adding that B.' is two quotations: A (said) and B (adding)."""
    quotes = summary("Exports fell sharply, the minister said, adding that prices would rise.")
    assert [(q[1], q[3], q[4]) for q in quotes] == [
        ("Exports fell sharply", "said", "content-before"),
        ("prices would rise", "adding", "participle"),
    ]


def test_cue_inside_an_unopened_quotation_reports_nothing() -> None:
    """'It went on," he wrote.': a closing mark right after the cue means the cue was quoted
    (its opening mark is missing); the words after the mark are not its content."""
    quotes = summary("It went on,” he wrote. “Hello,” she said.")
    assert [q[1] for q in quotes] == ["Hello,"]


def test_asked_reports_the_question_without_a_speaker() -> None:
    """'Asked whether …, X said …': the question is reported (cue "Asked", no speaker), and
    the answer after the comma is attributed as usual."""
    quotes = summary("Asked whether the port would reopen, the minister said it would.")
    assert quotes[0] == ("indirect", "whether the port would reopen", None, "Asked", "asked")
    assert quotes[1][2:] == ("the minister", "said", "speaker-cue")


def test_participle_attributed_to_the_sentence_subject() -> None:
    """'X did something, saying …': the participle's speaker is the subject of the clause."""
    text = "In a late-night vote, the council rejected the plan, saying it cost too much."
    quotes = summary(text)
    assert quotes[-1][1:] == ("it cost too much", "the council", "saying", "participle")


def test_relative_pronoun_speaker() -> None:
    """'… officials, who said …': the relative pronoun is the mention nearest the cue."""
    quotes = summary("The plan angered local officials, who said it ignored the valley towns.")
    assert quotes[-1][1:4] == ("it ignored the valley towns", "who", "said")


def test_coordinated_cue_after_a_plain_verb() -> None:
    """'X met the families and said …': the subject of the sentence said it."""
    quotes = summary("The governor met the families on Monday and said the bridge would reopen.")
    assert quotes[-1][1:] == (
        "the bridge would reopen",
        "The governor",
        "said",
        "coordinated",
    )


def test_inverted_parenthetical_attribution() -> None:
    """'A, said X, who …, B.': one quotation in two parts around the attribution."""
    (quote,) = extract_quotes(
        "And the mayor, said Ana Ortiz, who has known her for years, never forgets a slight."
    )
    assert quote.rule == "parenthetical"
    assert [p.text for p in quote.parts] == ["And the mayor", "never forgets a slight"]


def test_impressions_are_attributions_without_a_source() -> None:
    """'The returns seemed a reminder …' (scope "all"): the clause is the content, no
    speaker; with the default scope nothing is reported."""
    text = "The returns seemed a reminder that rallies are not enough."
    assert extract_quotes(text) == []
    (quote,) = extract_quotes(text, scope="all")
    assert (quote.speaker, quote.cue.text if quote.cue else None, quote.rule) == (
        None,
        "seemed",
        "impression",
    )
    assert quote.text == "The returns seemed a reminder that rallies are not enough"


def test_a_name_followed_by_a_verb_is_not_a_name() -> None:
    """'Trump seemed to suggest …': the speaker is Trump, and only a name carries a name."""
    (quote,) = extract_quotes("Trump seemed to suggest he had won.")
    assert quote.speaker is not None
    assert (quote.speaker.mention.text, quote.speaker.name) == ("Trump", "Trump")


def test_time_between_speaker_and_cue() -> None:
    """'A poll in June showed …', 'The minister on Friday said …': the time is not the
    speaker."""
    (poll,) = extract_quotes("A city poll in June showed that most voters agreed.", scope="all")
    assert poll.speaker is not None
    assert poll.speaker.mention.text == "A city poll"
    (minister,) = extract_quotes("The minister on Friday said the port would reopen.")
    assert minister.speaker is not None
    assert minister.speaker.mention.text == "The minister"


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("The mayor publicly said that the bridge would reopen.", "publicly said"),
        ("The mayor has repeatedly warned that the bridge is unsafe.", "has repeatedly warned"),
        ("The mayor might argue that the bridge is safe.", "might argue"),
        ("The mayor later said that the bridge would reopen.", "later said"),
        ("The mayor rose to say that the bridge would reopen.", "to say"),
        # Words ending in "ly" that are no adverbs stay out of the cue.
        ("At the rally said that the bridge would reopen.", "said"),
    ],
)
def test_cue_takes_the_modal_and_adverbs_before_it(text: str, cue: str) -> None:
    """Annotators mark the verb group as the cue: auxiliaries, modals and adverbs included."""
    quotes = extract_quotes(text, scope="all")
    assert [q.cue.text for q in quotes if q.cue] == [cue]


def test_a_quotation_introduced_by_a_colon_after_the_cue_is_direct() -> None:
    """'X wrote in a text message: "…"': the words before the colon introduce the quotation,
    which is the whole content: a direct quotation, not a mixed one."""
    text = 'The senator wrote to supporters in a text message: "We will win this race."'
    (quote,) = extract_quotes(text)
    assert quote.kind is QuoteKind.DIRECT
    assert quote.text == "We will win this race."
    assert quote.span.text == '"We will win this race."'
    assert quote.cue is not None
    assert quote.cue.text == "wrote"
    # Without the colon the words before the quotation are content: a mixed quotation.
    (mixed,) = extract_quotes(text.replace(":", ""))
    assert mixed.kind is QuoteKind.MIXED


def test_a_quotation_after_that_is_mixed() -> None:
    """'X said that "…"': verbatim words in the syntax of reported speech, a mixed quotation
    (the content, as for indirect speech, starts after "that")."""
    (quote,) = extract_quotes('The senator said that "nobody will be left behind."')
    assert quote.kind is QuoteKind.MIXED
    assert quote.span.text == '"nobody will be left behind."'


def test_an_adverb_is_no_speaker() -> None:
    """An adverb between the speaker and the cue belongs to the cue ("seriously
    considered"), never to the speaker or as the speaker ("vehemently"); a noun ending in
    "-ly" ("the family") is still a speaker."""
    (quote,) = extract_quotes("The senator seriously considered another run.", scope="all")
    assert quote.speaker is not None
    assert (quote.speaker.mention.text, quote.cue.text if quote.cue else None) == (
        "The senator",
        "seriously considered",
    )
    opposed = "Some voters are so vehemently opposed to the plan that they marched."
    assert all(
        q.speaker is None or q.speaker.mention.text != "vehemently"
        for q in extract_quotes(opposed, scope="all")
    )
    (family,) = extract_quotes("The family said the plan had failed.")
    assert family.speaker is not None
    assert family.speaker.mention.text == "The family"


def test_a_gerund_after_and_is_no_coordinated_cue() -> None:
    """A participle after "and" ("teaching and learning in schools") does not go with the
    sentence's subject, so the attribution at the end of the sentence stands."""
    text = (
        "Federal mandates distract from teaching and learning in schools, said Tom Hale, a teacher."
    )
    (quote,) = extract_quotes(text, scope="all")
    assert quote.speaker is not None
    assert (quote.rule, quote.speaker.mention.text) == ("content-before", "Tom Hale")
    (finite,) = extract_quotes("The senator met the families and said the plan would change.")
    assert finite.rule == "coordinated"


def test_a_participle_after_and_does_not_split_a_finite_attribution() -> None:
    """A participle after "and" ("said A and widening B") continues the content of a
    finite cue; only a participle cue goes on with another ("saying A and adding B")."""
    text = "The mayor said the city would rebuild the bridge and widening the road was not planned."
    (quote,) = extract_quotes(text, scope="all")
    assert quote.text == "the city would rebuild the bridge and widening the road was not planned"


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("After the GOP debate in Miami, the senators left for the airport.", []),
        ("Lopez claims the vote was rigged.", ["claims"]),
    ],
)
def test_a_noun_cue_after_a_determiner_and_a_capital_is_a_noun(text: str, found: list[str]) -> None:
    """ "the GOP debate" is a noun phrase (a determiner before the capitalised word), where
    "Lopez claims" is a clause."""
    assert [q.cue.text for q in extract_quotes(text, scope="all") if q.cue] == found


def test_began_is_no_cue() -> None:
    """ "began" opens an action far more often than it reports words (measured on annotated
    news), so it is no cue."""
    assert extract_quotes("The senator began a long speech about taxes.", scope="all") == []


@pytest.mark.parametrize(
    "text",
    [
        "The senator spoke at a rally in Ohio on Monday.",
        "The candidates debate the budget on Tuesday.",
    ],
)
def test_speaking_and_debating_report_no_content(text: str) -> None:
    """ "spoke at a rally", "debate the budget": the act, not what was said (measured on
    annotated news, these verbs reported content less often than not); "spoke of" and
    "spoke out" still do."""
    assert extract_quotes(text, scope="all") == []
    (quote,) = extract_quotes("The senator spoke of a betrayal by the party.", scope="all")
    assert quote.cue is not None
    assert quote.cue.text == "spoke of"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("She was the first member of the council to endorse the plan.", "She"),
        ("The mayor rose to say that the bridge would reopen.", "The mayor"),
    ],
)
def test_an_infinitive_cue_is_the_subject_s(text: str, speaker: str) -> None:
    """The speaker of an infinitive cue ("to endorse") is the sentence's subject, not the
    noun right before "to"."""
    (quote,) = extract_quotes(text, scope="all")
    assert quote.speaker is not None
    assert quote.speaker.mention.text == speaker


@pytest.mark.parametrize(
    ("text", "speaker", "cue"),
    [
        ("Ortiz opened the town meeting blasting the council for the delays.", "Ortiz", "blasting"),
        (
            "The mayor spent much of her speech praising the new ferry service.",
            "The mayor",
            "praising",
        ),
        # A name or quantity before the participle speaks itself.
        ("The vote ended with Lee saying the plan was dead.", "Lee", "saying"),
        # The subject taken for the participle leaves the words before it alone: "Later"
        # is no content, and "found" keeps its quotation.
        ("Later, she found the harbour welcoming.", "she", "found"),
    ],
)
def test_a_participle_after_an_object_is_the_subject_s(text: str, speaker: str, cue: str) -> None:
    """A participle cue right after an object ("opened the meeting blasting …") goes with
    the clause's subject, not with the object the speaker pattern finds before it."""
    (quote,) = extract_quotes(text, scope="all")
    assert quote.speaker is not None
    assert (quote.speaker.mention.text, quote.cue.text if quote.cue else None) == (speaker, cue)


@pytest.mark.parametrize(
    ("text", "speaker", "cue"),
    [
        (
            "After thanking the volunteers, the mayor promised a new ferry by spring.",
            "the mayor",
            "thanking",
        ),
        ("In rejecting the appeal, the board said the fees were fair.", "the board", "rejecting"),
        ("Despite praising the plan, Ortiz voted against it.", "Ortiz", "praising"),
    ],
)
def test_an_opening_participle_clause_is_the_main_subject_s(
    text: str, speaker: str, cue: str
) -> None:
    """A participle clause opening the sentence after a preposition ("After thanking …,")
    has the main clause's subject for its speaker, not the preposition."""
    quote = extract_quotes(text, scope="all")[0]
    assert quote.speaker is not None
    assert (quote.speaker.mention.text, quote.cue.text if quote.cue else None) == (speaker, cue)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The ruling led several critics to say that the court had gone too far.",
            "several critics",
        ),
        ("The delay prompted the mayor to warn that fares would rise.", "the mayor"),
        ("The vote leaves many to wonder whether the ferry will run.", "many"),
        # Urging is speech: the one who pushes speaks.
        ("Ortiz is pushing the council to reject the budget.", "Ortiz"),
    ],
)
def test_the_object_of_a_causative_verb_speaks(text: str, speaker: str) -> None:
    """After a causative verb ("led X to say", "prompted X to warn") the infinitive's
    speaker is the verb's object, not the sentence's subject."""
    (quote,) = extract_quotes(text, scope="all")
    assert quote.speaker is not None
    assert quote.speaker.mention.text == speaker


def test_an_infinitive_after_a_time_or_apposition_is_the_subject_s() -> None:
    """Words between the object and "to" ("on Friday") do not make the object
    the speaker of the infinitive cue."""
    (quote,) = extract_quotes("Kovac visited the depot on Friday to praise the drivers.")
    assert quote.speaker is not None
    assert quote.speaker.mention.text == "Kovac"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Mayor Ana Ortiz, the party's nominee, has been even sharper in her speeches, "
            "calling the plan a fraud.",
            "Mayor Ana Ortiz",
        ),
        (
            "The Harbour Trust, which runs the ferries, used the figures to urge riders to return.",
            "The Harbour Trust",
        ),
    ],
)
def test_a_subject_with_an_apposition_is_no_opening_clause(text: str, speaker: str) -> None:
    """The sentence's subject may have an apposition or relative clause between commas
    before its verb: "Mayor Ana Ortiz," is the subject, not an opening clause."""
    quote = extract_quotes(text, scope="all")[-1]
    assert quote.speaker is not None
    assert quote.speaker.mention.text == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The ferry board earlier in the day approved a plan to cut fares.", "The ferry board"),
        ("Kovac at the time said the pier would be finished by May.", "Kovac"),
        ("Dana Lee has in the past said the pier is too small.", "Dana Lee"),
    ],
)
def test_a_time_before_the_cue_is_no_speaker(text: str, speaker: str) -> None:
    """A time between the speaker and the cue ("at the time", "in the past") is the cue's
    circumstance; the speaker stands before it."""
    (quote,) = extract_quotes(text, scope="all")
    assert quote.speaker is not None
    assert quote.speaker.mention.text == speaker


@pytest.mark.parametrize(
    ("text", "speaker", "cue"),
    [
        ("The mayor made an impassioned call for calm after the flood.", "The mayor", "call for"),
        ("Ortiz sounded a cautious note about the harbour budget.", "Ortiz", "note"),
        ("The coach revisited his own promise to rebuild the team.", "The coach", "promise to"),
        ("The minister unleashed a harsh attack on the ferry board.", "The minister", "attack on"),
    ],
)
def test_a_noun_cue_heading_an_object_is_the_subject_s(text: str, speaker: str, cue: str) -> None:
    """A noun cue at the head of a verb's object ("made an impassioned call for") is the
    clause's subject's, not the determiner and modifiers the speaker pattern finds before
    it ("an impassioned")."""
    (quote,) = extract_quotes(text, scope="all")
    assert quote.speaker is not None
    assert (quote.speaker.mention.text, quote.cue.text if quote.cue else None) == (speaker, cue)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Speaking at a rally in Ava, Ohio, the mayor backed the plan, calling it a bargain.",
            "the mayor",
        ),
        (
            "On Friday, after a long meeting with the board, Ortiz toured the pier, saying the"
            " work was finished.",
            "Ortiz",
        ),
        (
            "In Tromso, on a cold morning, in front of the crowd, Lee opened the bridge,"
            " praising the workers.",
            "Lee",
        ),
    ],
)
def test_a_subject_may_follow_several_opening_clauses(text: str, speaker: str) -> None:
    """The subject a participle goes with may stand after more than one opening clause
    ("Speaking in Ava, Ohio, the mayor …"), not only after one."""
    (quote,) = extract_quotes(text, scope="all")
    assert quote.speaker is not None
    assert quote.speaker.mention.text == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Ortiz left the board in May and began writing columns that attacked the ferries.",
            "Ortiz",
        ),
        (
            "With the vote weeks away, the councillors have all but stopped confirming new judges.",
            "the councillors",
        ),
        ("The unions gathered outside, whether praising the deal or mocking it.", "The unions"),
        # A plural noun before the participle speaks itself.
        ("The marchers paused in Ava, with many spectators chanting the names.", "many spectators"),
    ],
)
def test_a_lone_lower_case_word_before_a_participle_is_no_speaker(text: str, speaker: str) -> None:
    """One lower-case word before a participle cue ("began writing", "stopped confirming",
    "whether discussing") is a verb or conjunction, not its speaker: the clause's subject
    is."""
    (quote,) = extract_quotes(text, scope="all")
    assert quote.speaker is not None
    assert quote.speaker.mention.text == speaker


@pytest.mark.parametrize(
    ("text", "speaker", "cue"),
    [
        (
            "Having announced that the pier would close, the mayor left the hall.",
            "the mayor",
            "announced",
        ),
        (
            "To understand the ferry delays, the auditors studied the logs for a year.",
            "the auditors",
            "understand",
        ),
    ],
)
def test_a_cue_in_an_opening_clause_is_the_main_subject_s(
    text: str, speaker: str, cue: str
) -> None:
    """A cue in a clause opening the sentence with a participle, preposition or infinitive
    marker ("Having announced …,", "To understand …,") is the main clause's subject's, not
    the capitalised word the bare-noun pattern takes ("Having", "To")."""
    (quote,) = extract_quotes(text, scope="all")
    assert quote.speaker is not None
    assert (quote.speaker.mention.text, quote.cue.text if quote.cue else None) == (speaker, cue)


def test_a_thought_verb_after_what_was_said_goes_on_with_the_said_clause() -> None:
    """'X said A and wanted B': a verb of thought or evidence after what someone said, with
    no subject of its own, continues the said clause; a speech verb there is the speaker's
    second attribution ('and added')."""
    continued = summary(
        "The ferry captain said she was tired of the delays and wanted a new schedule.",
        scope="all",
    )
    assert continued == [
        (
            "indirect",
            "she was tired of the delays and wanted a new schedule",
            "The ferry captain",
            "said",
            "speaker-cue",
        )
    ]
    added = summary(
        "The ferry captain said she was tired of the delays and added that the port would close.",
        scope="all",
    )
    assert [(text, cue) for _, text, _, cue, _ in added] == [
        ("she was tired of the delays", "said"),
        ("the port would close", "added"),
    ]
    # A thought verb after a thought verb is the speaker's own again.
    believes = summary(
        "The mayor thinks the tunnel is too costly but believes the bridge can be saved.",
        scope="all",
    )
    assert [(text, cue) for _, text, _, cue, _ in believes] == [
        ("the tunnel is too costly", "thinks"),
        ("the bridge can be saved", "believes"),
    ]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The mayor told Reuters the harbour would reopen.", "the harbour would reopen"),
        ("The mayor told her the harbour would reopen.", "the harbour would reopen"),
        ("The mayor told her staff that the harbour would reopen.", "the harbour would reopen"),
        (
            "The mayor told The Coast Herald on Monday that the harbour would reopen.",
            "the harbour would reopen",
        ),
        (
            "The mayor told members of the harbour board that the harbour would reopen.",
            "the harbour would reopen",
        ),
        ("The mayor told voters how long the works would last.", "how long the works would last"),
        ("The mayor told them Ortiz “had no plan.”", "Ortiz “had no plan.”"),
        # Nothing shows where the one told ends: the words stay in the content.
        ("The mayor told the pope has no plans to visit.", "the pope has no plans to visit"),
        # "him and his staff" is one told, not "him" and a content "and his staff ...".
        (
            "The mayor told him and his staff to close the port.",
            "him and his staff to close the port",
        ),
    ],
)
def test_the_one_told_is_not_the_content(text: str, content: str) -> None:
    """'X told Reuters (that) A': the one told stands between the cue and the content."""
    assert [(q.text, q.cue.text if q.cue else None) for q in extract_quotes(text)] == [
        (content, "told")
    ]


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("The minister assured residents that the water was safe.", "assured"),
        ("The minister reminded the council that the water was safe.", "reminded"),
        ("The minister informed Parliament the water was safe.", "informed"),
    ],
)
def test_other_cues_of_telling_have_one_told_too(text: str, cue: str) -> None:
    assert [(q.text, q.cue.text if q.cue else None) for q in extract_quotes(text)] == [
        ("the water was safe", cue)
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The harbour will reopen in May, the mayor told Reuters on Monday.",
        "The harbour will reopen in May, the mayor told her.",
        "The harbour will reopen in May, the mayor told The Coast Herald.",
    ],
)
def test_a_clause_before_speaker_and_one_told_is_the_content(text: str) -> None:
    """'A, X told Reuters.': with only the one told after the cue, the clause before the
    speaker is the content."""
    assert summary(text) == [
        ("indirect", "The harbour will reopen in May", "the mayor", "told", "content-before")
    ]


def test_a_relative_clause_cue_takes_no_content_before_it() -> None:
    """'A is hostile to Ortiz, who has mused about B': the clause the antecedent stands in
    is no one's words; what follows the cue is."""
    quotes = summary(
        "Much of the harbour board is hostile to Ana Ortiz, who has mused about building a "
        "new bridge.",
        scope="all",
    )
    assert [(text, speaker, rule) for _, text, speaker, _, rule in quotes] == [
        ("building a new bridge", "who", "speaker-cue")
    ]


def test_a_complement_word_ends_at_a_whole_word() -> None:
    """'said that this week's vote …': "week" is no complement word where it opens a
    possessive; the content keeps it (and does not open with "'s")."""
    quotes = summary("The mayor said that this week's vote would decide the bridge.")
    assert quotes[0][1] == "week's vote would decide the bridge"


def test_a_title_case_headline_keeps_the_words_after_its_cue() -> None:
    quotes = summary("Mayor Tells Reuters Harbour Will Reopen In May\n\nThe works start soon.")
    assert [(text, cue) for _, text, _, cue, _ in quotes] == [
        ("Reuters Harbour Will Reopen In May", "Tells")
    ]


def test_an_apposition_between_dashes() -> None:
    """'Ann Lee — a teacher from Ava — says A': dashes set the apposition apart as commas do."""
    assert summary("Ana Ruiz — a nurse from Tarn — says she made a late decision to vote.") == [
        ("indirect", "she made a late decision to vote", "Ana Ruiz", "says", "speaker-cue")
    ]


@pytest.mark.parametrize(
    ("text", "speaker", "cue"),
    [
        ("In the poll, 47% say the bridge should be rebuilt.", "47%", "say"),
        (
            "About 52 percent of registered voters say the bridge should be rebuilt.",
            "52 percent of registered voters",
            "say",
        ),
        ("In the poll, 47 percent said the bridge should be rebuilt.", "47 percent", "said"),
        (
            "About 68% of registered voters say the bridge should be rebuilt.",
            "68% of registered voters",
            "say",
        ),
    ],
)
def test_a_share_of_a_poll_speaks(text: str, speaker: str, cue: str) -> None:
    """'47% say A': a percentage is the speaker of what a poll's respondents say."""
    assert summary(text) == [
        ("indirect", "the bridge should be rebuilt", speaker, cue, "speaker-cue")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The plan is too costly, Ortiz said in Avila on Tuesday.",
        "The plan is too costly, Ortiz said Tuesday at a rally in Avila.",
        "The plan is too costly, Ortiz said in an interview with The Herald.",
    ],
)
def test_a_phrase_of_circumstance_after_said_is_no_content(text: str) -> None:
    """'A, X said at a rally in Avila.': "said" reports a clause, never the phrase a
    preposition opens after it; the clause before the speaker is the content."""
    assert summary(text) == [
        ("indirect", "The plan is too costly", "Ortiz", "said", "content-before")
    ]


def test_said_with_only_a_circumstance_reports_nothing() -> None:
    assert summary("Ortiz said at a rally in Avila.") == []


def test_the_cue_tail_is_no_part_of_the_content() -> None:
    """'X said in a statement that A': the cue takes "in a statement" in; the content is A."""
    assert summary("Ortiz said in a statement that the plan is too costly.") == [
        ("indirect", "the plan is too costly", "Ortiz", "said in a statement", "speaker-cue")
    ]


def test_a_parenthetical_cue_before_a_preposition_still_splits_the_sentence() -> None:
    quotes = summary("The tunnel, Ortiz said, from the start was too costly.")
    assert [(text, cue, rule) for _, text, _, cue, rule in quotes] == [
        ("The tunnel from the start was too costly", "said", "parenthetical")
    ]
