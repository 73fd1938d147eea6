"""Printing what concerns one duo: its agreement, the summary of one meeting, and the
certificates of participation of its mentee and mentor, one at a time or for every duo that
ended in a period. No Qt: the screens and `duo samples` call these and get PDF bytes.

    pdf = agreement_document(programme, mentee_id, match_id, "nl")
    pdf = session_summary_document(programme, mentee_id, meeting_id, "fr")
    pdf = certificate_document(programme, mentee_id, match_id, Role.MENTOR, "en")
    duos = ended_duos(programme, date(2026, 1, 1), date(2026, 6, 30))
    pdf = batch_certificates(programme, date(2026, 1, 1), date(2026, 6, 30), "nl", progress)

The mentee's name comes from their case file, where the duo's records live too; the
mentor's from the index (their file is not opened); the coach's from the programme's staff.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date

from desktop.workflows.duo import new_agreement
from desktop.workflows.house import house_style
from printing.agreement import AgreementData, agreement_pdf
from printing.certificates import CertificateData, certificates_pdf
from printing.layout import HouseStyle
from printing.session_summary import SessionData, session_summary_pdf
from printing.words import LANGUAGES
from storage.cases import CaseFile
from storage.duo_records import MeetingKind
from storage.errors import (
    QT_TRANSLATE_NOOP,
    CaseFileDamagedError,
    DuoError,
    NewerSchemaError,
    ParticipantNotFoundError,
)
from storage.index import MatchEntry
from storage.programme import Programme
from storage.records import Match, Participant, Role

Progress = Callable[[int, int], None]

# CEFR levels, weakest first; from B1 on a person reads a document in that language alone.
_LEVELS = ("A1", "A2", "B1", "B2", "C1", "C2", "native")
_READS_ALONE = _LEVELS.index("B1")
# A Belgian postcode and its town ("9000 Gent", "B-1000 Brussel") on an address line.
_TOWN = re.compile(r"^\s*(?:B-?)?\d{4}\s+(?P<town>\S.*?)\s*$", re.IGNORECASE)


def default_language(case: CaseFile, fallback: str = "en") -> str:
    """The language to print a participant's documents in: the one of English, Dutch and
    French they read best, at B1 or above (the first recorded on a tie); else `fallback`
    (the interface's language)."""
    best, chosen = _READS_ALONE - 1, fallback
    for skill in case.languages:
        level = skill.level.strip()
        rank = _LEVELS.index(level) if level in _LEVELS else -1
        if skill.language in LANGUAGES and rank > best:
            best, chosen = rank, skill.language
    return chosen


def _town(address: str) -> str:
    """The programme's town, from the postcode line of its address ("" when none)."""
    for line in reversed(address.splitlines()):
        found = _TOWN.match(line)
        if found:
            return found["town"]
    return ""


def _duo(case: CaseFile, match_id: str) -> Match:
    match = next((item for item in case.matches if item.id == match_id), None)
    if match is None:
        raise DuoError(
            QT_TRANSLATE_NOOP(
                "DuoError", "This duo is no longer in the case file. Open the case again."
            )
        )
    if match.validated_on is None:
        raise DuoError(
            QT_TRANSLATE_NOOP(
                "DuoError", "This match is not a duo yet: validate it after the first meeting."
            )
        )
    return match


def _mentor_name(programme: Programme, match: Match) -> str:
    entry = programme.index.get(match.mentor_id)
    return entry.display_name if entry else ""


def _coach_names(programme: Programme) -> dict[str, str]:
    return {member.id: member.name for member in programme.staff()}


def _coach_name(programme: Programme, participant: Participant) -> str:
    return _coach_names(programme).get(participant.coach, "") if participant.coach else ""


def agreement_document(programme: Programme, mentee_id: str, match_id: str, language: str) -> bytes:
    """The duo's agreement to print and sign: the stored one, or the programme's defaults
    when none is stored yet (to be completed by hand at the table)."""
    case = programme.cases.read(mentee_id)
    match = _duo(case, match_id)
    stored = next((item for item in case.agreements if item.match_id == match.id), None)
    data = AgreementData(
        agreement=stored or new_agreement(programme, mentee_id, match_id),
        mentee=case.participant.display_name,
        mentor=_mentor_name(programme, match),
        coach=_coach_name(programme, case.participant),
    )
    return agreement_pdf(data, house_style(programme), language)


def session_summary_document(
    programme: Programme, mentee_id: str, meeting_id: str, language: str
) -> bytes:
    """The summary of one meeting or short contact of the mentee's duo."""
    case = programme.cases.read(mentee_id)
    meeting = next((item for item in case.meetings if item.id == meeting_id), None)
    if meeting is None:
        raise DuoError(
            QT_TRANSLATE_NOOP(
                "DuoError", "This meeting is no longer in the case file. Open the case again."
            )
        )
    match = _duo(case, meeting.match_id)
    data = SessionData(
        meeting=meeting,
        mentee=case.participant.display_name,
        mentor=_mentor_name(programme, match),
        coach=_coach_name(programme, case.participant),
    )
    return session_summary_pdf(data, house_style(programme), language)


def _certificates(
    programme: Programme,
    case: CaseFile,
    match: Match,
    roles: tuple[Role, ...],
    signers: tuple[HouseStyle, dict[str, str]],
    issued_on: date | None,
) -> list[CertificateData]:
    """The certificates of an ended duo for `roles`, signed by the mentee's coach (one
    coach follows both sides); none for a mentor who was erased."""
    assert match.ended_on is not None
    house, coaches = signers
    agreement = next((item for item in case.agreements if item.match_id == match.id), None)
    started_on = agreement.start_on if agreement else match.validated_on or match.proposed_on
    meetings = sum(
        1
        for item in case.meetings
        if item.match_id == match.id and item.kind is MeetingKind.MEETING
    )
    names = {
        Role.MENTEE: case.participant.display_name,
        Role.MENTOR: _mentor_name(programme, match),
    }
    return [
        CertificateData(
            name=names[role],
            role=role,
            programme=house.name,
            started_on=started_on,
            ended_on=match.ended_on,
            meetings=meetings,
            signer=coaches.get(case.participant.coach, ""),
            place=_town(house.address),
            issued_on=issued_on,
        )
        for role in roles
        if names[role]
    ]


def certificate_document(
    programme: Programme,
    mentee_id: str,
    match_id: str,
    role: Role,
    language: str,
    *,
    issued_on: date | None = None,
) -> bytes:
    """The certificate of participation of the duo's mentee or mentor, once the duo ended;
    dated `issued_on`, or the day the duo ended."""
    case = programme.cases.read(mentee_id)
    match = _duo(case, match_id)
    if match.ended_on is None:
        raise DuoError(
            QT_TRANSLATE_NOOP(
                "DuoError", "This duo is still running: its certificates are printed once it ends."
            )
        )
    house = house_style(programme)
    found = _certificates(
        programme, case, match, (role,), (house, _coach_names(programme)), issued_on
    )
    if not found:
        raise DuoError(
            QT_TRANSLATE_NOOP(
                "DuoError", "The mentor of this duo was erased: there is no one to print it for."
            )
        )
    return certificates_pdf(found, house, language)


def ended_duos(programme: Programme, start: date, end: date) -> list[MatchEntry]:
    """The duos whose ending falls from `start` to `end` (both included), from the index
    after a refresh, in the order they ended."""
    programme.index.refresh(programme.cases)
    ended = [
        match
        for match in programme.index.matches()
        if match.duo is not None
        and match.duo.ended_on is not None
        and start <= match.duo.ended_on <= end
    ]
    return sorted(ended, key=lambda match: (match.duo.ended_on if match.duo else end, match.id))


def batch_certificates(
    programme: Programme,
    start: date,
    end: date,
    language: str,
    progress: Progress | None = None,
    *,
    issued_on: date | None = None,
) -> bytes:
    """One PDF with the certificates of the mentee and the mentor of every duo that ended
    from `start` to `end`, one page each. `progress(done, total)` follows the duos read. A
    mentee's file that cannot be read is passed over."""
    duos = ended_duos(programme, start, end)
    signers = (house_style(programme), _coach_names(programme))
    certificates: list[CertificateData] = []
    for done, entry in enumerate(duos, start=1):
        try:
            case = programme.cases.read(entry.mentee_id)
        except (CaseFileDamagedError, NewerSchemaError, ParticipantNotFoundError):
            # One unreadable file must not cost everyone else their certificate; the file
            # itself says what is wrong when it is opened (or by `duo verify`).
            case = None
        if case is not None:
            match = _duo(case, entry.id)
            if match.ended_on is not None:  # not reopened since the index was read
                roles = (Role.MENTEE, Role.MENTOR)
                certificates += _certificates(programme, case, match, roles, signers, issued_on)
        if progress is not None:
            progress(done, len(duos))
    if not certificates:
        raise DuoError(
            QT_TRANSLATE_NOOP(
                "DuoError", "No duo ended in this period: there is no certificate to print."
            )
        )
    return certificates_pdf(certificates, signers[0], language)
