"""Invented matches at every step, written into the mentees' case files when they are created.

    histories = draw_matches(draws, accepted_mentees, accepted_mentors, earlier=older_mentees)
    histories[mentee_id].matches   # Match records, oldest first
    histories[mentee_id].steps     # the mentee's path after screening: matching, in_duo, …

Of the accepted mentees, about a fifth are in a duo, one in twenty at each step before it
(proposed, the mentor agreed, both agreed, the first meeting planned), one in ten has a
declined match behind them (half of them matched again since, half waiting again), and the
rest wait. Mentees of an earlier round (`earlier`) have had more time: most of them were
matched into a duo, which may have ended since (`duo_life`); a few had a match declined, or
found no mentor, and withdrew after months of waiting (`withdrawals`). The pairs follow the
rules a coach works by: only accepted mentors, never more open matches than a mentor's
capacity, a declined pair never proposed again, a sector match first and a generalist (HR,
recruiter) mentor only after a long wait.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

from desktop.demo.draws import Draws
from desktop.demo.match_dates import MatchPlan, Stage, date_plan
from desktop.demo.people import Person
from desktop.demo.wordings import (
    AFTER_MEETING_DECLINES,
    DUO_STARTS,
    GENERALIST_NOTE,
    MEETING_PLACES,
    MEETING_SENT,
    MENTEE_DECLINES,
    MENTEE_SAID_NO,
    MENTOR_DECLINES,
    PRESENTED,
    STOPPED_AFTER_MEETING,
)
from desktop.rules.match_steps import DeclinedBy
from storage.records import (
    Answer,
    ContactLogEntry,
    JobTarget,
    LanguageSkill,
    Match,
    MatchState,
    Note,
    Record,
    Status,
)

# The programme's default wait before a generalist mentor is suggested (ProgrammeProfile).
GENERALIST_AFTER_DAYS = 56
# (the states the mentee's matches end in, share of the accepted mentees); None: drawn.
_Shares = tuple[tuple[tuple[MatchState | None, ...], float], ...]
_SHARES: _Shares = (
    ((MatchState.DUO,), 0.20),
    ((MatchState.PROPOSED,), 0.05),
    ((MatchState.MENTOR_AGREED,), 0.05),
    ((MatchState.BOTH_AGREED,), 0.05),
    ((MatchState.MEETING_PLANNED,), 0.05),
    ((MatchState.DECLINED,), 0.05),
    ((MatchState.DECLINED, None), 0.05),
)
# The same for the mentees of an earlier round: matched long ago, most into a duo. A match
# proposed only now would follow a wait of many months: after a declined match, they were
# matched again soon, or waited on (and most of those withdrew since).
_EARLIER_SHARES: _Shares = (
    ((MatchState.DUO,), 0.75),
    ((MatchState.DECLINED, MatchState.DUO), 0.08),
    ((MatchState.DECLINED,), 0.05),
)
EARLIER_WAIT_AT_MOST = 60  # days of waiting for a proposal, besides the usual first wait
_AGAIN = (
    (MatchState.DUO, 4),
    (MatchState.PROPOSED, 1),
    (MatchState.MENTOR_AGREED, 1),
    (MatchState.BOTH_AGREED, 1),
    (MatchState.MEETING_PLANNED, 1),
)
_DECLINED_AT = ((Stage.MENTOR, 4), (Stage.MENTEE, 3), (Stage.MEETING, 2))
_LEVELS_TO_TALK = frozenset({"A2", "B1", "B2", "C1", "C2", "native"})


@dataclass
class MatchHistory:
    """What the matches add to one mentee's case file."""

    matches: list[Match] = field(default_factory=list)
    steps: list[tuple[Status, date]] = field(default_factory=list)  # after screening
    contacts: list[ContactLogEntry] = field(default_factory=list)
    notes: list[Note] = field(default_factory=list)
    duo_records: list[Record] = field(default_factory=list)  # once the last match is a duo
    withdrawn: tuple[date, str] | None = None  # the day and the step's note, if withdrawn

    @property
    def first_proposal(self) -> date | None:
        """The day the first wait for a mentor ended, if it did."""
        return self.matches[0].proposed_on if self.matches else None


@dataclass(frozen=True)
class _Side:
    """A mentee or a mentor as the demo's coach weighs them."""

    id: str
    accepted_on: date
    municipality: str
    postcode: str
    sectors: tuple[str, ...]
    occupations: tuple[str, ...]
    languages: frozenset[str]  # spoken well enough to hold a conversation
    interests: frozenset[str]
    gender: str
    age_band: str
    preferred_gender: str
    preferred_age: str
    generalist: bool
    capacity: int


def draw_matches(
    d: Draws,
    mentees: Sequence[Person],
    mentors: Sequence[Person],
    *,
    earlier: Sequence[Person] = (),
) -> dict[str, MatchHistory]:
    """Matches for some of the accepted `mentees` and most of the accepted `earlier` ones
    with the accepted `mentors`, by mentee id. The earlier round is matched first: its duos
    took their mentors' places before the current round came."""
    matcher = _Matcher(d, _sides(d, mentors))
    histories = matcher.run(_sides(d, earlier), _EARLIER_SHARES, EARLIER_WAIT_AT_MOST)
    histories.update(matcher.run(_sides(d, mentees), _SHARES))
    return histories


class _Matcher:
    """Hands out plans to mentees and mentors to plans, counting each mentor's free places."""

    def __init__(self, d: Draws, mentors: list[_Side]) -> None:
        self.d = d
        self.places = {mentor.id: mentor.capacity for mentor in mentors}
        self.generalists = [mentor for mentor in mentors if mentor.generalist]
        self.by_sector: dict[str, list[_Side]] = {}
        self.by_major_group: dict[str, list[_Side]] = {}
        for mentor in mentors:
            for sector in mentor.sectors:
                self.by_sector.setdefault(sector, []).append(mentor)
            for group in dict.fromkeys(code[:1] for code in mentor.occupations):
                self.by_major_group.setdefault(group, []).append(mentor)

    def run(
        self, mentees: list[_Side], shares: _Shares, wait_at_most: int | None = None
    ) -> dict[str, MatchHistory]:
        queue = self.plans(len(mentees), shares)
        self.d.rng.shuffle(mentees)
        histories: dict[str, MatchHistory] = {}
        for mentee in mentees:
            # A mentee accepted last week has no time for a duo yet, but may for a proposal:
            # the next few plans are tried before the mentee is left waiting.
            for at, plans in enumerate(queue[: len(shares)]):
                history = self.try_plan(mentee, plans, wait_at_most)
                if history is not None:
                    histories[mentee.id] = history
                    del queue[at]
                    break
        return histories

    def plans(self, count: int, shares: _Shares) -> list[tuple[MatchPlan, ...]]:
        """One plan of each kind first, so that a small demo shows every step, then the rest
        in a random order."""
        first = [self.plan(states) for states, _ in shares]
        rest = [
            self.plan(states)
            for states, share in shares
            for _ in range(max(0, round(share * count) - 1))
        ]
        self.d.rng.shuffle(rest)
        return (first + rest)[:count]

    def plan(self, states: tuple[MatchState | None, ...]) -> tuple[MatchPlan, ...]:
        plans = []
        for state in states:
            drawn = self.d.pick(_AGAIN) if state is None else state
            declined_at = self.d.pick(_DECLINED_AT) if drawn is MatchState.DECLINED else None
            plans.append(MatchPlan(drawn, declined_at))
        return tuple(plans)

    def try_plan(
        self, mentee: _Side, plans: tuple[MatchPlan, ...], wait_at_most: int | None
    ) -> MatchHistory | None:
        """The mentee's matches as planned, or None when time or mentors fall short."""
        dated = date_plan(self.d, mentee.accepted_on, plans, wait_at_most=wait_at_most)
        if dated is None:
            return None
        chosen: list[tuple[_Side, bool]] = []
        for days in dated:
            excluded = {mentor.id for mentor, _ in chosen}
            found = self.choose(mentee, days[Stage.PROPOSED], excluded)
            if found is None:
                return None
            chosen.append(found)
        history = MatchHistory()
        for plan, days, (mentor, generalist) in zip(plans, dated, chosen, strict=True):
            if plan.state is not MatchState.DECLINED:
                self.places[mentor.id] -= 1
            self.add(history, mentee, mentor.id, plan, days)
            if generalist:
                history.notes.append(
                    Note(id=self.d.uid(), written_on=days[Stage.PROPOSED], text=GENERALIST_NOTE)
                )
        return history

    def choose(
        self, mentee: _Side, proposed_on: date, excluded: set[str]
    ) -> tuple[_Side, bool] | None:
        """The best free mentor on the day of the proposal, and whether as a generalist."""

        def usable(mentors: Sequence[_Side]) -> list[_Side]:
            return [
                m
                for m in dict.fromkeys(mentors)
                if self.places[m.id] > 0
                and m.accepted_on < proposed_on
                and m.id not in excluded
                and mentee.languages & m.languages
            ]

        same_sector = usable([m for s in mentee.sectors for m in self.by_sector.get(s, ())])
        if same_sector:
            return self.best(mentee, same_sector), False
        if (proposed_on - mentee.accepted_on).days < GENERALIST_AFTER_DAYS:
            return None  # the coach waits a while longer for a sector match
        generalists = usable(self.generalists)
        if generalists:
            return self.best(mentee, generalists), True
        groups = dict.fromkeys(code[:1] for code in mentee.occupations)
        related = usable([m for g in groups for m in self.by_major_group.get(g, ())])
        return (self.best(mentee, related), False) if related else None

    def best(self, mentee: _Side, mentors: list[_Side]) -> _Side:
        """The same occupation first, then the nearest, then preferences and interests met;
        chance decides between equals."""

        def fit(mentor: _Side) -> tuple[int, int, int, int, float]:
            met = (mentee.preferred_gender in ("", mentor.gender)) + (
                mentee.preferred_age in ("", mentor.age_band)
            )
            return (
                0 if set(mentee.occupations) & set(mentor.occupations) else 1,
                _distance(mentee, mentor),
                -met,
                -len(mentee.interests & mentor.interests),
                self.d.rng.random(),
            )

        return min(mentors, key=fit)

    def add(
        self,
        history: MatchHistory,
        mentee: _Side,
        mentor_id: str,
        plan: MatchPlan,
        days: dict[Stage, date],
    ) -> None:
        """One match, the mentee's path steps it causes, and what the coach logged."""
        d = self.d
        match = Match(id=d.uid(), mentor_id=mentor_id, proposed_on=days[Stage.PROPOSED])
        history.steps.append((Status.MATCHING, match.proposed_on))
        log: list[tuple[str, str, date]] = []
        if Stage.MENTOR in days:
            match.mentor_answer, match.mentor_answered_on = Answer.YES, days[Stage.MENTOR]
            log.append(("phone", PRESENTED, days[Stage.MENTOR]))
        if Stage.MENTEE in days:
            match.mentee_answer, match.mentee_answered_on = Answer.YES, days[Stage.MENTEE]
        if Stage.MEETING in days:
            match.first_meeting_on = days[Stage.MEETING]
            place = d.rng.choice(MEETING_PLACES)
            match.first_meeting_place = place.format(municipality=mentee.municipality)
            match.coach_present = d.chance(0.7)
            log.append(("email", MEETING_SENT, days[Stage.MENTEE]))
        if plan.state is MatchState.DUO:
            match.validated_on = days[Stage.VALIDATED]
            history.steps.append((Status.IN_DUO, match.validated_on))
            log.append(("phone", DUO_STARTS, match.validated_on))
        if plan.declined_at is not None:
            self.decline(match, plan.declined_at, days[Stage.DECLINED], log)
            history.steps.append((Status.ACCEPTED, days[Stage.DECLINED]))
        history.matches.append(match)
        history.contacts.extend(
            ContactLogEntry(id=d.uid(), contacted_on=day, channel=channel, summary=summary)
            for channel, summary, day in log
        )

    def decline(
        self, match: Match, stage: Stage, day: date, log: list[tuple[str, str, date]]
    ) -> None:
        """The no of one side when asked, or of either after the first meeting."""
        rng = self.d.rng
        if stage is Stage.MENTOR:
            by, reason = DeclinedBy.MENTOR, rng.choice(MENTOR_DECLINES)
            match.mentor_answer, match.mentor_answered_on = Answer.NO, day
            match.mentor_reason = reason
        elif stage is Stage.MENTEE:
            by, reason = DeclinedBy.MENTEE, rng.choice(MENTEE_DECLINES)
            match.mentee_answer, match.mentee_answered_on = Answer.NO, day
            match.mentee_reason = reason
            log.append(("phone", MENTEE_SAID_NO, day))
        else:
            by, reason = rng.choice(AFTER_MEETING_DECLINES)
            log.append(("phone", STOPPED_AFTER_MEETING, day))
        match.declined_on, match.declined_by, match.decline_reason = day, by.value, reason


def _sides(d: Draws, people: Sequence[Person]) -> list[_Side]:
    """The accepted ones among `people`, as matching weighs them."""
    return [
        _side(d, person, person.path.decided)
        for person in people
        if person.path.decided is not None and person.path.status is Status.ACCEPTED
    ]


def _side(d: Draws, person: Person, accepted_on: date) -> _Side:
    p = person.participant
    targets = [r for r in person.records if isinstance(r, JobTarget)]
    spoken = [
        r.language
        for r in person.records
        if isinstance(r, LanguageSkill) and r.level in _LEVELS_TO_TALK
    ]
    return _Side(
        id=p.id,
        accepted_on=accepted_on,
        municipality=p.municipality,
        postcode=p.postcode,
        sectors=tuple(dict.fromkeys(t.sector for t in targets)),
        occupations=tuple(dict.fromkeys(t.occupation for t in targets)),
        languages=frozenset(spoken),
        interests=frozenset(item.strip() for item in p.interests.split(",") if item.strip()),
        gender=p.gender,
        age_band=_age_band(p.year_of_birth, d.today),
        preferred_gender=p.preferred_mentor_gender,
        preferred_age=p.preferred_mentor_age,
        generalist=p.generalist,
        capacity=p.capacity or 1,
    )


def _age_band(year_of_birth: int | None, today: date) -> str:
    if year_of_birth is None:
        return ""
    age = today.year - year_of_birth
    return "under-35" if age < 35 else "35-50" if age <= 50 else "over-50"


def _distance(mentee: _Side, mentor: _Side) -> int:
    """0 for the same postcode, up to 3 for another province."""
    for distance, digits in enumerate((4, 2, 1)):
        if mentee.postcode[:digits] == mentor.postcode[:digits]:
            return distance
    return 3
