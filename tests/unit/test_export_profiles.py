"""The profiles and their data dictionary, the period, and what a request accepts: every
column explained, no free text or contact detail anywhere, names only when asked, and a
clear message for every mistake a coordinator can type."""

from __future__ import annotations

import dataclasses
from datetime import date
from pathlib import Path

import pytest

from storage.duo_records import Ending, Meeting, Outcome
from storage.export_columns import Profile
from storage.export_profiles import PROFILES, profile_named
from storage.export_run import ExportFormat, ExportRequest
from storage.export_writers import dictionary_rows
from storage.periods import ExportError, Period
from storage.records import Participant

# Free text and contact details a case file holds: none may ever be a column.
NEVER_EXPORTED = {
    field.name
    for cls in (Participant, Meeting, Ending, Outcome)
    for field in dataclasses.fields(cls)
    if field.type in ("str", str)
} - {
    "given_name",
    "family_name",
    "gender",
    "postcode",
    "country_of_origin",
    "diploma_level",
    "match_id",
    "id",
    "author",
    "role",
}


@pytest.mark.parametrize("profile", PROFILES.values(), ids=list(PROFILES))
def test_every_column_is_explained_once(profile: Profile) -> None:
    names = [column.name for column in profile.columns]
    assert len(names) == len(set(names))
    for column in profile.columns:
        assert column.meaning.endswith(".")
        assert column.values or column.list_name or column.names_only
    assert profile.row and profile.period


@pytest.mark.parametrize("profile", PROFILES.values(), ids=list(PROFILES))
def test_the_dictionary_lists_every_column_of_the_file(profile: Profile) -> None:
    for names in (False, True):
        columns = profile.columns_for(names)
        rows = dictionary_rows(
            profile,
            columns,
            period=Period(date(2025, 1, 1), date(2025, 12, 31)),
            programme_name="Mentoring Antwerpen",
            exported_on=date(2026, 1, 15),
            list_labels={"diploma_levels": {"master": "Master or equivalent"}},
        )
        assert rows[0] == ("column", "meaning", "values")
        described = [row[0] for row in rows[1:] if not row[0].startswith("(")]
        assert described == [column.name for column in columns]
        assert ("(period)", profile.period, "2025-01-01 to 2025-12-31") in rows


def test_names_are_columns_only_when_asked() -> None:
    participants = PROFILES["participants"]
    without = [c.name for c in participants.columns_for(False)]
    assert "given_name" not in without and "family_name" not in without
    assert {"given_name", "family_name"} <= {c.name for c in participants.columns_for(True)}
    duo_names = {"mentee_given_name", "mentee_family_name", "mentor_given_name"}
    for profile in PROFILES.values():
        assert not {c.name for c in profile.columns_for(False)} & duo_names


def test_no_free_text_or_contact_detail_is_a_column() -> None:
    assert {"email", "phone", "motivation", "place", "note", "topic", "municipality"} <= (
        NEVER_EXPORTED
    )
    for profile in PROFILES.values():
        assert not {c.name for c in profile.columns} & (NEVER_EXPORTED | {"right_to_work"})


def test_a_list_column_names_the_programme_codes() -> None:
    profile = PROFILES["participants"]
    rows = dictionary_rows(
        profile,
        profile.columns_for(False),
        period=Period(),
        programme_name="Mentoring Gent",
        exported_on=date(2026, 1, 15),
        list_labels={"diploma_levels": {"master": "Master or equivalent", "none": "No diploma"}},
    )
    values = dict((row[0], row[2]) for row in rows)
    assert values["diploma_level"] == (
        "codes of the programme's list of diploma levels: master = Master or equivalent; "
        "none = No diploma; empty when not recorded"
    )
    assert values["(period)"] == "all dates"
    assert values["(export)"] == "pseudonymised: no names"


def test_an_unknown_profile_names_the_real_ones() -> None:
    assert profile_named(" Duos ") is PROFILES["duos"]
    with pytest.raises(ExportError) as raised:
        profile_named("mentees")
    assert str(raised.value) == (
        "There is no export profile “mentees”. Choose one of: participants, duos, meetings, "
        "evaluations, outcomes."
    )


def test_a_period_holds_its_first_and_last_day() -> None:
    period = Period.parse("2025-01-01", "2025-12-31")
    assert period.holds(date(2025, 1, 1)) and period.holds(date(2025, 12, 31))
    assert not period.holds(date(2024, 12, 31)) and not period.holds(date(2026, 1, 1))
    assert not period.holds(None)
    assert Period().holds(None)
    assert period.overlaps(date(2024, 6, 1), None)
    assert period.overlaps(date(2024, 6, 1), date(2025, 1, 1))
    assert not period.overlaps(date(2024, 6, 1), date(2024, 12, 31))
    assert not period.overlaps(date(2026, 1, 1), None)
    assert Period.parse("", "2025-06-30").describe() == "up to 2025-06-30"
    assert Period.parse("2025-06-30", None).describe() == "from 2025-06-30"


def test_default_periods() -> None:
    assert Period.last_full_year(date(2026, 3, 4)) == Period(date(2025, 1, 1), date(2025, 12, 31))
    assert Period.year_so_far(date(2026, 3, 4)) == Period(date(2026, 1, 1), date(2026, 3, 4))


def test_a_bad_date_or_a_period_backwards_says_what_to_type() -> None:
    with pytest.raises(ExportError) as raised:
        Period.parse("2025-13-01", None)
    assert str(raised.value) == (
        "“2025-13-01” is not a date for the start of the period: write it as YYYY-MM-DD, "
        "for example 2025-01-31."
    )
    with pytest.raises(ExportError) as raised:
        Period.parse("2025-12-01", "2025-01-01")
    assert str(raised.value) == (
        "The period ends (2025-01-01) before it starts (2025-12-01). Swap the two dates."
    )


def test_the_format_follows_the_file_name_unless_given() -> None:
    workbook = ExportRequest.parse("duos", target=Path("duos.XLSX"))
    assert workbook.format is ExportFormat.XLSX
    assert ExportRequest.parse("duos", target=Path("duos.csv")).format is ExportFormat.CSV
    forced = ExportRequest.parse("duos", file_format="csv", target=Path("duos.txt"))
    assert forced.format is ExportFormat.CSV
    with pytest.raises(ExportError, match=r"ends in \.xlsx but the format is csv"):
        ExportRequest.parse("duos", file_format="csv", target=Path("duos.xlsx"))
    with pytest.raises(ExportError, match="use csv or xlsx"):
        ExportRequest.parse("duos", file_format="ods")
    with pytest.raises(ExportError, match="cannot separate the columns"):
        ExportRequest.parse("duos", delimiter="|")
