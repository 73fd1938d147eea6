"""Settings › Evaluations and › Follow-up: the coordinator edits the questions (each change a
new version, the old ones still readable) and the pace of the follow-up of duos."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit, QWidget
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from desktop.context import AppContext
from desktop.screens.question_dialog import QuestionDialog
from desktop.screens.settings_dialog import SettingsDialog
from desktop.session import Session
from storage.programme import Programme
from storage.question_sets import (
    QuestionKind,
    current_question_set,
    default_question_set,
    question_set,
    question_set_versions,
    save_question_set,
    validate_answers,
)
from storage.records import StaffMember
from tests.gui.fakes import ScriptedDialogs
from tests.gui.test_first_run import press, show, type_text
from tests.gui.test_settings import click_by_mnemonic, press_ok

ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier
Opener = Callable[[], SettingsDialog]
TODAY = date(2026, 11, 23)


@pytest.fixture
def open_settings(qtbot: QtBot, session: Session, context: AppContext) -> Opener:
    def opener() -> SettingsDialog:
        dialog = SettingsDialog(session, context, today=lambda: TODAY)
        qtbot.addWidget(dialog)
        show(qtbot, dialog)
        return dialog

    return opener


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert isinstance(widget, QWidget)
    return widget


def final_mentee_questions(qtbot: QtBot, dialog: SettingsDialog) -> None:
    """The Evaluations tab and the mentee's final evaluation in it, by keyboard."""
    press(qtbot, Qt.Key.Key_V, ALT)
    assert dialog.tabs.currentWidget() is dialog.evaluations_page
    press(qtbot, Qt.Key.Key_W, ALT)  # "Which form"
    type_text(qtbot, "Final")
    assert dialog.evaluations_page.chooser.currentText() == "Final evaluation — mentee"


def reword(qtbot: QtBot, text: str) -> Callable[[QDialog], bool]:
    """A dialog handler: the question's text replaced, then Enter."""

    def drive(dialog: QDialog) -> bool:
        assert isinstance(dialog, QuestionDialog)
        show(qtbot, dialog)
        assert focused() is dialog.text
        press(qtbot, Qt.Key.Key_A, CTRL)
        type_text(qtbot, text)
        press(qtbot, Qt.Key.Key_Tab)  # the text box passes Tab on
        press(qtbot, Qt.Key.Key_Return)  # OK is the default button
        return dialog.result() == QDialog.DialogCode.Accepted

    return drive


def test_a_reworded_question_is_version_2_and_version_1_stays_readable(
    qtbot: QtBot,
    open_settings: Opener,
    programme: Programme,
    dialogs: ScriptedDialogs,
    qtmodeltester: ModelTester,
    coach: StaffMember,
) -> None:
    dialog = open_settings()
    final_mentee_questions(qtbot, dialog)
    page = dialog.evaluations_page
    qtmodeltester.check(page.current_model())
    assert "Version 1 is in use" in page.version.text()
    page.table.setFocus()
    for _ in range(3):
        press(qtbot, Qt.Key.Key_Down)
    model = page.current_model()
    assert model.data(model.index(3, 1)) == "The handbook"
    dialogs.handlers.append(reword(qtbot, "The mentee handbook (printed or online)"))
    press(qtbot, Qt.Key.Key_Return)  # Enter edits the selected question
    assert model.data(model.index(3, 1)) == "The mentee handbook (printed or online)"
    assert dialog.focusWidget() is page.table  # back where the coordinator was

    with qtbot.waitSignal(dialog.session.settings_changed):
        press_ok(qtbot, dialog)
    first, second = question_set_versions(programme, "final-mentee")
    assert (first.version, second.version) == (1, 2)
    assert (second.saved_on, second.saved_by) == (TODAY, coach.id)
    assert first.question("process-handbook").text == "The handbook"
    # The code stays, so the answers of both versions mean the same question.
    assert second.question("process-handbook").text == "The mentee handbook (printed or online)"
    assert question_set(programme, "final-mentee", 1) == first
    assert [q.code for q in first.questions] == [q.code for q in second.questions]
    # Nothing else changed, so no other set has a new version.
    assert current_question_set(programme, "final-mentor").version == 1

    again = open_settings()
    final_mentee_questions(qtbot, again)
    assert again.evaluations_page.version.text().startswith(
        "Version 2 is in use (saved on 23 Nov 2026 by Fatoumata Diallo). Your changes become "
        "version 3"
    )
    click_by_mnemonic(qtbot, Qt.Key.Key_S, again.evaluations_page.versions_button)
    [versions] = dialogs.messages("inform")
    assert versions == (
        "Version 1: 25 questions, as shipped with Duo\n"
        "Version 2: 25 questions, saved on 23 Nov 2026 by Fatoumata Diallo"
    )
    press_ok(qtbot, again)  # nothing changed: no version 3
    assert current_question_set(programme, "final-mentee").version == 2


def test_the_versions_say_when_and_by_whom_each_was_saved(
    qtbot: QtBot,
    open_settings: Opener,
    programme: Programme,
    dialogs: ScriptedDialogs,
    coach: StaffMember,
) -> None:
    with programme.edit_programme_file(author=coach.id) as edit:
        colleague = edit.add(StaffMember(name="Nilufar Rahimova"))
    shipped = default_question_set("coach")
    count = len(shipped.questions)
    for title, author, day in (
        ("Le regard du coach", coach.id, date(2026, 5, 4)),
        ("Het oordeel van de coach", colleague.id, date(2026, 9, 30)),
    ):
        save_question_set(programme, replace(shipped, title=title), author=author, today=day)
    dialog = open_settings()
    press(qtbot, Qt.Key.Key_V, ALT)
    press(qtbot, Qt.Key.Key_W, ALT)  # "Which form"
    type_text(qtbot, "The")  # a space would open the list
    page = dialog.evaluations_page
    assert page.version.text().startswith(
        "Version 3 is in use (saved on 30 Sep 2026 by Nilufar Rahimova)."
    )
    click_by_mnemonic(qtbot, Qt.Key.Key_S, page.versions_button)
    [versions] = dialogs.messages("inform")
    assert versions.splitlines() == [
        f"Version 1: {count} questions, as shipped with Duo",
        f"Version 2: {count} questions, saved on 4 May 2026 by Fatoumata Diallo",
        f"Version 3: {count} questions, saved on 30 Sep 2026 by Nilufar Rahimova",
    ]


def new_checklist(qtbot: QtBot) -> Callable[[QDialog], bool]:
    """A dialog handler: a new checklist question with two options, by keyboard."""

    def drive(dialog: QDialog) -> bool:
        assert isinstance(dialog, QuestionDialog)
        show(qtbot, dialog)
        assert dialog.windowTitle() == "New question"
        assert not dialog.options_box.isVisible()  # a scale, until the kind changes
        assert focused() is dialog.text
        press(qtbot, Qt.Key.Key_Tab)  # Return would be a new line in the question
        press(qtbot, Qt.Key.Key_Return)  # OK, the default button
        assert dialog.error.text() == "Write the question."
        press(qtbot, Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)
        type_text(qtbot, "Which workshops did you attend?")
        press(qtbot, Qt.Key.Key_Tab)
        press(qtbot, Qt.Key.Key_Return)
        assert "lowest and the highest point" in dialog.error.text()
        press(qtbot, Qt.Key.Key_A, ALT)  # "Answered with"
        type_text(qtbot, "Checklist")
        assert dialog.options_box.isVisible()
        press(qtbot, Qt.Key.Key_Return)
        assert dialog.error.text() == "Add the options to tick."
        for option in ("CV workshop", "Mock interview"):
            click_by_mnemonic(qtbot, Qt.Key.Key_O, dialog.add_option)
            assert isinstance(focused(), QLineEdit)  # the new option, ready to type
            type_text(qtbot, option)
            press(qtbot, Qt.Key.Key_Return)  # ends the option's edit
            qtbot.waitUntil(dialog.options.hasFocus)
        assert dialog.isVisible()
        press(qtbot, Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)  # to the kind
        press(qtbot, Qt.Key.Key_Return)
        return dialog.result() == QDialog.DialogCode.Accepted

    return drive


def test_add_a_checklist_remove_a_question_and_move_one(
    qtbot: QtBot,
    open_settings: Opener,
    programme: Programme,
    dialogs: ScriptedDialogs,
    qtmodeltester: ModelTester,
) -> None:
    dialog = open_settings()
    final_mentee_questions(qtbot, dialog)
    page = dialog.evaluations_page
    model = page.current_model()
    dialogs.handlers.append(new_checklist(qtbot))
    click_by_mnemonic(qtbot, Qt.Key.Key_A, page.add_button)
    assert model.rowCount() == 26
    assert page.table.currentIndex().row() == 25
    show(qtbot, dialog)  # active again, as when the question dialog's exec returns
    click_by_mnemonic(qtbot, Qt.Key.Key_U, page.up_button)  # before "suggestions"
    page.table.selectRow(0)
    click_by_mnemonic(qtbot, Qt.Key.Key_R, page.remove_button)
    qtmodeltester.check(model)
    press_ok(qtbot, dialog)

    saved = current_question_set(programme, "final-mentee")
    assert saved.version == 2
    codes = [q.code for q in saved.questions]
    assert "process-satisfaction" not in codes
    assert codes[-3:] == ["message-to-mentor", "which-workshops-did-you-attend", "suggestions"]
    workshops = saved.question("which-workshops-did-you-attend")
    assert workshops.kind is QuestionKind.CHECKLIST
    assert [(o.code, o.text) for o in workshops.options] == [
        ("cv-workshop", "CV workshop"),
        ("mock-interview", "Mock interview"),
    ]
    answers = {"which-workshops-did-you-attend": ["mock-interview"]}
    assert validate_answers(saved, answers) == []
    # The old version still has the question the new one left out.
    assert question_set(programme, "final-mentee", 1).question("process-satisfaction")


def test_a_new_question_never_takes_the_code_of_an_old_one(
    qtbot: QtBot,
    open_settings: Opener,
    programme: Programme,
    dialogs: ScriptedDialogs,
) -> None:
    dialog = open_settings()
    press(qtbot, Qt.Key.Key_V, ALT)
    page = dialog.evaluations_page
    assert page.chooser.currentText() == "Interim evaluation — mentee"
    page.table.selectRow(4)  # "Do you have any points for improvement or suggestions?"
    click_by_mnemonic(qtbot, Qt.Key.Key_R, page.remove_button)
    dialogs.handlers.append(_new_text_question(qtbot, "Suggestions"))
    click_by_mnemonic(qtbot, Qt.Key.Key_A, page.add_button)
    show(qtbot, dialog)
    press_ok(qtbot, dialog)
    saved = current_question_set(programme, "interim-mentee")
    assert saved.questions[-1].code == "suggestions-2"  # "suggestions" meant the old one
    assert saved.questions[-1].text == "Suggestions"


def _new_text_question(qtbot: QtBot, text: str) -> Callable[[QDialog], bool]:
    def drive(dialog: QDialog) -> bool:
        assert isinstance(dialog, QuestionDialog)
        show(qtbot, dialog)
        type_text(qtbot, text)
        press(qtbot, Qt.Key.Key_A, ALT)
        type_text(qtbot, "Free")
        press(qtbot, Qt.Key.Key_Return)
        return dialog.result() == QDialog.DialogCode.Accepted

    return drive


def test_follow_up_settings_are_stored(
    qtbot: QtBot, open_settings: Opener, programme: Programme
) -> None:
    profile = programme.profile()
    assert (profile.contact_every_days, profile.silent_urgent_days) == (14, 30)
    assert profile.end_warning_days == 21
    dialog = open_settings()
    press(qtbot, Qt.Key.Key_F, ALT)
    page = dialog.follow_up_page
    assert dialog.tabs.currentWidget() is page
    assert page.contact_every_days.text() == "every 14 days"
    for key, typed in ((Qt.Key.Key_A, "10"), (Qt.Key.Key_S, "45"), (Qt.Key.Key_W, "0")):
        press(qtbot, key, ALT)
        press(qtbot, Qt.Key.Key_A, CTRL)
        type_text(qtbot, typed)
    press(qtbot, Qt.Key.Key_Tab)
    assert page.end_warning_days.text() == "No warning"
    press(qtbot, Qt.Key.Key_Return)  # OK is the default button
    assert dialog.result() == QDialog.DialogCode.Accepted
    profile = programme.profile()
    assert (profile.contact_every_days, profile.silent_urgent_days) == (10, 45)
    assert profile.end_warning_days == 0
    assert profile.waiting_threshold_days == 28  # the other pages' settings stay


def test_the_charter_version_for_new_agreements_is_stored(
    qtbot: QtBot, open_settings: Opener, programme: Programme
) -> None:
    assert programme.profile().charter_version == ""
    dialog = open_settings()
    press(qtbot, Qt.Key.Key_F, ALT)
    press(qtbot, Qt.Key.Key_H, ALT)  # "Ethics charter version"
    assert focused() is dialog.follow_up_page.charter_version
    type_text(qtbot, " 2026-1 ")
    press(qtbot, Qt.Key.Key_Return)  # OK is the default button
    assert dialog.result() == QDialog.DialogCode.Accepted
    profile = programme.profile()
    assert profile.charter_version == "2026-1"
    assert profile.contact_every_days == 14  # the page's other settings stay

    again = open_settings()
    assert again.follow_up_page.charter_version.text() == "2026-1"


def test_an_existing_questions_kind_of_answer_cannot_change(qtbot: QtBot) -> None:
    stored = default_question_set("final-mentee").questions[0]
    dialog = QuestionDialog(None, question=stored, sections=["Process"], taken=set())
    qtbot.addWidget(dialog)
    assert not dialog.kind.isEnabled()  # earlier answers keep their meaning
    new = QuestionDialog(None, question=None, sections=["Process"], taken=set())
    qtbot.addWidget(new)
    assert new.kind.isEnabled()
