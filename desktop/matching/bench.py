"""How fast matching is on a large, realistic but invented pool (no I/O, seeded).

    bench_suggest()   # median ms: suggestions for one mentee among 2,000 mentors
    bench_pool(2000)  # median s: the whole-pool proposal, 2,000 mentees x 2,000 mentors

Targets on a 2-core laptop: 20 ms for suggestions, 0.5 s for 500 x 500, 2 s for 2,000 x 2,000.
"""

from __future__ import annotations

import random
import statistics
import time
from datetime import date, timedelta

from desktop.matching.assignment import propose_pool
from desktop.matching.features import SLOT_ORDER
from desktop.matching.profiles import Declined, MatchProfile
from desktop.matching.suggest import suggest_mentors
from desktop.matching.weights import MatchSettings

TODAY = date(2026, 9, 1)

_SECTORS = "JJMMKQQPCFGHNOIR"
_OCCUPATIONS = (
    "21", "21", "22", "23", "24", "24", "25", "25", "26", "31", "33", "34", "41", "42", "51",
    "52", "71", "72", "83", "12", "13", "2", "3",
)  # fmt: skip
_PLACES = (
    ("1000", "Brussel"), ("1030", "Schaerbeek"), ("1080", "Molenbeek-Saint-Jean"),
    ("1800", "Vilvoorde"), ("2000", "Antwerpen"), ("2060", "Antwerpen"), ("2800", "Mechelen"),
    ("3000", "Leuven"), ("3500", "Hasselt"), ("3600", "Genk"), ("4000", "Liège"),
    ("5000", "Namur"), ("6000", "Charleroi"), ("8000", "Brugge"), ("8500", "Kortrijk"),
    ("9000", "Gent"), ("9040", "Sint-Amandsberg"), ("9300", "Aalst"), ("", "Gent"), ("", ""),
)  # fmt: skip
_MOBILITY = (
    "public transport", "bike, public transport", "car, driving licence B", "rijbewijs B",
    "geen rijbewijs, fiets", "permis B, voiture", "on foot", "",
)  # fmt: skip
_HOME_LANGUAGES = ("ar", "ti", "uk", "fa", "ps", "es", "pt", "tr", "ru", "so", "am", "ku")
_INTERESTS = (
    "football", "chess", "cooking", "cuisine libanaise", "randonnée", "voetbal", "lezen",
    "photography", "Fotografie", "music", "gardening", "tuinieren", "running", "yoga",
    "theatre", "volunteering", "history", "coding", "painting", "jazz", "cycling", "fietsen",
)  # fmt: skip
_LEVELS = ("A1", "A2", "A2", "B1", "B1", "B2", "C1", "")


def _profile(rng: random.Random, role: str, number: int) -> MatchProfile:
    mentee = role == "mentee"
    postcode, municipality = rng.choice(_PLACES)
    languages = {"nl": rng.choice(_LEVELS) if mentee else rng.choice(("native", "native", "C1"))}
    if mentee:
        languages[rng.choice(_HOME_LANGUAGES)] = "native"
    elif rng.random() < 0.2:
        languages[rng.choice(_HOME_LANGUAGES)] = rng.choice(("B1", "native"))
    for extra in ("en", "fr"):
        if rng.random() < 0.6:
            languages[extra] = rng.choice(("A1", "B1", "B2", "C1", "native"))
    capacity = rng.randint(1, 3)
    return MatchProfile(
        id=f"{role}-{number:05d}",
        role=role,
        sectors=tuple(rng.sample(_SECTORS, rng.randint(1, 2))),
        occupations=tuple(rng.sample(_OCCUPATIONS, rng.randint(0, 2))),
        postcode=postcode,
        municipality=municipality,
        mobility=rng.choice(_MOBILITY),
        languages=languages,
        availability=tuple(rng.sample(SLOT_ORDER, rng.randint(0, 5))),
        gender=rng.choice(("female", "male", "female", "male", "other", "")),
        year_of_birth=rng.randint(1955, 2004),
        interests=", ".join(rng.sample(_INTERESTS, rng.randint(0, 4))),
        preferred_mentor_gender=rng.choice(("", "", "", "", "female", "male")) if mentee else "",
        preferred_mentor_age=rng.choice(("", "", "", "", "", "under-35", "over-50"))
        if mentee
        else "",
        waiting_since=TODAY - timedelta(days=rng.randint(0, 300)) if mentee else None,
        accepted=rng.random() < 0.95,
        generalist=not mentee and rng.random() < 0.1,
        capacity=capacity,
        open_matches=0 if mentee else rng.randint(0, capacity),
    )


def sample_pool(
    mentees: int, mentors: int, seed: int = 2026
) -> tuple[list[MatchProfile], list[MatchProfile], Declined]:
    """An invented pool: mentees, mentors (capacity 1-3) and a few declined pairs."""
    rng = random.Random(seed)
    waiting = [_profile(rng, "mentee", i) for i in range(mentees)]
    volunteers = [_profile(rng, "mentor", i) for i in range(mentors)]
    declined = frozenset(
        (rng.choice(waiting).id, rng.choice(volunteers).id)
        for _ in range(min(mentees, mentors) // 10)
    )
    return waiting, volunteers, declined


def bench_suggest(n_mentors: int = 2000, runs: int = 15) -> float:
    """Median milliseconds to rank and explain mentors for one mentee."""
    mentees, mentors, declined = sample_pool(runs, n_mentors)
    settings = MatchSettings()
    times = []
    for mentee in mentees:
        start = time.perf_counter()
        suggest_mentors(mentee, mentors, settings, declined, TODAY)
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def bench_pool(n: int, runs: int = 3) -> float:
    """Median seconds for the whole-pool proposal of n mentees and n mentors."""
    mentees, mentors, declined = sample_pool(n, n)
    settings = MatchSettings()
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        propose_pool(mentees, mentors, settings, declined, TODAY)
        times.append(time.perf_counter() - start)
    return statistics.median(times)
