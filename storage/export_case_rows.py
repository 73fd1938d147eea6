"""The rows of the meetings, evaluations and outcomes profiles: these need the mentees' case
files, so only the files of duos that can have a row in the period are read (the index's
duo summaries say which), several at a time, with progress.

Only codes, dates and numbers leave a case file: never a meeting's place or any of its
five steps, an evaluation's written answers, or an outcome's note.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Mapping
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass

from storage.cases import CaseFile, CaseStore
from storage.duo_records import MEETING_DOMAINS, Respondent
from storage.errors import CaseFileDamagedError, NewerSchemaError, ParticipantNotFoundError
from storage.export_rows import People, Row, joined, yes_no
from storage.index_rows import MatchEntry
from storage.periods import Period
from storage.question_sets import (
    FREQUENCY_ANSWERS,
    NONE_OF_THE_ABOVE,
    NOT_APPLICABLE,
    SCALE_POINTS,
    Question,
    QuestionKind,
)

Progress = Callable[[int, int], None]
# The questions of an answer: (set code, version, question code) → the question, or None.
QuestionLookup = Callable[[str, int, str], Question | None]
_READERS = max(2, min(8, os.cpu_count() or 2))


def meeting_candidates(match: MatchEntry, period: Period) -> bool:
    """Whether the duo held a meeting or a short contact in the period (exact, from the
    index)."""
    duo = match.duo
    return duo is not None and any(
        period.holds(day) for day in (*duo.meeting_days, *duo.contact_days)
    )


def evaluation_candidates(match: MatchEntry, period: Period) -> bool:
    """Whether the duo has evaluations that may be dated in the period (a final one may be
    answered after the end, so only the duo's start bounds it)."""
    duo = match.duo
    return (
        duo is not None
        and bool(duo.evaluations)
        and (period.end is None or duo.validated_on <= period.end)
    )


def outcome_candidates(match: MatchEntry, period: Period) -> bool:
    """Whether the duo has outcomes that may be dated in the period (all after its end)."""
    duo = match.duo
    return (
        duo is not None
        and bool(duo.outcomes)
        and duo.ended_on is not None
        and (period.end is None or duo.ended_on <= period.end)
    )


def meeting_rows(
    case: CaseFile, duos: Mapping[str, MatchEntry], period: Period, people: People
) -> list[Row]:
    """The meetings and short contacts of `duos` held in the period."""
    rows = []
    for meeting in case.meetings:
        match = duos.get(meeting.match_id)
        if match is None or not period.holds(meeting.held_on):
            continue
        row = people.of(match)
        row.update(
            held_on=meeting.held_on,
            kind=meeting.kind.value,
            minutes=meeting.minutes,
            mode=meeting.mode.value,
            reported_by=meeting.reported_by.value,
            domains=joined(code for code in MEETING_DOMAINS if code in meeting.domains),
            next_meeting_on=meeting.next_meeting_on,
        )
        rows.append(row)
    return rows


def _answer_cells(question: Question, value: object) -> list[tuple[int | None, str]]:
    """The (score, answer) cells of one answer; none for a written or unreadable one."""
    if question.kind in SCALE_POINTS:
        if isinstance(value, int) and not isinstance(value, bool):
            return [(value, "")] if value in SCALE_POINTS[question.kind] else []
        return [(None, NOT_APPLICABLE)] if value == NOT_APPLICABLE else []
    if question.kind is QuestionKind.FREQUENCY:
        return [(None, value)] if value in FREQUENCY_ANSWERS else []
    if question.kind is QuestionKind.CHECKLIST and isinstance(value, list | tuple):
        known = {option.code for option in question.options} | {NONE_OF_THE_ABOVE}
        return [(None, code) for code in value if isinstance(code, str) and code in known]
    return []  # QuestionKind.TEXT: what someone wrote is never exported


def evaluation_rows(
    case: CaseFile,
    duos: Mapping[str, MatchEntry],
    period: Period,
    people: People,
    questions: QuestionLookup,
) -> list[Row]:
    """One row per answer (per ticked option) of the evaluations answered in the period."""
    rows = []
    for evaluation in case.evaluations:
        match = duos.get(evaluation.match_id)
        if match is None or not period.holds(evaluation.answered_on):
            continue
        if evaluation.respondent is Respondent.MENTOR and not people.consented(match.mentor_id):
            continue  # the mentor's own answers need the mentor's consent
        first = {"evaluation_id": people.codes.evaluation(evaluation.id), **people.of(match)}
        first.update(
            kind=evaluation.kind.value,
            respondent=evaluation.respondent.value,
            answered_on=evaluation.answered_on,
            question_set=evaluation.question_set,
            question_set_version=evaluation.question_set_version,
        )
        for code, value in evaluation.answers.items():
            question = questions(evaluation.question_set, evaluation.question_set_version, code)
            if question is None or value is None:
                continue
            for score, answer in _answer_cells(question, value):
                row = dict(first)
                row.update(
                    question_code=code,
                    question=question.text,
                    question_kind=question.kind.value,
                    score=score,
                    answer=answer,
                )
                rows.append(row)
    return rows


def outcome_rows(
    case: CaseFile, duos: Mapping[str, MatchEntry], period: Period, people: People
) -> list[Row]:
    """The outcome follow-ups of `duos` recorded in the period."""
    rows = []
    for outcome in case.outcomes:
        match = duos.get(outcome.match_id)
        if match is None or match.duo is None or not period.holds(outcome.recorded_on):
            continue
        row = people.of(match)
        row.update(
            duo_ended_on=match.duo.ended_on,
            months_after=outcome.months_after,
            recorded_on=outcome.recorded_on,
            situation=outcome.situation.value,
            contract=outcome.contract.value,
            counts_as_employed=yes_no(outcome.counts_as_employed),
            at_level=yes_no(outcome.at_level),
            in_desired_sector=yes_no(outcome.in_desired_sector),
            source=outcome.source.value,
        )
        rows.append(row)
    return rows


@dataclass
class CaseRows:
    """The rows read from case files, and how many files could not be read."""

    rows: list[Row]
    unreadable: int = 0


def read_case_rows(
    cases: CaseStore,
    matches: Iterable[MatchEntry],
    make_rows: Callable[[CaseFile, Mapping[str, MatchEntry]], list[Row]],
    progress: Progress | None = None,
) -> CaseRows:
    """Read the mentee file of each of `matches` once and make its rows.

    A file that cannot be read (damaged, from a newer Duo, erased meanwhile) is counted, not
    fatal: the export says how many were left out instead of failing for everyone.
    """
    by_mentee: dict[str, dict[str, MatchEntry]] = {}
    for match in matches:
        by_mentee.setdefault(match.mentee_id, {})[match.id] = match
    mentees = sorted(by_mentee)

    def attempt(mentee_id: str) -> CaseFile | None:
        try:
            return cases.read(mentee_id)
        except (CaseFileDamagedError, NewerSchemaError, ParticipantNotFoundError):
            return None

    result = CaseRows(rows=[])
    # SQLCipher decrypts with the GIL released, so threads read files in parallel.
    with ThreadPoolExecutor(max_workers=_READERS) as pool:
        for number, (mentee_id, case) in enumerate(
            zip(mentees, pool.map(attempt, mentees), strict=True), start=1
        ):
            if case is None:
                result.unreadable += 1
            else:
                result.rows.extend(make_rows(case, by_mentee[mentee_id]))
            if progress is not None:
                progress(number, len(mentees))
    return result
