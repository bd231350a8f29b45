"""The cache of compiled patterns gives what re.compile gives, and is never trusted blindly."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from nato_diff import _regexcache
from nato_diff._regexcache import cache_folder, compile_all
from nato_diff.extract.actors.loading import _builtin_file, _combine

PATTERNS = [
    (r"(?P<who>(?:Jens\s+)?Stoltenberg|Mark\s+Rutte)\s+(?:said|says)", 0),
    (r"(?<![\w'’-])(?i:according\s+to)\s+(?P<n>\w+)", 0),
    (r"\s*(?i:statement|remarks)\s+(?P<rest>\S.*)", int(re.S)),
    (r"[^\W\d_]+(?:['’-][^\W_]+)*", re.IGNORECASE),
]
SENTENCE = "“Ukraine’s future is in NATO,” Jens Stoltenberg said, according to Reuters."


@pytest.fixture()
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("NATO_DIFF_CACHE_DIR", str(tmp_path / "cache"))
    return tmp_path / "cache"


def _expected() -> list[re.Pattern[str]]:
    return [re.compile(p, f) for p, f in PATTERNS]


def test_cold_and_warm_give_the_patterns_re_compile_gives(folder: Path) -> None:
    cold = compile_all(PATTERNS)
    assert len(list(folder.glob("patterns-*.bin"))) == 1
    warm = compile_all(PATTERNS)
    for got in (cold, warm):
        assert got == _expected()  # same text, flags and compiled code
        assert [p.groupindex for p in got] == [p.groupindex for p in _expected()]
        assert got[0].search(SENTENCE).group("who") == "Jens Stoltenberg"  # type: ignore[union-attr]
        assert got[1].search(SENTENCE).group("n") == "Reuters"  # type: ignore[union-attr]


def test_the_actors_speech_patterns_equal_freshly_compiled_ones(folder: Path) -> None:
    for _ in ("cold", "warm"):
        patterns = _combine([_builtin_file()])._patterns
        cues = patterns.cues
        for compiled in (cues.close, cues.tail, cues.forward, cues.source, cues.dash):
            assert compiled == re.compile(compiled.pattern, compiled.flags & ~re.UNICODE)
        first = next(iter(patterns.speakers.mention_at.values()))
        assert first == re.compile(first.pattern)


def test_a_damaged_or_foreign_file_is_ignored(folder: Path) -> None:
    compile_all(PATTERNS)
    (path,) = folder.glob("patterns-*.bin")
    data = bytearray(path.read_bytes())
    data[-5] ^= 0xFF  # one byte of compiled code changed
    path.write_bytes(bytes(data))
    assert compile_all(PATTERNS) == _expected()
    path.write_bytes(b"not a cache file")
    assert compile_all(PATTERNS) == _expected()
    path.write_bytes(data[: len(data) // 2])
    assert compile_all(PATTERNS) == _expected()


def test_a_changed_pattern_gets_its_own_entry(folder: Path) -> None:
    compile_all(PATTERNS)
    changed = [(PATTERNS[0][0].replace("Rutte", "Ruttе"), 0), *PATTERNS[1:]]  # Cyrillic е
    got = compile_all(changed)
    assert got[0] == re.compile(changed[0][0])
    assert got[0].search("Mark Rutte said") is None
    assert len(list(folder.glob("patterns-*.bin"))) == 2


def test_an_empty_setting_turns_the_cache_off(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("NATO_DIFF_CACHE_DIR", "")
    assert cache_folder() is None
    monkeypatch.chdir(tmp_path)
    assert compile_all(PATTERNS) == _expected()
    assert list(tmp_path.iterdir()) == []


def test_a_folder_that_cannot_be_written_is_left_alone(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "a file"
    blocker.write_text("mine", encoding="utf-8")
    monkeypatch.setenv("NATO_DIFF_CACHE_DIR", str(blocker / "cache"))
    assert compile_all(PATTERNS) == _expected()
    assert blocker.read_text(encoding="utf-8") == "mine"


def test_the_default_folder_is_the_users_cache(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("NATO_DIFF_CACHE_DIR")
    monkeypatch.setenv("XDG_CACHE_HOME", "/somewhere/cache")
    assert cache_folder() == Path("/somewhere/cache/nato_diff")


def test_only_the_newest_files_are_kept(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_regexcache, "_KEEP", 2)
    folder.mkdir(parents=True)
    (folder / "notes.txt").write_text("the user's", encoding="utf-8")
    for word in ("alpha", "beta", "gamma"):
        compile_all([(word, 0)])
    assert len(list(folder.glob("patterns-*.bin"))) == 2
    assert (folder / "notes.txt").read_text(encoding="utf-8") == "the user's"


# --- patterns compiled one at a time, inside a store ---------------------------------------


def test_a_store_gives_what_re_compile_gives_and_reads_its_file_next_time(
    folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from nato_diff._regexcache import compile_cached, pattern_store

    with pattern_store("test"):
        cold = [compile_cached(p, f) for p, f in PATTERNS]
        with pytest.raises(re.error):
            compile_cached("(unclosed")
    assert cold == _expected()
    assert len(list(folder.glob("patterns-test-*.bin"))) == 1

    def must_not_compile(pattern: str, flags: int) -> None:
        raise AssertionError(f"compiled again: {pattern}")

    monkeypatch.setattr(_regexcache, "_program", must_not_compile)
    with pattern_store("test"):
        warm = [compile_cached(p, f) for p, f in PATTERNS]
    assert warm == _expected()
    assert compile_cached(PATTERNS[0][0]) == _expected()[0]  # outside a store: re.compile


def test_the_builtin_dimensions_compile_to_the_same_patterns_from_the_store(
    folder: Path,
) -> None:
    from nato_diff.dimensions import builtin, load_dimensions

    def patterns() -> list[re.Pattern[str]]:
        builtin._builtin_from_bytes.cache_clear()
        dims = load_dimensions()
        return [
            p
            for d in dims.values()
            for f in d._matcher.facets
            for p in (*f.patterns, *f.exclude, *f.requires)
        ] + [c.pattern for d in dims.values() for _, cues in d._matcher.positions for c in cues]

    cold = patterns()
    assert list(folder.glob("patterns-dimensions-*.bin"))
    warm = patterns()
    assert len(cold) > 100
    assert cold == warm
    assert all(p == re.compile(p.pattern, p.flags & ~re.UNICODE) for p in warm)


def test_the_cache_is_used_only_when_the_engine_builds_what_re_compile_builds(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    assert _regexcache._ENGINE is not None  # CPython: the cache is on
    assert _regexcache._engine_agrees()
    monkeypatch.setattr(_regexcache, "_build", lambda pattern, program: re.compile("other"))
    assert not _regexcache._engine_agrees()


# --- what is worked out from a pattern's text, kept in a store ------------------------------


def test_an_analysis_is_worked_out_once_and_read_from_the_store_next_time(folder: Path) -> None:
    from nato_diff._regexcache import analysed, pattern_store

    calls: list[str] = []

    def work() -> list[str]:
        calls.append("worked")
        return ["nato", "allies"]

    def valid(value: object) -> bool:
        return isinstance(value, list)

    assert analysed("kind 1", "NATO|Allies", 2, work, valid) == ["nato", "allies"]  # no store
    with pattern_store("test"):
        assert analysed("kind 1", "NATO|Allies", 2, work, valid) == ["nato", "allies"]
    with pattern_store("test"):
        assert analysed("kind 1", "NATO|Allies", 2, work, valid) == ["nato", "allies"]
        assert analysed("kind 2", "NATO|Allies", 2, work, valid) == ["nato", "allies"]
    assert calls == ["worked"] * 3  # outside, cold, then under another kind (version)


def test_a_stored_analysis_of_the_wrong_form_is_worked_out_again(folder: Path) -> None:
    from nato_diff._regexcache import analysed, pattern_store

    with pattern_store("test"):
        analysed("kind", "x", 0, lambda: "a string", lambda value: True)
    with pattern_store("test"):
        got = analysed("kind", "x", 0, lambda: ["x"], lambda value: isinstance(value, list))
    assert got == ["x"]
