"""GUI fixtures: offscreen Qt, scripted dialogs, a context and an unlocked session."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from desktop.context import AppContext
from desktop.local_settings import LocalSettings
from desktop.session import Session
from storage.programme import Programme
from storage.records import StaffMember
from tests.gui.fakes import ScriptedDialogs

# Only read when the QApplication is created, so setting it here, before any test, is enough.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture
def dialogs() -> ScriptedDialogs:
    """Dialogs answered by the test."""
    return ScriptedDialogs()


@pytest.fixture
def context(tmp_path: Path, dialogs: ScriptedDialogs) -> AppContext:
    """The application context with scripted dialogs and private local settings."""
    return AppContext(dialogs=dialogs, local=LocalSettings.at(tmp_path / "settings.ini"))


@pytest.fixture
def coach(programme: Programme) -> StaffMember:
    """A fictional coach, the staff member at the keyboard."""
    with programme.edit_programme_file(author="") as edit:
        member = edit.add(StaffMember(name="Fatoumata Diallo"))
    return member


@pytest.fixture
def session(programme: Programme, coach: StaffMember) -> Session:
    """An unlocked programme in the application, with the coach working."""
    return Session(programme, coach.id)
