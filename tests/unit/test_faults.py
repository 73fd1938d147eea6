"""What a coordinator meets when something goes wrong, and that nothing is lost when it does.

Each test puts the programme in a situation a user can cause or meet — a wrong passphrase, a
mistyped recovery key, a damaged key file, a damaged or foreign case file, a file from a newer
Duo, a full disk, no keyring, a huge attachment, two saves of the same participant — and
checks what the user would notice: the kind of error and its plain message (never a
participant's name), that the files on disk are unchanged byte for byte, and that the rest of
the programme keeps working. It also proves that encryption is really in use (no file starts
with the plaintext SQLite header, and the real Argon2 cost is the one the architecture asks for)
and that a save never leaves `-journal`, `-wal` or `-shm` files or temporary copies behind.
"""

from __future__ import annotations

import hashlib
import json
import os
import secrets
import shutil
import signal
import sqlite3
import tracemalloc
import uuid
import warnings
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import keyring
import keyring.backends.fail
import pytest

from storage import keyring_cache, keys
from storage.case_schema import CASE_SCHEMA
from storage.errors import (
    AttachmentTooLargeError,
    AttachmentUnreadableError,
    CaseFileDamagedError,
    DuoError,
    KeyFileDamagedError,
    NewerSchemaError,
    SaveConflictError,
    WrongPassphraseError,
    WrongRecoveryKeyError,
    disk_full_message,
)
from storage.paths import backups_dir, index_path, local_data_dir
from storage.programme import (
    KEYSLOTS_FILE,
    Programme,
    create_programme,
    read_keyslots,
    unlock,
)
from storage.records import Note, StaffMember
from storage.sqlcipher import cipher_version, connect
from storage.verify import Verdict, verify_programme
from tests.conftest import MemoryKeyring
from tests.helpers import PASSPHRASE, PLAINTEXT_ALLOWED, fictional_participant

PLAINTEXT_HEADER = b"SQLite format 3\x00"
posix_only = pytest.mark.skipif(not hasattr(os, "fork"), reason="needs os.fork and rlimits")
CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"


# --- helpers ------------------------------------------------------------------------------


def digest(path: Path) -> str:
    """The SHA-256 of a file's bytes."""
    return hashlib.sha256(path.read_bytes()).hexdigest()


def tree(folder: Path) -> dict[str, bytes]:
    """Every file under `folder` and its bytes (empty when the folder does not exist)."""
    if not folder.exists():
        return {}
    return {
        str(path.relative_to(folder)): path.read_bytes()
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


def tmp_copies(programme: Programme) -> list[str]:
    """What the programme's `.tmp/` folder holds."""
    folder = programme.cases.tmp_dir
    return sorted(os.listdir(folder)) if folder.exists() else []


def change_one_character(text: str, position: int, alphabet: str) -> str:
    """`text` with the character at `position` replaced by another one from `alphabet`."""
    old = text[position]
    new = next(c for c in alphabet if c != old)
    return text[:position] + new + text[position + 1 :]


@pytest.fixture
def other_programme(programme_root: Path) -> Iterator[tuple[Programme, str]]:
    """A second programme, with its own master key and recovery key."""
    folder = programme_root / f"other-programme-{uuid.uuid4().hex[:8]}"
    other, recovery_key = create_programme(folder, "Mentoring Gent", PASSPHRASE)
    yield other, recovery_key
    other.close()


@pytest.fixture
def three_cases(programme: Programme) -> list[str]:
    """Three participants with different names."""
    names = [("Annelies", "Verhoeven"), ("Mohammed", "El Amrani"), ("Oksana", "Kovalenko")]
    return [
        programme.cases.create(
            fictional_participant(given, family, municipality="Antwerpen"), author="coach-1"
        )
        for given, family in names
    ]


def fork() -> int:
    """`os.fork`, without Python 3.12's warning about forking a process that has threads.

    The child only runs storage code and then leaves with `os._exit`.
    """
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        return os.fork()


def run_with_file_size_limit(limit: int, action: Callable[[], None]) -> tuple[str, str]:
    """Run `action` in a child process that may not write files past `limit` bytes.

    Returns the qualified type name and the message of the exception the child met
    (`("", "")` when there was none).
    """
    import resource  # POSIX only

    read_end, write_end = os.pipe()
    pid = fork()
    if pid == 0:  # the child
        try:
            os.close(read_end)
            signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # EFBIG instead of being killed
            resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
            try:
                action()
                report = "\n"
            except BaseException as error:
                report = f"{type(error).__module__}.{type(error).__qualname__}\n{error}"
            data = report.encode()
            while data:
                data = data[os.write(write_end, data) :]
        finally:
            os._exit(0)
    os.close(write_end)
    chunks = []
    with os.fdopen(read_end, "rb") as pipe:
        while chunk := pipe.read(65536):
            chunks.append(chunk)
    _pid, status = os.waitpid(pid, 0)
    assert os.waitstatus_to_exitcode(status) == 0
    kind, _newline, message = b"".join(chunks).decode().partition("\n")
    return kind, message


# --- passphrase and recovery key ----------------------------------------------------------


def test_a_wrong_passphrase_says_so_plainly(programme: Programme) -> None:
    with pytest.raises(WrongPassphraseError) as caught:
        unlock(programme.folder, passphrase="correct horse battery stapler")
    message = str(caught.value)
    assert "passphrase is not right" in message
    for jargon in ("Tag", "AES", "GCM", "HMAC", "argon", "Traceback", "keyslots.json"):
        assert jargon not in message


def test_another_programmes_recovery_key_is_refused(
    new_programme: tuple[Programme, str], other_programme: tuple[Programme, str]
) -> None:
    programme, own_key = new_programme
    _other, other_key = other_programme
    assert other_key != own_key
    with pytest.raises(WrongRecoveryKeyError) as caught:
        unlock(programme.folder, recovery_key=other_key)
    assert "does not belong to this programme" in str(caught.value)


@pytest.mark.parametrize("position", [0, 17, 38, 43])  # first, middle, last of body, check
def test_a_recovery_key_with_one_typing_mistake_is_recognised_as_such(
    new_programme: tuple[Programme, str], position: int
) -> None:
    programme, recovery_key = new_programme
    assert recovery_key[position] != "-"
    mistyped = change_one_character(recovery_key, position, CROCKFORD)
    with pytest.raises(WrongRecoveryKeyError) as caught:
        unlock(programme.folder, recovery_key=mistyped)
    assert "typing mistake" in str(caught.value)


@pytest.mark.parametrize(
    "retype",
    [
        str.lower,
        lambda key: key.replace("-", " "),
        lambda key: "  " + key.lower().replace("-", "  ") + "\n",
        lambda key: key.replace("-", ""),
    ],
    ids=["lower-case", "spaces", "lower-case-and-extra-spaces", "no-separators"],
)
def test_a_recovery_key_is_accepted_however_it_is_typed(
    new_programme: tuple[Programme, str], retype: Callable[[str], str]
) -> None:
    programme, recovery_key = new_programme
    case_id = programme.cases.create(fictional_participant(), author="coach-1")
    reopened = unlock(programme.folder, recovery_key=retype(recovery_key))
    try:
        assert reopened.cases.read(case_id).participant.given_name == "Çağla"
    finally:
        reopened.close()


# --- a damaged key file -------------------------------------------------------------------


def _truncate(text: str) -> str:
    return text[: len(text) // 2]


def _change_wrapped_value(text: str) -> str:
    document = json.loads(text)
    wrapped = next(s["wrapped"] for s in document["slots"] if s["kind"] == "passphrase")
    start = text.index(wrapped)
    position = start + len(wrapped) // 2
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
    return change_one_character(text, position, alphabet)


def _invalid_json(text: str) -> str:
    return text.replace('"slots"', "slots", 1)


@pytest.mark.parametrize(
    "damage",
    [_truncate, _change_wrapped_value, _invalid_json, None],
    ids=["truncated", "one-character-of-wrapped-key-changed", "invalid-json", "missing"],
)
def test_a_damaged_key_file_is_not_mistaken_for_a_wrong_passphrase(
    new_programme: tuple[Programme, str], damage: Callable[[str], str] | None
) -> None:
    programme, recovery_key = new_programme
    key_file = programme.folder / KEYSLOTS_FILE
    with pytest.raises(WrongPassphraseError) as wrong:
        unlock(programme.folder, passphrase="not the passphrase at all")

    if damage is None:
        key_file.unlink()
    else:
        original = key_file.read_text(encoding="utf-8")
        damaged_text = damage(original)
        assert damaged_text != original
        key_file.write_text(damaged_text, encoding="utf-8")

    for secret in ({"passphrase": PASSPHRASE}, {"recovery_key": recovery_key}):
        with pytest.raises(KeyFileDamagedError) as caught:
            unlock(programme.folder, **secret)
        message = str(caught.value)
        assert message != str(wrong.value)
        assert "keyslots.json" in message
        assert "backup" in message


# --- damaged case files -------------------------------------------------------------------


def _flip_byte(data: bytes, offset: int) -> bytes:
    changed = bytearray(data)
    changed[offset] ^= 0x01
    return bytes(changed)


def _flip_middle_byte(data: bytes) -> bytes:
    return _flip_byte(data, len(data) // 2)


# Damage that reading the case file must notice.
READ_DAMAGE: dict[str, Callable[[bytes], bytes]] = {
    "truncated-to-half": lambda data: data[: len(data) // 2 + 100],
    "truncated-to-first-page": lambda data: data[:4096],
    "truncated-to-nothing": lambda data: b"",
    # Byte 100 is inside the first page's encrypted content (after the 16-byte salt).
    "byte-flipped-in-first-page": lambda data: _flip_byte(data, 100),
}
# The middle of a small case file is one of its index pages, which a read may not visit:
# the integrity check (`duo verify`) must report it, and an edit must not carry it forward.
CASE_FILE_DAMAGE = READ_DAMAGE | {"byte-flipped-in-the-middle": _flip_middle_byte}


@pytest.mark.parametrize("damage", READ_DAMAGE.values(), ids=READ_DAMAGE.keys())
def test_a_damaged_case_file_is_reported_and_the_others_keep_working(
    programme: Programme, three_cases: list[str], damage: Callable[[bytes], bytes]
) -> None:
    broken_id, *good_ids = three_cases
    path = programme.cases.path(broken_id)
    path.write_bytes(damage(path.read_bytes()))

    with pytest.raises(CaseFileDamagedError) as caught:
        programme.cases.read(broken_id)
    error = caught.value
    assert error.file_name == path.name
    assert path.name in str(error)
    for personal in ("Annelies", "Verhoeven", str(programme.folder)):
        assert personal not in str(error)

    for case_id in good_ids:
        assert programme.cases.read(case_id).participant.municipality == "Antwerpen"
    report = programme.index.refresh(programme.cases)
    assert report.damaged == [path.name]
    assert report.read == len(good_ids)
    for case_id in good_ids:
        entry = programme.index.get(case_id)
        assert entry is not None and not entry.damaged
    assert {e.given_name for e in programme.index.search("moham")} == {"Mohammed"}


def test_damage_a_read_does_not_visit_is_found_by_the_integrity_check(
    programme: Programme, three_cases: list[str]
) -> None:
    broken_id, *good_ids = three_cases
    path = programme.cases.path(broken_id)
    path.write_bytes(_flip_middle_byte(path.read_bytes()))
    before = digest(path)

    report = verify_programme(programme)
    assert [(p.file_name, p.verdict) for p in report.problems] == [
        (f"cases/{path.name}", Verdict.DAMAGED)
    ]
    assert "Annelies" not in report.problems[0].line()
    assert report.counts[Verdict.GOOD] == len(good_ids)
    try:
        case = programme.cases.read(broken_id)
    except CaseFileDamagedError as error:
        assert error.file_name == path.name
    else:  # the pages a read visits are intact, and so is what it returns
        assert case.participant.given_name == "Annelies"
    for case_id in good_ids:
        assert programme.cases.read(case_id).participant.municipality == "Antwerpen"
    assert digest(path) == before


@pytest.mark.parametrize("damage", CASE_FILE_DAMAGE.values(), ids=CASE_FILE_DAMAGE.keys())
def test_editing_a_damaged_case_file_is_refused_and_changes_nothing(
    programme: Programme, three_cases: list[str], damage: Callable[[bytes], bytes]
) -> None:
    broken_id = three_cases[0]
    path = programme.cases.path(broken_id)
    path.write_bytes(damage(path.read_bytes()))
    before = digest(path)

    with (
        pytest.raises(CaseFileDamagedError) as caught,
        programme.cases.edit(broken_id, author="coach-1") as case,
    ):
        case.update_participant(municipality="Gent")
        case.add(Note(written_on=date(2026, 11, 2), text="Belde terug."))
    assert caught.value.file_name == path.name
    assert "Annelies" not in str(caught.value)
    assert digest(path) == before
    assert tmp_copies(programme) == []


# --- a file from a newer Duo --------------------------------------------------------------


def test_a_case_file_from_a_newer_duo_is_refused_and_left_untouched(
    programme: Programme, tmp_path: Path
) -> None:
    case_id = programme.cases.create(fictional_participant(), author="coach-1")
    path = programme.cases.path(case_id)
    # Stamp a newer version on a copy outside the programme folder, then put it back whole.
    outside = tmp_path / "newer.duo"
    shutil.copyfile(path, outside)
    conn = connect(outside, programme.cases.key(case_id))
    try:
        conn.execute(f"PRAGMA user_version = {CASE_SCHEMA.version + 1}")
    finally:
        conn.close()
    shutil.copyfile(outside, path)
    before = digest(path)

    with pytest.raises(NewerSchemaError) as on_read:
        programme.cases.read(case_id)
    assert path.name in str(on_read.value)
    assert "newer version of Duo" in str(on_read.value)
    with (
        pytest.raises(NewerSchemaError),
        programme.cases.edit(case_id, author="coach-1") as case,
    ):
        case.update_participant(municipality="Gent")
    report = programme.index.refresh(programme.cases)
    assert report.newer == [path.name]
    assert report.damaged == []

    assert digest(path) == before
    assert tmp_copies(programme) == []
    assert tree(backups_dir(programme.settings.id)) == {}


# --- foreign files in cases/ --------------------------------------------------------------


def test_foreign_files_in_the_cases_folder_are_ignored_or_reported(
    programme: Programme, other_programme: tuple[Programme, str]
) -> None:
    own_id = programme.cases.create(fictional_participant(), author="coach-1")
    cases_dir = programme.cases.cases_dir

    plain_sqlite = cases_dir / "export.sqlite"
    plain_case_name = cases_dir / f"{uuid.uuid4()}.duo"
    for plain in (plain_sqlite, plain_case_name):
        PLAINTEXT_ALLOWED.add(plain)
        conn = sqlite3.connect(plain)
        try:
            conn.execute("CREATE TABLE t (x)")
            conn.execute("INSERT INTO t VALUES ('not a case file')")
            conn.commit()
        finally:
            conn.close()
    (cases_dir / "README.txt").write_text("Dit is geen dossier.\n", encoding="utf-8")
    (cases_dir / "desktop.ini").write_bytes(os.urandom(300))
    (cases_dir / "notes.duo").write_bytes(os.urandom(5000))
    other, _key = other_programme
    other_id = other.cases.create(
        fictional_participant("Rachida", "Benali", municipality="Gent"), author="coach-9"
    )
    foreign = cases_dir / other.cases.path(other_id).name
    shutil.copyfile(other.cases.path(other_id), foreign)

    report = programme.index.refresh(programme.cases)
    assert sorted(report.damaged) == sorted([foreign.name, plain_case_name.name])
    assert report.read == 1
    own = programme.index.get(own_id)
    assert own is not None and not own.damaged
    flagged = programme.index.get(other_id)
    assert flagged is not None and flagged.damaged and flagged.given_name == ""
    known = {entry.id for entry in programme.index.entries()}
    assert known == {own_id, other_id, plain_case_name.stem}
    with pytest.raises(CaseFileDamagedError):
        programme.cases.read(other_id)
    assert programme.cases.read(own_id).participant.given_name == "Çağla"
    assert other.cases.read(other_id).participant.given_name == "Rachida"


# --- a full disk --------------------------------------------------------------------------


@posix_only
def test_a_full_disk_during_a_save_keeps_the_old_file(programme: Programme) -> None:
    case_id = programme.cases.create(fictional_participant(), author="coach-1")
    path = programme.cases.path(case_id)
    before = path.read_bytes()

    def save() -> None:
        with programme.cases.edit(case_id, author="coach-1") as case:
            case.update_participant(municipality="Gent")

    kind, message = run_with_file_size_limit(len(before) // 2, save)
    assert kind == "storage.errors.DiskFullError", message
    assert message == disk_full_message()
    assert path.read_bytes() == before
    assert programme.cases.read(case_id).participant.municipality == ""
    assert tmp_copies(programme) == []


@posix_only
def test_a_full_disk_while_the_file_grows_keeps_the_old_file(programme: Programme) -> None:
    case_id = programme.cases.create(fictional_participant(), author="coach-1")
    path = programme.cases.path(case_id)
    before = path.read_bytes()

    def save() -> None:
        with programme.cases.edit(case_id, author="coach-1") as case:
            case.update_participant(municipality="Gent")
            case.attach_bytes(
                "cv.pdf", os.urandom(2 * 1024 * 1024), kind="cv", media_type="application/pdf"
            )

    # Room for the copy of the file, not for the attachment.
    kind, message = run_with_file_size_limit(len(before) + 64 * 1024, save)
    assert kind == "storage.errors.DiskFullError", message
    assert message == disk_full_message()
    assert path.read_bytes() == before
    case = programme.cases.read(case_id)
    assert case.attachments == [] and case.participant.municipality == ""
    assert tmp_copies(programme) == []


# --- the keyring --------------------------------------------------------------------------


def test_without_a_keyring_nothing_is_remembered_anywhere(
    programme: Programme, tmp_path: Path
) -> None:
    keyring.set_keyring(keyring.backends.fail.Keyring())
    master_key = read_keyslots(programme.folder).unlock_with_passphrase(PASSPHRASE)
    before = (tree(programme.folder), tree(local_data_dir()))

    assert programme.remember_on_this_computer() is False

    assert (tree(programme.folder), tree(local_data_dir())) == before
    for root in (programme.folder, tmp_path):
        for path in root.rglob("*"):
            if path.is_file():
                data = path.read_bytes()
                assert master_key not in data
                assert master_key.hex().encode() not in data
    with pytest.raises(DuoError) as caught:
        unlock(programme.folder, use_keyring=True)
    assert "Enter the programme's passphrase" in str(caught.value)
    reopened = unlock(programme.folder, use_keyring=True, passphrase=PASSPHRASE)
    reopened.close()


def test_the_keyring_remembers_the_key_but_is_never_its_only_copy(
    programme: Programme, fake_keyring: MemoryKeyring
) -> None:
    case_id = programme.cases.create(fictional_participant(), author="coach-1")
    assert programme.remember_on_this_computer() is True
    programme.close()

    reopened = unlock(programme.folder, use_keyring=True)
    try:
        assert reopened.cases.read(case_id).participant.given_name == "Çağla"
    finally:
        reopened.close()
    fake_keyring.passwords.clear()  # a new laptop, a reinstalled OS
    with pytest.raises(DuoError) as caught:
        unlock(programme.folder, use_keyring=True)
    assert "passphrase" in str(caught.value)
    again = unlock(programme.folder, use_keyring=True, passphrase=PASSPHRASE)
    try:
        assert again.cases.read(case_id).participant.given_name == "Çağla"
    finally:
        again.close()


def test_a_stale_keyring_entry_is_forgotten_with_a_clear_message(
    programme: Programme, fake_keyring: MemoryKeyring
) -> None:
    programme_id = programme.settings.id
    keyring.set_password(keyring_cache.SERVICE, programme_id, secrets.token_bytes(32).hex())
    with pytest.raises(DuoError) as caught:
        unlock(programme.folder, use_keyring=True)
    assert "no longer opens this programme" in str(caught.value)
    assert "Enter the passphrase" in str(caught.value)
    assert keyring.get_password(keyring_cache.SERVICE, programme_id) is None
    reopened = unlock(programme.folder, use_keyring=True, passphrase=PASSPHRASE)
    reopened.close()


# --- attachments --------------------------------------------------------------------------


def test_a_one_gigabyte_attachment_is_refused_without_reading_it(
    programme: Programme, tmp_path: Path
) -> None:
    case_id = programme.cases.create(fictional_participant(), author="coach-1")
    path = programme.cases.path(case_id)
    before = digest(path)
    huge = tmp_path / "scan of all diplomas.pdf"
    with huge.open("wb") as handle:
        handle.truncate(1024 * 1024 * 1024)  # sparse: costs no disk space

    tracemalloc.start()
    try:
        with (
            pytest.raises(AttachmentTooLargeError) as caught,
            programme.cases.edit(case_id, author="coach-1") as case,
        ):
            case.attach(huge, kind="diploma")
        _current, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 50 * 1024 * 1024
    message = str(caught.value)
    assert "1,024 MB" in message
    assert "20 MB" in message
    assert programme.cases.read(case_id).generation == 1
    assert digest(path) == before
    assert tmp_copies(programme) == []


@pytest.mark.parametrize("kind", ["missing", "a-folder"])
def test_an_unreadable_attachment_is_reported(
    programme: Programme, tmp_path: Path, kind: str
) -> None:
    case_id = programme.cases.create(fictional_participant(), author="coach-1")
    path = programme.cases.path(case_id)
    before = digest(path)
    # A CV's file name often holds the person's name: the message must not repeat it.
    document = tmp_path / "CV Çağla Yılmaz.pdf"
    if kind == "a-folder":
        document.mkdir()
    with (
        pytest.raises(AttachmentUnreadableError) as caught,
        programme.cases.edit(case_id, author="coach-1") as case,
    ):
        case.attach(document, kind="cv")
    assert "could not read" in str(caught.value)
    assert "Çağla" not in str(caught.value)
    assert digest(path) == before
    assert programme.cases.read(case_id).attachments == []


# --- encryption is really in use ----------------------------------------------------------


def test_sqlcipher_is_linked(programme: Programme) -> None:
    assert cipher_version()
    case_id = programme.cases.create(fictional_participant(), author="coach-1")
    # Plain SQLite (the standard library's) cannot read a case file.
    conn = sqlite3.connect(programme.cases.path(case_id).resolve().as_uri() + "?mode=ro", uri=True)
    try:
        with pytest.raises(sqlite3.DatabaseError, match="not a database"):
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    finally:
        conn.close()


def test_every_file_duo_writes_is_encrypted(programme: Programme) -> None:
    marker = b"%PDF-1.4 fictional CV of a fictional mentee"
    case_id = programme.cases.create(
        fictional_participant(),
        author="coach-1",
        attachments=[("cv.pdf", marker, "cv", "application/pdf")],
    )
    with programme.cases.edit(case_id, author="coach-1") as case:
        case.add(Note(written_on=date(2026, 11, 2), text="Zoekt werk in de zorg."))
    with programme.edit_programme_file(author="coach-1") as edit:
        edit.add(StaffMember(name="Coördinator Wouters"))
    assert programme.index.refresh(programme.cases).read == 1
    programme.close()  # checkpoints the index into its main file

    written = [
        programme.programme_file,
        programme.cases.path(case_id),
        index_path(programme.settings.id),
    ]
    for path in written:
        data = path.read_bytes()
        assert len(data) >= 4096, path
        assert not data.startswith(PLAINTEXT_HEADER), path
        for clear in (marker, "Çağla".encode(), b"Zoekt werk", b"Wouters"):
            assert clear not in data, (path, clear)


def test_the_real_passphrase_kdf_is_memory_hard() -> None:
    real = keys.Argon2Parameters()
    assert real.memory_kib >= 64 * 1024
    assert real.time_cost >= 3


def test_a_passphrase_slot_records_its_own_cost(programme: Programme) -> None:
    slots = read_keyslots(programme.folder)
    kdfs = [s["kdf"] for s in slots.slots if s["kind"] == "passphrase"]
    assert [k["name"] for k in kdfs] == ["argon2id"]
    assert {"memory_kib", "time_cost", "parallelism", "salt"} <= set(kdfs[0])


# --- saving leaves nothing behind ---------------------------------------------------------


def test_a_stream_of_saves_leaves_only_complete_case_files(
    programme: Programme, three_cases: list[str]
) -> None:
    for round_number in range(10):
        for case_id in three_cases:
            with programme.cases.edit(case_id, author="coach-1") as case:
                case.update_participant(experience_years=round_number)
                case.add(Note(written_on=date(2026, 11, 2), text=f"Gesprek {round_number}"))
            programme.cases.read(case_id)
        with programme.edit_programme_file(author="coach-1") as edit:
            edit.add(StaffMember(name=f"Coach {round_number}"))
        programme.staff()

    assert sorted(os.listdir(programme.cases.cases_dir)) == sorted(
        f"{case_id}.duo" for case_id in three_cases
    )
    assert tmp_copies(programme) == []
    top = set(os.listdir(programme.folder)) - {".tmp"}
    assert top == {"programme.json", "keyslots.json", "programme.duo", "cases"}
    for case_id in three_cases:
        case = programme.cases.read(case_id)
        assert case.participant.experience_years == 9
        assert len(case.notes) == 10
        assert case.generation == 11
    assert len(programme.staff()) == 10


# --- two saves of the same participant ----------------------------------------------------


def test_a_save_based_on_an_old_read_is_refused(programme: Programme) -> None:
    case_id = programme.cases.create(fictional_participant(), author="coach-1")
    seen = programme.cases.read(case_id).generation
    with programme.cases.edit(case_id, author="coach-2") as elsewhere:
        elsewhere.update_participant(municipality="Mechelen")
    path = programme.cases.path(case_id)
    before = digest(path)

    with (
        pytest.raises(SaveConflictError) as caught,
        programme.cases.edit(case_id, author="coach-1", expected_generation=seen) as case,
    ):
        case.update_participant(municipality="Gent")
    assert "changed elsewhere" in str(caught.value)
    assert digest(path) == before
    assert programme.cases.read(case_id).participant.municipality == "Mechelen"
    assert tmp_copies(programme) == []


def test_a_save_while_another_save_happened_meanwhile_is_refused(programme: Programme) -> None:
    case_id = programme.cases.create(fictional_participant(), author="coach-1")
    with (
        pytest.raises(SaveConflictError),
        programme.cases.edit(case_id, author="coach-1") as case,
    ):
        case.update_participant(municipality="Gent")
        with programme.cases.edit(case_id, author="coach-2") as other_window:
            other_window.update_participant(municipality="Mechelen")
    case_file = programme.cases.read(case_id)
    assert case_file.participant.municipality == "Mechelen"
    assert case_file.generation == 2
    assert tmp_copies(programme) == []
