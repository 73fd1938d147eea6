"""The intake screen, driven by keyboard as a coach would: Tab, typing, Space, Ctrl+S."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from desktop.context import AppContext
from desktop.screens.document_window import DocumentWindow
from desktop.screens.intake import IntakeScreen
from desktop.screens.intake_cv import CvPanel
from desktop.session import Session
from desktop.workflows.intake import blank_values, create_intake
from storage.cases import MAX_ATTACHMENT_BYTES
from storage.records import RightToWork, Role, Status
from tests.gui.fakes import ScriptedDialogs
from tests.gui.intake_keyboard import Keyboard, open_screen, pdf_bytes
from tests.helpers import register_name
from widgets.language_levels import LanguageLevelsEditor


def test_a_whole_mentee_intake_by_keyboard(
    qtbot: QtBot,
    session: Session,
    context: AppContext,
    dialogs: ScriptedDialogs,
    tmp_path: Path,
) -> None:
    for name in ("Amara", "Okonkwo-Mensah"):
        register_name(name)
    cv = tmp_path / "cv.pdf"
    cv.write_bytes(pdf_bytes("Curriculum vitae"))
    dialogs.files.append(cv)
    screen = open_screen(qtbot, IntakeScreen(session, context, role=Role.MENTEE))
    assert screen.title() == "New mentee"
    keys = Keyboard(qtbot, screen)

    with qtbot.waitSignal(screen.title_changed):
        keys.fill("given_name", "Amara")
    assert screen.title() == "Intake: Amara"
    keys.fill("family_name", "Okonkwo-Mensah")
    keys.fill("year_of_birth", "1991")
    keys.fill("gender", "")
    keys.fill("phone", "0470123456")
    assert keys.field("phone").text() == "+32 470 12 34 56"  # type: ignore[attr-defined]
    keys.fill("email", "amara@example.org")
    keys.fill("municipality", "Gent")
    keys.fill("postcode", "9000")
    keys.fill("mobility", "bike and train")
    keys.fill("country_of_origin", "nigeri")
    keys.fill("arrival_year", "2022")
    keys.fill("right_to_work", "Y")
    keys.fill("diploma_level", "M")
    keys.fill("diploma_field", "Civil engineering")
    keys.fill("diploma_country", "nigeri")
    keys.fill("diploma_recognised", "")
    keys.fill("experience_years", "6")
    keys.fill("experience_summary", "Site engineer for bridges")
    keys.fill("job_targets.1.description", "site supervisor")
    keys.fill("job_targets.1.occupation", "science and engineering assoc")
    keys.fill("job_targets.1.sector", "construct")
    keys.tab(3)  # no second job target

    languages = keys.field("languages")
    assert isinstance(languages, LanguageLevelsEditor)
    keys.at(languages.language)
    keys.type("dutch")
    keys.tab()
    keys.at(languages.level)
    keys.type("A2")
    keys.press(Qt.Key.Key_Return)  # adds the row, back on the language
    keys.type("english")
    keys.tab()
    # Typing "C1" straight after "A2" would extend the same quick search ("A2C1"), as it
    # does for a person typing within 0.4 s; a person is slower, a test uses the arrows.
    for _ in range(5):
        keys.press(Qt.Key.Key_Down)
    keys.press(Qt.Key.Key_Return)
    keys.tab(5)  # on to the level, Add, the table, Remove, and out

    for domain, need in (("skills", "2"), ("cv", "4"), ("letter", ""), ("networking", "5")):
        keys.fill(f"domain_needs.{domain}", need)
    keys.tab(2)
    keys.fill("motivation", "Wants to work at the level of the diploma.")
    keys.fill("openness_to_feedback", "4")
    keys.fill("actively_searching", "Y")

    keys.at("availability")
    keys.press(Qt.Key.Key_Space)  # Monday daytime
    keys.press(Qt.Key.Key_Right)
    keys.press(Qt.Key.Key_Down)
    keys.press(Qt.Key.Key_Space)  # Tuesday evening
    keys.tab()
    keys.fill("preferences", "Someone who knows the building sector.")
    keys.fill("preferred_mentor_gender", "")
    keys.fill("preferred_mentor_age", "")
    keys.fill("specific_needs", "")
    keys.fill("interests", "chess")

    keys.at("cv.attach")
    keys.press(Qt.Key.Key_Space)
    assert dialogs.messages("open_file") == ["Attach the CV"]
    status = keys.field("cv.status")
    assert isinstance(status, QLabel)
    assert "cv.pdf" in status.text()
    keys.at("cv.attach")  # the button now says "Replace CV…"
    keys.tab(2)  # past View

    keys.leave("intake_on")
    keys.fill("interviewer", "")
    keys.fill("coach", "")
    keys.at("info_session_on")
    keys.press(Qt.Key.Key_Space)  # attended, today
    keys.tab()
    keys.leave("info_session_on")
    keys.fill("referral_partner", "public employ")
    keys.fill("referral_contact", "Jan Peeters, VDAB Gent")
    keys.at("consents.programme")
    keys.press(Qt.Key.Key_Space)
    keys.tab()
    keys.press(Qt.Key.Key_Space)

    with qtbot.waitSignal(screen.saved) as saved:
        keys.press(Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    case_id = saved.args[0]
    assert screen.case_id == case_id
    assert dialogs.messages("error") == []

    case = session.programme.cases.read(case_id)
    person = case.participant
    assert (person.given_name, person.family_name) == ("Amara", "Okonkwo-Mensah")
    assert (person.year_of_birth, person.phone) == (1991, "+32 470 12 34 56")
    assert (person.email, person.municipality, person.postcode) == (
        "amara@example.org",
        "Gent",
        "9000",
    )
    assert (person.country_of_origin, person.diploma_country, person.arrival_year) == (
        "NG",
        "NG",
        2022,
    )
    assert person.right_to_work is RightToWork.YES
    assert (person.diploma_level, person.experience_years) == ("master", 6)
    assert person.domain_needs == {"skills": 2, "cv": 4, "networking": 5}
    assert (person.openness_to_feedback, person.actively_searching) == (4, True)
    assert person.availability == ["mon-day", "tue-evening"]
    assert person.interests == "chess"
    assert person.referral_partner == "pes"
    assert person.info_session_on == person.intake_on == date.today()
    assert person.interviewer == person.coach == session.user_id
    assert [(t.description, t.occupation, t.sector) for t in case.job_targets] == [
        ("site supervisor", "31", "F")
    ]
    assert {s.language: s.level for s in case.languages} == {"nl": "A2", "en": "C1"}
    assert [c.purpose for c in case.consents] == ["programme", "share-cv"]
    assert [(a.kind, a.file_name, a.media_type) for a in case.attachments] == [
        ("cv", "cv.pdf", "application/pdf")
    ]
    assert case.status is not None and case.status.status is Status.INTERVIEWED
    assert session.programme.drafts.all() == []
    entry = session.programme.index.get(case_id)
    assert entry is not None and entry.given_name == "Amara"


def test_a_mentor_intake_previews_exactly_what_the_mentee_will_see(
    qtbot: QtBot, session: Session, context: AppContext
) -> None:
    for name in ("Søren", "Kierkegaard-Ndiaye"):
        register_name(name)
    screen = open_screen(qtbot, IntakeScreen(session, context, role=Role.MENTOR))
    assert screen.title() == "New mentor"
    assert screen.findChild(QWidget, "referral_partner") is None  # a mentee's question
    keys = Keyboard(qtbot, screen)
    keys.fill("given_name", "Søren")
    keys.fill("family_name", "Kierkegaard-Ndiaye")
    profile = keys.field("short_profile")
    assert isinstance(profile, QPlainTextEdit)
    employer = keys.field("employer")
    assert isinstance(employer, QLineEdit)
    employer.setFocus()
    keys.type("Port of Antwerp")
    profile.setFocus()
    text = "I plan container logistics and can explain how recruiters read a CV."
    keys.type(text)
    name_label = screen.findChild(QLabel, "preview.name")
    text_view = screen.findChild(QPlainTextEdit, "preview.text")
    assert name_label is not None and text_view is not None
    assert (name_label.text(), text_view.toPlainText()) == ("Søren", text)
    preview = screen.findChild(QWidget, "preview")
    assert preview is not None
    shown = [label.text() for label in preview.findChildren(QLabel)]
    assert shown == ["What the mentee will see", "Søren"]  # and the profile: nothing else
    capacity = keys.field("capacity")
    assert capacity.value() == 1  # type: ignore[attr-defined]

    with qtbot.waitSignal(screen.saved) as saved:
        keys.press(Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    person = session.programme.cases.read(saved.args[0]).participant
    assert (person.role, person.short_profile, person.capacity) == (Role.MENTOR, text, 1)


def test_a_cv_too_large_gets_a_clear_message_and_is_not_kept(
    qtbot: QtBot,
    session: Session,
    context: AppContext,
    dialogs: ScriptedDialogs,
    tmp_path: Path,
) -> None:
    huge = tmp_path / "scan.pdf"
    with huge.open("wb") as handle:
        handle.truncate(MAX_ATTACHMENT_BYTES + 1)  # sparse: costs no disk space
    dialogs.files.append(huge)
    screen = open_screen(qtbot, IntakeScreen(session, context, role=Role.MENTEE))
    panel = screen.findChild(CvPanel)
    assert panel is not None
    qtbot.mouseClick(panel.attach_button, Qt.MouseButton.LeftButton)
    [message] = dialogs.messages("error")
    assert "up to 20 MB" in message and "smaller version" in message
    assert panel.status.text() == "No CV yet."
    assert not panel.view_button.isEnabled()


def test_editing_an_existing_participant_changes_one_field(
    qtbot: QtBot, session: Session, context: AppContext
) -> None:
    for name in ("Nguyễn Thị Lan", "Trần"):
        register_name(name)
    values = blank_values(Role.MENTEE, user_id=session.user_id, today=date(2026, 2, 3)) | {
        "given_name": "Nguyễn Thị Lan",
        "family_name": "Trần",
        "municipality": "Leuven",
        "languages": [["vi", "native"]],
    }
    case_id = create_intake(
        session.programme.cases,
        Role.MENTEE,
        values,
        author=session.user_id,
        today=date(2026, 2, 3),
    )
    screen = open_screen(qtbot, IntakeScreen(session, context, case_id=case_id))
    assert screen.title() == "Intake: Nguyễn Thị Lan"
    keys = Keyboard(qtbot, screen)
    municipality = keys.field("municipality")
    assert isinstance(municipality, QLineEdit)
    assert municipality.text() == "Leuven"
    municipality.setFocus()
    municipality.selectAll()
    keys.type("Heverlee")
    with qtbot.waitSignal(screen.saved, check_params_cb=lambda saved: saved == case_id):
        qtbot.mouseClick(keys.field("save"), Qt.MouseButton.LeftButton)
    case = session.programme.cases.read(case_id)
    assert case.participant.municipality == "Heverlee"
    assert case.participant.intake_on == date(2026, 2, 3)
    updates = [event for event in case.events if event.action == "update"]
    assert [event.fields for event in updates] == [["municipality"]]
    assert len(case.languages) == 1 and len(case.statuses) == 2


def test_a_missing_given_name_blocks_and_plausibility_only_warns(
    qtbot: QtBot, session: Session, context: AppContext
) -> None:
    register_name("Tomasz")
    screen = open_screen(qtbot, IntakeScreen(session, context, role=Role.MENTEE))
    keys = Keyboard(qtbot, screen)
    keys.field("year_of_birth").setFocus()
    keys.fill("year_of_birth", "1890")
    keys.fill("gender", "")
    keys.fill("phone", "0470 12")
    hints = {row: screen.form.rows[row].message_text() for row in ("year_of_birth", "phone")}
    assert "Unusual year of birth: expected 1930–" in hints["year_of_birth"]
    assert "Not a valid phone number" in hints["phone"]
    assert screen.form.rows["given_name"].message_text() == ""  # not before a save is tried

    keys.press(Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert screen.case_id is None
    assert "Required" in screen.form.rows["given_name"].message_text()
    keys.at("given_name")  # the cursor waits where the problem is
    keys.type("Tomasz")
    assert screen.form.rows["given_name"].message_text() == ""
    with qtbot.waitSignal(screen.saved):
        keys.press(Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    person = session.programme.cases.read(screen.case_id or "").participant
    assert (person.given_name, person.year_of_birth, person.phone) == ("Tomasz", 1890, "0470 12")


@pytest.mark.parametrize("role", [Role.MENTEE, Role.MENTOR])
def test_each_alt_letter_leads_to_one_place(
    qtbot: QtBot, session: Session, context: AppContext, role: Role
) -> None:
    screen = open_screen(qtbot, IntakeScreen(session, context, role=role))
    texts = [label.text() for label in screen.findChildren(QLabel)]
    texts += [button.text() for button in screen.findChildren(QAbstractButton)]
    letters = [m.group(1).casefold() for text in texts if (m := re.search(r"&(\w)", text))]
    assert len(letters) > 15
    assert sorted(letters) == sorted(set(letters))


def test_the_form_takes_two_columns_on_a_wide_screen_only(
    qtbot: QtBot, session: Session, context: AppContext
) -> None:
    screen = open_screen(qtbot, IntakeScreen(session, context, role=Role.MENTEE))
    screen.resize(1920, 1080)
    qtbot.waitUntil(lambda: screen.form.columns.column_count() == 2)
    screen.resize(1000, 700)
    qtbot.waitUntil(lambda: screen.form.columns.column_count() == 1)


def test_viewing_the_chosen_cv_opens_it_beside_the_form(
    qtbot: QtBot,
    session: Session,
    context: AppContext,
    dialogs: ScriptedDialogs,
    tmp_path: Path,
) -> None:
    cv = tmp_path / "cv.pdf"
    cv.write_bytes(pdf_bytes("Curriculum vitae"))
    dialogs.files.append(cv)
    screen = open_screen(qtbot, IntakeScreen(session, context, role=Role.MENTOR))
    panel = screen.findChild(CvPanel)
    assert panel is not None
    qtbot.mouseClick(panel.attach_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(panel.view_button, Qt.MouseButton.LeftButton)
    [window] = [w for w in panel.findChildren(DocumentWindow) if w.isVisible()]
    assert window.viewer.pdf_document.pageCount() == 1
    assert window.windowTitle() == "cv.pdf — Duo"


def test_a_participant_whose_file_is_gone_gets_a_message_not_a_form(
    qtbot: QtBot, session: Session, context: AppContext
) -> None:
    screen = IntakeScreen(session, context, case_id="0b7c3c38-8a53-4c5e-9d36-4c1f0f1b2a3d")
    qtbot.addWidget(screen)
    shown = " ".join(label.text() for label in screen.findChildren(QLabel))
    assert "no longer there" in shown
    assert screen.findChild(QLineEdit, "given_name") is None
    assert not screen.keep_draft() and not screen.save()
