"""The fields of the session summary dialog (`desktop.screens.meeting_dialog`): text fields
read as typed, date edits that never clamp, a step's row in its group, and how a short
contact's summary and a meeting's topic carry over when the coach changes the kind."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDateEdit,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSizePolicy,
    QWidget,
)

from desktop.screens.case_pages import qdate
from desktop.screens.intake_fields import DATE_FORMAT

TextField = QPlainTextEdit | QLineEdit
NONE_PLANNED = date(2000, 1, 1)  # the next appointment's "none planned" state


def text_field(placeholder: str, lines: int = 0) -> TextField:
    """A one-line field, or a box of `lines` lines where Tab moves on."""
    if not lines:
        edit = QLineEdit()
        edit.setPlaceholderText(placeholder)
        return edit
    box = QPlainTextEdit()
    box.setTabChangesFocus(True)
    box.setPlaceholderText(placeholder)
    box.setFixedHeight(box.fontMetrics().lineSpacing() * lines + 14)
    return box


def typed_text(box: TextField) -> str:
    """What the field holds, without the spaces around it."""
    if isinstance(box, QLineEdit):
        return box.text().strip()
    # toPlainText() would make plain the non-breaking spaces French writes before ";:!?".
    return box.document().toRawText().replace("\u2029", "\n").strip()


def set_text(box: TextField, text: str) -> None:
    """Show `text` in a field of either kind."""
    if isinstance(box, QPlainTextEdit):
        box.setPlainText(text)
    else:
        box.setText(text)


def one_line(text: str) -> str:
    """A summary of several lines as one line, for a meeting's one-line topic."""
    return " ".join(line.strip() for line in text.splitlines() if line.strip())


def carry_summary(topic: TextField, summary: TextField, *, to_contact: bool) -> None:
    """The text the coach typed follows the kind: a meeting's topic becomes the contact's
    summary, and back. A summary whose lines only were joined for the topic keeps them."""
    if to_contact:
        if typed_text(topic) != one_line(typed_text(summary)):
            set_text(summary, typed_text(topic))
    else:
        set_text(topic, one_line(typed_text(summary)))


def free_date_edit() -> QDateEdit:
    """A date edit with an early minimum (the "none planned" state) and no maximum."""
    # A date out of bounds is explained on saving, never silently clamped while typed.
    edit = QDateEdit()
    edit.setDisplayFormat(DATE_FORMAT)
    edit.setCalendarPopup(True)
    edit.setMinimumDate(qdate(NONE_PLANNED))
    edit.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
    return edit


def edit_day(edit: QDateEdit) -> date:
    """The day a date edit shows."""
    return edit.date().toPython()  # type: ignore[no-any-return]


def add_step_row(
    group: QGroupBox, caption: str | QWidget, field: QWidget, chain: list[QWidget]
) -> None:
    """A step's row, in the Tab `chain`: a caption (text or check box) or "" for full width."""
    grid = group.layout()
    assert isinstance(grid, QGridLayout)
    row, label = grid.rowCount(), caption
    if isinstance(caption, str) and caption:
        label = QLabel(caption)
        label.setBuddy(field)
    elif isinstance(caption, QWidget):
        chain.append(caption)  # a check box comes before its field
    if isinstance(label, QWidget):
        grid.addWidget(label, row, 0, Qt.AlignmentFlag.AlignTop)
    grid.addWidget(field, row, 0 if caption == "" else 1, 1, 2 if caption == "" else 1)
    chain.append(field)
