"""One encrypted SQLite file that is only ever replaced whole: read, create, safe publish.

The programme folder may be shared by a sync client, so a file there is always complete and
closed: no `-journal`, `-wal` or `-shm` beside it. A change is made on a copy in the
programme's `.tmp/` folder (same file system), flushed, and renamed over the original. A crash
at any moment leaves the old file or the new one. A generation counter inside the file goes
up by one at every publish; the caller can insist on the generation it read, and a file that
changed on disk meanwhile is never overwritten.

Schema versions live in `PRAGMA user_version`. A schema is a list of migrations; a new file
runs them all, an old file the missing ones (after a backup copy), a newer file is refused.
"""

from __future__ import annotations

import os
import secrets
import shutil
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from storage.atomic import fsync_dir, fsync_file
from storage.errors import (
    QT_TRANSLATE_NOOP,
    CaseFileDamagedError,
    NewerSchemaError,
    SaveConflictError,
)
from storage.sqlcipher import (
    Connection,
    DatabaseError,
    check_key,
    connect,
    raise_if_disk_full,
)

Migration = Callable[[Connection], None]

SQLITE_PLAINTEXT_HEADER = b"SQLite format 3\x00"


@dataclass(frozen=True)
class Schema:
    """The kind of file (`case`, `programme`) and its numbered migrations, 1-based."""

    kind: str
    migrations: Sequence[Migration]

    @property
    def version(self) -> int:
        """The current version: the number of migrations."""
        return len(self.migrations)


def damaged(path: Path) -> CaseFileDamagedError:
    """The message for a file that cannot be decrypted or read: no personal data in it."""
    return CaseFileDamagedError(
        QT_TRANSLATE_NOOP(
            "DuoError",
            "The file {file_name} is damaged or does not belong to this programme, so Duo has "
            "set it aside. The other participants are not affected. Restore this file from a "
            "backup, or run 'duo verify' for a full check.",
        ),
        file_name=path.name,
    )


def newer(path: Path, found: int, supported: int) -> NewerSchemaError:
    """The message for a file written by a newer Duo."""
    return NewerSchemaError(
        QT_TRANSLATE_NOOP(
            "DuoError",
            "The file {file} was saved by a newer version of Duo (format {found}; this "
            "version reads up to {supported}). It was left untouched: update Duo to open it.",
        ),
        file=path.name,
        found=found,
        supported=supported,
    )


def open_read(path: Path, key: bytes) -> Connection:
    """Open for reading only: nothing beside the file is created, nothing is changed."""
    try:
        conn = connect(path, key, read_only=True)
    except DatabaseError as error:
        raise damaged(path) from error
    try:
        check_key(conn)
        empty = schema_version(conn) == 0
    except DatabaseError as error:
        conn.close()
        raise damaged(path) from error
    if empty:
        # An empty (e.g. truncated to nothing) file opens as an empty database: every
        # file Duo writes has at least version 1, so this one lost its content.
        conn.close()
        raise damaged(path)
    return conn


def schema_version(conn: Connection) -> int:
    """The file's `PRAGMA user_version`."""
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def read_generation(conn: Connection) -> int:
    """The publish counter kept in the file's `meta` table."""
    row = conn.execute("SELECT value FROM meta WHERE key = 'generation'").fetchone()
    return int(row[0])


def migrate(conn: Connection, schema: Schema, path: Path) -> None:
    """Run the migrations the file lacks, each in its own transaction; refuse a newer file."""
    found = schema_version(conn)
    if found > schema.version:
        raise newer(path, found, schema.version)
    for number in range(found + 1, schema.version + 1):
        conn.execute("BEGIN")
        try:
            schema.migrations[number - 1](conn)
            conn.execute(f"PRAGMA user_version = {number}")
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise


def _tmp_path(tmp_dir: Path, path: Path) -> Path:
    tmp_dir.mkdir(parents=True, exist_ok=True)
    return tmp_dir / f"{path.stem}.{secrets.token_hex(4)}.tmp"


def _open_work_copy(tmp: Path, key: bytes) -> Connection:
    conn = connect(tmp, key)
    _prepare_work_copy(conn)
    return conn


def _prepare_work_copy(conn: Connection) -> None:
    # The copy is thrown away on any failure, so no journal is needed; MEMORY still lets
    # a failed statement roll back. fsync happens once, on the whole file, before rename.
    conn.execute("PRAGMA journal_mode = MEMORY").fetchone()
    conn.execute("PRAGMA synchronous = OFF")


def _check_whole_file(conn: Connection, path: Path) -> int:
    """The schema version of an intact file; `damaged` for any damage, on any page.

    Before a change is published: a save must never carry a damaged page forward into a
    new version that looks fine.
    """
    try:
        check_key(conn)
        version = schema_version(conn)
        bad_pages = conn.execute("PRAGMA cipher_integrity_check").fetchall()
    except DatabaseError as error:
        raise damaged(path) from error
    # An empty file (e.g. truncated to nothing) opens as an empty database: every file
    # Duo writes has at least version 1.
    if version == 0 or bad_pages:
        raise damaged(path)
    return version


def _publish_tmp(tmp: Path, path: Path, *, durable: bool) -> None:
    if durable:
        fsync_file(tmp)
    tmp.replace(path)
    if durable:
        fsync_dir(path.parent)


def create(
    path: Path,
    key: bytes,
    schema: Schema,
    tmp_dir: Path,
    fill: Callable[[Connection], None],
    *,
    file_id: str,
    created_at: str,
    durable: bool = True,
    version: int | None = None,
) -> None:
    """Write a new encrypted file at `path` with the schema (or its first `version` steps)."""
    tmp = _tmp_path(tmp_dir, path)
    try:
        conn = _open_work_copy(tmp, key)
        try:
            conn.execute("BEGIN")
            for number in range(1, (version or schema.version) + 1):
                schema.migrations[number - 1](conn)
                conn.execute(f"PRAGMA user_version = {number}")
            conn.executemany(
                "INSERT INTO meta (key, value) VALUES (?, ?)",
                [
                    ("kind", schema.kind),
                    ("file_id", file_id),
                    ("created_at", created_at),
                    ("generation", "1"),
                ],
            )
            fill(conn)
            conn.execute("COMMIT")
        finally:
            conn.close()
        _publish_tmp(tmp, path, durable=durable)
    except BaseException as error:
        tmp.unlink(missing_ok=True)
        raise_if_disk_full(error)
        raise


class Draft:
    """An open copy of a file being changed; published when its `with` block ends cleanly."""

    def __init__(self, conn: Connection, generation: int, found_version: int) -> None:
        self.conn = conn
        self.generation = generation
        self.found_version = found_version  # before migration: older means it was migrated


@contextmanager
def publishing(
    path: Path,
    key: bytes,
    schema: Schema,
    tmp_dir: Path,
    *,
    expected_generation: int | None = None,
    durable: bool = True,
    before_migration: Callable[[Path], None] | None = None,
) -> Iterator[Draft]:
    """Change a copy of the file inside the `with` block; put it in place atomically after.

    The copy is migrated to the current schema first. `SaveConflictError` when the file is not
    at `expected_generation`, or changed on disk during the edit: the file on disk is then
    untouched. After the block, `draft.generation` is the new generation.
    `before_migration(path)` runs before an old file is migrated (to keep a copy of it).
    """
    before = path.stat()
    tmp = _tmp_path(tmp_dir, path)
    try:
        shutil.copyfile(path, tmp)
        conn = connect(tmp, key)
        try:
            found_version = _check_whole_file(conn, path)
            _prepare_work_copy(conn)
            if before_migration is not None and found_version < schema.version:
                before_migration(path)
            migrate(conn, schema, path)
            generation = read_generation(conn)
            if expected_generation is not None and generation != expected_generation:
                raise _conflict()
            conn.execute("BEGIN")
            draft = Draft(conn, generation, found_version)
            yield draft
            draft.generation = generation + 1
            conn.execute(
                "UPDATE meta SET value = ? WHERE key = 'generation'", (str(draft.generation),)
            )
            conn.execute("COMMIT")
        finally:
            conn.close()
        after = path.stat()
        if (after.st_ino, after.st_size, after.st_mtime_ns) != (
            before.st_ino,
            before.st_size,
            before.st_mtime_ns,
        ):
            raise _conflict()
        _publish_tmp(tmp, path, durable=durable)
    except BaseException as error:
        tmp.unlink(missing_ok=True)
        raise_if_disk_full(error)
        raise


def _conflict() -> SaveConflictError:
    return SaveConflictError(
        QT_TRANSLATE_NOOP(
            "DuoError",
            "This participant's file was changed elsewhere (another window or another "
            "computer) while you were editing. Nothing was overwritten: reopen the "
            "participant and make your change again.",
        )
    )


def remove_stale_tmp(tmp_dir: Path) -> int:
    """Delete copies left by an interrupted save; returns how many were removed."""
    if not tmp_dir.is_dir():
        return 0
    removed = 0
    for entry in os.scandir(tmp_dir):
        if entry.name.endswith(".tmp") and entry.is_file():
            Path(entry.path).unlink(missing_ok=True)
            removed += 1
    return removed


def looks_like_plain_sqlite(path: Path) -> bool:
    """True for an unencrypted SQLite file (never one of Duo's)."""
    with path.open("rb") as handle:
        return handle.read(len(SQLITE_PLAINTEXT_HEADER)) == SQLITE_PLAINTEXT_HEADER
