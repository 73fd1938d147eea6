"""The score of one mentee-mentor pair, component by component, with the reason for each part.

A score only proposes; the coach decides (domain.md, step 5). Each component gives a fraction
from 0 to 1 and a reason code; the total is the weighted mean of the fractions, times 100:
sum(weight × fraction) / sum(weights) × 100, or 0 when every weight is 0.

- job: the same occupation code 1.0, a shared NACE section 0.7, an occupation in the same
  related occupation (`features.RELATED_OCCUPATIONS`) or a related section
  (`features.RELATED_SECTORS`) 0.4, a generalist mentor
  0.3 but only once the mentee has waited `generalist_after_days`, else 0 ("none").
- place: the same postcode or municipality 1.0, the first two postcode digits 0.7, the first
  digit 0.4, else 0.1; a mentee who drives gets +0.2 (up to 1) on a known distance ("mobile"
  is then the last value); an unknown postcode on either side is 0.5 ("unknown").
- availability: common slots over min(2, slots of either side); 0.5 when a side is unknown.
- languages: the best level of the mentee among the languages both speak at A2 or better
  (A2 0.4, B1 0.6, B2 0.8, C1, C2, native or unstated 1.0); none is a hard exclusion.
- preferences: the share of the mentee's stated preferences (gender, age band) the mentor
  meets; 1.0 when none is stated.
- interests: shared interests (folded) over 2, at most 1.
- waiting: days waited over 180, at most 1; the same for every mentor of one mentee, it lets
  a long wait win a contested mentor in the whole-pool proposal.

A part's values say what its reason is about: the shared occupation or section codes; for a
related job (the mentee's code, the mentor's code); the postcode, municipality (as the mentee
wrote it), two or one postcode digits, then "mobile" if driving helped; the common slots in
week order; each common language with the mentee's level, best first ("nl", "B2", …; "" is
unstated); the preferences met ("female", "over-50"); the shared interests as the mentee wrote
them; the days waited.

Hard rules, checked in this order, exclude a pair (`exclusion`): either side not accepted, the
mentor at capacity, a declined pair, no common language.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from desktop.matching import features as f
from desktop.matching.profiles import Declined, MatchProfile, days_waited, free_places
from desktop.matching.weights import MatchSettings


class Component(StrEnum):
    """The parts of a match score, in the order they are explained."""

    JOB = "job"
    PLACE = "place"
    AVAILABILITY = "availability"
    LANGUAGES = "languages"
    PREFERENCES = "preferences"
    INTERESTS = "interests"
    WAITING = "waiting"


class Exclusion(StrEnum):
    """Why a pair is never ranked nor proposed."""

    AT_CAPACITY = "at-capacity"
    DECLINED = "declined"
    NOT_ACCEPTED = "not-accepted"
    NO_COMMON_LANGUAGE = "no-common-language"


# The order in which hard rules are checked: the first that applies is the reason given.
EXCLUSION_ORDER = (
    Exclusion.NOT_ACCEPTED,
    Exclusion.AT_CAPACITY,
    Exclusion.DECLINED,
    Exclusion.NO_COMMON_LANGUAGE,
)


# Every reason code a part can carry, for the words that explain them.
REASONS: dict[Component, tuple[str, ...]] = {
    Component.JOB: (
        "same-occupation", "same-sector", "related-occupation", "related-sector", "generalist",
        "none",
    ),
    Component.PLACE: (
        "same-postcode", "same-municipality", "same-area", "same-province", "far", "unknown",
    ),
    Component.AVAILABILITY: ("shared", "none", "unknown"),
    Component.LANGUAGES: ("common", "none"),
    Component.PREFERENCES: ("none-stated", "met", "partly-met", "not-met"),
    Component.INTERESTS: ("shared", "none", "unknown"),
    Component.WAITING: ("waited", "unknown"),
}  # fmt: skip


@dataclass(frozen=True)
class Part:
    """One component of one pair's score."""

    component: Component
    fraction: float  # 0..1, how well this component fits
    points: float  # what it adds to the 0-100 total
    reason: str  # a code: "same-occupation", "same-area", "unknown", …
    values: tuple[str, ...]  # what the reason is about: shared codes, levels, a day count


@dataclass(frozen=True)
class PairScore:
    """The total score of a pair and its explanation."""

    mentee_id: str
    mentor_id: str
    total: float
    parts: tuple[Part, ...]


@dataclass(frozen=True)
class _Fit:
    fraction: float
    reason: str
    values: tuple[str, ...] = ()


def exclusion(mentee: MatchProfile, mentor: MatchProfile, declined: Declined) -> Exclusion | None:
    """The hard rule that keeps this pair out of every list, or None."""
    if not (mentee.accepted and mentor.accepted):
        return Exclusion.NOT_ACCEPTED
    if free_places(mentor) <= 0:
        return Exclusion.AT_CAPACITY
    if (mentee.id, mentor.id) in declined:
        return Exclusion.DECLINED
    if f.usable_languages(mentee.languages).keys().isdisjoint(f.usable_languages(mentor.languages)):
        return Exclusion.NO_COMMON_LANGUAGE
    return None


def generalist_due(mentee: MatchProfile, settings: MatchSettings, today: date) -> bool:
    """Whether the mentee has waited long enough for a generalist mentor to count."""
    return days_waited(mentee, today) >= settings.generalist_after_days


def _job(mentee: MatchProfile, mentor: MatchProfile, generalist_ok: bool) -> _Fit:
    wanted, offered = f.codes(mentee.occupations), f.codes(mentor.occupations)
    sectors, mentor_sectors = f.codes(mentee.sectors, True), f.codes(mentor.sectors, True)
    if same := tuple(code for code in wanted if code in offered):
        return _Fit(f.SAME_OCCUPATION, "same-occupation", same)
    if same := tuple(code for code in sectors if code in mentor_sectors):
        return _Fit(f.SAME_SECTOR, "same-sector", same)
    for code in wanted:
        for other in offered:
            if f.related_occupation(code, other):
                return _Fit(f.RELATED, "related-occupation", (code, other))
    for code in sectors:
        for other in mentor_sectors:
            if frozenset((code, other)) in f.RELATED_SECTORS:
                return _Fit(f.RELATED, "related-sector", (code, other))
    if mentor.generalist and generalist_ok:
        return _Fit(f.GENERALIST, "generalist")
    return _Fit(0.0, "none")


def _place(mentee: MatchProfile, mentor: MatchProfile) -> _Fit:
    here, there = f.postcode(mentee.postcode), f.postcode(mentor.postcode)
    if here and here == there:
        return _Fit(f.SAME_PLACE, "same-postcode", (here,))
    town = f.place_key(mentee.municipality)
    if town and town == f.place_key(mentor.municipality):
        return _Fit(f.SAME_PLACE, "same-municipality", (mentee.municipality.strip(),))
    if not (here and there):
        return _Fit(f.UNKNOWN_PLACE, "unknown")
    if here[:2] == there[:2]:
        fit = _Fit(f.SAME_AREA, "same-area", (here[:2],))
    elif here[0] == there[0]:
        fit = _Fit(f.SAME_PROVINCE, "same-province", (here[0],))
    else:
        fit = _Fit(f.FAR, "far")
    if f.drives(mentee.mobility):
        return _Fit(min(1.0, fit.fraction + f.DRIVER_BONUS), fit.reason, (*fit.values, "mobile"))
    return fit


def _availability(mentee: MatchProfile, mentor: MatchProfile) -> _Fit:
    mine, theirs = f.slots(mentee.availability), f.slots(mentor.availability)
    if not (mine and theirs):
        return _Fit(f.UNKNOWN_AVAILABILITY, "unknown")
    shared = mine & theirs
    if not shared:
        return _Fit(0.0, "none")
    needed = min(len(mine), len(theirs), f.SLOTS_FOR_FULL_FIT)
    known = [slot for slot in f.SLOT_ORDER if slot in shared]
    ordered = (*known, *sorted(shared.difference(known)))
    return _Fit(min(1.0, len(shared) / needed), "shared", ordered)


def _languages(mentee: MatchProfile, mentor: MatchProfile) -> _Fit:
    theirs = f.usable_languages(mentor.languages)
    common = [(code, lvl) for code, lvl in f.usable_languages(mentee.languages).items()
              if code in theirs]  # fmt: skip
    if not common:
        return _Fit(0.0, "none")
    common.sort(key=lambda item: (-f.LEVEL_FRACTION[item[1]], item[0]))
    return _Fit(f.LEVEL_FRACTION[common[0][1]], "common", tuple(v for item in common for v in item))


def _preferences(mentee: MatchProfile, mentor: MatchProfile, today: date) -> _Fit:
    stated = met = 0
    kept: list[str] = []
    if wanted := f.gender(mentee.preferred_mentor_gender):
        stated += 1
        if f.gender(mentor.gender) == wanted:
            met += 1
            kept.append(wanted)
    if band := f.stated_age_band(mentee.preferred_mentor_age):
        stated += 1
        if f.age_band(mentor.year_of_birth, today) == band:
            met += 1
            kept.append(band)
    if not stated:
        return _Fit(1.0, "none-stated")
    reason = "met" if met == stated else "partly-met" if met else "not-met"
    return _Fit(met / stated, reason, tuple(kept))


def _interests(mentee: MatchProfile, mentor: MatchProfile) -> _Fit:
    mine, theirs = f.interest_items(mentee.interests), f.interest_items(mentor.interests)
    if not (mine and theirs):
        return _Fit(0.0, "unknown")
    shared = tuple(written for key, written in mine.items() if key in theirs)
    fraction = min(1.0, len(shared) / f.INTERESTS_FOR_FULL_FIT)
    return _Fit(fraction, "shared" if shared else "none", shared)


def _waiting(mentee: MatchProfile, today: date) -> _Fit:
    if mentee.waiting_since is None:
        return _Fit(0.0, "unknown")
    days = days_waited(mentee, today)
    return _Fit(min(1.0, days / f.WAIT_FOR_FULL_FIT), "waited", (str(days),))


def score_pair(
    mentee: MatchProfile, mentor: MatchProfile, settings: MatchSettings, today: date
) -> PairScore:
    """The score of one pair with its explanation; hard rules are checked by `exclusion`."""
    fits = {
        Component.JOB: _job(mentee, mentor, generalist_due(mentee, settings, today)),
        Component.PLACE: _place(mentee, mentor),
        Component.AVAILABILITY: _availability(mentee, mentor),
        Component.LANGUAGES: _languages(mentee, mentor),
        Component.PREFERENCES: _preferences(mentee, mentor, today),
        Component.INTERESTS: _interests(mentee, mentor),
        Component.WAITING: _waiting(mentee, today),
    }
    weights = settings.weights.as_dict()
    weight_sum = sum(weights.values())
    total = 0.0
    parts = []
    for component, fit in fits.items():
        weighted = weights[component] * fit.fraction
        total += weighted
        points = weighted / weight_sum * 100 if weight_sum else 0.0
        parts.append(Part(component, fit.fraction, points, fit.reason, fit.values))
    total = total / weight_sum * 100 if weight_sum else 0.0
    return PairScore(mentee.id, mentor.id, total, tuple(parts))
