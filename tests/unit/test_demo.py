"""The demo programme: invented, varied participants that Duo reads back, the same for a seed,
with matches at every step that keep the rules of matching (capacities, declined pairs, the
mentee's path). What the duos did after their validation: tests/unit/test_demo_duos.py."""

from __future__ import annotations

import argparse
import dataclasses
import hashlib
import re
import unicodedata
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.commands import demo
from desktop.demo.data import demo_names
from desktop.demo.generator import DemoCase, DemoSummary, draw_demo, fill_demo
from desktop.rules.status_path import waiting_since
from desktop.workflows.matching import free_places
from storage.cases import CaseFile
from storage.duo_records import Ending
from storage.errors import DuoError, NotAProgrammeError
from storage.paths import DATA_DIR_ENV
from storage.programme import Programme, create_programme, unlock
from storage.records import (
    Answer,
    ContactLogEntry,
    Decision,
    JobTarget,
    Match,
    MatchState,
    Participant,
    Role,
    Status,
    StatusChange,
    wait_start,
)
from tests.helpers import PASSPHRASE, fictional_participant, register_name

REFERENCE = date(2026, 9, 1)
Shared = tuple[Programme, DemoSummary, list[CaseFile]]
CEFR = {"A1", "A2", "B1", "B2", "C1", "C2", "native"}
MATCHABLE = frozenset({Status.ACCEPTED, Status.MATCHING, Status.IN_DUO})
# About nine months: no demo mentee waits longer for a mentor (they withdraw first).
LONGEST_WAIT_DAYS = 280
OPEN_BEFORE_DUO = (
    MatchState.PROPOSED,
    MatchState.MENTOR_AGREED,
    MatchState.BOTH_AGREED,
    MatchState.MEETING_PLANNED,
)


def _register(programme: Programme, cases: list[CaseFile]) -> None:
    """Every name the demo wrote joins the end-of-session scan for names in clear."""
    for case in cases:
        register_name(case.participant.given_name)
        register_name(case.participant.family_name)
        register_name(case.participant.referral_contact.split(",")[0])
    for member in programme.staff():
        register_name(member.name)


def _fill(
    programme: Programme, participants: int, seed: int = 1
) -> tuple[DemoSummary, list[CaseFile]]:
    summary = fill_demo(programme, participants, seed=seed, reference=REFERENCE)
    cases = [programme.cases.read(case_id) for case_id in summary.case_ids]
    _register(programme, cases)
    return summary, cases


def _content(case: CaseFile) -> list[Any]:
    """What a case file says, without the timestamps of the run that wrote it."""
    records = [
        case.participant,
        *case.job_targets,
        *case.languages,
        *case.consents,
        *case.screenings,
        *case.statuses,
        *case.notes,
        *case.contacts,
        *case.matches,
        *case.agreements,
        *case.meetings,
        *case.follow_ups,
        *case.endings,
        *case.evaluations,
        *case.outcomes,
    ]
    return [dataclasses.replace(r, created_at=None, updated_at=None) for r in records] + [
        (a.file_name, a.kind, a.media_type, a.size, a.sha256) for a in case.attachments
    ]


@dataclass(frozen=True)
class _Case:
    """What the match tests read of a case file, written and read back or only drawn."""

    participant: Participant
    statuses: list[StatusChange]
    matches: list[Match]
    targets: list[JobTarget]
    endings: list[Ending]

    @property
    def status(self) -> Status:
        return self.statuses[-1].status


def _read(cases: Sequence[CaseFile]) -> list[_Case]:
    return [_Case(c.participant, c.statuses, c.matches, c.job_targets, c.endings) for c in cases]


def _drawn(cases: Sequence[DemoCase]) -> list[_Case]:
    def of(case: DemoCase, kind: type[Any]) -> list[Any]:
        return [record for record in case.records if isinstance(record, kind)]

    return [
        _Case(c.participant, of(c, StatusChange), of(c, Match), of(c, JobTarget), of(c, Ending))
        for c in cases
    ]


def _mentees(cases: list[_Case]) -> list[_Case]:
    return [c for c in cases if c.participant.role is Role.MENTEE]


def _mentors(cases: list[_Case]) -> dict[str, _Case]:
    return {c.participant.id: c for c in cases if c.participant.role is Role.MENTOR}


def _assert_matches_keep_the_rules(cases: list[_Case]) -> None:
    """Accepted mentors only, within their capacity; a declined pair never again; each
    mentee's status the one their matches give."""
    mentors = _mentors(cases)
    taken: Counter[str] = Counter()
    for case in _mentees(cases):
        mentor_ids = [match.mentor_id for match in case.matches]
        assert len(set(mentor_ids)) == len(mentor_ids)  # so a declined pair never comes back
        for match in case.matches:
            mentor = mentors[match.mentor_id]
            assert mentor.status is Status.ACCEPTED
            assert mentor.statuses[-1].since < match.proposed_on
            taken[match.mentor_id] += match.is_open
        open_matches = [match for match in case.matches if match.is_open]
        assert len(open_matches) <= 1
        state = open_matches[0].state if open_matches else None
        if case.status is Status.IN_DUO:
            assert state is MatchState.DUO
        elif case.status is Status.MATCHING:
            assert state is not None and state is not MatchState.DUO
        elif case.status is Status.ACCEPTED:
            assert state is None
        elif case.status is Status.ENDED:
            assert state is None and case.matches[-1].state is MatchState.ENDED
        elif case.status is Status.WITHDRAWN:
            assert state is None  # stopped waiting: no match open
        else:
            assert case.matches == []
    for mentor_id, places in taken.items():
        assert places <= (mentors[mentor_id].participant.capacity or 1)


def _fit(mentee: _Case, mentor: _Case) -> str:
    """How a mentor fits a mentee's job target: the same occupation, sector, or neither."""
    jobs = {(t.sector, t.occupation) for t in mentee.targets}
    mentor_jobs = {(t.sector, t.occupation) for t in mentor.targets}
    if jobs & mentor_jobs:
        return "occupation"
    if {sector for sector, _ in jobs} & {sector for sector, _ in mentor_jobs}:
        return "sector"
    return "generalist" if mentor.participant.generalist else "related"


def _scripts(names: set[str]) -> set[str]:
    return {unicodedata.name(c).split()[0] for name in names for c in name if c.isalpha()}


def _command(*argv: str) -> int:
    parser = argparse.ArgumentParser()
    demo.add_parser(parser.add_subparsers())
    args = parser.parse_args(["demo", *argv])
    return int(args.handler(args))


@pytest.fixture(scope="module")
def shared(programme_root: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Shared]:
    """One demo of 60 for the tests that only read it: the privacy scan at the end of the
    session reads every byte the tests wrote, so fewer demos keep the whole suite quick."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv(DATA_DIR_ENV, str(tmp_path_factory.mktemp("demo-local-data")))
        programme, _ = create_programme(programme_root / "shared-demo", "Demo", PASSPHRASE)
        summary, cases = _fill(programme, 60)
        yield programme, summary, cases
        programme.close()


@pytest.fixture
def passphrase_file(tmp_path: Path) -> Path:
    path = tmp_path / "passphrase.txt"
    path.write_text(PASSPHRASE + "\n", encoding="utf-8")
    return path


def test_the_same_seed_gives_the_same_people_with_the_same_ids(programme: Programme) -> None:
    twin, _ = create_programme(
        programme.folder.with_name(f"{programme.folder.name}-twin"), "T", PASSPHRASE
    )
    first, first_cases = _fill(programme, 20, seed=5)
    second, second_cases = _fill(twin, 20, seed=5)
    assert first.case_ids == second.case_ids
    assert [(s.id, s.name, s.email) for s in programme.staff()] == [
        (s.id, s.name, s.email) for s in twin.staff()
    ]
    assert [_content(c) for c in first_cases] == [_content(c) for c in second_cases]
    twin.close()


def test_another_seed_adds_other_people_and_the_same_seed_is_refused(
    programme: Programme,
) -> None:
    first, _ = _fill(programme, 6, seed=1)
    with pytest.raises(DuoError, match="seed 1"):
        fill_demo(programme, 6, seed=1, reference=REFERENCE)
    second, _ = _fill(programme, 6, seed=2)
    assert not set(first.case_ids) & set(second.case_ids)
    assert len(programme.cases.case_ids()) == 12
    assert len(programme.staff()) == len(first.staff_ids) + len(second.staff_ids)


def test_roles_and_statuses_mix_like_a_real_programme(shared: Shared) -> None:
    _programme, summary, cases = shared
    assert (summary.mentees, summary.mentors) == (36, 24)
    assert sum(c.participant.role is Role.MENTEE for c in cases) == 36
    assert max(summary.statuses, key=summary.statuses.__getitem__) is Status.ACCEPTED
    assert set(summary.statuses) == set(Status)
    assert summary.statuses == Counter(c.status.status for c in cases)
    mentors = [c for c in cases if c.participant.role is Role.MENTOR]
    assert any(c.status.status is Status.ACCEPTED for c in mentors)
    assert not any(c.status.status is Status.REFERRED for c in mentors)
    waiting_since = [
        c.status.since
        for c in cases
        if c.participant.role is Role.MENTEE and c.status.status is Status.ACCEPTED
    ]
    assert (max(waiting_since) - min(waiting_since)).days > 60  # short and long waits


def test_each_path_is_dated_in_order_with_a_decision_that_fits(shared: Shared) -> None:
    _programme, _summary, cases = shared
    for case in cases:
        steps = [s.status for s in case.statuses]
        days = [s.since for s in case.statuses]
        assert steps[0] is Status.REGISTERED
        assert steps[1:2] in ([], [Status.INTERVIEWED])
        assert days == sorted(set(days)) and days[-1] <= REFERENCE  # one step a day
        dated = [c.contacted_on for c in case.contacts] + [n.written_on for n in case.notes]
        assert all(days[0] <= day <= REFERENCE for day in dated)
        if len(steps) < 3:
            assert case.screenings == []
            continue
        decision = case.screenings[0]
        assert decision.decision is Decision(steps[2].value)
        assert decision.decided_on == days[2]
        assert case.participant.intake_on == days[1]
        if decision.decision is Decision.REFUSED:
            assert decision.reason
        if decision.decision is Decision.REFERRED:
            assert decision.referred_to and decision.reason


def test_names_come_from_many_scripts_including_ones_that_need_folding(shared: Shared) -> None:
    _programme, _summary, cases = shared
    written = {c.participant.given_name for c in cases} | {c.participant.family_name for c in cases}
    assert written <= demo_names()
    assert {"LATIN", "ARABIC"} <= _scripts(written)
    assert len(_scripts(written)) >= 4
    possible = demo_names()
    assert {"LATIN", "ARABIC", "CYRILLIC", "GREEK", "ETHIOPIC", "DEVANAGARI", "CJK"} <= (
        _scripts(possible)
    )
    assert {"Çağla", "Łukasz", "Zoë"} <= possible
    assert any(name.startswith("Thị") for name in possible)


def test_every_case_file_reads_back_with_what_its_role_needs(shared: Shared) -> None:
    programme, summary, cases = shared
    staff_ids = {member.id for member in programme.staff()}
    assert 3 <= len(staff_ids) <= 5 and staff_ids == set(summary.staff_ids)
    for case in cases:
        person = case.participant
        assert person.coach in staff_ids
        assert 1 <= len(case.job_targets) <= 2
        for target in case.job_targets:
            assert re.fullmatch("[A-U]", target.sector) and re.fullmatch(
                "[0-9]{2}", target.occupation
            )
        assert {s.level for s in case.languages} <= CEFR
        assert "native" in {s.level for s in case.languages}
        assert {c.text_version for c in case.consents} == {"2026-1"}
        assert "programme" in {c.purpose for c in case.consents}
        assert re.fullmatch(r"\d{4}", person.postcode) and person.municipality
        assert len(person.country_of_origin) == 2 and person.availability
        past_intake = person.intake_on is not None
        if person.role is Role.MENTEE:
            assert person.diploma_level and person.arrival_year
            assert {"nl", "fr"} & {s.language for s in case.languages}
            assert len(person.domain_needs) == (6 if past_intake else 0)
        else:
            assert 1 <= person.capacity <= 3
            assert person.job_title and person.gender
            if past_intake:
                assert 2 <= person.short_profile.count(". ") + 1 <= 4
                assert person.qualities


def test_some_mentees_have_a_pdf_cv_of_a_few_hundred_kb(shared: Shared) -> None:
    programme, summary, cases = shared
    with_cv = [c for c in cases if c.attachments]
    assert len(with_cv) == summary.with_cv >= 1
    for case in with_cv:
        assert case.participant.role is Role.MENTEE
        (attachment,) = case.attachments
        assert (attachment.file_name, attachment.kind) == ("cv.pdf", "cv")
        assert attachment.media_type == "application/pdf"
        content = programme.cases.read_attachment(case.participant.id, attachment.id)
        assert content.startswith(b"%PDF-") and content.rstrip().endswith(b"%%EOF")
        assert 150_000 < len(content) < 1_000_000
        assert hashlib.sha256(content).hexdigest() == attachment.sha256


def test_a_small_demo_has_matches_at_every_step(shared: Shared) -> None:
    _programme, _summary, cases = shared
    matches = [match for case in cases for match in case.matches]
    assert {match.state for match in matches} == set(MatchState)
    for match in matches:
        if match.first_meeting_on is not None:
            assert match.first_meeting_place and match.coach_present is not None
        if match.state is MatchState.DECLINED:
            assert match.decline_reason and match.declined_by in {"mentor", "mentee", "coach"}
        if match.state is MatchState.ENDED:
            assert match.validated_on is not None and match.ended_on is not None
            assert match.validated_on < match.ended_on <= REFERENCE


def test_matches_keep_capacities_declined_pairs_and_the_mentees_status(shared: Shared) -> None:
    programme, _summary, cases = shared
    _assert_matches_keep_the_rules(_read(cases))
    # The matching screens count places from the index: it reads the same matches.
    programme.index.refresh(programme.cases)
    for mentor in _mentors(_read(cases)).values():
        taken = sum(
            m.is_open and m.mentor_id == mentor.participant.id for c in cases for m in c.matches
        )
        assert free_places(programme, mentor.participant.id) == max(
            0, (mentor.participant.capacity or 1) - taken
        )


def test_match_steps_come_in_order_and_move_the_mentee_along(shared: Shared) -> None:
    _programme, _summary, cases = shared
    for case in _mentees(_read(cases)):
        expected = [(s.status, s.since) for s in case.statuses[:3]]
        for match in case.matches:
            expected.append((Status.MATCHING, match.proposed_on))
            if match.state is MatchState.DECLINED:
                expected.append((Status.ACCEPTED, match.declined_on))
            elif match.validated_on is not None:
                expected.append((Status.IN_DUO, match.validated_on))
                # A reopened duo went to "ended" and back; an ended one stays there, or
                # waits for a new mentor.
                for ending in case.endings:
                    if ending.match_id == match.id and ending.reopened_on is not None:
                        expected.append((Status.ENDED, ending.ended_on))
                        expected.append((Status.IN_DUO, ending.reopened_on))
                if match.ended_on is not None:
                    after = next(s.status for s in case.statuses if s.since == match.ended_on)
                    assert after in (Status.ACCEPTED, Status.ENDED)
                    expected.append((after, match.ended_on))
            # The mentor is asked first, the mentee after the mentor's yes; the first meeting
            # once both said yes; validation after the first meeting.
            if match.mentee_answer is not Answer.PENDING:
                assert match.mentor_answer is Answer.YES
            if match.first_meeting_on is not None:
                assert match.mentee_answer is Answer.YES
            if match.validated_on is not None:
                assert match.first_meeting_on is not None
            for side in ("mentor", "mentee"):
                said_no = getattr(match, f"{side}_answer") is Answer.NO
                assert said_no == bool(getattr(match, f"{side}_reason"))
            days = [
                match.proposed_on,
                match.mentor_answered_on,
                match.mentee_answered_on,
                match.first_meeting_on,
                match.validated_on,
                match.declined_on,
                match.ended_on,
            ]
            known = [day for day in days if day is not None]
            assert known == sorted(known)
            past = known if match.state is not MatchState.MEETING_PLANNED else known[:-1]
            assert past[-1] <= REFERENCE  # only a planned first meeting may lie ahead
        if case.status is Status.WITHDRAWN:
            # Stopped waiting, after the acceptance, a declined match or the end of a duo.
            assert expected[-1][0] is Status.ACCEPTED
            expected.append((Status.WITHDRAWN, case.statuses[-1].since))
        assert [(s.status, s.since) for s in case.statuses] == expected
        if case.status is Status.ACCEPTED and case.matches:
            if case.matches[-1].ended_on is not None:
                # Waiting for a new mentor after a duo: a new wait.
                assert waiting_since(case.statuses) == case.matches[-1].ended_on
            else:
                # Waiting again after a declined match: the wait goes on from the acceptance.
                assert waiting_since(case.statuses) == case.statuses[2].since


@settings(max_examples=40, deadline=None)
@given(participants=st.integers(min_value=1, max_value=150), seed=st.integers(0, 10_000))
def test_any_seed_and_size_gives_matches_that_keep_the_rules(participants: int, seed: int) -> None:
    _coaches, cases = draw_demo(participants, seed=seed, reference=REFERENCE)
    _assert_matches_keep_the_rules(_drawn(cases))


@pytest.fixture(scope="module")
def large() -> list[DemoCase]:
    """A demo of 2,000, drawn but not written."""
    _coaches, drawn = draw_demo(2000, seed=4, reference=REFERENCE)
    return drawn


def test_a_large_demo_spreads_mentees_over_every_step_like_a_real_programme(
    large: list[DemoCase],
) -> None:
    cases = _drawn(large)
    mentors = _mentors(cases)
    accepted = [c for c in _mentees(cases) if c.status in MATCHABLE]
    share = Counter(
        c.matches[-1].state if c.matches and c.matches[-1].is_open else None for c in accepted
    )
    assert 0.15 < share[MatchState.DUO] / len(accepted) < 0.28
    for state in OPEN_BEFORE_DUO:
        assert 0.03 < share[state] / len(accepted) < 0.08
    assert share[None] / len(accepted) > 0.4  # most still wait
    declined = [c for c in accepted if c.matches and c.matches[0].state is MatchState.DECLINED]
    assert 0.07 < len(declined) / len(accepted) < 0.13
    assert {c.status for c in declined} >= {Status.ACCEPTED, Status.MATCHING, Status.IN_DUO}
    assert {m.declined_by for c in declined for m in c.matches} >= {"mentor", "mentee"}
    # Sector matches where there are mentors of the sector; a generalist for a long wait.
    fits = Counter(_fit(c, mentors[m.mentor_id]) for c in accepted for m in c.matches)
    assert fits["occupation"] > fits["generalist"] > 10
    people = [c.participant for c in cases]
    generalists = sum(p.generalist for p in people)
    assert 0 < generalists < 0.15 * len(mentors)
    assert {p.capacity for p in people if p.role is Role.MENTOR} == {1, 2, 3}
    assert sum(bool(p.preferred_mentor_age) for p in people) > 20
    assert sum(bool(p.interests) for p in people) > 0.8 * len(people)


def _waits(statuses: Sequence[StatusChange]) -> list[int]:
    """The days of each wait for a mentor: from its start (a declined match does not restart
    it) to the next step (a proposal, a withdrawal) or to today."""
    steps = [(s.status, s.since) for s in statuses]
    waits = []
    for at, (status, _day) in enumerate(steps):
        start = wait_start(steps[: at + 1])
        if status is Status.ACCEPTED and start is not None:
            end = steps[at + 1][1] if at + 1 < len(steps) else REFERENCE
            waits.append((end - start).days)
    return waits


def test_nobody_waits_for_a_mentor_longer_than_nine_months(large: list[DemoCase]) -> None:
    mentees = [c for c in _drawn(large) if c.participant.role is Role.MENTEE]
    waits = [days for case in mentees for days in _waits(case.statuses)]
    assert max(waits) <= LONGEST_WAIT_DAYS
    # The earlier round had time for long waits: a few mentees stopped waiting.
    withdrawn = [c for c in large if c.status is Status.WITHDRAWN]
    assert 0 < len(withdrawn) < 0.05 * len(mentees)
    for case in withdrawn:
        steps = [r for r in case.records if isinstance(r, StatusChange)]
        withdrawal = steps[-1]
        assert steps[-2].status is Status.ACCEPTED and withdrawal.note  # why, at a glance
        assert 90 <= _waits(steps)[-1] <= LONGEST_WAIT_DAYS  # after some months of waiting
        log = [r for r in case.records if isinstance(r, ContactLogEntry)]
        assert any(entry.contacted_on == withdrawal.since for entry in log)
        assert all(entry.contacted_on <= withdrawal.since for entry in log)
    # Withdrawn without a match, after a declined one, and after a duo that ended.
    last_matches = {
        next((r.state for r in reversed(c.records) if isinstance(r, Match)), None)
        for c in withdrawn
    }
    assert last_matches == {None, MatchState.DECLINED, MatchState.ENDED}


def test_progress_is_reported_after_each_participant(programme: Programme) -> None:
    calls: list[tuple[int, int]] = []
    summary = fill_demo(
        programme, 5, reference=REFERENCE, progress=lambda done, total: calls.append((done, total))
    )
    _register(programme, [programme.cases.read(case_id) for case_id in summary.case_ids])
    assert calls == [(number, 5) for number in range(1, 6)]


def test_the_command_creates_a_programme_and_shows_its_recovery_key_once(
    programme_dir: Path, passphrase_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status = _command(
        str(programme_dir),
        "--participants=8",
        f"--passphrase-file={passphrase_file}",
        "--reference-date=2026-09-01",
    )
    out, err = capsys.readouterr()
    assert status == 0
    recovery_key = out.split("keep it safe):")[1].split()[0]
    assert "Added 5 mentees" in out and "3 mentors" in out
    assert "8 of 8 participants written" in err
    programme = unlock(programme_dir, recovery_key=recovery_key)
    assert programme.settings.name == "Demo programme"
    cases = [programme.cases.read(case_id) for case_id in programme.cases.case_ids()]
    _register(programme, cases)
    assert len(cases) == 8
    programme.close()


def test_the_command_adds_to_an_existing_programme(
    programme: Programme, passphrase_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    existing = programme.cases.create(fictional_participant(), author="")
    status = _command(
        str(programme.folder),
        "--participants=5",
        "--seed=3",
        f"--passphrase-file={passphrase_file}",
    )
    out, _err = capsys.readouterr()
    assert status == 0
    assert "Recovery key" not in out
    assert len(programme.cases.case_ids()) == 6
    _register(programme, [programme.cases.read(i) for i in programme.cases.case_ids()])
    assert programme.cases.read(existing).participant.given_name == "Çağla"


def test_the_command_refuses_a_folder_that_is_not_a_programme(tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("not a programme", encoding="utf-8")
    with pytest.raises(NotAProgrammeError):
        _command(str(tmp_path), "--participants", "5")


def test_the_command_asks_for_at_least_one_participant(programme_dir: Path) -> None:
    with pytest.raises(SystemExit):
        _command(str(programme_dir), "--participants", "0")
    assert not programme_dir.exists()
