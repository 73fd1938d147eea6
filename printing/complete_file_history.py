"""The rows of the tables in a complete file: the steps of the path, the documents kept
(their name, kind, size and date, never their content) and the record history (who
changed what, and when: the case file's event log).

A history row names the fields a change touched, in the reader's language where the
document has a word for them; for an addition the record itself is printed elsewhere, so
only changes list their fields.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from printing.case_labels import CaseLabels
from printing.case_parts import known
from printing.words import Words
from storage.records import Attachment, Event, StatusChange

# The words of a record's fields: (from the participant's words or the file's, key prefix).
_FIELD_WORDS = {
    "participant": (True, "field"),
    "consents": (True, "consent"),
    "screening": (True, "screening"),
    "matches": (False, "match"),
    "agreements": (False, "agreement"),
    "meetings": (False, "meeting"),
    "follow_ups": (False, "follow_up"),
    "endings": (False, "ending"),
    "evaluations": (False, "evaluation"),
    "outcomes": (False, "outcome"),
    "notes": (False, "note"),
    "contacts": (False, "contact"),
    "attachments": (False, "attachment"),
    "status_history": (False, "status"),
    "job_targets": (False, "job_target"),
    "languages": (False, "language"),
}
_KB = 1024
_MB = 1024 * 1024


def status_rows(statuses: Sequence[StatusChange], intake: Words) -> list[list[str]]:
    """One row per step on the path: since when, the step, its note."""
    return [
        [
            intake.date(step.since),
            known(intake, f"status_{step.status.value}", step.status),
            step.note,
        ]
        for step in statuses
    ]


def size_text(size: int, words: Words) -> str:
    """A file size people read: "830 KB", "2,4 MB"."""
    if size < _MB:
        return words("kilobytes", n=max(1, round(size / _KB)))
    return words("megabytes", n=words.number(size / _MB, 1))


def _local(moment: datetime | None) -> datetime | None:
    # Stored in UTC; the reader thinks in this computer's time.
    return moment.astimezone() if moment is not None else None


def attachment_rows(attachments: Sequence[Attachment], words: Words) -> list[list[str]]:
    """One row per document kept: its file name, kind, size and the day it was added."""
    rows = []
    for attachment in attachments:
        added = _local(attachment.created_at)
        rows.append(
            [
                attachment.file_name,
                known(words, f"attachment_kind_{attachment.kind}", attachment.kind),
                size_text(attachment.size, words),
                words.date(added.date()) if added else "",
            ]
        )
    return rows


def _field_name(table: str, name: str, words: Words, intake: Words) -> str:
    from_intake, prefix = _FIELD_WORDS.get(table, (False, table))
    return known(intake if from_intake else words, f"{prefix}_{name}", name.replace("_", " "))


def event_rows(
    events: Sequence[Event], labels: CaseLabels, words: Words, intake: Words
) -> list[list[str]]:
    """One row per line of the event log: when, by whom, what, and the fields changed."""
    rows = []
    for event in events:
        at = event.at.astimezone()
        record = known(words, f"table_{event.record_table}", event.record_table)
        what = known(words, f"action_{event.action}", event.action)
        changed = (
            ", ".join(_field_name(event.record_table, f, words, intake) for f in event.fields)
            if event.action == "update"
            else ""
        )
        rows.append(
            [
                f"{at:%d/%m/%Y %H:%M}",  # short: the history is a long table
                labels.staff_name(event.author)
                or (words("by_duo") if not event.author else words("former_staff")),
                words("event_record", record=record, action=what),
                changed,
            ]
        )
    return rows
