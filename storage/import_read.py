"""Reading the association's spreadsheet (CSV or XLSX) into a plain table of cells.

    table = read_table(Path("deelnemers.csv"))
    table.headers        # ("Voornaam", "Achternaam", …): the first non-empty row
    table.rows[0].number # the row number the spreadsheet program shows

CSV files come from Excel, LibreOffice or an online form: the delimiter (`;` from a
Belgian Excel, `,` elsewhere, a tab from "Unicode text") is found by counting, and the
encoding is UTF-8 (with or without the BOM Excel adds), UTF-16, or else Windows-1252, the
encoding of an older Belgian Excel "CSV" export. XLSX is read with openpyxl: the first
sheet, values as last calculated (never formulas), dates as dates.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
import warnings
import zipfile
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time
from pathlib import Path

from storage.errors import QT_TRANSLATE_NOOP, DuoError

# A spreadsheet of a few thousand participants is well under a megabyte; anything much
# larger is not the participant list, and reading it would only make the window wait.
MAX_FILE_BYTES = 20 * 1024 * 1024
MAX_ROWS = 10_000
_DELIMITERS = (";", ",", "\t")
_SEPARATOR_LINE = re.compile(r"^sep=[;,\t]$")
# The header of a column that has none: its letter in a workbook, its number in a CSV file.
UNTITLED_COLUMN = QT_TRANSLATE_NOOP("ImportTable", "Column {column}")

Cell = str | int | float | date | None


class SpreadsheetError(DuoError):
    """The file cannot be read as a spreadsheet of participants."""


@dataclass(frozen=True)
class TableRow:
    """One row of the spreadsheet, with the number the spreadsheet program shows for it."""

    number: int
    cells: tuple[Cell, ...]
    # Values past the header row's last column in a CSV file: the sign of a delimiter typed
    # inside a value without quotes, which shifts every later value of the row.
    overflow: int = 0

    def cell(self, column: int) -> Cell:
        """The value in `column`, or None past the end of a short row."""
        return self.cells[column] if column < len(self.cells) else None

    @property
    def is_empty(self) -> bool:
        """True when every cell is empty."""
        return all(value is None for value in self.cells)


@dataclass(frozen=True)
class Table:
    """A spreadsheet's header row and the rows under it."""

    file_name: str
    kind: str  # "csv" or "xlsx"
    encoding: str  # "UTF-8", "UTF-8 with BOM", "UTF-16", "Windows-1252"; "" for XLSX
    delimiter: str  # ";", "," or "\t"; "" for XLSX
    headers: tuple[str, ...]
    rows: tuple[TableRow, ...]
    # The columns with no header of their own (index, and the spreadsheet's name of the
    # column: "C", or "3" in a CSV file); their header is UNTITLED_COLUMN filled in.
    untitled: tuple[tuple[int, str], ...] = ()

    def untitled_column(self, column: int) -> str | None:
        """The spreadsheet's name of `column` if it has no header, else None."""
        return dict(self.untitled).get(column)

    def first_values(self, column: int, count: int = 3) -> list[str]:
        """The first `count` non-empty values of a column, as text."""
        values: list[str] = []
        for row in self.rows:
            text = cell_text(row.cell(column))
            if text:
                values.append(text)
                if len(values) == count:
                    break
        return values

    def describe(self) -> str:
        """How the file was read, in words (for the command line)."""
        if self.kind == "xlsx":
            return "an Excel workbook (first sheet)"
        separator = {";": "semicolons", ",": "commas", "\t": "tabs"}[self.delimiter]
        return f"a CSV file in {self.encoding}, separated by {separator}"


def cell_text(value: Cell) -> str:
    """A cell as the text a person reads: dates as YYYY-MM-DD, whole numbers without '.0'."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == time() else value.isoformat(" ")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def read_table(path: Path) -> Table:
    """Read a CSV or XLSX file; `SpreadsheetError` says why a file cannot be read."""
    suffix = path.suffix.lower()
    if suffix in (".xls", ".ods", ".numbers"):
        raise SpreadsheetError(
            QT_TRANSLATE_NOOP(
                "DuoError",
                "Duo reads .xlsx and .csv files, not {suffix} files. Open {file} in your "
                "spreadsheet program and save it as an Excel workbook (.xlsx) or as CSV.",
            ),
            suffix=suffix,
            file=path.name,
        )
    try:
        size = path.stat().st_size
    except OSError as error:
        raise SpreadsheetError(
            QT_TRANSLATE_NOOP(
                "DuoError", "Duo could not open {file}. Check that the file still exists."
            ),
            file=path.name,
        ) from error
    if size > MAX_FILE_BYTES:
        raise SpreadsheetError(
            QT_TRANSLATE_NOOP(
                "DuoError",
                "{file} is {size} MB, too large for a list of participants. Keep only the "
                "participants' sheet and columns, save it again, and import that file.",
            ),
            file=path.name,
            size=round(size / (1024 * 1024)),
        )
    if suffix == ".xlsx" or (suffix != ".csv" and zipfile.is_zipfile(path)):
        return _read_xlsx(path)
    return _read_csv(path)


# --- CSV ----------------------------------------------------------------------------------


def _decode(data: bytes) -> tuple[str, str]:
    if data.startswith(codecs.BOM_UTF8):
        return data[len(codecs.BOM_UTF8) :].decode("utf-8", errors="replace"), "UTF-8 with BOM"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16", errors="replace"), "UTF-16"
    try:
        return data.decode("utf-8"), "UTF-8"
    except UnicodeDecodeError:
        # Not UTF-8: an Excel on Windows in Western Europe saves CSV in Windows-1252.
        return data.decode("cp1252", errors="replace"), "Windows-1252"


def _delimiter(text: str) -> str:
    header = next((line for line in text.splitlines() if line.strip()), "")
    counts = {d: _count_outside_quotes(header, d) for d in _DELIMITERS}
    best = max(_DELIMITERS, key=lambda d: counts[d])
    return best if counts[best] else ","


def _count_outside_quotes(line: str, delimiter: str) -> int:
    count, quoted = 0, False
    for char in line:
        if char == '"':
            quoted = not quoted
        elif char == delimiter and not quoted:
            count += 1
    return count


def _read_csv(path: Path) -> Table:
    try:
        data = path.read_bytes()
    except OSError as error:
        raise _cannot_read(path) from error
    if b"\x00" in data[:4096] and not data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        raise _not_a_spreadsheet(path)
    text, encoding = _decode(data)
    # Excel writes a first line "sep=;" when asked to, and hides it: so does Duo.
    first, _newline, rest = text.partition("\n")
    if _SEPARATOR_LINE.match(first.rstrip("\r")):
        text, delimiter = rest, first[4]
    else:
        delimiter = _delimiter(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        raw = _limited(
            ((number, [_csv_cell(value) for value in row]) for number, row in enumerate(reader, 1)),
            path,
        )
    except csv.Error as error:
        raise SpreadsheetError(
            QT_TRANSLATE_NOOP(
                "DuoError",
                "{file} is not a readable CSV file (a quote may be left open). Open it in "
                "your spreadsheet program, save it as CSV again, and import that file.",
            ),
            file=path.name,
        ) from error
    return _table(path, "csv", encoding, delimiter, raw, str, headed_only=True)


def _csv_cell(value: str) -> str | None:
    return value.strip() or None


# --- XLSX ---------------------------------------------------------------------------------


def _read_xlsx(path: Path) -> Table:
    # openpyxl takes a quarter of a second to import: loaded only when an XLSX is read.
    import openpyxl
    from openpyxl.utils import get_column_letter
    from openpyxl.utils.exceptions import InvalidFileException

    try:
        with warnings.catch_warnings():
            # openpyxl warns about styles and extensions it does not read: none of them
            # matter for values, and a coordinator could do nothing about them.
            warnings.simplefilter("ignore")
            workbook = openpyxl.load_workbook(path, read_only=True, data_only=True)
            try:
                sheet = workbook.worksheets[0]
                # The stored dimensions can be wrong (some programs write none): read all.
                sheet.reset_dimensions()  # type: ignore[union-attr]
                raw = _limited(
                    (
                        (number, [_xlsx_cell(value) for value in row])
                        for number, row in enumerate(sheet.iter_rows(values_only=True), 1)
                    ),
                    path,
                )
            finally:
                workbook.close()
    except SpreadsheetError:
        raise
    except (InvalidFileException, zipfile.BadZipFile, KeyError, IndexError, ValueError) as error:
        raise _not_a_spreadsheet(path) from error
    except OSError as error:
        raise _cannot_read(path) from error
    return _table(path, "xlsx", "", "", raw, get_column_letter, headed_only=False)


def _xlsx_cell(value: object) -> Cell:
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.date() if value.time() == time() else value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, date | int | float) and not isinstance(value, bool):
        return value
    return str(value).strip() or None


# --- shared -------------------------------------------------------------------------------


def _not_a_spreadsheet(path: Path) -> SpreadsheetError:
    return SpreadsheetError(
        QT_TRANSLATE_NOOP(
            "DuoError",
            "{file} is not a spreadsheet Duo can read. Save the participant list as an "
            "Excel workbook (.xlsx) or as CSV, and import that file.",
        ),
        file=path.name,
    )


def _cannot_read(path: Path) -> SpreadsheetError:
    return SpreadsheetError(
        QT_TRANSLATE_NOOP(
            "DuoError", "Duo could not read {file}. Check that it is not open in another program."
        ),
        file=path.name,
    )


def _limited(rows: Iterable[tuple[int, list[Cell]]], path: Path) -> list[tuple[int, list[Cell]]]:
    kept: list[tuple[int, list[Cell]]] = []
    for number, cells in rows:
        if any(value is not None for value in cells):
            kept.append((number, cells))
            if len(kept) > MAX_ROWS + 1:  # the header row, then the participants
                raise SpreadsheetError(
                    QT_TRANSLATE_NOOP(
                        "DuoError",
                        "{file} has more than {rows} rows. Split it into smaller files and "
                        "import them one after the other.",
                    ),
                    file=path.name,
                    rows=MAX_ROWS,
                )
    return kept


def _table(
    path: Path,
    kind: str,
    encoding: str,
    delimiter: str,
    raw: Sequence[tuple[int, list[Cell]]],
    column_name: Callable[[int], str],
    *,
    headed_only: bool,
) -> Table:
    if not raw:
        raise SpreadsheetError(
            QT_TRANSLATE_NOOP(
                "DuoError", "{file} is empty: there is no header row and no participant."
            ),
            file=path.name,
        )
    header_cells = raw[0][1]
    header_width = len(header_cells)
    width = header_width if headed_only else max(len(cells) for _number, cells in raw)
    # A column is kept when it has a header or holds something: Excel often carries
    # empty columns at the edges of a sheet.
    kept = [
        column
        for column in range(width)
        if (column < header_width and header_cells[column] is not None)
        or any(column < len(cells) and cells[column] is not None for _n, cells in raw[1:])
    ]
    titles = [cell_text(header_cells[column] if column < header_width else None) for column in kept]
    untitled = tuple(
        (index, column_name(column + 1)) for index, column in enumerate(kept) if not titles[index]
    )
    names = dict(untitled)
    headers = tuple(
        title or UNTITLED_COLUMN.format(column=names[index]) for index, title in enumerate(titles)
    )
    rows = tuple(
        TableRow(
            number=number,
            cells=tuple(cells[column] if column < len(cells) else None for column in kept),
            overflow=sum(value is not None for value in cells[width:]),
        )
        for number, cells in raw[1:]
    )
    if not rows:
        raise SpreadsheetError(
            QT_TRANSLATE_NOOP("DuoError", "{file} has a header row but no participants under it."),
            file=path.name,
        )
    return Table(
        file_name=path.name,
        kind=kind,
        encoding=encoding,
        delimiter=delimiter,
        headers=headers,
        rows=rows,
        untitled=untitled,
    )
