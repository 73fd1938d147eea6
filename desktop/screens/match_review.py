"""The side-by-side review of one pair before it is proposed (domain.md, steps 5 and 6).

    window = open_review(self, session, context, mentee_id, mentor_id)

The mentee (profile and full CV), the score breakdown and the mentor (profile) side by side;
then two previews of exactly what each side will receive (`desktop.matching.disclosure`).
"Propose this match" records the proposal through the matching workflow. The window is not
modal, so the coach can keep it open beside the case files, and it belongs to the screen that
opened it: locking the programme closes it with that screen.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from itertools import pairwise

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.context import AppContext
from desktop.matching.scoring import Exclusion
from desktop.screens.case_profile import ProfileView
from desktop.screens.case_words import CaseWords
from desktop.screens.match_review_breakdown import ScoreBreakdown
from desktop.screens.match_review_data import Hold, Review, load_review, most_points
from desktop.screens.match_review_previews import CvPane, MenteePreview, MentorPreview
from desktop.screens.match_words import exclusion_text, match_state_label
from desktop.screens.matching_actions import save_proposal
from desktop.session import Session

_BLOCKER_STYLE = "color: #c62828; font-weight: bold;"


def _title(text: str) -> QLabel:
    label = QLabel(text)
    font = label.font()
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * 1.2)
    label.setFont(font)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    return label


class MatchReviewWindow(QDialog):
    """One mentee and one mentor side by side, the score between them, and what each side
    would receive; the coach proposes the match from here."""

    proposed = Signal(str)  # mentee id

    def __init__(
        self,
        session: Session,
        context: AppContext,
        mentee_id: str,
        mentor_id: str,
        *,
        today: Callable[[], date] = date.today,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint)
        self.setModal(False)
        self.session = session
        self.context = context
        self.mentee_id = mentee_id
        self.mentor_id = mentor_id
        self._today = today
        self._saving = False
        # Read first: an unreadable case file raises here, before any widget is made.
        self.review = load_review(session.programme, mentee_id, mentor_id, today())
        self.words = CaseWords.read(session.programme)

        self.mentee_title = _title("")
        self.mentee_profile = ProfileView()
        self.mentee_cv = CvPane(
            self.tr("No CV attached. Attach it in the mentee's case file (Documents).")
        )
        self.breakdown = ScoreBreakdown()
        self.score_title = _title(self.tr("Score"))
        self.mentor_title = _title("")
        self.mentor_profile = ProfileView()
        self.for_mentor = MentorPreview()
        self.for_mentee = MenteePreview()
        self.tabs = QTabWidget()
        self.blocker = QLabel()
        self.blocker.setWordWrap(True)
        self.blocker.setStyleSheet(_BLOCKER_STYLE)
        self.blocker.setTextFormat(Qt.TextFormat.PlainText)
        self.propose_button = QPushButton(self.tr("&Propose this match"))
        self.propose_button.clicked.connect(self.propose)
        self.close_button = QPushButton(self.tr("&Close"))
        self.close_button.clicked.connect(self.close)
        self._lay_out()
        self._add_shortcuts()
        self._show(self.review)
        self._fit_screen()
        session.case_saved.connect(self._case_saved)
        session.case_erased.connect(self._case_erased)
        session.settings_changed.connect(self._reload)
        self._listening = True

    # --- building ----------------------------------------------------------------------------

    def _column(self, title: QLabel, body: QWidget) -> QWidget:
        column = QWidget()
        layout = QVBoxLayout(column)
        layout.setContentsMargins(4, 4, 4, 0)
        layout.addWidget(title)
        layout.addWidget(body, 1)
        return column

    def _lay_out(self) -> None:
        mentee_parts = QSplitter(Qt.Orientation.Vertical)
        mentee_parts.setChildrenCollapsible(False)
        mentee_parts.addWidget(self.mentee_profile)
        mentee_parts.addWidget(self.mentee_cv)
        # The CV is what the coach reads closely; the profile is a reminder above it.
        mentee_parts.setSizes([3500, 6500])
        columns = QSplitter(Qt.Orientation.Horizontal)
        columns.setChildrenCollapsible(False)
        columns.addWidget(self._column(self.mentee_title, mentee_parts))
        columns.addWidget(self._column(self.score_title, self.breakdown))
        columns.addWidget(self._column(self.mentor_title, self.mentor_profile))
        columns.setSizes([4400, 2400, 3200])
        self.tabs.addTab(columns, self.tr("&Side by side"))
        self.tabs.addTab(self.for_mentor, self.tr("What the &mentor receives"))
        self.tabs.addTab(self.for_mentee, self.tr("What the mentee &receives"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.blocker, 1)
        buttons.addStretch()
        buttons.addWidget(self.propose_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(buttons)
        order = (
            self.tabs.tabBar(),
            self.mentee_profile,
            self.mentee_cv,
            self.breakdown,
            self.mentor_profile,
            self.propose_button,
            self.close_button,
        )
        for before, after in pairwise(order):
            self.setTabOrder(before, after)

    def _add_shortcuts(self) -> None:
        columns = (
            ("Ctrl+1", self.mentee_title, self.mentee_profile),
            ("Ctrl+2", self.score_title, self.breakdown),
            ("Ctrl+3", self.mentor_title, self.mentor_profile),
        )
        for keys, title, widget in columns:
            title.setToolTip(self.tr("Go to this column: {keys}").format(keys=keys))
            QShortcut(QKeySequence(keys), self, lambda w=widget: self.focus_column(w))

    def _fit_screen(self) -> None:
        screen = self.screen() or QGuiApplication.primaryScreen()
        available = screen.availableGeometry()
        self.resize(min(1600, int(available.width() * 0.95)), int(available.height() * 0.9))

    # --- showing -----------------------------------------------------------------------------

    def _show(self, review: Review) -> None:
        self.review = review
        mentee, mentor = review.mentee.participant, review.mentor.participant
        self.setWindowTitle(
            self.tr("Review: {mentee} and {mentor} — Duo").format(
                mentee=mentee.display_name, mentor=mentor.display_name
            )
        )
        self.mentee_title.setText(self.tr("Mentee: {name}").format(name=mentee.display_name))
        self.mentor_title.setText(self.tr("Mentor: {name}").format(name=mentor.display_name))
        self.mentee_profile.show_case(review.mentee, self.words)
        self.mentee_cv.show_cv(review.for_mentor.cv, review.cv_data)
        self.mentor_profile.show_case(review.mentor, self.words)
        blocker = self.blocker_text(review)
        self.breakdown.show_score(review.score, most_points(review.settings), self.words, blocker)
        # The previews are drawn from the packets alone: they are what leaves the programme.
        self.for_mentor.show_packet(review.for_mentor, review.cv_data, self.words)
        self.for_mentee.show_packet(review.for_mentee)
        self.blocker.setText(blocker)
        self.blocker.setVisible(bool(blocker))
        self.propose_button.setEnabled(review.can_propose)
        self.propose_button.setDefault(review.can_propose)
        self.propose_button.setToolTip(
            blocker or self.tr("Record the proposal; then ask the mentor first.")
        )

    def blocker_text(self, review: Review) -> str:
        """Why the pair cannot be proposed now, in words ("" when it can)."""
        hold = review.hold
        mentee = review.mentee.participant.display_name
        mentor = review.mentor.participant.display_name
        if hold is None:
            return ""
        if isinstance(hold, Exclusion):
            reason = exclusion_text(hold)
            if hold is Exclusion.AT_CAPACITY:
                return self.tr("{mentor}: {reason}.").format(mentor=mentor, reason=reason)
            return self.tr("{reason}.").format(reason=reason)
        current = review.mentee.current_match
        if hold is Hold.ALREADY_PROPOSED and current is not None:
            return self.tr("This pair is already proposed: {state}.").format(
                state=match_state_label(current.state)
            )
        if hold is Hold.MENTEE_MATCHED:
            return self.tr(
                "{mentee} already has a match proposed or running with another mentor: a "
                "mentee has one mentor at a time."
            ).format(mentee=mentee)
        if hold is Hold.MENTOR_NOT_ACCEPTED:
            return self.tr(
                "{mentor} is not accepted as a mentor: finish their screening first."
            ).format(mentor=mentor)
        return self.tr(
            "{mentee} is not waiting for a match: only an accepted mentee who is not matched "
            "yet can be proposed a mentor."
        ).format(mentee=mentee)

    def focus_column(self, widget: QWidget) -> None:
        """Bring the side-by-side page forward and put the focus in one of its columns."""
        self.tabs.setCurrentIndex(0)
        widget.setFocus(Qt.FocusReason.ShortcutFocusReason)

    # --- keeping up with changes -------------------------------------------------------------

    def _case_saved(self, case_id: str) -> None:
        if case_id in (self.mentee_id, self.mentor_id) and not self._saving:
            self._reload()

    def _case_erased(self, case_id: str) -> None:
        if case_id in (self.mentee_id, self.mentor_id):
            self.close()

    def _reload(self) -> None:
        try:
            review = load_review(
                self.session.programme, self.mentee_id, self.mentor_id, self._today()
            )
            self.words = CaseWords.read(self.session.programme)
        except Exception as error:  # a DuoError is a message, anything else a bug report
            self.context.dialogs.report(self, error)
            self.close()
            return
        self._show(review)

    # --- acting ------------------------------------------------------------------------------

    def propose(self) -> None:
        """Record the proposal of this pair, tell every screen, and close."""
        if not self.review.can_propose:
            return
        # The window closes after saving: re-reading it on its own notification is waste.
        self._saving = True
        failed = save_proposal(self.session, self.context, self, self.review.score, self._today())
        self._saving = False
        if failed is not None:
            return
        self.proposed.emit(self.mentee_id)
        self.close()

    def done(self, result: int) -> None:
        """Stop listening to the session: Close, Escape and proposing all end here."""
        if self._listening:
            self._listening = False
            self.session.case_saved.disconnect(self._case_saved)
            self.session.case_erased.disconnect(self._case_erased)
            self.session.settings_changed.disconnect(self._reload)
        super().done(result)


def open_review(
    parent: QWidget,
    session: Session,
    context: AppContext,
    mentee_id: str,
    mentor_id: str,
    today: Callable[[], date] = date.today,
) -> MatchReviewWindow | None:
    """Open the review of one pair beside `parent`; None (after saying why) when a case file
    cannot be read."""
    try:
        window = MatchReviewWindow(
            session, context, mentee_id, mentor_id, today=today, parent=parent
        )
    except Exception as error:  # a DuoError is a message, anything else a bug report
        context.dialogs.report(parent, error)
        return None
    window.show()
    window.raise_()
    window.activateWindow()
    return window
