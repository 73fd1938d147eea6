"""Scoring one pair, the hard rules, the weights and the suggestion lists (no Qt).

The builders `mentee` and `mentor` make an ordinary, well-matched pair (same occupation,
same town, Dutch in common); each test changes only what it is about.
"""

from __future__ import annotations

import dataclasses
from datetime import date, timedelta

import pytest

from desktop.matching.profiles import MatchProfile
from desktop.matching.scoring import Component, Exclusion, Part, exclusion, score_pair
from desktop.matching.suggest import suggest_mentees, suggest_mentors
from desktop.matching.weights import DEFAULT_WEIGHTS, MatchSettings, Weights

TODAY = date(2026, 9, 1)
SETTINGS = MatchSettings()
NO_DECLINED: frozenset[tuple[str, str]] = frozenset()


def mentee(mentee_id: str = "mentee-amina", **changes: object) -> MatchProfile:
    """A waiting mentee (30 days) who targets software work in Gent."""
    base = MatchProfile(
        id=mentee_id,
        role="mentee",
        sectors=("J",),
        occupations=("25",),
        postcode="9000",
        municipality="Gent",
        mobility="bike, public transport",
        languages={"nl": "B1", "ar": "native"},
        availability=("mon-evening", "sat"),
        gender="female",
        year_of_birth=1991,
        interests="chess; cooking",
        preferred_mentor_gender="",
        preferred_mentor_age="",
        waiting_since=TODAY - timedelta(days=30),
        accepted=True,
        generalist=False,
        capacity=1,
        open_matches=0,
    )
    return dataclasses.replace(base, **changes)  # type: ignore[arg-type]


def mentor(mentor_id: str = "mentor-jan", **changes: object) -> MatchProfile:
    """An accepted mentor with one free place, a software developer in Gent."""
    base = MatchProfile(
        id=mentor_id,
        role="mentor",
        sectors=("J",),
        occupations=("25",),
        postcode="9000",
        municipality="Gent",
        mobility="car",
        languages={"nl": "native", "en": "C1"},
        availability=("mon-evening", "sat", "sun"),
        gender="male",
        year_of_birth=1975,
        interests="Chess, running",
        preferred_mentor_gender="",
        preferred_mentor_age="",
        waiting_since=None,
        accepted=True,
        generalist=False,
        capacity=1,
        open_matches=0,
    )
    return dataclasses.replace(base, **changes)  # type: ignore[arg-type]


def living_in(postcode: str, municipality: str) -> MatchProfile:
    """The standard mentor, living elsewhere."""
    return mentor(postcode=postcode, municipality=municipality)


def part(component: Component, a: MatchProfile, b: MatchProfile, **settings: int) -> Part:
    """The explained part of one component for the pair (a, b)."""
    chosen = dataclasses.replace(SETTINGS, **settings) if settings else SETTINGS
    parts = {p.component: p for p in score_pair(a, b, chosen, TODAY).parts}
    return parts[component]


def fit(
    component: Component, a: MatchProfile, b: MatchProfile
) -> tuple[float, str, tuple[str, ...]]:
    """(fraction rounded, reason, values) of one component for the pair (a, b)."""
    found = part(component, a, b)
    return (round(found.fraction, 9), found.reason, found.values)


# --- the job -----------------------------------------------------------------------------


def test_job_prefers_occupation_then_sector_then_related_work() -> None:
    job = Component.JOB
    assert fit(job, mentee(), mentor()) == (1.0, "same-occupation", ("25",))
    assert fit(job, mentee(), mentor(occupations=("24",))) == (0.7, "same-sector", ("J",))
    related = mentor(occupations=("35",), sectors=("C",))  # ICT technicians
    assert fit(job, mentee(), related) == (0.4, "related-occupation", ("25", "35"))
    # Two professionals of different fields are not related work.
    engineer = mentor(occupations=("21",), sectors=("C",))
    assert fit(job, mentee(), engineer) == (0.0, "none", ())
    consultant = mentor(occupations=("41",), sectors=("M",))
    assert fit(job, mentee(), consultant) == (0.4, "related-sector", ("J", "M"))
    nurse = mentor(occupations=("32",), sectors=("Q",))
    assert fit(job, mentee(), nurse) == (0.0, "none", ())


def test_a_generalist_counts_for_the_job_only_after_the_configured_wait() -> None:
    recruiter = mentor("mentor-thandiwe", occupations=("33",), sectors=("N",), generalist=True)
    new = mentee(waiting_since=TODAY - timedelta(days=55))
    waited = mentee(waiting_since=TODAY - timedelta(days=56))
    assert fit(Component.JOB, new, recruiter) == (0.0, "none", ())
    assert fit(Component.JOB, waited, recruiter) == (0.3, "generalist", ())
    shorter = part(Component.JOB, new, recruiter, generalist_after_days=28)
    assert (shorter.fraction, shorter.reason) == (0.3, "generalist")


# --- the place ---------------------------------------------------------------------------


def test_place_by_postcode_municipality_and_distance() -> None:
    place = Component.PLACE
    assert fit(place, mentee(), mentor()) == (1.0, "same-postcode", ("9000",))
    liege = mentee(postcode="", municipality="Liège")
    assert fit(place, liege, mentor(municipality=" LIEGE ")) == (
        1.0,
        "same-municipality",
        ("Liège",),
    )
    assert fit(place, mentee(), living_in("9040", "Sint-Amandsberg")) == (0.7, "same-area", ("90",))
    assert fit(place, mentee(), living_in("9300", "Aalst")) == (0.4, "same-province", ("9",))
    assert fit(place, mentee(), living_in("1000", "Brussel")) == (0.1, "far", ())
    assert fit(place, mentee(postcode=""), living_in("1000", "Brussel")) == (0.5, "unknown", ())
    assert fit(place, mentee(), living_in("90", "Sint-Amandsberg")) == (0.5, "unknown", ())


@pytest.mark.parametrize(
    ("mobility", "mobile"),
    [
        ("car, driving licence B", True),
        ("Rijbewijs B", True),
        ("permis B et voiture", True),
        ("geen rijbewijs, fiets", False),
        ("pas de permis", False),
        ("no car", False),
        ("public transport, bike", False),
        ("caring for children", False),
    ],
)
def test_a_mentee_who_drives_reaches_further(mobility: str, mobile: bool) -> None:
    found = fit(Component.PLACE, mentee(mobility=mobility), living_in("1000", "Brussel"))
    assert found == ((0.3, "far", ("mobile",)) if mobile else (0.1, "far", ()))


def test_driving_never_lifts_place_above_a_full_fit() -> None:
    driver = mentee(mobility="car")
    assert fit(Component.PLACE, driver, living_in("9040", "Sint-Amandsberg")) == (
        0.9,
        "same-area",
        ("90", "mobile"),
    )
    assert fit(Component.PLACE, driver, mentor()) == (1.0, "same-postcode", ("9000",))


# --- availability, languages, preferences, interests, waiting ----------------------------


def test_availability_is_the_overlap_of_slots() -> None:
    slots = Component.AVAILABILITY
    assert fit(slots, mentee(), mentor()) == (1.0, "shared", ("mon-evening", "sat"))
    assert fit(slots, mentee(), mentor(availability=("sat", "tue-day"))) == (
        0.5,
        "shared",
        ("sat",),
    )
    only_saturday = mentee(availability=("sat",))
    assert fit(slots, only_saturday, mentor()) == (1.0, "shared", ("sat",))
    assert fit(slots, mentee(), mentor(availability=("wed-day",))) == (0.0, "none", ())
    assert fit(slots, mentee(availability=()), mentor()) == (0.5, "unknown", ())


def test_languages_take_the_mentees_best_common_level() -> None:
    languages = Component.LANGUAGES
    assert fit(languages, mentee(), mentor()) == (0.6, "common", ("nl", "B1"))
    bilingual = mentee(languages={"nl": "A2", "en": "b2", "ar": "native"})
    assert fit(languages, bilingual, mentor()) == (0.8, "common", ("en", "B2", "nl", "A2"))
    unstated = mentee(languages={"NL": ""})
    assert fit(languages, unstated, mentor()) == (1.0, "common", ("nl", ""))


def test_preferences_count_the_share_of_stated_wishes_met() -> None:
    prefs = Component.PREFERENCES
    assert fit(prefs, mentee(), mentor()) == (1.0, "none-stated", ())
    wants_woman = mentee(preferred_mentor_gender="female")
    woman = mentor(gender="female", year_of_birth=1970)
    assert fit(prefs, wants_woman, woman) == (1.0, "met", ("female",))
    assert fit(prefs, wants_woman, mentor()) == (0.0, "not-met", ())
    both = mentee(preferred_mentor_gender="female", preferred_mentor_age="over-50")
    assert fit(prefs, both, woman) == (1.0, "met", ("female", "over-50"))  # 56 this year
    assert fit(prefs, both, mentor(gender="female", year_of_birth=1996)) == (
        0.5,
        "partly-met",
        ("female",),
    )
    assert fit(prefs, both, mentor(gender="", year_of_birth=None)) == (0.0, "not-met", ())


def test_interests_are_compared_without_accents_or_case() -> None:
    interests = Component.INTERESTS
    assert fit(interests, mentee(), mentor()) == (0.5, "shared", ("chess",))
    hiker = mentee(interests="Randonnée\nchess;  jazz ")
    both = mentor(interests="randonnee, CHESS")
    assert fit(interests, hiker, both) == (1.0, "shared", ("Randonnée", "chess"))
    assert fit(interests, mentee(), mentor(interests="football")) == (0.0, "none", ())
    assert fit(interests, mentee(interests=""), mentor()) == (0.0, "unknown", ())


def test_waiting_grows_with_the_days_waited_up_to_half_a_year() -> None:
    waiting = Component.WAITING
    assert fit(waiting, mentee(), mentor()) == (round(30 / 180, 9), "waited", ("30",))
    long_wait = mentee(waiting_since=TODAY - timedelta(days=400))
    assert fit(waiting, long_wait, mentor()) == (1.0, "waited", ("400",))
    assert fit(waiting, mentee(waiting_since=None), mentor()) == (0.0, "unknown", ())


# --- the total ---------------------------------------------------------------------------


def test_the_total_is_the_weighted_mean_and_the_parts_add_up_to_it() -> None:
    score = score_pair(mentee(), mentor(), SETTINGS, TODAY)
    weights = DEFAULT_WEIGHTS.as_dict()
    expected = sum(weights[p.component] * p.fraction for p in score.parts) / 31 * 100
    assert score.total == pytest.approx(expected)
    assert sum(p.points for p in score.parts) == pytest.approx(score.total)
    assert [p.component for p in score.parts] == list(Component)
    assert (score.mentee_id, score.mentor_id) == ("mentee-amina", "mentor-jan")


def test_a_component_weighted_zero_has_no_influence() -> None:
    no_place = MatchSettings(weights=Weights(place=0))
    near = score_pair(mentee(), mentor(), no_place, TODAY)
    far = score_pair(mentee(), mentor(postcode="8500", municipality="Kortrijk"), no_place, TODAY)
    assert near.total == far.total
    with_place = score_pair(
        mentee(), mentor(postcode="8500", municipality="Kortrijk"), SETTINGS, TODAY
    )
    assert with_place.total < score_pair(mentee(), mentor(), SETTINGS, TODAY).total


def test_all_weights_zero_gives_a_total_of_zero() -> None:
    silent = MatchSettings(weights=Weights(0, 0, 0, 0, 0, 0, 0))
    score = score_pair(mentee(), mentor(), silent, TODAY)
    assert score.total == 0
    assert all(p.points == 0 for p in score.parts)


# --- hard rules --------------------------------------------------------------------------


def test_hard_rules_exclude_a_pair_with_the_first_reason_that_applies() -> None:
    assert exclusion(mentee(), mentor(), NO_DECLINED) is None
    assert exclusion(mentee(), mentor(open_matches=1), NO_DECLINED) is Exclusion.AT_CAPACITY
    assert exclusion(mentee(), mentor(capacity=2, open_matches=1), NO_DECLINED) is None
    declined = frozenset({("mentee-amina", "mentor-jan")})
    assert exclusion(mentee(), mentor(), declined) is Exclusion.DECLINED
    assert exclusion(mentee(), mentor(accepted=False), NO_DECLINED) is Exclusion.NOT_ACCEPTED
    assert exclusion(mentee(accepted=False), mentor(), NO_DECLINED) is Exclusion.NOT_ACCEPTED
    french = mentor(languages={"fr": "native"})
    assert exclusion(mentee(), french, NO_DECLINED) is Exclusion.NO_COMMON_LANGUAGE
    beginner = mentee(languages={"nl": "A1", "ti": "native"})
    assert exclusion(beginner, mentor(), NO_DECLINED) is Exclusion.NO_COMMON_LANGUAGE
    full_and_declined = mentor(open_matches=1, accepted=False)
    assert exclusion(mentee(), full_and_declined, declined) is Exclusion.NOT_ACCEPTED


# --- weights -----------------------------------------------------------------------------


def test_weights_read_back_from_settings_are_clamped_and_defaulted() -> None:
    assert DEFAULT_WEIGHTS.as_dict() == {
        "job": 10,
        "place": 4,
        "availability": 4,
        "languages": 5,
        "preferences": 3,
        "interests": 2,
        "waiting": 3,
    }
    read = Weights.from_dict({"job": 14, "place": -2, "interests": "7", "waiting": "lots", "x": 1})
    assert read == Weights(job=10, place=0, interests=7)
    assert Weights.from_dict(read.as_dict()) == read
    assert Weights.from_dict({}) == DEFAULT_WEIGHTS
    assert MatchSettings().generalist_after_days == 56
    assert MatchSettings().min_score == 35


# --- suggestions -------------------------------------------------------------------------


def test_mentors_are_ranked_best_first_with_ties_in_id_order() -> None:
    mentors = [
        mentor("mentor-sofie", occupations=("24",)),  # same sector only
        mentor("mentor-hiroshi"),
        mentor("mentor-bogdan"),  # ties with hiroshi
        mentor("mentor-malgorzata", open_matches=1),
        mentor("mentor-kwame", languages={"fr": "native"}),
    ]
    found = suggest_mentors(mentee(), mentors, SETTINGS, NO_DECLINED, TODAY)
    assert [s.score.mentor_id for s in found.ranked] == [
        "mentor-bogdan",
        "mentor-hiroshi",
        "mentor-sofie",
    ]
    assert [s.rank for s in found.ranked] == [1, 2, 3]
    assert found.ranked[0].score == score_pair(mentee(), mentors[2], SETTINGS, TODAY)
    assert [(e.other_id, e.reason) for e in found.excluded] == [
        ("mentor-kwame", Exclusion.NO_COMMON_LANGUAGE),
        ("mentor-malgorzata", Exclusion.AT_CAPACITY),
    ]


def test_the_limit_keeps_the_best_and_every_exclusion_is_still_listed() -> None:
    mentors = [
        mentor(f"mentor-{i:02d}", postcode=f"{9000 + i * 10}", municipality="") for i in range(30)
    ]
    mentors += [mentor("mentor-declined")]
    declined = frozenset({("mentee-amina", "mentor-declined")})
    found = suggest_mentors(mentee(), mentors, SETTINGS, declined, TODAY, limit=5)
    assert [s.score.mentor_id for s in found.ranked] == [
        "mentor-00",
        "mentor-01",
        "mentor-02",
        "mentor-03",
        "mentor-04",
    ]
    assert [e.other_id for e in found.excluded] == ["mentor-declined"]
    assert suggest_mentors(mentee(), mentors, SETTINGS, declined, TODAY, limit=0).ranked == ()


def test_mentees_for_a_mentor_put_the_longer_wait_first() -> None:
    mentees = [
        mentee("mentee-olena", waiting_since=TODAY - timedelta(days=10)),
        mentee("mentee-tesfay", waiting_since=TODAY - timedelta(days=150)),
        mentee("mentee-lan", languages={"vi": "native"}),
    ]
    found = suggest_mentees(mentor(), mentees, SETTINGS, NO_DECLINED, TODAY)
    assert [s.score.mentee_id for s in found.ranked] == ["mentee-tesfay", "mentee-olena"]
    assert [(e.other_id, e.reason) for e in found.excluded] == [
        ("mentee-lan", Exclusion.NO_COMMON_LANGUAGE)
    ]


def test_a_mentor_at_capacity_gets_no_ranked_mentees_either() -> None:
    mentees = [mentee("mentee-olena"), mentee("mentee-tesfay")]
    found = suggest_mentees(mentor(open_matches=1), mentees, SETTINGS, NO_DECLINED, TODAY)
    assert found.ranked == ()
    assert {(e.other_id, e.reason) for e in found.excluded} == {
        ("mentee-olena", Exclusion.AT_CAPACITY),
        ("mentee-tesfay", Exclusion.AT_CAPACITY),
    }


def test_suggestions_for_nobody_are_empty() -> None:
    assert suggest_mentors(mentee(), [], SETTINGS, NO_DECLINED, TODAY).ranked == ()
    empty = suggest_mentees(mentor(), [], SETTINGS, NO_DECLINED, TODAY)
    assert (empty.ranked, empty.excluded) == ((), ())
