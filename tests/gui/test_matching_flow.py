"""One pair walked through the whole application: from the waiting mentee's case to the
suggestions, the side-by-side review, the proposal, and each step up to a validated duo;
and a pair declined by the mentor, never suggested again."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from desktop.context import AppContext
from desktop.main_window import MainWindow
from desktop.screens.case_view import CaseView
from desktop.screens.match_step_dialog import AnswerDialog
from desktop.session import Session
from storage.programme import Programme
from storage.records import JobTarget, LanguageSkill, MatchState, Role, Status, StatusChange
from tests.gui.fakes import ScriptedDialogs
from tests.helpers import fictional_participant


@pytest.fixture
def people(programme: Programme, session: Session) -> dict[str, str]:
    """A waiting nurse, a nurse mentor nearby, and a mentor from another field."""
    author = session.user_id

    def accepted(since: date) -> list[StatusChange]:
        return [StatusChange(status=Status.ACCEPTED, since=since)]

    def speaks() -> list[LanguageSkill]:
        return [LanguageSkill(language="nl", level="B1"), LanguageSkill(language="en", level="C1")]

    mentee = programme.cases.create(
        fictional_participant("Wanjiru", "Kamau", postcode="2060", municipality="Antwerpen"),
        author=author,
        records=[
            *accepted(date(2026, 1, 12)),
            *speaks(),
            JobTarget(position=1, sector="Q", occupation="22"),
        ],
    )
    nurse = programme.cases.create(
        fictional_participant(
            "Marleen",
            "Verhoeven-Achterberg",
            role=Role.MENTOR,
            capacity=1,
            postcode="2018",
            short_profile="Head nurse in a city hospital; likes long walks.",
        ),
        author=author,
        records=[*accepted(date(2025, 11, 3)), *speaks(), JobTarget(sector="Q", occupation="22")],
    )
    builder = programme.cases.create(
        fictional_participant(
            "Tomasz", "Wiśniewski", role=Role.MENTOR, capacity=1, postcode="9000"
        ),
        author=author,
        records=[*accepted(date(2025, 11, 3)), *speaks(), JobTarget(sector="F", occupation="71")],
    )
    session.refresh_index()
    return {"mentee": mentee, "nurse": nurse, "builder": builder}


def _window(qtbot: QtBot, context: AppContext, session: Session) -> MainWindow:
    window = MainWindow(context, session)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    return window


def _suggested(window: MainWindow) -> list[str]:
    model = window.matching_screen().suggestions.ranking.suggestion_model
    return [model.index(row, 1).data() for row in range(model.rowCount())]


def _answer(qtbot: QtBot, *, yes: bool, reason: str = "") -> object:
    def handle(dialog: QDialog) -> bool:
        assert isinstance(dialog, AnswerDialog)
        if not yes:
            dialog.no.setChecked(True)
            qtbot.keyClicks(dialog.reason_box, reason)
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        return dialog.result() == QDialog.DialogCode.Accepted

    return handle


def test_from_a_waiting_mentee_to_a_validated_duo(
    qtbot: QtBot,
    programme: Programme,
    session: Session,
    context: AppContext,
    dialogs: ScriptedDialogs,
    people: dict[str, str],
) -> None:
    window = _window(qtbot, context, session)
    view = window.open_case(people["mentee"])
    assert isinstance(view, CaseView)
    view.tabs.setCurrentWidget(view.match)
    qtbot.mouseClick(view.match.find_button, Qt.MouseButton.LeftButton)

    # The matching screen opens on this mentee, the nurse ranked first with her reasons.
    screen = window.matching_screen()
    assert window.tabs.currentWidget() is window.matching_tab
    assert _suggested(window)[:2] == ["Marleen Verhoeven-Achterberg", "Tomasz Wiśniewski"]
    breakdown = screen.suggestions.ranking.breakdown_model
    reasons = [breakdown.index(row, 2).data() for row in range(breakdown.rowCount())]
    assert "Same occupation: Health professionals" in reasons

    # The side-by-side review shows what the mentee will get: the short profile only.
    review = window.open_review(people["mentee"], people["nurse"])
    assert review is not None
    assert "Head nurse in a city hospital" in _all_text(review)
    review.close()  # the window deletes itself

    dialogs.confirmations.append(True)
    screen.suggestions.ranking.suggestions.setFocus()
    qtbot.mouseClick(screen.suggestions.ranking.propose_button, Qt.MouseButton.LeftButton)
    case = programme.cases.read(people["mentee"])
    assert case.current_match is not None and case.current_match.mentor_id == people["nurse"]
    # Proposed: the mentee leaves the list of those waiting for a mentor.
    people_model = screen.suggestions.people_model

    def waiting() -> list[str]:
        return [people_model.index(row, 0).data() for row in range(people_model.rowCount())]

    qtbot.waitUntil(lambda: "Wanjiru Kamau" not in waiting())

    view.tabs.setCurrentWidget(view.match)
    dialogs.handlers.extend([_answer(qtbot, yes=True), _answer(qtbot, yes=True)])
    qtbot.mouseClick(view.match.next_button, Qt.MouseButton.LeftButton)
    model = window.participants.model
    assert model.index(model.row_of(people["mentee"]), 2).data() == "Mentor said yes"
    qtbot.mouseClick(view.match.next_button, Qt.MouseButton.LeftButton)

    def plan(dialog: QDialog) -> bool:
        dialog.place_edit.insert("Public library, ground floor")
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        return True

    def validate(dialog: QDialog) -> bool:
        dialog.mentor_box.setChecked(True)
        dialog.mentee_box.setChecked(True)
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        return True

    dialogs.handlers.extend([plan, validate])
    qtbot.mouseClick(view.match.next_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(view.match.next_button, Qt.MouseButton.LeftButton)

    case = programme.cases.read(people["mentee"])
    assert case.matches[0].state is MatchState.DUO
    assert case.status.status is Status.IN_DUO
    window.show_participants()
    row = window.participants.model.row_of(people["nurse"])
    assert window.participants.model.index(row, 2).data() == "Full (1 of 1)"


def test_a_pair_the_mentor_declined_is_never_suggested_again(
    qtbot: QtBot,
    programme: Programme,
    session: Session,
    context: AppContext,
    dialogs: ScriptedDialogs,
    people: dict[str, str],
) -> None:
    window = _window(qtbot, context, session)
    window.find_match(people["mentee"])
    screen = window.matching_screen()
    dialogs.confirmations.append(True)
    screen.suggestions.propose()  # the nurse, ranked first

    view = window.open_case(people["mentee"])
    dialogs.handlers.append(_answer(qtbot, yes=False, reason="No time before the summer"))
    qtbot.mouseClick(view.match.next_button, Qt.MouseButton.LeftButton)
    assert programme.cases.read(people["mentee"]).matches[0].state is MatchState.DECLINED

    window.find_match(people["mentee"])
    assert _suggested(window) == ["Tomasz Wiśniewski"]
    excluded = screen.suggestions.ranking
    assert "Proposed before: declined, or a duo that has ended" in _all_text(excluded)


def _all_text(widget: object) -> str:
    """Every text a widget tree shows: labels, text views and table cells."""
    from PySide6.QtWidgets import QAbstractItemView, QLabel, QTextEdit, QWidget

    assert isinstance(widget, QWidget)
    texts = [label.text() for label in widget.findChildren(QLabel)]
    texts += [edit.toPlainText() for edit in widget.findChildren(QTextEdit)]
    for view in widget.findChildren(QAbstractItemView):
        model = view.model()
        if model is None:
            continue
        for row in range(model.rowCount()):
            for column in range(model.columnCount()):
                texts.append(str(model.index(row, column).data() or ""))
    QApplication.processEvents()
    return "\n".join(texts)
