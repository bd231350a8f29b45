"""The ``nato-diff`` command line: a thin client of the public API.

Each subcommand calls one public function and prints or writes its result. Every command
reads the same way, ``nato-diff CMD [ARGS] [PATH] [options]``: PATH is the folder of
documents (the bundled seeds when left out), options may come before or after it, and
``--dimensions FILE`` is repeated once per dimension file or folder. Arguments are checked
before any work starts. Errors are printed as one line (``nato-diff: error: …``),
never as a traceback unless ``--debug`` is given, with these exit statuses:

== =====================================================================================
0  success
1  an unexpected internal error (a bug: please report it with the ``--debug`` output)
2  bad input: arguments, documents, manifests, dimension files, unknown ids or dates
3  an output cannot be written: a file nato-diff did not create, or a folder refusing
130 interrupted (Ctrl-C)
== =====================================================================================
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import TextIO

from ._gcpause import collector_paused

# The modules a command needs live until it ends: the collector does not scan them again and
# again while they load (the thresholds are set back after the last import).
with collector_paused():
    import pandas as pd

    from ._version import __version__
    from .corpus import Corpus, load_corpus, load_seeds
    from .dimensions import Dimensions, load_dimensions
    from .errors import (
        CorpusError,
        DimensionError,
        NatoDiffError,
        OutputError,
        check_n_jobs,
        located,
    )
    from .extract import FIGURE_SUMMARY_COLUMNS
    from .tracking import Tracking, track, track_to_parquet

__all__ = ["EXIT_INPUT", "EXIT_INTERNAL", "EXIT_INTERRUPTED", "EXIT_OK", "EXIT_OUTPUT", "main"]

EXIT_OK = 0
EXIT_INTERNAL = 1
EXIT_INPUT = 2
EXIT_OUTPUT = 3
EXIT_INTERRUPTED = 130


def _corpus(
    path: str | None, *, manifest: str | None = None, n_jobs: int = 1, skip_bad: bool = False
) -> Corpus:
    if path is None:
        return load_seeds(n_jobs=n_jobs)
    corpus = load_corpus(
        path,
        manifest=manifest,
        n_jobs=n_jobs,
        progress=sys.stderr.isatty(),
        errors="skip" if skip_bad else "raise",
    )
    for file, message in corpus.skipped:
        print(f"nato-diff: skipped {file}: {message}", file=sys.stderr)
    return corpus


def _jobs(value: str) -> int:
    """Read ``--jobs``: a whole number of at least 1 (argparse reports the error)."""
    try:
        return check_n_jobs(int(value), name="--jobs")
    except (ValueError, NatoDiffError) as exc:
        message = str(exc) if isinstance(exc, NatoDiffError) else f"not a whole number: {value!r}"
        raise argparse.ArgumentTypeError(message) from None


def _print_table(frame: pd.DataFrame, *, fmt: str, out: TextIO) -> None:
    if fmt == "csv":
        frame.to_csv(out, index=False, lineterminator="\n")
        return
    with pd.option_context(
        "display.max_colwidth", 60, "display.width", 200, "display.max_rows", None
    ):
        out.write(frame.to_string(index=False, max_colwidth=60) + "\n")


REPORT_DIR = "nato-diff-report"
"""Where ``nato-diff report`` writes without ``--out``: this folder inside the current one."""

TABLES_DIR = "nato-diff-tables"
"""Where ``nato-diff track`` writes without ``--out``: this folder inside the current one."""


def _add_corpus_args(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "path", metavar="PATH", nargs="?", help="folder of documents (default: the bundled seeds)"
    )
    p.add_argument("--manifest", help="manifest CSV (default: manifest.csv in the folder)")
    p.add_argument("--jobs", type=_jobs, default=1, help="worker processes (default: 1)")
    p.add_argument(
        "--skip-bad",
        action="store_true",
        help="leave out documents that cannot be read or dated (each is reported) "
        "instead of stopping",
    )


def _add_format(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--format",
        choices=["table", "csv"],
        default="table",
        help="print an aligned table (default) or CSV",
    )


def _cmd_corpus(args: argparse.Namespace, out: TextIO) -> int:
    corpus = _corpus(args.path, manifest=args.manifest, n_jobs=args.jobs, skip_bad=args.skip_bad)
    frame = corpus.to_frame()[
        ["doc_id", "date", "date_source", "source", "title", "n_sentences", "n_words"]
    ]
    _print_table(frame, fmt=args.format, out=out)
    return 0


def _add_dimension_args(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--dimensions",
        action="append",
        metavar="FILE",
        default=[],
        help="a dimension file or folder to add to (or replace) the built-in ones; "
        "repeat for more (--dimensions a.yaml --dimensions b.yaml)",
    )


def _dimensions(args: argparse.Namespace) -> Dimensions:
    return load_dimensions(*args.dimensions)


def _tracking(args: argparse.Namespace) -> Tracking:
    corpus = _corpus(args.path, manifest=args.manifest, n_jobs=args.jobs, skip_bad=args.skip_bad)
    return track(corpus, _dimensions(args), n_jobs=args.jobs, progress=sys.stderr.isatty())


def _cmd_dimensions(args: argparse.Namespace, out: TextIO) -> int:
    dims = _dimensions(args)
    rows = [
        {
            "dimension": d.id,
            "label": d.label,
            "version": d.version,
            "facets": len(d.facets),
            "positions": " < ".join(d.position_ids),
            "figures": ", ".join(d.figures.kinds) if d.figures else "",
            "source": d.source,
        }
        for d in dims.values()
    ]
    _print_table(pd.DataFrame(rows), fmt=args.format, out=out)
    return 0


def _cmd_track(args: argparse.Namespace, out: TextIO) -> int:
    written = _streamed(args) if args.parquet else _tracking(args).to_csv(args.out)
    for path in written:
        out.write(f"wrote {path}\n")
    return 0


def _streamed(args: argparse.Namespace) -> list[Path]:
    """Write every table as Parquet as the run goes (:func:`nato_diff.track_to_parquet`).

    A folder given alone is read one document at a time, no text kept; with ``--manifest``
    or ``--skip-bad`` the corpus is loaded first.
    """
    if args.path is not None and args.manifest is None and not args.skip_bad:
        source: Corpus | str = args.path
    else:
        source = _corpus(
            args.path, manifest=args.manifest, n_jobs=args.jobs, skip_bad=args.skip_bad
        )
    return track_to_parquet(
        source, args.out, _dimensions(args), n_jobs=args.jobs, progress=sys.stderr.isatty()
    )


def _cmd_figures(args: argparse.Namespace, out: TextIO) -> int:
    tracking = _tracking(args)
    _print_table(tracking.figures[list(FIGURE_SUMMARY_COLUMNS)], fmt=args.format, out=out)
    return 0


def _cmd_changes(args: argparse.Namespace, out: TextIO) -> int:
    tracking = _tracking(args)
    if args.format == "csv":
        _print_table(tracking.changes, fmt="csv", out=out)
        return 0
    for dim_id in tracking.dimensions:
        label = tracking.dimensions[dim_id].label
        out.write(f"== {label} ==\n")
        series = tracking.summaries[tracking.summaries["dimension"] == dim_id]
        for row in series.itertuples(index=False):
            evidence = f" [evidence: {row.evidence}]" if row.evidence else ""
            out.write(f"* {row.summary}{evidence}\n")
        for summary in tracking.changes.loc[tracking.changes["dimension"] == dim_id, "summary"]:
            out.write(f"  - {summary}\n")
        out.write("\n")
    return 0


def _cmd_diff(args: argparse.Namespace, out: TextIO) -> int:
    from ._io import OutputFolder
    from .change import diff

    dimensions = _dimensions(args)
    if args.dimension is not None:
        _ = dimensions[args.dimension]  # an unknown name stops here, before reading documents
    corpus = _corpus(args.path, manifest=args.manifest, n_jobs=args.jobs, skip_bad=args.skip_bad)
    a, b = corpus.find(args.a), corpus.find(args.b)
    result = diff(a, b, dimension=args.dimension, dimensions=dimensions)
    if args.html:
        target = Path(args.html)
        with OutputFolder(target.parent if str(target.parent) else ".") as folder:
            folder.write_text(target.name, result.to_html())
        out.write(f"wrote {target}\n")
    out.write(result.to_text())
    if not result.to_text().endswith("\n"):
        out.write("\n")
    return 0


def _cmd_report(args: argparse.Namespace, out: TextIO) -> int:
    with _collector_spared() as spare:
        from .report import build_report

        tracking = _tracking(args)
        spare()
        written = build_report(tracking, args.out, progress=sys.stderr.isatty())
    out.write(
        f"wrote {len(written)} files into {args.out} (open {Path(args.out) / 'report.html'})\n"
    )
    return 0


@contextlib.contextmanager
def _collector_spared() -> Iterator[Callable[[], None]]:
    """Keep the garbage collector off what exists now, and off what exists when called again.

    A command's modules and tables live until it ends. Frozen, they are not scanned again at
    each full collection, and the processes forked to draw do not copy the memory the
    collector would otherwise touch. Unfrozen at the end, unless something else froze objects
    first (then nothing is frozen here). Meanwhile the collector runs less often (see
    :func:`~nato_diff._gcpause.collector_paused`).
    """
    with collector_paused():
        if gc.get_freeze_count():
            yield lambda: None
            return
        gc.freeze()
        try:
            yield gc.freeze
        finally:
            gc.unfreeze()


def _cmd_evaluate(args: argparse.Namespace, out: TextIO) -> int:
    from ._io import OutputFolder
    from .agreement import evaluate, read_gold

    read_gold(args.gold)  # a malformed table stops here, before the tracking runs
    evaluation = evaluate(_tracking(args), args.gold)
    if args.disagreements:
        target = Path(args.disagreements)
        with OutputFolder(target.parent) as folder:
            folder.write_csv(target.name, evaluation.disagreements)
        # On stderr, so that ``--format csv`` output stays one CSV table.
        print(f"nato-diff: wrote {target}", file=sys.stderr)
    if args.format == "csv":
        _print_table(evaluation.scores, fmt="csv", out=out)
    else:
        out.write(evaluation.to_text() + "\n")
    return 0


def _add_report(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the ``report`` command, whose help says where its output goes."""
    p = sub.add_parser(
        "report",
        help="write the Markdown/HTML report, figures and tables",
        description="Write report.md, report.html, figures/*.png and tables/*.csv into --out "
        f"(default: ./{REPORT_DIR}, inside the folder you run nato-diff from). Files an "
        "earlier run wrote there are replaced and its figures and tables that this run no "
        "longer draws are removed; a file nato-diff did not write stops the run and is left "
        "untouched.",
    )
    _add_corpus_args(p)
    _add_dimension_args(p)
    p.add_argument(
        "--out",
        metavar="DIR",
        default=REPORT_DIR,
        help=f"output folder (default: ./{REPORT_DIR}, inside the folder you run nato-diff from)",
    )
    p.set_defaults(func=_cmd_report)


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
    parser.add_argument(
        "--debug", action="store_true", help="show the full traceback when something fails"
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    sub.required = True

    p = sub.add_parser("corpus", help="list the documents: id, date, how dated, source, size")
    _add_corpus_args(p)
    _add_format(p)
    p.set_defaults(func=_cmd_corpus)

    p = sub.add_parser("dimensions", help="list and validate the dimensions")
    _add_dimension_args(p)
    _add_format(p)
    p.set_defaults(func=_cmd_dimensions)

    p = sub.add_parser("track", help="track the dimensions and write every table as CSV")
    _add_corpus_args(p)
    _add_dimension_args(p)
    p.add_argument(
        "--out",
        metavar="DIR",
        default=TABLES_DIR,
        help=f"output folder for the CSV tables (default: ./{TABLES_DIR}, inside the folder "
        "you run nato-diff from)",
    )
    p.add_argument(
        "--parquet",
        action="store_true",
        help="write the tables as Parquet as the documents are done, holding only what the "
        "series tables need (for collections too large for memory; needs the parquet extra)",
    )
    p.set_defaults(func=_cmd_track)

    p = sub.add_parser("figures", help="print the figures (amounts) found, with their sentences")
    _add_corpus_args(p)
    _add_dimension_args(p)
    _add_format(p)
    p.set_defaults(func=_cmd_figures)

    p = sub.add_parser("changes", help="print what changed, per dimension, in plain language")
    _add_corpus_args(p)
    _add_dimension_args(p)
    _add_format(p)
    p.set_defaults(func=_cmd_changes)

    p = sub.add_parser("diff", help="align the sentences of two documents (ids or dates)")
    p.add_argument("a", metavar="A", help="the earlier document: id or YYYY-MM-DD")
    p.add_argument("b", metavar="B", help="the later document: id or YYYY-MM-DD")
    _add_corpus_args(p)
    # The former spelling of PATH, still read.
    p.add_argument("--path", dest="path_option", help=argparse.SUPPRESS)
    p.add_argument("--dimension", help="compare only the sentences of this dimension")
    p.add_argument(
        "--html",
        metavar="FILE",
        help="also write a side-by-side HTML view to FILE (default: none, text only)",
    )
    _add_dimension_args(p)
    p.set_defaults(func=_cmd_diff)

    _add_report(sub)

    p = sub.add_parser(
        "evaluate", help="score the tracking against a hand-coded gold table (CODEBOOK.md)"
    )
    p.add_argument("gold", metavar="GOLD.csv", help="the hand-coded gold table")
    _add_corpus_args(p)
    _add_dimension_args(p)
    _add_format(p)
    p.add_argument(
        "--disagreements",
        metavar="FILE",
        help="also write the rows that disagree as CSV to FILE (default: none)",
    )
    p.set_defaults(func=_cmd_evaluate)
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
        Exit status: 0 success, 1 internal error, 2 bad input, 3 output cannot be written,
        130 interrupted (see the module's docstring).
    """
    parser = build_parser()
    args = _parse(parser, argv)
    stream = out if out is not None else _lenient(sys.stdout)
    try:
        _check_paths(args)
        return int(args.func(args, stream))
    except BrokenPipeError:  # e.g. `nato-diff corpus | head`
        return EXIT_OK
    except KeyboardInterrupt:
        print("nato-diff: interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED
    except Exception as exc:
        if args.debug:
            raise
        code, message = _exit_status(exc)
        print(f"nato-diff: error: {message}", file=sys.stderr)
        return code


def _parse(parser: argparse.ArgumentParser, argv: Sequence[str] | None) -> argparse.Namespace:
    """Parse ``argv``, taking PATH wherever it stands among the options.

    argparse fills an optional positional only in the first run of plain words, so
    ``diff A B --dimension D PATH`` would leave PATH over; it is taken here. The former
    ``diff --path PATH`` is read too.
    """
    args, extra = parser.parse_known_args(argv)
    if (
        len(extra) == 1
        and not extra[0].startswith("-")
        and hasattr(args, "path")
        and args.path is None
    ):
        args.path = extra.pop()
    if extra:
        parser.error(f"unrecognized arguments: {' '.join(extra)}")
    option = getattr(args, "path_option", None)
    if option is not None:
        if args.path is not None and args.path != option:
            parser.error("give the folder of documents once, as PATH (--path is its old name)")
        args.path = option
    return args


def _exit_status(exc: Exception) -> tuple[int, str]:
    """Map an exception to the documented exit status and a one-line message."""
    if isinstance(exc, OutputError):
        return EXIT_OUTPUT, str(exc)
    if isinstance(exc, NatoDiffError):
        return EXIT_INPUT, str(exc)
    if isinstance(exc, OSError):  # e.g. a disk that fills up while outputs are written
        where = f"{exc.filename}: " if exc.filename else ""
        return EXIT_OUTPUT, f"{where}{exc.strerror or exc}"
    return EXIT_INTERNAL, (
        f"internal error ({type(exc).__name__}: {exc}). This is a bug in nato-diff; "
        "rerun with --debug and report the traceback."
    )


def _lenient(stream: TextIO) -> TextIO:
    """Let a terminal show characters it cannot encode (file names that are not UTF-8)."""
    reconfigure = getattr(stream, "reconfigure", None)
    if reconfigure is not None:
        reconfigure(errors="backslashreplace")
    return stream


def _check_paths(args: argparse.Namespace) -> None:
    """Check the paths named on the command line before any work starts.

    Parameters
    ----------
    args : argparse.Namespace
        The parsed arguments.

    Raises
    ------
    CorpusError
        When the documents' folder or the manifest does not exist.
    DimensionError
        When a dimension file or folder does not exist.
    OutputError
        When ``--out`` is an existing file, or an existing folder that cannot be written to.
    """
    path = getattr(args, "path", None)
    if path is not None and not Path(path).exists():
        raise CorpusError(located("no such file or folder", path=path))
    if path is not None and Path(path).suffix.lower() in {".yaml", ".yml"}:
        raise CorpusError(
            located(
                "is a dimension file, not a folder of documents",
                path=path,
                hint="Give each dimension file its own --dimensions "
                "(--dimensions a.yaml --dimensions b.yaml).",
            )
        )
    manifest = getattr(args, "manifest", None)
    if manifest is not None and not Path(manifest).is_file():
        raise CorpusError(located("manifest not found", path=manifest))
    for dim in getattr(args, "dimensions", []):
        if not Path(dim).exists():
            raise DimensionError(
                located("no such dimension file or folder", path=dim, hint="Check the path.")
            )
    for name in ("out", "html"):
        target = getattr(args, name, None)
        if target is None:
            continue
        folder = Path(target) if name == "out" else Path(target).parent
        _check_writable(folder)


def _check_writable(folder: Path) -> None:
    """Raise OutputError unless ``folder`` (or its nearest existing parent) takes new files."""
    existing = folder
    while not existing.exists() and existing != existing.parent:
        existing = existing.parent
    if existing.exists() and not existing.is_dir():
        raise OutputError(
            located("is a file, not a folder", path=existing, hint="Choose another --out folder.")
        )
    if existing.exists() and not os.access(existing, os.W_OK | os.X_OK):
        raise OutputError(
            located(
                "cannot write here (permission denied)",
                path=existing,
                hint="Choose a folder you can write to, or fix its permissions.",
            )
        )


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
