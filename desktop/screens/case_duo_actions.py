"""What the coach does on the Duo page: each action runs its dialog through
`context.dialogs`, saves what it collected through a workflow (`desktop.workflows.duo`,
`desktop.workflows.evaluations`), then `session.notify_case_saved`, after which the case view
shows the file again. A refused save shows its message and opens the dialog again with what
was typed, so nothing is lost.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QWidget

from desktop.context import AppContext
from desktop.i18n import current_language, shown_list
from desktop.rules.duo_schedule import planned_end
from desktop.screens import case_duo_text as text
from desktop.screens.agreement_dialog import AgreementDialog
from desktop.screens.case_duo_data import END_REASONS, DuoFacts
from desktop.screens.case_words import CaseWords, day_text
from desktop.screens.ending_dialog import EndDialog, ReopenDialog
from desktop.screens.evaluation_dialog import EvaluationDialog
from desktop.screens.follow_up_dialog import FollowUpDialog
from desktop.screens.meeting_dialog import MeetingDialog
from desktop.screens.outcome_dialog import OutcomeDialog
from desktop.session import Session
from desktop.workflows import duo
from desktop.workflows.evaluations import evaluation_set, save_evaluation, stored_set
from storage.duo_records import Ending, EvaluationKind, FollowUp, Meeting, Respondent
from storage.question_sets import shown_question_set

T = TypeVar("T")
D = TypeVar("D", bound=QDialog)


translate = QCoreApplication.translate


class DuoActions:
    """The actions on the duo a page shows (`facts`); dialogs open over `parent`. `reload`
    shows the case file again when a save could not be announced."""

    def __init__(
        self,
        parent: QWidget,
        session: Session,
        context: AppContext,
        today: Callable[[], date],
        reload: Callable[[], None],
    ) -> None:
        self.parent = parent
        self._reload = reload
        self.session = session
        self.context = context
        self._today = today
        self.facts: DuoFacts | None = None
        self.words = CaseWords(staff={}, lists={})

    def _save(self, change: Callable[[], object]) -> bool:
        """Run one change through its workflow, then tell everyone (the case view reloads)."""
        assert self.facts is not None
        try:
            change()
        except Exception as error:  # a DuoError is a message, anything else a bug report
            self.context.dialogs.report(self.parent, error)
            return False
        try:
            self.session.notify_case_saved(self.facts.mentee_id)
        except Exception as error:  # saved; only refreshing the lists failed
            self.context.dialogs.report(self.parent, error)
            self._reload()
        return True

    def _ask_and_save(
        self,
        make: Callable[[T | None], D],
        read: Callable[[D], T],
        save: Callable[[T], object],
    ) -> bool:
        """Run a dialog and save what it collected; a refused save opens the dialog again
        with what was typed. `make(None)` builds it fresh, `make(typed)` prefilled."""
        typed: T | None = None
        while True:
            dialog = make(typed)
            try:
                if not self.context.dialogs.run(dialog):
                    return False
                answer = read(dialog)
            finally:
                # Only scheduled: the answers were read before control returns to the loop.
                dialog.deleteLater()
            if self._save(lambda answer=answer: save(answer)):
                return True
            typed = answer

    def edit_agreement(self) -> None:
        """Write or change the agreement of the duo shown."""
        facts = self.facts
        if facts is None:
            return
        programme = self.session.programme
        try:
            base = duo.new_agreement(programme, facts.mentee_id, facts.match.id)
        except Exception as error:  # a DuoError is a message, anything else a bug report
            self.context.dialogs.report(self.parent, error)
            return
        changes = text.change_lines(facts.events, base.id, self.words)
        self._ask_and_save(
            lambda typed: AgreementDialog(
                self.parent,
                agreement=typed or base,
                names=facts.names,
                today=self._today(),
                changes=changes,
            ),
            AgreementDialog.agreement,
            lambda agreement: duo.save_agreement(
                programme,
                facts.mentee_id,
                agreement,
                author=self.session.user_id,
                today=self._today(),
            ),
        )

    def log_meeting(self, meeting: Meeting | None = None) -> None:
        """Log a meeting or short contact (or correct `meeting`) of a running duo."""
        facts = self.facts
        if facts is None or not facts.summary.running:
            return
        self._ask_and_save(
            lambda typed: MeetingDialog(
                self.parent,
                match_id=facts.match.id,
                names=facts.names,
                today=self._today(),
                earliest=facts.earliest,
                meeting=typed or meeting,
            ),
            MeetingDialog.meeting,
            lambda logged: duo.log_meeting(
                self.session.programme,
                facts.mentee_id,
                logged,
                author=self.session.user_id,
                today=self._today(),
            ),
        )

    def remove_meeting(self, meeting: Meeting) -> None:
        """Remove a meeting logged by mistake from a running duo, after a confirmation."""
        facts = self.facts
        if (
            facts is None
            or not facts.summary.running
            or not self.context.dialogs.confirm(
                self.parent,
                translate("DuoPage", "Remove the meeting"),
                translate(
                    "DuoPage",
                    "Remove the meeting of {day} from the duo? The case's history keeps that it "
                    "was removed, not what it said.",
                ).format(day=day_text(meeting.held_on)),
                translate("DuoPage", "Remove the meeting"),
            )
        ):
            return
        self._save(
            lambda: duo.remove_meeting(
                self.session.programme, facts.mentee_id, meeting.id, author=self.session.user_id
            )
        )

    def follow_up(self, follow_up: FollowUp | None = None) -> None:
        """Record the coach's follow-up (or correct `follow_up`)."""
        facts = self.facts
        if facts is None:
            return
        self._ask_and_save(
            lambda typed: FollowUpDialog(
                self.parent,
                match_id=facts.match.id,
                names=facts.names,
                today=self._today(),
                earliest=facts.earliest,
                channels=self.words.channels,
                interim_due=facts.summary.interim_call_on is None,
                follow_up=typed or follow_up,
            ),
            FollowUpDialog.follow_up,
            lambda done: duo.save_follow_up(
                self.session.programme,
                facts.mentee_id,
                done,
                author=self.session.user_id,
                today=self._today(),
            ),
        )

    def _reasons(self, keep: str = "") -> list[tuple[str, str]] | None:
        """The end reasons to choose from (and `keep`, the stored one, even if retired);
        None when the list could not be read (the error was shown)."""
        try:
            items = shown_list(self.session.programme, END_REASONS)
        except Exception as error:  # a DuoError is a message, anything else a bug report
            self.context.dialogs.report(self.parent, error)
            return None
        return [(item.code, item.label) for item in items if item.active or item.code == keep]

    def end_duo(self) -> None:
        """End the running duo, planned or early."""
        facts = self.facts
        if facts is None or not facts.summary.running:
            return
        reasons = self._reasons()
        if reasons is None:
            return

        def make(typed: tuple[Ending, bool] | None) -> EndDialog:
            return EndDialog(
                self.parent,
                match_id=facts.match.id,
                names=facts.names,
                today=self._today(),
                earliest=facts.earliest,
                planned_end=planned_end(facts.summary),
                reasons=reasons,
                ending=typed[0] if typed else None,
                wait_again=typed[1] if typed else False,
            )

        self._ask_and_save(
            make,
            lambda dialog: (dialog.ending(), dialog.wait_again()),
            lambda answer: duo.end_duo(
                self.session.programme,
                facts.mentee_id,
                answer[0],
                wait_again=answer[1],
                author=self.session.user_id,
                today=self._today(),
            ),
        )

    def correct_ending(self) -> None:
        """Change the ending of the ended duo shown (a final meeting forgotten, feedback
        given later, a better reason); its end day stays."""
        facts = self.facts
        stored = facts.ending if facts is not None else None
        if facts is None or stored is None:
            return
        reasons = self._reasons(stored.reason)
        if reasons is None:
            return
        self._ask_and_save(
            lambda typed: EndDialog(
                self.parent,
                match_id=facts.match.id,
                names=facts.names,
                today=self._today(),
                earliest=facts.earliest,
                planned_end=planned_end(facts.summary),
                reasons=reasons,
                ending=typed or stored,
                correcting=True,
            ),
            EndDialog.ending,
            lambda ending: duo.correct_ending(
                self.session.programme,
                facts.mentee_id,
                ending,
                author=self.session.user_id,
                today=self._today(),
            ),
        )

    def reopen_duo(self) -> None:
        """Reopen a duo ended by mistake. A refusal (the mentee's new match, the mentor's
        places) opens the dialog again with the reason typed, like every refused save."""
        facts = self.facts
        ended_on = facts.match.ended_on if facts is not None else None
        if facts is None or ended_on is None:
            return
        self._ask_and_save(
            lambda typed: ReopenDialog(
                self.parent, names=facts.names, ended_on=ended_on, reason=typed or ""
            ),
            ReopenDialog.reason,
            lambda reason: duo.reopen_duo(
                self.session.programme,
                facts.mentee_id,
                facts.match.id,
                reason=reason,
                author=self.session.user_id,
                today=self._today(),
            ),
        )

    def evaluate(self, kind: EvaluationKind, respondent: Respondent) -> None:
        """Fill in an evaluation, or open the one answered (with its own questions)."""
        facts = self.facts
        if facts is None:
            return
        programme = self.session.programme
        stored = facts.evaluation(kind, respondent)
        try:
            questions = shown_question_set(
                stored_set(programme, stored)
                if stored
                else evaluation_set(programme, kind, respondent),
                current_language(),
            )
        except Exception as error:  # a DuoError is a message, anything else a bug report
            self.context.dialogs.report(self.parent, error)
            return
        self._ask_and_save(
            lambda typed: EvaluationDialog(
                self.parent,
                question_set=questions,
                match_id=facts.match.id,
                kind=kind,
                respondent=respondent,
                names=facts.names,
                today=self._today(),
                earliest=facts.earliest,
                evaluation=typed or stored,
                consented=facts.consented(respondent),
            ),
            EvaluationDialog.evaluation,
            lambda answered: save_evaluation(
                programme,
                facts.mentee_id,
                answered,
                author=self.session.user_id,
                today=self._today(),
            ),
        )

    def record_outcome(self, months: int) -> None:
        """Record (or correct) the outcome follow-up `months` after the end. A new one keeps
        its months open when opened again after a refused save; a stored one keeps its own."""
        facts = self.facts
        if facts is None or facts.match.ended_on is None:
            return
        ended_on = facts.match.ended_on
        stored = next((item for item in facts.outcomes if item.months_after == months), None)
        self._ask_and_save(
            lambda typed: OutcomeDialog(
                self.parent,
                match_id=facts.match.id,
                names=facts.names,
                today=self._today(),
                ended_on=ended_on,
                months=typed.months_after if typed else months,
                outcome=typed or stored,
                months_fixed=stored is not None,
                consented=facts.consented(Respondent.MENTEE),
            ),
            OutcomeDialog.outcome,
            lambda outcome: duo.save_outcome(
                self.session.programme,
                facts.mentee_id,
                outcome,
                author=self.session.user_id,
                today=self._today(),
            ),
        )
