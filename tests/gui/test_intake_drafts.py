"""The intake's drafts: kept while typing, restored by a new screen, discarded on request."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from desktop.context import AppContext
from desktop.screens.intake import IntakeScreen
from desktop.screens.intake_cv import CvPanel
from desktop.session import Session
from storage.drafts import Draft
from storage.records import Role, utc_now
from tests.gui.fakes import ScriptedDialogs
from tests.gui.intake_keyboard import Keyboard, open_screen, pdf_bytes
from tests.helpers import register_name


def test_typing_keeps_a_draft_that_a_new_screen_restores(
    qtbot: QtBot, session: Session, context: AppContext, tmp_path: Path
) -> None:
    register_name("Yohannes")
    cv = tmp_path / "cv.pdf"
    cv.write_bytes(pdf_bytes("CV"))
    context.dialogs.files.append(cv)  # type: ignore[attr-defined]
    drafts = session.programme.drafts
    screen = open_screen(qtbot, IntakeScreen(session, context, role=Role.MENTEE))
    assert not screen.keep_draft()  # nothing typed yet: nothing to keep
    keys = Keyboard(qtbot, screen)
    keys.fill("given_name", "Yohannes")
    qtbot.waitUntil(lambda: len(drafts.all()) == 1)  # the draft timer fired
    panel = screen.findChild(CvPanel)
    assert panel is not None
    qtbot.mouseClick(panel.attach_button, Qt.MouseButton.LeftButton)
    assert screen.keep_draft()
    [draft] = drafts.all()
    assert draft.kind == "intake-mentee" and draft.key.startswith("intake:new:")

    restored = IntakeScreen.from_draft(session, context, draft)
    assert restored is not None
    open_screen(qtbot, restored)
    assert restored.title() == "Intake: Yohannes"
    name = restored.findChild(QLineEdit, "given_name")
    assert name is not None and name.text() == "Yohannes"
    restored_panel = restored.findChild(CvPanel)
    assert restored_panel is not None
    assert "cv.pdf" in restored_panel.status.text() and restored_panel.view_button.isEnabled()

    cv.unlink()  # the file is gone by the next start
    again = IntakeScreen.from_draft(session, context, draft)
    assert again is not None
    qtbot.addWidget(again)
    again_panel = again.findChild(CvPanel)
    assert again_panel is not None
    assert "no longer there" in again_panel.status.text()
    assert any("no longer there" in text for text in context.dialogs.messages("warn"))  # type: ignore[attr-defined]


def test_drafts_of_other_forms_or_erased_participants_are_not_intakes(
    qtbot: QtBot, session: Session, context: AppContext
) -> None:
    now = utc_now()
    other = Draft("note:1", "note", {"values": {}}, now)
    assert IntakeScreen.from_draft(session, context, other) is None
    gone = Draft(
        "intake:0b7c3c38-8a53-4c5e-9d36-4c1f0f1b2a3d",
        "intake-mentee",
        {"values": {"given_name": "X"}},
        now,
    )
    assert IntakeScreen.from_draft(session, context, gone) is None


def test_discarding_changes_forgets_the_draft(
    qtbot: QtBot, session: Session, context: AppContext, dialogs: ScriptedDialogs
) -> None:
    register_name("Oluwaseun")
    screen = open_screen(qtbot, IntakeScreen(session, context, role=Role.MENTOR))
    keys = Keyboard(qtbot, screen)
    keys.fill("given_name", "Oluwaseun")
    assert screen.keep_draft()
    dialogs.confirmations.append(True)
    qtbot.mouseClick(screen.discard_button, Qt.MouseButton.LeftButton)
    assert session.programme.drafts.all() == []
    assert screen.findChild(QLineEdit, "given_name").text() == ""  # type: ignore[union-attr]
    assert screen.title() == "New mentor"
    assert not screen.keep_draft()
