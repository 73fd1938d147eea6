"""Every printed document of a programme, in English, Dutch and French, written to a folder
so anyone can review them without clicking through the application (`duo samples`).

The cases are chosen from the programme to show what the documents must handle: the duo
with the most meetings (a mentee whose name is in a right-to-left script when there is
one), a candidate for each screening decision, the certificates of the latest month in which
duos ended, and the programme report of the last 12 months. File names hold no names.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from desktop.rules.periods import Preset, period_of
from desktop.workflows.print_case import (
    complete_file_document,
    consent_form_document,
    intake_summary_document,
    letter_document,
)
from desktop.workflows.print_duo import (
    agreement_document,
    batch_certificates,
    certificate_document,
    session_summary_document,
)
from desktop.workflows.print_programme import (
    programme_report_document,
    recovery_sheet_document,
)
from printing.scripts import has_right_to_left
from printing.words import LANGUAGES
from storage.atomic import write_atomically
from storage.duo_records import MeetingKind
from storage.errors import QT_TRANSLATE_NOOP, DuoError
from storage.index import IndexEntry, MatchEntry
from storage.keys import new_recovery_key
from storage.programme import Programme
from storage.records import Role

Render = Callable[[str], bytes]
Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class Sample:
    """One document to write, as `<language>/<file_name>`."""

    file_name: str
    render: Render


def _showcase_duo(programme: Programme) -> MatchEntry:
    """The ended duo with an agreement and the most meetings; a right-to-left name first."""
    ended = [
        match
        for match in programme.index.matches()
        if match.duo is not None and match.duo.ended_on is not None and match.duo.has_agreement
    ]
    if not ended:
        raise DuoError(
            QT_TRANSLATE_NOOP(
                "DuoError",
                "This programme has no ended duo with an agreement to print samples from. "
                "Run the samples on a demo programme (duo demo PATH).",
            )
        )

    def score(match: MatchEntry) -> tuple[bool, int, str]:
        entry = programme.index.get(match.mentee_id)
        name = entry.display_name if entry is not None else ""
        meetings = len(match.duo.meeting_days) if match.duo is not None else 0
        return has_right_to_left(name), meetings, match.id

    return max(ended, key=score)


def _decided(entries: list[IndexEntry], decision: str) -> IndexEntry | None:
    """The first candidate with this latest screening decision, a reason noted if possible."""
    found = [entry for entry in entries if entry.decision == decision]
    found.sort(key=lambda entry: (not entry.decision_reason_given, entry.id))
    return found[0] if found else None


def _latest_meeting(programme: Programme, mentee_id: str, match_id: str) -> str:
    meetings = [
        meeting
        for meeting in programme.cases.read(mentee_id).meetings
        if meeting.match_id == match_id and meeting.kind is MeetingKind.MEETING
    ]
    if not meetings:
        raise DuoError(
            QT_TRANSLATE_NOOP(
                "DuoError", "The chosen duo has no meeting to print a session summary of."
            )
        )
    return max(meetings, key=lambda meeting: (meeting.held_on, meeting.id)).id


def _certificate_month(duo: MatchEntry) -> tuple[date, date]:
    """The calendar month in which the showcase duo ended."""
    assert duo.duo is not None and duo.duo.ended_on is not None
    start = duo.duo.ended_on.replace(day=1)
    end = (start + timedelta(days=32)).replace(day=1) - timedelta(days=1)
    return start, end


def choose_samples(programme: Programme, today: date) -> list[Sample]:
    """Every document of issue 6, for cases chosen from the programme."""
    programme.index.refresh(programme.cases)
    duo = _showcase_duo(programme)
    mentee, mentor, match_id = duo.mentee_id, duo.mentor_id, duo.id
    meeting_id = _latest_meeting(programme, mentee, match_id)
    month_start, month_end = _certificate_month(duo)
    last_year = period_of(Preset.LAST_12_MONTHS, today)
    key = new_recovery_key()  # a fresh key that opens nothing: the sheet is only a sample
    name = programme.settings.name
    samples = [
        Sample("agreement.pdf", lambda lang: agreement_document(programme, mentee, match_id, lang)),
        Sample(
            "session-summary.pdf",
            lambda lang: session_summary_document(programme, mentee, meeting_id, lang),
        ),
        Sample(
            "certificate-mentee.pdf",
            lambda lang: certificate_document(programme, mentee, match_id, Role.MENTEE, lang),
        ),
        Sample(
            "certificate-mentor.pdf",
            lambda lang: certificate_document(programme, mentee, match_id, Role.MENTOR, lang),
        ),
        Sample(
            "certificates-batch.pdf",
            lambda lang: batch_certificates(programme, month_start, month_end, lang),
        ),
        Sample(
            "intake-summary-mentee.pdf",
            lambda lang: intake_summary_document(programme, mentee, lang),
        ),
        Sample(
            "intake-summary-mentor.pdf",
            lambda lang: intake_summary_document(programme, mentor, lang),
        ),
        Sample("consent-form.pdf", lambda lang: consent_form_document(programme, mentee, lang)),
        Sample(
            "complete-file-mentee.pdf", lambda lang: complete_file_document(programme, mentee, lang)
        ),
        Sample(
            "complete-file-mentor.pdf", lambda lang: complete_file_document(programme, mentor, lang)
        ),
        Sample(
            "programme-report.pdf",
            lambda lang: programme_report_document(
                programme, last_year.start or today, today, lang, today
            ),
        ),
        Sample(
            "recovery-key-sheet.pdf",
            lambda lang: recovery_sheet_document(name, key, today, lang),
        ),
    ]
    entries = programme.index.entries()
    for decision in ("accepted", "refused", "referred"):
        candidate = _decided(entries, decision)
        if candidate is not None:
            case_id = candidate.id
            samples.append(
                Sample(
                    f"letter-{decision}.pdf",
                    lambda lang, case_id=case_id: letter_document(programme, case_id, lang),
                )
            )
    return samples


def write_samples(
    programme: Programme, folder: Path, today: date, progress: Progress | None = None
) -> list[Path]:
    """Write every sample in every language under `folder/<language>/`; the paths written."""
    samples = choose_samples(programme, today)
    written: list[Path] = []
    total = len(samples) * len(LANGUAGES)
    for language in LANGUAGES:
        for sample in samples:
            path = folder / language / sample.file_name
            pdf = sample.render(language)
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
                write_atomically(path, pdf)
            except OSError as error:
                raise DuoError(
                    QT_TRANSLATE_NOOP(
                        "DuoError",
                        "Duo could not write the samples into {folder} ({reason}). "
                        "Choose a folder you may write to, with some free space.",
                    ),
                    folder=str(folder),
                    reason=str(error.strerror),
                ) from error
            written.append(path)
            if progress is not None:
                progress(len(written), total)
    return written
