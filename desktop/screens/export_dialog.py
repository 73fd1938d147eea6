"""Export for funders: a profile, a period, names or not, CSV or XLSX, then where to save.

The dialog only asks: making the rows and writing the files is `storage.export_run`'s job,
run off the GUI thread with `run_task`. Names are off by default and say loudly what they
mean when ticked; the default period is the last full calendar year.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from desktop.context import AppContext
from desktop.rules.periods import Preset
from desktop.screens.case_pages import note_label
from desktop.screens.period_picker import PeriodPicker
from desktop.tasks import ProgressFn, run_task
from storage.errors import DuoError
from storage.export_profiles import PROFILES
from storage.export_run import ExportFormat, ExportRequest, ExportResult, run_export
from storage.periods import Period
from storage.programme import Programme
from widgets.wrapped_label import WrappedLabel

_WARNING_INK, _WARNING_PAPER = QColor("#6d4500"), QColor("#fff3d6")


def _style_warning(label: QLabel) -> None:
    """Dark amber on light amber, boxed and bold. A palette, not a style sheet: a styled
    label loses its height-for-width and its last lines are clipped."""
    palette = label.palette()
    palette.setColor(QPalette.ColorRole.WindowText, _WARNING_INK)
    palette.setColor(QPalette.ColorRole.Window, _WARNING_PAPER)
    label.setPalette(palette)
    label.setAutoFillBackground(True)
    label.setFrameShape(QFrame.Shape.Box)
    label.setMargin(6)
    font = label.font()
    font.setBold(True)
    label.setFont(font)


def _wrapped(text: str) -> QLabel:
    label = WrappedLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def _combo(choices: list[tuple[str, object]]) -> QComboBox:
    combo = QComboBox()
    for text, data in choices:
        combo.addItem(text, data)
    return combo


class ExportDialog(QDialog):
    """Choose what to export for funders, then save it; the export runs on a worker."""

    def __init__(
        self,
        context: AppContext,
        programme: Programme,
        parent: QWidget | None = None,
        *,
        today: Callable[[], date] = date.today,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.programme = programme
        self.result_of_export: ExportResult | None = None
        self._busy = False
        self._today = today()
        self.setWindowTitle(self.tr("Export for funders"))
        self.setMinimumWidth(560)

        intro = _wrapped(
            self.tr(
                "One row per participant, duo, meeting, evaluation answer or outcome, with a "
                "data dictionary that explains every column. Participants appear by a code "
                "that stays the same in every export of this programme: the file is "
                "pseudonymised, not anonymous. Only people who consented to reports to funders "
                "are in it. Notes, summaries, written answers, contact details and CVs are "
                "never exported."
            )
        )

        profiles = self._profiles()
        self.profile = _combo([(label, name) for name, (label, _note) in profiles.items()])
        self._notes = {name: note for name, (_label, note) in profiles.items()}
        self.profile_note = note_label("")
        self.profile.currentIndexChanged.connect(self._describe_profile)

        self.period = PeriodPicker(self._today, all_dates=True)
        self.period.choose(Preset.LAST_YEAR)  # what funders usually ask for

        self.names = QCheckBox(self.tr("Include given and family &names"))
        self.names_warning = _wrapped(
            self.tr(
                "The file will hold names: it is personal data. Include names only when the "
                "funder needs them, send the file over a secure channel, and delete it when "
                "it is no longer needed."
            )
        )
        _style_warning(self.names_warning)
        self.names_warning.setVisible(False)
        self.names.toggled.connect(self.names_warning.setVisible)

        self.file_format = _combo(
            [
                (self.tr("CSV (opens in Excel)"), ExportFormat.CSV.value),
                (self.tr("Excel workbook (XLSX)"), ExportFormat.XLSX.value),
            ]
        )
        self.delimiter = _combo(
            [(self.tr("Semicolon ; (Excel in Belgium)"), ";"), (self.tr("Comma ,"), ",")]
        )
        self.file_format.currentIndexChanged.connect(self._enable_delimiter)

        form = QFormLayout()
        for label, field in (
            (self.tr("&What:"), self.profile),
            ("", self.profile_note),
            (self.tr("&Period:"), self.period),
            ("", self.names),
            ("", self.names_warning),
            (self.tr("F&ormat:"), self.file_format),
            (self.tr("&Separator:"), self.delimiter),
        ):
            form.addRow(label, field)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.export_button = self.buttons.addButton(
            self.tr("&Export…"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.export_button.clicked.connect(self.start_export)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        # Once in the dialog: the dialog, not the button box, decides what Enter presses.
        self.export_button.setDefault(True)
        self._describe_profile()
        self.profile.setFocus(Qt.FocusReason.OtherFocusReason)

    def _profiles(self) -> dict[str, tuple[str, str]]:
        """Each profile's name in the list, and what its rows are, in the profiles' order."""
        texts = {
            "participants": (
                self.tr("Participants"),
                self.tr(
                    "Every mentee and mentor registered by the end of the period and still on "
                    "the path at its start."
                ),
            ),
            "duos": (self.tr("Duos"), self.tr("Every duo that ran during some of the period.")),
            "meetings": (
                self.tr("Meetings and short contacts"),
                self.tr(
                    "Every meeting and short contact held in the period: date, length, form "
                    "and domains, never what was said."
                ),
            ),
            "evaluations": (
                self.tr("Evaluations (one row per answer)"),
                self.tr(
                    "Every answer of the evaluations answered in the period, ready for a pivot "
                    "table; written answers stay out."
                ),
            ),
            "outcomes": (
                self.tr("Outcomes after the end"),
                self.tr(
                    "Every outcome follow-up (3, 6, 9, 12 months after a duo) recorded in the "
                    "period."
                ),
            ),
        }
        return {name: texts[name] for name in PROFILES}

    # --- the choices ----------------------------------------------------------------------

    def _describe_profile(self) -> None:
        self.profile_note.setText(self._notes[self.profile.currentData()])
        self.profile_note.show()

    def _enable_delimiter(self) -> None:
        self.delimiter.setEnabled(self.file_format.currentData() == ExportFormat.CSV.value)

    def chosen_period(self) -> Period:
        """The period as chosen (open for "All dates")."""
        return self.period.period()

    def request(self) -> ExportRequest:
        """The export as chosen; `ExportError` when the period is impossible."""
        return ExportRequest(
            PROFILES[self.profile.currentData()],
            self.chosen_period(),
            names=self.names.isChecked(),
            format=ExportFormat(self.file_format.currentData()),
            delimiter=self.delimiter.currentData(),
        )

    # --- exporting ------------------------------------------------------------------------

    def _suggested_name(self, request: ExportRequest) -> str:
        """A file name that says what is in it, and nothing about anyone."""
        period = request.period
        days = "-".join(day.isoformat() for day in (period.start, period.end) if day)
        parts = ["duo", request.profile.name, days or "all-dates"]
        return "-".join(parts) + f".{request.format.value}"

    def start_export(self) -> None:
        """Ask where to save, then export on a worker."""
        try:
            request = self.request()
        except DuoError as error:
            self.context.dialogs.show_error(self, error)
            return
        if request.format is ExportFormat.XLSX:
            filters = self.tr("Excel workbooks (*.xlsx)")
        else:
            filters = self.tr("CSV files (*.csv)")
        path = self.context.dialogs.save_file(
            self, self.tr("Export to"), self._suggested_name(request), filters
        )
        if path is None:
            return
        if path.suffix.lower() != f".{request.format.value}":
            path = path.with_name(f"{path.name}.{request.format.value}")
        self._set_busy(True)
        programme = self.programme

        def work(progress: ProgressFn) -> ExportResult:
            return run_export(programme, request, path, progress)

        run_task(
            self,
            work,
            self._exported,
            self._failed,
            label=self.tr("Exporting for funders…"),
        )

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.export_button.setEnabled(not busy)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setEnabled(not busy)

    def reject(self) -> None:
        """Close, unless an export is being written (Escape waits for it to end)."""
        if not self._busy:
            super().reject()

    def _failed(self, error: BaseException) -> None:
        self._set_busy(False)
        self.context.dialogs.report(self, error)

    def _exported(self, result: ExportResult) -> None:
        self._set_busy(False)
        self.result_of_export = result
        if result.rows == 1:
            text = self.tr("Exported 1 row to {file}.")
        else:
            text = self.tr("Exported %n rows to {file}.", "", result.rows)
        text = text.format(file=result.path)
        if result.dictionary is not None:
            text += "\n" + self.tr(
                "The data dictionary, which explains every column, is in {file}."
            ).format(file=result.dictionary)
        else:
            text += "\n" + self.tr(
                "The data dictionary, which explains every column, is the workbook's second "
                "sheet, “Dictionary”."
            )
        if result.unreadable:
            missing = self.tr(
                "%n case files could not be read (damaged, or from a newer Duo): their rows "
                "are missing. Check the programme's files, then export again.",
                "",
                result.unreadable,
            )
            if result.unreadable == 1:
                missing = self.tr(
                    "1 case file could not be read (damaged, or from a newer Duo): its rows "
                    "are missing. Check the programme's files, then export again."
                )
            text += "\n\n" + missing
            self.context.dialogs.warn(self, self.tr("Export for funders"), text)
        else:
            self.context.dialogs.inform(self, self.tr("Export for funders"), text)
        self.accept()
