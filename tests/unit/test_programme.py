"""Creating and unlocking a programme, its passphrase, its staff and GDPR erasure."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from storage.errors import DuoError, NotAProgrammeError, ProgrammeExistsError
from storage.keys import parse_recovery_key
from storage.paths import backups_dir
from storage.programme import Programme, change_passphrase, create_programme, unlock
from storage.records import StaffMember
from tests.helpers import PASSPHRASE, fictional_participant


def test_a_new_programme_folder_has_the_documented_layout(
    new_programme: tuple[Programme, str],
) -> None:
    programme, recovery_key = new_programme
    names = sorted(p.name for p in programme.folder.iterdir())
    assert names == [".tmp", "cases", "keyslots.json", "programme.duo", "programme.json"]
    settings = json.loads((programme.folder / "programme.json").read_text())
    assert settings["name"] == "Mentoring Antwerpen"
    assert set(settings) == {"format", "id", "name"}
    assert len(recovery_key.split("-")) == 9
    parse_recovery_key(recovery_key)


def test_unlock_with_passphrase_or_recovery_key(new_programme: tuple[Programme, str]) -> None:
    programme, recovery_key = new_programme
    case_id = programme.cases.create(fictional_participant(), author="")
    for opened in (
        unlock(programme.folder, passphrase=PASSPHRASE),
        unlock(programme.folder, recovery_key=recovery_key.lower().replace("-", " ")),
    ):
        assert opened.cases.read(case_id).participant.given_name == "Çağla"
        opened.close()


def test_changing_the_passphrase_rewrites_no_case_file(
    new_programme: tuple[Programme, str],
) -> None:
    programme, recovery_key = new_programme
    case_id = programme.cases.create(fictional_participant(), author="")
    case_path = programme.cases.path(case_id)
    before = (case_path.read_bytes(), case_path.stat().st_mtime_ns)
    change_passphrase(programme.folder, "a new long passphrase", passphrase=PASSPHRASE)
    assert (case_path.read_bytes(), case_path.stat().st_mtime_ns) == before
    with pytest.raises(DuoError, match="not right"):
        unlock(programme.folder, passphrase=PASSPHRASE)
    unlock(programme.folder, passphrase="a new long passphrase").close()
    unlock(programme.folder, recovery_key=recovery_key).close()


def test_a_short_passphrase_or_empty_name_is_refused(programme_dir: Path) -> None:
    with pytest.raises(DuoError, match="at least 8 characters"):
        create_programme(programme_dir, "Mentoring Gent", "short")
    with pytest.raises(DuoError, match="name"):
        create_programme(programme_dir, "   ", PASSPHRASE)
    assert not (programme_dir / "programme.json").exists()


def test_init_refuses_a_folder_with_files(programme_dir: Path) -> None:
    programme_dir.mkdir()
    (programme_dir / "notes.txt").write_text("someone's files")
    with pytest.raises(ProgrammeExistsError, match="not empty"):
        create_programme(programme_dir, "Mentoring Gent", PASSPHRASE)


def test_a_folder_that_is_not_a_programme_says_so(tmp_path: Path) -> None:
    with pytest.raises(NotAProgrammeError, match=r"not a Duo programme"):
        unlock(tmp_path, passphrase=PASSPHRASE)
    (tmp_path / "programme.json").write_text("{not json")
    with pytest.raises(NotAProgrammeError, match="damaged"):
        unlock(tmp_path, passphrase=PASSPHRASE)


def test_remember_on_this_computer_unlocks_without_passphrase(
    new_programme: tuple[Programme, str], fake_keyring: object
) -> None:
    programme, _ = new_programme
    assert programme.remember_on_this_computer()
    unlock(programme.folder, use_keyring=True).close()
    programme.forget_on_this_computer()
    with pytest.raises(DuoError, match="passphrase"):
        unlock(programme.folder, use_keyring=True)


def test_staff_are_kept_in_the_programme_file(programme: Programme) -> None:
    with programme.edit_programme_file(author="") as edit:
        edit.add(StaffMember(name="Fatoumata Diallo", email="coach@example.org"))
    assert [s.name for s in programme.staff()] == ["Fatoumata Diallo"]


def test_erasure_removes_the_file_and_index_and_logs_only_id_and_date(
    programme: Programme,
) -> None:
    keep = programme.cases.create(fictional_participant("Bogdan", "Kovačević"), author="")
    erase = programme.cases.create(fictional_participant("Samira", "El Amrani"), author="")
    programme.index.refresh(programme.cases)
    backups = backups_dir(programme.settings.id)
    backups.mkdir(parents=True)
    (backups / f"{erase}.before-migration.x.duo").write_bytes(b"old copy")

    programme.erase_participant(erase, author="coach-1", reason="asked by the participant")

    assert not programme.cases.path(erase).exists()
    assert list(backups.iterdir()) == []
    assert programme.index.get(erase) is None
    assert programme.index.search("samira") == []
    assert [e.id for e in programme.index.search("bogdan")] == [keep]
    (logged,) = programme.erasures()
    assert logged.participant_id == erase
    assert logged.author == "coach-1"
    assert "Samira" not in repr(logged)
