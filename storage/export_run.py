"""One funders' export, from the request to the files.

    request = ExportRequest.parse("participants", start="2025-01-01", end="2025-12-31")
    result = run_export(programme, request, Path("participants-2025.csv"), progress)
    result.rows, result.dictionary   # 812, Path("participants-2025-dictionary.csv")

The index is refreshed first, so the export holds what the case files hold now. The
participants and duos profiles come from the index alone; the others read the mentee files
of the duos that can have rows in the period, reporting `progress(done, total)`.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from storage.cases import CaseFile
from storage.errors import QT_TRANSLATE_NOOP
from storage.export_case_rows import (
    evaluation_candidates,
    evaluation_rows,
    meeting_candidates,
    meeting_rows,
    outcome_candidates,
    outcome_rows,
    read_case_rows,
)
from storage.export_columns import Profile
from storage.export_profiles import DUOS, EVALUATIONS, MEETINGS, PARTICIPANTS, profile_named
from storage.export_rows import People, Row, duo_rows, participant_rows
from storage.export_writers import (
    DELIMITERS,
    check_target,
    csv_bytes,
    dictionary_path,
    dictionary_rows,
    table,
    write_file,
    xlsx_bytes,
)
from storage.index_rows import MatchEntry
from storage.periods import ExportError, Period
from storage.pseudonyms import Pseudonyms
from storage.question_sets import SET_CODES, Question, question_set_versions

if TYPE_CHECKING:
    from storage.programme import Programme

Progress = Callable[[int, int], None]


class ExportFormat(StrEnum):
    """The kind of file written."""

    CSV = "csv"
    XLSX = "xlsx"


@dataclass(frozen=True)
class ExportRequest:
    """What to export: a profile, a period, with or without names, in which format."""

    profile: Profile
    period: Period = field(default_factory=Period)
    names: bool = False
    format: ExportFormat = ExportFormat.CSV
    delimiter: str = ";"

    @classmethod
    def parse(
        cls,
        profile: str,
        *,
        start: str | None = None,
        end: str | None = None,
        names: bool = False,
        file_format: str | None = None,
        delimiter: str = ";",
        target: Path | None = None,
    ) -> ExportRequest:
        """A request from typed options; `ExportError` saying what to correct. Without a
        format, a target ending in .xlsx is a workbook and anything else CSV."""
        if file_format is None:
            is_xlsx = target is not None and target.suffix.lower() == ".xlsx"
            file_format = ExportFormat.XLSX.value if is_xlsx else ExportFormat.CSV.value
        try:
            kind = ExportFormat(file_format.strip().lower())
        except ValueError:
            raise ExportError(
                QT_TRANSLATE_NOOP(
                    "DuoError", "There is no export format “{format}”: use csv or xlsx."
                ),
                format=file_format,
            ) from None
        if delimiter not in DELIMITERS:
            raise ExportError(
                QT_TRANSLATE_NOOP(
                    "DuoError",
                    "“{delimiter}” cannot separate the columns: use ; (Excel in Belgium) or ,.",
                ),
                delimiter=delimiter,
            )
        suffix = target.suffix.lower() if target is not None else ""
        if suffix in (".csv", ".xlsx") and suffix != f".{kind.value}":
            raise ExportError(
                QT_TRANSLATE_NOOP(
                    "DuoError",
                    "The file name ends in {suffix} but the format is {format}: a spreadsheet "
                    "would refuse to open it. Name the file ….{format} or choose "
                    "--format {other}.",
                ),
                suffix=suffix,
                format=kind.value,
                other=suffix[1:],
            )
        return cls(profile_named(profile), Period.parse(start, end), names, kind, delimiter)


@dataclass(frozen=True)
class ExportResult:
    """What an export wrote."""

    path: Path
    dictionary: Path | None  # None for a workbook: its dictionary is a sheet
    rows: int
    unreadable: int = 0  # case files left out because they could not be read


def _questions(programme: Programme) -> Callable[[str, int, str], Question | None]:
    """The question an answer was given to: in its own version of the set, else in the
    newest version that has the code (codes stay the same across versions)."""

    @cache
    def book(set_code: str) -> tuple[dict[int, dict[str, Question]], dict[str, Question]]:
        versions = {
            found.version: {q.code: q for q in found.questions}
            for found in question_set_versions(programme, set_code)
        }
        newest: dict[str, Question] = {}
        for version in sorted(versions):
            newest.update(versions[version])
        return versions, newest

    def lookup(set_code: str, version: int, code: str) -> Question | None:
        if set_code not in SET_CODES:
            return None  # a set this Duo does not know: its answers cannot be read safely
        versions, newest = book(set_code)
        return versions.get(version, {}).get(code) or newest.get(code)

    return lookup


def make_rows(
    programme: Programme, request: ExportRequest, progress: Progress | None = None
) -> tuple[list[Row], int]:
    """The rows of the request's profile, and the number of case files that could not be
    read for it."""
    index = programme.index
    index.refresh(programme.cases)
    codes = Pseudonyms.of(programme)
    period, profile = request.period, request.profile
    if profile is PARTICIPANTS:
        return participant_rows(index.entries(), period, codes, names=request.names), 0
    entries = {entry.id: entry for entry in index.entries()}
    people = People(codes, entries, names=request.names)
    matches = people.about(index.matches())
    if profile is DUOS:
        return duo_rows(matches, period, people), 0
    make: Callable[[CaseFile, Mapping[str, MatchEntry]], list[Row]]
    if profile is MEETINGS:
        wanted = [m for m in matches if meeting_candidates(m, period)]

        def make(case: CaseFile, duos: Mapping[str, MatchEntry]) -> list[Row]:
            return meeting_rows(case, duos, period, people)

        order = ("held_on", "duo_id")
    elif profile is EVALUATIONS:
        wanted = [m for m in matches if evaluation_candidates(m, period)]
        questions = _questions(programme)

        def make(case: CaseFile, duos: Mapping[str, MatchEntry]) -> list[Row]:
            return evaluation_rows(case, duos, period, people, questions)

        order = ("answered_on", "evaluation_id")
    else:
        wanted = [m for m in matches if outcome_candidates(m, period)]

        def make(case: CaseFile, duos: Mapping[str, MatchEntry]) -> list[Row]:
            return outcome_rows(case, duos, period, people)

        order = ("recorded_on", "duo_id", "months_after")
    found = read_case_rows(programme.cases, wanted, make, progress)
    # A stable sort: the answers of one evaluation keep the order they were given in.
    found.rows.sort(key=lambda row: tuple(row[name] for name in order))
    return found.rows, found.unreadable


def export_dictionary(
    programme: Programme, request: ExportRequest, *, today: date | None = None
) -> list[tuple[str, str, str]]:
    """The data dictionary of the request's export, with the programme's list labels."""
    columns = request.profile.columns_for(request.names)
    return dictionary_rows(
        request.profile,
        columns,
        period=request.period,
        programme_name=programme.settings.name,
        exported_on=today or date.today(),
        list_labels={
            name: {item.code: item.label for item in programme.list_items(name)}
            for column in columns
            if (name := column.list_name)
        },
    )


def write_export(
    request: ExportRequest,
    rows: list[Row],
    dictionary: list[tuple[str, str, str]],
    target: Path,
    *,
    unreadable: int = 0,
) -> ExportResult:
    """Write the rows to `target` and, for CSV, the dictionary beside it (first, so the data
    never arrives without it)."""
    profile = request.profile
    columns = profile.columns_for(request.names)
    if request.format is ExportFormat.XLSX:
        write_file(target, xlsx_bytes(profile.name, table(columns, rows), dictionary))
        return ExportResult(target, None, len(rows), unreadable)
    data = csv_bytes(table(columns, rows), request.delimiter)
    dictionary_file = dictionary_path(target)
    write_file(dictionary_file, csv_bytes(dictionary, request.delimiter))
    write_file(target, data)
    return ExportResult(target, dictionary_file, len(rows), unreadable)


def run_export(
    programme: Programme,
    request: ExportRequest,
    target: Path,
    progress: Progress | None = None,
    *,
    today: date | None = None,
) -> ExportResult:
    """Write the export to `target` (and, for CSV, its dictionary beside it)."""
    check_target(target)
    rows, unreadable = make_rows(programme, request, progress)
    dictionary = export_dictionary(programme, request, today=today)
    return write_export(request, rows, dictionary, target, unreadable=unreadable)
