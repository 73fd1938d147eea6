"""Adding, changing and removing records inside an open draft, with the audit trail.

Used for case files and the programme file alike: every change writes one event (who, when,
which fields; never the values) to the file's append-only `events` table.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Iterable
from datetime import datetime
from typing import Any, TypeVar

from storage.codec import column_names, from_row, to_row
from storage.records import Record, utc_now
from storage.sqlcipher import Connection

R = TypeVar("R", bound=Record)


def select_all(cls: type[Record], order: str = "created_at, rowid", where: str = "1") -> str:
    """The query for the records of a class, in a stable order (`where` is fixed SQL text
    with `?` parameters, never user text)."""
    columns = ", ".join(column_names(cls))
    return f"SELECT {columns} FROM {cls.TABLE} WHERE {where} ORDER BY {order}"  # noqa: S608


def rows(conn: Connection, sql: str, params: Iterable[Any] = ()) -> list[dict[str, Any]]:
    """Rows as dicts keyed by column name."""
    cursor = conn.execute(sql, tuple(params))
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


class RecordEdit:
    """The changes to one file's records inside a publishing draft."""

    def __init__(self, conn: Connection, author: str, *, now: datetime | None = None) -> None:
        self._conn = conn
        self._author = author
        self._now = now or utc_now()

    def log_event(self, action: str, table: str, record_id: str, fields: list[str]) -> None:
        """Append one line to the audit trail."""
        self._conn.execute(
            "INSERT INTO events (at, author, action, record_table, record_id, fields) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            (self._now.isoformat(), self._author, action, table, record_id, json.dumps(fields)),
        )

    def add(self, record: R, *, extra: dict[str, Any] | None = None) -> R:
        """Add a new record; sets its timestamps and author."""
        stamped = dataclasses.replace(
            record,
            created_at=self._now,
            updated_at=self._now,
            author=record.author or self._author,
        )
        row = to_row(stamped) | (extra or {})
        names = ", ".join(row)
        marks = ", ".join("?" for _ in row)
        self._conn.execute(
            f"INSERT INTO {record.TABLE} ({names}) VALUES ({marks})",  # noqa: S608 (fixed names)
            tuple(row.values()),
        )
        self.log_event("add", record.TABLE, stamped.id, _filled_fields(stamped))
        return stamped

    def update(self, record: R) -> R:
        """Store the changed fields of an existing record (found by id)."""
        found = rows(
            self._conn,
            f"SELECT * FROM {record.TABLE} WHERE id = ?",  # noqa: S608 (fixed names)
            (record.id,),
        )
        if not found:
            raise KeyError(f"no {record.TABLE} record {record.id}")
        stored = from_row(type(record), found[0])
        new_row, old_row = to_row(record), to_row(stored)
        changed = [
            name
            for name in new_row
            if name not in ("created_at", "updated_at", "author") and new_row[name] != old_row[name]
        ]
        if not changed:
            return stored
        updated = dataclasses.replace(record, updated_at=self._now, created_at=stored.created_at)
        assignments = ", ".join(f"{name} = ?" for name in [*changed, "updated_at"])
        self._conn.execute(
            f"UPDATE {record.TABLE} SET {assignments} WHERE id = ?",  # noqa: S608 (fixed names)
            (*(new_row[name] for name in changed), self._now.isoformat(), record.id),
        )
        self.log_event("update", record.TABLE, record.id, changed)
        return updated

    def find(self, cls: type[R], **equal: Any) -> list[R]:
        """The records of a class whose named fields equal the given values."""
        where = " AND ".join(f"{name} = ?" for name in equal) or "1"
        sql = select_all(cls, where=where)
        return [from_row(cls, row) for row in rows(self._conn, sql, equal.values())]

    def set_settings(self, values: dict[str, Any]) -> None:
        """Store key/value settings (a file with a `settings` table)."""
        self._conn.executemany(
            "INSERT INTO settings (key, value) VALUES (?, ?) "
            "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            list(values.items()),
        )
        self.log_event("update", "settings", "", sorted(values))

    def remove(self, cls: type[Record], record_id: str) -> None:
        """Delete one record (never the participant, never an event)."""
        self._conn.execute(f"DELETE FROM {cls.TABLE} WHERE id = ?", (record_id,))  # noqa: S608
        self.log_event("remove", cls.TABLE, record_id, [])


def _filled_fields(record: Record) -> list[str]:
    skip = {"id", "created_at", "updated_at", "author"}
    return [
        name
        for name, value in to_row(record).items()
        if name not in skip and value not in (None, "", "[]", "{}")
    ]
