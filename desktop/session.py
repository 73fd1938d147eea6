"""An unlocked programme in the running application: who works, and what changed.

Screens hold no globals: each receives the `Session` and listens to its signals, so a saved
intake refreshes the participant list and the waiting list without the screens knowing each
other.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QWidget

from desktop.dialogs import Dialogs
from desktop.tasks import run_task
from storage.index import RefreshReport
from storage.programme import Programme


class Session(QObject):
    """The programme, the staff member at the keyboard, and change notifications."""

    case_saved = Signal(str)  # participant id
    case_erased = Signal(str)
    settings_changed = Signal()
    index_refreshed = Signal()

    def __init__(self, programme: Programme, user_id: str) -> None:
        super().__init__()
        self.programme = programme
        self.user_id = user_id

    def refresh_index(self) -> None:
        """Bring the index up to date with the case files and tell the lists."""
        self.programme.index.refresh(self.programme.cases)
        self.index_refreshed.emit()

    def refresh_index_in_background(self, parent: QWidget, dialogs: Dialogs) -> None:
        """Refresh the index on a worker; tell the lists only if anything changed."""
        programme = self.programme

        def done(report: RefreshReport) -> None:
            if report.read or report.removed or report.damaged:
                self.index_refreshed.emit()

        run_task(
            parent,
            lambda progress: programme.index.refresh(programme.cases, progress),
            done,
            lambda error: dialogs.report(parent, error),
            label=QCoreApplication.translate("Session", "Reading the participants' files…"),
        )

    def notify_case_saved(self, case_id: str) -> None:
        """A case file was written: refresh the index, then tell everyone."""
        self.refresh_index()
        self.case_saved.emit(case_id)
