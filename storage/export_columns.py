"""The columns and profiles of the funders' export, as the data dictionary describes them.

`storage.export_profiles` defines the five profiles with these; the columns every profile
about a duo starts with (the duo and its two people) are here.
"""

from __future__ import annotations

from dataclasses import dataclass

YES_NO = "yes, no; empty when not recorded"
DAY = "a date, YYYY-MM-DD; empty when not recorded"
SEPARATOR = "|"  # between the codes of a column holding several


@dataclass(frozen=True)
class Column:
    """One column: its header, what it means, and the values it takes."""

    name: str
    meaning: str
    values: str = ""
    list_name: str = ""  # codes of this programme list: the dictionary adds their labels
    names_only: bool = False  # only in an export that asks for names


@dataclass(frozen=True)
class Profile:
    """One kind of export."""

    name: str
    row: str  # what one row is
    period: str  # when a row is in the period
    columns: tuple[Column, ...]

    def columns_for(self, names: bool) -> tuple[Column, ...]:
        """The columns of an export with or without names."""
        return tuple(column for column in self.columns if names or not column.names_only)


def pseudonym_column(name: str, prefix: str, whose: str, joins: str) -> Column:
    """The column of a pseudonymised id (`storage.pseudonyms`), whose codes start `prefix`-."""
    return Column(
        name,
        f"Pseudonymised id of {whose}: the same in every export of this programme, so {joins}. "
        "It cannot be turned back into a name or into Duo's own id.",
        f"a code such as {prefix}-7K3QH2M9XA",
    )


def name_columns(prefix: str, whose: str) -> tuple[Column, ...]:
    """The given and family name columns of one person, only in an export with names."""
    return (
        Column(
            f"{prefix}given_name",
            f"Given name of {whose} (only when names were asked for).",
            names_only=True,
        ),
        Column(
            f"{prefix}family_name",
            f"Family name of {whose} (only when names were asked for).",
            names_only=True,
        ),
    )


PARTICIPANT_ID = pseudonym_column(
    "participant_id", "P", "the participant", "it joins the other profiles' mentee_id and mentor_id"
)
DUO_ID = pseudonym_column(
    "duo_id", "D", "the duo", "rows of every profile about one duo join on it"
)
MENTEE_ID = pseudonym_column(
    "mentee_id", "P", "the mentee", "it joins participant_id of the participants profile"
)
MENTOR_ID = pseudonym_column(
    "mentor_id", "P", "the mentor", "it joins participant_id of the participants profile"
)
# Every profile about duos starts with the duo and its two people.
DUO_PEOPLE = (
    DUO_ID,
    MENTEE_ID,
    MENTOR_ID,
    *name_columns("mentee_", "the mentee"),
    *name_columns("mentor_", "the mentor"),
)
