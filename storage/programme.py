"""A programme folder: create it, unlock it, change its passphrase, erase a participant.

    <programme folder>/
      programme.json   plain settings: format, id, name (no personal data)
      keyslots.json    the master key, wrapped once per key slot
      programme.duo    staff and the erasure log (SQLCipher)
      cases/<id>.duo   one case file per participant (SQLCipher)
      .tmp/            copies being saved; emptied when the programme is unlocked

Unlock first, then pass the `Programme` to whatever needs it: there are no globals.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from datetime import date
from pathlib import Path

from storage import encrypted_file, keyring_cache, keys, lists
from storage.atomic import write_atomically
from storage.cases import CaseStore
from storage.codec import from_row
from storage.drafts import DraftStore
from storage.errors import (
    LOCKED_MESSAGE,
    QT_TRANSLATE_NOOP,
    CaseFileDamagedError,
    DuoError,
    NotAProgrammeError,
    ProgrammeExistsError,
    ProgrammeLockedError,
)
from storage.index import Index
from storage.paths import backups_dir, drafts_path, index_path
from storage.programme_schema import PROGRAMME_SCHEMA
from storage.record_edit import RecordEdit, rows, select_all
from storage.records import Erasure, ListItem, StaffMember, utc_now
from storage.sqlcipher import Connection

PROGRAMME_FORMAT = 1
SETTINGS_FILE = "programme.json"
KEYSLOTS_FILE = "keyslots.json"
PROGRAMME_FILE = "programme.duo"
MIN_PASSPHRASE_LENGTH = 8
NAME_MISSING = QT_TRANSLATE_NOOP(
    "DuoError", "Give the programme a name, for example the association and the city."
)
KEY_MISSING = QT_TRANSLATE_NOOP("DuoError", "Enter the programme's passphrase or its recovery key.")


@dataclass(frozen=True)
class ProgrammeProfile:
    """Programme-wide settings kept encrypted in `programme.duo` (the address is personal
    enough for a small association to keep out of plain files)."""

    address: str = ""
    logo: bytes | None = None
    logo_media_type: str = ""
    idle_lock_minutes: int = 10
    waiting_threshold_days: int = 28
    # Matching (issue 4): the weight of each score component by name (missing names take
    # the defaults of desktop.matching.weights), the wait after which a generalist mentor
    # is proposed, and the lowest total the whole-pool proposal accepts.
    match_weights: Mapping[str, int] = field(default_factory=dict)
    generalist_after_days: int = 56
    min_match_score: int = 35
    # Following duos (issue 5): the contact frequency a new agreement proposes, the silence
    # after which Today escalates, and how early it warns of a planned end.
    contact_every_days: int = 14
    silent_urgent_days: int = 30
    end_warning_days: int = 21
    # The ethics charter's version a new agreement names ("" until the coordinator sets it).
    charter_version: str = ""


def _weights_from_text(text: str) -> dict[str, int]:
    """Stored weights; anything unreadable counts as "use the defaults"."""
    try:
        document = json.loads(text)
    except ValueError:
        return {}
    if not isinstance(document, dict):
        return {}
    return {
        str(k): v for k, v in document.items() if isinstance(v, int) and not isinstance(v, bool)
    }


@dataclass(frozen=True)
class ProgrammeSettings:
    """The plain, non-personal settings in `programme.json`."""

    id: str
    name: str
    format: int = PROGRAMME_FORMAT


def read_settings(folder: Path) -> ProgrammeSettings:
    """Read `programme.json`; `NotAProgrammeError` if the folder is not a programme."""
    try:
        document = json.loads((folder / SETTINGS_FILE).read_text(encoding="utf-8"))
        settings = ProgrammeSettings(
            id=str(uuid.UUID(document["id"])), name=str(document["name"]), format=document["format"]
        )
    except FileNotFoundError as error:
        raise NotAProgrammeError(
            QT_TRANSLATE_NOOP(
                "DuoError",
                "The folder {folder} is not a Duo programme (it has no {file}). "
                "Choose the folder that holds programme.json and the cases folder.",
            ),
            folder=str(folder),
            file=SETTINGS_FILE,
        ) from error
    except (OSError, ValueError, KeyError, TypeError) as error:
        raise NotAProgrammeError(
            QT_TRANSLATE_NOOP(
                "DuoError",
                "The programme settings in {folder} are damaged. Restore the programme folder "
                "from a backup.",
            ),
            folder=str(folder),
        ) from error
    if not isinstance(settings.format, int) or settings.format > PROGRAMME_FORMAT:
        raise NotAProgrammeError(
            QT_TRANSLATE_NOOP(
                "DuoError",
                "This programme was created by a newer version of Duo. Update Duo to open it.",
            )
        )
    return settings


def check_new_passphrase(passphrase: str) -> None:
    """Refuse a passphrase too short to protect the programme."""
    if len(passphrase) < MIN_PASSPHRASE_LENGTH:
        raise DuoError(
            QT_TRANSLATE_NOOP(
                "DuoError",
                "Choose a passphrase of at least {length} characters; a few "
                "unrelated words are easy to remember and hard to guess.",
            ),
            length=MIN_PASSPHRASE_LENGTH,
        )


def read_keyslots(folder: Path) -> keys.KeySlots:
    """Read and check `keyslots.json`."""
    try:
        text = (folder / KEYSLOTS_FILE).read_bytes()
    except FileNotFoundError as error:
        raise keys.KeyFileDamagedError(
            QT_TRANSLATE_NOOP(
                "DuoError",
                "The programme's key file ({file}) is missing. Restore the programme "
                "folder from a backup.",
            ),
            file=KEYSLOTS_FILE,
        ) from error
    slots = keys.KeySlots.from_json(text)
    if slots.programme_id != read_settings(folder).id:
        raise keys.KeyFileDamagedError(
            QT_TRANSLATE_NOOP(
                "DuoError",
                "The key file ({file}) belongs to another programme. Restore the "
                "programme folder from a backup.",
            ),
            file=KEYSLOTS_FILE,
        )
    return slots


class Programme:
    """An unlocked programme: its case files, its programme file and its local index."""

    def __init__(self, folder: Path, settings: ProgrammeSettings, master_key: bytes) -> None:
        self.folder = folder
        self.settings = settings
        self._master_key = master_key
        self.cases = CaseStore(folder, master_key, backups_dir(settings.id))
        self._index: Index | None = None
        self._drafts: DraftStore | None = None

    @property
    def programme_file(self) -> Path:
        """The path of `programme.duo`."""
        return self.folder / PROGRAMME_FILE

    def programme_file_key(self) -> bytes:
        """The raw key of `programme.duo` (for `duo verify`, which reads it directly)."""
        if not self._master_key:
            raise ProgrammeLockedError(LOCKED_MESSAGE)
        return keys.derive_file_key(self._master_key, "programme", self.settings.id)

    @property
    def index(self) -> Index:
        """The local index, opened on first use."""
        if self._index is None:
            key = keys.derive_file_key(self._master_key, "index", self.settings.id)
            self._index = Index.open(index_path(self.settings.id), key)
        return self._index

    @property
    def drafts(self) -> DraftStore:
        """The drafts of forms being typed on this computer, opened on first use."""
        if self._drafts is None:
            key = keys.derive_file_key(self._master_key, "drafts", self.settings.id)
            self._drafts = DraftStore.open(drafts_path(self.settings.id), key)
        return self._drafts

    def check_master_key(self) -> None:
        """Open the programme file: raises if the master key is not this programme's."""
        conn = encrypted_file.open_read(self.programme_file, self.programme_file_key())
        conn.close()

    def remember_on_this_computer(self) -> bool:
        """Cache the master key in the OS keyring; False if there is no keyring."""
        return keyring_cache.remember(self.settings.id, self._master_key)

    def forget_on_this_computer(self) -> None:
        """Remove the cached master key from the OS keyring."""
        keyring_cache.forget(self.settings.id)

    # --- the programme file ---------------------------------------------------------------

    def _read_programme_records(self, cls: type[StaffMember] | type[Erasure]) -> list:
        conn = encrypted_file.open_read(self.programme_file, self.programme_file_key())
        try:
            return [from_row(cls, row) for row in rows(conn, select_all(cls))]
        finally:
            conn.close()

    @contextmanager
    def edit_programme_file(self, *, author: str) -> Iterator[RecordEdit]:
        """Change the programme file's records; published together at the end."""
        with encrypted_file.publishing(
            self.programme_file, self.programme_file_key(), PROGRAMME_SCHEMA, self.folder / ".tmp"
        ) as draft:
            yield RecordEdit(draft.conn, author)

    def profile(self) -> ProgrammeProfile:
        """The programme's address, logo, idle lock and waiting threshold."""
        conn = encrypted_file.open_read(self.programme_file, self.programme_file_key())
        try:
            stored = dict(conn.execute("SELECT key, value FROM settings").fetchall())
        finally:
            conn.close()
        defaults = ProgrammeProfile()
        values = {
            name: stored.get(name, getattr(defaults, name))
            for name in ProgrammeProfile.__dataclass_fields__
        }
        if isinstance(values["match_weights"], str):
            values["match_weights"] = _weights_from_text(values["match_weights"])
        return ProgrammeProfile(**values)

    def save_profile(self, profile: ProgrammeProfile, *, author: str) -> None:
        """Store the programme's settings."""
        values = asdict(profile)
        values["match_weights"] = json.dumps(dict(profile.match_weights), sort_keys=True)
        with self.edit_programme_file(author=author) as edit:
            edit.set_settings(values)

    def rename(self, name: str) -> None:
        """Change the programme's name (in `programme.json`)."""
        if not name.strip():
            raise DuoError(NAME_MISSING)
        self.settings = ProgrammeSettings(id=self.settings.id, name=name.strip())
        _write_settings(self.folder, self.settings)

    def list_items(self, list_name: str) -> list[ListItem]:
        """The entries of one editable list: the programme's own, or the shipped defaults."""
        conn = encrypted_file.open_read(self.programme_file, self.programme_file_key())
        try:
            query = select_all(ListItem, "position, rowid", where="list_name = ?")
            found = rows(conn, query, (list_name,))
        finally:
            conn.close()
        if not found:
            return lists.default_items(list_name)
        return [from_row(ListItem, row) for row in found]

    def save_list(self, list_name: str, items: list[ListItem], *, author: str) -> None:
        """Replace one list with `items`, in that order."""
        codes = [item.code.strip() for item in items]
        if any(not code for code in codes) or len(set(codes)) != len(codes):
            raise DuoError(
                QT_TRANSLATE_NOOP("DuoError", "Each entry of a list needs its own, non-empty code.")
            )
        with self.edit_programme_file(author=author) as edit:
            for old in edit.find(ListItem, list_name=list_name):
                edit.remove(ListItem, old.id)
            for position, item in enumerate(items):
                edit.add(
                    ListItem(
                        list_name=list_name,
                        code=item.code.strip(),
                        label=item.label.strip(),
                        parent=item.parent,
                        position=position,
                        active=item.active,
                    )
                )

    def staff(self) -> list[StaffMember]:
        """Coaches and coordinators, in the order they were added."""
        return self._read_programme_records(StaffMember)

    def erasures(self) -> list[Erasure]:
        """The erasure log: ids and dates, never names."""
        return self._read_programme_records(Erasure)

    # --- erasure --------------------------------------------------------------------------

    def erase_participant(self, case_id: str, *, author: str, reason: str = "") -> None:
        """Erase a participant (GDPR): case file, index entries and local copies go; the
        erasure is logged in the programme file with the id and date only."""
        self.cases.erase(case_id)
        self.index.remove(case_id)
        for draft in self.drafts.all():
            if case_id in draft.key:
                self.drafts.discard(draft.key)
        with self.edit_programme_file(author=author) as edit:
            edit.add(Erasure(participant_id=case_id, erased_on=date.today(), reason=reason))

    def close(self) -> None:
        """Close the index and drop the key (Python cannot wipe memory; we drop references)."""
        if self._index is not None:
            self._index.close()
            self._index = None
        if self._drafts is not None:
            self._drafts.close()
            self._drafts = None
        self._master_key = b""
        self.cases = CaseStore(self.folder, b"", backups_dir(self.settings.id))


def create_programme(folder: Path, name: str, passphrase: str) -> tuple[Programme, str]:
    """Create a programme folder; returns the unlocked programme and its recovery key."""
    check_new_passphrase(passphrase)
    if not name.strip():
        raise DuoError(NAME_MISSING)
    if folder.exists() and any(folder.iterdir()):
        raise ProgrammeExistsError(
            QT_TRANSLATE_NOOP(
                "DuoError",
                "The folder {folder} is not empty. Choose a new folder for the programme.",
            ),
            folder=str(folder),
        )
    folder.mkdir(parents=True, exist_ok=True)
    settings = ProgrammeSettings(id=str(uuid.uuid4()), name=name.strip())
    master_key = keys.new_master_key()
    recovery_key = keys.new_recovery_key()
    slots = keys.KeySlots(
        programme_id=settings.id,
        slots=[
            keys.passphrase_slot(settings.id, master_key, passphrase),
            keys.recovery_slot(settings.id, master_key, recovery_key),
        ],
    )
    (folder / "cases").mkdir(exist_ok=True)
    write_atomically(folder / KEYSLOTS_FILE, slots.to_json().encode())
    programme = Programme(folder, settings, master_key)
    encrypted_file.create(
        programme.programme_file,
        programme.programme_file_key(),
        PROGRAMME_SCHEMA,
        folder / ".tmp",
        _no_records,
        file_id=settings.id,
        created_at=utc_now().isoformat(),
    )
    # programme.json last: a folder without it is not a programme, so an interrupted
    # init never leaves something that looks usable.
    _write_settings(folder, settings)
    return programme, recovery_key


def _write_settings(folder: Path, settings: ProgrammeSettings) -> None:
    document = {"format": settings.format, "id": settings.id, "name": settings.name}
    write_atomically(folder / SETTINGS_FILE, (json.dumps(document, indent=2) + "\n").encode())


def _no_records(_conn: Connection) -> None:
    return None


def unlock(
    folder: Path,
    *,
    passphrase: str | None = None,
    recovery_key: str | None = None,
    use_keyring: bool = False,
    tidy: bool = True,
) -> Programme:
    """Open a programme with its passphrase, its recovery key, or the keyring's cached key.

    `tidy` removes copies left in `.tmp/` by an interrupted save; `duo verify` opens with
    `tidy=False` because it never changes anything.
    """
    settings = read_settings(folder)
    master_key: bytes | None = None
    if use_keyring and passphrase is None and recovery_key is None:
        master_key = keyring_cache.recall(settings.id)
    if master_key is None:
        slots = read_keyslots(folder)
        if recovery_key is not None:
            master_key = slots.unlock_with_recovery_key(recovery_key)
        elif passphrase is not None:
            master_key = slots.unlock_with_passphrase(passphrase)
        else:
            raise DuoError(KEY_MISSING)
        cached = False
    else:
        cached = True
    programme = Programme(folder, settings, master_key)
    try:
        programme.check_master_key()
    except CaseFileDamagedError:
        if cached:
            # A stale keyring entry: forget it and ask for the passphrase instead.
            keyring_cache.forget(settings.id)
            raise DuoError(
                QT_TRANSLATE_NOOP(
                    "DuoError",
                    "The key remembered on this computer no longer opens this programme. "
                    "Enter the passphrase.",
                )
            ) from None
        raise
    if tidy:
        encrypted_file.remove_stale_tmp(folder / ".tmp")
    return programme


def change_passphrase(
    folder: Path,
    new_passphrase: str,
    *,
    passphrase: str | None = None,
    recovery_key: str | None = None,
) -> None:
    """Give the programme a new passphrase; no case file is rewritten.

    Authorised by the current passphrase or the recovery key. The new key file is read back
    and checked before this returns.
    """
    check_new_passphrase(new_passphrase)
    programme = unlock(folder, passphrase=passphrase, recovery_key=recovery_key)
    master_key = programme._master_key
    programme.close()
    old_text = (folder / KEYSLOTS_FILE).read_bytes()
    slots = keys.KeySlots.from_json(old_text)
    new_slot = keys.passphrase_slot(slots.programme_id, master_key, new_passphrase)
    slots.replace_passphrase_slots(new_slot)
    write_atomically(folder / KEYSLOTS_FILE, slots.to_json().encode())
    if read_keyslots(folder).unlock_with_passphrase(new_passphrase) != master_key:
        write_atomically(folder / KEYSLOTS_FILE, old_text)
        raise DuoError(
            QT_TRANSLATE_NOOP(
                "DuoError", "The new passphrase could not be verified, so the old one was kept."
            )
        )
