"""The intake interview: the coach types while the candidate talks; nothing typed is lost.

A new interview (`case_id` None, a role given) creates the participant's case file when
saved; an existing participant's intake saves only what changed. While typing, the values
are kept as an encrypted draft about a second after each change, so a crash, a closed lid or
a closed window brings the interview back on the next start (`IntakeScreen.from_draft`).
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, QTime, QTimer, Signal
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.context import AppContext
from desktop.error_text import error_text
from desktop.i18n import shown_list
from desktop.rules.intake_checks import check_intake
from desktop.screens import intake_choices as choices
from desktop.screens.intake_cv import CvPanel
from desktop.screens.intake_form import FormChoices, IntakeForm
from desktop.session import Session
from desktop.workflows.intake import (
    FormValues,
    blank_values,
    create_intake,
    latest_cv,
    update_intake,
    values_from_case,
)
from desktop.workflows.intake_drafts import IntakeDraft, draft_key_for, new_draft_key
from storage.cases import CaseFile
from storage.drafts import Draft
from storage.errors import DuoError, ParticipantNotFoundError
from storage.records import Role

DRAFT_DELAY_MS = 1000  # a pause in typing this long keeps a draft


class IntakeScreen(QWidget):
    """One intake interview, for a new participant or an existing one."""

    saved = Signal(str)  # participant id, after a successful save
    title_changed = Signal(str)

    def __init__(
        self,
        session: Session,
        context: AppContext,
        *,
        role: Role | None = None,
        case_id: str | None = None,
        draft_key: str | None = None,
    ) -> None:
        super().__init__()
        if role is None and case_id is None:
            raise ValueError("a new intake needs a role")
        self.session = session
        self.context = context
        self.case_id = case_id
        self._base: FormValues | None = None  # what an existing participant's form opened with
        self._touched = False  # typed since the last save
        self._tried_save = False
        self._draft_failed = False
        self._draft_key = draft_key or (draft_key_for(case_id) if case_id else new_draft_key())
        self._title = ""
        self._first_blocking = ""
        self.role: Role | None = role
        case: CaseFile | None = None
        if case_id is not None:
            try:
                case = session.programme.cases.read(case_id)
            except DuoError as error:
                self._show_unreadable(error)
                return
            role = self.role = case.participant.role
        assert role is not None  # checked above; for the type checker

        self.cv = CvPanel(context)
        self.form = IntakeForm(role, self._form_choices(), self.cv)
        self._build(case is not None)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DRAFT_DELAY_MS)
        self._timer.timeout.connect(self._keep_draft_now)
        self._load(case)
        self.form.changed.connect(self._typed)
        self.cv.changed.connect(self._typed)
        self.form.left_field.connect(self._check)
        self.setFocusProxy(self.form.field("given_name"))

    @classmethod
    def from_draft(cls, session: Session, context: AppContext, draft: Draft) -> IntakeScreen | None:
        """The interview kept in a draft; None if the draft is not an intake, or its
        participant no longer exists."""
        intake = IntakeDraft.from_draft(draft)
        if intake is None:
            return None
        if intake.case_id is not None:
            try:
                exists = session.programme.cases.path(intake.case_id).exists()
            except ParticipantNotFoundError:  # not even a participant id
                exists = False
            if not exists:
                return None
        return cls(session, context, role=intake.role, case_id=intake.case_id, draft_key=intake.key)

    # --- building ---------------------------------------------------------------------------

    def _form_choices(self) -> FormChoices:
        programme = self.session.programme
        lists = {
            name: choices.list_choices(shown_list(programme, name))
            for name in (
                "sectors",
                "occupations",
                "referral_partners",
                "diploma_levels",
                "consent_purposes",
            )
        }
        return FormChoices(staff=choices.staff_choices(programme.staff()), **lists)

    def _build(self, existing: bool) -> None:
        heading = QLabel(self)
        heading.setObjectName("heading")
        font = QFont(heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        heading.setFont(font)
        self._heading = heading
        explanation = QLabel(
            self.tr(
                "Only fields marked * are required; orange hints ask you to check a value but "
                "never stop a save. What you type is kept as a draft on this computer until you "
                "save (Ctrl+S)."
            ),
            self,
        )
        explanation.setWordWrap(True)
        scroll = QScrollArea(self)
        scroll.setWidget(self.form)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        # Always there, so the form never flips between one and two columns as it appears.
        scroll.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.scroll = scroll

        self.draft_status = QLabel(self)
        self.draft_status.setObjectName("draft_status")
        self.discard_button = QPushButton(self.tr("&Discard changes…"), self)
        self.discard_button.clicked.connect(self.discard)
        self.save_button = QPushButton(self.tr("&Save intake") if existing else self.tr("&Save"))
        self.save_button.setObjectName("save")
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        bar = QHBoxLayout()
        bar.addWidget(self.draft_status, 1)
        bar.addWidget(self.discard_button)
        bar.addWidget(self.save_button)

        top = QVBoxLayout()
        top.setContentsMargins(12, 8, 12, 0)
        top.addWidget(heading)
        top.addWidget(explanation)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 8)
        layout.addLayout(top)
        layout.addWidget(scroll, 1)
        bar.setContentsMargins(12, 0, 12, 0)
        layout.addLayout(bar)
        shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self, self.save)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)

    def _show_unreadable(self, error: DuoError) -> None:
        """An existing participant whose file cannot be read: say why, offer nothing to type."""
        self.role = None
        label = QLabel(error_text(error), self)
        label.setWordWrap(True)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        QVBoxLayout(self).addWidget(label)
        self._title = self.tr("Intake")

    def _load(self, case: CaseFile | None) -> None:
        today = date.today()
        if case is not None:
            self._base = values_from_case(case)
            values = dict(self._base)
            if not values.get("intake_on"):
                values["intake_on"] = today.isoformat()  # the interview is happening now
            self._show_stored_cv(case)
        else:
            assert self.role is not None  # an unreadable case never gets this far
            values = blank_values(self.role, user_id=self.session.user_id, today=today)
        self.form.set_values(values)
        stored = self.session.programme.drafts.load(self._draft_key)
        intake = IntakeDraft.from_draft(stored) if stored is not None else None
        if intake is not None:
            if intake.base is not None and case is not None:
                self._base = intake.base  # changes count from what the coach first saw
            self.form.set_values(intake.values)
            self.cv.restore(intake.cv_path)
            self._touched = True
            self.draft_status.setText(self.tr("Restored from the draft kept on this computer."))
        self._check()
        self._retitle()

    def _show_stored_cv(self, case: CaseFile) -> None:
        attachment = latest_cv(case)
        case_id = case.participant.id
        cases = self.session.programme.cases
        if attachment is not None:
            self.cv.set_stored(attachment, lambda: cases.read_attachment(case_id, attachment.id))

    # --- title ------------------------------------------------------------------------------

    def title(self) -> str:
        """The tab title: "New mentee", or "Intake: <given name>"."""
        return self._title

    def _retitle(self) -> None:
        name = str(self.form.values().get("given_name") or "").strip()
        if name:
            title = self.tr("Intake: {name}").format(name=name)
        elif self.role is Role.MENTEE:
            title = self.tr("New mentee")
        else:
            title = self.tr("New mentor")
        self._heading.setText(title)
        if title != self._title:
            self._title = title
            self.title_changed.emit(title)

    # --- drafts -----------------------------------------------------------------------------

    def _typed(self) -> None:
        self._touched = True
        self._timer.start()
        self._retitle()
        if self._tried_save:
            self._check()

    def keep_draft(self) -> bool:
        """Keep the current values as a draft now if anything was typed since the last save;
        True if a draft is kept."""
        if self.role is None or not self._touched:
            return False
        self._timer.stop()
        return self._keep_draft_now()

    def _keep_draft_now(self) -> bool:
        if self.role is None:
            return False
        draft = IntakeDraft(
            key=self._draft_key,
            role=self.role,
            case_id=self.case_id,
            values=self.form.values(),
            base=self._base,
            cv_path=self.cv.path(),
        )
        try:
            self.session.programme.drafts.save(draft.key, draft.kind, draft.payload())
        except Exception as error:  # any failure: say so once, keep typing possible
            self.draft_status.setText(self.tr("The draft could not be kept: save the intake."))
            if not self._draft_failed:
                self._draft_failed = True
                self.context.dialogs.report(self, error)
            return False
        self._draft_failed = False
        self.draft_status.setText(
            self.tr("Draft kept at {time}.").format(time=QTime.currentTime().toString("HH:mm"))
        )
        return True

    def discard(self) -> None:
        """Forget what was typed since the last save (after asking)."""
        if not self._touched:
            return
        if not self.context.dialogs.confirm(
            self,
            self.tr("Discard changes"),
            self.tr("Forget everything typed in this interview since it was last saved?"),
            self.tr("Discard"),
        ):
            return
        self._timer.stop()
        self.session.programme.drafts.discard(self._draft_key)
        case = None
        if self.case_id is not None:
            try:
                case = self.session.programme.cases.read(self.case_id)
            except DuoError as error:
                self.context.dialogs.report(self, error)
                return
        self.cv.forget_pending()
        self.cv.set_stored(None)
        self._touched = False
        self._tried_save = False
        self._load(case)
        self.draft_status.setText(self.tr("Changes discarded."))

    # --- checking and saving ----------------------------------------------------------------

    def _check(self) -> bool:
        """Show hints (and errors, once a save was tried); True when nothing blocks."""
        findings = check_intake(self.form.values(), self.role, date.today())
        self.form.show_findings(findings, with_errors=self._tried_save)
        blocking = [finding for finding in findings if finding.blocking]
        self._first_blocking = blocking[0].field if blocking else ""
        return not blocking

    def save(self) -> bool:
        """Save the intake; True when saved. Blocking problems are shown beside their field."""
        if self.role is None:
            return False
        self._tried_save = True
        if not self._check():
            if self._first_blocking in self.form.rows:
                field = self.form.field(self._first_blocking)
                field.setFocus(Qt.FocusReason.OtherFocusReason)
                self.scroll.ensureWidgetVisible(field)
            return False
        values = self.form.values()
        cases = self.session.programme.cases
        author = self.session.user_id
        try:
            if self.case_id is None:
                case_id = create_intake(
                    cases,
                    self.role,
                    values,
                    author=author,
                    today=date.today(),
                    cv=self.cv.pending(),
                )
            else:
                case_id = self.case_id
                base = self._base or values
                update_intake(
                    cases,
                    case_id,
                    base,
                    values,
                    author=author,
                    today=date.today(),
                    cv=self.cv.pending(),
                )
        except Exception as error:  # a DuoError is a message, anything else a bug report
            self.context.dialogs.report(self, error)
            return False
        self._saved_as(case_id, values)
        self.session.notify_case_saved(case_id)
        self.saved.emit(case_id)
        return True

    def _saved_as(self, case_id: str, values: FormValues) -> None:
        """The case file holds the intake now: further changes count from here."""
        old_key = self._draft_key
        self.case_id = case_id
        self._draft_key = draft_key_for(case_id)
        self._base = values
        self._timer.stop()
        self._touched = False
        self._tried_save = False
        self.cv.forget_pending()
        self.draft_status.setText(self.tr("Saved."))
        try:
            self.session.programme.drafts.discard(old_key)
            self._show_stored_cv(self.session.programme.cases.read(case_id))
        except Exception as error:  # the intake is saved; only the tidying up failed
            self.context.dialogs.report(self, error)
