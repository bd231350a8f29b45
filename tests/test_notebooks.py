"""The notebooks run top to bottom in a fresh kernel, so they cannot rot.

They run without a warning, their committed outputs carry no machine's paths, and their
figures are stored at 100 dpi or more.
"""

from __future__ import annotations

import base64
import re
import struct
from pathlib import Path
from typing import Any

import nbformat
import pytest
from nbclient import NotebookClient

NOTEBOOKS = sorted((Path(__file__).resolve().parents[1] / "notebooks").glob("*.ipynb"))
#: What a path on someone's machine looks like in an output.
MACHINE_PATH = re.compile(r"(/tmp/|/home/|/Users/|/private/var/|[A-Z]:\\\\|site-packages|\.venv)")
#: The facts each notebook's outputs must show.
FACTS = {
    "01_quickstart": ["irreversible", "nearly €100 bn", "inferred", "770.0"],
    "02_your_own_dimension": ["reforms", "my_dimensions/broken.yaml:6"],
    "03_large_corpus": ["Tracking(300 documents", "2015-01-20 to 2024-12-23", "documents:"],
}


def _outputs(nb: Any) -> list[Any]:
    return [
        out for cell in nb.cells if cell.cell_type == "code" for out in cell.get("outputs", [])
    ]


def _text(out: Any) -> str:
    data = out.get("data", {})
    return (
        str(out.get("text", "")) + str(data.get("text/plain", "")) + str(data.get("text/html", ""))
    )


def _png_dpi(png: bytes) -> float:
    """The resolution a PNG records (pHYs chunk, pixels per metre), in dots per inch."""
    at = png.find(b"pHYs")
    assert at > 0, "the PNG records no resolution"
    per_metre, _y, unit = struct.unpack(">IIB", png[at + 4 : at + 13])
    assert unit == 1
    return per_metre * 0.0254


def test_there_are_three_notebooks() -> None:
    assert [p.name for p in NOTEBOOKS] == [
        "01_quickstart.ipynb",
        "02_your_own_dimension.ipynb",
        "03_large_corpus.ipynb",
    ]


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_committed_outputs_are_clean(path: Path) -> None:
    nb = nbformat.read(path, as_version=4)
    outputs = _outputs(nb)
    assert outputs, "commit the notebook with its outputs"
    for out in outputs:
        assert not MACHINE_PATH.search(_text(out)), _text(out)[:200]
        assert out.get("name") != "stderr", _text(out)[:200]
    images = [o["data"]["image/png"] for o in outputs if "image/png" in o.get("data", {})]
    assert images
    for image in images:
        assert _png_dpi(base64.b64decode(image)) >= 99.5


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_notebook_executes_without_warnings(path: Path, tmp_path: Path) -> None:
    nb = nbformat.read(path, as_version=4)
    client = NotebookClient(
        nb, timeout=300, kernel_name="python3", resources={"metadata": {"path": str(tmp_path)}}
    )
    client.execute()
    outputs = _outputs(nb)
    text = "".join(_text(out) for out in outputs)
    for fact in FACTS[path.stem]:
        assert fact in text, fact
    assert "Warning" not in text
    assert [o for o in outputs if o.get("name") == "stderr"] == []
    assert not MACHINE_PATH.search(text)
    if path.stem.startswith("03"):  # the progress bar is a widget
        bars = [
            o for o in outputs if "application/vnd.jupyter.widget-view+json" in o.get("data", {})
        ]
        assert len(bars) == 1
