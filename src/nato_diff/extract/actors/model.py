"""The actors data: people, institutions, roles and terms of office, sides, speech grammar.

Also :class:`Attribution`, the record of who a sentence's words belong to.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Literal, get_args

Side = Literal["ukraine", "nato", "russia", "ally", "eu", "other"]
How = Literal["quote", "reported", "carry_over", "none"]
Kind = Literal["person", "institution"]
#: The sides an actor can be on.
SIDES: tuple[str, ...] = get_args(Side)


@dataclass(frozen=True)
class RoleTerm:
    """One term of office.

    Attributes
    ----------
    role : str
        The role's id.
    start : datetime.date
        First day in office.
    end : datetime.date or None
        Last day in office; ``None`` while still in office.
    """

    role: str
    start: dt.date
    end: dt.date | None = None

    def covers(self, day: dt.date) -> bool:
        """Tell whether ``day`` falls within the term (both ends included)."""
        return self.start <= day and (self.end is None or day <= self.end)


@dataclass(frozen=True)
class Role:
    """A post that different people hold over time.

    Attributes
    ----------
    id : str
        The role's id.
    name : str
        Its name, for display.
    phrases : tuple of str
        Phrases naming this role only ("NATO Secretary General"); in the data file, a role's
        ``title_prefixes`` are prepended to each phrase to give more of them.
    generic : tuple of str
        Phrases shared with other roles ("the President").
    default : bool
        Whether a generic phrase falls back to this role when no candidate was named.
    side : str or None
        The side the holder speaks for while in the role; ``None`` leaves it to the holder's
        own side.
    """

    id: str
    name: str
    phrases: tuple[str, ...]
    generic: tuple[str, ...] = ()
    default: bool = False
    side: Side | None = None


@dataclass(frozen=True)
class Actor:
    """A person or institution who may speak in a document.

    Attributes
    ----------
    id : str
        Stable id ("zelenskyy", "kremlin").
    name : str
        Canonical name ("Volodymyr Zelenskyy", "Kremlin").
    side : {"ukraine", "nato", "russia", "ally", "eu", "other"}
        Whose position the actor speaks for (for a person, when no role held on a document's
        date says otherwise; see :meth:`Actors.side_of`).
    aliases : tuple of str
        Every written form of the name that identifies the actor, the canonical one first.
    roles : tuple of RoleTerm
        Terms of office.
    kind : {"person", "institution"}
        A person, or an institution or collective speaker ("NATO", "the Kremlin").
    """

    id: str
    name: str
    side: Side
    aliases: tuple[str, ...]
    roles: tuple[RoleTerm, ...] = ()
    kind: Kind = "person"

    def term(self, role: str, day: dt.date) -> RoleTerm | None:
        """Return the actor's term in ``role`` covering ``day``, if any."""
        for t in self.roles:
            if t.role == role and t.covers(day):
                return t
        return None


@dataclass(frozen=True)
class Attribution:
    """Who a sentence's words belong to.

    Attributes
    ----------
    speaker : str or None
        The actor's canonical name; the name (or role phrase) as written when the person is
        not in the actors file or the role could not be resolved; ``None`` for narration.
    actor_id : str or None
        The actor's id when known.
    side : str or None
        The speaker's side on the document's date; for an unknown person or body, the side
        its side word, role or label names ("Russian ..."), else ``None``.
    cue : str or None
        The words that attribute the sentence, as written ("said Volodymyr Zelensky",
        "emphasized the President", "he said", "Q:", "Press conference by ..."). Also set
        when ``how`` is ``"none"`` because a pronoun had nobody to refer to.
    how : {"quote", "reported", "carry_over", "none"}
        How the speaker was found (see :mod:`.attribution` for the rules).
    """

    speaker: str | None
    actor_id: str | None
    side: str | None
    cue: str | None
    how: How


#: The attribution of narration: nobody's words.
NARRATION = Attribution(None, None, None, None, "none")


def carried(att: Attribution | None) -> Attribution | None:
    """Return ``att`` as carried over to a later sentence; ``None`` when it names nobody."""
    if att is None or att.speaker is None:
        return None
    return Attribution(att.speaker, att.actor_id, att.side, att.cue, "carry_over")


def carried_as(att: Attribution, cue: str) -> Attribution:
    """Return ``att`` carried over to a sentence whose own attributing words are ``cue``."""
    return Attribution(att.speaker, att.actor_id, att.side, cue, "carry_over")


@dataclass(frozen=True)
class SpeechGrammar:
    """The word lists that attribute speech (see ``data/actors.yaml`` for each one's use).

    Attributes
    ----------
    reporting_verbs, adverbs, source_phrases, conjunctions, pronouns, honorifics : tuple of str
        Words around a speaker.
    title_words, non_name_words : tuple of str
        Words that are titles, and words that show a capitalised run is not a person's name.
    max_quote_sentences : int
        Longest quotation followed across sentences.
    auxiliaries, time_prepositions, time_words, asides : tuple of str
        Words that may stand between a speaker and the verb.
    institution_pronouns : tuple of str
        Pronouns standing for the last institution that spoke ("it").
    question_labels, answer_labels : tuple of str
        Transcript labels of questions and answers ("Q", "A").
    voice_headings : tuple of str
        Headings naming whose words a document is ("Press conference by").
    declaration_pronouns, first_person : tuple of str
        The pronoun opening "We, the <group>" and the words of first-person sentences.
    collective_bodies, body_modifiers : tuple of str
        Bodies that speak for their side ("officials", "foreign ministry"), and words that
        may stand before their side word ("senior").
    affiliations : tuple of (str, str)
        Words naming a side ("Russian", "russia").
    """

    reporting_verbs: tuple[str, ...]
    adverbs: tuple[str, ...]
    source_phrases: tuple[str, ...]
    conjunctions: tuple[str, ...]
    pronouns: tuple[str, ...]
    honorifics: tuple[str, ...]
    title_words: tuple[str, ...]
    non_name_words: tuple[str, ...]
    max_quote_sentences: int
    auxiliaries: tuple[str, ...] = ()
    time_prepositions: tuple[str, ...] = ()
    time_words: tuple[str, ...] = ()
    asides: tuple[str, ...] = ()
    institution_pronouns: tuple[str, ...] = ()
    question_labels: tuple[str, ...] = ()
    answer_labels: tuple[str, ...] = ()
    voice_headings: tuple[str, ...] = ()
    declaration_pronouns: tuple[str, ...] = ()
    first_person: tuple[str, ...] = ()
    collective_bodies: tuple[str, ...] = ()
    body_modifiers: tuple[str, ...] = ()
    affiliations: tuple[tuple[str, Side], ...] = ()
