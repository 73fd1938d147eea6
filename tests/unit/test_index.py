"""The local index: search as a coach types, refresh only what changed, rebuild from files."""

from __future__ import annotations

import os
from datetime import date

from storage.index import Index
from storage.index_rows import match_expression
from storage.paths import index_path
from storage.programme import Programme, unlock
from storage.records import JobTarget, LanguageSkill, Role, Status, StatusChange
from tests.helpers import PASSPHRASE, fictional_participant


def _add(programme: Programme, given: str, family: str, **fields: object) -> str:
    return programme.cases.create(fictional_participant(given, family, **fields), author="")


def test_search_ignores_accents_case_and_word_order(programme: Programme) -> None:
    cagla = _add(programme, "Çağla", "Yılmaz")
    _add(programme, "Łukasz", "Wiśniewski")
    _add(programme, "Мария", "Иванова")
    programme.index.refresh(programme.cases)
    search = programme.index.search
    assert [e.id for e in search("cagla")] == [cagla]
    assert [e.id for e in search("CAĞ")] == [cagla]
    assert [e.id for e in search("yilm cag")] == [cagla]
    assert [e.display_name for e in search("lukasz")] == ["Łukasz Wiśniewski"]
    assert [e.display_name for e in search("мар")] == ["Мария Иванова"]
    assert search("zz") == []
    assert search('  "*  ') == []


def test_odd_input_never_breaks_the_search(programme: Programme) -> None:
    _add(programme, "Zoë", "N'Diaye")
    programme.index.refresh(programme.cases)
    for text in ['"', "n'd", "AND", "OR NOT", "zo*", "(", "NEAR(", "-", "zoë n'diaye"]:
        programme.index.search(text)
    assert [e.display_name for e in programme.index.search("n'diaye")] == ["Zoë N'Diaye"]
    assert match_expression("n'diaye") == '"n"* "diaye"*'


def test_the_index_holds_what_lists_and_matching_need(programme: Programme) -> None:
    case_id = programme.cases.create(
        fictional_participant(
            "Amanuel",
            "Tesfaye",
            municipality="Mechelen",
            availability=["wed-evening"],
            coach="coach-7",
            arrival_year=2019,
            diploma_level="bachelor",
        ),
        author="",
        records=[
            JobTarget(position=1, sector="F", occupation="31"),
            LanguageSkill(language="ti", level="native"),
            LanguageSkill(language="nl", level="B1"),
            StatusChange(status=Status.REGISTERED, since=date(2026, 9, 2)),
            StatusChange(status=Status.ACCEPTED, since=date(2026, 10, 1)),
        ],
    )
    programme.index.refresh(programme.cases)
    entry = programme.index.get(case_id)
    assert entry is not None
    assert entry.role is Role.MENTEE
    assert entry.status is Status.ACCEPTED
    assert entry.waiting_since == date(2026, 10, 1)
    assert entry.sectors == ("F",) and entry.occupations == ("31",)
    assert entry.languages == {"ti": "native", "nl": "B1"}
    assert entry.availability == ("wed-evening",)
    assert entry.coach == "coach-7"
    assert entry.registered_on == date(2026, 9, 2)
    assert (entry.arrival_year, entry.diploma_level) == (2019, "bachelor")
    waiting = programme.index.entries(role=Role.MENTEE, status=Status.ACCEPTED)
    assert [e.id for e in waiting] == [case_id]


def test_refresh_rereads_only_changed_files_and_forgets_removed_ones(
    programme: Programme,
) -> None:
    first = _add(programme, "Nguyễn", "Thị Lan")
    second = _add(programme, "Παναγιώτης", "Αλεξίου")
    report = programme.index.refresh(programme.cases)
    assert (report.read, report.unchanged) == (2, 0)
    assert programme.index.refresh(programme.cases).read == 0

    with programme.cases.edit(first, author="") as case:
        case.update_participant(municipality="Leuven")
    report = programme.index.refresh(programme.cases)
    assert (report.read, report.unchanged) == (1, 1)
    assert programme.index.get(first).municipality == "Leuven"  # type: ignore[union-attr]

    os.remove(programme.cases.path(second))
    report = programme.index.refresh(programme.cases)
    assert report.removed == 1
    assert programme.index.get(second) is None


def test_rebuild_reports_progress_and_matches_the_files(programme: Programme) -> None:
    ids = {_add(programme, f"Deelnemer{i:02d}", "Fictief") for i in range(12)}
    seen: list[tuple[int, int]] = []
    report = programme.index.rebuild(programme.cases, progress=lambda d, t: seen.append((d, t)))
    assert report.read == 12
    assert seen[-1] == (12, 12)
    assert {e.id for e in programme.index.entries()} == ids


def test_a_damaged_or_foreign_index_is_replaced_and_rebuilt(programme: Programme) -> None:
    case_id = _add(programme, "Oluwaseun", "Adébáyọ̀")
    programme.index.refresh(programme.cases)
    path = index_path(programme.settings.id)
    programme.close()
    path.write_bytes(os.urandom(8192))
    for suffix in ("-wal", "-shm"):
        path.with_name(path.name + suffix).unlink(missing_ok=True)
    foreign = Index.open(path, os.urandom(32))
    try:
        assert foreign.count() == 0
    finally:
        foreign.close()
    again = unlock(programme.folder, passphrase=PASSPHRASE)
    try:
        again.index.refresh(again.cases)
        assert [e.id for e in again.index.search("oluwaseun")] == [case_id]
    finally:
        again.close()


def test_an_older_copy_replacing_a_newer_one_is_reported(programme: Programme) -> None:
    case_id = _add(programme, "Hoang", "Minh Châu")
    path = programme.cases.path(case_id)
    old_copy = path.read_bytes()
    with programme.cases.edit(case_id, author="") as case:
        case.update_participant(municipality="Brussel")
    programme.index.refresh(programme.cases)
    path.write_bytes(old_copy)  # what a sync client restoring an old version would do
    report = programme.index.refresh(programme.cases)
    assert report.went_back == [path.name]


def test_listed_entries_follow_every_refresh(programme: Programme) -> None:
    first = _add(programme, "Aïcha", "Benali")
    second = _add(programme, "Tomasz", "Dąbrowski")
    programme.index.refresh(programme.cases)
    assert [e.given_name for e in programme.index.entries()] == ["Aïcha", "Tomasz"]

    with programme.cases.edit(first, author="") as case:
        case.update_participant(given_name="Zahra")
    third = _add(programme, "Bram", "Claes")
    programme.index.refresh(programme.cases)
    assert [e.given_name for e in programme.index.entries()] == ["Bram", "Tomasz", "Zahra"]

    os.remove(programme.cases.path(second))
    programme.index.remove(second)  # as after an erasure
    assert [e.id for e in programme.index.entries()] == [third, first]
    os.remove(programme.cases.path(third))
    programme.index.refresh(programme.cases)
    assert [e.id for e in programme.index.entries()] == [first]
    assert [e.id for e in programme.index.entries(role=Role.MENTOR)] == []
