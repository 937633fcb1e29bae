"""Russian: reporting verbs, speaker words and the grammar words around cues. Data only.

Verb entries are either an infinitive in -ть (-ться), inflected by the regular rules into
the past tense of every gender and number (*заявил*, *заявила*, *заявило*, *заявили*), the
third person of the present or perfective future and the adverbial participle, or every
form spelled out, space-separated, for irregular verbs.
"""

from __future__ import annotations

from typing import Any

from quoteattr.languages.pack import LanguagePack

SPEECH_VERBS: tuple[str, ...] = (
    "сказать сказал сказала сказало сказали скажет скажут сказав",
    "заявить", "заявлять", "сообщить", "сообщать", "отметить", "отмечать", "подчеркнуть",
    "подчеркнул подчеркнула подчеркнули подчеркнув", "добавить", "добавлять", "пояснить",
    "объяснить", "признать", "признать", "объявить", "говорить", "рассказать",
    "рассказывать", "ответить", "уточнить", "напомнить", "предупредить", "заверить",
    "спросить", "назвать назвал назвала назвали назовёт назвав", "указать указал указала "
    "указали указав", "призвать призвал призвала призвали призвав", "потребовать",
    "констатировать", "прокомментировать", "подтвердить", "возразить", "пообещать",
    "заметить", "настаивать", "критиковать", "раскритиковать", "обвинить", "отрицать",
    "опровергнуть опроверг опровергла опровергли", "выразить", "высказать",
    "воскликнуть воскликнул воскликнула воскликнули",
)  # fmt: skip
"""Verbs that report speech."""

WRITING_VERBS: tuple[str, ...] = (
    "написать написал написала написали напишет", "писать писал писала писали пишет пишут",
)  # fmt: skip
"""Verbs that report writing."""

THOUGHT_VERBS: tuple[str, ...] = (
    "считать", "полагать", "думать", "надеяться надеется надеются надеялся надеялась "
    "надеялись", "опасаться",
)  # fmt: skip
"""Verbs that report a thought or belief."""

NOMINAL_CUES: tuple[tuple[str, str], ...] = (
    ("speech", "по словам"),
    ("speech", "по данным"),
    ("speech", "по мнению"),
    ("speech", "по информации"),
    ("speech", "по сообщению"),
    ("speech", "согласно"),
)
"""Cues that are no verb: *по словам министра*, *по данным полиции*."""

PRONOUNS: tuple[str, ...] = ("он", "она", "они", "мы", "я", "оно")
"""Personal pronouns that can stand as a speaker."""

PHRASE_STOPWORDS: tuple[str, ...] = (
    "в", "во", "на", "с", "со", "к", "по", "о", "об", "от", "до", "из", "за", "для", "при",
    "и", "а", "но", "или", "что", "чтобы", "как", "когда", "если", "не", "также", "тоже",
    "уже", "ещё", "еще", "сегодня", "вчера", "был", "была", "были", "было", "это", "этот",
    "эта", "эти", "он", "она", "они", "в понедельник", "сказал", "сказала", "заявил",
    "заявила",
)  # fmt: skip
"""Words that end a noun-phrase speaker (*министр в понедельник* is *министр*)."""

NAME_STOPWORDS: tuple[str, ...] = (
    "В", "Во", "На", "С", "По", "О", "От", "До", "Из", "За", "Для", "При", "И", "А", "Но",
    "Как", "Когда", "Если", "Это", "Этот", "Эта", "Эти", "Он", "Она", "Они", "Мы", "Я",
    "Также", "Тем", "Однако", "Затем", "Потом", "Сегодня", "Вчера", "Позже", "Ранее",
    "Понедельник", "Вторник", "Среда", "Четверг", "Пятница", "Суббота", "Воскресенье",
)  # fmt: skip
"""Capitalised words that open sentences and never start a name."""

TITLES: tuple[str, ...] = (
    "Президент", "Премьер-министр", "Министр", "Губернатор", "Мэр", "Глава", "Директор",
    "Председатель", "Генерал", "Посол", "Патриарх", "Депутат",
)  # fmt: skip
"""Titles and offices that stand before a name and are not part of it."""

CUE_ADVERBS: tuple[str, ...] = (
    "также", "тоже", "ранее", "позже", "затем", "уже", "ещё", "еще", "вновь", "снова",
    "вчера", "сегодня", "неоднократно", "публично", "не",
)  # fmt: skip
"""Words that may stand between a speaker and the cue (*он также сказал*)."""

GRAMMAR_WORDS: dict[str, Any] = {
    "complementizers": ("что",),
    "verb_openers": ("который", "которая", "которые"),
    "relative_pronouns": ("который", "которая", "которые"),
    "apposition_openers": ("который", "которая", "которые"),
    "time_prepositions": ("в", "во"),
    "time_words": (
        "понедельник", "вторник", "среду", "четверг", "пятницу", "субботу", "воскресенье",
    ),
    "complement_words": (
        "что", "журналистам", "репортёрам", "репортерам", "в", "во", "понедельник",
        "вторник", "среду", "четверг", "пятницу", "субботу", "воскресенье", "вчера",
        "сегодня", "также",
    ),
    "coordinators": ("и", "а", "но"),
    "participle_suffixes": ("в", "вшись"),
    "according_cues": ("по словам", "по данным", "по мнению", "по информации",
                       "по сообщению", "согласно"),
    "of_prepositions": ("из", "от"),
    "clause_openers": ("и", "а", "но", "что", "как", "когда", "если"),
    "attribution_dashes": ("—", "–"),
}  # fmt: skip
"""The words of the grammar around cues, by :class:`LanguagePack` field."""

PACK = LanguagePack(
    code="ru",
    quote_marks=[("«", "»"), ("„", "“")],
    name="Russian",
    verbs={"speech": SPEECH_VERBS, "writing": WRITING_VERBS, "thought": THOUGHT_VERBS},
    phrasal_cues=(),
    nominal_cues=NOMINAL_CUES,
    noun_like_forms=(),
    pronouns=PRONOUNS,
    determiners=(),
    phrase_stopwords=PHRASE_STOPWORDS,
    name_connectors=(),
    name_stopwords=NAME_STOPWORDS,
    titles=TITLES,
    abbreviations=("г.", "гг.", "т.е.", "т.д.", "т.п.", "др.", "им."),
    cue_adverbs=CUE_ADVERBS,
    morphology="ru",
    bare_noun_speakers=True,
    line_colon=False,
    **GRAMMAR_WORDS,
)
"""The Russian language pack."""
