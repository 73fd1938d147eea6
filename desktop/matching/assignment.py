"""The whole-pool proposal: for all waiting mentees at once, the pairs with the best total.

Choosing the best single pair first can force a poor second pair on someone else, so the pool
is an assignment problem: rows are mentees, columns are mentors' free places (a mentor with two
free places is two columns), and `scipy.optimize.linear_sum_assignment` finds the pairs with
the highest sum of totals. A pair may be proposed only when no hard rule excludes it, its job
component is above 0, and its total is above 0 and at least `min_score`; forbidden cells gain
0, which is the same as leaving the mentee unmatched. Waiting raises every pair of a mentee
(the waiting component), so a long wait wins a contested place over an otherwise equal fit.
The coach decides on each proposed pair; nothing here is final.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

import numpy as np

from desktop.matching.matrix import ScoreMatrix, score_matrix
from desktop.matching.profiles import Declined, MatchProfile, free_places
from desktop.matching.scoring import PairScore, score_pair
from desktop.matching.weights import MatchSettings


class Unmatched(StrEnum):
    """Why a waiting mentee gets no proposal this time."""

    NO_ELIGIBLE_MENTOR = "no-eligible-mentor"  # every mentor is excluded by a hard rule
    NO_JOB_FIT = "no-job-fit"  # no job fit (generalists only after the wait)
    BELOW_MIN_SCORE = "below-min-score"  # job fits exist, but every total is too low
    PLACES_TAKEN = "places-taken"  # good places went to better totals or longer waits


@dataclass(frozen=True)
class ProposedPair:
    """A pair the coach may propose, with the score that explains it."""

    score: PairScore


@dataclass(frozen=True)
class UnmatchedMentee:
    """A mentee left without a proposal, why, and the closest mentor there was."""

    mentee_id: str
    reason: Unmatched
    best_mentor_id: str | None
    best_total: float | None


@dataclass(frozen=True)
class PoolProposal:
    """Pairs and unmatched mentees, each longest wait first, and the sum of the pair totals."""

    pairs: tuple[ProposedPair, ...]
    unmatched: tuple[UnmatchedMentee, ...]
    total: float


@dataclass(frozen=True)
class _Pool:
    mentees: list[MatchProfile]  # longest wait first, then id
    mentors: list[MatchProfile]  # by id
    scores: ScoreMatrix
    allowed: np.ndarray  # bool: the pairs that may be proposed
    free: np.ndarray  # free places of each mentor


def propose_pool(
    mentees: Sequence[MatchProfile],
    mentors: Sequence[MatchProfile],
    settings: MatchSettings,
    declined: Declined,
    today: date,
) -> PoolProposal:
    """The pairs with the highest total score within every mentor's free places."""
    pool = _pool(mentees, mentors, settings, declined, today)
    return _proposal(pool, _optimal(pool), settings, today)


def greedy_pool(
    mentees: Sequence[MatchProfile],
    mentors: Sequence[MatchProfile],
    settings: MatchSettings,
    declined: Declined,
    today: date,
) -> PoolProposal:
    """The "best pair first" baseline that `propose_pool` improves on (tests, benchmark)."""
    pool = _pool(mentees, mentors, settings, declined, today)
    return _proposal(pool, _greedy(pool), settings, today)


def wait_order(mentee: MatchProfile) -> tuple[bool, date, str]:
    """Sort key: the longest wait first, an unknown start last, then by id."""
    since = mentee.waiting_since
    return (since is None, since or date.max, mentee.id)


def _pool(
    mentees: Sequence[MatchProfile],
    mentors: Sequence[MatchProfile],
    settings: MatchSettings,
    declined: Declined,
    today: date,
) -> _Pool:
    # A fixed order of rows and columns makes ties come out the same whatever order the
    # caller passed, so a refresh never reshuffles an equal proposal.
    ordered_mentees = sorted(mentees, key=wait_order)
    ordered_mentors = sorted(mentors, key=lambda mentor: mentor.id)
    scores = score_matrix(ordered_mentees, ordered_mentors, settings, declined, today)
    allowed = (
        (scores.exclusion == 0)
        & (scores.job > 0)
        & (scores.total > 0)
        & (scores.total >= settings.min_score)
    )
    free = np.array([free_places(mentor) for mentor in ordered_mentors], dtype=np.int64)
    return _Pool(ordered_mentees, ordered_mentors, scores, allowed, free)


def _optimal(pool: _Pool) -> dict[int, int]:
    """Mentee row -> mentor column of a maximum-total assignment."""
    rows = np.flatnonzero(pool.allowed.any(axis=1))
    columns = np.flatnonzero(pool.allowed.any(axis=0))
    if rows.size == 0:
        return {}
    allowed = pool.allowed[np.ix_(rows, columns)]
    # A mentor needs no more copies than the mentees who may be paired with them.
    copies = np.minimum(pool.free[columns], allowed.sum(axis=0))
    mentor_of_place = np.repeat(np.arange(columns.size), copies)
    gain = np.where(allowed, pool.scores.total[np.ix_(rows, columns)], 0.0)[:, mentor_of_place]
    # SciPy's optimiser takes half a second to import: loaded when a pool is proposed, not
    # when the matching screen opens.
    from scipy.optimize import linear_sum_assignment

    chosen_rows, chosen_places = linear_sum_assignment(gain, maximize=True)
    matches: dict[int, int] = {}
    for row, place in zip(chosen_rows.tolist(), chosen_places.tolist(), strict=True):
        column = int(mentor_of_place[place])
        if allowed[row, column]:
            matches[int(rows[row])] = int(columns[column])
    return matches


def _greedy(pool: _Pool) -> dict[int, int]:
    """Mentee row -> mentor column, taking the best remaining pair each time."""
    rows, columns = np.nonzero(pool.allowed)
    order = np.lexsort((columns, rows, -pool.scores.total[rows, columns]))
    free = pool.free.tolist()
    matches: dict[int, int] = {}
    for row, column in zip(rows[order].tolist(), columns[order].tolist(), strict=True):
        if row not in matches and free[column] > 0:
            matches[row] = column
            free[column] -= 1
    return matches


def _proposal(
    pool: _Pool, matches: dict[int, int], settings: MatchSettings, today: date
) -> PoolProposal:
    pairs = tuple(
        ProposedPair(score_pair(pool.mentees[row], pool.mentors[matches[row]], settings, today))
        for row in sorted(matches)
    )
    unmatched = tuple(
        _unmatched(pool, row) for row in range(len(pool.mentees)) if row not in matches
    )
    return PoolProposal(pairs, unmatched, sum((pair.score.total for pair in pairs), 0.0))


def _unmatched(pool: _Pool, row: int) -> UnmatchedMentee:
    mentee_id = pool.mentees[row].id
    eligible = pool.scores.exclusion[row] == 0
    if not eligible.any():
        return UnmatchedMentee(mentee_id, Unmatched.NO_ELIGIBLE_MENTOR, None, None)
    fitting = eligible & (pool.scores.job[row] > 0)
    if not fitting.any():
        reason, closest = Unmatched.NO_JOB_FIT, eligible
    elif not pool.allowed[row].any():
        reason, closest = Unmatched.BELOW_MIN_SCORE, fitting
    else:
        reason, closest = Unmatched.PLACES_TAKEN, pool.allowed[row]
    totals = pool.scores.total[row]
    # argmax takes the first of equal totals: mentors are in id order.
    best = int(np.argmax(np.where(closest, totals, -np.inf)))
    return UnmatchedMentee(mentee_id, reason, pool.mentors[best].id, float(totals[best]))
