"""The export of a real programme: the right rows for the period, pseudonymised ids that
stay the same, names only when asked, and nothing a funder does not need (no note, no
meeting's content, no written answer)."""

from __future__ import annotations

import csv
import dataclasses
import errno
import re
from datetime import date
from pathlib import Path

import pytest

from desktop.export_bench import export_csv_seconds
from desktop.workflows.duo import end_duo, save_outcome
from storage.duo_records import (
    Contract,
    Ending,
    EndKind,
    Evaluation,
    EvaluationKind,
    Meeting,
    MeetingKind,
    MeetingMode,
    Outcome,
    Respondent,
    Situation,
)
from storage.errors import DiskFullError
from storage.export_run import ExportRequest, run_export
from storage.programme import Programme, create_programme
from storage.pseudonyms import Pseudonyms
from storage.records import Consent, Role, Status, StatusChange
from tests.duo_helpers import COACH, Duo, make_duo, report_consent
from tests.helpers import PASSPHRASE, fictional_participant

MENTEE = ("Ayşe", "Yılmaz-Peeters")
MENTOR = ("Łukasz", "Wróbel")
SECRETS = ("Café Verborgen", "SECRET-TOPIC", "SECRET-SUGGESTION", "SECRET-NOTE")
CODE = re.compile(r"^[PDE]-[0-9A-HJKMNP-TV-Z]{10}$")


@pytest.fixture
def duo(programme: Programme) -> Duo:
    """A duo from March to September 2026 with meetings, evaluations and an outcome, and
    two more participants: one refused in 2025, one registered in the autumn of 2026."""
    duo = make_duo(programme, mentee=MENTEE, mentor=MENTOR, validated_on=date(2026, 3, 10))
    with programme.cases.edit(duo.mentee_id, author=COACH) as edit:
        edit.add(
            Meeting(
                match_id=duo.match_id,
                held_on=date(2026, 3, 24),
                minutes=90,
                place=SECRETS[0],
                topic=SECRETS[1],
                domains=["networking", "cv"],
                next_meeting_on=date(2026, 4, 7),
            )
        )
        edit.add(
            Meeting(
                match_id=duo.match_id,
                held_on=date(2026, 7, 2),
                kind=MeetingKind.CONTACT,
                mode=MeetingMode.PHONE,
                minutes=15,
            )
        )
        edit.add(
            Evaluation(
                match_id=duo.match_id,
                kind=EvaluationKind.INTERIM,
                respondent=Respondent.MENTEE,
                answered_on=date(2026, 4, 14),
                question_set="interim-mentee",
                question_set_version=1,
                answers={
                    "how-it-goes": 4,
                    "problems": SECRETS[2],
                    "coach-monthly": "sometimes",
                    "suggestions": SECRETS[2],
                },
            )
        )
        edit.add(
            Evaluation(
                match_id=duo.match_id,
                kind=EvaluationKind.FINAL,
                respondent=Respondent.MENTEE,
                answered_on=date(2026, 9, 14),
                question_set="final-mentee",
                question_set_version=1,
                answers={
                    "process-handbook": "n/a",
                    "network": ["network-introduced", "network-events"],
                },
            )
        )
    today = date(2027, 1, 10)
    end_duo(
        programme,
        duo.mentee_id,
        Ending(match_id=duo.match_id, ended_on=date(2026, 9, 10), kind=EndKind.PLANNED),
        wait_again=False,
        author=COACH,
        today=today,
    )
    save_outcome(
        programme,
        duo.mentee_id,
        Outcome(
            match_id=duo.match_id,
            months_after=3,
            recorded_on=date(2026, 12, 12),
            situation=Situation.EMPLOYED,
            contract=Contract.PERMANENT,
            at_level=True,
            note=SECRETS[3],
        ),
        author=COACH,
        today=today,
    )
    programme.cases.create(
        fictional_participant("Георгий", "Пападопулос", postcode="2018"),
        author=COACH,
        records=[
            StatusChange(status=Status.REGISTERED, since=date(2025, 3, 1)),
            StatusChange(status=Status.REFUSED, since=date(2025, 5, 1)),
            report_consent(),
        ],
    )
    programme.cases.create(
        fictional_participant("Νικόλαος", "Οικονόμου", role=Role.MENTOR),
        author=COACH,
        records=[StatusChange(status=Status.REGISTERED, since=date(2026, 9, 1)), report_consent()],
    )
    programme.cases.create(  # no consent to reports to funders: never in an export
        fictional_participant("Zeynep", "Aydın"),
        author=COACH,
        records=[StatusChange(status=Status.REGISTERED, since=date(2026, 4, 1))],
    )
    programme.index.refresh(programme.cases)
    return duo


def export(
    programme: Programme, tmp_path: Path, profile: str, **options: object
) -> tuple[list[dict[str, str]], bytes]:
    """Export to CSV; the rows as dicts, and the file's bytes."""
    target = tmp_path / f"{profile}.csv"
    run_export(programme, ExportRequest.parse(profile, **options), target)  # type: ignore[arg-type]
    data = target.read_bytes()
    with target.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle, delimiter=";")), data


FIRST_HALF = {"start": "2026-01-01", "end": "2026-06-30"}


def test_participants_in_the_period_by_pseudonym(
    programme: Programme, duo: Duo, tmp_path: Path
) -> None:
    codes = Pseudonyms.of(programme)
    rows, data = export(programme, tmp_path, "participants", **FIRST_HALF)
    assert {row["participant_id"] for row in rows} == {
        codes.participant(duo.mentee_id),
        codes.participant(duo.mentor_id),
    }
    mentee = next(row for row in rows if row["role"] == "mentee")
    assert mentee["status"] == "ended"
    assert mentee["registered_on"] == "2026-02-02"
    for name in (*MENTEE, *MENTOR, duo.mentee_id, duo.mentor_id):
        assert name.encode() not in data
    last_year, _ = export(programme, tmp_path, "participants", start="2025-01-01", end="2025-12-31")
    assert [row["status"] for row in last_year] == ["refused"]
    everyone, _ = export(programme, tmp_path, "participants")
    assert len(everyone) == 4


def test_only_who_consented_to_reports_to_funders(
    programme: Programme, duo: Duo, tmp_path: Path
) -> None:
    everyone, data = export(programme, tmp_path, "participants", names=True)
    assert len(everyone) == 4 and b"Zeynep" not in data
    with programme.cases.edit(duo.mentor_id, author=COACH) as edit:
        (consent,) = edit.find(Consent, purpose="funder-report")
        edit.update(dataclasses.replace(consent, withdrawn_on=date(2027, 1, 5)))
    programme.index.refresh(programme.cases)
    duos, data = export(programme, tmp_path, "duos", names=True)
    assert duos[0]["mentee_id"] and duos[0]["mentor_id"] == ""
    assert MENTOR[0].encode() not in data and MENTEE[0].encode() in data
    participants, _ = export(programme, tmp_path, "participants")
    assert len(participants) == 3


def test_names_only_when_asked(programme: Programme, duo: Duo, tmp_path: Path) -> None:
    for profile in ("participants", "duos", "meetings", "evaluations", "outcomes"):
        _, without = export(programme, tmp_path, profile)
        rows, with_names = export(programme, tmp_path, profile, names=True)
        for name in (*MENTEE, *MENTOR):
            assert name.encode() not in without, profile
            assert name.encode() in with_names, profile
    assert rows[0]["mentee_given_name"] == MENTEE[0]
    assert rows[0]["mentor_family_name"] == MENTOR[1]


def test_pseudonyms_are_stable_and_belong_to_one_programme(
    programme: Programme, duo: Duo, tmp_path: Path, programme_dir: Path
) -> None:
    first, _ = export(programme, tmp_path, "duos")
    second, _ = export(programme, tmp_path, "duos")
    assert first == second
    assert all(CODE.match(first[0][column]) for column in ("duo_id", "mentee_id", "mentor_id"))
    participants, _ = export(programme, tmp_path, "participants")
    assert first[0]["mentee_id"] in {row["participant_id"] for row in participants}
    other, _ = create_programme(programme_dir.with_name("other"), "Mentoring Gent", PASSPHRASE)
    try:
        mine, theirs = Pseudonyms.of(programme), Pseudonyms.of(other)
        assert mine.participant(duo.mentee_id) != theirs.participant(duo.mentee_id)
        assert mine.participant(duo.mentee_id) == Pseudonyms.of(programme).participant(
            duo.mentee_id
        )
        assert repr(mine) == "Pseudonyms(…)"
    finally:
        other.close()


def test_duos_that_ran_in_the_period(programme: Programme, duo: Duo, tmp_path: Path) -> None:
    rows, _ = export(programme, tmp_path, "duos", **FIRST_HALF)
    assert len(rows) == 1
    row = rows[0]
    assert (row["state"], row["validated_on"], row["ended_on"]) == (
        "ended",
        "2026-03-10",
        "2026-09-10",
    )
    assert (row["meetings"], row["short_contacts"], row["meetings_in_period"]) == ("1", "1", "1")
    assert row["coach_at_first_meeting"] == "yes"
    assert row["evaluations"] == "final/mentee|interim/mentee"
    assert row["outcome_3_months"] == "employed"
    after, _ = export(programme, tmp_path, "duos", start="2026-09-11")
    assert after == []


def test_meetings_hold_no_content(programme: Programme, duo: Duo, tmp_path: Path) -> None:
    rows, data = export(programme, tmp_path, "meetings", **FIRST_HALF)
    assert [(r["held_on"], r["kind"], r["minutes"], r["mode"], r["domains"]) for r in rows] == [
        ("2026-03-24", "meeting", "90", "in-person", "cv|networking")
    ]
    assert rows[0]["next_meeting_on"] == "2026-04-07"
    assert not any(secret.encode() in data for secret in SECRETS)
    everything, _ = export(programme, tmp_path, "meetings")
    assert [row["kind"] for row in everything] == ["meeting", "contact"]


def test_evaluations_one_row_per_answer_without_written_answers(
    programme: Programme, duo: Duo, tmp_path: Path
) -> None:
    rows, data = export(programme, tmp_path, "evaluations")
    answers = [(r["question_code"], r["question_kind"], r["score"], r["answer"]) for r in rows]
    assert answers == [
        ("how-it-goes", "scale-5", "4", ""),
        ("coach-monthly", "frequency", "", "sometimes"),
        ("process-handbook", "scale-5", "", "n/a"),
        ("network", "checklist", "", "network-introduced"),
        ("network", "checklist", "", "network-events"),
    ]
    assert rows[0]["evaluation_id"] != rows[2]["evaluation_id"]
    assert rows[0]["question"] == "How is the mentoring going so far?"
    assert SECRETS[2].encode() not in data
    in_spring, _ = export(programme, tmp_path, "evaluations", **FIRST_HALF)
    assert [row["kind"] for row in in_spring] == ["interim", "interim"]


def test_outcomes_recorded_in_the_period(programme: Programme, duo: Duo, tmp_path: Path) -> None:
    rows, data = export(programme, tmp_path, "outcomes", start="2026-12-01", end="2026-12-31")
    assert [
        (r["months_after"], r["situation"], r["contract"], r["counts_as_employed"]) for r in rows
    ] == [("3", "employed", "permanent", "yes")]
    assert (rows[0]["duo_ended_on"], rows[0]["at_level"], rows[0]["in_desired_sector"]) == (
        "2026-09-10",
        "yes",
        "",
    )
    assert SECRETS[3].encode() not in data
    assert export(programme, tmp_path, "outcomes", **FIRST_HALF)[0] == []


def test_a_full_disk_leaves_the_previous_export_whole(
    programme: Programme, duo: Duo, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "exports"
    folder.mkdir()
    target = folder / "duos.csv"
    target.write_bytes(b"the previous export")

    def disk_full(_fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    # The new file is written, then the disk fills up before it is safely on it.
    monkeypatch.setattr("storage.atomic.os.fsync", disk_full)
    with pytest.raises(DiskFullError):
        run_export(programme, ExportRequest.parse("duos"), target)
    assert target.read_bytes() == b"the previous export"
    assert [path.name for path in folder.iterdir()] == ["duos.csv"]


def test_the_benchmark_times_an_export_of_copied_participants(
    programme: Programme, duo: Duo
) -> None:
    assert 0 < export_csv_seconds(programme, participants=300) < 30
