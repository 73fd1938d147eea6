"""The key figures of the programme report, counted over a period from hand-made index
entries and matches: each figure on the right day, the period's first and last day
included, the days around them left out, and an empty period all zeros."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date
from types import MappingProxyType

import pytest

from desktop.rules.programme_figures import (
    ByRole,
    ProgrammeFigures,
    WaitFigures,
    programme_figures,
)
from storage.duo_summary import DuoSummary
from storage.errors import DuoError
from storage.index import IndexEntry, MatchEntry
from storage.records import MatchState, Role, Status

START, END = date(2026, 1, 1), date(2026, 3, 31)
MENTOR = "mentor-1"


def entry(
    case_id: str,
    role: Role = Role.MENTEE,
    *,
    registered_on: date | None = None,
    intake_on: date | None = None,
    decision: str = "",
    status: Status | None = None,
    waiting_since: date | None = None,
    capacity: int | None = None,
) -> IndexEntry:
    """An index entry with only what the figures read."""
    return IndexEntry(
        id=case_id,
        role=role,
        given_name="",
        family_name="",
        folded_name=case_id,
        status=status,
        status_since=None,
        waiting_since=waiting_since,
        sectors=(),
        occupations=(),
        municipality="",
        postcode="",
        languages=MappingProxyType({}),
        availability=(),
        coach="",
        capacity=capacity,
        gender="",
        year_of_birth=None,
        country_of_origin="",
        generation=1,
        damaged=False,
        intake_on=intake_on,
        decision=decision,
        registered_on=registered_on,
    )


def match(
    mentee: str,
    proposed_on: date,
    *,
    state: MatchState | None = None,
    duo: DuoSummary | None = None,
    mentor: str = MENTOR,
) -> MatchEntry:
    """A match; a duo when `duo` is given (ended when the duo has an end day)."""
    if state is None:
        ended = duo is not None and duo.ended_on is not None
        state = MatchState.ENDED if ended else MatchState.DUO if duo else MatchState.PROPOSED
    since = duo.ended_on or duo.validated_on if duo else proposed_on
    return MatchEntry(f"{mentee}-{proposed_on}", mentee, mentor, state, since, proposed_on, duo)


def figures(
    entries: Sequence[IndexEntry] = (),
    matches: Sequence[MatchEntry] = (),
    start: date = START,
    end: date = END,
    today: date | None = None,
) -> ProgrammeFigures:
    """The figures of the period (January to March 2026 unless told)."""
    return programme_figures(list(entries), list(matches), start, end, today=today)


def test_registrations_are_counted_per_month_and_role_first_and_last_day_included() -> None:
    entries = [
        entry("a", registered_on=date(2025, 12, 31)),  # the day before: left out
        entry("b", registered_on=START),
        entry("c", registered_on=date(2026, 2, 14)),
        entry("d", Role.MENTOR, registered_on=date(2026, 2, 28)),
        entry("e", Role.MENTOR, registered_on=END),
        entry("f", registered_on=date(2026, 4, 1)),  # the day after: left out
        entry("g", registered_on=None),
    ]
    result = figures(entries)
    assert [m.first_day for m in result.months] == [
        date(2026, 1, 1),
        date(2026, 2, 1),
        date(2026, 3, 1),
    ]
    assert [m.registrations for m in result.months] == [ByRole(1, 0), ByRole(1, 1), ByRole(0, 1)]
    assert result.registrations == ByRole(mentees=2, mentors=2)
    assert result.registrations.total == 4


def test_a_period_from_mid_month_counts_the_part_months_it_touches() -> None:
    entries = [
        entry("a", registered_on=date(2026, 1, 14)),
        entry("b", registered_on=date(2026, 1, 15)),
        entry("c", registered_on=date(2026, 3, 14)),
        entry("d", registered_on=date(2026, 3, 15)),
    ]
    result = figures(entries, start=date(2026, 1, 15), end=date(2026, 3, 14))
    assert [m.registrations.total for m in result.months] == [1, 0, 1]


def test_intakes_and_the_screening_decisions_of_those_interviewed_in_the_period() -> None:
    entries = [
        entry("a", intake_on=date(2026, 1, 10), decision="accepted"),
        entry("b", intake_on=date(2026, 1, 20), decision="refused"),
        entry("c", Role.MENTOR, intake_on=date(2026, 2, 3), decision="accepted"),
        entry("d", intake_on=date(2026, 3, 30), decision="referred"),
        entry("e", intake_on=date(2026, 3, 31)),  # no decision yet
        entry("f", intake_on=date(2025, 12, 20), decision="refused"),  # before the period
    ]
    result = figures(entries)
    assert [m.intakes for m in result.months] == [ByRole(2, 0), ByRole(0, 1), ByRole(2, 0)]
    assert result.intakes == ByRole(4, 1)
    assert dict(result.decisions) == {"accepted": 2, "refused": 1, "referred": 1, "pending": 1}


def test_proposals_count_on_their_day_and_duos_on_their_validation() -> None:
    duo = DuoSummary(validated_on=date(2026, 2, 10))
    matches = [
        match("a", date(2025, 12, 28), duo=duo),  # proposed before, validated in the period
        match("b", date(2026, 1, 5), state=MatchState.DECLINED),
        match("c", date(2026, 3, 31)),
        match("d", date(2026, 4, 1)),
    ]
    result = figures(matches=matches)
    assert [m.proposals for m in result.months] == [1, 0, 1]
    assert [m.duos_started for m in result.months] == [0, 1, 0]
    assert (result.proposals, result.duos_started) == (2, 1)


def test_a_duo_is_active_in_a_month_from_its_validation_until_the_month_it_ends() -> None:
    matches = [
        match("running", date(2025, 10, 1), duo=DuoSummary(validated_on=date(2025, 10, 20))),
        match(
            "ends-in-february",
            date(2025, 11, 1),
            duo=DuoSummary(validated_on=date(2025, 11, 15), ended_on=date(2026, 2, 1)),
        ),
        match("starts-in-march", date(2026, 3, 1), duo=DuoSummary(validated_on=date(2026, 3, 31))),
        match(
            "ended-before",
            date(2025, 5, 1),
            duo=DuoSummary(validated_on=date(2025, 5, 20), ended_on=date(2025, 12, 31)),
        ),
        match("starts-after", date(2026, 3, 20), duo=DuoSummary(validated_on=date(2026, 4, 1))),
    ]
    result = figures(matches=matches)
    assert [m.active_duos for m in result.months] == [2, 2, 2]
    assert result.active_duos == 3


def test_meetings_are_counted_only_inside_the_period() -> None:
    days = (
        date(2025, 12, 31),
        date(2026, 1, 1),
        date(2026, 1, 15),
        date(2026, 3, 31),
        date(2026, 4, 1),
    )
    duo = DuoSummary(
        validated_on=date(2025, 12, 1), meeting_days=days, contact_days=(date(2026, 2, 2),)
    )
    result = figures(matches=[match("a", date(2025, 11, 20), duo=duo)])
    assert [m.meetings for m in result.months] == [2, 0, 1]
    assert result.meetings == 3


def _ended(
    mentee: str, ended_on: date, kind: str, reason: str, lasting: bool = True, **outcomes: str
) -> MatchEntry:
    """A duo ended on `ended_on` with outcomes such as m12="employed" (a job funders count,
    unless `lasting` is False)."""
    months = {int(name[1:]): value for name, value in outcomes.items()}
    duo = DuoSummary(
        validated_on=date(2024, 6, 1),
        ended_on=ended_on,
        end_kind=kind,
        end_reason=reason,
        outcomes=MappingProxyType(months),
        lasting_job_months=frozenset(
            month for month, value in months.items() if value == "employed" and lasting
        ),
    )
    return match(mentee, date(2024, 5, 1), duo=duo)


def test_endings_by_reason_most_frequent_first_and_by_kind() -> None:
    matches = [
        _ended("a", date(2026, 1, 31), "planned", "planned-end"),
        _ended("b", date(2026, 2, 2), "early", "found-job"),
        _ended("c", date(2026, 3, 3), "early", "found-job"),
        _ended("d", date(2026, 3, 31), "early", ""),
        _ended("e", date(2025, 12, 31), "early", "moved"),  # before the period
    ]
    result = figures(matches=matches)
    assert result.end_reasons == (("found-job", 2), ("", 1), ("planned-end", 1))
    assert dict(result.end_kinds) == {"planned": 1, "early": 3, "unknown": 0}
    assert result.endings == 4


def test_outcomes_at_twelve_months_for_the_duos_whose_follow_up_falls_in_the_period() -> None:
    matches = [
        _ended("a", date(2025, 1, 1), "planned", "planned-end", m12="employed", m6="training"),
        _ended("b", date(2025, 2, 15), "planned", "planned-end", m12="unemployed"),
        _ended("c", date(2025, 3, 31), "early", "found-job", m3="employed"),  # no 12 recorded
        _ended("d", date(2024, 12, 31), "planned", "planned-end", m12="employed"),  # before
        _ended("e", date(2025, 4, 1), "planned", "planned-end", m12="training"),  # after
        _ended("f", date(2025, 3, 1), "planned", "planned-end", lasting=False, m12="employed"),
    ]
    result = figures(matches=matches)
    assert dict(result.outcomes) == {
        "employed": 1,
        "employed-short": 1,  # a fixed term under six months: not what funders count
        "training": 0,
        "unemployed": 1,
        "other": 0,
        "unknown": 1,
    }
    assert result.outcomes_due == 4
    assert result.outcomes_known == 3  # the employment rate is of the duos followed up


def test_a_wait_runs_from_registration_past_a_declined_proposal_to_the_next_proposal() -> None:
    entries = [
        entry("slow", registered_on=date(2025, 11, 1)),
        entry("quick", registered_on=date(2026, 1, 1)),
        entry("again", registered_on=date(2024, 1, 1)),
    ]
    first_duo = DuoSummary(validated_on=date(2024, 3, 1), ended_on=date(2025, 12, 1))
    matches = [
        match("slow", date(2026, 1, 10), state=MatchState.DECLINED),
        match("slow", date(2026, 2, 15)),  # 3 months and 14 days after registering
        match("quick", date(2026, 1, 11)),  # 10 days
        match("again", date(2024, 2, 1), duo=first_duo),  # proposed before the period
        match("again", date(2026, 1, 20)),  # a new wait from the end of the first duo
    ]
    result = figures(entries, matches)
    assert result.matched_waits == WaitFigures(count=3, median_days=50, bins=(1, 1, 0, 1, 0))


def test_waiting_now_counts_accepted_mentees_and_mentors_with_a_free_place() -> None:
    accepted = Status.ACCEPTED
    entries = [
        entry("m1", status=accepted, waiting_since=date(2026, 3, 1)),
        entry("m2", status=accepted, waiting_since=date(2025, 9, 1)),
        entry("m3", status=Status.MATCHING),
        entry("free", Role.MENTOR, status=accepted, waiting_since=date(2026, 1, 1), capacity=2),
        entry("full", Role.MENTOR, status=accepted, waiting_since=date(2026, 1, 1)),
    ]
    matches = [
        match("m3", date(2026, 3, 2), mentor="full"),
        match("x", date(2026, 3, 2), mentor="free"),
    ]
    result = figures(entries, matches, today=date(2026, 4, 10))
    # 40 days (1 month) and 221 days (7 months), measured on `today`.
    assert result.waiting_now == WaitFigures(count=2, median_days=130.5, bins=(0, 1, 0, 0, 1))
    assert result.mentors_waiting_now == 1


def test_an_empty_period_counts_nothing() -> None:
    entries = [entry("a", registered_on=date(2025, 6, 1), intake_on=date(2025, 6, 5))]
    result = figures(entries, start=date(2026, 5, 1), end=date(2026, 5, 31))
    assert len(result.months) == 1
    assert result.registrations == result.intakes == ByRole(0, 0)
    assert (result.proposals, result.duos_started, result.active_duos, result.meetings) == (
        0,
        0,
        0,
        0,
    )
    assert result.end_reasons == ()
    assert result.endings == result.outcomes_due == 0
    assert result.matched_waits == WaitFigures(0, None, (0, 0, 0, 0, 0))
    assert result.waiting_now.median_days is None


def test_a_period_that_ends_before_it_begins_is_refused() -> None:
    with pytest.raises(DuoError, match="ends before it begins"):
        figures(start=date(2026, 3, 1), end=date(2026, 2, 28))


def test_a_damaged_file_with_no_role_is_left_out() -> None:
    damaged = replace(entry("x", registered_on=date(2026, 1, 5)), role=None, damaged=True)
    assert figures([damaged]).registrations.total == 0
