"""Settings, matching page: weights with a live preview, reset, Save and Cancel."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from desktop.context import AppContext
from desktop.matching.scoring import Component
from desktop.matching.weights import DEFAULT_WEIGHTS, Weights
from desktop.screens.settings_dialog import SettingsDialog
from desktop.screens.settings_matching import (
    MatchingSettingsPage,
    PreviewModel,
    move_text,
    weights_to_store,
)
from desktop.session import Session
from storage.programme import Programme
from storage.records import JobTarget, LanguageSkill, Role, Status, StatusChange
from tests.gui.test_first_run import press, show
from tests.helpers import fictional_participant

TODAY = date(2026, 9, 1)
ALT = Qt.KeyboardModifier.AltModifier
Opener = Callable[[], SettingsDialog]


def add_person(
    programme: Programme,
    given: str,
    family: str,
    *,
    role: Role = Role.MENTOR,
    postcode: str,
    occupation: str = "",
    sector: str = "",
    waiting_days: int = 30,
    generalist: bool = False,
) -> str:
    """An accepted participant who speaks Dutch, with one job target."""
    participant = fictional_participant(
        given, family, role=role, postcode=postcode, generalist=generalist
    )
    records = [
        StatusChange(status=Status.ACCEPTED, since=TODAY - timedelta(days=waiting_days)),
        JobTarget(position=1, occupation=occupation, sector=sector),
        LanguageSkill(language="nl", level="B2"),
    ]
    return programme.cases.create(participant, author="", records=records)


@pytest.fixture
def pool(session: Session) -> dict[str, str]:
    """Two waiting mentees and four mentors, by given name → id.

    For Amara (ICT, Gent, waiting 10 weeks): Lieven has her very occupation but lives at the
    coast; Hanne lives in Gent and works in a related sector; Kofi is a recruiter (a
    generalist) in Leuven; Wim, nearby, shares nothing with her.
    """
    programme = session.programme
    ids = {
        "Amara": add_person(
            programme,
            "Amara",
            "Okonkwo",
            role=Role.MENTEE,
            postcode="9000",
            occupation="25",
            sector="J",
            waiting_days=70,
        ),
        "Thandiwe": add_person(
            programme,
            "Thandiwe",
            "Nkosi",
            role=Role.MENTEE,
            postcode="8400",
            occupation="25",
            sector="J",
            waiting_days=20,
        ),
        "Lieven": add_person(
            programme, "Lieven", "Vandenberghe", postcode="8400", occupation="25", sector="J"
        ),
        "Hanne": add_person(
            programme, "Hanne", "Ó Súilleabháin", postcode="9000", occupation="33", sector="M"
        ),
        "Kofi": add_person(
            programme,
            "Kofi",
            "Mensah-Åberg",
            postcode="3000",
            occupation="12",
            sector="N",
            generalist=True,
        ),
        "Wim": add_person(
            programme, "Wim", "Nakamura", postcode="9300", occupation="61", sector="A"
        ),
    }
    session.refresh_index()
    return ids


@pytest.fixture
def open_settings(qtbot: QtBot, session: Session, context: AppContext) -> Opener:
    """Opens Settings on the matching page, shown and active."""

    def opener() -> SettingsDialog:
        dialog = SettingsDialog(session, context, today=lambda: TODAY)
        qtbot.addWidget(dialog)
        show(qtbot, dialog)
        press(qtbot, Qt.Key.Key_G, ALT)  # the "Matching" tab
        assert dialog.tabs.currentWidget() is dialog.matching_page
        return dialog

    return opener


def mentors(page: MatchingSettingsPage) -> list[str]:
    """The mentors the preview shows, best first (given names)."""
    model = page.model
    return [
        str(model.index(row, PreviewModel.MENTOR).data()).split()[0]
        for row in range(model.rowCount())
    ]


def moves(page: MatchingSettingsPage) -> list[str]:
    """The Change column, top to bottom."""
    model = page.model
    return [model.index(row, PreviewModel.MOVE).data() for row in range(model.rowCount())]


def set_by_keyboard(
    qtbot: QtBot, page: MatchingSettingsPage, component: Component, value: int
) -> None:
    """Alt+W to the weights, Tab to the slider, Home then Right arrows to the value."""
    press(qtbot, Qt.Key.Key_W, ALT)
    while QApplication.focusWidget() is not page.sliders[component]:
        press(qtbot, Qt.Key.Key_Tab)
    press(qtbot, Qt.Key.Key_Home)
    for _ in range(value):
        press(qtbot, Qt.Key.Key_Right)


def button(dialog: SettingsDialog, which: QDialogButtonBox.StandardButton) -> None:
    """Click OK or Cancel."""
    dialog.buttons.button(which).click()


def test_raising_the_place_weight_puts_the_nearby_mentor_first(
    qtbot: QtBot, open_settings: Opener, pool: dict[str, str]
) -> None:
    dialog = open_settings()
    page = dialog.matching_page
    assert page.mentee.currentText() == "Amara Okonkwo (waiting 10 weeks)"  # longest wait
    assert mentors(page) == ["Lieven", "Hanne", "Kofi", "Wim"]
    assert moves(page) == ["", "", "", ""]

    set_by_keyboard(qtbot, page, Component.PLACE, 10)
    assert page.values[Component.PLACE].text() == "10"
    assert mentors(page)[:2] == ["Hanne", "Lieven"]
    assert moves(page)[:2] == ["▲1", "▼1"]

    press(qtbot, Qt.Key.Key_M, ALT)  # to the sample mentee
    press(qtbot, Qt.Key.Key_Down)
    assert page.mentee.currentText().startswith("Thandiwe Nkosi")
    assert mentors(page)[0] == "Lieven"  # lives in her town and has her occupation


def test_a_longer_generalist_wait_moves_the_recruiter_down_at_once(
    qtbot: QtBot, open_settings: Opener, pool: dict[str, str]
) -> None:
    dialog = open_settings()
    page = dialog.matching_page
    assert page.generalist_weeks.value() == 8  # Amara waited 10: a generalist counts
    press(qtbot, Qt.Key.Key_N, ALT)
    for _ in range(4):
        press(qtbot, Qt.Key.Key_Up)
    assert page.generalist_weeks.value() == 12  # now too early for a generalist
    assert mentors(page) == ["Lieven", "Hanne", "Wim", "Kofi"]
    assert moves(page) == ["", "", "▲1", "▼1"]


def test_save_stores_the_weights_and_thresholds(
    qtbot: QtBot, open_settings: Opener, programme: Programme, pool: dict[str, str]
) -> None:
    dialog = open_settings()
    page = dialog.matching_page
    set_by_keyboard(qtbot, page, Component.INTERESTS, 7)
    press(qtbot, Qt.Key.Key_N, ALT)
    press(qtbot, Qt.Key.Key_Up)
    press(qtbot, Qt.Key.Key_Up)
    press(qtbot, Qt.Key.Key_S, ALT)
    page.min_score.selectAll()
    for key in (Qt.Key.Key_5, Qt.Key.Key_0):
        press(qtbot, key)
    button(dialog, QDialogButtonBox.StandardButton.Ok)

    assert dialog.result() == QDialog.DialogCode.Accepted
    profile = programme.profile()
    assert Weights.from_dict(profile.match_weights) == dataclasses.replace(
        DEFAULT_WEIGHTS, interests=7
    )
    assert (profile.generalist_after_days, profile.min_match_score) == (70, 50)


def test_reset_restores_the_defaults_and_saving_then_follows_them(
    qtbot: QtBot, open_settings: Opener, programme: Programme, pool: dict[str, str]
) -> None:
    custom = {"job": 3, "place": 9, "availability": 0, "languages": 1}
    programme.save_profile(
        dataclasses.replace(
            programme.profile(),
            match_weights=custom,
            generalist_after_days=84,
            min_match_score=60,
        ),
        author="",
    )
    dialog = open_settings()
    page = dialog.matching_page
    assert page.weights() == Weights.from_dict(custom)
    assert (page.generalist_weeks.value(), page.min_score.value()) == (12, 60)

    with qtbot.waitSignal(page.reset_button.clicked):
        press(qtbot, Qt.Key.Key_R, ALT)
    assert page.weights() == DEFAULT_WEIGHTS
    assert [page.values[c].text() for c in Component] == [
        str(v) for v in DEFAULT_WEIGHTS.as_dict().values()
    ]
    assert (page.generalist_weeks.value(), page.min_score.value()) == (8, 35)
    assert programme.profile().match_weights == custom  # nothing stored before OK

    button(dialog, QDialogButtonBox.StandardButton.Ok)
    profile = programme.profile()
    assert profile.match_weights == {}  # the defaults, also when a new Duo changes them
    assert (profile.generalist_after_days, profile.min_match_score) == (56, 35)


def test_cancel_stores_nothing(
    qtbot: QtBot, open_settings: Opener, programme: Programme, pool: dict[str, str]
) -> None:
    before = programme.profile()
    dialog = open_settings()
    page = dialog.matching_page
    set_by_keyboard(qtbot, page, Component.JOB, 2)
    page.generalist_weeks.setValue(20)
    page.reset_button.click()
    page.min_score.setValue(80)
    button(dialog, QDialogButtonBox.StandardButton.Cancel)
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert programme.profile() == before


def test_without_a_waiting_mentee_the_preview_says_what_it_needs(open_settings: Opener) -> None:
    dialog = open_settings()
    page = dialog.matching_page
    assert not page.mentee.isVisible() and not page.table.isVisible()
    assert page.message.isVisible()
    assert "needs a mentee on the waiting list" in page.message.text()
    assert page.model.rowCount() == 0


def test_the_preview_model_is_sound(
    qtmodeltester: ModelTester, open_settings: Opener, pool: dict[str, str]
) -> None:
    dialog = open_settings()
    page = dialog.matching_page
    assert page.model.rowCount() > 0
    tooltip = page.model.index(0, PreviewModel.SCORE).data(Qt.ItemDataRole.ToolTipRole)
    assert "Job target:" in tooltip and "Place and mobility:" in tooltip
    qtmodeltester.check(page.model)


@pytest.mark.parametrize(
    ("stored", "weights", "kept"),
    [
        ({}, DEFAULT_WEIGHTS, {}),
        ({"job": 10}, DEFAULT_WEIGHTS, {"job": 10}),  # unchanged: not rewritten
        ({"job": 2}, DEFAULT_WEIGHTS, {}),  # back to the defaults: follow Duo's
        ({}, Weights(job=4), {**DEFAULT_WEIGHTS.as_dict(), "job": 4}),
    ],
)
def test_weights_are_stored_only_as_far_as_they_differ(
    stored: dict[str, int], weights: Weights, kept: dict[str, int]
) -> None:
    assert weights_to_store(stored, weights) == kept


@pytest.mark.parametrize(
    ("rank", "saved_rank", "shown"),
    [(1, 3, "▲2"), (4, 3, "▼1"), (2, 2, ""), (1, 6, "new"), (5, None, "new")],
)
def test_a_move_is_told_against_the_saved_best_five(
    rank: int, saved_rank: int | None, shown: str
) -> None:
    assert move_text(rank, saved_rank) == shown
