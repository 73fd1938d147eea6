"""The waiting list: the longest wait first, overdue waits marked, always up to date."""

from __future__ import annotations

import dataclasses

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush
from pytestqt.qtbot import QtBot

from desktop.context import AppContext
from desktop.models.waiting_list import WaitingColumn, WaitingTableModel
from desktop.screens.waiting_list import WaitingListScreen
from desktop.session import Session
from storage.records import Role, StaffMember, Status
from tests.gui.test_participants import TODAY, add_participant


@pytest.fixture
def people(session: Session, coach: StaffMember) -> dict[str, str]:
    """Waiting mentees and mentors, and some who are not waiting, by given name → id."""
    programme = session.programme
    ids = {
        "Thandiwe": add_participant(programme, "Thandiwe", "Nkosi", days_ago=80, coach=coach.id),
        "Kaveh": add_participant(programme, "Kaveh", "Rahimi", days_ago=28),
        "Mariam": add_participant(programme, "Mariam", "Haddad", days_ago=27),
        "Lucía": add_participant(programme, "Lucía", "Fernández", days_ago=2),
        "Tomasz": add_participant(programme, "Tomasz", "Wiśniewski", days_ago=-3),  # typo
        "Goedele": add_participant(
            programme, "Goedele", "Claes", role=Role.MENTOR, days_ago=40, sectors=["F"]
        ),
        "Wim": add_participant(programme, "Wim", "Janssens", role=Role.MENTOR, days_ago=5),
        "Ayşe": add_participant(programme, "Ayşe", "Demir", status=Status.IN_DUO, days_ago=90),
        "Pieter": add_participant(
            programme, "Pieter", "De Smet", role=Role.MENTOR, status=Status.MATCHING
        ),
    }
    session.refresh_index()
    return ids


@pytest.fixture
def screen(
    qtbot: QtBot, session: Session, context: AppContext, people: dict[str, str]
) -> WaitingListScreen:
    """The waiting list, shown."""
    widget = WaitingListScreen(session, context, today=lambda: TODAY)
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def column(model: WaitingTableModel, which: WaitingColumn) -> list[str]:
    """The texts of one column, top to bottom."""
    return [model.index(row, which).data() for row in range(model.rowCount())]


def test_the_longest_wait_comes_first(screen: WaitingListScreen) -> None:
    assert column(screen.mentees, WaitingColumn.NAME) == [
        "Thandiwe Nkosi",
        "Kaveh Rahimi",
        "Mariam Haddad",
        "Lucía Fernández",
        "Tomasz Wiśniewski",
    ]
    assert column(screen.mentors, WaitingColumn.NAME) == ["Goedele Claes", "Wim Janssens"]
    assert column(screen.mentees, WaitingColumn.WAITING_SINCE)[0] == "13 Jun 2026"


def test_waits_past_the_threshold_are_marked_in_words_and_style(screen: WaitingListScreen) -> None:
    waits = column(screen.mentees, WaitingColumn.WAIT)
    assert waits == [
        "11 weeks — waiting too long",
        "4 weeks — waiting too long",  # exactly the threshold: reached
        "3 weeks",
        "2 days",
        "today",  # a date in the future never gives a negative wait
    ]
    model = screen.mentees
    overdue, waiting = model.index(0, WaitingColumn.NAME), model.index(2, WaitingColumn.NAME)
    assert overdue.data(Qt.ItemDataRole.FontRole).bold()
    assert isinstance(overdue.data(Qt.ItemDataRole.BackgroundRole), QBrush)
    assert "waiting too long" in model.index(0, WaitingColumn.WAIT).data(
        Qt.ItemDataRole.AccessibleTextRole
    )
    assert "4 weeks or longer" in overdue.data(Qt.ItemDataRole.ToolTipRole)
    assert waiting.data(Qt.ItemDataRole.FontRole) is None
    assert waiting.data(Qt.ItemDataRole.BackgroundRole) is None
    assert screen.mentee_title.text() == (
        "M&entees waiting for a mentor: 5 (2 waiting 4 weeks or longer)"
    )
    assert screen.mentor_title.text() == (
        "Mentors &available for a mentee: 2 (1 waiting 4 weeks or longer)"
    )


def test_a_new_threshold_applies_as_soon_as_the_settings_change(
    screen: WaitingListScreen, session: Session
) -> None:
    programme = session.programme
    programme.save_profile(
        dataclasses.replace(programme.profile(), waiting_threshold_days=21), author=session.user_id
    )
    session.settings_changed.emit()
    assert [screen.mentees.is_overdue(row) for row in range(5)] == [True, True, True, False, False]
    assert "3 weeks or longer" in screen.explanation.text()
    programme.save_profile(
        dataclasses.replace(programme.profile(), waiting_threshold_days=0), author=session.user_id
    )
    session.settings_changed.emit()
    assert screen.mentees.overdue_count() == 0
    assert "No waiting threshold" in screen.explanation.text()


def test_enter_opens_the_case_of_the_selected_row(
    qtbot: QtBot, screen: WaitingListScreen, people: dict[str, str]
) -> None:
    screen.activateWindow()
    screen.mentee_table.setFocus()
    screen.mentee_table.select_row(0)
    qtbot.keyClick(screen.mentee_table, Qt.Key.Key_Down)
    with qtbot.waitSignal(screen.open_case) as opened:
        qtbot.keyClick(screen.mentee_table, Qt.Key.Key_Return)
    assert opened.args == [people["Kaveh"]]
    qtbot.keyClick(screen.mentee_table, Qt.Key.Key_Tab)
    assert screen.mentor_table.hasFocus()
    with qtbot.waitSignal(screen.open_case) as opened:
        qtbot.keyClick(screen.mentor_table, Qt.Key.Key_Return)
    assert opened.args == [people["Goedele"]]


def test_a_match_proposed_leaves_the_list_at_once(
    screen: WaitingListScreen, session: Session, people: dict[str, str]
) -> None:
    screen.mentee_table.select_row(1)  # Kaveh
    with session.programme.cases.edit(people["Thandiwe"], author=session.user_id) as case:
        case.set_status(Status.MATCHING, TODAY)
    session.notify_case_saved(people["Thandiwe"])
    assert "Thandiwe Nkosi" not in column(screen.mentees, WaitingColumn.NAME)
    assert screen.mentee_table.currentIndex().row() == 0  # Kaveh, still selected
    assert screen.mentees.case_id(0) == people["Kaveh"]


def test_an_empty_waiting_list(qtbot: QtBot, session: Session, context: AppContext) -> None:
    widget = WaitingListScreen(session, context, today=lambda: TODAY)
    qtbot.addWidget(widget)
    widget.show()
    assert widget.mentees.rowCount() == 0
    assert widget.mentee_title.text() == "M&entees waiting for a mentor: 0"


def test_the_models_are_well_behaved_item_models(qtmodeltester, screen: WaitingListScreen) -> None:  # type: ignore[no-untyped-def]
    qtmodeltester.check(screen.mentees, force_py=True)
    qtmodeltester.check(screen.mentors, force_py=True)
