"""Where Duo keeps what is local to one computer: the index, backups before migrations."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

DATA_DIR_ENV = "DUO_DATA_DIR"


def local_data_dir() -> Path:
    """The user data folder (`DUO_DATA_DIR` overrides it, for tests and portable use)."""
    override = os.environ.get(DATA_DIR_ENV)
    if override:
        return Path(override)
    return Path(platformdirs.user_data_dir("Duo", appauthor=False))


def index_path(programme_id: str) -> Path:
    """The local index of one programme."""
    return local_data_dir() / "index" / f"{programme_id}.duo-index"


def backups_dir(programme_id: str) -> Path:
    """Copies taken before a migration, local to this computer."""
    return local_data_dir() / "backups" / programme_id


def drafts_path(programme_id: str) -> Path:
    """The encrypted drafts of forms being typed, for one programme on this computer."""
    return local_data_dir() / "drafts" / f"{programme_id}.duo-drafts"
