"""Writing outputs safely: all or nothing, and never over a file nato_diff did not write.

An output folder keeps a small ledger (``.nato-diff-outputs``) of the files nato_diff wrote
there. A later run may replace those files; any other existing file stops the run with an
error naming it, so nothing the user owns is lost. A run that writes the whole of a set of
outputs (``prune=`` patterns such as ``figures/*.png``) removes the files of that set that an
earlier run wrote and this one no longer writes, so no stale figure or table stays behind;
a file the ledger does not name is never removed.

A run's outputs are collected first and written together when the run succeeds: every
target is checked before the first one is written, each file is written beside its target
and renamed into place, and a failure removes what was staged (no temporary file, no ledger,
no new folder is left behind). Files are created with the permissions the umask allows, like
any other file the user creates.
"""

from __future__ import annotations

import contextlib
import fnmatch
import os
import secrets
from collections.abc import Iterable, Sequence
from pathlib import Path
from types import TracebackType
from typing import Any

import pandas as pd

from .errors import OutputError, located

__all__ = [
    "LEDGER",
    "OutputError",
    "OutputFolder",
    "atomic_write_bytes",
    "neutralise_formulas",
    "progress_bar",
]

LEDGER = ".nato-diff-outputs"

# A spreadsheet reads a cell starting with one of these as a formula.
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def _os_error(exc: OSError, path: Path) -> OutputError:
    why = exc.strerror or exc.__class__.__name__
    return OutputError(
        located(
            f"cannot write here ({why})",
            path=path,
            hint="Choose a folder you can write to with --out (or out_dir=), "
            "or fix its permissions.",
        )
    )


def _stage(path: Path, data: bytes) -> Path:
    """Write ``data`` to a new hidden file beside ``path``, created under the umask."""
    tmp = path.with_name(f".{path.name}.{secrets.token_hex(4)}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return tmp


def atomic_write_bytes(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` through a temporary file and an atomic rename.

    Parameters
    ----------
    path : pathlib.Path
        The destination; its folder must exist.
    data : bytes
        The content.

    Raises
    ------
    OutputError
        When the folder cannot be written to (nothing is left behind).
    """
    try:
        tmp = _stage(path, data)
    except OSError as exc:
        raise _os_error(exc, path) from None
    try:
        tmp.replace(path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise _os_error(exc, path) from None


def neutralise_formulas(frame: pd.DataFrame) -> pd.DataFrame:
    """Return ``frame`` with text cells that a spreadsheet would run as a formula made inert.

    A text cell starting with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return gets a
    leading ``'`` (the spreadsheet convention for "this is text"), so a title such as
    ``=HYPERLINK(...)`` shows as text instead of running. Numbers (``-3``) are not text
    cells and are left alone; so are text cells that read as a number (``-12.5``).

    Parameters
    ----------
    frame : pandas.DataFrame
        A table.

    Returns
    -------
    pandas.DataFrame
        A copy with such cells prefixed; other cells unchanged.

    Examples
    --------
    >>> neutralise_formulas(pd.DataFrame({"title": ["=1+1", "NATO"]}))["title"].tolist()
    ["'=1+1", 'NATO']
    """
    out: pd.DataFrame = frame.copy()
    for column in out.columns:
        if pd.api.types.is_object_dtype(out[column]) or pd.api.types.is_string_dtype(out[column]):
            out[column] = pd.Series(
                [_inert(v) for v in out[column]], index=out.index, dtype=object
            )
    return out


def _inert(value: object) -> object:
    if isinstance(value, (list, tuple)):  # a list-valued cell is written "; "-joined
        value = "; ".join(str(v) for v in value)
    if not isinstance(value, str) or not value.startswith(_FORMULA_STARTS):
        return value
    try:
        float(value)
    except ValueError:
        return "'" + value
    return value


class OutputFolder:
    """A folder nato_diff writes outputs into (a context manager; all or nothing).

    The ``write_*`` methods check their target at once and keep the content; the files are
    written when the ``with`` block ends without an error (or at :meth:`close`).

    Parameters
    ----------
    path : str or path-like
        The folder; created (with its parents) when the outputs are written.
    prune : sequence of str, optional
        Patterns (``/``-separated, ``*`` within one folder level) of the outputs this run
        writes in full. At :meth:`close`, a file matching one of them that the ledger says
        nato-diff wrote earlier, and that this run did not write, is removed.

    Raises
    ------
    OutputError
        When ``path`` is an existing file.
    """

    def __init__(self, path: str | os.PathLike[str], *, prune: Sequence[str] = ()) -> None:
        self.path = Path(path)
        self.prune = tuple(prune)
        if self.path.exists() and not self.path.is_dir():
            raise OutputError(
                located(
                    "is a file, not a folder", path=self.path, hint="Choose another output folder."
                )
            )
        ledger = self.path / LEDGER
        self.owned: set[str] = set()
        if ledger.is_file():
            try:
                text = ledger.read_text(encoding="utf-8", errors="replace")
            except OSError as exc:
                raise _os_error(exc, ledger) from None
            self.owned = {ln for ln in text.splitlines() if ln}
        self.written: list[Path] = []
        self._pending: dict[str, bytes] = {}
        self._staged: dict[str, Path] = {}
        self._created: list[Path] = []

    def __enter__(self) -> OutputFolder:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if exc_type is None:
            self.close()
        else:
            self.discard()

    def discard(self) -> None:
        """Drop the kept outputs: nothing is written, staged files and new folders go."""
        self._pending.clear()
        staged, self._staged = self._staged, {}
        for tmp in staged.values():
            tmp.unlink(missing_ok=True)
        created, self._created = self._created, []
        for folder in reversed(created):
            _remove_if_empty(folder)

    def _target(self, name: str) -> Path:
        target = self.path / name
        rel = target.relative_to(self.path).as_posix()
        if target.is_dir() or ((target.exists() or target.is_symlink()) and rel not in self.owned):
            raise OutputError(
                located(
                    "exists and was not written by nato-diff; it is left untouched",
                    path=target,
                    hint="Choose another output folder, or move the file away.",
                )
            )
        return target

    def check(self, *names: str) -> None:
        """Check targets before any work is done for them (the write checks them again).

        Parameters
        ----------
        *names : str
            Relative paths, ``/``-separated.

        Raises
        ------
        OutputError
            At the first target that exists and that nato-diff did not write.
        """
        for name in names:
            self._target(name)

    def write_bytes(self, name: str, data: bytes) -> Path:
        """Check the target ``name`` inside the folder and keep ``data`` to write.

        Parameters
        ----------
        name : str
            Relative path, ``/``-separated.
        data : bytes
            The content.

        Returns
        -------
        pathlib.Path
            The file that will be written.

        Raises
        ------
        OutputError
            When the target exists and nato-diff did not write it.
        """
        target = self._target(name)
        self._pending[name] = data
        return target

    def stage(self, name: str) -> Path:
        """Check the target ``name`` and return a new hidden file beside it to write into.

        For outputs written bit by bit (a Parquet file growing row group by row group): the
        caller writes the returned file, which replaces the target at :meth:`close` (or is
        removed by :meth:`discard`). The folder is created now.

        Parameters
        ----------
        name : str
            Relative path, ``/``-separated.

        Returns
        -------
        pathlib.Path
            The hidden file to write (empty).

        Raises
        ------
        OutputError
            When the target exists and nato-diff did not write it, or the folder cannot be
            written to.
        """
        target = self._target(name)
        self._created.extend(self._make_folders([target]))
        try:
            tmp = _stage(target, b"")
        except OSError as exc:
            raise _os_error(exc, target) from None
        self._staged[name] = tmp
        return tmp

    def write_text(self, name: str, text: str) -> Path:
        """Keep UTF-8 ``text`` to write to ``name`` (undecodable characters escaped)."""
        return self.write_bytes(name, text.encode("utf-8", errors="backslashreplace"))

    def write_csv(self, name: str, frame: pd.DataFrame) -> Path:
        """Keep ``frame`` as CSV (no index, Unix line ends) to write to ``name``.

        List cells are written ``"; "``-joined, dates as ``YYYY-MM-DD``; text cells that a
        spreadsheet would run as a formula are made inert first (see
        :func:`neutralise_formulas`).
        """
        text = neutralise_formulas(frame).to_csv(index=False, lineterminator="\n")
        return self.write_text(name, text)

    def close(self) -> None:
        """Write the kept outputs and the ledger; on failure leave nothing behind.

        Raises
        ------
        OutputError
            When a target appeared meanwhile or the folder cannot be written to.
        """
        pending = self._pending
        try:
            targets = {name: self._target(name) for name in [*pending, *self._staged]}
        except OutputError:  # checked again, all first
            self.discard()
            raise
        early, self._staged, self._pending = self._staged, {}, {}
        created = self._created + self._make_folders(targets.values())
        self._created = []
        staged: dict[Path, Path] = {targets[name]: tmp for name, tmp in early.items()}
        try:
            for name in pending:
                staged[targets[name]] = _stage(targets[name], pending[name])
            stale = self._stale(set(targets))
            owned = (self.owned - stale) | {
                t.relative_to(self.path).as_posix() for t in targets.values()
            }
            ledger = "".join(f"{n}\n" for n in sorted(owned)).encode("utf-8", "backslashreplace")
            staged[self.path / LEDGER] = _stage(self.path / LEDGER, ledger)
            for target, tmp in staged.items():
                tmp.replace(target)
        except OSError as exc:
            for tmp in staged.values():
                tmp.unlink(missing_ok=True)
            for folder in reversed(created):
                _remove_if_empty(folder)
            where = Path(exc.filename) if exc.filename else self.path
            raise _os_error(exc, where) from None
        self.owned = owned
        self.written.extend(targets.values())
        for name in sorted(stale):
            with contextlib.suppress(OSError):
                (self.path / name).unlink()

    def _stale(self, written: set[str]) -> set[str]:
        """Return the ledger's files matching :attr:`prune` that this run does not write."""
        stale: set[str] = set()
        for name in self.owned - written:
            parts = name.split("/")
            if (
                ".." in parts
                or name.startswith("/")
                or not any(
                    fnmatch.fnmatchcase(name, pat) and pat.count("/") == name.count("/")
                    for pat in self.prune
                )
            ):
                continue
            target = self.path / name
            if target.is_file() and not target.is_symlink():
                stale.add(name)
        return stale

    def _make_folders(self, targets: Iterable[Path]) -> list[Path]:
        """Create the folders the targets need; return those created, outermost first."""
        needed = {self.path} | {t.parent for t in targets}
        created: list[Path] = []
        try:
            for folder in sorted(needed, key=lambda p: len(p.parts)):
                missing = [p for p in (folder, *folder.parents) if not p.exists()]
                for p in reversed(missing):
                    p.mkdir()
                    created.append(p)
        except OSError as exc:
            for p in reversed(created):
                _remove_if_empty(p)
            raise _os_error(exc, Path(exc.filename) if exc.filename else self.path) from None
        return created


def _remove_if_empty(folder: Path) -> None:
    with contextlib.suppress(OSError):
        folder.rmdir()


def progress_bar(*, total: int, desc: str, unit: str, enabled: bool) -> Any:
    """Return a progress bar (tqdm), or a silent one when ``enabled`` is false.

    The notebook-aware bar is imported only when a bar is shown, so that a quiet run in a
    notebook prints no warning about missing widgets.

    Parameters
    ----------
    total : int
        The number of steps.
    desc, unit : str
        The bar's label and unit.
    enabled : bool
        Whether to show it.

    Returns
    -------
    tqdm.tqdm
        The bar; call ``update()`` and ``close()`` on it.
    """
    if enabled:
        from tqdm.auto import tqdm as shown_bar

        return shown_bar(total=total, desc=desc, unit=unit)
    from tqdm import tqdm

    class _QuietBar(tqdm):  # type: ignore[type-arg]
        monitor_interval = 0  # no monitoring thread for a bar that is never shown

    return _QuietBar(total=total, desc=desc, unit=unit, disable=True)
