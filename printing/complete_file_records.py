"""Which mentoring records a complete file shows, and whom they name.

A duo's records all live in the mentee's case file. A mentee's complete file shows every
one of them, each mentor by name only. A mentor's complete file is made from their
mentees' files, and shows only the mentor's part of each duo:

    share = mentor_share(mentee_case, mentor_id)        # one mentee's file
    records = mentor_records([share, other_share])      # all of the mentor's duos

the match (without the mentee's reasons), the agreement the mentor signed, the meetings
the mentor took part in, the coach's follow-ups with the mentor or with both, the ending
with the feedback given and received, and the evaluations the mentor answered. Nothing
else of the mentee: their name only; not their intake, contact details, documents, notes,
own evaluations, the coach's view, nor their results after the mentoring.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from itertools import chain
from typing import TypeVar

from printing.case_labels import CaseLabels
from storage.cases import CaseFile
from storage.duo_records import (
    Agreement,
    Ending,
    Evaluation,
    FollowUp,
    FollowUpWith,
    Meeting,
    Outcome,
    Respondent,
)
from storage.records import Match, Role

R = TypeVar("R", Agreement, Meeting, FollowUp, Ending, Evaluation)
_WITH_MENTOR = frozenset({FollowUpWith.MENTOR, FollowUpWith.BOTH})
_LISTS = ("matches", "agreements", "meetings", "follow_ups", "endings", "evaluations")


@dataclass(frozen=True)
class DuoRecords:
    """The mentoring records one complete file shows, read as `reader` (the person the file
    is about) reads them. `others` names the other person of each match, by match id: the
    mentor in a mentee's file, the mentee in a mentor's ("" when their file was erased)."""

    reader: Role
    others: Mapping[str, str] = field(default_factory=dict)
    matches: Sequence[Match] = ()
    agreements: Sequence[Agreement] = ()
    meetings: Sequence[Meeting] = ()
    follow_ups: Sequence[FollowUp] = ()
    endings: Sequence[Ending] = ()
    evaluations: Sequence[Evaluation] = ()
    outcomes: Sequence[Outcome] = ()


def mentee_records(case: CaseFile, labels: CaseLabels) -> DuoRecords:
    """The mentoring records of a mentee's case file, each mentor by name. The mentor's own
    evaluation answers are kept in the mentee's file but are the mentor's data, not the
    mentee's: they stay out (GDPR article 15(4))."""
    return DuoRecords(
        reader=Role.MENTEE,
        others={match.id: labels.person(match.mentor_id) for match in case.matches},
        matches=case.matches,
        agreements=case.agreements,
        meetings=case.meetings,
        follow_ups=case.follow_ups,
        endings=case.endings,
        evaluations=tuple(e for e in case.evaluations if e.respondent is not Respondent.MENTOR),
        outcomes=case.outcomes,
    )


def _of(records: Iterable[R], match_ids: set[str]) -> tuple[R, ...]:
    """The records of these matches only."""
    return tuple(record for record in records if record.match_id in match_ids)


def _mentor_view(match: Match) -> Match:
    """The match without what only the mentee said: their reason, and why the match was
    declined unless the mentor declined it. Their yes or no stays: the match's state
    ("both said yes", "declined by the mentee") tells it anyway."""
    reason = match.decline_reason if match.declined_by == Role.MENTOR.value else ""
    return dataclasses.replace(match, mentee_reason="", decline_reason=reason)


def mentor_share(mentee: CaseFile, mentor_id: str) -> DuoRecords:
    """The part of a mentee's case file that belongs in the complete file of `mentor_id`:
    their matches with this mentee and what the mentor took part in or said, the mentee by
    name only."""
    matches = [match for match in mentee.matches if match.mentor_id == mentor_id]
    ids = {match.id for match in matches}
    follow_ups = _of(mentee.follow_ups, ids)
    return DuoRecords(
        reader=Role.MENTOR,
        others=dict.fromkeys(ids, mentee.participant.display_name),
        matches=tuple(_mentor_view(match) for match in matches),
        agreements=_of(mentee.agreements, ids),
        meetings=_of(mentee.meetings, ids),
        follow_ups=tuple(f for f in follow_ups if f.with_whom in _WITH_MENTOR),
        endings=_of(mentee.endings, ids),
        evaluations=tuple(
            e for e in _of(mentee.evaluations, ids) if e.respondent is Respondent.MENTOR
        ),
    )


def mentor_records(shares: Sequence[DuoRecords]) -> DuoRecords:
    """A mentor's duos with all their mentees, one mentee's after the other's."""
    lists = {name: tuple(chain.from_iterable(getattr(s, name) for s in shares)) for name in _LISTS}
    others = {match_id: name for share in shares for match_id, name in share.others.items()}
    return DuoRecords(reader=Role.MENTOR, others=others, **lists)
