"""The ``nato-diff`` command line: a thin client of the public API.

Each subcommand calls one public function and prints or writes its result. Errors caused by
the input are printed as one line (``nato-diff: error: …``) with exit status 2.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from typing import TextIO

import pandas as pd

from . import __version__
from .corpus import Corpus, load_corpus, load_seeds
from .errors import NatoDiffError

__all__ = ["main"]


def _corpus(path: str | None, *, manifest: str | None = None, n_jobs: int = 1) -> Corpus:
    if path is None:
        return load_seeds(n_jobs=n_jobs)
    return load_corpus(path, manifest=manifest, n_jobs=n_jobs, progress=sys.stderr.isatty())


def _print_table(frame: pd.DataFrame, *, fmt: str, out: TextIO) -> None:
    if fmt == "csv":
        frame.to_csv(out, index=False, lineterminator="\n")
        return
    with pd.option_context(
        "display.max_colwidth", 60, "display.width", 200, "display.max_rows", None
    ):
        out.write(frame.to_string(index=False) + "\n")


def _add_corpus_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("path", nargs="?", help="folder of .txt documents (default: the bundled seeds)")
    p.add_argument("--manifest", help="manifest CSV (default: manifest.csv in the folder)")
    p.add_argument("--jobs", type=int, default=1, help="worker processes (default: 1)")


def _add_format(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--format",
        choices=["table", "csv"],
        default="table",
        help="print an aligned table (default) or CSV",
    )


def _cmd_corpus(args: argparse.Namespace, out: TextIO) -> int:
    corpus = _corpus(args.path, manifest=args.manifest, n_jobs=args.jobs)
    frame = corpus.to_frame()[
        ["doc_id", "date", "date_source", "source", "title", "n_sentences", "n_words"]
    ]
    _print_table(frame, fmt=args.format, out=out)
    return 0


def build_parser() -> argparse.ArgumentParser:
    """Build the argument parser (exposed for documentation and tests).

    Returns
    -------
    argparse.ArgumentParser
        The parser with one subparser per command.
    """
    parser = argparse.ArgumentParser(
        prog="nato-diff",
        description="Track how policy positions move across dated documents.",
    )
    parser.add_argument("--version", action="version", version=f"nato-diff {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    sub.required = True

    p = sub.add_parser("corpus", help="list the documents: id, date, how dated, source, size")
    _add_corpus_args(p)
    _add_format(p)
    p.set_defaults(func=_cmd_corpus)
    return parser


def main(argv: Sequence[str] | None = None, *, out: TextIO | None = None) -> int:
    """Run the command line.

    Parameters
    ----------
    argv : sequence of str, optional
        Arguments without the program name; ``sys.argv[1:]`` by default.
    out : text stream, optional
        Where results are printed; standard output by default.

    Returns
    -------
    int
        Exit status: 0 on success, 2 on bad input.
    """
    parser = build_parser()
    args = parser.parse_args(argv)
    stream = out if out is not None else sys.stdout
    try:
        return int(args.func(args, stream))
    except (NatoDiffError, KeyError) as exc:
        message = exc.args[0] if isinstance(exc, KeyError) and exc.args else str(exc)
        print(f"nato-diff: error: {message}", file=sys.stderr)
        return 2
    except BrokenPipeError:  # e.g. `nato-diff corpus | head`
        return 0


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
