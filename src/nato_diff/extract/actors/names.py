"""Who words name: a name, title, role phrase, body or pronoun in a sentence, as an actor.

:class:`Names` works on one document: role phrases resolve to who held the role on its date,
generic ones ("the President") through the people named before them (:class:`Mentions`), and
"he", "she" and "it" through the last speaker.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, replace

from .grammar import TOKEN, others_follow
from .index import Actors
from .model import Actor, Attribution, How, Kind, Side, carried_as


@dataclass(frozen=True)
class SpeakerWords:
    """The words naming a sentence's speaker, as found with the words attributing them.

    Attributes
    ----------
    np : str
        The speaker's words ("the Secretary General", "he", "Olha Ivanenko").
    start : int
        Where they start in the sentence (approximate when quoted words were masked).
    cue : str
        The attributing words ("said the Secretary General").
    how : {"quote", "reported"}
        Whether the speaker is quoted or reported.
    aside : str or None
        An appositive between speaker and verb ("X, head of Y, said").
    """

    np: str
    start: int
    cue: str
    how: How
    aside: str | None = None


@dataclass(frozen=True)
class Who:
    """A speaker as identified: the name to show, the actor if known, side and kind."""

    speaker: str
    actor_id: str | None
    side: Side | None
    kind: Kind


class Mentions:
    """The actors a document names, sentence by sentence (by names and specific role phrases).

    Sentences are read as far as asked for, once.
    """

    def __init__(self, actors: Actors, sentences: Sequence[str], date: dt.date) -> None:
        self.a = actors
        self.sentences = sentences
        self.date = date
        self._mentions: list[list[tuple[int, str]]] = []
        self._offsets: list[int] = []  # where each sentence's mentions start in _named
        self._named: list[str] = []  # ids of every mention so far, in document order

    def at(self, i: int) -> list[tuple[int, str]]:
        """Actors named in sentence ``i``: (position, id)."""
        mention_at = self.a._patterns.speakers.mention_at
        while len(self._mentions) <= i:
            found: list[tuple[int, str]] = []
            sentence = self.sentences[len(self._mentions)]
            end = 0
            for tok in TOKEN.finditer(sentence):
                rx = mention_at.get(tok.group().lower())
                if rx is None or tok.start() < end:
                    continue
                m = rx.match(sentence, tok.start())
                if m is None:
                    continue
                end = m.end()
                if m.group("name"):
                    who = self.a.by_name(m.group("name"))
                else:
                    who = self.a.resolve_role(m.group("role"), date=self.date)
                if who is not None:
                    found.append((m.start(), who.id))
            self._offsets.append(len(self._named))
            self._named.extend(aid for _, aid in found)
            self._mentions.append(found)
        return self._mentions[i]

    def before(self, i: int, pos: int) -> list[str]:
        """Ids of actors named before position ``pos`` of sentence ``i``, oldest first."""
        here = [aid for p, aid in self.at(i) if p < pos]
        return self._named[: self._offsets[i]] + here

    def latest(self, i: int, pos: int) -> Actor | None:
        """Return the first actor named in the latest sentence naming one, up to ``pos``."""
        here = [aid for p, aid in self.at(i) if p < pos]
        if here:
            return self.a[here[0]]
        for k in range(i - 1, -1, -1):
            ms = self.at(k)
            if ms:
                return self.a[ms[0][1]]
        return None

    def first(self, i: int) -> Attribution | None:
        """Return the first person named in the sentences before ``i``."""
        if i == 0:
            return None
        self.at(i - 1)
        if not self._named:
            return None
        actor = self.a[self._named[0]]
        return Attribution(
            actor.name, actor.id, self.a.side_of(actor, date=self.date), None, "carry_over"
        )


class Names:
    """Who the words naming speakers in one document's sentences refer to."""

    def __init__(self, actors: Actors, sentences: Sequence[str], date: dt.date) -> None:
        self.a = actors
        self.p = actors._patterns.speakers
        self.sentences = sentences
        self.date = date
        self.mentions = Mentions(actors, sentences, date)
        # unknown people who spoke with a side, by surname: "Koval said" after "the head of the
        # Rada delegation, Vasyl Koval, said"
        self.unknown_sides: dict[str, tuple[str, Side]] = {}

    def is_pronoun(self, np: str) -> bool:
        """Tell whether ``np`` is a pronoun, for a person or an institution."""
        return bool(self.p.pron.fullmatch(np) or self.p.ipron.fullmatch(np))

    def speaker_words_ok(self, np: str, *, after_quote: bool, known_only: bool = False) -> bool:
        """Tell whether the words matched as a speaker name a person or an institution."""
        p = self.p
        if (
            p.known_np.fullmatch(np)
            or p.pron.fullmatch(np)
            or p.ipron.fullmatch(np)
            or p.inst.fullmatch(np)
            or p.collective.fullmatch(np)
        ):
            return True
        if known_only:
            return False
        return self.unknown_person(np, after_quote=after_quote) is not None

    def unknown_person(
        self, np: str, *, after_quote: bool, labelled: bool = False
    ) -> tuple[str, Side | None] | None:
        """Return an unknown person's name in ``np`` and the side its side word or role gives.

        ``labelled`` asks for a title, role or side word before the name (transcript labels).
        """
        p = self.p
        m = p.unknown.fullmatch(np)
        if m is None:
            return None
        person = m.group("person")
        tokens = person.split()
        if any(t.rstrip(".") in p.non_name or t.lower() in p.inst_words for t in tokens):
            return None
        honorific = bool(p.hon_start.match(person + " "))
        titled = bool(m.group("titles")) or bool(m.group("urole")) or honorific
        if labelled and not (titled or m.group("aff")):
            return None
        if len(tokens) < 2 and not titled and not after_quote:
            return None
        if titled and len(tokens) == 1 and honorific:
            return None
        side: Side | None = None
        if m.group("aff"):
            side = self.a.affiliation(m.group("aff"))
            if others_follow(np, m.end("aff")):
                return None  # "Ukraine's Western partners": others, and no person
        elif m.group("urole"):
            side = self.a.role_side(m.group("urole"))
        return person, side

    def identify(self, np: str, i: int, pos: int) -> Who:
        """Who the words ``np`` (a matched speaker shape, not a pronoun) name."""
        a, p = self.a, self.p
        m = p.known_np.fullmatch(np)
        if m is not None:
            if m.group("name"):
                actor = a.by_name(m.group("name")) or self.named_before(m.group("name"), i, pos)
                if actor is not None:
                    return Who(actor.name, actor.id, a.side_of(actor, date=self.date), "person")
                return Who(np, None, None, "person")
            return self._role(np, m.group("role2"), i, pos)
        if p.inst.fullmatch(np):
            inst = a.institution(np)
            if inst is not None:
                return Who(inst.name, inst.id, inst.side, "institution")
        c = p.collective.fullmatch(np)
        if c is not None:
            body = np[c.start("caff") :]
            side = a.affiliation(c.group("caff"))
            if others_follow(np, c.end("caff")):
                side = None  # "Ukraine's partners" are others, not Ukraine
            return Who(body, None, side, "institution")
        actor = self.named_before(np, i, pos)
        if actor is not None:
            return Who(actor.name, actor.id, self.a.side_of(actor, date=self.date), "person")
        found = self.unknown_person(np, after_quote=True)
        if found is not None:
            return Who(found[0], None, found[1], "person")
        return Who(np, None, None, "person")

    def named_before(self, name: str, i: int, pos: int) -> Actor | None:
        """Return the person named in full earlier in the document whose surname is ``name``.

        A surname that is too common to stand alone in the actors file ("Rasmussen") still
        names the person the document has already named in full ("RASMUSSEN:" after "Anders
        Fogh Rasmussen"); the most recently named one wins.
        """
        words = name.split()
        if len(words) != 1:
            return None
        key = words[0].strip(".,:;").casefold()
        for actor_id in reversed(self.mentions.before(i, pos)):
            actor = self.a[actor_id]
            if actor.kind != "institution" and any(
                alias.split()[-1].casefold() == key for alias in actor.aliases
            ):
                return actor
        return None

    def _role(self, np: str, phrase: str, i: int, pos: int) -> Who:
        """Who a role phrase names: its holder, or the words as written with the role's side."""
        a = self.a
        ctx = self.mentions.before(i, pos) if a._is_generic(phrase) else []
        held = a._role_holder(phrase, date=self.date, context_ids=ctx)
        if held is not None:
            role, actor = held
            side = role.side or a.side_of(actor, date=self.date)
            return Who(actor.name, actor.id, side, "person")
        return Who(np, None, a.role_side(phrase), "person")

    def speaker(
        self,
        found: SpeakerWords,
        i: int,
        last_person: Attribution | None,
        last_inst: Attribution | None,
    ) -> tuple[Attribution, Kind | None]:
        """Return the attribution the speaker's words give sentence ``i``, and its kind.

        "He" or "she" takes the last person who spoke (failing that, the latest one named),
        "it" the last institution; an unknown person may take a side from an appositive.
        """
        a, p = self.a, self.p
        np = found.np
        if p.pron.fullmatch(np):
            if last_person is not None:
                return carried_as(last_person, found.cue), "person"
            who = self.mentions.latest(i, found.start)
            if who is None:
                return Attribution(None, None, None, found.cue, "none"), None
            side = a.side_of(who, date=self.date)
            return Attribution(who.name, who.id, side, found.cue, "carry_over"), "person"
        if p.ipron.fullmatch(np):
            if last_inst is not None:
                return carried_as(last_inst, found.cue), "institution"
            return Attribution(None, None, None, found.cue, "none"), None
        w = self.remembered(
            self._with_appositive_side(self.identify(np, i, found.start), found, i)
        )
        return Attribution(w.speaker, w.actor_id, w.side, found.cue, found.how), w.kind

    def remembered(self, w: Who) -> Who:
        """Give an unknown person the side an earlier mention in full gave the same surname.

        A news story names a person in full with a title once ("Ukraine's ambassador in Berlin,
        Andriy Melnyk, welcomed …") and by surname after ("… Melnyk told reporters"), or by
        the same name with no title (an interview's "Andriy Melnyk:" labels).

        Parameters
        ----------
        w : Who
            The speaker as identified; one with a side is remembered by surname.

        Returns
        -------
        Who
            The speaker, with the remembered name in full and side when one matches.
        """
        if w.actor_id is not None or w.kind != "person" or not w.speaker:
            return w
        words = w.speaker.split()
        key = words[-1].strip(".,:;").casefold()
        if key in self.p.title_words:
            return w  # "the Minister" is no surname of the "Prime Minister" named before
        if w.side is not None:
            if len(words) > 1:
                self.unknown_sides[key] = (w.speaker, w.side)
            return w
        known = self.unknown_sides.get(key)
        if known is None or (len(words) > 1 and known[0].split()[-len(words) :] != words):
            return w  # the surname alone, or the same name in full ("Margus Tsahkna:")
        return replace(w, speaker=known[0], side=known[1])

    def _with_appositive_side(self, w: Who, found: SpeakerWords, i: int) -> Who:
        """Give an unknown speaker with no side the side an appositive names, if any."""
        if w.side is None and w.actor_id is None and found.aside:
            # "Andriy Yermak, head of the Presidential Office, said"
            w = replace(w, side=self.side_in(found.aside))
        if w.side is None and w.actor_id is None:
            # "…, the spokesman of Ukraine's Navy, Dmytro Pletenchuk, said"
            before = self.sentences[i][: found.start].rstrip()
            if before.endswith(","):
                appositive = before[:-1].rsplit(",", 1)[-1]
                if len(appositive) <= 80:
                    w = replace(w, side=self.side_in(appositive))
        return w

    def side_in(self, text: str) -> Side | None:
        """Return the side a text names: a role, a side word or an institution."""
        a, p = self.a, self.p
        side = a.role_side(text.strip())
        if side is not None:
            return side
        m = p.aff_in.search(text)
        if m is not None:
            return a.affiliation(m.group("aff"))
        m = p.inst_in.search(text)
        inst = a.institution(m.group(0)) if m is not None else None
        return None if inst is None else inst.side
