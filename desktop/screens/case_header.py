"""The top of a case view: the name, role, where the participant stands (and how long they
have waited), the coach, the path with its dates, and the actions on the whole case."""

from __future__ import annotations

import html
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop.labels import role_label, status_label
from desktop.models.participants import wait_text
from desktop.rules.status_path import (
    can_decide,
    current_step,
    next_step,
    path_steps,
    waiting_since,
)
from desktop.screens.case_profile import quiet_colour
from desktop.screens.case_words import CaseWords, day_text, next_step_label
from storage.cases import CaseFile


class CaseHeader(QWidget):
    """Name, facts and path of one participant, with Edit intake, Screening, Print and
    Erase (the case view gives Print its menu)."""

    def __init__(self) -> None:
        super().__init__()
        self.name = QLabel()
        font = self.name.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.name.setFont(font)
        self.name.setTextFormat(Qt.TextFormat.PlainText)
        self.facts = QLabel()
        self.facts.setTextFormat(Qt.TextFormat.PlainText)
        self.facts.setWordWrap(True)
        self.path = QLabel()
        self.path.setTextFormat(Qt.TextFormat.RichText)
        self.path.setWordWrap(True)
        self.path.setAccessibleName(self.tr("Path"))
        self.edit_button = QPushButton(self.tr("&Edit intake"))
        self.edit_button.setToolTip(self.tr("Change the intake (Ctrl+E)"))
        self.decide_button = QPushButton(self.tr("Screening dec&ision…"))
        # No letter is left in "Print" beside the case view's tabs and the Duo tab's
        # buttons (see the test of the page's mnemonics): Ctrl+P opens its menu instead.
        self.print_button = QPushButton(self.tr("Print"))
        self.print_button.setToolTip(self.tr("Print a document of this participant (Ctrl+P)"))
        self.erase_button = QPushButton(self.tr("E&rase…"))
        top = QHBoxLayout()
        top.addWidget(self.name, 1)
        for button in self._buttons():
            top.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.facts)
        layout.addWidget(self.path)
        self.setTabOrder(self.edit_button, self.decide_button)
        self.setTabOrder(self.decide_button, self.print_button)
        self.setTabOrder(self.print_button, self.erase_button)

    def _buttons(self) -> tuple[QPushButton, ...]:
        return (self.edit_button, self.decide_button, self.print_button, self.erase_button)

    def show_case(self, case: CaseFile, words: CaseWords, today: date) -> None:
        """Show who the participant is and where they stand, as of `today`."""
        person = case.participant
        self.name.setText(person.display_name)
        step = current_step(case.statuses)
        facts = [role_label(person.role)]
        since = waiting_since(case.statuses)
        if step is not None and since is not None:
            facts.append(
                self.tr("{status}, for {wait} so far").format(
                    status=status_label(step.status), wait=wait_text(since, today)
                )
            )
        elif step is not None:
            facts.append(status_label(step.status))
        facts.append(
            self.tr("Coach: {name}").format(name=words.staff_name(person.coach))
            if person.coach
            else self.tr("No coach yet")
        )
        self.facts.setText(" · ".join(facts))
        self.path.setText(self._path_html(case))
        allowed = can_decide(step.status if step else None)
        self.decide_button.setEnabled(allowed)
        self.decide_button.setToolTip(
            ""
            if allowed
            else self.tr("A match is proposed or a duo is running: end it before a new decision.")
        )
        for widget in (self.edit_button, self.print_button, self.erase_button):
            widget.setEnabled(True)

    def show_unreadable(self, message: str) -> None:
        """The case file cannot be read: say why, and offer nothing to do on it."""
        self.name.setText(self.tr("This case file cannot be shown"))
        self.facts.setText(message)
        self.path.clear()
        for widget in self._buttons():
            widget.setEnabled(False)

    def _path_html(self, case: CaseFile) -> str:
        """The steps with their dates, the current one highlighted, then what comes next.
        A step never breaks across lines; the path wraps between steps."""
        palette = self.palette()
        highlight = palette.color(QPalette.ColorRole.Highlight).name()
        on_highlight = palette.color(QPalette.ColorRole.HighlightedText).name()
        parts = []
        steps = path_steps(case.statuses)
        for step in steps:
            words = f"{status_label(step.status)} · {day_text(step.since)}".split(" ")
            text = "&nbsp;".join(html.escape(word) for word in words)
            if step.note:
                text += " — " + html.escape(step.note)
            if step.current:
                text = (
                    f"<span style='background-color:{highlight}; color:{on_highlight}; "
                    f"font-weight:bold'>&nbsp;{text}&nbsp;</span>"
                )
            parts.append(text)
        coming = next_step(steps[-1].status if steps else None)
        if coming is not None:
            later = html.escape(self.tr("next: {step}").format(step=next_step_label(coming)))
            parts.append(f"<span style='color:{quiet_colour(palette)}'><i>{later}</i></span>")
        return "&nbsp;&nbsp;→&nbsp; ".join(parts)
