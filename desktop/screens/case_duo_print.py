"""Printing from the Duo page: the agreement of the duo shown, the summary of one of its
meetings, and, once it has ended, the certificate of its mentee or its mentor — each in
the print preview, made on its worker thread from the case file as saved.

    prints = DuoPrints(page, session, context)
    prints.show(case, facts)          # after each read of the case file
    prints.summary(meeting)

A document opens in the language its reader reads best (`default_language`): the mentee's
for the agreement and the summaries (the mentee keeps them), each person's own for their
certificate. The coach may choose another in the preview.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from desktop.context import AppContext
from desktop.i18n import current_language
from desktop.screens.case_duo_data import DuoFacts
from desktop.screens.print_preview import Render, show_print_preview
from desktop.session import Session
from desktop.workflows.print_duo import (
    agreement_document,
    certificate_document,
    default_language,
    session_summary_document,
)
from storage.cases import CaseFile
from storage.duo_records import Meeting
from storage.errors import DuoError
from storage.records import Role

translate = QCoreApplication.translate


class DuoPrints:
    """The documents of the duo a page shows (`show`); previews open over `parent`."""

    def __init__(self, parent: QWidget, session: Session, context: AppContext) -> None:
        self.parent = parent
        self.session = session
        self.context = context
        self._facts: DuoFacts | None = None
        self._language = "en"

    def show(self, case: CaseFile, facts: DuoFacts | None) -> None:
        """Print from now on the duo of `facts`, the mentee of `case`'s."""
        self._facts = facts
        self._language = default_language(case, current_language())

    def agreement(self) -> None:
        """The agreement of the duo: the stored one, or the defaults to complete by hand."""
        facts = self._facts
        if facts is None:
            return
        programme, mentee_id, match_id = self.session.programme, facts.mentee_id, facts.match.id
        self._preview(
            lambda language: agreement_document(programme, mentee_id, match_id, language),
            translate("DuoPage", "Agreement"),
            "agreement",
            self._language,
        )

    def summary(self, meeting: Meeting) -> None:
        """The summary of `meeting`, to hand to the duo."""
        facts = self._facts
        if facts is None:
            return
        programme, mentee_id = self.session.programme, facts.mentee_id
        self._preview(
            lambda language: session_summary_document(programme, mentee_id, meeting.id, language),
            translate("DuoPage", "Session summary"),
            "session-summary",
            self._language,
        )

    def certificate(self, role: Role) -> None:
        """The certificate of participation of the duo's mentee or mentor, once it ended."""
        facts = self._facts
        if facts is None or facts.match.ended_on is None:
            return
        programme, mentee_id, match_id = self.session.programme, facts.mentee_id, facts.match.id
        language = self._language if role is Role.MENTEE else self._mentor_language(facts)
        self._preview(
            lambda chosen: certificate_document(programme, mentee_id, match_id, role, chosen),
            translate("DuoPage", "Certificate"),
            f"certificate-{role.value}",
            language,
        )

    def _mentor_language(self, facts: DuoFacts) -> str:
        """The language the mentor reads best, from their own case file (opened for it
        alone); the mentee's when that file cannot be read, as the preview can change it."""
        try:
            return default_language(
                self.session.programme.cases.read(facts.match.mentor_id), current_language()
            )
        except DuoError:
            return self._language

    def _preview(self, render: Render, title: str, file_stem: str, language: str) -> None:
        show_print_preview(
            self.parent, self.context, render, title=title, file_stem=file_stem, language=language
        )
