"""The Match page of a case view: a proposed pair walked to a validated duo through the real
buttons and dialogs, a decline with its reason, and a mentor's places."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDateEdit, QDialog
from pytestqt.qtbot import QtBot

from desktop.context import AppContext
from desktop.rules.match_steps import DeclinedBy
from desktop.screens.case_pages import qdate
from desktop.screens.case_view import CaseView
from desktop.screens.match_step_dialog import (
    AnswerDialog,
    DeclineDialog,
    FirstMeetingDialog,
    ValidationDialog,
)
from desktop.session import Session
from desktop.workflows.matching import plan_first_meeting, propose_match, record_answer
from storage.programme import Programme
from storage.records import Answer, MatchState, Role, Status, StatusChange
from tests.gui.fakes import ScriptedDialogs
from tests.helpers import fictional_participant

TODAY = date(2026, 5, 20)


@pytest.fixture
def pair(programme: Programme, session: Session) -> tuple[str, str]:
    """A mentee proposed to a mentor with two places, on 10 May."""
    mentee = programme.cases.create(
        fictional_participant("Thandiwe", "Mokoena"),
        author=session.user_id,
        records=[StatusChange(status=Status.ACCEPTED, since=date(2026, 4, 1))],
    )
    mentor = programme.cases.create(
        fictional_participant("Giedrė", "Kazlauskienė", role=Role.MENTOR, capacity=2),
        author=session.user_id,
        records=[StatusChange(status=Status.ACCEPTED, since=date(2026, 1, 10))],
    )
    propose_match(
        programme,
        mentee,
        mentor,
        proposed_on=date(2026, 5, 10),
        score=72.4,
        author=session.user_id,
    )
    session.refresh_index()
    return mentee, mentor


def open_view(qtbot: QtBot, session: Session, context: AppContext, case_id: str) -> CaseView:
    view = CaseView(session, context, case_id, today=lambda: TODAY)
    qtbot.addWidget(view)
    view.resize(1100, 700)
    view.show()
    view.tabs.setCurrentWidget(view.match)
    return view


def click(qtbot: QtBot, button: object) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_a_proposed_pair_becomes_a_duo_step_by_step(
    qtbot: QtBot,
    programme: Programme,
    session: Session,
    context: AppContext,
    dialogs: ScriptedDialogs,
    pair: tuple[str, str],
) -> None:
    mentee, _ = pair
    view = open_view(qtbot, session, context, mentee)
    page = view.match
    assert "Proposed: ask the mentor" in page.summary.text()
    assert "Giedrė Kazlauskienė" in page.summary.text()
    assert page.next_button.text() == "Record the mentor's &answer…"

    def say_yes(dialog: QDialog) -> bool:
        assert isinstance(dialog, AnswerDialog)
        assert dialog.yes.isChecked()  # yes is the usual answer
        click(qtbot, dialog.save_button)
        return dialog.result() == QDialog.DialogCode.Accepted

    dialogs.handlers.extend([say_yes, say_yes])
    click(qtbot, page.next_button)
    assert "Mentor said yes: ask the mentee" in page.summary.text()
    click(qtbot, page.next_button)
    assert "Both said yes" in page.summary.text()

    def plan(dialog: QDialog) -> bool:
        assert isinstance(dialog, FirstMeetingDialog)
        click(qtbot, dialog.save_button)
        assert dialog.error.text().startswith("Say where they meet")  # a place is needed
        dialog.place_edit.insert("Café of the Krook library")  # keyClicks types ASCII only
        dialog.coach_box.setChecked(False)
        click(qtbot, dialog.save_button)
        return dialog.result() == QDialog.DialogCode.Accepted

    dialogs.handlers.append(plan)
    click(qtbot, page.next_button)
    assert "First meeting planned" in page.summary.text()
    assert "at Café of the Krook library, without the coach" in page.steps.toPlainText()

    def validate(dialog: QDialog) -> bool:
        assert isinstance(dialog, ValidationDialog)
        dialog.mentor_box.setChecked(True)
        click(qtbot, dialog.save_button)
        assert "when both have confirmed" in dialog.error.text()
        dialog.mentee_box.setChecked(True)
        click(qtbot, dialog.save_button)
        return dialog.result() == QDialog.DialogCode.Accepted

    dialogs.handlers.append(validate)
    click(qtbot, page.next_button)
    assert page.summary.text().startswith("<b>Duo</b>")
    assert page.next_button.isHidden() and page.decline_button.isHidden()
    case = programme.cases.read(mentee)
    assert case.matches[0].state is MatchState.DUO
    assert case.status.status is Status.IN_DUO
    assert "In a duo" in view.header.facts.text()


def test_a_mentee_says_no_and_waits_again(
    qtbot: QtBot,
    programme: Programme,
    session: Session,
    context: AppContext,
    dialogs: ScriptedDialogs,
    pair: tuple[str, str],
) -> None:
    mentee, _ = pair
    view = open_view(qtbot, session, context, mentee)
    page = view.match

    def mentor_yes(dialog: QDialog) -> bool:
        click(qtbot, dialog.save_button)
        return True

    def mentee_no(dialog: QDialog) -> bool:
        assert isinstance(dialog, AnswerDialog)
        dialog.no.setChecked(True)
        click(qtbot, dialog.save_button)
        assert dialog.error.text().startswith("Note why they said no")
        qtbot.keyClicks(dialog.reason_box, "Prefers a mentor who works in Brussels")
        click(qtbot, dialog.save_button)
        return dialog.result() == QDialog.DialogCode.Accepted

    dialogs.handlers.extend([mentor_yes, mentee_no])
    click(qtbot, page.next_button)
    click(qtbot, page.next_button)
    assert page.summary.text() == "Waiting for a match: find a mentor to propose."
    assert page.find_button.isVisibleTo(view)
    assert "Mentee answered on 20 May 2026: no: Prefers a mentor who works in Brussels" in (
        page.steps.toPlainText()
    )
    case = programme.cases.read(mentee)
    assert case.matches[0].state is MatchState.DECLINED
    assert case.status.status is Status.ACCEPTED


def test_the_coach_declines_with_the_reason_kept(
    qtbot: QtBot,
    programme: Programme,
    session: Session,
    context: AppContext,
    dialogs: ScriptedDialogs,
    pair: tuple[str, str],
) -> None:
    mentee, _ = pair
    view = open_view(qtbot, session, context, mentee)

    def decline(dialog: QDialog) -> bool:
        assert isinstance(dialog, DeclineDialog)
        assert dialog.who["coach"].isChecked()
        qtbot.keyClicks(dialog.reason_box, "The mentee found a job in the meantime")
        click(qtbot, dialog.save_button)
        return dialog.result() == QDialog.DialogCode.Accepted

    dialogs.handlers.append(decline)
    click(qtbot, view.match.decline_button)
    match = programme.cases.read(mentee).matches[0]
    assert (match.state, match.declined_by) == (MatchState.DECLINED, "coach")
    assert match.decline_reason == "The mentee found a job in the meantime"
    assert "Declined on 20 May 2026 by the coach" in view.match.steps.toPlainText()


def test_a_mentor_sees_their_mentees_and_free_places(
    qtbot: QtBot, session: Session, context: AppContext, pair: tuple[str, str]
) -> None:
    _, mentor = pair
    view = open_view(qtbot, session, context, mentor)
    assert view.match.summary.text() == "1 of 2 places taken"
    assert "Thandiwe Mokoena: Proposed: ask the mentor" in view.match.steps.toPlainText()
    assert view.match.find_button.text() == "&Find a mentee…"
    assert view.match.find_button.isVisibleTo(view)


def test_review_and_find_are_asked_of_the_main_window(
    qtbot: QtBot, session: Session, context: AppContext, pair: tuple[str, str]
) -> None:
    mentee, mentor = pair
    view = open_view(qtbot, session, context, mentee)
    with qtbot.waitSignal(view.review_requested) as review:
        click(qtbot, view.match.review_button)
    assert review.args == [mentee, mentor]


def test_a_meeting_ahead_waits_for_validation_and_can_be_moved_or_called_off(
    qtbot: QtBot,
    programme: Programme,
    session: Session,
    context: AppContext,
    dialogs: ScriptedDialogs,
    pair: tuple[str, str],
) -> None:
    mentee, _ = pair
    match_id = programme.cases.read(mentee).matches[0].id
    for side in (DeclinedBy.MENTOR, DeclinedBy.MENTEE):
        record_answer(
            programme,
            mentee,
            match_id,
            side,
            Answer.YES,
            on=date(2026, 5, 12),
            reason="",
            author=session.user_id,
            today=TODAY,
        )
    plan_first_meeting(
        programme,
        mentee,
        match_id,
        on=date(2026, 5, 28),
        place="Town hall café",
        coach_present=True,
        author=session.user_id,
    )
    view = open_view(qtbot, session, context, mentee)
    page = view.match
    assert not page.next_button.isEnabled()  # the meeting is still ahead
    assert "The first meeting is on 28 May 2026" in page.summary.text()

    def move(dialog: QDialog) -> bool:
        assert isinstance(dialog, FirstMeetingDialog)
        assert dialog.place() == "Town hall café"  # starts from the plan being changed
        dialog.day_edit.setDate(qdate(date(2026, 5, 18)))
        click(qtbot, dialog.save_button)
        return True

    dialogs.handlers.append(move)
    click(qtbot, page.replan_button)
    assert page.next_button.isEnabled()  # 18 May has passed: the duo can be validated

    def call_off(dialog: QDialog) -> bool:
        qtbot.keyClicks(dialog.reason_box, "The mentee moved to another city")
        click(qtbot, dialog.save_button)
        return dialog.result() == QDialog.DialogCode.Accepted

    dialogs.handlers.append(call_off)
    click(qtbot, page.decline_button)
    assert programme.cases.read(mentee).matches[0].state is MatchState.DECLINED


def test_an_open_mentor_case_follows_the_matches_in_mentee_files(
    qtbot: QtBot,
    programme: Programme,
    session: Session,
    context: AppContext,
    pair: tuple[str, str],
) -> None:
    _, mentor = pair
    view = open_view(qtbot, session, context, mentor)
    assert view.match.summary.text() == "1 of 2 places taken"
    other = programme.cases.create(
        fictional_participant("Oluwaseun", "Adeyemi"),
        author=session.user_id,
        records=[StatusChange(status=Status.ACCEPTED, since=date(2026, 4, 2))],
    )
    session.refresh_index()
    propose_match(programme, other, mentor, proposed_on=TODAY, score=None, author=session.user_id)
    session.notify_case_saved(other)
    assert view.match.summary.text() == "2 of 2 places taken"
    assert view.match.find_button.isHidden()


def test_enter_in_a_step_dialogs_date_saves_it(qtbot: QtBot) -> None:
    dialog = ValidationDialog(
        None, names="Amani and Ingrid", today=date(2026, 3, 20), earliest=date(2026, 3, 2)
    )
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.mentor_box.setChecked(True)
    dialog.mentee_box.setChecked(True)
    date_field = dialog.findChild(QDateEdit)
    date_field.setFocus()
    qtbot.keyClick(date_field, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
