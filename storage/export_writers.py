"""Writing an export: CSV that Excel on a Belgian computer opens as it should, XLSX, and the
data dictionary beside either.

CSV: UTF-8 with a byte order mark (Excel reads UTF-8 only with it), `;` (the list separator
of Belgian Windows) or `,`, and the csv module's CRLF line ends. XLSX: openpyxl in
write-only mode, the data on one sheet and the dictionary on a second.

A text cell that begins with `=`, `+`, `-`, `@`, a tab or a carriage return gets a leading
`'` (OWASP's rule against formula injection), so a name like "=HYPERLINK(…)" stays text in
Excel. Numbers and dates are not text: a negative number is left alone.

Every file is written beside its target and renamed over it, so a failure never leaves a
half-written file; a file that cannot be written gives a message saying what to do.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Mapping, Sequence
from datetime import date
from pathlib import Path

from storage.atomic import write_atomically
from storage.errors import QT_TRANSLATE_NOOP, DuoError
from storage.export_columns import Column, Profile
from storage.export_rows import Row, Value
from storage.periods import ExportError, Period

FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
DELIMITERS = (";", ",")
DICTIONARY_HEADER = ("column", "meaning", "values")
DICTIONARY_SHEET = "Dictionary"


def neutralise(text: str) -> str:
    """`text` as a spreadsheet must read it: with a leading `'` if it could start a formula."""
    return "'" + text if text.startswith(FORMULA_TRIGGERS) else text


def csv_cell(value: Value) -> str:
    """One CSV cell: text neutralised, dates as YYYY-MM-DD, numbers as they are."""
    if isinstance(value, str):
        return neutralise(value)
    if value is None:
        return ""
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def csv_bytes(rows: Iterable[Sequence[Value]], delimiter: str = ";") -> bytes:
    """The rows (the first one the header) as CSV bytes in UTF-8 with BOM."""
    if delimiter not in DELIMITERS:
        raise ExportError(
            QT_TRANSLATE_NOOP(
                "DuoError", "Separate the columns with a semicolon (;) or a comma (,)."
            )
        )
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, delimiter=delimiter)
    writer.writerows([csv_cell(value) for value in row] for row in rows)
    return buffer.getvalue().encode("utf-8-sig")


def table(columns: Sequence[Column], rows: Iterable[Row]) -> Iterable[Sequence[Value]]:
    """The header, then each row's values in the columns' order."""
    names = [column.name for column in columns]
    yield names
    for row in rows:
        yield [row[name] for name in names]


def dictionary_rows(
    profile: Profile,
    columns: Sequence[Column],
    *,
    period: Period,
    programme_name: str,
    exported_on: date,
    list_labels: Mapping[str, Mapping[str, str]],
) -> list[tuple[str, str, str]]:
    """The data dictionary: what the export is, then one row per column of the file."""
    names = any(column.names_only for column in columns)
    rows = [
        DICTIONARY_HEADER,
        ("(rows)", profile.row, profile.name),
        ("(period)", profile.period, period.describe()),
        (
            "(consent)",
            "Only participants who consented to pseudonymised data in reports to funders, and "
            "have not withdrawn that consent, are in the export. A row about a duo needs the "
            "mentee's consent; without the mentor's, the mentor's id (and name) is left empty "
            "and the mentor's own evaluation answers are left out.",
            "funder-report consent",
        ),
        (
            "(export)",
            f"Exported from Duo by the programme “{programme_name}” on "
            f"{exported_on.isoformat()}. Codes are kept as Duo stores them; dates are "
            "YYYY-MM-DD; a cell starting with ' had it added so that a spreadsheet shows "
            "the text instead of running it as a formula.",
            "with names: personal data" if names else "pseudonymised: no names",
        ),
    ]
    for column in columns:
        values = column.values
        if column.list_name:
            labels = list_labels.get(column.list_name, {})
            listed = "; ".join(f"{code} = {label}" for code, label in labels.items())
            values = f"codes of the programme's list of {column.list_name.replace('_', ' ')}"
            values += f": {listed}; empty when not recorded" if listed else ""
        rows.append((column.name, column.meaning, values))
    return rows


def dictionary_path(target: Path) -> Path:
    """Where the dictionary of a CSV export goes: `FILE-dictionary.csv` beside `FILE.csv`."""
    return target.with_name(f"{target.stem}-dictionary{target.suffix or '.csv'}")


_DICTIONARY_WIDTHS = (26, 90, 70)


def _header_widths(header: Sequence[Value]) -> list[int]:
    return [max(12, len(str(name)) + 3) for name in header]


def xlsx_bytes(
    sheet_name: str,
    rows: Iterable[Sequence[Value]],
    dictionary: Sequence[Sequence[str]],
) -> bytes:
    """A workbook: the rows (the first one the header) on `sheet_name`, the dictionary on a
    second sheet. Text is neutralised (openpyxl would store "=…" as a formula) and stripped
    of the control characters a workbook cannot hold; dates are real dates, shown ISO."""
    # Imported here: openpyxl takes a quarter of a second to load, and CSV never needs it.
    from openpyxl import Workbook
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
    from openpyxl.utils import get_column_letter

    def cell(value: Value) -> Value:
        if isinstance(value, str):
            return neutralise(ILLEGAL_CHARACTERS_RE.sub("", value))
        return value

    book = Workbook(write_only=True)
    for title, content in ((sheet_name, rows), (DICTIONARY_SHEET, dictionary)):
        sheet = book.create_sheet(title)
        sheet.freeze_panes = "A2"  # the header stays in view while scrolling
        lines = iter(content)
        header = next(lines)
        # Wide enough for the header; the dictionary's long texts get room to be read.
        widths = _DICTIONARY_WIDTHS if title == DICTIONARY_SHEET else _header_widths(header)
        for number, width in enumerate(widths, start=1):
            sheet.column_dimensions[get_column_letter(number)].width = width
        sheet.append([cell(value) for value in header])
        for row in lines:
            sheet.append([cell(value) for value in row])
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def check_target(path: Path) -> None:
    """Refuse, before any work, a target that is a folder or in a folder that is not there."""
    if path.is_dir():
        raise ExportError(
            QT_TRANSLATE_NOOP("DuoError", "{path} is a folder. Choose a file name for the export."),
            path=str(path),
        )
    if not path.parent.is_dir():
        raise ExportError(
            QT_TRANSLATE_NOOP(
                "DuoError",
                "The folder {folder} does not exist. Choose an existing folder for the export.",
            ),
            folder=str(path.parent),
        )


def write_file(path: Path, data: bytes) -> None:
    """Replace `path` with `data` atomically; `ExportError` with what to do if it cannot."""
    check_target(path)
    try:
        write_atomically(path, data)
    except DuoError:
        raise  # a full disk already says what to do
    except OSError as error:
        reason = error.strerror or type(error).__name__
        raise ExportError(
            QT_TRANSLATE_NOOP(
                "DuoError",
                "The export cannot be written to {path} ({reason}). Choose another folder or "
                "file name; if the file is open in a spreadsheet, close it first.",
            ),
            path=str(path),
            reason=reason,
        ) from None
