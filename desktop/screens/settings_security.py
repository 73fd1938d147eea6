"""Settings, security and waiting page: the idle lock, the waiting threshold, the passphrase."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.context import AppContext
from desktop.screens.passphrase_dialog import PassphraseDialog
from storage.programme import Programme

MAX_IDLE_MINUTES = 240
MAX_WAITING_WEEKS = 52
DAYS_PER_WEEK = 7


def _note(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    return label


class SecuritySettingsPage(QWidget):
    """How soon Duo locks itself, when a wait counts as long, and the passphrase."""

    def __init__(
        self,
        context: AppContext,
        programme: Programme,
        idle_lock_minutes: int,
        waiting_threshold_days: int,
        avoid: Sequence[str] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._context = context
        self._programme = programme
        self._avoid = tuple(avoid)

        self.idle_minutes = QSpinBox()
        self.idle_minutes.setRange(0, MAX_IDLE_MINUTES)
        self.idle_minutes.setSingleStep(5)
        self.idle_minutes.setSpecialValueText(self.tr("Never"))
        self.idle_minutes.setSuffix(self.tr(" minutes"))
        self.idle_minutes.setValue(max(0, min(MAX_IDLE_MINUTES, idle_lock_minutes)))
        self.idle_minutes.setMinimumWidth(160)
        self.waiting_weeks = QSpinBox()
        self.waiting_weeks.setRange(1, MAX_WAITING_WEEKS)
        self.waiting_weeks.setSuffix(self.tr(" weeks"))
        weeks = round(waiting_threshold_days / DAYS_PER_WEEK)
        self.waiting_weeks.setValue(max(1, min(MAX_WAITING_WEEKS, weeks)))
        self.waiting_weeks.setMinimumWidth(160)
        self.change_button = QPushButton(self.tr("C&hange the passphrase…"))
        self.change_button.setAutoDefault(False)
        self.change_button.clicked.connect(self.change_passphrase)

        lock = QGroupBox(self.tr("Lock"))
        lock_form = QFormLayout(lock)
        lock_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        lock_form.addRow(self.tr("Loc&k after this long without use:"), self.idle_minutes)
        lock_form.addRow(
            _note(
                self.tr(
                    "The window closes and the passphrase is asked again, so nothing stays "
                    "on screen on a laptop left open. Interviews being typed are kept as "
                    "drafts. “Never” switches this off."
                )
            )
        )
        waiting = QGroupBox(self.tr("Waiting list"))
        waiting_form = QFormLayout(waiting)
        waiting_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        waiting_form.addRow(self.tr("&Waiting too long after:"), self.waiting_weeks)
        waiting_form.addRow(
            _note(
                self.tr(
                    "An accepted mentee without a mentor for longer than this stands out on "
                    "the waiting list: time to keep them warm, or to propose a generalist "
                    "mentor instead of a sector match."
                )
            )
        )
        passphrase = QGroupBox(self.tr("Passphrase"))
        passphrase_layout = QVBoxLayout(passphrase)
        passphrase_layout.addWidget(
            _note(
                self.tr(
                    "The change takes effect at once, also if you cancel these settings. "
                    "Everyone who works on the programme needs the new passphrase."
                )
            )
        )
        passphrase_layout.addWidget(self.change_button, 0, Qt.AlignmentFlag.AlignLeft)

        layout = QVBoxLayout(self)
        layout.addWidget(lock)
        layout.addWidget(waiting)
        layout.addWidget(passphrase)
        layout.addStretch(1)

    def waiting_threshold_days(self) -> int:
        """The threshold as stored: in days."""
        return self.waiting_weeks.value() * DAYS_PER_WEEK

    def change_passphrase(self) -> None:
        """Ask for the current and the new passphrase, and change it."""
        dialog = PassphraseDialog(self._context, self._programme.folder, self._avoid, self)
        if self._context.dialogs.run(dialog):
            self._context.dialogs.inform(
                self,
                self.tr("Passphrase changed"),
                self.tr(
                    "The passphrase is changed. Tell your colleagues the new one in person; "
                    "the recovery key stays valid."
                ),
            )
