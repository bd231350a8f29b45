"""Clauses set off by commas that tell of something else than the sentence's act.

A relative clause ("Georgia, which was promised membership in 2008, …"), an aside before the
verb ("Umerov, at his first meeting since taking office, urged …") or an appositive that
closes the sentence (", a sharp turn for a country that refused …") describes what stands
before it; its verbs, dates and rungs are not those of the sentence's act. So does a
participle that describes a noun ("the promised systems", "the ceasefire announced by
Washington"). The patterns live here, in one place, for the readers of agents, background,
acts and rungs.
"""

from __future__ import annotations

import re

__all__ = [
    "ASIDE_BEFORE",
    "AS_ASIDE",
    "AS_TAIL",
    "CLOSED_RELATIVE",
    "NOT_THE_ACT",
    "PARTICIPLE_TAIL",
    "REDUCED_RELATIVE",
    "RELATIVE_TAIL",
    "RUNG_ASIDE",
    "blank",
    "inside",
    "participle_of_noun",
]

#: A relative clause set off by commas on both sides.
CLOSED_RELATIVE = re.compile(r",\s*(?:which|who|whose|whom)\b[^,;]*,")
#: An "as" aside that cites another's act, set off by commas: its agent is no subject of the
#: verb after it ("Türkiye supports …, as agreed by Allies in Bucharest, and will continue …").
_AS_CITED = r",\s*as\s+(?:\w+ed|\w+en|said|set|made|laid down|held)\s+(?:by|in|at|on)\b"
AS_ASIDE = re.compile(_AS_CITED + r"[^,;]*,")
#: Such an aside that runs to the end of what follows an act, with dates of its own
#: ("Norway supports Ukraine's membership, as agreed by Allies in 2008").
AS_TAIL = re.compile(_AS_CITED + r".*$")
#: A relative clause or an aside set off by commas, whose dates are its own ("Yanukovych, who
#: took office in February, has dropped …", "Umerov, at his first meeting since taking office
#: last month, urged …").
ASIDE_BEFORE = re.compile(
    r",\s*(?:which|who|whose|at|in|on|during|after|before|since|speaking|having|as)\b[^,]*,"
)
#: A relative clause that runs to the end of what follows an act, with dates of its own
#: ("asked for air defence for the ports, which Russia has struck since July").
RELATIVE_TAIL = re.compile(r",\s*(?:which|who|whose|where)\b.*$")
#: A participle clause that closes a sentence, with dates of its own ("voted on Thursday to
#: make membership a goal, reversing a course set seven years ago").
PARTICIPLE_TAIL = re.compile(r",\s+\w+ing\b.*$")
#: A past participle right after a noun, then a preposition (a reduced relative clause that
#: describes the noun): "the corridor set up under the agreements".
REDUCED_RELATIVE = re.compile(
    r"\s+(?:\w+ed|set up|handed over|sent|given|made|built|bought|taken)"
    r"(?=\s+(?:by|under|in|at|on|for|to|last|since)\b)"
)
#: Where an act word is not the sentence's act: a closed relative clause, or one (or an
#: appositive: ", a sharp turn for a country that refused …", or a participle of harm that
#: describes what comes before: ", threatening merchant ships") that runs to the sentence's
#: end. Other participles may be the act's own result (", removing the provisions on …").
NOT_THE_ACT = re.compile(
    CLOSED_RELATIVE.pattern + r"|,\s*(?:which|who|whose|whom|where|a|an)\s[^;]*$"
    r"|,\s*(?:threatening|endangering|menacing|disrupting|damaging|killing)\s[^;]*$"
)
#: Where a rung is not the one the act is about: a relative clause set off by a comma, up to
#: the next comma or the sentence's end ("…, where Allies promised eventual membership"), or
#: the question a speaker was asked ("Biden, asked about Ukraine's bid, said …").
RUNG_ASIDE = re.compile(
    r",\s*(?:which|who|whose|whom|where|when|asked\s+(?:about|on|whether|if))\b[^,;]*(?:,|$)"
)


def blank(pattern: re.Pattern[str], text: str) -> str:
    """Return ``text`` with every match of ``pattern`` turned into spaces (offsets kept).

    Parameters
    ----------
    pattern : re.Pattern
        One of the clause patterns.
    text : str
        The text.

    Returns
    -------
    str
        The text, as long as before.
    """
    return pattern.sub(lambda m: " " * len(m.group()), text)


def inside(at: int, pattern: re.Pattern[str], text: str) -> bool:
    """Say whether position ``at`` of ``text`` falls within a match of ``pattern``.

    Parameters
    ----------
    at : int
        The position.
    pattern : re.Pattern
        One of the clause patterns.
    text : str
        The text.

    Returns
    -------
    bool
        True when a match covers ``at``.
    """
    return any(m.start() <= at < m.end() for m in pattern.finditer(text))


def participle_of_noun(sentence: str, start: int, end: int) -> bool:
    """Say whether the act word at ``start:end`` is a participle that describes a noun.

    After a determiner it is an adjective ("the promised systems", "their pledged tanks");
    with its agent and no auxiliary before it, a reduced relative clause ("the ceasefire
    announced by Washington", "launchers supplied by the United States"). A cue that holds
    its own auxiliary ("to be backed by") is a verb.

    Parameters
    ----------
    sentence : str
        The sentence.
    start, end : int
        Where the act word starts and ends.

    Returns
    -------
    bool
        True when the word describes a noun rather than telling an act.
    """
    word = sentence[start:end]
    if not word.endswith("ed"):
        return False
    if _DETERMINER_BEFORE.search(sentence, max(0, start - 8), start):
        return True
    return (
        " " not in word
        and _BY_AGENT.match(sentence, end) is not None
        and _AUXILIARY_BEFORE.search(sentence, max(0, start - 20), start) is None
    )


#: A determiner right before a word: a past participle after it is an adjective.
_DETERMINER_BEFORE = re.compile(r"\b(?:the|these|those|its|their|our|his|her)\s+$", re.I)
#: " by " and an agent right after a participle.
_BY_AGENT = re.compile(r"\s+by\s+(?:the\s+)?[A-Z]")
#: An auxiliary of a passive or a perfect right before a participle ("was announced by").
_AUXILIARY_BEFORE = re.compile(
    r"\b(?:is|are|was|were|be|been|being|has|have|had|get|got)\s+(?:\w+ly\s+)?$", re.I
)
