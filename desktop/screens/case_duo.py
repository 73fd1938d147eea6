"""The Duo tab of a case view: everything of a mentee's duo on one page (domain.md, steps
9-13) — the summary, meetings, the coach's follow-up, the agreement, the ending, the
evaluations, the outcomes after the end and the quality checklist — or a mentor's duos.

A mentee with several duos over time (one ended, a new one running) chooses which one the
page shows; the latest comes first. Every section and action works for the duo chosen, so
a final evaluation or an outcome of an earlier duo is recorded there.

The page shows one read of the case file (`case_duo_data.DuoFacts`) in its sections
(`case_duo_log`, `case_duo_sections`); what the coach asks for is done by
`case_duo_actions.DuoActions`, after which the case view reads the file again and calls
`show_case`. What is printed (the agreement, a session summary, the certificates) opens in
the print preview through `case_duo_print.DuoPrints`.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.context import AppContext
from desktop.rules.duo_schedule import outcome_due, outcome_due_dates
from desktop.screens import case_duo_text as text
from desktop.screens.case_duo_actions import DuoActions
from desktop.screens.case_duo_data import DuoFacts, mentor_rows
from desktop.screens.case_duo_log import FollowUpSection, MeetingsSection
from desktop.screens.case_duo_print import DuoPrints
from desktop.screens.case_duo_sections import (
    AgreementSection,
    EndingSection,
    EvaluationsSection,
    MentorDuos,
    OutcomesSection,
    QualitySection,
)
from desktop.screens.case_words import CaseWords
from desktop.session import Session
from storage.cases import CaseFile
from storage.duo_records import EvaluationKind, Respondent
from storage.records import Role

_CONCERN_STYLE = "color: #b71c1c; font-weight: bold;"


class DuoPage(QWidget):
    """One of a mentee's duos (the latest unless another is chosen), or a mentor's duos."""

    open_case_requested = Signal(str)  # a mentee's case id (from a mentor's list)
    reveal_requested = Signal()  # a shortcut acted: the case view shows this page
    reload_requested = Signal()  # saved, but the lists could not be told: read the file again

    def __init__(
        self, session: Session, context: AppContext, *, today: Callable[[], date] = date.today
    ) -> None:
        super().__init__()
        self.session = session
        self._today = today
        self.actions = DuoActions(self, session, context, today, self.reload_requested.emit)
        self.prints = DuoPrints(self, session, context)
        self._case: CaseFile | None = None
        self._words = CaseWords(staff={}, lists={})
        self._chosen = ""  # the match id of the duo chosen; "" for the latest
        self.chooser = QComboBox()
        self.chooser.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.chooser.activated.connect(lambda row: self.show_match(self.chooser.itemData(row)))
        self.chooser_label = QLabel(self.tr("Pic&k a duo:"))
        self.chooser_label.setBuddy(self.chooser)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.concern = QLabel()
        self.concern.setWordWrap(True)
        self.concern.setStyleSheet(_CONCERN_STYLE)
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.meetings = MeetingsSection()
        self.follow_ups = FollowUpSection()
        self.agreement = AgreementSection()
        self.ending = EndingSection()
        self.evaluations = EvaluationsSection()
        self.outcomes = OutcomesSection()
        self.quality = QualitySection()
        self.mentor_duos = MentorDuos()
        self.mentor_duos.open_case_requested.connect(self.open_case_requested)
        self._connect()
        self._lay_out()

    def _connect(self) -> None:
        actions = self.actions
        self.meetings.log_requested.connect(lambda: actions.log_meeting())
        self.meetings.edit_requested.connect(actions.log_meeting)
        self.meetings.remove_requested.connect(actions.remove_meeting)
        self.follow_ups.add_requested.connect(lambda: actions.follow_up())
        self.follow_ups.edit_requested.connect(actions.follow_up)
        self.agreement.edit_requested.connect(actions.edit_agreement)
        self.ending.end_requested.connect(actions.end_duo)
        self.ending.reopen_requested.connect(actions.reopen_duo)
        self.ending.correct_requested.connect(actions.correct_ending)
        self.evaluations.open_requested.connect(actions.evaluate)
        self.outcomes.record_requested.connect(actions.record_outcome)
        self.meetings.print_requested.connect(self.prints.summary)
        self.agreement.print_requested.connect(self.prints.agreement)
        self.ending.certificate_requested.connect(self.prints.certificate)

    def _lay_out(self) -> None:
        sections = QWidget()
        column = QVBoxLayout(sections)
        for section in (
            self.meetings,
            self.follow_ups,
            self.agreement,
            self.ending,
            self.evaluations,
            self.outcomes,
            self.quality,
        ):
            column.addWidget(section)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(sections)
        self.duo_view = QWidget()
        duo_layout = QVBoxLayout(self.duo_view)
        duo_layout.setContentsMargins(0, 0, 0, 0)
        self.choice_row = QWidget()
        choice = QHBoxLayout(self.choice_row)
        choice.setContentsMargins(0, 0, 0, 0)
        choice.addWidget(self.chooser_label)
        choice.addWidget(self.chooser)
        choice.addStretch(1)
        duo_layout.addWidget(self.choice_row)
        duo_layout.addWidget(self.summary)
        duo_layout.addWidget(self.concern)
        duo_layout.addWidget(scroll, 1)
        self.stack = QStackedWidget()
        for page in (self.empty, self.duo_view, self.mentor_duos):
            self.stack.addWidget(page)
        QVBoxLayout(self).addWidget(self.stack)

    def add_shortcuts(self, host: QWidget) -> None:
        """Ctrl+M logs a meeting and Ctrl+Shift+A edits the agreement from anywhere in
        `host` (the case view): the fast path from a mentee's report to the log."""
        for keys, action in (
            ("Ctrl+M", self._log_meeting),
            ("Ctrl+Shift+A", self.actions.edit_agreement),
        ):
            QShortcut(
                QKeySequence(keys),
                host,
                lambda act=action: self._from_shortcut(act),
                Qt.ShortcutContext.WidgetWithChildrenShortcut,
            )

    def _from_shortcut(self, action: Callable[[], object]) -> None:
        self.reveal_requested.emit()
        if self.actions.facts is not None:
            action()

    def _log_meeting(self) -> None:
        """A meeting reported now belongs to the running duo, even while an earlier one is
        shown; an ended duo logs none (its button says why)."""
        facts = self.actions.facts
        if facts is not None and facts.running_id and facts.match.id != facts.running_id:
            self.show_match(facts.running_id)
        facts = self.actions.facts
        if facts is not None and facts.summary.running:
            self.actions.log_meeting()

    # --- showing ---------------------------------------------------------------------------

    def show_case(self, case: CaseFile, words: CaseWords) -> None:
        """Show the case's duo chosen (the latest until another is) or a mentor's duos."""
        self._case, self._words = case, words
        self.actions.words = words
        role = case.participant.role
        if role is Role.MENTOR:
            self.actions.facts = None
            self._show_mentor(case)
            return
        facts = (
            DuoFacts.of(case, words, self.session.programme, self._today(), self._chosen)
            if role is Role.MENTEE
            else None
        )
        self.actions.facts = facts
        self.prints.show(case, facts)
        if facts is not None and facts.match.id == facts.choices[0][0]:
            self._chosen = ""  # the latest: a duo validated later is shown next
        if facts is None:
            self.empty.setText(
                self.tr(
                    "No duo yet. A duo starts when mentor and mentee both confirm after their "
                    "first meeting: see the Match tab."
                )
                if role is Role.MENTEE
                else ""
            )
            self.stack.setCurrentWidget(self.empty)
            return
        self._show_choices(facts)
        self._show_duo(facts, words)
        self.ending.show_names(
            case.participant.display_name,
            facts.mentor_entry.display_name if facts.mentor_entry else None,
        )
        self.stack.setCurrentWidget(self.duo_view)

    def show_match(self, match_id: str) -> None:
        """Show the mentee's duo `match_id` (the latest when it is not one of theirs)."""
        self._chosen = match_id
        if self._case is not None:
            self.show_case(self._case, self._words)

    def _show_choices(self, facts: DuoFacts) -> None:
        # Shown from a second duo on: one duo needs no choosing.
        self.chooser.clear()
        for match_id, label in facts.choices:
            self.chooser.addItem(label, match_id)
        self.chooser.setCurrentIndex(self.chooser.findData(facts.match.id))
        self.choice_row.setVisible(len(facts.choices) > 1)

    def _show_duo(self, facts: DuoFacts, words: CaseWords) -> None:
        today, summary = facts.today, facts.summary
        self.summary.setText(
            text.summary_html(facts.names, summary, facts.ending, facts.reason_label, today)
        )
        # An ended duo has nothing left to act on: its last concern is history.
        concern = facts.latest_follow_up if summary.concern and summary.running else None
        self.concern.setText(text.concern_text(concern) if concern else "")
        self.concern.setVisible(concern is not None)
        self.meetings.show_meetings(facts.meeting_rows(), running=summary.running)
        self.follow_ups.show_follow_ups(facts.follow_up_rows(words), facts.interim_text())
        self.agreement.show_terms(text.agreement_html(facts.agreement, facts.last_change(words)))
        self.ending.show_ending(
            facts.ending_html(), running=summary.running, ended=facts.ending is not None
        )
        self.evaluations.show_evaluations(
            facts.evaluations,
            EvaluationKind.INTERIM if summary.running else EvaluationKind.FINAL,
            without_consent=facts.without_consent,
        )
        self.outcomes.setVisible(summary.ended_on is not None)
        if summary.ended_on is not None:
            self.outcomes.show_outcomes(
                outcome_due_dates(summary.ended_on),
                facts.outcomes,
                outcome_due(summary, today),
                consented=facts.consented(Respondent.MENTEE),
            )
        self.quality.show_checklist(facts.quality_rows())

    def _show_mentor(self, case: CaseFile) -> None:
        rows, summary = mentor_rows(case.participant.id, self.session.programme.index)
        self.mentor_duos.show_duos(rows, summary)
        self.stack.setCurrentWidget(self.mentor_duos)
