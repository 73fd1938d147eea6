"""Every mentee scored against every mentor at once, as numpy arrays.

The whole pool is millions of pairs; Python per pair would take minutes. Each component
reads a key from every person (`features`), scores each distinct pair of keys once
(`tables`), and looks every person pair up in that table. The fractions are exactly those of
`scoring.score_pair`, summed with the same float operations in the same order, so a total
here equals the scalar total; only explanations are left to the scalar path, for the few
pairs a coach will read.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

import numpy as np

from desktop.matching import features as f
from desktop.matching import tables
from desktop.matching.profiles import Declined, MatchProfile, days_waited, free_places
from desktop.matching.scoring import EXCLUSION_ORDER, Component, Exclusion
from desktop.matching.weights import MatchSettings

_CODE = {reason: i + 1 for i, reason in enumerate(EXCLUSION_ORDER)}
_Table = Callable[[list[Any], list[Any]], np.ndarray]


@dataclass(frozen=True)
class ScoreMatrix:
    """Scores of all pairs: row i is mentees[i], column j is mentors[j]."""

    total: np.ndarray  # float64, 0-100
    job: np.ndarray  # float64, the job fraction (0 = no job fit)
    exclusion: np.ndarray  # int8: 0 = none, k = EXCLUSION_ORDER[k - 1]


def exclusion_of(code: int) -> Exclusion | None:
    """The hard rule an exclusion code stands for."""
    return EXCLUSION_ORDER[code - 1] if code else None


@dataclass(frozen=True)
class _Lookup:
    """A table over distinct keys, and where each mentee and mentor finds their key."""

    table: np.ndarray
    rows: np.ndarray
    columns: np.ndarray

    def pairs(self, table: np.ndarray | None = None) -> np.ndarray:
        """The table (or a table of the same shape) spread over every mentee-mentor pair."""
        chosen = self.table if table is None else table
        return chosen[self.rows[:, None], self.columns[None, :]]


def _distinct(keys: Iterable[Hashable]) -> tuple[list[Any], np.ndarray]:
    """The distinct keys in first-seen order, and each item's position among them."""
    seen: dict[Hashable, int] = {}
    positions = [seen.setdefault(key, len(seen)) for key in keys]
    return list(seen), np.asarray(positions, dtype=np.intp)


def _lookup(
    table: _Table, mentee_keys: Iterable[Hashable], mentor_keys: Iterable[Hashable]
) -> _Lookup:
    wishes, rows = _distinct(mentee_keys)
    offers, columns = _distinct(mentor_keys)
    return _Lookup(table(wishes, offers), rows, columns)


def _lookups(
    mentees: Sequence[MatchProfile], mentors: Sequence[MatchProfile], due: list[bool], today: date
) -> dict[Component, _Lookup]:
    return {
        Component.JOB: _lookup(
            tables.job_table,
            ((f.codes(p.occupations), f.codes(p.sectors, True), ok)
             for p, ok in zip(mentees, due, strict=True)),
            ((f.codes(p.occupations), f.codes(p.sectors, True), p.generalist) for p in mentors),
        ),
        Component.PLACE: _lookup(
            tables.place_table,
            ((f.postcode(p.postcode), f.place_key(p.municipality), f.drives(p.mobility))
             for p in mentees),
            ((f.postcode(p.postcode), f.place_key(p.municipality)) for p in mentors),
        ),
        Component.AVAILABILITY: _lookup(
            tables.availability_table,
            (f.slots(p.availability) for p in mentees),
            (f.slots(p.availability) for p in mentors),
        ),
        Component.LANGUAGES: _lookup(
            tables.language_table,
            (tuple(f.usable_languages(p.languages).items()) for p in mentees),
            (frozenset(f.usable_languages(p.languages)) for p in mentors),
        ),
        Component.PREFERENCES: _lookup(
            tables.preference_table,
            ((f.gender(p.preferred_mentor_gender), f.stated_age_band(p.preferred_mentor_age))
             for p in mentees),
            ((f.gender(p.gender), f.age_band(p.year_of_birth, today)) for p in mentors),
        ),
        Component.INTERESTS: _lookup(
            tables.interest_table, (p.interests for p in mentees), (p.interests for p in mentors)
        ),
    }  # fmt: skip


def _exclusions(
    mentees: Sequence[MatchProfile],
    mentors: Sequence[MatchProfile],
    declined: Declined,
    languages: _Lookup,
) -> np.ndarray:
    no_common = np.where(languages.table == 0, _CODE[Exclusion.NO_COMMON_LANGUAGE], 0)
    codes = languages.pairs(no_common.astype(np.int8))
    row = {p.id: i for i, p in enumerate(mentees)}
    column = {p.id: j for j, p in enumerate(mentors)}
    for mentee_id, mentor_id in declined:
        if mentee_id in row and mentor_id in column:
            codes[row[mentee_id], column[mentor_id]] = _CODE[Exclusion.DECLINED]
    codes[:, [free_places(p) <= 0 for p in mentors]] = _CODE[Exclusion.AT_CAPACITY]
    codes[[not p.accepted for p in mentees], :] = _CODE[Exclusion.NOT_ACCEPTED]
    codes[:, [not p.accepted for p in mentors]] = _CODE[Exclusion.NOT_ACCEPTED]
    return codes


def score_matrix(
    mentees: Sequence[MatchProfile],
    mentors: Sequence[MatchProfile],
    settings: MatchSettings,
    declined: Declined,
    today: date,
) -> ScoreMatrix:
    """Totals, job fractions and hard-rule exclusions of every mentee-mentor pair."""
    waited = [days_waited(p, today) for p in mentees]
    due = [days >= settings.generalist_after_days for days in waited]
    waiting = np.array(
        [0.0 if p.waiting_since is None else min(1.0, days / f.WAIT_FOR_FULL_FIT)
         for p, days in zip(mentees, waited, strict=True)],
        dtype=np.float64,
    )[:, None]  # fmt: skip
    lookups = _lookups(mentees, mentors, due, today)
    weights = settings.weights.as_dict()
    weight_sum = sum(weights.values())
    total = np.zeros((len(mentees), len(mentors)))
    # The scalar score adds weight * fraction in component order. Weighting the small table
    # before the look-up gives the same products; a weight of 0 adds 0.0, so it is skipped.
    for component in Component:
        weight = weights[component]
        if not weight:
            continue
        if component is Component.WAITING:
            total += weight * waiting
        else:
            total += lookups[component].pairs(weight * lookups[component].table)
    if weight_sum:
        total = total / weight_sum * 100
    job = lookups[Component.JOB].pairs()
    exclusions = _exclusions(mentees, mentors, declined, lookups[Component.LANGUAGES])
    return ScoreMatrix(total, job, exclusions)
