"""Records to SQLite rows and back, driven by the dataclasses' type hints.

Lists and dicts are stored as JSON text, dates and datetimes as ISO text, booleans as 0/1,
enums as their value. Storage returns records, never positional tuples.
"""

from __future__ import annotations

import dataclasses
import json
import types
import typing
from collections.abc import Mapping
from datetime import date, datetime
from enum import Enum
from functools import cache
from typing import Any, TypeVar

R = TypeVar("R")


@cache
def _field_types(cls: type) -> dict[str, Any]:
    hints = typing.get_type_hints(cls)
    result: dict[str, Any] = {}
    for item in dataclasses.fields(cls):
        hint = hints[item.name]
        if isinstance(hint, types.UnionType) or typing.get_origin(hint) is typing.Union:
            hint = next(arg for arg in typing.get_args(hint) if arg is not type(None))
        result[item.name] = hint
    return result


def column_names(cls: type) -> list[str]:
    """The columns of a record's table: its dataclass fields."""
    return list(_field_types(cls))


def _encode(value: Any) -> Any:
    if value is None:
        return None
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, list | dict):
        return json.dumps(value, ensure_ascii=False)
    return value


def _decode(hint: Any, value: Any) -> Any:
    if value is None:
        return None
    origin = typing.get_origin(hint) or hint
    if origin in (list, dict):
        return json.loads(value)
    if hint is bool:
        return bool(value)
    if hint is datetime:
        return datetime.fromisoformat(value)
    if hint is date:
        return date.fromisoformat(value)
    if isinstance(hint, type) and issubclass(hint, Enum):
        return hint(value)
    return value


def to_row(record: Any) -> dict[str, Any]:
    """The row for a record: one column per field."""
    return {name: _encode(getattr(record, name)) for name in _field_types(type(record))}


def from_row(cls: type[R], row: Mapping[str, Any]) -> R:
    """The record for a row; columns the class does not know are ignored."""
    hints = _field_types(cls)
    values = {name: _decode(hint, row[name]) for name, hint in hints.items() if name in row}
    return cls(**values)
