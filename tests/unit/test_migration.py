"""A case file written by Duo's first schema opens in this version with nothing lost.

`tests/fixtures/case_v1.duo` is a real version-1 file (made once by `make_case_v1.py`, with a
test-only master key), in which a participant's languages were JSON in the participant row.
Reading it migrates it: the languages come back as records with the same values, every other
field, note, status and attachment survives, the file is stamped with the current schema
version, a byte-identical copy of the old file is kept first, the audit trail says a migration
happened, and two computers migrating the same file agree on the new records' ids. The last
tests prove the schema the migrations build has exactly the columns of the record classes.
"""

from __future__ import annotations

import hashlib
import json
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest

from storage.case_records import CASE_RECORD_TYPES
from storage.case_schema import CASE_SCHEMA
from storage.cases import CaseStore
from storage.codec import column_names
from storage.records import (
    Attachment,
    LanguageSkill,
    Participant,
    Record,
    RightToWork,
    Role,
    Status,
)
from storage.sqlcipher import Connection, connect
from tests.helpers import fictional_participant, register_name

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
V1_FILE = FIXTURES / "case_v1.duo"
V1_KEYS = json.loads((FIXTURES / "case_v1.json").read_text(encoding="utf-8"))
MASTER_KEY = bytes.fromhex(V1_KEYS["master_key_hex"])
CASE_ID: str = V1_KEYS["case_id"]
AUTHOR = "7d1c3e5a-0b2f-4c6d-8e9a-1b2c3d4e5f60"
ATTACHMENT = b"%PDF-1.4\n% fictional CV of Rahima Haddad-Peeters, for the v1 fixture\n%%EOF\n"

register_name("Rahima")
register_name("Haddad-Peeters")


@dataclass
class V1Copy:
    """A copy of the version-1 fixture in a programme's `cases/` folder."""

    store: CaseStore
    path: Path
    backups: Path


def v1_copy(folder: Path, backups: Path) -> V1Copy:
    """Put a copy of the fixture in `folder/cases/` and open the folder with the fixture's key."""
    (folder / "cases").mkdir(parents=True)
    store = CaseStore(folder, MASTER_KEY, backups)
    path = store.path(CASE_ID)
    shutil.copyfile(V1_FILE, path)
    return V1Copy(store, path, backups)


@pytest.fixture
def v1(programme_dir: Path, tmp_path: Path) -> V1Copy:
    """The fixture, copied into a fresh programme folder."""
    return v1_copy(programme_dir, tmp_path / "backups")


@contextmanager
def open_file(path: Path, key: bytes) -> Iterator[Connection]:
    """A read-only connection to one encrypted file, closed afterwards."""
    conn = connect(path, key, read_only=True)
    try:
        yield conn
    finally:
        conn.close()


def columns(path: Path, key: bytes, table: str) -> list[str]:
    """The column names of `table` in an encrypted file."""
    with open_file(path, key) as conn:
        return [row[1] for row in conn.execute(f"PRAGMA table_info({table})")]


def user_version(path: Path, key: bytes) -> int:
    """The file's schema version."""
    with open_file(path, key) as conn:
        return int(conn.execute("PRAGMA user_version").fetchone()[0])


def test_the_fixture_is_a_real_version_1_file(v1: V1Copy) -> None:
    assert V1_KEYS["schema_version"] == 1
    key = v1.store.key(CASE_ID)
    assert user_version(v1.path, key) == 1
    assert "languages" in columns(v1.path, key, "participant")
    assert columns(v1.path, key, "languages") == []  # no such table yet


def test_reading_a_version_1_file_migrates_it_with_nothing_lost(v1: V1Copy) -> None:
    fixture_digest = hashlib.sha256(V1_FILE.read_bytes()).hexdigest()

    case = v1.store.read(CASE_ID)

    assert [(s.language, s.level) for s in case.languages] == [("nl", "B1"), ("ar", "native")]
    assert all(isinstance(s, LanguageSkill) for s in case.languages)
    assert len({s.id for s in case.languages}) == 2
    assert {s.author for s in case.languages} == {AUTHOR}
    person = case.participant
    assert person.id == CASE_ID
    assert person.role is Role.MENTEE
    assert person.display_name == "Rahima Haddad-Peeters"
    assert person.email == "rahima.fictional@example.org"
    assert (person.year_of_birth, person.arrival_year) == (1990, 2016)
    assert (person.municipality, person.postcode) == ("Borgerhout", "2140")
    assert person.right_to_work is RightToWork.YES
    assert person.diploma_recognised is False
    assert person.availability == ["tue-evening", "sat"]
    assert person.domain_needs == {"cv": 4, "networking": 5}
    assert person.intake_on == date(2025, 3, 20)
    assert person.motivation == "Opnieuw als apotheker werken."
    assert person.author == AUTHOR
    assert [n.text for n in case.notes] == ["Intake: sterk gemotiveerd."]
    assert case.status is not None and case.status.status is Status.ACCEPTED
    assert case.status.since == date(2025, 3, 21)
    assert [(a.file_name, a.size) for a in case.attachments] == [("cv.pdf", len(ATTACHMENT))]
    assert v1.store.read_attachment(CASE_ID, case.attachments[0].id) == ATTACHMENT

    key = v1.store.key(CASE_ID)
    assert user_version(v1.path, key) == CASE_SCHEMA.version
    assert "languages" not in columns(v1.path, key, "participant")
    assert case.generation == 2  # the migration was published like any save

    copies = sorted(v1.backups.glob(f"{CASE_ID}.before-migration.*.duo"))
    assert len(copies) == 1
    assert hashlib.sha256(copies[0].read_bytes()).hexdigest() == fixture_digest
    assert [e.action for e in case.events].count("migrate") == 1
    assert [e.action for e in case.events][:4] == ["add"] * 4  # version 1's trail is kept

    again = v1.store.read(CASE_ID)  # already current: no second migration, no second copy
    assert again.generation == 2
    assert [s.id for s in again.languages] == [s.id for s in case.languages]
    assert len(list(v1.backups.iterdir())) == 1


def test_two_computers_migrating_the_same_file_agree_on_the_ids(
    programme_dir: Path, tmp_path: Path
) -> None:
    first = v1_copy(programme_dir / "laptop-1", tmp_path / "backups-1")
    second = v1_copy(programme_dir / "laptop-2", tmp_path / "backups-2")
    one = first.store.read(CASE_ID).languages
    two = second.store.read(CASE_ID).languages
    assert [(s.id, s.language, s.level) for s in one] == [(s.id, s.language, s.level) for s in two]


def test_editing_a_version_1_file_migrates_it_first(v1: V1Copy) -> None:
    with v1.store.edit(CASE_ID, author="coach-2") as case:
        case.add(LanguageSkill(language="fr", level="A2"))
        case.update_participant(municipality="Deurne")
    migrated = v1.store.read(CASE_ID)
    assert [(s.language, s.level) for s in migrated.languages] == [
        ("nl", "B1"),
        ("ar", "native"),
        ("fr", "A2"),
    ]
    assert migrated.participant.municipality == "Deurne"
    assert user_version(v1.path, v1.store.key(CASE_ID)) == CASE_SCHEMA.version
    assert len(list(v1.backups.glob(f"{CASE_ID}.before-migration.*.duo"))) == 1
    assert "migrate" in [e.action for e in migrated.events]


def _table_layout(path: Path, key: bytes, tables: list[str]) -> dict[str, list[tuple]]:
    layout = {}
    with open_file(path, key) as conn:
        for table in tables:
            # name, declared type, not null, default, primary key
            layout[table] = [tuple(row[1:]) for row in conn.execute(f"PRAGMA table_info({table})")]
    return layout


RECORD_CLASSES: list[type[Record]] = [Participant, *CASE_RECORD_TYPES]


def test_a_migrated_file_has_the_same_tables_as_a_new_one(v1: V1Copy) -> None:
    v1.store.read(CASE_ID)
    new_id = v1.store.create(fictional_participant(), author="coach-1")
    tables = [cls.TABLE for cls in RECORD_CLASSES] + ["meta", "events"]
    migrated = _table_layout(v1.path, v1.store.key(CASE_ID), tables)
    new = _table_layout(v1.store.path(new_id), v1.store.key(new_id), tables)
    assert migrated == new


@pytest.mark.parametrize("cls", RECORD_CLASSES, ids=[cls.__name__ for cls in RECORD_CLASSES])
def test_the_current_schema_has_exactly_the_columns_of_the_records(
    v1: V1Copy, cls: type[Record]
) -> None:
    case_id = v1.store.create(fictional_participant(), author="coach-1")
    found = columns(v1.store.path(case_id), v1.store.key(case_id), cls.TABLE)
    expected = column_names(cls) + (["content"] if cls is Attachment else [])
    assert sorted(found) == sorted(expected)
    assert len(found) == len(set(found))
