"""Ask for a period before a report or a batch: presets or two days, and what the period
holds, updated as it changes ("14 duos ended in this period").

    dialog = PeriodDialog(title, explanation, today, describe, parent)
    if context.dialogs.run(dialog):
        period = dialog.period()
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from desktop.rules.periods import Period
from desktop.screens.period_picker import PeriodPicker


class PeriodDialog(QDialog):
    """A period to report on; OK is disabled while `describe` says there is nothing in it."""

    def __init__(
        self,
        title: str,
        explanation: str,
        today: date,
        describe: Callable[[Period], tuple[str, bool]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self._describe = describe
        intro = QLabel(explanation)
        intro.setWordWrap(True)
        self.picker = PeriodPicker(today)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Preview…"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.picker)
        layout.addWidget(self.summary)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.picker.changed.connect(self._update)
        self._update()
        self.resize(560, self.sizeHint().height())

    def period(self) -> Period:
        """The period chosen."""
        return self.picker.period()

    def _update(self) -> None:
        text, enough = self._describe(self.picker.period())
        self.summary.setText(text)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(enough)
