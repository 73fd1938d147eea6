"""The demo's duos after their validation: every stage a coach meets (an agreement still to
sign, meetings, silence, a concern, planned and early endings, a reopened ending,
evaluations, outcomes), each record one the duo workflows accept, and the index and Today
showing them."""

from __future__ import annotations

import dataclasses
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.demo.duo_life import SILENT_DAYS
from desktop.demo.generator import DemoCase, draw_demo, fill_demo
from desktop.rules.quality import Check, Criterion, duo_checklist
from desktop.rules.today import TodayKind, TodaySettings, today_items
from desktop.rules.waiting import add_months
from desktop.workflows.duo import (
    end_duo,
    log_meeting,
    reopen_duo,
    save_agreement,
    save_follow_up,
    save_outcome,
)
from desktop.workflows.evaluations import save_evaluation
from storage.duo_records import (
    DUO_RECORD_TYPES,
    MEETING_DOMAINS,
    OUTCOME_MONTHS,
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
    MeetingMode,
    Outcome,
    Situation,
)
from storage.duo_summary import summarise
from storage.index import MatchEntry
from storage.lists import default_items
from storage.paths import DATA_DIR_ENV
from storage.programme import Programme, create_programme
from storage.question_sets import EVALUATION_SETS, default_question_set, validate_answers
from storage.records import Match, MatchState, Participant, Record, Status, StatusChange
from tests.helpers import PASSPHRASE, register_name

REFERENCE = date(2026, 9, 1)
END_REASONS = {item.code for item in default_items("end_reasons")}


@dataclass(frozen=True)
class _Duo:
    """One demo duo: its match and the records naming it."""

    mentee: DemoCase
    match: Match
    agreement: Agreement | None
    meetings: list[Meeting]
    follow_ups: list[FollowUp]
    endings: list[Ending]
    evaluations: list[Evaluation]
    outcomes: list[Outcome]

    @property
    def running(self) -> bool:
        return self.match.state is MatchState.DUO

    @property
    def ending(self) -> Ending | None:
        """The ending that counts (not a reopened one)."""
        return next((e for e in self.endings if e.reopened_on is None), None)

    @property
    def reopened(self) -> bool:
        return any(e.reopened_on is not None for e in self.endings)

    @property
    def ran_days(self) -> int:
        """Days since the validation."""
        assert self.match.validated_on is not None
        return (REFERENCE - self.match.validated_on).days

    @property
    def silent_days(self) -> int:
        """Days since the last meeting or contact, or since the validation."""
        last = max((m.held_on for m in self.meetings), default=None)
        return self.ran_days if last is None else (REFERENCE - last).days


def _duos(cases: Sequence[DemoCase]) -> list[_Duo]:
    duos = []
    for case in cases:
        for match in (r for r in case.records if isinstance(r, Match)):
            if match.validated_on is None:
                continue

            def of(kind: type[Any], match_id: str = match.id, records: Any = case.records) -> Any:
                return [r for r in records if isinstance(r, kind) and r.match_id == match_id]

            agreements = of(Agreement)
            assert len(agreements) <= 1
            duos.append(
                _Duo(
                    case,
                    match,
                    agreements[0] if agreements else None,
                    sorted(of(Meeting), key=lambda m: m.held_on),
                    sorted(of(FollowUp), key=lambda f: f.held_on),
                    of(Ending),
                    of(Evaluation),
                    of(Outcome),
                )
            )
    return duos


@pytest.fixture(scope="module")
def demo() -> list[DemoCase]:
    """A large demo, drawn but not written."""
    _coaches, cases = draw_demo(5000, seed=11, reference=REFERENCE)
    return cases


@pytest.fixture(scope="module")
def drawn(demo: list[DemoCase]) -> list[_Duo]:
    """The duos of the large demo."""
    return _duos(demo)


def _assert_keeps_the_rules(duo: _Duo, today: date) -> None:
    """What the duo workflows check when each record is saved, and what the rules of Today
    and of the outcome schedule take for granted."""
    match = duo.match
    assert match.validated_on is not None and match.first_meeting_on is not None
    start = match.first_meeting_on
    ending = duo.ending
    end = ending.ended_on if ending and not duo.running else today
    if duo.agreement is not None:
        agreement = duo.agreement
        assert match.proposed_on <= agreement.start_on <= today
        assert agreement.planned_end_on == add_months(agreement.start_on, agreement.planned_months)
        assert 1 <= agreement.contact_every_days <= 92 and agreement.charter_version
        signatures = (
            agreement.mentor_signed_on,
            agreement.mentee_signed_on,
            agreement.coach_signed_on,
        )
        for signed in signatures:
            assert signed is None or agreement.start_on <= signed <= min(today, end)
    # A reopened ending leaves a gap: nothing happens while the duo stood ended.
    gaps = [(e.ended_on, e.reopened_on) for e in duo.endings if e.reopened_on is not None]
    for meeting in duo.meetings:
        assert start < meeting.held_on <= end
        assert not any(ended < meeting.held_on < reopened for ended, reopened in gaps)
        assert meeting.minutes is not None and 1 <= meeting.minutes <= 12 * 60
        assert meeting.next_meeting_on is None or meeting.next_meeting_on > meeting.held_on
        assert meeting.domains == [code for code in MEETING_DOMAINS if code in meeting.domains]
        assert meeting.topic and meeting.reported_by
        if meeting.mode is MeetingMode.IN_PERSON:
            assert meeting.place
    for follow_up in duo.follow_ups:
        assert start < follow_up.held_on <= end
        assert not follow_up.concern or follow_up.next_action
        assert follow_up.next_action_on is None or follow_up.next_action_on >= follow_up.held_on
    for item in duo.endings:
        assert match.validated_on < item.ended_on <= today
        assert item.reason in END_REASONS
        assert (item.kind is EndKind.PLANNED) == (item.reason == "planned-end")
        if item.final_meeting_on is not None:
            assert item.final_meeting_on <= item.ended_on
            assert item.final_meeting_on in {m.held_on for m in duo.meetings}
        if item.reopened_on is not None:
            assert item.ended_on < item.reopened_on <= today
    assert len([e for e in duo.endings if e.reopened_on is None]) <= 1
    assert match.ended_on == (None if duo.running else ending and ending.ended_on)
    for evaluation in duo.evaluations:
        assert start < evaluation.answered_on <= today
        if evaluation.kind is EvaluationKind.FINAL:
            assert not duo.running and ending and evaluation.answered_on >= ending.ended_on
        code = EVALUATION_SETS[(evaluation.kind, evaluation.respondent)]
        assert evaluation.question_set == code and evaluation.question_set_version == 1
        assert evaluation.answers
        assert validate_answers(default_question_set(code), evaluation.answers) == []
    assert len({o.months_after for o in duo.outcomes}) == len(duo.outcomes)
    for outcome in duo.outcomes:
        assert ending is not None and not duo.running
        assert outcome.months_after in OUTCOME_MONTHS
        assert add_months(ending.ended_on, outcome.months_after) <= outcome.recorded_on <= today
        if outcome.situation is not Situation.EMPLOYED:
            assert (outcome.contract, outcome.at_level) == (Contract.NONE, None)


def test_every_duo_record_keeps_the_rules_of_the_workflows(drawn: list[_Duo]) -> None:
    for duo in drawn:
        _assert_keeps_the_rules(duo, REFERENCE)


@settings(max_examples=25, deadline=None)
@given(
    participants=st.integers(min_value=1, max_value=400),
    seed=st.integers(0, 10_000),
    reference=st.dates(date(2024, 1, 1), date(2030, 12, 31)),
)
def test_any_seed_size_and_day_gives_duo_records_that_keep_the_rules(
    participants: int, seed: int, reference: date
) -> None:
    _coaches, cases = draw_demo(participants, seed=seed, reference=reference)
    for duo in _duos(cases):
        _assert_keeps_the_rules(duo, reference)


def test_duos_are_at_every_stage(drawn: list[_Duo]) -> None:
    running = [duo for duo in drawn if duo.running]
    ended = [duo for duo in drawn if not duo.running]
    assert 0.25 < len(ended) / len(drawn) < 0.45  # about a third
    assert any(d.agreement is None for d in running)
    assert any(d.agreement is not None and not d.agreement.signed for d in running)
    assert sum(d.agreement is not None and d.agreement.signed for d in drawn) > 0.8 * len(drawn)
    assert any(len(d.meetings) > 8 and d.silent_days <= 16 for d in running)
    assert any(22 <= d.silent_days <= 42 for d in running)
    assert any(d.follow_ups and d.follow_ups[-1].concern for d in running)
    interim_due = [d for d in running if d.ran_days > 62]
    calls = [any(f.kind is FollowUpKind.INTERIM for f in d.follow_ups) for d in interim_due]
    assert 0.6 < sum(calls) / len(calls) < 1  # most held, some forgotten
    kinds = Counter(d.ending.kind for d in ended if d.ending)
    assert kinds[EndKind.PLANNED] > kinds[EndKind.EARLY] > 10
    assert len({d.ending.reason for d in ended if d.ending}) >= 8
    assert [d.running for d in drawn if d.reopened] == [True]  # one, running again
    assert any(d.mentee.status is Status.ACCEPTED for d in ended)  # waiting for a new mentor
    settled = [d for d in ended if d.ending and (REFERENCE - d.ending.ended_on).days > 60]
    finals = Counter(e.respondent for d in settled for e in d.evaluations if e.kind == "final")
    # Most ended duos are evaluated (the mentee only with consent), some by the coach too.
    assert min(finals["mentee"], finals["mentor"]) > 0.5 * len(settled)
    assert finals["coach"] > 0
    assert any(e.kind is EvaluationKind.INTERIM for d in drawn for e in d.evaluations)


def test_outcomes_follow_up_a_year_after_the_end_as_in_the_reference_figures(
    drawn: list[_Duo],
) -> None:
    outcomes = [o for d in drawn for o in d.outcomes]
    by_months = {m: Counter(o.situation for o in outcomes if o.months_after == m) for m in (3, 12)}
    employed = {m: c[Situation.EMPLOYED] / c.total() for m, c in by_months.items()}
    unemployed = {m: c[Situation.UNEMPLOYED] / c.total() for m, c in by_months.items()}
    assert by_months[12].total() > 15  # those who consented to follow-ups
    assert employed[3] < employed[12] and 0.55 < employed[12] < 0.9
    assert unemployed[3] > unemployed[12]
    assert {Situation.TRAINING, Situation.OTHER} <= {o.situation for o in outcomes}
    employed_outcomes = [o for o in outcomes if o.situation is Situation.EMPLOYED]
    assert {o.contract for o in employed_outcomes} == set(Contract) - {Contract.NONE}
    assert {o.at_level for o in employed_outcomes} == {True, False}
    # Some follow-ups whose day has come are not recorded yet: Today asks for them.
    missing = [
        d
        for d in drawn
        if d.ending
        and not d.running
        and add_months(d.ending.ended_on, 3) <= REFERENCE
        and 3 not in {o.months_after for o in d.outcomes}
    ]
    assert missing


def test_session_summaries_vary_from_duo_to_duo(drawn: list[_Duo]) -> None:
    summaries = [m for d in drawn for m in d.meetings if m.kind is MeetingKind.MEETING]
    contacts = [m for d in drawn for m in d.meetings if m.kind is MeetingKind.CONTACT]
    assert 0.05 < len(contacts) / len(summaries) < 0.3  # a few short contacts
    regular = [m for m in summaries if m.domains]
    assert len(regular) > 0.9 * len(summaries)
    for meeting in regular:
        steps = (meeting.check_in, meeting.topic, meeting.goal, meeting.plan, meeting.work)
        assert all(steps) and meeting.next_steps and meeting.next_topic and meeting.works_well
        assert "{" not in meeting.topic + meeting.work + meeting.next_topic
    assert {code for m in regular for code in m.domains} == set(MEETING_DOMAINS)
    assert len({(m.check_in, m.topic, m.work, m.missing) for m in regular}) > 0.5 * len(regular)
    first_topics = Counter(d.meetings[0].topic for d in drawn if d.meetings)
    assert len(first_topics) > 20


def _contact_frequency(duo: _Duo) -> Check:
    """The quality criterion "contact at least every two weeks", judged as the checklist
    judges it from the index."""
    summary = summarise(
        duo.match,
        agreements=[duo.agreement] if duo.agreement else [],
        meetings=duo.meetings,
        follow_ups=duo.follow_ups,
        endings=duo.endings,
    )
    assert summary is not None
    match = duo.match
    entry = MatchEntry(
        match.id,
        duo.mentee.participant.id,
        match.mentor_id,
        match.state,
        match.proposed_on,
        match.proposed_on,
        summary,
    )
    results = duo_checklist(entry, None, None, REFERENCE)
    return next(r.check for r in results if r.criterion is Criterion.CONTACT_FREQUENCY)


def test_most_duos_keep_in_touch_every_two_weeks_and_the_troubled_ones_lapse(
    drawn: list[_Duo],
) -> None:
    judged = [(d, c) for d in drawn if (c := _contact_frequency(d)) is not Check.PENDING]
    assert len(judged) > 200
    met = [d for d, check in judged if check is Check.MET]
    assert 0.8 <= len(met) / len(judged) <= 0.92
    # Silent for weeks, ended by the coach for lack of contact, or ended by mistake (the
    # mentee seemed gone): the duos the demo means to lapse. The others mostly keep in
    # touch, through a holiday too.
    troubled = [
        d
        for d, _check in judged
        if (d.running and d.silent_days >= SILENT_DAYS[0])
        or (d.ending and d.ending.reason == "no-contact")
        or d.reopened
    ]
    healthy = [d for d, _check in judged if d not in troubled]
    assert sum(d in met for d in troubled) < 0.2 * len(troubled)
    assert sum(d in met for d in healthy) > 0.88 * len(healthy)


# --- the workflows accept the demo's records, one save at a time ----------------------------


def _register(participant: Participant) -> None:
    """Every name written joins the end-of-session scan for names in clear."""
    for name in (participant.given_name, participant.family_name, participant.referral_contact):
        register_name(name.split(",")[0])


def _replay(programme: Programme, duo: _Duo, mentor: DemoCase) -> None:
    """Write the mentee as on the day of the validation, then save every later record with
    the workflow a coach would use, in the order of their days."""
    match = duo.match
    assert match.validated_on is not None and duo.agreement is not None
    before = [
        dataclasses.replace(r, ended_on=None) if isinstance(r, Match) else r
        for r in duo.mentee.records
        if not isinstance(r, DUO_RECORD_TYPES)
        and not (isinstance(r, StatusChange) and r.since > match.validated_on)
    ]
    for case, records in ((mentor, mentor.records), (duo.mentee, before)):
        _register(case.participant)
        programme.cases.create(case.participant, author="", records=records)
    mentee_id = duo.mentee.participant.id
    waits = duo.mentee.status is Status.ACCEPTED
    steps: list[tuple[date, int, Any]] = [(duo.agreement.start_on, 0, duo.agreement)]
    steps += [(m.held_on, 1, m) for m in duo.meetings]
    steps += [(f.held_on, 2, f) for f in duo.follow_ups]
    steps += [(e.ended_on, 3, e) for e in duo.endings]
    steps += [(e.reopened_on, 4, e.reopen_reason) for e in duo.endings if e.reopened_on]
    steps += [(e.answered_on, 5, e) for e in duo.evaluations]
    steps += [(o.recorded_on, 6, o) for o in duo.outcomes]
    common = {"author": "", "today": REFERENCE}
    for day, _order, record in sorted(steps, key=lambda step: step[:2]):
        if isinstance(record, Agreement):
            save_agreement(programme, mentee_id, record, **common)
        elif isinstance(record, Meeting):
            log_meeting(programme, mentee_id, record, **common)
        elif isinstance(record, FollowUp):
            save_follow_up(programme, mentee_id, record, **common)
        elif isinstance(record, Ending):
            end_duo(programme, mentee_id, record, wait_again=waits, **common)
        elif isinstance(record, Evaluation):
            save_evaluation(programme, mentee_id, record, **common)
        elif isinstance(record, Outcome):
            save_outcome(programme, mentee_id, record, **common)
        else:
            reopen_duo(programme, mentee_id, match.id, reason=record, author="", today=day)


def _bare(records: Sequence[Record]) -> list[Record]:
    return sorted(
        (dataclasses.replace(r, created_at=None, updated_at=None, author="") for r in records),
        key=lambda r: r.id,
    )


def test_the_workflows_accept_the_demo_duos_record_by_record(
    programme: Programme, demo: list[DemoCase], drawn: list[_Duo]
) -> None:
    mentors = {case.participant.id: case for case in demo}
    reopened = next(d for d in drawn if d.reopened)
    planned = next(d for d in drawn if d.ending and d.ending.kind is EndKind.PLANNED and d.outcomes)
    waiting = next(d for d in drawn if d.ending and d.mentee.status is Status.ACCEPTED)
    for duo in (reopened, planned, waiting):
        _replay(programme, duo, mentors[duo.match.mentor_id])
        case = programme.cases.read(duo.mentee.participant.id)
        assert case.matches[-1].ended_on == duo.match.ended_on
        for stored, expected in (
            (case.agreements, [duo.agreement]),
            (case.meetings, duo.meetings),
            (case.follow_ups, duo.follow_ups),
            (case.endings, duo.endings),
            (case.evaluations, duo.evaluations),
            (case.outcomes, duo.outcomes),
        ):
            assert _bare(stored) == _bare([r for r in expected if r is not None])
        drawn_steps = [r for r in duo.mentee.records if isinstance(r, StatusChange)]
        assert [(s.status, s.since) for s in case.statuses] == [
            (s.status, s.since) for s in drawn_steps
        ]


# --- the index and Today of a written demo --------------------------------------------------


@pytest.fixture(scope="module")
def written(programme_root: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Programme]:
    """A demo of 300 written and indexed, for the tests that only read it."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv(DATA_DIR_ENV, str(tmp_path_factory.mktemp("demo-duos-local-data")))
        programme, _ = create_programme(programme_root / "demo-duos", "Demo", PASSPHRASE)
        summary = fill_demo(programme, 300, seed=1, reference=REFERENCE)
        for case_id in summary.case_ids:
            _register(programme.cases.read(case_id).participant)
        for member in programme.staff():
            register_name(member.name)
        programme.index.refresh(programme.cases)
        yield programme
        programme.close()


def test_the_index_summarises_the_demo_duos_at_every_stage(written: Programme) -> None:
    matches = written.index.matches()
    summaries = [(m, m.duo) for m in matches if m.duo is not None]
    assert {m.state for m, _ in summaries} == {MatchState.DUO, MatchState.ENDED}
    running = [s for m, s in summaries if s.running]
    ended = [s for m, s in summaries if not s.running]
    assert any(not s.signed for s in running) and any(s.signed for s in running)
    assert any(len(s.meeting_days) > 5 and s.contact_days for s in running)
    assert any(s.last_contact_on and (REFERENCE - s.last_contact_on).days > 21 for s in running)
    assert any(s.concern for s in running)
    assert {s.end_kind for s in ended} == {"planned", "early"}
    assert all(s.end_reason in END_REASONS for s in ended)
    assert any({"final/mentee", "final/mentor"} <= s.evaluations for s in ended)
    assert any(s.outcomes for s in ended)
    reopened = [
        m
        for m, s in summaries
        if s.running and any(e.reopened_on for e in written.cases.read(m.mentee_id).endings)
    ]
    assert len(reopened) == 1


def test_today_of_the_demo_has_every_kind_of_item_but_a_wrong_clock(written: Programme) -> None:
    index = written.index
    entries = {entry.id: entry for entry in index.entries()}
    items = today_items(
        index.matches(),
        index.entries(status=Status.ACCEPTED),
        TodaySettings(),
        REFERENCE,
        entries=entries,
    )
    assert {item.kind for item in items} == set(TodayKind) - {TodayKind.CLOCK_WRONG}
