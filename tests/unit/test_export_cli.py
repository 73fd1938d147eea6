"""`duo export`: what a coordinator types, sees, and finds in the folder afterwards."""

from __future__ import annotations

import codecs
import csv
import io
from datetime import date
from pathlib import Path

import openpyxl
import pytest

from desktop.cli import main
from storage.programme import Programme
from tests.duo_helpers import make_duo
from tests.helpers import PASSPHRASE


@pytest.fixture
def passphrase_file(tmp_path: Path) -> Path:
    """The programme's passphrase in a file (outside the programme folder)."""
    path = tmp_path / "passphrase.txt"
    path.write_text(PASSPHRASE + "\n", encoding="utf-8")
    return path


@pytest.fixture
def out(tmp_path: Path) -> Path:
    """A folder for the exported files."""
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


def test_participants_to_csv_with_the_dictionary_beside_it(
    programme: Programme, passphrase_file: Path, out: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    make_duo(programme, validated_on=date(2026, 3, 10))
    target = out / "participants-2026.csv"
    rc = main(
        [
            "export", str(programme.folder), "--profile", "participants",
            "--from", "2026-01-01", "--to", "2026-12-31",
            "--passphrase-file", str(passphrase_file), "-o", str(target),
        ]
    )  # fmt: skip
    printed = capsys.readouterr().out.splitlines()
    assert rc == 0
    assert printed == [
        f"Exported 2 rows (participants, 2026-01-01 to 2026-12-31) to {target}.",
        f"The data dictionary is in {out / 'participants-2026-dictionary.csv'}.",
    ]
    data = target.read_bytes()
    assert data.startswith(codecs.BOM_UTF8)
    assert data.split(b"\r\n")[0].decode("utf-8-sig").startswith("participant_id;role;status;")
    dictionary = (out / "participants-2026-dictionary.csv").read_bytes().decode("utf-8-sig")
    assert dictionary.startswith("column;meaning;values\r\n")


def test_duos_to_a_workbook_with_names(
    programme: Programme, passphrase_file: Path, out: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    make_duo(programme, mentee=("Ολυμπία", "Παπαδάκη"), validated_on=date(2026, 3, 10))
    target = out / "duos.xlsx"
    rc = main(
        [
            "export", str(programme.folder), "--profile", "duos", "--names",
            "--passphrase-file", str(passphrase_file), "-o", str(target),
        ]
    )  # fmt: skip
    printed = capsys.readouterr().out
    assert rc == 0
    assert "The data dictionary is the workbook's second sheet, “Dictionary”." in printed
    assert "The file holds names: it is personal data." in printed
    book = openpyxl.load_workbook(io.BytesIO(target.read_bytes()))
    assert book.sheetnames == ["duos", "Dictionary"]
    header, row = ([cell.value for cell in line] for line in book["duos"].iter_rows(max_row=2))
    assert dict(zip(header, row, strict=True))["mentee_family_name"] == "Παπαδάκη"
    assert not list(out.glob("*.csv"))


def test_a_comma_separated_export(
    programme: Programme, passphrase_file: Path, out: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    make_duo(programme, validated_on=date(2026, 3, 10))
    target = out / "duos.csv"
    argv = ["export", str(programme.folder), "--profile", "duos", "--delimiter", ","]
    assert main([*argv, "--passphrase-file", str(passphrase_file), "-o", str(target)]) == 0
    with target.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter=","))
    assert [row["validated_on"] for row in rows] == ["2026-03-10"]


@pytest.mark.parametrize(
    ("options", "message"),
    [
        (
            ["--profile", "mentees"],
            "duo: There is no export profile “mentees”. Choose one of: participants, duos, "
            "meetings, evaluations, outcomes.",
        ),
        (
            ["--profile", "duos", "--from", "31/12/2025"],
            "duo: “31/12/2025” is not a date for the start of the period: write it as "
            "YYYY-MM-DD, for example 2025-01-31.",
        ),
        (
            ["--profile", "duos", "--from", "2026-06-01", "--to", "2026-01-01"],
            "duo: The period ends (2026-01-01) before it starts (2026-06-01). Swap the two dates.",
        ),
        (
            ["--profile", "duos", "--format", "ods"],
            "duo: There is no export format “ods”: use csv or xlsx.",
        ),
    ],
)
def test_a_mistake_gives_one_line_before_the_passphrase_is_asked(
    programme: Programme,
    out: Path,
    capsys: pytest.CaptureFixture[str],
    options: list[str],
    message: str,
) -> None:
    # No --passphrase-file: reading the passphrase would fail the test on captured stdin.
    rc = main(["export", str(programme.folder), *options, "-o", str(out / "x.csv")])
    assert rc == 1
    assert capsys.readouterr().err.strip() == message
    assert list(out.iterdir()) == []


def test_a_folder_that_does_not_exist(
    programme: Programme, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "no such folder" / "duos.csv"
    rc = main(["export", str(programme.folder), "--profile", "duos", "-o", str(target)])
    assert rc == 1
    assert capsys.readouterr().err.strip() == (
        f"duo: The folder {target.parent} does not exist. Choose an existing folder for the export."
    )
