"""A fictional demo programme: invented mentees, mentors and coaches for trying Duo out.

    summary = fill_demo(programme, 500, seed=7, reference=date(2026, 9, 1))

Everything is invented. Given and family names are common names of their country, combined
at random, so no combination points to a real person; e-mail addresses use the reserved
example domains; employers are made up. The same seed and reference date give the same
people with the same ids, so a demo can be rebuilt exactly (only the stored timestamps and
the ids of attachment records belong to the run).

The participants are drawn first (`people`), some of them in an earlier round of the
programme, then the matches between the accepted ones (`matches`), then what the duos did
(`duo_life`), then who gave up a wait of many months (`withdrawals`), and the notes and
contact logs that depend on all of it (`case_records`); only then is each case file
written, with its matches and duo records in it.
"""

from __future__ import annotations

import os
import random
from collections import Counter
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from desktop.demo.case_records import contacts, notes
from desktop.demo.data import (
    EARLIER_ROUND_DAYS,
    EARLIER_ROUND_SHARE,
    LANGUAGE_NAMES,
    MENTEE_SHARE,
)
from desktop.demo.draws import Draws
from desktop.demo.duo_life import DuoLives
from desktop.demo.matches import MatchHistory, draw_matches
from desktop.demo.people import People, Person, draw_coaches
from desktop.demo.withdrawals import withdraw_long_wait
from printing.demo_cv import demo_cv
from storage.atomic import fsync_file
from storage.errors import DuoError
from storage.index import Progress
from storage.programme import Programme
from storage.records import Participant, Record, Role, StaffMember, Status, StatusChange, wait_start


@dataclass(frozen=True)
class DemoSummary:
    """What `fill_demo` added: ids and counts, never a name."""

    case_ids: tuple[str, ...]
    staff_ids: tuple[str, ...]
    mentees: int
    mentors: int
    with_cv: int
    statuses: dict[Status, int]


@dataclass(frozen=True)
class DemoCase:
    """One invented case file, ready to be written."""

    person: Person
    records: list[Record]
    status: Status  # where the participant stands now

    @property
    def participant(self) -> Participant:
        return self.person.participant


def draw_demo(
    participants: int, *, seed: int = 1, reference: date | None = None
) -> tuple[list[StaffMember], list[DemoCase]]:
    """The coaches and the case files of a demo, drawn but not written."""
    draws = Draws(random.Random(seed), reference or date.today())
    coaches = draw_coaches(draws)
    mentees = round(participants * MENTEE_SHARE)
    roles = [Role.MENTEE] * mentees + [Role.MENTOR] * (participants - mentees)
    draws.rng.shuffle(roles)
    staff_ids = [coach.id for coach in coaches]
    people = People(draws, staff_ids)
    drawn = [_person(draws, people, staff_ids, role) for role in roles]
    drawn_mentees = [p for p, _ in drawn if p.participant.role is Role.MENTEE]
    earlier = {p.participant.id for p, is_earlier in drawn if is_earlier}
    histories = draw_matches(
        draws,
        [p for p in drawn_mentees if p.participant.id not in earlier],
        [p for p, _ in drawn if p.participant.role is Role.MENTOR],
        earlier=[p for p in drawn_mentees if p.participant.id in earlier],
    )
    lives = DuoLives(draws)
    for mentee in drawn_mentees:
        if mentee.participant.id in histories:
            lives.add(histories[mentee.participant.id], mentee)
    for mentee in drawn_mentees:
        withdraw_long_wait(
            draws, mentee, histories.setdefault(mentee.participant.id, MatchHistory())
        )
    empty = MatchHistory()
    cases = [_case(draws, p, histories.get(p.participant.id, empty)) for p, _ in drawn]
    return coaches, cases


def _person(d: Draws, people: People, staff_ids: list[str], role: Role) -> tuple[Person, bool]:
    """A participant of the current round, or of an earlier one, and which. Someone of an
    earlier round who was never screened would have been closed since: a participant of
    the current round comes instead."""
    if d.chance(EARLIER_ROUND_SHARE):
        then = d.today - timedelta(days=d.rng.randint(*EARLIER_ROUND_DAYS))
        person = People(Draws(d.rng, then), staff_ids).person(role)
        if person.path.screening is not None:
            return person, True
    return people.person(role), False


def fill_demo(
    programme: Programme,
    participants: int,
    *,
    seed: int = 1,
    reference: date | None = None,
    progress: Progress | None = None,
) -> DemoSummary:
    """Add `participants` invented case files (60% mentees) and 3–5 invented coaches.

    Every date lies on or before `reference` (default: today), except what is planned
    (some first meetings, next appointments, planned ends): registrations over the last
    year, mentees accepted over the last six months, so waiting times vary, and about one
    participant in seven from earlier rounds, up to two years before; some of the accepted
    mentees are matched, at every step up to a duo, and the duos are at every stage up to
    the outcomes a year after their end. `progress(done, total)` is called after each case
    file.
    """
    if participants < 1:
        raise DuoError("A demo programme needs at least one participant.")
    coaches, cases = draw_demo(participants, seed=seed, reference=reference)
    if {coach.id for coach in coaches} & {member.id for member in programme.staff()}:
        raise DuoError(
            f"This programme already holds the demo participants of seed {seed}. "
            "Choose another seed to add more."
        )
    with programme.edit_programme_file(author="") as edit:
        for coach in coaches:
            edit.add(coach)
    case_ids: list[str] = []
    for number, case in enumerate(cases, start=1):
        # No flush per file (durable=False) but one for the whole demo at the end: thousands
        # of fsyncs would take most of the run. Safe because nothing here is real: if the power
        # fails before that flush, the worst outcome is some damaged demo files, which Duo
        # reports and a new demo replaces.
        case_ids.append(
            programme.cases.create(
                case.participant,
                author=case.participant.coach,
                records=case.records,
                attachments=_attachments(case),
                durable=False,
            )
        )
        if progress is not None:
            progress(number, participants)
    _flush([programme.cases.path(case_id) for case_id in case_ids])
    mentees = sum(case.participant.role is Role.MENTEE for case in cases)
    return DemoSummary(
        case_ids=tuple(case_ids),
        staff_ids=tuple(coach.id for coach in coaches),
        mentees=mentees,
        mentors=participants - mentees,
        with_cv=sum(case.person.cv for case in cases),
        statuses=dict(Counter(case.status for case in cases)),
    )


def _case(d: Draws, person: Person, history: MatchHistory) -> DemoCase:
    """The whole case file: the records drawn with the person, then the matches and what
    depends on them."""
    path = person.path
    role = person.participant.role
    steps = path.steps + history.steps
    # The CV workshop and the check-in calls belong to the first wait, before any proposal
    # or the withdrawal of a mentee who was never matched.
    first_proposal = history.first_proposal
    withdrawn_on, withdrawal = history.withdrawn or (d.today, "")
    wait_ended = first_proposal - timedelta(days=1) if first_proposal else withdrawn_on
    waiting_since = wait_start(steps) if role is Role.MENTEE else None
    records: list[Record] = [
        *person.records,
        *(
            StatusChange(
                id=d.uid(),
                status=status,
                since=day,
                note=withdrawal if status is Status.WITHDRAWN else "",
            )
            for status, day in steps
        ),
        *notes(d, role, path, waiting_since),
        *history.notes,
        *contacts(d, role, path, wait_ended),
        *history.contacts,
        *history.matches,
        *history.duo_records,
    ]
    return DemoCase(person, records, steps[-1][0])


def _attachments(case: DemoCase) -> list[tuple[str, bytes, str, str]]:
    """The CV, drawn only now: keeping thousands of PDFs in memory until the writing would
    cost hundreds of megabytes."""
    if not case.person.cv:
        return []
    person = case.person
    pdf = demo_cv(
        person.participant,
        person.name.latin,
        person.origin.country_name,
        case.records,
        LANGUAGE_NAMES,
    )
    return [("cv.pdf", pdf, "cv", "application/pdf")]


def _flush(paths: list[Path]) -> None:
    if hasattr(os, "sync"):
        os.sync()
    else:  # Windows has no sync(): flush the files one by one
        for path in paths:
            fsync_file(path)
