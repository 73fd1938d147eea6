"""The audit trail grouped into saves, as the case view's history tells it, without Qt."""

from __future__ import annotations

from datetime import UTC, datetime

from desktop.rules.case_history import group_saves
from storage.records import Event


def event(
    seq: int, at: datetime, author: str, action: str, table: str, rid: str, *fields: str
) -> Event:
    return Event(
        seq=seq,
        at=at,
        author=author,
        action=action,
        record_table=table,
        record_id=rid,
        fields=list(fields),
    )


def test_events_of_one_save_become_one_entry_newest_first() -> None:
    first = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)
    second = datetime(2026, 3, 2, 14, 5, tzinfo=UTC)
    events = [
        event(1, first, "c1", "add", "participant", "p", "given_name", "role"),
        event(2, first, "c1", "add", "languages", "l1", "language", "level"),
        event(3, first, "c1", "add", "languages", "l2", "language"),
        event(4, second, "c2", "update", "participant", "p", "municipality"),
        event(5, second, "c2", "update", "participant", "p", "postcode"),
        event(6, second, "c2", "add", "notes", "n1", "text"),
    ]
    saves = group_saves(events)
    assert [(s.at, s.author) for s in saves] == [(second, "c2"), (first, "c1")]
    latest, creation = saves
    assert not latest.created_case and creation.created_case
    assert [(c.action, c.part, c.fields) for c in latest.changes] == [
        ("update", "participant", ("municipality", "postcode")),
        ("add", "notes", ("text",)),
    ]
    languages = creation.changes[1]
    assert (languages.part, languages.count) == ("languages", 2)


def test_two_people_saving_at_the_same_moment_are_two_saves() -> None:
    moment = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)
    events = [
        event(1, moment, "c1", "add", "notes", "n1", "text"),
        event(2, moment, "c2", "add", "notes", "n2", "text"),
    ]
    assert [s.author for s in group_saves(events)] == ["c2", "c1"]
    assert group_saves([]) == []
