"""A fictional demo programme: invented mentees, mentors and coaches for trying Duo out.

    summary = fill_demo(programme, 500, seed=7, reference=date(2026, 9, 1))

Everything is invented. Given and family names are common names of their country, combined
at random, so no combination points to a real person; e-mail addresses use the reserved
example domains; employers are made up. The same seed and reference date give the same
people with the same ids, so a demo can be rebuilt exactly (only the stored timestamps and
the ids of attachment records belong to the run).
"""

from __future__ import annotations

import dataclasses
import os
import random
import re
import uuid
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any, TypeVar

from desktop.demo.data import (
    BRIDGE_JOBS,
    CONSENT_TEXT_VERSION,
    CV_SHARE,
    DOMAINS,
    EMAIL_DOMAINS,
    EMPLOYERS,
    EU,
    INTERESTS,
    LANGUAGE_NAMES,
    LEVELS,
    LOCAL_LEVEL,
    MENTEE_CHOICES,
    MENTEE_MOTIVATION,
    MENTEE_NOTES,
    MENTEE_SHARE,
    MENTOR_CHOICES,
    MENTOR_MOTIVATION,
    MENTOR_NOTES,
    MENTOR_OFFERS,
    MENTOR_ORIGINS,
    MOBILITY,
    NEEDS,
    OUTCOMES,
    PARTNERS,
    PLACE_CHOICES,
    PREFERENCES,
    PROFILE_CHOICES,
    PROFILES,
    QUALITIES,
    RECRUITER,
    REFERRALS,
    REFUSALS,
    SECTORS,
    SLOTS,
    Origin,
    Profile,
    gendered_form,
)
from printing.demo_cv import demo_cv
from storage.atomic import fsync_file
from storage.errors import DuoError
from storage.folding import fold
from storage.index import Progress
from storage.programme import Programme
from storage.records import (
    Consent,
    ContactLogEntry,
    Decision,
    JobTarget,
    LanguageSkill,
    Note,
    Participant,
    Record,
    RightToWork,
    Role,
    ScreeningDecision,
    StaffMember,
    Status,
    StatusChange,
)

T = TypeVar("T")

# --- the generator ----------------------------------------------------------------------------


@dataclass(frozen=True)
class DemoSummary:
    """What `fill_demo` added: ids and counts, never a name."""

    case_ids: tuple[str, ...]
    staff_ids: tuple[str, ...]
    mentees: int
    mentors: int
    with_cv: int
    statuses: dict[Status, int]


def fill_demo(
    programme: Programme,
    participants: int,
    *,
    seed: int = 1,
    reference: date | None = None,
    progress: Progress | None = None,
) -> DemoSummary:
    """Add `participants` invented case files (60% mentees) and 3–5 invented coaches.

    Every date lies on or before `reference` (default: today): registrations over the last
    year, mentees accepted over the last six months, so waiting times vary.
    `progress(done, total)` is called after each case file.
    """
    if participants < 1:
        raise DuoError("A demo programme needs at least one participant.")
    maker = _Maker(random.Random(seed), reference or date.today())
    coaches = maker.coaches()
    if {coach.id for coach in coaches} & {member.id for member in programme.staff()}:
        raise DuoError(
            f"This programme already holds the demo participants of seed {seed}. "
            "Choose another seed to add more."
        )
    with programme.edit_programme_file(author="") as edit:
        for coach in coaches:
            edit.add(coach)
    mentees = round(participants * MENTEE_SHARE)
    roles = [Role.MENTEE] * mentees + [Role.MENTOR] * (participants - mentees)
    maker.rng.shuffle(roles)
    case_ids: list[str] = []
    statuses: Counter[Status] = Counter()
    for number, role in enumerate(roles, start=1):
        case = maker.case(role)
        # No flush per file (durable=False) but one for the whole demo at the end: thousands
        # of fsyncs would take most of the run. Safe because nothing here is real: if the power
        # fails before that flush, the worst outcome is some damaged demo files, which Duo
        # reports and a new demo replaces.
        case_id = programme.cases.create(
            case.participant,
            author=case.participant.coach,
            records=case.records,
            attachments=case.attachments,
            durable=False,
        )
        case_ids.append(case_id)
        statuses[case.status] += 1
        if progress is not None:
            progress(number, participants)
    _flush([programme.cases.path(case_id) for case_id in case_ids])
    return DemoSummary(
        case_ids=tuple(case_ids),
        staff_ids=tuple(coach.id for coach in coaches),
        mentees=mentees,
        mentors=participants - mentees,
        with_cv=maker.cvs,
        statuses=dict(statuses),
    )


def _flush(paths: list[Path]) -> None:
    if hasattr(os, "sync"):
        os.sync()
    else:  # Windows has no sync(): flush the files one by one
        for path in paths:
            fsync_file(path)


@dataclass(frozen=True)
class _Name:
    given: str
    family: str
    latin_given: str  # the Latin spelling, as on a residence permit and in the CV
    latin_family: str

    @property
    def latin(self) -> str:
        return f"{self.latin_given} {self.latin_family}"

    def email(self, domain: str) -> str:
        """An address at a reserved example domain."""
        given, family = (
            re.sub("[^a-z0-9]", "", fold(part)) for part in (self.latin_given, self.latin_family)
        )
        return f"{given}.{family}@{domain}"


@dataclass
class _Path:
    """The dated steps of one participant, and the screening decision if there was one."""

    steps: list[tuple[Status, date]]
    screening: ScreeningDecision | None = None
    hint: str = ""  # "permit" or "language": a reason that other fields must agree with

    @property
    def registered(self) -> date:
        return self.steps[0][1]

    @property
    def interviewed(self) -> date | None:
        return self.steps[1][1] if len(self.steps) > 1 else None

    @property
    def decided(self) -> date | None:
        return self.steps[2][1] if len(self.steps) > 2 else None

    @property
    def status(self) -> Status:
        return self.steps[-1][0]


@dataclass
class _Case:
    participant: Participant
    records: list[Record]
    attachments: list[tuple[str, bytes, str, str]]
    status: Status


class _Maker:
    """Draws every invented detail from one random generator, always in the same order."""

    def __init__(self, rng: random.Random, today: date) -> None:
        self.rng = rng
        self.today = today
        self.staff_ids: list[str] = []
        self.cvs = 0

    # small draws

    def uid(self) -> str:
        return str(uuid.UUID(int=self.rng.getrandbits(128), version=4))

    def pick(self, options: Sequence[tuple[T, int]]) -> T:
        return self.rng.choices([option for option, _ in options], [w for _, w in options])[0]

    def chance(self, probability: float) -> bool:
        return self.rng.random() < probability

    def days_before(self, day: date, low: int, high: int) -> date:
        return day - timedelta(days=self.rng.randint(low, high))

    def between(self, start: date, end: date) -> date:
        return start + timedelta(days=self.rng.randint(0, max(0, (end - start).days)))

    def name(self, origin: Origin, female: bool) -> _Name:
        given = self.rng.choice(origin.female if female else origin.male)
        family = self.rng.choice(origin.family)
        return _Name(
            given[0],
            gendered_form(family[0], female),
            given[1],
            gendered_form(family[1], female),
        )

    def slots(self, population: Sequence[str], low: int, high: int) -> list[str]:
        chosen = set(self.rng.sample(population, self.rng.randint(low, high)))
        return [slot for slot in SLOTS if slot in chosen]

    # people

    def coaches(self) -> list[StaffMember]:
        coaches = []
        for _ in range(self.rng.randint(3, 5)):
            name = self.name(self.pick(MENTOR_CHOICES), self.chance(0.7))
            coaches.append(
                StaffMember(
                    id=self.uid(),
                    name=f"{name.given} {name.family}",
                    email=name.email(EMAIL_DOMAINS[0]),
                )
            )
        self.staff_ids = [coach.id for coach in coaches]
        return coaches

    def case(self, role: Role) -> _Case:
        mentee = role is Role.MENTEE
        origin = self.pick(MENTEE_CHOICES if mentee else MENTOR_CHOICES)
        female = self.chance(0.55 if mentee else 0.5)
        name = self.name(origin, female)
        municipality, postcode, region = self.pick(PLACE_CHOICES)
        local = {"vl": "nl", "wal": "fr"}.get(region) or self.rng.choice(("nl", "fr"))
        profile = self.pick(PROFILE_CHOICES) if mentee or self.chance(0.88) else RECRUITER
        coach = self.rng.choice(self.staff_ids)
        path = self.path(role, origin, local, coach)
        person = Participant(
            id=self.uid(),
            role=role,
            given_name=name.given,
            family_name=name.family,
            email=name.email(self.rng.choice(EMAIL_DOMAINS)) if self.chance(0.92) else "",
            phone=self.phone() if self.chance(0.95) else "",
            municipality=municipality,
            postcode=postcode,
            mobility=self.rng.choice(MOBILITY),
            interests=", ".join(self.rng.sample(INTERESTS, self.rng.randint(1, 3))),
            info_session_on=self.info_session(path),
            intake_on=path.interviewed,
            interviewer=self.interviewer(coach) if path.interviewed else "",
            coach=coach,
        )
        if mentee:
            changes = self.mentee(origin, profile, path, female, region)
        else:
            changes = self.mentor(origin, profile, path, female, person.interests)
        person = dataclasses.replace(person, **changes)
        records: list[Record] = [
            *self.targets(role, profile),
            *self.languages(role, origin, local, path, born_here=person.arrival_year is None),
            *self.consents(role, path),
            *([path.screening] if path.screening else []),
            *(StatusChange(id=self.uid(), status=s, since=day) for s, day in path.steps),
            *self.notes(role, path),
            *self.contacts(role, path),
        ]
        attachments = []
        if mentee and self.chance(CV_SHARE):
            self.cvs += 1
            pdf = demo_cv(person, name.latin, origin.country_name, records, LANGUAGE_NAMES)
            attachments.append(("cv.pdf", pdf, "cv", "application/pdf"))
        return _Case(person, records, attachments, path.status)

    def phone(self) -> str:
        digits = (self.rng.randint(10, 99) for _ in range(3))
        return f"+32 4{self.rng.randint(60, 99)} " + " ".join(str(d) for d in digits)

    def interviewer(self, coach: str) -> str:
        return coach if self.chance(0.8) else self.rng.choice(self.staff_ids)

    def info_session(self, path: _Path) -> date | None:
        if path.interviewed is None:
            return self.between(path.registered, self.today) if self.chance(0.4) else None
        return self.between(path.registered, path.interviewed - timedelta(days=1))

    def path(self, role: Role, origin: Origin, local: str, coach: str) -> _Path:
        outcome = self.pick(OUTCOMES[role])
        if outcome is Status.REGISTERED:
            return _Path([(Status.REGISTERED, self.days_before(self.today, 0, 30))])
        if outcome is Status.INTERVIEWED:
            interviewed = self.days_before(self.today, 0, 20)
        else:
            # Acceptances spread over half a year: the waiting list has short and long waits.
            decided = self.days_before(self.today, 0, 182 if outcome is Status.ACCEPTED else 270)
            interviewed = self.days_before(decided, 2, 14)
        registered = self.days_before(interviewed, 7, 40)
        path = _Path([(Status.REGISTERED, registered), (Status.INTERVIEWED, interviewed)])
        if outcome is Status.INTERVIEWED:
            return path
        path.steps.append((outcome, decided))
        reason = referred_to = ""
        if outcome is Status.REFUSED:
            # A work permit is no question for EU citizens.
            refusals = [r for r in REFUSALS[role] if r[0] != "permit" or origin.country not in EU]
            path.hint, reason = self.rng.choice(refusals)
        elif outcome is Status.REFERRED:
            # Nobody is sent to a course in a language they already speak.
            speaks_local = local in origin.languages
            referrals = [r for r in REFERRALS if r[0] != "language" or not speaks_local]
            path.hint, referred_to, reason = self.rng.choice(referrals)
            referred_to = referred_to.format(language=LANGUAGE_NAMES[local])
            reason = reason.format(language=LANGUAGE_NAMES[local])
        path.screening = ScreeningDecision(
            id=self.uid(),
            decision=Decision(outcome.value),
            decided_on=decided,
            reason=reason,
            referred_to=referred_to,
            decided_by=coach,
        )
        return path

    def mentee(
        self, origin: Origin, profile: Profile, path: _Path, female: bool, region: str
    ) -> dict[str, Any]:
        age = self.rng.randint(22, 55)
        years_here = self.rng.randint(0, 6) if self.chance(0.9) else self.rng.randint(7, 12)
        years_here = min(years_here, age - 18)
        arrived = self.today.year - years_here
        years = self.rng.randint(0, min(20, max(0, age - years_here - 22)))  # before arrival
        if path.hint == "permit":
            right = self.rng.choice((RightToWork.PENDING, RightToWork.NO))
        elif origin.country in EU:  # EU citizens may work in Belgium
            right = RightToWork.YES
        else:
            right = self.pick(
                ((RightToWork.YES, 85), (RightToWork.PENDING, 10), (RightToWork.UNKNOWN, 5))
            )
        studied_here = self.chance(0.1)
        level = "doctorate" if profile.level == "master" and self.chance(0.08) else profile.level
        summary = (
            f"{_years(years)} as {_a(profile.title)} in {origin.country_name}."
            if years
            else f"No paid work yet; internships during the {profile.field} studies."
        )
        if self.chance(0.45):
            summary += f" In Belgium since {arrived}: {self.rng.choice(BRIDGE_JOBS)}."
        changes: dict[str, Any] = {
            "year_of_birth": self.today.year - age,
            "country_of_origin": origin.country,
            "arrival_year": arrived,
            "right_to_work": right,
            "diploma_level": level,
            "diploma_field": profile.field,
            "diploma_country": "BE" if studied_here else origin.country,
            "diploma_recognised": True
            if studied_here
            else self.pick(((True, 30), (None, 25), (False, 45))),
            "experience_years": years,
            "experience_summary": summary,
            "availability": self.slots(SLOTS, 2, 6),
        }
        if self.chance(0.85):
            partner = self.rng.choice(PARTNERS[region])
            contact = self.name(MENTOR_ORIGINS[0 if region == "vl" else 1], self.chance(0.6))
            job = self.rng.choice(("job coach", "social worker", "integration counsellor"))
            changes["referral_partner"] = partner
            changes["referral_contact"] = f"{contact.given} {contact.family}, {job}"
        else:
            changes["referral_partner"] = self.rng.choice(("word of mouth", "website"))
        if path.interviewed is None:
            return changes
        motivation = self.rng.choice(MENTEE_MOTIVATION if years else MENTEE_MOTIVATION[1:])
        preferred = self.pick((("", 85), ("female", 11), ("male", 4)))
        changes |= {
            "motivation": motivation.format(
                job=_a(profile.title),
                years=_years(years),
                country=origin.country_name,
                sector=SECTORS[profile.sector],
            ),
            "openness_to_feedback": self.pick(((2, 1), (3, 4), (4, 6), (5, 4))),
            "actively_searching": self.chance(0.8),
            "preferences": self.rng.choice(PREFERENCES),
            "preferred_mentor_gender": preferred,
            # Gender is kept only where it serves a stated matching preference.
            "gender": ("female" if female else "male") if preferred else "",
            "specific_needs": self.rng.choice(NEEDS) if self.chance(0.15) else "",
            "domain_needs": {domain: self.rng.randint(1, 5) for domain in DOMAINS},
        }
        return changes

    def mentor(
        self, origin: Origin, profile: Profile, path: _Path, female: bool, interests: str
    ) -> dict[str, Any]:
        age = self.rng.randint(27, 66)
        retired = age >= 63 and self.chance(0.6)
        years = self.rng.randint(2, min(35, age - 22))
        born_here = origin.country == "BE" or (origin.country != "NL" and self.chance(0.6))
        arrived = None if born_here else self.today.year - self.rng.randint(8, min(30, age - 18))
        employer = self.rng.choice(EMPLOYERS[profile.sector].split(", "))
        senior = years > 12 and self.chance(0.3)
        title = f"{'retired' if retired else 'senior' if senior else ''} {profile.title}".strip()
        sector = SECTORS[profile.sector]
        slots = SLOTS if retired else [slot for slot in SLOTS if not slot.endswith("-day")]
        changes: dict[str, Any] = {
            "year_of_birth": self.today.year - age,
            "country_of_origin": "BE" if born_here else origin.country,
            "arrival_year": arrived,
            "gender": "female" if female else "male",  # what mentees' preferences meet
            "experience_years": years,
            "experience_summary": f"{years} years in {sector}, "
            + (f"until retirement at {employer}." if retired else f"now at {employer}."),
            "employer": "" if retired else employer,
            "job_title": title,
            "capacity": self.pick(((1, 65), (2, 28), (3, 7))),
            "availability": self.slots(slots, 2, 5),
            "linkedin": f"https://www.linkedin.com/in/demo-{self.rng.getrandbits(32):08x}"
            if self.chance(0.7)
            else "",
        }
        if path.interviewed is None:
            return changes
        if retired:
            work = f"I worked for {years} years in {sector}, lastly as {_a(profile.title)}."
        else:
            work = f"I work as {_a(title)} at {employer}, with {years} years in {sector}."
        sentences = [work, self.rng.choice(MENTOR_OFFERS).format(sector=sector)]
        if arrived is not None and self.chance(0.7):
            sentences.append(
                f"I came to Belgium {self.today.year - arrived} years ago myself and remember "
                "how hard the first job was."
            )
        if self.chance(0.6):
            sentences.append(f"In my free time I enjoy {interests}.")
        changes |= {
            "motivation": self.rng.choice(MENTOR_MOTIVATION).format(sector=sector),
            "qualities": ", ".join(self.rng.sample(QUALITIES, 3)),
            "short_profile": " ".join(sentences),
        }
        if path.decided is not None and path.status is Status.ACCEPTED and self.chance(0.75):
            training = path.decided + timedelta(days=self.rng.randint(3, 45))
            if training <= self.today:
                changes["training_on"] = training
        return changes

    # records

    def targets(self, role: Role, profile: Profile) -> list[JobTarget]:
        profiles = [profile]
        if role is Role.MENTEE and self.chance(0.4):
            related = [p for p in PROFILES if p.sector == profile.sector and p != profile]
            profiles.append(self.rng.choice(related or [p for p in PROFILES if p != profile]))
        elif role is Role.MENTOR and profile != RECRUITER and self.chance(0.3):
            profiles.append(RECRUITER)  # can also coach as a generalist
        return [
            JobTarget(
                id=self.uid(),
                position=position,
                sector=target.sector,
                occupation=target.occupation,
                description=target.title,
            )
            for position, target in enumerate(profiles, start=1)
        ]

    def languages(
        self, role: Role, origin: Origin, local: str, path: _Path, *, born_here: bool
    ) -> list[LanguageSkill]:
        levels: dict[str, str] = {origin.languages[0]: "native"}
        for other in origin.languages[1:]:
            levels[other] = self.rng.choice(LEVELS[3:])
        if role is Role.MENTEE:
            if path.hint == "language":
                levels[local] = "A1"
            levels.setdefault(local, LEVELS[self.pick(LOCAL_LEVEL)])
            other_national = "fr" if local == "nl" else "nl"
            if self.chance(0.35):
                levels.setdefault(other_national, self.rng.choice(LEVELS[:3]))
            if self.chance(0.7):
                levels.setdefault("en", self.rng.choice(LEVELS[1:5]))
        else:
            levels.setdefault(local, "native" if born_here else self.rng.choice(LEVELS[4:]))
            if self.chance(0.9):
                levels.setdefault("en", self.rng.choice(LEVELS[3:]))
            if self.chance(0.6):
                levels.setdefault("fr" if local == "nl" else "nl", self.rng.choice(LEVELS[2:5]))
            if self.chance(0.1):
                levels.setdefault("de", self.rng.choice(LEVELS[1:4]))
        return [
            LanguageSkill(id=self.uid(), language=code, level=level)
            for code, level in levels.items()
        ]

    def consents(self, role: Role, path: _Path) -> list[Consent]:
        given = [("programme", path.registered)]
        if path.interviewed is not None:
            sharing = "share-cv" if role is Role.MENTEE else "share-profile"
            if self.chance(0.9):
                given.append((sharing, path.interviewed))
            if self.chance(0.75):
                given.append(("evaluation", path.interviewed))
        return [
            Consent(
                id=self.uid(),
                purpose=purpose,
                given_on=day,
                text_version=CONSENT_TEXT_VERSION,
                withdrawn_on=self.between(day, self.today)
                if purpose == "evaluation" and self.chance(0.05)
                else None,
            )
            for purpose, day in given
        ]

    def notes(self, role: Role, path: _Path) -> list[Note]:
        if path.interviewed is None:
            return []
        pool = MENTEE_NOTES if role is Role.MENTEE else MENTOR_NOTES
        texts = self.rng.sample(pool, self.rng.randint(0, 2))
        if path.screening is not None and path.screening.referred_to:
            texts.append("Welcome to register again after the referral; keep in touch.")
        if (
            role is Role.MENTEE
            and path.decided is not None
            and path.status is Status.ACCEPTED
            and (self.today - path.decided).days > 90
            and self.chance(0.6)
        ):
            # A long wait for a sector match: the guideline's advice (002 §8.3).
            texts.append("Waiting long for a sector match: proposed a generalist (HR) mentor.")
        return [
            Note(id=self.uid(), written_on=self.between(path.interviewed, self.today), text=text)
            for text in texts
        ]

    def contacts(self, role: Role, path: _Path) -> list[ContactLogEntry]:
        registered = path.registered
        log = [
            (
                "email",
                "Confirmed the registration and sent the date of the info session.",
                self.between(registered, min(registered + timedelta(days=2), self.today)),
            )
        ]
        if path.interviewed is not None and role is Role.MENTEE:
            planned = self.between(registered, path.interviewed - timedelta(days=1))
            log.append(("phone", "Planned the intake interview.", planned))
            log.append(("meeting", "Intake interview at the office.", path.interviewed))
        elif path.interviewed is not None:
            log.append(("phone", "Intake interview by phone.", path.interviewed))
        if path.screening is not None:
            decided = path.screening.decided_on
            told = _TOLD[path.screening.decision]
            log.append(("phone" if path.status is Status.ACCEPTED else "meeting", told, decided))
            waited = (self.today - decided).days
            if path.status is Status.ACCEPTED and role is Role.MENTEE and waited > 45:
                # Candidates kept warm while they wait (002 §8.3).
                invited = self.between(decided + timedelta(days=30), self.today)
                log.append(("email", "Invited to the CV workshop while waiting.", invited))
                if self.chance(0.5):
                    checked = self.between(decided + timedelta(days=40), self.today)
                    log.append(("phone", "Checked in: still motivated, still looking.", checked))
            elif path.status is Status.ACCEPTED:
                sent = self.between(decided, min(decided + timedelta(days=3), self.today))
                log.append(("email", "Sent the mentor handbook and the training dates.", sent))
        return [
            ContactLogEntry(id=self.uid(), contacted_on=day, channel=channel, summary=summary)
            for channel, summary, day in log
        ]


def _years(count: int) -> str:
    return f"{count} year" if count == 1 else f"{count} years"


def _a(noun: str) -> str:
    """The noun with "a" or "an" before it."""
    sounds_like_vowel = noun[0].lower() in "aeiou" or noun.split()[0] in {"HR", "IT"}
    return f"{'an' if sounds_like_vowel else 'a'} {noun}"


_TOLD = {
    Decision.ACCEPTED: "Told the decision: accepted; finding the right mentor can take weeks.",
    Decision.REFUSED: "Explained the reason for the refusal and what could change it.",
    Decision.REFERRED: "Explained the referral and gave the contact details.",
}
