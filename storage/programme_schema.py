"""The programme file's schema (`programme.duo`) as numbered migrations."""

from __future__ import annotations

from storage.encrypted_file import Schema
from storage.sqlcipher import Connection

_V1_TABLES = (
    "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    """CREATE TABLE staff (
        id TEXT PRIMARY KEY, created_at TEXT, updated_at TEXT, author TEXT NOT NULL DEFAULT '',
        name TEXT NOT NULL,
        email TEXT NOT NULL DEFAULT '',
        active INTEGER NOT NULL DEFAULT 1
    )""",
    """CREATE TABLE erasures (
        id TEXT PRIMARY KEY, created_at TEXT, updated_at TEXT, author TEXT NOT NULL DEFAULT '',
        participant_id TEXT NOT NULL,
        erased_on TEXT NOT NULL,
        reason TEXT NOT NULL DEFAULT ''
    )""",
    """CREATE TABLE events (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        at TEXT NOT NULL,
        author TEXT NOT NULL,
        action TEXT NOT NULL,
        record_table TEXT NOT NULL,
        record_id TEXT NOT NULL,
        fields TEXT NOT NULL DEFAULT '[]'
    )""",
    """CREATE TRIGGER events_append_only_update BEFORE UPDATE ON events
        BEGIN SELECT RAISE(ABORT, 'the event log is append-only'); END""",
    """CREATE TRIGGER events_append_only_delete BEFORE DELETE ON events
        BEGIN SELECT RAISE(ABORT, 'the event log is append-only'); END""",
)


def _v1_initial(conn: Connection) -> None:
    for statement in _V1_TABLES:
        conn.execute(statement)


PROGRAMME_SCHEMA = Schema(kind="programme", migrations=(_v1_initial,))
