"""The Matching screen: ranked suggestions with their reasons, either way round, a proposal
saved only once the coach confirms it, and the whole-pool proposal reviewed pair by pair."""

from __future__ import annotations

import dataclasses
from collections import Counter
from collections.abc import Mapping, Sequence
from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.context import AppContext
from desktop.matching.assignment import Unmatched
from desktop.matching.profiles import free_places
from desktop.matching.scoring import Component, Exclusion
from desktop.matching.weights import Weights
from desktop.rules.match_steps import DeclinedBy
from desktop.screens.match_words import component_label, exclusion_text, unmatched_text
from desktop.screens.matching_models import TextTableModel
from desktop.screens.matching_rows import (
    BreakdownColumn,
    ExcludedColumn,
    PairColumn,
    PairDecision,
    PeopleColumn,
    SuggestionColumn,
    UnmatchedColumn,
)
from desktop.screens.matching_screen import MatchingScreen
from desktop.session import Session
from desktop.workflows.matching import decline_match, propose_match
from storage.programme import Programme
from storage.records import JobTarget, LanguageSkill, Role, Status, StatusChange
from tests.gui.fakes import ScriptedDialogs
from tests.helpers import fictional_participant

TODAY = date(2026, 9, 1)
COACH = "coach"


def add_person(
    programme: Programme,
    given: str,
    family: str,
    *,
    role: Role = Role.MENTEE,
    status: Status = Status.ACCEPTED,
    days_ago: int = 30,
    sector: str = "",
    occupation: str = "",
    languages: Mapping[str, str] | None = None,
    postcode: str = "",
    availability: Sequence[str] = (),
    capacity: int | None = None,
) -> str:
    """A fictional participant whose status dates from `days_ago` before TODAY."""
    participant = fictional_participant(
        given,
        family,
        role=role,
        postcode=postcode,
        availability=list(availability),
        capacity=capacity,
    )
    records = [
        StatusChange(status=status, since=TODAY - timedelta(days=days_ago)),
        JobTarget(position=1, sector=sector, occupation=occupation),
        *(LanguageSkill(language=code, level=level) for code, level in (languages or {}).items()),
    ]
    return programme.cases.create(participant, author="", records=records)


@pytest.fixture
def people(session: Session) -> dict[str, str]:
    """Four waiting mentees and four mentors, by given name → id.

    Sione is at capacity (his one place is taken by Chiara's proposal), Marta is not accepted
    yet, Farida and Ingrid were proposed and declined, and Oleksandr shares no language with
    any mentor.
    """
    programme = session.programme
    evening = ("mon-evening", "sat")
    daytime = ("tue-day", "thu-day")
    ids = {
        "Amani": add_person(
            programme, "Amani", "Okonkwo-Dubois", days_ago=100, sector="J", occupation="25",
            languages={"nl": "B1", "en": "C1"}, postcode="9000", availability=evening,
        ),
        "Lan": add_person(
            programme, "Lan", "Nguyễn Thị", days_ago=40, sector="Q", occupation="22",
            languages={"nl": "B2", "vi": "native"}, postcode="2000", availability=daytime,
        ),
        "Farida": add_person(
            programme, "Farida", "Haidari", days_ago=20, sector="K", occupation="41",
            languages={"nl": "B1", "fa": "native"}, postcode="1000",
        ),
        "Oleksandr": add_person(
            programme, "Oleksandr", "Kovalenko", days_ago=10, sector="C", occupation="21",
            languages={"uk": "native", "ru": "C1"}, postcode="3000",
        ),
        "Chiara": add_person(programme, "Chiara", "Bianchi-Moreau", days_ago=60, sector="J"),
        "Ingrid": add_person(
            programme, "Ingrid", "Vandersteen", role=Role.MENTOR, sector="J", occupation="25",
            languages={"nl": "native", "en": "C1"}, postcode="9000", availability=evening,
            capacity=2,
        ),
        "Kwame": add_person(
            programme, "Kwame", "Mensah-Peeters", role=Role.MENTOR, sector="Q",
            occupation="22", languages={"nl": "native", "en": "C2"}, postcode="2000",
            availability=daytime, capacity=1,
        ),
        "Sione": add_person(
            programme, "Sione", "Taufa", role=Role.MENTOR, sector="J", occupation="25",
            languages={"nl": "native"}, capacity=1,
        ),
        "Marta": add_person(
            programme, "Marta", "Kowalczyk", role=Role.MENTOR, status=Status.INTERVIEWED,
            sector="J", occupation="25", languages={"nl": "native"}, capacity=1,
        ),
    }  # fmt: skip
    programme.index.refresh(programme.cases)
    propose_match(
        programme,
        ids["Chiara"],
        ids["Sione"],
        proposed_on=TODAY - timedelta(days=5),
        score=70.0,
        author=COACH,
    )
    declined = propose_match(
        programme,
        ids["Farida"],
        ids["Ingrid"],
        proposed_on=TODAY - timedelta(days=15),
        score=52.0,
        author=COACH,
    )
    decline_match(
        programme,
        ids["Farida"],
        declined.id,
        by=DeclinedBy.MENTOR,
        reason="No time this autumn",
        on=TODAY - timedelta(days=12),
        author=COACH,
        today=TODAY,
    )
    session.refresh_index()
    return ids


@pytest.fixture
def screen(
    qtbot: QtBot, session: Session, context: AppContext, people: dict[str, str]
) -> MatchingScreen:
    """The Matching screen, shown."""
    widget = MatchingScreen(session, context, today=lambda: TODAY)
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def column(model: TextTableModel, which: int) -> list[str]:
    """The texts of one column, top to bottom."""
    return [model.index(row, which).data() for row in range(model.rowCount())]


def choose(screen: MatchingScreen, people: dict[str, str], given: str) -> None:
    """Choose a participant on the left of the suggestions."""
    assert screen.suggestions.choose(people[given])


def match_count(programme: Programme, mentee_id: str) -> int:
    """How many matches a mentee's case file holds."""
    return len(programme.cases.read(mentee_id).matches)


def run_pool(qtbot: QtBot, screen: MatchingScreen) -> None:
    """Ask for the whole-pool proposal and wait for it."""
    panel = screen.whole_pool
    screen.parts.setCurrentWidget(panel)
    qtbot.mouseClick(panel.run_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not panel.is_running())


# --- suggestions for one participant ------------------------------------------------------


def test_waiting_mentees_are_listed_longest_wait_first_with_their_wait(
    screen: MatchingScreen,
) -> None:
    model = screen.suggestions.people_model
    assert column(model, PeopleColumn.NAME) == [
        "Amani Okonkwo-Dubois",
        "Lan Nguyễn Thị",
        "Farida Haidari",
        "Oleksandr Kovalenko",
    ]
    assert column(model, PeopleColumn.DETAIL) == ["3 months", "5 weeks", "2 weeks", "10 days"]


def test_a_mentee_gets_mentors_in_score_order_with_reasons_and_the_excluded_apart(
    screen: MatchingScreen, people: dict[str, str]
) -> None:
    panel = screen.suggestions
    choose(screen, people, "Amani")
    model = panel.ranking.suggestion_model
    assert column(model, SuggestionColumn.NAME) == ["Ingrid Vandersteen", "Kwame Mensah-Peeters"]
    assert column(model, SuggestionColumn.RANK) == ["1", "2"]
    scores = [int(text.split(" / ")[0]) for text in column(model, SuggestionColumn.SCORE)]
    assert scores == sorted(scores, reverse=True) and scores[0] > scores[1]
    assert column(model, SuggestionColumn.DETAIL) == ["2 of 2", "1 of 1"]
    why = column(model, SuggestionColumn.WHY)
    assert "Same occupation" in why[0]
    assert all(why)
    assert "Amani Okonkwo-Dubois" in panel.ranking.title.text()

    # Excluded mentors are listed apart, collapsed, each with the hard rule.
    assert not panel.ranking.excluded.isVisible()
    assert panel.ranking.excluded_toggle.text() == "E&xcluded by a hard rule: 2"
    excluded = panel.ranking.excluded_model
    assert dict(
        zip(
            column(excluded, ExcludedColumn.NAME),
            column(excluded, ExcludedColumn.REASON),
            strict=True,
        )
    ) == {
        "Marta Kowalczyk": exclusion_text(Exclusion.NOT_ACCEPTED),
        "Sione Taufa": exclusion_text(Exclusion.AT_CAPACITY),
    }
    panel.ranking.excluded_toggle.click()
    assert panel.ranking.excluded.isVisible()


def test_the_breakdown_explains_the_chosen_suggestion_component_by_component(
    screen: MatchingScreen, people: dict[str, str]
) -> None:
    panel = screen.suggestions
    choose(screen, people, "Amani")
    breakdown = panel.ranking.breakdown_model
    assert column(breakdown, BreakdownColumn.COMPONENT) == [component_label(c) for c in Component]
    points = [float(text) for text in column(breakdown, BreakdownColumn.POINTS)]
    best = panel.ranking.current_score()
    assert best is not None
    assert sum(points) == pytest.approx(best.total, abs=0.5)
    assert all(column(breakdown, BreakdownColumn.WHY))
    assert "Ingrid Vandersteen" in panel.ranking.breakdown_title.text()

    panel.ranking.suggestions.select_row(1)
    assert "Kwame Mensah-Peeters" in panel.ranking.breakdown_title.text()
    other = panel.ranking.current_score()
    assert other is not None and other.mentor_id == people["Kwame"]


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        (
            "Oleksandr",
            {
                "Ingrid Vandersteen": Exclusion.NO_COMMON_LANGUAGE,
                "Kwame Mensah-Peeters": Exclusion.NO_COMMON_LANGUAGE,
                "Marta Kowalczyk": Exclusion.NOT_ACCEPTED,
                "Sione Taufa": Exclusion.AT_CAPACITY,
            },
        ),
        (
            "Farida",
            {
                "Ingrid Vandersteen": Exclusion.DECLINED,
                "Marta Kowalczyk": Exclusion.NOT_ACCEPTED,
                "Sione Taufa": Exclusion.AT_CAPACITY,
            },
        ),
    ],
)
def test_hard_rules_keep_mentors_out_of_the_ranking_and_say_why(
    screen: MatchingScreen,
    people: dict[str, str],
    given: str,
    expected: dict[str, Exclusion],
) -> None:
    panel = screen.suggestions
    choose(screen, people, given)
    excluded = panel.ranking.excluded_model
    shown = dict(
        zip(
            column(excluded, ExcludedColumn.NAME),
            column(excluded, ExcludedColumn.REASON),
            strict=True,
        )
    )
    assert shown == {name: exclusion_text(reason) for name, reason in expected.items()}
    ranked = set(column(panel.ranking.suggestion_model, SuggestionColumn.NAME))
    assert ranked.isdisjoint(expected)
    if not ranked:
        assert not panel.ranking.review_button.isEnabled()
        assert not panel.ranking.propose_button.isEnabled()


def test_the_reverse_role_suggests_mentees_for_a_mentor_with_free_places(
    qtbot: QtBot, screen: MatchingScreen, people: dict[str, str]
) -> None:
    panel = screen.suggestions
    panel.mentors_choice.click()
    model = panel.people_model
    # Sione is full and Marta not accepted: neither can take a mentee now.
    assert column(model, PeopleColumn.NAME) == ["Ingrid Vandersteen", "Kwame Mensah-Peeters"]
    assert column(model, PeopleColumn.DETAIL) == ["2 of 2", "1 of 1"]
    choose(screen, people, "Ingrid")
    names = column(panel.ranking.suggestion_model, SuggestionColumn.NAME)
    assert names[0] == "Amani Okonkwo-Dubois"
    assert "Farida Haidari" not in names and "Oleksandr Kovalenko" not in names
    assert column(panel.ranking.suggestion_model, SuggestionColumn.DETAIL)[0] == "3 months"
    reasons = dict(
        zip(
            column(panel.ranking.excluded_model, ExcludedColumn.NAME),
            column(panel.ranking.excluded_model, ExcludedColumn.REASON),
            strict=True,
        )
    )
    assert reasons == {
        "Farida Haidari": exclusion_text(Exclusion.DECLINED),
        "Oleksandr Kovalenko": exclusion_text(Exclusion.NO_COMMON_LANGUAGE),
    }

    # The review is always asked for as (mentee, mentor), whichever side was chosen.
    panel.ranking.suggestions.setFocus()
    with qtbot.waitSignal(screen.review_requested) as signal:
        qtbot.keyClick(panel.ranking.suggestions, Qt.Key.Key_Return)
    assert signal.args == [people["Amani"], people["Ingrid"]]


def test_enter_on_a_suggestion_opens_the_review_and_on_a_person_their_case(
    qtbot: QtBot, screen: MatchingScreen, people: dict[str, str]
) -> None:
    panel = screen.suggestions
    choose(screen, people, "Lan")
    panel.ranking.suggestions.setFocus()
    with qtbot.waitSignal(screen.review_requested) as review:
        qtbot.keyClick(panel.ranking.suggestions, Qt.Key.Key_Return)
    assert review.args == [people["Lan"], people["Kwame"]]
    panel.people.setFocus()
    with qtbot.waitSignal(screen.open_case) as opened:
        qtbot.keyClick(panel.people, Qt.Key.Key_Return)
    assert opened.args == [people["Lan"]]


def test_typing_a_name_narrows_the_list_and_the_suggestions_follow_the_choice(
    qtbot: QtBot, screen: MatchingScreen, people: dict[str, str]
) -> None:
    panel = screen.suggestions
    choose(screen, people, "Amani")
    qtbot.keyClicks(panel.search, "nguyen")  # no accents needed
    assert column(panel.people_model, PeopleColumn.NAME) == ["Lan Nguyễn Thị"]
    assert "Lan Nguyễn Thị" in panel.ranking.title.text()
    assert (
        column(panel.ranking.suggestion_model, SuggestionColumn.NAME)[0] == "Kwame Mensah-Peeters"
    )
    qtbot.keyClick(panel.search, Qt.Key.Key_Escape)
    assert panel.people_model.rowCount() == 4
    assert "Lan Nguyễn Thị" in panel.ranking.title.text()  # the choice stays


def test_propose_saves_a_match_once_confirmed_and_the_mentee_stops_waiting(
    qtbot: QtBot,
    screen: MatchingScreen,
    people: dict[str, str],
    session: Session,
    dialogs: ScriptedDialogs,
) -> None:
    panel = screen.suggestions
    choose(screen, people, "Amani")
    score = panel.ranking.current_score()
    assert score is not None

    dialogs.confirmations.append(False)
    panel.ranking.propose_button.click()
    assert match_count(session.programme, people["Amani"]) == 0

    dialogs.confirmations.append(True)
    panel.ranking.propose_button.click()
    case = session.programme.cases.read(people["Amani"])
    assert [(m.mentor_id, m.proposed_on) for m in case.matches] == [(people["Ingrid"], TODAY)]
    assert case.matches[0].score == pytest.approx(score.total)
    assert "Ingrid Vandersteen" in dialogs.messages("confirm")[-1]
    qtbot.waitUntil(lambda: panel.people_model.row_of(people["Amani"]) < 0)
    assert column(panel.people_model, PeopleColumn.NAME)[0] == "Lan Nguyễn Thị"
    assert "Proposed Ingrid Vandersteen" in panel.ranking.message.text()

    panel.mentors_choice.click()
    assert column(panel.people_model, PeopleColumn.DETAIL)[0] == "1 of 2"


def test_a_hidden_screen_reads_the_pool_again_only_when_shown(
    qtbot: QtBot, screen: MatchingScreen, session: Session
) -> None:
    screen.hide()
    new = add_person(
        session.programme, "Aroha", "Ngata", days_ago=200, languages={"nl": "C1"}, sector="J"
    )
    session.refresh_index()
    assert screen.suggestions.people_model.row_of(new) < 0
    screen.show()
    qtbot.waitExposed(screen)
    assert screen.suggestions.people_model.row_of(new) == 0


def test_new_weights_apply_as_soon_as_the_settings_change(
    qtbot: QtBot, screen: MatchingScreen, people: dict[str, str], session: Session
) -> None:
    run_pool(qtbot, screen)
    screen.parts.setCurrentWidget(screen.suggestions)
    choose(screen, people, "Amani")
    programme = session.programme
    only_place = {**Weights().as_dict(), "job": 0, "availability": 0, "languages": 0}
    only_place |= {"preferences": 0, "interests": 0, "waiting": 0}
    programme.save_profile(
        dataclasses.replace(programme.profile(), match_weights=only_place),
        author=session.user_id,
    )
    session.settings_changed.emit()
    ranking = screen.suggestions.ranking
    # Ingrid lives in Amani's postcode: with place alone counting, she scores full marks.
    qtbot.waitUntil(
        lambda: column(ranking.suggestion_model, SuggestionColumn.SCORE)[0] == "100 / 100"
    )
    screen.parts.setCurrentWidget(screen.whole_pool)
    assert screen.whole_pool.stale_note.isVisible()  # the proposal shown used the old weights


# --- the whole-pool proposal --------------------------------------------------------------


def test_the_pool_proposal_respects_capacity_and_lists_who_has_no_good_match(
    qtbot: QtBot, screen: MatchingScreen, people: dict[str, str]
) -> None:
    panel = screen.whole_pool
    screen.parts.setCurrentWidget(panel)
    qtbot.mouseClick(panel.run_button, Qt.MouseButton.LeftButton)
    assert not panel.run_button.isEnabled()
    assert panel.busy.isVisible()
    qtbot.waitUntil(lambda: not panel.is_running())
    assert panel.run_button.isEnabled()
    assert not panel.busy.isVisible()

    pairs = panel.pair_model
    assert list(
        zip(column(pairs, PairColumn.MENTEE), column(pairs, PairColumn.MENTOR), strict=True)
    ) == [
        ("Amani Okonkwo-Dubois", "Ingrid Vandersteen"),
        ("Lan Nguyễn Thị", "Kwame Mensah-Peeters"),
    ]
    assert column(pairs, PairColumn.WAITED) == ["3 months", "5 weeks"]
    assert set(column(pairs, PairColumn.DECISION)) == {"To review"}
    assert all(column(pairs, PairColumn.WHY))
    pool = screen.pool
    assert pool is not None
    taken = Counter(column(pairs, PairColumn.MENTOR))
    for mentor in pool.mentors:
        assert taken[pool.entries[mentor.id].display_name] <= free_places(mentor)

    unmatched = panel.unmatched_model
    reasons = dict(
        zip(
            column(unmatched, UnmatchedColumn.MENTEE),
            column(unmatched, UnmatchedColumn.REASON),
            strict=True,
        )
    )
    assert reasons == {
        "Farida Haidari": unmatched_text(Unmatched.NO_JOB_FIT),
        "Oleksandr Kovalenko": unmatched_text(Unmatched.NO_ELIGIBLE_MENTOR),
    }
    assert column(unmatched, UnmatchedColumn.BEST)[1] == ""  # nobody could take Oleksandr
    assert "Pairs proposed: 2 for 4 waiting mentees" in panel.summary.text()


def test_confirming_one_pair_saves_exactly_that_one(
    qtbot: QtBot,
    screen: MatchingScreen,
    people: dict[str, str],
    session: Session,
    dialogs: ScriptedDialogs,
) -> None:
    run_pool(qtbot, screen)
    panel = screen.whole_pool
    panel.pairs.select_row(panel.pair_model.row_of(people["Lan"]))
    qtbot.mouseClick(panel.confirm_button, Qt.MouseButton.LeftButton)

    programme = session.programme
    lan = programme.cases.read(people["Lan"])
    assert [m.mentor_id for m in lan.matches] == [people["Kwame"]]
    assert lan.status.status is Status.MATCHING
    assert match_count(programme, people["Amani"]) == 0
    assert panel.decision(people["Lan"]) is PairDecision.CONFIRMED
    assert panel.decision(people["Amani"]) is PairDecision.OPEN
    decisions = column(panel.pair_model, PairColumn.DECISION)
    assert decisions == ["To review", "Confirmed: proposed to the mentor"]
    assert not panel.stale_note.isVisible()  # the coach's own confirmation changes nothing else
    assert dialogs.shown == []
    # The next pair still to review is chosen, and a confirmed pair cannot be saved twice.
    chosen = panel.current_score()
    assert chosen is not None and chosen.mentee_id == people["Amani"]
    panel.pairs.select_row(panel.pair_model.row_of(people["Lan"]))
    assert not panel.confirm_button.isEnabled()
    assert not panel.skip_button.isEnabled()


def test_skipping_a_pair_saves_nothing(
    qtbot: QtBot, screen: MatchingScreen, people: dict[str, str], session: Session
) -> None:
    run_pool(qtbot, screen)
    panel = screen.whole_pool
    panel.pairs.select_row(0)
    qtbot.mouseClick(panel.skip_button, Qt.MouseButton.LeftButton)
    assert panel.decision(people["Amani"]) is PairDecision.SKIPPED
    assert column(panel.pair_model, PairColumn.DECISION)[0] == "Skipped: nothing saved"
    for mentee in ("Amani", "Lan", "Farida", "Oleksandr"):
        open_matches = [
            m for m in session.programme.cases.read(people[mentee]).matches if m.is_open
        ]
        assert open_matches == []
    chosen = panel.current_score()
    assert chosen is not None and chosen.mentee_id == people["Lan"]  # on to the next pair


def test_a_pair_no_longer_allowed_is_refused_and_its_row_says_why(
    qtbot: QtBot,
    screen: MatchingScreen,
    people: dict[str, str],
    session: Session,
    dialogs: ScriptedDialogs,
) -> None:
    run_pool(qtbot, screen)
    panel = screen.whole_pool
    # Meanwhile Kwame's only place goes to Farida, from elsewhere in the application.
    programme = session.programme
    propose_match(
        programme, people["Farida"], people["Kwame"], proposed_on=TODAY, score=40.0, author=COACH
    )
    session.notify_case_saved(people["Farida"])
    assert panel.stale_note.isVisible()
    assert column(panel.pair_model, PairColumn.MENTEE)[1] == "Lan Nguyễn Thị"  # kept as shown

    panel.pairs.select_row(1)
    qtbot.mouseClick(panel.confirm_button, Qt.MouseButton.LeftButton)
    [error] = dialogs.messages("error")
    assert "as many mentees" in error
    assert panel.decision(people["Lan"]) is PairDecision.FAILED
    assert column(panel.pair_model, PairColumn.DECISION)[1] == f"Not saved: {error}"
    assert match_count(programme, people["Lan"]) == 0
    assert panel.decision(people["Amani"]) is PairDecision.OPEN


def test_enter_on_a_pair_opens_the_review_and_on_an_unmatched_mentee_the_case(
    qtbot: QtBot, screen: MatchingScreen, people: dict[str, str]
) -> None:
    run_pool(qtbot, screen)
    panel = screen.whole_pool
    panel.pairs.setFocus()
    with qtbot.waitSignal(screen.review_requested) as review:
        qtbot.keyClick(panel.pairs, Qt.Key.Key_Return)
    assert review.args == [people["Amani"], people["Ingrid"]]
    panel.unmatched.setFocus()
    panel.unmatched.select_row(0)
    with qtbot.waitSignal(screen.open_case) as opened:
        qtbot.keyClick(panel.unmatched, Qt.Key.Key_Return)
    assert opened.args == [people["Farida"]]


def test_every_action_has_a_keyboard_mnemonic(screen: MatchingScreen) -> None:
    suggestions, pool = screen.suggestions, screen.whole_pool
    buttons = (
        suggestions.mentees_choice,
        suggestions.mentors_choice,
        suggestions.open_button,
        suggestions.ranking.review_button,
        suggestions.ranking.propose_button,
        suggestions.ranking.excluded_toggle,
        pool.run_button,
        pool.confirm_button,
        pool.skip_button,
        pool.review_button,
        pool.open_button,
    )
    for index in range(screen.parts.count()):
        assert "&" in screen.parts.tabText(index)
    mnemonics = [button.text().split("&")[1][0].lower() for button in buttons]
    assert len(set(mnemonics[:6])) == 6
    assert len(set(mnemonics[6:])) == 5


def test_the_models_are_well_behaved_item_models(  # type: ignore[no-untyped-def]
    qtmodeltester, qtbot: QtBot, screen: MatchingScreen, people: dict[str, str]
) -> None:
    choose(screen, people, "Amani")
    run_pool(qtbot, screen)
    suggestions, pool = screen.suggestions, screen.whole_pool
    for model in (
        suggestions.people_model,
        suggestions.ranking.suggestion_model,
        suggestions.ranking.breakdown_model,
        suggestions.ranking.excluded_model,
        pool.pair_model,
        pool.unmatched_model,
    ):
        qtmodeltester.check(model, force_py=True)
