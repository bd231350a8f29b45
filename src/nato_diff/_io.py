"""Writing outputs safely: atomically, and never over a file nato_diff did not write.

An output folder keeps a small ledger (``.nato-diff-outputs``) of the files nato_diff wrote
there. A later run may replace those files; any other existing file stops the run with an
error naming it, so nothing the user owns is lost.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path
from types import TracebackType

import pandas as pd

from .errors import NatoDiffError, located

__all__ = ["LEDGER", "OutputError", "OutputFolder", "atomic_write_bytes"]

LEDGER = ".nato-diff-outputs"


class OutputError(NatoDiffError):
    """An output would overwrite a file nato_diff did not create."""


def atomic_write_bytes(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` through a temporary file and an atomic rename.

    Parameters
    ----------
    path : pathlib.Path
        The destination; its folder must exist.
    data : bytes
        The content.
    """
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        Path(tmp).replace(path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


class OutputFolder:
    """A folder nato_diff writes outputs into (a context manager).

    Parameters
    ----------
    path : str or path-like
        The folder; created if missing.

    Raises
    ------
    OutputError
        When ``path`` is an existing file.
    """

    def __init__(self, path: str | os.PathLike[str]) -> None:
        self.path = Path(path)
        if self.path.exists() and not self.path.is_dir():
            raise OutputError(
                located(
                    "is a file, not a folder", path=self.path, hint="Choose another output folder."
                )
            )
        self.path.mkdir(parents=True, exist_ok=True)
        ledger = self.path / LEDGER
        self.owned: set[str] = set()
        if ledger.is_file():
            self.owned = {ln for ln in ledger.read_text(encoding="utf-8").splitlines() if ln}
        self.written: list[Path] = []

    def __enter__(self) -> OutputFolder:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def _target(self, name: str) -> Path:
        target = self.path / name
        rel = target.relative_to(self.path).as_posix()
        if target.exists() and rel not in self.owned:
            raise OutputError(
                located(
                    "exists and was not written by nato-diff; it is left untouched",
                    path=target,
                    hint="Choose another output folder, or move the file away.",
                )
            )
        target.parent.mkdir(parents=True, exist_ok=True)
        self.owned.add(rel)
        self.written.append(target)
        return target

    def write_bytes(self, name: str, data: bytes) -> Path:
        """Write ``data`` to ``name`` inside the folder (atomically).

        Parameters
        ----------
        name : str
            Relative path, ``/``-separated.
        data : bytes
            The content.

        Returns
        -------
        pathlib.Path
            The file written.
        """
        target = self._target(name)
        atomic_write_bytes(target, data)
        return target

    def write_text(self, name: str, text: str) -> Path:
        """Write UTF-8 ``text`` to ``name`` (atomically)."""
        return self.write_bytes(name, text.encode("utf-8"))

    def write_csv(self, name: str, frame: pd.DataFrame) -> Path:
        """Write ``frame`` as CSV (no index, Unix line ends, atomically)."""
        return self.write_text(name, frame.to_csv(index=False, lineterminator="\n"))

    def close(self) -> None:
        """Record the files written in the folder's ledger."""
        text = "".join(f"{name}\n" for name in sorted(self.owned))
        atomic_write_bytes(self.path / LEDGER, text.encode("utf-8"))
