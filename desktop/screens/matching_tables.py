"""How the Matching screen's tables are set up: the same look and keys for every list."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from itertools import pairwise

from PySide6.QtWidgets import QHeaderView, QWidget

from desktop.screens.matching_models import TextTableModel
from widgets.row_table import RowTable


def list_table(
    model: TextTableModel, name: str, widths: Mapping[int, int], stretch: int = -1
) -> RowTable:
    """A row table over `model`: given widths for some columns, one column (the last unless
    said otherwise) taking the room left; the user can drag the others."""
    table = RowTable()
    table.setModel(model)
    table.setAccessibleName(name)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(False)
    for column, width in widths.items():
        header.resizeSection(column, width)
    stretched = stretch if stretch >= 0 else model.columnCount() - 1
    header.setSectionResizeMode(stretched, QHeaderView.ResizeMode.Stretch)
    return table


def fit_rows(table: RowTable, rows: int) -> None:
    """Make the table exactly tall enough for `rows` rows and its header."""
    height = (
        table.horizontalHeader().sizeHint().height()
        + rows * table.verticalHeader().defaultSectionSize()
        + 2 * table.frameWidth()
    )
    table.setFixedHeight(height)


def mnemonic_safe(text: str) -> str:
    """A name shown in a label with a mnemonic: its own "&" must not become one."""
    return text.replace("&", "&&")


def chain_tab_order(parent: QWidget, widgets: Sequence[QWidget]) -> None:
    """Tab moves through `widgets` in the order given."""
    for first, second in pairwise(widgets):
        parent.setTabOrder(first, second)
