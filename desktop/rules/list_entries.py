"""The entries of an editable list (sectors, referring partners…): what makes them valid, and
a code for a new entry made from its label.

A code is what case files store; the label is what people read. So a code must be present
and unique within its list, and a label must say something.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from enum import StrEnum

from storage.records import ListItem

MAX_CODE_LENGTH = 40


class EntryProblem(StrEnum):
    """What is wrong with one entry."""

    NO_CODE = "no_code"
    DUPLICATE_CODE = "duplicate_code"
    NO_LABEL = "no_label"


@dataclass(frozen=True)
class Problem:
    """A problem at one row (counted from 0) of a list."""

    row: int
    problem: EntryProblem
    code: str


def problems(items: Sequence[ListItem]) -> list[Problem]:
    """Every problem of a list, in row order; an empty list when it can be saved."""
    found: list[Problem] = []
    seen: set[str] = set()
    for row, item in enumerate(items):
        code = item.code.strip()
        if not item.label.strip():
            # Said once: a new entry gets its code from its label.
            found.append(Problem(row, EntryProblem.NO_LABEL, code))
        elif not code:
            found.append(Problem(row, EntryProblem.NO_CODE, ""))
        if code and code in seen:
            found.append(Problem(row, EntryProblem.DUPLICATE_CODE, code))
        seen.add(code)
    return found


def code_from_label(label: str, taken: Collection[str]) -> str:
    """A short, readable code for a new entry ("Job coach (PES)" → "job-coach-pes"), not in
    `taken`; "" when the label has no letters or digits."""
    decomposed = unicodedata.normalize("NFKD", label.casefold())
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    base = re.sub(r"[^\w]+", "-", plain).strip("-_")[:MAX_CODE_LENGTH].strip("-_")
    if not base:
        return ""
    code = base
    number = 1
    while code in taken:
        number += 1
        code = f"{base}-{number}"
    return code


def same_entries(first: Sequence[ListItem], second: Sequence[ListItem]) -> bool:
    """Whether two versions of a list hold the same entries in the same order."""

    def key(item: ListItem) -> tuple[str, str, str, bool]:
        return (item.code.strip(), item.label.strip(), item.parent, item.active)

    return [key(item) for item in first] == [key(item) for item in second]
