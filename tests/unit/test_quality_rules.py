"""The quality criteria of seed 001, ticked by the data, per duo and for the programme."""

from __future__ import annotations

import dataclasses
from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.rules.quality import (
    PARTICIPANT_CRITERIA,
    Cause,
    Check,
    Criterion,
    CriterionResult,
    ProgrammeCriterion,
    Shortfall,
    duo_checklist,
    programme_checklist,
    shortfalls,
)
from storage.duo_summary import DuoSummary
from storage.index import IndexEntry, MatchEntry
from storage.index_rows import search_words
from storage.records import MatchState, Role, Status

START = date(2026, 1, 12)
END = date(2026, 7, 20)  # six months and a week after the start
TODAY = date(2026, 8, 10)


def person(
    case_id: str,
    given: str,
    family: str,
    *,
    role: Role = Role.MENTEE,
    status: Status = Status.IN_DUO,
    since: date = START,
    coach: str = "staff-1",
    info: bool = True,
    intake: bool = True,
    decision: str = "accepted",
    consent: bool = True,
    reason: bool = False,
) -> IndexEntry:
    """An index entry with what the quality criteria read."""
    return IndexEntry(
        case_id,
        role,
        given,
        family,
        " ".join(search_words(f"{given} {family}")),
        status,
        since,
        None,
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
        info_session_on=date(2025, 11, 5) if info else None,
        intake_on=date(2025, 11, 20) if intake else None,
        decision=decision,
        decision_reason_given=reason,
        evaluation_consent=consent,
    )


MENTEE = person("mentee-1", "Ngozi", "Adeyemi")
MENTOR = person("mentor-1", "Lars", "Øberg", role=Role.MENTOR)


def every_two_weeks(start: date, end: date) -> tuple[date, ...]:
    return tuple(start + timedelta(days=day) for day in range(14, (end - start).days + 1, 14))


def good(**changes: object) -> DuoSummary:
    """A duo that ended well: every criterion met."""
    values: dict[str, object] = {
        "validated_on": START,
        "first_meeting_on": START - timedelta(days=5),
        "coach_present": True,
        "has_agreement": True,
        "start_on": START,
        "planned_end_on": END,
        "signed": True,
        "charter_version": "2024",
        "meeting_days": every_two_weeks(START, END),
        "interim_call_on": START + timedelta(days=33),
        "ended_on": END,
        "final_meeting_on": END,
        "evaluations": frozenset({"final/mentee", "final/mentor"}),
    }
    values.update(changes)
    return DuoSummary(**values)  # type: ignore[arg-type]


def running(**changes: object) -> DuoSummary:
    """A duo that still runs, in touch every two weeks up to TODAY."""
    values: dict[str, object] = {
        "ended_on": None,
        "final_meeting_on": None,
        "evaluations": frozenset(),
        "meeting_days": every_two_weeks(START, TODAY),
        "planned_end_on": date(2026, 12, 12),
    }
    values.update(changes)
    return good(**values)


def entry_of(duo: DuoSummary | None, state: MatchState | None = None) -> MatchEntry:
    if state is None:
        state = MatchState.DUO if duo is None or duo.running else MatchState.ENDED
    return MatchEntry("match-1", "mentee-1", "mentor-1", state, START, START, duo)


def check(
    duo: DuoSummary,
    criterion: Criterion,
    *,
    today: date = TODAY,
    mentee: IndexEntry | None = MENTEE,
    mentor: IndexEntry | None = MENTOR,
) -> CriterionResult:
    results = duo_checklist(entry_of(duo), mentee, mentor, today)
    assert [result.criterion for result in results] == list(Criterion)
    return next(result for result in results if result.criterion is criterion)


def test_a_duo_that_went_well_meets_every_criterion() -> None:
    results = duo_checklist(entry_of(good()), MENTEE, MENTOR, TODAY)
    assert {r.criterion: r.check for r in results} == {
        c: Check.NOT_APPLICABLE if c is Criterion.REFUSAL_REASON else Check.MET for c in Criterion
    }


def test_info_session_and_interview_for_both_sides() -> None:
    no_info = person("mentor-1", "Lars", "Øberg", role=Role.MENTOR, info=False)
    assert check(good(), Criterion.INFO_SESSION, mentor=no_info).check is Check.NOT_MET
    assert check(good(), Criterion.INTERVIEW, mentor=no_info).check is Check.MET
    no_intake = person("mentee-1", "Ngozi", "Adeyemi", intake=False)
    assert check(good(), Criterion.INTERVIEW, mentee=no_intake).check is Check.NOT_MET
    erased = check(good(), Criterion.INFO_SESSION, mentor=None)
    assert erased.check is Check.NOT_APPLICABLE


@pytest.mark.parametrize(
    ("present", "expected"),
    [(True, Check.MET), (False, Check.NOT_MET), (None, Check.NOT_APPLICABLE)],
)
def test_coach_at_the_first_meeting(present: bool | None, expected: Check) -> None:
    assert check(good(coach_present=present), Criterion.COACH_AT_FIRST_MEETING).check is expected


def test_validation_after_the_first_meeting() -> None:
    assert check(good(), Criterion.VALIDATION).check is Check.MET
    early = good(first_meeting_on=START + timedelta(days=2))
    assert check(early, Criterion.VALIDATION).check is Check.NOT_MET
    assert check(good(first_meeting_on=None), Criterion.VALIDATION).check is Check.NOT_MET


def test_agreement_signed_with_the_charter_by_the_interim_call() -> None:
    assert check(good(charter_version=""), Criterion.AGREEMENT).check is Check.NOT_MET
    assert check(good(signed=False), Criterion.AGREEMENT).check is Check.NOT_MET
    unsigned = running(has_agreement=False, signed=False)
    # One month after the validation on 12 January: 12 February.
    assert check(unsigned, Criterion.AGREEMENT, today=date(2026, 2, 11)).check is Check.PENDING
    assert check(unsigned, Criterion.AGREEMENT, today=date(2026, 2, 12)).check is Check.NOT_MET


def test_minimum_duration_of_six_calendar_months() -> None:
    start = date(2026, 8, 31)
    enough = good(validated_on=start, start_on=start, ended_on=date(2027, 2, 28))
    result = check(enough, Criterion.MINIMUM_DURATION, today=date(2027, 3, 1))
    assert (result.check, result.detail) == (Check.MET, 6)
    short = good(validated_on=start, start_on=start, ended_on=date(2027, 2, 27), end_kind="early")
    result = check(short, Criterion.MINIMUM_DURATION, today=date(2027, 3, 1))
    assert (result.check, result.detail) == (Check.NOT_MET, 5)
    # A planned end recorded at the last meeting, up to two weeks early, kept the plan.
    planned = dataclasses.replace(short, end_kind="planned", ended_on=date(2027, 2, 14))
    assert check(planned, Criterion.MINIMUM_DURATION, today=date(2027, 3, 1)).check is Check.MET
    too_early = dataclasses.replace(planned, ended_on=date(2027, 2, 13))
    assert (
        check(too_early, Criterion.MINIMUM_DURATION, today=date(2027, 3, 1)).check is Check.NOT_MET
    )
    result = check(running(), Criterion.MINIMUM_DURATION, today=date(2026, 4, 20))
    assert (result.check, result.detail) == (Check.PENDING, 3)
    assert check(running(), Criterion.MINIMUM_DURATION).check is Check.MET  # seven months in


def test_contact_frequency_allows_a_week_of_grace() -> None:
    days = (START + timedelta(days=21), START + timedelta(days=42))
    graced = good(meeting_days=days, ended_on=START + timedelta(days=60))
    result = check(graced, Criterion.CONTACT_FREQUENCY)
    assert (result.check, result.detail) == (Check.MET, 21)
    lapsed = good(meeting_days=(START + timedelta(days=22),), ended_on=START + timedelta(days=40))
    result = check(lapsed, Criterion.CONTACT_FREQUENCY)
    assert (result.check, result.detail) == (Check.NOT_MET, 22)


def test_contact_frequency_of_a_running_duo_is_judged_so_far() -> None:
    fresh = running(meeting_days=())
    assert check(fresh, Criterion.CONTACT_FREQUENCY, today=START + timedelta(days=10)).check is (
        Check.PENDING
    )
    gone_quiet = check(fresh, Criterion.CONTACT_FREQUENCY, today=START + timedelta(days=30))
    assert (gone_quiet.check, gone_quiet.detail) == (Check.NOT_MET, 30)
    assert check(running(), Criterion.CONTACT_FREQUENCY).check is Check.MET


def test_fixed_follow_up_needs_a_coach_and_the_interim_call() -> None:
    no_coach = person("mentee-1", "Ngozi", "Adeyemi", coach="")
    assert check(good(), Criterion.FIXED_FOLLOW_UP, mentee=no_coach).check is Check.NOT_MET
    waiting_call = running(interim_call_on=None)
    assert check(waiting_call, Criterion.FIXED_FOLLOW_UP, today=date(2026, 2, 11)).check is (
        Check.PENDING
    )
    assert check(waiting_call, Criterion.FIXED_FOLLOW_UP).check is Check.NOT_MET
    ended_early = good(interim_call_on=None, ended_on=START + timedelta(days=20))
    assert check(ended_early, Criterion.FIXED_FOLLOW_UP).check is Check.MET
    assert check(good(), Criterion.FIXED_FOLLOW_UP, mentee=None).check is Check.NOT_APPLICABLE


def test_final_meeting_and_evaluation_after_the_end() -> None:
    assert check(running(), Criterion.FINAL_MEETING).check is Check.PENDING
    assert check(good(final_meeting_on=None), Criterion.FINAL_MEETING).check is Check.NOT_MET
    assert check(running(), Criterion.EVALUATION).check is Check.PENDING
    one = good(evaluations=frozenset({"final/mentor"}))
    recent = check(one, Criterion.EVALUATION)
    assert (recent.check, recent.detail) == (Check.PENDING, 1)  # still asked for
    late = check(one, Criterion.EVALUATION, today=date(2026, 10, 21))
    assert (late.check, late.detail) == (Check.NOT_MET, 1)


def test_a_match_not_yet_a_duo_is_pending_or_not_applicable() -> None:
    planned = duo_checklist(entry_of(None, MatchState.MEETING_PLANNED), MENTEE, MENTOR, TODAY)
    assert {r.check for r in planned[3:]} == {Check.PENDING}
    declined = duo_checklist(entry_of(None, MatchState.DECLINED), MENTEE, MENTOR, TODAY)
    assert {r.check for r in declined[3:]} == {Check.NOT_APPLICABLE}


def by_criterion(results: list[ProgrammeCriterion]) -> dict[Criterion, tuple[int, int]]:
    assert [result.criterion for result in results] == list(Criterion)
    return {result.criterion: (result.met, result.applicable) for result in results}


def test_programme_counts_participants_and_duos() -> None:
    entries = [
        MENTEE,
        MENTOR,
        person("m-2", "Hiroshi", "Tanaka", status=Status.ACCEPTED, info=False),
        person("m-3", "Zainab", "Haidari", status=Status.REFUSED, decision="refused", reason=True),
        person("m-4", "Pedro", "Alves", status=Status.REFERRED, decision="referred"),
        person("m-5", "Ayşe", "Yılmaz", status=Status.REGISTERED, info=False, intake=False),
        person("m-6", "Ivan", "Petrov", status=Status.WITHDRAWN, info=False, intake=False),
    ]
    lapsed = good(meeting_days=(START + timedelta(days=40),), ended_on=START + timedelta(days=60))
    matches = [
        MatchEntry("match-1", "mentee-1", "mentor-1", MatchState.ENDED, END, START, good()),
        MatchEntry("match-2", "m-2", "mentor-1", MatchState.ENDED, END, START, lapsed),
        MatchEntry("match-3", "m-2", "mentor-1", MatchState.DUO, START, START, running()),
        MatchEntry("match-4", "m-2", "mentor-1", MatchState.PROPOSED, START, START, None),
    ]
    counts = by_criterion(programme_checklist(entries, matches, TODAY))
    assert counts[Criterion.INFO_SESSION] == (4, 5)  # not the registered nor the withdrawn
    assert counts[Criterion.INTERVIEW] == (5, 5)
    assert counts[Criterion.REFUSAL_REASON] == (1, 2)
    assert counts[Criterion.CONTACT_FREQUENCY] == (2, 3)
    assert counts[Criterion.MINIMUM_DURATION] == (2, 3)  # the running duo passed six months
    assert counts[Criterion.FINAL_MEETING] == (2, 2)  # the running duo is not counted yet
    assert counts[Criterion.EVALUATION] == (2, 2)


def test_programme_over_a_period_and_when_nothing_applies() -> None:
    later = date(2026, 9, 1)
    entries = [MENTEE, MENTOR, person("m-2", "Chioma", "Eze", status=Status.ACCEPTED, since=later)]
    late_duo = good(validated_on=later, start_on=later, first_meeting_on=later, ended_on=None)
    matches = [
        MatchEntry("match-1", "mentee-1", "mentor-1", MatchState.ENDED, END, START, good()),
        MatchEntry("match-2", "m-2", "mentor-1", MatchState.DUO, later, later, late_duo),
    ]
    first_half = by_criterion(
        programme_checklist(entries, matches, TODAY, period=(date(2026, 1, 1), date(2026, 6, 30)))
    )
    assert first_half[Criterion.INFO_SESSION] == (2, 2)
    assert first_half[Criterion.VALIDATION] == (1, 1)
    results = programme_checklist([], [], TODAY)
    assert all(result.share is None for result in results)
    assert ProgrammeCriterion(Criterion.AGREEMENT, 3, 4).share == 0.75


def test_nobody_who_withheld_consent_is_counted_for_the_evaluation() -> None:
    ended = good(ended_on=START + timedelta(days=200), evaluations=frozenset())
    mentee = person("mentee-1", "Aiyana", "Redcloud", consent=False)
    mentor = person("mentor-1", "Lars", "Øberg", role=Role.MENTOR, consent=False)
    late = START + timedelta(days=400)
    result = check(ended, Criterion.EVALUATION, today=late, mentee=mentee, mentor=mentor)
    assert result.check is Check.NOT_APPLICABLE
    only_mentor = check(ended, Criterion.EVALUATION, today=late, mentee=mentee)
    assert (only_mentor.check, only_mentor.detail) == (Check.NOT_MET, 1)


def test_shortfalls_name_the_duos_and_participants_that_fall_short() -> None:
    entries = [
        MENTEE,
        MENTOR,
        person("m-2", "Hiroshi", "Tanaka", status=Status.ACCEPTED, info=False),
        person("m-3", "Zainab", "Haidari", status=Status.REFUSED, decision="refused", reason=True),
        person("m-4", "Pedro", "Alves", status=Status.REFERRED, decision="referred"),
        person("m-5", "Ayşe", "Yılmaz", status=Status.REGISTERED, info=False, intake=False),
    ]
    lapsed = good(meeting_days=(START + timedelta(days=40),), ended_on=START + timedelta(days=60))
    matches = [
        MatchEntry("match-1", "mentee-1", "mentor-1", MatchState.ENDED, END, START, good()),
        MatchEntry("match-2", "m-2", "mentor-1", MatchState.ENDED, END, START, lapsed),
        MatchEntry("match-3", "m-2", "mentor-1", MatchState.DUO, START, START, running()),
    ]
    assert shortfalls(Criterion.CONTACT_FREQUENCY, entries, matches, TODAY) == [
        Shortfall("m-2", "match-2", detail=40, other_id="mentor-1")  # the longest gap
    ]
    assert shortfalls(Criterion.MINIMUM_DURATION, entries, matches, TODAY) == [
        Shortfall("m-2", "match-2", detail=2, other_id="mentor-1")  # months lasted
    ]
    # The registered participant has had no chance of an info session yet.
    assert shortfalls(Criterion.INFO_SESSION, entries, matches, TODAY) == [Shortfall("m-2")]
    assert shortfalls(Criterion.REFUSAL_REASON, entries, matches, TODAY) == [
        Shortfall("m-4", causes=(Cause.REFERRED,))
    ]
    assert shortfalls(Criterion.FINAL_MEETING, entries, matches, TODAY) == []


def test_shortfalls_say_what_is_missing() -> None:
    def causes(criterion: Criterion, duo: DuoSummary, **people: IndexEntry) -> tuple[Cause, ...]:
        matches = [entry_of(duo)]
        entries = [people.get("mentee", MENTEE), people.get("mentor", MENTOR)]
        (shortfall,) = shortfalls(criterion, entries, matches, date(2027, 1, 1))
        return shortfall.causes

    agreement = Criterion.AGREEMENT
    assert causes(agreement, good(has_agreement=False, signed=False)) == (Cause.NO_AGREEMENT,)
    assert causes(agreement, good(signed=False)) == (Cause.NOT_SIGNED,)
    assert causes(agreement, good(charter_version="")) == (Cause.NO_CHARTER,)
    both = good(signed=False, charter_version="")
    assert causes(agreement, both) == (Cause.NOT_SIGNED, Cause.NO_CHARTER)
    assert causes(Criterion.VALIDATION, good(first_meeting_on=None)) == (Cause.NO_FIRST_MEETING,)
    early = good(first_meeting_on=START + timedelta(days=3))
    assert causes(Criterion.VALIDATION, early) == (Cause.VALIDATED_EARLY,)
    no_call = good(interim_call_on=None)
    assert causes(Criterion.FIXED_FOLLOW_UP, no_call) == (Cause.NO_INTERIM_CALL,)
    no_coach = person("mentee-1", "Ngozi", "Adeyemi", coach="")
    assert causes(Criterion.FIXED_FOLLOW_UP, good(), mentee=no_coach) == (Cause.NO_COACH,)
    unanswered = good(evaluations=frozenset({"final/mentee"}))
    assert causes(Criterion.EVALUATION, unanswered) == (Cause.NO_MENTOR_EVALUATION,)
    silent_mentor = person("mentor-1", "Lars", "Øberg", role=Role.MENTOR, consent=False)
    neither = good(evaluations=frozenset())
    # The mentor who did not consent to be contacted could not be asked.
    assert causes(Criterion.EVALUATION, neither, mentor=silent_mentor) == (
        Cause.NO_MENTEE_EVALUATION,
    )


def test_shortfalls_respect_the_period_and_come_newest_first() -> None:
    unsigned = {"signed": False}
    duos = {
        "match-a": good(**unsigned),
        "match-b": good(validated_on=date(2026, 3, 2), **unsigned),
        "match-c": good(validated_on=date(2025, 11, 3), **unsigned),
    }
    matches = [
        MatchEntry(match_id, "mentee-1", "mentor-1", MatchState.ENDED, END, START, duo)
        for match_id, duo in duos.items()
    ]
    listed = shortfalls(Criterion.AGREEMENT, [MENTEE, MENTOR], matches, TODAY)
    assert [shortfall.match_id for shortfall in listed] == ["match-b", "match-a", "match-c"]
    this_year = (date(2026, 1, 1), date(2026, 2, 28))
    in_period = shortfalls(Criterion.AGREEMENT, [MENTEE, MENTOR], matches, TODAY, this_year)
    assert [shortfall.match_id for shortfall in in_period] == ["match-a"]


_DAY = st.dates(min_value=date(2025, 6, 1), max_value=date(2026, 8, 1))


@st.composite
def duo_summaries(draw: st.DrawFn) -> DuoSummary:
    """A duo with any mix of what the criteria read."""
    validated = draw(_DAY)
    meetings = sorted(draw(st.lists(_DAY, max_size=6)))
    ended = draw(st.one_of(st.none(), _DAY.filter(lambda day: day >= validated)))
    return DuoSummary(
        validated_on=validated,
        first_meeting_on=draw(st.one_of(st.none(), _DAY)),
        coach_present=draw(st.one_of(st.none(), st.booleans())),
        has_agreement=draw(st.booleans()),
        signed=draw(st.booleans()),
        charter_version=draw(st.sampled_from(["", "2026-1"])),
        meeting_days=tuple(day for day in meetings if day >= validated),
        interim_call_on=draw(st.one_of(st.none(), _DAY)),
        ended_on=ended,
        end_kind=draw(st.sampled_from(["planned", "early"])) if ended else "",
        final_meeting_on=ended if ended and draw(st.booleans()) else None,
        evaluations=frozenset(draw(st.sets(st.sampled_from(["final/mentee", "final/mentor"])))),
    )


@st.composite
def programmes(draw: st.DrawFn) -> tuple[list[IndexEntry], list[MatchEntry]]:
    """Participants of every status and decision, and duos between some of them."""
    entries = [
        person(
            f"p-{n}",
            "Chen",
            "Wei",
            status=draw(st.sampled_from(list(Status))),
            since=draw(_DAY),
            coach=draw(st.sampled_from(["", "staff-1"])),
            info=draw(st.booleans()),
            intake=draw(st.booleans()),
            decision=draw(st.sampled_from(["accepted", "refused", "referred"])),
            consent=draw(st.booleans()),
            reason=draw(st.booleans()),
        )
        for n in range(draw(st.integers(2, 8)))
    ]
    ids = [entry.id for entry in entries] + ["erased"]
    matches = [
        MatchEntry(
            f"match-{n}",
            draw(st.sampled_from(ids)),
            draw(st.sampled_from(ids)),
            MatchState.DUO,
            START,
            START,
            draw(duo_summaries()),
        )
        for n in range(draw(st.integers(0, 6)))
    ]
    return entries, matches


@given(
    programme=programmes(),
    period=st.one_of(st.none(), st.tuples(_DAY, _DAY).map(lambda pair: tuple(sorted(pair)))),
)
def test_shortfalls_are_the_judged_that_did_not_meet_a_criterion(
    programme: tuple[list[IndexEntry], list[MatchEntry]],
    period: tuple[date, date] | None,
) -> None:
    entries, matches = programme
    for result in programme_checklist(entries, matches, TODAY, period):
        listed = shortfalls(result.criterion, entries, matches, TODAY, period)
        assert len(listed) == result.applicable - result.met
        participant = result.criterion in PARTICIPANT_CRITERIA
        assert all((shortfall.match_id == "") is participant for shortfall in listed)
