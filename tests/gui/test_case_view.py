"""The case view of one participant, driven through its real widgets.

What a coach sees (the path with dates, the profile, notes with their author) and does (a
note with Ctrl+Enter, a contact, a screening decision, a consent withdrawn, a document
attached, an erasure), and what the history then says.
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import QBuffer, QIODevice, Qt
from PySide6.QtGui import QColor, QImage, QTextDocument
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from desktop.context import AppContext
from desktop.screens.case_view import CaseView
from desktop.screens.erase_dialog import EraseDialog
from desktop.screens.screening_dialog import ScreeningDialog
from desktop.session import Session
from storage.cases import MAX_ATTACHMENT_BYTES
from storage.programme import Programme
from storage.records import (
    Consent,
    ContactLogEntry,
    JobTarget,
    LanguageSkill,
    Note,
    RightToWork,
    Role,
    StaffMember,
    Status,
    StatusChange,
)
from tests.gui.fakes import ScriptedDialogs
from tests.helpers import fictional_participant

if TYPE_CHECKING:  # pytest-qt's model tester only imports once its plugin set Qt up
    from pytestqt.modeltest import ModelTester

TODAY = date(2026, 3, 15)
LONG_NOTE = (
    "Second interview about the job target. She worked eight years as a civil engineer in "
    "Lagos, mostly on road projects, and wants to work at that level again; a first step as "
    "a site supervisor would suit her. Agreed: she sends the CV in Dutch by Friday, "
    "I ask two mentors from the construction sector whether they have room. " * 3
).strip()


def full_mentee(
    programme: Programme,
    coach: str,
    interviewer: str,
    notes: int = 3,
    name: tuple[str, str] = ("Chiamaka", "Okonkwo-Mensah"),
) -> str:
    """A mentee with a full intake, a path up to the interview, notes and contacts."""
    person = fictional_participant(
        *name,
        email="chiamaka@example.org",
        phone="+32 470 12 34 56",
        year_of_birth=1989,
        gender="female",
        municipality="Gent",
        postcode="9000",
        mobility="public transport and bike",
        country_of_origin="NG",
        arrival_year=2022,
        right_to_work=RightToWork.YES,
        diploma_level="master",
        diploma_field="Civil engineering",
        diploma_country="NG",
        diploma_recognised=True,
        experience_years=8,
        experience_summary="Eight years as a site engineer on road projects.",
        availability=["mon-evening", "wed-day", "sat"],
        motivation="Wants to work at her level again and understand Belgian job interviews.",
        openness_to_feedback=4,
        actively_searching=True,
        preferences="A mentor from the construction sector.",
        preferred_mentor_gender="female",
        interests="Chess, cooking",
        referral_partner="pes",
        referral_contact="Ilse Verbruggen, job coach",
        domain_needs={"cv": 4, "interview": 5},
        info_session_on=date(2026, 2, 27),
        intake_on=date(2026, 3, 10),
        interviewer=interviewer,
        coach=coach,
    )
    records = [
        JobTarget(position=1, sector="F", occupation="21", description="site supervisor"),
        LanguageSkill(language="nl", level="A2"),
        LanguageSkill(language="en", level="C1"),
        LanguageSkill(language="yo", level="native"),
        Consent(purpose="programme", given_on=date(2026, 3, 10), text_version="2026-1"),
        Consent(purpose="share-cv", given_on=date(2026, 3, 10), text_version="2026-1"),
        StatusChange(status=Status.REGISTERED, since=date(2026, 2, 27)),
        StatusChange(status=Status.INTERVIEWED, since=date(2026, 3, 10)),
        ContactLogEntry(
            contacted_on=date(2026, 3, 2), channel="phone", summary="Planned the intake."
        ),
    ]
    for number in range(notes):
        text = LONG_NOTE if number == 0 else f"Follow-up call number {number}."
        records.append(Note(written_on=date(2026, 3, 10) + timedelta(days=number), text=text))
    return programme.cases.create(person, author=coach, records=records)


def full_mentor(programme: Programme, coach: str) -> str:
    """A mentor accepted on 1 March, with a short profile for the mentee."""
    person = fictional_participant(
        "Søren",
        "Abildgaard",
        role=Role.MENTOR,
        email="soren@example.net",
        municipality="Antwerpen",
        postcode="2000",
        employer="Havenbedrijf Demo",
        job_title="Planner",
        experience_years=15,
        capacity=2,
        availability=["tue-evening", "thu-evening"],
        motivation="Knows how hard the first job is.",
        qualities="Patient, direct",
        short_profile=(
            "I plan container logistics in the port and have hired many planners. I can "
            "show how a recruiter reads a CV and practise interviews with you."
        ),
        intake_on=date(2026, 2, 20),
        interviewer=coach,
        coach=coach,
    )
    records = [
        JobTarget(position=1, sector="H", occupation="13"),
        LanguageSkill(language="nl", level="native"),
        StatusChange(status=Status.REGISTERED, since=date(2026, 2, 10)),
        StatusChange(status=Status.INTERVIEWED, since=date(2026, 2, 20)),
        StatusChange(status=Status.ACCEPTED, since=date(2026, 3, 1)),
    ]
    return programme.cases.create(person, author=coach, records=records)


@pytest.fixture
def interviewer(programme: Programme) -> StaffMember:
    """A second coach, who did the intake interview."""
    with programme.edit_programme_file(author="") as edit:
        return edit.add(StaffMember(name="Jonas Van Damme"))


@pytest.fixture
def mentee_id(programme: Programme, coach: StaffMember, interviewer: StaffMember) -> str:
    """A mentee with a full intake and three notes."""
    return full_mentee(programme, coach.id, interviewer.id)


def open_view(qtbot: QtBot, session: Session, context: AppContext, case_id: str) -> CaseView:
    """The case view, shown and active, as the main window shows it."""
    view = CaseView(session, context, case_id, today=lambda: TODAY)
    qtbot.addWidget(view)
    view.resize(1366, 768)
    view.show()
    qtbot.waitExposed(view)
    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow)
    return view


def show_active(qtbot: QtBot, dialog: QDialog) -> None:
    """Show a dialog as `exec` would, with the keyboard in it."""
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)


def plain(rich: str) -> str:
    """What a rich text reads as, with non-breaking spaces as spaces."""
    document = QTextDocument()
    document.setHtml(rich)
    return document.toPlainText().replace("\xa0", " ")


def profile_text(view: CaseView) -> str:
    """The profile as read on screen."""
    return view.profile.toPlainText()


# --- what a coach sees ---------------------------------------------------------------------


def test_the_view_shows_the_path_profile_and_notes_with_their_author(
    qtbot: QtBot, session: Session, context: AppContext, mentee_id: str
) -> None:
    view = open_view(qtbot, session, context, mentee_id)
    assert view.title() == "Chiamaka Okonkwo-Mensah"
    assert view.case_id == mentee_id
    assert "Mentee · Interviewed · Coach: Fatoumata Diallo" in view.header.facts.text()
    path = plain(view.header.path.text())
    assert "Registered · 27 Feb 2026" in path
    assert "Interviewed · 10 Mar 2026" in path
    assert "next: screening decision" in path

    profile = profile_text(view)
    for shown in (
        "Gent (9000)",
        "Nigeria",
        "Yes",
        "Master or equivalent",
        "Dutch: A2\nEnglish: C1\nYoruba: Native speaker",
        "Mon evening, Wed daytime, Sat",
        "Public employment service (VDAB, Actiris, Le Forem)",
        "Jonas Van Damme",
        "4 of 5",
        "Science and engineering professionals · Construction · site supervisor",
    ):
        assert shown in profile

    notes = view.notes.list.toPlainText()
    assert "12 Mar 2026 · Fatoumata Diallo" in notes
    assert notes.index("Follow-up call number 2") < notes.index("Follow-up call number 1")
    assert LONG_NOTE in notes.replace("\u2028", "\n").replace("\n", " ")
    assert view.tabs.tabText(0) == "&Notes (3)"


def test_a_mentor_shows_the_short_profile_as_the_mentee_will_see_it(
    qtbot: QtBot, session: Session, context: AppContext, programme: Programme, coach: StaffMember
) -> None:
    view = open_view(qtbot, session, context, full_mentor(programme, coach.id))
    assert profile_text(view).startswith(
        "Short profile, as the mentee will see it\nI plan container logistics"
    )
    assert "Waiting for a match, for 2 weeks so far" in view.header.facts.text()
    assert "next: match proposal" in plain(view.header.path.text())
    assert "Havenbedrijf Demo" in profile_text(view)


def test_many_long_notes_scroll_instead_of_being_cut(
    qtbot: QtBot,
    session: Session,
    context: AppContext,
    programme: Programme,
    coach: StaffMember,
    interviewer: StaffMember,
) -> None:
    case_id = full_mentee(programme, coach.id, interviewer.id, 40, name=("ليلى", "الحسيني"))
    view = open_view(qtbot, session, context, case_id)
    assert view.title() == "ليلى الحسيني"
    bar = view.notes.list.verticalScrollBar()
    assert bar.maximum() > 0
    assert view.notes.list.toPlainText().count("Follow-up call number") == 39
    assert view.profile.verticalScrollBar().maximum() > 0


# --- notes and contacts --------------------------------------------------------------------


def test_a_note_is_added_with_ctrl_enter(
    qtbot: QtBot, session: Session, context: AppContext, programme: Programme, mentee_id: str
) -> None:
    view = open_view(qtbot, session, context, mentee_id)
    view.notes.editor.setFocus()
    qtbot.keyClicks(view.notes.editor, "Sent the CV to two mentors.")
    with qtbot.waitSignal(session.case_saved) as saved:
        qtbot.keyClick(view.notes.editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert saved.args == [mentee_id]
    assert view.notes.editor.toPlainText() == ""
    assert view.notes.list.toPlainText().startswith(
        "15 Mar 2026 · Fatoumata Diallo\nSent the CV to two mentors."
    )
    assert view.tabs.tabText(0) == "&Notes (4)"
    assert programme.cases.read(mentee_id).notes[-1].text == "Sent the CV to two mentors."


def test_an_empty_note_is_not_added(
    qtbot: QtBot, session: Session, context: AppContext, dialogs: ScriptedDialogs, mentee_id: str
) -> None:
    view = open_view(qtbot, session, context, mentee_id)
    qtbot.mouseClick(view.notes.add_button, Qt.MouseButton.LeftButton)
    assert dialogs.messages("error") == ["Type the note first, then add it."]
    assert view.tabs.tabText(0) == "&Notes (3)"


def test_a_contact_is_logged_from_the_keyboard(
    qtbot: QtBot, session: Session, context: AppContext, programme: Programme, mentee_id: str
) -> None:
    view = open_view(qtbot, session, context, mentee_id)
    view.tabs.setCurrentWidget(view.contacts)
    view.contacts.channel.setFocus()
    qtbot.keyClick(view.contacts.channel, Qt.Key.Key_Down)  # Phone → E-mail
    qtbot.keyClicks(view.contacts.summary, "Sent the date of the CV workshop.")
    qtbot.keyClick(view.contacts.summary, Qt.Key.Key_Return)
    log = view.contacts.list.toPlainText()
    assert log.startswith("15 Mar 2026 · E-mail · Fatoumata Diallo\nSent the date of the CV")
    assert "2 Mar 2026 · Phone" in log
    assert view.contacts.summary.text() == ""
    assert programme.cases.read(mentee_id).contacts[-1].channel == "email"


# --- the screening decision ----------------------------------------------------------------


def test_accepting_puts_the_mentee_on_the_waiting_list(
    qtbot: QtBot, session: Session, context: AppContext, dialogs: ScriptedDialogs, mentee_id: str
) -> None:
    view = open_view(qtbot, session, context, mentee_id)

    def accept(dialog: QDialog) -> bool:
        assert isinstance(dialog, ScreeningDialog)
        assert dialog.accept_choice.isChecked()  # accepting is the usual outcome
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        return dialog.result() == QDialog.DialogCode.Accepted

    dialogs.handlers.append(accept)
    qtbot.mouseClick(view.header.decide_button, Qt.MouseButton.LeftButton)
    assert "Waiting for a match, for today so far" in view.header.facts.text()
    assert "Waiting for a match · 15 Mar 2026" in plain(view.header.path.text())
    assert "Accepted on 15 Mar 2026, by Fatoumata Diallo" in view.screening.decisions.toPlainText()


def test_a_refusal_needs_the_reason_the_letter_will_give(
    qtbot: QtBot, session: Session, context: AppContext, dialogs: ScriptedDialogs, mentee_id: str
) -> None:
    view = open_view(qtbot, session, context, mentee_id)

    def refuse(dialog: QDialog) -> bool:
        assert isinstance(dialog, ScreeningDialog)
        show_active(qtbot, dialog)
        qtbot.keyClick(dialog, Qt.Key.Key_F, Qt.KeyboardModifier.AltModifier)
        qtbot.waitUntil(dialog.refuse_choice.isChecked)  # a mnemonic clicks after a blink
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        assert dialog.isVisible()  # not without a reason
        assert dialog.error.text() == "Write the reason for the refusal: the candidate is told it."
        dialog.reason_kind.setFocus()
        qtbot.keyClick(dialog.reason_kind, Qt.Key.Key_Down)
        assert dialog.reason_text.toPlainText() == (
            "Dutch or French not yet sufficient for the programme"
        )
        dialog.reason_text.clear()
        qtbot.keyClicks(dialog.reason_text, "Your Dutch is at A2; the programme needs B1.")
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        return dialog.result() == QDialog.DialogCode.Accepted

    dialogs.handlers.append(refuse)
    qtbot.mouseClick(view.header.decide_button, Qt.MouseButton.LeftButton)
    assert "Mentee · Refused" in view.header.facts.text()
    path = plain(view.header.path.text())
    assert "Refused · 15 Mar 2026 — Dutch or French not yet sufficient" in path
    assert "next:" not in path
    decisions = view.screening.decisions.toPlainText()
    assert "Reason (in the refusal letter): Your Dutch is at A2; the programme needs B1." in (
        decisions
    )


def test_a_referral_says_where_and_why_and_earlier_decisions_stay(
    qtbot: QtBot,
    session: Session,
    context: AppContext,
    dialogs: ScriptedDialogs,
    programme: Programme,
    mentee_id: str,
) -> None:
    view = open_view(qtbot, session, context, mentee_id)

    def accept(dialog: QDialog) -> bool:
        assert isinstance(dialog, ScreeningDialog)
        dialog.accept()
        return True

    def refer(dialog: QDialog) -> bool:
        assert isinstance(dialog, ScreeningDialog)
        show_active(qtbot, dialog)
        qtbot.keyClick(dialog, Qt.Key.Key_E, Qt.KeyboardModifier.AltModifier)
        qtbot.waitUntil(dialog.refer_choice.isChecked)
        qtbot.keyClicks(dialog.destination.lineEdit(), "Dutch course for adults, CVO Gent")
        qtbot.keyClicks(dialog.why, "A course first helps more.")
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        return dialog.result() == QDialog.DialogCode.Accepted

    dialogs.handlers.extend([accept, refer])
    qtbot.mouseClick(view.header.decide_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(view.header.decide_button, Qt.MouseButton.LeftButton)
    assert "Mentee · Referred" in view.header.facts.text()
    assert "Referred · 15 Mar 2026 — Dutch course for adults, CVO Gent" in plain(
        view.header.path.text()
    )
    decisions = view.screening.decisions.toPlainText()
    assert decisions.index("Referred to other support") < decisions.index("Accepted")
    assert "Referred to: Dutch course for adults, CVO Gent" in decisions
    assert "Why: A course first helps more." in decisions
    assert [s.decision.value for s in programme.cases.read(mentee_id).screenings] == [
        "accepted",
        "referred",
    ]


def test_a_cancelled_decision_changes_nothing(
    qtbot: QtBot,
    session: Session,
    context: AppContext,
    dialogs: ScriptedDialogs,
    programme: Programme,
    mentee_id: str,
) -> None:
    view = open_view(qtbot, session, context, mentee_id)
    dialogs.handlers.append(lambda dialog: False)
    qtbot.mouseClick(view.header.decide_button, Qt.MouseButton.LeftButton)
    assert programme.cases.read(mentee_id).screenings == []
    assert "Interviewed" in view.header.facts.text()


# --- consents and documents ----------------------------------------------------------------


def test_a_consent_is_withdrawn_after_confirmation(
    qtbot: QtBot,
    qtmodeltester: ModelTester,
    session: Session,
    context: AppContext,
    dialogs: ScriptedDialogs,
    mentee_id: str,
) -> None:
    view = open_view(qtbot, session, context, mentee_id)
    view.tabs.setCurrentWidget(view.screening)
    model = view.screening.consent_model
    qtmodeltester.check(model)
    view.screening.consents.select_row(1)
    dialogs.confirmations.append(True)
    qtbot.mouseClick(view.screening.withdraw_button, Qt.MouseButton.LeftButton)
    (question,) = dialogs.messages("confirm")
    assert "Sharing the CV and profile with a proposed mentor" in question
    assert model.index(1, 3).data() == "15 Mar 2026"
    assert model.index(0, 3).data() == ""
    view.screening.consents.select_row(1)
    assert not view.screening.withdraw_button.isEnabled()
    assert "Consent withdrawn: Sharing the CV" in view.history.toPlainText()


def png_bytes() -> bytes:
    """A small picture, as a scanned diploma might be."""
    image = QImage(40, 30, QImage.Format.Format_RGB32)
    image.fill(QColor("#336699"))
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(buffer.data())


def test_a_document_is_attached_and_opened(
    qtbot: QtBot,
    qtmodeltester: ModelTester,
    session: Session,
    context: AppContext,
    dialogs: ScriptedDialogs,
    mentee_id: str,
    tmp_path: Path,
) -> None:
    view = open_view(qtbot, session, context, mentee_id)
    view.tabs.setCurrentWidget(view.documents)
    scan = tmp_path / "diploma-scan.png"
    scan.write_bytes(png_bytes())
    view.documents.kind.set_code("diploma")
    dialogs.files.append(scan)
    qtbot.mouseClick(view.documents.attach_button, Qt.MouseButton.LeftButton)
    model = view.documents.model
    qtmodeltester.check(model)
    assert [model.index(0, column).data() for column in range(3)] == [
        "diploma-scan.png",
        "Diploma",
        "1 KB",
    ]
    assert view.tabs.tabText(view.tabs.indexOf(view.documents)) == "&Documents (1)"
    view.documents.table.setFocus()
    qtbot.keyClick(view.documents.table, Qt.Key.Key_Return)
    windows = [w for w in QApplication.topLevelWidgets() if "diploma-scan.png" in w.windowTitle()]
    assert windows and windows[0].isVisible()
    windows[0].close()


def test_a_document_too_large_is_refused_with_a_clear_message(
    qtbot: QtBot,
    session: Session,
    context: AppContext,
    dialogs: ScriptedDialogs,
    programme: Programme,
    mentee_id: str,
    tmp_path: Path,
) -> None:
    view = open_view(qtbot, session, context, mentee_id)
    view.tabs.setCurrentWidget(view.documents)
    huge = tmp_path / "scan.pdf"
    with huge.open("wb") as handle:
        handle.truncate(MAX_ATTACHMENT_BYTES + 5 * 1024 * 1024)  # sparse: no disk used
    dialogs.files.append(huge)
    qtbot.mouseClick(view.documents.attach_button, Qt.MouseButton.LeftButton)
    (message,) = dialogs.messages("error")
    assert message.startswith("This file is 25 MB; Duo keeps documents up to 20 MB")
    assert programme.cases.read(mentee_id).attachments == []
    assert view.documents.model.rowCount() == 0


# --- erasure, editing, history -------------------------------------------------------------


def test_erasing_asks_for_the_reason_and_a_deliberate_yes(
    qtbot: QtBot,
    session: Session,
    context: AppContext,
    dialogs: ScriptedDialogs,
    programme: Programme,
    mentee_id: str,
) -> None:
    view = open_view(qtbot, session, context, mentee_id)
    path = programme.cases.path(mentee_id)

    def erase(dialog: QDialog) -> bool:
        assert isinstance(dialog, EraseDialog)
        show_active(qtbot, dialog)
        qtbot.keyClicks(dialog.reason.lineEdit(), "Asked to be erased by e-mail")
        assert not dialog.erase_button.isEnabled()
        qtbot.keyClick(dialog.reason.lineEdit(), Qt.Key.Key_Return)  # Enter never erases
        assert dialog.result() == QDialog.DialogCode.Rejected
        show_active(qtbot, dialog)
        qtbot.keyClick(dialog, Qt.Key.Key_U, Qt.KeyboardModifier.AltModifier)
        qtbot.waitUntil(dialog.understood.isChecked)
        qtbot.mouseClick(dialog.erase_button, Qt.MouseButton.LeftButton)
        return dialog.result() == QDialog.DialogCode.Accepted

    dialogs.handlers.append(erase)
    with (
        qtbot.waitSignal(view.erased) as erased,
        qtbot.waitSignal(session.case_erased) as announced,
    ):
        qtbot.mouseClick(view.header.erase_button, Qt.MouseButton.LeftButton)
    assert erased.args == announced.args == [mentee_id]
    assert not path.exists()
    assert dialogs.messages("inform") == [
        "Chiamaka Okonkwo-Mensah was erased. The erasure log keeps only the date and the reason."
    ]
    assert [e.reason for e in programme.erasures()] == ["Asked to be erased by e-mail"]


def test_ctrl_e_asks_to_edit_the_intake(
    qtbot: QtBot, session: Session, context: AppContext, mentee_id: str
) -> None:
    view = open_view(qtbot, session, context, mentee_id)
    view.tabs.setFocus()
    with qtbot.waitSignal(view.edit_intake) as asked:
        qtbot.keyClick(view.tabs, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert asked.args == [mentee_id]


def test_the_history_tells_each_save_in_words_newest_first(
    qtbot: QtBot,
    session: Session,
    context: AppContext,
    programme: Programme,
    coach: StaffMember,
    mentee_id: str,
) -> None:
    view = open_view(qtbot, session, context, mentee_id)
    with programme.cases.edit(mentee_id, author=coach.id) as edit:
        edit.update_participant(municipality="Antwerpen", postcode="2000")
    session.notify_case_saved(mentee_id)  # the intake screen tells everyone after its save
    history = view.history.toPlainText()
    assert history.index("Profile changed: Municipality, Postcode") < history.index(
        "Case file created"
    )
    assert "Fatoumata Diallo" in history
    assert "Antwerpen (2000)" in profile_text(view)


def test_a_case_file_that_is_gone_is_said_plainly(
    qtbot: QtBot, session: Session, context: AppContext, programme: Programme, mentee_id: str
) -> None:
    programme.cases.path(mentee_id).unlink()
    view = open_view(qtbot, session, context, mentee_id)
    assert view.header.name.text() == "This case file cannot be shown"
    assert "no longer there" in view.header.facts.text()
    assert not view.header.erase_button.isEnabled()


def test_a_participant_erased_elsewhere_closes_the_view(
    qtbot: QtBot, session: Session, context: AppContext, mentee_id: str
) -> None:
    view = open_view(qtbot, session, context, mentee_id)
    with qtbot.waitSignal(view.erased) as erased:
        session.case_erased.emit(mentee_id)
    assert erased.args == [mentee_id]


def test_no_screening_decision_while_a_match_is_proposed(
    qtbot: QtBot,
    session: Session,
    context: AppContext,
    programme: Programme,
    coach: StaffMember,
    mentee_id: str,
) -> None:
    with programme.cases.edit(mentee_id, author=coach.id) as edit:
        edit.set_status(Status.MATCHING, date(2026, 3, 14))
    view = open_view(qtbot, session, context, mentee_id)
    assert not view.header.decide_button.isEnabled()
    assert "end it before a new decision" in view.header.decide_button.toolTip()
    assert "Match proposed · 14 Mar 2026" in plain(view.header.path.text())
