"""The rules of Today: each kind appears and goes away on the right day (no Qt)."""

from __future__ import annotations

import dataclasses
from datetime import date, timedelta
from types import MappingProxyType

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.rules.today import (
    NO_AGREEMENT,
    NOT_SIGNED,
    TodayItem,
    TodayKind,
    TodaySettings,
    Urgency,
    latest_recorded,
    today_items,
)
from storage.duo_summary import DuoSummary
from storage.index import IndexEntry, MatchEntry
from storage.index_rows import search_words
from storage.programme import ProgrammeProfile
from storage.records import MatchState, Role, Status

SETTINGS = TodaySettings()
START = date(2026, 3, 2)  # a Monday; the duo's agreement starts that day


def person(
    case_id: str,
    given: str,
    family: str,
    *,
    role: Role = Role.MENTEE,
    status: Status = Status.IN_DUO,
    coach: str = "staff-1",
    waiting_since: date | None = None,
    consent: bool = True,
) -> IndexEntry:
    """An index entry with what Today reads."""
    return IndexEntry(
        case_id,
        role,
        given,
        family,
        " ".join(search_words(f"{given} {family}")),
        status,
        waiting_since or START,
        waiting_since,
        (),
        (),
        "",
        "",
        {},
        (),
        coach,
        None,
        "",
        None,
        "",
        1,
        False,
        evaluation_consent=consent,
    )


def healthy(**changes: object) -> DuoSummary:
    """A running duo with nothing to do on START + 20 days: signed, in touch, far from its end."""
    values: dict[str, object] = {
        "validated_on": START,
        "first_meeting_on": START - timedelta(days=7),
        "coach_present": True,
        "has_agreement": True,
        "start_on": START,
        "planned_end_on": date(2026, 9, 2),
        "planned_months": 6,
        "signed": True,
        "charter_version": "2024",
        "meeting_days": (START + timedelta(days=14),),
        "interim_call_on": START + timedelta(days=10),
    }
    values.update(changes)
    return DuoSummary(**values)  # type: ignore[arg-type]


def match(
    duo: DuoSummary | None,
    *,
    match_id: str = "match-1",
    mentee_id: str = "mentee-1",
    mentor_id: str = "mentor-1",
    state: MatchState | None = None,
    state_since: date | None = None,
) -> MatchEntry:
    """A match as the index keeps it; a duo's state follows its summary."""
    if state is None:
        state = MatchState.DUO if duo is None or duo.running else MatchState.ENDED
    since = state_since or (duo.ended_on or duo.validated_on if duo else START)
    return MatchEntry(match_id, mentee_id, mentor_id, state, since, START - timedelta(days=30), duo)


def kinds(items: list[TodayItem]) -> list[TodayKind]:
    return [item.kind for item in items]


def only(items: list[TodayItem], kind: TodayKind) -> TodayItem | None:
    found = [item for item in items if item.kind is kind]
    assert len(found) <= 1
    return found[0] if found else None


def on(day: date, *matches: MatchEntry, waiting: tuple[IndexEntry, ...] = ()) -> list[TodayItem]:
    return today_items(matches, waiting, SETTINGS, day)


def test_a_healthy_duo_needs_nothing() -> None:
    assert on(START + timedelta(days=20), match(healthy())) == []


def test_silence_is_due_after_the_agreed_frequency_and_urgent_after_thirty_days() -> None:
    duo = match(healthy())  # last meeting on START + 14
    last = START + timedelta(days=14)
    assert only(on(last + timedelta(days=14)), TodayKind.SILENT) is None
    item = only(on(last + timedelta(days=15), duo), TodayKind.SILENT)
    assert item is not None
    assert (item.urgency, item.days, item.detail) == (Urgency.DUE, 1, 15)
    assert item.since == last + timedelta(days=14)
    assert (item.case_id, item.match_id, item.other_id) == ("mentee-1", "match-1", "mentor-1")
    at_thirty = only(on(last + timedelta(days=30), duo), TodayKind.SILENT)
    assert at_thirty is not None and at_thirty.urgency is Urgency.DUE
    after = only(on(last + timedelta(days=31), duo), TodayKind.SILENT)
    assert after is not None and after.urgency is Urgency.URGENT


def test_a_contact_ends_the_silence() -> None:
    day = START + timedelta(days=40)
    called = match(healthy(contact_days=(day - timedelta(days=2),)))
    assert only(on(day, called), TodayKind.SILENT) is None


def test_the_agreement_sets_the_frequency_and_the_programme_the_default() -> None:
    day = START + timedelta(days=14 + 20)  # 20 days since the last meeting
    monthly = match(healthy(contact_every_days=30))
    assert only(on(day, monthly), TodayKind.SILENT) is None
    unagreed = match(healthy(has_agreement=False, start_on=None, planned_end_on=None))
    relaxed = TodaySettings(contact_every_days=21)
    assert only(today_items([unagreed], [], relaxed, day), TodayKind.SILENT) is None
    assert only(today_items([unagreed], [], SETTINGS, day), TodayKind.SILENT) is not None


def test_a_concern_is_urgent_once_its_next_action_day_comes() -> None:
    follow_up = START + timedelta(days=16)
    action = START + timedelta(days=19)
    worried = match(healthy(concern=True, last_follow_up_on=follow_up, next_action_on=action))
    assert only(on(action - timedelta(days=1), worried), TodayKind.CONCERN) is None
    item = only(on(action + timedelta(days=1), worried), TodayKind.CONCERN)
    assert item is not None
    assert (item.urgency, item.since, item.days) == (Urgency.URGENT, action, 1)
    eased = match(healthy(concern=False, last_follow_up_on=action, next_action_on=None))
    assert only(on(action + timedelta(days=1), eased), TodayKind.CONCERN) is None


def test_first_meeting_to_validate_from_its_day() -> None:
    meeting = date(2026, 4, 14)
    planned = match(None, state=MatchState.MEETING_PLANNED, state_since=meeting)
    assert on(meeting - timedelta(days=1), planned) == []
    item = only(on(meeting + timedelta(days=3), planned), TodayKind.VALIDATE_FIRST_MEETING)
    assert item is not None and (item.since, item.days) == (meeting, 3)
    proposed = match(None, state=MatchState.PROPOSED, state_since=meeting)
    assert on(meeting + timedelta(days=3), proposed) == []


def test_agreement_missing_or_not_signed_by_all_three() -> None:
    day = START + timedelta(days=20)
    none = only(
        on(day, match(healthy(has_agreement=False, signed=False))), TodayKind.AGREEMENT_UNSIGNED
    )
    assert none is not None and none.missing == (NO_AGREEMENT,) and none.days == 20
    unsigned = only(on(day, match(healthy(signed=False))), TodayKind.AGREEMENT_UNSIGNED)
    assert unsigned is not None and unsigned.missing == (NOT_SIGNED,)
    ended = healthy(signed=False, ended_on=day - timedelta(days=1))
    assert only(on(day, match(ended)), TodayKind.AGREEMENT_UNSIGNED) is None


@pytest.mark.parametrize(
    ("start", "due"),
    [(date(2026, 1, 31), date(2026, 2, 28)), (date(2028, 1, 31), date(2028, 2, 29))],
)
def test_interim_call_due_one_month_after_the_start(start: date, due: date) -> None:
    duo = match(
        healthy(
            validated_on=start,
            start_on=start,
            planned_end_on=start + timedelta(days=300),
            meeting_days=(),
            interim_call_on=None,
        )
    )
    assert only(on(due - timedelta(days=1), duo), TodayKind.INTERIM_CALL_DUE) is None
    item = only(on(due, duo), TodayKind.INTERIM_CALL_DUE)
    assert item is not None and (item.since, item.days, item.urgency) == (due, 0, Urgency.DUE)
    held = match(dataclasses.replace(duo.duo, interim_call_on=due))  # type: ignore[arg-type]
    assert only(on(due + timedelta(days=5), held), TodayKind.INTERIM_CALL_DUE) is None


def test_planned_end_warns_three_weeks_ahead_and_is_due_from_the_day() -> None:
    end = date(2026, 9, 2)
    fresh = (end - timedelta(days=25),)
    duo = match(healthy(meeting_days=fresh))
    assert only(on(end - timedelta(days=22), duo), TodayKind.END_APPROACHING) is None
    soon = only(on(end - timedelta(days=21), duo), TodayKind.END_APPROACHING)
    assert soon is not None
    assert (soon.urgency, soon.since, soon.days, soon.detail) == (Urgency.SOON, end, 0, 21)
    due = only(on(end + timedelta(days=5), duo), TodayKind.END_APPROACHING)
    assert due is not None and (due.urgency, due.days, due.detail) == (Urgency.DUE, 5, 0)
    closed = match(healthy(meeting_days=fresh, ended_on=end))
    assert only(on(end + timedelta(days=5), closed), TodayKind.END_APPROACHING) is None


def test_final_evaluations_are_asked_for_three_months_after_the_end() -> None:
    end = date(2026, 9, 30)
    both = match(healthy(ended_on=end))
    item = only(on(end, both), TodayKind.EVALUATION_DUE)
    assert item is not None and item.missing == ("mentee", "mentor")
    one = match(healthy(ended_on=end, evaluations=frozenset({"final/mentor"})))
    item = only(on(end + timedelta(days=10), one), TodayKind.EVALUATION_DUE)
    assert item is not None and (item.missing, item.days) == (("mentee",), 10)
    done = match(healthy(ended_on=end, evaluations=frozenset({"final/mentor", "final/mentee"})))
    assert only(on(end + timedelta(days=10), done), TodayKind.EVALUATION_DUE) is None
    assert only(on(date(2026, 12, 30), both), TodayKind.EVALUATION_DUE) is not None
    assert only(on(date(2026, 12, 31), both), TodayKind.EVALUATION_DUE) is None


def test_outcome_follow_ups_after_a_leap_day_end() -> None:
    end = date(2028, 2, 29)
    duo = match(healthy(ended_on=end, evaluations=frozenset({"final/mentor", "final/mentee"})))
    assert on(date(2028, 5, 28), duo) == []
    for months, due in ((3, date(2028, 5, 29)), (6, date(2028, 8, 29)), (12, date(2029, 2, 28))):
        item = only(on(due, duo), TodayKind.OUTCOME_DUE)
        assert item is not None and (item.detail, item.since, item.days) == (months, due, 0)
    recorded = match(
        dataclasses.replace(duo.duo, outcomes=MappingProxyType({3: "training"}))  # type: ignore[arg-type]
    )
    assert only(on(date(2028, 6, 10), recorded), TodayKind.OUTCOME_DUE) is None


def test_candidates_waiting_longer_than_the_threshold() -> None:
    since = date(2026, 5, 4)
    waiting = person("mentee-9", "Nguyễn Thị", "Lan", status=Status.ACCEPTED, waiting_since=since)
    assert on(since + timedelta(days=27), waiting=(waiting,)) == []
    item = only(on(since + timedelta(days=30), waiting=(waiting,)), TodayKind.WAITING_LONG)
    assert item is not None
    assert (item.case_id, item.days, item.detail, item.match_id) == ("mentee-9", 2, 30, "")
    assert item.urgency is Urgency.DUE
    matched = dataclasses.replace(waiting, status=Status.MATCHING)
    assert on(since + timedelta(days=30), waiting=(matched,)) == []


def test_a_mentor_waiting_long_comes_after_the_mentees() -> None:
    since = date(2026, 5, 4)
    mentor = person(
        "mentor-3",
        "Björn",
        "Lindqvist",
        role=Role.MENTOR,
        status=Status.ACCEPTED,
        waiting_since=since - timedelta(days=60),
    )
    mentee = person("mentee-9", "Nguyễn Thị", "Lan", status=Status.ACCEPTED, waiting_since=since)
    items = on(since + timedelta(days=30), waiting=(mentor, mentee))
    assert [(item.case_id, item.urgency) for item in items] == [
        ("mentee-9", Urgency.DUE),
        ("mentor-3", Urgency.SOON),
    ]


def test_a_clock_years_ahead_is_said_first_and_changes_nothing() -> None:
    matches = [match(healthy()), match(healthy(ended_on=START + timedelta(days=60)), match_id="m2")]
    before = [(m.state, m.duo.to_json() if m.duo else None) for m in matches]
    ahead = date(2031, 9, 1)
    items = today_items(matches, [], SETTINGS, ahead)
    assert items[0].kind is TodayKind.CLOCK_WRONG
    assert items[0].urgency is Urgency.URGENT
    assert items[0].since == START + timedelta(days=60)
    assert {TodayKind.SILENT, TodayKind.END_APPROACHING} <= set(kinds(items))
    assert [(m.state, m.duo.to_json() if m.duo else None) for m in matches] == before
    assert matches[0].duo is not None and matches[0].duo.running


def test_the_clock_is_trusted_for_a_year_after_the_latest_record() -> None:
    duo = match(healthy())
    latest = latest_recorded([duo])
    assert latest == START + timedelta(days=14)
    assert TodayKind.CLOCK_WRONG not in kinds(on(latest + timedelta(days=365), duo))
    assert TodayKind.CLOCK_WRONG in kinds(on(latest + timedelta(days=366), duo))


def test_a_day_typed_years_ahead_does_not_hide_a_wrong_clock() -> None:
    typo = match(healthy(contact_days=(date(2062, 3, 1),)))
    assert kinds(on(date(2031, 1, 1), typo))[0] is TodayKind.CLOCK_WRONG


def test_only_my_duos_and_candidates_when_a_coach_is_chosen() -> None:
    entries = {
        e.id: e
        for e in (
            person("mentee-1", "Олена", "Коваль", coach="staff-1"),
            person("mentor-1", "Mateus", "Ribeiro", role=Role.MENTOR),
            person("mentee-2", "فاطمة", "الزهراء", coach="staff-2"),
            person("mentor-2", "张", "伟", role=Role.MENTOR),
        )
    }
    duos = [
        match(healthy(signed=False)),
        match(
            healthy(signed=False), match_id="match-2", mentee_id="mentee-2", mentor_id="mentor-2"
        ),
    ]
    waiting = person(
        "mentee-3",
        "Kwame",
        "Mensah",
        status=Status.ACCEPTED,
        coach="staff-2",
        waiting_since=START - timedelta(days=60),
    )
    day = START + timedelta(days=20)
    mine = today_items(duos, [waiting], SETTINGS, day, coach="staff-1", entries=entries)
    assert {item.case_id for item in mine} == {"mentee-1"}
    theirs = today_items(duos, [waiting], SETTINGS, day, coach="staff-2", entries=entries)
    assert {item.case_id for item in theirs} == {"mentee-2", "mentee-3"}
    everyone = today_items(duos, [waiting], SETTINGS, day, entries=entries)
    assert {item.case_id for item in everyone} == {"mentee-1", "mentee-2", "mentee-3"}
    with pytest.raises(ValueError, match="coach"):
        today_items(duos, [], SETTINGS, day, coach="staff-1")


def test_a_duo_whose_mentor_was_erased_is_left_out() -> None:
    entries = {"mentee-1": person("mentee-1", "Aiyana", "Redcloud")}
    duo = match(healthy(signed=False))
    day = START + timedelta(days=20)
    assert today_items([duo], [], SETTINGS, day, entries=entries) == []
    assert today_items([duo], [], SETTINGS, day) != []


def test_an_ended_duos_follow_ups_stay_when_its_mentor_is_erased() -> None:
    entries = {"mentee-1": person("mentee-1", "Aiyana", "Redcloud", status=Status.ENDED)}
    ended = match(healthy(ended_on=START + timedelta(days=190)))
    day = START + timedelta(days=190 + 95)
    assert TodayKind.OUTCOME_DUE in kinds(today_items([ended], [], SETTINGS, day, entries=entries))


def test_a_duo_task_comes_before_a_longer_wait() -> None:
    day = START + timedelta(days=80)
    unsigned = match(healthy(meeting_days=(day,), signed=False))
    waiting = person(
        "mentee-w",
        "Sione",
        "Taufa",
        status=Status.ACCEPTED,
        waiting_since=day - timedelta(days=300),
    )
    items = today_items([unsigned], [waiting], SETTINGS, day)
    assert kinds(items)[-1] is TodayKind.WAITING_LONG


def test_most_urgent_then_most_overdue_first() -> None:
    day = START + timedelta(days=80)
    silent_long = match(healthy(meeting_days=(START,)), match_id="a")  # 80 days: urgent
    silent_short = match(healthy(meeting_days=(day - timedelta(days=20),)), match_id="b")
    unsigned = match(healthy(meeting_days=(day,), signed=False), match_id="c")
    items = on(day, unsigned, silent_short, silent_long)
    assert [(item.match_id, item.kind) for item in items] == [
        ("a", TodayKind.SILENT),
        ("c", TodayKind.AGREEMENT_UNSIGNED),
        ("b", TodayKind.SILENT),
    ]


def test_settings_come_from_the_programme_profile() -> None:
    profile = ProgrammeProfile(
        contact_every_days=10, silent_urgent_days=40, end_warning_days=7, waiting_threshold_days=35
    )
    assert TodaySettings.from_profile(profile) == TodaySettings(10, 40, 7, 35)


days = st.dates(min_value=date(2020, 1, 1), max_value=date(2035, 12, 31))
maybe_day = st.none() | days


@st.composite
def duo_summaries(draw: st.DrawFn) -> DuoSummary:
    agreement = draw(st.booleans())
    return DuoSummary(
        validated_on=draw(days),
        has_agreement=agreement,
        start_on=draw(days) if agreement else None,
        planned_end_on=draw(days) if agreement else None,
        contact_every_days=draw(st.integers(1, 60)),
        signed=draw(st.booleans()),
        meeting_days=tuple(sorted(draw(st.lists(days, max_size=4)))),
        contact_days=tuple(sorted(draw(st.lists(days, max_size=4)))),
        interim_call_on=draw(maybe_day),
        last_follow_up_on=draw(maybe_day),
        concern=draw(st.booleans()),
        next_action_on=draw(maybe_day),
        ended_on=draw(maybe_day),
        evaluations=frozenset(draw(st.sets(st.sampled_from(["final/mentee", "final/mentor"])))),
        outcomes=MappingProxyType(
            dict.fromkeys(draw(st.sets(st.sampled_from([3, 6, 9, 12]))), "employed")
        ),
    )


@given(summaries=st.lists(duo_summaries(), max_size=5), today=days, waited=maybe_day)
def test_never_negative_days_and_always_in_order(
    summaries: list[DuoSummary], today: date, waited: date | None
) -> None:
    matches = [match(duo, match_id=f"m{n}") for n, duo in enumerate(summaries)]
    waiting = person("mentee-w", "Sione", "Taufa", status=Status.ACCEPTED, waiting_since=waited)
    items = today_items(matches, [waiting], SETTINGS, today)
    assert all(item.days >= 0 for item in items)
    rest = items[1:] if items and items[0].kind is TodayKind.CLOCK_WRONG else items
    assert TodayKind.CLOCK_WRONG not in kinds(rest)
    ranks = [
        (list(Urgency).index(item.urgency), item.kind is TodayKind.WAITING_LONG, -item.days)
        for item in rest
    ]
    assert ranks == sorted(ranks)


def test_days_recorded_after_today_never_count_backwards() -> None:
    day = START + timedelta(days=20)
    ahead = match(
        healthy(
            validated_on=day + timedelta(days=30),
            start_on=day + timedelta(days=30),
            signed=False,
            meeting_days=(day + timedelta(days=40),),
        )
    )
    items = on(day, ahead)
    assert kinds(items) == [TodayKind.AGREEMENT_UNSIGNED]
    assert items[0].days == 0


def test_nobody_is_asked_for_an_evaluation_or_an_outcome_without_consent() -> None:
    entries = {
        "mentee-1": person("mentee-1", "Aiyana", "Redcloud", status=Status.ENDED, consent=False),
        "mentor-1": person("mentor-1", "Lars", "Øberg", role=Role.MENTOR, status=Status.ACCEPTED),
    }
    ended = match(healthy(ended_on=START + timedelta(days=190)))
    later = START + timedelta(days=190 + 95)
    assert TodayKind.OUTCOME_DUE not in kinds(
        today_items([ended], [], SETTINGS, later, entries=entries)
    )
    soon = START + timedelta(days=190 + 10)
    evaluation = only(
        today_items([ended], [], SETTINGS, soon, entries=entries), TodayKind.EVALUATION_DUE
    )
    assert evaluation is not None and evaluation.missing == ("mentor",)
