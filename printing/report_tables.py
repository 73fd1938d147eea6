"""The tables of a report: a panel of key figures, counts per month, counts per category.

    tiles([("1,204", "registrations", "800 mentees · 404 mentors"), ...])
    month_tables(["Jan\\n2026", "Feb"], [("Mentees", ["3", "5"], "8")], "Total")
    count_table(["Reason", "Duos"], [("Found a job", "12")])

Cells hold text already formatted in the document's language; labels go through
`scripts.markup`, so a label typed in any script prints joined and in the right direction.
Numbers are right-aligned, so their digits line up.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.lib.utils import simpleSplit
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from printing.fonts import BOLD, REGULAR, register_fonts
from printing.layout import ACCENT, GREY, INK, RULE, SHADE, TEXT_WIDTH
from printing.scripts import markup

TILE_COLUMNS = 4
MONTHS_PER_TABLE = 13  # a year and the month it began in: a year from any day
_MONTH_LABEL_WIDTH = 2.6 * cm
_TOTAL_WIDTH = 1.4 * cm
_PADDING = 3


def _style(
    name: str, font: str, size: float, colour: colors.Color, **extra: object
) -> ParagraphStyle:
    register_fonts()
    return ParagraphStyle(
        name, fontName=font, fontSize=size, leading=size * 1.25, textColor=colour, **extra
    )


_VALUE = _style("tile-value", BOLD, 17, ACCENT)
_TILE_LABEL = _style("tile-label", BOLD, 8.5, INK)
_TILE_DETAIL = _style("tile-detail", REGULAR, 7.5, GREY)
_CELL = _style("cell", REGULAR, 8.5, INK)
_NUMBER = _style("number", REGULAR, 8.5, INK, alignment=TA_RIGHT)
_HEAD = _style("head", BOLD, 7.5, GREY)
_HEAD_NUMBER = _style("head-number", BOLD, 7.5, GREY, alignment=TA_RIGHT)
_MONTH_NUMBER = _style("month-number", REGULAR, 7.5, INK, alignment=TA_RIGHT)
_TOTAL_NUMBER = _style("total-number", BOLD, 7.5, INK, alignment=TA_RIGHT)


def _cell(text: str, style: ParagraphStyle) -> Paragraph:
    return Paragraph(markup(text), style)


def _wrapped(text: str, style: ParagraphStyle, width: float) -> Paragraph:
    """A label cut into lines before it is made visual: a right-to-left label wrapped after
    `markup` would start on its second line."""
    lines = simpleSplit(text, style.fontName, style.fontSize, width - 2 * _PADDING)
    return Paragraph(markup("\n".join(lines)), style)


def tiles(figures: Sequence[tuple[str, str, str]]) -> Table:
    """Key figures as tiles, TILE_COLUMNS to a row: each (big value, what it counts,
    a detail line or "")."""
    cells: list[list[Flowable]] = [
        [_cell(value, _VALUE), _cell(label, _TILE_LABEL)]
        + ([_cell(detail, _TILE_DETAIL)] if detail else [])
        for value, label, detail in figures
    ]
    cells += [[] for _ in range(-len(cells) % TILE_COLUMNS)]
    rows = [cells[i : i + TILE_COLUMNS] for i in range(0, len(cells), TILE_COLUMNS)]
    table = Table(rows, colWidths=[TEXT_WIDTH / TILE_COLUMNS] * TILE_COLUMNS)
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("FONTNAME", (0, 0), (-1, -1), REGULAR),  # else the page lists Helvetica
                ("BACKGROUND", (0, 0), (-1, -1), SHADE),
                ("INNERGRID", (0, 0), (-1, -1), 4, colors.white),  # gutters between tiles
                ("LEFTPADDING", (0, 0), (-1, -1), 7),
                ("RIGHTPADDING", (0, 0), (-1, -1), 5),
                ("TOPPADDING", (0, 0), (-1, -1), 5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
            ]
        )
    )
    return table


def _ruled(table: Table) -> Table:
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                ("FONTNAME", (0, 0), (-1, -1), REGULAR),  # else the page lists Helvetica
                ("BACKGROUND", (0, 0), (-1, 0), SHADE),
                ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
                ("LEFTPADDING", (0, 0), (-1, -1), _PADDING),
                ("RIGHTPADDING", (0, 0), (-1, -1), _PADDING),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
            ]
        )
    )
    return table


def month_tables(
    months: Sequence[str], rows: Sequence[tuple[str, Sequence[str], str]], total: str
) -> list[Flowable]:
    """Counts per month: a column per month (its label may hold a line break), a row per
    (label, a count per month, the period's total). A period of more than MONTHS_PER_TABLE
    months is cut into tables of about equal length, the total in the last one."""
    count = max(1, -(-len(months) // MONTHS_PER_TABLE))
    size = max(1, -(-len(months) // count))
    width = (TEXT_WIDTH - _MONTH_LABEL_WIDTH - _TOTAL_WIDTH) / MONTHS_PER_TABLE
    tables: list[Flowable] = []
    for first in range(0, len(months), size):
        chunk = slice(first, first + size)
        last = first + size >= len(months)
        header = [_cell("", _HEAD)] + [_cell(name, _HEAD_NUMBER) for name in months[chunk]]
        if last:
            header.append(_cell(total, _HEAD_NUMBER))
        body = [
            [_cell(label, _CELL)]
            + [_cell(value, _MONTH_NUMBER) for value in values[chunk]]
            + ([_cell(row_total, _TOTAL_NUMBER)] if last else [])
            for label, values, row_total in rows
        ]
        if tables:
            tables.append(Spacer(1, 6))
        shown = len(months[chunk])
        widths = [_MONTH_LABEL_WIDTH] + [width] * shown + ([_TOTAL_WIDTH] if last else [])
        tables.append(_ruled(Table([header, *body], colWidths=widths, hAlign="LEFT")))
    return tables


def count_table(header: Sequence[str], rows: Sequence[Sequence[str]]) -> Table:
    """Counts per category: the category's label first (it may wrap), then its numbers."""
    numbers = len(header) - 1
    number_width = 2.8 * cm
    widths = [min(8.5 * cm, TEXT_WIDTH - numbers * number_width)] + [number_width] * numbers
    data = [[_cell(header[0], _HEAD)] + [_cell(text, _HEAD_NUMBER) for text in header[1:]]]
    data += [
        [_wrapped(row[0], _CELL, widths[0])] + [_cell(text, _NUMBER) for text in row[1:]]
        for row in rows
    ]
    return _ruled(Table(data, colWidths=widths, hAlign="LEFT", repeatRows=1))
