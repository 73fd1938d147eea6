"""The settings dialog: programme, staff, lists, idle lock and waiting, passphrase."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
)
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from desktop.context import AppContext
from desktop.local_settings import LocalSettings
from desktop.screens.passphrase_dialog import PassphraseDialog
from desktop.screens.settings_dialog import SettingsDialog
from desktop.screens.settings_lists import ListsSettingsPage
from desktop.session import Session
from storage.errors import WrongPassphraseError
from storage.lists import default_items
from storage.programme import Programme, read_settings, unlock
from storage.records import StaffMember
from tests.gui.fakes import DialogHandler, ScriptedDialogs
from tests.gui.test_first_run import press, show, type_text
from tests.helpers import PASSPHRASE, register_name

NEW_PASSPHRASE = "olifant tafel regen fiets"
CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier
Opener = Callable[[], SettingsDialog]


@pytest.fixture
def open_settings(qtbot: QtBot, session: Session, context: AppContext) -> Opener:
    """Opens the settings dialog as the main window does: shown and active."""

    def opener() -> SettingsDialog:
        dialog = SettingsDialog(session, context)
        qtbot.addWidget(dialog)
        show(qtbot, dialog)
        return dialog

    return opener


def press_ok(qtbot: QtBot, dialog: SettingsDialog) -> None:
    """The OK button."""
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)


def click_by_mnemonic(qtbot: QtBot, key: Qt.Key, button: QAbstractButton) -> None:
    """Alt and the button's underlined letter; a button shows itself pressed for a moment
    before it acts, so this waits for the click."""
    assert button.isVisible()
    assert button.isEnabled()
    with qtbot.waitSignal(button.clicked):
        press(qtbot, key, ALT)


def finish_editing(qtbot: QtBot, page: ListsSettingsPage) -> None:
    """Enter in a table cell: the view stores the text a moment later, takes the focus back
    and throws the cell's editor away."""
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.table.hasFocus() and not shiboken6.isValid(editor))


def model_code(page: ListsSettingsPage) -> str:
    """The code of the current entry, as the table shows it."""
    model = page.current_model()
    return model.data(model.index(page.table.currentIndex().row(), 0))


def next_tab(qtbot: QtBot, times: int = 1) -> None:
    """Ctrl+Tab, as often as asked."""
    for _ in range(times):
        press(qtbot, Qt.Key.Key_Tab, CTRL)


def tiny_png(path: Path) -> Path:
    """A small logo, made for the test."""
    image = QImage(60, 24, QImage.Format.Format_RGB32)
    image.fill(QColor("#1f4e79"))
    assert image.save(str(path), "PNG")
    return path


def test_name_address_and_logo(
    qtbot: QtBot,
    open_settings: Opener,
    session: Session,
    programme: Programme,
    dialogs: ScriptedDialogs,
    tmp_path: Path,
) -> None:
    logo = tiny_png(tmp_path / "logo.png")
    dialog = open_settings()
    page = dialog.programme_page
    assert page.name.hasFocus()
    press(qtbot, Qt.Key.Key_A, CTRL)
    type_text(qtbot, "Mentoring to Work Gent")
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "Kortrijksesteenweg 12")
    press(qtbot, Qt.Key.Key_Return)
    type_text(qtbot, "9000 Gent  ")
    dialogs.files.append(logo)
    press(qtbot, Qt.Key.Key_Tab)  # the address field passes Tab on
    assert page.choose_logo.hasFocus()
    press(qtbot, Qt.Key.Key_Space)
    assert page.preview.pixmap() is not None and not page.preview.pixmap().isNull()
    assert page.remove_logo.isEnabled()

    with qtbot.waitSignal(session.settings_changed):
        press_ok(qtbot, dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert programme.settings.name == "Mentoring to Work Gent"
    assert read_settings(programme.folder).name == "Mentoring to Work Gent"
    profile = programme.profile()
    assert profile.address == "Kortrijksesteenweg 12\n9000 Gent"
    assert profile.logo == logo.read_bytes()
    assert profile.logo_media_type == "image/png"

    again = open_settings()
    assert again.programme_page.name.text() == "Mentoring to Work Gent"
    click_by_mnemonic(qtbot, Qt.Key.Key_M, again.programme_page.remove_logo)
    assert again.programme_page.preview.text() == "No logo"
    press_ok(qtbot, again)
    assert programme.profile().logo is None


def test_a_file_that_is_not_an_image_is_refused(
    qtbot: QtBot,
    open_settings: Opener,
    dialogs: ScriptedDialogs,
    tmp_path: Path,
) -> None:
    letter = tmp_path / "letter.png"
    letter.write_text("not a picture")
    dialog = open_settings()
    dialogs.files.append(letter)
    click_by_mnemonic(qtbot, Qt.Key.Key_H, dialog.programme_page.choose_logo)
    assert "letter.png is not a PNG or JPEG image" in dialog.programme_page.logo_error.text()
    assert dialog.programme_page.logo is None


def test_an_empty_name_is_said_and_nothing_is_saved(
    qtbot: QtBot,
    open_settings: Opener,
    session: Session,
    programme: Programme,
) -> None:
    dialog = open_settings()
    press(qtbot, Qt.Key.Key_A, CTRL)
    press(qtbot, Qt.Key.Key_Delete)
    with qtbot.assertNotEmitted(session.settings_changed):
        press_ok(qtbot, dialog)
    assert dialog.isVisible()
    assert "Give the programme a name" in dialog.programme_page.name_error.text()
    assert read_settings(programme.folder).name == "Mentoring Antwerpen"


def test_cancel_discards(
    qtbot: QtBot,
    open_settings: Opener,
    programme: Programme,
) -> None:
    dialog = open_settings()
    type_text(qtbot, "Something else")
    press(qtbot, Qt.Key.Key_Escape)
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert read_settings(programme.folder).name == "Mentoring Antwerpen"


def test_staff_add_rename_inactive_and_this_is_me(
    qtbot: QtBot,
    open_settings: Opener,
    session: Session,
    context: AppContext,
    programme: Programme,
    dialogs: ScriptedDialogs,
    coach: StaffMember,
    qtmodeltester: ModelTester,
) -> None:
    for name in ("Kwame Mensah", "Fatoumata Diallo-Bah"):
        register_name(name)
    dialog = open_settings()
    next_tab(qtbot)
    page = dialog.staff_page
    assert dialog.tabs.currentWidget() is page
    qtmodeltester.check(page.model)
    assert page.model.data(page.model.index(0, 2)) == "This is you"

    dialogs.texts.append("Kwame Mensah")
    click_by_mnemonic(qtbot, Qt.Key.Key_A, page.add_button)
    assert page.table.currentIndex().row() == 1
    click_by_mnemonic(qtbot, Qt.Key.Key_M, page.me_button)
    assert page.model.data(page.model.index(1, 2)) == "This is you"
    assert page.model.data(page.model.index(0, 2)) == ""

    page.table.setFocus()
    press(qtbot, Qt.Key.Key_Up)
    dialogs.texts.append("Fatoumata Diallo-Bah")
    click_by_mnemonic(qtbot, Qt.Key.Key_R, page.rename_button)
    click_by_mnemonic(qtbot, Qt.Key.Key_I, page.active_button)
    assert page.model.data(page.model.index(0, 1)) == "No longer active"
    assert page.active_button.text() == "Mark a&ctive again"
    qtmodeltester.check(page.model)

    with qtbot.waitSignal(session.settings_changed):
        press_ok(qtbot, dialog)
    first, kwame = programme.staff()
    assert (first.id, first.name, first.active) == (coach.id, "Fatoumata Diallo-Bah", False)
    assert (kwame.name, kwame.active) == ("Kwame Mensah", True)
    assert session.user_id == kwame.id
    assert context.local.user_id(programme.settings.id) == kwame.id


def test_the_interface_language_of_this_computer(
    qtbot: QtBot,
    open_settings: Opener,
    context: AppContext,
    session: Session,
    tmp_path: Path,
) -> None:
    assert context.local.language() == ""
    dialog = open_settings()
    next_tab(qtbot)
    page = dialog.staff_page
    assert page.language.currentText().startswith("Follow the system (")
    assert [page.language.itemText(row) for row in range(1, 4)] == [
        "English",
        "Nederlands",
        "Français",
    ]
    press(qtbot, Qt.Key.Key_N, ALT)  # "Interface language"
    assert page.language.hasFocus()
    type_text(qtbot, "Fr")
    assert page.chosen_language() == "fr"
    assert "from its next start" in " ".join(label.text() for label in page.findChildren(QLabel))
    with qtbot.waitSignal(session.settings_changed):
        press_ok(qtbot, dialog)
    assert context.local.language() == "fr"
    assert LocalSettings.at(tmp_path / "settings.ini").language() == "fr"  # on disk

    again = open_settings()
    assert again.staff_page.language.currentText() == "Français"
    again.staff_page.language.setCurrentIndex(0)
    press_ok(qtbot, again)
    assert context.local.language() == ""


def choose_list(qtbot: QtBot, dialog: SettingsDialog, title: str) -> None:
    """The lists tab, and one list in it, by keyboard."""
    next_tab(qtbot, 2)
    assert dialog.tabs.currentWidget() is dialog.lists_page
    press(qtbot, Qt.Key.Key_W, ALT)  # "Which list:"
    assert dialog.lists_page.chooser.hasFocus()
    type_text(qtbot, title.split()[0])  # a space would open the list of lists
    assert dialog.lists_page.chooser.currentText() == title


def test_edit_a_list_and_reset_it(
    qtbot: QtBot,
    open_settings: Opener,
    programme: Programme,
    dialogs: ScriptedDialogs,
    qtmodeltester: ModelTester,
) -> None:
    defaults = [item.code for item in default_items("referral_partners")]
    dialog = open_settings()
    choose_list(qtbot, dialog, "Referring partners")
    page = dialog.lists_page
    model = page.current_model()
    qtmodeltester.check(model)

    click_by_mnemonic(qtbot, Qt.Key.Key_A, page.add_button)  # the label is ready to type
    assert f"Row {len(defaults) + 1} has no label." in page.problem.text()
    type_text(qtbot, "Buurtwerk Noord")
    finish_editing(qtbot, page)
    assert page.problem.text() == ""
    click_by_mnemonic(qtbot, Qt.Key.Key_U, page.up_button)
    qtmodeltester.check(model)

    with qtbot.waitSignal(dialog.session.settings_changed):
        press_ok(qtbot, dialog)
    saved = programme.list_items("referral_partners")
    assert [item.code for item in saved] == [*defaults[:-1], "buurtwerk-noord", defaults[-1]]
    assert saved[-2].label == "Buurtwerk Noord"

    again = open_settings()
    choose_list(qtbot, again, "Referring partners")
    dialogs.confirmations.append(True)
    click_by_mnemonic(qtbot, Qt.Key.Key_E, again.lists_page.reset_button)
    assert "Referring partners" in dialogs.messages("confirm")[0]
    press_ok(qtbot, again)
    assert [item.code for item in programme.list_items("referral_partners")] == defaults


def test_a_duplicate_code_is_said_and_nothing_is_saved(
    qtbot: QtBot,
    open_settings: Opener,
    programme: Programme,
) -> None:
    dialog = open_settings()
    choose_list(qtbot, dialog, "Contact channels")
    page = dialog.lists_page
    click_by_mnemonic(qtbot, Qt.Key.Key_A, page.add_button)
    type_text(qtbot, "Home visit")
    finish_editing(qtbot, page)
    press(qtbot, Qt.Key.Key_Left)  # to the new entry's code, which can still change
    assert model_code(page) == "home-visit"  # made from the label
    press(qtbot, Qt.Key.Key_F2)
    press(qtbot, Qt.Key.Key_A, CTRL)
    type_text(qtbot, "phone")
    finish_editing(qtbot, page)
    assert "has the code “phone” of an earlier row" in page.problem.text()

    press_ok(qtbot, dialog)
    assert dialog.isVisible()
    assert dialog.tabs.currentWidget() is page
    assert [item.code for item in programme.list_items("contact_channels")] == [
        item.code for item in default_items("contact_channels")
    ]

    page.table.setFocus()
    press(qtbot, Qt.Key.Key_F2)
    press(qtbot, Qt.Key.Key_A, CTRL)
    type_text(qtbot, "home-visit")
    finish_editing(qtbot, page)
    press_ok(qtbot, dialog)
    assert programme.list_items("contact_channels")[-1].code == "home-visit"


def test_the_reasons_a_duo_ended_are_an_editable_list(
    open_settings: Opener, programme: Programme
) -> None:
    dialog = open_settings()
    page = dialog.lists_page
    page.choose_list("end_reasons")
    assert page.chooser.currentText() == "Reasons a duo ended"
    assert "Why a duo ended" in page.description.text()
    model = page.current_model()
    shown = [model.data(model.index(row, 0)) for row in range(model.rowCount())]
    assert shown == [item.code for item in programme.list_items("end_reasons")]
    assert shown == [
        "planned-end",
        "found-job",
        "training",
        "mentee-unavailable",
        "mentor-unavailable",
        "no-fit",
        "moved",
        "health",
        "no-contact",
        "other",
    ]
    assert model.data(model.index(5, 1)) == "The pair did not work well together"


def test_an_existing_code_stays(open_settings: Opener) -> None:
    dialog = open_settings()
    model = dialog.lists_page.current_model()
    code = model.index(0, 0)
    assert not model.flags(code) & Qt.ItemFlag.ItemIsEditable
    assert "Case files store this code" in model.data(code, Qt.ItemDataRole.ToolTipRole)
    assert model.flags(model.index(0, 1)) & Qt.ItemFlag.ItemIsEditable


def test_idle_lock_and_waiting_threshold(
    qtbot: QtBot,
    open_settings: Opener,
    programme: Programme,
) -> None:
    assert programme.profile().idle_lock_minutes == 10
    assert programme.profile().waiting_threshold_days == 28
    dialog = open_settings()
    next_tab(qtbot, 3)
    page = dialog.security_page
    assert page.waiting_weeks.text() == "4 weeks"
    press(qtbot, Qt.Key.Key_K, ALT)  # "Lock after this long without use"
    press(qtbot, Qt.Key.Key_A, CTRL)
    type_text(qtbot, "0")
    press(qtbot, Qt.Key.Key_Tab)
    assert page.idle_minutes.text() == "Never"
    press(qtbot, Qt.Key.Key_K, ALT)
    press(qtbot, Qt.Key.Key_A, CTRL)
    type_text(qtbot, "30")
    press(qtbot, Qt.Key.Key_W, ALT)  # "Waiting too long after"
    press(qtbot, Qt.Key.Key_A, CTRL)
    type_text(qtbot, "6")
    press(qtbot, Qt.Key.Key_Return)  # OK is the default button
    assert dialog.result() == QDialog.DialogCode.Accepted
    profile = programme.profile()
    assert (profile.idle_lock_minutes, profile.waiting_threshold_days) == (30, 42)


def drive_passphrase_change(qtbot: QtBot, current: str, *, recovery: bool = False) -> DialogHandler:
    """A dialog handler: a wrong current passphrase first, then the right one."""

    def drive(dialog: QDialog) -> bool:
        assert isinstance(dialog, PassphraseDialog)
        show(qtbot, dialog)
        assert dialog.current.hasFocus()
        if recovery:
            click_by_mnemonic(qtbot, Qt.Key.Key_R, dialog.use_recovery_key)
            assert dialog.current_label.text() == "&Recovery key:"
        type_text(qtbot, "correct horse battery stable")
        press(qtbot, Qt.Key.Key_Tab)
        press(qtbot, Qt.Key.Key_Tab)
        type_text(qtbot, NEW_PASSPHRASE)
        press(qtbot, Qt.Key.Key_Tab)
        type_text(qtbot, NEW_PASSPHRASE)
        assert "Strong" in dialog.fields.strength.text()
        press(qtbot, Qt.Key.Key_Return)
        qtbot.waitUntil(dialog.error.isVisible)
        assert dialog.isVisible()
        assert dialog.current.hasFocus()
        type_text(qtbot, current)  # replaces the selected attempt
        with qtbot.waitSignal(dialog.accepted):
            press(qtbot, Qt.Key.Key_Return)
        return dialog.result() == QDialog.DialogCode.Accepted

    return drive


def test_change_the_passphrase(
    qtbot: QtBot,
    open_settings: Opener,
    programme: Programme,
    dialogs: ScriptedDialogs,
) -> None:
    dialog = open_settings()
    next_tab(qtbot, 3)
    dialogs.handlers.append(drive_passphrase_change(qtbot, PASSPHRASE))
    click_by_mnemonic(qtbot, Qt.Key.Key_H, dialog.security_page.change_button)
    [told] = dialogs.messages("inform")
    assert "Tell your colleagues the new one" in told
    with pytest.raises(WrongPassphraseError):
        unlock(programme.folder, passphrase=PASSPHRASE)
    unlock(programme.folder, passphrase=NEW_PASSPHRASE).close()
    assert dialog.isVisible()  # the settings themselves are still open


def test_change_the_passphrase_with_the_recovery_key(
    qtbot: QtBot,
    open_settings: Opener,
    new_programme: tuple[Programme, str],
    dialogs: ScriptedDialogs,
) -> None:
    programme, recovery_key = new_programme
    dialog = open_settings()
    next_tab(qtbot, 3)
    dialogs.handlers.append(drive_passphrase_change(qtbot, recovery_key, recovery=True))
    click_by_mnemonic(qtbot, Qt.Key.Key_H, dialog.security_page.change_button)
    unlock(programme.folder, passphrase=NEW_PASSPHRASE).close()
