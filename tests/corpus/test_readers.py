"""The corpus model: loading, dating, ordering, manifests and bad input."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pandas as pd
import pytest

from nato_diff.corpus import Corpus, load_corpus, make_document, read_text, seeds_path
from nato_diff.errors import CorpusError, UndatableDocumentError

from ..conftest import SEED_IDS

EXPECTED_DATES = [
    (dt.date(2021, 2, 25), "text"),
    (dt.date(2021, 3, 11), "text"),
    (dt.date(2023, 4, 20), "inferred"),
    (dt.date(2023, 9, 28), "text"),
    (dt.date(2024, 4, 29), "text"),
]


def test_seeds_are_dated_and_ordered(seeds: Corpus) -> None:
    assert [(d.date, d.date_source) for d in seeds] == EXPECTED_DATES
    assert list(seeds.doc_ids) == list(SEED_IDS.values())


def test_seed_files_are_byte_identical_to_the_shared_seeds() -> None:
    repo_seeds = Path(__file__).resolve().parents[2] / "seeds"
    for f in repo_seeds.glob("*.txt"):
        assert (seeds_path() / f.name).read_bytes() == f.read_bytes()


def test_dates_without_manifest_are_the_same(seeds_copy: Path) -> None:
    assert not (seeds_copy / "manifest.csv").exists()
    corpus = load_corpus(seeds_copy)
    assert [(d.date, d.date_source) for d in corpus] == EXPECTED_DATES


def test_inferred_date_names_its_evidence(seeds: Corpus) -> None:
    doc = seeds[SEED_IDS["2023-04-20"]]
    assert "April 20" in doc.date_evidence
    assert "September 2022" in doc.date_evidence


def test_posted_date_beats_a_cited_date(seeds: Corpus) -> None:
    doc = seeds[SEED_IDS["2021-03-11"]]
    assert "12 June 2020" in doc.raw_text
    assert doc.date == dt.date(2021, 3, 11)
    assert "posted 11 March 2021" in doc.date_evidence


def test_manifest_date_overrides_the_text(seeds_copy: Path) -> None:
    (seeds_copy / "manifest.csv").write_text(
        "file,date,source,region\n000_129a53a0448b52ed.txt,2021-02-26,Presidential Office,Kyiv\n",
        encoding="utf-8",
    )
    corpus = load_corpus(seeds_copy)
    doc = corpus["000_129a53a0448b52ed"]
    assert doc.date == dt.date(2021, 2, 26)
    assert doc.date_source == "manifest"
    assert "line 2" in doc.date_evidence
    assert doc.source == "Presidential Office"
    assert doc.metadata == {"region": "Kyiv"}
    # the others are still dated from their text
    assert corpus["001_68f8b93d1e7868be"].date_source == "text"


def test_raw_text_is_the_file_content(seeds: Corpus) -> None:
    for doc in seeds:
        assert doc.raw_text == Path(doc.path).read_bytes().decode("utf-8")


def test_to_frame_columns_and_values(seeds: Corpus) -> None:
    frame = seeds.to_frame()
    assert list(frame.columns) == [
        "doc_id",
        "date",
        "date_source",
        "date_evidence",
        "title",
        "source",
        "n_sentences",
        "n_words",
    ]
    row = frame.set_index("doc_id").loc[SEED_IDS["2024-04-29"]]
    assert row["source"] == "The Odessa Journal"
    assert row["title"] == "President Zelensky met with Jens Stoltenberg in Kyv"
    assert row["n_sentences"] == len(seeds[SEED_IDS["2024-04-29"]].sentences)
    assert frame["n_words"].between(300, 700).all()
    assert pd.api.types.is_integer_dtype(frame["n_words"])


def test_corpus_access() -> None:
    corpus = load_corpus(seeds_path())
    assert len(corpus) == 5
    assert corpus[0].date == dt.date(2021, 2, 25)
    assert corpus.find("2023-09-28").doc_id == SEED_IDS["2023-09-28"]
    assert isinstance(corpus[1:3], Corpus) and len(corpus[1:3]) == 2
    with pytest.raises(KeyError, match="no document"):
        corpus["nope"]
    with pytest.raises(KeyError, match="no document with id or date"):
        corpus.find("1999-01-01")


def test_documents_are_frozen(seeds: Corpus) -> None:
    with pytest.raises(AttributeError):
        seeds[0].date = dt.date(2000, 1, 1)  # type: ignore[misc]


def test_parallel_loading_gives_the_same_corpus(seeds: Corpus) -> None:
    parallel = load_corpus(seeds_path(), n_jobs=2)
    assert [(d.doc_id, d.date, d.sentences) for d in parallel] == [
        (d.doc_id, d.date, d.sentences) for d in seeds
    ]


def test_title_from_text_when_no_manifest(seeds_copy: Path) -> None:
    corpus = load_corpus(seeds_copy)
    assert corpus[SEED_IDS["2024-04-29"]].title == (
        "President Zelensky met with Jens Stoltenberg in Kyv"
    )
    assert corpus[SEED_IDS["2021-03-11"]].title.startswith("Ukraine seeks to increase")


# --- bad input -----------------------------------------------------------------------------


def test_bom_and_crlf_are_tolerated(tmp_path: Path) -> None:
    f = tmp_path / "note.txt"
    f.write_bytes(
        "\ufeffMinistry of Defence\r\n\r\n3 May 2022 10:00\r\n\r\nThe minister spoke.\r\n".encode()
    )
    doc = load_corpus(f)[0]
    assert doc.date == dt.date(2022, 5, 3)
    assert doc.sentences == ("Ministry of Defence", "The minister spoke.")
    assert not doc.raw_text.startswith("\ufeff")


def test_undatable_document_names_the_file_and_the_fix(tmp_path: Path) -> None:
    (tmp_path / "undated.txt").write_text("The ministers met and talked.\n", encoding="utf-8")
    with pytest.raises(UndatableDocumentError, match=r"undated\.txt.*manifest\.csv"):
        load_corpus(tmp_path)


def test_year_less_date_without_evidence_is_undatable(tmp_path: Path) -> None:
    (tmp_path / "d.txt").write_text("On May 3, the ministers met.\n", encoding="utf-8")
    with pytest.raises(UndatableDocumentError, match=r"May 3.*no year"):
        load_corpus(tmp_path)


def test_empty_file_names_the_file(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_text("  \n", encoding="utf-8")
    with pytest.raises(CorpusError, match=r"empty\.txt: the document is empty"):
        load_corpus(tmp_path)


def test_non_utf8_file_names_file_and_line(tmp_path: Path) -> None:
    (tmp_path / "latin.txt").write_bytes(b"Title\n\nposted 1 May 2022\nCaf\xe9 talks.\n")
    with pytest.raises(CorpusError, match=r"latin\.txt:4: not UTF-8.*iconv"):
        read_text(tmp_path / "latin.txt")


def test_manifest_errors_name_the_line(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("posted 1 May 2022\n\nText here.\n", encoding="utf-8")
    (tmp_path / "manifest.csv").write_text("file,date\na.txt,31/31/2022\n", encoding="utf-8")
    with pytest.raises(CorpusError, match=r"manifest\.csv:2: cannot read the date"):
        load_corpus(tmp_path)
    (tmp_path / "manifest.csv").write_text("file,date\nb.txt,2022-01-01\n", encoding="utf-8")
    with pytest.raises(CorpusError, match=r"manifest\.csv:2: lists 'b\.txt'"):
        load_corpus(tmp_path)
    (tmp_path / "manifest.csv").write_text("name,date\na.txt,2022-01-01\n", encoding="utf-8")
    with pytest.raises(CorpusError, match="no 'file' column"):
        load_corpus(tmp_path)


def test_missing_folder_and_empty_folder(tmp_path: Path) -> None:
    with pytest.raises(CorpusError, match="no such file or folder"):
        load_corpus(tmp_path / "nothing")
    with pytest.raises(CorpusError, match=r"no \.txt documents"):
        load_corpus(tmp_path)


def test_make_document_with_known_date() -> None:
    doc = make_document(
        "x", "Share this article\n\nAllies met. They agreed.\n", date=dt.date(2020, 1, 2)
    )
    assert doc.date_source == "manifest"
    assert doc.sentences == ("Allies met.", "They agreed.")
    assert doc.removed[0].reason == "share button"


def test_skip_bad_documents_and_report_them(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text(
        "posted 1 May 2022 10:00\n\nAllies met.\n", encoding="utf-8"
    )
    (tmp_path / "undated.txt").write_text("Allies met again.\n", encoding="utf-8")
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    corpus = load_corpus(tmp_path, errors="skip")
    assert corpus.doc_ids == ("good",)
    skipped = dict(corpus.skipped)
    assert set(map(lambda p: Path(p).name, skipped)) == {"undated.txt", "empty.txt"}
    assert any("manifest.csv" in m for m in skipped.values())
    with pytest.raises(CorpusError, match=r"empty\.txt"):
        load_corpus(tmp_path)
    with pytest.raises(ValueError, match="errors must be one of"):
        load_corpus(tmp_path, errors="ignore")  # type: ignore[arg-type]


def test_cleaning_keeps_an_article_with_a_menu_and_a_related_box(tmp_path: Path) -> None:
    text = (
        "Skip to content\nNews Feed\nUkraine War\nSubscribe\n\n"
        "We use cookies to improve your experience. Accept all cookies\n\n"
        "Minister says the alliance stays united\n\nby Jane Doe\nFebruary 20, 2024 10:41 PM\n"
        "2 min read\n\n"
        "The foreign minister said on Tuesday that the allies remain united behind Kyiv.\n\n"
        "Related articles\nAllies split over aid\nGermany to send more tanks\n\n"
        "He also thanked Germany for the new package of air defence for the coming winter.\n\n"
        "Most popular\nZelensky fires top commander\n"
    )
    (tmp_path / "page.txt").write_text(text, encoding="utf-8")
    doc = load_corpus(tmp_path)[0]
    assert doc.date == dt.date(2024, 2, 20)
    assert doc.title == "Minister says the alliance stays united"
    assert doc.sentences[1].startswith("The foreign minister said")
    assert doc.sentences[-1].startswith("He also thanked Germany")
    reasons = {r.text: r.reason for r in doc.removed}
    assert reasons["Allies split over aid"] == "headlines of other stories"
    assert reasons["Zelensky fires top commander"] == "headlines of other stories"
    assert reasons["by Jane Doe"] == "byline"
    assert reasons["2 min read"] == "reading time"
    assert "cookie notice" in reasons.values()
