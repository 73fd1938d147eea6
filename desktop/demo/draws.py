"""Every random choice of the demo comes from one generator, drawn always in the same order.

    draws = Draws(random.Random(seed), today=date(2026, 9, 1))
    draws.pick([("a", 3), ("b", 1)]); draws.chance(0.4); draws.between(start, end)

So one seed and one reference date give the same people, with the same ids, every time.
"""

from __future__ import annotations

import random
import re
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import TypeVar

from desktop.demo.data import SLOTS, Origin, gendered_form
from storage.folding import fold

T = TypeVar("T")


@dataclass(frozen=True)
class Name:
    """An invented name, in its own script and in the Latin spelling of official papers."""

    given: str
    family: str
    latin_given: str
    latin_family: str

    @property
    def latin(self) -> str:
        """The Latin spelling, as on a residence permit and in the CV."""
        return f"{self.latin_given} {self.latin_family}"

    def email(self, domain: str) -> str:
        """An address at a reserved example domain."""
        given, family = (
            re.sub("[^a-z0-9]", "", fold(part)) for part in (self.latin_given, self.latin_family)
        )
        return f"{given}.{family}@{domain}"


class Draws:
    """Small random draws over one generator; `today` is the day every date leads up to."""

    def __init__(self, rng: random.Random, today: date) -> None:
        self.rng = rng
        self.today = today

    def uid(self) -> str:
        """A record id that the seed decides."""
        return str(uuid.UUID(int=self.rng.getrandbits(128), version=4))

    def pick(self, options: Sequence[tuple[T, int]]) -> T:
        """One option, by its weight."""
        return self.rng.choices([option for option, _ in options], [w for _, w in options])[0]

    def chance(self, probability: float) -> bool:
        """True with the given probability."""
        return self.rng.random() < probability

    def days_before(self, day: date, low: int, high: int) -> date:
        """A day `low` to `high` days before `day`."""
        return day - timedelta(days=self.rng.randint(low, high))

    def between(self, start: date, end: date) -> date:
        """A day from `start` to `end`; `start` when the span is empty."""
        return start + timedelta(days=self.rng.randint(0, max(0, (end - start).days)))

    def name(self, origin: Origin, female: bool) -> Name:
        """A given and a family name of the country, combined at random."""
        given = self.rng.choice(origin.female if female else origin.male)
        family = self.rng.choice(origin.family)
        return Name(
            given[0],
            gendered_form(family[0], female),
            given[1],
            gendered_form(family[1], female),
        )

    def slots(self, population: Sequence[str], low: int, high: int) -> list[str]:
        """`low` to `high` availability slots of `population`, in the week's order."""
        chosen = set(self.rng.sample(population, self.rng.randint(low, high)))
        return [slot for slot in SLOTS if slot in chosen]
