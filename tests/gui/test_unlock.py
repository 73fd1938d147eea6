"""Unlocking a programme: passphrase, recovery key, remembering, and what goes wrong."""

from __future__ import annotations

from pathlib import Path

import keyring
import pytest
from keyring.backends import fail
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from desktop.context import AppContext
from desktop.screens.unlock_dialog import UnlockDialog
from storage import keyring_cache
from storage.programme import KEYSLOTS_FILE, Programme, unlock
from tests.conftest import MemoryKeyring
from tests.gui.test_first_run import press, show, type_text
from tests.helpers import PASSPHRASE


@pytest.fixture
def ask(qtbot: QtBot, context: AppContext, programme: Programme) -> UnlockDialog:
    """The unlock dialog for the test programme, shown and active."""
    dialog = UnlockDialog(context, programme.folder)
    qtbot.addWidget(dialog)
    show(qtbot, dialog)
    return dialog


def unlocked(dialog: UnlockDialog) -> Programme:
    """The programme the dialog opened, after checking that it was accepted."""
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.programme is not None
    return dialog.programme


def test_a_wrong_passphrase_is_said_inline_and_the_next_try_works(
    qtbot: QtBot, ask: UnlockDialog, programme: Programme
) -> None:
    assert ask.title.text() == programme.settings.name
    assert ask.secret.hasFocus()
    assert ask.secret.echoMode() == ask.secret.EchoMode.Password
    type_text(qtbot, "correct horse battery stable")
    press(qtbot, Qt.Key.Key_Return)

    assert ask.isVisible()
    assert ask.error.isVisible()
    assert "That passphrase is not right" in ask.error.text()
    assert ask.secret.hasFocus()
    assert ask.secret.selectedText() == "correct horse battery stable"

    with qtbot.waitSignal(ask.accepted):
        type_text(qtbot, PASSPHRASE)  # replaces the selected attempt
        press(qtbot, Qt.Key.Key_Return)
    opened = unlocked(ask)
    assert opened.settings == programme.settings
    assert ask.secret.text() == ""  # nothing secret left in the widget
    opened.close()


def test_an_empty_field_asks_for_the_passphrase(qtbot: QtBot, ask: UnlockDialog) -> None:
    press(qtbot, Qt.Key.Key_Return)
    assert ask.isVisible()
    assert ask.error.text() == "Type the passphrase."


def test_unlock_with_the_recovery_key(
    qtbot: QtBot, context: AppContext, new_programme: tuple[Programme, str]
) -> None:
    programme, recovery_key = new_programme
    dialog = UnlockDialog(context, programme.folder)
    qtbot.addWidget(dialog)
    show(qtbot, dialog)
    press(qtbot, Qt.Key.Key_Tab)
    assert dialog.use_recovery_key.hasFocus()
    press(qtbot, Qt.Key.Key_Space)
    assert dialog.field_label.text() == "&Recovery key:"
    assert dialog.secret.hasFocus()

    type_text(qtbot, "ABCD-EFGH")
    press(qtbot, Qt.Key.Key_Return)
    assert "not a complete recovery key" in dialog.error.text()
    assert dialog.isVisible()

    # Typed as people copy it from paper: lower case, spaces instead of dashes.
    with qtbot.waitSignal(dialog.accepted):
        type_text(qtbot, recovery_key.lower().replace("-", " "))
        press(qtbot, Qt.Key.Key_Return)
    unlocked(dialog).close()


def test_remember_on_this_computer_keeps_the_key_in_the_keyring(
    qtbot: QtBot, ask: UnlockDialog, programme: Programme, fake_keyring: MemoryKeyring
) -> None:
    assert fake_keyring.passwords == {}
    press(qtbot, Qt.Key.Key_Tab)
    press(qtbot, Qt.Key.Key_Tab)
    assert ask.remember.hasFocus()
    press(qtbot, Qt.Key.Key_Space)
    ask.secret.setFocus()
    with qtbot.waitSignal(ask.accepted):
        type_text(qtbot, PASSPHRASE)
        press(qtbot, Qt.Key.Key_Return)
    unlocked(ask).close()
    assert (keyring_cache.SERVICE, programme.settings.id) in fake_keyring.passwords
    unlock(programme.folder, use_keyring=True).close()


def test_without_a_keyring_remember_is_off(
    qtbot: QtBot, context: AppContext, programme: Programme
) -> None:
    keyring.set_keyring(fail.Keyring())  # the fixture puts the test keyring back afterwards
    dialog = UnlockDialog(context, programme.folder)
    qtbot.addWidget(dialog)
    assert not dialog.remember.isEnabled()
    assert "no password store" in dialog.remember.toolTip()


def test_a_damaged_key_file_is_said_inline(
    qtbot: QtBot, ask: UnlockDialog, programme: Programme
) -> None:
    (programme.folder / KEYSLOTS_FILE).write_text("{ this is not a key file")
    type_text(qtbot, PASSPHRASE)
    press(qtbot, Qt.Key.Key_Return)
    assert ask.isVisible()
    assert "key file (keyslots.json) is damaged" in ask.error.text()


def test_a_folder_that_is_not_a_programme_leaves_only_the_way_out(
    qtbot: QtBot, context: AppContext, tmp_path: Path
) -> None:
    dialog = UnlockDialog(context, tmp_path)
    qtbot.addWidget(dialog)
    show(qtbot, dialog)
    assert "is not a Duo programme" in dialog.error.text()
    assert not dialog.unlock_button.isEnabled()
    assert not dialog.secret.isEnabled()
    with qtbot.waitSignal(dialog.accepted):
        press(qtbot, Qt.Key.Key_Return)  # "Open another programme…" is the default now
    assert dialog.programme is None


def test_open_another_programme_closes_without_a_programme(qtbot: QtBot, ask: UnlockDialog) -> None:
    with qtbot.waitSignal(ask.accepted):
        press(qtbot, Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)
    assert ask.programme is None


def test_escape_cancels(qtbot: QtBot, ask: UnlockDialog) -> None:
    with qtbot.waitSignal(ask.rejected):
        press(qtbot, Qt.Key.Key_Escape)
    assert ask.programme is None
