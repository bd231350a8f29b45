"""A commentary's author: the voice of a blog post, an op-ed or a column.

In commentary the author holds what is said in the author's own voice: judgements, calls and
predictions. A page is commentary when its source, its title or the chrome around its text
says so ("a blog on European security", "Opinion", "Op-ed"); its author is the name of the
byline the cleaning step removed ("By Jane Doe, senior fellow"). News stories have bylines
too, but their narrator is a reporter who takes no side, so a byline alone gives no voice.
The words are data (``commentary`` in ``data/claims.yaml``).
"""

from __future__ import annotations

import re

from ..corpus import Document
from .actors import Attribution
from .claim_rules import ClaimRules

__all__ = ["AUTHOR_CUE", "commentary_author"]

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
