"""End to end: whatever a coach typed in a participant's exported fields comes out of a real
programme's CSV export unchanged, except for the `'` before a formula trigger."""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from storage.export_run import ExportRequest, run_export
from storage.programme import Programme
from storage.pseudonyms import Pseudonyms
from storage.records import Participant, Role, Status, StatusChange
from tests.duo_helpers import report_consent
from tests.unit.test_export_writers import as_excel_shows

REGISTERED = date(2026, 2, 2)
FIELDS = ("given_name", "family_name", "gender", "country_of_origin", "diploma_level", "postcode")


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(texts=st.lists(st.text(), min_size=len(FIELDS), max_size=len(FIELDS)), comma=st.booleans())
@example(texts=['=HYPERLINK("x")', "-Ayşe", "@", "+BE", "\tmaster", "\r2000"], comma=False)
@example(texts=["Ολυμπία", "Ткаченко", "", "MA", "bachelor", "1030;1000,2"], comma=True)
def test_typed_text_comes_out_of_a_real_export(
    programme: Programme, tmp_path: Path, texts: list[str], comma: bool
) -> None:
    typed = dict(zip(FIELDS, texts, strict=True))
    case_id = programme.cases.create(
        Participant(role=Role.MENTEE, **typed),  # type: ignore[arg-type]
        author="",
        records=[StatusChange(status=Status.REGISTERED, since=REGISTERED), report_consent()],
        durable=False,
    )
    delimiter = "," if comma else ";"
    target = tmp_path / "participants.csv"
    run_export(
        programme, ExportRequest.parse("participants", names=True, delimiter=delimiter), target
    )
    with target.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter=delimiter))
    code = Pseudonyms.of(programme).participant(case_id)
    row = next(row for row in rows if row["participant_id"] == code)
    assert {name: row[name] for name in FIELDS} == {
        name: as_excel_shows(text) for name, text in typed.items()
    }
