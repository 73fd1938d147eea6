"""The export's files as Excel and a funder's scripts read them: CSV in UTF-8 with BOM and
CRLF, either separator, any Unicode text unchanged except that a cell which could start a
formula gets a leading `'`; XLSX with text that stays text and a dictionary sheet."""

from __future__ import annotations

import codecs
import csv
import io
from datetime import date, datetime
from pathlib import Path

import openpyxl
import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from storage.export_writers import (
    DICTIONARY_SHEET,
    csv_bytes,
    csv_cell,
    dictionary_path,
    write_file,
    xlsx_bytes,
)
from storage.periods import ExportError

TRIGGERS = {"=", "+", "-", "@", "\t", "\r"}
HEADER = ["participant_id", "given_name", "family_name", "postcode"]


def as_excel_shows(text: str) -> str:
    """What must come back: the text, with a `'` before a formula trigger."""
    return "'" + text if text[:1] in TRIGGERS else text


def read_back(data: bytes, delimiter: str) -> list[list[str]]:
    """The CSV as a script reads it: utf-8-sig, newline="" as the csv module asks."""
    return list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline=""), delimiter=delimiter))


row_of_text = st.lists(st.text(), min_size=len(HEADER), max_size=len(HEADER))


@settings(max_examples=300, deadline=None)
@given(rows=st.lists(row_of_text, max_size=8), delimiter=st.sampled_from([";", ","]))
@example(rows=[["=cmd|' /C calc'!A0", "+32 3 123", "-", "@SUM(A1)"]], delimiter=";")
@example(rows=[["\tTab", "\rReturn", "a;b,c", 'say "hi"\r\nnext line']], delimiter=",")
@example(rows=[["Ayşe", "Yılmaz", "Łukasz Wróbel", "محمد"]], delimiter=";")
@example(rows=[["", "'already quoted", "\x00nul", "\u2028line separator"]], delimiter=";")
def test_any_text_round_trips_except_formula_triggers(
    rows: list[list[str]], delimiter: str
) -> None:
    data = csv_bytes([HEADER, *rows], delimiter)
    assert read_back(data, delimiter) == [
        HEADER,
        *([as_excel_shows(text) for text in row] for row in rows),
    ]


@pytest.mark.parametrize("delimiter", [";", ","])
def test_a_file_on_disk_reads_back_with_utf8_sig(tmp_path: Path, delimiter: str) -> None:
    target = tmp_path / "participants.csv"
    write_file(target, csv_bytes([HEADER, ["P-1", "Çağla", "=1+1", "-2000"]], delimiter))
    with target.open(encoding="utf-8-sig", newline="") as handle:
        assert list(csv.reader(handle, delimiter=delimiter)) == [
            HEADER,
            ["P-1", "Çağla", "'=1+1", "'-2000"],
        ]


def test_bom_crlf_and_semicolons_by_default() -> None:
    data = csv_bytes([["a", "b"], ["1", "2"]])
    assert data.startswith(codecs.BOM_UTF8)
    assert data == codecs.BOM_UTF8 + b"a;b\r\n1;2\r\n"


def test_numbers_and_dates_are_not_text_and_keep_their_sign() -> None:
    assert csv_cell(-5) == "-5"
    assert csv_cell(1990) == "1990"
    assert csv_cell(date(2025, 1, 31)) == "2025-01-31"
    assert csv_cell(None) == ""
    assert csv_cell("-5") == "'-5"  # typed text that looks like a number is still text


def test_only_semicolon_or_comma_separate_columns() -> None:
    with pytest.raises(ExportError, match="semicolon"):
        csv_bytes([["a"]], "\t")


def test_a_workbook_keeps_formulas_as_text_and_holds_the_dictionary() -> None:
    data = xlsx_bytes(
        "participants",
        [
            ["participant_id", "family_name", "year_of_birth", "registered_on"],
            ["P-1", "=cmd|' /C calc'!A0", -3, date(2025, 2, 1)],
            ["P-2", "Wróbel\x01\x1f", None, None],
        ],
        [("column", "meaning", "values"), ("family_name", "Family name", "")],
    )
    book = openpyxl.load_workbook(io.BytesIO(data))
    assert book.sheetnames == ["participants", DICTIONARY_SHEET]
    sheet = book["participants"]
    formula_like = sheet["B2"]
    assert formula_like.value == "'=cmd|' /C calc'!A0"
    assert formula_like.data_type == "s"
    assert sheet["C2"].value == -3
    assert sheet["D2"].value == datetime(2025, 2, 1)
    assert sheet["D2"].number_format == "yyyy-mm-dd"
    assert sheet["B3"].value == "Wróbel"  # control characters a workbook cannot hold
    assert [c.value for c in book[DICTIONARY_SHEET][2]] == ["family_name", "Family name", None]


def test_the_dictionary_goes_beside_the_csv() -> None:
    assert dictionary_path(Path("/x/duo-participants-2025.csv")) == Path(
        "/x/duo-participants-2025-dictionary.csv"
    )
    assert dictionary_path(Path("/x/export")) == Path("/x/export-dictionary.csv")


def test_a_file_that_cannot_be_written_says_what_to_do(tmp_path: Path) -> None:
    with pytest.raises(ExportError, match="Choose an existing folder"):
        write_file(tmp_path / "missing" / "out.csv", b"x")
    with pytest.raises(ExportError, match="is a folder"):
        write_file(tmp_path, b"x")


def test_an_existing_file_is_replaced_whole(tmp_path: Path) -> None:
    target = tmp_path / "out.csv"
    target.write_bytes(b"old")
    write_file(target, b"new")
    assert target.read_bytes() == b"new"
    assert [p.name for p in tmp_path.iterdir()] == ["out.csv"]
