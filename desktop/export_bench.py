"""The benchmark figure of the funders' export, on the benchmark's demo programme.

    export_csv_seconds(programme)   # seconds: participants profile, 20,000 rows, to CSV

The demo programme has 5,000 participants; copies of their index entries (new ids, the same
facts) bring the count to `participants`, as `desktop.duo_bench` copies duos. Only the export
is timed: making the rows from the entries and writing the CSV (and its dictionary) to a
temporary file, safely, as `duo export` does.
"""

from __future__ import annotations

import dataclasses
import tempfile
import time
import uuid
from pathlib import Path

from storage.export_profiles import PARTICIPANTS
from storage.export_rows import participant_rows
from storage.export_run import ExportRequest, export_dictionary, write_export
from storage.index import IndexEntry
from storage.periods import Period
from storage.programme import Programme
from storage.pseudonyms import Pseudonyms

PARTICIPANTS_EXPORTED = 20_000


def _with_copies(entries: list[IndexEntry], count: int) -> list[IndexEntry]:
    """The entries, then copies of them with new ids until there are `count`."""
    copies = [
        dataclasses.replace(entries[n % len(entries)], id=str(uuid.UUID(int=n + 1)))
        for n in range(max(0, count - len(entries)))
    ]
    return entries + copies


def export_csv_seconds(programme: Programme, participants: int = PARTICIPANTS_EXPORTED) -> float:
    """Seconds to export the participants profile of `participants` people to CSV."""
    index = programme.index
    index.refresh(programme.cases)
    entries = index.entries()
    if not entries:
        raise ValueError("The benchmark's demo has no participants.")
    everyone = _with_copies(entries, participants)
    request = ExportRequest(PARTICIPANTS, Period())
    codes = Pseudonyms.of(programme)
    dictionary = export_dictionary(programme, request)
    with tempfile.TemporaryDirectory(prefix="duo-export-bench-") as folder:
        start = time.perf_counter()
        rows = participant_rows(everyone, request.period, codes, names=False)
        write_export(request, rows, dictionary, Path(folder) / "participants.csv")
        return time.perf_counter() - start
