"""The intake checks: a missing given name blocks; everything else only warns."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.rules.intake_checks import (
    Check,
    check_intake,
    check_plausibility,
    check_required,
    international_phone,
)
from storage.records import Role

TODAY = date(2026, 3, 15)


def checks(values: dict[str, object], role: Role | None = Role.MENTEE) -> set[Check]:
    return {finding.check for finding in check_plausibility(values, role, TODAY)}


def test_a_given_name_and_a_role_are_all_that_blocks() -> None:
    assert check_required({"given_name": "Nguyễn Thị Lan"}, Role.MENTEE) == []
    blocking = check_required({"given_name": "   "}, None)
    assert {f.check for f in blocking} == {Check.GIVEN_NAME_MISSING, Check.ROLE_MISSING}
    assert all(f.blocking for f in blocking)
    assert {f.field for f in blocking} == {"given_name", "role"}


@pytest.mark.parametrize(
    ("year", "warned"),
    [(1929, True), (1930, False), (1990, False), (2010, False), (2011, True), (2026, True)],
)
def test_year_of_birth_between_1930_and_sixteen_years_ago(year: int, warned: bool) -> None:
    findings = check_plausibility({"year_of_birth": year}, Role.MENTEE, TODAY)
    assert (Check.YEAR_OF_BIRTH_UNLIKELY in {f.check for f in findings}) is warned
    assert not any(f.blocking for f in findings)
    if warned:
        assert findings[0].params == {"low": 1930, "high": 2010}


@pytest.mark.parametrize(
    ("postcode", "warned"),
    [("1000", False), ("9999", False), ("2018", False), ("0999", True), ("10000", True),
     ("75001", True), ("B-2000", True), ("", False)],
)  # fmt: skip
def test_postcode_is_belgian(postcode: str, warned: bool) -> None:
    assert (Check.POSTCODE_NOT_BELGIAN in checks({"postcode": postcode})) is warned


def test_arrival_year_lies_between_birth_and_this_year() -> None:
    assert Check.ARRIVAL_BEFORE_BIRTH in checks({"year_of_birth": 1990, "arrival_year": 1985})
    assert Check.ARRIVAL_IN_FUTURE in checks({"year_of_birth": 1990, "arrival_year": 2027})
    assert checks({"year_of_birth": 1990, "arrival_year": 2019}) == set()
    assert checks({"arrival_year": 2019}) == set()
    # A mentor's intake does not ask the arrival year.
    assert checks({"year_of_birth": 1990, "arrival_year": 1985}, Role.MENTOR) == set()


def test_phone_numbers_are_read_as_belgian_unless_they_say_otherwise() -> None:
    assert international_phone("0470 12 34 56") == "+32 470 12 34 56"
    assert international_phone("+31 6 12345678") == "+31 6 12345678"
    assert international_phone("03 201 23 45") == "+32 3 201 23 45"
    assert international_phone("12") is None
    assert international_phone("not a number") is None
    assert Check.PHONE_INVALID in checks({"phone": "0470 12"})
    assert checks({"phone": "0470 12 34 56"}) == set()


@pytest.mark.parametrize(
    ("email", "warned"),
    [("amara@example.org", False), ("lan.nguyen@mail.example.be", False),
     ("amara@example", True), ("amara example.org", True), ("amara@@example.org", True),
     ("@example.org", True), ("amara@.org", True)],
)  # fmt: skip
def test_email_shape(email: str, warned: bool) -> None:
    assert (Check.EMAIL_SHAPE in checks({"email": email})) is warned


def test_a_mentor_needs_two_years_of_experience_a_mentee_does_not() -> None:
    assert Check.MENTOR_EXPERIENCE_SHORT in checks({"experience_years": 1}, Role.MENTOR)
    assert checks({"experience_years": 2}, Role.MENTOR) == set()
    assert checks({"experience_years": 0}, Role.MENTEE) == set()


def test_blocking_findings_come_first() -> None:
    findings = check_intake({"given_name": "", "postcode": "75001"}, Role.MENTEE, TODAY)
    assert [f.blocking for f in findings] == [True, False]
