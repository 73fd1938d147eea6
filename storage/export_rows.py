"""The rows of the participants and duos profiles, made from the local index alone: no case
file is opened, so 20,000 participants take well under a second.

A row is a dict from column name to value: text, a whole number, a date or None (empty).
Yes/no facts are already "yes"/"no" here; the writers format dates and neutralise text.
Rows come in an order that says nothing about names: by date, then by pseudonymised id.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date

from storage.export_columns import SEPARATOR
from storage.index import IndexEntry
from storage.index_rows import MatchEntry
from storage.periods import Period
from storage.pseudonyms import Pseudonyms
from storage.records import Status

Value = str | int | date | None
Row = dict[str, Value]

# A participant whose path stopped at one of these before the period began is not in it.
_LEFT = frozenset({Status.REFUSED, Status.REFERRED, Status.ENDED, Status.WITHDRAWN})


def yes_no(value: bool | None) -> str:
    """A fact as the export writes it: "yes", "no", or "" when not recorded."""
    if value is None:
        return ""
    return "yes" if value else "no"


def joined(codes: Iterable[str]) -> str:
    """Several codes in one cell, e.g. "C|M"."""
    return SEPARATOR.join(codes)


def participant_in_period(entry: IndexEntry, period: Period) -> bool:
    """Registered by the period's end and still on the path at its start (the rule the
    participants profile's dictionary states)."""
    if entry.registered_on is None:
        return period.is_open
    if period.end is not None and entry.registered_on > period.end:
        return False
    left_before = (
        period.start is not None
        and entry.status in _LEFT
        and entry.status_since is not None
        and entry.status_since < period.start
    )
    return not left_before


def _languages(levels: Mapping[str, str]) -> str:
    return joined(f"{code}:{level}" if level else code for code, level in levels.items())


def participant_rows(
    entries: Iterable[IndexEntry], period: Period, codes: Pseudonyms, *, names: bool
) -> list[Row]:
    """One row per participant in the period who consented to reports to funders, oldest
    registration first."""
    rows: list[Row] = []
    for entry in entries:
        if not entry.report_consent or not participant_in_period(entry, period):
            continue
        row: Row = {"participant_id": codes.participant(entry.id)}
        if names:
            row["given_name"] = entry.given_name
            row["family_name"] = entry.family_name
        row.update(
            role=entry.role.value if entry.role else "",
            status=entry.status.value if entry.status else "",
            status_since=entry.status_since,
            registered_on=entry.registered_on,
            info_session_on=entry.info_session_on,
            intake_on=entry.intake_on,
            decision=entry.decision,
            waiting_since=entry.waiting_since,
            gender=entry.gender,
            year_of_birth=entry.year_of_birth,
            country_of_origin=entry.country_of_origin,
            arrival_year=entry.arrival_year,
            diploma_level=entry.diploma_level,
            postcode=entry.postcode,
            sectors=joined(entry.sectors),
            occupations=joined(entry.occupations),
            languages=_languages(entry.languages),
        )
        rows.append(row)
    rows.sort(key=lambda row: (row["registered_on"] or date.min, row["participant_id"]))
    return rows


def duo_in_period(match: MatchEntry, period: Period) -> bool:
    """Whether a validated match ran during some of the period."""
    if match.duo is None:
        return False
    return period.overlaps(match.duo.validated_on, match.duo.ended_on)


class People:
    """The duo, mentee and mentor columns every profile about a duo starts with, for the
    participants who consented to reports to funders (nobody else is named or coded)."""

    def __init__(
        self, codes: Pseudonyms, entries: Mapping[str, IndexEntry], *, names: bool
    ) -> None:
        self.codes = codes
        self._entries = entries
        self._names = names

    def consented(self, case_id: str) -> bool:
        """Whether this participant may be in the export (an erased one never is)."""
        entry = self._entries.get(case_id)
        return entry is not None and entry.report_consent

    def of(self, match: MatchEntry) -> Row:
        """The first columns of a row about `match`'s duo (the mentee consented; a mentor
        who did not is left empty)."""
        row: Row = {"duo_id": self.codes.duo(match.id)}
        for side, case_id in (("mentee", match.mentee_id), ("mentor", match.mentor_id)):
            shown = self._entries[case_id] if self.consented(case_id) else None
            row[f"{side}_id"] = self.codes.participant(case_id) if shown else ""
            if self._names:
                row[f"{side}_given_name"] = shown.given_name if shown else ""
                row[f"{side}_family_name"] = shown.family_name if shown else ""
        return row

    def about(self, matches: Iterable[MatchEntry]) -> list[MatchEntry]:
        """The matches whose mentee consented: the only ones a row may be about."""
        return [match for match in matches if self.consented(match.mentee_id)]


def duo_rows(matches: Iterable[MatchEntry], period: Period, people: People) -> list[Row]:
    """One row per duo that ran during the period, in the order they began."""
    rows: list[tuple[date, Row]] = []
    for match in matches:
        duo = match.duo
        if duo is None or not duo_in_period(match, period):
            continue
        row = people.of(match)
        row.update(
            state=match.state.value,
            proposed_on=match.proposed_on,
            first_meeting_on=duo.first_meeting_on,
            coach_at_first_meeting=yes_no(duo.coach_present),
            validated_on=duo.validated_on,
            agreement=yes_no(duo.has_agreement),
            agreement_signed=yes_no(duo.signed),
            charter_version=duo.charter_version,
            start_on=duo.start_on,
            planned_months=duo.planned_months,
            planned_end_on=duo.planned_end_on,
            contact_every_days=duo.contact_every_days if duo.has_agreement else None,
            meetings=len(duo.meeting_days),
            short_contacts=len(duo.contact_days),
            meetings_in_period=sum(1 for day in duo.meeting_days if period.holds(day)),
            last_contact_on=duo.last_contact_on,
            interim_call_on=duo.interim_call_on,
            ended_on=duo.ended_on,
            end_kind=duo.end_kind,
            ended_by=duo.ended_by,
            end_reason=duo.end_reason,
            final_meeting_on=duo.final_meeting_on,
            evaluations=joined(sorted(duo.evaluations)),
        )
        for months in (3, 6, 9, 12):
            row[f"outcome_{months}_months"] = duo.outcomes.get(months, "")
        rows.append((duo.validated_on, row))
    rows.sort(key=lambda item: (item[0], item[1]["duo_id"]))
    return [row for _, row in rows]
