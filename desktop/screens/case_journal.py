"""The read-only lists of a case view as rich text: notes, contacts, screening decisions,
and the history of changes, newest first.

One text document per list, not one widget per entry: hundreds of notes cost one layout, the
text wraps to any width and scrolls, and a coach can select and copy from it. Everything a
person typed is escaped, so a note can never be read as markup.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, QObject

from desktop.labels import decision_label, status_label
from desktop.rules.case_history import Change, Save, group_saves
from desktop.screens.case_words import CaseWords, day_text, field_labels, moment_text
from storage.cases import CaseFile
from storage.records import Decision

translate = QCoreApplication.translate


class CaseJournal(QObject):
    """The translation context of these texts. A text with a count goes through its `tr`,
    so that translators get its plural forms: pyside6-lupdate reads none from
    `translate(context, text, None, n)`."""


def _text(value: str) -> str:
    """User text as HTML: escaped, line breaks kept."""
    return html.escape(value).replace("\n", "<br>")


def _entry(heading: str, body: str) -> str:
    return f"<p style='margin-bottom:10px'>{heading}<br>{body}</p>"


def _empty(text: str) -> str:
    return f"<p><i>{html.escape(text)}</i></p>"


def notes_html(case: CaseFile, words: CaseWords) -> str:
    """The coach's notes, newest first: date and author, then the text."""
    notes = sorted(case.notes, key=lambda n: (n.written_on, n.created_at or 0), reverse=True)
    if not notes:
        return _empty(translate("CaseJournal", "No notes yet."))
    return "".join(
        _entry(
            f"<b>{html.escape(day_text(note.written_on))}</b> · "
            f"{html.escape(words.staff_name(note.author))}",
            _text(note.text),
        )
        for note in notes
    )


def contacts_html(case: CaseFile, words: CaseWords) -> str:
    """The contact log, newest first: date, channel and who, then what it was about."""
    contacts = sorted(
        case.contacts, key=lambda c: (c.contacted_on, c.created_at or 0), reverse=True
    )
    if not contacts:
        return _empty(translate("CaseJournal", "No contacts logged yet."))
    entries = []
    for contact in contacts:
        parts = [f"<b>{html.escape(day_text(contact.contacted_on))}</b>"]
        if contact.channel:
            parts.append(html.escape(words.label("contact_channels", contact.channel)))
        parts.append(html.escape(words.staff_name(contact.author)))
        entries.append(_entry(" · ".join(parts), _text(contact.summary)))
    return "".join(entries)


def decisions_html(case: CaseFile, words: CaseWords) -> str:
    """Every screening decision, the latest first, with what the candidate was told."""
    decisions = sorted(
        case.screenings, key=lambda d: (d.decided_on, d.created_at or 0), reverse=True
    )
    if not decisions:
        return _empty(translate("CaseJournal", "No screening decision yet."))
    entries = []
    for decision in decisions:
        heading = translate("CaseJournal", "<b>{decision}</b> on {day}, by {name}").format(
            decision=html.escape(decision_label(decision.decision)),
            day=html.escape(day_text(decision.decided_on)),
            name=html.escape(words.staff_name(decision.decided_by or decision.author)),
        )
        lines = []
        if decision.decision is Decision.REFERRED:
            lines.append(
                translate("CaseJournal", "Referred to: {where}").format(
                    where=_text(decision.referred_to)
                )
            )
            lines.append(
                translate("CaseJournal", "Why: {reason}").format(reason=_text(decision.reason))
            )
        elif decision.decision is Decision.REFUSED:
            lines.append(
                translate("CaseJournal", "Reason (in the refusal letter): {reason}").format(
                    reason=_text(decision.reason)
                )
            )
        entries.append(_entry(heading, "<br>".join(lines)))
    return "".join(entries)


# --- the history of changes -------------------------------------------------------------


class _HistoryWords:
    """Words one change of one save in a person's terms."""

    def __init__(self, case: CaseFile, words: CaseWords) -> None:
        self.fields = field_labels()
        # What each record is called, by id: events name records, never their values.
        self.purposes = {c.id: words.label("consent_purposes", c.purpose) for c in case.consents}
        self.decisions = {s.id: decision_label(s.decision) for s in case.screenings}
        self.steps = {s.id: status_label(s.status) for s in case.statuses}
        self.files = {a.id: a.file_name for a in case.attachments}

    @staticmethod
    def _names(change: Change, known: dict[str, str]) -> str:
        return "; ".join(known[rid] for rid in change.record_ids if rid in known)

    def change(self, change: Change, save: Save) -> str | None:
        """One line for a change; None when another line of the save already says it."""
        action, part, count = change.action, change.part, change.count
        if part == "participant" and action == "update":
            names = ", ".join(self.fields.get(name, name) for name in change.fields)
            return translate("CaseJournal", "Profile changed: {fields}").format(fields=names)
        if part == "participant":
            return translate("CaseJournal", "Case file created")
        if save.created_case:
            return None  # the rest of the intake: "Case file created" says it
        if part == "screening":
            decisions = self._names(change, self.decisions) or "?"
            return translate("CaseJournal", "Screening decision: {decision}").format(
                decision=decisions
            )
        if part == "status_history":
            if any(other.part == "screening" for other in save.changes):
                return None  # the decision's line names the step already
            steps = self._names(change, self.steps) or "?"
            return translate("CaseJournal", "New step on the path: {step}").format(step=steps)
        if part == "consents":
            return self.consent(change)
        if part == "attachments":
            files = self._names(change, self.files)
            if action == "remove" or not files:
                return CaseJournal.tr("%n document(s) removed", "", count)
            return translate("CaseJournal", "Document attached: {files}").format(files=files)
        return self.plain(action, part, count)

    def consent(self, change: Change) -> str:
        purposes = self._names(change, self.purposes)
        if change.action == "update" and "withdrawn_on" in change.fields:
            return translate("CaseJournal", "Consent withdrawn: {purposes}").format(
                purposes=purposes
            )
        if change.action == "add":
            return translate("CaseJournal", "Consent recorded: {purposes}").format(
                purposes=purposes
            )
        return translate("CaseJournal", "Consents changed")

    def plain(self, action: str, part: str, count: int) -> str:
        said = {
            ("add", "notes"): lambda: CaseJournal.tr("%n note(s) added", "", count),
            ("update", "notes"): lambda: CaseJournal.tr("%n note(s) changed", "", count),
            ("remove", "notes"): lambda: CaseJournal.tr("%n note(s) removed", "", count),
            ("add", "contacts"): lambda: CaseJournal.tr("%n contact(s) logged", "", count),
            ("update", "contacts"): lambda: CaseJournal.tr("%n contact(s) changed", "", count),
            ("remove", "contacts"): lambda: CaseJournal.tr("%n contact(s) removed", "", count),
            ("migrate", "meta"): lambda: translate(
                "CaseJournal", "File brought up to date for a new version of Duo"
            ),
        }
        if (action, part) in said:
            return said[(action, part)]()
        if part == "job_targets":
            return translate("CaseJournal", "Job target changed")
        if part == "languages":
            return translate("CaseJournal", "Languages changed")
        return translate("CaseJournal", "Other details changed")


def history_html(case: CaseFile, words: CaseWords) -> str:
    """Every save, newest first: when, who, and what changed in human words."""
    wording = _HistoryWords(case, words)
    entries = []
    for save in group_saves(case.events):
        lines = [wording.change(change, save) for change in save.changes]
        said = list(dict.fromkeys(line for line in lines if line))
        heading = (
            f"<b>{html.escape(moment_text(save.at))}</b> · "
            f"{html.escape(words.staff_name(save.author))}"
        )
        entries.append(_entry(heading, "<br>".join(html.escape(line) for line in said)))
    return "".join(entries) or _empty(translate("CaseJournal", "No changes recorded."))
