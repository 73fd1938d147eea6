"""The lists a coordinator edits, and the defaults Duo ships (NACE sections, ISCO-08 groups…).

A programme without its own copy of a list uses the defaults; once the coordinator saves the
list, the programme's own copy is what counts, so their edits stay.

Each default has its label in English, Dutch and French (`resources/lists/<list>.json`: the
English `label`, and `nl` and `fr` objects with theirs). A default the coordinator left as
shipped shows in the language asked for, whichever of the three it was saved in; a label
the coordinator typed shows as typed:

    shown_label(item, "fr")                      # "Construction" for sector F as shipped
    default_label("sectors", "F", "nl")          # "Bouwnijverheid"
    labels(programme.list_items("sectors"), "nl")  # code → label, for showing stored codes
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Iterable, Mapping
from functools import cache
from typing import Any

from resources import resource_path
from storage.languages import LANGUAGES
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


def _language(language: str) -> str:
    """The language to show: English for one Duo has no labels in."""
    return language if language in LANGUAGES else "en"


@cache
def _shipped(list_name: str) -> tuple[dict[str, Any], ...]:
    document = json.loads(resource_path("lists", f"{list_name}.json").read_text("utf-8"))
    return tuple(document["items"])


def _label_in(entry: Mapping[str, Any], language: str) -> str:
    if language == "en":
        return str(entry["label"])
    return str(entry.get(language, {}).get("label") or entry["label"])


@cache
def _default_labels(list_name: str) -> dict[str, dict[str, str]]:
    """Code → language → label, for every default of a list."""
    return {
        entry["code"]: {language: _label_in(entry, language) for language in LANGUAGES}
        for entry in _shipped(list_name)
    }


def default_items(list_name: str, language: str = "en") -> list[ListItem]:
    """The shipped default entries of one list, labelled in `language`."""
    language = _language(language)
    return [
        ListItem(
            list_name=list_name,
            code=entry["code"],
            label=_label_in(entry, language),
            parent=entry.get("parent", ""),
            position=position,
        )
        for position, entry in enumerate(_shipped(list_name))
    ]


def all_default_items(language: str = "en") -> list[ListItem]:
    """The defaults of every list."""
    return [item for name in LIST_NAMES for item in default_items(name, language)]


def default_labels(list_name: str, code: str) -> dict[str, str]:
    """The shipped label of a code in each language (language → label); empty when Duo
    ships no entry with this code (one the coordinator added)."""
    return dict(_default_labels(list_name).get(code, {}))


def default_label(list_name: str, code: str, language: str) -> str:
    """The shipped label of a code in `language`; "" when Duo ships no such entry."""
    return _default_labels(list_name).get(code, {}).get(_language(language), "")


def is_default_label(list_name: str, code: str, label: str) -> bool:
    """Whether `label` is Duo's own label for this code, in any of its languages: the
    coordinator has not reworded it."""
    return label.strip() in _default_labels(list_name).get(code, {}).values()


def shown_label(item: ListItem, language: str) -> str:
    """The label to show for an entry: Duo's own in `language` when the coordinator kept
    it as shipped, otherwise the label as they typed it."""
    if is_default_label(item.list_name, item.code, item.label):
        return default_label(item.list_name, item.code, language)
    return item.label


def shown_items(items: Iterable[ListItem], language: str) -> list[ListItem]:
    """The entries with the labels to show in `language` (see `shown_label`)."""
    return [dataclasses.replace(item, label=shown_label(item, language)) for item in items]


def labels(items: Iterable[ListItem], language: str | None = None) -> dict[str, str]:
    """Code to label, for showing a stored code: in `language` as `shown_label` gives it,
    or the labels as stored when no language is given."""
    if language is None:
        return {item.code: item.label for item in items}
    return {item.code: shown_label(item, language) for item in items}
