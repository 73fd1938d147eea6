"""The participant list, driven like a coordinator would: typing, filtering, sorting, Enter."""

from __future__ import annotations

import os
from collections.abc import Sequence
from datetime import date, timedelta

import pytest
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QComboBox, QWidget
from pytestqt.qtbot import QtBot

from desktop.context import AppContext
from desktop.models.participants import ID_ROLE
from desktop.rules.participant_list import Column
from desktop.screens.participants import ParticipantsScreen
from desktop.session import Session
from storage.programme import Programme
from storage.records import JobTarget, Role, StaffMember, Status, StatusChange
from tests.helpers import fictional_participant

TODAY = date(2026, 9, 1)


def add_participant(
    programme: Programme,
    given: str,
    family: str,
    *,
    role: Role = Role.MENTEE,
    status: Status = Status.ACCEPTED,
    days_ago: int = 10,
    coach: str = "",
    sectors: Sequence[str] = (),
    municipality: str = "",
) -> str:
    """A fictional participant whose latest status dates from `days_ago` before TODAY."""
    participant = fictional_participant(
        given, family, role=role, coach=coach, municipality=municipality
    )
    records = [
        StatusChange(status=status, since=TODAY - timedelta(days=days_ago)),
        *(JobTarget(position=n, sector=code) for n, code in enumerate(sectors, start=1)),
    ]
    return programme.cases.create(participant, author="", records=records)


@pytest.fixture
def second_coach(programme: Programme) -> StaffMember:
    """Another fictional coach."""
    with programme.edit_programme_file(author="") as edit:
        return edit.add(StaffMember(name="Bram Claes"))


@pytest.fixture
def people(session: Session, coach: StaffMember, second_coach: StaffMember) -> dict[str, str]:
    """Five participants in the index, by given name → id."""
    programme = session.programme
    ids = {
        "Çağla": add_participant(
            programme,
            "Çağla",
            "Yılmaz-Van den Broeck",
            days_ago=45,
            coach=coach.id,
            sectors=["Q"],
            municipality="Gent",
        ),
        "Jan": add_participant(
            programme,
            "Jan",
            "Peeters",
            role=Role.MENTOR,
            status=Status.IN_DUO,
            coach=second_coach.id,
            sectors=["F"],
            municipality="Antwerpen",
        ),
        "Amina": add_participant(
            programme, "Amina", "El Amrani", status=Status.REGISTERED, municipality="Liège"
        ),
        "Олександр": add_participant(
            programme,
            "Олександр",
            "Коваленко",
            days_ago=3,
            coach=coach.id,
            municipality="Brussel",
        ),
        "Noor": add_participant(
            programme,
            "Noor",
            "Haddad",
            role=Role.MENTOR,
            coach=second_coach.id,
            municipality="Mechelen",
        ),
    }
    session.refresh_index()
    return ids


@pytest.fixture
def screen(
    qtbot: QtBot, session: Session, context: AppContext, people: dict[str, str]
) -> ParticipantsScreen:
    """The participant list, shown and active."""
    widget = ParticipantsScreen(session, context, today=lambda: TODAY)
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    return widget


def shown(screen: ParticipantsScreen, column: Column = Column.NAME) -> list[str]:
    """The texts of one column, top to bottom, as the user sees them."""
    model = screen.table.model()
    return [model.index(row, column).data() for row in range(model.rowCount())]


def type_text(qtbot: QtBot, widget: QWidget, text: str) -> None:
    """Type any text, letter by letter (QTest only knows ASCII keys, so others are sent as
    the key events a keyboard layout with those letters would send)."""
    for char in text:
        if char.isascii():
            qtbot.keyClicks(widget, char)
            continue
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(
                widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
            )


def choose(combo: QComboBox, text: str) -> None:
    """Pick an entry of a drop-down by its text, as a user would."""
    index = combo.findText(text)
    assert index >= 0, text
    combo.setCurrentIndex(index)


def test_typing_finds_a_name_whatever_the_accents_and_case(
    qtbot: QtBot, screen: ParticipantsScreen
) -> None:
    qtbot.keyClicks(screen.search, "cagla")
    assert shown(screen) == ["Çağla Yılmaz-Van den Broeck"]
    assert screen.count.text() == "1 of 5 participants"
    qtbot.keyClick(screen.search, Qt.Key.Key_Escape)
    assert screen.search.text() == ""
    assert len(shown(screen)) == 5
    assert screen.count.text() == "5 participants"
    type_text(qtbot, screen.search, "CAĞLA")
    assert shown(screen) == ["Çağla Yılmaz-Van den Broeck"]
    screen.search.clear()
    qtbot.keyClicks(screen.search, "yil van")
    assert shown(screen) == ["Çağla Yılmaz-Van den Broeck"]
    screen.search.clear()
    type_text(qtbot, screen.search, "коваленко")
    assert shown(screen) == ["Олександр Коваленко"]


def test_a_search_that_finds_nobody_says_so(qtbot: QtBot, screen: ParticipantsScreen) -> None:
    qtbot.keyClicks(screen.search, "xavier")
    assert shown(screen) == []
    assert "No participant matches" in screen.count.text()


def test_filters_by_role_status_and_coach(screen: ParticipantsScreen) -> None:
    choose(screen.role, "Mentors")
    assert shown(screen) == ["Jan Peeters", "Noor Haddad"]
    choose(screen.status, "In a duo")
    assert shown(screen) == ["Jan Peeters"]
    choose(screen.role, "Mentees and mentors")
    choose(screen.status, "Waiting for a match")
    assert shown(screen) == ["Çağla Yılmaz-Van den Broeck", "Noor Haddad", "Олександр Коваленко"]
    choose(screen.coach, "Fatoumata Diallo")
    assert shown(screen) == ["Çağla Yılmaz-Van den Broeck", "Олександр Коваленко"]
    choose(screen.status, "Any status")
    choose(screen.coach, "No coach")
    assert shown(screen) == ["Amina El Amrani"]
    assert screen.count.text() == "1 of 5 participants"


def test_the_columns_show_labels_not_codes(screen: ParticipantsScreen) -> None:
    row = shown(screen).index("Çağla Yılmaz-Van den Broeck")
    cells = [screen.table.model().index(row, column).data() for column in Column]
    assert cells == [
        "Çağla Yılmaz-Van den Broeck",
        "Mentee",
        "Waiting for a match",
        "Health and social work",
        "Gent",
        "Fatoumata Diallo",
        "18 Jul 2026 (6 weeks)",
    ]


def test_enter_on_a_selected_row_opens_the_case(
    qtbot: QtBot, screen: ParticipantsScreen, people: dict[str, str]
) -> None:
    screen.table.setFocus()
    row = shown(screen).index("Jan Peeters")
    screen.table.select_row(row)
    with qtbot.waitSignal(screen.open_case) as opened:
        qtbot.keyClick(screen.table, Qt.Key.Key_Return)
    assert opened.args == [people["Jan"]]


def test_only_the_keyboard_find_type_down_enter(
    qtbot: QtBot, screen: ParticipantsScreen, people: dict[str, str]
) -> None:
    screen.table.setFocus()
    qtbot.keyClick(screen.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is screen.search
    qtbot.keyClicks(screen.search, "noor")
    qtbot.keyClick(screen.search, Qt.Key.Key_Down)
    assert QApplication.focusWidget() is screen.table
    with qtbot.waitSignal(screen.open_case) as opened:
        qtbot.keyClick(screen.table, Qt.Key.Key_Enter, Qt.KeyboardModifier.KeypadModifier)
    assert opened.args == [people["Noor"]]


def test_enter_in_the_search_box_opens_the_first_match(
    qtbot: QtBot, screen: ParticipantsScreen, people: dict[str, str]
) -> None:
    screen.focus_search()
    qtbot.keyClicks(screen.search, "amina")
    with qtbot.waitSignal(screen.open_case) as opened:
        qtbot.keyClick(screen.search, Qt.Key.Key_Return)
    assert opened.args == [people["Amina"]]


def test_a_double_click_opens_the_case(
    qtbot: QtBot, screen: ParticipantsScreen, people: dict[str, str]
) -> None:
    row = shown(screen).index("Amina El Amrani")
    rect = screen.table.visualRect(screen.table.model().index(row, Column.MUNICIPALITY))
    viewport = screen.table.viewport()
    with qtbot.waitSignal(screen.open_case) as opened:
        # A double click is a click, then a second press that arrives as a double click.
        qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.mouseDClick(viewport, Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened.args == [people["Amina"]]


def test_clicking_a_header_sorts_by_that_column(qtbot: QtBot, screen: ParticipantsScreen) -> None:
    header = screen.table.horizontalHeader()
    centre = QPoint(
        header.sectionViewportPosition(Column.COACH) + header.sectionSize(Column.COACH) // 2,
        header.height() // 2,
    )
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    # Bram Claes, then Fatoumata Diallo; nobody's coach comes last.
    assert shown(screen, Column.COACH) == [
        "Bram Claes",
        "Bram Claes",
        "Fatoumata Diallo",
        "Fatoumata Diallo",
        "",
    ]
    assert screen.sort_by.currentText() == "Coach"
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    assert shown(screen, Column.COACH) == [
        "Fatoumata Diallo",
        "Fatoumata Diallo",
        "Bram Claes",
        "Bram Claes",
        "",
    ]


def test_sorting_from_the_keyboard_with_sort_by(screen: ParticipantsScreen) -> None:
    choose(screen.sort_by, "Waiting since")
    assert shown(screen) == [
        "Çağla Yılmaz-Van den Broeck",  # waiting 45 days: the longest wait first
        "Noor Haddad",
        "Олександр Коваленко",
        "Amina El Amrani",  # not waiting: last, by name
        "Jan Peeters",
    ]
    assert screen.table.horizontalHeader().sortIndicatorSection() == Column.WAITING_SINCE


def test_a_saved_case_shows_at_once_and_the_selection_stays(
    qtbot: QtBot, screen: ParticipantsScreen, session: Session, people: dict[str, str]
) -> None:
    qtbot.keyClicks(screen.search, "cag")
    row = shown(screen).index("Çağla Yılmaz-Van den Broeck")
    screen.table.select_row(row)
    with session.programme.cases.edit(people["Çağla"], author=session.user_id) as case:
        case.set_status(Status.MATCHING, TODAY)
    session.notify_case_saved(people["Çağla"])
    assert screen.search.text() == "cag"
    current = screen.table.currentIndex()
    assert current.data(ID_ROLE) == people["Çağla"]
    status = screen.table.model().index(current.row(), Column.STATUS).data()
    assert status == "Match proposed"


def test_a_damaged_file_is_shown_as_such(
    screen: ParticipantsScreen, session: Session, people: dict[str, str]
) -> None:
    path = session.programme.cases.path(people["Amina"])
    path.write_bytes(os.urandom(path.stat().st_size))
    session.refresh_index()
    row = shown(screen).index("Amina El Amrani")
    model = screen.table.model()
    assert model.index(row, Column.STATUS).data() == "File damaged"
    assert model.index(row, Column.NAME).data(Qt.ItemDataRole.FontRole).italic()
    assert "damaged" in model.index(row, Column.NAME).data(Qt.ItemDataRole.ToolTipRole)


def test_the_model_is_a_well_behaved_item_model(qtmodeltester, screen: ParticipantsScreen) -> None:  # type: ignore[no-untyped-def]
    qtmodeltester.check(screen.model, force_py=True)
