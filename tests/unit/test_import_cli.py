"""`duo import PATH FILE`: what a coordinator types, sees, and gets back as exit status."""

from __future__ import annotations

import argparse
import io
from pathlib import Path

import pytest

from desktop.commands import import_cmd
from storage.errors import DuoError
from storage.programme import Programme
from tests.helpers import PASSPHRASE, register_name
from tests.unit.test_importing import GOOD_ROWS, HEADER, write_csv


def run_import_command(*argv: str | Path) -> int:
    """Parse and run `duo import …` as the command line does."""
    parser = argparse.ArgumentParser()
    import_cmd.add_parser(parser.add_subparsers())
    args = parser.parse_args([str(arg) for arg in argv])
    return args.handler(args)


@pytest.fixture
def passphrase_file(tmp_path: Path) -> Path:
    """The programme's passphrase in a file (outside the programme folder)."""
    path = tmp_path / "passphrase.txt"
    path.write_text(PASSPHRASE + "\n", encoding="utf-8")
    return path


def test_every_row_imported_exits_0(
    tmp_path: Path,
    programme: Programme,
    passphrase_file: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    csv_file = write_csv(tmp_path / "list.csv", [HEADER, *GOOD_ROWS], bom=True)
    rc = run_import_command(
        "import", programme.folder, csv_file, "--passphrase-file", passphrase_file
    )
    out = capsys.readouterr().out
    assert rc == 0
    assert "Read list.csv, a CSV file in UTF-8 with BOM, separated by semicolons: 4 rows." in out
    assert "Imported 4 participants." in out
    assert "Refused" not in out
    programme.index.refresh(programme.cases)
    assert programme.index.count() == 4


def test_refused_rows_are_printed_and_exit_1(
    tmp_path: Path,
    programme: Programme,
    passphrase_file: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    rows = [
        [*HEADER, "Lievelingskleur"],
        *([*row, "blue"] for row in GOOD_ROWS[:2]),
        ["mentee", "Kofi", "Mensah", "", "19xx", "", ""],
        ["mentee", "", "Ashkenazi", "", "1980", "", ""],
    ]
    csv_file = write_csv(tmp_path / "list.csv", rows, delimiter=",")
    rc = run_import_command(
        "import", programme.folder, csv_file, "--passphrase-file", passphrase_file
    )
    out = capsys.readouterr().out
    assert rc == 1
    assert "Columns not in the template, ignored: Lievelingskleur." in out
    assert "Imported 2 participants." in out
    assert "Refused 2 rows; nothing of them was imported:" in out
    assert "  row 4: the year of birth '19xx' is not a year\n" in out
    assert "  row 5: no given name\n" in out

    # Importing the corrected file again adds only the corrected row.
    rows[3] = ["mentee", "Kofi", "Mensah", "", "1990", "", ""]
    rows[4] = ["mentee", "Miriam", "Ashkenazi", "", "1980", "", ""]
    register_name("Miriam")
    write_csv(csv_file, rows, delimiter=",")
    rc = run_import_command(
        "import", programme.folder, csv_file, "--passphrase-file", passphrase_file
    )
    out = capsys.readouterr().out
    assert rc == 1
    assert "Imported 2 participants." in out
    assert "row 2: already in the programme (same name and year of birth)" in out


def test_role_option_for_a_file_without_roles_and_recovery_key(
    tmp_path: Path,
    new_programme: tuple[Programme, str],
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    programme, recovery_key = new_programme
    csv_file = write_csv(
        tmp_path / "mentors.csv",
        [["Voornaam", "Achternaam", "Werkgever"], ["Ngozi", "Adeyemi", "Stad Gent"]],
    )
    monkeypatch.setattr("sys.stdin", io.StringIO(recovery_key + "\n"))
    rc = run_import_command(
        "import", programme.folder, csv_file, "--role", "mentor", "--recovery-key"
    )
    assert rc == 0
    assert "Imported 1 participant." in capsys.readouterr().out
    programme.index.refresh(programme.cases)
    (entry,) = programme.index.entries()
    assert (entry.role.value if entry.role else None, entry.given_name) == ("mentor", "Ngozi")


def test_a_file_without_roles_or_unreadable_is_a_clear_error(
    tmp_path: Path, programme: Programme, passphrase_file: Path
) -> None:
    csv_file = write_csv(tmp_path / "plain.csv", [["Voornaam"], ["Ngozi"]])
    with pytest.raises(DuoError, match="mentee and who is a mentor"):
        run_import_command(
            "import", programme.folder, csv_file, "--passphrase-file", passphrase_file
        )
    with pytest.raises(DuoError, match="Check that the file still exists"):
        run_import_command(
            "import", programme.folder, tmp_path / "gone.csv", "--passphrase-file", passphrase_file
        )
    assert programme.cases.case_ids() == []
