"""Printing what concerns the whole programme: its report for a period, and the sheet that
keeps its recovery key. No Qt: the screens and `duo samples` call these and get PDF bytes.

    pdf = programme_report_document(programme, date(2026, 1, 1), date(2026, 12, 31), "nl",
                                    today=date.today())
    sheet = recovery_sheet_document("Mentoring Gent", recovery_key, date.today(), "fr")
"""

from __future__ import annotations

from datetime import date

from desktop.rules.programme_figures import programme_figures
from desktop.workflows.house import house_style
from printing.programme_report import programme_report
from printing.recovery_sheet import recovery_sheet
from storage.lists import labels
from storage.programme import Programme


def programme_report_document(
    programme: Programme, start: date, end: date, language: str, today: date
) -> bytes:
    """The programme report from `start` to `end` (both included), counted from the index
    as it stands after a refresh; `today` is the day printed on it and the day "waiting
    now" is measured."""
    index = programme.index
    index.refresh(programme.cases)
    figures = programme_figures(index.entries(), index.matches(), start, end, today=today)
    return programme_report(
        figures,
        labels(programme.list_items("end_reasons"), language),
        house=house_style(programme),
        language=language,
        printed_on=today,
    )


def recovery_sheet_document(
    programme_name: str, key: str, created_on: date, language: str
) -> bytes:
    """The sheet to print and keep the recovery key on; it holds nothing else secret."""
    return recovery_sheet(programme_name, key, created_on=created_on, language=language)
