"""The sections of the Duo page: the agreement, the ending, the evaluations, the outcomes,
the quality checklist, and a mentor's duos (the meetings and the coach's follow-up are in
`case_duo_log`).

Each section shows what it is given and says what the coach asked for with a signal; the
page (`case_duo.DuoPage`) hands it to `case_duo_actions.DuoActions` or, for printing, to
`case_duo_print.DuoPrints`.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGroupBox, QLabel, QMenu, QPushButton, QVBoxLayout, QWidget

from desktop.rules.quality import Criterion
from desktop.screens import case_duo_text as text
from desktop.screens.case_duo_rows import LinesModel, button_row, line_table
from desktop.screens.case_words import day_text
from desktop.screens.ending_words import months_after_label, outcome_line
from desktop.screens.evaluation_words import evaluation_title
from storage.duo_records import (
    OUTCOME_MONTHS,
    Evaluation,
    EvaluationKind,
    Outcome,
    Respondent,
)
from storage.records import Role

# Every evaluation a duo can have: the interim ones first, as they come in time.
EVALUATIONS = tuple((kind, who) for kind in EvaluationKind for who in Respondent)


def _rich_label() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def _literal(name: str) -> str:
    """A name in a menu entry: an "&" in it is a character, not a mnemonic, and a name
    written right to left keeps the entry's punctuation on its own side (a bidi isolate)."""
    return "\u2068" + name.replace("&", "&&") + "\u2069"


class AgreementSection(QGroupBox):
    """The terms and signatures of the agreement, and who changed it last."""

    edit_requested = Signal()
    print_requested = Signal()

    def __init__(self) -> None:
        super().__init__(self.tr("Agreement"))
        self.terms = _rich_label()
        # No letter: Ctrl+Shift+A reaches it from anywhere in the case, and the case view
        # has no letter left in "agreement" (see the test of the page's mnemonics).
        self.edit_button = QPushButton(self.tr("Edit agreement…"))
        self.edit_button.setToolTip(self.tr("Ctrl+Shift+A"))
        self.edit_button.clicked.connect(self.edit_requested)
        self.print_button = QPushButton(self.tr("Print agreement…"))
        self.print_button.setToolTip(
            self.tr("To sign: the agreement as saved, or blank terms to fill in by hand")
        )
        self.print_button.clicked.connect(self.print_requested)
        layout = QVBoxLayout(self)
        layout.addWidget(self.terms)
        layout.addLayout(button_row(self.edit_button, self.print_button))

    def show_terms(self, html_text: str) -> None:
        """Show the agreement as the page wrote it."""
        self.terms.setText(html_text)


class EndingSection(QGroupBox):
    """How the duo ended (or when it is planned to), with End, or Reopen, Change and the
    certificates."""

    end_requested = Signal()
    reopen_requested = Signal()
    correct_requested = Signal()
    certificate_requested = Signal(object)  # Role

    def __init__(self) -> None:
        super().__init__(self.tr("Ending"))
        self.details = _rich_label()
        self.end_button = QPushButton(self.tr("End &the duo…"))
        self.end_button.clicked.connect(self.end_requested)
        self.reopen_button = QPushButton(self.tr("Reopen &the duo…"))
        self.reopen_button.clicked.connect(self.reopen_requested)
        self.correct_button = QPushButton(self.tr("Ch&ange the ending…"))
        self.correct_button.setToolTip(
            self.tr("Add a forgotten final meeting or feedback given later; the end day stays")
        )
        self.correct_button.clicked.connect(self.correct_requested)
        # No letter is left in "certificate" either; the menu's entries have theirs.
        self.certificate_button = QPushButton(self.tr("Print certificate"))
        self.certificate_menu = QMenu(self.certificate_button)
        self.mentee_action = self.certificate_menu.addAction("")
        self.mentee_action.triggered.connect(lambda: self.certificate_requested.emit(Role.MENTEE))
        self.mentor_action = self.certificate_menu.addAction("")
        self.mentor_action.triggered.connect(lambda: self.certificate_requested.emit(Role.MENTOR))
        self.certificate_button.setMenu(self.certificate_menu)
        layout = QVBoxLayout(self)
        layout.addWidget(self.details)
        layout.addLayout(
            button_row(
                self.end_button, self.reopen_button, self.correct_button, self.certificate_button
            )
        )

    def show_ending(self, html_text: str, *, running: bool, ended: bool) -> None:
        """Show the ending (or the planned end); End for a running duo, Reopen and the
        certificates otherwise, and Change while an ending is stored (`ended`)."""
        self.details.setText(html_text)
        self.end_button.setVisible(running)
        self.reopen_button.setVisible(not running)
        self.correct_button.setVisible(ended)
        self.certificate_button.setVisible(not running)

    def show_names(self, mentee: str, mentor: str | None) -> None:
        """Name the certificates' people; a mentor who was erased (None) has none."""
        self.mentee_action.setText(
            self.tr("For the &mentee, {name}…").format(name=_literal(mentee))
        )
        self.mentor_action.setText(
            self.tr("For the men&tor, {name}…").format(name=_literal(mentor))
            if mentor is not None
            else self.tr("For the men&tor (erased)")
        )
        self.mentor_action.setEnabled(mentor is not None)


class EvaluationsSection(QGroupBox):
    """Each evaluation of the duo, done or not: fill one in, or open it."""

    open_requested = Signal(object, object)  # EvaluationKind, Respondent

    def __init__(self) -> None:
        super().__init__(self.tr("Evaluations"))
        self.model: LinesModel[tuple[EvaluationKind, Respondent]] = LinesModel(
            [self.tr("Evaluation"), self.tr("Answered")]
        )
        self.table = line_table(self.tr("Evaluations"), self.model, len(EVALUATIONS))
        self.table.row_chosen.connect(self._open_row)
        self.table.selectionModel().currentRowChanged.connect(self._name_button)
        self.open_button = QPushButton()
        self.open_button.clicked.connect(lambda: self._open_row(self.table.currentIndex().row()))
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(button_row(self.open_button))
        self._done: set[tuple[EvaluationKind, Respondent]] = set()

    def show_evaluations(
        self,
        evaluations: Sequence[Evaluation],
        moment: EvaluationKind,
        *,
        without_consent: Collection[Respondent] = (),
    ) -> None:
        """Mark each evaluation done (with its date) or not yet, and one not yet asked of a
        respondent `without_consent` to be contacted; the first one missing of this `moment`
        (interim while the duo runs, final after) is chosen."""
        answered = {(item.kind, item.respondent): item for item in evaluations}
        self._done = set(answered)
        rows = []
        for key in EVALUATIONS:
            found = answered.get(key)
            if found:
                state = self.tr("done on {day}").format(day=day_text(found.answered_on))
            elif key[1] in without_consent:
                state = text.without_consent(self.tr("not yet"))
            else:
                state = self.tr("not yet")
            rows.append((key, (evaluation_title(*key), state)))
        self.model.set_rows(rows, [row for row, (key, _) in enumerate(rows) if key in answered])
        missing = [row for row, (key, _) in enumerate(rows) if key not in answered]
        now = [row for row in missing if EVALUATIONS[row][0] is moment]
        self.table.select_row((now or missing or [0])[0])
        self._name_button()

    def _name_button(self) -> None:
        key = self.model.item(self.table.currentIndex().row())
        self.open_button.setText(
            self.tr("Open the ans&wers…") if key in self._done else self.tr("Fill in the ans&wers…")
        )

    def _open_row(self, row: int) -> None:
        key = self.model.item(row)
        if key is not None:
            self.open_requested.emit(*key)


class OutcomesSection(QGroupBox):
    """The outcome follow-ups at 3, 6, 9 and 12 months: recorded, or due on a date."""

    record_requested = Signal(int)  # months after the end

    def __init__(self) -> None:
        super().__init__(self.tr("Outcomes after the end"))
        self.model: LinesModel[int] = LinesModel([self.tr("Follow-up"), self.tr("Outcome")])
        self.table = line_table(self.tr("Outcome follow-ups"), self.model, len(OUTCOME_MONTHS))
        self.table.row_chosen.connect(self._record_row)
        self.record_button = QPushButton(self.tr("Record out&come…"))
        self.record_button.clicked.connect(
            lambda: self._record_row(self.table.currentIndex().row())
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(button_row(self.record_button))

    def show_outcomes(
        self,
        due_dates: dict[int, date],
        outcomes: Sequence[Outcome],
        due_now: int | None,
        *,
        consented: bool = True,
    ) -> None:
        """One row per follow-up; the one due now is chosen (else the first not recorded).
        Without the mentee's consent to be contacted (`consented`), those not recorded are
        marked."""
        recorded = {outcome.months_after: outcome for outcome in outcomes}
        rows = []
        for months in OUTCOME_MONTHS:
            outcome = recorded.get(months)
            if outcome:
                state = outcome_line(outcome)
            else:
                state = self.tr("due on {day}").format(day=day_text(due_dates[months]))
                if not consented:
                    state = text.without_consent(state)
            rows.append((months, (months_after_label(months), state)))
        self.model.set_rows(
            rows, [OUTCOME_MONTHS.index(m) for m in recorded if m in OUTCOME_MONTHS]
        )
        missing = [m for m in OUTCOME_MONTHS if m not in recorded]
        chosen = due_now if due_now is not None else (missing[0] if missing else OUTCOME_MONTHS[0])
        self.table.select_row(OUTCOME_MONTHS.index(chosen))

    def _record_row(self, row: int) -> None:
        months = self.model.item(row)
        if months is not None:
            self.record_requested.emit(months)


class QualitySection(QGroupBox):
    """The quality criteria of this duo: ✓ met, ✗ not met, … not yet known, – not applicable."""

    def __init__(self) -> None:
        super().__init__(self.tr("Quality criteria"))
        self.model: LinesModel[str] = LinesModel(
            ["", self.tr("Criterion"), self.tr("For this duo")]
        )
        self.table = line_table(self.tr("Quality criteria of this duo"), self.model, len(Criterion))
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)

    def show_checklist(self, rows: Sequence[tuple[str, str, str, bool]]) -> None:
        """(mark, criterion, how it stands, falls short) per criterion."""
        self.model.set_rows(
            [(label, (mark, label, state)) for mark, label, state, _short in rows],
            [row for row, (*_, short) in enumerate(rows) if short],
        )


class MentorDuos(QWidget):
    """A mentor's duos (from the index): the mentee, the state, the last contact."""

    open_case_requested = Signal(str)  # the mentee's case id

    def __init__(self) -> None:
        super().__init__()
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.model: LinesModel[str] = LinesModel(
            [self.tr("Mentee"), self.tr("Duo"), self.tr("Last contact")]
        )
        self.table = line_table(self.tr("Duos of this mentor"), self.model, 8)
        self.table.row_chosen.connect(self._open_row)
        self.open_button = QPushButton(self.tr("Open the mentee's &case"))
        self.open_button.clicked.connect(lambda: self._open_row(self.table.currentIndex().row()))
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table)
        layout.addLayout(button_row(self.open_button))
        layout.addStretch(1)

    def show_duos(self, rows: Sequence[tuple[str, tuple[str, str, str]]], summary: str) -> None:
        """(mentee id, (name, state, last contact)) per duo, running ones first."""
        self.summary.setText(summary)
        self.model.set_rows(rows)
        self.table.select_row(0)
        self.table.setVisible(bool(rows))
        self.open_button.setVisible(bool(rows))

    def _open_row(self, row: int) -> None:
        mentee_id = self.model.item(row)
        if mentee_id is not None:
            self.open_case_requested.emit(mentee_id)
