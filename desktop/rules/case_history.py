"""The audit trail of a case file, grouped into saves, for the history a case view shows.

Storage writes one event per record changed, and every event of one save carries the same
time and author. A person thinks in saves ("added a note", "changed the municipality and
the postcode"), so consecutive events of one time and author become one `Save`, and the
events of a save about the same kind of record become one `Change`:

    for save in group_saves(case.events):          # newest first
        save.at, save.author, [c.part for c in save.changes]

Events name fields, never values (storage keeps no values in the trail). No Qt here: the
screen words each change in the user's language.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from storage.records import Event


@dataclass(frozen=True)
class Change:
    """One kind of change in a save: what was done (`action`), to which part of the case
    file (`part`, the record table), which fields, to which records."""

    action: str  # "add", "update", "remove", "migrate"
    part: str  # "participant", "notes", "consents", …
    fields: tuple[str, ...]
    record_ids: tuple[str, ...]

    @property
    def count(self) -> int:
        """How many records the change touched."""
        return len(self.record_ids)


@dataclass(frozen=True)
class Save:
    """Everything one person saved at one moment."""

    at: datetime
    author: str  # a staff id, or "" for Duo itself
    changes: tuple[Change, ...]

    @property
    def created_case(self) -> bool:
        """Whether this save created the case file (the intake, or an import)."""
        return any(c.action == "add" and c.part == "participant" for c in self.changes)


def _merge(events: Sequence[Event]) -> tuple[Change, ...]:
    merged: dict[tuple[str, str], tuple[list[str], list[str]]] = {}
    for event in events:
        fields, ids = merged.setdefault((event.action, event.record_table), ([], []))
        fields.extend(name for name in event.fields if name not in fields)
        if event.record_id not in ids:
            ids.append(event.record_id)
    return tuple(
        Change(action, part, tuple(fields), tuple(ids))
        for (action, part), (fields, ids) in merged.items()
    )


def group_saves(events: Sequence[Event]) -> list[Save]:
    """The saves of a case file, newest first; within a save, changes in the order made."""
    groups: list[list[Event]] = []
    for event in sorted(events, key=lambda e: e.seq):
        last = groups[-1][-1] if groups else None
        if last is not None and (last.at, last.author) == (event.at, event.author):
            groups[-1].append(event)
        else:
            groups.append([event])
    saves = [Save(group[0].at, group[0].author, _merge(group)) for group in groups]
    saves.reverse()
    return saves
