"""Print… from a case view's header and from the first-run wizard: each entry opens the
print preview on the right document, in the language its reader reads best. (The Duo tab's
documents are in test_print_duo_actions.py.)"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from desktop.context import AppContext
from desktop.session import Session
from desktop.workflows import case_actions
from printing.recovery_sheet import key_groups
from storage.programme import Programme
from storage.records import Decision, StaffMember
from tests.duo_helpers import make_duo
from tests.gui.duo_view import CTRL, TODAY, activate, click, open_view, press
from tests.gui.print_views import preview_after, preview_of, shown_text, speaks, squeezed
from tests.gui.test_first_run import NAME, make_programme_in_wizard
from tests.helpers import fictional_participant

MENTEE = ("Ayşe", "Yılmaz")


def test_the_print_menu_opens_the_intake_summary_consent_form_and_complete_file(
    qtbot: QtBot,
    programme: Programme,
    session: Session,
    context: AppContext,
    coach: StaffMember,
) -> None:
    pair = make_duo(programme, mentee=MENTEE, mentor=("Łukasz", "Wróbel"), coach=coach.id)
    view = open_view(qtbot, session, context, pair.mentee_id)
    menu = view.printing
    assert view.header.print_button.menu() is menu
    assert view.header.print_button.toolTip().endswith("(Ctrl+P)")
    for action, title, file_name in (
        (menu.intake_action, "Intake summary", "intake-summary-"),
        (menu.consent_action, "Consent form", "consent-form-"),
        (menu.file_action, "Complete file", "complete-file-"),
    ):
        assert action.isEnabled()
        action.trigger()
        preview = preview_of(qtbot, view)
        text = shown_text(preview)
        assert title in text and "Ayşe Yılmaz" in text
        assert preview.language() == "en"  # no language of the three read at B1 or above
        assert title in preview.windowTitle() and "Ayşe" not in preview.windowTitle()
        assert preview.suggested_name().startswith(file_name)  # no name of a person
        preview.close()
    text = shown_text(preview_after(qtbot, view, menu.file_action))
    assert "Łukasz Wróbel" in text  # the complete file names the mentee's duo


def test_the_letter_waits_for_the_screening_decision_and_names_it(
    qtbot: QtBot,
    programme: Programme,
    session: Session,
    context: AppContext,
    coach: StaffMember,
) -> None:
    case_id = programme.cases.create(fictional_participant("Νίκος", "Αλεξίου"), author=coach.id)
    session.refresh_index()
    view = open_view(qtbot, session, context, case_id)
    letter = view.printing.letter_action
    assert not letter.isEnabled()
    assert "screening decision first" in letter.toolTip()

    case_actions.decide_screening(
        programme,
        case_id,
        Decision.REFUSED,
        reason="The job target needs a recognised diploma first.",
        referred_to="",
        decided_on=TODAY,
        author=coach.id,
    )
    session.notify_case_saved(case_id)  # the view reads the file again
    assert letter.isEnabled()
    assert letter.text() == "&Letter after screening: refusal…"
    text = shown_text(preview_after(qtbot, view, letter))
    assert "Νίκος Αλεξίου" in text
    assert "recognised diploma" in text  # the reason told


def test_ctrl_p_opens_the_menu_and_enter_prints_in_the_participants_language(
    qtbot: QtBot,
    programme: Programme,
    session: Session,
    context: AppContext,
    coach: StaffMember,
) -> None:
    pair = make_duo(programme, mentee=MENTEE, coach=coach.id)
    speaks(programme, pair.mentee_id, "nl", "B2", coach.id)
    speaks(programme, pair.mentee_id, "fr", "A2", coach.id)
    view = open_view(qtbot, session, context, pair.mentee_id)
    view.notes.editor.setFocus()  # anywhere in the case
    press(qtbot, Qt.Key.Key_P, CTRL)
    menu = view.printing
    qtbot.waitUntil(menu.isVisible)
    assert menu.activeAction() is menu.intake_action
    qtbot.keyClick(menu, Qt.Key.Key_Return)
    preview = preview_of(qtbot, view)
    assert preview.language() == "nl"  # read at B2; French only at A2
    assert "Ayşe Yılmaz" in shown_text(preview)


def test_the_wizard_prints_the_recovery_key_sheet_and_closes_it_when_done(
    qtbot: QtBot, context: AppContext, programme_dir: Path
) -> None:
    wizard = make_programme_in_wizard(qtbot, context, programme_dir)
    page = wizard.recovery_page
    assert page.print_button.text() == "&Print…"
    click(qtbot, page.print_button)
    preview = preview_of(qtbot, page)
    text = squeezed(shown_text(preview))
    assert squeezed(NAME) in text
    assert all(group in text for group in key_groups(wizard.recovery_key))
    assert date.today().strftime("%Y") in text
    click(qtbot, page.print_button)  # again: the same window, not a second one
    assert preview_of(qtbot, page) is preview

    activate(qtbot, wizard)  # back from the preview
    page.kept.setFocus()
    press(qtbot, Qt.Key.Key_Space)
    press(qtbot, Qt.Key.Key_Return)  # Finish
    assert wizard.result() == QDialog.DialogCode.Accepted
    assert not preview.isVisible()
    assert wizard.programme is not None
    wizard.programme.close()
