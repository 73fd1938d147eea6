"""The pages of a case view's right-hand side: notes, contacts, screening and consent,
documents. Each page shows a case file and says what the coach asked for with a signal;
the case view does the saving through the workflow.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import (
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop.screens.case_journal import contacts_html, decisions_html, notes_html
from desktop.screens.case_tables import ConsentTableModel, DocumentTableModel
from desktop.screens.case_words import CaseWords, day_text, kind_labels
from desktop.screens.intake_fields import DATE_FORMAT
from storage.cases import MAX_ATTACHMENT_BYTES, CaseFile
from storage.records import Attachment, Consent
from widgets.choice_combo import ChoiceCombo
from widgets.row_table import RowTable
from widgets.wrapped_label import WrappedLabel

_NOTE_LINES = 4


def text_list(name: str) -> QTextBrowser:
    """A read-only, scrolling, wrapping text list; Tab moves on instead of staying in it."""
    browser = QTextBrowser()
    browser.setOpenLinks(False)
    browser.setTabChangesFocus(True)
    browser.setAccessibleName(name)
    return browser


def qdate(day: date) -> QDate:
    """A Python date as a QDate."""
    return QDate(day.year, day.month, day.day)


def date_edit(today: date) -> QDateEdit:
    """A date, today by default, never in the future."""
    edit = QDateEdit()
    edit.setDisplayFormat(DATE_FORMAT)
    edit.setCalendarPopup(True)
    edit.setMaximumDate(qdate(today))
    edit.setDate(qdate(today))
    return edit


def day_of(edit: QDateEdit) -> date:
    """The day a date edit shows."""
    return edit.date().toPython()  # type: ignore[no-any-return]


def note_label(text: str) -> QLabel:
    """A greyed explanation under a field: words, not a field (hidden while empty)."""
    label = WrappedLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    # A palette, not a style sheet: a styled label loses its height-for-width in a form
    # and its second line is clipped.
    palette = label.palette()
    palette.setColor(
        QPalette.ColorRole.WindowText, palette.color(QPalette.ColorRole.PlaceholderText)
    )
    label.setPalette(palette)
    if not text:
        label.hide()  # until there is something to say
    return label


def text_box(placeholder: str, lines: int = 3) -> QPlainTextEdit:
    """A few lines of free text; Tab moves on instead of typing a tab."""
    box = QPlainTextEdit()
    box.setTabChangesFocus(True)
    box.setPlaceholderText(placeholder)
    box.setFixedHeight(box.fontMetrics().lineSpacing() * lines + 16)
    return box


def _heading(text: str, buddy: QWidget) -> QLabel:
    label = QLabel(text)
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    label.setBuddy(buddy)
    return label


class NotesPage(QWidget):
    """Write a note (Ctrl+Enter adds it), and the notes, newest first."""

    submitted = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        self.editor = QPlainTextEdit()
        self.editor.setTabChangesFocus(True)
        self.editor.setPlaceholderText(self.tr("What happened, what was agreed, what comes next"))
        lines = self.editor.fontMetrics().lineSpacing() * _NOTE_LINES
        self.editor.setFixedHeight(lines + 2 * int(self.editor.document().documentMargin()) + 8)
        self.add_button = QPushButton(self.tr("&Add note"))
        self.add_button.setToolTip(self.tr("Ctrl+Enter in the note adds it too"))
        self.add_button.clicked.connect(self._submit)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(
                QKeySequence(keys), self.editor, self._submit, Qt.ShortcutContext.WidgetShortcut
            )
        self.list = text_list(self.tr("Notes"))
        hint = QLabel(self.tr("Ctrl+Enter adds the note; it is dated today and signed by you."))
        hint.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(hint, 1)
        buttons.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.addWidget(_heading(self.tr("&Write a note:"), self.editor))
        layout.addWidget(self.editor)
        layout.addLayout(buttons)
        layout.addWidget(self.list, 1)

    def show_case(self, case: CaseFile, words: CaseWords) -> None:
        """Show the case's notes."""
        self.list.setHtml(notes_html(case, words))

    def clear_editor(self) -> None:
        """The note was added: ready for the next one."""
        self.editor.clear()

    def _submit(self) -> None:
        self.submitted.emit(self.editor.toPlainText())


class ContactsPage(QWidget):
    """Log a contact (date, channel, what about), and the log, newest first."""

    submitted = Signal(object, str, str)  # date, channel code, summary

    def __init__(self, today: date) -> None:
        super().__init__()
        self._today = today
        self.day = date_edit(today)
        self.channel = ChoiceCombo(searchable=False)
        self.summary = QLineEdit()
        self.summary.setPlaceholderText(self.tr("What it was about, in a few words"))
        self.summary.returnPressed.connect(self._submit)
        self.add_button = QPushButton(self.tr("&Add contact"))
        self.add_button.clicked.connect(self._submit)
        self.list = text_list(self.tr("Contact log"))
        form = QGridLayout()
        day_label, channel_label = QLabel(self.tr("Da&te:")), QLabel(self.tr("Channe&l:"))
        summary_label = QLabel(self.tr("S&ummary:"))
        for label, field in (
            (day_label, self.day),
            (channel_label, self.channel),
            (summary_label, self.summary),
        ):
            label.setBuddy(field)
        form.addWidget(day_label, 0, 0)
        form.addWidget(self.day, 0, 1)
        form.addWidget(channel_label, 0, 2)
        form.addWidget(self.channel, 0, 3)
        form.addWidget(summary_label, 1, 0)
        form.addWidget(self.summary, 1, 1, 1, 4)
        form.addWidget(self.add_button, 1, 5)
        form.setColumnStretch(4, 1)  # the summary takes the width, the channel need not
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.list, 1)

    def set_channels(self, choices: list[tuple[str, str]]) -> None:
        """The channels to choose from (the programme's list); the one chosen stays chosen."""
        self.channel.set_choices(choices)

    def show_case(self, case: CaseFile, words: CaseWords) -> None:
        """Show the case's contact log."""
        self.list.setHtml(contacts_html(case, words))

    def clear_form(self) -> None:
        """The contact was logged: ready for the next one, dated today again."""
        self.summary.clear()
        self.day.setDate(qdate(self._today))

    def _submit(self) -> None:
        self.submitted.emit(self.day.date().toPython(), self.channel.code(), self.summary.text())


class ScreeningPage(QWidget):
    """The intake dates, every screening decision, and the consents (withdraw one)."""

    withdraw_requested = Signal(object)  # Consent

    def __init__(self) -> None:
        super().__init__()
        self.intake = QLabel()
        self.intake.setWordWrap(True)
        self.intake.setTextFormat(Qt.TextFormat.PlainText)
        self.decisions = text_list(self.tr("Screening decisions"))
        self.consent_model = ConsentTableModel()
        self.consents = RowTable()
        self.consents.setModel(self.consent_model)
        self.consents.setAccessibleName(self.tr("Consents"))
        header = self.consents.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.consents.selectionModel().currentRowChanged.connect(self._enable)
        self.consents.row_chosen.connect(self._withdraw_row)
        self.withdraw_button = QPushButton(self.tr("&Withdraw consent…"))
        self.withdraw_button.setEnabled(False)
        self.withdraw_button.clicked.connect(
            lambda: self._withdraw_row(self.consents.currentIndex().row())
        )
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.withdraw_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intake)
        layout.addWidget(_heading(self.tr("Screening decisions"), self.decisions))
        layout.addWidget(self.decisions, 1)
        layout.addWidget(_heading(self.tr("Consents"), self.consents))
        layout.addWidget(self.consents, 1)
        layout.addLayout(buttons)

    def show_case(self, case: CaseFile, words: CaseWords) -> None:
        """Show the intake dates, the decisions and the consents."""
        person = case.participant
        unknown = self.tr("not recorded")
        self.intake.setText(
            self.tr("Info session: {info} · Intake interview: {intake}, by {who}").format(
                info=day_text(person.info_session_on) or unknown,
                intake=day_text(person.intake_on) or unknown,
                who=words.staff_name(person.interviewer) if person.interviewer else unknown,
            )
        )
        self.decisions.setHtml(decisions_html(case, words))
        self.consent_model.set_consents(case.consents, words)
        self.consents.select_row(0)
        self._enable()

    def _enable(self) -> None:
        consent = self.consent_model.record(self.consents.currentIndex().row())
        self.withdraw_button.setEnabled(consent is not None and consent.withdrawn_on is None)

    def _withdraw_row(self, row: int) -> None:
        consent: Consent | None = self.consent_model.record(row)
        if consent is not None and consent.withdrawn_on is None:
            self.withdraw_requested.emit(consent)


class DocumentsPage(QWidget):
    """The documents kept in the case file: open one, attach another."""

    open_requested = Signal(object)  # Attachment
    attach_requested = Signal(str)  # kind

    def __init__(self) -> None:
        super().__init__()
        self.model = DocumentTableModel()
        self.table = RowTable()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Documents"))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.row_chosen.connect(self._open_row)
        self.open_button = QPushButton(self.tr("Open the &file"))
        self.open_button.clicked.connect(lambda: self._open_row(self.table.currentIndex().row()))
        self.kind = ChoiceCombo(searchable=False)
        self.kind.set_choices(list(kind_labels().items()))
        self.kind.set_code("cv")
        self.attach_button = QPushButton(self.tr("&Attach a document…"))
        self.attach_button.clicked.connect(lambda: self.attach_requested.emit(self.kind.code()))
        kind_label = QLabel(self.tr("&Kind:"))
        kind_label.setBuddy(self.kind)
        limit = MAX_ATTACHMENT_BYTES // (1024 * 1024)
        hint = QLabel(
            self.tr(
                "PDF, Word (DOCX), OpenDocument (ODT) or pictures, up to {limit} MB. Enter or "
                "a double click opens the chosen document."
            ).format(limit=limit)
        )
        hint.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        buttons.addWidget(kind_label)
        buttons.addWidget(self.kind)
        buttons.addWidget(self.attach_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(hint)
        layout.addLayout(buttons)

    def show_case(self, case: CaseFile) -> None:
        """Show the case's documents (their bytes are read only when one is opened)."""
        self.model.set_records(case.attachments)
        self.table.select_row(0)
        self.open_button.setEnabled(bool(case.attachments))

    def _open_row(self, row: int) -> None:
        attachment: Attachment | None = self.model.record(row)
        if attachment is not None:
            self.open_requested.emit(attachment)
