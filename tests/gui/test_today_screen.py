"""Today: what needs attention, one Enter from the case; and the quality criteria."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from desktop.context import AppContext
from desktop.rules.quality import Criterion
from desktop.rules.today import TodayKind
from desktop.screens.quality_panel import (
    QualityColumn,
    QualityPeriod,
    ShortfallColumn,
    period_range,
)
from desktop.screens.today_screen import TodayColumn, TodayScreen
from desktop.session import Session
from desktop.workflows.duo import end_duo, log_meeting
from storage.duo_records import Ending, EndKind, Meeting
from storage.programme import Programme
from storage.records import Match, Role, StaffMember, Status, StatusChange
from tests.duo_helpers import make_duo
from tests.helpers import fictional_participant

TODAY = date(2026, 4, 19)


def _screen(
    qtbot: QtBot, session: Session, context: AppContext, today: date = TODAY
) -> TodayScreen:
    screen = TodayScreen(session, context, today=lambda: today)
    qtbot.addWidget(screen)
    screen.resize(1100, 600)
    screen.show()
    return screen


def _rows(screen: TodayScreen) -> list[tuple[str, ...]]:
    model = screen.model
    return [
        tuple(model.index(row, column).data() for column in TodayColumn)
        for row in range(model.rowCount())
    ]


def _what(screen: TodayScreen) -> list[str]:
    return [row[TodayColumn.WHAT] for row in _rows(screen)]


def test_today_shows_a_silent_duo(
    qtbot: QtBot, session: Session, context: AppContext, programme: Programme
) -> None:
    make_duo(
        programme,
        mentee=("Mónica", "Quispe Mamani"),
        mentor=("Tomasz", "Wiśniewski"),
        validated_on=TODAY - timedelta(days=40),
    )
    screen = _screen(qtbot, session, context)

    silent = [row for row in _rows(screen) if row[TodayColumn.WHAT].startswith("No contact")]
    assert silent == [
        (
            "Urgent",
            "No contact for 40 days (agreed: every 14 days)",
            "Mónica Quispe Mamani with Tomasz Wiśniewski",
            "24 Mar 2026",
            "",  # the test coach is not on the staff list
        )
    ]
    assert _rows(screen)[0] == silent[0]  # urgent first
    assert screen.title.text() == "Today, Sunday 19 April 2026"
    assert screen.list_or_empty.currentWidget() is screen.table
    # The mentor's only place is taken by the duo: not a candidate waiting for a match.
    assert not any("Waiting for a match" in text for text in _what(screen))


def test_a_meeting_logged_takes_the_duo_off_the_list(
    qtbot: QtBot,
    session: Session,
    context: AppContext,
    programme: Programme,
    coach: StaffMember,
) -> None:
    duo = make_duo(programme, validated_on=TODAY - timedelta(days=40), coach=coach.id)
    screen = _screen(qtbot, session, context)
    assert any(text.startswith("No contact") for text in _what(screen))

    meeting = Meeting(match_id=duo.match_id, held_on=TODAY - timedelta(days=3))
    log_meeting(programme, duo.mentee_id, meeting, author=coach.id, today=TODAY)
    session.notify_case_saved(duo.mentee_id)
    qtbot.waitUntil(lambda: not any(text.startswith("No contact") for text in _what(screen)))
    # The interim call and the agreement are still to do, for the coach at the keyboard.
    assert "Interim call with both due since 10 Apr 2026" in _what(screen)
    assert {row[TodayColumn.COACH] for row in _rows(screen)} == {"Fatoumata Diallo"}


def test_my_duos_shows_only_the_duos_the_user_coaches(
    qtbot: QtBot,
    session: Session,
    context: AppContext,
    programme: Programme,
    coach: StaffMember,
) -> None:
    make_duo(
        programme,
        mentee=("Kofi", "Mensah"),
        mentor=("Hiroko", "Tanaka"),
        validated_on=TODAY - timedelta(days=40),
        coach=coach.id,
    )
    make_duo(
        programme,
        mentee=("Oksana", "Kovalenko"),
        mentor=("Rahul", "Iyer"),
        validated_on=TODAY - timedelta(days=50),
        coach="another-coach",
    )
    screen = _screen(qtbot, session, context)

    assert screen.mine.isChecked()  # the user coaches a duo: their duos come first
    assert {row[TodayColumn.WHO] for row in _rows(screen)} == {"Kofi Mensah with Hiroko Tanaka"}
    screen.everyone.click()
    assert {row[TodayColumn.WHO] for row in _rows(screen)} == {
        "Kofi Mensah with Hiroko Tanaka",
        "Oksana Kovalenko with Rahul Iyer",
    }
    assert screen.count.text() == f"{len(_rows(screen))} things need attention"


def test_everyone_is_shown_to_a_user_who_coaches_no_duo(
    qtbot: QtBot, session: Session, context: AppContext, programme: Programme
) -> None:
    make_duo(programme, validated_on=TODAY - timedelta(days=40), coach="another-coach")
    screen = _screen(qtbot, session, context)
    assert screen.everyone.isChecked()
    assert screen.model.rowCount() > 0


def test_enter_on_an_item_opens_the_duo(
    qtbot: QtBot, session: Session, context: AppContext, programme: Programme
) -> None:
    duo = make_duo(programme, validated_on=TODAY - timedelta(days=40))
    screen = _screen(qtbot, session, context)
    screen.table.setFocus()
    screen.table.select_row(0)
    with (
        qtbot.assertNotEmitted(screen.open_requested),
        qtbot.waitSignal(screen.open_duo_requested) as opened,
    ):
        QTest.keyClick(screen.table, Qt.Key.Key_Return)
    assert opened.args == [duo.mentee_id, duo.match_id]


def test_enter_on_an_item_of_an_earlier_duo_names_that_duo(
    qtbot: QtBot, session: Session, context: AppContext, programme: Programme, coach: StaffMember
) -> None:
    first = make_duo(programme, validated_on=date(2026, 3, 10), coach=coach.id)
    ended = Ending(match_id=first.match_id, ended_on=date(2026, 6, 15), kind=EndKind.PLANNED)
    end_duo(
        programme, first.mentee_id, ended, wait_again=True, author=coach.id, today=ended.ended_on
    )
    mentor = programme.cases.create(
        fictional_participant("Eerin", "Tjampitjinpa", role=Role.MENTOR),
        author=coach.id,
        records=[StatusChange(status=Status.ACCEPTED, since=date(2026, 6, 1))],
    )
    with programme.cases.edit(first.mentee_id, author=coach.id) as edit:
        edit.add(
            Match(
                mentor_id=mentor,
                proposed_on=date(2026, 6, 20),
                first_meeting_on=date(2026, 7, 1),
                coach_present=True,
                validated_on=date(2026, 7, 1),
            )
        )
        edit.set_status(Status.IN_DUO, date(2026, 7, 1))
    programme.index.refresh(programme.cases)
    screen = _screen(qtbot, session, context, today=date(2026, 9, 20))
    items = [screen.model.item(row) for row in range(screen.model.rowCount())]
    (row,) = [
        n
        for n, item in enumerate(items)
        if item is not None
        and (item.kind, item.match_id) == (TodayKind.OUTCOME_DUE, first.match_id)
    ]
    screen.table.setFocus()
    screen.table.select_row(row)
    with qtbot.waitSignal(screen.open_duo_requested) as opened:
        QTest.keyClick(screen.table, Qt.Key.Key_Return)
    assert opened.args == [first.mentee_id, first.match_id]


def test_a_clock_years_ahead_is_said_first_and_opens_nothing(
    qtbot: QtBot, session: Session, context: AppContext, programme: Programme
) -> None:
    make_duo(programme, validated_on=date(2026, 3, 10))
    screen = _screen(qtbot, session, context, today=date(2031, 3, 10))
    first = _rows(screen)[0]
    assert first[TodayColumn.WHAT].startswith("The computer's date looks wrong")
    assert first[TodayColumn.URGENCY] == "Urgent"
    screen.table.select_row(0)
    with (
        qtbot.assertNotEmitted(screen.open_requested),
        qtbot.assertNotEmitted(screen.open_duo_requested),
    ):
        QTest.keyClick(screen.table, Qt.Key.Key_Return)


def test_an_empty_today_says_what_it_is_for(
    qtbot: QtBot, session: Session, context: AppContext
) -> None:
    screen = _screen(qtbot, session, context)
    assert screen.list_or_empty.currentWidget() is screen.empty
    assert "Nothing needs attention today." in screen.empty.text()
    assert "each item one Enter away from its case" in screen.empty.text()
    assert screen.count.text() == "Nothing needs attention"


def test_the_quality_panel_counts_the_criteria_from_the_data(
    qtbot: QtBot, session: Session, context: AppContext, programme: Programme
) -> None:
    make_duo(programme, validated_on=TODAY - timedelta(days=40))
    screen = _screen(qtbot, session, context)
    screen.parts.setCurrentWidget(screen.quality)
    model = screen.quality.model
    shown = {
        model.result(row).criterion: (  # type: ignore[union-attr]
            model.index(row, QualityColumn.STATE).data(),
            model.index(row, QualityColumn.RESULT).data(),
        )
        for row in range(model.rowCount())
    }
    assert shown[Criterion.COACH_AT_FIRST_MEETING] == ("Met", "1 / 1 (100%)")
    assert shown[Criterion.AGREEMENT] == ("Falls short", "0 / 1 (0%)")
    assert shown[Criterion.MINIMUM_DURATION] == ("Not judged", "nothing to judge yet")

    # The duo was validated last year: this year's checklist does not count it.
    panel = screen.quality
    panel.show_checklist(programme.index.entries(), programme.index.matches(), date(2027, 6, 1))
    panel.period.setCurrentIndex(panel.period.findData(QualityPeriod.THIS_YEAR.value))
    coach_row = list(Criterion).index(Criterion.COACH_AT_FIRST_MEETING)
    assert model.index(coach_row, QualityColumn.RESULT).data() == "nothing to judge yet"
    panel.period.setCurrentIndex(panel.period.findData(QualityPeriod.EVERYTHING.value))
    assert model.index(coach_row, QualityColumn.RESULT).data() == "1 / 1 (100%)"


def _shortfalls(screen: TodayScreen) -> list[tuple[str, ...]]:
    model = screen.quality.shortfall_model
    return [
        tuple(model.index(row, column).data() for column in ShortfallColumn)
        for row in range(model.rowCount())
    ]


def test_the_quality_panel_lists_who_falls_short_and_opens_their_case(
    qtbot: QtBot, session: Session, context: AppContext, programme: Programme, coach: StaffMember
) -> None:
    duo = make_duo(programme, validated_on=TODAY - timedelta(days=40), coach=coach.id)
    screen = _screen(qtbot, session, context)
    screen.activateWindow()
    qtbot.waitUntil(screen.isActiveWindow)  # the keyboard focus goes to the screen
    screen.parts.setCurrentWidget(screen.quality)
    panel = screen.quality

    # At first the list shows the first criterion the programme misses: no info sessions.
    assert panel.chosen_criterion() is Criterion.INFO_SESSION
    assert _shortfalls(screen) == [
        ("Amani Okonkwo-Dubois (mentee)", "No info session recorded", "Fatoumata Diallo"),
        ("Ingrid Vandersteen (mentor)", "No info session recorded", "Fatoumata Diallo"),
    ]
    panel.table.setFocus()
    panel.table.select_row(panel.model.row_of(Criterion.AGREEMENT))
    assert panel.shortfall_heading.text() == (
        "Signed agreement: 1 duo falls short. Enter or a double click opens the case."
    )
    assert _shortfalls(screen) == [
        (
            "Amani Okonkwo-Dubois with Ingrid Vandersteen",
            "No agreement recorded",
            "Fatoumata Diallo",
        )
    ]
    QTest.keyClick(panel.table, Qt.Key.Key_Return)  # from a criterion to who falls short
    assert QApplication.focusWidget() is panel.shortfalls
    with (
        qtbot.assertNotEmitted(screen.open_requested),
        qtbot.waitSignal(screen.open_duo_requested) as opened,
    ):
        QTest.keyClick(panel.shortfalls, Qt.Key.Key_Return)
    assert opened.args == [duo.mentee_id, duo.match_id]

    panel.table.select_row(panel.model.row_of(Criterion.INFO_SESSION))
    with qtbot.waitSignal(screen.open_requested) as opened_case:
        QTest.keyClick(panel.shortfalls, Qt.Key.Key_Return)
    assert opened_case.args == [duo.mentee_id]


def test_the_list_of_who_falls_short_follows_the_period(
    qtbot: QtBot, session: Session, context: AppContext, programme: Programme
) -> None:
    make_duo(
        programme,
        mentee=("Oksana", "Kovalenko"),
        mentor=("Rahul", "Iyer"),
        validated_on=TODAY - timedelta(days=40),
    )
    screen = _screen(qtbot, session, context)
    panel = screen.quality
    panel.show_checklist(programme.index.entries(), programme.index.matches(), date(2027, 6, 1))
    panel.period.setCurrentIndex(panel.period.findData(QualityPeriod.EVERYTHING.value))
    panel.table.select_row(panel.model.row_of(Criterion.CONTACT_FREQUENCY))
    assert _shortfalls(screen) == [
        ("Oksana Kovalenko with Rahul Iyer", "Longest gap: 448 days", "")
    ]
    assert panel.list_or_empty.currentWidget() is panel.shortfalls

    # The duo was validated last year: this year nobody can be judged, and the choice stays.
    panel.period.setCurrentIndex(panel.period.findData(QualityPeriod.THIS_YEAR.value))
    assert panel.chosen_criterion() is Criterion.CONTACT_FREQUENCY
    assert _shortfalls(screen) == []
    assert panel.list_or_empty.currentWidget() is panel.shortfall_empty
    assert panel.shortfall_empty.text() == (
        "Nobody could be judged for this criterion in the period chosen."
    )
    panel.period.setCurrentIndex(panel.period.findData(QualityPeriod.EVERYTHING.value))
    panel.table.select_row(panel.model.row_of(Criterion.COACH_AT_FIRST_MEETING))
    assert panel.shortfall_empty.text() == "Every duo judged meets this criterion."


def test_the_periods_of_the_checklist() -> None:
    assert period_range(QualityPeriod.THIS_YEAR, TODAY) == (date(2026, 1, 1), TODAY)
    assert period_range(QualityPeriod.LAST_12_MONTHS, date(2028, 2, 29)) == (
        date(2027, 3, 1),
        date(2028, 2, 29),
    )
    assert period_range(QualityPeriod.EVERYTHING, TODAY) is None


def test_the_models_are_sound(
    qtbot: QtBot,
    qtmodeltester: ModelTester,
    session: Session,
    context: AppContext,
    programme: Programme,
) -> None:
    make_duo(programme, validated_on=TODAY - timedelta(days=40))
    screen = _screen(qtbot, session, context)
    qtmodeltester.check(screen.model)
    qtmodeltester.check(screen.quality.model)
    qtmodeltester.check(screen.quality.shortfall_model)
