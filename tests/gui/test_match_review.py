"""The side-by-side review of a pair: the mentee's CV in the window, the score explained part
by part, previews of exactly what each side receives (a canary in every other mentor field
proves nothing else reaches the mentee), and proposing the match from there."""

from __future__ import annotations

import io
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QTextBrowser, QWidget
from pytestqt.qtbot import QtBot
from reportlab.pdfgen import canvas

from desktop.context import AppContext
from desktop.matching.scoring import Component, Exclusion
from desktop.rules.match_steps import DeclinedBy
from desktop.screens.match_review import MatchReviewWindow, open_review
from desktop.screens.match_words import component_label, exclusion_text, score_text
from desktop.session import Session
from desktop.workflows.matching import decline_match, propose_match
from storage.programme import Programme
from storage.records import (
    JobTarget,
    LanguageSkill,
    MatchState,
    Note,
    Role,
    Status,
    StatusChange,
)
from tests.gui.fakes import ScriptedDialogs
from tests.helpers import fictional_participant

TODAY = date(2026, 3, 20)
CV_PAGES = 3
SHORT_PROFILE = "Site engineer for twenty years; I like to help people find their first job here."
# Every mentor field but the given name and the short profile holds one of these.
MENTOR_CANARIES = {
    "email": "canary-mail-41c@example.org",
    "phone": "CANARY-phone-41c",
    "municipality": "CANARY-town-41c",
    "postcode": "CANARY-pc-41c",
    "mobility": "CANARY-mobility-41c",
    "employer": "CANARY-employer-41c",
    "job_title": "CANARY-title-41c",
    "motivation": "CANARY-motivation-41c",
    "qualities": "CANARY-qualities-41c",
    "interests": "CANARY-interests-41c",
    "linkedin": "CANARY-linkedin-41c",
    "experience_summary": "CANARY-experience-41c",
    "specific_needs": "CANARY-needs-41c",
    "preferences": "CANARY-preferences-41c",
    "referral_contact": "CANARY-referral-41c",
    "diploma_field": "CANARY-diploma-41c",
}
TARGET_CANARY = "CANARY-target-41c"
NOTE_CANARY = "CANARY-note-41c"
MENTOR_FAMILY = "Kazlauskienė-Petraitytė"


def cv_pdf(pages: int = CV_PAGES) -> bytes:
    buffer = io.BytesIO()
    document = canvas.Canvas(buffer)
    for number in range(pages):
        document.drawString(72, 720, f"Curriculum vitae, page {number + 1}")
        document.showPage()
    document.save()
    return buffer.getvalue()


def add_mentee(programme: Programme, *, cv: bool = True) -> str:
    return programme.cases.create(
        fictional_participant(
            "Oluwaseun",
            "Adébáyọ̀-Claes",
            email="oluwaseun@example.org",
            phone="+32 470 12 34 56",
            municipality="Mechelen",
            postcode="2800",
            country_of_origin="NG",
            arrival_year=2022,
            availability=["tue-evening", "thu-evening"],
            experience_summary="Six years building bridges in Lagos",
        ),
        author="",
        records=[
            StatusChange(status=Status.ACCEPTED, since=date(2026, 1, 12)),
            JobTarget(sector="F", occupation="21", description="Civil engineer"),
            LanguageSkill(language="en", level="C1"),
            LanguageSkill(language="nl", level="A2"),
        ],
        attachments=[("cv.pdf", cv_pdf(), "cv", "application/pdf")] if cv else [],
    )


def add_mentor(programme: Programme) -> str:
    return programme.cases.create(
        fictional_participant(
            "Giedrė",
            MENTOR_FAMILY,
            role=Role.MENTOR,
            capacity=2,
            year_of_birth=1971,
            short_profile=SHORT_PROFILE,
            availability=["tue-evening"],
            **MENTOR_CANARIES,
        ),
        author="",
        records=[
            StatusChange(status=Status.ACCEPTED, since=date(2025, 11, 3)),
            JobTarget(sector="F", occupation="21", description=TARGET_CANARY),
            LanguageSkill(language="en", level="C2"),
            Note(written_on=date(2025, 11, 3), text=NOTE_CANARY),
        ],
    )


@pytest.fixture
def pair(programme: Programme) -> tuple[str, str]:
    mentee, mentor = add_mentee(programme), add_mentor(programme)
    programme.index.refresh(programme.cases)
    return mentee, mentor


@pytest.fixture
def owner(qtbot: QtBot) -> QWidget:
    """The screen a review is opened from; closing it closes the review too."""
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


def review(
    owner: QWidget, session: Session, context: AppContext, pair: tuple[str, str]
) -> MatchReviewWindow:
    window = open_review(owner, session, context, *pair, today=lambda: TODAY)
    assert window is not None
    return window


def texts(widget: QWidget) -> str:
    """Everything a widget shows as text: its labels and its rich texts."""
    shown = [label.text() for label in widget.findChildren(QLabel)]
    shown += [browser.toPlainText() for browser in widget.findChildren(QTextBrowser)]
    return "\n".join(shown)


def test_the_review_shows_the_mentees_pdf_cv_and_both_profiles(
    owner: QWidget, session: Session, context: AppContext, pair: tuple[str, str]
) -> None:
    window = review(owner, session, context, pair)

    assert window.isVisible()
    assert window.mentee_cv.has_cv()
    assert window.mentee_cv.viewer.pdf_document.pageCount() == CV_PAGES
    assert "Oluwaseun Adébáyọ̀-Claes" in window.mentee_title.text()
    assert "Six years building bridges in Lagos" in window.mentee_profile.toPlainText()
    # The coach sees the mentor in full.
    assert MENTOR_CANARIES["employer"] in window.mentor_profile.toPlainText()
    assert f"Giedrė {MENTOR_FAMILY}" in window.mentor_title.text()


def test_the_breakdown_names_each_component_with_its_reason(
    owner: QWidget, session: Session, context: AppContext, pair: tuple[str, str]
) -> None:
    window = review(owner, session, context, pair)
    breakdown = window.breakdown

    assert [row.name.text() for row in breakdown.rows] == [component_label(c) for c in Component]
    assert breakdown.total.text() == score_text(window.review.score.total)
    assert all(row.reason.text() and row.points.text() for row in breakdown.rows)
    job = breakdown.rows[0]
    assert job.bar.value() == 100 and "Same occupation" in job.reason.text()
    assert job.points.text() == "32 of 32"  # weight 10 of 31 by default
    assert not breakdown.blocker.isVisible()
    assert window.propose_button.isEnabled() and window.propose_button.isDefault()


def test_the_mentee_preview_shows_the_short_profile_and_nothing_else_of_the_mentor(
    owner: QWidget, session: Session, context: AppContext, pair: tuple[str, str]
) -> None:
    window = review(owner, session, context, pair)
    window.tabs.setCurrentWidget(window.for_mentee)

    shown = texts(window.for_mentee)

    assert SHORT_PROFILE in shown and "Giedrė" in shown
    for canary in (*MENTOR_CANARIES.values(), TARGET_CANARY, NOTE_CANARY, MENTOR_FAMILY, "1971"):
        assert canary not in shown


def test_the_mentor_preview_shows_the_cv_and_the_profile_without_contact_details(
    owner: QWidget, session: Session, context: AppContext, pair: tuple[str, str]
) -> None:
    window = review(owner, session, context, pair)
    window.tabs.setCurrentWidget(window.for_mentor)
    preview = window.for_mentor

    assert preview.cv.has_cv()
    assert preview.cv.viewer.pdf_document.pageCount() == CV_PAGES
    profile = preview.profile.toPlainText()
    for sent in ("Oluwaseun", "Mechelen", "Civil engineer", "Six years building bridges"):
        assert sent in profile
    shown = texts(preview)
    for kept in ("Adébáyọ̀-Claes", "oluwaseun@example.org", "+32 470", "2800", "2022", "Nigeria"):
        assert kept not in shown


def test_a_mentee_without_a_cv_is_shown_so_in_both_places(
    owner: QWidget, session: Session, context: AppContext, programme: Programme
) -> None:
    mentee, mentor = add_mentee(programme, cv=False), add_mentor(programme)
    programme.index.refresh(programme.cases)

    window = review(owner, session, context, (mentee, mentor))

    assert not window.mentee_cv.has_cv()
    assert "No CV attached" in window.mentee_cv.missing.text()
    assert not window.for_mentor.cv.has_cv()
    assert "No CV attached" in window.for_mentor.cv.missing.text()


def test_proposing_records_the_match_and_closes_the_review(
    qtbot: QtBot,
    owner: QWidget,
    session: Session,
    context: AppContext,
    programme: Programme,
    pair: tuple[str, str],
) -> None:
    mentee, mentor = pair
    window = review(owner, session, context, pair)
    total = window.review.score.total

    with qtbot.waitSignal(window.proposed) as proposed:
        qtbot.mouseClick(window.propose_button, Qt.MouseButton.LeftButton)

    assert proposed.args == [mentee]
    case = programme.cases.read(mentee)
    assert [(m.mentor_id, m.state, m.proposed_on) for m in case.matches] == [
        (mentor, MatchState.PROPOSED, TODAY)
    ]
    assert case.matches[0].score == pytest.approx(total)
    assert case.status is not None and case.status.status is Status.MATCHING
    assert not window.isVisible()

    again = review(owner, session, context, pair)
    assert not again.propose_button.isEnabled()
    assert "already proposed" in again.blocker.text()


def test_a_declined_pair_cannot_be_proposed_again(
    owner: QWidget,
    session: Session,
    context: AppContext,
    programme: Programme,
    pair: tuple[str, str],
) -> None:
    mentee, mentor = pair
    match = propose_match(
        programme, mentee, mentor, proposed_on=date(2026, 2, 2), score=80.0, author=""
    )
    decline_match(
        programme,
        mentee,
        match.id,
        by=DeclinedBy.MENTOR,
        reason="No time this spring",
        on=date(2026, 2, 9),
        author="",
        today=TODAY,
    )
    session.refresh_index()

    window = review(owner, session, context, pair)

    reason = exclusion_text(Exclusion.DECLINED)
    assert not window.propose_button.isEnabled()
    assert reason in window.blocker.text() and window.blocker.isVisible()
    assert reason in window.propose_button.toolTip()
    assert reason in window.breakdown.blocker.text() and window.breakdown.blocker.isVisible()
    window.propose()  # Enter on a disabled default button does nothing; nor does this
    assert len(programme.cases.read(mentee).matches) == 1


def test_an_unreadable_case_file_is_reported_and_no_window_opens(
    owner: QWidget,
    session: Session,
    context: AppContext,
    dialogs: ScriptedDialogs,
    pair: tuple[str, str],
) -> None:
    _, mentor = pair
    missing = "0c2a7f4e-9b1d-4c3e-8f5a-6d7e8f9a0b1c"

    window = open_review(owner, session, context, missing, mentor, today=lambda: TODAY)

    assert window is None
    assert dialogs.messages("error")


def test_keys_move_between_columns_and_escape_closes(
    qtbot: QtBot, owner: QWidget, session: Session, context: AppContext, pair: tuple[str, str]
) -> None:
    window = review(owner, session, context, pair)
    with qtbot.waitActive(window):  # shortcuts reach only the active window
        window.activateWindow()
    window.tabs.setCurrentWidget(window.for_mentee)

    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentIndex() == 0
    assert window.breakdown.hasFocus()
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert window.mentor_profile.hasFocus()

    with qtbot.waitSignal(window.destroyed):  # closed and gone, not merely hidden
        qtbot.keyClick(window.mentor_profile, Qt.Key.Key_Escape)


def test_enter_proposes_the_match(
    qtbot: QtBot,
    owner: QWidget,
    session: Session,
    context: AppContext,
    programme: Programme,
    pair: tuple[str, str],
) -> None:
    mentee, _ = pair
    window = review(owner, session, context, pair)
    window.breakdown.setFocus()

    with qtbot.waitSignal(window.proposed):
        qtbot.keyClick(window.breakdown, Qt.Key.Key_Return)

    assert programme.cases.read(mentee).matches[0].state is MatchState.PROPOSED


def test_an_open_review_follows_a_proposal_made_elsewhere(
    owner: QWidget,
    session: Session,
    context: AppContext,
    programme: Programme,
    pair: tuple[str, str],
) -> None:
    mentee, mentor = pair
    window = review(owner, session, context, pair)
    assert window.propose_button.isEnabled()

    propose_match(programme, mentee, mentor, proposed_on=TODAY, score=70.0, author="")
    session.notify_case_saved(mentee)

    assert not window.propose_button.isEnabled()
    assert "already proposed" in window.blocker.text()


def test_a_mentor_not_yet_accepted_cannot_be_proposed_and_a_missing_short_profile_shows(
    owner: QWidget, session: Session, context: AppContext, programme: Programme
) -> None:
    mentee = add_mentee(programme)
    mentor = programme.cases.create(
        fictional_participant("Haruto", "Takahashi", role=Role.MENTOR),
        author="",
        records=[
            StatusChange(status=Status.INTERVIEWED, since=date(2026, 3, 2)),
            LanguageSkill(language="en", level="B2"),
        ],
    )
    programme.index.refresh(programme.cases)

    window = review(owner, session, context, (mentee, mentor))

    assert not window.propose_button.isEnabled()
    assert "Haruto Takahashi is not accepted as a mentor" in window.blocker.text()
    card = window.for_mentee.card.toPlainText()
    assert "Haruto" in card and "short profile is not written yet" in card
