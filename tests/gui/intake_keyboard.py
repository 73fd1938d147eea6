"""Driving the intake screen by keyboard in tests, as a coach would."""

from __future__ import annotations

import io

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot
from reportlab.pdfgen import canvas

from desktop.screens.intake import IntakeScreen


class Keyboard:
    """Keys as a user presses them: to an open completion list first, else to the focus."""

    def __init__(self, qtbot: QtBot, screen: IntakeScreen) -> None:
        self.qtbot = qtbot
        self.screen = screen

    @staticmethod
    def target() -> QWidget:
        """Where a key goes: the open completion list, else the focused widget."""
        target = QApplication.activePopupWidget() or QApplication.focusWidget()
        assert target is not None
        return target

    def field(self, name: str) -> QWidget:
        """The screen's widget of that name."""
        found = self.screen.findChild(QWidget, name)
        assert found is not None, name
        return found

    def at(self, expected: QWidget | str) -> None:
        """Assert that the keyboard focus is in this widget."""
        widget = self.field(expected) if isinstance(expected, str) else expected
        focus = QApplication.focusWidget()
        assert focus is widget or widget.isAncestorOf(focus), (expected, focus)

    def type(self, text: str) -> None:
        """Type text into whatever has the focus."""
        for character in text:  # one by one: a completion list may open on the way
            self.qtbot.keyClicks(self.target(), character)

    def press(
        self, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
    ) -> None:
        """Press one key (with a modifier)."""
        self.qtbot.keyClick(self.target(), key, modifier)

    def tab(self, times: int = 1) -> None:
        """Press Tab."""
        for _ in range(times):
            self.press(Qt.Key.Key_Tab)

    def fill(self, name: str, text: str) -> None:
        """At this field (in Tab order), type, and go on to the next."""
        self.at(name)
        self.type(text)
        self.tab()

    def leave(self, name: str) -> None:
        """Past a field of several Tab stops (a date), to the next field."""
        self.at(name)
        while self.field(name).isAncestorOf(QApplication.focusWidget()) or (
            QApplication.focusWidget() is self.field(name)
        ):
            self.tab()


def pdf_bytes(text: str) -> bytes:
    """A one-page PDF with this text."""
    buffer = io.BytesIO()
    page = canvas.Canvas(buffer)
    page.drawString(72, 720, text)
    page.showPage()
    page.save()
    return buffer.getvalue()


def open_screen(qtbot: QtBot, screen: IntakeScreen) -> IntakeScreen:
    """Show the screen at a laptop's size, active, with the focus on its first field."""
    qtbot.addWidget(screen)
    screen.resize(1366, 768)
    with qtbot.waitActive(screen):
        screen.show()
        screen.activateWindow()
    screen.setFocus()
    return screen
