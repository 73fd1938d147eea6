"""The Duo tab of a case view, driven end to end through the real case view and dialogs:
the agreement, meetings (Ctrl+M and the keyboard only), the coach's follow-up with a
concern, an early end and a reopening, an outcome, a final evaluation, and a mentor's duos.
"""

from __future__ import annotations

import dataclasses
from datetime import date
from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from desktop.context import AppContext
from desktop.screens.agreement_dialog import AgreementDialog
from desktop.screens.case_pages import qdate
from desktop.screens.ending_dialog import EndDialog, ReopenDialog
from desktop.screens.evaluation_dialog import EvaluationDialog
from desktop.screens.follow_up_dialog import FollowUpDialog
from desktop.screens.meeting_dialog import MeetingDialog
from desktop.screens.outcome_dialog import OutcomeDialog
from desktop.session import Session
from desktop.workflows import duo as workflow
from storage.duo_records import (
    Agreement,
    Contract,
    EvaluationKind,
    FollowUpKind,
    Meeting,
    MeetingKind,
    Respondent,
    Situation,
)
from storage.programme import Programme
from storage.records import MatchState, StaffMember, Status
from tests.duo_helpers import Duo
from tests.gui.duo_view import (
    CTRL,
    SHIFT,
    TODAY,
    VALIDATED,
    accepted,
    activate,
    click,
    end_duo,
    make_pair,
    open_view,
    press,
    press_mnemonic,
    type_text,
)
from tests.gui.fakes import ScriptedDialogs

if TYPE_CHECKING:  # pytest-qt's model tester only imports once its plugin set Qt up
    pass


@pytest.fixture
def pair(programme: Programme, coach: StaffMember) -> Duo:
    """A duo validated on 10 March (first meeting that day, with the coach)."""
    return make_pair(programme, coach)


# --- the agreement -------------------------------------------------------------------------


def test_the_agreement_is_written_signed_and_dated(
    qtbot: QtBot,
    programme: Programme,
    session: Session,
    context: AppContext,
    dialogs: ScriptedDialogs,
    pair: Duo,
) -> None:
    view = open_view(qtbot, session, context, pair.mentee_id)
    view.show_duo()
    page = view.duo
    assert "No agreement yet" in page.agreement.terms.text()

    def write(dialog: QDialog) -> bool:
        assert isinstance(dialog, AgreementDialog)
        assert dialog.start_edit.date().toPython() == VALIDATED
        assert dialog.months_box.value() == 6
        assert dialog.end_edit.date().toPython() == date(2026, 9, 10)
        assert dialog.contact_box.value() == 14
        dialog.months_box.setValue(9)  # the end follows
        assert dialog.end_edit.date().toPython() == date(2026, 12, 10)
        dialog.places_edit.insert("Bibliotheek De Krook, Gent")
        qtbot.keyClicks(dialog.mentor_box, "Reads the CV; introduces two planners")
        qtbot.keyClicks(dialog.charter_edit, "2026-1")
        for signature in dialog.signatures:
            signature.box.setChecked(True)
            signature.edit.setDate(qdate(date(2026, 3, 17)))
        click(qtbot, dialog.save_button)
        return accepted(dialog)

    dialogs.handlers.append(write)
    click(qtbot, page.agreement.edit_button)
    agreement = programme.cases.read(pair.mentee_id).agreements[0]
    assert agreement.signed and agreement.planned_end_on == date(2026, 12, 10)
    assert agreement.meeting_places == "Bibliotheek De Krook, Gent"
    terms = page.agreement.terms.text()
    assert "9 months, until 10 Dec 2026" in terms
    assert "mentor: 17 Mar 2026 · mentee: 17 Mar 2026 · coach: 17 Mar 2026" in terms
    assert "by Fatoumata Diallo" in terms
    assert "Signed agreement" in [
        page.quality.model.index(row, 1).data() for row in range(page.quality.model.rowCount())
    ]

    def change(dialog: QDialog) -> bool:
        assert isinstance(dialog, AgreementDialog)
        assert dialog.changes.text().startswith("Written on ")
        assert dialog.places_edit.text() == "Bibliotheek De Krook, Gent"
        dialog.end_edit.setDate(qdate(date(2026, 11, 30)))  # set by hand: it stays
        dialog.months_box.setValue(8)
        assert dialog.end_edit.date().toPython() == date(2026, 11, 30)
        press(qtbot, Qt.Key.Key_Return, CTRL)
        return accepted(dialog)

    activate(qtbot, view)
    dialogs.handlers.append(lambda dialog: (activate(qtbot, dialog), change(dialog))[1])
    press(qtbot, Qt.Key.Key_A, CTRL | SHIFT)
    agreement = programme.cases.read(pair.mentee_id).agreements[0]
    assert (agreement.planned_months, agreement.planned_end_on) == (8, date(2026, 11, 30))
    assert "Changed on " in page.agreement.terms.text()


def test_a_refused_agreement_opens_again_with_what_was_typed(
    qtbot: QtBot,
    programme: Programme,
    session: Session,
    context: AppContext,
    dialogs: ScriptedDialogs,
    pair: Duo,
) -> None:
    view = open_view(qtbot, session, context, pair.mentee_id)

    def too_early(dialog: QDialog) -> bool:
        assert isinstance(dialog, AgreementDialog)
        dialog.start_edit.setDate(qdate(date(2026, 2, 1)))  # before the proposal
        dialog.places_edit.insert("Café Ὀδυσσεύς")
        click(qtbot, dialog.save_button)
        return accepted(dialog)

    def corrected(dialog: QDialog) -> bool:
        assert isinstance(dialog, AgreementDialog)
        assert dialog.places_edit.text() == "Café Ὀδυσσεύς"  # nothing typed is lost
        assert dialog.start_edit.date().toPython() == date(2026, 2, 1)
        dialog.start_edit.setDate(qdate(VALIDATED))
        click(qtbot, dialog.save_button)
        return accepted(dialog)

    dialogs.handlers.extend([too_early, corrected])
    click(qtbot, view.duo.agreement.edit_button)
    assert dialogs.messages("error") == [
        "The agreement cannot start before the match was proposed."
    ]
    agreement = programme.cases.read(pair.mentee_id).agreements[0]
    assert (agreement.start_on, agreement.meeting_places) == (VALIDATED, "Café Ὀδυσσεύς")


def test_the_end_of_an_agreement_follows_its_start_until_set_by_hand(qtbot: QtBot) -> None:
    agreement = Agreement(
        match_id="m", start_on=date(2026, 1, 31), planned_end_on=date(2026, 7, 31)
    )
    dialog = AgreementDialog(None, agreement=agreement, names="Ana and Ola", today=TODAY)
    qtbot.addWidget(dialog)
    dialog.months_box.setValue(1)
    assert dialog.end_edit.date().toPython() == date(2026, 2, 28)  # the month's end
    dialog.end_edit.setDate(qdate(date(2026, 1, 31)))
    click(qtbot, dialog.save_button)
    assert dialog.error.text() == "The planned end must come after the start. Check the dates."
    assert dialog.result() != QDialog.DialogCode.Accepted
    kept = dataclasses.replace(agreement, planned_end_on=date(2026, 8, 15))
    dialog = AgreementDialog(None, agreement=kept, names="Ana and Ola", today=TODAY)
    qtbot.addWidget(dialog)
    dialog.months_box.setValue(7)  # an end agreed by hand stays
    assert dialog.agreement() == dataclasses.replace(kept, planned_months=7)


# --- meetings ------------------------------------------------------------------------------


def test_a_meeting_is_logged_with_ctrl_m_and_the_keyboard_only(
    qtbot: QtBot,
    programme: Programme,
    session: Session,
    context: AppContext,
    dialogs: ScriptedDialogs,
    pair: Duo,
) -> None:
    view = open_view(qtbot, session, context, pair.mentee_id)
    view.notes.editor.setFocus()  # anywhere in the case: Ctrl+M is the fast path

    def summary(dialog: QDialog) -> bool:
        assert isinstance(dialog, MeetingDialog)
        assert view.tabs.currentWidget() is view.duo
        activate(qtbot, dialog)
        press_mnemonic(qtbot, dialog, dialog.place_edit)
        type_text(qtbot, "Library cafe")
        press(qtbot, Qt.Key.Key_Tab)  # who reported
        press(qtbot, Qt.Key.Key_Tab)
        type_text(qtbot, "Tired, but two interviews this week")
        press(qtbot, Qt.Key.Key_Tab)
        type_text(qtbot, "Interview practice")
        for code in ("cv", "interview"):  # a box's letter ticks it (an animated click)
            box = dialog.domain_boxes[code]
            press_mnemonic(qtbot, dialog, box)
            qtbot.waitUntil(box.isChecked)
        press(qtbot, Qt.Key.Key_Return, CTRL)
        return accepted(dialog)

    dialogs.handlers.append(summary)
    press(qtbot, Qt.Key.Key_M, CTRL)
    meeting = programme.cases.read(pair.mentee_id).meetings[0]
    assert (meeting.held_on, meeting.kind, meeting.minutes) == (TODAY, MeetingKind.MEETING, 90)
    assert meeting.place == "Library cafe"
    assert meeting.check_in == "Tired, but two interviews this week"
    assert meeting.topic == "Interview practice"
    assert meeting.domains == ["cv", "interview"]
    page = view.duo
    assert page.meetings.title() == "Meetings and contacts (1)"
    assert page.meetings.model.index(0, 0).data().startswith("20 Jun 2026 · Meeting · 90 min")
    assert "last contact 20 Jun 2026 (0 days ago)" in page.summary.text()


def test_a_meeting_is_corrected_then_removed(
    qtbot: QtBot,
    programme: Programme,
    session: Session,
    context: AppContext,
    dialogs: ScriptedDialogs,
    pair: Duo,
    coach: StaffMember,
) -> None:
    for day, topic in ((date(2026, 5, 4), "CV"), (date(2026, 6, 1), "LinkedIn profile")):
        workflow.log_meeting(
            programme,
            pair.mentee_id,
            Meeting(match_id=pair.match_id, held_on=day, topic=topic),
            author=coach.id,
            today=TODAY,
        )
    view = open_view(qtbot, session, context, pair.mentee_id)
    view.show_duo()
    meetings = view.duo.meetings
    assert meetings.model.index(0, 0).data().endswith("LinkedIn profile")  # newest first
    stored = programme.cases.read(pair.mentee_id).meetings[1]

    def correct(dialog: QDialog) -> bool:
        assert isinstance(dialog, MeetingDialog)
        assert dialog.meeting().id == stored.id
        dialog.minutes_box.setValue(60)
        click(qtbot, dialog.save_button)
        return accepted(dialog)

    dialogs.handlers.append(correct)
    meetings.table.setFocus()
    qtbot.keyClick(meetings.table, Qt.Key.Key_Return)
    case = programme.cases.read(pair.mentee_id)
    assert [(m.topic, m.minutes) for m in case.meetings] == [("CV", None), ("LinkedIn profile", 60)]

    dialogs.confirmations.append(True)
    meetings.table.setFocus()
    qtbot.keyClick(meetings.table, Qt.Key.Key_Delete)  # as Remove… does
    assert "Remove the meeting of 1 Jun 2026" in dialogs.messages("confirm")[0]
    assert [m.topic for m in programme.cases.read(pair.mentee_id).meetings] == ["CV"]
    assert meetings.title() == "Meetings and contacts (1)"


# --- the coach's follow-up -----------------------------------------------------------------


def test_an_interim_call_flags_a_concern_until_a_later_call_closes_it(
    qtbot: QtBot,
    programme: Programme,
    session: Session,
    context: AppContext,
    dialogs: ScriptedDialogs,
    pair: Duo,
) -> None:
    view = open_view(qtbot, session, context, pair.mentee_id, today=date(2026, 4, 14))
    page = view.duo
    assert page.follow_ups.due.text() == "The interim call with both was due on 10 Apr 2026."

    def interim(dialog: QDialog) -> bool:
        assert isinstance(dialog, FollowUpDialog)
        assert dialog.kinds[FollowUpKind.INTERIM].isChecked()  # due: preselected
        dialog.channel_combo.set_code("phone")
        qtbot.keyClicks(dialog.how_box, "They met twice; the mentor cancelled once")
        dialog.concern_box.setChecked(True)
        click(qtbot, dialog.save_button)
        assert dialog.error.text().startswith("A concern needs a next action")
        qtbot.keyClicks(dialog.action_edit, "Call the mentor about the cancelled meeting")
        dialog.action_day_box.setChecked(True)
        dialog.action_day_edit.setDate(qdate(date(2026, 4, 21)))
        click(qtbot, dialog.save_button)
        return accepted(dialog)

    dialogs.handlers.append(interim)
    click(qtbot, page.follow_ups.add_button)
    assert page.concern.isVisibleTo(view)
    assert page.concern.text() == (
        "Open concern since 14 Apr 2026: Call the mentor about the cancelled meeting — by "
        "21 Apr 2026"
    )
    assert not page.follow_ups.due.isVisibleTo(view)  # the interim call was held
    line = page.follow_ups.model.index(0, 0)
    assert line.data().startswith("14 Apr 2026 · Interim call (after one month) · with: Both")
    assert line.data(Qt.ItemDataRole.FontRole).bold()

    def check_in(dialog: QDialog) -> bool:
        assert isinstance(dialog, FollowUpDialog)
        assert dialog.kinds[FollowUpKind.CHECK_IN].isChecked()
        qtbot.keyClicks(dialog.how_box, "Sorted out: they meet on Tuesdays now")
        click(qtbot, dialog.save_button)
        return accepted(dialog)

    dialogs.handlers.append(check_in)
    click(qtbot, page.follow_ups.add_button)
    assert not page.concern.isVisibleTo(view)
    kinds = [f.kind for f in programme.cases.read(pair.mentee_id).follow_ups]
    assert kinds == [FollowUpKind.INTERIM, FollowUpKind.CHECK_IN]


# --- ending, reopening, outcomes, evaluations -----------------------------------------------


def test_a_duo_ended_early_shows_why_and_runs_again_once_reopened(
    qtbot: QtBot,
    programme: Programme,
    session: Session,
    context: AppContext,
    dialogs: ScriptedDialogs,
    pair: Duo,
) -> None:
    view = open_view(qtbot, session, context, pair.mentee_id)
    page = view.duo
    assert "— running" in page.summary.text()
    assert not page.outcomes.isVisibleTo(view)

    def end_early(dialog: QDialog) -> bool:
        assert isinstance(dialog, EndDialog)
        assert dialog.early.isChecked()  # before the planned end of 10 Sep
        click(qtbot, dialog.save_button)
        assert dialog.error.text().startswith("Choose why the duo ended early")
        dialog.reason_combo.set_code("found-job")
        dialog.final_box.setChecked(True)
        click(qtbot, dialog.save_button)
        return accepted(dialog)

    dialogs.handlers.append(end_early)
    click(qtbot, page.ending.end_button)
    assert "— ended on 20 Jun 2026 (early: The mentee found a job)" in page.summary.text()
    assert "Final meeting on 20 Jun 2026" in page.ending.details.text()
    assert page.ending.reopen_button.isVisibleTo(view)
    assert not page.ending.end_button.isVisibleTo(view)
    assert page.outcomes.isVisibleTo(view)
    assert programme.cases.read(pair.mentee_id).matches[0].state is MatchState.ENDED

    def reopen(dialog: QDialog) -> bool:
        assert isinstance(dialog, ReopenDialog)
        qtbot.keyClicks(dialog.reason_box, "The job offer was withdrawn")
        click(qtbot, dialog.save_button)
        return accepted(dialog)

    dialogs.handlers.append(reopen)
    click(qtbot, page.ending.reopen_button)
    assert "— running" in page.summary.text()
    assert "— reopened on 20 Jun 2026" in page.ending.details.text()
    assert "Reopened because: The job offer was withdrawn" in page.ending.details.text()
    case = programme.cases.read(pair.mentee_id)
    assert case.matches[0].state is MatchState.DUO
    assert case.status is not None and case.status.status is Status.IN_DUO


def test_the_outcome_at_three_months_is_recorded(
    qtbot: QtBot,
    programme: Programme,
    session: Session,
    context: AppContext,
    dialogs: ScriptedDialogs,
    pair: Duo,
    coach: StaffMember,
) -> None:
    end_duo(programme, pair, coach, date(2026, 6, 15))
    view = open_view(qtbot, session, context, pair.mentee_id, today=date(2026, 9, 20))
    outcomes = view.duo.outcomes
    assert outcomes.model.index(0, 1).data() == "due on 15 Sep 2026"
    assert outcomes.table.currentIndex().row() == 0  # due now

    def employed(dialog: QDialog) -> bool:
        assert isinstance(dialog, OutcomeDialog)
        assert dialog.months() == 3
        dialog.situations[Situation.EMPLOYED].setChecked(True)
        dialog.contract_combo.setCurrentIndex(dialog.contract_combo.findData(Contract.PERMANENT))
        click(qtbot, dialog.save_button)
        return accepted(dialog)

    dialogs.handlers.append(employed)
    click(qtbot, outcomes.record_button)
    outcome = programme.cases.read(pair.mentee_id).outcomes[0]
    assert (outcome.months_after, outcome.situation) == (3, Situation.EMPLOYED)
    assert outcomes.model.index(0, 1).data().startswith("3 months: Employed, permanent contract")
    assert outcomes.model.index(1, 1).data() == "due on 15 Dec 2026"


def test_a_final_evaluation_is_filled_in_and_marked_done(
    qtbot: QtBot,
    programme: Programme,
    session: Session,
    context: AppContext,
    dialogs: ScriptedDialogs,
    pair: Duo,
    coach: StaffMember,
) -> None:
    end_duo(programme, pair, coach, date(2026, 9, 10))
    view = open_view(qtbot, session, context, pair.mentee_id, today=date(2026, 9, 20))
    evaluations = view.duo.evaluations
    row = evaluations.table.currentIndex().row()
    assert evaluations.model.item(row) == (EvaluationKind.FINAL, Respondent.MENTEE)
    assert evaluations.open_button.text() == "Fill in the ans&wers…"

    def fill(dialog: QDialog) -> bool:
        assert isinstance(dialog, EvaluationDialog)
        activate(qtbot, dialog)
        press(qtbot, Qt.Key.Key_Right)  # the first scale, at its second point…
        press(qtbot, Qt.Key.Key_Right)
        press(qtbot, Qt.Key.Key_Space)  # …chosen: 3 of 5
        press(qtbot, Qt.Key.Key_Return, CTRL)
        return accepted(dialog)

    dialogs.handlers.append(fill)
    click(qtbot, evaluations.open_button)
    evaluation = programme.cases.read(pair.mentee_id).evaluations[0]
    assert (evaluation.kind, evaluation.respondent) == (EvaluationKind.FINAL, Respondent.MENTEE)
    assert list(evaluation.answers.values()) == [3]
    final_mentee = [
        evaluations.model.index(r, 1).data()
        for r in range(evaluations.model.rowCount())
        if evaluations.model.item(r) == (EvaluationKind.FINAL, Respondent.MENTEE)
    ]
    assert final_mentee == ["done on 20 Sep 2026"]
    # The next one missing is chosen: the mentor's.
    row = evaluations.table.currentIndex().row()
    assert evaluations.model.item(row) == (EvaluationKind.FINAL, Respondent.MENTOR)
    evaluations.table.select_row(row - 1)
    assert evaluations.open_button.text() == "Open the ans&wers…"


def test_an_ended_duos_ending_is_changed_to_add_the_final_meeting(
    qtbot: QtBot,
    programme: Programme,
    session: Session,
    context: AppContext,
    dialogs: ScriptedDialogs,
    pair: Duo,
    coach: StaffMember,
) -> None:
    end_duo(programme, pair, coach, date(2026, 6, 15))
    view = open_view(qtbot, session, context, pair.mentee_id)
    ending = view.duo.ending
    assert "No final meeting recorded." in ending.details.text()
    assert ending.correct_button.isVisibleTo(view)
    assert not ending.end_button.isVisibleTo(view)

    def add_final_meeting(dialog: QDialog) -> bool:
        assert isinstance(dialog, EndDialog)
        assert dialog.windowTitle().startswith("Change the ending — ")
        assert not dialog.wait_box.isVisibleTo(dialog)  # decided when the duo ended
        assert not dialog.day_edit.isEnabled()  # the end day stays
        assert dialog.planned.isChecked()
        dialog.final_box.setChecked(True)
        dialog.final_edit.setDate(qdate(date(2026, 6, 12)))
        qtbot.keyClicks(dialog.to_mentee_box, "Keep calling the planners every Monday")
        click(qtbot, dialog.save_button)
        return accepted(dialog)

    dialogs.handlers.append(add_final_meeting)
    click(qtbot, ending.correct_button)
    case = programme.cases.read(pair.mentee_id)
    assert len(case.endings) == 1  # corrected, not added
    stored = case.endings[0]
    assert (stored.ended_on, stored.final_meeting_on) == (date(2026, 6, 15), date(2026, 6, 12))
    assert stored.feedback_to_mentee == "Keep calling the planners every Monday"
    assert "Final meeting on 12 Jun 2026" in ending.details.text()
    assert "Keep calling the planners every Monday" in ending.details.text()
    assert case.status is not None and case.status.status is Status.ENDED


def test_no_meeting_is_logged_or_changed_on_an_ended_duo(
    qtbot: QtBot,
    programme: Programme,
    session: Session,
    context: AppContext,
    pair: Duo,
    coach: StaffMember,
) -> None:
    workflow.log_meeting(
        programme,
        pair.mentee_id,
        Meeting(match_id=pair.match_id, held_on=date(2026, 6, 2), topic="Mock interview"),
        author=coach.id,
        today=TODAY,
    )
    end_duo(programme, pair, coach, date(2026, 6, 15))
    view = open_view(qtbot, session, context, pair.mentee_id)
    meetings = view.duo.meetings
    for button in (meetings.log_button, meetings.edit_button, meetings.remove_button):
        assert not button.isEnabled()
        assert button.toolTip().startswith("The duo has ended")
    # The keys do nothing either: the script has no dialog nor confirmation to answer.
    view.notes.editor.setFocus()
    press(qtbot, Qt.Key.Key_M, CTRL)
    assert view.tabs.currentWidget() is view.duo
    meetings.table.setFocus()
    qtbot.keyClick(meetings.table, Qt.Key.Key_Return)
    qtbot.keyClick(meetings.table, Qt.Key.Key_Delete)
    assert len(programme.cases.read(pair.mentee_id).meetings) == 1
    # What comes after an end still works.
    assert view.duo.ending.reopen_button.isEnabled()
    assert view.duo.evaluations.open_button.isEnabled()
    assert view.duo.outcomes.record_button.isEnabled()
