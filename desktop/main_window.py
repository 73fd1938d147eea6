"""The main window of an unlocked programme: tabs for lists, cases and intake interviews.

The window is thin: it places screens in tabs and wires their signals. It is built around
an unlocked `Session` and thrown away whole when the programme is locked, so nothing
personal stays on screen or in memory.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QTabWidget, QVBoxLayout, QWidget

from desktop.context import AppContext
from desktop.screens.participants import ParticipantsScreen
from desktop.screens.waiting_list import WaitingListScreen
from desktop.session import Session
from desktop.tasks import run_task
from storage.records import Role

if TYPE_CHECKING:
    from desktop.screens.case_view import CaseView
    from desktop.screens.intake import IntakeScreen
    from desktop.screens.match_review import MatchReviewWindow
    from desktop.screens.matching_screen import MatchingScreen
    from desktop.screens.report_actions import ReportActions
    from desktop.screens.today_screen import TodayScreen


# The case view and the intake screen (with pycountry, phonenumbers and the workflows) are
# loaded when first opened: the participant list must paint as soon as possible.
def _case_view() -> type[CaseView]:
    from desktop.screens.case_view import CaseView

    return CaseView


def _intake() -> type[IntakeScreen]:
    from desktop.screens.intake import IntakeScreen

    return IntakeScreen


def _is_intake(widget: QWidget | None) -> bool:
    """An intake screen, without loading its module just to ask."""
    return widget is not None and type(widget).__name__ == "IntakeScreen"


class MainWindow(QMainWindow):
    """Participants, the waiting list, matching, Today, and one tab per open case or intake."""

    lock_requested = Signal()

    def __init__(self, context: AppContext, session: Session) -> None:
        super().__init__()
        self.context = context
        self.session = session
        self.setMinimumSize(960, 600)

        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.setTabsClosable(True)
        self.tabs.tabCloseRequested.connect(self.close_tab)
        self.setCentralWidget(self.tabs)

        self.participants = ParticipantsScreen(session, context)
        self.participants.open_case.connect(self.open_case)
        self.waiting_list = WaitingListScreen(session, context)
        self.waiting_list.open_case.connect(self.open_case)
        # The matching screen (with NumPy and SciPy) is built when its tab is first shown.
        self.matching_tab = QWidget()
        QVBoxLayout(self.matching_tab).setContentsMargins(0, 0, 0, 0)
        self._matching: MatchingScreen | None = None
        # Today (with the quality checklist) too: the participant list paints first.
        self.today_tab = QWidget()
        QVBoxLayout(self.today_tab).setContentsMargins(0, 0, 0, 0)
        self._today: TodayScreen | None = None
        self._reports: ReportActions | None = None
        for screen, title in (
            (self.participants, self.tr("Participants")),
            (self.waiting_list, self.tr("Waiting list")),
            (self.matching_tab, self.tr("Matching")),
            (self.today_tab, self.tr("Today")),
        ):
            index = self.tabs.addTab(screen, title)
            # The lists, matching and Today stay: only cases and intakes can be closed.
            self.tabs.tabBar().setTabButton(
                index, self.tabs.tabBar().ButtonPosition.RightSide, None
            )

        self.tabs.currentChanged.connect(self._tab_shown)

        self._user_label = QLabel()
        self.statusBar().addPermanentWidget(self._user_label)
        self._show_settings()
        self._build_menus()
        session.settings_changed.connect(self._show_settings)
        geometry = context.local.geometry("main")
        if geometry is not None:
            self.restoreGeometry(geometry)

    # --- menus ----------------------------------------------------------------------------

    def _action(
        self,
        text: str,
        shortcut: str | None,
        slot: Callable[[], object],
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _build_menus(self) -> None:
        # Explicit keys: a standard key only gives its first binding (Close is Ctrl+F4), and
        # some desktops define none for Preferences or Quit.
        menus = {
            self.tr("&Programme"): [
                (self.tr("New &mentee intake"), "Ctrl+N", lambda: self.start_intake(Role.MENTEE)),
                (self.tr("New m&entor intake"), "Ctrl+Shift+N", self._new_mentor),
                None,
                (self.tr("&Import participants…"), None, self.open_import),
                None,
                (
                    self.tr("Programme &report…"),
                    "Ctrl+Shift+R",
                    lambda: self.reports().programme_report(),
                ),
                (
                    self.tr("&Certificates for ended duos…"),
                    None,
                    lambda: self.reports().certificates(),
                ),
                (self.tr("E&xport for funders…"), "Ctrl+Shift+E", lambda: self.reports().export()),
                None,
                (self.tr("&Settings…"), "Ctrl+,", self.open_settings),
                (self.tr("Re&build the index"), None, self.rebuild_index),
                None,
                (self.tr("&Lock"), "Ctrl+L", self.lock_requested.emit),
                (self.tr("&Quit"), "Ctrl+Q", self.close),
            ],
            self.tr("&View"): [
                (self.tr("&Participants"), "Ctrl+1", self.show_participants),
                (self.tr("&Waiting list"), "Ctrl+2", self.show_waiting_list),
                (self.tr("&Matching"), "Ctrl+3", self.show_matching),
                (self.tr("&Today"), "Ctrl+4", self.show_today),
                (self.tr("&Close tab"), "Ctrl+W", self._close_current_tab),
            ],
        }
        for title, entries in menus.items():
            menu = self.menuBar().addMenu(title)
            for entry in entries:
                if entry is None:
                    menu.addSeparator()
                else:
                    menu.addAction(self._action(*entry))

    def _new_mentor(self) -> None:
        self.start_intake(Role.MENTOR)

    def _close_current_tab(self) -> None:
        self.close_tab(self.tabs.currentIndex())

    def _show_settings(self) -> None:
        name = self.session.programme.settings.name
        self.setWindowTitle(self.tr("Duo — {name}").format(name=name))
        staff = {member.id: member.name for member in self.session.programme.staff()}
        name = staff.get(self.session.user_id)
        self._user_label.setText(
            self.tr("Working as {name}").format(name=name)
            if name
            else self.tr("No staff member chosen")
        )

    # --- navigation -----------------------------------------------------------------------

    def show_participants(self) -> None:
        """Bring the participant list forward, with the cursor in its search box."""
        self.tabs.setCurrentWidget(self.participants)
        self.participants.focus_search()

    def show_waiting_list(self) -> None:
        """Bring the waiting list forward."""
        self.tabs.setCurrentWidget(self.waiting_list)

    def show_matching(self) -> MatchingScreen:
        """Bring the matching screen forward, with the cursor in its search box."""
        self.tabs.setCurrentWidget(self.matching_tab)
        screen = self.matching_screen()
        screen.parts.setCurrentIndex(0)
        screen.suggestions.focus_search()
        return screen

    def matching_screen(self) -> MatchingScreen:
        """The matching screen, built on first use."""
        if self._matching is None:
            from desktop.screens.matching_screen import MatchingScreen

            self._matching = MatchingScreen(self.session, self.context)
            self._matching.open_case.connect(self.open_case)
            self._matching.review_requested.connect(self.open_review)
            self.matching_tab.layout().addWidget(self._matching)
            # A widget added to a visible tab is shown only after the event loop runs:
            # read the pool now, so the screen is never seen empty.
            self._matching.reload()
        return self._matching

    def show_today(self) -> TodayScreen:
        """Bring Today forward, with the cursor in its list."""
        self.tabs.setCurrentWidget(self.today_tab)
        screen = self.today_screen()
        screen.parts.setCurrentIndex(0)
        screen.focus_list()
        return screen

    def today_screen(self) -> TodayScreen:
        """Today, built on first use."""
        if self._today is None:
            from desktop.screens.today_screen import TodayScreen

            self._today = TodayScreen(self.session, self.context)
            self._today.open_requested.connect(self.open_case)
            self._today.open_duo_requested.connect(self.open_duo)
            self.today_tab.layout().addWidget(self._today)
            # A widget added to a visible tab is shown only after the event loop runs: show
            # it now, read, so it is never seen empty and can take the cursor at once.
            self._today.refresh()
            self._today.show()
        return self._today

    def _tab_shown(self, index: int) -> None:
        if self.tabs.widget(index) is self.matching_tab:
            self.matching_screen()
        elif self.tabs.widget(index) is self.today_tab:
            self.today_screen()

    def find_match(self, participant_id: str) -> None:
        """Suggestions for one waiting mentee, or one mentor with a free place."""
        entry = self.session.programme.index.get(participant_id)
        screen = self.show_matching()
        screen.reload()  # a case saved a moment ago must count
        if entry is None or entry.role is None:
            return
        screen.suggestions.search.clear()  # a filter left from before must not hide them
        screen.suggestions.show_role(entry.role)
        if not screen.suggestions.choose(participant_id):
            self.statusBar().showMessage(
                self.tr(
                    "{name} is not listed for matching: only waiting mentees and accepted "
                    "mentors with a free place are."
                ).format(name=entry.display_name),
                10000,
            )

    def open_review(self, mentee_id: str, mentor_id: str) -> MatchReviewWindow | None:
        """The side-by-side review of one pair, in a window of its own."""
        from desktop.screens.match_review import open_review

        return open_review(self, self.session, self.context, mentee_id, mentor_id)

    def _find_tab(self, kind: type[QWidget], case_id: str | None) -> int:
        for index in range(self.tabs.count()):
            widget = self.tabs.widget(index)
            if isinstance(widget, kind) and getattr(widget, "case_id", None) == case_id:
                return index
        return -1

    def open_case(self, case_id: str) -> CaseView:
        """Show a participant's case, in its own tab (reused if already open)."""
        existing = self._find_tab(_case_view(), case_id)
        if existing >= 0:
            self.tabs.setCurrentIndex(existing)
            return self.tabs.widget(existing)  # type: ignore[return-value]
        view = _case_view()(self.session, self.context, case_id)
        view.edit_intake.connect(self.edit_intake)
        view.erased.connect(self._close_case_tabs)
        view.review_requested.connect(self.open_review)
        view.find_match_requested.connect(self.find_match)
        view.open_case_requested.connect(self.open_case)
        index = self.tabs.addTab(view, view.title())
        self.tabs.setCurrentIndex(index)
        return view

    def open_duo(self, mentee_id: str, match_id: str = "") -> CaseView:
        """Show a mentee's case on its Duo tab, on the duo `match_id` when given."""
        view = self.open_case(mentee_id)
        view.show_duo(match_id)
        return view

    def start_intake(self, role: Role, draft_key: str | None = None) -> IntakeScreen:
        """A new intake interview (or one restored from its draft)."""
        screen = _intake()(self.session, self.context, role=role, draft_key=draft_key)
        return self._add_intake(screen)

    def edit_intake(self, case_id: str) -> IntakeScreen:
        """Change the intake of an existing participant."""
        existing = self._find_tab(_intake(), case_id)
        if existing >= 0:
            self.tabs.setCurrentIndex(existing)
            return self.tabs.widget(existing)  # type: ignore[return-value]
        screen = _intake()(self.session, self.context, case_id=case_id)
        return self._add_intake(screen)

    def _add_intake(self, screen: IntakeScreen) -> IntakeScreen:
        screen.saved.connect(self._intake_saved)
        screen.title_changed.connect(lambda title: self._retitle(screen, title))
        index = self.tabs.addTab(screen, screen.title())
        self.tabs.setCurrentIndex(index)
        screen.setFocus(Qt.FocusReason.OtherFocusReason)
        return screen

    def _retitle(self, widget: QWidget, title: str) -> None:
        index = self.tabs.indexOf(widget)
        if index >= 0:
            self.tabs.setTabText(index, title)

    def _intake_saved(self, case_id: str) -> None:
        screen = self.sender()
        if _is_intake(screen):
            self._remove_tab(self.tabs.indexOf(screen))
        self.open_case(case_id)

    def _close_case_tabs(self, case_id: str) -> None:
        for kind in (_case_view(), _intake()):
            while (index := self._find_tab(kind, case_id)) >= 0:
                self._remove_tab(index)
        self.show_participants()

    def close_tab(self, index: int) -> None:
        """Close a case or intake tab; an intake being typed stays as a draft."""
        widget = self.tabs.widget(index)
        fixed = (self.participants, self.waiting_list, self.matching_tab, self.today_tab)
        if widget in fixed or widget is None:
            return
        if _is_intake(widget) and widget.keep_draft():  # type: ignore[union-attr]
            self.statusBar().showMessage(
                self.tr("The interview is kept as a draft; it opens again next time."), 8000
            )
        self._remove_tab(index)

    def _remove_tab(self, index: int) -> None:
        widget = self.tabs.widget(index)
        self.tabs.removeTab(index)
        if widget is not None:
            widget.deleteLater()

    def restore_drafts(self) -> int:
        """Reopen every interview that was being typed when Duo last stopped."""
        restored = 0
        for draft in self.session.programme.drafts.all():
            screen = _intake().from_draft(self.session, self.context, draft)
            if screen is not None:
                self._add_intake(screen)
                restored += 1
        if restored:
            self.statusBar().showMessage(
                self.tr("%n interview(s) restored from a draft.", "", restored), 10000
            )
        return restored

    # --- dialogs --------------------------------------------------------------------------

    def open_settings(self) -> None:
        """The programme's settings."""
        from desktop.screens.settings_dialog import SettingsDialog  # not needed at start-up

        self.context.dialogs.run(SettingsDialog(self.session, self.context, self))

    def open_import(self) -> None:
        """Import participants from a spreadsheet."""
        from desktop.screens.import_dialog import ImportDialog  # not needed at start-up

        self.context.dialogs.run(ImportDialog(self.session, self.context, self))

    def reports(self) -> ReportActions:
        """The Reports menu's actions (loaded with ReportLab on first use, not at start-up)."""
        if self._reports is None:
            from desktop.screens.report_actions import ReportActions

            self._reports = ReportActions(self, self.context, self.session.programme)
        return self._reports

    def rebuild_index(self) -> None:
        """Re-read every case file into the index, with progress."""
        programme = self.session.programme

        def done(_report: object) -> None:
            self.session.index_refreshed.emit()
            self.statusBar().showMessage(self.tr("The index was rebuilt."), 5000)

        run_task(
            self,
            lambda progress: programme.index.rebuild(programme.cases, progress),
            done,
            lambda error: self.context.dialogs.report(self, error),
            label=self.tr("Rebuilding the index…"),
        )

    # --- locking and closing --------------------------------------------------------------

    def keep_all_drafts(self) -> None:
        """Save every open interview as a draft (before locking or quitting)."""
        for index in range(self.tabs.count()):
            widget = self.tabs.widget(index)
            if _is_intake(widget):
                widget.keep_draft()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt's name)
        """Nothing typed is lost when the window closes: interviews stay as drafts."""
        self.keep_all_drafts()
        self.context.local.set_geometry("main", self.saveGeometry())
        self.context.local.sync()
        event.accept()
