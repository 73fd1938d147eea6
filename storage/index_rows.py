"""What one case file gives the local index: its participant row and its matches, each
with the summary of a duo (`storage.index` keeps them; this module only reads a file).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from storage import encrypted_file
from storage.case_schema import CASE_SCHEMA
from storage.cases import CaseStore
from storage.codec import from_row
from storage.duo_records import (
    DUO_RECORD_TYPES,
    Agreement,
    Ending,
    Evaluation,
    FollowUp,
    Meeting,
    Outcome,
)
from storage.duo_summary import DuoSummary, summarise
from storage.errors import QT_TRANSLATE_NOOP, ParticipantNotFoundError
from storage.folding import fold
from storage.record_edit import rows, select_all
from storage.records import OPEN_MATCH_STATES, Match, MatchState, Status, wait_start
from storage.sqlcipher import DatabaseError

_STATUSES = {status.value: status for status in Status}


# One query per case file gives its whole index row: the rebuild decodes nothing else.
_ROW_QUERY = """
SELECT p.id, p.role, p.given_name, p.family_name, p.municipality, p.postcode,
    p.availability, p.coach, p.capacity, p.gender, p.year_of_birth, p.country_of_origin,
    p.mobility, p.interests, p.preferred_mentor_gender, p.preferred_mentor_age, p.generalist,
    p.info_session_on, p.intake_on, p.arrival_year, p.diploma_level,
    (SELECT decision FROM screening ORDER BY decided_on DESC, created_at DESC, rowid DESC
        LIMIT 1) AS decision,
    (SELECT reason != '' OR referred_to != '' FROM screening
        ORDER BY decided_on DESC, created_at DESC, rowid DESC LIMIT 1) AS decision_reason_given,
    EXISTS (SELECT 1 FROM consents WHERE purpose = 'evaluation' AND withdrawn_on IS NULL)
        AS evaluation_consent,
    EXISTS (SELECT 1 FROM consents WHERE purpose = 'funder-report' AND withdrawn_on IS NULL)
        AS report_consent,
    (SELECT json_group_array(json_array(status, since)) FROM (SELECT status, since
        FROM status_history ORDER BY since, created_at, rowid)) AS steps,
    (SELECT json_group_array(sector) FROM (SELECT sector FROM job_targets
        WHERE sector != '' ORDER BY position, created_at, rowid)) AS sectors,
    (SELECT json_group_array(occupation) FROM (SELECT occupation FROM job_targets
        WHERE occupation != '' ORDER BY position, created_at, rowid)) AS occupations,
    (SELECT json_group_object(language, level) FROM (SELECT language, level FROM languages
        ORDER BY created_at, rowid)) AS languages,
    s.status, s.since AS status_since,
    (SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'generation') AS generation
FROM participant AS p
LEFT JOIN (SELECT status, since FROM status_history
    ORDER BY since DESC, created_at DESC, rowid DESC LIMIT 1) AS s
"""


_MATCH_QUERY = select_all(Match, "proposed_on, created_at, rowid")


@dataclass(frozen=True)
class MatchEntry:
    """One match as the index knows it: enough for capacities, declined pairs and lists."""

    id: str
    mentee_id: str
    mentor_id: str
    state: MatchState
    state_since: date
    proposed_on: date
    duo: DuoSummary | None = None  # once validated: what Today and the quality rules need

    @property
    def is_open(self) -> bool:
        """Whether it holds one of the mentor's places."""
        return self.state in OPEN_MATCH_STATES


def match_entry(row: tuple[Any, ...]) -> MatchEntry:
    """A row of the index's `matches` table as a MatchEntry."""
    return MatchEntry(
        row[0],
        row[1],
        row[2],
        MatchState(row[3]),
        date.fromisoformat(row[4]),
        date.fromisoformat(row[5]),
        DuoSummary.from_json(row[6]) if row[6] else None,
    )


def read_index_row(store: CaseStore, case_id: str) -> dict[str, Any]:
    """The index row of one case file, read with a single query.

    An old file is migrated first (through `CaseStore.read`, which keeps a backup copy); a
    file from a newer Duo raises `NewerSchemaError` and is left untouched.
    """
    path = store.path(case_id)
    try:
        # Stat before reading: if the file is replaced meanwhile, the next refresh sees a
        # changed size or time and reads it again.
        info = path.stat()
    except FileNotFoundError as error:
        raise ParticipantNotFoundError(
            QT_TRANSLATE_NOOP("DuoError", "The file is gone.")
        ) from error
    conn = encrypted_file.open_read(path, store.key(case_id))
    try:
        version = encrypted_file.schema_version(conn)
        if version == CASE_SCHEMA.version:
            try:
                cursor = conn.execute(_ROW_QUERY)
                names = [d[0] for d in cursor.description]
                row = dict(zip(names, cursor.fetchone(), strict=True))
                matches = [from_row(Match, match) for match in rows(conn, _MATCH_QUERY)]
                duo_records = {
                    cls: [from_row(cls, item) for item in rows(conn, select_all(cls))]
                    for cls in DUO_RECORD_TYPES
                }
            except (DatabaseError, TypeError, ValueError) as error:
                raise encrypted_file.damaged(path) from error
    finally:
        conn.close()
    if version > CASE_SCHEMA.version:
        raise encrypted_file.newer(path, version, CASE_SCHEMA.version)
    if version < CASE_SCHEMA.version:
        store.read(case_id)
        return read_index_row(store, case_id)
    steps = [
        (_STATUSES[status], date.fromisoformat(since))
        for status, since in json.loads(row.pop("steps") or "[]")
    ]
    waiting_since = wait_start(steps)
    return row | {
        "registered_on": steps[0][1].isoformat() if steps else None,
        "folded_name": " ".join(search_words(f"{row['given_name']} {row['family_name']}")),
        "status": row["status"] or "",
        "waiting_since": waiting_since.isoformat() if waiting_since else None,
        "file_size": info.st_size,
        "file_mtime_ns": info.st_mtime_ns,
        "damaged": 0,
        "matches": [_match_row(row["id"], match, duo_records) for match in matches],
    }


def _match_row(
    mentee_id: str, match: Match, duo_records: Mapping[type, list[Any]]
) -> tuple[Any, ...]:
    summary = summarise(
        match,
        agreements=duo_records[Agreement],
        meetings=duo_records[Meeting],
        follow_ups=duo_records[FollowUp],
        endings=duo_records[Ending],
        evaluations=duo_records[Evaluation],
        outcomes=duo_records[Outcome],
    )
    return (
        match.id,
        mentee_id,
        match.mentor_id,
        match.state.value,
        match.state_since.isoformat(),
        match.proposed_on.isoformat(),
        summary.to_json() if summary else None,
    )


def search_words(text: str) -> list[str]:
    """The folded words of a name or a query, split the same way for both sides.

    Splitting here (not only in the FTS tokenizer, whose Unicode tables differ from
    Python's) keeps what is stored and what is searched made of the same words.
    """
    return "".join(c if c.isalnum() else " " for c in fold(text)).split()


def match_expression(text: str) -> str | None:
    """The FTS5 query for what a user typed: every word, as a prefix, in any order."""
    words = search_words(text)
    if not words:
        return None
    return " ".join(f'"{w}"*' for w in words)
