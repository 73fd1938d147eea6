"""The index's summary of a duo: derived from the case records, and stored as text that
reads back to the same summary."""

from __future__ import annotations

from datetime import date
from types import MappingProxyType

from hypothesis import given
from hypothesis import strategies as st

from storage.duo_records import (
    Agreement,
    Contract,
    Ending,
    EndKind,
    Evaluation,
    EvaluationKind,
    FollowUp,
    FollowUpKind,
    Meeting,
    MeetingKind,
    Outcome,
    Respondent,
    Situation,
)
from storage.duo_summary import DuoSummary, summarise
from storage.records import Match

days = st.dates(min_value=date(2000, 1, 1), max_value=date(2100, 12, 31))
optional_days = st.none() | days


@given(
    st.builds(
        DuoSummary,
        validated_on=days,
        first_meeting_on=optional_days,
        coach_present=st.none() | st.booleans(),
        start_on=optional_days,
        planned_months=st.none() | st.integers(1, 36),
        contact_every_days=st.integers(1, 92),
        charter_version=st.text(),
        meeting_days=st.lists(days).map(lambda items: tuple(sorted(items))),
        contact_days=st.lists(days).map(lambda items: tuple(sorted(items))),
        ended_on=optional_days,
        end_reason=st.text(),
        evaluations=st.frozensets(
            st.sampled_from(["final/mentee", "final/mentor", "interim/coach"])
        ),
        outcomes=st.dictionaries(st.sampled_from([3, 6, 9, 12]), st.sampled_from(list(Situation)))
        .map(lambda items: {months: situation.value for months, situation in items.items()})
        .map(MappingProxyType),
        lasting_job_months=st.frozensets(st.sampled_from([3, 6, 9, 12])),
    )
)
def test_a_summary_reads_back_from_its_text(summary: DuoSummary) -> None:
    assert DuoSummary.from_json(summary.to_json()) == summary


def test_nothing_is_summarised_before_the_validation() -> None:
    assert summarise(Match(mentor_id="m", proposed_on=date(2026, 1, 5))) is None


def test_the_summary_takes_only_its_own_duos_records_and_the_ending_that_counts() -> None:
    match = Match(
        mentor_id="m",
        proposed_on=date(2026, 1, 5),
        first_meeting_on=date(2026, 1, 20),
        validated_on=date(2026, 1, 22),
        ended_on=date(2026, 7, 22),
    )
    other = "another-match"
    summary = summarise(
        match,
        agreements=[
            Agreement(
                match_id=match.id, start_on=date(2026, 1, 22), planned_end_on=date(2026, 7, 22)
            )
        ],
        meetings=[
            Meeting(match_id=match.id, held_on=date(2026, 2, 19)),
            Meeting(match_id=match.id, held_on=date(2026, 2, 5)),
            Meeting(match_id=match.id, held_on=date(2026, 2, 26), kind=MeetingKind.CONTACT),
            Meeting(match_id=other, held_on=date(2026, 3, 1)),
        ],
        follow_ups=[
            FollowUp(
                match_id=match.id,
                held_on=date(2026, 3, 2),
                concern=True,
                next_action="call",
                next_action_on=date(2026, 3, 9),
            ),
            FollowUp(match_id=match.id, held_on=date(2026, 2, 23), kind=FollowUpKind.INTERIM),
        ],
        endings=[
            Ending(match_id=match.id, ended_on=date(2026, 4, 1), reopened_on=date(2026, 4, 3)),
            Ending(match_id=match.id, ended_on=date(2026, 7, 22), kind=EndKind.PLANNED, reason="x"),
        ],
        evaluations=[
            Evaluation(
                match_id=match.id,
                kind=EvaluationKind.FINAL,
                respondent=Respondent.MENTEE,
                answered_on=date(2026, 7, 30),
                question_set="final-mentee",
                question_set_version=1,
            )
        ],
        outcomes=[
            Outcome(
                match_id=match.id,
                months_after=3,
                recorded_on=date(2026, 10, 22),
                situation=Situation.EMPLOYED,
                contract=Contract.FIXED_TERM_SHORT,
            ),
            Outcome(
                match_id=match.id,
                months_after=6,
                recorded_on=date(2027, 1, 22),
                situation=Situation.EMPLOYED,
                contract=Contract.PERMANENT,
            ),
        ],
    )
    assert summary is not None
    assert summary.meeting_days == (date(2026, 2, 5), date(2026, 2, 19))
    assert summary.last_contact_on == date(2026, 2, 26)
    assert summary.interim_call_on == date(2026, 2, 23)
    assert (summary.concern, summary.next_action_on) == (True, date(2026, 3, 9))
    assert (summary.ended_on, summary.end_reason) == (date(2026, 7, 22), "x")
    assert summary.evaluations == {"final/mentee"}
    assert dict(summary.outcomes) == {3: "employed", 6: "employed"}
    assert summary.lasting_job_months == {6}  # a job under six months is not counted
    assert not summary.running
