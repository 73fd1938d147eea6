"""One question of an evaluation form, edited in a small dialog: its section, text, how it is
answered, and the ends of a scale or the options of a checklist. The dialog only collects;
Settings › Evaluations keeps the question until the settings' OK.

    dialog = QuestionDialog(parent, question=None, sections=[…], taken=model.taken_codes())
    if context.dialogs.run(dialog):
        dialog.question()
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from desktop.rules.list_entries import code_from_label
from desktop.screens.evaluation_words import kind_label
from desktop.screens.match_step_dialog import StepDialog
from storage.question_sets import (
    NONE_OF_THE_ABOVE,
    SCALE_POINTS,
    Option,
    Question,
    QuestionKind,
)


class QuestionDialog(StepDialog):
    """One question: its section, text, how it is answered, and the ends of a scale or the
    options of a checklist. Only collects; the page keeps it until the settings' OK."""

    def __init__(
        self,
        parent: QWidget | None,
        *,
        question: Question | None,
        sections: list[str],
        taken: set[str],
    ) -> None:
        super().__init__(
            parent,
            self.tr("Edit a question") if question else self.tr("New question"),
            self.tr(
                "The code links the answers to this question across versions: a new question "
                "gets one from its text, and it stays when the text changes."
            ),
        )
        self.setMinimumWidth(660)
        self._original = question
        self._taken = taken
        question = question or Question(code="", kind=QuestionKind.SCALE_5, text="")
        self._original_options = question.options
        self.section = QComboBox()
        self.section.setEditable(True)
        self.section.addItems(sections)
        self.section.setCurrentText(question.section)
        self.text = QPlainTextEdit(question.text)
        self.text.setTabChangesFocus(True)
        self.text.setFixedHeight(self.text.fontMetrics().lineSpacing() * 3 + 16)
        self.kind = QComboBox()
        for kind in QuestionKind:
            self.kind.addItem(kind_label(kind), kind)
        self.kind.setCurrentIndex(self.kind.findData(question.kind))
        if self._original is not None:
            # Answers are compared by the question's code across versions: a 1-5 answer
            # must never be read as a 1-4 one, or as text. A new kind is a new question.
            self.kind.setEnabled(False)
            self.kind.setToolTip(
                self.tr(
                    "The kind of answer of an existing question stays, so earlier answers "
                    "keep their meaning. To ask it differently, add a new question."
                )
            )
        self.low = QLineEdit(question.low_label)
        self.high = QLineEdit(question.high_label)
        self.not_applicable = QLineEdit(question.not_applicable)
        self.not_applicable.setPlaceholderText(self.tr("none; e.g. “Not used”"))
        self.options = QListWidget()
        self.options.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        self.options.setWordWrap(True)
        self.options.setFixedHeight(self.options.fontMetrics().lineSpacing() * 7 + 12)
        for option in question.options:
            self._option_item(option.text, option.code)
        self.options_box = QWidget()
        options_layout = QGridLayout(self.options_box)
        options_layout.setContentsMargins(0, 0, 0, 0)
        options_layout.addWidget(self.options, 0, 0, 1, 3)
        options_layout.setColumnStretch(2, 1)
        self.add_option = add = QPushButton(self.tr("Add an &option"))
        self.remove_option = remove = QPushButton(self.tr("Remo&ve the option"))
        for column, button in enumerate((add, remove)):
            button.setAutoDefault(False)  # Enter keeps the question, as everywhere here
            options_layout.addWidget(button, 1, column)
        none = QLabel(self.tr("“None of the above” is always offered after these."))
        none.setEnabled(False)  # greyed: a note, not a field
        options_layout.addWidget(none, 2, 0, 1, 3)
        add.clicked.connect(self._new_option)
        remove.clicked.connect(lambda: self.options.takeItem(self.options.currentRow()))
        code = question.code or self.tr("made from the question when you press OK")
        self.form.addRow(self.tr("&Section:"), self.section)
        self.form.addRow(self.tr("&Question:"), self.text)
        self.form.addRow(self.tr("Code:"), QLabel(code))
        self.form.addRow(self.tr("&Answered with:"), self.kind)
        self.form.addRow(self.tr("&Lowest point means:"), self.low)
        self.form.addRow(self.tr("&Highest point means:"), self.high)
        self.form.addRow(self.tr("&Not applicable choice:"), self.not_applicable)
        self.form.addRow(self.tr("Options to tick:"), self.options_box)
        self.save_button.setText(self.tr("OK"))
        self.kind.currentIndexChanged.connect(self._show_fields)
        self._show_fields()
        self.text.setFocus()

    def _option_item(self, text: str, code: str = "") -> QListWidgetItem:
        item = QListWidgetItem(text)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
        item.setData(Qt.ItemDataRole.UserRole, code)  # "" until the question is kept
        self.options.addItem(item)
        return item

    def _new_option(self) -> None:
        item = self._option_item("")
        self.options.setCurrentItem(item)
        self.options.setFocus()
        self.options.editItem(item)

    def _show_fields(self) -> None:
        kind = QuestionKind(self.kind.currentData())
        for field in (self.low, self.high, self.not_applicable):
            self.form.setRowVisible(field, kind in SCALE_POINTS)
        self.form.setRowVisible(self.options_box, kind is QuestionKind.CHECKLIST)

    def question(self) -> Question:
        """The question as edited; a new one gets its code from its text."""
        text = " ".join(self.text.toPlainText().split())
        kind = QuestionKind(self.kind.currentData())
        scale = kind in SCALE_POINTS
        items = [self.options.item(row) for row in range(self.options.count())]
        # A removed option's code is not given again: its answers meant that option.
        taken = {NONE_OF_THE_ABOVE, *(o.code for o in self._original_options)}
        taken |= {item.data(Qt.ItemDataRole.UserRole) for item in items}
        options: list[Option] = []
        for item in items if kind is QuestionKind.CHECKLIST else []:
            code = item.data(Qt.ItemDataRole.UserRole) or _new_code(item.text(), taken)
            taken.add(code)
            options.append(Option(code, item.text().strip()))
        return Question(
            code=self._original.code if self._original else _new_code(text, self._taken),
            kind=kind,
            text=text,
            low_label=self.low.text().strip() if scale else "",
            high_label=self.high.text().strip() if scale else "",
            not_applicable=self.not_applicable.text().strip() if scale else "",
            options=tuple(options),
            section=self.section.currentText().strip(),
        )

    def problem(self) -> str:
        """What the question still needs, or ""."""
        question = self.question()
        if not question.text:
            return self.tr("Write the question.")
        if question.kind in SCALE_POINTS and not (question.low_label and question.high_label):
            return self.tr("Say what the lowest and the highest point of the scale mean.")
        if question.kind is QuestionKind.CHECKLIST and not question.options:
            return self.tr("Add the options to tick.")
        if not all(option.text for option in question.options):
            return self.tr("Each option needs a text: write it, or remove the option.")
        return ""


def _new_code(text: str, taken: set[str]) -> str:
    return code_from_label(text, taken) or code_from_label("question", taken)
