"""What happens to each demo duo after its validation (domain.md, steps 9-13).

    lives = DuoLives(draws)
    lives.add(history, mentee)   # when the mentee's last match is a duo

Each duo gets a fate that its dates allow: running (some with the agreement not yet signed
by all three, some silent for weeks, some with a concern), ended as planned after six
months, ended early for one of the end reasons, or, once per demo, ended by mistake and
reopened. Then its records: the agreement, the meetings (`duo_meetings`), the coach's
interim call after a month and later check-ins, the ending with its final meeting, and the
evaluations and outcome follow-ups (`duo_results`). Every record follows the rules of the
duo workflows: nothing is dated after today, before the first meeting, or after the end; an
early ending has a reason. What is planned (a next appointment, a next action, the planned
end) may lie ahead.

The records go into the mentee's case file with the match, which gets the ending's day; the
mentee's path goes on to `ended`, or back to `accepted` to wait for a new mentor. The first
duos take each of the rarer fates their dates allow, so even a small demo shows most of them;
after that, fates are drawn by weight. Likewise the first ended duo whose outcome follow-up
has come due leaves it unrecorded, for Today to ask.
"""

from __future__ import annotations

from datetime import date, timedelta
from enum import StrEnum

from desktop.demo import duo_texts as texts
from desktop.demo.draws import Draws
from desktop.demo.duo_meetings import DuoStyle, draw_style, meetings
from desktop.demo.duo_results import evaluations, outcomes, without_due_outcome
from desktop.demo.matches import MatchHistory
from desktop.demo.people import Person
from desktop.rules.waiting import add_months
from storage.duo_records import (
    Agreement,
    EndedBy,
    Ending,
    EndKind,
    Evaluation,
    FollowUp,
    FollowUpKind,
    FollowUpWith,
    MeetingMode,
    Outcome,
    Respondent,
)
from storage.records import Consent, Match, MatchState, Record, Status


class Fate(StrEnum):
    """How a demo duo stands on the demo's today."""

    RUNNING = "running"
    UNSIGNED = "unsigned"  # the agreement is not signed by all three yet, or not written
    SILENT = "silent"  # no meeting or contact for three to six weeks
    CONCERN = "concern"  # the coach's latest follow-up flags a concern
    ENDED_EARLY = "ended-early"
    ENDED_PLANNED = "ended-planned"
    REOPENED = "reopened"  # ended by mistake, then running again


# The first duos whose dates allow one of these take it, in this order: an ended duo first,
# so that even a small demo has one.
_FIRST = (
    Fate.ENDED_PLANNED,
    Fate.ENDED_EARLY,
    Fate.REOPENED,
    Fate.CONCERN,
    Fate.SILENT,
    Fate.UNSIGNED,
)
_PLANNED_MONTHS = ((6, 9), (9, 1))
# (end reason, weight, who ended it, share of mentees who then wait for a new mentor).
_EARLY_REASONS = (
    ("found-job", 30, (EndedBy.MENTEE, EndedBy.BOTH), 0.0),
    ("training", 8, (EndedBy.MENTEE,), 0.1),
    ("mentee-unavailable", 12, (EndedBy.MENTEE,), 0.2),
    ("mentor-unavailable", 12, (EndedBy.MENTOR,), 0.7),
    ("no-fit", 10, (EndedBy.BOTH, EndedBy.COACH), 0.6),
    ("moved", 6, (EndedBy.MENTEE, EndedBy.MENTOR), 0.3),
    ("health", 6, (EndedBy.MENTEE, EndedBy.MENTOR), 0.2),
    ("no-contact", 10, (EndedBy.COACH,), 0.1),
    ("other", 6, (EndedBy.BOTH,), 0.2),
)
_CHANNELS = (("phone", 6), ("email", 2), ("video", 2), ("message", 1))
SILENT_DAYS = (22, 42)  # how long a silent duo has been without contact
CONCERN_AGO_DAYS = 12  # at least; its next action comes 5 to 12 days after it
REOPENED_MIN_DAYS = 75  # room to run, end, be reopened and run again
OVERDUE_END_DAYS = 60  # an end this long after the planned end has been recorded


class DuoLives:
    """Draws the life of each duo in turn (see the module docstring)."""

    def __init__(self, d: Draws) -> None:
        self.d = d
        self.unseen = list(_FIRST)
        self.outcome_left_due = False

    def add(self, history: MatchHistory, mentee: Person) -> None:
        """Add the duo's records and the mentee's later steps to `history` when the
        mentee's last match is a duo; nothing otherwise."""
        match = history.matches[-1] if history.matches else None
        if match is None or match.state is not MatchState.DUO or match.validated_on is None:
            return
        d = self.d
        start = match.validated_on
        style = draw_style(d, match.id, mentee)
        months = d.pick(_PLANNED_MONTHS)
        planned_end = add_months(start, months)
        fate = self.fate(start, planned_end)
        records: list[Record] = []
        unsigned = fate is Fate.UNSIGNED
        # A duo validated days ago may have no agreement on paper yet.
        if not (unsigned and (d.today - start).days < 7 and d.chance(0.5)):
            records.append(self.agreement(style, start, months, planned_end, signed=not unsigned))
        if fate in (Fate.ENDED_EARLY, Fate.ENDED_PLANNED):
            planned = fate is Fate.ENDED_PLANNED
            records += self.ended(style, match, start, history, planned_end, planned=planned)
        elif fate is Fate.REOPENED:
            records += self.reopened(style, start, history)
        else:
            silent = d.rng.randint(*SILENT_DAYS) if fate is Fate.SILENT else 0
            until = d.today - timedelta(days=silent)
            records += meetings(d, style, _first_meeting(d, start), until)
            follow_ups = self.follow_ups(style, start, d.today)
            if fate is Fate.CONCERN:
                # Flagged two to four weeks ago: its next action has come due.
                until = d.today - timedelta(days=CONCERN_AGO_DAYS)
                follow_ups = self.concern(style, start, follow_ups, until)
            records += follow_ups
            records += evaluations(d, match.id, None, _interim_day(follow_ups), d.today)
        if not _may_be_asked(mentee):
            # Without consent to be contacted, the mentee is never asked for an evaluation
            # or an outcome follow-up.
            records = [
                record
                for record in records
                if not isinstance(record, Outcome)
                and not (isinstance(record, Evaluation) and record.respondent is Respondent.MENTEE)
            ]
        elif not self.outcome_left_due:
            # The first ended duo with an outcome follow-up due leaves it unrecorded, so that
            # even a small demo's Today asks for one.
            without = without_due_outcome(match, records, d.today)
            if without is not None:
                records, self.outcome_left_due = without, True
        history.duo_records.extend(records)

    def fate(self, start: date, planned_end: date) -> Fate:
        """The first fate of `_FIRST` not shown yet that the dates allow, or one drawn by
        weight."""
        weights = _weights(start, planned_end, self.d.today)
        allowed = {fate for fate, _ in weights}
        if (self.d.today - start).days >= REOPENED_MIN_DAYS:
            allowed.add(Fate.REOPENED)
        for fate in self.unseen:
            if fate in allowed:
                self.unseen.remove(fate)
                return fate
        return self.d.pick(weights)

    def agreement(
        self, style: DuoStyle, start: date, months: int, planned_end: date, *, signed: bool
    ) -> Agreement:
        """The agreement, signed within days of the start; one or two signatures still
        missing when not `signed`."""
        d = self.d
        days: list[date | None] = [
            min(d.today, start + timedelta(days=d.rng.randint(low, low + 7))) for low in (0, 0, 2)
        ]
        if not signed:
            for at in d.rng.choice(((0,), (1,), (2,), (1, 2))):
                days[at] = None
        mentor, mentee, coach = days
        return Agreement(
            id=d.uid(),
            match_id=style.match_id,
            start_on=start,
            planned_months=months,
            planned_end_on=planned_end,
            contact_every_days=style.every,
            meeting_places=f"{style.place}; online when one of us is busy",
            keep_in_touch=d.rng.choice(texts.KEEP_IN_TOUCH),
            mentor_commitments=d.rng.choice(texts.MENTOR_COMMITMENTS),
            mentee_commitments=d.rng.choice(texts.MENTEE_COMMITMENTS),
            charter_version=texts.CHARTER_VERSION,
            mentor_signed_on=mentor,
            mentee_signed_on=mentee,
            coach_signed_on=coach,
        )

    # --- the coach's follow-up ------------------------------------------------------------

    def follow_ups(self, style: DuoStyle, start: date, until: date) -> list[FollowUp]:
        """The interim call one month after the start (now and then forgotten) and check-ins
        after three and five months, up to `until`."""
        d = self.d
        found: list[FollowUp] = []
        interim = add_months(start, 1) + timedelta(days=d.rng.randint(-3, 10))
        if interim <= until and d.chance(0.85):
            found.append(self.follow_up(style, interim, FollowUpKind.INTERIM, FollowUpWith.BOTH))
        for months in (3, 5):
            day = add_months(start, months) + timedelta(days=d.rng.randint(-5, 5))
            if day <= until and d.chance(0.6):
                whom = d.rng.choice((FollowUpWith.MENTEE, FollowUpWith.MENTOR))
                found.append(self.follow_up(style, day, FollowUpKind.CHECK_IN, whom))
        return found

    def follow_up(
        self, style: DuoStyle, held_on: date, kind: FollowUpKind, whom: FollowUpWith
    ) -> FollowUp:
        """A call or message of the coach without a concern."""
        d = self.d
        return FollowUp(
            id=d.uid(),
            match_id=style.match_id,
            held_on=held_on,
            kind=kind,
            with_whom=whom,
            channel=d.pick(_CHANNELS),
            how_it_goes=d.rng.choice(texts.HOW_IT_GOES),
            problems=d.rng.choice(texts.SMALL_PROBLEMS),
            support=d.rng.choice(texts.SUPPORT),
            next_action=d.rng.choice(texts.NEXT_ACTIONS),
        )

    def concern(
        self, style: DuoStyle, start: date, follow_ups: list[FollowUp], until: date
    ) -> list[FollowUp]:
        """The follow-ups before a last one that flags a concern (a check-in, or a
        mediation), held in the days up to `until`."""
        d = self.d
        held_on = d.between(max(start + timedelta(days=1), until - timedelta(days=18)), until)
        problems, action = d.rng.choice(texts.CONCERNS)
        mediation = d.chance(0.3)
        concern = FollowUp(
            id=d.uid(),
            match_id=style.match_id,
            held_on=held_on,
            kind=FollowUpKind.MEDIATION if mediation else FollowUpKind.CHECK_IN,
            with_whom=FollowUpWith.BOTH if mediation else FollowUpWith.MENTEE,
            channel="meeting" if mediation else "phone",
            how_it_goes=d.rng.choice(texts.MEDIATION) if mediation else "",
            problems=problems,
            concern=True,
            next_action=action,
            next_action_on=held_on + timedelta(days=d.rng.randint(5, 12)),
        )
        return [item for item in follow_ups if item.held_on < held_on] + [concern]

    # --- endings --------------------------------------------------------------------------

    def ended(
        self,
        style: DuoStyle,
        match: Match,
        start: date,
        history: MatchHistory,
        planned_end: date,
        *,
        planned: bool,
    ) -> list[Record]:
        """A duo that started on `start` and ended as planned (near its planned end) or
        early, and what followed: the match gets the end day, the mentee's path a step."""
        d = self.d
        if planned:
            ended_on = min(d.today, planned_end + timedelta(days=d.rng.randint(-7, 10)))
            reason, ended_by, wait_again = "planned-end", EndedBy.BOTH, 0.03
        else:
            latest = min((d.today - start).days, (planned_end - start).days - 14)
            ended_on = start + timedelta(days=d.rng.randint(21, max(21, latest)))
            reason, _weight, by, wait_again = d.pick([(row, row[1]) for row in _EARLY_REASONS])
            ended_by = d.rng.choice(by)
        # Without news for weeks, the coach ends it; otherwise most duos meet a last time.
        silent = reason == "no-contact"
        until = ended_on - timedelta(days=d.rng.randint(30, 45) if silent else 0)
        first = _first_meeting(d, start)
        final: date | None = ended_on - timedelta(days=d.rng.randint(0, 4))
        if silent or not d.chance(0.9 if planned else 0.5) or final <= first:
            final = None
        held = meetings(d, style, first, until, final)
        follow_ups = self.follow_ups(style, start, ended_on)
        if reason == "no-fit":
            follow_ups = self.concern(style, start, follow_ups, ended_on - timedelta(days=7))
        kind = EndKind.PLANNED if planned else EndKind.EARLY
        ending = self.ending(style, ended_on, kind, reason, ended_by)
        if final is not None:
            ending.final_meeting_on = final
            ending.final_meeting_online = held[-1].mode is MeetingMode.ONLINE
            ending.feedback_to_mentee = d.rng.choice(texts.FEEDBACK_TO_MENTEE)
            ending.feedback_to_mentor = d.rng.choice(texts.FEEDBACK_TO_MENTOR)
        match.ended_on = ended_on
        history.steps.append((Status.ACCEPTED if d.chance(wait_again) else Status.ENDED, ended_on))
        return [
            *held,
            *follow_ups,
            ending,
            *evaluations(d, match.id, ended_on, _interim_day(follow_ups), d.today),
            *outcomes(d, match.id, ended_on, reason, style.words, d.today),
        ]

    def reopened(self, style: DuoStyle, start: date, history: MatchHistory) -> list[Record]:
        """Ended early because the mentee seemed gone, reopened days later: the ending is
        kept, marked, and the duo runs on (the match keeps no end day)."""
        d = self.d
        ended_on = start + timedelta(days=d.rng.randint(30, (d.today - start).days - 45))
        reopened_on = ended_on + timedelta(days=d.rng.randint(4, 14))
        quiet_from = ended_on - timedelta(days=d.rng.randint(15, 25))
        before = meetings(d, style, _first_meeting(d, start), quiet_from)
        after = meetings(d, style, reopened_on + timedelta(days=d.rng.randint(2, 7)), d.today)
        ending = self.ending(style, ended_on, EndKind.EARLY, "mentee-unavailable", EndedBy.COACH)
        ending.reopened_on, ending.reopen_reason = reopened_on, texts.REOPEN_REASON
        # No follow-up while the duo stood ended.
        follow_ups = [
            item
            for item in self.follow_ups(style, start, d.today)
            if not ended_on <= item.held_on <= reopened_on
        ]
        history.steps += [(Status.ENDED, ended_on), (Status.IN_DUO, reopened_on)]
        interim = _interim_day(follow_ups)
        return [
            *before,
            *after,
            *follow_ups,
            ending,
            *evaluations(d, style.match_id, None, interim, d.today),
        ]

    def ending(
        self, style: DuoStyle, ended_on: date, kind: EndKind, reason: str, ended_by: EndedBy
    ) -> Ending:
        """An ending with the coach's note for its reason."""
        return Ending(
            id=self.d.uid(),
            match_id=style.match_id,
            ended_on=ended_on,
            kind=kind,
            ended_by=ended_by,
            reason=reason,
            note=texts.END_NOTES[reason].format(**style.words),
        )


def _weights(start: date, planned_end: date, today: date) -> list[tuple[Fate, int]]:
    """The fates a duo's dates allow, by weight: after the planned end most duos have ended;
    before it, most run, and some stop early."""
    ran = (today - start).days
    if today >= planned_end + timedelta(days=OVERDUE_END_DAYS):
        return [(Fate.ENDED_PLANNED, 80), (Fate.ENDED_EARLY, 20)]
    if today >= planned_end + timedelta(days=10):
        # Some ends are not recorded yet: Today reminds the coach.
        return [(Fate.ENDED_PLANNED, 75), (Fate.ENDED_EARLY, 15), (Fate.RUNNING, 10)]
    weights = [
        (Fate.RUNNING, 60),
        (Fate.UNSIGNED, 30 if ran < 21 else 4),
        (Fate.ENDED_EARLY, 13 if ran >= 21 else 0),
        (Fate.SILENT, 10 if ran >= SILENT_DAYS[1] + 7 else 0),
        (Fate.CONCERN, 5 if ran >= 30 else 0),
        (Fate.ENDED_PLANNED, 60 if today >= planned_end - timedelta(days=7) else 0),
    ]
    return [(fate, weight) for fate, weight in weights if weight]


def _first_meeting(d: Draws, start: date) -> date:
    """The first session summary comes some days after the validation."""
    return start + timedelta(days=d.rng.randint(3, 10))


def _interim_day(follow_ups: list[FollowUp]) -> date | None:
    return next((f.held_on for f in follow_ups if f.kind is FollowUpKind.INTERIM), None)


def _may_be_asked(person: Person) -> bool:
    """Whether the person consented to evaluations and outcome follow-ups (not withdrawn)."""
    return any(
        isinstance(record, Consent)
        and record.purpose == "evaluation"
        and record.withdrawn_on is None
        for record in person.records
    )
