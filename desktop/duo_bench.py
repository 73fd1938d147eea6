"""The benchmark figures of following duos, on the benchmark's demo programme.

    today_ms(programme, today)         # (median ms, active duos): Today from the index
    log_meeting_ms(programme, today)   # median ms: one session summary saved safely

Today is measured as the screen computes it, warm: the index's matches and entries, then
`today_items`. A demo of 5,000 participants has a few hundred running duos; copies of them
(new ids, same summaries) bring the count to `ACTIVE_DUOS`, the size the target is set for.
A session summary is saved into the mentee's file of the demo duo with the most meetings,
holding a CV of about 200 KB and at least a dozen meetings, as in a duo well under way.
"""

from __future__ import annotations

import dataclasses
import itertools
import random
import statistics
import time
from collections.abc import Callable
from datetime import date, timedelta

from desktop.demo import duo_texts as texts
from desktop.rules.today import TodaySettings, today_items
from desktop.workflows.duo import log_meeting
from storage.duo_records import MEETING_DOMAINS, Meeting, MeetingMode, Reporter
from storage.index import MatchEntry
from storage.programme import Programme
from storage.records import MatchState, Status

ACTIVE_DUOS = 500
MEETINGS_BEFORE = 12
CV_BYTES = 200_000
SAVES = 20


def _median_ms(action: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def _with_copies(matches: list[MatchEntry], active: int) -> list[MatchEntry]:
    """Copies of the running duos (new ids) until `active` duos run."""
    running = [m for m in matches if m.state is MatchState.DUO]
    missing = max(0, active - len(running))
    return [
        dataclasses.replace(running[n % len(running)], id=f"{running[n % len(running)].id}+{n}")
        for n in range(missing if running else 0)
    ]


def today_ms(programme: Programme, today: date, repeat: int = 20) -> tuple[float, int]:
    """The median time to compute Today for every coach, and the number of running duos."""
    index = programme.index
    index.refresh(programme.cases)
    extra = _with_copies(index.matches(), ACTIVE_DUOS)
    settings = TodaySettings.from_profile(programme.profile())

    def compute() -> None:
        entries = {entry.id: entry for entry in index.entries()}
        waiting = index.entries(status=Status.ACCEPTED)
        today_items(index.matches() + extra, waiting, settings, today, entries=entries)

    compute()  # warm: the index keeps its entries and matches in memory after a first read
    active = sum(m.state is MatchState.DUO for m in index.matches()) + len(extra)
    return _median_ms(compute, repeat), active


def log_meeting_ms(programme: Programme, today: date, repeat: int = SAVES) -> float:
    """The median time of `log_meeting` saving a full session summary (a new meeting each
    time) into a mentee's file with a CV and a dozen meetings."""
    programme.index.refresh(programme.cases)
    running = [m for m in programme.index.matches() if m.state is MatchState.DUO and m.duo]
    if not running:
        raise ValueError("The benchmark's demo has no running duo.")
    duo = max(running, key=lambda m: len(m.duo.meeting_days) if m.duo else 0)
    mentee_id = duo.mentee_id
    case = programme.cases.read(mentee_id)
    if not any(attachment.kind == "cv" for attachment in case.attachments):
        # Incompressible, like a PDF with its images.
        content = b"%PDF-1.7\n" + random.Random(CV_BYTES).randbytes(CV_BYTES)
        with programme.cases.edit(mentee_id, author="") as edit:
            edit.attach_bytes("cv.pdf", content, kind="cv", media_type="application/pdf")
    numbers = itertools.count()

    def save() -> None:
        meeting = _summary(duo.id, today, next(numbers))
        log_meeting(programme, mentee_id, meeting, author="", today=today)

    for _ in range(MEETINGS_BEFORE - len(case.meetings)):
        save()

    return _median_ms(save, repeat)


def _summary(match_id: str, today: date, number: int) -> Meeting:
    """A session summary with every step filled in."""
    topic = texts.TOPICS[number % len(texts.TOPICS)]
    coming = texts.TOPICS[(number + 1) % len(texts.TOPICS)]
    words = {"job": "an accountant", "sector": "professional services", "country": "Peru"}
    return Meeting(
        match_id=match_id,
        held_on=today,
        minutes=90,
        mode=MeetingMode.IN_PERSON,
        place="the public library",
        reported_by=Reporter.MENTEE,
        check_in=texts.CHECK_INS[number % len(texts.CHECK_INS)],
        topic=topic.topic.format(**words),
        goal=topic.goal,
        plan=topic.plan,
        work=topic.work.format(**words),
        next_steps=topic.next_steps,
        next_meeting_on=today + timedelta(days=14),
        next_topic=coming.topic.format(**words),
        next_preparation=coming.preparation,
        works_well=texts.WORKS_WELL[number % len(texts.WORKS_WELL)],
        missing=texts.MISSING[-1],
        domains=[code for code in MEETING_DOMAINS if code in (topic.domain, coming.domain)],
    )
