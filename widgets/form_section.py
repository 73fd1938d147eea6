"""A titled group of form rows, each with room for an error or a hint under its field.

section = FormSection(self.tr("Identity and contact"))
row = section.add_row(self.tr("&Given name"), QLineEdit())
row.show_error(self.tr("A given name is required."))   # blocks, in red
row.show_hint(self.tr("This postcode is not Belgian."))  # warns, never blocks
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QGroupBox, QLabel, QSizePolicy, QVBoxLayout, QWidget

# Colours readable on light and dark palettes alike; the text itself says what it is.
_ERROR_STYLE = "color: #c62828; font-weight: bold;"
_HINT_STYLE = "color: #9a6200;"
_ONE_LINE = 40  # pixels: taller fields (text boxes, grids) are not one line


class FieldRow:
    """One labelled field of a form section and its message line."""

    def __init__(self, label: QLabel, field: QWidget, holder: QWidget) -> None:
        self.label = label
        self.field = field
        self._holder = holder
        self.message = QLabel(holder)
        # One line that never widens the form (a label that wraps would make the row's
        # height depend on its width, which Qt sizes unreliably inside a scroll area); the
        # whole text is also the tooltip, should a narrow window cut it.
        self.message.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.hide()
        holder.layout().addWidget(self.message)

    def show_error(self, text: str) -> None:
        """A problem that stops the form from being saved."""
        self._show(text, _ERROR_STYLE)

    def show_hint(self, text: str) -> None:
        """Something that looks wrong but may be right: the form can still be saved."""
        self._show(text, _HINT_STYLE)

    def _show(self, text: str, style: str) -> None:
        self.message.setStyleSheet(style)
        self.message.setText(text)
        self.message.setToolTip(text)
        self.message.setVisible(bool(text))

    def clear(self) -> None:
        """No message."""
        self._show("", "")

    def message_text(self) -> str:
        """The message shown under the field ("" when none)."""
        return self.message.text() if self.message.isVisibleTo(self._holder) else ""


class FormSection(QGroupBox):
    """A titled group of labelled rows; fields are added in the order they are asked."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        # Captions in the first column, right-aligned; fields take the rest of the width.
        self._grid = QGridLayout(self)
        self._grid.setColumnStretch(1, 1)
        self._grid.setVerticalSpacing(6)

    def add_row(self, label: str, field: QWidget) -> FieldRow:
        """A field with its label (an "&" in the label makes Alt+letter jump to the field)."""
        holder = QWidget(self)
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(field)
        caption = QLabel(label, self)
        caption.setBuddy(field)
        caption.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        height = field.sizeHint().height()
        if height < _ONE_LINE:
            # Centre the caption on a one-line field; beside a tall one it stays at the top.
            caption.setMinimumHeight(height)
        number = self._grid.rowCount()
        self._grid.addWidget(caption, number, 0, Qt.AlignmentFlag.AlignTop)
        self._grid.addWidget(holder, number, 1)
        return FieldRow(caption, field, holder)

    def add_wide(self, widget: QWidget) -> None:
        """A widget across the whole width of the section (an explanation, a preview)."""
        self._grid.addWidget(widget, self._grid.rowCount(), 0, 1, 2)
