"""The records of an invented case file besides the participant and their matches.

Job targets, languages and consents are drawn with the participant; notes and the contact
log are drawn once the matches are known, so that nobody is invited to a workshop "while
waiting" after their duo started.
"""

from __future__ import annotations

import uuid
from datetime import date, timedelta
from typing import TYPE_CHECKING

from desktop.demo.data import (
    CONSENT_TEXT_VERSION,
    LEVELS,
    LOCAL_LEVEL,
    PROFILES,
    RECRUITER,
    Origin,
    Profile,
)
from desktop.demo.draws import Draws
from desktop.demo.wordings import MENTEE_NOTES, MENTOR_NOTES, TOLD, WAITING_NOTE
from storage.records import (
    Consent,
    ContactLogEntry,
    JobTarget,
    LanguageSkill,
    Note,
    Role,
    Status,
)

if TYPE_CHECKING:
    from desktop.demo.people import Path

# A mentee is kept warm after this many days without a mentor (002 §8.3).
WORKSHOP_AFTER_DAYS = 45
# And the note that a generalist is worth proposing comes after this many.
WAITING_NOTE_AFTER_DAYS = 90


def targets(d: Draws, role: Role, profile: Profile) -> list[JobTarget]:
    """One or two job targets; a second one is a neighbouring job of the same sector."""
    profiles = [profile]
    related = [p for p in PROFILES if p.sector == profile.sector and p != profile]
    if role is Role.MENTEE and d.chance(0.4):
        profiles.append(d.rng.choice(related or [p for p in PROFILES if p != profile]))
    elif role is Role.MENTOR and profile != RECRUITER and related and d.chance(0.25):
        profiles.append(d.rng.choice(related))
    return [
        JobTarget(
            id=d.uid(),
            position=position,
            sector=target.sector,
            occupation=target.occupation,
            description=target.title,
        )
        for position, target in enumerate(profiles, start=1)
    ]


def languages(
    d: Draws, role: Role, origin: Origin, local: str, path: Path, *, born_here: bool
) -> list[LanguageSkill]:
    """The mother tongue, the local language and often English, at levels that fit."""
    levels: dict[str, str] = {origin.languages[0]: "native"}
    for other in origin.languages[1:]:
        levels[other] = d.rng.choice(LEVELS[3:])
    if role is Role.MENTEE:
        if path.hint == "language":
            levels[local] = "A1"
        levels.setdefault(local, LEVELS[d.pick(LOCAL_LEVEL)])
        other_national = "fr" if local == "nl" else "nl"
        if d.chance(0.35):
            levels.setdefault(other_national, d.rng.choice(LEVELS[:3]))
        if d.chance(0.7):
            levels.setdefault("en", d.rng.choice(LEVELS[1:5]))
    else:
        levels.setdefault(local, "native" if born_here else d.rng.choice(LEVELS[4:]))
        if d.chance(0.9):
            levels.setdefault("en", d.rng.choice(LEVELS[3:]))
        if d.chance(0.6):
            levels.setdefault("fr" if local == "nl" else "nl", d.rng.choice(LEVELS[2:5]))
        if d.chance(0.1):
            levels.setdefault("de", d.rng.choice(LEVELS[1:4]))
    return [LanguageSkill(id=d.uid(), language=code, level=level) for code, level in levels.items()]


def consents(d: Draws, role: Role, path: Path) -> list[Consent]:
    """Consent to the programme at registration; sharing and evaluation at the intake."""
    given = [("programme", path.registered)]
    if path.interviewed is not None:
        sharing = "share-cv" if role is Role.MENTEE else "share-profile"
        if d.chance(0.9):
            given.append((sharing, path.interviewed))
        if d.chance(0.75):
            given.append(("evaluation", path.interviewed))
    records = [
        Consent(
            id=d.uid(),
            purpose=purpose,
            given_on=day,
            text_version=CONSENT_TEXT_VERSION,
            withdrawn_on=d.between(day, d.today)
            if purpose == "evaluation" and d.chance(0.05)
            else None,
        )
        for purpose, day in given
    ]
    # Most agree to pseudonymised figures for funders when they register. Decided by the
    # day and named after the programme consent, not drawn, so the rest of the demo stays
    # the same people.
    if path.registered.toordinal() % 12:
        funders = uuid.uuid5(uuid.NAMESPACE_OID, records[0].id)
        records.append(
            Consent(
                id=str(funders),
                purpose="funder-report",
                given_on=path.registered,
                text_version=CONSENT_TEXT_VERSION,
            )
        )
    return records


def notes(d: Draws, role: Role, path: Path, waiting_since: date | None) -> list[Note]:
    """A coach's notes after the intake; `waiting_since` is set while the mentee waits now."""
    if path.interviewed is None:
        return []
    pool = MENTEE_NOTES if role is Role.MENTEE else MENTOR_NOTES
    texts = d.rng.sample(pool, d.rng.randint(0, 2))
    if path.screening is not None and path.screening.referred_to:
        texts.append("Welcome to register again after the referral; keep in touch.")
    if (
        role is Role.MENTEE
        and waiting_since is not None
        and (d.today - waiting_since).days > WAITING_NOTE_AFTER_DAYS
        and d.chance(0.6)
    ):
        # A long wait for a sector match: the guideline's advice (002 §8.3).
        texts.append(WAITING_NOTE)
    return [
        Note(id=d.uid(), written_on=d.between(path.interviewed, d.today), text=text)
        for text in texts
    ]


def contacts(d: Draws, role: Role, path: Path, wait_ended: date) -> list[ContactLogEntry]:
    """The contact log up to screening, and while the mentee waited for a first proposal
    (`wait_ended`: the day of that proposal, or today)."""
    registered = path.registered
    log = [
        (
            "email",
            "Confirmed the registration and sent the date of the info session.",
            d.between(registered, min(registered + timedelta(days=2), d.today)),
        )
    ]
    if path.interviewed is not None and role is Role.MENTEE:
        planned = d.between(registered, path.interviewed - timedelta(days=1))
        log.append(("phone", "Planned the intake interview.", planned))
        log.append(("meeting", "Intake interview at the office.", path.interviewed))
    elif path.interviewed is not None:
        log.append(("phone", "Intake interview by phone.", path.interviewed))
    if path.screening is not None:
        decided = path.screening.decided_on
        accepted = path.status is Status.ACCEPTED
        log.append(("phone" if accepted else "meeting", TOLD[path.screening.decision], decided))
        if accepted and role is Role.MENTEE and (wait_ended - decided).days > WORKSHOP_AFTER_DAYS:
            # Candidates kept warm while they wait (002 §8.3).
            invited = d.between(decided + timedelta(days=30), wait_ended)
            log.append(("email", "Invited to the CV workshop while waiting.", invited))
            if d.chance(0.5):
                checked = d.between(decided + timedelta(days=40), wait_ended)
                log.append(("phone", "Checked in: still motivated, still looking.", checked))
        elif accepted and role is Role.MENTOR:
            sent = d.between(decided, min(decided + timedelta(days=3), d.today))
            log.append(("email", "Sent the mentor handbook and the training dates.", sent))
    return [
        ContactLogEntry(id=d.uid(), contacted_on=day, channel=channel, summary=summary)
        for channel, summary, day in log
    ]
