"""A period: a choice of presets (this year, last year, …) and the two days it covers.

    picker = PeriodPicker(today)
    picker.period()          # Period(start, end)

Choosing a preset fills in the days; changing a day by hand switches to "Custom". The end
can never be set before the start. An export may also offer "All dates" (an open period).
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QComboBox, QDateEdit, QHBoxLayout, QLabel, QWidget

from desktop.rules.periods import Period, Preset, default_preset, period_of

DATE_FORMAT = "dd/MM/yyyy"


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


class PeriodPicker(QWidget):
    """Preset, then from … to …; `changed` is emitted with every change."""

    changed = Signal()

    def __init__(
        self, today: date, parent: QWidget | None = None, *, all_dates: bool = False
    ) -> None:
        super().__init__(parent)
        self._today = today
        self.preset = QComboBox()
        self.preset.setAccessibleName(self.tr("Period"))
        labels = {
            Preset.THIS_YEAR: self.tr("This year so far"),
            Preset.LAST_YEAR: self.tr("Last year"),
            Preset.LAST_12_MONTHS: self.tr("The last 12 months"),
            Preset.THIS_QUARTER: self.tr("This quarter so far"),
            Preset.LAST_QUARTER: self.tr("Last quarter"),
            Preset.ALL_DATES: self.tr("All dates"),
            Preset.CUSTOM: self.tr("Custom"),
        }
        for preset, label in labels.items():
            if preset is not Preset.ALL_DATES or all_dates:
                self.preset.addItem(label, preset.value)
        self.start = self._date_edit(self.tr("From"))
        self.end = self._date_edit(self.tr("To"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.preset, 1)
        from_label = QLabel(self.tr("&from"))
        from_label.setBuddy(self.start)
        to_label = QLabel(self.tr("t&o"))
        to_label.setBuddy(self.end)
        for widget in (from_label, self.start, to_label, self.end):
            layout.addWidget(widget)
        self.preset.currentIndexChanged.connect(self._preset_chosen)
        self.start.dateChanged.connect(self._day_changed)
        self.end.dateChanged.connect(self._day_changed)
        self._filling = False
        self.choose(default_preset(today))

    def _date_edit(self, name: str) -> QDateEdit:
        edit = QDateEdit()
        edit.setDisplayFormat(DATE_FORMAT)
        edit.setCalendarPopup(True)
        edit.setAccessibleName(name)
        edit.setMaximumDate(_qdate(self._today))
        return edit

    def choose(self, preset: Preset) -> None:
        """Select a preset and show its days."""
        self.preset.setCurrentIndex(self.preset.findData(preset.value))
        self._preset_chosen()

    def set_period(self, period: Period) -> None:
        """Show given days, as "Custom"."""
        self._fill(period)
        self.preset.setCurrentIndex(self.preset.findData(Preset.CUSTOM.value))

    def period(self) -> Period:
        """The days shown (the end never before the start); open for "All dates"."""
        if self.preset.currentData() == Preset.ALL_DATES.value:
            return Period()
        start = self.start.date().toPython()
        end = self.end.date().toPython()
        return Period(start, max(start, end))

    def _fill(self, period: Period) -> None:
        self._filling = True
        self.start.setDate(_qdate(period.start))
        self.end.setDate(_qdate(period.end))
        self.end.setMinimumDate(_qdate(period.start))
        self._filling = False

    def _preset_chosen(self) -> None:
        preset = Preset(self.preset.currentData())
        if preset not in (Preset.CUSTOM, Preset.ALL_DATES):
            self._fill(period_of(preset, self._today))
        for edit in (self.start, self.end):
            edit.setEnabled(preset is not Preset.ALL_DATES)
        self.changed.emit()

    def _day_changed(self) -> None:
        if self._filling:
            return
        self.end.setMinimumDate(self.start.date())
        custom = self.preset.findData(Preset.CUSTOM.value)
        self.preset.blockSignals(True)
        self.preset.setCurrentIndex(custom)
        self.preset.blockSignals(False)
        self.changed.emit()
