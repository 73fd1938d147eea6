"""Ending a duo, reopening it and recording its outcomes: the dialogs driven by keyboard,
their refusals, their prefill, and what they collect saved through the duo workflow."""

from __future__ import annotations

from datetime import date

from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QLabel
from pytestqt.qtbot import QtBot

from desktop.screens.case_pages import qdate
from desktop.screens.ending_dialog import EndDialog, ReopenDialog
from desktop.screens.ending_words import ending_line, outcome_line
from desktop.screens.outcome_dialog import OutcomeDialog
from desktop.workflows.duo import correct_ending, end_duo, reopen_duo, save_outcome
from storage.duo_records import (
    Contract,
    EndedBy,
    Ending,
    EndKind,
    Outcome,
    OutcomeSource,
    Situation,
)
from storage.programme import Programme
from storage.records import MatchState, Status
from tests.duo_helpers import COACH, make_duo

NAMES = "Amani Okonkwo-Dubois & Ingrid Vandersteen"
STARTED = date(2026, 3, 10)
PLANNED_END = date(2026, 9, 10)
TODAY = date(2026, 6, 20)
REASONS = [
    ("job", "Found a job"),
    ("no-click", "The match did not work out"),
    ("health", "Health or family reasons"),
]


def show_active(qtbot: QtBot, dialog: QDialog) -> None:
    """Show a dialog as `exec` would, with the keyboard in it."""
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)


def press(qtbot: QtBot, key: Qt.Key, alt: bool = False) -> None:
    """Press a key where the keyboard focus is; with Alt, a mnemonic."""
    modifier = Qt.KeyboardModifier.AltModifier if alt else Qt.KeyboardModifier.NoModifier
    focus = QApplication.focusWidget()
    assert focus is not None
    qtbot.keyClick(focus, key, modifier)


def end_dialog(**changes: object) -> EndDialog:
    arguments: dict[str, object] = {
        "match_id": "match-1",
        "names": NAMES,
        "today": TODAY,
        "earliest": STARTED,
        "planned_end": PLANNED_END,
        "reasons": REASONS,
    } | changes
    return EndDialog(None, **arguments)  # type: ignore[arg-type]


def outcome_dialog(ended_on: date = TODAY, **changes: object) -> OutcomeDialog:
    arguments: dict[str, object] = {
        "match_id": "match-1",
        "names": NAMES,
        "today": date(2026, 9, 25),
        "ended_on": ended_on,
        "months": 3,
    } | changes
    return OutcomeDialog(None, **arguments)  # type: ignore[arg-type]


def fill_early_end(qtbot: QtBot, dialog: EndDialog) -> None:
    """The mentee stops early: refused without a reason, then filled in by keyboard."""
    show_active(qtbot, dialog)
    assert QApplication.focusWidget() is dialog.day_edit
    assert dialog.early.isChecked()  # before the planned end: early, unless said otherwise
    press(qtbot, Qt.Key.Key_B, alt=True)
    press(qtbot, Qt.Key.Key_Down)  # both together → the mentee
    press(qtbot, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert dialog.error.text() == (
        "Choose why the duo ended early: the reason is kept with the duo."
    )
    press(qtbot, Qt.Key.Key_R, alt=True)
    press(qtbot, Qt.Key.Key_Down)  # (choose a reason) → Found a job
    press(qtbot, Qt.Key.Key_N, alt=True)
    qtbot.keyClicks(QApplication.focusWidget(), "Starts at a bakery on Monday.")
    press(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.final_box  # Tab leaves the note
    assert not dialog.final_edit.isEnabled()
    press(qtbot, Qt.Key.Key_Space)
    assert dialog.final_edit.isEnabled()
    press(qtbot, Qt.Key.Key_I, alt=True)
    qtbot.waitUntil(dialog.online_box.isChecked)  # a mnemonic clicks after a blink
    press(qtbot, Qt.Key.Key_T, alt=True)
    dialog.to_mentee_box.insertPlainText("Ты умеешь слушать — keep asking questions.")
    press(qtbot, Qt.Key.Key_M, alt=True)
    dialog.to_mentor_box.insertPlainText("Merci pour les simulations d'entretien.")
    press(qtbot, Qt.Key.Key_W, alt=True)
    qtbot.waitUntil(dialog.wait_box.isChecked)
    press(qtbot, Qt.Key.Key_D, alt=True)
    qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted)


def test_an_early_end_needs_its_reason_and_is_typed_by_keyboard(qtbot: QtBot) -> None:
    dialog = end_dialog()
    fill_early_end(qtbot, dialog)
    ending = dialog.ending()
    assert dialog.ending().id == ending.id  # the same record each time it is asked for
    assert ending.match_id == "match-1"
    assert (ending.ended_on, ending.kind, ending.ended_by) == (TODAY, EndKind.EARLY, EndedBy.MENTEE)
    assert ending.reason == "job"
    assert ending.note == "Starts at a bakery on Monday."
    assert (ending.final_meeting_on, ending.final_meeting_online) == (TODAY, True)
    assert ending.feedback_to_mentee == "Ты умеешь слушать — keep asking questions."
    assert ending.feedback_to_mentor == "Merci pour les simulations d'entretien."
    assert dialog.wait_again()


def test_a_planned_end_needs_no_reason_and_keeps_the_kind_chosen(qtbot: QtBot) -> None:
    dialog = end_dialog(today=date(2026, 9, 14))
    show_active(qtbot, dialog)
    assert dialog.planned.isChecked()  # after the planned end
    assert not dialog.ended_by.isEnabled()  # who decided matters for an early end
    dialog.day_edit.setDate(qdate(date(2026, 9, 1)))
    assert dialog.early.isChecked()  # the date says early…
    press(qtbot, Qt.Key.Key_P, alt=True)
    qtbot.waitUntil(dialog.planned.isChecked)
    dialog.day_edit.setDate(qdate(date(2026, 8, 28)))
    assert dialog.planned.isChecked()  # …until the coach says otherwise
    dialog.final_box.setChecked(True)
    assert dialog.final_edit.maximumDate() == qdate(date(2026, 8, 28))  # not after the end
    press(qtbot, Qt.Key.Key_D, alt=True)
    qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted)
    ending = dialog.ending()
    assert (ending.kind, ending.ended_by, ending.reason) == (EndKind.PLANNED, EndedBy.BOTH, "")
    assert ending.final_meeting_on == date(2026, 8, 28)
    assert not dialog.wait_again()


def test_the_end_date_is_neither_before_the_duo_nor_in_the_future(qtbot: QtBot) -> None:
    dialog = end_dialog()
    qtbot.addWidget(dialog)
    dialog.day_edit.setDate(qdate(date(2026, 1, 2)))
    assert dialog.day() == STARTED
    dialog.day_edit.setDate(qdate(date(2026, 12, 24)))
    assert dialog.day() == TODAY


def test_an_ending_shown_again_comes_back_unchanged_with_its_id(qtbot: QtBot) -> None:
    typed = Ending(
        match_id="match-1",
        ended_on=date(2026, 5, 4),
        kind=EndKind.EARLY,
        ended_by=EndedBy.COACH,
        reason="moved-abroad",  # no longer in the list: kept all the same
        note="Moved to Kraków.",
        final_meeting_on=date(2026, 4, 30),
        final_meeting_online=True,
        feedback_to_mentee="Keep the STAR method.",
        feedback_to_mentor="Dziękuję!",
    )
    dialog = end_dialog(ending=typed, wait_again=True)
    qtbot.addWidget(dialog)
    assert dialog.ending() == typed
    assert dialog.wait_again()


def test_an_ending_is_corrected_by_keyboard_with_its_day_and_id_kept(
    qtbot: QtBot, programme: Programme
) -> None:
    duo = make_duo(programme, validated_on=STARTED)
    stored = Ending(match_id=duo.match_id, ended_on=date(2026, 6, 1), kind=EndKind.PLANNED)
    end_duo(programme, duo.mentee_id, stored, wait_again=True, author=COACH, today=TODAY)
    dialog = end_dialog(match_id=duo.match_id, ending=stored, correcting=True)
    show_active(qtbot, dialog)
    assert dialog.windowTitle() == f"Change the ending — {NAMES}"
    assert not dialog.wait_box.isVisibleTo(dialog)  # decided when the duo ended
    assert not dialog.day_edit.isEnabled()  # a wrong day is reopened and ended again
    assert QApplication.focusWidget() is dialog.planned
    press(qtbot, Qt.Key.Key_F, alt=True)
    qtbot.waitUntil(dialog.final_box.isChecked)
    assert dialog.final_edit.maximumDate().toPython() == date(2026, 6, 1)
    dialog.final_edit.setDate(qdate(date(2026, 5, 28)))
    press(qtbot, Qt.Key.Key_M, alt=True)
    dialog.to_mentor_box.insertPlainText("Asante sana for the mock interviews.")
    assert dialog.save_button.text() == "&Save the changes"
    press(qtbot, Qt.Key.Key_S, alt=True)
    qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted)
    corrected = dialog.ending()
    assert corrected.id == stored.id
    correct_ending(programme, duo.mentee_id, corrected, author=COACH, today=TODAY)
    case = programme.cases.read(duo.mentee_id)
    (ending,) = case.endings
    assert (ending.ended_on, ending.final_meeting_on) == (date(2026, 6, 1), date(2026, 5, 28))
    assert ending.feedback_to_mentor == "Asante sana for the mock interviews."
    assert case.status is not None and case.status.status is Status.ACCEPTED  # still waits


def test_a_reopening_needs_its_reason(qtbot: QtBot) -> None:
    dialog = ReopenDialog(None, names=NAMES, ended_on=TODAY)
    show_active(qtbot, dialog)
    shown = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert "the mentor's place is taken again" in shown
    assert "The ending is kept in the history, marked as reopened." in shown
    assert QApplication.focusWidget() is dialog.reason_box
    press(qtbot, Qt.Key.Key_O, alt=True)
    qtbot.waitUntil(dialog.error.isVisible)
    assert dialog.isVisible()
    assert dialog.error.text() == (
        "Note why the duo is reopened: the reason is kept with the ending."
    )
    press(qtbot, Qt.Key.Key_R, alt=True)
    qtbot.keyClicks(QApplication.focusWidget(), "Ended on the wrong duo.")
    press(qtbot, Qt.Key.Key_O, alt=True)
    qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted)
    assert dialog.reason() == "Ended on the wrong duo."


def test_an_outcome_asks_about_a_job_only_when_employed(qtbot: QtBot) -> None:
    dialog = outcome_dialog()
    show_active(qtbot, dialog)
    assert dialog.due_label.text() == "due 20 Sep 2026"
    press(qtbot, Qt.Key.Key_Return)
    assert dialog.error.text().startswith("Choose the mentee's situation")
    assert not dialog.contract_combo.isEnabled()
    press(qtbot, Qt.Key.Key_E, alt=True)
    qtbot.waitUntil(dialog.contract_combo.isEnabled)
    assert dialog.level_combo.isEnabled() and dialog.sector_combo.isEnabled()
    press(qtbot, Qt.Key.Key_C, alt=True)
    press(qtbot, Qt.Key.Key_Down)  # not known → permanent
    press(qtbot, Qt.Key.Key_L, alt=True)
    press(qtbot, Qt.Key.Key_Down)  # not known → yes
    press(qtbot, Qt.Key.Key_S, alt=True)
    press(qtbot, Qt.Key.Key_Down)
    assert dialog.outcome().counts_as_employed
    press(qtbot, Qt.Key.Key_U, alt=True)
    qtbot.waitUntil(lambda: not dialog.contract_combo.isEnabled())
    assert not dialog.level_combo.isEnabled() and not dialog.sector_combo.isEnabled()
    outcome = dialog.outcome()
    assert outcome.situation is Situation.UNEMPLOYED
    assert (outcome.contract, outcome.at_level, outcome.in_desired_sector) == (
        Contract.NONE,
        None,
        None,
    )
    press(qtbot, Qt.Key.Key_T, alt=True)
    qtbot.waitUntil(dialog.sector_combo.isEnabled)  # a training has a sector…
    assert not dialog.contract_combo.isEnabled()  # …but no contract
    assert not dialog.level_combo.isEnabled()


def test_the_follow_up_moment_shows_when_it_is_due(qtbot: QtBot) -> None:
    dialog = outcome_dialog(ended_on=date(2026, 8, 31), months=6)
    qtbot.addWidget(dialog)
    assert dialog.months() == 6
    assert dialog.due_label.text() == "due 28 Feb 2027"
    dialog.months_combo.setCurrentIndex(0)
    assert dialog.due_label.text() == "due 30 Nov 2026"
    dialog.day_edit.setDate(qdate(date(2026, 8, 1)))
    assert dialog.day_edit.date() == qdate(date(2026, 8, 31))  # not before the end


def test_an_outcome_shown_again_comes_back_unchanged_with_its_id(qtbot: QtBot) -> None:
    typed = Outcome(
        match_id="match-1",
        months_after=6,
        recorded_on=date(2026, 9, 2),
        situation=Situation.EMPLOYED,
        contract=Contract.FIXED_TERM_SHORT,
        at_level=False,
        in_desired_sector=True,
        source=OutcomeSource.LINKEDIN,
        note="Warehouse planner, three-month contract.",
    )
    dialog = outcome_dialog(months=3, outcome=typed)
    qtbot.addWidget(dialog)
    assert dialog.outcome() == typed


# --- saved through the workflow -------------------------------------------------------------


def test_an_early_end_typed_in_the_dialog_is_saved_in_the_case_file(
    qtbot: QtBot, programme: Programme
) -> None:
    duo = make_duo(programme, validated_on=STARTED)
    dialog = end_dialog(match_id=duo.match_id)
    fill_early_end(qtbot, dialog)
    end_duo(
        programme,
        duo.mentee_id,
        dialog.ending(),
        wait_again=dialog.wait_again(),
        author=COACH,
        today=TODAY,
    )
    case = programme.cases.read(duo.mentee_id)
    (ending,) = case.endings
    assert ending.id == dialog.ending().id
    assert (ending.kind, ending.reason, ending.ended_by) == (EndKind.EARLY, "job", EndedBy.MENTEE)
    assert ending.feedback_to_mentee == "Ты умеешь слушать — keep asking questions."
    assert case.matches[0].state is MatchState.ENDED
    assert case.status is not None and case.status.status is Status.ACCEPTED  # waits again
    assert ending_line(ending, "Found a job") == (
        "Early end on 20 Jun 2026, decided by the mentee: Found a job"
    )


def test_a_duo_reopened_in_the_dialog_runs_again_and_can_end_again(
    qtbot: QtBot, programme: Programme
) -> None:
    duo = make_duo(programme, validated_on=STARTED)
    mistaken = Ending(match_id=duo.match_id, ended_on=date(2026, 6, 1), kind=EndKind.PLANNED)
    end_duo(programme, duo.mentee_id, mistaken, wait_again=False, author=COACH, today=TODAY)

    reopen = ReopenDialog(None, names=NAMES, ended_on=mistaken.ended_on)
    qtbot.addWidget(reopen)
    reopen.reason_box.insertPlainText("Ended the wrong duo of this mentor.")
    reopen.save_button.click()
    assert reopen.result() == QDialog.DialogCode.Accepted
    reopen_duo(
        programme,
        duo.mentee_id,
        duo.match_id,
        reason=reopen.reason(),
        author=COACH,
        today=TODAY,
    )
    case = programme.cases.read(duo.mentee_id)
    assert case.matches[0].state is MatchState.DUO
    assert case.endings[0].reopened_on == TODAY
    assert case.endings[0].reopen_reason == "Ended the wrong duo of this mentor."
    assert ending_line(case.endings[0], "") == (
        "Planned end on 1 Jun 2026 — reopened on 20 Jun 2026"
    )

    again = end_dialog(match_id=duo.match_id, today=date(2026, 9, 12))
    qtbot.addWidget(again)
    assert again.planned.isChecked()
    again.save_button.click()
    end_duo(
        programme,
        duo.mentee_id,
        again.ending(),
        wait_again=again.wait_again(),
        author=COACH,
        today=date(2026, 9, 12),
    )
    case = programme.cases.read(duo.mentee_id)
    assert sorted((item.ended_on, item.reopened_on) for item in case.endings) == [
        (date(2026, 6, 1), TODAY),
        (date(2026, 9, 12), None),
    ]
    assert case.matches[0].ended_on == date(2026, 9, 12)
    assert case.status is not None and case.status.status is Status.ENDED


def test_an_outcome_typed_in_the_dialog_is_saved_in_the_case_file(
    qtbot: QtBot, programme: Programme
) -> None:
    duo = make_duo(programme, validated_on=STARTED)
    ending = Ending(match_id=duo.match_id, ended_on=PLANNED_END)
    end_duo(programme, duo.mentee_id, ending, wait_again=False, author=COACH, today=PLANNED_END)
    learned = date(2026, 12, 14)

    dialog = outcome_dialog(match_id=duo.match_id, ended_on=PLANNED_END, today=learned, months=3)
    qtbot.addWidget(dialog)
    assert dialog.due_label.text() == "due 10 Dec 2026"
    dialog.situations[Situation.EMPLOYED].setChecked(True)
    dialog.contract_combo.setCurrentIndex(dialog.contract_combo.findData(Contract.FIXED_TERM_LONG))
    dialog.level_combo.setCurrentIndex(dialog.level_combo.findData(True))
    dialog.sector_combo.setCurrentIndex(dialog.sector_combo.findData(False))
    dialog.source_combo.setCurrentIndex(dialog.source_combo.findData(OutcomeSource.EMAIL))
    dialog.note_box.insertPlainText("Logistics coordinator at a port company, 9 months.")
    dialog.save_button.click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    save_outcome(programme, duo.mentee_id, dialog.outcome(), author=COACH, today=learned)

    (outcome,) = programme.cases.read(duo.mentee_id).outcomes
    assert (outcome.months_after, outcome.recorded_on) == (3, learned)
    assert outcome.counts_as_employed
    assert (outcome.at_level, outcome.in_desired_sector) == (True, False)
    assert outcome_line(outcome) == (
        "3 months: Employed, fixed term of 6 months or more, at the right level, "
        "not in the desired sector — learned 14 Dec 2026 (E-mail)"
    )


@given(
    situation=st.sampled_from(Situation),
    contract=st.sampled_from(Contract),
    at_level=st.sampled_from([None, True, False]),
)
def test_an_outcome_line_speaks_of_a_job_only_for_the_employed(
    qapp: QApplication, situation: Situation, contract: Contract, at_level: bool | None
) -> None:
    line = outcome_line(
        Outcome(
            match_id="match-1",
            months_after=9,
            recorded_on=date(2027, 3, 22),
            situation=situation,
            contract=contract,
            at_level=at_level,
        )
    )
    assert line.startswith("9 months: ")
    job_words = ("contract" in line or "fixed term" in line, "level" in line)
    if situation is not Situation.EMPLOYED:
        assert job_words == (False, False)
    else:
        assert job_words == (contract is not Contract.NONE, at_level is not None)
