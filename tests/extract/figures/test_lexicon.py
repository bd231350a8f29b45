from __future__ import annotations

from pathlib import Path

import pytest

from nato_diff.errors import DimensionError
from nato_diff.extract.figures import describe_figure, extract_figures, load_figure_lexicon

from .conftest import LEXICON, one, only


def test_default_lexicon_is_cached_and_complete() -> None:
    lex = load_figure_lexicon()
    assert lex is load_figure_lexicon()
    assert {"EUR", "USD", "GBP", "UAH"} <= set(lex.currencies)
    assert lex.total_scope == "total"
    assert {"military", "financial", "humanitarian", "total"} <= lex.aid_scopes
    assert "defence spending" not in lex.aid_scopes


def test_custom_lexicon_adds_a_currency(tmp_path: Path) -> None:
    text = LEXICON.read_text(encoding="utf-8").replace(
        "currencies:\n", "currencies:\n  ZAR:\n    codes: [ZAR]\n    words: [rand]\n", 1
    )
    path = tmp_path / "figures.yaml"
    path.write_text(text, encoding="utf-8")
    lex = load_figure_lexicon(path)
    f = one("South Africa gave 500 million rand in aid.", lexicon=lex)
    assert (f.currency, f.value) == ("ZAR", 5e8)
    assert describe_figure(5e8, currency="ZAR", lexicon=lex) == "ZAR 500 m"
    assert only(extract_figures("South Africa gave 500 million rand in aid."), "money") == []


def test_missing_lexicon_file(tmp_path: Path) -> None:
    with pytest.raises(DimensionError, match=r"nope\.yaml"):
        load_figure_lexicon(tmp_path / "nope.yaml")
