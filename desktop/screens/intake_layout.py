"""How the intake form sits on the screen: one column on a laptop, two on a wide screen,
and the card that shows a mentor's short profile as the mentee will read it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QSizePolicy,
    QSpacerItem,
    QVBoxLayout,
    QWidget,
)

from desktop.workflows.intake import MenteeView

COLUMN_MIN = 640  # below this a form row gets cramped
COLUMN_MAX = 900  # beyond this a line of text is too long to read
_SPACING = 24


class Columns(QWidget):
    """Sections flowing top to bottom in one column, or in two when there is room.

    The sections stay children of this one widget whatever the arrangement, so the Tab
    order is always the order the coach asks the questions in.
    """

    def __init__(self, sections: list[QWidget], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._sections = sections
        self._row = QHBoxLayout(self)
        self._row.setContentsMargins(_SPACING, 12, _SPACING, 12)
        self._row.setSpacing(_SPACING)
        self._left = QVBoxLayout()
        self._right = QVBoxLayout()
        # The columns grow up to a readable width; beyond it, the margins take the rest.
        # (Not an alignment on the sections: Qt then stops sizing their height to their
        # width, and a hint that wraps to a second line would squeeze the fields.)
        self._row.addItem(_margin())
        for column in (self._left, self._right):
            self._row.addLayout(column, 1)
        self._row.addItem(_margin())
        for section in sections:
            section.setParent(self)
            section.setMaximumWidth(COLUMN_MAX)
        self._count = 0
        self._place(1)

    def column_count(self) -> int:
        """How many columns the form shows now."""
        return self._count

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        """Two columns when both fit at a comfortable width."""
        super().resizeEvent(event)
        self._place(2 if event.size().width() >= 2 * COLUMN_MIN + 3 * _SPACING else 1)

    def _place(self, count: int) -> None:
        if count == self._count:
            return
        self._count = count
        split = self._split() if count == 2 else len(self._sections)
        for layout in (self._left, self._right):
            while layout.count():
                layout.takeAt(0)
        for number, section in enumerate(self._sections):
            (self._left if number < split else self._right).addWidget(section)
        self._left.addStretch(1)
        self._right.addStretch(1)
        self._row.setStretch(2, 1 if count == 2 else 0)
        self._row.setSpacing(_SPACING if count == 2 else 0)

    def _split(self) -> int:
        """Where the second column starts, so both columns are about as long."""
        heights = [section.sizeHint().height() for section in self._sections]
        total = sum(heights)
        best, best_split, above = total, len(heights), 0
        for split, height in enumerate(heights[:-1], start=1):
            above += height
            longest = max(above, total - above)
            if longest < best:
                best, best_split = longest, split
        return best_split


def _margin() -> QSpacerItem:
    return QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)


class ProfilePreview(QFrame):
    """Exactly what the mentee receives of a mentor: the given name and the short profile."""

    _LINES = 6

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("preview")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        caption = QLabel(self.tr("What the mentee will see"), self)
        caption.setStyleSheet("color: palette(placeholder-text); font-style: italic;")
        self.name_label = QLabel(self)
        self.name_label.setObjectName("preview.name")
        self.name_label.setTextFormat(Qt.TextFormat.PlainText)
        font = self.name_label.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.name_label.setFont(font)
        # A read-only text box of fixed height rather than a wrapping label: inside the
        # scrolling form, a height that follows the width is sized unreliably by Qt.
        self.text_view = QPlainTextEdit(self)
        self.text_view.setObjectName("preview.text")
        self.text_view.setReadOnly(True)
        self.text_view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.text_view.setFrameShape(QFrame.Shape.NoFrame)
        self.text_view.viewport().setAutoFillBackground(False)
        self.text_view.document().setDocumentMargin(0)
        lines = self.text_view.fontMetrics().lineSpacing() * self._LINES
        self.text_view.setFixedHeight(lines + 8)
        column = QVBoxLayout(self)
        column.addWidget(caption)
        column.addWidget(self.name_label)
        column.addWidget(self.text_view)

    def show_view(self, view: MenteeView) -> None:
        """Show the mentee's view of the mentor."""
        self.name_label.setText(view.given_name or self.tr("(given name)"))
        self.text_view.setPlainText(view.short_profile)
        self.text_view.setPlaceholderText(self.tr("(no short profile yet)"))
