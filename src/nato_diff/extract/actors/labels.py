"""Lines that name their speaker outright: transcript labels, headings and declarations.

A transcript label opens a line (``Name (Role):``, ``Q:``, ``A:``); a heading names whose
words a document is ("Press conference by …"); a declaration opens "We, the <group>, …".
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Literal

from .grammar import PARAGRAPH_RE
from .model import NARRATION, Attribution
from .names import Names, Who

QUESTION = "Question"  # the speaker of a question in a transcript
ANSWER = "Answer"  # the speaker of an answer when the document names no main speaker

_LABEL_WORD = r"[^\W\d_][\w.'’-]*"
# A transcript label: up to ten words, an optional (role) or [outlet], then a colon.
_LABEL = re.compile(
    rf"\s*(?P<lab>{_LABEL_WORD}(?:[ \t]+{_LABEL_WORD}){{0,9}})[ \t]*"
    r"(?:[(\[](?P<paren>[^()\[\]\n]{1,80})[)\]])?[ \t]*:(?=\s|$)"
)
_LABEL_PLACE = re.compile(r"\s+(?:in|at)\s+(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}$")
# An unknown transcript label: one to three capitalised or upper-case words ("SMITH",
# "Olha Ivanenko", "JOHN SMITH").
_NAME_LABEL = re.compile(r"[^\W\d_a-zß-ÿ][\w.'’-]*(?:[ \t]+[^\W\d_a-zß-ÿ][\w.'’-]*){0,2}")
#: Where a heading turns to what it is about ("… on the application", "… about talks").
_ABOUT = re.compile(r"\s(?:on|about|regarding|concerning|following|after|at|in)\s", re.I)
_JOINT = re.compile(r"\s*,?\s+(?:and|&)\s")


@dataclass(frozen=True)
class Label:
    """A transcript label: a question, an answer, a speaker, or an unknown label.

    Attributes
    ----------
    kind : {"question", "answer", "speaker", "unknown"}
        What the label is.
    who : Who or None
        The speaker (for ``"speaker"``, and for an unknown label written in capitals).
    cue : str
        The label as written ("Q:", "Jens Stoltenberg (NATO Secretary General):").
    name : str
        The label's words before any bracket and the colon ("Jens Stoltenberg").
    """

    kind: Literal["question", "answer", "speaker", "unknown"]
    who: Who | None
    cue: str
    name: str = ""


class Labels:
    """Reads the lines of a document that name their speaker outright."""

    def __init__(self, names: Names) -> None:
        self.names = names
        self.a = names.a
        self.p = names.a._patterns.labels
        self.speakers = names.p

    # -- transcript labels ------------------------------------------------------------------
    def label(self, i: int, sentence: str) -> Label | None:
        """Return the transcript label opening sentence ``i`` ("Q:", "Name (Role):"), if any."""
        colon = sentence.find(":")
        if colon < 0 or colon > 160:
            return None
        m = _LABEL.match(sentence)
        if m is None:
            return None
        lab, paren = m.group("lab"), m.group("paren")
        cue = sentence[m.start("lab") : m.end()].strip()
        if self.p.question.fullmatch(lab):
            return Label("question", None, cue)
        if self.p.answer.fullmatch(lab):
            return Label("answer", None, cue)
        who = self._label_speaker(i, lab, paren)
        if who is None:
            place = _LABEL_PLACE.search(lab)
            if place is not None and place.start() > 0:
                who = self._label_speaker(i, lab[: place.start()], paren)
        if who is None and not any(c.islower() for c in lab):
            who = self._capitals_speaker(i, lab, paren)
        if who is not None:
            return Label("speaker", who, cue)
        if _NAME_LABEL.fullmatch(lab):
            return Label("unknown", self._unknown_speaker(lab, paren), cue, lab)
        return None

    def _unknown_speaker(self, lab: str, paren: str | None) -> Who | None:
        """Return the speaker an unknown name is in a transcript, when written in capitals."""
        p = self.speakers
        capitals = not any(c.islower() for c in lab) and not any(
            t.rstrip(".").title() in p.non_name or t.lower() in p.inst_words for t in lab.split()
        )
        side = self.names.side_in(paren) if paren else None
        return Who(lab, None, side, "person") if capitals else None

    def _capitals_speaker(self, i: int, lab: str, paren: str | None) -> Who | None:
        """Return the known actor a label in capitals names ("ZELENSKYY", "MR RUTTE")."""
        actor = self.a._by_name_in_capitals(lab) or self.names.named_before(lab, i, 0)
        if actor is not None:
            return Who(
                actor.name, actor.id, self.a.side_of(actor, date=self.names.date), actor.kind
            )
        words = " ".join(w[:1] + w[1:].lower() for w in lab.split())
        who = self._label_speaker(i, words, paren)
        return who if who is not None and who.actor_id is not None else None

    def _label_speaker(self, i: int, lab: str, paren: str | None) -> Who | None:
        """Return the person a label names: a known name or role, or a titled unknown person."""
        if self.names.is_pronoun(lab):
            return None
        if self.speakers.known_np.fullmatch(lab):
            who = self.names.identify(lab, i, 0)
        else:
            found = self.names.unknown_person(lab, after_quote=False, labelled=paren is None)
            if found is None:
                return None
            who = Who(found[0], None, found[1], "person")
        if who.side is None and paren:
            who = replace(who, side=self.names.side_in(paren))
        return who

    def recalled(self, lab: Label) -> Label:
        """Give an unknown label the person the lines before named in full with a side.

        An interview introduces its guest once ("Estonian Foreign Minister Margus Tsahkna
        spoke to …") and labels the answers with the name alone ("Margus Tsahkna: …").
        """
        if lab.kind != "unknown" or lab.who is not None or not lab.name:
            return lab
        known = self.names.remembered(Who(lab.name, None, None, "person"))
        return lab if known.side is None else Label("speaker", known, lab.cue, lab.name)

    def labelled(self, lab: Label, i: int, main: Attribution | None) -> Attribution:
        """Return the attribution of a labelled line; answers go to ``main``."""
        if lab.kind == "question":
            return Attribution(QUESTION, None, None, lab.cue, "quote")
        if lab.kind == "answer":
            who = main or self.names.mentions.first(i)
            if who is None:
                return Attribution(ANSWER, None, None, lab.cue, "quote")
            return Attribution(who.speaker, who.actor_id, who.side, lab.cue, "quote")
        w = lab.who
        if w is None:  # an unknown label that names nobody ("Photo:", "UPDATE:")
            return NARRATION
        return Attribution(w.speaker, w.actor_id, w.side, lab.cue, "quote")

    # -- headings and declarations ----------------------------------------------------------
    def heading(self, i: int, sentence: str) -> tuple[Who, str, bool] | None:
        """Return the speaker a heading names as the document's, its words, and if it names two."""
        m = self.p.heading.match(sentence)
        if m is None:
            return None
        rest = m.group("rest")
        who: Who | None = None
        end = 0
        n = self.speakers.np_start.match(rest)
        if n is not None and not self.names.is_pronoun(n.group()):
            cand = self.names.identify(n.group(), i, m.start("rest"))
            if cand.actor_id is not None or self.names.unknown_person(
                n.group(), after_quote=False
            ):
                who, end = cand, n.end()
        if who is None:
            # the institution is named before what the heading is about ("Statement by the
            # Ministry on Kyiv's application" names no one in Kyiv)
            about = _ABOUT.search(rest)
            s = self.speakers.inst_in.search(rest, 0, about.start() if about else len(rest))
            inst = self.a.institution(s.group()) if s is not None else None
            if s is None or inst is None:
                return None
            who, end = Who(inst.name, inst.id, inst.side, "institution"), s.end()
        cue = sentence[: m.start("rest") + end].strip()
        return who, cue, _JOINT.match(rest, end) is not None

    def declaration(self, sentence: str) -> tuple[Who, str] | None:
        """Return the institution "We, the <group>, ..." speaks for, and those words."""
        m = self.p.declaration.match(sentence)
        if m is None:
            return None
        s = self.speakers.inst_in.search(m.group("group"))
        inst = self.a.institution(s.group()) if s is not None else None
        if inst is None:
            return None
        return Who(inst.name, inst.id, inst.side, "institution"), m.group("decl").strip()

    def first_person(self, sentence: str, voice: Attribution) -> bool:
        """Whether a sentence opens in the first person or with the voice's own name."""
        if self.p.first_person.match(sentence):
            return True
        if voice.actor_id is None:
            return False
        opening = PARAGRAPH_RE.match(sentence)
        m = self.speakers.inst_in.match(sentence, opening.end() if opening is not None else 0)
        inst = self.a.institution(m.group()) if m is not None else None
        return inst is not None and inst.id == voice.actor_id
