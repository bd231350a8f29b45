"""Agreement: how far the library's readings agree with a hand-coded table.

- :mod:`.gold`: the gold table's columns, reading and checking it;
- :mod:`.align`: gold sentences matched to the library's sentences by their words;
- :mod:`.scores`: precision, recall, F1 and Cohen's kappa;
- :mod:`.evaluation`: :func:`evaluate` and the :class:`Evaluation` it returns.

Analysts trust a coder only with an agreement figure: code a sample of your own documents
(``benchmarks/validity/CODEBOOK.md`` says how) and run ``nato-diff evaluate GOLD.csv PATH``.
"""

from __future__ import annotations

from .evaluation import SCORE_COLUMNS, Evaluation, evaluate
from .gold import GOLD_COLUMNS, GoldError, read_gold

__all__ = ["GOLD_COLUMNS", "SCORE_COLUMNS", "Evaluation", "GoldError", "evaluate", "read_gold"]
