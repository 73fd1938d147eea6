"""The Duo tab with several duos: the chooser, an earlier duo's outcome, Ctrl+M on the
running one; a mentor's list of duos; a mentee without a duo; the row models."""

from __future__ import annotations

import dataclasses
from datetime import date
from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from desktop.context import AppContext
from desktop.screens.case_duo_rows import LinesModel
from desktop.screens.follow_up_dialog import FollowUpDialog
from desktop.screens.meeting_dialog import MeetingDialog
from desktop.screens.outcome_dialog import OutcomeDialog
from desktop.session import Session
from desktop.workflows import duo as workflow
from storage.duo_records import (
    EndedBy,
    Ending,
    EndKind,
    FollowUp,
    FollowUpKind,
    Meeting,
    MeetingKind,
    Situation,
)
from storage.programme import Programme
from storage.records import Match, Role, StaffMember, Status, StatusChange
from tests.duo_helpers import Duo
from tests.gui.duo_view import (
    ALT,
    CTRL,
    TODAY,
    VALIDATED,
    accepted,
    click,
    make_pair,
    open_view,
    press,
)
from tests.gui.fakes import ScriptedDialogs
from tests.helpers import fictional_participant

if TYPE_CHECKING:  # pytest-qt's model tester only imports once its plugin set Qt up
    from pytestqt.modeltest import ModelTester


@pytest.fixture
def pair(programme: Programme, coach: StaffMember) -> Duo:
    """A duo validated on 10 March (first meeting that day, with the coach)."""
    return make_pair(programme, coach)


def second_duo(programme: Programme, session: Session, pair: Duo, coach: StaffMember) -> str:
    """End the pair's duo early on 4 May (the mentee waits again) and validate a new duo
    with another mentor on 25 May; the new match's id."""
    workflow.end_duo(
        programme,
        pair.mentee_id,
        Ending(
            match_id=pair.match_id,
            ended_on=date(2026, 5, 4),
            kind=EndKind.EARLY,
            ended_by=EndedBy.MENTOR,
            reason="mentor-unavailable",
        ),
        wait_again=True,
        author=coach.id,
        today=date(2026, 5, 4),
    )
    mentor = programme.cases.create(
        fictional_participant("Aiyana", "Redcloud", role=Role.MENTOR),
        author=coach.id,
        records=[StatusChange(status=Status.ACCEPTED, since=date(2026, 1, 5))],
    )
    match = Match(
        mentor_id=mentor,
        proposed_on=date(2026, 5, 11),
        first_meeting_on=date(2026, 5, 25),
        coach_present=False,
        validated_on=date(2026, 5, 25),
    )
    with programme.cases.edit(pair.mentee_id, author=coach.id) as edit:
        edit.add(match)
        edit.set_status(Status.IN_DUO, date(2026, 5, 25))
    session.refresh_index()
    return match.id


def test_a_second_duo_is_shown_first_and_the_earlier_one_can_be_chosen(
    qtbot: QtBot,
    programme: Programme,
    session: Session,
    context: AppContext,
    pair: Duo,
    coach: StaffMember,
) -> None:
    second_duo(programme, session, pair, coach)
    view = open_view(qtbot, session, context, pair.mentee_id)
    page = view.duo
    assert "Thảo Nguyễn-Peeters and Aiyana Redcloud — running" in page.summary.text()
    assert page.choice_row.isVisibleTo(view)
    assert [page.chooser.itemText(row) for row in range(page.chooser.count())] == [
        "Duo with Aiyana Redcloud (since 25 May 2026)",
        "Duo with Bogdan Kowalczyk (10 Mar 2026 – ended 4 May 2026)",
    ]
    assert page.chooser.currentIndex() == 0
    marks = {
        page.quality.model.index(row, 1).data(): page.quality.model.index(row, 0).data()
        for row in range(page.quality.model.rowCount())
    }
    assert marks["Coach at the first meeting"] == "✗"
    assert marks["Validation by both"] == "✓"
    assert marks["At least 6 months"] == "…"

    assert page.chooser_label.text() == "Pic&k a duo:"
    press(qtbot, Qt.Key.Key_K, ALT)
    assert QApplication.focusWidget() is page.chooser
    press(qtbot, Qt.Key.Key_Down)
    summary = page.summary.text()
    assert "Thảo Nguyễn-Peeters and Bogdan Kowalczyk — ended on 4 May 2026 (early: " in summary
    assert "Early end on 4 May 2026, decided by the mentor" in page.ending.details.text()
    assert page.ending.reopen_button.isVisibleTo(view)
    assert page.outcomes.isVisibleTo(view)


def test_an_earlier_duos_outcome_is_recorded_through_the_chooser(
    qtbot: QtBot,
    programme: Programme,
    session: Session,
    context: AppContext,
    dialogs: ScriptedDialogs,
    pair: Duo,
    coach: StaffMember,
) -> None:
    second_duo(programme, session, pair, coach)
    view = open_view(qtbot, session, context, pair.mentee_id, today=date(2026, 8, 10))
    page = view.duo
    assert not page.outcomes.isVisibleTo(view)  # the running duo has none yet
    page.chooser.setFocus()
    press(qtbot, Qt.Key.Key_Down)
    outcomes = page.outcomes
    assert outcomes.model.index(0, 1).data() == "due on 4 Aug 2026"

    def in_training(dialog: QDialog) -> bool:
        assert isinstance(dialog, OutcomeDialog)
        assert dialog.months() == 3
        dialog.situations[Situation.TRAINING].setChecked(True)
        click(qtbot, dialog.save_button)
        return accepted(dialog)

    dialogs.handlers.append(in_training)
    click(qtbot, outcomes.record_button)
    outcome = programme.cases.read(pair.mentee_id).outcomes[0]
    assert (outcome.match_id, outcome.months_after) == (pair.match_id, 3)
    assert outcome.situation is Situation.TRAINING
    # Saved and read again: the page stays on the duo chosen.
    assert page.chooser.currentIndex() == 1
    assert outcomes.model.index(0, 1).data().startswith("3 months: ")
    assert "Bogdan Kowalczyk — ended on 4 May 2026" in page.summary.text()


def test_ctrl_m_on_an_earlier_duo_logs_the_meeting_for_the_running_one(
    qtbot: QtBot,
    programme: Programme,
    session: Session,
    context: AppContext,
    dialogs: ScriptedDialogs,
    pair: Duo,
    coach: StaffMember,
) -> None:
    running = second_duo(programme, session, pair, coach)
    view = open_view(qtbot, session, context, pair.mentee_id)
    view.duo.show_match(pair.match_id)
    assert not view.duo.meetings.log_button.isEnabled()

    def log(dialog: QDialog) -> bool:
        assert isinstance(dialog, MeetingDialog)
        assert dialog.meeting().match_id == running
        click(qtbot, dialog.save_button)
        return accepted(dialog)

    dialogs.handlers.append(log)
    view.notes.editor.setFocus()
    press(qtbot, Qt.Key.Key_M, CTRL)
    assert [m.match_id for m in programme.cases.read(pair.mentee_id).meetings] == [running]
    assert view.duo.chooser.currentIndex() == 0
    assert view.duo.meetings.title() == "Meetings and contacts (1)"


# --- a mentor, and a mentee without a duo ----------------------------------------------------


def test_a_mentors_case_lists_the_duo_and_opens_the_mentee(
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
        Meeting(match_id=pair.match_id, held_on=date(2026, 6, 2), kind=MeetingKind.CONTACT),
        author=coach.id,
        today=TODAY,
    )
    session.refresh_index()
    view = open_view(qtbot, session, context, pair.mentor_id)
    assert view.tabs.tabText(view.tabs.indexOf(view.duo)) == "D&uos"
    duos = view.duo.mentor_duos
    assert duos.summary.text() == "1 duo, 1 running. Enter opens the mentee's case."
    row = [duos.model.index(0, column).data() for column in range(3)]
    assert row == ["Thảo Nguyễn-Peeters", "running since 10 Mar 2026", "2 Jun 2026"]
    view.show_duo()
    duos.table.setFocus()
    with qtbot.waitSignal(view.open_case_requested) as opened:
        qtbot.keyClick(duos.table, Qt.Key.Key_Return)
    assert opened.args == [pair.mentee_id]


def test_a_mentee_without_a_duo_is_told_where_a_duo_starts(
    qtbot: QtBot,
    programme: Programme,
    session: Session,
    context: AppContext,
    pair: Duo,
    coach: StaffMember,
) -> None:
    case = programme.cases.read(pair.mentee_id)
    with programme.cases.edit(pair.mentee_id, author=coach.id) as edit:
        edit.update(dataclasses.replace(case.matches[0], validated_on=None))
    view = open_view(qtbot, session, context, pair.mentee_id)
    view.notes.editor.setFocus()
    press(qtbot, Qt.Key.Key_M, CTRL)  # shows the tab; no dialog (the script has none)
    assert view.tabs.currentWidget() is view.duo
    assert view.duo.empty.text().startswith("No duo yet.")


def test_the_lines_model_is_a_sound_item_model(qtmodeltester: ModelTester) -> None:
    model: LinesModel[str] = LinesModel(["Follow-up", "Outcome"])
    model.set_rows([("a", ("3 months", "due")), ("b", ("6 months", "due"))], marked=[1])
    qtmodeltester.check(model)
    assert model.item(1) == "b" and model.item(2) is None
    assert model.index(1, 0).data(Qt.ItemDataRole.FontRole).bold()


def test_a_follow_up_is_corrected_with_its_id_kept(qtbot: QtBot) -> None:
    stored = FollowUp(
        match_id="m",
        held_on=date(2026, 4, 14),
        kind=FollowUpKind.MEDIATION,
        channel="email",
        concern=True,
        next_action="Meet both at the office",
    )
    dialog = FollowUpDialog(
        None,
        match_id="m",
        names="Ana and Ola",
        today=TODAY,
        earliest=VALIDATED,
        channels=[("phone", "Phone"), ("email", "E-mail")],
        interim_due=True,
        follow_up=stored,
    )
    qtbot.addWidget(dialog)
    assert dialog.kinds[FollowUpKind.MEDIATION].isChecked()  # the stored kind wins
    assert dialog.follow_up() == stored
