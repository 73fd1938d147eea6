"""The Export for funders dialog, driven from the keyboard: what is chosen is what is written."""

from __future__ import annotations

import csv
import io
from datetime import date
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from desktop.context import AppContext
from desktop.rules.periods import Preset
from desktop.screens.export_dialog import ExportDialog
from storage.duo_records import Meeting
from storage.periods import Period
from storage.programme import Programme
from tests.duo_helpers import COACH, Duo, make_duo
from tests.gui.fakes import ScriptedDialogs

TODAY = date(2027, 1, 10)
MENTEE = ("Ayşe", "Yılmaz-Peeters")


@pytest.fixture
def duo(programme: Programme) -> Duo:
    """A duo of 2026 with one meeting in April."""
    duo = make_duo(programme, mentee=MENTEE, validated_on=date(2026, 3, 10))
    with programme.cases.edit(duo.mentee_id, author=COACH) as edit:
        edit.add(Meeting(match_id=duo.match_id, held_on=date(2026, 4, 7), minutes=75))
    programme.index.refresh(programme.cases)
    return duo


@pytest.fixture
def dialog(qtbot: QtBot, context: AppContext, programme: Programme, duo: Duo) -> ExportDialog:
    """The dialog, shown and active, as the main window opens it."""
    widget = ExportDialog(context, programme, today=lambda: TODAY)
    qtbot.addWidget(widget)
    with qtbot.waitActive(widget):
        widget.show()
        widget.activateWindow()
    return widget


def press(qtbot: QtBot, key: Qt.Key) -> None:
    """A key pressed wherever the keyboard focus is."""
    focus = QApplication.focusWidget()
    assert isinstance(focus, QWidget)
    qtbot.keyClick(focus, key)


def export_to(qtbot: QtBot, dialog: ExportDialog, dialogs: ScriptedDialogs, path: Path) -> None:
    """Enter exports; the file dialog answers `path`; wait until the export is written."""
    dialogs.files.append(path)
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.result_of_export is not None, timeout=10_000)


def test_last_year_pseudonymised_csv_by_default(
    qtbot: QtBot, dialog: ExportDialog, dialogs: ScriptedDialogs, tmp_path: Path
) -> None:
    assert dialog.profile.hasFocus()
    assert dialog.period.preset.currentText() == "Last year"
    assert dialog.chosen_period() == Period(date(2026, 1, 1), date(2026, 12, 31))
    assert not dialog.names.isChecked()
    assert not dialog.names_warning.isVisible()
    press(qtbot, Qt.Key.Key_Down)  # Participants → Duos
    assert dialog.profile.currentData() == "duos"
    export_to(qtbot, dialog, dialogs, tmp_path / "duos-2026.csv")

    text = (tmp_path / "duos-2026.csv").read_bytes().decode("utf-8-sig")
    rows = list(csv.DictReader(io.StringIO(text, newline=""), delimiter=";"))
    assert [row["validated_on"] for row in rows] == ["2026-03-10"]
    assert MENTEE[0] not in text and MENTEE[1] not in text
    assert dialogs.messages("inform") == [
        f"Exported 1 row to {tmp_path / 'duos-2026.csv'}.\nThe data dictionary, which "
        f"explains every column, is in {tmp_path / 'duos-2026-dictionary.csv'}."
    ]
    assert ("save_file", "Export to") in dialogs.shown
    assert not dialog.isVisible()


def test_names_warn_and_go_into_a_workbook(
    qtbot: QtBot, dialog: ExportDialog, dialogs: ScriptedDialogs, tmp_path: Path
) -> None:
    dialog.profile.setCurrentIndex(dialog.profile.findData("meetings"))
    qtbot.keyClick(dialog, Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)  # &names
    qtbot.waitUntil(dialog.names.isChecked)  # a mnemonic clicks after a blink
    assert dialog.names_warning.isVisible()
    assert "personal data" in dialog.names_warning.text()
    dialog.file_format.setCurrentIndex(dialog.file_format.findData("xlsx"))
    assert not dialog.delimiter.isEnabled()
    dialog.export_button.setFocus()
    export_to(qtbot, dialog, dialogs, tmp_path / "meetings")  # the extension is added

    book = openpyxl.load_workbook(io.BytesIO((tmp_path / "meetings.xlsx").read_bytes()))
    header, row = ([c.value for c in line] for line in book["meetings"].iter_rows(max_row=2))
    meeting = dict(zip(header, row, strict=True))
    assert (meeting["mentee_given_name"], meeting["minutes"]) == (MENTEE[0], 75)
    assert "Dictionary" in book.sheetnames
    assert "the workbook's second sheet, “Dictionary”" in dialogs.messages("inform")[0]


def test_chosen_dates_never_run_backwards_and_all_dates_is_open(
    qtbot: QtBot, dialog: ExportDialog, dialogs: ScriptedDialogs, tmp_path: Path
) -> None:
    dialog.period.start.setDate(QDate(2026, 5, 1))
    assert dialog.period.preset.currentData() == Preset.CUSTOM.value
    dialog.period.end.setDate(QDate(2026, 4, 1))  # before the start: the edit refuses it
    assert dialog.chosen_period().end >= dialog.chosen_period().start

    dialog.period.choose(Preset.ALL_DATES)
    assert not dialog.period.start.isEnabled() and dialog.chosen_period().is_open
    dialog.profile.setCurrentIndex(dialog.profile.findData("meetings"))
    dialog.export_button.setFocus()
    export_to(qtbot, dialog, dialogs, tmp_path / "all.csv")
    assert dialog.result_of_export is not None and dialog.result_of_export.rows == 1
