"""Finding the words that attribute a sentence: a speaker and a reporting verb.

Tried in order: after a closing quote mark (``“…,” said X``), ending the sentence (``…, says
X``), before a reporting verb at the start of a sentence or clause (``X noted that``),
``according to X``, and a headline ending ``– X``.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .grammar import LOWER_WORDS, NUMBER_RE, QMARK
from .model import How
from .names import Names, SpeakerWords
from .quotes import Quotes

#: What follows "wrote" when it is a deed: "wrote non-bloc status into law".
_WRITTEN_INTO = re.compile(
    r"\s+(?:[\w'’-]+\s+){1,6}?into\s+(?:the\s+)?(?:law|constitution|legislation|statute)\b",
    re.IGNORECASE,
)


def written_into(verb: str, text: str, end: int) -> bool:
    """Whether a verb of writing that ends at ``end`` is a deed: "wrote … into law".

    Parameters
    ----------
    verb : str
        The verb as matched ("wrote", "writes", "said").
    text : str
        The sentence.
    end : int
        Where the verb ends in ``text``.

    Returns
    -------
    bool
        True for "wrote non-bloc status into law", not for "wrote on Telegram that …".
    """
    return verb.lower().startswith(("wrot", "writ")) and _WRITTEN_INTO.match(text, end) is not None


_INCLUDING = re.compile(r"\s*(?:including|among them|notably)\s+(.+)$")
_FINAL_PUNCT = re.compile(r"[.!?…\"”»:;]\s*$")
_NOUN_AFTER = re.compile(r"\s+[a-z]")


class _Finder:
    """A pattern with its matches in the last texts it read (documents repeat sentences).

    At most :data:`_KEPT` texts are kept; the table is emptied when full.
    """

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        self.seen: dict[str, tuple[re.Match[str], ...]] = {}

    def all(self, text: str) -> tuple[re.Match[str], ...]:
        """Return the matches ``pattern.finditer(text)`` gives."""
        found = self.seen.get(text)
        if found is None:
            if len(self.seen) >= _KEPT:
                self.seen.clear()
            found = self.seen[text] = tuple(self.pattern.finditer(text))
        return found

    def first(self, text: str) -> re.Match[str] | None:
        """Return the match ``pattern.search(text)`` gives."""
        found = self.all(text)
        return found[0] if found else None


_KEPT = 1024
_FINDERS: dict[int, _Finder] = {}


def _finder(pattern: re.Pattern[str]) -> _Finder:
    """Return the pattern's finder, shared by every document (the pattern is built once)."""
    found = _FINDERS.get(id(pattern))
    if found is None or found.pattern is not pattern:
        if len(_FINDERS) >= 64:
            _FINDERS.clear()
        found = _FINDERS[id(pattern)] = _Finder(pattern)
    return found


# What Cues.find found in the last sentences read, per actors data (kept alive with its
# table, so that its id stays its own).
_FOUND: dict[int, tuple[object, dict[tuple[str, Quotes], SpeakerWords | None]]] = {}


def _found_for(actors: object) -> dict[tuple[str, Quotes], SpeakerWords | None]:
    """Return the table of what was found with these actors data, shared by every document."""
    found = _FOUND.get(id(actors))
    if found is None or found[0] is not actors:
        if len(_FOUND) >= 8:
            _FOUND.clear()
        found = _FOUND[id(actors)] = (actors, {})
    return found[1]


def _pos(sentence: str, np: str) -> int:
    k = sentence.rfind(np)
    return k if k >= 0 else len(sentence)


class Cues:
    """Finds the speaker's words and the attributing words of a document's sentences."""

    def __init__(self, names: Names) -> None:
        self.names = names
        self.p = names.a._patterns.cues
        self.speakers = names.p
        p = self.p
        self.close, self.tail, self.forward, self.source, self.dash = (
            _finder(x) for x in (p.close, p.tail, p.forward, p.source, p.dash)
        )
        self.seen = _found_for(names.a)

    def find(self, sentence: str, q: Quotes) -> SpeakerWords | None:
        """Find the words attributing a sentence, after any paragraph number ("5. ", "IV. ").

        What is found depends only on the sentence, its quoted words and the actors data
        (their patterns and side words), so it is kept for the last sentences read.
        """
        key = (sentence, q)
        try:
            return self.seen[key]
        except KeyError:
            pass
        if len(self.seen) >= _KEPT:
            self.seen.clear()
        found = self.seen[key] = self._find_after_number(sentence, q)
        return found

    def _find_after_number(self, sentence: str, q: Quotes) -> SpeakerWords | None:
        num = NUMBER_RE.match(sentence)
        if num is None or not q.masked.startswith(sentence[: num.end()]):
            return self._find(sentence, q)
        k = num.end()
        found = self._find(sentence[k:], replace(q, masked=q.masked[k:]))
        return None if found is None else replace(found, start=found.start + k)

    def _find(self, sentence: str, q: Quotes) -> SpeakerWords | None:
        low = sentence.lower()
        words = LOWER_WORDS.findall(low)
        if not self.p.verb_words.isdisjoint(words):
            found = self._attributed(sentence, q, low, words)
            if found is not None:
                return found
        if not _FINAL_PUNCT.search(sentence):
            return self._headline_dash(sentence)
        return None

    def _attributed(
        self, sentence: str, q: Quotes, low: str, words: list[str]
    ) -> SpeakerWords | None:
        """Try the shapes with a reporting verb, then ``according to X``.

        In a sentence of ASCII characters, a shape is skipped when the words it needs are
        missing (no reporting verb, no source phrase): it could not match.
        """
        verb = source = True
        if sentence.isascii():
            first, phrases = self.p.verb_first, self.p.source_words
            verb = first is None or not first.isdisjoint(words)
            source = phrases is None or any(all(w in low for w in p) for p in phrases)
        opening = self._according_to(sentence, q.masked) if source else None
        if opening is not None and 0 <= q.masked.find(opening.cue) <= 2:
            # "According to her, ministers had agreed …": the source that opens the sentence
            # speaks, not an agent of a verb inside what it reports
            return opening
        if verb:
            found = (
                (self._after_quote(sentence, q.masked) if QMARK in q.masked else None)
                or self._ending(sentence, q)
                or self._before_verb(sentence, q.masked)
            )
            if found is not None:
                return found
        return self._according_to(sentence, q.masked) if source else None

    def _after_quote(self, sentence: str, masked: str) -> SpeakerWords | None:
        """Find a speaker after a closing quote: ``“…,” said X``, ``“…,” X said``."""
        for m in self.close.all(masked):
            np = m.group("n1") or m.group("n2")
            if np and self.names.speaker_words_ok(np, after_quote=True):
                cue = m.group(0).lstrip(QMARK + " ,.!?…")
                return SpeakerWords(np, _pos(sentence, np), cue, "quote")
        return None

    def _ending(self, sentence: str, q: Quotes) -> SpeakerWords | None:
        """Find ``…, says X`` ending a sentence, or a quotation left open (``…,said X``)."""
        if not (q.open_at_end or not q.has_quote):
            return None
        m = self.tail.first(sentence)
        if not m:
            return None
        np = m.group("n1") or m.group("n2")
        if not self.names.speaker_words_ok(np, after_quote=False, known_only=q.open_at_end):
            return None
        cue = m.group(0).lstrip(" ,").rstrip(" .!?…")
        how: How = "quote" if q.open_at_end else "reported"
        return SpeakerWords(np, m.start("n1") if m.group("n1") else m.start("n2"), cue, how)

    def _before_verb(self, sentence: str, masked: str) -> SpeakerWords | None:
        """Find a speaker before a verb: ``X noted that``, ``In particular, X emphasized``."""
        for m in self.forward.all(masked):
            if written_into(m.group("v"), masked, m.end("v")):
                continue  # "the Rada wrote non-bloc status into law": a deed, not speech
            np, aside = m.group("n"), m.group("aside")
            member = _INCLUDING.match(aside or "")
            if member and not self.names.speaker_words_ok(np, after_quote=False):
                # "Others, including Foreign Minister X, say …": the one named speaks for them
                np, aside = member.group(1).strip(), None
            if self.names.speaker_words_ok(np, after_quote=False):
                cue = masked[m.start("n") : m.end("v")]
                if QMARK in cue:
                    continue
                pos = _pos(sentence, np)
                return SpeakerWords(np, pos, cue, "reported", aside)
        return None

    def _according_to(self, sentence: str, masked: str) -> SpeakerWords | None:
        """Find ``according to X``, but not ``according to Alliance standards``."""
        for m in self.source.all(masked):
            np = m.group("n")
            if _NOUN_AFTER.match(masked, m.end()) and (
                self.speakers.inst.fullmatch(np) or self.speakers.collective.fullmatch(np)
            ):
                continue  # "according to Alliance standards"
            if self.names.speaker_words_ok(np, after_quote=False):
                return SpeakerWords(np, _pos(sentence, np), m.group(0), "reported")
        return None

    def _headline_dash(self, sentence: str) -> SpeakerWords | None:
        """Find a headline ending ``– X`` (a known name)."""
        if "-" not in sentence and "–" not in sentence and "—" not in sentence:
            return None  # (a cheap test first)
        m = self.dash.first(sentence)
        if m:
            return SpeakerWords(m.group("n"), m.start("n"), m.group(0).strip(), "reported")
        return None
