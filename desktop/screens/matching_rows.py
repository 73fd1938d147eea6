"""The rows of the Matching screen's lists, in words, from the matching rules' results.

The rules (`desktop.matching`) return ids, scores and codes; these functions turn them into
the text a coach reads, once per list, using the same words as the review and Settings
(`match_words`). Names come from the pool's index entries.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from datetime import date
from enum import IntEnum, StrEnum

from PySide6.QtCore import QCoreApplication, QLocale

from desktop.matching.assignment import PoolProposal
from desktop.matching.from_index import MatchPool
from desktop.matching.profiles import MatchProfile, free_places
from desktop.matching.scoring import PairScore, Part
from desktop.matching.suggest import Suggestions
from desktop.models.participants import wait_text
from desktop.screens.case_words import CaseWords
from desktop.screens.match_words import (
    component_label,
    exclusion_text,
    part_text,
    score_text,
    unmatched_text,
)
from desktop.screens.matching_models import TextRow
from storage.index_rows import search_words
from storage.records import Role

# A one-line explanation names the strongest parts only: more would not fit a list row.
EXPLAINED_PARTS = 3


translate = QCoreApplication.translate


class PeopleColumn(IntEnum):
    """The people to match."""

    NAME = 0
    DETAIL = 1  # the wait of a mentee, the free places of a mentor


class SuggestionColumn(IntEnum):
    """The ranked suggestions for one participant."""

    RANK = 0
    NAME = 1
    SCORE = 2
    DETAIL = 3
    WHY = 4


class BreakdownColumn(IntEnum):
    """One suggestion's score, component by component."""

    COMPONENT = 0
    POINTS = 1
    WHY = 2


class ExcludedColumn(IntEnum):
    """The candidates a hard rule keeps out."""

    NAME = 0
    REASON = 1


class PairColumn(IntEnum):
    """The pairs of a whole-pool proposal."""

    MENTEE = 0
    WAITED = 1
    MENTOR = 2
    SCORE = 3
    WHY = 4
    DECISION = 5


class UnmatchedColumn(IntEnum):
    """The mentees a whole-pool proposal found no good mentor for."""

    MENTEE = 0
    WAITED = 1
    REASON = 2
    BEST = 3


class PairDecision(StrEnum):
    """What the coach did with one proposed pair."""

    OPEN = "open"
    CONFIRMED = "confirmed"
    SKIPPED = "skipped"
    FAILED = "failed"


def name_of(pool: MatchPool, participant_id: str) -> str:
    """A participant's name as the pool's index entries have it."""
    entry = pool.entries.get(participant_id)
    return (
        entry.display_name
        if entry is not None
        else translate("MatchingRows", "(no longer in the pool)")
    )


def places_text(mentor: MatchProfile) -> str:
    """A mentor's free places: "1 of 2"."""
    return translate("MatchingRows", "{free} of {capacity}").format(
        free=free_places(mentor), capacity=mentor.capacity
    )


def points_text(points: float) -> str:
    """The points a component adds to the total, to one decimal."""
    return QLocale().toString(points, "f", 1)


def _detail(profile: MatchProfile, today: date) -> str:
    if profile.role == Role.MENTOR.value:
        return places_text(profile)
    return wait_text(profile.waiting_since, today) if profile.waiting_since else ""


def strongest_parts(score: PairScore, count: int = EXPLAINED_PARTS) -> tuple[Part, ...]:
    """The parts that add the most points, strongest first; parts adding nothing are left out."""
    ranked = sorted((p for p in score.parts if p.points > 0), key=lambda p: -p.points)
    return tuple(ranked[:count])


def explanation(score: PairScore, words: CaseWords) -> str:
    """Why a pair scores what it does, in one line: its strongest parts."""
    return "; ".join(part_text(part, words) for part in strongest_parts(score))


def people_rows(pool: MatchPool, role: Role, today: date) -> list[TextRow]:
    """Waiting mentees, the longest wait first, or accepted mentors with a free place by name."""
    if role is Role.MENTEE:
        people: Iterable[MatchProfile] = pool.mentees
    else:
        people = sorted(
            (p for p in pool.mentors if p.accepted and free_places(p) > 0),
            key=lambda p: (pool.entries[p.id].folded_name, p.id),
        )
    return [TextRow(p.id, (name_of(pool, p.id), _detail(p, today))) for p in people]


def search_keys(pool: MatchPool) -> dict[str, str]:
    """Participant id -> " word word " of the folded name, for `filter_by_name`."""
    return {pid: f" {entry.folded_name} " for pid, entry in pool.entries.items()}


def filter_by_name(rows: Sequence[TextRow], keys: Mapping[str, str], text: str) -> list[TextRow]:
    """The rows whose name has a word starting with each typed word ("cagla yil")."""
    result = list(rows)
    for word in search_words(text):
        needle = f" {word}"
        result = [row for row in result if needle in keys.get(row.key, "")]
    return result


def other_id(score: PairScore, person: MatchProfile) -> str:
    """The other side of a pair, seen from `person`."""
    return score.mentor_id if person.role == Role.MENTEE.value else score.mentee_id


def suggestion_rows(
    suggestions: Suggestions, person: MatchProfile, pool: MatchPool, words: CaseWords, today: date
) -> list[TextRow]:
    """The ranked suggestions for `person`, each with its score and short explanation."""
    rows = []
    for suggestion in suggestions.ranked:
        other = other_id(suggestion.score, person)
        profile = pool.profiles.get(other)
        cells = (
            QLocale().toString(suggestion.rank),
            name_of(pool, other),
            score_text(suggestion.score.total),
            _detail(profile, today) if profile is not None else "",
            explanation(suggestion.score, words),
        )
        rows.append(TextRow(other, cells))
    return rows


def excluded_rows(suggestions: Suggestions, pool: MatchPool) -> list[TextRow]:
    """The candidates a hard rule keeps out, with the rule, by name."""
    # Hundreds of rows share four reasons: each reason is put in words once.
    reasons = {item.reason for item in suggestions.excluded}
    texts = {reason: exclusion_text(reason) for reason in reasons}
    entries = pool.entries
    ordered = sorted(
        suggestions.excluded,
        key=lambda item: (
            entries[item.other_id].folded_name if item.other_id in entries else "",
            item.other_id,
        ),
    )
    return [
        TextRow(item.other_id, (name_of(pool, item.other_id), texts[item.reason]))
        for item in ordered
    ]


def breakdown_rows(score: PairScore, words: CaseWords) -> list[TextRow]:
    """One row per component: its name, the points it adds, and why."""
    return [
        TextRow(
            part.component.value,
            (component_label(part.component), points_text(part.points), part_text(part, words)),
        )
        for part in score.parts
    ]


def decision_text(decision: PairDecision, message: str = "") -> str:
    """What became of a proposed pair."""
    return {
        PairDecision.OPEN: translate("MatchingRows", "To review"),
        PairDecision.CONFIRMED: translate("MatchingRows", "Confirmed: proposed to the mentor"),
        PairDecision.SKIPPED: translate("MatchingRows", "Skipped: nothing saved"),
        PairDecision.FAILED: translate("MatchingRows", "Not saved: {reason}").format(
            reason=message
        ),
    }[decision]


def pair_row(
    score: PairScore,
    pool: MatchPool,
    words: CaseWords,
    today: date,
    decision: PairDecision,
    message: str = "",
) -> TextRow:
    """One proposed pair with what the coach decided about it."""
    mentee = pool.profiles.get(score.mentee_id)
    waited = wait_text(mentee.waiting_since, today) if mentee and mentee.waiting_since else ""
    cells = (
        name_of(pool, score.mentee_id),
        waited,
        name_of(pool, score.mentor_id),
        score_text(score.total),
        explanation(score, words),
        decision_text(decision, message),
    )
    return TextRow(score.mentee_id, cells, strong=decision is PairDecision.FAILED)


def unmatched_rows(proposal: PoolProposal, pool: MatchPool, today: date) -> list[TextRow]:
    """The mentees left without a mentor, why, and the best mentor there was."""
    rows = []
    for item in proposal.unmatched:
        mentee = pool.profiles.get(item.mentee_id)
        waited = wait_text(mentee.waiting_since, today) if mentee and mentee.waiting_since else ""
        best = ""
        if item.best_mentor_id is not None and item.best_total is not None:
            best = translate("MatchingRows", "{name} ({score})").format(
                name=name_of(pool, item.best_mentor_id), score=score_text(item.best_total)
            )
        cells = (name_of(pool, item.mentee_id), waited, unmatched_text(item.reason), best)
        rows.append(TextRow(item.mentee_id, cells))
    return rows
