"""Charts for printed documents, drawn with ReportLab's graphics in the house style.

    chart = column_chart(["Jan", "Feb"], [("Mentees", [3, 5]), ("Mentors", [1, 2])],
                         number=words.number, stacked=True)
    bars = bar_list(["Found a job", "Moved away"], [12, 3], ["12", "3"])

Every label is drawn in the embedded font and made visual (Arabic joined, right to left),
so a list label typed in any script prints. Value axes count whole things: their steps are
whole numbers (1, 2, 5, 10, 20, 50 …), never 0.5 of a duo.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from typing import Any

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.lib.units import cm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth

from printing.fonts import REGULAR, register_fonts
from printing.layout import ACCENT, GREY, INK, RULE, TEXT_WIDTH
from printing.scripts import visual

# The accent first, then a light blue and a warm tone that stay apart in grey print.
SERIES_COLOURS = (ACCENT, colors.HexColor("#8fb3d9"), colors.HexColor("#d08c3c"))
LABEL_SIZE = 7.5
MAX_LABEL_LINES = 3  # of a horizontal bar's label; the table beneath has the whole label
_TICKS = 5
_LEGEND_HEIGHT = 0.55 * cm
_AXIS_WIDTH = 1.1 * cm
_ROW_HEIGHT = 0.55 * cm  # of a horizontal bar with a one-line label

Number = Callable[[float], str]


def _drawing(width: float, height: float) -> Drawing:
    """An empty drawing whose starting font is the embedded one (else the page lists
    Helvetica, which it never uses)."""
    register_fonts()
    drawing = Drawing(width, height)
    drawing.initialFontName = REGULAR
    drawing.initialFontSize = LABEL_SIZE
    return drawing


def _axis_range(top: float) -> tuple[int, int]:
    """A whole step of 1, 2 or 5 times a power of ten giving about five ticks, and the
    axis's top: the first whole step at or above `top` (1 for an empty chart)."""
    if top <= 0:
        return 1, 1
    rough = top / _TICKS
    power = 10 ** math.floor(math.log10(rough)) if rough >= 1 else 1
    step = next(m * power for m in (1, 2, 5, 10) if m * power >= rough)
    return step, step * math.ceil(top / step)


def _style_value_axis(axis: Any, top: float, number: Number) -> None:
    step, high = _axis_range(top)
    axis.valueMin = 0
    axis.valueMax = high
    axis.valueStep = step
    axis.labelTextFormat = lambda value: number(value)
    axis.labels.fontName = REGULAR
    axis.labels.fontSize = LABEL_SIZE
    axis.labels.fillColor = GREY
    axis.strokeColor = RULE
    axis.visibleGrid = True
    axis.gridStrokeColor = RULE
    axis.gridStrokeWidth = 0.3


def _legend(names: Sequence[str], x: float, y: float) -> Legend:
    legend = Legend()
    legend.colorNamePairs = [
        (SERIES_COLOURS[n % len(SERIES_COLOURS)], visual(name)) for n, name in enumerate(names)
    ]
    legend.fontName = REGULAR
    legend.fontSize = LABEL_SIZE + 0.5
    legend.fillColor = INK
    legend.x, legend.y = x, y
    legend.alignment = "right"
    legend.columnMaximum = 1  # one row: each series beside the next
    legend.dx = legend.dy = 7
    # Each entry as wide as the longest name, its swatch and a gap.
    widest = max(stringWidth(visual(name), REGULAR, legend.fontSize) for name in names)
    legend.deltax = widest + legend.dx + 18
    legend.strokeColor = None
    return legend


def column_chart(
    categories: Sequence[str],
    series: Sequence[tuple[str, Sequence[int]]],
    *,
    number: Number,
    stacked: bool = False,
    width: float = TEXT_WIDTH,
    height: float = 4.6 * cm,
) -> Drawing:
    """Vertical bars per category (e.g. months), one colour per series, side by side or
    `stacked`; a legend above when there is more than one series. A category label may
    hold a line break ("Jan\\n2026"); with many categories only every n-th is labelled."""
    drawing = _drawing(width, height)
    legend_space = _LEGEND_HEIGHT if len(series) > 1 else 0.15 * cm
    chart = VerticalBarChart()
    chart.x, chart.y = _AXIS_WIDTH, 0.85 * cm
    chart.width = width - chart.x - 0.2 * cm
    chart.height = height - chart.y - legend_space - 0.15 * cm
    chart.data = [list(values) for _, values in series]
    if stacked:
        top = max((sum(column) for column in zip(*chart.data, strict=True)), default=0)
        chart.categoryAxis.style = "stacked"
    else:
        top = max((max(values, default=0) for values in chart.data), default=0)
    _style_value_axis(chart.valueAxis, top, number)
    every = max(1, math.ceil(len(categories) / 13))
    axis = chart.categoryAxis
    axis.categoryNames = [
        visual(name) if n % every == 0 else "" for n, name in enumerate(categories)
    ]
    axis.labels.fontName = REGULAR
    axis.labels.fontSize = LABEL_SIZE
    axis.labels.fillColor = GREY
    axis.labels.boxAnchor = "n"
    axis.labels.dy = -2
    axis.labels.leading = LABEL_SIZE + 1.5
    axis.strokeColor = RULE
    axis.tickDown = 0
    chart.barSpacing = 1
    chart.groupSpacing = 6 if len(categories) <= 13 else 2
    for n in range(len(series)):
        chart.bars[n].fillColor = SERIES_COLOURS[n % len(SERIES_COLOURS)]
        chart.bars[n].strokeColor = None
    drawing.add(chart)
    if len(series) > 1:
        drawing.add(_legend([name for name, _ in series], chart.x, height - 0.25 * cm))
    return drawing


def _label_lines(label: str, width: float) -> list[str]:
    """A label cut into at most MAX_LABEL_LINES lines, each made visual on its own (so a
    right-to-left label keeps its first words on the first line); "…" ends a cut label."""
    lines = simpleSplit(label, REGULAR, LABEL_SIZE + 0.5, width) or [""]
    if len(lines) > MAX_LABEL_LINES:
        lines = lines[:MAX_LABEL_LINES]
        lines[-1] = lines[-1].rstrip(" ,;:") + "…"
    return [visual(line) for line in lines]


def bar_list(
    labels: Sequence[str],
    values: Sequence[int],
    value_labels: Sequence[str],
    *,
    number: Number,
    width: float = TEXT_WIDTH,
) -> Drawing:
    """Horizontal bars, one per label, in the given order from the top, each with its
    value written at its end (`value_labels`). Long labels wrap onto MAX_LABEL_LINES."""
    register_fonts()
    label_width = min(6.5 * cm, width * 0.42)
    wrapped = ["\n".join(_label_lines(label, label_width)) for label in labels]
    # Every bar gets the same height: that of the label with the most lines.
    lines = max((text.count("\n") + 1 for text in wrapped), default=1)
    plot_height = max(1, len(labels)) * max(_ROW_HEIGHT, lines * (LABEL_SIZE + 3) + 6)
    height = plot_height + 0.75 * cm
    drawing = _drawing(width, height)
    chart = HorizontalBarChart()
    chart.x, chart.y = label_width + 0.3 * cm, 0.55 * cm
    # Room on the right for the longest value label, written past the longest bar.
    value_width = max(
        (stringWidth(text, REGULAR, LABEL_SIZE + 0.5) for text in value_labels), default=0
    )
    chart.width = width - chart.x - value_width - 8
    chart.height = plot_height
    # ReportLab puts the first category at the bottom: reversed, the list reads downwards.
    chart.data = [list(reversed(values))]
    chart.barLabelFormat = "values"
    chart.barLabelArray = [list(reversed(value_labels))]
    chart.barLabels.fontName = REGULAR
    chart.barLabels.fontSize = LABEL_SIZE + 0.5
    chart.barLabels.fillColor = INK
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 3
    chart.bars[0].fillColor = ACCENT
    chart.bars[0].strokeColor = None
    chart.barSpacing = 2
    chart.groupSpacing = 5
    _style_value_axis(chart.valueAxis, max(values, default=0), number)
    axis = chart.categoryAxis
    axis.categoryNames = list(reversed(wrapped))
    axis.labels.fontName = REGULAR
    axis.labels.fontSize = LABEL_SIZE + 0.5
    axis.labels.fillColor = INK
    axis.labels.boxAnchor = "e"
    axis.labels.textAnchor = "end"
    axis.labels.dx = -4
    axis.labels.leading = LABEL_SIZE + 3
    axis.strokeColor = RULE
    axis.tickLeft = 0
    drawing.add(chart)
    return drawing
