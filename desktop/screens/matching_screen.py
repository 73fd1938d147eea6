"""The Matching screen: suggestions for one participant, and a proposal for everyone waiting.

A program proposes and explains; the coach decides (domain.md, step 5). Both parts read the
matching pool from the index (`desktop.matching.from_index`), never a case file, and save a
pair only through the matching workflow, which checks it again against the case files.
The pool is read when the screen comes into view, and again on a change while it is shown;
several changes in a row (a save refreshes the index, then says the case was saved) are
read once.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from desktop.context import AppContext
from desktop.matching.from_index import MatchPool, load_pool, match_settings
from desktop.screens.case_words import CaseWords
from desktop.screens.matching_pool import PoolPanel
from desktop.screens.matching_suggestions import SuggestionsPanel
from desktop.session import Session
from storage.errors import DuoError


class MatchingScreen(QWidget):
    """Matching, in two parts: for one participant, and for everyone waiting."""

    open_case = Signal(str)  # participant id
    review_requested = Signal(str, str)  # mentee id, mentor id

    def __init__(
        self,
        session: Session,
        context: AppContext,
        *,
        today: Callable[[], date] = date.today,
    ) -> None:
        super().__init__()
        self.session = session
        self.context = context
        self.pool: MatchPool | None = None

        self.suggestions = SuggestionsPanel(session, context, today)
        self.whole_pool = PoolPanel(session, context, today)
        self.parts = QTabWidget()
        self.parts.addTab(self.suggestions, self.tr("For &one participant"))
        self.parts.addTab(self.whole_pool, self.tr("For &everyone waiting"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.parts)
        for part in (self.suggestions, self.whole_pool):
            part.open_case.connect(self.open_case)
            part.review_requested.connect(self.review_requested)

        # Read when first shown: at start-up the participant list paints first.
        self._stale = True
        self._reload_soon = QTimer(self)
        self._reload_soon.setSingleShot(True)
        self._reload_soon.setInterval(0)
        self._reload_soon.timeout.connect(self._reload_if_stale)
        session.index_refreshed.connect(self._changed)
        session.case_saved.connect(self._case_changed)
        session.case_erased.connect(self._case_changed)
        session.settings_changed.connect(self._settings_changed)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt's name)
        """Bring the pool up to date when the screen comes into view."""
        if self._stale:
            self.reload()
        super().showEvent(event)

    def reload(self) -> None:
        """Read the pool, the settings and the words again; keep what is chosen."""
        programme = self.session.programme
        try:
            pool = load_pool(programme.index)
            settings = match_settings(programme.profile())
            words = CaseWords.read(programme)
        except DuoError as error:
            self.context.dialogs.report(self, error)
            return
        self._stale = False
        self.pool = pool
        self.suggestions.set_pool(pool, settings, words)
        self.whole_pool.set_pool(pool, settings, words)

    def _changed(self) -> None:
        self._stale = True
        if self.isVisible():
            self._reload_soon.start()

    def _case_changed(self, case_id: str) -> None:
        self.whole_pool.note_change(case_id)
        self._changed()

    def _settings_changed(self) -> None:
        self.whole_pool.note_change()
        self._changed()

    def _reload_if_stale(self) -> None:
        if self._stale and self.isVisible():
            self.reload()
