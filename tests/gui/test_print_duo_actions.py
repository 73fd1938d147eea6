"""Print… on the Duo tab: the agreement, the summary of the meeting chosen in the list, and
the certificates once the duo has ended, each in the print preview."""

from __future__ import annotations

from datetime import date

import pytest
from pytestqt.qtbot import QtBot

from desktop.context import AppContext
from desktop.session import Session
from desktop.workflows import case_actions
from desktop.workflows import duo as workflow
from storage.duo_records import Meeting
from storage.programme import Programme
from storage.records import StaffMember
from tests.duo_helpers import Duo, make_duo
from tests.gui.duo_view import TODAY, click, end_duo, open_view
from tests.gui.print_views import preview_after, preview_of, shown_text, speaks

MENTEE, MENTOR = "Ольга Петренко", "ليلى حداد"


@pytest.fixture
def pair(programme: Programme, coach: StaffMember) -> Duo:
    """A duo validated on 10 March, with the coach at its first meeting."""
    return make_duo(
        programme, mentee=("Ольга", "Петренко"), mentor=("ليلى", "حداد"), coach=coach.id
    )


def test_the_agreement_prints_with_both_names(
    qtbot: QtBot, session: Session, context: AppContext, pair: Duo
) -> None:
    view = open_view(qtbot, session, context, pair.mentee_id)
    click(qtbot, view.duo.agreement.print_button)
    preview = preview_of(qtbot, view.duo)
    text = shown_text(preview)
    assert "Mentoring agreement" in text
    assert MENTEE in text and "Fatoumata Diallo" in text  # the mentee and the coach
    assert preview.windowTitle() == "Agreement — print preview"


def test_the_summary_of_the_meeting_chosen_is_printed(
    qtbot: QtBot,
    programme: Programme,
    session: Session,
    context: AppContext,
    pair: Duo,
    coach: StaffMember,
) -> None:
    view = open_view(qtbot, session, context, pair.mentee_id)
    meetings = view.duo.meetings
    assert not meetings.print_button.isEnabled()  # nothing logged yet
    for day, topic in ((date(2026, 4, 7), "A CV for logistics"), (date(2026, 5, 5), "LinkedIn")):
        workflow.log_meeting(
            programme,
            pair.mentee_id,
            Meeting(match_id=pair.match_id, held_on=day, topic=topic),
            author=coach.id,
            today=TODAY,
        )
    session.notify_case_saved(pair.mentee_id)
    assert meetings.print_button.isEnabled()
    meetings.table.select_row(1)  # the older one (newest first)
    click(qtbot, meetings.print_button)
    text = shown_text(preview_of(qtbot, view.duo))
    assert "Session summary" in text and MENTEE in text
    assert "A CV for logistics" in text and "LinkedIn" not in text


def test_certificates_are_offered_once_the_duo_has_ended(
    qtbot: QtBot,
    programme: Programme,
    session: Session,
    context: AppContext,
    pair: Duo,
    coach: StaffMember,
) -> None:
    speaks(programme, pair.mentor_id, "fr", "C1", coach.id)
    view = open_view(qtbot, session, context, pair.mentee_id)
    ending = view.duo.ending
    assert not ending.certificate_button.isVisibleTo(view)  # still running
    end_duo(programme, pair, coach, date(2026, 9, 30))
    session.notify_case_saved(pair.mentee_id)
    assert ending.certificate_button.isVisibleTo(view)
    assert ending.certificate_button.menu() is ending.certificate_menu
    assert ending.mentee_action.text() == f"For the &mentee, \u2068{MENTEE}\u2069…"
    assert ending.mentor_action.text() == f"For the men&tor, \u2068{MENTOR}\u2069…"

    preview = preview_after(qtbot, view.duo, ending.mentor_action)
    assert preview.language() == "fr"  # the mentor's own language
    text = shown_text(preview)
    assert "CERTIFICAT" in text and "30 septembre 2026" in text
    assert "Avec nos chaleureux remerciements" in text  # the mentor's certificate
    preview.close()
    preview = preview_after(qtbot, view.duo, ending.mentee_action)
    assert preview.language() == "en"
    text = shown_text(preview)
    assert "CERTIFICATE" in text and MENTEE in text and "Congratulations" in text


def test_no_certificate_for_a_mentor_who_was_erased(
    qtbot: QtBot,
    programme: Programme,
    session: Session,
    context: AppContext,
    pair: Duo,
    coach: StaffMember,
) -> None:
    end_duo(programme, pair, coach, date(2026, 9, 30))
    case_actions.erase(programme, pair.mentor_id, reason="Asked to be forgotten", author=coach.id)
    session.refresh_index()
    view = open_view(qtbot, session, context, pair.mentee_id)
    ending = view.duo.ending
    assert ending.mentee_action.isEnabled()
    assert not ending.mentor_action.isEnabled()
    assert ending.mentor_action.text() == "For the men&tor (erased)"
