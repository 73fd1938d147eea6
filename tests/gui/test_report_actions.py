"""The Reports menu: a period first, then the programme report or the certificates of the
duos that ended in it, in the print preview; the export for funders."""

from __future__ import annotations

import io
from datetime import date

from pypdf import PdfReader
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox
from pytestqt.qtbot import QtBot

from desktop.context import AppContext
from desktop.main_window import MainWindow
from desktop.rules.periods import Period
from desktop.screens.export_dialog import ExportDialog
from desktop.screens.period_dialog import PeriodDialog
from desktop.screens.print_preview import PrintPreviewDialog
from desktop.session import Session
from desktop.workflows.duo import end_duo
from storage.duo_records import Ending
from storage.programme import Programme
from tests.duo_helpers import COACH, make_duo
from tests.gui.fakes import ScriptedDialogs

ENDED_ON = date(2026, 9, 30)


def _window(qtbot: QtBot, context: AppContext, session: Session) -> MainWindow:
    session.refresh_index()
    window = MainWindow(context, session)
    qtbot.addWidget(window)
    window.show()
    return window


def _choose(period: Period, seen: list[str]):
    def answer(dialog: QDialog) -> bool:
        assert isinstance(dialog, PeriodDialog)
        dialog.picker.set_period(period)
        seen.append(dialog.summary.text())
        ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        return ok.isEnabled()

    return answer


def _preview(qtbot: QtBot) -> PrintPreviewDialog:
    previews: list[PrintPreviewDialog] = []

    def shown() -> bool:
        previews[:] = [
            w for w in QApplication.topLevelWidgets() if isinstance(w, PrintPreviewDialog)
        ]
        return bool(previews) and not previews[0].is_busy()

    qtbot.waitUntil(shown, timeout=10_000)
    return previews[0]


def _text(preview: PrintPreviewDialog) -> str:
    pdf = preview.pdf()
    assert pdf is not None
    return "".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


def test_certificates_for_the_duos_ended_in_a_period(
    qtbot: QtBot,
    context: AppContext,
    dialogs: ScriptedDialogs,
    session: Session,
    programme: Programme,
) -> None:
    duo = make_duo(programme, mentee=("Ольга", "Петренко"), mentor=("Νίκος", "Αλεξίου"))
    ending = Ending(match_id=duo.match_id, ended_on=ENDED_ON)
    end_duo(programme, duo.mentee_id, ending, wait_again=False, author=COACH, today=ENDED_ON)
    window = _window(qtbot, context, session)
    seen: list[str] = []
    dialogs.handlers.append(_choose(Period(date(2026, 1, 1), date(2026, 10, 31)), seen))
    window.reports().certificates()
    preview = _preview(qtbot)
    assert preview.page_count() == 2  # the mentee's and the mentor's
    text = _text(preview)
    assert "Ольга Петренко" in text and "Νίκος Αλεξίου" in text
    assert seen[0].startswith("One duo ended in this period")
    preview.close()


def test_no_certificates_when_no_duo_ended(
    qtbot: QtBot,
    context: AppContext,
    dialogs: ScriptedDialogs,
    session: Session,
    programme: Programme,
) -> None:
    make_duo(programme)
    window = _window(qtbot, context, session)
    seen: list[str] = []
    dialogs.handlers.append(_choose(Period(date(2025, 1, 1), date(2025, 12, 31)), seen))
    window.reports().certificates()
    assert seen == ["No duo ended in this period."]
    assert not any(isinstance(w, PrintPreviewDialog) for w in QApplication.topLevelWidgets())


def test_the_programme_report_for_a_period(
    qtbot: QtBot,
    context: AppContext,
    dialogs: ScriptedDialogs,
    session: Session,
    programme: Programme,
) -> None:
    make_duo(programme)
    window = _window(qtbot, context, session)
    seen: list[str] = []
    dialogs.handlers.append(_choose(Period(date(2025, 11, 1), date(2026, 10, 31)), seen))
    window.reports().programme_report()
    preview = _preview(qtbot)
    assert "Programme report" in _text(preview)
    assert seen[0] == "The report covers 365 days."
    preview.close()


def test_the_export_opens_from_the_reports_menu(
    qtbot: QtBot, context: AppContext, dialogs: ScriptedDialogs, session: Session
) -> None:
    window = _window(qtbot, context, session)
    opened: list[QDialog] = []
    dialogs.handlers.append(lambda dialog: opened.append(dialog) or False)
    window.reports().export()
    assert isinstance(opened[0], ExportDialog)
