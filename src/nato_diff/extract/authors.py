"""A commentary's author: the voice of a blog post, an op-ed or a column.

In commentary the author holds what is said in the author's own voice: judgements, calls and
predictions. A page is commentary when its source, its title or the chrome around its text
says so ("a blog on European security", "Opinion", "Op-ed"); its author is the name of the
byline the cleaning step removed ("By Jane Doe, senior fellow"). News stories have bylines
too, but their narrator is a reporter who takes no side, so a byline alone gives no voice.
The words are data (``commentary`` and ``recommendations`` in ``data/claims.yaml``).
"""

from __future__ import annotations

import re

from ..corpus import Document
from .actors import Attribution
from .claim_rules import Act, ClaimHow, ClaimRules

__all__ = ["AUTHOR_CUE", "authorial", "commentary_author", "commentator"]

#: The ``cue`` of an author's voice.
AUTHOR_CUE = "the author's byline"

#: The byline's lead words and what follows the name ("By Jane Doe, senior fellow").
_LEAD = re.compile(r"^\s*(?:by|words by|text by|written by)\s+", re.IGNORECASE)
_TAIL = re.compile(r"\s*(?:,|\band\b|\|).*$", re.IGNORECASE)
#: How much of the page's start is read for the words that make it commentary.
_HEAD_CHARS = 600


def commentary_author(doc: Document, rules: ClaimRules) -> Attribution | None:
    r"""Return the author's voice of a commentary page, or None for any other page.

    Parameters
    ----------
    doc : Document
        The document (its ``removed`` lines hold the byline the cleaning step took out).
    rules : ClaimRules
        The claim rules: ``commentary`` words.

    Returns
    -------
    Attribution or None
        The author as speaker, side ``other`` (an author speaks for no side), ``how`` "none";
        None when the page is not commentary or names no author.

    Examples
    --------
    >>> import datetime as dt
    >>> from nato_diff.corpus import make_document
    >>> from nato_diff.extract.claim_rules import load_claim_rules
    >>> text = "Opinion\n\nBy Jane Doe, senior fellow\n\nNATO should act now. It must."
    >>> doc = make_document("op-ed", text, date=dt.date(2015, 6, 15))
    >>> commentary_author(doc, load_claim_rules()).speaker
    'Jane Doe'
    """
    head = " ".join((doc.source or "", doc.title or "", doc.raw_text[:_HEAD_CHARS]))
    if rules.commentary.search(head) is None:
        return None
    for removal in doc.removed:
        if removal.reason != "byline":
            continue
        name = _TAIL.sub("", _LEAD.sub("", removal.text.strip())).strip()
        if name:
            return Attribution(
                speaker=name, actor_id=None, side="other", cue=AUTHOR_CUE, how="none"
            )
    return None


def authorial(
    sentence: str,
    chosen: tuple[int, int, Act] | None,
    act: Act,
    found: tuple[str | None, str | None, ClaimHow],
    voice: Attribution | None,
    rules: ClaimRules,
) -> tuple[Act, tuple[str | None, str | None, ClaimHow]]:
    """Give a commentary's author what is the author's own.

    The author's narration reports the offers and decisions of others; a call in the
    author's voice ("Kyiv should pursue bilateral commitments", "In my view, Allies must …")
    is the author's wish, whoever it names ("NATO should not seek …" then reads as the
    author's refusal).

    Parameters
    ----------
    sentence : str
        The sentence.
    chosen : (int, int, str) or None
        The act's cue: start, end and act.
    act : str
        The act read so far.
    found : (str or None, str or None, str)
        The holder, its side and how it was found.
    voice : Attribution or None
        The page's own voice (an author's has the cue :data:`AUTHOR_CUE`).
    rules : ClaimRules
        The claim rules (``recommendations``).

    Returns
    -------
    (str, (str or None, str or None, str))
        The act, and the holder, side and how.
    """
    how = found[2]
    if voice is None or voice.cue != AUTHOR_CUE or how not in ("agent", "voice", "none"):
        return act, found
    until = chosen[1] if chosen else len(sentence)
    if rules.recommendation.search(sentence, 0, until):  # "should not …": refused later
        return "seeks", (voice.speaker, voice.side, "voice")
    return ("reports" if act in ("offers", "decides") and commentator(how, voice) else act), found


def commentator(how: ClaimHow, voice: Attribution | None) -> bool:
    """Say whether the holder is a commentary's author, who reports what others give or do.

    Parameters
    ----------
    how : str
        How the holder was found.
    voice : Attribution or None
        The page's own voice.

    Returns
    -------
    bool
        True when the holder is the page's voice and the page is commentary.
    """
    return how == "voice" and voice is not None and voice.cue == AUTHOR_CUE
