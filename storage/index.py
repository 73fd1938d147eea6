"""The local index: what lists, search and matching need, derived from the case files.

It lives in the user data folder of this computer (never in the programme folder), is
encrypted with its own key, and can always be rebuilt from the case files: it is never the
only copy of anything. A refresh re-reads only the files whose size or modification time
changed; a rebuild re-reads them all.
"""

from __future__ import annotations

import json
import os
import threading
from collections.abc import Callable, Mapping
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from operator import attrgetter
from pathlib import Path
from types import MappingProxyType
from typing import TYPE_CHECKING, Any

from storage.cases import CASE_ID, CASE_SUFFIX, CaseStore
from storage.errors import (
    CaseFileDamagedError,
    DuoError,
    NewerSchemaError,
)
from storage.index_rows import (
    MatchEntry,
    match_entry,
    match_expression,
    read_index_row,
)
from storage.records import Role, Status
from storage.sqlcipher import INDEX_CACHE_KIB, Connection, DatabaseError, connect_local

if TYPE_CHECKING:
    from sqlite_utils import Database

# Bump when the columns change: the index is derived, so it is simply rebuilt.
INDEX_VERSION = 7
Progress = Callable[[int, int], None]
_READERS = max(2, min(8, os.cpu_count() or 2))

_COLUMNS: dict[str, Any] = {
    "id": str,
    "role": str,
    "given_name": str,
    "family_name": str,
    "folded_name": str,
    "status": str,
    "status_since": str,
    "waiting_since": str,
    "sectors": str,
    "occupations": str,
    "municipality": str,
    "postcode": str,
    "languages": str,
    "availability": str,
    "coach": str,
    "capacity": int,
    "gender": str,
    "year_of_birth": int,
    "country_of_origin": str,
    "mobility": str,
    "interests": str,
    "preferred_mentor_gender": str,
    "preferred_mentor_age": str,
    "generalist": int,
    "info_session_on": str,
    "intake_on": str,
    "decision": str,
    "decision_reason_given": int,
    "evaluation_consent": int,
    "registered_on": str,
    "arrival_year": int,
    "diploma_level": str,
    "report_consent": int,
    "generation": int,
    "file_size": int,
    "file_mtime_ns": int,
    "damaged": int,
}


@dataclass(frozen=True)
class IndexEntry:
    """One participant as lists, search and matching see them."""

    id: str
    role: Role | None
    given_name: str
    family_name: str
    folded_name: str  # the words search matches, accent- and case-free
    status: Status | None
    status_since: date | None
    waiting_since: date | None
    sectors: tuple[str, ...]
    occupations: tuple[str, ...]
    municipality: str
    postcode: str
    languages: Mapping[str, str]  # language code → level
    availability: tuple[str, ...]
    coach: str
    capacity: int | None
    gender: str
    year_of_birth: int | None
    country_of_origin: str
    generation: int
    damaged: bool
    mobility: str = ""
    interests: str = ""
    preferred_mentor_gender: str = ""
    preferred_mentor_age: str = ""
    generalist: bool = False
    # For the quality criteria: the info session, the interview, the screening decision
    # and whether its reason was noted (a refusal's reason must be told).
    info_session_on: date | None = None
    intake_on: date | None = None
    decision: str = ""
    decision_reason_given: bool = False
    # Consent to be contacted for evaluations and outcome follow-ups, given and not withdrawn.
    evaluation_consent: bool = False
    # For the programme report and the funders' export: the day of registration (the first
    # step on the path), the year of arrival in the country and the diploma level.
    registered_on: date | None = None
    arrival_year: int | None = None
    diploma_level: str = ""
    # Consent to pseudonymised data in reports to funders, given and not withdrawn: who the
    # funders' export may hold.
    report_consent: bool = False

    @property
    def display_name(self) -> str:
        """Given and family name."""
        return f"{self.given_name} {self.family_name}".strip()


@dataclass
class RefreshReport:
    """What a refresh or rebuild found."""

    read: int = 0
    removed: int = 0
    unchanged: int = 0
    damaged: list[str] = field(default_factory=list)  # file names
    newer: list[str] = field(default_factory=list)  # file names from a newer Duo
    went_back: list[str] = field(default_factory=list)  # an older copy replaced a newer one


def _optional_date(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


# Many participants share the same sectors, languages or availability: parsing each distinct
# JSON text once keeps listing 20,000 entries quick. The parsed values are immutable, so
# sharing them between entries is safe.
@lru_cache(maxsize=16384)
def _strings(text: str | None) -> tuple[str, ...]:
    return tuple(json.loads(text)) if text else ()


@lru_cache(maxsize=16384)
def _levels(text: str | None) -> Mapping[str, str]:
    return MappingProxyType(json.loads(text) if text else {})


_ROLES = {role.value: role for role in Role}
_STATUSES = {status.value: status for status in Status}
# A mentor's status stays "accepted" while they mentor (their file is never written by a
# match), so their wait for a next mentee starts when their latest duo ended, if later.
_WAITING_SINCE = (
    "CASE WHEN role = 'mentor' AND waiting_since IS NOT NULL THEN max(waiting_since, "
    "coalesce((SELECT max(m.state_since) FROM matches AS m WHERE m.mentor_id = "
    "participants.id AND m.state = 'ended'), '')) ELSE waiting_since END"
)
_ENTRY_COLUMNS = (
    "id, role, given_name, family_name, folded_name, status, status_since, "
    f"{_WAITING_SINCE}, "
    "sectors, occupations, municipality, postcode, languages, availability, coach, capacity, "
    "gender, year_of_birth, country_of_origin, generation, damaged, mobility, interests, "
    "preferred_mentor_gender, preferred_mentor_age, generalist, info_session_on, intake_on, "
    "decision, decision_reason_given, evaluation_consent, registered_on, arrival_year, "
    "diploma_level, report_consent"
)


def _entry(row: tuple[Any, ...]) -> IndexEntry:
    return IndexEntry(
        row[0],
        _ROLES.get(row[1] or ""),
        row[2] or "",
        row[3] or "",
        row[4] or "",
        _STATUSES.get(row[5] or ""),
        _optional_date(row[6]),
        _optional_date(row[7]),
        _strings(row[8]),
        _strings(row[9]),
        row[10] or "",
        row[11] or "",
        _levels(row[12]),
        _strings(row[13]),
        row[14] or "",
        row[15],
        row[16] or "",
        row[17],
        row[18] or "",
        row[19] or 0,
        bool(row[20]),
        row[21] or "",
        row[22] or "",
        row[23] or "",
        row[24] or "",
        bool(row[25]),
        _optional_date(row[26]),
        _optional_date(row[27]),
        row[28] or "",
        bool(row[29]),
        bool(row[30]),
        _optional_date(row[31]),
        row[32],
        row[33] or "",
        bool(row[34]),
    )


def _case_file_stats(
    cases_dir: Path, known: dict[str, tuple[int, int, int]]
) -> dict[str, tuple[int, int]]:
    """Size and modification time of every case file, by id (a known id skips the pattern:
    this loop is most of a refresh that finds nothing new)."""
    stats: dict[str, tuple[int, int]] = {}
    for entry in os.scandir(cases_dir):
        name = entry.name
        if not name.endswith(CASE_SUFFIX):
            continue
        case_id = name[: -len(CASE_SUFFIX)]
        if case_id not in known and not CASE_ID.match(case_id):
            continue
        try:
            info = entry.stat()
        except FileNotFoundError:
            continue  # removed since the folder was listed
        stats[case_id] = (info.st_size, info.st_mtime_ns)
    return stats


class Index:
    """The local, derived index of one programme."""

    def __init__(self, conn: Connection) -> None:
        self._conn = conn
        self._db: Database | None = None
        # Every entry, loaded on first use and kept current by refresh: making 20,000
        # entries takes ~0.3 s, and a list refreshes after every save.
        self._entries: dict[str, IndexEntry] | None = None
        self._matches: dict[str, tuple[MatchEntry, ...]] | None = None  # by mentee id
        self._entries_lock = threading.Lock()
        # One refresh at a time: the application refreshes on a worker at start-up while a
        # save may refresh on the GUI thread.
        self._update_lock = threading.Lock()

    @property
    def db(self) -> Database:
        """sqlite-utils over the index's connection, for creating tables and bulk writes.

        Imported on first use: a start-up that finds nothing to write never needs it, and
        the import costs about a tenth of a second.
        """
        if self._db is None:
            import sqlite_utils

            self._db = sqlite_utils.Database(self._conn)
        return self._db

    @classmethod
    def open(cls, path: Path, key: bytes) -> Index:
        """Open the index, or start a new one if it is missing, damaged or outdated."""
        path.parent.mkdir(parents=True, exist_ok=True)
        try:
            conn = connect_local(path, key, durable=False, cache_kib=INDEX_CACHE_KIB)
        except DatabaseError:
            # Derived data: a damaged or foreign index is replaced and rebuilt.
            for suffix in ("", "-wal", "-shm"):
                Path(f"{path}{suffix}").unlink(missing_ok=True)
            conn = connect_local(path, key, durable=False, cache_kib=INDEX_CACHE_KIB)
        index = cls(conn)
        index._ensure_schema()
        return index

    def _ensure_schema(self) -> None:
        version = self._conn.execute("PRAGMA user_version").fetchone()[0]
        exists = self._conn.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'participants'"
        ).fetchone()
        if version == INDEX_VERSION and exists:
            return
        for name in self.db.table_names():
            if not name.startswith("participants_fts_"):
                self.db[name].drop(ignore=True)
        self.db["participants"].create(_COLUMNS, pk="id", not_null={"id"})
        self.db["participants"].create_index(["role", "status"])
        self.db["participants"].enable_fts(
            ["folded_name"], tokenize="unicode61 remove_diacritics 2", create_triggers=True
        )
        self._conn.execute(
            "CREATE TABLE matches (id TEXT PRIMARY KEY, mentee_id TEXT NOT NULL, "
            "mentor_id TEXT NOT NULL, state TEXT NOT NULL, state_since TEXT NOT NULL, "
            "proposed_on TEXT NOT NULL, duo TEXT)"
        )
        self._conn.execute("CREATE INDEX matches_mentee ON matches (mentee_id)")
        self._conn.execute("CREATE INDEX matches_mentor ON matches (mentor_id, state)")
        self._conn.execute(f"PRAGMA user_version = {INDEX_VERSION}")

    def close(self) -> None:
        """Close the index's connection."""
        self._conn.close()

    # --- reading --------------------------------------------------------------------------

    def count(self) -> int:
        """How many case files the index knows."""
        return int(self._conn.execute("SELECT count(*) FROM participants").fetchone()[0])

    def get(self, case_id: str) -> IndexEntry | None:
        """One entry by id."""
        row = self._conn.execute(
            f"SELECT {_ENTRY_COLUMNS} FROM participants WHERE id = ?",  # noqa: S608
            (case_id,),
        ).fetchone()
        return _entry(row) if row else None

    def entries(
        self, *, role: Role | None = None, status: Status | None = None
    ) -> list[IndexEntry]:
        """Every entry, optionally of one role or status, in name order."""
        with self._entries_lock:
            if self._entries is None:
                sql = f"SELECT {_ENTRY_COLUMNS} FROM participants"  # noqa: S608
                self._entries = {row[0]: _entry(row) for row in self._conn.execute(sql)}
            chosen = [
                entry
                for entry in self._entries.values()
                if (role is None or entry.role is role)
                and (status is None or entry.status is status)
            ]
        chosen.sort(key=attrgetter("folded_name"))
        return chosen

    def _update_cached(self, changed: list[str], gone: list[str]) -> None:
        with self._entries_lock:
            # Matches are few next to participants: reloading them all is simpler than
            # patching and costs about a millisecond.
            self._matches = None
            if self._entries is None:
                return
            for case_id in gone:
                self._entries.pop(case_id, None)
            for start in range(0, len(changed), 500):
                chunk = changed[start : start + 500]
                marks = ", ".join("?" for _ in chunk)
                sql = f"SELECT {_ENTRY_COLUMNS} FROM participants WHERE id IN ({marks})"  # noqa: S608
                for row in self._conn.execute(sql, chunk):
                    self._entries[row[0]] = _entry(row)

    def search(self, text: str, *, limit: int = 50) -> list[IndexEntry]:
        """Participants whose names start with each typed word, ignoring accents and case."""
        expression = match_expression(text)
        if expression is None:
            return []
        sql = (
            f"SELECT {_ENTRY_COLUMNS} FROM participants WHERE rowid IN "  # noqa: S608
            "(SELECT rowid FROM participants_fts WHERE participants_fts MATCH ?) "
            "ORDER BY folded_name LIMIT ?"
        )
        return [_entry(row) for row in self._conn.execute(sql, (expression, limit))]

    def matches(self) -> list[MatchEntry]:
        """Every match of every mentee, each mentee's oldest first."""
        with self._entries_lock:
            return [match for group in self._match_groups().values() for match in group]

    def matches_of(self, mentee_id: str) -> tuple[MatchEntry, ...]:
        """One mentee's matches, oldest first."""
        with self._entries_lock:
            return self._match_groups().get(mentee_id, ())

    def _match_groups(self) -> dict[str, tuple[MatchEntry, ...]]:
        if self._matches is None:
            groups: dict[str, list[MatchEntry]] = {}
            sql = "SELECT * FROM matches ORDER BY proposed_on, rowid"
            for row in self._conn.execute(sql):
                match = match_entry(row)
                groups.setdefault(match.mentee_id, []).append(match)
            self._matches = {mentee: tuple(group) for mentee, group in groups.items()}
        return self._matches

    # --- keeping it current ---------------------------------------------------------------

    def remove(self, case_id: str) -> None:
        """Forget one participant (after an erasure)."""
        mentors = self._mentors_of([case_id])
        with self._conn:
            self._conn.execute("DELETE FROM participants WHERE id = ?", (case_id,))
            self._conn.execute("DELETE FROM matches WHERE mentee_id = ?", (case_id,))
        self._update_cached(mentors, [case_id])

    def _mentors_of(self, mentee_ids: list[str]) -> list[str]:
        """The mentors matched with these mentees: their entries depend on those matches."""
        found: set[str] = set()
        for start in range(0, len(mentee_ids), 500):
            chunk = mentee_ids[start : start + 500]
            marks = ", ".join("?" for _ in chunk)
            sql = f"SELECT mentor_id FROM matches WHERE mentee_id IN ({marks})"  # noqa: S608
            found.update(row[0] for row in self._conn.execute(sql, chunk))
        return sorted(found)

    def _known(self) -> dict[str, tuple[int, int, int]]:
        cursor = self._conn.execute(
            "SELECT id, file_size, file_mtime_ns, generation FROM participants"
        )
        return {row[0]: (row[1], row[2], row[3] or 0) for row in cursor}

    def refresh(self, store: CaseStore, progress: Progress | None = None) -> RefreshReport:
        """Re-read the case files that changed since the last refresh."""
        with self._update_lock:
            return self._update(store, progress, full=False)

    def rebuild(self, store: CaseStore, progress: Progress | None = None) -> RefreshReport:
        """Forget everything and re-read every case file."""
        with self._update_lock:
            with self._conn:
                self._conn.execute("DELETE FROM participants")
                self._conn.execute("DELETE FROM matches")
            with self._entries_lock:
                self._entries = None
                self._matches = None
            return self._update(store, progress, full=True)

    def _update(self, store: CaseStore, progress: Progress | None, *, full: bool) -> RefreshReport:
        report = RefreshReport()
        known = {} if full else self._known()
        present = _case_file_stats(store.cases_dir, known)
        changed = [
            case_id
            for case_id, stat in present.items()
            if case_id not in known or known[case_id][:2] != stat
        ]
        gone = [case_id for case_id in known if case_id not in present]
        gone_mentors = self._mentors_of(gone) if gone else []
        report.unchanged = len(present) - len(changed)
        damaged: list[str] = []
        rows = self._read_changed(store, changed, known, report, progress, damaged)
        with self._conn:
            # A damaged file keeps its last good entry, flagged, so it stays findable; its
            # size and time are recorded so it is not re-read until it changes again.
            self._conn.executemany(
                "INSERT INTO participants (id, file_size, file_mtime_ns, damaged) "
                "VALUES (?, ?, ?, 1) ON CONFLICT(id) DO UPDATE SET damaged = 1, "
                "file_size = excluded.file_size, file_mtime_ns = excluded.file_mtime_ns",
                [(case_id, *present[case_id]) for case_id in damaged],
            )
            if gone:
                self._conn.executemany(
                    "DELETE FROM participants WHERE id = ?", [(case_id,) for case_id in gone]
                )
                self._conn.executemany(
                    "DELETE FROM matches WHERE mentee_id = ?", [(case_id,) for case_id in gone]
                )
        # A mentor's entry depends on their mentees' matches (see _WAITING_SINCE).
        mentors = {match[2] for row in rows for match in row["matches"]}
        if rows:
            self._upsert(rows)
        mentors.update(gone_mentors)
        self._update_cached([row["id"] for row in rows] + damaged + sorted(mentors), gone)
        report.removed = len(gone)
        return report

    def _upsert(self, rows: list[dict[str, Any]]) -> None:
        # One prepared statement for every row: sqlite-utils' upsert_all inspects each
        # value in Python, a second for 5,000 rows.
        matches = [(row["id"], row.pop("matches")) for row in rows]
        names = list(rows[0])
        updates = ", ".join(f"{name} = excluded.{name}" for name in names if name != "id")
        sql = (
            f"INSERT INTO participants ({', '.join(names)}) "  # noqa: S608 (fixed names)
            f"VALUES ({', '.join('?' for _ in names)}) ON CONFLICT(id) DO UPDATE SET {updates}"
        )
        with self._conn:
            self._conn.executemany(sql, [tuple(row[name] for name in names) for row in rows])
            self._conn.executemany(
                "DELETE FROM matches WHERE mentee_id = ?", [(mentee,) for mentee, _ in matches]
            )
            self._conn.executemany(
                "INSERT INTO matches VALUES (?, ?, ?, ?, ?, ?, ?)",
                [match for _, group in matches for match in group],
            )

    def _read_changed(
        self,
        store: CaseStore,
        changed: list[str],
        known: dict[str, tuple[int, int, int]],
        report: RefreshReport,
        progress: Progress | None,
        damaged: list[str],
    ) -> list[dict[str, Any]]:
        rows: list[dict[str, Any]] = []

        def attempt(case_id: str) -> dict[str, Any] | DuoError:
            try:
                return read_index_row(store, case_id)
            except DuoError as error:
                return error

        # SQLCipher decrypts with the GIL released, so threads read files in parallel.
        with ThreadPoolExecutor(max_workers=_READERS) as pool:
            for number, (case_id, result) in enumerate(
                zip(changed, pool.map(attempt, changed), strict=True), start=1
            ):
                if isinstance(result, CaseFileDamagedError):
                    report.damaged.append(result.file_name)
                    damaged.append(case_id)
                elif isinstance(result, NewerSchemaError):
                    report.newer.append(store.path(case_id).name)
                elif isinstance(result, dict):
                    if case_id in known and result["generation"] < known[case_id][2]:
                        report.went_back.append(store.path(case_id).name)
                    rows.append(result)
                    report.read += 1
                # ParticipantNotFoundError: erased or moved away while we were reading.
                if progress is not None:
                    progress(number, len(changed))
        return rows
