"""What the Duo tab's dialogs keep and say: a refused reopening or a refused new outcome
opens again with what was typed (a new outcome's month still open), and evaluations and
outcome follow-ups warn when the person did not consent to be contacted for them."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QWidget
from pytestqt.qtbot import QtBot

from desktop.context import AppContext
from desktop.screens.case_duo_data import DuoFacts
from desktop.screens.case_duo_sections import EVALUATIONS, EvaluationsSection, OutcomesSection
from desktop.screens.case_view import CaseView
from desktop.screens.case_words import CaseWords
from desktop.screens.ending_dialog import ReopenDialog
from desktop.screens.evaluation_dialog import EvaluationDialog
from desktop.screens.outcome_dialog import OutcomeDialog
from desktop.session import Session
from desktop.workflows import duo as workflow
from storage.duo_records import (
    OUTCOME_MONTHS,
    Ending,
    EndKind,
    EvaluationKind,
    Respondent,
    Situation,
)
from storage.programme import Programme
from storage.question_sets import default_question_set
from storage.records import Consent, Match, Role, StaffMember, Status, StatusChange
from tests.duo_helpers import Duo, make_duo
from tests.gui.fakes import ScriptedDialogs
from tests.helpers import fictional_participant

VALIDATED = date(2026, 3, 10)
ENDED = date(2026, 6, 15)
TODAY = date(2026, 9, 20)  # the 3-month follow-up is due
NAMES = "Oluwaseun Adébáyò and Mirela Popescu"
NO_CONSENT = " (no consent to be contacted)"


@pytest.fixture
def pair(programme: Programme, coach: StaffMember) -> Duo:
    """A duo validated on 10 March and ended as planned on 15 June; both consented."""
    made = make_duo(
        programme,
        mentee=("Oluwaseun", "Adébáyò"),
        mentor=("Mirela", "Popescu"),
        validated_on=VALIDATED,
        coach=coach.id,
    )
    workflow.end_duo(
        programme,
        made.mentee_id,
        Ending(match_id=made.match_id, ended_on=ENDED, kind=EndKind.PLANNED, reason="planned-end"),
        wait_again=False,
        author=coach.id,
        today=ENDED,
    )
    return made


def withdraw_consent(programme: Programme, case_id: str, on: date = date(2026, 5, 2)) -> None:
    """The person withdrew their consent to be contacted for evaluations."""
    with programme.cases.edit(case_id, author="") as edit:
        for consent in edit.find(Consent):
            edit.update(dataclasses.replace(consent, withdrawn_on=on))
    programme.index.refresh(programme.cases)


def open_view(qtbot: QtBot, session: Session, context: AppContext, case_id: str) -> CaseView:
    """The case view on its Duo tab, shown and active."""
    view = CaseView(session, context, case_id, today=lambda: TODAY)
    qtbot.addWidget(view)
    view.resize(1366, 768)
    view.show_duo()
    activate(qtbot, view)
    return view


def activate(qtbot: QtBot, window: QWidget) -> None:
    """Show a window as `exec` would, active, with the keyboard in it."""
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)


def click(qtbot: QtBot, button: QWidget) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def accepted(dialog: QDialog) -> bool:
    return dialog.result() == QDialog.DialogCode.Accepted


def cancel(dialog: QDialog) -> bool:
    dialog.reject()
    return False


# --- a refused save keeps what was typed -----------------------------------------------------


def test_a_refused_reopening_opens_again_with_the_reason_typed(
    qtbot: QtBot,
    programme: Programme,
    session: Session,
    context: AppContext,
    dialogs: ScriptedDialogs,
    pair: Duo,
) -> None:
    other_mentor = programme.cases.create(
        fictional_participant("Kenji", "Watanabe", role=Role.MENTOR),
        author="",
        records=[StatusChange(status=Status.ACCEPTED, since=date(2026, 1, 5))],
    )
    with programme.cases.edit(pair.mentee_id, author="") as edit:
        edit.add(Match(mentor_id=other_mentor, proposed_on=date(2026, 7, 1)))
    programme.index.refresh(programme.cases)
    view = open_view(qtbot, session, context, pair.mentee_id)
    reason = "Ended by mistake: the job fell through — 工作取消了"

    def reopen(dialog: QDialog) -> bool:
        assert isinstance(dialog, ReopenDialog)
        assert dialog.reason() == ""
        dialog.reason_box.insertPlainText(reason)
        click(qtbot, dialog.save_button)
        return accepted(dialog)

    def again(dialog: QDialog) -> bool:
        assert isinstance(dialog, ReopenDialog)
        assert dialog.reason_box.toPlainText() == reason  # nothing typed is lost
        return cancel(dialog)

    dialogs.handlers.extend([reopen, again])
    click(qtbot, view.duo.ending.reopen_button)
    assert dialogs.messages("error") == [
        "This mentee has a new match since the duo ended. Decline or end that match first, "
        "then reopen this duo."
    ]
    assert dialogs.handlers == []
    assert programme.cases.read(pair.mentee_id).matches[0].ended_on == ENDED


def test_a_refused_new_outcome_keeps_its_month_open_and_a_stored_one_keeps_its_own(
    qtbot: QtBot,
    programme: Programme,
    session: Session,
    context: AppContext,
    dialogs: ScriptedDialogs,
    pair: Duo,
) -> None:
    view = open_view(qtbot, session, context, pair.mentee_id)
    outcomes = view.duo.outcomes

    def six_months_too_early(dialog: QDialog) -> bool:
        assert isinstance(dialog, OutcomeDialog)
        dialog.months_combo.setCurrentIndex(dialog.months_combo.findData(6))
        dialog.situations[Situation.TRAINING].setChecked(True)
        dialog.note_box.insertPlainText("Formation de soudeuse à Liège")
        click(qtbot, dialog.save_button)
        return accepted(dialog)

    def back_to_three(dialog: QDialog) -> bool:
        assert isinstance(dialog, OutcomeDialog)
        assert dialog.months_combo.isEnabled()  # a new follow-up: its month can change
        assert dialog.months() == 6
        assert dialog.situation() is Situation.TRAINING
        assert dialog.note_box.toPlainText() == "Formation de soudeuse à Liège"
        dialog.months_combo.setCurrentIndex(dialog.months_combo.findData(3))
        click(qtbot, dialog.save_button)
        return accepted(dialog)

    dialogs.handlers.extend([six_months_too_early, back_to_three])
    click(qtbot, outcomes.record_button)
    assert dialogs.messages("error")[0].startswith("The follow-up 6 months after the end is due")
    stored = programme.cases.read(pair.mentee_id).outcomes
    assert [(o.months_after, o.situation) for o in stored] == [(3, Situation.TRAINING)]

    def correct(dialog: QDialog) -> bool:
        assert isinstance(dialog, OutcomeDialog)
        assert not dialog.months_combo.isEnabled()  # stored: it keeps its month
        assert dialog.months() == 3
        return cancel(dialog)

    dialogs.handlers.append(correct)
    outcomes.table.select_row(0)
    click(qtbot, outcomes.record_button)
    assert dialogs.handlers == []


# --- consent to be contacted ----------------------------------------------------------------


def evaluation_dialog(qtbot: QtBot, respondent: Respondent, *, consented: bool) -> EvaluationDialog:
    code = {Respondent.MENTEE: "final-mentee", Respondent.MENTOR: "final-mentor"}
    dialog = EvaluationDialog(
        None,
        question_set=default_question_set(code.get(respondent, "coach")),
        match_id="match-1",
        kind=EvaluationKind.FINAL,
        respondent=respondent,
        names=NAMES,
        today=TODAY,
        earliest=VALIDATED,
        consented=consented,
    )
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def outcome_dialog(qtbot: QtBot, *, consented: bool) -> OutcomeDialog:
    dialog = OutcomeDialog(
        None,
        match_id="match-1",
        names=NAMES,
        today=TODAY,
        ended_on=ENDED,
        months=3,
        consented=consented,
    )
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


@pytest.mark.parametrize(
    ("respondent", "consented", "warning"),
    [
        (
            Respondent.MENTEE,
            False,
            "The mentee has not consented to be contacted for evaluations: record only what "
            "they gave of their own accord.",
        ),
        (
            Respondent.MENTOR,
            False,
            "The mentor has not consented to be contacted for evaluations: record only what "
            "they gave of their own accord.",
        ),
        (Respondent.MENTEE, True, None),
        (Respondent.MENTOR, True, None),
        (Respondent.COACH, False, None),  # the coach's own view needs no consent
    ],
)
def test_an_evaluation_warns_when_its_respondent_did_not_consent(
    qtbot: QtBot, respondent: Respondent, consented: bool, warning: str | None
) -> None:
    dialog = evaluation_dialog(qtbot, respondent, consented=consented)
    assert dialog.warning.isVisible() is (warning is not None)
    if warning is not None:
        assert dialog.warning.text() == warning
    # Recording stays possible: the person may have answered of their own accord.
    assert dialog.save_button.isEnabled()


@pytest.mark.parametrize("consented", [False, True])
def test_an_outcome_warns_when_the_mentee_did_not_consent(qtbot: QtBot, consented: bool) -> None:
    dialog = outcome_dialog(qtbot, consented=consented)
    assert dialog.warning.isVisible() is not consented
    if not consented:
        assert dialog.warning.text().startswith(
            "The mentee has not consented to be contacted for outcome follow-ups"
        )
    dialog.situations[Situation.UNEMPLOYED].setChecked(True)
    click(qtbot, dialog.save_button)
    assert accepted(dialog)


def test_the_duo_tab_warns_of_the_mentee_who_withdrew_their_consent(
    qtbot: QtBot,
    programme: Programme,
    session: Session,
    context: AppContext,
    dialogs: ScriptedDialogs,
    pair: Duo,
) -> None:
    withdraw_consent(programme, pair.mentee_id)
    view = open_view(qtbot, session, context, pair.mentee_id)
    warnings: list[bool] = []

    def seen(dialog: QDialog) -> bool:
        assert isinstance(dialog, EvaluationDialog | OutcomeDialog)
        warnings.append(dialog.warning.isVisibleTo(dialog))
        return cancel(dialog)

    evaluations = view.duo.evaluations
    for respondent in (Respondent.MENTEE, Respondent.MENTOR):
        row = EVALUATIONS.index((EvaluationKind.FINAL, respondent))
        evaluations.table.select_row(row)
        dialogs.handlers.append(seen)
        click(qtbot, evaluations.open_button)
    dialogs.handlers.append(seen)
    click(qtbot, view.duo.outcomes.record_button)
    assert warnings == [True, False, True]  # the mentee's evaluation, the mentor's, the outcome


def test_the_duo_tab_warns_of_the_mentor_who_withdrew_their_consent(
    qtbot: QtBot,
    programme: Programme,
    session: Session,
    context: AppContext,
    dialogs: ScriptedDialogs,
    pair: Duo,
) -> None:
    withdraw_consent(programme, pair.mentor_id)
    view = open_view(qtbot, session, context, pair.mentee_id)
    warnings: list[bool] = []

    def seen(dialog: QDialog) -> bool:
        assert isinstance(dialog, EvaluationDialog)
        warnings.append(dialog.warning.isVisibleTo(dialog))
        return cancel(dialog)

    evaluations = view.duo.evaluations
    for respondent in (Respondent.MENTEE, Respondent.MENTOR, Respondent.COACH):
        evaluations.table.select_row(EVALUATIONS.index((EvaluationKind.FINAL, respondent)))
        dialogs.handlers.append(seen)
        click(qtbot, evaluations.open_button)
    assert warnings == [False, True, False]


def facts_of(programme: Programme, pair: Duo) -> DuoFacts:
    facts = DuoFacts.of(
        programme.cases.read(pair.mentee_id), CaseWords.read(programme), programme, TODAY
    )
    assert facts is not None
    return facts


def test_the_rows_of_those_without_consent_are_marked(
    qtbot: QtBot, programme: Programme, pair: Duo
) -> None:
    assert facts_of(programme, pair).without_consent == frozenset()
    withdraw_consent(programme, pair.mentee_id)
    facts = facts_of(programme, pair)
    assert facts.without_consent == {Respondent.MENTEE}
    assert not facts.consented(Respondent.MENTEE)

    section = EvaluationsSection()
    qtbot.addWidget(section)
    section.show_evaluations(
        facts.evaluations, EvaluationKind.FINAL, without_consent=facts.without_consent
    )
    states = {
        section.model.item(row): section.model.index(row, 1).data()
        for row in range(section.model.rowCount())
    }
    assert states[(EvaluationKind.FINAL, Respondent.MENTEE)] == "not yet" + NO_CONSENT
    assert states[(EvaluationKind.INTERIM, Respondent.MENTEE)] == "not yet" + NO_CONSENT
    assert states[(EvaluationKind.FINAL, Respondent.MENTOR)] == "not yet"
    assert states[(EvaluationKind.FINAL, Respondent.COACH)] == "not yet"

    outcomes = OutcomesSection()
    qtbot.addWidget(outcomes)
    due = {months: date(2026, 9, 15) for months in OUTCOME_MONTHS}
    outcomes.show_outcomes(due, [], 3, consented=facts.consented(Respondent.MENTEE))
    assert outcomes.model.index(0, 1).data() == "due on 15 Sep 2026" + NO_CONSENT
    outcomes.show_outcomes(due, [], 3)
    assert outcomes.model.index(0, 1).data() == "due on 15 Sep 2026"


def test_a_consent_given_again_is_asked_again(programme: Programme, pair: Duo) -> None:
    withdraw_consent(programme, pair.mentee_id)
    with programme.cases.edit(pair.mentee_id, author="") as edit:
        edit.add(Consent(purpose="evaluation", given_on=date(2026, 8, 1), text_version="2"))
    assert facts_of(programme, pair).consented(Respondent.MENTEE)
