"""An outcome follow-up, 3, 6, 9 or 12 months after a duo ended (domain.md, step 13 and
"Evaluation and outcomes"): the mentee's situation, for a job its contract and level, the
sector, and how the coach learned it. The dialog only collects; the duo page saves through
`desktop.workflows.duo.save_outcome`.

    dialog = OutcomeDialog(parent, match_id=…, names=…, today=…, ended_on=…, months=3,
                           consented=True)
    if context.dialogs.run(dialog):
        save_outcome(programme, mentee_id, dialog.outcome(), …)

A prefilled outcome is taken as stored: its months cannot change (a correction of the
3-month follow-up must never become the 6-month one and lose the 3-month answers). A new
outcome opened again after a refused save passes `months_fixed=False` to keep its months
open. `consented=False` shows a warning at the top: the mentee did not consent to be
contacted for outcome follow-ups, so only what they told of their own accord is recorded.
"""

from __future__ import annotations

import dataclasses
from datetime import date

from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QWidget,
)

from desktop.rules.waiting import add_months
from desktop.screens.case_duo_text import consent_warning
from desktop.screens.case_pages import day_of, qdate, text_box
from desktop.screens.case_words import day_text
from desktop.screens.ending_dialog import FormDialog, past_date
from desktop.screens.ending_words import (
    answer_label,
    contract_label,
    months_after_label,
    source_label,
)
from storage.duo_records import (
    OUTCOME_MONTHS,
    Contract,
    Outcome,
    OutcomeSource,
    Situation,
)

# Which questions a situation asks: the level describes a job; the sector a job or a training.
_ASKS_LEVEL = (Situation.EMPLOYED,)
_ASKS_SECTOR = (Situation.EMPLOYED, Situation.TRAINING)
_CONTRACTS = (
    Contract.NONE,
    Contract.PERMANENT,
    Contract.FIXED_TERM_LONG,
    Contract.FIXED_TERM_SHORT,
)


def _answer_combo() -> QComboBox:
    combo = QComboBox()
    for answer in (None, True, False):
        combo.addItem(answer_label(answer), answer)
    return combo


def _set_data(combo: QComboBox, value: object) -> None:
    combo.setCurrentIndex(max(0, combo.findData(value)))


class OutcomeDialog(FormDialog):
    """Where the mentee stands some months after the end, and how the coach knows.
    `outcome` prefills it; its months are fixed when `months_fixed` says so (None: when an
    outcome is given). `consented` is the mentee's consent to be contacted for it."""

    def __init__(
        self,
        parent: QWidget | None,
        *,
        match_id: str,
        names: str,
        today: date,
        ended_on: date,
        months: int,
        outcome: Outcome | None = None,
        months_fixed: bool | None = None,
        consented: bool = True,
    ) -> None:
        super().__init__(
            parent,
            self.tr("Outcome follow-up — {names}").format(names=names),
            self.tr(
                "The duo ended on {day}. Ask the mentee where they stand 3, 6, 9 and 12 months "
                "after the end: funders count jobs on a permanent contract or a fixed term of "
                "6 months or more."
            ).format(day=day_text(ended_on)),
        )
        self._match_id = match_id
        if not consented:
            # Recording stays possible: the mentee may have told without being asked.
            self.warn(consent_warning(None))
        self._ended_on = ended_on
        # Built once, so every call of `outcome()` names the same record.
        self._stored = outcome or Outcome(
            match_id=match_id, months_after=months, recorded_on=today, situation=Situation.OTHER
        )

        self.months_combo = QComboBox()
        for count in OUTCOME_MONTHS:
            self.months_combo.addItem(months_after_label(count), count)
        self.due_label = QLabel()
        self.day_edit = past_date(today, ended_on)
        self.situations = {
            Situation.UNEMPLOYED: QRadioButton(self.tr("&Unemployed")),
            Situation.EMPLOYED: QRadioButton(self.tr("&Employed")),
            Situation.TRAINING: QRadioButton(self.tr("In &training")),
            Situation.OTHER: QRadioButton(self.tr("&Other")),
        }
        group = QButtonGroup(self)
        for button in self.situations.values():
            group.addButton(button)
        group.buttonToggled.connect(self._update_enabled)
        self.contract_combo = QComboBox()
        for contract in _CONTRACTS:
            self.contract_combo.addItem(contract_label(contract), contract)
        self.level_combo = _answer_combo()
        self.sector_combo = _answer_combo()
        self.source_combo = QComboBox()
        for source in OutcomeSource:
            self.source_combo.addItem(source_label(source), source)
        self.note_box = text_box(self.tr("Their job, their training, what they said"))
        self._lay_out()
        self.save_button.setText(self.tr("&Record the outcome"))

        self.months_combo.currentIndexChanged.connect(self._show_due)
        _set_data(self.months_combo, outcome.months_after if outcome else months)
        if outcome is not None:
            self._show_outcome(outcome)
        self._show_due()
        self._update_enabled()
        if months_fixed is None:
            months_fixed = outcome is not None
        if months_fixed:
            # A stored follow-up keeps its month: saved under another month it would replace
            # that month's outcome and lose its own. Another month is a new follow-up.
            self.months_combo.setEnabled(False)
            self.months_combo.setToolTip(
                self.tr("A follow-up keeps its month: record another month as a new follow-up.")
            )
        (self.day_edit if months_fixed else self.months_combo).setFocus()

    def _lay_out(self) -> None:
        months_row = QHBoxLayout()
        months_row.addWidget(self.months_combo)
        months_row.addWidget(self.due_label)
        months_row.addStretch(1)
        situation_grid = QGridLayout()
        for index, button in enumerate(self.situations.values()):
            situation_grid.addWidget(button, index // 2, index % 2)
        situation_grid.setColumnStretch(2, 1)
        # A row holding a layout gets no buddy from the form: the label names its combo.
        months_label = QLabel(self.tr("&Follow-up:"))
        months_label.setBuddy(self.months_combo)
        self.form.addRow(months_label, months_row)
        self.form.addRow(self.tr("&Date learned:"), self.day_edit)
        self.form.addRow(self.tr("Situation:"), situation_grid)
        self.form.addRow(self.tr("&Contract:"), self.contract_combo)
        self.form.addRow(self.tr("At the right &level:"), self.level_combo)
        self.form.addRow(self.tr("In the desired &sector:"), self.sector_combo)
        self.form.addRow(self.tr("Learned &via:"), self.source_combo)
        self.form.addRow(self.tr("&Note:"), self.note_box)

    def _show_outcome(self, outcome: Outcome) -> None:
        self.day_edit.setDate(qdate(outcome.recorded_on))
        self.situations[outcome.situation].setChecked(True)
        _set_data(self.contract_combo, outcome.contract)
        _set_data(self.level_combo, outcome.at_level)
        _set_data(self.sector_combo, outcome.in_desired_sector)
        _set_data(self.source_combo, outcome.source)
        self.note_box.setPlainText(outcome.note)

    def _show_due(self) -> None:
        due = add_months(self._ended_on, self.months())
        self.due_label.setText(self.tr("due {day}").format(day=day_text(due)))

    def _update_enabled(self) -> None:
        # A question that does not apply is emptied too, so a job's details never stay
        # behind on an outcome that no longer has a job.
        situation = self.situation()
        fields = (
            (self.contract_combo, situation in _ASKS_LEVEL, Contract.NONE),
            (self.level_combo, situation in _ASKS_LEVEL, None),
            (self.sector_combo, situation in _ASKS_SECTOR, None),
        )
        for combo, applies, empty in fields:
            combo.setEnabled(applies)
            if not applies:
                _set_data(combo, empty)

    def months(self) -> int:
        """How many months after the end this follow-up is."""
        return int(self.months_combo.currentData())

    def situation(self) -> Situation | None:
        """The situation chosen (None until one is)."""
        return next(
            (value for value, button in self.situations.items() if button.isChecked()), None
        )

    def outcome(self) -> Outcome:
        """The outcome as typed, once the dialog is accepted (a situation is chosen by then);
        a prefilled outcome's id and months are kept."""
        situation = self.situation() or Situation.OTHER
        # Qt hands a StrEnum stored as item data back as a plain str: hence Contract(…).
        return dataclasses.replace(
            self._stored,
            match_id=self._match_id,
            months_after=self.months(),
            recorded_on=day_of(self.day_edit),
            situation=situation,
            contract=Contract(self.contract_combo.currentData()),
            at_level=self.level_combo.currentData(),
            in_desired_sector=self.sector_combo.currentData(),
            source=OutcomeSource(self.source_combo.currentData()),
            note=self.note_box.toPlainText().strip(),
        )

    def problem(self) -> str:
        """The situation is needed."""
        if self.situation() is None:
            return self.tr(
                "Choose the mentee's situation: unemployed, employed, in training or other."
            )
        return ""
