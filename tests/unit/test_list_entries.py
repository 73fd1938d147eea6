"""The entries of an editable list: what makes them savable, and codes made from labels."""

from __future__ import annotations

from desktop.rules.list_entries import (
    EntryProblem,
    Problem,
    code_from_label,
    problems,
    same_entries,
)
from storage.records import ListItem


def entry(code: str, label: str = "A label") -> ListItem:
    return ListItem(list_name="referral_partners", code=code, label=label)


def test_a_good_list_has_no_problems() -> None:
    assert problems([entry("pes"), entry("welfare")]) == []


def test_codes_must_be_there_and_unique_and_labels_must_say_something() -> None:
    found = problems([entry("pes"), entry(" "), entry("pes "), entry("ngo", "  ")])
    assert found == [
        Problem(1, EntryProblem.NO_CODE, ""),
        Problem(2, EntryProblem.DUPLICATE_CODE, "pes"),
        Problem(3, EntryProblem.NO_LABEL, "ngo"),
    ]


def test_an_empty_new_entry_is_one_problem_not_two() -> None:
    assert problems([entry("", "")]) == [Problem(0, EntryProblem.NO_LABEL, "")]


def test_codes_from_labels_are_short_plain_and_free() -> None:
    assert code_from_label("Job coach (PES)", set()) == "job-coach-pes"
    assert code_from_label("Centre d'accueil — Liège", set()) == "centre-d-accueil-liege"
    assert code_from_label("Job coach", {"job-coach", "job-coach-2"}) == "job-coach-3"
    assert code_from_label("!!!", set()) == ""
    assert len(code_from_label("word " * 30, set())) <= 40


def test_the_same_entries_in_the_same_order() -> None:
    first = [entry("pes"), entry("welfare")]
    assert same_entries(first, [entry("pes "), entry("welfare")])
    assert not same_entries(first, list(reversed(first)))
    assert not same_entries(first, [entry("pes"), entry("welfare", "Another label")])
