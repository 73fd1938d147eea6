"""Ranked suggestions for one participant: mentors for a mentee, or mentees for a mentor.

Every pair is scored at once (`matrix`); only the pairs shown get the scalar score with its
explanation. Excluded pairs are never ranked but are listed with their reason, so the coach
sees why a familiar name is missing. The hard rules are the same both ways: a mentor at
capacity is excluded from a mentee's list, and every mentee is excluded from that mentor's.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date

import numpy as np

from desktop.matching.matrix import exclusion_of, score_matrix
from desktop.matching.profiles import Declined, MatchProfile
from desktop.matching.scoring import Exclusion, PairScore, score_pair
from desktop.matching.weights import MatchSettings


@dataclass(frozen=True)
class Suggestion:
    """One ranked pair: its score with explanation and its place in the list (1 = best)."""

    score: PairScore
    rank: int


@dataclass(frozen=True)
class Excluded:
    """Someone left out of the ranking, and the hard rule that left them out."""

    other_id: str
    reason: Exclusion


@dataclass(frozen=True)
class Suggestions:
    """The best pairs, highest total first, and everyone excluded (by id)."""

    ranked: tuple[Suggestion, ...]
    excluded: tuple[Excluded, ...]


def suggest_mentors(
    mentee: MatchProfile,
    mentors: Sequence[MatchProfile],
    settings: MatchSettings,
    declined: Declined,
    today: date,
    limit: int = 20,
) -> Suggestions:
    """The `limit` best mentors for a mentee, ties in id order, and the mentors excluded."""
    scores = score_matrix([mentee], mentors, settings, declined, today)
    return _collect(
        mentors,
        scores.total[0],
        scores.exclusion[0],
        lambda mentor: score_pair(mentee, mentor, settings, today),
        limit,
    )


def suggest_mentees(
    mentor: MatchProfile,
    mentees: Sequence[MatchProfile],
    settings: MatchSettings,
    declined: Declined,
    today: date,
    limit: int = 20,
) -> Suggestions:
    """The `limit` best mentees for a mentor, ties in id order, and the mentees excluded."""
    scores = score_matrix(mentees, [mentor], settings, declined, today)
    return _collect(
        mentees,
        scores.total[:, 0],
        scores.exclusion[:, 0],
        lambda mentee: score_pair(mentee, mentor, settings, today),
        limit,
    )


def _collect(
    others: Sequence[MatchProfile],
    totals: np.ndarray,
    codes: np.ndarray,
    explain: Callable[[MatchProfile], PairScore],
    limit: int,
) -> Suggestions:
    excluded = sorted(
        (
            Excluded(other.id, reason)
            for other, code in zip(others, codes.tolist(), strict=True)
            if (reason := exclusion_of(code)) is not None
        ),
        key=lambda item: item.other_id,
    )
    limit = max(0, limit)
    candidates = np.flatnonzero(codes == 0)
    if 0 < limit < candidates.size:
        # Only totals at or above the limit-th best can be shown; sorting just those keeps a
        # list of thousands quick, and keeps every tie with the last shown one in the running.
        lowest_shown = np.partition(totals[candidates], -limit)[-limit]
        candidates = candidates[totals[candidates] >= lowest_shown]
    order = sorted(candidates.tolist(), key=lambda i: (-totals[i], others[i].id))[:limit]
    ranked = tuple(Suggestion(explain(others[i]), rank) for rank, i in enumerate(order, start=1))
    return Suggestions(ranked, tuple(excluded))
