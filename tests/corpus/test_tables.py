"""Tables of documents: DataFrames, CSV, JSONL and Parquet give the corpus a folder gives."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from pathlib import Path

import pandas as pd
import pytest

import nato_diff
from nato_diff.corpus import Corpus, Document, load_corpus, read_table
from nato_diff.errors import CorpusError, UndatableDocumentError


def _same(doc: Document) -> Document:
    """The document without where it was read from (a file or a table's row)."""
    return dataclasses.replace(doc, path="")


def _frame(corpus: Corpus) -> pd.DataFrame:
    """The seeds as a scraper would store them: id, source (from their manifest), text."""
    return pd.DataFrame(
        {
            "doc_id": [d.doc_id for d in corpus],
            "source": [d.source for d in corpus],
            "text": [d.raw_text for d in corpus],
        }
    )


def test_from_frame_gives_the_folder_corpus(seeds: Corpus) -> None:
    again = Corpus.from_frame(_frame(seeds).sample(frac=1, random_state=3))
    assert [_same(d) for d in again] == [_same(d) for d in seeds]
    pd.testing.assert_frame_equal(again.to_frame(), seeds.to_frame())


@pytest.mark.parametrize("suffix", [".csv", ".jsonl", ".ndjson", ".parquet"])
def test_table_files_give_the_folder_corpus(seeds: Corpus, tmp_path: Path, suffix: str) -> None:
    frame = _frame(seeds)
    path = tmp_path / f"scraped{suffix}"
    if suffix == ".csv":
        frame.to_csv(path, index=False)
    elif suffix == ".parquet":
        frame.to_parquet(path, index=False)
    else:
        frame.to_json(path, orient="records", lines=True, force_ascii=False)
    loaded = load_corpus(path)
    assert [_same(d) for d in loaded] == [_same(d) for d in seeds]
    assert loaded[0].path == f"{path}, row 1"
    pd.testing.assert_frame_equal(loaded.to_frame(), seeds.to_frame())


def test_to_frame_round_trips(seeds: Corpus) -> None:
    frame = seeds.to_frame(text=True)
    again = Corpus.from_frame(frame, date="date")
    assert list(again) == list(seeds)
    assert [d.date_source for d in again] == ["text", "text", "inferred", "text", "text"]


SCRAPED = [
    {
        "url": "https://example.org/a",
        "date": "2023-07-11",
        "site": "Wire",
        "text": "The allies agreed that Ukraine's future is in the alliance, and they "
        "promised more air defence before the winter.",
    },
    {
        "url": "https://example.org/b",
        "date": "",
        "site": "Ministry",
        "text": "Kyiv\n\nPosted 20 April 2023 10:00\n\nThe minister asked the allies "
        "for an invitation to join the alliance at the summit.",
    },
]


def test_scraper_columns_give_dates_ids_and_metadata(tmp_path: Path) -> None:
    path = tmp_path / "crawl.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in SCRAPED) + "\n", encoding="utf-8")
    corpus = load_corpus(path, date="date")
    assert corpus.doc_ids == ("crawl-0002", "crawl-0001")
    first, second = corpus
    assert (first.date, first.date_source) == (dt.date(2023, 4, 20), "text")
    assert (second.date, second.date_source) == (dt.date(2023, 7, 11), "manifest")
    assert second.date_evidence == f"{path}, row 1: date = 2023-07-11"
    assert second.url == "https://example.org/a"
    assert second.metadata == {"site": "Wire"}


def test_track_accepts_a_frame_and_a_path(tmp_path: Path) -> None:
    frame = pd.DataFrame(SCRAPED).assign(date=["2023-07-11", "2023-04-20"])
    path = tmp_path / "crawl.csv"
    frame.to_csv(path, index=False)
    by_frame = nato_diff.track(frame)  # the text column, dates from the texts
    by_path = nato_diff.track(path)
    assert list(by_frame.documents["doc_id"]) == ["row-0002", "row-0001"]
    assert list(by_path.documents["doc_id"]) == ["crawl-0002", "crawl-0001"]
    for name in ("mentions", "timeline", "positions", "figures", "changes"):
        left = getattr(by_frame, name).replace({"row-": "crawl-"}, regex=True)
        pd.testing.assert_frame_equal(left, getattr(by_path, name))
    assert by_frame.timeline["n_mentions"].sum() >= 2


def test_track_refuses_other_things_clearly() -> None:
    with pytest.raises(TypeError, match=r"expected a Corpus, a path to documents or a pandas"):
        nato_diff.track(["The allies met."])  # type: ignore[arg-type]


def test_errors_name_the_file_and_row(tmp_path: Path) -> None:
    path = tmp_path / "bad.csv"
    pd.DataFrame(
        {"doc_id": ["a", "b"], "text": ["Posted 1 May 2023\n\nThe ministers met.", ""]}
    ).to_csv(path, index=False)
    with pytest.raises(CorpusError, match=r"bad\.csv, row 2: the text in column 'text' is empty"):
        load_corpus(path)
    skipped = load_corpus(path, errors="skip")
    assert len(skipped) == 1 and skipped.skipped[0][0] == f"{path}, row 2"
    with pytest.raises(CorpusError, match=r"no column 'body' for text="):
        load_corpus(path, text="body")
    dated = pd.DataFrame({"text": ["The ministers met."], "day": ["05/03/2022"]})
    with pytest.raises(CorpusError, match=r"row 1: cannot read the date '05/03/2022'.*dayfirst"):
        Corpus.from_frame(dated, date="day")
    assert Corpus.from_frame(dated, date="day", dayfirst=True)[0].date == dt.date(2022, 3, 5)
    with pytest.raises(UndatableDocumentError, match=r"DataFrame, row 1"):
        Corpus.from_frame(dated)


def test_bad_jsonl_names_the_line(tmp_path: Path) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text('{"text": "a"}\n{"text": oops}\n', encoding="utf-8")
    with pytest.raises(CorpusError, match=r"bad\.jsonl:2: not a JSON object"):
        read_table(path)


def test_parquet_without_pyarrow_names_the_extra(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import builtins

    path = tmp_path / "t.parquet"
    path.write_bytes(b"PAR1")
    real_import = builtins.__import__

    def no_pyarrow(name: str, *args: object, **kwargs: object) -> object:
        if name == "pyarrow":
            raise ImportError(name)
        return real_import(name, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(builtins, "__import__", no_pyarrow)
    with pytest.raises(CorpusError, match=r'pip install "nato_diff\[parquet\]"'):
        read_table(path)


def test_manifest_date_format_orders_numeric_dates(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Notice\n\nPublished: 05/03/2022\n\nText.", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Notice\n\nPublished: 05/03/2022\n\nText.", encoding="utf-8")
    (tmp_path / "manifest.csv").write_text(
        "file,date_format\na.txt,DMY\nb.txt,MDY\n", encoding="utf-8"
    )
    corpus = load_corpus(tmp_path)
    assert corpus["a"].date == dt.date(2022, 3, 5)
    assert corpus["b"].date == dt.date(2022, 5, 3)
    (tmp_path / "manifest.csv").write_text("file,date_format\na.txt,YDM?\n", encoding="utf-8")
    with pytest.raises(CorpusError, match=r"manifest\.csv:2: unknown date_format 'YDM\?'"):
        load_corpus(tmp_path)
