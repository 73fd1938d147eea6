"""The demo programme: invented, varied participants that Duo reads back, the same for a seed."""

from __future__ import annotations

import argparse
import dataclasses
import hashlib
import re
import unicodedata
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from desktop.commands import demo
from desktop.demo.data import demo_names
from desktop.demo.generator import DemoSummary, fill_demo
from storage.cases import CaseFile
from storage.errors import DuoError, NotAProgrammeError
from storage.paths import DATA_DIR_ENV
from storage.programme import Programme, create_programme, unlock
from storage.records import Decision, Role, Status
from tests.helpers import PASSPHRASE, fictional_participant, register_name

REFERENCE = date(2026, 9, 1)
Shared = tuple[Programme, DemoSummary, list[CaseFile]]
CEFR = {"A1", "A2", "B1", "B2", "C1", "C2", "native"}


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
    ]
    return [dataclasses.replace(r, created_at=None, updated_at=None) for r in records] + [
        (a.file_name, a.kind, a.media_type, a.size, a.sha256) for a in case.attachments
    ]


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
    assert set(summary.statuses) == {
        Status.REGISTERED,
        Status.INTERVIEWED,
        Status.ACCEPTED,
        Status.REFUSED,
        Status.REFERRED,
    }
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
        assert days == sorted(set(days)) and days[-1] <= REFERENCE
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
