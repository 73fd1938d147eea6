"""The benchmark figure of the programme report, on the benchmark's demo programme.

    programme_report_seconds(programme, today)   # median seconds: a year's report, as printed

Measured as the coordinator gets it: the workflow counts the figures from the index (already
refreshed by the benchmark, so its refresh finds nothing new), reads the letterhead and the
end reasons from the programme file, and lays out the PDF with its charts.
"""

from __future__ import annotations

import statistics
import time
from datetime import date, timedelta

from desktop.rules.waiting import add_months
from desktop.workflows.print_programme import programme_report_document
from storage.programme import Programme

REPEAT = 3


def programme_report_seconds(programme: Programme, today: date, repeat: int = REPEAT) -> float:
    """The median time to print the report of the year up to `today`, in English."""
    start = add_months(today, -12) + timedelta(days=1)
    times = []
    for _ in range(repeat):
        began = time.perf_counter()
        programme_report_document(programme, start, today, "en", today)
        times.append(time.perf_counter() - began)
    return statistics.median(times)
