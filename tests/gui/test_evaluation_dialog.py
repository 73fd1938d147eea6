"""The evaluation form, made from a question set and filled in with the keyboard."""

from __future__ import annotations

import dataclasses
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QCheckBox, QDialog, QLabel, QPlainTextEdit, QWidget
from pytestqt.qtbot import QtBot

from desktop.screens.evaluation_dialog import EvaluationDialog
from desktop.workflows.evaluations import stored_set
from storage.duo_records import Evaluation, EvaluationKind, Respondent
from storage.programme import Programme
from storage.question_sets import (
    NONE_OF_THE_ABOVE,
    NOT_APPLICABLE,
    current_question_set,
    default_question_set,
    save_question_set,
)
from tests.gui.test_first_run import press, show, type_text

TODAY = date(2026, 9, 20)
FIRST_MEETING = date(2026, 3, 10)
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
NAMES = "Amani Okonkwo-Dubois and Ingrid Vandersteen"


def open_form(qtbot: QtBot, code: str = "final-mentee", **kwargs: object) -> EvaluationDialog:
    respondent = {"final-mentee": Respondent.MENTEE, "final-mentor": Respondent.MENTOR}[code]
    dialog = EvaluationDialog(
        None,
        question_set=default_question_set(code),
        match_id="match-1",
        kind=EvaluationKind.FINAL,
        respondent=respondent,
        names=NAMES,
        today=TODAY,
        earliest=FIRST_MEETING,
        **kwargs,  # type: ignore[arg-type]
    )
    qtbot.addWidget(dialog)
    show(qtbot, dialog)
    return dialog


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert isinstance(widget, QWidget)
    return widget


def tab(qtbot: QtBot, times: int = 1) -> None:
    for _ in range(times):
        press(qtbot, Qt.Key.Key_Tab)


def choices(dialog: EvaluationDialog, code: str) -> list[QWidget]:
    """The radio buttons or boxes of one question, as shown."""
    return dialog.answers[code].widgets


def test_fill_a_final_evaluation_with_the_keyboard(qtbot: QtBot) -> None:
    dialog = open_form(qtbot)
    assert dialog.windowTitle() == f"Final evaluation — mentee — {NAMES}"
    assert dialog.day_edit.date().toPython() == TODAY

    # A scale: the keyboard starts at its first point; arrows move, Space chooses; once
    # chosen, the arrows change the answer.
    satisfaction = choices(dialog, "process-satisfaction")
    assert focused() is satisfaction[0]
    press(qtbot, Qt.Key.Key_Right)
    press(qtbot, Qt.Key.Key_Right)
    press(qtbot, Qt.Key.Key_Space)
    press(qtbot, Qt.Key.Key_Right)
    assert focused() is satisfaction[3]

    # The next question is one Tab away; its "not used" comes after the five points.
    tab(qtbot)
    orientation = choices(dialog, "process-orientation")
    assert focused() is orientation[0]
    assert orientation[-1].text() == "Not used"
    for _ in range(5):
        press(qtbot, Qt.Key.Key_Right)
    press(qtbot, Qt.Key.Key_Space)

    tab(qtbot, 4)  # the guide, the handbook, the coach, then "contact you every month"
    monthly = choices(dialog, "coach-monthly")
    assert [button.text() for button in monthly] == ["No", "Sometimes", "Yes"]
    press(qtbot, Qt.Key.Key_Right)
    press(qtbot, Qt.Key.Key_Space)

    tab(qtbot, 13)  # "answered within two days", then the goals up to the network
    network_goal = choices(dialog, "goal-network")
    assert focused() is network_goal[0]
    press(qtbot, Qt.Key.Key_Space)
    press(qtbot, Qt.Key.Key_Right)  # chosen 1, now 2

    # The checklist: each box is a stop; "none of the above" unticks the others.
    tab(qtbot, 4)
    network = choices(dialog, "network")
    assert focused() is network[0]
    press(qtbot, Qt.Key.Key_Space)
    tab(qtbot, 2)
    press(qtbot, Qt.Key.Key_Space)
    assert dialog.answered()["network"] == ["network-introduced", "network-events"]
    tab(qtbot, 4)
    none = focused()
    assert isinstance(none, QCheckBox) and none.text() == "None of the above"
    press(qtbot, Qt.Key.Key_Space)
    assert dialog.answered()["network"] == [NONE_OF_THE_ABOVE]
    assert not any(box.isChecked() for box in network[:-1])  # type: ignore[attr-defined]
    press(qtbot, Qt.Key.Key_Tab, SHIFT)
    press(qtbot, Qt.Key.Key_Space)  # a real way after all: "none" is unticked
    assert dialog.answered()["network"] == ["network-online"]

    tab(qtbot, 2)
    message = dialog.answers["message-to-mentor"].widgets[0]
    assert focused() is message
    assert not message.visibleRegion().isEmpty()  # the form scrolled down to it
    type_text(qtbot, "Thank you for the coffees. ")
    assert isinstance(message, QPlainTextEdit)
    message.insertPlainText("Dank je wel, Ingrid — شكرا")
    tab(qtbot)
    assert focused() is dialog.answers["suggestions"].widgets[0]  # Tab leaves a text box

    with qtbot.waitSignal(dialog.accepted):
        press(qtbot, Qt.Key.Key_Return, CTRL)
    assert dialog.result() == QDialog.DialogCode.Accepted
    evaluation = dialog.evaluation()
    assert (evaluation.match_id, evaluation.kind, evaluation.respondent) == (
        "match-1",
        EvaluationKind.FINAL,
        Respondent.MENTEE,
    )
    assert (evaluation.question_set, evaluation.question_set_version) == ("final-mentee", 1)
    assert evaluation.answered_on == TODAY
    assert evaluation.answers == {
        "process-satisfaction": 4,
        "process-orientation": NOT_APPLICABLE,
        "coach-monthly": "sometimes",
        "goal-network": 2,
        "network": ["network-online"],
        "message-to-mentor": "Thank you for the coffees. Dank je wel, Ingrid — شكرا",
    }


def test_delete_takes_an_answer_back(qtbot: QtBot) -> None:
    dialog = open_form(qtbot)
    press(qtbot, Qt.Key.Key_Space)
    assert dialog.answered() == {"process-satisfaction": 1}
    press(qtbot, Qt.Key.Key_Delete)
    assert dialog.answered() == {}
    press(qtbot, Qt.Key.Key_Right)  # nothing is chosen again until Space
    assert dialog.answered() == {}


def test_enter_alone_does_not_save_and_an_empty_form_is_not_saved(qtbot: QtBot) -> None:
    dialog = open_form(qtbot)
    press(qtbot, Qt.Key.Key_Return)
    assert dialog.isVisible()
    press(qtbot, Qt.Key.Key_Return, CTRL)
    assert dialog.isVisible()
    assert dialog.error.text() == "Answer at least one question before saving."
    press(qtbot, Qt.Key.Key_Tab, SHIFT)
    assert focused() is dialog.day_edit  # before the questions
    choices(dialog, "goal-network")[0].setFocus()
    press(qtbot, Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)  # "Answered on"
    assert focused() is dialog.day_edit


def test_a_stored_evaluation_is_shown_and_comes_back_unchanged(qtbot: QtBot) -> None:
    stored = Evaluation(
        match_id="match-1",
        kind=EvaluationKind.FINAL,
        respondent=Respondent.MENTOR,
        answered_on=date(2026, 9, 2),
        question_set="final-mentor",
        question_set_version=1,
        answers={
            "process-handbook": NOT_APPLICABLE,
            "coach-answered": "yes",
            "mentor-hire": 3,
            "mentor-intercultural": 4,
            "message-to-mentee": "Veel succes, Amani!\nГарного дня.",
        },
    )
    dialog = open_form(qtbot, "final-mentor", evaluation=stored)
    assert "Final evaluation — mentor" in dialog.windowTitle()
    hire = choices(dialog, "mentor-hire")
    assert [button.text() for button in hire] == ["1", "2", "3", "4"]
    assert hire[2].isChecked()  # type: ignore[attr-defined]
    assert not any(b.isChecked() for b in choices(dialog, "mentor-satisfaction"))  # type: ignore[attr-defined]
    # Tab comes to the answer given, not to the first point.
    dialog.answers["process-satisfaction"].widgets[0].setFocus()
    for _ in range(3):
        press(qtbot, Qt.Key.Key_Tab)  # the orientation, the guide, the handbook
    assert focused() is choices(dialog, "process-handbook")[-1]  # "Not used"
    tab(qtbot, 4)  # the coach, "every month", "answered within two days", then a 1-4 scale
    assert focused() is choices(dialog, "mentor-workplace-adapting")[0]  # unanswered
    again = dialog.evaluation()
    assert again == stored  # same id, date, set, version and answers

    dialog.day_edit.setDate(dialog.day_edit.minimumDate())
    assert dialog.evaluation().answered_on == FIRST_MEETING
    assert dialog.evaluation().id == stored.id


def test_the_form_fits_a_small_laptop_screen(qtbot: QtBot) -> None:
    dialog = open_form(qtbot)
    assert dialog.width() <= 1366 and dialog.height() <= 768 - 40
    assert dialog.scroll.verticalScrollBar().maximum() > 0  # the questions scroll


def test_an_old_evaluation_shows_the_questions_it_was_answered_with(
    qtbot: QtBot, programme: Programme
) -> None:
    first = current_question_set(programme, "final-mentee")
    reworded = tuple(
        dataclasses.replace(q, text="The handbook for mentees, on paper or online")
        if q.code == "process-handbook"
        else q
        for q in first.questions
    )
    save_question_set(programme, dataclasses.replace(first, questions=reworded), author="c")
    old = Evaluation(
        match_id="match-1",
        kind=EvaluationKind.FINAL,
        respondent=Respondent.MENTEE,
        answered_on=date(2026, 9, 2),
        question_set="final-mentee",
        question_set_version=1,
        answers={"process-handbook": 2},
    )
    dialog = EvaluationDialog(
        None,
        question_set=stored_set(programme, old),
        match_id="match-1",
        kind=EvaluationKind.FINAL,
        respondent=Respondent.MENTEE,
        names=NAMES,
        today=TODAY,
        earliest=FIRST_MEETING,
        evaluation=old,
    )
    qtbot.addWidget(dialog)
    texts = [label.text() for label in dialog.findChildren(QLabel)]
    assert any("Final evaluation: mentee, version 1." in text for text in texts)
    assert "4. The handbook" in texts
    assert not any("on paper or online" in text for text in texts)
    assert dialog.evaluation().answers == {"process-handbook": 2}
