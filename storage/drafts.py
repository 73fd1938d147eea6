"""Drafts of forms being typed (an intake interview), kept safe against a crash.

A draft is personal data, so it is encrypted (its own key, derived from the master key) and
kept on this computer only, in the user data folder: it belongs to the person typing, not
to the shared programme folder. Every save is a committed SQLite transaction with
`synchronous=FULL`, so a crash, a killed process or a closed lid loses at most the
keystrokes since the last save, and the next start offers the draft back.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from storage.records import utc_now
from storage.sqlcipher import Connection, DatabaseError, connect_local


@dataclass(frozen=True)
class Draft:
    """One unsaved form: what kind of form, for whom, and the values typed so far."""

    key: str  # e.g. "intake:new:<uuid>" or "intake:<participant id>"
    kind: str  # e.g. "intake-mentee"
    values: dict[str, Any]
    saved_at: datetime


class DraftStore:
    """The drafts of one programme on this computer."""

    def __init__(self, conn: Connection) -> None:
        self._conn = conn

    @classmethod
    def open(cls, path: Path, key: bytes) -> DraftStore:
        """Open (or create) the draft file; an unreadable one is set aside, never lost."""
        path.parent.mkdir(parents=True, exist_ok=True)
        try:
            conn = connect_local(path, key, durable=True)
        except DatabaseError:
            # Keep the unreadable file for a support request rather than deleting typed work.
            path.replace(path.with_name(f"{path.name}.unreadable-{utc_now():%Y%m%dT%H%M%S}"))
            conn = connect_local(path, key, durable=True)
        conn.execute(
            "CREATE TABLE IF NOT EXISTS drafts (key TEXT PRIMARY KEY, kind TEXT NOT NULL, "
            "payload TEXT NOT NULL, saved_at TEXT NOT NULL)"
        )
        return cls(conn)

    def save(self, key: str, kind: str, values: dict[str, Any]) -> None:
        """Keep the current values of a form (replacing its previous draft)."""
        self._conn.execute(
            "INSERT INTO drafts (key, kind, payload, saved_at) VALUES (?, ?, ?, ?) "
            "ON CONFLICT(key) DO UPDATE SET kind = excluded.kind, payload = excluded.payload, "
            "saved_at = excluded.saved_at",
            (key, kind, json.dumps(values, ensure_ascii=False), utc_now().isoformat()),
        )

    def load(self, key: str) -> Draft | None:
        """The draft of one form, if any."""
        row = self._conn.execute(
            "SELECT key, kind, payload, saved_at FROM drafts WHERE key = ?", (key,)
        ).fetchone()
        return _draft(row) if row else None

    def all(self) -> list[Draft]:
        """Every draft, oldest first."""
        cursor = self._conn.execute(
            "SELECT key, kind, payload, saved_at FROM drafts ORDER BY saved_at"
        )
        return [_draft(row) for row in cursor.fetchall()]

    def discard(self, key: str) -> None:
        """Forget a draft (the form was saved or abandoned on purpose)."""
        self._conn.execute("DELETE FROM drafts WHERE key = ?", (key,))

    def close(self) -> None:
        """Close the draft file."""
        self._conn.close()


def _draft(row: tuple[str, str, str, str]) -> Draft:
    return Draft(
        key=row[0], kind=row[1], values=json.loads(row[2]), saved_at=datetime.fromisoformat(row[3])
    )
