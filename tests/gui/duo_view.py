"""Shared setup for the Duo tab's GUI tests: a duo, the case view opened on it, and keys."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QDialog, QLabel, QWidget
from pytestqt.qtbot import QtBot

from desktop.context import AppContext
from desktop.screens.case_view import CaseView
from desktop.session import Session
from desktop.workflows import duo as workflow
from storage.duo_records import Ending, EndKind
from storage.programme import Programme
from storage.records import StaffMember
from tests.duo_helpers import Duo, make_duo

VALIDATED = date(2026, 3, 10)
TODAY = date(2026, 6, 20)
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
ALT = Qt.KeyboardModifier.AltModifier


def make_pair(programme: Programme, coach: StaffMember) -> Duo:
    """A duo validated on 10 March (first meeting that day, with the coach)."""
    return make_duo(
        programme,
        mentee=("Thảo", "Nguyễn-Peeters"),
        mentor=("Bogdan", "Kowalczyk"),
        validated_on=VALIDATED,
        coach=coach.id,
    )


def open_view(
    qtbot: QtBot, session: Session, context: AppContext, case_id: str, today: date = TODAY
) -> CaseView:
    """The case view, shown and active, as the main window shows it."""
    view = CaseView(session, context, case_id, today=lambda: today)
    qtbot.addWidget(view)
    view.resize(1366, 768)
    view.show_duo()
    activate(qtbot, view)
    return view


def activate(qtbot: QtBot, window: QWidget) -> None:
    """Show a window as `exec` would, active, with the keyboard in it."""
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)


def press(
    qtbot: QtBot, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
) -> None:
    """A key pressed wherever the keyboard focus is."""
    focus = QApplication.focusWidget()
    assert isinstance(focus, QWidget)
    qtbot.keyClick(focus, key, modifier)


def type_text(qtbot: QtBot, text: str) -> None:
    """ASCII text typed wherever the keyboard focus is."""
    focus = QApplication.focusWidget()
    assert isinstance(focus, QWidget)
    qtbot.keyClicks(focus, text)


def press_mnemonic(qtbot: QtBot, dialog: QDialog, widget: QWidget) -> None:
    """Alt and the underlined letter of a button, or of the label naming a field (the
    meeting dialog chooses some of its letters itself)."""
    if isinstance(widget, QAbstractButton):
        text = widget.text()
    else:
        text = next(
            label.text() for label in dialog.findChildren(QLabel) if label.buddy() is widget
        )
    letter = text[text.index("&") + 1].upper()
    press(qtbot, Qt.Key(ord(letter)), ALT)


def click(qtbot: QtBot, button: QWidget) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def accepted(dialog: QDialog) -> bool:
    return dialog.result() == QDialog.DialogCode.Accepted


def end_duo(programme: Programme, pair: Duo, coach: StaffMember, on: date) -> None:
    """End the duo as planned, through the workflow (for the tests of what comes after)."""
    workflow.end_duo(
        programme,
        pair.mentee_id,
        Ending(match_id=pair.match_id, ended_on=on, kind=EndKind.PLANNED, reason="planned-end"),
        wait_again=False,
        author=coach.id,
        today=on,
    )
