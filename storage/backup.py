"""Backing up a programme folder to one zip file, and restoring it into a new folder.

A backup holds the programme's files exactly as they are on disk, still encrypted:

    programme.json   plain, non-personal settings (name, id, format)
    keyslots.json    the wrapped master key
    programme.duo    the programme file
    cases/<id>.duo   one member per case file

Nothing else: no `.tmp/` copies, no foreign files. So making a backup needs no passphrase,
and the backup opens with the passphrase and recovery key the programme had when it was made.
Members are stored, not compressed: encrypted data does not compress.

Both directions are all-or-nothing. The zip is written next to its destination under a
temporary name, flushed and renamed; a restore is extracted into a temporary sibling of the
new folder and renamed into place once every member has been read and checked.
"""

from __future__ import annotations

import os
import re
import secrets
import shutil
import time
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path

from storage.atomic import fsync_dir
from storage.cases import CASE_ID, CASE_SUFFIX
from storage.errors import QT_TRANSLATE_NOOP, BackupError, DuoError
from storage.programme import (
    KEYSLOTS_FILE,
    PROGRAMME_FILE,
    SETTINGS_FILE,
    ProgrammeSettings,
    read_keyslots,
    read_settings,
)
from storage.sqlcipher import raise_if_disk_full

CASES_DIR = "cases"
# The settings and key file come first, so a restore checks them before the bulk.
_SETTINGS_MEMBERS = (SETTINGS_FILE, KEYSLOTS_FILE)
REQUIRED_MEMBERS = (*_SETTINGS_MEMBERS, PROGRAMME_FILE)
_CASE_MEMBER = re.compile(rf"^{CASES_DIR}/[0-9a-f-]{{36}}{re.escape(CASE_SUFFIX)}$")
_COPY_CHUNK = 1024 * 1024
_ZIP_EPOCH = (1980, 1, 1, 0, 0, 0)
# What zipfile raises while reading a member that is damaged or not what it claims to be.
_UNREADABLE_MEMBER = (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError)


@dataclass(frozen=True)
class BackupSummary:
    """What `backup_programme` wrote."""

    path: Path
    programme_name: str
    case_files: int
    size: int


@dataclass(frozen=True)
class RestoreSummary:
    """What `restore_programme` put in place."""

    folder: Path
    programme_name: str
    case_files: int


def backup_programme(folder: Path, dest_zip: Path) -> BackupSummary:
    """Write the programme's encrypted files to a new zip file at `dest_zip`.

    Needs no passphrase. Refuses to overwrite an existing file. A case file erased while
    the backup runs is left out; one replaced by a save is taken whole, old or new.
    """
    settings = read_settings(folder)
    # A backup whose key file cannot be read would restore a programme nobody can open.
    read_keyslots(folder)
    if dest_zip.exists():
        raise BackupError(
            QT_TRANSLATE_NOOP(
                "DuoError",
                "The file {file} already exists. Choose a new name for the backup, or move "
                "the old one away first.",
            ),
            file=str(dest_zip),
        )
    if not dest_zip.parent.is_dir():
        raise BackupError(
            QT_TRANSLATE_NOOP(
                "DuoError",
                "The folder {folder} does not exist. Create it, or choose another "
                "place for the backup.",
            ),
            folder=str(dest_zip.parent),
        )
    tmp = dest_zip.with_name(f".{dest_zip.name}.{secrets.token_hex(4)}.tmp")
    try:
        with tmp.open("xb") as handle:
            with zipfile.ZipFile(handle, "w", compression=zipfile.ZIP_STORED) as archive:
                for name in REQUIRED_MEMBERS:
                    if not _add(archive, name, folder / name):
                        raise _incomplete_programme(folder, name)
                case_files = sum(
                    _add(archive, f"{CASES_DIR}/{name}", folder / CASES_DIR / name)
                    for name in _case_file_names(folder / CASES_DIR)
                )
            handle.flush()
            os.fsync(handle.fileno())
        tmp.replace(dest_zip)
        fsync_dir(dest_zip.parent)
    except BaseException as error:
        tmp.unlink(missing_ok=True)
        raise_if_disk_full(error)
        if isinstance(error, OSError):
            raise BackupError(
                QT_TRANSLATE_NOOP(
                    "DuoError",
                    "The backup could not be made ({reason}). Check that "
                    "{folder} is writable and the programme folder readable, then try "
                    "again. Nothing was written.",
                ),
                reason=str(error.strerror),
                folder=str(dest_zip.parent),
            ) from error
        raise
    return BackupSummary(dest_zip, settings.name, case_files, dest_zip.stat().st_size)


def _case_file_names(cases_dir: Path) -> list[str]:
    if not cases_dir.is_dir():
        return []
    return sorted(
        entry.name
        for entry in os.scandir(cases_dir)
        if entry.is_file(follow_symlinks=False)
        and entry.name.endswith(CASE_SUFFIX)
        and CASE_ID.match(entry.name.removesuffix(CASE_SUFFIX))
    )


def _add(archive: zipfile.ZipFile, name: str, path: Path) -> bool:
    """Copy one file into the archive; False if it is not there (erased meanwhile)."""
    try:
        source = path.open("rb")
    except FileNotFoundError:
        return False
    with source:
        # The open handle keeps this version of the file even if a save renames a new
        # one over it, so the member's size and content always belong together.
        stat = os.fstat(source.fileno())
        modified = time.localtime(stat.st_mtime)[:6]
        info = zipfile.ZipInfo(name, date_time=max(modified, _ZIP_EPOCH))
        info.compress_type = zipfile.ZIP_STORED
        info.file_size = stat.st_size
        with archive.open(info, "w") as target:
            shutil.copyfileobj(source, target, _COPY_CHUNK)
    return True


def _incomplete_programme(folder: Path, name: str) -> BackupError:
    return BackupError(
        QT_TRANSLATE_NOOP(
            "DuoError",
            "The programme folder {folder} has no {file}, so it cannot be backed up whole. "
            "Run 'duo verify' on it, or restore it from an earlier backup.",
        ),
        folder=str(folder),
        file=name,
    )


def restore_programme(zip_path: Path, new_folder: Path) -> RestoreSummary:
    """Restore a backup into `new_folder`, which must not exist or be empty.

    The archive is checked first (a zip, only the members a backup holds, no unsafe paths);
    each member's checksum is verified as it is extracted into a temporary sibling folder,
    and the settings and key file are parsed, before that folder is renamed into place.
    On any failure, nothing is left behind.
    """
    _check_target(new_folder)
    archive = _open_archive(zip_path)
    with archive:
        members = _checked_members(zip_path, archive)
        try:
            new_folder.parent.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise _cannot_write(new_folder, error) from error
        staging = new_folder.with_name(f".{new_folder.name}.restoring-{secrets.token_hex(4)}")
        try:
            staging.mkdir()
            (staging / CASES_DIR).mkdir()
            for info in members[: len(_SETTINGS_MEMBERS)]:
                _extract(archive, info, staging / info.filename)
            settings = _check_settings(zip_path, staging)
            for info in members[len(_SETTINGS_MEMBERS) :]:
                _extract(archive, info, staging / info.filename)
            fsync_dir(staging / CASES_DIR)
            fsync_dir(staging)
            if new_folder.exists():
                new_folder.rmdir()
            staging.rename(new_folder)
            fsync_dir(new_folder.parent)
        except BaseException as error:
            shutil.rmtree(staging, ignore_errors=True)
            raise_if_disk_full(error)
            if isinstance(error, _UNREADABLE_MEMBER):
                raise _damaged(zip_path) from error
            if isinstance(error, OSError):
                raise _cannot_write(new_folder, error) from error
            raise
    return RestoreSummary(new_folder, settings.name, len(members) - len(REQUIRED_MEMBERS))


def _check_target(new_folder: Path) -> None:
    if not new_folder.exists():
        return
    if not new_folder.is_dir() or any(new_folder.iterdir()):
        raise BackupError(
            QT_TRANSLATE_NOOP(
                "DuoError",
                "{folder} already exists and is not an empty folder, so nothing was "
                "restored there. Choose a new folder: Duo creates it.",
            ),
            folder=str(new_folder),
        )


def _open_archive(zip_path: Path) -> zipfile.ZipFile:
    try:
        return zipfile.ZipFile(zip_path)
    except FileNotFoundError as error:
        raise BackupError(
            QT_TRANSLATE_NOOP("DuoError", "There is no file {file}. Check the name of the backup."),
            file=str(zip_path),
        ) from error
    except (zipfile.BadZipFile, OSError) as error:
        raise BackupError(
            QT_TRANSLATE_NOOP(
                "DuoError",
                "The file {file} is not a Duo backup (it is not a readable zip file). "
                "Choose the .zip file that 'duo backup' wrote. Nothing was restored.",
            ),
            file=str(zip_path),
        ) from error


def _checked_members(zip_path: Path, archive: zipfile.ZipFile) -> list[zipfile.ZipInfo]:
    """The members in extraction order; `BackupError` for anything a backup never holds."""
    infos = archive.infolist()
    names = [info.filename for info in infos]
    for name in names:
        if _unsafe(name):
            raise BackupError(
                QT_TRANSLATE_NOOP(
                    "DuoError",
                    "The file {file} holds an entry with an unsafe path (outside the "
                    "programme folder), so it was not restored. It is not a Duo backup, or it "
                    "was altered: use another backup. Nothing was restored.",
                ),
                file=str(zip_path),
            )
        if name not in REQUIRED_MEMBERS and not _CASE_MEMBER.match(name):
            raise _altered(
                zip_path,
                QT_TRANSLATE_NOOP(
                    "DuoError",
                    "The file {file} is not a Duo backup, or it was altered: it has an entry "
                    "that a Duo backup never holds. Use another backup. Nothing was restored.",
                ),
            )
    if len(set(names)) != len(names):
        raise _altered(
            zip_path,
            QT_TRANSLATE_NOOP(
                "DuoError",
                "The file {file} is not a Duo backup, or it was altered: it has the same entry "
                "twice. Use another backup. Nothing was restored.",
            ),
        )
    missing = [name for name in REQUIRED_MEMBERS if name not in names]
    if missing:
        raise _altered(
            zip_path,
            QT_TRANSLATE_NOOP(
                "DuoError",
                "The file {file} is not a Duo backup, or it was altered: it has no {member}. "
                "Use another backup. Nothing was restored.",
            ),
            member=missing[0],
        )
    if any(info.flag_bits & 0x1 for info in infos):
        raise _altered(
            zip_path,
            QT_TRANSLATE_NOOP(
                "DuoError",
                "The file {file} is not a Duo backup, or it was altered: it has "
                "password-protected entries. Use another backup. Nothing was restored.",
            ),
        )
    order = {name: position for position, name in enumerate(REQUIRED_MEMBERS)}
    return sorted(infos, key=lambda info: (order.get(info.filename, len(order)), info.filename))


def _unsafe(name: str) -> bool:
    parts = name.replace("\\", "/").split("/")
    return name.startswith(("/", "\\")) or ":" in name or ".." in parts


def _extract(archive: zipfile.ZipFile, info: zipfile.ZipInfo, target: Path) -> None:
    # Reading a member to its end checks its CRC (zipfile raises BadZipFile on a mismatch).
    with archive.open(info) as source, target.open("xb") as out:
        shutil.copyfileobj(source, out, _COPY_CHUNK)
        out.flush()
        os.fsync(out.fileno())


def _check_settings(zip_path: Path, staging: Path) -> ProgrammeSettings:
    try:
        settings = read_settings(staging)
        read_keyslots(staging)
    except DuoError as error:
        raise BackupError(
            QT_TRANSLATE_NOOP(
                "DuoError",
                "The backup {file} holds damaged programme settings or a damaged key file, "
                "so it cannot be restored. Use another backup. Nothing was restored.",
            ),
            file=str(zip_path),
        ) from error
    return settings


def _altered(zip_path: Path, template: str, **params: str) -> BackupError:
    """One of the messages for an archive that is not what a backup holds: each is a whole
    sentence, so that it translates."""
    return BackupError(template, file=str(zip_path), **params)


def _damaged(zip_path: Path) -> BackupError:
    return BackupError(
        QT_TRANSLATE_NOOP(
            "DuoError",
            "The backup {file} is damaged (a file in it does not match its checksum), so "
            "nothing was restored. Use another backup.",
        ),
        file=str(zip_path),
    )


def _cannot_write(new_folder: Path, error: OSError) -> BackupError:
    return BackupError(
        QT_TRANSLATE_NOOP(
            "DuoError",
            "Duo could not write the restored programme to {folder} ({reason}). "
            "Check that the place is writable, then try again. Nothing was restored.",
        ),
        folder=str(new_folder),
        reason=str(error.strerror),
    )
