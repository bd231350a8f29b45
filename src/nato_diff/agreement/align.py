"""Aligning gold rows with the library's sentences, by their words.

A gold row names its sentence by text (copied from the document) or by id. Text is matched
against the document's sentences after folding case, quotes and white space: an exact match
first, else the sentence that contains the gold text or is contained in it with the most
words in common (splitters differ on headlines and quotations).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from typing import Any

import pandas as pd

__all__ = ["align_sentences", "best_pairs", "words_key"]

_WORDS = re.compile(r"[^\W_]+", re.UNICODE)


def words_key(text: str) -> str:
    """Return a sentence's words, lower-cased and joined by single spaces.

    Parameters
    ----------
    text : str
        A sentence.

    Returns
    -------
    str
        The folded words (punctuation, quotes and spacing dropped).

    Examples
    --------
    >>> words_key("“Ukraine deserves an invitation,” he said.")
    'ukraine deserves an invitation he said'
    """
    return " ".join(w.lower() for w in _WORDS.findall(text))


def _best(key: str, keys: Sequence[str]) -> int | None:
    """Return the sentence with exactly these words, else the closest containing one.

    Containment is word for word either way; the most words in common wins.
    """
    if not key:
        return None
    for i, k in enumerate(keys):
        if k == key:
            return i
    padded = f" {key} "
    best: tuple[int, int] | None = None
    for i, k in enumerate(keys):
        if k and (padded in f" {k} " or f" {k} " in padded):
            overlap = min(k.count(" "), key.count(" ")) + 1
            if best is None or overlap > best[0]:
                best = (overlap, i)
    return None if best is None else best[1]


def align_sentences(gold: pd.DataFrame, sentences: Mapping[str, Sequence[str]]) -> pd.Series:
    """Return each gold row's sentence id in its document, or <NA> where none matches.

    Parameters
    ----------
    gold : pandas.DataFrame
        From :func:`nato_diff.agreement.read_gold`.
    sentences : mapping of str to sequence of str
        Each document's sentences, by document id.

    Returns
    -------
    pandas.Series
        Nullable integers, aligned with ``gold``'s index.
    """
    keys = {doc_id: [words_key(s) for s in sents] for doc_id, sents in sentences.items()}
    out: list[int | None] = []
    for doc_id, sid, text in zip(
        gold["doc_id"], gold["sentence_id"], gold["sentence"], strict=True
    ):
        if not pd.isna(sid):
            n = len(keys.get(doc_id, ()))
            out.append(int(sid) if 0 <= int(sid) < n else None)
            continue
        out.append(_best(words_key(text), keys.get(doc_id, [])))
    return pd.Series(out, index=gold.index, dtype="Int64")


def best_pairs(
    first: Sequence[Mapping[str, Any]],
    second: Sequence[Mapping[str, Any]],
    fields: Sequence[str],
    *,
    norm: Callable[[Any], Any] = lambda value: value,
) -> list[tuple[Mapping[str, Any], Mapping[str, Any]]]:
    """Pair two codings of one sentence's claims, the most agreeing pairs first.

    Every claim of ``first`` is scored against every claim of ``second`` by the number of
    ``fields`` they share; pairs are taken best first, each claim at most once (ties keep
    the order of ``first``, then of ``second``). A sentence coded with two claims and read
    with one pairs that one with the claim it matches, not with whichever came first.

    Parameters
    ----------
    first, second : sequence of mapping
        The claims of one unit (document, sentence, dimension) in each coding.
    fields : sequence of str
        The fields compared.
    norm : callable, optional
        Applied to ``second``'s values before comparing.

    Returns
    -------
    list of (mapping, mapping)
        The pairs, best first.

    Examples
    --------
    >>> a = [{"act": "seeks"}, {"act": "rejects"}]
    >>> [(x["act"], y["act"]) for x, y in best_pairs(a, [{"act": "rejects"}], ["act"])]
    [('rejects', 'rejects')]
    """
    scored = sorted(
        (-sum(norm(b[f]) == a[f] for f in fields), i, j)
        for i, a in enumerate(first)
        for j, b in enumerate(second)
    )
    taken_a: set[int] = set()
    taken_b: set[int] = set()
    pairs = []
    for _, i, j in scored:
        if i not in taken_a and j not in taken_b:
            taken_a.add(i)
            taken_b.add(j)
            pairs.append((first[i], second[j]))
    return pairs
