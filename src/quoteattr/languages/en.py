"""English: reporting verbs, speaker words and titles. Data only.

Verb entries are either a single base form, inflected by the regular English rules
(``warn`` -> warns, warned, warning), or all five forms spelled out, space-separated, in
the order base, third person singular, past, past participle, present participle
(``"say says said said saying"``) for irregular verbs and for verbs that double their
final consonant.
"""

from __future__ import annotations

from typing import Any

from quoteattr.languages import first_names
from quoteattr.languages.pack import LanguagePack
from quoteattr.languages.people import PeopleWords

SPEECH_VERBS: tuple[str, ...] = (
    "say says said said saying", "tell tells told told telling", "add", "ask", "state",
    "note", "insist", "demand", "blame", "vow", "predict", "conclude", "question",
    "acknowledge", "reject", "welcome", "deride", "decry", "deplore", "lash", "rail",
    "explain", "continue", "reply", "respond", "declare", "warn", "argue", "claim", "recall",
    "announce", "admit admits admitted admitted admitting", "exclaim", "shout", "remark",
    "observe", "comment", "confirm", "suggest", "quip quips quipped quipped quipping", "joke",
    "promise", "pledge", "urge", "stress", "emphasize", "emphasise", "assert", "maintain",
    "contend", "counter", "retort", "answer", "concede", "complain", "lament", "boast", "cry",
    "scream", "yell", "whisper", "murmur", "mutter", "elaborate", "clarify", "reiterate",
    "repeat", "testify", "inform", "assure", "reassure", "caution", "advise", "recount",
    "describe", "report", "reveal", "disclose", "mention", "hint", "deny", "protest", "object",
    "interject", "plead", "beg begs begged begged begging", "proclaim", "affirm", "allege",
    "charge", "accuse", "estimate", "speculate", "muse", "summarize", "summarise", "underline",
    "underscore", "highlight", "recommend", "propose", "confide", "confess", "challenge",
    "preach", "rant", "recite", "criticize", "criticise",
    "praise", "attack", "blast", "slam slams slammed slammed slamming", "condemn", "denounce",
    "decry", "dismiss", "defend", "mock", "call", "label", "brand",
    "dub dubs dubbed dubbed dubbing", "characterize", "characterise", "cite", "echo", "thank",
    "congratulate", "apologize", "apologise", "threaten", "instruct", "tout", "hail", "applaud",
    "lambaste", "chastise", "rebuke", "scold", "fault", "ridicule", "deride", "disparage",
    "insult", "taunt", "tease", "vent", "fume", "gush", "rave", "bemoan", "grumble", "groan",
    "moan", "whine", "snap snaps snapped snapped snapping", "snarl", "thunder", "bellow",
    "roar", "hiss", "stammer", "discuss", "lecture", "brief", "notify", "pronounce", "rule",
    "decree", "certify", "attest", "swear swears swore sworn swearing", "guarantee", "forecast",
    "project", "alert", "signal", "imply", "insinuate", "posit", "theorize", "reason",
    "calculate", "request", "invite", "encourage", "remind", "lobby", "advocate", "champion",
    "endorse", "nominate", "approve", "veto", "condone", "refuse", "decline", "disavow",
    "repudiate", "retract", "correct", "rebut", "refute", "dispute", "contradict", "disagree",
    "agree", "concur", "sympathize", "interrupt", "pitch",
    "plug plugs plugged plugged plugging", "promote", "portray", "depict", "liken", "compare",
    "equate", "invoke", "quote", "paraphrase", "identify", "detail", "outline", "unveil",
    "publish", "broadcast broadcasts broadcast broadcast broadcasting", "chant", "heckle",
    "jeer", "shriek", "sob", "stutter", "drawl", "gasp", "grunt", "bark", "growl", "holler",
    "howl", "wail", "implore", "exhort", "admonish", "reprimand", "censure", "castigate",
    "excoriate", "pillory", "savage", "skewer", "lampoon", "parody", "needle",
    "jab jabs jabbed jabbed jabbing", "swipe", "prod prods prodded prodded prodding", "goad",
    "brag brags bragged bragged bragging", "crow", "gloat", "exult", "rejoice", "laud", "extol",
    "commend", "compliment", "flatter", "acclaim", "reaffirm", "restate", "rephrase", "expound",
    "assess", "evaluate", "judge", "fret frets fretted fretted fretting",
)  # fmt: skip
"""Verbs that report speech (including speech acts such as "criticized" and "endorsed")."""

WRITING_VERBS: tuple[str, ...] = (
    "write writes wrote written writing", "tweet", "retweet", "post",
    "blog blogs blogged blogged blogging", "text texts texted texted texting", "email",
    "e-mail", "publish", "read reads read read reading", "pen pens penned penned penning",
    "editorialize",
)  # fmt: skip
"""Verbs that report writing."""

THOUGHT_VERBS: tuple[str, ...] = (
    "think thinks thought thought thinking", "believe", "feel feels felt felt feeling", "hope",
    "fear", "worry", "expect", "want", "wish", "doubt", "suspect", "consider", "assume",
    "presume", "suppose", "imagine", "reckon", "realize", "realise",
    "understand understands understood understood understanding", "view", "regard", "deem",
    "trust", "anticipate", "intend", "plan plans planned planned planning",
    "seek seeks sought sought seeking", "prefer prefers preferred preferred preferring",
    "favor", "favour", "support", "embrace", "remember", "learn", "decide", "conclude",
    "wonder", "question", "envision", "envisage", "predict", "dread", "perceive", "recognize",
    "recognise", "acknowledge", "accept", "reject", "dislike", "hate", "admire", "respect",
    "resent", "appreciate", "value", "welcome", "oppose", "mistrust", "distrust", "ponder",
    "contemplate", "weigh", "mull", "vow", "yearn", "demand", "insist", "blame",
)  # fmt: skip
"""Verbs that report a thought, belief, wish or attitude."""

EVIDENCE_VERBS: tuple[str, ...] = (
    "show shows showed shown showing", "find finds found found finding", "reveal", "indicate",
    "suggest", "demonstrate", "prove", "confirm", "estimate", "uncover", "expose", "highlight",
    "underscore", "project", "forecast", "report", "calculate",
)  # fmt: skip
"""Verbs that report evidence: "the report found", "data show", "polls suggest"."""

IMPRESSION_VERBS: tuple[str, ...] = ("seem", "appear")
"""Verbs of impression ("the plan seemed doomed"): an attribution without a source, whose
content is the whole clause, subject included."""

PHRASAL_CUES: tuple[tuple[str, str], ...] = (
    ("speech", "point + out"),
    ("speech", "call + for"),
    ("speech", "go goes went gone going + on"),
    ("speech", "weigh + in"),
    ("speech", "lash + out"),
    ("speech", "speak speaks spoke spoken speaking + out"),
    ("speech", "chime + in"),
    ("speech", "spell + out"),
    ("speech", "fire + back"),
    ("speech", "hit hits hit hit hitting + back"),
    ("speech", "push + back"),
    ("speech", "sound + off"),
    ("speech", "take takes took taken taking + aim"),
    ("speech", "make makes made made making + clear"),
    ("speech", "rail + against"),
    ("speech", "talk + about"),
    ("speech", "refer + to"),
    ("speech", "warn + of"),
    ("speech", "complain + about"),
    ("speech", "speak speaks spoke spoken speaking + of"),
    ("speech", "speak speaks spoke spoken speaking + about"),
    ("speech", "ask + about"),
    ("speech", "argue + for"),
    ("speech", "argue + against"),
    ("speech", "call + on"),
    ("speech", "come comes came come coming + out"),
    ("speech", "open + up"),
    ("speech", "sign + off"),
    ("speech", "shoot shoots shot shot shooting + back"),
    ("speech", "joke + about"),
    ("speech", "boast + about"),
    ("speech", "brag brags bragged bragged bragging + about"),
    # Verbs whose preposition annotated news marks as part of the cue far more often
    # than not (counted on PolNeAR's training split).
    ("speech", "respond + to"),
    ("speech", "ask + for"),
    ("speech", "agree + with"),
    ("speech", "agree + on"),
    ("speech", "disagree + with"),
    ("speech", "disagree + on"),
    ("speech", "apologize + for"),
    ("speech", "apologise + for"),
    ("speech", "accuse + of"),
    ("speech", "boast + of"),
    ("speech", "caution + against"),
    ("speech", "warn + against"),
    ("speech", "hint + at"),
    ("speech", "call + out"),
    ("speech", "comment + on"),
    ("speech", "muse + about"),
    ("speech", "approve + of"),
    ("speech", "rail + about"),
    ("speech", "swipe + at"),
    ("speech", "rule + out"),
    ("speech", "go goes went gone going + on to say"),
    ("speech", "weigh + in on"),
    ("speech", "lash + out at"),
    ("speech", "plead + guilty"),
    ("writing", "write writes wrote written writing + about"),
    ("thought", "think thinks thought thought thinking + of"),
    ("thought", "worry + about"),
    ("thought", "care + about"),
    ("thought", "think thinks thought thought thinking + about"),
    ("thought", "believe + in"),
    ("thought", "hope + for"),
    ("thought", "push + for"),
    ("thought", "come comes came come coming + out against"),
    ("thought", "side + with"),
    ("evidence", "point + to"),
    ("evidence", "turn turns turned turned turning + up"),
)
"""Verbs with a particle: ``"point + out"`` gives points out, pointed out, pointing out."""

NOMINAL_CUES: tuple[tuple[str, str], ...] = (
    ("speech", "according to"),
    ("speech", "in a statement"),
    ("speech", "in an interview"),
    ("speech", "in remarks"),
    ("speech", "in a speech"),
    ("speech", "in a news conference"),
    ("speech", "in a press conference"),
    ("speech", "in a press release"),
    ("speech", "in a phone interview"),
    ("speech", "in a telephone interview"),
    ("speech", "in an email"),
    ("speech", "in a letter"),
    ("speech", "in testimony"),
    ("writing", "in a tweet"),
    ("writing", "in a post"),
    ("writing", "in a blog post"),
    ("writing", "in an op-ed"),
    ("writing", "in an essay"),
    ("writing", "in a column"),
    ("writing", "in his book"),
    ("writing", "in her book"),
    ("speech", "in a radio interview"),
    ("speech", "in a television interview"),
    ("speech", "in an appearance"),
    ("speech", "criticism of"),
    ("speech", "praise for"),
    ("speech", "attack on"),
    ("speech", "attacks on"),
    ("speech", "support for"),
    ("speech", "endorsement of"),
    ("speech", "opposition to"),
    ("speech", "call for"),
    ("speech", "calls for"),
    ("speech", "claim that"),
    ("speech", "claims that"),
    ("speech", "statement that"),
    ("speech", "warning that"),
    ("speech", "promise to"),
    ("speech", "pledge to"),
    ("speech", "assertion that"),
    ("speech", "suggestion that"),
    ("speech", "argument that"),
    ("speech", "insistence that"),
    ("speech", "remarks about"),
    ("speech", "comments about"),
    ("speech", "comments on"),
    ("speech", "remarks on"),
    ("speech", "citing"),
    ("thought", "view that"),
    ("thought", "belief that"),
    ("thought", "hope that"),
    ("thought", "fear that"),
    ("thought", "concern that"),
    ("thought", "concerns that"),
)
"""Multiword cues that are not a verb with a particle; matched as written."""

NOUN_LIKE_FORMS: tuple[str, ...] = (
    "state", "states", "report", "reports", "comment", "comments", "answer", "answers",
    "attack", "attacks", "charge", "charges", "call", "calls", "question", "questions",
    "request", "requests", "estimate", "estimates", "forecast", "forecasts", "project",
    "projects", "promise", "promises", "pledge", "pledges", "claim", "claims", "support",
    "supports", "fear", "fears", "hope", "hopes", "plan", "plans", "praise", "blast",
    "blasts", "slam", "slams", "welcome", "reply", "replies", "vow", "vows", "echo",
    "echoes", "signal", "signals", "alert", "alerts", "brief", "briefs", "rule", "rules",
    "dispute", "disputes", "lecture", "lectures", "insult", "insults",
    "joke", "jokes", "tweet", "tweets", "post", "posts", "email", "emails", "e-mail",
    "text", "texts", "show", "shows", "view", "views", "doubt", "doubts", "worry", "worries",
    "wish", "trust", "demand", "demands", "protest", "protests", "object", "objects",
    "cry", "cries", "whisper", "mention", "mentions", "note", "notes", "reason", "reasons",
    "boast", "boasts", "counter", "counters", "champion", "champions", "challenge",
    "challenges", "release", "brand", "label", "labels", "list", "attest", "guarantee",
    "guarantees", "favor", "favour", "respect", "value", "plea", "pleas", "rant", "rants",
    "shout", "shouts", "roar", "hiss", "groan", "moan", "sob", "yell", "scream", "screams",
    "murmur", "mutter", "cheer", "jeer", "taunt", "taunts", "fume", "fumes", "rave",
    "vent", "snap", "snarl", "bark", "growl", "thunder", "bellow", "sigh", "laugh",
    "veto", "vetoes", "approve", "appeal", "appeals", "advocate", "advocates", "lobby",
    "invite", "invites", "present", "order", "orders", "pitch", "plug", "promote", "paint",
    "detail", "details", "outline", "outlines", "issue", "issues", "publish", "post",
    "quote", "quotes", "reference", "references", "signal", "design", "record", "records",
    "find", "finds", "dread", "embrace", "envy", "regard", "deem", "suspect", "suspects",
    "judge", "judges",
)  # fmt: skip
"""Cue forms that are also common nouns ("the head of state", "a new report"); they count as
cues only after a pronoun, an auxiliary, a plural subject or a name."""

PRONOUNS: tuple[str, ...] = ("he", "she", "they", "we", "i", "it", "you", "who")
"""Personal pronouns that can stand as a speaker."""

DETERMINERS: tuple[str, ...] = (
    "the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "this", "that",
    "these", "those", "one", "another", "some", "several", "many", "two", "three",
)  # fmt: skip
"""Words that begin a noun phrase such as "the head of state" or "a spokeswoman"."""

NEGATED_AUXILIARIES: tuple[str, ...] = (
    "doesn't", "don't", "didn't", "hasn't", "haven't", "hadn't", "won't", "wouldn't", "can't",
    "couldn't", "isn't", "wasn't", "aren't", "weren't", "shouldn't",
)  # fmt: skip
"""Negated auxiliaries ("doesn't deny"): they end a noun-phrase speaker, may stand between
a speaker and the cue, and belong to the cue."""

NEGATED: tuple[str, ...] = (
    *NEGATED_AUXILIARIES,
    *(word.replace("'", "’") for word in NEGATED_AUXILIARIES),
)
"""The same, written with either apostrophe."""

PHRASE_STOPWORDS: tuple[str, ...] = (
    "on", "in", "at", "during", "after", "before", "while", "when", "to", "from", "with",
    "who", "whom", "which", "that", "and", "but", "or", "as", "by", "than", "because",
    "said", "says", "told", "tells", "also", "then", "later", "not", "is", "was", "were",
    "are", "be", "been", "has", "have", "had", "will", "would", "could", "should", "may",
    "might", "can", "did", "does", "do", "adding", "saying", "noting", "if", "the", "a",
    "an", "his", "her", "their", "its", "our", "this", "these", "those", "about", "over",
    "into", "through", "under", "again", "still", "yesterday", "today", "tonight",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "ago",
    "instead", "both", "apparently", "allegedly", "reportedly", "since", "even", "just",
    "only", "now", "never", "always", "often", "ever", "once", "already", "really",
    "actually", "recently", "earlier", "first", "finally", "however", "meanwhile",
    "intended", "there", "here", "so", "too", "very", "for", "of", *NEGATED,
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
    # Months as news style abbreviates them before a day ("Dec. 28"), "No. 2", "vs.".
    "Jan.", "Feb.", "Aug.", "Sept.", "Sep.", "Oct.", "Nov.", "Dec.", "No.", "vs.",
)  # fmt: skip
"""Abbreviations whose full stop does not end a sentence or a name."""

CUE_ADVERBS: tuple[str, ...] = (
    "also", "later", "then", "again", "further", "previously", "recently", "once", "earlier",
    "reportedly", "quickly", "simply", "still", "even", "repeatedly", "flatly", "bluntly",
    "angrily", "calmly", "quietly", "firmly", "publicly", "privately", "frankly", "has",
    "had", "have", "would", "will", "has also", "had also", "has repeatedly", "has long",
    "never", "often", "always", "finally", "subsequently", "separately", "only", "just",
    "told", "explicitly", "emphatically", "proudly", "sarcastically", "jokingly", "to",
    "do", "does", "did", "can", "could", "should", "must", "may", "might", "not", "often",
    "routinely", "frequently", "openly", "loudly", "widely", "generally", "usually",
    "strongly", "sharply", "harshly", "clearly", "specifically", "directly", "personally",
    "first", "initially", "originally", "long", "continually", "consistently", "immediately",
    "both", "all", "each", "together", "jointly", "seem to", "seems to", "seemed to",
    "appear to", "appears to", "appeared to", *NEGATED,
)  # fmt: skip
"""Words that may stand between a speaker and the cue ("she also said")."""

COLON_NON_SPEAKERS: tuple[str, ...] = (
    "Note", "Update", "Updated", "Editor's note", "Editor’s note", "Related", "Photo", "Photos",
    "Video", "Watch", "Read", "Read more", "Source", "Sources", "Q", "A", "Correction",
    "Full text", "Abstract", "Tags", "Topics", "Advertisement", "Disclosure", "Warning",
    "Bottom line", "Breaking", "Exclusive", "Opinion", "Analysis", "Live", "Caption", "Credit",
    "Image", "Listen", "Subscribe", "Transcript", "Summary", "Background", "Context",
    "Previously", "Meanwhile", "Also", "Plus", "Example", "Examples", "Question", "Answer",
    "Result", "Results", "Location", "Date", "Time", "Where", "When", "Why", "How", "What",
    "Who", "Contact", "Email", "Phone", "Website", "Links", "Sign up", "Follow",
)  # fmt: skip
"""Words that stand before a colon at a line's start without being a speaker ("Note:")."""

CUE_AUXILIARIES: tuple[str, ...] = (
    "has", "have", "had", "also", "will", "would", "did", "does", "do", "not", "never",
    "repeatedly", "already", "is", "are", "was", "were", "been", "to", "then", "later",
    "even", "still", "may", "can", "might", "could", "should", "must", "first", "long",
    "often", "just", "once", "again", "further", "soon", "tried", "trying", *NEGATED,
)  # fmt: skip
"""Words right before a cue that annotators count as part of it ("has said", "also noted")."""

CUE_ADVERB_EXCEPTIONS: tuple[str, ...] = (
    "rally", "family", "ally", "reply", "supply", "assembly", "early", "likely", "daily",
    "weekly", "monthly", "yearly", "only", "belly", "bully", "holy", "italy", "july",
)  # fmt: skip
"""Words ending in "ly" that are no adverbs of a cue (or, "only", not counted in it)."""

PEOPLE = PeopleWords(
    pronouns=[
        ("he", "male"), ("him", "male"), ("his", "male"), ("she", "female"),
        ("her", "female"), ("hers", "female"), ("they", "plural"), ("them", "plural"),
        ("their", "plural"), ("it", "neuter"), ("its", "neuter"), ("who", "relative"),
        ("i", "first"), ("we", "first"), ("you", "first"), ("me", "first"), ("us", "first"),
    ],
    gendered_words=[
        ("Mr.", "male"), ("Mr", "male"), ("Mrs.", "female"), ("Mrs", "female"),
        ("Ms.", "female"), ("Ms", "female"), ("Miss", "female"), ("Sir", "male"),
        ("Dame", "female"), ("Lord", "male"), ("Lady", "female"), ("King", "male"),
        ("Queen", "female"), ("Prince", "male"), ("Princess", "female"), ("Father", "male"),
        ("Sister", "female"), ("Sheikh", "male"), ("Emir", "male"), ("Sultan", "male"),
        ("Congressman", "male"), ("Congresswoman", "female"), ("Chairman", "male"),
        ("Chairwoman", "female"), ("Spokesman", "male"), ("Spokeswoman", "female"),
        ("spokesman", "male"), ("spokeswoman", "female"), ("chairman", "male"),
        ("chairwoman", "female"), ("congressman", "male"), ("congresswoman", "female"),
        ("businessman", "male"), ("businesswoman", "female"), ("actor", "male"),
        ("actress", "female"), ("king", "male"), ("queen", "female"), ("man", "male"),
        ("woman", "female"), ("mother", "female"), ("father", "male"), ("wife", "female"),
        ("husband", "male"), ("son", "male"), ("daughter", "female"), ("brother", "male"),
        ("sister", "female"), ("widow", "female"), ("grandmother", "female"),
        ("grandfather", "male"), ("girl", "female"), ("boy", "male"),
        ("Assemblyman", "male"), ("Assemblywoman", "female"), ("assemblyman", "male"),
        ("assemblywoman", "female"), ("Councilman", "male"), ("Councilwoman", "female"),
        ("councilman", "male"), ("councilwoman", "female"), ("Alderman", "male"),
        ("Alderwoman", "female"), ("Pope", "male"), ("Cardinal", "male"),
        ("Archbishop", "male"), ("Madam", "female"), ("Duke", "male"), ("Duchess", "female"),
        ("Emperor", "male"), ("Empress", "female"), ("Countess", "female"),
        ("Baroness", "female"), ("Sheikha", "female"),
    ],
    role_synonyms=[
        ("head of state", "president"), ("head of state", "king"), ("head of state", "queen"),
        ("head of state", "emir"), ("head of state", "sultan"), ("leader", "president"),
        ("actor", "star"), ("actress", "star"), ("star", "actor"), ("star", "actress"),
        ("leader", "prime minister"), ("leader", "chancellor"), ("leader", "premier"),
        ("premier", "prime minister"), ("head of government", "prime minister"),
        ("head of government", "chancellor"), ("chief executive", "ceo"),
        ("executive", "ceo"), ("lawmaker", "senator"), ("lawmaker", "representative"),
        ("lawmaker", "congressman"), ("lawmaker", "congresswoman"), ("legislator", "senator"),
        ("legislator", "representative"), ("diplomat", "ambassador"),
        ("envoy", "ambassador"), ("monarch", "king"), ("monarch", "queen"),
        ("minister", "prime minister"), ("minister", "foreign minister"),
        ("minister", "minister of state"), ("secretary", "secretary general"),
        ("secretary", "secretary-general"), ("general", "gen."), ("officer", "officer"),
        ("spokesperson", "spokesman"), ("spokesperson", "spokeswoman"),
        ("chair", "chairman"), ("chair", "chairwoman"), ("chair", "chairperson"),
    ],
    title_roles=[
        ("Sen.", "senator"), ("Rep.", "representative"), ("Gov.", "governor"),
        ("Gen.", "general"), ("Prof.", "professor"), ("Dr.", "doctor"), ("Lt.", "lieutenant"),
        ("Col.", "colonel"), ("Capt.", "captain"), ("Sgt.", "sergeant"), ("Maj.", "major"),
        ("Adm.", "admiral"), ("Rev.", "reverend"), ("Pres.", "president"),
        ("Supt.", "superintendent"), ("Insp.", "inspector"), ("Cmdr.", "commander"),
    ],
    organisation_words=[
        "ministry", "department", "company", "corporation", "corp.", "corp", "inc.", "inc",
        "ltd", "ltd.", "llc", "plc", "group", "bank", "agency", "party", "council",
        "commission", "committee", "campaign", "office", "university", "court",
        "administration", "government", "police", "army", "service", "union", "association",
        "foundation", "institute", "organization", "organisation", "board", "authority",
        "network", "firm", "team", "club", "federation", "coalition", "parliament",
        "assembly", "senate", "house", "embassy", "bureau", "center", "centre", "fund",
        "co.", "airlines", "motors", "industries", "holdings", "newspaper", "magazine",
        "congress", "democrats", "republicans", "times", "post", "news", "church", "mosque",
        "synagogue", "temple", "school", "college", "hospital", "museum", "watch",
        "journal", "tribune", "herald", "press", "channel", "radio", "television",
    ],
    role_nouns=[
        "president", "head of state", "prime minister", "minister", "premier", "chancellor",
        "secretary", "governor", "senator", "representative", "congressman",
        "congresswoman", "lawmaker", "legislator", "mayor", "judge", "justice", "general",
        "admiral", "colonel", "commissioner", "ambassador", "envoy", "diplomat", "chairman",
        "chairwoman", "chair", "director", "chief", "chief executive", "executive", "ceo",
        "spokesman", "spokeswoman", "spokesperson", "professor", "doctor", "king", "queen",
        "prince", "princess", "monarch", "pope", "bishop", "candidate", "nominee", "leader",
        "head", "coach", "officer", "detective", "inspector", "sheriff", "attorney",
        "prosecutor", "lawyer", "official", "businessman", "businesswoman", "billionaire",
        "actor", "actress", "star", "singer", "author", "economist", "analyst", "founder",
        "manager", "owner", "adviser", "advisor", "aide", "strategist", "pollster",
        "ministry", "department", "company", "corporation", "firm", "group", "bank",
        "agency", "party", "council", "commission", "committee", "campaign", "office",
        "university", "court", "administration", "government", "police", "army", "union",
        "association", "foundation", "organization", "organisation", "board", "authority",
        "network", "team", "club", "embassy", "newspaper",
    ],
    agent_nouns=[
        "spokesman", "spokeswoman", "spokesperson", "aide", "adviser", "advisor", "official",
        "lawyer", "attorney", "prosecutor", "officer", "strategist", "pollster", "analyst",
        "staffer", "manager",
    ],
    place_words=[
        "the", "a", "an", "in", "at", "from", "of", "near", "across", "into", "on", "outside",
        "inside", "toward", "towards", "to", "around", "through", "over", "past", "via",
        "beyond", "throughout", "within", "between", "among", "along",
    ],
    location_words=[
        "in", "near", "across", "into", "outside", "inside", "throughout", "within",
    ],
    name_conjunctions=["and"],
    asking_cues=["asked", "asks", "questioned", "pressed"],
    phrase_words=["for", "with", "by", "about", "against", "than", "like"],
    subject_pronouns=["he", "she"],
    possessive_pronouns=["his", "her"],
    company_words=["inc.", "inc", "corp.", "corp", "co.", "ltd", "ltd.", "llc", "plc"],
    sentence_openers=[
        "But", "And", "Yet", "So", "Still", "Later", "Then", "Meanwhile", "However", "Now",
        "Also", "When", "While", "Although", "Though", "As for",
    ],
    given_names=first_names.PAIRS,
    object_particles=[
        "up", "down", "out", "off", "away", "back", "over", "in", "on", "to", "into", "about",
        "for", "with", "from", "at", "by", "as", "and", "or", "but", "that", "of", "a", "an",
        "the", "this", "again", "too", "not",
    ],
)  # fmt: skip
"""Words for resolving "he", "the head of state" or "the company" to whom they stand for."""

GRAMMAR_WORDS: dict[str, Any] = {
    "complementizers": ("that",),
    "infinitive_markers": ("to",),
    "passive_agents": ("by",),
    "opening_prepositions": ("despite", "besides", "without", "upon"),
    "time_nouns": ("time", "day", "days", "past", "moment", "weeks", "months", "years",
                   "hour", "hours", "decade", "decades", "season"),
    "causative_verbs": ("lead leads led led leading", "prompt", "force", "allow",
                        "leave leaves left left leaving", "cause",
                        "spur spurs spurred spurred spurring", "drive drives drove driven driving",
                        "inspire", "compel compels compelled compelled compelling", "enable"),
    # Not "warn", "promise", "advise": their object is as often what is warned of,
    # promised or advised ("promised immigration reform if ...").
    "recipient_verbs": ("tell tells told told telling", "assure", "inform", "remind", "notify",
                        "convince", "persuade"),
    "recipient_pronouns": ("her", "him", "them", "me", "us", "you"),
    "clause_verbs": ("say says said said saying", "add", "write writes wrote written writing",
                     "tweet", "explain", "note", "state", "declare"),
    "circumstance_prepositions": ("in", "at", "on", "during", "after", "before", "from",
                                  "with", "via", "through", "over", "outside", "inside",
                                  "near", "amid", "aboard", "following"),
    "recipient_openers": ("that", "whether", "if", "why", "what", "how"),
    "object_determiners": ("the", "a", "an", "his", "her", "their", "its", "our", "my",
                           "your"),
    "document_nouns": ("statement", "release", "letter", "memo", "email", "e-mail", "tweet",
                       "post", "video", "ad", "advertisement", "report", "op-ed", "column",
                       "note", "message", "filing", "document", "brief", "petition",
                       "resolution", "editorial", "essay", "blog"),
    "progressive_auxiliaries": ("is", "are", "was", "were", "am", "is also", "are also",
                                "was also", "were also", "is now", "are now", "is still",
                                "was still", "is already", "has been", "have been", "had been"),
    "verb_openers": ("who", "which", "that", "they", "we"),
    "relative_pronouns": ("who", "which", "whose"),
    "apposition_openers": (
        "who", "which", "whose", "a", "an", "the", "one", "now", "then", "himself", "herself",
    ),
    "time_prepositions": (
        "on", "in", "last", "this", "late", "early", "out", "earlier", "later",
    ),
    "time_modifiers": ("this", "last"),
    "time_words": (
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "week",
        "month", "year", "night", "morning", "afternoon", "evening", "weekend", "today",
        "tonight", "yesterday", "January", "February", "March", "April", "May", "June", "July",
        "August", "September", "October", "November", "December",
    ),
    "complement_words": (
        "that", "reporters", "journalists", "on", "in", "at", "last", "this", "late", "early",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "yesterday", "today", "tonight", "morning", "afternoon", "evening", "night", "week",
        "month", "year", "recently", "earlier", "later", "again", "also", "as", "well", "too",
    ),
    "coordinators": ("and", "but", "while", "whereas", "then", "though", "although"),
    "participle_suffixes": ("ing",),
    "circumstance_words": (
        "while", "when", "after", "before", "during", "upon", "following",
    ),
    "circumstance_exceptions": (
        "nothing", "something", "anything", "everything", "being", "thing",
    ),
    "according_cues": ("according to",),
    "plural_suffixes": ("s",),
    "asked_openers": ("When", "After being", "Once", "If", "Also", "And", "But"),
    "asked_cues": ("Asked", "asked"),
    "asked_agents": ("by",),
    "asked_topics": ("on",),
    "asked_adverbs": ("later", "again", "repeatedly"),
    "question_words": (
        "whether", "if", "why", "what", "how", "when", "who", "where", "which", "whom", "whose",
    ),
    "of_prepositions": ("of", "for", "at", "from", "with", "in"),
    "articles": ("the", "a", "an"),
    "percent_words": ("percent", "per cent"),
    "clause_openers": ("and", "but", "that", "as", "because", "while", "when", "if", "so"),
    "capitalised_only_pronouns": ("i",),
}  # fmt: skip
"""The words of the grammar around cues, by :class:`LanguagePack` field: what may stand
between a speaker and a cue ("who", "on Monday"), after a cue ("told reporters"), between
two cues ("and"), and the shapes of participles, questions and speaker phrases."""

PACK = LanguagePack(
    code="en",
    quote_marks=[("“", "”"), ("‘", "’"), ('"', '"'), ("'", "'")],
    name="English",
    verbs={
        "speech": SPEECH_VERBS,
        "writing": WRITING_VERBS,
        "thought": THOUGHT_VERBS + IMPRESSION_VERBS,
        "evidence": EVIDENCE_VERBS,
    },
    impression_verbs=IMPRESSION_VERBS,
    phrasal_cues=PHRASAL_CUES,
    nominal_cues=NOMINAL_CUES,
    noun_like_forms=NOUN_LIKE_FORMS,
    pronouns=PRONOUNS,
    determiners=DETERMINERS,
    phrase_stopwords=PHRASE_STOPWORDS,
    name_connectors=NAME_CONNECTORS,
    name_stopwords=NAME_STOPWORDS,
    titles=TITLES,
    abbreviations=ABBREVIATIONS,
    cue_adverbs=CUE_ADVERBS,
    cue_auxiliaries=CUE_AUXILIARIES,
    cue_adverb_suffixes=("ly",),
    cue_adverb_exceptions=CUE_ADVERB_EXCEPTIONS,
    cue_tails=("in a statement", "in a written statement", "in a letter"),
    colon_non_speakers=COLON_NON_SPEAKERS,
    people=PEOPLE,
    morphology="en",
    **GRAMMAR_WORDS,
)
"""The English language pack."""
