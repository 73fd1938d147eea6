"""The lists a coordinator edits, and the defaults Duo ships (NACE sections, ISCO-08 groups…).

Defaults are copied into a programme when it is created (or migrated to programme format 2);
from then on the programme's own copy is what counts, so a coordinator's edits stay.
"""

from __future__ import annotations

import json
from collections.abc import Iterable

from resources import resource_path
from storage.records import ListItem

LIST_NAMES = (
    "sectors",
    "occupations",
    "referral_partners",
    "diploma_levels",
    "consent_purposes",
    "contact_channels",
    "refusal_reasons",
    "referral_destinations",
    "end_reasons",
)
# The lists whose labels a case shows and prints (the others only feed a dialog's choices).
CASE_LISTS = (
    "sectors",
    "occupations",
    "diploma_levels",
    "referral_partners",
    "consent_purposes",
    "contact_channels",
    "end_reasons",
)


def default_items(list_name: str) -> list[ListItem]:
    """The shipped default entries of one list."""
    document = json.loads(resource_path("lists", f"{list_name}.json").read_text("utf-8"))
    return [
        ListItem(
            list_name=list_name,
            code=item["code"],
            label=item["label"],
            parent=item.get("parent", ""),
            position=position,
        )
        for position, item in enumerate(document["items"])
    ]


def all_default_items() -> list[ListItem]:
    """The defaults of every list."""
    return [item for name in LIST_NAMES for item in default_items(name)]


def labels(items: Iterable[ListItem]) -> dict[str, str]:
    """Code to label, for showing a stored code."""
    return {item.code: item.label for item in items}
