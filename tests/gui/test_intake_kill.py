"""An interview being typed when Duo is killed comes back, as typed, on the next start.

A child process types part of a mentee intake and waits until the draft timer has kept it;
the test kills it with SIGKILL (no chance to tidy up: a crash, a power cut), then restores
the draft in this process and finds every typed value back in its field.
"""

from __future__ import annotations

import os
import select
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from desktop.context import AppContext
from desktop.screens.intake import IntakeScreen
from desktop.session import Session
from tests.gui.intake_kill_helper import TYPED
from tests.helpers import PASSPHRASE, register_name
from widgets.availability_picker import AvailabilityPicker
from widgets.choice_combo import ChoiceCombo

REPOSITORY = Path(__file__).resolve().parents[2]
READY_TIMEOUT_SECONDS = 60

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")


def test_an_intake_typed_before_a_kill_is_restored(
    qtbot: QtBot, session: Session, context: AppContext, tmp_path: Path
) -> None:
    for name in ("Zainab", "Al-Hashimi"):
        register_name(name)
    environment = dict(os.environ)  # the same DUO_DATA_DIR, and offscreen Qt
    environment["DUO_TEST_PASSPHRASE"] = PASSPHRASE
    environment["QT_QPA_PLATFORM"] = "offscreen"
    command = [
        sys.executable,
        "-m",
        "tests.gui.intake_kill_helper",
        str(session.programme.folder),
        session.user_id,
        str(tmp_path / "child-settings.ini"),
    ]
    with subprocess.Popen(
        command,
        cwd=REPOSITORY,
        env=environment,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    ) as child:
        assert child.stdout is not None and child.stderr is not None
        readable, _, _ = select.select([child.stdout], [], [], READY_TIMEOUT_SECONDS)
        ready = readable and child.stdout.readline().strip() == "ready"
        child.send_signal(signal.SIGKILL)
        problem = child.stderr.read()
        child.wait(timeout=10)
    assert ready, f"the child never got ready: {problem}"
    assert child.returncode == -signal.SIGKILL

    [draft] = session.programme.drafts.all()
    screen = IntakeScreen.from_draft(session, context, draft)
    assert screen is not None
    qtbot.addWidget(screen)
    screen.show()
    assert screen.title() == "Intake: Zainab"
    for name, text in TYPED.items():
        field = screen.findChild(QLineEdit, name)
        assert field is not None and field.text() == text, name
    country = screen.findChild(ChoiceCombo, "country_of_origin")
    assert country is not None and country.code() == "SY" and country.currentText() == "Syria"
    availability = screen.findChild(AvailabilityPicker, "availability")
    assert availability is not None and availability.codes() == ["mon-day"]
    # Restored, but not saved yet: closing the tab keeps the draft again.
    assert screen.keep_draft()
    assert session.programme.cases.case_ids() == []
