"""The session summary of one meeting, typed in under a minute from the mentee's report
(domain.md, "A meeting"; seed 000: five steps and six domains). The dialog only collects;
the caller saves through `desktop.workflows.duo.log_meeting`.

    dialog = MeetingDialog(parent, match_id=…, names="Amani and Ingrid", today=…, earliest=…)
    if context.dialogs.run(dialog):
        log_meeting(programme, mentee_id, dialog.meeting(), author=…, today=…)

A short contact between meetings hides the five steps and asks for one summary, stored as
the meeting's `topic`: the field a list line shows (`duo_words.meeting_line`), so a contact
reads as what it was about. Changing the kind carries the topic to the summary and back; the
other steps stay in their boxes, and a contact is not saved while they hold anything.
Ctrl+Enter saves from any field; Enter alone never does; Esc cancels.
"""

from __future__ import annotations

import dataclasses
import itertools
from datetime import date, timedelta

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.screens.case_pages import qdate
from desktop.screens.case_words import day_text
from desktop.screens.duo_words import (
    domain_label,
    meeting_kind_label,
    meeting_mode_label,
    mnemonic_letters,
    reporter_label,
    with_mnemonic,
)
from desktop.screens.meeting_form import (
    NONE_PLANNED,
    TextField,
    add_step_row,
    carry_summary,
    edit_day,
    free_date_edit,
    set_text,
    text_field,
    typed_text,
)
from storage.duo_records import (
    DEFAULT_CONTACT_EVERY_DAYS,
    MEETING_DOMAINS,
    Meeting,
    MeetingKind,
    MeetingMode,
    Reporter,
)
from widgets.choice_combo import ChoiceCombo

_ERROR_STYLE = "color: #c62828; font-weight: bold;"
_MAX_MINUTES = 12 * 60  # as the workflow allows
# What each kind usually is (minutes, mode), so switching to a contact is one key, not three.
_MEETING, _CONTACT = (90, MeetingMode.IN_PERSON), (15, MeetingMode.PHONE)


class MeetingDialog(QDialog):
    """When, how long, how, who reported; the five steps; the domains touched."""

    def __init__(
        self,
        parent: QWidget | None,
        *,
        match_id: str,
        names: str,
        today: date,
        earliest: date,
        meeting: Meeting | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Session summary — {names}").format(names=names))
        self._today, self._earliest, self._match_id = today, earliest, match_id
        # A new summary gets its id now: re-opened after a refused save it stays the same.
        self._base = meeting or Meeting(match_id=match_id, held_on=today, minutes=_MEETING[0])
        intro = self.tr("What {names} reported. Tab moves on, Ctrl+Enter saves, Esc cancels.")
        self.error = QLabel(styleSheet=_ERROR_STYLE, wordWrap=True, visible=False)
        # No default button: Enter in a field must not save half a summary (nor cancel it).
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        role = QDialogButtonBox.ButtonRole.ActionRole
        self.save_button = buttons.addButton(self.tr("Save"), role)
        self.save_button.setToolTip(self.tr("Ctrl+Enter saves from any field"))
        for button in buttons.buttons():
            button.setAutoDefault(False)
        self.save_button.clicked.connect(self._save)
        buttons.rejected.connect(self.reject)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self._save)
        chain: list[QWidget] = []
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(intro.format(names=names), textFormat=Qt.TextFormat.PlainText))
        layout.addLayout(self._top_row(chain))
        self._scroll = self._scrolled_body(chain)
        layout.addWidget(self._scroll, 1)
        bottom = QHBoxLayout()  # a message beside the buttons leaves the form's height alone
        bottom.addWidget(self.error, 1)
        bottom.addWidget(buttons)
        layout.addLayout(bottom)
        for first, second in itertools.pairwise([*chain, *buttons.buttons()]):
            QWidget.setTabOrder(first, second)
        self._give_mnemonics()
        self._show(self._base)
        self.meeting_choice.toggled.connect(self._kind_changed)
        self.mode_combo.code_changed.connect(self._show_parts)
        self.next_check.toggled.connect(self._next_toggled)
        self._fit_screen()

    def _top_row(self, chain: list[QWidget]) -> QHBoxLayout:
        self.meeting_choice = QRadioButton(meeting_kind_label(MeetingKind.MEETING))
        self.contact_choice = QRadioButton(meeting_kind_label(MeetingKind.CONTACT))
        kinds = QButtonGroup(self)
        self.day_edit = free_date_edit()
        self.minutes_box = QSpinBox(maximum=_MAX_MINUTES, suffix=self.tr(" min"))
        self.minutes_box.setSpecialValueText(self.tr("not noted"))
        self.mode_combo = ChoiceCombo(searchable=False)
        self.mode_combo.set_choices([(mode, meeting_mode_label(mode)) for mode in MeetingMode])
        self.place_edit = text_field(self.tr("e.g. the library café"))
        self.place_edit.setMinimumWidth(self.place_edit.fontMetrics().averageCharWidth() * 28)
        self.reporter_combo = ChoiceCombo(searchable=False)
        self.reporter_combo.set_choices([(who, reporter_label(who)) for who in Reporter])
        row = QHBoxLayout()
        for choice in (self.meeting_choice, self.contact_choice):
            kinds.addButton(choice)
            row.addWidget(choice)
            chain.append(choice)
        row.addSpacing(12)
        for caption, field in (
            (self.tr("&Date:"), self.day_edit),
            (self.tr("D&uration:"), self.minutes_box),
            (self.tr("&Held:"), self.mode_combo),
            (self.tr("&Place:"), self.place_edit),
            (self.tr("&Reported by:"), self.reporter_combo),
        ):
            label = QLabel(caption)
            label.setBuddy(field)
            row.addWidget(label)
            row.addWidget(field, 1 if field is self.place_edit else 0)
            if isinstance(field, ChoiceCombo):  # as wide as its words: the place takes the rest
                field.setSizeAdjustPolicy(ChoiceCombo.SizeAdjustPolicy.AdjustToContents)
            chain.append(field)
            if field is self.place_edit:
                self.place_label = label
        row.addStretch(0)  # takes the place's room when the place is hidden
        return row

    def _scrolled_body(self, chain: list[QWidget]) -> QScrollArea:
        # Two columns fit a 1366x768 screen; the scroll area catches smaller ones, larger fonts.
        steps = [
            QGroupBox(title)
            for title in (
                self.tr("&1  Check-in"),
                self.tr("&2  Topic, SMART goal and plan"),
                self.tr("&3  The work"),
                self.tr("&4  Next steps and the next appointment"),
                self.tr("&5  The collaboration"),
                self.tr("Summar&y"),
            )
        ]
        for step in steps:
            QGridLayout(step).setColumnStretch(1, 1)
        # The five steps' texts in Tab order: the Meeting field, its step, its caption ("" for
        # the whole width), lines (0 for one), and a hint.
        fields = (
            ("check_in", 1, "", 2, self.tr("How are they? Anything to say first?")),
            ("topic", 2, self.tr("Topic:"), 0, self.tr("The most important topic today")),
            ("goal", 2, self.tr("SMART &goal:"), 0, self.tr("Specific, measurable, dated")),
            ("plan", 2, self.tr("P&lan:"), 3, self.tr("The plan, step by step")),
            ("work", 3, "", 5, self.tr("What they worked on, and how it went")),
            ("next_steps", 4, "", 3, self.tr("Who does what, by when")),
            ("next_topic", 4, self.tr("Its &topic:"), 0, self.tr("What they will work on")),
            ("next_preparation", 4, self.tr("To prepar&e:"), 0, self.tr("What each prepares")),
            ("works_well", 5, self.tr("What &works:"), 2, self.tr("In the collaboration")),
            ("missing", 5, self.tr("What is missi&ng:"), 2, self.tr("What could be better")),
        )
        self.next_check = QCheckBox(self.tr("Next &appointment:"))
        self.next_day_edit = free_date_edit()
        self.next_day_edit.setSpecialValueText(self.tr("none planned"))
        self.texts: dict[str, TextField] = {}  # by the name of their field in Meeting
        for name, step, caption, lines, hint in fields:
            self.texts[name] = text_field(hint, lines)
            add_step_row(steps[step - 1], caption, self.texts[name], chain)
            if name == "next_steps":
                add_step_row(steps[step - 1], self.next_check, self.next_day_edit, chain)
        self.steps = QWidget()
        columns = QHBoxLayout(self.steps)
        columns.setContentsMargins(0, 0, 0, 0)
        for column_steps in (steps[:3], steps[3:5]):
            column = QVBoxLayout()
            for step in column_steps:
                column.addWidget(step)
            column.addStretch(1)
            columns.addLayout(column, 1)
        self.summary, self.summary_box = steps[5], text_field(self.tr("What it was about"), 4)
        add_step_row(self.summary, "", self.summary_box, chain)
        domains = QGroupBox(self.tr("Topics from the six domains"))
        boxes = QGridLayout(domains)
        self.domain_boxes = {code: QCheckBox(domain_label(code)) for code in MEETING_DOMAINS}
        for number, box in enumerate(self.domain_boxes.values()):
            boxes.addWidget(box, number // 3, number % 3)
            chain.append(box)
        body = QWidget()
        column = QVBoxLayout(body)
        column.setContentsMargins(0, 0, 0, 0)
        for part in (self.steps, self.summary, domains):
            column.addWidget(part)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(body)
        return scroll

    def _give_mnemonics(self) -> None:
        # Shared words (kinds, domains) get letters the dialog's own captions leave free.
        texts = [label.text() for label in self.findChildren(QLabel)]
        texts += [button.text() for button in self.findChildren(QAbstractButton)]
        texts += [group.title() for group in self.findChildren(QGroupBox)]
        taken = mnemonic_letters(texts)
        for button in (self.meeting_choice, self.contact_choice, *self.domain_boxes.values()):
            button.setText(with_mnemonic(button.text(), taken))

    def _fit_screen(self) -> None:
        # As large as the whole form wants (a scroll area hints less), within the screen.
        body, wanted = self._scroll.widget().sizeHint(), self.sizeHint()
        wanted.setWidth(max(wanted.width(), body.width() + 2 * self.layout().spacing() + 24))
        wanted.setHeight(wanted.height() - self._scroll.sizeHint().height() + body.height())
        room = (self.screen() or QGuiApplication.primaryScreen()).availableGeometry().size()
        self.resize(wanted.boundedTo(room * 0.92))

    def _show(self, meeting: Meeting) -> None:
        contact = meeting.kind is MeetingKind.CONTACT
        (self.contact_choice if contact else self.meeting_choice).setChecked(True)
        self.day_edit.setDate(qdate(meeting.held_on))
        self.minutes_box.setValue(meeting.minutes or 0)
        self.mode_combo.set_code(meeting.mode)
        self.place_edit.setText(meeting.place)
        self.reporter_combo.set_code(meeting.reported_by)
        for name, box in self.texts.items():
            set_text(box, "" if contact else getattr(meeting, name))
        self.summary_box.setPlainText(meeting.topic if contact else "")
        planned = None if contact else meeting.next_meeting_on  # a contact plans none
        self.next_check.setChecked(planned is not None)
        self.next_day_edit.setDate(qdate(planned or NONE_PLANNED))
        for code, box in self.domain_boxes.items():
            box.setChecked(code in meeting.domains)
        self.next_day_edit.setEnabled(planned is not None)
        self._show_parts()

    def _mode(self) -> MeetingMode:
        return MeetingMode(self.mode_combo.code())

    def meeting(self) -> Meeting:
        """The summary as typed; what a short contact hides (the five steps) stays empty
        (the dialog does not save a contact while they hold anything)."""
        full = not self.contact_choice.isChecked()
        mode = self._mode()
        texts = {name: typed_text(box) if full else "" for name, box in self.texts.items()}
        if not full:
            texts["topic"] = typed_text(self.summary_box)
        planned = full and self.next_check.isChecked()
        return dataclasses.replace(
            self._base,
            match_id=self._match_id,
            held_on=edit_day(self.day_edit),
            kind=MeetingKind.MEETING if full else MeetingKind.CONTACT,
            minutes=self.minutes_box.value() or None,
            mode=mode,
            place=typed_text(self.place_edit) if mode is MeetingMode.IN_PERSON else "",
            reported_by=Reporter(self.reporter_combo.code()),
            next_meeting_on=edit_day(self.next_day_edit) if planned else None,
            domains=[code for code, box in self.domain_boxes.items() if box.isChecked()],
            **texts,
        )

    def _hidden_steps(self) -> bool:
        # The topic is left out: it is carried over to the contact's summary.
        typed = any(typed_text(box) for name, box in self.texts.items() if name != "topic")
        return self.contact_choice.isChecked() and (typed or self.next_check.isChecked())

    def _problem(self) -> tuple[str, QWidget]:
        # Only what the form can tell at once; the workflow checks the rest on saving.
        if self._hidden_steps():
            # Short enough for one line: the contact's form stays whole above it.
            text = self.tr(
                "The five steps are not kept for a short contact: choose Meeting, or clear them."
            )
            return text, self.meeting_choice
        held = edit_day(self.day_edit)
        if held > self._today:
            text = self.tr("A meeting cannot be dated in the future. Check the date.")
            return text, self.day_edit
        if held < self._earliest:
            text = self.tr("The date is before this duo began ({day}). Check the date.")
            return text.format(day=day_text(self._earliest)), self.day_edit
        planned = self.meeting_choice.isChecked() and self.next_check.isChecked()
        if planned and edit_day(self.next_day_edit) <= held:
            text = self.tr("The next appointment must come after this meeting. Check its date.")
            return text, self.next_day_edit
        return "", self.day_edit

    def _kind_changed(self) -> None:
        # What was typed follows the kind; so do a duration and mode still at the other
        # kind's usual values. A message about the other kind no longer applies.
        contact = self.contact_choice.isChecked()
        carry_summary(self.texts["topic"], self.summary_box, to_contact=contact)
        self.error.hide()
        new, old = (_CONTACT, _MEETING) if contact else (_MEETING, _CONTACT)
        if self.minutes_box.value() == old[0]:
            self.minutes_box.setValue(new[0])
        if self._mode() is old[1]:
            self.mode_combo.set_code(new[1])
        self._show_parts()
        self._fit_screen()

    def _show_parts(self) -> None:
        # A short contact shows its summary instead of the five steps; only in person, a place.
        contact = self.contact_choice.isChecked()
        self.steps.setHidden(contact)
        self.summary.setHidden(not contact)
        in_person = self._mode() is MeetingMode.IN_PERSON
        self.place_label.setVisible(in_person)
        self.place_edit.setVisible(in_person)

    def _next_toggled(self, planned: bool) -> None:
        # Planned: two weeks after the meeting, to start from; else "none planned", skipped.
        held = edit_day(self.day_edit)
        if planned and edit_day(self.next_day_edit) <= held:
            held += timedelta(days=DEFAULT_CONTACT_EVERY_DAYS)
            self.next_day_edit.setDate(qdate(held))
        elif not planned:
            self.next_day_edit.setDate(qdate(NONE_PLANNED))
        self.next_day_edit.setEnabled(planned)

    def _save(self) -> None:
        problem, field = self._problem()
        if problem:
            self.error.setText(problem)
            self.error.show()
            field.setFocus(Qt.FocusReason.OtherFocusReason)
            if isinstance(field, QDateEdit):
                field.setSelectedSection(field.sectionAt(0))  # ready to retype
            return
        self.accept()
