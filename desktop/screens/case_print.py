"""The case view's Print menu: a participant's intake summary, the letter after their
screening decision, the consent form to sign and their complete file (for a request of
access under the GDPR), each opened in the print preview.

    menu = CasePrintMenu(view, header.print_button, session, context, today)
    menu.show_case(case)        # after each read of the case file
    menu.pop_up()               # Ctrl+P

Each document is made on the preview's worker thread from the case file as saved, in the
language the participant reads best (`default_language`); the coach may choose another there.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QPoint
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QPushButton, QWidget

from desktop.context import AppContext
from desktop.i18n import current_language
from desktop.screens.print_preview import show_print_preview
from desktop.session import Session
from desktop.workflows.print_case import (
    complete_file_document,
    consent_form_document,
    intake_summary_document,
    letter_document,
)
from desktop.workflows.print_duo import default_language
from printing.case_parts import latest_screening
from storage.cases import CaseFile
from storage.records import Decision

# A document of a case: (programme, case id, language, today=) → PDF bytes.
CaseDocument = Callable[..., bytes]


class CasePrintMenu(QMenu):
    """The documents of the participant shown; the letter only once a decision exists."""

    def __init__(
        self,
        view: QWidget,
        button: QPushButton,
        session: Session,
        context: AppContext,
        today: Callable[[], date],
    ) -> None:
        """The menu of `button`; the previews open over `view`, the case view."""
        super().__init__(button)
        self._view = view
        self._button = button
        self.session = session
        self.context = context
        self._today = today
        self._case_id = ""
        self._language = "en"
        self.setToolTipsVisible(True)
        self.intake_action = self.addAction(self.tr("&Intake summary…"))
        self.letter_action = self.addAction(self.tr("&Letter after screening…"))
        self.consent_action = self.addAction(self.tr("&Consent form…"))
        self.file_action = self.addAction(self.tr("Complete &file (GDPR access request)…"))
        documents: tuple[tuple[QAction, CaseDocument, str, str], ...] = (
            (
                self.intake_action,
                intake_summary_document,
                self.tr("Intake summary"),
                "intake-summary",
            ),
            (self.letter_action, letter_document, self.tr("Letter"), "screening-letter"),
            (self.consent_action, consent_form_document, self.tr("Consent form"), "consent-form"),
            (self.file_action, complete_file_document, self.tr("Complete file"), "complete-file"),
        )
        for action, document, title, stem in documents:
            action.triggered.connect(
                lambda _checked=False, d=document, t=title, s=stem: self.preview(d, t, s)
            )
        button.setMenu(self)

    def show_case(self, case: CaseFile) -> None:
        """Offer the documents of `case`; the letter says which decision it tells."""
        self._case_id = case.participant.id
        self._language = default_language(case, current_language())
        decision = latest_screening(case)
        if decision is None:
            self.letter_action.setText(self.tr("&Letter after screening…"))
            self.letter_action.setToolTip(
                self.tr("Record the screening decision first: the letter tells it.")
            )
        else:
            self.letter_action.setText(
                {
                    Decision.ACCEPTED: self.tr("&Letter after screening: acceptance…"),
                    Decision.REFUSED: self.tr("&Letter after screening: refusal…"),
                    Decision.REFERRED: self.tr("&Letter after screening: referral…"),
                }[decision.decision]
            )
            self.letter_action.setToolTip("")
        self.letter_action.setEnabled(decision is not None)

    def show_nothing(self) -> None:
        """The case file cannot be read: there is nothing to print."""
        self._case_id = ""

    def pop_up(self) -> None:
        """Open the menu below its button (when it is enabled), its first entry chosen,
        for the keyboard."""
        button = self._button
        if not self._case_id or not button.isEnabled():
            return
        self.popup(button.mapToGlobal(QPoint(0, button.height())))
        self.setActiveAction(self.intake_action)

    def preview(self, document: CaseDocument, title: str, file_stem: str) -> None:
        """Open `document` of the participant in the print preview."""
        if not self._case_id:
            return
        programme, case_id, today = self.session.programme, self._case_id, self._today()
        show_print_preview(
            self._view,
            self.context,
            lambda language: document(programme, case_id, language, today=today),
            title=title,
            file_stem=file_stem,
            language=self._language,
        )
