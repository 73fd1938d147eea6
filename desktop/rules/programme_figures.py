"""The key figures of a programme over a period, for the programme report. No Qt.

Everything is counted from the local index (entries and matches), never from a case file,
so a year of a 5,000-participant programme takes a fraction of a second. A period is a first
and a last day, both included; its months are the calendar months it touches, each counted
only over the days it shares with the period.

What is counted, and on which day:
- registrations: the day of registration (the first step on the path), mentees and mentors;
- intakes: the day of the intake interview; their screening decisions are those of the
  people interviewed in the period (the decision itself carries no day in the index);
- proposals: the day a match was proposed; duos started: the day of validation;
- active duos: validated on or before the period's (or month's) last day and not ended
  before its first day;
- meetings: the full meetings of every duo held in the period (short contacts left out);
- endings: the duos that ended in the period, by reason and by kind (planned or early);
- outcomes at 12 months: the duos whose 12-month follow-up day falls in the period, by the
  situation recorded then ("unknown" when nothing was recorded);
- waits for a match: from registration (or the end of the mentee's previous duo) to the
  proposal that was not declined, for the proposals made in the period — a declined
  proposal does not end the wait, as on the waiting list; waiting now: the mentees accepted
  and not yet matched today, and their wait so far, and the mentors with a free place.

    figures = programme_figures(index.entries(), index.matches(), start, end, today=today)
"""

from __future__ import annotations

import statistics
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta

from desktop.matching.from_index import open_places_taken
from desktop.rules.waiting import (
    add_months,
    is_waiting,
    longest_wait_first,
    wait_days,
    whole_months,
)
from storage.duo_records import OUTCOME_MONTHS, EndKind, Situation
from storage.errors import QT_TRANSLATE_NOOP, DuoError
from storage.index import IndexEntry, MatchEntry
from storage.records import Decision, MatchState, Role

OUTCOME_AFTER_MONTHS = OUTCOME_MONTHS[-1]
UNKNOWN = "unknown"
# A job funders do not count as employment: a fixed term under six months (or no contract
# noted). "employed" is kept for the jobs they count, as `Outcome.counts_as_employed` says.
SHORT_JOB = "employed-short"
# The order outcomes and decisions are shown in: the result funders look for first.
OUTCOME_ORDER = (
    Situation.EMPLOYED.value,
    SHORT_JOB,
    Situation.TRAINING.value,
    Situation.UNEMPLOYED.value,
    Situation.OTHER.value,
    UNKNOWN,
)
PENDING = "pending"  # interviewed, no screening decision yet
DECISION_ORDER = (Decision.ACCEPTED.value, Decision.REFUSED.value, Decision.REFERRED.value, PENDING)
END_KIND_ORDER = (EndKind.PLANNED.value, EndKind.EARLY.value, UNKNOWN)
# Upper bounds of the wait bins in whole calendar months: under 1, 1-2, 2-3, 3-6, 6 or more.
WAIT_BIN_MONTHS = (1, 2, 3, 6)


@dataclass(frozen=True)
class ByRole:
    """A count split between mentees and mentors."""

    mentees: int = 0
    mentors: int = 0

    @property
    def total(self) -> int:
        """Mentees and mentors together."""
        return self.mentees + self.mentors


@dataclass(frozen=True)
class MonthFigures:
    """The figures of one calendar month of the period (`first_day`: the month's 1st)."""

    first_day: date
    registrations: ByRole
    intakes: ByRole
    proposals: int
    duos_started: int
    active_duos: int
    meetings: int


@dataclass(frozen=True)
class WaitFigures:
    """Waits in days: how many, their median, and how many fall in each bin of
    WAIT_BIN_MONTHS (one more bin than bounds: the last is "6 months or more")."""

    count: int
    median_days: float | None
    bins: tuple[int, ...]


@dataclass(frozen=True)
class ProgrammeFigures:
    """The key figures of a programme over a period (see the module docstring).

    The `(code, count)` tuples keep a fixed order: DECISION_ORDER, END_KIND_ORDER,
    OUTCOME_ORDER; end reasons the most frequent first ("" for a reason not recorded)."""

    start: date
    end: date
    months: tuple[MonthFigures, ...]
    registrations: ByRole
    intakes: ByRole
    decisions: tuple[tuple[str, int], ...]
    proposals: int
    duos_started: int
    active_duos: int
    meetings: int
    end_reasons: tuple[tuple[str, int], ...]
    end_kinds: tuple[tuple[str, int], ...]
    outcomes: tuple[tuple[str, int], ...]
    matched_waits: WaitFigures
    waiting_now: WaitFigures
    mentors_waiting_now: int

    @property
    def endings(self) -> int:
        """How many duos ended in the period."""
        return sum(count for _, count in self.end_kinds)

    @property
    def outcomes_due(self) -> int:
        """How many duos reached their 12-month follow-up in the period."""
        return sum(count for _, count in self.outcomes)

    @property
    def outcomes_known(self) -> int:
        """How many of those have a follow-up recorded: what the employment rate is of."""
        return sum(count for code, count in self.outcomes if code != UNKNOWN)


class _Months:
    """The calendar months a period touches, and which one a day falls in."""

    def __init__(self, start: date, end: date) -> None:
        self.start, self.end = start, end
        count = (end.year - start.year) * 12 + end.month - start.month + 1
        self.firsts = [add_months(start.replace(day=1), n) for n in range(count)]

    def of(self, day: date | None) -> int | None:
        """The month's position in the period; None for a day outside it."""
        if day is None or not self.start <= day <= self.end:
            return None
        return (day.year - self.start.year) * 12 + day.month - self.start.month

    def span(self, number: int) -> tuple[date, date]:
        """The first and last day of a month, within the period."""
        last = add_months(self.firsts[number], 1) - timedelta(days=1)
        return max(self.start, self.firsts[number]), min(self.end, last)


def _total(counts: Sequence[ByRole]) -> ByRole:
    return ByRole(sum(c.mentees for c in counts), sum(c.mentors for c in counts))


def _ordered(counts: Counter[str], order: Sequence[str]) -> tuple[tuple[str, int], ...]:
    return tuple((code, counts[code]) for code in order)


def _waits(spans: Sequence[tuple[date, date]]) -> WaitFigures:
    """The figures of waits given as (first day, last day)."""
    bins = [0] * (len(WAIT_BIN_MONTHS) + 1)
    for first, last in spans:
        months = whole_months(first, last)
        bins[sum(months >= bound for bound in WAIT_BIN_MONTHS)] += 1
    days = [wait_days(first, last) for first, last in spans]
    median = statistics.median(days) if days else None
    return WaitFigures(len(days), median, tuple(bins))


def _matched_waits(
    by_id: dict[str, IndexEntry], matches: Iterable[MatchEntry], months: _Months
) -> WaitFigures:
    """Registration (or the previous duo's end) to the proposal that was not declined."""
    spans: list[tuple[date, date]] = []
    wait_from: dict[str, date | None] = {}
    # index.matches() keeps each mentee's matches oldest first.
    for match in matches:
        entry = by_id.get(match.mentee_id)
        if match.state is MatchState.DECLINED or entry is None:
            continue
        start = wait_from.get(match.mentee_id, entry.registered_on)
        if start is not None and months.of(match.proposed_on) is not None:
            spans.append((start, match.proposed_on))
        ended = match.duo.ended_on if match.duo is not None else None
        wait_from[match.mentee_id] = ended or match.state_since
    return _waits(spans)


def _waiting_now(entries: Sequence[IndexEntry], today: date) -> WaitFigures:
    return _waits(
        [
            (e.waiting_since, today)
            for e in entries
            if e.role is Role.MENTEE and is_waiting(e) and e.waiting_since is not None
        ]
    )


@dataclass
class _DuoCounts:
    """What the matches give, per month of the period and over it."""

    proposals: list[int]
    started: list[int]
    active: list[int]
    meetings: list[int]
    active_duos: int = 0
    reasons: Counter[str] = field(default_factory=Counter)
    kinds: Counter[str] = field(default_factory=Counter)
    outcomes: Counter[str] = field(default_factory=Counter)


def _count_people(
    entries: Iterable[IndexEntry], months: _Months
) -> tuple[list[ByRole], list[ByRole], Counter[str]]:
    """Registrations and intakes per month, and the decisions of those interviewed."""
    size = len(months.firsts)
    registered = [[0, 0] for _ in range(size)]
    interviewed = [[0, 0] for _ in range(size)]
    decisions: Counter[str] = Counter()
    for entry in entries:
        if entry.role is None:
            continue  # a damaged file whose contents are unknown
        side = 0 if entry.role is Role.MENTEE else 1
        month = months.of(entry.registered_on)
        if month is not None:
            registered[month][side] += 1
        month = months.of(entry.intake_on)
        if month is not None:
            interviewed[month][side] += 1
            decisions[entry.decision if entry.decision in DECISION_ORDER else PENDING] += 1
    return [ByRole(*r) for r in registered], [ByRole(*i) for i in interviewed], decisions


def _count_duos(matches: Iterable[MatchEntry], months: _Months) -> _DuoCounts:
    """Proposals, new and active duos and meetings per month; endings and outcomes."""
    size = len(months.firsts)
    counts = _DuoCounts([0] * size, [0] * size, [0] * size, [0] * size)
    for match in matches:
        month = months.of(match.proposed_on)
        if month is not None:
            counts.proposals[month] += 1
        duo = match.duo
        if duo is None:
            continue
        month = months.of(duo.validated_on)
        if month is not None:
            counts.started[month] += 1
        for day in duo.meeting_days:
            month = months.of(day)
            if month is not None:
                counts.meetings[month] += 1
        if duo.validated_on <= months.end and (
            duo.ended_on is None or duo.ended_on >= months.start
        ):
            counts.active_duos += 1
            for number in range(size):
                first, last = months.span(number)
                if duo.validated_on <= last and (duo.ended_on is None or duo.ended_on >= first):
                    counts.active[number] += 1
        if duo.ended_on is None:
            continue
        if months.of(duo.ended_on) is not None:
            counts.reasons[duo.end_reason] += 1
            counts.kinds[duo.end_kind if duo.end_kind in END_KIND_ORDER else UNKNOWN] += 1
        if months.of(add_months(duo.ended_on, OUTCOME_AFTER_MONTHS)) is not None:
            situation = duo.outcomes.get(OUTCOME_AFTER_MONTHS, UNKNOWN)
            if situation == Situation.EMPLOYED.value and (
                OUTCOME_AFTER_MONTHS not in duo.lasting_job_months
            ):
                situation = SHORT_JOB
            known = situation if situation in OUTCOME_ORDER else Situation.OTHER.value
            counts.outcomes[known] += 1
    return counts


def programme_figures(
    entries: Sequence[IndexEntry],
    matches: Sequence[MatchEntry],
    start: date,
    end: date,
    *,
    today: date | None = None,
) -> ProgrammeFigures:
    """The key figures of the period from `start` to `end` (both included); `today` (by
    default `end`) is the day "waiting now" is measured on."""
    if end < start:
        raise DuoError(
            QT_TRANSLATE_NOOP(
                "DuoError", "The period ends before it begins: choose a last day after the first."
            )
        )
    months = _Months(start, end)
    registered, interviewed, decisions = _count_people(entries, months)
    duos = _count_duos(matches, months)
    mentors = longest_wait_first(entries, Role.MENTOR, open_places_taken(matches))
    return ProgrammeFigures(
        start=start,
        end=end,
        months=tuple(
            MonthFigures(
                first_day=first,
                registrations=registered[n],
                intakes=interviewed[n],
                proposals=duos.proposals[n],
                duos_started=duos.started[n],
                active_duos=duos.active[n],
                meetings=duos.meetings[n],
            )
            for n, first in enumerate(months.firsts)
        ),
        registrations=_total(registered),
        intakes=_total(interviewed),
        decisions=_ordered(decisions, DECISION_ORDER),
        proposals=sum(duos.proposals),
        duos_started=sum(duos.started),
        active_duos=duos.active_duos,
        meetings=sum(duos.meetings),
        end_reasons=tuple(sorted(duos.reasons.items(), key=lambda pair: (-pair[1], pair[0]))),
        end_kinds=_ordered(duos.kinds, END_KIND_ORDER),
        outcomes=_ordered(duos.outcomes, OUTCOME_ORDER),
        matched_waits=_matched_waits({e.id: e for e in entries}, matches, months),
        waiting_now=_waiting_now(entries, end if today is None else today),
        mentors_waiting_now=len(mentors),
    )
