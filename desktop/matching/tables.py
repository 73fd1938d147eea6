"""Each score component for every pair of distinct keys, as a small numpy table.

Thousands of people share far fewer distinct keys: a few hundred places, a handful of
preference pairs, the same language profiles again and again. `matrix` scores each distinct
pair of keys once, here, and looks every person pair up in the table. Codes become
incidence matrices (one row per key, one column per code), so "how many codes do these two
share" is one matrix product. Every fraction is computed with the float operations of
`scoring`, so the tables hold exactly the scalar fractions.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import numpy as np

from desktop.matching import features as f

# (occupations, sectors, eligible for a generalist): the mentee's wish or the mentor's offer.
JobKey = tuple[tuple[str, ...], tuple[str, ...], bool]
# (postcode, municipality key, drives) of a mentee; a mentor's has no third item.
Visit = tuple[str, str, bool]
Home = tuple[str, str]

# Each NACE section -> the sections related to it.
_RELATED_TO = {
    code: frozenset(other for pair in f.RELATED_SECTORS if code in pair for other in pair - {code})
    for pair in f.RELATED_SECTORS
    for code in pair
}
_LEVEL_STEPS = sorted(set(f.LEVEL_FRACTION.values()))
_AGE_INDEX = {band: i for i, band in enumerate(f.AGE_BANDS)}


def _numbered(
    items: Sequence[Iterable[str]], vocabulary: dict[str, int], grow: bool
) -> tuple[list[int], list[int]]:
    """(row, column) of each code of each item; new codes are numbered only when `grow`."""
    rows: list[int] = []
    columns: list[int] = []
    for row, keys in enumerate(items):
        for key in keys:
            column = vocabulary.setdefault(key, len(vocabulary)) if grow else vocabulary.get(key)
            if column is not None:
                rows.append(row)
                columns.append(column)
    return rows, columns


def _incidence(
    located: tuple[list[int], list[int]], count: int, width: int, values: object = 1.0
) -> np.ndarray:
    # float32 counts are exact far beyond any number of codes a person has.
    out = np.zeros((count, width), dtype=np.float32)
    out[located] = values
    return out


def shared_counts(left: Sequence[Iterable[str]], right: Sequence[Iterable[str]]) -> np.ndarray:
    """How many codes each left item shares with each right item (float32, exact counts)."""
    # A code only one side has is never shared: number the smaller side's codes and look the
    # other side's up, so one mentee among thousands of mentors costs a handful of columns.
    flipped = len(left) > len(right)
    small, large = (right, left) if flipped else (left, right)
    vocabulary: dict[str, int] = {}
    located_small = _numbered(small, vocabulary, grow=True)
    located_large = _numbered(large, vocabulary, grow=False)
    width = len(vocabulary)
    counts = (
        _incidence(located_small, len(small), width)
        @ _incidence(located_large, len(large), width).T
    )
    return counts.T if flipped else counts


def _flags(values: Iterable[bool]) -> np.ndarray:
    return np.fromiter(values, dtype=bool)


def job_table(wishes: Sequence[JobKey], offers: Sequence[JobKey]) -> np.ndarray:
    """Job fractions: occupation, sector, related work, generalist after the wait."""
    wanted = [occupations for occupations, _, _ in wishes]
    offered = [occupations for occupations, _, _ in offers]
    sectors = [sectors for _, sectors, _ in wishes]
    mentor_sectors = [sectors for _, sectors, _ in offers]
    related = [{other for code in codes for other in _RELATED_TO.get(code, ())}
               for codes in sectors]  # fmt: skip
    due = _flags(due for _, _, due in wishes)
    generalists = _flags(generalist for _, _, generalist in offers)
    job = np.where(due[:, None] & generalists[None, :], f.GENERALIST, 0.0)
    related_work = shared_counts(
        [f.related_work_tokens(tuple(codes)) for codes in wanted],
        [f.work_tokens(tuple(codes)) for codes in offered],
    )
    job[(related_work > 0) | (shared_counts(related, mentor_sectors) > 0)] = f.RELATED
    job[shared_counts(sectors, mentor_sectors) > 0] = f.SAME_SECTOR
    job[shared_counts(wanted, offered) > 0] = f.SAME_OCCUPATION
    return job


def place_table(visits: Sequence[Visit], homes: Sequence[Home]) -> np.ndarray:
    """Place fractions: postcode or municipality, distance, a mentee who drives."""
    here = np.array([int(code or -1) for code, _, _ in visits], dtype=np.int64)
    there = np.array([int(code or -1) for code, _ in homes], dtype=np.int64)
    towns: dict[str, int] = {}
    # An empty municipality never matches: -1 on the mentee side, -2 on the mentor side.
    town_here = np.array(
        [towns.setdefault(town, len(towns)) if town else -1 for _, town, _ in visits],
        dtype=np.int64,
    )
    town_there = np.array([towns.get(town, -3) if town else -2 for _, town in homes], np.int64)
    base = np.where(
        (here // 100)[:, None] == (there // 100)[None, :],
        f.SAME_AREA,
        np.where((here // 1000)[:, None] == (there // 1000)[None, :], f.SAME_PROVINCE, f.FAR),
    )
    drivers = _flags(drives for _, _, drives in visits)
    base[drivers] = np.minimum(1.0, base[drivers] + f.DRIVER_BONUS)
    unknown = (here < 0)[:, None] | (there < 0)[None, :]
    same = ((here[:, None] == there[None, :]) & ~unknown) | (town_here[:, None] == town_there)
    return np.where(same, f.SAME_PLACE, np.where(unknown, f.UNKNOWN_PLACE, base))


def availability_table(
    mine: Sequence[frozenset[str]], theirs: Sequence[frozenset[str]]
) -> np.ndarray:
    """Availability fractions: common slots over min(2, slots of either side)."""
    # shared / min(len(mine), len(theirs), 2) is shared * max(1/len) over sizes clipped to 1..2:
    # halves and wholes, so the product is exactly the scalar quotient.
    inverse_mine = np.array([1 / min(max(len(s), 1), f.SLOTS_FOR_FULL_FIT) for s in mine])
    inverse_theirs = np.array([1 / min(max(len(s), 1), f.SLOTS_FOR_FULL_FIT) for s in theirs])
    fit = shared_counts(mine, theirs) * np.maximum(inverse_mine[:, None], inverse_theirs)
    np.minimum(fit, 1.0, out=fit)
    fit[[not s for s in mine], :] = f.UNKNOWN_AVAILABILITY
    fit[:, [not s for s in theirs]] = f.UNKNOWN_AVAILABILITY
    return fit


def language_table(
    mine: Sequence[tuple[tuple[str, str], ...]], theirs: Sequence[frozenset[str]]
) -> np.ndarray:
    """Language fractions: the mentee's best level among usable common languages (0: none)."""
    vocabulary: dict[str, int] = {}
    located_mine = _numbered([[code for code, _ in usable] for usable in mine], vocabulary, True)
    located_theirs = _numbered(theirs, vocabulary, grow=False)
    width = len(vocabulary)
    fractions = [f.LEVEL_FRACTION[level] for usable in mine for _, level in usable]
    levels = _incidence(located_mine, len(mine), width, fractions)
    spoken = _incidence(located_theirs, len(theirs), width).T
    best = np.zeros((len(mine), len(theirs)))
    # Each step overwrites the pairs that share a language at that level or better.
    for step in _LEVEL_STEPS:
        best[(levels >= np.float32(step)).astype(np.float32) @ spoken > 0] = step
    return best


def preference_table(
    wishes: Sequence[tuple[str, str]], offers: Sequence[tuple[str, str]]
) -> np.ndarray:
    """Preference fractions: the share of (gender, age band) wishes the mentor meets."""
    genders: dict[str, int] = {}
    wanted = np.array(
        [genders.setdefault(gender, len(genders)) if gender else -1 for gender, _ in wishes],
        dtype=np.int64,
    )
    offered = np.array([genders.get(gender, -2) for gender, _ in offers], dtype=np.int64)
    band = np.array([_AGE_INDEX.get(band, -1) for _, band in wishes], dtype=np.int64)
    ages = np.array([_AGE_INDEX.get(band, -2) for _, band in offers], dtype=np.int64)
    stated = ((wanted >= 0).astype(np.int64) + (band >= 0))[:, None]
    met = (wanted[:, None] == offered[None, :]).astype(np.int64) + (band[:, None] == ages[None, :])
    return np.where(stated == 0, 1.0, met / np.maximum(stated, 1))


def interest_table(mine: Sequence[str], theirs: Sequence[str]) -> np.ndarray:
    """Interest fractions: shared interests over 2, at most 1."""
    shared = shared_counts(
        [f.interest_items(text).keys() for text in mine],
        [f.interest_items(text).keys() for text in theirs],
    )
    return np.minimum(1.0, np.divide(shared, f.INTERESTS_FOR_FULL_FIT, dtype=np.float64))
