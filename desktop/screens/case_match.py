"""The Match page of a case view: where the mentee's match stands and its next step, or a
mentor's mentees and free places.

The page shows what it is given and says what the coach asked for with signals; the case
view records each step through `desktop.workflows.matching`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from html import escape

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop.labels import match_state_label
from desktop.rules.match_steps import MatchStep, can_decline, next_step, validation_waits
from desktop.screens.case_pages import text_list
from desktop.screens.case_words import day_text
from desktop.screens.match_words import score_text
from storage.cases import CaseFile
from storage.index import MatchEntry
from storage.records import Answer, Match, Status

NameOf = Callable[[str], str]


translate = QCoreApplication.translate


class MatchPage(QWidget):
    """The current match and its steps, earlier matches, and what can be done next."""

    step_requested = Signal(str, str)  # MatchStep value, match id
    decline_requested = Signal(str)  # match id
    review_requested = Signal(str, str)  # mentee id, mentor id
    find_requested = Signal(str)  # participant id

    def __init__(self) -> None:
        super().__init__()
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(self.summary.textFormat().RichText)
        self.next_button = QPushButton()
        self.next_button.clicked.connect(self._next)
        self.decline_button = QPushButton(self.tr("Dec&line…"))
        self.decline_button.clicked.connect(self._decline)
        self.review_button = QPushButton(self.tr("Review side &by side…"))
        self.review_button.clicked.connect(self._review)
        self.replan_button = QPushButton(self.tr("Change the mee&ting…"))
        self.replan_button.clicked.connect(self._replan)
        self.find_button = QPushButton()
        self.find_button.clicked.connect(lambda: self.find_requested.emit(self._case_id))
        self.steps = text_list(self.tr("Matches"))
        buttons = QHBoxLayout()
        for button in (
            self.next_button,
            self.replan_button,
            self.review_button,
            self.decline_button,
            self.find_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addLayout(buttons)
        layout.addWidget(self.steps, 1)
        self._case_id = ""
        self._match: Match | None = None

    # --- showing ---------------------------------------------------------------------------

    def show_mentee(self, case: CaseFile, name_of: NameOf, today: date) -> None:
        """A mentee's current match with its next step, and every match kept."""
        self._case_id = case.participant.id
        match = case.current_match
        self._match = match
        status = case.status.status if case.status else None
        waiting = status is Status.ACCEPTED and match is None
        self.find_button.setText(self.tr("&Find a mentor…"))
        self.find_button.setVisible(waiting)
        step = next_step(match) if match else None
        self.next_button.setVisible(step is not None)
        if step is not None:
            self.next_button.setText(_step_button_text(step))
        waits = match is not None and validation_waits(match, today)
        self.next_button.setEnabled(not waits)
        self.replan_button.setVisible(step is MatchStep.VALIDATION)
        self.decline_button.setVisible(match is not None and can_decline(match))
        self.review_button.setVisible(match is not None)
        if match is None:
            self.summary.setText(
                self.tr("Waiting for a match: find a mentor to propose.")
                if waiting
                else self.tr("No match is running.")
            )
        else:
            summary = self.tr("<b>{state}</b> with {mentor}").format(
                state=escape(match_state_label(match.state)),
                mentor=escape(name_of(match.mentor_id)),
            )
            if waits and match.first_meeting_on is not None:
                summary += "<br>" + escape(
                    self.tr(
                        "The first meeting is on {day}: validate the duo once both confirmed "
                        "after it."
                    ).format(day=day_text(match.first_meeting_on))
                )
            self.summary.setText(summary)
        none_yet = self.tr("No match was proposed yet.")
        self.steps.setHtml(
            "".join(_match_html(m, name_of) for m in reversed(case.matches))
            or f"<p>{escape(none_yet)}</p>"
        )

    def show_mentor(self, case: CaseFile, matches: Sequence[MatchEntry], name_of: NameOf) -> None:
        """A mentor's mentees (from the index: the matches live in the mentees' files)."""
        self._case_id = case.participant.id
        self._match = None
        capacity = max(1, case.participant.capacity or 1)
        taken = sum(1 for m in matches if m.is_open)
        for button in (
            self.next_button,
            self.replan_button,
            self.decline_button,
            self.review_button,
        ):
            button.hide()
        accepted = case.status is not None and case.status.status is Status.ACCEPTED
        self.find_button.setText(self.tr("&Find a mentee…"))
        self.find_button.setVisible(accepted and taken < capacity)
        self.summary.setText(
            self.tr("{taken} of {capacity} places taken").format(taken=taken, capacity=capacity)
        )
        since = self.tr("since {day}")
        rows = [
            f"<p><b>{escape(name_of(m.mentee_id))}</b>: {escape(match_state_label(m.state))}"
            f" — {escape(since.format(day=day_text(m.state_since)))}</p>"
            for m in sorted(matches, key=lambda m: m.state_since, reverse=True)
        ]
        none_yet = self.tr("No mentee yet.")
        self.steps.setHtml("".join(rows) or f"<p>{escape(none_yet)}</p>")

    def show_nothing(self) -> None:
        """A participant with no role cannot be matched."""
        for button in (
            self.next_button,
            self.replan_button,
            self.decline_button,
            self.review_button,
            self.find_button,
        ):
            button.hide()
        self.summary.clear()
        self.steps.clear()

    # --- asking ----------------------------------------------------------------------------

    def _next(self) -> None:
        if self._match is not None and (step := next_step(self._match)) is not None:
            self.step_requested.emit(step.value, self._match.id)

    def _replan(self) -> None:
        if self._match is not None:
            self.step_requested.emit(MatchStep.FIRST_MEETING.value, self._match.id)

    def _decline(self) -> None:
        if self._match is not None:
            self.decline_requested.emit(self._match.id)

    def _review(self) -> None:
        if self._match is not None:
            self.review_requested.emit(self._case_id, self._match.mentor_id)


def _step_button_text(step: MatchStep) -> str:
    return {
        MatchStep.MENTOR_ANSWER: translate("MatchPage", "Record the mentor's &answer…"),
        MatchStep.MENTEE_ANSWER: translate("MatchPage", "Record the mentee's &answer…"),
        MatchStep.FIRST_MEETING: translate("MatchPage", "Plan the first meetin&g…"),
        MatchStep.VALIDATION: translate("MatchPage", "Validate the d&uo…"),
    }[step]


def _answer_text(answer: Answer, reason: str) -> str:
    if answer is Answer.YES:
        return translate("MatchPage", "yes")
    return (
        translate("MatchPage", "no: {reason}").format(reason=reason)
        if reason
        else translate("MatchPage", "no")
    )


def _match_html(match: Match, name_of: NameOf) -> str:
    """One match as a short dated path."""
    lines = [translate("MatchPage", "Proposed on {day}").format(day=day_text(match.proposed_on))]
    if match.score is not None:
        lines[0] += f" ({score_text(match.score)})"
    if match.mentor_answered_on:
        lines.append(
            translate("MatchPage", "Mentor answered on {day}: {answer}").format(
                day=day_text(match.mentor_answered_on),
                answer=_answer_text(match.mentor_answer, match.mentor_reason),
            )
        )
    if match.mentee_answered_on:
        lines.append(
            translate("MatchPage", "Mentee answered on {day}: {answer}").format(
                day=day_text(match.mentee_answered_on),
                answer=_answer_text(match.mentee_answer, match.mentee_reason),
            )
        )
    if match.first_meeting_on:
        lines.append(
            (
                translate("MatchPage", "First meeting on {day} at {place}, with the coach")
                if match.coach_present
                else translate("MatchPage", "First meeting on {day} at {place}, without the coach")
            ).format(day=day_text(match.first_meeting_on), place=match.first_meeting_place)
        )
    if match.validated_on:
        lines.append(
            translate("MatchPage", "Validated by both; duo since {day}").format(
                day=day_text(match.validated_on)
            )
        )
    if match.declined_on:
        lines.append(
            translate("MatchPage", "Declined on {day} by the {who}: {reason}").format(
                day=day_text(match.declined_on),
                who=_who(match.declined_by),
                reason=match.decline_reason,
            )
        )
    title = translate("MatchPage", "{mentor} — {state}").format(
        mentor=name_of(match.mentor_id), state=match_state_label(match.state)
    )
    items = "".join(f"<li>{escape(line)}</li>" for line in lines)
    return f"<p><b>{escape(title)}</b></p><ul>{items}</ul>"


def _who(code: str) -> str:
    return {
        "mentor": translate("MatchPage", "mentor"),
        "mentee": translate("MatchPage", "mentee"),
        "coach": translate("MatchPage", "coach"),
    }.get(code, code)
