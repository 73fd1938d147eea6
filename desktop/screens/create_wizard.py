"""Making a new programme: its name, its folder and who you are; a passphrase; the recovery key.

The programme is made when the passphrase page is left (the "Create the programme" button);
from then on there is no way back, only the recovery key to keep, which is shown once.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QCursor, QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from desktop.context import AppContext
from desktop.error_text import error_text
from desktop.i18n import current_language
from desktop.screens.passphrase_fields import MessageLabel, NewPassphraseFields
from desktop.screens.print_preview import PrintPreviewDialog, show_print_preview
from desktop.screens.programme_page import ProgrammePage
from desktop.workflows.print_programme import recovery_sheet_document
from storage import keyring_cache
from storage.errors import DuoError
from storage.programme import MIN_PASSPHRASE_LENGTH, Programme, create_programme
from storage.records import StaffMember


def _note(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    return label


class PassphrasePage(QWizardPage):
    """The passphrase, typed twice; leaving this page makes the programme."""

    def __init__(self, wizard: CreateProgrammeWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(self.tr("The passphrase"))
        self.setSubTitle(
            self.tr(
                "The passphrase opens the programme. Everyone who works on it uses the same "
                "one, so choose something you can tell a colleague in person: a few unrelated "
                "words, at least {minimum} characters."
            ).format(minimum=MIN_PASSPHRASE_LENGTH)
        )
        self.fields = NewPassphraseFields(self.tr("&Passphrase:"), self.tr("Type it a&gain:"))
        self.error = MessageLabel()
        layout = QVBoxLayout(self)
        layout.addWidget(self.fields)
        layout.addWidget(self.error)
        layout.addStretch(1)
        self.fields.changed.connect(self.completeChanged)
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Create the programme"))

    def initializePage(self) -> None:  # noqa: N802 (Qt's name)
        """The names typed on the first page make a passphrase easy to guess."""
        self.fields.set_avoid(self._wizard.names_to_avoid())

    def isComplete(self) -> bool:  # noqa: N802 (Qt's name)
        """Long enough and typed the same twice."""
        return self.fields.is_acceptable()

    def validatePage(self) -> bool:  # noqa: N802 (Qt's name)
        """Make the programme; a problem stays on this page, in words."""
        self.error.show_message("")
        return self._wizard.create(self.fields.passphrase(), self.error)


class RecoveryKeyPage(QWizardPage):
    """The recovery key, shown once, to write down or print."""

    def __init__(self, wizard: CreateProgrammeWizard, demo: bool) -> None:
        super().__init__()
        self._wizard = wizard
        self._demo = demo
        self.setTitle(self.tr("The recovery key"))
        self.setSubTitle(
            self.tr(
                "If the passphrase is ever forgotten, this recovery key opens the programme "
                "instead."
            )
        )
        warning = _note(
            self.tr(
                "This is a demo with invented people, so nothing is lost without this key. "
                "A real programme shows its own key here, and then it matters: without the "
                "passphrase or the recovery key nobody can open the programme, not even us."
            )
            if demo
            else self.tr(
                "Write it down or print it, and keep it somewhere safe, away from this "
                "computer. Without the passphrase or this key nobody can open the programme, "
                "not even us."
            )
        )
        warning.setStyleSheet("font-weight: bold;")
        self.key = QLabel()
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSizeF(font.pointSizeF() * 1.5)
        self.key.setFont(font)
        self.key.setTextFormat(Qt.TextFormat.PlainText)
        self.key.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.key.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.key.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.key.setStyleSheet("padding: 12px; border: 1px solid palette(mid);")
        self.copy = QPushButton(self.tr("&Copy"))
        self.copy.setAutoDefault(False)  # Enter means Finish
        self.copy.clicked.connect(self._copy)
        self.print_button = QPushButton(self.tr("&Print…"))
        self.print_button.setAutoDefault(False)
        self.print_button.clicked.connect(self.print_sheet)
        self.preview: PrintPreviewDialog | None = None
        self.copied = QLabel()
        self.kept = QCheckBox(self.tr("I have &written down or printed the recovery key"))
        self.kept.toggled.connect(self.completeChanged)
        self.kept.setVisible(not demo)
        self.remember = QCheckBox(self.tr("&Remember on this computer"))
        self.remember_note = _note()
        if keyring_cache.available():
            self.remember_note.setText(
                self.tr(
                    "Duo then opens this programme without asking for the passphrase, for "
                    "anyone using your account on this computer. Lock the computer when you "
                    "leave it."
                )
            )
        else:
            self.remember.setEnabled(False)
            self.remember_note.setText(
                self.tr(
                    "This computer has no password store that Duo can use, so Duo asks for "
                    "the passphrase each time."
                )
            )

        copy_row = QHBoxLayout()
        copy_row.addWidget(self.copy)
        copy_row.addWidget(self.print_button)
        copy_row.addWidget(self.copied, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(warning)
        layout.addSpacing(8)
        layout.addWidget(self.key)
        layout.addLayout(copy_row)
        layout.addSpacing(8)
        layout.addWidget(self.kept)
        layout.addSpacing(8)
        layout.addWidget(self.remember)
        layout.addWidget(self.remember_note)
        layout.addStretch(1)
        QWidget.setTabOrder(self.key, self.copy)
        QWidget.setTabOrder(self.copy, self.print_button)
        QWidget.setTabOrder(self.print_button, self.kept)
        QWidget.setTabOrder(self.kept, self.remember)

    def initializePage(self) -> None:  # noqa: N802 (Qt's name)
        """Show the key of the programme just made."""
        self.key.setText(self._wizard.recovery_key)
        self.copied.setText("")

    def focus_start(self) -> None:
        """Start at what must be done: ticking that the key is kept."""
        (self.key if self._demo else self.kept).setFocus()

    def isComplete(self) -> bool:  # noqa: N802 (Qt's name)
        """Finish only once the key is kept (a demo needs none)."""
        return self._demo or self.kept.isChecked()

    def print_sheet(self) -> None:
        """The recovery-key sheet in the print preview, in the language Duo speaks here.
        The preview belongs to this page: it closes, and lets the key go, with the wizard."""
        programme = self._wizard.programme
        if programme is None:
            return
        if self.preview is not None:  # already open: brought to the front
            self.preview.raise_()
            self.preview.activateWindow()
            return
        name, key, today = programme.settings.name, self._wizard.recovery_key, date.today()
        self.preview = show_print_preview(
            self,
            self._wizard.context,
            lambda chosen: recovery_sheet_document(name, key, today, chosen),
            title=self.tr("Recovery key"),
            file_stem="recovery-key",
            language=current_language(),
        )
        self.preview.finished.connect(self._preview_closed)

    def _preview_closed(self) -> None:
        self.preview = None

    def close_preview(self) -> None:
        """Close the sheet's preview, if open: the wizard is done with the key."""
        if self.preview is not None:
            self.preview.close()

    def _copy(self) -> None:
        QGuiApplication.clipboard().setText(self._wizard.recovery_key)
        self.copied.setText(
            self.tr("Copied. Paste it where you keep it safe, then print or write it down.")
        )


class CreateProgrammeWizard(QWizard):
    """A new (or demo) programme; after Finish, `programme` is the unlocked programme."""

    def __init__(
        self, context: AppContext, demo: bool = False, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.programme: Programme | None = None
        self.recovery_key = ""
        self.setWindowTitle(
            self.tr("Try Duo with a demo programme") if demo else self.tr("New programme")
        )
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.setMinimumSize(720, 520)
        self.programme_page = ProgrammePage(context, demo)
        self.passphrase_page = PassphrasePage(self)
        self.recovery_page = RecoveryKeyPage(self, demo)
        for page in (self.programme_page, self.passphrase_page, self.recovery_page):
            self.addPage(page)
        # After QWizard has put the focus on a page's first field, where it is best to start.
        self.currentIdChanged.connect(self._focus_page)

    def _focus_page(self) -> None:
        if self.currentPage() is self.recovery_page:
            self.recovery_page.focus_start()

    def names_to_avoid(self) -> list[str]:
        """The programme's name and the person's: poor passphrases."""
        page = self.programme_page
        return [page.name.text(), page.your_name.text()]

    def create(self, passphrase: str, error: MessageLabel) -> bool:
        """Make the programme folder and its first staff member; False (with the reason
        shown in `error`) when it cannot be made."""
        page = self.programme_page
        folder = page.folder_path()
        if folder is None:
            error.show_message(self.tr("Go back and choose a new or empty folder."))
            return False
        QApplication.setOverrideCursor(QCursor(Qt.CursorShape.WaitCursor))
        try:
            programme, self.recovery_key = create_programme(folder, page.name.text(), passphrase)
            me = StaffMember(name=page.your_name.text().strip())
            with programme.edit_programme_file(author=me.id) as edit:
                edit.add(me)
        except DuoError as problem:
            error.show_message(error_text(problem))
            return False
        except Exception as problem:  # a bug: reported, and the page stays
            self.context.dialogs.report(self, problem)
            return False
        finally:
            QApplication.restoreOverrideCursor()
        self.programme = programme
        self.context.local.set_user_id(programme.settings.id, me.id)
        self.context.local.add_recent_programme(programme.folder)
        return True

    def done(self, result: int) -> None:
        """Close, and the recovery key's print preview with it."""
        self.recovery_page.close_preview()
        super().done(result)

    def accept(self) -> None:
        """Finish: remember the key on this computer if asked, then close."""
        if (
            self.programme is not None
            and self.recovery_page.remember.isChecked()
            and not self.programme.remember_on_this_computer()
        ):
            self.context.dialogs.warn(
                self,
                self.tr("Not remembered"),
                self.tr(
                    "This computer's password store did not accept the key, so Duo will ask "
                    "for the passphrase next time."
                ),
            )
        super().accept()

    def reject(self) -> None:
        """Cancel; once the programme is made, leaving means losing sight of the key."""
        if self.programme is not None:
            leave = self.context.dialogs.confirm(
                self,
                self.tr("Leave without the recovery key?"),
                self.tr(
                    "The programme is made, but this recovery key is not shown again. Without "
                    "it, a forgotten passphrase locks the programme for good. You can open the "
                    "programme later with its passphrase."
                ),
                self.tr("&Leave"),
            )
            if not leave:
                return
            self.programme.close()
            self.programme = None
        super().reject()
