"""Choosing a period before a report or a batch of certificates."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from desktop.rules.periods import Period, Preset
from desktop.screens.period_dialog import PeriodDialog

TODAY = date(2026, 11, 23)


def _dialog(qtbot: QtBot) -> tuple[PeriodDialog, list[Period]]:
    seen: list[Period] = []

    def describe(period: Period) -> tuple[str, bool]:
        seen.append(period)
        count = 3 if period.start.year == 2025 else 0
        return f"{count} duos ended", count > 0

    dialog = PeriodDialog("Certificates", "Choose a period.", TODAY, describe)
    qtbot.addWidget(dialog)
    return dialog, seen


def test_a_preset_fills_the_days_and_says_what_the_period_holds(qtbot: QtBot) -> None:
    dialog, _ = _dialog(qtbot)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert dialog.period() == Period(date(2026, 1, 1), TODAY)  # this year so far in November
    assert dialog.summary.text() == "0 duos ended" and not ok.isEnabled()
    dialog.picker.choose(Preset.LAST_YEAR)
    assert dialog.period() == Period(date(2025, 1, 1), date(2025, 12, 31))
    assert dialog.summary.text() == "3 duos ended" and ok.isEnabled()


def test_changing_a_day_by_hand_makes_it_custom_and_the_end_follows(qtbot: QtBot) -> None:
    dialog, seen = _dialog(qtbot)
    picker = dialog.picker
    picker.start.setDate(QDate(2025, 3, 1))
    assert picker.preset.currentData() == Preset.CUSTOM.value
    assert seen[-1] == Period(date(2025, 3, 1), TODAY)
    picker.end.setFocus()
    picker.end.setDate(QDate(2024, 1, 1))  # before the start: refused by the edit
    assert dialog.period().end >= dialog.period().start
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.result() == 0
