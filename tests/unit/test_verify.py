"""`verify_programme`: every kind of bad file is named in plain words, and nothing changes."""

from __future__ import annotations

import os
import shutil
import sqlite3
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from storage import encrypted_file
from storage.case_schema import CASE_SCHEMA
from storage.errors import WrongPassphraseError, WrongRecoveryKeyError
from storage.programme import Programme, create_programme
from storage.records import utc_now
from storage.sqlcipher import Connection
from storage.verify import Verdict, VerifyReport, open_for_verify, verify_programme
from tests.helpers import PASSPHRASE, PLAINTEXT_ALLOWED, WRITTEN_NAMES, fictional_participant


def snapshot(folder: Path) -> dict[str, tuple[bytes, int]]:
    """Every file under `folder`: its bytes and modification time."""
    return {
        str(path.relative_to(folder)): (path.read_bytes(), path.stat().st_mtime_ns)
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


def flip_byte(path: Path, offset: int | None = None) -> None:
    """Change one byte (by default in the middle of the file, past the first page)."""
    data = bytearray(path.read_bytes())
    data[len(data) // 2 if offset is None else offset] ^= 0x40
    path.write_bytes(bytes(data))


def write_plain_sqlite(path: Path) -> None:
    """An unencrypted SQLite file put in a programme folder on purpose."""
    PLAINTEXT_ALLOWED.add(path)
    conn = sqlite3.connect(path)
    try:
        conn.execute("CREATE TABLE t (x)")
        conn.execute("INSERT INTO t VALUES ('not a case file')")
        conn.commit()
    finally:
        conn.close()


def assert_no_names(report: VerifyReport) -> None:
    text = "\n".join(report.lines())
    for name in WRITTEN_NAMES:
        assert name not in text


@pytest.fixture
def three_cases(programme: Programme) -> list[str]:
    """Three participants in the programme."""
    return [
        programme.cases.create(fictional_participant(given_name, family_name), author="coach-1")
        for given_name, family_name in [
            ("Çağla", "Yılmaz-Van den Broeck"),
            ("Oluwaseun", "Adébáyọ̀"),
            ("Thị Hương", "Nguyễn"),
        ]
    ]


@pytest.fixture
def other_programme(programme_root: Path) -> Iterator[Programme]:
    """A second programme, with its own master key."""
    folder = programme_root / f"other-{uuid.uuid4().hex[:8]}"
    other, _key = create_programme(folder, "Mentoring Gent", PASSPHRASE)
    yield other
    other.close()


def test_a_good_programme_has_one_summary_line(
    programme: Programme, three_cases: list[str]
) -> None:
    report = verify_programme(programme)
    assert report.ok
    assert report.lines() == ["3 case files checked: 3 good."]


def test_an_empty_programme_is_good(programme: Programme) -> None:
    report = verify_programme(programme)
    assert report.ok
    assert report.summary() == "0 case files checked: 0 good."


def test_a_flipped_byte_is_reported_as_damaged_without_any_name(
    programme: Programme, three_cases: list[str]
) -> None:
    # Mostly a CV, so the middle of the file is a data page, not the schema.
    with programme.cases.edit(three_cases[1], author="coach-1") as edit:
        edit.attach_bytes("cv.pdf", os.urandom(200_000), kind="cv", media_type="application/pdf")
    damaged = programme.cases.path(three_cases[1])
    flip_byte(damaged)
    report = verify_programme(programme)
    assert not report.ok
    assert [(p.file_name, p.verdict) for p in report.problems] == [
        (f"cases/{damaged.name}", Verdict.DAMAGED)
    ]
    assert report.lines()[0].startswith(f"cases/{damaged.name}: damaged")
    assert "Restore it from a backup" in report.lines()[0]
    assert report.summary() == "3 case files checked: 2 good, 1 damaged."
    assert_no_names(report)


def test_damage_to_the_first_page_is_reported_too(
    programme: Programme, three_cases: list[str]
) -> None:
    damaged = programme.cases.path(three_cases[0])
    flip_byte(damaged, offset=100)
    report = verify_programme(programme)
    assert [(p.file_name, p.verdict) for p in report.problems] == [
        (f"cases/{damaged.name}", Verdict.DAMAGED)
    ]
    assert "cannot be decrypted" in report.problems[0].explanation


def test_foreign_files_and_folders_in_cases_are_named(
    programme: Programme, three_cases: list[str]
) -> None:
    cases_dir = programme.cases.cases_dir
    plain = cases_dir / f"{uuid.uuid4()}.duo"
    write_plain_sqlite(plain)
    (cases_dir / "notes.txt").write_bytes(os.urandom(300))
    (cases_dir / f"{three_cases[0].upper()}.duo").write_bytes(os.urandom(4096))
    (cases_dir / "old").mkdir()
    report = verify_programme(programme)
    foreign = {p.file_name: p.explanation for p in report.problems}
    assert set(foreign) == {
        f"cases/{plain.name}",
        "cases/notes.txt",
        f"cases/{three_cases[0].upper()}.duo",
        "cases/old",
    }
    assert all(p.verdict is Verdict.FOREIGN for p in report.problems)
    assert "unencrypted" in foreign[f"cases/{plain.name}"]
    assert "a folder" in foreign["cases/old"]
    assert report.summary() == "7 case files checked: 3 good, 4 foreign."


def test_a_case_file_from_another_programme_cannot_be_decrypted(
    programme: Programme, other_programme: Programme
) -> None:
    other_id = other_programme.cases.create(fictional_participant(), author="coach-9")
    shutil.copyfile(
        other_programme.cases.path(other_id), programme.cases.cases_dir / f"{other_id}.duo"
    )
    report = verify_programme(programme)
    assert [p.verdict for p in report.problems] == [Verdict.DAMAGED]
    assert "another programme" in report.problems[0].explanation
    assert_no_names(report)


def _no_change(_conn: Connection) -> None:
    return None


def test_a_file_from_a_newer_duo_is_a_problem_and_left_untouched(programme: Programme) -> None:
    case_id = str(uuid.uuid4())
    path = programme.cases.path(case_id)
    newer = encrypted_file.Schema("case", (*CASE_SCHEMA.migrations, _no_change))
    encrypted_file.create(
        path,
        programme.cases.key(case_id),
        newer,
        programme.cases.tmp_dir,
        _no_change,
        file_id=case_id,
        created_at=utc_now().isoformat(),
    )
    before = snapshot(programme.folder)
    report = verify_programme(programme)
    assert [(p.file_name, p.verdict) for p in report.problems] == [
        (f"cases/{path.name}", Verdict.NEWER)
    ]
    assert f"format {CASE_SCHEMA.version + 1}" in report.problems[0].explanation
    assert "update Duo" in report.problems[0].explanation
    assert report.summary() == "1 case file checked: 0 good, 1 saved by a newer Duo."
    assert snapshot(programme.folder) == before


def test_a_file_whose_content_does_not_match_its_name(programme: Programme) -> None:
    case_id, other_id = str(uuid.uuid4()), str(uuid.uuid4())
    encrypted_file.create(
        programme.cases.path(case_id),
        programme.cases.key(case_id),
        CASE_SCHEMA,
        programme.cases.tmp_dir,
        _no_change,
        file_id=other_id,
        created_at=utc_now().isoformat(),
    )
    report = verify_programme(programme)
    assert [p.verdict for p in report.problems] == [Verdict.DAMAGED]
    assert "does not match its name" in report.problems[0].explanation


def test_an_empty_case_file_is_damaged(programme: Programme) -> None:
    (programme.cases.cases_dir / f"{uuid.uuid4()}.duo").write_bytes(b"")
    report = verify_programme(programme)
    assert [p.verdict for p in report.problems] == [Verdict.DAMAGED]
    assert "empty" in report.problems[0].explanation


def test_a_damaged_programme_file_is_reported_and_the_cases_still_checked(
    programme: Programme, three_cases: list[str]
) -> None:
    flip_byte(programme.programme_file)
    opened = open_for_verify(programme.folder, passphrase=PASSPHRASE)
    try:
        report = verify_programme(opened)
    finally:
        opened.close()
    assert [(p.file_name, p.verdict) for p in report.problems] == [
        ("programme.duo", Verdict.DAMAGED)
    ]
    assert report.summary() == ("3 case files checked: 3 good. The programme file is damaged.")


def test_a_missing_cases_folder_is_a_problem(programme: Programme) -> None:
    programme.cases.cases_dir.rmdir()
    report = verify_programme(programme)
    assert not report.ok
    assert report.problems[0].line().startswith("cases: the folder of case files is missing")


def test_verify_changes_nothing_and_mentions_leftover_copies(
    programme: Programme, three_cases: list[str]
) -> None:
    tmp_dir = programme.folder / ".tmp"
    tmp_dir.mkdir(exist_ok=True)
    shutil.copyfile(
        programme.cases.path(three_cases[0]), tmp_dir / f"{three_cases[0]}.0a1b2c3d.tmp"
    )
    flip_byte(programme.cases.path(three_cases[2]))
    (programme.cases.cases_dir / "stray.bin").write_bytes(os.urandom(100))
    # Let a write, if verify made one, show in the modification times.
    time.sleep(0.01)
    before = snapshot(programme.folder)
    report = verify_programme(programme)
    assert snapshot(programme.folder) == before
    assert ".tmp: 1 copy left by an interrupted save. This is not a problem" in "\n".join(
        report.lines()
    )
    assert report.leftovers == 1
    assert len(report.problems) == 2


def test_leftover_copies_alone_are_not_a_problem(
    programme: Programme, three_cases: list[str]
) -> None:
    tmp_dir = programme.folder / ".tmp"
    tmp_dir.mkdir(exist_ok=True)
    for n in range(2):
        shutil.copyfile(programme.cases.path(three_cases[n]), tmp_dir / f"{three_cases[n]}.{n}.tmp")
    report = verify_programme(programme)
    assert report.ok
    assert report.lines()[0].startswith(".tmp: 2 copies left by an interrupted save")
    assert report.lines()[-1] == "3 case files checked: 3 good."


def test_progress_is_reported_for_every_file(programme: Programme, three_cases: list[str]) -> None:
    calls: list[tuple[int, int]] = []
    verify_programme(programme, progress=lambda done, total: calls.append((done, total)))
    assert calls == [(1, 3), (2, 3), (3, 3)]


def test_open_for_verify_refuses_a_wrong_secret_and_takes_the_recovery_key(
    new_programme: tuple[Programme, str],
) -> None:
    programme, recovery_key = new_programme
    with pytest.raises(WrongPassphraseError):
        open_for_verify(programme.folder, passphrase="not the passphrase")
    with pytest.raises(WrongRecoveryKeyError):
        open_for_verify(programme.folder, recovery_key="0000-0000-0000")
    opened = open_for_verify(programme.folder, recovery_key=recovery_key)
    try:
        assert verify_programme(opened).ok
    finally:
        opened.close()


@pytest.mark.slow
def test_a_thousand_case_files_are_checked_quickly(programme: Programme) -> None:
    for _ in range(1000):
        programme.cases.create(fictional_participant(), author="coach-1", durable=False)
    started = time.monotonic()
    report = verify_programme(programme)
    elapsed = time.monotonic() - started
    assert report.lines() == ["1,000 case files checked: 1,000 good."]
    # About 2 ms a file on a modest laptop; the bound leaves room for a busy test machine
    # while still catching anything quadratic or a key derivation per file.
    assert elapsed < 20


class CheckCancelledError(Exception):
    """Raised by a progress callback to stop a check (as a Cancel button would)."""


def test_a_progress_callback_can_stop_the_check(
    programme: Programme, three_cases: list[str]
) -> None:
    def cancel(_done: int, _total: int) -> None:
        raise CheckCancelledError

    with pytest.raises(CheckCancelledError):
        verify_programme(programme, progress=cancel)
