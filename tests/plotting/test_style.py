from __future__ import annotations

import os
import subprocess
import sys
import zlib
from typing import Any

import matplotlib.pyplot as plt
import pytest
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.text import Text

from nato_diff.plotting import style
from nato_diff.plotting.facets import plot_facets
from nato_diff.plotting.figures import plot_figures
from nato_diff.plotting.overview import plot_overview
from nato_diff.plotting.positions import plot_positions
from nato_diff.plotting.readability import plot_readability
from nato_diff.plotting.salience import plot_salience
from nato_diff.plotting.style import dimension_color, side_color

from .conftest import _facets, _figures, _positions, _readability, _timeline, _tracking


@pytest.mark.parametrize(
    ("side", "colour"),
    [
        ("ukraine", "#0072B2"),
        ("NATO", "#009E73"),
        (" russia ", "#D55E00"),
        ("ally", "#CC79A7"),
        ("eu", "#E69F00"),
        ("other", "#7F7F7F"),
        (None, "#7F7F7F"),
        (float("nan"), "#7F7F7F"),
        ("", "#7F7F7F"),
    ],
)
def test_side_color_fixed(side: Any, colour: str) -> None:
    assert side_color(side) == colour


def test_side_color_unknown_is_palette_colour_by_crc32() -> None:
    palette = style._style().palette
    expected = palette[zlib.crc32(b"turkey") % len(palette)]
    assert side_color("Turkey") == side_color("turkey") == expected


def test_colours_do_not_depend_on_python_hash_seed() -> None:
    code = (
        "from nato_diff.plotting.style import side_color, dimension_color;"
        "print(side_color('hungary'), dimension_color('energy_security'))"
    )
    outputs = set()
    for seed in ("1", "2"):
        env = {**os.environ, "PYTHONHASHSEED": seed, "MPLBACKEND": "Agg"}
        run = subprocess.run(
            [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True
        )
        outputs.add(run.stdout.strip())
    assert outputs == {f"{side_color('hungary')} {dimension_color('energy_security')}"}


@pytest.mark.parametrize(
    ("dimension", "colour"),
    [
        ("membership_path", "#4477AA"),
        ("security_guarantees", "#AA3377"),
        ("black_sea", "#228833"),
        ("aid_volumes", "#CCBB44"),
    ],
)
def test_dimension_color_builtin(dimension: str, colour: str) -> None:
    assert dimension_color(dimension) == colour


def test_dimension_color_other_is_from_palette() -> None:
    assert dimension_color("energy_security") in style._style().palette


@pytest.mark.parametrize(
    ("change", "entry"),
    [
        (lambda raw: raw["sides"].update(nato="not-a-colour"), "sides.nato"),
        (lambda raw: raw["fonts"].update(tick=7), "fonts.tick"),
        (lambda raw: raw["heatmap"].update(salience_cmap="Nope"), "heatmap.salience_cmap"),
        (lambda raw: raw["sides"].pop("other"), "sides"),
        (lambda raw: raw.update(colour="red"), "(top level)"),
    ],
)
def test_style_file_errors_name_file_and_entry(change: Any, entry: str) -> None:
    import yaml

    raw = yaml.safe_load(
        (style.resources.files("nato_diff") / "data" / "style.yaml").read_text("utf-8")
    )
    change(raw)
    with pytest.raises(ValueError, match=r"nato_diff/data/style\.yaml") as err:
        style._parse_style(raw)
    assert entry in str(err.value)


# --------------------------------------------------------------------------------------------
# readability of the figures themselves
# --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "draw",
    [
        lambda ax: plot_salience(_timeline(), ax=ax, colorbar=True),
        lambda ax: plot_positions(_positions(), dimension="membership_path", ax=ax),
        lambda ax: plot_figures(_figures(), ax=ax),
        lambda ax: plot_facets(_facets(), dimension="membership_path", ax=ax),
        lambda ax: plot_readability(_readability(), ax=ax),
        lambda ax: plot_overview(_tracking()),
        lambda ax: plot_salience(_timeline().iloc[:0], ax=ax),
    ],
)
def test_every_text_is_at_least_9pt(draw: Any) -> None:
    fig, ax = plt.subplots()
    out = draw(ax)
    figure = out if isinstance(out, Figure) else fig
    FigureCanvasAgg(figure).draw()
    sizes = [
        t.get_fontsize() for t in figure.findobj(Text) if t.get_visible() and t.get_text().strip()
    ]
    assert sizes
    assert min(sizes) >= 9
