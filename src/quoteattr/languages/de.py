"""German: reporting verbs, speaker words, titles and the grammar words around cues. Data only.

Verb entries are either the infinitive of a weak verb, inflected by the regular German rules
(``sagen`` -> sage, sagt, sagte, sagten, gesagt ...), or every form spelled out,
space-separated, for strong and irregular verbs (``"sprechen spricht sprach sprachen
gesprochen"``). Phrasal entries (``"teilen + mit"``) are separable verbs: the particle
closes the clause (*teilte am Montag mit*) or is joined to the verb (*mitgeteilt*).
"""

from __future__ import annotations

from typing import Any

from quoteattr.languages.pack import LanguagePack

SPEECH_VERBS: tuple[str, ...] = (
    "sagen", "erklären", "betonen", "berichten", "bestätigen", "meinen", "fordern",
    "kritisieren", "warnen", "fragen", "antworten", "erwidern", "entgegnen", "ergänzen",
    "versichern", "behaupten", "bekräftigen", "äußern", "zitieren", "dementieren",
    "mahnen", "appellieren", "verkünden", "beklagen", "bemängeln", "loben", "begrüßen",
    "beschuldigen", "bezeichnen", "twittern", "bilanzieren", "resümieren",
    "erläutern", "melden", "verlauten", "beteuern", "argumentieren",
    "begründen", "folgern", "verlangen", "kommentieren", "verdeutlichen", "präzisieren",
    "unterstreichen unterstreicht unterstrich unterstrichen",
    "bestreiten bestreitet bestritt bestritten",
    "sprechen spricht sprach sprachen gesprochen", "nennen nennt nannte nannten",
    "rufen ruft rief riefen gerufen", "versprechen verspricht versprach versprachen versprochen",
    "empfehlen empfiehlt empfahl empfahlen empfohlen", "beschreiben beschreibt beschrieb "
    "beschrieben", "schreien schreit schrie schrien geschrien", "widersprechen widerspricht "
    "widersprach widersprachen", "anprangern", "klagen", "jubeln", "scherzen", "spotten",
    "wettern", "schimpfen", "prophezeien", "prognostizieren", "beanstanden", "rügen",
    "würdigen", "danken", "gratulieren", "beschwichtigen", "beharren",
    "gestehen gesteht gestand gestanden",
    "bitten bittet bat baten gebeten", "skandieren",
    "wiederholen", "protestieren", "urteilen",
)  # fmt: skip
"""Verbs that report speech and speech acts (*sagte*, *kritisierte*, *forderte*)."""

WRITING_VERBS: tuple[str, ...] = (
    "schreiben schreibt schrieb schrieben geschrieben", "posten",
    "notieren", "formulieren",
)  # fmt: skip
"""Verbs that report writing."""

THOUGHT_VERBS: tuple[str, ...] = (
    "glauben", "hoffen", "befürchten", "fürchten", "vermuten", "bezweifeln",
    "zweifeln", "schätzen", "meinen", "denken denkt dachte dachten gedacht",
    "bedauern", "spekulieren", "annehmen",
)  # fmt: skip
"""Verbs that report a thought, belief or expectation."""

EVIDENCE_VERBS: tuple[str, ...] = (
    "belegen", "ergeben ergibt ergab ergaben", "beweisen beweist bewies bewiesen",
)  # fmt: skip
"""Verbs that report evidence: *die Studie zeigt*."""

PHRASAL_CUES: tuple[tuple[str, str], ...] = (
    ("speech", "teilen + mit"),
    ("speech", "geben gibt gab gaben gegeben + an"),
    ("speech", "geben gibt gab gaben gegeben + bekannt"),
    ("speech", "kündigen + an"),
    ("speech", "fügen + hinzu"),
    ("speech", "stellen + klar"),
    ("speech", "stellen + fest"),
    ("speech", "räumen + ein"),
    ("speech", "weisen weist wies wiesen gewiesen + hin"),
    ("speech", "weisen weist wies wiesen gewiesen + zurück"),
    ("speech", "führen + aus"),
    ("speech", "heben hebt hob hoben gehoben + hervor"),
    ("speech", "schlagen schlägt schlug schlugen geschlagen + vor"),
    ("speech", "sichern + zu"),
    ("speech", "rufen ruft rief riefen gerufen + auf"),
    ("speech", "sprechen spricht sprach sprachen gesprochen + aus"),
    ("speech", "lehnen + ab"),
    ("speech", "fordern + auf"),
    ("speech", "machen + deutlich"),
    ("speech", "machen + klar"),
    ("speech", "halten hält hielt hielten gehalten + fest"),
    ("speech", "legen + dar"),
    ("speech", "deuten + an"),
    ("speech", "schließen schließt schloss schlossen geschlossen + aus"),
    ("speech", "werfen wirft warf warfen geworfen + vor"),
    ("thought", "gehen geht ging gingen gegangen + davon aus"),
)
"""Separable verbs: ``"teilen + mit"`` gives *teilte … mit*, *mitteilte*, *mitgeteilt*."""

NOMINAL_CUES: tuple[tuple[str, str], ...] = (
    ("speech", "laut"),
    ("speech", "zufolge"),
    ("speech", "nach"),
    ("speech", "so"),
    ("speech", "heißt es"),
    ("speech", "hieß es"),
    ("speech", "gemäß"),
    ("speech", "demnach"),
    ("speech", "wonach"),
)
"""Cues that are no verb: *laut X*, *X zufolge*, *nach Angaben X*, *…, so X*, *heißt es*."""

SOURCE_NOUNS: tuple[str, ...] = (
    "Angaben", "Aussagen", "Aussage", "Informationen", "Ansicht", "Meinung", "Einschätzung",
    "Auffassung", "Darstellung", "Berichten", "Bericht", "Schätzungen", "Ermittlungen",
    "Erkenntnissen", "Auskunft", "Worten", "Planungen", "Einschätzungen", "Meldungen",
    "Recherchen", "Umfragen", "Berechnungen", "Zählungen", "Veröffentlichung", "Studie",
    "Untersuchung", "Untersuchungen", "Schätzung", "Erkenntnisstand", "Ergebnis",
    "Ergebnissen", "Endergebnis", "Prognose", "Prognosen", "Hochrechnungen", "Angabe",
)  # fmt: skip
"""Nouns that make *nach* a cue: *nach Angaben der Polizei*, *nach eigenen Aussagen*."""

KONJUNKTIV: tuple[str, ...] = (
    "sei", "seien", "seiest", "habe", "werde", "könne", "müsse", "solle", "wolle", "dürfe",
    "gebe", "wisse", "liege", "stehe", "gehe", "komme", "handele", "handle", "bestehe",
    "fehle", "brauche", "lasse", "bleibe", "sehe", "mache", "trage", "zeige", "gelte",
    "halte", "stamme", "plane", "arbeite", "erwarte", "hoffe", "befinde", "verfüge",
    "betrage", "diene", "führe", "soll", "sollen", "hätten", "wären", "würden", "könnten",
    "müssten",
)  # fmt: skip
"""Verb forms of the Konjunktiv I (and the Konjunktiv II that stands in for it where the
two would look alike): the mood of reported speech. A sentence in it right after an
attributed quotation goes on reporting the same speaker."""

HOMOGRAPHS: tuple[str, ...] = ("meine", "wiederholt", "wiederholte", "glaube")
"""Verb forms that are more often another word: *meine* (my), *wiederholt* (repeatedly);
*glaube* is the first person, which reports no one but the writer."""

PRONOUNS: tuple[str, ...] = ("er", "sie", "wir", "ich", "man", "es")
"""Personal pronouns that can stand as a speaker."""

DETERMINERS: tuple[str, ...] = (
    "der", "die", "das", "den", "dem", "des", "ein", "eine", "einer", "eines", "einem",
    "einen", "sein", "seine", "seiner", "seinem", "ihr", "ihre", "ihrer", "ihrem", "unser",
    "unsere", "dieser", "diese", "dieses", "diesem", "mehrere", "viele", "einige", "zwei",
    "drei", "alle", "beide", "andere", "weitere", "eigenen",
)  # fmt: skip
"""Words that begin a noun phrase such as *der Sprecher* or *eine Sprecherin*."""

PHRASE_STOPWORDS: tuple[str, ...] = (
    "am", "im", "in", "an", "auf", "bei", "beim", "nach", "vor", "während", "mit", "zu",
    "zum", "zur", "über", "unter", "gegen", "gegenüber", "durch", "um", "ohne", "seit",
    "und", "oder", "aber", "doch", "sondern", "dass", "ob", "weil", "wenn", "als", "wie",
    "sagte", "sagt", "erklärte", "ist", "sind", "war", "waren", "hat", "haben", "hatte",
    "hatten", "wird", "werden", "wurde", "wurden", "sei", "seien", "habe", "soll", "sollen",
    "sollte", "kann", "können", "könne", "muss", "müssen", "will", "wollen", "auch", "noch",
    "nur", "schon", "bereits", "jetzt", "nun", "heute", "gestern", "zudem", "außerdem",
    "dabei", "damit", "dann", "danach", "nicht", "kein", "keine", "es", "sich", "so",
    "der", "die", "das", "den", "dem", "ein", "eine", "einen", "einem", "laut", "zufolge",
    "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag",
)  # fmt: skip
"""Words that end a noun-phrase speaker (*der Sprecher am Montag* is *der Sprecher*)."""

NAME_CONNECTORS: tuple[str, ...] = (
    "von", "vom", "van", "de", "der", "zu", "und", "für", "des",
)  # fmt: skip
"""Lower-case words that may stand inside a name or title (*Minister für Arbeit*)."""

NAME_STOPWORDS: tuple[str, ...] = (
    "Am", "Im", "In", "An", "Auf", "Bei", "Beim", "Nach", "Vor", "Während", "Mit", "Zu",
    "Zum", "Zur", "Über", "Unter", "Gegen", "Gegenüber", "Durch", "Seit", "Und", "Oder",
    "Aber", "Doch", "Dass", "Ob", "Weil", "Wenn", "Als", "Wie", "Auch", "Noch", "Nur",
    "Schon", "Bereits", "Jetzt", "Nun", "Heute", "Gestern", "Morgen", "Zudem", "Außerdem",
    "Dabei", "Damit", "Dann", "Danach", "Daher", "Deshalb", "Trotzdem", "Dennoch",
    "Inzwischen", "Mittlerweile", "Zuvor", "Zunächst", "Später", "Zuletzt", "Allerdings",
    "Jedoch", "Demnach", "Laut", "So", "Es", "Er", "Sie", "Wir", "Ich", "Man", "Der",
    "Die", "Das", "Den", "Dem", "Des", "Ein", "Eine", "Einer", "Eines", "Einem", "Einen",
    "Dies", "Diese", "Dieser", "Dieses", "Diesem", "Montag", "Dienstag", "Mittwoch",
    "Donnerstag", "Freitag", "Samstag", "Sonntag", "Januar", "Februar", "März", "April",
    "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember",
    "Woche", "Wochenende", "Abend", "Morgen", "Mittag", "Nachmittag", "Vormittag", "Nacht",
    "Jahr", "Monat", "Tag", "Ende", "Anfang", "Mitte", "Sagte", "Erklärte", "Hier", "Dort",
    "Was", "Wer", "Warum", "Wo", "Wann", "Nicht", "Kein", "Keine", "Ja", "Nein", "Sein",
    "Seine", "Ihr", "Ihre", "Unser", "Unsere", "Alle", "Viele", "Einige", "Mehrere",
)  # fmt: skip
"""Capitalised words that open sentences or are nouns of time, and never start a name."""

TITLES: tuple[str, ...] = (
    "Bundeskanzler", "Bundeskanzlerin", "Kanzler", "Kanzlerin", "Bundespräsident",
    "Bundespräsidentin", "Präsident", "Präsidentin", "Ministerpräsident",
    "Ministerpräsidentin", "Minister", "Ministerin", "Bundesminister", "Bundesministerin",
    "Außenminister", "Außenministerin", "Innenminister", "Innenministerin",
    "Finanzminister", "Finanzministerin", "Verteidigungsminister",
    "Verteidigungsministerin", "Bürgermeister", "Bürgermeisterin", "Oberbürgermeister",
    "Oberbürgermeisterin", "Sprecher", "Sprecherin", "Regierungssprecher",
    "Regierungssprecherin", "Polizeisprecher", "Polizeisprecherin", "Vorsitzender",
    "Vorsitzende", "Parteichef", "Parteichefin", "Chef", "Chefin", "Direktor",
    "Direktorin", "Professor", "Professorin", "Prof.", "Dr.", "Herr", "Frau", "Trainer",
    "Trainerin", "Richter", "Richterin", "Staatsanwalt", "Staatsanwältin", "Abgeordneter",
    "Abgeordnete", "Generalsekretär", "Generalsekretärin", "Papst", "Bischof", "Kardinal",
    "General", "Senator", "Senatorin", "Gouverneur", "Botschafter", "Botschafterin",
    "König", "Königin", "Prinz", "Prinzessin", "Premierminister", "Premierministerin",
)  # fmt: skip
"""Titles and offices that stand before a name and are not part of it."""

ABBREVIATIONS: tuple[str, ...] = (
    "Dr.", "Prof.", "St.", "Nr.", "Mio.", "Mrd.", "Abs.", "Art.", "bzw.", "ca.", "usw.",
    "sog.", "evtl.", "inkl.", "ggf.", "vgl.", "z.B.", "u.a.", "d.h.", "v.a.", "bspw.",
    "Jh.", "Jhd.", "Hrsg.", "Str.", "Tel.", "ehem.", "gegr.", "geb.", "Bd.", "Kap.",
    *(f"{day}." for day in range(1, 32)),
)  # fmt: skip
"""Abbreviations whose full stop ends no sentence; day numbers too, since a German ordinal
takes a full stop (*am 6. Dezember*)."""

CUE_ADVERBS: tuple[str, ...] = (
    "auch", "noch", "zudem", "außerdem", "dazu", "weiter", "ferner", "bereits", "schon",
    "damals", "jetzt", "nun", "heute", "gestern", "später", "zuvor", "zunächst", "erneut",
    "abschließend", "ausdrücklich", "öffentlich", "jedoch", "aber", "allerdings",
    "dagegen", "hingegen", "wiederum", "deshalb", "daher", "nur", "nicht", "hat", "hatte",
    "habe", "hätte", "hatten", "haben", "wird", "werde", "würde", "soll", "sollte",
)  # fmt: skip
"""Words that may stand between a speaker and the cue (*er sagte auch*, *sie hat gesagt*)."""

CUE_AUXILIARIES: tuple[str, ...] = (
    "hat", "hatte", "haben", "hatten", "habe", "hätte", "hätten", "wird", "wurde",
    "werden", "wurden", "ist", "war", "sei",
)  # fmt: skip
"""Words right before a cue that count as part of it (*hat gesagt*)."""

FINITE_AUXILIARIES: tuple[str, ...] = (
    "hat", "haben", "hatte", "hatten", "wird", "werden", "will", "wollen", "wollte",
    "wollten", "kann", "können", "konnte", "konnten", "muss", "müssen", "musste", "mussten",
)  # fmt: skip
"""Finite verbs that stand second while the cue closes the clause (*hat … angekündigt*)."""

GRAMMAR_WORDS: dict[str, Any] = {
    "complementizers": (),
    "verb_openers": ("der", "die", "das", "wer", "welche", "welcher"),
    "relative_pronouns": ("der", "die", "das", "welcher", "welche", "welches"),
    "apposition_openers": (
        "der", "die", "das", "den", "dem", "des", "ein", "eine", "einer", "welcher", "welche",
    ),
    "time_prepositions": ("am", "im", "in", "an", "seit", "vor", "nach", "bis"),
    "time_modifiers": ("diesem", "dieser", "letzten", "letzter", "vergangenen", "kommenden"),
    "time_words": (
        "Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag",
        "Woche", "Wochenende", "Monat", "Jahr", "Abend", "Morgen", "Nachmittag", "Vormittag",
        "Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
        "Oktober", "November", "Dezember",
    ),
    "complement_words": (
        "am", "im", "auf", "bei", "beim", "gegenüber", "vor", "in", "der", "dem", "den",
        "einer", "einem", "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag",
        "sonntag", "gestern", "heute", "abend", "morgen", "zudem", "auch", "außerdem", "weiter",
        "dazu", "noch", "bereits", "erneut", "später", "zuvor", "zunächst", "jedoch", "aber",
        "reportern", "journalisten", "presse", "pressekonferenz", "zeitung", "interview",
    ),
    "coordinators": ("und", "aber", "sowie", "sondern", "doch"),
    "according_cues": ("laut", "nach", "gemäß"),
    "plural_suffixes": (),
    "of_prepositions": ("von", "vom", "für", "aus", "der", "des", "bei", "beim", "im", "in"),
    "articles": ("der", "die", "das", "dem", "den", "des", "einer", "eines", "einem"),
    "percent_words": ("Prozent",),
    "clause_openers": ("und", "aber", "dass", "weil", "da", "wenn", "als", "während"),
}  # fmt: skip
"""The words of the grammar around cues, by :class:`LanguagePack` field."""

PACK = LanguagePack(
    code="de",
    quote_marks=[("„", "“"), ("‚", "‘"), ("»", "«"), ("›", "‹")],
    name="German",
    verbs={
        "speech": SPEECH_VERBS,
        "writing": WRITING_VERBS,
        "thought": THOUGHT_VERBS,
        "evidence": EVIDENCE_VERBS,
    },
    phrasal_cues=PHRASAL_CUES,
    nominal_cues=NOMINAL_CUES,
    noun_like_forms=(),
    pronouns=PRONOUNS,
    determiners=DETERMINERS,
    phrase_stopwords=PHRASE_STOPWORDS + tuple(word.capitalize() for word in PHRASE_STOPWORDS),
    name_connectors=NAME_CONNECTORS,
    name_stopwords=NAME_STOPWORDS,
    titles=TITLES,
    abbreviations=ABBREVIATIONS,
    cue_adverbs=CUE_ADVERBS,
    cue_auxiliaries=CUE_AUXILIARIES,
    morphology="de",
    removed_cues=HOMOGRAPHS,
    tag_cues=("so",),
    guarded_cues=(("nach", SOURCE_NOUNS),),
    postposed_cues=("zufolge",),
    source_prepositions=("in", "im"),
    subjunctive_forms=KONJUNKTIV,
    verb_second=True,
    source_clause_openers=("wie",),
    impersonal_cues=("heißt es", "hieß es"),
    anaphors=("dies", "das", "dieses"),
    finite_auxiliaries=FINITE_AUXILIARIES,
    line_colon=False,
    content_clause_markers=("dass",),
    self_sourced_cues=("demnach", "wonach"),
    adjective_endings=("e", "en", "er", "es", "em"),
    passive_auxiliaries=("worden", "werden", "wurde", "wurden", "wird"),
    **GRAMMAR_WORDS,
)
"""The German language pack."""
