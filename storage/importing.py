"""Importing participants from the spreadsheet an association used before Duo.

    table = read_table(path)                       # storage.import_read
    plan = plan_import(table, auto_map(table.headers), programme)
    plan.ready, plan.refused                       # what would happen, row by row
    result = run_import(plan, programme, author=coach_id)

Every row is checked before anything is written; a row that cannot be read is refused with
its reasons and nothing of it is imported. The good rows become one case file each, all or
none: if writing fails midway, the files this import already wrote are erased again.
The reasons quote cells, so they are shown to the coordinator and never logged. Each reason
is a `values.Problem`: an English clause marked for translation, with its parameters.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import date
from typing import TypeVar

from storage import encrypted_file
from storage import import_values as values
from storage.errors import QT_TRANSLATE_NOOP, DuoError
from storage.folding import fold
from storage.import_fields import FIELDS
from storage.import_read import Cell, Table, TableRow
from storage.programme import Programme
from storage.records import (
    JobTarget,
    LanguageSkill,
    Note,
    Participant,
    Record,
    Role,
    StaffMember,
    Status,
    StatusChange,
)
from storage.sqlcipher import DatabaseError

T = TypeVar("T")
Progress = Callable[[int, int], None]

OLDEST_BIRTH_YEAR = 1900
YOUNGEST_AGE = 15  # mentees are 16 or older; a year of margin for the birthday
EARLIEST_ARRIVAL = 1940
MAX_CAPACITY = 20


@dataclass(frozen=True)
class PlannedRow:
    """One spreadsheet row: what it becomes, or why it is refused."""

    number: int
    name: str  # as written in the file, for the preview
    participant: Participant | None
    records: tuple[Record, ...] = ()
    problems: tuple[values.Problem, ...] = ()

    @property
    def ready(self) -> bool:
        """True when the row will be imported."""
        return self.participant is not None

    @property
    def reasons(self) -> tuple[str, ...]:
        """Why the row is refused, in English (the screens translate `problems`)."""
        return tuple(problem.reason for problem in self.problems)

    @property
    def message(self) -> str:
        """ "row 7: the year of birth '19xx' is not a year; no given name"."""
        return f"row {self.number}: {'; '.join(self.reasons)}"


@dataclass(frozen=True)
class ImportPlan:
    """Every non-empty row of a table, checked against the programme."""

    table: Table
    mapping: dict[int, str]
    rows: tuple[PlannedRow, ...]

    @property
    def ready(self) -> list[PlannedRow]:
        """The rows that will be imported."""
        return [row for row in self.rows if row.ready]

    @property
    def refused(self) -> list[PlannedRow]:
        """The rows that will not be imported, each with its reasons."""
        return [row for row in self.rows if not row.ready]


@dataclass(frozen=True)
class ImportResult:
    """What an import did."""

    imported: tuple[str, ...]  # participant ids
    refused: tuple[PlannedRow, ...]


def check_mapping(mapping: dict[int, str], *, default_role: Role | None) -> None:
    """Refuse a mapping that cannot give a participant, or maps a field twice."""
    mapped = list(mapping.values())
    unknown = sorted(set(mapped) - set(FIELDS))
    if unknown:
        raise DuoError(
            QT_TRANSLATE_NOOP("DuoError", "Duo has no field called {field}."), field=unknown[0]
        )
    twice = sorted({name for name in mapped if mapped.count(name) > 1})
    if twice:
        raise DuoError(
            QT_TRANSLATE_NOOP(
                "DuoError",
                "Two columns are both read as {field}. Choose one of them and ignore the other.",
            ),
            field=twice[0],
        )
    if "given_name" not in mapped:
        raise DuoError(
            QT_TRANSLATE_NOOP(
                "DuoError",
                "No column holds the given names. Choose the column with the first names "
                "(given_name in the template).",
            )
        )
    if "role" not in mapped and default_role is None:
        raise DuoError(
            QT_TRANSLATE_NOOP(
                "DuoError",
                "No column says who is a mentee and who is a mentor. Choose that column (role "
                "in the template), or say that everyone in the file is a mentee, or a mentor.",
            )
        )


@dataclass
class _Context:
    """What checking a row needs besides the row itself."""

    programme: Programme
    default_role: Role | None
    today: date
    staff: list[StaffMember]
    existing_names: set[tuple[str, int | None]]
    existing_emails: set[str]
    seen_names: dict[tuple[str, int | None], int] = field(default_factory=dict)
    seen_emails: dict[str, int] = field(default_factory=dict)
    _lists: dict[str, values.ListLookup] = field(default_factory=dict)

    def lookup(self, list_name: str) -> values.ListLookup:
        """A list of the programme, read once per import."""
        if list_name not in self._lists:
            self._lists[list_name] = values.ListLookup.of(
                self.programme.list_items(list_name), list_name
            )
        return self._lists[list_name]


def plan_import(
    table: Table,
    mapping: dict[int, str],
    programme: Programme,
    *,
    default_role: Role | None = None,
    today: date | None = None,
) -> ImportPlan:
    """Check every row of `table` read through `mapping` (column index to field name).

    `default_role` is the role of rows without one (a file of mentees only). Rows that are
    entirely empty are skipped. A participant already in the programme, or twice in the
    file (same name and year of birth, or same e-mail address), is refused.
    """
    check_mapping(mapping, default_role=default_role)
    programme.index.refresh(programme.cases)
    has_emails = "email" in mapping.values()
    context = _Context(
        programme=programme,
        default_role=default_role,
        today=today or date.today(),
        staff=programme.staff(),
        existing_names={
            (_name_key(entry.given_name, entry.family_name), entry.year_of_birth)
            for entry in programme.index.entries()
            if not entry.damaged
        },
        existing_emails=_existing_emails(programme) if has_emails else set(),
    )
    planned = [
        _plan_row(row, mapping, context) for row in table.rows if not row.is_empty or row.overflow
    ]
    return ImportPlan(table=table, mapping=dict(mapping), rows=tuple(planned))


def _name_key(given_name: str, family_name: str) -> str:
    return " ".join(fold(f"{given_name} {family_name}").split())


def _existing_emails(programme: Programme) -> set[str]:
    """The e-mail addresses of the programme's participants (the index does not keep them)."""
    store = programme.cases

    def read(case_id: str) -> str:
        try:
            conn = encrypted_file.open_read(store.path(case_id), store.key(case_id))
        except DuoError:
            return ""  # a damaged file is reported by the index, not by an import
        try:
            row = conn.execute("SELECT email FROM participant").fetchone()
        except DatabaseError:
            return ""
        finally:
            conn.close()
        return str(row[0] or "") if row else ""

    with ThreadPoolExecutor(max_workers=4) as pool:
        found = pool.map(read, store.case_ids())
        return {address.casefold() for address in found if address}


class _Row:
    """The cells of one row by field, and the reasons collected while reading them."""

    def __init__(self, row: TableRow, mapping: dict[int, str]) -> None:
        self.cells: dict[str, Cell] = {name: row.cell(column) for column, name in mapping.items()}
        self.problems: list[values.Problem] = []

    def text(self, name: str) -> str:
        return values.text(self.cells.get(name))

    def read(self, name: str, reader: Callable[[Cell], T | values.Problem]) -> T | None:
        """The parsed value of a field, or None when empty or unreadable (reason noted)."""
        cell = self.cells.get(name)
        if not values.text(cell):
            return None
        found = reader(cell)
        if isinstance(found, values.Problem):
            self.problems.append(found)
            return None
        return found


def _plan_row(table_row: TableRow, mapping: dict[int, str], context: _Context) -> PlannedRow:
    row = _Row(table_row, mapping)
    given_name, family_name = row.text("given_name"), row.text("family_name")
    name = f"{given_name} {family_name}".strip()
    if table_row.overflow:
        row.problems.append(
            values.Problem(
                QT_TRANSLATE_NOOP(
                    "ImportProblem",
                    "the row has more values than the header row has columns (a value may "
                    "hold the separator without quotes around it)",
                )
            )
        )
    role = row.read("role", values.role) if row.text("role") else context.default_role
    if role is None and not row.text("role"):
        row.problems.append(
            values.Problem(QT_TRANSLATE_NOOP("ImportProblem", "no role (mentee or mentor)"))
        )
    if not given_name:
        row.problems.append(values.Problem(QT_TRANSLATE_NOOP("ImportProblem", "no given name")))
    today = context.today
    born = row.read(
        "year_of_birth",
        lambda c: values.year(c, "year_of_birth", OLDEST_BIRTH_YEAR, today.year - YOUNGEST_AGE),
    )
    arrived = row.read(
        "arrival_year",
        lambda c: values.year(c, "arrival_year", EARLIEST_ARRIVAL, today.year),
    )
    if born is not None and arrived is not None and arrived < born:
        row.problems.append(
            values.Problem(
                QT_TRANSLATE_NOOP(
                    "ImportProblem", "the arrival year {arrived} is before the year of birth {born}"
                ),
                arrived=str(arrived),
                born=str(born),
            )
        )
    intake_on = row.read("intake_date", lambda c: _past_date(c, "intake_date", today))
    since = row.read("status_since", lambda c: _past_date(c, "status_since", today))
    status = row.read("status", values.status) or Status.REGISTERED
    fields = {
        "email": row.read("email", values.email) or "",
        "phone": row.read("phone", values.phone) or "",
        "gender": row.read("gender", values.gender) or "",
        "country_of_origin": row.read("country_of_origin", values.country) or "",
        "availability": row.read("availability", values.availability) or [],
        "capacity": row.read(
            "capacity", lambda c: values.whole_number(c, "capacity", 1, MAX_CAPACITY)
        ),
        "coach": row.read("coach", lambda c: _staff_id(c, context.staff)) or "",
        "municipality": row.text("municipality"),
        "postcode": row.text("postcode"),
        "employer": row.text("employer"),
        "job_title": row.text("job_title"),
        "short_profile": row.text("short_profile"),
    }
    languages = row.read("languages", values.languages) or {}
    sector = row.read("sector", lambda c: values.sector(c, context.lookup("sectors")))
    occupation = row.read(
        "occupation", lambda c: values.occupation(c, context.lookup("occupations"))
    )
    _check_duplicates(
        table_row.number, given_name, family_name, born, fields["email"], row, context
    )
    if row.problems or role is None:
        return PlannedRow(
            number=table_row.number, name=name, participant=None, problems=tuple(row.problems)
        )
    participant = Participant(
        role=role,
        given_name=given_name,
        family_name=family_name,
        year_of_birth=born,
        arrival_year=arrived,
        intake_on=intake_on,
        **fields,
    )
    records: list[Record] = [
        StatusChange(status=status, since=since or intake_on or today),
        *(LanguageSkill(language=code, level=level) for code, level in languages.items()),
    ]
    if sector or occupation or row.text("job_target"):
        records.append(
            JobTarget(
                position=1,
                sector=sector or "",
                occupation=occupation or "",
                description=row.text("job_target"),
            )
        )
    if row.text("notes"):
        records.append(Note(written_on=intake_on or today, text=row.text("notes")))
    return PlannedRow(
        number=table_row.number, name=name, participant=participant, records=tuple(records)
    )


_IN_THE_FUTURE = {
    "intake_date": QT_TRANSLATE_NOOP("ImportProblem", "the intake date '{value}' is in the future"),
    "status_since": QT_TRANSLATE_NOOP(
        "ImportProblem", "the status date '{value}' is in the future"
    ),
}


def _past_date(cell: Cell, field: str, today: date) -> date | values.Problem:
    found = values.a_date(cell, field)
    if isinstance(found, date) and found > today:
        return values.Problem(_IN_THE_FUTURE[field], value=values.shortened(cell))
    return found


def _staff_id(cell: Cell, staff: list[StaffMember]) -> str | values.Problem:
    wanted = " ".join(fold(values.text(cell)).split())
    for member in staff:
        if " ".join(fold(member.name).split()) == wanted:
            return member.id
    return values.Problem(
        QT_TRANSLATE_NOOP(
            "ImportProblem",
            "no staff member is called '{value}' (add them in the programme's settings "
            "first, or leave the coach empty)",
        ),
        value=values.shortened(cell),
    )


def _check_duplicates(
    number: int,
    given_name: str,
    family_name: str,
    born: int | None,
    email: str,
    row: _Row,
    context: _Context,
) -> None:
    name_key = (_name_key(given_name, family_name), born)
    email_key = email.casefold()
    if given_name:
        if name_key in context.existing_names:
            row.problems.append(
                values.Problem(
                    QT_TRANSLATE_NOOP(
                        "ImportProblem", "already in the programme (same name and year of birth)"
                    )
                )
            )
        elif name_key in context.seen_names:
            row.problems.append(
                values.Problem(
                    QT_TRANSLATE_NOOP(
                        "ImportProblem",
                        "the same person as row {row} (same name and year of birth)",
                    ),
                    row=str(context.seen_names[name_key]),
                )
            )
    if email_key:
        if email_key in context.existing_emails:
            row.problems.append(
                values.Problem(
                    QT_TRANSLATE_NOOP(
                        "ImportProblem", "already in the programme (same e-mail address)"
                    )
                )
            )
        elif email_key in context.seen_emails:
            row.problems.append(
                values.Problem(
                    QT_TRANSLATE_NOOP("ImportProblem", "the same e-mail address as row {row}"),
                    row=str(context.seen_emails[email_key]),
                )
            )
    # Only a row that will be imported makes later rows duplicates: if this one is refused,
    # a corrected copy of it further down should still go in.
    if not row.problems:
        context.seen_names.setdefault(name_key, number)
        if email_key:
            context.seen_emails.setdefault(email_key, number)


def run_import(
    plan: ImportPlan,
    programme: Programme,
    *,
    author: str,
    progress: Progress | None = None,
) -> ImportResult:
    """Write one case file per ready row; all of them, or none if anything fails.

    The files are written without a flush each, then flushed together by one `os.sync()`.
    On any failure the case files already written by this import are erased before the
    error goes on, so nothing half-imported remains.
    """
    ready = plan.ready
    created: list[str] = []
    try:
        for done, row in enumerate(ready, start=1):
            assert row.participant is not None
            created.append(
                programme.cases.create(
                    row.participant, author=author, records=row.records, durable=False
                )
            )
            if progress is not None:
                progress(done, len(ready))
        if created and hasattr(os, "sync"):
            os.sync()
    except BaseException as error:
        for case_id in created:
            with contextlib.suppress(OSError, DuoError):
                programme.cases.erase(case_id)
        if isinstance(error, OSError) and not isinstance(error, DuoError):
            raise DuoError(
                QT_TRANSLATE_NOOP(
                    "DuoError",
                    "Duo could not write the new case files, so nothing was imported. Check "
                    "that the programme folder is still reachable and has free space, then "
                    "import again.",
                )
            ) from error
        raise
    programme.index.refresh(programme.cases)
    return ImportResult(imported=tuple(created), refused=tuple(plan.refused))
