"""Searching, filtering and sorting the participant list over precomputed keys (no Qt)."""

from __future__ import annotations

import dataclasses
from datetime import date

from desktop.rules.participant_list import (
    Column,
    Lookups,
    ParticipantFilter,
    RowBuilder,
    filter_rows,
    narrows,
    sector_labels,
    sort_rows,
)
from storage.index import IndexEntry
from storage.index_rows import search_words
from storage.records import Role, Status
from tests.unit.test_waiting_rules import entry

LOOKUPS = Lookups(
    sectors={"F": "Construction", "Q": "Health and social work"},
    coaches={"coach-1": "Fatoumata Diallo", "coach-2": "Bram Claes"},
)


def person(given: str, family: str, **fields: object) -> IndexEntry:
    """An entry with a name and whatever else the test needs."""
    base = entry(given, date(2026, 8, 1), case_id=f"id-{given}-{family}")
    folded = " ".join(search_words(f"{given} {family}"))  # as the index folds a name
    return dataclasses.replace(base, family_name=family, folded_name=folded, **fields)  # type: ignore[arg-type]


PEOPLE = [
    person("Çağla", "Yılmaz-Van den Broeck", coach="coach-1", sectors=["Q"]),
    person("Jan", "Peeters", role=Role.MENTOR, status=Status.IN_DUO, coach="coach-2"),
    person("Amina", "El Amrani", status=Status.REGISTERED, municipality="Liège"),
    person("Oleksandr", "Kovalenko", coach="coach-1", sectors=["F", "Q", "F"]),
    person("Søren", "Ødegaard", role=Role.MENTOR, municipality="Antwerpen"),
]


def names(rows: list) -> list[str]:
    return [row.entry.given_name for row in rows]


def test_every_typed_word_starts_a_word_of_the_name_ignoring_accents_and_case() -> None:
    rows = RowBuilder(LOOKUPS).rows(PEOPLE)
    for text in ("cagla", "CAĞLA", "cagla yil", "yil cag", "van den", "broeck"):
        assert names(filter_rows(rows, ParticipantFilter(text=text))) == ["Çağla"], text
    assert names(filter_rows(rows, ParticipantFilter(text="agla"))) == []  # not inside a word
    assert names(filter_rows(rows, ParticipantFilter(text="soren ode"))) == ["Søren"]
    assert len(filter_rows(rows, ParticipantFilter(text="  "))) == len(PEOPLE)


def test_filters_by_role_status_and_coach_combine_with_the_search() -> None:
    rows = RowBuilder(LOOKUPS).rows(PEOPLE)
    assert names(filter_rows(rows, ParticipantFilter(role=Role.MENTOR))) == ["Jan", "Søren"]
    assert names(filter_rows(rows, ParticipantFilter(status=Status.REGISTERED))) == ["Amina"]
    assert names(filter_rows(rows, ParticipantFilter(coach="coach-1"))) == ["Çağla", "Oleksandr"]
    assert names(filter_rows(rows, ParticipantFilter(coach=""))) == ["Amina", "Søren"]
    both = ParticipantFilter(text="o", coach="coach-1")
    assert names(filter_rows(rows, both)) == ["Oleksandr"]


def test_sorting_keeps_empty_values_last_in_both_directions() -> None:
    rows = RowBuilder(LOOKUPS).rows(PEOPLE)
    by_coach = sort_rows(rows, Column.COACH)
    assert names(by_coach) == ["Jan", "Çağla", "Oleksandr", "Amina", "Søren"]
    backwards = sort_rows(rows, Column.COACH, descending=True)
    assert names(backwards) == ["Çağla", "Oleksandr", "Jan", "Amina", "Søren"]
    by_status = sort_rows(rows, Column.STATUS)  # the order of the path, not the alphabet
    assert names(by_status)[0] == "Amina"
    assert names(by_status)[-1] == "Jan"


def test_names_sort_without_regard_to_accents() -> None:
    rows = RowBuilder(LOOKUPS).rows(PEOPLE)
    assert names(sort_rows(rows, Column.NAME)) == ["Amina", "Çağla", "Jan", "Oleksandr", "Søren"]


def test_sector_labels_are_shown_once_each_and_unknown_codes_stay_visible() -> None:
    assert sector_labels(["F", "Q", "F"], LOOKUPS) == "Construction, Health and social work"
    assert sector_labels(["X9"], LOOKUPS) == "X9"
    assert sector_labels([], LOOKUPS) == ""


def test_an_unchanged_entry_keeps_its_row_and_a_changed_one_gets_a_new_row() -> None:
    builder = RowBuilder(LOOKUPS)
    first = {row.entry.id: row for row in builder.rows(PEOPLE)}
    moved = dataclasses.replace(PEOPLE[1], municipality="Brugge")
    second = {row.entry.id: row for row in builder.rows([*PEOPLE[:1], moved, *PEOPLE[2:]])}
    assert second[PEOPLE[0].id] is first[PEOPLE[0].id]
    assert second[moved.id] is not first[moved.id]
    assert second[moved.id].entry.municipality == "Brugge"


def test_a_longer_search_narrows_and_a_shorter_one_does_not() -> None:
    assert narrows(ParticipantFilter(), ParticipantFilter(text="c"))
    assert narrows(ParticipantFilter(text="cag"), ParticipantFilter(text="cagla"))
    assert narrows(ParticipantFilter(text="cagla"), ParticipantFilter(text="cagla y"))
    assert not narrows(ParticipantFilter(text="cagla"), ParticipantFilter(text="cagl"))
    assert not narrows(ParticipantFilter(), ParticipantFilter(role=Role.MENTEE))
    assert not narrows(ParticipantFilter(text="c y"), ParticipantFilter(text="c"))


def test_a_filter_says_whether_it_hides_anyone() -> None:
    assert not ParticipantFilter(text="  ").is_active()
    assert ParticipantFilter(text="c").is_active()
    assert ParticipantFilter(coach="").is_active()
