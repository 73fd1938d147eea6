"""The two intake fields matching reads: a mentor's generalist profile and a mentee's
preferred mentor age; typed, kept in drafts, saved, and shown in the case view."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox
from pytestqt.qtbot import QtBot

from desktop.context import AppContext
from desktop.screens.intake import IntakeScreen
from desktop.session import Session
from desktop.workflows.intake import blank_values, create_intake
from storage.records import Role
from tests.gui.intake_keyboard import Keyboard, open_screen
from tests.gui.test_case_view import open_view, profile_text
from tests.helpers import register_name
from widgets.choice_combo import ChoiceCombo

ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier


def profile_value(text: str, label: str) -> str:
    """The value the case view's profile shows for a field (the line after its label)."""
    lines = text.splitlines()
    return lines[lines.index(label) + 1]


def test_a_generalist_mentor_is_saved_and_shown(
    qtbot: QtBot, session: Session, context: AppContext
) -> None:
    register_name("Ingrid")
    register_name("Haugen-Mbeki")
    screen = open_screen(qtbot, IntakeScreen(session, context, role=Role.MENTOR))
    keys = Keyboard(qtbot, screen)
    keys.fill("given_name", "Ingrid")
    keys.type("Haugen-Mbeki")
    keys.press(Qt.Key.Key_N, ALT)  # "Generalist"
    keys.at("generalist")
    box = keys.field("generalist")
    assert isinstance(box, QCheckBox) and not box.isChecked()
    assert box.text() == "An HR or recruiter profile who can coach any job target"
    keys.press(Qt.Key.Key_Space)
    assert box.isChecked()

    with qtbot.waitSignal(screen.saved) as saved:
        keys.press(Qt.Key.Key_S, CTRL)
    case_id = saved.args[0]
    assert session.programme.cases.read(case_id).participant.generalist
    entry = session.programme.index.get(case_id)
    assert entry is not None and entry.generalist  # matching sees it at once

    view = open_view(qtbot, session, context, case_id)
    assert profile_value(profile_text(view), "Generalist (HR or recruiter)") == "Yes"


def test_a_preferred_mentor_age_is_asked_next_to_the_gender_and_shown(
    qtbot: QtBot, session: Session, context: AppContext
) -> None:
    register_name("Yerlan")
    screen = open_screen(qtbot, IntakeScreen(session, context, role=Role.MENTEE))
    keys = Keyboard(qtbot, screen)
    keys.type("Yerlan")
    keys.field("preferred_mentor_gender").setFocus()
    keys.tab()
    keys.at("preferred_mentor_age")
    age = keys.field("preferred_mentor_age")
    assert isinstance(age, ChoiceCombo)
    assert age.currentText() == "No preference"
    keys.type("3")
    assert age.currentText() == "35 to 50"
    keys.tab()
    keys.at("specific_needs")

    with qtbot.waitSignal(screen.saved) as saved:
        keys.press(Qt.Key.Key_S, CTRL)
    case_id = saved.args[0]
    assert session.programme.cases.read(case_id).participant.preferred_mentor_age == "35-50"
    entry = session.programme.index.get(case_id)
    assert entry is not None and entry.preferred_mentor_age == "35-50"

    view = open_view(qtbot, session, context, case_id)
    assert profile_value(profile_text(view), "Prefers a mentor aged") == "35 to 50"


def test_both_fields_are_kept_in_the_draft(
    qtbot: QtBot, session: Session, context: AppContext
) -> None:
    register_name("Paulo")
    register_name("Mei-Ling")
    drafts = session.programme.drafts
    mentor = open_screen(qtbot, IntakeScreen(session, context, role=Role.MENTOR))
    Keyboard(qtbot, mentor).type("Paulo")
    generalist = mentor.findChild(QCheckBox, "generalist")
    assert generalist is not None
    generalist.setChecked(True)
    assert mentor.keep_draft()
    mentee = open_screen(qtbot, IntakeScreen(session, context, role=Role.MENTEE))
    Keyboard(qtbot, mentee).type("Mei-Ling")
    age = mentee.findChild(ChoiceCombo, "preferred_mentor_age")
    assert age is not None
    age.set_code("over-50")
    assert mentee.keep_draft()

    restored = {}
    for draft in drafts.all():
        screen = IntakeScreen.from_draft(session, context, draft)
        assert screen is not None
        qtbot.addWidget(screen)
        restored[screen.role] = screen.form.values()
    assert restored[Role.MENTOR]["generalist"] is True
    assert restored[Role.MENTEE]["preferred_mentor_age"] == "over-50"


def test_unticking_generalist_changes_only_that_field(
    qtbot: QtBot, session: Session, context: AppContext
) -> None:
    register_name("Dagny")
    values = blank_values(Role.MENTOR, user_id=session.user_id, today=date(2026, 2, 3)) | {
        "given_name": "Dagny",
        "generalist": True,
    }
    case_id = create_intake(
        session.programme.cases, Role.MENTOR, values, author=session.user_id, today=date(2026, 2, 3)
    )
    screen = open_screen(qtbot, IntakeScreen(session, context, case_id=case_id))
    keys = Keyboard(qtbot, screen)
    box = keys.field("generalist")
    assert isinstance(box, QCheckBox) and box.isChecked()
    keys.press(Qt.Key.Key_N, ALT)
    keys.press(Qt.Key.Key_Space)
    with qtbot.waitSignal(screen.saved):
        keys.press(Qt.Key.Key_S, CTRL)
    case = session.programme.cases.read(case_id)
    assert not case.participant.generalist
    updates = [event for event in case.events if event.action == "update"]
    assert [event.fields for event in updates] == [["generalist"]]
