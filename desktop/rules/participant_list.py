"""Searching, filtering and sorting the participant list, over keys computed once per refresh.

At 20,000 participants a keystroke must update the list within a frame (16 ms). Running
Python per row inside Qt's proxy callbacks is far too slow, so each entry's search key and
sort keys are computed once when the index is read; a keystroke is then a few list
comprehensions of C-speed substring tests, and a sort is `sorted` with a precomputed key.

The search means what the index's search means: every typed word is the start of some word
of the name, ignoring accents and case ("cagla yil" finds "Çağla Yılmaz").
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from enum import IntEnum
from typing import Any

from storage.folding import fold
from storage.index import IndexEntry, MatchEntry
from storage.index_rows import search_words
from storage.records import MatchState, Role, Status


class Column(IntEnum):
    """The columns of the participant list, in the order shown."""

    NAME = 0
    ROLE = 1
    STATUS = 2
    SECTOR = 3
    MUNICIPALITY = 4
    COACH = 5
    WAITING_SINCE = 6


_ROLE_ORDER = {role: position for position, role in enumerate(Role)}
# Statuses sort in the order of the participant's path (domain.md), not alphabetically.
_STATUS_ORDER = {status: position for position, status in enumerate(Status)}


@dataclass(frozen=True)
class Lookups:
    """What stored codes and ids mean: sector labels and staff names; and, from the matches
    in the index, where each mentee's match stands and how many places each mentor has
    taken (both live in other case files than the mentor's)."""

    sectors: dict[str, str]  # sector code → label
    coaches: dict[str, str]  # staff id → name
    match_states: dict[str, MatchState] = field(default_factory=dict)  # mentee → open match
    places_taken: dict[str, int] = field(default_factory=dict)  # mentor → open matches


def match_lookups(matches: Iterable[MatchEntry]) -> tuple[dict[str, MatchState], dict[str, int]]:
    """Each mentee's open match state, and each mentor's places taken."""
    states: dict[str, MatchState] = {}
    taken: dict[str, int] = {}
    for match in matches:
        if match.is_open:
            states[match.mentee_id] = match.state
            taken[match.mentor_id] = taken.get(match.mentor_id, 0) + 1
    return states, taken


@dataclass(frozen=True, slots=True, eq=False)
class ListRow:
    """One participant with everything the list shows, searches and sorts by, precomputed.

    Rows compare by identity, so finding one in a list of 20,000 is a C-speed scan.
    """

    entry: IndexEntry
    sector: str  # the labels of the participant's sectors
    coach: str  # the coach's name ("" without a coach)
    match_state: MatchState | None  # a mentee's open match
    places_taken: int  # a mentor's open matches
    search_key: str  # " word word " of the folded name: a word starts after a space
    sort_keys: tuple[Any, ...]  # one per `Column`; None sorts last in either order


@dataclass(frozen=True)
class ParticipantFilter:
    """What the list is narrowed to; the defaults show everyone."""

    text: str = ""
    role: Role | None = None
    status: Status | None = None
    coach: str | None = None  # None: any coach; "": no coach; otherwise a staff id

    def is_active(self) -> bool:
        """Whether anything is filtered out."""
        narrowing = (self.role, self.status, self.coach)
        return bool(search_words(self.text)) or any(v is not None for v in narrowing)


def sector_labels(codes: Sequence[str], lookups: Lookups) -> str:
    """The labels of sector codes, each once; an unknown code (removed from the list) stays
    visible as the code itself."""
    return ", ".join(dict.fromkeys(lookups.sectors.get(code, code) for code in codes if code))


def coach_name(coach_id: str, lookups: Lookups, unknown: str) -> str:
    """The coach's name, `unknown` for an id no longer among the staff, "" for none."""
    if not coach_id:
        return ""
    return lookups.coaches.get(coach_id, unknown)


class RowBuilder:
    """Turns index entries into rows, doing the work once per entry.

    An entry unchanged since the last call keeps its row (after a case is saved only that
    one participant is worked out again), and the folding of values many participants share
    (sector labels, municipalities, coach names) is remembered. Make a new builder when the
    lookups change.
    """

    def __init__(self, lookups: Lookups, unknown_coach: str = "?") -> None:
        self.lookups = lookups
        self._unknown_coach = unknown_coach
        self._folded: dict[str, str] = {}
        self._rows: dict[str, ListRow] = {}

    def rows(self, entries: Iterable[IndexEntry]) -> list[ListRow]:
        """Every entry's row, in name order (the order equal keys keep after a sort)."""
        previous = self._rows
        rows = []
        for entry in entries:
            row = previous.get(entry.id)
            rows.append(row if row is not None and row.entry == entry else self.row(entry))
        self._rows = {row.entry.id: row for row in rows}
        rows.sort(key=lambda row: (row.search_key, row.entry.id))
        return rows

    def row(self, entry: IndexEntry) -> ListRow:
        """Precompute what the list needs of one entry."""
        sector = sector_labels(entry.sectors, self.lookups)
        coach = coach_name(entry.coach, self.lookups, self._unknown_coach)
        name_key = entry.folded_name  # the index folds it exactly as search does
        waiting: date | None = entry.waiting_since
        sort_keys = (
            name_key or None,
            _ROLE_ORDER.get(entry.role) if entry.role else None,
            _STATUS_ORDER.get(entry.status) if entry.status else None,
            self._fold(sector),
            self._fold(entry.municipality),
            self._fold(coach),
            waiting,
        )
        return ListRow(
            entry,
            sector,
            coach,
            self.lookups.match_states.get(entry.id),
            self.lookups.places_taken.get(entry.id, 0),
            f" {name_key} ",
            sort_keys,
        )

    def _fold(self, text: str) -> str | None:
        folded = self._folded.get(text)
        if folded is None:
            folded = self._folded[text] = fold(text)
        return folded or None


def filter_rows(rows: Sequence[ListRow], wanted: ParticipantFilter) -> list[ListRow]:
    """The rows that pass the filter, in their given order."""
    result = list(rows)
    if wanted.role is not None:
        result = [row for row in result if row.entry.role == wanted.role]
    if wanted.status is not None:
        result = [row for row in result if row.entry.status == wanted.status]
    if wanted.coach is not None:
        result = [row for row in result if row.entry.coach == wanted.coach]
    for word in search_words(wanted.text):
        # A typed word must start a word of the name: the key holds " word word ".
        needle = f" {word}"
        result = [row for row in result if needle in row.search_key]
    return result


def sort_rows(rows: Sequence[ListRow], column: Column, descending: bool = False) -> list[ListRow]:
    """The rows sorted by one column; equal rows keep their order, empty values come last."""
    index = int(column)
    present = [row for row in rows if row.sort_keys[index] is not None]
    missing = [row for row in rows if row.sort_keys[index] is None]
    present.sort(key=lambda row: row.sort_keys[index], reverse=descending)
    return present + missing


def narrows(old: ParticipantFilter, new: ParticipantFilter) -> bool:
    """Whether every row `new` accepts is also accepted by `old`, so `new` can filter the
    rows `old` left instead of all of them ("cagl" → "cagla", "cagla" → "cagla y")."""
    if (old.role, old.status, old.coach) != (new.role, new.status, new.coach):
        return False
    new_words = search_words(new.text)
    return all(any(n.startswith(o) for n in new_words) for o in search_words(old.text))
