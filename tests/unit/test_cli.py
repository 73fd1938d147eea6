"""The `duo` command line, run as a real process: what a coordinator types and sees.

These tests start `python -m desktop` in a subprocess, so key slots made by `init` use the
real Argon2id cost (about 0.2 s per unlock); the number of runs is kept small on purpose.
"""

from __future__ import annotations

import os
import re
import sqlite3
import subprocess
import sys
import time
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from storage.backup import backup_programme
from storage.keys import new_recovery_key, parse_recovery_key
from storage.programme import Programme, unlock
from tests.helpers import PASSPHRASE, PLAINTEXT_ALLOWED, fictional_participant

REPO_ROOT = Path(__file__).resolve().parents[2]
RECOVERY_KEY = re.compile(r"\b[0-9A-Z]{4}(?:-[0-9A-Z]{4}){8}\b")
NEW_PASSPHRASE = "a second, longer passphrase"


@dataclass(frozen=True)
class Duo:
    """Runs `duo` in a subprocess with its own data folder and no system keyring."""

    data_dir: Path
    secrets_dir: Path

    def __call__(self, *args: str | Path, stdin: str = "") -> subprocess.CompletedProcess[str]:
        env = dict(
            os.environ,
            DUO_DATA_DIR=str(self.data_dir),
            PYTHON_KEYRING_BACKEND="keyring.backends.null.Keyring",
        )
        return subprocess.run(
            [sys.executable, "-m", "desktop", *map(str, args)],
            cwd=REPO_ROOT,
            env=env,
            input=stdin,
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )

    def secret_file(self, text: str) -> Path:
        """A passphrase file (outside every programme folder)."""
        path = self.secrets_dir / f"secret-{len(list(self.secrets_dir.iterdir()))}.txt"
        path.write_text(text + "\n", encoding="utf-8")
        return path


@dataclass(frozen=True)
class CliProgramme:
    """A programme made by `duo init`."""

    folder: Path
    recovery_key: str
    passphrase_file: Path


@pytest.fixture
def duo(tmp_path: Path) -> Duo:
    """The command, isolated in this test's temporary folder."""
    (tmp_path / "secrets").mkdir()
    return Duo(data_dir=tmp_path / "duo-data", secrets_dir=tmp_path / "secrets")


@pytest.fixture
def made_by_init(duo: Duo, programme_dir: Path) -> CliProgramme:
    """`duo init --passphrase-file`: one run of the command."""
    passphrase_file = duo.secret_file(PASSPHRASE)
    result = duo(
        "init", programme_dir, "--name", "Mentoring Leuven", "--passphrase-file", passphrase_file
    )
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stdout + result.stderr
    keys_found = RECOVERY_KEY.findall(result.stdout)
    assert len(keys_found) == 1
    return CliProgramme(programme_dir, keys_found[0], passphrase_file)


@pytest.fixture
def unlocked(made_by_init: CliProgramme) -> Iterator[Programme]:
    """The programme made by `init`, unlocked in this process to add participants."""
    programme = unlock(made_by_init.folder, passphrase=PASSPHRASE)
    yield programme
    programme.close()


def assert_refused(result: subprocess.CompletedProcess[str]) -> str:
    """A refusal is one plain line on stderr and a non-zero status; returns the line."""
    assert result.returncode != 0
    assert "Traceback" not in result.stdout + result.stderr
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("duo: ")
    return lines[0]


def snapshot(folder: Path) -> dict[str, tuple[bytes, int]]:
    """Every file under `folder`: its bytes and modification time."""
    return {
        str(path.relative_to(folder)): (path.read_bytes(), path.stat().st_mtime_ns)
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


# --- init and unlocking -------------------------------------------------------------------


def test_init_prints_a_recovery_key_that_unlocks(duo: Duo, made_by_init: CliProgramme) -> None:
    parse_recovery_key(made_by_init.recovery_key)
    result = duo("verify", made_by_init.folder, "--recovery-key", made_by_init.recovery_key)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == ["0 case files checked: 0 good."]


def test_init_reads_the_passphrase_from_standard_input(duo: Duo, programme_dir: Path) -> None:
    result = duo("init", programme_dir, "--name", "Mentoring Brugge", stdin=PASSPHRASE + "\n")
    assert result.returncode == 0, result.stderr
    assert len(RECOVERY_KEY.findall(result.stdout)) == 1
    checked = duo("verify", programme_dir, "--passphrase-file", duo.secret_file(PASSPHRASE))
    assert checked.returncode == 0, checked.stderr


def test_a_wrong_secret_is_one_plain_line_on_every_command(
    duo: Duo, made_by_init: CliProgramme
) -> None:
    wrong = duo.secret_file("not the right passphrase")
    new = duo.secret_file(NEW_PASSPHRASE)
    folder = made_by_init.folder
    before = snapshot(folder)
    for result in (
        duo("verify", folder, "--passphrase-file", wrong),
        duo("verify", folder, "--recovery-key", new_recovery_key()),
        duo("passphrase", folder, "--passphrase-file", wrong, "--new-passphrase-file", new),
    ):
        line = assert_refused(result)
        assert "passphrase is not right" in line or "recovery key does not belong" in line
    assert snapshot(folder) == before


# --- passphrase ---------------------------------------------------------------------------


def test_changing_the_passphrase_keeps_the_recovery_key_and_every_case_file(
    duo: Duo, made_by_init: CliProgramme, unlocked: Programme
) -> None:
    case_id = unlocked.cases.create(fictional_participant(), author="coach-1")
    cases_before = snapshot(unlocked.cases.cases_dir)
    folder = made_by_init.folder
    new = duo.secret_file(NEW_PASSPHRASE)

    changed = duo(
        "passphrase",
        folder,
        "--passphrase-file",
        made_by_init.passphrase_file,
        "--new-passphrase-file",
        new,
    )
    assert changed.returncode == 0, changed.stderr
    assert "passphrase was changed" in changed.stdout

    assert "not right" in assert_refused(
        duo("verify", folder, "--passphrase-file", made_by_init.passphrase_file)
    )
    for secret in (("--passphrase-file", new), ("--recovery-key", made_by_init.recovery_key)):
        result = duo("verify", folder, *secret)
        assert result.returncode == 0, result.stderr
        assert result.stdout.splitlines() == ["1 case file checked: 1 good."]
    assert snapshot(unlocked.cases.cases_dir) == cases_before
    assert f"{case_id}.duo" in cases_before


# --- verify -------------------------------------------------------------------------------


def test_verify_names_damaged_and_foreign_files_and_changes_nothing(
    duo: Duo, made_by_init: CliProgramme, unlocked: Programme
) -> None:
    good, damaged = (
        unlocked.cases.create(fictional_participant(), author="coach-1"),
        unlocked.cases.create(fictional_participant("Ngozi", "Okonkwo-Peeters"), author="coach-1"),
    )
    tmp_dir = made_by_init.folder / ".tmp"
    tmp_dir.mkdir(exist_ok=True)
    leftover = tmp_dir / f"{good}.5e6f7a8b.tmp"
    leftover.write_bytes(unlocked.cases.path(good).read_bytes())
    secret = ("--passphrase-file", made_by_init.passphrase_file)

    clean = duo("verify", made_by_init.folder, *secret)
    assert clean.returncode == 0, clean.stderr
    assert clean.stdout.splitlines()[-1] == "2 case files checked: 2 good."
    assert ".tmp: 1 copy left by an interrupted save" in clean.stdout

    with unlocked.cases.edit(damaged, author="coach-1") as edit:
        edit.attach_bytes("cv.pdf", os.urandom(200_000), kind="cv", media_type="application/pdf")
    damaged_path = unlocked.cases.path(damaged)
    data = bytearray(damaged_path.read_bytes())
    # Most of the file is the attachment, so the middle page is not part of the schema:
    # the file opens, and one page fails its check.
    data[len(data) // 2] ^= 0x01
    damaged_path.write_bytes(bytes(data))
    plain = unlocked.cases.cases_dir / "export.sqlite"
    PLAINTEXT_ALLOWED.add(plain)
    conn = sqlite3.connect(plain)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    (unlocked.cases.cases_dir / "random.bin").write_bytes(os.urandom(3000))
    time.sleep(0.01)  # so that a write by verify would show in the modification times
    before = snapshot(made_by_init.folder)

    result = duo("verify", made_by_init.folder, *secret)

    assert snapshot(made_by_init.folder) == before
    assert leftover.exists()
    assert result.returncode == 1
    assert result.stderr == ""
    lines = result.stdout.splitlines()
    assert [line for line in lines if damaged_path.name in line] == [
        f"cases/{damaged_path.name}: damaged: part of it fails the encryption check (it was "
        "changed or corrupted on disk). Restore it from a backup."
    ]
    assert len([line for line in lines if line.startswith("cases/export.sqlite: ")]) == 1
    assert len([line for line in lines if line.startswith("cases/random.bin: ")]) == 1
    assert lines[-1] == "4 case files checked: 1 good, 1 damaged, 2 foreign."
    assert "Ngozi" not in result.stdout and "Okonkwo" not in result.stdout


# --- backup and restore -------------------------------------------------------------------


def test_backup_then_restore_opens_with_the_same_passphrase(
    duo: Duo, made_by_init: CliProgramme, unlocked: Programme
) -> None:
    people = [
        fictional_participant(),
        fictional_participant("Bogdan", "Wiśniewski-Claes", municipality="Mechelen"),
    ]
    ids = [unlocked.cases.create(person, author="coach-1") for person in people]
    (unlocked.folder / ".tmp").mkdir(exist_ok=True)
    (unlocked.folder / ".tmp" / f"{ids[0]}.0f0f0f0f.tmp").write_bytes(os.urandom(100))
    work = made_by_init.folder.with_name(made_by_init.folder.name + "-backups")
    work.mkdir()
    dest = work / "leuven.zip"

    made = duo("backup", made_by_init.folder, dest)
    assert made.returncode == 0, made.stderr
    assert re.fullmatch(
        rf"Backed up the programme “Mentoring Leuven” to {re.escape(str(dest))}: "
        r"2 case files, [\d.]+ KB\.",
        made.stdout.splitlines()[0],
    )
    with zipfile.ZipFile(dest) as archive:
        assert not [name for name in archive.namelist() if ".tmp" in name]
    content = dest.read_bytes()
    for person in people:
        for name in (person.given_name, person.family_name):
            assert name.encode("utf-8") not in content
            assert name.encode("utf-16-le") not in content

    restored_dir = work / "restored"
    restored = duo("restore", dest, restored_dir)
    assert restored.returncode == 0, restored.stderr
    assert restored.stdout.startswith(
        f"Restored the programme “Mentoring Leuven” into {restored_dir}: 2 case files."
    )
    reopened = unlock(restored_dir, passphrase=PASSPHRASE)
    try:
        for case_id, person in zip(ids, people, strict=True):
            assert reopened.cases.read(case_id).participant.family_name == person.family_name
    finally:
        reopened.close()


def test_restore_refuses_a_busy_folder_and_an_unsafe_archive(
    duo: Duo, programme: Programme
) -> None:
    programme.cases.create(fictional_participant(), author="coach-1")
    work = programme.folder.with_name(programme.folder.name + "-backups")
    work.mkdir()
    good_zip = work / "good.zip"
    backup_programme(programme.folder, good_zip)
    evil_zip = work / "evil.zip"
    with zipfile.ZipFile(good_zip) as original, zipfile.ZipFile(evil_zip, "w") as evil:
        for info in original.infolist():
            evil.writestr(info, original.read(info))
        evil.writestr("../evil", b"outside the folder")
    busy = work / "busy"
    busy.mkdir()
    (busy / "keep.txt").write_text("already here\n", encoding="utf-8")
    before = sorted(p.name for p in work.parent.iterdir())

    assert "not an empty folder" in assert_refused(duo("restore", good_zip, busy))
    assert "unsafe path" in assert_refused(duo("restore", evil_zip, work / "restored"))

    assert [p.name for p in busy.iterdir()] == ["keep.txt"]
    assert sorted(p.name for p in work.iterdir()) == ["busy", "evil.zip", "good.zip"]
    assert sorted(p.name for p in work.parent.iterdir()) == before
