"""Deciding each sentence's speaker: :func:`attribute` and the rules it follows.

:func:`attribute` gives every sentence of a document an :class:`Attribution`, using only the
document's own sentences and date, and the actors and speech words of ``data/actors.yaml``
(or your own files, see :func:`load_actors`). The steps live in their own modules:
:mod:`.labels` (transcript labels, headings, declarations), :mod:`.quotes` (quotations),
:mod:`.cues` (the words attributing a sentence) and :mod:`.names` (who those words name); this
module walks the document and carries speakers from sentence to sentence.

Attribution rules
-----------------
A speaker is a known actor's name (with or without a role, title, courtesy title or side word
before it: "President Volodymyr Zelenskyy", "Mr Stoltenberg", "Dutch Prime Minister Mark
Rutte"), a role phrase ("the Secretary General of the Alliance"), an institution ("the
Kremlin", "Allied leaders", "Moscow"), a body named by its side ("Russian officials",
"Ukraine's navy"), "he"/"she" (a person) or "it" (an institution), or an unknown person's
capitalised name ("Olha Ivanenko"; "Russian Deputy Foreign Minister Sergei Ryabkov" gives the
person "Sergei Ryabkov" on side ``russia`` from the side word). Time and manner phrases,
auxiliaries and adverbs may stand between a speaker and the verb ("Stoltenberg on Tuesday
said", "The Kremlin in a statement said", "X has repeatedly said").
In each sentence the first of these that applies is used:

1. *Transcript label* (``how="quote"``): a line opening ``Name (Role):``, ``Name:``, ``Role:``
   or ``Title Name:`` gives the line to that person; ``Q:``, ``Question:``, ``Moderator:``
   lines are the questioner's (speaker ``"Question"``, no side) and ``A:`` lines the
   document's main speaker (see *voice*). In a transcript (two labels or more) each label's
   speaker also keeps the sentences after it that have no speaker of their own
   (``how="carry_over"``) until the next label; a lone label (a headline such as
   "Rutte: Ukraine's path is irreversible") covers its own line only. Labels match names in
   any case ("ZELENSKYY:", "STOLTENBERG:"). Any other label of one to three capitalised
   words ends the turn before it; in a transcript, one written in capitals ("JOHN SMITH:")
   makes an unknown speaker of its own (no side), others ("Photo:") leave their line to the
   rules below.
2. *Quotation* (``how="quote"``): a speaker and a reporting verb right after a closing quote
   mark, in either order (``“…,” said X.``, ``“…,” X said.``, ``“…,” he added, noting …``). A
   quotation opened in an earlier sentence gives every sentence from its opening to here the
   same speaker. A missing closing quote (``…decisions,said X.``) is tolerated when the words
   after the comma are a reporting verb and a known speaker.
3. *Reported speech* (``how="reported"``): a speaker right before a reporting verb, at the
   start of the sentence or of a clause (``X noted that …``, ``In particular, X emphasized …``,
   ``X, in his turn, noted …``, ``X stressed: “…”``); ``…, says X`` at the end of a sentence;
   ``according to X``; and a headline ending ``– X`` (a known name).
   A quotation opened after such a verb and left open carries the speaker to the sentences it
   spans.
4. *Carry-over* (``how="carry_over"``): "he"/"she" as the speaker take the last person named
   as a speaker in the document (failing that, the first person named in the latest sentence
   naming one), and "it" the last institution; a quotation that stands alone right after
   another attributed quotation takes its speaker.
5. *Voice* (``how="carry_over"``): a heading naming whose words the document is ("Press
   conference by NATO Secretary General Mark Rutte", "Statement by the North Atlantic
   Council") or a declaration opening "We, the <group>, …" whose group names an institution
   (the declaration itself gets ``how="quote"``) makes that speaker the document's voice: the
   sentences after it with no speaker of their own are the voice's, until a speaker of
   another side is attributed; after that, sentences opening in the first person ("We",
   "Our") or with the voice's own name ("Allies …") still are. A heading naming two speakers
   ("… by X and Y") only sets the main speaker that ``A:`` labels refer to.

A paragraph number ("5.", "(5)", "IV.") before a speaker is skipped. An unknown person with
no side word of their own takes the side an appositive before or after the name gives ("…, the
spokesman of Ukraine's Navy, Olek Marenko, said").

Everything else is narration: speaker, actor and side ``None``, ``how="none"``. An actor only
mentioned ("met with Jens Stoltenberg", "met with NATO") is not the speaker.

Role phrases resolve to whoever held the role on the document's date. Generic phrases shared
between institutions ("the President", "the head of state") resolve to the holder of one of
those roles who was named (or referred to by a specific role phrase) most recently before the
phrase in the same document; when none was, to the role marked ``default`` for the phrase; and
otherwise they stay unresolved: the speaker is then the phrase as written, with no side.
A person's side is the side of the role they held on the document's date (Mark Rutte is on
side ``ally`` as Dutch Prime Minister in 2023, ``nato`` as Secretary General in 2025), and
their own side when they held no role with one.
Single quotation marks are not treated as quotations (they double as apostrophes).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import replace

from .cues import Cues
from .index import Actors
from .labels import Label, Labels
from .loading import load_actors
from .model import NARRATION, Attribution, carried
from .names import Names, SpeakerWords, Who
from .quotes import Quotation

_LETTER = re.compile(r"[^\W\d_]")
#: How far into a sentence its subject's name may start (a title before it: "NATO Secretary
#: General Jens Stoltenberg …" is found at the title).
_SUBJECT_START = 2


def _other_side(att: Attribution, voice: Attribution) -> bool:
    """Whether ``att`` is a speaker other than ``voice``, on another side (or none)."""
    return att.speaker != voice.speaker and (att.side is None or att.side != voice.side)


class _Walk:
    """One pass over a document's sentences, remembering who spoke so far."""

    def __init__(self, actors: Actors, sentences: Sequence[str], date: dt.date) -> None:
        self.sentences = sentences
        self.names = Names(actors, sentences, date)
        self.cues = Cues(self.names)
        self.labels = Labels(self.names)
        self.quotation = Quotation(actors.grammar.max_quote_sentences)
        self.out: list[Attribution | None] = [None] * len(sentences)
        # the speaker of the turn or the voice, for sentences with no speaker of their own
        self.fallback: list[Attribution | None] = [None] * len(sentences)
        self.last_person: Attribution | None = None  # last person named as a speaker
        # narrated sentences since then whose subject may be the person "he" stands for
        self.unread: list[int] = []
        self.last_inst: Attribution | None = None  # last institution named as a speaker
        self.turn: Attribution | None = None  # speaker of the current transcript turn
        self.voice: Attribution | None = None  # whose words the document is
        self.voice_open = False  # no speaker of another side has spoken since the voice was set
        self.main: Attribution | None = None  # the main speaker, for answers

    def run(self) -> list[Attribution]:
        """Attribute every sentence."""
        labels = [self.labels.label(i, s) for i, s in enumerate(self.sentences)]
        transcript = (
            sum(x is not None and (x.kind != "unknown" or x.who is not None) for x in labels) >= 2
        )
        for i, sentence in enumerate(self.sentences):
            lab = labels[i]
            lab = None if lab is None else self.labels.recalled(lab)
            # An unknown label ends the turn before it; outside a transcript, or naming nobody
            # ("Photo:"), its line is read like any other.
            if lab is not None and lab.kind == "unknown" and (lab.who is None or not transcript):
                self.turn, lab = None, None
            self._set_fallback(i, sentence)
            if lab is not None:
                self._labelled(i, lab, transcript)
            else:
                self._sentence(i, sentence)
        return [x or f or NARRATION for x, f in zip(self.out, self.fallback, strict=True)]

    def _set_fallback(self, i: int, sentence: str) -> None:
        """Give a sentence the turn's speaker, else the voice (while it holds, or for "we")."""
        if not _LETTER.search(sentence):
            return
        if self.turn is not None:
            self.fallback[i] = self.turn
        elif self.voice is not None and (
            self.voice_open or self.labels.first_person(sentence, self.voice)
        ):
            self.fallback[i] = self.voice

    def _labelled(self, i: int, lab: Label, transcript: bool) -> None:
        """Give a labelled line to its label; in a transcript, the label also opens a turn."""
        said = self.labels.labelled(lab, i, self.main or self._person())
        if lab.kind == "answer" and self.main is None and said.actor_id is not None:
            self.main = said
        elif lab.kind != "answer" and lab.who is not None and lab.who.kind == "person":
            self.last_person, self.unread = said, []
        self.out[i] = said
        self.quotation.reset()
        if transcript:
            self.turn = carried(said)

    def _sentence(self, i: int, sentence: str) -> None:
        """Attribute any other line: a heading, a quotation, reported speech, a declaration."""
        self._heading(i, sentence)
        decl = None if self.quotation.open else self.labels.declaration(sentence)
        q = self.quotation.scan(sentence)
        found = self.cues.find(sentence, q)
        att = self._speaker(i, found)
        if att is None and not q.has_quote:
            self.unread.append(i)
        quoted = found is not None and found.how == "quote"
        self.quotation.place(self.out, i, q, att, quoted=quoted)
        if decl is not None:
            self._declared(i, *decl)
        self.quotation.remember(q, self.out[i])

    def _person(self) -> Attribution | None:
        """Return the person "he" or "she" stands for now: the latest subject or speaker.

        A person who opens a narrated sentence after the last speaker is the one meant
        ("Stoltenberg, who chaired the session, was more cautious. “…,” he said."); the
        narrated sentences are read for it only when a pronoun asks.
        """
        for k in reversed(self.unread):
            named = self.names.mentions.at(k)
            if not named or named[0][0] > _SUBJECT_START:
                continue
            actor = self.names.a[named[0][1]]
            if actor.kind == "person":
                side = self.names.a.side_of(actor, date=self.names.date)
                self.last_person = Attribution(actor.name, actor.id, side, None, "carry_over")
                break
        self.unread = []
        return self.last_person

    def _heading(self, i: int, sentence: str) -> None:
        """Set the main speaker a heading names, and the voice unless it names two."""
        head = self.labels.heading(i, sentence)
        if head is None:
            return
        h, cue, joint = head
        self.main = Attribution(h.speaker, h.actor_id, h.side, cue, "carry_over")
        self.voice, self.voice_open, self.turn = (None if joint else self.main), not joint, None

    def _speaker(self, i: int, found: SpeakerWords | None) -> Attribution | None:
        """Return who the attributing words name; note the last person or institution."""
        if found is None:
            return None
        person = self._person() if self.names.p.pron.fullmatch(found.np) else self.last_person
        att, kind = self.names.speaker(found, i, person, self.last_inst)
        if att.how in ("quote", "reported") and att.speaker:
            if kind == "person":
                self.last_person, self.unread = att, []
            elif kind == "institution":
                self.last_inst = att
            if self.voice is not None and _other_side(att, self.voice):
                self.voice_open = False
        return att

    def _declared(self, i: int, who: Who, cue: str) -> None:
        """Give a declaration ("We, the ...") to its institution, and make that the voice."""
        self.voice = Attribution(who.speaker, who.actor_id, who.side, cue, "carry_over")
        self.voice_open, self.main = True, self.main or self.voice
        if self.out[i] is None:
            self.out[i] = replace(self.voice, how="quote")


def attribute(
    sentences: Sequence[str], *, date: dt.date, actors: Actors | None = None
) -> list[Attribution]:
    """Attribute each sentence of one document to its speaker.

    Parameters
    ----------
    sentences : sequence of str
        The document's sentences in order (quoted sentences separate; an attribution after a
        quotation kept with its last sentence, as :func:`nato_diff.sentences.split_sentences`
        does).
    date : datetime.date
        The document's date: role phrases resolve to who held the role that day.
    actors : Actors, optional
        The actors and attribution grammar; the package's by default.

    Returns
    -------
    list of Attribution
        One per sentence, in order. See the module's docstring for the rules.

    Examples
    --------
    >>> import datetime as dt
    >>> sents = ["Mark Rutte met the minister.", "“We stand firm,” said the Secretary General."]
    >>> [a.speaker for a in attribute(sents, date=dt.date(2025, 3, 1))]
    [None, 'Mark Rutte']
    """
    actors = actors if actors is not None else load_actors()
    return _Walk(actors, sentences, date).run()
