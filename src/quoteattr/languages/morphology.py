"""Verb inflection, one function per language: a verb entry in, its word forms out.

A language pack names its function in ``LanguagePack.morphology``. Every function takes one
entry of the pack's verb lists and returns the distinct forms, the entry's own first.
An entry of one word is inflected by the language's regular rules; an entry of several
words spells its forms out, for irregular verbs (the English format is fixed at five
forms, since users pass it to ``Extractor.with_cues``; German and Russian take any number).
"""

from __future__ import annotations

from collections.abc import Callable

__all__ = [
    "GAP",
    "INFLECTORS",
    "PHRASAL",
    "english",
    "german",
    "particle_after",
    "russian",
    "separable",
]

GAP = "…"
"""Stands in a cue form for the words a separable verb may have between it and its
particle: "teilte…mit" is "teilte mit", "teilte die Polizei mit", "teilte am Montag mit"."""

_VOWELS = frozenset("aeiou")


def english(entry: str) -> tuple[str, ...]:
    """English: a base form, or the five forms (base, 3rd person singular, past, past
    participle, present participle).

    >>> english("warn")
    ('warn', 'warns', 'warned', 'warning')
    >>> english("say says said said saying")
    ('say', 'says', 'said', 'saying')
    """
    forms = entry.split()
    if len(forms) == 1:
        base = forms[0]
        forms = [base, _third_person(base), _past(base), _past(base), _present_participle(base)]
    elif len(forms) != 5:
        raise ValueError(
            f"verb entry {entry!r} has {len(forms)} words; give one base form for a regular "
            "verb or all five forms (base, 3rd person singular, past, past participle, "
            "present participle) for an irregular one."
        )
    return tuple(dict.fromkeys(forms))


def _third_person(base: str) -> str:
    if base.endswith(("s", "x", "z", "ch", "sh", "o")):
        return base + "es"
    if base.endswith("y") and len(base) > 1 and base[-2] not in _VOWELS:
        return base[:-1] + "ies"
    return base + "s"


def _past(base: str) -> str:
    if base.endswith("e"):
        return base + "d"
    if base.endswith("y") and len(base) > 1 and base[-2] not in _VOWELS:
        return base[:-1] + "ied"
    return base + "ed"


def _present_participle(base: str) -> str:
    if base.endswith("ie"):
        return base[:-2] + "ying"
    if base.endswith("e") and not base.endswith(("ee", "ye", "oe")) and len(base) > 2:
        return base[:-1] + "ing"
    return base + "ing"


# Prefixes that take no "ge-" in the past participle (bestätigt, erklärt, verkündet).
_GERMAN_INSEPARABLE = ("be", "emp", "ent", "er", "ge", "miss", "ver", "zer", "hinter", "über")


def german(entry: str) -> tuple[str, ...]:
    """German: the infinitive of a weak verb, or the forms of a strong one spelled out.

    A weak verb gives present (sage, sagt, sagen), Konjunktiv I (sage), past (sagte,
    sagten), Konjunktiv II (= past) and participle (gesagt) forms.

    >>> german("sagen")
    ('sagen', 'sage', 'sagst', 'sagt', 'sagte', 'sagtest', 'sagten', 'sagtet', 'gesagt')
    >>> german("berichten")[:4]
    ('berichten', 'berichte', 'berichtest', 'berichtet')
    >>> german("erklären")[3:]  # no ge- after an unstressed prefix: erklärt, not geerklärt
    ('erklärt', 'erklärte', 'erklärtest', 'erklärten', 'erklärtet')
    >>> german("äußern")[-1], "kritisiert" in german("kritisieren")
    ('geäußert', True)
    >>> german("entgegnen")[4], german("bezeichnen")[4], german("warnen")[4]
    ('entgegnete', 'bezeichnete', 'warnte')
    >>> german("sprechen spricht sprach sprachen gesprochen")
    ('sprechen', 'spricht', 'sprach', 'sprachen', 'gesprochen')
    """
    forms = entry.split()
    if len(forms) > 1:
        return tuple(dict.fromkeys(forms))
    base = forms[0]
    stem = base[:-1] if base.endswith(("ern", "eln")) else base.removesuffix("en")
    # "berichten", "rechnen", "entgegnen": an e before endings that would be unpronounceable
    # (after t or d, and after m or n that follow another consonant but l, r or a lone h).
    nasal = len(stem) > 1 and stem[-1] in "mn" and stem[-2] not in "aeiouäöülrhmn"
    joint = "e" if stem.endswith(("t", "d", "chn", "chm")) or nasal else ""
    participle = stem + joint + "t"
    if not (stem.endswith("ier") or stem.startswith(_GERMAN_INSEPARABLE)):
        participle = "ge" + participle
    third = stem + joint + "t"
    past = stem + joint + "te"
    endings = [base, stem + "e", stem + joint + "st", third, past, past + "st", past + "n"]
    return tuple(dict.fromkeys([*endings, past + "t", participle]))


def russian(entry: str) -> tuple[str, ...]:
    """Russian: an infinitive in -ть (-ться), or the forms spelled out.

    The past tense has a form per gender and number; an infinitive in -ать/-ять or -ить
    also gives the third person of the present (or perfective future), and every verb its
    adverbial participle in -в (добавив, "adding").

    >>> russian("заявить")
    ('заявить', 'заявил', 'заявила', 'заявило', 'заявили', 'заявит', 'заявят', 'заявив')
    >>> russian("сообщать")[:6]
    ('сообщать', 'сообщал', 'сообщала', 'сообщало', 'сообщали', 'сообщает')
    >>> russian("сказать сказал сказала сказало сказали скажет скажут")[-1]
    'скажут'
    """
    forms = entry.split()
    if len(forms) > 1:
        return tuple(dict.fromkeys(forms))
    base = forms[0]
    reflexive = base.endswith("ся")
    verb = base.removesuffix("ся")
    if not verb.endswith("ть"):
        return (base,)
    stem = verb[:-2]
    past = [stem + "л", stem + "ла", stem + "ло", stem + "ли"]
    present: list[str] = []
    if stem.endswith(("а", "я")):
        present = [stem + "ет", stem + "ют"]
    elif stem.endswith("и"):
        plural = "ат" if stem[:-1].endswith(("ш", "щ", "ж", "ч")) else "ят"
        present = [stem[:-1] + "ит", stem[:-1] + plural]
    if reflexive:
        past = [form + ("ся" if form.endswith("л") else "сь") for form in past]
        present = [form + "ся" for form in present]
        return tuple(dict.fromkeys([base, *past, *present, stem + "вшись"]))
    return tuple(dict.fromkeys([base, *past, *present, stem + "в"]))


INFLECTORS: dict[str, Callable[[str], tuple[str, ...]]] = {
    "en": english,
    "de": german,
    "ru": russian,
}
"""The inflection functions by the name a pack gives in ``LanguagePack.morphology``."""


def particle_after(forms: tuple[str, ...], particle: str) -> tuple[str, ...]:
    """A verb with a particle after it, as in English: "points out", "pointed out"."""
    return tuple(f"{form} {particle}" for form in forms)


def separable(forms: tuple[str, ...], particle: str) -> tuple[str, ...]:
    """A German separable verb: in a main clause the particle closes the clause ("teilte
    am Montag mit"), elsewhere it is joined to the verb ("mitteilte", "mitgeteilt").

    The forms come as :func:`german` gives them, infinitive first and participle last;
    all but the participle may stand apart from their particle (the infinitive as the
    plural of the present: "sie teilen mit").

    >>> forms = separable(german("teilen"), "mit")
    >>> forms[:3]
    ('teilen…mit', 'teile…mit', 'teilst…mit')
    >>> "mitteilte" in forms, "mitgeteilt" in forms
    (True, True)
    >>> separable(("gehen", "geht", "gegangen"), "davon aus")[:5]
    ('gehen…davon aus', 'geht…davon aus', 'davon ausgehen', 'davon ausgeht', 'davon ausgegangen')
    """
    *leading, joined = particle.split()
    split = [f"{form}{GAP}{particle}" for form in forms[:-1]]
    together = [" ".join([*leading, joined + form]) for form in forms]
    # Written apart by some: "bekannt gab", "bekannt gegeben".
    apart = [" ".join([*leading, joined, form]) for form in forms]
    return tuple(dict.fromkeys([*split, *together, *apart]))


PHRASAL: dict[str, Callable[[tuple[str, ...], str], tuple[str, ...]]] = {
    "en": particle_after,
    "de": separable,
    "ru": particle_after,
}
"""How each morphology places a particle (``"verb + particle"`` cue entries)."""
