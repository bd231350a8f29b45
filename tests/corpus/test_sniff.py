"""Every input is classified before it is read as prose: binary, UTF-16/32, HTML, links."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from nato_diff import load_corpus
from nato_diff.corpus import read_text
from nato_diff.corpus.sniff import MAGIC, decode_document, link_problem
from nato_diff.errors import CorpusError

TEXT = "Kyiv, 4 April 2023\n\nThe ministers agreed to deliver more air defence systems.\n"


@pytest.mark.parametrize(("magic", "what"), MAGIC)
def test_every_known_binary_format_is_named(magic: bytes, what: str) -> None:
    data = magic + b"\x00\x01 some payload 2023 " * 20
    with pytest.raises(CorpusError, match="x.txt: is " + what.split(" (")[0].replace(".", r"\.")):
        decode_document(data, "x.txt")


def test_a_pdf_gets_advice_on_extracting_its_text() -> None:
    with pytest.raises(CorpusError, match="pdftotext"):
        decode_document(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "report.txt")


@pytest.mark.parametrize("payload", [b"\x00" * 4096, b"Date: 2023-05-01\n\x00\x00\x17\x03"])
def test_nul_bytes_mean_binary_not_an_undated_or_empty_document(payload: bytes) -> None:
    with pytest.raises(CorpusError, match="binary data") as err:
        decode_document(payload, "blob.txt")
    assert "date" not in str(err.value).lower().replace("date: ", "")


def test_mostly_control_characters_is_binary() -> None:
    with pytest.raises(CorpusError, match="control characters"):
        decode_document(bytes(range(1, 9)) * 400, "noise.txt")


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-8-sig"])
def test_text_with_a_byte_order_mark_is_decoded(codec: str) -> None:
    data = TEXT.encode(codec)
    if codec in ("utf-16-le", "utf-16-be"):
        data = (codecs.BOM_UTF16_LE if codec.endswith("le") else codecs.BOM_UTF16_BE) + data
    assert decode_document(data, "a.txt") == TEXT


@pytest.mark.parametrize(("codec", "name"), [("utf-16-le", "UTF-16LE"), ("utf-16-be", "UTF-16BE")])
def test_utf16_without_a_mark_is_named_with_the_command_to_convert(codec: str, name: str) -> None:
    with pytest.raises(CorpusError, match=f"looks like {name} text.*iconv -f {name} -t UTF-8"):
        decode_document(TEXT.encode(codec), "a.txt")
    # never the cp1252 advice meant for 8-bit text
    with pytest.raises(CorpusError) as err:
        decode_document(TEXT.encode(codec), "a.txt")
    assert "cp1252" not in str(err.value)


def test_a_broken_utf16_file_says_so() -> None:
    data = codecs.BOM_UTF16_LE + "ab".encode("utf-16-le") + b"\x00\xd8"  # a lone surrogate
    with pytest.raises(CorpusError, match=r"UTF-16LE byte-order mark.*iconv -f UTF-16LE"):
        decode_document(data, "a.txt")


def test_cp1252_text_keeps_its_advice_and_line() -> None:
    with pytest.raises(CorpusError, match=r"a\.txt:2: not UTF-8.*cp1252"):
        decode_document("Kyiv\nMinisters met in Kyiv \u2013 again.".encode("cp1252"), "a.txt")


@pytest.mark.parametrize(
    "page",
    [
        "<!DOCTYPE html>\n<html><head><title>Statement</title></head><body>"
        "<p>The ministers met.</p></body></html>",
        "  <html lang='en'>\n<p>The ministers met on 4 April 2023.</p>",
        "Statement\n<script>var year = 2019;</script>\n<p>The ministers met.</p>",
        "<!-- saved from the web -->\n<head><meta charset='utf-8'></head>",
    ],
)
def test_an_html_page_saved_as_text_is_refused_with_advice(page: str) -> None:
    with pytest.raises(CorpusError, match=r"page\.txt: is an HTML page.*\.html extension"):
        decode_document(page.encode(), "page.txt")


def test_prose_that_mentions_a_tag_is_still_prose() -> None:
    text = "The <html> tag was not the issue; ministers met in Kyiv on 4 April 2023."
    assert decode_document(text.encode(), "a.txt") == text


@pytest.mark.parametrize("body", [b"   \n\t\n", b"", b"...\n---\n* * *\n"])
def test_no_words_is_an_error_not_an_empty_document(body: bytes) -> None:
    with pytest.raises(CorpusError, match=r"empty|no words"):
        decode_document(body, "a.txt")


def test_html_in_a_txt_file_is_not_dated_from_its_script(tmp_path: Path) -> None:
    (tmp_path / "page.txt").write_text(
        "<html><head><script>var built = 'March 3, 2019';</script></head>"
        "<body><p>The ministers met.</p></body></html>",
        encoding="utf-8",
    )
    # Read as the web page it is (the HTML reader), never dated from its script.
    with pytest.raises(CorpusError, match="no publication date found"):
        load_corpus(tmp_path)
    (tmp_path / "manifest.csv").write_text("file,date\npage.txt,2020-05-01\n", encoding="utf-8")
    doc = load_corpus(tmp_path)["page"]
    assert doc.text.strip() == "The ministers met."
    assert "2019" not in doc.text


def test_nul_file_with_a_manifest_date_is_refused(tmp_path: Path) -> None:
    (tmp_path / "blob.txt").write_bytes(b"\x00" * 1000)
    (tmp_path / "good.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "manifest.csv").write_text("file,date\nblob.txt,2023-01-02\n", encoding="utf-8")
    with pytest.raises(CorpusError, match=r"blob\.txt: is binary data"):
        load_corpus(tmp_path)
    corpus = load_corpus(tmp_path, errors="skip")
    assert corpus.doc_ids == ("good",)
    assert [Path(f).name for f, _ in corpus.skipped] == ["blob.txt"]


@pytest.fixture
def links(tmp_path: Path) -> Path:
    (tmp_path / "good.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "dangling.txt").symlink_to(tmp_path / "gone.txt")
    (tmp_path / "loop.txt").symlink_to(tmp_path / "loop.txt")
    return tmp_path


def test_link_problem_names_what_is_wrong(links: Path) -> None:
    assert link_problem(links / "good.txt") is None
    assert "gone.txt" in (link_problem(links / "dangling.txt") or "")
    assert "loops" in (link_problem(links / "loop.txt") or "")


def test_broken_links_are_errors_naming_the_link(links: Path) -> None:
    with pytest.raises(CorpusError, match=r"dangling\.txt: is a symbolic link to .*gone\.txt"):
        load_corpus(links)
    with pytest.raises(CorpusError, match=r"loop\.txt: is a symbolic link that loops"):
        read_text(links / "loop.txt")


def test_broken_links_are_reported_when_skipping(links: Path) -> None:
    corpus = load_corpus(links, errors="skip")
    assert corpus.doc_ids == ("good",)
    skipped = {Path(f).name: message for f, message in corpus.skipped}
    assert set(skipped) == {"dangling.txt", "loop.txt"}
    assert "symbolic link" in skipped["loop.txt"]


def test_a_link_given_as_the_corpus_path_is_named(tmp_path: Path) -> None:
    (tmp_path / "corpus").symlink_to(tmp_path / "nowhere")
    with pytest.raises(CorpusError, match=r"corpus: is a symbolic link to .*nowhere"):
        load_corpus(tmp_path / "corpus")


def test_a_named_pipe_is_refused_instead_of_waited_on(tmp_path: Path) -> None:
    import os

    (tmp_path / "good.txt").write_text(TEXT, encoding="utf-8")
    os.mkfifo(tmp_path / "pipe.txt")
    with pytest.raises(CorpusError, match=r"pipe\.txt: is not a regular file"):
        load_corpus(tmp_path)
    corpus = load_corpus(tmp_path, errors="skip")
    assert corpus.doc_ids == ("good",)
    assert [Path(f).name for f, _ in corpus.skipped] == ["pipe.txt"]


def test_nothing_left_after_cleaning_says_what_was_removed() -> None:
    from nato_diff.corpus import make_document

    with pytest.raises(CorpusError, match=r"a\.txt: nothing is left after cleaning \(removed: "):
        make_document("a", "Share this article\n", path="a.txt", date=None)
    with pytest.raises(CorpusError, match="no sentence with a letter or digit"):
        make_document("b", "• • •\n— —", path="b.txt")
