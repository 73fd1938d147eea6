"""Settings, evaluations page: the questions of the five evaluation forms, edited by the
coordinator. Nothing is stored here: on OK the settings dialog saves each changed set as a
new version (`storage.question_sets.save_question_set`). Evaluations already answered keep
the version they were answered with, so their answers stay readable.

A question's code links its answers across versions: a new question gets one made from its
text, and it never changes afterwards.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
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
from desktop.error_text import error_text
from desktop.screens.evaluation_words import kind_label, set_name, version_note, versions_text
from desktop.screens.passphrase_fields import MessageLabel
from desktop.screens.question_dialog import QuestionDialog
from storage.errors import DuoError
from storage.question_sets import (
    SET_CODES,
    Question,
    QuestionSet,
    check_question_set,
)

SECTION, TEXT, KIND = range(3)
_Index = QModelIndex | QPersistentModelIndex


class QuestionsModel(QAbstractTableModel):
    """The questions of one set as edited: section, question and how it is answered."""

    def __init__(self, versions: list[QuestionSet]) -> None:
        super().__init__()
        self.versions = versions
        self.current = versions[-1]
        self.questions = list(self.current.questions)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008 (Qt)
        """One row per question."""
        return 0 if parent.isValid() else len(self.questions)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008 (Qt)
        """Section, question, kind."""
        return 0 if parent.isValid() else 3

    def headerData(  # noqa: N802 (Qt's name)
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """The column titles."""
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (self.tr("Section"), self.tr("Question"), self.tr("Answer"))
        return titles[section] if 0 <= section < len(titles) else None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """What each cell shows; the tooltip adds the question's code."""
        if not index.isValid():
            return None
        question = self.questions[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return (question.section, question.text, kind_label(question.kind))[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole:  # the whole of what the columns cut short
            code = self.tr("Code: {code}").format(code=question.code)
            return "\n".join(text for text in (question.section, question.text, code) if text)
        return None

    def put(self, row: int, question: Question) -> None:
        """Replace the question at `row`, or add one at the end (`row` = the row count)."""
        if row < len(self.questions):
            self.questions[row] = question
            self.dataChanged.emit(self.index(row, SECTION), self.index(row, KIND))
            return
        self.beginInsertRows(QModelIndex(), row, row)
        self.questions.append(question)
        self.endInsertRows()

    def remove(self, row: int) -> None:
        """Take one question out."""
        self.beginRemoveRows(QModelIndex(), row, row)
        del self.questions[row]
        self.endRemoveRows()

    def move(self, row: int, step: int) -> int:
        """Move a question one place up (-1) or down (+1); returns its new row."""
        target = row + step
        if not 0 <= target < len(self.questions) or step not in (-1, 1):
            return row
        # Qt counts the destination as the row before which the moved one lands.
        self.beginMoveRows(QModelIndex(), row, row, QModelIndex(), target + max(step, 0))
        self.questions.insert(target, self.questions.pop(row))
        self.endMoveRows()
        return target

    def edited(self) -> QuestionSet:
        """The set as edited (its version is given when it is saved)."""
        return dataclasses.replace(self.current, questions=tuple(self.questions))

    def is_changed(self) -> bool:
        """Whether the set differs from its newest version."""
        return tuple(self.questions) != self.current.questions

    def taken_codes(self) -> set[str]:
        """Codes a new question cannot have: those of every version, so an old answer never
        seems to answer a new question."""
        codes = {q.code for version in self.versions for q in version.questions}
        return codes | {q.code for q in self.questions}


class EvaluationSettingsPage(QWidget):
    """Choose a question set; add, edit, remove and reorder its questions; see its versions,
    with when and by whom each was saved (`staff_name` turns a staff id into a name)."""

    def __init__(
        self,
        context: AppContext,
        load: Callable[[str], list[QuestionSet]],
        staff_name: Callable[[str], str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._context = context
        self._load = load
        self._staff_name = staff_name
        self.models: dict[str, QuestionsModel] = {}
        self.chooser = QComboBox()
        for code in SET_CODES:
            self.chooser.addItem(set_name(code), code)
        chooser_label = QLabel(self.tr("&Which form:"))
        chooser_label.setBuddy(self.chooser)
        self.version = QLabel()
        self.version.setWordWrap(True)
        self.table = QTableView()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.activated.connect(self.edit_question)  # Enter or a double click
        self.problem = MessageLabel()
        buttons = QVBoxLayout()
        self.add_button = _button(buttons, self.tr("&Add a question…"), self.add_question)
        self.edit_button = _button(buttons, self.tr("E&dit…"), self.edit_question)
        self.remove_button = _button(buttons, self.tr("&Remove"), self.remove_question)
        self.up_button = _button(buttons, self.tr("Move &up"), lambda: self.move_question(-1))
        self.down_button = _button(buttons, self.tr("Move dow&n"), lambda: self.move_question(1))
        buttons.addSpacing(12)
        self.versions_button = _button(buttons, self.tr("Ver&sions…"), self.show_versions)
        buttons.addStretch(1)

        top = QHBoxLayout()
        top.addWidget(chooser_label)
        top.addWidget(self.chooser, 1)
        middle = QHBoxLayout()
        middle.addWidget(self.table, 1)
        middle.addLayout(buttons)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.version)
        layout.addLayout(middle, 1)
        layout.addWidget(self.problem)
        self.chooser.currentIndexChanged.connect(self._show_set)
        self._show_set()

    def current_model(self) -> QuestionsModel:
        """The set on screen, as edited."""
        code = self.chooser.currentData()
        if code not in self.models:
            self.models[code] = QuestionsModel(self._load(code))
        return self.models[code]

    def choose_set(self, code: str) -> None:
        """Show one of the sets."""
        self.chooser.setCurrentIndex(self.chooser.findData(code))

    def changed_sets(self) -> list[QuestionSet]:
        """The sets that differ from their newest version, as edited. Saving one again is
        harmless: an unchanged set adds no version."""
        return [model.edited() for model in self.models.values() if model.is_changed()]

    def check(self) -> bool:
        """Show the first set that cannot be saved, and why; True when all can."""
        for question_set in self.changed_sets():
            try:
                check_question_set(question_set)
            except DuoError as error:
                self.choose_set(question_set.code)
                self.problem.show_message(error_text(error))
                self.table.setFocus()
                return False
        return True

    def _show_set(self) -> None:
        model = self.current_model()
        self.table.setModel(model)
        self.version.setText(version_note(model.current, self._staff_name))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(TEXT, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(KIND, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setColumnWidth(SECTION, 170)
        self.table.selectionModel().currentRowChanged.connect(self._update_buttons)
        self.table.selectRow(0)
        self.problem.show_message("")
        self._update_buttons()

    def _current_row(self) -> int:
        index = self.table.currentIndex()
        return index.row() if index.isValid() else -1

    def _update_buttons(self) -> None:
        row, count = self._current_row(), self.current_model().rowCount()
        self.edit_button.setEnabled(row >= 0)
        self.remove_button.setEnabled(row >= 0 and count > 1)  # a set keeps one question
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(0 <= row < count - 1)

    def _edit(self, row: int) -> None:
        model = self.current_model()
        dialog = QuestionDialog(
            self,
            question=model.questions[row] if row < model.rowCount() else None,
            sections=list(dict.fromkeys(q.section for q in model.questions if q.section)),
            taken=model.taken_codes(),
        )
        if self._context.dialogs.run(dialog):
            model.put(row, dialog.question())
            self.table.selectRow(row)
        self.table.setFocus()
        self._update_buttons()

    def add_question(self) -> None:
        """A new question, at the end."""
        self._edit(self.current_model().rowCount())

    def edit_question(self) -> None:
        """Edit the selected question."""
        if self._current_row() >= 0:
            self._edit(self._current_row())

    def remove_question(self) -> None:
        """Take out the selected question (answers given to it keep it in their version)."""
        row, model = self._current_row(), self.current_model()
        if row >= 0 and model.rowCount() > 1:
            model.remove(row)
            self.table.selectRow(min(row, model.rowCount() - 1))
            self.table.setFocus()
            self._update_buttons()

    def move_question(self, step: int) -> None:
        """Move the selected question up (-1) or down (+1)."""
        row = self._current_row()
        if row >= 0:
            self.table.selectRow(self.current_model().move(row, step))
            self._update_buttons()

    def show_versions(self) -> None:
        """The versions of the set on screen, oldest first (read only)."""
        model = self.current_model()
        title = self.tr("Versions of “{name}”").format(name=set_name(model.current.code))
        self._context.dialogs.inform(self, title, versions_text(model.versions, self._staff_name))


def _button(column: QVBoxLayout, text: str, slot: Callable[[], None]) -> QPushButton:
    button = QPushButton(text)
    button.setAutoDefault(False)
    button.clicked.connect(slot)
    column.addWidget(button)
    return button
