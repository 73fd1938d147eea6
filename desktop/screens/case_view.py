"""The case view of one participant: who and where on the path, the profile, and the coach's
work (notes, contacts, screening and consent, documents, history).

Built from one read of the case file; a document's bytes are read only when it is opened.
Every change goes through `desktop.workflows.case_actions`, then `notify_case_saved`, which
tells every screen, this one included: the view shows what the file holds, never a guess.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QSplitter,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop.context import AppContext
from desktop.error_text import error_text
from desktop.i18n import shown_list
from desktop.rules.match_steps import DeclinedBy, MatchStep, earliest_day, last_decided
from desktop.rules.status_path import earliest_decision_day
from desktop.screens import document_window
from desktop.screens.case_duo import DuoPage
from desktop.screens.case_header import CaseHeader
from desktop.screens.case_journal import history_html
from desktop.screens.case_match import MatchPage
from desktop.screens.case_pages import (
    ContactsPage,
    DocumentsPage,
    NotesPage,
    ScreeningPage,
    text_list,
)
from desktop.screens.case_print import CasePrintMenu
from desktop.screens.case_profile import ProfileView
from desktop.screens.case_words import CaseWords
from desktop.screens.erase_dialog import EraseDialog
from desktop.screens.match_step_dialog import (
    AnswerDialog,
    DeclineDialog,
    FirstMeetingDialog,
    ValidationDialog,
)
from desktop.screens.screening_dialog import ScreeningDialog
from desktop.session import Session
from desktop.workflows import case_actions, matching
from storage.cases import CaseFile
from storage.errors import DuoError
from storage.records import Attachment, Consent, Match, Role

_DOCUMENT_FILTER = "*.pdf *.docx *.odt *.png *.jpg *.jpeg"


class CaseView(QWidget):
    """One participant's case, in a tab of the main window."""

    edit_intake = Signal(str)  # participant id
    erased = Signal(str)  # participant id
    review_requested = Signal(str, str)  # mentee id, mentor id
    find_match_requested = Signal(str)  # participant id
    open_case_requested = Signal(str)  # a mentee's case id, from a mentor's duos

    def __init__(
        self,
        session: Session,
        context: AppContext,
        case_id: str,
        *,
        today: Callable[[], date] = date.today,
    ) -> None:
        super().__init__()
        self.session = session
        self.context = context
        self.case_id = case_id
        self._today = today
        self.case: CaseFile | None = None
        self.words = CaseWords(staff={}, lists={})

        self.header = CaseHeader()
        self.header.edit_button.clicked.connect(self._edit)
        QShortcut(
            QKeySequence("Ctrl+E"), self, self._edit, Qt.ShortcutContext.WidgetWithChildrenShortcut
        )
        self.header.decide_button.clicked.connect(self.decide)
        self.header.erase_button.clicked.connect(self.erase)
        self.printing = CasePrintMenu(self, self.header.print_button, session, context, today)
        QShortcut(
            QKeySequence("Ctrl+P"),
            self,
            self.printing.pop_up,
            Qt.ShortcutContext.WidgetWithChildrenShortcut,
        )

        self.profile = ProfileView()
        self.notes = NotesPage()
        self.notes.submitted.connect(self._add_note)
        self.contacts = ContactsPage(today())
        self.contacts.submitted.connect(self._add_contact)
        self.screening = ScreeningPage()
        self.screening.withdraw_requested.connect(self._withdraw)
        self.documents = DocumentsPage()
        self.documents.open_requested.connect(self._open_document)
        self.documents.attach_requested.connect(self._attach)
        self.match = MatchPage()
        self.match.step_requested.connect(self._match_step)
        self.match.decline_requested.connect(self._decline_match)
        self.match.review_requested.connect(self.review_requested)
        self.match.find_requested.connect(self.find_match_requested)
        self.duo = DuoPage(session, context, today=today)
        self.duo.open_case_requested.connect(self.open_case_requested)
        self.duo.reveal_requested.connect(self.show_duo)
        self.duo.reload_requested.connect(self.reload)
        self.duo.add_shortcuts(self)
        self.history: QTextBrowser = text_list(self.tr("History"))
        self.tabs = QTabWidget()
        pages = (self.notes, self.contacts, self.match, self.duo, self.screening, self.documents)
        for page in (*pages, self.history):
            self.tabs.addTab(page, "")
        self._lay_out()
        session.case_saved.connect(self._case_saved)
        session.case_erased.connect(self._case_erased)
        self.reload()

    def _lay_out(self) -> None:
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.profile)
        splitter.addWidget(self.tabs)
        # The profile gets a little less than half: the notes need the width more.
        splitter.setSizes([9000, 11000])
        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addWidget(splitter, 1)
        self.setFocusProxy(self.tabs)
        self.setTabOrder(self.header.erase_button, self.profile)
        self.setTabOrder(self.profile, self.tabs)

    # --- showing ---------------------------------------------------------------------------

    def title(self) -> str:
        """The participant's name, for the tab."""
        if self.case is None:
            return self.tr("Participant")
        return self.case.participant.display_name or self.tr("Participant")

    def reload(self) -> None:
        """Read the case file again and show it."""
        programme = self.session.programme
        try:
            case = programme.cases.read(self.case_id)
            words = CaseWords.read(programme)
        except DuoError as error:
            self._show_unreadable(error)
            return
        self.case, self.words = case, words
        self.tabs.setEnabled(True)
        self.header.show_case(case, words, self._today())
        self.printing.show_case(case)
        self.profile.show_case(case, words)
        self.notes.show_case(case, words)
        self.contacts.set_channels(words.channels)
        self.contacts.show_case(case, words)
        self.screening.show_case(case, words)
        self.documents.show_case(case)
        self._show_match(case)
        self.duo.show_case(case, words)
        self.history.setHtml(history_html(case, words))
        self._title_tabs(case)

    def _name_of(self, participant_id: str) -> str:
        entry = self.session.programme.index.get(participant_id)
        if entry is None:
            return self.tr("(a participant who was erased)")
        return entry.display_name

    def _show_match(self, case: CaseFile) -> None:
        role = case.participant.role
        if role is Role.MENTEE:
            self.match.show_mentee(case, self._name_of, self._today())
        elif role is Role.MENTOR:
            matches = [
                m for m in self.session.programme.index.matches() if m.mentor_id == self.case_id
            ]
            self.match.show_mentor(case, matches, self._name_of)
        else:
            self.match.show_nothing()

    def _show_unreadable(self, error: DuoError) -> None:
        self.case = None
        self.header.show_unreadable(error_text(error))
        self.printing.show_nothing()
        self.profile.clear()
        self.tabs.setEnabled(False)

    def _title_tabs(self, case: CaseFile) -> None:
        titles = (
            self.tr("&Notes ({count})").format(count=len(case.notes)),
            self.tr("C&ontacts ({count})").format(count=len(case.contacts)),
            self.tr("&Match"),
            self.tr("D&uos") if case.participant.role is Role.MENTOR else self.tr("D&uo"),
            self.tr("&Screening and consent"),
            self.tr("&Documents ({count})").format(count=len(case.attachments)),
            self.tr("&History"),
        )
        for index, title in enumerate(titles):
            self.tabs.setTabText(index, title)

    def _case_saved(self, case_id: str) -> None:
        if case_id == self.case_id:
            self.reload()
        elif self.case is not None and self.case.participant.role is Role.MENTOR:
            # A mentor's matches live in their mentees' files.
            self._show_match(self.case)
            self.duo.show_case(self.case, self.words)

    def show_duo(self, match_id: str = "") -> None:
        """Bring the Duo tab to the front, showing the duo `match_id` when given (Today
        opens a duo's case this way, on the duo its item is about)."""
        self.tabs.setCurrentWidget(self.duo)
        if match_id:
            self.duo.show_match(match_id)

    def _case_erased(self, case_id: str) -> None:
        # Erased here or anywhere else: the tab has nothing left to show.
        if case_id == self.case_id:
            self.erased.emit(case_id)

    # --- acting ----------------------------------------------------------------------------

    def _save(self, change: Callable[[], object]) -> bool:
        """Run one change through its workflow, then tell everyone (this view reloads)."""
        try:
            change()
        except Exception as error:  # a DuoError is a message, anything else a bug report
            self.context.dialogs.report(self, error)
            return False
        try:
            self.session.notify_case_saved(self.case_id)
        except Exception as error:  # saved; only refreshing the lists failed
            self.context.dialogs.report(self, error)
            self.reload()
        return True

    def _edit(self) -> None:
        if self.case is not None:
            self.edit_intake.emit(self.case_id)

    def _add_note(self, text: str) -> None:
        programme, user = self.session.programme, self.session.user_id
        if self._save(
            lambda: case_actions.add_note(
                programme, self.case_id, text, written_on=self._today(), author=user
            )
        ):
            self.notes.clear_editor()

    def _add_contact(self, day: date, channel: str, summary: str) -> None:
        programme, user = self.session.programme, self.session.user_id
        if self._save(
            lambda: case_actions.add_contact(
                programme,
                self.case_id,
                contacted_on=day,
                channel=channel,
                summary=summary,
                author=user,
            )
        ):
            self.contacts.clear_form()

    def _withdraw(self, consent: Consent) -> None:
        purpose = self.words.label("consent_purposes", consent.purpose)
        if not self.context.dialogs.confirm(
            self,
            self.tr("Withdraw consent"),
            self.tr(
                "Record that {name} withdrew consent today for: {purpose}? The consent stays "
                "in the case file with both dates, as proof."
            ).format(name=self.title(), purpose=purpose),
            self.tr("Withdraw consent"),
        ):
            return
        programme, user = self.session.programme, self.session.user_id
        self._save(
            lambda: case_actions.withdraw_consent(
                programme, self.case_id, consent.id, withdrawn_on=self._today(), author=user
            )
        )

    def _open_document(self, attachment: Attachment) -> None:
        try:
            data = self.session.programme.cases.read_attachment(self.case_id, attachment.id)
        except Exception as error:  # a DuoError is a message, anything else a bug report
            self.context.dialogs.report(self, error)
            return
        document_window.show_document(self, data, attachment.media_type, attachment.file_name)

    def _attach(self, kind: str) -> None:
        path = self.context.dialogs.open_file(
            self,
            self.tr("Attach a document"),
            self.tr("Documents ({patterns})").format(patterns=_DOCUMENT_FILTER),
        )
        if path is None:
            return
        programme, user = self.session.programme, self.session.user_id
        self._save(
            lambda: case_actions.attach_document(
                programme, self.case_id, path, kind=kind, author=user
            )
        )

    def decide(self) -> None:
        """Ask for the screening decision and record it."""
        if self.case is None:
            return
        programme = self.session.programme
        try:
            reasons = [
                (i.code, i.label) for i in shown_list(programme, "refusal_reasons") if i.active
            ]
            destinations = [
                i.label for i in shown_list(programme, "referral_destinations") if i.active
            ]
            user = self.session.user_id
            staff = [(m.id, m.name) for m in programme.staff() if m.active or m.id == user]
        except DuoError as error:
            self.context.dialogs.report(self, error)
            return
        dialog = ScreeningDialog(
            self,
            name=self.title(),
            staff=staff,
            user_id=user,
            reasons=reasons,
            destinations=destinations,
            today=self._today(),
            earliest=earliest_decision_day(self.case.statuses),
        )
        try:
            if self.context.dialogs.run(dialog):
                self._record_decision(dialog)
        finally:
            dialog.deleteLater()

    def _record_decision(self, dialog: ScreeningDialog) -> None:
        programme, user = self.session.programme, self.session.user_id
        self._save(
            lambda: case_actions.decide_screening(
                programme,
                self.case_id,
                dialog.decision(),
                reason=dialog.reason(),
                referred_to=dialog.referred_to(),
                decided_on=dialog.decided_on(),
                author=user,
                decided_by=dialog.decided_by(),
                category=dialog.category(),
            )
        )

    # --- the steps of a match ---------------------------------------------------------------

    def _current_match(self, match_id: str) -> Match | None:
        if self.case is None:
            return None
        return next((m for m in self.case.matches if m.id == match_id), None)

    def _pair_names(self, match: Match) -> str:
        return self.tr("{mentee} and {mentor}").format(
            mentee=self.title(), mentor=self._name_of(match.mentor_id)
        )

    def _match_step(self, step_value: str, match_id: str) -> None:
        match = self._current_match(match_id)
        if match is None:
            return
        step = MatchStep(step_value)
        names, today, earliest = self._pair_names(match), self._today(), earliest_day(match)
        if step is MatchStep.FIRST_MEETING:
            earliest = last_decided(match)  # the meeting may be moved, even while ahead
        programme, user = self.session.programme, self.session.user_id
        if step in (MatchStep.MENTOR_ANSWER, MatchStep.MENTEE_ANSWER):
            who = DeclinedBy.MENTOR if step is MatchStep.MENTOR_ANSWER else DeclinedBy.MENTEE
            answer = AnswerDialog(self, who=who, names=names, today=today, earliest=earliest)
            if self._ask(answer):
                self._save(
                    lambda: matching.record_answer(
                        programme,
                        self.case_id,
                        match_id,
                        who,
                        answer.answer(),
                        on=answer.day(),
                        reason=answer.reason(),
                        author=user,
                        today=today,
                    )
                )
        elif step is MatchStep.FIRST_MEETING:
            plan = FirstMeetingDialog(self, names=names, today=today, earliest=earliest)
            if match.first_meeting_on is not None:  # moving a planned meeting
                plan.show_plan(
                    match.first_meeting_on, match.first_meeting_place, bool(match.coach_present)
                )
            if self._ask(plan):
                self._save(
                    lambda: matching.plan_first_meeting(
                        programme,
                        self.case_id,
                        match_id,
                        on=plan.day(),
                        place=plan.place(),
                        coach_present=plan.coach_present(),
                        author=user,
                    )
                )
        else:
            valid = ValidationDialog(self, names=names, today=today, earliest=earliest)
            if self._ask(valid):
                self._save(
                    lambda: matching.validate_duo(
                        programme,
                        self.case_id,
                        match_id,
                        on=valid.day(),
                        author=user,
                        today=today,
                    )
                )

    def _decline_match(self, match_id: str) -> None:
        match = self._current_match(match_id)
        if match is None:
            return
        today = self._today()
        dialog = DeclineDialog(
            self, names=self._pair_names(match), today=today, earliest=last_decided(match)
        )
        if not self._ask(dialog):
            return
        programme, user = self.session.programme, self.session.user_id
        self._save(
            lambda: matching.decline_match(
                programme,
                self.case_id,
                match_id,
                by=dialog.declined_by(),
                reason=dialog.reason(),
                on=dialog.day(),
                author=user,
                today=today,
            )
        )

    def _ask(self, dialog: QDialog) -> bool:
        """Run a step's dialog. Its deletion is only scheduled: the caller reads the answers
        before control returns to the event loop."""
        accepted = self.context.dialogs.run(dialog)
        dialog.deleteLater()
        return accepted

    def erase(self) -> None:
        """Erase the participant, after the reason and a deliberate confirmation."""
        if self.case is None:
            return
        name = self.title()
        dialog = EraseDialog(self, name=name)
        try:
            if not self.context.dialogs.run(dialog):
                return
            reason = dialog.reason_text()
        finally:
            dialog.deleteLater()
        try:
            case_actions.erase(
                self.session.programme, self.case_id, reason=reason, author=self.session.user_id
            )
        except Exception as error:  # a DuoError is a message, anything else a bug report
            self.context.dialogs.report(self, error)
            return
        self.context.dialogs.inform(
            self,
            self.tr("Erased"),
            self.tr(
                "{name} was erased. The erasure log keeps only the date and the reason."
            ).format(name=name),
        )
        self.session.case_erased.emit(self.case_id)  # the lists, and this tab, follow
