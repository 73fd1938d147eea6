"""Settings, lists page: the entries of the lists a coordinator edits (sectors, occupations,
referring partners…), with their codes and labels."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.context import AppContext
from desktop.i18n import current_language
from desktop.rules.list_entries import (
    EntryProblem,
    Problem,
    code_from_label,
    problems,
    same_entries,
)
from desktop.screens.passphrase_fields import MessageLabel
from storage.lists import LIST_NAMES, default_items
from storage.records import ListItem

CODE, LABEL = range(2)
_Index = QModelIndex | QPersistentModelIndex


translate = QCoreApplication.translate


def list_title(list_name: str) -> str:
    """The readable title of a list."""
    return {
        "sectors": translate("ListSettings", "Sectors"),
        "occupations": translate("ListSettings", "Occupations"),
        "referral_partners": translate("ListSettings", "Referring partners"),
        "diploma_levels": translate("ListSettings", "Diploma levels"),
        "consent_purposes": translate("ListSettings", "Consent purposes"),
        "contact_channels": translate("ListSettings", "Contact channels"),
        "refusal_reasons": translate("ListSettings", "Reasons for refusal"),
        "referral_destinations": translate("ListSettings", "Referred to (other support)"),
        "end_reasons": translate("ListSettings", "Reasons a duo ended"),
    }[list_name]


def list_description(list_name: str) -> str:
    """What a list is used for."""
    return {
        "sectors": translate(
            "ListSettings",
            "The sector a mentee aims for and a mentor works in (NACE sections); matching "
            "compares them.",
        ),
        "occupations": translate(
            "ListSettings",
            "The occupation a mentee aims for and a mentor has (ISCO-08 groups); matching "
            "compares them.",
        ),
        "referral_partners": translate("ListSettings", "Who sent a participant to the programme."),
        "diploma_levels": translate(
            "ListSettings", "The level of a participant's highest diploma."
        ),
        "consent_purposes": translate("ListSettings", "What a participant gives consent for."),
        "contact_channels": translate(
            "ListSettings", "How a contact in the contact log took place."
        ),
        "refusal_reasons": translate(
            "ListSettings", "Why a candidate was not accepted, as told to them."
        ),
        "referral_destinations": translate(
            "ListSettings", "Where a candidate was referred to instead."
        ),
        "end_reasons": translate(
            "ListSettings", "Why a duo ended, planned or early; kept with the duo's ending."
        ),
    }[list_name]


def problem_text(problem: Problem) -> str:
    """One problem of a list, in words."""
    row = problem.row + 1
    if problem.problem is EntryProblem.NO_CODE:
        return translate("ListSettings", "Row {row} has no code.").format(row=row)
    if problem.problem is EntryProblem.DUPLICATE_CODE:
        return translate(
            "ListSettings", "Row {row} has the code “{code}” of an earlier row: each needs its own."
        ).format(row=row, code=problem.code)
    return translate("ListSettings", "Row {row} has no label.").format(row=row)


class ListEntriesModel(QAbstractTableModel):
    """The entries of one list as edited. A code already in use may be in case files, so
    only the codes of entries added here can change; labels always can."""

    def __init__(self, list_name: str, items: list[ListItem]) -> None:
        super().__init__()
        self.list_name = list_name
        self.original = list(items)
        self.items = [dataclasses.replace(item) for item in items]
        self._new: set[str] = set()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008 (Qt)
        """One row per entry."""
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008 (Qt)
        """Code and label."""
        return 0 if parent.isValid() else 2

    def headerData(  # noqa: N802 (Qt's name)
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """The column titles."""
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {CODE: self.tr("Code"), LABEL: self.tr("Label")}.get(section)

    def flags(self, index: _Index) -> Qt.ItemFlag:
        """Labels are editable; codes only for entries added here."""
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == LABEL or self.items[index.row()].id in self._new:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """What each cell shows."""
        if not index.isValid():
            return None
        item = self.items[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return item.code if index.column() == CODE else item.label
        fixed_code = index.column() == CODE and item.id not in self._new
        if role == Qt.ItemDataRole.ToolTipRole and fixed_code:
            return self.tr("Case files store this code, so it stays; change the label.")
        return None

    def setData(  # noqa: N802 (Qt's name)
        self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole
    ) -> bool:
        """Change a code or a label; a new entry's code follows its label until typed."""
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        if not self.flags(index) & Qt.ItemFlag.ItemIsEditable:
            return False
        row, text = index.row(), str(value)
        item = self.items[row]
        if index.column() == CODE:
            self.items[row] = dataclasses.replace(item, code=text.strip())
        else:
            self.items[row] = dataclasses.replace(item, label=text)
            if item.id in self._new and not item.code:
                taken = {other.code for other in self.items}
                self.items[row] = dataclasses.replace(
                    self.items[row], code=code_from_label(text, taken)
                )
        self.dataChanged.emit(self.index(row, CODE), self.index(row, LABEL))
        return True

    def add_entry(self) -> int:
        """An empty new entry at the end; returns its row."""
        row = len(self.items)
        item = ListItem(list_name=self.list_name, code="", label="")
        self.beginInsertRows(QModelIndex(), row, row)
        self.items.append(item)
        self._new.add(item.id)
        self.endInsertRows()
        return row

    def remove(self, row: int) -> None:
        """Take one entry out."""
        self.beginRemoveRows(QModelIndex(), row, row)
        del self.items[row]
        self.endRemoveRows()

    def move(self, row: int, step: int) -> int:
        """Move an entry one place up (-1) or down (+1); returns its new row."""
        target = row + step
        if not 0 <= target < len(self.items) or step not in (-1, 1):
            return row
        # Qt counts the destination as the row before which the moved one lands.
        destination = target + 1 if step > 0 else target
        self.beginMoveRows(QModelIndex(), row, row, QModelIndex(), destination)
        self.items.insert(target, self.items.pop(row))
        self.endMoveRows()
        return target

    def reset(self, items: list[ListItem]) -> None:
        """Replace every entry (with the defaults Duo ships)."""
        self.beginResetModel()
        self.items = [dataclasses.replace(item) for item in items]
        self._new.clear()
        self.endResetModel()

    def is_changed(self) -> bool:
        """Whether the list differs from the stored one."""
        return not same_entries(self.original, self.items)


class ListsSettingsPage(QWidget):
    """Choose a list; add, remove, reorder and relabel its entries; reset it."""

    def __init__(
        self,
        context: AppContext,
        load: Callable[[str], list[ListItem]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._context = context
        self._load = load
        self.models: dict[str, ListEntriesModel] = {}

        self.chooser = QComboBox()
        for name in LIST_NAMES:
            self.chooser.addItem(list_title(name), name)
        chooser_label = QLabel(self.tr("&Which list:"))
        chooser_label.setBuddy(self.chooser)
        self.description = QLabel()
        self.description.setWordWrap(True)
        self.table = QTableView()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.problem = MessageLabel()

        self.add_button = QPushButton(self.tr("&Add an entry"))
        self.remove_button = QPushButton(self.tr("&Remove"))
        self.up_button = QPushButton(self.tr("Move &up"))
        self.down_button = QPushButton(self.tr("Move &down"))
        self.reset_button = QPushButton(self.tr("Reset to the d&efaults…"))
        self.add_button.clicked.connect(self.add_entry)
        self.remove_button.clicked.connect(self.remove_entry)
        self.up_button.clicked.connect(lambda: self.move_entry(-1))
        self.down_button.clicked.connect(lambda: self.move_entry(1))
        self.reset_button.clicked.connect(self.reset_to_defaults)

        top = QHBoxLayout()
        top.addWidget(chooser_label)
        top.addWidget(self.chooser, 1)
        buttons = QVBoxLayout()
        for button in (
            self.add_button,
            self.remove_button,
            self.up_button,
            self.down_button,
            self.reset_button,
        ):
            button.setAutoDefault(False)
            buttons.addWidget(button)
        buttons.insertSpacing(4, 12)
        buttons.addStretch(1)
        middle = QHBoxLayout()
        middle.addWidget(self.table, 1)
        middle.addLayout(buttons)
        hint = QLabel(
            self.tr(
                "Type to change a label (F2 edits the selected cell). The code is what case "
                "files store: only a new entry's code can be changed."
            )
        )
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.description)
        layout.addLayout(middle, 1)
        layout.addWidget(self.problem)
        layout.addWidget(hint)

        self.chooser.currentIndexChanged.connect(self._show_list)
        self._show_list()

    def current_model(self) -> ListEntriesModel:
        """The list on screen."""
        name = self.chooser.currentData()
        if name not in self.models:
            model = ListEntriesModel(name, self._load(name))
            for signal in (model.dataChanged, model.rowsInserted, model.rowsRemoved):
                signal.connect(self._show_problems)
            model.modelReset.connect(self._show_problems)
            self.models[name] = model
        return self.models[name]

    def choose_list(self, list_name: str) -> None:
        """Show one of the lists."""
        self.chooser.setCurrentIndex(self.chooser.findData(list_name))

    def changed_lists(self) -> dict[str, list[ListItem]]:
        """The lists that differ from the stored ones, as edited."""
        return {name: model.items for name, model in self.models.items() if model.is_changed()}

    def check(self) -> bool:
        """Show the first list with a problem; True when every list can be saved."""
        for name, model in self.models.items():
            found = problems(model.items)
            if found:
                self.choose_list(name)
                self.table.setFocus()
                self.table.selectRow(found[0].row)
                self._show_problems()
                return False
        return True

    def _show_list(self) -> None:
        model = self.current_model()
        self.table.setModel(model)
        self.description.setText(list_description(model.list_name))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(CODE, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(LABEL, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().currentRowChanged.connect(self._update_buttons)
        if model.rowCount():
            self.table.selectRow(0)
        self._show_problems()
        self._update_buttons()

    def _show_problems(self) -> None:
        found = problems(self.current_model().items)
        shown = [problem_text(problem) for problem in found[:3]]
        if len(found) > len(shown):
            shown.append(self.tr("…and {count} more.").format(count=len(found) - len(shown)))
        self.problem.show_message(" ".join(shown))

    def _current_row(self) -> int:
        index = self.table.currentIndex()
        return index.row() if index.isValid() else -1

    def _update_buttons(self) -> None:
        row, count = self._current_row(), self.current_model().rowCount()
        self.remove_button.setEnabled(row >= 0)
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(0 <= row < count - 1)

    def add_entry(self) -> None:
        """A new entry at the end, its label ready to type."""
        row = self.current_model().add_entry()
        index = self.current_model().index(row, LABEL)
        self.table.setFocus()
        self.table.setCurrentIndex(index)
        self.table.edit(index)
        self._update_buttons()

    def remove_entry(self) -> None:
        """Take out the selected entry."""
        row = self._current_row()
        if row < 0:
            return
        model = self.current_model()
        model.remove(row)
        if model.rowCount():
            self.table.selectRow(min(row, model.rowCount() - 1))
        self.table.setFocus()
        self._update_buttons()

    def move_entry(self, step: int) -> None:
        """Move the selected entry up (-1) or down (+1)."""
        row = self._current_row()
        if row >= 0:
            self.table.selectRow(self.current_model().move(row, step))
            self._update_buttons()

    def reset_to_defaults(self) -> None:
        """Put back the entries Duo ships, after asking."""
        model = self.current_model()
        if self._context.dialogs.confirm(
            self,
            self.tr("Reset the list?"),
            self.tr(
                "Put back the entries Duo comes with in “{title}”? Entries added to this list "
                "and changed labels are replaced when you press OK."
            ).format(title=list_title(model.list_name)),
            self.tr("&Reset"),
        ):
            model.reset(default_items(model.list_name, current_language()))
            if model.rowCount():
                self.table.selectRow(0)
            self._update_buttons()
        self.table.setFocus()
