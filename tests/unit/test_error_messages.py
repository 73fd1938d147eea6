"""Messages of storage and the workflows: in English as before (the command line prints them),
and each one a template with named parameters that the interface translates (issue 7)."""

from __future__ import annotations

import ast
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from storage import encrypted_file
from storage.cases import MAX_ATTACHMENT_BYTES, read_document_file
from storage.errors import QT_TRANSLATE_NOOP, CaseFileDamagedError, DuoError
from storage.import_read import MAX_ROWS, SpreadsheetError, read_table
from storage.periods import ExportError, Period
from storage.programme import check_new_passphrase

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tools"))
import translations  # noqa: E402  (tools/ is not a package)

# Files of the "errors" area whose messages are not (yet) templates, and why.
_LEFT_IN_ENGLISH = {
    "storage/export_profiles.py": "the funders' data dictionary and its profiles stay English",
    "storage/export_columns.py": "the funders' data dictionary stays English",
}


def test_a_message_keeps_its_english_text_and_carries_its_template() -> None:
    error = encrypted_file.newer(Path("cases/0a1b.duo"), 4, 3)

    assert error.message == (
        "The file 0a1b.duo was saved by a newer version of Duo (format 4; this version reads "
        "up to 3). It was left untouched: update Duo to open it."
    )
    assert str(error) == error.message
    assert error.template.startswith("The file {file} was saved by a newer version of Duo")
    assert error.params == {"file": "0a1b.duo", "found": 4, "supported": 3}


def test_a_damaged_file_names_the_file_in_its_message_and_as_an_attribute() -> None:
    error = encrypted_file.damaged(Path("cases/0a1b.duo"))

    assert isinstance(error, CaseFileDamagedError)
    assert error.file_name == "0a1b.duo"
    assert error.message.startswith("The file 0a1b.duo is damaged or does not belong to this")
    assert error.params == {"file_name": "0a1b.duo"}


def test_a_plain_message_is_kept_as_it_was_given() -> None:
    error = DuoError("Braces {like these} stay when there is nothing to fill in.")

    assert error.message == "Braces {like these} stay when there is nothing to fill in."
    assert error.template == error.message
    assert error.params == {}


def test_whole_numbers_are_written_with_thousands_separators_in_english(tmp_path: Path) -> None:
    big = tmp_path / "big.csv"
    big.write_text("given_name\n" + "Amina\n" * (MAX_ROWS + 1), encoding="utf-8")

    with pytest.raises(SpreadsheetError) as raised:
        read_table(big)

    assert raised.value.message == (
        "big.csv has more than 10,000 rows. Split it into smaller files and import them one "
        "after the other."
    )
    assert raised.value.params == {"file": "big.csv", "rows": MAX_ROWS}


def test_a_file_too_large_to_attach_gives_its_size_in_whole_megabytes(tmp_path: Path) -> None:
    huge = tmp_path / "cv.pdf"
    with huge.open("wb") as handle:
        handle.truncate(MAX_ATTACHMENT_BYTES + 1024 * 1024)  # sparse: nothing is written

    with pytest.raises(DuoError) as raised:
        read_document_file(huge)

    assert raised.value.message.startswith(
        "This file is 21 MB; Duo keeps documents up to 20 MB in a case file. Save a smaller"
    )


def test_a_day_that_is_not_a_date_is_a_whole_sentence_for_each_end() -> None:
    with pytest.raises(ExportError) as start:
        Period.parse("2025-13-01", None)
    with pytest.raises(ExportError) as end:
        Period.parse(None, "31/12/2025")

    assert start.value.message == (
        "“2025-13-01” is not a date for the start of the period: write it as YYYY-MM-DD, "
        "for example 2025-01-31."
    )
    assert end.value.message.startswith("“31/12/2025” is not a date for the end of the period")
    assert start.value.template != end.value.template


def test_a_short_passphrase_names_the_minimum() -> None:
    with pytest.raises(DuoError) as raised:
        check_new_passphrase("short")

    assert raised.value.message.startswith("Choose a passphrase of at least 8 characters;")


def test_the_marker_returns_the_text_untouched() -> None:
    assert QT_TRANSLATE_NOOP("DuoError", "The file is gone.") == "The file is gone."


def _error_classes() -> set[str]:
    """The names of DuoError and of every subclass defined in storage/ or desktop/."""
    names = {"DuoError"}
    for path in [*ROOT.glob("storage/*.py"), *ROOT.glob("desktop/**/*.py")]:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ClassDef) and node.name.endswith("Error"):
                names.add(node.name)
    return names


def _untranslatable(path: Path, error_classes: set[str]) -> list[str]:
    """Errors raised with a text lupdate cannot collect: an f-string, a string built with
    `+`, or a literal not marked with QT_TRANSLATE_NOOP."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(node, ast.Call) or not node.args:
            continue
        func = node.func
        name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
        if name not in error_classes:
            continue
        text = node.args[0]
        if isinstance(text, ast.JoinedStr | ast.BinOp) or (
            isinstance(text, ast.Constant) and isinstance(text.value, str)
        ):
            found.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    return found


def test_every_message_of_storage_and_the_workflows_is_a_marked_template() -> None:
    error_classes = _error_classes()
    sources = [
        path
        for path in translations.area_files()["errors"]
        if str(path.relative_to(ROOT)) not in _LEFT_IN_ENGLISH
    ]
    unmarked = [place for path in sources for place in _untranslatable(path, error_classes)]
    assert unmarked == [], "messages raised without QT_TRANSLATE_NOOP:\n" + "\n".join(unmarked)


@pytest.mark.parametrize("language", sorted(translations.LANGUAGES))
def test_each_translated_message_has_the_placeholders_of_its_template(language: str) -> None:
    # A translation with a misspelt {placeholder} would fall back to English when shown.
    def placeholders(text: str) -> list[str]:
        return sorted(re.findall(r"\{[^{}]*\}", text))

    ts = translations.ts_file("errors", language)
    wrong = [
        message.findtext("source") or ""
        for message in ET.parse(ts).getroot().iter("message")
        if placeholders(message.findtext("translation") or "")
        != placeholders(message.findtext("source") or "")
    ]
    assert wrong == [], f"{ts.name}: placeholders differ in {wrong[:3]}"
