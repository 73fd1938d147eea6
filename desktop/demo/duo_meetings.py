"""The meetings of a demo duo: session summaries about every two weeks, a few short contacts
between them, and the final meeting.

    style = draw_style(draws, match_id, mentee)     # how this duo works, drawn once
    meetings(draws, style, first, until, final)   # Meeting records, oldest first

Each summary follows the five steps of seed 000 with texts from `duo_texts`: the duo goes
through the six domains in their usual order, skipping some, so that one duo's summaries
read as one story and two duos read differently.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from desktop.demo import duo_texts as texts
from desktop.demo.data import SECTORS
from desktop.demo.draws import Draws
from desktop.demo.people import Person
from desktop.demo.wordings import MEETING_PLACES, with_article
from storage.duo_records import MEETING_DOMAINS, Meeting, MeetingKind, MeetingMode, Reporter
from storage.records import JobTarget

_CONTACT_EVERY = ((14, 17), (21, 2), (10, 1))
_MINUTES = (60, 75, 90, 90, 90, 105, 120)
_REPORTERS = ((Reporter.MENTEE, 8), (Reporter.BOTH, 1), (Reporter.MENTOR, 1))
# Now and then a holiday or an illness stretches a gap well past the agreed frequency.
# Most duos keep in touch meanwhile with a short call, so that in the quality checklist the
# duos that lapse are mostly the ones the demo means to be silent or troubled.
_HOLIDAY_CHANCE = 0.03  # per gap between two meetings
_HOLIDAY_DAYS = (10, 21)  # added to the gap
_HOLIDAY_CONTACT = 0.6  # the chance of a short contact during a holiday
_GAP_CONTACT = 0.25  # the chance of a short contact in any other gap


@dataclass(frozen=True)
class DuoStyle:
    """How one duo works: drawn once, so its meetings resemble each other."""

    match_id: str
    words: dict[str, str]  # the mentee's job, sector and country, for the texts
    place: str  # where they meet in person
    every: int  # days between meetings, as agreed
    online: float  # the share of meetings held online
    reporter: Reporter  # who usually sends the session summary to the coach


def draw_style(d: Draws, match_id: str, mentee: Person) -> DuoStyle:
    """The style of the duo of `mentee`."""
    target = next(r for r in mentee.records if isinstance(r, JobTarget))
    return DuoStyle(
        match_id=match_id,
        words={
            "job": with_article(target.description),
            "sector": SECTORS[target.sector],
            "country": mentee.origin.country_name,
        },
        place=d.rng.choice(MEETING_PLACES).format(municipality=mentee.participant.municipality),
        every=d.pick(_CONTACT_EVERY),
        online=d.rng.choice((0.0, 0.1, 0.3)),
        reporter=d.pick(_REPORTERS),
    )


def meetings(
    d: Draws, style: DuoStyle, first: date, until: date, final: date | None = None
) -> list[Meeting]:
    """Meetings about every `style.every` days from `first` up to `until` (a holiday or an
    illness stretches a gap now and then), short contacts in some of the gaps (in most of
    the stretched ones), and the final meeting on `final` if there is one (then no other
    meeting on or after it)."""
    days: list[date] = []
    before_holiday: set[date] = set()  # the meetings a holiday or an illness came after
    day = first
    while day <= until and (final is None or day < final):
        days.append(day)
        gap = d.rng.randint(style.every - 2, style.every + 2)
        if d.chance(_HOLIDAY_CHANCE):
            before_holiday.add(day)
            gap += d.rng.randint(*_HOLIDAY_DAYS)
        day += timedelta(days=gap)
    topics = _topic_plan(d)
    records: list[Meeting] = []
    for at, held_on in enumerate(days):
        later = days[at + 1] if at + 1 < len(days) else final
        coming = topics[(at + 1) % len(topics)]
        records.append(_meeting(d, style, held_on, topics[at % len(topics)], coming, later))
        contact = _HOLIDAY_CONTACT if held_on in before_holiday else _GAP_CONTACT
        if later is not None and (later - held_on).days >= 9 and d.chance(contact):
            # Halfway: even the longest holiday gap stays within the agreed frequency's grace.
            records.append(
                _contact(d, style, held_on + timedelta(days=(later - held_on).days // 2))
            )
    if final is not None:
        records.append(_final_meeting(d, style, final))
    return records


def _meeting(
    d: Draws,
    style: DuoStyle,
    held_on: date,
    topic: texts.Topic,
    coming: texts.Topic,
    later: date | None,
) -> Meeting:
    """A session summary: check-in, topic with goal and plan, work, next steps and the next
    appointment, and how the collaboration goes."""
    domains = {topic.domain} | ({coming.domain} if d.chance(0.25) else set())
    online = d.chance(style.online)
    return Meeting(
        id=d.uid(),
        match_id=style.match_id,
        held_on=held_on,
        minutes=d.rng.choice(_MINUTES),
        mode=MeetingMode.ONLINE if online else MeetingMode.IN_PERSON,
        place="" if online else style.place,
        reported_by=style.reporter if d.chance(0.85) else Reporter.MENTEE,
        check_in=d.rng.choice(texts.CHECK_INS),
        topic=topic.topic.format(**style.words),
        goal=topic.goal,
        plan=topic.plan,
        work=topic.work.format(**style.words),
        next_steps=topic.next_steps,
        next_meeting_on=later or held_on + timedelta(days=style.every),
        next_topic=coming.topic.format(**style.words),
        next_preparation=coming.preparation,
        works_well=d.rng.choice(texts.WORKS_WELL),
        missing=d.rng.choice(texts.MISSING),
        domains=[code for code in MEETING_DOMAINS if code in domains],
    )


def _contact(d: Draws, style: DuoStyle, held_on: date) -> Meeting:
    """A short call or exchange of messages between two meetings."""
    return Meeting(
        id=d.uid(),
        match_id=style.match_id,
        held_on=held_on,
        kind=MeetingKind.CONTACT,
        minutes=d.rng.choice((10, 15, 20, 30)),
        mode=d.rng.choice((MeetingMode.PHONE, MeetingMode.ONLINE)),
        reported_by=style.reporter,
        topic=d.rng.choice(texts.CONTACT_TOPICS),
        next_steps=d.rng.choice(texts.CONTACT_NEXT_STEPS),
    )


def _final_meeting(d: Draws, style: DuoStyle, held_on: date) -> Meeting:
    """The meeting that closes the duo: looking back and ahead, reported by both."""
    online = d.chance(0.25)
    return Meeting(
        id=d.uid(),
        match_id=style.match_id,
        held_on=held_on,
        minutes=d.rng.choice(_MINUTES),
        mode=MeetingMode.ONLINE if online else MeetingMode.IN_PERSON,
        place="" if online else style.place,
        reported_by=Reporter.BOTH,
        check_in=d.rng.choice(texts.CHECK_INS),
        topic=texts.FINAL_TOPIC,
        goal=texts.FINAL_GOAL,
        work=texts.FINAL_WORK,
        next_steps=texts.FINAL_NEXT_STEPS,
        works_well=d.rng.choice(texts.WORKS_WELL),
    )


def _topic_plan(d: Draws) -> list[texts.Topic]:
    """A duo's topics in turn: the domains in their usual order, some skipped, each
    domain's topics in a random order."""
    plan: list[texts.Topic] = []
    for domain in texts.DOMAIN_ORDER:
        topics = [topic for topic in texts.TOPICS if topic.domain == domain]
        d.rng.shuffle(topics)
        plan += [topic for topic in topics if d.chance(0.7)]
    return plan or list(texts.TOPICS)
