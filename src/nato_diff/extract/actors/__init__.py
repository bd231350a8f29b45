"""Who says what: actors, the roles they held, and speaker attribution of sentences.

Actors (people and institutions), roles and the words that attribute speech are data
(``data/actors.yaml``; pass your own files to :func:`load_actors`). :func:`attribute` gives
every sentence of a document an :class:`Attribution`.

- :mod:`.attribution`: :func:`attribute`, deciding each sentence's speaker, and the rules;
- :mod:`.model`: the data types (:class:`Actor`, :class:`Role`, :class:`RoleTerm`,
  :class:`SpeechGrammar`, :class:`Attribution`) and the sides;
- :mod:`.schema`: reading and validating one actors file;
- :mod:`.loading`: :func:`load_actors`, merging files with the checks across them;
- :mod:`.index`: :class:`Actors`, lookups by name, role phrase and date;
- :mod:`.grammar`: the speech patterns compiled from the data;
- :mod:`.names`: who a name, title, role phrase or pronoun in a sentence refers to;
- :mod:`.labels`: transcript labels, headings and declarations;
- :mod:`.quotes`: quoted words, and a quotation followed across sentences;
- :mod:`.cues`: finding the words that attribute a sentence.
"""

from __future__ import annotations

from .attribution import attribute
from .index import Actors
from .labels import QUESTION
from .loading import load_actors
from .model import (
    NARRATION,
    SIDES,
    Actor,
    Attribution,
    How,
    Kind,
    Role,
    RoleTerm,
    Side,
    SpeechGrammar,
)

__all__ = [
    "NARRATION",
    "QUESTION",
    "SIDES",
    "Actor",
    "Actors",
    "Attribution",
    "How",
    "Kind",
    "Role",
    "RoleTerm",
    "Side",
    "SpeechGrammar",
    "attribute",
    "load_actors",
]
