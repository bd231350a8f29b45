"""Telling what a file is before it is read as prose: binary, UTF-16/32, HTML, empty, a link.

Every document passes :func:`decode_document` before it is cleaned. It decodes UTF-8 (with or
without a byte-order mark) and UTF-16/UTF-32 files that start with a byte-order mark, and
refuses, with an error that says what the file is and what to do, anything that is not prose
text: images, PDFs, archives, office files and other binary data, an HTML page saved under a
text name, a file with nothing but white space or punctuation. :func:`link_problem` says why
a symbolic link cannot be followed (it points nowhere, or it loops), and :func:`path_problem`
also refuses named pipes, sockets and devices, which could keep a reader waiting for ever.
"""

from __future__ import annotations

import codecs
import errno
import os
import re
from pathlib import Path

from ..errors import CorpusError, located

__all__ = ["MAGIC", "decode_document", "has_words", "link_problem", "path_problem"]

#: Leading bytes of common binary formats, with their names.
MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "a PDF document"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"II*\x00", "a TIFF image"),
    (b"MM\x00*", "a TIFF image"),
    (b"RIFF", "a RIFF file (WebP image, WAV sound or AVI video)"),
    (b"PK\x03\x04", "a ZIP archive (or a .docx/.xlsx/.odt office file)"),
    (b"PK\x05\x06", "an empty ZIP archive"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"BZh", "a bzip2 archive"),
    (b"\xfd7zXZ\x00", "an xz archive"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"Rar!\x1a\x07", "a RAR archive"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Microsoft Office file (.doc/.xls)"),
    (b"{\\rtf", "an RTF document"),
    (b"\x7fELF", "a program (ELF)"),
    (b"SQLite format 3\x00", "an SQLite database"),
)

# Byte-order marks, longest first (the UTF-32 LE mark starts with the UTF-16 LE one).
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_HEAD = 8192  # bytes looked at to classify a file
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
_HTML = re.compile(
    r"\A\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html[\s>]|head[\s>])"
    r"|<(?:script|style)[\s>].*?</(?:script|style)>|<body[\s>]",
    re.IGNORECASE | re.DOTALL,
)
_WORDLIKE = re.compile(r"[^\W_]")

_ADVICE = {
    "a PDF document": "Extract its text first, e.g. `pdftotext FILE.pdf FILE.txt`.",
    "a ZIP archive (or a .docx/.xlsx/.odt office file)": (
        "Unpack it, or open the office file and save it as plain text (UTF-8)."
    ),
    "an old Microsoft Office file (.doc/.xls)": "Open it and save it as plain text (UTF-8).",
    "an RTF document": "Open it and save it as plain text (UTF-8).",
}


def _binary_error(path: Path, what: str) -> CorpusError:
    hint = _ADVICE.get(what, "Remove it from the folder, or convert it to a UTF-8 text file.")
    return CorpusError(located(f"is {what}, not a text document", path=path, hint=hint))


def _magic(data: bytes) -> str | None:
    return next((name for magic, name in MAGIC if data.startswith(magic)), None)


def _utf16_without_bom(head: bytes) -> str | None:
    """Name the UTF-16 byte order of text whose every other byte is NUL, else None."""
    if len(head) < 4:
        return None
    even, odd = head[0::2], head[1::2]
    if odd.count(0) > 0.8 * len(odd) and even.count(0) < 0.1 * len(even):
        return "UTF-16LE"
    if even.count(0) > 0.8 * len(even) and odd.count(0) < 0.1 * len(odd):
        return "UTF-16BE"
    return None


def _decode_bom(data: bytes, path: Path) -> str | None:
    """Decode ``data`` by its byte-order mark; None when it has none."""
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom) :].decode(codec)
            except UnicodeDecodeError as exc:
                name = codec.upper().replace("-LE", "LE").replace("-BE", "BE")
                raise CorpusError(
                    located(
                        f"starts with a {name} byte-order mark but byte {exc.start + len(bom)} "
                        f"is not valid {name}",
                        path=path,
                        hint=f"Convert it to UTF-8, e.g. `iconv -f {name} -t UTF-8 FILE`, "
                        "after checking which encoding it really has.",
                    )
                ) from None
    return None


def decode_document(data: bytes, path: str | os.PathLike[str], *, html: bool = False) -> str:
    """Classify a file's bytes and return its text, or say what it is instead of prose.

    Parameters
    ----------
    data : bytes
        The file's content.
    path : str or path-like
        The file, for messages.
    html : bool, optional
        Accept an HTML page (the reader hands it to the HTML reader) instead of refusing it.

    Returns
    -------
    str
        The text: UTF-8, or UTF-16/UTF-32 with a byte-order mark (the mark dropped).

    Raises
    ------
    CorpusError
        For an empty file; a binary file (by its leading bytes, NUL bytes or control
        characters), naming the format when known; UTF-16 without a byte-order mark; text
        that is not UTF-8 (naming the line of the first bad byte); an HTML page; text with no
        letters or digits at all. Each message says what to do.

    Examples
    --------
    >>> decode_document("Kyiv, 3 May 2023".encode("utf-16"), "a.txt")
    'Kyiv, 3 May 2023'
    """
    p = Path(path)
    if not data.strip():
        raise CorpusError(
            located("the document is empty", path=p, hint="Remove the file or give it text.")
        )
    text = _decode_bom(data, p)
    if text is None:
        text = _decode_plain(data, p)
    _check_prose(text, p, html=html)
    return text


def _decode_plain(data: bytes, p: Path) -> str:
    head = data[:_HEAD]
    what = _magic(head)
    if what is not None:
        raise _binary_error(p, what)
    utf16 = _utf16_without_bom(head)
    if utf16 is not None:
        raise CorpusError(
            located(
                f"looks like {utf16} text without a byte-order mark",
                path=p,
                hint=f"Convert it to UTF-8, e.g. `iconv -f {utf16} -t UTF-8 FILE`.",
            )
        )
    if b"\x00" in head:
        raise _binary_error(p, "binary data (it holds NUL bytes)")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise CorpusError(
            located(
                f"not UTF-8 text (byte 0x{data[exc.start]:02x} cannot be decoded)",
                path=p,
                line=line,
                hint="Convert the file to UTF-8, e.g. `iconv -f cp1252 -t utf-8` for text "
                "saved on Windows.",
            )
        ) from None
    sample = text[:_HEAD]
    if len(_CONTROL.findall(sample)) > max(8, len(sample) // 20):
        raise _binary_error(p, "binary data (it is mostly control characters)")
    return text


def _check_prose(text: str, p: Path, *, html: bool = False) -> None:
    if "\x00" in text[:_HEAD]:
        raise _binary_error(p, "binary data (it holds NUL characters)")
    if _HTML.search(text[:_HEAD]):
        if html:
            return

        raise CorpusError(
            located(
                "is an HTML page, not plain text (reading it as prose would take dates and "
                "words from its markup and scripts)",
                path=p,
                hint="Save it with the .html extension, or save the page as text from the "
                "browser.",
            )
        )
    if not has_words(text):
        raise CorpusError(
            located(
                "holds no words (only white space, punctuation or symbols)",
                path=p,
                hint="Remove the file or give it text.",
            )
        )


def has_words(text: str) -> bool:
    """Tell whether ``text`` holds at least one letter or digit.

    Parameters
    ----------
    text : str
        Any text.

    Returns
    -------
    bool
        False for text of white space, punctuation and symbols only.

    Examples
    --------
    >>> has_words("• — …"), has_words("NATO")
    (False, True)
    """
    return _WORDLIKE.search(text) is not None


def link_problem(path: str | os.PathLike[str]) -> str | None:
    """Say why a symbolic link cannot be read (it points nowhere, or loops), else None.

    Parameters
    ----------
    path : str or path-like
        Any path.

    Returns
    -------
    str or None
        The problem in words, or None when ``path`` is not a broken link.

    Examples
    --------
    >>> link_problem("/") is None
    True
    """
    p = Path(path)
    if not p.is_symlink():
        return None
    try:
        p.resolve(strict=True)
    except RuntimeError:  # Python < 3.13 reports a loop this way
        return "is a symbolic link that loops back on itself"
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            return "is a symbolic link that loops back on itself"
        target = str(p.readlink())
        return f"is a symbolic link to {target!r}, which does not exist"
    return None


def path_problem(path: str | os.PathLike[str]) -> str | None:
    """Say why ``path`` cannot be read as a document file (a broken link, a pipe ...), else None.

    Parameters
    ----------
    path : str or path-like
        Any path.

    Returns
    -------
    str or None
        The problem in words; None for a regular file, a folder or a missing path.

    Examples
    --------
    >>> path_problem("/dev/null")
    'is not a regular file (a named pipe, socket or device), which could never end'
    """
    problem = link_problem(path)
    if problem is not None:
        return problem
    p = Path(path)
    if p.exists() and not p.is_file() and not p.is_dir():
        return "is not a regular file (a named pipe, socket or device), which could never end"
    return None
