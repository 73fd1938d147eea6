"""The programme report for a period: key figures, then one section per subject, each with
a short caption, a chart and the numbers in a table beneath (readable without the chart,
and extractable as text).

    figures = programme_figures(entries, matches, start, end, today=today)
    pdf = programme_report(figures, {"found-job": "Found a job"}, house=house,
                           language="fr", printed_on=today)

The figures come counted (desktop.rules.programme_figures); this module only lays them out.
A section with nothing to count says so instead of drawing an empty chart.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date
from typing import TYPE_CHECKING

from reportlab.platypus import Flowable, KeepTogether, Spacer

from printing.charts import bar_list, column_chart
from printing.layout import HouseStyle, build_pdf, heading, paragraph, title
from printing.report_key_figures import days_text, key_figures, percent_text
from printing.report_tables import count_table, month_tables
from printing.words import Words

if TYPE_CHECKING:
    from desktop.rules.programme_figures import ByRole, ProgrammeFigures


def _section(
    words: Words,
    key: str,
    caption: str,
    parts: Sequence[Flowable],
    after: Sequence[Flowable] = (),
) -> Flowable:
    """A heading, its caption, its chart and tables ("no data" when there are none) and what
    comes `after` them, kept on one page when they fit."""
    shown = list(parts) or [paragraph(words("no_data"), "note")]
    return KeepTogether([heading(words(key)), paragraph(caption), *shown, *after])


def _month_labels(figures: ProgrammeFigures, words: Words) -> list[str]:
    """Short month names; the year under the first month and under each January."""
    names = words("months").split()
    return [
        names[month.first_day.month - 1]
        + (f"\n{month.first_day.year}" if n == 0 or month.first_day.month == 1 else "")
        for n, month in enumerate(figures.months)
    ]


def _monthly(
    figures: ProgrammeFigures,
    words: Words,
    rows: Sequence[tuple[str, Sequence[int], int]],
    *,
    stacked: bool,
    chart_rows: int | None = None,
) -> list[Flowable]:
    """A column chart of the first `chart_rows` rows (all by default) and the table of
    every row: (label, a count per month, the period's total)."""
    labels = _month_labels(figures, words)
    shown = rows[: chart_rows or len(rows)]
    chart = column_chart(
        labels,
        [(label, values) for label, values, _ in shown],
        number=words.number,
        stacked=stacked,
    )
    table_rows = [
        (label, [words.number(v) for v in values], words.number(total))
        for label, values, total in rows
    ]
    return [chart, Spacer(1, 4), *month_tables(labels, table_rows, words("total"))]


def _by_role_rows(
    words: Words, counts: Sequence[ByRole], total: ByRole
) -> list[tuple[str, list[int], int]]:
    """Mentees, mentors and both, per month and over the period."""
    return [
        (words("mentees"), [c.mentees for c in counts], total.mentees),
        (words("mentors"), [c.mentors for c in counts], total.mentors),
        (words("total"), [c.total for c in counts], total.total),
    ]


def _registrations(figures: ProgrammeFigures, words: Words) -> Flowable:
    parts: list[Flowable] = []
    if figures.registrations.total:
        months = [month.registrations for month in figures.months]
        rows = _by_role_rows(words, months, figures.registrations)
        parts = _monthly(figures, words, rows, stacked=True, chart_rows=2)
    return _section(words, "registrations", words("registrations_caption"), parts)


def _intakes(figures: ProgrammeFigures, words: Words) -> Flowable:
    parts: list[Flowable] = []
    if figures.intakes.total:
        rows = _by_role_rows(words, [month.intakes for month in figures.months], figures.intakes)
        parts = _monthly(figures, words, rows, stacked=True, chart_rows=2)
        interviewed = sum(count for _, count in figures.decisions)
        parts += [
            Spacer(1, 6),
            paragraph(words("decisions_caption")),
            count_table(
                [words("decision"), words("people"), words("share")],
                [
                    (
                        words(f"decision_{code}"),
                        words.number(count),
                        percent_text(words, count, interviewed),
                    )
                    for code, count in figures.decisions
                ],
            ),
        ]
    return _section(words, "intakes", words("intakes_caption"), parts)


def _matches(figures: ProgrammeFigures, words: Words) -> Flowable:
    parts: list[Flowable] = []
    if figures.proposals or figures.duos_started:
        rows = [
            (words("proposals"), [m.proposals for m in figures.months], figures.proposals),
            (words("duos_started"), [m.duos_started for m in figures.months], figures.duos_started),
        ]
        parts = _monthly(figures, words, rows, stacked=False)
    return _section(words, "matches", words("matches_caption"), parts)


def _active(figures: ProgrammeFigures, words: Words) -> Flowable:
    parts: list[Flowable] = []
    if figures.active_duos or figures.meetings:
        rows = [
            (words("active_duos"), [m.active_duos for m in figures.months], figures.active_duos),
            (words("meetings"), [m.meetings for m in figures.months], figures.meetings),
        ]
        parts = _monthly(figures, words, rows, stacked=False)
    return _section(words, "active", words("active_caption"), parts)


def _shares(
    words: Words, header: Sequence[str], names: Sequence[str], counts: Sequence[int]
) -> list[Flowable]:
    """Horizontal bars, one per category with its count and share, and the same in a table
    with the total."""
    n = words.number
    total = sum(counts)
    shares = [percent_text(words, count, total) for count in counts]
    values = [f"{n(count)} ({share})" for count, share in zip(counts, shares, strict=True)]
    rows = [(name, n(c), s) for name, c, s in zip(names, counts, shares, strict=True)]
    return [
        bar_list(names, counts, values, number=n),
        Spacer(1, 4),
        count_table(header, [*rows, (words("total"), n(total), percent_text(words, total, total))]),
    ]


def _endings(figures: ProgrammeFigures, words: Words, labels: Mapping[str, str]) -> Flowable:
    n = words.number
    kinds = dict(figures.end_kinds)
    caption = words("endings_caption", planned=n(kinds["planned"]), early=n(kinds["early"]))
    if kinds["unknown"]:
        caption += " " + words("endings_caption_unknown", unknown=n(kinds["unknown"]))
    parts: list[Flowable] = []
    if figures.endings:
        names = [
            labels.get(code, code) if code else words("reason_not_recorded")
            for code, _ in figures.end_reasons
        ]
        counts = [count for _, count in figures.end_reasons]
        parts = _shares(words, [words("reason"), words("duos"), words("share")], names, counts)
    return _section(words, "endings", caption, parts)


def _outcomes(figures: ProgrammeFigures, words: Words) -> Flowable:
    parts: list[Flowable] = []
    if figures.outcomes_due:
        names = [words(f"outcome_{code}") for code, _ in figures.outcomes]
        counts = [count for _, count in figures.outcomes]
        header = [words("situation"), words("duos"), words("share")]
        parts = _shares(words, header, names, counts)
    return _section(words, "outcomes", words("outcomes_caption"), parts)


def _waits(figures: ProgrammeFigures, words: Words, today: date) -> Flowable:
    n = words.number
    matched, waiting = figures.matched_waits, figures.waiting_now
    day = words.date(today)
    parts: list[Flowable] = []
    if matched.count or waiting.count:
        bins = words("wait_bins").split("|")
        series = [(words("matched"), matched.bins), (words("waiting_on", day=day), waiting.bins)]
        parts = [
            column_chart(bins, series, number=n),
            Spacer(1, 4),
            count_table(
                [words("wait"), *(name for name, _ in series)],
                [
                    (label, n(a), n(b))
                    for label, a, b in zip(bins, matched.bins, waiting.bins, strict=True)
                ]
                + [
                    (words("count"), n(matched.count), n(waiting.count)),
                    (
                        words("median"),
                        days_text(words, matched.median_days),
                        days_text(words, waiting.median_days),
                    ),
                ],
            ),
        ]
    mentors = words("mentors_free", count=n(figures.mentors_waiting_now), day=day)
    caption = words("waits_caption", day=day)
    return _section(words, "waits", caption, parts, after=[Spacer(1, 6), paragraph(mentors)])


def programme_report(
    figures: ProgrammeFigures,
    end_reason_labels: Mapping[str, str],
    *,
    house: HouseStyle,
    language: str,
    printed_on: date,
) -> bytes:
    """The report of `figures` as PDF bytes in `language` ("en", "nl" or "fr").

    `end_reason_labels` maps the codes of the programme's list of end reasons to their
    labels (a code no longer in the list prints as itself); `printed_on` is the day the
    figures were counted and "waiting now" measured."""
    words = Words("programme_report", language)
    period = words("period", start=words.date(figures.start), end=words.date(figures.end))
    story: list[Flowable] = [
        title(words("title")),
        paragraph(period, "subheading"),
        paragraph(words("counted_on", day=words.date(printed_on)), "small"),
        heading(words("key_figures")),
        key_figures(figures, words),
        _registrations(figures, words),
        _intakes(figures, words),
        _matches(figures, words),
        _active(figures, words),
        _endings(figures, words, end_reason_labels),
        _outcomes(figures, words),
        _waits(figures, words, printed_on),
    ]
    return build_pdf(story, house=house, words=words, title=words("title"), printed_on=printed_on)
