"""The programme file's schema (`programme.duo`) as numbered migrations.

Version 2 added the programme's settings (address, logo, idle lock, waiting threshold) and
the lists the coordinator edits (sectors, occupations, referring partners, …).
"""

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


def _v2_settings_and_lists(conn: Connection) -> None:
    conn.execute("CREATE TABLE settings (key TEXT PRIMARY KEY, value)")
    conn.execute(
        """CREATE TABLE list_items (
            id TEXT PRIMARY KEY, created_at TEXT, updated_at TEXT,
            author TEXT NOT NULL DEFAULT '',
            list_name TEXT NOT NULL,
            code TEXT NOT NULL,
            label TEXT NOT NULL,
            parent TEXT NOT NULL DEFAULT '',
            position INTEGER NOT NULL,
            active INTEGER NOT NULL DEFAULT 1,
            UNIQUE (list_name, code)
        )"""
    )


PROGRAMME_SCHEMA = Schema(kind="programme", migrations=(_v1_initial, _v2_settings_and_lists))
