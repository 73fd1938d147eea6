"""Invented coaches, mentees and mentors: identity, intake and the path up to screening.

    people = People(draws, staff_ids=[coach.id for coach in draw_coaches(draws)])
    person = people.person(Role.MENTEE)   # the participant, their path and first records

What happens after screening (matches, notes, the contact log) is drawn later, once every
mentor is known: see `matches` and `case_records`.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from desktop.demo.case_records import consents, languages, targets
from desktop.demo.data import (
    CV_SHARE,
    DOMAINS,
    EMAIL_DOMAINS,
    EMPLOYERS,
    EU,
    INTERESTS,
    LANGUAGE_NAMES,
    MENTEE_CHOICES,
    MENTOR_AGE_PREFERENCES,
    MENTOR_CHOICES,
    MENTOR_ORIGINS,
    MENTOR_PROFILE_CHOICES,
    MOBILITY,
    OUTCOMES,
    PARTNERS,
    PLACE_CHOICES,
    PROFILE_CHOICES,
    RECRUITER,
    RECRUITER_SHARE,
    SECTORS,
    SLOTS,
    Origin,
    Profile,
)
from desktop.demo.draws import Draws, Name
from desktop.demo.wordings import (
    BRIDGE_JOBS,
    GENERALIST_OFFER,
    MENTEE_MOTIVATION,
    MENTOR_MOTIVATION,
    MENTOR_OFFERS,
    NEEDS,
    PREFERENCES,
    QUALITIES,
    REFERRALS,
    REFUSALS,
    with_article,
    years_text,
)
from storage.records import (
    Decision,
    Participant,
    Record,
    RightToWork,
    Role,
    ScreeningDecision,
    StaffMember,
    Status,
)

# Half of the HR officers also coach newcomers towards any job, as the recruiters do.
HR_OFFICER_GENERALIST = 0.5


@dataclass
class Path:
    """The dated steps up to screening, and the screening decision if there was one."""

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
        """Where screening left the participant (matches may take them further)."""
        return self.steps[-1][0]


@dataclass
class Person:
    """One drawn participant, before the records that depend on the other participants."""

    participant: Participant
    path: Path
    name: Name
    origin: Origin
    records: list[Record]  # job targets, languages, consents and the screening decision
    cv: bool  # whether a CV is attached when the case file is written


def draw_coaches(draws: Draws) -> list[StaffMember]:
    """Three to five coaches."""
    coaches = []
    for _ in range(draws.rng.randint(3, 5)):
        name = draws.name(draws.pick(MENTOR_CHOICES), draws.chance(0.7))
        coaches.append(
            StaffMember(
                id=draws.uid(),
                name=f"{name.given} {name.family}",
                email=name.email(EMAIL_DOMAINS[0]),
            )
        )
    return coaches


class People:
    """Draws mentees and mentors, each followed by one of the coaches."""

    def __init__(self, draws: Draws, staff_ids: list[str]) -> None:
        self.draws = draws
        self.staff_ids = staff_ids

    def person(self, role: Role) -> Person:
        """A mentee or a mentor with an intake that agrees with where they stand."""
        d = self.draws
        mentee = role is Role.MENTEE
        origin = d.pick(MENTEE_CHOICES if mentee else MENTOR_CHOICES)
        female = d.chance(0.55 if mentee else 0.5)
        name = d.name(origin, female)
        municipality, postcode, region = d.pick(PLACE_CHOICES)
        local = {"vl": "nl", "wal": "fr"}.get(region) or d.rng.choice(("nl", "fr"))
        if mentee:
            profile = d.pick(PROFILE_CHOICES)
        else:
            profile = RECRUITER if d.chance(RECRUITER_SHARE) else d.pick(MENTOR_PROFILE_CHOICES)
        coach = d.rng.choice(self.staff_ids)
        path = self.path(role, origin, local, coach)
        person = Participant(
            id=d.uid(),
            role=role,
            given_name=name.given,
            family_name=name.family,
            email=name.email(d.rng.choice(EMAIL_DOMAINS)) if d.chance(0.92) else "",
            phone=self.phone() if d.chance(0.95) else "",
            municipality=municipality,
            postcode=postcode,
            mobility=d.rng.choice(MOBILITY),
            interests=", ".join(d.rng.sample(INTERESTS, d.rng.randint(1, 3))),
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
            *targets(d, role, profile),
            *languages(d, role, origin, local, path, born_here=person.arrival_year is None),
            *consents(d, role, path),
            *([path.screening] if path.screening else []),
        ]
        return Person(person, path, name, origin, records, cv=mentee and d.chance(CV_SHARE))

    def phone(self) -> str:
        digits = (self.draws.rng.randint(10, 99) for _ in range(3))
        return f"+32 4{self.draws.rng.randint(60, 99)} " + " ".join(str(d) for d in digits)

    def interviewer(self, coach: str) -> str:
        return coach if self.draws.chance(0.8) else self.draws.rng.choice(self.staff_ids)

    def info_session(self, path: Path) -> date | None:
        d = self.draws
        if path.interviewed is None:
            return d.between(path.registered, d.today) if d.chance(0.4) else None
        return d.between(path.registered, path.interviewed - timedelta(days=1))

    def path(self, role: Role, origin: Origin, local: str, coach: str) -> Path:
        d = self.draws
        outcome = d.pick(OUTCOMES[role])
        if outcome is Status.REGISTERED:
            return Path([(Status.REGISTERED, d.days_before(d.today, 0, 30))])
        if outcome is Status.INTERVIEWED:
            interviewed = d.days_before(d.today, 0, 20)
        else:
            # Acceptances spread over half a year: the waiting list has short and long waits.
            decided = d.days_before(d.today, 0, 182 if outcome is Status.ACCEPTED else 270)
            interviewed = d.days_before(decided, 2, 14)
        registered = d.days_before(interviewed, 7, 40)
        path = Path([(Status.REGISTERED, registered), (Status.INTERVIEWED, interviewed)])
        if outcome is Status.INTERVIEWED:
            return path
        path.steps.append((outcome, decided))
        reason = referred_to = ""
        if outcome is Status.REFUSED:
            # A work permit is no question for EU citizens.
            refusals = [r for r in REFUSALS[role] if r[0] != "permit" or origin.country not in EU]
            path.hint, reason = d.rng.choice(refusals)
        elif outcome is Status.REFERRED:
            # Nobody is sent to a course in a language they already speak.
            speaks_local = local in origin.languages
            referrals = [r for r in REFERRALS if r[0] != "language" or not speaks_local]
            path.hint, referred_to, reason = d.rng.choice(referrals)
            referred_to = referred_to.format(language=LANGUAGE_NAMES[local])
            reason = reason.format(language=LANGUAGE_NAMES[local])
        path.screening = ScreeningDecision(
            id=d.uid(),
            decision=Decision(outcome.value),
            decided_on=decided,
            reason=reason,
            referred_to=referred_to,
            decided_by=coach,
        )
        return path

    def mentee(
        self, origin: Origin, profile: Profile, path: Path, female: bool, region: str
    ) -> dict[str, Any]:
        d = self.draws
        age = d.rng.randint(22, 55)
        years_here = d.rng.randint(0, 6) if d.chance(0.9) else d.rng.randint(7, 12)
        years_here = min(years_here, age - 18)
        arrived = d.today.year - years_here
        years = d.rng.randint(0, min(20, max(0, age - years_here - 22)))  # before arrival
        if path.hint == "permit":
            right = d.rng.choice((RightToWork.PENDING, RightToWork.NO))
        elif origin.country in EU:  # EU citizens may work in Belgium
            right = RightToWork.YES
        else:
            right = d.pick(
                ((RightToWork.YES, 85), (RightToWork.PENDING, 10), (RightToWork.UNKNOWN, 5))
            )
        studied_here = d.chance(0.1)
        level = "doctorate" if profile.level == "master" and d.chance(0.08) else profile.level
        summary = (
            f"{years_text(years)} as {with_article(profile.title)} in {origin.country_name}."
            if years
            else f"No paid work yet; internships during the {profile.field} studies."
        )
        if d.chance(0.45):
            summary += f" In Belgium since {arrived}: {d.rng.choice(BRIDGE_JOBS)}."
        changes: dict[str, Any] = {
            "year_of_birth": d.today.year - age,
            "country_of_origin": origin.country,
            "arrival_year": arrived,
            "right_to_work": right,
            "diploma_level": level,
            "diploma_field": profile.field,
            "diploma_country": "BE" if studied_here else origin.country,
            "diploma_recognised": True
            if studied_here
            else d.pick(((True, 30), (None, 25), (False, 45))),
            "experience_years": years,
            "experience_summary": summary,
            "availability": d.slots(SLOTS, 2, 6),
        }
        if d.chance(0.85):
            partner = d.rng.choice(PARTNERS[region])
            contact = d.name(MENTOR_ORIGINS[0 if region == "vl" else 1], d.chance(0.6))
            job = d.rng.choice(("job coach", "social worker", "integration counsellor"))
            changes["referral_partner"] = partner
            changes["referral_contact"] = f"{contact.given} {contact.family}, {job}"
        else:
            changes["referral_partner"] = d.rng.choice(("word of mouth", "website"))
        if path.interviewed is None:
            return changes
        motivation = d.rng.choice(MENTEE_MOTIVATION if years else MENTEE_MOTIVATION[1:])
        preferred = d.pick((("", 85), ("female", 11), ("male", 4)))
        changes |= {
            "motivation": motivation.format(
                job=with_article(profile.title),
                years=years_text(years),
                country=origin.country_name,
                sector=SECTORS[profile.sector],
            ),
            "openness_to_feedback": d.pick(((2, 1), (3, 4), (4, 6), (5, 4))),
            "actively_searching": d.chance(0.8),
            "preferences": d.rng.choice(PREFERENCES),
            "preferred_mentor_gender": preferred,
            "preferred_mentor_age": d.pick(MENTOR_AGE_PREFERENCES),
            # Gender is kept only where it serves a stated matching preference.
            "gender": ("female" if female else "male") if preferred else "",
            "specific_needs": d.rng.choice(NEEDS) if d.chance(0.15) else "",
            "domain_needs": {domain: d.rng.randint(1, 5) for domain in DOMAINS},
        }
        return changes

    def mentor(
        self, origin: Origin, profile: Profile, path: Path, female: bool, interests: str
    ) -> dict[str, Any]:
        d = self.draws
        age = d.rng.randint(27, 66)
        retired = age >= 63 and d.chance(0.6)
        years = d.rng.randint(2, min(35, age - 22))
        born_here = origin.country == "BE" or (origin.country != "NL" and d.chance(0.6))
        arrived = None if born_here else d.today.year - d.rng.randint(8, min(30, age - 18))
        employer = d.rng.choice(EMPLOYERS[profile.sector].split(", "))
        senior = years > 12 and d.chance(0.3)
        title = f"{'retired' if retired else 'senior' if senior else ''} {profile.title}".strip()
        sector = SECTORS[profile.sector]
        slots = SLOTS if retired else [slot for slot in SLOTS if not slot.endswith("-day")]
        generalist = profile == RECRUITER or (
            profile.title == "HR officer" and d.chance(HR_OFFICER_GENERALIST)
        )
        changes: dict[str, Any] = {
            "year_of_birth": d.today.year - age,
            "country_of_origin": "BE" if born_here else origin.country,
            "arrival_year": arrived,
            "gender": "female" if female else "male",  # what mentees' preferences meet
            "experience_years": years,
            "experience_summary": f"{years} years in {sector}, "
            + (f"until retirement at {employer}." if retired else f"now at {employer}."),
            "employer": "" if retired else employer,
            "job_title": title,
            "capacity": d.pick(((1, 55), (2, 33), (3, 12))),
            "generalist": generalist,
            "availability": d.slots(slots, 2, 5),
            "linkedin": f"https://www.linkedin.com/in/demo-{d.rng.getrandbits(32):08x}"
            if d.chance(0.7)
            else "",
        }
        if path.interviewed is None:
            return changes
        if retired:
            last = with_article(profile.title)
            work = f"I worked for {years} years in {sector}, lastly as {last}."
        else:
            work = f"I work as {with_article(title)} at {employer}, with {years} years in {sector}."
        offer = GENERALIST_OFFER if generalist else d.rng.choice(MENTOR_OFFERS)
        sentences = [work, offer.format(sector=sector)]
        if arrived is not None and d.chance(0.7):
            sentences.append(
                f"I came to Belgium {d.today.year - arrived} years ago myself and remember "
                "how hard the first job was."
            )
        if d.chance(0.6):
            sentences.append(f"In my free time I enjoy {interests}.")
        changes |= {
            "motivation": d.rng.choice(MENTOR_MOTIVATION).format(sector=sector),
            "qualities": ", ".join(d.rng.sample(QUALITIES, 3)),
            "short_profile": " ".join(sentences),
        }
        if path.decided is not None and path.status is Status.ACCEPTED and d.chance(0.75):
            training = path.decided + timedelta(days=d.rng.randint(3, 45))
            if training <= d.today:
                changes["training_on"] = training
        return changes
