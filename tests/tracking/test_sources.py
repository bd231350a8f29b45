"""Where documents are: globs, lists, file:// and other fsspec URLs, listed without reading."""

from __future__ import annotations

import os
from pathlib import Path

import pandas as pd
import pytest

from nato_diff import load_corpus, track
from nato_diff.corpus import seeds_path
from nato_diff.errors import ArgumentTypeError, CorpusError
from nato_diff.tracking import TABLES
from nato_diff.tracking.sources import UrlJob, list_documents, load_job

fsspec = pytest.importorskip("fsspec")
dask = pytest.importorskip("dask")


@pytest.fixture
def memory_seeds() -> str:
    """The seed documents copied into fsspec's in-memory file system (a stand-in for s3://)."""
    fs = fsspec.filesystem("memory")
    root = "/seeds-copy"
    if fs.exists(root):
        fs.rm(root, recursive=True)
    for f in sorted(seeds_path().glob("*.txt")):
        fs.pipe_file(f"{root}/{f.name}", f.read_bytes())
    return f"memory://{root}"


def test_a_url_document_is_the_local_document(memory_seeds: str) -> None:
    jobs = list_documents(memory_seeds + "/")
    assert all(isinstance(j, UrlJob) for j in jobs)
    local = load_corpus(seeds_path())
    docs = {d.doc_id: d for d in map(load_job, jobs)}
    assert sorted(docs) == sorted(local.doc_ids)
    for doc in local:
        remote = docs[doc.doc_id]
        assert remote.path == f"{memory_seeds}/{doc.doc_id}.txt"
        assert (remote.date, remote.date_source, remote.text) == (
            doc.date,
            doc.date_source,
            doc.text,
        )
        assert remote.sentences == doc.sentences


def test_dask_on_a_url_gives_the_local_tables(memory_seeds: str, tmp_path: Path) -> None:
    # The same files without the manifest, which a remote folder may not have.
    for f in seeds_path().glob("*.txt"):
        (tmp_path / f.name).write_bytes(f.read_bytes())
    # The in-memory file system lives in this process: run the tasks here.
    with dask.config.set(scheduler="sync"):
        on_dask = track(memory_seeds + "/*.txt", engine="dask")
    local = track(tmp_path)
    for name in TABLES:
        pd.testing.assert_frame_equal(getattr(on_dask, name), getattr(local, name), obj=name)


def test_listing_reads_no_document(monkeypatch: pytest.MonkeyPatch) -> None:
    read: list[str] = []
    real_read = Path.read_bytes

    def watched(self: Path) -> bytes:
        read.append(self.name)
        return real_read(self)

    monkeypatch.setattr(Path, "read_bytes", watched)
    jobs = list_documents([seeds_path(), f"{seeds_path()}/00[01]*.txt"])
    assert len(jobs) == 7
    assert read and not [n for n in read if n.endswith(".txt")]  # the manifest only
    load_job(jobs[0])
    assert read[-1] == f"{jobs[0][0]}.txt"  # type: ignore[index]


def test_glob_and_list_keep_the_manifest_rows(tmp_path: Path) -> None:
    folder = tmp_path / "docs"
    folder.mkdir()
    for f in sorted(seeds_path().glob("*.txt"))[:2]:
        (folder / f.name).write_bytes(f.read_bytes())
    first = sorted(folder.glob("*.txt"))[0]
    (folder / "manifest.csv").write_text(
        f"file,date,source\n{first.name},2020-01-02,Ministry\n", encoding="utf-8"
    )
    for source in (str(folder / "*"), [first, sorted(folder.glob("*.txt"))[1]]):
        docs = {d.doc_id: d for d in map(load_job, list_documents(source))}
        assert len(docs) == 2
        assert docs[first.stem].date.isoformat() == "2020-01-02"
        assert docs[first.stem].source == "Ministry"


def test_bad_sources_are_named(tmp_path: Path) -> None:
    with pytest.raises(CorpusError, match=r"matches no \.txt"):
        list_documents(os.fspath(tmp_path / "*.txt"))
    with pytest.raises(CorpusError, match="no such file or folder"):
        list_documents(tmp_path / "missing")
    with pytest.raises(ArgumentTypeError, match="engine='local'"):
        list_documents(load_corpus(seeds_path()))  # type: ignore[arg-type]


def test_a_remote_manifest_is_refused_not_ignored(memory_seeds: str) -> None:
    fsspec.filesystem("memory").pipe_file(
        memory_seeds.removeprefix("memory://") + "/manifest.csv", b"file,date\n"
    )
    with pytest.raises(CorpusError, match=r"manifest\.csv in a remote folder"):
        list_documents(memory_seeds)


def test_the_local_engine_never_imports_dask() -> None:
    import subprocess
    import sys

    code = (
        "import sys, nato_diff; nato_diff.track(nato_diff.load_seeds()); "
        "print(sorted(m for m in ('dask', 'distributed', 'fsspec') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
