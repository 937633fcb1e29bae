"""The shape of the words that tell who a speaker mention stands for, per language.

Pronouns with their gender and number, words that reveal a person's gender ("Mrs.",
"spokeswoman"), role nouns and the titles they match ("the head of state" is a
"President"), abbreviated titles and the role they name ("Sen." is a senator), and the
nouns that make a name an organisation ("Ministry", "Corp."). Data only; the rules that
use them are in :mod:`quoteattr.resolution`.
"""

from __future__ import annotations

from collections.abc import Iterable

import attrs

__all__ = ["GENDERS", "PeopleWords"]

GENDERS = frozenset({"male", "female", "plural", "neuter", "relative", "first"})
"""What a pronoun says of what it stands for: "first" is the first or second person
("I", "we", "you"), which stands for no one the document names; "relative" is "who"."""


def _pairs(value: Iterable[tuple[str, str]]) -> tuple[tuple[str, str], ...]:
    return tuple((key, item) for key, item in value)


def _words(value: Iterable[str]) -> tuple[str, ...]:
    return tuple(value)


@attrs.frozen(cache_hash=True)
class PeopleWords:
    """Words for resolving speakers to the people and organisations a document names.

    ``pronouns`` pair a lower-case pronoun with one of :data:`GENDERS`;
    ``gendered_words`` a title or role word (as written) with "male" or "female";
    ``role_synonyms`` a role noun with a title word it matches (lower case);
    ``title_roles`` an abbreviated title with the role it names;
    ``organisation_words`` lower-case nouns that make a name an organisation;
    ``role_nouns`` lower-case head nouns of mentions that stand for a person or an
    organisation ("minister", "company"); ``agent_nouns`` those of them that name someone
    acting for another ("spokesman", "aide"), never a second name for the one they serve;
    ``place_words`` words after which a name is a place or thing ("in New York");
    ``location_words`` the words of them after which a name is a place, not a person
    ("in South Carolina"; not "at" or "from", which stand before people as well);
    ``name_conjunctions`` the words that join two names into a group ("Brel and Varga");
    ``asking_cues`` cues that ask someone, whose answer a later pronoun reports ("asked
    Sanders whether");
    ``phrase_words`` more words after which a name is inside a longer phrase ("an adviser
    to Trump"); ``subject_pronouns`` the gendered pronouns that stand as subjects and
    ``possessive_pronouns`` those that stand before a noun ("his", "her");
    ``company_words`` the words that make an organisation a company ("Inc."), and
    ``sentence_openers`` the words that may open a sentence, or a clause after a comma,
    before its subject ("But", "When", "As for"; matched in any case);
    ``given_names`` a given name with "male" or "female", for names news copy gives almost
    only to one gender (see :mod:`quoteattr.languages.first_names`); ``object_particles``
    the words after which a possessive pronoun that is also an object pronoun is the object
    ("backed her up", "told her about"), not a possessive.
    """

    pronouns: tuple[tuple[str, str], ...] = attrs.field(default=(), converter=_pairs)
    gendered_words: tuple[tuple[str, str], ...] = attrs.field(default=(), converter=_pairs)
    role_synonyms: tuple[tuple[str, str], ...] = attrs.field(default=(), converter=_pairs)
    title_roles: tuple[tuple[str, str], ...] = attrs.field(default=(), converter=_pairs)
    organisation_words: tuple[str, ...] = attrs.field(default=(), converter=_words)
    role_nouns: tuple[str, ...] = attrs.field(default=(), converter=_words)
    agent_nouns: tuple[str, ...] = attrs.field(default=(), converter=_words)
    place_words: tuple[str, ...] = attrs.field(default=(), converter=_words)
    location_words: tuple[str, ...] = attrs.field(default=(), converter=_words)
    name_conjunctions: tuple[str, ...] = attrs.field(default=(), converter=_words)
    asking_cues: tuple[str, ...] = attrs.field(default=(), converter=_words)
    phrase_words: tuple[str, ...] = attrs.field(default=(), converter=_words)
    subject_pronouns: tuple[str, ...] = attrs.field(default=(), converter=_words)
    possessive_pronouns: tuple[str, ...] = attrs.field(default=(), converter=_words)
    company_words: tuple[str, ...] = attrs.field(default=(), converter=_words)
    sentence_openers: tuple[str, ...] = attrs.field(default=(), converter=_words)
    given_names: tuple[tuple[str, str], ...] = attrs.field(default=(), converter=_pairs)
    object_particles: tuple[str, ...] = attrs.field(default=(), converter=_words)
