"""The Reports menu: the programme report, certificates for the duos that ended in a
period, and the export for funders. Each asks for a period first, then opens the print
preview (or the export dialog); the documents are made off the GUI thread by the preview.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from desktop.context import AppContext
from desktop.i18n import current_language
from desktop.rules.periods import Period
from desktop.screens.period_dialog import PeriodDialog
from desktop.screens.print_preview import show_print_preview
from desktop.workflows.print_duo import batch_certificates, ended_duos
from desktop.workflows.print_programme import programme_report_document
from storage.programme import Programme


class ReportActions(QObject):
    """What the Reports menu does, for one opened programme."""

    def __init__(
        self,
        window: QWidget,
        context: AppContext,
        programme: Programme,
        today: Callable[[], date] = date.today,
    ) -> None:
        super().__init__(window)
        self._window = window
        self._context = context
        self._programme = programme
        self._today = today

    def _period(
        self, title: str, explanation: str, describe: Callable[[Period], tuple[str, bool]]
    ) -> Period | None:
        dialog = PeriodDialog(title, explanation, self._today(), describe, self._window)
        if not self._context.dialogs.run(dialog):
            return None
        return dialog.period()

    def programme_report(self) -> None:
        """Ask for a period, then preview the programme report for it."""
        today = self._today()

        def describe(period: Period) -> tuple[str, bool]:
            days = (period.end - period.start).days + 1
            return self.tr("The report covers {days} days.").format(days=days), True

        period = self._period(
            self.tr("Programme report"),
            self.tr(
                "Key figures and charts for a period: registrations, intakes, matches, duos "
                "followed, meetings, endings, outcomes after 12 months and waiting times."
            ),
            describe,
        )
        if period is None or period.start is None or period.end is None:
            return
        start, end, programme = period.start, period.end, self._programme
        show_print_preview(
            self._window,
            self._context,
            lambda language: programme_report_document(programme, start, end, language, today),
            title=self.tr("Programme report"),
            file_stem="programme-report",
            language=current_language(),
        )

    def certificates(self) -> None:
        """Ask for a period, then preview the certificates of every duo that ended in it."""
        programme = self._programme

        def describe(period: Period) -> tuple[str, bool]:
            assert period.start is not None and period.end is not None
            count = len(ended_duos(programme, period.start, period.end))
            if not count:
                return self.tr("No duo ended in this period."), False
            if count == 1:
                text = self.tr(
                    "One duo ended in this period: a certificate for its mentee and its mentor."
                )
            else:
                text = self.tr(
                    "{count} duos ended in this period: a certificate for each mentee and each "
                    "mentor."
                ).format(count=count)
            return text, True

        period = self._period(
            self.tr("Certificates"),
            self.tr(
                "Certificates of participation for the mentee and the mentor of every duo "
                "that ended in a period, one page each, to print in one go."
            ),
            describe,
        )
        if period is None or period.start is None or period.end is None:
            return
        start, end = period.start, period.end
        show_print_preview(
            self._window,
            self._context,
            lambda language: batch_certificates(programme, start, end, language),
            title=self.tr("Certificates"),
            file_stem="certificates",
            language=current_language(),
        )

    def export(self) -> None:
        """The export for funders."""
        from desktop.screens.export_dialog import ExportDialog  # not needed at start-up

        self._context.dialogs.run(ExportDialog(self._context, self._programme, self._window))
