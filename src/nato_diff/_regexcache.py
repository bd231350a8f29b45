"""Large regular expressions compiled once per machine: a cache of their compiled code.

The speech patterns of the actors file are alternations of hundreds of names and role
phrases; the standard library spends over a second parsing and compiling them at every
start. :func:`compile_all` keeps the compiled program of a set of patterns in a file of the
user's cache folder and, at the next start, hands the same program back to the regular
expression engine, which checks it before use. The patterns are the very ones
``re.compile`` builds (``==`` compares their compiled code), so no match changes.

Patterns compiled one at a time in many places (a dimension file's terms) are cached the
same way inside ``with pattern_store(name):``, where :func:`compile_cached` looks each one
up by its text and flags in one file per name; outside such a block it is ``re.compile``.
What is worked out from a pattern's text alone (the strings its matches start with) is kept
in the same file by :func:`analysed`, under the version of the code that works it out.

The file is keyed by the Python build, the engine's version and the text and flags of every
pattern; a file that is missing, from another version, damaged or unreadable is ignored and
the patterns are compiled as usual. Files are written atomically, so that processes started
together never read half a file. ``NATO_DIFF_CACHE_DIR`` names the folder (default
``$XDG_CACHE_HOME/nato_diff`` or ``~/.cache/nato_diff``); set it to an empty string to turn
the cache off. Only CPython's engine is used this way; elsewhere the patterns are compiled.
"""

from __future__ import annotations

import array
import contextlib
import hashlib
import importlib
import json
import os
import platform
import re
import sys
import tempfile
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextvars import ContextVar
from pathlib import Path
from typing import Any

__all__ = ["analysed", "cache_folder", "compile_all", "compile_cached", "pattern_store"]

_FORMAT = b"nato-diff compiled patterns 1\n"
_PREFIX = "patterns-"
_KEEP = 32  # cache files kept (the oldest of this module's own files are removed)

_Entry = tuple[str, int]  # (pattern, flags)


def _engine() -> tuple[Any, Any, Any] | None:
    """Return the engine's parser, code generator and constructor (None if not CPython's)."""
    if platform.python_implementation() != "CPython":  # pragma: no cover - other Pythons
        return None
    try:
        sre = importlib.import_module("_sre")
        try:
            parser = importlib.import_module("re._parser")
            compiler = importlib.import_module("re._compiler")
        except ImportError:  # pragma: no cover - Python 3.10
            parser = importlib.import_module("sre_parse")
            compiler = importlib.import_module("sre_compile")
        if array.array("I").itemsize != sre.CODESIZE or not hasattr(compiler, "_code"):
            return None  # pragma: no cover - an unusual build
        return parser, compiler, sre
    except ImportError:  # pragma: no cover - the engine moved
        return None


_ENGINE = _engine()
# A pattern with named groups, flags and look-behind, built both ways once: should the
# engine's internals ever differ from what this module expects, the cache is not used.
_PROBE = (r"(?P<who>[A-Z]\w+)(?i:\s+said)(?<!x)|(?P<n>\d+)\b", 0)


def _engine_agrees() -> bool:
    try:
        built = _build(_PROBE[0], _program(*_PROBE))
    except Exception:  # pragma: no cover - the engine's internals changed
        return False
    expected = re.compile(*_PROBE)
    return built == expected and built.groupindex == expected.groupindex


def cache_folder() -> Path | None:
    """Return the folder of the cache, or None when it is turned off.

    Returns
    -------
    pathlib.Path or None
        ``NATO_DIFF_CACHE_DIR`` if set (None if set to an empty string), else
        ``$XDG_CACHE_HOME/nato_diff`` or ``~/.cache/nato_diff``.
    """
    chosen = os.environ.get("NATO_DIFF_CACHE_DIR")
    if chosen is not None:
        return Path(chosen) if chosen.strip() else None
    base = os.environ.get("XDG_CACHE_HOME")
    if not base:
        try:
            base = str(Path.home() / ".cache")
        except RuntimeError:  # no home folder: no cache
            return None
    return Path(base) / "nato_diff"


def compile_all(patterns: Sequence[_Entry]) -> list[re.Pattern[str]]:
    """Compile patterns, from the cache when it holds them, and keep them there if not.

    Parameters
    ----------
    patterns : sequence of (str, int)
        Each pattern's text and flags.

    Returns
    -------
    list of re.Pattern
        The compiled patterns, in order; each equal to ``re.compile(pattern, flags)``.
    """
    patterns = [(p, int(f)) for p, f in patterns]
    folder = cache_folder()
    if _ENGINE is None or folder is None or not patterns:
        return [re.compile(p, f) for p, f in patterns]
    key = _key(patterns)
    path = folder / f"{_PREFIX}{key[:40]}.bin"
    found = _read(path, key, patterns)
    if found is not None:
        return found
    programs = [_program(p, f) for p, f in patterns]
    compiled = [_build(p, program) for (p, _), program in zip(patterns, programs, strict=True)]
    _write(folder, path, key, programs)
    return compiled


def _key(patterns: Sequence[_Entry]) -> str:
    digest = hashlib.sha256()
    tag = f"{sys.implementation.cache_tag} {sys.version} {_ENGINE[2].MAGIC if _ENGINE else ''}"
    digest.update(tag.encode())
    for pattern, flags in patterns:
        digest.update(f"\0{flags}\0{len(pattern)}\0".encode())
        digest.update(pattern.encode("utf-8", "surrogatepass"))
    return digest.hexdigest()


# A program: (flags, code, groups, groupindex, indexgroup), what the engine's constructor takes.
_Program = tuple[int, list[int], int, dict[str, int], tuple[str | None, ...]]


def _program(pattern: str, flags: int) -> _Program:
    """Parse and compile a pattern as ``re.compile`` does, keeping the compiled code."""
    assert _ENGINE is not None
    parser, compiler, _ = _ENGINE
    parsed = parser.parse(pattern, flags)
    code = compiler._code(parsed, flags)
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    return (
        flags | parsed.state.flags,
        list(code),
        parsed.state.groups - 1,
        groupindex,
        tuple(indexgroup),
    )


def _build(pattern: str, program: _Program) -> re.Pattern[str]:
    assert _ENGINE is not None
    flags, code, groups, groupindex, indexgroup = program
    compiled: re.Pattern[str] = _ENGINE[2].compile(
        pattern, flags, code, groups, groupindex, indexgroup
    )
    return compiled


if _ENGINE is not None and not _engine_agrees():  # pragma: no cover - see _PROBE
    _ENGINE = None


def _read(path: Path, key: str, patterns: Sequence[_Entry]) -> list[re.Pattern[str]] | None:
    """Return the patterns of a cache file, or None if it is missing, stale or damaged."""
    try:
        with path.open("rb") as f:
            if f.readline() != _FORMAT:
                return None
            header = json.loads(f.readline())
            body = f.read()
        if header["key"] != key or hashlib.sha256(body).hexdigest() != header["sha256"]:
            return None
        codes = array.array("I")
        codes.frombytes(body)
        out, at = [], 0
        for (pattern, _), (flags, size, groups, groupindex, indexgroup) in zip(
            patterns, header["programs"], strict=True
        ):
            code = codes[at : at + size].tolist()
            at += size
            program = (flags, code, groups, groupindex, tuple(indexgroup))
            out.append(_build(pattern, program))  # the engine checks the code
        return out if at == len(codes) else None
    except (OSError, ValueError, KeyError, TypeError, RuntimeError):
        return None


def _write(
    folder: Path,
    path: Path,
    key: str,
    programs: Sequence[_Program],
    patterns: Sequence[_Key] = (),
    analyses: Mapping[_Analysis, Any] | None = None,
) -> None:
    """Write a cache file atomically; a folder that cannot be written is left alone."""
    codes = array.array("I")
    for program in programs:
        codes.extend(program[1])
    body = codes.tobytes()
    header = {
        "key": key,
        "sha256": hashlib.sha256(body).hexdigest(),
        "programs": [[p[0], len(p[1]), p[2], p[3], list(p[4])] for p in programs],
    }
    if patterns:
        header["patterns"] = [list(k) for k in patterns]
    if analyses:
        header["analyses"] = [[*k, v] for k, v in analyses.items()]
    if write_kept(path, _FORMAT + json.dumps(header).encode() + b"\n" + body, _PREFIX):
        _prune(folder)


def write_kept(path: Path, data: bytes, prefix: str) -> bool:
    """Write a file of the cache atomically (a temporary file, then a rename).

    Parameters
    ----------
    path : pathlib.Path
        The file; its folder is made when missing.
    data : bytes
        The content.
    prefix : str
        The start of the temporary file's name (after a dot).

    Returns
    -------
    bool
        False when the folder cannot be written to (the cache is then left alone).
    """
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, name = tempfile.mkstemp(prefix=f".{prefix}", suffix=".tmp", dir=path.parent)
        tmp = Path(name)
        try:
            with os.fdopen(fd, "wb") as f:
                f.write(data)
            tmp.replace(path)
        finally:
            tmp.unlink(missing_ok=True)
    except OSError:
        return False
    return True


def _prune(folder: Path) -> None:
    """Remove this module's oldest cache files beyond the last few."""
    files = sorted(folder.glob(f"{_PREFIX}*.bin"), key=lambda p: p.stat().st_mtime)
    for old in files[:-_KEEP]:
        with contextlib.suppress(OSError):
            old.unlink()


# --------------------------------------------------------------------------------------------
# a store of patterns compiled one at a time

_Key = tuple[str, int]
_Analysis = tuple[str, str, int]  # (what was worked out, pattern, flags)


class _Store:
    """The programs of a store file, and those compiled or used in this block."""

    def __init__(
        self, path: Path, known: dict[_Key, _Program], analyses: dict[_Analysis, Any]
    ) -> None:
        self.path = path
        self.known = known
        self.used: dict[_Key, _Program] = {}
        self.compiled: dict[_Key, re.Pattern[str]] = {}
        self.known_analyses = analyses
        self.analyses: dict[_Analysis, Any] = {}
        self.missed = False

    def analysed(
        self, key: _Analysis, compute: Callable[[], Any], valid: Callable[[Any], bool]
    ) -> Any:
        if key in self.analyses:
            return self.analyses[key]
        if key in self.known_analyses and valid(self.known_analyses[key]):
            value = self.known_analyses[key]
        else:
            value = compute()
            self.missed = True
        self.analyses[key] = value
        return value

    def compile(self, pattern: str, flags: int) -> re.Pattern[str]:
        key = (pattern, flags)
        found = self.compiled.get(key)
        if found is not None:
            return found
        program = self.known.get(key)
        if program is not None:
            try:
                found = _build(pattern, program)  # the engine checks the code
            except (RuntimeError, TypeError, ValueError, OverflowError):
                found = None
        if found is None:
            program = _program(pattern, flags)  # a bad pattern raises re.error here
            found = _build(pattern, program)
            self.missed = True
        assert program is not None
        self.used[key] = program
        self.compiled[key] = found
        return found


_STORE: ContextVar[_Store | None] = ContextVar("nato_diff_pattern_store", default=None)


def compile_cached(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """Compile a pattern: from the store of the enclosing ``pattern_store`` block if any.

    Parameters
    ----------
    pattern : str
        The regular expression.
    flags : int, optional
        Its flags.

    Returns
    -------
    re.Pattern
        Equal to ``re.compile(pattern, flags)``.

    Raises
    ------
    re.error
        When the pattern is not a valid regular expression.
    """
    store = _STORE.get()
    if store is None:
        return re.compile(pattern, flags)
    return store.compile(pattern, int(flags))


def analysed(
    kind: str,
    pattern: str,
    flags: int,
    compute: Callable[[], Any],
    valid: Callable[[Any], bool],
) -> Any:
    """Return ``compute()``, something worked out from a pattern's text and flags alone.

    Inside a ``pattern_store`` block the value is read from the block's store file when it
    holds one for ``kind``, the pattern and its flags that ``valid`` accepts, and kept there
    otherwise; outside such a block it is computed.

    Parameters
    ----------
    kind : str
        What is worked out, with the version of the code that does it (a stored value of an
        earlier version is not used).
    pattern : str
        The regular expression.
    flags : int
        Its flags.
    compute : callable
        Works the value out; it must come back from JSON unchanged (None, bool, int, str or
        lists of them).
    valid : callable
        Whether a stored value has the form ``compute`` gives.

    Returns
    -------
    Any
        The value.
    """
    store = _STORE.get()
    if store is None:
        return compute()
    return store.analysed((kind, pattern, int(flags)), compute, valid)


@contextlib.contextmanager
def pattern_store(name: str) -> Iterator[None]:
    """Within the block, :func:`compile_cached` reads compiled patterns from a store file, if any.

    At the end of a block that compiled a pattern the file did not hold, the file is written
    again with every pattern the block asked for (so that it holds one run's patterns).

    Parameters
    ----------
    name : str
        The store's name (letters and underscores): one file per name and Python build.
    """
    folder = cache_folder()
    if _ENGINE is None or folder is None or _STORE.get() is not None:
        yield
        return
    tag = hashlib.sha256(_key([]).encode()).hexdigest()[:16]
    store = _Store(folder / f"{_PREFIX}{name}-{tag}.bin", *_read_store(folder, name, tag))
    token = _STORE.set(store)
    try:
        yield
    finally:
        _STORE.reset(token)
    if store.missed:
        keys = list(store.used)
        programs = [store.used[k] for k in keys]
        _write(folder, store.path, f"{name}-{tag}", programs, keys, store.analyses)


def _read_store(
    folder: Path, name: str, tag: str
) -> tuple[dict[_Key, _Program], dict[_Analysis, Any]]:
    path = folder / f"{_PREFIX}{name}-{tag}.bin"
    try:
        with path.open("rb") as f:
            if f.readline() != _FORMAT:
                return {}, {}
            header = json.loads(f.readline())
            body = f.read()
        digest = hashlib.sha256(body).hexdigest()
        if header["key"] != f"{name}-{tag}" or digest != header["sha256"]:
            return {}, {}
        codes = array.array("I")
        codes.frombytes(body)
        out: dict[_Key, _Program] = {}
        at = 0
        for (pattern, flags), (pflags, size, groups, groupindex, indexgroup) in zip(
            header.get("patterns", []), header["programs"], strict=True
        ):
            out[(pattern, flags)] = (
                pflags,
                codes[at : at + size].tolist(),
                groups,
                groupindex,
                tuple(indexgroup),
            )
            at += size
        analyses = {(k, p, f): v for k, p, f, v in header.get("analyses", ())}
        return (out, analyses) if at == len(codes) else ({}, {})
    except (OSError, ValueError, KeyError, TypeError):
        return {}, {}
