"""The programme's settings: name, address and logo; staff, and this computer's interface
language; the editable lists; the idle lock, the waiting threshold and the passphrase; the
matching weights and thresholds; the pace of the follow-up of duos; the questions of the
evaluations.

Nothing is stored until OK (except a change of passphrase, which says so); Cancel discards.
OK checks every page first, so a problem on one page never leaves the others half saved.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from datetime import date

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTabWidget, QVBoxLayout, QWidget

from desktop.context import AppContext
from desktop.i18n import current_language, shown_list
from desktop.matching.from_index import load_pool
from desktop.screens.case_words import CaseWords
from desktop.screens.settings_evaluations import EvaluationSettingsPage
from desktop.screens.settings_follow_up import FollowUpSettingsPage
from desktop.screens.settings_lists import ListsSettingsPage
from desktop.screens.settings_matching import MatchingSettingsPage
from desktop.screens.settings_programme import ProgrammeSettingsPage
from desktop.screens.settings_security import SecuritySettingsPage
from desktop.screens.settings_staff import StaffSettingsPage
from desktop.session import Session
from storage.programme import ProgrammeProfile
from storage.question_sets import question_set_versions, save_question_set, shown_question_set


class SettingsDialog(QDialog):
    """Seven pages in tabs; OK saves them all and tells the session."""

    def __init__(
        self,
        session: Session,
        context: AppContext,
        parent: QWidget | None = None,
        *,
        today: Callable[[], date] = date.today,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.context = context
        programme = session.programme
        self.setWindowTitle(self.tr("Settings — {name}").format(name=programme.settings.name))
        self.setMinimumSize(900, 640)

        self._profile = programme.profile()
        staff = programme.staff()
        me = next((member.name for member in staff if member.id == session.user_id), "")
        self.programme_page = ProgrammeSettingsPage(
            context,
            programme.settings.name,
            self._profile.address,
            self._profile.logo,
            self._profile.logo_media_type,
        )
        self.staff_page = StaffSettingsPage(context, staff, session.user_id)
        self.lists_page = ListsSettingsPage(context, lambda name: shown_list(programme, name))
        self.security_page = SecuritySettingsPage(
            context,
            programme,
            self._profile.idle_lock_minutes,
            self._profile.waiting_threshold_days,
            avoid=(programme.settings.name, me),
        )
        self._today = today
        words = CaseWords.read(programme)
        self.matching_page = MatchingSettingsPage(
            self._profile, load_pool(programme.index), words, today=today
        )
        self.follow_up_page = FollowUpSettingsPage(self._profile)
        self.evaluations_page = EvaluationSettingsPage(
            context,
            lambda code: [
                shown_question_set(version, current_language())
                for version in question_set_versions(programme, code)
            ],
            words.staff_name,
        )
        self.tabs = QTabWidget()
        self.tabs.addTab(self.programme_page, self.tr("&Programme"))
        self.tabs.addTab(self.staff_page, self.tr("S&taff"))
        self.tabs.addTab(self.lists_page, self.tr("&Lists"))
        self.tabs.addTab(self.security_page, self.tr("Securit&y and waiting"))
        self.tabs.addTab(self.matching_page, self.tr("Matchin&g"))
        self.tabs.addTab(self.follow_up_page, self.tr("&Follow-up"))
        self.tabs.addTab(self.evaluations_page, self.tr("E&valuations"))

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(self.buttons)
        self.programme_page.name.setFocus()

    def profile(self) -> ProgrammeProfile:
        """The programme-wide settings as edited."""
        edited = dataclasses.replace(
            self._profile,
            address=self.programme_page.address_text(),
            logo=self.programme_page.logo,
            logo_media_type=self.programme_page.logo_media_type,
            idle_lock_minutes=self.security_page.idle_minutes.value(),
            waiting_threshold_days=self.security_page.waiting_threshold_days(),
        )
        return self.follow_up_page.edited(self.matching_page.edited(edited))

    def accept(self) -> None:
        """Check every page, save what changed, tell the session, close."""
        if not self.programme_page.check():
            self.tabs.setCurrentWidget(self.programme_page)
            self.programme_page.name.setFocus()
            return
        if not self.lists_page.check():
            self.tabs.setCurrentWidget(self.lists_page)
            self.lists_page.table.setFocus()
            return
        if not self.evaluations_page.check():
            self.tabs.setCurrentWidget(self.evaluations_page)
            self.evaluations_page.table.setFocus()
            return
        try:
            self._save()
        except Exception as error:  # a DuoError shows its message; anything else is a bug
            self.context.dialogs.report(self, error)
            return
        self.session.settings_changed.emit()
        super().accept()

    def _save(self) -> None:
        programme = self.session.programme
        author = self.session.user_id
        name = self.programme_page.programme_name()
        if name != programme.settings.name:
            programme.rename(name)
        profile = self.profile()
        if profile != self._profile:
            programme.save_profile(profile, author=author)
            self._profile = profile
        staff = self.staff_page.model
        added, changed = staff.new_members(), staff.changed_members()
        if added or changed:
            with programme.edit_programme_file(author=author) as edit:
                for member in added:
                    edit.add(member)
                for member in changed:
                    edit.update(member)
            staff.original.update({member.id: member for member in added + changed})
        for list_name, items in self.lists_page.changed_lists().items():
            programme.save_list(list_name, items, author=author)
            self.lists_page.models[list_name].original = list(items)
        for question_set in self.evaluations_page.changed_sets():
            save_question_set(programme, question_set, author=author, today=self._today())
        if staff.me and staff.me != self.session.user_id:
            self.context.local.set_user_id(programme.settings.id, staff.me)
            self.session.user_id = staff.me
        language = self.staff_page.chosen_language()
        if language != self.context.local.language():
            self.context.local.set_language(language)
            self.context.local.sync()
