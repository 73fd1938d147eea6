"""Backup and restore: only the programme's encrypted files, all or nothing both ways."""

from __future__ import annotations

import errno
import json
import os
import shutil
import uuid
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import IO

import pytest

from storage import backup as backup_module
from storage.backup import backup_programme, restore_programme
from storage.errors import BackupError, DiskFullError, NotAProgrammeError
from storage.programme import Programme, unlock
from tests.helpers import PASSPHRASE, fictional_participant


@pytest.fixture
def two_cases(programme: Programme) -> list[str]:
    """Two participants in the programme."""
    return [
        programme.cases.create(fictional_participant(), author="coach-1"),
        programme.cases.create(
            fictional_participant("Mihaela", "Popescu-Ionescu", municipality="Gent"),
            author="coach-1",
        ),
    ]


@pytest.fixture
def workspace(programme: Programme) -> Path:
    """An empty folder beside the programme for zips and restored folders (privacy-scanned)."""
    folder = programme.folder.with_name(f"{programme.folder.name}-work")
    folder.mkdir()
    return folder


@pytest.fixture
def backup_zip(programme: Programme, two_cases: list[str], workspace: Path) -> Path:
    """A backup of the programme with two participants."""
    dest = workspace / "backup.zip"
    backup_programme(programme.folder, dest)
    return dest


def rebuild(source: Path, dest: Path, extra: dict[str, bytes], skip: tuple[str, ...] = ()) -> None:
    """Copy a backup's members into a new zip, leaving some out and adding others."""
    with zipfile.ZipFile(source) as original, zipfile.ZipFile(dest, "w") as altered:
        for info in original.infolist():
            if info.filename not in skip:
                altered.writestr(info, original.read(info))
        for name, data in extra.items():
            altered.writestr(name, data)


def test_a_backup_holds_only_the_programme_files(
    programme: Programme, two_cases: list[str], workspace: Path
) -> None:
    tmp_dir = programme.folder / ".tmp"
    tmp_dir.mkdir(exist_ok=True)
    shutil.copyfile(programme.cases.path(two_cases[0]), tmp_dir / f"{two_cases[0]}.1a2b3c4d.tmp")
    (programme.cases.cases_dir / "notes.txt").write_bytes(os.urandom(50))
    (programme.cases.cases_dir / "old").mkdir()
    (programme.folder / "desktop.ini").write_bytes(os.urandom(50))
    dest = workspace / "backup.zip"

    summary = backup_programme(programme.folder, dest)

    assert summary.case_files == 2
    assert summary.programme_name == "Mentoring Antwerpen"
    assert summary.size == dest.stat().st_size
    with zipfile.ZipFile(dest) as archive:
        assert archive.namelist() == [
            "programme.json",
            "keyslots.json",
            "programme.duo",
            *sorted(f"cases/{case_id}.duo" for case_id in two_cases),
        ]
        assert {info.compress_type for info in archive.infolist()} == {zipfile.ZIP_STORED}
        for name in archive.namelist():
            assert archive.read(name) == (programme.folder / name).read_bytes()
    assert sorted(p.name for p in workspace.iterdir()) == ["backup.zip"]


def test_backup_then_restore_reads_back_every_participant(
    programme: Programme, two_cases: list[str], backup_zip: Path, workspace: Path
) -> None:
    restored_dir = workspace / "restored"
    summary = restore_programme(backup_zip, restored_dir)
    assert summary.case_files == 2
    assert summary.programme_name == "Mentoring Antwerpen"
    assert sorted(p.name for p in restored_dir.iterdir()) == [
        "cases",
        "keyslots.json",
        "programme.duo",
        "programme.json",
    ]
    restored = unlock(restored_dir, passphrase=PASSPHRASE)
    try:
        assert restored.settings == programme.settings
        for case_id in two_cases:
            assert restored.cases.read(case_id).participant == (
                programme.cases.read(case_id).participant
            )
    finally:
        restored.close()
    assert sorted(p.name for p in workspace.iterdir()) == ["backup.zip", "restored"]


def test_restore_into_an_existing_empty_folder(backup_zip: Path, workspace: Path) -> None:
    target = workspace / "empty"
    target.mkdir()
    restore_programme(backup_zip, target)
    assert (target / "programme.json").is_file()


def test_restore_creates_missing_parent_folders(backup_zip: Path, workspace: Path) -> None:
    target = workspace / "a" / "b"
    restore_programme(backup_zip, target)
    assert len(list((target / "cases").iterdir())) == 2


def test_an_empty_programme_backs_up_and_restores(programme: Programme, workspace: Path) -> None:
    dest = workspace / "empty.zip"
    assert backup_programme(programme.folder, dest).case_files == 0
    assert restore_programme(dest, workspace / "restored").case_files == 0
    assert (workspace / "restored" / "cases").is_dir()


def test_restore_refuses_a_folder_with_files(backup_zip: Path, workspace: Path) -> None:
    target = workspace / "busy"
    target.mkdir()
    (target / "keep.txt").write_text("someone else's file\n")
    with pytest.raises(BackupError, match="not an empty folder"):
        restore_programme(backup_zip, target)
    assert [p.name for p in target.iterdir()] == ["keep.txt"]
    assert sorted(p.name for p in workspace.iterdir()) == ["backup.zip", "busy"]


@pytest.mark.parametrize(
    ("extra", "skip", "message"),
    [
        ({"../evil": b"x"}, (), "unsafe path"),
        ({"/etc/evil": b"x"}, (), "unsafe path"),
        ({"cases/../../evil.duo": b"x"}, (), "unsafe path"),
        ({"C:/evil.duo": b"x"}, (), "unsafe path"),
        ({"notes.txt": b"x"}, (), "never holds"),
        ({"cases/readme.txt": b"x"}, (), "never holds"),
        ({".tmp/x.0a1b2c3d.tmp": b"x"}, (), "never holds"),
        ({}, ("keyslots.json",), "no keyslots.json"),
    ],
)
def test_restore_refuses_an_archive_that_is_not_a_plain_backup(
    backup_zip: Path,
    workspace: Path,
    extra: dict[str, bytes],
    skip: tuple[str, ...],
    message: str,
) -> None:
    altered = workspace / "altered.zip"
    rebuild(backup_zip, altered, extra, skip)
    with pytest.raises(BackupError, match=message) as caught:
        restore_programme(altered, workspace / "restored")
    assert "Nothing was restored" in caught.value.message
    assert sorted(p.name for p in workspace.iterdir()) == ["altered.zip", "backup.zip"]


def test_restore_refuses_an_archive_with_a_name_twice(backup_zip: Path, workspace: Path) -> None:
    altered = workspace / "altered.zip"
    with pytest.warns(UserWarning, match="Duplicate name"):
        rebuild(backup_zip, altered, {"programme.json": b"{}"})
    with pytest.raises(BackupError, match="the same entry twice"):
        restore_programme(altered, workspace / "restored")
    assert sorted(p.name for p in workspace.iterdir()) == ["altered.zip", "backup.zip"]


def test_restore_refuses_damaged_settings(backup_zip: Path, workspace: Path) -> None:
    altered = workspace / "altered.zip"
    rebuild(backup_zip, altered, {"programme.json": b"{not json"}, skip=("programme.json",))
    with pytest.raises(BackupError, match="damaged programme settings"):
        restore_programme(altered, workspace / "restored")
    assert sorted(p.name for p in workspace.iterdir()) == ["altered.zip", "backup.zip"]


def test_restore_refuses_a_key_file_of_another_programme(backup_zip: Path, workspace: Path) -> None:
    with zipfile.ZipFile(backup_zip) as archive:
        settings = json.loads(archive.read("programme.json"))
    settings["id"] = str(uuid.uuid4())
    altered = workspace / "altered.zip"
    rebuild(
        backup_zip,
        altered,
        {"programme.json": json.dumps(settings).encode()},
        skip=("programme.json",),
    )
    with pytest.raises(BackupError, match="damaged key file"):
        restore_programme(altered, workspace / "restored")
    assert not (workspace / "restored").exists()


def test_a_backup_with_a_changed_byte_fails_its_checksum_and_leaves_nothing(
    backup_zip: Path, workspace: Path
) -> None:
    with zipfile.ZipFile(backup_zip) as archive:
        last = archive.infolist()[-1]
    data = bytearray(backup_zip.read_bytes())
    # The member's data follows its 30-byte local header and its name.
    data[last.header_offset + 30 + len(last.filename.encode()) + 5000] ^= 0x01
    backup_zip.write_bytes(bytes(data))
    with pytest.raises(BackupError, match="damaged"):
        restore_programme(backup_zip, workspace / "restored")
    assert sorted(p.name for p in workspace.iterdir()) == ["backup.zip"]


def test_restore_refuses_a_file_that_is_not_a_zip(workspace: Path) -> None:
    fake = workspace / "backup.zip"
    fake.write_bytes(os.urandom(2000))
    with pytest.raises(BackupError, match="not a readable zip file"):
        restore_programme(fake, workspace / "restored")
    with pytest.raises(BackupError, match="There is no file"):
        restore_programme(workspace / "missing.zip", workspace / "restored")
    assert sorted(p.name for p in workspace.iterdir()) == ["backup.zip"]


def test_backup_refuses_to_overwrite_or_to_write_into_a_missing_folder(
    programme: Programme, backup_zip: Path, workspace: Path
) -> None:
    before = backup_zip.read_bytes()
    with pytest.raises(BackupError, match="already exists"):
        backup_programme(programme.folder, backup_zip)
    assert backup_zip.read_bytes() == before
    with pytest.raises(BackupError, match="does not exist"):
        backup_programme(programme.folder, workspace / "nowhere" / "backup.zip")


def test_backup_of_a_folder_that_is_not_a_programme(workspace: Path) -> None:
    with pytest.raises(NotAProgrammeError):
        backup_programme(workspace, workspace / "backup.zip")
    assert list(workspace.iterdir()) == []


def _fail_on_call(number: int, error: BaseException) -> Callable[..., None]:
    """A stand-in for shutil.copyfileobj that fails on its `number`-th call."""
    calls = 0
    real = shutil.copyfileobj

    def copy(source: IO[bytes], target: IO[bytes], length: int = 0) -> None:
        nonlocal calls
        calls += 1
        if calls == number:
            raise error
        real(source, target, length)

    return copy


@pytest.mark.parametrize(
    ("error", "expected"),
    [
        (OSError(errno.ENOSPC, "No space left on device"), DiskFullError),
        (KeyboardInterrupt(), KeyboardInterrupt),
    ],
)
def test_an_interrupted_backup_leaves_no_zip(
    programme: Programme,
    two_cases: list[str],
    workspace: Path,
    monkeypatch: pytest.MonkeyPatch,
    error: BaseException,
    expected: type[BaseException],
) -> None:
    monkeypatch.setattr(backup_module.shutil, "copyfileobj", _fail_on_call(4, error))
    with pytest.raises(expected):
        backup_programme(programme.folder, workspace / "backup.zip")
    assert list(workspace.iterdir()) == []


def test_a_full_disk_during_restore_leaves_nothing(
    backup_zip: Path, workspace: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(
        backup_module.shutil,
        "copyfileobj",
        _fail_on_call(4, OSError(errno.ENOSPC, "No space left on device")),
    )
    with pytest.raises(DiskFullError, match="disk is full"):
        restore_programme(backup_zip, workspace / "restored")
    assert sorted(p.name for p in workspace.iterdir()) == ["backup.zip"]


def test_a_case_file_erased_during_the_backup_is_left_out(
    programme: Programme, two_cases: list[str], workspace: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    erased = programme.cases.path(two_cases[0])
    listed = backup_module._case_file_names

    def list_then_erase(cases_dir: Path) -> list[str]:
        names = listed(cases_dir)
        erased.unlink()
        return names

    monkeypatch.setattr(backup_module, "_case_file_names", list_then_erase)
    summary = backup_programme(programme.folder, workspace / "backup.zip")
    assert summary.case_files == 1
    with zipfile.ZipFile(workspace / "backup.zip") as archive:
        assert f"cases/{erased.name}" not in archive.namelist()
