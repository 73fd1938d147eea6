"""A combo box of (code, label) choices that finds a choice by any part of its label.

    combo = ChoiceCombo()
    combo.set_choices([("BE", "Belgium"), ("SY", "Syria")], blank="")
    combo.set_code("SY")
    combo.code()  # "SY"

Typing "syr" proposes Syria; Tab on a half-typed label that matches one choice takes it, and
anything that matches nothing goes back to the previous choice. A stored code that is no
longer offered stays shown (by its label when given as `retired`, else as its code), so
opening a form never loses a value.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QComboBox, QCompleter, QWidget


class ChoiceCombo(QComboBox):
    """Choose one code by its label; searchable by default."""

    code_changed = Signal(str)

    def __init__(
        self, parent: QWidget | None = None, *, searchable: bool = True, placeholder: str = ""
    ) -> None:
        super().__init__(parent)
        self._retired: dict[str, str] = {}
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(10)
        if searchable:
            self.setEditable(True)
            self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
            completer = QCompleter(self.model(), self)
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
            self.setCompleter(completer)
            line = self.lineEdit()
            line.setPlaceholderText(placeholder)
            line.editingFinished.connect(self._settle)
        self.currentIndexChanged.connect(lambda _index: self.code_changed.emit(self.code()))

    def set_choices(
        self,
        choices: Sequence[tuple[str, str]],
        *,
        blank: str | None = None,
        retired: Sequence[tuple[str, str]] = (),
    ) -> None:
        """Replace the choices; with `blank`, a first choice of code "" shows that text.

        `retired` choices are no longer offered, but keep their label where already chosen.
        """
        self._retired = dict(retired)
        code = self.code()
        self.blockSignals(True)
        self.clear()
        if blank is not None:
            self.addItem(blank, "")
        for value, label in choices:
            self.addItem(label, value)
        self.blockSignals(False)
        self.set_code(code)

    def code(self) -> str:
        """The chosen code ("" for none)."""
        data = self.currentData()
        return str(data) if data is not None else ""

    def set_code(self, code: str) -> None:
        """Choose by code; an unknown code is kept as a choice of its own."""
        index = self.findData(code)
        if index < 0 and code:
            self.addItem(self._retired.get(code, code), code)
            index = self.count() - 1
        if index < 0:
            index = 0 if self.count() else -1
        self.setCurrentIndex(index)
        if self.isEditable():
            self.lineEdit().setText(self.itemText(index) if index >= 0 else "")

    def _settle(self) -> None:
        """After typing: take the choice the text names, or go back to the last choice."""
        text = self.lineEdit().text().strip().casefold()
        labels = [self.itemText(i).strip().casefold() for i in range(self.count())]
        if text in labels:
            index = labels.index(text)
        elif not text:
            blank = self.findData("")
            index = blank if blank >= 0 else self.currentIndex()
        else:
            found = [i for i, label in enumerate(labels) if text in label]
            index = found[0] if len(found) == 1 else self.currentIndex()
        if index >= 0:
            self.setCurrentIndex(index)
            self.lineEdit().setText(self.itemText(index))

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802 (Qt's name)
        """Scrolling a long form must not change the choices it passes over."""
        if self.hasFocus():
            super().wheelEvent(event)
        else:
            event.ignore()
