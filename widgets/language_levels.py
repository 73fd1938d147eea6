"""A small table of (language, level) rows with Add and Remove, for the keyboard.

    editor = LanguageLevelsEditor(
        languages=[("nl", "Dutch"), ("fr", "French")],
        levels=[("A1", "A1"), ("native", "Native speaker")],
    )
    editor.set_rows([("nl", "B1")])

Type a language (any part of its name), Tab, a level, Enter: the row is added and the cursor
is back on the language for the next one. Adding a language again changes its level.
Delete (or Remove) takes out the selected row. The buttons carry no Alt+letter: Enter and
Delete do their work, and a form around the editor keeps its letters for its own fields.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHeaderView,
    QPushButton,
    QTableView,
    QWidget,
)

from widgets.choice_combo import ChoiceCombo

_Index = QModelIndex | QPersistentModelIndex
_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class LanguageLevelsModel(QAbstractTableModel):
    """The rows of the editor: a language code and a level code each, shown by label."""

    LANGUAGE, LEVEL = 0, 1

    def __init__(
        self,
        languages: dict[str, str],
        levels: dict[str, str],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._languages = languages
        self._levels = levels
        self._rows: list[tuple[str, str]] = []

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802 (Qt's API)
        """One row per language; a table has no children."""
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        """Language and level."""
        return 0 if parent.isValid() else 2

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """The label of a language or level; the code under `UserRole`."""
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        code = self._rows[index.row()][index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            names = self._languages if index.column() == self.LANGUAGE else self._levels
            return names.get(code, code)
        if role == Qt.ItemDataRole.UserRole:
            return code
        return None

    def headerData(  # noqa: N802 (Qt's name)
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """Column titles."""
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        return {self.LANGUAGE: self.tr("Language"), self.LEVEL: self.tr("Level")}.get(section)

    def rows(self) -> list[tuple[str, str]]:
        """Every (language, level), in the order added."""
        return list(self._rows)

    def set_rows(self, rows: Iterable[tuple[str, str]]) -> None:
        """Replace every row."""
        self.beginResetModel()
        self._rows = list(dict(rows).items())
        self.endResetModel()

    def put(self, language: str, level: str) -> int:
        """Add a language, or change its level if it is there; returns its row."""
        for row, (code, _old) in enumerate(self._rows):
            if code == language:
                self._rows[row] = (language, level)
                changed = self.index(row, self.LEVEL)
                self.dataChanged.emit(changed, changed)
                return row
        row = len(self._rows)
        self.beginInsertRows(QModelIndex(), row, row)
        self._rows.append((language, level))
        self.endInsertRows()
        return row

    def remove(self, row: int) -> None:
        """Take one row out."""
        if 0 <= row < len(self._rows):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._rows[row]
            self.endRemoveRows()


class LanguageLevelsEditor(QWidget):
    """Languages and levels, added and removed by keyboard."""

    changed = Signal()

    def __init__(
        self,
        languages: Sequence[tuple[str, str]],
        levels: Sequence[tuple[str, str]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.language = ChoiceCombo(self, placeholder=self.tr("Type a language…"))
        self.language.set_choices(languages, blank="")
        self.language.setAccessibleName(self.tr("Language to add"))
        self.level = ChoiceCombo(self, searchable=False)
        self.level.set_choices(levels, blank=self.tr("Level?"))
        self.level.setAccessibleName(self.tr("Level of the language to add"))
        self.add_button = QPushButton(self.tr("Add"), self)
        self.add_button.setAccessibleName(self.tr("Add the language"))
        self.model = LanguageLevelsModel(dict(languages), dict(levels), self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setAccessibleName(self.tr("Languages"))
        row_height = self.table.verticalHeader().defaultSectionSize()
        self.table.setFixedHeight(
            row_height * 4 + self.table.horizontalHeader().sizeHint().height()
        )
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.remove_button.setAccessibleName(self.tr("Remove the selected language"))

        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(self.language, 0, 0)
        grid.addWidget(self.level, 0, 1)
        grid.addWidget(self.add_button, 0, 2)
        grid.addWidget(self.table, 1, 0, 1, 2)
        grid.addWidget(self.remove_button, 1, 2, Qt.AlignmentFlag.AlignTop)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 1)
        self.setFocusProxy(self.language)

        self.add_button.clicked.connect(self.add_current)
        self.remove_button.clicked.connect(self.remove_selected)
        for watched in (self.level, self.table):
            watched.installEventFilter(self)
        for signal in (self.model.rowsInserted, self.model.rowsRemoved, self.model.dataChanged):
            signal.connect(lambda *_args: self.changed.emit())
        self._update_buttons()
        self.model.modelReset.connect(self._update_buttons)
        self.changed.connect(self._update_buttons)

    def rows(self) -> list[tuple[str, str]]:
        """Every (language, level) code pair."""
        return self.model.rows()

    def set_rows(self, rows: Iterable[tuple[str, str]]) -> None:
        """Show these rows (`changed` is not emitted)."""
        self.model.set_rows(rows)

    def add_current(self) -> None:
        """Add the language and level chosen above the table."""
        language = self.language.code()
        if not language:
            self.language.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        row = self.model.put(language, self.level.code())
        self.table.selectRow(row)
        self.language.set_code("")
        self.level.set_code("")
        self.language.setFocus(Qt.FocusReason.OtherFocusReason)

    def remove_selected(self) -> None:
        """Remove the selected row."""
        selected = self.table.selectionModel().selectedRows()
        if selected:
            row = selected[0].row()
            self.model.remove(row)
            if self.model.rowCount():
                self.table.selectRow(min(row, self.model.rowCount() - 1))

    def _update_buttons(self) -> None:
        self.remove_button.setEnabled(self.model.rowCount() > 0)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        """Enter on the level adds the row; Delete in the table removes one."""
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if watched is self.level and event.key() in _ENTER:
                self.add_current()
                return True
            if watched is self.table and event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
                self.remove_selected()
                return True
        return super().eventFilter(watched, event)
