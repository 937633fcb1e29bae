"""English: reporting verbs, speaker words and titles. Data only.

Verb entries are either a single base form, inflected by the regular English rules
(``warn`` -> warns, warned, warning), or all five forms spelled out, space-separated, in
the order base, third person singular, past, past participle, present participle
(``"say says said said saying"``) for irregular verbs and for verbs that double their
final consonant.
"""

from __future__ import annotations

from quoteattr.languages.pack import LanguagePack

SPEECH_VERBS: tuple[str, ...] = (
    "say says said said saying",
    "tell tells told told telling",
    "add",
    "ask",
    "state",
    "note",
    "explain",
    "continue",
    "reply",
    "respond",
    "declare",
    "insist",
    "warn",
    "argue",
    "claim",
    "recall",
    "conclude",
    "announce",
    "acknowledge",
    "admit admits admitted admitted admitting",
    "exclaim",
    "shout",
    "remark",
    "observe",
    "comment",
    "confirm",
    "suggest",
    "quip quips quipped quipped quipping",
    "joke",
    "predict",
    "promise",
    "vow",
    "pledge",
    "urge",
    "stress",
    "emphasize",
    "emphasise",
    "assert",
    "maintain",
    "contend",
    "counter",
    "retort",
    "reply",
    "answer",
    "agree",
    "concede",
    "complain",
    "lament",
    "boast",
    "cry",
    "scream",
    "yell",
    "whisper",
    "murmur",
    "mutter",
    "sigh",
    "laugh",
    "explain",
    "elaborate",
    "clarify",
    "reiterate",
    "repeat",
    "begin begins began begun beginning",
    "testify",
    "inform",
    "assure",
    "reassure",
    "caution",
    "advise",
    "recount",
    "describe",
    "report",
    "reveal",
    "disclose",
    "mention",
    "hint",
    "deny",
    "protest",
    "object",
    "interject",
    "interrupt",
    "demand",
    "plead",
    "beg begs begged begged begging",
    "pray",
    "thunder",
    "snap snaps snapped snapped snapping",
    "bark",
    "growl",
    "chime",
    "offer",
    "opine",
    "proclaim",
    "affirm",
    "allege",
    "charge",
    "accuse",
    "estimate",
    "speculate",
    "wonder",
    "muse",
    "reason",
    "summarize",
    "summarise",
    "underline",
    "underscore",
    "highlight",
    "recommend",
    "propose",
    "concur",
    "confide",
    "confess",
    "challenge",
    "question",
    "speak speaks spoke spoken speaking",
    "preach",
    "rant",
    "recite",
    "relate",
    "reckon",
    "guess",
)
"""Verbs that report speech."""

WRITING_VERBS: tuple[str, ...] = (
    "write writes wrote written writing",
    "tweet",
    "post",
    "blog blogs blogged blogged blogging",
    "text texts texted texted texting",
    "email",
    "e-mail",
    "publish",
    "read reads read read reading",
)
"""Verbs that report writing."""

PRONOUNS: tuple[str, ...] = ("he", "she", "they", "we", "i", "it", "you")
"""Personal pronouns that can stand as a speaker."""

DETERMINERS: tuple[str, ...] = (
    "the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "this", "that",
    "these", "those", "one", "another", "some", "several", "many", "two", "three",
)  # fmt: skip
"""Words that begin a noun phrase such as "the head of state" or "a spokeswoman"."""

PHRASE_STOPWORDS: tuple[str, ...] = (
    "on", "in", "at", "during", "after", "before", "while", "when", "to", "from", "with",
    "who", "whom", "which", "that", "and", "but", "or", "as", "by", "than", "because",
    "said", "says", "told", "tells", "also", "then", "later", "not", "is", "was", "were",
    "are", "be", "been", "has", "have", "had", "will", "would", "could", "should", "may",
    "might", "can", "did", "does", "do", "adding", "saying", "noting", "if", "the", "a",
    "an", "his", "her", "their", "its", "our", "this", "these", "those", "about", "over",
    "into", "through", "under", "again", "still", "yesterday", "today", "tonight",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
)  # fmt: skip
"""Words that end a noun-phrase speaker ("the minister on Tuesday" is "the minister")."""

NAME_CONNECTORS: tuple[str, ...] = (
    "of", "the", "for", "de", "da", "del", "der", "van", "von", "al", "bin", "ibn", "la",
    "le", "du", "di", "dos", "das", "y",
)  # fmt: skip
"""Lower-case words that may stand inside a name or title ("Secretary of State")."""

NAME_STOPWORDS: tuple[str, ...] = (
    "When", "But", "And", "Or", "So", "Yet", "As", "If", "Then", "Also", "Still", "In",
    "On", "At", "After", "Before", "While", "Because", "Although", "Though", "Later",
    "Earlier", "Meanwhile", "However", "Asked", "Speaking", "Writing", "Today",
    "Yesterday", "Tonight", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
    "Saturday", "Sunday", "This", "That", "These", "Those", "There", "Here", "What",
    "Why", "How", "Where", "Who", "It", "He", "She", "They", "We", "I", "You", "His",
    "Her", "Their", "Its", "Our", "My", "Your", "A", "An", "The", "Now", "Once", "Instead",
    "Indeed", "Finally", "Still", "Since", "Until", "For", "From", "With", "By", "To",
    "Of", "Not", "No", "Yes", "Said", "Says", "Told", "Asked",
)  # fmt: skip
"""Capitalised words that start sentences but never start a name."""

TITLES: tuple[str, ...] = (
    "President", "Vice President", "Prime Minister", "Minister", "Foreign Minister",
    "Secretary", "Secretary General", "Secretary-General", "Chancellor", "Governor",
    "Gov.", "Senator", "Sen.", "Representative", "Rep.", "Congressman", "Congresswoman",
    "Speaker", "Mayor", "Judge", "Justice", "Attorney General", "General", "Gen.",
    "Admiral", "Adm.", "Colonel", "Col.", "Lieutenant", "Lt.", "Captain", "Capt.",
    "Sergeant", "Sgt.", "Major", "Maj.", "Commissioner", "Ambassador", "Chairman",
    "Chairwoman", "Chair", "Director", "Chief", "Chief Executive", "CEO", "Spokesman",
    "Spokeswoman", "Spokesperson", "Professor", "Prof.", "Dr.", "Doctor", "Mr.", "Mrs.",
    "Ms.", "Miss", "Sir", "Dame", "Lord", "Lady", "King", "Queen", "Prince", "Princess",
    "Pope", "Cardinal", "Bishop", "Archbishop", "Rabbi", "Imam", "Rev.", "Reverend",
    "Father", "Sister", "Sheikh", "Emir", "Sultan", "Chairperson", "Deputy", "Acting",
    "Former", "former", "Candidate", "Leader", "Head", "Coach", "Officer", "Detective",
    "Inspector", "Superintendent", "Sheriff", "Premier", "Minister of State", "Jr.",
)  # fmt: skip
"""Titles and honorifics that stand before a name and are not part of it."""

ABBREVIATIONS: tuple[str, ...] = (
    "Mr.", "Mrs.", "Ms.", "Dr.", "Prof.", "Sen.", "Rep.", "Gov.", "Gen.", "Lt.", "Col.",
    "Capt.", "Sgt.", "Maj.", "Adm.", "Rev.", "St.", "Jr.", "Sr.", "Mt.", "Ft.", "Gov.",
    "Supt.", "Insp.", "Cmdr.", "Pres.", "Hon.", "U.S.", "U.N.", "U.K.", "D.C.",
)  # fmt: skip
"""Abbreviations whose full stop does not end a sentence or a name."""

CUE_ADVERBS: tuple[str, ...] = (
    "also", "later", "then", "again", "further", "previously", "recently", "once", "earlier",
    "reportedly", "quickly", "simply", "still", "even", "repeatedly", "flatly", "bluntly",
    "angrily", "calmly", "quietly", "firmly", "publicly", "privately", "frankly", "has",
    "had", "have", "would", "will", "has also", "had also", "has repeatedly", "has long",
    "never", "often", "always", "finally", "subsequently", "separately", "only", "just",
    "told", "explicitly", "emphatically", "proudly", "sarcastically", "jokingly",
)  # fmt: skip
"""Words that may stand between a speaker and the cue ("she also said")."""

PACK = LanguagePack(
    code="en",
    name="English",
    speech_verbs=SPEECH_VERBS,
    writing_verbs=WRITING_VERBS,
    pronouns=PRONOUNS,
    determiners=DETERMINERS,
    phrase_stopwords=PHRASE_STOPWORDS,
    name_connectors=NAME_CONNECTORS,
    name_stopwords=NAME_STOPWORDS,
    titles=TITLES,
    abbreviations=ABBREVIATIONS,
    cue_adverbs=CUE_ADVERBS,
)
"""The English language pack."""
