"""Importing participants from a spreadsheet: reading, checking every row, all-or-none writing."""

from __future__ import annotations

import codecs
import csv
import io
from datetime import date, datetime
from pathlib import Path

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from storage import import_read
from storage.errors import DuoError
from storage.import_fields import FIELDS, auto_map
from storage.import_read import SpreadsheetError, read_table
from storage.importing import plan_import, run_import
from storage.programme import Programme
from storage.records import LanguageSkill, Role, StaffMember, Status
from tests.helpers import register_name

TODAY = date(2025, 6, 2)
TEMPLATE = Path(__file__).resolve().parents[2] / "resources" / "import-template.csv"

HEADER = ["role", "given_name", "family_name", "email", "year_of_birth", "languages"]
GOOD_ROWS = [
    ["mentee", "Nomvula", "Dlamini-Okafor", "nomvula@example.org", "1991", "en:C1; zu:native"],
    ["mentor", "Søren", "Kværnø", "soren@example.org", "1968", "nl:C2; da:native"],
    ["mentee", "Ηλέκτρα", "Παπαδοπούλου", "", "1994", "el:native; nl:A2"],
    ["mentee", "Mihai", "Țurcanu", "mihai@example.org", "1988", "ro:native, fr:B2"],
]


def write_csv(
    path: Path,
    rows: list[list[str]],
    *,
    delimiter: str = ";",
    encoding: str = "utf-8",
    bom: bool = False,
) -> Path:
    """A CSV file as a spreadsheet program writes it; its names are registered for the scan."""
    name_columns = [
        column
        for column, field in auto_map(rows[0]).items()
        if field in ("given_name", "family_name")
    ]
    for row in rows[1:]:
        for column in name_columns:
            if column < len(row):
                register_name(row[column])
    buffer = io.StringIO()
    csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n").writerows(rows)
    data = buffer.getvalue().encode(encoding)
    path.write_bytes((codecs.BOM_UTF8 if bom else b"") + data)
    return path


def import_file(path: Path, programme: Programme, **options: object):
    """Plan with the automatic mapping and run: the command line's path through the code."""
    table = read_table(path)
    plan = plan_import(table, auto_map(table.headers), programme, today=TODAY, **options)
    return plan, run_import(plan, programme, author="")


# --- reading --------------------------------------------------------------------------------


@pytest.mark.parametrize("bom", [False, True])
@pytest.mark.parametrize("delimiter", [";", ","])
def test_csv_with_or_without_bom_and_either_delimiter(
    tmp_path: Path, bom: bool, delimiter: str
) -> None:
    path = write_csv(tmp_path / "list.csv", [HEADER, *GOOD_ROWS], delimiter=delimiter, bom=bom)
    table = read_table(path)
    assert table.headers == tuple(HEADER)
    assert table.delimiter == delimiter
    assert table.encoding == ("UTF-8 with BOM" if bom else "UTF-8")
    assert table.rows[0].cells[1] == "Nomvula"
    assert table.rows[2].cells[3] is None  # an empty cell
    assert [row.number for row in table.rows] == [2, 3, 4, 5]


def test_cp1252_from_an_older_belgian_excel(tmp_path: Path) -> None:
    path = write_csv(
        tmp_path / "excel.csv",
        [["Voornaam", "Achternaam"], ["Héloïse", "Lefèvre-Dœns"]],
        encoding="cp1252",
    )
    table = read_table(path)
    assert table.encoding == "Windows-1252"
    assert table.rows[0].cells == ("Héloïse", "Lefèvre-Dœns")


def test_utf16_tab_separated_unicode_text(tmp_path: Path) -> None:
    path = tmp_path / "unicode.txt"
    path.write_text("given_name\tfamily_name\r\nĐorđe\tPetrović\r\n", encoding="utf-16")
    register_name("Petrović")
    table = read_table(path)
    assert (table.encoding, table.delimiter) == ("UTF-16", "\t")
    assert table.rows[0].cells == ("Đorđe", "Petrović")


def test_excel_separator_line_is_obeyed_and_hidden(tmp_path: Path) -> None:
    path = tmp_path / "sep.csv"
    path.write_text('sep=,\r\ngiven_name,notes\r\nYerlan,"a; b; c"\r\n', encoding="utf-8")
    table = read_table(path)
    assert (table.delimiter, table.headers) == (",", ("given_name", "notes"))
    assert table.rows[0].cells == ("Yerlan", "a; b; c")
    assert table.rows[0].number == 2


def test_quoted_fields_with_newlines_and_delimiters(tmp_path: Path) -> None:
    notes = 'Prefers mornings; "flexible"\nCall after 17:00'
    path = write_csv(
        tmp_path / "notes.csv",
        [
            ["given_name", "notes", "municipality"],
            ["Amaru", notes, "Gent"],
            ["Wanjiru", "", "Genk"],
        ],
    )
    table = read_table(path)
    assert table.rows[0].cells == ("Amaru", notes, "Gent")
    # Rows are counted as a spreadsheet program shows them, not as lines of text.
    assert [row.number for row in table.rows] == [2, 3]


_CELL = st.text(
    alphabet=st.characters(blacklist_categories=("Cs", "Cc"), blacklist_characters="\ufeff")
    | st.sampled_from(['"', ";", ",", "\n", "\r"]),
    max_size=30,
)


@settings(max_examples=60, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    rows=st.lists(st.lists(_CELL, min_size=3, max_size=3), min_size=1, max_size=6),
    delimiter=st.sampled_from([";", ","]),
    bom=st.booleans(),
)
def test_any_cell_text_survives_a_round_trip(
    tmp_path: Path, rows: list[list[str]], delimiter: str, bom: bool
) -> None:
    path = tmp_path / "round-trip.csv"
    buffer = io.StringIO()
    csv.writer(buffer, delimiter=delimiter).writerows(
        [["given_name", "family_name", "notes"], *rows]
    )
    path.write_bytes((codecs.BOM_UTF8 if bom else b"") + buffer.getvalue().encode("utf-8"))
    expected = [tuple(value.strip() or None for value in row) for row in rows]
    expected = [row for row in expected if any(row)]
    if not expected:
        with pytest.raises(SpreadsheetError):
            read_table(path)
        return
    assert [row.cells for row in read_table(path).rows] == expected


def test_xlsx_with_dates_numbers_and_a_header_further_down(tmp_path: Path) -> None:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet["A1"] = "Deelnemers 2024"  # a title row above the table is common
    sheet.append([])
    sheet.append(["Voornaam", "Achternaam", "Geboortedatum", "Postcode", "Intakedatum", "Rol"])
    sheet.append(["Aigerim", "Nurlanqyzy", datetime(1990, 4, 17), 9000, datetime(2024, 3, 5), "M"])
    sheet.append([])
    sheet.append(["Tupac", "Quispe Mamani", 1985, 2000.0, "05/03/2024", "mentor"])
    for name in ("Aigerim", "Nurlanqyzy", "Quispe Mamani"):
        register_name(name)
    path = tmp_path / "deelnemers.xlsx"
    workbook.save(path)

    table = read_table(path)
    # The title is the first non-empty row, so it is the header row…
    assert table.headers[0] == "Deelnemers 2024"
    # …which is why the coordinator removes it; here the test reads from the real header on.
    sheet.delete_rows(1, 2)
    workbook.save(path)
    table = read_table(path)
    assert table.kind == "xlsx"
    assert table.headers[:3] == ("Voornaam", "Achternaam", "Geboortedatum")
    assert table.rows[0].cells[2] == date(1990, 4, 17)
    assert table.rows[0].cells[3] == 9000
    assert table.rows[1].cells[3] == 2000  # a float that is a whole number
    assert [row.number for row in table.rows] == [2, 4]
    assert table.first_values(3) == ["9000", "2000"]


def test_a_column_without_a_header_is_named_by_its_place(tmp_path: Path) -> None:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(["Voornaam", None, "Achternaam"])
    sheet.append(["Aigerim", "call first", "Nurlanqyzy"])
    for name in ("Aigerim", "Nurlanqyzy"):
        register_name(name)
    workbook.save(tmp_path / "list.xlsx")
    csv_path = write_csv(tmp_path / "list.csv", [["", "given_name"], ["call first", "Aigerim"]])

    xlsx, csv_table = read_table(tmp_path / "list.xlsx"), read_table(csv_path)

    # In English the header is in the table; the screens translate it from `untitled`.
    assert xlsx.headers == ("Voornaam", "Column B", "Achternaam")
    assert (xlsx.untitled, xlsx.untitled_column(1), xlsx.untitled_column(0)) == (
        ((1, "B"),),
        "B",
        None,
    )
    assert (csv_table.headers, csv_table.untitled) == (("Column 1", "given_name"), ((0, "1"),))
    assert import_read.UNTITLED_COLUMN.format(column="B") == "Column B"


def test_files_that_cannot_be_read_say_why(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    old = tmp_path / "list.xls"
    old.write_bytes(b"\xd0\xcf\x11\xe0 old excel")
    with pytest.raises(SpreadsheetError, match="save it as an Excel workbook"):
        read_table(old)
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(b"PK\x03\x04 not really a zip")
    with pytest.raises(SpreadsheetError, match="not a spreadsheet Duo can read"):
        read_table(broken)
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"\r\n;;\r\n")
    with pytest.raises(SpreadsheetError, match="is empty"):
        read_table(empty)
    header_only = write_csv(tmp_path / "header.csv", [HEADER])
    with pytest.raises(SpreadsheetError, match="no participants under it"):
        read_table(header_only)
    with pytest.raises(SpreadsheetError, match="Check that the file still exists"):
        read_table(tmp_path / "missing.csv")
    monkeypatch.setattr(import_read, "MAX_FILE_BYTES", 100)
    big = write_csv(tmp_path / "big.csv", [HEADER, *GOOD_ROWS])
    with pytest.raises(SpreadsheetError, match="too large"):
        read_table(big)


def test_too_many_rows_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(import_read, "MAX_ROWS", 3)
    path = write_csv(tmp_path / "long.csv", [HEADER, *GOOD_ROWS])
    with pytest.raises(SpreadsheetError, match="more than 3 rows"):
        read_table(path)


# --- mapping --------------------------------------------------------------------------------


def test_dutch_french_and_template_headers_map_automatically() -> None:
    headers = [
        "Voornaam", "Nom de famille", "E-mail", "Téléphone", "Geboortejaar", "Commune",
        "Code postal", "Land van herkomst", "Talen", "Beschikbaarheid", "Rôle", "Opmerkingen",
        "Lievelingskleur", "prénom",
    ]  # fmt: skip
    mapping = auto_map(headers)
    assert [mapping.get(column) for column in range(len(headers))] == [
        "given_name", "family_name", "email", "phone", "year_of_birth", "municipality",
        "postcode", "country_of_origin", "languages", "availability", "role", "notes",
        None,  # unknown columns are ignored
        None,  # a second given name column: the first one wins
    ]  # fmt: skip
    assert auto_map(FIELDS) == dict(enumerate(FIELDS))
    assert auto_map(["Achternaam", "Naam"]) == {0: "family_name"}


def test_the_shipped_template_imports_cleanly(programme: Programme) -> None:
    table = read_table(TEMPLATE)
    assert list(table.headers) == list(FIELDS)
    with programme.edit_programme_file(author="") as edit:
        edit.add(StaffMember(name="Fatoumata Diallo"))
    plan = plan_import(table, auto_map(table.headers), programme, today=TODAY)
    assert [row.reasons for row in plan.rows] == [(), ()]


def test_a_mapping_without_given_names_or_roles_is_refused(
    tmp_path: Path, programme: Programme
) -> None:
    table = read_table(write_csv(tmp_path / "a.csv", [HEADER, *GOOD_ROWS]))
    with pytest.raises(DuoError, match="given names"):
        plan_import(table, {0: "role", 2: "family_name"}, programme)
    with pytest.raises(DuoError, match="mentee and who is a mentor"):
        plan_import(table, {1: "given_name"}, programme)
    with pytest.raises(DuoError, match="both read as family_name"):
        plan_import(table, {0: "role", 1: "given_name", 2: "family_name", 3: "family_name"},
                    programme)  # fmt: skip
    plan = plan_import(table, {1: "given_name"}, programme, default_role=Role.MENTOR)
    assert all(row.participant and row.participant.role is Role.MENTOR for row in plan.rows)


# --- checking rows --------------------------------------------------------------------------


def test_bad_rows_are_listed_with_reasons_and_empty_rows_skipped(
    tmp_path: Path, programme: Programme
) -> None:
    header = [*HEADER, "coach", "country_of_origin", "intake_date"]
    rows = [
        header,
        ["mentee", "Nomvula", "Dlamini-Okafor", "", "1991", "", "", "ZA", ""],
        ["mentee", "Kofi", "Mensah", "", "19xx", "", "", "", ""],
        ["", "", "", "", "", "", "", "", ""],
        ["mentee", "", "Ashkenazi", "", "1980", "", "", "", ""],
        ["mentor", "Ingrid", "Halvorsen", "ingrid@", "1966", "nl:B9", "Nobody Known", "Congo",
         "31/02/2024"],
        ["helper", "Lwazi", "Ndlovu", "", "", "", "", "", "2099-01-01"],
    ]  # fmt: skip
    plan = plan_import(
        read_table(write_csv(tmp_path / "bad.csv", rows)), auto_map(header), programme, today=TODAY
    )
    assert len(plan.ready) == 1
    assert [row.message for row in plan.refused] == [
        "row 3: the year of birth '19xx' is not a year",
        "row 5: no given name",
        "row 6: the intake date '31/02/2024' is not a date in the calendar; "
        "the e-mail address 'ingrid@' is not an e-mail address; "
        "the country of origin 'Congo' could be more than one country: write its code "
        "(CD or CG); no staff member is called 'Nobody Known' (add them in the "
        "programme's settings first, or leave the coach empty); "
        "the language level 'B9' is not A1 to C2 or 'native'",
        "row 7: the role 'helper' is neither mentee nor mentor; "
        "the intake date '2099-01-01' is in the future",
    ]


def test_a_reason_is_a_whole_clause_marked_for_translation_with_its_parameters(
    tmp_path: Path, programme: Programme
) -> None:
    rows = [
        ["role", "given_name", "family_name", "year_of_birth", "arrival_year", "capacity"],
        ["mentor", "Kwame", "Asante", "1980", "1975", "21"],
        ["mentee", "Ama", "Owusu", "1890", "", ""],
    ]
    plan = plan_import(
        read_table(write_csv(tmp_path / "why.csv", rows)), auto_map(rows[0]), programme, today=TODAY
    )
    assert [row.message for row in plan.refused] == [
        "row 2: the arrival year 1975 is before the year of birth 1980; "
        "the capacity '21' is not between 1 and 20",
        "row 3: the year of birth '1890' is not between 1900 and 2010",
    ]
    order, capacity = plan.refused[0].problems
    assert capacity.template == "the capacity '{value}' is not between {smallest} and {largest}"
    assert capacity.params == {"value": "21", "smallest": "1", "largest": "20"}
    assert order.template == "the arrival year {arrived} is before the year of birth {born}"
    # Years and row numbers are text: no language writes a year as 1.980 or 1 980.
    assert order.params == {"arrived": "1975", "born": "1980"}
    assert plan.refused[1].problems[0].template.startswith("the year of birth '{value}'")


def test_a_long_cell_is_shortened_inside_its_reason(tmp_path: Path, programme: Programme) -> None:
    rows = [["given_name", "role"], ["Efua", "x" * 50]]
    plan = plan_import(
        read_table(write_csv(tmp_path / "long.csv", rows)), auto_map(rows[0]), programme
    )
    (problem,) = plan.refused[0].problems
    assert problem.params == {"value": "x" * 40 + "…"}
    assert plan.refused[0].reasons == (f"the role '{'x' * 40}…' is neither mentee nor mentor",)


def test_values_in_english_dutch_and_french_become_records(
    tmp_path: Path, programme: Programme
) -> None:
    with programme.edit_programme_file(author="") as edit:
        coach = edit.add(StaffMember(name="Fatoumata Diallo"))
    header = [
        "Rol", "Prénom", "Achternaam", "Téléphone", "Geslacht", "Pays d'origine", "Aankomstjaar",
        "Langues", "Secteur", "Beroep", "Jobdoelwit", "Beschikbaarheid", "Statut",
        "Trajectbegeleider", "Intakedatum", "Opmerkingen",
    ]  # fmt: skip
    row = [
        "Mentoré", "Nguyễn Thị", "Hương", "0470 12 34 56", "V", "Viêt Nam", "2019",
        "vietnamien: langue maternelle; Engels B2", "Health and social work", "2221",
        "Nurse in a hospital", "ma-avond; samedi", "wachtlijst", "fatoumata diallo",
        "05/03/2025", "Needs the diploma recognised first.",
    ]  # fmt: skip
    plan, result = import_file(write_csv(tmp_path / "fr.csv", [header, row]), programme)
    assert plan.refused == []
    case = programme.cases.read(result.imported[0])
    person = case.participant
    assert (person.role, person.given_name, person.family_name) == (
        Role.MENTEE,
        "Nguyễn Thị",
        "Hương",
    )
    assert (person.phone, person.gender, person.country_of_origin) == (
        "+32 470 12 34 56",
        "female",
        "VN",
    )
    assert (person.arrival_year, person.intake_on, person.coach) == (
        2019,
        date(2025, 3, 5),
        coach.id,
    )
    assert person.availability == ["mon-evening", "sat"]
    assert {(s.language, s.level) for s in case.languages} == {("vi", "native"), ("en", "B2")}
    assert [(t.sector, t.occupation, t.description) for t in case.job_targets] == [
        ("Q", "2221", "Nurse in a hospital")
    ]
    assert [(n.written_on, n.text) for n in case.notes] == [
        (date(2025, 3, 5), "Needs the diploma recognised first.")
    ]
    assert [(s.status, s.since) for s in case.statuses] == [(Status.ACCEPTED, date(2025, 3, 5))]
    entry = programme.index.get(person.id)
    assert entry is not None and entry.waiting_since == date(2025, 3, 5)


# --- writing --------------------------------------------------------------------------------


def test_import_writes_one_case_file_per_good_row_and_refreshes_the_index(
    tmp_path: Path, programme: Programme
) -> None:
    path = write_csv(tmp_path / "list.csv", [HEADER, *GOOD_ROWS, ["mentor", "", "", "", "", ""]])
    _plan, result = import_file(path, programme)
    assert len(result.imported) == 4
    assert [row.message for row in result.refused] == ["row 6: no given name"]
    assert sorted(programme.cases.case_ids()) == sorted(result.imported)
    names = {entry.display_name for entry in programme.index.entries()}
    assert names == {"Nomvula Dlamini-Okafor", "Søren Kværnø", "Ηλέκτρα Παπαδοπούλου",
                     "Mihai Țurcanu"}  # fmt: skip
    case = programme.cases.read(result.imported[1])
    assert case.participant.role is Role.MENTOR
    assert [s.status for s in case.statuses] == [Status.REGISTERED]
    assert (case.events[0].action, case.events[0].record_table) == ("add", "participant")
    assert (case.job_targets, case.notes) == ([], [])
    assert {(s.language, s.level) for s in case.languages} == {("nl", "C2"), ("da", "native")}
    assert all(isinstance(s, LanguageSkill) for s in case.languages)


def test_a_failure_midway_leaves_nothing_imported(
    tmp_path: Path, programme: Programme, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = write_csv(tmp_path / "list.csv", [HEADER, *GOOD_ROWS])
    table = read_table(path)
    plan = plan_import(table, auto_map(table.headers), programme, today=TODAY)
    real_create = programme.cases.create
    calls = []

    def create_then_fail(*args: object, **kwargs: object) -> str:
        calls.append(kwargs.get("durable"))
        if len(calls) == 3:
            raise RuntimeError("simulated crash while writing")
        return real_create(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(programme.cases, "create", create_then_fail)
    with pytest.raises(RuntimeError):
        run_import(plan, programme, author="")
    assert calls == [False, False, False]  # bulk writing: one flush at the end
    assert programme.cases.case_ids() == []
    assert not list((programme.folder / "cases").iterdir())
    programme.index.refresh(programme.cases)
    assert programme.index.count() == 0


def test_a_full_disk_midway_is_a_clear_message_and_nothing_remains(
    tmp_path: Path, programme: Programme, monkeypatch: pytest.MonkeyPatch
) -> None:
    table = read_table(write_csv(tmp_path / "list.csv", [HEADER, *GOOD_ROWS]))
    plan = plan_import(table, auto_map(table.headers), programme, today=TODAY)
    real_create = programme.cases.create

    def create_then_fill_the_disk(*args: object, **kwargs: object) -> str:
        if programme.cases.case_ids():
            raise PermissionError("read-only folder")
        return real_create(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(programme.cases, "create", create_then_fill_the_disk)
    with pytest.raises(DuoError, match="nothing was imported"):
        run_import(plan, programme, author="")
    assert programme.cases.case_ids() == []


def test_reimporting_the_same_file_refuses_every_row_as_a_duplicate(
    tmp_path: Path, programme: Programme
) -> None:
    path = write_csv(tmp_path / "list.csv", [HEADER, *GOOD_ROWS])
    _plan, first = import_file(path, programme)
    assert len(first.imported) == 4
    _plan, second = import_file(path, programme)
    assert second.imported == ()
    assert [row.message for row in second.refused] == [
        "row 2: already in the programme (same name and year of birth); "
        "already in the programme (same e-mail address)",
        "row 3: already in the programme (same name and year of birth); "
        "already in the programme (same e-mail address)",
        "row 4: already in the programme (same name and year of birth)",
        "row 5: already in the programme (same name and year of birth); "
        "already in the programme (same e-mail address)",
    ]
    assert len(programme.cases.case_ids()) == 4


def test_duplicates_inside_one_file_are_refused_after_the_first(
    tmp_path: Path, programme: Programme
) -> None:
    rows = [
        HEADER,
        ["mentee", "Kofi", "Mensah", "", "19xx", ""],  # refused: does not hide the next one
        ["mentee", "Kofi", "Mensah", "kofi@example.org", "1990", ""],
        ["mentee", "KOFI", "Ménsah", "", "1990", ""],
        ["mentor", "Abena", "Owusu", "KOFI@example.org", "1975", ""],
        ["mentee", "Kofi", "Mensah", "", "1991", ""],  # another year: another person
    ]
    plan = plan_import(
        read_table(write_csv(tmp_path / "dup.csv", rows)), auto_map(HEADER), programme, today=TODAY
    )
    assert [row.number for row in plan.ready] == [3, 6]
    assert [row.message for row in plan.refused] == [
        "row 2: the year of birth '19xx' is not a year",
        "row 4: the same person as row 3 (same name and year of birth)",
        "row 5: the same e-mail address as row 3",
    ]


def test_a_csv_row_shifted_by_an_unquoted_separator_is_refused(
    tmp_path: Path, programme: Programme
) -> None:
    path = tmp_path / "shifted.csv"
    path.write_text(
        "role;given_name;family_name;municipality\r\n"
        "mentee;Yaw;Boateng;Gent\r\n"
        "mentee;Esi;Asante;Sint-Amandsberg; Gent\r\n",
        encoding="utf-8",
    )
    register_name("Boateng")
    plan = plan_import(read_table(path), auto_map(read_table(path).headers), programme)
    assert [row.number for row in plan.ready] == [2]
    assert "more values than the header row has columns" in plan.refused[0].message
