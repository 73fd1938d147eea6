"""The first dialog when no programme opens by itself: make one, open one, or try a demo.

After acceptance, `programme` holds the unlocked (or newly made) programme.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCommandLinkButton,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.context import AppContext
from desktop.screens.create_wizard import CreateProgrammeWizard
from desktop.screens.programme_page import documents_folder
from desktop.screens.unlock_dialog import UnlockDialog
from desktop.tasks import run_task
from storage.errors import DuoError, NotAProgrammeError
from storage.programme import SETTINGS_FILE, Programme, read_settings, unlock

if TYPE_CHECKING:
    from desktop.demo.generator import DemoSummary

# About the size of a year's intake in a small programme (domain.md: 20 to 200 duos a year).
DEMO_PARTICIPANTS = 150


class WelcomeDialog(QDialog):
    """Create a programme, open an existing folder, try a demo, or pick a recent one."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.programme: Programme | None = None
        self._busy = False
        self.setWindowTitle(self.tr("Welcome to Duo"))
        self.setMinimumWidth(620)

        heading = QLabel(self.tr("Welcome to Duo"))
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        heading.setFont(font)
        intro = QLabel(
            self.tr(
                "Duo keeps the case files of a mentoring-to-work programme on this computer, "
                "encrypted: mentees, mentors, intakes, matches and follow-ups."
            )
        )
        intro.setWordWrap(True)

        self.recent_label = QLabel(self.tr("&Recent programmes (Enter opens one):"))
        self.recent = QListWidget()
        self.recent.setSpacing(3)
        self.recent_label.setBuddy(self.recent)
        self.recent.itemActivated.connect(self._open_recent)

        self.create_button = QCommandLinkButton(
            self.tr("&Create a new programme"),
            self.tr("Start empty: you choose a name, a folder and a passphrase."),
        )
        self.open_button = QCommandLinkButton(
            self.tr("&Open an existing programme folder…"),
            self.tr(
                "A programme made on another computer, shared through a synchronised folder, "
                "or restored from a backup."
            ),
        )
        self.demo_button = QCommandLinkButton(
            self.tr("&Try Duo with a demo programme"),
            self.tr(
                "{count} invented mentees and mentors, to try everything out before the real "
                "work starts."
            ).format(count=DEMO_PARTICIPANTS),
        )
        self.create_button.clicked.connect(self.create_programme)
        self.open_button.clicked.connect(self.open_folder)
        self.demo_button.clicked.connect(self.try_demo)
        self.progress = QLabel()
        self.progress.setWordWrap(True)
        self.progress.hide()

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addSpacing(8)
        layout.addWidget(self.recent_label)
        layout.addWidget(self.recent)
        for button in (self.create_button, self.open_button, self.demo_button):
            button.setAutoDefault(False)
            layout.addWidget(button)
        layout.addWidget(self.progress)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.show_recent()

    def show_recent(self) -> None:
        """List the programmes opened on this computer that are still there."""
        self.recent.clear()
        for folder in self.context.local.recent_programmes():
            if not (folder / SETTINGS_FILE).is_file():
                continue  # moved, deleted, or on a drive that is not plugged in
            try:
                name = read_settings(folder).name
            except DuoError:
                continue
            item = QListWidgetItem(f"{name}\n{folder}")
            item.setData(Qt.ItemDataRole.UserRole, str(folder))
            item.setToolTip(str(folder))
            self.recent.addItem(item)
        has_recent = self.recent.count() > 0
        self.recent_label.setVisible(has_recent)
        self.recent.setVisible(has_recent)
        if has_recent:
            self.recent.setMaximumHeight(self.recent.sizeHintForRow(0) * 4 + 8)
            self.recent.setCurrentRow(0)
            self.recent.setFocus()
        else:
            self.create_button.setFocus()

    # --- the three ways in ----------------------------------------------------------------

    def create_programme(self) -> None:
        """Make a new programme with the wizard."""
        wizard = CreateProgrammeWizard(self.context, parent=self)
        accepted = self.context.dialogs.run(wizard)
        if accepted and wizard.programme is not None:
            self._finish(wizard.programme)
        else:
            self.show_recent()

    def open_folder(self) -> None:
        """Choose a programme folder, then unlock it."""
        folder = self.context.dialogs.choose_folder(
            self, self.tr("Open a programme folder"), str(documents_folder())
        )
        if folder is not None:
            self.open_programme(folder)

    def open_programme(self, folder: Path) -> None:
        """Unlock `folder`: with the key remembered on this computer, or by asking."""
        if not (folder / SETTINGS_FILE).exists() and (folder.parent / SETTINGS_FILE).exists():
            folder = folder.parent  # the "cases" folder inside a programme was chosen
        try:
            read_settings(folder)
        except NotAProgrammeError as problem:
            self.context.dialogs.show_error(self, problem)
            return
        try:
            programme = unlock(folder, use_keyring=True)
        except DuoError:
            programme = None  # nothing remembered here: ask
        if programme is None:
            dialog = UnlockDialog(self.context, folder, self)
            if not self.context.dialogs.run(dialog) or dialog.programme is None:
                return
            programme = dialog.programme
        self._finish(programme)

    def try_demo(self) -> None:
        """Make a programme like the wizard does, then fill it with invented people."""
        # The generator brings ReportLab (for the CVs): loaded only when a demo is made.
        from desktop.demo.generator import fill_demo

        wizard = CreateProgrammeWizard(self.context, demo=True, parent=self)
        if not self.context.dialogs.run(wizard) or wizard.programme is None:
            self.show_recent()
            return
        programme = wizard.programme
        self._set_busy(True)
        label = self.tr("Making {count} invented mentees and mentors…").format(
            count=DEMO_PARTICIPANTS
        )
        self.progress.setText(label)

        def filled(_summary: DemoSummary) -> None:
            self._set_busy(False)
            self._finish(programme)

        def failed(error: BaseException) -> None:
            self._set_busy(False)
            self.context.dialogs.report(self, error)
            # What was made so far is a usable programme: open it rather than lose it.
            self._finish(programme)

        run_task(
            self,
            lambda progress: fill_demo(programme, DEMO_PARTICIPANTS, seed=1, progress=progress),
            filled,
            failed,
            label=label,
        )

    def _open_recent(self, item: QListWidgetItem) -> None:
        self.open_programme(Path(item.data(Qt.ItemDataRole.UserRole)))

    # --- closing ----------------------------------------------------------------------------

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.progress.setVisible(busy)
        for widget in (self.recent, self.create_button, self.open_button, self.demo_button):
            widget.setEnabled(not busy)

    def _finish(self, programme: Programme) -> None:
        self.programme = programme
        self.accept()

    def reject(self) -> None:
        """Close, unless a demo is being made (it would be left half made)."""
        if not self._busy:
            super().reject()
