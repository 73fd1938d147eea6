"""The application's frame: from the list to a case, locking, the idle lock, drafts."""

from __future__ import annotations

from collections import Counter
from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QApplication, QDialog, QLabel, QTabBar, QWidget
from pytestqt.qtbot import QtBot

from desktop.context import AppContext
from desktop.controller import AppController
from desktop.idle import IdleLock
from desktop.main_window import MainWindow
from desktop.rules.today import TodayKind
from desktop.screens.case_view import CaseView
from desktop.screens.duo_words import mnemonic_letters
from desktop.screens.unlock_dialog import UnlockDialog
from desktop.session import Session
from desktop.workflows.duo import end_duo
from storage.duo_records import Ending, EndKind
from storage.errors import ProgrammeLockedError
from storage.programme import Programme
from storage.records import Match, Role, StaffMember, Status, StatusChange
from tests.duo_helpers import Duo, make_duo
from tests.gui.fakes import ScriptedDialogs
from tests.helpers import PASSPHRASE, fictional_participant


def _answer_unlock(dialog: QDialog) -> bool:
    assert isinstance(dialog, UnlockDialog)
    dialog.secret.setText(PASSPHRASE)
    dialog.unlock_button.click()
    return dialog.result() == QDialog.DialogCode.Accepted


def _window(qtbot: QtBot, context: AppContext, session: Session) -> MainWindow:
    session.refresh_index()
    window = MainWindow(context, session)
    qtbot.addWidget(window)
    with qtbot.waitActive(window):  # shortcuts reach only the active window
        window.show()
        window.activateWindow()
    return window


def test_enter_on_a_listed_participant_opens_their_case(
    qtbot: QtBot, context: AppContext, session: Session, programme: Programme
) -> None:
    case_id = programme.cases.create(
        fictional_participant("Senait", "Gebremedhin"),
        author="",
        records=[StatusChange(status=Status.ACCEPTED, since=date(2026, 10, 5))],
    )
    window = _window(qtbot, context, session)
    window.show_participants()
    QTest.keyClicks(window.participants.search, "senait")
    QTest.keyClick(window.participants.search, Qt.Key.Key_Down)
    QTest.keyClick(window.participants.table, Qt.Key.Key_Return)
    view = window.tabs.currentWidget()
    assert getattr(view, "case_id", None) == case_id
    assert window.tabs.tabText(window.tabs.currentIndex()) == "Senait Gebremedhin"

    window.open_case(case_id)  # opening it again reuses the tab
    assert window.tabs.count() == 5  # participants, waiting list, matching, Today, the case
    QTest.keyClick(window, Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.count() == 4


def test_ctrl_4_opens_today_and_gives_it_the_cursor(
    qtbot: QtBot, context: AppContext, session: Session
) -> None:
    window = _window(qtbot, context, session)
    QTest.keyClick(window, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentWidget() is window.today_tab
    today = window.today_screen()
    # Nothing needs attention in an empty programme: the cursor is on Today's parts.
    qtbot.waitUntil(lambda: today.isAncestorOf(QApplication.focusWidget()))
    assert today.title.text().startswith("Today, ")
    QTest.keyClick(window, Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentWidget() is window.today_tab  # Today stays


def test_closing_an_intake_tab_or_the_window_keeps_what_was_typed(
    qtbot: QtBot, context: AppContext, session: Session, programme: Programme
) -> None:
    window = _window(qtbot, context, session)
    intake = window.start_intake(Role.MENTEE)
    QTest.keyClicks(QApplication.focusWidget(), "Kwabena")
    window.close_tab(window.tabs.indexOf(intake))
    assert [d.kind for d in programme.drafts.all()] == ["intake-mentee"]
    assert "draft" in window.statusBar().currentMessage()

    again = _window(qtbot, context, session)
    assert again.restore_drafts() == 1
    restored = again.tabs.currentWidget()
    assert type(restored).__name__ == "IntakeScreen"
    assert "Kwabena" in restored.title()  # type: ignore[attr-defined]


def test_lock_clears_the_window_and_unlocking_builds_a_new_one(
    qtbot: QtBot, context: AppContext, dialogs: ScriptedDialogs, programme: Programme
) -> None:
    case_id = programme.cases.create(fictional_participant("Nodira", "Karimova"), author="")
    controller = AppController(context)
    dialogs.handlers.append(_answer_unlock)
    assert controller.unlock(programme.folder)
    first = controller.window
    assert first is not None
    assert first.tabs.currentWidget() is first.today_tab  # a coach's day starts there
    # Not given to qtbot: locking deletes it. A new computer's index is filled after the
    # first paint, off the GUI thread.
    qtbot.waitUntil(lambda: first.participants.model.rowCount() == 1)
    assert controller.session is not None
    locked = controller.session.programme

    with qtbot.waitActive(first):
        first.activateWindow()
    dialogs.handlers.append(_answer_unlock)
    with qtbot.waitSignal(first.destroyed):
        QTest.keyClick(first, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert ("run", "UnlockDialog") in dialogs.shown
    with pytest.raises(ProgrammeLockedError):  # the key is gone from the old programme
        locked.cases.read(case_id)
    second = controller.window
    assert second is not None and second is not first
    qtbot.addWidget(second)
    assert second.participants.model.rowCount() == 1  # the index is current: at once
    second.close()


def test_the_idle_lock_fires_only_after_time_without_input(qtbot: QtBot) -> None:
    idle = IdleLock(200)
    with qtbot.assertNotEmitted(idle.idle, wait=100):
        idle.restart()
    with qtbot.waitSignal(idle.idle, timeout=1000):
        pass
    idle.set_timeout_ms(0)  # "never"
    with qtbot.assertNotEmitted(idle.idle, wait=300):
        idle.restart()


def test_the_controller_locks_when_idle(
    qtbot: QtBot, context: AppContext, dialogs: ScriptedDialogs, programme: Programme
) -> None:
    controller = AppController(context)
    dialogs.handlers.append(_answer_unlock)
    assert controller.unlock(programme.folder)
    first = controller.window
    assert first is not None
    dialogs.handlers.append(lambda dialog: False)  # nobody there to unlock again
    with qtbot.waitSignal(first.destroyed, timeout=2000):
        controller.idle_lock.set_timeout_ms(50)
    assert controller.window is None
    assert controller.session is None


# --- duos: Today to the duo an item is about, and the letters of the Duo tab ----------------


def _two_duos(programme: Programme, coach: StaffMember) -> tuple[Duo, str]:
    """A mentee whose first duo ended four months ago (its outcome at three months is due)
    and whose second duo runs; the first duo and the second match's id. Dated from the
    real clock: the main window's screens read it."""
    today = date.today()
    first = make_duo(
        programme,
        mentee=("Yerlan", "Abenov"),
        mentor=("Chiamaka", "Eze"),
        validated_on=today - timedelta(days=250),
        coach=coach.id,
    )
    ended_on = today - timedelta(days=120)
    end_duo(
        programme,
        first.mentee_id,
        Ending(match_id=first.match_id, ended_on=ended_on, kind=EndKind.PLANNED),
        wait_again=True,
        author=coach.id,
        today=ended_on,
    )
    mentor = programme.cases.create(
        fictional_participant("Soo-ah", "Baek", role=Role.MENTOR),
        author=coach.id,
        records=[StatusChange(status=Status.ACCEPTED, since=ended_on)],
    )
    second = Match(
        mentor_id=mentor,
        proposed_on=today - timedelta(days=110),
        first_meeting_on=today - timedelta(days=100),
        coach_present=True,
        validated_on=today - timedelta(days=100),
    )
    with programme.cases.edit(first.mentee_id, author=coach.id) as edit:
        edit.add(second)
        edit.set_status(Status.IN_DUO, today - timedelta(days=100))
    return first, second.id


def test_enter_on_todays_item_of_an_earlier_duo_opens_that_duo(
    qtbot: QtBot,
    context: AppContext,
    session: Session,
    programme: Programme,
    coach: StaffMember,
) -> None:
    first, _second = _two_duos(programme, coach)
    window = _window(qtbot, context, session)
    today = window.show_today()
    model = today.model
    (row,) = [
        n
        for n in range(model.rowCount())
        if (item := model.item(n)) is not None
        and (item.kind, item.match_id) == (TodayKind.OUTCOME_DUE, first.match_id)
    ]
    today.table.select_row(row)
    QTest.keyClick(today.table, Qt.Key.Key_Return)
    view = window.tabs.currentWidget()
    assert isinstance(view, CaseView) and view.case_id == first.mentee_id
    assert view.tabs.currentWidget() is view.duo
    assert view.duo.chooser.currentData() == first.match_id
    assert "Yerlan Abenov and Chiamaka Eze — ended on" in view.duo.summary.text()
    assert view.duo.outcomes.isVisibleTo(view)


def _clashes(window: MainWindow) -> list[str]:
    """The Alt+letters given to more than one thing the window shows (menu titles,
    buttons, labels naming a field, tabs)."""
    texts = [action.text() for action in window.menuBar().actions()]
    for widget in window.findChildren(QWidget):
        if not widget.isVisibleTo(window):
            continue
        if isinstance(widget, QTabBar):
            texts.extend(widget.tabText(index) for index in range(widget.count()))
        elif isinstance(widget, QAbstractButton) or (
            isinstance(widget, QLabel) and widget.buddy() is not None
        ):
            texts.append(widget.text())
    letters = Counter(letter for text in texts for letter in mnemonic_letters([text]))
    return sorted(letter for letter, count in letters.items() if count > 1)


def test_no_two_things_on_the_duo_tab_or_today_share_an_alt_letter(
    qtbot: QtBot,
    context: AppContext,
    session: Session,
    programme: Programme,
    coach: StaffMember,
) -> None:
    first, second = _two_duos(programme, coach)
    window = _window(qtbot, context, session)
    view = window.open_duo(first.mentee_id, first.match_id)  # ended: Reopen, Change the ending
    assert view.duo.ending.correct_button.isVisibleTo(window)
    assert view.duo.choice_row.isVisibleTo(window)
    assert _clashes(window) == []
    view.show_duo(second)  # running: End
    assert view.duo.ending.end_button.isVisibleTo(window)
    assert _clashes(window) == []
    mentor = window.open_duo(first.mentor_id)
    assert mentor.duo.mentor_duos.open_button.isVisibleTo(window)
    assert _clashes(window) == []
    today = window.show_today()
    assert _clashes(window) == []
    today.parts.setCurrentWidget(today.quality)
    assert _clashes(window) == []
