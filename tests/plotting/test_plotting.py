from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
import zlib
from types import SimpleNamespace
from typing import Any

import matplotlib

matplotlib.use("Agg")

import matplotlib.dates as mdates
import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
import pytest
from matplotlib.axes import Axes
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.colors import to_hex
from matplotlib.figure import Figure
from matplotlib.text import Text

from nato_diff.plotting import plotting
from nato_diff.plotting.plotting import (
    dimension_color,
    plot_facets,
    plot_figures,
    plot_overview,
    plot_positions,
    plot_readability,
    plot_salience,
    side_color,
)


@pytest.fixture(autouse=True)
def _close_figures() -> Any:
    yield
    plt.close("all")


# Four documents, given out of date order; the gaps are uneven (42 days, 2 days, 226 days).
DOCS = {
    "d3": dt.date(2023, 6, 3),
    "d1": dt.date(2023, 4, 20),
    "d4": dt.date(2024, 1, 15),
    "d2": dt.date(2023, 6, 1),
}
IN_ORDER = ["d1", "d2", "d3", "d4"]
DATE_LABELS = ["20 Apr 2023", "1 Jun 2023", "3 Jun 2023", "15 Jan 2024"]


@pytest.fixture(params=["date", "datetime64"])
def date_kind(request: pytest.FixtureRequest) -> str:
    return str(request.param)


def _dated(rows: list[dict[str, Any]], kind: str) -> pd.DataFrame:
    table = pd.DataFrame(rows)
    if kind == "datetime64":
        table["date"] = pd.to_datetime(table["date"])
    else:
        assert table["date"].dtype == object
    return table


def _texts(ax: Axes) -> list[str]:
    return [t.get_text() for t in ax.texts]


def _is_no_data(ax: Axes) -> bool:
    return any(t.get_text().startswith("no ") for t in ax.texts)


# --------------------------------------------------------------------------------------------
# colours
# --------------------------------------------------------------------------------------------


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
    palette = plotting._style().palette
    expected = palette[zlib.crc32(b"turkey") % len(palette)]
    assert side_color("Turkey") == side_color("turkey") == expected


def test_colours_do_not_depend_on_python_hash_seed() -> None:
    code = (
        "from nato_diff.plotting.plotting import side_color, dimension_color;"
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
    assert dimension_color("energy_security") in plotting._style().palette


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
        (plotting.resources.files("nato_diff") / "data" / "style.yaml").read_text("utf-8")
    )
    change(raw)
    with pytest.raises(ValueError, match=r"nato_diff/data/style\.yaml") as err:
        plotting._parse_style(raw)
    assert entry in str(err.value)


# --------------------------------------------------------------------------------------------
# plot_salience
# --------------------------------------------------------------------------------------------

SALIENCE = {
    "membership_path": {"d1": 0.40, "d2": 0.25, "d3": 0.10, "d4": 0.05},
    "black_sea": {"d1": 0.0, "d2": 0.125, "d3": 0.30, "d4": 0.20},
    "aid_volumes": {"d1": 0.05, "d2": 0.0, "d3": 0.50, "d4": 0.35},
}


def _timeline(kind: str = "date") -> pd.DataFrame:
    rows = [
        {
            "doc_id": doc,
            "date": DOCS[doc],
            "dimension": dim,
            "n_mentions": 1,
            "n_sentences": 1,
            "salience": value,
            "mentions_per_1k_words": 1.0,
            "position": None,
            "position_rank": None,
        }
        for dim, by_doc in SALIENCE.items()
        for doc, value in by_doc.items()
    ]
    return _dated(rows, kind)


def test_plot_salience_cells_and_texts(date_kind: str) -> None:
    _fig, ax = plt.subplots()
    out = plot_salience(_timeline(date_kind), ax=ax)
    assert out is ax
    mesh = ax.collections[0]
    assert mesh.get_array().shape == (3, 4)
    texts = _texts(ax)
    assert len(texts) == 3 * 4
    # row-major: dimensions in order of appearance × documents in date order
    assert texts[:4] == ["40%", "25%", "10%", "5.0%"]
    assert texts[4:8] == ["0%", "12%", "30%", "20%"]
    assert [t.get_text() for t in ax.get_yticklabels()] == list(SALIENCE)
    assert [t.get_text() for t in ax.get_xticklabels()] == DATE_LABELS
    (top,) = ax.child_axes
    assert [t.get_text() for t in top.get_xticklabels()] == IN_ORDER


def test_plot_salience_kwargs_missing_cell_and_colorbar() -> None:
    timeline = _timeline().iloc[1:]  # membership_path × d1 missing
    fig, ax = plt.subplots()
    plot_salience(timeline, ax=ax, cmap="Greens", colorbar=True)
    assert ax.collections[0].get_cmap().name == "Greens"
    assert len(fig.axes) == 2  # the colour bar
    assert _texts(ax)[0] == "–"


def test_plot_salience_accepts_a_norm() -> None:
    from matplotlib.colors import PowerNorm

    _fig, ax = plt.subplots()
    plot_salience(_timeline(), ax=ax, norm=PowerNorm(0.5, vmin=0, vmax=1))
    assert isinstance(ax.collections[0].norm, PowerNorm)


def test_plot_salience_uses_current_axes_and_empty_gives_no_data() -> None:
    _fig, ax = plt.subplots()
    assert plot_salience(_timeline().iloc[:0]) is ax
    assert _is_no_data(ax)


def test_plot_salience_duplicate_rows_raise() -> None:
    timeline = _timeline()
    with pytest.raises(ValueError, match="one row per document × dimension"):
        plot_salience(pd.concat([timeline, timeline.iloc[:1]]))


def test_plot_salience_missing_column_raises() -> None:
    with pytest.raises(ValueError, match="salience"):
        plot_salience(_timeline().drop(columns="salience"))


# --------------------------------------------------------------------------------------------
# plot_positions
# --------------------------------------------------------------------------------------------

LADDER = ["no_prospect", "open_door", "membership_when_conditions_met", "invitation"]
POSITION_ROWS = [
    # doc, dimension, side, position, rank, sentence_id
    ("d1", "membership_path", "nato", "open_door", 1, 3),
    ("d1", "membership_path", "ukraine", "membership_when_conditions_met", 2, 5),
    ("d2", "membership_path", "ukraine", "invitation", 3, 1),
    ("d4", "membership_path", "nato", "membership_when_conditions_met", 2, 12),
    ("d4", "membership_path", "ukraine", "invitation", 3, 2),
    ("d3", "black_sea", "russia", "blockade", 1, 4),
]


def _positions(kind: str = "date", rows: list[tuple[Any, ...]] | None = None) -> pd.DataFrame:
    return _dated(
        [
            {
                "doc_id": doc,
                "date": DOCS.get(doc, dt.date(2023, 1, 1)),
                "dimension": dim,
                "side": side,
                "position": pos,
                "position_rank": rank,
                "speaker": "someone",
                "sentence_id": sid,
                "sentence": "…",
            }
            for doc, dim, side, pos, rank, sid in (rows or POSITION_ROWS)
        ],
        kind,
    )


def test_plot_positions_lines_ticks_dates(date_kind: str) -> None:
    _fig, ax = plt.subplots()
    out = plot_positions(_positions(date_kind), dimension="membership_path", ladder=LADDER, ax=ax)
    assert out is ax
    lines = ax.get_lines()
    assert [line.get_label() for line in lines] == ["nato", "ukraine"]
    assert [to_hex(line.get_color()).upper() for line in lines] == ["#009E73", "#0072B2"]
    assert [t.get_text() for t in ax.get_yticklabels()] == LADDER
    nato, ukraine = lines
    assert np.asarray(nato.get_xdata()).dtype.kind == "M"  # datetime64
    assert list(np.asarray(nato.get_xdata()).astype("datetime64[D]")) == [
        np.datetime64("2023-04-20"),
        np.datetime64("2024-01-15"),
    ]
    assert list(nato.get_ydata()) == [1, 2]
    assert list(ukraine.get_ydata()) == [2, 3, 3]
    assert nato.get_drawstyle() == "steps-post"
    assert isinstance(ax.xaxis.get_major_formatter(), mdates.ConciseDateFormatter)
    assert sorted(_texts(ax)) == ["d1#3", "d1#5", "d2#1", "d4#12", "d4#2"]


def test_plot_positions_derives_ladder_from_ranks() -> None:
    _fig, ax = plt.subplots()
    plot_positions(_positions(), dimension="membership_path", ax=ax)
    assert [t.get_text() for t in ax.get_yticklabels()] == LADDER[1:]


def test_plot_positions_shortens_long_ids_and_keeps_them_unique() -> None:
    rows = [
        ("000_129a53a0448b52ed", "membership_path", "ukraine", "open_door", 1, 4),
        ("003_6a731f872112a24a", "membership_path", "ukraine", "open_door", 1, 3),
    ]
    _fig, ax = plt.subplots()
    plot_positions(_positions(rows=rows), dimension="membership_path", ax=ax)
    assert sorted(_texts(ax)) == ["000_129a#4", "003_6a73#3"]


def test_plot_positions_unattributed_side_and_kwargs() -> None:
    rows = [("d1", "membership_path", None, "open_door", 1, 3)]
    _fig, ax = plt.subplots()
    plot_positions(_positions(rows=rows), dimension="membership_path", ax=ax, linewidth=4)
    (line,) = ax.get_lines()
    assert line.get_label() == "unattributed"
    assert to_hex(line.get_color()).upper() == "#7F7F7F"
    assert line.get_linewidth() == 4


def test_plot_positions_unknown_dimension_lists_available() -> None:
    with pytest.raises(ValueError, match=r"black_sea, membership_path"):
        plot_positions(_positions(), dimension="aid_volumes")


def test_plot_positions_position_off_ladder_raises() -> None:
    with pytest.raises(ValueError, match="invitation"):
        plot_positions(_positions(), dimension="membership_path", ladder=LADDER[:3])


def test_plot_positions_empty_gives_no_data() -> None:
    _fig, ax = plt.subplots()
    assert _is_no_data(plot_positions(_positions().iloc[:0], dimension="x", ax=ax))


# --------------------------------------------------------------------------------------------
# plot_figures
# --------------------------------------------------------------------------------------------

FIGURE_ROWS = [
    # doc, value, value_high, currency, bound, scope
    ("d1", 1.5e9, None, "EUR", "lower", "total"),
    ("d2", 2.0e9, None, "EUR", "lower", "total"),
    ("d2", 5.0e8, None, "EUR", "upper", "annual"),
    ("d3", 7.0e8, None, "EUR", "approx", "annual"),
    ("d4", 3.0e9, 3.5e9, "EUR", "exact", "total"),
    ("d4", 4.0e8, None, "EUR", None, None),
]


def _figures(
    kind: str = "date", rows: list[tuple[Any, ...]] | None = None, what: str = "money"
) -> pd.DataFrame:
    return _dated(
        [
            {
                "figure_id": i,
                "doc_id": doc,
                "date": DOCS[doc],
                "dimension": "aid_volumes",
                "sentence_id": i,
                "sentence": "…",
                "text": "…",
                "kind": what,
                "value": value,
                "value_high": high,
                "currency": currency,
                "unit": None if what == "money" else currency,
                "qualifier": None,
                "bound": bound,
                "scope": scope,
                "period_start": None,
                "part_of": None,
            }
            for i, (doc, value, high, currency, bound, scope) in enumerate(rows or FIGURE_ROWS)
        ],
        kind,
    )


def _markers(ax: Axes) -> dict[str, int]:
    counts: dict[str, int] = {}
    for line in ax.get_lines():
        if line.get_linestyle() == "None" and line.get_marker() in {"^", "v", "D", "o"}:
            marker = str(line.get_marker())
            counts[marker] = counts.get(marker, 0) + len(line.get_xdata())
    return counts


def test_plot_figures_markers_per_bound(date_kind: str) -> None:
    _fig, ax = plt.subplots()
    out = plot_figures(_figures(date_kind), ax=ax)
    assert out is ax
    assert _markers(ax) == {"^": 2, "v": 1, "D": 1, "o": 2}  # missing bound counts as exact
    scope_lines = [ln for ln in ax.get_lines() if not ln.get_label().startswith("_")]
    assert [ln.get_label() for ln in scope_lines] == ["total", "annual", "unspecified"]
    assert np.asarray(scope_lines[0].get_xdata()).dtype.kind == "M"
    assert list(scope_lines[0].get_ydata()) == [1.5, 2.0, 3.0]  # in billions
    assert ax.get_ylabel() == "EUR billion"
    (ranges,) = ax.collections  # one vertical bar for the 3.0-3.5 range
    (segment,) = ranges.get_segments()
    assert [y for _, y in segment] == [3.0, 3.5]
    legend = [t.get_text() for t in ax.get_legend().get_texts()]
    assert "at least (lower bound)" in legend
    assert "up to (upper bound)" in legend


@pytest.mark.parametrize(
    ("values", "label"),
    [
        ([250.0], "USD"),
        ([2.5e4], "USD thousand"),
        ([4.0e7], "USD million"),
        ([1.2e12], "USD trillion"),
    ],
)
def test_plot_figures_scale_label(values: list[float], label: str) -> None:
    rows = [("d1", v, None, "USD", "exact", "total") for v in values]
    _fig, ax = plt.subplots()
    assert plot_figures(_figures(rows=rows), ax=ax).get_ylabel() == label


def test_plot_figures_mixed_currencies_raise_and_currency_filters() -> None:
    rows = [*FIGURE_ROWS, ("d3", 6.0e8, None, "USD", "upper", "total")]
    with pytest.raises(ValueError, match=r"currency=.*EUR, USD"):
        plot_figures(_figures(rows=rows))
    _fig, ax = plt.subplots()
    plot_figures(_figures(rows=rows), currency="USD", ax=ax)
    assert _markers(ax) == {"v": 1}
    assert ax.get_ylabel() == "USD million"
    with pytest.raises(ValueError, match="Available: EUR, USD"):
        plot_figures(_figures(rows=rows), currency="GBP")


def test_plot_figures_other_kind_uses_unit() -> None:
    rows = [("d1", 300.0, None, "troops", "approx", "deployment")]
    _fig, ax = plt.subplots()
    plot_figures(_figures(rows=rows, what="count"), kind="count", ax=ax)
    assert ax.get_ylabel() == "troops"


def test_plot_figures_unknown_bound_raises() -> None:
    rows = [("d1", 1.0e9, None, "EUR", "roughly", "total")]
    with pytest.raises(ValueError, match="roughly"):
        plot_figures(_figures(rows=rows))


def test_plot_figures_no_figures_of_kind_gives_no_data() -> None:
    _fig, ax = plt.subplots()
    assert _texts(plot_figures(_figures(), kind="percent", ax=ax)) == ["no percent figures"]


# --------------------------------------------------------------------------------------------
# plot_facets
# --------------------------------------------------------------------------------------------

FACET_ROWS = [
    ("d1", "membership_path", "reforms", 2),
    ("d2", "membership_path", "reforms", 1),
    ("d2", "membership_path", "interoperability", 3),
    ("d4", "membership_path", "summit", 1),
    ("d3", "black_sea", "grain_corridor", 5),  # d3 names no membership_path facet
]


def _facets(kind: str = "date") -> pd.DataFrame:
    return _dated(
        [
            {"doc_id": doc, "date": DOCS[doc], "dimension": dim, "facet": f, "n_mentions": n}
            for doc, dim, f, n in FACET_ROWS
        ],
        kind,
    )


def test_plot_facets_cells_and_counts(date_kind: str) -> None:
    _fig, ax = plt.subplots()
    out = plot_facets(_facets(date_kind), dimension="membership_path", ax=ax)
    assert out is ax
    presence = np.asarray(ax.collections[0].get_array())
    assert presence.shape == (3, 4)  # facets × every document, d3 an empty column
    assert presence.tolist() == [[1, 1, 0, 0], [0, 1, 0, 0], [0, 0, 0, 1]]
    assert [t.get_text() for t in ax.get_yticklabels()] == [
        "reforms",
        "interoperability",
        "summit",
    ]
    assert _texts(ax) == ["2", "1", "3", "1"]
    assert [t.get_text() for t in ax.get_xticklabels()] == DATE_LABELS


def test_plot_facets_order_selects_rows() -> None:
    _fig, ax = plt.subplots()
    plot_facets(_facets(), dimension="membership_path", facet_order=["summit", "ports"], ax=ax)
    presence = np.asarray(ax.collections[0].get_array())
    assert presence.tolist() == [[0, 0, 0, 1], [0, 0, 0, 0]]
    assert _texts(ax) == ["1"]


def test_plot_facets_unknown_dimension_lists_available() -> None:
    with pytest.raises(ValueError, match="black_sea, membership_path"):
        plot_facets(_facets(), dimension="aid")


# --------------------------------------------------------------------------------------------
# plot_readability
# --------------------------------------------------------------------------------------------


def _readability(kind: str = "date") -> pd.DataFrame:
    rows = [
        ("d1", "document", "flesch_reading_ease", 35.0, True),
        ("d2", "document", "flesch_reading_ease", 52.5, False),
        ("d3", "document", "flesch_reading_ease", 40.0, True),
        ("d4", "document", "flesch_reading_ease", 38.0, None),
        ("d1", "black_sea", "flesch_reading_ease", 20.0, True),
        ("d1", "document", "gunning_fog", 14.0, True),
    ]
    return _dated(
        [
            {
                "doc_id": doc,
                "date": DOCS[doc],
                "scope": scope,
                "measure": measure,
                "value": value,
                "n_words": 100,
                "n_sentences": 5,
                "reliable": reliable,
            }
            for doc, scope, measure, value, reliable in rows
        ],
        kind,
    )


def test_plot_readability_hollow_unreliable(date_kind: str) -> None:
    _fig, ax = plt.subplots()
    out = plot_readability(_readability(date_kind), ax=ax)
    assert out is ax
    line, filled, hollow = ax.get_lines()
    assert list(line.get_ydata()) == [35.0, 52.5, 40.0, 38.0]
    assert np.asarray(line.get_xdata()).dtype.kind == "M"
    assert list(filled.get_ydata()) == [35.0, 40.0]
    assert list(hollow.get_ydata()) == [52.5, 38.0]  # missing flag counts as unreliable
    assert hollow.get_markerfacecolor() == "white"
    legend = [t.get_text() for t in ax.get_legend().get_texts()]
    assert legend == ["Flesch reading ease", "unreliable (too little text)"]


def test_plot_readability_dimension_scope() -> None:
    _fig, ax = plt.subplots()
    plot_readability(_readability(), scope="black_sea", ax=ax)
    assert to_hex(ax.get_lines()[0].get_color()).upper() == "#228833"


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"measure": "smog"}, "flesch_reading_ease, gunning_fog"),
        ({"scope": "aid_volumes"}, "black_sea, document"),
    ],
)
def test_plot_readability_bad_choice_lists_available(
    options: dict[str, str], message: str
) -> None:
    with pytest.raises(ValueError, match=message):
        plot_readability(_readability(), **options)


# --------------------------------------------------------------------------------------------
# plot_overview
# --------------------------------------------------------------------------------------------


def _tracking(kind: str = "date") -> SimpleNamespace:
    return SimpleNamespace(timeline=_timeline(kind), positions=_positions(kind))


def test_plot_overview_one_panel_per_dimension(date_kind: str) -> None:
    before = plt.get_fignums()
    fig = plot_overview(_tracking(date_kind))
    assert isinstance(fig, Figure)
    assert plt.get_fignums() == before  # not registered with pyplot, so never shown
    assert [ax.get_title(loc="left") for ax in fig.axes] == list(SALIENCE)
    membership = fig.axes[0]
    (bars,) = membership.collections
    assert len(bars.get_segments()) == 4
    # top position per document, written where it changes: d1, d2 (invitation), d4 unchanged
    assert _texts(membership) == [
        "membership_when_\nconditions_met\n(ukraine)",  # long ids wrap after underscores
        "invitation (ukraine)",
    ]
    assert isinstance(fig.axes[-1].xaxis.get_major_formatter(), mdates.ConciseDateFormatter)
    assert list(fig.axes[-1].xaxis.get_minorticklocs()) == list(
        mdates.date2num(sorted(DOCS.values()))
    )


def test_plot_overview_dimensions_subset_and_errors() -> None:
    fig = plot_overview(_tracking(), dimensions=["aid_volumes", "black_sea"])
    assert [ax.get_title(loc="left") for ax in fig.axes] == ["aid_volumes", "black_sea"]
    with pytest.raises(ValueError, match="aid_volumes, black_sea, membership_path"):
        plot_overview(_tracking(), dimensions=["ports"])


def test_plot_overview_falls_back_to_timeline_positions() -> None:
    timeline = _timeline()
    timeline["position"] = ["open_door", None, None, "invitation"] + [None] * 8
    timeline["position_rank"] = [1, None, None, 3] + [None] * 8
    fig = plot_overview(SimpleNamespace(timeline=timeline, positions=_positions().iloc[:0]))
    assert _texts(fig.axes[0]) == ["open_door", "invitation"]


def test_plot_overview_empty_timeline() -> None:
    tracking = SimpleNamespace(timeline=_timeline().iloc[:0], positions=_positions().iloc[:0])
    fig = plot_overview(tracking)
    (ax,) = fig.axes
    assert _is_no_data(ax)


def test_plot_overview_is_deterministic() -> None:
    images = []
    for _ in range(2):
        canvas = FigureCanvasAgg(plot_overview(_tracking()))
        canvas.draw()
        images.append(bytes(canvas.buffer_rgba()))
    assert images[0] == images[1]


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


def test_overview_labels_never_share_a_tier_too_closely() -> None:
    from nato_diff.plotting.plotting import _free_tiers

    placed = _free_tiers([0.0, 0.05, 0.1, 0.15, 0.5, 0.52], gap=0.2, n_tiers=2)
    assert placed == [0, 1, None, None, 0, 1]
