"""Case files: one encrypted file per participant, read whole, changed by safe publish.

    store = CaseStore(folder, master_key)
    case_id = store.create(Participant(role=Role.MENTEE, given_name="Çağla"), author=coach)
    with store.edit(case_id, author=coach) as case:
        case.update_participant(municipality="Gent")
        case.add(Note(written_on=date.today(), text="…"))
    store.read(case_id).participant.municipality  # "Gent"

Every change writes an event (who, when, which fields; never the values) to the file's
append-only event table.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import mimetypes
import os
import re
import shutil
from collections.abc import Iterable, Iterator
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any, TypeVar

from storage import encrypted_file
from storage.case_records import CASE_RECORD_TYPES
from storage.case_schema import CASE_SCHEMA
from storage.codec import from_row
from storage.duo_records import Agreement, Ending, Evaluation, FollowUp, Meeting, Outcome
from storage.errors import (
    LOCKED_MESSAGE,
    QT_TRANSLATE_NOOP,
    AttachmentTooLargeError,
    AttachmentUnreadableError,
    ParticipantNotFoundError,
    ProgrammeLockedError,
)
from storage.keys import derive_file_key
from storage.record_edit import RecordEdit, rows, select_all
from storage.records import (
    Attachment,
    Consent,
    ContactLogEntry,
    Event,
    JobTarget,
    LanguageSkill,
    Match,
    Note,
    Participant,
    Record,
    ScreeningDecision,
    Status,
    StatusChange,
    utc_now,
)
from storage.sqlcipher import Connection, DatabaseError

R = TypeVar("R", bound=Record)

CASE_SUFFIX = ".duo"
CASE_ID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
# Large enough for any CV or scanned diploma; a case file must stay quick to copy on save.
MAX_ATTACHMENT_BYTES = 20 * 1024 * 1024


@dataclass
class CaseFile:
    """Everything in one participant's case file, except the attachments' bytes."""

    participant: Participant
    job_targets: list[JobTarget]
    languages: list[LanguageSkill]
    consents: list[Consent]
    screenings: list[ScreeningDecision]
    statuses: list[StatusChange]
    notes: list[Note]
    contacts: list[ContactLogEntry]
    attachments: list[Attachment]
    matches: list[Match]
    events: list[Event]
    generation: int
    agreements: list[Agreement] = field(default_factory=list)
    meetings: list[Meeting] = field(default_factory=list)
    follow_ups: list[FollowUp] = field(default_factory=list)
    endings: list[Ending] = field(default_factory=list)
    evaluations: list[Evaluation] = field(default_factory=list)
    outcomes: list[Outcome] = field(default_factory=list)

    @property
    def status(self) -> StatusChange | None:
        """The latest step on the participant's path."""
        return self.statuses[-1] if self.statuses else None

    @property
    def current_match(self) -> Match | None:
        """The latest match that is still open (proposed up to a running duo)."""
        return next((match for match in reversed(self.matches) if match.is_open), None)


_LIST_ATTRIBUTE = {
    JobTarget: "job_targets",
    LanguageSkill: "languages",
    Consent: "consents",
    ScreeningDecision: "screenings",
    StatusChange: "statuses",
    Note: "notes",
    ContactLogEntry: "contacts",
    Attachment: "attachments",
    Match: "matches",
    Agreement: "agreements",
    Meeting: "meetings",
    FollowUp: "follow_ups",
    Ending: "endings",
    Evaluation: "evaluations",
    Outcome: "outcomes",
}
_ORDER = {
    JobTarget: "position, created_at, rowid",
    StatusChange: "since, created_at, rowid",
    Match: "proposed_on, created_at, rowid",
    Meeting: "held_on, created_at, rowid",
    FollowUp: "held_on, created_at, rowid",
    Ending: "ended_on, created_at, rowid",
    Evaluation: "answered_on, created_at, rowid",
    Outcome: "months_after, recorded_on, rowid",
}


def _select(cls: type[Record]) -> str:
    return select_all(cls, _ORDER.get(cls, "created_at, rowid"))


def read_case(conn: Connection) -> CaseFile:
    """Read every record of an open case file."""
    participant_rows = rows(conn, _select(Participant))
    lists: dict[str, list[Any]] = {
        _LIST_ATTRIBUTE[cls]: [from_row(cls, row) for row in rows(conn, _select(cls))]
        for cls in CASE_RECORD_TYPES
    }
    events = [
        Event(
            seq=row["seq"],
            at=datetime.fromisoformat(row["at"]),
            author=row["author"],
            action=row["action"],
            record_table=row["record_table"],
            record_id=row["record_id"],
            fields=json.loads(row["fields"]),
        )
        for row in rows(conn, "SELECT * FROM events ORDER BY seq")
    ]
    return CaseFile(
        participant=from_row(Participant, participant_rows[0]),
        events=events,
        generation=encrypted_file.read_generation(conn),
        **lists,
    )


class CaseEdit(RecordEdit):
    """The changes to one case file inside `CaseStore.edit`; published together at the end."""

    @property
    def participant(self) -> Participant:
        """The participant as it stands in this edit."""
        return from_row(Participant, rows(self._conn, _select(Participant))[0])

    def remove(self, cls: type[Record], record_id: str) -> None:
        """Delete one record (never the participant: a participant is erased whole)."""
        if cls is Participant:
            raise ValueError("a participant is erased with CaseStore.erase, not removed")
        super().remove(cls, record_id)

    def update_participant(self, **changes: Any) -> Participant:
        """Change some fields of the participant."""
        return self.update(dataclasses.replace(self.participant, **changes))

    def set_status(self, status: Status, since: date, note: str = "") -> StatusChange:
        """Add a dated step to the participant's path."""
        return self.add(StatusChange(status=status, since=since, note=note))

    def attach(self, path: Path, kind: str, media_type: str | None = None) -> Attachment:
        """Copy a document into the case file (size checked before reading it)."""
        content = read_document_file(path)
        guessed = media_type or mimetypes.guess_type(path.name)[0] or "application/octet-stream"
        return self.attach_bytes(path.name, content, kind=kind, media_type=guessed)

    def attach_bytes(
        self, file_name: str, content: bytes, *, kind: str, media_type: str
    ) -> Attachment:
        """Store a document given as bytes."""
        if len(content) > MAX_ATTACHMENT_BYTES:
            raise _too_large(len(content))
        record = Attachment(
            kind=kind,
            file_name=file_name,
            media_type=media_type,
            size=len(content),
            sha256=hashlib.sha256(content).hexdigest(),
        )
        return self.add(record, extra={"content": content})


def read_document_file(path: Path) -> bytes:
    """A document's bytes, its size checked before a byte is read (a 1 GB file costs
    nothing) and memory bounded even if it grows meanwhile. Messages never name the file:
    a CV's file name often holds the person's name."""
    try:
        size = path.stat().st_size
        if size > MAX_ATTACHMENT_BYTES:
            raise _too_large(size)
        with path.open("rb") as handle:
            content = handle.read(MAX_ATTACHMENT_BYTES + 1)
    except OSError as error:
        raise AttachmentUnreadableError(
            QT_TRANSLATE_NOOP(
                "DuoError",
                "Duo could not read the chosen file. Check that it still exists and is not "
                "open in another program, then attach it again.",
            )
        ) from error
    if len(content) > MAX_ATTACHMENT_BYTES:
        raise _too_large(len(content))
    return content


def _too_large(size: int) -> AttachmentTooLargeError:
    """The message for a document over the size Duo keeps in a case file."""
    limit_mb = MAX_ATTACHMENT_BYTES // (1024 * 1024)
    return AttachmentTooLargeError(
        QT_TRANSLATE_NOOP(
            "DuoError",
            "This file is {size} MB; Duo keeps documents up to {limit} MB in a case file. Save "
            "a smaller version (for example a PDF export of the CV, or a scan at a lower "
            "resolution) and attach that.",
        ),
        size=round(size / (1024 * 1024)),
        limit=limit_mb,
    )


def _log_migration(draft: encrypted_file.Draft, edit: CaseEdit, case_id: str) -> None:
    if draft.found_version < CASE_SCHEMA.version:
        edit.log_event("migrate", "meta", case_id, [])


class CaseStore:
    """The `cases/` folder of an unlocked programme."""

    def __init__(self, folder: Path, master_key: bytes, backups: Path) -> None:
        self.folder = folder
        self.cases_dir = folder / "cases"
        self.tmp_dir = folder / ".tmp"
        self._master_key = master_key
        self._backups = backups

    def path(self, case_id: str) -> Path:
        """Where the case file of `case_id` lives."""
        if not CASE_ID.match(case_id):
            raise ParticipantNotFoundError(
                QT_TRANSLATE_NOOP("DuoError", "That is not a participant id.")
            )
        return self.cases_dir / f"{case_id}{CASE_SUFFIX}"

    def key(self, case_id: str) -> bytes:
        """The raw SQLCipher key of one case file."""
        if not self._master_key:
            raise ProgrammeLockedError(LOCKED_MESSAGE)
        return derive_file_key(self._master_key, "case", case_id)

    def case_ids(self) -> list[str]:
        """The ids of all case files present, in no particular order."""
        ids = []
        for entry in os.scandir(self.cases_dir):
            stem = entry.name.removesuffix(CASE_SUFFIX)
            if stem != entry.name and CASE_ID.match(stem):
                ids.append(stem)
        return ids

    def create(
        self,
        participant: Participant,
        *,
        author: str,
        records: Iterable[Record] = (),
        attachments: Iterable[tuple[str, bytes, str, str]] = (),
        durable: bool = True,
    ) -> str:
        """Write a new case file; returns the participant's id (also the file's id).

        `attachments` are (file name, content, kind, media type). `durable=False` skips the
        flush to disk, for bulk creation followed by one `os.sync()`.
        """
        case_id = participant.id
        path = self.path(case_id)
        if path.exists():
            raise FileExistsError(path.name)
        now = utc_now()

        def fill(conn: Connection) -> None:
            edit = CaseEdit(conn, author, now=now)
            edit.add(participant)
            for record in records:
                edit.add(record)
            for file_name, content, kind, media_type in attachments:
                edit.attach_bytes(file_name, content, kind=kind, media_type=media_type)

        self.cases_dir.mkdir(parents=True, exist_ok=True)
        encrypted_file.create(
            path,
            self.key(case_id),
            CASE_SCHEMA,
            self.tmp_dir,
            fill,
            file_id=case_id,
            created_at=now.isoformat(),
            durable=durable,
        )
        return case_id

    def _existing(self, case_id: str) -> Path:
        path = self.path(case_id)
        if not path.exists():
            raise ParticipantNotFoundError(
                QT_TRANSLATE_NOOP(
                    "DuoError",
                    "This participant's file is no longer there (erased, or removed from the "
                    "programme folder). Refresh the list.",
                )
            )
        return path

    def read(self, case_id: str) -> CaseFile:
        """Read a whole case file (attachments without their bytes)."""
        path = self._existing(case_id)
        conn = encrypted_file.open_read(path, self.key(case_id))
        try:
            version = encrypted_file.schema_version(conn)
            if version == CASE_SCHEMA.version:
                return self._read_open(conn, path)
        finally:
            conn.close()
        if version > CASE_SCHEMA.version:
            raise encrypted_file.newer(path, version, CASE_SCHEMA.version)
        self.migrate(case_id)
        return self.read(case_id)

    @staticmethod
    def _read_open(conn: Connection, path: Path) -> CaseFile:
        try:
            return read_case(conn)
        except (DatabaseError, IndexError, KeyError, ValueError) as error:
            raise encrypted_file.damaged(path) from error

    def _backup_before_migration(self, path: Path) -> None:
        self._backups.mkdir(parents=True, exist_ok=True)
        stamp = utc_now().strftime("%Y%m%dT%H%M%S%f")
        shutil.copyfile(path, self._backups / f"{path.stem}.before-migration.{stamp}.duo")

    def _publishing(
        self, case_id: str, *, expected_generation: int | None = None, durable: bool = True
    ) -> AbstractContextManager[encrypted_file.Draft]:
        path = self._existing(case_id)
        return encrypted_file.publishing(
            path,
            self.key(case_id),
            CASE_SCHEMA,
            self.tmp_dir,
            expected_generation=expected_generation,
            durable=durable,
            before_migration=self._backup_before_migration,
        )

    def migrate(self, case_id: str) -> None:
        """Bring an old case file to the current schema, after a local backup copy."""
        with self._publishing(case_id) as draft:
            _log_migration(draft, CaseEdit(draft.conn, ""), case_id)

    def read_attachment(self, case_id: str, attachment_id: str) -> bytes:
        """The bytes of one attachment."""
        path = self._existing(case_id)
        conn = encrypted_file.open_read(path, self.key(case_id))
        try:
            row = conn.execute(
                "SELECT content FROM attachments WHERE id = ?", (attachment_id,)
            ).fetchone()
        except DatabaseError as error:
            raise encrypted_file.damaged(path) from error
        finally:
            conn.close()
        if row is None:
            raise KeyError(attachment_id)
        return bytes(row[0])

    @contextmanager
    def edit(
        self,
        case_id: str,
        *,
        author: str,
        expected_generation: int | None = None,
        durable: bool = True,
    ) -> Iterator[CaseEdit]:
        """Change a case file; all changes are published together when the block ends.

        With `expected_generation`, the save is refused if the file changed since it was read.
        """
        with self._publishing(
            case_id, expected_generation=expected_generation, durable=durable
        ) as draft:
            edit = CaseEdit(draft.conn, author)
            _log_migration(draft, edit, case_id)
            yield edit

    def erase(self, case_id: str) -> None:
        """Delete the case file and the local migration backups of it."""
        self._existing(case_id).unlink()
        if self._backups.is_dir():
            for copy in self._backups.glob(f"{case_id}.*"):
                copy.unlink()
