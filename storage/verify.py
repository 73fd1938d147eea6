"""Checking a whole programme folder without changing anything: what `duo verify` runs.

    programme = open_for_verify(folder, passphrase=passphrase)
    report = verify_programme(programme)
    for line in report.lines():
        print(line)

Every case file in `cases/` and the programme file are opened read-only and checked:
SQLCipher's HMAC of every page (`PRAGMA cipher_integrity_check`), SQLite's own
`PRAGMA integrity_check`, the file's kind and id in its `meta` table, and its schema version.
Nothing is written, migrated or tidied: copies left in `.tmp/` by an interrupted save are
counted, not removed. Messages name files by their id only, never a participant.
"""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path

from storage import encrypted_file
from storage.case_schema import CASE_SCHEMA
from storage.cases import CASE_ID, CASE_SUFFIX
from storage.errors import CaseFileDamagedError, DuoError
from storage.programme import KEY_MISSING, PROGRAMME_FILE, Programme, read_keyslots, read_settings
from storage.programme_schema import PROGRAMME_SCHEMA
from storage.sqlcipher import Connection, DatabaseError

Progress = Callable[[int, int], None]

_MAX_WORKERS = 4
_RESTORE = "Restore it from a backup."
_MOVE_OUT = "Move it out of the cases folder."


class Verdict(StrEnum):
    """What a file turned out to be."""

    GOOD = "good"
    DAMAGED = "damaged"
    FOREIGN = "foreign"
    NEWER = "saved by a newer Duo"


@dataclass(frozen=True)
class Problem:
    """One file that is not right: its name in the programme folder and what is wrong."""

    file_name: str
    verdict: Verdict
    explanation: str

    def line(self) -> str:
        """The line shown to the coordinator."""
        return f"{self.file_name}: {self.explanation}"


@dataclass
class VerifyReport:
    """The outcome of `verify_programme`."""

    case_files: int = 0
    counts: Counter[Verdict] = field(default_factory=Counter)
    problems: list[Problem] = field(default_factory=list)
    programme_file: Verdict = Verdict.GOOD
    leftovers: int = 0

    @property
    def ok(self) -> bool:
        """True when every file is good (leftover copies in `.tmp/` are not a problem)."""
        return not self.problems

    def summary(self) -> str:
        """E.g. "5,000 case files checked: 4,998 good, 1 damaged, 1 foreign."."""
        noun = "case file" if self.case_files == 1 else "case files"
        parts = [f"{self.counts[Verdict.GOOD]:,} good"]
        parts += [
            f"{self.counts[verdict]:,} {verdict.value}"
            for verdict in (Verdict.DAMAGED, Verdict.FOREIGN, Verdict.NEWER)
            if self.counts[verdict]
        ]
        text = f"{self.case_files:,} {noun} checked: {', '.join(parts)}."
        if self.programme_file is not Verdict.GOOD:
            text += f" The programme file is {self.programme_file.value}."
        return text

    def notes(self) -> list[str]:
        """Remarks that are not problems."""
        if not self.leftovers:
            return []
        if self.leftovers == 1:
            copies, pronoun = "1 copy", "it"
        else:
            copies, pronoun = f"{self.leftovers:,} copies", "them"
        return [
            f".tmp: {copies} left by an interrupted save. This is not a problem: Duo "
            f"removes {pronoun} the next time it opens the programme."
        ]

    def lines(self) -> list[str]:
        """Everything to show: one line per problem, the notes, then the summary."""
        return [problem.line() for problem in self.problems] + self.notes() + [self.summary()]


def open_for_verify(
    folder: Path, *, passphrase: str | None = None, recovery_key: str | None = None
) -> Programme:
    """The programme's keys, from the passphrase or the recovery key, without opening anything.

    Unlike `storage.programme.unlock`, this does not require `programme.duo` to open (a
    damaged programme file is one of the things verify reports) and never tidies `.tmp/`.
    The key slots are authenticated, so a wrong secret is still refused here.
    """
    settings = read_settings(folder)
    slots = read_keyslots(folder)
    if recovery_key is not None:
        master_key = slots.unlock_with_recovery_key(recovery_key)
    elif passphrase is not None:
        master_key = slots.unlock_with_passphrase(passphrase)
    else:
        raise DuoError(KEY_MISSING)
    return Programme(folder, settings, master_key)


def verify_programme(programme: Programme, *, progress: Progress | None = None) -> VerifyReport:
    """Check every file of an unlocked programme, read-only; `progress(done, total)` per file."""
    folder = programme.folder
    report = VerifyReport()
    verdict, explanation = _check_programme_file(programme)
    if verdict is not Verdict.GOOD:
        report.programme_file = verdict
        report.problems.append(Problem(PROGRAMME_FILE, verdict, explanation))
    cases_dir = programme.cases.cases_dir
    if not cases_dir.is_dir():
        report.problems.append(
            Problem(
                "cases",
                Verdict.DAMAGED,
                "the folder of case files is missing. Restore the programme from a backup.",
            )
        )
        return report
    entries = sorted(os.scandir(cases_dir), key=lambda entry: entry.name)
    report.case_files = len(entries)
    # SQLCipher releases the GIL while it decrypts and checks pages, so a few threads
    # shorten a check of thousands of files; results come back in order, in this thread.
    pool = ThreadPoolExecutor(max_workers=min(_MAX_WORKERS, os.cpu_count() or 1))
    try:
        outcomes = pool.map(lambda entry: _check_case_entry(programme, entry), entries)
        for done, (entry, (verdict, explanation)) in enumerate(
            zip(entries, outcomes, strict=True), start=1
        ):
            report.counts[verdict] += 1
            if verdict is not Verdict.GOOD:
                report.problems.append(Problem(f"cases/{entry.name}", verdict, explanation))
            if progress is not None:
                progress(done, len(entries))
    finally:
        # Ctrl-C, or a progress callback that raises to cancel, stops at once.
        pool.shutdown(cancel_futures=True)
    report.leftovers = _count_leftovers(folder / ".tmp")
    return report


def _check_programme_file(programme: Programme) -> tuple[Verdict, str]:
    path = programme.programme_file
    if not path.is_file():
        return Verdict.DAMAGED, f"the programme file is missing. {_RESTORE}"
    key = programme.programme_file_key()
    return _check_file(path, key, PROGRAMME_SCHEMA, programme.settings.id)


def _check_case_entry(programme: Programme, entry: os.DirEntry[str]) -> tuple[Verdict, str]:
    if entry.is_dir(follow_symlinks=False):
        return Verdict.FOREIGN, f"a folder, where only case files belong. {_MOVE_OUT}"
    case_id = entry.name.removesuffix(CASE_SUFFIX)
    if case_id == entry.name or not CASE_ID.match(case_id):
        return (
            Verdict.FOREIGN,
            f"not a Duo case file (its name is not a participant's id). {_MOVE_OUT}",
        )
    if not entry.is_file(follow_symlinks=False):
        return Verdict.FOREIGN, f"not an ordinary file (a link or a device). {_MOVE_OUT}"
    return _check_file(Path(entry.path), programme.cases.key(case_id), CASE_SCHEMA, case_id)


def _check_file(
    path: Path, key: bytes, schema: encrypted_file.Schema, file_id: str
) -> tuple[Verdict, str]:
    try:
        if path.stat().st_size == 0:
            return Verdict.DAMAGED, f"damaged: the file is empty. {_RESTORE}"
        if encrypted_file.looks_like_plain_sqlite(path):
            return (
                Verdict.FOREIGN,
                "an unencrypted database, not a Duo file. Move it out of the programme folder.",
            )
        conn = encrypted_file.open_read(path, key)
    except CaseFileDamagedError:
        return (
            Verdict.DAMAGED,
            "cannot be decrypted with this programme's key: it is damaged, or it comes from "
            f"another programme. {_RESTORE}",
        )
    except OSError:
        return (
            Verdict.DAMAGED,
            "cannot be read (no permission, or a disk problem). Check the file's permissions, "
            "or restore it from a backup.",
        )
    try:
        return _check_open(conn, schema, file_id)
    except DatabaseError:
        return Verdict.DAMAGED, f"damaged: its database structure is broken. {_RESTORE}"
    finally:
        conn.close()


def _check_open(
    conn: Connection, schema: encrypted_file.Schema, file_id: str
) -> tuple[Verdict, str]:
    if conn.execute("PRAGMA cipher_integrity_check").fetchall():
        return (
            Verdict.DAMAGED,
            "damaged: part of it fails the encryption check (it was changed or corrupted on "
            f"disk). {_RESTORE}",
        )
    if conn.execute("PRAGMA integrity_check").fetchall() != [("ok",)]:
        return Verdict.DAMAGED, f"damaged: its database structure is broken. {_RESTORE}"
    version = encrypted_file.schema_version(conn)
    if version > schema.version:
        return (
            Verdict.NEWER,
            f"saved by a newer version of Duo (format {version}; this version reads up to "
            f"{schema.version}). It was left untouched: update Duo to open it.",
        )
    meta = dict(conn.execute("SELECT key, value FROM meta").fetchall())
    if meta.get("kind") != schema.kind or meta.get("file_id") != file_id:
        return Verdict.DAMAGED, f"damaged: its content does not match its name. {_RESTORE}"
    return Verdict.GOOD, ""


def _count_leftovers(tmp_dir: Path) -> int:
    if not tmp_dir.is_dir():
        return 0
    return sum(1 for entry in os.scandir(tmp_dir) if entry.name.endswith(".tmp"))
