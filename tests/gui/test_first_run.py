"""The first run: make a programme with the wizard, open a folder, pick a recent one, a demo."""

from __future__ import annotations

from pathlib import Path

import keyring
import pytest
from keyring.backends import fail
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QDialog, QWidget, QWizard
from pytestqt.qtbot import QtBot

from desktop.context import AppContext
from desktop.demo.data import demo_names
from desktop.screens.create_wizard import CreateProgrammeWizard
from desktop.screens.unlock_dialog import UnlockDialog
from desktop.screens.welcome import DEMO_PARTICIPANTS, WelcomeDialog
from storage import keyring_cache
from storage.errors import WrongPassphraseError
from storage.programme import Programme, read_settings, unlock
from tests.conftest import MemoryKeyring
from tests.gui.fakes import DialogHandler, ScriptedDialogs
from tests.helpers import PASSPHRASE, register_name

NAME = "Mentoring to Work Gent"
YOU = "Nomvula Dlamini"


def press(
    qtbot: QtBot, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
) -> None:
    """A key pressed wherever the keyboard focus is."""
    focus = QApplication.focusWidget()
    assert isinstance(focus, QWidget)
    qtbot.keyClick(focus, key, modifier)


def type_text(qtbot: QtBot, text: str) -> None:
    """Text typed wherever the keyboard focus is."""
    focus = QApplication.focusWidget()
    assert isinstance(focus, QWidget)
    qtbot.keyClicks(focus, text)


def show(qtbot: QtBot, dialog: QDialog) -> None:
    """Show a dialog as `exec` would, active, with the keyboard focus in it."""
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)


@pytest.fixture
def welcome(qtbot: QtBot, context: AppContext) -> WelcomeDialog:
    """The welcome dialog, shown and active."""
    dialog = WelcomeDialog(context)
    qtbot.addWidget(dialog)
    show(qtbot, dialog)
    return dialog


def fill_first_page(qtbot: QtBot, folder: Path, *, name: str | None = NAME) -> None:
    """Programme name, folder and your name, typed, then Enter for Next."""
    if name is not None:
        type_text(qtbot, name)
    press(qtbot, Qt.Key.Key_Tab)
    press(qtbot, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_text(qtbot, str(folder))
    press(qtbot, Qt.Key.Key_Tab)  # the Browse… button
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, YOU)
    register_name(YOU)
    press(qtbot, Qt.Key.Key_Return)


def type_passphrase_twice(qtbot: QtBot, passphrase: str = PASSPHRASE) -> None:
    """The passphrase page: the passphrase, Tab, again; not yet Enter."""
    type_text(qtbot, passphrase)
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, passphrase)


def test_create_a_programme_with_the_keyboard(
    qtbot: QtBot,
    welcome: WelcomeDialog,
    dialogs: ScriptedDialogs,
    context: AppContext,
    programme_dir: Path,
) -> None:
    shown_key: list[str] = []

    def drive(wizard: QDialog) -> bool:
        assert isinstance(wizard, CreateProgrammeWizard)
        show(qtbot, wizard)
        next_button = wizard.button(QWizard.WizardButton.NextButton)
        assert not next_button.isEnabled()  # nothing typed yet
        fill_first_page(qtbot, programme_dir)
        assert wizard.currentPage() is wizard.passphrase_page

        page = wizard.passphrase_page
        type_text(qtbot, "zonnebloem")
        assert "Use a few unrelated words" in page.fields.strength.text()
        press(qtbot, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        type_passphrase_twice(qtbot)
        assert "Strong" in page.fields.strength.text()
        assert "same" in page.fields.match.text()
        press(qtbot, Qt.Key.Key_Return)  # "Create the programme"
        assert wizard.currentPage() is wizard.recovery_page

        finish = wizard.button(QWizard.WizardButton.FinishButton)
        shown_key.append(wizard.recovery_page.key.text())
        assert not finish.isEnabled()  # the recovery key must be kept first
        assert wizard.recovery_page.kept.hasFocus()
        press(qtbot, Qt.Key.Key_Space)
        assert finish.isEnabled()
        press(qtbot, Qt.Key.Key_Return)
        return wizard.result() == QDialog.DialogCode.Accepted

    dialogs.handlers.append(drive)
    with qtbot.waitSignal(welcome.accepted):
        press(qtbot, Qt.Key.Key_Space)  # "Create a new programme" has the focus
    programme = welcome.programme
    assert isinstance(programme, Programme)
    assert programme.folder == programme_dir
    assert read_settings(programme_dir).name == NAME
    [me] = programme.staff()
    assert me.name == YOU
    assert context.local.user_id(programme.settings.id) == me.id
    assert context.local.recent_programmes() == [programme_dir.resolve()]
    programme.close()

    again = unlock(programme_dir, passphrase=PASSPHRASE)
    assert again.staff() == [me]
    again.close()
    unlock(programme_dir, recovery_key=shown_key[0]).close()
    with pytest.raises(WrongPassphraseError):
        unlock(programme_dir, passphrase="zonnebloem")


def make_programme_in_wizard(
    qtbot: QtBot, context: AppContext, folder: Path, *, demo: bool = False
) -> CreateProgrammeWizard:
    """A wizard shown and driven to its recovery key page."""
    wizard = CreateProgrammeWizard(context, demo=demo)
    qtbot.addWidget(wizard)
    show(qtbot, wizard)
    fill_first_page(qtbot, folder, name=None if demo else NAME)
    type_passphrase_twice(qtbot)
    press(qtbot, Qt.Key.Key_Return)
    assert wizard.currentPage() is wizard.recovery_page
    return wizard


def test_the_recovery_key_can_be_copied_and_remembered(
    qtbot: QtBot, context: AppContext, programme_dir: Path, fake_keyring: MemoryKeyring
) -> None:
    wizard = make_programme_in_wizard(qtbot, context, programme_dir)
    page = wizard.recovery_page
    qtbot.mouseClick(page.copy, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == wizard.recovery_key
    assert "Copied" in page.copied.text()
    page.kept.setFocus()
    press(qtbot, Qt.Key.Key_Space)
    press(qtbot, Qt.Key.Key_Tab)
    assert page.remember.hasFocus()
    press(qtbot, Qt.Key.Key_Space)
    press(qtbot, Qt.Key.Key_Return)

    assert wizard.result() == QDialog.DialogCode.Accepted
    assert wizard.programme is not None
    programme_id = wizard.programme.settings.id
    assert (keyring_cache.SERVICE, programme_id) in fake_keyring.passwords
    wizard.programme.close()
    unlock(programme_dir, use_keyring=True).close()


def test_without_a_keyring_remembering_is_off_and_explained(
    qtbot: QtBot, context: AppContext, programme_dir: Path
) -> None:
    keyring.set_keyring(fail.Keyring())  # the fixture puts the test keyring back afterwards
    wizard = make_programme_in_wizard(qtbot, context, programme_dir)
    assert not wizard.recovery_page.remember.isEnabled()
    assert "no password store" in wizard.recovery_page.remember_note.text()
    press(qtbot, Qt.Key.Key_Space)
    press(qtbot, Qt.Key.Key_Return)
    assert wizard.programme is not None
    wizard.programme.close()


def test_leaving_before_the_key_is_kept_asks_first(
    qtbot: QtBot, context: AppContext, dialogs: ScriptedDialogs, programme_dir: Path
) -> None:
    wizard = make_programme_in_wizard(qtbot, context, programme_dir)
    dialogs.confirmations.append(False)
    press(qtbot, Qt.Key.Key_Escape)
    assert wizard.isVisible()
    assert "not shown again" in dialogs.messages("confirm")[0]
    dialogs.confirmations.append(True)
    press(qtbot, Qt.Key.Key_Escape)
    assert wizard.result() == QDialog.DialogCode.Rejected
    assert wizard.programme is None
    unlock(programme_dir, passphrase=PASSPHRASE).close()  # made, and still there


def test_a_folder_that_is_not_empty_is_refused(
    qtbot: QtBot, context: AppContext, programme: Programme, tmp_path: Path
) -> None:
    wizard = CreateProgrammeWizard(context)
    qtbot.addWidget(wizard)
    show(qtbot, wizard)
    page = wizard.programme_page
    fill_first_page(qtbot, programme.folder)
    assert wizard.currentPage() is page
    assert "already holds a Duo programme" in page.folder_note.text()
    busy = tmp_path / "Documents"
    busy.mkdir()
    (busy / "letter.txt").write_text("an unrelated file")
    page.folder.setFocus()
    press(qtbot, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_text(qtbot, str(busy))
    assert "not empty" in page.folder_note.text()
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()


def test_browse_makes_a_folder_for_the_programme_inside_a_busy_one(
    qtbot: QtBot, context: AppContext, dialogs: ScriptedDialogs, tmp_path: Path
) -> None:
    (tmp_path / "notes.txt").write_text("an unrelated file")
    wizard = CreateProgrammeWizard(context)
    qtbot.addWidget(wizard)
    show(qtbot, wizard)
    page = wizard.programme_page
    type_text(qtbot, "Duo: Gent/Oost")
    # The folder follows the name, in a form every system accepts.
    assert Path(page.folder.text()).name == "Duo Gent Oost"
    dialogs.folders.append(tmp_path)
    page.browse.setFocus()
    press(qtbot, Qt.Key.Key_Space)
    assert Path(page.folder.text()) == tmp_path / "Duo Gent Oost"
    assert "Duo makes this folder" in page.folder_note.text()
    # Typing another name no longer moves a folder chosen by hand.
    page.name.setFocus()
    type_text(qtbot, " Zuid")
    assert Path(page.folder.text()) == tmp_path / "Duo Gent Oost"


def test_open_a_folder_that_is_not_a_programme(
    qtbot: QtBot, welcome: WelcomeDialog, dialogs: ScriptedDialogs, tmp_path: Path
) -> None:
    dialogs.folders.append(tmp_path)
    qtbot.mouseClick(welcome.open_button, Qt.MouseButton.LeftButton)
    [message] = dialogs.messages("error")
    assert "is not a Duo programme" in message
    assert welcome.isVisible()
    assert welcome.programme is None


def unlock_with_passphrase(qtbot: QtBot) -> DialogHandler:
    """A dialog handler: type the passphrase into the unlock dialog and press Enter."""

    def drive(dialog: QDialog) -> bool:
        assert isinstance(dialog, UnlockDialog)
        show(qtbot, dialog)
        type_text(qtbot, PASSPHRASE)
        press(qtbot, Qt.Key.Key_Return)
        return dialog.result() == QDialog.DialogCode.Accepted

    return drive


def test_open_an_existing_programme_folder(
    qtbot: QtBot, welcome: WelcomeDialog, dialogs: ScriptedDialogs, programme: Programme
) -> None:
    dialogs.folders.append(programme.folder / "cases")  # one level too deep: still found
    dialogs.handlers.append(unlock_with_passphrase(qtbot))
    with qtbot.waitSignal(welcome.accepted):
        qtbot.mouseClick(welcome.open_button, Qt.MouseButton.LeftButton)
    assert welcome.programme is not None
    assert welcome.programme.settings == programme.settings
    welcome.programme.close()


def test_enter_on_a_recent_programme_unlocks_it(
    qtbot: QtBot,
    context: AppContext,
    dialogs: ScriptedDialogs,
    programme: Programme,
    tmp_path: Path,
) -> None:
    context.local.add_recent_programme(tmp_path / "gone")  # moved away: not listed
    context.local.add_recent_programme(programme.folder)
    welcome = WelcomeDialog(context)
    qtbot.addWidget(welcome)
    show(qtbot, welcome)
    assert welcome.recent.count() == 1
    assert welcome.recent.item(0).text().startswith(programme.settings.name)
    assert welcome.recent.hasFocus()
    dialogs.handlers.append(unlock_with_passphrase(qtbot))
    with qtbot.waitSignal(welcome.accepted):
        press(qtbot, Qt.Key.Key_Return)
    assert welcome.programme is not None
    assert welcome.programme.settings.id == programme.settings.id
    welcome.programme.close()


def test_a_recent_programme_remembered_here_opens_without_asking(
    qtbot: QtBot, context: AppContext, dialogs: ScriptedDialogs, programme: Programme
) -> None:
    assert programme.remember_on_this_computer()
    context.local.add_recent_programme(programme.folder)
    welcome = WelcomeDialog(context)
    qtbot.addWidget(welcome)
    show(qtbot, welcome)
    with qtbot.waitSignal(welcome.accepted):
        press(qtbot, Qt.Key.Key_Return)
    assert ("run", "UnlockDialog") not in dialogs.shown
    assert welcome.programme is not None
    welcome.programme.close()


def test_try_duo_with_a_demo_programme(
    qtbot: QtBot, welcome: WelcomeDialog, dialogs: ScriptedDialogs, programme_dir: Path
) -> None:
    for name in demo_names():
        register_name(name)  # the privacy scan proves none is written in clear

    def drive(wizard: QDialog) -> bool:
        assert isinstance(wizard, CreateProgrammeWizard)
        show(qtbot, wizard)
        assert wizard.programme_page.name.text() == "Demo programme"
        assert wizard.programme_page.folder.text().endswith("Duo demo")
        fill_first_page(qtbot, programme_dir, name=None)
        type_passphrase_twice(qtbot)
        press(qtbot, Qt.Key.Key_Return)
        # Invented people need no recovery key kept: Finish is offered at once.
        assert not wizard.recovery_page.kept.isVisible()
        press(qtbot, Qt.Key.Key_Return)
        return wizard.result() == QDialog.DialogCode.Accepted

    dialogs.handlers.append(drive)
    with qtbot.waitSignal(welcome.accepted, timeout=60_000):
        qtbot.mouseClick(welcome.demo_button, Qt.MouseButton.LeftButton)
        assert "invented mentees and mentors" in welcome.progress.text()
    programme = welcome.programme
    assert programme is not None
    assert len(list((programme_dir / "cases").glob("*.duo"))) == DEMO_PARTICIPANTS
    assert len(programme.staff()) > 1  # you, and the invented coaches
    programme.close()
