"""The months of an outcome follow-up: a new follow-up chooses them, a stored one keeps them,
so correcting the 3-month outcome never turns it into the 6-month one and loses it."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from desktop.screens.outcome_dialog import OutcomeDialog
from desktop.workflows.duo import end_duo, save_outcome
from storage.duo_records import Contract, Ending, Outcome, OutcomeSource, Situation
from storage.programme import Programme
from tests.duo_helpers import COACH, make_duo

NAMES = "Farida Haddad & Tomás Ferreira"
ENDED = date(2026, 9, 10)
TODAY = date(2027, 3, 15)


def open_dialog(
    qtbot: QtBot, *, months: int = 3, outcome: Outcome | None = None, match_id: str = "match-1"
) -> OutcomeDialog:
    """The dialog shown as `exec` would, with the keyboard in it."""
    dialog = OutcomeDialog(
        None,
        match_id=match_id,
        names=NAMES,
        today=TODAY,
        ended_on=ENDED,
        months=months,
        outcome=outcome,
    )
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def choose_months(qtbot: QtBot, dialog: OutcomeDialog, months: int) -> None:
    """Go to the months with its mnemonic and press Down until `months` shows, as a coach
    would; a combo that cannot change stays as it is."""
    focus = QApplication.focusWidget()
    assert focus is not None
    qtbot.keyClick(focus, Qt.Key.Key_F, Qt.KeyboardModifier.AltModifier)
    for _ in range(3):
        if dialog.months() == months:
            break
        qtbot.keyClick(dialog.months_combo, Qt.Key.Key_Down)


def stored_outcome(match_id: str = "match-1") -> Outcome:
    """A 3-month outcome as the case file holds it."""
    return Outcome(
        match_id=match_id,
        months_after=3,
        recorded_on=date(2026, 12, 14),
        situation=Situation.EMPLOYED,
        contract=Contract.PERMANENT,
        at_level=True,
        in_desired_sector=True,
        source=OutcomeSource.CALL,
        note="Dispatcher at a bus company in Porto.",
    )


def test_a_new_follow_up_chooses_its_months(qtbot: QtBot) -> None:
    dialog = open_dialog(qtbot)
    assert dialog.months_combo.isEnabled()
    assert QApplication.focusWidget() is dialog.months_combo
    choose_months(qtbot, dialog, 6)
    assert dialog.due_label.text() == "due 10 Mar 2027"
    dialog.situations[Situation.UNEMPLOYED].setChecked(True)
    dialog.save_button.click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.outcome().months_after == 6


def test_a_stored_follow_up_keeps_its_months(qtbot: QtBot) -> None:
    stored = stored_outcome()
    dialog = open_dialog(qtbot, months=6, outcome=stored)
    assert not dialog.months_combo.isEnabled()
    assert dialog.months_combo.toolTip() == (
        "A follow-up keeps its month: record another month as a new follow-up."
    )
    assert QApplication.focusWidget() is dialog.day_edit  # the first field that can change
    choose_months(qtbot, dialog, 6)
    assert dialog.due_label.text() == "due 10 Dec 2026"
    dialog.save_button.click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.outcome().months_after == 3
    assert dialog.outcome() == stored


def test_recording_3_then_6_months_keeps_both(qtbot: QtBot, programme: Programme) -> None:
    duo = make_duo(programme, validated_on=date(2026, 3, 10))
    ending = Ending(match_id=duo.match_id, ended_on=ENDED)
    end_duo(programme, duo.mentee_id, ending, wait_again=False, author=COACH, today=ENDED)
    first = stored_outcome(duo.match_id)
    save_outcome(programme, duo.mentee_id, first, author=COACH, today=TODAY)
    (three,) = programme.cases.read(duo.mentee_id).outcomes

    # The coach opens the stored 3-month outcome and tries to make it the 6-month one.
    again = open_dialog(qtbot, months=3, outcome=three, match_id=duo.match_id)
    choose_months(qtbot, again, 6)
    again.situations[Situation.TRAINING].setChecked(True)
    again.save_button.click()
    save_outcome(programme, duo.mentee_id, again.outcome(), author=COACH, today=TODAY)
    (corrected,) = programme.cases.read(duo.mentee_id).outcomes
    assert (corrected.id, corrected.months_after) == (three.id, 3)
    assert corrected.situation is Situation.TRAINING

    # Six months is a new follow-up of its own.
    six = open_dialog(qtbot, months=6, match_id=duo.match_id)
    six.situations[Situation.EMPLOYED].setChecked(True)
    six.note_box.insertPlainText("Still at the bus company; now a planner.")
    six.save_button.click()
    save_outcome(programme, duo.mentee_id, six.outcome(), author=COACH, today=TODAY)
    outcomes = sorted(programme.cases.read(duo.mentee_id).outcomes, key=lambda o: o.months_after)
    assert [(item.months_after, item.situation) for item in outcomes] == [
        (3, Situation.TRAINING),
        (6, Situation.EMPLOYED),
    ]
    assert outcomes[0].id == three.id and outcomes[1].id != three.id
    assert outcomes[1].note == "Still at the bus company; now a planner."
