"""The quality criteria of Mentoring Belgium (seed 001) as a checklist, ticked by the data.

Per duo and for the whole programme, so the coordinator sees where the programme falls
short. Nothing is ticked by hand: each criterion is judged from what the index records.

Judged (in domain.md's order):
- INFO_SESSION, INTERVIEW: an info session and an intake interview recorded, for both sides;
- REFUSAL_REASON: a refused or referred candidate was told the reason (or where to go);
- COACH_AT_FIRST_MEETING: the coach was at the first meeting;
- VALIDATION: validated by both after the first meeting;
- AGREEMENT: an agreement signed by mentor, mentee and coach, naming the ethics charter;
- MINIMUM_DURATION: the duo lasted at least 6 calendar months;
- CONTACT_FREQUENCY: no gap between contacts longer than the agreed frequency plus a week;
- FIXED_FOLLOW_UP: one coach follows the duo, and held the interim call after one month;
- FINAL_MEETING: a final meeting after the end;
- EVALUATION: final evaluations by mentee and mentor.

Left out because the data cannot tell them: referral of unsuitable mentees (beyond telling
the reason, counted in REFUSAL_REASON), mentor preparation, matching on clear criteria by
the team (every match is proposed by a coach in Duo), the neutral place of the first
meeting, material for mentors and mentees, exchange workshops for mentors, and that early
termination is possible (Duo always allows it).

    duo_checklist(match, mentee, mentor, today)    # [CriterionResult(...), ...]
    programme_checklist(entries, matches, today)   # [ProgrammeCriterion(...), ...]
    shortfalls(criterion, entries, matches, today) # [Shortfall(...), ...]: who falls short
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from desktop.rules.duo_schedule import (
    duo_start,
    evaluation_closes_on,
    interim_due_on,
    longest_gap_days,
    missing_final_evaluations,
)
from desktop.rules.waiting import add_months, whole_months
from storage.duo_records import DEFAULT_DURATION_MONTHS, EndKind
from storage.duo_summary import DuoSummary
from storage.index import IndexEntry, MatchEntry
from storage.records import Decision, Status

# Seed 001 asks for contact every two weeks; a meeting moved by a few days to fit both
# agendas is no lapse in quality, so a week of grace is added to the agreed frequency.
CONTACT_GRACE_DAYS = 7
MINIMUM_MONTHS = DEFAULT_DURATION_MONTHS
PLANNED_END_GRACE_DAYS = 14
# A participant still registered has had no chance of an info session or interview yet,
# and one who withdrew may have left before either: neither is counted.
_NOT_JUDGED_STATUSES = frozenset({Status.REGISTERED, Status.WITHDRAWN})
_TOLD_A_REASON = frozenset({Decision.REFUSED.value, Decision.REFERRED.value})


class Criterion(StrEnum):
    """A quality criterion the data can tell (see the module docstring)."""

    INFO_SESSION = "info-session"
    INTERVIEW = "interview"
    REFUSAL_REASON = "refusal-reason"
    COACH_AT_FIRST_MEETING = "coach-at-first-meeting"
    VALIDATION = "validation"
    AGREEMENT = "agreement"
    MINIMUM_DURATION = "minimum-duration"
    CONTACT_FREQUENCY = "contact-frequency"
    FIXED_FOLLOW_UP = "fixed-follow-up"
    FINAL_MEETING = "final-meeting"
    EVALUATION = "evaluation"


PARTICIPANT_CRITERIA = (Criterion.INFO_SESSION, Criterion.INTERVIEW, Criterion.REFUSAL_REASON)


class Check(StrEnum):
    """How a criterion stands."""

    MET = "met"
    NOT_MET = "not-met"
    PENDING = "pending"  # cannot be judged yet, e.g. the duration of a running duo
    NOT_APPLICABLE = "not-applicable"  # does not apply, or the data to judge it is gone


@dataclass(frozen=True)
class CriterionResult:
    """One criterion for one duo. `detail`: the months lasted (MINIMUM_DURATION), the
    longest gap in days (CONTACT_FREQUENCY), how many final evaluations are missing
    (EVALUATION); None otherwise."""

    criterion: Criterion
    check: Check
    detail: int | None = None


@dataclass(frozen=True)
class ProgrammeCriterion:
    """One criterion over the programme: how many met it out of those it could be judged for."""

    criterion: Criterion
    met: int
    applicable: int

    @property
    def share(self) -> float | None:
        """The share that met it, 0.0-1.0; None when nobody could be judged."""
        return self.met / self.applicable if self.applicable else None


class Cause(StrEnum):
    """What is missing, for the criteria a duo or participant can miss in more than one way."""

    REFUSED = "refused"  # REFUSAL_REASON: not recorded as told, for a refusal or a referral
    REFERRED = "referred"
    NO_FIRST_MEETING = "no-first-meeting"  # VALIDATION
    VALIDATED_EARLY = "validated-early"
    NO_AGREEMENT = "no-agreement"  # AGREEMENT
    NOT_SIGNED = "not-signed"
    NO_CHARTER = "no-charter"
    NO_COACH = "no-coach"  # FIXED_FOLLOW_UP
    NO_INTERIM_CALL = "no-interim-call"
    NO_MENTEE_EVALUATION = "no-mentee-evaluation"  # EVALUATION
    NO_MENTOR_EVALUATION = "no-mentor-evaluation"


@dataclass(frozen=True)
class Shortfall:
    """A duo or participant for which a criterion is NOT_MET. `case_id` is the participant's,
    or the mentee's for a duo; `match_id` and `other_id` (the mentor) are "" for a
    participant. `detail` as in `CriterionResult`.
    """

    case_id: str
    match_id: str = ""
    detail: int | None = None
    other_id: str = ""
    causes: tuple[Cause, ...] = ()


def _met(condition: bool) -> Check:
    return Check.MET if condition else Check.NOT_MET


def _both(
    mentee: IndexEntry | None, mentor: IndexEntry | None, recorded: Callable[[IndexEntry], bool]
) -> Check:
    if mentee is None or mentor is None:
        return Check.NOT_APPLICABLE  # erased: it can no longer be told
    return _met(recorded(mentee) and recorded(mentor))


def _agreement(duo: DuoSummary, today: date) -> Check:
    if duo.has_agreement and duo.signed and duo.charter_version:
        return Check.MET
    # The agreement may be signed at a later meeting; by the interim call it must be.
    if duo.running and today < interim_due_on(duo):
        return Check.PENDING
    return Check.NOT_MET


def _minimum_duration(duo: DuoSummary, until: date) -> CriterionResult:
    start = duo_start(duo)
    months = whole_months(start, until)
    # A planned end recorded at the last meeting, a few days before the six months are
    # full, is the planned duration kept, not a duo cut short.
    kept_plan = duo.end_kind == EndKind.PLANNED.value and (
        add_months(start, MINIMUM_MONTHS) - until
    ) <= timedelta(days=PLANNED_END_GRACE_DAYS)
    if months >= MINIMUM_MONTHS or kept_plan:
        check = Check.MET  # reached: it stays met, whether the duo still runs or not
    else:
        check = Check.PENDING if duo.running else Check.NOT_MET
    return CriterionResult(Criterion.MINIMUM_DURATION, check, months)


def _contact_frequency(duo: DuoSummary, until: date) -> CriterionResult:
    allowed = duo.contact_every_days + CONTACT_GRACE_DAYS
    gap = longest_gap_days(duo, until)
    if gap > allowed:
        return CriterionResult(Criterion.CONTACT_FREQUENCY, Check.NOT_MET, gap)
    # A duo younger than one allowed gap has had no chance to miss a contact yet.
    if duo.running and (until - duo_start(duo)).days <= allowed:
        return CriterionResult(Criterion.CONTACT_FREQUENCY, Check.PENDING, gap)
    return CriterionResult(Criterion.CONTACT_FREQUENCY, Check.MET, gap)


def _fixed_follow_up(duo: DuoSummary, mentee: IndexEntry | None, until: date) -> Check:
    if mentee is None:
        return Check.NOT_APPLICABLE
    if not mentee.coach:
        return Check.NOT_MET
    if duo.interim_call_on is not None:
        return Check.MET
    if until < interim_due_on(duo):
        # Not due yet; a duo that ended before it came due had its coach and nothing more.
        return Check.PENDING if duo.running else Check.MET
    return Check.NOT_MET


def _evaluation(duo: DuoSummary, today: date, asked: tuple[str, ...]) -> CriterionResult:
    missing = len(missing_final_evaluations(duo, asked))
    if not asked:
        # Neither consented to be contacted for it: nobody could be asked.
        return CriterionResult(Criterion.EVALUATION, Check.NOT_APPLICABLE, 0)
    if duo.ended_on is None:
        check = Check.PENDING
    elif not missing:
        check = Check.MET
    else:
        # Asked for while the end is fresh (as Today does): missing only after that.
        check = Check.PENDING if today <= evaluation_closes_on(duo.ended_on) else Check.NOT_MET
    return CriterionResult(Criterion.EVALUATION, check, missing)


def duo_checklist(
    match: MatchEntry, mentee: IndexEntry | None, mentor: IndexEntry | None, today: date
) -> list[CriterionResult]:
    """Every criterion for one match, in Criterion's order.

    `mentee` and `mentor` are their index entries, None when erased (then what only their
    entries tell is NOT_APPLICABLE). A match that is not a duo (yet) has only PENDING duo
    criteria, or NOT_APPLICABLE ones once declined. The duo is judged up to its end, or up
    to `today` while it runs (a day recorded after today never counts).
    """
    people = [
        CriterionResult(Criterion.INFO_SESSION, _both(mentee, mentor, _had_info_session)),
        CriterionResult(Criterion.INTERVIEW, _both(mentee, mentor, _had_interview)),
        # Both were accepted: no refusal to give a reason for.
        CriterionResult(Criterion.REFUSAL_REASON, Check.NOT_APPLICABLE),
    ]
    duo = match.duo
    if duo is None:
        check = Check.PENDING if match.is_open else Check.NOT_APPLICABLE
        return people + [
            CriterionResult(criterion, check)
            for criterion in Criterion
            if criterion not in PARTICIPANT_CRITERIA
        ]
    until = today if duo.ended_on is None else min(duo.ended_on, today)
    # Not recorded either way: it cannot be told.
    coach_present = Check.NOT_APPLICABLE if duo.coach_present is None else _met(duo.coach_present)
    validated = duo.first_meeting_on is not None and duo.validated_on >= duo.first_meeting_on
    ended = duo.ended_on is not None
    return [
        *people,
        CriterionResult(Criterion.COACH_AT_FIRST_MEETING, coach_present),
        CriterionResult(Criterion.VALIDATION, _met(validated)),
        CriterionResult(Criterion.AGREEMENT, _agreement(duo, today)),
        _minimum_duration(duo, until),
        _contact_frequency(duo, until),
        CriterionResult(Criterion.FIXED_FOLLOW_UP, _fixed_follow_up(duo, mentee, until)),
        CriterionResult(
            Criterion.FINAL_MEETING,
            _met(duo.final_meeting_on is not None) if ended else Check.PENDING,
        ),
        _evaluation(duo, today, _asked(mentee, mentor)),
    ]


def _asked(mentee: IndexEntry | None, mentor: IndexEntry | None) -> tuple[str, ...]:
    # Only those who consented to be contacted can be asked for a final evaluation.
    return tuple(
        role
        for role, entry in (("mentee", mentee), ("mentor", mentor))
        if entry is not None and entry.evaluation_consent
    )


def _had_info_session(entry: IndexEntry) -> bool:
    return entry.info_session_on is not None


def _had_interview(entry: IndexEntry) -> bool:
    return entry.intake_on is not None


def _in_period(day: date | None, period: tuple[date, date] | None) -> bool:
    return period is None or (day is not None and period[0] <= day <= period[1])


def _participant_checks(
    entries: Iterable[IndexEntry], period: tuple[date, date] | None
) -> Iterator[tuple[IndexEntry, Criterion, bool]]:
    """(participant, criterion, met) for every participant criterion that can be judged."""
    for entry in entries:
        if not _in_period(entry.status_since, period):
            continue
        if entry.status is not None and entry.status not in _NOT_JUDGED_STATUSES:
            yield entry, Criterion.INFO_SESSION, _had_info_session(entry)
            yield entry, Criterion.INTERVIEW, _had_interview(entry)
        if entry.decision in _TOLD_A_REASON:
            yield entry, Criterion.REFUSAL_REASON, entry.decision_reason_given


def _duo_checks(
    by_id: Mapping[str, IndexEntry],
    matches: Iterable[MatchEntry],
    today: date,
    period: tuple[date, date] | None,
) -> Iterator[tuple[MatchEntry, CriterionResult]]:
    """(duo, result) for every duo criterion judged MET or NOT_MET."""
    for match in matches:
        if match.duo is None or not _in_period(match.duo.validated_on, period):
            continue
        mentee, mentor = by_id.get(match.mentee_id), by_id.get(match.mentor_id)
        for result in duo_checklist(match, mentee, mentor, today):
            # The participant criteria are judged once per participant, not per duo.
            judged = result.check in (Check.MET, Check.NOT_MET)
            if judged and result.criterion not in PARTICIPANT_CRITERIA:
                yield match, result


def programme_checklist(
    entries: Iterable[IndexEntry],
    matches: Iterable[MatchEntry],
    today: date,
    period: tuple[date, date] | None = None,
) -> list[ProgrammeCriterion]:
    """Every criterion over the programme, in Criterion's order.

    INFO_SESSION and INTERVIEW count the participants past registration (not withdrawn);
    REFUSAL_REASON the refused and referred ones. The other criteria count the duos
    (validated matches) through `duo_checklist`; PENDING and NOT_APPLICABLE are not counted.
    With `period` (first and last day, both included), only the participants whose status
    changed in it and the duos validated in it are counted.
    """
    by_id = {entry.id: entry for entry in entries}
    met = dict.fromkeys(Criterion, 0)
    applicable = dict.fromkeys(Criterion, 0)
    for _entry, criterion, done in _participant_checks(by_id.values(), period):
        applicable[criterion] += 1
        met[criterion] += int(done)
    for _match, result in _duo_checks(by_id, matches, today, period):
        applicable[result.criterion] += 1
        met[result.criterion] += int(result.check is Check.MET)
    return [ProgrammeCriterion(each, met[each], applicable[each]) for each in Criterion]


def shortfalls(
    criterion: Criterion,
    entries: Iterable[IndexEntry],
    matches: Iterable[MatchEntry],
    today: date,
    period: tuple[date, date] | None = None,
) -> list[Shortfall]:
    """The participants (INFO_SESSION, INTERVIEW, REFUSAL_REASON) or duos that fall short of
    `criterion`: those `programme_checklist` counts as judged but not met, over the same
    `period`; the most recent first (status changed, or duo validated), where something can
    still be done."""
    by_id = {entry.id: entry for entry in entries}
    found: list[tuple[date, Shortfall]] = []
    if criterion in PARTICIPANT_CRITERIA:
        for entry, judged, done in _participant_checks(by_id.values(), period):
            if judged is criterion and not done:
                refused = entry.decision == Decision.REFUSED.value
                told = (Cause.REFUSED if refused else Cause.REFERRED,)
                causes = told if judged is Criterion.REFUSAL_REASON else ()
                found.append((entry.status_since or date.min, Shortfall(entry.id, causes=causes)))
    else:
        for match, result in _duo_checks(by_id, matches, today, period):
            if result.criterion is criterion and result.check is Check.NOT_MET:
                assert match.duo is not None  # only duos are judged
                causes = _duo_causes(criterion, match, by_id)
                shortfall = Shortfall(
                    match.mentee_id, match.id, result.detail, match.mentor_id, causes
                )
                found.append((match.duo.validated_on, shortfall))
    found.sort(key=lambda pair: pair[0], reverse=True)
    return [shortfall for _, shortfall in found]


def _duo_causes(
    criterion: Criterion, match: MatchEntry, by_id: Mapping[str, IndexEntry]
) -> tuple[Cause, ...]:
    duo = match.duo
    assert duo is not None
    mentee = by_id.get(match.mentee_id)
    coach = mentee is not None and bool(mentee.coach)
    unanswered = missing_final_evaluations(duo, _asked(mentee, by_id.get(match.mentor_id)))
    candidates = {
        Criterion.VALIDATION: (
            (Cause.NO_FIRST_MEETING, duo.first_meeting_on is None),
            (Cause.VALIDATED_EARLY, duo.first_meeting_on is not None),
        ),
        Criterion.AGREEMENT: (
            (Cause.NO_AGREEMENT, not duo.has_agreement),
            (Cause.NOT_SIGNED, duo.has_agreement and not duo.signed),
            (Cause.NO_CHARTER, duo.has_agreement and not duo.charter_version),
        ),
        Criterion.FIXED_FOLLOW_UP: ((Cause.NO_COACH, not coach), (Cause.NO_INTERIM_CALL, coach)),
        Criterion.EVALUATION: (
            (Cause.NO_MENTEE_EVALUATION, "mentee" in unanswered),
            (Cause.NO_MENTOR_EVALUATION, "mentor" in unanswered),
        ),
    }
    return tuple(cause for cause, applies in candidates.get(criterion, ()) if applies)
