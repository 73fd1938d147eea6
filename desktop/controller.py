"""The application's flow: first run or unlock, the main window, lock and idle lock.

Unlock first, then build the main window around the opened programme; on lock, the window
is thrown away whole and the programme closed, so nothing personal stays on screen or in
memory; unlocking builds a new window, and interviews come back from their drafts.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QThreadPool
from PySide6.QtWidgets import QApplication

from desktop.context import AppContext
from desktop.idle import ActivityWatcher, IdleLock
from desktop.screens.unlock_dialog import UnlockDialog
from desktop.session import Session
from storage.errors import DuoError

if TYPE_CHECKING:
    from desktop.main_window import MainWindow
from storage.programme import Programme, unlock


def preload_main_window() -> None:
    """Import the main window's modules (about 0.3 s), e.g. on a worker thread while the
    unlock dialog waits for the passphrase, so the window follows Enter sooner."""
    import desktop.main_window  # noqa: F401 (imported for its side effect: loaded)


def _warm_up_names() -> None:
    from desktop.screens.case_words import warm_up_names

    warm_up_names()


class AppController(QObject):
    """Owns the unlocked session and the main window, and nothing else."""

    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self.context = context
        self.session: Session | None = None
        self.window: MainWindow | None = None
        self._folder: Path | None = None
        self._watcher = ActivityWatcher(self)
        # Locks after the programme's idle time without input; its timeout follows Settings.
        self.idle_lock = IdleLock(0, self)
        self.idle_lock.idle.connect(self.lock)
        self._watcher.active.connect(self.idle_lock.restart)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self._watcher)

    def start(self, folder: Path | None = None) -> bool:
        """Unlock `folder`, or the most recent programme, or run the first-run dialog."""
        recent = self.context.local.recent_programmes()
        target = folder or next((p for p in recent if (p / "programme.json").exists()), None)
        if target is None:
            return self._welcome()
        return self.unlock(target)

    def unlock(self, folder: Path) -> bool:
        """Open `folder` with the key remembered on this computer, or ask for it."""
        try:
            programme = unlock(folder, use_keyring=True)
        except DuoError:
            programme = None  # nothing remembered (or stale): ask the person
        if programme is not None:
            self.open(programme)
            return True
        QThreadPool.globalInstance().start(preload_main_window)
        dialog = UnlockDialog(self.context, folder)
        if not self.context.dialogs.run(dialog):
            return False
        if dialog.programme is None:
            return self._welcome()  # the unlock dialog's "open another programme…"
        self.open(dialog.programme)
        return True

    def _welcome(self) -> bool:
        """Create a programme, open another one, or try the demo."""
        from desktop.screens.welcome import WelcomeDialog  # only on a first run

        welcome = WelcomeDialog(self.context)
        if not self.context.dialogs.run(welcome) or welcome.programme is None:
            return False
        self.open(welcome.programme)
        return True

    def open(self, programme: Programme) -> MainWindow:
        """Build the main window around an unlocked programme."""
        from desktop.main_window import MainWindow  # usually preloaded already

        self._folder = programme.folder
        self.context.local.add_recent_programme(programme.folder)
        user = self.context.local.user_id(programme.settings.id)
        self.session = Session(programme, user)
        self.session.settings_changed.connect(self._apply_settings)
        self.window = MainWindow(self.context, self.session)
        self.window.lock_requested.connect(self.lock)
        self.window.show()
        # The list shows the index as it was; files changed elsewhere (a sync client, another
        # laptop) are read after the first paint, off the GUI thread.
        self.session.refresh_index_in_background(self.window, self.context.dialogs)
        # Country and language names load in the background meanwhile, so the first case
        # opened does not wait ~0.2 s for them.
        QThreadPool.globalInstance().start(_warm_up_names)
        self.window.restore_drafts()
        self.window.show_today()
        self._apply_settings()
        return self.window

    def _apply_settings(self) -> None:
        if self.session is None:
            return
        minutes = self.session.programme.profile().idle_lock_minutes
        self.idle_lock.set_timeout_ms(max(0, minutes) * 60_000)

    def lock(self) -> None:
        """Close the window and the programme at once; then ask to unlock again."""
        if self.window is None or self.session is None:
            return
        self.idle_lock.set_timeout_ms(0)
        window, session = self.window, self.session
        self.window, self.session = None, None
        window.keep_all_drafts()
        window.close()
        window.deleteLater()
        session.programme.close()
        session.deleteLater()
        if self._folder is not None and not self.unlock(self._folder):
            QApplication.quit()
