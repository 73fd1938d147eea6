"""Settings, staff page: the coaches and coordinators, who works on this computer, and the
language of the interface on this computer."""

from __future__ import annotations

import dataclasses
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QLocale, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.context import AppContext
from desktop.i18n import LANGUAGES, ui_language
from printing.words import LANGUAGE_NAMES
from storage.records import StaffMember

NAME, STATUS, THIS_COMPUTER = range(3)
_Index = QModelIndex | QPersistentModelIndex


class StaffModel(QAbstractTableModel):
    """The staff members as edited, and which of them works on this computer."""

    def __init__(self, members: list[StaffMember], me: str) -> None:
        super().__init__()
        self.original = {member.id: member for member in members}
        self.members = [dataclasses.replace(member) for member in members]
        self.me = me

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008 (Qt)
        """One row per staff member."""
        return 0 if parent.isValid() else len(self.members)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008 (Qt)
        """Name, active or not, and whether this is the person at this computer."""
        return 0 if parent.isValid() else 3

    def headerData(  # noqa: N802 (Qt's name)
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """The column titles."""
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            NAME: self.tr("Name"),
            STATUS: self.tr("Status"),
            THIS_COMPUTER: self.tr("On this computer"),
        }.get(section)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """What each cell shows."""
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        member = self.members[index.row()]
        if index.column() == NAME:
            return member.name
        if index.column() == STATUS:
            return self.tr("Active") if member.active else self.tr("No longer active")
        return self.tr("This is you") if member.id == self.me else ""

    def add(self, name: str) -> int:
        """A new staff member; returns the row."""
        row = len(self.members)
        self.beginInsertRows(QModelIndex(), row, row)
        self.members.append(StaffMember(name=name))
        self.endInsertRows()
        return row

    def rename(self, row: int, name: str) -> None:
        """Change a staff member's name."""
        self.members[row] = dataclasses.replace(self.members[row], name=name)
        self._row_changed(row)

    def set_active(self, row: int, active: bool) -> None:
        """Mark someone as active or no longer active (they stay as author of their work)."""
        self.members[row] = dataclasses.replace(self.members[row], active=active)
        self._row_changed(row)

    def set_me(self, row: int) -> None:
        """The person at this computer."""
        self.me = self.members[row].id
        last = len(self.members) - 1
        self.dataChanged.emit(self.index(0, THIS_COMPUTER), self.index(last, THIS_COMPUTER))

    def new_members(self) -> list[StaffMember]:
        """Staff members added in this dialog."""
        return [member for member in self.members if member.id not in self.original]

    def changed_members(self) -> list[StaffMember]:
        """Existing staff members whose name or status changed."""
        return [
            member
            for member in self.members
            if member.id in self.original
            and (member.name, member.active)
            != (self.original[member.id].name, self.original[member.id].active)
        ]

    def _row_changed(self, row: int) -> None:
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))


class StaffSettingsPage(QWidget):
    """Add, rename, mark inactive; choose "This is me"."""

    def __init__(
        self,
        context: AppContext,
        members: list[StaffMember],
        me: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._context = context
        self.model = StaffModel(members, me)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(STATUS, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(THIS_COMPUTER, QHeaderView.ResizeMode.ResizeToContents)
        label = QLabel(self.tr("&Staff (coaches and coordinators):"))
        label.setBuddy(self.table)

        self.add_button = QPushButton(self.tr("&Add…"))
        self.rename_button = QPushButton(self.tr("&Rename…"))
        self.active_button = QPushButton(self.tr("Mark &inactive"))
        self.me_button = QPushButton(self.tr("This is &me"))
        self.add_button.clicked.connect(self.add)
        self.rename_button.clicked.connect(self.rename)
        self.active_button.clicked.connect(self.toggle_active)
        self.me_button.clicked.connect(self.choose_me)
        self.table.selectionModel().currentRowChanged.connect(self._update_buttons)

        buttons = QVBoxLayout()
        for button in (self.add_button, self.rename_button, self.active_button, self.me_button):
            button.setAutoDefault(False)
            buttons.addWidget(button)
        buttons.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(self.table, 1)
        row.addLayout(buttons)
        note = QLabel(
            self.tr(
                "Someone who leaves is marked inactive rather than removed: their name stays "
                "on what they wrote. “This is me” tells Duo who works on this computer."
            )
        )
        note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addLayout(row, 1)
        layout.addWidget(note)
        layout.addWidget(self._computer_box(context.local.language()))

        ids = [member.id for member in self.model.members]
        if ids:
            self.table.selectRow(ids.index(me) if me in ids else 0)
        self._update_buttons()

    def _computer_box(self, language: str) -> QGroupBox:
        """The interface language of this computer: one of Duo's, or the system's."""
        system = ui_language("", QLocale.system().name())
        self.language = QComboBox()
        self.language.addItem(
            self.tr("Follow the system ({language})").format(language=LANGUAGE_NAMES[system]), ""
        )
        for code in LANGUAGES:
            self.language.addItem(LANGUAGE_NAMES[code], code)  # each in its own words
        self.language.setCurrentIndex(max(0, self.language.findData(language)))
        box = QGroupBox(self.tr("This computer"))
        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        form.addRow(self.tr("Interface la&nguage:"), self.language)
        note = QLabel(self.tr("Duo shows the interface in this language from its next start."))
        note.setWordWrap(True)
        form.addRow(note)
        return box

    def chosen_language(self) -> str:
        """The interface language chosen: "en", "nl", "fr", or "" to follow the system."""
        return str(self.language.currentData() or "")

    def _current_row(self) -> int:
        index = self.table.currentIndex()
        return index.row() if index.isValid() else -1

    def add(self) -> None:
        """Ask for a name and add a staff member."""
        name = self._context.dialogs.ask_text(
            self, self.tr("Add a staff member"), self.tr("Name of the new staff member:")
        )
        if name and name.strip():
            self.table.selectRow(self.model.add(name.strip()))
            self._update_buttons()
        self.table.setFocus()

    def rename(self) -> None:
        """Change the selected staff member's name."""
        row = self._current_row()
        if row < 0:
            return
        name = self._context.dialogs.ask_text(
            self,
            self.tr("Rename a staff member"),
            self.tr("New name:"),
            self.model.members[row].name,
        )
        if name and name.strip():
            self.model.rename(row, name.strip())
        self.table.setFocus()

    def toggle_active(self) -> None:
        """Mark the selected staff member inactive (or active again)."""
        row = self._current_row()
        if row >= 0:
            self.model.set_active(row, not self.model.members[row].active)
            self._update_buttons()

    def choose_me(self) -> None:
        """The selected staff member is the person at this computer."""
        row = self._current_row()
        if row >= 0:
            self.model.set_me(row)

    def _update_buttons(self) -> None:
        row = self._current_row()
        for button in (self.rename_button, self.active_button, self.me_button):
            button.setEnabled(row >= 0)
        if row >= 0 and not self.model.members[row].active:
            self.active_button.setText(self.tr("Mark a&ctive again"))
        else:
            self.active_button.setText(self.tr("Mark &inactive"))
